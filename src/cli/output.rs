//! How results are printed: tables for people, JSON for scripts. What every command shares: the
//! writing to stdout and stderr with data made harmless, tables, JSON, private files, and [`Out`]
//! (a list as JSON or a table; an error). Each command prints its own results in its own file.

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement};
use serde::Serialize;
use serde_json::json;

use crate::domain::text::{for_terminal, for_terminal_lines, is_hazard, shorten};
use crate::domain::DeviceStatus;
use crate::domain::{Error, Result};

/// Prints a line to stdout (see [`say`]).
macro_rules! outln {
    ($($arg:tt)*) => {{
        $crate::cli::output::say(&format!($($arg)*));
    }};
}
pub(crate) use outln;

/// Writes text to stdout with every hazard taken from data made harmless (no control
/// character, escape sequence or bidi override reaches the admin's terminal), then flushes, so
/// a full disk or a closed pipe is an error here and not lost in a buffer.
pub(crate) fn write_stdout(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let text = for_terminal_lines(text);
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.write_all(b"\n")?;
    stdout.flush()
}

/// Prints a line of a read to stdout. A closed pipe (`wxgo users list | head`) ends the process
/// quietly: the reader has all it wanted. Any other failure ends it with exit code 7.
pub(crate) fn say(text: &str) {
    say_exactly(&super::advice::in_context(text));
}

/// [`say`] without putting this run's flags into suggested commands (JSON: its strings are data).
fn say_exactly(text: &str) {
    if let Err(e) = write_stdout(text) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        let tr = tr();
        let said = tr.text(&crate::said!("stdout-cannot-write", error = e.to_string()));
        warn(&tr.t_with("cli-error", &[("message", crate::i18n::Arg::from(&said))]));
        std::process::exit(7);
    }
}

/// Prints what must arrive (an activation code): any failure, a closed pipe included, is an
/// error the caller acts on.
pub(crate) fn say_or_fail(text: &str) -> Result<()> {
    write_stdout(&super::advice::in_context(text))
        .map_err(|e| Error::io(crate::said!("stdout-not-written", error = e.to_string())))
}

/// Whether stdout is the null device: `> /dev/null`, or a stdout that was closed when wxgo
/// started (the process then finds /dev/null there). Linux only (`/proc`); elsewhere `false`.
pub(crate) fn stdout_is_null() -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata("/proc/self/fd/1"), std::fs::metadata("/dev/null")) {
        (Ok(out), Ok(null)) => out.rdev() == null.rdev() && out.ino() == null.ino() && out.dev() == null.dev(),
        _ => false,
    }
}

/// A line on stderr, made harmless like stdout.
pub(crate) fn warn(text: &str) {
    eprintln!("{}", for_terminal_lines(&super::advice::in_context(text)));
}

