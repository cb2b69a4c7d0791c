//! Operator accounts and mobile numbers (MO01-MO06).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::db_error;
use super::model::OperatorAccountRow;
use super::queries::{parse_ts, ts};
use crate::domain::mobile::{AuthStatus, Held};
use crate::domain::Result;

pub(crate) const ACCOUNT_SELECT: &str =
    "SELECT a.id, a.location_id, l.name, l.country, a.operator, a.account_id, a.status,
    a.status_reason, a.requested_at, a.changed_at,
    (SELECT count(*) FROM numbers n WHERE n.operator_account_id = a.id)
  FROM operator_accounts a JOIN locations l ON l.id = a.location_id";

pub(crate) fn account_from_row(r: &Row) -> rusqlite::Result<OperatorAccountRow> {
    let status: String = r.get(6)?;
    Ok(OperatorAccountRow {
        id: r.get(0)?,
        location_id: r.get(1)?,
        location: r.get(2)?,
        location_country: r.get(3)?,
        operator: r.get(4)?,
        account_id: r.get(5)?,
        status: AuthStatus::parse(&status).unwrap_or(AuthStatus::Pending),
        status_reason: r.get(7)?,
        requested_at: parse_ts(&r.get::<_, String>(8)?),
        changed_at: parse_ts(&r.get::<_, String>(9)?),
        numbers: r.get(10)?,
        advice: String::new(),
    })
}

pub fn accounts(conn: &Connection, org: i64) -> Result<Vec<OperatorAccountRow>> {
    let sql = format!("{ACCOUNT_SELECT} WHERE a.org_id = ?1 ORDER BY l.name, a.operator, a.account_id");
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st.query_map([org], account_from_row).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn account_by_account_id(conn: &Connection, org: i64, account_id: &str) -> Result<Option<OperatorAccountRow>> {
    let sql = format!("{ACCOUNT_SELECT} WHERE a.org_id = ?1 AND a.account_id = ?2");
    conn.query_row(&sql, params![org, account_id.trim()], account_from_row).optional().map_err(db_error)
}

pub fn insert_account(
    conn: &Connection,
    org: i64,
    location: i64,
    operator: &str,
    account_id: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO operator_accounts (org_id, location_id, operator, account_id, status, requested_at, changed_at)
         VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5)",
        params![org, location, operator, account_id, ts(now)],
    )
    .map_err(db_error)?;
    Ok(conn.last_insert_rowid())
}

pub fn set_account_status(
    conn: &Connection,
    id: i64,
    status: AuthStatus,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.execute(
        "UPDATE operator_accounts SET status = ?2, status_reason = ?3, changed_at = ?4 WHERE id = ?1",
        params![id, status.as_str(), reason, ts(now)],
    )
    .map_err(db_error)?;
    Ok(())
}

/// Where a number already is: in this organisation (and as what) or in another one.
pub fn holder(conn: &Connection, org: i64, e164: &str) -> Result<Option<Held>> {
    let mut st = conn
        .prepare_cached(
            "SELECT n.org_id, n.kind, coalesce(u.email, n.owner_service) FROM numbers n
             LEFT JOIN users u ON u.id = n.owner_user_id WHERE n.e164 = ?1",
        )
        .map_err(db_error)?;
    let rows = st
        .query_map([e164], |r| Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, Option<String>>(2)?)))
        .map_err(db_error)?;
    let mut held = None;
    for row in rows {
        let (o, kind, owner) = row.map_err(db_error)?;
        if o == org {
            // Its English, which a number's reason holds; said in the language where it is shown.
            let what: String = match (kind.as_str(), owner) {
                ("mobile", Some(owner)) => crate::said!("held-mobile-of", owner = owner).into(),
                ("mobile", None) => crate::said!("held-mobile-free").into(),
                (_, Some(owner)) => crate::said!("held-standard-of", owner = owner).into(),
                (_, None) => crate::said!("held-standard-free").into(),
            };
            return Ok(Some(Held::Here(what)));
        }
        held = Some(Held::Elsewhere);
    }
    Ok(held)
}

pub fn insert_mobile_number(
    conn: &Connection,
    org: i64,
    location: i64,
    e164: &str,
    account: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO numbers (org_id, location_id, e164, kind, state, operator_account_id, created_at)
         VALUES (?1, ?2, ?3, 'mobile', 'INACTIVE', ?4, ?5)",
    )
    .and_then(|mut st| st.execute(params![org, location, e164, account, ts(now)]))
    .map_err(db_error)?;
    Ok(())
}

pub fn primary_number_id(conn: &Connection, user: i64) -> Result<Option<i64>> {
    conn.query_row("SELECT id FROM numbers WHERE owner_user_id = ?1 AND is_primary = 1", [user], |r| r.get(0))
        .optional()
        .map_err(db_error)
}

pub fn set_device_number(conn: &Connection, device: i64, number: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute("UPDATE devices SET number_id = ?2, changed_at = ?3 WHERE id = ?1", params![device, number, ts(now)])
        .map_err(db_error)?;
    Ok(())
}

// ---------------------------------------------------------------- the webex backend's cache

/// A mirrored location of a real organisation, by name (any case) or Webex id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WebexLocation {
    pub id: i64,
    pub name: String,
    pub webex_id: String,
}

pub fn webex_location(conn: &Connection, org: i64, name_or_id: &str) -> Result<Option<WebexLocation>> {
    let wanted = name_or_id.trim();
    conn.query_row(
        "SELECT id, name, webex_id FROM locations WHERE org_id = ?1 AND webex_id IS NOT NULL
            AND (webex_id = ?2 OR name = ?2 COLLATE NOCASE) ORDER BY webex_id = ?2 DESC, id LIMIT 1",
        params![org, wanted],
        |r| Ok(WebexLocation { id: r.get(0)?, name: r.get(1)?, webex_id: r.get(2)? }),
    )
    .optional()
    .map_err(db_error)
}

/// A mobile number Webex has just added to a location: unassigned and INACTIVE until it is
/// assigned (MO03), keyed as a sync keys it (its Webex id is the number). A stale row of the same
/// number is replaced: Webex's answer is the truth.
pub fn upsert_webex_mobile_number(
    conn: &Connection,
    org: i64,
    location: i64,
    e164: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO numbers (org_id, location_id, e164, kind, state, created_at, webex_id, synced_at)
         VALUES (?1, ?2, ?3, 'mobile', 'INACTIVE', ?4, ?3, ?4)
         ON CONFLICT (org_id, e164) DO UPDATE SET location_id = excluded.location_id, kind = 'mobile',
            state = 'INACTIVE', owner_user_id = NULL, owner_service = NULL, is_primary = 0,
            webex_id = excluded.webex_id, synced_at = excluded.synced_at",
    )
    .and_then(|mut st| st.execute(params![org, location, e164, ts(now)]))
    .map_err(db_error)?;
    Ok(())
}
