//! Webex Go bring-your-own-device rules WG01-WG12 and WG14, on the service, with a fixed clock
//! and seeded codes. Every refusal also proves that nothing in the database changed.
//! The code's secrecy, the read-only switch and a busy database are in `wg_safety.rs`.

use crate::common::*;
use chrono::Duration;
use wxgo::domain::code::{parse_lpa, ALPHABET, CODE_SYMBOLS};
use wxgo::domain::device::{PhoneEvent, StatusColour};
use wxgo::domain::{CodeGenerator, DeviceKind, DeviceStatus, Error, OsCodeGenerator};
use wxgo::service::AddDevice;

fn status_of(f: &Fixture, email: &str) -> DeviceStatus {
    ok(f.svc.devices().get(email)).status
}

// ---------------------------------------------------------------- WG01

#[test]
fn wg01_refuses_user_without_calling_professional() {
    let mut f = Fixture::new(OrgSetup::default());
    for email in [DAVE, FRANK] {
        let before = f.snapshot();
        let (rule, message) = refused(f.svc.devices().add(&add_request(email)));
        assert_eq!(rule, "WG01");
        assert!(
            message.contains("Webex Calling Professional") && message.contains(email),
            "the reason names the user and the missing licence: {message}"
        );
        assert_unchanged(&before, &f.snapshot(), email);
        let choices = ok(f.svc.devices().choices(email));
        assert!(
            choices.refusal.as_deref().is_some_and(|r| r.contains("WG01")),
            "the console is told before it asks anything: {:?}",
            choices.refusal
        );
    }
    assert!(f.outbox_files().is_empty(), "no email for a refused device");
    // The same organisation accepts a user who holds the licence: the check is not blanket.
    let issued = f.add(ALICE);
    assert_eq!(ok(f.svc.devices().get(&issued.device_id)).owner_email, ALICE);
}

#[test]
fn wg01_refuses_user_in_unsupported_country() {
    let f = Fixture::new(OrgSetup::default());
    let before = f.snapshot();
    let (rule, message) = refused(f.svc.devices().add(&add_request(ERIK)));
    assert_eq!(rule, "WG01");
    assert!(message.contains("DE") && message.contains("Berlin"), "says where the user is: {message}");
    for c in ["US", "GB", "FR"] {
        assert!(message.contains(c), "lists the supported countries: {message}");
    }
    assert_unchanged(&before, &f.snapshot(), "unsupported country");
    assert!(ok(f.svc.devices().choices(ERIK)).refusal.is_some());
}

#[test]
fn wg01_supported_countries_default_to_us_gb_fr_and_are_an_org_setting() {
    let f = Fixture::new(OrgSetup::default());
    assert_eq!(f.svc.org().go_countries, vec!["US", "GB", "FR"]);

    // The org adds Germany: the Berlin user may now have a device.
    let mut de = Fixture::new(OrgSetup { go_countries: Some("US,GB,FR,DE"), ..OrgSetup::default() });
    let issued = de.add(ERIK);
    assert_eq!(ok(de.svc.devices().get(&issued.device_id)).owner_email, ERIK);
    assert!(ok(de.svc.devices().choices(BOB)).refusal.is_none());

    // The org leaves the US out (the older "US and UK" style list, minus the US): New York refused.
    let no_us = Fixture::new(OrgSetup { go_countries: Some("GB, fr"), ..OrgSetup::default() });
    let before = no_us.snapshot();
    let (rule, message) = refused(no_us.svc.devices().add(&add_request(ALICE)));
    assert_eq!(rule, "WG01");
    assert!(message.contains("US"), "{message}");
    assert_unchanged(&before, &no_us.snapshot(), "country not in the org's list");
}

// ---------------------------------------------------------------- WG02

#[test]
fn wg02_one_subscription_is_chosen_automatically() {
    let mut f = Fixture::new(OrgSetup::default().subscriptions(&[(SUB_A, 2)]));
    // The subscription without Webex Go licences is not a choice at all.
    let subs = ok(f.svc.subscriptions());
    assert_eq!(subs.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(), vec![SUB_A]);
    let choices = ok(f.svc.devices().choices(ALICE));
    assert!(!choices.must_choose_subscription);
    assert_eq!(choices.subscriptions.len(), 1);

    let issued = f.add(ALICE);
    let device = ok(f.svc.devices().get(&issued.device_id));
    assert_eq!(device.subscription_id, SUB_A);
    let sub = &ok(f.svc.subscriptions())[0];
    assert_eq!((sub.used, sub.free), (1, 1), "the licence is taken from the pool");
}

#[test]
fn wg02_several_subscriptions_need_a_choice() {
    let f = Fixture::new(OrgSetup::default().subscriptions(&[(SUB_A, 2), (SUB_B, 2)]));
    let choices = ok(f.svc.devices().choices(ALICE));
    assert!(choices.must_choose_subscription);
    assert_eq!(choices.subscriptions.len(), 2);

    let before = f.snapshot();
    let (rule, message) = refused(f.svc.devices().add(&add_request(ALICE)));
    assert_eq!(rule, "WG02");
    assert!(message.contains(SUB_A) && message.contains(SUB_B), "the admin sees what to choose from: {message}");
    assert_unchanged(&before, &f.snapshot(), "no subscription chosen");

    // An unknown subscription is not silently replaced by another.
    let unknown =
        f.svc.devices().add(&AddDevice { subscription: Some("Sub-00000000-nope".into()), ..add_request(ALICE) });
    assert!(matches!(unknown, Err(Error::NotFound(_))), "{unknown:?}");
    assert_unchanged(&before, &f.snapshot(), "unknown subscription");

    let issued = ok(f.svc.devices().add(&AddDevice { subscription: Some(SUB_B.into()), ..add_request(ALICE) }));
    assert_eq!(ok(f.svc.devices().get(&issued.device_id)).subscription_id, SUB_B);
    let subs = ok(f.svc.subscriptions());
    let used = |id: &str| subs.iter().find(|s| s.id == id).map(|s| s.used);
    assert_eq!(used(SUB_A), Some(0));
    assert_eq!(used(SUB_B), Some(1), "exactly one pool gives the licence");
}

