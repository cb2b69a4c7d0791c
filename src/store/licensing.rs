//! Webex Calling licence assignment (AL01-AL06): templates, the users' calling data, numbers.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension, Row};
use serde::Serialize;

use super::db_error;
use super::queries::ts;
use crate::domain::licence;
use crate::domain::licensing::{InventoryNumber, Owner, Scope, Template};
use crate::domain::Result;

/// A user as licence assignment sees them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CallingUser {
    #[serde(skip)]
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub department: Option<String>,
    pub work_phone: Option<String>,
    pub location: Option<String>,
    pub calling_status: String,
    pub calling_reason: Option<String>,
    /// Holds a Webex Calling licence (Professional or Basic).
    pub has_calling: bool,
}

const HAS_CALLING: &str = "EXISTS (SELECT 1 FROM user_licences ul WHERE ul.user_id = u.id
    AND ul.licence IN ('calling_professional', 'calling_basic'))";

fn calling_user_select() -> String {
    format!(
        "SELECT u.id, u.email, u.display_name, u.department, u.work_phone, l.name, {},
            u.calling_reason, {HAS_CALLING}
         FROM users u LEFT JOIN locations l ON l.id = u.location_id",
        calling_state_sql!()
    )
}

fn calling_user(r: &Row) -> rusqlite::Result<CallingUser> {
    Ok(CallingUser {
        id: r.get(0)?,
        email: r.get(1)?,
        display_name: r.get(2)?,
        department: r.get(3)?,
        work_phone: r.get(4)?,
        location: r.get(5)?,
        calling_status: r.get(6)?,
        calling_reason: r.get(7)?,
        has_calling: r.get(8)?,
    })
}

