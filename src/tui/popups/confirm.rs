//! A confirmation: what will happen, in lines, and the change that `y` sends.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Widget, Wrap};

use super::{Env, Event};
use crate::tui::actions::{ActionId, Context};
use crate::tui::keymap::Key;
use crate::tui::layout::{centered, split_last};
use crate::tui::present::{boxed, paragraph, put_line, wrapped_height};

/// `change` is what `y` sends; the app takes it when the popup says [`Event::Confirmed`].
#[derive(Debug)]
pub struct Confirm<C> {
    pub title: String,
    pub lines: Vec<String>,
    pub change: C,
}

impl<C> Confirm<C> {
    pub fn new(title: impl Into<String>, lines: Vec<String>, change: C) -> Self {
        Confirm { title: title.into(), lines, change }
    }

    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        match env.action(Context::Confirm, key) {
            Some(ActionId::Confirm) => vec![Event::Confirmed],
            Some(ActionId::Cancel) => vec![Event::Cancelled],
            _ => Vec::new(),
        }
    }

    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let w = 74.min(area.width.saturating_sub(4));
        let needed = wrapped_height(&self.lines, w.saturating_sub(2)) + 4;
        let r = centered(area, w, needed.min(area.height.saturating_sub(2)));
        let inner = boxed(&self.title, r, buf, t);
        let (body, foot) = split_last(inner);
        let text: Vec<Line> = self.lines.iter().map(|l| Line::raw(String::from(l))).collect();
        paragraph(text).wrap(Wrap { trim: false }).render(body, buf);
        let cancel = env.keymap.shown(Context::Confirm, ActionId::Cancel);
        let mut spans = vec![
            Span::styled(env.keymap.label_in(Context::Confirm, ActionId::Confirm), t.key()),
            Span::raw(format!(" {}   ", env.tr.t("confirm-do-it"))),
        ];
        for (i, k) in cancel.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(format!(" {} ", env.tr.t("or"))));
            }
            spans.push(Span::styled(k.to_string(), t.key()));
        }
        spans.push(Span::raw(format!(" {}", env.tr.t("confirm-cancel"))));
        put_line(buf, foot.x, foot.y, &Line::from(spans), foot.width);
    }
}
