//! A real organisation in the console: a real organisation (the `webex` backend, against the fake Webex API
//! through Prism) opens from its cache with a header that names the profile, the backend and how
//! old the copy is, and stays current while it is open: a device going Online at Webex reaches
//! the console's service thread within a poll interval.

use crate::fake_webex;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::fake_webex::prism::Conformant;
use crate::fake_webex::CUSTOMER_TOKEN;
use wxgo::outside::clipboard::{Capture, Clipboard, Env, Mode};
use wxgo::outside::profiles::Profile;
use wxgo::outside::webex::{ClientConfig, RetryPolicy, Secret, StaticToken, WebexClient};
use wxgo::outside::FixedClock;
use wxgo::service::signin::{AuthChoice, WebexSide};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{DeviceStatus, Options, Service};
use wxgo::tui::harness::Harness;
use wxgo::tui::worker::{Job, Reply, Worker};

fn side(base: &str, poll: Duration) -> WebexSide {
    let cfg = ClientConfig { base_url: base.into(), use_env_proxy: false, ..ClientConfig::default() };
    let client = WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN)))).expect("client");
    let mut p = Profile::webex("acme", base);
    p.keyring = false;
    p.poll_interval = poll;
    WebexSide::new(p, AuthChoice::Env("UNUSED".into()), None).with_client(client)
}

/// A first sync through `side` into a cache in `dir`, at the tests' fixed time.
fn synced(dir: &tempfile::TempDir, side: WebexSide, what: &SyncOptions) -> Service {
    let opts = Options::new(dir.path().join("cache.db"));
    let clock = Arc::new(FixedClock::parse("2026-12-01T09:00:00Z").expect("clock"));
    let never = AtomicBool::new(false);
    Service::sync_new(&opts, side, clock, what, &mut |_| {}, &never).expect("sync").0
}

#[test]
fn the_console_names_the_profile_and_the_age_and_follows_webex_while_open() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let svc = synced(&dir, side(&h.base_url, Duration::from_millis(200)), &SyncOptions::default());
    let pending = svc.devices().list(Some(DeviceStatus::ActivationPending), "", 0, 100).expect("devices");
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
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Reply<()>>();
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

fn rename(h: &Conformant, email: &str, name: &str) {
    let mut w = h.fake.world();
    for org in w.data.values_mut() {
        for p in org.people.iter_mut().filter(|p| p.emails.iter().any(|e| e == email)) {
            p.display_name = name.into();
            p.first_name = name.into();
        }
    }
}

#[test]
fn the_console_syncs_from_webex_with_progress_in_the_header_and_esc_keeps_the_last_copy() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let svc = synced(&dir, side(&h.base_url, Duration::from_secs(3600)), &SyncOptions::default());
    let clip = Clipboard::with_writer(Mode::Off, Env::default(), Box::new(Capture::default()));
    let mut c = Harness::new(svc, clip);
    assert!(c.help_keys("sync_webex").contains('F'), "{}", c.help_keys("sync_webex"));

    // Someone renames a user in Control Hub; F brings it in.
    rename(&h, "user0@acme.example", "Renamed Person");
    c.press("F");
    assert!(c.message().contains("synced Acme Corp from Webex"), "{}", c.message());
    let name = |c: &Harness| c.svc.people().get("user0@acme.example").map(|u| u.display_name).unwrap_or_default();
    assert_eq!(name(&c), "Renamed Person");

    // Another change, a sync of many small pages, and Esc after the first progress line: the
    // cache keeps its last complete copy.
    rename(&h, "user0@acme.example", "Second Name");
    h.fake.knobs().page_cap = 2;
    c.esc_at_progress = Some(1);
    c.press("F");
    assert!(c.message().contains("sync stopped; the cache keeps its last complete copy"), "{}", c.message());
    c.esc_at_progress = None;
    assert_eq!(name(&c), "Renamed Person", "the stopped sync left the last complete copy");
    h.assert_no_violations();
}

