//! The real `wxgo` binary on a temporary demo database: the whole Webex Go life cycle from the
//! command line, and bad input that must give a clear message and change nothing.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const NOW: &str = "2026-11-22T09:00:00Z";
const SUB2: &str = "Sub-5f2c9a41-0d3e-4b8f-9e61-7ac2d4e8b913";

struct Env {
    _dir: tempfile::TempDir,
    db: PathBuf,
    outbox: PathBuf,
}

impl Env {
    fn demo() -> Env {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let db = dir.path().join("wxgo.db");
        let outbox = dir.path().join("outbox");
        let env = Env { _dir: dir, db, outbox };
        let out = env.run(&["demo"]);
        assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
        env
    }

    fn cmd(&self, args: &[&str], now: &str) -> Output {
        crate::common::wxgo_command()
            .args(args)
            .env("WXGO_DB", &self.db)
            .env("WXGO_OUTBOX", &self.outbox)
            .env("WXGO_NOW", now)
            .env("USER", "alice-admin")
            .env_remove("SSH_CLIENT")
            .env_remove("SSH_CONNECTION")
            .output()
            .unwrap_or_else(|e| panic!("cannot run wxgo: {e}"))
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args, NOW)
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.run(&all);
        assert!(out.status.success(), "wxgo {args:?} failed: {}", text(&out.stderr));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("wxgo {args:?}: bad JSON {e}: {}", text(&out.stdout)))
    }

    fn device_status(&self, device: &str) -> String {
        let v = self.json(&["devices", "show", device]);
        v[0]["status"].as_str().unwrap_or_default().to_string()
    }

    fn user_status(&self, email: &str) -> String {
        let v = self.json(&["users", "list", "--filter", email]);
        v[0]["device_status"].as_str().unwrap_or("none").to_string()
    }

    /// Every row of the tables an action may touch, to prove "nothing changed".
    fn snapshot(&self) -> common::Snapshot {
        common::snapshot_file(&self.db)
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn code_of(v: &Value) -> String {
    v["activation_code"].as_str().unwrap_or_else(|| panic!("no code in {v}")).to_string()
}

/// A Dallas user with Calling Professional, a primary number and no Webex Go device yet.
fn eligible_user(env: &Env) -> String {
    eligible_users(env).into_iter().next().unwrap_or_else(|| panic!("the demo has no eligible Dallas user"))
}

fn eligible_users(env: &Env) -> Vec<String> {
    let users = env.json(&["users", "list", "--filter", "Dallas"]);
    users
        .as_array()
        .map(|a| {
            a.iter()
                .filter(|u| u["location"] == "Dallas" && u["device_status"].is_null() && !u["primary_number"].is_null())
                .filter(|u| u["licences"].to_string().contains("calling_professional"))
                .filter_map(|u| u["email"].as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn full_life_cycle_from_the_command_line() {
    let env = Env::demo();
    let user = eligible_user(&env);
    let added = env.json(&["devices", "add", "--user", &user, "--subscription", SUB2]);
    for field in ["device_id", "activation_code", "smdp_address", "lpa", "android_code", "expires_at", "emailed"] {
        assert!(!added[field].is_null(), "issued code JSON lacks {field}: {added}");
    }
    let device = added["device_id"].as_str().unwrap_or_default().to_string();
    let code = code_of(&added);
    assert_eq!(added["lpa"], format!("LPA:1${}${}", added["smdp_address"].as_str().unwrap_or(""), code));
    assert_eq!(added["expires_at"], "2027-02-20T09:00:00Z", "90 days from {NOW}");
    assert_eq!(added["emailed"], true);
    assert_eq!(env.device_status(&device), "activation_pending");

    let out = env.run(&["phone", "activate", &code]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(env.device_status(&device), "online");
    assert_eq!(env.user_status(&user), "online", "Users and Devices agree (WG12)");

    assert!(env.run(&["phone", "disable", &device]).status.success());
    assert_eq!(env.device_status(&device), "offline");
    assert!(env.run(&["phone", "enable", &device]).status.success());
    assert_eq!(env.device_status(&device), "online");

    // No new code while Online (WG05).
    let refused = env.run(&["devices", "new-code", &device]);
    assert_eq!(refused.status.code(), Some(3));
    assert!(text(&refused.stderr).contains("WG05"), "{}", text(&refused.stderr));

    assert!(env.run(&["phone", "remove-line", &device]).status.success());
    assert_eq!(env.device_status(&device), "activation_pending");
    let fresh = env.json(&["devices", "new-code", &device]);
    let second = code_of(&fresh);
    assert_ne!(second, code);

    // Lost/stolen: the second code is revoked and a third one works.
    let lost = env.json(&["devices", "lost-stolen", &device, "--no-email", "--yes"]);
    assert_eq!(lost["emailed"], false);
    let third = code_of(&lost);
    let stale = env.run(&["phone", "activate", &second]);
    assert_eq!(stale.status.code(), Some(3));
    assert!(text(&stale.stderr).contains("WG06"), "{}", text(&stale.stderr));
    assert!(env.run(&["phone", "activate", &third]).status.success());
    assert_eq!(env.device_status(&device), "online");

    let before = env.json(&["subscriptions", "list"]);
    let free_before = before.as_array().and_then(|a| a.iter().find(|s| s["id"] == SUB2)).map(|s| s["free"].clone());
    let deleted = env.json(&["devices", "delete", &device, "--yes"]);
    assert!(deleted["notice"].as_str().unwrap_or("").contains("delete the deactivated line"), "{deleted}");
    let after = env.json(&["subscriptions", "list"]);
    let free_after = after.as_array().and_then(|a| a.iter().find(|s| s["id"] == SUB2)).map(|s| s["free"].clone());
    assert_eq!(
        free_after.and_then(|v| v.as_i64()),
        free_before.and_then(|v| v.as_i64()).map(|n| n + 1),
        "the licence is back in the pool"
    );
    let gone = env.run(&["devices", "show", &device]);
    assert_eq!(gone.status.code(), Some(4));

    // Every action is in the audit trail with who did it; no code anywhere in it.
    let audit = env.run(&["audit", "--json", "--limit", "100"]);
    let audit_text = text(&audit.stdout);
    for action in [
        "add Webex Go device",
        "phone activates code",
        "phone disables line",
        "phone enables line",
        "phone removes line",
        "new activation code",
        "lost/stolen",
        "delete Webex Go device",
    ] {
        assert!(audit_text.contains(action), "audit lacks {action}");
    }
    assert!(audit_text.contains("alice-admin"));
    for c in [&code, &second, &third] {
        assert!(!audit_text.contains(c.as_str()), "the audit trail holds a code");
        assert!(!audit_text.contains(&c.replace('-', "")), "the audit trail holds a code");
    }
    // Nor in the database file or its journal.
    for suffix in ["", "-wal"] {
        let path = PathBuf::from(format!("{}{suffix}", env.db.display()));
        if let Ok(bytes) = std::fs::read(&path) {
            let hay = String::from_utf8_lossy(&bytes);
            for c in [&code, &second, &third] {
                assert!(
                    !hay.contains(c.as_str()) && !hay.contains(&c.replace('-', "")),
                    "{} holds a code",
                    path.display()
                );
            }
        }
    }
}

#[test]
fn wg06_expired_code_refused_end_to_end_with_wxgo_now() {
    let env = Env::demo();
    let user = eligible_user(&env);
    let added = env.json(&["devices", "add", "--user", &user, "--subscription", SUB2, "--no-email"]);
    let late = env.cmd(&["phone", "activate", &code_of(&added)], "2027-02-21T09:00:00Z");
    assert_eq!(late.status.code(), Some(3));
    assert!(text(&late.stderr).contains("expired"), "{}", text(&late.stderr));
    assert_eq!(env.device_status(added["device_id"].as_str().unwrap_or("")), "activation_pending");
}

fn assert_refused(env: &Env, args: &[&str], code: i32, words: &[&str]) {
    let before = env.snapshot();
    let out = env.run(args);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "wxgo {args:?}: {err}");
    for w in words {
        assert!(err.contains(w), "wxgo {args:?}: message lacks \"{w}\": {err}");
    }
    assert_eq!(before, env.snapshot(), "wxgo {args:?} changed the database");
}

#[test]
fn bad_input_gives_a_clear_message_and_changes_nothing() {
    let env = Env::demo();
    assert_refused(
        &env,
        &["devices", "add", "--user", "nobody@acmefarms.example"],
        4,
        &["no user", "nobody@acmefarms.example"],
    );
    // Toronto is not a Webex Go country (WG01).
    let toronto = env.json(&["users", "list", "--filter", "Toronto"]);
    let canadian = toronto
        .as_array()
        .and_then(|a| a.iter().find(|u| u["licences"].to_string().contains("calling_professional")))
        .and_then(|u| u["email"].as_str())
        .unwrap_or_else(|| panic!("no Calling Professional user in Toronto: {toronto}"))
        .to_string();
    assert_refused(&env, &["devices", "add", "--user", &canadian, "--subscription", SUB2], 3, &["WG01", "CA"]);
    let user = eligible_user(&env);
    assert_refused(&env, &["devices", "add", "--user", &user], 3, &["WG02", "--subscription"]);
    assert_refused(
        &env,
        &["devices", "add", "--user", &user, "--subscription", SUB2, "--number", "214-555-0100"],
        4,
        &["not E.164"],
    );
    assert_refused(&env, &["devices", "new-code", "go-99999"], 4, &["no Webex Go device"]);
    // A malformed code changes nothing but its audit entry and the throttle's count (13.9).
    let before = env.snapshot();
    let out = env.run(&["phone", "activate", "not-a-code"]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("activation code"), "{}", text(&out.stderr));
    assert_eq!(common::but_attempts(&before), common::but_attempts(&env.snapshot()));

    // Use up SUB2's free licences, then one more is refused with WG02.
    let subs = env.json(&["subscriptions", "list"]);
    let free =
        subs.as_array().and_then(|a| a.iter().find(|s| s["id"] == SUB2)).and_then(|s| s["free"].as_i64()).unwrap_or(0);
    let mut candidates = eligible_users(&env);
    assert!(candidates.len() as i64 > free, "the demo needs more eligible Dallas users than free licences");
    for email in candidates.drain(..free as usize) {
        let out = env.run(&["devices", "add", "--user", &email, "--subscription", SUB2, "--no-email"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    assert_refused(
        &env,
        &["devices", "add", "--user", &candidates[0], "--subscription", SUB2],
        3,
        &["WG02", "no free Webex Go licence"],
    );
}

#[test]
fn locked_database_says_busy_and_changes_nothing() {
    let env = Env::demo();
    let user = eligible_user(&env);
    let holder = rusqlite::Connection::open(&env.db).unwrap_or_else(|e| panic!("{e}"));
    holder.execute_batch("BEGIN IMMEDIATE; UPDATE orgs SET name = name;").unwrap_or_else(|e| panic!("{e}"));
    let out = env.run(&["devices", "add", "--user", &user, "--subscription", SUB2]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{err}");
    assert!(err.contains("busy") && err.contains("Nothing was changed"), "{err}");
    assert!(!err.contains("database is locked"), "raw SQLite message leaked: {err}");
    holder.execute_batch("ROLLBACK").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(env.user_status(&user), "none");
}

fn corrupt_env(write: impl FnOnce(&Path)) -> (Env, Output) {
    let env = Env::demo();
    write(&env.db);
    let out = env.run(&["users", "list"]);
    (env, out)
}

#[test]
fn corrupt_or_newer_database_is_refused_clearly() {
    let (env, out) = corrupt_env(|db| {
        let _ = std::fs::remove_file(format!("{}-wal", db.display()));
        let _ = std::fs::remove_file(format!("{}-shm", db.display()));
        std::fs::write(db, b"this is not a database at all, just text that someone saved over it".repeat(100))
            .unwrap_or_else(|e| panic!("{e}"));
    });
    assert_eq!(out.status.code(), Some(6));
    assert!(text(&out.stderr).contains("not a wxgo database"), "{}", text(&out.stderr));
    let bytes = std::fs::read(&env.db).unwrap_or_default();
    assert!(bytes.starts_with(b"this is not a database"), "the file was changed");

    let (_env, out) = corrupt_env(|db| {
        let c = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
        c.execute_batch("PRAGMA user_version = 99").unwrap_or_else(|e| panic!("{e}"));
    });
    assert_eq!(out.status.code(), Some(6));
    assert!(text(&out.stderr).contains("newer wxgo"), "{}", text(&out.stderr));
}

#[test]
fn demo_refuses_to_overwrite_without_force() {
    let env = Env::demo();
    let before = env.snapshot();
    let out = env.run(&["demo"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("--force"));
    assert_eq!(before, env.snapshot());
    let forced = env.run(&["demo", "--force", "--users", "120"]);
    assert!(forced.status.success(), "{}", text(&forced.stderr));
    assert_eq!(env.json(&["users", "list"]).as_array().map(Vec::len), Some(120));
}

#[test]
fn database_file_is_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::demo();
    let mode = std::fs::metadata(&env.db).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
    assert_eq!(mode, 0o600);
    let user = eligible_user(&env);
    let added = env.json(&["devices", "add", "--user", &user, "--subscription", SUB2]);
    assert_eq!(added["emailed"], true);
    let mails: Vec<_> = std::fs::read_dir(&env.outbox).map(|d| d.flatten().collect()).unwrap_or_default();
    assert_eq!(mails.len(), 1);
    let mail_mode = mails[0].metadata().map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
    assert_eq!(mail_mode, 0o600);
    let body = std::fs::read_to_string(mails[0].path()).unwrap_or_default();
    assert!(body.contains(&code_of(&added)), "the email carries the code");
    assert!(body.contains("\r\nSubject: Your Webex Go activation code\r\n"));
}

#[test]
fn mobile_operator_flow_from_the_command_line() {
    let env = Env::demo();
    let londoner = {
        let users = env.json(&["users", "list", "--filter", "London"]);
        users
            .as_array()
            .and_then(|a| {
                a.iter().find(|u| {
                    u["location"] == "London"
                        && u["device_status"].is_null()
                        && u["licences"].to_string().contains("calling_professional")
                })
            })
            .and_then(|u| u["email"].as_str().map(str::to_string))
            .unwrap_or_else(|| panic!("no eligible London user: {users}"))
    };
    let args = ["operator-accounts", "add", "--location", "London", "--operator", "EE", "--account-id", "EE-7"];
    let mismatch = env.run(&[&args[..], &["--confirm-account-id", "EE-8", "--yes"]].concat());
    assert_eq!(mismatch.status.code(), Some(3), "{}", text(&mismatch.stderr));
    let unconfirmed = env.run(&[&args[..], &["--confirm-account-id", "EE-7"]].concat());
    assert_eq!(unconfirmed.status.code(), Some(3), "no --yes and no terminal: not confirmed");
    let added = env.json(&[&args[..], &["--confirm-account-id", "EE-7", "--yes"]].concat());
    assert_eq!(added[0]["status"], "pending");
    let early = env.run(&["numbers", "add-mobile", "--account", "EE-7", "+447400777001"]);
    assert_eq!(early.status.code(), Some(3));
    assert!(text(&early.stderr).contains("MO02"));
    assert_eq!(env.json(&["operator", "authorize", "EE-7"])[0]["status"], "authorized");

    let partly = env.run(&[
        "numbers",
        "add-mobile",
        "--account",
        "EE-7",
        "--json",
        "+447400777001,+447400777002,+4470,+447400777001",
    ]);
    assert_eq!(partly.status.code(), Some(8), "partly done: {}", text(&partly.stderr));
    let report: Value = serde_json::from_slice(&partly.stdout).unwrap_or_else(|e| panic!("{e}"));
    let states: Vec<&str> = report["numbers"]
        .as_array()
        .map(|a| a.iter().filter_map(|n| n["state"].as_str()).collect())
        .unwrap_or_default();
    assert_eq!(states, ["Available", "Available", "Invalid", "Duplicate In List"]);
    assert_eq!(report["added"], 2);

    let assigned =
        env.json(&["numbers", "assign-primary", "--user", &londoner, "+447400777001", "--subscription", SUB2]);
    assert_eq!(assigned["device_created"], true);
    let device = assigned["device_id"].as_str().unwrap_or_default().to_string();
    let shown = env.json(&["devices", "show", &device]);
    assert_eq!(shown[0]["kind"], "mobile_operator");
    assert_eq!(shown[0]["owner_email"], londoner.as_str());
    let mobile = env.json(&["numbers", "list", "--mobile", "--filter", "+447400777001"]);
    assert_eq!(mobile[0]["state"], "ACTIVE");
    assert_eq!(mobile[0]["webex_mobile"], true);
}

#[test]
fn broadworks_flow_from_the_command_line() {
    let env = Env::demo();
    let pending = env.json(&["broadworks", "list", "--exclude-provisioned"]);
    let rows = pending.as_array().cloned().unwrap_or_default();
    assert!(rows.iter().all(|r| r["status"] != "provisioned"));
    let id = rows
        .iter()
        .find(|r| r["status"] == "pending_email_input" && r["template"] == "Flow-through (untrusted emails)")
        .and_then(|r| r["broadworks_user_id"].as_str())
        .unwrap_or_else(|| panic!("no claimable subscriber: {pending}"))
        .to_string();
    let claimed = env.json(&["portal", "claim", "--broadworks-id", &id, "--email", "someone@gmail.example"]);
    assert_eq!(claimed[0]["status"], "pending_email_validation");
    let failed = env.json(&["portal", "verify", "--broadworks-id", &id]);
    assert_eq!(failed[0]["status"], "error");
    assert_eq!(failed[0]["error_code"], "BW-4100");
    let error = env.run(&["broadworks", "error", &id]);
    assert!(text(&error.stdout).contains("BW-4100"));
    let retried = env.json(&["broadworks", "retry", &id, "--email", "someone@acmefarms.example"]);
    assert_eq!(retried[0]["status"], "provisioned");
    let changed = env.run(&["broadworks", "package", &id, "premium"]);
    assert_eq!(changed.status.code(), Some(3), "a provisioned subscriber keeps its package here (BW04)");

    let file = env.db.with_file_name("bw.csv");
    let out = env.run(&["broadworks", "export", "--exclude-provisioned", "--out", file.to_str().unwrap_or("")]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = std::fs::read_to_string(&file).unwrap_or_default();
    assert!(csv.starts_with("BroadWorks User ID,"));
    assert!(!csv.contains(&id), "the now provisioned subscriber is excluded");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&file).map(|m| m.permissions().mode() & 0o777).unwrap_or(0), 0o600);
    let stdout = env.run(&["broadworks", "export"]);
    assert!(text(&stdout.stdout).contains(&id));
}

/// A database file that cannot be written (immutable, so even root cannot write it): every
/// change is refused with a message that says so, reading still works, nothing changes.
#[test]
fn read_only_file_refuses_changes_with_a_clear_message() {
    let env = Env::demo();
    let before = std::fs::read(&env.db).unwrap_or_default();
    let set = Command::new("chattr").arg("+i").arg(&env.db).status().map(|s| s.success()).unwrap_or(false);
    assert!(set, "chattr +i must work on the test's temporary folder (ext4)");
    let out = env.run(&["devices", "delete", "go-1", "--yes"]);
    let list = env.run(&["devices", "list", "--json", "--read-only"]);
    let _ = Command::new("chattr").arg("-i").arg(&env.db).status();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{err}");
    assert!(err.contains("cannot be written") && err.contains("Nothing was changed"), "{err}");
    assert!(list.status.success(), "reading a read-only file works: {}", text(&list.stderr));
    assert_eq!(before, std::fs::read(&env.db).unwrap_or_default());
}
