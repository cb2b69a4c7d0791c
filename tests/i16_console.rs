//! Issue 16 in the console: a real organisation (the `webex` backend, against the fake Webex API
//! through Prism) opens from its cache with a header that names the profile, the backend and how
//! old the copy is, and stays current while it is open: a device going Online at Webex reaches
//! the console's service thread within a poll interval.

mod fake_webex;
mod tui_support;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_webex::prism::Conformant;
use fake_webex::CUSTOMER_TOKEN;
use wxgo::outside::clipboard::{Capture, Clipboard, Env, Mode};
use wxgo::outside::profiles::Profile;
use wxgo::outside::webex::{ClientConfig, Secret, StaticToken, WebexClient};
use wxgo::outside::FixedClock;
use wxgo::service::sync::SyncOptions;
use wxgo::service::webex::{AuthChoice, WebexSide};
use wxgo::service::{DeviceStatus, Options, Service};
use wxgo::tui::harness::Harness;
use wxgo::tui::worker::{Reply, Worker};

fn side(base: &str, poll: Duration) -> WebexSide {
    let cfg = ClientConfig { base_url: base.into(), use_env_proxy: false, ..ClientConfig::default() };
    let client = WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN)))).expect("client");
    let mut p = Profile::webex("acme", base);
    p.keyring = false;
    p.poll_interval = poll;
    WebexSide::new(p, AuthChoice::Env("UNUSED".into()), None).with_client(client)
}

#[test]
fn i16_the_console_names_the_profile_and_the_age_and_follows_webex_while_open() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let opts = Options::new(dir.path().join("cache.db"));
    let clock = Arc::new(FixedClock::parse("2026-12-01T09:00:00Z").expect("clock"));
    let never = AtomicBool::new(false);
    let (svc, _) = Service::sync_new(
        &opts,
        side(&h.base_url, Duration::from_millis(200)),
        clock,
        &SyncOptions::default(),
        &mut |_| {},
        &never,
    )
    .expect("sync");
    let pending = svc.devices(Some(DeviceStatus::ActivationPending), "", 0, 100).expect("devices");
    let target = pending.first().cloned().expect("a pending device");

    // The header says which organisation copy this is, and how old.
    let clip = Clipboard::with_writer(Mode::Off, Env::default(), Box::new(Capture::default()));
    let console = Harness::new(svc, clip);
    let top = console.screen().lines().next().unwrap_or_default().to_string();
    assert!(top.contains("webex:acme · as of 2026-12-01 09:00 UTC"), "{top}");
    assert!(!top.contains("db:"), "{top}");
    let svc = console.svc;

    // The phone activates at Webex: the open console's service sees it within a poll interval.
    let wid = target.webex_id.clone().expect("webex id");
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let worker = Worker::spawn(svc, tx);
    assert!(h.fake.set_device_status(&wid, "connected"));
    let deadline = Instant::now() + Duration::from_secs(20);
    let changed = loop {
        match rx.try_recv() {
            Ok(Reply::Changed(_)) => break true,
            Ok(_) => {}
            Err(_) if Instant::now() > deadline => break false,
            Err(_) => std::thread::sleep(Duration::from_millis(20)),
        }
    };
    drop(worker);
    assert!(changed, "the console was not told of the change within 20 s");
    h.assert_no_violations();
}
