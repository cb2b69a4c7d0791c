//! Crash safety: `wxgo devices import` killed with SIGKILL at random moments, many times.
//! After each kill the database passes `PRAGMA integrity_check` and holds either none of the
//! file's devices or all of them. `WXGO_CRASH_ROUNDS=200 cargo test --test it safety::crash`
//! runs it longer.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use serde_json::Value;

fn wxgo(db: &Path) -> Command {
    let mut c = crate::common::wxgo_command();
    c.env("WXGO_DB", db).env("WXGO_OUTBOX", db.with_file_name("outbox")).env_remove("WXGO_SMTP_URL");
    c
}

fn json(db: &Path, args: &[&str]) -> Value {
    let out = wxgo(db).args(args).arg("--json").output().unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "wxgo {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"))
}

fn import_file(db: &Path, rows: usize) -> String {
    let template = wxgo(db).args(["devices", "template"]).output().unwrap_or_else(|e| panic!("{e}"));
    common::import_rows(&String::from_utf8_lossy(&template.stdout), &json(db, &["users", "list"]), rows)
}

fn count(db: &Path, sql: &str) -> i64 {
    let c = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    c.query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}"))
}

#[test]
fn sigkill_during_import_leaves_all_or_nothing_and_a_sound_file() {
    let rounds: u64 = std::env::var("WXGO_CRASH_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(8);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let pristine: PathBuf = dir.path().join("pristine.db");
    let status = wxgo(&pristine).args(["demo", "--users", "3000"]).status().unwrap_or_else(|e| panic!("{e}"));
    assert!(status.success());
    let rows = 400;
    let csv = dir.path().join("devices.csv");
    std::fs::write(&csv, import_file(&pristine, rows)).unwrap_or_else(|e| panic!("{e}"));
    let before = count(&pristine, "SELECT count(*) FROM devices");

    // How long a whole import takes here, to spread the kills over it.
    let probe = dir.path().join("probe.db");
    std::fs::copy(&pristine, &probe).unwrap_or_else(|e| panic!("{e}"));
    let t = std::time::Instant::now();
    let out =
        wxgo(&probe).args(["devices", "import"]).arg(&csv).arg("--no-email").output().unwrap_or_else(|e| panic!("{e}"));
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let full = t.elapsed().as_millis().max(20) as u64;
    assert_eq!(count(&probe, "SELECT count(*) FROM devices"), before + rows as i64);

    let (mut none, mut all) = (0, 0);
    let mut seed = 0x9E37_79B9_7F4A_7C15u64;
    for _ in 0..rounds {
        let db = dir.path().join("victim.db");
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", db.display()));
        }
        std::fs::copy(&pristine, &db).unwrap_or_else(|e| panic!("{e}"));
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = seed % (full + full / 4);
        let mut child = wxgo(&db)
            .args(["devices", "import"])
            .arg(&csv)
            .arg("--no-email")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("{e}"));
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap_or_default();
        assert_eq!(ok, "ok", "integrity after a kill at {delay} ms");
        drop(conn);
        let devices = count(&db, "SELECT count(*) FROM devices");
        let codes = count(&db, "SELECT count(*) FROM activation_codes");
        if devices == before {
            none += 1;
        } else {
            assert_eq!(devices, before + rows as i64, "a partial import after a kill at {delay} ms");
            all += 1;
        }
        assert_eq!(codes, count(&pristine, "SELECT count(*) FROM activation_codes") + (devices - before));
    }
    eprintln!("{rounds} kills over a {full} ms import: {none} left nothing, {all} completed");
    assert_eq!(none + all, rounds);
}
