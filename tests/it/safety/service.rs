//! What surrounds the Webex Go rules: the activation code is never at rest in plain text
//! (WG04: only a hash is stored, the code is shown once), the read-only switch refuses every
//! changing action in the service, and a database busy with another writer gives a clear
//! message instead of SQLite's "database is locked".

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration as StdDuration, Instant};

use crate::common::*;
use chrono::Duration;
use wxgo::domain::device::PhoneEvent;
use wxgo::domain::Error;
use wxgo::outside::{Actor, FixedClock, Outbox};
use wxgo::service::{AddDevice, BulkOptions, EmailChoice, IssuedCode, OperatorDecision, Options, Service};

/// Every way the code could be written down: as shown, without hyphens, in lower case.
fn spellings(issued: &IssuedCode) -> Vec<String> {
    let shown = issued.activation_code.as_str().to_string();
    let bare: String = shown.chars().filter(|c| *c != '-').collect();
    vec![shown.clone(), bare.clone(), shown.to_lowercase(), bare.to_lowercase()]
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}

/// The database file and its companions (-wal, -shm, -journal), whatever exists.
fn database_files(db: &Path) -> Vec<(String, Vec<u8>)> {
    ["", "-wal", "-shm", "-journal"]
        .iter()
        .filter_map(|suffix| {
            let p = format!("{}{suffix}", db.display());
            std::fs::read(&p).ok().map(|bytes| (p, bytes))
        })
        .collect()
}

#[test]
fn wg04_plain_code_is_never_stored_in_any_table_file_or_audit() {
    let mut f = Fixture::new(OrgSetup::default());
    // A whole life cycle, so codes of every state are in the tables.
    let mut issued = vec![f.add(ALICE)];
    issued.push(ok(f.svc.devices().new_code(ALICE, true)));
    issued.push(ok(f.svc.devices().new_code(ALICE, false)));
    ok(f.svc.phone().activate(issued[2].activation_code.as_str()));
    ok(f.svc.phone().event(ALICE, PhoneEvent::Disable));
    f.clock.advance(Duration::days(1));
    issued.push(ok(f.svc.devices().lost_stolen(ALICE, true)));
    issued.push(ok(f.svc.devices().add(&AddDevice { number: Some(NY_FREE[0].into()), ..add_request(CAROL) })));
    issued.push(ok(f.svc.devices().add(&AddDevice { no_email: true, ..add_request(BOB) })));
    let mut again = issued[5].clone();
    ok(f.svc.devices().email_code(&mut again));
    let secrets: Vec<String> = issued.iter().flat_map(spellings).collect();

    // Every text column of every table.
    let values = f.text_values();
    assert!(values.iter().any(|(t, _, v)| t == "users" && v == ALICE), "the scan reads the tables");
    for (table, column, value) in &values {
        for s in &secrets {
            assert!(!value.contains(s.as_str()), "an activation code is stored in plain text in {table}.{column}");
        }
    }
    // What is stored is the hash, one per issued code.
    let hashes: Vec<&str> = values
        .iter()
        .filter(|(t, c, _)| t == "activation_codes" && c == "code_hash")
        .map(|(_, _, v)| v.as_str())
        .collect();
    assert_eq!(hashes.len(), issued.len());
    for i in &issued {
        assert!(hashes.contains(&i.activation_code.hash().as_str()));
    }

    // The audit trail records every step, never the code.
    let audit = ok(f.svc.audit(1000));
    let actions: Vec<&str> = audit.iter().map(|a| a.action.as_str()).collect();
    for action in
        ["add Webex Go device", "new activation code", "email activation code", "phone activates code", "lost/stolen"]
    {
        assert!(actions.contains(&action), "{action} audited: {actions:?}");
    }
    assert!(audit.iter().all(|a| a.actor.contains("tester")));
    let audit_text = format!("{audit:?}");
    for s in &secrets {
        assert!(!audit_text.contains(s.as_str()), "the audit trail holds a code");
    }

    // Shown once: nothing the admin can read back later carries the code.
    let mut shown = serde_json::to_string(&ok(f.svc.devices().list(None, "", 0, 100))).unwrap_or_default();
    for email in [ALICE, BOB, CAROL] {
        shown += &serde_json::to_string(&ok(f.svc.people().detail(email))).unwrap_or_default();
    }
    shown += &serde_json::to_string(&ok(f.svc.people().list("", 0, 100))).unwrap_or_default();
    for s in &secrets {
        assert!(!shown.contains(s.as_str()), "a read-back shows a code");
    }
    // ...though the admin got it once, at issue, and the user got it by email.
    assert!(serde_json::to_string(&issued[0]).unwrap_or_default().contains(issued[0].activation_code.as_str()));
    let mails: String = f.outbox_files().iter().map(|p| std::fs::read_to_string(p).unwrap_or_default()).collect();
    assert!(mails.contains(issued[0].activation_code.as_str()));

    // The raw bytes of the database and its write-ahead log, while open...
    let files = database_files(&f.db_path());
    assert!(
        files.iter().any(|(p, b)| p.ends_with("-wal") && !b.is_empty()),
        "the database runs in WAL mode, so the log is scanned too: {:?}",
        files.iter().map(|(p, b)| (p, b.len())).collect::<Vec<_>>()
    );
    let hash = issued[0].activation_code.hash();
    assert!(files.iter().any(|(_, b)| contains(b, hash.as_bytes())), "the byte scan sees what is stored");
    let scan = |files: &[(String, Vec<u8>)]| {
        for (path, bytes) in files {
            for s in &secrets {
                assert!(!contains(bytes, s.as_bytes()), "an activation code is in the bytes of {path}");
            }
        }
    };
    scan(&files);
    // ...and after it is closed (checkpointed into the main file).
    let db = f.db_path();
    let Fixture { svc, dir, .. } = f;
    drop(svc);
    let files = database_files(&db);
    assert!(!files.is_empty());
    scan(&files);
    drop(dir);
}

