//! A sync after the first reads again only the people that can have changed.
//!
//! Licences, locations, Webex Go devices (so their status is always fresh), numbers, BroadWorks
//! subscribers and the new admin audit events are read in full every time: a few hundred
//! requests for 100,000 people. People are what cost (2,000 requests): a sync reads everyone
//! only with `--full`, on the first sync, when the last full read is a day old or more, or when
//! it cannot tell who changed; otherwise it reads again (`GET /people/{id}`) only:
//! - the person each admin audit event since the last read of people (less an hour, for events
//!   Webex logs late) names (`targetType` user), found by their id as the cache has it, also
//!   when the event gives the bare identifier rather than the API's id;
//! - the old and the new owner of every number whose owner is not the one the cache has;
//! - the owner of a Webex Go device the cache does not know.
//!
//! It reads everyone instead when an event about people or licences names no person (a bulk
//! change), when more people changed than a
//! full read costs in requests, when the audit events or the licences cannot be read, and when
//! the licence counts do not add up: per licence, Webex's `consumedByUsers` less the mirrored
//! holders must be what it was after the last sync (a change Webex did not log shows there).

use std::collections::{HashMap, HashSet};

use base64::Engine;
use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use crate::domain::{licensing, text, Result};
use crate::outside::webex::models::{AuditEvent, License, MirrorPerson};
use crate::store::snapshot::{marks, Devices, Marks, Numbers, Part};

/// A full read of people happens at least this often.
pub const FULL_EVERY_HOURS: i64 = 24;
/// Admin audit events may be logged late: a sync looks this far before the last read.
pub const LATE_EVENTS: Duration = Duration::hours(1);

/// Why this sync reads every person before it reads anything, if it must.
pub(super) fn full_before(
    full: bool,
    first: bool,
    marks: &Marks,
    audit_ok: bool,
    now: DateTime<Utc>,
) -> Option<String> {
    if full {
        return Some("--full".into());
    }
    if first {
        return Some("the first sync".into());
    }
    let Some(at) = marks.full_at else {
        return Some("no complete read of the people yet".into());
    };
    if now - at >= Duration::hours(FULL_EVERY_HOURS) || at > now {
        return Some(format!("the last full read is {} h old (one a day at least)", (now - at).num_hours()));
    }
    if marks.read_at.is_none() {
        return Some("no read of the people to start from".into());
    }
    if !audit_ok {
        return Some("the admin audit events were not available at the last sync".into());
    }
    None
}

/// What the rest of the sync read, for finding who changed.
pub(super) struct Inputs<'a> {
    pub audit: &'a Part<Vec<AuditEvent>>,
    pub licences: &'a Part<Vec<License>>,
    pub numbers: &'a Part<Numbers>,
    pub devices: &'a Part<Devices>,
    /// The organisation's Webex id (ids of people not cached yet are made from it).
    pub org_webex_id: &'a str,
}

/// The people to read again, or why everyone must be read.
pub(super) struct Plan {
    /// Webex ids to read again.
    pub ids: Vec<String>,
    /// The cache's people: Webex id -> licence keys.
    mirrored: HashMap<String, Vec<String>>,
}

/// Who can have changed since `from` (the last read of people, less [`LATE_EVENTS`]).
/// `full_at`: the last full read (an event about people naming nobody before it is covered).
pub(super) fn plan(
    conn: &Connection,
    org: i64,
    inp: &Inputs<'_>,
    from: DateTime<Utc>,
    full_at: DateTime<Utc>,
) -> Result<std::result::Result<Plan, String>> {
    let Ok(events) = inp.audit else { return Ok(Err("the admin audit events could not be read".into())) };
    if inp.licences.is_err() {
        return Ok(Err("the licences could not be read".into()));
    }
    let mirrored = marks::mirrored_licences(conn, org)?;
    let known: Vec<&str> = mirrored.keys().map(String::as_str).collect();
    let resolve = Resolver::new(&known, inp.org_webex_id);
    let mut ids: HashSet<String> = HashSet::new();
    for e in events {
        let Some(at) = since(e, from) else { continue };
        let category = suffix(e.data.event_category.as_deref());
        match person_target(e) {
            Some(t) => {
                ids.insert(resolve.id(t).0);
            }
            None if matches!(category.as_str(), "USERS" | "LICENSES") && at.is_none_or(|t| t >= full_at) => {
                return Ok(Err(format!(
                    "an admin audit event about people names none (\"{}\")",
                    text::clean(
                        e.data.action_text.as_deref().or(e.data.event_description.as_deref()).unwrap_or(""),
                        80
                    )
                )));
            }
            _ => {}
        }
    }
    // Numbers whose owner is not the one the cache has: both owners changed. An owner the copy
    // does not hold (an email twin) stays unheld: only a change of owner counts.
    if let Ok(numbers) = inp.numbers {
        let mut owners = marks::number_owners(conn, org)?;
        for n in numbers.iter() {
            let Some(e164) = text::clean_opt(n.phone_number.as_deref(), 40) else { continue };
            let now = n
                .owner
                .as_ref()
                .filter(|o| o.kind.as_deref().is_some_and(|k| k.eq_ignore_ascii_case("PEOPLE")))
                .and_then(|o| o.id.clone());
            let before = owners.remove(&e164);
            let seen_as =
                now.as_ref().map(|id| if mirrored.contains_key(id) { id.as_str() } else { marks::UNMIRRORED });
            if before.as_deref() == seen_as {
                continue;
            }
            ids.extend(before.filter(|b| b != marks::UNMIRRORED));
            ids.extend(now);
        }
        ids.extend(owners.into_values().filter(|b| b != marks::UNMIRRORED));
    }
    // A device whose owner the cache does not know: a new person.
    if let Ok(devices) = inp.devices {
        for id in devices.iter().filter_map(|d| d.person_id) {
            if !mirrored.contains_key(&id) {
                ids.insert(id);
            }
        }
    }
    let full_cost = mirrored.len() / 50 + 1;
    if ids.len() > full_cost.max(200) {
        return Ok(Err(format!("{} people changed: reading everyone costs fewer requests", ids.len())));
    }
    let mut ids: Vec<String> = ids.into_iter().collect();
    ids.sort();
    Ok(Ok(Plan { ids, mirrored }))
}

