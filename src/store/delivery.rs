//! Queries for getting codes to people: the bulk import's lookups and call records (WG13, WG15).
//!
//! The bulk import checks every row of a file that may hold tens of thousands of rows, so its
//! lookups are prepared once and run per row, and nothing here re-reads a whole table per row.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use rusqlite::{params, CachedStatement, Connection, OptionalExtension};
use serde::Serialize;

use super::db_error;
use super::model::*;
use super::queries::{parse_ts, ts};
use crate::domain::{DeviceStatus, Result};

/// The same columns as the user list, for one user by email, prepared once for many rows.
const USER_BY_EMAIL: &str = "SELECT u.id, u.email, u.display_name, l.name, l.country,
    (SELECT group_concat(licence, ',') FROM user_licences ul WHERE ul.user_id = u.id),
    (SELECT e164 FROM numbers n WHERE n.owner_user_id = u.id AND n.is_primary = 1),
    u.extension, u.work_phone, u.calling_status, u.calling_reason, d.id, d.status
  FROM users u
  LEFT JOIN locations l ON l.id = u.location_id
  LEFT JOIN devices d ON d.user_id = u.id
  WHERE u.org_id = ?1 AND u.email = ?2";

/// Looks users up by email, one prepared statement for a whole file.
pub struct UserLookup<'c> {
    org: i64,
    st: CachedStatement<'c>,
}

impl<'c> UserLookup<'c> {
    pub fn new(conn: &'c Connection, org: i64) -> Result<Self> {
        Ok(UserLookup { org, st: conn.prepare_cached(USER_BY_EMAIL).map_err(db_error)? })
    }

    pub fn get(&mut self, email: &str) -> Result<Option<UserRow>> {
        self.st
            .query_row(params![self.org, email.trim()], |r| {
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
            })
            .optional()
            .map_err(db_error)
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
