//! `wxgo sync` at the scale of a real organisation: the fake keeps the page limits of Webex's
//! specs; everyone is listed once and the calling data read by id, 85 at a time, side by side,
//! joined by id, so nobody is missed or doubled whatever changes between two pages; a sync after the
//! first reads again only the people that can have changed, reads everyone at least daily and
//! with `--full`, and the copy it leaves is Webex as it stands.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::sync::{Arc, Mutex};

use crate::fake_webex::home::{side, Home};
use crate::fake_webex::prism::specs_dir;
use crate::fake_webex::world::{webex_id, Spread, CALLING_LICENSE};
use crate::fake_webex::{self, hook, FakeWebex, Seen, World, CUSTOMER_TOKEN};
use chrono::{DateTime, Utc};
use serde_json::Value;
use wxgo::domain::licensing::licence_key;
use wxgo::outside::FixedClock;
use wxgo::service::sync::{SyncOptions, SyncReport};
use wxgo::service::{Options, Service};

const T0: &str = "2026-12-01T09:00:00Z";

fn at(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).expect("time").with_timezone(&Utc)
}

fn big() -> String {
    webex_id("ORGANIZATION", "big")
}

/// A fake with this organisation, its clock at `T0`.
fn fake_with(s: Spread) -> FakeWebex {
    let mut w = World::spread(s);
    w.clock = Some(at(T0));
    FakeWebex::start_with(w)
}

struct Synced {
    svc: Service,
    clock: Arc<FixedClock>,
    db: std::path::PathBuf,
    _dir: tempfile::TempDir,
}

fn first_sync(fake: &FakeWebex) -> (Synced, SyncReport) {
    let dir = tempfile::tempdir().expect("tmp");
    let db = dir.path().join("cache.db");
    let clock = Arc::new(FixedClock::new(at(T0)));
    let (svc, report) = Service::sync_new(
        &Options::new(&db),
        side(&fake.base_url, CUSTOMER_TOKEN),
        clock.clone(),
        &SyncOptions::default(),
        &mut |_| {},
        &AtomicBool::new(false),
    )
    .expect("first sync");
    (Synced { svc, clock, db, _dir: dir }, report)
}

impl Synced {
    /// Another sync `later` after the first, the fake's clock with it.
    fn again(&mut self, fake: &FakeWebex, later: chrono::Duration, full: bool) -> SyncReport {
        let t = at(T0) + later;
        self.clock.set(t);
        fake.world().clock = Some(t);
        self.svc.sync(full, &mut |_| {}, &AtomicBool::new(false)).expect("sync")
    }
}

/// A person as the copy holds them: email, name, location (Webex id), extension, work number,
/// licence keys.
type Row = (String, String, Option<String>, Option<String>, Option<String>, BTreeSet<String>);

fn cache_people(db: &Path) -> BTreeMap<String, Row> {
    let c = rusqlite::Connection::open(db).expect("open");
    let mut st = c
        .prepare(
            "SELECT u.webex_id, u.email, u.display_name, l.webex_id, u.extension, u.work_phone,
                (SELECT group_concat(licence, ',') FROM user_licences ul WHERE ul.user_id = u.id)
             FROM users u LEFT JOIN locations l ON l.id = u.location_id WHERE u.webex_id IS NOT NULL",
        )
        .expect("query");
    let rows = st
        .query_map([], |r| {
            let licences: Option<String> = r.get(6)?;
            Ok((
                r.get::<_, String>(0)?,
                (
                    r.get(1)?,
                    r.get(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                    licences.unwrap_or_default().split(',').filter(|s| !s.is_empty()).map(str::to_string).collect(),
                ),
            ))
        })
        .expect("rows");
    let mut out = BTreeMap::new();
    for r in rows {
        let (id, row) = r.expect("row");
        assert!(out.insert(id.clone(), row).is_none(), "{id} twice in the copy");
    }
    out
}

/// The same, as Webex (the fake) holds them now.
fn world_people(fake: &FakeWebex) -> BTreeMap<String, Row> {
    let w = fake.world();
    let d = &w.data[&big()];
    let names: BTreeMap<&str, String> = d.licenses.iter().map(|l| (l.id.as_str(), licence_key(&l.name))).collect();
    d.people
        .iter()
        .map(|p| {
            let work = p.phone_numbers.iter().find(|n| n.kind == "work").map(|n| n.value.clone());
            let licences = p.licenses.iter().filter_map(|l| names.get(l.as_str()).cloned()).collect();
            (
                p.id.clone(),
                (
                    p.emails[0].clone(),
                    p.display_name.clone(),
                    p.location_id.clone(),
                    p.extension.clone(),
                    work,
                    licences,
                ),
            )
        })
        .collect()
}

/// Devices as the copy holds them: Webex id -> (owner's Webex id, connectionStatus).
fn cache_devices(db: &Path) -> BTreeMap<String, (String, String)> {
    let c = rusqlite::Connection::open(db).expect("open");
    let mut st = c
        .prepare(
            "SELECT d.webex_id, u.webex_id, coalesce(d.connection_status, '') FROM devices d
             JOIN users u ON u.id = d.user_id WHERE d.webex_id IS NOT NULL",
        )
        .expect("query");
    let rows = st.query_map([], |r| Ok((r.get(0)?, (r.get(1)?, r.get(2)?)))).expect("rows");
    rows.map(|r| r.expect("row")).collect()
}

fn world_devices(fake: &FakeWebex) -> BTreeMap<String, (String, String)> {
    let w = fake.world();
    w.data[&big()].devices.iter().map(|d| (d.id.clone(), (d.person_id.clone(), d.connection_status.clone()))).collect()
}

/// Numbers as the copy holds them: E.164 -> the owner's Webex id.
fn cache_numbers(db: &Path) -> BTreeMap<String, Option<String>> {
    let c = rusqlite::Connection::open(db).expect("open");
    let mut st = c
        .prepare("SELECT n.e164, u.webex_id FROM numbers n LEFT JOIN users u ON u.id = n.owner_user_id")
        .expect("query");
    let rows = st.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).expect("rows");
    rows.map(|r| r.expect("row")).collect()
}

