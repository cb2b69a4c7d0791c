//! "Why can't this user call?" in the console: `y` on a user, a device, a number or a
//! BroadWorks subscriber (in the user's details too, and `why` in the palette) opens one view of
//! everything about the person: how old the facts are, the likely causes first, each with its
//! rule, whether it blocks calls and the key and command that fix it, then the facts and what
//! was checked. The keys that move a list scroll it; `F` reads the person again (from Webex
//! first on a real organisation); Esc or q closes it. The report comes from a job (see
//! `flows/why.rs`); the view only holds it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Env, Event};
use crate::domain::{licence, Result};
use crate::i18n::Tr;
use crate::service::why::WhyReport;
use crate::tui::actions::{by_name, movement, ActionId, Context};
use crate::tui::keymap::{Key, Keymap};
use crate::tui::layout::MIN_HEIGHT;
use crate::tui::present::{
    auth_word, boxed, bw_status_word, calling_status_word, code_state_word, kind_word, paragraph, put_line, safe,
    short_time, status_word, wrap_text,
};
use crate::tui::theme::Theme;

/// The view's state: who was asked about, the report (or why there is none) and the scroll.
#[derive(Debug, Clone)]
pub struct Why {
    /// What the report was asked for (an email, a number, a BroadWorks id).
    pub query: String,
    pub report: Option<Box<WhyReport>>,
    pub error: Option<String>,
    /// A read is out (the first one, or `F`).
    pub loading: bool,
    pub scroll: u16,
}

/// What became of a read, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Read {
    /// Shown; nothing to say.
    Shown,
    /// `F` read the person again: what it found.
    /// `F` read the person again: the causes it found.
    Refreshed(usize),
    /// `F` failed: the report from before stays, and this says why.
    NotRefreshed(String),
}

impl Why {
    /// Opened while the report is read.
    pub fn new(query: String) -> Self {
        Why { query, report: None, error: None, loading: true, scroll: 0 }
    }

    pub fn title(&self, tr: &Tr) -> String {
        let facts = self.report.as_ref().map(|r| &r.facts);
        let who = match (facts.and_then(|f| f.person.as_ref()), facts.and_then(|f| f.broadworks.as_ref())) {
            (Some(p), _) => format!("{} <{}>", p.display_name, p.email),
            (None, Some(b)) => format!(
                "{} {} (BroadWorks {})",
                b.subscriber.first_name, b.subscriber.last_name, b.subscriber.broadworks_user_id
            ),
            _ => self.query.clone(),
        };
        tr!(tr, "why-title", who = &who)
    }

    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        let action = env.action(Context::Why, key);
        if let Some(delta) = action.and_then(|id| movement(id, env.page)) {
            self.scroll_by(delta, env);
            return Vec::new();
        }
        match action {
            Some(ActionId::WhyRefresh) => {
                self.loading = true;
                return vec![Event::RefreshWhy(self.query.clone())];
            }
            Some(ActionId::Close) => return vec![Event::Close],
            _ => {}
        }
        Vec::new()
    }

    /// The answer of a read: the report, or why there is none. A refresh that failed keeps the
    /// report read before.
    pub fn loaded(&mut self, refresh: bool, result: Result<Box<WhyReport>>) -> Read {
        self.loading = false;
        match result {
            Ok(r) => {
                let causes = r.causes.len();
                self.report = Some(r);
                self.error = None;
                if !refresh {
                    return Read::Shown;
                }
                Read::Refreshed(causes)
            }
            Err(e) if refresh && self.report.is_some() => Read::NotRefreshed(e.to_string()),
            Err(e) => {
                self.error = Some(e.to_string());
                Read::Shown
            }
        }
    }

    fn scroll_by(&mut self, delta: i64, env: &Env) {
        let rows = lines(env.theme, env.tr, env.keymap, self, inner_width(env.width)).len();
        let last = (rows as i64 - body_rows(env.height) as i64).max(0);
        self.scroll = (self.scroll as i64).saturating_add(delta).clamp(0, last) as u16;
    }

    /// Drawn where the pane is, under the header and the tabs, above the status line.
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let below = Rect { x: area.x, y: area.y + 2, width: area.width, height: area.height.saturating_sub(3) };
        let (body, _) = env.status_line().split(below, MIN_HEIGHT - 6);
        let inner = boxed(&self.title(env.tr), body, buf, t);
        let all = lines(t, env.tr, env.keymap, self, inner.width as usize);
        let last = (all.len() as u16).saturating_sub(inner.height);
        let top = self.scroll.min(last) as usize;
        let shown: Vec<Line> = all.into_iter().skip(top).collect();
        paragraph(shown).render(inner, buf);
        let n = (last + inner.height) as usize;
        if n > inner.height as usize {
            let end = (top + inner.height as usize).min(n);
            let mark = format!(" {} ", tr!(env.tr, "title-rows", from = top + 1, to = end, n = n));
            let w = mark.chars().count() as u16;
            let x = body.x + body.width.saturating_sub(w + 2);
            put_line(buf, x, body.y + body.height.saturating_sub(1), &Line::styled(mark, t.dim()), w);
        }
    }
}

