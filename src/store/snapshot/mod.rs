//! The cache of a real organisation: its snapshot written in one transaction (every resource
//! swapped at once, so a kill keeps the last complete snapshot), the first sync's preview of
//! people, the session the sign-in left, and the parts each sync could or could not read.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, TransactionBehavior};
use serde::Serialize;

mod inventory;
pub mod marks;
pub mod packed;
mod people;
pub(crate) mod write;

use super::db_error;
use super::queries::{parse_ts, ts};
use crate::domain::{text, Result};
use crate::outside::webex::models::{AuditEvent, License, Location, MirrorPerson, Subscriber};
use crate::outside::webex::WebexError;
pub use marks::Marks;
pub use packed::{Devices, Numbers, People};
use people::upsert_user;
pub use write::write_snapshot;

/// The resources a sync mirrors, in the order the report lists them.
pub const RESOURCES: [&str; 7] = ["people", "licences", "locations", "devices", "numbers", "broadworks", "audit"];
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

pub type Part<T> = std::result::Result<T, WebexError>;

/// The people a sync read.
#[derive(Debug, Clone)]
pub enum PeopleRead {
    /// Everyone: who is not here is gone.
    All(People),
    /// Only those that can have changed since the last sync, read again; `gone` (Webex ids) are
    /// no more. Everyone else stays as the cache has them.
    Changed { people: Vec<MirrorPerson>, gone: Vec<String> },
}

impl PeopleRead {
    /// How many people were read (everyone, or those read again).
    pub fn len(&self) -> usize {
        match self {
            PeopleRead::All(p) => p.len(),
            PeopleRead::Changed { people, .. } => people.len(),
        }
    }

    /// The people read, unpacked one at a time.
    pub fn iter(&self) -> Box<dyn Iterator<Item = MirrorPerson> + '_> {
        match self {
            PeopleRead::All(p) => Box::new(p.iter()),
            PeopleRead::Changed { people, .. } => Box::new(people.iter().cloned()),
        }
    }
}

/// Everything fetched for one snapshot.
pub struct Fetched {
    pub people: Part<PeopleRead>,
    pub licences: Part<Vec<License>>,
    pub locations: Part<Vec<Location>>,
    pub devices: Part<Devices>,
    pub numbers: Part<Numbers>,
    pub subscribers: Part<Vec<Subscriber>>,
    pub audit: Part<Vec<AuditEvent>>,
}

pub fn when(s: Option<&str>, fallback: DateTime<Utc>) -> String {
    s.and_then(|s| DateTime::parse_from_rfc3339(s).ok())
        .map(|t| ts(t.with_timezone(&Utc)))
        .unwrap_or_else(|| ts(fallback))
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

pub fn last_audit(conn: &Connection, org: i64) -> Result<Option<DateTime<Utc>>> {
    let s: Option<String> = conn
        .query_row("SELECT max(at) FROM audit WHERE org_id = ?1 AND webex_id IS NOT NULL", [org], |r| r.get(0))
        .map_err(db_error)?;
    Ok(s.map(|s| parse_ts(&s)))
}

/// A first sync's first page of people, written at once (the org has no snapshot to mix with).
pub fn write_people_preview(conn: &Connection, org: i64, page: &[MirrorPerson], now: DateTime<Utc>) -> Result<()> {
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
    let now = ts(now);
    for p in page {
        upsert_user(&tx, org, p, None, &now)?;
    }
    tx.commit().map_err(db_error)
}

/// What the sync learned about the sign-in, by key (`person`, `roles`, `read_only_reason`).
pub fn write_session(conn: &Connection, values: &[(&str, String)]) -> Result<()> {
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
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

/// A sync that stopped or failed kept nothing, so it is not "unfinished" either.
pub fn clear_sync_started(conn: &Connection, org: i64) -> Result<()> {
    conn.execute("UPDATE webex_orgs SET sync_started_at = NULL WHERE org_id = ?1", [org]).map_err(db_error)?;
    Ok(())
}

/// What a poll saw of one device, against the cache.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Polled {
    /// Not in the cache yet: the next sync brings it.
    New,
    Same,
    Changed,
}

/// A device's status, raw `connectionStatus` and error codes as a poll read them: written when
/// they changed.
pub fn poll_device(
    tx: &Connection,
    org: i64,
    webex_id: &str,
    status: &str,
    raw: Option<&str>,
    codes: &str,
    stamp: &str,
) -> Result<Polled> {
    let known: Option<(String, Option<String>, String)> = tx
        .query_row(
            "SELECT status, connection_status, error_codes FROM devices WHERE org_id = ?1 AND webex_id = ?2",
            params![org, webex_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .map_err(db_error)?;
    match known {
        None => Ok(Polled::New),
        Some((s, c, e)) if s == status && c.as_deref() == raw && e == codes => Ok(Polled::Same),
        Some(_) => {
            tx.execute(
                "UPDATE devices SET status = ?3, connection_status = ?4, error_codes = ?5, changed_at = ?6,
                    synced_at = ?6 WHERE org_id = ?1 AND webex_id = ?2",
                params![org, webex_id, status, raw, codes, stamp],
            )
            .map_err(db_error)?;
            Ok(Polled::Changed)
        }
    }
}

/// A BroadWorks subscriber's status as a poll read it; how many rows changed (0 or 1).
pub fn poll_subscriber(
    tx: &Connection,
    org: i64,
    webex_id: &str,
    status: &str,
    error: Option<&str>,
    changed_at: &str,
) -> Result<usize> {
    tx.execute(
        "UPDATE bw_subscribers SET status = ?3, error_description = ?4, last_status_change = ?5
         WHERE org_id = ?1 AND webex_id = ?2 AND (status != ?3 OR error_description IS NOT ?4)",
        params![org, webex_id, status, error, changed_at],
    )
    .map_err(db_error)
}

/// A resource of the snapshot was brought up to date at `stamp` (by a poll).
pub fn touch_part(tx: &Connection, org: i64, resource: &str, stamp: &str) -> Result<()> {
    tx.execute(
        "UPDATE sync_state SET synced_at = ?3 WHERE org_id = ?1 AND resource = ?2",
        params![org, resource, stamp],
    )
    .map_err(db_error)?;
    Ok(())
}

/// When the cache last synced the organisation with Webex id `webex_id`, if it holds it.
pub fn synced_at_of(conn: &Connection, webex_id: &str) -> Result<Option<DateTime<Utc>>> {
    let synced: Option<Option<String>> = conn
        .query_row("SELECT synced_at FROM webex_orgs WHERE webex_id = ?1", [webex_id], |r| r.get(0))
        .optional()
        .map_err(db_error)?;
    Ok(synced.flatten().map(|s| parse_ts(&s)))
}
