//! `wxgo sync`: mirrors a real Webex organisation into the store, which is its cache.
//!
//! Fetch first, write once: every resource is read from the API (concurrently, at most the
//! client's `max_in_flight` requests at once; numbers partitioned by location), then the whole
//! snapshot is written in **one** transaction. A kill -9 or a cancel before that commit leaves
//! the last complete snapshot exactly as it was; after it, the new one. Never a mix.
//!
//! The one exception is an organisation that has never been synced: its first page of people is
//! written as soon as it arrives, so a first sync of a large organisation shows users at once
//! (the cache says the sync is not finished until the snapshot lands).
//!
//! A resource the token may not read (403/404: BroadWorks or audit for a non-partner token, or
//! any other) stays empty with a note and the rest syncs. Rows keep their local ids across
//! syncs (matched by Webex id), so `go-12` names the same device tomorrow.
//! Every text from the API is untrusted: made safe for a terminal and shortened before it is stored.

use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;

use crate::domain::{licence, text, DeviceStatus, Error, Result};
use crate::outside::profiles::Profile;
use crate::outside::webex::models::{AuditEvent, Device, License, Location, Organization, Person, Subscriber};
use crate::outside::webex::numbers::{Number, NumberQuery};
use crate::outside::webex::{Api, DeviceQuery, PeopleQuery, WebexClient, WebexError};
use crate::store::db_error;
use crate::store::queries::{parse_ts, ts};

/// The resources a sync mirrors, in the order the report lists them.
pub const RESOURCES: [&str; 7] = ["people", "licences", "locations", "devices", "numbers", "broadworks", "audit"];

/// How far back a first (or `--full`) sync reads the admin audit events.
pub const AUDIT_DAYS: i64 = 30;

#[derive(Debug, Clone, Default)]
pub struct SyncOptions {
    /// The organisation (a partner's customer): its name or Webex id. Default: the profile's
    /// `org_id`, else the signed-in person's own organisation.
    pub org: Option<String>,
    /// Also re-read the whole audit window (otherwise only events since the last sync are added).
    pub full: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyncPhase {
    /// Asking the API (counts grow page by page).
    Fetching,
    /// Writing the snapshot in one transaction.
    Writing,
    Done,
}

/// What a progress callback sees, after every page.
#[derive(Debug, Clone, Serialize)]
pub struct SyncProgress {
    pub phase: SyncPhase,
    pub org: String,
    /// Items received so far per resource.
    pub counts: BTreeMap<&'static str, usize>,
    /// Resources whose listing is complete.
    pub finished: Vec<&'static str>,
    /// Pages received (about one request each).
    pub pages: usize,
}

impl SyncProgress {
    pub fn items(&self) -> usize {
        self.counts.values().sum()
    }

    /// One line for a progress bar: `people 1,000 · devices 500 · ... (writing)`.
    pub fn line(&self) -> String {
        let parts: Vec<String> = RESOURCES
            .iter()
            .filter_map(|r| {
                self.counts.get(r).map(|n| {
                    let done = if self.finished.contains(r) { " ✓" } else { "" };
                    format!("{r} {n}{done}")
                })
            })
            .collect();
        let phase = match self.phase {
            SyncPhase::Fetching => "",
            SyncPhase::Writing => " (writing the snapshot)",
            SyncPhase::Done => " (done)",
        };
        format!("{}: {}{phase}", self.org, parts.join(" · "))
    }
}

/// How one resource went.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PartReport {
    pub resource: &'static str,
    /// `ok`, or `not_available` (the token may not read it: the part is empty, with the note).
    pub state: &'static str,
    pub items: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SyncReport {
    pub org: String,
    pub org_id: String,
    pub started_at: DateTime<Utc>,
    pub synced_at: DateTime<Utc>,
    pub parts: Vec<PartReport>,
    pub pages: usize,
    /// Why the sign-in is read-only, when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub read_only_reason: Option<String>,
}

/// What a poll changed.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct PollReport {
    pub devices_changed: usize,
    pub subscribers_changed: usize,
    /// Devices Webex lists that the cache does not know yet (the next sync adds them).
    pub devices_new: usize,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
}

/// An organisation the token can manage, and whether the cache holds it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OrgChoice {
    pub id: String,
    pub name: String,
    /// When the cache's copy was taken, if there is one.
    pub synced_at: Option<DateTime<Utc>>,
}

/// A mirrored device's status from its `connectionStatus` (the client's classification of issue
/// 16's table: `connected_with_issues` is Online, with the error codes beside it).
pub fn device_status(d: &Device) -> DeviceStatus {
    use crate::outside::webex::models::ConnectionStatus as C;
    match d.status() {
        C::ActivationPending => DeviceStatus::ActivationPending,
        C::Online | C::OnlineWithIssues => DeviceStatus::Online,
        C::Offline => DeviceStatus::Offline,
        C::Unknown => DeviceStatus::Unknown,
    }
}

/// Untrusted text from the API, as it may be stored and shown.
pub(crate) fn clean(s: &str, max: usize) -> String {
    text::shorten(text::for_terminal(s.trim()).as_ref(), max).into_owned()
}

pub(crate) fn clean_opt(s: Option<&str>, max: usize) -> Option<String> {
    s.map(|s| clean(s, max)).filter(|s| !s.is_empty())
}

/// A phone number as Webex may give one: `+`, digits and the usual separators (` -().`), at least
/// three digits. It need not be E.164 (the AL02 checks say why it is unusable); anything else
/// (`=cmd|...`, a word, a URL) is not a number and is never stored or shown as one.
pub(crate) fn looks_like_number(s: &str) -> bool {
    let s = s.trim();
    let digits = s.bytes().filter(u8::is_ascii_digit).count();
    digits >= 3
        && s.len() <= 40
        && s.starts_with(|c: char| c == '+' || c == '(' || c.is_ascii_digit())
        && s.chars().all(|c| c.is_ascii_digit() || matches!(c, '+' | ' ' | '-' | '(' | ')' | '.'))
}

/// A value from the API quoted in a note: one line, safe, short.
fn quoted(s: &str) -> String {
    format!("\"{}\"", clean(s, 40))
}

fn when(s: Option<&str>, fallback: DateTime<Utc>) -> String {
    s.and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| ts(t.with_timezone(&Utc)))
        .unwrap_or_else(|| ts(fallback))
}

type Part<T> = std::result::Result<T, WebexError>;

/// Everything fetched for one snapshot.
struct Fetched {
    people: Part<Vec<Person>>,
    licences: Part<Vec<License>>,
    locations: Part<Vec<Location>>,
    devices: Part<Vec<Device>>,
    numbers: Part<Vec<Number>>,
    subscribers: Part<Vec<Subscriber>>,
    audit: Part<Vec<AuditEvent>>,
}

