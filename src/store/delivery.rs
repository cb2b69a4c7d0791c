//! Queries for getting codes to people: the bulk import's lookups and call records (WG13, WG15).
//!
//! The bulk import checks every row of a file that may hold tens of thousands of rows, so its
//! lookups are prepared once and run per row, and nothing here re-reads a whole table per row.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{params, CachedStatement, Connection, OptionalExtension};
use serde::Serialize;

use super::db_error;
use super::model::*;
use super::queries::{parse_ts, ts, user_from_row, USER_SELECT};
use crate::domain::Result;

/// Sets the connection's page cache (in MiB) and maps the file into memory, returning the
/// previous cache setting, for work that touches many pages at once (a bulk import): fewer
/// reads and copies from the file. `restore_cache` undoes both, so a console that imported
/// does not keep the memory.
pub fn set_cache_mib(conn: &Connection, mib: i64) -> Result<i64> {
    let before: i64 = conn.query_row("PRAGMA cache_size", [], |r| r.get(0)).map_err(db_error)?;
    conn.pragma_update(None, "cache_size", -mib * 1024).map_err(db_error)?;
    conn.pragma_update(None, "mmap_size", 268_435_456i64).map_err(db_error)?;
    Ok(before)
}

pub fn restore_cache(conn: &Connection, setting: i64) {
    let _ = conn.pragma_update(None, "cache_size", setting);
    let _ = conn.pragma_update(None, "mmap_size", 0i64);
}

/// Looks users up by email for a whole file: every user the file names is read in one query
/// (same columns as the user list), and any other lookup falls back to a single read.
pub struct UserLookup<'c> {
    conn: &'c Connection,
    org: i64,
    known: HashMap<String, UserRow>,
}

impl<'c> UserLookup<'c> {
    pub fn new(conn: &'c Connection, org: i64) -> Result<Self> {
        Ok(UserLookup { conn, org, known: HashMap::new() })
    }

    /// Reads all these users at once (emails match case-insensitively, as everywhere).
    pub fn preload<'a>(&mut self, emails: impl IntoIterator<Item = &'a str>) -> Result<()> {
        let wanted: Vec<String> =
            emails.into_iter().map(|e| e.trim().to_lowercase()).filter(|e| !e.is_empty()).collect();
        if wanted.is_empty() {
            return Ok(());
        }
        let list = serde_json::to_string(&wanted).unwrap_or_else(|_| "[]".into());
        let sql = format!("{USER_SELECT} WHERE u.org_id = ?1 AND u.email IN (SELECT value FROM json_each(?2))");
        let mut st = self.conn.prepare_cached(&sql).map_err(db_error)?;
        let rows = st.query_map(params![self.org, list], user_from_row).map_err(db_error)?;
        for row in rows {
            let user = row.map_err(db_error)?;
            self.known.insert(user.email.to_lowercase(), user);
        }
        Ok(())
    }

    pub fn get(&mut self, email: &str) -> Result<Option<UserRow>> {
        let key = email.trim().to_lowercase();
        if let Some(u) = self.known.get(&key) {
            return Ok(Some(u.clone()));
        }
        super::queries::user_by_email(self.conn, self.org, email)
    }
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
