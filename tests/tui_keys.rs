//! Key sequences on the console's state: panes, filter, the Webex Go actions through the keys
//! (WG01-WG05, WG08, WG09, WG14), read-only refusals, the clipboard, the letter, the palette,
//! live updates from another process, and the keymap and config files.

mod tui_support;

use std::path::Path;

use tui_support::{demo, line_with, text};
use wxgo::domain::DeviceStatus;
use wxgo::outside::clipboard::{osc52, tmux_passthrough, Capture, Clipboard, Env, Mode};
use wxgo::service::DeviceRow;
use wxgo::tui::app::Overlay;
use wxgo::tui::config::Config;
use wxgo::tui::harness::Harness;
use wxgo::tui::keymap::Keymap;
use wxgo::tui::worker::Pane;

fn message(h: &Harness) -> String {
    h.app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
}

fn device_of(h: &Harness, email: &str) -> Option<DeviceRow> {
    h.svc.device(email).ok()
}

/// Filters the focused pane to `text` and keeps the filter.
fn filter(h: &mut Harness, text: &str) {
    h.press("/");
    h.type_text(text);
    h.press("enter");
}

fn code_on_screen(h: &Harness) -> String {
    h.app
        .activation()
        .map(|a| a.issued.activation_code.as_str().to_string())
        .unwrap_or_else(|| panic!("no activation details open:\n{}", h.screen()))
}

#[test]
fn switch_panes_with_numbers_tab_and_shift_tab() {
    let d = demo();
    let (mut h, _) = d.console(false);
    assert_eq!(h.app.pane, Pane::Users);
    for (key, pane) in [("2", Pane::Devices), ("3", Pane::Numbers), ("4", Pane::Bw), ("1", Pane::Users)] {
        h.press(key);
        assert_eq!(h.app.pane, pane, "{key}");
        assert!(h.screen().contains(&format!("▶{} {}", pane.index() + 1, pane.title())));
    }
    h.press("tab");
    assert_eq!(h.app.pane, Pane::Devices);
    h.press("backtab");
    h.press("backtab");
    assert_eq!(h.app.pane, Pane::Bw, "Shift-Tab wraps around");
}

#[test]
fn moving_the_selection_loads_only_windows_around_it() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("G");
    let l = h.app.list(Pane::Users);
    assert_eq!(l.selected, 59);
    assert!(l.rows.len() <= 3 * 18, "never the whole table: {} rows", l.rows.len());
    assert!(h.screen().contains("43-60 of 60"), "{}", h.screen());
    h.keys("g pgdn j");
    assert_eq!(h.app.list(Pane::Users).selected, 19);
    h.keys("k up");
    assert_eq!(h.app.list(Pane::Users).selected, 17);
}

#[test]
fn filter_with_slash_narrows_the_pane_in_the_store_and_esc_clears_it() {
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "ben");
    let l = h.app.list(Pane::Users);
    assert!(l.total >= 2 && l.total < 60, "{} users match", l.total);
    let s = h.screen();
    assert!(s.contains("Ben Baker") && s.contains("Ben Ivanova"), "{s}");
    assert!(!s.contains("Amir Abbott"), "{s}");
    assert!(s.contains("filter: \"ben\""), "{s}");
    h.press("esc");
    assert_eq!(h.app.list(Pane::Users).total, 60);
    assert!(h.screen().contains("Amir Abbott"));

    // Each pane keeps its own filter; Esc while typing puts the old one back.
    h.press("3");
    filter(&mut h, "London");
    let n = h.app.list(Pane::Numbers).total;
    h.press("/");
    h.type_text("xyz");
    assert_eq!(h.app.list(Pane::Numbers).total, 0, "filters as you type");
    assert!(h.screen().contains("nothing matches"), "{}", h.screen());
    h.press("esc");
    assert_eq!(h.app.list(Pane::Numbers).total, n);
    assert_eq!(h.app.list(Pane::Users).filter, "");
}

#[test]
fn numbers_mobile_only_and_broadworks_exclude_provisioned_toggles() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("3");
    let all = h.app.list(Pane::Numbers).total;
    h.press("m");
    let mobile = h.app.list(Pane::Numbers).total;
    assert!(mobile > 0 && mobile < all, "{mobile} of {all}");
    let s = h.screen();
    assert!(s.contains("mobile only: on") && s.contains("Webex Mobile"), "{s}");
    assert!(!s.contains("standard"), "only mobile numbers:\n{s}");

    h.press("4");
    let all = h.app.list(Pane::Bw).total;
    h.press("x");
    let s = h.screen();
    assert!(h.app.list(Pane::Bw).total < all);
    assert!(!s.contains("● provisioned") && s.contains("✕ error"), "{s}");
}

