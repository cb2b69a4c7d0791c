//! Reports and notices: lines to read, each report line marked good or bad by a word and a
//! symbol as well as a colour; a report can offer a next step (submit the import after its
//! dry run).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Widget, Wrap};

use super::progress::LongOp;
use super::{Env, Event};
use crate::tui::actions::{ActionId, Context};
use crate::tui::keymap::Key;
use crate::tui::layout::{centered, split_last};
use crate::tui::present::{boxed, paragraph, put_line, word_wrapped_rows, wrapped_height};
use crate::tui::theme::Theme;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Bad,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLine {
    pub text: String,
    pub tone: Tone,
}

impl ReportLine {
    pub fn new(text: impl Into<String>, tone: Tone) -> Self {
        ReportLine { text: text.into(), tone }
    }

    pub fn plain(text: impl Into<String>) -> Self {
        Self::new(text, Tone::Plain)
    }

    pub fn good(text: impl Into<String>) -> Self {
        Self::new(text, Tone::Good)
    }

    pub fn bad(text: impl Into<String>) -> Self {
        Self::new(text, Tone::Bad)
    }

    pub fn line(&self, t: Theme) -> Line<'static> {
        Line::styled(String::from(&self.text), tone_style(t, self.tone))
    }
}

pub fn tone_style(t: Theme, tone: Tone) -> Style {
    match tone {
        Tone::Plain => Style::new(),
        Tone::Good => t.good(),
        Tone::Bad => t.error(),
    }
}

#[derive(Debug, Clone)]
pub struct Notice {
    pub title: String,
    pub lines: Vec<String>,
    pub error: bool,
    /// The pane whose selected row it shows (a BroadWorks subscriber, a number): that pane's
    /// keys for the row work here too (`R` retries the subscriber shown).
    pub row_of: Option<Context>,
}

#[derive(Debug, Clone)]
pub struct Report {
    pub title: String,
    pub lines: Vec<ReportLine>,
}

#[derive(Debug, Clone)]
pub struct Proceed {
    pub report: Report,
    pub next: Option<LongOp>,
}

impl Report {
    pub fn new(title: impl Into<String>, lines: Vec<ReportLine>) -> Self {
        Report { title: title.into(), lines }
    }
}

impl Notice {
    pub fn new(title: impl Into<String>, lines: Vec<String>) -> Self {
        Notice { title: title.into(), lines, error: false, row_of: None }
    }

    /// The details of the row selected in `pane`, whose keys work on it here.
    pub fn of_row(title: impl Into<String>, lines: Vec<String>, pane: Context) -> Self {
        Notice { row_of: Some(pane), ..Notice::new(title, lines) }
    }

    /// Closes; a key of the row's pane that acts on the row closes it and runs there.
    pub fn handle_key(&self, key: Key, env: &Env) -> Vec<Event> {
        if let Some(ctx) = self.row_of {
            if env.action(Context::Report, key) != Some(ActionId::Close) {
                if let Some(id) = env.action(ctx, key).filter(|id| acts_on_row(*id)) {
                    return vec![Event::Close, Event::Run(id, ctx)];
                }
            }
        }
        handle_key(key, env)
    }
}

/// The actions on a pane's selected row that its details take too (the row is the one shown).
const ON_THE_ROW: &[ActionId] =
    &[ActionId::BwRetry, ActionId::BwDelete, ActionId::BwPackage, ActionId::BwCopyError, ActionId::Why];

fn acts_on_row(id: ActionId) -> bool {
    ON_THE_ROW.contains(&id)
}

/// The keys of the row's pane that work over its notice, for its footer.
fn row_hints(env: &Env, ctx: Context) -> Vec<(String, String)> {
    crate::tui::actions::hints(env.tr, env.keymap, env.read_only, ctx, acts_on_row)
}

