//! Shims while the rooms move behind the seam (removed when the last room has moved).

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

use super::backend::webex::{Accepted, OrgClient};
use super::core::with_tracking;
use super::{Audit, Error, Result, Service};
use crate::store;

impl Service {
    /// Whether the open organisation is a real one (`webex` backend).
    pub fn is_webex(&self) -> bool {
        self.backend.remote_ref().is_some()
    }

    /// Refuses an action that goes through the API when nothing but reads may leave the machine.
    pub(crate) fn api_writable(&self, action: &str) -> Result<()> {
        let why = match self.backend.remote_ref() {
            Some(w) => w.side.read_only_reason.clone(),
            None => None,
        };
        match why {
            Some(why) => Err(Error::ReadOnlyFor { action: action.to_string(), why }),
            None if self.core.read_only => {
                Err(Error::ReadOnlyFor { action: action.to_string(), why: "it was opened with --read-only".into() })
            }
            None => Ok(()),
        }
    }

    /// The API client aimed at the open organisation (`webex` backend only).
    pub(crate) fn org_client(&mut self) -> Result<OrgClient> {
        let org = self
            .webex_org_id()?
            .ok_or_else(|| Error::Invalid("this organisation is local: its actions do not go to Webex".into()))?;
        match self.backend.remote() {
            Some(w) => w.side.org_client(&org),
            None => Err(Error::Invalid("this organisation is local: its actions do not go to Webex".into())),
        }
    }

    /// One changing action through the API: refused when read-only; `send` talks to Webex (one
    /// request or several: re-read, then write) and returns what Webex accepted; only then does
    /// `apply` write the cache, in one transaction with the audit entry, which carries the
    /// trackingId. When Webex refuses, nothing is written and the error says what Webex said.
    /// When Webex accepted but the cache cannot be written, the error says so: the change is
    /// made in Webex and `wxgo sync` brings it here.
    pub(crate) fn via_api<R, T>(
        &mut self,
        action: &str,
        send: impl FnOnce(&Self, &OrgClient) -> Result<Accepted<R>>,
        apply: impl FnOnce(&Self, &Connection, DateTime<Utc>, R) -> Result<(T, Audit)>,
    ) -> Result<T> {
        self.api_writable(action)?;
        let client = self.org_client()?;
        let accepted = send(self, &client)?;
        let tracking = accepted.tracking_id.clone();
        self.cache_accepted(action, tracking.as_deref(), |svc, tx, now| apply(svc, tx, now, accepted.value))
    }

    /// Writes to the cache what Webex already accepted, with its audit entry (and trackingId).
    pub(crate) fn cache_accepted<T>(
        &self,
        action: &str,
        tracking_id: Option<&str>,
        apply: impl FnOnce(&Self, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        let now = self.now();
        let written = (|| {
            let tx = rusqlite::Transaction::new_unchecked(&self.core.conn, TransactionBehavior::Immediate)
                .map_err(store::db_error)?;
            let (value, mut audit) = apply(self, &tx, now)?;
            audit.details = with_tracking(&audit.details, tracking_id);
            self.write_audit(&tx, action, &audit, "ok", now)?;
            tx.commit().map_err(store::db_error)?;
            Ok(value)
        })();
        written.map_err(|e: Error| {
            let tid = tracking_id.map(|t| format!(" (trackingId {t})")).unwrap_or_default();
            Error::Io(format!(
                "Webex accepted \"{action}\"{tid}, but wxgo's copy could not be updated: {e}. The change is made \
                 in Webex; run `wxgo sync` to see it here."
            ))
        })
    }
}

/// The journal's kind for single changes sent without an answer: one unfinished run per action,
/// one step per person (`sending`: Webex was not asked yet; `done`: it was). Nothing secret.
const UNKNOWN_KIND: &str = "unknown outcome";
impl Service {
    fn unknown_run(&self, action: &str) -> Result<i64> {
        match store::journal::open_run(&self.core.conn, self.core.org.id, UNKNOWN_KIND, action)? {
            Some((id, _)) => Ok(id),
            None => store::journal::start_run(
                &self.core.conn,
                self.core.org.id,
                UNKNOWN_KIND,
                action,
                action,
                0,
                self.now(),
            ),
        }
    }

    /// Records that `action` for `key` (a person's Webex id) left without an answer: the next
    /// attempt asks Webex what it has before sending anything again (the lost-answer rule).
    pub(crate) fn unknown_mark(&self, action: &str, key: &str, detail: &str) -> Result<()> {
        let run = self.unknown_run(action)?;
        store::journal::mark(&self.core.conn, run, key, store::journal::StepState::Sending, None, detail, self.now())
    }

    /// Whether an earlier `action` for `key` is still unknown (Webex not asked since).
    pub(crate) fn unknown_pending(&self, action: &str, key: &str) -> Result<bool> {
        let Some((run, _)) = store::journal::open_run(&self.core.conn, self.core.org.id, UNKNOWN_KIND, action)? else {
            return Ok(false);
        };
        Ok(store::journal::steps(&self.core.conn, run)?
            .get(key)
            .is_some_and(|s| s.state == store::journal::StepState::Sending))
    }

    /// Webex was asked about `key`'s earlier `action`: it is known now.
    pub(crate) fn unknown_settled(&self, action: &str, key: &str, what: &str) -> Result<()> {
        let run = self.unknown_run(action)?;
        store::journal::mark(&self.core.conn, run, key, store::journal::StepState::Done, None, what, self.now())
    }
}
