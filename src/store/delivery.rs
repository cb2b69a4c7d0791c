//! Queries for getting codes to people: the bulk import's lookups and call records (WG13, WG15).
//!
//! The bulk import checks every row of a file that may hold tens of thousands of rows, so its
//! lookups are prepared once and run per row, and nothing here re-reads a whole table per row.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{params, CachedStatement, Connection, OptionalExtension, ToSql};
use serde::Serialize;

use super::db_error;
use super::model::*;
use super::queries::{parse_ts, ts};
use crate::domain::{DeviceKind, DeviceStatus, Error, Result};

/// Sets the connection's page cache (in MiB) and maps the file into memory, returning the
/// previous cache setting, for work that touches many pages at once (a bulk import): fewer
/// reads and copies from the file. Statement journals (the copies of changed pages a statement
/// of many rows keeps, to undo itself should it fail half-way) stay in memory rather than in a
/// temporary file. `restore_cache` undoes all three, so a console that imported does not keep
/// the memory.
pub fn set_cache_mib(conn: &Connection, mib: i64) -> Result<i64> {
    let before: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0)).map_err(db_error)?;
    conn.execute_batch(&format!("{WRITE_MANY_SETTINGS} PRAGMA cache_size = {};", -mib * 1024)).map_err(db_error)?;
    Ok(before)
}

/// The settings of [`set_cache_mib`] but the cache size (`wxgo bench` gives its floor the same).
pub const WRITE_MANY_SETTINGS: &str = "PRAGMA mmap_size = 268435456; PRAGMA temp_store = MEMORY;";

pub fn restore_cache(conn: &Connection, setting: i64) {
    let _ = conn.pragma_update(None, "cache_size", setting);
    let _ = conn.pragma_update(None, "mmap_size", 0i64);
    let _ = conn.pragma_update(None, "temp_store", "DEFAULT");
}

/// What an import reads of each user its file names, for its checks and its report: the user
/// list's columns (`USER_SELECT`) less the Webex Calling state, work number and reason, which
/// no check of an import looks at and which cost as much to work out as the rest together.
/// `?1` is a JSON array of the users' ids, in ascending order: then the users, their numbers
/// and devices are each read in the order of their indexes, a page after the next, rather than
/// all over the file (which took three times as long). Of the licences, only whether the user
/// has Calling Professional, which is all a valid row's checks look at (one probe of the
/// licences' key); the licences of a user without it are read by [`IMPORT_USER_LICENCES`],
/// for the refusal's words (a correlated `group_concat` per user cost more than the rest of
/// the row, and reading every user's licences a third of it).
const IMPORT_USER_SELECT: &str = "SELECT u.id, u.email, u.display_name, l.name, l.country,
    n.e164, u.extension, d.id, d.status,
    EXISTS (SELECT 1 FROM user_licences p WHERE p.user_id = u.id AND p.licence = 'calling_professional')
  FROM json_each(?1) e CROSS JOIN users u ON u.id = e.value
  LEFT JOIN locations l ON l.id = u.location_id
  LEFT JOIN numbers n ON n.owner_user_id = u.id AND n.is_primary = 1
  LEFT JOIN devices d ON d.user_id = u.id";

/// The licences of the users whose ids are `?1` (a JSON array, ascending), in the order of the
/// licences' primary key: by user, each user's in name order.
const IMPORT_USER_LICENCES: &str =
    "SELECT ul.user_id, ul.licence FROM json_each(?1) e CROSS JOIN user_licences ul ON ul.user_id = e.value";

/// The ids of the users with these emails (`?2`, a JSON array, best sorted: the index is read
/// in its own order) in organisation `?1`.
const IMPORT_USER_IDS: &str =
    "SELECT u.id FROM json_each(?2) e CROSS JOIN users u ON u.org_id = ?1 AND u.email = e.value";

