//! "Why can't this user call?": one report that joins everything about a person and names the
//! likely causes, each a rule of RULES.md with whether it blocks calling and the one action that
//! fixes it. Each cause on the demo (the local backend) and on a webex profile against the
//! project's fake (through Prism); a person with nothing wrong; the CLI (exit 4 for nobody, the
//! JSON shape, every suggested command run as printed); the console's view (`y` on every kind
//! of row, `why` in the palette, `F`) with its screens at 80x24.

use std::process::{Command, Output};
use std::sync::atomic::AtomicBool;

use chrono::Duration;
use serde_json::Value;
use std::path::Path;
use wxgo::domain::device::PhoneEvent;
use wxgo::domain::{DeviceStatus, Error};
use wxgo::service::sync::SyncOptions;
use wxgo::service::why::{Cause, WhyOptions, WhyReport, CONSOLE_FIXES};
use wxgo::service::{AddDevice, DeviceRow, Options, Service};

use wxgo::outside::clipboard::{Clipboard, Env as ClipEnv, Mode};
use wxgo::tui::harness::Harness;
use wxgo::tui::keymap::Keymap;
use wxgo::tui::panes::Pane;

use crate::fake_webex::home::{self, side, Home};
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::{webex_id, World};
use crate::fake_webex::PARTNER_TOKEN;
use crate::tui_support::golden::assert_screen;
use crate::tui_support::{demo, demo_in_tmp, Demo};

const NOW: &str = "2026-11-22T09:00:00Z";

// ---------------------------------------------------------------------- helpers

#[track_caller]
fn why(svc: &Service, query: &str) -> WhyReport {
    svc.why(query).unwrap_or_else(|e| panic!("why {query}: {e}"))
}

fn rules(r: &WhyReport) -> Vec<&'static str> {
    r.causes.iter().map(|c| c.rule).collect()
}

#[track_caller]
fn cause<'a>(r: &'a WhyReport, rule: &str) -> &'a Cause {
    r.causes.iter().find(|c| c.rule == rule).unwrap_or_else(|| panic!("no {rule} cause in {:#?}", r.causes))
}

#[track_caller]
fn first(r: &WhyReport) -> &Cause {
    r.causes.first().unwrap_or_else(|| panic!("no cause at all; checked: {:#?}", r.checked))
}

fn devices(svc: &Service) -> Vec<DeviceRow> {
    svc.devices().list(None, "", 0, 10_000).unwrap_or_else(|e| panic!("{e}"))
}

#[track_caller]
fn device_where(svc: &Service, what: &str, f: impl Fn(&DeviceRow) -> bool) -> DeviceRow {
    devices(svc).into_iter().find(|d| f(d)).unwrap_or_else(|| panic!("no device that is {what}"))
}

/// Changes the demo's database as another process (or a state the product reaches elsewhere).
fn sql(d: &Demo, sql: &str) {
    let conn = rusqlite::Connection::open(&d.db).unwrap_or_else(|e| panic!("{e}"));
    conn.execute_batch(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// A folder with `wxgo` on the PATH and no config, data or profile of the machine's.
struct Shell {
    dir: tempfile::TempDir,
}

impl Shell {
    fn new() -> Shell {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let bin = dir.path().join("bin");
        std::fs::create_dir_all(&bin).unwrap_or_else(|e| panic!("{e}"));
        std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_wxgo"), bin.join("wxgo")).unwrap_or_else(|e| panic!("{e}"));
        Shell { dir }
    }

    /// Runs `command` exactly as printed, through `sh -c`, with `wxgo` the binary under test.
    fn run(&self, command: &str) -> Output {
        let path = format!("{}:{}", self.dir.path().join("bin").display(), std::env::var("PATH").unwrap_or_default());
        let home = self.dir.path();
        crate::common::english(&mut Command::new("sh"))
            .arg("-c")
            .arg(command)
            .current_dir(home)
            .env("PATH", path)
            .env("HOME", home)
            .env("XDG_CONFIG_HOME", home.join("config"))
            .env("XDG_DATA_HOME", home.join("data"))
            .env("WXGO_NOW", NOW)
            .env("WXGO_OUTBOX", home.join("outbox"))
            .env("NO_COLOR", "1")
            .env_remove("WXGO_DB")
            .env_remove("WXGO_PROFILE")
            .env_remove("WXGO_ORG")
            .env_remove("WEBEX_TOKEN")
            .output()
            .unwrap_or_else(|e| panic!("sh: {e}"))
    }

    #[track_caller]
    fn ok(&self, command: &str) -> String {
        let o = self.run(command);
        assert!(o.status.success(), "`{command}` exit {:?}: {}{}", o.status.code(), text(&o.stdout), text(&o.stderr));
        text(&o.stdout)
    }
}

/// The fix's command, which must be there.
#[track_caller]
fn command(c: &Cause) -> String {
    c.fix.command.clone().unwrap_or_else(|| panic!("{} has no command: {c:#?}", c.rule))
}

// ---------------------------------------------------------------------- the demo (local)

#[test]
fn wg06_why_names_an_expired_code_and_n_as_the_fix() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "pending with an expired code", |d| d.code_state == "expired");
    let r = why(&svc, &dev.owner_email);
    let c = first(&r);
    assert_eq!(c.rule, "WG06", "{:#?}", r.causes);
    assert!(c.blocking);
    assert!(c.summary.contains("expired") && c.summary.contains("days ago"), "{}", c.summary);
    assert_eq!((c.fix.key, c.fix.action), (Some("n"), Some("new_code")));
    let cmd = command(c);
    assert_eq!(cmd, format!("wxgo --db {} devices new-code {}", d.db.display(), dev.device_id));
    assert!(r.checked.iter().any(|k| k.rule == "WG06" && k.result == "cause"), "{:#?}", r.checked);
    // The command runs as printed, and then the code is no longer the cause.
    let sh = Shell::new();
    let out = sh.ok(&cmd);
    assert!(out.contains(&dev.device_id), "{out}");
    let again = why(&d.service(false), &dev.owner_email);
    assert!(!rules(&again).contains(&"WG06"), "{:#?}", again.causes);
    assert_eq!(first(&again).rule, "WG04", "a fresh code waits for the phone now: {:#?}", again.causes);
}

