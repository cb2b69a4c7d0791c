//! The service on its own thread. The console hands it jobs, each a call of the service's own
//! API built where the key was handled, and each job's answer comes back as a reply, so the UI
//! never waits on the database. A new service action needs no new variant here: the worker
//! knows nothing of what a job does.
//!
//! What the worker guarantees: one writer at a time (one thread owns the service, jobs run in
//! order); a job that panics is an error for the screen that asked, and the service goes on;
//! a long job reports progress through its sink and stops when its cancel flag says so; the
//! jobs that supersede each other in a batch (a pane's window while `j` is held) run only
//! once; a job marked to run beside the others (a sync of a real organisation) runs on a
//! second connection on a thread of its own, one at a time, while the panes keep answering.
//! Between jobs it says when what is shown changed elsewhere (`watch`).

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use super::watch::{watch, Freshness, PollNews, BACKSTOP, POLL};
use crate::domain::{Error, Result};
use crate::i18n::{Lang, Tr};
use crate::service::{OrgInfo, Service};

/// Where a job's answers go while it runs (progress), before its last one.
pub type Sink<'a, R> = &'a mut dyn FnMut(R);

type Run<R> = Box<dyn FnOnce(&mut Service, Sink<'_, R>) -> R + Send>;
type Failed<R> = Box<dyn FnOnce(Error) -> R + Send>;

/// Jobs in the same slot supersede each other: of a batch, only the last runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Slot(pub &'static str, pub usize);

/// One call of the service, and what its answer becomes (`R`, the console's reply).
pub struct Job<R> {
    run: Run<R>,
    /// What the job's answer is when it panicked, or could not start.
    failed: Failed<R>,
    slot: Option<Slot>,
    /// Runs beside the others, on its own thread and connection; names what it is ("sync").
    beside: Option<&'static str>,
}

impl<R> std::fmt::Debug for Job<R> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Job").field("slot", &self.slot).field("beside", &self.beside).finish()
    }
}

impl<R: Send + 'static> Job<R> {
    /// `run` answers with the reply (and may send progress replies to its sink first);
    /// `failed` turns an error the job could not answer itself (a panic) into a reply.
    pub fn new(
        run: impl FnOnce(&mut Service, Sink<'_, R>) -> R + Send + 'static,
        failed: impl FnOnce(Error) -> R + Send + 'static,
    ) -> Self {
        Job { run: Box::new(run), failed: Box::new(failed), slot: None, beside: None }
    }

    /// Superseded by a later job of the same slot in the same batch.
    pub fn in_slot(mut self, slot: Slot) -> Self {
        self.slot = Some(slot);
        self
    }

    /// Runs on a second connection, on a thread of its own, so that the service thread keeps
    /// answering; one at a time (`what` names it in the refusal of a second one).
    pub fn beside(mut self, what: &'static str) -> Self {
        self.beside = Some(what);
        self
    }

    /// Runs with the service writing activation letters and emails in `lang`, and as before
    /// after it (a panic too, before it goes on to the worker's guard): the language the admin
    /// chose for this action (the employee's), not for the next.
    pub fn in_letter_lang(mut self, lang: Lang) -> Self {
        let run = self.run;
        self.run = Box::new(move |svc, sink| {
            let before = svc.letter_lang();
            svc.set_letter_lang(lang);
            let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(&mut *svc, sink)));
            svc.set_letter_lang(before);
            answer.unwrap_or_else(|payload| std::panic::resume_unwind(payload))
        });
        self
    }

    /// Runs the job here, on `svc` (the harness, and the worker itself).
    pub fn run(self, svc: &mut Service, sink: Sink<'_, R>) -> R {
        (self.run)(svc, sink)
    }

    /// Runs it, turning a panic into its failure: a bug in one action must not take the
    /// console down with it (the transaction it was in rolls back as it unwinds, issue 13.1).
    fn run_guarded(self, svc: &mut Service, sink: Sink<'_, R>, tr: &Tr) -> R {
        let Job { run, failed, .. } = self;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| run(svc, sink))) {
            Ok(r) => r,
            Err(payload) => failed(internal_error(payload.as_ref(), tr)),
        }
    }
}

impl<T: Send + 'static> Job<Result<T>> {
    /// A job whose reply is the service's answer itself (tests, and anything that wants the
    /// `Result` as it is).
    pub fn answer(run: impl FnOnce(&mut Service) -> Result<T> + Send + 'static) -> Self {
        Job::new(move |svc, _| run(svc), Err)
    }
}

