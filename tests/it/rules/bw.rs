//! Webex for BroadWorks flow-through provisioning: rules BW01-BW05 on the service.

use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use wxgo::domain::bw::{BwStatus, Package};
use wxgo::domain::Error;
use wxgo::outside::{Actor, FixedClock, Outbox};
use wxgo::service::{demo, BwSubscriberRow, Service};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single().unwrap_or_default()
}

fn service() -> (Service, tempfile::TempDir) {
    let conn = wxgo::testing::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    demo::build(&conn, 60, now()).unwrap_or_else(|e| panic!("{e}"));
    let outbox = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let svc = Service::from_connection(conn, None, Arc::new(FixedClock::new(now())))
        .unwrap_or_else(|e| panic!("{e}"))
        .with_mailer(Box::new(Outbox::new(outbox.path())))
        .with_actor(Actor::named("tester"));
    (svc, outbox)
}

fn ok<T>(r: Result<T, Error>) -> T {
    r.unwrap_or_else(|e| panic!("unexpected refusal: {e}"))
}

fn all(svc: &Service) -> Vec<BwSubscriberRow> {
    ok(svc.broadworks().list(false, "", 0, 10_000))
}

/// A subscriber in `status` whose template is (or is not) set up for flow-through.
fn pick(svc: &Service, status: BwStatus, flow_through: bool) -> String {
    let templates = ok(svc.broadworks().templates());
    let ready =
        |name: &Option<String>| templates.iter().any(|t| Some(&t.name) == name.as_ref() && t.flow_through_ready);
    all(svc)
        .into_iter()
        .find(|s| s.status == status && ready(&s.template) == flow_through)
        .map(|s| s.broadworks_user_id)
        .unwrap_or_else(|| panic!("the demo has no {status:?} subscriber with flow-through {flow_through}"))
}

fn state(svc: &Service) -> String {
    format!("{:?}|{}", all(svc), ok(svc.audit(10_000)).len())
}

#[test]
fn bw01_template_shows_whether_it_is_set_up_for_untrusted_emails() {
    let (svc, _o) = service();
    let templates = ok(svc.broadworks().templates());
    let ready: Vec<bool> = templates.iter().map(|t| t.flow_through_ready).collect();
    assert!(ready.contains(&true) && ready.contains(&false), "{templates:?}");
    for t in &templates {
        assert_eq!(t.flow_through_ready, t.untrusted_emails && t.share_link == "activation_link");
    }
}

#[test]
fn bw01_untrusted_template_lets_users_provision_themselves_other_template_fails() {
    let (svc, outbox) = service();
    let good = pick(&svc, BwStatus::PendingEmailInput, true);
    let claimed = ok(svc.portal().claim(&good, "New.Person@AcmeFarms.example"));
    assert_eq!(claimed.status, BwStatus::PendingEmailValidation);
    assert_eq!(claimed.email.as_deref(), Some("new.person@acmefarms.example"));
    let mails: Vec<_> = std::fs::read_dir(outbox.path()).map(|d| d.flatten().collect()).unwrap_or_default();
    assert_eq!(mails.len(), 1, "the verification message is in the outbox");
    let done = ok(svc.portal().verify(&good));
    assert_eq!(done.status, BwStatus::Provisioned);
    assert!(done.self_activated);

    let bad = pick(&svc, BwStatus::PendingEmailInput, false);
    ok(svc.portal().claim(&bad, "another.person@acmefarms.example"));
    let failed = ok(svc.portal().verify(&bad));
    assert_eq!(failed.status, BwStatus::Error);
    assert_eq!(failed.error_code.as_deref(), Some("BW-4021"));
    assert!(failed.error_description.unwrap_or_default().contains("Untrusted emails"));
}

