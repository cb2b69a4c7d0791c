//! The cache's side of the people and licence writes that go through the Webex API (issue 17):
//! the copy of a person the admin saw, and the rows Webex's answers change.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::db_error;
use super::queries::ts;
use crate::domain::Result;

/// A person as the cache holds them: what the admin saw, the fields a write compares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CachedPerson {
    pub user_id: i64,
    pub webex_id: Option<String>,
    pub email: String,
    pub display_name: String,
    pub work_phone: Option<String>,
    pub extension: Option<String>,
    pub location_id: Option<i64>,
    /// The location's Webex id.
    pub location_webex_id: Option<String>,
    pub location: Option<String>,
    pub department: Option<String>,
}

fn cached_person_row(r: &rusqlite::Row) -> rusqlite::Result<CachedPerson> {
    Ok(CachedPerson {
        user_id: r.get(0)?,
        webex_id: r.get(1)?,
        email: r.get(2)?,
        display_name: r.get(3)?,
        work_phone: r.get(4)?,
        extension: r.get(5)?,
        location_id: r.get(6)?,
        location_webex_id: r.get(7)?,
        location: r.get(8)?,
        department: r.get(9)?,
    })
}

const PERSON_SELECT: &str = "SELECT u.id, u.webex_id, u.email, u.display_name, u.work_phone, u.extension,
        u.location_id, l.webex_id, l.name, u.department
    FROM users u LEFT JOIN locations l ON l.id = u.location_id";

pub fn cached_person(conn: &Connection, user: i64) -> Result<CachedPerson> {
    conn.prepare_cached(&format!("{PERSON_SELECT} WHERE u.id = ?1"))
        .and_then(|mut st| st.query_row([user], cached_person_row))
        .map_err(db_error)
}

/// The local id of the location with this Webex id.
pub fn location_by_webex_id(conn: &Connection, org: i64, webex_id: &str) -> Result<Option<i64>> {
    conn.query_row("SELECT id FROM locations WHERE org_id = ?1 AND webex_id = ?2", params![org, webex_id], |r| r.get(0))
        .optional()
        .map_err(db_error)
}

/// What Webex answered for a person, written to their row (the same fields a sync writes).
#[allow(clippy::too_many_arguments)]
pub fn write_person(
    conn: &Connection,
    user: i64,
    display_name: &str,
    work_phone: Option<&str>,
    extension: Option<&str>,
    location: Option<i64>,
    department: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE users SET display_name = ?2, work_phone = ?3, extension = ?4, location_id = ?5, department = ?6,
            changed_at = ?7, synced_at = ?7 WHERE id = ?1",
    )
    .and_then(|mut st| st.execute(params![user, display_name, work_phone, extension, location, department, ts(now)]))
    .map_err(db_error)?;
    Ok(())
}

/// A person Webex just created (directory sync), mirrored with their Webex id.
#[allow(clippy::too_many_arguments)]
pub fn insert_mirrored_user(
    conn: &Connection,
    org: i64,
    webex_id: &str,
    email: &str,
    display_name: &str,
    work_phone: Option<&str>,
    department: Option<&str>,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO users (org_id, webex_id, email, display_name, work_phone, department, created_at, changed_at,
            synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?7)",
    )
    .and_then(|mut st| st.execute(params![org, webex_id, email, display_name, work_phone, department, ts(now)]))
    .map_err(db_error)?;
    Ok(conn.last_insert_rowid())
}

/// Removes licences from a user's cached set; returns how many were held.
pub fn remove_licences(conn: &Connection, user: i64, licences: &[&str]) -> Result<usize> {
    let mut st =
        conn.prepare_cached("DELETE FROM user_licences WHERE user_id = ?1 AND licence = ?2").map_err(db_error)?;
    let mut n = 0;
    for l in licences {
        n += st.execute(params![user, l]).map_err(db_error)?;
    }
    Ok(n)
}

/// A Webex Go device Webex made for a user (MO05: the mobile operator's), mirrored with its Webex
/// id; an existing row of the same device is updated. Returns the local device id.
#[allow(clippy::too_many_arguments)]
pub fn mirror_device(
    conn: &Connection,
    org: i64,
    user: i64,
    webex_id: &str,
    kind: &str,
    status: &str,
    connection_status: Option<&str>,
    number: Option<i64>,
    now: DateTime<Utc>,
) -> Result<i64> {
    let existing: Option<i64> = conn
        .query_row("SELECT id FROM devices WHERE org_id = ?1 AND webex_id = ?2", params![org, webex_id], |r| r.get(0))
        .optional()
        .map_err(db_error)?;
    if let Some(id) = existing {
        conn.execute(
            "UPDATE devices SET user_id = ?2, kind = ?3, status = ?4, connection_status = ?5, number_id = ?6,
                changed_at = ?7, synced_at = ?7 WHERE id = ?1",
            params![id, user, kind, status, connection_status, number, ts(now)],
        )
        .map_err(db_error)?;
        return Ok(id);
    }
    conn.execute(
        "INSERT INTO devices (org_id, user_id, kind, status, number_id, created_at, changed_at, webex_id,
            connection_status, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7, ?8, ?6)",
        params![org, user, kind, status, number, ts(now), webex_id, connection_status],
    )
    .map_err(db_error)?;
    Ok(conn.last_insert_rowid())
}

/// The organisation's mirrored locations: Webex id to name.
pub fn location_names(conn: &Connection, org: i64) -> Result<HashMap<String, String>> {
    let mut st = conn
        .prepare_cached("SELECT webex_id, name FROM locations WHERE org_id = ?1 AND webex_id IS NOT NULL")
        .map_err(db_error)?;
    let rows = st.query_map([org], |r| Ok((r.get(0)?, r.get(1)?))).map_err(db_error)?;
    rows.collect::<rusqlite::Result<HashMap<String, String>>>().map_err(db_error)
}

/// A location's Webex id.
pub fn location_webex_id(conn: &Connection, location: i64) -> Result<Option<String>> {
    conn.query_row("SELECT webex_id FROM locations WHERE id = ?1", [location], |r| r.get(0))
        .optional()
        .map(Option::flatten)
        .map_err(db_error)
}

/// The licence keys each user of the organisation holds.
pub fn licences_by_user(conn: &Connection, org: i64) -> Result<HashMap<i64, Vec<String>>> {
    let mut st = conn
        .prepare_cached(
            "SELECT ul.user_id, ul.licence FROM user_licences ul JOIN users u ON u.id = ul.user_id WHERE u.org_id = ?1",
        )
        .map_err(db_error)?;
    let rows = st.query_map([org], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?))).map_err(db_error)?;
    let mut out: HashMap<i64, Vec<String>> = HashMap::new();
    for r in rows {
        let (u, l) = r.map_err(db_error)?;
        out.entry(u).or_default().push(l);
    }
    Ok(out)
}

/// Every mirrored user's Webex id, by user id.
pub fn webex_ids(conn: &Connection, org: i64) -> Result<HashMap<i64, String>> {
    let mut st = conn
        .prepare_cached("SELECT id, webex_id FROM users WHERE org_id = ?1 AND webex_id IS NOT NULL")
        .map_err(db_error)?;
    let rows = st.query_map([org], |r| Ok((r.get(0)?, r.get(1)?))).map_err(db_error)?;
    rows.collect::<rusqlite::Result<HashMap<i64, String>>>().map_err(db_error)
}
