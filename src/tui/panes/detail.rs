//! The user details (Enter on a user, a device or a number's owner): location, licences,
//! Webex Calling, numbers, the Webex Go device with its code history, recent calls (WG15) and
//! the audit trail.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Widget};

use crate::domain::licence;
use crate::domain::Result;
use crate::service::{CallRow, UserDetail};
use crate::tui::actions::{ActionId, Context};
use crate::tui::app::App;
use crate::tui::jobs::{ask, Job, Jobs};
use crate::tui::layout::list_height;
use crate::tui::present::{code_state_word, fit, kind_word, paragraph, short_time, status_word, titled};

#[derive(Debug, Clone)]
pub struct Detail {
    pub email: String,
    pub data: Option<Box<UserDetail>>,
    pub error: Option<String>,
    pub scroll: u16,
    /// Recent calls (WG15), or why they could not be read.
    pub calls: Option<std::result::Result<Vec<CallRow>, String>>,
    /// Only Webex Go calls (sub client type `MOBILE_NETWORK`).
    pub go_only: bool,
}

/// How many recent calls the user detail shows.
pub const CALLS_SHOWN: usize = 20;

/// The user's details, for the details open on them.
fn read_user(email: String) -> Job {
    let asked = email.clone();
    ask(move |svc| svc.people().detail(&asked).map(Box::new), move |app, result| app.detail_loaded(email, result))
}

/// WG15: the user's recent calls, or only their Webex Go calls.
fn read_calls(email: String, webex_go: bool) -> Job {
    let asked = email.clone();
    ask(
        move |svc| svc.calls().list(Some(&asked), webex_go, CALLS_SHOWN),
        move |app, result| app.calls_loaded(email, webex_go, result),
    )
}

impl App {
    pub(crate) fn open_user(&mut self, email: String) -> Jobs {
        self.detail =
            Some(Detail { email: email.clone(), data: None, error: None, scroll: 0, calls: None, go_only: false });
        vec![read_user(email.clone()), read_calls(email, false)]
    }

    pub(crate) fn reload_detail(&self) -> Jobs {
        match &self.detail {
            Some(d) => vec![read_user(d.email.clone()), read_calls(d.email.clone(), d.go_only)],
            None => Vec::new(),
        }
    }

    /// Scrolls within the content: the last row stops at the bottom of the box, so `G`, `End`
    /// or many `j` never scroll into blank space, and `k`/`PgUp` always move back (issue 15.5).
    pub(crate) fn scroll_detail(&mut self, delta: i64) -> Jobs {
        let Some(rows) = self.detail.as_ref().map(|d| detail_lines(self, d).len()) else { return Vec::new() };
        let last = rows.saturating_sub(list_height(self.height)) as i64;
        if let Some(d) = self.detail.as_mut() {
            d.scroll = (d.scroll as i64).saturating_add(delta).clamp(0, last) as u16;
        }
        Vec::new()
    }

