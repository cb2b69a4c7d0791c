//! Webex Go through a mobile operator: rules MO01-MO06 on the service.

use std::sync::Arc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use wxgo::domain::mobile::NumberState;
use wxgo::domain::{licence, DeviceKind, DeviceStatus, Error, SeededCodeGenerator};
use wxgo::outside::{Actor, FixedClock};
use wxgo::service::{demo, OperatorDecision, Service};

const DALLAS_ACCOUNT: &str = "ATT-884120"; // Authorized in the demo
const LONDON_ACCOUNT: &str = "VF-UK-0042117"; // Pending
const PARIS_ACCOUNT: &str = "ORF-77301"; // Failed
const SUB2: &str = "Sub-5f2c9a41-0d3e-4b8f-9e61-7ac2d4e8b913";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single().unwrap_or_default()
}

fn service() -> (Service, Arc<FixedClock>) {
    let conn = wxgo::testing::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    demo::build(&conn, 60, now()).unwrap_or_else(|e| panic!("{e}"));
    let clock = Arc::new(FixedClock::new(now()));
    let svc = Service::from_connection(conn, None, clock.clone())
        .unwrap_or_else(|e| panic!("{e}"))
        .with_codes(Arc::new(SeededCodeGenerator::new(9)))
        .with_actor(Actor::named("tester"));
    (svc, clock)
}

fn ok<T>(r: Result<T, Error>) -> T {
    r.unwrap_or_else(|e| panic!("unexpected refusal: {e}"))
}

fn rule_of<T: std::fmt::Debug>(r: Result<T, Error>) -> &'static str {
    match r {
        Err(Error::Rule { rule, .. }) => rule,
        other => panic!("expected a rule refusal, got {other:?}"),
    }
}

/// A fingerprint of everything the MO actions touch.
fn state(svc: &Service) -> String {
    format!(
        "{:?}|{:?}|{:?}|{:?}",
        ok(svc.operator_accounts().list()),
        ok(svc.numbers().list(false, "", 0, 100_000)),
        ok(svc.devices().list(None, "", 0, 100_000)),
        ok(svc.audit(100_000)).len()
    )
}

/// A Calling Professional user of `location` with no Webex Go device.
fn pro_user_without_device(svc: &Service, location: &str) -> String {
    ok(svc.people().list(location, 0, 1000))
        .into_iter()
        .find(|u| {
            u.location.as_deref() == Some(location)
                && u.has_licence(licence::CALLING_PROFESSIONAL)
                && u.device_id.is_none()
        })
        .map(|u| u.email)
        .unwrap_or_else(|| panic!("the demo has no Calling Professional user without a device in {location}"))
}

#[test]
fn mo01_account_id_typed_twice_must_match_and_needs_confirmation() {
    let (svc, _) = service();
    let before = state(&svc);
    assert_eq!(rule_of(svc.operator_accounts().add("London", "EE", "EE-100", "EE-101", true)), "MO01");
    assert_eq!(rule_of(svc.operator_accounts().add("London", "EE", "EE-100", "EE-100", false)), "MO01");
    assert_eq!(before, state(&svc), "refusals change nothing");
    let row = ok(svc.operator_accounts().add("London", "EE", " EE-100 ", "EE-100", true));
    assert_eq!(row.account_id, "EE-100");
    assert_eq!(row.status.label(), "Pending");
    // Once confirmed, the id is fixed: it cannot be added again (and there is no way to edit it).
    assert!(matches!(svc.operator_accounts().add("London", "EE", "EE-100", "EE-100", true), Err(Error::Invalid(_))));
}

