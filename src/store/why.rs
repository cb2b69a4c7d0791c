//! What "why can't this user call?" reads about one person, and what the one-person refresh of a
//! real organisation writes: who holds a number or an extension, the BroadWorks subscriber behind
//! a person, a device's refused code attempts, the operator account of a mobile number and the
//! audit entries about a person.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::bw::{sub_from_row, SUB_SELECT};
use super::db_error;
use super::mobile::{account_from_row, ACCOUNT_SELECT};
use super::model::{AuditRow, BwSubscriberRow, OperatorAccountRow};
use super::queries::{parse_ts, ts};
use crate::domain::Result;

/// Who holds a number of the inventory: a user (by email) or a service (by name), or nobody.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberHolder {
    pub email: Option<String>,
    pub service: Option<String>,
}

/// The holder of `e164` in the organisation's inventory, if the number is in it.
pub fn number_holder(conn: &Connection, org: i64, e164: &str) -> Result<Option<NumberHolder>> {
    conn.prepare_cached(
        "SELECT u.email, n.owner_service FROM numbers n LEFT JOIN users u ON u.id = n.owner_user_id
         WHERE n.org_id = ?1 AND n.e164 = ?2",
    )
    .and_then(|mut st| {
        st.query_row(params![org, e164], |r| Ok(NumberHolder { email: r.get(0)?, service: r.get(1)? })).optional()
    })
    .map_err(db_error)
}

/// Users whose extension is `extension` (unique in a location, not in the organisation) or whose
/// work number, as the directory gave it, is one of `phones`; at most 10. Neither is indexed: one
/// pass over the table (through the organisation's index, each row would be a random read; a
/// plain scan of 100,000 users is about twenty times quicker).
pub fn users_by_extension_or_work_phone(
    conn: &Connection,
    org: i64,
    extension: Option<&str>,
    phones: &[String],
) -> Result<Vec<String>> {
    let phones: Vec<&String> = phones.iter().take(10).collect();
    if extension.is_none() && phones.is_empty() {
        return Ok(Vec::new());
    }
    let marks: Vec<String> = (0..phones.len()).map(|i| format!("?{}", i + 3)).collect();
    let sql = format!(
        "SELECT email FROM users NOT INDEXED WHERE org_id = ?1 AND (extension = ?2{}) ORDER BY email LIMIT 10",
        if marks.is_empty() { String::new() } else { format!(" OR work_phone IN ({})", marks.join(", ")) }
    );
    let mut args: Vec<&dyn rusqlite::ToSql> = vec![&org, &extension];
    args.extend(phones.iter().map(|p| *p as &dyn rusqlite::ToSql));
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st.query_map(args.as_slice(), |r| r.get::<_, String>(0)).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

/// The BroadWorks subscribers that are this person: by email or BroadWorks user id (`email`),
/// by primary number (`numbers`) or by extension (`extension`), at most 10.
pub fn subscribers_of(
    conn: &Connection,
    org: i64,
    email: Option<&str>,
    numbers: &[String],
    extension: Option<&str>,
) -> Result<Vec<BwSubscriberRow>> {
    let mut out: Vec<BwSubscriberRow> = Vec::new();
    let mut push = |rows: Vec<BwSubscriberRow>| {
        for r in rows {
            if !out.iter().any(|o| o.id == r.id) {
                out.push(r);
            }
        }
    };
    let query = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<Vec<BwSubscriberRow>> {
        let mut st = conn.prepare_cached(sql).map_err(db_error)?;
        let rows = st.query_map(p, sub_from_row).map_err(db_error)?;
        rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
    };
    if let Some(e) = email.map(str::trim).filter(|e| !e.is_empty()) {
        let sql = format!(
            "{SUB_SELECT} WHERE s.org_id = ?1 AND (s.email = ?2 COLLATE NOCASE OR s.broadworks_user_id = ?2 COLLATE NOCASE)
             ORDER BY s.id LIMIT 10"
        );
        push(query(&sql, &[&org, &e])?);
    }
    let sql = format!("{SUB_SELECT} WHERE s.org_id = ?1 AND s.primary_number = ?2 ORDER BY s.id LIMIT 10");
    for n in numbers {
        push(query(&sql, &[&org, n])?);
    }
    if let Some(x) = extension.map(str::trim).filter(|x| !x.is_empty()) {
        let sql = format!("{SUB_SELECT} WHERE s.org_id = ?1 AND s.extension = ?2 ORDER BY s.id LIMIT 10");
        push(query(&sql, &[&org, &x])?);
    }
    out.truncate(10);
    Ok(out)
}

/// Whether the subscriber's customer template is set up for flow-through (BW01); `None`
/// without a template.
pub fn subscriber_template_ready(conn: &Connection, subscriber: i64) -> Result<Option<bool>> {
    conn.query_row(
        "SELECT t.untrusted_emails = 1 AND t.share_link = 'activation_link' FROM bw_subscribers s
         JOIN bw_templates t ON t.id = s.template_id WHERE s.id = ?1",
        [subscriber],
        |r| r.get(0),
    )
    .optional()
    .map_err(db_error)
}

/// One refused `phone activate` attempt with a code of the device.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct RefusedAttempt {
    pub at: DateTime<Utc>,
    /// `malformed`, `unknown`, `used`, `superseded`, `revoked` or `expired`.
    pub reason: String,
}

