//! The cache's side of the Webex Go device writes that go through the Webex API: a device Webex
//! made (with its Webex id when it was read back), and the id a new code may bring.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::db_error;
use super::queries::ts;
use crate::domain::Result;

/// A user's Webex person id, when the cache has one.
pub fn user_webex_id(conn: &Connection, user: i64) -> Result<Option<String>> {
    Ok(conn
        .query_row("SELECT webex_id FROM users WHERE id = ?1", [user], |r| r.get::<_, Option<String>>(0))
        .optional()
        .map_err(db_error)?
        .flatten())
}

/// What Webex says of a device it made.
pub struct MirroredDevice<'a> {
    pub org: i64,
    pub user: i64,
    /// The organisation's one Webex Go subscription, when it has exactly one.
    pub subscription: Option<&'a str>,
    pub webex_id: Option<&'a str>,
    pub connection_status: Option<&'a str>,
    pub now: DateTime<Utc>,
}

/// A bring-your-own-device row in Activation pending for a device Webex made; returns its id.
pub fn insert_device(tx: &Connection, d: &MirroredDevice) -> Result<i64> {
    tx.execute(
        "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, created_at, changed_at, webex_id,
            connection_status, error_codes)
         VALUES (?1, ?2, ?3, 'byod', 'activation_pending', ?4, ?4, ?5, ?6, '')",
        params![d.org, d.user, d.subscription, ts(d.now), d.webex_id, d.connection_status],
    )
    .map_err(db_error)?;
    Ok(tx.last_insert_rowid())
}

/// The Webex id and status a new code came with: the device is Activation pending again.
pub fn set_activating(
    tx: &Connection,
    device: i64,
    webex_id: &str,
    connection_status: Option<&str>,
    now: DateTime<Utc>,
) -> Result<()> {
    tx.execute(
        "UPDATE devices SET webex_id = ?2, connection_status = ?3, status = 'activation_pending', changed_at = ?4
         WHERE id = ?1",
        params![device, webex_id, connection_status, ts(now)],
    )
    .map_err(db_error)?;
    Ok(())
}

/// A device Webex made whose code was lost (its answer never came): in Activation pending, with
/// Webex's id and no code. Returns its row id.
pub fn insert_without_code(
    tx: &Connection,
    org: i64,
    user: i64,
    subscription: Option<&str>,
    webex_id: &str,
    now: DateTime<Utc>,
) -> Result<i64> {
    tx.execute(
        "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, created_at, changed_at,
            webex_id, connection_status, error_codes)
         VALUES (?1, ?2, ?3, 'byod', 'activation_pending', ?4, ?4, ?5, 'activating', '')",
        params![org, user, subscription, ts(now), webex_id],
    )
    .map_err(db_error)?;
    Ok(tx.last_insert_rowid())
}

/// Gives the devices without a Webex id theirs: `(person's Webex id, device's Webex id,
/// connection status)` for each device Webex listed.
pub fn attach_webex_ids<'a>(
    tx: &Connection,
    org: i64,
    listed: impl IntoIterator<Item = (&'a str, &'a str, Option<String>)>,
) -> Result<()> {
    let mut st = tx
        .prepare_cached(
            "UPDATE devices SET webex_id = ?3, connection_status = ?4
             WHERE org_id = ?1 AND webex_id IS NULL
               AND user_id = (SELECT id FROM users WHERE org_id = ?1 AND webex_id = ?2)",
        )
        .map_err(db_error)?;
    for (person, device, status) in listed {
        st.execute(params![org, person, device, status]).map_err(db_error)?;
    }
    Ok(())
}
