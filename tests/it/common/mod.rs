//! Shared fixtures for the service-level rule tests: a small purpose-built organisation in a
//! database file of its own (so a second connection can look at every table), a fixed clock,
//! seeded activation codes and an outbox folder.
//!
//! Other test files may add their own functions here; please only add, never replace.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::{params, types::ValueRef, Connection, OpenFlags};
use tempfile::TempDir;
use wxgo::domain::{licence, Error, SeededCodeGenerator};
use wxgo::outside::{Actor, FixedClock, Outbox};
use wxgo::service::{AddDevice, IssuedCode, Service};
use wxgo::testing::Seeder;

pub const ORG: &str = "Acme Test";
pub const SMDP: &str = "smdp.wxgo.test";
pub const SUB_A: &str = "Sub-1b7da88e-0a4c-4e6b-9d21-5c3f8e7a6b01";
pub const SUB_B: &str = "Sub-2c8eb99f-1b5d-4f7c-8e32-6d4a9f8b7c02";
/// A subscription without Webex Go licences (other licences only): never a Webex Go choice.
pub const SUB_NO_GO: &str = "Sub-3d9fc0a0-2c6e-4a8d-9f43-7e5b0a9c8d03";

/// Calling Professional, New York, primary number `ALICE_NUMBER`.
pub const ALICE: &str = "alice@acme.test";
pub const ALICE_NUMBER: &str = "+12125550100";
/// Calling Professional, New York, primary number `BOB_NUMBER`.
pub const BOB: &str = "bob@acme.test";
pub const BOB_NUMBER: &str = "+12125550101";
/// Calling Professional, New York, no primary number (WG03).
pub const CAROL: &str = "carol@acme.test";
/// Webex Calling Basic (and Meetings), New York, primary number: not eligible (WG01).
pub const DAVE: &str = "dave@acme.test";
pub const DAVE_NUMBER: &str = "+12125550104";
/// Calling Professional in Berlin (DE): not a Webex Go country by default (WG01).
pub const ERIK: &str = "erik@acme.test";
pub const ERIK_NUMBER: &str = "+4930555000";
/// No licences at all, New York, no number.
pub const FRANK: &str = "frank@acme.test";
/// Calling Professional, New York, with a mobile-operator Webex Go device (only when
/// `OrgSetup::mobile_operator_device`).
pub const HANA: &str = "hana@acme.test";
pub const HANA_MOBILE: &str = "+19175550190";

/// Unassigned standard numbers of New York, in order.
pub const NY_FREE: [&str; 2] = ["+12125550102", "+12125550103"];
/// Owned by a service (an auto attendant) in New York.
pub const NY_SERVICE_NUMBER: &str = "+12125550105";
/// An unassigned mobile number of New York.
pub const NY_FREE_MOBILE: &str = "+19175550199";
/// An unassigned standard number of Berlin.
pub const BERLIN_FREE: &str = "+4930555001";

pub fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single().expect("a valid time")
}

