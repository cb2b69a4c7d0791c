//! Key sequences on the console's state: panes, filter, the Webex Go actions through the keys
//! (WG01-WG05, WG08, WG09, WG14), read-only refusals, the clipboard, the letter, the palette,
//! live updates from another process, and the keymap and config files.

use std::path::Path;

use crate::tui_support::{demo, line_with, text};
use wxgo::domain::DeviceStatus;
use wxgo::outside::clipboard::{osc52, tmux_passthrough, Capture, Clipboard, Env, Mode};
use wxgo::service::DeviceRow;
use wxgo::tui::config::Config;
use wxgo::tui::harness::Harness;
use wxgo::tui::keymap::Keymap;
use wxgo::tui::panes::Pane;

fn message(h: &Harness) -> String {
    h.message()
}

fn device_of(h: &Harness, email: &str) -> Option<DeviceRow> {
    h.svc.devices().get(email).ok()
}

/// Filters the focused pane to `text` and keeps the filter.
fn filter(h: &mut Harness, text: &str) {
    h.press("/");
    h.type_text(text);
    h.press("enter");
}

fn code_on_screen(h: &Harness) -> String {
    h.issued()
        .map(|i| i.activation_code.as_str().to_string())
        .unwrap_or_else(|| panic!("no activation details open:\n{}", h.screen()))
}

#[test]
fn switch_panes_with_numbers_tab_and_shift_tab() {
    let d = demo();
    let (mut h, _) = d.console(false);
    assert_eq!(h.pane(), Pane::Users);
    for (key, pane) in [("2", Pane::Devices), ("3", Pane::Numbers), ("4", Pane::Bw), ("1", Pane::Users)] {
        h.press(key);
        assert_eq!(h.pane(), pane, "{key}");
        assert!(h.screen().contains(&format!(
            "▶{} {}",
            pane.index() + 1,
            wxgo::i18n::Tr::default().t(pane.message_id())
        )));
    }
    h.press("tab");
    assert_eq!(h.pane(), Pane::Devices);
    h.press("backtab");
    h.press("backtab");
    assert_eq!(h.pane(), Pane::Bw, "Shift-Tab wraps around");
}

#[test]
fn moving_the_selection_loads_only_windows_around_it() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("G");
    let l = h.list(Pane::Users);
    assert_eq!(l.selected, 59);
    assert!(l.held <= 3 * 18, "never the whole table: {} rows", l.held);
    assert!(h.screen().contains("43-60 of 60"), "{}", h.screen());
    let last = h.svc.people().list("", 59, 1).unwrap_or_default().remove(0).display_name;
    assert!(h.selected_row().is_some_and(|r| r.contains(&last)), "the last user is marked: {:?}", h.selected_row());
    h.keys("g pgdn j");
    assert_eq!(h.list(Pane::Users).selected, 19);
    h.keys("k up");
    assert_eq!(h.list(Pane::Users).selected, 17);
}

#[test]
fn filter_with_slash_narrows_the_pane_in_the_store_and_esc_clears_it() {
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "ben");
    let l = h.list(Pane::Users);
    assert!(l.total >= 2 && l.total < 60, "{} users match", l.total);
    let s = h.screen();
    assert!(s.contains("Ben Baker") && s.contains("Ben Ivanova"), "{s}");
    assert!(!s.contains("Amir Abbott"), "{s}");
    assert!(s.contains("filter: \"ben\""), "{s}");
    h.press("esc");
    assert_eq!(h.list(Pane::Users).total, 60);
    assert!(h.screen().contains("amir.abbott@acmefarms.example"));

    // Each pane keeps its own filter; Esc while typing puts the old one back.
    h.press("3");
    filter(&mut h, "London");
    let n = h.list(Pane::Numbers).total;
    h.press("/");
    h.type_text("xyz");
    assert_eq!(h.list(Pane::Numbers).total, 0, "filters as you type");
    assert!(h.screen().contains("nothing matches"), "{}", h.screen());
    h.press("esc");
    assert_eq!(h.list(Pane::Numbers).total, n);
    assert_eq!(h.list(Pane::Users).filter, "");
}

