//! End to end: the real `wxgo` binary in tmux on a private socket. Add a device through the
//! keys, copy the code with OSC 52 into tmux's buffer (`set-clipboard on`), activate it from
//! another process with `wxgo phone activate`, and see the row turn Online within two seconds.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

const NOW: &str = "2026-11-22T09:00:00Z";

struct Tmux {
    socket: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("tmux is needed for this test (apt-get install tmux): {e}"))
    }

    fn capture(&self) -> String {
        String::from_utf8_lossy(&self.run(&["capture-pane", "-p"]).stdout).into_owned()
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "wxgo"];
        args.extend_from_slice(keys);
        let out = self.run(&args);
        assert!(out.status.success(), "send-keys: {}", String::from_utf8_lossy(&out.stderr));
    }

    /// Waits until the pane shows `what`, or fails with what it shows.
    fn wait_for(&self, what: &str, within: Duration) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if screen.contains(what) {
                return screen;
            }
            assert!(start.elapsed() < within, "waited {within:?} for {what:?}; the pane shows:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = Command::new("tmux").arg("-L").arg(&self.socket).arg("kill-server").output();
    }
}

fn wxgo(db: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_wxgo"))
        .env("WXGO_NOW", NOW)
        .arg("--db")
        .arg(db)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("run wxgo: {e}"))
}

fn looks_like_code(s: &str) -> bool {
    let groups: Vec<&str> = s.split('-').collect();
    groups.len() == 4 && groups.iter().all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_alphanumeric()))
}

#[test]
fn console_in_tmux_adds_a_device_copies_the_code_and_shows_the_phone_activating() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db: PathBuf = dir.path().join("wxgo.db");
    let out = wxgo(&db, &["demo"]);
    assert!(out.status.success(), "wxgo demo: {}", String::from_utf8_lossy(&out.stderr));

    let tmux = Tmux { socket: format!("wxgo-tui-test-{}", std::process::id()) };
    let console = format!(
        "env XDG_CONFIG_HOME='{cfg}' WXGO_NOW={NOW} '{bin}' --db '{db}' --clipboard osc52; sleep 5",
        cfg = dir.path().join("config").display(),
        bin = env!("CARGO_BIN_EXE_wxgo"),
        db = db.display(),
    );
    let out = tmux.run(&["-f", "/dev/null", "new-session", "-d", "-s", "wxgo", "-x", "80", "-y", "24", &console]);
    assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
    let out = tmux.run(&["set-option", "-g", "set-clipboard", "on"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));

    let wait = Duration::from_secs(10);
    let screen = tmux.wait_for("Ava Haddad", wait);
    assert!(screen.contains("clipboard: osc52"), "{screen}");

    // Add a Webex Go device to Ava Haddad through the keys.
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "ava.haddad"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("filter: \"ava.haddad\"", wait);
    tmux.keys(&["a"]);
    tmux.wait_for("WG02", wait); // two subscriptions: choose one
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Activation details", wait);
    assert!(screen.contains('▀') || screen.contains('▄'), "the QR code is drawn:\n{screen}");

    // Copy the code: OSC 52 reaches tmux's buffer.
    tmux.keys(&["c"]);
    tmux.wait_for("copied with OSC 52", wait);
    let start = Instant::now();
    let code = loop {
        let buffer = String::from_utf8_lossy(&tmux.run(&["show-buffer"]).stdout).trim().to_string();
        if looks_like_code(&buffer) {
            break buffer;
        }
        assert!(start.elapsed() < wait, "no code in tmux's buffer: {buffer:?}");
        std::thread::sleep(Duration::from_millis(50));
    };
    assert!(tmux.capture().contains(&code), "the copied code is the one on screen");

    tmux.keys(&["Escape"]);
    let screen = tmux.wait_for("Activation pending", wait);
    let row = screen.lines().find(|l| l.contains("Ava Haddad")).unwrap_or_default().to_string();
    assert!(row.contains("Activation pending"), "{row}");

    // The phone activates the code from another process: the console shows it within 2 s.
    let out = wxgo(&db, &["phone", "activate", &code]);
    assert!(out.status.success(), "phone activate: {}", String::from_utf8_lossy(&out.stderr));
    let activated = Instant::now();
    loop {
        let screen = tmux.capture();
        let row = screen.lines().find(|l| l.contains("Ava Haddad")).unwrap_or_default().to_string();
        if row.contains("● Online") {
            break;
        }
        assert!(activated.elapsed() < Duration::from_secs(2), "not Online within 2 s:\n{screen}");
        std::thread::sleep(Duration::from_millis(50));
    }

    tmux.keys(&["q"]);
}

