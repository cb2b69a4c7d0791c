//! The console as the admin feels it, measured from outside the process (issue 21): the release
//! binary in a pseudo-terminal, keys written to it, and the time until its bytes come back.
//!
//!     benches/run.sh [--quick]          (after `wxgo bench`), or by hand:
//!     cargo build --release && cp target/release/wxgo target/bench/wxgo-release
//!     cargo bench --bench pty -- [--quick] [--keys N] [--idle S] [--live N] [--bin PATH] [--dir DIR] [--seed N]
//!
//! (`cargo bench` builds wxgo again, in the bench profile, into target/release: the copy is
//! the release build.) On the demo organisation, 100,000 and
//! 1,000,000 users (`--quick`: not 1M), each built once with `wxgo demo --users N` into
//! target/bench/ and opened read-only, at 80x24 and 200x50:
//! - the console's first frame (start to the first frame, to the first rows, and to idle: the
//!   worker indexes the users once the console is idle);
//! - `j`/`k` at random gaps (after the screen was quiet for 20-120 ms): key to the first byte
//!   of output, and key to the end of the frame (the synchronized-update end, `ESC[?2026l`);
//! - typing a filter: key to the last frame of the list that answers it;
//! - `j` held (a press every 30 ms for 2 s): frames a second, and how long after the last
//!   press the screen settles;
//! - idle: bytes written and CPU time over `--idle` seconds (default 10) with nothing happening;
//!
//! and, on a copy of the demo and of the 100k organisation, a live change: another process
//! adds a device and then `wxgo phone activate CODE`; from that process's end to the frame.
//! Prints p50/p99/max and the target; a bench, not a test: nothing here fails the build.

#[path = "../tests/it/tui_support/pty.rs"]
mod pty;

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use pty::Console;

const KEY_P99_MS: f64 = 16.0;
const KEY_AIM_MS: f64 = 4.0;
const FRAME_MS: f64 = 16.0;
const LIVE_MS: f64 = 1000.0;
const LIVE_AIM_MS: f64 = 100.0;
/// How long the console must write nothing before a key is "written to a quiet console".
const QUIET: Duration = Duration::from_millis(20);
/// A step that takes longer than this on a busy machine has failed.
const WAIT: Duration = Duration::from_secs(60);

struct Args {
    quick: bool,
    keys: usize,
    idle: u64,
    live: usize,
    bin: PathBuf,
    dir: PathBuf,
    seed: u64,
}

fn args() -> Args {
    let argv: Vec<String> = std::env::args().collect();
    let value = |name: &str| argv.iter().position(|a| a == name).and_then(|i| argv.get(i + 1)).cloned();
    let num = |name: &str, default: u64| value(name).and_then(|v| v.parse().ok()).unwrap_or(default);
    Args {
        quick: argv.iter().any(|a| a == "--quick"),
        keys: num("--keys", 60) as usize,
        idle: num("--idle", 10),
        live: num("--live", 10) as usize,
        bin: value("--bin").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target/bench/wxgo-release")),
        dir: value("--dir").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("target/bench")),
        seed: num("--seed", 21),
    }
}

/// xorshift64*: the random gaps, the same every run for one seed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn between(&mut self, lo: u64, hi: u64) -> u64 {
        lo + self.next() % (hi - lo + 1)
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// p50, p99 and max of a sample, in ms.
fn spread(v: &[f64]) -> (f64, f64, f64) {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    let at = |p: f64| s.get(((s.len().max(1) - 1) as f64 * p).round() as usize).copied().unwrap_or(f64::NAN);
    (at(0.5), at(0.99), at(1.0))
}

fn figure(what: &str, value: String, target: &str, met: Option<bool>) {
    let verdict = match met {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "",
    };
    println!("  {what:<44} {value:>30}   {target:<24} {verdict}");
}

fn spread_figure(what: &str, v: &[f64], target_ms: Option<(f64, f64)>) {
    let (p50, p99, max) = spread(v);
    let value = format!("p50 {p50:.1}  p99 {p99:.1}  max {max:.1} ms");
    match target_ms {
        Some((target, aim)) => figure(
            &format!("{what} (n={})", v.len()),
            value,
            &format!("p99 <= {target} (aim {aim}); {:.2}x", p99 / target),
            Some(p99 <= target),
        ),
        None => figure(&format!("{what} (n={})", v.len()), value, "", None),
    }
}