fn import_user_from_row(r: &rusqlite::Row) -> rusqlite::Result<UserRow> {
    let device: Option<i64> = r.get(7)?;
    let status: Option<String> = r.get(8)?;
    let professional: bool = r.get(9)?;
    Ok(UserRow {
        id: r.get(0)?,
        email: r.get(1)?,
        display_name: r.get(2)?,
        location: r.get(3)?,
        location_country: r.get(4)?,
        // The others are read only for a user without it (`read_users`).
        licences: if professional {
            vec![crate::domain::licence::CALLING_PROFESSIONAL.to_string()]
        } else {
            Vec::new()
        },
        primary_number: r.get(5)?,
        extension: r.get(6)?,
        work_phone: None,
        calling_status: String::new(),
        calling_reason: None,
        device_id: device.map(device_ref),
        device_status: status.and_then(|s| DeviceStatus::parse(&s).ok()),
    })
}

/// Files naming at least this many users have them read by two connections at once.
const READ_BESIDE_FROM: usize = 2000;

/// The users with these emails (lowercase, sorted, each once) in organisation `org`, as
/// [`read_users`] reads them, in id order.
///
/// A long list is read by two connections at once: a second, read-only connection to the same
/// file on another thread looks up the upper half of the emails while `conn` looks up the
/// lower, and then reads the upper half of the users by id while `conn` reads the lower. The
/// caller holds the write lock and has written nothing yet, so both see the same state. In
/// memory, or when the second connection cannot be opened, all is read by `conn`.
fn read_users_by_email(conn: &Connection, org: i64, emails: &[String]) -> Result<Vec<UserRow>> {
    let path = conn.path().filter(|p| !p.is_empty() && emails.len() >= READ_BESIDE_FROM);
    let Some(path) = path else {
        return read_users(conn, &user_ids(conn, org, emails)?);
    };
    let (lower, upper) = emails.split_at(emails.len() / 2);
    let (to_beside, ids_given) = std::sync::mpsc::channel::<Vec<i64>>();
    let (ids_found, from_beside) = std::sync::mpsc::channel::<Result<Vec<i64>>>();
    // `move`: should `conn` fail half-way, the sender is dropped and the thread ends too.
    std::thread::scope(move |s| {
        let beside = s.spawn(move || -> Result<Vec<UserRow>> {
            let second = match reader_at(path) {
                Ok(c) => c,
                Err(e) => {
                    let _ = ids_found.send(Err(e.clone()));
                    return Err(e);
                }
            };
            let _ = ids_found.send(user_ids(&second, org, upper));
            // The upper half of the ids, once `conn` has them all (none: `conn` reads them).
            match ids_given.recv() {
                Ok(ids) => read_users(&second, &ids),
                Err(_) => Ok(Vec::new()),
            }
        });
        let mut ids = user_ids(conn, org, lower)?;
        // A second connection may be refused where one is allowed: `conn` reads all then.
        let helped = match from_beside.recv() {
            Ok(Ok(more)) => {
                ids.extend(more);
                true
            }
            _ => {
                ids.extend(user_ids(conn, org, upper)?);
                false
            }
        };
        ids.sort_unstable();
        ids.dedup();
        if !helped {
            return read_users(conn, &ids);
        }
        let (lower, upper) = ids.split_at(ids.len() / 2);
        let _ = to_beside.send(upper.to_vec());
        let mut users = read_users(conn, lower)?;
        match beside.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)) {
            Ok(more) => users.extend(more),
            Err(_) => users.extend(read_users(conn, upper)?),
        }
        Ok(users)
    })
}

/// Emails as the lookups match them (`email_key`), in index order, each once.
fn keys<'a>(emails: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut wanted: Vec<String> = emails.into_iter().map(|e| email_key(e.trim())).filter(|e| !e.is_empty()).collect();
    wanted.sort_unstable();
    wanted.dedup();
    wanted
}

/// The users with these emails (as written: matched without regard to case) in organisation
/// `org`, read by `conn` alone, in id order; each once.
pub fn read_users_named<'a>(
    conn: &Connection,
    org: i64,
    emails: impl IntoIterator<Item = &'a str>,
) -> Result<Vec<UserRow>> {
    let wanted = keys(emails);
    if wanted.is_empty() {
        return Ok(Vec::new());
    }
    read_users(conn, &user_ids(conn, org, &wanted)?)
}