#[test]
fn mo02_numbers_only_under_an_authorized_account_and_advice_per_status() {
    let (svc, clock) = service();
    let before = state(&svc);
    assert_eq!(rule_of(svc.numbers().add(LONDON_ACCOUNT, "+447400555001")), "MO02");
    assert_eq!(rule_of(svc.numbers().add(PARIS_ACCOUNT, "+33612555001")), "MO02");
    assert_eq!(before, state(&svc));

    let accounts = ok(svc.operator_accounts().list());
    let advice = |id: &str| accounts.iter().find(|a| a.account_id == id).map(|a| a.advice.clone()).unwrap_or_default();
    assert!(advice(LONDON_ACCOUNT).contains("48 hours"), "{}", advice(LONDON_ACCOUNT));
    assert!(advice(PARIS_ACCOUNT).contains("contact your mobile operator"));
    assert!(advice(DALLAS_ACCOUNT).contains("add mobile numbers"));

    // After 48 hours of waiting the advice changes to chasing the carrier.
    clock.advance(Duration::hours(49));
    let late = ok(svc.operator_accounts().get(LONDON_ACCOUNT));
    assert!(late.advice.contains("contact your mobile carrier"), "{}", late.advice);

    // The operator authorises: numbers may now be added; a decided account cannot be decided again.
    let row = ok(svc.operator_accounts().decide(LONDON_ACCOUNT, OperatorDecision::Authorize));
    assert_eq!(row.status.label(), "Authorized");
    assert_eq!(
        rule_of(svc.operator_accounts().decide(LONDON_ACCOUNT, OperatorDecision::Reject { reason: "x".into() })),
        "MO02"
    );
    let report = ok(svc.numbers().add(LONDON_ACCOUNT, "+447400555001"));
    assert_eq!(report.added, 1);
}

#[test]
fn mo03_mixed_entry_of_twenty_gets_each_state_and_valid_ones_are_added() {
    let (svc, _) = service();
    ok(svc.operator_accounts().decide(LONDON_ACCOUNT, OperatorDecision::Authorize));
    let existing = ok(svc.numbers().list(false, "London", 0, 1)).remove(0).number; // a London number already held
    let mut entry: Vec<String> = (1..=14).map(|k| format!("+4474005550{k:02}")).collect();
    entry.push("+447400555001".into()); // duplicate in list
    entry.push(existing.clone()); // duplicate: in the inventory
    entry.push("07400 555099".into()); // not E.164
    entry.push("+33612555001".into()); // France, not the location's country
    entry.push("+442072555001".into()); // a London fixed line, not a mobile
    entry.push("+4412".into()); // too short
    assert_eq!(entry.len(), 20);
    let line = entry.join(", ");

    let checked = ok(svc.numbers().check(LONDON_ACCOUNT, &line));
    let states: Vec<NumberState> = checked.iter().map(|c| c.state).collect();
    assert_eq!(states.iter().filter(|s| **s == NumberState::Available).count(), 14);
    assert_eq!(states[14], NumberState::DuplicateInList);
    assert_eq!(states[15], NumberState::Duplicate);
    assert!(checked[15].reason.contains("already in the inventory"));
    for k in 16..20 {
        assert_eq!(states[k], NumberState::Invalid, "{}: {}", checked[k].input, checked[k].reason);
        assert!(!checked[k].reason.is_empty());
    }
    assert!(checked[17].reason.contains("not of the location's country GB"));

    let report = ok(svc.numbers().add(LONDON_ACCOUNT, &line));
    assert_eq!((report.added, report.rejected), (14, 6));
    let mobiles = ok(svc.numbers().list(true, "+4474005550", 0, 100));
    assert_eq!(mobiles.len(), 14);
    assert!(mobiles.iter().all(|n| n.state == "INACTIVE" && n.owner.is_none() && n.webex_mobile));

    // A second entry with the same numbers: all Duplicate now.
    let again = ok(svc.numbers().check(LONDON_ACCOUNT, "+447400555001,+447400555002"));
    assert!(again.iter().all(|c| c.state == NumberState::Duplicate));
}

#[test]
fn mo03_more_than_twenty_numbers_refused_whole() {
    let (svc, _) = service();
    let line = (1..=21).map(|k| format!("+146955501{k:02}")).collect::<Vec<_>>().join(",");
    let before = state(&svc);
    assert_eq!(rule_of(svc.numbers().add(DALLAS_ACCOUNT, &line)), "MO03");
    assert_eq!(before, state(&svc));
}

