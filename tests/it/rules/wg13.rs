//! WG13: bulk add of Webex Go devices from the CSV template, at the service. Every row is checked
//! against WG01-WG03 first (licences and numbers counted across the whole file); then all rows
//! are added in one transaction, or none and each problem is named by line, column and reason.

use crate::common;

use crate::delivery_support;

use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, TimeZone, Utc};
use rusqlite::Connection;
use wxgo::domain::{ActivationCode, Error, SeededCodeGenerator};
use wxgo::outside::config::DeliveryConfig;
use wxgo::outside::FixedClock;
use wxgo::service::{demo, BulkOptions, BulkPhase, BulkProgress, BulkReport, EmailChoice, Service, UserRow};

const HEADER: &str = "Username,Type,Extension,Phone Number,Device Type,Model,MAC Address,Location";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single().unwrap_or_else(|| panic!("time"))
}

struct Fixture {
    dir: tempfile::TempDir,
    svc: Service,
    db: std::path::PathBuf,
}

/// A demo organisation of `users` users in a database file (so a second connection can look at
/// every table), mail to an outbox folder.
fn fixture(users: usize, suppress_emails: bool) -> Fixture {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("wxgo.db");
    demo::create(&db, users, false, now()).unwrap_or_else(|e| panic!("{e}"));
    let conn = wxgo::testing::open(&db, false).unwrap_or_else(|e| panic!("{e}"));
    if suppress_emails {
        conn.execute("UPDATE orgs SET suppress_emails = 1", []).unwrap_or_else(|e| panic!("{e}"));
    }
    let svc = Service::from_connection(conn, None, Arc::new(FixedClock::new(now())))
        .unwrap_or_else(|e| panic!("{e}"))
        .with_codes(Arc::new(SeededCodeGenerator::new(13)))
        .with_delivery(DeliveryConfig::offline(), dir.path().join("outbox"));
    Fixture { dir, svc, db }
}

fn all_users(svc: &Service) -> Vec<UserRow> {
    svc.people().list("", 0, 1 << 30).unwrap_or_else(|e| panic!("{e}"))
}

fn supported(u: &UserRow) -> bool {
    u.location_country.as_deref().is_some_and(|c| ["US", "GB", "FR"].contains(&c))
}

fn pro(u: &UserRow) -> bool {
    u.licences.iter().any(|l| l == "calling_professional")
}

/// Users who can be given a device with no number to choose.
fn eligible(svc: &Service) -> Vec<UserRow> {
    all_users(svc)
        .into_iter()
        .filter(|u| u.device_id.is_none() && u.primary_number.is_some() && pro(u) && supported(u))
        .collect()
}

/// The template's header for this organisation's subscriptions, and their ids.
fn header(svc: &Service) -> (String, Vec<String>) {
    let subs: Vec<String> = svc.subscriptions().unwrap_or_else(|e| panic!("{e}")).into_iter().map(|s| s.id).collect();
    let mut h = HEADER.to_string();
    for s in &subs {
        h.push_str(&format!(",Webex Go[{s}]"));
    }
    (h, subs)
}

/// One row: TRUE in the column of subscription `sub` (an index).
fn row(email: &str, phone: &str, location: &str, sub: usize, subs: usize) -> String {
    let mut r = format!("{email},USER,,{phone},WEBEX_CALLING,Webex Go Device,,{location}");
    for i in 0..subs {
        r.push_str(if i == sub { ",TRUE" } else { "," });
    }
    r
}

/// A valid file of `n` rows, taking licences from the subscriptions in turn as they run out.
fn valid_file(svc: &Service, n: usize) -> (String, Vec<String>) {
    let (h, subs) = header(svc);
    let mut free: Vec<i64> = svc.subscriptions().unwrap_or_else(|e| panic!("{e}")).iter().map(|s| s.free).collect();
    let users = eligible(svc);
    assert!(users.len() >= n, "the demo has only {} eligible users", users.len());
    let mut lines = vec![h];
    let mut emails = Vec::new();
    for u in users.iter().take(n) {
        let sub = free.iter().position(|f| *f > 0).unwrap_or_else(|| panic!("licences ran out"));
        free[sub] -= 1;
        lines.push(row(&u.email, "", u.location.as_deref().unwrap_or(""), sub, subs.len()));
        emails.push(u.email.clone());
    }
    (lines.join("\n") + "\n", emails)
}

fn import(svc: &mut Service, data: &[u8], opts: BulkOptions) -> BulkReport {
    svc.devices().import(data, &opts, &mut |_| true).unwrap_or_else(|e| panic!("import: {e}"))
}

fn no_email() -> BulkOptions {
    BulkOptions { source: "devices.csv".into(), email: EmailChoice::NoEmail, ..Default::default() }
}

