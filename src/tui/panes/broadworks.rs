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
use crate::i18n::Tr;
use crate::service::{BwSubscriberRow, BwTemplateRow, Service};
use crate::tui::actions::{ActionId, Context};
use crate::tui::app::App;
use crate::tui::jobs::{ask_latest, Jobs};
use crate::tui::present::{bw_status_word, col, fit, paragraph, put_line, Col};
use crate::tui::theme::Theme;
use crate::tui::worker::Slot;

pub const COLUMNS: [Col; 5] = [
    col("col-broadworks-id", 20, 0, true),
    col("col-name", 16, 4, false),
    col("col-package", 9, 1, false),
    col("col-status", 26, 0, false),
    col("col-error", 14, 2, true),
];

pub fn symbol(s: BwStatus) -> &'static str {
    match s.group() {
        "provisioned" => "●",
        "error" => "✕",
        _ => "◌",
    }
}

pub fn cell(t: Theme, tr: &Tr, s: &BwSubscriberRow, c: usize) -> Line<'static> {
    match c {
        0 => Line::raw(s.broadworks_user_id.clone()),
        1 => Line::raw(format!("{} {}", s.first_name, s.last_name)),
        2 => Line::raw(s.package.as_str()),
        3 => Line::styled(format!("{} {}", symbol(s.status), bw_status_word(tr, s.status)), t.bw_status(s.status)),
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
pub fn notice(tr: &Tr, s: &BwSubscriberRow) -> (String, Vec<String>) {
    let email = s.email.clone().unwrap_or_else(|| tr.t("bw-no-email-yet"));
    let status = bw_status_word(tr, s.status);
    let since = tr.datetime(s.last_status_change);
    let lines = vec![
        format!("{} {} <{}>", s.first_name, s.last_name, email),
        tr.t_with("bw-notice-id", &[("id", s.broadworks_user_id.as_str().into())]),
        tr.t_with(
            "bw-notice-provisioning",
            &[("id", s.provisioning_id.as_str().into()), ("enterprise", s.sp_enterprise_id.as_str().into())],
        ),
        tr.t_with(
            "bw-notice-number",
            &[
                ("number", s.primary_number.as_deref().unwrap_or("-").into()),
                ("extension", s.extension.as_deref().unwrap_or("-").into()),
            ],
        ),
        tr.t_with(
            "bw-notice-package",
            &[("package", s.package.as_str().into()), ("template", s.template.as_deref().unwrap_or("-").into())],
        ),
        tr.t_with("bw-notice-status", &[("status", status.as_str().into()), ("since", since.as_str().into())])
            + &if s.self_activated { format!(" · {}", tr.t("bw-self-activated")) } else { String::new() },
        match (&s.error_code, &s.error_description) {
            (None, None) => tr.t("bw-no-error"),
            (c, d) => {
                let d = d.clone().unwrap_or_else(|| tr.t("bw-no-description"));
                tr.t_with(
                    "bw-notice-error",
                    &[("code", c.as_deref().unwrap_or("-").into()), ("text", d.as_str().into())],
                )
            }
        },
    ];
    (tr.t_with("bw-notice-title", &[("id", s.broadworks_user_id.as_str().into())]), lines)
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
        self.info(self.tr.t(if on { "say-showing-open-subscribers" } else { "say-showing-every-subscriber" }));
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
fn short_fix(tr: &Tr, untrusted: bool, share_link: &str) -> String {
    let mut steps = Vec::new();
    if !untrusted {
        steps.push(tr.t("bw01-check-untrusted"));
    }
    if share_link != "activation_link" {
        steps.push(tr.t("bw01-set-share-link"));
    }
    steps.join(", ")
}

/// Counts per status group, then whether every customer template is set up for flow-through
/// with untrusted emails (BW01) and, if not, what to change.
pub fn draw_header(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let tr = &app.tr;
    if area.height == 0 {
        return;
    }
    let Some(s) = &app.bw.summary else {
        let text = app.bw.error.clone().unwrap_or_else(|| tr.t("bw-loading-header"));
        put_line(buf, area.x, area.y, &Line::styled(fit(&text, area.width as usize), t.dim()), area.width);
        return;
    };
    let line = Line::from(vec![
        Span::styled(
            format!("✕ {}", tr.t_with("bw-count-error", &[("n", s.errors.into())])),
            t.error().remove_modifier(Modifier::BOLD),
        ),
        Span::raw(" · "),
        Span::styled(format!("◌ {}", tr.t_with("bw-count-pending", &[("n", s.pending.into())])), t.dim()),
        Span::raw(" · "),
        Span::styled(format!("● {}", tr.t_with("bw-count-provisioned", &[("n", s.provisioned.into())])), t.good()),
        Span::styled(
            if app.toggle(Pane::Bw) { format!("  {}", tr.t("bw-provisioned-hidden")) } else { String::new() },
            t.dim(),
        ),
        Span::styled(
            format!("  [{}] {}", app.keymap.label_in(Context::Bw, ActionId::BwTemplates), tr.t("bw-templates")),
            t.dim(),
        ),
    ]);
    put_line(buf, area.x, area.y, &line, area.width);
    let rest = Rect { y: area.y + 1, height: area.height.saturating_sub(1), ..area };
    let bad: Vec<_> = s.templates.iter().filter(|t| !t.flow_through_ready).collect();
    let text = match bad.first() {
        None => {
            Line::styled(format!("✓ {}", tr.t_with("bw01-all-ready", &[("n", s.templates.len().into())])), t.good())
        }
        Some(first) => Line::styled(
            format!(
                "⚠ {}",
                tr.t_with(
                    "bw01-not-ready",
                    &[
                        ("name", first.name.as_str().into()),
                        ("more", (bad.len() - 1).into()),
                        ("fix", short_fix(tr, first.untrusted_emails, &first.share_link).as_str().into()),
                    ],
                )
            ),
            t.error(),
        ),
    };
    paragraph(text).wrap(Wrap { trim: true }).render(rest, buf);
}
