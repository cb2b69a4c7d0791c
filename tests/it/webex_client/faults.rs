//! The Webex connection under attack and failure, one fault mode of the fake each: a next-page
//! loop (A -> B -> A) and a listing that never ends, an answer lost after the change was made,
//! an OAuth endpoint that never answers, error texts with CR/LF or megabytes long, control
//! characters in a token, plain http to another machine, secrets others can read, a trace file
//! that is a symlink, two emails differing only in case, a work number that is a formula.
//!
//! Through Prism (which checks every request and answer against Webex's specs) wherever the
//! fake speaks the spec. Not through Prism, and why: a connection cut mid-answer or an answer
//! that never comes (Prism would turn either into an answer of its own, a 5xx, which is not the
//! fault under test), and OAuth, which no spec file has.

use crate::fake_webex;

use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::fake_webex::home::*;
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::webex_id;
use crate::fake_webex::{FakeWebex, Inject, CLIENT_ID, CLIENT_SECRET, CUSTOMER_TOKEN};
use chrono::{TimeZone, Utc};
use serde_json::Value;
use wxgo::domain::Error;
use wxgo::outside::webex::auth::{Now, OAuthHttp};
use wxgo::outside::webex::client::ListingLimits;
use wxgo::outside::webex::models::ActivationCodeRequest;
use wxgo::outside::webex::*;

fn config(base: &str) -> ClientConfig {
    ClientConfig {
        base_url: base.to_string(),
        use_env_proxy: false,
        request_timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_millis(500),
        retry: RetryPolicy {
            max_attempts: 3,
            backoff_base: Duration::from_millis(10),
            backoff_max: Duration::from_millis(40),
            retry_after_default: Duration::from_millis(50),
            retry_after_max: Duration::from_secs(1),
        },
        ..ClientConfig::default()
    }
}

fn client_with(cfg: ClientConfig, token: &str) -> WebexClient {
    WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(token)))).expect("client")
}

fn posts(fake: &FakeWebex) -> usize {
    fake.count("POST", "/devices/activationCode")
}

// ---------------------------------------------------------------- listings that never end

#[test]
fn a_next_page_link_back_to_an_earlier_page_stops_the_listing_at_once() {
    let h = Conformant::start();
    h.fake.knobs().page_cap = 10;
    h.fake.knobs().page_loop = Some("people".into());
    let c = client_with(config(&h.base_url), CUSTOMER_TOKEN);
    let e = c.list_people(&PeopleQuery::default()).expect_err("A -> B -> A never ends");
    assert!(matches!(e, WebexError::Runaway { .. }), "{e:?}");
    let text = e.to_string();
    assert!(
        text.contains("/v1/people") && text.contains("links back to a page of this listing already read"),
        "{text}"
    );
    assert!(h.fake.count("GET", "/people") <= 4, "stopped at once: {} requests", h.fake.count("GET", "/people"));
    assert_eq!(Error::from(e).exit_code(), 7);
    h.assert_no_violations();
}

#[test]
fn a_listing_that_never_ends_is_stopped_at_its_page_and_item_bounds() {
    let h = Conformant::start();
    h.fake.knobs().page_cap = 5;
    h.fake.knobs().endless_pages = Some("devices".into());
    let mut cfg = config(&h.base_url);
    cfg.page_size = 5;
    cfg.listing = ListingLimits { max_pages: 30, ..ListingLimits::default() };
    let c = client_with(cfg.clone(), CUSTOMER_TOKEN);
    let e = c.list_devices(&DeviceQuery::default()).expect_err("endless");
    assert!(e.to_string().contains("30 pages") && e.to_string().contains("/v1/devices"), "{e}");
    assert_eq!(h.fake.count("GET", "/devices"), 30, "not one page more than the bound");
    // The item bound (and the byte bound) stop a listing whose pages are full.
    cfg.listing = ListingLimits { max_items: 7, ..ListingLimits::default() };
    let e = client_with(cfg.clone(), CUSTOMER_TOKEN).list_devices(&DeviceQuery::default()).expect_err("items");
    assert!(e.to_string().contains("10 items") && e.to_string().contains("at most 7 items"), "{e}");
    cfg.listing = ListingLimits { max_bytes: 1000, ..ListingLimits::default() };
    let e = client_with(cfg, CUSTOMER_TOKEN).list_devices(&DeviceQuery::default()).expect_err("bytes");
    assert!(matches!(e, WebexError::Runaway { .. }), "{e:?}");
    h.assert_no_violations();
}