#[test]
fn numbers_mobile_only_and_broadworks_exclude_provisioned_toggles() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("3");
    let all = h.list(Pane::Numbers).total;
    h.press("m");
    let mobile = h.list(Pane::Numbers).total;
    assert!(mobile > 0 && mobile < all, "{mobile} of {all}");
    let s = h.screen();
    assert!(s.contains("mobile only: on") && s.contains("Webex Mobile"), "{s}");
    assert!(!s.contains("standard"), "only mobile numbers:\n{s}");

    h.press("4");
    let all = h.list(Pane::Bw).total;
    h.press("x");
    let s = h.screen();
    assert!(h.list(Pane::Bw).total < all);
    assert!(!s.contains("● Provisioned") && s.contains("✕ Error"), "{s}");
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
    assert_eq!(h.overlay(), Some("choice"), "a number choice:\n{s}");
    let second = h.choices().get(1).cloned().unwrap_or_default();
    h.keys("j enter");
    let user = h.svc.people().get("farid.fischer@acmefarms.example").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(user.primary_number.as_deref(), Some(second.as_str()));
    assert!(h.issued().is_some());
}

#[test]
fn wg14_add_from_the_devices_pane_by_searching_an_existing_user() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("2");
    let before = h.list(Pane::Devices).total;
    h.press("a");
    h.type_text("ben.iv");
    let s = h.screen();
    assert!(s.contains("Ben Ivanova") && !s.contains("Ben Baker <"), "search narrows:\n{s}");
    h.keys("enter enter");
    let dev = device_of(&h, "ben.ivanova@acmefarms.example").unwrap_or_else(|| panic!("{}", h.screen()));
    assert_eq!(dev.status, DeviceStatus::ActivationPending);
    assert_eq!(dev.code_state, "valid");
    h.press("esc");
    assert_eq!(h.list(Pane::Devices).total, before + 1, "the new device is listed");

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
    assert!(h.status_line().starts_with("✕ WG01:") && h.message_is_error(), "{}", h.status_line());
    assert!(h.overlay().is_none(), "nothing to choose when refused");
}

#[test]
fn dangerous_actions_are_refused_by_the_service_when_read_only() {
    let d = demo();
    let (mut h, _) = d.console(true);
    let before = h.svc.devices().count(None, "").unwrap_or(0);
    h.press("2");
    for key in ["D", "L", "n"] {
        h.press(key);
        assert!(h.overlay().is_none(), "{key}: nothing to confirm, the service refuses");
        let m = message(&h);
        assert!(m.contains("read-only"), "{key}: {m}");
        assert!(h.screen().contains("read-only"), "{key}: shown");
    }
    h.press("1");
    filter(&mut h, "ava.haddad");
    h.press("a");
    assert!(message(&h).contains("read-only"), "{}", message(&h));
    assert_eq!(h.svc.devices().count(None, "").unwrap_or(0), before, "nothing changed");
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
                  // Issue 15.2: the refusal comes before any question, with what works instead.
    let owner = device_of(&h, "go-1").map(|d| d.owner_email).unwrap_or_default();
    let codes = |h: &Harness| h.svc.people().detail(&owner).map(|d| d.codes.len()).unwrap_or(0);
    let before = codes(&h);
    h.press("n");
    assert_eq!(h.overlay(), Some("notice"), "no confirmation for a code the rule refuses");
    let s = h.screen();
    assert!(s.contains("WG05") && s.contains("Lost/Stolen") && s.contains("WG11"), "{s}");
    h.keys("y esc");
    assert_eq!(codes(&h), before, "nothing was issued");

    h.press("1");
    filter(&mut h, "ava.haddad");
    h.keys("a enter");
    let first = code_on_screen(&h);
    h.keys("esc n");
    assert!(h.screen().contains("stops working"), "{}", h.screen());
    h.press("y");
    let second = code_on_screen(&h);
    assert_ne!(first, second);
    let phone = d.other();
    let refused = phone.phone().activate(&first).map(|_| ()).unwrap_err().to_string();
    assert!(refused.starts_with("WG06:"), "{refused}");
    assert!(phone.phone().activate(&second).is_ok());
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
    let phone = d.other();
    phone.phone().activate(&code).unwrap_or_else(|e| panic!("{e}"));
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
    // "letter: NAME.pdf and .txt in FOLDER, readable only by you; ..."
    let pdf = m.split_whitespace().find(|w| w.ends_with(".pdf")).unwrap_or_else(|| panic!("{m}"));
    assert!(m.contains(&format!("{pdf} and .txt in ")), "{m}");
    let name = pdf.replace(".pdf", ".txt");
    let name = name.as_str();
    let dir = m.split(" in ").nth(1).and_then(|r| r.split(", readable").next()).unwrap_or_else(|| panic!("{m}"));
    let path = Path::new(dir).join(name);
    let path = path.as_path();
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
    assert_eq!(h.overlay(), Some("confirm"), "the palette ran lost/stolen:\n{}", h.screen());
    assert!(h.overlay_title().is_some_and(|t| t.contains("Lost or stolen")), "{:?}", h.overlay_title());
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
    assert!(h.overlay().is_none(), "D no longer deletes");
    // At 80 columns the footer keeps its first hints (filter, open, help); wider, it shows more.
    h.resize(120, 30);
    assert!(h.screen().lines().last().unwrap_or_default().contains("X delete"), "{}", h.screen());
    h.press("X");
    assert!(h.overlay() == Some("confirm"));
    h.press("esc");
    h.press("ctrl-q");
    assert!(h.quit_requested());
}