fn world_numbers(fake: &FakeWebex) -> BTreeMap<String, Option<String>> {
    let w = fake.world();
    w.data[&big()].numbers.iter().map(|n| (n.phone_number.clone(), n.owner.as_ref().map(|o| o.id.clone()))).collect()
}

/// The copy is Webex as it stands: people, devices and numbers.
fn assert_copy_is_webex(fake: &FakeWebex, db: &Path) {
    assert_people_are_webex(fake, db);
    assert_eq!(cache_devices(db), world_devices(fake), "devices");
    assert_eq!(cache_numbers(db), world_numbers(fake), "numbers");
}

fn assert_people_are_webex(fake: &FakeWebex, db: &Path) {
    let (cache, world) = (cache_people(db), world_people(fake));
    let missing: Vec<&String> = world.keys().filter(|k| !cache.contains_key(*k)).collect();
    let extra: Vec<&String> = cache.keys().filter(|k| !world.contains_key(*k)).collect();
    assert!(missing.is_empty() && extra.is_empty(), "missing {missing:?}, not in Webex {extra:?}");
    for (id, row) in &world {
        assert_eq!(&cache[id], row, "person {id}");
    }
}

/// `GET /people` listings (not `GET /people/{id}`) since the log's entry `from`.
fn people_listings(fake: &FakeWebex, from: usize) -> Vec<crate::fake_webex::Logged> {
    fake.requests().into_iter().skip(from).filter(|r| r.method == "GET" && r.path == "/people").collect()
}

/// `GET /people/{id}` since the log's entry `from` (not `/people/me`).
fn people_by_id(fake: &FakeWebex, from: usize) -> usize {
    let by_id =
        |r: &crate::fake_webex::Logged| r.method == "GET" && r.path.starts_with("/people/") && r.path != "/people/me";
    fake.requests().into_iter().skip(from).filter(by_id).count()
}

fn query(r: &crate::fake_webex::Logged) -> BTreeMap<String, String> {
    url::form_urlencoded::parse(r.query.as_bytes()).into_owned().collect()
}

// ---------------------------------------------------------------- the fake keeps the specs' limits

/// The first number after `after` in `text`.
fn number_after(text: &str, after: &str) -> usize {
    let rest = &text[text.find(after).unwrap_or_else(|| panic!("\"{after}\" in \"{text}\"")) + after.len()..];
    let digits: String = rest.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
    digits.parse().unwrap_or_else(|_| panic!("a number after \"{after}\" in \"{text}\""))
}

/// The description of `max` of `GET path` in a spec file.
fn max_text(file: &str, path: &str) -> String {
    let spec: Value = serde_json::from_slice(&std::fs::read(specs_dir().join(file)).expect("spec")).expect("json");
    let params = spec["paths"][path]["get"]["parameters"].as_array().expect("parameters");
    let max = params.iter().find(|p| p["name"] == "max").expect("a max parameter");
    max["description"].as_str().expect("described").to_string()
}

