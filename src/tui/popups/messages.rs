//! `!`: the message log, every message of this session (see `status`), newest last, with its
//! time, its text whole and the file path it names on a line of its own; `c` copies the
//! selected message, `f` its path.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Env, Event};
use crate::tui::actions::{movement, ActionId, Context};
use crate::tui::keymap::Key;
use crate::tui::layout::{centered, split_last};
use crate::tui::present::{boxed, put_line, safe, wrap_text};
use crate::tui::status::MessageLog;

/// The message log popup: which entry is selected.
#[derive(Debug, Clone)]
pub struct Messages {
    pub selected: usize,
}

impl Messages {
    /// Opened on the newest message.
    pub fn new(log: &MessageLog) -> Self {
        Messages { selected: log.entries().len().saturating_sub(1) }
    }

    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        let action = env.action(Context::Messages, key);
        if let Some(delta) = action.and_then(|id| movement(id, env.page)) {
            self.move_by(delta, env);
            return Vec::new();
        }
        match action {
            Some(ActionId::CopyMessage) => return self.copy(false, env),
            Some(ActionId::CopyMessagePath) => return self.copy(true, env),
            Some(ActionId::MessageLog | ActionId::Close) => return vec![Event::Close],
            _ => {}
        }
        Vec::new()
    }

    fn move_by(&mut self, delta: i64, env: &Env) {
        let last = env.log.entries().len().saturating_sub(1) as i64;
        self.selected = (self.selected as i64).saturating_add(delta).clamp(0, last.max(0)) as usize;
    }

    /// `c` (text) or `f` (its file path): to the clipboard, saying how.
    fn copy(&self, path: bool, env: &Env) -> Vec<Event> {
        let Some(e) = env.log.entries().get(self.selected).cloned() else {
            return vec![Event::Info(env.tr.t("messages-nothing-to-copy"))];
        };
        match (path, e.path) {
            (false, _) => vec![Event::Copy { what: env.tr.t("copied-message"), text: e.text }],
            (true, Some(p)) => vec![Event::Copy { what: env.tr.t("copied-path"), text: p }],
            (true, None) => vec![Event::Info(env.tr.t("messages-no-file"))],
        }
    }
}

impl Messages {
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let r = centered(area, 100.min(area.width), area.height);
        let n = env.log.entries().len();
        let inner = boxed(&env.tr.t_with("messages-title", &[("n", n.into())]), r, buf, t);
        let (body, foot) = split_last(inner);
        let w = body.width as usize;
        let indent = 11usize;
        let text_w = w.saturating_sub(indent).max(10);
        // Each entry as its lines: time, mark and text, then the path on its own line(s).
        let blocks: Vec<Vec<Line<'static>>> = env
            .log
            .entries()
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let sel = i == self.selected;
                let base = if sel { t.selected() } else { Style::new() };
                let text_style = if e.error { base.patch(t.error()) } else { base };
                let times = if e.times > 1 { format!(" (×{})", e.times) } else { String::new() };
                let mut lines = Vec::new();
                for (k, part) in wrap_text(&format!("{}{times}", safe(&e.text)), text_w).into_iter().enumerate() {
                    let lead = if k == 0 {
                        format!(
                            "{}{} {} ",
                            if sel { "▶" } else { " " },
                            e.at.format("%H:%M:%S"),
                            if e.error { "✕" } else { "›" }
                        )
                    } else {
                        " ".repeat(indent)
                    };
                    lines.push(Line::from(vec![Span::styled(lead, base), Span::styled(part, text_style)]));
                }
                if let Some(p) = &e.path {
                    let file = format!("{} ", env.tr.t("messages-file"));
                    let fw = file.chars().count();
                    for (k, part) in wrap_text(p, text_w.saturating_sub(fw)).into_iter().enumerate() {
                        let lead = if k == 0 { format!("{:indent$}{file}", "") } else { " ".repeat(indent + fw) };
                        lines.push(Line::from(vec![Span::styled(lead, base.patch(t.dim())), Span::styled(part, base)]));
                    }
                }
                lines
            })
            .collect();
        if blocks.is_empty() {
            put_line(buf, body.x, body.y, &Line::styled(env.tr.t("messages-none"), t.dim()), body.width);
        }
        // The first entry shown: the selected one ends on screen, whole entries only.
        let h = body.height as usize;
        let mut first = self.selected.min(blocks.len().saturating_sub(1));
        let mut used = blocks.get(first).map_or(0, Vec::len);
        while first > 0 && used + blocks[first - 1].len() <= h {
            first -= 1;
            used += blocks[first].len();
        }
        let mut y = body.y;
        for block in blocks.iter().skip(first) {
            if (y - body.y) as usize + block.len() > h && y > body.y {
                break;
            }
            for l in block {
                if y >= body.y + body.height {
                    break;
                }
                put_line(buf, body.x, y, l, body.width);
                y += 1;
            }
        }
        let k = |id| env.keymap.label_in(Context::Messages, id);
        let said = env.tr.t_with(
            "messages-footer",
            &[
                ("move", format!("{}/{}", k(ActionId::Down), k(ActionId::Up)).as_str().into()),
                ("copy", k(ActionId::CopyMessage).as_str().into()),
                ("path", k(ActionId::CopyMessagePath).as_str().into()),
                ("close", k(ActionId::Close).as_str().into()),
            ],
        );
        put_line(buf, foot.x, foot.y, &Line::styled(said, t.dim()), foot.width);
    }
}
