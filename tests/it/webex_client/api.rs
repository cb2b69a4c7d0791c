//! The Webex API client against the stateful fake: paging, retries, errors, limits, the trace
//! and the typed endpoints. Waits come from the fake's request log, never from fixed sleeps.

use crate::fake_webex;

use std::ops::ControlFlow;
use std::sync::Arc;
use std::time::Duration;

use crate::fake_webex::{FakeWebex, Inject, CUSTOMER_TOKEN, PARTNER_TOKEN, READ_ONLY_TOKEN};
use wxgo::domain::Error;
use wxgo::outside::webex::models::{ActivationCodeRequest, LicenseOperation, LicenseRequest, PatchUserLicenses};
use wxgo::outside::webex::numbers::{AddNumbers, NumberQuery};
use wxgo::outside::webex::*;

fn config(base: &str) -> ClientConfig {
    ClientConfig {
        base_url: base.to_string(),
        use_env_proxy: false,
        request_timeout: Duration::from_secs(5),
        connect_timeout: Duration::from_millis(500),
        retry: RetryPolicy {
            max_attempts: 4,
            backoff_base: Duration::from_millis(10),
            backoff_max: Duration::from_millis(40),
            retry_after_default: Duration::from_millis(300),
            retry_after_max: Duration::from_secs(2),
        },
        ..ClientConfig::default()
    }
}

fn client_with(cfg: ClientConfig, token: &str) -> WebexClient {
    WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(token)))).expect("client")
}

fn client(fake: &FakeWebex, token: &str) -> WebexClient {
    client_with(config(&fake.base_url), token)
}

#[test]
fn people_are_listed_over_many_pages_and_the_first_page_arrives_alone() {
    let fake = FakeWebex::start();
    fake.knobs().page_cap = 7;
    let c = client(&fake, CUSTOMER_TOKEN);
    let mut sizes = Vec::new();
    let total = c
        .people_pages(&PeopleQuery::default(), |page| {
            sizes.push(page.len());
            ControlFlow::Continue(())
        })
        .expect("people");
    assert_eq!(total, 25);
    assert_eq!(sizes, vec![7, 7, 7, 4], "pages as the server cut them");
    assert_eq!(fake.count("GET", "/people"), 4);
    let people = c.list_people(&PeopleQuery::default()).expect("all people");
    let mut ids: Vec<_> = people.iter().map(|p| p.id.clone()).collect();
    ids.dedup();
    assert_eq!(ids.len(), 25, "no person twice, none missing");
    assert!(people.iter().all(|p| p.location_id.is_some() && !p.emails.is_empty()));

    // A callback that stops after the first page: one request, and the listing says it stopped.
    let before = fake.count("GET", "/people");
    let r = c.people_pages(&PeopleQuery::default(), |_| ControlFlow::Break(()));
    assert_eq!(r, Err(WebexError::Cancelled));
    assert_eq!(fake.count("GET", "/people"), before + 1);
}

#[test]
fn without_link_headers_devices_and_numbers_page_with_start_and_max() {
    let fake = FakeWebex::start();
    {
        let mut k = fake.knobs();
        k.page_cap = 5;
        k.omit_link = true;
    }
    let mut cfg = config(&fake.base_url);
    cfg.page_size = 5;
    let c = client_with(cfg, CUSTOMER_TOKEN);
    let devices = c.list_devices(&DeviceQuery::default()).expect("devices");
    assert_eq!(devices.len(), 12);
    let starts: Vec<String> = fake
        .requests()
        .iter()
        .filter(|r| r.path == "/devices")
        .map(|r| r.query.split('&').find(|p| p.starts_with("start=")).unwrap_or("").to_string())
        .collect();
    assert_eq!(starts, vec!["start=0", "start=5", "start=10"]);
    let numbers = c.list_numbers(&NumberQuery::default()).expect("numbers");
    assert_eq!(numbers.len(), 40);
    assert_eq!(numbers.iter().filter(|n| n.is_mobile()).count(), 5, "mobile numbers told by their own field");
    let owned = numbers.iter().filter(|n| n.owner.as_ref().is_some_and(|o| o.kind.as_deref() == Some("PEOPLE")));
    assert_eq!(owned.count(), 25);
}

