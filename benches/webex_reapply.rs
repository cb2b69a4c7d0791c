//! The speed of re-applying a licence template on a real organisation (issue 17):
//! `cargo bench --bench webex_reapply` (add `-- --users N --latency-ms N --serial` to change it).
//!
//! Through the stateful fake Webex API (the tests' own, included by path) with 50 ms added to
//! every request: 10,000 people without Webex Calling, each with a work number of the inventory,
//! and an organisation-wide template that grants Calling. The re-apply sends one
//! `PATCH /licenses/users` per person, at most 8 in flight (`--serial`: one), and writes each
//! answer to the cache with its journal step. Prints the time, the requests per second and the
//! most requests in flight. A bench, not a timed test: nothing here fails the build.

#[path = "../tests/it/fake_webex/mod.rs"]
#[allow(dead_code, clippy::all)]
mod fake_webex;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_webex::{FakeWebex, World, CUSTOMER_TOKEN};
use wxgo::outside::profiles::Profile;
use wxgo::outside::webex::{ClientConfig, Secret, StaticToken, WebexClient};
use wxgo::outside::SystemClock;
use wxgo::service::signin::{AuthChoice, WebexSide};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{Options, RunOptions, Service, TemplateSpec};

fn arg(name: &str, default: usize) -> usize {
    let args: Vec<String> = std::env::args().collect();
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).and_then(|v| v.parse().ok()).unwrap_or(default)
}

fn fail(what: &str, e: impl std::fmt::Display) -> ! {
    eprintln!("{what}: {e}");
    std::process::exit(1);
}

fn main() {
    let users = arg("--users", 10_000);
    let latency = Duration::from_millis(arg("--latency-ms", 50) as u64);
    let serial = std::env::args().any(|a| a == "--serial");
    println!(
        "wxgo licences reapply through the fake Webex API: {users} people without Webex Calling, +{} ms per request{}",
        latency.as_millis(),
        if serial { ", --serial" } else { "" }
    );
    // Everyone but the admin without a licence; each has a work number of the inventory.
    let mut world = World::large(users + 1, 0, users + 1);
    for d in world.data.values_mut() {
        for p in d.people.iter_mut().skip(1) {
            p.licenses.clear();
        }
        d.licenses[0].total_units = users as u64 + 10;
        d.licenses[0].consumed_units = 1;
        d.licenses[0].consumed_by_users = 1;
    }
    let fake = FakeWebex::start_with(world);
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
    let spec = TemplateSpec { name: "Everyone".into(), group: Some(None), grants_calling: Some(true), licences: None };
    svc.licences().save_template(&spec).unwrap_or_else(|e| fail("template", e));

    fake.knobs().latency = latency;
    fake.shared.max_in_flight.store(0, Ordering::SeqCst);
    let before = fake.requests().len();
    let started = Instant::now();
    let opts = RunOptions { dry_run: false, serial };
    let report = svc
        .licences()
        .reapply_with("Everyone", true, None, &opts, &mut |_, _| true)
        .unwrap_or_else(|e| fail("the re-apply failed", e));
    let took = started.elapsed();
    let requests = fake.requests().len() - before;
    let patches = fake.count("PATCH", "/licenses/users");
    println!();
    println!("{:<44} {:>12}", "users licensed", report.calling.provisioned);
    println!("{:<44} {:>12}", "users failed", report.run.failed);
    println!("{:<44} {:>10.1} s", "re-apply, start to last answer cached", took.as_secs_f64());
    println!("{:<44} {:>12}", "requests (PATCH /licenses/users)", format!("{requests} ({patches})"));
    println!("{:<44} {:>10.1}/s", "requests per second", requests as f64 / took.as_secs_f64());
    println!("{:<44} {:>12}   limit {}", "most requests in flight", fake.max_in_flight(), if serial { 1 } else { 8 });
    let floor = latency.as_secs_f64() * (users as f64 / if serial { 1.0 } else { 8.0 });
    println!("{:<44} {:>10.1} s", "floor: users x latency / width", floor);
}
