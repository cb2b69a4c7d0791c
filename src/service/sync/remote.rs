//! The open organisation as a copy of a real one (the `webex` backend): opening the cache,
//! the first sync into a new one, how old the copy is, syncing again (also another organisation
//! the sign-in manages) and the console's poll.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::domain::{Error, Result};
use crate::outside::Clock;
use crate::service::backend;
use crate::service::backend::webex::signin;
use crate::service::{Options, Service};
use crate::store::model::OrgInfo;
use crate::store::{self, queries as q};

/// How old the cache's copy of the organisation is (`webex` backend).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct DataAge {
    /// When the last complete snapshot was taken; `None` before the first one finished.
    pub synced_at: Option<DateTime<Utc>>,
    /// "as of 14:02, 3 h ago", or why there is no complete copy yet (a message, said in the
    /// admin's language; the age itself in their language's form by `signin::age_in`).
    pub words: crate::domain::error::Text,
    /// A sync started and has not finished (it runs, or it died: the copy is the last complete one).
    pub sync_unfinished: bool,
    /// The parts the last sync could not read, each with its note (kept in English by the
    /// cache, read back into its message: [`super::said_note`]).
    pub notes: Vec<crate::domain::error::Text>,
}

impl Service {
    /// Whether the open organisation is a copy of a real one that a sync brings up to date.
    pub fn can_sync(&self) -> bool {
        self.backend.remote_ref().is_some()
    }

    /// Opens the cache of a real organisation (`webex` backend). The organisation is
    /// `opts.org` (its name or Webex id), else the profile's `org_id`, else the only one cached.
    /// Works offline: nothing here talks to the API.
    pub fn open_webex(opts: &Options, side: signin::WebexSide, clock: Arc<dyn Clock>) -> Result<Self> {
        if !opts.db.exists() {
            return Err(Error::database(crate::said!(
                "cache-none-yet",
                profile = &side.profile.name,
                file = opts.db.display().to_string(),
                login = "`wxgo login`",
                sync = "`wxgo sync`"
            )));
        }
        let conn = store::open(&opts.db, opts.read_only)?;
        Self::webex_opened(conn, opts, side, clock)
    }

