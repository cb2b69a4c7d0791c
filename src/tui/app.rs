//! The console's state, and the two ways it changes: a key runs an action from the table
//! (`actions`), a reply from the worker is applied. Each feature's own state, keys and replies
//! live in its room (`panes/`, `flows/`, `widgets/`); this file holds what they share. No I/O
//! here besides the clipboard: keys turn into [`Request`]s for the service worker.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::actions::{action, ActionId, Context};
use super::flows::Flows;
use super::keymap::{Key, Keymap};
use super::layout::list_height;
use super::panes::broadworks::BwHeader;
use super::panes::detail::Detail;
use super::panes::numbers::{Accounts, NumbersView};
use super::panes::PaneList;
use super::theme::Theme;
use super::widgets::messages::MessageLog;
use super::widgets::Overlay;
use super::worker::{Outcome, Pane, Reply, Request};
use crate::domain::Error;
use crate::outside::clipboard::Clipboard;
use crate::outside::{Clock, SystemClock};
use crate::service::{OrgInfo, CANCELLED};

const MESSAGE_TTL: Duration = Duration::from_secs(8);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

pub struct App {
    pub(crate) pane: Pane,
    pub(crate) lists: [PaneList; 4],
    pub(crate) numbers_view: NumbersView,
    pub(crate) accounts: Accounts,
    pub(crate) bw: BwHeader,
    pub(crate) detail: Option<Detail>,
    pub(crate) overlays: Vec<Overlay>,
    /// The filter before `/` was pressed, while the admin types a new one.
    pub(crate) filter_edit: Option<String>,
    /// Where a multi-step action has got to.
    pub(crate) flows: Flows,
    pub(crate) org: Option<OrgInfo>,
    pub(crate) db_label: String,
    /// For a real organisation: the profile, the backend and how old the cached copy is.
    /// The service's actions that are done elsewhere here, and where (see `set_support`).
    pub(crate) elsewhere: Vec<(crate::service::action::Action, crate::service::action::Support)>,
    /// The organisation is a copy of a real one that `F` syncs.
    pub(crate) can_sync: bool,
    pub(crate) backend_label: Option<String>,
    /// A sync of the real organisation running in the background.
    pub(crate) syncing: Option<super::flows::webex::SyncRun>,
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
    pub(crate) letters_dir: PathBuf,
    pub quit: bool,
    /// Something changed since the last frame.
    pub dirty: bool,
    seq: u64,
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
            overlays: Vec::new(),
            filter_edit: None,
            flows: Flows::default(),
            org: None,
            db_label: String::new(),
            backend_label: None,
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
            letters_dir,
            quit: false,
            dirty: true,
            seq: 0,
            message_seen: None,
        }
    }

    /// What the service said about itself when it opened.
    /// A real organisation (webex backend): the header names the profile and the age of the
    /// copy shown, and the status line why it is read-only when it is.
    pub fn set_backend(&mut self, label: String, read_only_reason: Option<String>) {
        self.backend_label = Some(label);
        if let Some(why) = read_only_reason {
            self.info(format!("read-only: {why}"));
        }
        self.dirty = true;
    }

    /// On a real organisation, where an action with no public Webex API is done instead: help
    /// and the palette mark it "Control Hub only" with the place (the service refuses it).
    pub(crate) fn control_hub_only(&self, id: ActionId) -> Option<&'static str> {
        let action = super::actions::service_action(id)?;
        match self.elsewhere.iter().find(|(a, _)| *a == action)?.1 {
            crate::service::action::Support::ControlHubOnly(place) => Some(place),
            _ => None,
        }
    }

    /// What the service can do here and what only elsewhere (Control Hub, the demo's stand-ins):
    /// help and the palette mark those actions.
    pub fn set_support(&mut self, svc: &crate::service::Service) {
        self.elsewhere = crate::service::action::Action::ALL
            .into_iter()
            .map(|a| (a, svc.support(a)))
            .filter(|(_, s)| *s != crate::service::action::Support::Yes)
            .collect();
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

    /// The first requests: the focused pane's rows.
    pub fn start(&mut self) -> Vec<Request> {
        self.ensure_loaded(self.pane)
    }

    pub fn resize(&mut self, width: u16, height: u16) -> Vec<Request> {
        self.width = width;
        self.height = height;
        self.dirty = true;
        self.ensure_loaded(self.pane)
    }

    /// Where keys go now.
    pub fn context(&self) -> Context {
        match self.overlays.last() {
            Some(o) => o.context(),
            None if self.filter_edit.is_some() => Context::Filter,
            None if self.detail.is_some() => Context::Detail,
            None => self.pane.context(),
        }
    }

    pub fn top_overlay(&self) -> Option<&Overlay> {
        self.overlays.last()
    }

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
        self.log.push(self.clock.now(), &text, error);
        self.message = Some(Message { text, error });
        self.keep_selection_in_sight();
    }

    /// Shows an error from outside the app's own flow (the event loop).
    pub fn fail(&mut self, text: impl Into<String>) {
        self.error(text);
        self.dirty = true;
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
        self.seq += 1;
        self.seq
    }

    /// Rows a page moves.
    pub(crate) fn page(&self) -> i64 {
        list_height(self.view_height()) as i64
    }

    // ------------------------------------------------------------------ keys

    pub fn handle_key(&mut self, ev: KeyEvent) -> Vec<Request> {
        if ev.kind == KeyEventKind::Release {
            return Vec::new();
        }
        self.dirty = true;
        let key = Key::from_event(&ev);
        if key.code == KeyCode::Char('c') && key.mods.contains(KeyModifiers::CONTROL) {
            self.quit = true;
            return Vec::new();
        }
        let ctx = self.context();
        if let Some(id) = self.keymap.action_for(ctx, key) {
            return self.run_action(id, ctx);
        }
        // Keys that are no action here: typing into the open field, or a word about where
        // the key works.
        match ctx {
            Context::Filter => self.type_filter(key),
            Context::Palette => self.type_palette(key),
            Context::Search => self.type_search(key),
            Context::Form => self.type_form(key),
            // A key of another view says where it works (it runs nothing here).
            c if c.is_view() => match self.keymap.elsewhere(key).filter(|id| !action(*id).works_in(ctx)) {
                Some(id) => self.run_action(id, ctx),
                None if c != Context::Activation => {
                    self.info(format!("{key} does nothing here; press ? for the keys"));
                    Vec::new()
                }
                None => Vec::new(),
            },
            _ => Vec::new(),
        }
    }

    /// Runs an action from the table (a key, or the palette) where it was asked for.
    pub fn run_action(&mut self, id: ActionId, ctx: Context) -> Vec<Request> {
        let a = action(id);
        if !a.works_in(ctx) {
            let text = match id {
                ActionId::CopyCode | ActionId::PrintLetter | ActionId::EmailCode => format!(
                    "{}: a code is shown once, when it is issued (WG04). Press {} for a new code, then {}.",
                    a.hint,
                    self.keymap.label(ActionId::NewCode),
                    self.keymap.label(id)
                ),
                _ => format!("{} works in {}, not in {}", a.hint, a.describe_places(), ctx.title()),
            };
            self.info(text);
            return Vec::new();
        }
        (a.run)(self, ctx)
    }

    /// Whether an action can be used now (the footer leaves out those that cannot).
    pub fn available(&self, id: ActionId) -> bool {
        match id {
            ActionId::SkipUser => self.flows.manual.is_some(),
            ActionId::Proceed => {
                matches!(self.overlays.last(), Some(Overlay::Proceed(p)) if p.next.is_some())
            }
            _ => true,
        }
    }

    /// Moves the selection (or scrolls) by `delta` rows where the keys are.
    pub(crate) fn move_by(&mut self, ctx: Context, delta: i64) -> Vec<Request> {
        match ctx {
            Context::Help => self.scroll_help(delta),
            Context::Messages => self.move_messages(delta),
            Context::Palette => self.move_palette(delta.signum()),
            Context::Choice | Context::Search => self.move_choice(delta.signum()),
            Context::Detail => self.scroll_detail(delta),
            c if c.is_view() && c != Context::Activation => self.move_in_pane(delta),
            _ => Vec::new(),
        }
    }

    /// Esc in a view: close the activation details or the user, or clear the filter.
    pub(crate) fn back(&mut self, ctx: Context) -> Vec<Request> {
        match ctx {
            Context::Activation => {
                self.overlays.pop();
                Vec::new()
            }
            Context::Detail => {
                self.detail = None;
                self.ensure_loaded(self.pane)
            }
            // A pane without a filter: Esc stops a running sync.
            _ if self.list(self.pane).filter.is_empty() && self.stop_sync() => Vec::new(),
            _ => self.clear_filter(),
        }
    }

    /// Esc in a dialog: nothing changes.
    pub(crate) fn cancel(&mut self, ctx: Context) -> Vec<Request> {
        match ctx {
            Context::Filter => self.cancel_filter(),
            Context::Progress => self.cancel_run(),
            Context::Form => {
                self.overlays.pop();
                if self.flows.manual.take().is_some() {
                    self.info("manual assignment stopped; the users done so far keep their Calling");
                } else {
                    self.info("cancelled; nothing changed");
                }
                Vec::new()
            }
            _ => {
                self.overlays.pop();
                if matches!(ctx, Context::Choice | Context::Search) {
                    self.flows = Flows::default();
                }
                self.info("cancelled; nothing changed");
                Vec::new()
            }
        }
    }

    pub(crate) fn refresh(&mut self) -> Vec<Request> {
        self.info("reloaded");
        self.reload_all()
    }

    /// Quits; with a sync running, the first press stops the sync instead (the cache keeps its
    /// last complete copy) and a second quits.
    pub(crate) fn quit(&mut self) -> Vec<Request> {
        if self.stop_sync() {
            return Vec::new();
        }
        self.quit = true;
        Vec::new()
    }

    // ------------------------------------------------------------------ replies

    /// Applies a reply of the worker. Every reply has its arm: a new one does not compile
    /// until it is handled.
    pub fn apply(&mut self, reply: Reply) -> Vec<Request> {
        self.dirty = true;
        match reply {
            Reply::Page { key, result } => self.page_loaded(key, result),
            Reply::UserDetail { email, result } => self.detail_loaded(email, result),
            Reply::Calls { email, webex_go, result } => self.calls_loaded(email, webex_go, result),
            Reply::SyncProgress(line) => {
                self.sync_progressed(line);
                Vec::new()
            }
            Reply::SyncDone(result) => self.sync_done(result),
            Reply::Orgs(result) => self.orgs_loaded(result),
            Reply::Switched(result) => self.org_switched(result),
            Reply::Changed(org) => {
                if let Some(org) = org {
                    self.org = Some(org);
                }
                self.reload_all()
            }
            Reply::Done(Ok(outcome)) => self.applied(outcome),
            Reply::Done(Err(e)) => {
                self.refused(e.to_string());
                Vec::new()
            }
            Reply::AddChoices(result) => self.add_choices(result),
            Reply::Users { seq, result } => self.users_found(seq, result),
            Reply::Emailed(result) => self.emailed(result),
            Reply::Letter(result) => self.letters_written(result),
            Reply::Accounts(result) => self.accounts_loaded(result),
            Reply::Locations(result) => self.locations_loaded(result),
            Reply::Checked { seq, result } => self.numbers_checked(seq, result),
            Reply::AssignChoices { email, result } => self.assign_choices(email, result),
            Reply::BwSummary(result) => self.bw_summary_loaded(result),
            Reply::BwErrorText(result) => self.error_text(result),
            Reply::Exported(result) => self.bw_exported(result),
            Reply::Progress { done, total, phase } => self.progressed(done, total, phase),
            Reply::LongDone(result) => {
                self.overlays.retain(|o| !matches!(o, Overlay::Progress(_)));
                match result {
                    Ok(outcome) => self.long_done(outcome),
                    Err(Error::Rule { rule, message }) if rule == CANCELLED => {
                        // The message says it: "cancelled after/while …: nothing was …".
                        self.info(message);
                        self.reload_all()
                    }
                    Err(e) => {
                        self.error(e.to_string());
                        Vec::new()
                    }
                }
            }
            Reply::LicenceTemplates(result) => self.templates_loaded(result),
            Reply::ReapplyPreview(result) => self.reapply_previewed(result),
            Reply::TemplateUsers { template, result } => self.template_users(template, result),
            Reply::UsersExported(result) => self.users_exported(result),
        }
    }

    /// A change the service made: say what it did, and reload. One arm per outcome.
    fn applied(&mut self, outcome: Outcome) -> Vec<Request> {
        match outcome {
            Outcome::Issued(issued) => self.issued(issued),
            Outcome::Deleted(d) => self.deleted(d),
            Outcome::Account(a) => self.account_added(*a),
            Outcome::MobileAdded(r) => self.mobile_added(*r),
            Outcome::Assigned(out, device) => self.primary_assigned(*out, device),
            Outcome::Bw { row, what } => self.bw_changed(row, what),
            Outcome::BwDeleted(row) => self.bw_deleted(row),
            Outcome::WorkNumber(o) => self.work_number_set(*o),
            Outcome::TemplateAssigned(o) => self.template_assigned(o),
            Outcome::TemplateSaved(t, created) => self.template_saved(*t, created),
        }
    }

    /// The service refused: its words on the status line, and in the open form.
    fn refused(&mut self, text: String) {
        if let Some(Overlay::Form(f)) = self.overlays.last_mut() {
            f.note = Some(match f.what_now() {
                Some(now) => format!("{text} ({now})"),
                None => text.clone(),
            });
        }
        self.error(text);
    }
}
