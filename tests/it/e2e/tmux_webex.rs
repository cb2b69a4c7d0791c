//! A real organisation end to end, in a real terminal: the real `wxgo` binary in tmux against the fake
//! Webex API (through Prism). Sign in with the device grant, watch the first sync's progress,
//! open the console on the real organisation, sync again from the console (its progress in the
//! header), and see a device go Online when Webex says so, within the poll interval. Every step
//! waits for the screen to show what it expects, never for a fixed time.

use std::time::Duration;

use crate::fake_webex::home::Home;
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::webex_id;
use crate::fake_webex::{Inject, CLIENT_SECRET};
use crate::tui_support::tmux::Tmux;

const WAIT: Duration = Duration::from_secs(30);

#[test]
fn sign_in_watch_the_sync_and_see_a_device_go_online_in_the_console_in_tmux() {
    let h = Conformant::start();
    h.fake.knobs().device_interval = 1;
    // A later sync's people come slowly, so the console's progress shows.
    let home = Home::new(&h.base_url, "poll_interval_secs = 5\n");
    let p = home.path();
    let bin = env!("CARGO_BIN_EXE_wxgo");
    let env = format!(
        "env -u WEBEX_TOKEN -u WXGO_PROFILE -u WXGO_DB -u HTTPS_PROXY -u HTTP_PROXY -u ALL_PROXY HOME='{h}' \
         XDG_CONFIG_HOME='{h}/config' XDG_DATA_HOME='{h}/data' XDG_STATE_HOME='{h}/state' FAKE_SECRET='{CLIENT_SECRET}' \
         DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent",
        h = p.display()
    );
    // Sign in, sync (its progress line stays on the screen for the test to read), then Enter
    // opens the console.
    let script = format!(
        "cd '{}' && {env} '{bin}' login --no-qr && {env} '{bin}' sync && echo 'first sync done' && read _ && \
         {env} '{bin}'; echo \"wxgo exited: $?\"; read _",
        p.display()
    );
    let tmux = Tmux { socket: format!("wxgo-tui-webex-{}", std::process::id()) };
    let out = tmux.run(&["-f", "/dev/null", "new-session", "-d", "-s", "wxgo", "-x", "80", "-y", "24", &script]);
    assert!(out.status.success(), "tmux: {}", String::from_utf8_lossy(&out.stderr));

    // The device grant: the URL and the code to type on another device; the fake approves.
    let screen = tmux.wait_for("oauth-helper.fake.example/verify", WAIT);
    assert!(screen.contains("10000"), "the user code is shown:\n{screen}");
    // The first sync, with its progress line, then the console on the real organisation.
    let screen = tmux.wait_for("first sync done", WAIT);
    assert!(screen.contains("people 25") && screen.contains("devices 12"), "the progress line:\n{screen}");
    assert!(screen.contains("Synced Acme Corp"), "{screen}");
    tmux.keys(&["Enter"]);
    let screen =
        tmux.wait_until("the console's users", WAIT, |s| s.contains("webex:acme") && s.contains("First0 Last0"));
    assert!(screen.contains("Acme Corp"), "{screen}");

    // A sync from the console: its progress in the header, then the age of the copy again.
    h.fake.inject("people", Inject::Slow(Duration::from_millis(1500)));
    tmux.keys(&["F"]);
    tmux.wait_for("syncing:", WAIT);
    tmux.wait_until("the sync to end", WAIT, |s| s.contains("synced Acme Corp from Webex"));

    // The phone activates at Webex: the row goes Online within the poll interval.
    tmux.keys(&["/"]);
    tmux.wait_for("type filter", WAIT);
    tmux.keys(&["-l", "user3@"]);
    tmux.keys(&["Enter"]);
    let row = |s: &str| s.lines().find(|l| l.contains("First3 Last3")).unwrap_or_default().to_string();
    let screen = tmux.wait_until("First3 alone", WAIT, |s| row(s).contains("Activation pending"));
    assert!(!screen.contains("First0 Last0"), "{screen}");
    assert!(h.fake.set_device_status(&webex_id("DEVICE", "acme-3"), "connected"));
    tmux.wait_until("First3's device to go Online", WAIT, |s| row(s).contains("Online"));

    tmux.keys(&["q"]);
    tmux.wait_for("wxgo exited: 0", WAIT);
    h.assert_no_violations();
}
