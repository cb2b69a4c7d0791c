//! Guessing codes: `phone activate` is throttled per source (OS user and SSH
//! client) and per device, every failed attempt is audited (malformed ones included), and the
//! real phone is never locked out for long. Time comes from the fixed clock.

use std::sync::Arc;

use crate::common::*;
use chrono::Duration;
use wxgo::domain::{CodeGenerator, DeviceStatus, Error, SeededCodeGenerator};
use wxgo::outside::{Actor, FixedClock};
use wxgo::service::Service;

const PER_SOURCE: usize = 10;
const PER_DEVICE: usize = 5;

/// Codes nobody was issued.
fn strangers(n: usize) -> Vec<String> {
    let g = SeededCodeGenerator::new(777);
    (0..n).map(|_| g.generate().as_str().to_string()).collect()
}

/// Another process on the fixture's database, as `actor` (another phone, another SSH client).
fn other(f: &Fixture, actor: Actor, clock: Arc<FixedClock>) -> Service {
    let conn = wxgo::testing::open(&f.db_path(), false).unwrap_or_else(|e| panic!("{e}"));
    Service::from_connection(conn, None, clock).unwrap_or_else(|e| panic!("{e}")).with_actor(actor)
}

/// (actor, outcome, object, details) of the activation attempts in the audit trail, oldest first.
fn attempts_audited(f: &Fixture) -> Vec<(String, String, String, String)> {
    let conn = f.reader();
    let mut st = conn
        .prepare("SELECT actor, outcome, object, details FROM audit WHERE action = 'phone activates code' ORDER BY id")
        .unwrap_or_else(|e| panic!("{e}"));
    st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap_or_else(|e| panic!("{e}"))
        .map(|r| r.unwrap_or_else(|e| panic!("{e}")))
        .collect()
}

fn status(f: &Fixture, email: &str) -> DeviceStatus {
    ok(f.svc.devices().get(email)).status
}

#[test]
fn every_failed_attempt_is_audited_malformed_included_and_no_code_kept() {
    let mut f = Fixture::new(OrgSetup::default());
    let first = f.add(ALICE);
    f.clock.advance(Duration::minutes(1));
    let second = ok(f.svc.devices().new_code(ALICE, false));
    let stranger = strangers(1).remove(0);
    let before = f.snapshot();

    assert!(matches!(f.svc.phone().activate("K7QX-M2PD"), Err(Error::Invalid(_))), "malformed");
    assert!(matches!(f.svc.phone().activate("K7QX-M2PD-9HTR-4WC0"), Err(Error::Invalid(_))), "a letter never used");
    assert_eq!(refused(f.svc.phone().activate(&stranger)).0, "WG06");
    assert_eq!(refused(f.svc.phone().activate(first.activation_code.as_str())).0, "WG06");

    let audited = attempts_audited(&f);
    assert_eq!(audited.len(), 4, "one entry per failed attempt: {audited:?}");
    for (actor, outcome, _, _) in &audited {
        assert_eq!(actor, "phone (via tester)");
        assert_eq!(outcome, "refused");
    }
    let reasons: Vec<&str> = audited.iter().map(|a| a.3.split(' ').next().unwrap_or("")).collect();
    assert_eq!(reasons, ["malformed", "malformed", "unknown", "superseded"]);
    assert_eq!(audited[3].2, format!("device:{}", first.device_id), "a code of a device is audited on the device");
    assert!(audited[3].3.contains("wrong code 4 from tester"), "{}", audited[3].3);
    // Nothing else changed, and no code (nor what was typed) is kept anywhere.
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "failed attempts");
    for (table, column, value) in f.text_values() {
        for secret in [first.activation_code.as_str(), second.activation_code.as_str(), &stranger, "K7QX-M2PD"] {
            assert!(!value.contains(secret), "{table}.{column} holds {secret}");
            assert!(!value.contains(&secret.replace('-', "")), "{table}.{column} holds {secret}");
        }
    }
    ok(f.svc.phone().activate(second.activation_code.as_str()));
    assert_eq!(attempts_audited(&f).last().map(|a| a.1.clone()), Some("ok".into()));
}