/// A demo database and the console on it in tmux, 80x24.
fn console(dir: &Path, socket: &str) -> (Tmux, PathBuf) {
    let db: PathBuf = dir.join("wxgo.db");
    let out = wxgo(&db, &["demo"]);
    assert!(out.status.success(), "wxgo demo: {}", String::from_utf8_lossy(&out.stderr));
    let tmux = Tmux { socket: format!("{socket}-{}", std::process::id()) };
    let console = format!(
        "env XDG_CONFIG_HOME='{cfg}' WXGO_NOW={NOW} '{bin}' --db '{db}' --clipboard osc52; sleep 5",
        cfg = dir.join("config").display(),
        bin = env!("CARGO_BIN_EXE_wxgo"),
        db = db.display(),
    );
    let out = tmux.run(&["-f", "/dev/null", "new-session", "-d", "-s", "wxgo", "-x", "80", "-y", "24", &console]);
    assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
    tmux.wait_for("Amir Abbott", Duration::from_secs(10));
    (tmux, db)
}

/// The screen line holding `needle`.
fn row_of(screen: &str, needle: &str) -> String {
    screen.lines().find(|l| l.contains(needle)).unwrap_or_default().to_string()
}

/// Waits until the line holding `needle` also holds `what`.
fn wait_row(tmux: &Tmux, needle: &str, what: &str, within: Duration) -> String {
    let start = Instant::now();
    loop {
        let screen = tmux.capture();
        let row = row_of(&screen, needle);
        if row.contains(what) {
            return row;
        }
        assert!(start.elapsed() < within, "waited {within:?} for {what:?} on {needle:?}:\n{screen}");
        std::thread::sleep(Duration::from_millis(50));
    }
}

#[test]
fn mo01_mo05_console_in_tmux_from_no_operator_account_to_a_mobile_primary_number_and_its_device() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (tmux, db) = console(dir.path(), "wxgo-tui-mobile");
    let wait = Duration::from_secs(10);

    // New York has no operator account: request one (MO01).
    tmux.keys(&["3"]);
    tmux.keys(&["o"]);
    tmux.wait_for("Operator accounts", wait);
    tmux.keys(&["O"]);
    tmux.wait_for("Add operator account", wait);
    tmux.keys(&["Up"]);
    for _ in 0..6 {
        if tmux.capture().contains("◀ New York (US) ▶") {
            break;
        }
        tmux.keys(&["Right"]);
        std::thread::sleep(Duration::from_millis(150));
    }
    tmux.wait_for("◀ New York (US) ▶", wait);
    tmux.keys(&["Tab"]);
    tmux.keys(&["-l", "Verizon"]);
    tmux.keys(&["Tab"]);
    tmux.keys(&["-l", "VZ-1001"]);
    tmux.keys(&["Tab"]);
    tmux.keys(&["-l", "VZ-1001"]);
    tmux.wait_for("the two account ids match", wait);
    tmux.keys(&["Enter"]);
    tmux.wait_for("cannot be changed later", wait);
    tmux.keys(&["y"]);
    tmux.wait_for("Operator account VZ-1001", wait);
    tmux.keys(&["Escape"]);
    wait_row(&tmux, "VZ-1001", "◌ Pending", wait);

    // The operator authorises it from the shell: the console shows it within a second or so.
    let out = wxgo(&db, &["operator", "authorize", "VZ-1001"]);
    assert!(out.status.success(), "operator authorize: {}", String::from_utf8_lossy(&out.stderr));
    wait_row(&tmux, "VZ-1001", "● Authorized", Duration::from_secs(2));

    // Add two mobile numbers under it (MO03).
    for _ in 0..6 {
        if row_of(&tmux.capture(), "VZ-1001").starts_with('▶') {
            break;
        }
        tmux.keys(&["j"]);
        std::thread::sleep(Duration::from_millis(150));
    }
    assert!(row_of(&tmux.capture(), "VZ-1001").starts_with('▶'), "{}", tmux.capture());
    tmux.keys(&["N"]);
    tmux.wait_for("Add mobile numbers: New York", wait);
    tmux.keys(&["-l", "+19172000100, +447400000001,"]);
    tmux.wait_for("Invalid:", wait);
    tmux.keys(&["-l", " +19172000101"]);
    tmux.keys(&["Enter"]);
    let screen = tmux.wait_for("Mobile numbers for New York", wait);
    assert!(screen.contains("✓ +19172000100 · Available · added"), "{screen}");
    assert!(screen.contains("✕ +447400000001 · Invalid · not added"), "{screen}");
    tmux.keys(&["Escape"]);

    // Ava Haddad (New York) gets one as her primary number (MO05).
    tmux.keys(&["1"]);
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "ava.haddad"]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("filter: \"ava.haddad\"", wait);
    tmux.keys(&["M"]);
    let screen = tmux.wait_for("New York only", wait);
    assert!(screen.contains("+19172000100") && !screen.contains("+1469"), "only New York's numbers:\n{screen}");
    tmux.keys(&["Enter"]);
    tmux.wait_for("WG02", wait);
    tmux.keys(&["Enter"]);
    tmux.wait_for("pool of unassigned", wait);
    tmux.keys(&["y"]);
    let screen = tmux.wait_for("Mobile primary number for ava.haddad", wait);
    assert!(screen.contains("Mobile operator"), "{screen}");
    tmux.keys(&["Escape"]);
    wait_row(&tmux, "Ava Haddad", "+19172000100", wait);

    // The new device on the Devices pane.
    tmux.keys(&["2"]);
    tmux.wait_for("Devices  1-", wait);
    tmux.keys(&["G"]);
    let row = wait_row(&tmux, "Ava Haddad", "Operator", wait);
    assert!(row.contains("● Online"), "{row}");
    tmux.keys(&["q"]);
}

