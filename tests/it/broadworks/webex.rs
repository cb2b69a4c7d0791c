//! BroadWorks subscribers on a real organisation (a partner's customer): BW04's retry,
//! delete and change package go to the Webex API first, through Prism against
//! webex-broadworks.json; only what Webex accepted reaches the cache, with the trackingId in the
//! audit. The status Webex gives decides (BW04), a non-partner token is told which role and scopes
//! are missing, Webex's refusals are shown in its words (sanitised) with the trackingId, and
//! read-only sends nothing.

use crate::fake_webex;

use std::sync::atomic::AtomicBool;

use crate::fake_webex::home::*;
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::webex_id;
use crate::fake_webex::{Inject, PARTNER_TOKEN};
use serde_json::Value;
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{Options, Service};
use wxgo::tui::harness::Harness;

/// A home with Acme Corp (a partner's customer) synced by the partner.
fn partner_home(h: &Conformant, extra: &str) -> Home {
    let home = Home::new(&h.base_url, extra);
    ok(&home.run(&["sync", "--org", "Acme Corp"], Some(PARTNER_TOKEN)));
    home
}

/// The service on a cache of Acme Corp synced by the partner (the console's and the poll's way).
fn partner_service(h: &Conformant) -> (Service, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tmp");
    let opts = Options::new(dir.path().join("acme.db"));
    let customer = SyncOptions { org: Some("Acme Corp".into()), full: false };
    let never = AtomicBool::new(false);
    let (svc, _) = Service::sync_new(&opts, side(&h.base_url, PARTNER_TOKEN), clock(), &customer, &mut |_| {}, &never)
        .expect("sync");
    (svc, dir)
}

fn subscriber<'a>(list: &'a Value, id: &str) -> Option<&'a Value> {
    rows(list).iter().find(|s| s["broadworks_user_id"] == id)
}

/// The fake's subscriber with this BroadWorks user id (Webex's side).
fn at_webex(h: &Conformant, user_id: &str) -> Option<fake_webex::world::Subscriber> {
    h.fake.world().data.values().flat_map(|d| d.subscribers.iter()).find(|s| s.user_id == user_id).cloned()
}

fn writes(h: &Conformant) -> Vec<String> {
    h.fake.requests().iter().filter(|r| r.method != "GET").map(|r| format!("{} {}", r.method, r.path)).collect()
}

fn audit_details(home: &Home, action: &str) -> Vec<String> {
    let audit = json(&home.run(&["audit", "--json"], None));
    rows(&audit)
        .iter()
        .filter(|a| a["action"] == action)
        .filter_map(|a| a["details"].as_str().map(String::from))
        .collect()
}

