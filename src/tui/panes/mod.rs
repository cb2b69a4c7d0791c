//! The four panes and the user details. A pane's list holds only the window of rows around
//! the selection, never the whole table; this file loads, moves and filters it, and draws the
//! table that each pane's file fills with its columns and cells.

pub mod broadworks;
pub mod detail;
pub mod devices;
pub mod numbers;
pub mod users;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::actions::{ActionId, Context};
use super::app::App;
use super::jobs::{self, Jobs};
use super::keymap::Key;
use super::layout::{list_height, BW_HEADER_ROWS};
use super::present::{column_titles, fit, mark_selected, pick_wanting, put_line, sort_word, status_label, Col};
use super::text::edit;
use super::theme::Theme;
use super::worker::Slot;
use crate::domain::search::DeviceSort;
use crate::domain::{DeviceStatus, Result};
use crate::i18n::Tr;
use crate::service::{BwSubscriberRow, DeviceRow, NotProvisionedRow, NumberRow, Service, UserRow};

/// The four panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Users,
    Devices,
    Numbers,
    Bw,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Users, Pane::Devices, Pane::Numbers, Pane::Bw];

    pub fn index(self) -> usize {
        match self {
            Pane::Users => 0,
            Pane::Devices => 1,
            Pane::Numbers => 2,
            Pane::Bw => 3,
        }
    }

    /// The message of what an empty list says ("no users here").
    pub fn empty_id(self) -> &'static str {
        match self {
            Pane::Users => "empty-users",
            Pane::Devices => "empty-devices",
            Pane::Numbers => "empty-numbers",
            Pane::Bw => "empty-broadworks",
        }
    }
}

/// One window of one pane: what to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadKey {
    pub pane: Pane,
    pub filter: String,
    /// Mobile only (Numbers) or exclude provisioned (BroadWorks).
    pub toggle: bool,
    /// The Devices pane's status filter and order.
    pub devices: DeviceView,
    pub offset: usize,
    pub limit: usize,
}

/// Which devices the Devices pane shows, in which order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeviceView {
    pub status: Option<DeviceStatus>,
    pub sort: DeviceSort,
}

#[derive(Debug, Clone)]
pub enum PageRows {
    Users(Vec<UserRow>),
    Devices(Vec<DeviceRow>),
    Numbers(Vec<NumberRow>),
    Bw(Vec<BwSubscriberRow>),
    /// The Users pane's "not provisioned" view: each user with the reason and the fix (AL04).
    NotProvisioned(Vec<NotProvisionedRow>),
}

