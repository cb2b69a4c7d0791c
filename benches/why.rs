//! "Why can't this user call?" on a demo organisation of 100,000 users: `cargo bench --bench why`.
//!
//! The target: the view opens in at most 50 ms. Timed two ways, each on people of every kind
//! (an expired code, an Offline device, a BroadWorks subscriber in error, nothing wrong) and
//! for every kind of query (email, E.164, the national form, an extension):
//! - `report/*`: the service's report alone (`svc.why`), what `wxgo why` and the console ask;
//! - `open_view/*`: the console's `y` on a row and the frame it draws (80x24), Esc untimed;
//! - `outside/*` (in the summary): as the admin feels it, from outside the process: this build's
//!   wxgo in a pseudo-terminal at 80x24 on the same organisation, `y` written to it and the time
//!   until the screen shows the report (its causes, or that none was found).
//!
//! Criterion's figures first, then a summary of the medians and the 95th percentiles with their
//! ratio to the target. (The organisation is built once into a temporary folder: 100k users take
//! a few seconds, said on stderr.)

#[path = "../tests/it/tui_support/pty.rs"]
mod pty;

use std::ffi::OsStr;
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use criterion::{criterion_group, Criterion};
use wxgo::domain::DeviceStatus;
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::outside::{Clock, FixedClock};
use wxgo::service::{demo, Options, Service};
use wxgo::tui::harness::Harness;

const USERS: usize = 100_000;
const NOW: &str = "2026-11-22T09:00:00Z";
const TARGET: Duration = Duration::from_millis(50);
/// A step of the console in the pseudo-terminal that takes longer than this has failed.
const WAIT: Duration = Duration::from_secs(60);

struct Fixture {
    dir: tempfile::TempDir,
    db: PathBuf,
    /// (case, query)
    queries: Vec<(&'static str, String)>,
}

static FIXTURE: OnceLock<Fixture> = OnceLock::new();

fn clock() -> Arc<dyn Clock> {
    Arc::new(FixedClock::parse(NOW).expect("a fixed time"))
}

fn open(db: &Path) -> Service {
    Service::open(&Options::new(db), clock()).expect("open the service")
}

fn fixture() -> &'static Fixture {
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = dir.path().join("org.db");
        let t = Instant::now();
        let s = demo::create(&db, USERS, false, clock().now()).expect("build the demo organisation");
        eprintln!("built {} users, {} devices in {:.1} s", s.users, s.devices, t.elapsed().as_secs_f64());
        let svc = open(&db);
        // People near the end of the lists: no early exit helps them.
        let devices = svc.devices().list(None, "", 0, usize::MAX >> 1).expect("devices");
        let last = |f: &dyn Fn(&wxgo::service::DeviceRow) -> bool| {
            devices.iter().rev().find(|d| f(d)).map(|d| d.owner_email.clone()).expect("a device of that kind")
        };
        let expired = last(&|d| d.code_state == "expired");
        // A US number: its national form is what people type there.
        let offline =
            last(&|d| d.status == DeviceStatus::Offline && d.number.as_deref().is_some_and(|n| n.starts_with("+1")));
        let fine = last(&|d| d.status == DeviceStatus::Online && d.kind == wxgo::domain::DeviceKind::Byod);
        let user = svc.people().get(&offline).expect("the offline device's owner");
        let e164 = user.primary_number.clone().expect("a primary number");
        let national = format!("({}) {}-{}", &e164[2..5], &e164[5..8], &e164[8..]);
        let ext = user.extension.clone().expect("an extension");
        let bw = svc
            .broadworks()
            .list(true, "", 0, 1)
            .expect("subscribers")
            .into_iter()
            .next()
            .map(|s| s.broadworks_user_id)
            .expect("a subscriber in error");
        let queries = vec![
            ("expired_code_by_email", expired),
            ("offline_by_email", offline),
            ("nothing_wrong_by_email", fine),
            ("broadworks_error_by_id", bw),
            ("offline_by_e164", e164),
            ("offline_by_national_number", national),
            ("offline_by_extension", ext),
        ];
        for (case, q) in &queries {
            svc.why(q).unwrap_or_else(|e| panic!("{case}: {e}"));
        }
        Fixture { dir, db, queries }
    })
}

fn report(c: &mut Criterion) {
    let fx = fixture();
    let svc = open(&fx.db);
    let mut g = c.benchmark_group("report");
    g.sample_size(30).measurement_time(Duration::from_secs(3));
    for (case, q) in &fx.queries {
        g.bench_function(*case, |b| b.iter(|| black_box(svc.why(q).expect("the report"))));
    }
    g.finish();
}

/// The console on the row of `query`'s person (filtered to it, untimed), then `y` and its frame.
fn open_view(c: &mut Criterion) {
    let fx = fixture();
    let mut h = Harness::new(open(&fx.db), Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }));
    let mut g = c.benchmark_group("open_view");
    g.sample_size(30).measurement_time(Duration::from_secs(3));
    for (case, q) in fx.queries.iter().filter(|(c, _)| c.ends_with("by_email")) {
        h.keys("1 esc /");
        h.type_text(q);
        h.press("enter");
        g.bench_function(*case, |b| {
            b.iter_custom(|n| {
                let mut total = Duration::ZERO;
                for _ in 0..n {
                    let t = Instant::now();
                    h.press("y");
                    black_box(h.render());
                    total += t.elapsed();
                    assert_eq!(h.overlay(), Some("why"));
                    h.press("esc");
                }
                total
            })
        });
    }
    g.finish();
}