#[test]
fn the_fake_keeps_the_page_limits_of_webexs_specs_and_wxgo_asks_no_more() {
    // The limits, read from the specs' own words (not from constants of the fake's).
    let people = max_text("webex-admin.json", "/people");
    let sentence = |word: &str| people.split(". ").find(|s| s.contains(word)).expect("sentence").to_string();
    let calling = number_after(&sentence("callingData"), "more than");
    let located = number_after(&sentence("locationId"), "more than");
    let audit = number_after(&max_text("webex-admin.json", "/adminAudit/events"), "maximum value is");
    let subscribers = number_after(&max_text("webex-broadworks.json", "/broadworks/subscribers"), "up to");
    assert_eq!((calling, located, audit, subscribers), (100, 50, 200, 100), "as the specs say today");

    let fake = fake_with(Spread { people: 2_500, devices: 1_200, numbers: 1_500, locations: 2 });
    fake.add_token("partner-big", CUSTOMER_TOKEN, |g| g.partner = true);
    {
        let mut w = fake.world();
        let d = w.data.get_mut(&big()).expect("big");
        let (sub, event) = (d.subscribers[0].clone(), d.audit[0].clone());
        for i in 0..250 {
            let mut s = sub.clone();
            s.id = webex_id("SUBSCRIBER", &format!("more-{i}"));
            s.user_id = format!("bw-more-{i}");
            d.subscribers.push(s);
            let mut e = event.clone();
            e.id = webex_id("AUDIT", &format!("more-{i}"));
            d.audit.push(e);
        }
    }
    let head = webex_id("LOCATION", "big-0");
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let http = reqwest::Client::new();
    // One page asked with a `max` far over any limit: what comes back, and the next link's `max`.
    let page = |path: &str, q: &[(&str, &str)]| -> (usize, Option<String>) {
        let url = format!("{}/{path}", fake.base_url);
        let mut q: Vec<(&str, &str)> = q.to_vec();
        q.push(("max", "100000"));
        let r = rt
            .block_on(http.get(&url).query(&q).bearer_auth("partner-big").send())
            .expect("answer")
            .error_for_status()
            .expect("200");
        let link = r.headers().get("link").and_then(|v| v.to_str().ok()).map(str::to_string);
        let body: Value = rt.block_on(r.json()).expect("json");
        let key = if path.starts_with("telephony") { "phoneNumbers" } else { "items" };
        (body[key].as_array().expect("items").len(), link)
    };
    let (n, link) = page("people", &[("callingData", "true")]);
    assert_eq!(n, calling, "people with calling data");
    assert!(link.is_some_and(|l| l.contains(&format!("max={calling}"))), "the next page keeps the limit");
    assert_eq!(page("people", &[("callingData", "true"), ("locationId", &head)]).0, located, "people of a location");
    assert_eq!(page("people", &[("locationId", &head)]).0, located, "people of a location without calling data");
    assert_eq!(page("people", &[]).0, 1000, "people without calling data: 1,000 a page");
    let org = big();
    let window = [("orgId", org.as_str()), ("from", "2020-01-01T00:00:00.000Z"), ("to", "2030-01-01T00:00:00.000Z")];
    assert_eq!(page("adminAudit/events", &window).0, audit, "admin audit events");
    assert_eq!(page("broadworks/subscribers", &[]).0, subscribers, "BroadWorks subscribers");
    // Listings whose spec states no limit: 1,000, as Webex's own pages.
    assert_eq!(page("devices", &[]).0, 1000);
    assert_eq!(page("telephony/config/numbers", &[]).0, 1000);
    // Calling data comes only when asked for.
    let r = rt
        .block_on(
            http.get(format!("{}/people", fake.base_url)).query(&[("max", "5")]).bearer_auth("partner-big").send(),
        )
        .expect("answer");
    let body: Value = rt.block_on(r.json()).expect("json");
    assert!(body["items"]
        .as_array()
        .expect("items")
        .iter()
        .all(|p| p.get("locationId").is_none() && p.get("extension").is_none()));

    // wxgo never asks for more than the spec allows.
    let before = fake.requests().len();
    let (_s, report) = first_sync(&fake);
    assert_eq!(report.people_read, "everyone");
    for r in fake.requests().iter().skip(before).filter(|r| r.method == "GET") {
        let q = query(r);
        let Some(max) = q.get("max").and_then(|m| m.parse::<usize>().ok()) else { continue };
        let limit = match r.path.as_str() {
            "/people" if q.contains_key("locationId") => located,
            "/people" if q.get("callingData").is_some_and(|v| v == "true") => calling,
            "/adminAudit/events" => audit,
            "/broadworks/subscribers" => subscribers,
            _ => 1000,
        };
        assert!(max <= limit, "{} {} asks for {max}, the spec allows {limit}", r.path, r.query);
    }
}

// ---------------------------------------------------------------- people in parallel, exact

/// The value of `id` of a listing: how many ids it carries.
fn ids_in(r: &crate::fake_webex::Logged) -> Option<usize> {
    query(r).get("id").map(|ids| ids.split(',').count())
}

