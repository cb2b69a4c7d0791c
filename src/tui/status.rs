//! Messages: the status line shows the last one whole, wrapped over up to [`MESSAGE_ROWS`]
//! rows (then a hint that `!` shows the rest), and every message of the session goes to the
//! log that `!` opens (`popups::messages`).

use std::collections::VecDeque;

use chrono::{DateTime, Utc};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::actions::ActionId;
use super::keymap::Keymap;
use super::present::{put_line, safe, wrap_text};
use super::theme::Theme;

/// The most rows the status line grows to; a longer message ends with a hint to open the log.
pub const MESSAGE_ROWS: u16 = 3;

/// Messages the log keeps (the oldest go first).
pub const LOG_MAX: usize = 200;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

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

/// The status line's lines for a message at `width`, at most `max` rows; a message that
/// needs more ends with `more` (the words naming the key that shows it all).
pub fn message_lines(t: Theme, text: &str, error: bool, width: u16, max: u16, more: &str) -> Vec<Line<'static>> {
    let (mark, style) = if error { ("✕ ", t.error()) } else { ("› ", t.info()) };
    let body_style = if error { t.error() } else { Style::new() };
    let w = (width as usize).saturating_sub(2).max(1);
    let mut rows = wrap_text(&safe(text), w);
    let max = max.max(1) as usize;
    if rows.len() > max {
        rows.truncate(max);
        let hint = format!(" … {more}");
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

/// Rows `message` takes at `width` (at least one, at most `max`).
pub fn rows_at(message: Option<&Message>, width: u16, max: u16) -> u16 {
    match message {
        Some(m) => (wrap_text(&safe(&m.text), (width as usize).saturating_sub(2).max(1)).len() as u16).clamp(1, max),
        None => 1,
    }
}

/// The status line as drawn: the message, and what it is drawn with.
pub struct StatusLine<'a> {
    pub message: Option<&'a Message>,
    pub keymap: &'a Keymap,
    pub theme: Theme,
    pub read_only: bool,
    pub tr: &'a crate::i18n::Tr,
}

impl StatusLine<'_> {
    /// Splits `area` into what is above the message and the message's rows, keeping at least
    /// `keep` rows above (the activation details keep room for the QR code).
    pub fn split(&self, area: Rect, keep: u16) -> (Rect, Rect) {
        let room = area.height.saturating_sub(keep).clamp(1, MESSAGE_ROWS);
        let rows = rows_at(self.message, area.width, room).min(area.height);
        let body = Rect { height: area.height - rows, ..area };
        (body, Rect { y: area.y + body.height, height: rows, ..area })
    }

    /// The message, wrapped into `area`; with none, the read-only reminder when `reminder`.
    pub fn draw(&self, area: Rect, buf: &mut Buffer, reminder: bool) {
        let t = self.theme;
        let lines = match self.message {
            Some(m) => {
                let key = self.keymap.label(ActionId::MessageLog);
                let more = self.tr.t_with("status-shows-all", &[("key", key.as_str().into())]);
                message_lines(t, &m.text, m.error, area.width, area.height, &more)
            }
            None if reminder && self.read_only => vec![Line::styled(self.tr.t("status-read-only"), t.dim())],
            None => Vec::new(),
        };
        for (i, l) in lines.iter().enumerate().take(area.height as usize) {
            put_line(buf, area.x, area.y + i as u16, l, area.width);
        }
    }
}
