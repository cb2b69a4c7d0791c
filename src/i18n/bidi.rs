//! Right to left in a terminal. Most terminals (xterm, tmux, many SSH clients) show the cells
//! in the order they are written and never reorder bidirectional text; some (VTE-based ones)
//! reorder each line themselves. So there are two modes ([`Mode`], `--bidi app|terminal`):
//!
//! - `app`: wxgo lays the screen out mirrored and writes every line in visual order. Each row
//!   of a frame is reordered by the Unicode bidi algorithm with a right-to-left base: columns,
//!   hints and boxes come from the right, Hebrew reads right to left, and left-to-right runs
//!   (numbers, emails, codes, Latin names) stay whole and in their order. Glyphs with a
//!   direction (`(`, `┌`, `▶`) are mirrored where they end up in right-to-left text.
//! - `terminal`: wxgo writes logical order, and the terminal reorders; text is never
//!   reversed twice.

use ratatui::buffer::{Buffer, Cell};
use ratatui::layout::Rect;
use unicode_bidi::{BidiDataSource, BidiInfo, Level};

use crate::outside::typeset::IcuBidi;
use unicode_width::UnicodeWidthStr;

/// Who puts right-to-left text in visual order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// wxgo does (for terminals that show cells as written).
    #[default]
    App,
    /// The terminal does (VTE and others that reorder themselves).
    Terminal,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        match s.trim().to_ascii_lowercase().as_str() {
            "app" => Some(Mode::App),
            "terminal" => Some(Mode::Terminal),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::App => "app",
            Mode::Terminal => "terminal",
        }
    }
}

/// The glyph seen in a mirror, for those that point or open one way.
fn mirrored(s: &str) -> Option<&'static str> {
    const PAIRS: [(&str, &str); 20] = [
        ("(", ")"),
        ("[", "]"),
        ("{", "}"),
        ("<", ">"),
        ("«", "»"),
        ("‹", "›"),
        ("┌", "┐"),
        ("└", "┘"),
        ("├", "┤"),
        ("╭", "╮"),
        ("╰", "╯"),
        ("▶", "◀"),
        ("►", "◄"),
        ("▏", "▕"),
        ("→", "←"),
        ("▌", "▐"),
        ("┏", "┓"),
        ("┗", "┛"),
        ("╔", "╗"),
        ("╚", "╝"),
    ];
    PAIRS.iter().find_map(|(a, b)| {
        if *a == s {
            Some(*b)
        } else if *b == s {
            Some(*a)
        } else {
            None
        }
    })
}

/// Left-to-right isolate and its end (U+2066, U+2069): only for the algorithm, never shown.
const LRI: char = '\u{2066}';
const PDI: char = '\u{2069}';