#[test]
fn wg02_a_subscription_is_chosen_by_a_start_of_its_id_no_other_shares_or_by_its_name() {
    let f = Fixture::new(OrgSetup::default().subscriptions(&[(SUB_A, 2), (SUB_B, 2)]));
    let names: Vec<(String, String)> = ok(f.svc.subscriptions()).into_iter().map(|s| (s.id, s.name)).collect();
    let (a, b) = (SUB_A.to_string(), SUB_B.to_string());
    // The shortest start of B's id that A's does not share.
    let common = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let start: String = b.chars().take(common + 1).collect();
    assert!(start.len() < b.len(), "{start} is a start, not the whole id");
    let before = f.snapshot();
    let shared: String = b.chars().take(common).collect();
    let ambiguous = f.svc.devices().add(&AddDevice { subscription: Some(shared.clone()), ..add_request(ALICE) });
    match ambiguous {
        Err(Error::Invalid(m)) => assert!(m.contains(SUB_A) && m.contains(SUB_B), "says which ids share {shared}: {m}"),
        other => panic!("{shared:?} is the start of both ids: {other:?}"),
    }
    assert_unchanged(&before, &f.snapshot(), "an ambiguous start");

    let issued = ok(f.svc.devices().add(&AddDevice { subscription: Some(start.to_lowercase()), ..add_request(ALICE) }));
    assert_eq!(ok(f.svc.devices().get(&issued.device_id)).subscription_id, SUB_B, "{start}");

    // By its name, when the subscription has one of its own.
    let (id_a, name_a) = names.iter().find(|(id, _)| id == SUB_A).cloned().expect("A");
    assert!(!name_a.trim().is_empty() && !name_a.starts_with("Sub-"), "the fixture names it: {name_a:?}");
    let issued = ok(f.svc.devices().add(&AddDevice { subscription: Some(name_a.clone()), ..add_request(BOB) }));
    assert_eq!(ok(f.svc.devices().get(&issued.device_id)).subscription_id, id_a, "by the name {name_a}");
}

#[test]
fn wg02_no_free_licence_refused_and_nothing_changed() {
    let f = Fixture::new(OrgSetup::default().subscriptions(&[(SUB_A, 1), (SUB_B, 3)]));
    ok(f.svc.devices().add(&AddDevice { subscription: Some(SUB_A.into()), ..add_request(ALICE) }));
    let before = f.snapshot();
    let outbox_before = f.outbox_files();
    let (rule, message) =
        refused(f.svc.devices().add(&AddDevice { subscription: Some(SUB_A.into()), ..add_request(BOB) }));
    assert_eq!(rule, "WG02");
    assert!(message.contains(SUB_A) && message.contains("no free"), "a clear reason: {message}");
    assert_unchanged(&before, &f.snapshot(), "no free licence");
    assert_eq!(f.outbox_files(), outbox_before, "no email either");
    assert!(ok(f.svc.people().get(BOB)).device_id.is_none());

    // The other subscription still has licences: choosing it works.
    let issued = ok(f.svc.devices().add(&AddDevice { subscription: Some(SUB_B.into()), ..add_request(BOB) }));
    assert_eq!(ok(f.svc.devices().get(&issued.device_id)).subscription_id, SUB_B);
}

#[test]
fn wg02_the_only_subscription_full_is_refused_too() {
    let mut f = Fixture::new(OrgSetup::default().subscriptions(&[(SUB_A, 1)]));
    f.add(ALICE);
    let before = f.snapshot();
    let (rule, _) = refused(f.svc.devices().add(&add_request(BOB)));
    assert_eq!(rule, "WG02");
    assert_unchanged(&before, &f.snapshot(), "pool exhausted");
}

// ---------------------------------------------------------------- WG03

