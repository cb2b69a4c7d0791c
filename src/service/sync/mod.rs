//! `wxgo sync`: mirrors a real Webex organisation into the store, which is its cache.
//!
//! Fetch first, write once: every resource is read from the API (concurrently, at most the
//! client's `max_in_flight` requests at once; people location by location, side by side), then the whole
//! snapshot is written in **one** transaction. A kill -9 or a cancel before that commit leaves
//! the last complete snapshot exactly as it was; after it, the new one. Never a mix.
//!
//! The one exception is an organisation that has never been synced: its first page of people is
//! written as soon as it arrives, so a first sync of a large organisation shows users at once
//! (the cache says the sync is not finished until the snapshot lands).
//!
//! A resource the token may not read (403/404: BroadWorks or audit for a non-partner token, or
//! any other) stays empty with a note and the rest syncs. Rows keep their local ids across
//! syncs (matched by Webex id), so `go-12` names the same device tomorrow.
//! Every text from the API is untrusted: made safe for a terminal and shortened before it is stored.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashSet};
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::domain::{text, Error, Result};
use crate::outside::profiles::Profile;
use crate::outside::webex::models::MirrorPerson;
use crate::outside::webex::{WebexClient, WebexError};

pub mod delta;
mod fetch;
mod located;
mod people;
mod poll;
mod remote;
mod target;

use crate::service::backend::webex::signin;
use crate::store::snapshot;
pub use crate::store::snapshot::{part_states, session_value, PartReport, RESOURCES};
use crate::store::snapshot::{Devices, Numbers, Part, PeopleRead};
pub use poll::{org_choices, poll};
pub use remote::{org_choices_in, DataAge};
use target::of_this_customer;
pub use target::{resolve_target, Target};

/// How far back a first (or `--full`) sync reads the admin audit events.
pub const AUDIT_DAYS: i64 = 30;

#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// The organisation (a partner's customer): its name or Webex id. Default: the profile's
    /// `org_id`, else the signed-in person's own organisation.
    pub org: Option<String>,
    /// Read everything again: every person (otherwise only those that can have changed since
    /// the last sync, with a full read at least daily) and the whole audit window (otherwise
    /// only the events since the last sync are added).
    pub full: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    /// Asking the API (counts grow page by page).
    Fetching,
    /// Writing the snapshot in one transaction.
    Writing,
    Done,
}

/// What a progress callback sees, after every page.
#[derive(Debug, Clone, Serialize)]
pub struct SyncProgress {
    pub phase: SyncPhase,
    pub org: String,
    /// Items received so far per resource.
    pub counts: BTreeMap<&'static str, usize>,
    /// Resources whose listing is complete.
    pub finished: Vec<&'static str>,
    /// Pages received (about one request each).
    pub pages: usize,
}

impl SyncProgress {
    pub fn items(&self) -> usize {
        self.counts.values().sum()
    }