/// A partner's `GET /broadworks/subscribers` lists the subscribers of every customer (it has no
/// organisation filter): a customer's copy keeps its own, those whose Webex person is one of
/// its people, and those without a person yet (pending an email) of an enterprise whose other
/// subscribers are its own. The partner's own organisation keeps them all.
fn of_this_customer(subs: Vec<Subscriber>, people: &[Person]) -> Vec<Subscriber> {
    let ids: HashSet<&str> = people.iter().map(|p| p.id.as_str()).collect();
    let mine = |s: &Subscriber| s.person_id.as_deref().is_some_and(|p| ids.contains(p));
    let enterprises: HashSet<String> =
        subs.iter().filter(|s| mine(s)).filter_map(|s| s.sp_enterprise_id.clone()).collect();
    subs.into_iter()
        .filter(|s| {
            mine(s) || s.person_id.is_none() && s.sp_enterprise_id.as_ref().is_some_and(|e| enterprises.contains(e))
        })
        .collect()
}

/// Which organisation a sync is for.
pub struct Target {
    pub id: String,
    pub name: String,
    /// The `Api` to use (with `orgId` when it is not the token's own organisation).
    pub api: Api,
    pub me: Person,
}

/// Finds the organisation to sync: `wanted` (a name or id, among those the token may manage),
/// else the profile's `org_id`, else the signed-in person's own.
pub async fn resolve_target(api: &Api, profile: &Profile, wanted: Option<&str>) -> Result<Target> {
    let me = api.me().await?;
    let wanted = wanted.map(str::trim).filter(|w| !w.is_empty());
    let (id, listed) = match wanted {
        Some(w) => {
            let orgs = match api.list_organizations().await {
                Ok(o) => o,
                Err(e) if e.is_not_available() && me.org_id.as_deref() == Some(w) => Vec::new(),
                Err(e) if e.is_not_available() => {
                    return Err(Error::Auth(format!(
                        "this token may not list organisations, so --org \"{}\" cannot be looked up ({e})",
                        text::shorten(w, 80)
                    )))
                }
                Err(e) => return Err(e.into()),
            };
            let found = orgs.iter().find(|o| o.id == w).or_else(|| {
                orgs.iter().find(|o| o.display_name.as_deref().is_some_and(|n| n.trim().eq_ignore_ascii_case(w)))
            });
            match found {
                Some(o) => (o.id.clone(), Some(o.clone())),
                None if me.org_id.as_deref() == Some(w) => (w.to_string(), None),
                None => {
                    let names: Vec<String> =
                        orgs.iter().map(|o| clean(o.display_name.as_deref().unwrap_or(&o.id), 60)).collect();
                    return Err(Error::NotFound(format!(
                        "no organisation \"{}\" among those this sign-in manages: {}. See them with `wxgo orgs`.",
                        text::shorten(&text::for_terminal(w), 80),
                        if names.is_empty() { "none".to_string() } else { names.join(", ") }
                    )));
                }
            }
        }
        None => match profile.org_id.clone().or_else(|| me.org_id.clone()) {
            Some(id) => (id, None),
            None => {
                return Err(Error::Invalid(format!(
                    "Webex did not say which organisation the signed-in person belongs to; set org_id in \
                     [profiles.{}] of {}",
                    profile.name,
                    profile.file.display()
                )))
            }
        },
    };
    let own = me.org_id.as_deref() == Some(id.as_str());
    let org_api = if own { api.with_org(None) } else { api.with_org(Some(&id)) };
    let name = match listed.and_then(|o| o.display_name) {
        Some(n) => n,
        None => {
            let path =
                format!("organizations/{}", url::form_urlencoded::byte_serialize(id.as_bytes()).collect::<String>());
            match api.get_json::<Organization>(&path, &[]).await {
                Ok(o) => o.display_name.unwrap_or_default(),
                Err(e) if e.is_not_available() => String::new(),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let mut name = clean(&name, 120);
    if name.is_empty() {
        name = format!("Organisation {}", text::shorten(&id, 12));
    }
    Ok(Target { id, name, api: org_api, me })
}

/// Counts and the callback, shared by the concurrent listings.
struct Tracker<'a> {
    progress: SyncProgress,
    callback: &'a mut dyn FnMut(&SyncProgress),
    cancel: &'a AtomicBool,
}

impl Tracker<'_> {
    fn page(&mut self, resource: &'static str, n: usize) -> ControlFlow<()> {
        *self.progress.counts.entry(resource).or_default() += n;
        self.progress.pages += 1;
        (self.callback)(&self.progress);
        if self.cancel.load(Ordering::Relaxed) {
            ControlFlow::Break(())
        } else {
            ControlFlow::Continue(())
        }
    }

    fn finished(&mut self, resource: &'static str) {
        self.progress.counts.entry(resource).or_default();
        if !self.progress.finished.contains(&resource) {
            self.progress.finished.push(resource);
        }
        (self.callback)(&self.progress);
    }
}

/// The page callback of one listing: counts each page in the progress (which may stop the
/// listing: the admin cancelled) and keeps its items in `all`.
fn gather<'a, 't: 'a, T>(
    tracker: &'a RefCell<Tracker<'t>>,
    resource: &'static str,
    all: &'a RefCell<Vec<T>>,
) -> impl FnMut(Vec<T>) -> ControlFlow<()> + use<'a, 't, T> {
    move |mut page| {
        let flow = tracker.borrow_mut().page(resource, page.len());
        all.borrow_mut().append(&mut page);
        flow
    }
}

fn cancelled() -> Error {
    Error::rule(
        crate::service::CANCELLED,
        "the sync was cancelled; the cache keeps its last complete state (nothing of this sync was saved)",
    )
}

/// Runs a whole sync of one organisation into `conn`. `progress` is called after every page and
/// phase; setting `cancel` stops it (the cache keeps its last complete state).
#[allow(clippy::too_many_arguments)]
pub fn run(
    conn: &Connection,
    client: &WebexClient,
    profile: &Profile,
    opts: &SyncOptions,
    now: &dyn Fn() -> DateTime<Utc>,
    progress: &mut dyn FnMut(&SyncProgress),
    cancel: &AtomicBool,
) -> Result<SyncReport> {
    let started = now();
    let target = client.block_on(resolve_target(client.api(), profile, opts.org.as_deref()))?;
    let org = ensure_org(conn, &target.id, &target.name, started)?;
    let result = run_for(conn, client, profile, opts, now, progress, cancel, target, org, started);
    if result.is_err() {
        // Stopped or failed: nothing of it was kept, so it is not "unfinished" either.
        let _ = conn.execute("UPDATE webex_orgs SET sync_started_at = NULL WHERE org_id = ?1", [org]);
    }
    result
}

