//! Text that came from outside (directory exports, spreadsheets, BroadWorks, the Webex API) is
//! untrusted: made harmless wherever it is shown, and checked where it comes in.
//!
//! Harmful here means: a character a terminal acts on instead of drawing (C0 and C1 controls,
//! DEL: an imported name could set the admin's clipboard or window title with them), a character
//! that reorders or hides what is drawn (bidi overrides and isolates, zero-width characters), a
//! line break where one line is expected, and, in a spreadsheet cell, a leading `=`, `+`, `-`,
//! `@` (or tab/CR) that makes the cell a formula.

use std::borrow::Cow;

/// What replaces a character that must not be shown as it is.
pub const REPLACEMENT: char = '\u{FFFD}';

/// The longest name, email or other one-line field wxgo takes from a file or the API, in
/// characters. Control Hub's own limits are lower; this keeps a 50 MB cell out.
pub const MAX_FIELD_CHARS: usize = 256;

/// A character that a terminal acts on, or that changes how the text around it is read.
pub fn is_hazard(c: char) -> bool {
    c.is_control()
        || matches!(c,
            // bidi embeddings, overrides, isolates and marks
            '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}'
            // zero-width and invisible format characters
            | '\u{200B}'..='\u{200D}' | '\u{2060}'..='\u{2064}' | '\u{FEFF}' | '\u{00AD}'
            // line and paragraph separators
            | '\u{2028}' | '\u{2029}'
            // interlinear annotation, and the replacement object
            | '\u{FFF9}'..='\u{FFFB}')
}

/// A hazard that stands for blank space: shown as a space so "Dan\nDubois" reads "Dan Dubois".
fn is_blank_hazard(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

/// `s` as it may be written to a terminal on one line: line breaks and tabs become spaces,
/// every other hazard becomes `�`. Borrowed when there was nothing to change (the usual case).
pub fn for_terminal(s: &str) -> Cow<'_, str> {
    if !s.chars().any(is_hazard) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| {
                if is_blank_hazard(c) {
                    ' '
                } else if is_hazard(c) {
                    REPLACEMENT
                } else {
                    c
                }
            })
            .collect(),
    )
}

/// Like [`for_terminal`], but keeps line breaks (for multi-line text such as an error report).
pub fn for_terminal_lines(s: &str) -> Cow<'_, str> {
    if !s.chars().any(|c| is_hazard(c) && c != '\n') {
        return Cow::Borrowed(s);
    }
    Cow::Owned(
        s.chars()
            .map(|c| match c {
                '\n' => '\n',
                c if is_blank_hazard(c) => ' ',
                c if is_hazard(c) => REPLACEMENT,
                c => c,
            })
            .collect(),
    )
}

/// A name or other value for a mail header or a file name: one line, no hazards, trimmed.
pub fn for_header(s: &str) -> String {
    let one_line = for_terminal(s);
    one_line.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A spreadsheet cell that cannot run as a formula (OWASP "CSV injection"): a cell starting with
/// `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading `'`, which spreadsheets show as
/// text and do not display. An E.164 number (`+` and digits only) cannot be a formula that does
/// anything, and Control Hub reads it back as it is, so it is left alone.
pub fn for_spreadsheet(s: &str) -> Cow<'_, str> {
    let e164 = s.strip_prefix('+').is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    match s.chars().next() {
        Some('+') if e164 => Cow::Borrowed(s),
        Some('=' | '+' | '-' | '@' | '\t' | '\r') => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// A CSV cell of an export from data: one line, no hazard, never a formula.
pub fn csv_cell(s: &str) -> String {
    for_spreadsheet(&for_terminal(s)).into_owned()
}

/// Undoes [`for_spreadsheet`] on a cell read back (an export edited and imported again).
pub fn from_spreadsheet(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if matches!(rest.chars().next(), Some('=' | '+' | '-' | '@' | '\t' | '\r')) => rest,
        _ => s,
    }
}

/// Why a one-line field from outside cannot be taken.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldProblem {
    /// A character that is not allowed, at this 1-based character position.
    Hazard { position: usize, c: char },
    /// Longer than [`MAX_FIELD_CHARS`].
    TooLong { chars: usize },
}

impl FieldProblem {
    /// Says what is wrong with the value and what to do, for an import report (said in the
    /// language where it is shown).
    pub fn describe(&self) -> crate::domain::error::Text {
        match self {
            FieldProblem::Hazard { position, c } => {
                crate::said!("field-hazard", character = char_name(*c), position = *position)
            }
            FieldProblem::TooLong { chars } => crate::said!("field-too-long", n = *chars, max = MAX_FIELD_CHARS),
        }
    }
}

/// Checks a one-line field from a file or the API: no hazards, not over the length limit.
pub fn check_field(s: &str) -> Result<(), FieldProblem> {
    let mut n = 0;
    for (i, c) in s.chars().enumerate() {
        if is_hazard(c) {
            return Err(FieldProblem::Hazard { position: i + 1, c });
        }
        n = i + 1;
        if n > MAX_FIELD_CHARS {
            return Err(FieldProblem::TooLong { chars: s.chars().count() });
        }
    }
    let _ = n;
    Ok(())
}