#[test]
fn people_are_listed_once_and_their_calling_data_read_by_id_85_at_a_time_nobody_missed_or_doubled() {
    let fake = fake_with(Spread { people: 1_200, devices: 300, numbers: 900, locations: 12 });
    // Webex throttles twice while the people are read: waited out, nothing lost.
    fake.inject("people", crate::fake_webex::Inject::TooMany(Some(1)));
    fake.inject("people", crate::fake_webex::Inject::TooMany(None));
    let (s, report) = first_sync(&fake);
    assert_eq!(fake.requests().iter().filter(|r| r.status == 429).count(), 2);
    assert_eq!(report.people_read, "everyone");
    assert_eq!(report.why_everyone.as_deref(), Some("the first sync"));
    assert_copy_is_webex(&fake, &s.db);
    let listings: Vec<_> = people_listings(&fake, 0).into_iter().filter(|r| r.status == 200).collect();
    let (by_id, everyone): (Vec<_>, Vec<_>) = listings.iter().partition(|r| ids_in(r).is_some());
    assert!(listings.iter().all(|r| !query(r).contains_key("locationId")), "no listing by location");
    assert!(by_id.iter().all(|r| query(r).get("callingData").is_some_and(|v| v == "true")));
    assert!(by_id.iter().all(|r| ids_in(r).is_some_and(|n| n <= 85)), "at most 85 ids a request");
    // Everyone's calling data (a location is not only for a Calling licence): 15 requests of 85.
    let asked: usize = by_id.iter().filter_map(|r| ids_in(r)).sum();
    assert_eq!(asked, 1_200, "each person asked once");
    assert_eq!(by_id.len(), 1_200usize.div_ceil(85));
    assert_eq!(everyone.len(), 2, "everyone, without calling data, 1,000 a page");
    assert!(everyone.iter().all(|r| !query(r).contains_key("callingData")));
    assert_eq!(people_by_id(&fake, 0), 0, "nobody to read again when nothing moved");
    // Calling data where there is a location; none for the people in no location.
    let cache = cache_people(&s.db);
    let no_location = cache.values().filter(|r| r.2.is_none()).count();
    assert_eq!(no_location, 60);
    assert!(cache.values().all(|r| r.2.is_some() == r.3.is_some()), "an extension with a location, none without");
    assert!(fake.max_in_flight() <= 8, "{} in flight", fake.max_in_flight());
}

#[test]
fn the_fake_answers_people_by_id_as_webexs_spec_says_at_most_85_and_without_licences() {
    // The limit, read from the spec's own words.
    let spec: Value =
        serde_json::from_slice(&std::fs::read(specs_dir().join("webex-admin.json")).expect("spec")).expect("json");
    let get = &spec["paths"]["/people"]["get"];
    let params = get["parameters"].as_array().expect("parameters");
    let id = params.iter().find(|p| p["name"] == "id").expect("an id parameter");
    let limit = number_after(id["description"].as_str().expect("described"), "up to");
    assert_eq!(limit, 85, "as the spec says today");
    assert!(get["description"].as_str().is_some_and(|d| d.contains("not when doing a GET /people?id=")));
    assert_eq!(limit, wxgo::outside::webex::PEOPLE_IDS_MAX, "wxgo's limit is the spec's");

    let fake = fake_with(Spread { people: 300, devices: 10, numbers: 10, locations: 3 });
    let ids: Vec<String> = fake.world().data[&big()].people.iter().map(|p| p.id.clone()).collect();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("runtime");
    let http = reqwest::Client::new();
    let ask = |n: usize, extra: &[&str]| -> (u16, Value) {
        let mut list: Vec<&str> = ids.iter().take(n).map(String::as_str).collect();
        list.extend_from_slice(extra);
        let r = rt
            .block_on(
                http.get(format!("{}/people", fake.base_url))
                    .query(&[("id", list.join(",").as_str()), ("callingData", "true")])
                    .bearer_auth(CUSTOMER_TOKEN)
                    .send(),
            )
            .expect("answer");
        let status = r.status().as_u16();
        (status, rt.block_on(r.json()).unwrap_or(Value::Null))
    };
    let (status, body) = ask(limit, &[]);
    assert_eq!(status, 200);
    let items = body["items"].as_array().expect("items");
    assert_eq!(items.len(), limit, "all 85 in one answer (callingData allows 100 a page)");
    assert!(items.iter().all(|p| p.get("licenses").is_none() && p.get("roles").is_none()), "no admin fields");
    assert!(items.iter().any(|p| p.get("locationId").is_some()), "calling data with callingData=true");
    let (status, _) = ask(limit + 1, &[]);
    assert_eq!(status, 400, "86 ids: refused, as the spec allows 85");
    // Someone Webex does not know is simply not in the answer.
    let (status, body) = ask(2, &["nobody"]);
    assert_eq!((status, body["items"].as_array().map(Vec::len)), (200, Some(2)));

    // wxgo refuses more than 85 itself, nothing sent.
    use wxgo::outside::webex::{models::MirrorPerson, ClientConfig, Secret, StaticToken, WebexClient};
    let cfg = ClientConfig { base_url: fake.base_url.clone(), use_env_proxy: false, ..ClientConfig::default() };
    let client = WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN)))).expect("client");
    let before = fake.requests().len();
    let too_many: Vec<String> = ids.iter().take(limit + 1).cloned().collect();
    let r = client.block_on(client.api().people_by_ids_as::<MirrorPerson>(&too_many, true));
    assert!(r.is_err_and(|e| e.to_string().contains("at most 85")));
    assert_eq!(fake.requests().len(), before, "nothing sent");
}

