//! What the in-memory list indexes are built from, and rows fetched by id for a window.
//!
//! A list is read once (its ids in display order, and the fields a filter searches); filtering
//! and paging then run in memory, and only the rows of the visible window are read in full.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::bw::{sub_from_row, SUB_SELECT};
use super::db_error;
use super::model::*;
use super::queries::{device_from_row, number_from_row, user_from_row, DEVICE_SELECT, NUMBER_SELECT, USER_SELECT};
use crate::domain::search::DeviceSort;
use crate::domain::{DeviceStatus, Result};

/// The lists the console and CLI page through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Users,
    /// Only the devices in this status (all when none), in this order.
    Devices(Option<DeviceStatus>, DeviceSort),
    Numbers {
        mobile_only: bool,
    },
    Bw {
        exclude_provisioned: bool,
    },
}

/// The ids of a list in display order, from a covering index (no row is read): the order the
/// in-memory index keeps, while the text comes from one pass over the table in rowid order
/// ([`scan_users`], [`scan_numbers`]). Reading rows in display order instead costs a b-tree
/// lookup each: seconds at a million users.
pub fn display_order(conn: &Connection, org: i64, kind: ListKind, mut each: impl FnMut(i64)) -> Result<()> {
    let sql = match kind {
        ListKind::Users => "SELECT id FROM users WHERE org_id = ?1 ORDER BY display_name COLLATE NOCASE, id",
        ListKind::Numbers { mobile_only: false } => "SELECT id FROM numbers WHERE org_id = ?1 ORDER BY e164",
        ListKind::Numbers { mobile_only: true } => {
            "SELECT id FROM numbers WHERE org_id = ?1 AND kind = 'mobile' ORDER BY e164"
        }
        ListKind::Devices(..) | ListKind::Bw { .. } => return Ok(()),
    };
    let mut st = conn.prepare_cached(sql).map_err(db_error)?;
    let mut rows = st.query(params![org]).map_err(db_error)?;
    while let Some(row) = rows.next().map_err(db_error)? {
        each(row.get(0).map_err(db_error)?);
    }
    Ok(())
}

/// The organisation's locations: (id, name).
pub fn locations(conn: &Connection, org: i64, mut each: impl FnMut(i64, &str)) -> Result<()> {
    let mut st = conn.prepare_cached("SELECT id, name FROM locations WHERE org_id = ?1").map_err(db_error)?;
    let mut rows = st.query(params![org]).map_err(db_error)?;
    while let Some(row) = rows.next().map_err(db_error)? {
        each(row.get(0).map_err(db_error)?, text(row, 1)?);
    }
    Ok(())
}

fn text<'r>(row: &'r rusqlite::Row, i: usize) -> Result<&'r str> {
    let value = row.get_ref(i).map_err(db_error)?;
    Ok(value.as_str_or_null().map_err(|e| db_error(e.into()))?.unwrap_or(""))
}

/// Every user of the organisation in rowid order: (id, email, display name, location id,
/// extension). `+org_id` keeps SQLite on the table itself (a sequential read) rather than an index.
pub fn scan_users(conn: &Connection, org: i64, mut each: impl FnMut(i64, &str, &str, Option<i64>, &str)) -> Result<()> {
    let mut st = conn
        .prepare_cached(
            "SELECT id, email, display_name, location_id, extension FROM users WHERE +org_id = ?1 ORDER BY id",
        )
        .map_err(db_error)?;
    let mut rows = st.query(params![org]).map_err(db_error)?;
    while let Some(row) = rows.next().map_err(db_error)? {
        each(row.get(0).map_err(db_error)?, text(row, 1)?, text(row, 2)?, row.get(3).map_err(db_error)?, text(row, 4)?);
    }
    Ok(())
}

/// Every number of the list in rowid order: (id, e164, location id, owner user id, owner service).
pub fn scan_numbers(
    conn: &Connection,
    org: i64,
    mobile_only: bool,
    mut each: impl FnMut(i64, &str, i64, Option<i64>, &str),
) -> Result<()> {
    let mut st = conn
        .prepare_cached(
            "SELECT id, e164, location_id, owner_user_id, owner_service FROM numbers
             WHERE +org_id = ?1 AND (?2 = 0 OR kind = 'mobile') ORDER BY id",
        )
        .map_err(db_error)?;
    let mut rows = st.query(params![org, mobile_only]).map_err(db_error)?;
    while let Some(row) = rows.next().map_err(db_error)? {
        each(
            row.get(0).map_err(db_error)?,
            text(row, 1)?,
            row.get(2).map_err(db_error)?,
            row.get(3).map_err(db_error)?,
            text(row, 4)?,
        );
    }
    Ok(())
}

/// The devices of the list in display order (`sort`; an expired code is one whose end is not
/// after `now`): (id, user id).
pub fn scan_devices(
    conn: &Connection,
    org: i64,
    status: Option<DeviceStatus>,
    sort: DeviceSort,
    now: &str,
    mut each: impl FnMut(i64, i64),
) -> Result<()> {
    let sql = format!(
        "SELECT d.id, d.user_id FROM devices d JOIN users u ON u.id = d.user_id
         LEFT JOIN activation_codes c ON c.device_id = d.id AND c.state = 'valid'
         WHERE d.org_id = ?1 AND (?2 IS NULL OR d.status = ?2) AND ?3 = ?3 ORDER BY {}",
        super::queries::device_order(sort, "?3")
    );
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let mut rows = st.query(params![org, status.map(|s| s.as_str()), now]).map_err(db_error)?;
    while let Some(row) = rows.next().map_err(db_error)? {
        each(row.get(0).map_err(db_error)?, row.get(1).map_err(db_error)?);
    }
    Ok(())
}

