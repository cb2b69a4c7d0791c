//! SQLite through rusqlite: schema, migrations, queries. The only place with SQL.

// The query modules are the store's own: the service reaches them through the crate, nothing
// outside it does. `queries` (its `ts`) and `seed` stay public for the integration tests, `bw`
// while it has a function nothing calls (`subscribers_count`).
pub mod bw;
pub(crate) mod delivery;
pub(crate) mod floor;
pub(crate) mod index;
pub(crate) mod licensing;
pub(crate) mod mobile;
pub(crate) mod model;
pub mod queries;
pub mod seed;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::domain::{Error, Result};

pub use model::*;

/// The schema versions this build knows, oldest first. Append only.
fn migrations() -> Migrations<'static> {
    Migrations::new(vec![M::up(include_str!("schema.sql"))])
}

/// Highest schema version this build understands.
pub const SCHEMA_VERSION: i64 = 1;

/// How long a writer waits for another before giving up with a clear message.
pub const BUSY_TIMEOUT_MS: u64 = 5000;

/// Opens (and if need be creates and migrates) the database at `path`.
///
/// Read-write: the file and its folder are created private (0600/0700), WAL journal, a busy
/// timeout, foreign keys on. Read-only: the file must exist and be at this build's version.
pub fn open(path: &Path, read_only: bool) -> Result<Connection> {
    if read_only {
        if !path.exists() {
            return Err(Error::Database(format!(
                "{} does not exist. Create it first (e.g. `wxgo demo`), or give another --db.",
                path.display()
            )));
        }
    } else {
        create_private(path)?;
    }
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let mut conn = Connection::open_with_flags(path, flags).map_err(|e| db_error_at(e, path))?;
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS)).map_err(|e| db_error_at(e, path))?;
    // Touching the schema is the first read: it fails on a file that is not a database.
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0)).map_err(|e| db_error_at(e, path))?;
    conn.execute_batch("PRAGMA foreign_keys = ON;").map_err(|e| db_error_at(e, path))?;
    check_is_database(&conn, path)?;
    if version > SCHEMA_VERSION {
        return Err(Error::Database(format!(
            "{} was written by a newer wxgo (schema version {version}; this wxgo knows up to {SCHEMA_VERSION}). \
             Nothing was changed. Upgrade wxgo to open it.",
            path.display()
        )));
    }
    if read_only {
        if version < SCHEMA_VERSION {
            return Err(Error::Database(format!(
                "{} is not a wxgo database at schema version {SCHEMA_VERSION} (it has {version}). \
                 Open it once without --read-only to create or upgrade it.",
                path.display()
            )));
        }
        conn.execute_batch("PRAGMA query_only = ON;").map_err(|e| db_error_at(e, path))?;
        return Ok(conn);
    }
    conn.pragma_update(None, "journal_mode", "WAL").map_err(|e| db_error_at(e, path))?;
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(|e| db_error_at(e, path))?;
    if version < SCHEMA_VERSION {
        migrations().to_latest(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => db_error_at(err, path),
            other => Error::Database(format!("could not upgrade {}: {other}", path.display())),
        })?;
    }
    Ok(conn)
}

/// An in-memory database at the latest schema, for tests and benchmarks.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory().map_err(db_error)?;
    conn.execute_batch("PRAGMA foreign_keys = ON;").map_err(db_error)?;
    migrations().to_latest(&mut conn).map_err(|e| Error::Database(format!("could not create the schema: {e}")))?;
    Ok(conn)
}

fn check_is_database(conn: &Connection, path: &Path) -> Result<()> {
    conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0))
        .map(|_| ())
        .map_err(|e| db_error_at(e, path))
}

/// Creates the database file (and its folder) readable by its owner only, if it is missing.
fn create_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| Error::Io(format!("cannot create the folder {}: {e}", dir.display())))?;
        }
    }
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::Database(format!(
            "cannot create the database {}: {e}. Choose another place with --db or WXGO_DB.",
            path.display()
        ))),
    }
}

/// Turns a SQLite error into one that says what happened and what to do.
pub fn db_error(e: rusqlite::Error) -> Error {
    db_error_in(e, None)
}

fn db_error_at(e: rusqlite::Error, path: &Path) -> Error {
    db_error_in(e, Some(path.to_path_buf()))
}

fn db_error_in(e: rusqlite::Error, path: Option<PathBuf>) -> Error {
    let file = path.map(|p| p.display().to_string()).unwrap_or_else(|| "the database".into());
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::Database(format!(
            "{file} is busy: another wxgo (or another program) has held it for over {} seconds. \
             Nothing was changed. Try again; if it stays busy, look for a stuck process with `fuser {file}`.",
            BUSY_TIMEOUT_MS / 1000
        )),
        Some(ErrorCode::ReadOnly) => Error::Database(format!(
            "{file} cannot be written (the file or its folder is read-only). Nothing was changed. \
             Use --read-only to look at it, or fix the permissions."
        )),
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => Error::Database(format!(
            "{file} is not a wxgo database, or it is damaged. Nothing was changed. \
             Point --db at the right file, or restore it from a backup."
        )),
        Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => Error::Database(format!(
            "{file} cannot be opened (missing folder or no permission). Check the path and its permissions."
        )),
        Some(ErrorCode::DiskFull) => Error::Database(format!(
            "the disk holding {file} is full. Nothing was changed. Free some space and try again."
        )),
        Some(ErrorCode::ConstraintViolation) => {
            Error::Invalid(format!("that would break a rule of the data ({e}). Nothing was changed."))
        }
        _ => Error::Database(format!("database error in {file}: {e}")),
    }
}