#[test]
fn wg03_user_without_primary_number_must_pick_one_of_the_location() {
    let f = Fixture::new(OrgSetup::default());
    let choices = ok(f.svc.devices().choices(CAROL));
    assert!(choices.must_choose_number);
    let offered: Vec<&str> = choices.free_numbers.iter().map(|n| n.number.as_str()).collect();
    assert_eq!(offered, NY_FREE.to_vec(), "only unassigned standard numbers of New York are offered");

    let before = f.snapshot();
    let (rule, message) = refused(f.svc.devices().add(&add_request(CAROL)));
    assert_eq!(rule, "WG03");
    assert!(message.contains(NY_FREE[0]), "suggests the free numbers: {message}");
    assert_unchanged(&before, &f.snapshot(), "no number chosen");

    let with = |n: &str| AddDevice { number: Some(n.to_string()), ..add_request(CAROL) };
    for (number, why) in [
        (BERLIN_FREE, "a number of another location"),
        (ALICE_NUMBER, "a number assigned to another user"),
        (NY_SERVICE_NUMBER, "a number owned by a service"),
        (NY_FREE_MOBILE, "a mobile number (MO05 assigns those)"),
    ] {
        let (rule, message) = refused(f.svc.devices().add(&with(number)));
        assert_eq!(rule, "WG03", "{why}: {message}");
        assert_unchanged(&before, &f.snapshot(), why);
    }
    for (number, why) in [("12345", "not E.164"), ("+12125559999", "not in the inventory")] {
        let r = f.svc.devices().add(&with(number));
        assert!(matches!(r, Err(Error::Invalid(_)) | Err(Error::NotFound(_))), "{why}: {r:?}");
        assert_unchanged(&before, &f.snapshot(), why);
    }

    let issued = ok(f.svc.devices().add(&with(NY_FREE[1])));
    assert_eq!(issued.primary_number.as_deref(), Some(NY_FREE[1]));
    assert_eq!(ok(f.svc.people().get(CAROL)).primary_number.as_deref(), Some(NY_FREE[1]));
    let number = ok(f.svc.numbers().list(false, NY_FREE[1], 0, 10));
    assert_eq!(number.len(), 1);
    assert_eq!(number[0].owner.as_deref(), Some(CAROL));
    assert!(number[0].primary);
    assert_eq!(number[0].state, "ACTIVE");
    assert_eq!(
        ok(f.svc.devices().get(CAROL)).number.as_deref(),
        Some(NY_FREE[1]),
        "the device uses the new primary number"
    );
    // The other free number is still free.
    assert_eq!(ok(f.svc.numbers().list(false, NY_FREE[0], 0, 10))[0].owner, None);
}

#[test]
fn wg03_byod_keeps_the_users_fixed_business_number() {
    let mut f = Fixture::new(OrgSetup::default());
    let choices = ok(f.svc.devices().choices(ALICE));
    assert!(!choices.must_choose_number);

    let before = f.snapshot();
    let (rule, _) = refused(f.svc.devices().add(&AddDevice { number: Some(NY_FREE[0].into()), ..add_request(ALICE) }));
    assert_eq!(rule, "WG03", "another number is not swapped in");
    assert_unchanged(&before, &f.snapshot(), "a different number for a user who has one");

    let numbers_before = ok(f.svc.numbers().list(false, "", 0, 100));
    let issued = f.add(ALICE);
    assert_eq!(issued.primary_number.as_deref(), Some(ALICE_NUMBER));
    assert_eq!(ok(f.svc.devices().get(ALICE)).number.as_deref(), Some(ALICE_NUMBER));
    assert_eq!(ok(f.svc.numbers().list(false, "", 0, 100)), numbers_before, "no number changes hands");
}

// ---------------------------------------------------------------- WG04