    /// One line for a progress bar: `people 1,000 · devices 500 · ... (writing)`.
    pub fn line(&self) -> String {
        let parts: Vec<String> = RESOURCES
            .iter()
            .filter_map(|r| {
                self.counts.get(r).map(|n| {
                    let done = if self.finished.contains(r) { " ✓" } else { "" };
                    format!("{r} {n}{done}")
                })
            })
            .collect();
        let phase = match self.phase {
            SyncPhase::Fetching => "",
            SyncPhase::Writing => " (writing the snapshot)",
            SyncPhase::Done => " (done)",
        };
        format!("{}: {}{phase}", self.org, parts.join(" · "))
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncReport {
    pub org: String,
    pub org_id: String,
    pub started_at: DateTime<Utc>,
    pub synced_at: DateTime<Utc>,
    pub parts: Vec<PartReport>,
    pub pages: usize,
    /// `everyone` (every person was read) or `changed` (only those that can have changed since
    /// the last sync were read again; see [`delta`]).
    pub people_read: &'static str,
    /// Why everyone was read: `--full`, the first sync, the last full read a day old, or what
    /// made the changes unknowable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why_everyone: Option<String>,
    /// People read again one by one (changed since the last sync, or moved during this one).
    pub people_read_again: usize,
    /// Why the sign-in is read-only, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only_reason: Option<String>,
    /// Each part's note as a message (said in the admin's language; `parts` keeps its English).
    #[serde(skip)]
    pub said_notes: Vec<(&'static str, crate::domain::error::Text)>,
}

impl SyncReport {
    /// The note of part `p` as a message, said in the admin's language where the sync said it
    /// so (what is left of the English note, if anything, after it stays as it is).
    pub fn note(&self, p: &PartReport) -> Option<crate::domain::error::Text> {
        let note = p.note.as_deref()?;
        let said = self.said_notes.iter().find(|(res, _)| *res == p.resource).map(|(_, t)| t);
        Some(match said.and_then(|t| note.strip_prefix(t.as_str()).map(|rest| (t, rest))) {
            Some((t, rest)) => t.clone().around("", rest),
            None => crate::domain::error::Text::from(note),
        })
    }
}

/// What a poll changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PollReport {
    pub devices_changed: usize,
    pub subscribers_changed: usize,
    /// Devices Webex lists that the cache does not know yet (the next sync adds them).
    pub devices_new: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<crate::domain::error::Text>,
}

/// An organisation the token can manage, and whether the cache holds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgChoice {
    pub id: String,
    pub name: String,
    /// When the cache's copy was taken, if there is one.
    pub synced_at: Option<DateTime<Utc>>,
}

/// Counts and the callback, shared by the concurrent listings.
struct Tracker<'a> {
    progress: SyncProgress,
    callback: &'a mut dyn FnMut(&SyncProgress),
    cancel: &'a AtomicBool,
}

impl Tracker<'_> {
    fn page(&mut self, resource: &'static str, n: usize) -> ControlFlow<()> {
        *self.progress.counts.entry(resource).or_default() += n;
        self.progress.pages += 1;
        (self.callback)(&self.progress);
        if self.cancelled() {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }

    fn cancelled(&self) -> bool {
        self.cancel.load(Ordering::Relaxed)
    }

    fn finished(&mut self, resource: &'static str) {
        self.progress.counts.entry(resource).or_default();
        if !self.progress.finished.contains(&resource) {
            self.progress.finished.push(resource);
        }
        (self.callback)(&self.progress);
    }

    fn phase(&mut self, phase: SyncPhase) {
        self.progress.phase = phase;
        let p = self.progress.clone();
        (self.callback)(&p);
    }
}

/// The page callback of one listing: counts each page in the progress (which may stop the
/// listing: the admin cancelled) and keeps its items in `all`.
fn gather<'a, 't: 'a, T>(
    tracker: &'a RefCell<Tracker<'t>>,
    resource: &'static str,
    all: &'a RefCell<Vec<T>>,
) -> impl FnMut(Vec<T>) -> ControlFlow<()> + use<'a, 't, T> {
    move |mut page| {
        let flow = tracker.borrow_mut().page(resource, page.len());
        all.borrow_mut().append(&mut page);
        flow
    }
}

fn cancelled() -> Error {
    Error::rule(crate::service::CANCELLED, crate::said!("cancelled-sync"))
}

/// Runs a whole sync of one organisation into `conn`. `progress` is called after every page and
/// phase; setting `cancel` stops it (the cache keeps its last complete state).
#[allow(clippy::too_many_arguments)]
pub fn run(
    conn: &Connection,
    client: &WebexClient,
    profile: &Profile,
    opts: &SyncOptions,
    now: &dyn Fn() -> DateTime<Utc>,
    progress: &mut dyn FnMut(&SyncProgress),
    cancel: &AtomicBool,
) -> Result<SyncReport> {
    let started = now();
    let target = client.block_on(resolve_target(client.api(), profile, opts.org.as_deref()))?;
    let org = snapshot::ensure_org(conn, &target.id, &target.name, started)?;
    let result = run_for(conn, client, profile, opts, now, progress, cancel, target, org, started);
    if result.is_err() {
        // Stopped or failed: nothing of it was kept, so it is not "unfinished" either.
        let _ = snapshot::clear_sync_started(conn, org);
    }
    result
}