#[test]
fn a_sync_whose_people_listing_loops_fails_naming_people_exit_7_and_keeps_the_last_snapshot() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let before = json(&home.run(&["users", "list", "--json"], None));
    h.fake.knobs().page_cap = 10;
    h.fake.knobs().page_loop = Some("people".into());
    let started = Instant::now();
    let out = home.run(&["sync"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(7), "{err}");
    assert!(err.contains("the sync of people stopped") && err.contains("links back"), "{err}");
    assert!(err.contains("last complete copy"), "{err}");
    assert!(started.elapsed() < Duration::from_secs(60), "it ended by itself");
    assert!(h.fake.count("GET", "/people") < 20, "{} people requests", h.fake.count("GET", "/people"));
    let after = json(&home.run(&["users", "list", "--json"], None));
    assert_eq!(before, after, "the last complete snapshot is kept");
    h.assert_no_violations();
}

// ---------------------------------------------------------------- a change without an answer

#[test]
fn a_connection_cut_after_the_change_is_an_unknown_outcome_never_retried() {
    // Straight to the fake: through Prism the cut would come back as Prism's own 5xx answer.
    let fake = FakeWebex::start();
    let c = client_with(config(&fake.base_url), CUSTOMER_TOKEN);
    let person = webex_id("PEOPLE", "acme-20");
    let req =
        ActivationCodeRequest { person_id: Some(person.clone()), model: Some("Webex Go".into()), ..Default::default() };
    fake.inject("devices/activationCode", Inject::DropAfterApply);
    let e = c.create_activation_code(&req).expect_err("no answer");
    assert!(e.is_unknown_outcome(), "{e:?}");
    assert_eq!(posts(&fake), 1, "not sent again");
    assert_eq!(fake.devices_of(&person).len(), 1, "Webex did it");
}

// ---------------------------------------------------------------- OAuth: timeouts, retries, tokens

fn t0() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).single().expect("time")
}

fn fixed_now() -> Now {
    Arc::new(t0)
}

fn app(fake: &FakeWebex) -> OAuthApp {
    OAuthApp {
        client_id: CLIENT_ID.into(),
        client_secret: Secret::new(CLIENT_SECRET),
        oauth_base: fake.base_url.clone(),
    }
}

/// A stored sign-in about to expire (so the first request renews it), with the API's settings.
fn expiring_sign_in(fake: &FakeWebex, cfg: &ClientConfig) -> WebexClient {
    fake.add_token("at-old", CUSTOMER_TOKEN, |_| {});
    fake.add_refresh_token("rt-old", "at-old");
    let set = TokenSet {
        access_token: Secret::new("at-old"),
        refresh_token: Some(Secret::new("rt-old")),
        expires_at: Some(t0() + chrono::Duration::minutes(1)),
        refresh_expires_at: None,
        scopes: vec![],
    };
    let http = client::build_http(cfg).expect("http");
    let tokens = OAuthTokens::new(app(fake), set, None, fixed_now())
        .expect("tokens")
        .with_transport(OAuthHttp::from_config(http, cfg));
    WebexClient::new(cfg.clone(), Arc::new(tokens)).expect("client")
}

#[test]
fn a_token_endpoint_that_never_answers_ends_after_the_timeout_and_the_retries() {
    let fake = FakeWebex::start();
    let mut cfg = config(&fake.base_url);
    cfg.request_timeout = Duration::from_millis(400);
    let c = expiring_sign_in(&fake, &cfg);
    for _ in 0..3 {
        fake.inject("access_token", Inject::Hang);
    }
    let started = Instant::now();
    let e = c.list_licenses().expect_err("the renewal never answers");
    let took = started.elapsed();
    assert!(matches!(e, WebexError::Unreachable { attempts: 3, .. }), "{e:?}");
    assert!(e.to_string().contains("/access_token") && e.to_string().contains("no answer in"), "{e}");
    assert!(took < Duration::from_secs(5), "3 tries of 0.4 s, not forever: {took:?}");
    assert_eq!(fake.count("POST", "/access_token"), 3, "the API's retry rules");
    assert_eq!(fake.count("GET", "/licenses"), 0, "nothing sent with the expired token");
    assert_eq!(Error::from(e).exit_code(), 10);
    // A hiccup is retried: one hang, then the renewal answers and the listing goes on.
    fake.inject("access_token", Inject::Hang);
    c.list_licenses().expect("renewed on the second try");
}