#[test]
fn wg04_add_puts_device_in_activation_pending_with_one_single_use_code() {
    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    let device = ok(f.svc.devices().get(&issued.device_id));
    assert_eq!(device.status, DeviceStatus::ActivationPending);
    assert_eq!(device.kind, DeviceKind::Byod);
    assert_eq!(device.code_state, "valid");
    assert_eq!(f.code_states(&issued.device_id), vec!["valid"]);
    assert_eq!(ok(f.svc.people().get(ALICE)).device_id.as_deref(), Some(issued.device_id.as_str()));

    // A second device for the same user is refused, nothing changed.
    let before = f.snapshot();
    let again = f.svc.devices().add(&add_request(ALICE));
    assert!(again.is_err(), "{again:?}");
    assert_unchanged(&before, &f.snapshot(), "second device for one user");

    // Single use: it activates once, and never again.
    ok(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(f.code_states(&issued.device_id), vec!["used"]);
    ok(f.svc.phone().event(&issued.device_id, PhoneEvent::RemoveLine));
    let before = f.snapshot();
    let (rule, _) = refused(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(rule, "WG06");
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "a used code");
}

#[test]
fn wg04_code_is_emailed_as_an_rfc5322_file_in_the_outbox() {
    use std::os::unix::fs::PermissionsExt;
    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    assert!(issued.emailed, "{}", issued.email_note);
    let files = f.outbox_files();
    assert_eq!(files.len(), 1, "{files:?}");
    assert_eq!(files[0].extension().and_then(|e| e.to_str()), Some("eml"));
    let mode = std::fs::metadata(&files[0]).map(|m| m.permissions().mode() & 0o777);
    assert_eq!(mode.ok(), Some(0o600), "only the owner may read the message");

    let text = std::fs::read_to_string(&files[0]).unwrap_or_default();
    let (head, body) = text.split_once("\r\n\r\n").expect("headers and body are separated by an empty line");
    for header in ["From: ", "Date: ", "Subject: ", "Message-ID: <", "MIME-Version: 1.0"] {
        assert!(head.lines().any(|l| l.starts_with(header)), "header {header:?} missing:\n{head}");
    }
    assert!(head.lines().any(|l| l.starts_with("To: ") && l.contains(&format!("<{ALICE}>"))), "{head}");
    assert!(text.split("\r\n").all(|l| !l.contains('\n')), "every line ends in CRLF");
    assert!(body.contains(issued.activation_code.as_str()), "the code");
    assert!(body.contains(SMDP), "the SM-DP+ address");
    assert!(body.contains(&issued.expires_at.format("%Y-%m-%d").to_string()), "the expiry");
    assert!(body.contains("iPhone") && body.contains("Android"), "instructions for both phones");

    // Emailing it again from the console is another message with the same code.
    let mut again = issued.clone();
    ok(f.svc.devices().email_code(&mut again));
    assert_eq!(f.outbox_files().len(), 2);
}

#[test]
fn wg04_not_emailed_as_asked_is_said_so_even_where_emails_are_suppressed() {
    let f = Fixture::new(OrgSetup { suppress_emails: true, ..OrgSetup::default() });
    let issued = ok(f.svc.devices().add(&AddDevice { no_email: true, ..add_request(ALICE) }));
    assert!(!issued.emailed);
    assert!(issued.email_note.contains("as asked"), "the admin's --no-email is the reason: {}", issued.email_note);
    assert!(!issued.email_note.contains("suppresses"), "{}", issued.email_note);
}

#[test]
fn wg04_no_email_when_the_org_suppresses_emails_but_the_code_still_works() {
    let mut f = Fixture::new(OrgSetup { suppress_emails: true, ..OrgSetup::default() });
    let mut issued = f.add(ALICE);
    assert!(!issued.emailed);
    assert!(
        issued.email_note.contains("copy or print") || issued.email_note.contains("Copy or print"),
        "{}",
        issued.email_note
    );
    assert!(f.outbox_files().is_empty(), "{:?}", f.outbox_files());

    // Asking for the email explicitly is refused by the same rule, with nothing written.
    let before = f.snapshot();
    let (rule, _) = refused(f.svc.devices().email_code(&mut issued));
    assert_eq!(rule, "WG04");
    assert!(f.outbox_files().is_empty());
    assert_unchanged(&before, &f.snapshot(), "suppressed email");

    // The code, copied or printed by the admin, activates the phone.
    ok(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(status_of(&f, ALICE), DeviceStatus::Online);
}

#[test]
fn wg04_admin_may_choose_not_to_email() {
    let f = Fixture::new(OrgSetup::default());
    let issued = ok(f.svc.devices().add(&AddDevice { no_email: true, ..add_request(ALICE) }));
    assert!(!issued.emailed);
    assert!(issued.email_note.contains("as asked"), "{}", issued.email_note);
    assert!(f.outbox_files().is_empty());
    assert_eq!(ok(f.svc.devices().get(ALICE)).status, DeviceStatus::ActivationPending);
}

// ---------------------------------------------------------------- WG05

#[test]
fn wg05_new_code_invalidates_every_earlier_code() {
    let mut f = Fixture::new(OrgSetup::default());
    let first = f.add(ALICE);
    f.clock.advance(Duration::hours(1));
    let second = ok(f.svc.devices().new_code(&first.device_id, false));
    f.clock.advance(Duration::hours(1));
    let third = ok(f.svc.devices().new_code(ALICE, false));
    let codes = [&first, &second, &third].map(|c| c.activation_code.as_str().to_string());
    assert!(codes[0] != codes[1] && codes[1] != codes[2] && codes[0] != codes[2], "each code is new");
    assert_eq!(f.code_states(&first.device_id), vec!["superseded", "superseded", "valid"]);
    assert_eq!(third.expires_at, f.clock_now() + Duration::days(90));

    for old in &codes[..2] {
        let before = f.snapshot();
        let (rule, message) = refused(f.svc.phone().activate(old));
        assert_eq!(rule, "WG06");
        assert!(message.contains("newer code"), "{message}");
        assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "superseded code");
        assert_eq!(status_of(&f, ALICE), DeviceStatus::ActivationPending);
    }
    // An earlier code cannot be emailed again either: only the newest one is handed out.
    let before = f.snapshot();
    let mails = f.outbox_files();
    let mut stale = second.clone();
    let (rule, _) = refused(f.svc.devices().email_code(&mut stale));
    assert_eq!(rule, "WG05");
    assert_eq!(f.outbox_files(), mails, "no email for a superseded code");
    assert_unchanged(&before, &f.snapshot(), "emailing a superseded code");

    ok(f.svc.phone().activate(&codes[2]));
    assert_eq!(status_of(&f, ALICE), DeviceStatus::Online);
}

#[test]
fn wg05_new_code_only_while_activation_pending() {
    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    ok(f.svc.phone().activate(issued.activation_code.as_str()));
    for (event, status) in [(None, DeviceStatus::Online), (Some(PhoneEvent::Disable), DeviceStatus::Offline)] {
        if let Some(e) = event {
            ok(f.svc.phone().event(ALICE, e));
        }
        assert_eq!(status_of(&f, ALICE), status);
        let before = f.snapshot();
        let outbox = f.outbox_files();
        let (rule, message) = refused(f.svc.devices().new_code(ALICE, true));
        assert_eq!(rule, "WG05");
        assert!(message.contains(status.label()), "{message}");
        assert_unchanged(&before, &f.snapshot(), "new code while not pending");
        assert_eq!(f.outbox_files(), outbox);
    }
}

// ---------------------------------------------------------------- WG06

trait ClockNow {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc>;
}

impl ClockNow for Fixture {
    fn clock_now(&self) -> chrono::DateTime<chrono::Utc> {
        use wxgo::outside::Clock;
        self.clock.now()
    }
}

#[test]
fn wg06_expired_code_never_activates() {
    let mut f = Fixture::new(OrgSetup::default());
    let alice = f.add(ALICE);
    let bob = f.add(BOB);
    assert_eq!(alice.expires_at, t0() + Duration::days(90));

    // One second before the end the code still works.
    f.clock.advance(Duration::days(90) - Duration::seconds(1));
    ok(f.svc.phone().activate(alice.activation_code.as_str()));
    assert_eq!(status_of(&f, ALICE), DeviceStatus::Online);
    assert_eq!(ok(f.svc.devices().get(BOB)).code_state, "valid");

    // At the expiry time it no longer does.
    f.clock.advance(Duration::seconds(1));
    assert_eq!(ok(f.svc.devices().get(BOB)).code_state, "expired", "shown as expired");
    let before = f.snapshot();
    let (rule, message) = refused(f.svc.phone().activate(bob.activation_code.as_str()));
    assert_eq!(rule, "WG06");
    assert!(message.contains("expired"), "{message}");
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "expired code");
    assert_eq!(status_of(&f, BOB), DeviceStatus::ActivationPending);

    // And long after, still not; a new code is the way out.
    f.clock.advance(Duration::days(400));
    let before = f.snapshot();
    refused(f.svc.phone().activate(bob.activation_code.as_str()));
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "long-expired code");
    let fresh = ok(f.svc.devices().new_code(BOB, false));
    ok(f.svc.phone().activate(fresh.activation_code.as_str()));
    assert_eq!(status_of(&f, BOB), DeviceStatus::Online);
}