/// Columns inside the view's box.
fn inner_width(width: u16) -> usize {
    width.saturating_sub(2).max(10) as usize
}

/// Rows inside the view's box on a terminal `height` rows high (with a one-row status line).
fn body_rows(height: u16) -> u16 {
    height.saturating_sub(6).max(1)
}

/// `text` broken at `width` with a hanging indent: `head` (styled) starts the first row, and
/// every row after it starts `indent` columns in, under the text.
fn hanging(head: Span<'static>, text: &str, width: usize, indent: usize, style: Style) -> Vec<Line<'static>> {
    let head_w = head.content.chars().count().max(indent);
    let pad = head_w - head.content.chars().count();
    let rows = wrap_text(&safe(text), width.saturating_sub(head_w).max(10));
    let mut out = Vec::with_capacity(rows.len());
    for (i, r) in rows.into_iter().enumerate() {
        if i == 0 {
            out.push(Line::from(vec![head.clone(), Span::raw(" ".repeat(pad)), Span::styled(r, style)]));
        } else {
            out.push(Line::from(vec![Span::raw(" ".repeat(head_w)), Span::styled(r, style)]));
        }
    }
    out
}

/// `text` broken at `width`, in one style.
fn wrapped(text: &str, width: usize, style: Style) -> Vec<Line<'static>> {
    hanging(Span::raw(""), text, width, 0, style)
}

/// The facts' labels, each a message: the widest one in the language sets the column.
const FACT_LABELS: [&str; 14] = [
    "why-location",
    "why-licences",
    "why-calling",
    "why-work-number",
    "why-number",
    "why-webex-go",
    "why-code",
    "why-refused-attempt",
    "why-operator-account",
    "why-broadworks",
    "why-calls",
    "why-call",
    "why-audit",
    "why-note",
];

/// The facts' label column (`key_w` columns) at `width` columns.
struct Facts<'a> {
    t: Theme,
    tr: &'a Tr,
    key_w: usize,
    width: usize,
}

impl Facts<'_> {
    fn kv(&self, id: &str, v: String) -> Vec<Line<'static>> {
        let k = if id.is_empty() { String::new() } else { tr!(self.tr, id) };
        let kw = self.key_w;
        let mut rows = wrap_text(&safe(&v), self.width.saturating_sub(kw).max(10)).into_iter();
        let mut out = vec![Line::from(vec![
            Span::styled(format!("{k:<kw$}"), self.t.dim()),
            Span::raw(rows.next().unwrap_or_default()),
        ])];
        out.extend(rows.map(|r| Line::raw(format!("{:<kw$}{r}", ""))));
        out
    }
}

