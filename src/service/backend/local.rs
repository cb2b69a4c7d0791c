//! The local backend: the database is the truth (the demo organisation, or an organisation kept
//! only in wxgo), with the stand-ins for the phone, the portal and the operator.

use super::{Backend, Capability};
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
}