#[test]
fn wg06_default_lifetime_is_90_days_and_org_setting_changes_it() {
    let mut default = Fixture::new(OrgSetup::default());
    assert_eq!(default.svc.org().code_lifetime_days, 90);
    let issued = default.add(ALICE);
    assert_eq!(issued.issued_at, t0());
    assert_eq!(issued.expires_at - issued.issued_at, Duration::days(90));
    // The expiry is shown with the code: in the device list and the user's code history.
    assert_eq!(ok(default.svc.devices().get(ALICE)).code_expires_at, Some(issued.expires_at));
    let detail = ok(default.svc.people().detail(ALICE));
    assert_eq!(detail.codes.len(), 1);
    assert_eq!(detail.codes[0].expires_at, issued.expires_at);

    let mut week = Fixture::new(OrgSetup { code_lifetime_days: Some(7), ..OrgSetup::default() });
    let alice = week.add(ALICE);
    let bob = week.add(BOB);
    assert_eq!(alice.expires_at - alice.issued_at, Duration::days(7));
    let mail = std::fs::read_to_string(&week.outbox_files()[0]).unwrap_or_default();
    assert!(mail.contains("7 days"), "the email says how long: {mail}");
    week.clock.advance(Duration::days(7) - Duration::seconds(1));
    ok(week.svc.phone().activate(alice.activation_code.as_str()));
    week.clock.advance(Duration::seconds(1));
    let before = week.snapshot();
    let (rule, _) = refused(week.svc.phone().activate(bob.activation_code.as_str()));
    assert_eq!(rule, "WG06");
    assert_unchanged(&but_attempts(&before), &but_attempts(&week.snapshot()), "code past the org's lifetime");
}

#[test]
fn wg06_unknown_or_mistyped_code_never_activates() {
    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    let before = f.snapshot();
    let stranger = wxgo::domain::SeededCodeGenerator::new(999_999).generate();
    assert_ne!(stranger.as_str(), issued.activation_code.as_str());
    let (rule, _) = refused(f.svc.phone().activate(stranger.as_str()));
    assert_eq!(rule, "WG06");
    for typo in ["", "ABCD", "K7QX-M2PD-9HTR-4WC0", "K7QX-M2PD-9HTR-4WCE-X"] {
        let r = f.svc.phone().activate(typo);
        assert!(matches!(r, Err(Error::Invalid(_))), "{typo:?}: {r:?}");
    }
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "unknown codes");
    // What a person types (lower case, spaces) is the same code.
    let typed = issued.activation_code.as_str().to_lowercase().replace('-', " ");
    ok(f.svc.phone().activate(&typed));
    assert_eq!(status_of(&f, ALICE), DeviceStatus::Online);
}

// ---------------------------------------------------------------- WG07

#[test]
fn wg07_lpa_string_and_code_alphabet() {
    let mut f = Fixture::new(OrgSetup::default());
    let mut issued = vec![f.add(ALICE)];
    for _ in 0..40 {
        issued.push(ok(f.svc.devices().new_code(ALICE, false)));
    }
    let ambiguous = ['0', 'O', 'o', '1', 'I', 'l', 'L'];
    for i in &issued {
        let code = i.activation_code.as_str();
        assert_eq!(i.smdp_address, SMDP);
        assert_eq!(i.lpa, format!("LPA:1${SMDP}${code}"));
        assert_eq!(i.android_code, format!("1${SMDP}${code}"));
        assert_eq!(i.lpa.matches('$').count(), 2, "no confirmation code part: {}", i.lpa);
        assert_eq!(parse_lpa(&i.lpa), Ok((SMDP.to_string(), code.to_string())));
        assert!(code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'), "matching id uses A-Z a-z 0-9 -: {code}");
        assert!(!code.chars().any(|c| ambiguous.contains(&c)), "no letters that read alike: {code}");
        let symbols: String = code.chars().filter(|c| *c != '-').collect();
        assert_eq!(symbols.len(), CODE_SYMBOLS);
        assert!(symbols.bytes().all(|b| ALPHABET.contains(&b)));
        assert!(code.split('-').all(|g| g.len() == 4), "grouped for typing: {code}");
    }
    // The production generator draws from the same alphabet, with enough entropy.
    for _ in 0..200 {
        let code = OsCodeGenerator.generate();
        assert!(!code.as_str().chars().any(|c| ambiguous.contains(&c)));
    }
    assert!(!ALPHABET.iter().any(|b| ambiguous.contains(&(*b as char))));
    let bits = CODE_SYMBOLS as f64 * (ALPHABET.len() as f64).log2();
    assert!(bits >= 64.0, "only {bits:.0} bits of entropy");
}

// ---------------------------------------------------------------- WG08

#[test]
fn wg08_lost_stolen_ends_the_old_line_and_issues_fresh_details() {
    let mut f = Fixture::new(OrgSetup::default());
    let first = f.add(ALICE);
    ok(f.svc.phone().activate(first.activation_code.as_str()));
    assert_eq!(status_of(&f, ALICE), DeviceStatus::Online);
    let mails = f.outbox_files().len();

    f.clock.advance(Duration::days(3));
    let replacement = ok(f.svc.devices().lost_stolen(ALICE, true));
    assert_eq!(replacement.device_id, first.device_id, "the same device, new details");
    assert_ne!(replacement.activation_code, first.activation_code);
    assert_eq!(status_of(&f, ALICE), DeviceStatus::ActivationPending);
    assert_eq!(replacement.expires_at, t0() + Duration::days(93));
    assert_eq!(f.code_states(&first.device_id), vec!["used", "valid"]);
    assert_eq!(f.outbox_files().len(), mails + 1, "the new details are emailed");

    // The lost phone's line is gone: the old code can never come back.
    let before = f.snapshot();
    refused(f.svc.phone().activate(first.activation_code.as_str()));
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "old code after lost/stolen");
    // The old phone cannot touch the line either: it is no longer activated.
    let (rule, _) = refused(f.svc.phone().event(ALICE, PhoneEvent::Enable));
    assert_eq!(rule, "WG10");
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "old phone after lost/stolen");

    ok(f.svc.phone().activate(replacement.activation_code.as_str()));
    assert_eq!(status_of(&f, ALICE), DeviceStatus::Online);
}

