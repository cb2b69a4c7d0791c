//! The core service: one method per admin action, each one transaction, each checked against
//! the rules, each written to the audit trail. The single place that enforces the rules and
//! the read-only switch: front ends never decide whether an action is allowed.

mod api_broadworks;
mod api_devices;
mod api_licences;
mod api_numbers;
mod api_people;
mod attempts;
mod broadworks;
pub mod console;
mod delivery;
pub mod demo;
mod exports;
mod index;
mod journal;
mod licensing;
mod mobile;
pub mod sync;
mod through_api;
pub mod webex;
mod webex_go;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

pub use crate::domain::code::IssuedCode;
pub use crate::domain::{DeviceKind, DeviceStatus, Error, Result};
pub use crate::store::licensing::CallingData;
pub use crate::store::model::*;
pub use api_devices::{CodeCheck, WEBEX_GO_MODEL};
pub use api_licences::LicenceResult;
pub use api_numbers::{AddRequestReport, MAX_PER_WEBEX_ENTRY};
pub use api_people::{UserChange, UserUpdated, CHANGED};
pub use delivery::{
    BulkDevice, BulkOptions, BulkPhase, BulkProgress, BulkReport, CallImportReport, CallRow, EmailChoice,
    LetterOutcome, QueuedMail, RetryReport, RowProblem,
};
pub use licensing::{
    read_assignments, AssignReport, CallingOutcome, LicenceTemplateRow, ManualAssignment, NotProvisionedRow, Progress,
    ReapplyPreview, ReapplyReport, RunOptions, RunSummary, SyncReport, Tally, TemplateSpec, UserOutcome,
    WorkNumberOutcome, CANCELLED, EXPORT_HEADER, VAR_PROFESSIONAL,
};
pub use mobile::{AssignOutcome, MobileAddReport, OperatorDecision};
pub use through_api::{PlannedRequest, RUN_WIDTH};
pub use webex_go::{AddDevice, AddDeviceChoices, CodeDelivery, DeleteOutcome, DeviceCheck, PhoneOutcome};

use crate::domain::{CodeGenerator, OsCodeGenerator};
use crate::outside::{Actor, Clock, Mailer, Outbox};
use crate::store::index::ListKind;
use crate::store::{self, queries as q};

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

/// What an action writes to the audit trail besides the action's name.
pub(crate) struct Audit {
    pub object: String,
    pub details: String,
}

impl Audit {
    pub fn new(object: impl Into<String>, details: impl Into<String>) -> Self {
        Audit { object: object.into(), details: details.into() }
    }
}

pub struct Service {
    conn: Connection,
    /// In-memory list indexes for filtering and paging (see `index`).
    lists: std::cell::RefCell<index::Lists>,
    org: OrgInfo,
    clock: Arc<dyn Clock>,
    codes: Arc<dyn CodeGenerator>,
    mailer: Box<dyn Mailer>,
    actor: Actor,
    read_only: bool,
    db_label: String,
    outbox: PathBuf,
    /// Where private files (the codes file) are made; tests put in a full disk.
    files: Arc<dyn crate::outside::files::PrivateFiles>,
    /// The `[smtp]` and `print_command` settings, or why they could not be read.
    delivery: std::result::Result<crate::outside::config::DeliveryConfig, Error>,
    /// `Some` on the `webex` backend: the store is the cache of a real organisation.
    webex: Option<webex::WebexSide>,
    /// The database file (`None` in memory): a background sync opens its own connection to it.
    db_path: Option<PathBuf>,
}

