//! The console's state and what keys and replies do to it. No I/O here besides the clipboard:
//! keys turn into [`Request`]s for the service worker, replies are applied with [`App::apply`].

use std::path::PathBuf;
use std::time::{Duration, Instant};

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config as MatchConfig, Matcher};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::actions::{action, Action, ActionId, Context, ACTIONS};
use super::keymap::{Key, Keymap};
use super::theme::Theme;
use super::worker::{BwSummary, LoadKey, Mutation, Outcome, PageRows, Pane, Reply, Request};
use crate::domain::DeviceStatus;
use crate::outside::clipboard::Clipboard;
use crate::service::{AddDevice, AddDeviceChoices, IssuedCode, OperatorAccountRow, OrgInfo, UserDetail};

mod calling;
mod flows;
pub use calling::{LongRun, ManualFlow, Prompt, PromptField, PromptKind, CONFIRM_WORD, NOT_PROVISIONED_ROWS};
pub use flows::{
    auth_symbol as flows_auth_symbol, template_fix as flows_template_fix, AssignFlow, Field, Form, FormKind,
    ReportLine, Tone,
};

pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
const MESSAGE_TTL: Duration = Duration::from_secs(8);

/// Rows of the list in a terminal `height` rows high: header, tabs, pane title, table header
/// above; status line and key hints below.
pub fn list_height(height: u16) -> usize {
    height.saturating_sub(6).max(1) as usize
}

/// Rows above the BroadWorks list: the counts per group and the templates line (BW01).
pub const BW_HEADER_ROWS: u16 = 3;

/// Rows of one pane's list: the BroadWorks pane gives three to its header.
pub fn pane_list_height(pane: Pane, height: u16) -> usize {
    match pane {
        Pane::Bw => list_height(height).saturating_sub(BW_HEADER_ROWS as usize).max(1),
        _ => list_height(height),
    }
}

/// What the Numbers pane shows: the number inventory or the operator accounts (MO02).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumbersView {
    Numbers,
    Accounts,
}

/// The operator accounts: one per location at most a few, so all of them are loaded.
#[derive(Debug, Clone, Default)]
pub struct Accounts {
    pub rows: Vec<OperatorAccountRow>,
    pub selected: usize,
    pub loaded: bool,
    pub error: Option<String>,
    stale: bool,
    requested: bool,
}

impl Accounts {
    pub fn current(&self) -> Option<&OperatorAccountRow> {
        self.rows.get(self.selected)
    }
}

/// The BroadWorks pane's header, loaded with the pane and reloaded on every change.
#[derive(Debug, Clone, Default)]
pub struct BwHeader {
    pub summary: Option<BwSummary>,
    pub error: Option<String>,
    stale: bool,
    requested: bool,
}

/// One pane's list: the window of rows loaded around the selection, never the whole table.
#[derive(Debug, Clone)]
pub struct PaneList {
    pub pane: Pane,
    pub filter: String,
    /// Rows matching the filter, as the store counted them.
    pub total: usize,
    pub selected: usize,
    /// First visible row.
    pub top: usize,
    /// Index of `rows[0]` in the filtered list.
    pub rows_offset: usize,
    pub rows: PageRows,
    pub loaded: bool,
    /// The database changed since these rows were read.
    pub stale: bool,
    pub requested: Option<LoadKey>,
    pub error: Option<String>,
}

impl PaneList {
    fn new(pane: Pane) -> Self {
        PaneList {
            pane,
            filter: String::new(),
            total: 0,
            selected: 0,
            top: 0,
            rows_offset: 0,
            rows: PageRows::empty(pane),
            loaded: false,
            stale: true,
            requested: None,
            error: None,
        }
    }

    /// Index into `rows` of the absolute row `i`, if it is loaded.
    pub fn local(&self, i: usize) -> Option<usize> {
        i.checked_sub(self.rows_offset).filter(|l| *l < self.rows.len())
    }

    fn covers(&self, start: usize, end: usize) -> bool {
        let have_end = self.rows_offset + self.rows.len();
        self.rows_offset <= start && (end <= have_end || have_end >= self.total)
    }