#[test]
fn wg04_why_names_a_code_the_phone_has_not_redeemed_yet() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "pending with a valid code", |d| d.code_state == "valid");
    let r = why(&svc, &dev.owner_email);
    let c = first(&r);
    assert_eq!(c.rule, "WG04", "{:#?}", r.causes);
    assert!(c.blocking && c.summary.contains("has not activated a phone yet"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("n"));
    assert!(r.checked.iter().any(|k| k.rule == "WG06" && k.result == "ok"), "{:#?}", r.checked);
}

/// Adds a Webex Go device to `email` from the first subscription with a free licence (WG02).
fn add_device(svc: &Service, email: &str) -> wxgo::service::IssuedCode {
    let sub = svc.subscriptions().unwrap_or_default().into_iter().find(|s| s.free > 0).map(|s| s.id);
    let req = AddDevice { user_email: email.to_string(), subscription: sub, ..AddDevice::default() };
    svc.devices().add(&req).unwrap_or_else(|e| panic!("{e}"))
}

/// A user of the demo who may get a Webex Go device and has none.
fn eligible(svc: &Service) -> String {
    let users = svc.people().list("", 0, 1000).unwrap_or_else(|e| panic!("{e}"));
    users
        .into_iter()
        .find(|u| {
            u.device_id.is_none()
                && u.primary_number.is_some()
                && u.has_licence(wxgo::domain::licence::CALLING_PROFESSIONAL)
                && matches!(u.location_country.as_deref(), Some("US" | "GB" | "FR"))
        })
        .map(|u| u.email)
        .unwrap_or_else(|| panic!("no eligible user in the demo"))
}

#[test]
fn wg05_why_names_a_superseded_code_the_phone_tried() {
    let d = demo();
    let svc = d.service(false);
    let email = eligible(&svc);
    let old = add_device(&svc, &email);
    svc.devices().new_code(&old.device_id, false).unwrap_or_else(|e| panic!("{e}"));
    assert!(svc.phone().activate(old.activation_code.as_str()).is_err(), "the old code is refused");
    let r = why(&svc, &email);
    let c = first(&r);
    assert_eq!(c.rule, "WG05", "{:#?}", r.causes);
    assert!(c.summary.contains("a newer one replaced") && c.summary.contains("1 refused attempt"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("n"));
    assert_eq!(r.facts.refused_attempts.len(), 1);
    assert_eq!(r.facts.refused_attempts[0].reason, "superseded");
    let states: Vec<&str> = r.facts.codes.iter().map(|c| c.state.as_str()).collect();
    assert_eq!(states, ["valid", "superseded"], "the code history, newest first");
    assert!(
        r.facts.audit.iter().any(|a| a.entry.outcome == "refused"),
        "the refusal's audit entry: {:#?}",
        r.facts.audit
    );
}

#[test]
fn wg08_why_names_a_code_of_a_phone_reported_lost() {
    let d = demo();
    let svc = d.service(false);
    let email = eligible(&svc);
    let old = add_device(&svc, &email);
    svc.devices().lost_stolen(&old.device_id, false).unwrap_or_else(|e| panic!("{e}"));
    assert!(svc.phone().activate(old.activation_code.as_str()).is_err());
    let r = why(&svc, &email);
    assert_eq!(first(&r).rule, "WG08", "{:#?}", r.causes);
    assert!(first(&r).summary.contains("reported lost"), "{}", first(&r).summary);
    assert!(rules(&r).contains(&"WG04"), "the new code waits for the new phone: {:#?}", r.causes);
}

#[test]
fn wg11_why_names_a_line_removed_from_the_phone() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "online BYOD", |d| {
        d.status == DeviceStatus::Online && d.kind == wxgo::domain::DeviceKind::Byod
    });
    svc.phone().event(&dev.device_id, PhoneEvent::RemoveLine).unwrap_or_else(|e| panic!("{e}"));
    let r = why(&svc, &dev.owner_email);
    let c = first(&r);
    assert_eq!(c.rule, "WG11", "{:#?}", r.causes);
    assert!(c.summary.contains("removed from the phone"), "{}", c.summary);
    assert_eq!(command(c), format!("wxgo --db {} devices new-code {}", d.db.display(), dev.device_id));
}

#[test]
fn wg10_why_names_an_offline_device_since_when_and_l_as_the_fix() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "offline", |d| d.status == DeviceStatus::Offline);
    let r = why(&svc, &dev.owner_email);
    let c = first(&r);
    assert_eq!(c.rule, "WG10", "{:#?}", r.causes);
    assert!(c.blocking);
    let since = dev.changed_at.format("%Y-%m-%d %H:%M UTC").to_string();
    assert!(c.summary.contains(&format!("Offline since {since}")), "{}", c.summary);
    assert!(c.summary.contains("mobile data"), "what to ask the user: {}", c.summary);
    assert_eq!((c.fix.key, c.fix.action), (Some("L"), Some("lost_stolen")));
    assert_eq!(command(c), format!("wxgo --db {} devices lost-stolen {}", d.db.display(), dev.device_id));
}