/// A name for a character that reads well in a message ("a line break", "U+202E"), said in the
/// language where it is shown.
pub fn char_name(c: char) -> crate::domain::error::Text {
    let code = format!("U+{:04X}", c as u32);
    match c {
        '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{85}' => crate::said!("char-line-break"),
        '\t' => crate::said!("char-tab"),
        '\u{1b}' => crate::said!("char-escape"),
        '\u{7}' => crate::said!("char-bell"),
        c if c.is_control() => crate::said!("char-control", code = code),
        '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' => {
            crate::said!("char-direction", code = code)
        }
        _ => crate::said!("char-invisible", code = code),
    }
}

/// Cuts text to at most `max` characters with `…` (for long values in messages and tables).
pub fn shorten(s: &str, max: usize) -> Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => Cow::Borrowed(s),
        Some((i, _)) => Cow::Owned(format!("{}…", &s[..i])),
    }
}

/// Untrusted text from outside (the Webex API, a directory), as it may be stored and shown: one
/// line with no terminal hazards, trimmed, at most `max` characters.
pub fn clean(s: &str, max: usize) -> String {
    shorten(for_terminal(s.trim()).as_ref(), max).into_owned()
}

/// [`clean`] for an optional value; an empty one is none.
pub fn clean_opt(s: Option<&str>, max: usize) -> Option<String> {
    s.map(|s| clean(s, max)).filter(|s| !s.is_empty())
}

/// `v` as one word for a POSIX shell: as it is when it is plain, else in single quotes (the
/// suggested commands of messages and reports run as printed).
pub fn shell_word(v: &str) -> Cow<'_, str> {
    let plain = |c: char| c.is_ascii_alphanumeric() || "_-./@:+=,%".contains(c);
    if !v.is_empty() && v.chars().all(plain) {
        Cow::Borrowed(v)
    } else {
        Cow::Owned(format!("'{}'", v.replace('\'', "'\\''")))
    }
}

/// A phone number as Webex may give one: `+`, digits and the usual separators (` -().`), at least
/// three digits. It need not be E.164 (the AL02 checks say why it is unusable); anything else
/// (`=cmd|...`, a word, a URL) is not a number and is never stored or shown as one.
pub fn looks_like_number(s: &str) -> bool {
    let s = s.trim();
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    digits >= 3
        && s.len() <= 40
        && s.starts_with(|c: char| c == '+' || c == '(' || c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_has_no_hazard_left() {
        let hostile = "Dan\nDubois\u{1b}]52;c;aGk=\u{7}\u{9b}31m\u{202e}evil\u{200b}";
        let safe = for_terminal(hostile);
        assert!(!safe.chars().any(is_hazard), "{safe:?}");
        assert!(safe.starts_with("Dan Dubois"));
        assert!(matches!(for_terminal("Zoë Müller"), Cow::Borrowed(_)));
    }

    #[test]
    fn lines_keep_their_breaks_only() {
        assert_eq!(for_terminal_lines("a\nb\u{1b}c\rd"), "a\nb\u{FFFD}c d");
    }

    #[test]
    fn spreadsheet_cells_never_start_a_formula() {
        for s in ["=HYPERLINK(\"x\")", "+1+cmd|' /C calc'!A0", "-2", "@SUM(A1)", "\tx", "\rx", "+"] {
            let cell = for_spreadsheet(s);
            assert!(cell.starts_with('\''), "{cell}");
            assert_eq!(from_spreadsheet(&cell), s);
        }
        assert_eq!(for_spreadsheet("Ana"), "Ana");
        assert_eq!(for_spreadsheet("+12142000100"), "+12142000100");
        assert_eq!(csv_cell("=1+1\u{1b}"), "'=1+1\u{FFFD}");
        assert_eq!(from_spreadsheet("'quoted"), "'quoted");
    }

    #[test]
    fn fields_are_checked_with_position() {
        assert_eq!(check_field("Dan\nDubois"), Err(FieldProblem::Hazard { position: 4, c: '\n' }));
        assert_eq!(check_field(&"x".repeat(MAX_FIELD_CHARS)), Ok(()));
        assert_eq!(check_field(&"x".repeat(MAX_FIELD_CHARS + 5)), Err(FieldProblem::TooLong { chars: 261 }));
        let hazard = FieldProblem::Hazard { position: 4, c: '\n' }.describe();
        assert_eq!(hazard, "the value has a line break at character 4; remove it in the source and export again");
        let said = crate::i18n::Tr::new(crate::i18n::Lang::De).text(&hazard);
        assert!(said.contains("Zeilenumbruch") && said.contains('4') && !said.contains("line break"), "{said}");
        let long = FieldProblem::TooLong { chars: 261 }.describe();
        assert_eq!(long, "the value is 261 characters long; at most 256 are allowed");
    }

    #[test]
    fn headers_are_one_line() {
        assert_eq!(for_header(" Dan\r\nBcc: x@evil.example "), "Dan Bcc: x@evil.example");
    }
}
