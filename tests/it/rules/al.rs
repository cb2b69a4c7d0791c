//! Webex Calling automatic licence assignment: rules AL01-AL06 on the service, on a demo
//! organisation in a temporary file (so the tests can compare every row before and after).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use wxgo::domain::licensing::Failure;
use wxgo::domain::{licence, Error};
use wxgo::outside::directory::CsvText;
use wxgo::outside::{Actor, FixedClock};
use wxgo::service::{demo, CallingOutcome, ManualAssignment, Options, Service, SyncReport, TemplateSpec, CANCELLED};

const ALL_STAFF: &str = "All staff: Webex Calling"; // org-wide, grants Calling
const FINANCE: &str = "Finance: messaging only"; // group Finance, no Calling
const HEADER: &str = "Email,Display Name,Work Phone Number,Department\n";

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single().unwrap_or_default()
}

struct Org {
    _dir: tempfile::TempDir,
    db: PathBuf,
    svc: Service,
}

fn org() -> Org {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    let db = dir.path().join("wxgo.db");
    demo::create(&db, 60, false, now()).unwrap_or_else(|e| panic!("{e}"));
    let svc = open(&db);
    Org { _dir: dir, db, svc }
}

fn open(db: &Path) -> Service {
    Service::open(&Options::new(db), Arc::new(FixedClock::new(now())))
        .unwrap_or_else(|e| panic!("{e}"))
        .with_actor(Actor::named("tester"))
}

