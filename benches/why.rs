//! "Why can't this user call?" on a demo organisation of 100,000 users: `cargo bench --bench why`.
//!
//! The target: the view opens in at most 50 ms. Timed two ways, each on people of every kind
//! (an expired code, an Offline device, a BroadWorks subscriber in error, nothing wrong) and
//! for every kind of query (email, E.164, the national form, an extension):
//! - `report/*`: the service's report alone (`svc.why`), what `wxgo why` and the console ask;
//! - `open_view/*`: the console's `y` on a row and the frame it draws (80x24), Esc untimed.
//!
//! Criterion's figures first, then a summary of the medians and the 95th percentiles with their
//! ratio to the target. (The organisation is built once into a temporary folder: 100k users take
//! a while, said on stderr.)

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
