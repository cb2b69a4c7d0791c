//! Irreversible actions ask first: `devices delete` and `devices lost-stolen` ask y/N on a
//! terminal (as the console's `D` and `L` do); without a terminal they need `--yes` (exit 2,
//! nothing done, the message gives the command with `--yes`, which runs as printed).

use std::ffi::OsStr;
use std::time::Duration;

use super::advice::{run_as_printed, suggested};
use crate::backends::{both_backends, Backend};
use crate::fake_webex::home::text;
use crate::tui_support::pty::Console;

const WAIT: Duration = Duration::from_secs(20);

both_backends! {
    /// Deleting a device without a terminal and without --yes: exit 2, nothing done (nothing
    /// sent to Webex), and the suggested command with --yes deletes it.
    fn deleting_a_device_without_a_terminal_needs_yes(b) {
        let device = b.go_devices("online").into_iter().next().expect("an online Webex Go device");
        let id = device["device_id"].as_str().expect("id").to_string();
        let before = std::fs::read(b.db()).expect("db");
        let out = b.cmd(&["devices", "delete", &id]).stdin(std::process::Stdio::null()).output().expect("run");
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains("--yes") && err.contains("nothing was done"), "{err}");
        assert_eq!(std::fs::read(b.db()).expect("db"), before, "nothing changed");
        assert!(b.writes().is_empty(), "nothing sent to Webex: {:?}", b.writes());
        let yes = suggested(&err);
        assert_eq!(yes.len(), 1, "{err}");
        assert!(yes[0].ends_with(&format!("devices delete {id} --yes")), "{yes:?}");
        let out = run_as_printed(b.cmd(&[]), &yes[0]);
        assert!(out.status.success(), "`{}` as printed: {}", yes[0], text(&out.stderr));
        assert!(b.devices().iter().all(|d| d["device_id"] != id.as_str()), "deleted");
    }
}

both_backends! {
    /// Lost/stolen without a terminal and without --yes: refused before anything where it is
    /// Control Hub's (a real organisation, exit 3), else exit 2 with nothing done; with --yes it
    /// goes ahead.
    fn lost_stolen_without_a_terminal_needs_yes(b) {
        let device = b.go_devices("online").into_iter().next().expect("an online Webex Go device");
        let id = device["device_id"].as_str().expect("id").to_string();
        let before = std::fs::read(b.db()).expect("db");
        let out = b.cmd(&["devices", "lost-stolen", &id, "--no-email"]).stdin(std::process::Stdio::null()).output().expect("run");
        let err = text(&out.stderr);
        assert_eq!(std::fs::read(b.db()).expect("db"), before, "nothing changed: {err}");
        assert!(b.writes().is_empty(), "nothing sent to Webex: {:?}", b.writes());
        if b.is_webex() {
            assert_eq!(out.status.code(), Some(3), "Control Hub's, said before any question: {err}");
            assert!(!err.contains("--yes"), "{err}");
            return;
        }
        assert_eq!(out.status.code(), Some(2), "{err}");
        assert!(err.contains(&format!("devices lost-stolen {id} --no-email --yes")), "{err}");
        let out = b.run(&["devices", "lost-stolen", &id, "--no-email", "--yes", "--json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert_eq!(b.device_of(device["owner_email"].as_str().expect("owner"))["status"], "activation_pending");
    }
}

/// On a terminal: the question shows what will happen; `n` leaves the device, `y` deletes it.
#[test]
fn deleting_a_device_on_a_terminal_asks_y_or_n() {
    let b = Backend::local();
    let device = b.go_devices("online").into_iter().next().expect("an online Webex Go device");
    let id = device["device_id"].as_str().expect("id").to_string();
    let db = b.db();
    let ask = |answer: &[u8]| {
        let args: Vec<&OsStr> =
            vec![OsStr::new("--db"), db.as_os_str(), OsStr::new("devices"), OsStr::new("delete"), OsStr::new(&id)];
        let config = b.dir().join("config");
        let env: Vec<(&str, &OsStr)> =
            vec![("WXGO_NOW", OsStr::new(crate::backends::NOW)), ("XDG_CONFIG_HOME", config.as_os_str())];
        let mut c = Console::start(OsStr::new(env!("CARGO_BIN_EXE_wxgo")), &args, &env, 80, 24);
        let screen = c.wait_screen("the question", WAIT, |s| s.contains("[y/N]"));
        assert!(screen.contains(&format!("Delete {id}?")) && screen.contains("licence goes back"), "{screen}");
        c.keys(answer);
        assert!(c.wait_exit(WAIT), "it ends after the answer");
        drop(c.wait(WAIT, |o| o.closed));
        c.screen()
    };
    let screen = ask(b"n\r");
    assert!(screen.contains("Nothing was done"), "{screen}");
    assert!(b.devices().iter().any(|d| d["device_id"] == id.as_str()), "still there after n");
    let screen = ask(b"y\r");
    assert!(screen.contains(&format!("Deleted Webex Go device {id}")), "{screen}");
    assert!(b.devices().iter().all(|d| d["device_id"] != id.as_str()), "deleted after y");
}