#[test]
fn a_keymap_section_gives_a_key_its_own_meaning_in_one_place() {
    let d = demo();
    let toml = "[confirm]\nconfirm = [\"y\", \"enter\"]\n\n[devices]\ndelete_device = \"x\"\n";
    let map = Keymap::from_toml(toml, Path::new("keymap.toml")).unwrap_or_else(|e| panic!("{e}"));
    let clip = Clipboard::with_writer(Mode::Osc52, Env::default(), Box::new(Capture::default()));
    let mut h = Harness::with_keymap(d.service(false), clip, map);
    // Enter still opens the selected row in a pane...
    h.press("enter");
    assert!(h.screen().contains("Amir Abbott <amir.abbott@acmefarms.example>"), "{}", h.screen());
    h.press("esc");
    // ...x deletes on the Devices pane only, where nothing else has it, and the footer says so...
    h.press("2");
    h.resize(120, 30); // at 80 columns the footer keeps its first hints (filter, open, help)
    assert!(h.footer().contains("x delete"), "{}", h.footer());
    h.press("D");
    assert!(h.overlay().is_none(), "D no longer deletes there");
    h.press("x");
    assert_eq!(h.overlay(), Some("confirm"), "{}", h.screen());
    // ...and in the confirmation Enter says yes.
    h.press("enter");
    assert!(device_of(&h, "go-1").is_none(), "go-1 deleted: {}", h.message());
    // x keeps its meaning on the BroadWorks pane.
    h.keys("esc 4 x");
    assert!(h.screen().contains("exclude provisioned: on"), "{}", h.screen());
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
    assert!(h.quit_requested());
}

// ---------------------------------------------------------------------- mobile operator (MO01-MO06)

fn account(h: &Harness, id: &str) -> Option<wxgo::service::OperatorAccountRow> {
    h.svc.operator_accounts().get(id).ok()
}

fn mobile_count(h: &Harness) -> usize {
    h.svc.numbers().count(true, "").unwrap_or(0)
}

