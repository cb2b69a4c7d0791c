//! Drawing: a pure function of the state. `draw(frame, &app)` reads, never changes, the app,
//! and builds rows only for the visible window.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};
use ratatui::Frame;

use super::actions::ActionId;
use super::actions::{Action, Context, ACTIONS};
use super::app::{
    App, ChoicePurpose, Form, FormKind, NumbersView, Overlay, PaneList, ReportLine, Tone, BW_HEADER_ROWS, MIN_HEIGHT,
    MIN_WIDTH,
};
use super::qr::QrGrid;
use super::theme::Theme;
use super::worker::{PageRows, Pane};
use crate::domain::bw::BwStatus;
use crate::domain::licence;
use crate::domain::mobile::{split_entry, AuthStatus, MAX_PER_ENTRY};
use crate::service::{BwSubscriberRow, DeviceRow, NumberRow, UserRow};

pub fn draw(frame: &mut Frame, app: &App) {
    let area = frame.area();
    render(app, area, frame.buffer_mut());
}

/// Renders the whole console into `buf` (what `draw` does, usable on any buffer).
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, area, buf);
        return;
    }
    let t = app.theme;
    let row = |y: u16| Rect { x: area.x, y: area.y + y, width: area.width, height: 1 };
    header(app, row(0), buf);
    tabs(app, row(1), buf);
    let body = Rect { x: area.x, y: area.y + 2, width: area.width, height: area.height - 4 };
    if app.detail.is_some() {
        detail(app, body, buf);
    } else {
        pane(app, body, buf);
    }
    status_line(app, row(area.height - 2), buf);
    hints(app, row(area.height - 1), buf);
    for o in &app.overlays {
        overlay(app, o, area, buf, t);
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    let text = vec![
        Line::from(Span::styled("Make the window larger", app.theme.title())),
        Line::from(format!("wxgo needs {MIN_WIDTH}x{MIN_HEIGHT}; this is {}x{}.", area.width, area.height)),
        Line::from("q quits."),
    ];
    let h = (text.len() as u16).min(area.height);
    let y = area.y + area.height.saturating_sub(h) / 2;
    Paragraph::new(text)
        .wrap(Wrap { trim: true })
        .centered()
        .render(Rect { x: area.x, y, width: area.width, height: area.height - (y - area.y) }, buf);
}