#[test]
fn bw04_a_retry_with_an_email_prechecks_provisions_again_and_ends_provisioned() {
    let h = Conformant::start();
    let home = partner_home(&h, "");
    let old_id = webex_id("SUBSCRIBER", "acme-1");
    assert_eq!(at_webex(&h, "bw-acme-1").map(|s| s.status), Some("pending_email_input".into()));

    let v = json(&home.run(
        &["broadworks", "retry", "bw-acme-1", "--email", " Ana.New@Acme.Example ", "--json"],
        Some(PARTNER_TOKEN),
    ));
    let row = &rows(&v)[0];
    // BW03: provisioning has started; that alone is not success.
    assert_eq!(row["status"], "provisioning", "{row}");
    assert_eq!(row["email"], "ana.new@acme.example");
    // The precheck with the email, then removed and provisioned again with it (the update of the
    // spec carries no email).
    assert_eq!(h.fake.count("GET", "/broadworks/subscribers/"), 1, "read fresh first");
    assert_eq!(h.fake.count("POST", "/broadworks/subscribers/validate"), 1);
    assert_eq!(h.fake.count("DELETE", "/broadworks/subscribers/"), 1);
    assert_eq!(h.fake.count("POST", "/broadworks/subscribers"), 2, "the precheck and the provisioning");
    assert_eq!(h.fake.count("PUT", "/broadworks/"), 0);
    let webex = at_webex(&h, "bw-acme-1").expect("provisioned again");
    assert_ne!(webex.id, old_id);
    assert_eq!(webex.email.as_deref(), Some("ana.new@acme.example"));
    assert_eq!((webex.sp_enterprise_id.as_str(), webex.provisioning_id.as_str()), ("Ent-acme", "Prov-acme"));
    assert_eq!(webex.org_id, webex_id("ORGANIZATION", "acme"), "in the same customer");
    let details = audit_details(&home, "BroadWorks retry activation");
    assert_eq!(details.len(), 1, "{details:?}");
    assert!(details[0].contains("email ana.new@acme.example") && details[0].contains("removed (trackingId FAKE_"));
    assert!(details[0].contains("; trackingId FAKE_"), "{details:?}");

    // Webex's flow completes; the next sync shows it.
    assert!(h.fake.set_subscriber_status(&webex.id, "provisioned"));
    ok(&home.run(&["sync", "--org", "Acme Corp"], Some(PARTNER_TOKEN)));
    let list = json(&home.run(&["broadworks", "list", "--json"], None));
    let s = subscriber(&list, "bw-acme-1").expect("listed");
    assert_eq!((s["status"].as_str(), s["email"].as_str()), (Some("provisioned"), Some("ana.new@acme.example")));
    h.assert_no_violations();
}

#[test]
fn bw04_a_retry_through_the_service_ends_provisioned_on_the_consoles_poll() {
    let h = Conformant::start();
    let (mut svc, _dir) = partner_service(&h);
    let row = svc.broadworks().retry("bw-acme-5", "bo@acme.example").expect("retried");
    assert_eq!(row.status.as_str(), "provisioning");
    let webex = at_webex(&h, "bw-acme-5").expect("at Webex");
    assert!(h.fake.set_subscriber_status(&webex.id, "provisioned"));
    let polled = svc.poll().expect("poll");
    assert_eq!(polled.subscribers_changed, 1);
    assert_eq!(svc.broadworks().get("bw-acme-5").expect("row").status.as_str(), "provisioned");
    // An email Webex's precheck refuses: Webex's words, nothing removed, nothing changed.
    let out = svc.broadworks().retry("bw-acme-2", "bo@acme.example").expect_err("email in use");
    assert!(out.to_string().contains("already in use") && out.to_string().contains("trackingId"), "{out}");
    assert!(at_webex(&h, "bw-acme-2").is_some_and(|s| s.id == webex_id("SUBSCRIBER", "acme-2")));
    h.assert_no_violations();
}

