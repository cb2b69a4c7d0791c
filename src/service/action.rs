//! Every changing action the service offers, as data: its name in the audit trail and in
//! refusals, what it changes, and the capability it needs of the backend. The read-only gate,
//! the "Control Hub only" marks of help and the palette, and the refusals of an action a
//! backend cannot do all come from here and from the backend's capabilities, never from a list
//! of strings.

use super::backend::Capability;

/// A changing action.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    AddDevice,
    NewCode,
    LostStolen,
    DeleteDevice,
    ImportDevices,
    EmailCode,
    PhoneActivate,
    PhoneDisable,
    PhoneEnable,
    PhoneRemoveLine,
    AddOperatorAccount,
    OperatorDecides,
    AddMobileNumbers,
    ValidateMobileNumbers,
    AssignMobilePrimary,
    BwRetry,
    BwDelete,
    BwPackage,
    PortalClaim,
    PortalVerify,
    SaveLicenceTemplate,
    DeleteLicenceTemplate,
    DirectorySync,
    AssignLicenceTemplate,
    ReapplyLicenceTemplate,
    SetWorkNumber,
    UpdateUser,
    SendQueuedMail,
    ImportCalls,
}

/// What an action changes, which decides how a backend carries it out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Changes {
    /// The organisation's data: the local database, or Webex first and then the cache.
    Organisation,
    /// wxgo's own data, on every backend (its licence templates, its outbox, call records).
    Own,
}

impl Action {
    pub const ALL: [Action; 29] = [
        Action::AddDevice,
        Action::NewCode,
        Action::LostStolen,
        Action::DeleteDevice,
        Action::ImportDevices,
        Action::EmailCode,
        Action::PhoneActivate,
        Action::PhoneDisable,
        Action::PhoneEnable,
        Action::PhoneRemoveLine,
        Action::AddOperatorAccount,
        Action::OperatorDecides,
        Action::AddMobileNumbers,
        Action::ValidateMobileNumbers,
        Action::AssignMobilePrimary,
        Action::BwRetry,
        Action::BwDelete,
        Action::BwPackage,
        Action::PortalClaim,
        Action::PortalVerify,
        Action::SaveLicenceTemplate,
        Action::DeleteLicenceTemplate,
        Action::DirectorySync,
        Action::AssignLicenceTemplate,
        Action::ReapplyLicenceTemplate,
        Action::SetWorkNumber,
        Action::UpdateUser,
        Action::SendQueuedMail,
        Action::ImportCalls,
    ];

    /// The action's name as the audit trail and every refusal write it.
    pub const fn name(self) -> &'static str {
        match self {
            Action::AddDevice => "add Webex Go device",
            Action::NewCode => "new activation code",
            Action::LostStolen => "lost/stolen",
            Action::DeleteDevice => "delete Webex Go device",
            Action::ImportDevices => "bulk add Webex Go devices",
            Action::EmailCode => "email activation code",
            Action::PhoneActivate => "phone activates code",
            Action::PhoneDisable => "phone disables line",
            Action::PhoneEnable => "phone enables line",
            Action::PhoneRemoveLine => "phone removes line",
            Action::AddOperatorAccount => "add operator account",
            Action::OperatorDecides => "operator decides",
            Action::AddMobileNumbers => "add mobile numbers",
            Action::ValidateMobileNumbers => "validate mobile numbers",
            Action::AssignMobilePrimary => "assign mobile primary number",
            Action::BwRetry => "BroadWorks retry activation",
            Action::BwDelete => "BroadWorks delete user",
            Action::BwPackage => "BroadWorks change package",
            Action::PortalClaim => "portal: claim account",
            Action::PortalVerify => "portal: verify email",
            Action::SaveLicenceTemplate => "save licence template",
            Action::DeleteLicenceTemplate => "delete licence template",
            Action::DirectorySync => "directory sync",
            Action::AssignLicenceTemplate => "assign licence template",
            Action::ReapplyLicenceTemplate => "re-apply licence template",
            Action::SetWorkNumber => "set work number",
            Action::UpdateUser => "update user",
            Action::SendQueuedMail => "send queued mail",
            Action::ImportCalls => "import call records",
        }
    }

    /// The action's name as a person reads it, in their language (`errors.ftl`'s `action-*`,
    /// whose English is [`Action::name`]); the audit trail and logs keep the English.
    pub fn said(self) -> crate::domain::error::Text {
        crate::domain::error::action_said(self.name())
    }

    pub fn changes(self) -> Changes {
        match self {
            Action::SaveLicenceTemplate
            | Action::DeleteLicenceTemplate
            | Action::SendQueuedMail
            | Action::EmailCode
            | Action::ImportCalls => Changes::Own,
            _ => Changes::Organisation,
        }
    }

    /// The capability the backend must have for this action, when not every backend has it.
    pub fn needs(self) -> Option<Capability> {
        match self {
            Action::LostStolen => Some(Capability::LostStolen),
            Action::AddOperatorAccount => Some(Capability::OperatorAccounts),
            Action::PhoneActivate | Action::PhoneDisable | Action::PhoneEnable | Action::PhoneRemoveLine => {
                Some(Capability::Phone)
            }
            Action::PortalClaim | Action::PortalVerify => Some(Capability::Portal),
            Action::OperatorDecides => Some(Capability::Operator),
            _ => None,
        }
    }
}