#[test]
fn a_429_waits_for_retry_after_then_succeeds() {
    let fake = FakeWebex::start();
    fake.inject("licenses", Inject::TooMany(Some(1)));
    let c = client(&fake, CUSTOMER_TOKEN);
    let licences = c.list_licenses().expect("licences after the 429");
    assert_eq!(licences.len(), 2);
    let log: Vec<_> = fake.requests().into_iter().filter(|r| r.path == "/licenses").collect();
    assert_eq!(log.iter().map(|r| r.status).collect::<Vec<_>>(), vec![429, 200]);
    let gap = log[1].at.duration_since(log[0].at);
    assert!(gap >= Duration::from_millis(950), "waited {gap:?}, Retry-After said 1 s");
}

#[test]
fn a_429_without_retry_after_waits_the_default() {
    let fake = FakeWebex::start();
    fake.inject("licenses", Inject::TooMany(None));
    let c = client(&fake, CUSTOMER_TOKEN);
    c.list_licenses().expect("licences after the 429");
    let log: Vec<_> = fake.requests().into_iter().filter(|r| r.path == "/licenses").collect();
    assert_eq!(log.len(), 2);
    let gap = log[1].at.duration_since(log[0].at);
    assert!(gap >= Duration::from_millis(280), "waited {gap:?}, the default is 300 ms");
}

#[test]
fn a_429_on_every_attempt_is_reported_as_unreachable_exit_10() {
    let fake = FakeWebex::start();
    for _ in 0..4 {
        fake.inject("licenses", Inject::TooMany(Some(0)));
    }
    let c = client(&fake, CUSTOMER_TOKEN);
    let e = c.list_licenses().expect_err("429 four times");
    assert!(matches!(e, WebexError::RateLimited { attempts: 4, .. }), "{e:?}");
    assert!(e.to_string().contains("429"), "{e}");
    assert_eq!(Error::from(e).exit_code(), 10);
}

#[test]
fn server_errors_are_retried_with_backoff_then_succeed() {
    let fake = FakeWebex::start();
    fake.inject("locations", Inject::Status(503));
    fake.inject("locations", Inject::Status(502));
    let c = client(&fake, CUSTOMER_TOKEN);
    let locations = c.list_locations().expect("locations after two 5xx");
    assert_eq!(locations.len(), 3);
    assert_eq!(locations[0].address().and_then(|a| a.city).as_deref(), Some("Springfield"));
    let statuses: Vec<u16> = fake.requests().iter().filter(|r| r.path == "/locations").map(|r| r.status).collect();
    assert_eq!(statuses, vec![503, 502, 200]);
}

#[test]
fn a_timeout_is_retried_then_succeeds() {
    let fake = FakeWebex::start();
    fake.inject("organizations", Inject::Slow(Duration::from_millis(1500)));
    let mut cfg = config(&fake.base_url);
    cfg.request_timeout = Duration::from_millis(300);
    let c = client_with(cfg, PARTNER_TOKEN);
    let orgs = c.list_organizations().expect("organisations after a timeout");
    assert_eq!(orgs.len(), 3);
    assert!(fake.count("GET", "/organizations") >= 1);
}

#[test]
fn an_unreachable_api_fails_after_the_attempts_with_exit_code_10() {
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port();
    let c = client_with(config(&format!("http://127.0.0.1:{port}/v1")), CUSTOMER_TOKEN);
    let e = c.list_people(&PeopleQuery::default()).expect_err("nothing listens there");
    assert!(matches!(e, WebexError::Unreachable { attempts: 4, .. }), "{e:?}");
    let text = e.to_string();
    assert!(text.contains("cannot reach Webex") && text.contains("HTTPS_PROXY"), "{text}");
    let d = Error::from(e);
    assert_eq!((d.exit_code(), d.kind()), (10, "unreachable"));

    // 5xx on every attempt is unreachable too, and names the last status.
    let fake = FakeWebex::start();
    for _ in 0..4 {
        fake.inject("licenses", Inject::Status(500));
    }
    let e = client(&fake, CUSTOMER_TOKEN).list_licenses().expect_err("500 four times");
    assert!(e.to_string().contains("500"), "{e}");
    assert_eq!(Error::from(e).exit_code(), 10);
}

