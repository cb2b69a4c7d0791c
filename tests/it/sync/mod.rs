//! A real organisation through the `webex` backend (sign-in, sync, partners, the cache),
//! against the stateful fake Webex API with every request and answer checked by Stoplight Prism
//! (`Conformant`). The CLI tests run the real binary with XDG_CONFIG_HOME, XDG_DATA_HOME and
//! XDG_STATE_HOME in a temp dir.

mod scale;

use crate::fake_webex::home::*;

use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::webex_id;
use crate::fake_webex::{
    wait_until, DeviceStep, Inject, CLIENT_ID, CLIENT_SECRET, CUSTOMER_TOKEN, PARTNER_TOKEN, READ_ONLY_TOKEN,
};
use serde_json::Value;
use wxgo::outside::webex::{Secret, TokenSet, TokenStore};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{DeviceStatus, Options, Service};

#[test]
fn a_customer_org_syncs_through_prism_with_device_statuses_per_the_table() {
    let h = Conformant::start();
    h.fake.knobs().page_cap = 10;
    let acme = webex_id("ORGANIZATION", "acme");
    // Device 10 was `connected`; Webex now says `unknown`: shown as unknown, never guessed.
    assert!(h.fake.set_device_status(&webex_id("DEVICE", "acme-10"), "unknown"));
    let home = Home::new(&h.base_url, "");
    let trace = home.path().join("trace.log");
    let out = home.run(&["sync", "--trace", trace.to_str().expect("path")], Some(CUSTOMER_TOKEN));
    let report = ok(&out);
    assert!(report.contains("Synced Acme Corp"), "{report}");
    let err = text(&out.stderr);
    assert!(
        report.contains(
            "BroadWorks subscribers: not available to this token (GET /v1/broadworks/subscribers answered 403)"
        ),
        "{report}{err}"
    );
    assert!(
        report.contains("Admin audit events: not available to this token (GET /v1/adminAudit/events answered 403)"),
        "{report}"
    );

    let users = json(&home.run(&["users", "list", "--json"], None));
    assert_eq!(rows(&users).len(), 25);
    let u0 = rows(&users).iter().find(|u| u["email"] == "user0@acme.example").expect("user0");
    assert_eq!(u0["display_name"], "First0 Last0");
    assert_eq!(u0["primary_number"], "+14085550000000");
    assert_eq!(u0["calling_status"], "provisioned");
    assert_eq!(u0["device_status"], "online");

    let out = home.run(&["devices", "list", "--json"], None);
    let devices = json(&out);
    assert_eq!(rows(&devices).len(), 12);
    // connected 0,5 + connected_with_issues 1,6,11 -> online; disconnected 2,7 + offline_expired
    // 4,9 -> offline; activating 3,8 -> pending; unknown 10.
    assert_eq!(by_status(&devices, "online"), 5);
    assert_eq!(by_status(&devices, "offline"), 4);
    assert_eq!(by_status(&devices, "activation_pending"), 2);
    assert_eq!(by_status(&devices, "unknown"), 1);
    // `--status unknown` lists exactly the device Webex gave no status for.
    let unknown = json(&home.run(&["devices", "list", "--status", "unknown", "--json"], None));
    assert_eq!(rows(&unknown).len(), 1, "{unknown}");
    assert_eq!(rows(&unknown)[0]["status"], "unknown");
    let issues: Vec<&Value> =
        rows(&devices).iter().filter(|d| d["connection_status"] == "connected_with_issues").collect();
    assert_eq!(issues.len(), 3);
    assert!(issues.iter().all(|d| d["status"] == "online" && d["error_codes"][0] == "esimProfileNotActive"));
    assert!(rows(&devices).iter().all(|d| d["device_id"].as_str().is_some_and(|s| s.starts_with("go-"))));
    // The human list marks the warning and says "status unknown".
    let table = ok(&home.run(&["devices", "list"], None));
    assert!(table.contains("⚠ esimProfileNotActive") && table.contains("Status unknown"), "{table}");

    let numbers = json(&home.run(&["numbers", "list", "--json"], None));
    assert_eq!(rows(&numbers).len(), 40);
    let mobile = json(&home.run(&["numbers", "list", "--mobile", "--json"], None));
    assert_eq!(rows(&mobile).len(), 5, "classified from includedTelephonyTypes");
    // MO04: Webex lists a mobile number once its operator provisioned it: each has the badge.
    assert!(rows(&mobile).iter().all(|n| n["webex_mobile"] == true), "{mobile}");
    assert!(rows(&numbers).iter().filter(|n| n["kind"] == "standard").all(|n| n["webex_mobile"] == false));
    let subs = json(&home.run(&["subscriptions", "list", "--json"], None));
    assert_eq!(rows(&subs)[0]["id"], "Sub-acme");
    assert_eq!(rows(&subs)[0]["go_licences"], 1);

    // Every read says how old the data is, and the parts that were not available.
    let out = home.run(&["broadworks", "list", "--json"], None);
    assert_eq!(rows(&json(&out)).len(), 0);
    let err = text(&out.stderr);
    assert!(err.contains("Acme Corp · profile acme (webex) · as of") && err.contains("just now"), "{err}");
    assert!(err.contains("BroadWorks subscribers: not available"), "{err}");

    // The trace names requests, never the token.
    let t = std::fs::read_to_string(&trace).expect("trace");
    assert!(t.contains("GET /v1/people") && t.contains("GET /v1/devices"), "{t}");
    assert!(!t.contains(CUSTOMER_TOKEN));
    // WEBEX_TOKEN is never written to disk.
    assert!(!grep_dir(home.path(), CUSTOMER_TOKEN), "the token was written somewhere under the home");
    let integrity: String = rusqlite::Connection::open(home.db())
        .and_then(|c| c.query_row("PRAGMA integrity_check", [], |r| r.get(0)))
        .expect("integrity");
    assert_eq!(integrity, "ok");
    assert!(h.fake.count("GET", "/people") >= 3, "25 people in pages of 10");
    assert_eq!(h.fake.count("GET", "/organizations"), 1, "the org's name, once");
    let _ = acme;
    h.assert_no_violations();
}

