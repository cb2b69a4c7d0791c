//! Failed activation attempts (`phone activate`), for throttling guesses (issue 13.9).

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::db_error;
use super::queries::{parse_ts, ts};
use crate::domain::Result;

/// Failures counted since some time: how many, and the latest.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Failures {
    pub count: i64,
    pub latest: Option<DateTime<Utc>>,
}

fn failures(conn: &Connection, sql: &str, p: impl rusqlite::Params) -> Result<Failures> {
    conn.prepare_cached(sql)
        .and_then(|mut st| {
            st.query_row(p, |r| {
                Ok(Failures { count: r.get(0)?, latest: r.get::<_, Option<String>>(1)?.map(|s| parse_ts(&s)) })
            })
        })
        .map_err(db_error)
}

/// Failures by this source (OS user and SSH client) in the organisation since `since`.
pub fn by_source(conn: &Connection, org: i64, source: &str, since: DateTime<Utc>) -> Result<Failures> {
    failures(
        conn,
        "SELECT count(*), max(at) FROM code_attempts WHERE org_id = ?1 AND source = ?2 AND at > ?3",
        params![org, source, ts(since)],
    )
}

/// Failures with codes of this device since `since`.
pub fn by_device(conn: &Connection, device: i64, since: DateTime<Utc>) -> Result<Failures> {
    failures(
        conn,
        "SELECT count(*), max(at) FROM code_attempts WHERE device_id = ?1 AND at > ?2",
        params![device, ts(since)],
    )
}

/// Records a failed attempt, and forgets those older than `forget_before` (they count no more).
pub fn record(
    conn: &Connection,
    org: i64,
    at: DateTime<Utc>,
    source: &str,
    device: Option<i64>,
    reason: &str,
    forget_before: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached("DELETE FROM code_attempts WHERE org_id = ?1 AND at <= ?2")
        .and_then(|mut st| st.execute(params![org, ts(forget_before)]))
        .map_err(db_error)?;
    conn.prepare_cached(
        "INSERT INTO code_attempts (at, org_id, source, device_id, reason) VALUES (?1, ?2, ?3, ?4, ?5)",
    )
    .and_then(|mut st| st.execute(params![ts(at), org, source, device, reason]))
    .map_err(db_error)?;
    Ok(())
}

/// A code was redeemed: the source's and the device's earlier failures no longer count.
pub fn clear(conn: &Connection, org: i64, source: &str, device: i64) -> Result<()> {
    conn.prepare_cached("DELETE FROM code_attempts WHERE org_id = ?1 AND (source = ?2 OR device_id = ?3)")
        .and_then(|mut st| st.execute(params![org, source, device]))
        .map_err(db_error)?;
    Ok(())
}