#[allow(clippy::too_many_arguments)]
fn run_for(
    conn: &Connection,
    client: &WebexClient,
    profile: &Profile,
    opts: &SyncOptions,
    now: &dyn Fn() -> DateTime<Utc>,
    progress: &mut dyn FnMut(&SyncProgress),
    cancel: &AtomicBool,
    target: Target,
    org: i64,
    started: DateTime<Utc>,
) -> Result<SyncReport> {
    let first_sync = synced_at(conn, org)?.is_none();
    let audit_from = match (opts.full, last_audit(conn, org)?) {
        (false, Some(t)) if !first_sync => t - chrono::Duration::hours(1),
        _ => started - chrono::Duration::days(AUDIT_DAYS),
    };
    let tracker = RefCell::new(Tracker {
        progress: SyncProgress {
            phase: SyncPhase::Fetching,
            org: target.name.clone(),
            counts: BTreeMap::new(),
            finished: Vec::new(),
            pages: 0,
        },
        callback: progress,
        cancel,
    });
    let preview_done = std::cell::Cell::new(!first_sync);
    let api = &target.api;
    let fetched = client.block_on(async {
        let people = async {
            let mut all = Vec::new();
            let r = api
                .people_pages(&PeopleQuery::default(), |mut page| {
                    if !preview_done.get() {
                        preview_done.set(true);
                        // First sync: show the first page at once (a failure here only delays it).
                        let _ = write_people_preview(conn, org, &page, started);
                    }
                    let flow = tracker.borrow_mut().page("people", page.len());
                    all.append(&mut page);
                    flow
                })
                .await;
            tracker.borrow_mut().finished("people");
            r.map(|_| all)
        };
        let licences = async {
            let r = api.list_licenses().await;
            if let Ok(l) = &r {
                let _ = tracker.borrow_mut().page("licences", l.len());
            }
            tracker.borrow_mut().finished("licences");
            r
        };
        let locations_and_numbers = async {
            let locations = api.list_locations().await;
            if let Ok(l) = &locations {
                let _ = tracker.borrow_mut().page("locations", l.len());
            }
            tracker.borrow_mut().finished("locations");
            // Numbers partitioned by location: one cursor each, side by side.
            let queries: Vec<NumberQuery> = match &locations {
                Ok(locs) if !locs.is_empty() => locs
                    .iter()
                    .map(|l| NumberQuery { location_id: Some(l.id.clone()), ..NumberQuery::default() })
                    .collect(),
                _ => vec![NumberQuery::default()],
            };
            let all = RefCell::new(Vec::new());
            let results = futures::future::join_all(
                queries.iter().map(|q| api.number_pages(q, gather(&tracker, "numbers", &all))),
            )
            .await;
            tracker.borrow_mut().finished("numbers");
            let numbers = match results.into_iter().find_map(|r| r.err()) {
                Some(e) => Err(e),
                None => Ok(all.into_inner()),
            };
            (locations, numbers)
        };
        // People and devices are one cursor each, not one per location: a person or a device
        // without a location would be in no location's listing (numbers always have one).
        let devices = async {
            let all = RefCell::new(Vec::new());
            let r = api.device_pages(&DeviceQuery::default(), gather(&tracker, "devices", &all)).await;
            tracker.borrow_mut().finished("devices");
            r.map(|_| all.into_inner())
        };
        let subscribers = async {
            let all = RefCell::new(Vec::new());
            let r = api.subscriber_pages(gather(&tracker, "broadworks", &all)).await;
            tracker.borrow_mut().finished("broadworks");
            r.map(|_| all.into_inner())
        };
        let audit = async {
            let all = RefCell::new(Vec::new());
            let from = audit_from.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            let to = started.to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
            let r = api.audit_event_pages(&target.id, &from, &to, gather(&tracker, "audit", &all)).await;
            tracker.borrow_mut().finished("audit");
            r.map(|_| all.into_inner())
        };
        let (people, licences, (locations, numbers), devices, subscribers, audit) =
            futures::join!(people, licences, locations_and_numbers, devices, subscribers, audit);
        Fetched { people, licences, locations, devices, numbers, subscribers, audit }
    });
    if cancel.load(Ordering::Relaxed) {
        return Err(cancelled());
    }
    let home = target.me.org_id.as_deref() == Some(target.id.as_str());
    let mut fetched = fetched;
    if let (false, Ok(people), Ok(subs)) = (home, &fetched.people, &mut fetched.subscribers) {
        *subs = of_this_customer(std::mem::take(subs), people);
    }
    let mut parts = Vec::new();
    let mut state = |resource: &'static str, r: &Part<usize>| -> Result<()> {
        match r {
            Ok(n) => {
                parts.push(PartReport { resource, state: "ok", items: *n, note: None });
                Ok(())
            }
            Err(WebexError::Cancelled) => Err(cancelled()),
            Err(e) if e.is_not_available() => {
                let what = match resource {
                    "broadworks" => "BroadWorks subscribers",
                    "audit" => "Admin audit events",
                    "people" => "People",
                    "licences" => "Licences",
                    "locations" => "Locations",
                    "devices" => "Webex Go devices",
                    _ => "Numbers",
                };
                let note = e.not_available_note(what);
                parts.push(PartReport { resource, state: "not_available", items: 0, note: Some(clean(&note, 400)) });
                Ok(())
            }
            Err(e @ (WebexError::Runaway { .. } | WebexError::Decode { .. })) => Err(Error::Io(format!(
                "the sync of {resource} stopped: {e} The cache keeps its last complete copy: nothing of this sync \
                 was saved."
            ))),
            Err(e) => Err(e.clone().into()),
        }
    };
    state("people", &len_of(&fetched.people))?;
    state("licences", &len_of(&fetched.licences))?;
    state("locations", &len_of(&fetched.locations))?;
    state("devices", &len_of(&fetched.devices))?;
    state("numbers", &len_of(&fetched.numbers))?;
    state("broadworks", &len_of(&fetched.subscribers))?;
    state("audit", &len_of(&fetched.audit))?;
    {
        let mut t = tracker.borrow_mut();
        t.progress.phase = SyncPhase::Writing;
        let p = t.progress.clone();
        (t.callback)(&p);
    }
    let token = client.api().tokens().info();
    let read_only_reason = crate::service::backend::webex::signin::read_only_reason(profile, &token, &target.me.roles);
    let synced = now();
    write_snapshot(conn, org, &fetched, &mut parts, opts.full, synced)?;
    write_session(conn, &target.me, read_only_reason.as_deref())?;
    {
        let mut t = tracker.borrow_mut();
        t.progress.phase = SyncPhase::Done;
        let p = t.progress.clone();
        (t.callback)(&p);
    }
    let pages = tracker.borrow().progress.pages;
    Ok(SyncReport {
        org: target.name,
        org_id: target.id,
        started_at: started,
        synced_at: synced,
        parts,
        pages,
        read_only_reason,
    })
}

fn len_of<T>(r: &Part<Vec<T>>) -> Part<usize> {
    r.as_ref().map(Vec::len).map_err(Clone::clone)
}

