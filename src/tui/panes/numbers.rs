//! The Numbers pane: the number inventory (only mobile numbers when toggled, MO04), or the
//! operator accounts with their status and what to do (MO02).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Widget, Wrap};

use super::Pane;
use crate::domain::mobile::AuthStatus;
use crate::domain::Result;
use crate::i18n::Tr;
use crate::service::{NumberRow, OperatorAccountRow};
use crate::tui::actions::{ActionId, Context};
use crate::tui::app::App;
use crate::tui::jobs::{ask_latest, Jobs};
use crate::tui::popups::report::{ReportLine, Tone};
use crate::tui::present::{
    advice_said, auth_style, auth_symbol, auth_word, col, column_titles, fit, mark_selected, paragraph, pick, put_line,
    whole, Col,
};
use crate::tui::theme::Theme;
use crate::tui::worker::Slot;

pub const COLUMNS: [Col; 7] = [
    whole(col("col-number", 13, 0, false)),
    col("col-location", 9, 2, false),
    col("col-kind", 8, 3, false),
    col("col-state", 8, 4, false),
    col("col-owner", 16, 1, true),
    col("col-badge", 12, 1, false),
    col("col-operator", 12, 5, false),
];

pub fn cell(t: Theme, tr: &Tr, n: &NumberRow, c: usize) -> Line<'static> {
    match c {
        0 => Line::raw(n.number.clone()),
        1 => Line::raw(n.location.clone()),
        2 => Line::raw(n.kind.clone()),
        3 => Line::raw(n.state.clone()),
        4 => match &n.owner {
            Some(o) => Line::raw(if n.primary { format!("{o} ({})", tr.t("number-primary")) } else { o.clone() }),
            None => Line::styled(tr.t("number-unassigned"), t.dim()),
        },
        5 => {
            if n.webex_mobile {
                Line::styled("Webex Mobile", t.badge_mobile())
            } else {
                Line::raw("")
            }
        }
        _ => Line::raw(n.operator.clone().unwrap_or_default()),
    }
}

/// Enter on a number that no user holds: what it is and who has it.
pub fn notice(tr: &Tr, n: &NumberRow) -> (String, Vec<String>) {
    let lines = vec![
        format!("{} · {} · {} · {}", n.number, n.location, n.kind, n.state),
        match &n.owner {
            Some(o) => tr.t_with(
                "number-assigned-to",
                &[("owner", o.into()), ("kind", n.owner_kind.as_deref().unwrap_or("service").into())],
            ),
            None => tr.t("number-notice-unassigned"),
        },
        match (&n.operator, n.webex_mobile) {
            (Some(op), true) => tr.t_with("number-webex-mobile-from", &[("operator", op.into())]),
            (Some(op), false) => tr.t_with("number-mobile-operator", &[("operator", op.into())]),
            _ => String::new(),
        },
    ];
    (tr.t_with("number-title", &[("number", n.number.as_str().into())]), lines)
}

/// What the Numbers pane shows: the number inventory or the operator accounts (MO02).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumbersView {
    Numbers,
    Accounts,
}

/// The operator accounts: one per location at most a few, so all of them are loaded.
#[derive(Debug, Clone)]
pub struct Accounts {
    pub rows: Vec<OperatorAccountRow>,
    pub selected: usize,
    pub loaded: bool,
    pub error: Option<String>,
    stale: bool,
    requested: bool,
}

impl Default for Accounts {
    fn default() -> Self {
        Accounts { rows: Vec::new(), selected: 0, loaded: false, error: None, stale: true, requested: false }
    }
}

impl Accounts {
    pub fn current(&self) -> Option<&OperatorAccountRow> {
        self.rows.get(self.selected)
    }

    /// The request for the accounts, when they are out of date and not asked for yet.
    pub(crate) fn wanted(&mut self) -> Jobs {
        if self.stale && !self.requested {
            self.requested = true;
            return vec![ask_latest(
                Slot("operator accounts", 0),
                |svc| svc.operator_accounts().list(),
                |app, result| app.accounts_loaded(result),
            )];
        }
        Vec::new()
    }

    pub(crate) fn outdated(&mut self) {
        self.stale = true;
        self.requested = false;
    }

    pub(crate) fn move_by(&mut self, delta: i64) {
        let last = self.rows.len().saturating_sub(1) as i64;
        self.selected = (self.selected as i64).saturating_add(delta).clamp(0, last.max(0)) as usize;
    }
}

pub fn auth_tone(s: AuthStatus) -> Tone {
    match s {
        AuthStatus::Authorized => Tone::Good,
        AuthStatus::Pending => Tone::Plain,
        AuthStatus::Failed => Tone::Bad,
    }
}

impl App {
    pub(crate) fn toggle_mobile_only(&mut self) -> Jobs {
        let on = self.flip(Pane::Numbers);
        self.info(self.tr.t(if on { "say-showing-mobile-only" } else { "say-showing-every-number" }));
        self.restart(Pane::Numbers)
    }

    pub(crate) fn toggle_accounts(&mut self) -> Jobs {
        self.numbers_view = match self.numbers_view {
            NumbersView::Numbers => NumbersView::Accounts,
            NumbersView::Accounts => NumbersView::Numbers,
        };
        let said = match self.numbers_view {
            NumbersView::Accounts => {
                let key = self.keymap.label_in(Context::Numbers, ActionId::OperatorAccounts);
                self.tr.t_with("say-showing-accounts", &[("key", key.as_str().into())])
            }
            NumbersView::Numbers => self.tr.t("say-showing-inventory"),
        };
        self.info(said);
        self.ensure_loaded(Pane::Numbers)
    }

