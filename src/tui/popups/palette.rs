//! `:`: the command palette. Type to search every action: those that work where it was opened
//! first, then the other panes' (Enter switches to that pane and runs it there); the key or
//! exact name first, then whole words and prefixes of the name, then words of the
//! description, a loose match only when nothing else matches. Read-only, the actions that
//! change data are listed last and marked "(read-only)", as help marks them. Enter runs the
//! selected one.

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config as MatchConfig, Matcher};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{Env, Event};
use crate::tui::actions::{Action, ActionId, Context, ACTIONS};
use crate::tui::keymap::Key;
use crate::tui::layout::centered;
use crate::tui::present::{boxed, fit, put_line};
use crate::tui::text::edit;

#[derive(Debug, Clone)]
pub struct Palette {
    pub query: String,
    pub selected: usize,
    /// Where it was opened from: the actions that work there.
    pub context: Context,
}

impl Palette {
    /// The entries, best match first, each with where it runs: the actions that work where the
    /// palette was opened first, then those of the other panes (run there: the palette switches
    /// to that pane). Within each: the key itself or the exact name, then whole words of the
    /// name, then words the name starts with, then words of the description; a loose (fuzzy)
    /// match of the name only when nothing matches better. Read-only, the actions that change
    /// data come after the others (marked as refused).
    pub fn matches(&self, env: &Env) -> Vec<(&'static Action, Context)> {
        let candidates: Vec<(&'static Action, Context)> = ACTIONS
            .iter()
            .filter(|a| a.id != ActionId::Palette)
            .filter_map(|a| self.runs_in(a).map(|c| (a, c)))
            .collect();
        let refused = |a: &Action| env.read_only && a.changes_data;
        let query = self.query.trim().to_lowercase();
        let mut ranked: Vec<(u8, usize, (&'static Action, Context))> = if query.is_empty() {
            candidates.iter().enumerate().map(|(i, a)| (0, i, *a)).collect()
        } else {
            let words: Vec<&str> = query.split_whitespace().collect();
            let mut tiered: Vec<(u8, usize, (&'static Action, Context))> = candidates
                .iter()
                .enumerate()
                .filter_map(|(i, (a, c))| tier(env, *c, a, &query, &words).map(|t| (t, i, (*a, *c))))
                .collect();
            if tiered.is_empty() {
                let actions: Vec<&'static Action> = candidates.iter().map(|(a, _)| *a).collect();
                tiered = fuzzy(env.tr, &actions, &self.query).into_iter().map(|(i, _)| (9, i, candidates[i])).collect();
            }
            tiered
        };
        let here = self.context;
        ranked.sort_by_key(|(t, i, (a, c))| (refused(a), *c != here, *t, *i));
        ranked.into_iter().map(|(_, _, e)| e).collect()
    }

    /// Where the palette runs `a`: here when it works here; else the first pane it works in
    /// (an action only of the details or of a dialog is not offered elsewhere). Over the
    /// activation details, only theirs (the code is shown only there).
    fn runs_in(&self, a: &Action) -> Option<Context> {
        if a.works_in(self.context) {
            return Some(self.context);
        }
        if !self.context.is_view() || self.context == Context::Activation {
            return None;
        }
        [Context::Users, Context::Devices, Context::Numbers, Context::Bw].into_iter().find(|c| a.works_in(*c))
    }

    fn clamp(&mut self, env: &Env) {
        let n = self.matches(env).len();
        self.selected = self.selected.min(n.saturating_sub(1));
    }
}

/// How well `a` matches: 0 its key or exact name, 1 every word whole in its name, 2 every word
/// starts a word of its name, 3 every word starts a word of its description; none otherwise.
fn tier(env: &Env, ctx: Context, a: &Action, query: &str, words: &[&str]) -> Option<u8> {
    let hint = a.hint(env.tr).to_lowercase();
    let name = format!("{} {}", a.name.replace('_', " "), hint).to_lowercase();
    let name_words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let desc = a.description(env.tr).to_lowercase();
    let desc_words: Vec<&str> = desc.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let key = env.keymap.label_in(ctx, a.id).to_lowercase();
    if hint == query || a.name.replace('_', " ") == query || (!key.is_empty() && key == query) {
        return Some(0);
    }
    if words.iter().all(|w| name_words.contains(w)) {
        return Some(1);
    }
    if words.iter().all(|w| name_words.iter().any(|n| n.starts_with(w))) {
        return Some(2);
    }
    if words.iter().all(|w| w.len() >= 3 && desc_words.iter().any(|n| n.starts_with(w))) {
        return Some(3);
    }
    None
}

/// A loose match of the name and hint only (a typo), strong matches only.
fn fuzzy(tr: &crate::i18n::Tr, candidates: &[&'static Action], query: &str) -> Vec<(usize, &'static Action)> {
    let mut matcher = Matcher::new(MatchConfig::DEFAULT);
    let pattern = Pattern::parse(query, CaseMatching::Ignore, Normalization::Smart);
    let haystacks: Vec<String> =
        candidates.iter().map(|a| format!("{} {}", a.name.replace('_', " "), a.hint(tr))).collect();
    let least = 16 * query.trim().chars().count() as u32;
    let mut scored: Vec<(usize, u32)> = pattern
        .match_list(haystacks.iter().enumerate().map(|(i, h)| Indexed(i, h.as_str())), &mut matcher)
        .into_iter()
        .map(|(ix, score)| (ix.0, score))
        .filter(|(_, score)| *score >= least)
        .collect();
    scored.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    scored.into_iter().filter_map(|(i, _)| candidates.get(i).map(|a| (i, *a))).collect()
}

/// An item for the matcher that remembers where it came from.
struct Indexed<'a>(usize, &'a str);

impl AsRef<str> for Indexed<'_> {
    fn as_ref(&self) -> &str {
        self.1
    }
}

impl Palette {
    pub fn new(context: Context) -> Self {
        Palette { query: String::new(), selected: 0, context }
    }

    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        match env.action(Context::Palette, key) {
            Some(ActionId::Up) => self.move_by(-1, env),
            Some(ActionId::Down) => self.move_by(1, env),
            Some(ActionId::RunCommand) => return self.run(env),
            Some(ActionId::Close) => return vec![Event::Close],
            Some(ActionId::ClearToStart) => self.search(ctrl('u'), env),
            Some(ActionId::DeleteWord) => self.search(ctrl('w'), env),
            Some(_) => {}
            None => self.search(key, env),
        }
        Vec::new()
    }

    fn move_by(&mut self, delta: i64, env: &Env) {
        self.selected = (self.selected as i64).saturating_add(delta).max(0) as usize;
        self.clamp(env);
    }

    /// Enter: runs the selected action where the palette was opened.
    fn run(&self, env: &Env) -> Vec<Event> {
        let matches = self.matches(env);
        match matches.get(self.selected.min(matches.len().saturating_sub(1))) {
            Some((a, c)) => vec![Event::Close, Event::Run(a.id, *c)],
            None => vec![
                Event::Close,
                Event::Info(env.tr.t_with("palette-no-match-query", &[("query", self.query.as_str().into())])),
            ],
        }
    }

    /// Typing the search.
    fn search(&mut self, key: Key, env: &Env) {
        if edit(&mut self.query, key, usize::MAX) {
            self.selected = 0;
        }
        self.clamp(env);
    }
}

fn ctrl(c: char) -> Key {
    Key::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

impl Palette {
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let w = 70.min(area.width.saturating_sub(4));
        let h = 14.min(area.height.saturating_sub(2));
        let r = Rect { y: area.y + 1, ..centered(area, w, h) };
        let inner = boxed(&env.tr.t("palette-title"), r, buf, t);
        let line = Line::from(vec![Span::styled(": ", t.key()), Span::raw(format!("{}▏", self.query))]);
        put_line(buf, inner.x, inner.y, &line, inner.width);
        let matches = self.matches(env);
        let rows = inner.height.saturating_sub(1) as usize;
        let start = self.selected.saturating_sub(rows.saturating_sub(1));
        for (n, (a, ctx)) in matches.iter().enumerate().skip(start).take(rows) {
            let y = inner.y + 1 + (n - start) as u16;
            let sel = n == self.selected;
            let key = env.keymap.label_in(*ctx, a.id);
            let elsewhere = env.control_hub_only(a.id).is_some();
            let refused = env.read_only && a.changes_data || elsewhere;
            let hint = match (elsewhere, refused) {
                (true, _) => format!("{} ({})", a.hint(env.tr), env.tr.t("palette-control-hub-only")),
                (false, true) => format!("{} ({})", a.hint(env.tr), env.tr.t("palette-read-only")),
                (false, false) => a.hint(env.tr),
            };
            // Another pane's action says where it runs.
            let hint = if *ctx == self.context { hint } else { format!("{hint} ({})", ctx.title(env.tr)) };
            let text = format!("{}{:<8} {:<22} {}", if sel { "▶ " } else { "  " }, key, hint, a.description(env.tr));
            let style = match (sel, refused) {
                (true, _) => t.selected(),
                (false, true) => t.dim(),
                (false, false) => Style::new(),
            };
            buf.set_stringn(inner.x, y, fit(&text, inner.width as usize), inner.width as usize, style);
        }
        if matches.is_empty() {
            put_line(buf, inner.x, inner.y + 1, &Line::styled(env.tr.t("palette-no-match"), t.dim()), inner.width);
        }
    }
}