#[test]
fn wg08_lost_before_activation_revokes_the_unused_code() {
    let mut f = Fixture::new(OrgSetup::default());
    let first = f.add(ALICE);
    let second = ok(f.svc.devices().lost_stolen(&first.device_id, false));
    assert_eq!(f.code_states(&first.device_id), vec!["revoked", "valid"]);
    let before = f.snapshot();
    let (rule, message) = refused(f.svc.phone().activate(first.activation_code.as_str()));
    assert_eq!(rule, "WG06");
    assert!(message.contains("lost or stolen"), "{message}");
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "revoked code");
    ok(f.svc.phone().activate(second.activation_code.as_str()));
}

#[test]
fn wg08_from_offline_too_and_not_for_mobile_operator_lines() {
    let mut f = Fixture::new(OrgSetup { mobile_operator_device: true, ..OrgSetup::default() });
    let issued = f.add(ALICE);
    ok(f.svc.phone().activate(issued.activation_code.as_str()));
    ok(f.svc.phone().event(ALICE, PhoneEvent::Disable));
    ok(f.svc.devices().lost_stolen(ALICE, false));
    assert_eq!(status_of(&f, ALICE), DeviceStatus::ActivationPending);

    assert_eq!(ok(f.svc.devices().get(HANA)).kind, DeviceKind::MobileOperator);
    let before = f.snapshot();
    let (rule, _) = refused(f.svc.devices().lost_stolen(HANA, true));
    assert_eq!(rule, "WG08");
    assert_unchanged(&before, &f.snapshot(), "lost/stolen on an operator SIM");
}

// ---------------------------------------------------------------- WG09

