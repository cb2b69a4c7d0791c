//! The console's state, and the three ways it changes: a key runs an action of the table in a
//! view (`keys`), goes to the popup on top, which answers with events for the app (the queue,
//! in the manner of gitui's), or a reply of the worker is applied (each reply says itself what
//! it does: see `jobs`). The panes' and the flows' state and handlers live in their rooms
//! (`panes/`, `flows/`); each popup owns its state, keys and drawing (`popups/`). No I/O here
//! besides the clipboard: keys turn into jobs for the service worker.

use std::cell::Cell;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::actions::{ActionId, Context};
use super::flows::Flows;
use super::jobs::{Job, Jobs, Reply};
use super::keymap::Keymap;
use super::layout::list_height;
use super::panes::broadworks::BwHeader;
use super::panes::detail::Detail;
use super::panes::numbers::{Accounts, NumbersView};
use super::panes::{Pane, PaneList};
use super::popups::activation::Activation;
use super::popups::choice::Choice;
use super::popups::form::Form;
use super::popups::report::{Notice, Report, ReportLine};
use super::popups::{Env, Popup};
use super::status::{self, Message, MessageLog, MESSAGE_ROWS};
use super::theme::Theme;
use super::watch::PollNews;
use super::worker;
use crate::outside::clipboard::Clipboard;
use crate::outside::{Clock, SystemClock};
use crate::service::action::{Action, Support};
use crate::service::OrgInfo;

const MESSAGE_TTL: Duration = Duration::from_secs(8);

pub struct App {
    pub(crate) pane: Pane,
    pub(crate) lists: [PaneList; 4],
    pub(crate) numbers_view: NumbersView,
    pub(crate) accounts: Accounts,
    pub(crate) bw: BwHeader,
    pub(crate) detail: Option<Detail>,
    /// The open popups, bottom first; the top one takes the keys.
    pub(crate) popups: Vec<Popup<Job>>,
    /// The filter before `/` was pressed, while the admin types a new one.
    pub(crate) filter_edit: Option<String>,
    /// Where a multi-step action has got to.
    pub(crate) flows: Flows,
    pub(crate) org: Option<OrgInfo>,
    pub(crate) db_label: String,
    /// The service's actions that are done elsewhere here, and where (see `set_support`).
    pub(crate) elsewhere: Vec<(Action, Support)>,
    /// The organisation is a copy of a real one that `F` syncs.
    pub(crate) can_sync: bool,
    /// For a real organisation: the profile, the backend and how old the cached copy is.
    pub(crate) backend_label: Option<String>,
    /// The polls of a real organisation are failing: since when, and why (the header says it
    /// where it is never cut; the message log has the words).
    pub(crate) remote_trouble: Option<RemoteTrouble>,
    /// A sync of the real organisation running in the background.
    pub(crate) syncing: Option<super::flows::org::SyncRun>,
    pub(crate) read_only: bool,
    pub(crate) clipboard: Clipboard,
    pub(crate) keymap: Keymap,
    pub(crate) theme: Theme,
    pub(crate) width: u16,
    pub(crate) height: u16,
    pub(crate) message: Option<Message>,
    /// Every message of the session, with its time (`!`).
    pub(crate) log: MessageLog,
    pub(crate) clock: Arc<dyn Clock>,
    /// The language of what is drawn, and who puts right-to-left text in visual order.
    pub(crate) tr: Arc<crate::i18n::Tr>,
    pub(crate) bidi: crate::i18n::bidi::Mode,
    pub(crate) letters_dir: PathBuf,
    pub quit: bool,
    /// Something changed since the last frame.
    pub dirty: bool,
    /// Numbers the answers that can arrive late (a search, a check as the admin types).
    pub(crate) seq: Cell<u64>,
    message_seen: Option<Instant>,
}

