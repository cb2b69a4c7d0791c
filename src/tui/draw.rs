//! The frame: a pure function of the state. `draw(frame, &app)` reads, never changes, the app;
//! it lays out the header, the tabs, the pane or the details, the status line (as many rows as
//! the message needs, up to three) and the footer,
//! then the popups, each drawing itself, and makes the cells safe last.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget, Wrap};
use ratatui::Frame;

use super::actions::{hints, Context};
use super::app::App;
use super::layout::{MIN_HEIGHT, MIN_WIDTH};
use super::panes::{self, Pane};
use super::present::{fit, fit_tail, hint_line, paragraph, put_line, scrub};

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
    let row = |y: u16| Rect { x: area.x, y: area.y + y, width: area.width, height: 1 };
    header(app, row(0), buf);
    tabs(app, row(1), buf);
    // A long message takes up to three rows from the body, so it is read whole.
    let below = Rect { x: area.x, y: area.y + 2, width: area.width, height: area.height - 3 };
    let env = app.env();
    let status = env.status_line();
    let (body, said) = status.split(below, MIN_HEIGHT - 6);
    if app.detail.is_some() {
        panes::detail::draw(app, body, buf);
    } else {
        panes::draw(app, body, buf);
    }
    status.draw(said, buf, true);
    footer(app, row(area.height - 1), buf);
    for p in &app.popups {
        p.draw(&env, area, buf);
    }
    scrub(buf);
    if app.mirrored() {
        // A QR code is drawn as it is: mirrored, it is not the code the phone expects.
        let keep: Vec<Rect> = app
            .popups
            .iter()
            .filter_map(|p| match p {
                super::popups::Popup::Activation(a) => a.qr_area.get(),
                _ => None,
            })
            .collect();
        crate::i18n::bidi::mirror_keeping(buf, area, &keep);
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    Clear.render(area, buf);
    let text = vec![
        Line::from(Span::styled(app.tr.t("small-title"), app.theme.title())),
        Line::from(app.tr.t_with(
            "small-needs",
            &[
                ("needs", format!("{MIN_WIDTH}x{MIN_HEIGHT}").as_str().into()),
                ("this", format!("{}x{}", area.width, area.height).as_str().into()),
            ],
        )),
        Line::from(app.tr.t("small-quits")),
    ];
    let h = (text.len() as u16).min(area.height);
    let y = area.y + area.height.saturating_sub(h) / 2;
    paragraph(text)
        .wrap(Wrap { trim: true })
        .centered()
        .render(Rect { x: area.x, y, width: area.width, height: area.height - (y - area.y) }, buf);
}

/// The header: the brand, trouble with the real organisation (never cut), the organisation,
/// where the data comes from (the copy's age, a sync's progress, the database), read-only, and
/// the clipboard's way. When the width runs out, the clipboard's words go first (shortened,
/// then dropped), then the organisation's name is shortened, and the copy's age last.
fn header(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let width = area.width as usize;
    let tr = &app.tr;
    let org = app.org.as_ref().map(|o| o.name.clone()).unwrap_or_else(|| tr.t("header-opening"));
    let trouble = app.remote_trouble.map(|r| format!("{} ", r.label(tr)));
    let ro = if app.read_only { format!(" {} ", tr.t("header-read-only")) } else { String::new() };
    let ro = ro.as_str();
    let syncing = app.syncing.as_ref().map(|r| match &r.other {
        Some(o) => tr.t_with("header-syncing-other", &[("org", o.as_str().into()), ("line", r.line.as_str().into())]),
        None => tr.t_with("header-syncing", &[("line", r.line.as_str().into())]),
    });
    let db = format!("  {} ", tr.t("header-db"));
    // What the where-text says, and whether it keeps its end (an age, a path) when shortened.
    let (where_label, where_full, keep_end) = match (&syncing, &app.backend_label) {
        // A sync in the background: its progress where the age of the copy is.
        (Some(s), _) => ("  ", s.clone(), false),
        // A real organisation: which profile, and how old the copy is, say more than the file.
        (None, Some(b)) => ("  ", b.clone(), true),
        (None, None) => (db.as_str(), app.db_label.clone(), true),
    };
    let len = |s: &str| Span::raw(s).width();
    let fixed = len(" wxgo  ") + trouble.as_deref().map_or(0, len) + len(ro) + len(where_label) + 1;
    let room = width.saturating_sub(fixed);
    let (org_len, where_len) = (len(&org), len(&where_full));
    // The where-text whole when it fits beside at least a short organisation name.
    let org_min = org_len.min(16);
    let where_room = where_len.min(room.saturating_sub(org_min)).max(8.min(where_len));
    let org_room = org_len.min(room.saturating_sub(where_room));
    let left = room.saturating_sub(where_room + org_room);
    let clip_full = format!(" {} {}", tr.t("header-clipboard"), app.clipboard.describe_in(tr));
    let clip_short = format!(" {} {}", tr.t("header-clip"), app.clipboard.way_in(tr));
    let clip = [clip_full, clip_short].into_iter().find(|c| len(c) <= left);
    let where_text = if keep_end { fit_tail(&where_full, where_room) } else { fit(&where_full, where_room) };
    let mut spans = vec![Span::styled(" wxgo ", t.brand()), Span::raw(" ")];
    if let Some(tr) = trouble {
        spans.push(Span::styled(tr, t.error()));
    }
    spans.extend([
        Span::styled(fit(&org, org_room), t.title()),
        Span::styled(where_label, t.dim()),
        Span::raw(where_text),
        Span::raw(" "),
    ]);
    if app.read_only {
        spans.push(Span::styled(ro, t.badge_read_only()));
    }
    if let Some(c) = clip {
        spans.push(Span::styled(c, t.dim()));
    }
    put_line(buf, area.x, area.y, &Line::from(spans), area.width);
}

fn tabs(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let mut spans = Vec::new();
    for p in Pane::ALL {
        let label = format!("{} {}", p.index() + 1, app.tr.t(p.message_id()));
        if p == app.pane {
            spans.push(Span::styled(format!("▶{label} "), t.selected()));
        } else {
            spans.push(Span::raw(format!(" {label} ")));
        }
        spans.push(Span::raw(" "));
    }
    put_line(buf, area.x, area.y, &Line::from(spans), area.width);
}

/// The footer: the keys of where the keys go now, from the action table; where the keys type
/// text, that first.
fn footer(app: &App, area: Rect, buf: &mut Buffer) {
    hint_line(app.theme, footer_items(app), area, buf);
}

/// The footer's key hints, most important first: what it shows when the row has room for all.
pub(crate) fn footer_items(app: &App) -> Vec<(String, String)> {
    let ctx = app.context();
    let typing = match ctx {
        Context::Filter => Some("footer-type-filter"),
        Context::Palette | Context::Search => Some("footer-type-search"),
        _ => None,
    };
    let mut items: Vec<(String, String)> =
        typing.map(|id| (app.tr.t("footer-type"), app.tr.t(id))).into_iter().collect();
    items.extend(hints(&app.tr, &app.keymap, app.read_only, ctx, |id| app.available(id)));
    items
}