/// Whether a person is at the terminal to answer a question: stdin to read the answer, stderr
/// to show the question.
pub(crate) fn can_ask() -> bool {
    use std::io::IsTerminal;
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks `question` (ending in `[y/N] `) on stderr and reads the answer: `true` only for yes.
pub(crate) fn ask_yes_no(question: &str) -> bool {
    use std::io::{BufRead, Write};
    eprint!("{}", for_terminal_lines(question));
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    if std::io::stdin().lock().read_line(&mut answer).is_err() {
        return false;
    }
    matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes")
}

/// An action that cannot be undone (`what`; `command` its words after `wxgo`, e.g. `devices
/// delete go-4`): with `--yes` it goes ahead; on a terminal the admin reads `lines` and answers
/// y/N, as the console's confirmation asks; without a terminal it is refused, nothing done, and
/// the message gives the command with `--yes` (exit 2).
pub(crate) fn confirm_irreversible(yes: bool, what: &str, command: &[&str], lines: &[String]) -> Result<()> {
    if yes {
        return Ok(());
    }
    if !can_ask() {
        let words: Vec<String> = command.iter().map(|w| super::advice::shell_word(w).into_owned()).collect();
        return Err(Error::rule(
            super::NOT_CONFIRMED,
            crate::said!(
                "cli-not-confirmed-no-terminal",
                what = what,
                command = format!("`wxgo {} --yes`", words.join(" "))
            ),
        ));
    }
    for line in lines {
        warn(line);
    }
    if ask_yes_no(&format!("{what}? [y/N] ")) {
        Ok(())
    } else {
        Err(Error::rule(super::NOT_CONFIRMED, crate::said!("cli-not-confirmed")))
    }
}

/// JSON text whose strings cannot act on a terminal: serde escapes C0 controls; this also
/// escapes DEL, C1 controls, bidi overrides and invisible characters as `\uXXXX`. The data is
/// the same for a JSON reader.
pub(crate) fn json_text<T: Serialize + ?Sized>(v: &T) -> Result<String> {
    let text = serde_json::to_string_pretty(v)
        .map_err(|e| Error::io(crate::said!("json-cannot-write", error = e.to_string())))?;
    if !text.chars().any(is_hazard) {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        // Only inside strings: the JSON around them is serde's and has no hazard but `\n`.
        if is_hazard(c) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// What `--out FILE` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum OutFile {
    Users,
    Subscribers,
}

/// `--out FILE`: writes a private file (0600 from the first byte; an existing file or link
/// is replaced, and the admin told when it was readable by others). Said in the run's language,
/// the path and the system's words as they are.
pub(crate) fn write_file(path: &std::path::Path, bytes: &[u8], what: OutFile) -> Result<()> {
    let shown = path.display().to_string();
    let replaced = crate::outside::write_private(path, bytes).map_err(|e| {
        Error::io(match what {
            OutFile::Users => crate::said!("out-users-cannot-write", path = &shown, error = e.to_string()),
            OutFile::Subscribers => crate::said!("out-subscribers-cannot-write", path = &shown, error = e.to_string()),
        })
    })?;
    let tr = tr();
    if let Some(note) = replaced.note(path) {
        warn(&tr.t_with("cli-note", &[("note", crate::i18n::Arg::from(&tr.text(&note)))]));
    }
    let wrote = match what {
        OutFile::Users => "cli-wrote-users",
        OutFile::Subscribers => "cli-wrote-subscribers",
    };
    warn(&tr.t_with(wrote, &[("path", crate::i18n::Arg::from(&shown))]));
    Ok(())
}

/// Prints a value as JSON (a read: see [`say`]).
pub(crate) fn json<T: Serialize + ?Sized>(v: &T) -> Result<()> {
    say_exactly(&json_text(v)?);
    Ok(())
}

/// How a column gives way when a table is wider than the terminal. Numbers, emails, ids, dates
/// and counts never do ([`Fit::WHOLE`], the default): a value cut in the middle is a wrong value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Fit {
    /// A name or free text, cut with `…` down to this many columns when the rest does not fit.
    cut_to: Option<usize>,
    /// Left out when the table does not fit, the lowest first (before names are cut to their least).
    drop: Option<u8>,
}

impl Fit {
    /// Shown whole, always.
    pub(crate) const WHOLE: Fit = Fit { cut_to: None, drop: None };
    /// A name: cut with `…`, to 10 columns at the least.
    pub(crate) const NAME: Fit = Fit { cut_to: Some(10), drop: None };

    /// A status or label: cut with `…` as a name is, to 12 columns at the least (its symbol stays).
    pub(crate) const LABEL: Fit = Fit { cut_to: Some(12), drop: None };

    /// Left out when the table does not fit (`rank` 0 first); never cut.
    pub(crate) const fn drop(rank: u8) -> Fit {
        Fit { cut_to: None, drop: Some(rank) }
    }

    /// Free text: cut with `…` first, left out when that is not enough (`rank` 0 first).
    pub(crate) const fn text(rank: u8) -> Fit {
        Fit { cut_to: Some(10), drop: Some(rank) }
    }
}

/// A table as the commands draw one: one line a row. On a terminal it fits the terminal's width
/// ([`set_table_width`]): the columns that may give way are cut or left out, and a last line
/// says which were left out; `-o wide` and output that is not a terminal get every column whole.
pub(crate) struct Table {
    header: Vec<String>,
    fits: Vec<Fit>,
    rows: Vec<Vec<String>>,
}

/// A table with this header, as every command draws one (every column [`Fit::WHOLE`] until
/// [`Table::fit`] says otherwise).
/// Each head is said in the run's language: the message `head-<the English head in lower case,
/// words joined by '-'>` of `cli.ftl` (`Primary number` is `head-primary-number`), the English
/// head where there is none (Control Hub's own words, `trackingId`).
pub(crate) fn table(header: &[&str]) -> Table {
    let tr = tr();
    let head = |h: &str| {
        let slug: Vec<String> = h
            .split(|c: char| !c.is_ascii_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_ascii_lowercase)
            .collect();
        let id = format!("head-{}", slug.join("-"));
        if tr.has(&id) {
            tr.t(&id)
        } else {
            h.to_string()
        }
    };
    Table { header: header.iter().map(|h| head(h)).collect(), fits: vec![Fit::WHOLE; header.len()], rows: Vec::new() }
}

impl Table {
    /// How each column gives way, in the header's order.
    pub(crate) fn fit(&mut self, fits: &[Fit]) -> &mut Self {
        for (slot, fit) in self.fits.iter_mut().zip(fits) {
            *slot = *fit;
        }
        self
    }

    /// The table drawn within `width` columns (`None`: whole, however wide).
    pub(crate) fn render(&self, width: Option<usize>) -> String {
        let n = self.header.len();
        let mut widths: Vec<usize> = (0..n)
            .map(|c| {
                let cells = self.rows.iter().filter_map(|r| r.get(c)).map(|v| text_width(v));
                cells.chain([text_width(&self.header[c])]).max().unwrap_or(0)
            })
            .collect();
        let mut shown = vec![true; n];
        if let Some(width) = width {
            fit_columns(&self.fits, &mut widths, &mut shown, width);
        }
        let cut = |c: usize, v: &str| cut_to_width(v, widths[c]);
        let mut t = comfy_table::Table::new();
        t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Disabled);
        t.set_header((0..n).filter(|c| shown[*c]).map(|c| cut(c, &self.header[c])).collect::<Vec<_>>());
        for row in &self.rows {
            t.add_row(
                (0..n).filter(|c| shown[*c]).map(|c| cut(c, row.get(c).map_or("", String::as_str))).collect::<Vec<_>>(),
            );
        }
        let mut text = t.to_string();
        let left_out: Vec<&str> = (0..n).filter(|c| !shown[*c]).map(|c| self.header[c].as_str()).collect();
        if !left_out.is_empty() {
            let note = tr().t_with("report-left-out", &[("columns", crate::i18n::Arg::from(&left_out.join(", ")))]);
            text.push('\n');
            text.push_str(&width.map_or(note.clone(), |w| cut_to_width(&note, w)));
        }
        text
    }
}

