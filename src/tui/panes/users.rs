//! The Users pane: every user with licences, number, Webex Calling and Webex Go status; or,
//! toggled (AL04), only the users without Webex Calling, each with the reason and the fix.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

use super::{empty_or_error, PaneList};
use super::{PageRows, Pane};
use crate::domain::licence;
use crate::service::{NotProvisionedRow, UserRow};
use crate::tui::app::App;
use crate::tui::jobs::Jobs;
use crate::tui::layout::{list_height, NOT_PROVISIONED_ROWS};
use crate::tui::present::{col, fit, put_line, whole, wrap_words, Col};
use crate::tui::theme::Theme;

pub const COLUMNS: [Col; 7] = [
    col("col-name", 14, 1, false),
    whole(col("col-email", 18, 3, true)),
    col("col-location", 9, 4, false),
    col("col-licences", 17, 6, false),
    whole(col("col-number", 13, 2, false)),
    col("col-calling", 15, 5, false),
    whole(col("col-webex-go", 20, 0, false)),
];

pub fn cell(t: Theme, tr: &crate::i18n::Tr, u: &UserRow, c: usize) -> Line<'static> {
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
            "provisioned" => tr.t("calling-provisioned"),
            "not_provisioned" => tr.t("calling-not-provisioned"),
            _ => "-".to_string(),
        }),
        _ => match u.device_status {
            Some(s) => Line::from(vec![Span::styled(crate::tui::present::status_word(tr, s), t.status(s))]),
            None => Line::styled(tr.t("no-device"), t.dim()),
        },
    }
}

/// Users the not-provisioned view shows at once in a terminal `height` rows high.
pub fn not_provisioned_shown(height: u16) -> usize {
    (list_height(height) / NOT_PROVISIONED_ROWS).max(1)
}

impl App {
    pub(crate) fn toggle_not_provisioned(&mut self) -> Jobs {
        let on = self.flip(Pane::Users);
        self.info(self.tr.t(if on { "say-showing-not-provisioned" } else { "say-showing-every-user" }));
        self.restart(Pane::Users)
    }

    /// The Users pane's row for the selected user in either view: (email, name, work phone).
    pub(crate) fn selected_user_row(&self) -> Option<(String, String, Option<String>)> {
        let l = self.list(Pane::Users);
        let i = l.current()?;
        match &l.rows {
            PageRows::Users(r) => r.get(i).map(|u| (u.email.clone(), u.display_name.clone(), u.work_phone.clone())),
            PageRows::NotProvisioned(r) => {
                r.get(i).map(|u| (u.email.clone(), u.display_name.clone(), u.work_phone.clone()))
            }
            _ => None,
        }
    }

    /// The user open in the details, or selected on the Users pane: (email, name).
    pub(crate) fn selected_user(&self) -> Option<(String, String)> {
        if let Some(d) = &self.detail {
            let name = d.data.as_ref().map(|x| x.user.display_name.clone()).unwrap_or_else(|| d.email.clone());
            return Some((d.email.clone(), name));
        }
        self.selected_user_row().map(|(email, name, _)| (email, name))
    }
}

/// AL04: each user without Webex Calling on a few rows: who and the number, why, and the fix.
pub fn draw_not_provisioned(app: &App, l: &PaneList, rows: &[NotProvisionedRow], area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let tr = &app.tr;
    let nobody = tr.t("empty-not-provisioned");
    if empty_or_error(t, tr, l, &nobody, area.x + 2, area.y, area, buf) {
        return;
    }
    let per = NOT_PROVISIONED_ROWS as u16;
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
            put_line(buf, area.x + 2, y, &Line::styled("…", t.dim()), area.width.saturating_sub(2));
            continue;
        };
        let head = format!(
            "✕ {} <{}> · {}{}",
            u.display_name,
            u.email,
            u.work_phone.clone().unwrap_or_else(|| tr.t("no-number")),
            u.template.as_deref().map(|x| format!(" · {x}")).unwrap_or_default()
        );
        let style = if i == l.selected { t.selected() } else { Style::new() };
        if i == l.selected {
            buf.set_style(Rect { x: area.x, y, width: area.width, height: per }, t.selected());
            buf.set_string(area.x, y, "▶", t.selected());
        }
        buf.set_stringn(area.x + 2, y, fit(&head, w), w, style.patch(t.error().remove_modifier(Modifier::BOLD)));
        let reason = u.reason.as_ref().map(|r| tr.text(r)).unwrap_or_else(|| tr.t("np-no-reason"));
        let why = tr.t_with("np-why", &[("reason", reason.as_str().into())]);
        buf.set_stringn(area.x + 4, y + 1, fit(&why, w.saturating_sub(2)), w.saturating_sub(2), style);
        let fix = wrap_words(&tr.t_with("np-fix", &[("fix", tr.text(&u.fix).as_str().into())]), w.saturating_sub(2));
        for (k, part) in fix.iter().take(per as usize - 2).enumerate() {
            let last = k + 1 == per as usize - 2 && fix.len() > k + 1;
            let text = if last { format!("{part} {}", fix[k + 1..].join(" ")) } else { part.clone() };
            let text = fit(&text, w.saturating_sub(2));
            buf.set_stringn(area.x + 4, y + 2 + k as u16, text, w.saturating_sub(2), style.patch(t.good()));
        }
    }
}