/// Moves the organisation picker to `key`'s organisation and opens it.
fn pick(c: &mut Harness, key: &str) {
    let id = fake_webex::world::webex_id("ORGANIZATION", key);
    for k in ["k", "k", "k", "j", "j", "j", "j"] {
        if c.chosen().is_some_and(|v| v.ends_with(&id)) {
            break;
        }
        c.press(k);
    }
    assert!(c.chosen().is_some_and(|v| v.ends_with(&id)), "{key} is not offered: {:?}", c.choices());
    c.press("enter");
}

#[test]
fn a_partner_picks_a_customer_in_the_console_syncing_it_first_when_it_is_not_cached() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let partner = fake_webex::home::side(&h.base_url, fake_webex::PARTNER_TOKEN);
    let acme = SyncOptions { org: Some("Acme Corp".into()), full: false };
    let svc = synced(&dir, partner, &acme);
    let clip = Clipboard::with_writer(Mode::Off, Env::default(), Box::new(Capture::default()));
    let mut c = Harness::new(svc, clip);
    assert!(c.screen().lines().next().unwrap_or_default().contains("Acme Corp"));

    c.press("ctrl-o");
    assert_eq!(c.overlay_title().as_deref(), Some("Organisations"));
    let shown = c.screen();
    assert!(shown.contains("Globex GmbH · not cached yet") && shown.contains("Acme Corp · cached"), "{shown}");
    pick(&mut c, "globex");
    let top = c.screen().lines().next().unwrap_or_default().to_string();
    assert!(top.contains("Globex GmbH"), "{top}\n{}", c.message());
    assert!(c.screen().contains("+4930123"), "Globex's users are listed: {}", c.screen());

    // Back to Acme: cached, so it opens without a sync.
    let lists =
        |h: &Conformant| h.fake.requests().iter().filter(|r| r.method == "GET" && r.path.ends_with("/people")).count();
    let syncs = lists(&h);
    c.press("ctrl-o");
    assert_eq!(c.overlay_title().as_deref(), Some("Organisations"), "{}\n{:?}", c.message(), c.message_log());
    pick(&mut c, "acme");
    assert!(
        c.screen().lines().next().unwrap_or_default().contains("Acme Corp"),
        "{}\n{}\n{:?}",
        c.screen(),
        c.message(),
        c.choices()
    );
    assert_eq!(lists(&h), syncs, "a cached organisation opens without a sync");
    h.assert_no_violations();
}

#[test]
fn the_console_keeps_answering_from_the_cache_while_a_sync_runs_on_its_own_thread() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let svc = synced(&dir, side(&h.base_url, Duration::from_secs(3600)), &SyncOptions::default());
    // Every listing of people is slow now: the sync takes seconds.
    h.fake.knobs().page_cap = 5;
    for _ in 0..5 {
        h.fake.inject("/people", fake_webex::Inject::Slow(Duration::from_millis(700)));
    }
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel::<Reply<String>>();
    let worker = Worker::spawn(svc, tx);
    let cancel = Arc::new(AtomicBool::new(false));
    let sync = move |svc: &mut Service, _: &mut dyn FnMut(String)| {
        let r = svc.sync_org(None, false, &mut |_| {}, &cancel);
        format!("sync {}", if r.is_ok() { "ok" } else { "failed" })
    };
    worker.send(Job::new(sync, |_| "sync failed".into()).beside("sync"));
    let page = |svc: &mut Service, _: &mut dyn FnMut(String)| format!("page {}", svc.people().count("").unwrap_or(0));
    worker.send(Job::new(page, |_| "page failed".into()));
    let deadline = Instant::now() + Duration::from_secs(60);
    let mut order = Vec::new();
    while order.len() < 2 && Instant::now() < deadline {
        match rx.try_recv() {
            Ok(Reply::Answer(line)) => order.push(line),
            Ok(_) => {}
            Err(_) => std::thread::sleep(Duration::from_millis(10)),
        }
    }
    drop(worker);
    assert_eq!(order, vec!["page 25".to_string(), "sync ok".to_string()], "the page came while the sync ran");
    h.assert_no_violations();
}