/// What the worker sends back.
#[derive(Debug)]
pub enum Reply<R> {
    /// A job's answer, or a progress report of a job still running.
    Answer(R),
    /// Another process changed the database: reload what is shown (the organisation as it is
    /// now, when it could be read).
    Changed(Option<OrgInfo>),
    /// The poll of a real organisation failed, or answered again after failing.
    Polled(PollNews),
}

/// Keeps the latest of the jobs that supersede each other (a window of a pane, a search):
/// while the admin holds `j`, only the last window is read.
pub fn coalesce<R>(batch: Vec<Job<R>>) -> Vec<Job<R>> {
    let mut out: Vec<Job<R>> = Vec::with_capacity(batch.len());
    for job in batch {
        if let Some(slot) = job.slot {
            out.retain(|j| j.slot != Some(slot));
        }
        out.push(job);
    }
    out
}

/// The thread's name: the console's panic hook leaves the terminal alone for a panic here.
pub const SERVICE_THREAD: &str = "wxgo-service";

/// What a panic in the service thread becomes: an error the admin can read and act on.
fn internal_error(payload: &(dyn std::any::Any + Send), tr: &Tr) -> Error {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| tr!(tr, "worker-unknown-fault"));
    Error::io(tr!(tr, "worker-internal-error", fault = crate::domain::text::shorten(&what, 200).as_ref()))
}

/// A job that runs beside the others (`Job::beside`), named in the language.
fn beside_name(tr: &Tr, what: &str) -> String {
    let id = format!("worker-{what}");
    if tr.has(&id) {
        tr!(tr, &id)
    } else {
        what.to_string()
    }
}

/// What reaches the service thread: the console's jobs, and the watcher's word.
enum Inbox<R> {
    Job(Job<R>),
    /// The database's files changed on disk: another process may have committed.
    Touched,
}

/// The worker thread's handle; dropping it ends the thread.
pub struct Worker<R> {
    tx: Option<mpsc::Sender<Inbox<R>>>,
    /// Holds a sender too: dropped first, so that the thread sees the channel close.
    watcher: Option<notify::RecommendedWatcher>,
    handle: Option<std::thread::JoinHandle<()>>,
}

type Replies<R> = tokio::sync::mpsc::UnboundedSender<Reply<R>>;

impl<R: Send + 'static> Worker<R> {
    pub fn spawn(svc: Service, replies: Replies<R>) -> Self {
        Self::spawn_with(svc, replies, true)
    }

    /// `timers: false` (the console's test-only switch, [`super::NO_TIMERS_ENV`]): with a
    /// watcher on the database, no backstop poll, so only the watcher can show another
    /// process's change.
    pub fn spawn_with(svc: Service, replies: Replies<R>, timers: bool) -> Self {
        Self::spawn_in(svc, replies, timers, Lang::En)
    }

    /// As [`Worker::spawn_with`], saying what goes wrong in the worker itself in `lang`.
    pub fn spawn_in(svc: Service, replies: Replies<R>, timers: bool, lang: Lang) -> Self {
        let (tx, rx) = mpsc::channel::<Inbox<R>>();
        let touched = tx.clone();
        let watcher = svc.db_path().and_then(|db| {
            watch(db, move || {
                let _ = touched.send(Inbox::Touched);
            })
        });
        // Woken by the watcher, the poll is only a backstop.
        let every = match (&watcher, timers) {
            (None, _) => POLL,
            (Some(_), true) => BACKSTOP,
            // About 30 years: never.
            (Some(_), false) => Duration::from_secs(1 << 30),
        };
        let spawned = std::thread::Builder::new()
            .name(SERVICE_THREAD.into())
            .spawn(move || Thread::new(svc, replies, every, Arc::new(Tr::new(lang))).serve(rx));
        match spawned {
            Ok(h) => Worker { tx: Some(tx), watcher, handle: Some(h) },
            Err(_) => Worker { tx: None, watcher: None, handle: None },
        }
    }

    pub fn is_running(&self) -> bool {
        self.tx.is_some()
    }

    /// Whether another process's change wakes the worker (a watcher on the database's files),
    /// rather than the poll finding it.
    pub fn is_watching(&self) -> bool {
        self.watcher.is_some()
    }

    pub fn send(&self, job: Job<R>) -> bool {
        self.tx.as_ref().is_some_and(|tx| tx.send(Inbox::Job(job)).is_ok())
    }
}