#[test]
fn bw01_an_admin_retry_fails_again_while_the_template_does_not_accept_untrusted_emails() {
    // A file, so the template can be fixed from outside as Partner Hub would.
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("wxgo.db");
    let conn = wxgo::testing::create(&db).unwrap_or_else(|e| panic!("{e}"));
    demo::build(&conn, 60, now()).unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    let svc = Service::open(&wxgo::service::Options::new(&db), Arc::new(FixedClock::new(now())))
        .unwrap_or_else(|e| panic!("{e}"))
        .with_mailer(Box::new(Outbox::new(dir.path().join("outbox"))));
    let bad = pick(&svc, BwStatus::PendingEmailInput, false);
    ok(svc.portal().claim(&bad, "another.person@acmefarms.example"));
    let failed = ok(svc.portal().verify(&bad));
    assert_eq!(failed.error_code.as_deref(), Some("BW-4021"));
    let before = state(&svc);
    for _ in 0..2 {
        match svc.broadworks().retry(&bad, "another.person@acmefarms.example") {
            Err(Error::Rule { rule: "BW01", message }) => {
                assert!(message.contains("Untrusted emails") && message.contains("Nothing was changed"), "{message}")
            }
            other => panic!("a retry through a template without untrusted emails went through: {other:?}"),
        }
        assert_eq!(before, state(&svc), "nothing changed");
    }
    // The template fixed in Partner Hub: the same retry onboards.
    let template = failed.template.clone().unwrap_or_default();
    let fix = rusqlite::Connection::open(&db).unwrap_or_else(|e| panic!("{e}"));
    fix.execute(
        "UPDATE bw_templates SET untrusted_emails = 1, share_link = 'activation_link' WHERE name = ?1",
        [&template],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let done = ok(svc.broadworks().retry(&bad, "another.person@acmefarms.example"));
    assert_eq!(done.status, BwStatus::Provisioned);
}

#[test]
fn bw02_user_in_error_can_retry_in_the_portal() {
    let (svc, _o) = service();
    let id = pick(&svc, BwStatus::PendingEmailInput, true);
    let taken = ok(svc.people().list("", 0, 1)).remove(0).email;
    ok(svc.portal().claim(&id, &taken));
    let failed = ok(svc.portal().verify(&id));
    assert_eq!((failed.status, failed.error_code.as_deref()), (BwStatus::Error, Some("BW-4003")));
    // Domain not allowed.
    ok(svc.portal().claim(&id, "someone@gmail.example"));
    let failed = ok(svc.portal().verify(&id));
    assert_eq!(failed.error_code.as_deref(), Some("BW-4100"));
    // Retry with a good email.
    ok(svc.portal().claim(&id, "fresh.start@acmefarms.example"));
    let done = ok(svc.portal().verify(&id));
    assert_eq!(done.status, BwStatus::Provisioned);
    assert_eq!(done.error_code, None, "the error is cleared");
    // A provisioned account cannot be claimed again.
    let before = state(&svc);
    assert!(matches!(svc.portal().claim(&id, "x@acmefarms.example"), Err(Error::Rule { rule: "BW02", .. })));
    assert_eq!(before, state(&svc));
}

#[test]
fn bw03_status_lists_id_package_status_and_error_and_moves_through_provisioning() {
    let (svc, _o) = service();
    let rows = all(&svc);
    let statuses: std::collections::HashSet<BwStatus> = rows.iter().map(|s| s.status).collect();
    for s in BwStatus::ALL {
        assert!(statuses.contains(&s), "the demo shows every status; missing {s:?}");
    }
    for r in rows.iter().filter(|r| r.status == BwStatus::Error) {
        assert!(r.error_code.is_some() && r.error_description.is_some());
    }
    // Errors first, then pending, then provisioned.
    let groups: Vec<&str> = rows.iter().map(|r| r.status.group()).collect();
    let first_pending = groups.iter().position(|g| *g == "pending").unwrap_or(0);
    let first_provisioned = groups.iter().position(|g| *g == "provisioned").unwrap_or(0);
    assert!(groups[..first_pending].iter().all(|g| *g == "error"));
    assert!(groups[first_provisioned..].iter().all(|g| *g == "provisioned"));

    // Verifying passes through provisioning (the audit shows the start and the outcome).
    let id = pick(&svc, BwStatus::PendingEmailInput, true);
    ok(svc.portal().claim(&id, "flow.user@acmefarms.example"));
    let before_verify = ok(svc.broadworks().get(&id));
    assert_eq!(before_verify.status, BwStatus::PendingEmailValidation, "claiming alone provisions nothing");
    ok(svc.portal().verify(&id));
    let audit = ok(svc.audit(5));
    assert!(audit[0].details.contains("provisioning completed"), "{:?}", audit[0]);
}

#[test]
fn bw04_admin_actions_on_pending_or_error_subscribers() {
    let (svc, _o) = service();
    let failed = pick(&svc, BwStatus::Error, true);
    assert!(ok(svc.broadworks().error_text(&failed)).contains("BW-"));

    // Retry activation with an email in use is refused and changes nothing; a good one onboards.
    let taken = ok(svc.people().list("", 0, 1)).remove(0).email;
    let before = state(&svc);
    assert!(matches!(svc.broadworks().retry(&failed, &taken), Err(Error::Rule { rule: "BW04", .. })));
    assert!(matches!(svc.broadworks().retry(&failed, "not an email"), Err(Error::Invalid(_))));
    assert_eq!(before, state(&svc));
    let onboarded = ok(svc.broadworks().retry(&failed, "onboarded@acmefarms.example"));
    assert_eq!(onboarded.status, BwStatus::Provisioned);

    let pending = pick(&svc, BwStatus::PendingEmailInput, true);
    let changed = ok(svc.broadworks().package(&pending, "Premium"));
    assert_eq!(changed.package, Package::Premium);
    assert!(matches!(svc.broadworks().package(&pending, "gold"), Err(Error::Invalid(_))));

    let count = all(&svc).len();
    ok(svc.broadworks().delete(&pending));
    assert_eq!(all(&svc).len(), count - 1);
    assert!(matches!(svc.broadworks().get(&pending), Err(Error::NotFound(_))));

    // None of them apply to a provisioned subscriber.
    let done = pick(&svc, BwStatus::Provisioned, true);
    let before = state(&svc);
    assert!(matches!(svc.broadworks().delete(&done), Err(Error::Rule { rule: "BW04", .. })));
    assert!(matches!(svc.broadworks().package(&done, "basic"), Err(Error::Rule { rule: "BW04", .. })));
    assert!(matches!(svc.broadworks().retry(&done, "x@acmefarms.example"), Err(Error::Rule { rule: "BW04", .. })));
    assert_eq!(before, state(&svc));
}

#[test]
fn bw05_export_to_csv_honours_exclude_provisioned() {
    let (svc, _o) = service();
    for exclude in [false, true] {
        let bytes = ok(svc.broadworks().export_csv(exclude));
        let mut reader = csv::Reader::from_reader(bytes.as_slice());
        let headers = reader.headers().cloned().unwrap_or_default();
        assert_eq!(headers.get(0), Some("BroadWorks User ID"));
        let status_col = headers.iter().position(|h| h == "Status").unwrap_or(usize::MAX);
        let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap_or_else(|e| panic!("{e}"))).collect();
        assert_eq!(rows.len(), ok(svc.broadworks().count(exclude, "")));
        let provisioned = rows.iter().filter(|r| r.get(status_col) == Some("provisioned")).count();
        if exclude {
            assert_eq!(provisioned, 0);
        } else {
            assert!(provisioned > 0);
        }
        // Error texts with commas survive quoting.
        assert!(rows.iter().any(|r| r.iter().any(|f| f.contains("Untrusted emails and the share link"))));
    }
}
