//! Messages: the status line shows the last one whole, wrapped over up to [`MESSAGE_ROWS`]
//! rows (then a hint that `!` shows the rest), and `!` opens the message log: every message
//! of this session, newest last, with its time, its text whole and the file path it names on
//! a line of its own; `c` copies the selected message, `f` its path.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Overlay;
use crate::tui::actions::{ActionId, Context};
use crate::tui::app::App;
use crate::tui::layout::{centered, split_last};
use crate::tui::present::{boxed, put_line, safe, wrap_text};
use crate::tui::theme::Theme;
use crate::tui::worker::Request;

/// The most rows the status line grows to; a longer message ends with a hint to open the log.
pub const MESSAGE_ROWS: u16 = 3;

/// Messages the log keeps (the oldest go first).
pub const LOG_MAX: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub at: DateTime<Utc>,
    pub text: String,
    pub error: bool,
    /// The file the message names, if any (a letter, an export, an outbox mail).
    pub path: Option<String>,
    /// How many times in a row it was said.
    pub times: usize,
}

#[derive(Debug, Clone, Default)]
pub struct MessageLog {
    entries: VecDeque<Entry>,
}

impl MessageLog {
    pub fn push(&mut self, at: DateTime<Utc>, text: &str, error: bool) {
        if let Some(last) = self.entries.back_mut() {
            if last.text == text && last.error == error {
                last.times += 1;
                last.at = at;
                return;
            }
        }
        let path = path_in(text);
        self.entries.push_back(Entry { at, text: text.to_string(), error, path, times: 1 });
        while self.entries.len() > LOG_MAX {
            self.entries.pop_front();
        }
    }

    pub fn entries(&self) -> &VecDeque<Entry> {
        &self.entries
    }
}

/// The first absolute (or home- or dot-relative) file path in `text`, without the punctuation
/// that ends a sentence.
pub fn path_in(text: &str) -> Option<String> {
    text.split_whitespace()
        .map(|w| w.trim_start_matches(['(', '"', '\'']).trim_end_matches([',', ';', ':', ')', '"', '\'']))
        .map(|w| w.strip_suffix('.').unwrap_or(w))
        .find(|w| (w.starts_with('/') || w.starts_with("~/") || w.starts_with("./")) && w.len() > 2)
        .map(str::to_string)
}

/// The message log overlay: which entry is selected.
#[derive(Debug, Clone)]
pub struct Messages {
    pub selected: usize,
}

/// The status line's lines for a message at `width`, at most `max` rows; a message that
/// needs more ends with `more` (the key that shows it all).
pub fn message_lines(t: Theme, text: &str, error: bool, width: u16, max: u16, more: &str) -> Vec<Line<'static>> {
    let (mark, style) = if error { ("✕ ", t.error()) } else { ("› ", t.info()) };
    let body_style = if error { t.error() } else { Style::new() };
    let w = (width as usize).saturating_sub(2).max(1);
    let mut rows = wrap_text(&safe(text), w);
    let max = max.max(1) as usize;
    if rows.len() > max {
        rows.truncate(max);
        let hint = format!(" … {more} shows it all");
        let keep = w.saturating_sub(hint.chars().count());
        if let Some(last) = rows.last_mut() {
            *last = format!("{}{hint}", last.chars().take(keep).collect::<String>().trim_end());
        }
    }
    rows.into_iter()
        .enumerate()
        .map(|(i, r)| {
            let lead = if i == 0 { Span::styled(mark, style) } else { Span::raw("  ") };
            Line::from(vec![lead, Span::styled(r, body_style)])
        })
        .collect()
}

impl App {
    /// Rows the status message takes at `width` (at least one, at most `max`).
    pub(crate) fn message_rows_at(&self, width: u16, max: u16) -> u16 {
        match &self.message {
            Some(m) => {
                (wrap_text(&safe(&m.text), (width as usize).saturating_sub(2).max(1)).len() as u16).clamp(1, max)
            }
            None => 1,
        }
    }

    /// Rows the status line takes on this terminal.
    pub(crate) fn message_rows(&self) -> u16 {
        self.message_rows_at(self.width, MESSAGE_ROWS)
    }

    /// The terminal's height less the rows a long message takes from the lists.
    pub(crate) fn view_height(&self) -> u16 {
        self.height.saturating_sub(self.message_rows() - 1)
    }

