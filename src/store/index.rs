//! What the in-memory list indexes are built from, and rows fetched by id for a window.
//!
//! A list is read once as (id, search text) in display order; filtering and paging then run
//! in memory, and only the rows of the visible window are read in full.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::bw::{sub_from_row, SUB_SELECT};
use super::db_error;
use super::model::*;
use super::queries::{device_from_row, number_from_row, user_from_row, DEVICE_SELECT, NUMBER_SELECT, USER_SELECT};
use crate::domain::{DeviceStatus, Result};

/// The lists the console and CLI page through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Users,
    Devices(Option<DeviceStatus>),
    Numbers { mobile_only: bool },
    Bw { exclude_provisioned: bool },
}

/// Fields are joined with \u{1}, so a filter never matches across two of them. SQLite's
/// `lower()` folds ASCII only, as `LIKE` does: the in-memory filter behaves as the SQL one.
const SEP: &str = "char(1)";

fn search_sql(kind: ListKind) -> String {
    match kind {
        ListKind::Users => format!(
            "SELECT u.id, lower(u.email || {SEP} || u.display_name || {SEP} || coalesce(l.name, ''))
             FROM users u LEFT JOIN locations l ON l.id = u.location_id
             WHERE u.org_id = ?1 ORDER BY u.display_name COLLATE NOCASE, u.id"
        ),
        ListKind::Devices(_) => format!(
            "SELECT d.id, lower(u.email || {SEP} || u.display_name || {SEP} || coalesce(l.name, ''))
             FROM devices d JOIN users u ON u.id = d.user_id LEFT JOIN locations l ON l.id = u.location_id
             WHERE d.org_id = ?1 AND (?2 IS NULL OR d.status = ?2) ORDER BY d.id"
        ),
        ListKind::Numbers { .. } => format!(
            "SELECT n.id, lower(n.e164 || {SEP} || l.name || {SEP} || coalesce(u.email, '') || {SEP} || coalesce(n.owner_service, ''))
             FROM numbers n JOIN locations l ON l.id = n.location_id LEFT JOIN users u ON u.id = n.owner_user_id
             WHERE n.org_id = ?1 AND (?2 = 0 OR n.kind = 'mobile') ORDER BY n.e164"
        ),
        ListKind::Bw { .. } => format!(
            "SELECT s.id, lower(s.broadworks_user_id || {SEP} || coalesce(s.email, '') || {SEP} || s.first_name || ' ' || s.last_name)
             FROM bw_subscribers s WHERE s.org_id = ?1 AND (?2 = 0 OR s.status <> 'provisioned')
             ORDER BY CASE s.status WHEN 'error' THEN 0 WHEN 'provisioned' THEN 2 ELSE 1 END, s.broadworks_user_id"
        ),
    }
}

/// Calls `each(id, search_text)` for every row of the list, in display order.
pub fn scan(conn: &Connection, org: i64, kind: ListKind, mut each: impl FnMut(i64, &str)) -> Result<()> {
    let sql = search_sql(kind);
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let mut rows = match kind {
        ListKind::Users => st.query(params![org]),
        ListKind::Devices(status) => st.query(params![org, status.map(|s| s.as_str())]),
        ListKind::Numbers { mobile_only } => st.query(params![org, mobile_only]),
        ListKind::Bw { exclude_provisioned } => st.query(params![org, exclude_provisioned]),
    }
    .map_err(db_error)?;
    while let Some(row) = rows.next().map_err(db_error)? {
        let id: i64 = row.get(0).map_err(db_error)?;
        let text = row.get_ref(1).map_err(db_error)?.as_str().unwrap_or("");
        each(id, text);
    }
    Ok(())
}

/// The unfiltered number of rows of a list. With a single organisation in the file (the usual
/// case) the count needs no `WHERE org_id`, which lets SQLite count b-tree pages instead of
/// walking an index range: milliseconds instead of a tenth of a second at a million users.
pub fn count(conn: &Connection, org: i64, kind: ListKind) -> Result<usize> {
    let orgs: i64 = conn.query_row("SELECT count(*) FROM orgs", [], |r| r.get(0)).map_err(db_error)?;
    let scope = if orgs == 1 { "1 = 1" } else { "org_id = ?1" };
    let (table, extra, flag): (&str, &str, Option<&str>) = match kind {
        ListKind::Users => ("users", "", None),
        ListKind::Devices(None) => ("devices", "", None),
        ListKind::Devices(Some(s)) => ("devices", " AND status = ?2", Some(s.as_str())),
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
