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
    ControlHubOnly(Words),
    /// A stand-in for someone else's side (the phone, the portal, the operator), simulated only
    /// on the local backend (the demo); on a real organisation that person does it (who: a
    /// message whose `{ $sync }` is the command that shows the result).
    StandIn(Words),
}

/// Words said in the language: a message of `errors.ftl` (a place in Control Hub or Partner Hub
/// with the menu names of the help articles, who does a stand-in action instead). Its English
/// is the en message's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Words(pub(crate) &'static str);

impl Words {
    /// The message's id.
    pub fn id(self) -> &'static str {
        self.0
    }

    /// The words as a [`Text`](crate::domain::error::Text): English, and said in the language
    /// where shown.
    pub fn said(self) -> crate::domain::error::Text {
        crate::domain::error::Text::msg(self.0, Vec::new())
    }
}

/// An argument of a [`said!`](crate::said) message, said in the language.
impl From<Words> for crate::domain::error::Val {
    fn from(w: Words) -> Self {
        crate::domain::error::Val::Msg(w.0)
    }
}

/// Where in Control Hub (Partner Hub for BroadWorks) an action is done.
pub fn control_hub_path(action: Action) -> Words {
    Words(match action {
        Action::LostStolen => "place-lost-stolen",
        Action::AddOperatorAccount | Action::OperatorDecides => "place-operator-account",
        Action::SetWorkNumber | Action::UpdateUser => "place-directory-numbers",
        Action::BwRetry | Action::BwDelete | Action::BwPackage | Action::PortalClaim | Action::PortalVerify => {
            "place-broadworks"
        }
        Action::AddMobileNumbers | Action::ValidateMobileNumbers | Action::AssignMobilePrimary => "place-numbers",
        Action::DirectorySync | Action::AssignLicenceTemplate | Action::ReapplyLicenceTemplate => "place-licences",
        Action::AddDevice | Action::NewCode | Action::DeleteDevice | Action::ImportDevices | Action::EmailCode => {
            "place-devices"
        }
        _ => "place-control-hub",
    })
}

/// Who does a stand-in action on a real organisation (the demo simulates their side).
pub(crate) const STAND_IN_PHONE: Words = Words("stand-in-phone");
pub(crate) const STAND_IN_PORTAL: Words = Words("stand-in-portal");
pub(crate) const STAND_IN_OPERATOR: Words = Words("stand-in-operator");

/// The other places in Control Hub that wxgo names (the reasons `why` gives).
pub(crate) const PLACE_USER_LICENCES: Words = Words("place-user-licences");
pub(crate) const PLACE_MOBILE_NUMBERS: Words = Words("place-mobile-numbers");
pub(crate) const PLACE_DEVICES_LIST: Words = Words("place-devices-list");

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Tr};

    #[test]
    fn every_place_in_control_hub_and_every_stand_in_is_said_in_each_language_with_the_help_articles_menus() {
        let words: Vec<Words> = Action::ALL
            .into_iter()
            .map(control_hub_path)
            .chain([STAND_IN_PHONE, STAND_IN_PORTAL, STAND_IN_OPERATOR, PLACE_USER_LICENCES, PLACE_MOBILE_NUMBERS])
            .collect();
        for w in &words {
            let en = w.said();
            assert!(!en.is_empty() && en.as_str() != w.id(), "{w:?} has no English");
            for lang in [Lang::De, Lang::Da, Lang::Uk, Lang::He] {
                let shown = Tr::new(lang).text(&en);
                // Only the organisation's address stays as it is everywhere.
                assert!(shown != en.as_str() || w.id() == "place-control-hub", "{lang:?}: {w:?} is English");
            }
        }
        assert_eq!(
            control_hub_path(Action::LostStolen).said().as_str(),
            "Control Hub > Devices > the Webex Go device > Actions > Lost or stolen"
        );
        let lost = control_hub_path(Action::LostStolen).said();
        assert_eq!(
            Tr::new(Lang::De).text(&lost),
            "Control Hub > Geräte > das Webex Go-Gerät > Aktionen > Verloren/Gestohlen"
        );
        assert_eq!(Tr::new(Lang::He).text(&lost), "Control Hub > התקנים > התקן Webex Go > פעולות > אבדו/נגנבו");
        let bw = control_hub_path(Action::BwRetry).said();
        assert!(Tr::new(Lang::Da).text(&bw).contains("Indstillinger > BroadWorks-opkald > Vis skabeloner"), "seed 003");
    }

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
