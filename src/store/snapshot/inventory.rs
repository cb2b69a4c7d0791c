//! The Webex Go devices and the numbers of a snapshot, written as a difference: each row is
//! compared with the cache's and only what changed is written (a second sync of 100,000 people
//! with nothing changed writes none of its 26,667 devices and 80,000 numbers), what Webex no
//! longer lists is removed.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::people::quoted;
use super::when;
use super::write::title;
use super::{Devices, Numbers};
use crate::domain::error::Text;
use crate::domain::{text, Result};
use crate::store::db_error;

fn exec(tx: &Connection, sql: &str, p: &[&dyn rusqlite::ToSql]) -> Result<usize> {
    tx.prepare_cached(sql).and_then(|mut s| s.execute(p)).map_err(db_error)
}

/// A mirrored device as the cache has it (what a sync writes of it).
#[derive(Debug, Clone, PartialEq)]
struct DeviceRow {
    user: i64,
    subscription: Option<String>,
    kind: String,
    status: String,
    raw: Option<String>,
    codes: String,
}

/// Writes the devices Webex lists (`user_ids`: mirrored people, Webex id -> local id;
/// `subscription`: the one Webex Go pool, if there is exactly one) and removes the others.
pub(super) fn write_devices(
    tx: &Connection,
    org: i64,
    list: Option<&Devices>,
    user_ids: &HashMap<String, i64>,
    subscription: Option<&String>,
    now: DateTime<Utc>,
    notes: &mut Vec<Text>,
) -> Result<()> {
    let stamp = crate::store::queries::ts(now);
    let mut cached: HashMap<String, DeviceRow> = HashMap::new();
    {
        let mut st = tx
            .prepare(
                "SELECT webex_id, user_id, subscription_id, kind, status, connection_status, error_codes FROM devices
                 WHERE org_id = ?1 AND webex_id IS NOT NULL",
            )
            .map_err(db_error)?;
        let rows = st
            .query_map([org], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    DeviceRow {
                        user: r.get(1)?,
                        subscription: r.get(2)?,
                        kind: r.get(3)?,
                        status: r.get(4)?,
                        raw: r.get(5)?,
                        codes: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                    },
                ))
            })
            .map_err(db_error)?;
        for row in rows {
            let (id, row) = row.map_err(db_error)?;
            cached.insert(id, row);
        }
    }
    let (mut ownerless, mut second) = (0, 0);
    let mut owners_seen = HashSet::new();
    let mut seen: HashSet<String> = HashSet::new();
    for d in list.into_iter().flat_map(Devices::iter) {
        let Some(uid) = d.person_id.as_deref().and_then(|p| user_ids.get(p)).copied() else {
            ownerless += 1;
            continue;
        };
        if !owners_seen.insert(uid) {
            second += 1;
            continue;
        }
        let codes: Vec<String> = d.error_codes.iter().map(|c| text::clean(c, 60).replace(',', " ")).collect();
        let kind = match d.product.as_deref().map(str::to_ascii_lowercase) {
            Some(p) if p.contains("operator") => "mobile_operator",
            _ => "byod",
        };
        let row = DeviceRow {
            user: uid,
            subscription: subscription.cloned(),
            kind: kind.into(),
            status: d.wxgo_status().as_str().into(),
            raw: text::clean_opt(d.connection_status.as_deref(), 40),
            codes: codes.join(","),
        };
        seen.insert(d.id.clone());
        if cached.get(&d.id) == Some(&row) {
            continue;
        }
        // A stale row of another device holding this person goes first (one line per user).
        exec(tx, "DELETE FROM devices WHERE user_id = ?1 AND webex_id IS NOT ?2", &[&uid, &d.id])?;
        let n = if cached.contains_key(&d.id) {
            exec(
                tx,
                "UPDATE devices SET user_id = ?3, subscription_id = ?4, kind = ?5,
                    changed_at = CASE WHEN status = ?6 AND connection_status IS ?7 THEN changed_at ELSE ?9 END,
                    status = ?6, connection_status = ?7, error_codes = ?8, synced_at = ?9
                 WHERE org_id = ?1 AND webex_id = ?2",
                &[&org, &d.id, &uid, &row.subscription, &row.kind, &row.status, &row.raw, &row.codes, &stamp],
            )?
        } else {
            0
        };
        if n == 0 {
            let created = when(d.created.as_deref(), now);
            exec(
                tx,
                "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, created_at, changed_at,
                    webex_id, connection_status, error_codes, synced_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?9, ?7, ?8, ?10, ?9)",
                &[&org, &uid, &row.subscription, &row.kind, &row.status, &created, &d.id, &row.raw, &stamp, &row.codes],
            )?;
        }
    }
    if ownerless > 0 {
        notes.push(crate::said!("sync-note-devices-ownerless", n = ownerless));
    }
    if second > 0 {
        notes.push(crate::said!("sync-note-devices-second", n = second));
    }
    for id in cached.keys().filter(|id| !seen.contains(*id)) {
        exec(tx, "DELETE FROM devices WHERE org_id = ?1 AND webex_id = ?2", &[&org, id])?;
    }
    Ok(())
}

/// A number as the cache has it (what a sync writes of it).
#[derive(Debug, Clone, PartialEq)]
struct NumberRow {
    location: i64,
    kind: &'static str,
    state: &'static str,
    owner_user: Option<i64>,
    owner_service: Option<String>,
    primary: bool,
    /// Mirrored from Webex (a number the cache had only locally gets its Webex id).
    mirrored: bool,
}