/// Every row of the view at `width` columns: the age, the causes, the facts, the checks.
fn lines(t: Theme, tr: &Tr, keymap: &Keymap, v: &Why, width: usize) -> Vec<Line<'static>> {
    let mut out: Vec<Line<'static>> = Vec::new();
    if let Some(e) = &v.error {
        out.extend(wrapped(e, width, t.error()));
        return out;
    }
    let Some(r) = &v.report else {
        out.push(Line::styled(tr!(tr, "why-reading"), t.dim()));
        return out;
    };
    let words = tr.text(&r.as_of.words);
    let age = if v.loading { tr!(tr, "why-reading-again", age = &words) } else { words };
    out.extend(wrapped(&tr!(tr, "why-facts-age", age = &age), width, t.dim()));
    if r.causes.is_empty() {
        out.push(Line::styled(format!("✓ {}", tr!(tr, "why-no-cause")), t.good()));
    } else {
        out.push(Line::styled(tr!(tr, "why-likely-causes"), t.heading()));
    }
    for (i, c) in r.causes.iter().enumerate() {
        let (mark, style) = if c.blocking { ("✕", t.error()) } else { ("!", t.info()) };
        let head = Span::styled(format!("{:>2} {mark} {} ", i + 1, c.rule), style);
        out.extend(hanging(head, &tr.text(&c.summary), width, 10, Style::new()));
        let key = c.fix.action.and_then(by_name).map(|a| keymap.label(a.id)).or(c.fix.key.map(str::to_string));
        let mut fix = Vec::new();
        if let Some(k) = key {
            fix.push(format!("{k} ({})", c.fix.place.as_ref().map(|p| tr.text(p)).unwrap_or_default()));
        }
        if let Some(cmd) = &c.fix.command {
            fix.push(cmd.clone());
        }
        if !fix.is_empty() {
            let fix = tr!(tr, "np-fix", fix = &fix.join(" · "));
            out.extend(hanging(Span::raw(" ".repeat(10)), &fix, width, 10, t.key()));
        }
    }
    out.push(Line::raw(""));
    out.push(Line::styled(tr!(tr, "why-facts"), t.heading()));
    let widest = FACT_LABELS.iter().map(|id| tr!(tr, id).chars().count()).max().unwrap_or(0);
    // 16 columns as English has them; a language with a longer label gets it and a space.
    let key_w = if widest <= 16 { 16 } else { (widest + 1).min((width / 3).max(16)) };
    let f = Facts { t, tr, key_w, width };
    out.extend(facts(&f, r));
    out.push(Line::raw(""));
    out.push(Line::styled(tr!(tr, "why-checked"), t.heading()));
    for c in &r.checked {
        let (mark, style) = match c.result {
            "ok" => ("✓", t.good()),
            "cause" => ("✕", t.error()),
            _ => ("–", t.dim()),
        };
        let said = tr.text(&c.detail);
        let detail = if c.result == "not_applicable" {
            format!(" ({})", tr!(tr, "why-not-applicable", detail = &said))
        } else if said.is_empty() {
            String::new()
        } else {
            format!(": {said}")
        };
        let head = Span::styled(format!("{mark} "), style);
        out.extend(hanging(head, &format!("{} {}{detail}", c.rule, tr.text(&c.what)), width, 2, Style::new()));
    }
    out
}