/// Which units start and end a left-to-right run that must stay whole: words with a
/// left-to-right letter or a digit and nothing right to left (a number with its `+`, an
/// email, a code, a Latin name), joined across single spaces (`Amir Abbott`) but not across
/// wider gaps (the gap between two columns).
fn ltr_runs(units: &[&str]) -> Vec<(usize, usize)> {
    use unicode_bidi::BidiClass::{AL, EN, L, ON, R};
    let class = |u: &str| u.chars().map(|c| IcuBidi.bidi_class(c)).collect::<Vec<_>>();
    let space = |u: &str| u.trim().is_empty();
    // A box's line (a popup's border over a list) ends a word as a space does, but never joins
    // two words into one run: the text on either side of it is not one phrase.
    let boxed = |u: &str| u.chars().all(|c| ('\u{2500}'..='\u{257f}').contains(&c)) && !u.is_empty();
    let apart = |u: &str| space(u) || boxed(u);
    let mut words: Vec<(usize, usize, bool)> = Vec::new();
    let mut i = 0;
    while i < units.len() {
        if apart(units[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < units.len() && !apart(units[i]) {
            i += 1;
        }
        // A sentence's punctuation after the word belongs to the sentence, not to the word;
        // a marker or a bracket around it (`▶1`, `(x)`) is the layout's, mirrored with it.
        // Only a neutral mark (ON: `▶`, `(`, `«`) is the layout's; `/`, `.`, `+` and `-`
        // belong to a path, a number or an email.
        let strong = |u: &str| !class(u).iter().all(|c| matches!(c, ON));
        let mut end = i;
        while end > start + 1 && matches!(units[end - 1], "." | "," | ":" | ";" | "!" | "?") {
            end -= 1;
        }
        let mut start = start;
        while start < end && !strong(units[start]) {
            start += 1;
        }
        while end > start && !strong(units[end - 1]) {
            end -= 1;
        }
        if start == end {
            continue;
        }
        let classes: Vec<_> = units[start..end].iter().flat_map(|u| class(u)).collect();
        let ltr = !classes.iter().any(|c| matches!(c, R | AL)) && classes.iter().any(|c| matches!(c, L | EN));
        words.push((start, end, ltr));
    }
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for (start, end, ltr) in words {
        if !ltr {
            continue;
        }
        match runs.last_mut() {
            // One space between two such words: the same run.
            Some(last) if last.1 + 1 == start && space(units[last.1]) => last.1 = end,
            _ => runs.push((start, end)),
        }
    }
    runs
}

/// The order in which `units` (their texts, joined) are seen, left to right, in a right-to-left
/// paragraph; with whether each is in a right-to-left run (its glyph is mirrored).
fn visual_order(units: &[&str]) -> Vec<(usize, bool)> {
    let runs = ltr_runs(units);
    let mut text = String::new();
    let mut starts = Vec::with_capacity(units.len());
    for (i, u) in units.iter().enumerate() {
        if runs.iter().any(|r| r.0 == i) {
            text.push(LRI);
        }
        starts.push(text.len());
        text.push_str(u);
        if runs.iter().any(|r| r.1 == i + 1) {
            text.push(PDI);
        }
    }
    if text.is_empty() {
        return (0..units.len()).map(|i| (i, false)).collect();
    }
    let info = BidiInfo::new_with_data_source(&IcuBidi, &text, Some(Level::rtl()));
    let mut out = Vec::with_capacity(units.len());
    for para in &info.paragraphs {
        let (levels, runs) = info.visual_runs(para, para.range.clone());
        for run in runs {
            let rtl = levels.get(run.start).is_some_and(|l| l.is_rtl());
            let mut members: Vec<usize> =
                (0..units.len()).filter(|i| starts[*i] >= run.start && starts[*i] < run.end).collect();
            if rtl {
                members.reverse();
            }
            out.extend(members.into_iter().map(|i| (i, rtl)));
        }
    }
    // A unit the runs missed (it cannot happen, every byte is in a run) goes last, as it is.
    for i in 0..units.len() {
        if !out.iter().any(|(j, _)| *j == i) {
            out.push((i, false));
        }
    }
    out
}

/// `line` as it is seen in a right-to-left paragraph, left to right, for a terminal that shows
/// characters as written (the CLI's lines in Hebrew with `--bidi app`).
pub fn visual_line(line: &str) -> String {
    let chars: Vec<String> = line.chars().map(String::from).collect();
    let units: Vec<&str> = chars.iter().map(String::as_str).collect();
    visual_order(&units)
        .into_iter()
        .map(|(i, rtl)| match (rtl, mirrored(units[i])) {
            (true, Some(m)) => m,
            _ => units[i],
        })
        .collect()
}

/// Mirrors a drawn frame for a right-to-left language: each row of `area` in visual order
/// (see the module's words). Styles travel with their characters; a wide character keeps its
/// cells together.
pub fn mirror(buf: &mut Buffer, area: Rect) {
    mirror_keeping(buf, area, &[]);
}

/// [`mirror`], with `keep` (a QR code) moved to its mirrored place whole, left to right as it
/// was drawn: a mirrored QR code is not the code the phone expects.
pub fn mirror_keeping(buf: &mut Buffer, area: Rect, keep: &[Rect]) {
    let kept: Vec<(Rect, Vec<Cell>)> = keep
        .iter()
        .map(|r| r.intersection(area))
        .filter(|r| !r.is_empty())
        .map(|r| (r, r.positions().map(|p| buf[(p.x, p.y)].clone()).collect()))
        .collect();
    mirror_rows(buf, area);
    for (r, cells) in kept {
        let x = area.left() + area.right() - r.right();
        let to = Rect { x, ..r };
        for (p, cell) in to.positions().zip(cells) {
            buf[(p.x, p.y)] = cell;
        }
    }
}

fn mirror_rows(buf: &mut Buffer, area: Rect) {
    for y in area.top()..area.bottom() {
        // The row's characters, each with the cells it covers.
        let mut units: Vec<Vec<Cell>> = Vec::new();
        let mut x = area.left();
        while x < area.right() {
            let cell = buf[(x, y)].clone();
            let width = (cell.symbol().width() as u16).clamp(1, area.right() - x);
            let cells: Vec<Cell> = (x..x + width).map(|cx| buf[(cx, y)].clone()).collect();
            units.push(cells);
            x += width;
        }
        let texts: Vec<String> = units.iter().map(|u| u[0].symbol().to_string()).collect();
        let refs: Vec<&str> = texts.iter().map(String::as_str).collect();
        let mut x = area.left();
        for (i, rtl) in visual_order(&refs) {
            for (k, cell) in units[i].iter().enumerate() {
                let mut cell = cell.clone();
                if k == 0 && rtl {
                    if let Some(m) = mirrored(cell.symbol()) {
                        cell.set_symbol(m);
                    }
                }
                if x < area.right() {
                    buf[(x, y)] = cell;
                }
                x += 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hebrew_reads_right_to_left_and_numbers_emails_and_codes_stay_whole() {
        // Logical: "מספר" (number) then a number; seen: the number on the left, the word reversed.
        assert_eq!(visual_line("מספר +12122000003"), "+12122000003 רפסמ");
        assert_eq!(visual_line("קוד PSNC-S3S4-R9WH-B48D"), "PSNC-S3S4-R9WH-B48D דוק");
        assert_eq!(visual_line("דוא\"ל ava.haddad@acme.example."), ".ava.haddad@acme.example ל\"אוד");
    }

    #[test]
    fn a_line_in_a_left_to_right_language_only_moves_to_the_right() {
        // An English line in a right-to-left paragraph keeps its order; its padding goes left.
        assert_eq!(visual_line("Online now   "), "   Online now");
        // Columns (two spaces or more apart) are mirrored; a name's words are not.
        assert_eq!(visual_line("Amir Abbott  +12122000003  מקוון"), "ןווקמ  +12122000003  Amir Abbott");
        // A path keeps its slashes where they are.
        assert_eq!(visual_line("db: /tmp/x/wxgo.db  מקוון"), "ןווקמ  /tmp/x/wxgo.db :db");
    }

    #[test]
    fn a_frame_is_mirrored_with_its_boxes_and_markers() {
        let area = Rect::new(0, 0, 12, 2);
        let mut buf = Buffer::empty(area);
        buf.set_string(0, 0, "┌ משתמשים ─┐", ratatui::style::Style::new());
        buf.set_string(0, 1, "▶ a@b.c    ", ratatui::style::Style::new());
        mirror(&mut buf, area);
        let row = |y: u16| (0..12).map(|x| buf[(x, y)].symbol().to_string()).collect::<String>();
        assert_eq!(row(0), "┌─ םישמתשמ ┐");
        assert_eq!(row(1), "     a@b.c ◀");
    }

    #[test]
    fn a_box_line_keeps_apart_the_text_on_either_side() {
        // A popup over a list: the list's "g" left of the border, a code right of it. Each is
        // its own run, so the border stays between them once mirrored.
        assert_eq!(visual_line("g│Sub-1b7d (WG09)."), ".(WG09) Sub-1b7d│g");
        assert_eq!(visual_line("מחק g│y"), "y│g קחמ");
    }

    #[test]
    fn modes_parse() {
        assert_eq!(Mode::parse("APP"), Some(Mode::App));
        assert_eq!(Mode::parse("terminal"), Some(Mode::Terminal));
        assert_eq!(Mode::parse("auto"), None);
    }
}