#[test]
fn a_revoked_token_asks_for_sign_in_with_exit_code_9() {
    let fake = FakeWebex::start();
    fake.add_token("soon-revoked", CUSTOMER_TOKEN, |_| {});
    let c = client(&fake, "soon-revoked");
    c.me().expect("works before");
    fake.revoke("soon-revoked");
    let e = c.list_people(&PeopleQuery::default()).expect_err("revoked");
    assert_eq!(e.status(), Some(401));
    assert!(e.to_string().contains("wxgo login"), "{e}");
    assert_eq!(e.tracking_id().map(|t| t.starts_with("FAKE_")), Some(true));
    let d = Error::from(e);
    assert_eq!((d.exit_code(), d.kind()), (9, "auth"));
}

#[test]
fn a_read_only_token_reads_but_its_writes_are_refused_naming_the_scope() {
    let fake = FakeWebex::start();
    let c = client(&fake, READ_ONLY_TOKEN);
    let people = c.list_people(&PeopleQuery::default()).expect("reads work");
    let before = fake.devices_of(&people[3].id).len();
    let req = ActivationCodeRequest {
        person_id: Some(people[3].id.clone()),
        model: Some("webexgo".into()),
        ..Default::default()
    };
    let e = c.create_activation_code(&req).expect_err("read-only");
    assert_eq!(e.status(), Some(403));
    let text = e.to_string();
    assert!(text.contains("spark-admin:devices_write"), "names the scope: {text}");
    assert_eq!(Error::from(e).exit_code(), 9);
    assert_eq!(fake.devices_of(&people[3].id).len(), before, "nothing changed");
}

#[test]
fn broadworks_and_audit_are_not_available_to_a_non_partner_token() {
    let fake = FakeWebex::start();
    let c = client(&fake, CUSTOMER_TOKEN);
    let e = c.list_subscribers().expect_err("not a partner");
    assert!(e.is_not_available(), "{e:?}");
    assert!(e.not_available_note("BroadWorks subscribers").contains("not available to this token"));
    let org = c.me().expect("me").org_id.expect("org id");
    fake.knobs().non_partner_status = 404;
    let e = c.list_audit_events(&org, "2026-01-01T00:00:00.000Z", "2026-12-31T00:00:00.000Z").expect_err("404");
    assert!(e.is_not_available(), "{e:?}");
    // The rest still reads.
    assert_eq!(c.list_devices(&DeviceQuery::default()).expect("devices").len(), 12);
}

#[test]
fn a_partner_switches_between_its_customer_organisations() {
    let fake = FakeWebex::start();
    let mut c = client(&fake, PARTNER_TOKEN);
    let orgs = c.list_organizations().expect("orgs");
    let names: Vec<_> = orgs.iter().filter_map(|o| o.display_name.clone()).collect();
    assert_eq!(names, vec!["Channel Partner Ltd", "Acme Corp", "Globex GmbH"]);
    c.with_org(Some(&orgs[1].id));
    assert_eq!(c.list_people(&PeopleQuery::default()).expect("acme").len(), 25);
    assert_eq!(c.list_subscribers().expect("partner sees subscribers").len(), 12);
    c.with_org(Some(&orgs[2].id));
    let globex = c.list_people(&PeopleQuery::default()).expect("globex");
    assert_eq!(globex.len(), 8);
    assert!(globex.iter().all(|p| p.org_id.as_deref() == Some(orgs[2].id.as_str())));
    let events =
        c.list_audit_events(&orgs[2].id, "2026-01-01T00:00:00.000Z", "2026-12-31T00:00:00.000Z").expect("audit");
    assert_eq!(events.len(), 5);
    assert!(fake.requests().iter().any(|r| r.path == "/people" && r.query.contains("orgId=")));

    // A customer's token cannot reach another customer.
    let mut other = client(&fake, CUSTOMER_TOKEN);
    other.with_org(Some(&orgs[2].id));
    let e = other.list_people(&PeopleQuery::default()).expect_err("not its org");
    assert_eq!(e.status(), Some(403));
}

