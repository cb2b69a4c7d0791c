//! A confirmation: what will happen, in lines, and the change that `y` sends.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Widget, Wrap};

use super::Overlay;
use crate::tui::actions::{ActionId, Context};
use crate::tui::app::App;
use crate::tui::layout::{centered, split_last};
use crate::tui::present::{boxed, paragraph, put_line, wrapped_height};
use crate::tui::worker::{Mutation, Request};

#[derive(Debug, Clone)]
pub struct Confirm {
    pub title: String,
    pub lines: Vec<String>,
    pub mutation: Mutation,
}

impl App {
    /// `y`: the change goes to the service, confirmed.
    pub(crate) fn confirmed(&mut self) -> Vec<Request> {
        if let Some(Overlay::Confirm(c)) = self.overlays.pop() {
            self.info("working…");
            return vec![Request::Act { mutation: c.mutation, confirmed: true }];
        }
        Vec::new()
    }
}

impl Confirm {
    pub fn draw(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let t = app.theme;
        let w = 74.min(area.width.saturating_sub(4));
        let needed = wrapped_height(&self.lines, w.saturating_sub(2)) + 4;
        let r = centered(area, w, needed.min(area.height.saturating_sub(2)));
        let inner = boxed(&self.title, r, buf, t);
        let (body, foot) = split_last(inner);
        let text: Vec<Line> = self.lines.iter().map(|l| Line::raw(String::from(l))).collect();
        paragraph(text).wrap(Wrap { trim: false }).render(body, buf);
        let cancel = app.keymap.shown(Context::Confirm, ActionId::Cancel);
        let mut spans = vec![
            Span::styled(app.keymap.label_in(Context::Confirm, ActionId::Confirm), t.key()),
            Span::raw(" do it   "),
        ];
        for (i, k) in cancel.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(" or "));
            }
            spans.push(Span::styled(k.to_string(), t.key()));
        }
        spans.push(Span::raw(" cancel: nothing changes"));
        put_line(buf, foot.x, foot.y, &Line::from(spans), foot.width);
    }
}
