//! Databases that are not ours, a mistyped `--db`, a read-only folder, and where the demo
//! is: the real binary, with nothing of the user's environment.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const NOW: &str = "2026-11-22T09:00:00Z";
const SUB2: &str = "Sub-5f2c9a41-0d3e-4b8f-9e61-7ac2d4e8b913";

/// `wxgo` with a private data folder (`XDG_DATA_HOME`), no `WXGO_DB` unless given.
fn wxgo(home: &Path, db: Option<&Path>, args: &[&str]) -> Output {
    let mut cmd = crate::common::wxgo_command();
    cmd.args(args)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("HOME", home)
        .env("WXGO_NOW", NOW)
        .env("WXGO_OUTBOX", home.join("outbox"))
        .env_remove("WXGO_DB")
        .env_remove("WXGO_ORG");
    if let Some(db) = db {
        cmd.env("WXGO_DB", db);
    }
    cmd.output().unwrap_or_else(|e| panic!("cannot run wxgo: {e}"))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn sidecars(db: &Path) -> Vec<PathBuf> {
    ["-wal", "-shm", "-journal"]
        .iter()
        .map(|s| PathBuf::from(format!("{}{s}", db.display())))
        .filter(|p| p.exists())
        .collect()
}

fn pragma(db: &Path, name: &str) -> i64 {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{e}"));
    c.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0)).unwrap_or_else(|e| panic!("{e}"))
}

fn tables(db: &Path) -> Vec<String> {
    let c = rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .unwrap_or_else(|e| panic!("{e}"));
    let mut st = c
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        .unwrap_or_else(|e| panic!("{e}"));
    st.query_map([], |r| r.get(0)).unwrap_or_else(|e| panic!("{e}")).map(|r| r.unwrap_or_default()).collect()
}

/// Someone else's SQLite file: a rollback journal, one table of theirs, and the header bits
/// `setup` writes.
fn foreign(dir: &Path, name: &str, setup: &str) -> PathBuf {
    let db = dir.join(name);
    let c = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    c.execute_batch(&format!("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('keep me'); {setup}"))
        .unwrap_or_else(|e| panic!("{e}"));
    drop(c);
    db
}

/// Runs `args` on `db` and checks: exit 6, every word in the message, no SQL or migration text,
/// and the file byte for byte as it was, with no journal of ours beside it.
fn assert_refused_unchanged(home: &Path, db: &Path, args: &[&str], words: &[&str]) {
    let before = std::fs::read(db).unwrap_or_else(|e| panic!("{e}"));
    let out = wxgo(home, Some(db), args);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "wxgo {args:?}: {err}");
    for w in words {
        assert!(err.contains(w), "wxgo {args:?}: message lacks \"{w}\": {err}");
    }
    for raw in ["CREATE", "already exists", "migration", "sqlite_master", "near \""] {
        assert!(!err.contains(raw), "wxgo {args:?}: raw schema or migration text \"{raw}\" in: {err}");
    }
    assert_eq!(before, std::fs::read(db).unwrap_or_default(), "wxgo {args:?} changed {}", db.display());
    assert_eq!(sidecars(db), Vec::<PathBuf>::new(), "wxgo {args:?} left a journal beside {}", db.display());
}

#[test]
fn foreign_database_is_refused_unchanged() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = foreign(dir.path(), "theirs.db", "");
    for args in [
        &["users", "list"][..],
        &["devices", "add", "--user", "ava.haddad@acmefarms.example", "--subscription", SUB2],
        &["phone", "activate", "K7QX-M2PD-9HTR-4WCE"],
        &["audit"],
        &["--read-only", "org"],
        &["demo"],
        &["demo", "--force"],
        &[],
    ] {
        assert_refused_unchanged(dir.path(), &db, args, &["not a wxgo database", "Nothing was changed"]);
    }
    assert_eq!(tables(&db), ["notes"], "no wxgo table was added");
    assert_eq!(pragma(&db, "application_id"), 0);
    let c = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    let mode: String = c.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap_or_default();
    assert_eq!(mode, "delete", "the journal was not switched to WAL");
}

