//! What one sync reads, side by side (at most the client's `max_in_flight` requests at once):
//! licences and locations first (one request each), then the people (everyone, see
//! [`super::people`]), beside the numbers and the Webex Go devices (each one listing, a few pages
//! asked at a time), the BroadWorks subscribers and the admin audit events. When the people need not all be read, the
//! rest is read first and tells who can have changed (see [`super::delta`]).

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::delta::{self, LATE_EVENTS};
use super::people::{self, Ctx};
use super::{gather, Tracker};
use crate::domain::Result;
use crate::outside::webex::models::{AuditEvent, License, Location};
use crate::outside::webex::numbers::NumberQuery;
use crate::outside::webex::{Api, DeviceQuery, WebexError};
use crate::store::snapshot::{marks, Devices, Fetched, Marks, Numbers, Part, PeopleRead};

/// What the sync knows before it reads.
pub(super) struct Plan<'a> {
    pub conn: &'a Connection,
    pub org: i64,
    pub org_webex_id: &'a str,
    pub started: DateTime<Utc>,
    pub now: &'a dyn Fn() -> DateTime<Utc>,
    /// Where the admin audit events are read from (to `started`).
    pub audit_from: DateTime<Utc>,
    /// Why every person is read, when known before reading.
    pub everyone: Option<String>,
    pub marks: &'a Marks,
    /// People per location (Webex id) as the cache has them (when everyone is read location by
    /// location, the largest first).
    pub sizes: HashMap<String, usize>,
}

pub(super) struct Outcome {
    pub fetched: Fetched,
    /// Why everyone was read (also when found out after reading the rest).
    pub why_everyone: Option<String>,
    /// People read again one by one.
    pub read_again: usize,
}

fn stamp(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}

pub(super) async fn fetch(cx: &Ctx<'_, '_>, plan: &Plan<'_>) -> Result<Outcome> {
    let (api, tracker) = (cx.api, cx.tracker);
    let licences = async {
        let r = api.list_licenses().await;
        if let Ok(l) = &r {
            let _ = tracker.borrow_mut().page("licences", l.len());
        }
        tracker.borrow_mut().finished("licences");
        r
    };
    let locations = async {
        let r = api.list_locations().await;
        if let Ok(l) = &r {
            let _ = tracker.borrow_mut().page("locations", l.len());
        }
        tracker.borrow_mut().finished("locations");
        r
    };
    let devices = async {
        let all = RefCell::new(Devices::new());
        // Devices page by an offset: a few pages asked at a time, not one after another.
        let width = (api.config().max_in_flight / 2).max(1);
        let r = api
            .device_pages_side_by_side(&DeviceQuery::default(), width, |page| {
                let flow = tracker.borrow_mut().page("devices", page.len());
                let mut all = all.borrow_mut();
                page.iter().for_each(|d| all.push(d));
                flow
            })
            .await;
        tracker.borrow_mut().finished("devices");
        r.map(|_| all.into_inner())
    };
    let subscribers = async {
        let all = RefCell::new(Vec::new());
        let r = api.subscriber_pages(gather(tracker, "broadworks", &all)).await;
        tracker.borrow_mut().finished("broadworks");
        r.map(|_| all.into_inner())
    };
    let audit = async {
        let all = RefCell::new(Vec::new());
        let r = api
            .audit_event_pages(
                plan.org_webex_id,
                &stamp(plan.audit_from),
                &stamp(plan.started),
                gather(tracker, "audit", &all),
            )
            .await;
        tracker.borrow_mut().finished("audit");
        r.map(|_| all.into_inner())
    };
    let rest = async {
        let (licences, locations) = futures::join!(licences, locations);
        let people = match plan.everyone {
            Some(_) => Some(everyone(cx, plan, &licences, &locations).await),
            None => None,
        };
        (licences, locations, people)
    };
    let (devices, numbers, subscribers, audit, (mut licences, locations, people)) =
        futures::join!(devices, numbers(api, tracker), subscribers, audit, rest);
    let mut why_everyone = plan.everyone.clone();
    let (people, read_again) = match people {
        Some((read, n, after)) => {
            licences = after.unwrap_or(licences);
            (read, n)
        }
        None => {
            let inputs = delta::Inputs {
                audit: &audit,
                licences: &licences,
                numbers: &numbers,
                devices: &devices,
                org_webex_id: plan.org_webex_id,
            };
            let from = plan.marks.read_at.unwrap_or(plan.started) - LATE_EVENTS;
            let full_at = plan.marks.full_at.unwrap_or(plan.started);
            let changed = match delta::plan(plan.conn, plan.org, &inputs, from, full_at)? {
                Ok(p) => match people::read_again(cx, &p.ids).await {
                    Ok(fresh) => {
                        let n = fresh.len();
                        let holders = marks::licence_holders(plan.conn, plan.org)?;
                        let list = licences.as_deref().unwrap_or(&[]);
                        match p.settle(fresh, list, &plan.marks.offsets, &holders) {
                            Ok((people, gone)) => Ok((Ok(PeopleRead::Changed { people, gone }), n)),
                            Err(why) => Err((why, n)),
                        }
                    }
                    Err(e) => Ok((Err(e), 0)),
                },
                Err(why) => Err((why, 0)),
            };
            match changed {
                Ok(read) => read,
                Err((why, n)) => {
                    why_everyone = Some(why);
                    let (read, m, after) = everyone(cx, plan, &licences, &locations).await;
                    licences = after.unwrap_or(licences);
                    (read, n + m)
                }
            }
        }
    };
    tracker.borrow_mut().finished("people");
    let fetched = Fetched { people, licences, locations, devices, numbers, subscribers, audit };
    Ok(Outcome { fetched, why_everyone, read_again })
}