/// The BroadWorks subscribers of the list in display order: (id, BroadWorks user id, email,
/// "first last").
pub fn scan_bw(
    conn: &Connection,
    org: i64,
    exclude_provisioned: bool,
    mut each: impl FnMut(i64, &str, &str, &str),
) -> Result<()> {
    let mut st = conn
        .prepare_cached(
            "SELECT s.id, s.broadworks_user_id, coalesce(s.email, ''), s.first_name || ' ' || s.last_name
             FROM bw_subscribers s WHERE s.org_id = ?1 AND (?2 = 0 OR s.status <> 'provisioned')
             ORDER BY CASE s.status WHEN 'error' THEN 0 WHEN 'provisioned' THEN 2 ELSE 1 END, s.broadworks_user_id",
        )
        .map_err(db_error)?;
    let mut rows = st.query(params![org, exclude_provisioned]).map_err(db_error)?;
    while let Some(row) = rows.next().map_err(db_error)? {
        each(row.get(0).map_err(db_error)?, text(row, 1)?, text(row, 2)?, text(row, 3)?);
    }
    Ok(())
}

/// Runs `f` inside one read snapshot (a savepoint), so the passes of an index build see the
/// same rows even while another process writes.
pub fn in_snapshot<T>(conn: &Connection, f: impl FnOnce() -> Result<T>) -> Result<T> {
    conn.execute_batch("SAVEPOINT list_index").map_err(db_error)?;
    let out = f();
    let end = conn.execute_batch("RELEASE list_index").map_err(db_error);
    let out = out?;
    end?;
    Ok(out)
}

/// The unfiltered number of rows of a list. With a single organisation in the file (the usual
/// case) the count needs no `WHERE org_id`, which lets SQLite count b-tree pages instead of
/// walking an index range: milliseconds instead of a tenth of a second at a million users.
pub fn count(conn: &Connection, org: i64, kind: ListKind) -> Result<usize> {
    let orgs: i64 = conn.query_row("SELECT count(*) FROM orgs", [], |r| r.get(0)).map_err(db_error)?;
    let scope = if orgs == 1 { "1 = 1" } else { "org_id = ?1" };
    let (table, extra, flag): (&str, &str, Option<&str>) = match kind {
        ListKind::Users => ("users", "", None),
        ListKind::Devices(None, _) => ("devices", "", None),
        ListKind::Devices(Some(s), _) => ("devices", " AND status = ?2", Some(s.as_str())),
        ListKind::Numbers { mobile_only: false } => ("numbers", "", None),
        ListKind::Numbers { mobile_only: true } => ("numbers", " AND kind = 'mobile'", None),
        ListKind::Bw { exclude_provisioned: false } => ("bw_subscribers", "", None),
        ListKind::Bw { exclude_provisioned: true } => ("bw_subscribers", " AND status <> 'provisioned'", None),
    };
    let sql = if scope == "1 = 1" && extra.is_empty() {
        format!("SELECT count(*) FROM {table}")
    } else {
        format!("SELECT count(*) FROM {table} WHERE {scope}{extra}")
    };
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let n: i64 = match (flag, st.parameter_count()) {
        (Some(f), 2) => st.query_row(params![org, f], |r| r.get(0)),
        (Some(f), _) => st.query_row(params![f], |r| r.get(0)),
        (None, 0) => st.query_row([], |r| r.get(0)),
        (None, _) => st.query_row(params![org], |r| r.get(0)),
    }
    .map_err(db_error)?;
    Ok(n as usize)
}

/// Full rows for the given ids, in the order of `ids`.
fn by_ids<T>(
    conn: &Connection,
    select: &str,
    id_col: &str,
    ids: &[i64],
    map: impl Fn(&rusqlite::Row) -> rusqlite::Result<T>,
    id_of: impl Fn(&T) -> i64,
) -> Result<Vec<T>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    let sql = format!("{select} WHERE {id_col} IN (SELECT value FROM json_each(?1))");
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st.query_map([list], |r| map(r)).map_err(db_error)?;
    let mut found = rows.collect::<rusqlite::Result<Vec<T>>>().map_err(db_error)?;
    let pos: std::collections::HashMap<i64, usize> = ids.iter().enumerate().map(|(i, id)| (*id, i)).collect();
    found.sort_by_key(|r| pos.get(&id_of(r)).copied().unwrap_or(usize::MAX));
    Ok(found)
}

pub fn users_by_ids(conn: &Connection, ids: &[i64]) -> Result<Vec<UserRow>> {
    by_ids(conn, USER_SELECT, "u.id", ids, user_from_row, |r| r.id)
}

pub fn devices_by_ids(conn: &Connection, ids: &[i64], now: DateTime<Utc>) -> Result<Vec<DeviceRow>> {
    by_ids(conn, DEVICE_SELECT, "d.id", ids, |r| device_from_row(r, now), |r| r.id)
}

pub fn numbers_by_ids(conn: &Connection, ids: &[i64]) -> Result<Vec<NumberRow>> {
    by_ids(conn, NUMBER_SELECT, "n.id", ids, number_from_row, |r| r.id)
}

pub fn bw_by_ids(conn: &Connection, ids: &[i64]) -> Result<Vec<BwSubscriberRow>> {
    by_ids(conn, SUB_SELECT, "s.id", ids, sub_from_row, |r| r.id)
}