/// A side whose requests are tried `attempts` times, 10 ms apart (a failing poll ends fast).
fn impatient_side(base: &str, attempts: u32) -> WebexSide {
    let cfg = ClientConfig {
        base_url: base.into(),
        use_env_proxy: false,
        retry: RetryPolicy {
            max_attempts: attempts,
            backoff_base: Duration::from_millis(10),
            ..RetryPolicy::default()
        },
        ..ClientConfig::default()
    };
    let client = WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN)))).expect("client");
    let mut p = Profile::webex("acme", base);
    p.keyring = false;
    p.poll_interval = Duration::from_secs(3600);
    WebexSide::new(p, AuthChoice::Env("UNUSED".into()), None).with_client(client)
}

#[test]
fn webex_out_of_reach_shows_in_the_header_at_80_columns_and_in_the_log_until_a_poll_answers() {
    let fake = fake_webex::FakeWebex::start();
    let dir = tempfile::tempdir().expect("tmp");
    let svc = synced(&dir, impatient_side(&fake.base_url, 2), &SyncOptions::default());
    // The header at 80 columns, with a clipboard whose words are long.
    let clip = Clipboard::with_writer(Mode::Osc52, Env { ssh: true, tmux: true }, Box::new(Capture::default()))
        .with_tmux(Some("external"), "tmux");
    let mut c = Harness::new(svc, clip);
    let top = |c: &Harness| c.screen().lines().next().unwrap_or_default().to_string();
    assert!(top(&c).contains("as of 2026-12-01 09:00 UTC"), "the copy's age whole: {}", top(&c));

    // Webex answers 503 to every attempt of the poll: the header says so, the log has why.
    for _ in 0..2 {
        fake.inject("people/me", fake_webex::Inject::Status(503));
    }
    assert!(c.poll_webex(), "a failed poll is news");
    let header = top(&c);
    assert!(header.contains("⚠ offline since 09:00 UTC"), "{header}");
    assert!(header.contains("as of 2026-12-01 09:00 UTC"), "the age is not cut for the clipboard: {header}");
    assert!(c.message_is_error() && c.message().contains("Webex could not be reached at 09:00 UTC"), "{}", c.message());
    let logged = c.message_log();
    assert!(logged.iter().any(|(_, text, _)| text.contains("503")), "{logged:?}");
    // The same failure again says nothing new; the mark stays.
    for _ in 0..2 {
        fake.inject("people/me", fake_webex::Inject::Status(503));
    }
    assert!(!c.poll_webex(), "the same failure twice is told once");
    assert!(top(&c).contains("⚠ offline since 09:00 UTC"));

    // Webex answers again: the mark goes, the log says since when it was out.
    assert!(c.poll_webex(), "the end of the failures is news");
    assert!(!top(&c).contains("offline"), "{}", top(&c));
    assert!(c.message().contains("Webex answers again") && c.message().contains("offline since 09:00 UTC"));
    assert!(top(&c).contains("clip: tmux buffer"), "the way the copy takes, shortened: {}", top(&c));
}

#[test]
fn wg10_a_device_webex_reports_connected_with_issues_is_online_with_a_mark_and_its_codes() {
    let fake = fake_webex::FakeWebex::start();
    let dir = tempfile::tempdir().expect("tmp");
    let svc = synced(&dir, impatient_side(&fake.base_url, 2), &SyncOptions::default());
    let target = svc.devices().list(None, "", 0, 100).expect("devices").into_iter().next().expect("a device");
    let wid = target.webex_id.clone().expect("webex id");
    {
        let mut w = fake.world();
        let dev = w.data.values_mut().flat_map(|d| d.devices.iter_mut()).find(|d| d.id == wid).expect("device");
        dev.connection_status = "connected_with_issues".into();
        dev.error_codes = vec!["esimProfileNotActive".into()];
    }
    let clip = Clipboard::with_writer(Mode::Off, Env::default(), Box::new(Capture::default()));
    let mut c = Harness::new(svc, clip);
    assert!(c.poll_webex(), "the poll sees the change");
    c.press("2");
    c.type_text("/");
    c.type_text(&target.owner_email);
    c.press("enter");
    let row = c.selected_row().unwrap_or_default();
    assert!(row.contains("● Online ⚠ issues"), "{row}");
    c.press("enter");
    let screen = c.screen();
    assert!(screen.contains("⚠ connected with issues: error codes esimProfileNotActive"), "{screen}");
}