impl Plan {
    /// The people read again, checked: the changed and the gone, or why everyone must be read.
    pub(super) fn settle(
        &self,
        fresh: Vec<(String, Option<MirrorPerson>)>,
        licences: &[License],
        offsets: &HashMap<String, i64>,
        holders: &HashMap<String, i64>,
    ) -> std::result::Result<(Vec<MirrorPerson>, Vec<String>), String> {
        let mut people = Vec::new();
        let mut gone = Vec::new();
        for (id, p) in fresh {
            match p {
                Some(p) => people.push(p),
                // Not in the copy and not in Webex (created and deleted since, or an event seen
                // again): nothing to do. A new person under an id made wrong would show in the
                // licence counts below.
                None if !self.mirrored.contains_key(&id) => {}
                None => gone.push(id),
            }
        }
        // The licence counts must add up as they did after the last sync.
        let key_of: HashMap<&str, String> =
            licences.iter().map(|l| (l.id.as_str(), licensing::licence_key(l.name.as_deref().unwrap_or("")))).collect();
        let mut consumed: HashMap<String, i64> = HashMap::new();
        for l in licences {
            let key = licensing::licence_key(l.name.as_deref().unwrap_or(""));
            *consumed.entry(key).or_default() += l.consumed_by_users.unwrap_or(0.0).max(0.0) as i64;
        }
        let mut after = holders.clone();
        for id in people.iter().map(|p| &p.id).chain(gone.iter()) {
            for k in self.mirrored.get(id).into_iter().flatten() {
                *after.entry(k.clone()).or_default() -= 1;
            }
        }
        for p in people.iter().filter(|p| p.primary_email().is_some_and(|e| !e.trim().is_empty())) {
            let keys: HashSet<&String> = p.licenses.iter().filter_map(|l| key_of.get(l.as_str())).collect();
            for k in keys {
                *after.entry(k.clone()).or_default() += 1;
            }
        }
        let keys: HashSet<&String> = consumed.keys().chain(after.keys()).chain(offsets.keys()).collect();
        for k in keys {
            let now = consumed.get(k).copied().unwrap_or(0) - after.get(k).copied().unwrap_or(0);
            if now != offsets.get(k).copied().unwrap_or(0) {
                return Err(format!(
                    "the counts of licence {} do not add up: a change Webex did not log",
                    text::clean(k, 60)
                ));
            }
        }
        Ok((people, gone))
    }
}

/// The people the admin audit events since `from` name, by the API's id (see [`Resolver`]).
pub(super) fn people_named(
    events: &[AuditEvent],
    from: DateTime<Utc>,
    known: &[&str],
    org_webex_id: &str,
) -> Vec<String> {
    let resolve = Resolver::new(known, org_webex_id);
    let mut ids: Vec<String> =
        events.iter().filter(|e| since(e, from).is_some()).filter_map(person_target).map(|t| resolve.id(t).0).collect();
    ids.sort();
    ids.dedup();
    ids
}

/// `Some(when)` (None inside: no date) for an event at or after `from`; `None` for an older one.
fn since(e: &AuditEvent, from: DateTime<Utc>) -> Option<Option<DateTime<Utc>>> {
    let at = e.created.as_deref().and_then(|c| DateTime::parse_from_rfc3339(c).ok()).map(|t| t.with_timezone(&Utc));
    if at.is_some_and(|t| t < from) {
        None
    } else {
        Some(at)
    }
}

/// The id of the person an event is about (its target's type is a user), as the event gives it.
fn person_target(e: &AuditEvent) -> Option<&str> {
    let kind = suffix(e.data.target_type.as_deref());
    let target = e.data.target_id.as_deref().map(str::trim).filter(|t| !t.is_empty())?;
    matches!(kind.as_str(), "USER" | "USERS" | "PERSON" | "PEOPLE").then_some(target)
}

