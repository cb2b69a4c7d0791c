//! End to end: the real `wxgo` binary in tmux on a private socket. Add a device through the
//! keys, copy the code with OSC 52 into tmux's buffer (`set-clipboard on`), activate it from
//! another process with `wxgo phone activate`, and see the row turn Online within two seconds.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const NOW: &str = "2026-11-22T09:00:00Z";

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("tmux is needed for this test (apt-get install tmux): {e}"))
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p"]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "wxgo"];
        args.extend_from_slice(keys);
        let out = self.run(&args);
        assert!(out.status.success(), "send-keys: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// Waits until the pane shows `what`, or fails with what it shows.
    fn wait_for(&self, what: &str, within: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if screen.contains(what) {
                return screen;
            }
            assert!(start.elapsed() < within, "waited {within:?} for {what:?}; the pane shows:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-L").arg(&self.socket).arg("kill-server").output();
    }
}

fn wxgo(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wxgo"))
        .env("WXGO_NOW", NOW)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run wxgo: {e}"))
}

fn looks_like_code(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 4 && groups.iter().all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[test]
fn console_in_tmux_adds_a_device_copies_the_code_and_shows_the_phone_activating() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db: PathBuf = dir.path().join("wxgo.db");
    let out = wxgo(&db, &["demo"]);
    assert!(out.status.success(), "wxgo demo: {}", String::from_utf8_lossy(&out.stderr));

    let tmux = Tmux { socket: format!("wxgo-tui-test-{}", std::process::id()) };
    let console = format!(
        "env XDG_CONFIG_HOME='{cfg}' WXGO_NOW={NOW} '{bin}' --db '{db}' --clipboard osc52; sleep 5",
        cfg = dir.path().join("config").display(),
        bin = env!("CARGO_BIN_EXE_wxgo"),
        db = db.display(),
    );
    let out = tmux.run(&["-f", "/dev/null", "new-session", "-d", "-s", "wxgo", "-x", "80", "-y", "24", &console]);
    assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
    let out = tmux.run(&["set-option", "-g", "set-clipboard", "on"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let wait = Duration::from_secs(10);
    let screen = tmux.wait_for("Ava Haddad", wait);
    assert!(screen.contains("clipboard: osc52"), "{screen}");

    // Add a Webex Go device to Ava Haddad through the keys.
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "ava.haddad"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("filter: \"ava.haddad\"", wait);
    tmux.keys(&["a"]);
    tmux.wait_for("WG02", wait); // two subscriptions: choose one
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Activation details", wait);
    assert!(screen.contains('▀') || screen.contains('▄'), "the QR code is drawn:\n{screen}");

    // Copy the code: OSC 52 reaches tmux's buffer.
    tmux.keys(&["c"]);
    tmux.wait_for("copied with OSC 52", wait);
    let start = Instant::now();
    let code = loop {
        let buffer = String::from_utf8_lossy(&tmux.run(&["show-buffer"]).stdout).trim().to_string();
        if looks_like_code(&buffer) {
            break buffer;
        }
        assert!(start.elapsed() < wait, "no code in tmux's buffer: {buffer:?}");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(tmux.capture().contains(&code), "the copied code is the one on screen");

    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("Activation pending", wait);
    let row = screen.lines().find(|l| l.contains("Ava Haddad")).unwrap_or_default().to_string();
    assert!(row.contains("Activation pending"), "{row}");

    // The phone activates the code from another process: the console shows it within 2 s.
    let out = wxgo(&db, &["phone", "activate", &code]);
    assert!(out.status.success(), "phone activate: {}", String::from_utf8_lossy(&out.stderr));
    let activated = Instant::now();
    loop {
        let screen = tmux.capture();
        let row = screen.lines().find(|l| l.contains("Ava Haddad")).unwrap_or_default().to_string();
        if row.contains("● Online") {
            break;
        }
        assert!(activated.elapsed() < Duration::from_secs(2), "not Online within 2 s:\n{screen}");
        std::thread::sleep(Duration::from_millis(50));
    }

    tmux.keys(&["q"]);
}