#[test]
fn wg01_why_names_a_device_owner_without_calling_professional_or_outside_a_webex_go_country() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "online BYOD", |d| {
        d.status == DeviceStatus::Online && d.kind == wxgo::domain::DeviceKind::Byod
    });
    sql(
        &d,
        &format!(
            "UPDATE user_licences SET licence = 'calling_basic' WHERE licence = 'calling_professional'
               AND user_id = (SELECT id FROM users WHERE email = '{}')",
            dev.owner_email
        ),
    );
    let r = why(&d.service(false), &dev.owner_email);
    assert_eq!(rules(&r), ["WG01"], "{:#?}", r.causes);
    assert!(first(&r).summary.contains("Calling Professional"), "{}", first(&r).summary);

    let other = device_where(&svc, "another online BYOD", |x| {
        x.status == DeviceStatus::Online && x.kind == wxgo::domain::DeviceKind::Byod && x.device_id != dev.device_id
    });
    sql(
        &d,
        &format!(
            "UPDATE users SET location_id = (SELECT id FROM locations WHERE name = 'Toronto') WHERE email = '{}'",
            other.owner_email
        ),
    );
    let r = why(&d.service(false), &other.owner_email);
    assert_eq!(rules(&r), ["WG01"], "{:#?}", r.causes);
    assert!(first(&r).summary.contains("Toronto (CA) is not a Webex Go country"), "{}", first(&r).summary);
}

#[test]
fn al02_why_names_the_failed_work_number_check_and_no_dead_end_fix() {
    let d = demo();
    let svc = d.service(false);
    let rows = svc.licences().not_provisioned("", 0, 100).unwrap_or_else(|e| panic!("{e}"));
    let u = rows.first().unwrap_or_else(|| panic!("the demo has users without Calling"));
    let r = why(&svc, &u.email);
    let c = first(&r);
    assert_eq!(c.rule, "AL02", "{:#?}", r.causes);
    assert!(c.blocking && c.summary.contains("is not E.164"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("W"));
    // The number it most likely meant is in no location's inventory: no command that would fail.
    assert_eq!(c.fix.command, None, "{c:#?}");
    assert_eq!(r.facts.person.as_ref().map(|p| p.calling_status.as_str()), Some("not_provisioned"));
}

#[test]
fn al02_why_offers_the_number_the_directory_meant_when_it_is_free_and_the_command_runs() {
    let d = demo();
    let svc = d.service(false);
    let rows = svc.licences().not_provisioned("", 0, 100).unwrap_or_else(|e| panic!("{e}"));
    let u = rows.iter().find(|r| r.work_phone.is_some()).unwrap_or_else(|| panic!("a user with a work number"));
    let free = svc
        .numbers()
        .list(false, "Toronto", 0, 1000)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|n| n.owner.is_none() && n.kind == "standard")
        .unwrap_or_else(|| panic!("a free number in Toronto"));
    // The directory wrote it as a national number: (416) 200-00NN.
    let national = format!("({}) {}-{}", &free.number[2..5], &free.number[5..8], &free.number[8..]);
    sql(&d, &format!("UPDATE users SET work_phone = '{national}' WHERE email = '{}'", u.email));
    let r = why(&d.service(false), &u.email);
    let c = first(&r);
    assert_eq!(c.rule, "AL02");
    assert!(c.summary.contains(&free.number), "{}", c.summary);
    let cmd = command(c);
    assert_eq!(cmd, format!("wxgo --db {} users set-work-number {} {}", d.db.display(), u.email, free.number));
    Shell::new().ok(&cmd);
    let r = why(&d.service(false), &u.email);
    let c = first(&r);
    assert_eq!(c.rule, "AL02");
    assert!(c.summary.contains("passes every check"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("T"));
    assert!(command(c).ends_with("licences reapply --template 'All staff: Webex Calling'"), "{}", command(c));
}

#[test]
fn al03_why_names_a_user_without_calling_whom_no_template_gives_it() {
    let d = demo();
    let svc = d.service(false);
    let users = svc.people().list("", 0, 1000).unwrap_or_else(|e| panic!("{e}"));
    let u = users.iter().find(|u| u.calling_status == "none").unwrap_or_else(|| panic!("a user without Calling"));
    let r = why(&svc, &u.email);
    let c = first(&r);
    assert_eq!(c.rule, "AL03", "{:#?}", r.causes);
    assert!(c.blocking && c.summary.contains("no Webex Calling licence"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("A"));
}

#[test]
fn al01_why_names_a_calling_user_without_a_location() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "online", |d| d.status == DeviceStatus::Online);
    sql(&d, &format!("UPDATE users SET location_id = NULL WHERE email = '{}'", dev.owner_email));
    let r = why(&d.service(false), &dev.owner_email);
    let c = cause(&r, "AL01");
    assert!(c.blocking && c.summary.contains("no location"), "{}", c.summary);
    assert_eq!(rules(&r)[0], "AL01", "the location explains the rest: {:#?}", r.causes);
}

/// The demo's user with a mobile line (a Webex Go device through the operator) and its number.
fn mobile_user(svc: &Service) -> (String, String) {
    let n = svc
        .numbers()
        .list(true, "", 0, 10_000)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|n| n.owner_kind.as_deref() == Some("user"))
        .unwrap_or_else(|| panic!("a mobile number of a user"));
    (n.owner.unwrap_or_default(), n.number)
}

#[test]
fn mo02_why_names_an_operator_account_pending_for_days_and_the_command_runs() {
    let d = demo();
    let svc = d.service(false);
    let (email, number) = mobile_user(&svc);
    assert!(why(&svc, &email).causes.is_empty(), "all is well first");
    let requested = wxgo::testing::ts(d.now - Duration::hours(51));
    sql(
        &d,
        &format!(
            "UPDATE operator_accounts SET status = 'pending', requested_at = '{requested}'
             WHERE id = (SELECT operator_account_id FROM numbers WHERE e164 = '{number}')"
        ),
    );
    let r = why(&d.service(false), &email);
    let c = first(&r);
    assert_eq!(c.rule, "MO02", "{:#?}", r.causes);
    assert!(c.summary.contains("Pending 51 h") && c.summary.contains("contact the operator"), "{}", c.summary);
    assert_eq!((c.fix.key, c.fix.action), (Some("o"), Some("operator_accounts")));
    assert_eq!(r.facts.operator_account.as_ref().map(|a| a.status.label()), Some("Pending"));
    let out = Shell::new().ok(&command(c));
    assert!(out.contains("Pending"), "{out}");
}

