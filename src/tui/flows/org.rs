//! A real organisation (the `webex` backend) in the console: syncing it from Webex while the
//! panes keep answering from the cache, with the progress in the header and Esc (or Ctrl-C,
//! or q) to stop it; and the organisation picker for partner administrators.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crate::domain::Result;
use crate::i18n::Tr;
use crate::service::sync::{OrgChoice, SyncReport};
use crate::service::OrgInfo;
use crate::tui::app::App;
use crate::tui::jobs::{ask, Job, Jobs, Update};
use crate::tui::popups::choice::{Choice, Item, Purpose};
use crate::tui::worker;

/// A sync running in the background.
#[derive(Debug, Clone)]
pub struct SyncRun {
    pub cancel: Arc<AtomicBool>,
    /// The latest progress line (`people 1,000 ✓ · devices 500 …`).
    pub line: String,
    /// The organisation being synced (its name), when it is not the open one.
    pub other: Option<String>,
}

/// The sync of a real organisation (`org`: another one the sign-in manages, by Webex id), on a
/// thread of its own through a second connection, so the panes keep answering from the cache;
/// `cancel` stops it and the cache keeps its last complete state.
fn sync(org: Option<String>, full: bool, cancel: Arc<AtomicBool>) -> Job {
    worker::Job::new(
        move |svc, sink| {
            let mut report = |p: &crate::service::sync::SyncProgress| {
                let line = p.line();
                sink(Update::new(move |app| {
                    app.sync_progressed(line);
                    Vec::new()
                }))
            };
            let result = svc.sync_org(org.as_deref(), full, &mut report, &cancel).map(Box::new);
            Update::new(move |app| app.sync_done(result))
        },
        |e| Update::new(move |app| app.sync_done(Err(e))),
    )
    .beside("sync")
}

/// Opens another organisation of the cache (by Webex id), or the same one after a sync.
fn switch_org(id: String, tr: Arc<Tr>) -> Job {
    ask(
        move |svc| svc.synced(&id).map(|()| (svc.org().clone(), crate::tui::backend_label(svc, &tr))),
        |app, result| app.org_switched(result),
    )
}

impl App {
    /// `F` (`full`: also every audit event of 30 days): sync the open organisation from Webex.
    pub(crate) fn sync_webex(&mut self, full: bool) -> Jobs {
        self.start_sync(None, None, full)
    }

    fn start_sync(&mut self, org: Option<String>, name: Option<String>, full: bool) -> Jobs {
        if !self.can_sync {
            self.info(tr!(self.tr, "say-org-local"));
            return Vec::new();
        }
        if self.syncing.is_some() {
            self.info(tr!(self.tr, "say-sync-running"));
            return Vec::new();
        }
        let cancel = Arc::new(AtomicBool::new(false));
        let starting = tr!(self.tr, "sync-starting");
        self.syncing = Some(SyncRun { cancel: cancel.clone(), line: starting, other: name.clone() });
        let said = match &name {
            Some(n) => tr!(self.tr, "say-syncing-other", org = n),
            None => tr!(self.tr, "say-syncing"),
        };
        self.info(said);
        vec![sync(org, full, cancel)]
    }

    /// Stops a running sync (Esc, Ctrl-C, q): the cache keeps its last complete state. `false`
    /// when none runs.
    pub(crate) fn stop_sync(&mut self) -> bool {
        match &self.syncing {
            Some(run) if !run.cancel.load(Ordering::SeqCst) => {
                run.cancel.store(true, Ordering::SeqCst);
                self.info(tr!(self.tr, "say-stopping-sync"));
                true
            }
            Some(_) => {
                // Asked twice: let go of it (quitting leaves its transaction uncommitted).
                false
            }
            None => false,
        }
    }

    fn sync_progressed(&mut self, line: String) {
        if let Some(run) = self.syncing.as_mut() {
            run.line = line;
            self.dirty = true;
        }
    }

    fn sync_done(&mut self, result: Result<Box<SyncReport>>) -> Jobs {
        let stopped = self.syncing.take().is_some_and(|r| r.cancel.load(Ordering::SeqCst));
        match result {
            Ok(r) => {
                let notes: Vec<String> = r.parts.iter().filter_map(|p| r.note(p)).map(|t| self.tr.text(&t)).collect();
                let items: usize = r.parts.iter().map(|p| p.items).sum();
                let mut text = tr!(self.tr, "say-synced-org", org = &r.org, items = items, pages = r.pages);
                if !notes.is_empty() {
                    text.push_str(&format!("; {}", notes.join("; ")));
                }
                self.info(text);
                vec![switch_org(r.org_id.clone(), self.tr.clone())]
            }
            Err(_) if stopped => {
                self.info(tr!(self.tr, "say-sync-stopped"));
                Vec::new()
            }
            Err(e) => {
                self.fail(tr!(self.tr, "say-sync-failed", error = &e.to_string()));
                Vec::new()
            }
        }
    }

    /// `ctrl-o`: the organisations this sign-in manages (a partner's customers).
    pub(crate) fn pick_org(&mut self) -> Jobs {
        if !self.can_sync {
            self.info(tr!(self.tr, "say-org-local"));
            return Vec::new();
        }
        self.info(tr!(self.tr, "say-asking-orgs"));
        vec![ask(|svc| svc.webex_orgs(), |app, result| app.orgs_loaded(result))]
    }

    fn orgs_loaded(&mut self, result: Result<Vec<OrgChoice>>) -> Jobs {
        let orgs = match result {
            Ok(o) => o,
            Err(e) => {
                self.fail(tr!(self.tr, "say-cannot-list-orgs", error = &e.to_string()));
                return Vec::new();
            }
        };
        if orgs.is_empty() {
            self.info(tr!(self.tr, "say-no-other-org"));
            return Vec::new();
        }
        let open = self.org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
        let mut selected = 0;
        let items: Vec<Item> = orgs
            .iter()
            .enumerate()
            .map(|(i, o)| {
                if o.name == open {
                    selected = i;
                }
                let age = match o.synced_at {
                    Some(t) => tr!(self.tr, "org-cached", at = &self.tr.datetime(t)),
                    None => tr!(self.tr, "org-not-cached"),
                };
                let value = format!("{}\u{1f}{}", if o.synced_at.is_some() { "c" } else { "n" }, o.id);
                Item { label: format!("{} · {age}", crate::domain::text::for_terminal(&o.name)), value }
            })
            .collect();
        let (title, prompt) = (tr!(self.tr, "org-pick-title"), tr!(self.tr, "org-pick-prompt"));
        self.choose(Choice::new(Purpose::Organisation, title, prompt, items).selecting(selected));
        Vec::new()
    }

    pub(crate) fn org_picked(&mut self, value: String, label: String) -> Jobs {
        let (cached, id) = value.split_once('\u{1f}').unwrap_or(("n", value.as_str()));
        if cached == "c" {
            return vec![switch_org(id.to_string(), self.tr.clone())];
        }
        let name = label.split(" · ").next().unwrap_or("").to_string();
        self.start_sync(Some(id.to_string()), Some(name), false)
    }

    fn org_switched(&mut self, result: Result<(OrgInfo, Option<String>)>) -> Jobs {
        match result {
            Ok((org, label)) => {
                self.org = Some(org);
                if let Some(l) = label {
                    self.backend_label = Some(l);
                }
                self.dirty = true;
                self.reload_all()
            }
            Err(e) => {
                self.fail(e.to_string());
                Vec::new()
            }
        }
    }
}