#[test]
fn a_source_waits_after_ten_wrong_codes_and_is_told_until_when() {
    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    for (i, guess) in strangers(PER_SOURCE).iter().enumerate() {
        let (rule, message) = refused(f.svc.phone().activate(guess));
        assert_eq!(rule, "WG06", "guess {}: {message}", i + 1);
        if i + 1 == PER_SOURCE {
            assert!(message.contains("the next try waits until 2026-11-22 09:01:00 UTC (in 60 s)"), "{message}");
        }
    }
    // The 11th try, even with the right code, is not checked: it says until when to wait.
    let (rule, message) = refused(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(rule, "throttled");
    assert!(message.contains("10 wrong activation codes from tester in the last 15 minutes"), "{message}");
    assert!(message.contains("Try again after 2026-11-22 09:01:00 UTC (in 60 s)"), "{message}");
    assert!(!message.contains(issued.activation_code.as_str()));
    assert_eq!(status(&f, ALICE), DeviceStatus::ActivationPending);
    assert_eq!(f.code_states(&issued.device_id), vec!["valid"], "a throttled try uses nothing up");
    f.clock.advance(Duration::seconds(30));
    let (rule, message) = refused(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(rule, "throttled");
    assert!(message.contains("(in 30 s)"), "{message}");
    let audited = attempts_audited(&f);
    assert_eq!(audited.len(), PER_SOURCE + 2, "throttled tries are audited too");
    assert!(audited[PER_SOURCE..].iter().all(|a| a.1 == "throttled"), "{audited:?}");

    // A minute after the last wrong code the real phone gets through: locked out for 60 s at most.
    f.clock.advance(Duration::seconds(30));
    ok(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(status(&f, ALICE), DeviceStatus::Online);
    assert_eq!(f.count("code_attempts"), 0, "a redeemed code clears the source's count");
}

#[test]
fn wrong_codes_count_for_fifteen_minutes_and_a_wrong_try_after_the_wait_waits_again() {
    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    let guesses = strangers(3 * PER_SOURCE);
    // Nine now, nine after the window: never throttled.
    for g in &guesses[..PER_SOURCE - 1] {
        assert_eq!(refused(f.svc.phone().activate(g)).0, "WG06");
    }
    f.clock.advance(Duration::minutes(15) + Duration::seconds(1));
    for g in &guesses[PER_SOURCE..2 * PER_SOURCE - 1] {
        assert_eq!(refused(f.svc.phone().activate(g)).0, "WG06");
    }
    assert!(f.count("code_attempts") <= PER_SOURCE as i64, "attempts out of the window are forgotten");
    // The tenth: then each wrong try after the wait starts another wait.
    assert_eq!(refused(f.svc.phone().activate(&guesses[2 * PER_SOURCE])).0, "WG06");
    for g in &guesses[2 * PER_SOURCE + 1..2 * PER_SOURCE + 4] {
        assert_eq!(refused(f.svc.phone().activate(g)).0, "throttled");
        f.clock.advance(Duration::seconds(60));
        assert_eq!(refused(f.svc.phone().activate(g)).0, "WG06", "checked again after the wait");
    }
    // The last wrong try started another wait; after it, the real phone gets through.
    assert_eq!(refused(f.svc.phone().activate(issued.activation_code.as_str())).0, "throttled");
    f.clock.advance(Duration::seconds(60));
    ok(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(status(&f, ALICE), DeviceStatus::Online);
}

#[test]
fn one_sources_guesses_never_lock_out_the_real_phone() {
    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    for g in strangers(PER_SOURCE + 5) {
        let _ = f.svc.phone().activate(&g);
    }
    assert_eq!(refused(f.svc.phone().activate(issued.activation_code.as_str())).0, "throttled");
    // The same user over another SSH connection is another source; so is another user.
    let over_ssh = Actor { user: "tester".into(), ssh_client: Some("192.0.2.7".into()) };
    let phone = other(&f, over_ssh, f.clock.clone());
    ok(phone.phone().activate(issued.activation_code.as_str()));
    assert_eq!(status(&f, ALICE), DeviceStatus::Online);
    let audited = attempts_audited(&f);
    let last = audited.last().cloned().unwrap_or_default();
    assert_eq!((last.0.as_str(), last.1.as_str()), ("phone (via tester)", "ok"));
    let ssh: String = f
        .reader()
        .query_row("SELECT ssh_client FROM audit ORDER BY id DESC LIMIT 1", [], |r| r.get(0))
        .unwrap_or_default();
    assert_eq!(ssh, "192.0.2.7", "the source is in the audit trail");
}

#[test]
fn a_device_answers_no_more_stale_codes_after_five_but_its_valid_code_still_works() {
    let mut f = Fixture::new(OrgSetup::default());
    let first = f.add(ALICE);
    let device = first.device_id.clone();
    let mut stale = vec![first.activation_code.as_str().to_string()];
    for _ in 0..PER_DEVICE {
        f.clock.advance(Duration::seconds(1));
        stale.push(ok(f.svc.devices().new_code(ALICE, false)).activation_code.as_str().to_string());
    }
    let current = stale.pop().unwrap_or_default();
    // Five stale codes of Alice's device, each from a source of its own: no source is over.
    for (i, code) in stale.iter().enumerate() {
        let phone = other(&f, Actor::named(&format!("phone-{i}")), f.clock.clone());
        let (rule, message) = refused(phone.phone().activate(code));
        assert_eq!(rule, "WG06", "{message}");
        assert!(message.contains("newer code"), "below the limit the reason is told: {message}");
        if i + 1 == PER_DEVICE {
            assert!(message.contains(&format!("Too many wrong codes for {device}: until")), "{message}");
        }
    }
    // Another stale code, from yet another source: not answered (its state is not told).
    let prober = other(&f, Actor::named("prober"), f.clock.clone());
    let (rule, message) = refused(prober.phone().activate(&stale[2]));
    assert_eq!(rule, "throttled");
    assert!(message.contains(&format!("5 wrong activation codes for {device}")), "{message}");
    assert!(message.contains("Try again after") && !message.contains("newer code"), "{message}");
    assert_eq!(attempts_audited(&f).last().map(|a| a.1.clone()), Some("throttled".into()));
    // The real phone, with the valid code, is not held up by the others' wrong codes.
    let real = other(&f, Actor::named("alices-phone"), f.clock.clone());
    ok(real.phone().activate(&current));
    assert_eq!(status(&f, ALICE), DeviceStatus::Online);
}

#[test]
fn a_burst_from_the_command_line_is_slowed_and_every_try_audited() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("wxgo.db");
    let wxgo = |now: &str, args: &[&str]| {
        crate::common::wxgo_command()
            .args(args)
            .env("WXGO_DB", &db)
            .env("WXGO_OUTBOX", dir.path().join("outbox"))
            .env("WXGO_NOW", now)
            .env("USER", "mallory")
            .env_remove("SSH_CLIENT")
            .env_remove("SSH_CONNECTION")
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let now = "2026-11-22T09:00:00Z";
    assert!(wxgo(now, &["demo"]).status.success());
    let pending = wxgo(now, &["devices", "list", "--status", "pending", "--json"]);
    let pending: serde_json::Value = serde_json::from_slice(&pending.stdout).unwrap_or_else(|e| panic!("{e}"));
    let device = pending[0]["device_id"].as_str().unwrap_or_else(|| panic!("no pending device: {pending}")).to_string();
    let issued = wxgo(now, &["devices", "new-code", &device, "--no-email", "--json"]);
    let issued: serde_json::Value = serde_json::from_slice(&issued.stdout).unwrap_or_else(|e| panic!("{e}"));
    let code = issued["activation_code"].as_str().unwrap_or_default().to_string();

    let mut guesses = strangers(25);
    guesses.insert(3, "not-a-code".into());
    let mut codes = Vec::new();
    for g in &guesses {
        let out = wxgo(now, &["phone", "activate", g]);
        codes.push((out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned()));
    }
    let throttled = codes.iter().filter(|(c, e)| *c == Some(3) && e.contains("throttled:")).count();
    assert_eq!(throttled, guesses.len() - PER_SOURCE, "{codes:?}");
    assert!(codes[..PER_SOURCE].iter().all(|(_, e)| !e.contains("throttled:")), "{codes:?}");
    assert_eq!(codes[3].0, Some(4), "a malformed code is still invalid input");
    assert!(codes[PER_SOURCE].1.contains("Try again after 2026-11-22 09:01:00 UTC"), "{}", codes[PER_SOURCE].1);

    let audit = wxgo(now, &["audit", "--json", "--limit", "200"]);
    let audit: serde_json::Value = serde_json::from_slice(&audit.stdout).unwrap_or_else(|e| panic!("{e}"));
    let tries: Vec<&serde_json::Value> = audit
        .as_array()
        .map(|a| a.iter().filter(|e| e["action"] == "phone activates code").collect())
        .unwrap_or_default();
    assert_eq!(tries.len(), guesses.len(), "every try is in the audit trail");
    assert!(tries.iter().all(|e| e["actor"] == "phone (via mallory)"), "{tries:?}");

    // A minute after the last wrong code, the right code works.
    let later = wxgo("2026-11-22T09:01:00Z", &["phone", "activate", &code]);
    assert!(later.status.success(), "{}", String::from_utf8_lossy(&later.stderr));
}
