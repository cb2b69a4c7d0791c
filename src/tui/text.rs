//! Editing typed text with the keys people expect from a shell (readline): a cursor that
//! Left/Right, Home/End (Ctrl-A/Ctrl-E) move, Ctrl-U and Ctrl-K delete back to the start and
//! on to the end, Ctrl-W deletes the word before the cursor; a pre-filled value can be
//! selected so that typing replaces it. The form's fields edit at the cursor; the filter, the
//! palette and the user search edit at the end.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use crate::tui::keymap::Key;

/// The readline keys of a text field (see the action table: Ctrl-U, Ctrl-W, Ctrl-K, Home or
/// Ctrl-A, End or Ctrl-E, Left and Right).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Edit {
    /// Delete from the cursor back to the start.
    KillToStart,
    /// Delete from the cursor to the end.
    KillToEnd,
    /// Delete the word before the cursor (and the spaces after it).
    DeleteWord,
    Start,
    End,
    Left,
    Right,
}

/// Byte index of the `n`th character of `s` (its length past the end).
pub(crate) fn byte_at(s: &str, n: usize) -> usize {
    s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)
}

/// Applies `e` to `text` with the cursor at `cursor` (characters).
pub fn apply_edit(text: &mut String, cursor: &mut usize, e: Edit) {
    let len = text.chars().count();
    *cursor = (*cursor).min(len);
    let at = byte_at(text, *cursor);
    match e {
        Edit::KillToStart => {
            text.replace_range(..at, "");
            *cursor = 0;
        }
        Edit::KillToEnd => text.truncate(at),
        Edit::DeleteWord => {
            let before: Vec<char> = text[..at].chars().collect();
            let mut start = before.len();
            while start > 0 && before[start - 1].is_whitespace() {
                start -= 1;
            }
            while start > 0 && !before[start - 1].is_whitespace() && !matches!(before[start - 1], ',' | ';') {
                start -= 1;
            }
            if start == before.len() && start > 0 {
                start -= 1; // a lone separator
            }
            let from = byte_at(text, start);
            text.replace_range(from..at, "");
            *cursor = start;
        }
        Edit::Start => *cursor = 0,
        Edit::End => *cursor = len,
        Edit::Left => *cursor = cursor.saturating_sub(1),
        Edit::Right => *cursor = (*cursor + 1).min(len),
    }
}

/// Edits `text` with a typed key at `cursor`: a character (no Ctrl or Alt), Backspace or
/// Delete; with `replace`, the first one replaces the whole value. Whether it was one.
pub fn edit_at(text: &mut String, cursor: &mut usize, replace: &mut bool, key: Key, max: usize) -> bool {
    let typed = match key.code {
        KeyCode::Char(c) if !key.mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) => Some(Some(c)),
        KeyCode::Backspace | KeyCode::Delete => Some(None),
        _ => None,
    };
    let Some(typed) = typed else { return false };
    if std::mem::take(replace) && !text.is_empty() {
        text.clear();
        *cursor = 0;
        if typed.is_none() {
            return true;
        }
    }
    *cursor = (*cursor).min(text.chars().count());
    match (typed, key.code) {
        (Some(c), _) if text.chars().count() < max => {
            text.insert(byte_at(text, *cursor), c);
            *cursor += 1;
        }
        (None, KeyCode::Backspace) if *cursor > 0 => {
            let from = byte_at(text, *cursor - 1);
            text.replace_range(from..byte_at(text, *cursor), "");
            *cursor -= 1;
        }
        (None, KeyCode::Delete) if *cursor < text.chars().count() => {
            let from = byte_at(text, *cursor);
            text.replace_range(from..byte_at(text, *cursor + 1), "");
        }
        _ => {}
    }
    true
}

/// Edits `text` with a typed key at its end: a character (no Ctrl or Alt), Backspace, or a
/// readline key (Ctrl-U clears, Ctrl-W deletes the last word). Whether it was one.
pub fn edit(text: &mut String, key: Key, max: usize) -> bool {
    let mut end = usize::MAX;
    match key.code {
        KeyCode::Char('u') if key.mods.contains(KeyModifiers::CONTROL) => {
            apply_edit(text, &mut end, Edit::KillToStart);
            true
        }
        KeyCode::Char('w') if key.mods.contains(KeyModifiers::CONTROL) => {
            apply_edit(text, &mut end, Edit::DeleteWord);
            true
        }
        _ => edit_at(text, &mut end, &mut false, key, max),
    }
}