#[test]
fn wg02_wg04_add_a_device_through_the_keys_on_the_users_pane() {
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "ava.haddad");
    assert!(device_of(&h, "ava.haddad@acmefarms.example").is_none());
    h.press("a");
    // Two subscriptions have Webex Go licences: the admin chooses (WG02).
    let s = h.screen();
    assert!(s.contains("WG02") && s.contains("Sub-1b7da88e") && s.contains("Sub-5f2c9a41"), "{s}");
    h.press("j");
    h.press("enter");
    let dev = device_of(&h, "ava.haddad@acmefarms.example").unwrap_or_else(|| panic!("added:\n{}", h.screen()));
    assert_eq!(dev.status, DeviceStatus::ActivationPending);
    assert!(dev.subscription_id.starts_with("Sub-5f2c9a41"), "the chosen subscription");
    let code = code_on_screen(&h);
    let s = h.screen();
    assert!(s.contains(&code) && s.contains("smdp.webexgo.example.com"), "{s}");
    assert!(s.contains("2027-02-20 09:00 UTC"), "expiry shown with the code (WG06):\n{s}");
    h.press("esc");
    let buf = h.render();
    let row = line_with(&buf, "Ava Haddad").unwrap_or_default();
    assert!(row.contains("◌ Activation pending"), "{row}");
    assert!(!text(&buf).contains(&code), "the code is gone once the details are closed");
}

#[test]
fn wg03_a_user_without_a_number_gets_one_picked_from_the_location() {
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "farid.fischer");
    h.press("a");
    h.press("enter"); // subscription
    let s = h.screen();
    assert!(s.contains("WG03") && s.contains("no primary number"), "{s}");
    let second = match h.app.top_overlay() {
        Some(Overlay::Choice(c)) => c.items.get(1).map(|i| i.value.clone()).unwrap_or_default(),
        _ => panic!("a number choice:\n{s}"),
    };
    h.keys("j enter");
    let user = h.svc.user("farid.fischer@acmefarms.example").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(user.primary_number.as_deref(), Some(second.as_str()));
    assert!(h.app.activation().is_some());
}

#[test]
fn wg14_add_from_the_devices_pane_by_searching_an_existing_user() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("2");
    let before = h.app.list(Pane::Devices).total;
    h.press("a");
    h.type_text("ben.iv");
    let s = h.screen();
    assert!(s.contains("Ben Ivanova") && !s.contains("Ben Baker <"), "search narrows:\n{s}");
    h.keys("enter enter");
    let dev = device_of(&h, "ben.ivanova@acmefarms.example").unwrap_or_else(|| panic!("{}", h.screen()));
    assert_eq!(dev.status, DeviceStatus::ActivationPending);
    assert_eq!(dev.code_state, "valid");
    h.press("esc");
    assert_eq!(h.app.list(Pane::Devices).total, before + 1, "the new device is listed");

    // The same end state as adding it from the Users pane.
    h.keys("1");
    filter(&mut h, "ava.haddad");
    h.keys("a enter");
    let other = device_of(&h, "ava.haddad@acmefarms.example").unwrap_or_else(|| panic!("{}", h.screen()));
    assert_eq!((other.status, other.kind, other.code_state.as_str()), (dev.status, dev.kind, dev.code_state.as_str()));
}

#[test]
fn wg01_refusal_is_the_services_text() {
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "Toronto");
    h.press("a");
    let m = message(&h);
    assert!(m.starts_with("WG01:"), "{m}");
    assert!(h.screen().contains("WG01:"), "shown on screen");
    assert!(h.app.top_overlay().is_none(), "nothing to choose when refused");
}

#[test]
fn dangerous_actions_are_refused_by_the_service_when_read_only() {
    let d = demo();
    let (mut h, _) = d.console(true);
    let before = h.svc.devices_count(None, "").unwrap_or(0);
    h.press("2");
    for key in ["D", "L", "n"] {
        h.press(key);
        assert!(h.app.top_overlay().is_none(), "{key}: nothing to confirm, the service refuses");
        let m = message(&h);
        assert!(m.contains("read-only"), "{key}: {m}");
        assert!(h.screen().contains("read-only"), "{key}: shown");
    }
    h.press("1");
    filter(&mut h, "ava.haddad");
    h.press("a");
    assert!(message(&h).contains("read-only"), "{}", message(&h));
    assert_eq!(h.svc.devices_count(None, "").unwrap_or(0), before, "nothing changed");
    assert!(device_of(&h, "ava.haddad@acmefarms.example").is_none());
}

