//! The core service: one method per admin action, each one transaction, each checked against
//! the rules, each written to the audit trail. The single place that enforces the rules and
//! the read-only switch: front ends never decide whether an action is allowed.

pub mod action;
mod backend;
pub mod broadworks;
mod core;
mod delivery;
pub mod demo;
pub mod devices;
pub mod floor;
mod index;
mod journal;
pub mod licences;
pub mod numbers;
pub mod people;
pub mod sync;
pub mod why;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

pub use crate::domain::code::IssuedCode;
pub use crate::domain::{DeviceKind, DeviceStatus, Error, Result};
pub use crate::store::licensing::CallingData;
pub use crate::store::model::*;
pub use backend::webex::{signin, PlannedRequest, RUN_WIDTH};
pub use broadworks::portal::Portal;
pub use broadworks::BroadWorks;
pub use delivery::{CallImportReport, CallRow, Calls, LetterOutcome, Mail, QueuedMail, RetryReport};
pub use devices::phone::Phone;
pub use devices::{
    AddDevice, AddDeviceChoices, BulkDevice, BulkOptions, BulkPhase, BulkProgress, BulkReport, CodeCheck, CodeDelivery,
    DeleteOutcome, DeviceCheck, Devices, EmailChoice, PhoneOutcome, RowProblem, WEBEX_GO_MODEL,
};
pub use licences::{
    read_assignments, AssignReport, CallingOutcome, LicenceTemplateRow, ManualAssignment, NotProvisionedRow, Progress,
    ReapplyPreview, ReapplyReport, RunOptions, RunSummary, SyncReport, Tally, TemplateSpec, UserOutcome,
    WorkNumberOutcome, CANCELLED, EXPORT_HEADER, VAR_PROFESSIONAL,
};
pub use licences::{CoveredUser, LicenceResult, Licences};
pub use numbers::{
    AddRequestReport, AssignOutcome, MobileAddReport, Numbers, OperatorDecision, Operators, MAX_PER_WEBEX_ENTRY,
};
pub use people::{People, UserChange, UserUpdated, CHANGED};
pub use sync::DataAge;

use crate::domain::{CodeGenerator, OsCodeGenerator};
use crate::outside::{Actor, Clock, Mailer, Outbox};
use crate::store::index::ListKind;
use crate::store::{self, queries as q};
pub use action::{Action, Support};
use backend::Backend;
pub use core::Core;

/// How to open the service.
#[derive(Debug, Clone)]
pub struct Options {
    pub db: PathBuf,
    pub read_only: bool,
    pub org: Option<String>,
    /// Where the outbox is; by default `outbox/` beside the database.
    pub outbox: Option<PathBuf>,
}

impl Options {
    pub fn new(db: impl Into<PathBuf>) -> Self {
        Options { db: db.into(), read_only: false, org: None, outbox: None }
    }

    pub fn outbox_dir(&self) -> PathBuf {
        self.outbox.clone().unwrap_or_else(|| default_outbox(&self.db))
    }
}

pub fn default_outbox(db: &Path) -> PathBuf {
    db.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new(".")).join("outbox")
}

/// The default database: `$XDG_DATA_HOME/wxgo/wxgo.db` (or the platform's data folder).
pub fn default_db_path() -> PathBuf {
    directories::ProjectDirs::from("", "", "wxgo")
        .map(|d| d.data_dir().join("wxgo.db"))
        .unwrap_or_else(|| PathBuf::from("wxgo.db"))
}

pub struct Service {
    core: Core,
    /// Picked once, where the organisation is opened: the local database, or Webex with the
    /// database as its cache.
    backend: Box<dyn Backend>,
}

impl Service {
    /// Opens the database, which must exist (reading never creates one), and picks the
    /// organisation.
    pub fn open(opts: &Options, clock: Arc<dyn Clock>) -> Result<Self> {
        let conn = store::open(&opts.db, opts.read_only)?;
        Self::opened(conn, opts, clock)
    }

    /// Opens the database, creating it first when there is none: for the commands that create
    /// (later `login` and `sync`; `wxgo demo` creates through `demo::create`).
    pub fn create(opts: &Options, clock: Arc<dyn Clock>) -> Result<Self> {
        if opts.read_only {
            return Err(Error::ReadOnly(format!("create the database {}", opts.db.display())));
        }
        let conn = store::create(&opts.db)?;
        Self::opened(conn, opts, clock)
    }

    fn opened(conn: Connection, opts: &Options, clock: Arc<dyn Clock>) -> Result<Self> {
        let outbox = opts.outbox_dir();
        let mut svc = Self::from_connection(conn, opts.org.as_deref(), clock)?;
        svc.core.read_only = opts.read_only;
        svc.core.db_label = opts.db.display().to_string();
        svc.core.db_path = Some(opts.db.clone());
        // SMTP when configured, the outbox folder otherwise (WG04).
        let delivery = crate::outside::config::DeliveryConfig::load();
        svc.core.mailer = delivery::mailer_for(&delivery, &outbox);
        svc.core.delivery = delivery;
        svc.core.outbox = outbox;
        Ok(svc)
    }