    /// Mirrors the organisation into a new (or existing) cache and opens it: a first sync.
    pub fn sync_new(
        opts: &Options,
        side: signin::WebexSide,
        clock: Arc<dyn Clock>,
        sync_opts: &super::SyncOptions,
        progress: &mut dyn FnMut(&super::SyncProgress),
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<(Self, super::SyncReport)> {
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
        let report = super::run(&conn, client, profile, sync_opts, &now, progress, cancel)?;
        let mut o = opts.clone();
        o.org = Some(report.org_id.clone());
        let svc = Self::webex_opened(conn, &o, side, clock)?;
        Ok((svc, report))
    }

    fn webex_opened(
        conn: Connection,
        opts: &Options,
        mut side: signin::WebexSide,
        clock: Arc<dyn Clock>,
    ) -> Result<Self> {
        let wanted = opts.org.clone().or_else(|| side.profile.org_id.clone());
        let org = pick_webex_org(&conn, wanted.as_deref(), &side.profile.name)?;
        let stored = super::session_value(&conn, "read_only_reason")?;
        side.read_only_reason =
            signin::read_only_reason(&side.profile, &crate::outside::webex::TokenInfo::default(), &[]).or(stored);
        let mut svc = Self::from_connection(conn, Some(&org.name), clock)?;
        svc.core.read_only = opts.read_only || side.read_only_reason.is_some();
        if svc.core.read_only {
            side.lock_read_only();
        }
        svc.core.db_label = opts.db.display().to_string();
        svc.core.db_path = Some(opts.db.clone());
        svc.core.outbox = opts.outbox_dir();
        svc.backend = Box::new(backend::Webex { side });
        Ok(svc)
    }

    pub fn backend(&self) -> crate::outside::profiles::BackendKind {
        self.backend.kind()
    }

    /// The profile of the `webex` backend (the console's header names it).
    pub fn profile(&self) -> Option<&crate::outside::profiles::Profile> {
        self.backend.remote_ref().map(|w| &w.side.profile)
    }

    /// Why this organisation is open read-only, when it is (`webex` backend: the profile, the
    /// token's scopes or the administrator's role; else `--read-only`).
    pub fn read_only_reason(&self) -> Option<String> {
        match self.backend.remote_ref().map(|w| &w.side) {
            Some(w) if w.read_only_reason.is_some() => w.read_only_reason.clone(),
            _ if self.core.read_only => Some(crate::said!("read-only-why-opened-db").into()),
            _ => None,
        }
    }

    /// How often the open console should [`poll`](Self::poll) (`webex` backend only).
    pub fn poll_interval(&self) -> Option<std::time::Duration> {
        self.backend.remote_ref().map(|w| w.side.profile.poll_interval)
    }

    /// The organisation's Webex id (`webex` backend only).
    pub fn webex_org_id(&self) -> Result<Option<String>> {
        if self.backend.remote_ref().is_none() {
            return Ok(None);
        }
        store::webex_orgs::webex_id(&self.core.conn, self.core.org.id).map(Some)
    }

    /// How old the data is: `None` on the local backend (its data is the truth, never old).
    pub fn data_as_of(&self) -> Result<Option<DataAge>> {
        if self.backend.remote_ref().is_none() {
            return Ok(None);
        }
        let (synced, started) = store::webex_orgs::sync_times(&self.core.conn, self.core.org.id)?;
        let synced = synced.map(|s| q::parse_ts(&s));
        let words = match synced {
            Some(t) => signin::age_words(t, self.core.now()).into(),
            None => crate::said!("age-first-sync", command = "`wxgo sync`"),
        };
        let notes = super::part_states(&self.core.conn, self.core.org.id)?
            .into_iter()
            .filter_map(|p| p.note)
            .map(|n| super::said_note(&n))
            .collect();
        Ok(Some(DataAge { synced_at: synced, words, sync_unfinished: started.is_some(), notes }))
    }

    /// Syncs the open organisation again (the console: `progress` after every page, `cancel`
    /// to stop; a cancelled or failed sync keeps the last complete state).
    pub fn sync(
        &mut self,
        full: bool,
        progress: &mut dyn FnMut(&super::SyncProgress),
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<super::SyncReport> {
        let org_id = self.webex_org_id()?;
        self.sync_org(org_id.as_deref(), full, progress, cancel)
    }

    /// Syncs another organisation the sign-in manages (the console's organisation picker: a
    /// partner's customer, by name or Webex id; `None`: the default one) and switches to it.
    pub fn sync_org(
        &mut self,
        org: Option<&str>,
        full: bool,
        progress: &mut dyn FnMut(&super::SyncProgress),
        cancel: &std::sync::atomic::AtomicBool,
    ) -> Result<super::SyncReport> {
        let clock = self.core.clock.clone();
        let now = move || clock.now();
        let Some(side) = self.backend.remote().map(|w| &mut w.side) else {
            return Err(Error::invalid(crate::said!("sync-local")));
        };
        let opts = super::SyncOptions { org: org.map(str::to_string), full };
        let (client, profile) = side.connect()?;
        let report = super::run(&self.core.conn, client, profile, &opts, &now, progress, cancel)?;
        side.read_only_reason = side.read_only_reason.take().or(report.read_only_reason.clone());
        self.core.read_only = self.core.read_only || side.read_only_reason.is_some();
        if self.core.read_only {
            side.lock_read_only();
        }
        let name = side.profile.name.clone();
        self.core.org = pick_webex_org(&self.core.conn, Some(&report.org_id), &name)?;
        self.core.lists = Default::default();
        Ok(report)
    }

    /// A second service on the same cache, with its own connection and the same API client:
    /// the console syncs through it on another thread while this one keeps answering from the
    /// cache (WAL: readers see the last complete snapshot until the sync commits its own).
    pub fn sibling(&self) -> Result<Self> {
        let (Some(side), Some(db)) = (self.backend.remote_ref().map(|w| w.side.clone()), self.core.db_path.clone())
        else {
            return Err(Error::invalid(crate::said!("sync-local")));
        };
        let mut opts = Options::new(db);
        opts.read_only = false;
        opts.org = self.webex_org_id()?;
        opts.outbox = Some(self.core.outbox.clone());
        let conn = store::open(&opts.db, false)?;
        Self::webex_opened(conn, &opts, side, self.core.clock.clone())
    }

    /// After a sync by a [`sibling`](Self::sibling): opens the organisation it synced (the
    /// same one, or the one picked) with fresh lists.
    pub fn synced(&mut self, org_webex_id: &str) -> Result<()> {
        self.switch_org(org_webex_id)?;
        let stored = super::session_value(&self.core.conn, "read_only_reason")?.filter(|r| !r.is_empty());
        if let (Some(side), Some(r)) = (self.backend.remote().map(|w| &mut w.side), stored) {
            if side.read_only_reason.is_none() {
                side.read_only_reason = Some(r);
                side.lock_read_only();
                self.core.read_only = true;
            }
        }
        Ok(())
    }

    /// The open console's refresh of device status and BroadWorks status (every
    /// [`poll_interval`](Self::poll_interval)).
    pub fn poll(&mut self) -> Result<super::PollReport> {
        let Some(org_id) = self.webex_org_id()? else {
            return Ok(super::PollReport::default());
        };
        let now = self.core.now();
        let org = self.core.org.id;
        let Some(side) = self.backend.remote().map(|w| &mut w.side) else { return Ok(super::PollReport::default()) };
        super::poll(&self.core.conn, side.client()?, org, &org_id, now)
    }

    /// The organisations this sign-in manages (a partner's customers), with the cached ones' age:
    /// the console's organisation picker.
    pub fn webex_orgs(&mut self) -> Result<Vec<super::OrgChoice>> {
        let Some(side) = self.backend.remote().map(|w| &mut w.side) else { return Ok(Vec::new()) };
        super::org_choices(&self.core.conn, side.client()?)
    }

    /// Switches to another organisation of the cache (by name or Webex id); sync it first when
    /// it is not cached yet ([`Service::sync_new`] with `org`).
    pub fn switch_org(&mut self, name_or_id: &str) -> Result<()> {
        let name = self.backend.remote_ref().map(|w| w.side.profile.name.clone()).unwrap_or_default();
        self.core.org = pick_webex_org(&self.core.conn, Some(name_or_id), &name)?;
        self.core.lists = Default::default();
        Ok(())
    }
}

/// The organisation of a webex cache: by Webex id, else by name; a clear word when none is cached.
pub(crate) fn pick_webex_org(conn: &Connection, wanted: Option<&str>, profile: &str) -> Result<OrgInfo> {
    if let Some(w) = wanted.map(str::trim).filter(|w| !w.is_empty()) {
        if let Some(id) = store::webex_orgs::by_webex_id(conn, w)? {
            return q::org_by_id(conn, id);
        }
    }
    if q::orgs(conn)?.is_empty() {
        return Err(Error::database(crate::said!(
            "cache-no-org",
            profile = profile,
            sync = "`wxgo sync`",
            login = "`wxgo login`"
        )));
    }
    match crate::service::pick_org(conn, wanted) {
        Err(Error::NotFound(m)) => Err(Error::not_found(crate::said!(
            "org-not-cached-hint",
            error = m,
            command = "`wxgo sync --org NAME`",
            orgs = "`wxgo orgs`"
        ))),
        other => other,
    }
}

/// The organisations a sign-in manages, with when the cache at `db` (if there is one yet) last
/// synced each: `wxgo orgs`.
pub fn org_choices_in(db: &std::path::Path, side: &signin::WebexSide) -> Result<Vec<super::OrgChoice>> {
    let conn = if db.exists() { store::open(db, true)? } else { store::open_in_memory()? };
    super::org_choices(&conn, side.client()?)
}