#[test]
fn bw04_a_retry_webex_refuses_after_removing_the_subscriber_says_so_plainly() {
    let h = Conformant::start();
    let home = partner_home(&h, "");
    h.fake.world().bw_provision_refusal = Some((400, "The customer template \u{1b}]0;x\u{7}is disabled.".into()));
    let out = home.run(&["broadworks", "retry", "bw-acme-5", "--email", "dee@acme.example"], Some(PARTNER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("did not finish") && err.contains("Webex removed the subscriber (trackingId FAKE_"), "{err}");
    assert!(err.contains("The customer template") && err.contains("is disabled"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "sanitised: {err:?}");
    assert!(err.contains("no longer in Webex nor in wxgo's copy"), "{err}");
    assert!(err.contains("BroadWorks user id bw-acme-5, enterprise Ent-acme, provisioning id Prov-acme"), "{err}");
    assert!(at_webex(&h, "bw-acme-5").is_none());
    let list = json(&home.run(&["broadworks", "list", "--json"], None));
    assert!(subscriber(&list, "bw-acme-5").is_none(), "the copy follows Webex");
    let details = audit_details(&home, "BroadWorks retry activation");
    assert!(details.len() == 1 && details[0].contains("provisioning was refused"), "{details:?}");
    assert!(details[0].contains("trackingId FAKE_") && !details[0].contains('\u{1b}'), "{details:?}");
    h.assert_no_violations();
}

#[test]
fn bw04_delete_and_change_package_go_to_webex_and_the_status_webex_gives_decides() {
    let h = Conformant::start();
    let home = partner_home(&h, "");
    let v = json(&home.run(&["broadworks", "package", "bw-acme-5", "premium", "--json"], Some(PARTNER_TOKEN)));
    assert_eq!(rows(&v)[0]["package"], "premium");
    assert_eq!(h.fake.count("PUT", "/broadworks/subscribers/"), 1);
    assert_eq!(at_webex(&h, "bw-acme-5").map(|s| s.package), Some("premium".into()));

    let out = home.run(&["broadworks", "delete", "bw-acme-2"], Some(PARTNER_TOKEN));
    assert!(ok(&out).contains("Deleted the BroadWorks subscriber bw-acme-2"));
    assert_eq!(h.fake.count("DELETE", "/broadworks/subscribers/"), 1);
    assert!(at_webex(&h, "bw-acme-2").is_none(), "gone at Webex");
    let list = json(&home.run(&["broadworks", "list", "--json"], None));
    assert!(subscriber(&list, "bw-acme-2").is_none(), "gone from the cache");
    for action in ["BroadWorks change package", "BroadWorks delete user"] {
        let d = audit_details(&home, action);
        assert!(d.len() == 1 && d[0].contains("trackingId FAKE_"), "{action}: {d:?}");
    }

    // A provisioned subscriber (BW04), and one Webex moved on since the copy was made: refused
    // with the status Webex gives; only the reads were sent.
    let sent = writes(&h);
    let out = home.run(&["broadworks", "delete", "bw-acme-0"], Some(PARTNER_TOKEN));
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("BW04") && text(&out.stderr).contains("Provisioned"));
    assert!(h.fake.set_subscriber_status(&webex_id("SUBSCRIBER", "acme-1"), "provisioned"));
    let before = std::fs::read(home.db()).expect("db");
    let out = home.run(&["broadworks", "package", "bw-acme-1", "basic"], Some(PARTNER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("Webex says bw-acme-1 is Provisioned") && err.contains("wxgo's copy said"), "{err}");
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing changed in the cache");
    assert_eq!(writes(&h), sent, "nothing but GET");
    h.assert_no_violations();
}

#[test]
fn a_token_without_the_partner_role_is_told_which_role_and_scopes() {
    let h = Conformant::start();
    let home = partner_home(&h, "");
    h.fake.add_token("not-a-partner", PARTNER_TOKEN, |g| g.partner = false);
    let before = std::fs::read(home.db()).expect("db");
    for args in [
        vec!["broadworks", "delete", "bw-acme-2"],
        vec!["broadworks", "package", "bw-acme-2", "basic"],
        vec!["broadworks", "retry", "bw-acme-2", "--email", "cy@acme.example"],
    ] {
        let out = home.run(&args, Some("not-a-partner"));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(9), "{args:?}: {err}");
        assert!(err.contains("partner full administrator") && err.contains("spark-admin:broadworks_subscribers_write"));
        assert!(err.contains("403") && err.contains("trackingId"), "{err}");
    }
    assert!(writes(&h).is_empty(), "{:?}", writes(&h));
    assert_eq!(std::fs::read(home.db()).expect("db"), before);
    assert!(at_webex(&h, "bw-acme-2").is_some());
    // A fake that answers non-partners 404 instead: the message still says it may be the sign-in.
    h.fake.knobs().non_partner_status = 404;
    let out = home.run(&["broadworks", "delete", "bw-acme-2"], Some("not-a-partner"));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("not a partner administrator") && err.contains("spark-admin:broadworks_subscribers_write"));
    h.assert_no_violations();
}

