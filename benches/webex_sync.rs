//! The speed of `wxgo sync` (issue 16): `cargo bench --bench webex_sync` (add `-- --people N
//! --devices N --numbers N --latency-ms N` to change the organisation).
//!
//! Through the stateful fake Webex API (the tests' own, included by path) with 50 ms added to
//! every request, on a 100k-person, 50k-device, 150k-number organisation. Prints each figure
//! with its target: the time until users are listed (the first page of people in the cache),
//! the whole sync, the most requests in flight, the request count, and re-opening from the cache.
//! A bench, not a timed test: nothing here fails the build.

#[path = "../tests/it/fake_webex/mod.rs"]
#[allow(dead_code, clippy::all)]
mod fake_webex;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_webex::{FakeWebex, World, CUSTOMER_TOKEN};
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::outside::profiles::Profile;
use wxgo::outside::webex::{ClientConfig, Secret, StaticToken, WebexClient};
use wxgo::outside::SystemClock;
use wxgo::service::signin::{AuthChoice, WebexSide};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{Options, Service};
use wxgo::tui::harness::Harness;

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn figure(what: &str, value: String, target: &str, met: Option<bool>) {
    let verdict = match met {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "",
    };
    println!("{what:<44} {value:>12}   target {target:<10} {verdict}");
}

fn main() {
    let (people, devices, numbers) = (arg("--people", 100_000), arg("--devices", 50_000), arg("--numbers", 150_000));
    let latency = Duration::from_millis(arg("--latency-ms", 50) as u64);
    println!("wxgo sync through the fake Webex API: {people} people, {devices} devices, {numbers} numbers, +{} ms per request", latency.as_millis());
    let built = Instant::now();
    let fake = FakeWebex::start_with(World::large(people, devices, numbers));
    fake.knobs().latency = latency;
    println!("(fake organisation built in {:.1} s)", built.elapsed().as_secs_f64());

    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("no temp dir: {e}");
            std::process::exit(1);
        }
    };
    let db = dir.path().join("bench.db");
    let cfg = ClientConfig { base_url: fake.base_url.clone(), use_env_proxy: false, ..ClientConfig::default() };
    let client = match WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN)))) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("client: {e}");
            std::process::exit(1);
        }
    };
    let side = WebexSide::new(Profile::webex("bench", &fake.base_url), AuthChoice::Env("UNUSED".into()), None)
        .with_client(client);
    let never = AtomicBool::new(false);
    let start = Instant::now();
    let mut users_listed: Option<Duration> = None;
    let reader_db = db.clone();
    let mut progress = |p: &wxgo::service::sync::SyncProgress| {
        if users_listed.is_none() && p.counts.get("people").copied().unwrap_or(0) > 0 {
            // What the console would show: a separate connection lists the first page of users.
            if let Ok(c) = rusqlite::Connection::open(&reader_db) {
                let listed: i64 =
                    c.query_row("SELECT count(*) FROM (SELECT id FROM users LIMIT 50)", [], |r| r.get(0)).unwrap_or(0);
                if listed > 0 {
                    users_listed = Some(start.elapsed());
                }
            }
        }
    };
    let result = Service::sync_new(
        &Options::new(&db),
        side,
        Arc::new(SystemClock),
        &SyncOptions::default(),
        &mut progress,
        &never,
    );
    let whole = start.elapsed();
    let (svc, report) = match result {
        Ok(r) => r,
        Err(e) => {
            eprintln!("the sync failed: {e}");
            std::process::exit(1);
        }
    };
    drop(svc);
    let requests = fake.requests().len();
    let in_flight = fake.max_in_flight();
    let reopen = Instant::now();
    let side = WebexSide::new(Profile::webex("bench", &fake.base_url), AuthChoice::Env("UNUSED".into()), None);
    let first_page = Service::open_webex(&Options::new(&db), side, Arc::new(SystemClock))
        .and_then(|s| s.people().list("", 0, 50).map(|u| (s, u.len())));
    let reopened = reopen.elapsed();
    // The console's first frame on the cache: open, lay out at 80x24, read the first window of
    // users and draw it (what an on-call admin waits for after `wxgo`).
    let frame_started = Instant::now();
    let side = WebexSide::new(Profile::webex("bench", &fake.base_url), AuthChoice::Env("UNUSED".into()), None);
    let first_frame = Service::open_webex(&Options::new(&db), side, Arc::new(SystemClock)).map(|s| {
        let clip = Clipboard::new(Mode::Off, Env { ssh: false, tmux: false });
        let console = Harness::new(s, clip);
        let screen = console.screen();
        (frame_started.elapsed(), screen.contains("@"))
    });

    println!();
    match users_listed {
        Some(t) => figure(
            "users listed after the sync started",
            format!("{:.2} s", t.as_secs_f64()),
            "<= 3 s",
            Some(t <= Duration::from_secs(3)),
        ),
        None => figure("users listed after the sync started", "never".into(), "<= 3 s", Some(false)),
    }
    figure("whole sync", format!("{:.1} s", whole.as_secs_f64()), "<= 60 s", Some(whole <= Duration::from_secs(60)));
    figure("most requests in flight", in_flight.to_string(), "<= 8", Some(in_flight <= 8));
    figure("requests", requests.to_string(), "-", None);
    figure("pages", report.pages.to_string(), "-", None);
    match first_page {
        Ok((_, n)) => figure(
            &format!("re-open from the cache + first {n} users"),
            format!("{:.0} ms", reopened.as_secs_f64() * 1000.0),
            "<= 100 ms",
            Some(reopened <= Duration::from_millis(100)),
        ),
        Err(e) => println!("re-opening the cache failed: {e}"),
    }
    match first_frame {
        Ok((t, shows_users)) => figure(
            "console's first frame from the cache",
            format!("{:.0} ms", t.as_secs_f64() * 1000.0),
            "<= 100 ms",
            Some(t <= Duration::from_millis(100) && shows_users),
        ),
        Err(e) => println!("opening the console on the cache failed: {e}"),
    }
    for p in &report.parts {
        println!(
            "  {:<11} {:>7}{}",
            p.resource,
            p.items,
            p.note.as_deref().map(|n| format!("  ({n})")).unwrap_or_default()
        );
    }
}