/// Waits until the console uses no CPU over 200 ms (at most two minutes): once idle, the worker
/// indexes the users, and `y` is timed after that, as the admin who has looked at a list would.
fn settle(c: &pty::Console) {
    std::thread::sleep(Duration::from_millis(600));
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut last = c.cpu();
    while Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(200));
        let now = c.cpu();
        if now.is_none() || now == last {
            return;
        }
        last = now;
    }
}

/// The screen shows the why view with its report (not "reading…").
fn report_shown(screen: &str) -> bool {
    screen.contains("Why? ") && (screen.contains("Likely causes") || screen.contains("No cause found"))
}

/// `y` from outside the process, `runs` times for each person found by email: this build's wxgo
/// in a pseudo-terminal (80x24, read-only), the person's row filtered to (untimed), then `y`
/// written and the time until the screen shows the report; Esc and the quiet after it untimed.
fn outside(runs: usize) -> Vec<(String, Vec<Duration>)> {
    let fx = fixture();
    let config = fx.dir.path().join("config");
    let args = [
        OsStr::new("--db"),
        fx.db.as_os_str(),
        OsStr::new("--read-only"),
        OsStr::new("--clipboard"),
        OsStr::new("off"),
    ];
    let env = [("XDG_CONFIG_HOME", config.as_os_str()), ("WXGO_NOW", OsStr::new(NOW))];
    let mut c = pty::Console::start(OsStr::new(env!("CARGO_BIN_EXE_wxgo")), &args, &env, 80, 24);
    c.wait_screen("the first rows", WAIT, |s| s.contains("@"));
    settle(&c);
    let quiet = |c: &pty::Console, ms: u64| {
        let _ = c.wait_quiet(Duration::from_millis(ms), WAIT);
    };
    let mut out = Vec::new();
    for (case, q) in fx.queries.iter().filter(|(c, _)| c.ends_with("by_email")) {
        // The Users pane, its filter opened and cleared (Ctrl-U: an Esc could merge with the
        // next key into Alt-), then the person's email as the filter.
        for keys in [&b"1"[..], b"/", b"\x15"] {
            c.keys(keys);
            quiet(&c, 100);
        }
        c.keys(q.as_bytes());
        c.keys(b"\r");
        let said = format!("filter \"{q}\": ");
        c.wait_screen("the filter's rows", WAIT, |s| s.contains(&said));
        quiet(&c, 150);
        let mut times = Vec::with_capacity(runs);
        for _ in 0..runs {
            quiet(&c, 50);
            let at = c.keys(b"y");
            let shown = c
                .wait(WAIT, |o| report_shown(&o.parser.screen().contents()))
                .map(|o| o.reads.last().map(|r| r.1).unwrap_or_else(Instant::now))
                .unwrap_or_else(|e| panic!("{case}: y showed no report: {e}"));
            times.push(shown.saturating_duration_since(at));
            c.keys(b"\x1b");
            c.wait_screen("the view closed", WAIT, |s| !s.contains("Why? "));
        }
        out.push((format!("outside/{case}"), times));
    }
    c.keys(b"q");
    c.wait_exit(WAIT);
    out
}

/// Medians and 95th percentiles of `runs` timings of `f`, with their ratio to the target.
fn summary() {
    let fx = fixture();
    let svc = open(&fx.db);
    let mut h = Harness::new(open(&fx.db), Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }));
    let runs = 50;
    let stats = |mut t: Vec<Duration>| {
        t.sort();
        (t[t.len() / 2], t[t.len() * 95 / 100])
    };
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    eprintln!("\nwhy at {USERS} users (target: opens in <= {} ms)", TARGET.as_millis());
    eprintln!("{:<40} {:>9} {:>9} {:>8}", "case", "median", "p95", "p95/tgt");
    let mut worst = Duration::ZERO;
    for (case, q) in &fx.queries {
        let t: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                black_box(svc.why(q).expect("the report"));
                t.elapsed()
            })
            .collect();
        let (med, p95) = stats(t);
        worst = worst.max(p95);
        eprintln!(
            "{:<40} {:>7.2}ms {:>7.2}ms {:>7.2}",
            format!("report/{case}"),
            ms(med),
            ms(p95),
            ms(p95) / ms(TARGET)
        );
    }
    for (case, q) in fx.queries.iter().filter(|(c, _)| c.ends_with("by_email")) {
        h.keys("1 esc /");
        h.type_text(q);
        h.press("enter");
        let t: Vec<Duration> = (0..runs)
            .map(|_| {
                let t = Instant::now();
                h.press("y");
                black_box(h.render());
                let e = t.elapsed();
                h.press("esc");
                e
            })
            .collect();
        let (med, p95) = stats(t);
        worst = worst.max(p95);
        eprintln!(
            "{:<40} {:>7.2}ms {:>7.2}ms {:>7.2}",
            format!("open_view/{case}"),
            ms(med),
            ms(p95),
            ms(p95) / ms(TARGET)
        );
    }
    for (case, t) in outside(30) {
        let (med, p95) = stats(t);
        worst = worst.max(p95);
        eprintln!("{:<40} {:>7.2}ms {:>7.2}ms {:>7.2}", case, ms(med), ms(p95), ms(p95) / ms(TARGET));
    }
    eprintln!(
        "worst p95 {:.2} ms: {} the {} ms target ({:.2} of it)",
        ms(worst),
        if worst <= TARGET { "within" } else { "OVER" },
        TARGET.as_millis(),
        ms(worst) / ms(TARGET)
    );
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1));
    targets = report, open_view
}

// `criterion_main!`, the summary, and then the temporary folder is removed.
fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    summary();
    if let Some(fx) = FIXTURE.get() {
        let _ = std::fs::remove_dir_all(fx.dir.path());
    }
}