/// A second, read-only connection to the file `conn` has open, for reading beside it on
/// another thread (`None` in memory, or when it cannot be opened). While `conn` holds the
/// write lock and has not committed, it sees the state before anything `conn` wrote.
pub fn reader_beside(conn: &Connection) -> Option<Connection> {
    reader_at(conn.path().filter(|p| !p.is_empty())?).ok()
}

fn reader_at(path: &str) -> Result<Connection> {
    let c = super::connect(std::path::Path::new(path), true)?;
    c.execute_batch(&format!("{WRITE_MANY_SETTINGS} PRAGMA cache_size = -16384;")).map_err(db_error)?;
    Ok(c)
}

/// The ids of the users with these emails (lowercase, sorted) in organisation `org`, ascending.
fn user_ids(conn: &Connection, org: i64, emails: &[String]) -> Result<Vec<i64>> {
    let list = serde_json::to_string(emails).unwrap_or_else(|_| "[]".into());
    let mut ids: Vec<i64> = conn
        .prepare_cached(IMPORT_USER_IDS)
        .and_then(|mut st| st.query_map(params![org, list], |r| r.get(0))?.collect())
        .map_err(db_error)?;
    ids.sort_unstable();
    ids.dedup();
    Ok(ids)
}

/// The users with these ids (ascending), read by `conn`: Calling Professional for a user who
/// has it, every licence of a user who has not (see [`IMPORT_USER_SELECT`]).
fn read_users(conn: &Connection, ids: &[i64]) -> Result<Vec<UserRow>> {
    let list = serde_json::to_string(ids).unwrap_or_else(|_| "[]".into());
    let mut users: Vec<UserRow> = conn
        .prepare_cached(IMPORT_USER_SELECT)
        .and_then(|mut st| st.query_map([&list], import_user_from_row)?.collect())
        .map_err(db_error)?;
    users.sort_unstable_by_key(|u| u.id); // read in this order already
    let without: Vec<i64> = users.iter().filter(|u| u.licences.is_empty()).map(|u| u.id).collect();
    if without.is_empty() {
        return Ok(users);
    }
    let list = serde_json::to_string(&without).unwrap_or_else(|_| "[]".into());
    let mut st = conn.prepare_cached(IMPORT_USER_LICENCES).map_err(db_error)?;
    let mut rows = st.query([&list]).map_err(db_error)?;
    while let Some(r) = rows.next().map_err(db_error)? {
        let user: i64 = r.get(0).map_err(db_error)?;
        if let Ok(at) = users.binary_search_by_key(&user, |u| u.id) {
            users[at].licences.push(r.get(1).map_err(db_error)?);
        }
    }
    for u in &mut users {
        if !u.licences.is_sorted() {
            u.licences.sort_unstable();
        }
    }
    Ok(users)
}

/// An email as the lookups match it: lowercase (an ASCII address, most are, without the
/// Unicode tables).
pub fn email_key(email: &str) -> String {
    if email.is_ascii() {
        email.to_ascii_lowercase()
    } else {
        email.to_lowercase()
    }
}

/// Looks users up by email for a whole file: every user the file names is read in one query,
/// and any other lookup falls back to a single read. The users read for the whole file leave
/// `work_phone`, `calling_status` and `calling_reason` empty, and of a user with Calling
/// Professional list only that licence (see `IMPORT_USER_SELECT`); each is handed out once (a
/// user named twice is read again the second time).
pub struct UserLookup<'c> {
    conn: &'c Connection,
    org: i64,
    known: hashbrown::HashMap<String, UserRow>,
}

impl<'c> UserLookup<'c> {
    pub fn new(conn: &'c Connection, org: i64) -> Result<Self> {
        Ok(UserLookup { conn, org, known: hashbrown::HashMap::new() })
    }

