//! Search by phone number: a number as people type it (E.164, the national form with brackets,
//! dashes or spaces, an extension) finds the user who has it, their device and the number
//! itself, in the CLI's `--filter` and the console's `/`, on both backends.

use crate::backends::{both_backends, rows, Backend};
use serde_json::Value;

/// `LIST list --filter FILTER --json`.
fn found(b: &Backend, list: &str, filter: &str) -> Vec<Value> {
    rows(b.read(&[list, "list", "--filter", filter]))
}

fn emails(rows: &[Value], key: &str) -> Vec<String> {
    rows.iter().filter_map(|r| r[key].as_str().map(str::to_string)).collect()
}

/// A user with a North American primary number, an extension and a device.
fn user_with_number_and_device(b: &Backend) -> Value {
    b.users()
        .into_iter()
        .find(|u| {
            u["primary_number"].as_str().is_some_and(|n| n.starts_with("+1") && n.len() >= 12)
                && u["extension"].is_string()
                && !u["device_status"].is_null()
        })
        .unwrap_or_else(|| panic!("{:?}: no user with a +1 number, an extension and a device", b.kind))
}

/// The number as typed at home: `(212) 200-0003` for `+12122000003`.
fn national(e164: &str) -> String {
    let n = &e164[2..];
    format!("({}) {}-{}", &n[..3], &n[3..6], &n[6..])
}

both_backends! {
    /// The caller's number finds them: E.164 and the national form (brackets, dashes, dots,
    /// spaces, or the bare digits) find the user, their device and the number; every user found
    /// has the digits in one of their numbers; a number nobody has finds nothing and says so.
    fn a_number_as_typed_finds_its_user_device_and_number(b) {
        let u = user_with_number_and_device(b);
        let (email, e164) = (u["email"].as_str().expect("email"), u["primary_number"].as_str().expect("number"));
        let digits = &e164[2..];
        let dotted = format!("{}.{}.{}", &digits[..3], &digits[3..6], &digits[6..]);
        for typed in [e164.to_string(), national(e164), dotted, digits.to_string(), format!("+1 {}", national(e164))] {
            let users = found(b, "users", &typed);
            assert!(emails(&users, "email").contains(&email.to_string()), "users --filter {typed:?}: {users:?}");
            // Whoever else is found has the digits in a number they own or their extension.
            let owners: Vec<String> = found(b, "numbers", digits).iter().filter_map(|n| n["owner"].as_str().map(str::to_string)).collect();
            for other in &users {
                let holds = owners.iter().any(|o| Some(o.as_str()) == other["email"].as_str())
                    || other["extension"].as_str().is_some_and(|x| x.contains(digits));
                assert!(holds, "users --filter {typed:?} found {other} without the number");
            }
            let devices = found(b, "devices", &typed);
            assert!(emails(&devices, "owner_email").contains(&email.to_string()), "devices --filter {typed:?}: {devices:?}");
            let numbers = found(b, "numbers", &typed);
            assert!(numbers.iter().any(|n| n["number"] == e164), "numbers --filter {typed:?}: {numbers:?}");
            assert!(
                numbers.iter().all(|n| n["number"].as_str().is_some_and(|x| x.contains(digits))),
                "numbers --filter {typed:?} holds only that number: {numbers:?}"
            );
        }
        // Through the service, as the console's `/` asks it: the same count.
        let svc = b.service();
        let typed = national(e164);
        assert_eq!(svc.people().count(&typed).expect("count"), found(b, "users", &typed).len());
        assert!(svc.people().list(&typed, 0, 50).expect("list").iter().any(|r| r.email == email));
        // Nobody's number.
        assert!(found(b, "users", "+1 (999) 999-9999").is_empty());
        let out = b.run(&["users", "list", "--filter", "+19999999999"]);
        assert!(out.status.success());
        assert!(String::from_utf8_lossy(&out.stdout).contains("No users match"), "{out:?}");
    }
}

both_backends! {
    /// An extension finds its user, the user's device, and the user's numbers; letters and
    /// digits together are text, not a number.
    fn an_extension_finds_its_user_device_and_numbers(b) {
        let u = user_with_number_and_device(b);
        let (email, ext) = (u["email"].as_str().expect("email"), u["extension"].as_str().expect("extension"));
        let users = found(b, "users", ext);
        assert!(emails(&users, "email").contains(&email.to_string()), "users --filter {ext}: {users:?}");
        let devices = found(b, "devices", ext);
        assert!(emails(&devices, "owner_email").contains(&email.to_string()), "devices --filter {ext}: {devices:?}");
        let numbers = found(b, "numbers", ext);
        assert!(numbers.iter().any(|n| n["number"] == u["primary_number"]), "numbers --filter {ext}: {numbers:?}");
        // Letters with the digits are text, which no field holds.
        let text = found(b, "users", &format!("x{ext}"));
        assert!(text.is_empty(), "{text:?}");
    }
}

/// The console's `/` takes a number as typed: in Users and in Devices the caller is found.
#[test]
fn slash_in_the_panes_finds_a_number_as_typed() {
    let d = crate::tui_support::demo();
    let svc = d.service(false);
    let u = svc
        .people()
        .list("", 0, 100)
        .expect("users")
        .into_iter()
        .find(|u| u.device_id.is_some() && u.primary_number.as_deref().is_some_and(|n| n.starts_with("+1")))
        .expect("a user with a +1 number and a device");
    let typed = national(u.primary_number.as_deref().unwrap_or_default());
    let (mut h, _) = d.console(false);
    for pane in ["1", "2"] {
        h.press(pane);
        h.press("/");
        h.type_text(&typed);
        h.press("enter");
        let s = h.screen();
        assert!(s.contains(&u.display_name) || s.contains(&u.email), "pane {pane}, / {typed}:\n{s}");
        assert!(!s.contains("none"), "pane {pane}: something matches:\n{s}");
        h.press("esc");
    }
}
