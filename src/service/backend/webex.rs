//! The webex backend: Webex is the truth, the database its cache. Changes go to the API first
//! and reach the cache only as Webex accepted them.

use super::{Backend, Capability};
use crate::outside::profiles::BackendKind;
use crate::service::webex::WebexSide;

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
}