#[test]
fn the_device_grant_s_endpoints_have_the_same_timeout_and_retries() {
    let fake = FakeWebex::start();
    let mut cfg = config(&fake.base_url);
    cfg.request_timeout = Duration::from_millis(300);
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
    let http = client::build_http(&cfg).expect("http");
    let sleeper: auth::Sleeper = Arc::new(|_| Box::pin(async {}));
    let flow = DeviceFlow::new(app(&fake), http.clone(), sleeper, fixed_now())
        .with_transport(OAuthHttp::from_config(http, &cfg));
    for _ in 0..3 {
        fake.inject("device/authorize", Inject::Hang);
    }
    let started = Instant::now();
    let e = rt.block_on(flow.start(&["spark:all"])).expect_err("never answers");
    assert!(matches!(e, WebexError::Unreachable { attempts: 3, .. }), "{e:?}");
    assert!(started.elapsed() < Duration::from_secs(5));
    let auth = rt.block_on(flow.start(&["spark:all"])).expect("answers now");
    for _ in 0..3 {
        fake.inject("device/token", Inject::Hang);
    }
    let e = rt.block_on(flow.poll(&auth)).expect_err("the token endpoint never answers");
    assert!(e.to_string().contains("/device/token"), "{e}");
    assert_eq!(fake.count("POST", "/device/token"), 3);
}

#[test]
fn a_token_with_control_characters_from_webex_is_refused_at_once_and_not_used() {
    let fake = FakeWebex::start();
    let cfg = config(&fake.base_url);
    let c = expiring_sign_in(&fake, &cfg);
    fake.knobs().control_chars_in_tokens = true;
    let e = c.list_licenses().expect_err("a token that cannot be sent");
    let text = e.to_string();
    assert!(text.contains("/access_token") && text.contains("control character"), "{text}");
    assert!(!text.contains("X-Injected"), "never the token: {text}");
    assert_eq!(Error::from(e).exit_code(), 9);
    assert_eq!(fake.count("POST", "/access_token"), 1, "refused at once, not retried as a network error");
    assert_eq!(fake.count("GET", "/licenses"), 0);
}

#[test]
fn webex_token_with_a_control_character_is_refused_at_once_with_nothing_sent() {
    let fake = FakeWebex::start();
    let home = Home::new(&fake.base_url, "");
    let started = Instant::now();
    let out = home.run(&["whoami"], Some("ZjE4\u{1}YWJj"));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(9), "{err}");
    assert!(err.contains("WEBEX_TOKEN") && err.contains("control character") && err.contains("character 5"), "{err}");
    assert!(!err.contains("ZjE4") && !err.contains("YWJj"), "never the token: {err}");
    assert!(fake.requests().is_empty(), "nothing sent");
    assert!(started.elapsed() < Duration::from_secs(10), "at once, not after retries");
}

// ---------------------------------------------------------------- the lost-answer rule, on the command line

const NEW_USER: &str = "user20@acme.example";

fn synced_home(fake: &FakeWebex, extra: &str) -> Home {
    let home = Home::new(&fake.base_url, extra);
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    home
}