fn facts(f: &Facts, r: &WhyReport) -> Vec<Line<'static>> {
    let (t, tr, width) = (f.t, f.tr, f.width);
    let facts = &r.facts;
    let at = |d: chrono::DateTime<chrono::Utc>| short_time(tr, d);
    let none = tr!(tr, "none");
    let mut out = Vec::new();
    if let Some(p) = &facts.person {
        let place = match (&p.location, &p.location_country) {
            (Some(l), Some(c)) if !c.is_empty() => format!("{l} ({c})"),
            (Some(l), _) => l.clone(),
            _ => none.clone(),
        };
        out.extend(f.kv("why-location", place));
        let names: Vec<&str> = p.licences.iter().map(|l| licence::display(l)).collect();
        out.extend(f.kv("why-licences", if names.is_empty() { none.clone() } else { names.join(", ") }));
        let reason = p.calling_reason.as_ref().map(|r| format!(" ({})", tr.text(r))).unwrap_or_default();
        out.extend(f.kv("why-calling", format!("{}{reason}", calling_status_word(tr, &p.calling_status))));
        let ext = p
            .extension
            .as_deref()
            .map(|e| format!(" · {}", tr!(tr, "detail-extension", extension = e)))
            .unwrap_or_default();
        out.extend(f.kv("why-work-number", format!("{}{ext}", p.work_phone.as_deref().unwrap_or(&none))));
    }
    for n in &facts.numbers {
        let primary = if n.primary { format!(" · {}", tr!(tr, "number-primary")) } else { String::new() };
        let badge = if n.webex_mobile { " · Webex Mobile" } else { "" };
        out.extend(f.kv("why-number", format!("{} · {} · {}{primary}{badge}", n.number, n.kind, n.state)));
    }
    if let Some(d) = &facts.device {
        let raw = d.connection_status.as_deref().map(|s| format!(" ({s})")).unwrap_or_default();
        let issues = if d.error_codes.is_empty() { String::new() } else { format!(" · {}", d.error_codes.join(", ")) };
        let rest = format!("{raw}{issues} · {}", tr!(tr, "why-since", at = &at(d.changed_at)));
        let kw = f.key_w;
        let mut row = vec![
            Span::styled(format!("{:<kw$}", tr!(tr, "why-webex-go")), t.dim()),
            Span::raw(format!("{} · {} · ", d.device_id, kind_word(tr, d.kind))),
            Span::styled(status_word(tr, d.status), t.status(d.status)),
        ];
        let used: usize = row.iter().map(|s| s.content.chars().count()).sum();
        if used + rest.chars().count() <= width {
            row.push(Span::raw(rest));
            out.push(Line::from(row));
        } else {
            out.push(Line::from(row));
            out.extend(f.kv("", rest.trim_start_matches(" · ").to_string()));
        }
        for c in &facts.codes {
            let ended =
                c.ended_at.map(|e| format!(" · {}", tr!(tr, "detail-code-ended", at = &at(e)))).unwrap_or_default();
            let times = tr!(tr, "detail-code-times", issued = &at(c.issued_at), expires = &at(c.expires_at));
            out.extend(f.kv("why-code", format!("{} · {times}{ended}", code_state_word(tr, &c.state))));
        }
        for a in &facts.refused_attempts {
            out.extend(f.kv("why-refused-attempt", format!("{} · {}", at(a.at), a.reason)));
        }
    } else if facts.person.is_some() {
        out.extend(f.kv("why-webex-go", none.clone()));
    }
    if let Some(a) = &facts.operator_account {
        out.extend(
            f.kv("why-operator-account", format!("{} ({}) · {}", a.account_id, a.operator, auth_word(tr, a.status))),
        );
    }
    if let Some(b) = &facts.broadworks {
        let s = &b.subscriber;
        let err = match (&s.error_code, &s.error_description) {
            (Some(c), Some(d)) => format!(" · {c}: {d}"),
            (None, Some(d)) => format!(" · {d}"),
            _ => String::new(),
        };
        let v = format!("{} · {} · {}{err}", s.broadworks_user_id, s.package.as_str(), bw_status_word(tr, s.status));
        out.extend(f.kv("why-broadworks", v));
    }
    if facts.calls.is_empty() {
        out.extend(f.kv("why-calls", tr!(tr, "why-none-recorded")));
    }
    for c in &facts.calls {
        let outgoing =
            c.direction.to_ascii_lowercase().starts_with("orig") || c.direction.eq_ignore_ascii_case("outgoing");
        let other = if outgoing { c.called_number.as_deref() } else { c.calling_number.as_deref() };
        let go = if c.webex_go { " · Webex Go (MOBILE_NETWORK)" } else { "" };
        let dir = tr!(tr, if outgoing { "calls-out" } else { "calls-in" });
        out.extend(f.kv("why-call", format!("{} · {dir} · {}{go}", at(c.start_time), other.unwrap_or("-"))));
    }
    for a in &facts.audit {
        let from = if a.source == "webex" { " (Webex)" } else { "" };
        let v = format!("{} · {} · {}{from}", at(a.entry.at), a.entry.actor, a.entry.action);
        out.extend(f.kv("why-audit", v));
    }
    for n in &facts.notes {
        out.extend(f.kv("why-note", tr.text(n)));
    }
    out
}