fn raw(db: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open(db).unwrap_or_else(|e| panic!("{e}"))
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

/// Every row of every table licence assignment may touch, keyed by table and row.
fn rows(db: &Path) -> BTreeMap<String, String> {
    let conn = raw(db);
    let mut all = BTreeMap::new();
    for (table, key) in [
        ("users", "email"),
        ("user_licences", "user_id || '/' || licence"),
        ("numbers", "e164"),
        ("devices", "id"),
        ("activation_codes", "id"),
        ("audit", "id"),
        ("locations", "id"),
        ("licence_templates", "id"),
    ] {
        let mut st = conn.prepare(&format!("SELECT {key}, * FROM {table}")).unwrap_or_else(|e| panic!("{e}"));
        let cols = st.column_count();
        let found = st
            .query_map([], |r| {
                let k: rusqlite::types::Value = r.get(0)?;
                let mut line = String::new();
                for i in 1..cols {
                    let v: rusqlite::types::Value = r.get(i)?;
                    line.push_str(&format!("{v:?}|"));
                }
                Ok((format!("{table}:{k:?}"), line))
            })
            .unwrap_or_else(|e| panic!("{e}"));
        for row in found {
            let (k, v) = row.unwrap_or_else(|e| panic!("{e}"));
            all.insert(k, v);
        }
    }
    all
}

fn sync(svc: &mut Service, body: &str) -> Result<SyncReport, Error> {
    let mut dir = CsvText::new("test directory", format!("{HEADER}{body}"));
    svc.licences().directory_sync(&mut dir, &mut |_, _| true)
}

/// Unassigned standard numbers of a location.
fn free_numbers(svc: &Service, location: &str) -> Vec<String> {
    ok(svc.numbers().list(false, "", 0, 100_000))
        .into_iter()
        .filter(|n| n.location == location && n.kind == "standard" && n.owner.is_none())
        .map(|n| n.number)
        .collect()
}

fn number_of(svc: &Service, owner_kind: &str) -> String {
    ok(svc.numbers().list(false, "", 0, 100_000))
        .into_iter()
        .find(|n| n.owner_kind.as_deref() == Some(owner_kind) && n.kind == "standard")
        .map(|n| (n.number, n.owner))
        .map(|(n, _)| n)
        .unwrap_or_else(|| panic!("the demo has no number owned by a {owner_kind}"))
}

#[test]
fn al01_calling_needs_a_location_and_an_extension_or_a_number() {
    let mut o = org();
    ok(sync(&mut o.svc, "al01a@acmefarms.example,A One,,Sales\nal01b@acmefarms.example,B One,,Sales\n"));
    let before = rows(&o.db);
    let mut a = ManualAssignment { email: "al01a@acmefarms.example".into(), ..Default::default() };
    assert_eq!(rule_of(o.svc.licences().assign_to_user(ALL_STAFF, &a)), "AL01", "no location");
    a.location = Some("Dallas".into());
    assert_eq!(rule_of(o.svc.licences().assign_to_user(ALL_STAFF, &a)), "AL01", "no extension and no number");
    a.extension = Some("   ".into());
    assert_eq!(rule_of(o.svc.licences().assign_to_user(ALL_STAFF, &a)), "AL01", "a blank extension is none");
    assert_eq!(before, rows(&o.db), "refusals change nothing");

    // An extension alone is enough.
    a.extension = Some("4021".into());
    let done = ok(o.svc.licences().assign_to_user(ALL_STAFF, &a));
    assert_eq!(done.calling, CallingOutcome::Provisioned);
    let u = ok(o.svc.people().get("al01a@acmefarms.example"));
    assert!(u.has_licence(licence::CALLING_PROFESSIONAL));
    assert_eq!((u.location.as_deref(), u.extension.as_deref(), u.primary_number), (Some("Dallas"), Some("4021"), None));
    // So is a number of the location, which becomes the primary number.
    let n = free_numbers(&o.svc, "Dallas").remove(0);
    let b = ManualAssignment {
        email: "al01b@acmefarms.example".into(),
        location: Some("Dallas".into()),
        number: Some(n.clone()),
        ..Default::default()
    };
    ok(o.svc.licences().assign_to_user(ALL_STAFF, &b));
    assert_eq!(ok(o.svc.people().get("al01b@acmefarms.example")).primary_number, Some(n));
}

#[test]
fn al02_every_failure_kind_gives_exactly_that_reason() {
    let mut o = org();
    let dallas = free_numbers(&o.svc, "Dallas");
    let london = free_numbers(&o.svc, "London");
    let taken = number_of(&o.svc, "user");
    let service = number_of(&o.svc, "service");
    let body = format!(
        "bad-format@acmefarms.example,Bad Format,214-555-0100,Sales\n\
         nowhere@acmefarms.example,No Where,+12145550199,Sales\n\
         taken@acmefarms.example,Taken Number,{taken},Sales\n\
         service@acmefarms.example,Service Number,{service},Support\n\
         empty@acmefarms.example,No Number,,Field\n\
         good@acmefarms.example,Good Number,{},Sales\n\
         london@acmefarms.example,In London,{},Sales\n",
        dallas[0], london[0]
    );
    let report = ok(sync(&mut o.svc, &body));
    let got: BTreeMap<&str, Option<Failure>> = report.users.iter().map(|u| (u.email.as_str(), u.check)).collect();
    let expected: BTreeMap<&str, Option<Failure>> = [
        ("bad-format@acmefarms.example", Some(Failure::NotE164)),
        ("nowhere@acmefarms.example", Some(Failure::NotAtLocation)),
        ("taken@acmefarms.example", Some(Failure::AssignedToUser)),
        ("service@acmefarms.example", Some(Failure::AssignedToService)),
        ("empty@acmefarms.example", Some(Failure::NoNumber)),
        ("good@acmefarms.example", None),
        ("london@acmefarms.example", None),
    ]
    .into_iter()
    .collect();
    assert_eq!(got, expected);
    assert_eq!((report.created, report.calling.provisioned, report.calling.not_provisioned), (7, 2, 5));

    // The reasons are recorded on the users and say which check failed.
    let listed = ok(o.svc.licences().not_provisioned("", 0, 1000));
    let reason = |email: &str| {
        listed
            .iter()
            .find(|r| r.email == email)
            .and_then(|r| r.reason.clone())
            .unwrap_or_else(|| panic!("{email} is not listed as not provisioned"))
    };
    assert!(reason("bad-format@acmefarms.example").contains("not E.164"));
    assert!(reason("nowhere@acmefarms.example").contains("not provisioned at any location"));
    assert!(reason("taken@acmefarms.example").contains("another user"));
    assert!(reason("service@acmefarms.example").contains("a service"));
    assert!(reason("empty@acmefarms.example").contains("no work number"));
    for (email, u) in [("good@acmefarms.example", "Dallas"), ("london@acmefarms.example", "London")] {
        let user = ok(o.svc.people().get(email));
        assert_eq!(user.calling_status, "provisioned");
        assert_eq!(user.location.as_deref(), Some(u), "the location follows from the number");
        assert!(user.has_licence(licence::CALLING_PROFESSIONAL));
    }
    let good = ok(o.svc.numbers().list(false, &dallas[0], 0, 10)).remove(0);
    assert_eq!(
        (good.owner.as_deref(), good.primary, good.state.as_str()),
        (Some("good@acmefarms.example"), true, "ACTIVE")
    );
    // The numbers of the failed checks are untouched.
    let still = ok(o.svc.numbers().list(false, &taken, 0, 10)).remove(0);
    assert_ne!(still.owner.as_deref(), Some("taken@acmefarms.example"));
}

#[test]
fn al02_a_malformed_directory_or_read_only_database_changes_nothing() {
    let mut o = org();
    let before = rows(&o.db);
    let err = sync(
        &mut o.svc,
        "a@acmefarms.example,A,,Sales\nb@acmefarms.example,B,+12142000100\nc@acmefarms.example,C,,Sales\n",
    );
    let text = err.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(text.contains("line 3") && text.contains("column 4 (Department)"), "{text}");
    let err = sync(&mut o.svc, "a@acmefarms.example,A,,Sales\n\"not an email\",B,,Sales\n");
    let text = err.err().map(|e| e.to_string()).unwrap_or_default();
    assert!(text.contains("line 3, column 1 (Email)"), "{text}");
    assert_eq!(before, rows(&o.db), "nothing changed");

    let mut ro = open(&o.db).with_read_only(true);
    assert!(matches!(sync(&mut ro, "a@acmefarms.example,A,,Sales\n"), Err(Error::ReadOnly(_))));
    assert_eq!(before, rows(&o.db));
}

#[test]
fn al03_manual_assignment_licenses_only_users_the_template_covers() {
    let mut o = org();
    ok(sync(
        &mut o.svc,
        "sales@acmefarms.example,In Sales,,Sales\nfinance@acmefarms.example,In Finance,,Finance\nsecond@acmefarms.example,Second,,Support\n",
    ));
    let dallas = free_numbers(&o.svc, "Dallas");
    let before = rows(&o.db);
    // A Finance user's template is the Finance group template: All staff does not cover them.
    let finance = ManualAssignment {
        email: "finance@acmefarms.example".into(),
        location: Some("Dallas".into()),
        number: Some(dallas[0].clone()),
        ..Default::default()
    };
    assert_eq!(rule_of(o.svc.licences().assign_to_user(ALL_STAFF, &finance)), "AL03");
    // Said in the language with the language's template labels (English as it was).
    let not_covered = o.svc.licences().assign_to_user(ALL_STAFF, &finance).expect_err("AL03");
    assert!(not_covered.to_string().starts_with(&format!(
        "AL03: finance@acmefarms.example is not covered by \"{ALL_STAFF}\" (organisation): their template is \"{FINANCE}\" (group Finance)."
    )), "{not_covered}");
    let de = wxgo::i18n::Tr::new(wxgo::i18n::Lang::De).error(&not_covered);
    assert!(
        de.contains(&format!("„{ALL_STAFF}“ (Organisation)")) && de.contains(&format!("„{FINANCE}“ (Gruppe Finance)")),
        "{de}"
    );
    assert!(!de.contains("(organisation)") && !de.contains("(group "), "{de}");
    // A template that does not grant Calling licenses nobody.
    assert_eq!(rule_of(o.svc.licences().assign_to_user(FINANCE, &finance)), "AL03");
    let no_calling = o.svc.licences().assign_to_user(FINANCE, &finance).expect_err("AL03");
    let uk = wxgo::i18n::Tr::new(wxgo::i18n::Lang::Uk).error(&no_calling);
    assert!(uk.starts_with("AL03: ") && uk.contains(&format!("«{FINANCE}» (група Finance)")), "{uk}");
    // A number of another location does not fit.
    let wrong_place = ManualAssignment {
        email: "sales@acmefarms.example".into(),
        location: Some("London".into()),
        number: Some(dallas[0].clone()),
        ..Default::default()
    };
    assert_eq!(rule_of(o.svc.licences().assign_to_user(ALL_STAFF, &wrong_place)), "AL02");
    assert_eq!(before, rows(&o.db), "refusals change nothing");

    // Many users at once: each covered one is licensed, the others are reported and untouched.
    let batch = vec![
        ManualAssignment { line: Some(2), ..wrong_place.clone() },
        ManualAssignment { line: Some(3), ..finance.clone() },
        ManualAssignment {
            email: "second@acmefarms.example".into(),
            location: Some("Dallas".into()),
            number: Some(dallas[1].clone()),
            line: Some(4),
            ..Default::default()
        },
        ManualAssignment {
            email: "sales@acmefarms.example".into(),
            location: Some("Dallas".into()),
            number: Some(dallas[0].clone()),
            line: Some(5),
            ..Default::default()
        },
    ];
    let report = ok(o.svc.licences().assign(ALL_STAFF, &batch, &mut |_, _| true));
    let outcome: Vec<(&str, CallingOutcome)> = report.users.iter().map(|u| (u.email.as_str(), u.calling)).collect();
    assert_eq!(
        outcome,
        vec![
            ("sales@acmefarms.example", CallingOutcome::Refused),
            ("finance@acmefarms.example", CallingOutcome::Refused),
            ("second@acmefarms.example", CallingOutcome::Provisioned),
            ("sales@acmefarms.example", CallingOutcome::Provisioned),
        ]
    );
    assert!(report.users[1].reason.as_deref().unwrap_or("").contains("not covered"), "{:?}", report.users[1]);
    assert!(!ok(o.svc.people().get("finance@acmefarms.example")).has_licence(licence::CALLING_PROFESSIONAL));
    assert_eq!(ok(o.svc.people().get("second@acmefarms.example")).primary_number.as_ref(), Some(&dallas[1]));
    assert_eq!(ok(o.svc.people().get("sales@acmefarms.example")).location.as_deref(), Some("Dallas"));
}

#[test]
fn al03_templates_the_admin_creates_changes_and_deletes_decide_who_is_covered() {
    let mut o = org();
    ok(sync(&mut o.svc, "sales@acmefarms.example,In Sales,,Sales\n"));
    let sales = |number: &str| ManualAssignment {
        email: "sales@acmefarms.example".into(),
        location: Some("Dallas".into()),
        number: Some(number.to_string()),
        ..Default::default()
    };
    let dallas = free_numbers(&o.svc, "Dallas");
    let spec = |name: &str| TemplateSpec { name: name.into(), ..Default::default() };

    // A second organisation-wide template, a bad name, an unknown licence and Professional with
    // Basic are refused, and change nothing.
    let before = rows(&o.db);
    for bad in [
        spec("Everyone else"),
        spec("  "),
        TemplateSpec { licences: Some(vec!["zoom".into()]), ..spec("Z") },
        TemplateSpec { grants_calling: Some(true), licences: Some(vec!["calling_basic".into()]), ..spec("Z") },
        TemplateSpec { group: Some(Some("finance".into())), ..spec("Finance two") },
    ] {
        let e = o.svc.licences().save_template(&bad).err().unwrap_or_else(|| panic!("accepted {bad:?}"));
        assert!(matches!(e, Error::Invalid(_)), "{bad:?}: {e}");
    }
    assert_eq!(before, rows(&o.db), "refused templates change nothing");
    let clash = o.svc.licences().save_template(&spec("Everyone else")).err().map(|e| e.to_string()).unwrap_or_default();
    assert!(clash.contains(ALL_STAFF), "names the template already there: {clash}");

    // A Sales group template that grants Calling: it, not All staff, now covers the Sales user.
    let sales_spec = TemplateSpec {
        group: Some(Some("Sales".into())),
        grants_calling: Some(true),
        licences: Some(vec!["Meetings".into()]),
        ..spec("Sales: Webex Calling")
    };
    let (row, created) = ok(o.svc.licences().save_template(&sales_spec));
    assert!(created);
    assert_eq!(
        (row.group.as_deref(), row.grants_calling, row.licences.clone()),
        (Some("Sales"), true, vec!["meetings".to_string()])
    );
    assert!(row.covered_users >= 1, "{row:?}");
    assert_eq!(rule_of(o.svc.licences().assign_to_user(ALL_STAFF, &sales(&dallas[0]))), "AL03");

    // Changing one option keeps the others.
    let (row, created) = ok(o.svc.licences().save_template(&TemplateSpec {
        licences: Some(vec!["messaging".into(), "meetings".into()]),
        ..spec("sales: webex calling")
    }));
    assert!(!created, "the same template, by name in any case");
    assert_eq!((row.group.as_deref(), row.grants_calling), (Some("Sales"), true));
    assert_eq!(row.licences, vec!["messaging".to_string(), "meetings".to_string()]);
    assert_eq!(ok(o.svc.licences().templates()).len(), 3);

    // Through it, the Sales user gets Calling (AL03).
    let outcome = ok(o.svc.licences().assign_to_user("Sales: Webex Calling", &sales(&dallas[0])));
    assert_eq!(outcome.calling, CallingOutcome::Provisioned);

    // Deleted, All staff covers the user again, who keeps the licence.
    let gone = ok(o.svc.licences().delete_template("SALES: WEBEX CALLING"));
    assert_eq!(gone.name, "Sales: Webex Calling");
    assert_eq!(ok(o.svc.licences().templates()).len(), 2);
    assert!(ok(o.svc.people().get("sales@acmefarms.example")).has_licence(licence::CALLING_PROFESSIONAL));
    let missing =
        o.svc.licences().delete_template("Sales: Webex Calling").err().map(|e| e.to_string()).unwrap_or_default();
    assert!(missing.contains(ALL_STAFF), "a missing template names those there are: {missing}");

    // Each change is audited; a read-only console changes no template.
    let audit: i64 = raw(&o.db)
        .query_row("SELECT count(*) FROM audit WHERE object = 'template:Sales: Webex Calling'", [], |r| r.get(0))
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(audit, 3, "created, changed and deleted, each under the name as first written");
    let ro = open(&o.db).with_read_only(true);
    let before = rows(&o.db);
    assert!(matches!(ro.licences().save_template(&sales_spec), Err(Error::ReadOnly(_))));
    assert!(matches!(ro.licences().delete_template(FINANCE), Err(Error::ReadOnly(_))));
    assert_eq!(before, rows(&o.db));
}

#[test]
fn al04_user_csv_has_the_var_professional_column_and_the_phone_number() {
    let mut o = org();
    let dallas = free_numbers(&o.svc, "Dallas");
    let taken = number_of(&o.svc, "user");
    ok(sync(
        &mut o.svc,
        &format!(
            "bad@acmefarms.example,Bad Number,231-456-9000,Sales\n\
             taken@acmefarms.example,Taken Number,{taken},Sales\nnone@acmefarms.example,No Number,,Sales\n\
             good@acmefarms.example,\"Good, Number\",{},Sales\n",
            dallas[0]
        ),
    ));
    let csv = ok(o.svc.licences().export_csv());
    let mut reader = csv::Reader::from_reader(csv.as_slice());
    let headers = reader.headers().unwrap_or_else(|e| panic!("{e}")).clone();
    let col =
        |name: &str| headers.iter().position(|h| h == name).unwrap_or_else(|| panic!("no column {name}: {headers:?}"));
    let (email, phone, pro) =
        (col("User ID/Email (Required)"), col("Phone Number"), col("Webex Calling VAR Professional"));
    let mut seen = BTreeMap::new();
    let mut total = 0;
    for rec in reader.records() {
        let rec = rec.unwrap_or_else(|e| panic!("{e}"));
        total += 1;
        assert!(matches!(&rec[pro], "TRUE" | "FALSE"), "{rec:?}");
        seen.insert(rec[email].to_string(), (rec[phone].to_string(), rec[pro].to_string()));
    }
    assert_eq!(total, ok(o.svc.people().count("")), "every user is exported");
    let row = |e: &str| seen.get(e).cloned().unwrap_or_else(|| panic!("{e} missing"));
    assert_eq!(row("bad@acmefarms.example"), ("231-456-9000".into(), "FALSE".into()), "FALSE with a number: unusable");
    assert_eq!(row("taken@acmefarms.example"), (taken, "FALSE".into()));
    assert_eq!(row("none@acmefarms.example"), (String::new(), "FALSE".into()), "FALSE without a number: none given");
    assert_eq!(row("good@acmefarms.example"), (dallas[0].clone(), "TRUE".into()));
    // Every FALSE row is a user without Calling Professional; every TRUE row one with it.
    for (e, (_, flag)) in &seen {
        assert_eq!(flag == "TRUE", ok(o.svc.people().get(e)).has_licence(licence::CALLING_PROFESSIONAL), "{e}");
    }
}

/// AL04: the fix a work number's likely meaning suggests is checked before it is offered: a
/// free number of the inventory is offered; one in no inventory, one already another user's, or
/// one that several users would share is not, and the fix says what to do instead (a free
/// number of the user's location when there is one).
#[test]
fn al04_a_suggested_number_is_checked_against_the_inventory_and_the_other_users() {
    let mut o = org();
    let dallas = free_numbers(&o.svc, "Dallas");
    let national = |e164: &str| format!("({}) {}-{}", &e164[2..5], &e164[5..8], &e164[8..]);
    let taken = ok(o.svc.people().list("", 0, 200))
        .into_iter()
        .find_map(|u| u.primary_number.filter(|n| n.starts_with("+1") && n.len() == 12))
        .expect("a user with a +1 number");
    let body = format!(
        "free@acmefarms.example,Free One,{},Sales\n\
         twin.a@acmefarms.example,Twin A,{},Sales\n\
         twin.b@acmefarms.example,Twin B,{},Sales\n\
         nowhere@acmefarms.example,No Where,231-456-9000,Sales\n\
         copycat@acmefarms.example,Copy Cat,{},Sales\n",
        national(&dallas[0]),
        national(&dallas[1]),
        national(&dallas[1]),
        national(&taken),
    );
    ok(sync(&mut o.svc, &body));
    let fix = |who: &str| {
        let rows = ok(o.svc.licences().not_provisioned(who, 0, 10));
        assert_eq!(rows.len(), 1, "{who}: {rows:?}");
        rows[0].fix.clone()
    };
    // In the inventory, free, nobody else's: offered.
    assert!(fix("free@").starts_with(&format!("set the work number to {}", dallas[0])), "{}", fix("free@"));
    // Two users whose number means the same: offered to neither.
    for twin in ["twin.a@", "twin.b@"] {
        let f = fix(twin);
        assert!(!f.starts_with("set the work number") && f.contains("1 other user has the same work number"), "{f}");
    }
    // In no inventory: not offered, and what to do instead.
    let f = fix("nowhere@");
    assert!(f.contains("+12314569000, which is in no location's number inventory"), "{f}");
    assert!(!f.starts_with("set the work number"), "{f}");
    // Another user's number: not offered either.
    let f = fix("copycat@");
    assert!(f.contains("already assigned to another user") && !f.starts_with("set the work number"), "{f}");
}

#[test]
fn al04_not_provisioned_users_with_reason_and_fix_then_a_corrected_number_and_reapply() {
    let mut o = org();
    let dallas = free_numbers(&o.svc, "Dallas");
    ok(sync(&mut o.svc, "fixme@acmefarms.example,Fix Me,214-555-0100,Sales\nnonum@acmefarms.example,No Num,,Sales\n"));
    let listed = ok(o.svc.licences().not_provisioned("fixme", 0, 100));
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].check, Some(Failure::NotE164));
    // 15.11: the reason says what the mangled value most likely was, and the fix names the number.
    assert!(
        listed[0].reason.as_deref().unwrap_or("").contains("in E.164 it is +12145550100"),
        "{:?}",
        listed[0].reason
    );
    // +12145550100 is in no location's inventory: not offered; what to do instead is.
    let fix = &listed[0].fix;
    assert!(
        fix.contains("+12145550100, which is in no location's number inventory") && !fix.starts_with("set"),
        "{fix}"
    );
    let nonum = ok(o.svc.licences().not_provisioned("nonum", 0, 100));
    assert!(nonum[0].fix.starts_with("give a number"), "{}", nonum[0].fix);
    // The demo's own not-provisioned users are listed too, with their reason.
    assert!(ok(o.svc.licences().not_provisioned_count("")) >= 4);

    let before = rows(&o.db);
    assert!(matches!(o.svc.people().set_work_number("fixme@acmefarms.example", "also bad"), Err(Error::Invalid(_))));
    assert_eq!(before, rows(&o.db), "a bad number is refused and changes nothing");
    let fixed = ok(o.svc.people().set_work_number("fixme@acmefarms.example", &dallas[0]));
    assert_eq!(fixed.check, None);
    assert!(fixed.next.contains("re-apply"), "{}", fixed.next);
    let u = ok(o.svc.people().get("fixme@acmefarms.example"));
    assert_eq!(
        (u.calling_status.as_str(), u.calling_reason),
        ("not_provisioned", None),
        "still without Calling until the template is applied again; the old reason is cleared"
    );
    let still = ok(o.svc.licences().not_provisioned("fixme", 0, 100));
    assert_eq!(still.len(), 1, "a corrected number does not take the user off the list");
    assert_eq!(still[0].check, None);
    assert!(still[0].fix.contains("re-apply"), "{}", still[0].fix);

    let report = ok(o.svc.licences().reapply(ALL_STAFF, true, None, &mut |_, _| true));
    let me = report.users.iter().find(|u| u.email == "fixme@acmefarms.example");
    assert_eq!(me.map(|u| u.calling), Some(CallingOutcome::Provisioned));
    let u = ok(o.svc.people().get("fixme@acmefarms.example"));
    assert_eq!((u.calling_status.as_str(), u.primary_number.as_ref()), ("provisioned", Some(&dallas[0])));
}