#[test]
fn requests_in_flight_never_exceed_the_limit() {
    let fake = FakeWebex::start();
    fake.knobs().latency = Duration::from_millis(30);
    let mut cfg = config(&fake.base_url);
    cfg.max_in_flight = 3;
    let c = client_with(cfg, CUSTOMER_TOKEN);
    let people = c.list_people(&PeopleQuery::default()).expect("people");
    let ids: Vec<String> = people.iter().map(|p| p.id.clone()).collect();
    let results = c.fan_out(ids.clone(), |api, id| async move {
        api.list_devices(&DeviceQuery { person_id: Some(id), ..DeviceQuery::default() }).await
    });
    assert_eq!(results.len(), 25);
    let found: usize = results.iter().map(|r| r.as_ref().map(Vec::len).unwrap_or(0)).sum();
    assert_eq!(found, 12, "each person's devices, in order");
    assert!(results[0].as_ref().is_ok_and(|d| d.len() == 1 && d[0].person_id.as_deref() == Some(ids[0].as_str())));
    let max = fake.max_in_flight();
    assert!(max <= 3, "at most 3 in flight, saw {max}");
    assert!(max >= 2, "the fan-out ran concurrently (saw {max})");
}

#[test]
fn the_default_limit_is_eight_in_flight() {
    let fake = FakeWebex::start();
    fake.knobs().latency = Duration::from_millis(25);
    let c = client(&fake, CUSTOMER_TOKEN);
    assert_eq!(c.api().config().max_in_flight, 8);
    let _ = c.fan_out((0..40).collect::<Vec<_>>(), |api, _| async move { api.list_licenses().await });
    let max = fake.max_in_flight();
    assert!((2..=8).contains(&max), "saw {max} in flight");
}

#[test]
fn the_trace_has_method_path_status_and_tracking_id_but_no_secret() {
    let fake = FakeWebex::start();
    let dir = tempfile::tempdir().expect("tmp");
    let path = dir.path().join("trace.log");
    let mut cfg = config(&fake.base_url);
    cfg.trace = Some(TraceSink::to_file(&path).expect("trace file"));
    let c = client_with(cfg, CUSTOMER_TOKEN);
    let q = PeopleQuery { email: Some("user3@acme.example".into()), location_id: None };
    let person = c.list_people(&q).expect("by email").pop().expect("found");
    let code = c
        .create_activation_code(&ActivationCodeRequest {
            person_id: Some(person.id.clone()),
            model: Some("webexgo".into()),
            ..Default::default()
        })
        .expect("code");
    let _ = c.delete_device("no-such-device");
    let trace = std::fs::read_to_string(&path).expect("read trace");
    use std::os::unix::fs::PermissionsExt;
    assert_eq!(std::fs::metadata(&path).expect("meta").permissions().mode() & 0o777, 0o600);
    let lines: Vec<&str> = trace.lines().collect();
    assert_eq!(lines.len(), 3, "{trace}");
    assert!(lines[0].contains(" GET /v1/people?callingData=true&email=…&max=100 200 "), "{}", lines[0]);
    assert!(lines[1].contains(" POST /v1/devices/activationCode 200 "), "{}", lines[1]);
    assert!(lines[2].contains(" DELETE /v1/devices/no-such-device 404 "), "{}", lines[2]);
    assert!(lines.iter().all(|l| l.contains("trackingId=FAKE_") && l.contains("ms ")), "{trace}");
    for secret in [CUSTOMER_TOKEN, code.value.code.as_str(), "user3@acme.example", "webexgo", person.id.as_str()] {
        assert!(!trace.contains(secret), "the trace holds {secret:?}: {trace}");
    }
}