#[test]
fn mo01_account_id_typed_twice_next_only_when_they_match_then_confirmed_as_fixed() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("3 O");
    // Location first (New York is the second), then operator and the id twice.
    h.press("up");
    for _ in 0..5 {
        if h.screen().contains("◀ New York (US) ▶") {
            break;
        }
        h.press("right");
    }
    assert!(h.screen().contains("◀ New York (US) ▶"), "{}", h.screen());
    h.press("tab");
    h.type_text("Verizon");
    h.press("tab");
    h.type_text("VZ-1001");
    h.press("tab");
    h.type_text("VZ-1002");
    let s = h.screen();
    assert!(s.contains("New York (US)"), "{s}");
    assert!(s.contains("✕ the two account ids differ (MO01)") && s.contains("Next is not available"), "{s}");
    h.press("enter");
    assert!(h.overlay() == Some("form"), "no going on while they differ");
    assert!(account(&h, "VZ-1001").is_none());
    h.press("backspace");
    h.type_text("1");
    assert!(h.screen().contains("✓ the two account ids match"), "{}", h.screen());
    h.press("enter");
    let s = h.screen();
    assert!(s.contains("cannot be changed later") && s.contains("MO01"), "a confirmation step:\n{s}");
    h.press("n");
    assert!(h.overlay() == Some("form"), "n goes back to the form");
    assert!(account(&h, "VZ-1001").is_none(), "nothing before the confirmation");
    h.keys("enter y");
    let a = account(&h, "VZ-1001").unwrap_or_else(|| panic!("added:\n{}", h.screen()));
    assert_eq!((a.location.as_str(), a.operator.as_str(), a.status.label()), ("New York", "Verizon", "Pending"));
    let s = h.screen();
    assert!(s.contains("◌ Pending") && s.contains("48 hours") && s.contains("cannot be changed"), "{s}");
    h.press("esc");
    assert!(h.screen().contains("VZ-1001"), "listed in the accounts view:\n{}", h.screen());
    // The same id twice is refused by the service, in its words.
    h.press("O");
    h.type_text("Verizon");
    h.press("tab");
    h.type_text("VZ-1001");
    h.press("tab");
    h.type_text("VZ-1001");
    h.keys("enter y");
    assert!(message(&h).contains("already exists"), "{}", message(&h));
    assert!(h.overlay() == Some("form"), "the form stays open to fix it");
}

#[test]
fn mo02_numbers_under_a_pending_or_failed_account_are_refused_with_the_services_advice() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let before = mobile_count(&h);
    h.keys("3 o j N"); // London, Vodafone UK, Pending
    assert!(h.screen().contains("MO02:"), "the form says so before typing:\n{}", h.screen());
    h.type_text("+447400000901");
    h.press("enter");
    let m = message(&h);
    assert!(m.starts_with("MO02:") && m.contains("Pending") && m.contains("48 hours"), "{m}");
    assert!(h.screen().contains("MO02:"), "{}", h.screen());
    h.keys("esc j N"); // Paris, Failed
    h.type_text("+33612000901");
    h.press("enter");
    assert!(
        message(&h).starts_with("MO02:") && message(&h).contains("contact your mobile operator"),
        "{}",
        message(&h)
    );
    assert_eq!(mobile_count(&h), before, "nothing added");
}

#[test]
fn mo03_numbers_checked_after_each_comma_valid_ones_added_and_the_admin_sees_which() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let before = mobile_count(&h);
    h.keys("3 N"); // from the number list: choose the account first
    assert!(h.screen().contains("ATT-884120"), "{}", h.screen());
    h.press("enter");
    h.type_text("+14692000100");
    let checked = |h: &Harness| h.form_checked();
    assert_eq!(checked(&h), 0, "not checked before its comma");
    h.type_text(",");
    assert_eq!(checked(&h), 1, "checked after the comma");
    h.type_text(" +14692000100, +12142000001, +33612000001");
    assert_eq!(checked(&h), 3);
    h.press("enter");
    assert_eq!(checked(&h), 0, "the form closed");
    assert_eq!(mobile_count(&h), before + 1, "the valid one is added");
    let s = h.screen();
    assert!(s.contains("✓ +14692000100 · Available · added"), "{s}");
    assert!(s.contains("+14692000100 · Duplicate In List · not added"), "{s}");
    assert!(s.contains("+12142000001 · Duplicate · not added"), "{s}");
    assert!(s.contains("+33612000001 · Invalid · not added"), "{s}");
    assert!(message(&h).contains("1 added, 3 not added"), "{}", message(&h));
    let n = h.svc.numbers().list(true, "+14692000100", 0, 5).unwrap_or_default();
    assert_eq!(n.first().map(|n| n.state.as_str()), Some("INACTIVE"), "{n:?}");
}

#[test]
fn mo03_an_entry_of_21_numbers_is_refused_whole() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let before = mobile_count(&h);
    h.keys("3 o N");
    let entry: Vec<String> = (0..21).map(|i| format!("+1469200{:04}", 200 + i)).collect();
    h.type_text(&format!("{},", entry.join(",")));
    let s = h.screen();
    assert!(s.contains("21 of at most 20") && s.contains("MO03: 21 numbers"), "{s}");
    h.press("enter");
    assert!(message(&h).starts_with("MO03:"), "{}", message(&h));
    assert_eq!(mobile_count(&h), before);
}