/// Every row of the tables an import may touch.
fn snapshot(db: &Path) -> common::Snapshot {
    common::snapshot_file(db)
}

/// Every text of the database, to look for codes in it.
fn database_text(db: &Path) -> String {
    let conn = Connection::open(db).unwrap_or_else(|e| panic!("{e}"));
    let mut all = String::new();
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
        .and_then(|mut st| st.query_map([], |r| r.get(0))?.collect())
        .unwrap_or_else(|e| panic!("{e}"));
    for t in tables {
        let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap_or_else(|e| panic!("{e}"));
        let cols = st.column_count();
        let rows = st
            .query_map([], |r| {
                let mut line = String::new();
                for i in 0..cols {
                    let v: rusqlite::types::Value = r.get(i)?;
                    line.push_str(&format!("{v:?}|"));
                }
                Ok(line)
            })
            .unwrap_or_else(|e| panic!("{e}"));
        for r in rows {
            all.push_str(&r.unwrap_or_else(|e| panic!("{e}")));
        }
    }
    all
}

#[test]
fn wg13_template_has_a_column_per_subscription_and_an_example_row() {
    let f = fixture(60, false);
    let text = f.svc.devices().template().unwrap_or_else(|e| panic!("{e}"));
    let (h, subs) = header(&f.svc);
    assert_eq!(subs.len(), 2);
    let mut lines = text.split("\r\n");
    assert_eq!(lines.next(), Some(h.as_str()));
    let example = lines.next().unwrap_or_default();
    assert!(example.starts_with("# "), "{example}");
    assert!(example.contains(",USER,,,WEBEX_CALLING,Webex Go Device,,"), "{example}");
    assert!(example.ends_with(",TRUE,FALSE"), "{example}");
}

#[test]
fn wg13_thousand_valid_rows_all_added() {
    let f = fixture(5500, false);
    let before = f.svc.devices().count(None, "").unwrap_or_else(|e| panic!("{e}"));
    let (csv, emails) = valid_file(&f.svc, 1000);
    let mut ticks: Vec<BulkProgress> = Vec::new();
    let started = Instant::now();
    let report = f
        .svc
        .devices()
        .import(csv.as_bytes(), &no_email(), &mut |p| {
            ticks.push(p);
            true
        })
        .unwrap_or_else(|e| panic!("{e}"));
    eprintln!("1,000 rows checked and added in {:?}", started.elapsed());
    assert!(report.problems.is_empty(), "{:?}", &report.problems[..report.problems.len().min(5)]);
    assert_eq!((report.rows, report.added, report.devices.len()), (1000, 1000, 1000));
    assert_eq!(f.svc.devices().count(None, "").unwrap_or_else(|e| panic!("{e}")), before + 1000);
    // Every user named got a device in Activation pending; lines follow the file.
    assert_eq!(report.devices[0].line, 2);
    assert_eq!(report.devices[999].line, 1001);
    let got: HashSet<&str> = report.devices.iter().map(|d| d.user.as_str()).collect();
    assert_eq!(got, emails.iter().map(String::as_str).collect());
    let d = f.svc.devices().get(&emails[500]).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.status, wxgo::domain::DeviceStatus::ActivationPending);
    assert_eq!(d.code_state, "valid");
    // No subscription is over its pool.
    for s in f.svc.subscriptions().unwrap_or_else(|e| panic!("{e}")) {
        assert!(s.free >= 0, "{s:?}");
    }
    // Progress came for each phase and ended at the total.
    for phase in [BulkPhase::Checking, BulkPhase::Adding, BulkPhase::Saving] {
        let last = ticks.iter().rev().find(|p| p.phase == phase);
        assert_eq!(last.map(|p| (p.done, p.total)), Some((1000, 1000)), "{phase:?}");
    }
    // The phases come in order, from reading the file's users to saving, each once.
    let mut order: Vec<BulkPhase> = ticks.iter().map(|p| p.phase).collect();
    order.dedup();
    assert_eq!(order, [BulkPhase::Reading, BulkPhase::Checking, BulkPhase::Adding, BulkPhase::Saving]);
    // Without a codes file or email, the admin is told how to hand codes out.
    assert!(report.note.contains("new-code"), "{}", report.note);
}