#[test]
fn al05_a_provisioned_user_is_not_reprovisioned_when_the_directory_changes_the_number() {
    let mut o = org();
    let dallas = free_numbers(&o.svc, "Dallas");
    let report = ok(sync(&mut o.svc, &format!("al05@acmefarms.example,Al Five,{},Sales\n", dallas[0])));
    assert_eq!(report.users[0].calling, CallingOutcome::Provisioned);
    let first = ok(o.svc.people().detail("al05@acmefarms.example"));

    // The directory now says another (valid, free, London) number.
    let london = free_numbers(&o.svc, "London").remove(0);
    let report = ok(sync(&mut o.svc, &format!("al05@acmefarms.example,Al Five,{london},Sales\n")));
    assert_eq!((report.updated, report.users[0].calling), (1, CallingOutcome::Kept));
    let after = ok(o.svc.people().detail("al05@acmefarms.example"));
    assert_eq!(after.user.work_phone.as_deref(), Some(london.as_str()), "the new number is recorded");
    assert_eq!(after.user.primary_number, first.user.primary_number, "the calling setup is kept");
    assert_eq!(after.user.location, first.user.location);
    assert_eq!(after.numbers, first.numbers);
    assert!(free_numbers(&o.svc, "London").contains(&london), "the new number is not taken");

    // The same through a corrected number, and through a re-apply.
    let kept = ok(o.svc.people().set_work_number("al05@acmefarms.example", &dallas[1]));
    assert!(kept.calling_kept);
    ok(o.svc.licences().reapply(ALL_STAFF, true, None, &mut |_, _| true));
    assert_eq!(ok(o.svc.people().detail("al05@acmefarms.example")).numbers, first.numbers);
}