#[test]
fn devices_add_whose_answer_is_lost_checks_with_webex_and_never_sends_twice() {
    // Straight to the fake: a connection cut mid-answer cannot pass through Prism (it answers 5xx).
    let fake = FakeWebex::start();
    let home = synced_home(&fake, "");
    let person = webex_id("PEOPLE", "acme-20");
    fake.inject("devices/activationCode", Inject::DropAfterApply);
    let out = home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(10), "{err}");
    assert!(err.contains("did not answer") && err.contains("did make the device"), "{err}");
    assert!(err.contains("reached nobody") && err.contains("wxgo devices new-code go-"), "{err}");
    assert!(!err.contains("refused"), "unknown, never refused: {err}");
    assert_eq!(posts(&fake), 1);
    assert!(fake.count("GET", "/devices") >= 1, "Webex was asked what it has");
    assert_eq!(fake.devices_of(&person).len(), 1);
    // The device is in the cache (no code), so new-code works; a second add is refused, unsent.
    let devices = json(&home.run(&["devices", "list", "--json"], None));
    assert!(rows(&devices).iter().any(|d| d["owner_email"] == NEW_USER && d["code_state"] == "none"), "{devices}");
    let out = home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    assert_ne!(out.status.code(), Some(0));
    assert_eq!(posts(&fake), 1, "never sent twice");
    let code = json(&home.run(&["devices", "new-code", NEW_USER, "--no-email", "--json"], Some(CUSTOMER_TOKEN)));
    assert!(code["activation_code"].as_str().is_some_and(|c| !c.is_empty()), "{code}");
}

#[test]
fn devices_add_after_a_timeout_asks_webex_first_on_the_next_try_when_it_could_not_then() {
    let fake = FakeWebex::start();
    let home = synced_home(&fake, "timeout_secs = 1\n");
    let person = webex_id("PEOPLE", "acme-20");
    // The request lands and hangs (a timeout); the check right after is refused too.
    fake.inject("devices/activationCode", Inject::HangAfterApply);
    fake.inject("devices", Inject::Refuse(400, "The service cannot list devices now.".into()));
    let out = home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(10), "{err}");
    assert!(err.contains("did not answer") && err.contains("not known whether the device was made"), "{err}");
    assert_eq!(posts(&fake), 1);
    assert_eq!(fake.devices_of(&person).len(), 1, "Webex did make it");
    // The same command again asks Webex first: the device is there, so nothing is sent.
    let out = home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("got no answer, but Webex had made the device") && err.contains("new-code go-"), "{err}");
    assert_eq!(posts(&fake), 1, "not sent again");
}

#[test]
fn devices_add_whose_request_never_arrived_is_sent_after_asking() {
    let fake = FakeWebex::start();
    let home = synced_home(&fake, "timeout_secs = 1\n");
    // No answer and nothing done; the check finds nothing, so the next try sends.
    fake.inject("devices/activationCode", Inject::Hang);
    let out = home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(10), "{err}");
    assert!(err.contains("has no device for them now") && err.contains("asks Webex first"), "{err}");
    assert_eq!(posts(&fake), 1);
    let gets = fake.count("GET", "/devices");
    let v = json(&home.run(&["devices", "add", "--user", NEW_USER, "--no-email", "--json"], Some(CUSTOMER_TOKEN)));
    assert!(v["activation_code"].as_str().is_some(), "{v}");
    assert_eq!(posts(&fake), 2);
    assert!(fake.count("GET", "/devices") > gets, "asked before sending again");
}

#[test]
fn a_new_code_whose_answer_is_lost_says_repeating_it_is_harmless() {
    let fake = FakeWebex::start();
    let home = synced_home(&fake, "");
    ok(&home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN)));
    fake.inject("devices/activationCode", Inject::DropAfterApply);
    let out = home.run(&["devices", "new-code", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(10), "{err}");
    assert!(
        err.contains("harmless") && err.contains("reached nobody") && err.contains("wxgo devices new-code go-"),
        "{err}"
    );
    assert_eq!(posts(&fake), 2, "not repeated by itself");
    ok(&home.run(&["devices", "new-code", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN)));
}

fn import_sheet(home: &Home, users: &[usize]) -> String {
    let template = ok(&home.run(&["devices", "template"], None));
    let mut s = template.lines().next().expect("header").to_string();
    s.push_str("\r\n");
    for i in users {
        s.push_str(&format!("user{i}@acme.example,USER,,,WEBEX_CALLING,Webex Go Device,,,TRUE\r\n"));
    }
    s
}

