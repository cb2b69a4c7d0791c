//! How the console learns, without being asked, that what it shows changed: a watcher on the
//! database's files wakes the service thread when another process commits (`PRAGMA
//! data_version` then says whether it did), a poll of that version is the backstop, and on a
//! real organisation Webex is asked every poll interval what changed there.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::service::{OrgInfo, Service};

/// How often `PRAGMA data_version` is asked when no watcher tells of changes (and how long
/// the worker waits, idle, before it indexes the users).
pub const POLL: Duration = Duration::from_millis(500);

/// With a watcher on the database's files, the poll is only a backstop.
pub const BACKSTOP: Duration = Duration::from_secs(5);

/// After a change was sent to the console, the next waits at least this long: a run of
/// commits in another process reloads the panes at most 10 times a second. The watcher's word
/// is checked at once (a check that finds nothing delays nothing).
const SETTLE: Duration = Duration::from_millis(100);

/// The watcher sees a writer's log (`-wal`) written a moment before the writer says in its
/// index (the `-shm`, not watched: every reader writes it) that it committed; a look at that
/// moment finds nothing, and no other event follows. So a look the watcher asked for that
/// finds nothing is taken once more this long after, rather than at the backstop poll.
const SECOND_LOOK: Duration = Duration::from_millis(50);

/// Watches the folder of the database (not recursively) and calls `touched` when the
/// database, its `-wal` or its journal is written, created or removed, so another process's
/// change is shown when it is committed rather than at the next poll. `None` where the
/// platform cannot (no inotify, the watch limit reached): the poll does it then.
pub fn watch(db: &std::path::Path, touched: impl Fn() + Send + 'static) -> Option<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let name = db.file_name()?.to_os_string();
    let dir = match db.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // The database, its -wal and its -journal (not the -shm, which a reader opening it writes).
    let ours = move |p: &std::path::Path| {
        p.file_name().is_some_and(|f| {
            let (f, n) = (f.as_encoded_bytes(), name.as_encoded_bytes());
            f.strip_prefix(n).is_some_and(|rest| rest.is_empty() || rest == b"-wal" || rest == b"-journal")
        })
    };
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let ours = match res {
            // Opening and closing without writing change nothing.
            Ok(ev) => !matches!(ev.kind, EventKind::Access(_)) && ev.paths.iter().any(|p| ours(p)),
            // Events were lost: check.
            Err(_) => true,
        };
        if ours {
            touched();
        }
    })
    .ok()?;
    watcher.watch(&dir, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}

/// What the poll of a real organisation found, when the console should hear of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PollNews {
    /// Webex says a device or a subscriber changed: reload what is shown.
    Changed,
    /// The poll failed (the first failure, or one with other words than the last): the
    /// copy shown is as it was. `offline`: Webex could not be reached at all.
    /// `words`: the error as a message, said in the console's language.
    Failed { offline: bool, words: crate::domain::error::Text },
    /// A poll answered after failures: reload, the copy is current again.
    Recovered,
}

/// When the service thread looks next, and what it saw last.
pub struct Freshness {
    /// How often the database is checked without word from the watcher.
    every: Duration,
    version: Option<i64>,
    last_check: Instant,
    /// The watcher saw the files change: check then.
    check_at: Option<Instant>,
    /// When the last change was sent to the console.
    last_changed: Option<Instant>,
    /// The watcher's word since the last look that found nothing gets one more look.
    second_look: bool,
    /// When that look is due (a word of the watcher meanwhile is looked at at once).
    look_again: Option<Instant>,
    /// A real organisation (webex backend): its devices' and subscribers' status is asked
    /// again every poll interval, so the console stays current (issue 16).
    last_webex_poll: Instant,
    polls: PollWatch,
}

/// Remembers whether the polls of a real organisation are failing, so that a failure and
/// its end are told once each.
#[derive(Debug, Default)]
pub struct PollWatch {
    /// The kind of the last failed poll's error, while polls fail (its words change with
    /// every request: Webex's trackingId).
    failing: Option<&'static str>,
}

impl PollWatch {
    /// What a poll's outcome (`Ok(changed)`) tells the console, given the polls before it.
    pub fn news(&mut self, polled: crate::domain::Result<bool>) -> Option<PollNews> {
        match polled {
            Ok(changed) => {
                if self.failing.take().is_some() {
                    Some(PollNews::Recovered)
                } else {
                    changed.then_some(PollNews::Changed)
                }
            }
            Err(e) => {
                if self.failing.replace(e.kind()) == Some(e.kind()) {
                    return None;
                }
                Some(PollNews::Failed { offline: matches!(e, crate::domain::Error::Unreachable(_)), words: e.said() })
            }
        }
    }
}

impl Freshness {
    pub fn new(svc: &Service, every: Duration) -> Self {
        let now = Instant::now();
        Freshness {
            every,
            version: svc.data_version().ok(),
            last_check: now,
            check_at: None,
            last_changed: None,
            second_look: false,
            look_again: None,
            last_webex_poll: now,
            polls: PollWatch::default(),
        }
    }

    /// When something is due next.
    pub fn due(&self, svc: &Service) -> Instant {
        let mut due = self.last_check + self.every;
        for at in [self.check_at, self.look_again].into_iter().flatten() {
            due = due.min(at);
        }
        if let Some(p) = svc.poll_interval() {
            due = due.min(self.last_webex_poll + p);
        }
        due
    }

