//! The local backend: the database is the truth (the demo organisation, or an organisation kept
//! only in wxgo), with the stand-ins for the phone, the portal and the operator.

use super::{Backend, Capability};
use crate::domain::Error;
use crate::service::action::Action;
use crate::outside::profiles::BackendKind;

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Local;

impl Backend for Local {
    fn kind(&self) -> BackendKind {
        BackendKind::Local
    }

    fn has(&self, _capability: Capability) -> bool {
        true
    }

    fn read_only_refusal(&self, action: Action, opened_read_only: bool) -> Option<Error> {
        opened_read_only.then(|| Error::ReadOnly(action.name().to_string()))
    }
}