/// The local org row of a Webex organisation, made when it is new (name kept unique).
pub fn ensure_org(conn: &Connection, webex_id: &str, name: &str, now: DateTime<Utc>) -> Result<i64> {
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
    let existing: Option<i64> = tx
        .query_row("SELECT org_id FROM webex_orgs WHERE webex_id = ?1", [webex_id], |r| r.get(0))
        .optional()
        .map_err(db_error)?;
    let taken = |n: &str, except: Option<i64>| -> Result<bool> {
        tx.query_row(
            "SELECT count(*) FROM orgs WHERE name = ?1 COLLATE NOCASE AND id IS NOT ?2",
            params![n, except],
            |r| r.get::<_, i64>(0),
        )
        .map(|c| c > 0)
        .map_err(db_error)
    };
    let mut unique = name.to_string();
    if taken(&unique, existing)? {
        unique = format!("{name} ({})", text::shorten(webex_id, 12));
    }
    let org = match existing {
        Some(id) => {
            tx.execute("UPDATE orgs SET name = ?1 WHERE id = ?2", params![unique, id]).map_err(db_error)?;
            id
        }
        None => {
            tx.execute(
                "INSERT INTO orgs (name, country, suppress_emails, smdp_address, go_countries, created_at)
                 VALUES (?1, '', 1, '', '', ?2)",
                params![unique, ts(now)],
            )
            .map_err(db_error)?;
            let id = tx.last_insert_rowid();
            tx.execute("INSERT INTO webex_orgs (org_id, webex_id) VALUES (?1, ?2)", params![id, webex_id])
                .map_err(db_error)?;
            id
        }
    };
    tx.execute("UPDATE webex_orgs SET sync_started_at = ?1 WHERE org_id = ?2", params![ts(now), org])
        .map_err(db_error)?;
    tx.commit().map_err(db_error)?;
    Ok(org)
}

pub fn synced_at(conn: &Connection, org: i64) -> Result<Option<DateTime<Utc>>> {
    let s: Option<Option<String>> = conn
        .query_row("SELECT synced_at FROM webex_orgs WHERE org_id = ?1", [org], |r| r.get(0))
        .optional()
        .map_err(db_error)?;
    Ok(s.flatten().map(|s| parse_ts(&s)))
}

fn last_audit(conn: &Connection, org: i64) -> Result<Option<DateTime<Utc>>> {
    let s: Option<String> = conn
        .query_row("SELECT max(at) FROM audit WHERE org_id = ?1 AND webex_id IS NOT NULL", [org], |r| r.get(0))
        .map_err(db_error)?;
    Ok(s.map(|s| parse_ts(&s)))
}

struct UserFields {
    email: String,
    name: String,
    work: Option<String>,
    ext: Option<String>,
    department: Option<String>,
}

fn user_fields(p: &Person) -> Option<UserFields> {
    let email = clean(p.primary_email()?, 254);
    if email.is_empty() {
        return None;
    }
    let name = clean_opt(p.display_name.as_deref(), 200)
        .or_else(|| {
            let n = format!("{} {}", p.first_name.as_deref().unwrap_or(""), p.last_name.as_deref().unwrap_or(""));
            clean_opt(Some(&n), 200)
        })
        .unwrap_or_else(|| email.clone());
    Some(UserFields {
        email,
        name,
        work: clean_opt(p.work_number().filter(|w| looks_like_number(w)), 40),
        ext: clean_opt(p.extension.as_deref(), 20),
        department: clean_opt(p.department.as_deref(), 120),
    })
}

/// Upserts one person by Webex id; `Ok(None)` when the person cannot be mirrored (no email).
fn upsert_user(tx: &Connection, org: i64, p: &Person, location: Option<i64>, now: &str) -> Result<Option<i64>> {
    let Some(f) = user_fields(p) else { return Ok(None) };
    let update = "UPDATE users SET email = ?3, display_name = ?4, location_id = ?5, work_phone = ?6, extension = ?7,
            department = ?8, changed_at = ?9, synced_at = ?9 WHERE org_id = ?1 AND webex_id = ?2";
    let args = params![org, p.id, f.email, f.name, location, f.work, f.ext, f.department, now];
    let run = |sql: &str| tx.prepare_cached(sql).and_then(|mut s| s.execute(args));
    let mut n = run(update);
    if is_unique_violation(&n) {
        // Another mirrored row holds this email (two people swapped addresses): it is re-added if it still exists.
        tx.execute(
            "DELETE FROM users WHERE org_id = ?1 AND email = ?2 AND webex_id IS NOT ?3",
            params![org, f.email, p.id],
        )
        .map_err(db_error)?;
        n = run(update);
    }
    if n.map_err(db_error)? == 0 {
        let insert = "INSERT INTO users (org_id, webex_id, email, display_name, location_id, work_phone, extension,
                department, created_at, changed_at, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9)";
        let mut r = run(insert);
        if is_unique_violation(&r) {
            tx.execute("DELETE FROM users WHERE org_id = ?1 AND email = ?2", params![org, f.email])
                .map_err(db_error)?;
            r = run(insert);
        }
        r.map_err(db_error)?;
    }
    tx.query_row("SELECT id FROM users WHERE org_id = ?1 AND webex_id = ?2", params![org, p.id], |r| r.get(0))
        .optional()
        .map_err(db_error)
}

fn is_unique_violation<T>(r: &rusqlite::Result<T>) -> bool {
    matches!(r, Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation))
}

/// A first sync's first page of people, written at once (the org has no snapshot to mix with).
fn write_people_preview(conn: &Connection, org: i64, page: &[Person], now: DateTime<Utc>) -> Result<()> {
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
    let now = ts(now);
    for p in page {
        upsert_user(&tx, org, p, None, &now)?;
    }
    tx.commit().map_err(db_error)
}

/// The licence key wxgo uses for a Webex licence name.
pub(crate) fn licence_key(name: &str) -> String {
    let n = name.to_ascii_lowercase();
    if n.contains("calling") && n.contains("professional") {
        licence::CALLING_PROFESSIONAL.into()
    } else if n.contains("calling") && n.contains("basic") {
        licence::CALLING_BASIC.into()
    } else if n.contains("meeting") {
        licence::MEETINGS.into()
    } else if n.contains("messaging") {
        licence::MESSAGING.into()
    } else {
        clean(name, 60)
    }
}

fn is_go_licence(name: &str) -> bool {
    name.to_ascii_lowercase().contains("webex go")
}