fn grep_dir(dir: &Path, needle: &str) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else { return false };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            if grep_dir(&p, needle) {
                return true;
            }
        } else if std::fs::read(&p).is_ok_and(|b| b.windows(needle.len()).any(|w| w == needle.as_bytes())) {
            return true;
        }
    }
    false
}

#[test]
fn a_partner_lists_its_customers_and_switches_between_them() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    let orgs = json(&home.run(&["orgs", "--json"], Some(PARTNER_TOKEN)));
    let names: Vec<&str> = rows(&orgs).iter().filter_map(|o| o["name"].as_str()).collect();
    assert_eq!(names, ["Channel Partner Ltd", "Acme Corp", "Globex GmbH"]);
    assert!(rows(&orgs).iter().all(|o| o["synced_at"].is_null()));

    ok(&home.run(&["sync", "--org", "acme corp"], Some(PARTNER_TOKEN)));
    let globex = webex_id("ORGANIZATION", "globex");
    ok(&home.run(&["sync", "--org", &globex], Some(PARTNER_TOKEN)));
    let g = json(&home.run(&["users", "list", "--org", "Globex GmbH", "--json"], None));
    assert_eq!(rows(&g).len(), 8);
    let a = json(&home.run(&["users", "list", "--org", "Acme Corp", "--json"], None));
    assert_eq!(rows(&a).len(), 25);
    // Two organisations cached: choose one.
    let out = home.run(&["users", "list"], None);
    assert_eq!(out.status.code(), Some(4), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("--org"), "{}", text(&out.stderr));
    // A partner's token reads BroadWorks and the audit events. The API lists the subscribers of
    // every customer; Acme's copy keeps Acme's (its people's, and those of its enterprise).
    let bw = json(&home.run(&["broadworks", "list", "--org", "Acme Corp", "--json"], None));
    assert_eq!(rows(&bw).len(), 6, "{bw}");
    assert!(rows(&bw).iter().all(|s| s["broadworks_user_id"].as_str().is_some_and(|u| u.starts_with("bw-acme-"))));
    let bw = json(&home.run(&["broadworks", "list", "--org", "Globex GmbH", "--json"], None));
    assert!(rows(&bw).iter().all(|s| s["broadworks_user_id"].as_str().is_some_and(|u| u.starts_with("bw-globex-"))));
    assert!(rows(&bw).iter().any(|s| s["status"] == "error"));
    let audit = json(&home.run(&["audit", "--org", "Acme Corp", "--json"], None));
    assert_eq!(rows(&audit).len(), 5);
    assert!(rows(&audit).iter().all(|e| e["actor"] == "user0@acme.example"), "{audit}");
    let orgs = json(&home.run(&["orgs", "--json"], Some(PARTNER_TOKEN)));
    assert_eq!(rows(&orgs).iter().filter(|o| !o["synced_at"].is_null()).count(), 2);
    let out = home.run(&["sync", "--org", "Initech"], Some(PARTNER_TOKEN));
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("Acme Corp, Globex GmbH"), "{}", text(&out.stderr));
    h.assert_no_violations();
}

#[test]
fn actions_without_a_public_api_are_refused_with_where_in_control_hub_and_change_nothing() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let before = std::fs::read(home.db()).expect("db");
    let requests = h.fake.requests().len();
    for (args, words) in [
        (vec!["devices", "lost-stolen", "go-1"], "no public Webex API"),
        (vec!["phone", "activate", "ABCD-EFGH-JKLM"], "simulated only on the local backend"),
    ] {
        let out = home.run(&args, Some(CUSTOMER_TOKEN));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(3), "{args:?}: {err}");
        assert!(err.contains(words) && err.contains("Nothing was changed"), "{args:?}: {err}");
    }
    assert_eq!(h.fake.requests().len(), requests, "nothing was sent to Webex");
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing changed in the cache");
    // No SM-DP+ address is invented for a real organisation.
    let org = ok(&home.run(&["org"], None));
    assert!(org.contains("Control Hub only"), "{org}");
}