impl App {
    pub fn new(keymap: Keymap, clipboard: Clipboard, theme: Theme, letters_dir: PathBuf) -> Self {
        App {
            pane: Pane::Users,
            lists: Pane::ALL.map(PaneList::new),
            numbers_view: NumbersView::Numbers,
            accounts: Accounts::default(),
            bw: BwHeader::default(),
            detail: None,
            popups: Vec::new(),
            filter_edit: None,
            flows: Flows::default(),
            org: None,
            db_label: String::new(),
            backend_label: None,
            remote_trouble: None,
            elsewhere: Vec::new(),
            can_sync: false,
            syncing: None,
            read_only: false,
            clipboard,
            keymap,
            theme,
            width: 80,
            height: 24,
            message: None,
            log: MessageLog::default(),
            clock: Arc::new(SystemClock),
            tr: Arc::new(crate::i18n::Tr::default()),
            bidi: crate::i18n::bidi::Mode::default(),
            letters_dir,
            quit: false,
            dirty: true,
            seq: Cell::new(0),
            message_seen: None,
        }
    }

    /// What the service said about itself when it opened.
    /// A real organisation (webex backend): the header names the profile and the age of the
    /// copy shown, and the status line why it is read-only when it is.
    pub fn set_backend(&mut self, label: String, read_only_reason: Option<String>) {
        self.backend_label = Some(label);
        if let Some(why) = read_only_reason {
            let said = self.tr.t_with("say-read-only", &[("why", why.as_str().into())]);
            self.info(said);
        }
        self.dirty = true;
    }

    /// The language of the console, and who reorders right-to-left text (`--bidi`).
    pub fn set_language(&mut self, lang: crate::i18n::Lang, bidi: crate::i18n::bidi::Mode) {
        self.tr = Arc::new(crate::i18n::Tr::new(lang));
        self.bidi = bidi;
        self.dirty = true;
    }

    /// The frame is laid out mirrored and written in visual order (a right-to-left language,
    /// with `--bidi app`).
    pub fn mirrored(&self) -> bool {
        self.tr.lang().is_rtl() && self.bidi == crate::i18n::bidi::Mode::App
    }

    /// What the service can do here and what only elsewhere (Control Hub, the demo's stand-ins):
    /// help and the palette mark those actions.
    pub fn set_support(&mut self, svc: &crate::service::Service) {
        self.elsewhere =
            Action::ALL.into_iter().map(|a| (a, svc.support(a))).filter(|(_, s)| *s != Support::Yes).collect();
        self.can_sync = svc.can_sync();
        self.dirty = true;
    }

    pub fn set_service(&mut self, org: OrgInfo, db_label: &str, read_only: bool) {
        self.org = Some(org);
        self.db_label = db_label.to_string();
        self.read_only = read_only;
        self.dirty = true;
    }

    /// The clock the message log's times come from (the service's).
    pub fn set_clock(&mut self, clock: Arc<dyn Clock>) {
        self.clock = clock;
    }

    /// The first jobs: the focused pane's rows.
    pub fn start(&mut self) -> Jobs {
        self.ensure_loaded(self.pane)
    }

    pub fn resize(&mut self, width: u16, height: u16) -> Jobs {
        self.width = width;
        self.height = height;
        self.dirty = true;
        self.ensure_loaded(self.pane)
    }

    /// Where keys go now.
    pub fn context(&self) -> Context {
        match self.popups.last() {
            Some(p) => p.context(),
            None if self.filter_edit.is_some() => Context::Filter,
            None if self.detail.is_some() => Context::Detail,
            None => self.pane.context(),
        }
    }

    pub fn top_popup(&self) -> Option<&Popup<Job>> {
        self.popups.last()
    }

