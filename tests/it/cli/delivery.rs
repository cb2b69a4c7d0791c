//! The real `wxgo` binary: bulk add from the template (WG13), email through a real SMTP server
//! and `wxgo mail retry` (WG04), the PDF letter, and call records (WG15).

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::delivery_support::{free_port, mode, qr_codes_in_pdf, SmtpServer};
use serde_json::Value;

const NOW: &str = "2026-11-22T09:00:00Z";

struct Env {
    dir: tempfile::TempDir,
    db: PathBuf,
    outbox: PathBuf,
    smtp_url: Option<String>,
    print_command: String,
}

impl Env {
    fn demo() -> Env {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let db = dir.path().join("wxgo.db");
        let outbox = dir.path().join("outbox");
        let env = Env { dir, db, outbox, smtp_url: None, print_command: String::new() };
        let out = env.run(&["demo"]);
        assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
        env
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    fn run(&self, args: &[&str]) -> Output {
        let mut cmd = crate::common::wxgo_command();
        cmd.args(args)
            .env("WXGO_DB", &self.db)
            .env("WXGO_OUTBOX", &self.outbox)
            .env("WXGO_NOW", NOW)
            // A config folder of its own: never the real one of whoever runs the tests.
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("WXGO_PRINT_COMMAND", &self.print_command)
            .env("USER", "alice-admin")
            .env_remove("WXGO_SMTP_URL")
            .env_remove("SSH_CLIENT")
            .env_remove("SSH_CONNECTION");
        if let Some(url) = &self.smtp_url {
            cmd.env("WXGO_SMTP_URL", url);
        }
        cmd.output().unwrap_or_else(|e| panic!("cannot run wxgo: {e}"))
    }

    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "wxgo {args:?} failed ({:?}): {}{}",
            out.status.code(),
            text(&out.stdout),
            text(&out.stderr)
        );
        text(&out.stdout)
    }

    fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        all.push("--json");
        let stdout = self.ok(&all);
        serde_json::from_str(&stdout).unwrap_or_else(|e| panic!("bad JSON {e}: {stdout}"))
    }

    /// Users who can be given a device with nothing to choose but the subscription.
    fn eligible(&self) -> Vec<(String, String)> {
        crate::common::eligible_users(&self.json(&["users", "list"]))
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A filled-in template: the template's own header, its example row kept, `rows` users.
fn filled_template(env: &Env, rows: usize) -> (String, Vec<String>) {
    let template = env.ok(&["devices", "template"]);
    let mut lines: Vec<String> = template.lines().map(str::to_string).collect();
    let subs = lines[0].matches("Webex Go[").count();
    let mut emails = Vec::new();
    for (email, location) in env.eligible().into_iter().take(rows) {
        let mut r = format!("{email},USER,,,WEBEX_CALLING,Webex Go Device,,{location},TRUE");
        for _ in 1..subs {
            r.push(',');
        }
        lines.push(r);
        emails.push(email);
    }
    (lines.join("\r\n") + "\r\n", emails)
}

fn write(path: &Path, contents: &str) {
    std::fs::write(path, contents).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn wg13_import_from_the_template_with_a_private_codes_file() {
    let env = Env::demo();
    let (csv, emails) = filled_template(&env, 5);
    let file = env.path("devices.csv");
    write(&file, &format!("\u{feff}{csv}"));
    let file_s = file.display().to_string();

    // A dry run changes nothing.
    let before = env.ok(&["devices", "list", "--json"]);
    let dry = env.ok(&["devices", "import", &file_s, "--dry-run"]);
    assert!(dry.contains("Dry run: all 5 rows can be added"), "{dry}");
    assert_eq!(env.ok(&["devices", "list", "--json"]), before);

    let codes = env.path("codes.csv");
    let codes_s = codes.display().to_string();
    let out = env.ok(&["devices", "import", &file_s, "--no-email", "--codes-file", &codes_s]);
    assert!(out.contains("Added 5 Webex Go devices"), "{out}");
    for e in &emails {
        assert!(out.contains(e.as_str()), "{e} not listed: {out}");
    }
    assert_eq!(mode(&codes), 0o600);
    let codes_text = std::fs::read_to_string(&codes).unwrap_or_else(|e| panic!("{e}"));
    let plain: Vec<String> =
        codes_text.lines().skip(1).filter_map(|l| l.split(',').nth(3).map(str::to_string)).collect();
    assert_eq!(plain.len(), 5);
    // The codes are nowhere but in the codes file: not on stdout, not in the audit trail.
    let audit = env.ok(&["audit", "--limit", "100", "--json"]);
    for c in &plain {
        assert!(!out.contains(c.as_str()), "a code reached stdout");
        assert!(!audit.contains(c.as_str()), "a code reached the audit trail");
    }
    assert!(audit.contains("bulk add Webex Go devices"));
    // Each code works on a phone.
    let status = env.ok(&["phone", "activate", &plain[0]]);
    assert!(status.contains("Online"), "{status}");

    // The same file again: every row now names a user who has a device; nothing is added.
    let again = env.run(&["devices", "import", &file_s, "--no-email", "--json"]);
    assert_eq!(again.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&again.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["added"], 0);
    assert_eq!(v["problems"].as_array().map(|a| a.len()), Some(5));
    assert_eq!(v["problems"][0]["line"], 3); // the header, then the template's example row
}

#[test]
fn wg13_a_bad_row_is_named_and_nothing_is_added() {
    let env = Env::demo();
    let (csv, _) = filled_template(&env, 4);
    let bad = csv.replacen("WEBEX_CALLING,Webex Go Device,,", "WEBEX_CALLING,Webex Go Device,00:1A:2B:3C:4D:5E,", 2);
    let file = env.path("devices.csv");
    write(&file, &bad);
    let before = env.ok(&["devices", "list", "--json"]);
    let out = env.run(&["devices", "import", &file.display().to_string(), "--no-email"]);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(stdout.contains("MAC Address"), "{stdout}");
    assert!(stdout.contains("│ 3 "), "line 3 not named: {stdout}");
    assert!(text(&out.stderr).contains("nothing was added"), "{}", text(&out.stderr));
    assert_eq!(env.ok(&["devices", "list", "--json"]), before);

    // A file saved in another encoding: told to save it as UTF-8 CSV.
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(csv.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
    std::fs::write(&file, utf16).unwrap_or_else(|e| panic!("{e}"));
    let out = env.run(&["devices", "import", &file.display().to_string()]);
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("UTF-8 CSV"), "{}", text(&out.stderr));
}

#[test]
fn wg04_smtp_from_the_command_line_and_mail_retry() {
    let mut env = Env::demo();
    let port = free_port();
    env.smtp_url = Some(format!("smtp://127.0.0.1:{port}"));
    let users = env.eligible();

    // Nothing listens yet: the add works, the email is queued, the admin is told.
    let v = env.json(&[
        "devices",
        "add",
        "--subscription",
        "Sub-1b7da88e-7665-4713-b8fe-c4662e78d2c0",
        "--user",
        &users[0].0,
    ]);
    assert_eq!(v["emailed"], false);
    assert!(v["email_note"].as_str().unwrap_or("").contains("wxgo mail retry"), "{v}");
    let code = v["activation_code"].as_str().unwrap_or_default().to_string();
    let queue = env.json(&["mail", "list"]);
    assert_eq!(queue.as_array().map(|a| a.len()), Some(1));
    assert_eq!(queue[0]["to"], users[0].0.as_str());
    let down = env.run(&["mail", "retry"]);
    assert_eq!(down.status.code(), Some(7), "{}", text(&down.stderr));

    // The server comes up: retry delivers it; new mail goes straight out.
    let server = SmtpServer::start(port, &env.path("received"));
    let sent = env.ok(&["mail", "retry"]);
    assert!(sent.contains("1 sent"), "{sent}");
    let v2 = env.json(&[
        "devices",
        "add",
        "--subscription",
        "Sub-1b7da88e-7665-4713-b8fe-c4662e78d2c0",
        "--user",
        &users[1].0,
    ]);
    assert_eq!(v2["emailed"], true, "{v2}");
    let got = server.wait_for(2);
    assert_eq!(got.len(), 2);
    assert!(got.iter().any(|m| m.contains(&code)), "the retried email lost its code");
    let code2 = v2["activation_code"].as_str().unwrap_or_default();
    assert!(got.iter().any(|m| m.contains(code2)));
    assert_eq!(env.json(&["mail", "list"]).as_array().map(|a| a.len()), Some(0));
}

#[test]
fn letter_from_the_command_line_decodes_and_goes_to_the_printer() {
    let mut env = Env::demo();
    let printed = env.path("printed");
    std::fs::create_dir_all(&printed).unwrap_or_else(|e| panic!("{e}"));
    let script = env.path("fake-lp");
    write(&script, &format!("#!/bin/sh\ncp \"$1\" {}/\n", printed.display()));
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap_or_else(|e| panic!("{e}"));
    }
    let users = env.eligible();
    let letter = env.path("add.pdf");
    let out = env.run(&[
        "devices",
        "add",
        "--subscription",
        "Sub-1b7da88e-7665-4713-b8fe-c4662e78d2c0",
        "--user",
        &users[0].0,
        "--no-email",
        "--letter",
        &letter.display().to_string(),
        "--json",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    let lpa = v["lpa"].as_str().unwrap_or_default().to_string();
    assert!(text(&out.stderr).contains("add.pdf"), "{}", text(&out.stderr));
    assert_eq!(mode(&letter), 0o600);
    assert_eq!(qr_codes_in_pdf(&letter), vec![lpa.clone()]);

    // `devices letter` with the current code, to the configured printer.
    env.print_command = script.display().to_string();
    let device = v["device_id"].as_str().unwrap_or_default().to_string();
    let code = v["activation_code"].as_str().unwrap_or_default().to_string();
    let again = env.path("again.pdf");
    let said = env.ok(&["devices", "letter", &device, "--code", &code, "--out", &again.display().to_string()]);
    assert!(said.contains("Sent to the printer"), "{said}");
    assert_eq!(qr_codes_in_pdf(&printed.join("again.pdf")), vec![lpa]);
    // A wrong code prints nothing.
    let wrong = env.run(&[
        "devices",
        "letter",
        &device,
        "--code",
        "2345-6789-ABCD-EFGH",
        "--out",
        &env.path("w.pdf").display().to_string(),
    ]);
    assert_eq!(wrong.status.code(), Some(3));
    assert!(!env.path("w.pdf").exists());
}

#[test]
fn wg15_calls_import_and_the_webex_go_filter() {
    let env = Env::demo();
    let user = env.eligible().remove(0).0;
    let csv = format!(
        "Start time,Duration,Direction,Calling number,Called number,User,Sub client type,Correlation ID,Call type\n\
         2026-11-20T14:03:11.123Z,75,ORIGINATING,+12142000001,+14155550100,{user},MOBILE_NETWORK,c-1,SIP_NATIONAL\n\
         2026-11-20T15:03:11.123Z,12,TERMINATING,+14155550100,+12142000001,{user},,c-2,SIP_NATIONAL\n"
    );
    let file = env.path("cdr.csv");
    write(&file, &csv);
    let out = env.ok(&["calls", "import", &file.display().to_string()]);
    assert!(out.contains("Imported 2 call records"), "{out}");
    let go = env.json(&["calls", "list", "--webex-go"]);
    assert_eq!(go.as_array().map(|a| a.len()), Some(1));
    assert_eq!(go[0]["sub_client_type"], "MOBILE_NETWORK");
    let mine = env.json(&["calls", "list", "--user", &user]);
    assert_eq!(mine.as_array().map(|a| a.len()), Some(2));
    let table = env.ok(&["calls", "list", "--webex-go"]);
    assert!(table.contains("Webex Go (MOBILE_NETWORK)"), "{table}");
}