/// `wxgo --lang LANG ARGS` and the same with `--json` in `home`: (exit code, stderr, --json stdout).
fn said_in(home: &Home, lang: &str, args: &[&str], token: Option<&str>) -> (i32, String, String) {
    let mut plain = vec!["--lang", lang];
    plain.extend(args);
    let out = home.run(&plain, token);
    let mut with_json = vec!["--json", "--lang", lang];
    with_json.extend(args);
    let js = home.run(&with_json, token);
    assert_eq!(js.status.code(), out.status.code(), "{lang} {args:?}: --json exits otherwise");
    (out.status.code().unwrap_or(-1), text(&out.stderr), text(&js.stdout))
}

#[test]
fn a_stand_in_and_a_control_hub_only_refusal_say_who_does_it_and_where_in_the_language() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let before = std::fs::read(home.db()).expect("db");
    let requests = h.fake.requests().len();
    // The phone's side: who does it on a real organisation, with the command that shows it.
    let phone = ["phone", "activate", "ABCD-EFGH-JKLM-NPQR"];
    let (en_code, en, en_json) = said_in(&home, "en", &phone, Some(CUSTOMER_TOKEN));
    assert_eq!(en_code, 3, "{en}");
    assert!(en.contains("is the phone's side: on a real organisation the user does it on the phone"), "{en}");
    for (lang, who) in [
        (
            "de",
            "ist die Seite des Telefons: In einer echten Organisation erledigt das der Benutzer am Telefon, und \
                `wxgo sync` zeigt das Ergebnis",
        ),
        (
            "uk",
            "— це бік телефону: у справжній організації користувач робить це на телефоні, а `wxgo sync` показує \
                результат",
        ),
    ] {
        let (code, said, json) = said_in(&home, lang, &phone, Some(CUSTOMER_TOKEN));
        assert_eq!(code, en_code, "{lang}: {said}");
        assert!(said.contains(who) && said.contains("webex: "), "{lang}: {said}");
        assert!(!said.contains("phone's side"), "{lang}: English left: {said}");
        assert_eq!(json, en_json, "{lang}: --json is not English's");
    }
    // Lost/stolen has no public API: Control Hub's place with the help article's menu names.
    let lost = ["devices", "lost-stolen", "go-1"];
    let (en_code, en, en_json) = said_in(&home, "en", &lost, Some(CUSTOMER_TOKEN));
    assert_eq!(en_code, 3, "{en}");
    assert!(en.contains("Control Hub > Devices > the Webex Go device > Actions > Lost or stolen"), "{en}");
    for (lang, place) in [
        ("he", "Control Hub > התקנים > התקן Webex Go > פעולות > אבדו/נגנבו"),
        ("de", "Control Hub > Geräte > das Webex Go-Gerät > Aktionen > Verloren/Gestohlen"),
    ] {
        let (code, said, json) = said_in(&home, lang, &lost, Some(CUSTOMER_TOKEN));
        assert_eq!(code, en_code, "{lang}: {said}");
        assert!(said.contains(place) && said.contains("Control Hub only: "), "{lang}: {said}");
        assert!(!said.contains("Lost or stolen"), "{lang}: English left: {said}");
        assert_eq!(json, en_json, "{lang}: --json is not English's");
    }
    assert_eq!(h.fake.requests().len(), requests, "nothing was sent to Webex");
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing changed in the cache");
}

#[test]
fn a_profile_with_no_cache_yet_is_said_in_hebrew_and_german_with_exit_6_and_english_json() {
    // Nothing is asked of Webex: there is no copy to read.
    let home = Home::new("http://127.0.0.1:9/v1", "");
    let (en_code, en, en_json) = said_in(&home, "en", &["users", "list"], None);
    assert_eq!(en_code, 6, "{en}");
    let db = home.db().display().to_string();
    assert_eq!(
        en.trim_end(),
        format!(
            "error: profile \"acme\" has no copy of its organisation yet ({db} does not exist). Nothing was created. \
             Sign in with `wxgo login` (or set WEBEX_TOKEN), then run `wxgo sync`."
        )
    );
    for (lang, words) in [
        ("he", format!("שגיאה: לפרופיל \"acme\" עדיין אין עותק של הארגון שלו ({db} אינו קיים). דבר לא נוצר.")),
        ("de", format!("Fehler: Das Profil „acme“ hat noch keine Kopie seiner Organisation ({db} existiert nicht).")),
    ] {
        let (code, said, json) = said_in(&home, lang, &["users", "list"], None);
        assert_eq!(code, en_code, "{lang}: {said}");
        assert!(said.starts_with(&words), "{lang}: {said}");
        assert!(said.contains("`wxgo login`") && said.contains("`wxgo sync`"), "the commands as they run: {said}");
        assert_eq!(json, en_json, "{lang}: --json is not English's");
    }
    let v: serde_json::Value = serde_json::from_str(&en_json).unwrap_or_else(|e| panic!("{e}: {en_json}"));
    assert_eq!(v["error"]["kind"], "database", "{v}");
    assert!(!home.db().exists(), "nothing was created");
}

