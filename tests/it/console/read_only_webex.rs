//! Read-only on a real organisation: with a read-only profile (or `--read-only`), no request other than GET
//! leaves the machine. Walk the whole action table on a console over a real organisation's cache
//! (the fake Webex API through Prism): for every action that changes something, in every view it
//! applies to, press its key and answer whatever it asks. The fake sees nothing but GET, the cache
//! does not change, and the admin is told why.

use crate::common;
use crate::fake_webex;

use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use crate::fake_webex::prism::Conformant;
use crate::fake_webex::PARTNER_TOKEN;
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::outside::FixedClock;
use wxgo::service::signin::WebexSide;
use wxgo::service::sync::SyncOptions;
use wxgo::service::{Options, Service};
use wxgo::tui::harness::Harness;

fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::parse("2026-12-01T09:00:00Z").expect("clock"))
}

fn side(base: &str, read_only_profile: bool) -> WebexSide {
    fake_webex::home::side_with(base, PARTNER_TOKEN, |p| p.read_only = read_only_profile)
}

/// A devices CSV with one user of the cache who could get a device, for the import's form.
fn import_file(svc: &Service, dir: &Path) -> String {
    common::one_row_devices_csv(svc, "", |u| u.device_id.is_none() && u.primary_number.is_some(), dir)
}

/// The status line (not the header, which always says read-only) tells the admin why.
fn told_why(h: &Harness) -> bool {
    let said = h.message().to_lowercase();
    said.contains("read-only") || said.contains("was not sent to webex")
}

#[test]
fn a_read_only_console_on_a_real_organisation_sends_nothing_but_get_whatever_the_admin_presses() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("acme.db");
    let never = AtomicBool::new(false);
    // A partner's customer: the BroadWorks pane has subscribers to act on.
    let customer = SyncOptions { org: Some("Acme Corp".into()), full: false };
    let (svc, _) =
        Service::sync_new(&Options::new(&db), side(&h.base_url, false), clock(), &customer, &mut |_| {}, &never)
            .expect("first sync");
    assert!(!svc.broadworks().list(false, "", 0, 10).unwrap_or_default().is_empty(), "subscribers to act on");
    let csv = import_file(&svc, dir.path());
    drop(svc);
    let before = common::snapshot_file(&db);
    let sent_before = h.fake.requests().len();

    let mut walked = 0;
    for (read_only_profile, read_only_flag) in [(true, false), (false, true)] {
        let console = || {
            let mut opts = Options::new(&db);
            opts.read_only = read_only_flag;
            opts.org = Some("Acme Corp".into());
            let svc = Service::open_webex(&opts, side(&h.base_url, read_only_profile), clock()).expect("open");
            Harness::new(svc, Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }))
        };
        walked += common::walk_changing_actions(console, &csv, told_why);
    }
    assert!(walked >= 30, "walked only {walked} action/view pairs");
    let written: Vec<String> = h.fake.requests()[sent_before..]
        .iter()
        .filter(|r| r.method != "GET")
        .map(|r| format!("{} {}", r.method, r.path))
        .collect();
    assert!(written.is_empty(), "a read-only console sent {written:?}");
    assert_eq!(before, common::snapshot_file(&db), "a read-only console changed the cache");
    h.assert_no_violations();
}