impl PageRows {
    pub fn empty(pane: Pane) -> Self {
        match pane {
            Pane::Users => PageRows::Users(Vec::new()),
            Pane::Devices => PageRows::Devices(Vec::new()),
            Pane::Numbers => PageRows::Numbers(Vec::new()),
            Pane::Bw => PageRows::Bw(Vec::new()),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            PageRows::Users(r) => r.len(),
            PageRows::Devices(r) => r.len(),
            PageRows::Numbers(r) => r.len(),
            PageRows::Bw(r) => r.len(),
            PageRows::NotProvisioned(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Rows of one pane's list: the BroadWorks pane gives three to its header.
pub fn pane_list_height(pane: Pane, height: u16) -> usize {
    match pane {
        Pane::Bw => list_height(height).saturating_sub(BW_HEADER_ROWS as usize).max(1),
        _ => list_height(height),
    }
}

/// The rows of one window of a pane, and how many match in all.
fn load(svc: &Service, key: &LoadKey) -> Result<(usize, PageRows)> {
    let f = key.filter.as_str();
    Ok(match key.pane {
        Pane::Users if key.toggle => (
            svc.licences().not_provisioned_count(f)?,
            PageRows::NotProvisioned(svc.licences().not_provisioned(f, key.offset, key.limit)?),
        ),
        Pane::Users => (svc.people().count(f)?, PageRows::Users(svc.people().list(f, key.offset, key.limit)?)),
        Pane::Devices => {
            let DeviceView { status, sort } = key.devices;
            (
                svc.devices().count_sorted(status, sort, f)?,
                PageRows::Devices(svc.devices().list_sorted(status, sort, f, key.offset, key.limit)?),
            )
        }
        Pane::Numbers => (
            svc.numbers().count(key.toggle, f)?,
            PageRows::Numbers(svc.numbers().list(key.toggle, f, key.offset, key.limit)?),
        ),
        Pane::Bw => (
            svc.broadworks().count(key.toggle, f)?,
            PageRows::Bw(svc.broadworks().list(key.toggle, f, key.offset, key.limit)?),
        ),
    })
}

impl Pane {
    /// The id of its title among the language's messages.
    pub fn message_id(self) -> &'static str {
        match self {
            Pane::Users => "pane-users",
            Pane::Devices => "pane-devices",
            Pane::Numbers => "pane-numbers",
            Pane::Bw => "pane-broadworks",
        }
    }

    pub fn context(self) -> Context {
        match self {
            Pane::Users => Context::Users,
            Pane::Devices => Context::Devices,
            Pane::Numbers => Context::Numbers,
            Pane::Bw => Context::Bw,
        }
    }

    pub fn next(self) -> Pane {
        Pane::ALL[(self.index() + 1) % 4]
    }

    pub fn previous(self) -> Pane {
        Pane::ALL[(self.index() + 3) % 4]
    }

    fn columns(self) -> &'static [Col] {
        match self {
            Pane::Users => &users::COLUMNS,
            Pane::Devices => &devices::COLUMNS,
            Pane::Numbers => &numbers::COLUMNS,
            Pane::Bw => &broadworks::COLUMNS,
        }
    }
}

/// One pane's list: the window of rows loaded around the selection.
#[derive(Debug, Clone)]
pub struct PaneList {
    pub pane: Pane,
    pub filter: String,
    /// The pane's toggle (see `App::toggle`).
    pub toggle: bool,
    /// The Devices pane's status filter and order.
    pub devices: DeviceView,
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
    pub fn new(pane: Pane) -> Self {
        PaneList {
            pane,
            filter: String::new(),
            toggle: false,
            devices: DeviceView::default(),
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

    /// Index into `rows` of the selected row, if it is loaded.
    pub fn current(&self) -> Option<usize> {
        self.local(self.selected)
    }

    fn covers(&self, start: usize, end: usize) -> bool {
        let have_end = self.rows_offset + self.rows.len();
        self.rows_offset <= start && (end <= have_end || have_end >= self.total)
    }
}

impl App {
    pub fn list(&self, pane: Pane) -> &PaneList {
        &self.lists[pane.index()]
    }

    pub(crate) fn list_mut(&mut self, pane: Pane) -> &mut PaneList {
        &mut self.lists[pane.index()]
    }

    /// The pane's toggle: only users not provisioned (AL04), only mobile numbers (MO04),
    /// exclude provisioned subscribers (BW05).
    pub fn toggle(&self, pane: Pane) -> bool {
        self.list(pane).toggle
    }

    /// Flips the pane's toggle; whether it is on now.
    pub(crate) fn flip(&mut self, pane: Pane) -> bool {
        let l = self.list_mut(pane);
        l.toggle = !l.toggle;
        l.toggle
    }

    /// Items the pane shows at once: a user of the not-provisioned view takes several rows.
    pub fn rows_shown(&self, pane: Pane) -> usize {
        match pane {
            Pane::Users if self.toggle(Pane::Users) => users::not_provisioned_shown(self.view_height()),
            _ => pane_list_height(pane, self.view_height()),
        }
    }

    /// After the rows shown changed (a long message came or went): the selection stays on
    /// screen. The window loaded around it already holds the rows.
    pub(crate) fn keep_selection_in_sight(&mut self) {
        let h = self.rows_shown(self.pane);
        let l = self.list_mut(self.pane);
        if l.selected >= l.top + h {
            l.top = l.selected + 1 - h;
        }
    }

    /// Scrolls so the selection is visible and asks for the rows of the visible window when
    /// they are not loaded (with a page above and below, so small moves need no query).
    pub(crate) fn ensure_loaded(&mut self, pane: Pane) -> Jobs {
        let mut out = self.ensure_rows(pane);
        if pane == self.pane {
            out.extend(self.ensure_extras());
        }
        out
    }

    /// The operator accounts with the Numbers pane, the group counts and templates with the
    /// BroadWorks pane.
    pub(crate) fn ensure_extras(&mut self) -> Jobs {
        match self.pane {
            Pane::Numbers => self.accounts.wanted(),
            Pane::Bw => self.bw.wanted(),
            Pane::Users | Pane::Devices => Vec::new(),
        }
    }

    fn ensure_rows(&mut self, pane: Pane) -> Jobs {
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
        let key = LoadKey {
            pane,
            filter: l.filter.clone(),
            toggle,
            devices: l.devices,
            offset: l.top.saturating_sub(h),
            limit: 3 * h,
        };
        if l.requested.as_ref() == Some(&key) {
            return Vec::new();
        }
        l.requested = Some(key.clone());
        // While `j` is held, only the last window of the pane is read.
        let asked = key.clone();
        vec![jobs::ask_latest(
            Slot("pane", pane.index()),
            move |svc| load(svc, &asked),
            move |app, result| app.page_loaded(key, result),
        )]
    }

    /// Everything shown is read again (the database changed).
    pub(crate) fn reload_all(&mut self) -> Jobs {
        for l in &mut self.lists {
            l.stale = true;
            l.requested = None;
        }
        self.accounts.outdated();
        self.bw.outdated();
        let mut out = self.ensure_loaded(self.pane);
        out.extend(self.reload_detail());
        out
    }

    pub(crate) fn page_loaded(&mut self, key: LoadKey, result: Result<(usize, PageRows)>) -> Jobs {
        let toggle = self.toggle(key.pane);
        let l = self.list_mut(key.pane);
        if key.filter != l.filter || key.toggle != toggle || key.devices != l.devices {
            return Vec::new(); // a newer window is on its way
        }
        if l.requested.as_ref() == Some(&key) {
            l.requested = None;
        }
        l.loaded = true;
        l.stale = false;
        match result {
            Ok((total, rows)) => {
                l.total = total;
                l.rows_offset = key.offset;
                l.rows = rows;
                l.error = None;
            }
            Err(e) => l.error = Some(e.to_string()),
        }
        if key.pane == self.pane {
            self.ensure_loaded(key.pane)
        } else {
            Vec::new()
        }
    }

    pub(crate) fn move_in_pane(&mut self, delta: i64) -> Jobs {
        if self.pane == Pane::Numbers && self.numbers_view == NumbersView::Accounts {
            self.accounts.move_by(delta);
            return Vec::new();
        }
        let l = self.list_mut(self.pane);
        let last = l.total.saturating_sub(1) as i64;
        l.selected = (l.selected as i64).saturating_add(delta).clamp(0, last.max(0)) as usize;
        self.ensure_loaded(self.pane)
    }

    pub(crate) fn switch(&mut self, pane: Pane) -> Jobs {
        self.detail = None;
        self.pane = pane;
        self.ensure_loaded(pane)
    }

    /// Starts a pane's list again from the top (new filter or toggle).
    pub(crate) fn restart(&mut self, pane: Pane) -> Jobs {
        let l = self.list_mut(pane);
        l.selected = 0;
        l.top = 0;
        l.stale = true;
        l.requested = None;
        if pane == self.pane {
            self.ensure_loaded(pane)
        } else {
            Vec::new()
        }
    }

    // ------------------------------------------------------------------ the filter

    /// `/`: the pane's filter.
    pub(crate) fn start_filter(&mut self) -> Jobs {
        self.filter_edit = Some(self.list(self.pane).filter.clone());
        Vec::new()
    }

    pub(crate) fn type_filter(&mut self, key: Key) -> Jobs {
        let pane = self.pane;
        if edit(&mut self.list_mut(pane).filter, key, usize::MAX) {
            return self.restart(pane);
        }
        Vec::new()
    }

    pub(crate) fn keep_filter(&mut self) -> Jobs {
        self.filter_edit = None;
        let l = self.list(self.pane);
        let text = if l.filter.is_empty() {
            self.tr.t("say-no-filter")
        } else {
            self.tr.t_with("say-filter-rows", &[("filter", l.filter.as_str().into()), ("n", l.total.into())])
        };
        self.info(text);
        Vec::new()
    }

    pub(crate) fn cancel_filter(&mut self) -> Jobs {
        let before = self.filter_edit.take().unwrap_or_default();
        let pane = self.pane;
        self.list_mut(pane).filter = before;
        self.restart(pane)
    }

    pub(crate) fn clear_filter(&mut self) -> Jobs {
        if self.list(self.pane).filter.is_empty() {
            self.message = None;
            return Vec::new();
        }
        let pane = self.pane;
        self.list_mut(pane).filter.clear();
        self.info(self.tr.t("say-filter-cleared"));
        self.restart(pane)
    }

    /// Enter on a row: the user's details, or a notice about a number or a subscriber.
    pub(crate) fn open_details(&mut self) -> Jobs {
        if self.pane == Pane::Numbers && self.numbers_view == NumbersView::Accounts {
            return self.account_details();
        }
        let l = self.list(self.pane);
        let Some(i) = l.current() else {
            self.info(self.tr.t("say-nothing-selected"));
            return Vec::new();
        };
        let email = match &l.rows {
            PageRows::Users(r) => r.get(i).map(|u| u.email.clone()),
            PageRows::NotProvisioned(r) => r.get(i).map(|u| u.email.clone()),
            PageRows::Devices(r) => r.get(i).map(|d| d.owner_email.clone()),
            PageRows::Numbers(r) => match r.get(i) {
                Some(n) if n.owner_kind.as_deref() == Some("user") => n.owner.clone(),
                Some(n) => {
                    let (title, lines) = numbers::notice(&self.tr, n);
                    self.notice_of_row(title, lines);
                    return Vec::new();
                }
                None => None,
            },
            PageRows::Bw(r) => {
                if let Some((title, lines)) = r.get(i).map(|s| broadworks::notice(&self.tr, s)) {
                    self.notice_of_row(title, lines);
                }
                return Vec::new();
            }
        };
        match email {
            Some(email) => self.open_user(email),
            None => {
                self.info(self.tr.t("say-nothing-selected"));
                Vec::new()
            }
        }
    }
}

use numbers::NumbersView;

// ---------------------------------------------------------------------- drawing

/// The pane's title line: what is shown, the filter, and the pane's toggle.
fn title(app: &App, l: &PaneList) -> Line<'static> {
    let t = app.theme;
    let tr = &app.tr;
    let mut spans = vec![Span::styled(tr.t(l.pane.message_id()), t.heading())];
    if l.loaded {
        let h = app.rows_shown(l.pane);
        let shown = if l.total == 0 {
            tr.t("title-none")
        } else {
            let from = (l.top + 1).to_string();
            let to = (l.top + h).min(l.total).to_string();
            tr.t_with(
                "title-rows",
                &[("from", from.as_str().into()), ("to", to.as_str().into()), ("n", l.total.into())],
            )
        };
        spans.push(Span::raw(format!("  {shown}")));
    } else {
        spans.push(Span::styled(format!("  {}", tr.t("loading")), t.dim()));
    }
    if app.filter_edit.is_some() {
        spans.push(Span::styled(format!("  {} ", tr.t("title-filter")), t.key()));
        spans.push(Span::styled(format!("{}▏", &l.filter), Style::new().add_modifier(Modifier::UNDERLINED)));
        spans.push(Span::styled(format!("  {}", tr.t("title-filter-keys")), t.dim()));
    } else if !l.filter.is_empty() {
        spans.push(Span::styled(format!("  {} \"{}\"", tr.t("title-filter"), &l.filter), t.key()));
        spans.push(Span::styled(format!("  {}", tr.t("title-filter-clears")), t.dim()));
    }
    let on = |b: bool| tr.t(if b { "title-on" } else { "title-off" });
    let k = |id| app.keymap.label_in(l.pane.context(), id);
    let toggle = |id, what: &str, b: bool| format!("  [{}] {}: {}", k(id), tr.t(what), on(b));
    match l.pane {
        Pane::Numbers => {
            spans.push(Span::raw(toggle(ActionId::ToggleMobileOnly, "title-mobile-only", l.toggle)));
            spans.push(Span::raw(format!("  [{}] {}", k(ActionId::OperatorAccounts), tr.t("title-accounts"))));
        }
        Pane::Users => spans.push(Span::raw(toggle(ActionId::ToggleNotProvisioned, "title-not-provisioned", l.toggle))),
        Pane::Bw => {
            spans.push(Span::raw(toggle(ActionId::ToggleExcludeProvisioned, "title-exclude-provisioned", l.toggle)))
        }
        // Shown once changed, so the usual title stays as it was.
        Pane::Devices => {
            if let Some(status) = l.devices.status {
                let only = tr.t_with("title-only", &[("status", status_label(tr, status).as_str().into())]);
                spans.push(Span::raw(format!("  [{}] {only}", k(ActionId::DeviceStatusFilter))));
            }
            if l.devices.sort != DeviceSort::Added {
                spans.push(Span::raw(format!("  [{}] {}", k(ActionId::SortDevices), sort_word(tr, l.devices.sort))));
            }
        }
    }
    Line::from(spans)
}

/// The focused pane: its title, then its own view or the table of its rows.
pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    if app.pane == Pane::Numbers && app.numbers_view == NumbersView::Accounts {
        numbers::draw_accounts(app, area, buf);
        return;
    }
    let l = app.list(app.pane);
    put_line(buf, area.x, area.y, &title(app, l), area.width);
    let below = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    if let PageRows::NotProvisioned(rows) = &l.rows {
        if app.pane == Pane::Users && l.toggle {
            users::draw_not_provisioned(app, l, rows, below, buf);
            return;
        }
    }
    // The BroadWorks pane's header: counts per group and the templates warning (BW01).
    let area = if app.pane == Pane::Bw {
        broadworks::draw_header(app, Rect { height: BW_HEADER_ROWS.min(below.height), ..below }, buf);
        let skip = BW_HEADER_ROWS.min(area.height);
        Rect { y: area.y + skip, height: area.height - skip, ..area }
    } else {
        area
    };
    table(app, l, area, buf);
}

/// Shows a load error or an empty list; whether it did.
#[allow(clippy::too_many_arguments)]
pub(crate) fn empty_or_error(
    t: Theme,
    tr: &Tr,
    l: &PaneList,
    what: &str,
    x: u16,
    y: u16,
    area: Rect,
    buf: &mut Buffer,
) -> bool {
    if let Some(e) = &l.error {
        put_line(buf, area.x, y, &Line::styled(fit(e, area.width as usize), t.error()), area.width);
        return true;
    }
    if l.loaded && l.total == 0 {
        let what = if l.filter.is_empty() {
            what.to_string()
        } else {
            tr.t_with("empty-filter", &[("filter", l.filter.as_str().into())])
        };
        put_line(buf, x, y, &Line::styled(what, t.dim()), area.width.saturating_sub(x - area.x));
        return true;
    }
    false
}

/// A row's cell of column `c`, as the pane draws it.
fn cell_of(app: &App, l: &PaneList, local: usize, c: usize) -> Option<Line<'static>> {
    let t = app.theme;
    match &l.rows {
        PageRows::Users(rows) => rows.get(local).map(|u| users::cell(t, &app.tr, u, c)),
        PageRows::Devices(rows) => rows.get(local).map(|d| devices::cell(t, &app.tr, d, c)),
        PageRows::Numbers(rows) => rows.get(local).map(|n| numbers::cell(t, &app.tr, n, c)),
        PageRows::Bw(rows) => rows.get(local).map(|s| broadworks::cell(t, &app.tr, s, c)),
        PageRows::NotProvisioned(_) => None,
    }
}

/// Each column's widest cell among the rows on screen (and its title): what it needs to be
/// shown whole.
fn wanted(app: &App, l: &PaneList, height: u16) -> Vec<u16> {
    let cols = l.pane.columns();
    let h = height.saturating_sub(2) as usize;
    (0..cols.len())
        .map(|c| {
            let title = Span::raw(app.tr.t(cols[c].title)).width() as u16;
            (l.top..l.top + h)
                .filter_map(|i| l.local(i))
                .filter_map(|local| cell_of(app, l, local, c))
                .map(|line| line.width() as u16)
                .fold(title, u16::max)
        })
        .collect()
}

fn table(app: &App, l: &PaneList, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let cols = l.pane.columns();
    let marker = 2u16;
    let chosen = pick_wanting(cols, area.width.saturating_sub(marker), &wanted(app, l, area.height));
    column_titles(&app.tr, cols, &chosen, area.x + marker, area.y + 1, buf, t);
    let list_top = area.y + 2;
    let h = (area.height.saturating_sub(2)) as usize;
    let empty = app.tr.t(l.pane.empty_id());
    if empty_or_error(t, &app.tr, l, &empty, area.x + marker, list_top, area, buf) {
        return;
    }
    for r in 0..h {
        let i = l.top + r;
        if l.loaded && i >= l.total {
            break;
        }
        let y = list_top + r as u16;
        let Some(local) = l.local(i) else {
            put_line(buf, area.x + marker, y, &Line::styled("…", t.dim()), area.width - marker);
            continue;
        };
        let mut x = area.x + marker;
        for (c, w) in &chosen {
            if let Some(line) = cell_of(app, l, local, *c) {
                let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                let style = line.spans.first().map(|s| s.style).unwrap_or_default().patch(line.style);
                buf.set_stringn(x, y, fit(&text, *w as usize), *w as usize, style);
            }
            x += w + 1;
        }
        if i == l.selected {
            mark_selected(area, y, buf, t);
        }
    }
}
