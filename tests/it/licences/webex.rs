//! Licences on a real organisation: assigning a licence template goes through
//! `PATCH /licenses/users` (a 206 partial answer shown licence by licence, never a success),
//! removing Calling too; re-applying a template (AL06) and a directory sync (AL02) become runs of
//! requests with a journal: killed half-way and started again, each person is patched exactly
//! once; cancelled with Esc in the console, the next run continues. Every request goes through
//! Prism (`--errors`) against Webex's official spec.

use crate::fake_webex;

use std::time::Duration;

use crate::fake_webex::home::*;
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::{webex_id, License, World};
use crate::fake_webex::{wait_until, CUSTOMER_TOKEN};
use serde_json::Value;

const ACME: &str = "acme";
const STAFF: &str = "Staff";

fn acme(w: &mut World) -> &mut fake_webex::world::OrgData {
    let id = webex_id("ORGANIZATION", ACME);
    w.data.get_mut(&id).expect("acme")
}

/// The seeded partner world, with people `from..to` of Acme holding no licence (their work
/// numbers are theirs in the inventory: AL02 passes), and a Meetings licence pool.
pub(super) fn world_without_calling(from: usize, to: usize) -> World {
    let mut w = World::seeded();
    let d = acme(&mut w);
    for p in &mut d.people[from..to] {
        p.licenses.clear();
    }
    let holding = d.people.iter().filter(|p| !p.licenses.is_empty()).count() as u64;
    d.licenses[0].consumed_units = holding;
    d.licenses[0].consumed_by_users = holding;
    d.licenses.push(License {
        id: webex_id("LICENSE", "acme-meetings"),
        name: "Meeting - Webex Enterprise".into(),
        total_units: 100,
        consumed_units: 0,
        consumed_by_users: 0,
        consumed_by_workspaces: 0,
        subscription_id: "Sub-acme".into(),
    });
    w
}

fn email(i: usize) -> String {
    format!("user{i}@acme.example")
}

fn number(i: usize) -> String {
    format!("+1408555{i:07}")
}

fn person_id(i: usize) -> String {
    webex_id("PEOPLE", &format!("acme-{i}"))
}

fn calling_id() -> String {
    webex_id("LICENSE", "acme-calling")
}

fn has_licence(h: &Conformant, i: usize, licence: &str) -> bool {
    h.fake.person_by_email(&email(i)).is_some_and(|p| p.licenses.iter().any(|l| l == licence))
}

fn user(home: &Home, i: usize) -> Value {
    let v = json(&home.run(&["users", "show", &email(i), "--json"], None));
    v.get("user").cloned().unwrap_or(v)
}

fn writes(h: &Conformant) -> Vec<String> {
    h.fake.requests().iter().filter(|r| r.method != "GET").map(|r| format!("{} {}", r.method, r.path)).collect()
}

fn synced_home(h: &Conformant) -> Home {
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    ok(&home.run(&["licences", "template-save", STAFF, "--org-wide", "--calling"], None));
    home
}

