//! The speed of `wxgo sync` at the scale of a real organisation (issues 16 and 27):
//! `cargo bench --bench webex_sync` (add `-- --people N --devices N --numbers N --locations N
//! --latency-ms N` to change the organisation, and `--ids-without-locations` for a Webex whose
//! answers by `id=` carry no locations: then everyone is read location by location).
//!
//! The real binary (`wxgo sync --json`, the bench build) against the stateful fake Webex API (the
//! tests' own, included by path), which keeps the page limits of Webex's specs (people: 100 a page
//! with calling data, 50 with a location), with 50 ms added to every request: 100,000 people in
//! 100 locations (the head office a tenth of them, one person in twenty in no location), 26,667
//! Webex Go devices, 80,000 numbers. Measured from outside the process, as the admin feels it:
//! - the first sync, spawn to exit; the time until users are listed (a separate connection reads
//!   the first page of users from the cache while it runs);
//! - a second sync with nothing changed;
//! - the peak memory of each (the process's VmHWM, sampled every 5 ms);
//! - requests, the most in flight; and the 1,000,000-person figures projected from the request
//!   counts (every listing grows with the organisation).
//!
//! Then re-opening the cache and the console's first frame, in this process. A bench, not a
//! timed test: nothing here fails the build.

#[path = "../tests/it/fake_webex/mod.rs"]
#[allow(dead_code, clippy::all)]
mod fake_webex;

use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use fake_webex::world::Spread;
use fake_webex::{FakeWebex, World, CUSTOMER_TOKEN};
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::outside::profiles::Profile;
use wxgo::outside::SystemClock;
use wxgo::service::signin::{AuthChoice, WebexSide};
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
    println!("{what:<46} {value:>12}   target {target:<12} {verdict}");
}

/// A run of `wxgo sync --json` as the admin starts it: its wall time, when users were first
/// listed from the cache, its peak memory, and its report.
struct Run {
    wall: Duration,
    users_listed: Option<Duration>,
    peak_kb: u64,
    report: serde_json::Value,
}

fn peak_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn sync(home: &Path, db: &Path) -> Result<Run, String> {
    let started = Instant::now();
    // WXGO_BENCH_WRAP="perf record -g -o FILE" runs wxgo under a profiler (its memory is then
    // the profiler's).
    let wrap: Vec<String> =
        std::env::var("WXGO_BENCH_WRAP").unwrap_or_default().split_whitespace().map(String::from).collect();
    let mut cmd = match wrap.split_first() {
        Some((first, rest)) => {
            let mut c = Command::new(first);
            c.args(rest).arg(env!("CARGO_BIN_EXE_wxgo"));
            c
        }
        None => Command::new(env!("CARGO_BIN_EXE_wxgo")),
    };
    // WXGO_BENCH_TRACE=FILE: every request with its time (wxgo's --trace).
    if let Ok(t) = std::env::var("WXGO_BENCH_TRACE") {
        cmd.args(["--trace", &t]);
    }
    let mut child = cmd
        .args(["sync", "--json"])
        .env("HOME", home)
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env("WEBEX_TOKEN", CUSTOMER_TOKEN)
        .env("NO_COLOR", "1")
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
        .env_remove("WXGO_NOW")
        .env_remove("HTTPS_PROXY")
        .env_remove("HTTP_PROXY")
        .env_remove("ALL_PROXY")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start wxgo: {e}"))?;
    let (mut users_listed, mut peak) = (None, 0);
    let mut reader: Option<rusqlite::Connection> = None;
    loop {
        if let Some(kb) = peak_kb(child.id()) {
            peak = peak.max(kb);
        }
        if users_listed.is_none() {
            if reader.is_none() && db.exists() {
                reader = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).ok();
            }
            let listed: i64 = reader
                .as_ref()
                .and_then(|c| {
                    c.query_row("SELECT count(*) FROM (SELECT id FROM users LIMIT 50)", [], |r| r.get(0)).ok()
                })
                .unwrap_or(0);
            if listed > 0 {
                users_listed = Some(started.elapsed());
            }
        }
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("waiting for wxgo: {e}")),
        }
    }
    let wall = started.elapsed();
    let out = child.wait_with_output().map_err(|e| format!("wxgo's output: {e}"))?;
    if !out.status.success() {
        return Err(format!("wxgo sync failed: {}", String::from_utf8_lossy(&out.stderr)));
    }
    let report = serde_json::from_slice(&out.stdout).map_err(|e| format!("wxgo's report: {e}"))?;
    Ok(Run { wall, users_listed, peak_kb: peak, report })
}

