//! The console through a real pseudo-terminal, as the admin's terminal runs it: a key reaches
//! the screen by itself, not at the next timer; another process's change is shown because the
//! database's files changed, not because a poll came round; an idle console writes nothing.
//! The first two turn the console's timers off (`WXGO_TEST_NO_TIMERS=1`, test-only), so only
//! the path under test can bring the frame. Nothing here is timed (benches/pty.rs times it).

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::Output;
use std::time::Duration;

use crate::tui_support::pty::Console;

const NOW: &str = "2026-11-22T09:00:00Z";

/// How long any one step may take on a busy machine (a step that shows at once still ends
/// at once: this is only how long a missing screen is waited for; 10 s ran out once while
/// two test suites shared the two cores).
const WAIT: Duration = Duration::from_secs(30);

fn wxgo(db: &Path, args: &[&str]) -> Output {
    crate::common::wxgo_command()
        .env("WXGO_NOW", NOW)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run wxgo: {e}"))
}

/// A demo organisation in `dir`, and the console on it at 80x24; `timers: false` sets the
/// test-only switch. Returns when the Users pane shows its first rows.
fn console(dir: &Path, timers: bool) -> (Console, PathBuf) {
    let db = dir.join("wxgo.db");
    let out = wxgo(&db, &["demo"]);
    assert!(out.status.success(), "wxgo demo: {}", String::from_utf8_lossy(&out.stderr));
    let config = dir.join("config");
    let mut env: Vec<(&str, &OsStr)> = vec![("XDG_CONFIG_HOME", config.as_os_str()), ("WXGO_NOW", OsStr::new(NOW))];
    if !timers {
        env.push((wxgo::tui::NO_TIMERS_ENV, OsStr::new("1")));
    }
    let args: Vec<&OsStr> = vec![OsStr::new("--db"), db.as_os_str(), OsStr::new("--clipboard"), OsStr::new("off")];
    let c = Console::start(OsStr::new(env!("CARGO_BIN_EXE_wxgo")), &args, &env, 80, 24);
    c.wait_screen("the first users", WAIT, |s| s.contains("amir.abbott@acmefarms.example"));
    (c, db)
}

/// The selected row of the list (marked ▶ in its first column; the tab bar's ▶1 is not one).
fn selected(screen: &str) -> String {
    screen.lines().find(|l| l.starts_with('▶') && !l.starts_with("▶1 ")).unwrap_or_default().to_string()
}

#[test]
fn keys_one_at_a_time_each_bring_their_frame_with_no_timer_running() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (mut c, _db) = console(dir.path(), false);
    // Each key is written when the console is idle, its last burst drained: the case where a
    // stream polled with a no-op waker let the key wait for a timer, which never comes here.
    for (i, key) in ["j", "j", "j", "k", "j", "j"].iter().enumerate() {
        let before = selected(&c.screen());
        let mark = c.mark();
        c.keys(key.as_bytes());
        if let Err(e) = c.wait_frame(mark, WAIT) {
            panic!("key {} ({key}) brought no frame within {WAIT:?}: {e}", i + 1);
        }
        let after =
            c.wait_screen(&format!("key {} ({key}) to move the selection", i + 1), WAIT, |s| selected(s) != before);
        assert!(!selected(&after).is_empty(), "a row is selected:\n{after}");
    }
    // A burst (a held key, a paste) is read whole and drawn: five j, and the screen settles on
    // the row five lines below.
    let line = |s: &str| s.lines().position(|l| l.starts_with('▶') && !l.starts_with("▶1 "));
    let from = line(&c.screen()).unwrap_or_else(|| panic!("a selected row on:\n{}", c.screen()));
    c.keys(b"jjjjj");
    c.wait_screen("the selection five rows down", WAIT, |s| line(s) == Some(from + 5));

    c.keys(b"q");
    assert!(c.wait_exit(WAIT), "q ends the console");
}

#[test]
fn another_process_activating_a_phone_reaches_the_screen_through_the_watcher_alone() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (mut c, db) = console(dir.path(), false);
    let row = |s: &str| s.lines().find(|l| l.contains("amir.abbott@acmefarms.example")).unwrap_or_default().to_string();
    assert!(row(&c.screen()).contains("Activation pending"), "{}", c.screen());

    // A new code from another process; then the phone redeems it, also from another process.
    let out = wxgo(&db, &["devices", "new-code", "go-15", "--no-email", "--json"]);
    assert!(out.status.success(), "new-code: {}", String::from_utf8_lossy(&out.stderr));
    let issued: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let code = issued["activation_code"].as_str().unwrap_or_else(|| panic!("no code in {issued}")).to_string();
    let out = wxgo(&db, &["phone", "activate", &code]);
    assert!(out.status.success(), "phone activate: {}", String::from_utf8_lossy(&out.stderr));

    // No timer runs and the worker does not poll: only the watcher on the database's files
    // can wake the console.
    c.wait_screen("Amir Abbott Online", WAIT, |s| row(s).contains("● Online"));
    c.keys(b"q");
    assert!(c.wait_exit(WAIT), "q ends the console");
}

#[test]
fn an_idle_console_writes_nothing_even_while_another_process_reads_the_database() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // With its timers as a user has them.
    let (c, db) = console(dir.path(), true);
    c.wait_quiet(Duration::from_millis(300), WAIT).unwrap_or_else(|e| panic!("the console settles: {e}"));
    let idle = c.mark();
    // Reading from another process opens the database and its -wal: the watcher hears the
    // opens, and nothing is committed, so nothing is drawn.
    for _ in 0..3 {
        let out = wxgo(&db, &["users", "list", "--json"]);
        assert!(out.status.success(), "users list: {}", String::from_utf8_lossy(&out.stderr));
    }
    // A window of watching (not a wait for something to happen): a loaded machine can only
    // make the console slower to write, never make it write.
    let seen = c.wait(Duration::from_millis(1500), |o| o.bytes.len() > idle.bytes);
    if let Ok(out) = seen {
        panic!(
            "the idle console wrote {} bytes ({} frames):\n{:?}",
            out.bytes.len() - idle.bytes,
            out.frames.len() - idle.frames,
            String::from_utf8_lossy(&out.bytes[idle.bytes..])
        );
    }
}