    fn reset_position(&mut self) {
        self.selected = 0;
        self.top = 0;
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// The user detail view (Enter on a user, a device or a number's owner).
#[derive(Debug, Clone)]
pub struct Detail {
    pub email: String,
    pub data: Option<Box<UserDetail>>,
    pub error: Option<String>,
    pub scroll: u16,
    /// Recent calls (WG15), or why they could not be read.
    pub calls: Option<Result<Vec<crate::service::CallRow>, String>>,
    /// Only Webex Go calls (sub client type `MOBILE_NETWORK`).
    pub go_only: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoicePurpose {
    Subscription,
    Number,
    User,
    /// MO05: an unassigned mobile number of the user's location.
    MobileNumber,
    /// WG02 for the mobile-operator device.
    AssignSubscription,
    /// The operator account to add mobile numbers under.
    Account,
    /// BW04 Change package type.
    Package,
    /// AL06: the licence template to re-apply.
    ReapplyTemplate,
    /// AL03: the licence template to assign by hand.
    AssignTemplate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChoiceItem {
    pub label: String,
    pub value: String,
}

/// The WG02 picker: which subscription a Webex Go licence comes from.
pub(crate) fn subscription_choice(
    subscriptions: &[crate::service::SubscriptionRow],
    who: &str,
    purpose: ChoicePurpose,
) -> Overlay {
    let items = subscriptions
        .iter()
        .map(|s| ChoiceItem {
            label: format!("{} · {} · {} of {} free", s.id, s.name, s.free, s.go_licences),
            value: s.id.clone(),
        })
        .collect();
    Overlay::Choice(Choice {
        purpose,
        title: format!("Subscription for {who}'s Webex Go licence (WG02)"),
        prompt: "More than one subscription has Webex Go licences: choose one".into(),
        items,
        selected: 0,
        query: String::new(),
        seq: 0,
    })
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub purpose: ChoicePurpose,
    pub title: String,
    pub prompt: String,
    pub items: Vec<ChoiceItem>,
    pub selected: usize,
    /// What the admin typed (the user search).
    pub query: String,
    pub seq: u64,
}

#[derive(Debug, Clone)]
pub struct Confirm {
    pub title: String,
    pub lines: Vec<String>,
    pub mutation: Mutation,
}

/// The activation details after a code was issued. The plain code lives only here, in memory.
#[derive(Debug, Clone)]
pub struct Activation {
    pub issued: Box<IssuedCode>,
    pub title: String,
}

#[derive(Debug, Clone)]
pub struct Palette {
    pub query: String,
    pub selected: usize,
    pub context: Context,
}

#[derive(Debug, Clone)]
pub enum Overlay {
    Help {
        scroll: u16,
        context: Context,
    },
    Palette(Palette),
    Confirm(Confirm),
    Choice(Choice),
    Activation(Activation),
    Notice {
        title: String,
        lines: Vec<String>,
        error: bool,
    },
    /// A typed form: operator account, mobile numbers, retry email.
    Form(Form),
    /// Lines each marked good or bad by a word and a symbol (and colour): what was added and
    /// what not, templates ready or not.
    Report {
        title: String,
        lines: Vec<ReportLine>,
    },
    /// A few typed fields and switches: work number, directory file, re-apply, assignment, import.
    Prompt(Prompt),
    /// A long run on the worker; Esc cancels it (the service rolls it back whole).
    Progress(LongRun),
    /// A report with a next step on Enter (submit the import after its dry run).
    Proceed {
        title: String,
        lines: Vec<ReportLine>,
        next: Option<super::worker::LongOp>,
    },
}

/// Where an add-device flow has got to (WG02, WG03).
#[derive(Debug, Clone)]
struct AddFlow {
    email: String,
    choices: Option<Box<AddDeviceChoices>>,
    subscription: Option<String>,
    number: Option<String>,
}

/// The device an action is about.
#[derive(Debug, Clone)]
struct Target {
    device_id: String,
    owner_email: String,
    owner_name: String,
    status: Option<DeviceStatus>,
    subscription: Option<String>,
}

pub struct App {
    pub pane: Pane,
    pub lists: [PaneList; 4],
    pub mobile_only: bool,
    pub exclude_provisioned: bool,
    pub org: Option<OrgInfo>,
    pub db_label: String,
    pub read_only: bool,
    pub clipboard: Clipboard,
    pub keymap: Keymap,
    pub theme: Theme,
    pub width: u16,
    pub height: u16,
    pub message: Option<Message>,
    pub detail: Option<Detail>,
    pub overlays: Vec<Overlay>,
    /// The filter before `/` was pressed, while the admin types a new one.
    pub filter_edit: Option<String>,
    pub letters_dir: PathBuf,
    pub quit: bool,
    /// Something changed since the last frame.
    pub dirty: bool,
    pub numbers_view: NumbersView,
    pub accounts: Accounts,
    pub bw: BwHeader,
    /// The Users pane shows only users without Webex Calling, with reason and fix (AL04).
    pub not_provisioned: bool,
    template_purpose: Option<ChoicePurpose>,
    manual: Option<ManualFlow>,
    add_flow: Option<AddFlow>,
    assign_flow: Option<AssignFlow>,
    seq: u64,
    message_seen: Option<Instant>,
}

impl App {
    pub fn new(keymap: Keymap, clipboard: Clipboard, theme: Theme, letters_dir: PathBuf) -> Self {
        App {
            pane: Pane::Users,
            lists: Pane::ALL.map(PaneList::new),
            mobile_only: false,
            exclude_provisioned: false,
            org: None,
            db_label: String::new(),
            read_only: false,
            clipboard,
            keymap,
            theme,
            width: 80,
            height: 24,
            message: None,
            detail: None,
            overlays: Vec::new(),
            filter_edit: None,
            letters_dir,
            quit: false,
            dirty: true,
            numbers_view: NumbersView::Numbers,
            accounts: Accounts { stale: true, ..Accounts::default() },
            bw: BwHeader { stale: true, ..BwHeader::default() },
            not_provisioned: false,
            template_purpose: None,
            manual: None,
            add_flow: None,
            assign_flow: None,
            seq: 0,
            message_seen: None,
        }
    }

    /// What the service said about itself when it opened.
    pub fn set_service(&mut self, org: OrgInfo, db_label: &str, read_only: bool) {
        self.org = Some(org);
        self.db_label = db_label.to_string();
        self.read_only = read_only;
        self.dirty = true;
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

    pub fn list(&self, pane: Pane) -> &PaneList {
        &self.lists[pane.index()]
    }

    fn list_mut(&mut self, pane: Pane) -> &mut PaneList {
        &mut self.lists[pane.index()]
    }

    pub fn toggle(&self, pane: Pane) -> bool {
        match pane {
            Pane::Numbers => self.mobile_only,
            Pane::Bw => self.exclude_provisioned,
            Pane::Users => self.not_provisioned,
            _ => false,
        }
    }

    /// Where keys go now, for the action table.
    pub fn context(&self) -> Context {
        if let Some(Overlay::Activation(_)) = self.overlays.last() {
            return Context::Activation;
        }
        if self.detail.is_some() {
            return Context::Detail;
        }
        pane_context(self.pane)
    }

    pub fn top_overlay(&self) -> Option<&Overlay> {
        self.overlays.last()
    }

    pub fn activation(&self) -> Option<&Activation> {
        self.overlays.iter().rev().find_map(|o| match o {
            Overlay::Activation(a) => Some(a),
            _ => None,
        })
    }

    fn info(&mut self, text: impl Into<String>) {
        self.message = Some(Message { text: text.into(), error: false });
        self.message_seen = None;
    }

    /// Shows an error from outside the app's own flow (the event loop).
    pub fn fail(&mut self, text: impl Into<String>) {
        self.error(text);
        self.dirty = true;
    }

    /// Time passes: an informational message goes away after a while; errors stay until the
    /// next message, so they can be read in full.
    pub fn tick(&mut self, now: Instant) {
        match (&self.message, self.message_seen) {
            (Some(m), None) if !m.error => self.message_seen = Some(now),
            (Some(m), Some(at)) if !m.error && now.duration_since(at) >= MESSAGE_TTL => {
                self.message = None;
                self.message_seen = None;
                self.dirty = true;
            }
            _ => {}
        }
    }

    fn error(&mut self, text: impl Into<String>) {
        self.message = Some(Message { text: text.into(), error: true });
    }

    fn next_seq(&mut self) -> u64 {
        self.seq += 1;
        self.seq
    }

    // ------------------------------------------------------------------ loading

    /// Scrolls so the selection is visible and asks for the rows of the visible window when
    /// they are not loaded (with a page above and below, so small moves need no query).
    fn ensure_loaded(&mut self, pane: Pane) -> Vec<Request> {
        let mut out = self.ensure_rows(pane);
        if pane == self.pane {
            out.extend(self.ensure_extras());
        }
        out
    }

    /// The operator accounts with the Numbers pane, the group counts and templates with the
    /// BroadWorks pane.
    fn ensure_extras(&mut self) -> Vec<Request> {
        match self.pane {
            Pane::Numbers if self.accounts.stale && !self.accounts.requested => {
                self.accounts.requested = true;
                vec![Request::Accounts]
            }
            Pane::Bw if self.bw.stale && !self.bw.requested => {
                self.bw.requested = true;
                vec![Request::BwSummary]
            }
            _ => Vec::new(),
        }
    }

    /// Items the pane shows at once: a user of the not-provisioned view takes several rows.
    pub fn rows_shown(&self, pane: Pane) -> usize {
        match pane {
            Pane::Users if self.not_provisioned => (list_height(self.height) / NOT_PROVISIONED_ROWS).max(1),
            _ => pane_list_height(pane, self.height),
        }
    }

    fn ensure_rows(&mut self, pane: Pane) -> Vec<Request> {
        let h = self.rows_shown(pane);
        let toggle = self.toggle(pane);
        let l = self.list_mut(pane);
        if l.loaded && l.total > 0 && l.selected >= l.total {
            l.selected = l.total - 1;
        }
        if l.selected < l.top {
            l.top = l.selected;
        } else if l.selected >= l.top + h {
            l.top = l.selected + 1 - h;
        }
        if l.loaded && l.top + h > l.total {
            l.top = l.total.saturating_sub(h);
        }
        let end = l.top + h;
        let need = l.stale || !l.loaded || !l.covers(l.top, end);
        if !need {
            return Vec::new();
        }
        let key = LoadKey { pane, filter: l.filter.clone(), toggle, offset: l.top.saturating_sub(h), limit: 3 * h };
        if l.requested.as_ref() == Some(&key) {
            return Vec::new();
        }
        l.requested = Some(key.clone());
        vec![Request::Load(key)]
    }

    fn reload_all(&mut self) -> Vec<Request> {
        for l in &mut self.lists {
            l.stale = true;
            l.requested = None;
        }
        self.accounts.stale = true;
        self.accounts.requested = false;
        self.bw.stale = true;
        self.bw.requested = false;
        let mut out = self.ensure_loaded(self.pane);
        if let Some(d) = &self.detail {
            out.push(Request::UserDetail(d.email.clone()));
            out.push(Request::Calls { email: d.email.clone(), webex_go: d.go_only });
        }
        out
    }

    // ------------------------------------------------------------------ replies

    pub fn apply(&mut self, reply: Reply) -> Vec<Request> {
        self.dirty = true;
        match reply {
            Reply::Page { key, result } => {
                let toggle = self.toggle(key.pane);
                let l = self.list_mut(key.pane);
                if key.filter != l.filter || key.toggle != toggle {
                    return Vec::new(); // a newer window is on its way
                }
                if l.requested.as_ref() == Some(&key) {
                    l.requested = None;
                }
                match result {
                    Ok((total, rows)) => {
                        l.total = total;
                        l.rows_offset = key.offset;
                        l.rows = rows;
                        l.loaded = true;
                        l.stale = false;
                        l.error = None;
                    }
                    Err(e) => {
                        l.loaded = true;
                        l.stale = false;
                        l.error = Some(e.to_string());
                    }
                }
                if key.pane == self.pane {
                    self.ensure_loaded(key.pane)
                } else {
                    Vec::new()
                }
            }
            Reply::UserDetail { email, result } => {
                if let Some(d) = self.detail.as_mut().filter(|d| d.email == email) {
                    match result {
                        Ok(data) => {
                            d.data = Some(data);
                            d.error = None;
                        }
                        Err(e) => d.error = Some(e.to_string()),
                    }
                }
                Vec::new()
            }
            Reply::AddChoices(result) => match result {
                Ok(choices) => {
                    let Some(flow) = self.add_flow.as_mut().filter(|f| f.email == choices.user.email) else {
                        return Vec::new();
                    };
                    if let Some(refusal) = &choices.refusal {
                        let text = refusal.clone();
                        self.add_flow = None;
                        self.error(text);
                        return Vec::new();
                    }
                    flow.choices = Some(choices);
                    self.next_add_step()
                }
                Err(e) => {
                    self.add_flow = None;
                    self.error(e.to_string());
                    Vec::new()
                }
            },
            Reply::Users { seq, result } => {
                if let Some(Overlay::Choice(c)) = self.overlays.last_mut() {
                    if c.purpose == ChoicePurpose::User && c.seq == seq {
                        match result {
                            Ok(users) => {
                                c.items = users
                                    .into_iter()
                                    .map(|u| ChoiceItem {
                                        label: format!(
                                            "{} <{}> · {} · {}",
                                            u.display_name,
                                            u.email,
                                            u.location.as_deref().unwrap_or("no location"),
                                            match (&u.device_id, u.device_status) {
                                                (Some(d), Some(s)) => format!("has {d} ({})", s.label()),
                                                _ => "no Webex Go device".into(),
                                            }
                                        ),
                                        value: u.email,
                                    })
                                    .collect();
                                c.selected = c.selected.min(c.items.len().saturating_sub(1));
                            }
                            Err(e) => self.message = Some(Message { text: e.to_string(), error: true }),
                        }
                    }
                }
                Vec::new()
            }
            Reply::Done(result) => match result {
                Ok(Outcome::Issued(issued)) => {
                    self.overlays.retain(|o| !matches!(o, Overlay::Activation(_)));
                    self.info(format!(
                        "{}: code issued for {}, Activation pending. {}",
                        issued.device_id, issued.owner_email, issued.email_note
                    ));
                    let title = format!("Activation details: {} · {}", issued.device_id, issued.owner_name);
                    self.overlays.push(Overlay::Activation(Activation { issued, title }));
                    self.reload_all()
                }
                Ok(Outcome::Deleted(d)) => {
                    self.info(format!(
                        "{} deleted; its licence went back to {} ({} free).",
                        d.device_id, d.subscription_id, d.subscription_free
                    ));
                    self.overlays.push(Overlay::Notice {
                        title: format!("Deleted {}", d.device_id),
                        lines: vec![
                            format!(
                                "The Webex Go device {} of {} is deleted. Its licence went back to subscription {} ({} free now).",
                                d.device_id, d.owner_email, d.subscription_id, d.subscription_free
                            ),
                            String::new(),
                            format!("Tell {}: {}", d.owner_email, d.notice),
                        ],
                        error: false,
                    });
                    self.reload_all()
                }
                Ok(other) => self.applied(other),
                Err(e) => {
                    self.refused(e.to_string());
                    Vec::new()
                }
            },
            Reply::Emailed(result) => {
                match result {
                    Ok(issued) => {
                        let note = issued.email_note.clone();
                        for o in &mut self.overlays {
                            if let Overlay::Activation(a) = o {
                                if a.issued.device_id == issued.device_id {
                                    a.issued = issued.clone();
                                }
                            }
                        }
                        self.info(format!("sent again: {note}"));
                    }
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            Reply::Printed(result) => {
                match result {
                    Ok(path) => self.info(format!(
                        "activation letter written to {} (readable only by you); print it, e.g. lp '{}'",
                        path.display(),
                        path.display()
                    )),
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            Reply::Changed(org) => {
                if let Some(org) = org {
                    self.org = Some(org);
                }
                self.reload_all()
            }
            other @ (Reply::Progress { .. }
            | Reply::LongDone(_)
            | Reply::LicenceTemplates(_)
            | Reply::ReapplyPreview(_)
            | Reply::TemplateUsers { .. }
            | Reply::UsersExported(_)
            | Reply::Calls { .. }
            | Reply::Letter(_)) => self.apply_calling(other),
            other => self.apply_more(other),
        }
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
        match self.overlays.last() {
            Some(Overlay::Confirm(_)) => return self.key_confirm(key),
            Some(Overlay::Choice(_)) => return self.key_choice(key),
            Some(Overlay::Palette(_)) => return self.key_palette(key),
            Some(Overlay::Help { .. }) => return self.key_help(key),
            Some(Overlay::Notice { .. } | Overlay::Report { .. }) => {
                if matches!(key.code, KeyCode::Esc | KeyCode::Enter | KeyCode::Char('q')) {
                    self.overlays.pop();
                }
                return Vec::new();
            }
            Some(Overlay::Form(_)) => return self.key_form(key),
            Some(Overlay::Prompt(_)) => return self.key_prompt(key),
            Some(Overlay::Progress(_)) => return self.key_progress(key),
            Some(Overlay::Proceed { .. }) => return self.key_proceed(key),
            Some(Overlay::Activation(_)) | None => {}
        }
        if self.filter_edit.is_some() {
            return self.key_filter(key);
        }
        let ctx = self.context();
        match self.keymap.action_for(key) {
            Some(id) => self.run_action(id, ctx),
            None => {
                if ctx != Context::Activation {
                    self.info(format!("{key} does nothing here; press ? for the keys"));
                }
                Vec::new()
            }
        }
    }

    /// Runs an action from the table (a key, or the palette).
    pub fn run_action(&mut self, id: ActionId, ctx: Context) -> Vec<Request> {
        let a = action(id);
        if !a.scope.contains(ctx) {
            let text = match id {
                ActionId::CopyCode | ActionId::PrintLetter | ActionId::EmailCode => format!(
                    "{}: a code is shown once, when it is issued (WG04). Press {} for a new code, then {}.",
                    a.hint,
                    self.keymap.label(ActionId::NewCode),
                    self.keymap.label(id)
                ),
                _ => format!("{} works in {}, not in {}", a.hint, a.scope.describe(), ctx.title()),
            };
            self.info(text);
            return Vec::new();
        }
        match id {
            ActionId::Up => self.move_by(ctx, -1),
            ActionId::Down => self.move_by(ctx, 1),
            ActionId::PageUp => self.move_by(ctx, -(list_height(self.height) as i64)),
            ActionId::PageDown => self.move_by(ctx, list_height(self.height) as i64),
            ActionId::Top => self.move_by(ctx, i64::MIN / 2),
            ActionId::Bottom => self.move_by(ctx, i64::MAX / 2),
            ActionId::NextPane => self.switch(Pane::ALL[(self.pane.index() + 1) % 4]),
            ActionId::PrevPane => self.switch(Pane::ALL[(self.pane.index() + 3) % 4]),
            ActionId::PaneUsers => self.switch(Pane::Users),
            ActionId::PaneDevices => self.switch(Pane::Devices),
            ActionId::PaneNumbers => self.switch(Pane::Numbers),
            ActionId::PaneBw => self.switch(Pane::Bw),
            ActionId::Filter => {
                let current = self.list(self.pane).filter.clone();
                self.filter_edit = Some(current);
                Vec::new()
            }
            ActionId::Details => self.open_details(),
            ActionId::Back => self.back(ctx),
            ActionId::AddDevice => self.add_device(ctx),
            ActionId::NewCode | ActionId::LostStolen | ActionId::DeleteDevice => self.device_action(id, ctx),
            ActionId::CopyCode => {
                let Some(code) = self.activation().map(|a| a.issued.activation_code.as_str().to_string()) else {
                    return Vec::new();
                };
                match self.clipboard.copy(&code) {
                    Ok(how) => self.info(format!("activation code {how}")),
                    Err(e) => self.error(format!("not copied: {e}")),
                }
                Vec::new()
            }
            ActionId::PrintLetter => self.pdf_letter(),
            ActionId::ToggleNotProvisioned => self.toggle_not_provisioned(),
            ActionId::SetWorkNumber => self.set_work_number(),
            ActionId::DirectorySync => self.directory_sync(),
            ActionId::ReapplyTemplate => self.choose_template(ChoicePurpose::ReapplyTemplate),
            ActionId::SaveTemplate => self.save_template(),
            ActionId::AssignTemplate => self.choose_template(ChoicePurpose::AssignTemplate),
            ActionId::ExportUsers => self.export_users(),
            ActionId::ImportDevices => self.import_devices(),
            ActionId::ToggleGoCalls => self.toggle_go_calls(),
            ActionId::EmailCode => {
                let Some(issued) = self.activation().map(|a| a.issued.clone()) else { return Vec::new() };
                self.info(format!("emailing the code to {} again…", issued.owner_email));
                vec![Request::EmailCode(issued)]
            }
            ActionId::ToggleMobileOnly => {
                self.mobile_only = !self.mobile_only;
                self.info(if self.mobile_only {
                    "showing only mobile numbers (Webex Mobile)"
                } else {
                    "showing every number"
                });
                self.restart(Pane::Numbers)
            }
            ActionId::OperatorAccounts => self.toggle_accounts(),
            ActionId::AddOperatorAccount => self.add_operator_account(),
            ActionId::AddMobileNumbers => self.add_mobile_numbers(),
            ActionId::AssignMobilePrimary => self.assign_mobile_primary(),
            ActionId::BwRetry | ActionId::BwDelete | ActionId::BwPackage | ActionId::BwCopyError => self.bw_action(id),
            ActionId::BwExport => self.bw_export(),
            ActionId::BwTemplates => self.bw_templates(),
            ActionId::ToggleExcludeProvisioned => {
                self.exclude_provisioned = !self.exclude_provisioned;
                self.info(if self.exclude_provisioned {
                    "showing only subscribers pending or in error (provisioned excluded)"
                } else {
                    "showing every subscriber"
                });
                self.restart(Pane::Bw)
            }
            ActionId::Refresh => {
                self.info("reloaded");
                self.reload_all()
            }
            ActionId::Help => {
                self.overlays.push(Overlay::Help { scroll: 0, context: ctx });
                Vec::new()
            }
            ActionId::Palette => {
                self.overlays.push(Overlay::Palette(Palette { query: String::new(), selected: 0, context: ctx }));
                Vec::new()
            }
            ActionId::Quit => {
                self.quit = true;
                Vec::new()
            }
        }
    }

    fn move_by(&mut self, ctx: Context, delta: i64) -> Vec<Request> {
        if ctx == Context::Activation {
            return Vec::new();
        }
        if let Some(d) = self.detail.as_mut() {
            let max = 200i64;
            d.scroll = (d.scroll as i64 + delta).clamp(0, max) as u16;
            return Vec::new();
        }
        if self.pane == Pane::Numbers && self.numbers_view == NumbersView::Accounts {
            let last = self.accounts.rows.len().saturating_sub(1) as i64;
            self.accounts.selected =
                (self.accounts.selected as i64).saturating_add(delta).clamp(0, last.max(0)) as usize;
            return Vec::new();
        }
        let l = self.list_mut(self.pane);
        let last = l.total.saturating_sub(1) as i64;
        l.selected = (l.selected as i64).saturating_add(delta).clamp(0, last.max(0)) as usize;
        self.ensure_loaded(self.pane)
    }

    fn switch(&mut self, pane: Pane) -> Vec<Request> {
        self.detail = None;
        self.pane = pane;
        self.ensure_loaded(pane)
    }

    /// Starts a pane's list again from the top (new filter or toggle).
    fn restart(&mut self, pane: Pane) -> Vec<Request> {
        let l = self.list_mut(pane);
        l.reset_position();
        l.stale = true;
        l.requested = None;
        if pane == self.pane {
            self.ensure_loaded(pane)
        } else {
            Vec::new()
        }
    }

    fn back(&mut self, ctx: Context) -> Vec<Request> {
        match ctx {
            Context::Activation => {
                self.overlays.pop();
                Vec::new()
            }
            Context::Detail => {
                self.detail = None;
                self.ensure_loaded(self.pane)
            }
            _ => {
                if !self.list(self.pane).filter.is_empty() {
                    self.list_mut(self.pane).filter.clear();
                    self.info("filter cleared");
                    self.restart(self.pane)
                } else {
                    self.message = None;
                    Vec::new()
                }
            }
        }
    }

    fn key_filter(&mut self, key: Key) -> Vec<Request> {
        let pane = self.pane;
        match key.code {
            KeyCode::Enter => {
                self.filter_edit = None;
                let l = self.list(pane);
                let text = if l.filter.is_empty() {
                    "no filter".to_string()
                } else {
                    format!("filter \"{}\": {} rows", l.filter, l.total)
                };
                self.info(text);
                Vec::new()
            }
            KeyCode::Esc => {
                let before = self.filter_edit.take().unwrap_or_default();
                self.list_mut(pane).filter = before;
                self.restart(pane)
            }
            KeyCode::Backspace => {
                self.list_mut(pane).filter.pop();
                self.restart(pane)
            }
            KeyCode::Char(c) if !key.mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                self.list_mut(pane).filter.push(c);
                self.restart(pane)
            }
            _ => Vec::new(),
        }
    }

    fn open_details(&mut self) -> Vec<Request> {
        if self.pane == Pane::Numbers && self.numbers_view == NumbersView::Accounts {
            return self.account_details();
        }
        let l = self.list(self.pane);
        let Some(i) = l.local(l.selected) else {
            self.info("nothing selected");
            return Vec::new();
        };
        let email = match &l.rows {
            PageRows::Users(r) => r.get(i).map(|u| u.email.clone()),
            PageRows::NotProvisioned(r) => r.get(i).map(|u| u.email.clone()),
            PageRows::Devices(r) => r.get(i).map(|d| d.owner_email.clone()),
            PageRows::Numbers(r) => match r.get(i) {
                Some(n) if n.owner_kind.as_deref() == Some("user") => n.owner.clone(),
                Some(n) => {
                    let lines = vec![
                        format!("{} · {} · {} · {}", n.number, n.location, n.kind, n.state),
                        match &n.owner {
                            Some(o) => format!("Assigned to {o} ({}).", n.owner_kind.as_deref().unwrap_or("service")),
                            None => "Unassigned: it can be given to a user of this location.".into(),
                        },
                        match (&n.operator, n.webex_mobile) {
                            (Some(op), true) => format!("Webex Mobile number from {op}."),
                            (Some(op), false) => format!("Mobile operator {op}."),
                            _ => String::new(),
                        },
                    ];
                    let title = format!("Number {}", n.number);
                    self.overlays.push(Overlay::Notice { title, lines, error: false });
                    return Vec::new();
                }
                None => None,
            },
            PageRows::Bw(r) => {
                if let Some(s) = r.get(i) {
                    let lines = vec![
                        format!("{} {} <{}>", s.first_name, s.last_name, s.email.as_deref().unwrap_or("no email yet")),
                        format!("BroadWorks id: {}", s.broadworks_user_id),
                        format!("Provisioning id: {} · enterprise {}", s.provisioning_id, s.sp_enterprise_id),
                        format!(
                            "Number: {} · extension {}",
                            s.primary_number.as_deref().unwrap_or("-"),
                            s.extension.as_deref().unwrap_or("-")
                        ),
                        format!("Package: {} · template {}", s.package.as_str(), s.template.as_deref().unwrap_or("-")),
                        format!(
                            "Status: {} since {}{}",
                            s.status.as_str(),
                            s.last_status_change.format("%Y-%m-%d %H:%M UTC"),
                            if s.self_activated { " · self-activated" } else { "" }
                        ),
                        match (&s.error_code, &s.error_description) {
                            (None, None) => "No error.".into(),
                            (c, d) => format!(
                                "Error {}: {}",
                                c.as_deref().unwrap_or("-"),
                                d.as_deref().unwrap_or("(no description)")
                            ),
                        },
                    ];
                    let title = format!("BroadWorks subscriber {}", s.broadworks_user_id);
                    self.overlays.push(Overlay::Notice { title, lines, error: false });
                }
                return Vec::new();
            }
        };
        let Some(email) = email else {
            self.info("nothing selected");
            return Vec::new();
        };
        self.detail =
            Some(Detail { email: email.clone(), data: None, error: None, scroll: 0, calls: None, go_only: false });
        vec![Request::UserDetail(email.clone()), Request::Calls { email, webex_go: false }]
    }

    // ------------------------------------------------------------------ Webex Go actions

    fn selected_user(&self) -> Option<(String, String)> {
        if let Some(d) = &self.detail {
            let name = d.data.as_ref().map(|x| x.user.display_name.clone()).unwrap_or_else(|| d.email.clone());
            return Some((d.email.clone(), name));
        }
        self.selected_user_row().map(|(email, name, _)| (email, name))
    }

    fn target(&self, ctx: Context) -> Result<Target, String> {
        match ctx {
            Context::Detail => {
                let d = self.detail.as_ref().ok_or("no user is open")?;
                let data = d.data.as_ref().ok_or("still loading the user; try again in a moment")?;
                let dev = data.device.as_ref().ok_or_else(|| {
                    format!(
                        "{} has no Webex Go device; press {} to add one",
                        data.user.email,
                        self.keymap.label(ActionId::AddDevice)
                    )
                })?;
                Ok(Target {
                    device_id: dev.device_id.clone(),
                    owner_email: dev.owner_email.clone(),
                    owner_name: dev.owner_name.clone(),
                    status: Some(dev.status),
                    subscription: Some(dev.subscription_id.clone()),
                })
            }
            Context::Users => {
                let l = self.list(Pane::Users);
                let PageRows::Users(rows) = &l.rows else { return Err("nothing selected".into()) };
                let u = l.local(l.selected).and_then(|i| rows.get(i)).ok_or("nothing selected")?;
                let dev = u.device_id.clone().ok_or_else(|| {
                    format!(
                        "{} has no Webex Go device; press {} to add one",
                        u.email,
                        self.keymap.label(ActionId::AddDevice)
                    )
                })?;
                Ok(Target {
                    device_id: dev,
                    owner_email: u.email.clone(),
                    owner_name: u.display_name.clone(),
                    status: u.device_status,
                    subscription: None,
                })
            }
            Context::Devices => {
                let l = self.list(Pane::Devices);
                let PageRows::Devices(rows) = &l.rows else { return Err("nothing selected".into()) };
                let d = l.local(l.selected).and_then(|i| rows.get(i)).ok_or("nothing selected")?;
                Ok(Target {
                    device_id: d.device_id.clone(),
                    owner_email: d.owner_email.clone(),
                    owner_name: d.owner_name.clone(),
                    status: Some(d.status),
                    subscription: Some(d.subscription_id.clone()),
                })
            }
            _ => Err("select a user or a device first".into()),
        }
    }

    fn device_action(&mut self, id: ActionId, ctx: Context) -> Vec<Request> {
        let t = match self.target(ctx) {
            Ok(t) => t,
            Err(e) => {
                self.info(e);
                return Vec::new();
            }
        };
        let mutation = match id {
            ActionId::NewCode => Mutation::NewCode(t.device_id.clone()),
            ActionId::LostStolen => Mutation::LostStolen(t.device_id.clone()),
            _ => Mutation::Delete(t.device_id.clone()),
        };
        let a = action(id);
        if self.read_only || !a.confirm {
            // Read-only: the service refuses at once, so there is nothing to confirm.
            return vec![Request::Act { mutation, confirmed: !self.read_only }];
        }
        let status = t.status.map(|s| format!(", {}", s.label())).unwrap_or_default();
        let who = format!("{} <{}>", t.owner_name, t.owner_email);
        let email_line = match &self.org {
            Some(o) if o.suppress_emails => format!("{} suppresses emails: you copy or print the new code.", o.name),
            _ => format!("The new code is emailed to {} and shown here once.", t.owner_email),
        };
        let (title, lines) = match id {
            ActionId::NewCode => (
                format!("New activation code for {}?", t.device_id),
                vec![
                    format!("Device {} of {who}{status}.", t.device_id),
                    "• A new activation code is issued (only while Activation pending).".into(),
                    "• Every code issued before it stops working at once (WG05).".into(),
                    format!("• {email_line}"),
                ],
            ),
            ActionId::LostStolen => (
                format!("Lost or stolen: {}?", t.device_id),
                vec![
                    format!("Device {} of {who}{status}.", t.device_id),
                    "• The business line on the lost phone is deactivated at once and for good: its code and eSIM profile can never be used again.".into(),
                    "• The device goes back to Activation pending with a new activation code for the replacement phone (WG08).".into(),
                    format!("• {email_line}"),
                ],
            ),
            _ => (
                format!("Delete {}?", t.device_id),
                vec![
                    format!("Device {} of {who}{status}.", t.device_id),
                    format!(
                        "• The Webex Go device is removed and its licence goes back to the pool of {} (WG09).",
                        t.subscription.as_deref().unwrap_or("its subscription")
                    ),
                    format!("• {} can no longer place or answer business calls from the phone's dialer.", t.owner_name),
                    format!("• {} must delete the deactivated line on the phone by hand; you will be shown how.", t.owner_name),
                ],
            ),
        };
        self.overlays.push(Overlay::Confirm(Confirm { title, lines, mutation }));
        Vec::new()
    }

    fn add_device(&mut self, ctx: Context) -> Vec<Request> {
        match ctx {
            Context::Devices => {
                // WG14: from the device list, search for an existing user first.
                let seq = self.next_seq();
                self.overlays.push(Overlay::Choice(Choice {
                    purpose: ChoicePurpose::User,
                    title: "Add Webex Go device: existing user".into(),
                    prompt: "Search users by name, email or location".into(),
                    items: Vec::new(),
                    selected: 0,
                    query: String::new(),
                    seq,
                }));
                vec![Request::SearchUsers { text: String::new(), seq }]
            }
            _ => match self.selected_user() {
                Some((email, _)) => self.start_add(email),
                None => {
                    self.info("select a user first");
                    Vec::new()
                }
            },
        }
    }

    fn start_add(&mut self, email: String) -> Vec<Request> {
        if self.read_only {
            // The service refuses at once; no point asking for choices first.
            let mutation = Mutation::AddDevice(AddDevice { user_email: email, ..AddDevice::default() });
            return vec![Request::Act { mutation, confirmed: false }];
        }
        self.info(format!("checking {email}…"));
        self.add_flow = Some(AddFlow { email: email.clone(), choices: None, subscription: None, number: None });
        vec![Request::AddChoices(email)]
    }

    /// Asks for what the rules need (WG02 subscription, WG03 number), then adds the device.
    fn next_add_step(&mut self) -> Vec<Request> {
        let Some(flow) = self.add_flow.as_ref() else { return Vec::new() };
        let Some(choices) = flow.choices.as_ref() else { return Vec::new() };
        if choices.must_choose_subscription && flow.subscription.is_none() {
            let choice =
                subscription_choice(&choices.subscriptions, &choices.user.display_name, ChoicePurpose::Subscription);
            self.overlays.push(choice);
            return Vec::new();
        }
        if choices.must_choose_number && flow.number.is_none() && !choices.free_numbers.is_empty() {
            let items = choices
                .free_numbers
                .iter()
                .map(|n| ChoiceItem {
                    label: format!("{} · {} · {}", n.number, n.location, n.kind),
                    value: n.number.clone(),
                })
                .collect();
            let title = format!("Number for {} (WG03)", choices.user.display_name);
            self.overlays.push(Overlay::Choice(Choice {
                purpose: ChoicePurpose::Number,
                title,
                prompt: format!(
                    "{} has no primary number: pick an unassigned number of {}",
                    choices.user.display_name,
                    choices.user.location.as_deref().unwrap_or("the location")
                ),
                items,
                selected: 0,
                query: String::new(),
                seq: 0,
            }));
            return Vec::new();
        }
        let Some(flow) = self.add_flow.take() else { return Vec::new() };
        self.info(format!("adding a Webex Go device for {}…", flow.email));
        let req =
            AddDevice { user_email: flow.email, subscription: flow.subscription, number: flow.number, no_email: false };
        vec![Request::Act { mutation: Mutation::AddDevice(req), confirmed: true }]
    }

    fn key_confirm(&mut self, key: Key) -> Vec<Request> {
        match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') => {
                if let Some(Overlay::Confirm(c)) = self.overlays.pop() {
                    self.info("working…");
                    return vec![Request::Act { mutation: c.mutation, confirmed: true }];
                }
                Vec::new()
            }
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc | KeyCode::Char('q') => {
                self.overlays.pop();
                self.info("cancelled; nothing changed");
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    fn key_choice(&mut self, key: Key) -> Vec<Request> {
        let Some(Overlay::Choice(c)) = self.overlays.last_mut() else { return Vec::new() };
        match key.code {
            KeyCode::Esc => {
                self.overlays.pop();
                self.add_flow = None;
                self.assign_flow = None;
                self.manual = None;
                self.info("cancelled; nothing changed");
                Vec::new()
            }
            KeyCode::Up => {
                c.selected = c.selected.saturating_sub(1);
                Vec::new()
            }
            KeyCode::Down => {
                c.selected = (c.selected + 1).min(c.items.len().saturating_sub(1));
                Vec::new()
            }
            KeyCode::Char('k') if c.purpose != ChoicePurpose::User => {
                c.selected = c.selected.saturating_sub(1);
                Vec::new()
            }
            KeyCode::Char('j') if c.purpose != ChoicePurpose::User => {
                c.selected = (c.selected + 1).min(c.items.len().saturating_sub(1));
                Vec::new()
            }
            KeyCode::Enter => {
                let Some(item) = c.items.get(c.selected).cloned() else { return Vec::new() };
                let purpose = c.purpose;
                self.overlays.pop();
                match purpose {
                    ChoicePurpose::User => self.start_add(item.value),
                    p @ (ChoicePurpose::ReapplyTemplate | ChoicePurpose::AssignTemplate) => {
                        self.template_picked(p, item.value)
                    }
                    ChoicePurpose::Subscription => {
                        if let Some(f) = self.add_flow.as_mut() {
                            f.subscription = Some(item.value);
                        }
                        self.next_add_step()
                    }
                    ChoicePurpose::Number => {
                        if let Some(f) = self.add_flow.as_mut() {
                            f.number = Some(item.value);
                        }
                        self.next_add_step()
                    }
                    other => self.picked(other, item.value),
                }
            }
            KeyCode::Backspace if c.purpose == ChoicePurpose::User => {
                c.query.pop();
                self.search_again()
            }
            KeyCode::Char(ch)
                if c.purpose == ChoicePurpose::User
                    && !key.mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
            {
                c.query.push(ch);
                self.search_again()
            }
            _ => Vec::new(),
        }
    }

    fn search_again(&mut self) -> Vec<Request> {
        let seq = self.next_seq();
        let Some(Overlay::Choice(c)) = self.overlays.last_mut() else { return Vec::new() };
        c.seq = seq;
        c.selected = 0;
        vec![Request::SearchUsers { text: c.query.clone(), seq }]
    }

    fn key_help(&mut self, key: Key) -> Vec<Request> {
        let page = list_height(self.height) as i64;
        let delta = match self.keymap.action_for(key) {
            Some(ActionId::Down) => 1,
            Some(ActionId::Up) => -1,
            Some(ActionId::PageDown) => page,
            Some(ActionId::PageUp) => -page,
            Some(ActionId::Top) => -10_000,
            Some(ActionId::Bottom) => 10_000,
            Some(ActionId::Back | ActionId::Help | ActionId::Quit) => {
                self.overlays.pop();
                return Vec::new();
            }
            _ => 0,
        };
        let max = self.help_scroll_max();
        if let Some(Overlay::Help { scroll, .. }) = self.overlays.last_mut() {
            *scroll = (*scroll as i64 + delta).clamp(0, max) as u16;
        }
        Vec::new()
    }

    /// How far the help overlay scrolls at this size: its lines less the rows that show them.
    fn help_scroll_max(&self) -> i64 {
        let (w, h) = super::draw::help_body_size(self.width, self.height);
        (super::draw::help_lines(self, w).len() as i64 - h as i64).max(0)
    }

    /// The palette's entries for its context, best match first.
    pub fn palette_matches(&self, p: &Palette) -> Vec<&'static Action> {
        let candidates: Vec<&'static Action> =
            ACTIONS.iter().filter(|a| a.scope.contains(p.context) && a.id != ActionId::Palette).collect();
        if p.query.trim().is_empty() {
            return candidates;
        }
        let mut matcher = Matcher::new(MatchConfig::DEFAULT);
        let pattern = Pattern::parse(&p.query, CaseMatching::Ignore, Normalization::Smart);
        let haystacks: Vec<String> =
            candidates.iter().map(|a| format!("{} {} {}", a.name.replace('_', " "), a.hint, a.description)).collect();
        let mut scored: Vec<(usize, u32)> = pattern
            .match_list(haystacks.iter().enumerate().map(|(i, h)| Indexed(i, h.as_str())), &mut matcher)
            .into_iter()
            .map(|(ix, score)| (ix.0, score))
            .collect();
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().filter_map(|(i, _)| candidates.get(i).copied()).collect()
    }

    fn key_palette(&mut self, key: Key) -> Vec<Request> {
        let Some(Overlay::Palette(p)) = self.overlays.last_mut() else { return Vec::new() };
        match key.code {
            KeyCode::Esc => {
                self.overlays.pop();
            }
            KeyCode::Up => p.selected = p.selected.saturating_sub(1),
            KeyCode::Down => p.selected += 1,
            KeyCode::Backspace => {
                p.query.pop();
                p.selected = 0;
            }
            KeyCode::Char(ch) if !key.mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => {
                p.query.push(ch);
                p.selected = 0;
            }
            KeyCode::Enter => {
                let p = p.clone();
                let matches = self.palette_matches(&p);
                self.overlays.pop();
                if let Some(a) = matches.get(p.selected.min(matches.len().saturating_sub(1))) {
                    return self.run_action(a.id, p.context);
                }
                self.info(format!("no action matches \"{}\"", p.query));
            }
            _ => {}
        }
        if let Some(Overlay::Palette(p)) = self.overlays.last() {
            let n = self.palette_matches(p).len();
            if let Some(Overlay::Palette(p)) = self.overlays.last_mut() {
                p.selected = p.selected.min(n.saturating_sub(1));
            }
        }
        Vec::new()
    }
}

/// An item for the matcher that remembers where it came from.
struct Indexed<'a>(usize, &'a str);

impl AsRef<str> for Indexed<'_> {
    fn as_ref(&self) -> &str {
        self.1
    }
}

pub fn pane_context(p: Pane) -> Context {
    match p {
        Pane::Users => Context::Users,
        Pane::Devices => Context::Devices,
        Pane::Numbers => Context::Numbers,
        Pane::Bw => Context::Bw,
    }
}