fn wxgo(bin: &Path, db: &Path, args: &[&str]) -> std::process::Output {
    Command::new(bin).arg("--db").arg(db).args(args).output().unwrap_or_else(|e| panic!("run {}: {e}", bin.display()))
}

/// The organisation of `users` (0: the demo), built once into `dir`.
fn org(bin: &Path, dir: &Path, users: usize) -> PathBuf {
    let db = if users == 0 { dir.join("pty-demo.db") } else { dir.join(format!("bench-{users}.db")) };
    if !db.exists() {
        let t = Instant::now();
        let n = users.to_string();
        let args: Vec<&str> = if users == 0 { vec!["demo"] } else { vec!["demo", "--users", &n] };
        let out = wxgo(bin, &db, &args);
        assert!(out.status.success(), "wxgo demo: {}", String::from_utf8_lossy(&out.stderr));
        eprintln!("built {} in {:.1} s", db.display(), t.elapsed().as_secs_f64());
    }
    db
}

/// The console on `db` in a pty of `cols` x `rows`, with a config folder of its own.
fn start(a: &Args, db: &Path, read_only: bool, cols: u16, rows: u16) -> (Console, Instant) {
    let config = a.dir.join("pty-config");
    let mut args: Vec<OsString> = vec!["--db".into(), db.into(), "--clipboard".into(), "off".into()];
    if read_only {
        args.push("--read-only".into());
    }
    let args: Vec<&OsStr> = args.iter().map(|s| s.as_os_str()).collect();
    let t = Instant::now();
    let c = Console::start(a.bin.as_os_str(), &args, &[("XDG_CONFIG_HOME", config.as_os_str())], cols, rows);
    (c, t)
}

/// The list's selected row is drawn (rows have arrived): a line starting with ▶ other than the
/// tab bar's.
fn has_rows(screen: &str) -> bool {
    screen.lines().any(|l| l.starts_with('▶') && !l.starts_with("▶1 "))
}

/// Waits until the console uses no CPU over 200 ms (at most two minutes): when. The worker
/// starts indexing the users after 0.5 s without a request, so the first look is after 0.6 s.
fn settle_cpu(c: &Console) -> Instant {
    std::thread::sleep(Duration::from_millis(600));
    let deadline = Instant::now() + Duration::from_secs(120);
    let mut last = c.cpu();
    loop {
        let at = Instant::now();
        std::thread::sleep(Duration::from_millis(200));
        let now = c.cpu();
        if now.is_none() || now == last || Instant::now() > deadline {
            return at;
        }
        last = now;
    }
}

/// Times one key written to a quiet console: (to the first byte, to the end of the first frame).
fn time_key(c: &mut Console, key: &[u8]) -> Option<(f64, f64)> {
    let mark = c.mark();
    let at = c.keys(key);
    let frame = c.wait_frame(mark, WAIT).ok()?;
    let first = c.first_byte_after(mark)?;
    Some((ms(first.saturating_duration_since(at)), ms(frame.saturating_duration_since(at))))
}