#[test]
fn api_errors_carry_status_message_and_tracking_id() {
    let fake = FakeWebex::start();
    let c = client(&fake, CUSTOMER_TOKEN);
    let e = c.delete_device("no-such-device").expect_err("404");
    let WebexError::Api(a) = &e else { panic!("{e:?}") };
    assert_eq!(a.status, 404);
    assert_eq!(a.message.as_deref(), Some("Device not found."));
    assert_eq!(a.descriptions, vec!["Device not found.".to_string()]);
    let logged = fake.requests().into_iter().find(|r| r.method == "DELETE").expect("logged");
    assert_eq!(logged.status, 404);
    let text = e.to_string();
    assert!(text.contains("Device not found.") && text.contains("trackingId FAKE_"), "{text}");
    let d = Error::from(e);
    assert_eq!(d.exit_code(), 4);
}

#[test]
fn an_activation_code_makes_an_activating_device_that_the_phone_then_connects() {
    let fake = FakeWebex::start();
    let c = client(&fake, CUSTOMER_TOKEN);
    let person = c.list_people(&PeopleQuery::default()).expect("people").remove(20);
    let req = ActivationCodeRequest {
        person_id: Some(person.id.clone()),
        model: Some("webexgo".into()),
        ..Default::default()
    };
    let code = c.create_activation_code(&req).expect("code");
    assert_eq!(code.value.code.len(), 16, "kept exactly as the API gave it");
    assert!(code.value.expiry_time.is_some() && code.tracking_id.is_some());
    let mine = |c: &WebexClient| {
        c.list_devices(&DeviceQuery { person_id: Some(person.id.clone()), ..DeviceQuery::default() }).expect("devices")
    };
    let d = mine(&c);
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].connection_status.as_deref(), Some("activating"));
    // A second code supersedes the first: still one activating device.
    c.create_activation_code(&req).expect("second code");
    let d = mine(&c);
    assert_eq!(d.len(), 1);
    assert!(fake.set_device_status(&d[0].id, "connected"));
    assert_eq!(mine(&c)[0].connection_status.as_deref(), Some("connected"));
    c.delete_device(&d[0].id).expect("deleted");
    assert!(mine(&c).is_empty());
}

#[test]
fn a_licence_patch_that_is_partly_refused_reports_partial() {
    let fake = FakeWebex::start();
    let c = client(&fake, CUSTOMER_TOKEN);
    let licences = c.list_licenses().expect("licences");
    let go = licences.iter().find(|l| l.name.as_deref() == Some("Webex Go")).expect("go licence");
    let calling = licences.iter().find(|l| l.name.as_deref() != Some("Webex Go")).expect("calling");
    let person = c.list_people(&PeopleQuery::default()).expect("people").remove(5);
    let add = |id: &str| LicenseRequest { id: id.into(), operation: LicenseOperation::Add, properties: None };
    let req = PatchUserLicenses {
        person_id: Some(person.id.clone()),
        licenses: vec![add(&calling.id), add(&go.id)],
        ..Default::default()
    };
    let out = c.patch_user_licenses(&req).expect("206 is not an error");
    assert!(out.partial, "the Webex Go licence has no unit left");
    assert!(out.result.licenses.contains(&calling.id) && !out.result.licenses.contains(&go.id));
    let req = PatchUserLicenses { person_id: Some(person.id), licenses: vec![add(&calling.id)], ..Default::default() };
    assert!(!c.patch_user_licenses(&req).expect("200").partial);
}

