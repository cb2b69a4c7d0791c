//! The floor `wxgo bench` measures the bulk import against: exactly the rows an import wrote,
//! written again as bare set-based SQL into a fresh copy of the organisation, with none of the
//! import's work around them (no reading of what the file names beyond finding its users, no
//! checks, no code generation), and the consistent copies both run on.

use std::path::Path;
use std::time::{Duration, Instant};

use rusqlite::Connection;

use crate::domain::{Error, Result};

fn db_error(e: rusqlite::Error) -> Error {
    Error::database(crate::said!("bench-error", error = e.to_string()))
}

/// wxgo's own settings for a writer (`store::open`), and what the bulk import sets for its
/// duration (`store::delivery::set_cache_mib` with 64 MiB).
fn settings() -> String {
    format!(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;
         PRAGMA cache_size = -65536; {}",
        super::delivery::WRITE_MANY_SETTINGS
    )
}

/// A consistent, checkpointed copy of the database at `from`, written to `to`.
pub fn copy_database(from: &Path, to: &Path) -> Result<()> {
    let src = Connection::open(from).map_err(db_error)?;
    src.execute_batch(&format!("VACUUM INTO '{}'", sql_path(to))).map_err(db_error)
}

fn sql_path(p: &Path) -> String {
    p.display().to_string().replace('\'', "''")
}

/// Where a database stands before an import: the last device id given out and the last audit
/// entry, so what the import wrote can be told apart afterwards.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub device: i64,
    pub audit: i64,
}

/// The mark of the database at `db` (a device id is never reused: AUTOINCREMENT's high-water
/// mark counts too).
pub fn mark(db: &Path) -> Result<Mark> {
    let conn = Connection::open(db).map_err(db_error)?;
    mark_of(&conn)
}

fn mark_of(conn: &Connection) -> Result<Mark> {
    conn.query_row(
        "SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'devices'), 0),
                    coalesce((SELECT max(id) FROM devices), 0)),
                coalesce((SELECT max(id) FROM audit), 0)",
        [],
        |r| Ok(Mark { device: r.get(0)?, audit: r.get(1)? }),
    )
    .map_err(db_error)
}

/// What an import wrote into the database at `imported` after `before`, written again into the
/// database at `fresh` (a copy of the same state the import started from) as set-based SQL in
/// one transaction with wxgo's settings: the device rows (found by their users' emails, as the
/// file names them), the same code hashes in the same order, and the same audit entries word
/// for word. Returns
/// how long the transaction took, from BEGIN to the end of COMMIT; reading the import's rows
/// into temporary tables beforehand is not timed.
pub fn bare_device_import(imported: &Path, before: Mark, fresh: &Path) -> Result<Duration> {
    let conn = Connection::open(fresh).map_err(db_error)?;
    conn.execute_batch(&settings()).map_err(db_error)?;
    if mark_of(&conn)? != before {
        return Err(Error::invalid(crate::said!("bench-floor-start")));
    }
    // The import's rows, in memory (temp_store), untimed.
    conn.execute("ATTACH DATABASE ?1 AS imported", [imported.display().to_string()]).map_err(db_error)?;
    conn.execute_batch(
        "CREATE TEMP TABLE floor_devices (k INTEGER PRIMARY KEY, org_id, email, subscription_id, kind, status,
             number_id, created_at, changed_at);
         CREATE TEMP TABLE floor_codes (id INTEGER PRIMARY KEY, k, code_hash, state, issued_at, expires_at);
         CREATE TEMP TABLE floor_audit (id INTEGER PRIMARY KEY, at, org_id, actor, ssh_client, action, object,
             outcome, details);",
    )
    .map_err(db_error)?;
    conn.execute(
        "INSERT INTO temp.floor_devices
             SELECT d.id - ?1, d.org_id, u.email, d.subscription_id, d.kind, d.status, d.number_id,
                 d.created_at, d.changed_at
             FROM imported.devices d JOIN imported.users u ON u.id = d.user_id
             WHERE d.id > ?1 ORDER BY d.id",
        [before.device],
    )
    .map_err(db_error)?;
    conn.execute(
        "INSERT INTO temp.floor_codes
             SELECT c.id, c.device_id - ?1, c.code_hash, c.state, c.issued_at, c.expires_at
             FROM imported.activation_codes c WHERE c.device_id > ?1 ORDER BY c.id",
        [before.device],
    )
    .map_err(db_error)?;
    conn.execute(
        "INSERT INTO temp.floor_audit
             SELECT id, at, org_id, actor, ssh_client, action, object, outcome, details
             FROM imported.audit WHERE id > ?1 ORDER BY id",
        [before.audit],
    )
    .map_err(db_error)?;
    // Numbers the import made primary (WG03), by their E.164.
    conn.execute(
        "CREATE TEMP TABLE floor_numbers AS
             SELECT n.e164, u.email FROM imported.numbers n JOIN imported.users u ON u.id = n.owner_user_id
             JOIN imported.devices d ON d.user_id = u.id
             WHERE d.id > ?1 AND n.is_primary = 1
               AND NOT EXISTS (SELECT 1 FROM main.numbers m WHERE m.id = n.id AND m.owner_user_id IS n.owner_user_id)",
        [before.device],
    )
    .map_err(db_error)?;
    conn.execute_batch("DETACH DATABASE imported").map_err(db_error)?;
    let devices: i64 = conn.query_row("SELECT count(*) FROM temp.floor_devices", [], |r| r.get(0)).map_err(db_error)?;
    let numbers: i64 = conn.query_row("SELECT count(*) FROM temp.floor_numbers", [], |r| r.get(0)).map_err(db_error)?;
    let org: i64 = conn.query_row("SELECT org_id FROM temp.floor_devices LIMIT 1", [], |r| r.get(0)).unwrap_or(0);
    if devices == 0 {
        return Err(Error::invalid(crate::said!("bench-floor-nothing")));
    }

    let t = Instant::now();
    let added = write_again(&conn, before, numbers, org)?;
    let took = t.elapsed();
    let after = mark_of(&conn)?;
    if added != devices || after.device != before.device + devices {
        return Err(Error::invalid(crate::said!(
            "bench-floor-other-ids",
            from = (before.device + 1).to_string(),
            to = after.device.to_string(),
            import_from = (before.device + 1).to_string(),
            import_to = (before.device + devices).to_string()
        )));
    }
    Ok(took)
}