    /// The watcher saw the database's files change: look now.
    pub fn touched(&mut self) {
        if self.check_at.is_none() {
            self.check_at = Some(Instant::now());
        }
        self.second_look = true;
    }

    /// Another process committed since the last look: the organisation as it is now (when it
    /// could be read). `None` when nothing changed, or nothing is due.
    pub fn database_changed(&mut self, svc: &mut Service) -> Option<Option<OrgInfo>> {
        let now = Instant::now();
        let asked = [self.check_at, self.look_again].into_iter().flatten().any(|at| at <= now);
        if !(asked || now >= self.last_check + self.every) {
            return None;
        }
        self.check_at = None;
        self.look_again = None;
        self.last_check = now;
        let current = svc.data_version().ok();
        if current.is_none() || current == self.version {
            if asked && std::mem::take(&mut self.second_look) {
                self.look_again = Some(now + SECOND_LOOK);
            }
            return None;
        }
        self.second_look = false;
        // A change right after the last one is taken SETTLE after it (the version kept, so
        // that check sees it).
        if let Some(soon) = self.last_changed.map(|t| t + SETTLE).filter(|at| *at > now) {
            self.check_at = Some(soon);
            return None;
        }
        self.version = current;
        self.last_changed = Some(now);
        Some(svc.refresh_org().ok().map(|()| svc.org().clone()))
    }

    /// A real organisation, every poll interval: whether Webex says a device or a subscriber
    /// changed, and when a poll fails or answers again after failing (the cache stays as it
    /// is meanwhile and the next poll tries again). `None`: nothing to tell.
    pub fn webex_polled(&mut self, svc: &mut Service) -> Option<PollNews> {
        if svc.poll_interval().is_none_or(|every| self.last_webex_poll.elapsed() < every) {
            return None;
        }
        self.last_webex_poll = Instant::now();
        let polled = svc.poll();
        self.polls.news(polled.map(|r| r.devices_changed + r.subscribers_changed > 0))
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::outside::{Clock, FixedClock};
    use crate::service::{demo, Options};

    #[test]
    fn a_failing_poll_is_told_once_and_its_end_once() {
        let mut fresh = PollWatch::default();
        let down = || Err(crate::domain::Error::Unreachable("api.example: connection refused".into()));
        assert_eq!(fresh.news(Ok(false)), None);
        assert_eq!(fresh.news(Ok(true)), Some(PollNews::Changed));
        let first = fresh.news(down());
        assert!(matches!(first, Some(PollNews::Failed { offline: true, ref words }) if words.contains("refused")));
        assert_eq!(fresh.news(down()), None, "the same failure again is not news");
        let later = Err(crate::domain::Error::Unreachable("api.example: timed out (trackingId X)".into()));
        assert_eq!(fresh.news(later), None, "nor the same kind in other words");
        let other = fresh.news(Err(crate::domain::Error::Auth("the token expired".into())));
        assert!(matches!(other, Some(PollNews::Failed { offline: false, .. })));
        assert_eq!(fresh.news(Ok(false)), Some(PollNews::Recovered));
        assert_eq!(fresh.news(Ok(false)), None);
    }

    /// Waits until `at` (the look the thread would take then).
    fn until(at: Instant) {
        while Instant::now() < at {
            std::thread::sleep(at.saturating_duration_since(Instant::now()));
        }
    }

    #[test]
    fn a_look_the_watcher_asked_for_that_finds_nothing_is_taken_once_more_soon_then_not_again() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let db = dir.path().join("org.db");
        let clock = Arc::new(FixedClock::parse("2026-11-22T09:00:00Z").unwrap_or_else(|e| panic!("{e}")));
        demo::create(&db, 20, false, clock.now()).unwrap_or_else(|e| panic!("{e}"));
        let mut svc = Service::open(&Options::new(&db), clock).unwrap_or_else(|e| panic!("{e}"));
        let mut fresh = Freshness::new(&svc, BACKSTOP);

        // The watcher's word before the writer's commit shows: nothing yet, a second look soon.
        fresh.touched();
        assert!(fresh.database_changed(&mut svc).is_none());
        let second = fresh.due(&svc);
        assert!(second <= Instant::now() + SECOND_LOOK, "the second look waits for the backstop");
        // The writer's commit shows by then: the second look finds it.
        let other = crate::store::open(&db, false).unwrap_or_else(|e| panic!("{e}"));
        other.execute("UPDATE orgs SET name = name", []).unwrap_or_else(|e| panic!("{e}"));
        until(second);
        assert!(fresh.database_changed(&mut svc).is_some(), "the second look found the commit");

        // A word of the watcher while the second look waits is looked at at once.
        fresh.touched();
        assert!(fresh.database_changed(&mut svc).is_none());
        fresh.touched();
        assert!(fresh.due(&svc) <= Instant::now(), "the new word waits for the second look");
        assert!(fresh.database_changed(&mut svc).is_none());

        // A second look that finds nothing is the last until the next word or the backstop.
        assert!(fresh.database_changed(&mut svc).is_none());
        until(fresh.due(&svc));
        assert!(fresh.database_changed(&mut svc).is_none());
        assert!(fresh.due(&svc) > Instant::now() + BACKSTOP / 2, "only the backstop is left");
    }
}