#[test]
fn mobile_numbers_are_added_twenty_at_most_and_validated_with_webex_states() {
    let fake = FakeWebex::start();
    let c = client(&fake, CUSTOMER_TOKEN);
    let loc = c.list_locations().expect("locations").remove(1);
    let too_many = AddNumbers {
        phone_numbers: (0..21).map(|i| format!("+1630555{i:04}")).collect(),
        number_type: Some("MOBILE".into()),
        ..Default::default()
    };
    let e = c.add_numbers(&loc.id, &too_many).expect_err("21 numbers");
    assert!(e.to_string().contains("at most 20") || e.to_string().contains("1 to 20"), "{e}");
    assert_eq!(fake.count("POST", "/telephony"), 0, "refused before sending");
    let twenty = AddNumbers { phone_numbers: too_many.phone_numbers[..20].to_vec(), ..too_many.clone() };
    c.add_numbers(&loc.id, &twenty).expect("added");
    let q = NumberQuery {
        location_id: Some(loc.id.clone()),
        included_telephony_types: Some("MOBILE_NUMBER".into()),
        ..Default::default()
    };
    let mobiles = c.list_numbers(&q).expect("mobiles");
    let new: Vec<_> =
        mobiles.iter().filter(|n| n.phone_number.as_deref().is_some_and(|p| p.starts_with("+1630555"))).collect();
    assert_eq!(new.len(), 20);
    assert!(new.iter().all(|n| n.is_mobile() && n.state.as_deref() == Some("INACTIVE") && n.owner.is_none()));
    let v = c
        .validate_numbers(&[
            "+16305550000".into(),
            "+16305559999".into(),
            "+16305559999".into(),
            "12345".into(),
            "+19005550000".into(),
        ])
        .expect("validated");
    let states: Vec<_> = v.phone_numbers.iter().map(|n| n.state.clone().unwrap_or_default()).collect();
    assert_eq!(states, vec!["Duplicate", "Duplicate In List", "Duplicate In List", "Invalid", "Unavailable"]);
    assert_eq!(v.status.as_deref(), Some("ERRORS"));
}

#[test]
fn a_person_is_re_read_and_updated_whole() {
    let fake = FakeWebex::start();
    let c = client(&fake, CUSTOMER_TOKEN);
    let id = c.list_people(&PeopleQuery::default()).expect("people")[2].id.clone();
    let before = c.get_person(&id).expect("person");
    let mut update = models::PersonUpdate::from_person(&before);
    update.extension = Some("7777".into());
    let after = c.update_person(&id, &update).expect("updated").value;
    assert_eq!(after.extension.as_deref(), Some("7777"));
    assert_eq!(after.emails, before.emails, "untouched fields kept");
    assert_eq!(after.work_number(), before.work_number());
    assert_eq!(after.location_id, before.location_id);
    assert_ne!(after.last_modified, before.last_modified);
}

#[test]
fn numbers_follow_link_headers_to_the_last_page() {
    let fake = FakeWebex::start();
    fake.knobs().page_cap = 15;
    let mut cfg = config(&fake.base_url);
    cfg.page_size = 10;
    let c = client_with(cfg, CUSTOMER_TOKEN);
    assert_eq!(c.list_numbers(&NumberQuery::default()).expect("numbers").len(), 40);
    assert_eq!(fake.count("GET", "/telephony/config/numbers"), 4, "four pages, no request past the last");
}

#[test]
fn a_next_page_link_to_another_host_is_not_followed() {
    let fake = FakeWebex::start();
    {
        let mut k = fake.knobs();
        k.page_cap = 5;
        k.public_base = Some("http://elsewhere.invalid/v1".into());
    }
    let c = client(&fake, CUSTOMER_TOKEN);
    let e = c.list_people(&PeopleQuery::default()).expect_err("foreign link");
    assert!(e.to_string().contains("another host"), "{e}");
    assert_eq!(fake.count("GET", "/people"), 1);
}

