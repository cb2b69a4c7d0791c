//! Shared setup for the console tests: a demo organisation in a temp folder, a fixed clock,
//! seeded codes, and helpers to read the rendered buffer.
#![allow(dead_code)]

pub mod golden;
pub mod pty;
pub mod tmux;

use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use ratatui::buffer::Buffer;
use wxgo::domain::SeededCodeGenerator;
use wxgo::outside::clipboard::{Capture, Clipboard, Env, Mode};
use wxgo::outside::FixedClock;
use wxgo::service::{Options, Service};
use wxgo::tui::harness::Harness;

pub struct Demo {
    pub dir: tempfile::TempDir,
    pub db: PathBuf,
    pub now: DateTime<Utc>,
}

pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single().unwrap_or_else(Utc::now)
}

pub fn demo() -> Demo {
    demo_in(tempfile::tempdir().unwrap_or_else(|e| panic!("temp dir: {e}")))
}

/// The demo in `/tmp/.tmpXXXXXX`, whatever `TMPDIR` says: the path in the header (and in
/// the outbox's file names) is then as long on every machine, for the exact screens.
pub fn demo_in_tmp() -> Demo {
    demo_in(tempfile::tempdir_in("/tmp").unwrap_or_else(|e| panic!("temp dir in /tmp: {e}")))
}

fn demo_in(dir: tempfile::TempDir) -> Demo {
    let db = dir.path().join("wxgo.db");
    let now = now();
    wxgo::service::demo::create(&db, 60, false, now).unwrap_or_else(|e| panic!("demo: {e}"));
    Demo { dir, db, now }
}

impl Demo {
    pub fn service(&self, read_only: bool) -> Service {
        let opts = Options { read_only, ..Options::new(&self.db) };
        Service::open(&opts, Arc::new(FixedClock::new(self.now)))
            .unwrap_or_else(|e| panic!("open: {e}"))
            .with_codes(Arc::new(SeededCodeGenerator::new(1)))
    }

    /// A console on the demo database with the clipboard captured in OSC 52 mode.
    pub fn console(&self, read_only: bool) -> (Harness, Capture) {
        let cap = Capture::default();
        let clip = Clipboard::with_writer(Mode::Osc52, Env::default(), Box::new(cap.clone()));
        (Harness::new(self.service(read_only), clip), cap)
    }

    /// A second connection, as another process (another admin, a phone) would have.
    pub fn other(&self) -> Service {
        Service::open(&Options::new(&self.db), Arc::new(FixedClock::new(self.now)))
            .unwrap_or_else(|e| panic!("open: {e}"))
            .with_codes(Arc::new(SeededCodeGenerator::new(99)))
    }
}

/// Each row of the buffer as its cells' symbols.
pub fn rows(buf: &Buffer) -> Vec<Vec<String>> {
    let a = buf.area;
    (0..a.height).map(|y| (0..a.width).map(|x| buf[(x, y)].symbol().to_string()).collect()).collect()
}

pub fn text(buf: &Buffer) -> String {
    wxgo::tui::harness::buffer_text(buf)
}

/// Where `needle` starts on screen (x, y), cell by cell.
pub fn find(buf: &Buffer, needle: &str) -> Option<(u16, u16)> {
    let want: Vec<String> = needle.chars().map(|c| c.to_string()).collect();
    for (y, row) in rows(buf).iter().enumerate() {
        if row.len() < want.len() {
            continue;
        }
        for x in 0..=(row.len() - want.len()) {
            if row[x..x + want.len()] == want[..] {
                return Some((x as u16, y as u16));
            }
        }
    }
    None
}

/// The screen row holding `needle`, as text.
pub fn line_with(buf: &Buffer, needle: &str) -> Option<String> {
    text(buf).lines().find(|l| l.contains(needle)).map(str::to_string)
}
