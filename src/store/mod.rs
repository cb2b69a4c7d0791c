//! SQLite through rusqlite: schema, migrations, queries. The only place with SQL.

/// One definition of a user's Webex Calling state (AL02-AL06), read from the data itself, for
/// the user list, `--not-provisioned`, the export and the re-apply count alike: `provisioned`
/// when they hold a Calling licence; `not_provisioned` when the licence template that decides
/// their licences (a group template of their department, else the organisation's) grants
/// Calling and they do not have it, whatever the reason (a bad number, no number, or a number
/// fixed but not applied yet); `none` otherwise. A SQL expression over `users u`.
macro_rules! calling_state_sql {
    () => {
        "(CASE WHEN EXISTS (SELECT 1 FROM user_licences ul WHERE ul.user_id = u.id
                AND ul.licence IN ('calling_professional', 'calling_basic')) THEN 'provisioned'
           WHEN coalesce(
                (SELECT t.grants_calling FROM licence_templates t WHERE t.org_id = u.org_id
                    AND t.scope = 'group' AND u.department IS NOT NULL
                    AND lower(trim(t.group_name)) = lower(trim(u.department)) ORDER BY t.id LIMIT 1),
                (SELECT t.grants_calling FROM licence_templates t WHERE t.org_id = u.org_id
                    AND t.scope = 'org' ORDER BY t.id LIMIT 1),
                0) = 1 THEN 'not_provisioned'
           ELSE 'none' END)"
    };
}

pub mod attempts;
// The query modules are the store's own: the service reaches them through the crate, nothing
// outside it does. `queries` (its `ts`) and `seed` stay public for the integration tests, `bw`
// while it has a function nothing calls (`subscribers_count`).
pub mod bw;
pub(crate) mod delivery;
pub(crate) mod floor;
pub(crate) mod index;
pub(crate) mod journal;
pub(crate) mod licensing;
pub(crate) mod mobile;
pub(crate) mod model;
pub mod queries;
pub mod seed;
pub(crate) mod snapshot;
pub(crate) mod webex_devices;
pub(crate) mod webex_orgs;
pub(crate) mod webex_people;
pub(crate) mod why;

use std::path::{Path, PathBuf};

use rusqlite::{Connection, ErrorCode, OpenFlags};
use rusqlite_migration::{Migrations, M};

use crate::domain::error::Text;
use crate::domain::{Error, Result};

/// The schema versions this build knows, oldest first. Append only.
fn migrations() -> Migrations<'static> {
    Migrations::new(vec![
        M::up(include_str!("schema.sql")),
        M::up(include_str!("schema_2.sql")),
        M::up(include_str!("schema_3.sql")),
        M::up(include_str!("schema_4.sql")),
    ])
}

/// Highest schema version this build understands.
pub const SCHEMA_VERSION: i64 = 4;

/// The oldest schema version this build reads as it is (with `--read-only`, or in a folder that
/// cannot be written): version 2 only added `code_attempts`, version 3 only the `webex`
/// backend's cache tables and columns, version 4 only the API run journal; the local reads use
/// none of them.
pub const READABLE_FROM: i64 = 1;

/// `PRAGMA application_id` of every wxgo database: "wxgo" in ASCII. A file without it is
/// someone else's (except a wxgo database from before the mark, see `Kind::OursUnmarked`).
pub const APPLICATION_ID: i32 = 0x7778_676F;

/// The tables every wxgo database has had since schema version 1.
const WXGO_TABLES: [&str; 5] = ["orgs", "users", "devices", "activation_codes", "audit"];

/// How long a writer waits for another before giving up with a clear message.
pub const BUSY_TIMEOUT_MS: u64 = 5000;

/// Opens the wxgo database at `path`, which must exist: reading never creates a database
/// (only `create` does). A file that is not a wxgo database is refused and left as it was.
///
/// Read-write: WAL journal, a busy timeout, foreign keys on, migrated to this build's version.
/// Read-only: the database must be at a version this build reads (`READABLE_FROM` and up); it
/// opens in a folder that cannot be written too.
pub fn open(path: &Path, read_only: bool) -> Result<Connection> {
    open_existing(path, read_only, false)
}