#[test]
fn schema_version_zero_with_tables_negative_or_another_programs_id_prints_no_schema() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    // Tables named like wxgo's at version 0: a migration would fail on "table orgs already exists".
    let like_ours = dir.path().join("like-ours.db");
    let c = rusqlite::Connection::open(&like_ours).unwrap_or_else(|e| panic!("{e}"));
    c.execute_batch("CREATE TABLE orgs (id INTEGER PRIMARY KEY, name TEXT); CREATE TABLE audit (x);")
        .unwrap_or_else(|e| panic!("{e}"));
    drop(c);
    assert_refused_unchanged(dir.path(), &like_ours, &["users", "list"], &["not a wxgo database", "2 table(s)"]);
    assert_refused_unchanged(dir.path(), &like_ours, &["--read-only", "users", "list"], &["not a wxgo database"]);

    let negative = foreign(dir.path(), "negative.db", "PRAGMA user_version = -7;");
    assert_refused_unchanged(dir.path(), &negative, &["users", "list"], &["not a wxgo database", "-7"]);
    assert_refused_unchanged(dir.path(), &negative, &["--read-only", "devices", "list"], &["not a wxgo database"]);

    let other = foreign(dir.path(), "other.db", "PRAGMA application_id = 1598903374; PRAGMA user_version = 1;");
    assert_refused_unchanged(dir.path(), &other, &["users", "list"], &["not a wxgo database", "another program"]);
}