/// How the organisation is set up. `None` leaves the schema's default in place.
#[derive(Debug, Clone)]
pub struct OrgSetup {
    pub suppress_emails: bool,
    pub code_lifetime_days: Option<i64>,
    pub go_countries: Option<&'static str>,
    /// Subscription id and its Webex Go licence count.
    pub subscriptions: Vec<(&'static str, i64)>,
    /// Gives HANA a mobile-operator device (from the first subscription).
    pub mobile_operator_device: bool,
    pub code_seed: u64,
}

impl Default for OrgSetup {
    fn default() -> Self {
        OrgSetup {
            suppress_emails: false,
            code_lifetime_days: None,
            go_countries: None,
            subscriptions: vec![(SUB_A, 5)],
            mobile_operator_device: false,
            code_seed: 42,
        }
    }
}

impl OrgSetup {
    pub fn subscriptions(mut self, subs: &[(&'static str, i64)]) -> Self {
        self.subscriptions = subs.to_vec();
        self
    }
}

pub struct Fixture {
    pub svc: Service,
    pub clock: Arc<FixedClock>,
    pub dir: TempDir,
}

/// Every row of every table, as text, rows sorted: a fingerprint of the whole database.
pub type Snapshot = BTreeMap<String, Vec<String>>;

impl Fixture {
    pub fn new(setup: OrgSetup) -> Self {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let path = dir.path().join("wxgo.db");
        let mut conn = wxgo::testing::create(&path).unwrap_or_else(|e| panic!("{e}"));
        let tx = conn.transaction().expect("a transaction");
        seed(&tx, &setup);
        tx.commit().expect("commit the fixture");
        let clock = Arc::new(FixedClock::new(t0()));
        let svc = Service::from_connection(conn, None, clock.clone())
            .unwrap_or_else(|e| panic!("{e}"))
            .with_codes(Arc::new(SeededCodeGenerator::new(setup.code_seed)))
            .with_mailer(Box::new(Outbox::new(dir.path().join("outbox"))))
            .with_actor(Actor::named("tester"));
        Fixture { svc, clock, dir }
    }

    pub fn db_path(&self) -> PathBuf {
        self.dir.path().join("wxgo.db")
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.dir.path().join("outbox")
    }

    /// The `.eml` files in the outbox, sorted by name.
    pub fn outbox_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = match std::fs::read_dir(self.outbox_dir()) {
            Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
            Err(_) => Vec::new(),
        };
        files.sort();
        files
    }

    /// A second, read-only connection to the fixture's database.
    pub fn reader(&self) -> Connection {
        Connection::open_with_flags(self.db_path(), OpenFlags::SQLITE_OPEN_READ_ONLY)
            .expect("open the database read-only")
    }

    pub fn snapshot(&self) -> Snapshot {
        snapshot_of(&self.reader())
    }

    /// Every text (and blob, lossily) value of every table: (table, column, value).
    pub fn text_values(&self) -> Vec<(String, String, String)> {
        let conn = self.reader();
        let mut out = Vec::new();
        for table in tables(&conn) {
            let mut st = conn.prepare(&format!("SELECT * FROM \"{table}\"")).expect("select a table");
            let columns: Vec<String> = st.column_names().iter().map(|c| c.to_string()).collect();
            let mut rows = st.query([]).expect("query a table");
            while let Some(row) = rows.next().expect("read a row") {
                for (i, col) in columns.iter().enumerate() {
                    let text = match row.get_ref(i).expect("a value") {
                        ValueRef::Text(t) => String::from_utf8_lossy(t).into_owned(),
                        ValueRef::Blob(b) => String::from_utf8_lossy(b).into_owned(),
                        _ => continue,
                    };
                    out.push((table.clone(), col.clone(), text));
                }
            }
        }
        out
    }

    /// A row count, straight from the table.
    pub fn count(&self, sql_table: &str) -> i64 {
        self.reader().query_row(&format!("SELECT count(*) FROM \"{sql_table}\""), [], |r| r.get(0)).expect("count rows")
    }

    /// The states of a device's codes, oldest first, straight from the table.
    pub fn code_states(&self, device_ref: &str) -> Vec<String> {
        let id: i64 = device_ref.trim_start_matches("go-").parse().expect("a device reference go-<n>");
        let conn = self.reader();
        let mut st =
            conn.prepare("SELECT state FROM activation_codes WHERE device_id = ?1 ORDER BY id").expect("prepare");
        let rows = st.query_map([id], |r| r.get::<_, String>(0)).expect("query");
        rows.map(|r| r.expect("a state")).collect()
    }

    /// Adds a device to `email` with the defaults (one subscription, keeps the number).
    pub fn add(&mut self, email: &str) -> IssuedCode {
        ok(self.svc.devices().add(&add_request(email)))
    }
}

pub fn add_request(email: &str) -> AddDevice {
    AddDevice { user_email: email.to_string(), ..AddDevice::default() }
}

pub fn tables(conn: &Connection) -> Vec<String> {
    let mut st =
        conn.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").expect("list tables");
    let rows = st.query_map([], |r| r.get::<_, String>(0)).expect("list tables");
    rows.map(|r| r.expect("a table name")).collect()
}

pub fn snapshot_of(conn: &Connection) -> Snapshot {
    let mut out = Snapshot::new();
    for table in tables(conn) {
        let mut st = conn.prepare(&format!("SELECT * FROM \"{table}\"")).expect("select a table");
        let n = st.column_count();
        let mut rows = st.query([]).expect("query a table");
        let mut lines = Vec::new();
        while let Some(row) = rows.next().expect("read a row") {
            let cells: Vec<String> = (0..n).map(|i| format!("{:?}", row.get_ref(i).expect("a value"))).collect();
            lines.push(cells.join(" | "));
        }
        lines.sort();
        out.insert(table, lines);
    }
    out
}

/// The snapshot without the tables a refused `phone activate` writes to: its audit entry and
/// the throttle's count of failed attempts (issue 13.9). Everything else must not change.
pub fn but_attempts(s: &Snapshot) -> Snapshot {
    s.iter()
        .filter(|(t, _)| t.as_str() != "audit" && t.as_str() != "code_attempts")
        .map(|(t, r)| (t.clone(), r.clone()))
        .collect()
}

/// Fails with the tables that differ, so a broken "nothing changed" says where.
#[track_caller]
pub fn assert_unchanged(before: &Snapshot, after: &Snapshot, what: &str) {
    let differing: Vec<String> = before
        .keys()
        .chain(after.keys())
        .filter(|t| before.get(*t) != after.get(*t))
        .map(|t| format!("{t}: before {:?}\n      after {:?}", before.get(t), after.get(t)))
        .collect();
    assert!(differing.is_empty(), "{what}: the database changed:\n{}", differing.join("\n"));
}

#[track_caller]
pub fn ok<T>(r: Result<T, Error>) -> T {
    r.unwrap_or_else(|e| panic!("unexpected refusal: {e}"))
}

/// The rule id and message of a rule refusal; anything else fails the test.
#[track_caller]
pub fn refused<T: std::fmt::Debug>(r: Result<T, Error>) -> (&'static str, String) {
    match r {
        Err(Error::Rule { rule, message }) => (rule, message.to_string()),
        other => panic!("expected a rule refusal, got {other:?}"),
    }
}

fn seed(conn: &Connection, setup: &OrgSetup) {
    let now = t0();
    let s = Seeder::new(conn, now);
    conn.execute(
        "INSERT INTO orgs (name, country, suppress_emails, smdp_address, created_at) VALUES (?1, 'US', ?2, ?3, ?4)",
        params![ORG, setup.suppress_emails, SMDP, wxgo::testing::ts(now)],
    )
    .expect("insert the org");
    let org = conn.last_insert_rowid();
    if let Some(days) = setup.code_lifetime_days {
        conn.execute("UPDATE orgs SET code_lifetime_days = ?2 WHERE id = ?1", params![org, days])
            .expect("set the code lifetime");
    }
    if let Some(countries) = setup.go_countries {
        conn.execute("UPDATE orgs SET go_countries = ?2 WHERE id = ?1", params![org, countries])
            .expect("set the Webex Go countries");
    }
    let sub_ok =
        |id: &str, n: i64| s.subscription(org, id, &format!("Webex Calling {id}"), n).unwrap_or_else(|e| panic!("{e}"));
    for (id, n) in &setup.subscriptions {
        sub_ok(id, *n);
    }
    sub_ok(SUB_NO_GO, 0);

    let loc = |name: &str, country: &str| s.location(org, name, country, true).unwrap_or_else(|e| panic!("{e}"));
    let ny = loc("New York", "US");
    let berlin = loc("Berlin", "DE");

    let user = |email: &str, name: &str, location: i64, licences: &[&str]| {
        let pro = licences.contains(&licence::CALLING_PROFESSIONAL);
        let id = s
            .user(org, email, name, Some(location), None, None, None, if pro { "provisioned" } else { "none" }, None)
            .unwrap_or_else(|e| panic!("{e}"));
        for l in licences {
            s.licence(id, l).unwrap_or_else(|e| panic!("{e}"));
        }
        id
    };
    let number = |location: i64, e164: &str, kind: &str, owner: Option<i64>| {
        s.number(org, location, e164, kind, owner, None, owner.is_some(), None).unwrap_or_else(|e| panic!("{e}"))
    };
    let pro = [licence::CALLING_PROFESSIONAL, licence::MEETINGS];
    let alice = user(ALICE, "Alice Archer", ny, &pro);
    let bob = user(BOB, "Bob Baker", ny, &pro);
    user(CAROL, "Carol Chen", ny, &pro);
    let dave = user(DAVE, "Dave Dunn", ny, &[licence::CALLING_BASIC, licence::MEETINGS]);
    let erik = user(ERIK, "Erik Engel", berlin, &pro);
    user(FRANK, "Frank Fisher", ny, &[]);

    number(ny, ALICE_NUMBER, "standard", Some(alice));
    number(ny, BOB_NUMBER, "standard", Some(bob));
    number(ny, NY_FREE[0], "standard", None);
    number(ny, NY_FREE[1], "standard", None);
    number(ny, DAVE_NUMBER, "standard", Some(dave));
    s.number(org, ny, NY_SERVICE_NUMBER, "standard", None, Some("Auto attendant: Main line"), false, None)
        .unwrap_or_else(|e| panic!("{e}"));
    number(ny, NY_FREE_MOBILE, "mobile", None);
    number(berlin, ERIK_NUMBER, "standard", Some(erik));
    number(berlin, BERLIN_FREE, "standard", None);

    if setup.mobile_operator_device {
        let hana = user(HANA, "Hana Hale", ny, &pro);
        let mobile = number(ny, HANA_MOBILE, "mobile", Some(hana));
        let sub = setup.subscriptions.first().map(|s| s.0).expect("a subscription for the mobile-operator device");
        s.device(org, hana, sub, "mobile_operator", "online", Some(mobile), now).unwrap_or_else(|e| panic!("{e}"));
    }
}

/// Every row of every table of the database file at `db`, for "nothing changed" checks.
pub fn snapshot_file(db: &std::path::Path) -> Snapshot {
    let conn = Connection::open(db).expect("open the database file");
    snapshot_of(&conn)
}

/// Whether a user of `wxgo users list --json` may get a Webex Go device with nothing to choose
/// but the subscription: Calling Professional, a primary number, a Webex Go country, no device.
pub fn may_get_a_device(u: &serde_json::Value) -> bool {
    u["device_status"].is_null()
        && !u["primary_number"].is_null()
        && u["licences"].to_string().contains("calling_professional")
        && ["US", "GB", "FR"].iter().any(|c| u["location_country"] == *c)
}

/// (email, location) of the users of `wxgo users list --json` who [`may_get_a_device`].
pub fn eligible_users(users: &serde_json::Value) -> Vec<(String, String)> {
    users
        .as_array()
        .into_iter()
        .flatten()
        .filter(|u| may_get_a_device(u))
        .filter_map(|u| Some((u["email"].as_str()?.to_string(), u["location"].as_str()?.to_string())))
        .collect()
}

/// A device import file (WG13) of `rows` users who may get a Webex Go device, from the CSV
/// template's header and `wxgo users list --json`: for the tests that drive `devices import`.
pub fn import_rows(template: &str, users: &serde_json::Value, rows: usize) -> String {
    let header = template.lines().next().unwrap_or_default().to_string();
    let go_columns = header.split(',').filter(|c| c.starts_with("Webex Go[")).count().max(1);
    let mut out = format!("{header}\n");
    let mut n = 0;
    for u in users.as_array().into_iter().flatten() {
        if !may_get_a_device(u) || n == rows {
            continue;
        }
        let mut subs = vec![""; go_columns];
        subs[0] = "TRUE";
        out.push_str(&format!(
            "{},USER,{},,WEBEX_CALLING,Webex Go Device,,{},{}\n",
            u["email"].as_str().unwrap_or(""),
            u["extension"].as_str().unwrap_or(""),
            u["location"].as_str().unwrap_or(""),
            subs.join(",")
        ));
        n += 1;
    }
    assert_eq!(n, rows, "not enough eligible users");
    out
}

/// Walks the whole action table the way an admin pushing on would: for every action that
/// changes something, in every view it applies to, a fresh console from `console`, its key, and
/// answers to whatever it asks (`csv` for the import's file; a number, a confirmation or a typed
/// DELETE for the others) until `told` says the admin was told. Panics naming the action that
/// told nothing. Returns how many action/view pairs were walked.
pub fn walk_changing_actions(
    mut console: impl FnMut() -> wxgo::tui::harness::Harness,
    csv: &str,
    told: impl Fn(&wxgo::tui::harness::Harness) -> bool,
) -> usize {
    use wxgo::tui::actions::{Context, ACTIONS};
    let mut walked = 0;
    for action in ACTIONS.iter().filter(|a| a.changes_data) {
        for ctx in action.places() {
            let Some(first) = action.keys.iter().find(|k| k.places.contains(&ctx)).and_then(|k| k.keys.first()) else {
                continue;
            };
            let mut h = console();
            match ctx {
                Context::Users => h.press("1"),
                Context::Devices => h.press("2"),
                Context::Numbers => h.press("3"),
                Context::Bw => h.press("4"),
                Context::Detail => h.keys("1 enter"),
                // Activation details exist only right after a code was issued; the overlays are
                // reached through the views above.
                _ => continue,
            }
            h.press(first);
            let answers: Vec<&str> = if action.name == "import_devices" {
                vec![csv, "enter", "enter", "enter", "y", "enter"]
            } else {
                vec!["y", "enter", "+447400123456", "enter", "y", "enter", "DELETE", "enter", "y", "enter"]
            };
            let mut said = told(&h);
            for key in answers {
                if said {
                    break;
                }
                if key.starts_with('+') || key.starts_with('/') || key == "DELETE" {
                    h.type_text(key);
                } else {
                    h.press(key);
                }
                said = told(&h);
            }
            assert!(said, "{} ({first}) in {ctx:?}: the admin was not told:\n{}", action.name, h.screen());
            walked += 1;
        }
    }
    walked
}

/// A devices CSV (the template's header and one row) in `dir` for the first user among
/// `svc.people().list(filter, ..)` that `eligible` accepts: what the import form is given in the
/// read-only walks. Returns its path.
pub fn one_row_devices_csv(
    svc: &Service,
    filter: &str,
    eligible: impl Fn(&wxgo::service::UserRow) -> bool,
    dir: &std::path::Path,
) -> String {
    let template = svc.devices().template().unwrap_or_else(|e| panic!("{e}"));
    let header = template.lines().next().unwrap_or_default().to_string();
    let subs = header.split(',').filter(|c| c.starts_with("Webex Go[")).count().max(1);
    let user = svc
        .people()
        .list(filter, 0, 500)
        .unwrap_or_default()
        .into_iter()
        .find(|u| eligible(u))
        .unwrap_or_else(|| panic!("no eligible user"));
    let mut go = vec![""; subs];
    go[0] = "TRUE";
    let row = format!(
        "{},USER,,,WEBEX_CALLING,Webex Go Device,,{},{}",
        user.email,
        user.location.unwrap_or_default(),
        go.join(",")
    );
    let path = dir.join("devices.csv");
    std::fs::write(&path, format!("{header}\n{row}\n")).unwrap_or_else(|e| panic!("{e}"));
    path.display().to_string()
}

/// `wxgo`, the binary under test, in English whatever the locale of whoever runs the tests:
/// `LANG=C.UTF-8` and no `LC_ALL`/`LC_MESSAGES` (wxgo takes its language from them). A test
/// about a language sets its own (`--lang`, or the variables after this).
pub fn wxgo_command() -> std::process::Command {
    let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_wxgo"));
    english(&mut c);
    c
}

/// `c` in the English locale (for a shell or another program that starts wxgo).
pub fn english(c: &mut std::process::Command) -> &mut std::process::Command {
    c.env("LANG", "C.UTF-8").env_remove("LC_ALL").env_remove("LC_MESSAGES")
}