    /// What the popups read of the console.
    pub fn env(&self) -> Env<'_> {
        Env {
            theme: self.theme,
            keymap: &self.keymap,
            read_only: self.read_only,
            elsewhere: &self.elsewhere,
            width: self.width,
            height: self.height,
            page: self.page(),
            message: self.message.as_ref(),
            log: &self.log,
            seq: &self.seq,
            tr: &self.tr,
            bidi: self.bidi,
        }
    }

    // ------------------------------------------------------------------ messages and time

    pub(crate) fn info(&mut self, text: impl Into<String>) {
        self.say(text.into(), false);
        self.message_seen = None;
    }

    pub(crate) fn error(&mut self, text: impl Into<String>) {
        self.say(text.into(), true);
    }

    /// A message on the status line and in the log; the selected row stays in sight when a
    /// long message takes rows from the list.
    fn say(&mut self, text: String, error: bool) {
        // A command it suggests keeps how wxgo was started (--profile, --demo, --db, --org).
        let text = crate::cli::advice::in_context(&text).into_owned();
        self.log.push(self.clock.now(), &text, error);
        self.message = Some(Message { text, error });
        self.keep_selection_in_sight();
    }

    /// Shows an error from outside the app's own flow (the event loop).
    pub fn fail(&mut self, text: impl Into<String>) {
        self.error(text);
        self.dirty = true;
    }

    /// Copies to the clipboard and says how (or why not).
    pub(crate) fn copy(&mut self, what: &str, text: &str) {
        match self.clipboard.copy_how(text) {
            Ok(how) => {
                let said = format!("{what} {}", self.tr.t(how.id()));
                self.info(said)
            }
            Err(e) => {
                let said = self.tr.t_with("say-not-copied", &[("error", self.tr.error(&e).as_str().into())]);
                self.error(said)
            }
        }
    }

    /// Rows the status line takes on this terminal.
    pub(crate) fn message_rows(&self) -> u16 {
        status::rows_at(self.message.as_ref(), self.width, MESSAGE_ROWS)
    }

    /// The terminal's height less the rows a long message takes from the lists.
    pub(crate) fn view_height(&self) -> u16 {
        self.height.saturating_sub(self.message_rows() - 1)
    }

    /// A frame was drawn at `now`: an informational message on it starts to age.
    pub fn drawn(&mut self, now: Instant) {
        if matches!(&self.message, Some(m) if !m.error) && self.message_seen.is_none() {
            self.message_seen = Some(now);
        }
    }

    /// When time alone changes the screen next: an informational message goes away
    /// [`MESSAGE_TTL`] after it was first drawn. `None`: nothing changes by itself, and the
    /// console sleeps until a key or a reply (an idle console writes nothing).
    pub fn next_tick(&self) -> Option<Instant> {
        match (&self.message, self.message_seen) {
            (Some(m), Some(at)) if !m.error => Some(at + MESSAGE_TTL),
            _ => None,
        }
    }

    /// Time passes: an informational message goes away after a while; errors stay until the
    /// next message, so they can be read in full.
    pub fn tick(&mut self, now: Instant) {
        match (&self.message, self.message_seen) {
            (Some(m), Some(at)) if !m.error && now.duration_since(at) >= MESSAGE_TTL => {
                self.message = None;
                self.message_seen = None;
                self.dirty = true;
            }
            _ => {}
        }
    }

    pub(crate) fn next_seq(&mut self) -> u64 {
        self.seq.set(self.seq.get() + 1);
        self.seq.get()
    }

    /// Rows a page moves.
    pub(crate) fn page(&self) -> i64 {
        list_height(self.view_height()) as i64
    }

    // ------------------------------------------------------------------ popups

    pub(crate) fn open(&mut self, popup: Popup<Job>) {
        self.popups.push(popup);
    }

    pub(crate) fn report(&mut self, title: impl Into<String>, lines: Vec<ReportLine>) {
        self.open(Popup::Report(Report::new(title, lines)));
    }

    pub(crate) fn notice(&mut self, title: impl Into<String>, lines: Vec<String>) {
        self.open(Popup::Notice(Notice::new(title, lines)));
    }

    /// The details of the row selected in the pane: its keys work on the row from here too.
    pub(crate) fn notice_of_row(&mut self, title: impl Into<String>, lines: Vec<String>) {
        self.open(Popup::Notice(Notice::of_row(title, lines, self.pane.context())));
    }

    pub(crate) fn choose(&mut self, choice: Choice) {
        self.open(Popup::Choice(choice));
    }

    pub(crate) fn open_form(&mut self, form: Form) {
        self.open(Popup::Form(form));
    }

    /// The form on top, if a form is on top.
    pub(crate) fn form_mut(&mut self) -> Option<&mut Form> {
        match self.popups.last_mut() {
            Some(Popup::Form(f)) => Some(f),
            _ => None,
        }
    }

    pub(crate) fn close_forms(&mut self) {
        self.popups.retain(|p| !matches!(p, Popup::Form(_)));
    }

    /// The open form says why Enter did nothing.
    pub(crate) fn form_says(&mut self, note: impl Into<String>) -> Jobs {
        if let Some(f) = self.form_mut() {
            f.note = Some(note.into());
        }
        Vec::new()
    }

    /// The activation details, if they are open.
    pub fn activation(&self) -> Option<&Activation> {
        self.popups.iter().rev().find_map(|p| match p {
            Popup::Activation(a) => Some(a),
            _ => None,
        })
    }

    /// A long run reported progress: its box shows it.
    pub(crate) fn progressed(&mut self, done: usize, total: usize, phase: &'static str) -> Jobs {
        if let Some(run) = self.popups.iter_mut().rev().find_map(|p| match p {
            Popup::Progress(run) => Some(run),
            _ => None,
        }) {
            run.progressed(done, total, phase);
        }
        Vec::new()
    }

    /// How far the long run whose box is open got.
    pub(crate) fn progress_done(&self) -> Option<usize> {
        self.popups.iter().rev().find_map(|p| match p {
            Popup::Progress(run) => Some(run.done),
            _ => None,
        })
    }

    pub(crate) fn close_progress(&mut self) {
        self.popups.retain(|p| !matches!(p, Popup::Progress(_)));
    }

    /// The service refused: its words on the status line, and in the open form.
    pub(crate) fn refused(&mut self, text: String) {
        let tr = self.tr.clone();
        if let Some(f) = self.form_mut() {
            f.note = Some(match f.what_now(&tr) {
                Some(now) => format!("{text} ({now})"),
                None => text.clone(),
            });
        }
        self.error(text);
    }

    // ------------------------------------------------------------------ replies

    /// Applies a reply of the worker: what the answer does is the reply's own business.
    pub fn apply(&mut self, reply: Reply) -> Jobs {
        self.dirty = true;
        match reply {
            worker::Reply::Answer(update) => update.apply(self),
            worker::Reply::Polled(news) => {
                self.polled(news);
                Vec::new()
            }
            worker::Reply::Changed(org) => {
                if let Some(org) = org {
                    self.org = Some(org);
                }
                self.reload_all()
            }
        }
    }

    /// What the poll of a real organisation found: a failure is said once (and kept in the
    /// header until a poll answers again), its end once.
    pub(crate) fn polled(&mut self, news: PollNews) {
        let now = self.clock.now();
        match news {
            PollNews::Failed { offline, words } => {
                let since = self.remote_trouble.as_ref().map_or(now, |t| t.since);
                let id = if offline { "poll-unreachable" } else { "poll-refused" };
                let at = now.format("%H:%M").to_string();
                let words = self.tr.text(&words);
                let said = self.tr.t_with(id, &[("at", at.as_str().into()), ("words", words.as_str().into())]);
                self.error(said);
                self.remote_trouble = Some(RemoteTrouble { since, offline });
            }
            PollNews::Recovered => {
                if let Some(t) = self.remote_trouble.take() {
                    let (at, since) = (now.format("%H:%M").to_string(), t.since.format("%H:%M").to_string());
                    let what = self.tr.t(if t.offline { "trouble-offline" } else { "trouble-polls-failing" });
                    let said = self.tr.t_with(
                        "poll-recovered",
                        &[("at", at.as_str().into()), ("what", what.as_str().into()), ("since", since.as_str().into())],
                    );
                    self.info(said);
                }
            }
            PollNews::Changed => {}
        }
    }

    /// Whether an action can be used now (the footer leaves out those that cannot).
    pub fn available(&self, id: ActionId) -> bool {
        match id {
            ActionId::SkipUser => self.flows.manual.is_some(),
            ActionId::Proceed => matches!(self.popups.last(), Some(Popup::Proceed(p)) if p.next.is_some()),
            // Only where a letter or a code's email is written: not when deleting, say.
            ActionId::LetterLanguage => match self.popups.last() {
                Some(Popup::Confirm(c)) => c.letter.is_some(),
                _ => true,
            },
            _ => true,
        }
    }
}

/// The polls of a real organisation fail: since when, and whether Webex was out of reach.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RemoteTrouble {
    pub since: chrono::DateTime<chrono::Utc>,
    pub offline: bool,
}

impl RemoteTrouble {
    /// The header's words: `⚠ offline since 09:12 UTC`, `⚠ polls failing since 09:12 UTC`.
    pub fn label(&self, tr: &crate::i18n::Tr) -> String {
        let at = self.since.format("%H:%M").to_string();
        let what = tr.t(if self.offline { "trouble-offline" } else { "trouble-polls-failing" });
        format!("⚠ {}", tr.t_with("trouble-since", &[("what", what.as_str().into()), ("at", at.as_str().into())]))
    }
}
