//! Exact screens. A rendered buffer, as ratatui prints a `Buffer` (every row of text, then
//! every change of colour and modifier with where it starts), is compared with
//! `tests/snapshots/NAME.txt`, so a layout or colour regression fails where `contains` would
//! pass. The demo's clock and code generator are fixed, so the only thing that differs from
//! one run to the next, the temporary folder's name, is replaced before comparing.
//!
//! A screen that differs (or has no snapshot yet) fails, and outside CI the new one is written
//! beside it as `NAME.txt.new` to look at. `WXGO_BLESS=1 cargo test` writes the snapshots
//! themselves, on purpose; with `CI` set (CI sets `CI=true`) nothing is ever written.

use std::path::PathBuf;

use ratatui::buffer::Buffer;

/// Whether this is CI, where snapshots are never written.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "0" && v != "false")
}

/// `.tmpAbC123` (tempfile's folder names) becomes `.tmpXXXXXX`: same width, same layout.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(".tmp") {
        out.push_str(&rest[..i + 4]);
        rest = &rest[i + 4..];
        let n = rest.chars().take(6).take_while(|c| c.is_ascii_alphanumeric()).count();
        if n == 6 {
            out.push_str("XXXXXX");
            rest = &rest[6..];
        }
    }
    out.push_str(rest);
    out
}

fn snapshot_path(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests").join("snapshots").join(format!("{name}.txt"))
}

/// The screen as it is compared: ratatui's print of the buffer, the temporary folder's name
/// replaced.
pub fn screen_text(buf: &Buffer) -> String {
    normalise(&format!("{buf:?}\n"))
}

/// Compares the screen with its snapshot, writing nothing: where they first differ.
pub fn compare(name: &str, buf: &Buffer) -> Result<(), String> {
    let got = screen_text(buf);
    let path = snapshot_path(name);
    let Ok(want) = std::fs::read_to_string(&path) else {
        return Err(format!("no snapshot {} yet (WXGO_BLESS=1 cargo test writes it)", path.display()));
    };
    if want == got {
        return Ok(());
    }
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), got.lines().collect());
    let first = (0..w.len().max(g.len())).find(|i| w.get(*i) != g.get(*i)).unwrap_or(0);
    Err(format!(
        "{name}: the screen differs from {} from line {} on:\n  want: {}\n  got:  {}",
        path.display(),
        first + 1,
        w.get(first).unwrap_or(&"(nothing)"),
        g.get(first).unwrap_or(&"(nothing)"),
    ))
}

/// Fails unless the screen is its snapshot (see the module's notes for writing them).
pub fn assert_screen(name: &str, buf: &Buffer) {
    let Err(why) = compare(name, buf) else { return };
    let got = screen_text(buf);
    let path = snapshot_path(name);
    let bless = std::env::var("WXGO_BLESS").is_ok_and(|v| v == "1");
    if !in_ci() {
        let target = if bless { path.clone() } else { path.with_extension("txt.new") };
        if let Some(dir) = target.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        let _ = std::fs::write(&target, &got);
        if bless {
            eprintln!("wrote {}", target.display());
            return;
        }
    }
    panic!("{why}\nthe whole screen:\n{got}");
}

/// Fails unless `text` (what a command printed) is `tests/snapshots/NAME.txt` byte for byte;
/// written as the screens are (`NAME.txt.new` beside it, or the snapshot with `WXGO_BLESS=1`,
/// never in CI).
pub fn assert_text(name: &str, text: &str) {
    let path = snapshot_path(name);
    let want = std::fs::read_to_string(&path).ok();
    if want.as_deref() == Some(text) {
        return;
    }
    let bless = std::env::var("WXGO_BLESS").is_ok_and(|v| v == "1");
    if !in_ci() {
        let target = if bless { path.clone() } else { path.with_extension("txt.new") };
        let _ = std::fs::write(&target, text);
        if bless {
            eprintln!("wrote {}", target.display());
            return;
        }
    }
    let Some(want) = want else {
        panic!("no snapshot {} yet (WXGO_BLESS=1 cargo test writes it); got:\n{text}", path.display());
    };
    let (w, g): (Vec<&str>, Vec<&str>) = (want.lines().collect(), text.lines().collect());
    let first = (0..w.len().max(g.len())).find(|i| w.get(*i) != g.get(*i)).unwrap_or(0);
    panic!(
        "{name}: the output differs from {} from line {} on:\n  want: {:?}\n  got:  {:?}\nthe whole output:\n{text}",
        path.display(),
        first + 1,
        w.get(first).unwrap_or(&"(nothing)"),
        g.get(first).unwrap_or(&"(nothing)"),
    );
}