/// A hook that runs `f` once, at the first request that `when` accepts.
fn once(
    when: impl Fn(&Seen) -> bool + Send + 'static,
    f: impl FnOnce(&mut World) + Send + 'static,
) -> crate::fake_webex::Hook {
    let f = Mutex::new(Some(f));
    hook(move |seen, w| {
        if when(seen) {
            if let Some(f) = f.lock().expect("lock").take() {
                f(w);
            }
        }
    })
}

/// Moves, a deletion that shifts a page and a new person, all while everyone is being listed (at
/// its second page).
fn change_while_reading(fake: &FakeWebex) -> (String, String, String, String) {
    let loc1 = webex_id("LOCATION", "big-1");
    let loc2 = webex_id("LOCATION", "big-2");
    let (moved, deleted, shifted) = {
        let w = fake.world();
        let all = &w.data[&big()].people;
        // Moved: someone of the first page, listed already.
        let moved = (0..10).find(|&i| i != 3 && all[i].location_id.as_ref() == Some(&loc1)).expect("in 1");
        let moved = all[moved].id.clone();
        // Page size 10: the first page is 0..10; deleting 3 shifts 10 onto the first page, read.
        let located = |i: usize| all[i].location_id.is_some();
        assert!(located(3) && located(10), "the deleted and the shifted have calling data to read by id");
        (moved, all[3].id.clone(), all[10].id.clone())
    };
    let calling = webex_id("LICENSE", "big-calling");
    let (m, d, l2) = (moved.clone(), deleted.clone(), loc2.clone());
    fake.knobs().page_cap = 10;
    // While everyone is listed (at its second page).
    fake.knobs().on_request = Some(once(
        move |s| s.path == "people" && s.q("id").is_none() && s.q("start") == Some("10"),
        move |w| {
            assert!(w.ch_move_person(&m, &l2));
            assert!(w.ch_delete_person(&d));
            w.ch_create_person(&big(), "newcomer", Some(&l2), &[calling]);
        },
    ));
    (moved, deleted, shifted, webex_id("PEOPLE", "newcomer"))
}

#[test]
fn a_person_moved_created_or_deleted_between_two_pages_is_seen_as_webex_ends_with() {
    let fake = fake_with(Spread { people: 240, devices: 40, numbers: 160, locations: 4 });
    let (moved, deleted, shifted, created) = change_while_reading(&fake);
    let (mut s, report) = first_sync(&fake);
    // The changes were logged: the people they name are read again at the end.
    let cache = cache_people(&s.db);
    assert!(!cache.contains_key(&deleted), "deleted during the sync: gone");
    assert!(cache.contains_key(&shifted), "the person a deletion shifted onto a page already read");
    assert_eq!(cache[&moved].2, Some(webex_id("LOCATION", "big-2")), "moved: once, where they are now");
    assert!(cache[&created].3.is_some(), "created during the sync: there, with calling data");
    assert!(report.people_read_again >= 3, "{report:?}");
    assert_people_are_webex(&fake, &s.db);
    // Devices and numbers are read whole every sync (a device listing may have shifted under
    // the deletion): after the next one, all of the copy is Webex.
    fake.knobs().on_request = None;
    let report = s.again(&fake, chrono::Duration::hours(1), false);
    assert_eq!(report.people_read, "changed", "{report:?}");
    assert_copy_is_webex(&fake, &s.db);
}

#[test]
fn a_deletion_of_someone_in_no_location_while_everyone_is_listed_lists_everyone_again_and_misses_nobody() {
    let fake = fake_with(Spread { people: 240, devices: 40, numbers: 160, locations: 4 });
    let (deleted, shifted) = {
        let w = fake.world();
        let all = &w.data[&big()].people;
        // 19: no location, no Calling licence; 20: the first of the third page.
        assert!(all[19].location_id.is_none() && all[20].location_id.is_some());
        (all[19].id.clone(), all[20].id.clone())
    };
    fake.knobs().page_cap = 10;
    let d = deleted.clone();
    // Deleted once the second page (10..20) is read: 20 shifts onto it, and the listing skips them.
    fake.knobs().on_request = Some(once(
        move |s| s.path == "people" && s.q("id").is_none() && s.q("start") == Some("20"),
        move |w| assert!(w.ch_delete_person(&d)),
    ));
    let (s, _) = first_sync(&fake);
    let cache = cache_people(&s.db);
    assert!(!cache.contains_key(&deleted), "deleted during the sync: gone");
    assert!(cache.contains_key(&shifted), "shifted onto a page already read: found by listing everyone again");
    assert_people_are_webex(&fake, &s.db);
    let first_pages = people_listings(&fake, 0)
        .iter()
        .filter(|r| ids_in(r).is_none() && !query(r).contains_key("start") && r.status == 200)
        .count();
    assert_eq!(first_pages, 2, "everyone listed twice: the answer by id left out a person listed");
}