#[test]
fn a_read_only_admin_role_opens_read_only_and_says_why() {
    let h = Conformant::start();
    read_only_viewer(&h.fake, READ_ONLY_TOKEN);
    let home = Home::new(&h.base_url, "");
    let out = home.run(&["sync"], Some("viewer-token"));
    ok(&out);
    assert!(
        text(&out.stderr).contains("read-only: the signed-in administrator has a read-only role (id_readonly_admin)")
    );
    let who = json(&home.run(&["whoami", "--json"], Some("viewer-token")));
    assert_eq!(who["roles"][0], "id_readonly_admin");
    assert!(who["read_only_reason"].as_str().is_some_and(|r| r.contains("read-only role")));
    let out = home.run(&["devices", "delete", "go-1"], Some("viewer-token"));
    assert_eq!(out.status.code(), Some(5));
    assert!(
        text(&out.stderr).contains("was not sent to Webex because the signed-in administrator has a read-only role"),
        "{}",
        text(&out.stderr)
    );
    // A read-only profile says so too, whoever signs in.
    let home = Home::new(&h.base_url, "read_only = true\n");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let out = home.run(&["users", "list"], None);
    ok(&out);
    assert!(
        text(&out.stderr).contains("read-only: the profile \"acme\" is read-only (read_only = true in"),
        "{}",
        text(&out.stderr)
    );
    h.assert_no_violations();
}

#[test]
fn whoami_says_person_org_roles_and_token_and_never_the_token() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    let out = home.run(&["whoami", "--json"], Some(CUSTOMER_TOKEN));
    let v = json(&out);
    assert_eq!(v["email"], "user0@acme.example");
    assert_eq!(v["org"], "Acme Corp");
    assert_eq!(v["roles"][0], "id_full_admin");
    assert!(v["token"].as_str().is_some_and(|t| t.starts_with("static")));
    assert!(v["read_only_reason"].is_null());
    let human = ok(&home.run(&["whoami"], Some(CUSTOMER_TOKEN)));
    assert!(human.contains("Organisation: Acme Corp") && human.contains("id_full_admin"), "{human}");
    assert!(!human.contains(CUSTOMER_TOKEN) && !text(&out.stdout).contains(CUSTOMER_TOKEN));
    // --token-env names another variable; an unset one is a sign-in problem (exit 9).
    let mut c = home.cmd(&["whoami", "--token-env", "MY_TOKEN"]);
    let out = c.env("MY_TOKEN", CUSTOMER_TOKEN).output().expect("run");
    ok(&out);
    let out = home.run(&["whoami", "--token-env", "NOT_SET_ANYWHERE"], None);
    assert_eq!(out.status.code(), Some(9), "{}", text(&out.stderr));
    // A revoked token: exit 9 with what to do.
    h.fake.revoke(CUSTOMER_TOKEN);
    let out = home.run(&["whoami"], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(9), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("Put a new token in WEBEX_TOKEN"), "{}", text(&out.stderr));
    h.assert_no_violations();
}

#[test]
fn login_by_device_grant_stores_the_sign_in_in_a_private_file_and_says_so() {
    let h = Conformant::start();
    {
        let mut k = h.fake.knobs();
        k.device_interval = 1;
        k.device_steps = vec![DeviceStep::Pending, DeviceStep::Approve];
    }
    let home = Home::new(&h.base_url, "");
    let out = home.run(&["login"], None);
    ok(&out);
    let err = text(&out.stderr);
    assert!(
        err.contains("open https://oauth-helper.fake.example/verify") && err.contains("enter the code 10"),
        "{err}"
    );
    assert!(err.contains('▀') || err.contains('▄'), "a QR code of half blocks: {err}");
    let file = home.path().join("state/wxgo/tokens/acme.json");
    assert!(err.contains(&format!("kept in {}", file.display())), "{err}");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&file).expect("token file").permissions().mode() & 0o777, 0o600);
    assert!(err.contains("You are First0 Last0 <user0@acme.example> in Acme Corp"), "{err}");
    let stored = std::fs::read_to_string(&file).expect("read");
    let access: String =
        stored.split("\"access_token\":\"").nth(1).and_then(|s| s.split('"').next()).unwrap_or("").into();
    assert!(access.starts_with("at-"), "{stored}");
    assert!(!err.contains(&access) && !text(&out.stdout).contains(&access), "the token is never printed");
    // The stored sign-in is used without WEBEX_TOKEN.
    ok(&home.run(&["sync"], None));
    assert_eq!(rows(&json(&home.run(&["users", "list", "--json"], None))).len(), 25);
    // logout --purge: the sign-in and the cache are gone.
    ok(&home.run(&["logout", "--purge"], None));
    assert!(!file.exists() && !home.db().exists());
    let out = home.run(&["whoami"], None);
    assert_eq!(out.status.code(), Some(9));
    let out = home.run(&["users", "list"], None);
    assert_eq!(out.status.code(), Some(6));
    assert!(text(&out.stderr).contains("wxgo sync"), "{}", text(&out.stderr));
    h.assert_no_violations();
}

