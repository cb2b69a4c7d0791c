//! People on a real organisation: the work number, extension and location go through
//! `PUT /people/{id}?callingData=true`. Webex replaces the whole person and has no version check,
//! so wxgo re-reads the person just before it writes, changes only what the admin changed, and
//! refuses when the person changed since the admin's copy (nothing sent but the re-read). A
//! mobile number becomes a user's primary number the same way (MO05, MO06). Through Prism.

use crate::fake_webex::home::*;
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::{webex_id, World};
use crate::fake_webex::CUSTOMER_TOKEN;
use serde_json::Value;

fn email(i: usize) -> String {
    format!("user{i}@acme.example")
}

fn number(i: usize) -> String {
    format!("+1408555{i:07}")
}

fn person_json(h: &Conformant, i: usize) -> Value {
    serde_json::to_value(h.fake.person_by_email(&email(i)).expect("person")).expect("json")
}

fn user(home: &Home, i: usize) -> Value {
    let v = json(&home.run(&["users", "show", &email(i), "--json"], None));
    v.get("user").cloned().unwrap_or(v)
}

fn synced(h: &Conformant) -> Home {
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    home
}

/// The fields of a stored person other than these, as JSON.
fn without(mut p: Value, fields: &[&str]) -> Value {
    if let Some(o) = p.as_object_mut() {
        for f in fields.iter().chain(&["lastModified"]) {
            o.remove(*f);
        }
    }
    p
}

#[test]
fn a_concurrent_change_to_a_person_is_refused_and_only_the_re_read_is_sent() {
    let h = Conformant::start();
    let home = synced(&h);
    // Another admin changes user5's extension in Control Hub after the sync.
    {
        let mut w = h.fake.world();
        let acme = webex_id("ORGANIZATION", "acme");
        let p =
            w.data.get_mut(&acme).and_then(|d| d.people.iter_mut().find(|p| p.emails[0] == email(5))).expect("user5");
        p.extension = Some("4321".into());
    }
    let at_webex = person_json(&h, 5);
    let db = std::fs::read(home.db()).expect("db");
    let seen = h.fake.requests().len();

    for args in [
        vec!["users", "set-work-number", "user5@acme.example", "+14085550000031"],
        vec!["users", "update", "user5@acme.example", "--location", "Head Office"],
    ] {
        let out = home.run(&args, Some(CUSTOMER_TOKEN));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{err}");
        assert!(err.contains("changed in Webex since your copy"), "{err}");
        assert!(err.contains("extension: your copy 1005, Webex now 4321"), "says what changed: {err}");
        assert!(err.contains("Nothing was sent") && err.contains("wxgo sync"), "{err}");
    }
    let sent: Vec<String> = h.fake.requests()[seen..].iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    assert!(sent.iter().all(|r| r.starts_with("GET ")), "nothing but the re-read: {sent:?}");
    let person = format!("GET /people/{}", webex_id("PEOPLE", "acme-5"));
    assert_eq!(sent.iter().filter(|r| **r == person).count(), 2, "one re-read per attempt: {sent:?}");
    assert_eq!(person_json(&h, 5), at_webex, "the person at Webex is unchanged");
    assert_eq!(std::fs::read(home.db()).expect("db"), db, "the cache is unchanged");

    // After a sync the admin's copy is current again, and the change goes through.
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    ok(&home.run(&["users", "update", "user5@acme.example", "--location", "Head Office"], Some(CUSTOMER_TOKEN)));
    let p = person_json(&h, 5);
    assert_eq!(p["extension"], "4321", "the other admin's change is kept");
    assert_eq!(p["locationId"], webex_id("LOCATION", "acme-0").as_str());
    h.assert_no_violations();
}