    /// Reads all these users at once (emails match case-insensitively, as everywhere).
    pub fn preload<'a>(&mut self, emails: impl IntoIterator<Item = &'a str>) -> Result<()> {
        let wanted = keys(emails);
        if wanted.is_empty() {
            return Ok(());
        }
        let users = read_users_by_email(self.conn, self.org, &wanted)?;
        self.add(users);
        Ok(())
    }

    /// Users read by [`read_users_named`] on another connection that sees the same state.
    pub fn add(&mut self, users: Vec<UserRow>) {
        self.known.reserve(users.len());
        for user in users {
            self.known.insert(email_key(&user.email), user);
        }
    }

    /// The user with this email; a user read by `preload` is handed out once.
    pub fn take(&mut self, email: &str) -> Result<Option<UserRow>> {
        let key = email_key(email.trim());
        if let Some(u) = self.known.remove(&key) {
            return Ok(Some(u));
        }
        super::queries::user_by_email(self.conn, self.org, email)
    }
}

// ---------------------------------------------------------------- the bulk import's writes (WG13)

/// Rows the bulk import writes with one statement. A statement per row costs SQLite more in
/// setting the statement up (its cursors, the FOREIGN KEY lookups' cursors, the temporary
/// table of each `CHECK (x IN (...))`) than in writing the row. A statement of many rows keeps
/// a copy of each page it changes until it ends (its statement journal, see
/// `set_cache_mib`), so the rows of one statement are best neighbours in the indexes.
pub const BATCH: usize = 250;

/// `head` followed by `rows` tuples, `tuple(n)` writing the tuple whose own parameters start
/// at `?n` (the first `fixed` parameters are shared by every row).
pub(crate) fn batch_sql(
    head: &str,
    rows: usize,
    fixed: usize,
    per_row: usize,
    tuple: impl Fn(usize) -> String,
) -> String {
    let tuples: Vec<String> = (0..rows).map(|i| tuple(fixed + 1 + i * per_row)).collect();
    format!("{head} VALUES {}", tuples.join(", "))
}

/// Adds a device for each `(user, subscription)` in one statement, in order, as
/// [`super::queries::insert_device`] adds one (no number of its own: the device uses the user's
/// primary number). Returns the new ids in the same order.
pub fn insert_devices(
    conn: &Connection,
    org: i64,
    kind: DeviceKind,
    status: DeviceStatus,
    now: DateTime<Utc>,
    rows: &[(i64, &str)],
) -> Result<Vec<i64>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let sql = batch_sql(
        "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, number_id, created_at, changed_at)",
        rows.len(),
        4,
        2,
        |n| format!("(?1, ?{n}, ?{}, ?2, ?3, NULL, ?4, ?4)", n + 1),
    );
    let (now, kind, status) = (ts(now), kind.as_str(), status.as_str());
    let mut params: Vec<&dyn ToSql> = Vec::with_capacity(4 + 2 * rows.len());
    params.extend([&org as &dyn ToSql, &kind, &status, &now]);
    for (user, subscription) in rows {
        params.extend([user as &dyn ToSql, subscription]);
    }
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let added = st.execute(params.as_slice()).map_err(db_error)?;
    // One statement holding the write lock gives its rows consecutive ids in the order of its
    // VALUES (AUTOINCREMENT: each one past the largest ever given).
    let last = conn.last_insert_rowid();
    if added != rows.len() {
        return Err(Error::database(crate::said!("db-devices-short", added = added, total = rows.len())));
    }
    let first = last - rows.len() as i64 + 1;
    Ok((first..=last).collect())
}