#[test]
fn mo05_assign_a_mobile_primary_number_from_the_users_pane_and_see_the_device() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let email = "hiro.okafor@acmefarms.example";
    let old = h.svc.people().get(email).ok().and_then(|u| u.primary_number).unwrap_or_default();
    filter(&mut h, "hiro.okafor");
    h.press("M");
    // Only the unassigned mobile numbers of the user's location (MO05).
    let want: Vec<String> =
        h.svc.numbers().assignable(email).unwrap_or_default().into_iter().map(|n| n.number).collect();
    assert_eq!(h.overlay(), Some("choice"), "a number choice:\n{}", h.screen());
    let offered: Vec<String> = h.choices();
    assert_eq!(offered, want);
    assert!(h.screen().contains("Dallas only"), "{}", h.screen());
    let number = offered.get(1).cloned().unwrap_or_default();
    h.keys("j enter");
    assert!(h.screen().contains("WG02"), "two subscriptions: choose one\n{}", h.screen());
    h.press("enter");
    let s = h.screen();
    assert!(
        s.contains(&format!("replaces the current primary number {old}")) && s.contains("pool of unassigned"),
        "{s}"
    );
    h.press("y");
    let user = h.svc.people().get(email).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(user.primary_number.as_deref(), Some(number.as_str()));
    let dev = device_of(&h, email).unwrap_or_else(|| panic!("a device:\n{}", h.screen()));
    assert_eq!(dev.kind, wxgo::domain::DeviceKind::MobileOperator);
    let s = h.screen();
    assert!(s.contains(&dev.device_id) && s.contains("Mobile operator") && s.contains("back in the pool"), "{s}");
    let free = h.svc.numbers().list(false, &old, 0, 5).unwrap_or_default();
    assert_eq!(free.first().map(|n| n.owner.is_none()), Some(true), "the old number is unassigned again");
    // On the Devices pane.
    h.keys("esc 2 G");
    let row = line_with(&h.render(), &dev.device_id).unwrap_or_default();
    assert!(row.contains("Hiro Okafor") && row.contains("Operator"), "{row}");
}

#[test]
fn mo05_from_the_user_detail_and_only_when_the_location_has_mobile_numbers() {
    let d = demo();
    let (mut h, _) = d.console(false);
    // London has no mobile numbers yet: nothing to offer, and the admin is told where to add them.
    filter(&mut h, "grace.nakamura");
    h.keys("enter M");
    let m = message(&h);
    assert!(m.starts_with("MO05:") && m.contains("London"), "{m}");
    assert!(h.overlay().is_none());
    h.keys("esc esc");
    filter(&mut h, "ben.ivanova");
    h.keys("enter M enter enter y");
    let user = h.svc.people().get("ben.ivanova@acmefarms.example").unwrap_or_else(|e| panic!("{e}"));
    assert!(user.primary_number.as_deref().is_some_and(|n| n.starts_with("+1469")), "{user:?}");
    h.press("esc");
    assert!(h.screen().contains("Mobile operator"), "the detail shows the new device:\n{}", h.screen());
}

#[test]
fn mo06_a_user_without_the_professional_licence_is_refused_with_the_services_text() {
    let d = demo();
    let (mut h, _) = d.console(false);
    filter(&mut h, "lena.dubois");
    h.keys("M enter enter y");
    let m = message(&h);
    assert!(m.starts_with("MO06:") && m.contains("Professional"), "{m}");
    assert!(device_of(&h, "lena.dubois@acmefarms.example").is_none());
}

#[test]
fn live_an_operator_authorising_in_another_process_shows_in_the_accounts_view() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("3 o");
    assert!(line_with(&h.render(), "VF-UK-0042117").unwrap_or_default().contains("Pending"));
    let operator = d.other();
    operator
        .operator_accounts()
        .decide("VF-UK-0042117", wxgo::service::OperatorDecision::Authorize)
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(h.poll());
    let row = line_with(&h.render(), "VF-UK-0042117").unwrap_or_default();
    assert!(row.contains("● Authorized"), "{row}");
}

// ---------------------------------------------------------------------- BroadWorks (BW03-BW05)

fn subscriber(h: &Harness, id: &str) -> Option<wxgo::service::BwSubscriberRow> {
    h.svc.broadworks().get(id).ok()
}