#[test]
fn login_declined_or_expired_says_so_and_stores_nothing() {
    let h = Conformant::start();
    h.fake.knobs().device_interval = 1;
    let home = Home::new(&h.base_url, "");
    for (steps, words) in
        [(vec![DeviceStep::Denied], "declined"), (vec![DeviceStep::Pending, DeviceStep::Expired], "expired")]
    {
        h.fake.knobs().device_steps = steps;
        let out = home.run(&["login", "--no-qr"], None);
        assert_eq!(out.status.code(), Some(9), "{}", text(&out.stderr));
        assert!(text(&out.stderr).contains(words), "{}", text(&out.stderr));
        assert!(!home.path().join("state/wxgo/tokens/acme.json").exists());
    }
    // Without the integration's secret, login says where to put it.
    let out = home.cmd(&["login"]).env_remove("FAKE_SECRET").output().expect("run");
    assert_eq!(out.status.code(), Some(9));
    assert!(text(&out.stderr).contains("FAKE_SECRET") && text(&out.stderr).contains("client_secret_file"));
}

#[test]
fn a_token_expiring_mid_sync_is_renewed_with_the_refresh_token() {
    let h = Conformant::start();
    h.fake.add_token("at-old", CUSTOMER_TOKEN, |_| {});
    h.fake.add_refresh_token("rt-old", "at-old");
    h.fake.knobs().page_cap = 5;
    h.fake.knobs().expire_after = Some(("at-old".into(), 4));
    let home = Home::new(&h.base_url, "");
    let store = TokenStore::with("acme", home.path().join("state/wxgo/tokens"), None).expect("store");
    let far = chrono::Utc::now() + chrono::Duration::hours(1);
    store
        .save(&TokenSet {
            access_token: Secret::new("at-old"),
            refresh_token: Some(Secret::new("rt-old")),
            expires_at: Some(far),
            refresh_expires_at: None,
            scopes: vec!["spark-admin:people_read".into(), "spark-admin:people_write".into()],
        })
        .expect("save");
    ok(&home.run(&["sync"], None));
    assert_eq!(h.fake.count("POST", "/access_token"), 1, "renewed once");
    assert_eq!(rows(&json(&home.run(&["users", "list", "--json"], None))).len(), 25);
    let saved = std::fs::read_to_string(home.path().join("state/wxgo/tokens/acme.json")).expect("tokens");
    assert!(!saved.contains("at-old"), "the renewed token was saved back");
    h.assert_no_violations();
}

#[test]
fn starting_offline_reads_the_cache_with_its_age() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    drop(h); // the API is gone: nothing listens there any more
    let out = home.cmd(&["devices", "list", "--json"]).env("WXGO_NOW", "2026-12-01T12:00:00Z").output().expect("run");
    assert_eq!(rows(&json(&out)).len(), 12);
    let err = text(&out.stderr);
    assert!(err.contains("as of ") && err.contains("3 h ago"), "{err}");
    for args in [
        ["users", "show", "user3@acme.example"].as_slice(),
        &["devices", "show", "go-1"],
        &["audit"],
        &["subscriptions", "list"],
    ] {
        ok(&home.run(args, None));
    }
    // A sync now cannot reach Webex: exit 10, and the cache keeps its copy.
    let out = home.run(&["sync"], Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(10), "{}", text(&out.stderr));
    assert_eq!(rows(&json(&home.run(&["users", "list", "--json"], None))).len(), 25);
}

fn snapshot(db: &Path) -> (Vec<String>, Vec<String>, String) {
    let c = rusqlite::Connection::open(db).expect("open");
    let names = c
        .prepare("SELECT display_name FROM users ORDER BY id")
        .and_then(|mut s| s.query_map([], |r| r.get(0)).and_then(|r| r.collect()))
        .expect("names");
    let statuses = c
        .prepare("SELECT coalesce(connection_status, '') FROM devices ORDER BY id")
        .and_then(|mut s| s.query_map([], |r| r.get(0)).and_then(|r| r.collect()))
        .expect("statuses");
    let integrity = c.query_row("PRAGMA integrity_check", [], |r| r.get(0)).expect("integrity");
    (names, statuses, integrity)
}

fn rename_everyone(h: &Conformant) {
    let acme = webex_id("ORGANIZATION", "acme");
    let mut w = h.fake.world();
    let d = w.data.get_mut(&acme).expect("acme");
    for p in &mut d.people {
        p.display_name = format!("{} (new)", p.display_name);
    }
    for dev in &mut d.devices {
        dev.connection_status = "connected".into();
    }
}

#[test]
fn kill_9_mid_sync_leaves_the_old_snapshot_or_the_new_never_a_mix() {
    let h = Conformant::start();
    h.fake.knobs().page_cap = 5;
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let old = snapshot(&home.db());
    assert_eq!(old.2, "ok");
    rename_everyone(&h);
    // Killed while fetching (SIGKILL from outside, once the fake has answered some requests).
    h.fake.knobs().latency = Duration::from_millis(100);
    let seen = h.fake.requests().len();
    let mut child = home.cmd(&["sync"]).env("WEBEX_TOKEN", CUSTOMER_TOKEN).spawn().expect("spawn");
    assert!(wait_until(Duration::from_secs(30), || h.fake.requests().len() >= seen + 4), "the sync started");
    child.kill().expect("kill -9");
    let _ = child.wait();
    assert_eq!(snapshot(&home.db()), old, "the old snapshot, whole");
    h.fake.knobs().latency = Duration::ZERO;
    // Killed inside the snapshot's transaction, just before its commit.
    let out = home
        .cmd(&["sync"])
        .env("WEBEX_TOKEN", CUSTOMER_TOKEN)
        .env("WXGO_TEST_CRASH_AT", "sync:before-commit")
        .output()
        .expect("run");
    assert!(!out.status.success());
    assert_eq!(snapshot(&home.db()), old, "the old snapshot, whole");
    let out = home.run(&["users", "list"], None);
    assert!(text(&out.stderr).contains("a later sync did not finish"), "{}", text(&out.stderr));
    // The next sync lands the new one, whole.
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let new = snapshot(&home.db());
    assert_eq!(new.2, "ok");
    assert!(new.0.iter().all(|n| n.ends_with("(new)")) && new.1.iter().all(|s| s == "connected"));
    assert_eq!(new.0.len(), old.0.len());
}

