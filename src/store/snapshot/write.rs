//! The snapshot of a real organisation written in one transaction: every resource swapped at
//! once (rows matched by Webex id keep their local ids), so a kill keeps the last complete
//! snapshot, and each resource's state (read, or not available and why).

use std::collections::{BTreeMap, HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, TransactionBehavior};

use super::marks;
use super::{when, Fetched, PartReport, PeopleRead};
use crate::domain::error::Text;
use crate::domain::{licensing, text, Result};
use crate::store::db_error;
use crate::store::queries::ts;

/// Writes the whole snapshot in one transaction. Parts that were not available are emptied; the
/// people are everyone, or only those read again (see [`PeopleRead`]). `full`: the audit events
/// are the whole window again. `started`: when this sync started (what the next one reads from).
pub fn write_snapshot(
    conn: &Connection,
    org: i64,
    f: &Fetched,
    parts: &mut [PartReport],
    full: bool,
    started: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Text>> {
    // While the snapshot is written, statement journals (a statement's copies of the pages it
    // changes, to undo itself) stay in memory rather than in temporary files: hundreds of
    // thousands of rows otherwise write each page they touch twice.
    conn.execute_batch("PRAGMA temp_store = MEMORY;").map_err(db_error)?;
    let written = write_in(conn, org, f, parts, full, started, now);
    let _ = conn.pragma_update(None, "temp_store", "DEFAULT");
    written
}

#[allow(clippy::too_many_arguments)]
fn write_in(
    conn: &Connection,
    org: i64,
    f: &Fetched,
    parts: &mut [PartReport],
    full: bool,
    started: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<Vec<Text>> {
    let stamp = ts(now);
    let mut notes: Vec<Text> = Vec::new();
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
    let exec = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<usize> {
        tx.prepare_cached(sql).and_then(|mut s| s.execute(p)).map_err(db_error)
    };
    let no_people = PeopleRead::All(super::People::new());

    // Locations (plus any a number names that the location list did not have).
    exec("UPDATE locations SET synced_at = NULL WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
    let mut loc_ids: HashMap<String, i64> = HashMap::new();
    let mut loc_names: HashSet<String> = HashSet::new();
    let mut org_country: HashMap<String, usize> = HashMap::new();
    let mut locs: Vec<(String, String, String)> = Vec::new();
    if let Ok(list) = &f.locations {
        for l in list {
            let country = l
                .address()
                .and_then(|a| a.country)
                .map(|c| text::clean(&c, 2).to_ascii_uppercase())
                .unwrap_or_default();
            *org_country.entry(country.clone()).or_default() += 1;
            locs.push((
                l.id.clone(),
                text::clean_opt(l.name.as_deref(), 120).unwrap_or_else(|| "Location".into()),
                country,
            ));
        }
    }
    if let Ok(numbers) = &f.numbers {
        let known: HashSet<&str> = locs.iter().map(|l| l.0.as_str()).collect();
        let mut extra = BTreeMap::new();
        for n in numbers.iter() {
            if let Some(l) = &n.location {
                if let Some(id) = l.id.clone().filter(|i| !known.contains(i.as_str())) {
                    extra.entry(id).or_insert_with(|| {
                        text::clean_opt(l.name.as_deref(), 120).unwrap_or_else(|| "Location".into())
                    });
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
            licence_keys.insert(l.id.as_str(), licensing::licence_key(name));
            if let Some(sub) = text::clean_opt(l.subscription_id.as_deref(), 80) {
                let e = subs.entry(sub).or_default();
                e.0.push(text::clean(name, 60));
                if licensing::is_go_licence(name) {
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
        notes.push(crate::said!("sync-note-subscriptions-foreign", n = foreign_subs));
    }
    let go_subs: Vec<&String> = subs.iter().filter(|(_, (_, go))| *go > 0).map(|(id, _)| id).collect();
    let device_sub: Option<&String> = if go_subs.len() == 1 { go_subs.first().copied() } else { None };

    // People, and who is mirrored now (the devices and numbers name them).
    let read = f.people.as_ref().unwrap_or(&no_people);
    let people = super::people::write_people(&tx, org, read, &loc_ids, &licence_keys, &stamp)?;
    let user_ids = &people.user_ids;
    // A partial read's notes are about the people it read: those of the last full read still hold.
    match read {
        PeopleRead::All(_) => notes.extend(people.notes.texts()),
        PeopleRead::Changed { .. } => {
            notes.extend(marks::people_notes(&tx, org)?.into_iter().chain(people.notes.texts()));
        }
    }

    // Devices and numbers, as differences from the cache.
    let devices = f.devices.as_ref().ok();
    super::inventory::write_devices(&tx, org, devices, user_ids, device_sub, now, &mut notes)?;
    super::inventory::write_numbers(&tx, org, f.numbers.as_ref().ok(), &loc_ids, user_ids, &stamp, &mut notes)?;

    // People, locations and subscriptions no longer there.
    super::people::drop_gone(&tx, org, read)?;
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
            let (Some(user_id), Some(status), Some(package)) =
                (text::clean_opt(s.user_id.as_deref(), 120), status, package)
            else {
                odd += 1;
                continue;
            };
            let err = s.errors.first();
            let code = err.and_then(|e| e.error_code.as_ref()).map(|c| match c {
                serde_json::Value::String(s) => text::clean(s, 40),
                other => text::clean(&other.to_string(), 40),
            });
            let desc = err.and_then(|e| text::clean_opt(e.description.as_deref(), 400));
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
                    &text::clean(s.provisioning_id.as_deref().unwrap_or(""), 120),
                    &text::clean(s.sp_enterprise_id.as_deref().unwrap_or(""), 120),
                    &text::clean(s.first_name.as_deref().unwrap_or(""), 120),
                    &text::clean(s.last_name.as_deref().unwrap_or(""), 120),
                    &text::clean_opt(s.email.as_deref(), 254),
                    &text::clean_opt(s.primary_phone_number.as_deref(), 40),
                    &text::clean_opt(s.extension.as_deref(), 20),
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
        notes.push(crate::said!("sync-note-broadworks-odd", n = odd));
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
                let actor = text::clean_opt(d.actor_email.as_deref(), 254)
                    .or_else(|| text::clean_opt(d.actor_name.as_deref(), 200))
                    .unwrap_or_else(|| "Webex".into());
                let action = text::clean_opt(d.action_text.as_deref(), 200)
                    .or_else(|| text::clean_opt(d.event_description.as_deref(), 200))
                    .unwrap_or_else(|| "Control Hub change".into());
                let object = format!(
                    "{}: {}",
                    text::clean(d.target_type.as_deref().unwrap_or("object"), 40),
                    text::clean(d.target_name.as_deref().unwrap_or(""), 160)
                );
                let details = format!(
                    "Webex admin audit: {}{}",
                    text::clean(d.event_description.as_deref().unwrap_or(""), 300),
                    d.tracking_id
                        .as_deref()
                        .map(|t| format!(" (trackingId {})", text::clean(t, 80)))
                        .unwrap_or_default()
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

    // What the next sync compares: per licence key, the users Webex counts.
    let consumed = f.licences.as_ref().ok().map(|list| {
        let mut by_key: HashMap<String, i64> = HashMap::new();
        for l in list {
            let key = licensing::licence_key(l.name.as_deref().unwrap_or(""));
            *by_key.entry(key).or_default() += l.consumed_by_users.unwrap_or(0.0).max(0.0) as i64;
        }
        by_key
    });
    let reading = marks::Reading { started, everyone: matches!(f.people, Ok(PeopleRead::All(_))) };
    marks::write(&tx, org, reading, f.people.is_ok(), people.displaced, &people.notes, consumed.as_ref())?;
    if let (Ok(PeopleRead::Changed { .. }), Some(p)) = (&f.people, parts.iter_mut().find(|p| p.resource == "people")) {
        p.items = user_ids.len();
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
            let extra = notes.iter().map(|n| n.as_str()).collect::<Vec<_>>().join("; ");
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

pub(crate) fn title(kind: &str) -> String {
    let k = kind.replace('_', " ").to_ascii_lowercase();
    let mut c = k.chars();
    match c.next() {
        Some(f) => f.to_uppercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}