/// Opens the wxgo database at `path`, creating it first (private: file 0600, folder 0700) if
/// there is none. Only the commands that create use this: `wxgo demo`, and later login/sync.
/// An existing file that is not a wxgo database is refused and left as it was.
pub fn create(path: &Path) -> Result<Connection> {
    if !path.exists() {
        create_private(path)?;
    }
    open_existing(path, false, true)
}

/// Whether `path` holds a wxgo database with nothing of value in it: an empty file, or a wxgo
/// schema with no organisation (what earlier versions left behind for a mistyped `--db`).
/// `wxgo demo` may fill such a file without `--force`.
pub fn holds_nothing(path: &Path) -> bool {
    if std::fs::metadata(path).map(|m| m.is_file() && m.len() == 0).unwrap_or(false) {
        return true;
    }
    let Ok(conn) =
        Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX)
    else {
        return false;
    };
    match inspect(&conn) {
        Ok(Kind::Empty) => true,
        Ok(Kind::Ours { .. } | Kind::OursUnmarked { .. }) => {
            conn.query_row("SELECT count(*) FROM orgs", [], |r| r.get::<_, i64>(0)).map(|n| n == 0).unwrap_or(false)
        }
        _ => false,
    }
}

/// Refuses (with why) a file that is not a wxgo database, without changing it: what
/// `wxgo demo --force` checks before it replaces a file.
pub fn ensure_wxgo(path: &Path) -> Result<()> {
    let conn = connect(path, true)?;
    match inspect(&conn).map_err(|e| db_error_at(e, path))? {
        Kind::Foreign(why) => {
            Err(Error::database(crate::said!("db-foreign-kept", file = path.display().to_string(), why = why)))
        }
        _ => Ok(()),
    }
}

/// What a SQLite file is, read from its header and table list before anything is written.
#[derive(Debug, PartialEq, Eq)]
enum Kind {
    /// No tables, no mark, version 0: a new file.
    Empty,
    /// Carries wxgo's mark.
    Ours { version: i64 },
    /// wxgo's tables at a version wxgo wrote, from before the mark existed.
    OursUnmarked { version: i64 },
    /// Someone else's, or damaged: why, in words (never the raw schema), said in the language.
    Foreign(Text),
}

fn inspect(conn: &Connection) -> rusqlite::Result<Kind> {
    let app_id: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let version: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let tables: Vec<String> = conn
        .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    if app_id == APPLICATION_ID {
        if version < 0 {
            return Ok(Kind::Foreign(crate::said!("db-foreign-damaged", version = version.to_string())));
        }
        return Ok(Kind::Ours { version });
    }
    if app_id != 0 {
        let id = format!("{:#010x}", app_id as u32);
        return Ok(Kind::Foreign(crate::said!("db-foreign-application", id = id)));
    }
    if version < 0 {
        return Ok(Kind::Foreign(crate::said!("db-foreign-version", version = version.to_string())));
    }
    let has_ours = WXGO_TABLES.iter().all(|t| tables.iter().any(|n| n.eq_ignore_ascii_case(t)));
    match (version, tables.len(), has_ours) {
        (0, 0, _) => Ok(Kind::Empty),
        (0, n, _) => Ok(Kind::Foreign(crate::said!("db-foreign-tables", n = n))),
        (v, _, true) => Ok(Kind::OursUnmarked { version: v }),
        (v, _, false) => Ok(Kind::Foreign(crate::said!("db-foreign-not-ours", version = v.to_string()))),
    }
}