impl std::fmt::Display for Table {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.render(TABLE_WIDTH.get().copied().flatten()))
    }
}

/// The width a table is drawn within, when stdout is a terminal and `-o wide` was not given.
static TABLE_WIDTH: std::sync::OnceLock<Option<usize>> = std::sync::OnceLock::new();

/// Sets the width tables fit (`cli::main`, once): the terminal's, unless `wide` or stdout is not
/// a terminal.
pub(crate) fn set_table_width(wide: bool) {
    use std::io::IsTerminal;
    let width = if wide || !std::io::stdout().is_terminal() {
        None
    } else {
        let cols = crossterm::terminal::size().ok().map(|(c, _)| usize::from(c)).filter(|c| *c > 0);
        let env = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse().ok());
        Some(cols.or(env).unwrap_or(80))
    };
    let _ = TABLE_WIDTH.set(width);
}

/// Columns a value takes on a terminal (wide characters count two).
fn text_width(s: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(s)
}

/// `s` within `width` columns, cut with `…` when longer.
fn cut_to_width(s: &str, width: usize) -> String {
    if text_width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// Makes the shown columns fit `width` (each takes its width plus 3 for its border and padding,
/// and 1 for the last border): names are cut to 20 columns, then columns are left out by rank,
/// then names are cut to their least. What cannot give way stays whole, even past `width`.
fn fit_columns(fits: &[Fit], widths: &mut [usize], shown: &mut [bool], width: usize) {
    let total = |widths: &[usize], shown: &[bool]| -> usize {
        widths.iter().zip(shown.iter()).filter(|(_, s)| **s).map(|(w, _)| w + 3).sum::<usize>() + 1
    };
    let cut_down = |widths: &mut [usize], shown: &[bool], floor: &dyn Fn(usize) -> usize| {
        while total(widths, shown) > width {
            let widest = (0..widths.len())
                .filter(|c| shown[*c] && fits[*c].cut_to.is_some() && widths[*c] > floor(*c))
                .max_by_key(|c| widths[*c] - floor(*c));
            match widest {
                Some(c) => widths[c] -= 1,
                None => return,
            }
        }
    };
    let least = |c: usize| fits[c].cut_to.unwrap_or(usize::MAX);
    cut_down(widths, shown, &|c| least(c).max(20));
    let mut droppable: Vec<usize> = (0..fits.len()).filter(|c| fits[*c].drop.is_some()).collect();
    droppable.sort_by_key(|c| (fits[*c].drop, usize::MAX - c));
    for c in droppable {
        if total(widths, shown) <= width {
            break;
        }
        shown[c] = false;
    }
    cut_down(widths, shown, &least);
}

/// A table row of cells from data: each made one line and harmless before it is measured.
pub(crate) trait CleanRows {
    fn clean_row(&mut self, cells: Vec<String>) -> &mut Self;
}

impl CleanRows for Table {
    fn clean_row(&mut self, cells: Vec<String>) -> &mut Self {
        self.rows.push(cells.iter().map(|c| for_terminal(&shorten(c, MAX_CELL)).into_owned()).collect());
        self
    }
}

/// The longest cell a table shows, in characters; longer values are cut with `…`.
const MAX_CELL: usize = 300;

/// The value, or `-` when there is none (or it is empty).
pub(crate) fn or_dash(v: Option<&str>) -> String {
    v.filter(|s| !s.is_empty()).unwrap_or("-").to_string()
}

/// A device status with its symbol in the run's language (Control Hub's words), or `-`.
pub(crate) fn status_cell(s: Option<DeviceStatus>) -> String {
    s.map(|s| crate::tui::present::status_word(tr(), s)).unwrap_or_else(|| "-".into())
}

/// A time as the tables show it (UTC, to the minute).
pub(crate) fn when(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

static LANGUAGE: std::sync::OnceLock<crate::i18n::Tr> = std::sync::OnceLock::new();

/// Sets the language this run prints in (once, as `cli::main` starts).
pub(crate) fn set_language(lang: crate::i18n::Lang) {
    let _ = LANGUAGE.set(crate::i18n::Tr::new(lang));
}

/// The language this run prints in (English until [`set_language`]). `--json` never uses it.
pub(crate) fn tr() -> &'static crate::i18n::Tr {
    LANGUAGE.get().unwrap_or_else(|| crate::i18n::english())
}

/// How this run prints: `--json` or tables.
pub struct Out {
    pub(crate) json: bool,
}

impl Out {
    pub fn new(json: bool) -> Self {
        Out { json }
    }

    pub(crate) fn print_json<T: Serialize + ?Sized>(&self, v: &T) -> Result<()> {
        json(v)
    }

    /// Rows as JSON, or as the table `human` makes (or the message `empty` of `cli.ftl`, in the
    /// run's language, when there are none).
    pub(crate) fn list<T: Serialize>(&self, rows: &[T], human: impl FnOnce() -> Table, empty: &str) -> Result<()> {
        if self.json {
            return self.print_json(rows);
        }
        if rows.is_empty() {
            outln!("{}", tr().t(empty));
        } else {
            outln!("{}", human());
        }
        Ok(())
    }

    /// An error on stderr in the run's language; with `--json` also as a JSON object on stdout,
    /// always in English (scripts read it).
    pub fn error(&self, e: &Error) {
        let tr = tr();
        warn(&tr.t_with("cli-error", &[("message", crate::i18n::Arg::from(&tr.error(e)))]));
        if self.json {
            let message = super::advice::in_context(&e.to_string()).into_owned();
            let v = json!({"error": {"kind": e.kind(), "rule": e.rule_id(), "message": message}});
            if let Ok(text) = json_text(&v) {
                let _ = write_stdout(&text);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_from_data_cannot_act_on_a_terminal() {
        let text = json_text(&json!({"name": "Ava\u{202e}gnp.exe\u{9b}31m"})).unwrap();
        assert!(!text.chars().any(|c| is_hazard(c) && c != '\n'), "{text:?}");
        assert!(text.contains("\\u202e") && text.contains("\\u009b"), "{text}");
        let back: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(back["name"], "Ava\u{202e}gnp.exe\u{9b}31m", "the data is the same for a JSON reader");
    }

    #[test]
    fn a_table_cell_is_one_harmless_line_of_at_most_max_cell_characters() {
        let mut t = table(&["A"]);
        t.clean_row(vec![format!("x\x1b[31my\n{}", "z".repeat(MAX_CELL * 2))]);
        let drawn = t.to_string();
        assert!(!drawn.contains('\x1b'), "{drawn:?}");
        assert!(drawn.matches('z').count() < MAX_CELL, "cut to MAX_CELL characters: {drawn}");
        assert!(drawn.contains('…'), "{drawn}");
    }

    fn users_table() -> Table {
        let mut t = table(&["Name", "Email", "Location", "Licences", "Primary number", "Calling"]);
        t.fit(&[Fit::NAME, Fit::WHOLE, Fit::text(2), Fit::text(0), Fit::WHOLE, Fit::drop(1)]);
        t.clean_row(vec![
            "Maximilian Alexander Fitzgerald-Montgomery".into(),
            "max.fitzgerald-montgomery@acme.example".into(),
            "Dallas".into(),
            "Calling Professional, Meetings, Messaging".into(),
            "+12122000003".into(),
            "provisioned".into(),
        ]);
        t.clean_row(vec![
            "Зоя Øvergaard".into(),
            "zoe@acme.example".into(),
            "Oslo".into(),
            "-".into(),
            "+4722000000".into(),
            "none".into(),
        ]);
        t
    }

    #[test]
    fn a_table_fits_the_width_one_line_a_row_cutting_names_and_leaving_out_columns() {
        let t = users_table();
        let drawn = t.render(Some(80));
        let lines: Vec<&str> = drawn.lines().collect();
        for l in &lines {
            assert!(text_width(l) <= 80, "{} columns: {l}\n{drawn}", text_width(l));
        }
        // Numbers and emails whole, each row on one line.
        let row = lines.iter().find(|l| l.contains("+12122000003")).unwrap_or_else(|| panic!("{drawn}"));
        assert!(row.contains("max.fitzgerald-montgomery@acme.example"), "{drawn}");
        assert!(lines.iter().any(|l| l.contains("zoe@acme.example") && l.contains("+4722000000")), "{drawn}");
        // The least useful went first, and the last line says so.
        let header = lines.iter().find(|l| l.starts_with('│')).unwrap_or_else(|| panic!("{drawn}"));
        assert!(!header.contains("Licences") && !drawn.contains("Calling Professional"), "{drawn}");
        assert!(lines.last().is_some_and(|l| l.contains("Licences") && l.starts_with("(-o wide")), "{drawn}");
    }

    #[test]
    fn a_narrow_table_cuts_names_with_an_ellipsis_but_never_an_email_or_a_number() {
        let t = users_table();
        let drawn = t.render(Some(60));
        assert!(drawn.contains('…'), "the name is cut: {drawn}");
        assert!(!drawn.contains("Maximilian Alexander Fitzgerald-Montgomery"), "{drawn}");
        assert!(drawn.contains("max.fitzgerald-montgomery@acme.example"), "{drawn}");
        assert!(drawn.contains("+12122000003") && drawn.contains("+4722000000"), "{drawn}");
        let widest = drawn.lines().map(text_width).max().unwrap_or(0);
        assert!(widest > 60, "what cannot give way stays whole, even past the width ({widest})");
    }

    #[test]
    fn without_a_width_the_table_is_whole_with_every_column() {
        let drawn = users_table().render(None);
        for v in
            ["Maximilian Alexander Fitzgerald-Montgomery", "Calling Professional, Meetings, Messaging", "Зоя Øvergaard"]
        {
            assert!(drawn.contains(v), "{v}: {drawn}");
        }
        assert!(!drawn.contains('…') && !drawn.contains("left out"), "{drawn}");
        assert_eq!(drawn.lines().filter(|l| l.starts_with('│')).count(), 3, "a header and one line a row: {drawn}");
    }

    #[test]
    fn a_cut_respects_wide_characters() {
        assert_eq!(cut_to_width("Zoë Øvergaard", 6), "Zoë Ø…");
        assert_eq!(text_width(&cut_to_width("日本語の名前です", 7)), 7);
        assert_eq!(cut_to_width("short", 9), "short");
    }

    #[test]
    fn a_missing_or_empty_value_is_a_dash() {
        assert_eq!(
            (or_dash(None), or_dash(Some("")), or_dash(Some("Dallas"))),
            ("-".into(), "-".into(), "Dallas".into())
        );
        assert_eq!(status_cell(None), "-");
    }
}