#[test]
fn a_bad_ca_file_or_base_url_is_a_clear_configuration_error() {
    let dir = tempfile::tempdir().expect("tmp");
    let missing = dir.path().join("corp-ca.pem");
    let mut cfg = config("https://webexapis.com/v1");
    cfg.ca_file = Some(missing.clone());
    let tokens = || Arc::new(StaticToken::new(Secret::new("x")));
    let e = WebexClient::new(cfg.clone(), tokens()).err().expect("missing file");
    assert!(e.to_string().contains("corp-ca.pem") && e.to_string().contains("ca_file"), "{e}");
    std::fs::write(&missing, "not a certificate").expect("write");
    let e = WebexClient::new(cfg, tokens()).err().expect("no PEM");
    assert!(e.to_string().contains("PEM"), "{e}");
    let e = WebexClient::new(config("webexapis.com"), tokens()).err().expect("not a URL");
    assert_eq!(Error::from(e).exit_code(), 4);
}

#[test]
fn a_large_organisation_is_seeded_and_streams_page_by_page() {
    let world = fake_webex::World::large(100_000, 50_000, 150_000);
    let d = world.data.values().next().expect("the org");
    assert_eq!((d.people.len(), d.devices.len(), d.numbers.len()), (100_000, 50_000, 150_000));
    let fake = FakeWebex::start_with(world);
    let c = client(&fake, CUSTOMER_TOKEN);
    let mut pages = Vec::new();
    let r = c.device_pages(&DeviceQuery::default(), |page| {
        pages.push(page.len());
        if pages.len() == 3 {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    });
    assert_eq!(r, Err(WebexError::Cancelled));
    assert_eq!(pages, vec![1000, 1000, 1000], "each page shown as it comes; the rest not fetched");
    assert_eq!(fake.count("GET", "/devices"), 3);
}

#[test]
fn a_write_that_may_have_been_done_is_not_sent_twice() {
    let fake = FakeWebex::start();
    let mut cfg = config(&fake.base_url);
    cfg.request_timeout = Duration::from_millis(700);
    let c = client_with(cfg, CUSTOMER_TOKEN);
    let person = c.list_people(&PeopleQuery::default()).expect("people").remove(21);
    let req = ActivationCodeRequest {
        person_id: Some(person.id.clone()),
        model: Some("webexgo".into()),
        ..Default::default()
    };
    fake.inject("devices/activationCode", Inject::Slow(Duration::from_millis(2000)));
    let e = c.create_activation_code(&req).expect_err("timed out");
    assert!(e.is_unknown_outcome() && e.to_string().contains("not known whether Webex did it"), "{e}");
    assert_eq!(Error::from(e).exit_code(), 10);
    assert!(fake_webex::wait_until(Duration::from_secs(5), || fake.count("POST", "/devices/activationCode") == 1));
    fake.inject("devices/activationCode", Inject::Status(502));
    let e = c.create_activation_code(&req).expect_err("a 502 on a POST is not retried");
    assert!(e.is_unknown_outcome(), "a 502 may come after the change was made: {e}");
    assert_eq!(fake.count("POST", "/devices/activationCode"), 2);
    // 503 means it was not taken: retried.
    fake.inject("devices/activationCode", Inject::Status(503));
    c.create_activation_code(&req).expect("after a 503");
    assert_eq!(fake.count("POST", "/devices/activationCode"), 4);
}

#[test]
fn an_oversized_answer_is_refused_not_read_whole() {
    let fake = FakeWebex::start();
    let mut cfg = config(&fake.base_url);
    cfg.max_body_bytes = 2_000;
    let c = client_with(cfg, CUSTOMER_TOKEN);
    let e = c.list_people(&PeopleQuery::default()).expect_err("a page of 25 people is over 2 kB");
    assert!(matches!(e, WebexError::Decode { .. }) && e.to_string().contains("larger than"), "{e}");
    assert!(c.list_licenses().is_ok(), "small answers still read");
}

#[test]
fn a_mobile_number_given_to_a_person_becomes_theirs_and_active() {
    let fake = FakeWebex::start();
    let c = client(&fake, CUSTOMER_TOKEN);
    let loc = c.list_locations().expect("locations").remove(0);
    let add = AddNumbers {
        phone_numbers: vec!["+16305557000".into()],
        number_type: Some("MOBILE".into()),
        ..Default::default()
    };
    c.add_numbers(&loc.id, &add).expect("added");
    let person = c.list_people(&PeopleQuery::default()).expect("people").remove(7);
    let old = person.work_number().map(str::to_string).expect("a work number");
    let mut u = models::PersonUpdate::from_person(&c.get_person(&person.id).expect("fresh copy"));
    u.phone_numbers =
        vec![models::PhoneNumber { kind: Some("work".into()), value: Some("+16305557000".into()), primary: None }];
    c.update_person(&person.id, &u).expect("assigned");
    let numbers = c.list_numbers(&NumberQuery::default()).expect("numbers");
    let new = numbers.iter().find(|n| n.phone_number.as_deref() == Some("+16305557000")).expect("the new number");
    assert!(new.is_mobile() && new.state.as_deref() == Some("ACTIVE"));
    assert_eq!(new.owner.as_ref().and_then(|o| o.id.as_deref()), Some(person.id.as_str()));
    let freed = numbers.iter().find(|n| n.phone_number.as_deref() == Some(old.as_str())).expect("the old number");
    assert!(freed.owner.is_none(), "the previous number is free again");
}

#[test]
fn a_broadworks_subscriber_ends_provisioned_when_the_partner_side_says_so() {
    let fake = FakeWebex::start();
    let c = client(&fake, PARTNER_TOKEN);
    let subs = c.list_subscribers().expect("subscribers");
    let failed = subs.iter().find(|s| s.status.as_deref() == Some("error")).expect("one in error");
    assert!(!failed.errors.is_empty() && failed.errors[0].description.is_some());
    assert!(fake.set_subscriber_status(&failed.id, "provisioned"));
    let again = c.list_subscribers().expect("subscribers");
    let now = again.iter().find(|s| s.id == failed.id).expect("same subscriber");
    assert_eq!(now.status.as_deref(), Some("provisioned"));
    assert!(now.errors.is_empty());
}

#[test]
fn https_works_with_the_profile_ca_file_and_fails_clearly_without_it() {
    let fake = FakeWebex::start();
    let front = fake_webex::tls::start(fake.port);
    let mut cfg = config(&front.base_url);
    cfg.ca_file = Some(fake_webex::tls::ca_file());
    let c = client_with(cfg, CUSTOMER_TOKEN);
    assert_eq!(c.list_licenses().expect("over HTTPS, trusting the ca_file").len(), 2);
    assert_eq!(fake.count("GET", "/licenses"), 1);

    let e = client(&fake, CUSTOMER_TOKEN); // plain HTTP still works beside it
    assert!(e.list_licenses().is_ok());
    let untrusted = client_with(config(&front.base_url), CUSTOMER_TOKEN);
    let e = untrusted.list_licenses().expect_err("the test CA is not in the system store");
    let text = e.to_string();
    assert!(matches!(e, WebexError::Unreachable { .. }), "{e:?}");
    assert!(text.to_lowercase().contains("certificate") && text.contains("ca_file"), "{text}");
    assert_eq!(fake.count("GET", "/licenses"), 2, "the untrusted server never got the request");
}

#[test]
fn after_a_429_no_request_is_sent_before_retry_after_even_queued_ones() {
    let fake = FakeWebex::start();
    fake.inject("licenses", Inject::TooMany(Some(1)));
    let mut cfg = config(&fake.base_url);
    cfg.max_in_flight = 1;
    let c = client_with(cfg, CUSTOMER_TOKEN);
    let results = c.fan_out((0..5).collect::<Vec<_>>(), |api, _| async move { api.list_licenses().await });
    assert!(results.iter().all(Result::is_ok));
    let log: Vec<_> = fake.requests().into_iter().filter(|r| r.path == "/licenses").collect();
    assert_eq!(log.len(), 6);
    let first = log.iter().find(|r| r.status == 429).expect("the 429");
    for r in log.iter().filter(|r| r.status == 200) {
        let gap = r.at.duration_since(first.at);
        assert!(gap >= Duration::from_millis(950), "a request went {gap:?} after the 429");
    }
}