/// Adds a valid code (its hash) for each `(device, hash)` in one statement, as
/// [`super::queries::insert_code_if_new`] adds one. Returns the positions of the rows whose hash
/// another code already has: nothing was added for those (the caller issues them another).
pub fn insert_codes(
    conn: &Connection,
    rows: &[(i64, &str)],
    issued: DateTime<Utc>,
    expires: DateTime<Utc>,
) -> Result<Vec<usize>> {
    if rows.is_empty() {
        return Ok(Vec::new());
    }
    let sql = batch_sql(
        "INSERT INTO activation_codes (device_id, code_hash, state, issued_at, expires_at)",
        rows.len(),
        2,
        2,
        |n| format!("(?{n}, ?{}, 'valid', ?1, ?2)", n + 1),
    );
    let sql = format!("{sql} ON CONFLICT (code_hash) DO NOTHING");
    let (issued, expires) = (ts(issued), ts(expires));
    let mut params: Vec<&dyn ToSql> = Vec::with_capacity(2 + 2 * rows.len());
    params.extend([&issued as &dyn ToSql, &expires]);
    for (device, hash) in rows {
        params.extend([device as &dyn ToSql, hash]);
    }
    let added = conn.prepare_cached(&sql).and_then(|mut st| st.execute(params.as_slice())).map_err(db_error)?;
    if added == rows.len() {
        return Ok(Vec::new());
    }
    // A hash taken already (by an earlier code, or twice in these rows): find which rows.
    let mut st = conn
        .prepare_cached("SELECT 1 FROM activation_codes WHERE device_id = ?1 AND code_hash = ?2")
        .map_err(db_error)?;
    let mut missing = Vec::new();
    for (i, (device, hash)) in rows.iter().enumerate() {
        if !st.exists(params![device, hash]).map_err(db_error)? {
            missing.push(i);
        }
    }
    Ok(missing)
}

/// What audit entries written together share.
pub struct AuditHead<'a> {
    pub at: DateTime<Utc>,
    pub org: i64,
    pub actor: &'a str,
    pub ssh_client: Option<&'a str>,
    pub action: &'a str,
    pub outcome: &'a str,
}

/// Adds an audit entry for each `(object, details)` in one statement, as
/// [`super::queries::insert_audit`] adds one.
pub fn insert_audits(conn: &Connection, head: &AuditHead, rows: &[(String, String)]) -> Result<()> {
    if rows.is_empty() {
        return Ok(());
    }
    let sql = batch_sql(
        "INSERT INTO audit (at, org_id, actor, ssh_client, action, object, outcome, details)",
        rows.len(),
        6,
        2,
        |n| format!("(?1, ?2, ?3, ?4, ?5, ?{n}, ?6, ?{})", n + 1),
    );
    let at = ts(head.at);
    let mut params: Vec<&dyn ToSql> = Vec::with_capacity(6 + 2 * rows.len());
    params.extend([&at as &dyn ToSql, &head.org, &head.actor, &head.ssh_client, &head.action, &head.outcome]);
    for (object, details) in rows {
        params.extend([object as &dyn ToSql, details]);
    }
    conn.prepare_cached(&sql).and_then(|mut st| st.execute(params.as_slice())).map_err(db_error)?;
    Ok(())
}

// ---------------------------------------------------------------- call records (WG15)

/// One call as stored, with the user it was linked to.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CallRow {
    pub start_time: DateTime<Utc>,
    pub direction: String,
    pub calling_number: Option<String>,
    pub called_number: Option<String>,
    pub duration_s: i64,
    pub user_email: Option<String>,
    pub user_name: Option<String>,
    pub sub_client_type: Option<String>,
    /// WG15: a Webex Go call (sub client type `MOBILE_NETWORK`).
    pub webex_go: bool,
    pub correlation_id: Option<String>,
}

/// A call record to insert; `user` is the linked user's row id, if the email matched one.
pub struct NewCall<'a> {
    pub user: Option<i64>,
    pub start_time: DateTime<Utc>,
    pub direction: &'a str,
    pub calling_number: Option<&'a str>,
    pub called_number: Option<&'a str>,
    pub duration_s: i64,
    pub sub_client_type: Option<&'a str>,
    pub correlation_id: Option<&'a str>,
}

/// Inserts call records and resolves users, each with one prepared statement.
pub struct CallWriter<'c> {
    org: i64,
    insert: CachedStatement<'c>,
    user: CachedStatement<'c>,
}

