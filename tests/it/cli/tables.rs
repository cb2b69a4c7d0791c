//! Tables on a terminal fit its width: one line a row, names cut with `…` and the least useful
//! columns left out (and said so), never a number, an email or an id cut; `-o wide` and output
//! that is not a terminal get every column whole.

use std::ffi::OsStr;
use std::time::Duration;

use serde_json::Value;

use crate::backends::{both_backends, Backend};
use crate::fake_webex::home::ok;
use crate::tui_support::pty::Console;

const WAIT: Duration = Duration::from_secs(20);

/// Columns a line takes on a terminal.
fn width(line: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(line)
}

/// `wxgo ARGS` on the local backend in an 80x24 pseudo-terminal: what it printed, line by line.
fn on_terminal(b: &Backend, args: &[&str]) -> Vec<String> {
    let db = b.db();
    let config = b.dir().join("config");
    let mut all: Vec<&OsStr> = vec![OsStr::new("--db"), db.as_os_str()];
    all.extend(args.iter().map(OsStr::new));
    let env: Vec<(&str, &OsStr)> =
        vec![("WXGO_NOW", OsStr::new(crate::backends::NOW)), ("XDG_CONFIG_HOME", config.as_os_str())];
    let mut c = Console::start(OsStr::new(env!("CARGO_BIN_EXE_wxgo")), &all, &env, 80, 24);
    assert!(c.wait_exit(WAIT), "wxgo {args:?} ends");
    let out = c.wait(WAIT, |o| o.closed).unwrap_or_else(|e| panic!("the output of wxgo {args:?}: {e}"));
    String::from_utf8_lossy(&out.bytes).split('\n').map(|l| l.trim_end_matches('\r').to_string()).collect()
}

/// The rows of a drawn table: its lines that begin with `│`, the header first.
fn table_lines(lines: &[String]) -> Vec<&String> {
    lines.iter().filter(|l| l.starts_with('│')).collect()
}

fn cells(line: &str) -> Vec<String> {
    line.trim_matches('│').split(['│', '┆']).map(|c| c.trim().to_string()).collect()
}

#[test]
fn lists_on_an_80_column_terminal_fit_it_one_line_a_row_with_values_whole() {
    let b = Backend::local();
    let users: Vec<Value> = b.json(&["users", "list", "--limit", "8"]).as_array().cloned().unwrap_or_default();
    let numbers: Vec<Value> = b.json(&["numbers", "list", "--limit", "8"]).as_array().cloned().unwrap_or_default();
    let devices: Vec<Value> = b.json(&["devices", "list", "--limit", "8"]).as_array().cloned().unwrap_or_default();
    for (args, rows, whole) in [
        (&["users", "list", "--limit", "8"][..], &users, &["email", "primary_number"][..]),
        (&["numbers", "list", "--limit", "8"][..], &numbers, &["number"][..]),
        (&["devices", "list", "--limit", "8"][..], &devices, &["device_id", "owner_email", "number"][..]),
    ] {
        assert_eq!(rows.len(), 8, "{args:?}");
        let lines = on_terminal(&b, args);
        let drawn = lines.join("\n");
        for l in &lines {
            assert!(width(l) <= 80, "{args:?}: a line of {} columns:\n{drawn}", width(l));
        }
        let table = table_lines(&lines);
        assert_eq!(table.len(), 1 + rows.len(), "{args:?}: one line a row:\n{drawn}");
        for (row, line) in rows.iter().zip(&table[1..]) {
            for field in whole {
                if let Some(v) = row[*field].as_str() {
                    assert!(cells(line).iter().any(|c| c == v), "{args:?}: {field} {v} whole in its row:\n{drawn}");
                }
            }
        }
        assert!(drawn.contains("-o wide shows every column"), "says what was left out:\n{drawn}");
    }
    // -o wide: every column, whatever the width.
    let lines = on_terminal(&b, &["users", "list", "--limit", "8", "-o", "wide"]);
    let header = cells(table_lines(&lines)[0]);
    assert_eq!(header, ["Name", "Email", "Location", "Licences", "Primary number", "Calling", "Webex Go"]);
    assert!(lines.iter().any(|l| width(l) > 80), "wider than the terminal: {lines:?}");
}

both_backends! {
    /// Not on a terminal (a pipe, a file): the whole table, one line a row, every column.
    fn lists_not_on_a_terminal_are_whole_with_every_column(b) {
        let users = b.read(&["users", "list", "--limit", "6"]);
        let out = ok(&b.run(&["users", "list", "--limit", "6"]));
        let table = table_lines(&out.lines().map(str::to_string).collect::<Vec<_>>()).into_iter().cloned().collect::<Vec<_>>();
        assert_eq!(cells(&table[0]), ["Name", "Email", "Location", "Licences", "Primary number", "Calling", "Webex Go"]);
        assert_eq!(table.len(), 7, "one line a row:\n{out}");
        for (u, line) in users.as_array().into_iter().flatten().zip(&table[1..]) {
            let row = cells(line);
            assert_eq!(row[1], u["email"].as_str().unwrap_or_default(), "{out}");
            assert_eq!(row[0], u["display_name"].as_str().unwrap_or_default(), "the name whole: {out}");
        }
        assert!(!out.contains("left out"), "{out}");

        // numbers list: every column has a header, the operator's among them.
        let out = ok(&b.run(&["numbers", "list", "--limit", "5"]));
        let lines: Vec<String> = out.lines().map(str::to_string).collect();
        let header = cells(table_lines(&lines)[0]);
        assert_eq!(header, ["Number", "Location", "Kind", "State", "Owner", "Operator", "Webex Mobile"], "{out}");
        assert!(header.iter().all(|h| !h.is_empty()), "{out}");
    }
}