    pub(crate) fn accounts_loaded(&mut self, result: Result<Vec<OperatorAccountRow>>) -> Jobs {
        let a = &mut self.accounts;
        a.requested = false;
        a.stale = false;
        a.loaded = true;
        match result {
            Ok(rows) => {
                a.rows = rows;
                a.error = None;
                a.selected = a.selected.min(a.rows.len().saturating_sub(1));
            }
            Err(e) => a.error = Some(e.to_string()),
        }
        Vec::new()
    }

    pub(crate) fn account_details(&mut self) -> Jobs {
        let Some(a) = self.accounts.current().cloned() else {
            self.info(self.tr.t("say-no-account-yet"));
            return Vec::new();
        };
        let tr = &self.tr;
        let lines = vec![
            ReportLine::plain(tr.t_with(
                "account-location",
                &[
                    ("location", a.location.as_str().into()),
                    ("country", a.location_country.as_str().into()),
                    ("operator", a.operator.as_str().into()),
                ],
            )),
            ReportLine::plain(tr.t_with("account-id-fixed", &[("id", a.account_id.as_str().into())])),
            ReportLine::new(format!("{} {}", auth_symbol(a.status), auth_word(tr, a.status)), auth_tone(a.status)),
            ReportLine::plain(advice_said(tr, &a.advice)),
            ReportLine::plain(tr.t_with(
                "account-times",
                &[
                    ("requested", tr.datetime(a.requested_at).as_str().into()),
                    ("changed", tr.datetime(a.changed_at).as_str().into()),
                    ("n", a.numbers.into()),
                ],
            )),
        ];
        let title = tr.t_with("account-title", &[("id", a.account_id.as_str().into())]);
        self.report(title, lines);
        Vec::new()
    }
}

/// The Numbers pane's second view: every operator account with its status and what to do.
pub fn draw_accounts(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let a = &app.accounts;
    let tr = &app.tr;
    let k = |id| app.keymap.label_in(Context::Numbers, id);
    let title = Line::from(vec![
        Span::styled(tr.t("accounts-title"), t.heading()),
        Span::raw(format!("  {}", if a.loaded { a.rows.len().to_string() } else { tr.t("loading") })),
        Span::raw(format!(
            "  [{}] {}  [{}] {}  [{}] {}",
            k(ActionId::OperatorAccounts),
            tr.t("accounts-numbers"),
            k(ActionId::AddOperatorAccount),
            tr.t("accounts-add-account"),
            k(ActionId::AddMobileNumbers),
            tr.t("accounts-add-numbers")
        )),
    ]);
    put_line(buf, area.x, area.y, &title, area.width);
    const COLS: [Col; 6] = [
        col("col-location", 9, 1, false),
        col("col-operator", 11, 2, false),
        col("col-account-id", 14, 0, false),
        col("col-status", 12, 0, false),
        col("col-numbers", 7, 4, false),
        col("col-what-to-do", 12, 3, true),
    ];
    let marker = 2u16;
    let chosen = pick(&COLS, area.width.saturating_sub(marker));
    column_titles(tr, &COLS, &chosen, area.x + marker, area.y + 1, buf, t);
    let mut y = area.y + 2;
    let bottom = area.y + area.height;
    if let Some(e) = &a.error {
        put_line(buf, area.x, y, &Line::styled(fit(e, area.width as usize), t.error()), area.width);
        return;
    }
    if a.loaded && a.rows.is_empty() {
        let text = tr.t_with("accounts-empty", &[("key", k(ActionId::AddOperatorAccount).as_str().into())]);
        put_line(buf, area.x + marker, y, &Line::styled(text, t.dim()), area.width - marker);
        return;
    }
    // Few rows (one per location at most): the advice of the selected one is spelled out below.
    let room = bottom.saturating_sub(y).saturating_sub(4) as usize;
    let start = a.selected.saturating_sub(room.saturating_sub(1));
    for (n, row) in a.rows.iter().enumerate().skip(start).take(room.max(1)) {
        let mut x = area.x + marker;
        for (c, w) in &chosen {
            let (text, style) = match c {
                0 => (row.location.clone(), Style::new()),
                1 => (row.operator.clone(), Style::new()),
                2 => (row.account_id.clone(), Style::new()),
                3 => (format!("{} {}", auth_symbol(row.status), auth_word(tr, row.status)), auth_style(t, row.status)),
                4 => (row.numbers.to_string(), Style::new()),
                _ => (advice_said(tr, &row.advice), t.dim()),
            };
            buf.set_stringn(x, y, fit(&text, *w as usize), *w as usize, style);
            x += w + 1;
        }
        if n == a.selected {
            mark_selected(area, y, buf, t);
        }
        y += 1;
    }
    if let Some(row) = a.current() {
        y += 1;
        let rest = Rect { x: area.x, y, width: area.width, height: bottom.saturating_sub(y) };
        let text = vec![
            Line::from(vec![
                Span::styled(format!("{} · ", &row.account_id), t.title()),
                Span::styled(
                    format!("{} {}", auth_symbol(row.status), auth_word(tr, row.status)),
                    auth_style(t, row.status),
                ),
                Span::styled(format!(" · {}", tr.t("accounts-what-to-do")), t.dim()),
            ]),
            Line::raw(advice_said(tr, &row.advice)),
        ];
        paragraph(text).wrap(Wrap { trim: true }).render(rest, buf);
    }
}