fn open_existing(path: &Path, read_only: bool, creating: bool) -> Result<Connection> {
    match std::fs::metadata(path) {
        Err(_) => return Err(no_database(path)),
        Ok(m) if m.is_dir() => {
            return Err(Error::database(crate::said!("db-folder", file = path.display().to_string())))
        }
        Ok(_) => {}
    }
    let mut conn = connect(path, read_only)?;
    // The first reads: they fail on a file that is not a database, and nothing is written
    // before the file is known to be ours.
    let kind = inspect(&conn).map_err(|e| db_error_at(e, path))?;
    let version = match &kind {
        Kind::Ours { version } | Kind::OursUnmarked { version } => *version,
        Kind::Empty if creating => 0,
        Kind::Empty => {
            return Err(Error::database(crate::said!(
                "db-empty",
                file = path.display().to_string(),
                create = format!("`wxgo --db {} demo`", path.display()),
                demo = "`wxgo --demo`"
            )))
        }
        Kind::Foreign(why) => {
            return Err(Error::database(crate::said!(
                "db-foreign",
                file = path.display().to_string(),
                why = why.clone(),
                command = "`wxgo --db NEW.db demo`"
            )))
        }
    };
    if version > SCHEMA_VERSION {
        return Err(Error::database(crate::said!(
            "db-newer",
            file = path.display().to_string(),
            version = version,
            known = SCHEMA_VERSION
        )));
    }
    if read_only {
        conn.execute_batch("PRAGMA foreign_keys = ON;").map_err(|e| db_error_at(e, path))?;
        if version < READABLE_FROM {
            return Err(Error::database(crate::said!(
                "db-older",
                file = path.display().to_string(),
                version = version,
                from = READABLE_FROM,
                known = SCHEMA_VERSION
            )));
        }
        conn.execute_batch("PRAGMA query_only = ON;").map_err(|e| db_error_at(e, path))?;
        return Ok(conn);
    }
    if !matches!(kind, Kind::Ours { .. }) {
        // Marked first: a crash before the migration leaves a wxgo database to upgrade, never
        // an unmarked one.
        conn.pragma_update(None, "application_id", APPLICATION_ID).map_err(|e| db_error_at(e, path))?;
    }
    conn.pragma_update(None, "journal_mode", "WAL").map_err(|e| db_error_at(e, path))?;
    conn.pragma_update(None, "synchronous", "NORMAL").map_err(|e| db_error_at(e, path))?;
    if version < SCHEMA_VERSION {
        migrate(&mut conn).map_err(|e| match e {
            rusqlite_migration::Error::RusqliteError { err, .. } => db_error_at(err, path),
            _ => Error::database(crate::said!(
                "db-upgrade-failed",
                file = path.display().to_string(),
                known = SCHEMA_VERSION
            )),
        })?;
    }
    conn.execute_batch("PRAGMA foreign_keys = ON;").map_err(|e| db_error_at(e, path))?;
    Ok(conn)
}

/// Migrates to the latest schema with foreign keys off (a table rebuild must not cascade into
/// the tables that refer to it), then checks every foreign key before turning them back on.
fn migrate(conn: &mut Connection) -> std::result::Result<(), rusqlite_migration::Error> {
    conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
    migrations().to_latest(conn)?;
    let broken: i64 = conn.query_row("SELECT count(*) FROM pragma_foreign_key_check", [], |r| r.get(0))?;
    if broken > 0 {
        return Err(rusqlite_migration::Error::RusqliteError {
            query: "PRAGMA foreign_key_check".into(),
            err: rusqlite::Error::SqliteFailure(
                rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
                Some(format!("{broken} row(s) break a foreign key after the upgrade")),
            ),
        });
    }
    Ok(())
}

fn connect(path: &Path, read_only: bool) -> Result<Connection> {
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        // No SQLITE_OPEN_CREATE: a database is created by `create` only.
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags).map_err(|e| db_error_at(e, path))?;
    conn.busy_timeout(std::time::Duration::from_millis(BUSY_TIMEOUT_MS)).map_err(|e| db_error_at(e, path))?;
    if !read_only {
        return Ok(conn);
    }
    // A WAL database in a folder that cannot be written: SQLite cannot create the `-shm` file
    // a reader needs. With no `-wal` file there is nothing outside the file itself, so it can
    // be read as immutable.
    // (SQLite says "cannot open" when even root may not create it, "read-only" to others.)
    let no_shm =
        |e: &rusqlite::Error| matches!(e.sqlite_error_code(), Some(ErrorCode::CannotOpen | ErrorCode::ReadOnly));
    match conn.query_row("PRAGMA user_version", [], |r| r.get::<_, i64>(0)) {
        Err(e) if no_shm(&e) && !sidecar(path, "-wal").exists() => {
            drop(conn);
            let uri = format!("file:{}?immutable=1", uri_path(path));
            let conn = Connection::open_with_flags(
                uri,
                OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX | OpenFlags::SQLITE_OPEN_URI,
            )
            .map_err(|e| db_error_at(e, path))?;
            Ok(conn)
        }
        Err(e) if no_shm(&e) => {
            let wal = sidecar(path, "-wal");
            Err(Error::database(crate::said!(
                "db-wal-unreadable",
                file = path.display().to_string(),
                wal = wal.display().to_string(),
                shm = sidecar(path, "-shm").display().to_string()
            )))
        }
        _ => Ok(conn),
    }
}