#[test]
fn a_partner_scope_refusal_is_said_in_german_and_ukrainian_with_the_button_and_the_scopes_as_they_are() {
    let h = Conformant::start();
    let home = partner_home(&h, "");
    h.fake.add_token("not-a-partner", PARTNER_TOKEN, |g| g.partner = false);
    let before = std::fs::read(home.db()).expect("db");
    let run = |lang: &str, json: bool| {
        let mut args = vec!["--lang", lang];
        if json {
            args.push("--json");
        }
        args.extend(["broadworks", "delete", "bw-acme-2"]);
        let out = home.run(&args, Some("not-a-partner"));
        (out.status.code().unwrap_or(-1), text(&out.stderr), text(&out.stdout))
    };
    let scopes = "spark-admin:broadworks_subscribers_read";
    let (en_code, en, _) = run("en", false);
    assert_eq!(en_code, 9, "{en}");
    assert!(en.contains(&format!("Delete user needs a partner full administrator's sign-in with the scopes {scopes}")));
    let (_, _, en_json) = run("en", true);
    let (code, said, _) = run("de", false);
    assert_eq!(code, en_code, "{said}");
    assert!(
        said.contains(&format!(
            "„Benutzer löschen“ braucht die Anmeldung eines Partner-Volladministrators mit den Scopes {scopes} und \
             spark-admin:broadworks_subscribers_write; diese Anmeldung hat sie nicht."
        )),
        "{said}"
    );
    // Webex's 403 inside, in German too, with its trackingId.
    assert!(said.contains("(403 Forbidden)") && said.contains("trackingId FAKE_"), "{said}");
    assert!(!said.contains("needs") && !said.contains("does not have them"), "English left: {said}");
    let (code, _, json) = run("de", true);
    assert_eq!(code, en_code);
    assert_eq!(
        crate::fake_webex::home::untracked(&json),
        crate::fake_webex::home::untracked(&en_json),
        "--json is not English's"
    );

    // A fake that answers non-partners 404: the subscriber may be gone, or the sign-in not a partner's.
    h.fake.knobs().non_partner_status = 404;
    let (en_code, en, _) = run("en", false);
    assert_eq!(en_code, 4, "{en}");
    assert!(en.contains("Webex has no BroadWorks subscriber bw-acme-2 for this sign-in"), "{en}");
    let (code, said, _) = run("uk", false);
    assert_eq!(code, en_code, "{said}");
    assert!(said.contains("Webex не має абонента BroadWorks bw-acme-2 для цього входу"), "{said}");
    assert!(said.contains(&format!(
        "(«Видалити користувача» потребує вхід повного адміністратора партнера з дозволами {scopes}"
    )));
    assert!(said.contains("`wxgo sync`") && said.contains("trackingId FAKE_"), "{said}");
    let (_, _, en_json) = run("en", true);
    let (_, _, json) = run("uk", true);
    assert_eq!(
        crate::fake_webex::home::untracked(&json),
        crate::fake_webex::home::untracked(&en_json),
        "--json is not English's"
    );
    assert!(writes(&h).is_empty(), "{:?}", writes(&h));
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing changed in the cache");
    h.assert_no_violations();
}

#[test]
fn an_api_refusal_is_shown_in_webex_words_with_its_tracking_id_and_409_423_429_are_handled() {
    let h = Conformant::start();
    let home = partner_home(&h, "");
    let before = std::fs::read(home.db()).expect("db");
    h.fake.world().bw_refusal =
        Some((400, "Package \u{1b}[31mpremium\u{7} is not part of this enterprise's offer.".into()));
    let out = home.run(&["broadworks", "package", "bw-acme-5", "premium"], Some(PARTNER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("Webex says") && err.contains("is not part of this enterprise's offer"), "{err}");
    assert!(err.contains("trackingId FAKE_") && err.contains("Nothing was changed"), "{err}");
    assert!(!err.contains('\u{1b}') && !err.contains('\u{7}'), "sanitised: {err:?}");
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing cached");
    assert_eq!(at_webex(&h, "bw-acme-5").map(|s| s.package), Some("standard".into()));

    for (status, says, exit) in [(409, "conflict", 7), (423, "locked", 7)] {
        h.fake.world().bw_refusal = Some((status, "Another change of this subscriber is running.".into()));
        let out = home.run(&["broadworks", "delete", "bw-acme-5"], Some(PARTNER_TOKEN));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(exit), "{status}: {err}");
        assert!(err.contains(says) && (err.contains("Retry") || err.contains("retry")), "{status}: {err}");
        assert!(err.contains("trackingId FAKE_") && err.contains("Another change of this subscriber"), "{err}");
        assert!(!err.contains("{\""), "not raw JSON: {err}");
    }
    assert_eq!(std::fs::read(home.db()).expect("db"), before, "nothing cached");
    // 429: the client waits as Retry-After says and sends it again; the admin sees success.
    h.fake.inject("broadworks/subscribers/", Inject::TooMany(Some(1)));
    let v = json(&home.run(&["broadworks", "package", "bw-acme-5", "basic", "--json"], Some(PARTNER_TOKEN)));
    assert_eq!(rows(&v)[0]["package"], "basic");
    assert!(h.fake.requests().iter().any(|r| r.status == 429), "a 429 was served");
    h.assert_no_violations();
}