#[test]
fn wg08_lost_stolen_asks_first_saying_what_happens_then_issues_a_new_code() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("2"); // go-1, Online
    assert_eq!(device_of(&h, "go-1").map(|x| x.status), Some(DeviceStatus::Online));
    h.press("L");
    let s = h.screen();
    assert!(s.contains("deactivated at once") && s.contains("never be used again"), "{s}");
    assert!(s.contains("new activation code") && s.contains("WG08"), "{s}");
    h.press("n");
    assert_eq!(device_of(&h, "go-1").map(|x| x.status), Some(DeviceStatus::Online), "n cancels");
    h.keys("L y");
    assert_eq!(device_of(&h, "go-1").map(|x| x.status), Some(DeviceStatus::ActivationPending));
    let code = code_on_screen(&h);
    assert!(h.screen().contains(&code));
}

#[test]
fn wg09_delete_asks_first_then_tells_the_user_must_delete_the_line_by_hand() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let free = |h: &Harness| h.svc.subscriptions().unwrap_or_default().iter().map(|s| s.free).sum::<i64>();
    let before = free(&h);
    h.press("2");
    h.press("D");
    let s = h.screen();
    assert!(s.contains("licence goes back") && s.contains("by hand") && s.contains("WG09"), "{s}");
    h.press("esc");
    assert!(device_of(&h, "go-1").is_some(), "Esc cancels");
    h.keys("D y");
    assert!(device_of(&h, "go-1").is_none());
    assert_eq!(free(&h), before + 1, "the licence is back in the pool");
    let s = h.screen();
    assert!(s.contains("delete the deactivated line on the phone by hand"), "{s}");
    h.press("enter");
    let s = h.screen();
    assert!(
        !s.lines().any(|l| l.starts_with("▶ go-1 ") || l.starts_with("  go-1 ")),
        "the list no longer shows it:\n{s}"
    );
    assert!(s.contains("▶ go-2 "), "{s}");
}

#[test]
fn wg05_new_code_only_while_pending_and_it_ends_the_earlier_code() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("2"); // go-1 is Online
    h.keys("n y");
    let m = message(&h);
    assert!(m.starts_with("WG05:"), "{m}");

    h.press("1");
    filter(&mut h, "ava.haddad");
    h.keys("a enter");
    let first = code_on_screen(&h);
    h.keys("esc n");
    assert!(h.screen().contains("stops working"), "{}", h.screen());
    h.press("y");
    let second = code_on_screen(&h);
    assert_ne!(first, second);
    let mut phone = d.other();
    let refused = phone.phone_activate(&first).map(|_| ()).unwrap_err().to_string();
    assert!(refused.starts_with("WG06:"), "{refused}");
    assert!(phone.phone_activate(&second).is_ok());
}

#[test]
fn live_a_phone_activating_in_another_process_turns_the_row_online() {
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "ava.haddad");
    h.keys("a enter");
    let code = code_on_screen(&h);
    h.press("esc");
    assert!(line_with(&h.render(), "Ava Haddad").unwrap_or_default().contains("Activation pending"));
    assert!(!h.poll(), "nothing changed yet");
    let mut phone = d.other();
    phone.phone_activate(&code).unwrap_or_else(|e| panic!("{e}"));
    assert!(h.poll(), "data_version moved");
    let buf = h.render();
    let row = line_with(&buf, "Ava Haddad").unwrap_or_default();
    assert!(row.contains("● Online"), "{row}");
}

#[test]
fn copy_code_writes_osc52_and_says_how() {
    let d = demo();
    let (mut h, cap) = d.console(false);
    filter(&mut h, "ava.haddad");
    h.keys("a enter");
    let code = code_on_screen(&h);
    h.press("c");
    assert_eq!(cap.text(), osc52(&code));
    assert!(message(&h).contains("copied with OSC 52 (terminal clipboard)"), "{}", message(&h));
    assert!(h.screen().contains("copied with OSC 52"), "said on screen:\n{}", h.screen());
    assert!(!message(&h).contains(&code), "the status line does not repeat the code");
}

#[test]
fn copy_in_tmux_mode_wraps_osc52_in_passthrough_and_off_says_why() {
    let d = demo();
    let cap = Capture::default();
    let clip = Clipboard::with_writer(Mode::Tmux, Env { ssh: true, tmux: true }, Box::new(cap.clone()));
    let mut h = Harness::new(d.service(false), clip);
    assert!(h.screen().contains("clipboard: tmux"));
    filter(&mut h, "ava.haddad");
    h.keys("a enter c");
    let code = code_on_screen(&h);
    assert_eq!(cap.text(), tmux_passthrough(&osc52(&code)));
    assert!(message(&h).contains("tmux"), "{}", message(&h));

    let clip = Clipboard::with_writer(Mode::Off, Env::default(), Box::new(Capture::default()));
    let mut h = Harness::new(d.service(false), clip);
    filter(&mut h, "ben.ivanova");
    h.keys("a enter c");
    assert!(message(&h).contains("clipboard is off"), "{}", message(&h));
}