#[test]
fn mo03_and_mo06_why_name_an_inactive_mobile_line_and_a_missing_professional_licence() {
    let d = demo();
    let svc = d.service(false);
    let (email, number) = mobile_user(&svc);
    sql(&d, &format!("UPDATE numbers SET state = 'INACTIVE' WHERE e164 = '{number}'"));
    let r = why(&d.service(false), &email);
    let c = cause(&r, "MO03");
    assert!(c.summary.contains(&number) && c.summary.contains("INACTIVE"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("M"));
    assert_eq!(command(c), format!("wxgo --db {} numbers assign-primary --user {email} {number}", d.db.display()));
    sql(
        &d,
        &format!(
            "DELETE FROM user_licences WHERE licence = 'calling_professional'
               AND user_id = (SELECT id FROM users WHERE email = '{email}');
             INSERT INTO user_licences (user_id, licence) SELECT id, 'calling_basic' FROM users WHERE email = '{email}'"
        ),
    );
    let r = why(&d.service(false), &email);
    assert!(rules(&r).contains(&"MO06") && rules(&r).contains(&"WG01"), "{:#?}", r.causes);
}

/// The demo's BroadWorks subscribers (every one, pending and in error first).
fn subscribers(svc: &Service) -> Vec<wxgo::service::BwSubscriberRow> {
    svc.broadworks().list(false, "", 0, 10_000).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn bw04_why_names_a_broadworks_error_and_r_as_the_fix() {
    let d = demo();
    let svc = d.service(false);
    let s = subscribers(&svc)
        .into_iter()
        .find(|s| s.error_code.as_deref() == Some("BW-4003"))
        .unwrap_or_else(|| panic!("a subscriber in error BW-4003"));
    let r = why(&svc, &s.broadworks_user_id);
    let c = first(&r);
    assert_eq!(c.rule, "BW04", "{:#?}", r.causes);
    assert!(
        c.summary.contains("BroadWorks error BW-4003: The email") && c.summary.contains("already used"),
        "{}",
        c.summary
    );
    assert_eq!((c.fix.key, c.fix.place.as_deref()), (Some("R"), Some("BroadWorks")));
    assert_eq!(c.fix.command, None, "the same email would fail again; the admin chooses another");
    assert!(r.facts.person.is_none() && r.facts.broadworks.is_some());
}

#[test]
fn bw01_why_names_a_template_that_does_not_accept_untrusted_emails_and_the_command_runs() {
    let d = demo();
    let svc = d.service(false);
    let s = subscribers(&svc)
        .into_iter()
        .find(|s| s.error_code.as_deref() == Some("BW-4021"))
        .unwrap_or_else(|| panic!("a subscriber in error BW-4021"));
    let r = why(&svc, s.email.as_deref().unwrap_or(&s.broadworks_user_id));
    let c = first(&r);
    assert_eq!(c.rule, "BW01", "{:#?}", r.causes);
    assert!(c.summary.contains("does not accept untrusted emails"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("t"));
    let out = Shell::new().ok(&command(c));
    assert!(out.contains(s.template.as_deref().unwrap_or("?")), "{out}");
}

#[test]
fn bw03_why_names_a_subscriber_waiting_for_an_email_found_by_its_number() {
    let d = demo();
    let svc = d.service(false);
    let s = subscribers(&svc)
        .into_iter()
        .find(|s| s.status == wxgo::domain::bw::BwStatus::PendingEmailInput)
        .unwrap_or_else(|| panic!("a subscriber pending an email"));
    let number = s.primary_number.clone().unwrap_or_default();
    let r = why(&svc, &number);
    assert_eq!(r.email, None, "no email yet");
    let c = first(&r);
    assert_eq!(c.rule, "BW03", "{:#?}", r.causes);
    assert!(c.summary.contains("waits since") && c.summary.contains("activation portal"), "{}", c.summary);
    assert_eq!((c.fix.key, c.fix.command.as_deref()), (Some("R"), None), "the email is the admin's to give");
}

#[test]
fn why_a_person_with_nothing_wrong_gets_no_invented_cause_and_sees_what_was_checked() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "online BYOD", |d| {
        d.status == DeviceStatus::Online && d.kind == wxgo::domain::DeviceKind::Byod
    });
    let r = why(&svc, &dev.owner_email);
    assert!(r.causes.is_empty(), "{:#?}", r.causes);
    let ok: Vec<&str> = r.checked.iter().filter(|c| c.result == "ok").map(|c| c.rule).collect();
    for rule in ["AL02", "AL01", "WG10", "WG15"] {
        assert!(ok.contains(&rule), "{rule} checked and ok: {:#?}", r.checked);
    }
    assert!(r.checked.iter().all(|c| c.result != "cause"), "{:#?}", r.checked);
    assert_eq!(r.as_of.source, "local");
    assert_eq!(r.as_of.at, Some(d.now), "dates come from the service's clock");
}

#[test]
fn why_finds_a_person_by_email_number_national_form_and_extension() {
    let d = demo();
    let svc = d.service(false);
    let u = svc
        .people()
        .list("Dallas", 0, 100)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|u| u.primary_number.is_some() && u.extension.is_some())
        .unwrap_or_else(|| panic!("a Dallas user with a number and an extension"));
    let e164 = u.primary_number.clone().unwrap_or_default();
    let national = format!("({}) {}-{}", &e164[2..5], &e164[5..8], &e164[8..]);
    let ext = u.extension.clone().unwrap_or_default();
    for q in [u.email.as_str(), &u.email.to_uppercase(), &e164, &national, &e164[2..], &ext] {
        assert_eq!(why(&svc, q).email.as_deref(), Some(u.email.as_str()), "{q}");
    }
}

