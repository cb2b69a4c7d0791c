//! The real `wxgo` binary in tmux on a private socket: send keys, read the pane, and wait for
//! the screen to show what a test expects (never a fixed time). The server goes with the value.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    /// tmux with `args`. The server the first command starts (and so every pane) has wxgo's
    /// English locale whatever the tests' own: `LANG=C.UTF-8`, no `LC_ALL`/`LC_MESSAGES` (a
    /// test about a language passes --lang).
    pub fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("tmux is needed for this test (apt-get install tmux): {e}"))
    }

    pub fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p"]).stdout).into_owned()
    }

    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "wxgo"];
        args.extend_from_slice(keys);
        let out = self.run(&args);
        assert!(out.status.success(), "send-keys: {}", String::from_utf8_lossy(&out.stderr));
    }

    pub fn wait_for(&self, what: &str, within: Duration) -> String {
        self.wait_until(&format!("{what:?}"), within, |screen| screen.contains(what))
    }

    pub fn wait_until(&self, what: &str, within: Duration, done: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if done(&screen) {
                return screen;
            }
            assert!(start.elapsed() < within, "waited {within:?} for {what}; the pane shows:\n{screen}");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-L").arg(&self.socket).arg("kill-server").output();
    }
}
