//! The floor `wxgo bench` measures the bulk import against: what an import of some devices
//! must write, with none of its work around it (the device, code and audit rows as three
//! set-based statements in one transaction), and the consistent copies it runs on.

use std::path::Path;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::queries::ts;
use crate::domain::{Error, Result};

fn db_error(e: rusqlite::Error) -> Error {
    Error::Database(format!("benchmark: {e}"))
}

/// A consistent, checkpointed copy of the database at `from`, written to `to`.
pub fn copy_database(from: &Path, to: &Path) -> Result<()> {
    let src = Connection::open(from).map_err(db_error)?;
    src.execute_batch(&format!("VACUUM INTO '{}'", to.display().to_string().replace('\'', "''"))).map_err(db_error)
}

/// Adds a BYOD device with a valid code for each of `emails` under `subscription`, audited,
/// in one transaction on `db` with wxgo's settings: how long the writes took.
pub fn bare_device_import(db: &Path, subscription: &str, emails: &[&str], now: DateTime<Utc>) -> Result<Duration> {
    let conn = Connection::open(db).map_err(db_error)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
         PRAGMA cache_size = -65536; PRAGMA mmap_size = 268435456;",
    )
    .map_err(db_error)?;
    let emails = serde_json::to_string(emails).map_err(|e| Error::Invalid(format!("benchmark: {e}")))?;
    let now = ts(now);
    let t = Instant::now();
    conn.execute_batch("BEGIN IMMEDIATE").map_err(db_error)?;
    let before: i64 = conn.query_row("SELECT coalesce(max(id), 0) FROM devices", [], |r| r.get(0)).map_err(db_error)?;
    conn.execute(
        "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, created_at, changed_at)
         SELECT org_id, id, ?1, 'byod', 'activation_pending', ?2, ?2 FROM users
         WHERE email IN (SELECT value FROM json_each(?3))",
        rusqlite::params![subscription, now, emails],
    )
    .map_err(db_error)?;
    conn.execute(
        "INSERT INTO activation_codes (device_id, code_hash, state, issued_at, expires_at)
         SELECT id, lower(hex(randomblob(32))), 'valid', ?1, ?1 FROM devices WHERE id > ?2",
        rusqlite::params![now, before],
    )
    .map_err(db_error)?;
    conn.execute(
        "INSERT INTO audit (at, org_id, actor, action, object, outcome, details)
         SELECT ?1, org_id, 'bench', 'add Webex Go device', 'device:go-' || id, 'ok', 'bulk import, bare SQL'
         FROM devices WHERE id > ?2",
        rusqlite::params![now, before],
    )
    .map_err(db_error)?;
    conn.execute_batch("COMMIT").map_err(db_error)?;
    Ok(t.elapsed())
}