/// Calls every changing method of the service; returns what each one said.
fn every_change(svc: &mut Service, alice: &IssuedCode) -> Vec<(&'static str, Result<(), Error>)> {
    fn unit<T>(r: Result<T, Error>) -> Result<(), Error> {
        r.map(|_| ())
    }
    let mut email_again = alice.clone();
    let template = svc.devices().template().unwrap_or_default();
    let bulk = format!(
        "{}\n{CAROL},USER,,{},WEBEX_CALLING,Webex Go Device,,New York,TRUE\n",
        template.lines().next().unwrap_or_default(),
        NY_FREE[0]
    );
    let bulk_options = BulkOptions {
        source: "devices.csv".into(),
        dry_run: false,
        email: EmailChoice::NoEmail,
        codes_file: Some(svc.outbox().join("codes.csv")),
    };
    let calls =
        format!("Start time,Direction,User,Sub client type\n2026-11-20T10:00:00Z,ORIGINATING,{ALICE},MOBILE_NETWORK\n");
    vec![
        ("add_device", unit(svc.devices().add(&AddDevice { number: Some(NY_FREE[0].into()), ..add_request(CAROL) }))),
        ("new_code", unit(svc.devices().new_code(ALICE, true))),
        ("lost_stolen", unit(svc.devices().lost_stolen(BOB, true))),
        ("delete_device", unit(svc.devices().delete(ALICE))),
        ("email_code", svc.devices().email_code(&mut email_again)),
        ("phone_activate", unit(svc.phone().activate(alice.activation_code.as_str()))),
        ("phone_event disable", unit(svc.phone().event(BOB, PhoneEvent::Disable))),
        ("phone_event enable", unit(svc.phone().event(BOB, PhoneEvent::Enable))),
        ("phone_event remove line", unit(svc.phone().event(BOB, PhoneEvent::RemoveLine))),
        ("import_devices", unit(svc.devices().import(bulk.as_bytes(), &bulk_options, &mut |_| true))),
        ("import_calls", unit(svc.calls().import(calls.as_bytes(), "calls.csv"))),
        ("mail_retry", unit(svc.mail().retry())),
        ("add_operator_account", unit(svc.operator_accounts().add("New York", "AT&T", "ATT-1", "ATT-1", true))),
        ("operator_decide", unit(svc.operator_accounts().decide("ATT-1", OperatorDecision::Authorize))),
        ("add_mobile_numbers", unit(svc.numbers().add("ATT-1", "+19175550111"))),
        ("assign_mobile_primary", unit(svc.numbers().assign_primary(ALICE, NY_FREE_MOBILE, None))),
        ("bw_retry", unit(svc.broadworks().retry("bw-1", "new@acme.test"))),
        ("bw_delete", unit(svc.broadworks().delete("bw-1"))),
        ("bw_change_package", unit(svc.broadworks().package("bw-1", "premium"))),
        ("portal_claim", unit(svc.portal().claim("bw-1", "new@acme.test"))),
    ]
}