#[test]
fn an_import_counts_rows_without_an_answer_apart_from_refused_ones_and_the_rerun_asks_before_sending() {
    let fake = FakeWebex::start();
    let home = synced_home(&fake, "");
    std::fs::write(home.path().join("devices.csv"), import_sheet(&home, &[20, 21, 22, 23, 24])).expect("csv");
    let args = ["devices", "import", "devices.csv", "--no-email", "--codes-file", "codes.csv", "--serial", "--json"];
    // --serial: row 1's answer is cut after Webex made the device, row 2's never comes (nothing
    // made), row 3 is refused, rows 4 and 5 go through.
    fake.inject("devices/activationCode", Inject::DropAfterApply);
    fake.inject("devices/activationCode", Inject::Status(502));
    fake.inject("devices/activationCode", Inject::Refuse(400, "The person cannot have another device.".into()));
    let out = home.run(&args, Some(CUSTOMER_TOKEN));
    assert_eq!(out.status.code(), Some(8), "{}{}", text(&out.stdout), text(&out.stderr));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let states: Vec<&str> =
        v["devices"].as_array().expect("rows").iter().map(|d| d["state"].as_str().unwrap_or("")).collect();
    assert_eq!(states, ["unknown", "unknown", "failed", "added", "added"], "{v}");
    assert_eq!(v["failed"], 1, "only the refusal counts as refused: {v}");
    let note = v["note"].as_str().unwrap_or_default();
    assert!(
        note.contains("1 refused") && note.contains("2 row(s) got no answer") && note.contains("not refused, unknown"),
        "{note}"
    );
    assert!(note.contains("asks Webex about the rows without an answer"), "{note}");
    assert_eq!(posts(&fake), 5);
    // The same command again: the two unknown rows are asked about first (the person's devices);
    // the one Webex made is reported code_lost and not sent; the other and the refused row are sent.
    let before = fake.count("GET", "/devices");
    let out = home.run(&args, Some(CUSTOMER_TOKEN));
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let states: Vec<&str> =
        v["devices"].as_array().expect("rows").iter().map(|d| d["state"].as_str().unwrap_or("")).collect();
    assert_eq!(states, ["code_lost", "added", "added", "done_before", "done_before"], "{v}");
    assert_eq!(posts(&fake), 7, "rows 2 and 3 only: row 1 was never sent twice");
    assert!(fake.count("GET", "/devices") > before, "Webex asked first");
    let row1 = &v["devices"][0];
    assert!(row1["error"].as_str().is_some_and(|e| e.contains("wxgo devices new-code go-")), "{row1}");
    for i in 20..25 {
        assert_eq!(fake.devices_of(&webex_id("PEOPLE", &format!("acme-{i}"))).len(), 1, "one device each");
    }
}

#[test]
fn a_licence_assignment_without_an_answer_re_reads_the_person_and_says_what_webex_has() {
    let mut w = fake_webex::world::World::seeded();
    let acme = webex_id("ORGANIZATION", "acme");
    {
        let d = w.data.get_mut(&acme).expect("acme");
        d.people[10].licenses.clear();
        let holding = d.people.iter().filter(|p| !p.licenses.is_empty()).count() as u64;
        d.licenses[0].consumed_units = holding;
        d.licenses[0].consumed_by_users = holding;
    }
    let fake = FakeWebex::start_with(w);
    let home = synced_home(&fake, "");
    ok(&home.run(&["licences", "template-save", "Staff", "--org-wide", "--calling"], None));
    let args = [
        "licences",
        "assign",
        "--template",
        "Staff",
        "--user",
        "user10@acme.example",
        "--location",
        "Warehouse",
        "--extension",
        "5010",
    ];
    fake.inject("licenses/users", Inject::DropAfterApply);
    let out = home.run(&args, Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(10), "{err}");
    assert!(err.contains("not known whether Webex did it") && err.contains("every licence asked for"), "{err}");
    assert_eq!(fake.count("PATCH", "/licenses/users"), 1, "not sent again");
    assert!(fake.count("GET", "/people/") >= 1, "the person was re-read");
    // The same command again re-reads first and sends nothing: the licence is there.
    let _ = home.run(&args, Some(CUSTOMER_TOKEN));
    assert_eq!(fake.count("PATCH", "/licenses/users"), 1, "never sent twice");
    assert_eq!(fake.licence_patches_per_person().get(&webex_id("PEOPLE", "acme-10")), Some(&1));
}