#[test]
fn unlogged_changes_between_two_pages_still_miss_or_double_nobody() {
    let fake = fake_with(Spread { people: 240, devices: 40, numbers: 160, locations: 4 });
    fake.world().unlogged = true;
    let before = world_people(&fake);
    let (moved, deleted, shifted, created) = change_while_reading(&fake);
    let (s, _) = first_sync(&fake);
    let cache = cache_people(&s.db);
    // cache_people refuses a person twice; everyone there throughout is there.
    for id in before.keys().filter(|k| **k != deleted) {
        assert!(cache.contains_key(id), "{id} missed");
    }
    assert!(cache.contains_key(&shifted));
    let where_now = &cache[&moved].2;
    assert!(
        [Some(webex_id("LOCATION", "big-1")), Some(webex_id("LOCATION", "big-2"))].contains(where_now),
        "moved: once, in one of its two locations"
    );
    assert!(cache.keys().all(|k| before.contains_key(k) || *k == created));
}

// ---------------------------------------------------------------- a second sync reads what changed

#[test]
fn a_second_sync_with_nothing_changed_reads_no_person_and_keeps_the_copy() {
    let fake = fake_with(Spread { people: 1_000, devices: 200, numbers: 800, locations: 10 });
    let (mut s, _) = first_sync(&fake);
    let copy = (cache_people(&s.db), cache_devices(&s.db), cache_numbers(&s.db));
    let from = fake.requests().len();
    let report = s.again(&fake, chrono::Duration::hours(1), false);
    assert_eq!(report.people_read, "changed", "{report:?}");
    assert_eq!(report.people_read_again, 0);
    assert!(people_listings(&fake, from).is_empty(), "no listing of people");
    assert_eq!(people_by_id(&fake, from), 0);
    assert!(fake.requests().len() - from <= 25, "{} requests", fake.requests().len() - from);
    assert_eq!((cache_people(&s.db), cache_devices(&s.db), cache_numbers(&s.db)), copy);
    let people = report.parts.iter().find(|p| p.resource == "people").expect("people");
    assert_eq!(people.items, 1_000);
}

#[test]
fn a_second_sync_sees_each_change_to_people_licences_numbers_and_devices_and_keeps_nothing_stale() {
    let fake = fake_with(Spread { people: 1_000, devices: 200, numbers: 1_200, locations: 10 });
    let (mut s, _) = first_sync(&fake);
    let (people, calling, messaging) = {
        let w = fake.world();
        let d = &w.data[&big()];
        let ids: Vec<String> = d.people.iter().map(|p| p.id.clone()).collect();
        (ids, d.licenses[0].id.clone(), d.licenses[2].id.clone())
    };
    let spare = {
        let w = fake.world();
        w.data[&big()].numbers.iter().find(|n| n.owner.is_none()).map(|n| n.phone_number.clone()).expect("a spare")
    };
    let device = world_devices(&fake).into_keys().next().expect("a device");
    {
        let mut w = fake.world();
        w.clock = Some(at(T0) + chrono::Duration::minutes(30));
        assert!(w.ch_update_person(&people[5], |p| p.display_name = "Renamed Five".into()));
        assert!(w.ch_move_person(&people[6], &webex_id("LOCATION", "big-3")));
        assert!(w.ch_delete_person(&people[7]));
        assert!(w.ch_set_licences(&people[8], std::slice::from_ref(&messaging)), "Calling taken away");
        assert!(w.ch_set_licences(&people[19], &[calling.clone(), messaging.clone()]));
        assert!(w.ch_assign_number(&spare, &people[9]));
        w.ch_create_person(&big(), "joiner", Some(&webex_id("LOCATION", "big-4")), std::slice::from_ref(&calling));
        assert!(w.ch_add_device(&people[300], "activating").is_some());
        assert!(w.phone_status(&device, "offline_deep_sleep"), "the phone's side, no event");
        // A number added in Control Hub, and one removed.
        let d = w.data.get_mut(&big()).expect("big");
        let mut n = d.numbers.last().expect("a number").clone();
        n.phone_number = "+13129999999".into();
        n.owner = None;
        d.numbers.push(n);
        let gone = d
            .numbers
            .iter()
            .rev()
            .find(|n| n.owner.is_none() && n.phone_number != spare)
            .map(|n| n.phone_number.clone());
        d.numbers.retain(|n| Some(&n.phone_number) != gone.as_ref());
    }
    let from = fake.requests().len();
    let report = s.again(&fake, chrono::Duration::hours(1), false);
    assert_eq!(report.people_read, "changed", "{report:?}");
    assert!(people_listings(&fake, from).is_empty(), "no listing of people");
    // 5, 6, 7 (gone), 8, 19, 9 (a number) and the joiner; not the device's owner (the device
    // listing brings the device), not the other 993.
    assert_eq!(people_by_id(&fake, from), 7, "only those changed read again");
    assert_eq!(report.people_read_again, 7);
    assert_copy_is_webex(&fake, &s.db);
    let cache = cache_people(&s.db);
    assert_eq!(cache[&people[5]].1, "Renamed Five");
    assert!(!cache[&people[8]].5.contains(&licence_key(CALLING_LICENSE)));
    assert_eq!(cache[&people[9]].4.as_deref(), Some(spare.as_str()));
    assert!(cache.contains_key(&webex_id("PEOPLE", "joiner")));
}