/// The timed part of the floor: one transaction writing the rows in the temporary tables.
/// Returns the devices it added.
fn write_again(conn: &Connection, before: Mark, numbers: i64, org: i64) -> Result<i64> {
    conn.execute_batch("BEGIN IMMEDIATE").map_err(db_error)?;
    if numbers > 0 {
        conn.execute(
            "UPDATE numbers SET owner_user_id = (SELECT u.id FROM users u JOIN temp.floor_numbers f
                     ON u.org_id = ?1 AND u.email = f.email WHERE f.e164 = numbers.e164),
                 owner_service = NULL, is_primary = 1, state = 'ACTIVE'
             WHERE org_id = ?1 AND e164 IN (SELECT e164 FROM temp.floor_numbers)",
            [org],
        )
        .map_err(db_error)?;
    }
    let added = conn
        .execute(
            "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, number_id, created_at, changed_at)
             SELECT r.org_id, u.id, r.subscription_id, r.kind, r.status, r.number_id, r.created_at, r.changed_at
             FROM temp.floor_devices r JOIN users u ON u.org_id = r.org_id AND u.email = r.email ORDER BY r.k",
            [],
        )
        .map_err(db_error)?;
    // In the order the import wrote them (the import writes codes in the order of their hashes).
    conn.execute(
        "INSERT INTO activation_codes (device_id, code_hash, state, issued_at, expires_at)
         SELECT ?1 + k, code_hash, state, issued_at, expires_at FROM temp.floor_codes ORDER BY id",
        [before.device],
    )
    .map_err(db_error)?;
    conn.execute_batch(
        "INSERT INTO audit (at, org_id, actor, ssh_client, action, object, outcome, details)
         SELECT at, org_id, actor, ssh_client, action, object, outcome, details FROM temp.floor_audit ORDER BY id;
         COMMIT;",
    )
    .map_err(db_error)?;
    Ok(added as i64)
}

/// The SQL the Users pane's first page runs, for the sqlite3 baseline.
pub const FIRST_PAGE_SQL: &str = "SELECT u.id, u.email, u.display_name, l.name, l.country,
    (SELECT group_concat(licence, ',') FROM user_licences ul WHERE ul.user_id = u.id),
    (SELECT e164 FROM numbers n WHERE n.owner_user_id = u.id AND n.is_primary = 1),
    u.extension, u.calling_status, d.status
  FROM users u LEFT JOIN locations l ON l.id = u.location_id LEFT JOIN devices d ON d.user_id = u.id
  WHERE u.org_id = 1 ORDER BY u.display_name COLLATE NOCASE, u.id LIMIT 30;";
