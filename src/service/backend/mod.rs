//! The seam between the service and its two backends. The backend is picked once, where an
//! organisation is opened ([`super::Service::open`]: the local database is the truth;
//! [`super::Service::open_webex`]: Webex is the truth and the database its cache), and every
//! action reaches it through one trait per resource. What only one backend can do is a
//! capability: an accessor that answers `None` on the other, so the refusals, help's
//! "Control Hub only" marks and the demo's stand-ins all follow from the types.

pub(crate) mod local;
pub(crate) mod webex;

use super::action::Action;
use crate::domain::Error;
use crate::outside::profiles::BackendKind;
use crate::service::broadworks::portal::PortalStandIn;
use crate::service::broadworks::BroadWorksBackend;
use crate::service::devices::phone::PhoneStandIn;
use crate::service::devices::{DevicesBackend, LostStolen};
use crate::service::licences::LicencesBackend;
use crate::service::numbers::{NumbersBackend, OperatorAccounts, OperatorStandIn};
use crate::service::people::PeopleBackend;

pub(crate) use local::Local;
pub(crate) use webex::Webex;

/// What only one backend can do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Capability {
    /// WG08 on the organisation's data (no public Webex API: Control Hub only there).
    LostStolen,
    /// MO01 operator accounts (no public Webex API: Control Hub only there).
    OperatorAccounts,
    /// The demo's stand-in for the phone redeeming codes and changing its line.
    Phone,
    /// The demo's stand-in for the BroadWorks activation portal.
    Portal,
    /// The demo's stand-in for the mobile operator deciding on an account.
    Operator,
}

/// One backend: the organisation's data and what can be done to it.
pub(crate) trait Backend: Send {
    fn kind(&self) -> BackendKind;

    /// The real organisation behind the cache: its sign-in, sync and poll (`webex` only).
    fn remote(&mut self) -> Option<&mut Webex> {
        None
    }

    fn remote_ref(&self) -> Option<&Webex> {
        None
    }

    fn devices(&self) -> &dyn DevicesBackend;
    fn people(&self) -> &dyn PeopleBackend;
    fn numbers(&self) -> &dyn NumbersBackend;
    fn broadworks(&self) -> &dyn BroadWorksBackend;
    fn licences(&self) -> &dyn LicencesBackend;

    /// The demo's stand-in for the BroadWorks activation portal.
    fn portal(&self) -> Option<&dyn PortalStandIn> {
        None
    }

    /// MO01 operator accounts (Control Hub only on a real organisation).
    fn operator_accounts(&self) -> Option<&dyn OperatorAccounts> {
        None
    }

    /// The demo's stand-in for the mobile operator.
    fn operator(&self) -> Option<&dyn OperatorStandIn> {
        None
    }

    /// WG08 (Control Hub only on a real organisation).
    fn lost_stolen(&self) -> Option<&dyn LostStolen> {
        None
    }

    /// The demo's stand-in for the phone.
    fn phone(&self) -> Option<&dyn PhoneStandIn> {
        None
    }

    /// Whether this backend can do what `capability` stands for: whether it has the accessor's
    /// implementation, so the two cannot disagree.
    fn has(&self, capability: Capability) -> bool {
        match capability {
            Capability::LostStolen => self.lost_stolen().is_some(),
            Capability::Phone => self.phone().is_some(),
            Capability::OperatorAccounts | Capability::Portal | Capability::Operator => {
                self.kind() == BackendKind::Local
            }
        }
    }

    /// The profile's name (`webex` only), for refusals.
    fn profile_name(&self) -> Option<String> {
        None
    }

    /// Why changes are refused beyond `--read-only` (the profile, the token, the role).
    fn read_only_reason(&self) -> Option<String> {
        None
    }

    /// The refusal of `action` when the organisation is read-only (`opened_read_only`: `--read-only`).
    fn read_only_refusal(&self, action: Action, opened_read_only: bool) -> Option<Error>;
}