const ERRORED: &str = "acme000004@bw.acmefarms.example"; // BW-4003, the first row

#[test]
fn bw04_retry_activation_asks_for_an_email_then_onboards() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("4");
    h.press("R");
    let s = h.screen();
    assert!(s.contains("Retry activation") && s.contains("BW-4003"), "{s}");
    // An email another user has is refused, with the service's words.
    for _ in 0..60 {
        h.press("backspace");
    }
    h.type_text("hiro.archer.bw0@acme-partner.example");
    h.press("enter");
    assert!(message(&h).starts_with("BW04:") && message(&h).contains("Enter another email"), "{}", message(&h));
    assert!(h.overlay() == Some("form"), "the form stays to fix the email");
    for _ in 0..60 {
        h.press("backspace");
    }
    h.type_text("not-an-email");
    h.press("enter");
    assert!(message(&h).contains("not a valid email"), "{}", message(&h));
    for _ in 0..20 {
        h.press("backspace");
    }
    h.type_text("uma.castillo@acmefarms.example");
    h.press("enter");
    let s = subscriber(&h, ERRORED).unwrap_or_else(|| panic!("{}", h.screen()));
    assert_eq!(s.status.as_str(), "provisioned");
    assert_eq!(s.email.as_deref(), Some("uma.castillo@acmefarms.example"));
    assert!(h.overlay().is_none());
    assert!(h.screen().contains("✕ 2 error"), "{}", h.screen());
}

#[test]
fn bw04_actions_on_a_provisioned_subscriber_are_refused_by_the_service() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("4 G"); // a provisioned one
    h.keys("R enter");
    assert!(message(&h).starts_with("BW04:"), "{}", message(&h));
    h.keys("esc P");
    // Another package than the one it has, confirmed (the choice starts on the current one).
    let current = h.chosen();
    h.press(if h.choices().last() == current.as_ref() { "up" } else { "down" });
    assert_ne!(h.chosen(), current);
    h.press("enter");
    assert_eq!(h.overlay(), Some("confirm"), "{}", h.screen());
    h.press("y");
    assert!(message(&h).starts_with("BW04:"), "{}", message(&h));
    h.keys("d y");
    assert!(message(&h).starts_with("BW04:"), "{}", message(&h));
    h.press("C");
    assert!(message(&h).contains("has no error"), "{}", message(&h));
}

#[test]
fn bw04_delete_user_asks_first() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("4 d");
    let s = h.screen();
    assert!(s.contains("Delete BroadWorks subscriber") && s.contains("try again"), "{s}");
    h.press("n");
    assert!(subscriber(&h, ERRORED).is_some(), "n cancels");
    h.keys("d y");
    assert!(subscriber(&h, ERRORED).is_none());
    assert!(line_with(&h.render(), "acme000004@bw.acmefarm… ").is_none(), "no longer listed:\n{}", h.screen());
}

#[test]
fn bw04_change_package_type_from_a_choice_of_the_four() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("4 P");
    let s = h.screen();
    for p in ["softphone", "basic", "standard", "premium (now)"] {
        assert!(s.contains(p), "{p}:\n{s}");
    }
    h.keys("g k k enter"); // premium is selected; up twice: basic
                           // Issue 15.10: the change is confirmed first, saying what it does.
    let s = h.screen();
    assert!(s.contains("Change the package of") && s.contains("from premium to basic"), "{s}");
    assert_eq!(subscriber(&h, ERRORED).map(|s| s.package.as_str()), Some("premium"), "not before the answer");
    h.press("y");
    assert_eq!(subscriber(&h, ERRORED).map(|s| s.package.as_str()), Some("basic"), "{}", message(&h));
    assert!(line_with(&h.render(), "acme000004").unwrap_or_default().contains("basic"));
}

#[test]
fn bw04_copy_error_text_through_the_clipboard_says_how() {
    let d = demo();
    let (mut h, cap) = d.console(false);
    h.keys("4 C");
    let want = h.svc.broadworks().error_text(ERRORED).unwrap_or_else(|e| panic!("{e}"));
    assert!(want.contains("BW-4003"));
    assert_eq!(cap.text(), osc52(&want));
    assert!(message(&h).contains("copied with OSC 52"), "{}", message(&h));
}

