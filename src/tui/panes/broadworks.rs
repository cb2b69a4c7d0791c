//! The BroadWorks Status pane: subscribers grouped errors first, then pending, then
//! provisioned (BW03, BW05), under a header with the counts per group and whether every
//! customer template is set up for flow-through with untrusted emails (BW01).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Widget, Wrap};

use super::{PageRows, Pane};
use crate::domain::bw::BwStatus;
use crate::domain::Result;
use crate::service::{BwSubscriberRow, BwTemplateRow, Service};
use crate::tui::actions::{ActionId, Context};
use crate::tui::app::App;
use crate::tui::jobs::{ask_latest, Jobs};
use crate::tui::present::{col, fit, paragraph, put_line, Col};
use crate::tui::theme::Theme;
use crate::tui::worker::Slot;

pub const COLUMNS: [Col; 5] = [
    col("BroadWorks id", 20, 0, true),
    col("Name", 16, 4, false),
    col("Package", 9, 1, false),
    col("Status", 26, 0, false),
    col("Error", 14, 2, true),
];

pub fn symbol(s: BwStatus) -> &'static str {
    match s.group() {
        "provisioned" => "●",
        "error" => "✕",
        _ => "◌",
    }
}

pub fn cell(t: Theme, s: &BwSubscriberRow, c: usize) -> Line<'static> {
    match c {
        0 => Line::raw(s.broadworks_user_id.clone()),
        1 => Line::raw(format!("{} {}", s.first_name, s.last_name)),
        2 => Line::raw(s.package.as_str()),
        3 => Line::styled(format!("{} {}", symbol(s.status), s.status.label()), t.bw_status(s.status)),
        _ => match (&s.error_code, &s.error_description) {
            (None, None) => Line::raw(""),
            (code, desc) => Line::styled(
                format!("{}: {}", code.as_deref().unwrap_or("-"), desc.as_deref().unwrap_or("")),
                t.error().remove_modifier(Modifier::BOLD),
            ),
        },
    }
}

/// Enter on a subscriber: everything about it.
pub fn notice(s: &BwSubscriberRow) -> (String, Vec<String>) {
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
            s.status.label(),
            s.last_status_change.format("%Y-%m-%d %H:%M UTC"),
            if s.self_activated { " · self-activated" } else { "" }
        ),
        match (&s.error_code, &s.error_description) {
            (None, None) => "No error.".into(),
            (c, d) => format!("Error {}: {}", c.as_deref().unwrap_or("-"), d.as_deref().unwrap_or("(no description)")),
        },
    ];
    (format!("BroadWorks subscriber {}", s.broadworks_user_id), lines)
}

/// The pane's header, loaded with the pane and reloaded on every change.
/// The BroadWorks pane's header: how many subscribers per group, and the templates (BW01).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BwSummary {
    pub errors: usize,
    pub pending: usize,
    pub provisioned: usize,
    pub templates: Vec<BwTemplateRow>,
}

/// Counts per group: the list is grouped errors first, then pending, then provisioned, so the
/// errors are counted from the top of the not-provisioned list without reading the rest.
fn bw_summary(svc: &Service) -> Result<BwSummary> {
    let all = svc.broadworks().count(false, "")?;
    let open = svc.broadworks().count(true, "")?;
    let mut errors = 0;
    let page = 200;
    while errors < open {
        let rows = svc.broadworks().list(true, "", errors, page)?;
        let n = rows.iter().take_while(|r| r.status == BwStatus::Error).count();
        errors += n;
        if n < page || rows.len() < page {
            break;
        }
    }
    Ok(BwSummary {
        errors,
        pending: open.saturating_sub(errors),
        provisioned: all.saturating_sub(open),
        templates: svc.broadworks().templates()?,
    })
}

#[derive(Debug, Clone)]
pub struct BwHeader {
    pub summary: Option<BwSummary>,
    pub error: Option<String>,
    stale: bool,
    requested: bool,
}

impl Default for BwHeader {
    fn default() -> Self {
        BwHeader { summary: None, error: None, stale: true, requested: false }
    }
}

impl BwHeader {
    pub(crate) fn wanted(&mut self) -> Jobs {
        if self.stale && !self.requested {
            self.requested = true;
            return vec![ask_latest(
                Slot("broadworks summary", 0),
                |svc| bw_summary(svc),
                |app, result| app.bw_summary_loaded(result),
            )];
        }
        Vec::new()
    }

    pub(crate) fn outdated(&mut self) {
        self.stale = true;
        self.requested = false;
    }
}

impl App {
    pub(crate) fn toggle_exclude_provisioned(&mut self) -> Jobs {
        let on = self.flip(Pane::Bw);
        self.info(if on {
            "showing only subscribers pending or in error (provisioned excluded)"
        } else {
            "showing every subscriber"
        });
        self.restart(Pane::Bw)
    }

    pub(crate) fn bw_summary_loaded(&mut self, result: Result<BwSummary>) -> Jobs {
        self.bw.requested = false;
        self.bw.stale = false;
        match result {
            Ok(s) => {
                self.bw.summary = Some(s);
                self.bw.error = None;
            }
            Err(e) => self.bw.error = Some(e.to_string()),
        }
        Vec::new()
    }

    pub(crate) fn selected_bw(&self) -> Option<BwSubscriberRow> {
        let l = self.list(Pane::Bw);
        match &l.rows {
            PageRows::Bw(r) => l.current().and_then(|i| r.get(i)).cloned(),
            _ => None,
        }
    }
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

/// Counts per status group, then whether every customer template is set up for flow-through
/// with untrusted emails (BW01) and, if not, what to change.
pub fn draw_header(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    if area.height == 0 {
        return;
    }
    let Some(s) = &app.bw.summary else {
        let text = app.bw.error.clone().unwrap_or_else(|| "loading the status groups and templates…".into());
        put_line(buf, area.x, area.y, &Line::styled(fit(&text, area.width as usize), t.dim()), area.width);
        return;
    };
    let line = Line::from(vec![
        Span::styled(format!("✕ {} error", s.errors), t.error().remove_modifier(Modifier::BOLD)),
        Span::raw(" · "),
        Span::styled(format!("◌ {} pending", s.pending), t.dim()),
        Span::raw(" · "),
        Span::styled(format!("● {} provisioned", s.provisioned), t.good()),
        Span::styled(if app.toggle(Pane::Bw) { "  (provisioned hidden)" } else { "" }.to_string(), t.dim()),
        Span::styled(format!("  [{}] templates", app.keymap.label_in(Context::Bw, ActionId::BwTemplates)), t.dim()),
    ]);
    put_line(buf, area.x, area.y, &line, area.width);
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
                &first.name,
                if bad.len() > 1 { format!(" (and {} more)", bad.len() - 1) } else { String::new() },
                short_fix(first.untrusted_emails, &first.share_link)
            ),
            t.error(),
        ),
    };
    paragraph(text).wrap(Wrap { trim: true }).render(rest, buf);
}