#[test]
fn al06_reapply_licenses_every_covered_user_without_calling_and_preserves_the_rest() {
    let o = org();
    let dallas = free_numbers(&o.svc, "Dallas");
    // Existing users without Calling get a usable number by hand (not through a sync).
    let conn = raw(&o.db);
    let candidates: Vec<String> = {
        let mut st = conn
            .prepare(
                "SELECT email FROM users u WHERE department <> 'Finance' AND NOT EXISTS
                 (SELECT 1 FROM user_licences l WHERE l.user_id = u.id AND l.licence LIKE 'calling%') ORDER BY id",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let found = st.query_map([], |r| r.get(0)).unwrap_or_else(|e| panic!("{e}"));
        found.collect::<Result<_, _>>().unwrap_or_else(|e| panic!("{e}"))
    };
    assert!(candidates.len() >= 2, "the demo has covered users without Calling");
    ok(o.svc.people().set_work_number(&candidates[0], &dallas[0]));
    let preview = ok(o.svc.licences().reapply_preview(ALL_STAFF));
    assert_eq!((preview.to_license, preview.will_lose_calling), (candidates.len(), 0));

    let report = ok(o.svc.licences().reapply(ALL_STAFF, true, None, &mut |_, _| true));
    assert_eq!(report.calling.provisioned, 1);
    assert_eq!(report.calling.not_provisioned, candidates.len() - 1, "the others say why");
    assert_eq!(ok(o.svc.people().get(&candidates[0])).primary_number.as_ref(), Some(&dallas[0]));
    // With preserve on, re-applying the Finance template takes nobody's Calling.
    let before = rows(&o.db);
    let report = ok(o.svc.licences().reapply(FINANCE, true, None, &mut |_, _| true));
    assert_eq!(report.calling.removed, 0);
    let after = rows(&o.db);
    let changed: Vec<&String> = after.keys().filter(|k| before.get(*k) != after.get(*k)).collect();
    assert!(changed.iter().all(|k| k.starts_with("audit:")), "only the audit trail grows: {changed:?}");
}

#[test]
fn al06_without_preserve_needs_confirmation_then_removes_exactly_the_expected_calling_data() {
    let o = org();
    let conn = raw(&o.db);
    conn.execute_batch(
        "UPDATE users SET calling_services = 'call_forwarding,call_waiting' WHERE calling_status = 'provisioned'",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let losing: Vec<(i64, String)> = {
        let mut st = conn
            .prepare(
                "SELECT id, email FROM users u WHERE department = 'Finance' AND EXISTS
                 (SELECT 1 FROM user_licences l WHERE l.user_id = u.id AND l.licence LIKE 'calling%') ORDER BY email",
            )
            .unwrap_or_else(|e| panic!("{e}"));
        let found = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap_or_else(|e| panic!("{e}"));
        found.collect::<Result<_, _>>().unwrap_or_else(|e| panic!("{e}"))
    };
    assert!(losing.len() >= 3, "the demo has Finance users with Calling");
    let devices: Vec<i64> = {
        let mut st = conn
            .prepare("SELECT d.id FROM devices d JOIN users u ON u.id = d.user_id WHERE u.department = 'Finance'")
            .unwrap_or_else(|e| panic!("{e}"));
        let found = st.query_map([], |r| r.get(0)).unwrap_or_else(|e| panic!("{e}"));
        found.collect::<Result<_, _>>().unwrap_or_else(|e| panic!("{e}"))
    };
    let svc = open(&o.db);

    let preview = ok(svc.licences().reapply_preview(FINANCE));
    assert_eq!(preview.will_lose_calling, losing.len());
    let mut expected: Vec<String> = losing.iter().map(|(_, e)| e.clone()).collect();
    expected.sort();
    let mut named = preview.losing.clone();
    named.sort();
    assert_eq!(named, expected);
    assert!(
        preview.warning.contains("cannot be undone") && preview.warning.contains("voicemail"),
        "{}",
        preview.warning
    );

    let before = rows(&o.db);
    assert_eq!(rule_of(svc.licences().reapply(FINANCE, false, None, &mut |_, _| true)), "AL06", "needs confirmation");
    assert_eq!(rule_of(svc.licences().reapply(FINANCE, false, Some(losing.len() + 1), &mut |_, _| true)), "AL06");
    assert_eq!(before, rows(&o.db), "unconfirmed: nothing changed");

    let report = ok(svc.licences().reapply(FINANCE, false, Some(losing.len()), &mut |_, _| true));
    assert_eq!(report.calling.removed, losing.len());
    assert_eq!(report.deleted.devices, devices.len());
    let after = rows(&o.db);

    // Exactly their calling data went; nothing else changed but the audit trail.
    let ids: Vec<i64> = losing.iter().map(|(id, _)| *id).collect();
    let emails: Vec<&str> = losing.iter().map(|(_, e)| e.as_str()).collect();
    let mut released = 0;
    let keys: std::collections::BTreeSet<&String> = before.keys().chain(after.keys()).collect();
    for k in keys {
        let (b, a) = (before.get(k), after.get(k));
        if b == a || k.starts_with("audit:") {
            continue;
        }
        let row = b.or(a).map(String::as_str).unwrap_or("");
        let column = |i: usize| row.split('|').nth(i).unwrap_or("").to_string();
        let about_them = match k.split(':').next().unwrap_or("") {
            "users" => emails.iter().any(|e| k.contains(e)),
            "user_licences" | "devices" => {
                ids.iter().any(|id| column(if k.starts_with("devices") { 2 } else { 0 }) == format!("Integer({id})"))
            }
            "numbers" => ids.iter().any(|id| column(6) == format!("Integer({id})")),
            "activation_codes" => devices.iter().any(|d| column(1) == format!("Integer({d})")),
            _ => false,
        };
        assert!(about_them, "{k} changed but is not one of the users losing Calling:\n{b:?}\n{a:?}");
        if k.starts_with("numbers:") {
            let a = a.map(String::as_str).unwrap_or("");
            assert!(a.contains("Text(\"INACTIVE\")|Null|Null|Integer(0)|"), "a released number is unassigned: {a}");
            released += 1;
        }
        if k.starts_with("user_licences:") {
            assert!(a.is_none() && k.contains("calling"), "only Calling licences go: {k}");
        }
        if k.starts_with("devices:") || k.starts_with("activation_codes:") {
            assert!(a.is_none(), "{k} is deleted");
        }
    }
    assert_eq!(released, report.deleted.numbers);
    for (_, email) in &losing {
        let (vm, services, status, ext): (i64, String, String, Option<String>) = raw(&o.db)
            .query_row(
                "SELECT voicemail, calling_services, calling_status, extension FROM users WHERE email = ?1",
                [email],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((vm, services.as_str(), status.as_str(), ext), (0, "", "none", None), "{email}");
        let u = ok(svc.people().get(email));
        assert!(u.primary_number.is_none() && u.device_id.is_none());
    }
}

#[test]
fn al06_a_cancelled_sync_or_reapply_leaves_the_database_unchanged() {
    let o = org();
    let dallas = free_numbers(&o.svc, "Dallas");
    let before = rows(&o.db);
    let body: String = (0..10).map(|i| format!("c{i}@acmefarms.example,C {i},{},Sales\n", dallas[i])).collect();
    let mut dir = CsvText::new("test", format!("{HEADER}{body}"));
    let mut calls = Vec::new();
    let r = o.svc.licences().directory_sync(&mut dir, &mut |done, total| {
        calls.push((done, total));
        done < 5
    });
    assert_eq!(rule_of(r), CANCELLED);
    assert_eq!(calls.last(), Some(&(5, 10)), "progress was reported up to the cancel");
    assert_eq!(before, rows(&o.db), "a cancelled sync changes nothing");

    let conn = raw(&o.db);
    let spare = dallas.last().cloned().unwrap_or_default();
    conn.execute("UPDATE users SET work_phone = ?1 WHERE calling_status = 'not_provisioned'", [&spare])
        .unwrap_or_else(|e| panic!("{e}"));
    let before = rows(&o.db);
    let r = o.svc.licences().reapply(ALL_STAFF, true, None, &mut |done, total| done < total);
    assert_eq!(rule_of(r), CANCELLED);
    assert_eq!(before, rows(&o.db), "a cancelled re-apply changes nothing");
    let done = ok(o.svc.licences().reapply(ALL_STAFF, true, None, &mut |_, _| true));
    assert_eq!(done.calling.provisioned, 1, "once not cancelled, it does the work");
}

/// Issue 15.6: one definition of "not provisioned", and every place agrees on it: the list (and
/// its count), the user list's Calling column, the export's status column, and the number a
/// re-apply would license. A number corrected to one outside the inventory, and users the
/// template never reached (no work number), are in all of them.
#[test]
fn al04_not_provisioned_is_one_set_everywhere() {
    use std::collections::BTreeSet;
    let mut o = org();
    // Mateo's number, corrected to one that is not in the inventory: still not provisioned.
    let mateo = ok(o.svc.people().list("Mateo", 0, 5)).into_iter().next().map(|u| u.email);
    if let Some(m) = &mateo {
        if !ok(o.svc.people().get(m)).has_licence(licence::CALLING_PROFESSIONAL) {
            ok(o.svc.people().set_work_number(m, "+12312000000"));
        }
    }
    // A user the template never reached: no work number, never synced.
    ok(sync(&mut o.svc, "never@acmefarms.example,Never Synced,,Sales\n"));
    raw(&o.db)
        .execute(
            "UPDATE users SET calling_status = 'none', calling_reason = NULL WHERE email = 'never@acmefarms.example'",
            [],
        )
        .unwrap_or_else(|e| panic!("{e}"));

    let listed: BTreeSet<String> =
        ok(o.svc.licences().not_provisioned("", 0, 100_000)).into_iter().map(|r| r.email).collect();
    assert_eq!(listed.len(), ok(o.svc.licences().not_provisioned_count("")));
    assert!(listed.contains("never@acmefarms.example"), "a user the template never reached is missing");
    if let Some(m) = &mateo {
        if !ok(o.svc.people().get(m)).has_licence(licence::CALLING_PROFESSIONAL) {
            assert!(listed.contains(m), "{m} with a number outside the inventory dropped out");
        }
    }
    let in_list: BTreeSet<String> = ok(o.svc.people().list("", 0, 100_000))
        .into_iter()
        .filter(|u| u.calling_status == "not_provisioned")
        .map(|u| u.email)
        .collect();
    assert_eq!(in_list, listed, "the user list's Calling column");
    let csv = ok(o.svc.licences().export_csv());
    let mut reader = csv::Reader::from_reader(&csv[..]);
    let header = reader.headers().cloned().unwrap_or_default();
    let email = header.iter().position(|h| h.eq_ignore_ascii_case("email")).unwrap_or(3);
    let status =
        header.iter().position(|h| h.to_lowercase().contains("status")).unwrap_or_else(|| panic!("{header:?}"));
    let exported: BTreeSet<String> = reader
        .records()
        .filter_map(|r| r.ok())
        .filter(|r| &r[status] == "not_provisioned")
        .map(|r| r[email].to_string())
        .collect();
    assert_eq!(exported, listed, "the export");
    let to_license: usize = ok(o.svc.licences().templates())
        .iter()
        .filter(|t| t.grants_calling)
        .map(|t| ok(o.svc.licences().reapply_preview(&t.name)).to_license)
        .sum();
    assert_eq!(to_license, listed.len(), "what a re-apply would license");
}