/// A report or a notice: read, then close.
pub fn handle_key(key: Key, env: &Env) -> Vec<Event> {
    match env.action(Context::Report, key) {
        Some(ActionId::Close) => vec![Event::Close],
        _ => Vec::new(),
    }
}

impl Proceed {
    /// Enter goes on with the next step; closing says that nothing was done.
    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        match env.action(Context::Proceed, key) {
            Some(ActionId::Proceed) => match self.next.take() {
                Some(op) => vec![Event::Close, Event::Proceed(op)],
                None => vec![Event::Close],
            },
            Some(ActionId::Close) if self.next.is_some() => {
                vec![Event::Close, Event::Info(env.tr.t("report-not-submitted"))]
            }
            Some(ActionId::Close) => vec![Event::Close],
            _ => Vec::new(),
        }
    }
}

fn footer(env: &Env, foot: Rect, buf: &mut Buffer) {
    let keys = env.keymap.shown(Context::Report, ActionId::Close);
    let said = match keys.as_slice() {
        [a, b] => env.tr.t_with("report-closes", &[("keys", format!("{a} {} {b}", env.tr.t("or")).as_str().into())]),
        [a] => env.tr.t_with("report-closes", &[("keys", a.to_string().as_str().into())]),
        _ => String::new(),
    };
    put_line(buf, foot.x, foot.y, &Line::styled(said, env.theme.dim()), foot.width);
}

impl Notice {
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let w = 72.min(area.width.saturating_sub(4));
        let text: Vec<Line> = self
            .lines
            .iter()
            .map(|l| {
                let l = String::from(l);
                if self.error {
                    Line::styled(l, t.error())
                } else {
                    Line::raw(l)
                }
            })
            .collect();
        let needed = wrapped_height(&self.lines, w.saturating_sub(2)) + 4;
        let r = centered(area, w, needed.min(area.height.saturating_sub(2)));
        let inner = boxed(&self.title, r, buf, t);
        let (body, foot) = split_last(inner);
        paragraph(text).wrap(Wrap { trim: false }).render(body, buf);
        match self.row_of {
            Some(ctx) => {
                // Closing first: it is never the hint left out for want of room.
                let close = env.keymap.hint_label(Context::Report, ActionId::Close);
                let mut items = vec![(close, crate::tui::actions::action(ActionId::Close).hint(env.tr))];
                items.extend(row_hints(env, ctx));
                crate::tui::present::hint_line(t, items, foot, buf);
            }
            None => footer(env, foot, buf),
        }
    }
}

impl Report {
    /// The report's box on `area`.
    fn area(&self, area: Rect) -> Rect {
        let w = 76.min(area.width.saturating_sub(2));
        let inner_w = w.saturating_sub(2).max(1) as usize;
        let needed = self.lines.iter().map(|l| word_wrapped_rows(&l.text, inner_w)).sum::<usize>() as u16 + 3;
        centered(area, w, needed.min(area.height.saturating_sub(2)))
    }

    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let inner = boxed(&self.title, self.area(area), buf, t);
        let (body, foot) = split_last(inner);
        let text: Vec<Line> = self.lines.iter().map(|l| l.line(t)).collect();
        paragraph(text).wrap(Wrap { trim: false }).render(body, buf);
        footer(env, foot, buf);
    }
}

impl Proceed {
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        self.report.draw(env, area, buf);
        if self.next.is_none() {
            return;
        }
        // The report's last row says what Enter does here.
        let r = self.report.area(area);
        let y = r.y + r.height.saturating_sub(2);
        let line = Line::from(vec![
            Span::styled(env.keymap.label_in(Context::Proceed, ActionId::Proceed), t.key()),
            Span::raw(format!(" {}   ", env.tr.t("report-submit"))),
            Span::styled(env.keymap.label_in(Context::Proceed, ActionId::Close), t.key()),
            Span::raw(format!(" {}", env.tr.t("report-cancel-nothing-added"))),
        ]);
        put_line(buf, r.x + 1, y, &line, r.width.saturating_sub(2));
    }
}