/// WG04 on a real organisation, at 80x24: the activation details show Webex's code as given,
/// its expiry and where the email went, and tell the admin where the eSIM's QR code and SM-DP+
/// address are; no QR code of nothing, no empty "QR holds" and no "scan the QR code". In colour
/// and with NO_COLOR.
#[test]
fn golden_activation_details_of_a_real_organisation() {
    let mut world = fake_webex::world::World::seeded();
    world.clock = Some(chrono::DateTime::parse_from_rfc3339(fake_webex::home::NOW).expect("now").to_utc());
    let h = Conformant::start_with(world);
    let dir = tempfile::tempdir().expect("tmp");
    let svc = synced(&dir, side(&h.base_url, Duration::from_secs(3600)), &SyncOptions::default());
    let mut c = Harness::new(svc, Clipboard::new(Mode::Off, Env::default()));
    assert_eq!(c.size(), (80, 24));
    c.press("1");
    c.press("/");
    c.type_text("user20@");
    c.press("enter");
    c.press("a");
    for k in ["enter", "y", "enter"] {
        if c.overlay() == Some("activation") {
            break;
        }
        c.press(k);
    }
    assert_eq!(c.overlay(), Some("activation"), "{}\n{}", c.screen(), c.message());
    let screen = c.screen();
    assert!(!screen.contains("QR holds") && !screen.contains("Scan the QR"), "{screen}");
    crate::tui_support::golden::assert_screen("activation_webex", &c.render());
    c.set_colour(false);
    crate::tui_support::golden::assert_screen("activation_webex.no_color", &c.render());
    h.assert_no_violations();
}

/// On a real organisation the add asks first (it takes a licence at once): the confirmation
/// says the letter's language and `l` changes it; the activation details keep it, and the
/// letter is printed in it (the cache marks Webex's emails suppressed: nothing is emailed).
#[test]
fn a_real_organisations_add_keeps_the_letter_language_its_confirmation_shows() {
    let mut world = fake_webex::world::World::seeded();
    world.clock = Some(chrono::DateTime::parse_from_rfc3339(fake_webex::home::NOW).expect("now").to_utc());
    let h = Conformant::start_with(world);
    let dir = tempfile::tempdir().expect("tmp");
    let svc = synced(&dir, side(&h.base_url, Duration::from_secs(3600)), &SyncOptions::default());
    let letters = svc.outbox().with_file_name("letters");
    let mut c = Harness::new(svc, Clipboard::new(Mode::Off, Env::default()));
    c.set_language(wxgo::i18n::Lang::De, wxgo::i18n::bidi::Mode::Terminal);
    c.keys("1 /");
    c.type_text("user20@");
    c.keys("enter a");
    for k in ["enter", "enter"] {
        if c.overlay() == Some("confirm") {
            break;
        }
        c.press(k);
    }
    assert_eq!(c.overlay(), Some("confirm"), "{}\n{}", c.screen(), c.message());
    assert!(c.screen().contains("• Briefsprache: Deutsch"), "{}", c.screen());
    c.keys("l l");
    assert!(c.screen().contains("• Briefsprache: Українська"), "{}", c.screen());
    c.press("y");
    assert_eq!(c.overlay(), Some("activation"), "{}\n{}", c.screen(), c.message());
    assert!(c.screen().contains("Briefsprache: Українська"), "{}", c.screen());
    c.press("p");
    let texts: Vec<String> = std::fs::read_dir(&letters)
        .map(|r| r.filter_map(|e| e.ok()).map(|e| e.path()).collect::<Vec<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect();
    assert_eq!(texts.len(), 1, "{}", c.message());
    assert!(texts[0].contains("Активація Webex Go"), "the Ukrainian letter:\n{}", texts[0]);
    assert!(c.message().starts_with("Brief: "), "the console says it in German: {}", c.message());
    h.assert_no_violations();
}