    /// Wraps an open connection (tests use an in-memory one).
    pub fn from_connection(conn: Connection, org: Option<&str>, clock: Arc<dyn Clock>) -> Result<Self> {
        let org = pick_org(&conn, org)?;
        let core = Core {
            conn,
            lists: Default::default(),
            org,
            clock,
            codes: Arc::new(OsCodeGenerator),
            mailer: Box::new(Outbox::new("outbox")),
            actor: Actor::from_env(),
            read_only: false,
            db_label: ":memory:".into(),
            outbox: PathBuf::from("outbox"),
            files: Arc::new(crate::outside::files::DiskFiles),
            delivery: Ok(crate::outside::config::DeliveryConfig::offline()),
            db_path: None,
            letter_lang: crate::i18n::Lang::En,
        };
        Ok(Service { core, backend: Box::new(backend::Local) })
    }

    /// Uses these delivery settings and this outbox (tests; `open` reads them itself).
    pub fn with_delivery(mut self, config: crate::outside::config::DeliveryConfig, outbox: impl AsRef<Path>) -> Self {
        let config = Ok(config);
        self.core.mailer = delivery::mailer_for(&config, outbox.as_ref());
        self.core.delivery = config;
        self.core.outbox = outbox.as_ref().to_path_buf();
        self
    }

    /// Writes activation letters and emails in `lang` (by default English; the CLI and the
    /// console give the admin's language, `--letter-lang` the employee's).
    pub fn with_letter_lang(mut self, lang: crate::i18n::Lang) -> Self {
        self.core.letter_lang = lang;
        self
    }

    /// Writes activation letters and emails in `lang` from now on (the console, for one action:
    /// the language the admin chose for the employee who gets them).
    pub fn set_letter_lang(&mut self, lang: crate::i18n::Lang) {
        self.core.letter_lang = lang;
    }

    /// The language activation letters and emails are written in.
    pub fn letter_lang(&self) -> crate::i18n::Lang {
        self.core.letter_lang
    }

    pub fn with_codes(mut self, codes: Arc<dyn CodeGenerator>) -> Self {
        self.core.codes = codes;
        self
    }

    pub fn with_mailer(mut self, mailer: Box<dyn Mailer>) -> Self {
        self.core.mailer = mailer;
        self
    }

    pub fn with_actor(mut self, actor: Actor) -> Self {
        self.core.actor = actor;
        self
    }

    /// Where private files are made (tests: a disk that fills up).
    pub fn with_files(mut self, files: Arc<dyn crate::outside::files::PrivateFiles>) -> Self {
        self.core.files = files;
        self
    }

    pub fn with_read_only(mut self, read_only: bool) -> Self {
        self.core.read_only = read_only;
        if read_only {
            if let Some(w) = self.backend.remote() {
                w.side.lock_read_only();
            }
        }
        self
    }

    pub fn org(&self) -> &OrgInfo {
        &self.core.org
    }

    pub fn is_read_only(&self) -> bool {
        self.core.read_only
    }

    pub fn db_label(&self) -> &str {
        &self.core.db_label
    }

    /// The database file (`None` in memory): the console watches it for other processes' changes.
    pub fn db_path(&self) -> Option<&Path> {
        self.core.db_path.as_deref()
    }

    pub fn outbox(&self) -> &Path {
        &self.core.outbox
    }

    /// Now, to the second: what is stored and shown.
    pub fn now(&self) -> DateTime<Utc> {
        use chrono::SubsecRound;
        self.core.clock.now().trunc_subsecs(0)
    }

    /// Changes whenever another connection commits: the console polls this to stay live.
    pub fn data_version(&self) -> Result<i64> {
        q::data_version(&self.core.conn)
    }

    /// Re-reads the organisation's settings (another process may have changed them).
    pub fn refresh_org(&mut self) -> Result<()> {
        self.core.org = q::org_by_id(&self.core.conn, self.core.org.id)?;
        Ok(())
    }

    // ------------------------------------------------------------------ reading

    pub fn orgs(&self) -> Result<Vec<OrgInfo>> {
        q::orgs(&self.core.conn)
    }

    pub fn locations(&self) -> Result<Vec<LocationRow>> {
        q::locations(&self.core.conn, self.core.org.id)
    }

    pub fn subscriptions(&self) -> Result<Vec<SubscriptionRow>> {
        q::subscriptions(&self.core.conn, self.core.org.id)
    }

    /// Whether `action` can be done here, and where it is done when not.
    pub fn support(&self, action: Action) -> Support {
        Core::support(action, &*self.backend)
    }

