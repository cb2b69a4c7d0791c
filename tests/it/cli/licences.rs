//! The real `wxgo` binary on a temporary demo database: directory sync, who is not provisioned
//! and why, a corrected number, re-apply, `user.csv`, licence templates, manual assignment
//! (AL01-AL06); refusals exit non-zero and change nothing.

use crate::common;

use std::path::PathBuf;
use std::process::Output;

use serde_json::Value;

const NOW: &str = "2026-11-22T09:00:00Z";
const ALL_STAFF: &str = "All staff: Webex Calling";
const FINANCE: &str = "Finance: messaging only";

struct Env {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Env {
    fn demo() -> Env {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let db = dir.path().join("wxgo.db");
        let env = Env { dir, db };
        let out = env.run(&["demo"]);
        assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
        env
    }

    fn run(&self, args: &[&str]) -> Output {
        crate::common::wxgo_command()
            .args(args)
            .env("WXGO_DB", &self.db)
            .env("WXGO_OUTBOX", self.dir.path().join("outbox"))
            .env("WXGO_NOW", NOW)
            .env("USER", "alice-admin")
            .output()
            .unwrap_or_else(|e| panic!("cannot run wxgo: {e}"))
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.run(&all);
        assert!(out.status.success(), "wxgo {args:?} failed: {}", text(&out.stderr));
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("wxgo {args:?}: bad JSON {e}: {}", text(&out.stdout)))
    }

    fn file(&self, name: &str, contents: &[u8]) -> String {
        let path = self.dir.path().join(name);
        std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{e}"));
        path.display().to_string()
    }