#[allow(clippy::too_many_arguments)]
fn run_for(
    conn: &Connection,
    client: &WebexClient,
    profile: &Profile,
    opts: &SyncOptions,
    now: &dyn Fn() -> DateTime<Utc>,
    progress: &mut dyn FnMut(&SyncProgress),
    cancel: &AtomicBool,
    target: Target,
    org: i64,
    started: DateTime<Utc>,
) -> Result<SyncReport> {
    let first_sync = snapshot::synced_at(conn, org)?.is_none();
    let marks = snapshot::marks::marks(conn, org)?;
    let audit_was_read = part_states(conn, org)?.iter().any(|p| p.resource == "audit" && p.state == "ok");
    let everyone = delta::full_before(opts.full, first_sync, &marks, audit_was_read, started);
    let mut audit_from = match (opts.full, snapshot::last_audit(conn, org)?) {
        (false, Some(t)) if !first_sync => t - delta::LATE_EVENTS,
        _ => started - chrono::Duration::days(AUDIT_DAYS),
    };
    if let (None, Some(read)) = (&everyone, marks.read_at) {
        // A partial read of people needs every event since the last read of them.
        audit_from = audit_from.min(read - delta::LATE_EVENTS);
    }
    let tracker = RefCell::new(Tracker {
        progress: SyncProgress {
            phase: SyncPhase::Fetching,
            org: target.name.clone(),
            counts: BTreeMap::new(),
            finished: Vec::new(),
            pages: 0,
        },
        callback: progress,
        cancel,
    });
    let preview_done = std::cell::Cell::new(!first_sync);
    let preview = |page: &[MirrorPerson]| {
        if !preview_done.replace(true) {
            // First sync: show the first page at once (a failure here only delays it).
            let _ = snapshot::write_people_preview(conn, org, page, started);
        }
    };
    let cx = people::Ctx { api: &target.api, tracker: &tracker, preview: &preview };
    let plan = fetch::Plan {
        conn,
        org,
        org_webex_id: &target.id,
        started,
        now,
        audit_from,
        everyone,
        marks: &marks,
        sizes: snapshot::marks::location_sizes(conn, org)?,
    };
    let fetch::Outcome { mut fetched, why_everyone, read_again } = client.block_on(fetch::fetch(&cx, &plan))?;
    if cancel.load(Ordering::Relaxed) {
        return Err(cancelled());
    }
    let home = target.me.org_id.as_deref() == Some(target.id.as_str());
    if let (false, Ok(read), Ok(subs)) = (home, &fetched.people, &mut fetched.subscribers) {
        let ids: HashSet<String> = match read {
            PeopleRead::All(people) => people.iter().map(|p| p.id).collect(),
            PeopleRead::Changed { people, gone } => {
                let mut ids: HashSet<String> = HashSet::new();
                snapshot::marks::for_each_mirrored(conn, org, |id| {
                    ids.insert(id.to_string());
                })?;
                ids.extend(people.iter().map(|p| p.id.clone()));
                for g in gone {
                    ids.remove(g);
                }
                ids
            }
        };
        *subs = of_this_customer(std::mem::take(subs), &ids);
    }
    let mut parts = Vec::new();
    let mut said_notes = Vec::new();
    let mut state = |resource: &'static str, r: &Part<usize>| -> Result<()> {
        match r {
            Ok(n) => {
                parts.push(PartReport { resource, state: "ok", items: *n, note: None });
                Ok(())
            }
            Err(WebexError::Cancelled) => Err(cancelled()),
            Err(e) if e.is_not_available() => {
                let what = match resource {
                    "broadworks" => "sync-part-broadworks",
                    "audit" => "sync-part-audit",
                    "people" => "sync-part-people",
                    "licences" => "sync-part-licences",
                    "locations" => "sync-part-locations",
                    "devices" => "sync-part-devices",
                    _ => "sync-part-numbers",
                };
                let note = not_available_note(e, what);
                parts.push(PartReport {
                    resource,
                    state: "not_available",
                    items: 0,
                    note: Some(text::clean(&note, 400)),
                });
                said_notes.push((resource, note));
                Ok(())
            }
            Err(e @ (WebexError::Runaway { .. } | WebexError::Decode { .. })) => {
                Err(Error::io(crate::said!("sync-stopped", part = resource, error = e.text())))
            }
            Err(e) => Err(e.clone().into()),
        }
    };
    state("people", &fetched.people.as_ref().map(PeopleRead::len).map_err(Clone::clone))?;
    state("licences", &len_of(&fetched.licences))?;
    state("locations", &len_of(&fetched.locations))?;
    state("devices", &fetched.devices.as_ref().map(Devices::len).map_err(Clone::clone))?;
    state("numbers", &fetched.numbers.as_ref().map(Numbers::len).map_err(Clone::clone))?;
    state("broadworks", &len_of(&fetched.subscribers))?;
    state("audit", &len_of(&fetched.audit))?;
    tracker.borrow_mut().phase(SyncPhase::Writing);
    let token = client.api().tokens().info();
    let read_only_reason = crate::service::backend::webex::signin::read_only_reason(profile, &token, &target.me.roles);
    let synced = now();
    let everyone_read = matches!(fetched.people, Ok(PeopleRead::All(_)));
    let cache_notes = snapshot::write_snapshot(conn, org, &fetched, &mut parts, opts.full, started, synced)?;
    // What the cache left out or found elsewhere, after the people part's own note (as the
    // snapshot writes it into that part's English note).
    let added =
        cache_notes.into_iter().reduce(|first, next| crate::said!("sync-note-next", first = first, next = next));
    if let Some(added) = added {
        match said_notes.iter_mut().find(|(res, _)| *res == "people") {
            Some((_, note)) => *note = crate::said!("sync-note-next", first = note.clone(), next = added),
            None => said_notes.push(("people", added)),
        }
    }
    let roles: Vec<String> = target.me.roles.iter().map(|r| text::clean(&signin::role_name(r), 80)).collect();
    snapshot::write_session(
        conn,
        &[
            ("person", text::clean(target.me.primary_email().unwrap_or(""), 254)),
            ("roles", roles.join(",")),
            ("read_only_reason", read_only_reason.as_deref().map(|r| text::clean(r, 400)).unwrap_or_default()),
        ],
    )?;
    tracker.borrow_mut().phase(SyncPhase::Done);
    let pages = tracker.borrow().progress.pages;
    Ok(SyncReport {
        org: target.name,
        org_id: target.id,
        started_at: started,
        synced_at: synced,
        parts,
        pages,
        people_read: if everyone_read { "everyone" } else { "changed" },
        why_everyone: why_everyone.filter(|_| everyone_read),
        people_read_again: read_again,
        read_only_reason,
        said_notes,
    })
}