    /// The people: list, details, work number, extension and location.
    pub fn people(&self) -> People<'_> {
        People { core: &self.core, backend: &*self.backend }
    }

    /// The number inventory and mobile numbers: check, add, assign as a primary number.
    pub fn numbers(&self) -> Numbers<'_> {
        Numbers { core: &self.core, backend: &*self.backend }
    }

    /// Operator accounts (MO01, MO02) and, in the demo, the operator's side.
    pub fn operator_accounts(&self) -> Operators<'_> {
        Operators { core: &self.core, backend: &*self.backend }
    }

    /// The BroadWorks subscribers (BW01-BW05).
    pub fn broadworks(&self) -> BroadWorks<'_> {
        BroadWorks { core: &self.core, backend: &*self.backend }
    }

    /// The activation portal, the user's side (the demo's stand-in).
    pub fn portal(&self) -> Portal<'_> {
        Portal { core: &self.core, backend: &*self.backend }
    }

    /// Licence templates and automatic licence assignment (AL01-AL06).
    pub fn licences(&self) -> Licences<'_> {
        Licences { core: &self.core, backend: &*self.backend }
    }

    /// The mail queue: where activation emails go, what waits, sending it again (WG04).
    pub fn mail(&self) -> Mail<'_> {
        Mail { core: &self.core, backend: &*self.backend }
    }

    /// Call records from Webex's Detailed Call History report (WG15).
    pub fn calls(&self) -> Calls<'_> {
        Calls { core: &self.core, backend: &*self.backend }
    }

    /// The Webex Go devices: list, add, new code, lost or stolen, delete, import.
    pub fn devices(&self) -> Devices<'_> {
        Devices { core: &self.core, backend: &*self.backend }
    }

    /// The phone's side (the demo's stand-in).
    pub fn phone(&self) -> Phone<'_> {
        Phone { core: &self.core, backend: &*self.backend }
    }

    pub fn audit(&self, limit: usize) -> Result<Vec<AuditRow>> {
        q::audit(&self.core.conn, self.core.org.id, None, limit)
    }

    // ------------------------------------------------------------------ list indexes

    /// What identifies the database's content: another process's commit changes the first,
    /// this connection's changes the second.
    fn stamp(&self) -> Result<(i64, u64)> {
        Ok((q::data_version(&self.core.conn)?, self.core.conn.total_changes()))
    }

    fn window(&self, kind: ListKind, filter: &str, offset: usize, limit: usize) -> Result<index::Window> {
        let stamp = self.stamp()?;
        let mut lists = self.core.lists.borrow_mut();
        lists.check(stamp);
        let now = q::ts(self.core.now());
        lists.window(&self.core.conn, self.core.org.id, kind, filter, offset, limit, &now)
    }

    /// Bytes held by the in-memory list indexes (`wxgo bench` prints them beside the peak).
    pub fn index_bytes(&self) -> usize {
        self.core.lists.borrow().heap_bytes()
    }

    /// Builds the users' index ahead of the first filter keystroke (the console calls this
    /// when it is idle, so typing `/` on a large organisation is instant from the start).
    pub fn warm_indexes(&self) -> Result<()> {
        self.window(ListKind::Users, "", 0, 0).map(|_| ())
    }
}

/// A device's status in Control Hub's words, said in the language (`status-*` of wxgo.ftl,
/// whose English is [`DeviceStatus::label`](crate::domain::DeviceStatus::label)).
pub(crate) fn status_said(s: crate::domain::DeviceStatus) -> crate::domain::error::Val {
    use crate::domain::DeviceStatus as S;
    crate::domain::error::Val::Msg(match s {
        S::ActivationPending => "status-activation-pending",
        S::Online => "status-online",
        S::Offline => "status-offline",
        S::Unknown => "status-unknown",
    })
}

/// An operator account's status in the help article's words, said in the language (`auth-*`
/// of console.ftl, whose English is the status's label).
pub(crate) fn auth_said(s: crate::domain::mobile::AuthStatus) -> crate::domain::error::Val {
    use crate::domain::mobile::AuthStatus as A;
    crate::domain::error::Val::Msg(match s {
        A::Pending => "auth-pending",
        A::Failed => "auth-failed",
        A::Authorized => "auth-authorized",
    })
}

pub(crate) fn pick_org(conn: &Connection, wanted: Option<&str>) -> Result<OrgInfo> {
    let orgs = q::orgs(conn)?;
    let names = || orgs.iter().map(|o| o.name.as_str()).collect::<Vec<_>>().join(", ");
    match wanted {
        Some(name) => orgs
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
            .cloned()
            .ok_or_else(|| Error::not_found(crate::said!("not-found-org", name = name, names = names()))),
        None => match orgs.len() {
            0 => Err(Error::database(crate::said!("db-no-org", create = "`wxgo demo`", demo = "`wxgo --demo`"))),
            1 => Ok(orgs[0].clone()),
            _ => Err(Error::invalid(crate::said!("db-many-orgs", n = orgs.len(), names = names()))),
        },
    }
}
