//! Queries. Each takes a `&Connection` (a `Transaction` derefs to one), so the service decides
//! the transaction boundaries.

use chrono::{DateTime, SecondsFormat, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::db_error;
use super::model::*;
use crate::domain::search::DeviceSort;
use crate::domain::{DeviceKind, DeviceStatus, Error, Result};

/// Timestamps are stored as RFC 3339 UTC with seconds: sortable as text.
pub fn ts(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(SecondsFormat::Secs, true)
}

pub fn parse_ts(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

/// Runs a statement through the connection's statement cache: actions and imports repeat the
/// same few statements, and preparing each time dominated a bulk import.
fn exec(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> rusqlite::Result<usize> {
    conn.prepare_cached(sql)?.execute(p)
}

/// A LIKE pattern matching `filter` anywhere, its wildcards taken literally (ESCAPE '\\').
pub(crate) fn like(filter: &str) -> String {
    let escaped = filter.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_");
    format!("%{escaped}%")
}

/// The LIKE pattern of the number a filter stands for (`212-200-0003` looks for `2122000003`
/// in numbers and extensions), or NULL (matches nothing) when the filter is no number.
fn number_like(filter: &str) -> Option<String> {
    crate::domain::search::number_query(filter).map(|n| like(&n))
}

// ---------------------------------------------------------------- organisations and locations

fn org_from_row(r: &Row) -> rusqlite::Result<OrgInfo> {
    let countries: String = r.get(6)?;
    Ok(OrgInfo {
        id: r.get(0)?,
        name: r.get(1)?,
        country: r.get(2)?,
        suppress_emails: r.get(3)?,
        smdp_address: r.get(4)?,
        code_lifetime_days: r.get(5)?,
        go_countries: countries.split(',').map(|c| c.trim().to_ascii_uppercase()).filter(|c| !c.is_empty()).collect(),
    })
}

const ORG_COLS: &str = "id, name, country, suppress_emails, smdp_address, code_lifetime_days, go_countries";

pub fn orgs(conn: &Connection) -> Result<Vec<OrgInfo>> {
    let mut st = conn.prepare(&format!("SELECT {ORG_COLS} FROM orgs ORDER BY name")).map_err(db_error)?;
    let rows = st.query_map([], org_from_row).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn org_by_id(conn: &Connection, id: i64) -> Result<OrgInfo> {
    conn.query_row(&format!("SELECT {ORG_COLS} FROM orgs WHERE id = ?1"), [id], org_from_row).map_err(db_error)
}

pub fn locations(conn: &Connection, org: i64) -> Result<Vec<LocationRow>> {
    let mut st = conn
        .prepare("SELECT id, name, country, pstn_connected FROM locations WHERE org_id = ?1 ORDER BY name")
        .map_err(db_error)?;
    let rows = st
        .query_map([org], |r| {
            Ok(LocationRow { id: r.get(0)?, name: r.get(1)?, country: r.get(2)?, pstn_connected: r.get(3)? })
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

// ---------------------------------------------------------------- users

pub(crate) const USER_SELECT: &str = concat!(
    "SELECT u.id, u.email, u.display_name, l.name, l.country,
    (SELECT group_concat(licence, ',') FROM user_licences ul WHERE ul.user_id = u.id),
    (SELECT e164 FROM numbers n WHERE n.owner_user_id = u.id AND n.is_primary = 1),
    u.extension, u.work_phone, ",
    calling_state_sql!(),
    ", u.calling_reason, d.id, d.status
  FROM users u
  LEFT JOIN locations l ON l.id = u.location_id
  LEFT JOIN devices d ON d.user_id = u.id"
);

pub(crate) fn user_from_row(r: &Row) -> rusqlite::Result<UserRow> {
    let licences: Option<String> = r.get(5)?;
    let mut licences: Vec<String> =
        licences.unwrap_or_default().split(',').filter(|s| !s.is_empty()).map(str::to_string).collect();
    licences.sort();
    let device: Option<i64> = r.get(11)?;
    let status: Option<String> = r.get(12)?;
    Ok(UserRow {
        id: r.get(0)?,
        email: r.get(1)?,
        display_name: r.get(2)?,
        location: r.get(3)?,
        location_country: r.get(4)?,
        licences,
        primary_number: r.get(6)?,
        extension: r.get(7)?,
        work_phone: r.get(8)?,
        calling_status: r.get(9)?,
        calling_reason: r.get(10)?,
        device_id: device.map(device_ref),
        device_status: status.and_then(|s| DeviceStatus::parse(&s).ok()),
    })
}

/// Name, email or location; or, for a number as typed, one of the user's numbers or their extension.
const USER_FILTER: &str = "u.org_id = ?1 AND (?2 = '' OR u.email LIKE ?3 ESCAPE '\\'
    OR u.display_name LIKE ?3 ESCAPE '\\' OR l.name LIKE ?3 ESCAPE '\\'
    OR EXISTS (SELECT 1 FROM numbers n WHERE n.owner_user_id = u.id AND n.e164 LIKE ?6 ESCAPE '\\')
    OR u.extension LIKE ?6 ESCAPE '\\')";

pub fn users_page(conn: &Connection, org: i64, filter: &str, offset: usize, limit: usize) -> Result<Vec<UserRow>> {
    let sql =
        format!("{USER_SELECT} WHERE {USER_FILTER} ORDER BY u.display_name COLLATE NOCASE, u.id LIMIT ?4 OFFSET ?5");
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st
        .query_map(params![org, filter, like(filter), limit as i64, offset as i64, number_like(filter)], user_from_row)
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn user_by_email(conn: &Connection, org: i64, email: &str) -> Result<Option<UserRow>> {
    let sql = format!("{USER_SELECT} WHERE u.org_id = ?1 AND u.email = ?2");
    conn.query_row(&sql, params![org, email.trim()], user_from_row).optional().map_err(db_error)
}

pub fn user_by_id(conn: &Connection, id: i64) -> Result<UserRow> {
    let sql = format!("{USER_SELECT} WHERE u.id = ?1");
    conn.query_row(&sql, [id], user_from_row).map_err(db_error)
}

pub fn user_location_id(conn: &Connection, user: i64) -> Result<Option<i64>> {
    conn.query_row("SELECT location_id FROM users WHERE id = ?1", [user], |r| r.get(0)).map_err(db_error)
}

// ---------------------------------------------------------------- subscriptions

pub fn subscriptions(conn: &Connection, org: i64) -> Result<Vec<SubscriptionRow>> {
    let mut st = conn
        .prepare_cached(
            "SELECT s.id, s.name, s.go_licences,
                (SELECT count(*) FROM devices d WHERE d.subscription_id = s.id)
             FROM subscriptions s WHERE s.org_id = ?1 AND s.go_licences > 0 ORDER BY s.id",
        )
        .map_err(db_error)?;
    let rows = st
        .query_map([org], |r| {
            let total: i64 = r.get(2)?;
            let used: i64 = r.get(3)?;
            Ok(SubscriptionRow { id: r.get(0)?, name: r.get(1)?, go_licences: total, used, free: total - used })
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

// ---------------------------------------------------------------- numbers

pub(crate) const NUMBER_SELECT: &str = "SELECT n.id, n.e164, l.name, n.kind, n.state,
    coalesce(u.email, n.owner_service), CASE WHEN u.id IS NOT NULL THEN 'user'
        WHEN n.owner_service IS NOT NULL THEN 'service' END,
    n.is_primary, n.operator_account_id IS NOT NULL OR n.webex_id IS NOT NULL, oa.operator
  FROM numbers n
  JOIN locations l ON l.id = n.location_id
  LEFT JOIN users u ON u.id = n.owner_user_id
  LEFT JOIN operator_accounts oa ON oa.id = n.operator_account_id";

pub(crate) fn number_from_row(r: &Row) -> rusqlite::Result<NumberRow> {
    let kind: String = r.get(3)?;
    // Provisioned: through an operator account here, or listed by Webex (a real organisation's
    // mobile numbers are in Webex only once their operator provisioned them).
    let via_operator: bool = r.get(8)?;
    Ok(NumberRow {
        id: r.get(0)?,
        number: r.get(1)?,
        location: r.get(2)?,
        webex_mobile: kind == "mobile" && via_operator,
        kind,
        state: r.get(4)?,
        owner: r.get(5)?,
        owner_kind: r.get(6)?,
        primary: r.get(7)?,
        operator: r.get(9)?,
    })
}

/// The number, its location, its owner's email or service; or, for a number as typed, the
/// number or its owner's extension.
const NUMBER_FILTER: &str = "n.org_id = ?1 AND (?2 = 0 OR n.kind = 'mobile')
    AND (?3 = '' OR n.e164 LIKE ?4 ESCAPE '\\' OR l.name LIKE ?4 ESCAPE '\\' OR u.email LIKE ?4 ESCAPE '\\'
         OR n.owner_service LIKE ?4 ESCAPE '\\' OR n.e164 LIKE ?7 ESCAPE '\\' OR u.extension LIKE ?7 ESCAPE '\\')";

pub fn numbers_page(
    conn: &Connection,
    org: i64,
    mobile_only: bool,
    filter: &str,
    offset: usize,
    limit: usize,
) -> Result<Vec<NumberRow>> {
    let sql = format!("{NUMBER_SELECT} WHERE {NUMBER_FILTER} ORDER BY n.e164 LIMIT ?5 OFFSET ?6");
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st
        .query_map(
            params![org, mobile_only, filter, like(filter), limit as i64, offset as i64, number_like(filter)],
            number_from_row,
        )
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn number_by_e164(conn: &Connection, org: i64, e164: &str) -> Result<Option<NumberRow>> {
    let sql = format!("{NUMBER_SELECT} WHERE n.org_id = ?1 AND n.e164 = ?2");
    conn.query_row(&sql, params![org, e164], number_from_row).optional().map_err(db_error)
}

pub fn number_location_id(conn: &Connection, number: i64) -> Result<i64> {
    conn.query_row("SELECT location_id FROM numbers WHERE id = ?1", [number], |r| r.get(0)).map_err(db_error)
}

/// Unassigned numbers of a location and kind: what an admin may pick (WG03, MO05).
pub fn free_numbers(conn: &Connection, location: i64, kind: &str, limit: usize) -> Result<Vec<NumberRow>> {
    let sql = format!(
        "{NUMBER_SELECT} WHERE n.location_id = ?1 AND n.kind = ?2
           AND n.owner_user_id IS NULL AND n.owner_service IS NULL ORDER BY n.e164 LIMIT ?3"
    );
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st.query_map(params![location, kind, limit as i64], number_from_row).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn user_numbers(conn: &Connection, user: i64) -> Result<Vec<NumberRow>> {
    let sql = format!("{NUMBER_SELECT} WHERE n.owner_user_id = ?1 ORDER BY n.is_primary DESC, n.e164");
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st.query_map([user], number_from_row).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

/// Makes `number` the user's primary number, owned by the user and ACTIVE.
pub fn assign_primary(conn: &Connection, number: i64, user: i64) -> Result<()> {
    exec(
        conn,
        "UPDATE numbers SET owner_user_id = ?2, owner_service = NULL, is_primary = 1, state = 'ACTIVE' WHERE id = ?1",
        params![number, user],
    )
    .map_err(db_error)?;
    Ok(())
}

/// Returns a number to the unassigned pool.
pub fn release_number(conn: &Connection, number: i64) -> Result<()> {
    exec(
        conn,
        "UPDATE numbers SET owner_user_id = NULL, owner_service = NULL, is_primary = 0, state = 'INACTIVE' WHERE id = ?1",
        [number],
    )
    .map_err(db_error)?;
    Ok(())
}

// ---------------------------------------------------------------- devices and codes

pub(crate) const DEVICE_SELECT: &str =
    "SELECT d.id, u.email, u.display_name, l.name, coalesce(d.subscription_id, ''), d.kind, d.status,
    (SELECT e164 FROM numbers n WHERE n.id = coalesce(d.number_id,
        (SELECT id FROM numbers p WHERE p.owner_user_id = u.id AND p.is_primary = 1))),
    c.expires_at, d.created_at, d.changed_at
  FROM devices d
  JOIN users u ON u.id = d.user_id
  LEFT JOIN locations l ON l.id = u.location_id
  LEFT JOIN activation_codes c ON c.device_id = d.id AND c.state = 'valid'";

pub(crate) fn device_from_row(r: &Row, now: DateTime<Utc>) -> rusqlite::Result<DeviceRow> {
    let id: i64 = r.get(0)?;
    let kind: String = r.get(5)?;
    let status: String = r.get(6)?;
    let expires: Option<String> = r.get(8)?;
    let expires = expires.map(|s| parse_ts(&s));
    let code_state = match expires {
        Some(t) if t > now => "valid",
        Some(_) => "expired",
        None => "none",
    };
    Ok(DeviceRow {
        id,
        device_id: device_ref(id),
        owner_email: r.get(1)?,
        owner_name: r.get(2)?,
        location: r.get(3)?,
        subscription_id: r.get(4)?,
        kind: DeviceKind::parse(&kind).unwrap_or(DeviceKind::Byod),
        status: DeviceStatus::parse(&status).unwrap_or(DeviceStatus::Unknown),
        number: r.get(7)?,
        code_expires_at: expires,
        code_state: code_state.to_string(),
        created_at: parse_ts(&r.get::<_, String>(9)?),
        changed_at: parse_ts(&r.get::<_, String>(10)?),
        webex_id: None,
        connection_status: None,
        error_codes: Vec::new(),
    })
}

/// Fills in what Webex said about mirrored devices (schema 3 and up: the `webex` backend's
/// cache). Kept out of `DEVICE_SELECT` so older databases stay readable as they are.
pub fn fill_webex_device_fields(conn: &Connection, rows: &mut [DeviceRow]) -> Result<()> {
    let mut st = conn
        .prepare_cached("SELECT webex_id, connection_status, error_codes FROM devices WHERE id = ?1")
        .map_err(db_error)?;
    for d in rows.iter_mut() {
        let (id, raw, codes): (Option<String>, Option<String>, String) =
            st.query_row([d.id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).map_err(db_error)?;
        d.webex_id = id;
        d.connection_status = raw;
        d.error_codes = codes.split(',').filter(|s| !s.is_empty()).map(str::to_string).collect();
    }
    Ok(())
}

/// The owner's name, email or location; or, for a number as typed, one of the owner's numbers
/// (the device's among them) or their extension.
const DEVICE_FILTER: &str = "d.org_id = ?1 AND (?2 IS NULL OR d.status = ?2)
    AND (?3 = '' OR u.email LIKE ?4 ESCAPE '\\' OR u.display_name LIKE ?4 ESCAPE '\\' OR l.name LIKE ?4 ESCAPE '\\'
         OR EXISTS (SELECT 1 FROM numbers n WHERE n.owner_user_id = u.id AND n.e164 LIKE ?8 ESCAPE '\\')
         OR u.extension LIKE ?8 ESCAPE '\\')";

/// The ORDER BY of the device list in `sort` (with the device's valid code joined as `c`;
/// `now` is the SQL parameter holding the time).
pub(crate) fn device_order(sort: DeviceSort, now: &str) -> String {
    let expired = format!("(d.status = 'activation_pending' AND c.expires_at <= {now})");
    match sort {
        DeviceSort::Added => "d.id".into(),
        DeviceSort::Status => format!(
            "CASE WHEN d.status = 'offline' THEN 0 WHEN {expired} THEN 1 WHEN d.status = 'activation_pending' THEN 2
                  WHEN d.status = 'unknown' THEN 3 ELSE 4 END, d.id"
        ),
        DeviceSort::Expired => {
            format!("CASE WHEN {expired} THEN 0 ELSE 1 END, CASE WHEN {expired} THEN c.expires_at END, d.id")
        }
        DeviceSort::Name => "u.display_name COLLATE NOCASE, d.id".into(),
    }
}

#[allow(clippy::too_many_arguments)]
pub fn devices_page(
    conn: &Connection,
    org: i64,
    status: Option<DeviceStatus>,
    sort: DeviceSort,
    filter: &str,
    offset: usize,
    limit: usize,
    now: DateTime<Utc>,
) -> Result<Vec<DeviceRow>> {
    // ?7 is named in every statement (`?7 = ?7`), used by the orders that need the time.
    let sql = format!(
        "{DEVICE_SELECT} WHERE {DEVICE_FILTER} AND ?7 = ?7 ORDER BY {} LIMIT ?5 OFFSET ?6",
        device_order(sort, "?7")
    );
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let p = params![
        org,
        status.map(|s| s.as_str()),
        filter,
        like(filter),
        limit as i64,
        offset as i64,
        ts(now),
        number_like(filter)
    ];
    let rows = st.query_map(p, |r| device_from_row(r, now)).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn device_by_id(conn: &Connection, org: i64, id: i64, now: DateTime<Utc>) -> Result<Option<DeviceRow>> {
    let sql = format!("{DEVICE_SELECT} WHERE d.org_id = ?1 AND d.id = ?2");
    conn.query_row(&sql, params![org, id], |r| device_from_row(r, now)).optional().map_err(db_error)
}

pub fn device_of_user(conn: &Connection, user: i64, now: DateTime<Utc>) -> Result<Option<DeviceRow>> {
    let sql = format!("{DEVICE_SELECT} WHERE d.user_id = ?1");
    conn.query_row(&sql, [user], |r| device_from_row(r, now)).optional().map_err(db_error)
}

pub struct NewDevice<'a> {
    pub org: i64,
    pub user: i64,
    pub subscription: &'a str,
    pub kind: DeviceKind,
    pub status: DeviceStatus,
    pub number: Option<i64>,
    pub now: DateTime<Utc>,
}

pub fn insert_device(conn: &Connection, d: &NewDevice) -> Result<i64> {
    let now = ts(d.now);
    exec(
        conn,
        "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, number_id, created_at, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
        params![d.org, d.user, d.subscription, d.kind.as_str(), d.status.as_str(), d.number, now],
    )
    .map_err(db_error)?;
    Ok(conn.last_insert_rowid())
}

pub fn set_device_status(conn: &Connection, device: i64, status: DeviceStatus, now: DateTime<Utc>) -> Result<()> {
    exec(
        conn,
        "UPDATE devices SET status = ?2, changed_at = ?3 WHERE id = ?1",
        params![device, status.as_str(), ts(now)],
    )
    .map_err(db_error)?;
    Ok(())
}

pub fn delete_device(conn: &Connection, device: i64) -> Result<()> {
    exec(conn, "DELETE FROM devices WHERE id = ?1", [device]).map_err(db_error)?;
    Ok(())
}

/// Ends every still-valid code of the device with `state` (superseded, revoked).
pub fn end_valid_codes(conn: &Connection, device: i64, state: &str, now: DateTime<Utc>) -> Result<usize> {
    exec(
        conn,
        "UPDATE activation_codes SET state = ?2, ended_at = ?3 WHERE device_id = ?1 AND state = 'valid'",
        params![device, state, ts(now)],
    )
    .map_err(db_error)
}

/// Inserts a valid code unless its hash already exists; returns whether it was inserted.
pub fn insert_code_if_new(
    conn: &Connection,
    device: i64,
    hash: &str,
    issued: DateTime<Utc>,
    expires: DateTime<Utc>,
) -> Result<bool> {
    let n = exec(
        conn,
        "INSERT INTO activation_codes (device_id, code_hash, state, issued_at, expires_at)
         VALUES (?1, ?2, 'valid', ?3, ?4) ON CONFLICT (code_hash) DO NOTHING",
        params![device, hash, ts(issued), ts(expires)],
    )
    .map_err(db_error)?;
    Ok(n == 1)
}

pub struct CodeLookup {
    pub id: i64,
    pub device: i64,
    pub org: i64,
    pub state: String,
    pub expires_at: DateTime<Utc>,
}

pub fn code_by_hash(conn: &Connection, hash: &str) -> Result<Option<CodeLookup>> {
    let mut st = conn
        .prepare_cached(
            "SELECT c.id, c.device_id, d.org_id, c.state, c.expires_at FROM activation_codes c
         JOIN devices d ON d.id = c.device_id WHERE c.code_hash = ?1",
        )
        .map_err(db_error)?;
    st.query_row([hash], |r| {
        Ok(CodeLookup {
            id: r.get(0)?,
            device: r.get(1)?,
            org: r.get(2)?,
            state: r.get(3)?,
            expires_at: parse_ts(&r.get::<_, String>(4)?),
        })
    })
    .optional()
    .map_err(db_error)
}

pub fn mark_code_used(conn: &Connection, code: i64, now: DateTime<Utc>) -> Result<()> {
    exec(conn, "UPDATE activation_codes SET state = 'used', ended_at = ?2 WHERE id = ?1", params![code, ts(now)])
        .map_err(db_error)?;
    Ok(())
}

pub fn device_codes(conn: &Connection, device: i64) -> Result<Vec<CodeRow>> {
    let mut st = conn
        .prepare_cached(
            "SELECT state, issued_at, expires_at, ended_at FROM activation_codes WHERE device_id = ?1 ORDER BY id DESC",
        )
        .map_err(db_error)?;
    let rows = st
        .query_map([device], |r| {
            let ended: Option<String> = r.get(3)?;
            Ok(CodeRow {
                state: r.get(0)?,
                issued_at: parse_ts(&r.get::<_, String>(1)?),
                expires_at: parse_ts(&r.get::<_, String>(2)?),
                ended_at: ended.map(|s| parse_ts(&s)),
            })
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

// ---------------------------------------------------------------- audit

pub struct NewAudit<'a> {
    pub at: DateTime<Utc>,
    pub org: Option<i64>,
    pub actor: &'a str,
    pub ssh_client: Option<&'a str>,
    pub action: &'a str,
    pub object: &'a str,
    pub outcome: &'a str,
    pub details: &'a str,
}

pub fn insert_audit(conn: &Connection, a: &NewAudit) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO audit (at, org_id, actor, ssh_client, action, object, outcome, details)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )
    .and_then(|mut st| {
        st.execute(params![ts(a.at), a.org, a.actor, a.ssh_client, a.action, a.object, a.outcome, a.details])
    })
    .map_err(db_error)?;
    Ok(())
}

/// Newest first. `object` narrows to the entries of one object (e.g. `user:a@b.c`).
pub fn audit(conn: &Connection, org: i64, object_prefix: Option<&str>, limit: usize) -> Result<Vec<AuditRow>> {
    let mut st = conn
        .prepare_cached(
            "SELECT at, actor, ssh_client, action, object, outcome, details FROM audit
             WHERE (org_id = ?1 OR org_id IS NULL) AND (?2 IS NULL OR object = ?2 OR details LIKE '%' || ?2 || '%')
             ORDER BY id DESC LIMIT ?3",
        )
        .map_err(db_error)?;
    let rows = st.query_map(params![org, object_prefix, limit as i64], audit_row).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

/// An audit entry from the columns `at, actor, ssh_client, action, object, outcome, details`.
pub(crate) fn audit_row(r: &Row) -> rusqlite::Result<AuditRow> {
    Ok(AuditRow {
        at: parse_ts(&r.get::<_, String>(0)?),
        actor: r.get(1)?,
        ssh_client: r.get(2)?,
        action: r.get(3)?,
        object: r.get(4)?,
        outcome: r.get(5)?,
        details: r.get(6)?,
    })
}

/// `PRAGMA data_version`: changes when another connection commits; the console polls it.
pub fn data_version(conn: &Connection) -> Result<i64> {
    conn.query_row("PRAGMA data_version", [], |r| r.get(0)).map_err(db_error)
}

/// A thing named by its kind (`device`, `subscription`, `operator account`) that is not there,
/// said in the language.
pub fn not_found(what: &str) -> Error {
    Error::not_found(crate::said!("not-found-thing", what = what.replace(' ', "-")))
}
