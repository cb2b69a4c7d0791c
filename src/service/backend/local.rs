//! The local backend: the database is the truth (the demo organisation, or an organisation kept
//! only in wxgo), with the stand-ins for the phone, the portal and the operator.

use super::Backend;
use crate::domain::Error;
use crate::outside::profiles::BackendKind;
use crate::service::action::Action;
use crate::service::broadworks::portal::PortalStandIn;
use crate::service::broadworks::BroadWorksBackend;
use crate::service::devices::phone::PhoneStandIn;
use crate::service::devices::{DevicesBackend, LostStolen};
use crate::service::licences::LicencesBackend;
use crate::service::numbers::{NumbersBackend, OperatorAccounts, OperatorStandIn};
use crate::service::people::PeopleBackend;

#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct Local;

impl Backend for Local {
    fn kind(&self) -> BackendKind {
        BackendKind::Local
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

    fn portal(&self) -> Option<&dyn PortalStandIn> {
        Some(self)
    }

    fn operator_accounts(&self) -> Option<&dyn OperatorAccounts> {
        Some(self)
    }

    fn operator(&self) -> Option<&dyn OperatorStandIn> {
        Some(self)
    }

    fn lost_stolen(&self) -> Option<&dyn LostStolen> {
        Some(self)
    }

    fn phone(&self) -> Option<&dyn PhoneStandIn> {
        Some(self)
    }

    fn read_only_refusal(&self, action: Action, opened_read_only: bool) -> Option<Error> {
        opened_read_only.then(|| Error::ReadOnly(action.name().to_string()))
    }
}