#[test]
fn assigning_a_template_with_a_206_partial_shows_each_licence_and_caches_only_what_webex_applied() {
    let h = Conformant::start_with(world_without_calling(10, 11));
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    ok(&home.run(&["licences", "template-save", STAFF, "--org-wide", "--calling", "--licences", "meetings"], None));
    let meetings = webex_id("LICENSE", "acme-meetings");
    h.fake.knobs().refuse_licences = vec![meetings.clone()];

    let out = home.run(
        &[
            "licences",
            "assign",
            "--template",
            STAFF,
            "--user",
            &email(10),
            "--location",
            "Warehouse",
            "--number",
            &number(10),
            "--json",
        ],
        Some(CUSTOMER_TOKEN),
    );
    assert_eq!(out.status.code(), Some(8), "a partial answer is never a success: {}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["partial"], true, "{v}");
    assert_eq!(v["calling"], "provisioned", "{v}");
    let licences = v["licences"].as_array().expect("licence by licence");
    let applied = |l: &str| licences.iter().find(|x| x["licence"] == l).map(|x| x["applied"].clone());
    assert_eq!(applied("calling_professional"), Some(Value::Bool(true)), "{v}");
    assert_eq!(applied("meetings"), Some(Value::Bool(false)), "{v}");
    assert!(v["tracking_id"].as_str().is_some_and(|t| t.starts_with("FAKE_")), "{v}");
    assert!(text(&out.stderr).contains("meetings"), "{}", text(&out.stderr));

    // Webex has Calling, not Meetings; so has the cache.
    assert!(has_licence(&h, 10, &calling_id()) && !has_licence(&h, 10, &meetings));
    let u = user(&home, 10);
    let held: Vec<&str> = u["licences"].as_array().expect("licences").iter().filter_map(Value::as_str).collect();
    assert!(held.contains(&"calling_professional") && !held.contains(&"meetings"), "{u}");
    assert_eq!(u["location"], "Warehouse", "{u}");
    assert_eq!(u["primary_number"], number(10).as_str(), "{u}");
    // The request carried the Calling properties (checked by Prism against the spec as well).
    let (pid, body) = h.fake.world().licence_patches.last().cloned().expect("one PATCH");
    assert_eq!(pid, person_id(10));
    let calling = body.as_array().and_then(|a| a.iter().find(|l| l["id"] == calling_id().as_str())).cloned();
    let props = calling.map(|c| c["properties"].clone()).unwrap_or_default();
    assert_eq!(props["locationId"], webex_id("LOCATION", "acme-1").as_str(), "{body}");
    assert_eq!(props["phoneNumber"], number(10).as_str(), "{body}");
    let audit = json(&home.run(&["audit", "--json"], None));
    assert!(
        rows(&audit).iter().any(|a| a["details"]
            .as_str()
            .is_some_and(|d| d.contains("NOT applied") && d.contains("trackingId FAKE_"))),
        "the audit names what Webex did not apply, with the trackingId: {audit}"
    );

    // A user who already has Calling: nothing is sent.
    let before = writes(&h).len();
    ok(&home.run(
        &["licences", "assign", "--template", STAFF, "--user", &email(10), "--location", "Warehouse"],
        Some(CUSTOMER_TOKEN),
    ));
    assert_eq!(writes(&h).len(), before);
    h.assert_no_violations();
}

#[test]
fn removing_calling_goes_through_webex_and_the_cache_loses_only_what_webex_removed() {
    let mut w = World::seeded();
    for i in [3, 4] {
        acme(&mut w).people[i].department = Some("Ops".into());
    }
    let h = Conformant::start_with(w);
    let home = synced_home(&h);
    ok(&home.run(&["licences", "template-save", "Ops", "--group", "Ops", "--no-calling"], None));
    // Without --yes: only the count, nothing sent.
    let out = home.run(&["licences", "reapply", "--template", "Ops", "--no-preserve"], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(writes(&h).is_empty(), "{:?}", writes(&h));

    let v =
        json(&home.run(
            &["licences", "reapply", "--template", "Ops", "--no-preserve", "--yes", "--json"],
            Some(CUSTOMER_TOKEN),
        ));
    assert_eq!(v["calling"]["removed"], 2, "{v}");
    for i in [3, 4] {
        assert!(!has_licence(&h, i, &calling_id()), "Calling removed at Webex for user{i}");
        let u = user(&home, i);
        assert!(u["licences"].as_array().is_some_and(|l| !l.iter().any(|x| x == "calling_professional")), "{u}");
    }
    assert!(has_licence(&h, 5, &calling_id()), "a user of another template keeps Calling");
    let removes: Vec<(String, Value)> = h.fake.world().licence_patches.clone();
    assert_eq!(removes.len(), 2, "{removes:?}");
    assert!(removes.iter().all(|(_, b)| b.as_array().is_some_and(|a| a.iter().all(|l| l["operation"] == "remove"))));
    h.assert_no_violations();
}

#[test]
fn al06_reapply_through_webex_licenses_each_covered_user_once_and_dry_run_lists_the_requests() {
    let h = Conformant::start_with(world_without_calling(10, 20));
    let home = synced_home(&h);
    let before = std::fs::read(home.db()).expect("db");

    // --dry-run: every user checked, the requests listed, nothing sent or changed.
    let v = json(&home.run(&["licences", "reapply", "--template", STAFF, "--dry-run", "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["calling"]["provisioned"], 10, "{v}");
    let reqs = v["requests"].as_array().expect("requests");
    assert_eq!(reqs.iter().filter(|r| r["method"] == "PATCH" && r["path"] == "/v1/licenses/users").count(), 10, "{v}");
    assert!(reqs.iter().any(|r| r["what"].as_str().is_some_and(|w| w.contains(&number(12)))), "{v}");
    assert!(writes(&h).is_empty());
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "a dry run changes nothing");

    // --serial: one at a time; two 429s on the way are waited out, not shown.
    h.fake.inject("licenses/users", fake_webex::Inject::TooMany(Some(1)));
    h.fake.inject("licenses/users", fake_webex::Inject::TooMany(Some(1)));
    h.fake.knobs().latency = Duration::from_millis(15);
    h.fake.shared.max_in_flight.store(0, std::sync::atomic::Ordering::SeqCst);
    let v = json(&home.run(&["licences", "reapply", "--template", STAFF, "--serial", "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!(h.fake.max_in_flight(), 1, "--serial sends one request at a time");
    let throttled = h.fake.requests().iter().filter(|r| r.status == 429).count();
    assert_eq!(throttled, 2, "both 429s were answered, and the requests sent again");
    assert_eq!(v["calling"]["provisioned"], 10, "{v}");
    assert_eq!(v["calling"]["kept"], 15, "{v}");
    let provisioned: Vec<&Value> = rows(&v["users"]).iter().filter(|u| u["calling"] == "provisioned").collect();
    assert!(provisioned.iter().all(|u| u["tracking_id"].as_str().is_some()), "each row has its trackingId: {v}");
    let per_person = h.fake.licence_patches_per_person();
    assert_eq!(per_person.len(), 10);
    assert!(per_person.values().all(|n| *n == 1), "{per_person:?}");
    for i in 10..20 {
        assert!(has_licence(&h, i, &calling_id()), "user{i} licensed at Webex");
        assert_eq!(user(&home, i)["calling_status"], "provisioned");
    }
    // Again: nothing left to do, nothing sent.
    let v = json(&home.run(&["licences", "reapply", "--template", STAFF, "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!(v["calling"]["kept"], 25, "{v}");
    assert_eq!(h.fake.world().licence_patches.len(), 10);
    h.assert_no_violations();
}

#[test]
fn al06_a_reapply_killed_mid_run_continues_and_patches_each_person_exactly_once() {
    let h = Conformant::start_with(world_without_calling(5, 25));
    let home = synced_home(&h);
    h.fake.knobs().latency = Duration::from_millis(10);
    // Killed (abort, as kill -9) right after the 5th answer arrived, before it was written down.
    let killed = home
        .cmd(&["licences", "reapply", "--template", STAFF, "--json"])
        .env("WEBEX_TOKEN", CUSTOMER_TOKEN)
        .env("WXGO_TEST_CRASH_AT", "licence run answer 5")
        .output()
        .expect("run");
    assert!(!killed.status.success(), "the run was killed");
    let first = h.fake.world().licence_patches.len();
    assert!((5..20).contains(&first), "killed half-way: {first} PATCHes");

    let v = json(&home.run(&["licences", "reapply", "--template", STAFF, "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!(v["resumed"], true, "{v}");
    let per_person = h.fake.licence_patches_per_person();
    assert_eq!(per_person.len(), 20, "{per_person:?}");
    assert!(per_person.values().all(|n| *n == 1), "each person patched exactly once: {per_person:?}");
    for i in 5..25 {
        assert!(has_licence(&h, i, &calling_id()), "user{i}");
        assert_eq!(user(&home, i)["calling_status"], "provisioned", "user{i} in the cache");
    }
    // The run is finished now: the same command is a new (empty) run.
    let v = json(&home.run(&["licences", "reapply", "--template", STAFF, "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!(v["resumed"], false, "{v}");
    assert_eq!(h.fake.world().licence_patches.len(), 20);
    h.assert_no_violations();
}

#[test]
fn al02_a_directory_sync_killed_with_sigkill_continues_without_doing_a_row_twice() {
    let h = Conformant::start();
    let home = synced_home(&h);
    // Ten new people, each with a free standard number of the inventory (AL02 passes).
    let free: Vec<usize> = (25..40).filter(|i| i % 3 != 0).take(10).collect();
    let mut csv = String::from("Email,Display Name,Work Phone Number,Department\n");
    for (k, i) in free.iter().enumerate() {
        csv.push_str(&format!("new{k}@acme.example,New Person{k},{},Sales\n", number(*i)));
    }
    let file = home.path().join("directory.csv");
    std::fs::write(&file, &csv).expect("csv");
    let file = file.display().to_string();

    h.fake.knobs().latency = Duration::from_millis(150);
    let mut child = home
        .cmd(&["directory", "sync", &file, "--json"])
        .env("WEBEX_TOKEN", CUSTOMER_TOKEN)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .expect("spawn");
    assert!(wait_until(Duration::from_secs(60), || h.fake.count("POST", "/people") >= 3), "the sync started");
    child.kill().expect("SIGKILL");
    let _ = child.wait();
    // The killed process's last requests may still be in the fake's latency: they land (or
    // are dropped) before the same command runs again, as a server finishes what it received.
    assert!(h.fake.settled(Duration::from_secs(30)), "the killed run's requests never settled");
    h.fake.knobs().latency = Duration::ZERO;
    let created_before = h.fake.count("POST", "/people");
    assert!(created_before < 10 || h.fake.world().licence_patches.len() < 10, "killed half-way");

    let v = json(&home.run(&["directory", "sync", &file, "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!(v["total"], 10, "{v}");
    let people: Vec<_> = (0..10).map(|k| h.fake.person_by_email(&format!("new{k}@acme.example"))).collect();
    assert!(people.iter().all(Option::is_some), "every new person is in Webex");
    let all = h.fake.world().data[&webex_id("ORGANIZATION", ACME)].people.clone();
    for k in 0..10 {
        let e = format!("new{k}@acme.example");
        assert_eq!(all.iter().filter(|p| p.emails.contains(&e)).count(), 1, "{e} created once");
    }
    let per_person = h.fake.licence_patches_per_person();
    for p in people.iter().flatten() {
        assert_eq!(per_person.get(&p.id), Some(&1), "{} patched exactly once: {per_person:?}", p.emails[0]);
        assert!(p.licenses.contains(&calling_id()));
    }
    assert!(h.fake.count("POST", "/people") <= 10, "no person created twice");
    let listed = json(&home.run(&["users", "list", "--filter", "new", "--json"], None));
    assert_eq!(rows(&listed).iter().filter(|u| u["calling_status"] == "provisioned").count(), 10, "{listed}");
    h.assert_no_violations();
}

#[test]
fn read_only_sends_nothing_but_get_for_licences_and_people() {
    let h = Conformant::start_with(world_without_calling(10, 12));
    let home = synced_home(&h);
    let file = home.path().join("directory.csv");
    std::fs::write(
        &file,
        format!("Email,Display Name,Work Phone Number,Department\nnew0@acme.example,New,{},\n", number(25)),
    )
    .expect("csv");
    let file = file.display().to_string();
    let before = std::fs::read(home.db()).expect("db");
    let actions: Vec<Vec<&str>> = vec![
        vec!["licences", "assign", "--template", STAFF, "--user", "user10@acme.example", "--location", "Warehouse"],
        vec!["licences", "reapply", "--template", STAFF],
        vec!["directory", "sync", &file],
        vec!["users", "set-work-number", "user11@acme.example", "+14085550000026"],
        vec!["users", "update", "user11@acme.example", "--extension", "7011"],
        vec!["numbers", "assign-primary", "--user", "user12@acme.example", "+14085550000027"],
    ];
    for a in &actions {
        let mut args = vec!["--read-only"];
        args.extend(a.iter().copied());
        let out = home.run(&args, Some(CUSTOMER_TOKEN));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(5), "{a:?}: {err}");
        assert!(err.contains("was not sent to Webex because") && err.contains("Nothing was changed"), "{a:?}: {err}");
    }
    // A dry run sends nothing at all, read-only or not.
    let v = json(&home.run(
        &["--read-only", "licences", "reapply", "--template", STAFF, "--dry-run", "--json"],
        Some(CUSTOMER_TOKEN),
    ));
    assert_eq!(v["calling"]["provisioned"], 2, "{v}");
    assert_eq!(std::fs::read(home.db()).expect("db"), before);
    assert!(writes(&h).is_empty(), "only GET left the machine: {:?}", writes(&h));
    h.assert_no_violations();
}

#[test]
fn al06_a_reapply_cancelled_with_esc_in_the_console_says_how_many_were_done_and_the_next_one_continues() {
    use wxgo::outside::clipboard::{Clipboard, Env, Mode};
    use wxgo::service::{Options, TemplateSpec};
    use wxgo::tui::harness::Harness;

    let h = Conformant::start_with(world_without_calling(5, 25));
    let dir = tempfile::tempdir().expect("tmp");
    let (svc, _) = first_sync(&Options::new(dir.path().join("acme.db")), &h.base_url, CUSTOMER_TOKEN).expect("sync");
    let spec = TemplateSpec { name: STAFF.into(), group: Some(None), grants_calling: Some(true), licences: None };
    svc.licences().save_template(&spec).expect("template");
    let mut c = Harness::new(svc, Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }));
    c.resize(160, 50);
    let choose = |c: &mut Harness| {
        for _ in 0..20 {
            match (c.overlay(), c.chosen()) {
                (Some("choice"), Some(chosen)) if chosen == STAFF => {
                    c.press("enter");
                    return;
                }
                (Some("choice"), _) => c.press("down"),
                _ => return,
            }
        }
    };
    // 5 of the 25 covered users need nothing; Esc after the third answer.
    c.esc_at_progress = Some(5 + 3);
    c.press("T");
    choose(&mut c);
    c.press("enter");
    let m = c.message();
    assert!(m.contains("cancelled") && m.contains("done in Webex"), "{m}");
    let done: usize =
        m.split("cancelled: ").nth(1).and_then(|r| r.split(' ').next()).and_then(|n| n.parse().ok()).expect(&m);
    let patched = h.fake.world().licence_patches.len();
    assert!((3..=3 + 8).contains(&done), "the answers of the requests in flight still count: {m}");
    assert_eq!(done, patched, "the message says how many Webex did: {m}");
    assert!(!c.overlays().contains(&"progress"), "the progress box closes");

    // Again: it continues; nobody is patched twice.
    c.esc_at_progress = None;
    while c.overlay().is_some() {
        c.press("esc"); // the report of the first run
    }
    c.press("T");
    choose(&mut c);
    c.press("enter");
    assert!(!c.message().contains("cancelled"), "{}", c.message());
    let per_person = h.fake.licence_patches_per_person();
    assert_eq!(per_person.len(), 20, "{per_person:?}");
    assert!(per_person.values().all(|n| *n == 1), "{per_person:?}");
    for i in 5..25 {
        assert!(has_licence(&h, i, &calling_id()), "user{i}");
    }
    h.assert_no_violations();
}

#[test]
fn al06_ctrl_c_stops_a_reapply_between_answers_and_the_same_command_continues() {
    let h = Conformant::start_with(world_without_calling(5, 25));
    let home = synced_home(&h);
    h.fake.knobs().latency = Duration::from_millis(100);
    let child = home
        .cmd(&["licences", "reapply", "--template", STAFF, "--json"])
        .env("WEBEX_TOKEN", CUSTOMER_TOKEN)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    assert!(wait_until(Duration::from_secs(60), || !h.fake.world().licence_patches.is_empty()), "the run started");
    let int = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().expect("kill -INT");
    assert!(int.success());
    let out = child.wait_with_output().expect("wait");
    assert_eq!(out.status.code(), Some(8), "a cancelled run is partly done: {}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["cancelled"], true, "{v}");
    let done = rows(&v["users"]).iter().filter(|u| u["tracking_id"].is_string()).count();
    assert!(done > 0 && done < 20, "stopped between answers: {done}");
    assert_eq!(done, h.fake.world().licence_patches.len(), "every request sent was answered and reported");
    assert!(text(&out.stderr).contains("run the same command again"), "{}", text(&out.stderr));

    h.fake.knobs().latency = Duration::ZERO;
    let v = json(&home.run(&["licences", "reapply", "--template", STAFF, "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!((v["resumed"].as_bool(), v["cancelled"].as_bool()), (Some(true), Some(false)), "{v}");
    let per_person = h.fake.licence_patches_per_person();
    assert_eq!(per_person.len(), 20);
    assert!(per_person.values().all(|n| *n == 1), "{per_person:?}");
    h.assert_no_violations();
}

/// AL04 on a real organisation: `users list --not-provisioned` lists everyone Webex lists
/// without a Calling licence (no template needed), each with why from what Webex gives (the
/// licences they hold, a missing calling location) and the fix; with a template it is named in
/// the fix; when everyone has Calling it says so, not that "every user covered by a template" has it.
#[test]
fn al04_not_provisioned_on_a_real_organisation_lists_who_webex_shows_without_calling() {
    let mut w = world_without_calling(10, 20);
    let meetings = webex_id("LICENSE", "acme-meetings");
    let d = acme(&mut w);
    d.people[12].licenses = vec![meetings];
    d.people[15].location_id = None;
    let h = Conformant::start_with(w);
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let listed = json(&home.run(&["users", "list", "--not-provisioned", "--json"], None));
    let rows = listed.as_array().cloned().unwrap_or_default();
    let mut emails: Vec<String> = rows.iter().filter_map(|r| r["email"].as_str().map(str::to_string)).collect();
    emails.sort();
    let mut want: Vec<String> = (10..20).map(email).collect();
    want.sort();
    assert_eq!(emails, want, "the ten people without Calling, none other: {listed}");
    let row = |i: usize| rows.iter().find(|r| r["email"] == email(i).as_str()).cloned().unwrap_or_default();
    for r in &rows {
        let reason = r["reason"].as_str().unwrap_or("");
        assert!(reason.contains("Webex lists no Webex Calling licence"), "{r}");
        assert!(r["fix"].as_str().is_some_and(|f| f.contains("Webex Calling Professional")), "{r}");
    }
    assert!(row(11)["reason"].as_str().unwrap_or("").contains("no licence at all"), "{}", row(11));
    assert!(row(12)["reason"].as_str().unwrap_or("").contains("only Meetings"), "{}", row(12));
    assert!(row(15)["reason"].as_str().unwrap_or("").contains("no calling location"), "{}", row(15));
    // A filter narrows it; the count is the service's.
    let one = json(&home.run(&["users", "list", "--not-provisioned", "--filter", &email(13), "--json"], None));
    assert_eq!(one.as_array().map(Vec::len), Some(1), "{one}");
    // With a template that grants Calling, the fix names it.
    ok(&home.run(&["licences", "template-save", STAFF, "--org-wide", "--calling"], None));
    let listed = json(&home.run(&["users", "list", "--not-provisioned", "--json"], None));
    assert!(
        listed.as_array().is_some_and(|a| a.len() == 10
            && a.iter().all(|r| r["fix"].as_str().is_some_and(|f| f.contains("--template \"Staff\"")))),
        "{listed}"
    );
    h.assert_no_violations();

    // Everyone with Calling: said as it is.
    let h = Conformant::start_with(World::seeded());
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let out = home.run(&["users", "list", "--not-provisioned"], None);
    let said = text(&out.stdout);
    assert!(out.status.success() && said.contains("has a Webex Calling licence"), "{said}");
    assert!(!said.contains("covered by a template"), "{said}");
    h.assert_no_violations();
}