/// The device's refused code attempts, newest first, at most `limit`.
pub fn refused_attempts(conn: &Connection, device: i64, limit: usize) -> Result<Vec<RefusedAttempt>> {
    let mut st = conn
        .prepare_cached("SELECT at, reason FROM code_attempts WHERE device_id = ?1 ORDER BY at DESC, id DESC LIMIT ?2")
        .map_err(db_error)?;
    let rows = st
        .query_map(params![device, limit as i64], |r| {
            Ok(RefusedAttempt { at: parse_ts(&r.get::<_, String>(0)?), reason: r.get(1)? })
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

/// The operator account a mobile number was added under (MO01, MO02), if any.
pub fn account_of_number(conn: &Connection, org: i64, e164: &str) -> Result<Option<OperatorAccountRow>> {
    let sql = format!(
        "{ACCOUNT_SELECT} WHERE a.id = (SELECT n.operator_account_id FROM numbers n WHERE n.org_id = ?1 AND n.e164 = ?2)"
    );
    conn.query_row(&sql, params![org, e164], account_from_row).optional().map_err(db_error)
}

/// The newest audit entries about a person: wxgo's own (`objects`, exact) and, on a real
/// organisation, Webex's admin audit events about them (`webex_object`, e.g. `User: Dana Diaz`).
pub fn audit_about(
    conn: &Connection,
    org: i64,
    objects: &[String],
    webex_object: Option<&str>,
    limit: usize,
) -> Result<Vec<(AuditRow, bool)>> {
    let mut st = conn
        .prepare_cached(
            "SELECT at, actor, ssh_client, action, object, outcome, details, id FROM audit
             WHERE org_id = ?1 AND object = ?2 ORDER BY id DESC LIMIT ?3",
        )
        .map_err(db_error)?;
    let mut all: Vec<(AuditRow, i64, bool)> = Vec::new();
    let targets = objects.iter().map(|o| (o.as_str(), false)).chain(webex_object.map(|w| (w, true)));
    for (object, webex) in targets {
        let rows = st
            .query_map(params![org, object, limit as i64], |r| Ok((super::queries::audit_row(r)?, r.get::<_, i64>(7)?)))
            .map_err(db_error)?;
        for row in rows {
            let (a, id) = row.map_err(db_error)?;
            all.push((a, id, webex));
        }
    }
    all.sort_by(|a, b| b.0.at.cmp(&a.0.at).then(b.1.cmp(&a.1)));
    all.dedup_by_key(|a| a.1);
    all.truncate(limit);
    Ok(all.into_iter().map(|(a, _, w)| (a, w)).collect())
}

// ---------------------------------------------------------------- the one-person refresh

/// The user's cached licences become `keys` (what Webex says they hold now).
pub fn replace_licences(tx: &Connection, user: i64, keys: &[String]) -> Result<()> {
    tx.execute("DELETE FROM user_licences WHERE user_id = ?1", [user]).map_err(db_error)?;
    let mut st = tx
        .prepare_cached("INSERT OR IGNORE INTO user_licences (user_id, licence) VALUES (?1, ?2)")
        .map_err(db_error)?;
    for k in keys {
        st.execute(params![user, k]).map_err(db_error)?;
    }
    Ok(())
}

/// Mirrored devices of the user that Webex no longer lists for them (deleted, or moved to
/// someone else): removed from the cache. Returns how many.
pub fn drop_devices_except(tx: &Connection, org: i64, user: i64, keep: Option<&str>) -> Result<usize> {
    tx.execute(
        "DELETE FROM devices WHERE org_id = ?1 AND user_id = ?2 AND webex_id IS NOT NULL AND webex_id IS NOT ?3",
        params![org, user, keep],
    )
    .map_err(db_error)
}

/// The user's Webex Go device as Webex lists it now: the cached row of that device is updated
/// (its number link kept; `changed_at` moves only when the status did), or a new row is made.
#[allow(clippy::too_many_arguments)]
pub fn refresh_device(
    tx: &Connection,
    org: i64,
    user: i64,
    webex_id: &str,
    kind: &str,
    status: &str,
    raw: Option<&str>,
    codes: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let stamp = ts(now);
    let n = tx
        .execute(
            "UPDATE devices SET user_id = ?3, kind = ?4,
                changed_at = CASE WHEN status = ?5 AND connection_status IS ?6 THEN changed_at ELSE ?8 END,
                status = ?5, connection_status = ?6, error_codes = ?7, synced_at = ?8
             WHERE org_id = ?1 AND webex_id = ?2",
            params![org, webex_id, user, kind, status, raw, codes, stamp],
        )
        .map_err(db_error)?;
    if n == 0 {
        tx.execute(
            "INSERT INTO devices (org_id, user_id, kind, status, created_at, changed_at, webex_id, connection_status,
                error_codes, synced_at) VALUES (?1, ?2, ?3, ?4, ?7, ?7, ?5, ?6, ?8, ?7)",
            params![org, user, kind, status, webex_id, raw, stamp, codes],
        )
        .map_err(db_error)?;
    }
    Ok(())
}

/// A number Webex lists as the user's, with its state now: the cached row (by E.164) is theirs,
/// primary when Webex says so. Returns whether the cache had the number.
pub fn refresh_number(tx: &Connection, org: i64, user: i64, e164: &str, state: &str, primary: bool) -> Result<bool> {
    if primary {
        tx.execute(
            "UPDATE numbers SET is_primary = 0 WHERE org_id = ?1 AND owner_user_id = ?2 AND e164 <> ?3",
            params![org, user, e164],
        )
        .map_err(db_error)?;
    }
    let n = tx
        .execute(
            "UPDATE numbers SET owner_user_id = ?3, owner_service = NULL, state = ?4, is_primary = ?5
             WHERE org_id = ?1 AND e164 = ?2",
            params![org, e164, user, state, primary],
        )
        .map_err(db_error)?;
    Ok(n > 0)
}

/// The user's cached numbers that Webex no longer lists as theirs: unassigned in the cache.
pub fn release_numbers_except(tx: &Connection, org: i64, user: i64, keep: &[String]) -> Result<usize> {
    let mut st =
        tx.prepare_cached("SELECT e164 FROM numbers WHERE org_id = ?1 AND owner_user_id = ?2").map_err(db_error)?;
    let held = st
        .query_map(params![org, user], |r| r.get::<_, String>(0))
        .map_err(db_error)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .map_err(db_error)?;
    let mut n = 0;
    for e in held.iter().filter(|e| !keep.contains(e)) {
        n += tx
            .execute(
                "UPDATE numbers SET owner_user_id = NULL, is_primary = 0 WHERE org_id = ?1 AND e164 = ?2",
                params![org, e],
            )
            .map_err(db_error)?;
    }
    Ok(n)
}

/// A BroadWorks subscriber as Webex gives it now: status, first error and when it changed.
#[allow(clippy::too_many_arguments)]
pub fn refresh_subscriber(
    tx: &Connection,
    org: i64,
    webex_id: &str,
    status: &str,
    error_code: Option<&str>,
    error: Option<&str>,
    email: Option<&str>,
    changed_at: DateTime<Utc>,
) -> Result<usize> {
    tx.execute(
        "UPDATE bw_subscribers SET status = ?3, error_code = ?4, error_description = ?5, email = coalesce(?6, email),
            last_status_change = ?7 WHERE org_id = ?1 AND webex_id = ?2",
        params![org, webex_id, status, error_code, error, email, ts(changed_at)],
    )
    .map_err(db_error)
}

/// Whether the database was opened read-only (`--read-only`): nothing can be written to it.
pub fn is_read_only(conn: &Connection) -> bool {
    conn.is_readonly(rusqlite::MAIN_DB).unwrap_or(false)
}