#[test]
fn read_only_sends_nothing_for_any_broadworks_action() {
    let h = Conformant::start();
    let profile = partner_home(&h, "read_only = true\n");
    let flag = partner_home(&h, "");
    let sent = writes(&h).len();
    let reads = h.fake.requests().len();
    for (home, pre) in [(&profile, vec![]), (&flag, vec!["--read-only"])] {
        let before = std::fs::read(home.db()).expect("db");
        for args in [
            vec!["broadworks", "retry", "bw-acme-1", "--email", "ro@acme.example"],
            vec!["broadworks", "delete", "bw-acme-2"],
            vec!["broadworks", "package", "bw-acme-2", "basic"],
        ] {
            let mut a = pre.clone();
            a.extend(args);
            let out = home.run(&a, Some(PARTNER_TOKEN));
            let err = text(&out.stderr);
            assert_eq!(out.status.code(), Some(5), "{a:?}: {err}");
            assert!(err.contains("was not sent to Webex because") && err.contains("Nothing was changed"), "{err}");
        }
        assert_eq!(std::fs::read(home.db()).expect("db"), before);
    }
    assert_eq!(writes(&h).len(), sent, "only GET left the machine: {:?}", writes(&h));
    assert_eq!(h.fake.requests().len(), reads, "not even a read: refused before anything is sent");
    h.assert_no_violations();
}

#[test]
fn bw04_the_console_changes_a_package_on_a_real_organisation_through_the_same_service_call() {
    let h = Conformant::start();
    let (svc, _dir) = partner_service(&h);
    let mut c = Harness::new(svc, Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }));
    c.resize(120, 40);
    c.press("4");
    assert!(c.selected_row().is_some_and(|r| r.contains("bw-acme-2")), "{:?}\n{}", c.selected_row(), c.screen());
    c.press("P");
    assert!(c.screen().contains("standard (now)"), "{}", c.screen());
    c.press("down"); // premium
    c.press("enter");
    assert!(c.screen().contains("from standard to premium"), "{}", c.screen());
    assert_eq!(h.fake.count("PUT", "/broadworks/"), 0, "not before it is confirmed");
    c.press("y");
    assert_eq!(h.fake.count("PUT", "/broadworks/subscribers/"), 1, "{}", c.message());
    assert_eq!(at_webex(&h, "bw-acme-2").map(|s| s.package), Some("premium".into()));
    assert_eq!(c.svc.broadworks().get("bw-acme-2").expect("row").package.as_str(), "premium");
    assert!(!c.message_is_error(), "{}", c.message());
    // Webex refusing shows its words in the status line.
    h.fake.world().bw_refusal = Some((400, "Packages are frozen for this enterprise.".into()));
    c.press("P");
    c.press("up");
    c.press("enter");
    c.press("y");
    assert!(c.message_is_error() && c.message().contains("Packages are frozen"), "{}", c.message());
    assert!(c.message().contains("trackingId"), "{}", c.message());
    h.assert_no_violations();
}
