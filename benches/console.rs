//! Criterion benchmarks of the console on a demo organisation of 10,000 users:
//! `cargo bench --bench console`.
//!
//! The organisation is built once into a temporary folder, with a pristine copy for the bulk
//! import. Each keystroke benchmark times one key and the frame it leads to, then puts the
//! console back where it was with an untimed key, so every iteration starts from the same state.

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use criterion::{criterion_group, BatchSize, Criterion, Throughput};
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::outside::{Clock, FixedClock};
use wxgo::service::{demo, BulkOptions, EmailChoice, Options, Service};
use wxgo::tui::harness::Harness;

const USERS: usize = 10_000;
const IMPORT_ROWS: usize = 1_000;
const NOW: &str = "2026-11-22T09:00:00Z";

/// The organisation, built once for the whole run.
struct Fixture {
    dir: tempfile::TempDir,
    /// The organisation the console benchmarks open.
    db: PathBuf,
    /// A checkpointed single-file copy taken before any benchmark ran: each import starts from it.
    pristine: PathBuf,
    /// A devices CSV of `IMPORT_ROWS` users who can take a device.
    csv: String,
}

static FIXTURE: OnceLock<Fixture> = OnceLock::new();

fn clock() -> Arc<dyn Clock> {
    Arc::new(FixedClock::parse(NOW).expect("a fixed time"))
}

fn open(db: &Path) -> Service {
    Service::open(&Options::new(db), clock()).expect("open the service")
}

fn harness(svc: Service) -> Harness {
    Harness::new(svc, Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }))
}

fn fixture() -> &'static Fixture {
    FIXTURE.get_or_init(|| {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let db = dir.path().join("org.db");
        let t = Instant::now();
        let s = demo::create(&db, USERS, false, clock().now()).expect("build the demo organisation");
        eprintln!(
            "built {} users, {} numbers, {} devices in {:.1} s",
            s.users,
            s.numbers,
            s.devices,
            t.elapsed().as_secs_f64()
        );
        let pristine = dir.path().join("pristine.db");
        rusqlite::Connection::open(&db)
            .and_then(|c| c.execute("VACUUM INTO ?1", [pristine.display().to_string()]))
            .expect("copy the organisation");
        let csv = wxgo::cli::bench::import_file(&open(&pristine), IMPORT_ROWS).expect("the devices CSV");
        Fixture { dir, db, pristine, csv }
    })
}

/// Open the service on the database and draw the first frame of the Users pane (80x24), as
/// `wxgo first-frame` does, less the process start.
fn first_frame(c: &mut Criterion) {
    let fx = fixture();
    let mut g = c.benchmark_group("startup");
    g.sample_size(10).measurement_time(Duration::from_secs(8));
    g.bench_function("first_frame_users_80x24", |b| {
        // The harness is dropped after the clock stops.
        b.iter_batched(
            || (),
            |()| {
                let h = harness(open(&fx.db));
                let frame = h.render();
                assert!(wxgo::tui::harness::buffer_text(&frame).contains("Users"));
                (h, frame)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

/// Times `key` and the frame after it; `undo` (untimed) puts the console back as it was.
fn key_then_undo(h: &mut Harness, key: &str, undo: &str, iters: u64) -> Duration {
    let mut total = Duration::ZERO;
    for _ in 0..iters {
        let t = Instant::now();
        h.press(key);
        black_box(h.render());
        total += t.elapsed();
        h.press(undo);
    }
    total
}

/// One key and its frame on an open console (80x24, Users pane, first row selected).
fn keystroke(c: &mut Criterion) {
    let fx = fixture();
    let mut h = harness(open(&fx.db));
    let mut g = c.benchmark_group("keystroke");
    g.sample_size(50).measurement_time(Duration::from_secs(4));

    // Selection down one row (`j`), back up untimed.
    g.bench_function("scroll", |b| b.iter_custom(|n| key_then_undo(&mut h, "j", "k", n)));
    // One page down, back up untimed.
    g.bench_function("page", |b| b.iter_custom(|n| key_then_undo(&mut h, "pagedown", "pageup", n)));
    // Users to Devices, back to Users untimed.
    g.bench_function("pane_switch", |b| b.iter_custom(|n| key_then_undo(&mut h, "2", "1", n)));

    // In the Users filter: type `a` (the list is filtered over 10,000 users), erase it untimed.
    h.press("/");
    h.press("a"); // the first filter builds the search index: not part of a keystroke
    h.press("backspace");
    g.bench_function("filter_key", |b| b.iter_custom(|n| key_then_undo(&mut h, "a", "backspace", n)));
    h.press("esc");
    g.finish();
    assert!(h.screen().contains("Users"), "the console left the Users pane");
}

/// Import 1,000 fully validated device rows; each iteration starts from a fresh copy of the
/// pristine database (the copy and the opening are not timed).
fn bulk_import(c: &mut Criterion) {
    let fx = fixture();
    let scratch = fx.dir.path().join("import.db");
    let opts = BulkOptions { source: "bench".into(), dry_run: false, email: EmailChoice::NoEmail, codes_file: None };
    let fresh = || {
        for suffix in ["-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", scratch.display()));
        }
        std::fs::copy(&fx.pristine, &scratch).expect("copy the pristine database");
        open(&scratch)
    };
    let mut g = c.benchmark_group("bulk_import");
    g.sample_size(10).measurement_time(Duration::from_secs(10)).throughput(Throughput::Elements(IMPORT_ROWS as u64));
    g.bench_function("1000_rows", |b| {
        b.iter_batched(
            fresh,
            |svc| {
                let report = svc.devices().import(fx.csv.as_bytes(), &opts, &mut |_| true).expect("the import");
                assert_eq!(report.added, IMPORT_ROWS, "{:?}", report.problems.first());
                (svc, report)
            },
            BatchSize::PerIteration,
        )
    });
    g.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().warm_up_time(Duration::from_secs(1));
    targets = first_frame, keystroke, bulk_import
}

// `criterion_main!`, and then the temporary folder is removed (a static is never dropped).
fn main() {
    benches();
    Criterion::default().configure_from_args().final_summary();
    if let Some(fx) = FIXTURE.get() {
        let _ = std::fs::remove_dir_all(fx.dir.path());
    }
}