    pub(crate) fn detail_loaded(&mut self, email: String, result: Result<Box<UserDetail>>) -> Jobs {
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

    pub(crate) fn calls_loaded(&mut self, email: String, webex_go: bool, result: Result<Vec<CallRow>>) -> Jobs {
        if let Some(d) = self.detail.as_mut().filter(|d| d.email == email && d.go_only == webex_go) {
            d.calls = Some(result.map_err(|e| e.to_string()));
        }
        Vec::new()
    }

    pub(crate) fn toggle_go_calls(&mut self) -> Jobs {
        let Some(d) = self.detail.as_mut() else { return Vec::new() };
        d.go_only = !d.go_only;
        let req = read_calls(d.email.clone(), d.go_only);
        let text = self.tr.t(if d.go_only { "say-calls-go-only" } else { "say-calls-every" });
        self.info(text);
        vec![req]
    }
}

/// WG15: the user's recent calls, every call or only Webex Go calls.
fn call_lines(app: &App, d: &Detail) -> Vec<Line<'static>> {
    let t = app.theme;
    let tr = &app.tr;
    let key = app.keymap.label_in(Context::Detail, ActionId::ToggleGoCalls);
    let on = tr.t(if d.go_only { "title-on" } else { "title-off" });
    let mut lines = vec![Line::from(vec![
        Span::styled(tr.t(if d.go_only { "calls-recent-go" } else { "calls-recent" }), t.heading()),
        Span::styled(format!("  [{key}] {}", tr.t_with("calls-go-only", &[("on", on.as_str().into())])), t.dim()),
    ])];
    match &d.calls {
        None => lines.push(Line::styled(format!("  {}", tr.t("loading")), t.dim())),
        Some(Err(e)) => lines.push(Line::styled(format!("  {}", e), t.error())),
        Some(Ok(calls)) if calls.is_empty() => lines.push(Line::raw(if d.go_only {
            format!("  {}", tr.t("calls-no-go"))
        } else {
            let cmd = crate::cli::advice::command_in_context("wxgo calls import FILE");
            format!("  {}", tr.t_with("calls-none", &[("command", cmd.as_str().into())]))
        })),
        Some(Ok(calls)) => {
            for c in calls {
                let outgoing = c.direction.to_ascii_lowercase().starts_with("orig")
                    || c.direction.eq_ignore_ascii_case("outgoing");
                let other = if outgoing { c.called_number.as_deref() } else { c.calling_number.as_deref() };
                let line = format!(
                    "  {} · {} · {} · {}:{:02} · {}",
                    short_time(tr, c.start_time),
                    tr.t(if outgoing { "calls-out" } else { "calls-in" }),
                    other.unwrap_or("-"),
                    c.duration_s / 60,
                    c.duration_s % 60,
                    match (&c.sub_client_type, c.webex_go) {
                        (Some(s), true) => format!("Webex Go ({s})"),
                        (Some(s), false) => s.clone(),
                        (None, _) => "-".into(),
                    }
                );
                lines.push(Line::raw(line));
            }
        }
    }
    lines
}

pub fn draw(app: &App, area: Rect, buf: &mut Buffer) {
    let t = app.theme;
    let Some(d) = &app.detail else { return };
    let title = match &d.data {
        Some(x) => format!(" {} <{}> ", x.user.display_name, x.user.email),
        None => format!(" {} ", d.email),
    };
    let block = titled(Block::bordered(), Line::styled(title, t.title()));
    let inner = block.inner(area);
    block.render(area, buf);
    let lines = detail_lines(app, d);
    // Never past the end: the last page stays in view (issue 15.5), also after a resize.
    let last = (lines.len() as u16).saturating_sub(inner.height);
    paragraph(lines).scroll((d.scroll.min(last), 0)).render(inner, buf);
}