#[test]
fn read_only_refuses_every_changing_method_and_changes_nothing() {
    let mut f = Fixture::new(OrgSetup::default());
    let alice = f.add(ALICE);
    let bob = f.add(BOB);
    ok(f.svc.phone().activate(bob.activation_code.as_str()));
    let before = f.snapshot();
    let mails_before = f.outbox_files();
    let devices_before = ok(f.svc.devices().list(None, "", 0, 100));

    let clock = Arc::new(FixedClock::new(t0() + Duration::hours(1)));
    // Opened read-only, as `--read-only` does...
    let opened = Service::open(
        &Options { db: f.db_path(), read_only: true, org: None, outbox: Some(f.outbox_dir()) },
        clock.clone(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    // ...and the switch alone on a writable connection: the service itself refuses.
    let writable = wxgo::testing::open(&f.db_path(), false).unwrap_or_else(|e| panic!("{e}"));
    let switched = Service::from_connection(writable, None, clock)
        .unwrap_or_else(|e| panic!("{e}"))
        .with_mailer(Box::new(Outbox::new(f.outbox_dir())))
        .with_actor(Actor::named("tester"))
        .with_read_only(true);

    for (how, mut svc) in [("--read-only", opened), ("with_read_only", switched)] {
        assert!(svc.is_read_only());
        // Reading works.
        assert_eq!(ok(svc.devices().list(None, "", 0, 100)), devices_before, "{how}");
        for (method, outcome) in every_change(&mut svc, &alice) {
            match outcome {
                Err(Error::ReadOnly(action)) => {
                    let shown = Error::ReadOnly(action).to_string();
                    assert!(shown.contains("read-only"), "{how} {method}: {shown}");
                }
                other => panic!("{how}: {method} gave {other:?}, not a read-only refusal"),
            }
        }
        assert_unchanged(&before, &f.snapshot(), how);
        assert_eq!(f.outbox_files(), mails_before, "{how}: no email written");
    }
    // The code the read-only sessions were shown still works once writes are allowed.
    ok(f.svc.phone().activate(alice.activation_code.as_str()));
}

#[test]
fn busy_database_gives_a_clear_message_not_database_is_locked() {
    let mut f = Fixture::new(OrgSetup::default());
    let before = f.snapshot();
    // Another process holds the write lock.
    let blocker = rusqlite::Connection::open(f.db_path()).unwrap_or_else(|e| panic!("{e}"));
    blocker.execute_batch("BEGIN IMMEDIATE").unwrap_or_else(|e| panic!("{e}"));

    let started = Instant::now();
    let result = f.svc.devices().add(&add_request(ALICE));
    let waited = started.elapsed();
    match &result {
        Err(Error::Database(message)) => {
            assert!(message.contains("busy"), "{message}");
            assert!(!message.to_lowercase().contains("database is locked"), "the raw SQLite text leaks: {message}");
            assert!(message.contains("Nothing was changed"), "{message}");
        }
        other => panic!("expected a clear database-busy error, got {other:?}"),
    }
    assert!(
        waited >= StdDuration::from_secs(4),
        "the service waits for the other writer before giving up (waited {waited:?})"
    );
    assert_unchanged(&before, &f.snapshot(), "while busy");
    assert!(f.outbox_files().is_empty(), "no email for a device that was not added");

    // Once the other writer is done, the same action goes through.
    blocker.execute_batch("ROLLBACK").unwrap_or_else(|e| panic!("{e}"));
    let issued = f.add(ALICE);
    assert_eq!(ok(f.svc.devices().get(&issued.device_id)).owner_email, ALICE);
}
