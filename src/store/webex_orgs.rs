//! The cache's record of each real organisation it holds: its Webex id and how fresh the copy is.

use rusqlite::{Connection, OptionalExtension};

use super::db_error;
use crate::domain::Result;

/// The organisation's Webex id (a cache's organisation always has one).
pub fn webex_id(conn: &Connection, org: i64) -> Result<String> {
    conn.query_row("SELECT webex_id FROM webex_orgs WHERE org_id = ?1", [org], |r| r.get(0)).map_err(db_error)
}

/// The cached organisation with Webex id `webex_id`, if any.
pub fn by_webex_id(conn: &Connection, webex_id: &str) -> Result<Option<i64>> {
    conn.query_row("SELECT org_id FROM webex_orgs WHERE webex_id = ?1", [webex_id], |r| r.get(0))
        .optional()
        .map_err(db_error)
}

/// When the last complete snapshot was taken, and when a sync started that has not finished.
pub fn sync_times(conn: &Connection, org: i64) -> Result<(Option<String>, Option<String>)> {
    conn.query_row("SELECT synced_at, sync_started_at FROM webex_orgs WHERE org_id = ?1", [org], |r| {
        Ok((r.get(0)?, r.get(1)?))
    })
    .map_err(db_error)
}
