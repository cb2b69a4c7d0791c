//! Webex Go devices on a real organisation: adding a device and a new code are
//! `POST /devices/activationCode` (through Prism, which checks every body against the official
//! spec); the code is Webex's, shown as given; a destination that cannot be written stops the
//! action before Webex is asked; a delivery that fails after Webex issued says so plainly.

use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use crate::fake_webex::home::*;
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::webex_id;
use crate::fake_webex::CUSTOMER_TOKEN;
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{Options, Service};
use wxgo::tui::harness::Harness;

const NEW_USER: &str = "user20@acme.example";

fn posts(h: &Conformant) -> usize {
    h.fake.count("POST", "/v1/devices/activationCode") + h.fake.count("POST", "/devices/activationCode")
}

#[test]
fn an_unwritable_destination_asks_nothing_of_webex() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let before = std::fs::read(home.db()).expect("db");
    // A full stdout.
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").expect("/dev/full");
    let out = home
        .cmd(&["devices", "add", "--user", NEW_USER, "--no-email"])
        .env("WEBEX_TOKEN", CUSTOMER_TOKEN)
        .stdout(full)
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    // A letter in a folder that does not exist.
    let out = home
        .run(&["devices", "add", "--user", NEW_USER, "--letter", "/nonexistent/dir/letter.pdf"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(err.contains("nothing was asked of Webex"), "{err}");
    // stdout is /dev/null and the code goes nowhere else.
    let out = home
        .cmd(&["devices", "add", "--user", NEW_USER, "--no-email"])
        .env("WEBEX_TOKEN", CUSTOMER_TOKEN)
        .stdout(std::process::Stdio::null())
        .output()
        .expect("run");
    assert_eq!(out.status.code(), Some(7), "{}", text(&out.stderr));
    assert_eq!(posts(&h), 0, "nothing was asked of Webex");
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing changed in the cache");
    h.assert_no_violations();
}

#[test]
fn a_delivery_failing_after_webex_issued_is_said_plainly_and_fails() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    // The letter's folder takes new files (the check passes), but the letter itself cannot be
    // written: its name is too long for the file system. Webex has issued the code by then.
    let long = home.path().join(format!("{}.pdf", "x".repeat(300)));
    let out = home.run(
        &["devices", "add", "--user", NEW_USER, "--no-email", "--letter", long.to_str().expect("utf-8")],
        Some(CUSTOMER_TOKEN),
    );
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(err.contains("Webex issued a new activation code") && err.contains("did not reach you"), "{err}");
    assert!(err.contains("wxgo devices new-code go-"), "{err}");
    assert!(err.contains("trackingId"), "{err}");
    assert_eq!(posts(&h), 1);
    let audit = json(&home.run(&["audit", "--json"], None));
    assert!(rows(&audit).iter().any(|a| a["action"] == "activation code not delivered"), "{audit}");
    h.assert_no_violations();
}

#[test]
fn a_device_added_in_the_console_goes_online_when_the_phone_activates_it() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let opts = Options::new(dir.path().join("acme.db"));
    let never = AtomicBool::new(false);
    let (svc, _) = Service::sync_new(
        &opts,
        side_with(&h.base_url, CUSTOMER_TOKEN, |p| p.poll_interval = Duration::from_millis(100)),
        clock(),
        &SyncOptions::default(),
        &mut |_| {},
        &never,
    )
    .expect("sync");
    let mut c = Harness::new(svc, Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }));
    c.resize(160, 50);
    // The console's add flow, on the user.
    c.press("1");
    c.press("/");
    c.type_text("user20@");
    c.press("enter");
    c.press("a");
    // A subscription to pick when there are several; then, before Webex is asked (it takes a
    // licence), the question, as n, L and D ask.
    let asked = |c: &Harness| c.overlay_title().is_some_and(|t| t.starts_with("Add a Webex Go device for"));
    for _ in 0..3 {
        if asked(&c) {
            break;
        }
        c.press("enter");
    }
    assert!(asked(&c), "{}", c.screen());
    let question = c.screen();
    assert!(question.contains("POST /devices/activationCode") && question.contains("free now"), "{question}");
    assert_eq!(posts(&h), 0, "nothing is sent before the answer");
    c.press("esc");
    assert_eq!((posts(&h), c.overlay()), (0, None), "Esc sends nothing");
    c.press("a");
    for _ in 0..3 {
        if asked(&c) {
            break;
        }
        c.press("enter");
    }
    c.press("y");
    let screen = c.screen();
    assert_eq!(posts(&h), 1, "{screen}\n{}", c.message());
    assert!(screen.contains("SM-DP+ address are in Control Hub"), "{screen}");
    let person = webex_id("PEOPLE", "acme-20");
    let wid = h.fake.devices_of(&person).first().map(|d| d.id.clone()).expect("a device at Webex");
    let cached = c.svc.devices().list(None, "user20@", 0, 10).expect("devices");
    assert_eq!(cached.first().and_then(|d| d.webex_id.clone()).as_deref(), Some(wid.as_str()));

    // The phone activates it at Webex; the open console's poll (what its worker runs every
    // poll interval) brings it in, and the device list shows it Online.
    c.press("esc");
    assert!(h.fake.set_device_status(&wid, "connected"));
    let deadline = Instant::now() + Duration::from_secs(20);
    while c.svc.poll().map(|r| r.devices_changed).unwrap_or(0) == 0 {
        assert!(Instant::now() < deadline, "the poll did not see the phone activate within 20 s");
    }
    let org = c.svc.org().clone();
    c.apply(wxgo::tui::worker::Reply::Changed(Some(org)));
    c.press("2");
    let screen = c.screen();
    let line = screen.lines().find(|l| l.contains("user20@") || l.contains("First20")).unwrap_or_default().to_string();
    assert!(line.contains("Online"), "{screen}");
    h.assert_no_violations();
}

#[test]
fn webex_refusing_a_code_is_shown_whole_with_its_tracking_id_and_changes_nothing() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    // Someone removed the person in Control Hub; the cache still has them.
    let person = webex_id("PEOPLE", "acme-20");
    h.fake.world().data.values_mut().for_each(|o| o.people.retain(|p| p.id != person));
    let before = std::fs::read(home.db()).expect("db");
    let out = home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("Person not found.") && err.contains("trackingId"), "{err}");
    assert_eq!(posts(&h), 1);
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing changed in the cache");
    h.assert_no_violations();
}
