//! The webex backend: Webex is the truth, the database its cache. Changes go to the API first
//! and reach the cache only as Webex accepted them.

use super::{Backend, Capability};
use crate::domain::Error;
use crate::service::action::Action;
use crate::outside::profiles::BackendKind;
pub(crate) mod runs;
pub mod signin;

use crate::outside::webex::{WebexResult, Written};
use crate::domain::Result;
pub(crate) use crate::service::core::with_tracking;
use signin::WebexSide;
pub use runs::{PlannedRequest, RUN_WIDTH};
pub(crate) use signin::OrgClient;

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

    fn has(&self, _capability: Capability) -> bool {
        false
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