/// A file naming thousands of users has them read by two connections at once (the upper half
/// by id on a second, read-only one): every user is read as the users list reads them, and
/// every refusal is found, whichever half reads the user.
#[test]
fn wg13_a_file_of_thousands_of_users_is_checked_whole_whichever_half_reads_a_user() {
    let f = fixture(12_000, false);
    let (h, subs) = header(&f.svc);
    let mut free: Vec<i64> = f.svc.subscriptions().unwrap_or_else(|e| panic!("{e}")).iter().map(|s| s.free).collect();
    let users = all_users(&f.svc);
    let mut valid = vec![h.clone()];
    let mut mixed = vec![h];
    let mut refused_lines = HashSet::new();
    let mut valid_users = Vec::new();
    for u in users.iter().filter(|u| u.primary_number.is_some() && supported(u)) {
        let ok = u.device_id.is_none() && pro(u);
        // One refusal among about twenty rows.
        if !ok && refused_lines.len() * 20 > valid_users.len() {
            continue;
        }
        let Some(sub) = free.iter().position(|f| *f > 0) else { break };
        free[sub] -= 1;
        let line = row(&u.email, "", u.location.as_deref().unwrap_or(""), sub, subs.len());
        if ok {
            valid.push(line.clone());
            valid_users.push(u);
        } else {
            refused_lines.insert(mixed.len() as u64 + 1);
        }
        mixed.push(line);
        if valid_users.len() == 2100 {
            break;
        }
    }
    assert!(
        valid_users.len() == 2100 && refused_lines.len() > 50,
        "{} valid, {} refused",
        valid_users.len(),
        refused_lines.len()
    );
    let dry = BulkOptions { dry_run: true, ..no_email() };
    let check = |lines: &[String]| {
        f.svc
            .devices()
            .import((lines.join("\n") + "\n").as_bytes(), &dry, &mut |_| true)
            .unwrap_or_else(|e| panic!("{e}"))
    };

    let report = check(&mixed);
    assert_eq!(report.problems_total, refused_lines.len(), "{:?}", &report.problems[..3]);
    for p in &report.problems {
        assert!(refused_lines.contains(&p.line), "line {} was refused: {}", p.line, p.reason);
    }

    let report = check(&valid);
    assert!(report.problems.is_empty(), "{:?}", &report.problems[..report.problems.len().min(3)]);
    assert_eq!(report.devices.len(), valid_users.len());
    for (d, u) in report.devices.iter().zip(&valid_users) {
        assert_eq!((&d.user, &d.name, &d.number), (&u.email, &u.display_name, &u.primary_number));
    }
}

/// Imports `csv` (no email) and says how many devices were added when the adding began
/// (`None`: it never began).
fn import_counting_from(svc: &mut Service, csv: &str) -> (BulkReport, Option<usize>) {
    let mut adding_from = None;
    let report = svc
        .devices()
        .import(csv.as_bytes(), &no_email(), &mut |p| {
            if p.phase == BulkPhase::Adding && adding_from.is_none() {
                adding_from = Some(p.done);
            }
            true
        })
        .unwrap_or_else(|e| panic!("{e}"));
    (report, adding_from)
}

/// A long file is checked a stretch of rows at a time while the devices of the rows already
/// checked are written. Problems planted in different stretches (a user named again two
/// stretches later, a user who has a device, a number two stretches want, a user without
/// Calling Professional in the last stretch) are found exactly as the dry run, which checks the
/// file whole before anything is written, finds them; and nothing is added.
#[test]
fn wg13_a_long_file_checked_a_stretch_at_a_time_finds_what_checking_it_whole_finds() {
    let mut f = fixture(12_000, false);
    let (h, subs) = header(&f.svc);
    let mut free: Vec<i64> = f.svc.subscriptions().unwrap_or_else(|e| panic!("{e}")).iter().map(|s| s.free).collect();
    let users = all_users(&f.svc);
    let mut take = || {
        let sub = free.iter().position(|f| *f > 0).unwrap_or_else(|| panic!("licences ran out"));
        free[sub] -= 1;
        sub
    };
    let valid: Vec<&UserRow> = users
        .iter()
        .filter(|u| u.device_id.is_none() && u.primary_number.is_some() && pro(u) && supported(u))
        .collect();
    let with_device = users.iter().find(|u| u.device_id.is_some()).unwrap_or_else(|| panic!("no device"));
    let basic = users
        .iter()
        .find(|u| !pro(u) && u.device_id.is_none() && supported(u))
        .unwrap_or_else(|| panic!("no basic user"));
    let no_primary: Vec<&UserRow> = users
        .iter()
        .filter(|u| u.device_id.is_none() && u.primary_number.is_none() && pro(u) && supported(u))
        .collect();
    let pair: Vec<&&UserRow> = no_primary.iter().filter(|u| u.location == no_primary[0].location).take(2).collect();
    assert_eq!(pair.len(), 2, "two users without a primary number in one location");
    let number =
        f.svc.devices().choices(&pair[0].email).unwrap_or_else(|e| panic!("{e}")).free_numbers[0].number.clone();

    let mut lines = vec![h];
    for u in valid.iter().take(2100) {
        let sub = take();
        lines.push(row(&u.email, "", u.location.as_deref().unwrap_or(""), sub, subs.len()));
    }
    assert_eq!(lines.len(), 2101, "only {} valid users", valid.len());
    // Each planted row replaces a valid one (the line number is its index + 1).
    let mut plant = |index: usize, email: &str, phone: &str| {
        let sub = take();
        lines[index] = row(email, phone, "", sub, subs.len());
        index as u64 + 1
    };
    // The number first: its first row is in the first stretch, whose devices and numbers are
    // written before the second row is checked (were the checks to see the import's own
    // writes, that row would read "assigned to" rather than "named twice").
    plant(100, &pair[0].email, &number);
    let number_again = plant(800, &pair[1].email, &number);
    let has_device = plant(1200, &with_device.email, "");
    let named_again = plant(1900, &valid[5].email.to_uppercase(), "");
    let not_professional = plant(2080, &basic.email, "");
    let csv = lines.join("\n") + "\n";

    let dry = import(&mut f.svc, csv.as_bytes(), BulkOptions { dry_run: true, ..no_email() });
    let found = |r: &BulkReport| -> Vec<(u64, String, Option<&'static str>, String)> {
        r.problems.iter().map(|p| (p.line, p.column.clone(), p.rule, p.reason.to_string())).collect()
    };
    let lines_found: Vec<u64> = dry.problems.iter().map(|p| p.line).collect();
    assert_eq!(lines_found, [number_again, has_device, named_again, not_professional], "{:?}", found(&dry));

    let before = snapshot(&f.db);
    let (report, adding_from) = import_counting_from(&mut f.svc, &csv);
    assert_eq!(found(&report), found(&dry), "stretch by stretch and whole find the same");
    assert_eq!((report.added, adding_from), (0, None), "nothing is added");
    let (mut before, mut after) = (before, snapshot(&f.db));
    let (audit_before, audit_after) =
        (before.remove("audit").unwrap_or_default(), after.remove("audit").unwrap_or_default());
    common::assert_unchanged(&before, &after, "a refused long import");
    assert_eq!(audit_after.len(), audit_before.len() + 1, "the refusal is audited, nothing else");
}