/// `s` as one of `known` (a value the cache should not hold: "", so it is written again).
fn as_static(s: &str, known: &[&'static str]) -> &'static str {
    known.iter().find(|k| **k == s).copied().unwrap_or("")
}

/// Writes the numbers Webex lists, classified from their own fields (`loc_ids`: locations,
/// Webex id -> local id), and removes the mirrored ones it no longer lists.
pub(super) fn write_numbers(
    tx: &Connection,
    org: i64,
    list: Option<&Numbers>,
    loc_ids: &HashMap<String, i64>,
    user_ids: &HashMap<String, i64>,
    stamp: &str,
    notes: &mut Vec<Text>,
) -> Result<()> {
    let mut cached: HashMap<String, (i64, NumberRow)> = HashMap::new();
    {
        let mut st = tx
            .prepare(
                "SELECT id, e164, location_id, kind, state, owner_user_id, owner_service, is_primary,
                    webex_id IS NOT NULL FROM numbers WHERE org_id = ?1",
            )
            .map_err(db_error)?;
        let rows = st
            .query_map([org], |r| {
                Ok((
                    r.get::<_, String>(1)?,
                    (
                        r.get::<_, i64>(0)?,
                        NumberRow {
                            location: r.get(2)?,
                            kind: as_static(r.get_ref(3)?.as_str().unwrap_or(""), &["standard", "mobile"]),
                            state: as_static(r.get_ref(4)?.as_str().unwrap_or(""), &["ACTIVE", "INACTIVE"]),
                            owner_user: r.get(5)?,
                            owner_service: r.get(6)?,
                            primary: r.get(7)?,
                            mirrored: r.get(8)?,
                        },
                    ),
                ))
            })
            .map_err(db_error)?;
        for row in rows {
            let (e164, row) = row.map_err(db_error)?;
            cached.insert(e164, row);
        }
    }
    let mut primary_taken = HashSet::new();
    let mut skipped_numbers = 0;
    let mut bad_inventory: Vec<String> = Vec::new();
    let mut seen: HashSet<String> = HashSet::new();
    let mut changed: Vec<(String, NumberRow)> = Vec::new();
    for n in list.into_iter().flat_map(Numbers::iter) {
        let Some(e164) = text::clean_opt(n.phone_number.as_deref(), 40) else { continue };
        if !text::looks_like_number(&e164) {
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
        let state =
            if n.state.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("ACTIVE")) { "ACTIVE" } else { "INACTIVE" };
        let (owner_user, owner_service) = match &n.owner {
            Some(o) if o.kind.as_deref().is_some_and(|k| k.eq_ignore_ascii_case("PEOPLE")) => {
                match o.id.as_deref().and_then(|i| user_ids.get(i)) {
                    Some(u) => (Some(*u), None),
                    None => {
                        (None, Some(format!("Person: {}", text::clean(o.display_name.as_deref().unwrap_or("?"), 120))))
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
                (None, Some(text::clean(&format!("{k}: {name}"), 160)))
            }
            None => (None, None),
        };
        let primary = owner_user.is_some_and(|u| {
            n.phone_number_type.as_deref().is_none_or(|t| t.eq_ignore_ascii_case("PRIMARY")) && primary_taken.insert(u)
        });
        let row = NumberRow { location: loc, kind, state, owner_user, owner_service, primary, mirrored: true };
        if cached.get(&e164).map(|c| &c.1) != Some(&row) {
            changed.push((e164, row));
        }
    }
    if skipped_numbers > 0 {
        notes.push(crate::said!("sync-note-numbers-no-location", n = skipped_numbers));
    }
    if !bad_inventory.is_empty() {
        notes.push(crate::said!(
            "sync-note-numbers-not-numbers",
            n = bad_inventory.len(),
            list = bad_inventory.iter().take(5).cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    // Gone first, and the primaries that change set aside, so one person never has two
    // primary numbers on the way (the cache allows one).
    for (e164, (id, row)) in &cached {
        if row.mirrored && !seen.contains(e164) {
            exec(tx, "UPDATE devices SET number_id = NULL WHERE number_id = ?1", &[id])?;
            exec(tx, "DELETE FROM numbers WHERE id = ?1", &[id])?;
        }
    }
    for (e164, _) in &changed {
        if let Some((id, _)) = cached.get(e164).filter(|(_, c)| c.primary) {
            exec(tx, "UPDATE numbers SET is_primary = 0 WHERE id = ?1", &[id])?;
        }
    }
    for (e164, r) in &changed {
        let m = if cached.contains_key(e164) {
            exec(
                tx,
                "UPDATE numbers SET location_id = ?3, kind = ?4, state = ?5, owner_user_id = ?6, owner_service = ?7,
                    is_primary = ?8, webex_id = ?2, synced_at = ?9 WHERE org_id = ?1 AND e164 = ?2",
                &[&org, e164, &r.location, &r.kind, &r.state, &r.owner_user, &r.owner_service, &r.primary, &stamp],
            )?
        } else {
            0
        };
        if m == 0 {
            exec(
                tx,
                "INSERT INTO numbers (org_id, location_id, e164, kind, state, owner_user_id, owner_service,
                    is_primary, created_at, webex_id, synced_at) VALUES (?1, ?3, ?2, ?4, ?5, ?6, ?7, ?8, ?9, ?2, ?9)",
                &[&org, e164, &r.location, &r.kind, &r.state, &r.owner_user, &r.owner_service, &r.primary, &stamp],
            )?;
        }
    }
    Ok(())
}
