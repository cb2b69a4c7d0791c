//! Mobile numbers on a real organisation (MO03 through the Webex API): Webex validates
//! each number (validateNumbers), the Available ones are added to the location with `numberType`
//! MOBILE at most 20 per request, each request reported with its trackingId, and only what Webex
//! added reaches the cache. These endpoints are in no spec file here: the fake's answers are
//! checked with the Python SDK wxc-sdk. Read-only sends nothing, not even the validation (a POST).

use std::process::{Command, Output};

use crate::fake_webex::home::*;
use crate::fake_webex::prism::{tools_dir, Conformant};
use crate::fake_webex::world::{webex_id, CARRIER_LEAVES_OUT, CARRIER_REFUSES};
use crate::fake_webex::{Inject, CUSTOMER_TOKEN};
use serde_json::Value;

fn fresh(n: usize, from: usize) -> Vec<String> {
    (from..from + n).map(|i| format!("+1630555{i:04}")).collect()
}

/// The report a partly-done add printed (exit 8) or a finished one (exit 0).
fn report(o: &Output) -> Value {
    assert!(matches!(o.status.code(), Some(0) | Some(8)), "exit {:?}: {}", o.status.code(), text(&o.stderr));
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&o.stdout)))
}

fn cached_mobile(home: &Home) -> Vec<String> {
    let v = json(&home.run(&["numbers", "list", "--mobile", "--json"], None));
    rows(&v).iter().filter_map(|n| n["number"].as_str().map(String::from)).collect()
}

fn writes(h: &Conformant) -> Vec<String> {
    h.fake.requests().iter().filter(|r| r.method != "GET").map(|r| format!("{} {}", r.method, r.path)).collect()
}

fn state_of<'a>(r: &'a Value, number: &str) -> (&'a str, &'a str) {
    let n = rows(&r["numbers"])
        .iter()
        .find(|n| n["input"] == number)
        .unwrap_or_else(|| panic!("{number} not in the report: {r}"));
    (n["state"].as_str().unwrap_or(""), n["reason"].as_str().unwrap_or(""))
}

/// wxc-sdk, pointed at the fake: what it reads back and how it takes the fake's answers.
fn wxc_sdk(h: &Conformant, location: &str, script: &str) -> Value {
    let python = tools_dir().join("venv/bin/python");
    assert!(python.exists(), "wxc-sdk is not installed at {}: run tests/setup.sh first", python.display());
    let prelude = r#"
import json, sys
from wxc_sdk.rest import RestSession
RestSession.BASE = sys.argv[1]
from wxc_sdk import WebexSimpleApi
from wxc_sdk.telephony.location.numbers import TelephoneNumberType
api = WebexSimpleApi(tokens=sys.argv[2])
loc = sys.argv[3]
def val(x):
    return getattr(x, "value", x)
"#;
    let run = Command::new(&python)
        .args(["-c", &format!("{prelude}{script}"), &h.base_url, CUSTOMER_TOKEN, location])
        .output()
        .expect("run python");
    assert!(run.status.success(), "wxc-sdk failed on the fake's answers:\n{}", text(&run.stderr));
    serde_json::from_slice(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&run.stdout)))
}