/// The messages a part's note is made of (the cache keeps its English).
const NOTES: [&str; 22] = [
    "sync-part-not-available",
    "sync-part-failed",
    "sync-note-next",
    "sync-part-people",
    "sync-part-licences",
    "sync-part-locations",
    "sync-part-devices",
    "sync-part-numbers",
    "sync-part-broadworks",
    "sync-part-audit",
    "sync-note-no-email",
    "sync-note-twins",
    "sync-note-twin-kept",
    "sync-note-twin-kept-cached",
    "sync-note-more",
    "sync-note-bad-numbers",
    "sync-note-devices-ownerless",
    "sync-note-devices-second",
    "sync-note-numbers-no-location",
    "sync-note-numbers-not-numbers",
    "sync-note-subscriptions-foreign",
    "sync-note-broadworks-odd",
];

/// A part's note as the cache keeps it (English) read back into its message, so that it is said
/// in the admin's language; a note no message of this wxgo words is shown as it was kept. Notes
/// joined by `; ` are read back one by one (a `{ $what }: { $error }` would take them all), a
/// note with a `; ` of its own as one.
pub fn said_note(en: &str) -> crate::domain::error::Text {
    use crate::domain::error::Text;
    const SENTENCES: [&str; 3] = ["what", "first", "next"];
    fn notes(pieces: &[&str]) -> Option<Vec<Text>> {
        if pieces.is_empty() {
            return Some(Vec::new());
        }
        (1..=pieces.len()).find_map(|j| {
            let first = crate::i18n::recognise(&pieces[..j].join("; "), &NOTES, &SENTENCES)?;
            let mut rest = notes(&pieces[j..])?;
            rest.insert(0, first);
            Some(rest)
        })
    }
    let pieces: Vec<&str> = en.split("; ").collect();
    notes(&pieces)
        .and_then(|p| p.into_iter().reduce(|first, next| crate::said!("sync-note-next", first = first, next = next)))
        .filter(|t| t.as_str() == en)
        .unwrap_or_else(|| en.into())
}