#[test]
fn why_refuses_several_holders_nobody_and_what_is_no_query_with_a_clear_word() {
    let d = demo();
    let svc = d.service(false);
    match svc.why("231-456-9000") {
        Err(Error::Invalid(m)) => {
            assert!(m.contains("is held by") && m.contains("Ask about one by email"), "{m}");
            assert!(m.contains(&format!("wxgo --db {} why ", d.db.display())), "a command that runs: {m}");
        }
        other => panic!("{other:?}"),
    }
    for q in ["nobody@acmefarms.example", "+12149999999"] {
        match svc.why(q) {
            Err(Error::NotFound(m)) => assert!(m.contains("nobody") && m.contains("users list"), "{m}"),
            other => panic!("{q}: {other:?}"),
        }
    }
    match svc.why("+12142000000") {
        Err(Error::NotFound(m)) => assert!(m.contains("Auto attendant") && m.contains("not by a person"), "{m}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(svc.why("   "), Err(Error::Invalid(_))));
    assert!(matches!(svc.why("what?"), Err(Error::Invalid(_))));
}

#[test]
fn why_every_fix_key_is_the_action_tables_key_for_that_action() {
    for (name, key) in CONSOLE_FIXES {
        let a = wxgo::tui::actions::by_name(name).unwrap_or_else(|| panic!("{name} is not in the action table"));
        assert!(a.keys.iter().any(|k| k.keys.contains(&key)), "{name}: {key} is not its key");
    }
}

// ---------------------------------------------------------------------- the CLI

fn cli(shell: &Shell, args: &str) -> Output {
    shell.run(&format!("wxgo {args}"))
}

#[test]
fn why_cli_json_has_the_shape_scripts_read() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "offline", |d| d.status == DeviceStatus::Offline);
    let sh = Shell::new();
    let out = sh.ok(&format!("wxgo --db {} why {} --json", d.db.display(), dev.owner_email));
    let v: Value = serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"));
    assert_eq!(v["email"], dev.owner_email.as_str());
    for k in
        ["person", "numbers", "device", "codes", "refused_attempts", "operator_account", "broadworks", "calls", "audit"]
    {
        assert!(v["facts"].get(k).is_some(), "facts.{k}: {v}");
    }
    assert_eq!(v["facts"]["device"]["status"], "offline");
    let c = &v["causes"][0];
    assert_eq!(c["rule"], "WG10");
    assert_eq!(c["blocking"], true);
    assert!(c["summary"].as_str().is_some_and(|s| s.contains("Offline since")), "{c}");
    assert_eq!(c["fix"]["key"], "L");
    assert_eq!(
        c["fix"]["command"],
        format!("wxgo --db {} devices lost-stolen {}", d.db.display(), dev.device_id).as_str()
    );
    assert!(v["checked"].as_array().is_some_and(|a| !a.is_empty()));
    assert_eq!(v["as_of"]["source"], "local");
    // --demo is kept in the commands it prints.
    let demo_out = sh.ok("wxgo --demo why 231-456-9000 2>&1 || true");
    assert!(demo_out.contains("wxgo --demo why "), "{demo_out}");
}

#[test]
fn why_cli_an_unknown_person_is_exit_4_with_a_clear_error() {
    let d = demo();
    let sh = Shell::new();
    let before = std::fs::read(&d.db).unwrap_or_default();
    let o = cli(&sh, &format!("--db {} why nobody@acmefarms.example", d.db.display()));
    assert_eq!(o.status.code(), Some(4), "{}", text(&o.stderr));
    let err = text(&o.stderr);
    assert!(err.contains("nobody with the email \"nobody@acmefarms.example\""), "{err}");
    assert!(err.contains(&format!("wxgo --db {} users list", d.db.display())), "{err}");
    let o = cli(&sh, &format!("--db {} why nobody@acmefarms.example --json", d.db.display()));
    assert_eq!(o.status.code(), Some(4));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(v["error"]["kind"], "not_found");
    assert_eq!(std::fs::read(&d.db).unwrap_or_default(), before, "nothing changed");
}

#[test]
fn why_cli_human_report_leads_with_the_causes() {
    let d = demo();
    let svc = d.service(false);
    let dev = device_where(&svc, "pending with an expired code", |d| d.code_state == "expired");
    let out = Shell::new().ok(&format!("wxgo --db {} why {}", d.db.display(), dev.owner_email));
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines[0].contains(&dev.owner_email), "{out}");
    assert!(lines.iter().any(|l| l.contains("1. WG06 ✕ blocks calls: activation code expired")), "{out}");
    assert!(lines.iter().any(|l| l.contains("fix: key n") && l.contains("devices new-code")), "{out}");
    assert!(out.contains("Checked:") && out.contains("✕ WG06 activation code"), "{out}");
}

// ---------------------------------------------------------------------- the console