#[test]
fn a_device_going_online_shows_after_the_next_poll_and_sync() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let opts = Options::new(dir.path().join("c.db"));
    let never = AtomicBool::new(false);
    let (mut svc, _) = first_sync(&opts, &h.base_url, CUSTOMER_TOKEN).expect("sync");
    assert_eq!(svc.poll_interval(), Some(Duration::from_secs(30)));
    let pending = svc.devices().list(Some(DeviceStatus::ActivationPending), "", 0, 100).expect("devices");
    assert_eq!(pending.len(), 2);
    let target = pending[0].clone();
    let wid = target.webex_id.clone().expect("webex id");
    assert_eq!(target.connection_status.as_deref(), Some("activating"));
    assert!(h.fake.set_device_status(&wid, "connected"));
    let report = svc.poll().expect("poll");
    assert_eq!((report.devices_changed, report.devices_new), (1, 0));
    let now = svc.devices().get(&target.device_id).expect("device");
    assert_eq!(now.status, DeviceStatus::Online);
    assert_eq!(now.device_id, target.device_id, "the same local id");
    assert_eq!(svc.poll().expect("poll again").devices_changed, 0);
    // A sync agrees, and keeps every local id.
    let ids: Vec<String> =
        svc.devices().list(None, "", 0, 100).expect("all").into_iter().map(|d| d.device_id).collect();
    svc.sync(false, &mut |_| {}, &never).expect("sync");
    let after: Vec<String> =
        svc.devices().list(None, "", 0, 100).expect("all").into_iter().map(|d| d.device_id).collect();
    assert_eq!(ids, after);
    assert_eq!(svc.devices().get(&target.device_id).expect("device").status, DeviceStatus::Online);
    let age = svc.data_as_of().expect("age").expect("webex");
    assert!(age.words.starts_with("as of ") && !age.sync_unfinished, "{age:?}");
    assert!(age.notes.iter().any(|n| n.starts_with("BroadWorks subscribers: not available")), "{age:?}");
    let choices = svc.webex_orgs().expect("orgs");
    assert_eq!(choices.len(), 1, "a customer's token manages its own org only");
    assert!(choices[0].synced_at.is_some());
    h.assert_no_violations();
}

#[test]
fn throttling_and_server_errors_during_a_sync_are_waited_out() {
    let h = Conformant::start();
    h.fake.knobs().page_cap = 10;
    h.fake.inject("people", Inject::TooMany(None));
    h.fake.inject("devices", Inject::Status(503));
    h.fake.inject("telephony/config/numbers", Inject::TooMany(Some(0)));
    h.fake.inject("licenses", Inject::Status(502));
    let dir = tempfile::tempdir().expect("tmp");
    let opts = Options::new(dir.path().join("c.db"));
    let never = AtomicBool::new(false);
    let mut seen = Vec::new();
    let (svc, report) = Service::sync_new(
        &opts,
        side(&h.base_url, CUSTOMER_TOKEN),
        clock(),
        &SyncOptions::default(),
        &mut |p| seen.push(p.phase),
        &never,
    )
    .expect("sync");
    assert_eq!(svc.people().count("").expect("count"), 25);
    assert_eq!(svc.devices().count(None, "").expect("count"), 12);
    assert_eq!(svc.numbers().count(false, "").expect("count"), 40);
    assert!(report.parts.iter().any(|p| p.resource == "licences" && p.items == 2));
    assert!(seen.first() == Some(&wxgo::service::sync::SyncPhase::Fetching));
    assert_eq!(seen.last(), Some(&wxgo::service::sync::SyncPhase::Done));
    assert!(h.fake.max_in_flight() <= 8, "at most 8 requests in flight: {}", h.fake.max_in_flight());
    assert!(h.fake.requests().iter().any(|r| r.status == 429) && h.fake.requests().iter().any(|r| r.status == 503));
    h.assert_no_violations();
}

