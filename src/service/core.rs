//! What every action shares, whichever backend the organisation is on: the store (the database,
//! or the cache of a real organisation), the open organisation, the clock and the code
//! generator, who is acting, the mail and the files, the list indexes, and the audit trail.
//! Actions reach it through the service; a backend gets it as `&Core` for each call.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::Arc;

use rusqlite::Connection;

use super::index;
use crate::domain::{CodeGenerator, Error};
use crate::outside::{Actor, Clock, Mailer};
use crate::store::model::OrgInfo;

pub struct Core {
    pub(crate) conn: Connection,
    /// In-memory list indexes for filtering and paging (see `index`).
    pub(crate) lists: RefCell<index::Lists>,
    pub(crate) org: OrgInfo,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) codes: Arc<dyn CodeGenerator>,
    pub(crate) mailer: Box<dyn Mailer>,
    pub(crate) actor: Actor,
    pub(crate) read_only: bool,
    pub(crate) db_label: String,
    pub(crate) outbox: PathBuf,
    /// Where private files (the codes file) are made; tests put in a full disk.
    pub(crate) files: Arc<dyn crate::outside::files::PrivateFiles>,
    /// The `[smtp]` and `print_command` settings, or why they could not be read.
    pub(crate) delivery: std::result::Result<crate::outside::config::DeliveryConfig, Error>,
    /// The database file (`None` in memory): a background sync opens its own connection to it.
    pub(crate) db_path: Option<PathBuf>,
}