#[test]
fn mobile_numbers_added_without_an_answer_are_looked_up_not_called_refused() {
    let fake = FakeWebex::start();
    let home = synced_home(&fake, "");
    let entry: Vec<String> = (0..3).map(|i| format!("+1630555{:04}", 3000 + i)).collect();
    fake.inject("telephony/config/locations/", Inject::DropAfterApply);
    let out =
        home.run(&["numbers", "add-mobile", "--location", "Remote", &entry.join(","), "--json"], Some(CUSTOMER_TOKEN));
    let v: Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&out.stderr)));
    let req = &v["requests"][0];
    assert_eq!(req["outcome"], "added", "{v}");
    assert!(
        req["error"].as_str().is_some_and(|e| e.contains("did not answer") && e.contains("has every number")),
        "{v}"
    );
    assert_eq!(v["added"], 3, "{v}");
    assert_eq!(fake.count("POST", "/telephony/config/locations/"), 1, "not sent again");
    let numbers = json(&home.run(&["numbers", "list", "--mobile", "--json"], None));
    assert!(entry.iter().all(|n| rows(&numbers).iter().any(|x| x["number"] == n.as_str())), "cached: {numbers}");
}

// ---------------------------------------------------------------- the smaller ones

#[test]
fn plain_http_to_another_machine_is_refused_before_anything_is_sent_login_included() {
    let home = Home::new("http://192.0.2.2/v1", "");
    for args in [&["sync"][..], &["login", "--no-qr"][..], &["whoami"][..]] {
        let started = Instant::now();
        let out = home.run(args, Some(CUSTOMER_TOKEN));
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(4), "{args:?}: {err}");
        assert!(
            err.contains("http://192.0.2.2") && err.contains("Use https://") && err.contains("Nothing was sent"),
            "{err}"
        );
        assert!(started.elapsed() < Duration::from_secs(10), "refused before any connection was tried");
    }
}

