//! The console's jobs: each is a call of the service's own API, built where the key was
//! handled, with what its answer does to the screen that asked ([`Update`]). The kinds here
//! are the few ways an answer comes back (a read, a change, a long run with progress, a sync
//! beside the others), not one per service method.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use super::app::App;
use super::worker::{self, Slot};
use crate::domain::{Error, Result};
use crate::service::action::Action;
use crate::service::{Service, CANCELLED};

/// A reply of the worker: what an answer of the service does to the console, applied on the
/// UI thread. It may ask for more jobs.
pub struct Update(Box<dyn FnOnce(&mut App) -> Jobs + Send>);

impl Update {
    pub fn new(f: impl FnOnce(&mut App) -> Jobs + Send + 'static) -> Self {
        Update(Box::new(f))
    }

    pub fn apply(self, app: &mut App) -> Jobs {
        (self.0)(app)
    }
}

impl std::fmt::Debug for Update {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Update")
    }
}

pub type Job = worker::Job<Update>;
pub type Jobs = Vec<Job>;
pub type Reply = worker::Reply<Update>;

/// What an error the job could not answer itself (a panic) does: the service's refusal.
fn refused(e: Error) -> Update {
    Update::new(move |app| {
        let said = app.tr.error(&e);
        app.refused(said);
        Vec::new()
    })
}

/// Reads something on the service thread, then hands it to `then` on the UI thread.
pub fn ask<T: Send + 'static>(
    read: impl FnOnce(&mut Service) -> T + Send + 'static,
    then: impl FnOnce(&mut App, T) -> Jobs + Send + 'static,
) -> Job {
    worker::Job::new(
        move |svc, _| {
            let answer = read(svc);
            Update::new(move |app| then(app, answer))
        },
        refused,
    )
}

/// As [`ask`], superseded by a later job of the same slot (a pane's window, a search).
pub fn ask_latest<T: Send + 'static>(
    slot: Slot,
    read: impl FnOnce(&mut Service) -> T + Send + 'static,
    then: impl FnOnce(&mut App, T) -> Jobs + Send + 'static,
) -> Job {
    ask(read, then).in_slot(slot)
}

/// A change the admin asked for (and confirmed when it asks first): done, `then` says what
/// became of it; refused, the service's words go to the status line and the open form.
pub fn change<T: Send + 'static>(
    run: impl FnOnce(&mut Service) -> Result<T> + Send + 'static,
    then: impl FnOnce(&mut App, T) -> Jobs + Send + 'static,
) -> Job {
    ask(run, move |app, r| match r {
        Ok(v) => then(app, v),
        Err(e) => {
            app.refused(app.tr.error(&e));
            Vec::new()
        }
    })
}

/// A change that reached the service unconfirmed while it can change things: the error it
/// answers with (`job-not-confirmed`, said in the console's language like any other message).
fn not_confirmed() -> Error {
    Error::invalid(crate::said!("job-not-confirmed"))
}

/// A change, `confirmed` by the admin; or, on a read-only console, sent at once unconfirmed so
/// that the service refuses in its own words. The worker never runs an unconfirmed change on a
/// service that could make it.
pub fn change_if<T: Send + 'static>(
    confirmed: bool,
    run: impl FnOnce(&mut Service) -> Result<T> + Send + 'static,
    then: impl FnOnce(&mut App, T) -> Jobs + Send + 'static,
) -> Job {
    if confirmed {
        return change(run, then);
    }
    change(move |svc| if svc.is_read_only() { run(svc) } else { Err(not_confirmed()) }, then)
}

/// On a read-only console, a change that needs typed input before anything can be asked:
/// refused as read-only without calling the service with made-up input.
pub fn read_only(action: Action) -> Job {
    change(
        move |svc| {
            if svc.is_read_only() {
                Err::<(), _>(Error::ReadOnly(action.name().into()))
            } else {
                Err(not_confirmed())
            }
        },
        |_, ()| Vec::new(),
    )
}

/// How a long run tells its progress: done, total and the phase; `false` stops it.
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize, &'static str) -> bool;

/// A long run (sync, re-apply, import): progress replies flow while it works (at most about
/// 200), and setting `cancel` makes the service roll it back whole at its next report. When it
/// ends the progress box goes, and `then` says what it did.
pub fn long<T: Send + 'static>(
    cancel: Arc<AtomicBool>,
    run: impl FnOnce(&mut Service, Progress<'_>) -> Result<T> + Send + 'static,
    then: impl FnOnce(&mut App, T) -> Jobs + Send + 'static,
) -> Job {
    worker::Job::new(
        move |svc, sink| {
            let mut report = |done: usize, total: usize, phase: &'static str| {
                let step = (total / 200).max(1);
                if done == 0 || done >= total || done % step == 0 {
                    sink(Update::new(move |app| app.progressed(done, total, phase)));
                }
                !cancel.load(Ordering::SeqCst)
            };
            let result = run(svc, &mut report);
            Update::new(move |app| app.long_ended(result, then))
        },
        |e| Update::new(move |app| app.long_ended(Err::<(), _>(e), |_, ()| Vec::new())),
    )
}

impl App {
    /// A long run ended: the progress box goes; a cancelled run says what was rolled back.
    pub(crate) fn long_ended<T>(&mut self, result: Result<T>, then: impl FnOnce(&mut App, T) -> Jobs) -> Jobs {
        self.close_progress();
        match result {
            Ok(v) => then(self, v),
            Err(Error::Rule { rule, message }) if rule == CANCELLED => {
                // The message says it: "cancelled after/while …: nothing was …".
                self.info(self.tr.text(&message));
                self.reload_all()
            }
            Err(e) => {
                self.error(self.tr.error(&e));
                Vec::new()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Tr};

    #[test]
    fn an_unconfirmed_change_is_refused_by_its_message_in_every_language() {
        let e = not_confirmed();
        assert_eq!(e.to_string(), "the change was not confirmed, so nothing was done; try again");
        assert_eq!(e.exit_code(), 4);
        for lang in Lang::ALL {
            let tr = Tr::new(lang);
            assert_eq!(tr.error(&e), tr.t("job-not-confirmed"), "{lang:?}");
        }
        assert!(Tr::new(Lang::De).error(&e).contains("nicht bestätigt"));
    }
}