fn screen_flat(h: &Harness) -> String {
    h.screen().split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn why_key_opens_the_view_from_every_kind_of_row_and_the_palette() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let title = |h: &Harness| h.overlay_title().unwrap_or_default();
    // Users: the selected user.
    h.press("y");
    assert_eq!(h.overlay(), Some("why"), "{}", h.screen());
    assert!(title(&h).starts_with("Why? Amir Abbott"), "{}", title(&h));
    h.press("esc");
    assert_eq!(h.overlay(), None, "Esc closes it");
    // Devices: the owner.
    h.keys("2 y");
    assert!(title(&h).contains("ava.archer@acmefarms.example"), "{}", title(&h));
    h.keys("esc 3");
    // Numbers: a service's number says who holds it; a user's number opens the user.
    h.press("y");
    assert!(screen_flat(&h).contains("not by a person"), "{}", h.screen());
    h.keys("esc j y");
    assert!(title(&h).starts_with("Why? "), "{}", title(&h));
    assert!(h.screen().contains("Likely causes") || h.screen().contains("No cause found"), "{}", h.screen());
    // BroadWorks: the subscriber.
    h.keys("esc 4 y");
    assert!(screen_flat(&h).contains("BroadWorks error"), "{}", h.screen());
    // The user's details.
    h.keys("esc 1 enter y");
    assert!(title(&h).starts_with("Why? Amir Abbott"), "{}", title(&h));
    // The palette: `why`.
    h.keys("esc esc 2 :");
    h.type_text("why");
    h.press("enter");
    assert_eq!(h.overlay(), Some("why"), "{}", h.screen());
    assert!(h.footer().contains("F refresh") && h.footer().contains("Esc close"), "{}", h.footer());
}

#[test]
fn why_view_scrolls_to_what_was_checked_and_f_reads_again() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("2 y");
    assert!(!h.screen().contains("WG15 recent calls"), "below the fold at first");
    h.press("G");
    assert!(h.screen().contains("WG15 recent calls"), "{}", h.screen());
    h.press("g");
    assert!(h.screen().contains("Facts: the local database"), "{}", h.screen());
    h.press("F");
    assert!(h.message().contains("refreshed"), "{}", h.message());
    assert!(screen_flat(&h).contains("nothing to refresh"), "the local database is the truth: {}", h.screen());
}

#[test]
fn why_view_keys_come_from_the_action_table_and_help_lists_them() {
    let d = demo();
    let (mut h, _) = d.console(false);
    // `?` lists the view's key, where it works and what it does; its own keys too.
    assert_eq!(h.help_keys("why"), "y");
    assert_eq!(h.help_keys("why_refresh"), "F");
    h.press("?");
    h.press("/");
    h.type_text("why");
    h.press("enter");
    let s = screen_flat(&h);
    assert!(s.contains("Why can't this user call?") && s.contains("why?"), "{}", h.screen());
    h.press("esc");
    assert_eq!(h.overlay(), None, "{}", h.screen());
    // The keys that move a list scroll it, one row at a time, and back.
    h.keys("2 y");
    let top = h.screen();
    h.press("j");
    assert_ne!(h.screen(), top, "j scrolls");
    assert!(h.screen().contains(" 2-"), "the mark says which rows: {}", h.screen());
    h.press("k");
    assert_eq!(h.screen(), top, "k scrolls back");
    h.press("pgdn");
    assert_ne!(h.screen(), top, "a page down");
    // q closes the view, not the console.
    h.press("q");
    assert_eq!(h.overlay(), None);
    assert!(!h.quit_requested());
    assert_eq!(h.pane(), Pane::Devices);
    // The operator accounts are no person: it says what it works on.
    h.keys("3 o y");
    assert_eq!(h.overlay(), None);
    assert!(h.message().contains("press o for the numbers"), "{}", h.message());
}

#[test]
fn why_fix_keys_and_the_views_own_keys_follow_the_keymap() {
    let d = demo();
    let toml = "new_code = \"x\"\n[devices]\nwhy = \"Y\"\n[why]\nwhy_refresh = \"R\"\n";
    let map = Keymap::from_toml(toml, Path::new("keymap.toml")).unwrap_or_else(|e| panic!("{e}"));
    let clip = Clipboard::new(Mode::Off, ClipEnv { ssh: false, tmux: false });
    let mut h = Harness::with_keymap(d.service(false), clip, map);
    // The fifth device of the demo: its code expired.
    h.keys("2 j j j j y");
    assert_eq!(h.overlay(), None, "y is Y now");
    h.press("Y");
    assert_eq!(h.overlay(), Some("why"), "{}", h.screen());
    let s = screen_flat(&h);
    assert!(s.contains("fix: x (Users, Devices"), "the fix names the key as remapped: {}", h.screen());
    assert!(h.footer().contains("R refresh"), "{}", h.footer());
    h.press("R");
    assert!(h.message().contains("refreshed"), "{}", h.message());
}

#[test]
fn golden_why_screens_at_80x24() {
    let d = demo_in_tmp();
    let (mut h, _) = d.console(false);
    let both = |h: &mut Harness, name: &str| {
        assert_eq!(h.size(), (80, 24));
        assert_screen(name, &h.render());
        h.set_colour(false);
        assert_screen(&format!("{name}.no_color"), &h.render());
        h.set_colour(true);
    };
    // A device whose code expired (the fifth device of the demo).
    h.keys("2 j j j j y");
    both(&mut h, "why_expired_code");
    h.press("G");
    both(&mut h, "why_checked");
    // Nothing wrong.
    h.keys("esc g y");
    both(&mut h, "why_nothing_wrong");
    // A BroadWorks subscriber in error.
    h.keys("esc 4 y");
    both(&mut h, "why_broadworks");
}

// ---------------------------------------------------------------------- a real organisation

fn email(i: usize) -> String {
    format!("user{i}@acme.example")
}