#[test]
fn mo04_mobile_numbers_carry_the_badge_and_filter() {
    let (svc, _) = service();
    let all = ok(svc.numbers().list(false, "", 0, 100_000));
    let mobile = ok(svc.numbers().list(true, "", 0, 100_000));
    assert!(!mobile.is_empty() && mobile.len() < all.len());
    assert!(mobile.iter().all(|n| n.kind == "mobile" && n.webex_mobile && n.operator.as_deref() == Some("AT&T")));
    assert!(all.iter().filter(|n| n.kind == "standard").all(|n| !n.webex_mobile));
    assert_eq!(ok(svc.numbers().count(true, "")), mobile.len());
}

#[test]
fn mo05_mobile_primary_replaces_fixed_number_and_creates_device() {
    let (svc, _) = service();
    let email = pro_user_without_device(&svc, "Dallas");
    let old = ok(svc.people().get(&email)).primary_number.unwrap_or_else(|| panic!("{email} has no primary"));
    let free = ok(svc.numbers().assignable(&email));
    assert!(free.iter().all(|n| n.location == "Dallas" && n.kind == "mobile" && n.owner.is_none()));
    let number = free[0].number.clone();

    let out = ok(svc.numbers().assign_primary(&email, &number, Some(SUB2)));
    assert_eq!(out.replaced.as_deref(), Some(old.as_str()));
    assert!(out.device_created);
    let user = ok(svc.people().get(&email));
    assert_eq!(user.primary_number.as_deref(), Some(number.as_str()));
    let device = ok(svc.devices().get(&email));
    assert_eq!(device.kind, DeviceKind::MobileOperator);
    assert_eq!(device.status, DeviceStatus::Online);
    assert_eq!(device.number.as_deref(), Some(number.as_str()));
    assert!(ok(svc.devices().list(None, &email, 0, 10)).iter().any(|d| d.device_id == device.device_id));
    let assigned = ok(svc.numbers().list(true, &number, 0, 1)).remove(0);
    assert_eq!((assigned.state.as_str(), assigned.owner.as_deref()), ("ACTIVE", Some(email.as_str())));
    let released = ok(svc.numbers().list(false, &old, 0, 1)).remove(0);
    assert_eq!(released.owner, None, "the replaced number is back in the pool");
    assert_eq!(released.state, "INACTIVE");
}

#[test]
fn mo05_mobile_number_only_for_a_user_of_its_location() {
    let (svc, _) = service();
    let londoner = pro_user_without_device(&svc, "London");
    let dallas_mobile =
        ok(svc.numbers().list(true, "", 0, 100)).into_iter().find(|n| n.owner.is_none()).map(|n| n.number);
    let dallas_mobile = dallas_mobile.unwrap_or_else(|| panic!("no free Dallas mobile number"));
    let before = state(&svc);
    assert_eq!(rule_of(svc.numbers().assign_primary(&londoner, &dallas_mobile, Some(SUB2))), "MO05");
    assert_eq!(before, state(&svc));
    assert!(ok(svc.numbers().assignable(&londoner)).is_empty(), "London has no mobile numbers yet");
}

#[test]
fn mo06_only_a_calling_professional_user_gets_a_mobile_number() {
    let (svc, _) = service();
    let basic = ok(svc.people().list("Dallas", 0, 1000))
        .into_iter()
        .find(|u| !u.has_licence(licence::CALLING_PROFESSIONAL))
        .map(|u| u.email)
        .unwrap_or_else(|| panic!("no Dallas user without Calling Professional"));
    let number = ok(svc.numbers().list(true, "", 0, 100)).into_iter().find(|n| n.owner.is_none()).map(|n| n.number);
    let before = state(&svc);
    assert_eq!(rule_of(svc.numbers().assign_primary(&basic, &number.unwrap_or_default(), Some(SUB2))), "MO06");
    assert_eq!(before, state(&svc));
}