/// Cuts `s` to `w` columns, with `…` when it had to cut.
pub fn fit(s: &str, w: usize) -> String {
    if w == 0 {
        return String::new();
    }
    if Span::raw(s).width() <= w {
        return s.to_string();
    }
    let mut out = String::new();
    for c in s.chars() {
        if Span::raw(format!("{out}{c}…")).width() > w {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Keeps the end of a path, which says the most: `…/acme/wxgo.db`.
fn fit_tail(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n <= w || w < 2 {
        return fit(s, w);
    }
    let tail: String = s.chars().skip(n - (w - 1)).collect();
    format!("…{tail}")
}

fn header(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let org = app.org.as_ref().map(|o| o.name.as_str()).unwrap_or("(opening…)");
    let clip = format!(" clipboard: {}", app.clipboard.describe());
    let ro = if app.read_only { " READ-ONLY " } else { "" };
    let fixed = 6 + 1 + org.chars().count() + 6 + ro.chars().count() + 1 + clip.chars().count();
    let db_room = (area.width as usize).saturating_sub(fixed).max(8);
    let mut spans = vec![
        Span::styled(" wxgo ", t.brand()),
        Span::raw(" "),
        Span::styled(org.to_string(), t.title()),
        Span::styled("  db: ", t.dim()),
        Span::raw(fit_tail(&app.db_label, db_room)),
        Span::raw(" "),
    ];
    if app.read_only {
        spans.push(Span::styled(ro, t.badge_read_only()));
    }
    spans.push(Span::styled(clip, t.dim()));
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

fn tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let mut spans = Vec::new();
    for p in Pane::ALL {
        let label = format!("{} {}", p.index() + 1, p.title());
        if p == app.pane {
            spans.push(Span::styled(format!("▶{label} "), t.selected()));
        } else {
            spans.push(Span::raw(format!(" {label} ")));
        }
        spans.push(Span::raw(" "));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

// ---------------------------------------------------------------------- lists

struct Col {
    title: &'static str,
    width: u16,
    prio: u8,
    flex: bool,
}

const fn col(title: &'static str, width: u16, prio: u8, flex: bool) -> Col {
    Col { title, width, prio, flex }
}

/// Chooses the columns that fit, most important first, and shares what is left among the
/// flexible ones. Returns (column index, width) in display order.
fn pick(cols: &[Col], avail: u16) -> Vec<(usize, u16)> {
    let mut order: Vec<usize> = (0..cols.len()).collect();
    order.sort_by_key(|i| cols[*i].prio);
    let mut chosen: Vec<usize> = Vec::new();
    let mut used = 0u16;
    for i in order {
        let extra = cols[i].width + u16::from(!chosen.is_empty());
        if used + extra <= avail {
            used += extra;
            chosen.push(i);
        }
    }
    chosen.sort_unstable();
    let flex: Vec<usize> = chosen.iter().copied().filter(|i| cols[*i].flex).collect();
    let left = avail.saturating_sub(used);
    chosen
        .iter()
        .map(|&i| {
            let mut w = cols[i].width;
            if let Some(pos) = flex.iter().position(|f| *f == i) {
                let share = left / flex.len() as u16;
                w += share + u16::from(pos == 0) * (left % flex.len() as u16);
            }
            (i, w)
        })
        .collect()
}

const USER_COLS: [Col; 7] = [
    col("Name", 14, 1, false),
    col("Email", 18, 3, true),
    col("Location", 9, 4, false),
    col("Licences", 17, 6, false),
    col("Number", 13, 2, false),
    col("Calling", 15, 5, false),
    col("Webex Go", 20, 0, false),
];

const DEVICE_COLS: [Col; 8] = [
    col("Device", 8, 1, false),
    col("Owner", 14, 2, true),
    col("Location", 9, 7, false),
    col("Number", 13, 6, false),
    col("Subscription", 12, 5, false),
    col("Kind", 8, 3, false),
    col("Status", 20, 0, false),
    col("Expires", 10, 4, false),
];

const NUMBER_COLS: [Col; 7] = [
    col("Number", 13, 0, false),
    col("Location", 9, 2, false),
    col("Kind", 8, 3, false),
    col("State", 8, 4, false),
    col("Owner", 16, 1, true),
    col("Badge", 12, 1, false),
    col("Operator", 12, 5, false),
];

const BW_COLS: [Col; 5] = [
    col("BroadWorks id", 20, 0, true),
    col("Name", 16, 4, false),
    col("Package", 9, 1, false),
    col("Status", 26, 0, false),
    col("Error", 14, 2, true),
];

fn user_cell(t: Theme, u: &UserRow, c: usize) -> Line<'static> {
    match c {
        0 => Line::raw(u.display_name.clone()),
        1 => Line::raw(u.email.clone()),
        2 => Line::raw(u.location.clone().unwrap_or_else(|| "-".into())),
        3 => Line::raw(if u.licences.is_empty() {
            "-".to_string()
        } else {
            u.licences.iter().map(|l| licence::short(l)).collect::<Vec<_>>().join(", ")
        }),
        4 => Line::raw(u.primary_number.clone().unwrap_or_else(|| "-".into())),
        5 => Line::raw(match u.calling_status.as_str() {
            "provisioned" => "provisioned".to_string(),
            "not_provisioned" => "not provisioned".to_string(),
            _ => "-".to_string(),
        }),
        _ => match u.device_status {
            Some(s) => Line::from(vec![Span::styled(format!("{} {}", s.symbol(), s.label()), t.status(s))]),
            None => Line::styled("no device", t.dim()),
        },
    }
}

fn device_cell(t: Theme, d: &DeviceRow, c: usize) -> Line<'static> {
    match c {
        0 => Line::raw(d.device_id.clone()),
        1 => Line::raw(d.owner_name.clone()),
        2 => Line::raw(d.location.clone().unwrap_or_else(|| "-".into())),
        3 => Line::raw(d.number.clone().unwrap_or_else(|| "-".into())),
        4 => Line::raw(d.subscription_id.clone()),
        5 => Line::raw(match d.kind {
            crate::domain::DeviceKind::Byod => "BYOD",
            crate::domain::DeviceKind::MobileOperator => "Operator",
        }),
        6 => Line::from(Span::styled(format!("{} {}", d.status.symbol(), d.status.label()), t.status(d.status))),
        _ => match (d.code_state.as_str(), d.code_expires_at) {
            ("valid", Some(at)) => Line::raw(at.format("%Y-%m-%d").to_string()),
            ("expired", _) => Line::styled("expired", t.error()),
            _ => Line::styled("-", t.dim()),
        },
    }
}

fn number_cell(t: Theme, n: &NumberRow, c: usize) -> Line<'static> {
    match c {
        0 => Line::raw(n.number.clone()),
        1 => Line::raw(n.location.clone()),
        2 => Line::raw(n.kind.clone()),
        3 => Line::raw(n.state.clone()),
        4 => match &n.owner {
            Some(o) => Line::raw(if n.primary { format!("{o} (primary)") } else { o.clone() }),
            None => Line::styled("unassigned", t.dim()),
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

pub fn bw_symbol(s: BwStatus) -> &'static str {
    match s.group() {
        "provisioned" => "●",
        "error" => "✕",
        _ => "◌",
    }
}

fn bw_cell(t: Theme, s: &BwSubscriberRow, c: usize) -> Line<'static> {
    match c {
        0 => Line::raw(s.broadworks_user_id.clone()),
        1 => Line::raw(format!("{} {}", s.first_name, s.last_name)),
        2 => Line::raw(s.package.as_str()),
        3 => Line::styled(format!("{} {}", bw_symbol(s.status), s.status.as_str()), t.bw_status(s.status)),
        _ => match (&s.error_code, &s.error_description) {
            (None, None) => Line::raw(""),
            (code, desc) => Line::styled(
                format!("{}: {}", code.as_deref().unwrap_or("-"), desc.as_deref().unwrap_or("")),
                t.error().remove_modifier(Modifier::BOLD),
            ),
        },
    }
}

fn pane_title(app: &App, l: &PaneList) -> Line<'static> {
    let t = app.theme;
    let mut spans = vec![Span::styled(l.pane.title().to_string(), t.heading())];
    if l.loaded {
        let h = app.rows_shown(l.pane);
        let shown = if l.total == 0 {
            "none".to_string()
        } else {
            format!("{}-{} of {}", l.top + 1, (l.top + h).min(l.total), l.total)
        };
        spans.push(Span::raw(format!("  {shown}")));
    } else {
        spans.push(Span::styled("  loading…", t.dim()));
    }
    if app.filter_edit.is_some() {
        spans.push(Span::styled("  filter: ", t.key()));
        spans.push(Span::styled(format!("{}▏", l.filter), Style::new().add_modifier(Modifier::UNDERLINED)));
        spans.push(Span::styled("  Enter keep · Esc cancel", t.dim()));
    } else if !l.filter.is_empty() {
        spans.push(Span::styled(format!("  filter: \"{}\"", l.filter), t.key()));
        spans.push(Span::styled("  (Esc clears)", t.dim()));
    }
    match l.pane {
        Pane::Numbers => {
            spans.push(Span::raw(format!(
                "  [{}] mobile only: {}",
                app.keymap.label(ActionId::ToggleMobileOnly),
                if app.mobile_only { "on" } else { "off" }
            )));
            spans.push(Span::raw(format!("  [{}] accounts", app.keymap.label(ActionId::OperatorAccounts))));
        }
        Pane::Users => spans.push(Span::raw(format!(
            "  [{}] not provisioned: {}",
            app.keymap.label(ActionId::ToggleNotProvisioned),
            if app.not_provisioned { "on" } else { "off" }
        ))),
        Pane::Bw => spans.push(Span::raw(format!(
            "  [{}] exclude provisioned: {}",
            app.keymap.label(super::actions::ActionId::ToggleExcludeProvisioned),
            if app.exclude_provisioned { "on" } else { "off" }
        ))),
        _ => {}
    }
    Line::from(spans)
}

fn pane(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    if app.pane == Pane::Numbers && app.numbers_view == NumbersView::Accounts {
        accounts_pane(app, area, buf);
        return;
    }
    let l = app.list(app.pane);
    buf.set_line(area.x, area.y, &pane_title(app, l), area.width);
    if let PageRows::NotProvisioned(rows) = &l.rows {
        if app.pane == Pane::Users && app.not_provisioned {
            not_provisioned_pane(
                app,
                l,
                rows,
                Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area },
                buf,
            );
            return;
        }
    }
    // The BroadWorks pane's header: counts per group and the templates warning (BW01).
    let area = if app.pane == Pane::Bw {
        bw_header(app, Rect { y: area.y + 1, height: BW_HEADER_ROWS.min(area.height.saturating_sub(1)), ..area }, buf);
        let skip = BW_HEADER_ROWS.min(area.height);
        Rect { y: area.y + skip, height: area.height - skip, ..area }
    } else {
        area
    };
    let cols: &[Col] = match app.pane {
        Pane::Users => &USER_COLS,
        Pane::Devices => &DEVICE_COLS,
        Pane::Numbers => &NUMBER_COLS,
        Pane::Bw => &BW_COLS,
    };
    let marker = 2u16;
    let chosen = pick(cols, area.width.saturating_sub(marker));
    // Column titles.
    let mut x = area.x + marker;
    for (i, w) in &chosen {
        buf.set_stringn(x, area.y + 1, cols[*i].title, *w as usize, t.title().add_modifier(Modifier::UNDERLINED));
        x += w + 1;
    }
    let list_top = area.y + 2;
    let h = (area.height.saturating_sub(2)) as usize;
    if let Some(e) = &l.error {
        buf.set_line(area.x, list_top, &Line::styled(fit(e, area.width as usize), t.error()), area.width);
        return;
    }
    if l.loaded && l.total == 0 {
        let what = if l.filter.is_empty() {
            format!("no {} here", l.pane.title().to_lowercase())
        } else {
            format!("nothing matches \"{}\"", l.filter)
        };
        buf.set_line(area.x + marker, list_top, &Line::styled(what, t.dim()), area.width - marker);
        return;
    }
    for r in 0..h {
        let i = l.top + r;
        if l.loaded && i >= l.total {
            break;
        }
        let y = list_top + r as u16;
        let Some(local) = l.local(i) else {
            buf.set_line(area.x + marker, y, &Line::styled("…", t.dim()), area.width - marker);
            continue;
        };
        let mut x = area.x + marker;
        for (c, w) in &chosen {
            let line = match &l.rows {
                PageRows::Users(rows) => rows.get(local).map(|u| user_cell(t, u, *c)),
                PageRows::Devices(rows) => rows.get(local).map(|d| device_cell(t, d, *c)),
                PageRows::Numbers(rows) => rows.get(local).map(|n| number_cell(t, n, *c)),
                PageRows::Bw(rows) => rows.get(local).map(|s| bw_cell(t, s, *c)),
                PageRows::NotProvisioned(_) => None,
            };
            if let Some(line) = line {
                let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
                let style = line.spans.first().map(|s| s.style).unwrap_or_default().patch(line.style);
                buf.set_stringn(x, y, fit(&text, *w as usize), *w as usize, style);
            }
            x += w + 1;
        }
        if i == l.selected {
            buf.set_string(area.x, y, "▶", t.selected());
            buf.set_style(Rect { x: area.x, y, width: area.width, height: 1 }, t.selected());
        }
    }
}

// ---------------------------------------------------------------------- detail

fn detail(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let Some(d) = &app.detail else { return };
    let title = match &d.data {
        Some(x) => format!(" {} <{}> ", x.user.display_name, x.user.email),
        None => format!(" {} ", d.email),
    };
    let block = Block::bordered().title(Line::styled(title, t.title()));
    let inner = block.inner(area);
    block.render(area, buf);
    let mut lines: Vec<Line> = Vec::new();
    if let Some(e) = &d.error {
        lines.push(Line::styled(e.clone(), t.error()));
    }
    let Some(x) = &d.data else {
        if d.error.is_none() {
            lines.push(Line::styled("loading…", t.dim()));
        }
        Paragraph::new(lines).render(inner, buf);
        return;
    };
    let u = &x.user;
    let kv = |k: &str, v: String| Line::from(vec![Span::styled(format!("{k:<16}"), t.dim()), Span::raw(v)]);
    lines.push(kv(
        "Location",
        match (&u.location, &u.location_country) {
            (Some(l), Some(c)) => format!("{l} ({c})"),
            (Some(l), None) => l.clone(),
            _ => "none".into(),
        },
    ));
    lines.push(kv(
        "Licences",
        if u.licences.is_empty() {
            "none".into()
        } else {
            u.licences.iter().map(|l| licence::display(l)).collect::<Vec<_>>().join(", ")
        },
    ));
    lines.push(kv(
        "Webex Calling",
        format!(
            "{}{}",
            u.calling_status.replace('_', " "),
            u.calling_reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default()
        ),
    ));
    lines.push(kv(
        "Primary number",
        format!(
            "{}{}",
            u.primary_number.as_deref().unwrap_or("none"),
            u.extension.as_deref().map(|e| format!(" · extension {e}")).unwrap_or_default()
        ),
    ));
    lines.push(Line::raw(""));
    lines.push(Line::styled("Webex Go device", t.heading()));
    match &x.device {
        Some(dev) => {
            lines.push(Line::from(vec![
                Span::raw(format!("  {} · {} · ", dev.device_id, dev.kind.label())),
                Span::styled(format!("{} {}", dev.status.symbol(), dev.status.label()), t.status(dev.status)),
                Span::raw(format!(" · {}", dev.subscription_id)),
            ]));
            lines.push(Line::raw(format!(
                "  added {} · changed {} · number {}",
                dev.created_at.format("%Y-%m-%d %H:%M"),
                dev.changed_at.format("%Y-%m-%d %H:%M"),
                dev.number.as_deref().or(u.primary_number.as_deref()).unwrap_or("-")
            )));
            lines.push(Line::styled("  Activation codes (newest first; codes themselves are never stored)", t.dim()));
            if x.codes.is_empty() {
                lines.push(Line::raw("  none"));
            }
            for c in &x.codes {
                // The one valid code may have run out: say so (WG06).
                let state = if c.state == "valid" && dev.code_state == "expired" { "expired" } else { &c.state };
                lines.push(Line::raw(format!(
                    "  {:<10} issued {} · expires {}{}",
                    state,
                    c.issued_at.format("%Y-%m-%d %H:%M"),
                    c.expires_at.format("%Y-%m-%d %H:%M"),
                    c.ended_at.map(|e| format!(" · ended {}", e.format("%Y-%m-%d %H:%M"))).unwrap_or_default()
                )));
            }
        }
        None => lines.push(Line::styled(
            format!("  none · press {} to add one", app.keymap.label(super::actions::ActionId::AddDevice)),
            t.dim(),
        )),
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled("Numbers", t.heading()));
    if x.numbers.is_empty() {
        lines.push(Line::raw("  none"));
    }
    for n in &x.numbers {
        lines.push(Line::raw(format!(
            "  {} · {} · {} · {}{}{}",
            n.number,
            n.location,
            n.kind,
            n.state,
            if n.primary { " · primary" } else { "" },
            if n.webex_mobile { " · Webex Mobile" } else { "" }
        )));
    }
    lines.push(Line::raw(""));
    lines.extend(call_lines(app, d));
    lines.push(Line::raw(""));
    lines.push(Line::styled("Recent audit entries", t.heading()));
    if x.audit.is_empty() {
        lines.push(Line::raw("  none"));
    }
    for a in &x.audit {
        lines.push(Line::raw(format!(
            "  {} {} · {} · {}{}",
            a.at.format("%Y-%m-%d %H:%M"),
            a.actor,
            a.action,
            a.outcome,
            if a.details.is_empty() { String::new() } else { format!(" · {}", a.details) }
        )));
    }
    Paragraph::new(lines).scroll((d.scroll, 0)).render(inner, buf);
}

/// Counts per status group, then whether every customer template is set up for flow-through
/// with untrusted emails (BW01) and, if not, what to change.
fn bw_header(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    if area.height == 0 {
        return;
    }
    let Some(s) = &app.bw.summary else {
        let text = app.bw.error.clone().unwrap_or_else(|| "loading the status groups and templates…".into());
        buf.set_line(area.x, area.y, &Line::styled(fit(&text, area.width as usize), t.dim()), area.width);
        return;
    };
    let line = Line::from(vec![
        Span::styled(format!("✕ {} error", s.errors), t.error().remove_modifier(Modifier::BOLD)),
        Span::raw(" · "),
        Span::styled(format!("◌ {} pending", s.pending), t.dim()),
        Span::raw(" · "),
        Span::styled(format!("● {} provisioned", s.provisioned), t.good()),
        Span::styled(if app.exclude_provisioned { "  (provisioned hidden)" } else { "" }.to_string(), t.dim()),
        Span::styled(format!("  [{}] templates", app.keymap.label(ActionId::BwTemplates)), t.dim()),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
    let rest = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    let bad: Vec<_> = s.templates.iter().filter(|t| !t.flow_through_ready).collect();
    let text = match bad.first() {
        None => Line::styled(
            format!(
                "✓ BW01: all {} customer templates are set up for flow-through with untrusted emails",
                s.templates.len()
            ),
            t.good(),
        ),
        Some(first) => Line::styled(
            format!(
                "⚠ BW01: \"{}\"{} not set up for flow-through with untrusted emails: {}",
                first.name,
                if bad.len() > 1 { format!(" (and {} more)", bad.len() - 1) } else { String::new() },
                short_fix(first.untrusted_emails, &first.share_link)
            ),
            t.error(),
        ),
    };
    Paragraph::new(text).wrap(Wrap { trim: true }).render(rest, buf);
}

/// BW01's fix in few words, for the pane's header (the templates view says it in full).
fn short_fix(untrusted: bool, share_link: &str) -> String {
    let mut steps = Vec::new();
    if !untrusted {
        steps.push("check Untrusted emails");
    }
    if share_link != "activation_link" {
        steps.push("set share link to activation link");
    }
    steps.join(", ")
}

/// The Numbers pane's second view: every operator account with its status and what to do.
fn accounts_pane(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let a = &app.accounts;
    let title = Line::from(vec![
        Span::styled("Operator accounts", t.heading()),
        Span::raw(format!("  {}", if a.loaded { a.rows.len().to_string() } else { "loading…".into() })),
        Span::raw(format!(
            "  [{}] numbers  [{}] add account  [{}] add numbers",
            app.keymap.label(ActionId::OperatorAccounts),
            app.keymap.label(ActionId::AddOperatorAccount),
            app.keymap.label(ActionId::AddMobileNumbers)
        )),
    ]);
    buf.set_line(area.x, area.y, &title, area.width);
    const COLS: [Col; 6] = [
        col("Location", 9, 1, false),
        col("Operator", 11, 2, false),
        col("Account id", 14, 0, false),
        col("Status", 12, 0, false),
        col("Numbers", 7, 4, false),
        col("What to do", 12, 3, true),
    ];
    let marker = 2u16;
    let chosen = pick(&COLS, area.width.saturating_sub(marker));
    let mut x = area.x + marker;
    for (i, w) in &chosen {
        buf.set_stringn(x, area.y + 1, COLS[*i].title, *w as usize, t.title().add_modifier(Modifier::UNDERLINED));
        x += w + 1;
    }
    let mut y = area.y + 2;
    let bottom = area.y + area.height;
    if let Some(e) = &a.error {
        buf.set_line(area.x, y, &Line::styled(fit(e, area.width as usize), t.error()), area.width);
        return;
    }
    if a.loaded && a.rows.is_empty() {
        let text = format!(
            "no operator account yet: press {} to request one for a location (MO01)",
            app.keymap.label(ActionId::AddOperatorAccount)
        );
        buf.set_line(area.x + marker, y, &Line::styled(text, t.dim()), area.width - marker);
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
                3 => (
                    format!("{} {}", super::app::flows_auth_symbol(row.status), row.status.label()),
                    auth_style(t, row.status),
                ),
                4 => (row.numbers.to_string(), Style::new()),
                _ => (row.advice.clone(), t.dim()),
            };
            buf.set_stringn(x, y, fit(&text, *w as usize), *w as usize, style);
            x += w + 1;
        }
        if n == a.selected {
            buf.set_string(area.x, y, "▶", t.selected());
            buf.set_style(Rect { x: area.x, y, width: area.width, height: 1 }, t.selected());
        }
        y += 1;
    }
    if let Some(row) = a.current() {
        y += 1;
        let rest = Rect { x: area.x, y, width: area.width, height: bottom.saturating_sub(y) };
        let text = vec![
            Line::from(vec![
                Span::styled(format!("{} · ", row.account_id), t.title()),
                Span::styled(
                    format!("{} {}", super::app::flows_auth_symbol(row.status), row.status.label()),
                    auth_style(t, row.status),
                ),
                Span::styled(" · what to do (MO02):", t.dim()),
            ]),
            Line::raw(row.advice.clone()),
        ];
        Paragraph::new(text).wrap(Wrap { trim: true }).render(rest, buf);
    }
}

fn auth_style(t: Theme, s: AuthStatus) -> Style {
    match s {
        AuthStatus::Authorized => t.good(),
        AuthStatus::Pending => t.dim(),
        AuthStatus::Failed => t.error().remove_modifier(Modifier::BOLD),
    }
}

// ---------------------------------------------------------------------- footer

fn status_line(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let line = match &app.message {
        Some(m) if m.error => Line::from(vec![Span::styled("✕ ", t.error()), Span::styled(m.text.clone(), t.error())]),
        Some(m) => Line::from(vec![Span::styled("› ", t.info()), Span::raw(m.text.clone())]),
        None if app.read_only => Line::styled(
            "read-only: the service refuses every change; open without --read-only to make changes",
            t.dim(),
        ),
        None => Line::raw(""),
    };
    let text: String = line.spans.iter().map(|s| s.content.as_ref()).collect();
    if Span::raw(text.as_str()).width() > area.width as usize {
        // Long messages (errors that say what to do) keep their start and end readable.
        let style = line.spans.last().map(|s| s.style).unwrap_or_default();
        buf.set_stringn(area.x, area.y, fit(&text, area.width as usize), area.width as usize, style);
    } else {
        buf.set_line(area.x, area.y, &line, area.width);
    }
}

/// The footer's key hints for the current context, from the action table.
pub fn hint_items(app: &App) -> Vec<(String, &'static str)> {
    let ctx = app.context();
    let mut items: Vec<&Action> = ACTIONS
        .iter()
        .filter(|a| a.footer > 0 && a.scope.contains(ctx) && !(app.read_only && a.dangerous))
        .filter(|a| !app.keymap.keys_of(a.id).is_empty())
        .collect();
    items.sort_by_key(|a| a.footer);
    items.into_iter().map(|a| (app.keymap.label(a.id), a.hint)).collect()
}

fn hints(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let items: Vec<(String, &str)> = match app.top_overlay() {
        Some(Overlay::Confirm(_)) => vec![("y".into(), "confirm"), ("n/Esc".into(), "cancel")],
        Some(Overlay::Choice(c)) => {
            let mut v = vec![("↑↓".into(), "choose"), ("Enter".into(), "pick"), ("Esc".into(), "cancel")];
            if c.purpose == ChoicePurpose::User {
                v.insert(0, ("type".into(), "search"));
            }
            v
        }
        Some(Overlay::Palette(_)) => vec![("type".into(), "search"), ("Enter".into(), "run"), ("Esc".into(), "close")],
        Some(Overlay::Help { .. }) => vec![("j/k PgUp/PgDn".into(), "scroll"), ("Esc".into(), "close")],
        Some(Overlay::Notice { .. } | Overlay::Report { .. }) => vec![("Enter/Esc".into(), "close")],
        Some(Overlay::Form(f)) => {
            let mut v = vec![("Tab/↑↓".into(), "field"), ("Enter".into(), "next/save"), ("Esc".into(), "cancel")];
            if matches!(f.kind, FormKind::OperatorAccount { .. }) && f.focus == 0 {
                v.insert(0, ("←/→".into(), "location"));
            }
            v
        }
        _ if app.filter_edit.is_some() => {
            vec![("type".into(), "filter"), ("Enter".into(), "keep"), ("Esc".into(), "cancel")]
        }
        _ => hint_items(app),
    };
    hint_line(t, items, area, buf);
}

/// Key hints, leaving out whole items from the end (the least important) rather than cutting one.
fn hint_line(t: Theme, items: Vec<(String, &str)>, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    for (k, h) in items {
        let w = Span::raw(format!("{k} {h}  ")).width();
        if used + w > area.width as usize + 2 {
            break;
        }
        used += w;
        spans.push(Span::styled(k, t.key()));
        spans.push(Span::raw(format!(" {h}  ")));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

// ---------------------------------------------------------------------- overlays

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect { x: area.x + (area.width - w) / 2, y: area.y + (area.height - h) / 2, width: w, height: h }
}

fn boxed(title: String, area: Rect, buf: &mut Buffer, t: Theme) -> Rect {
    Clear.render(area, buf);
    let block = Block::bordered().title(Line::styled(format!(" {title} "), t.title()));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

fn overlay(app: &App, o: &Overlay, area: Rect, buf: &mut Buffer, t: Theme) {
    match o {
        Overlay::Help { scroll, context } => help(app, *scroll, *context, area, buf),
        Overlay::Notice { title, lines, error } => {
            let w = 72.min(area.width.saturating_sub(4));
            let text: Vec<Line> = lines
                .iter()
                .map(|l| if *error { Line::styled(l.clone(), t.error()) } else { Line::raw(l.clone()) })
                .collect();
            let needed = wrapped_height(lines, w.saturating_sub(2)) + 4;
            let r = centered(area, w, needed.min(area.height.saturating_sub(2)));
            let inner = boxed(title.clone(), r, buf, t);
            let (body, foot) = split_last(inner);
            Paragraph::new(text).wrap(Wrap { trim: false }).render(body, buf);
            buf.set_line(foot.x, foot.y, &Line::styled("Enter or Esc closes", t.dim()), foot.width);
        }
        Overlay::Confirm(c) => {
            let w = 74.min(area.width.saturating_sub(4));
            let needed = wrapped_height(&c.lines, w.saturating_sub(2)) + 4;
            let r = centered(area, w, needed.min(area.height.saturating_sub(2)));
            let inner = boxed(c.title.clone(), r, buf, t);
            let (body, foot) = split_last(inner);
            let text: Vec<Line> = c.lines.iter().map(|l| Line::raw(l.clone())).collect();
            Paragraph::new(text).wrap(Wrap { trim: false }).render(body, buf);
            let line = Line::from(vec![
                Span::styled("y", t.key()),
                Span::raw(" do it   "),
                Span::styled("n", t.key()),
                Span::raw(" or "),
                Span::styled("Esc", t.key()),
                Span::raw(" cancel: nothing changes"),
            ]);
            buf.set_line(foot.x, foot.y, &line, foot.width);
        }
        Overlay::Choice(c) => {
            let w = 76.min(area.width.saturating_sub(2));
            let h = (c.items.len() as u16 + 5).clamp(8, area.height.saturating_sub(2));
            let r = centered(area, w, h);
            let inner = boxed(c.title.clone(), r, buf, t);
            let mut y = inner.y;
            buf.set_line(inner.x, y, &Line::styled(fit(&c.prompt, inner.width as usize), t.dim()), inner.width);
            y += 1;
            if c.purpose == ChoicePurpose::User {
                let line = Line::from(vec![Span::styled("search: ", t.key()), Span::raw(format!("{}▏", c.query))]);
                buf.set_line(inner.x, y, &line, inner.width);
                y += 1;
            }
            let rows = (inner.y + inner.height).saturating_sub(y) as usize;
            if c.items.is_empty() {
                buf.set_line(inner.x, y, &Line::styled("no matches", t.dim()), inner.width);
            }
            let start = c.selected.saturating_sub(rows.saturating_sub(1));
            for (n, item) in c.items.iter().enumerate().skip(start).take(rows) {
                let sel = n == c.selected;
                let text = format!("{}{}", if sel { "▶ " } else { "  " }, item.label);
                let style = if sel { t.selected() } else { Style::new() };
                buf.set_stringn(inner.x, y, fit(&text, inner.width as usize), inner.width as usize, style);
                y += 1;
            }
        }
        Overlay::Palette(p) => {
            let w = 70.min(area.width.saturating_sub(4));
            let h = 14.min(area.height.saturating_sub(2));
            let r = Rect { y: area.y + 1, ..centered(area, w, h) };
            let inner = boxed("Commands".into(), r, buf, t);
            let line = Line::from(vec![Span::styled(": ", t.key()), Span::raw(format!("{}▏", p.query))]);
            buf.set_line(inner.x, inner.y, &line, inner.width);
            let matches = app.palette_matches(p);
            let rows = inner.height.saturating_sub(1) as usize;
            let start = p.selected.saturating_sub(rows.saturating_sub(1));
            for (n, a) in matches.iter().enumerate().skip(start).take(rows) {
                let y = inner.y + 1 + (n - start) as u16;
                let sel = n == p.selected;
                let key = app.keymap.label(a.id);
                let text = format!("{}{:<8} {:<22} {}", if sel { "▶ " } else { "  " }, key, a.hint, a.description);
                let style = if sel { t.selected() } else { Style::new() };
                buf.set_stringn(inner.x, y, fit(&text, inner.width as usize), inner.width as usize, style);
            }
            if matches.is_empty() {
                buf.set_line(inner.x, inner.y + 1, &Line::styled("no action matches", t.dim()), inner.width);
            }
        }
        Overlay::Activation(a) => activation(app, a, area, buf),
        Overlay::Report { title, lines } => report(app, title, lines, area, buf),
        Overlay::Form(f) => form(app, f, area, buf),
        Overlay::Prompt(p) => prompt(app, p, area, buf),
        Overlay::Progress(run) => progress(app, run, area, buf),
        Overlay::Proceed { title, lines, next } => {
            report(app, title, lines, area, buf);
            if next.is_some() {
                // The report's last row says what Enter does here.
                let w = 76.min(area.width.saturating_sub(2));
                let inner_w = w.saturating_sub(2).max(1) as usize;
                let needed = lines.iter().map(|l| word_wrapped_rows(&l.text, inner_w)).sum::<usize>() as u16 + 3;
                let r = centered(area, w, needed.min(area.height.saturating_sub(2)));
                let y = r.y + r.height.saturating_sub(2);
                let line = Line::from(vec![
                    Span::styled("Enter", t.key()),
                    Span::raw(" submit   "),
                    Span::styled("Esc", t.key()),
                    Span::raw(" cancel: nothing is added"),
                ]);
                buf.set_line(r.x + 1, y, &line, r.width.saturating_sub(2));
            }
        }
    }
}

/// Rows `text` takes when word-wrapped to `width` (as `Paragraph` wraps: whole words, and a
/// word longer than the line broken across lines).
fn word_wrapped_rows(text: &str, width: usize) -> usize {
    let w = width.max(1);
    let mut rows = 1;
    let mut used = 0usize;
    for word in text.split(' ') {
        let n = Span::raw(word).width();
        let need = if used == 0 { n } else { used + 1 + n };
        if need <= w {
            used = need;
        } else if n <= w {
            rows += 1;
            used = n;
        } else {
            // A long word starts on its own line and runs over several.
            if used > 0 {
                rows += 1;
            }
            rows += (n - 1) / w;
            used = n - (n - 1) / w * w;
        }
    }
    rows
}

fn tone_style(t: Theme, tone: Tone) -> Style {
    match tone {
        Tone::Plain => Style::new(),
        Tone::Good => t.good(),
        Tone::Bad => t.error(),
    }
}

fn report(app: &App, title: &str, lines: &[ReportLine], area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let w = 76.min(area.width.saturating_sub(2));
    let texts: Vec<String> = lines.iter().map(|l| l.text.clone()).collect();
    let inner_w = w.saturating_sub(2).max(1) as usize;
    let needed = texts.iter().map(|l| word_wrapped_rows(l, inner_w)).sum::<usize>() as u16 + 3;
    let r = centered(area, w, needed.min(area.height.saturating_sub(2)));
    let inner = boxed(title.to_string(), r, buf, t);
    let (body, foot) = split_last(inner);
    let text: Vec<Line> = lines.iter().map(|l| Line::styled(l.text.clone(), tone_style(t, l.tone))).collect();
    Paragraph::new(text).wrap(Wrap { trim: false }).render(body, buf);
    buf.set_line(foot.x, foot.y, &Line::styled("Enter or Esc closes", t.dim()), foot.width);
}

/// A typed form: each field with its label, the focused one marked and underlined; below, what
/// the rules say about the input so far (MO01 ids match, MO03 each number's state).
fn form(app: &App, f: &Form, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let mut lines: Vec<Line> = Vec::new();
    let label_w = f.fields.iter().map(|x| x.label.chars().count()).max().unwrap_or(0) + 2;
    match &f.kind {
        FormKind::MobileNumbers { account, .. } => {
            lines.push(Line::from(vec![
                Span::raw(format!("Account {} · ", account.account_id)),
                Span::styled(
                    format!("{} {}", super::app::flows_auth_symbol(account.status), account.status.label()),
                    auth_style(t, account.status),
                ),
            ]));
            if account.status != AuthStatus::Authorized {
                lines
                    .push(Line::styled(format!("MO02: {}", account.advice), t.error().remove_modifier(Modifier::BOLD)));
            }
            lines.push(Line::styled(
                format!(
                    "Comma-separated, at most {MAX_PER_ENTRY} (MO03); each is checked after its comma and on save."
                ),
                t.dim(),
            ));
        }
        FormKind::RetryEmail { who, .. } => {
            lines.push(Line::raw(who.clone()));
            lines.push(Line::styled("Enter a valid email; the subscriber is then onboarded (BW04).", t.dim()));
        }
        FormKind::OperatorAccount { .. } => {
            lines.push(Line::styled(
                "Type the operator account id twice; once confirmed it cannot be changed (MO01).",
                t.dim(),
            ));
        }
    }
    for (i, field) in f.fields.iter().enumerate() {
        let focused = i == f.focus;
        let marker = if focused { "▶ " } else { "  " };
        let value_style = if focused { Style::new().add_modifier(Modifier::UNDERLINED) } else { Style::new() };
        let value = if field.choice {
            if field.value.is_empty() {
                "loading…".to_string()
            } else if focused {
                format!("◀ {} ▶", field.value)
            } else {
                field.value.clone()
            }
        } else if focused {
            format!("{}▏", field.value)
        } else {
            field.value.clone()
        };
        lines.push(Line::from(vec![
            Span::styled(marker, if focused { t.key() } else { Style::new() }),
            Span::styled(format!("{:<label_w$}", format!("{}:", field.label)), t.title()),
            Span::styled(value, value_style),
        ]));
    }
    match &f.kind {
        FormKind::OperatorAccount { .. } => {
            let typed = f.fields.get(3).is_some_and(|x| !x.value.trim().is_empty());
            if typed {
                lines.push(if f.ids_match() {
                    Line::styled("✓ the two account ids match", t.good())
                } else {
                    Line::styled("✕ the two account ids differ (MO01)", t.error())
                });
            }
        }
        FormKind::MobileNumbers { checked, problem, .. } => {
            let typed = f.fields.first().map(|x| split_entry(&x.value).len()).unwrap_or(0);
            let over = typed > MAX_PER_ENTRY;
            lines.push(Line::styled(
                format!("{typed} of at most {MAX_PER_ENTRY} numbers"),
                if over { t.error() } else { t.dim() },
            ));
            if let Some(p) = problem {
                lines.push(Line::styled(format!("✕ {p}"), t.error()));
            }
            for n in checked {
                let shown = n.number.as_deref().unwrap_or(&n.input);
                lines.push(if n.state.is_ok() {
                    Line::styled(format!("✓ {shown} · {}", n.state.label()), t.good())
                } else {
                    Line::styled(format!("✕ {shown} · {}: {}", n.state.label(), n.reason), t.error())
                });
            }
        }
        FormKind::RetryEmail { .. } => {}
    }
    if let Some(note) = &f.note {
        lines.push(Line::styled(note.clone(), t.error()));
    }
    let next = match (&f.kind, f.next_blocked()) {
        (_, Some(why)) if f.focus + 1 >= f.fields.len() => {
            Line::styled(format!("Next is not available: {why}"), t.dim())
        }
        (FormKind::OperatorAccount { .. }, None) => Line::from(vec![
            Span::styled("Enter", t.key()),
            Span::raw(" Next: confirm the account id   "),
            Span::styled("Esc", t.key()),
            Span::raw(" cancel"),
        ]),
        (FormKind::MobileNumbers { .. }, None) => Line::from(vec![
            Span::styled("Enter", t.key()),
            Span::raw(" save: add the valid numbers   "),
            Span::styled("Esc", t.key()),
            Span::raw(" cancel"),
        ]),
        (FormKind::RetryEmail { .. }, None) => Line::from(vec![
            Span::styled("Enter", t.key()),
            Span::raw(" retry: onboard with this email   "),
            Span::styled("Esc", t.key()),
            Span::raw(" cancel"),
        ]),
        _ => Line::from(vec![
            Span::styled("Enter", t.key()),
            Span::raw(" next   "),
            Span::styled("Esc", t.key()),
            Span::raw(" cancel"),
        ]),
    };
    let w = 78.min(area.width.saturating_sub(2));
    let inner_w = w.saturating_sub(2).max(1) as usize;
    let needed: usize = lines
        .iter()
        .map(|l| word_wrapped_rows(&l.spans.iter().map(|s| s.content.as_ref()).collect::<String>(), inner_w))
        .sum::<usize>()
        + 3;
    let r = centered(area, w, (needed as u16).min(area.height.saturating_sub(2)));
    let inner = boxed(f.title.clone(), r, buf, t);
    let (body, foot) = split_last(inner);
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(body, buf);
    buf.set_line(foot.x, foot.y, &next, foot.width);
}

fn split_last(r: Rect) -> (Rect, Rect) {
    let body = Rect { height: r.height.saturating_sub(1), ..r };
    let foot = Rect { y: r.y + r.height.saturating_sub(1), height: 1.min(r.height), ..r };
    (body, foot)
}

fn wrapped_height(lines: &[String], width: u16) -> u16 {
    let w = width.max(1) as usize;
    lines.iter().map(|l| (l.chars().count().max(1)).div_ceil(w) as u16).sum()
}

/// The help overlay's lines: every action of the table with its keys, description, where it
/// works, and whether it changes something or asks first.
pub fn help_lines(app: &App, width: u16) -> Vec<Line<'static>> {
    let t = app.theme;
    let key_w = 14usize;
    let hint_w = 20usize;
    let desc_w = (width as usize).saturating_sub(key_w + hint_w).max(10);
    let mut out = vec![Line::styled(format!("{:<key_w$}{:<hint_w$}{}", "Keys", "Action", "What it does"), t.title())];
    for a in ACTIONS {
        let keys = app.keymap.keys_of(a.id).iter().map(|k| k.to_string()).collect::<Vec<_>>().join(" ");
        let keys = if keys.is_empty() { ": only".to_string() } else { keys };
        let mut desc = a.description.to_string();
        if !matches!(a.scope, super::actions::Scope::Everywhere) {
            desc.push_str(&format!(" · in {}", a.scope.describe()));
        }
        if a.dangerous {
            desc.push_str(if app.read_only { " · changes data: refused, read-only" } else { " · changes data" });
        }
        if a.confirm {
            desc.push_str(" · asks first");
        }
        let mut first = true;
        for chunk in wrap_words(&desc, desc_w) {
            let (k, h) = if first { (fit(&keys, key_w - 1), a.hint) } else { (String::new(), "") };
            let style = if a.dangerous && app.read_only { t.dim() } else { Style::new() };
            out.push(Line::from(vec![
                Span::styled(format!("{k:<key_w$}"), t.key()),
                Span::styled(format!("{h:<hint_w$}"), style.add_modifier(Modifier::BOLD)),
                Span::styled(chunk, style),
            ]));
            first = false;
        }
    }
    out
}

fn wrap_words(s: &str, w: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > w {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}

/// The help overlay's box: up to 100 columns wide, the full height.
fn help_box(area: Rect) -> Rect {
    centered(area, 100.min(area.width), area.height)
}

/// Width and height of the help's scrolling text on a `width` x `height` terminal.
pub fn help_body_size(width: u16, height: u16) -> (u16, u16) {
    let r = help_box(Rect::new(0, 0, width, height));
    (r.width.saturating_sub(2), r.height.saturating_sub(3))
}

fn help(app: &App, scroll: u16, context: Context, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let r = help_box(area);
    let inner = boxed(format!("Help · keys in {} · from the action table", context.title()), r, buf, t);
    let (body, foot) = split_last(inner);
    let lines = help_lines(app, body.width);
    let max = (lines.len() as u16).saturating_sub(body.height);
    let scroll = scroll.min(max);
    Paragraph::new(lines).scroll((scroll, 0)).render(body, buf);
    let more = if scroll < max { "  ↓ more below" } else { "" };
    buf.set_line(
        foot.x,
        foot.y,
        &Line::styled(format!("j/k PgUp/PgDn scroll · Esc closes{more}"), t.dim()),
        foot.width,
    );
}

fn activation(app: &App, a: &super::app::Activation, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let r = centered(area, 110.min(area.width), 32.min(area.height));
    let inner = boxed(a.title.clone(), r, buf, t);
    // The last two lines: what the last action did (copied, printed, emailed) and the keys.
    let (rest, foot) = split_last(inner);
    let (body, said) = split_last(rest);
    if app.message.is_some() {
        status_line(app, said, buf);
    }
    let text_min = 30u16;
    let issued = &a.issued;
    let grid = QrGrid::fit(&issued.lpa, body.width.saturating_sub(text_min + 1), body.height);
    let text_area = match &grid {
        Some(g) => {
            let qr_area = Rect { x: body.x, y: body.y, width: g.cols() as u16, height: g.rows() as u16 };
            g.render(qr_area, buf);
            Rect { x: body.x + g.cols() as u16 + 1, width: body.width - g.cols() as u16 - 1, ..body }
        }
        None => body,
    };
    let label = |s: &str| Line::styled(s.to_string(), t.dim());
    let mut lines = vec![
        Line::styled(format!("{} <{}>", issued.owner_name, issued.owner_email), t.title()),
        Line::raw(format!("Business line {}", issued.primary_number.as_deref().unwrap_or("-"))),
        label("Activation code (type it on an iPhone)"),
        Line::styled(issued.activation_code.as_str().to_string(), t.title().add_modifier(Modifier::UNDERLINED)),
        label("SM-DP+ address"),
        Line::raw(issued.smdp_address.clone()),
        label("Android code"),
        Line::raw(issued.android_code.clone()),
        label("Expires"),
        Line::raw(issued.expires_at.format("%Y-%m-%d %H:%M UTC").to_string()),
        label("Email"),
        Line::raw(issued.email_note.clone()),
    ];
    if grid.is_none() {
        // First, so it is seen even when the rest does not fit.
        lines.insert(
            0,
            Line::styled(
                "Make the window larger (80x24) to show the QR code.",
                t.error().remove_modifier(Modifier::BOLD),
            ),
        );
    } else {
        lines.push(label("Scan the QR code: Settings > Mobile Service > Add eSIM."));
    }
    lines.push(label("Shown once: the code is not stored. Copy, print or email it now."));
    Paragraph::new(lines).wrap(Wrap { trim: false }).render(text_area, buf);
    hint_line(t, hint_items(app), foot, buf);
}

// ---------------------------------------------------------------------- licences and delivery

/// AL04: each user without Webex Calling on a few rows: who and the number, why, and the fix.
fn not_provisioned_pane(
    app: &App,
    l: &PaneList,
    rows: &[crate::service::NotProvisionedRow],
    area: Rect,
    buf: &mut Buffer,
) {
    let t = app.theme;
    if let Some(e) = &l.error {
        buf.set_line(area.x, area.y, &Line::styled(fit(e, area.width as usize), t.error()), area.width);
        return;
    }
    if l.loaded && l.total == 0 {
        let what = if l.filter.is_empty() {
            "everyone covered has Webex Calling: nobody is not provisioned".to_string()
        } else {
            format!("nothing matches \"{}\"", l.filter)
        };
        buf.set_line(area.x + 2, area.y, &Line::styled(what, t.dim()), area.width.saturating_sub(2));
        return;
    }
    let per = super::app::NOT_PROVISIONED_ROWS as u16;
    let w = area.width.saturating_sub(2) as usize;
    for n in 0..app.rows_shown(Pane::Users) {
        let i = l.top + n;
        if l.loaded && i >= l.total {
            break;
        }
        let y = area.y + n as u16 * per;
        if y + per > area.y + area.height {
            break;
        }
        let Some(u) = l.local(i).and_then(|k| rows.get(k)) else {
            buf.set_line(area.x + 2, y, &Line::styled("…", t.dim()), area.width.saturating_sub(2));
            continue;
        };
        let head = format!(
            "✕ {} <{}> · {}{}",
            u.display_name,
            u.email,
            u.work_phone.as_deref().unwrap_or("no number"),
            u.template.as_deref().map(|x| format!(" · {x}")).unwrap_or_default()
        );
        let style = if i == l.selected { t.selected() } else { Style::new() };
        if i == l.selected {
            buf.set_style(Rect { x: area.x, y, width: area.width, height: per }, t.selected());
            buf.set_string(area.x, y, "▶", t.selected());
        }
        buf.set_stringn(area.x + 2, y, fit(&head, w), w, style.patch(t.error().remove_modifier(Modifier::BOLD)));
        let why = format!("why: {}", u.reason.as_deref().unwrap_or("no reason was recorded"));
        buf.set_stringn(area.x + 4, y + 1, fit(&why, w.saturating_sub(2)), w.saturating_sub(2), style);
        let fix = wrap_words(&format!("fix: {}", u.fix), w.saturating_sub(2));
        for (k, part) in fix.iter().take(per as usize - 2).enumerate() {
            let last = k + 1 == per as usize - 2 && fix.len() > k + 1;
            let text = if last {
                fit(&format!("{part} {}", fix[k + 1..].join(" ")), w.saturating_sub(2))
            } else {
                part.clone()
            };
            buf.set_stringn(area.x + 4, y + 2 + k as u16, text, w.saturating_sub(2), style.patch(t.good()));
        }
    }
}

/// WG15: the user's recent calls, every call or only Webex Go calls.
fn call_lines(app: &App, d: &super::app::Detail) -> Vec<Line<'static>> {
    let t = app.theme;
    let key = app.keymap.label(ActionId::ToggleGoCalls);
    let mut lines = vec![Line::from(vec![
        Span::styled(if d.go_only { "Recent Webex Go calls" } else { "Recent calls" }, t.heading()),
        Span::styled(
            format!("  [{key}] Webex Go only (MOBILE_NETWORK): {}", if d.go_only { "on" } else { "off" }),
            t.dim(),
        ),
    ])];
    match &d.calls {
        None => lines.push(Line::styled("  loading…", t.dim())),
        Some(Err(e)) => lines.push(Line::styled(format!("  {e}"), t.error())),
        Some(Ok(calls)) if calls.is_empty() => lines.push(Line::raw(if d.go_only {
            "  no Webex Go calls"
        } else {
            "  none (import call records with `wxgo calls import FILE`)"
        })),
        Some(Ok(calls)) => {
            for c in calls {
                let outgoing = c.direction.to_ascii_lowercase().starts_with("orig")
                    || c.direction.eq_ignore_ascii_case("outgoing");
                let other = if outgoing { c.called_number.as_deref() } else { c.calling_number.as_deref() };
                lines.push(Line::raw(format!(
                    "  {} · {} · {} · {}:{:02} · {}",
                    c.start_time.format("%Y-%m-%d %H:%M"),
                    if outgoing { "out" } else { "in" },
                    other.unwrap_or("-"),
                    c.duration_s / 60,
                    c.duration_s % 60,
                    match (&c.sub_client_type, c.webex_go) {
                        (Some(s), true) => format!("Webex Go ({s})"),
                        (Some(s), false) => s.clone(),
                        (None, _) => "-".into(),
                    }
                )));
            }
        }
    }
    lines
}

fn prompt(app: &App, p: &super::app::Prompt, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let w = 76.min(area.width.saturating_sub(2));
    let inner_w = w.saturating_sub(2).max(1) as usize;
    let mut text: Vec<Line> = p.lines.iter().map(|l| Line::styled(l.text.clone(), tone_style(t, l.tone))).collect();
    let mut rows: usize = p.lines.iter().map(|l| word_wrapped_rows(&l.text, inner_w)).sum();
    let label_w = p.fields.iter().map(|f| f.label.chars().count()).max().unwrap_or(0) + 2;
    for (i, f) in p.fields.iter().enumerate() {
        let focus = i == p.focus;
        let value = match f.toggle {
            Some(on) => Span::styled(
                if on { "[x] on  (Space switches)" } else { "[ ] off (Space switches)" },
                if on { t.good() } else { t.error() },
            ),
            None => Span::styled(
                format!("{}{}", f.value, if focus { "▏" } else { "" }),
                Style::new().add_modifier(Modifier::UNDERLINED),
            ),
        };
        text.push(Line::from(vec![
            Span::styled(
                format!("{}{:<label_w$}", if focus { "▶ " } else { "  " }, f.label),
                if focus { t.key() } else { t.dim() },
            ),
            value,
        ]));
        rows += 1;
    }
    if let Some(n) = &p.note {
        text.push(Line::styled(n.clone(), t.error()));
        rows += word_wrapped_rows(n, inner_w);
    }
    let r = centered(area, w, (rows as u16 + 3).min(area.height.saturating_sub(2)));
    let inner = boxed(p.title.clone(), r, buf, t);
    let (body, foot) = split_last(inner);
    Paragraph::new(text).wrap(Wrap { trim: false }).render(body, buf);
    let line = Line::from(vec![
        Span::styled("Enter", t.key()),
        Span::raw(format!(" {}   ", p.submit)),
        Span::styled("Tab", t.key()),
        Span::raw(" next field   "),
        Span::styled("Esc", t.key()),
        Span::raw(" cancel"),
    ]);
    buf.set_line(foot.x, foot.y, &line, foot.width);
}

fn progress(app: &App, run: &super::app::LongRun, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let w = 64.min(area.width.saturating_sub(4));
    let r = centered(area, w, 6);
    let inner = boxed(run.op.label(), r, buf, t);
    let bar_w = inner.width.saturating_sub(12) as usize;
    let filled = (run.done * bar_w).checked_div(run.total).unwrap_or(0).min(bar_w);
    let pct = (run.done * 100).checked_div(run.total).unwrap_or(0);
    let bar = format!("{}{} {pct:>3}%", "█".repeat(filled), "░".repeat(bar_w - filled));
    buf.set_stringn(inner.x, inner.y, bar, inner.width as usize, t.good());
    let what = format!("{} {} of {}", run.phase, run.done, run.total);
    buf.set_stringn(inner.x, inner.y + 1, fit(&what, inner.width as usize), inner.width as usize, Style::new());
    let foot = if run.cancelling {
        Line::styled("cancelling: everything is rolled back…", t.error())
    } else if run.phase == crate::service::BulkPhase::Emailing.label() {
        Line::styled("added; emailing the codes (cannot be cancelled)", t.dim())
    } else if matches!(run.op, super::worker::LongOp::Import { dry_run: false, .. }) {
        Line::from(vec![Span::styled("Esc", t.key()), Span::raw(" cancel: all or nothing, nothing is added")])
    } else {
        Line::from(vec![Span::styled("Esc", t.key()), Span::raw(" cancel: nothing is changed")])
    };
    buf.set_line(inner.x, inner.y + 3.min(inner.height.saturating_sub(1)), &foot, inner.width);
}