#[test]
fn wg09_delete_returns_licence_to_pool_and_tells_admin() {
    let mut f = Fixture::new(OrgSetup::default().subscriptions(&[(SUB_A, 1)]));
    let issued = f.add(ALICE);
    ok(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(ok(f.svc.subscriptions())[0].free, 0);

    let outcome = ok(f.svc.devices().delete(&issued.device_id));
    assert_eq!(outcome.device_id, issued.device_id);
    assert_eq!(outcome.owner_email, ALICE);
    assert_eq!(outcome.subscription_id, SUB_A);
    assert_eq!(outcome.subscription_free, 1);
    let notice = outcome.notice.to_lowercase();
    assert!(
        notice.contains("dialer") && notice.contains("delete") && notice.contains("by hand"),
        "the admin is told what the user must do: {}",
        outcome.notice
    );
    let sub = &ok(f.svc.subscriptions())[0];
    assert_eq!((sub.used, sub.free), (0, 1), "the licence is back in the pool");
    assert!(ok(f.svc.people().get(ALICE)).device_id.is_none());
    assert!(matches!(f.svc.devices().get(&issued.device_id), Err(Error::NotFound(_))));
    assert_eq!(ok(f.svc.devices().count(None, "")), 0);
    assert_eq!(f.count("activation_codes"), 0, "its codes went with it");
    assert_eq!(
        ok(f.svc.people().get(ALICE)).primary_number.as_deref(),
        Some(ALICE_NUMBER),
        "the user keeps the business number"
    );

    // The phone cannot use the line any more; the freed licence serves someone else.
    let before = f.snapshot();
    refused(f.svc.phone().activate(issued.activation_code.as_str()));
    assert!(f.svc.phone().event(&issued.device_id, PhoneEvent::Enable).is_err());
    assert!(matches!(f.svc.devices().delete(&issued.device_id), Err(Error::NotFound(_))));
    assert_unchanged(&but_attempts(&before), &but_attempts(&f.snapshot()), "acting on a deleted device");
    let bob = f.add(BOB);
    assert_eq!(ok(f.svc.devices().get(&bob.device_id)).subscription_id, SUB_A);
    assert_ne!(bob.device_id, issued.device_id, "device ids are never reused");
}

// ---------------------------------------------------------------- WG10

#[test]
fn wg10_status_words_and_colours_follow_the_phone() {
    assert_eq!(DeviceStatus::ActivationPending.label(), "Activation pending");
    assert_eq!(DeviceStatus::Online.label(), "Online");
    assert_eq!(DeviceStatus::Offline.label(), "Offline");
    assert_eq!(DeviceStatus::ActivationPending.colour(), StatusColour::Grey);
    assert_eq!(DeviceStatus::Online.colour(), StatusColour::Green);
    assert_eq!(DeviceStatus::Offline.colour(), StatusColour::Red);
    let symbols: std::collections::HashSet<_> = DeviceStatus::ALL.iter().map(|s| s.symbol()).collect();
    assert_eq!(symbols.len(), 3, "not only a colour: shapes differ too");

    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    let id = issued.device_id.clone();
    assert_eq!(status_of(&f, ALICE), DeviceStatus::ActivationPending);
    let out = ok(f.svc.phone().activate(issued.activation_code.as_str()));
    assert_eq!(out.status, DeviceStatus::Online);
    for (event, to) in [
        (PhoneEvent::Disable, DeviceStatus::Offline),
        (PhoneEvent::Enable, DeviceStatus::Online),
        (PhoneEvent::Disable, DeviceStatus::Offline),
        (PhoneEvent::RemoveLine, DeviceStatus::ActivationPending),
    ] {
        f.clock.advance(Duration::minutes(5));
        let out = ok(f.svc.phone().event(&id, event));
        assert_eq!(out.status, to);
        let row = ok(f.svc.devices().get(&id));
        assert_eq!(row.status, to);
        assert_eq!(row.changed_at, f.clock_now(), "changed time recorded");
        assert_eq!(
            ok(f.svc.devices().list(Some(to), "", 0, 10)).iter().map(|d| d.device_id.clone()).collect::<Vec<_>>(),
            vec![id.clone()],
            "the status filter finds it"
        );
    }

    // Events that make no sense in the current status are refused and change nothing.
    let before = f.snapshot();
    for event in [PhoneEvent::Disable, PhoneEvent::Enable, PhoneEvent::RemoveLine] {
        let (rule, _) = refused(f.svc.phone().event(&id, event));
        assert_eq!(rule, "WG10", "{event:?} while pending");
    }
    assert_unchanged(&before, &f.snapshot(), "phone events while pending");
    let fresh = ok(f.svc.devices().new_code(&id, false));
    ok(f.svc.phone().activate(fresh.activation_code.as_str()));
    let before = f.snapshot();
    let (rule, _) = refused(f.svc.phone().event(&id, PhoneEvent::Enable));
    assert_eq!(rule, "WG10");
    ok(f.svc.phone().event(&id, PhoneEvent::Disable));
    let mid = f.snapshot();
    assert_ne!(before, mid);
    let (rule, _) = refused(f.svc.phone().event(&id, PhoneEvent::Disable));
    assert_eq!(rule, "WG10");
    assert_unchanged(&mid, &f.snapshot(), "disable twice");
}

// ---------------------------------------------------------------- WG11

#[test]
fn wg11_removing_the_line_returns_to_pending_so_a_new_code_can_be_issued() {
    let mut f = Fixture::new(OrgSetup::default());
    let first = f.add(ALICE);
    ok(f.svc.phone().activate(first.activation_code.as_str()));
    // Online: the admin cannot issue a new code yet.
    refused(f.svc.devices().new_code(ALICE, false));
    let out = ok(f.svc.phone().event(ALICE, PhoneEvent::RemoveLine));
    assert_eq!(out.status, DeviceStatus::ActivationPending);
    assert!(out.message.contains("new code"), "{}", out.message);
    assert_eq!(status_of(&f, ALICE), DeviceStatus::ActivationPending);

    let second = ok(f.svc.devices().new_code(ALICE, false));
    refused(f.svc.phone().activate(first.activation_code.as_str()));
    ok(f.svc.phone().activate(second.activation_code.as_str()));
    // From Offline too.
    ok(f.svc.phone().event(ALICE, PhoneEvent::Disable));
    ok(f.svc.phone().event(ALICE, PhoneEvent::RemoveLine));
    assert_eq!(status_of(&f, ALICE), DeviceStatus::ActivationPending);
    let third = ok(f.svc.devices().new_code(ALICE, false));
    ok(f.svc.phone().activate(third.activation_code.as_str()));
    assert_eq!(f.code_states(&first.device_id), vec!["used", "used", "used"]);
}

// ---------------------------------------------------------------- WG12

#[test]
fn wg12_status_is_the_same_from_users_and_devices() {
    let mut f = Fixture::new(OrgSetup { mobile_operator_device: true, ..OrgSetup::default() });
    let _pending = f.add(ALICE);
    let bob = f.add(BOB);
    ok(f.svc.phone().activate(bob.activation_code.as_str()));
    let carol = ok(f.svc.devices().add(&AddDevice { number: Some(NY_FREE[0].into()), ..add_request(CAROL) }));
    ok(f.svc.phone().activate(carol.activation_code.as_str()));
    ok(f.svc.phone().event(CAROL, PhoneEvent::Disable));

    let check = |f: &Fixture, expected: &[(&str, DeviceStatus)]| {
        let users = ok(f.svc.people().list("", 0, 100));
        let devices = ok(f.svc.devices().list(None, "", 0, 100));
        assert_eq!(devices.len(), expected.len());
        for (email, status) in expected {
            let user = users.iter().find(|u| u.email == *email).expect("the user is listed");
            let device = devices.iter().find(|d| d.owner_email == *email).expect("the device is listed");
            assert_eq!(user.device_status, Some(*status), "Users view, {email}");
            assert_eq!(device.status, *status, "Devices view, {email}");
            assert_eq!(user.device_id.as_deref(), Some(device.device_id.as_str()));
            assert_eq!(ok(f.svc.devices().get(email)).status, *status);
            let detail = ok(f.svc.people().detail(email));
            assert_eq!(detail.user.device_status, Some(*status));
            assert_eq!(detail.device.map(|d| d.status), Some(*status));
            let filtered = ok(f.svc.devices().list(Some(*status), "", 0, 100));
            assert!(filtered.iter().any(|d| d.owner_email == *email));
        }
        // Users without a device show none, not a made-up status.
        for u in users.iter().filter(|u| u.device_id.is_none()) {
            assert_eq!(u.device_status, None, "{}", u.email);
        }
    };
    let mut expected = vec![
        (ALICE, DeviceStatus::ActivationPending),
        (BOB, DeviceStatus::Online),
        (CAROL, DeviceStatus::Offline),
        (HANA, DeviceStatus::Online),
    ];
    check(&f, &expected);

    // After changes, both views follow.
    ok(f.svc.phone().event(BOB, PhoneEvent::RemoveLine));
    ok(f.svc.phone().event(CAROL, PhoneEvent::Enable));
    expected[1].1 = DeviceStatus::ActivationPending;
    expected[2].1 = DeviceStatus::Online;
    check(&f, &expected);
}

// ---------------------------------------------------------------- WG14

/// The Users view: the admin is on the user, asks what to choose, then adds.
fn add_from_users_view(f: &mut Fixture, email: &str, number: Option<&str>) -> wxgo::service::IssuedCode {
    let choices = ok(f.svc.devices().choices(email));
    assert!(choices.refusal.is_none(), "{:?}", choices.refusal);
    let number = if choices.must_choose_number {
        let wanted = number.expect("a number to pick");
        assert!(choices.free_numbers.iter().any(|n| n.number == wanted));
        Some(wanted.to_string())
    } else {
        None
    };
    ok(f.svc.devices().add(&AddDevice {
        user_email: choices.user.email.clone(),
        subscription: choices.subscriptions.first().map(|s| s.id.clone()),
        number,
        no_email: false,
    }))
}

/// The Devices view: "existing user", search for the user, then Webex Go.
fn add_from_devices_view(f: &mut Fixture, search: &str, number: Option<&str>) -> wxgo::service::IssuedCode {
    let found = ok(f.svc.people().list(search, 0, 10));
    assert_eq!(found.len(), 1, "the search finds one user: {found:?}");
    let user = &found[0];
    ok(f.svc.devices().add(&AddDevice {
        user_email: user.email.clone(),
        subscription: None,
        number: number.map(str::to_string),
        no_email: false,
    }))
}

#[test]
fn wg14_add_from_user_or_device_list_ends_in_same_state() {
    let mut by_user = Fixture::new(OrgSetup::default());
    let mut by_device = Fixture::new(OrgSetup::default());
    let a1 = add_from_users_view(&mut by_user, ALICE, None);
    let a2 = add_from_devices_view(&mut by_device, "Alice Arch", None);
    let c1 = add_from_users_view(&mut by_user, CAROL, Some(NY_FREE[1]));
    let c2 = add_from_devices_view(&mut by_device, "carol@", Some(NY_FREE[1]));

    for (x, y) in [(&a1, &a2), (&c1, &c2)] {
        assert_eq!(x.device_id, y.device_id);
        assert_eq!(x.owner_email, y.owner_email);
        assert_eq!(x.primary_number, y.primary_number);
        assert_eq!(x.expires_at, y.expires_at);
        assert_eq!(x.emailed, y.emailed);
    }
    // Every table, row for row: devices, codes (hashes included), numbers, audit.
    assert_unchanged(&by_user.snapshot(), &by_device.snapshot(), "the two ways of adding differ");
    let mails = |f: &Fixture| {
        f.outbox_files().iter().map(|p| std::fs::read_to_string(p).unwrap_or_default()).collect::<Vec<_>>()
    };
    assert_eq!(mails(&by_user), mails(&by_device), "the same emails");
    assert_eq!(mails(&by_user).len(), 2);
    assert_eq!(ok(by_user.svc.devices().get(CAROL)).status, DeviceStatus::ActivationPending);
}

/// Issue 15.2: a rule that will refuse is known before the admin is asked to confirm, with what
/// works instead; the check changes nothing, and agrees with the action itself.
#[test]
fn wg05_wg08_a_refusal_is_known_before_asking() {
    use wxgo::service::DeviceCheck;
    let mut f = Fixture::new(OrgSetup::default());
    let issued = f.add(ALICE);
    let device = issued.device_id.clone();
    assert!(
        ok(f.svc.devices().refusal_before(DeviceCheck::NewCode, &device)).is_none(),
        "pending: a new code may be issued"
    );
    ok(f.svc.phone().activate(issued.activation_code.as_str()));
    let before = f.snapshot();
    let refusal =
        ok(f.svc.devices().refusal_before(DeviceCheck::NewCode, &device)).unwrap_or_else(|| panic!("not refused"));
    assert_eq!(refusal.rule_id(), Some("WG05"));
    let said = refusal.to_string();
    assert!(said.contains("Online") && said.contains("WG11") && said.contains("Lost/Stolen"), "{said}");
    assert_unchanged(&before, &f.snapshot(), "a check before asking");
    // The action itself refuses the same way.
    let (rule, _) = refused(f.svc.devices().new_code(&device, false));
    assert_eq!(rule, "WG05");
    assert!(ok(f.svc.devices().refusal_before(DeviceCheck::LostStolen, &device)).is_none());
    assert!(ok(f.svc.devices().refusal_before(DeviceCheck::Delete, &device)).is_none());
}