#[test]
fn bw05_export_honours_the_toggle_into_a_private_file_and_says_where() {
    use std::os::unix::fs::PermissionsExt;
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("4 x E");
    let m = message(&h);
    let path = m.split_whitespace().find(|w| w.ends_with(".csv")).unwrap_or_else(|| panic!("{m}")).to_string();
    let path = Path::new(&path);
    assert!(path.starts_with(d.dir.path().join("exports")), "beside the database: {}", path.display());
    assert!(h.screen().contains(&path.display().to_string()), "the path in full:\n{}", h.screen());
    let mut r = csv::Reader::from_path(path).unwrap_or_else(|e| panic!("{e}"));
    let rows: Vec<csv::StringRecord> = r.records().filter_map(|x| x.ok()).collect();
    assert_eq!(rows.len(), 9, "provisioned excluded");
    assert!(rows.iter().all(|r| r.get(7) != Some("provisioned")));
    let mode = std::fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
    assert_eq!(mode, 0o600);
    h.keys("esc x E");
    let m = message(&h);
    let path = m.split_whitespace().find(|w| w.ends_with(".csv")).unwrap_or_default().to_string();
    let rows = csv::Reader::from_path(&path).map(|mut r| r.records().count()).unwrap_or(0);
    assert_eq!(rows, 14, "everyone with the toggle off: {m}");
}

#[test]
fn live_a_portal_claim_in_another_process_shows_pending_in_the_pane() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("4");
    let id = "acme000002@bw.acmefarms.example";
    assert!(line_with(&h.render(), "acme000002").unwrap_or_default().contains("Pending email input"));
    let portal = d.other();
    portal.portal().claim(id, "mateo.archer@acmefarms.example").unwrap_or_else(|e| panic!("{e}"));
    assert!(h.poll());
    let row = line_with(&h.render(), "acme000002").unwrap_or_default();
    assert!(row.contains("Pending email validation"), "{row}");
}

// ---------------------------------------------------------------------- read-only, palette, keymap

#[test]
fn mo_and_bw_actions_are_refused_by_the_service_when_read_only() {
    let d = demo();
    let (mut h, _) = d.console(true);
    let mobiles = mobile_count(&h);
    let accounts = h.svc.operator_accounts().list().map(|a| a.len()).unwrap_or(0);
    for keys in ["3 o O", "3 o N", "1 M", "4 R", "4 d", "4 P"] {
        h.keys("esc");
        h.keys(keys);
        assert!(h.overlay().is_none(), "{keys}: nothing to fill in, the service refuses:\n{}", h.screen());
        let m = message(&h);
        assert!(m.starts_with("read-only:"), "{keys}: {m}");
    }
    assert_eq!(mobile_count(&h), mobiles);
    assert_eq!(h.svc.operator_accounts().list().map(|a| a.len()).unwrap_or(0), accounts);
    assert!(subscriber(&h, ERRORED).is_some_and(|s| s.status.as_str() == "error"));
    // Reading still works: copy the error text, export the list.
    h.keys("4 C");
    assert!(message(&h).contains("copied"), "{}", message(&h));
}

#[test]
fn palette_and_keymap_reach_the_new_actions() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("4 :");
    h.type_text("retry");
    h.press("enter");
    assert!(h.overlay() == Some("form"), "{}", h.screen());
    let map = Keymap::from_toml("bw_retry = \"ctrl-r\"\nassign_mobile_primary = \"alt-m\"\n", Path::new("keymap.toml"))
        .unwrap_or_else(|e| panic!("{e}"));
    let clip = Clipboard::with_writer(Mode::Osc52, Env::default(), Box::new(Capture::default()));
    let mut h = Harness::with_keymap(d.service(false), clip, map);
    h.press("4");
    h.press("R");
    assert!(h.overlay().is_none(), "R no longer retries");
    assert!(h.screen().lines().last().unwrap_or_default().contains("ctrl-r retry"), "{}", h.screen());
    h.press("ctrl-r");
    assert!(h.overlay() == Some("form"));
    let err = Keymap::from_toml("bw_delete = \"x\"\ntoggle_exclude_provisioned = \"x\"", Path::new("keymap.toml"))
        .map(|_| ())
        .unwrap_err()
        .to_string();
    assert!(err.contains("given to both"), "{err}");
}