#[test]
fn a_change_webex_did_not_log_is_caught_by_the_licence_counts_or_the_daily_full_read() {
    let fake = fake_with(Spread { people: 600, devices: 100, numbers: 500, locations: 6 });
    let (mut s, _) = first_sync(&fake);
    let (people, messaging) = {
        let w = fake.world();
        let d = &w.data[&big()];
        (d.people.iter().map(|p| p.id.clone()).collect::<Vec<_>>(), d.licenses[2].id.clone())
    };
    // A licence given without an event: the counts do not add up, so everyone is read.
    {
        let mut w = fake.world();
        w.unlogged = true;
        let calling = w.data[&big()].licenses[0].id.clone();
        assert!(w.ch_set_licences(&people[3], &[calling, messaging]));
    }
    let from = fake.requests().len();
    let report = s.again(&fake, chrono::Duration::hours(1), false);
    assert_eq!(report.people_read, "everyone");
    assert!(report.why_everyone.as_deref().is_some_and(|w| w.contains("do not add up")), "{report:?}");
    assert!(!people_listings(&fake, from).is_empty());
    assert_copy_is_webex(&fake, &s.db);

    // A rename without an event and without a licence change: not seen by a partial read...
    assert!(fake.world().ch_update_person(&people[4], |p| p.display_name = "Quietly Renamed".into()));
    let report = s.again(&fake, chrono::Duration::hours(2), false);
    assert_eq!(report.people_read, "changed");
    assert_ne!(cache_people(&s.db)[&people[4]].1, "Quietly Renamed", "stale until the next full read");
    // ... but a day after the last full read, everyone is read again.
    let report = s.again(&fake, chrono::Duration::hours(25), false);
    assert_eq!(report.people_read, "everyone");
    assert!(report.why_everyone.as_deref().is_some_and(|w| w.contains("24 h old")), "{report:?}");
    assert_copy_is_webex(&fake, &s.db);
    // The next one, an hour later, reads only what changed again.
    let report = s.again(&fake, chrono::Duration::hours(26), false);
    assert_eq!(report.people_read, "changed");
}

#[test]
fn sync_full_reads_everyone_again_from_the_console_and_the_command_line() {
    let fake = fake_with(Spread { people: 300, devices: 50, numbers: 200, locations: 3 });
    let (mut s, _) = first_sync(&fake);
    let report = s.again(&fake, chrono::Duration::hours(1), true);
    assert_eq!((report.people_read, report.why_everyone.as_deref()), ("everyone", Some("--full")));

    // `wxgo sync --full` (the profile's clock is WXGO_NOW, the fake's the same).
    fake.world().clock = Some(at(fake_webex::home::NOW));
    let home = Home::new(&fake.base_url, "");
    let sync = |full: bool| -> Value {
        let args: &[&str] = if full { &["sync", "--full", "--json"] } else { &["sync", "--json"] };
        let out = home.run(args, Some(CUSTOMER_TOKEN));
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", String::from_utf8_lossy(&out.stderr)))
    };
    assert_eq!(sync(false)["people_read"], "everyone", "the first sync");
    assert_eq!(sync(false)["people_read"], "changed");
    let full = sync(true);
    assert_eq!((&full["people_read"], &full["why_everyone"]), (&Value::from("everyone"), &Value::from("--full")));
}

// ---------------------------------------------------------------- devices, a few pages at a time

#[test]
fn devices_are_read_a_few_pages_at_a_time_and_a_server_paging_smaller_is_followed_by_its_links() {
    use std::ops::ControlFlow;
    use wxgo::outside::webex::{ClientConfig, DeviceQuery, Secret, StaticToken, WebexClient};
    let fake = fake_with(Spread { people: 3_000, devices: 2_500, numbers: 100, locations: 3 });
    let cfg = ClientConfig { base_url: fake.base_url.clone(), use_env_proxy: false, ..ClientConfig::default() };
    let client = WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN)))).expect("client");
    let read = |width: usize| -> Vec<String> {
        let mut ids = Vec::new();
        client
            .block_on(client.api().device_pages_side_by_side(&DeviceQuery::default(), width, |page| {
                ids.extend(page.into_iter().map(|d| d.id));
                ControlFlow::Continue(())
            }))
            .expect("devices");
        ids
    };
    let expected: BTreeSet<String> = world_devices(&fake).into_keys().collect();
    let ids = read(4);
    assert_eq!(ids.len(), 2_500, "none twice");
    assert_eq!(ids.iter().cloned().collect::<BTreeSet<_>>(), expected);
    let starts: Vec<String> = fake
        .requests()
        .iter()
        .filter(|r| r.path == "/devices")
        .filter_map(|r| query(r).get("start").cloned())
        .collect();
    assert_eq!(starts[0], "0", "the first page alone");
    let asked: BTreeSet<u64> = starts.iter().filter_map(|s| s.parse().ok()).collect();
    assert!(asked.is_superset(&BTreeSet::from([0, 1000, 2000])), "then side by side: {starts:?}");
    assert!(starts.len() <= 3 + 4, "at most as many past the end as are asked at a time: {starts:?}");
    assert!(fake.max_in_flight() >= 2, "side by side");
    // A server that pages smaller than asked (and links to the next page): its links, in turn.
    fake.knobs().page_cap = 300;
    let before = fake.requests().len();
    let ids = read(4);
    assert_eq!(ids.iter().cloned().collect::<BTreeSet<_>>(), expected);
    assert_eq!(ids.len(), 2_500);
    assert_eq!(fake.requests().len() - before, 1 + 9, "the first page, then 9 pages of 300 by their links");
}