/// Why a part is empty, as a message: the resource's name said in the language, the request
/// (method, path, status) as it was.
pub(crate) fn not_available_note(e: &WebexError, what: &'static str) -> crate::domain::error::Text {
    use crate::domain::error::Val;
    match e {
        WebexError::Api(a) => crate::said!(
            "sync-part-not-available",
            what = Val::Msg(what),
            method = text::clean(&a.method, 16),
            path = text::clean(&a.path, 300),
            status = a.status.to_string()
        ),
        other => crate::said!("sync-part-failed", what = Val::Msg(what), error = text::clean(&other.to_string(), 300)),
    }
}

fn len_of<T>(r: &Part<Vec<T>>) -> Part<usize> {
    r.as_ref().map(Vec::len).map_err(Clone::clone)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_note_is_read_back_into_its_message_and_said_in_the_language() {
        use crate::i18n::{Lang, Tr};
        let refused = WebexError::Api(Box::new(crate::outside::webex::ApiError {
            status: 403,
            method: "GET".into(),
            path: "/v1/broadworks/subscribers".into(),
            message: None,
            descriptions: Vec::new(),
            tracking_id: None,
            token_env: None,
        }));
        let a = not_available_note(&refused, "sync-part-broadworks");
        let b = crate::said!("sync-note-no-email", n = 2usize);
        let c = crate::said!("sync-note-devices-second", n = 1usize);
        let kept = format!("{}; {}; {}", a.as_str(), b.as_str(), c.as_str());
        let said = said_note(&kept);
        assert_eq!(said.as_str(), kept, "the English as it was kept");
        let de = Tr::new(Lang::De).text(&said);
        assert!(de.starts_with("BroadWorks-Abonnenten: für dieses Token nicht verfügbar"), "{de}");
        assert!(de.contains("GET /v1/broadworks/subscribers") && de.contains("403"), "{de}");
        assert!(!de.contains("without an email") && !de.contains("the first one is shown"), "{de}");
        // A note no message words (an older wxgo's) is shown as it was kept.
        assert_eq!(Tr::new(Lang::De).text(&said_note("something else entirely")), "something else entirely");
    }
    use crate::domain::{licence, DeviceStatus};
    use crate::outside::webex::models::Device;

    #[test]
    fn every_row_of_the_connection_status_table() {
        let status =
            |s: Option<&str>| Device { connection_status: s.map(str::to_string), ..Device::default() }.wxgo_status();
        assert_eq!(status(Some("activating")), DeviceStatus::ActivationPending);
        assert_eq!(status(Some("connected")), DeviceStatus::Online);
        assert_eq!(status(Some("connected_with_issues")), DeviceStatus::Online);
        for s in ["disconnected", "offline_expired", "offline_deep_sleep"] {
            assert_eq!(status(Some(s)), DeviceStatus::Offline, "{s}");
        }
        assert_eq!(status(Some("unknown")), DeviceStatus::Unknown);
        assert_eq!(status(None), DeviceStatus::Unknown, "absent: never guessed");
        assert_eq!(status(Some("something_new")), DeviceStatus::Unknown);
        assert_eq!(DeviceStatus::Unknown.as_str(), "unknown");
        assert_eq!(DeviceStatus::Unknown.label(), "Status unknown");
    }

    #[test]
    fn licence_names_become_wxgo_licence_keys() {
        assert_eq!(
            crate::domain::licensing::licence_key("Webex Calling - Professional"),
            licence::CALLING_PROFESSIONAL
        );
        assert_eq!(crate::domain::licensing::licence_key("Webex Calling - Basic"), licence::CALLING_BASIC);
        assert_eq!(crate::domain::licensing::licence_key("Webex Go"), "Webex Go");
        use crate::domain::licensing::is_go_licence;
        assert!(is_go_licence("Webex Go") && !is_go_licence("Webex Calling - Professional"));
        assert_eq!(snapshot::write::title("AUTO_ATTENDANT"), "Auto attendant");
    }
}
