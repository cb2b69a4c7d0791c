//! How results are printed: tables for people, JSON for scripts. What every command shares: the
//! writing to stdout and stderr with data made harmless, tables, JSON, private files, and [`Out`]
//! (a list as JSON or a table; an error). Each command prints its own results in its own file.

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
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
    if let Err(e) = write_stdout(text) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        warn(&format!("error: cannot write to standard output: {e}"));
        std::process::exit(7);
    }
}

/// Prints what must arrive (an activation code): any failure, a closed pipe included, is an
/// error the caller acts on.
pub(crate) fn say_or_fail(text: &str) -> Result<()> {
    write_stdout(text).map_err(|e| Error::Io(format!("cannot write to standard output ({e})")))
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
    eprintln!("{}", for_terminal_lines(text));
}

/// JSON text whose strings cannot act on a terminal: serde escapes C0 controls; this also
/// escapes DEL, C1 controls, bidi overrides and invisible characters as `\uXXXX`. The data is
/// the same for a JSON reader.
pub(crate) fn json_text<T: Serialize + ?Sized>(v: &T) -> Result<String> {
    let text = serde_json::to_string_pretty(v).map_err(|e| Error::Io(format!("cannot write JSON: {e}")))?;
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

/// `--out FILE`: writes a private file (0600 from the first byte; an existing file or link
/// is replaced, and the admin told when it was readable by others).
pub(crate) fn write_file(path: &std::path::Path, bytes: &[u8], what: &str) -> Result<()> {
    let replaced = crate::outside::write_private(path, bytes)
        .map_err(|e| Error::Io(format!("cannot write {what} to {}: {e}", path.display())))?;
    if let Some(note) = replaced.note(path) {
        warn(&format!("note: {note}"));
    }
    warn(&format!("Wrote {what} to {} (readable only by you)", path.display()));
    Ok(())
}

/// Prints a value as JSON (a read: see [`say`]).
pub(crate) fn json<T: Serialize + ?Sized>(v: &T) -> Result<()> {
    say(&json_text(v)?);
    Ok(())
}

/// A table with this header, as every command draws one.
pub(crate) fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic).set_header(header.to_vec());
    t
}

/// A table row of cells from data: each made one line and harmless before it is measured.
pub(crate) trait CleanRows {
    fn clean_row(&mut self, cells: Vec<String>) -> &mut Self;
}

impl CleanRows for Table {
    fn clean_row(&mut self, cells: Vec<String>) -> &mut Self {
        self.add_row(cells.iter().map(|c| for_terminal(&shorten(c, MAX_CELL)).into_owned()).collect::<Vec<_>>())
    }
}

/// The longest cell a table shows, in characters; longer values are cut with `…`.
const MAX_CELL: usize = 300;

/// The value, or `-` when there is none (or it is empty).
pub(crate) fn or_dash(v: Option<&str>) -> String {
    v.filter(|s| !s.is_empty()).unwrap_or("-").to_string()
}

/// A device status with its symbol, or `-`.
pub(crate) fn status_cell(s: Option<DeviceStatus>) -> String {
    s.map(|s| format!("{} {}", s.symbol(), s.label())).unwrap_or_else(|| "-".into())
}

/// A time as the tables show it (UTC, to the minute).
pub(crate) fn when(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
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

    /// Rows as JSON, or as the table `human` makes (or `empty` when there are none).
    pub(crate) fn list<T: Serialize>(&self, rows: &[T], human: impl FnOnce() -> Table, empty: &str) -> Result<()> {
        if self.json {
            return self.print_json(rows);
        }
        if rows.is_empty() {
            outln!("{empty}");
        } else {
            outln!("{}", human());
        }
        Ok(())
    }

    /// An error on stderr; with `--json` also as a JSON object on stdout.
    pub fn error(&self, e: &Error) {
        warn(&format!("error: {e}"));
        if self.json {
            let v = json!({"error": {"kind": e.kind(), "rule": e.rule_id(), "message": e.to_string()}});
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

    #[test]
    fn a_missing_or_empty_value_is_a_dash() {
        assert_eq!(
            (or_dash(None), or_dash(Some("")), or_dash(Some("Dallas"))),
            ("-".into(), "-".into(), "Dallas".into())
        );
        assert_eq!(status_cell(None), "-");
    }
}
