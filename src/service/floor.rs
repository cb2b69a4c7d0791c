//! What `wxgo bench` holds the bulk import to: its floor, the same rows written again as bare
//! SQL into a copy of the same database (see `store::floor`). Benchmarks only: nothing here is
//! an admin's action, and nothing is audited.

use std::path::Path;
use std::time::Duration;

use crate::domain::Result;
pub use crate::store::floor::{Mark, FIRST_PAGE_SQL};

/// A consistent, checkpointed copy of the database at `from`, written to `to`.
pub fn copy_database(from: &Path, to: &Path) -> Result<()> {
    crate::store::floor::copy_database(from, to)
}

/// Where the database at `db` stands before an import, so what the import wrote can be told
/// apart afterwards.
pub fn mark(db: &Path) -> Result<Mark> {
    crate::store::floor::mark(db)
}

/// What an import wrote into `imported` after `before`, written again into `fresh` (a copy of
/// the state the import started from) as set-based SQL in one transaction; how long it took.
pub fn bare_device_import(imported: &Path, before: Mark, fresh: &Path) -> Result<Duration> {
    crate::store::floor::bare_device_import(imported, before, fresh)
}