impl<R> Drop for Worker<R> {
    fn drop(&mut self) {
        self.watcher = None;
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}

/// The service thread's state.
struct Thread<R> {
    svc: Service,
    replies: Replies<R>,
    fresh: Freshness,
    last_job: Instant,
    warmed: bool,
    /// A job running beside the others.
    beside: Arc<AtomicBool>,
    /// The language of the worker's own words.
    tr: Arc<Tr>,
}

impl<R: Send + 'static> Thread<R> {
    fn new(svc: Service, replies: Replies<R>, every: Duration, tr: Arc<Tr>) -> Self {
        Thread {
            tr,
            fresh: Freshness::new(&svc, every),
            svc,
            replies,
            last_job: Instant::now(),
            warmed: false,
            beside: Arc::new(AtomicBool::new(false)),
        }
    }

    /// Sleeps until a job, the watcher's word, or the next thing due; returns when the
    /// console is gone.
    fn serve(mut self, rx: mpsc::Receiver<Inbox<R>>) {
        loop {
            let mut due = self.fresh.due(&self.svc);
            if !self.warmed {
                due = due.min(self.last_job + POLL);
            }
            let mut batch = Vec::new();
            match rx.recv_timeout(due.saturating_duration_since(Instant::now())) {
                Ok(first) => {
                    for msg in std::iter::once(first).chain(std::iter::from_fn(|| rx.try_recv().ok())) {
                        match msg {
                            Inbox::Job(j) => batch.push(j),
                            Inbox::Touched => self.fresh.touched(),
                        }
                    }
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    // Idle after the first frame: index the users now, so the admin's
                    // first `/` keystroke on a large organisation is as quick as the rest.
                    if !self.warmed && self.last_job.elapsed() >= POLL {
                        self.warmed = true;
                        let _ = self.svc.warm_indexes();
                    }
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            }
            if !batch.is_empty() {
                self.last_job = Instant::now();
            }
            for job in coalesce(batch) {
                if let Some(what) = job.beside {
                    self.start_beside(job, what);
                    continue;
                }
                let replies = &self.replies;
                let reply = job.run_guarded(
                    &mut self.svc,
                    &mut |r| {
                        let _ = replies.send(Reply::Answer(r));
                    },
                    &self.tr,
                );
                if self.replies.send(Reply::Answer(reply)).is_err() {
                    return;
                }
            }
            if let Some(org) = self.fresh.database_changed(&mut self.svc) {
                if self.replies.send(Reply::Changed(org)).is_err() {
                    return;
                }
            }
            if let Some(news) = self.fresh.webex_polled(&mut self.svc) {
                let reload = !matches!(news, PollNews::Failed { .. });
                if self.replies.send(Reply::Polled(news)).is_err()
                    || (reload && self.replies.send(Reply::Changed(Some(self.svc.org().clone()))).is_err())
                {
                    return;
                }
            }
        }
    }

    /// Starts a job on its own thread, through a second connection to the database, so the
    /// service thread keeps answering the panes. Its progress and its end arrive as replies;
    /// one such job at a time.
    fn start_beside(&self, job: Job<R>, what: &'static str) {
        let replies = self.replies.clone();
        if self.beside.swap(true, Ordering::SeqCst) {
            let e = Error::invalid(tr!(self.tr, "worker-already-running", what = &beside_name(&self.tr, what)));
            let _ = replies.send(Reply::Answer((job.failed)(e)));
            return;
        }
        let mut sibling = match self.svc.sibling() {
            Ok(s) => s,
            Err(e) => {
                self.beside.store(false, Ordering::SeqCst);
                let _ = replies.send(Reply::Answer((job.failed)(e)));
                return;
            }
        };
        let running = self.beside.clone();
        let tr = self.tr.clone();
        // The job moves into the thread; if the thread cannot start, its failure is told here.
        let (tx, rx) = mpsc::channel::<Job<R>>();
        let spawned = std::thread::Builder::new().name(SERVICE_THREAD.into()).spawn(move || {
            let Ok(job) = rx.recv() else { return };
            let reply = job.run_guarded(
                &mut sibling,
                &mut |r| {
                    let _ = replies.send(Reply::Answer(r));
                },
                &tr,
            );
            running.store(false, Ordering::SeqCst);
            let _ = replies.send(Reply::Answer(reply));
        });
        match spawned {
            Ok(_) => {
                let _ = tx.send(job);
            }
            Err(_) => {
                self.beside.store(false, Ordering::SeqCst);
                let e = Error::io(tr!(self.tr, "worker-no-thread", what = &beside_name(&self.tr, what)));
                let _ = self.replies.send(Reply::Answer((job.failed)(e)));
            }
        }
    }
}