/// One console session on one organisation at one size.
fn session(a: &Args, rng: &mut Rng, name: &str, db: &Path, cols: u16, rows: u16, idle: bool) {
    println!("{name}, {cols}x{rows}:");
    let (mut c, t0) = start(a, db, true, cols, rows);
    let first = c.wait_frame(pty::Mark { bytes: 0, frames: 0, at: t0 }, WAIT);
    c.wait_screen("the first rows", WAIT, has_rows);
    let rows_at = c.output().reads.last().map(|r| r.1).unwrap_or_else(Instant::now);
    match first {
        Ok(f) => figure(
            "start to first frame / to first rows",
            format!("{:.1} / {:.1} ms", ms(f - t0), ms(rows_at - t0)),
            "",
            None,
        ),
        Err(e) => println!("  no first frame: {e}"),
    }
    // The worker indexes the users once the console is idle: keys are timed after that.
    let busy = settle_cpu(&c);
    figure("start to idle (the users indexed)", format!("{:.0} ms", ms(busy - t0)), "", None);

    // j/k at random gaps, mostly down, so that large lists page in.
    let (mut bytes, mut frames) = (Vec::new(), Vec::new());
    for _ in 0..a.keys {
        let _ = c.wait_quiet(Duration::from_millis(rng.between(20, 120)), WAIT);
        let key: &[u8] = if rng.between(0, 3) == 0 { b"k" } else { b"j" };
        if let Some((b, f)) = time_key(&mut c, key) {
            bytes.push(b);
            frames.push(f);
        }
    }
    spread_figure("j/k: key to first byte", &bytes, Some((KEY_P99_MS, KEY_AIM_MS)));
    spread_figure("j/k: key to end of frame", &frames, Some((KEY_P99_MS, KEY_AIM_MS)));

    // A filter typed a key at a time: key to the last frame before the screen is quiet.
    let _ = c.wait_quiet(QUIET, WAIT);
    c.keys(b"/");
    let _ = c.wait_quiet(Duration::from_millis(150), WAIT);
    let mut settled = Vec::new();
    for ch in "smith".bytes().chain(std::iter::repeat_n(0x7f, 5)) {
        let _ = c.wait_quiet(Duration::from_millis(rng.between(40, 120)), WAIT);
        let mark = c.mark();
        let at = c.keys(&[ch]);
        if c.wait_frame(mark, WAIT).is_ok() {
            if let Ok(last) = c.wait_quiet(Duration::from_millis(150), WAIT) {
                settled.push(ms(last.saturating_duration_since(at)));
            }
        }
    }
    c.keys(b"\x1b");
    spread_figure("filter: key to the list settled", &settled, Some((KEY_P99_MS, KEY_AIM_MS)));

    // j held: a press every 30 ms for 2 s.
    let _ = c.wait_quiet(Duration::from_millis(200), WAIT);
    let before = c.mark();
    let start = Instant::now();
    let mut last_press = start;
    let mut presses = 0;
    while start.elapsed() < Duration::from_secs(2) {
        last_press = c.keys(b"j");
        presses += 1;
        std::thread::sleep(Duration::from_millis(30).saturating_sub(last_press.elapsed()));
    }
    let settled_at = c.wait_quiet(Duration::from_millis(300), WAIT).unwrap_or(last_press);
    let out = c.output();
    let during = out.frames[before.frames..].iter().filter(|f| f.1 <= last_press).count();
    let after = ms(settled_at.saturating_duration_since(last_press));
    drop(out);
    figure(
        &format!("j held ({presses} presses, 30 ms apart)"),
        format!("{:.1} frames/s; settles {after:.1} ms", during as f64 / ms(last_press - start) * 1000.0),
        &format!("settle <= {FRAME_MS} ms; {:.2}x", after / FRAME_MS),
        Some(after <= FRAME_MS),
    );

    if idle {
        let _ = c.wait_quiet(Duration::from_millis(300), WAIT);
        let (mark, cpu0) = (c.mark(), c.cpu());
        std::thread::sleep(Duration::from_secs(a.idle));
        let written = c.output().bytes.len() - mark.bytes;
        let cpu = c.cpu().zip(cpu0).map(|(b, a)| ms(b.saturating_sub(a)));
        figure(
            &format!("idle {} s: bytes written, CPU time", a.idle),
            format!("{written} B, {} ms", cpu.map(|c| format!("{c:.0}")).unwrap_or_else(|| "?".into())),
            "0 B, 0 ms (10 ms a tick)",
            Some(written == 0 && cpu.is_some_and(|c| c <= 10.0)),
        );
        if let Some(kb) = c.peak_rss_kb() {
            figure("peak resident memory", format!("{:.1} MB", kb as f64 / 1024.0), "", None);
        }
    }
    c.keys(b"q");
    let _ = c.wait_exit(Duration::from_secs(5));
}