#[test]
fn a_cancelled_sync_keeps_the_last_complete_state_and_a_first_sync_shows_its_first_page_at_once() {
    let h = Conformant::start();
    h.fake.knobs().page_cap = 10;
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("c.db");
    let opts = Options::new(&db);
    // First sync, cancelled after the first page of people: that page is in the cache already.
    let cancel = AtomicBool::new(false);
    let mut users_while_syncing = None;
    let r = Service::sync_new(
        &opts,
        side(&h.base_url, CUSTOMER_TOKEN),
        clock(),
        &SyncOptions::default(),
        &mut |p| {
            if p.counts.get("people").copied().unwrap_or(0) >= 10 && users_while_syncing.is_none() {
                let c = rusqlite::Connection::open(&db).expect("reader");
                users_while_syncing = c.query_row("SELECT count(*) FROM users", [], |r| r.get::<_, i64>(0)).ok();
                cancel.store(true, Ordering::Relaxed);
            }
        },
        &cancel,
    );
    let e = r.err().expect("cancelled");
    assert_eq!(e.rule_id(), Some("cancelled"), "{e}");
    assert_eq!(users_while_syncing, Some(10), "the first page was listed while the sync ran");
    let svc = Service::open_webex(&opts, side(&h.base_url, CUSTOMER_TOKEN), clock()).expect("open");
    let age = svc.data_as_of().expect("age").expect("webex");
    assert!(age.synced_at.is_none() && age.words.contains("first sync has not finished"), "{age:?}");
    drop(svc);
    // A complete sync, then a cancelled one: the complete one stays.
    let (mut svc, _) = first_sync(&opts, &h.base_url, CUSTOMER_TOKEN).expect("sync");
    rename_everyone(&h);
    let cancel = AtomicBool::new(false);
    let e = svc
        .sync(
            false,
            &mut |p| {
                if p.pages >= 2 {
                    cancel.store(true, Ordering::Relaxed)
                }
            },
            &cancel,
        )
        .expect_err("cancelled");
    assert_eq!(e.rule_id(), Some("cancelled"));
    let users = svc.people().list("", 0, 100).expect("users");
    assert_eq!(users.len(), 25);
    assert!(users.iter().all(|u| !u.display_name.ends_with("(new)")));
    assert!(svc.data_as_of().expect("age").expect("webex").synced_at.is_some());
}

#[test]
fn names_from_the_api_are_untrusted_text() {
    let h = Conformant::start();
    let acme = webex_id("ORGANIZATION", "acme");
    {
        let mut w = h.fake.world();
        let p = &mut w.data.get_mut(&acme).expect("acme").people[2];
        p.display_name = "Eve\u{1b}]0;pwned\u{7}\u{202e}Evil\nName".into();
    }
    let dir = tempfile::tempdir().expect("tmp");
    let never = AtomicBool::new(false);
    let (svc, _) = Service::sync_new(
        &Options::new(dir.path().join("c.db")),
        side(&h.base_url, CUSTOMER_TOKEN),
        clock(),
        &SyncOptions::default(),
        &mut |_| {},
        &never,
    )
    .expect("sync");
    let u = svc.people().get("user2@acme.example").expect("user");
    assert!(!u.display_name.chars().any(|c| c.is_control() || c == '\u{202e}'), "{:?}", u.display_name);
    assert!(u.display_name.contains("Evil Name"), "{:?}", u.display_name);
}

#[test]
fn a_bad_profile_names_the_file_and_the_key_and_no_profile_is_the_local_database() {
    let home = Home::new("http://127.0.0.1:9/v1", "read-only = true\n");
    let out = home.run(&["users", "list"], None);
    assert_eq!(out.status.code(), Some(4));
    let err = text(&out.stderr);
    assert!(err.contains("config.toml") && err.contains("read-only"), "{err}");
    std::fs::write(
        home.path().join("config/wxgo/config.toml"),
        "default_profile = \"acme\"\n[profiles.acme]\nbackend = \"webex\"\n",
    )
    .expect("config");
    let out = home.run(&["--profile", "nope", "users", "list"], None);
    assert!(text(&out.stderr).contains("no profile \"nope\""), "{}", text(&out.stderr));
    // Never signed in and no WEBEX_TOKEN: sign-in needed (9), nothing created.
    let out = home.run(&["sync"], None);
    assert_eq!(out.status.code(), Some(9), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("wxgo login"), "{}", text(&out.stderr));
    assert!(!home.db().exists());
    let out = home.run(&["users", "list"], None);
    assert_eq!(out.status.code(), Some(6), "no cache yet: {}", text(&out.stderr));
    // --demo ignores profiles: the demo as ever.
    let out = home.run(&["--demo", "users", "list", "--json"], None);
    assert!(rows(&json(&out)).len() > 10);
    // A config without profiles: the local database as ever (and login says how to add one).
    std::fs::write(home.path().join("config/wxgo/config.toml"), "print_command = \"\"\n").expect("config");
    let out = home.run(&["login"], None);
    assert_eq!(out.status.code(), Some(4));
    assert!(text(&out.stderr).contains("backend = \"webex\""), "{}", text(&out.stderr));
}