    fn free_numbers(&self, location: &str) -> Vec<String> {
        let all = self.json(&["numbers", "list", "--filter", location]);
        all.as_array()
            .map(|a| {
                a.iter()
                    .filter(|n| n["location"] == location && n["kind"] == "standard" && n["owner"].is_null())
                    .filter_map(|n| n["number"].as_str().map(str::to_string))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Every row of the tables these commands may touch.
    fn snapshot(&self) -> common::Snapshot {
        common::snapshot_file(&self.db)
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn sync_fix_reapply_and_export_from_the_command_line() {
    let env = Env::demo();
    let header = env.run(&["directory", "template"]);
    assert!(header.status.success());
    assert_eq!(text(&header.stdout).trim(), "Email,Display Name,Work Phone Number,Department");

    // A directory export as Excel writes it: BOM, CRLF, quoted fields, trailing blank lines.
    let dallas = env.free_numbers("Dallas");
    // A free number of Dallas in its national form: not E.164, and the fix offers it.
    let bad = format!("{}-{}-{}", &dallas[1][2..5], &dallas[1][5..8], &dallas[1][8..]);
    let csv = format!(
        "\u{FEFF}Email,Display Name,Work Phone Number,Department\r\n\
         new.good@acmefarms.example,\"Good, New\",{},Sales\r\n\
         new.bad@acmefarms.example,New Bad,{},Support\r\n\
         new.none@acmefarms.example,New None,,Field\r\n\r\n\r\n",
        dallas[0], bad
    );
    let file = env.file("directory.csv", csv.as_bytes());
    let report = env.json(&["directory", "sync", &file]);
    assert_eq!(report["created"], 3);
    assert_eq!(report["calling"]["provisioned"], 1);
    assert_eq!(report["calling"]["not_provisioned"], 2);
    assert_eq!(report["users"][1]["check"], "not_e164");
    assert_eq!(report["users"][1]["line"], 3);

    // Who is not provisioned, and why.
    let listed = env.json(&["users", "list", "--not-provisioned", "--filter", "new."]);
    let checks: Vec<(String, String)> = listed
        .as_array()
        .map(|a| {
            a.iter()
                .map(|r| (r["email"].as_str().unwrap_or("").into(), r["check"].as_str().unwrap_or("").into()))
                .collect()
        })
        .unwrap_or_default();
    assert_eq!(
        checks,
        vec![
            ("new.bad@acmefarms.example".to_string(), "not_e164".to_string()),
            ("new.none@acmefarms.example".to_string(), "no_number".to_string())
        ]
    );
    let human = env.run(&["users", "list", "--not-provisioned"]);
    let said = text(&human.stdout);
    assert!(said.contains(&format!("set the work number to {}", dallas[1])), "{said}");

    // Fix the number, re-apply, and the user has Calling.
    let fixed = env.json(&["users", "set-work-number", "new.bad@acmefarms.example", &dallas[1]]);
    assert!(fixed["next"].as_str().unwrap_or("").contains("re-apply"), "{fixed}");
    let reapplied = env.json(&["licences", "reapply", "--template", ALL_STAFF]);
    assert_eq!(reapplied["preserve"], true);
    assert!(reapplied["calling"]["provisioned"].as_u64().unwrap_or(0) >= 1);
    let u = env.json(&["users", "list", "--filter", "new.bad@"]);
    assert_eq!(u[0]["primary_number"], dallas[1].as_str());

    // user.csv, read back with the csv crate.
    let out = env.run(&["users", "export"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().unwrap_or_else(|e| panic!("{e}")).clone();
    let col = |n: &str| headers.iter().position(|h| h == n).unwrap_or_else(|| panic!("no {n} in {headers:?}"));
    let (email, phone, pro) =
        (col("User ID/Email (Required)"), col("Phone Number"), col("Webex Calling VAR Professional"));
    let mut found = Vec::new();
    for rec in reader.records() {
        let rec = rec.unwrap_or_else(|e| panic!("{e}"));
        if rec[email].starts_with("new.") {
            found.push((rec[email].to_string(), rec[phone].to_string(), rec[pro].to_string()));
        }
    }
    found.sort();
    assert_eq!(
        found,
        vec![
            ("new.bad@acmefarms.example".into(), dallas[1].clone(), "TRUE".into()),
            ("new.good@acmefarms.example".into(), dallas[0].clone(), "TRUE".into()),
            ("new.none@acmefarms.example".into(), String::new(), "FALSE".into()),
        ]
    );
    let file = env.dir.path().join("user.csv");
    let out = env.run(&["users", "export", "--out", &file.display().to_string()]);
    assert!(out.status.success() && file.exists());
}

#[test]
fn refusals_exit_non_zero_and_change_nothing() {
    let env = Env::demo();
    let before = env.snapshot();

    // A malformed directory file: line and column, exit 4.
    let file =
        env.file("bad.csv", b"Email,Display Name,Work Phone Number,Department\na@x.example,A,,S\nb@x.example,B\n");
    let out = env.run(&["directory", "sync", &file]);
    assert_eq!(out.status.code(), Some(4));
    let err = text(&out.stderr);
    assert!(err.contains("line 3") && err.contains("column 3 (Work Phone Number)"), "{err}");

    // Without preserve: the count is shown, nothing happens without --yes.
    let out = env.run(&["licences", "reapply", "--template", FINANCE, "--no-preserve"]);
    assert_eq!(out.status.code(), Some(3));
    let err = text(&out.stderr);
    assert!(err.contains("AL06") && err.contains(" users whose template") && err.contains("cannot be undone"), "{err}");

    // AL01 and AL03 by flags.
    let users = env.json(&["users", "list"]);
    let without = users
        .as_array()
        .and_then(|a| a.iter().find(|u| u["calling_status"] == "none"))
        .and_then(|u| u["email"].as_str())
        .unwrap_or_else(|| panic!("the demo has a user without Calling"))
        .to_string();
    let out = env.run(&["licences", "assign", "--template", ALL_STAFF, "--user", &without, "--location", "Dallas"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(text(&out.stderr).contains("AL0"), "{}", text(&out.stderr));
    let out = env.run(&[
        "licences",
        "assign",
        "--template",
        FINANCE,
        "--user",
        "x@acmefarms.example",
        "--location",
        "Dallas",
    ]);
    assert!(!out.status.success());
    let out = env.run(&["users", "set-work-number", "ava.archer@acmefarms.example", "not a number"]);
    assert_eq!(out.status.code(), Some(4));
    let out = env.run(&["--read-only", "licences", "reapply", "--template", ALL_STAFF]);
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(before, env.snapshot(), "nothing changed");

    // Confirmed: Finance users lose Calling, and the numbers go back to the pool.
    let preview_count = err
        .split_whitespace()
        .skip_while(|w| *w != "from")
        .nth(1)
        .and_then(|n| n.parse::<u64>().ok())
        .unwrap_or_else(|| panic!("no count in: {err}"));
    let done = env.json(&["licences", "reapply", "--template", FINANCE, "--no-preserve", "--yes"]);
    assert_eq!(done["calling"]["removed"].as_u64(), Some(preview_count));
    assert!(done["deleted"]["numbers"].as_u64().unwrap_or(0) > 0);
}

#[test]
fn templates_and_manual_assignment_from_a_file() {
    let env = Env::demo();
    let templates = env.json(&["licences", "templates"]);
    let names: Vec<&str> =
        templates.as_array().map(|a| a.iter().filter_map(|t| t["name"].as_str()).collect()).unwrap_or_default();
    assert_eq!(names, vec![ALL_STAFF, FINANCE]);
    assert_eq!(templates[1]["scope"], "group");
    assert_eq!(templates[1]["grants_calling"], false);
    let total: u64 =
        templates.as_array().map(|a| a.iter().filter_map(|t| t["covered_users"].as_u64()).sum()).unwrap_or(0);
    assert_eq!(total, 60, "every demo user has exactly one template");

    let sync = env.file(
        "dir.csv",
        b"Email,Display Name,Work Phone Number,Department\nm1@acmefarms.example,M One,,Sales\nm2@acmefarms.example,M Two,,Finance\n",
    );
    assert!(env.run(&["directory", "sync", &sync]).status.success());
    let london = env.free_numbers("London");
    let rows = format!(
        "email,location,number\r\nm1@acmefarms.example,London,{}\r\nm2@acmefarms.example,London,{}\r\n",
        london[0], london[1]
    );
    let file = env.file("assign.csv", rows.as_bytes());
    let out = env.run(&["licences", "assign", "--template", ALL_STAFF, "--from", &file]);
    assert_eq!(out.status.code(), Some(8), "partly done: {}", text(&out.stderr));
    let shown = text(&out.stdout);
    assert!(shown.contains("m2@acmefarms.example") && shown.contains("not covered"), "{shown}");
    let u = env.json(&["users", "list", "--filter", "m1@"]);
    assert_eq!(u[0]["primary_number"], london[0].as_str());
    assert_eq!(u[0]["location"], "London");
    let u = env.json(&["users", "list", "--filter", "m2@"]);
    assert!(u[0]["primary_number"].is_null());
}

#[test]
fn templates_are_created_changed_and_deleted_from_the_command_line() {
    let env = Env::demo();
    let saved = env.json(&["licences", "template-save", "Support: Calling", "--group", "Support", "--calling"]);
    assert_eq!(saved["name"], "Support: Calling");
    assert_eq!((saved["scope"].as_str(), saved["group"].as_str()), (Some("group"), Some("Support")));
    assert_eq!(saved["grants_calling"], true);

    // Changing the licences keeps the group and the Calling grant.
    let out = env.run(&["licences", "template-save", "Support: Calling", "--licences", "meetings,messaging"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Changed the template \"Support: Calling\""), "{}", text(&out.stdout));
    let list = env.json(&["licences", "templates"]);
    let row = list
        .as_array()
        .and_then(|a| a.iter().find(|t| t["name"] == "Support: Calling"))
        .unwrap_or_else(|| panic!("not listed: {list}"));
    assert_eq!((row["group"].as_str(), row["grants_calling"].as_bool()), (Some("Support"), Some(true)));
    assert_eq!(row["licences"], serde_json::json!(["meetings", "messaging"]));

    // A second organisation-wide template and an unknown licence: exit 4, a clear message,
    // nothing changed.
    let before = env.snapshot();
    let out = env.run(&["licences", "template-save", "Everyone", "--org-wide"]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("already has \"All staff: Webex Calling\""), "{}", text(&out.stderr));
    let out = env.run(&["licences", "template-save", "Support: Calling", "--licences", "zoom"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("choose from calling_basic, meetings, messaging"), "{}", text(&out.stderr));
    let out = env.run(&["licences", "template-save", "X", "--calling", "--no-calling"]);
    assert_eq!(out.status.code(), Some(2), "clap refuses both");
    assert_eq!(before, env.snapshot(), "refusals change nothing");

    let out = env.run(&["licences", "template-delete", "support: calling"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("Deleted the template \"Support: Calling\""), "{}", text(&out.stdout));
    let out = env.run(&["licences", "template-delete", "Support: Calling"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("wxgo licences templates"), "{}", text(&out.stderr));
    let out = env.run(&["--read-only", "licences", "template-save", "Y", "--group", "Y"]);
    assert_eq!(out.status.code(), Some(5), "read-only: {}", text(&out.stderr));
}