/// Every line of the user's details, as drawn (unwrapped: one entry a row).
fn detail_lines(app: &App, d: &Detail) -> Vec<Line<'static>> {
    let t = app.theme;
    let mut lines: Vec<Line> = Vec::new();
    if let Some(e) = &d.error {
        lines.push(Line::styled(String::from(e), t.error()));
    }
    let tr = &app.tr;
    let Some(x) = &d.data else {
        if d.error.is_none() {
            lines.push(Line::styled(tr.t("loading"), t.dim()));
        }
        return lines;
    };
    let u = &x.user;
    let kv = |k: &str, v: String| {
        Line::from(vec![Span::styled(format!("{:<16}", fit(&tr.t(k), 15)), t.dim()), Span::raw(v)])
    };
    let plain = |s: String| Line::raw(s);
    let none = || tr.t("none");
    lines.push(kv(
        "detail-location",
        match (&u.location, &u.location_country) {
            (Some(l), Some(c)) => format!("{l} ({c})"),
            (Some(l), None) => l.clone(),
            _ => none(),
        },
    ));
    lines.push(kv(
        "detail-licences",
        if u.licences.is_empty() {
            none()
        } else {
            u.licences.iter().map(|l| licence::display(l)).collect::<Vec<_>>().join(", ")
        },
    ));
    let calling = crate::tui::present::calling_status_word(tr, &u.calling_status);
    lines.push(kv(
        "detail-calling",
        format!(
            "{calling}{}",
            u.calling_reason
                .as_deref()
                .map(|r| format!(" ({})", tr.text(&crate::domain::licensing::recorded_reason(r, None))))
                .unwrap_or_default()
        ),
    ));
    lines.push(kv(
        "detail-primary-number",
        format!(
            "{}{}",
            u.primary_number.clone().unwrap_or_else(none),
            u.extension
                .as_deref()
                .map(|e| format!(" · {}", tr.t_with("detail-extension", &[("extension", e.into())])))
                .unwrap_or_default()
        ),
    ));
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr.t("detail-device"), t.heading()));
    match &x.device {
        Some(dev) => {
            lines.push(Line::from(vec![
                Span::raw(format!("  {} · {} · ", &dev.device_id, kind_word(tr, dev.kind))),
                Span::styled(status_word(tr, dev.status), t.status(dev.status)),
                Span::raw(format!(" · {}", &dev.subscription_id)),
            ]));
            if !dev.error_codes.is_empty() {
                // connected_with_issues: Webex's error codes, as Webex gives them.
                let codes = dev.error_codes.join(", ");
                lines.push(Line::styled(
                    format!("  ⚠ {}", tr.t_with("detail-issues", &[("codes", codes.as_str().into())])),
                    t.warning(),
                ));
            }
            let number = dev.number.as_deref().or(u.primary_number.as_deref()).unwrap_or("-");
            lines.push(plain(format!(
                "  {}",
                tr.t_with(
                    "detail-device-times",
                    &[
                        ("added", short_time(tr, dev.created_at).as_str().into()),
                        ("changed", short_time(tr, dev.changed_at).as_str().into()),
                        ("number", number.into()),
                    ],
                )
            )));
            lines.push(Line::styled(format!("  {}", tr.t("detail-codes")), t.dim()));
            if x.codes.is_empty() {
                lines.push(Line::raw(format!("  {}", none())));
            }
            for c in &x.codes {
                // The one valid code may have run out: say so (WG06).
                let state = if c.state == "valid" && dev.code_state == "expired" { "expired" } else { &c.state };
                let ended = c
                    .ended_at
                    .map(|e| {
                        format!(" · {}", tr.t_with("detail-code-ended", &[("at", short_time(tr, e).as_str().into())]))
                    })
                    .unwrap_or_default();
                let times = tr.t_with(
                    "detail-code-times",
                    &[
                        ("issued", short_time(tr, c.issued_at).as_str().into()),
                        ("expires", short_time(tr, c.expires_at).as_str().into()),
                    ],
                );
                lines.push(plain(format!("  {:<10} {times}{ended}", code_state_word(tr, state))));
            }
        }
        None => lines.push(Line::styled(
            format!(
                "  {}",
                tr.t_with(
                    "detail-no-device",
                    &[("key", app.keymap.label_in(Context::Detail, ActionId::AddDevice).as_str().into())],
                )
            ),
            t.dim(),
        )),
    }
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr.t("detail-numbers"), t.heading()));
    if x.numbers.is_empty() {
        lines.push(Line::raw(format!("  {}", none())));
    }
    for n in &x.numbers {
        lines.push(plain(format!(
            "  {} · {} · {} · {}{}{}",
            n.number,
            n.location,
            n.kind,
            n.state,
            if n.primary { format!(" · {}", tr.t("number-primary")) } else { String::new() },
            if n.webex_mobile { " · Webex Mobile" } else { "" }
        )));
    }
    lines.push(Line::raw(""));
    lines.extend(call_lines(app, d));
    lines.push(Line::raw(""));
    lines.push(Line::styled(tr.t("detail-audit"), t.heading()));
    if x.audit.is_empty() {
        lines.push(Line::raw(format!("  {}", none())));
    }
    for a in &x.audit {
        lines.push(plain(format!(
            "  {} {} · {} · {}{}",
            short_time(tr, a.at),
            a.actor,
            a.action,
            a.outcome,
            if a.details.is_empty() { String::new() } else { format!(" · {}", a.details) }
        )));
    }
    lines
}