#[test]
fn mistyped_db_path_creates_no_folder_and_no_database() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("typo").join("deeper").join("wxgo.db");
    for args in [
        &["users", "list"][..],
        &["devices", "list", "--json"],
        &["devices", "add", "--user", "ava.haddad@acmefarms.example"],
        &["phone", "activate", "K7QX-M2PD-9HTR-4WCE"],
        &["audit"],
        &["org"],
        &["--read-only", "users", "list"],
        &[], // the console
    ] {
        let out = wxgo(dir.path(), Some(&db), args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(6), "wxgo {args:?}: {err}");
        assert!(err.contains(&format!("there is no database at {}", db.display())), "wxgo {args:?}: {err}");
        assert!(err.contains("--demo") && err.contains("demo"), "says what to do: {err}");
        assert!(!dir.path().join("typo").exists(), "wxgo {args:?} created a folder");
    }
    // In an existing folder too: no empty database appears.
    let db = dir.path().join("wxgo.db");
    let out = wxgo(dir.path(), Some(&db), &["users", "list"]);
    assert_eq!(out.status.code(), Some(6), "{}", text(&out.stderr));
    assert!(!db.exists(), "a read created {}", db.display());
    // Only the command that creates creates: and then the others find it.
    let out = wxgo(dir.path(), Some(&db), &["demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = wxgo(dir.path(), Some(&db), &["users", "list", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(pragma(&db, "application_id"), i64::from(wxgo::testing::APPLICATION_ID), "created databases are marked");
}

#[test]
fn empty_file_left_by_an_earlier_wxgo_is_refused_by_reads_and_filled_by_demo() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("wxgo.db");
    std::fs::write(&db, b"").unwrap_or_else(|e| panic!("{e}"));
    assert_refused_unchanged(dir.path(), &db, &["users", "list"], &["is empty", "demo"]);
    let out = wxgo(dir.path(), Some(&db), &["demo"]);
    assert!(out.status.success(), "nothing to lose, so no --force needed: {}", text(&out.stderr));

    // What an earlier wxgo left for a mistyped path: its schema, no organisation.
    let blank = dir.path().join("blank.db");
    let c = wxgo::testing::create(&blank).unwrap_or_else(|e| panic!("{e}"));
    drop(c);
    let out = wxgo(dir.path(), Some(&blank), &["users", "list"]);
    assert!(text(&out.stderr).contains("no organisation"), "{}", text(&out.stderr));
    let out = wxgo(dir.path(), Some(&blank), &["demo"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

#[test]
fn wxgo_database_from_before_the_mark_is_ours_and_gets_marked() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("wxgo.db");
    assert!(wxgo(dir.path(), Some(&db), &["demo"]).status.success());
    // Back to what an earlier wxgo wrote: schema version 1, no mark.
    let c = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    c.execute_batch(
        "DROP TABLE api_run_steps; DROP TABLE api_runs;
         DROP TABLE code_attempts; DROP TABLE webex_orgs; DROP TABLE webex_session; DROP TABLE sync_state;
         DROP INDEX users_webex; DROP INDEX audit_webex; DROP INDEX devices_webex; DROP INDEX locations_webex;
         DROP INDEX bw_webex;
         ALTER TABLE users DROP COLUMN webex_id; ALTER TABLE users DROP COLUMN synced_at;
         ALTER TABLE locations DROP COLUMN webex_id; ALTER TABLE locations DROP COLUMN synced_at;
         ALTER TABLE numbers DROP COLUMN webex_id; ALTER TABLE numbers DROP COLUMN synced_at;
         ALTER TABLE subscriptions DROP COLUMN synced_at; ALTER TABLE audit DROP COLUMN webex_id;
         ALTER TABLE bw_subscribers DROP COLUMN webex_id; ALTER TABLE bw_subscribers DROP COLUMN synced_at;
         ALTER TABLE devices DROP COLUMN webex_id; ALTER TABLE devices DROP COLUMN connection_status;
         ALTER TABLE devices DROP COLUMN error_codes; ALTER TABLE devices DROP COLUMN synced_at;
         PRAGMA application_id = 0; PRAGMA user_version = 1;",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    drop(c);
    // Readable as it is, with --read-only, unchanged...
    let before = std::fs::read(&db).unwrap_or_default();
    let out = wxgo(dir.path(), Some(&db), &["--read-only", "users", "list", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(before, std::fs::read(&db).unwrap_or_default());
    // ...and marked and upgraded by the first writable open.
    let out = wxgo(dir.path(), Some(&db), &["users", "list", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(pragma(&db, "application_id"), i64::from(wxgo::testing::APPLICATION_ID));
    assert_eq!(pragma(&db, "user_version"), wxgo::testing::SCHEMA_VERSION);
    assert!(tables(&db).contains(&"code_attempts".to_string()));
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().map(|o| o.stdout.starts_with(b"0\n")).unwrap_or(false)
}

/// Makes `path` (a folder or a file) unwritable: chmod, and for root, which chmod does not
/// stop, `chattr +i` too. Undone on drop, even when an assertion fails.
struct Unwritable(PathBuf);

impl Unwritable {
    fn new(path: &Path) -> Unwritable {
        use std::os::unix::fs::PermissionsExt;
        let mode = if path.is_dir() { 0o555 } else { 0o444 };
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap_or_else(|e| panic!("{e}"));
        let guard = Unwritable(path.to_path_buf());
        if is_root() {
            let ok = Command::new("chattr").arg("+i").arg(path).status().map(|s| s.success()).unwrap_or(false);
            assert!(
                ok,
                "as root, chattr +i must work on the test's temporary folder (tests/setup.sh installs e2fsprogs)"
            );
        }
        guard
    }
}

impl Drop for Unwritable {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        if is_root() {
            let _ = Command::new("chattr").arg("-i").arg(&self.0).status();
        }
        let mode = if self.0.is_dir() { 0o700 } else { 0o600 };
        let _ = std::fs::set_permissions(&self.0, std::fs::Permissions::from_mode(mode));
    }
}

#[test]
fn database_in_a_read_only_folder_opens_with_read_only() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let folder = dir.path().join("ro");
    std::fs::create_dir(&folder).unwrap_or_else(|e| panic!("{e}"));
    let db = folder.join("wxgo.db");
    assert!(wxgo(dir.path(), Some(&db), &["demo"]).status.success());
    assert!(sidecars(&db).is_empty(), "closed cleanly: no -wal or -shm left");
    let before = std::fs::read(&db).unwrap_or_default();
    let guard = Unwritable::new(&folder);
    assert!(std::fs::write(folder.join("probe"), b"").is_err(), "the folder cannot be written");

    let out = wxgo(dir.path(), Some(&db), &["--read-only", "users", "list", "--json"]);
    assert!(out.status.success(), "a read-only folder opens with --read-only: {}", text(&out.stderr));
    let users: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(users.as_array().map(Vec::len), Some(60));
    let out = wxgo(dir.path(), Some(&db), &["--read-only", "devices", "delete", "go-1"]);
    assert_eq!(out.status.code(), Some(5), "{}", text(&out.stderr));

    let out = wxgo(dir.path(), Some(&db), &["devices", "delete", "go-1"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(6), "{err}");
    assert!(err.contains("--read-only") && err.contains("Nothing was changed"), "says what to do: {err}");
    drop(guard);
    assert_eq!(before, std::fs::read(&db).unwrap_or_default());

    // A read-only file in a writable folder opens with --read-only too.
    let guard = Unwritable::new(&db);
    let out = wxgo(dir.path(), Some(&db), &["--read-only", "audit", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    drop(guard);
}

#[test]
fn demo_flag_works_with_every_command_on_the_consoles_demo_database() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let home = dir.path();
    let default_db = home.join("data").join("wxgo").join("wxgo.db");
    let demo_db = home.join("data").join("wxgo").join("demo.db");

    // Without --demo a read finds nothing, creates nothing, and points to --demo.
    let out = wxgo(home, None, &["users", "list"]);
    assert_eq!(out.status.code(), Some(6));
    assert!(text(&out.stderr).contains("--demo"), "{}", text(&out.stderr));
    assert!(!default_db.exists() && !demo_db.exists());

    // The first --demo creates the demo (as the console does), in demo.db.
    let out = wxgo(home, None, &["--demo", "users", "list", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let users: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(users.as_array().map(Vec::len), Some(60));
    assert!(demo_db.exists(), "the demo is {}", demo_db.display());
    assert_eq!(demo_db, wxgo::cli::demo_db_beside(&default_db));
    assert!(!default_db.exists(), "--demo never makes wxgo.db");

    // Every command takes it, before or after the subcommand, and a change is seen by the next.
    let email = users
        .as_array()
        .and_then(|a| {
            a.iter().find(|u| {
                u["location"] == "Dallas"
                    && u["device_status"].is_null()
                    && !u["primary_number"].is_null()
                    && u["licences"].to_string().contains("calling_professional")
            })
        })
        .and_then(|u| u["email"].as_str())
        .unwrap_or_else(|| panic!("no eligible Dallas user: {users}"))
        .to_string();
    let added = wxgo(home, None, &["devices", "add", "--user", &email, "--subscription", SUB2, "--no-email", "--demo"]);
    assert!(added.status.success(), "{}", text(&added.stderr));
    for args in [
        &["--demo", "org"][..],
        &["--demo", "subscriptions", "list"],
        &["--demo", "numbers", "list", "--limit", "3"],
        &["--demo", "broadworks", "list"],
        &["--demo", "licences", "templates"],
        &["audit", "--demo", "--json"],
    ] {
        let out = wxgo(home, None, args);
        assert!(out.status.success(), "wxgo {args:?}: {}", text(&out.stderr));
    }
    let shown = wxgo(home, None, &["--demo", "users", "show", &email, "--json"]);
    assert!(text(&shown.stdout).contains("activation_pending"), "{}", text(&shown.stdout));
    let audit = wxgo(home, None, &["--demo", "audit", "--json"]);
    assert!(text(&audit.stdout).contains("add Webex Go device"), "{}", text(&audit.stdout));
    assert!(!default_db.exists());

    // With --db (or WXGO_DB) the demo is demo.db beside that database, never that database.
    let mine = home.join("mine").join("wxgo.db");
    std::fs::create_dir_all(home.join("mine")).unwrap_or_else(|e| panic!("{e}"));
    let out = wxgo(home, Some(&mine), &["--demo", "devices", "list", "--json"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(home.join("mine").join("demo.db").exists() && !mine.exists());
}
