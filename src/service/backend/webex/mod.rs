//! The webex backend: Webex is the truth, the database its cache. Changes go to the API first
//! and reach the cache only as Webex accepted them.

use super::Backend;
use crate::domain::Error;
use crate::outside::profiles::BackendKind;
use crate::service::action::Action;
use crate::service::broadworks::BroadWorksBackend;
use crate::service::devices::DevicesBackend;
use crate::service::licences::LicencesBackend;
use crate::service::numbers::NumbersBackend;
use crate::service::people::PeopleBackend;
pub(crate) mod runs;
pub mod signin;

use crate::outside::webex::{WebexResult, Written};
use chrono::{DateTime, Utc};
use rusqlite::Connection;

use crate::domain::Result;
pub(crate) use crate::service::core::with_tracking;
use crate::service::core::{Allowed, Audit, Core};
use crate::store;
pub use runs::{PlannedRequest, RUN_WIDTH};
pub(crate) use signin::OrgClient;
use signin::WebexSide;

pub(crate) struct Webex {
    pub(crate) side: WebexSide,
}

impl Backend for Webex {
    fn kind(&self) -> BackendKind {
        BackendKind::Webex
    }

    fn remote(&mut self) -> Option<&mut Webex> {
        Some(self)
    }

    fn remote_ref(&self) -> Option<&Webex> {
        Some(self)
    }

    fn devices(&self) -> &dyn DevicesBackend {
        self
    }

    fn people(&self) -> &dyn PeopleBackend {
        self
    }

    fn numbers(&self) -> &dyn NumbersBackend {
        self
    }

    fn broadworks(&self) -> &dyn BroadWorksBackend {
        self
    }

    fn licences(&self) -> &dyn LicencesBackend {
        self
    }

    fn profile_name(&self) -> Option<String> {
        Some(self.side.profile.name.clone())
    }

    fn read_only_reason(&self) -> Option<String> {
        self.side.read_only_reason.clone()
    }

    fn read_only_refusal(&self, action: Action, opened_read_only: bool) -> Option<Error> {
        let why = self
            .side
            .read_only_reason
            .clone()
            .or_else(|| opened_read_only.then(|| "it was opened with --read-only".to_string()))?;
        Some(Error::ReadOnlyFor { action: action.name().to_string(), why })
    }
}

/// What Webex accepted: the value and the trackingId of the request that did it.
pub(crate) struct Accepted<R> {
    pub value: R,
    pub tracking_id: Option<String>,
}
impl<R> From<Written<R>> for Accepted<R> {
    fn from(w: Written<R>) -> Self {
        Accepted { value: w.value, tracking_id: w.tracking_id }
    }
}

/// Text from the API (a state, a reason, an error description) as wxgo shows and stores it: one
/// line, no terminal hazards, at most `max` characters.
pub(crate) fn untrusted(s: &str, max: usize) -> String {
    crate::domain::text::shorten(crate::domain::text::for_terminal(s.trim()).as_ref(), max).into_owned()
}

/// A Webex answer into the service's error (Webex's words and the trackingId are kept).
pub(crate) fn api<T>(r: WebexResult<T>) -> Result<T> {
    r.map_err(Error::from)
}

impl Webex {
    /// The API client aimed at the open organisation.
    pub(crate) fn org_client(&self, cx: &Core) -> Result<OrgClient> {
        let org = store::webex_orgs::webex_id(&cx.conn, cx.org.id)?;
        self.side.org_client(&org)
    }

    /// One changing action through the API: `send` talks to Webex (one request or several:
    /// re-read, then write) and returns what Webex accepted; only then does `apply` write the
    /// cache, in one transaction with the audit entry, which carries the trackingId. When Webex
    /// refuses, nothing is written and the error says what Webex said.
    pub(crate) fn via_api<R, T>(
        &self,
        cx: &Core,
        ok: Allowed,
        send: impl FnOnce(&OrgClient) -> Result<Accepted<R>>,
        apply: impl FnOnce(&Core, &Connection, DateTime<Utc>, R) -> Result<(T, Audit)>,
    ) -> Result<T> {
        let client = self.org_client(cx)?;
        let accepted = send(&client)?;
        let tracking = accepted.tracking_id.clone();
        cx.cache_accepted(ok, tracking.as_deref(), |cx, tx, now| apply(cx, tx, now, accepted.value))
    }
}

/// The journal's kind for single changes sent without an answer: one unfinished run per action,
/// one step per person (`sending`: Webex was not asked yet; `done`: it was). Nothing secret.
const UNKNOWN_KIND: &str = "unknown outcome";

fn unknown_run(cx: &Core, action: &str) -> Result<i64> {
    match store::journal::open_run(&cx.conn, cx.org.id, UNKNOWN_KIND, action)? {
        Some((id, _)) => Ok(id),
        None => store::journal::start_run(&cx.conn, cx.org.id, UNKNOWN_KIND, action, action, 0, cx.now()),
    }
}

/// Records that `action` for `key` (a person's Webex id) left without an answer: the next
/// attempt asks Webex what it has before sending anything again (the lost-answer rule).
pub(crate) fn unknown_mark(cx: &Core, action: &str, key: &str, detail: &str) -> Result<()> {
    let run = unknown_run(cx, action)?;
    store::journal::mark(&cx.conn, run, key, store::journal::StepState::Sending, None, detail, cx.now())
}

/// Whether an earlier `action` for `key` is still unknown (Webex not asked since).
pub(crate) fn unknown_pending(cx: &Core, action: &str, key: &str) -> Result<bool> {
    let Some((run, _)) = store::journal::open_run(&cx.conn, cx.org.id, UNKNOWN_KIND, action)? else {
        return Ok(false);
    };
    Ok(store::journal::steps(&cx.conn, run)?.get(key).is_some_and(|s| s.state == store::journal::StepState::Sending))
}

/// Webex was asked about `key`'s earlier `action`: it is known now.
pub(crate) fn unknown_settled(cx: &Core, action: &str, key: &str, what: &str) -> Result<()> {
    let run = unknown_run(cx, action)?;
    store::journal::mark(&cx.conn, run, key, store::journal::StepState::Done, None, what, cx.now())
}