/// The fake's Acme through Prism, after `change`; synced into a cache with the partner's token
/// (so BroadWorks is there).
fn synced(change: impl FnOnce(&mut World)) -> (Conformant, tempfile::TempDir, Service) {
    let mut w = World::seeded();
    change(&mut w);
    let h = Conformant::start_with(w);
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let opts = Options::new(dir.path().join("acme.db"));
    let sync = SyncOptions { org: Some("Acme Corp".into()), full: false };
    let (svc, _) = Service::sync_new(
        &opts,
        side(&h.base_url, PARTNER_TOKEN),
        home::clock(),
        &sync,
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .unwrap_or_else(|e| panic!("sync: {e}"));
    (h, dir, svc)
}

fn acme_person(w: &mut World, i: usize) -> &mut crate::fake_webex::world::Person {
    let acme = webex_id("ORGANIZATION", "acme");
    w.data.get_mut(&acme).and_then(|d| d.people.get_mut(i)).unwrap_or_else(|| panic!("person {i}"))
}

fn acme_device(w: &mut World, i: usize) -> &mut crate::fake_webex::world::Device {
    let acme = webex_id("ORGANIZATION", "acme");
    let id = webex_id("DEVICE", &format!("acme-{i}"));
    w.data
        .get_mut(&acme)
        .and_then(|d| d.devices.iter_mut().find(|x| x.id == id))
        .unwrap_or_else(|| panic!("device {i}"))
}

#[test]
fn wg10_on_a_real_organisation_offline_names_control_hub_and_issues_name_their_codes() {
    let (h, _dir, svc) = synced(|_| {});
    let r = why(&svc, &email(2));
    let c = cause(&r, "WG10");
    assert!(
        c.blocking && c.summary.contains("Offline since") && c.summary.contains("Webex says disconnected"),
        "{}",
        c.summary
    );
    assert!(c.summary.contains("Control Hub > Devices"), "lost phones are Control Hub's here: {}", c.summary);
    assert_eq!((c.fix.key, c.fix.command.as_deref()), (None, None));
    assert_eq!(r.as_of.source, "cache");
    assert!(r.as_of.words.starts_with("Webex's copy as of 2026-12-01 09:00 UTC"), "{}", r.as_of.words);

    let r = why(&svc, &email(1));
    let c = cause(&r, "WG10");
    assert!(!c.blocking && c.summary.contains("esimProfileNotActive"), "{c:#?}");
    assert_eq!(r.facts.device.as_ref().and_then(|d| d.connection_status.as_deref()), Some("connected_with_issues"));
    h.assert_no_violations();
}

#[test]
fn wg04_on_a_real_organisation_an_activating_device_says_webex_issued_the_codes() {
    let (h, _dir, svc) = synced(|_| {});
    let r = why(&svc, &email(3));
    let c = first(&r);
    assert_eq!(c.rule, "WG04", "{:#?}", r.causes);
    assert!(c.summary.contains("Webex issued the codes"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("n"));
    assert_eq!(
        command(c),
        format!(
            "wxgo --profile acme devices new-code {}",
            r.facts.device.as_ref().map(|d| d.device_id.clone()).unwrap_or_default()
        )
    );
    h.assert_no_violations();
}

#[test]
fn wg12_on_a_real_organisation_a_device_without_status_is_said_and_f_refreshes() {
    let (h, _dir, svc) = synced(|w| acme_device(w, 6).connection_status = "unknown".into());
    let r = why(&svc, &email(6));
    let c = first(&r);
    assert_eq!(c.rule, "WG12", "{:#?}", r.causes);
    assert!(!c.blocking);
    assert_eq!(c.fix.key, Some("F"));
    assert_eq!(command(c), format!("wxgo --profile acme why {} --refresh", email(6)));
    h.assert_no_violations();
}

#[test]
fn wg01_and_al03_on_a_real_organisation_a_device_owner_without_a_calling_licence() {
    let (h, _dir, svc) = synced(|w| acme_person(w, 6).licenses.clear());
    let r = why(&svc, &email(6));
    assert_eq!(rules(&r)[..2], ["AL03", "WG01"], "{:#?}", r.causes);
    assert!(first(&r).summary.contains("Control Hub"), "{}", first(&r).summary);
    h.assert_no_violations();
}

#[test]
fn al01_on_a_real_organisation_a_person_without_a_location() {
    let (h, _dir, svc) = synced(|w| acme_person(w, 15).location_id = None);
    let r = why(&svc, &email(15));
    assert_eq!(first(&r).rule, "AL01", "{:#?}", r.causes);
    h.assert_no_violations();
}

#[test]
fn bw04_and_bw03_on_a_real_organisation_the_subscriber_behind_a_person() {
    let (h, _dir, svc) = synced(|_| {});
    // user2: Offline, and the subscriber in error 6003 (email in use).
    let r = why(&svc, &email(2));
    let c = cause(&r, "BW04");
    assert!(c.summary.contains("6003") && c.summary.contains("already in use"), "{}", c.summary);
    assert_eq!((c.fix.key, c.fix.command.as_deref()), (Some("R"), None));
    // user1: a subscriber waiting for an email, found by the person's number; R with their email.
    let r = why(&svc, &email(1));
    let c = cause(&r, "BW03");
    assert!(c.summary.contains("waits since"), "{}", c.summary);
    assert_eq!(command(c), format!("wxgo --profile acme broadworks retry bw-acme-1 --email {}", email(1)));
    // user3: provisioning, F refreshes.
    let r = why(&svc, &email(3));
    let c = cause(&r, "BW03");
    assert!(c.summary.contains("provisioning has started"), "{}", c.summary);
    assert_eq!(c.fix.key, Some("F"));
    h.assert_no_violations();
}

#[test]
fn mo02_on_a_real_organisation_operator_accounts_are_control_hubs() {
    let (h, _dir, svc) = synced(|w| {
        // user9 gets one of the mobile numbers.
        let acme = webex_id("ORGANIZATION", "acme");
        let p = acme_person(w, 9).clone();
        if let Some(n) = w
            .data
            .get_mut(&acme)
            .and_then(|d| d.numbers.iter_mut().find(|n| n.included_telephony_types == "MOBILE_NUMBER"))
        {
            n.owner = Some(crate::fake_webex::world::NumberOwner {
                id: p.id.clone(),
                kind: "PEOPLE".into(),
                first_name: p.first_name.clone(),
                last_name: p.last_name.clone(),
                display_name: p.display_name.clone(),
            });
            n.state = "ACTIVE".into();
            n.phone_number_type = "ALTERNATE".into();
        }
    });
    let r = why(&svc, &email(9));
    assert!(r.facts.numbers.iter().any(|n| n.kind == "mobile"), "{:#?}", r.facts.numbers);
    let check = r.checked.iter().find(|c| c.rule == "MO02").unwrap_or_else(|| panic!("{:#?}", r.checked));
    assert_eq!(check.result, "not_applicable");
    assert!(check.detail.contains("Control Hub"), "{check:#?}");
    assert!(r.facts.notes.iter().any(|n| n.contains("Control Hub")), "{:#?}", r.facts.notes);
    h.assert_no_violations();
}

#[test]
fn why_on_a_real_organisation_a_person_with_nothing_wrong_gets_no_cause() {
    let (h, _dir, svc) = synced(|_| {});
    let r = why(&svc, &email(10));
    assert!(r.causes.is_empty(), "{:#?}", r.causes);
    assert!(r.checked.iter().any(|c| c.rule == "WG10" && c.result == "ok"), "{:#?}", r.checked);
    assert!(r.facts.audit.iter().all(|a| a.source == "wxgo" || a.source == "webex"));
    h.assert_no_violations();
}

#[test]
fn why_refresh_reads_that_one_person_from_webex_first_with_gets_only() {
    let (h, _dir, svc) = synced(|_| {});
    assert!(why(&svc, &email(10)).causes.is_empty());
    // In Webex, the device goes offline and the Calling licence goes away after the sync.
    {
        let mut w = h.fake.world();
        acme_device(&mut w, 10).connection_status = "disconnected".into();
        acme_person(&mut w, 10).licenses.clear();
    }
    assert!(why(&svc, &email(10)).causes.is_empty(), "the copy does not know yet");
    let seen = h.fake.requests().len();
    let r = svc.why_with(&email(10), &WhyOptions { refresh: true, prefix: None }).unwrap_or_else(|e| panic!("{e}"));
    let sent: Vec<String> = h.fake.requests()[seen..].iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    assert!(sent.iter().all(|s| s.starts_with("GET ")), "{sent:?}");
    assert!(sent.iter().any(|s| s.contains("/people/")), "{sent:?}");
    assert!(r.as_of.refreshed && r.as_of.words.contains("refreshed from Webex"), "{:#?}", r.as_of);
    assert!(rules(&r).contains(&"WG10") && rules(&r).contains(&"AL03"), "{:#?}", r.causes);
    // The copy follows: asked again without a refresh, the same.
    let again = why(&svc, &email(10));
    assert_eq!(rules(&again), rules(&r));
    h.assert_no_violations();
}

/// A home with a webex profile `acme` through Prism, synced with the partner's token.
fn cli_home(h: &Conformant) -> Home {
    let home = Home::new(&h.base_url, "");
    home::ok(&home.run(&["--org", "Acme Corp", "sync"], Some(PARTNER_TOKEN)));
    home
}

#[test]
fn why_cli_on_a_real_organisation_json_exit_4_refresh_and_read_only() {
    let h = Conformant::start();
    let home = cli_home(&h);
    let v = home::json(&home.run(&["--org", "Acme Corp", "why", &email(2), "--json"], Some(PARTNER_TOKEN)));
    assert_eq!(v["email"], email(2).as_str());
    assert_eq!(v["as_of"]["source"], "cache");
    let c = v["causes"].as_array().unwrap_or_else(|| panic!("{v}"));
    assert!(c.iter().any(|c| c["rule"] == "WG10"), "{v}");
    assert!(c.iter().all(|c| c["fix"].get("key").is_some() && c["fix"].get("command").is_some()), "{v}");

    let o = home.run(&["--org", "Acme Corp", "why", "nobody@acme.example"], Some(PARTNER_TOKEN));
    assert_eq!(o.status.code(), Some(4), "{}", home::text(&o.stderr));
    assert!(home::text(&o.stderr).contains("wxgo --org 'Acme Corp' users list"), "{}", home::text(&o.stderr));

    let o = home.run(&["--org", "Acme Corp", "why", &email(10), "--refresh"], Some(PARTNER_TOKEN));
    assert!(o.status.success(), "{}", home::text(&o.stderr));
    assert!(home::text(&o.stdout).contains("refreshed from Webex just now"), "{}", home::text(&o.stdout));

    let o = home.run(&["--org", "Acme Corp", "--read-only", "why", &email(10), "--refresh"], Some(PARTNER_TOKEN));
    assert_eq!(o.status.code(), Some(5), "{}", home::text(&o.stderr));
    h.assert_no_violations();
}

#[test]
fn why_console_on_a_real_organisation_y_and_f() {
    let (h, _dir, svc) = synced(|_| {});
    let clip = wxgo::outside::clipboard::Clipboard::new(
        wxgo::outside::clipboard::Mode::Off,
        wxgo::outside::clipboard::Env { ssh: false, tmux: false },
    );
    let mut c = Harness::new(svc, clip);
    c.press("/");
    c.type_text("user2@");
    c.keys("enter y");
    assert_eq!(c.overlay(), Some("why"), "{}", c.screen());
    let s = screen_flat(&c);
    assert!(s.contains("Offline since") && s.contains("as of"), "{}", c.screen());
    assert_screen("why_webex_offline", &c.render());
    {
        let mut w = h.fake.world();
        acme_device(&mut w, 2).connection_status = "connected".into();
    }
    c.press("F");
    assert!(c.message().contains("refreshed"), "{}", c.message());
    assert!(!screen_flat(&c).contains("Offline since"), "{}", c.screen());
    assert!(screen_flat(&c).contains("refreshed from Webex just now"), "{}", c.screen());
    h.assert_no_violations();
}