#[test]
fn bw03_bw04_console_in_tmux_shows_a_portal_claim_pending_then_provisioned_after_a_retry() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (tmux, db) = console(dir.path(), "wxgo-tui-bw");
    let wait = Duration::from_secs(10);
    tmux.keys(&["4"]);
    tmux.keys(&["/"]);
    tmux.keys(&["-l", "acme000002"]);
    tmux.keys(&["Enter"]);
    wait_row(&tmux, "acme000002@", "pending_email_input", wait);

    // The user claims the account in the portal, from the shell: pending, live.
    let out = wxgo(
        &db,
        &[
            "portal",
            "claim",
            "--broadworks-id",
            "acme000002@bw.acmefarms.example",
            "--email",
            "mateo@elsewhere.example",
        ],
    );
    assert!(out.status.success(), "portal claim: {}", String::from_utf8_lossy(&out.stderr));
    wait_row(&tmux, "acme000002@", "◌ pending_email_validation", Duration::from_secs(2));

    // The admin retries with another email: provisioned (BW04).
    tmux.keys(&["R"]);
    tmux.wait_for("Retry activation", wait);
    for _ in 0..40 {
        tmux.keys(&["BSpace"]);
    }
    tmux.wait_for("Email: ▏", wait);
    tmux.keys(&["-l", "mateo.archer@acmefarms.example"]);
    tmux.keys(&["Enter"]);
    wait_row(&tmux, "acme000002@", "● provisioned", wait);
    let out = wxgo(&db, &["broadworks", "list", "--json"]);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("mateo.archer@acmefarms.example"), "{text}");
    tmux.keys(&["q"]);
}

/// Users of the demo who can get a Webex Go device with nothing to choose: (email, name,
/// location), and how many devices there are now.
fn eligible_users(db: &Path, n: usize) -> (Vec<(String, String, String)>, usize) {
    use std::sync::Arc;
    let now = chrono::DateTime::parse_from_rfc3339(NOW).map(|t| t.to_utc()).unwrap_or_else(|e| panic!("{e}"));
    let svc =
        wxgo::service::Service::open(&wxgo::service::Options::new(db), Arc::new(wxgo::outside::FixedClock::new(now)))
            .unwrap_or_else(|e| panic!("{e}"));
    let devices = svc.devices_count(None, "").unwrap_or_else(|e| panic!("{e}"));
    let users = svc
        .users("", 0, 1000)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|u| {
            u.device_id.is_none()
                && u.primary_number.is_some()
                && u.has_licence(wxgo::domain::licence::CALLING_PROFESSIONAL)
                && u.location_country.as_deref().is_some_and(|c| ["US", "GB", "FR"].contains(&c))
        })
        .take(n)
        .map(|u| (u.email, u.display_name, u.location.unwrap_or_default()))
        .collect();
    (users, devices)
}

#[test]
fn wg13_console_in_tmux_imports_a_devices_csv_from_the_devices_pane_and_lists_the_new_devices() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let (tmux, db) = console(dir.path(), "wxgo-tui-import");
    let wait = Duration::from_secs(10);
    let template = wxgo(&db, &["devices", "template"]);
    assert!(template.status.success(), "{}", String::from_utf8_lossy(&template.stderr));
    let header = String::from_utf8_lossy(&template.stdout).lines().next().unwrap_or_default().to_string();
    let subs = header.matches("Webex Go[").count();
    assert!(subs >= 1, "{header}");
    let (users, before) = eligible_users(&db, 2);
    assert_eq!(users.len(), 2);
    let mut csv = format!("{header}\n");
    for (email, _, location) in &users {
        csv.push_str(&format!("{email},USER,,,WEBEX_CALLING,Webex Go Device,,{location},TRUE"));
        csv.push_str(&",".repeat(subs - 1));
        csv.push('\n');
    }
    let file = dir.path().join("devices.csv");
    std::fs::write(&file, csv).unwrap_or_else(|e| panic!("{e}"));

    tmux.keys(&["2"]);
    tmux.wait_for("▶2 Devices", wait);
    tmux.keys(&["I"]);
    tmux.wait_for("Email the codes", wait);
    tmux.keys(&["-l", &file.display().to_string()]);
    tmux.keys(&["Enter"]);
    tmux.wait_for("all 2 rows pass", wait);
    tmux.keys(&["Enter"]);
    tmux.wait_for("2 Webex Go devices added", wait);
    // Enter closes the report (Esc followed at once by another key would read as Alt).
    tmux.keys(&["Enter"]);
    tmux.wait_for(&format!("of {}", before + 2), wait);
    tmux.keys(&["G"]); // the new devices are the newest, at the bottom
    for (_, name, _) in &users {
        wait_row(&tmux, name, "Activation pending", wait);
    }
    tmux.keys(&["q"]);
}