fn sidecar(path: &Path, suffix: &str) -> PathBuf {
    let mut s = path.as_os_str().to_os_string();
    s.push(suffix);
    PathBuf::from(s)
}

/// The path as a `file:` URI path: everything but unreserved characters and `/` escaped.
fn uri_path(path: &Path) -> String {
    use std::os::unix::ffi::OsStrExt;
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = String::new();
    for &b in absolute.as_os_str().as_bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-' | b'.' | b'_' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn no_database(path: &Path) -> Error {
    let folder = path.parent().filter(|d| !d.as_os_str().is_empty() && !d.exists());
    let (file, demo, create) =
        (path.display().to_string(), "`wxgo --demo ...`", format!("`wxgo --db {} demo`", path.display()));
    Error::database(match folder {
        Some(d) => {
            crate::said!("db-none-folder", file = file, folder = d.display().to_string(), demo = demo, create = create)
        }
        None => crate::said!("db-none", file = file, demo = demo, create = create),
    })
}

/// An in-memory database at the latest schema, for tests and benchmarks.
pub fn open_in_memory() -> Result<Connection> {
    let mut conn = Connection::open_in_memory().map_err(db_error)?;
    conn.pragma_update(None, "application_id", APPLICATION_ID).map_err(db_error)?;
    migrate(&mut conn).map_err(|e| Error::database(crate::said!("db-schema-not-created", error = e.to_string())))?;
    conn.execute_batch("PRAGMA foreign_keys = ON;").map_err(db_error)?;
    Ok(conn)
}

/// Creates the database file (and its folder) readable by its owner only, if it is missing.
fn create_private(path: &Path) -> Result<()> {
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(|e| {
                let path = dir.display().to_string();
                Error::io(crate::said!("folder-cannot-create", path = path, error = e.to_string()))
            })?;
        }
    }
    match std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::database(crate::said!(
            "db-cannot-create",
            file = path.display().to_string(),
            error = e.to_string()
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
    use crate::domain::error::Val;
    // Where the file is not known, "the database" in the language.
    let fuser = path.as_ref().map(|p| Val::Text(format!("`fuser {}`", p.display()))).unwrap_or(Val::Msg("db-fuser"));
    let f = path.map(|p| Val::Text(p.display().to_string())).unwrap_or(Val::Msg("db-the-database"));
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => {
            Error::database(crate::said!("db-busy", file = f, seconds = BUSY_TIMEOUT_MS / 1000, command = fuser))
        }
        Some(ErrorCode::ReadOnly) => Error::database(crate::said!("db-read-only", file = f)),
        Some(ErrorCode::NotADatabase) | Some(ErrorCode::DatabaseCorrupt) => {
            Error::database(crate::said!("db-damaged", file = f))
        }
        Some(ErrorCode::CannotOpen) | Some(ErrorCode::PermissionDenied) => {
            Error::database(crate::said!("db-cannot-open", file = f))
        }
        Some(ErrorCode::DiskFull) => Error::database(crate::said!("db-disk-full", file = f)),
        Some(ErrorCode::ConstraintViolation) => Error::invalid(crate::said!("db-constraint", error = e.to_string())),
        _ => Error::database(crate::said!("db-other", file = f, error = e.to_string())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Tr};

    #[test]
    fn a_database_file_that_cannot_be_created_is_named_with_what_to_do_in_each_language() {
        let dir = std::env::temp_dir().join(format!("wxgo-create-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temp folder");
        // A file where the database's folder should be: the folder "exists", the file cannot be made.
        let not_a_folder = dir.join("plain-file");
        std::fs::write(&not_a_folder, b"x").expect("a file");
        let path = not_a_folder.join("wxgo.db");
        let e = create(&path).expect_err("a database inside a file");
        assert!(matches!(e, Error::Database(_)), "{e:?}");
        let en = e.to_string();
        assert!(en.starts_with(&format!("cannot create the database file {}", path.display())), "{en}");
        assert!(en.contains("--db"), "{en}");
        let de = Tr::new(Lang::De).text(&e.said());
        assert!(de.contains("kann nicht angelegt werden") && de.contains(&path.display().to_string()), "{de}");
        assert!(!path.exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