/// The numbers: one listing of the organisation, a few pages asked at a time by their offset
/// (beside the devices, which page the same way). A cursor per location cost a page per
/// location at least: 216 requests where 80 hold an organisation of 80,000 numbers.
async fn numbers(api: &Api, tracker: &RefCell<Tracker<'_>>) -> Part<Numbers> {
    let all = RefCell::new(Numbers::new());
    let width = (api.config().max_in_flight / 2).max(1);
    let r = api
        .number_pages_side_by_side(&NumberQuery::default(), width, |page| {
            let flow = tracker.borrow_mut().page("numbers", page.len());
            let mut all = all.borrow_mut();
            page.iter().for_each(|n| all.push(n));
            flow
        })
        .await;
    tracker.borrow_mut().finished("numbers");
    r.map(|_| all.into_inner())
}

/// Every person, then those the admin audit events say changed while they were read (read again:
/// the copy is Webex as it was when the sync ended). How many were read again, and the licences
/// read again after the people (their counts then match the people the copy holds).
async fn everyone(
    cx: &Ctx<'_, '_>,
    plan: &Plan<'_>,
    licences: &Part<Vec<License>>,
    locations: &Part<Vec<Location>>,
) -> (Part<PeopleRead>, usize, Option<Part<Vec<License>>>) {
    let (read, n) = everyone_then_changes(cx, plan, licences, locations).await;
    let after = match (&read, licences) {
        (Ok(_), Ok(_)) => match cx.api.list_licenses().await {
            r @ Ok(_) => Some(r),
            Err(_) => None,
        },
        _ => None,
    };
    (read, n, after)
}

async fn everyone_then_changes(
    cx: &Ctx<'_, '_>,
    plan: &Plan<'_>,
    licences: &Part<Vec<License>>,
    locations: &Part<Vec<Location>>,
) -> (Part<PeopleRead>, usize) {
    let calling: Option<HashSet<String>> = licences.as_ref().ok().map(|list| {
        list.iter()
            .filter(|l| l.name.as_deref().is_some_and(|n| n.to_ascii_lowercase().contains("calling")))
            .map(|l| l.id.clone())
            .collect()
    });
    let locs = locations.as_deref().unwrap_or(&[]);
    let (mut all, relisted) = match people::read_everyone(cx, locs, &plan.sizes, calling.as_ref()).await {
        Ok(all) => all,
        Err(e) => return (Err(e), 0),
    };
    // Changes logged while the listings ran: those people read again.
    let to = (plan.now)() + LATE_EVENTS;
    let from = plan.started - LATE_EVENTS;
    let mut events: Vec<AuditEvent> = Vec::new();
    let r = cx
        .api
        .audit_event_pages(plan.org_webex_id, &stamp(from), &stamp(to), |mut page| {
            events.append(&mut page);
            std::ops::ControlFlow::Continue(())
        })
        .await;
    if r.is_err() {
        // Not available (or failing): the next sync's window covers these changes.
        return (Ok(PeopleRead::All(all)), 0);
    }
    let ids = delta::people_named(
        &events,
        from,
        plan.org_webex_id,
        |id| all.position(id).is_some(),
        |each| all.indexes().for_each(|i| each(all.id_of(i))),
    );
    if ids.is_empty() {
        return (Ok(PeopleRead::All(all)), 0);
    }
    let fresh = match people::read_again(cx, &ids).await {
        Ok(f) => f,
        Err(WebexError::Cancelled) => return (Err(WebexError::Cancelled), 0),
        Err(_) => return (Ok(PeopleRead::All(all)), 0),
    };
    let n = fresh.len();
    let mut deleted = false;
    for (id, p) in fresh {
        match p {
            Some(p) => {
                all.insert(&p);
            }
            None => {
                deleted = true;
                if let Some(i) = all.position(&id) {
                    all.remove(i);
                }
            }
        }
    }
    if deleted && !relisted {
        // A deletion while everyone was listed can have shifted a person onto a page already
        // read: everyone listed again, whoever the first listing missed added.
        all = match people::relist(cx, all).await {
            Ok(all) => all,
            Err(e) => return (Err(e), n),
        };
    }
    cx.tracker.borrow_mut().progress.counts.insert("people", all.len());
    (Ok(PeopleRead::All(all)), n)
}