/// Another process adds a device and activates it, `n` times: from that process's end to the
/// console's next frame (the console is on the Devices pane).
fn live(a: &Args, name: &str, db: &Path) {
    println!("{name}, 80x24, live change from another process:");
    let users = wxgo(&a.bin, db, &["users", "list", "--json", "--limit", "2000"]);
    let users: serde_json::Value = serde_json::from_slice(&users.stdout).unwrap_or_default();
    let free: Vec<String> = users
        .as_array()
        .map(|v| {
            v.iter()
                .filter(|u| u["device_id"].is_null() && u["calling_status"] == "provisioned")
                .filter_map(|u| u["email"].as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    let subs = wxgo(&a.bin, db, &["subscriptions", "list", "--json"]);
    let subs: serde_json::Value = serde_json::from_slice(&subs.stdout).unwrap_or_default();
    let sub = subs
        .as_array()
        .and_then(|v| v.iter().max_by_key(|s| s["free"].as_u64().unwrap_or(0)))
        .and_then(|s| Some((s["id"].as_str()?.to_string(), s["free"].as_u64()?)));
    let Some((sub, room)) = sub else {
        println!("  no subscription with free Webex Go licences");
        return;
    };
    let (mut c, _) = start(a, db, false, 80, 24);
    c.wait_screen("the first rows", WAIT, has_rows);
    c.keys(b"2");
    settle_cpu(&c);
    let mut shown = Vec::new();
    let mut runs = Vec::new();
    for email in free.iter().take(a.live.min(room as usize)) {
        let out =
            wxgo(&a.bin, db, &["devices", "add", "--user", email, "--subscription", &sub, "--no-email", "--json"]);
        let issued: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        let Some(code) = issued["activation_code"].as_str() else {
            continue;
        };
        let _ = c.wait_quiet(Duration::from_millis(300), WAIT);
        let mark = c.mark();
        let t = Instant::now();
        let out = wxgo(&a.bin, db, &["phone", "activate", code]);
        let ended = Instant::now();
        if !out.status.success() {
            continue;
        }
        runs.push(ms(ended - t));
        if let Ok(frame) = c.wait_frame(mark, Duration::from_secs(10)) {
            shown.push(ms(frame.saturating_duration_since(ended)));
        }
    }
    spread_figure("`wxgo phone activate` run time", &runs, None);
    let (_, p99, _) = spread(&shown);
    figure(
        &format!("change committed to its frame (n={})", shown.len()),
        {
            let (p50, p99, max) = spread(&shown);
            format!("p50 {p50:.1}  p99 {p99:.1}  max {max:.1} ms")
        },
        &format!("<= {LIVE_MS} (aim {LIVE_AIM_MS}); {:.2}x", p99 / LIVE_MS),
        Some(p99 <= LIVE_MS),
    );
    c.keys(b"q");
    let _ = c.wait_exit(Duration::from_secs(5));
}

fn main() {
    // `cargo bench` passes --bench; the figures are ours to print.
    let a = args();
    let Ok(bin) = std::fs::canonicalize(&a.bin) else {
        eprintln!(
            "{} does not exist: cargo build --release && cp target/release/wxgo target/bench/wxgo-release",
            a.bin.display()
        );
        std::process::exit(2);
    };
    let a = Args { bin, ..a };
    std::fs::create_dir_all(&a.dir).unwrap_or_else(|e| panic!("{}: {e}", a.dir.display()));
    let size = std::fs::metadata(&a.bin).map(|m| m.len()).unwrap_or(0);
    println!("wxgo in a pseudo-terminal ({}, {:.1} MB), seed {}", a.bin.display(), size as f64 / 1e6, a.seed);
    let mut rng = Rng(a.seed.max(1));
    let mut orgs = vec![("demo", 0), ("100k users", 100_000)];
    if !a.quick {
        orgs.push(("1M users", 1_000_000));
    }
    for (name, users) in &orgs {
        let db = org(&a.bin, &a.dir, *users);
        session(&a, &mut rng, name, &db, 80, 24, true);
        session(&a, &mut rng, name, &db, 200, 50, false);
    }
    // Live changes on copies, so the organisations above stay as built.
    for (name, users) in &orgs[..2] {
        let src = org(&a.bin, &a.dir, *users);
        let copy = a.dir.join(format!("pty-live-{users}.db"));
        let _ = std::fs::remove_file(copy.with_extension("db-wal"));
        let _ = std::fs::remove_file(copy.with_extension("db-shm"));
        let out = Command::new("sqlite3").arg(&src).arg(format!(".backup '{}'", copy.display())).output();
        if !out.as_ref().is_ok_and(|o| o.status.success()) {
            println!("{name}: cannot copy the organisation (sqlite3 is needed: apt-get install sqlite3)");
            continue;
        }
        live(&a, name, &copy);
    }
}