    /// Splits `area` into what is above the message and the message's rows, keeping at least
    /// `keep` rows above (the activation details keep room for the QR code).
    pub(crate) fn split_message(&self, area: Rect, keep: u16) -> (Rect, Rect) {
        let room = area.height.saturating_sub(keep).clamp(1, MESSAGE_ROWS);
        let rows = self.message_rows_at(area.width, room).min(area.height);
        let body = Rect { height: area.height - rows, ..area };
        (body, Rect { y: area.y + body.height, height: rows, ..area })
    }

    /// The message, wrapped into `area`; with none, the read-only reminder when `reminder`.
    pub(crate) fn draw_message(&self, area: Rect, buf: &mut Buffer, reminder: bool) {
        let t = self.theme;
        let lines = match &self.message {
            Some(m) => {
                let more = self.keymap.label(ActionId::MessageLog);
                message_lines(t, &m.text, m.error, area.width, area.height, &more)
            }
            None if reminder && self.read_only => vec![Line::styled(
                "read-only: the service refuses every change; open without --read-only to make changes",
                t.dim(),
            )],
            None => Vec::new(),
        };
        for (i, l) in lines.iter().enumerate().take(area.height as usize) {
            put_line(buf, area.x, area.y + i as u16, l, area.width);
        }
    }

    pub(crate) fn open_messages(&mut self) -> Vec<Request> {
        let selected = self.log.entries().len().saturating_sub(1);
        self.overlays.push(Overlay::Messages(Messages { selected }));
        Vec::new()
    }

    pub(crate) fn move_messages(&mut self, delta: i64) -> Vec<Request> {
        let last = self.log.entries().len().saturating_sub(1) as i64;
        if let Some(Overlay::Messages(m)) = self.overlays.last_mut() {
            m.selected = (m.selected as i64).saturating_add(delta).clamp(0, last.max(0)) as usize;
        }
        Vec::new()
    }

    fn selected_entry(&self) -> Option<Entry> {
        match self.overlays.last() {
            Some(Overlay::Messages(m)) => self.log.entries().get(m.selected).cloned(),
            _ => None,
        }
    }

    /// `c` (text) or `f` (its file path) in the log: to the clipboard, saying how.
    pub(crate) fn copy_message(&mut self, path: bool) -> Vec<Request> {
        let Some(e) = self.selected_entry() else {
            self.info("no message to copy yet");
            return Vec::new();
        };
        let (what, text) = match (path, e.path) {
            (false, _) => ("message", e.text),
            (true, Some(p)) => ("path", p),
            (true, None) => {
                self.info("this message names no file");
                return Vec::new();
            }
        };
        match self.clipboard.copy(&text) {
            Ok(how) => self.info(format!("{what} {how}")),
            Err(e) => self.error(format!("not copied: {e}")),
        }
        Vec::new()
    }
}

impl Messages {
    pub fn draw(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let t = app.theme;
        let r = centered(area, 100.min(area.width), area.height);
        let n = app.log.entries().len();
        let inner = boxed(&format!("Messages · {n} this session · newest last"), r, buf, t);
        let (body, foot) = split_last(inner);
        let w = body.width as usize;
        let indent = 11usize;
        let text_w = w.saturating_sub(indent).max(10);
        // Each entry as its lines: time, mark and text, then the path on its own line(s).
        let blocks: Vec<Vec<Line<'static>>> = app
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
                    for (k, part) in wrap_text(p, text_w.saturating_sub(6)).into_iter().enumerate() {
                        let lead = if k == 0 { format!("{:indent$}file: ", "") } else { " ".repeat(indent + 6) };
                        lines.push(Line::from(vec![Span::styled(lead, base.patch(t.dim())), Span::styled(part, base)]));
                    }
                }
                lines
            })
            .collect();
        if blocks.is_empty() {
            put_line(buf, body.x, body.y, &Line::styled("no messages yet", t.dim()), body.width);
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
        let k = |id| app.keymap.label_in(Context::Messages, id);
        let said = format!(
            "{}/{} select · {} copy message · {} copy file path · {} closes",
            k(ActionId::Down),
            k(ActionId::Up),
            k(ActionId::CopyMessage),
            k(ActionId::CopyMessagePath),
            k(ActionId::Close)
        );
        put_line(buf, foot.x, foot.y, &Line::styled(said, t.dim()), foot.width);
    }
}