/// Whether the open organisation can do an action here, and if not, where it is done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Support {
    Yes,
    /// No public Webex API: done in Control Hub, at this place.
    ControlHubOnly(&'static str),
    /// A stand-in for someone else's side (the phone, the portal, the operator), simulated only
    /// on the local backend (the demo); on a real organisation that person does it.
    StandIn(&'static str),
}

/// Where in Control Hub an action is done.
pub fn control_hub_path(action: Action) -> &'static str {
    match action {
        Action::LostStolen => "Control Hub > Devices > the Webex Go device > Actions > Lost or stolen",
        Action::AddOperatorAccount | Action::OperatorDecides => {
            "Control Hub > Calling > Numbers > Mobile numbers (the operator account of the location)"
        }
        Action::SetWorkNumber | Action::UpdateUser => "Control Hub > Users > the user > Calling > Directory numbers",
        Action::BwRetry | Action::BwDelete | Action::BwPackage | Action::PortalClaim | Action::PortalVerify => {
            "Partner Hub > Customers > the customer > BroadWorks subscribers"
        }
        Action::AddMobileNumbers | Action::ValidateMobileNumbers | Action::AssignMobilePrimary => {
            "Control Hub > Calling > Numbers"
        }
        Action::DirectorySync | Action::AssignLicenceTemplate | Action::ReapplyLicenceTemplate => {
            "Control Hub > Users > the user > Licenses (or Users > Manage users for many)"
        }
        Action::AddDevice | Action::NewCode | Action::DeleteDevice | Action::ImportDevices | Action::EmailCode => {
            "Control Hub > Devices > Add device > Webex Go (or the device > Actions)"
        }
        _ => "Control Hub (admin.webex.com)",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Tr};

    #[test]
    fn every_action_is_named_in_each_language_and_its_english_is_the_audit_trails() {
        let de = Tr::new(Lang::De);
        for a in Action::ALL {
            let said = a.said();
            assert_eq!(said.as_str(), a.name(), "the English is the name the audit trail keeps");
            assert!(said.message().is_some(), "{} has no message", a.name());
            for lang in [Lang::De, Lang::Da, Lang::Uk, Lang::He] {
                let shown = Tr::new(lang).text(&said);
                assert!(!shown.is_empty() && shown != a.name(), "{lang:?}: {shown}");
            }
        }
        assert_eq!(de.text(&Action::AddDevice.said()), "Webex Go-Gerät hinzufügen");
        let refused = crate::domain::Error::ReadOnly(Action::AddDevice.name().into());
        assert_eq!(
            refused.to_string(),
            "read-only: the database is open read-only, so \"add Webex Go device\" was not done. Open it without \
             --read-only to make changes."
        );
        assert!(de.error(&refused).contains("„Webex Go-Gerät hinzufügen“ nicht ausgeführt"), "{}", de.error(&refused));
        let other = crate::domain::Error::ReadOnly("sync into /tmp/x.db".into());
        assert!(Tr::new(Lang::Uk).error(&other).contains("синхронізувати в /tmp/x.db"), "the path as it is");
    }
}
