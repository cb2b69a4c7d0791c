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
use std::collections::{BTreeMap, HashSet};
use std::ops::ControlFlow;
use std::sync::atomic::{AtomicBool, Ordering};

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};
use serde::Serialize;

use crate::domain::{text, Error, Result};
use crate::outside::profiles::Profile;
use crate::outside::webex::models::{Organization, Person, Subscriber};
use crate::outside::webex::numbers::NumberQuery;
use crate::outside::webex::{Api, DeviceQuery, PeopleQuery, WebexClient, WebexError};
mod remote;

use crate::service::backend::webex::signin;
use crate::store::db_error;
use crate::store::queries::ts;
use crate::store::snapshot;
pub use crate::store::snapshot::{part_states, session_value, PartReport, RESOURCES};
use crate::store::snapshot::{Fetched, Part};
pub use remote::{org_choices_in, DataAge};

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
                        orgs.iter().map(|o| text::clean(o.display_name.as_deref().unwrap_or(&o.id), 60)).collect();
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
    let mut name = text::clean(&name, 120);
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
    let org = snapshot::ensure_org(conn, &target.id, &target.name, started)?;
    let result = run_for(conn, client, profile, opts, now, progress, cancel, target, org, started);
    if result.is_err() {
        // Stopped or failed: nothing of it was kept, so it is not "unfinished" either.
        let _ = snapshot::clear_sync_started(conn, org);
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
    let first_sync = snapshot::synced_at(conn, org)?.is_none();
    let audit_from = match (opts.full, snapshot::last_audit(conn, org)?) {
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
                        let _ = snapshot::write_people_preview(conn, org, &page, started);
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
                parts.push(PartReport {
                    resource,
                    state: "not_available",
                    items: 0,
                    note: Some(text::clean(&note, 400)),
                });
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
    snapshot::write_snapshot(conn, org, &fetched, &mut parts, opts.full, synced)?;
    let roles: Vec<String> = target.me.roles.iter().map(|r| text::clean(&signin::role_name(r), 80)).collect();
    snapshot::write_session(
        conn,
        &[
            ("person", text::clean(target.me.primary_email().unwrap_or(""), 254)),
            ("roles", roles.join(",")),
            ("read_only_reason", read_only_reason.as_deref().map(|r| text::clean(r, 400)).unwrap_or_default()),
        ],
    )?;
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
                let raw = text::clean_opt(d.connection_status.as_deref(), 40);
                let codes: Vec<String> = d.error_codes.iter().map(|c| text::clean(c, 60).replace(',', " ")).collect();
                let status = d.wxgo_status();
                match snapshot::poll_device(&tx, org, &d.id, status.as_str(), raw.as_deref(), &codes.join(","), &stamp)?
                {
                    snapshot::Polled::New => report.devices_new += 1,
                    snapshot::Polled::Same => {}
                    snapshot::Polled::Changed => report.devices_changed += 1,
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
                let desc = s.errors.first().and_then(|e| text::clean_opt(e.description.as_deref(), 400));
                let at = snapshot::when(s.last_status_change.as_deref(), now);
                report.subscribers_changed +=
                    snapshot::poll_subscriber(&tx, org, &s.id, status.as_str(), desc.as_deref(), &at)?;
            }
        }
        Err(e) if e.is_not_available() => {}
        Err(e) => return Err(e.into()),
    }
    if report.devices_changed > 0 {
        snapshot::touch_part(&tx, org, "devices", &stamp)?;
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
        let synced_at = snapshot::synced_at_of(conn, &o.id)?;
        let name = text::clean_opt(o.display_name.as_deref(), 120).unwrap_or_else(|| "(name not available)".into());
        out.push(OrgChoice { id: o.id, name, synced_at });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{licence, DeviceStatus};
    use crate::outside::webex::models::Device;

    #[test]
    fn every_row_of_the_connection_status_table() {
        let status =
            |s: Option<&str>| Device { connection_status: s.map(str::to_string), ..Device::default() }.wxgo_status();
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
        assert_eq!(
            crate::domain::licensing::licence_key("Webex Calling - Professional"),
            licence::CALLING_PROFESSIONAL
        );
        assert_eq!(crate::domain::licensing::licence_key("Webex Calling - Basic"), licence::CALLING_BASIC);
        assert_eq!(crate::domain::licensing::licence_key("Webex Go"), "Webex Go");
        use crate::domain::licensing::is_go_licence;
        assert!(is_go_licence("Webex Go") && !is_go_licence("Webex Calling - Professional"));
        assert_eq!(snapshot::write::title("AUTO_ATTENDANT"), "Auto attendant");
    }
}