fn main() {
    let spread = Spread {
        people: arg("--people", 100_000),
        devices: arg("--devices", 26_667),
        numbers: arg("--numbers", 80_000),
        locations: arg("--locations", 100),
    };
    let latency = Duration::from_millis(arg("--latency-ms", 50) as u64);
    println!(
        "wxgo sync through the fake Webex API (the specs' page limits): {} people in {} locations, {} devices, {} \
         numbers, +{} ms per request",
        spread.people,
        spread.locations,
        spread.devices,
        spread.numbers,
        latency.as_millis()
    );
    let built = Instant::now();
    let fake = FakeWebex::start_with(World::spread(spread));
    fake.knobs().latency = latency;
    let located_way = std::env::args().any(|a| a == "--ids-without-locations");
    fake.knobs().ids_without_locations = located_way;
    if located_way {
        println!("(answers by id= carry no locations: everyone is read location by location)");
    }
    println!("(fake organisation built in {:.1} s)", built.elapsed().as_secs_f64());

    let dir = match tempfile::tempdir() {
        Ok(d) => d,
        Err(e) => {
            eprintln!("no temp dir: {e}");
            std::process::exit(1);
        }
    };
    let home = dir.path();
    let config = format!(
        "default_profile = \"bench\"\n[profiles.bench]\nbackend = \"webex\"\nbase_url = \"{}\"\nkeyring = false\n",
        fake.base_url
    );
    if let Err(e) = std::fs::create_dir_all(home.join("config/wxgo"))
        .and_then(|_| std::fs::write(home.join("config/wxgo/config.toml"), config))
    {
        eprintln!("cannot write the profile: {e}");
        std::process::exit(1);
    }
    let db = home.join("data/wxgo/profiles/bench.db");

    let first = match sync(home, &db) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("the first sync failed: {e}");
            std::process::exit(1);
        }
    };
    let first_requests = fake.requests().len();
    let first_in_flight = fake.max_in_flight();
    fake.reset_max_in_flight();
    let second = match sync(home, &db) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("the second sync failed: {e}");
            std::process::exit(1);
        }
    };
    let second_requests = fake.requests().len() - first_requests;
    let second_in_flight = fake.max_in_flight();

    let reopen = Instant::now();
    let side = || WebexSide::new(Profile::webex("bench", &fake.base_url), AuthChoice::Env("UNUSED".into()), None);
    let first_page = Service::open_webex(&Options::new(&db), side(), Arc::new(SystemClock))
        .and_then(|s| s.people().list("", 0, 50).map(|u| (s, u.len())));
    let reopened = reopen.elapsed();
    // The console's first frame on the cache: open, lay out at 80x24, read the first window of
    // users and draw it (what an on-call admin waits for after `wxgo`).
    let frame_started = Instant::now();
    let first_frame = Service::open_webex(&Options::new(&db), side(), Arc::new(SystemClock)).map(|s| {
        let clip = Clipboard::new(Mode::Off, Env { ssh: false, tmux: false });
        let console = Harness::new(s, clip);
        let screen = console.screen();
        (frame_started.elapsed(), screen.contains("@"))
    });

    let secs = |d: Duration| format!("{:.2} s", d.as_secs_f64());
    let mb = |kb: u64| kb as f64 / 1024.0;
    println!();
    match first.users_listed {
        Some(t) => figure("first sync: users listed after", secs(t), "<= 3 s", Some(t <= Duration::from_secs(3))),
        None => figure("first sync: users listed after", "never".into(), "<= 3 s", Some(false)),
    }
    figure("first sync of everyone", secs(first.wall), "<= 20 s (10)", Some(first.wall <= Duration::from_secs(20)));
    figure(
        "  its requests / most in flight",
        format!("{first_requests} / {first_in_flight}"),
        "<= 8",
        Some(first_in_flight <= 8),
    );
    figure("  its peak memory", format!("{:.0} MB", mb(first.peak_kb)), "<= 100 MB", Some(mb(first.peak_kb) <= 100.0));
    figure(
        "second sync, nothing changed",
        secs(second.wall),
        "<= 5 s (2)",
        Some(second.wall <= Duration::from_secs(5)),
    );
    figure(
        "  its requests / most in flight",
        format!("{second_requests} / {second_in_flight}"),
        "<= 8",
        Some(second_in_flight <= 8),
    );
    figure(
        "  its peak memory",
        format!("{:.0} MB", mb(second.peak_kb)),
        "<= 100 MB",
        Some(mb(second.peak_kb) <= 100.0),
    );
    println!(
        "  how people were read: first {} ({}), second {} ({} read again)",
        first.report["people_read"].as_str().unwrap_or("?"),
        first.report["why_everyone"].as_str().unwrap_or("-"),
        second.report["people_read"].as_str().unwrap_or("?"),
        second.report["people_read_again"]
    );
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

    // 1,000,000 people, projected: every listing grows with the organisation, so the requests
    // grow tenfold, and at 8 in flight each costs an eighth of the latency (the floor the
    // measured time is compared with: what is above it is this machine's work).
    let scale = 1_000_000.0 / spread.people.max(1) as f64;
    let floor = |requests: usize| requests as f64 / 8.0 * latency.as_secs_f64();
    println!();
    println!("{:<46} {:>12} {:>12} {:>14}", "", "requests", "floor (8 in flight)", "measured");
    for (what, requests, wall) in
        [("first sync", first_requests, first.wall), ("second sync", second_requests, second.wall)]
    {
        println!(
            "{:<46} {:>12} {:>12.1} s {:>12.1} s",
            format!("{what}, {} people", spread.people),
            requests,
            floor(requests),
            wall.as_secs_f64()
        );
        let projected = (requests as f64 * scale).round() as usize;
        let time = wall.as_secs_f64() * scale;
        println!(
            "{:<46} {:>12} {:>12.1} s {:>12.1} s (projected)",
            format!("{what}, 1,000,000 people"),
            projected,
            floor(projected),
            time
        );
    }
    // What the binary holds doing nothing (`wxgo --version`) stays; the rest grows with the people.
    let base = Command::new(env!("CARGO_BIN_EXE_wxgo"))
        .arg("--version")
        .stdout(Stdio::null())
        .spawn()
        .ok()
        .map(|mut c| {
            let mut kb = 0;
            while c.try_wait().ok().flatten().is_none() {
                kb = kb.max(peak_kb(c.id()).unwrap_or(0));
                std::thread::sleep(Duration::from_millis(1));
            }
            kb
        })
        .unwrap_or(0);
    for (what, kb) in [("first", first.peak_kb), ("second", second.peak_kb)] {
        println!(
            "{:<46} {:>12}",
            format!("peak memory of a {what} sync, 1,000,000 people"),
            format!("~{:.0} MB (projected)", mb(base) + (mb(kb) - mb(base)).max(0.0) * scale)
        );
    }
    for p in first.report["parts"].as_array().into_iter().flatten() {
        println!("  {:<11} {:>7}", p["resource"].as_str().unwrap_or("?"), p["items"]);
    }
}
