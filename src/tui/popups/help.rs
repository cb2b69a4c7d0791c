//! `?`: every action of the table with its keys, what it does, where it works, and whether it
//! changes data or asks first: first the actions of where it was opened, then those that work
//! everywhere (moving, panes, quitting), then the rest. It scrolls with the keys that move a
//! list; `/` searches it (keys, names and descriptions).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{Env, Event};
use crate::i18n::Tr;
use crate::tui::actions::{movement, Action, ActionId, Context, ACTIONS};
use crate::tui::keymap::{Key, Keymap};
use crate::tui::layout::{help_body_size, help_box, split_last};
use crate::tui::present::{boxed, fit, paragraph, put_line, wrap_words};
use crate::tui::text::edit;

/// `s` padded with spaces to `w` columns (a heading in a language whose words are wider).
fn pad(s: &str, w: usize) -> String {
    format!("{:<w$}", fit(s, w.saturating_sub(1)))
}

#[derive(Debug, Clone)]
pub struct Help {
    pub scroll: u16,
    /// Where it was opened from.
    pub context: Context,
    /// What `/` searches for: only the actions that mention it are listed.
    pub query: String,
    /// The search is being typed (keys go to it, as in a pane's filter).
    pub typing: bool,
}

impl Help {
    pub fn new(context: Context) -> Self {
        Help { scroll: 0, context, query: String::new(), typing: false }
    }

    /// Where its keys go: its search takes them as a pane's filter does.
    pub fn context(&self) -> Context {
        if self.typing {
            Context::Filter
        } else {
            Context::Help
        }
    }

    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        if self.typing {
            match env.action(Context::Filter, key) {
                Some(ActionId::KeepFilter) => self.typing = false,
                Some(ActionId::Cancel) => {
                    self.typing = false;
                    self.query.clear();
                    self.scroll = 0;
                }
                Some(ActionId::ClearToStart) => self.search(ctrl('u')),
                Some(ActionId::DeleteWord) => self.search(ctrl('w')),
                Some(_) => {}
                None => self.search(key),
            }
            return Vec::new();
        }
        let action = env.action(Context::Help, key);
        if let Some(delta) = action.and_then(|id| movement(id, env.page)) {
            self.scroll_by(delta, env);
            return Vec::new();
        }
        match action {
            Some(ActionId::Filter) => self.typing = true,
            Some(ActionId::Close) => return vec![Event::Close],
            _ => {}
        }
        Vec::new()
    }

    fn scroll_by(&mut self, delta: i64, env: &Env) {
        let (w, h) = help_body_size(env.width, env.height);
        let max = (help_lines(env, self, w).len() as i64 - h as i64).max(0);
        self.scroll = (self.scroll as i64).saturating_add(delta).clamp(0, max) as u16;
    }

    /// Typing the search.
    fn search(&mut self, key: Key) {
        if edit(&mut self.query, key, 200) {
            self.scroll = 0;
        }
    }
}

fn ctrl(c: char) -> Key {
    Key::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Works in every list and the details: moving, panes, help, quitting.
fn everywhere(a: &Action) -> bool {
    [Context::Users, Context::Devices, Context::Numbers, Context::Bw, Context::Detail].iter().all(|c| a.works_in(*c))
}

/// The help's actions in order, each section with its heading: where it was opened first.
fn sections(tr: &Tr, keymap: &Keymap, help: &Help) -> Vec<(String, Vec<&'static Action>)> {
    let q = help.query.trim().to_lowercase();
    let wanted = |a: &&'static Action| {
        q.is_empty()
            || format!("{} {} {} {}", help_keys(keymap, a.id), a.name.replace('_', " "), a.hint(tr), a.description(tr))
                .to_lowercase()
                .contains(&q)
    };
    let ctx = help.context;
    let here: Vec<_> = ACTIONS.iter().filter(|a| a.works_in(ctx) && !everywhere(a)).filter(wanted).collect();
    let common: Vec<_> = ACTIONS.iter().filter(|a| a.works_in(ctx) && everywhere(a)).filter(wanted).collect();
    let rest: Vec<_> = ACTIONS.iter().filter(|a| !a.works_in(ctx)).filter(wanted).collect();
    vec![
        (tr.t_with("help-in", &[("place", ctx.title(tr).as_str().into())]), here),
        (tr.t("help-moving"), common),
        (tr.t("help-elsewhere"), rest),
    ]
    .into_iter()
    .filter(|(_, v)| !v.is_empty())
    .collect()
}

