//! A sync after the first reads again only the people that can have changed.
//!
//! Licences, locations, Webex Go devices (so their status is always fresh), numbers, BroadWorks
//! subscribers and the new admin audit events are read in full every time: a few hundred
//! requests for 100,000 people. People are what cost (some 1,200 requests): a sync reads everyone
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
use std::hash::BuildHasher;

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
    /// Those of them the copy holds: Webex id -> their licence keys.
    held: HashMap<String, Vec<String>>,
}

/// Who can have changed since `from` (the last read of people, less [`LATE_EVENTS`]).
/// `full_at`: the last full read (an event about people naming nobody before it is covered).
/// The cache is read a row at a time: nothing is held for every person.
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
    let held = |id: &str| marks::is_mirrored(conn, org, id);
    let mut ids: HashSet<String> = HashSet::new();
    // The people the events name: by their id as the copy has it, or by the bare identifier.
    let mut unresolved: HashMap<String, &str> = HashMap::new();
    for e in events {
        let Some(at) = since(e, from) else { continue };
        let category = suffix(e.data.event_category.as_deref());
        match person_target(e) {
            Some(t) if held(t)? => {
                ids.insert(t.to_string());
            }
            Some(t) => {
                unresolved.insert(bare(t), t);
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
    if !unresolved.is_empty() {
        marks::for_each_mirrored(conn, org, |id| {
            if unresolved.remove(&bare(id)).is_some() {
                ids.insert(id.to_string());
            }
        })?;
        ids.extend(unresolved.values().map(|t| person_id(t, inp.org_webex_id)));
    }
    // Numbers whose owner is not the one the copy has: both owners changed. An owner the copy
    // does not hold (an email twin) stays unheld: only a change of owner counts.
    if let Ok(numbers) = inp.numbers {
        let person = |n: &crate::outside::webex::numbers::Number| {
            n.owner
                .as_ref()
                .filter(|o| o.kind.as_deref().is_some_and(|k| k.eq_ignore_ascii_case("PEOPLE")))
                .and_then(|o| o.id.clone())
        };
        let e164 = |n: &crate::outside::webex::numbers::Number| text::clean_opt(n.phone_number.as_deref(), 40);
        let hasher = std::collections::hash_map::RandomState::new();
        let mut by_e164: hashbrown::HashTable<u32> = hashbrown::HashTable::with_capacity(numbers.len());
        for (i, n) in numbers.iter().enumerate() {
            if let Some(e) = e164(&n) {
                by_e164.insert_unique(hasher.hash_one(&e), i as u32, |&j| {
                    hasher.hash_one(numbers.get(j as usize).and_then(|n| e164(&n)).unwrap_or_default())
                });
            }
        }
        let mut found = vec![false; numbers.len()];
        let mut changed: Vec<String> = Vec::new();
        let mut failed = None;
        marks::for_each_number_owner(conn, org, |cached_e164, before| {
            let hit = by_e164.find(hasher.hash_one(cached_e164), |&i| {
                numbers.get(i as usize).and_then(|n| e164(&n)).as_deref() == Some(cached_e164)
            });
            let now = match hit {
                Some(&i) => {
                    found[i as usize] = true;
                    numbers.get(i as usize).and_then(|n| person(&n))
                }
                None => None,
            };
            match (before, now) {
                (Some(b), Some(n)) if b == n => {}
                (Some(marks::UNMIRRORED), Some(n)) => match held(&n) {
                    Ok(true) => changed.push(n),
                    Ok(false) => {}
                    Err(e) => failed = Some(e),
                },
                (b, n) => {
                    changed.extend(b.filter(|b| *b != marks::UNMIRRORED).map(str::to_string));
                    changed.extend(n);
                }
            }
        })?;
        if let Some(e) = failed {
            return Err(e);
        }
        ids.extend(changed);
        // Numbers new to the copy: their owner's number changed.
        for (i, n) in numbers.iter().enumerate() {
            if !found[i] {
                ids.extend(person(&n));
            }
        }
    }
    // A device whose owner the copy does not hold: a new person.
    if let Ok(devices) = inp.devices {
        for id in devices.iter().filter_map(|d| d.person_id) {
            if !ids.contains(&id) && !held(&id)? {
                ids.insert(id);
            }
        }
    }
    // A full read: the listing of everyone (1,000 a page) and the reads by id (85 a request).
    let mirrored = marks::mirrored_count(conn, org)?;
    let full_cost = mirrored / 1000 + mirrored.div_ceil(crate::outside::webex::PEOPLE_IDS_MAX) + 1;
    if ids.len() > full_cost.max(200) {
        return Ok(Err(format!("{} people changed: reading everyone costs fewer requests", ids.len())));
    }
    let mut ids: Vec<String> = ids.into_iter().collect();
    ids.sort();
    let mut keys = HashMap::new();
    for id in &ids {
        if let Some(k) = marks::mirrored_keys(conn, org, id)? {
            keys.insert(id.clone(), k);
        }
    }
    Ok(Ok(Plan { ids, held: keys }))
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
                None if !self.held.contains_key(&id) => {}
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
            for k in self.held.get(id).into_iter().flatten() {
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

/// The people the admin audit events since `from` name, by the API's id: as `is_known` knows
/// it (also when the event gives the bare identifier: `for_each_known` walks the known ids once
/// for those), else made from the organisation's id.
pub(super) fn people_named(
    events: &[AuditEvent],
    from: DateTime<Utc>,
    org_webex_id: &str,
    is_known: impl Fn(&str) -> bool,
    for_each_known: impl FnOnce(&mut dyn FnMut(&str)),
) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    let mut unresolved: HashMap<String, &str> = HashMap::new();
    for t in events.iter().filter(|e| since(e, from).is_some()).filter_map(person_target) {
        if is_known(t) {
            ids.push(t.to_string());
        } else {
            unresolved.insert(bare(t), t);
        }
    }
    if !unresolved.is_empty() {
        for_each_known(&mut |id| {
            if unresolved.remove(&bare(id)).is_some() {
                ids.push(id.to_string());
            }
        });
        ids.extend(unresolved.values().map(|t| person_id(t, org_webex_id)));
    }
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