/// Finds the API's id of a person an event names: one of `known` (by id, or by the bare
/// identifier the events give), else made from the organisation's id.
struct Resolver<'a> {
    exact: HashSet<&'a str>,
    by_bare: HashMap<String, &'a str>,
    org_webex_id: &'a str,
}

impl<'a> Resolver<'a> {
    fn new(known: &[&'a str], org_webex_id: &'a str) -> Resolver<'a> {
        Resolver {
            exact: known.iter().copied().collect(),
            by_bare: known.iter().map(|k| (bare(k), *k)).collect(),
            org_webex_id,
        }
    }

    /// The id, and whether it is one of those known.
    fn id(&self, target: &str) -> (String, bool) {
        if self.exact.contains(target) {
            return (target.to_string(), true);
        }
        match self.by_bare.get(&bare(target)) {
            Some(id) => (id.to_string(), true),
            None => (person_id(target, self.org_webex_id), false),
        }
    }
}

/// `TargetResourceType.USER` -> `USER`.
fn suffix(s: Option<&str>) -> String {
    s.unwrap_or("").rsplit('.').next().unwrap_or("").trim().to_ascii_uppercase()
}

/// The bare identifier of a Webex id: the last part of `ciscospark://us/PEOPLE/<id>` once the
/// base64 is undone (the audit events give it so), else the id itself.
fn bare(id: &str) -> String {
    let decoded = decode(id);
    match decoded.as_deref().and_then(|d| d.rsplit('/').next()) {
        Some(b) if !b.is_empty() => b.to_string(),
        _ => decoded.unwrap_or_else(|| id.to_string()),
    }
}

fn decode(id: &str) -> Option<String> {
    let t = id.trim_end_matches('=');
    let engines = [base64::engine::general_purpose::URL_SAFE_NO_PAD, base64::engine::general_purpose::STANDARD_NO_PAD];
    engines.iter().find_map(|e| e.decode(t).ok()).and_then(|b| String::from_utf8(b).ok())
}

/// The API's id of a person named by an audit event: as given when it already is one, else made
/// like the organisation's (`ciscospark://<region>/PEOPLE/<id>`, base64).
fn person_id(target: &str, org_webex_id: &str) -> String {
    if decode(target).is_some_and(|d| d.starts_with("ciscospark://")) {
        return target.to_string();
    }
    let org = decode(org_webex_id).unwrap_or_default();
    let region = org.strip_prefix("ciscospark://").and_then(|r| r.split('/').next()).unwrap_or("us");
    let raw = format!("ciscospark://{region}/PEOPLE/{}", bare(target));
    if org_webex_id.contains(['-', '_']) {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
    } else {
        base64::engine::general_purpose::STANDARD_NO_PAD.encode(raw)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(kind: &str, key: &str) -> String {
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("ciscospark://us/{kind}/{key}"))
    }

    #[test]
    fn an_audit_events_bare_target_finds_the_persons_api_id() {
        let person = id("PEOPLE", "5b3e0bd8-f886-425b-b318-aceb9b7a0dac");
        let bare_target =
            base64::engine::general_purpose::STANDARD_NO_PAD.encode("5b3e0bd8-f886-425b-b318-aceb9b7a0dac");
        assert_eq!(bare(&person), bare(&bare_target));
        assert_eq!(bare("not base64 at all!"), "not base64 at all!");
        let org = id("ORGANIZATION", "96abc2aa");
        assert_eq!(decode(&person_id(&bare_target, &org)).as_deref(), decode(&person).as_deref());
        assert_eq!(person_id(&person, &org), person);
        assert_eq!(suffix(Some("TargetResourceType.USER")), "USER");
        assert_eq!(suffix(Some("users")), "USERS");
    }

    #[test]
    fn a_full_read_at_least_daily_and_whenever_the_window_is_unknown() {
        let now = DateTime::parse_from_rfc3339("2026-12-02T09:00:00Z").map(|t| t.with_timezone(&Utc)).ok();
        let now = now.unwrap_or_default();
        let fresh = Marks {
            full_at: Some(now - Duration::hours(3)),
            read_at: Some(now - Duration::hours(1)),
            ..Marks::default()
        };
        assert_eq!(full_before(false, false, &fresh, true, now), None);
        assert!(full_before(true, false, &fresh, true, now).is_some_and(|w| w == "--full"));
        assert!(full_before(false, true, &fresh, true, now).is_some());
        assert!(full_before(false, false, &fresh, false, now).is_some_and(|w| w.contains("audit")));
        let old = Marks { full_at: Some(now - Duration::hours(FULL_EVERY_HOURS)), ..fresh.clone() };
        assert!(full_before(false, false, &old, true, now).is_some_and(|w| w.contains("24 h old")));
        let future = Marks { full_at: Some(now + Duration::hours(2)), ..fresh };
        assert!(full_before(false, false, &future, true, now).is_some(), "a clock set back: read everyone");
        assert!(full_before(false, false, &Marks::default(), true, now).is_some());
    }
}
