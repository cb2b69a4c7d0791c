//! `:`: the command palette. Type to search the actions that work where it was opened (fuzzy,
//! by name, hint and description); Enter runs the selected one.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config as MatchConfig, Matcher};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Overlay;
use crate::tui::actions::{Action, ActionId, Context, ACTIONS};
use crate::tui::app::App;
use crate::tui::keymap::Key;
use crate::tui::layout::centered;
use crate::tui::present::{boxed, fit, put_line};
use crate::tui::worker::Request;

#[derive(Debug, Clone)]
pub struct Palette {
    pub query: String,
    pub selected: usize,
    /// Where it was opened from: the actions that work there.
    pub context: Context,
}

impl Palette {
    /// The entries for its context, best match first.
    pub fn matches(&self) -> Vec<&'static Action> {
        let candidates: Vec<&'static Action> =
            ACTIONS.iter().filter(|a| a.works_in(self.context) && a.id != ActionId::Palette).collect();
        if self.query.trim().is_empty() {
            return candidates;
        }
        let mut matcher = Matcher::new(MatchConfig::DEFAULT);
        let pattern = Pattern::parse(&self.query, CaseMatching::Ignore, Normalization::Smart);
        let haystacks: Vec<String> =
            candidates.iter().map(|a| format!("{} {} {}", a.name.replace('_', " "), a.hint, a.description)).collect();
        let mut scored: Vec<(usize, u32)> = pattern
            .match_list(haystacks.iter().enumerate().map(|(i, h)| Indexed(i, h.as_str())), &mut matcher)
            .into_iter()
            .map(|(ix, score)| (ix.0, score))
            .collect();
        scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        scored.into_iter().filter_map(|(i, _)| candidates.get(i).copied()).collect()
    }

    fn clamp(&mut self) {
        let n = self.matches().len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }
}

/// An item for the matcher that remembers where it came from.
struct Indexed<'a>(usize, &'a str);

impl AsRef<str> for Indexed<'_> {
    fn as_ref(&self) -> &str {
        self.1
    }
}

impl App {
    pub(crate) fn open_palette(&mut self, ctx: Context) -> Vec<Request> {
        self.overlays.push(Overlay::Palette(Palette { query: String::new(), selected: 0, context: ctx }));
        Vec::new()
    }

    pub(crate) fn move_palette(&mut self, delta: i64) -> Vec<Request> {
        if let Some(Overlay::Palette(p)) = self.overlays.last_mut() {
            p.selected = (p.selected as i64).saturating_add(delta).max(0) as usize;
            p.clamp();
        }
        Vec::new()
    }

    /// Enter: runs the selected action where the palette was opened.
    pub(crate) fn run_palette(&mut self) -> Vec<Request> {
        let Some(Overlay::Palette(p)) = self.overlays.pop() else { return Vec::new() };
        let matches = p.matches();
        if let Some(a) = matches.get(p.selected.min(matches.len().saturating_sub(1))) {
            return self.run_action(a.id, p.context);
        }
        self.info(format!("no action matches \"{}\"", p.query));
        Vec::new()
    }

    /// Typing the search.
    pub(crate) fn type_palette(&mut self, key: Key) -> Vec<Request> {
        if let Some(Overlay::Palette(p)) = self.overlays.last_mut() {
            if crate::tui::widgets::form::edit(&mut p.query, key, usize::MAX) {
                p.selected = 0;
            }
            p.clamp();
        }
        Vec::new()
    }
}

impl Palette {
    pub fn draw(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let t = app.theme;
        let w = 70.min(area.width.saturating_sub(4));
        let h = 14.min(area.height.saturating_sub(2));
        let r = Rect { y: area.y + 1, ..centered(area, w, h) };
        let inner = boxed("Commands", r, buf, t);
        let line = Line::from(vec![Span::styled(": ", t.key()), Span::raw(format!("{}▏", self.query))]);
        put_line(buf, inner.x, inner.y, &line, inner.width);
        let matches = self.matches();
        let rows = inner.height.saturating_sub(1) as usize;
        let start = self.selected.saturating_sub(rows.saturating_sub(1));
        for (n, a) in matches.iter().enumerate().skip(start).take(rows) {
            let y = inner.y + 1 + (n - start) as u16;
            let sel = n == self.selected;
            let key = app.keymap.label_in(self.context, a.id);
            let text = format!("{}{:<8} {:<22} {}", if sel { "▶ " } else { "  " }, key, a.hint, a.description);
            let style = if sel { t.selected() } else { Style::new() };
            buf.set_stringn(inner.x, y, fit(&text, inner.width as usize), inner.width as usize, style);
        }
        if matches.is_empty() {
            put_line(buf, inner.x, inner.y + 1, &Line::styled("no action matches", t.dim()), inner.width);
        }
    }
}