/// How old the cache's copy of the organisation is (`webex` backend).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DataAge {
    /// When the last complete snapshot was taken; `None` before the first one finished.
    pub synced_at: Option<DateTime<Utc>>,
    /// "as of 14:02, 3 h ago", or why there is no complete copy yet.
    pub words: String,
    /// A sync started and has not finished (it runs, or it died: the copy is the last complete one).
    pub sync_unfinished: bool,
    /// The parts the last sync could not read, each with its note.
    pub notes: Vec<String>,
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
        svc.read_only = opts.read_only;
        svc.db_label = opts.db.display().to_string();
        svc.db_path = Some(opts.db.clone());
        // SMTP when configured, the outbox folder otherwise (WG04).
        let delivery = crate::outside::config::DeliveryConfig::load();
        svc.mailer = delivery::mailer_for(&delivery, &outbox);
        svc.delivery = delivery;
        svc.outbox = outbox;
        Ok(svc)
    }

    /// Wraps an open connection (tests use an in-memory one).
    pub fn from_connection(conn: Connection, org: Option<&str>, clock: Arc<dyn Clock>) -> Result<Self> {
        let org = pick_org(&conn, org)?;
        Ok(Service {
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
            webex: None,
            db_path: None,
        })
    }

    // ------------------------------------------------------------------ the webex backend

    /// Opens the cache of a real organisation (`webex` backend). The organisation is
    /// `opts.org` (its name or Webex id), else the profile's `org_id`, else the only one cached.
    /// Works offline: nothing here talks to the API.
    pub fn open_webex(opts: &Options, side: webex::WebexSide, clock: Arc<dyn Clock>) -> Result<Self> {
        if !opts.db.exists() {
            return Err(Error::Database(format!(
                "profile \"{}\" has no copy of its organisation yet ({} does not exist). Nothing was created. \
                 Sign in with `wxgo login` (or set WEBEX_TOKEN), then run `wxgo sync`.",
                side.profile.name,
                opts.db.display()
            )));
        }
        let conn = store::open(&opts.db, opts.read_only)?;
        Self::webex_opened(conn, opts, side, clock)
    }

    /// Mirrors the organisation into a new (or existing) cache and opens it: a first sync.
    pub fn sync_new(
        opts: &Options,
        mut side: webex::WebexSide,
        clock: Arc<dyn Clock>,
        sync_opts: &sync::SyncOptions,
        progress: &mut dyn FnMut(&sync::SyncProgress),
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<(Self, sync::SyncReport)> {
        if opts.read_only {
            return Err(Error::ReadOnly(format!("sync into {}", opts.db.display())));
        }
        // The sign-in first: without one, no cache is created.
        let (client, profile) = side.connect()?;
        let conn = store::create(&opts.db)?;
        let now = {
            let c = clock.clone();
            move || c.now()
        };
        let report = sync::run(&conn, client, profile, sync_opts, &now, progress, cancel)?;
        let mut o = opts.clone();
        o.org = Some(report.org_id.clone());
        let svc = Self::webex_opened(conn, &o, side, clock)?;
        Ok((svc, report))
    }

    fn webex_opened(
        conn: Connection,
        opts: &Options,
        mut side: webex::WebexSide,
        clock: Arc<dyn Clock>,
    ) -> Result<Self> {
        let wanted = opts.org.clone().or_else(|| side.profile.org_id.clone());
        let org = pick_webex_org(&conn, wanted.as_deref(), &side.profile.name)?;
        let stored = sync::session_value(&conn, "read_only_reason")?;
        side.read_only_reason =
            webex::read_only_reason(&side.profile, &crate::outside::webex::TokenInfo::default(), &[]).or(stored);
        let mut svc = Self::from_connection(conn, Some(&org.name), clock)?;
        svc.read_only = opts.read_only || side.read_only_reason.is_some();
        if svc.read_only {
            side.lock_read_only();
        }
        svc.db_label = opts.db.display().to_string();
        svc.db_path = Some(opts.db.clone());
        svc.outbox = opts.outbox_dir();
        svc.webex = Some(side);
        Ok(svc)
    }

    pub fn backend(&self) -> crate::outside::profiles::BackendKind {
        match self.webex {
            Some(_) => crate::outside::profiles::BackendKind::Webex,
            None => crate::outside::profiles::BackendKind::Local,
        }
    }

    /// The profile of the `webex` backend (the console's header names it).
    pub fn profile(&self) -> Option<&crate::outside::profiles::Profile> {
        self.webex.as_ref().map(|w| &w.profile)
    }

    /// Why this organisation is open read-only, when it is (`webex` backend: the profile, the
    /// token's scopes or the administrator's role; else `--read-only`).
    pub fn read_only_reason(&self) -> Option<String> {
        match &self.webex {
            Some(w) if w.read_only_reason.is_some() => w.read_only_reason.clone(),
            _ if self.read_only => Some("opened with --read-only".into()),
            _ => None,
        }
    }

    /// How often the open console should [`poll`](Self::poll) (`webex` backend only).
    pub fn poll_interval(&self) -> Option<std::time::Duration> {
        self.webex.as_ref().map(|w| w.profile.poll_interval)
    }

    /// The organisation's Webex id (`webex` backend only).
    pub fn webex_org_id(&self) -> Result<Option<String>> {
        if self.webex.is_none() {
            return Ok(None);
        }
        self.conn
            .query_row("SELECT webex_id FROM webex_orgs WHERE org_id = ?1", [self.org.id], |r| r.get(0))
            .map(Some)
            .map_err(store::db_error)
    }

    /// How old the data is: `None` on the local backend (its data is the truth, never old).
    pub fn data_as_of(&self) -> Result<Option<DataAge>> {
        if self.webex.is_none() {
            return Ok(None);
        }
        let (synced, started): (Option<String>, Option<String>) = self
            .conn
            .query_row("SELECT synced_at, sync_started_at FROM webex_orgs WHERE org_id = ?1", [self.org.id], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .map_err(store::db_error)?;
        let synced = synced.map(|s| q::parse_ts(&s));
        let words = match synced {
            Some(t) => webex::age_words(t, self.now()),
            None => "the first sync has not finished: the list is incomplete; run `wxgo sync`".into(),
        };
        let notes = sync::part_states(&self.conn, self.org.id)?.into_iter().filter_map(|p| p.note).collect();
        Ok(Some(DataAge { synced_at: synced, words, sync_unfinished: started.is_some(), notes }))
    }

    /// Syncs the open organisation again (the console: `progress` after every page, `cancel`
    /// to stop; a cancelled or failed sync keeps the last complete state).
    pub fn sync(
        &mut self,
        full: bool,
        progress: &mut dyn FnMut(&sync::SyncProgress),
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<sync::SyncReport> {
        let org_id = self.webex_org_id()?;
        self.sync_org(org_id.as_deref(), full, progress, cancel)
    }

    /// Syncs another organisation the sign-in manages (the console's organisation picker: a
    /// partner's customer, by name or Webex id; `None`: the default one) and switches to it.
    pub fn sync_org(
        &mut self,
        org: Option<&str>,
        full: bool,
        progress: &mut dyn FnMut(&sync::SyncProgress),
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<sync::SyncReport> {
        let clock = self.clock.clone();
        let now = move || clock.now();
        let Some(side) = self.webex.as_mut() else {
            return Err(Error::Invalid(
                "sync is for a webex profile; this organisation is local (its data is the truth)".into(),
            ));
        };
        let opts = sync::SyncOptions { org: org.map(str::to_string), full };
        let (client, profile) = side.connect()?;
        let report = sync::run(&self.conn, client, profile, &opts, &now, progress, cancel)?;
        side.read_only_reason = side.read_only_reason.take().or(report.read_only_reason.clone());
        self.read_only = self.read_only || side.read_only_reason.is_some();
        if self.read_only {
            side.lock_read_only();
        }
        let name = side.profile.name.clone();
        self.org = pick_webex_org(&self.conn, Some(&report.org_id), &name)?;
        self.lists = Default::default();
        Ok(report)
    }

    /// A second service on the same cache, with its own connection and the same API client:
    /// the console syncs through it on another thread while this one keeps answering from the
    /// cache (WAL: readers see the last complete snapshot until the sync commits its own).
    pub fn sibling(&self) -> Result<Self> {
        let (Some(side), Some(db)) = (self.webex.clone(), self.db_path.clone()) else {
            return Err(Error::Invalid(
                "sync is for a webex profile; this organisation is local (its data is the truth)".into(),
            ));
        };
        let mut opts = Options::new(db);
        opts.read_only = false;
        opts.org = self.webex_org_id()?;
        opts.outbox = Some(self.outbox.clone());
        let conn = store::open(&opts.db, false)?;
        Self::webex_opened(conn, &opts, side, self.clock.clone())
    }

    /// After a sync by a [`sibling`](Self::sibling): opens the organisation it synced (the
    /// same one, or the one picked) with fresh lists.
    pub fn synced(&mut self, org_webex_id: &str) -> Result<()> {
        self.switch_org(org_webex_id)?;
        let stored = sync::session_value(&self.conn, "read_only_reason")?.filter(|r| !r.is_empty());
        if let (Some(side), Some(r)) = (self.webex.as_mut(), stored) {
            if side.read_only_reason.is_none() {
                side.read_only_reason = Some(r);
                side.lock_read_only();
                self.read_only = true;
            }
        }
        Ok(())
    }

    /// The open console's refresh of device status and BroadWorks status (every
    /// [`poll_interval`](Self::poll_interval)).
    pub fn poll(&mut self) -> Result<sync::PollReport> {
        let Some(org_id) = self.webex_org_id()? else {
            return Ok(sync::PollReport::default());
        };
        let now = self.now();
        let org = self.org.id;
        let Some(side) = self.webex.as_mut() else { return Ok(sync::PollReport::default()) };
        sync::poll(&self.conn, side.client()?, org, &org_id, now)
    }

    /// The organisations this sign-in manages (a partner's customers), with the cached ones' age:
    /// the console's organisation picker.
    pub fn webex_orgs(&mut self) -> Result<Vec<sync::OrgChoice>> {
        let Some(side) = self.webex.as_mut() else { return Ok(Vec::new()) };
        sync::org_choices(&self.conn, side.client()?)
    }

    /// Switches to another organisation of the cache (by name or Webex id); sync it first when
    /// it is not cached yet ([`Service::sync_new`] with `org`).
    pub fn switch_org(&mut self, name_or_id: &str) -> Result<()> {
        let name = self.webex.as_ref().map(|w| w.profile.name.clone()).unwrap_or_default();
        self.org = pick_webex_org(&self.conn, Some(name_or_id), &name)?;
        self.lists = Default::default();
        Ok(())
    }

    /// Refuses a change the backend cannot make here: on the `webex` backend an action that is
    /// neither wxgo's own data nor sent through the API ([`webex::through_api`]), and any change
    /// when read-only.
    pub(crate) fn writable(&self, action: &str) -> Result<()> {
        if let Some(w) = &self.webex {
            if webex::through_api(action) {
                return self.api_writable(action);
            }
            let why = self.read_only_reason();
            if !webex::done_locally(action) || why.is_some() {
                return Err(webex::refusal(action, &w.profile.name, why.as_deref()));
            }
        }
        if self.read_only {
            return Err(Error::ReadOnly(action.to_string()));
        }
        Ok(())
    }

    pub fn with_codes(mut self, codes: Arc<dyn CodeGenerator>) -> Self {
        self.codes = codes;
        self
    }

    pub fn with_mailer(mut self, mailer: Box<dyn Mailer>) -> Self {
        self.mailer = mailer;
        self
    }

    pub fn with_actor(mut self, actor: Actor) -> Self {
        self.actor = actor;
        self
    }

    /// Where private files are made (tests: a disk that fills up).
    pub fn with_files(mut self, files: Arc<dyn crate::outside::files::PrivateFiles>) -> Self {
        self.files = files;
        self
    }

    pub fn with_read_only(mut self, read_only: bool) -> Self {
        self.read_only = read_only;
        if read_only {
            if let Some(w) = self.webex.as_mut() {
                w.lock_read_only();
            }
        }
        self
    }

    pub fn org(&self) -> &OrgInfo {
        &self.org
    }

    pub fn is_read_only(&self) -> bool {
        self.read_only
    }

    pub fn db_label(&self) -> &str {
        &self.db_label
    }

    /// The database file (`None` in memory): the console watches it for other processes' changes.
    pub fn db_path(&self) -> Option<&Path> {
        self.db_path.as_deref()
    }

    pub fn outbox(&self) -> &Path {
        &self.outbox
    }

    /// Now, to the second: what is stored and shown.
    pub fn now(&self) -> DateTime<Utc> {
        use chrono::SubsecRound;
        self.clock.now().trunc_subsecs(0)
    }

    /// Changes whenever another connection commits: the console polls this to stay live.
    pub fn data_version(&self) -> Result<i64> {
        q::data_version(&self.conn)
    }

    /// Re-reads the organisation's settings (another process may have changed them).
    pub fn refresh_org(&mut self) -> Result<()> {
        self.org = q::org_by_id(&self.conn, self.org.id)?;
        Ok(())
    }

    // ------------------------------------------------------------------ reading

    pub fn orgs(&self) -> Result<Vec<OrgInfo>> {
        q::orgs(&self.conn)
    }

    pub fn locations(&self) -> Result<Vec<LocationRow>> {
        q::locations(&self.conn, self.org.id)
    }

    pub fn subscriptions(&self) -> Result<Vec<SubscriptionRow>> {
        q::subscriptions(&self.conn, self.org.id)
    }

    pub fn users(&self, filter: &str, offset: usize, limit: usize) -> Result<Vec<UserRow>> {
        if self.direct(ListKind::Users, filter, offset) {
            return q::users_page(&self.conn, self.org.id, "", offset, limit);
        }
        let w = self.window(ListKind::Users, filter, offset, limit)?;
        crate::store::index::users_by_ids(&self.conn, &w.ids)
    }

    pub fn users_count(&self, filter: &str) -> Result<usize> {
        self.count(ListKind::Users, filter)
    }

    pub fn user(&self, email: &str) -> Result<UserRow> {
        q::user_by_email(&self.conn, self.org.id, email)?.ok_or_else(|| self.no_user(email))
    }

    pub fn user_detail(&self, email: &str) -> Result<UserDetail> {
        let user = self.user(email)?;
        let now = self.now();
        let device = q::device_of_user(&self.conn, user.id, now)?;
        let codes = match &device {
            Some(d) => q::device_codes(&self.conn, d.id)?,
            None => Vec::new(),
        };
        let mut audit = q::audit(&self.conn, self.org.id, Some(&format!("user:{}", user.email)), 10)?;
        if let Some(d) = &device {
            audit.extend(q::audit(&self.conn, self.org.id, Some(&format!("device:{}", d.device_id)), 10)?);
            audit.sort_by_key(|a| std::cmp::Reverse(a.at));
            audit.truncate(10);
        }
        Ok(UserDetail { numbers: q::user_numbers(&self.conn, user.id)?, user, device, codes, audit })
    }

    pub fn devices(
        &self,
        status: Option<DeviceStatus>,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<DeviceRow>> {
        let kind = ListKind::Devices(status);
        let mut rows = if self.direct(kind, filter, offset) {
            q::devices_page(&self.conn, self.org.id, status, "", offset, limit, self.now())?
        } else {
            let w = self.window(kind, filter, offset, limit)?;
            crate::store::index::devices_by_ids(&self.conn, &w.ids, self.now())?
        };
        if self.webex.is_some() {
            q::fill_webex_device_fields(&self.conn, &mut rows)?;
        }
        Ok(rows)
    }

    pub fn devices_count(&self, status: Option<DeviceStatus>, filter: &str) -> Result<usize> {
        self.count(ListKind::Devices(status), filter)
    }

    pub fn device(&self, reference: &str) -> Result<DeviceRow> {
        let mut d = self.resolve_device(&self.conn, reference)?;
        if self.webex.is_some() {
            q::fill_webex_device_fields(&self.conn, std::slice::from_mut(&mut d))?;
        }
        Ok(d)
    }

    pub fn numbers(&self, mobile_only: bool, filter: &str, offset: usize, limit: usize) -> Result<Vec<NumberRow>> {
        let kind = ListKind::Numbers { mobile_only };
        if self.direct(kind, filter, offset) {
            return q::numbers_page(&self.conn, self.org.id, mobile_only, "", offset, limit);
        }
        let w = self.window(kind, filter, offset, limit)?;
        crate::store::index::numbers_by_ids(&self.conn, &w.ids)
    }

    pub fn numbers_count(&self, mobile_only: bool, filter: &str) -> Result<usize> {
        self.count(ListKind::Numbers { mobile_only }, filter)
    }

    pub fn audit(&self, limit: usize) -> Result<Vec<AuditRow>> {
        q::audit(&self.conn, self.org.id, None, limit)
    }

    // ------------------------------------------------------------------ list indexes

    /// What identifies the database's content: another process's commit changes the first,
    /// this connection's changes the second.
    fn stamp(&self) -> Result<(i64, u64)> {
        Ok((q::data_version(&self.conn)?, self.conn.total_changes()))
    }

    /// Whether a page is best read straight from SQLite (unfiltered, near the top, no index yet).
    fn direct(&self, kind: ListKind, filter: &str, offset: usize) -> bool {
        filter.trim().is_empty() && offset < index::DIRECT_OFFSET && !self.lists.borrow().is_built(kind)
    }

    fn window(&self, kind: ListKind, filter: &str, offset: usize, limit: usize) -> Result<index::Window> {
        let stamp = self.stamp()?;
        let mut lists = self.lists.borrow_mut();
        lists.check(stamp);
        lists.window(&self.conn, self.org.id, kind, filter, offset, limit)
    }

    fn count(&self, kind: ListKind, filter: &str) -> Result<usize> {
        if filter.trim().is_empty() {
            let stamp = self.stamp()?;
            let mut lists = self.lists.borrow_mut();
            lists.check(stamp);
            return lists.count(&self.conn, self.org.id, kind);
        }
        Ok(self.window(kind, filter, 0, 0)?.total)
    }

    /// Bytes held by the in-memory list indexes (`wxgo bench` prints them beside the peak).
    pub fn index_bytes(&self) -> usize {
        self.lists.borrow().heap_bytes()
    }

    /// Builds the users' index ahead of the first filter keystroke (the console calls this
    /// when it is idle, so typing `/` on a large organisation is instant from the start).
    pub fn warm_indexes(&self) -> Result<()> {
        self.window(ListKind::Users, "", 0, 0).map(|_| ())
    }

    // ------------------------------------------------------------------ helpers

    fn no_user(&self, email: &str) -> Error {
        Error::NotFound(format!(
            "no user with the email \"{}\" in {}. Look it up with `wxgo users list --filter TEXT`.",
            crate::domain::text::shorten(email.trim(), 80),
            self.org.name
        ))
    }

    /// A device by `go-<n>`, `<n>`, or its owner's email.
    fn resolve_device(&self, conn: &Connection, reference: &str) -> Result<DeviceRow> {
        let r = reference.trim();
        let now = self.now();
        let numeric = r.strip_prefix("go-").or_else(|| r.strip_prefix("GO-")).unwrap_or(r);
        if let Ok(id) = numeric.parse::<i64>() {
            return q::device_by_id(conn, self.org.id, id, now)?.ok_or_else(|| {
                Error::NotFound(format!(
                    "no Webex Go device {r} in {}. List them with `wxgo devices list`.",
                    self.org.name
                ))
            });
        }
        if r.contains('@') {
            let user = q::user_by_email(conn, self.org.id, r)?.ok_or_else(|| self.no_user(r))?;
            return q::device_of_user(conn, user.id, now)?
                .ok_or_else(|| Error::NotFound(format!("{} has no Webex Go device.", user.email)));
        }
        Err(Error::Invalid(format!("\"{r}\" is not a device: give its id (go-12) or its owner's email")))
    }

    /// Runs one changing action: refused when read-only, one IMMEDIATE transaction (so two
    /// writers queue instead of failing half-way), audited in the same transaction.
    fn act<T>(
        &self,
        action: &str,
        f: impl FnOnce(&Self, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        self.act_delivered(action, f, &mut |_, _| Ok(()))
    }

    /// Like [`Service::act`], with a step between the action and its commit: `deliver` puts
    /// what the action made (an activation code) where it must arrive, and when it cannot, the
    /// transaction is rolled back and nothing counts (the earlier code still works).
    fn act_delivered<T>(
        &self,
        action: &str,
        f: impl FnOnce(&Self, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
        deliver: &mut dyn FnMut(&Self, &T) -> Result<()>,
    ) -> Result<T> {
        self.writable(action)?;
        let now = self.now();
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(store::db_error)?;
        let (value, audit) = f(self, &tx, now)?;
        self.write_audit(&tx, action, &audit, "ok", now)?;
        deliver(self, &value).map_err(|e| undelivered(action, e))?;
        tx.commit().map_err(store::db_error)?;
        Ok(value)
    }

    fn write_audit(
        &self,
        conn: &Connection,
        action: &str,
        audit: &Audit,
        outcome: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        q::insert_audit(
            conn,
            &q::NewAudit {
                at: now,
                org: Some(self.org.id),
                actor: &self.actor.user,
                ssh_client: self.actor.ssh_client.as_deref(),
                action,
                object: &audit.object,
                outcome,
                details: &audit.details,
            },
        )
    }

    /// An audit entry outside any action (e.g. the outcome of sending an email).
    fn audit_alone(&self, action: &str, audit: &Audit, outcome: &str) -> Result<()> {
        if self.read_only {
            return Ok(());
        }
        self.write_audit(&self.conn, action, audit, outcome, self.now())
    }
}

/// An action whose result could not be delivered: rolled back, and said so.
fn undelivered(action: &str, e: Error) -> Error {
    let why = e.to_string();
    Error::Io(format!(
        "{action} was not done: {why}. Nothing was changed: no new activation code was saved, and any \
         earlier code still works. Fix that and try again."
    ))
}

/// The organisation of a webex cache: by Webex id, else by name; a clear word when none is cached.
fn pick_webex_org(conn: &Connection, wanted: Option<&str>, profile: &str) -> Result<OrgInfo> {
    if let Some(w) = wanted.map(str::trim).filter(|w| !w.is_empty()) {
        let by_id: Option<i64> =
            conn.query_row("SELECT org_id FROM webex_orgs WHERE webex_id = ?1", [w], |r| r.get(0)).ok();
        if let Some(id) = by_id {
            return q::org_by_id(conn, id);
        }
    }
    if q::orgs(conn)?.is_empty() {
        return Err(Error::Database(format!(
            "the cache of profile \"{profile}\" holds no organisation yet. Run `wxgo sync` (after `wxgo login`, \
             or with WEBEX_TOKEN set)."
        )));
    }
    match pick_org(conn, wanted) {
        Err(Error::NotFound(m)) => Err(Error::NotFound(format!(
            "{m}. An organisation not cached yet is fetched with `wxgo sync --org NAME` (see `wxgo orgs`)."
        ))),
        other => other,
    }
}

fn pick_org(conn: &Connection, wanted: Option<&str>) -> Result<OrgInfo> {
    let orgs = q::orgs(conn)?;
    let names = || orgs.iter().map(|o| o.name.as_str()).collect::<Vec<_>>().join(", ");
    match wanted {
        Some(name) => orgs
            .iter()
            .find(|o| o.name.eq_ignore_ascii_case(name.trim()))
            .cloned()
            .ok_or_else(|| Error::NotFound(format!("no organisation named \"{name}\" here; there is: {}", names()))),
        None => match orgs.len() {
            0 => Err(Error::Database(
                "the database holds no organisation yet. Create the demo organisation in it with `wxgo demo`, \
                 or use the demo database with `wxgo --demo`."
                    .into(),
            )),
            1 => Ok(orgs[0].clone()),
            _ => Err(Error::Invalid(format!(
                "the database holds {} organisations; choose one with --org NAME: {}",
                orgs.len(),
                names()
            ))),
        },
    }
}
