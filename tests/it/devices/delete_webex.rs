//! Deleting a device on a real organisation (the `webex` backend): a changing action goes to the
//! Webex API first, through Prism against the official spec; only what Webex accepted reaches the
//! cache and wxgo's audit trail, with the trackingId. Read-only sends nothing but GET.

use crate::fake_webex::home::*;
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::webex_id;
use crate::fake_webex::CUSTOMER_TOKEN;

#[test]
fn a_refusal_by_webex_is_shown_whole_and_changes_nothing() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    // Someone deletes the device in Control Hub; the cache still has it.
    let wid = webex_id("DEVICE", "acme-3");
    h.fake.world().data.values_mut().for_each(|o| o.devices.retain(|d| d.id != wid));
    let before = std::fs::read(home.db()).expect("db");
    let out = home.run(&["devices", "delete", "user3@acme.example", "--yes"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("404") && err.contains("Webex says") && err.contains("trackingId"), "{err}");
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing changed in the cache");
    h.assert_no_violations();
}

#[test]
fn read_only_sends_nothing_but_get() {
    let h = Conformant::start();
    read_only_viewer(&h.fake, CUSTOMER_TOKEN);
    // A read-only role, a read-only profile, and --read-only: each one sends nothing but GET.
    let role = Home::new(&h.base_url, "");
    let profile = Home::new(&h.base_url, "read_only = true\n");
    let flag = Home::new(&h.base_url, "");
    for (home, token, args, why) in [
        (&role, "viewer-token", vec![], "read-only role (id_readonly_admin)"),
        (&profile, CUSTOMER_TOKEN, vec![], "read_only = true"),
        (&flag, CUSTOMER_TOKEN, vec!["--read-only"], "--read-only"),
    ] {
        ok(&home.run(&["sync"], Some(token)));
        let before = std::fs::read(home.db()).expect("db");
        let mut a = args.clone();
        a.extend(["devices", "delete", "user1@acme.example"]);
        let out = home.run(&a, Some(token));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{err}");
        assert!(err.contains("was not sent to Webex because") && err.contains(why), "{err}");
        assert!(err.contains("Nothing was changed"), "{err}");
        assert_eq!(std::fs::read(home.db()).expect("db"), before);
    }
    let sent: Vec<String> =
        h.fake.requests().iter().filter(|r| r.method != "GET").map(|r| format!("{} {}", r.method, r.path)).collect();
    assert!(sent.is_empty(), "only GET left the machine: {sent:?}");
    h.assert_no_violations();
}
