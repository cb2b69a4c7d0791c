//! The speed of the bulk device import on a real organisation (issue 17):
//! `cargo bench --bench webex_import` (add `-- --rows N --latency-ms N --429s N` to change it).
//!
//! Through the stateful fake Webex API (the tests' own, included by path) with 50 ms added to
//! every request: a 1,000-row import (1,000 people), with a few 429s (Retry-After 1 s) served
//! among the code requests, at most 8 in flight; then the same with `--serial`. Prints each
//! figure with its target, the request count, and whether every 429 was honoured (no request
//! arrived at the fake within a Retry-After after it). A bench, not a timed test: nothing here
//! fails the build.

#[path = "../tests/it/fake_webex/mod.rs"]
#[allow(dead_code, clippy::all)]
mod fake_webex;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_webex::{FakeWebex, Inject, World, CUSTOMER_TOKEN};
use wxgo::outside::profiles::Profile;
use wxgo::outside::webex::{ClientConfig, Secret, StaticToken, WebexClient};
use wxgo::outside::SystemClock;
use wxgo::service::signin::{AuthChoice, WebexSide};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{BulkOptions, EmailChoice, Options, Service};

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

fn fail(what: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("{what}: {e}");
    std::process::exit(1);
}

struct Run {
    time: Duration,
    posts: usize,
    requests: usize,
    in_flight: usize,
    added: usize,
    failed: usize,
    too_many: usize,
    honoured: bool,
}

fn run(rows: usize, latency: Duration, too_many: usize, serial: bool) -> Run {
    let fake = FakeWebex::start_with(World::large(rows, 0, rows));
    let dir = tempfile::tempdir().unwrap_or_else(|e| fail("no temp dir", e));
    let db = dir.path().join("bench.db");
    let cfg = ClientConfig { base_url: fake.base_url.clone(), use_env_proxy: false, ..ClientConfig::default() };
    let client = WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN))))
        .unwrap_or_else(|e| fail("client", e));
    let side = WebexSide::new(Profile::webex("bench", &fake.base_url), AuthChoice::Env("UNUSED".into()), None)
        .with_client(client);
    let never = AtomicBool::new(false);
    let (svc, _) = Service::sync_new(
        &Options::new(&db),
        side,
        Arc::new(SystemClock),
        &SyncOptions::default(),
        &mut |_| {},
        &never,
    )
    .unwrap_or_else(|e| fail("the first sync failed", e));

    let mut csv = String::from(
        "Username,Type,Extension,Phone Number,Device Type,Model,MAC Address,Location,Webex Go[Sub-big]\r\n",
    );
    for i in 0..rows {
        csv.push_str(&format!("user{i}@big.example,USER,,,WEBEX_CALLING,Webex Go Device,,,TRUE\r\n"));
    }
    let before = fake.requests().len();
    fake.knobs().latency = latency;
    fake.reset_max_in_flight();
    for _ in 0..too_many {
        fake.inject("devices/activationCode", Inject::TooMany(Some(1)));
    }
    let opts = BulkOptions {
        source: "bench.csv".into(),
        dry_run: false,
        email: EmailChoice::NoEmail,
        codes_file: Some(dir.path().join("codes.csv")),
    };
    let start = Instant::now();
    let report = svc
        .devices()
        .import_run(csv.as_bytes(), &opts, serial, &|| false, &mut |_| true)
        .unwrap_or_else(|e| fail("the import failed", e));
    let time = start.elapsed();
    let log = fake.requests();
    let during = &log[before..];
    // Every 429 honoured: nothing arrived at the fake between the end of the requests already in
    // flight then (one latency, and a little) and the end of its Retry-After.
    let slop = latency + Duration::from_millis(60);
    let honoured = during.iter().filter(|r| r.status == 429).all(|r| {
        let (from, to) = (r.at + slop, r.at + Duration::from_millis(950));
        !during.iter().any(|x| x.at > from && x.at < to)
    });
    Run {
        time,
        posts: during.iter().filter(|r| r.method == "POST").count(),
        requests: during.len(),
        in_flight: fake.max_in_flight(),
        added: report.added,
        failed: report.failed,
        too_many: during.iter().filter(|r| r.status == 429).count(),
        honoured,
    }
}

fn main() {
    let rows = arg("--rows", 1000);
    let latency = Duration::from_millis(arg("--latency-ms", 50) as u64);
    let too_many = arg("--429s", 3);
    println!(
        "wxgo devices import on a real organisation, through the fake Webex API: {rows} rows, +{} ms per request, {too_many} 429s served",
        latency.as_millis()
    );
    let wide = run(rows, latency, too_many, false);
    println!();
    figure(
        &format!("{rows}-row import, at most 8 in flight"),
        format!("{:.1} s", wide.time.as_secs_f64()),
        "<= 15 s",
        Some(wide.time <= Duration::from_secs(15)),
    );
    figure("  most requests in flight", wide.in_flight.to_string(), "<= 8", Some(wide.in_flight <= 8));
    figure(
        "  every 429 honoured",
        format!("{} of {}", if wide.honoured { wide.too_many } else { 0 }, wide.too_many),
        "all",
        Some(wide.honoured),
    );
    figure("  devices added", wide.added.to_string(), &rows.to_string(), Some(wide.added == rows && wide.failed == 0));
    figure(
        "  code requests (POST)",
        wide.posts.to_string(),
        &format!("{}", rows + wide.too_many),
        Some(wide.posts == rows + wide.too_many),
    );
    figure("  requests in all", wide.requests.to_string(), "-", None);

    let serial = run(rows, latency, too_many, true);
    let floor = latency * rows as u32;
    figure(
        &format!("{rows}-row import, --serial"),
        format!("{:.1} s", serial.time.as_secs_f64()),
        &format!("~{:.0} s", floor.as_secs_f64()),
        None,
    );
    figure("  most requests in flight", serial.in_flight.to_string(), "1", Some(serial.in_flight == 1));
    figure(
        "  every 429 honoured",
        format!("{} of {}", if serial.honoured { serial.too_many } else { 0 }, serial.too_many),
        "all",
        Some(serial.honoured),
    );
    figure(
        "  devices added",
        serial.added.to_string(),
        &rows.to_string(),
        Some(serial.added == rows && serial.failed == 0),
    );
    figure(
        "  code requests (POST)",
        serial.posts.to_string(),
        &format!("{}", rows + serial.too_many),
        Some(serial.posts == rows + serial.too_many),
    );
    figure("  requests in all", serial.requests.to_string(), "-", None);
}