#[test]
fn work_number_extension_and_location_change_only_those_fields() {
    let mut w = World::seeded();
    {
        let acme = webex_id("ORGANIZATION", "acme");
        let d = w.data.get_mut(&acme).expect("acme");
        d.people[6].department = Some("Sales".into());
        d.people[6].roles = vec![webex_id("ROLE", "id_user_admin")];
    }
    let h = Conformant::start_with(w);
    let home = synced(&h);
    let before = person_json(&h, 6);
    let new_number = number(31);

    let v = json(&home.run(
        &[
            "users",
            "update",
            &email(6),
            "--work-number",
            &new_number,
            "--extension",
            "7006",
            "--location",
            "Warehouse",
            "--json",
        ],
        Some(CUSTOMER_TOKEN),
    ));
    assert_eq!(v["changed"], serde_json::json!(["work_number", "extension", "location"]), "{v}");
    assert!(v["tracking_id"].as_str().is_some_and(|t| t.starts_with("FAKE_")), "{v}");
    let after = person_json(&h, 6);
    assert_eq!(after["phoneNumbers"][0]["value"], new_number.as_str(), "{after}");
    assert_eq!(after["extension"], "7006");
    assert_eq!(after["locationId"], webex_id("LOCATION", "acme-1").as_str());
    let changed = ["phoneNumbers", "extension", "locationId"];
    assert_eq!(without(after, &changed), without(before.clone(), &changed), "every other field is as it was");
    // The body sent: the person as Webex had it, with only those three fields changed.
    let (_, body) = h.fake.world().person_puts.last().cloned().expect("one PUT");
    for (k, v) in body.as_object().expect("object") {
        if !changed.contains(&k.as_str()) {
            assert_eq!(Some(v), before.get(k), "{k} went back as it was");
        }
    }
    let u = user(&home, 6);
    assert_eq!(
        (u["work_phone"].as_str(), u["extension"].as_str(), u["location"].as_str()),
        (Some(new_number.as_str()), Some("7006"), Some("Warehouse")),
        "{u}"
    );

    // set-work-number keeps its answer (AL05: the user has Calling); the same again sends no PUT.
    let puts = h.fake.count("PUT", "/people/");
    let v = json(&home.run(&["users", "set-work-number", &email(7), &number(32), "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!(
        (v["email"].as_str(), v["work_phone"].as_str(), v["calling_kept"].as_bool()),
        (Some("user7@acme.example"), Some(number(32).as_str()), Some(true)),
        "{v}"
    );
    assert!(v["next"].as_str().is_some_and(|n| n.contains("AL05")), "{v}");
    assert_eq!(h.fake.count("PUT", "/people/"), puts + 1);
    ok(&home.run(&["users", "set-work-number", &email(7), &number(32)], Some(CUSTOMER_TOKEN)));
    assert_eq!(h.fake.count("PUT", "/people/"), puts + 1, "Webex already has it: nothing sent");
    let audit = json(&home.run(&["audit", "--json"], None));
    assert!(
        rows(&audit).iter().any(|a| a["action"] == "set work number"
            && a["details"].as_str().is_some_and(|d| d.contains("trackingId FAKE_"))),
        "{audit}"
    );

    // Bad input: said, and nothing sent.
    let out = home.run(&["users", "update", &email(6), "--extension", "x1"], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    let out = home.run(&["users", "update", &email(6), "--location", "Mars"], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Head Office"), "names the locations there are: {}", text(&out.stderr));
    assert_eq!(h.fake.count("PUT", "/people/"), puts + 1);
    h.assert_no_violations();
}

#[test]
fn mo05_a_mobile_number_becomes_the_primary_number_through_the_people_api() {
    let mut w = World::seeded();
    {
        let acme = webex_id("ORGANIZATION", "acme");
        let d = w.data.get_mut(&acme).expect("acme");
        d.people[15].licenses.clear(); // no Webex Calling Professional (MO06)
    }
    let h = Conformant::start_with(w);
    let home = synced(&h);
    let mobile = number(27); // a free mobile number of Head Office
    let writes = |h: &Conformant| h.fake.requests().iter().filter(|r| r.method != "GET").count();

    // MO06: refused on the copy, nothing sent.
    let out = home.run(&["numbers", "assign-primary", "--user", &email(15), &mobile], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("MO06"), "{}", text(&out.stderr));
    // MO05: a user of another location.
    let out = home.run(&["numbers", "assign-primary", "--user", &email(13), &mobile], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("MO05"), "{}", text(&out.stderr));
    assert_eq!(writes(&h), 0);

    let v =
        json(&home.run(&["numbers", "assign-primary", "--user", &email(12), &mobile, "--json"], Some(CUSTOMER_TOKEN)));
    assert_eq!(v["number"], mobile.as_str(), "{v}");
    assert_eq!(v["replaced"], number(12).as_str(), "the fixed number it replaced: {v}");
    assert_eq!(v["device_created"], true, "{v}");
    assert_eq!(writes(&h), 1, "one PUT");
    let p = person_json(&h, 12);
    assert_eq!(p["phoneNumbers"][0]["value"], mobile.as_str());
    // The cache: the mobile number is the user's primary, the old one back in the pool, and the
    // Webex Go device through the mobile operator is on the user's devices.
    let numbers = json(&home.run(&["numbers", "list", "--limit", "0", "--json"], None));
    let n = |e: &str| rows(&numbers).iter().find(|n| n["number"] == e).cloned().expect("number");
    assert_eq!(
        (n(&mobile)["owner"].as_str(), n(&mobile)["primary"].as_bool()),
        (Some("user12@acme.example"), Some(true))
    );
    assert_eq!(n(&mobile)["state"], "ACTIVE");
    assert!(n(&number(12))["owner"].is_null(), "{}", n(&number(12)));
    let devices = json(&home.run(&["devices", "list", "--json"], None));
    let d = rows(&devices).iter().find(|d| d["owner_email"] == email(12).as_str()).expect("a device");
    assert_eq!(d["kind"], "mobile_operator", "{d}");
    // A sync agrees with what the action cached.
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let devices = json(&home.run(&["devices", "list", "--json"], None));
    assert!(
        rows(&devices).iter().any(|x| x["owner_email"] == email(12).as_str() && x["device_id"] == d["device_id"]),
        "{devices}"
    );

    // The number is taken now.
    let out = home.run(&["numbers", "assign-primary", "--user", &email(18), &mobile], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    h.assert_no_violations();
}