/// The help's lines at `width`: a section after another, one action after another in each,
/// its description wrapped.
pub fn help_lines(env: &Env, help: &Help, width: u16) -> Vec<Line<'static>> {
    let t = env.theme;
    let key_w = 18usize;
    let hint_w = 20usize;
    let desc_w = (width as usize).saturating_sub(key_w + hint_w).max(10);
    let tr = env.tr;
    let head = format!(
        "{}{}{}",
        pad(&tr.t("help-col-keys"), key_w),
        pad(&tr.t("help-col-action"), hint_w),
        tr.t("help-col-what")
    );
    let mut out = vec![Line::styled(head, t.title())];
    let sections = sections(tr, env.keymap, help);
    if sections.is_empty() {
        out.push(Line::styled(tr.t_with("help-nothing", &[("query", help.query.as_str().into())]), t.dim()));
    }
    for (heading, actions) in sections {
        out.push(Line::styled(format!("── {heading}"), t.heading()));
        lines_of(env, &actions, key_w, hint_w, desc_w, &mut out);
    }
    out
}

fn lines_of(env: &Env, actions: &[&Action], key_w: usize, hint_w: usize, desc_w: usize, out: &mut Vec<Line<'static>>) {
    let t = env.theme;
    for a in actions {
        let keys = help_keys(env.keymap, a.id);
        let tr = env.tr;
        let keys = if keys.is_empty() { tr.t("help-palette-only") } else { keys };
        let mut desc = a.description(tr);
        let places = a.describe_places(tr);
        let mut more = |id: &str, args: &[(&str, crate::i18n::Arg<'_>)]| {
            desc.push_str(" · ");
            desc.push_str(&tr.t_with(id, args));
        };
        if !places.is_empty() {
            more("help-in-places", &[("places", places.as_str().into())]);
        }
        let elsewhere = env.control_hub_only(a.id);
        if let Some(path) = &elsewhere {
            more("help-control-hub-only", &[("path", path.into())]);
        } else if a.changes_data {
            more(if env.read_only { "help-changes-data-refused" } else { "help-changes-data" }, &[]);
        }
        if a.asks_first {
            more("help-asks-first", &[]);
        }
        let hint = a.hint(tr);
        let mut first = true;
        for chunk in wrap_words(&desc, desc_w) {
            let (k, h) =
                if first { (fit(&keys, key_w - 1), fit(&hint, hint_w - 1)) } else { (String::new(), String::new()) };
            let style = if a.changes_data && env.read_only || elsewhere.is_some() { t.dim() } else { Style::new() };
            out.push(Line::from(vec![
                Span::styled(format!("{k:<key_w$}"), t.key()),
                Span::styled(format!("{h:<hint_w$}"), style.add_modifier(Modifier::BOLD)),
                Span::styled(chunk, style),
            ]));
            first = false;
        }
    }
}

/// An action's keys as help lists them: every key it has, wherever it works.
pub fn help_keys(keymap: &Keymap, id: ActionId) -> String {
    keymap.keys_of(id).iter().map(|k| k.to_string()).collect::<Vec<_>>().join(" ")
}

impl Help {
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let r = help_box(area);
        let title = if self.query.is_empty() && !self.typing {
            env.tr.t_with("help-title", &[("place", self.context.title(env.tr).as_str().into())])
        } else {
            let query = format!("{}{}", self.query, if self.typing { "▏" } else { "" });
            env.tr.t_with("help-title-search", &[("query", query.as_str().into())])
        };
        let inner = boxed(&title, r, buf, t);
        let (body, foot) = split_last(inner);
        let lines = help_lines(env, self, body.width);
        let max = (lines.len() as u16).saturating_sub(body.height);
        let scroll = self.scroll.min(max);
        paragraph(lines).scroll((scroll, 0)).render(body, buf);
        let more = if scroll < max { format!("  {}", env.tr.t("more-below")) } else { String::new() };
        let k = |id| env.keymap.label_in(Context::Help, id);
        let said = env.tr.t_with(
            "help-footer",
            &[
                (
                    "move",
                    format!(
                        "{}/{} {}/{}",
                        k(ActionId::Down),
                        k(ActionId::Up),
                        k(ActionId::PageUp),
                        k(ActionId::PageDown)
                    )
                    .as_str()
                    .into(),
                ),
                ("search", k(ActionId::Filter).as_str().into()),
                ("close", k(ActionId::Close).as_str().into()),
            ],
        ) + &more;
        put_line(buf, foot.x, foot.y, &Line::styled(said, t.dim()), foot.width);
    }
}