fn title(kind: &str) -> String {
    let k = kind.replace('_', " ").to_ascii_lowercase();
    let mut c = k.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

/// Writes the whole snapshot in one transaction. Parts that were not available are emptied.
fn write_snapshot(
    conn: &Connection,
    org: i64,
    f: &Fetched,
    parts: &mut [PartReport],
    full: bool,
    now: DateTime<Utc>,
) -> Result<Vec<String>> {
    let stamp = ts(now);
    let mut notes = Vec::new();
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
    let exec = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<usize> {
        tx.prepare_cached(sql).and_then(|mut s| s.execute(p)).map_err(db_error)
    };
    let empty_people = Vec::new();
    let people = f.people.as_ref().unwrap_or(&empty_people);

    // Locations (plus any a number names that the location list did not have).
    exec("UPDATE locations SET synced_at = NULL WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
    let mut loc_ids: HashMap<String, i64> = HashMap::new();
    let mut loc_names: HashSet<String> = HashSet::new();
    let mut org_country: HashMap<String, usize> = HashMap::new();
    let mut locs: Vec<(String, String, String)> = Vec::new();
    if let Ok(list) = &f.locations {
        for l in list {
            let country =
                l.address().and_then(|a| a.country).map(|c| clean(&c, 2).to_ascii_uppercase()).unwrap_or_default();
            *org_country.entry(country.clone()).or_default() += 1;
            locs.push((l.id.clone(), clean_opt(l.name.as_deref(), 120).unwrap_or_else(|| "Location".into()), country));
        }
    }
    if let Ok(numbers) = &f.numbers {
        let known: HashSet<&str> = locs.iter().map(|l| l.0.as_str()).collect();
        let mut extra = BTreeMap::new();
        for n in numbers {
            if let Some(l) = &n.location {
                if let Some(id) = l.id.clone().filter(|i| !known.contains(i.as_str())) {
                    extra
                        .entry(id)
                        .or_insert_with(|| clean_opt(l.name.as_deref(), 120).unwrap_or_else(|| "Location".into()));
                }
            }
        }
        for (id, name) in extra {
            locs.push((id, name, String::new()));
        }
    }
    for (wid, name, country) in &locs {
        let mut name = name.clone();
        let mut i = 2;
        while !loc_names.insert(name.to_lowercase()) {
            name = format!(
                "{} ({i})",
                name.trim_end_matches(|c: char| c == ')' || c.is_ascii_digit()).trim_end_matches(" (")
            );
            i += 1;
        }
        // A name held by a stale row of another location is freed first.
        exec(
            "UPDATE locations SET name = name || ' #' || id WHERE org_id = ?1 AND name = ?2 AND webex_id IS NOT ?3",
            &[&org, &name, wid],
        )?;
        let n = exec(
            "UPDATE locations SET name = ?3, country = ?4, synced_at = ?5 WHERE org_id = ?1 AND webex_id = ?2",
            &[&org, wid, &name, country, &stamp],
        )?;
        if n == 0 {
            exec(
                "INSERT INTO locations (org_id, webex_id, name, country, pstn_connected, synced_at) VALUES (?1, ?2, ?3, ?4, 1, ?5)",
                &[&org, wid, &name, country, &stamp],
            )?;
        }
        let id: i64 = tx
            .query_row("SELECT id FROM locations WHERE org_id = ?1 AND webex_id = ?2", params![org, wid], |r| r.get(0))
            .map_err(db_error)?;
        loc_ids.insert(wid.clone(), id);
    }
    if let Some((c, _)) = org_country.iter().filter(|(c, _)| !c.is_empty()).max_by_key(|(_, n)| **n) {
        exec("UPDATE orgs SET country = ?2 WHERE id = ?1", &[&org, c])?;
    }

    // Licences: the user licence keys, and subscriptions with their Webex Go pools.
    let mut licence_keys: HashMap<&str, String> = HashMap::new();
    let mut subs: BTreeMap<String, (Vec<String>, i64)> = BTreeMap::new();
    if let Ok(list) = &f.licences {
        for l in list {
            let name = l.name.as_deref().unwrap_or("");
            licence_keys.insert(l.id.as_str(), licence_key(name));
            if let Some(sub) = clean_opt(l.subscription_id.as_deref(), 80) {
                let e = subs.entry(sub).or_default();
                e.0.push(clean(name, 60));
                if is_go_licence(name) {
                    e.1 += l.total_units.unwrap_or(0.0).max(0.0) as i64;
                }
            }
        }
    }
    exec("UPDATE subscriptions SET synced_at = NULL WHERE org_id = ?1", &[&org])?;
    let mut foreign_subs = 0;
    for (id, (names, go)) in &subs {
        let n = exec(
            "INSERT INTO subscriptions (id, org_id, name, go_licences, synced_at) VALUES (?1, ?2, ?3, ?4, ?5)
             ON CONFLICT (id) DO UPDATE SET name = excluded.name, go_licences = excluded.go_licences,
                synced_at = excluded.synced_at WHERE subscriptions.org_id = excluded.org_id",
            &[id, &org, &text::shorten(&names.join(", "), 200).into_owned(), go, &stamp],
        )?;
        if n == 0 {
            foreign_subs += 1;
        }
    }
    if foreign_subs > 0 {
        notes.push(format!("{foreign_subs} subscription(s) are already in this cache under another organisation"));
    }
    let go_subs: Vec<&String> = subs.iter().filter(|(_, (_, go))| *go > 0).map(|(id, _)| id).collect();
    let device_sub: Option<&String> = if go_subs.len() == 1 { go_subs.first().copied() } else { None };

    // People. Two people whose emails differ only in case cannot both be in the copy (an email
    // names one user here, as it does for Webex's sign-in): the first is kept, and the note names
    // both so the admin can give each its own address.
    exec("UPDATE users SET synced_at = NULL WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
    let mut user_ids: HashMap<&str, i64> = HashMap::new();
    let mut no_email = 0;
    let mut by_email: HashMap<String, (&str, String)> = HashMap::new();
    let mut twins: Vec<String> = Vec::new();
    let mut bad_numbers: Vec<String> = Vec::new();
    for p in people {
        if let Some(email) = p.primary_email().map(|e| clean(e, 254)).filter(|e| !e.is_empty()) {
            match by_email.get(&email.to_lowercase()) {
                Some((first_id, first)) if *first_id != p.id.as_str() => {
                    twins.push(format!("{} (kept: {})", quoted(&email), quoted(first)));
                    continue;
                }
                Some(_) => {}
                None => {
                    by_email.insert(email.to_lowercase(), (p.id.as_str(), email.clone()));
                }
            }
        }
        if let Some(w) = p.work_number().filter(|w| !w.trim().is_empty() && !looks_like_number(w)) {
            bad_numbers.push(format!("{}: {}", clean(p.primary_email().unwrap_or(&p.id), 80), quoted(w)));
        }
        let loc = p.location_id.as_deref().and_then(|l| loc_ids.get(l)).copied();
        match upsert_user(&tx, org, p, loc, &stamp)? {
            Some(id) => {
                user_ids.insert(p.id.as_str(), id);
            }
            None => no_email += 1,
        }
    }
    if no_email > 0 {
        notes.push(format!("{no_email} person(s) without an email were not mirrored"));
    }
    if !twins.is_empty() {
        notes.push(format!(
            "{} person(s) have an email that differs from another's only in case and were not mirrored: {}{}. \
             Give each person their own address in Control Hub, then sync",
            twins.len(),
            twins.iter().take(5).cloned().collect::<Vec<_>>().join(", "),
            if twins.len() > 5 { format!(" and {} more", twins.len() - 5) } else { String::new() }
        ));
    }
    if !bad_numbers.is_empty() {
        notes.push(format!(
            "{} person(s) have a work number in Webex that is not a phone number; it was left out (the person is \
             kept): {}{}",
            bad_numbers.len(),
            bad_numbers.iter().take(5).cloned().collect::<Vec<_>>().join(", "),
            if bad_numbers.len() > 5 { format!(" and {} more", bad_numbers.len() - 5) } else { String::new() }
        ));
    }
    exec(
        "DELETE FROM user_licences WHERE user_id IN (SELECT id FROM users WHERE org_id = ?1 AND webex_id IS NOT NULL)",
        &[&org],
    )?;
    for p in people {
        let Some(uid) = user_ids.get(p.id.as_str()) else { continue };
        let mut seen = HashSet::new();
        for l in &p.licenses {
            if let Some(key) = licence_keys.get(l.as_str()) {
                if seen.insert(key.as_str()) {
                    exec("INSERT INTO user_licences (user_id, licence) VALUES (?1, ?2)", &[uid, key])?;
                }
            }
        }
    }

    // Devices.
    exec("UPDATE devices SET synced_at = NULL WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
    let (mut ownerless, mut second) = (0, 0);
    let mut owners_seen = HashSet::new();
    if let Ok(list) = &f.devices {
        for d in list {
            let Some(uid) = d.person_id.as_deref().and_then(|p| user_ids.get(p)).copied() else {
                ownerless += 1;
                continue;
            };
            if !owners_seen.insert(uid) {
                second += 1;
                continue;
            }
            let raw = clean_opt(d.connection_status.as_deref(), 40);
            let status = device_status(d).as_str();
            let codes: Vec<String> = d.error_codes.iter().map(|c| clean(c, 60).replace(',', " ")).collect();
            let codes = codes.join(",");
            let kind = match d.product.as_deref().map(str::to_ascii_lowercase) {
                Some(p) if p.contains("operator") => "mobile_operator",
                _ => "byod",
            };
            let created = when(d.created.as_deref(), now);
            // A stale row of another device holding this person goes first (one line per user).
            exec("DELETE FROM devices WHERE user_id = ?1 AND webex_id IS NOT ?2", &[&uid, &d.id])?;
            let n = exec(
                "UPDATE devices SET user_id = ?3, subscription_id = ?4, kind = ?5,
                    changed_at = CASE WHEN status = ?6 AND connection_status IS ?7 THEN changed_at ELSE ?9 END,
                    status = ?6, connection_status = ?7, error_codes = ?8, synced_at = ?9
                 WHERE org_id = ?1 AND webex_id = ?2",
                &[&org, &d.id, &uid, &device_sub, &kind, &status, &raw, &codes, &stamp],
            )?;
            if n == 0 {
                exec(
                    "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, created_at, changed_at,
                        webex_id, connection_status, error_codes, synced_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?9, ?7, ?8, ?10, ?9)",
                    &[&org, &uid, &device_sub, &kind, &status, &created, &d.id, &raw, &stamp, &codes],
                )?;
            }
        }
    }
    if ownerless > 0 {
        notes.push(format!("{ownerless} Webex Go device(s) without a mirrored owner were not mirrored"));
    }
    if second > 0 {
        notes.push(format!("{second} person(s) have more than one Webex Go device; the first one is shown"));
    }
    exec("DELETE FROM devices WHERE org_id = ?1 AND webex_id IS NOT NULL AND synced_at IS NULL", &[&org])?;

    // Numbers, classified from their own fields.
    exec("UPDATE numbers SET synced_at = NULL, is_primary = 0 WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
    let mut primary_taken = HashSet::new();
    let mut skipped_numbers = 0;
    let mut bad_inventory: Vec<String> = Vec::new();
    if let Ok(list) = &f.numbers {
        let mut seen = HashSet::new();
        for n in list {
            let Some(e164) = clean_opt(n.phone_number.as_deref(), 40) else { continue };
            if !looks_like_number(&e164) {
                bad_inventory.push(quoted(n.phone_number.as_deref().unwrap_or("")));
                continue;
            }
            let loc = n.location.as_ref().and_then(|l| l.id.as_deref()).and_then(|l| loc_ids.get(l)).copied();
            let Some(loc) = loc else {
                skipped_numbers += 1;
                continue;
            };
            if !seen.insert(e164.clone()) {
                continue;
            }
            let kind = if n.is_mobile() { "mobile" } else { "standard" };
            let state = if n.state.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("ACTIVE")) {
                "ACTIVE"
            } else {
                "INACTIVE"
            };
            let (owner_user, owner_service) = match &n.owner {
                Some(o) if o.kind.as_deref().is_some_and(|k| k.eq_ignore_ascii_case("PEOPLE")) => {
                    match o.id.as_deref().and_then(|i| user_ids.get(i)) {
                        Some(u) => (Some(*u), None),
                        None => {
                            (None, Some(format!("Person: {}", clean(o.display_name.as_deref().unwrap_or("?"), 120))))
                        }
                    }
                }
                Some(o) => {
                    let k = title(o.kind.as_deref().unwrap_or("owner"));
                    let name = o
                        .display_name
                        .clone()
                        .or_else(|| o.last_name.clone())
                        .or_else(|| o.first_name.clone())
                        .unwrap_or_default();
                    (None, Some(clean(&format!("{k}: {name}"), 160)))
                }
                None => (None, None),
            };
            let primary = owner_user.is_some_and(|u| {
                n.phone_number_type.as_deref().is_none_or(|t| t.eq_ignore_ascii_case("PRIMARY"))
                    && primary_taken.insert(u)
            });
            let m = exec(
                "UPDATE numbers SET location_id = ?3, kind = ?4, state = ?5, owner_user_id = ?6, owner_service = ?7,
                    is_primary = ?8, webex_id = ?2, synced_at = ?9 WHERE org_id = ?1 AND e164 = ?2",
                &[&org, &e164, &loc, &kind, &state, &owner_user, &owner_service, &primary, &stamp],
            )?;
            if m == 0 {
                exec(
                    "INSERT INTO numbers (org_id, location_id, e164, kind, state, owner_user_id, owner_service,
                        is_primary, created_at, webex_id, synced_at) VALUES (?1, ?3, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?2, ?9)",
                    &[&org, &e164, &loc, &kind, &state, &owner_user, &owner_service, &primary, &stamp],
                )?;
            }
        }
    }
    if skipped_numbers > 0 {
        notes.push(format!("{skipped_numbers} number(s) without a location were not mirrored"));
    }
    if !bad_inventory.is_empty() {
        notes.push(format!(
            "{} entr(ies) of the number inventory are not phone numbers and were left out: {}",
            bad_inventory.len(),
            bad_inventory.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    exec(
        "UPDATE devices SET number_id = NULL WHERE number_id IN
            (SELECT id FROM numbers WHERE org_id = ?1 AND webex_id IS NOT NULL AND synced_at IS NULL)",
        &[&org],
    )?;
    exec("DELETE FROM numbers WHERE org_id = ?1 AND webex_id IS NOT NULL AND synced_at IS NULL", &[&org])?;

    // People, locations and subscriptions no longer there.
    exec("DELETE FROM users WHERE org_id = ?1 AND webex_id IS NOT NULL AND synced_at IS NULL", &[&org])?;
    exec(
        "UPDATE devices SET subscription_id = NULL WHERE subscription_id IN
            (SELECT id FROM subscriptions WHERE org_id = ?1 AND synced_at IS NULL)",
        &[&org],
    )?;
    exec("DELETE FROM subscriptions WHERE org_id = ?1 AND synced_at IS NULL", &[&org])?;
    exec(
        "DELETE FROM locations WHERE org_id = ?1 AND webex_id IS NOT NULL AND synced_at IS NULL
            AND id NOT IN (SELECT location_id FROM users WHERE location_id IS NOT NULL)
            AND id NOT IN (SELECT location_id FROM numbers)
            AND id NOT IN (SELECT location_id FROM operator_accounts)",
        &[&org],
    )?;

    // BroadWorks subscribers (the partner's, as the API lists them).
    exec("UPDATE bw_subscribers SET synced_at = NULL WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
    let mut odd = 0;
    if let Ok(list) = &f.subscribers {
        for s in list {
            let status = s.status.as_deref().map(|x| x.trim().to_ascii_lowercase());
            let status = status.as_deref().and_then(|x| crate::domain::bw::BwStatus::parse(x).ok());
            let package = s.package.as_deref().and_then(|p| crate::domain::bw::Package::parse(p).ok());
            let (Some(user_id), Some(status), Some(package)) = (clean_opt(s.user_id.as_deref(), 120), status, package)
            else {
                odd += 1;
                continue;
            };
            let err = s.errors.first();
            let code = err.and_then(|e| e.error_code.as_ref()).map(|c| match c {
                serde_json::Value::String(s) => clean(s, 40),
                other => clean(&other.to_string(), 40),
            });
            let desc = err.and_then(|e| clean_opt(e.description.as_deref(), 400));
            let self_activated = match &s.self_activated {
                Some(serde_json::Value::Bool(b)) => *b,
                Some(serde_json::Value::String(t)) => t == "true",
                _ => false,
            };
            exec(
                "INSERT INTO bw_subscribers (org_id, broadworks_user_id, provisioning_id, sp_enterprise_id, first_name,
                    last_name, email, primary_number, extension, package, status, error_code, error_description,
                    self_activated, last_status_change, created_at, webex_id, synced_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
                 ON CONFLICT (org_id, broadworks_user_id) DO UPDATE SET provisioning_id = excluded.provisioning_id,
                    sp_enterprise_id = excluded.sp_enterprise_id, first_name = excluded.first_name,
                    last_name = excluded.last_name, email = excluded.email, primary_number = excluded.primary_number,
                    extension = excluded.extension, package = excluded.package, status = excluded.status,
                    error_code = excluded.error_code, error_description = excluded.error_description,
                    self_activated = excluded.self_activated, last_status_change = excluded.last_status_change,
                    webex_id = excluded.webex_id, synced_at = excluded.synced_at",
                &[
                    &org,
                    &user_id,
                    &clean(s.provisioning_id.as_deref().unwrap_or(""), 120),
                    &clean(s.sp_enterprise_id.as_deref().unwrap_or(""), 120),
                    &clean(s.first_name.as_deref().unwrap_or(""), 120),
                    &clean(s.last_name.as_deref().unwrap_or(""), 120),
                    &clean_opt(s.email.as_deref(), 254),
                    &clean_opt(s.primary_phone_number.as_deref(), 40),
                    &clean_opt(s.extension.as_deref(), 20),
                    &package.as_str(),
                    &status.as_str(),
                    &code,
                    &desc,
                    &self_activated,
                    &when(s.last_status_change.as_deref(), now),
                    &when(s.created.as_deref(), now),
                    &s.id,
                    &stamp,
                ],
            )?;
        }
    }
    if odd > 0 {
        notes.push(format!("{odd} BroadWorks subscriber(s) with a status or package wxgo does not know were left out"));
    }
    exec("DELETE FROM bw_subscribers WHERE org_id = ?1 AND webex_id IS NOT NULL AND synced_at IS NULL", &[&org])?;

    // Admin audit events: added to what the cache has (all of the window again with --full).
    match &f.audit {
        Ok(events) => {
            if full {
                exec("DELETE FROM audit WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
            }
            for e in events {
                let d = &e.data;
                let actor = clean_opt(d.actor_email.as_deref(), 254)
                    .or_else(|| clean_opt(d.actor_name.as_deref(), 200))
                    .unwrap_or_else(|| "Webex".into());
                let action = clean_opt(d.action_text.as_deref(), 200)
                    .or_else(|| clean_opt(d.event_description.as_deref(), 200))
                    .unwrap_or_else(|| "Control Hub change".into());
                let object = format!(
                    "{}: {}",
                    clean(d.target_type.as_deref().unwrap_or("object"), 40),
                    clean(d.target_name.as_deref().unwrap_or(""), 160)
                );
                let details = format!(
                    "Webex admin audit: {}{}",
                    clean(d.event_description.as_deref().unwrap_or(""), 300),
                    d.tracking_id.as_deref().map(|t| format!(" (trackingId {})", clean(t, 80))).unwrap_or_default()
                );
                exec(
                    "INSERT INTO audit (at, org_id, actor, action, object, outcome, details, webex_id)
                     SELECT ?1, ?2, ?3, ?4, ?5, 'ok', ?6, ?7
                     WHERE NOT EXISTS (SELECT 1 FROM audit WHERE org_id = ?2 AND webex_id = ?7)",
                    &[&when(e.created.as_deref(), now), &org, &actor, &action, &object, &details, &e.id],
                )?;
            }
        }
        Err(_) => {
            exec("DELETE FROM audit WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
        }
    }

    crate::outside::crash_point("sync:before-commit");
    for p in parts.iter() {
        exec(
            "INSERT INTO sync_state (org_id, resource, state, items, note, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
             ON CONFLICT (org_id, resource) DO UPDATE SET state = excluded.state, items = excluded.items,
                note = excluded.note, synced_at = excluded.synced_at",
            &[&org, &p.resource, &p.state, &(p.items as i64), &p.note, &stamp],
        )?;
    }
    if !notes.is_empty() {
        if let Some(p) = parts.iter_mut().find(|p| p.resource == "people") {
            let extra = notes.join("; ");
            p.note = Some(match p.note.take() {
                Some(n) => format!("{n}; {extra}"),
                None => extra,
            });
            exec("UPDATE sync_state SET note = ?2 WHERE org_id = ?1 AND resource = 'people'", &[&org, &p.note])?;
        }
    }
    exec("UPDATE webex_orgs SET synced_at = ?2, sync_started_at = NULL WHERE org_id = ?1", &[&org, &stamp])?;
    tx.commit().map_err(db_error)?;
    Ok(notes)
}

fn write_session(conn: &Connection, me: &Person, read_only: Option<&str>) -> Result<()> {
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
    let roles: Vec<String> =
        me.roles.iter().map(|r| clean(&crate::service::backend::webex::signin::role_name(r), 80)).collect();
    let values = [
        ("person", clean(me.primary_email().unwrap_or(""), 254)),
        ("roles", roles.join(",")),
        ("read_only_reason", read_only.map(|r| clean(r, 400)).unwrap_or_default()),
    ];
    for (k, v) in values {
        tx.execute(
            "INSERT INTO webex_session (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![k, v],
        )
        .map_err(db_error)?;
    }
    tx.commit().map_err(db_error)
}

/// What the last sync learned about the sign-in (`read_only_reason` among them).
pub fn session_value(conn: &Connection, key: &str) -> Result<Option<String>> {
    conn.query_row("SELECT value FROM webex_session WHERE key = ?1", [key], |r| r.get::<_, String>(0))
        .optional()
        .map(|v| v.filter(|s| !s.is_empty()))
        .map_err(db_error)
}

/// The notes of the parts the last sync could not read, and when each part was synced.
pub fn part_states(conn: &Connection, org: i64) -> Result<Vec<PartReport>> {
    let mut st =
        conn.prepare("SELECT resource, state, items, note FROM sync_state WHERE org_id = ?1").map_err(db_error)?;
    let rows = st
        .query_map([org], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, i64>(2)?, r.get(3)?)))
        .map_err(db_error)?;
    let mut out = Vec::new();
    for row in rows {
        let (res, state, items, note) = row.map_err(db_error)?;
        let Some(resource) = RESOURCES.iter().find(|r| **r == res).copied() else { continue };
        let state = if state == "ok" { "ok" } else { "not_available" };
        out.push(PartReport { resource, state, items: items.max(0) as usize, note });
    }
    out.sort_by_key(|p| RESOURCES.iter().position(|r| *r == p.resource));
    Ok(out)
}

/// The open console's refresh: device status and BroadWorks status, straight from the API,
/// written in one transaction. Devices the cache does not know yet wait for the next sync.
pub fn poll(
    conn: &Connection,
    client: &WebexClient,
    org: i64,
    org_webex_id: &str,
    now: DateTime<Utc>,
) -> Result<PollReport> {
    let me_org = client.block_on(client.api().me())?.org_id;
    let api = if me_org.as_deref() == Some(org_webex_id) {
        client.api().with_org(None)
    } else {
        client.api().with_org(Some(org_webex_id))
    };
    let query = DeviceQuery::default();
    let (devices, subscribers) =
        client.block_on(async { futures::join!(api.list_devices(&query), api.list_subscribers()) });
    let mut report = PollReport::default();
    let stamp = ts(now);
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
    match devices {
        Ok(list) => {
            for d in &list {
                let raw = clean_opt(d.connection_status.as_deref(), 40);
                let status = device_status(d).as_str();
                let codes: Vec<String> = d.error_codes.iter().map(|c| clean(c, 60).replace(',', " ")).collect();
                let codes = codes.join(",");
                let known: Option<(String, Option<String>, String)> = tx
                    .query_row(
                        "SELECT status, connection_status, error_codes FROM devices WHERE org_id = ?1 AND webex_id = ?2",
                        params![org, d.id],
                        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                    )
                    .optional()
                    .map_err(db_error)?;
                match known {
                    None => report.devices_new += 1,
                    Some((s, c, e)) if s == status && c == raw && e == codes => {}
                    Some(_) => {
                        tx.execute(
                            "UPDATE devices SET status = ?3, connection_status = ?4, error_codes = ?5, changed_at = ?6,
                                synced_at = ?6 WHERE org_id = ?1 AND webex_id = ?2",
                            params![org, d.id, status, raw, codes, stamp],
                        )
                        .map_err(db_error)?;
                        report.devices_changed += 1;
                    }
                }
            }
        }
        Err(e) if e.is_not_available() => report.notes.push(e.not_available_note("Webex Go devices")),
        Err(e) => return Err(e.into()),
    }
    match subscribers {
        Ok(list) => {
            for s in &list {
                let Some(status) = s
                    .status
                    .as_deref()
                    .and_then(|x| crate::domain::bw::BwStatus::parse(&x.trim().to_ascii_lowercase()).ok())
                else {
                    continue;
                };
                let err = s.errors.first();
                let desc = err.and_then(|e| clean_opt(e.description.as_deref(), 400));
                let n = tx
                    .execute(
                        "UPDATE bw_subscribers SET status = ?3, error_description = ?4, last_status_change = ?5
                         WHERE org_id = ?1 AND webex_id = ?2 AND (status != ?3 OR error_description IS NOT ?4)",
                        params![org, s.id, status.as_str(), desc, when(s.last_status_change.as_deref(), now)],
                    )
                    .map_err(db_error)?;
                report.subscribers_changed += n;
            }
        }
        Err(e) if e.is_not_available() => {}
        Err(e) => return Err(e.into()),
    }
    if report.devices_changed > 0 {
        tx.execute(
            "UPDATE sync_state SET synced_at = ?2 WHERE org_id = ?1 AND resource = 'devices'",
            params![org, stamp],
        )
        .map_err(db_error)?;
    }
    tx.commit().map_err(db_error)?;
    Ok(report)
}

/// The organisations the token can manage, with when the cache last synced each.
pub fn org_choices(conn: &Connection, client: &WebexClient) -> Result<Vec<OrgChoice>> {
    let me = client.block_on(client.api().me())?;
    let orgs = match client.block_on(client.api().list_organizations()) {
        Ok(o) => o,
        Err(e) if e.is_not_available() => match me.org_id.clone() {
            Some(id) => vec![Organization { id, display_name: None, created: None }],
            None => Vec::new(),
        },
        Err(e) => return Err(e.into()),
    };
    let mut out = Vec::new();
    for o in orgs {
        let synced: Option<Option<String>> = conn
            .query_row("SELECT synced_at FROM webex_orgs WHERE webex_id = ?1", [&o.id], |r| r.get(0))
            .optional()
            .map_err(db_error)?;
        let name = clean_opt(o.display_name.as_deref(), 120).unwrap_or_else(|| "(name not available)".into());
        out.push(OrgChoice { id: o.id, name, synced_at: synced.flatten().map(|s| parse_ts(&s)) });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_connection_status_table() {
        let status =
            |s: Option<&str>| device_status(&Device { connection_status: s.map(str::to_string), ..Device::default() });
        assert_eq!(status(Some("activating")), DeviceStatus::ActivationPending);
        assert_eq!(status(Some("connected")), DeviceStatus::Online);
        assert_eq!(status(Some("connected_with_issues")), DeviceStatus::Online);
        for s in ["disconnected", "offline_expired", "offline_deep_sleep"] {
            assert_eq!(status(Some(s)), DeviceStatus::Offline, "{s}");
        }
        assert_eq!(status(Some("unknown")), DeviceStatus::Unknown);
        assert_eq!(status(None), DeviceStatus::Unknown, "absent: never guessed");
        assert_eq!(status(Some("something_new")), DeviceStatus::Unknown);
        assert_eq!(DeviceStatus::Unknown.as_str(), "unknown");
        assert_eq!(DeviceStatus::Unknown.label(), "Status unknown");
    }

    #[test]
    fn licence_names_become_wxgo_licence_keys() {
        assert_eq!(licence_key("Webex Calling - Professional"), licence::CALLING_PROFESSIONAL);
        assert_eq!(licence_key("Webex Calling - Basic"), licence::CALLING_BASIC);
        assert_eq!(licence_key("Webex Go"), "Webex Go");
        assert!(is_go_licence("Webex Go") && !is_go_licence("Webex Calling - Professional"));
        assert_eq!(title("AUTO_ATTENDANT"), "Auto attendant");
    }
}