#[test]
fn schema_3_keeps_a_local_database_devices_and_codes() {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("old.db");
    {
        let c = rusqlite::Connection::open(&db).expect("open");
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/store");
        for f in ["schema.sql", "schema_2.sql"] {
            c.execute_batch(&std::fs::read_to_string(root.join(f)).expect("schema")).expect("apply");
        }
        c.execute_batch(
            "PRAGMA application_id = 2004379503; PRAGMA user_version = 2;
             INSERT INTO orgs (id, name, country, smdp_address, created_at) VALUES (1, 'Old', 'US', 'smdp.example', '2026-01-01T00:00:00Z');
             INSERT INTO locations (id, org_id, name, country) VALUES (1, 1, 'HQ', 'US');
             INSERT INTO users (id, org_id, email, display_name, location_id, created_at, changed_at)
                VALUES (1, 1, 'a@old.example', 'A', 1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO subscriptions (id, org_id, go_licences) VALUES ('Sub-1', 1, 5);
             INSERT INTO devices (id, org_id, user_id, subscription_id, kind, status, created_at, changed_at)
                VALUES (7, 1, 1, 'Sub-1', 'byod', 'activation_pending', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z');
             INSERT INTO activation_codes (device_id, code_hash, state, issued_at, expires_at)
                VALUES (7, 'h', 'valid', '2026-01-01T00:00:00Z', '2027-01-01T00:00:00Z');
             INSERT INTO sqlite_sequence (name, seq) SELECT 'devices', 9 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'devices');
             UPDATE sqlite_sequence SET seq = 9 WHERE name = 'devices';",
        )
        .expect("seed");
    }
    let conn = wxgo::testing::open(&db, false).expect("migrated");
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).expect("v");
    assert_eq!(version, wxgo::testing::SCHEMA_VERSION);
    let codes: i64 =
        conn.query_row("SELECT count(*) FROM activation_codes WHERE device_id = 7", [], |r| r.get(0)).expect("codes");
    assert_eq!(codes, 1, "the rebuild of devices did not cascade into its codes");
    let seq: i64 =
        conn.query_row("SELECT seq FROM sqlite_sequence WHERE name = 'devices'", [], |r| r.get(0)).expect("seq");
    assert_eq!(seq, 9, "a deleted device's id stays unused");
    let fk: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0)).expect("fk");
    assert_eq!(fk, 0);
    conn.execute("UPDATE devices SET status = 'unknown' WHERE id = 7", []).expect("unknown is a status now");
}

#[test]
fn the_console_service_picks_a_partners_customer_syncs_and_switches() {
    let h = Conformant::start();
    let dir = tempfile::tempdir().expect("tmp");
    let opts = Options::new(dir.path().join("c.db"));
    let never = AtomicBool::new(false);
    let (mut svc, report) = first_sync(&opts, &h.base_url, PARTNER_TOKEN).expect("the partner's own organisation");
    assert_eq!(report.org, "Channel Partner Ltd");
    assert_eq!(svc.backend(), wxgo::outside::profiles::BackendKind::Webex);
    assert_eq!(svc.profile().map(|p| p.name.as_str()), Some("acme"));
    let choices = svc.webex_orgs().expect("orgs");
    assert_eq!(choices.len(), 3);
    assert_eq!(choices.iter().filter(|c| c.synced_at.is_some()).count(), 1);
    let e = svc.switch_org("Globex GmbH").expect_err("not cached yet");
    assert!(e.to_string().contains("wxgo sync --org"), "{e}");
    let mut phases = 0;
    svc.sync_org(Some("Globex GmbH"), false, &mut |_| phases += 1, &never).expect("sync globex");
    assert!(phases > 3);
    assert_eq!(svc.org().name, "Globex GmbH");
    assert_eq!(svc.people().count("").expect("count"), 8);
    svc.switch_org("Channel Partner Ltd").expect("cached");
    assert_eq!(svc.people().count("").expect("count"), 1);
    svc.switch_org(&webex_id("ORGANIZATION", "globex")).expect("by id");
    assert_eq!(svc.org().name, "Globex GmbH");
    assert!(!svc.data_as_of().expect("age").expect("webex").sync_unfinished);
    h.assert_no_violations();
}

#[test]
fn the_device_grant_through_the_router_slows_down_when_told_with_the_scopes_login_asks_for() {
    use wxgo::outside::webex::auth::{system_now, Sleeper};
    use wxgo::outside::webex::{DeviceFlow, OAuthApp};
    let h = Conformant::start();
    {
        let mut k = h.fake.knobs();
        k.device_interval = 2;
        k.device_steps = vec![DeviceStep::Pending, DeviceStep::SlowDown, DeviceStep::Approve];
    }
    let slept = Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = slept.clone();
    let sleeper: Sleeper = Arc::new(move |d| -> futures::future::BoxFuture<'static, ()> {
        log.lock().unwrap_or_else(|p| p.into_inner()).push(d);
        Box::pin(async {})
    });
    let app = OAuthApp {
        client_id: CLIENT_ID.into(),
        client_secret: Secret::new(CLIENT_SECRET),
        oauth_base: h.base_url.clone(),
    };
    let http = reqwest::Client::builder().no_proxy().build().expect("http");
    let flow = DeviceFlow::new(app, http, sleeper, system_now());
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
    let mut scopes = wxgo::cli::webex::READ_SCOPES.to_vec();
    scopes.extend_from_slice(wxgo::cli::webex::WRITE_SCOPES);
    let auth = rt.block_on(flow.start(&scopes)).expect("authorize");
    let tokens = rt.block_on(flow.poll(&auth)).expect("signed in");
    assert!(tokens.refresh_token.is_some());
    let waits: Vec<u64> = slept.lock().unwrap_or_else(|p| p.into_inner()).iter().map(|d| d.as_secs()).collect();
    assert_eq!(waits, [2, 2, 7], "the interval grows by 5 s after slow_down");
}