#[test]
fn a_secret_file_others_can_read_stops_login_naming_the_file_and_chmod_600() {
    use std::os::unix::fs::PermissionsExt;
    let fake = FakeWebex::start();
    let dir = tempfile::tempdir().expect("tmp");
    let secret = dir.path().join("acme.secret");
    std::fs::write(&secret, format!("{CLIENT_SECRET}\n")).expect("secret");
    std::fs::set_permissions(&secret, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let home = Home::new(&fake.base_url, &format!("client_secret_file = \"{}\"\n", secret.display()));
    // The Home's profile also names client_secret_env; the file is what this test is about.
    let cfg = home.path().join("config/wxgo/config.toml");
    let text_cfg = std::fs::read_to_string(&cfg).expect("cfg").replace("client_secret_env = \"FAKE_SECRET\"\n", "");
    std::fs::write(&cfg, text_cfg).expect("cfg");
    let out = home.run(&["login", "--no-qr"], None);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains(&secret.display().to_string()) && err.contains("chmod 600") && err.contains("0644"), "{err}");
    assert!(!err.contains(CLIENT_SECRET), "{err}");
    assert!(fake.requests().is_empty(), "nothing sent");
    // A top-level client_secret is refused too, saying where a secret goes.
    std::fs::write(
        &cfg,
        format!("client_secret = \"{CLIENT_SECRET}\"\n{}", std::fs::read_to_string(&cfg).expect("cfg")),
    )
    .expect("cfg");
    let out = home.run(&["whoami"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(
        err.contains("client_secret_env") && err.contains("client_secret_file") && !err.contains(CLIENT_SECRET),
        "{err}"
    );
}

#[test]
fn webex_error_texts_are_one_line_and_a_huge_one_is_cut_saying_how_much() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    h.fake
        .inject("devices/activationCode", Inject::Refuse(400, "Refused.\r\nerror: forged second line\u{1b}[2J".into()));
    let out = home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    let line = err.lines().find(|l| l.contains("forged")).expect("the text is shown");
    assert!(line.starts_with("error: ") && line.contains("Refused. error: forged second line"), "{err}");
    assert!(!err.lines().any(|l| l.starts_with("error: forged")), "no forged line: {err}");
    assert!(!err.contains('\u{1b}'), "{err:?}");
    let huge = "x".repeat(3 << 20);
    h.fake.inject("devices/activationCode", Inject::Refuse(400, huge));
    let out = home.run(&["devices", "add", "--user", NEW_USER, "--no-email"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4));
    assert!(err.len() < 10_000, "{} bytes on stderr", err.len());
    assert!(err.contains("more characters cut"), "{err}");
    h.assert_no_violations();
}

#[test]
fn the_trace_never_follows_a_symlink_and_replaces_a_file_others_can_read() {
    use std::os::unix::fs::PermissionsExt;
    let fake = FakeWebex::start();
    let home = Home::new(&fake.base_url, "");
    let target = home.path().join("victim.txt");
    std::fs::write(&target, "untouched\n").expect("target");
    let trace = home.path().join("trace.log");
    std::os::unix::fs::symlink(&target, &trace).expect("symlink");
    let out = home.run(&["--trace", "trace.log", "whoami"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("symbolic link") && err.contains("only you can read"), "{err}");
    assert_eq!(std::fs::read_to_string(&target).expect("target"), "untouched\n");
    let meta = std::fs::symlink_metadata(&trace).expect("trace");
    assert!(meta.file_type().is_file() && meta.permissions().mode() & 0o777 == 0o600);
    assert!(std::fs::read_to_string(&trace).expect("trace").contains("GET /v1/people/me"));
    std::fs::set_permissions(&trace, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let out = home.run(&["--trace", "trace.log", "whoami"], Some(CUSTOMER_TOKEN));
    assert!(text(&out.stderr).contains("readable by others"), "{}", text(&out.stderr));
    assert_eq!(std::fs::metadata(&trace).expect("trace").permissions().mode() & 0o777, 0o600);
    assert!(!std::fs::read_to_string(&trace).expect("trace").contains(CUSTOMER_TOKEN), "never a token");
}

#[test]
fn read_only_logout_purge_is_refused_and_deletes_nothing() {
    let fake = FakeWebex::start();
    let home = synced_home(&fake, "");
    let out = home.run(&["--read-only", "logout", "--purge"], None);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(err.contains("read-only") && err.contains("logout --purge"), "{err}");
    assert!(home.db().exists(), "the cache is kept");
    ok(&home.run(&["logout", "--purge"], None));
    assert!(!home.db().exists());
}

#[test]
fn two_emails_differing_only_in_case_are_said_and_a_formula_for_a_number_is_left_out() {
    let h = Conformant::start();
    h.fake.add_person("acme", "acme-dup-1", "dup@acme.example", Some("+14085559001"));
    h.fake.add_person("acme", "acme-dup-2", "DUP@acme.example", Some("+14085559002"));
    h.fake.add_person("acme", "acme-formula", "formula@acme.example", Some("=cmd|' /C calc'!A0"));
    let home = Home::new(&h.base_url, "");
    let out = home.run(&["sync"], Some(CUSTOMER_TOKEN));
    let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
    assert!(out.status.success(), "{said}");
    assert!(said.contains("differs from another's only in case") && said.contains("DUP@acme.example"), "{said}");
    assert!(said.contains("dup@acme.example"), "both are named: {said}");
    assert!(said.contains("not a phone number") && said.contains("formula@acme.example"), "{said}");
    // Every later read says it too (the sync's notes), and the person with the formula is kept.
    let out = home.run(&["users", "show", "formula@acme.example", "--json"], None);
    let v: Value = serde_json::from_slice(&out.stdout).expect("json");
    let user = v.get("user").cloned().unwrap_or(v);
    assert_eq!(user["email"], "formula@acme.example");
    assert!(user["work_phone"].is_null(), "{user}");
    assert!(text(&out.stderr).contains("differs from another's only in case"), "{}", text(&out.stderr));
    let users = json(&home.run(&["users", "list", "--filter", "dup@", "--json"], None));
    assert_eq!(rows(&users).len(), 1, "{users}");
    let export = ok(&home.run(&["users", "export"], None));
    assert!(!export.contains("=cmd"), "{export}");
    h.assert_no_violations();
}