#[test]
fn mo03_25_numbers_are_validated_by_webex_and_added_in_two_requests_only_what_webex_took_is_cached() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let mut entry = fresh(22, 2000);
    entry.insert(3, "+19005550100".into()); // Webex: Unavailable
    entry.insert(9, "+14085550000001".into()); // already in Acme's inventory: Duplicate
    entry.insert(15, "12345".into()); // not E.164: never sent
    assert_eq!(entry.len(), 25);
    let before = cached_mobile(&home);
    // Webex throttles the first add: the client waits as Retry-After says and sends it again.
    h.fake.inject("telephony/config/locations/", Inject::TooMany(Some(1)));

    let out =
        home.run(&["numbers", "add-mobile", "--location", "Remote", &entry.join(","), "--json"], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(8), "partly done: {}", text(&out.stderr));
    let r = report(&out);
    assert_eq!((r["added"].as_u64(), r["rejected"].as_u64()), (Some(22), Some(3)), "{r}");
    assert_eq!(r["location"], "Remote");
    assert_eq!(state_of(&r, "+19005550100").0, "Unavailable");
    assert_eq!(state_of(&r, "+14085550000001").0, "Duplicate");
    let (state, reason) = state_of(&r, "12345");
    assert!(state == "Invalid" && reason.contains("not E.164"), "{reason}");
    // One validation, then 20 + 2 (and the throttled one sent again).
    assert_eq!(h.fake.count("POST", "/telephony/config/actions/validateNumbers/invoke"), 1);
    let adds: Vec<u16> = h
        .fake
        .requests()
        .iter()
        .filter(|q| q.path.starts_with("/telephony/config/locations/"))
        .map(|q| q.status)
        .collect();
    assert_eq!(adds, [429, 201, 201]);
    let reqs = rows(&r["requests"]);
    assert_eq!(reqs.iter().map(|q| q["numbers"].as_array().map(Vec::len)).collect::<Vec<_>>(), [Some(20), Some(2)]);
    assert!(reqs
        .iter()
        .all(|q| q["outcome"] == "added" && q["tracking_id"].as_str().is_some_and(|t| t.starts_with("FAKE_"))));

    // The cache: the 22, INACTIVE mobile numbers of Remote; nothing for the refused ones.
    let after = cached_mobile(&home);
    let new: Vec<&String> = after.iter().filter(|n| !before.contains(n)).collect();
    assert_eq!(new.len(), 22);
    assert!(!after.contains(&"+19005550100".to_string()));
    let listed = json(&home.run(&["numbers", "list", "--mobile", "--filter", "+1630555", "--json"], None));
    assert!(rows(&listed)
        .iter()
        .all(|n| n["location"] == "Remote" && n["state"] == "INACTIVE" && n["owner"].is_null()));
    let audit = json(&home.run(&["audit", "--json"], None));
    let adds: Vec<&Value> = rows(&audit).iter().filter(|a| a["action"] == "add mobile numbers").collect();
    assert_eq!(adds.len(), 2, "one entry per request");
    assert!(adds.iter().all(|a| a["details"].as_str().is_some_and(|d| d.contains("trackingId FAKE_"))));

    // A sync agrees (the cache held only what Webex has), and wxc-sdk reads the fake the same way.
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    assert_eq!(cached_mobile(&home), after);
    let remote = webex_id("LOCATION", "acme-2");
    let theirs = wxc_sdk(
        &h,
        &remote,
        r#"
nums = [n for n in api.telephony.phone_numbers(location_id=loc) if n.phone_number.startswith("+1630555")]
v = api.telephony.validate_phone_numbers(phone_numbers=["+19005550100", "+16305552000", "+16305559999"])
print(json.dumps({"added": [[n.phone_number, val(n.included_telephony_types), val(n.state)] for n in nums],
                  "validate": [val(s.state) for s in v.phone_numbers]}))
"#,
    );
    let added = theirs["added"].as_array().expect("list");
    assert_eq!(added.len(), 22);
    assert!(added.iter().all(|n| n[1] == "MOBILE_NUMBER" && n[2] == "INACTIVE"), "{theirs}");
    assert_eq!(theirs["validate"], serde_json::json!(["Unavailable", "Duplicate", "Available"]));
    h.assert_no_violations();
}

#[test]
fn mo03_a_request_webex_refuses_is_reported_with_its_tracking_id_and_none_of_it_is_cached() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let mut entry = fresh(21, 3000);
    let refused = format!("{CARRIER_REFUSES}0001");
    entry.insert(20, refused.clone()); // the second request: refused whole by the operator
    let out = home.run(&["numbers", "add-mobile", "--location", "Warehouse", &entry.join(",")], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(8), "{}", text(&out.stderr));
    let said = text(&out.stdout);
    assert!(said.contains("Request 1 of 2 (20 numbers): added, 20 added, trackingId FAKE_"), "{said}");
    assert!(said.contains("Request 2 of 2 (2 numbers): refused, 0 added. Webex refused POST"), "{said}");
    assert!(said.contains(&format!("{refused}: The mobile operator refused the number. (Not provisioned")), "{said}");
    assert!(said.contains("not added: Webex refused request 2 of 2: The mobile operator refused"), "{said}");
    assert!(said.contains("Added 20 mobile number(s) to Warehouse through Webex"), "{said}");
    assert!(text(&out.stderr).contains("2 number(s) were not added"), "{}", text(&out.stderr));
    let cached = cached_mobile(&home);
    assert!(entry[..20].iter().all(|n| cached.contains(n)));
    assert!(!cached.contains(&refused) && !cached.contains(&entry[21]), "nothing of the refused request");
    // wxc-sdk takes the fake's refusal (400, a list of per-number errors) as Webex's.
    let theirs = wxc_sdk(
        &h,
        &webex_id("LOCATION", "acme-1"),
        &format!(
            r#"
r = api.telephony.location.number.add(location_id=loc, phone_numbers=["{CARRIER_REFUSES}0002"],
                                      number_type=TelephoneNumberType.mobile)
print(json.dumps([[e.number, e.error_code, e.error_message] for e in r.errors]))
"#
        ),
    );
    assert_eq!(
        theirs,
        serde_json::json!([[format!("{CARRIER_REFUSES}0002"), "MOB-4017", "The mobile operator refused the number."]])
    );
    h.assert_no_violations();
}