pub fn templates(conn: &Connection, org: i64) -> Result<Vec<Template>> {
    let mut st = conn
        .prepare_cached(
            "SELECT id, name, scope, group_name, grants_calling, licences FROM licence_templates
             WHERE org_id = ?1 ORDER BY id",
        )
        .map_err(db_error)?;
    let rows = st
        .query_map([org], |r| {
            let scope: String = r.get(2)?;
            let licences: String = r.get(5)?;
            Ok(Template {
                id: r.get(0)?,
                name: r.get(1)?,
                scope: Scope::parse(&scope),
                group: r.get(3)?,
                grants_calling: r.get(4)?,
                licences: licences.split(',').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect(),
            })
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

/// Creates a template (`id` 0) or changes the one with its id.
pub fn save_template(conn: &Connection, org: i64, t: &Template) -> Result<()> {
    let (scope, licences) = (t.scope.as_str(), t.licences.join(","));
    if t.id > 0 {
        conn.execute(
            "UPDATE licence_templates SET name = ?2, scope = ?3, group_name = ?4, grants_calling = ?5, licences = ?6
             WHERE id = ?1",
            params![t.id, t.name, scope, t.group, t.grants_calling, licences],
        )
        .map_err(db_error)?;
        return Ok(());
    }
    conn.execute(
        "INSERT INTO licence_templates (org_id, name, scope, group_name, grants_calling, licences)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![org, t.name, scope, t.group, t.grants_calling, licences],
    )
    .map_err(db_error)?;
    Ok(())
}

pub fn delete_template(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM licence_templates WHERE id = ?1", [id]).map_err(db_error)?;
    Ok(())
}

/// Users per department (case folded, trimmed; `None` for no department) and how many have Calling.
pub fn department_counts(conn: &Connection, org: i64) -> Result<Vec<(Option<String>, usize, usize)>> {
    let sql = format!(
        "SELECT nullif(lower(trim(u.department)), ''), count(*), sum({HAS_CALLING})
         FROM users u WHERE u.org_id = ?1 GROUP BY 1"
    );
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st
        .query_map([org], |r| {
            Ok((r.get::<_, Option<String>>(0)?, r.get::<_, i64>(1)? as usize, r.get::<_, i64>(2)? as usize))
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn user(conn: &Connection, org: i64, email: &str) -> Result<Option<CallingUser>> {
    let sql = format!("{} WHERE u.org_id = ?1 AND u.email = ?2", calling_user_select());
    conn.query_row(&sql, params![org, email.trim()], calling_user).optional().map_err(db_error)
}

/// Every user of the organisation, in a stable order.
pub fn all_users(conn: &Connection, org: i64) -> Result<Vec<CallingUser>> {
    let sql = format!("{} WHERE u.org_id = ?1 ORDER BY u.id", calling_user_select());
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st.query_map([org], calling_user).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

const NOT_PROVISIONED_FILTER: &str = concat!(
    "u.org_id = ?1 AND ",
    calling_state_sql!(),
    " = 'not_provisioned'
    AND (?2 = '' OR u.email LIKE ?3 ESCAPE '\\' OR u.display_name LIKE ?3 ESCAPE '\\'
         OR u.department LIKE ?3 ESCAPE '\\' OR u.work_phone LIKE ?3 ESCAPE '\\')"
);

fn like(filter: &str) -> String {
    format!("%{}%", filter.replace('\\', "\\\\").replace('%', "\\%").replace('_', "\\_"))
}

/// AL04: the users who did not get Webex Calling, by name.
pub fn not_provisioned(
    conn: &Connection,
    org: i64,
    filter: &str,
    offset: usize,
    limit: usize,
) -> Result<Vec<CallingUser>> {
    calling_users(conn, NOT_PROVISIONED_FILTER, org, filter, offset, limit)
}

pub fn not_provisioned_count(conn: &Connection, org: i64, filter: &str) -> Result<usize> {
    calling_users_count(conn, NOT_PROVISIONED_FILTER, org, filter)
}

/// The users `condition` picks (its parameters: ?1 the organisation, ?2 the filter, ?3 its LIKE
/// pattern), by name, a page of them.
fn calling_users(
    conn: &Connection,
    condition: &str,
    org: i64,
    filter: &str,
    offset: usize,
    limit: usize,
) -> Result<Vec<CallingUser>> {
    let sql = format!(
        "{} WHERE {condition} ORDER BY u.display_name COLLATE NOCASE, u.id LIMIT ?4 OFFSET ?5",
        calling_user_select()
    );
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st
        .query_map(params![org, filter, like(filter), limit as i64, offset as i64], calling_user)
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

/// How many users `condition` picks (see [`calling_users`]).
fn calling_users_count(conn: &Connection, condition: &str, org: i64, filter: &str) -> Result<usize> {
    let sql = format!("SELECT count(*) FROM users u WHERE {condition}");
    conn.query_row(&sql, params![org, filter, like(filter)], |r| r.get::<_, i64>(0))
        .map(|n| n as usize)
        .map_err(db_error)
}

pub fn insert_user(
    conn: &Connection,
    org: i64,
    email: &str,
    name: &str,
    work_phone: Option<&str>,
    department: Option<&str>,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO users (org_id, email, display_name, work_phone, department, created_at, changed_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
    )
    .and_then(|mut st| st.execute(params![org, email, name, work_phone, department, ts(now)]))
    .map_err(db_error)?;
    Ok(conn.last_insert_rowid())
}

/// Records what the directory says about a user; true when something changed.
pub fn update_directory_fields(
    conn: &Connection,
    user: i64,
    name: &str,
    work_phone: Option<&str>,
    department: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    conn.prepare_cached(
        "UPDATE users SET display_name = ?2, work_phone = ?3, department = ?4, changed_at = ?5
         WHERE id = ?1 AND (display_name IS NOT ?2 OR work_phone IS NOT ?3 OR department IS NOT ?4)",
    )
    .and_then(|mut st| st.execute(params![user, name, work_phone, department, ts(now)]))
    .map(|n| n > 0)
    .map_err(db_error)
}

/// Sets the Webex Calling status and reason; true when they changed.
pub fn set_calling_status(
    conn: &Connection,
    user: i64,
    status: &str,
    reason: Option<&str>,
    now: DateTime<Utc>,
) -> Result<bool> {
    conn.prepare_cached(
        "UPDATE users SET calling_status = ?2, calling_reason = ?3, changed_at = ?4
         WHERE id = ?1 AND (calling_status IS NOT ?2 OR calling_reason IS NOT ?3)",
    )
    .and_then(|mut st| st.execute(params![user, status, reason, ts(now)]))
    .map(|n| n > 0)
    .map_err(db_error)
}

/// A number of the organisation's inventory with its owner.
pub fn inventory_number(conn: &Connection, org: i64, e164: &str) -> Result<Option<InventoryNumber>> {
    conn.prepare_cached(
        "SELECT n.id, n.location_id, l.name, n.kind, n.owner_user_id, u.email, n.owner_service
         FROM numbers n JOIN locations l ON l.id = n.location_id LEFT JOIN users u ON u.id = n.owner_user_id
         WHERE n.org_id = ?1 AND n.e164 = ?2",
    )
    .and_then(|mut st| {
        st.query_row(params![org, e164], |r| {
            let user: Option<i64> = r.get(4)?;
            let email: Option<String> = r.get(5)?;
            let service: Option<String> = r.get(6)?;
            let owner = match (user, service) {
                (Some(id), _) => Owner::User { id, email: email.unwrap_or_default() },
                (None, Some(s)) => Owner::Service(s),
                (None, None) => Owner::Nobody,
            };
            Ok(InventoryNumber { id: r.get(0)?, location_id: r.get(1)?, location: r.get(2)?, kind: r.get(3)?, owner })
        })
        .optional()
    })
    .map_err(db_error)
}

pub fn location_by_name(conn: &Connection, org: i64, name: &str) -> Result<Option<(i64, String)>> {
    conn.query_row(
        "SELECT id, name FROM locations WHERE org_id = ?1 AND name = ?2 COLLATE NOCASE",
        params![org, name.trim()],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map_err(db_error)
}

/// Who else in the location already has this extension.
pub fn extension_holder(conn: &Connection, location: i64, ext: &str, except: i64) -> Result<Option<String>> {
    conn.query_row(
        "SELECT email FROM users WHERE location_id = ?1 AND extension = ?2 AND id <> ?3 LIMIT 1",
        params![location, ext, except],
        |r| r.get(0),
    )
    .optional()
    .map_err(db_error)
}

/// Gives a user Webex Calling Professional at a location, with the number as the ACTIVE primary
/// number and/or the extension. Voicemail starts on, as Webex Calling sets it up.
pub fn provision(
    conn: &Connection,
    user: i64,
    location: i64,
    number: Option<i64>,
    extension: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE users SET location_id = ?2, extension = coalesce(?3, extension), calling_status = 'provisioned',
            calling_reason = NULL, voicemail = 1, changed_at = ?4 WHERE id = ?1",
    )
    .and_then(|mut st| st.execute(params![user, location, extension, ts(now)]))
    .map_err(db_error)?;
    add_licences(conn, user, &[licence::CALLING_PROFESSIONAL])?;
    if let Some(number) = number {
        // A user has one primary number: an older one stays theirs, as a secondary number.
        conn.prepare_cached(
            "UPDATE numbers SET is_primary = 0 WHERE owner_user_id = ?1 AND is_primary = 1 AND id <> ?2",
        )
        .and_then(|mut st| st.execute(params![user, number]))
        .map_err(db_error)?;
        super::queries::assign_primary(conn, number, user)?;
    }
    Ok(())
}

/// Adds licences the user does not hold yet; returns how many were added.
pub fn add_licences(conn: &Connection, user: i64, licences: &[&str]) -> Result<usize> {
    let mut added = 0;
    let mut st = conn
        .prepare_cached("INSERT OR IGNORE INTO user_licences (user_id, licence) VALUES (?1, ?2)")
        .map_err(db_error)?;
    for l in licences {
        added += st.execute(params![user, l]).map_err(db_error)?;
    }
    Ok(added)
}

/// What removing Webex Calling from a user would delete.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct CallingData {
    pub numbers: usize,
    pub devices: usize,
    pub voicemail: usize,
    pub calling_services: usize,
}

impl std::ops::AddAssign for CallingData {
    fn add_assign(&mut self, d: CallingData) {
        self.numbers += d.numbers;
        self.devices += d.devices;
        self.voicemail += d.voicemail;
        self.calling_services += d.calling_services;
    }
}

pub fn calling_data(conn: &Connection, user: i64) -> Result<CallingData> {
    conn.prepare_cached(
        "SELECT (SELECT count(*) FROM numbers WHERE owner_user_id = ?1),
                (SELECT count(*) FROM devices WHERE user_id = ?1),
                voicemail <> 0, calling_services <> ''
         FROM users WHERE id = ?1",
    )
    .and_then(|mut st| {
        st.query_row([user], |r| {
            Ok(CallingData {
                numbers: r.get::<_, i64>(0)? as usize,
                devices: r.get::<_, i64>(1)? as usize,
                voicemail: r.get::<_, bool>(2)? as usize,
                calling_services: r.get::<_, bool>(3)? as usize,
            })
        })
    })
    .map_err(db_error)
}

/// AL06: removes Webex Calling for good: numbers back to the unassigned pool, the Webex Go
/// device (which needs Calling) deleted with its codes, voicemail off, calling services and
/// extension cleared, the Calling licences removed.
pub fn remove_calling(conn: &Connection, user: i64, now: DateTime<Utc>) -> Result<CallingData> {
    let data = calling_data(conn, user)?;
    conn.prepare_cached("DELETE FROM devices WHERE user_id = ?1")
        .and_then(|mut st| st.execute([user]))
        .map_err(db_error)?;
    conn.prepare_cached(
        "UPDATE numbers SET owner_user_id = NULL, owner_service = NULL, is_primary = 0, state = 'INACTIVE'
         WHERE owner_user_id = ?1",
    )
    .and_then(|mut st| st.execute([user]))
    .map_err(db_error)?;
    conn.prepare_cached("DELETE FROM user_licences WHERE user_id = ?1 AND licence IN (?2, ?3)")
        .and_then(|mut st| st.execute(params![user, licence::CALLING_PROFESSIONAL, licence::CALLING_BASIC]))
        .map_err(db_error)?;
    conn.prepare_cached(
        "UPDATE users SET voicemail = 0, calling_services = '', extension = NULL, calling_status = 'none',
            calling_reason = NULL, changed_at = ?2 WHERE id = ?1",
    )
    .and_then(|mut st| st.execute(params![user, ts(now)]))
    .map_err(db_error)?;
    Ok(data)
}

/// One row of the user list export (`user.csv`).
#[derive(Debug, Clone, PartialEq)]
pub struct ExportRow {
    pub email: String,
    pub display_name: String,
    pub department: Option<String>,
    pub location: Option<String>,
    pub extension: Option<String>,
    pub work_phone: Option<String>,
    pub primary_number: Option<String>,
    pub licences: Vec<String>,
    pub calling_status: String,
    pub calling_reason: Option<String>,
}

/// Streams the users, by name, to `each` (an export of a large organisation stays small in memory).
pub fn export_rows(conn: &Connection, org: i64, mut each: impl FnMut(ExportRow) -> Result<()>) -> Result<()> {
    let mut st = conn
        .prepare(concat!(
            "SELECT u.email, u.display_name, u.department, l.name, u.extension, u.work_phone,
                (SELECT e164 FROM numbers n WHERE n.owner_user_id = u.id AND n.is_primary = 1),
                (SELECT group_concat(licence, ',') FROM user_licences ul WHERE ul.user_id = u.id), ",
            calling_state_sql!(),
            ", u.calling_reason
             FROM users u LEFT JOIN locations l ON l.id = u.location_id
             WHERE u.org_id = ?1 ORDER BY u.display_name COLLATE NOCASE, u.id"
        ))
        .map_err(db_error)?;
    let mut rows = st.query([org]).map_err(db_error)?;
    while let Some(r) = rows.next().map_err(db_error)? {
        let licences: Option<String> = r.get(7).map_err(db_error)?;
        let row = (|| -> rusqlite::Result<ExportRow> {
            Ok(ExportRow {
                email: r.get(0)?,
                display_name: r.get(1)?,
                department: r.get(2)?,
                location: r.get(3)?,
                extension: r.get(4)?,
                work_phone: r.get(5)?,
                primary_number: r.get(6)?,
                licences: licences
                    .unwrap_or_default()
                    .split(',')
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect(),
                calling_status: r.get(8)?,
                calling_reason: r.get(9)?,
            })
        })()
        .map_err(db_error)?;
        each(row)?;
    }
    Ok(())
}

/// How many users of the organisation other than `user` have one of `phones` as their work
/// number, written exactly so.
pub fn others_with_work_phone(conn: &Connection, org: i64, user: i64, phones: &[&str]) -> Result<usize> {
    let list = serde_json::to_string(phones).unwrap_or_else(|_| "[]".into());
    conn.query_row(
        "SELECT count(*) FROM users WHERE org_id = ?1 AND id <> ?2
           AND work_phone IN (SELECT value FROM json_each(?3))",
        params![org, user, list],
        |r| r.get::<_, i64>(0),
    )
    .map(|n| n as usize)
    .map_err(db_error)
}

const WITHOUT_CALLING_FILTER: &str = "u.org_id = ?1 AND NOT EXISTS (SELECT 1 FROM user_licences ul
        WHERE ul.user_id = u.id AND ul.licence IN ('calling_professional', 'calling_basic'))
    AND (?2 = '' OR u.email LIKE ?3 ESCAPE '\\' OR u.display_name LIKE ?3 ESCAPE '\\'
         OR u.department LIKE ?3 ESCAPE '\\' OR u.work_phone LIKE ?3 ESCAPE '\\')";

/// The users who hold no Webex Calling licence, whatever a template says (a real
/// organisation: what Webex lists), by name.
pub fn without_calling(
    conn: &Connection,
    org: i64,
    filter: &str,
    offset: usize,
    limit: usize,
) -> Result<Vec<CallingUser>> {
    calling_users(conn, WITHOUT_CALLING_FILTER, org, filter, offset, limit)
}

pub fn without_calling_count(conn: &Connection, org: i64, filter: &str) -> Result<usize> {
    calling_users_count(conn, WITHOUT_CALLING_FILTER, org, filter)
}