impl<'c> CallWriter<'c> {
    pub fn new(conn: &'c Connection, org: i64) -> Result<Self> {
        Ok(CallWriter {
            org,
            insert: conn
                .prepare_cached(
                    "INSERT INTO call_records (org_id, user_id, start_time, direction, calling_number,
                        called_number, duration_s, sub_client_type, correlation_id)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                )
                .map_err(db_error)?,
            user: conn.prepare_cached("SELECT id FROM users WHERE org_id = ?1 AND email = ?2").map_err(db_error)?,
        })
    }

    pub fn user_id(&mut self, email: &str) -> Result<Option<i64>> {
        self.user.query_row(params![self.org, email.trim()], |r| r.get(0)).optional().map_err(db_error)
    }

    pub fn insert(&mut self, c: &NewCall) -> Result<()> {
        self.insert
            .execute(params![
                self.org,
                c.user,
                ts(c.start_time),
                c.direction,
                c.calling_number,
                c.called_number,
                c.duration_s,
                c.sub_client_type,
                c.correlation_id
            ])
            .map_err(db_error)?;
        Ok(())
    }
}

/// What makes a call record the same call in a second import of the same report.
pub fn call_key(
    start_time: &str,
    direction: &str,
    correlation_id: Option<&str>,
    calling: Option<&str>,
    called: Option<&str>,
) -> String {
    format!(
        "{start_time}|{}|{}|{}|{}",
        direction.to_ascii_uppercase(),
        correlation_id.unwrap_or(""),
        calling.unwrap_or(""),
        called.unwrap_or("")
    )
}

/// The keys of the calls already stored for the organisation: one read per import.
pub fn call_keys(conn: &Connection, org: i64) -> Result<HashSet<String>> {
    let mut st = conn
        .prepare(
            "SELECT start_time, direction, correlation_id, calling_number, called_number
             FROM call_records WHERE org_id = ?1",
        )
        .map_err(db_error)?;
    let rows = st
        .query_map([org], |r| {
            let start: String = r.get(0)?;
            let direction: String = r.get(1)?;
            let corr: Option<String> = r.get(2)?;
            let calling: Option<String> = r.get(3)?;
            let called: Option<String> = r.get(4)?;
            Ok(call_key(&start, &direction, corr.as_deref(), calling.as_deref(), called.as_deref()))
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<HashSet<_>>>().map_err(db_error)
}

/// Newest first; `user` narrows to one user's calls, `webex_go` to sub client type
/// `MOBILE_NETWORK` (WG15).
pub fn calls(conn: &Connection, org: i64, user: Option<i64>, webex_go: bool, limit: usize) -> Result<Vec<CallRow>> {
    let mut st = conn
        .prepare_cached(
            "SELECT c.start_time, c.direction, c.calling_number, c.called_number, c.duration_s,
                u.email, u.display_name, c.sub_client_type, c.correlation_id
             FROM call_records c LEFT JOIN users u ON u.id = c.user_id
             WHERE c.org_id = ?1 AND (?2 IS NULL OR c.user_id = ?2)
               AND (?3 = 0 OR upper(c.sub_client_type) = 'MOBILE_NETWORK')
             ORDER BY c.start_time DESC, c.id DESC LIMIT ?4",
        )
        .map_err(db_error)?;
    let rows = st
        .query_map(params![org, user, webex_go, limit as i64], |r| {
            let sub: Option<String> = r.get(7)?;
            Ok(CallRow {
                start_time: parse_ts(&r.get::<_, String>(0)?),
                direction: r.get(1)?,
                calling_number: r.get(2)?,
                called_number: r.get(3)?,
                duration_s: r.get(4)?,
                user_email: r.get(5)?,
                user_name: r.get(6)?,
                webex_go: sub.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("MOBILE_NETWORK")),
                sub_client_type: sub,
                correlation_id: r.get(8)?,
            })
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

#[cfg(test)]
mod tests {
    use super::email_key;

    #[test]
    fn an_email_is_matched_in_lowercase_whether_or_not_it_is_ascii() {
        assert_eq!(email_key("Anna.Berg@Acme.EXAMPLE"), "anna.berg@acme.example");
        assert_eq!(email_key("ÜMIT.Şahin@Acme.Example"), "ümit.şahin@acme.example");
        assert_eq!(email_key("ÜMIT@X"), "ÜMIT@X".to_lowercase());
    }
}