#[test]
fn mo03_numbers_webex_leaves_out_of_an_accepted_request_are_shown_with_its_reason_and_not_cached() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let left_out = format!("{CARRIER_LEAVES_OUT}0001");
    let entry = ["+16305558000".to_string(), left_out.clone(), "+16305558001".to_string()].join(",");
    let out = home.run(&["numbers", "add-mobile", "--location", "Remote", &entry, "--json"], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(8), "{}", text(&out.stderr));
    let r = report(&out);
    assert_eq!((r["added"].as_u64(), r["rejected"].as_u64()), (Some(2), Some(1)), "{r}");
    let q = &rows(&r["requests"])[0];
    assert_eq!(q["outcome"], "partly added");
    assert_eq!(q["added"], serde_json::json!(["+16305558000", "+16305558001"]));
    let (state, reason) = state_of(&r, &left_out);
    assert_eq!(state, "Available", "Webex's validation said so; its add did not take it");
    assert!(reason.contains("not added: Webex says: The number is not in the operator's range"), "{reason}");
    let cached = cached_mobile(&home);
    assert!(cached.contains(&"+16305558000".to_string()) && !cached.contains(&left_out));
    let audit = json(&home.run(&["audit", "--json"], None));
    let add = rows(&audit).iter().find(|a| a["action"] == "add mobile numbers").expect("audited");
    assert!(add["details"].as_str().is_some_and(|d| d.contains(&format!("not added {left_out}"))), "{add}");
    // wxc-sdk reads the same answer the same way.
    let theirs = wxc_sdk(
        &h,
        &webex_id("LOCATION", "acme-2"),
        &format!(
            r#"
r = api.telephony.location.number.add(location_id=loc, phone_numbers=["+16305558002", "{CARRIER_LEAVES_OUT}0002"],
                                      number_type=TelephoneNumberType.mobile)
print(json.dumps([[e.number, e.error_code] for e in r.errors]))
"#
        ),
    );
    assert_eq!(theirs, serde_json::json!([[format!("{CARRIER_LEAVES_OUT}0002"), "MOB-4022"]]));
    h.assert_no_violations();
}

#[test]
fn mo03_check_asks_webex_and_adds_nothing() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let before = std::fs::read(home.db()).expect("db");
    let out = home.run(
        &[
            "numbers",
            "add-mobile",
            "--location",
            "Remote",
            "+16305554000,+19005550101,+16305554000",
            "--check",
            "--json",
        ],
        Some(CUSTOMER_TOKEN),
    );
    assert_eq!(out.status.code(), Some(8), "{}", text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let states: Vec<&str> = rows(&v).iter().filter_map(|n| n["state"].as_str()).collect();
    // The fake calls both copies of a repeated number Duplicate In List: Webex's word is shown.
    assert_eq!(states, ["Duplicate In List", "Unavailable", "Duplicate In List"]);
    assert_eq!(h.fake.count("POST", "/telephony/config/actions/validateNumbers/invoke"), 1);
    assert_eq!(h.fake.count("POST", "/telephony/config/locations/"), 0);
    assert_eq!(std::fs::read(home.db()).expect("db"), before);
    h.assert_no_violations();
}

