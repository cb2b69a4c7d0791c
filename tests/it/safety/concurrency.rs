//! Several wxgo processes at once against one database (admins, scripts and phones), then the
//! invariants: a licence counted once, a number with at most one owner, a device with at most
//! one valid code, every successful action in the audit trail, and never a raw "database is
//! locked". `WXGO_STRESS_ROUNDS=50 cargo test --test it safety::concurrency` runs it longer.

use std::path::{Path, PathBuf};
use std::thread;

use serde_json::Value;

const SUB2: &str = "Sub-5f2c9a41-0d3e-4b8f-9e61-7ac2d4e8b913";

fn wxgo(db: &Path, args: &[&str]) -> (i32, String, String) {
    wxgo_as(db, None, args)
}

/// As `user`: each worker is its own source for the activation throttle (issue 13.9), as
/// separate admins and phones are.
fn wxgo_as(db: &Path, user: Option<&str>, args: &[&str]) -> (i32, String, String) {
    let mut cmd = crate::common::wxgo_command();
    if let Some(user) = user {
        cmd.env("USER", user);
    }
    let out = cmd
        .args(args)
        .env("WXGO_DB", db)
        .env("WXGO_OUTBOX", db.with_file_name("outbox"))
        .env_remove("WXGO_NOW")
        .output()
        .unwrap_or_else(|e| panic!("cannot run wxgo: {e}"));
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn json(db: &Path, args: &[&str]) -> Value {
    let mut all = args.to_vec();
    all.push("--json");
    let (code, out, err) = wxgo(db, &all);
    assert_eq!(code, 0, "wxgo {args:?}: {err}");
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
}

/// What one worker saw: successful actions by name, and every failure message.
#[derive(Default)]
struct Tally {
    user: Option<String>,
    ok: Vec<&'static str>,
    failures: Vec<String>,
}

impl Tally {
    fn run(&mut self, db: &Path, action: &'static str, args: &[&str]) -> Option<Value> {
        let mut all = args.to_vec();
        all.push("--json");
        let (code, out, err) = wxgo_as(db, self.user.as_deref(), &all);
        if code == 0 {
            self.ok.push(action);
            serde_json::from_str(&out).ok()
        } else {
            self.failures.push(format!("{code} {action}: {err}"));
            None
        }
    }
}

/// The whole life cycle on one user, as an admin and the user's phone would do it.
fn life_cycle(db: &Path, email: &str, t: &mut Tally) {
    let Some(added) =
        t.run(db, "add Webex Go device", &["devices", "add", "--user", email, "--subscription", SUB2, "--no-email"])
    else {
        return;
    };
    let device = added["device_id"].as_str().unwrap_or_default().to_string();
    let code = added["activation_code"].as_str().unwrap_or_default().to_string();
    t.run(db, "phone activates code", &["phone", "activate", &code]);
    t.run(db, "phone disables line", &["phone", "disable", &device]);
    t.run(db, "phone enables line", &["phone", "enable", &device]);
    t.run(db, "phone removes line", &["phone", "remove-line", &device]);
    t.run(db, "new activation code", &["devices", "new-code", &device, "--no-email"]);
    t.run(db, "lost/stolen", &["devices", "lost-stolen", &device, "--no-email", "--yes"]);
    t.run(db, "delete Webex Go device", &["devices", "delete", &device, "--yes"]);
}

#[test]
fn concurrent_admins_and_phones_keep_every_invariant() {
    let rounds: usize = std::env::var("WXGO_STRESS_ROUNDS").ok().and_then(|v| v.parse().ok()).unwrap_or(2);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db: PathBuf = dir.path().join("wxgo.db");
    assert_eq!(wxgo(&db, &["demo", "--users", "300"]).0, 0);

    let users = json(&db, &["users", "list"]);
    let eligible: Vec<String> = users
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|u| u["device_status"].is_null() && !u["primary_number"].is_null())
                .filter(|u| u["licences"].to_string().contains("calling_professional"))
                .filter(|u| ["Dallas", "New York", "London", "Paris"].iter().any(|l| u["location"] == *l))
                .filter_map(|u| u["email"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default();
    assert!(eligible.len() >= 8, "need eligible users, have {}", eligible.len());
    // Two workers own users of their own; two more fight over the same ones.
    let shared: Vec<String> = eligible[6..8].to_vec();
    let mut handles = Vec::new();
    for w in 0..4 {
        let db = db.clone();
        let mine: Vec<String> = if w < 2 { eligible[w * 3..w * 3 + 3].to_vec() } else { shared.clone() };
        handles.push(thread::spawn(move || {
            let mut t = Tally { user: Some(format!("worker-{w}")), ..Tally::default() };
            for _ in 0..rounds {
                for email in &mine {
                    life_cycle(&db, email, &mut t);
                }
            }
            t
        }));
    }
    let tallies: Vec<Tally> = handles.into_iter().map(|h| h.join().unwrap_or_default()).collect();

    // Nobody saw a raw SQLite message or a busy database; refusals are the rules' own.
    for f in tallies.iter().flat_map(|t| &t.failures) {
        assert!(!f.contains("database is locked") && !f.contains("busy"), "{f}");
        assert!(f.starts_with("3 ") || f.starts_with("4 "), "unexpected failure: {f}");
    }
    let owned_ok: usize = tallies[..2].iter().map(|t| t.failures.len()).sum();
    assert_eq!(owned_ok, 0, "workers on their own users never fail: {:?}", tallies[0].failures);

    // Invariants, read straight from the file.
    let conn = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let q = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap_or_else(|e| panic!("{sql}: {e}")) };
    assert_eq!(q("SELECT count(*) FROM pragma_integrity_check WHERE integrity_check <> 'ok'"), 0);
    assert_eq!(
        q("SELECT count(*) FROM subscriptions s WHERE (SELECT count(*) FROM devices d WHERE d.subscription_id = s.id) > s.go_licences"),
        0,
        "a pool is over-used"
    );
    assert_eq!(
        q("SELECT count(*) FROM devices d LEFT JOIN subscriptions s ON s.id = d.subscription_id WHERE s.id IS NULL"),
        0
    );
    assert_eq!(q("SELECT count(*) FROM (SELECT e164 FROM numbers GROUP BY org_id, e164 HAVING count(*) > 1)"), 0);
    assert_eq!(q("SELECT count(*) FROM numbers WHERE owner_user_id IS NOT NULL AND owner_service IS NOT NULL"), 0);
    assert_eq!(q("SELECT count(*) FROM (SELECT device_id FROM activation_codes WHERE state = 'valid' GROUP BY device_id HAVING count(*) > 1)"), 0);
    assert_eq!(q("SELECT count(*) FROM devices WHERE status <> 'activation_pending' AND id IN (SELECT device_id FROM activation_codes WHERE state = 'valid')"), 0);

    // Every successful action is in the audit trail, once.
    let mut expected = std::collections::HashMap::<&str, i64>::new();
    for a in tallies.iter().flat_map(|t| &t.ok) {
        *expected.entry(a).or_default() += 1;
    }
    for (action, n) in expected {
        let logged: i64 = conn
            .query_row("SELECT count(*) FROM audit WHERE action = ?1 AND outcome = 'ok'", [action], |r| r.get(0))
            .unwrap_or(-1);
        assert_eq!(logged, n, "audit entries for {action}");
    }
}