/// A long, valid file: the devices of each stretch are written while the next is checked (the
/// adding starts with all of them written), every row is added in the file's order with its
/// code and audit entry, as the dry run planned; cancelled half-way through the checks, after
/// some devices were written, the import adds nothing.
#[test]
fn wg13_a_long_file_written_while_it_is_checked_adds_every_row_in_order_or_nothing() {
    let mut f = fixture(12_000, false);
    let (csv, emails) = valid_file(&f.svc, 2100);
    let before = snapshot(&f.db);
    let e = f
        .svc
        .devices()
        .import(csv.as_bytes(), &no_email(), &mut |p| !(p.phase == BulkPhase::Checking && p.done >= p.total * 3 / 4))
        .err()
        .unwrap_or_else(|| panic!("the cancel was not heard"));
    assert!(matches!(&e, Error::Rule { rule, .. } if *rule == wxgo::service::CANCELLED), "{e}");
    common::assert_unchanged(&before, &snapshot(&f.db), "a long import cancelled while checking");

    let dry = import(&mut f.svc, csv.as_bytes(), BulkOptions { dry_run: true, ..no_email() });
    let (report, adding_from) = import_counting_from(&mut f.svc, &csv);
    assert_eq!(report.added, 2100);
    // Every device was written while the rows were checked: the adding (the codes) starts
    // with all of them (a file checked whole first starts adding from none).
    assert_eq!(adding_from, Some(2100), "devices written while checking");
    let planned: Vec<(u64, &str, &Option<String>)> =
        dry.devices.iter().map(|d| (d.line, d.user.as_str(), &d.number)).collect();
    let added: Vec<(u64, &str, &Option<String>)> =
        report.devices.iter().map(|d| (d.line, d.user.as_str(), &d.number)).collect();
    assert_eq!(added, planned);
    assert_eq!(report.devices.iter().map(|d| d.user.clone()).collect::<Vec<_>>(), emails);

    // In the database: one device per row, numbered in the file's order, each with one valid
    // code and an audit entry naming its line.
    let conn = Connection::open(&f.db).unwrap_or_else(|e| panic!("{e}"));
    let ids: Vec<String> = report.devices.iter().map(|d| d.device_id.clone().unwrap_or_default()).collect();
    let numeric: Vec<i64> =
        ids.iter().map(|d| d.trim_start_matches("go-").parse().unwrap_or_else(|e| panic!("{d}: {e}"))).collect();
    assert!(numeric.windows(2).all(|w| w[1] == w[0] + 1), "device ids in the file's order");
    for (d, email) in report.devices.iter().zip(&emails) {
        let id = d.device_id.as_deref().unwrap_or_default().trim_start_matches("go-");
        let (owner, codes, audit): (String, i64, String) = conn
            .query_row(
                "SELECT u.email,
                    (SELECT count(*) FROM activation_codes c WHERE c.device_id = d.id AND c.state = 'valid'),
                    (SELECT details FROM audit a WHERE a.object = 'device:go-' || d.id)
                 FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = ?1",
                [id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .unwrap_or_else(|e| panic!("device {id}: {e}"));
        assert_eq!((&owner, codes), (email, 1), "device {id}");
        assert!(audit.ends_with(&format!("bulk import of devices.csv, line {}", d.line)), "{audit}");
    }
}

#[test]
fn wg13_one_bad_row_adds_nothing_and_names_the_row() {
    let mut f = fixture(5500, false);
    let (csv, _) = valid_file(&f.svc, 1000);
    // Line 502 (row 501 of the file) names a user without Calling Professional (WG01).
    let basic = all_users(&f.svc)
        .into_iter()
        .find(|u| !pro(u) && u.device_id.is_none() && supported(u))
        .unwrap_or_else(|| panic!("no basic user"));
    let mut lines: Vec<String> = csv.lines().map(str::to_string).collect();
    let subs = header(&f.svc).1.len();
    lines[501] = row(&basic.email, "", "", 0, subs);
    let csv = lines.join("\r\n");
    let before = snapshot(&f.db);
    let report = import(&mut f.svc, csv.as_bytes(), no_email());
    assert_eq!(report.added, 0);
    assert!(report.devices.is_empty());
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    let p = &report.problems[0];
    assert_eq!((p.line, p.column.as_str(), p.rule), (502, "Username", Some("WG01")));
    assert!(p.reason.contains(&basic.email), "{}", p.reason);
    assert!(p.reason.contains("Calling Professional"), "{}", p.reason);
    // Nothing was added; the refusal itself is audited.
    let mut after = snapshot(&f.db);
    let mut before = before;
    let (audit_before, audit_after) =
        (before.remove("audit").unwrap_or_default(), after.remove("audit").unwrap_or_default());
    common::assert_unchanged(&before, &after, "a refused import");
    assert_eq!(audit_after.len(), audit_before.len() + 1, "only one audit entry may be new");
    let refused: i64 = Connection::open(&f.db)
        .and_then(|c| c.query_row("SELECT count(*) FROM audit WHERE outcome = 'refused'", [], |r| r.get(0)))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(refused, 1, "the new audit entry records the refusal");
}

#[test]
fn wg13_licences_are_counted_across_the_file() {
    let mut f = fixture(60, false);
    let subs = f.svc.subscriptions().unwrap_or_else(|e| panic!("{e}"));
    let (h, ids) = header(&f.svc);
    // More rows on the second subscription than it has free licences (WG02).
    let free = subs[1].free as usize;
    let users = eligible(&f.svc);
    assert!(users.len() > free + 1, "{} eligible, {free} free", users.len());
    let mut lines = vec![h];
    for u in users.iter().take(free + 2) {
        lines.push(row(&u.email, "", "", 1, ids.len()));
    }
    let report = import(&mut f.svc, lines.join("\n").as_bytes(), no_email());
    assert_eq!(report.added, 0);
    let lic: Vec<u64> = report.problems.iter().filter(|p| p.rule == Some("WG02")).map(|p| p.line).collect();
    assert_eq!(lic, vec![free as u64 + 2, free as u64 + 3], "{:?}", report.problems);
    assert!(report.problems[0].reason.contains(&ids[1]));
    assert!(report.problems[0].column.contains(&ids[1]));
}

#[test]
fn wg13_each_problem_is_named_by_line_column_and_reason() {
    let mut f = fixture(60, false);
    let (h, ids) = header(&f.svc);
    let n = ids.len();
    let users = eligible(&f.svc);
    let no_primary: Vec<UserRow> = all_users(&f.svc)
        .into_iter()
        .filter(|u| u.device_id.is_none() && u.primary_number.is_none() && pro(u) && supported(u))
        .collect();
    assert!(no_primary.len() >= 2, "the demo needs users without a primary number");
    let choices = f.svc.devices().choices(&no_primary[0].email).unwrap_or_else(|e| panic!("{e}"));
    let free = &choices.free_numbers[0].number;
    let other_location_number = f
        .svc
        .numbers()
        .list(false, "", 0, 1 << 20)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|n| n.owner.is_none() && n.kind == "standard" && Some(&n.location) != no_primary[1].location.as_ref())
        .map(|n| n.number)
        .unwrap_or_else(|| panic!("no free number elsewhere"));
    let with_device =
        all_users(&f.svc).into_iter().find(|u| u.device_id.is_some()).unwrap_or_else(|| panic!("no device"));
    let rows = [
        /* 2 */ row(&users[0].email, "", "", 0, n).replace(",USER,", ",PHONE,"),
        /* 3 */ row(&users[1].email, "", "", 0, n).replace("Webex Go Device", "Cisco 8845"),
        /* 4 */
        row(&users[2].email, "", "", 0, n).replace("Webex Go Device,,", "Webex Go Device,00:11:22:33:44:55,"),
        /* 5 */ format!("{},USER,,,WEBEX_CALLING,Webex Go Device,,,TRUE,TRUE", users[3].email),
        /* 6 */ format!("{},USER,,,WEBEX_CALLING,Webex Go Device,,,,", users[4].email),
        /* 7 */ row("nobody@acmefarms.example", "", "", 0, n),
        /* 8 */ row(&users[5].email, "", "", 0, n),
        /* 9 */ row(&users[5].email.to_uppercase(), "", "", 0, n),
        /* 10 */ row(&no_primary[0].email, "", "", 0, n),
        /* 11 */ row(&no_primary[0].email.replace('@', "+x@"), free, "", 0, n),
        /* 12 */ row(&no_primary[1].email, &other_location_number, "", 0, n),
        /* 13 */ row(&with_device.email, "", "", 0, n),
        /* 14 */ row(&users[6].email, "", "Atlantis", 0, n),
        /* 15 */ row(&users[7].email, "", "", 0, n).replace(",TRUE", ",maybe"),
    ];
    let csv = format!("{h}\n{}\n", rows.join("\n"));
    let report = import(&mut f.svc, csv.as_bytes(), no_email());
    assert_eq!(report.added, 0);
    let found: Vec<(u64, String, Option<&str>)> =
        report.problems.iter().map(|p| (p.line, p.column.clone(), p.rule)).collect();
    let sub0 = format!("Webex Go[{}]", ids[0]);
    let sub1 = format!("Webex Go[{}]", ids[1]);
    for want in [
        (2, "Type".to_string(), None),
        (3, "Model".to_string(), None),
        (4, "MAC Address".to_string(), None),
        (5, sub1, Some("WG02")),
        (6, sub0.clone(), Some("WG02")),
        (7, "Username".to_string(), None),
        (9, "Username".to_string(), None),
        (10, "Phone Number".to_string(), Some("WG03")),
        (12, "Phone Number".to_string(), Some("WG03")),
        (13, "Username".to_string(), None),
        (14, "Location".to_string(), None),
        (15, sub0, None),
    ] {
        assert!(found.contains(&want), "missing {want:?} in {found:?}");
    }
    // Line 8 is fine on its own; line 9 (the same email in capitals) names it as the first row
    // of that user.
    let dup = report.problems.iter().find(|p| p.line == 9).map(|p| p.reason.clone());
    assert!(dup.is_some_and(|r| r.contains("line 8")));
    // The WG03 reason speaks of the column, not of a command-line flag.
    let wg03 = report.problems.iter().find(|p| p.line == 10).map(|p| p.reason.clone()).unwrap_or_default();
    assert!(wg03.contains("Phone Number") && !wg03.contains("--number"), "{wg03}");
    assert!(!found.iter().any(|(l, _, _)| *l == 8), "{found:?}");
}

#[test]
fn wg13_the_same_number_twice_in_a_file_is_refused() {
    let mut f = fixture(600, false);
    let (h, ids) = header(&f.svc);
    let no_primary: Vec<UserRow> = all_users(&f.svc)
        .into_iter()
        .filter(|u| u.device_id.is_none() && u.primary_number.is_none() && pro(u) && supported(u))
        .collect();
    let same_place: Vec<&UserRow> = no_primary.iter().filter(|u| u.location == no_primary[0].location).collect();
    assert!(same_place.len() >= 2, "no two users without a primary number in one location");
    let free =
        f.svc.devices().choices(&same_place[0].email).unwrap_or_else(|e| panic!("{e}")).free_numbers[0].number.clone();
    let csv = format!(
        "{h}\n{}\n{}\n",
        row(&same_place[0].email, &free, "", 0, ids.len()),
        row(&same_place[1].email, &free, "", 0, ids.len())
    );
    let report = import(&mut f.svc, csv.as_bytes(), no_email());
    assert_eq!(report.problems.len(), 1, "{:?}", report.problems);
    assert_eq!((report.problems[0].line, report.problems[0].rule), (3, Some("WG03")));
    assert!(report.problems[0].reason.contains("line 2"));
}

#[test]
fn wg13_spreadsheet_quirks_bom_crlf_quotes_semicolons_trailing_blank_lines() {
    let mut f = fixture(60, false);
    let users = eligible(&f.svc);
    let template = f.svc.devices().template().unwrap_or_else(|e| panic!("{e}"));
    let no_primary = all_users(&f.svc)
        .into_iter()
        .find(|u| u.device_id.is_none() && u.primary_number.is_none() && pro(u) && supported(u))
        .unwrap_or_else(|| panic!("no user without a primary number"));
    let free =
        f.svc.devices().choices(&no_primary.email).unwrap_or_else(|e| panic!("{e}")).free_numbers[0].number.clone();
    // As Excel writes it: BOM, CRLF, the example row kept, quoted cells, "true" in lower case,
    // the number written with spaces, empty rows of commas and blank lines at the end.
    let mut csv = String::from("\u{feff}");
    csv.push_str(&template); // header + "# example" row, CRLF
    csv.push_str(&format!(
        "\"{}\",User,,,webex_calling,\"Webex Go Device\",,\"{}\",true,FALSE\r\n",
        users[0].email,
        users[0].location.as_deref().unwrap_or("")
    ));
    let spaced = format!("{} {} {}", &free[..2], &free[2..5], &free[5..]);
    csv.push_str(&format!(
        "{},USER,,\"{spaced}\",WEBEX_CALLING,Webex Go Device,,,TRUE,\r\n",
        no_primary.email.to_uppercase(),
    ));
    csv.push_str(",,,,,,,,,\r\n\r\n\r\n");
    let report = import(&mut f.svc, csv.as_bytes(), no_email());
    assert!(report.problems.is_empty(), "{:?}", report.problems);
    assert_eq!(report.added, 2);
    assert_eq!((report.devices[0].line, report.devices[1].line), (3, 4));
    let assigned = &report.devices[1];
    assert!(assigned.number_assigned);
    assert_eq!(assigned.number.as_deref(), Some(free.as_str()));

    // European Excel: semicolons.
    let (h, ids) = header(&f.svc);
    let semi =
        format!("{}\r\n{}\r\n", h.replace(',', ";"), row(&users[1].email, "", "", 0, ids.len()).replace(',', ";"));
    let report = import(&mut f.svc, semi.as_bytes(), no_email());
    assert_eq!((report.added, report.problems.len()), (1, 0), "{:?}", report.problems);
}

#[test]
fn wg13_other_encodings_are_refused_with_how_to_save_as_utf8() {
    let f = fixture(60, false);
    let (csv, _) = valid_file(&f.svc, 3);
    let utf16: Vec<u8> = [0xFF, 0xFE].into_iter().chain(csv.encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
    let utf16_no_bom: Vec<u8> = csv.encode_utf16().flat_map(|u| u.to_le_bytes()).collect();
    let mut latin1 = csv.clone().into_bytes();
    latin1.extend_from_slice(b"ren\xe9@acmefarms.example,USER,,,WEBEX_CALLING,Webex Go Device,,,TRUE,\n");
    let before = snapshot(&f.db);
    for data in [utf16, utf16_no_bom, latin1] {
        let e = f
            .svc
            .devices()
            .import(&data, &no_email(), &mut |_| true)
            .err()
            .unwrap_or_else(|| panic!("accepted a file that is not UTF-8"));
        assert!(matches!(e, Error::Invalid(_)), "{e}");
        assert!(e.to_string().contains("UTF-8 CSV"), "{e}");
    }
    assert_eq!(snapshot(&f.db), before);
}

#[test]
fn wg13_dry_run_changes_nothing() {
    let mut f = fixture(60, false);
    let (csv, emails) = valid_file(&f.svc, 5);
    let before = snapshot(&f.db);
    let codes = f.dir.path().join("codes.csv");
    let report = import(
        &mut f.svc,
        csv.as_bytes(),
        BulkOptions { dry_run: true, codes_file: Some(codes.clone()), ..no_email() },
    );
    assert!(report.dry_run);
    assert_eq!((report.added, report.devices.len()), (0, 5));
    assert!(report.devices.iter().all(|d| d.device_id.is_none()));
    assert_eq!(report.devices[0].user, emails[0]);
    assert_eq!(snapshot(&f.db), before);
    assert!(!codes.exists(), "a dry run writes no codes file");
    assert!(eml_count(&f.dir.path().join("outbox")) == 0);
    // A dry run also works on a read-only service.
    let mut ro = fixture(60, false);
    ro.svc = ro.svc.with_read_only(true);
    let (csv, _) = valid_file(&ro.svc, 2);
    let r = import(&mut ro.svc, csv.as_bytes(), BulkOptions { dry_run: true, ..no_email() });
    assert!(r.problems.is_empty());
    let e = ro.svc.devices().import(csv.as_bytes(), &no_email(), &mut |_| true).err();
    assert!(matches!(e, Some(Error::ReadOnly(_))));
}

fn eml_count(dir: &Path) -> usize {
    std::fs::read_dir(dir)
        .map(|d| d.filter_map(|e| e.ok()).filter(|e| e.path().extension().is_some_and(|x| x == "eml")).count())
        .unwrap_or(0)
}

#[test]
fn wg13_codes_file_is_private_and_codes_are_nowhere_else() {
    let mut f = fixture(60, false);
    let (csv, emails) = valid_file(&f.svc, 4);
    let codes = f.dir.path().join("codes.csv");
    let report = import(&mut f.svc, csv.as_bytes(), BulkOptions { codes_file: Some(codes.clone()), ..no_email() });
    assert_eq!(report.added, 4);
    assert_eq!(delivery_support::mode(&codes), 0o600);
    let text = std::fs::read_to_string(&codes).unwrap_or_else(|e| panic!("{e}"));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().cloned().unwrap_or_else(|e| panic!("{e}"));
    for col in ["User", "Device", "Activation code", "SM-DP+ address", "LPA", "Android code", "Expires"] {
        assert!(headers.iter().any(|h| h == col), "no {col} column in {headers:?}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap_or_else(|e| panic!("{e}"))).collect();
    assert_eq!(rows.len(), 4);
    let db_text = database_text(&f.db);
    let report_json = serde_json::to_string(&report).unwrap_or_else(|e| panic!("{e}"));
    for (r, email) in rows.iter().zip(&emails) {
        assert_eq!(&r[0], email.as_str());
        let code = ActivationCode::parse(&r[3]).unwrap_or_else(|e| panic!("{e}"));
        assert!(r[5].starts_with("LPA:1$") && r[5].ends_with(code.as_str()));
        // The code is the device's valid code (its hash is stored) ...
        assert!(db_text.contains(&code.hash()));
        // ... and the code itself is in neither the database, the audit nor the report.
        assert!(!db_text.contains(code.as_str()));
        assert!(!report_json.contains(code.as_str()));
    }
    assert!(report.note.contains("codes.csv"), "{}", report.note);
}

#[test]
fn wg04_bulk_email_goes_out_unless_the_org_suppresses_it() {
    let mut f = fixture(60, false);
    let (csv, _) = valid_file(&f.svc, 3);
    let report = import(&mut f.svc, csv.as_bytes(), BulkOptions { email: EmailChoice::Email, ..no_email() });
    assert_eq!((report.added, report.emailed), (3, 3));
    assert_eq!(eml_count(&f.dir.path().join("outbox")), 3);
    assert!(report.note.contains("emailed"), "{}", report.note);

    let mut s = fixture(60, true);
    let (csv, _) = valid_file(&s.svc, 3);
    let before = snapshot(&s.db);
    let e = s
        .svc
        .devices()
        .import(csv.as_bytes(), &BulkOptions { email: EmailChoice::Email, ..no_email() }, &mut |_| true)
        .err()
        .unwrap_or_else(|| panic!("emailed although the org suppresses emails"));
    assert_eq!(e.rule_id(), Some("WG04"));
    assert_eq!(snapshot(&s.db), before);
    // Not asking for email works, and says what to do with the codes.
    let r = import(&mut s.svc, csv.as_bytes(), BulkOptions { email: EmailChoice::Default, ..no_email() });
    assert_eq!((r.added, r.emailed), (3, 0));
    assert!(r.devices.iter().all(|d| d.email_note.contains("suppresses")));
}

#[test]
fn wg13_a_cancelled_import_adds_nothing_in_any_phase() {
    let mut f = fixture(5500, false);
    let (csv, _) = valid_file(&f.svc, 1000);
    let before = snapshot(&f.db);
    for stop in [BulkPhase::Reading, BulkPhase::Checking, BulkPhase::Adding, BulkPhase::Saving] {
        let codes = f.dir.path().join(format!("codes-{stop:?}.csv"));
        let mut seen = Vec::new();
        let e = f
            .svc
            .devices()
            .import(csv.as_bytes(), &BulkOptions { codes_file: Some(codes.clone()), ..no_email() }, &mut |p| {
                seen.push(p.phase);
                // Stop halfway through the phase (or at once, for the phases reported once).
                !(p.phase == stop && (p.done >= p.total / 2 || matches!(stop, BulkPhase::Reading | BulkPhase::Saving)))
            })
            .err()
            .unwrap_or_else(|| panic!("an import cancelled while {stop:?} went on"));
        assert!(matches!(&e, Error::Rule { rule, .. } if *rule == wxgo::service::CANCELLED), "{e}");
        assert!(e.to_string().contains("nothing was added"), "{e}");
        assert!(e.to_string().contains(stop.label()), "{e}");
        assert_eq!(seen.last(), Some(&stop), "no progress after the cancel");
        assert!(!codes.exists(), "the codes file made for a cancelled import is removed ({stop:?})");
        common::assert_unchanged(&before, &snapshot(&f.db), "a cancelled import");
    }
    // Not cancelled, the same file adds every device.
    assert_eq!(import(&mut f.svc, csv.as_bytes(), no_email()).added, 1000);
}