#[test]
fn mo03_operator_accounts_are_control_hubs_so_a_real_organisation_names_the_location() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let before = std::fs::read(home.db()).expect("db");
    let out = home.run(&["numbers", "add-mobile", "--account", "ATT-884120", "+16305555000"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("exist only in Control Hub") && err.contains("Control Hub > Calling > Numbers"), "{err}");
    assert!(err.contains("--location NAME") && err.contains("Nothing was sent"), "{err}");
    let out = home.run(&["numbers", "add-mobile", "--location", "Atlantis", "+16305555000"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("Head Office, Remote, Warehouse") && err.contains("wxgo sync"), "{err}");
    // More than wxgo takes in one entry: refused whole before anything is sent.
    let many = fresh(101, 5000).join(",");
    let out = home.run(&["numbers", "add-mobile", "--location", "Remote", &many], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("MO03"));
    assert!(writes(&h).is_empty(), "{:?}", writes(&h));
    assert_eq!(std::fs::read(home.db()).expect("db"), before);
    // Naming the location where an account is asked for (the console's form) works the same way.
    let v =
        report(&home.run(
            &["numbers", "add-mobile", "--account", "Head Office", "+16305555001", "--json"],
            Some(CUSTOMER_TOKEN),
        ));
    assert_eq!((v["added"].as_u64(), v["location"].as_str()), (Some(1), Some("Head Office")));
    h.assert_no_violations();
}

#[test]
fn mo03_read_only_sends_nothing_not_even_the_validation() {
    let h = Conformant::start();
    let viewer = read_only_viewer(&h.fake, CUSTOMER_TOKEN);
    let role = Home::new(&h.base_url, "");
    let profile = Home::new(&h.base_url, "read_only = true\n");
    let flag = Home::new(&h.base_url, "");
    for (home, token) in [(&role, viewer), (&profile, CUSTOMER_TOKEN), (&flag, CUSTOMER_TOKEN)] {
        ok(&home.run(&["sync"], Some(token)));
    }
    let reads = h.fake.requests().len();
    for (home, token, pre) in
        [(&role, viewer, vec![]), (&profile, CUSTOMER_TOKEN, vec![]), (&flag, CUSTOMER_TOKEN, vec!["--read-only"])]
    {
        let before = std::fs::read(home.db()).expect("db");
        for (args, says) in [
            (vec!["numbers", "add-mobile", "--location", "Remote", "+16305556000"], "add mobile numbers"),
            (
                vec!["numbers", "add-mobile", "--location", "Remote", "+16305556000", "--check"],
                "validateNumbers is a POST",
            ),
            (vec!["numbers", "add-mobile", "--account", "ATT-1", "+16305556000"], "add mobile numbers"),
        ] {
            let mut a = pre.clone();
            a.extend(args);
            let out = home.run(&a, Some(token));
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(5), "{a:?}: {err}");
            assert!(err.contains("was not sent to Webex because") && err.contains(says), "{err}");
        }
        assert_eq!(std::fs::read(home.db()).expect("db"), before);
    }
    assert!(writes(&h).is_empty(), "only GET left the machine: {:?}", writes(&h));
    assert_eq!(h.fake.requests().len(), reads, "refused before anything was sent");
    h.assert_no_violations();
}

#[test]
fn mo03_the_console_adds_mobile_numbers_to_a_location_of_a_real_organisation_through_webex() {
    use wxgo::outside::clipboard::{Clipboard, Env, Mode};
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let opts = wxgo::service::Options::new(dir.path().join("acme.db"));
    let (svc, _) = first_sync(&opts, &h.base_url, CUSTOMER_TOKEN).expect("sync");
    let mut c = wxgo::tui::harness::Harness::new(svc, Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }));
    c.resize(120, 40);
    c.keys("3 N");
    // No operator accounts on a real organisation (Control Hub only): the location is asked.
    assert_eq!(c.overlay_title().as_deref(), Some("Add mobile numbers: location"), "{}", c.screen());
    assert_eq!(c.choices(), ["location:Head Office", "location:Remote", "location:Warehouse"]);
    c.press("down");
    c.press("enter");
    assert!(c.screen().contains("Its operator account is Control Hub's"), "{}", c.screen());
    c.type_text("+16305557000,+19005557001,+16305557000x");
    // Checked as typed from the copy only: nothing is sent before save.
    assert_eq!(h.fake.count("POST", "/telephony/"), 0);
    c.press("enter");
    assert_eq!(h.fake.count("POST", "/telephony/config/actions/validateNumbers/invoke"), 1);
    assert_eq!(h.fake.count("POST", "/telephony/config/locations/"), 1, "{}", c.message());
    let s = c.screen();
    assert!(s.contains("1 of 3 numbers added to Remote through Webex"), "{s}");
    assert!(s.contains("✓ +16305557000 · Available · added") && s.contains("✕ +19005557001 · Unavailable"), "{s}");
    assert!(c.message().contains("Remote: 1 added, 2 not added"), "{}", c.message());
    let cached = c.svc.numbers().list(true, "+16305557000", 0, 10).expect("numbers");
    assert_eq!(cached.len(), 1);
    assert_eq!((cached[0].location.as_str(), cached[0].state.as_str()), ("Remote", "INACTIVE"));
    h.assert_no_violations();
}