#[test]
fn a_full_read_adds_new_people_in_batches_and_one_who_takes_an_address_leaves_no_one_out() {
    let fake = fake_with(Spread { people: 700, devices: 100, numbers: 500, locations: 4 });
    let (mut s, _) = first_sync(&fake);
    assert_copy_is_webex(&fake, &s.db);
    let (people, calling) = {
        let w = fake.world();
        let d = &w.data[&big()];
        (d.people.iter().map(|p| p.id.clone()).collect::<Vec<_>>(), d.licenses[0].id.clone())
    };
    let email_of =
        |id: &str| fake.world().data[&big()].people.iter().find(|p| p.id == id).expect("p").emails[0].clone();
    let (gone_email, renamed_email) = (email_of(&people[10]), email_of(&people[2]));
    {
        let mut w = fake.world();
        w.clock = Some(at(T0) + chrono::Duration::minutes(30));
        // Someone leaves and is hired again under the same address (a new Webex id): the
        // copy's row of the one who left still holds it when the newcomer is added ...
        assert!(w.ch_delete_person(&people[10]));
        let rehired =
            w.ch_create_person(&big(), "rehired", Some(&webex_id("LOCATION", "big-1")), std::slice::from_ref(&calling));
        assert!(w.ch_update_person(&rehired, |p| p.emails = vec![gone_email.clone()]));
        // ... and someone's address goes to a newcomer.
        assert!(w.ch_update_person(&people[2], |p| p.emails = vec!["moved.on@acme.example".into()]));
        let heir = w.ch_create_person(&big(), "heir", None, &[]);
        assert!(w.ch_update_person(&heir, |p| p.emails = vec![renamed_email.clone()]));
        // More newcomers than one statement adds.
        for k in 0..300 {
            w.ch_create_person(
                &big(),
                &format!("joiner-{k}"),
                Some(&webex_id("LOCATION", "big-2")),
                std::slice::from_ref(&calling),
            );
        }
    }
    let report = s.again(&fake, chrono::Duration::hours(1), true);
    assert_eq!(report.people_read, "everyone");
    assert_copy_is_webex(&fake, &s.db);
    let cache = cache_people(&s.db);
    assert_eq!(cache[&webex_id("PEOPLE", "rehired")].0, gone_email);
    assert_eq!(cache[&webex_id("PEOPLE", "heir")].0, renamed_email);
    assert_eq!(cache[&people[2]].0, "moved.on@acme.example");
    assert!(!cache.contains_key(&people[10]));
}

#[test]
fn when_webex_answers_by_id_without_locations_everyone_is_read_location_by_location() {
    let fake = fake_with(Spread { people: 1_200, devices: 200, numbers: 900, locations: 6 });
    fake.knobs().ids_without_locations = true;
    let (s, report) = first_sync(&fake);
    assert_eq!(report.people_read, "everyone");
    // The locations are right: read from each location's listing, not lost.
    assert_copy_is_webex(&fake, &s.db);
    let listings = people_listings(&fake, 0);
    let by_ids = listings.iter().filter(|r| query(r).contains_key("id")).count();
    let by_location = listings.iter().filter(|r| query(r).contains_key("locationId")).count();
    assert!(by_location >= 6 * 4, "every location's people listed: {by_location} requests");
    // Found out from the first answers, not after reading everyone by id.
    assert!(by_ids <= 16, "{by_ids} requests by id before the change of way");

    // Where the answers do carry locations, nobody is listed by location.
    let fake = fake_with(Spread { people: 1_200, devices: 200, numbers: 900, locations: 6 });
    let (s, _) = first_sync(&fake);
    assert_copy_is_webex(&fake, &s.db);
    let listings = people_listings(&fake, 0);
    assert!(!listings.iter().any(|r| query(r).contains_key("locationId")));
    assert!(listings.iter().any(|r| query(r).contains_key("id")));
}