#[test]
fn c_outside_the_activation_details_explains_codes_are_shown_once() {
    let d = demo();
    let (mut h, cap) = d.console(false);
    h.press("c");
    assert!(message(&h).contains("WG04"), "{}", message(&h));
    assert!(cap.text().is_empty());
}

#[test]
fn print_writes_a_private_letter_and_says_where() {
    use std::os::unix::fs::PermissionsExt;
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "ava.haddad");
    h.keys("a enter p");
    let code = code_on_screen(&h);
    let m = message(&h);
    let path = m
        .split_whitespace()
        .find(|w| w.ends_with(".txt"))
        .map(|w| w.trim_matches('\'').to_string())
        .unwrap_or_else(|| panic!("{m}"));
    let path = Path::new(&path);
    assert!(path.starts_with(d.dir.path()), "beside the database: {}", path.display());
    let letter = std::fs::read_to_string(path).unwrap_or_default();
    assert!(letter.contains(&code) && letter.contains("Ava Haddad") && letter.contains("█"), "{letter}");
    assert!(!letter.contains("{code}") && !letter.contains("{qr}"), "every placeholder filled");
    let mode = std::fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
    assert_eq!(mode, 0o600);
}

#[test]
fn email_again_queues_a_second_message() {
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "ava.haddad");
    h.keys("a enter");
    let outbox = d.dir.path().join("outbox");
    let count = || std::fs::read_dir(&outbox).map(|r| r.count()).unwrap_or(0);
    let before = count();
    h.press("e");
    assert_eq!(count(), before + 1, "{}", message(&h));
    assert!(message(&h).contains("sent again"), "{}", message(&h));
}

#[test]
fn palette_finds_an_action_by_name_and_runs_it() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("2");
    h.press(":");
    h.type_text("lost");
    let s = h.screen();
    assert!(s.contains("lost/stolen"), "{s}");
    h.press("enter");
    match h.app.top_overlay() {
        Some(Overlay::Confirm(c)) => assert!(c.title.contains("Lost or stolen")),
        _ => panic!("the palette ran lost/stolen:\n{}", h.screen()),
    }
}

#[test]
fn keymap_remaps_keys_over_the_defaults() {
    let d = demo();
    let map = Keymap::from_toml("delete_device = \"X\"\nquit = [\"q\", \"ctrl-q\"]\n", Path::new("keymap.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let clip = Clipboard::with_writer(Mode::Osc52, Env::default(), Box::new(Capture::default()));
    let mut h = Harness::with_keymap(d.service(false), clip, map);
    h.press("2");
    h.press("D");
    assert!(h.app.top_overlay().is_none(), "D no longer deletes");
    assert!(h.screen().lines().last().unwrap_or_default().contains("X delete"), "{}", h.screen());
    h.press("X");
    assert!(matches!(h.app.top_overlay(), Some(Overlay::Confirm(_))));
    h.press("esc");
    h.press("ctrl-q");
    assert!(h.app.quit);
}

#[test]
fn bad_keymap_files_name_the_file_and_the_problem() {
    let file = Path::new("/home/admin/.config/wxgo/keymap.toml");
    for (bad, says) in [
        ("delete_everything = \"X\"", "unknown action \"delete_everything\""),
        ("delete_device = \"X\"\nnew_code = \"X\"", "given to both"),
        ("delete_device = [\"X\", \"X\"]", "given to both"),
        ("delete_device = \"X", "not valid TOML"),
        ("delete_device = \"hyper-x\"", "not a key"),
        ("delete_device = 3", "takes a key"),
    ] {
        let err = Keymap::from_toml(bad, file).map(|_| ()).unwrap_err().to_string();
        assert!(err.contains("keymap.toml") && err.contains(says), "{bad}: {err}");
    }
}

#[test]
fn config_sets_the_clipboard_mode_and_a_bad_value_names_the_file() {
    let file = Path::new("/home/admin/.config/wxgo/config.toml");
    let c = Config::from_toml("clipboard = \"tmux\"\n[smtp]\nhost = \"x\"\n", file).unwrap_or_default();
    assert_eq!(c.clipboard, Some(Mode::Tmux));
    let err = Config::from_toml("clipboard = \"xclip\"", file).map(|_| ()).unwrap_err().to_string();
    assert!(err.contains("config.toml") && err.contains("xclip"), "{err}");
    let err = Config::from_toml("clipboard = ", file).map(|_| ()).unwrap_err().to_string();
    assert!(err.contains("config.toml") && err.contains("TOML"), "{err}");
}

#[test]
fn quit_with_q() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("q");
    assert!(h.app.quit);
}
