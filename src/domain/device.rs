//! The Webex Go device life cycle (WG04, WG05, WG08, WG10, WG11).

use serde::{Deserialize, Serialize};

use super::error::Val;
use super::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceStatus {
    /// A code was issued and the phone has not activated, or the user removed the line (grey).
    ActivationPending,
    /// Activated and enabled on the phone (green).
    Online,
    /// The user disabled the line on the phone (red).
    Offline,
    /// A mirrored Webex device whose `connectionStatus` is `unknown` or absent: shown as "status
    /// unknown", never guessed (`webex` backend only; JSON `"unknown"`).
    Unknown,
}

/// The three colours of WG10; front ends map them to their palette.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusColour {
    Grey,
    Green,
    Red,
}

impl DeviceStatus {
    /// The three statuses of the device life cycle (WG10); [`DeviceStatus::Unknown`] is not one of
    /// them: it says only that Webex did not tell.
    pub const ALL: [DeviceStatus; 3] = [DeviceStatus::ActivationPending, DeviceStatus::Online, DeviceStatus::Offline];

    pub fn as_str(self) -> &'static str {
        match self {
            DeviceStatus::ActivationPending => "activation_pending",
            DeviceStatus::Online => "online",
            DeviceStatus::Offline => "offline",
            DeviceStatus::Unknown => "unknown",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s.trim().to_ascii_lowercase().replace(['-', ' '], "_").as_str() {
            "activation_pending" | "pending" => Ok(DeviceStatus::ActivationPending),
            "online" => Ok(DeviceStatus::Online),
            "offline" => Ok(DeviceStatus::Offline),
            "unknown" => Ok(DeviceStatus::Unknown),
            other => Err(Error::invalid(crate::said!("device-status-unknown", status = other))),
        }
    }

    /// The word shown to people: never only a colour (WG10).
    pub fn label(self) -> &'static str {
        match self {
            DeviceStatus::ActivationPending => "Activation pending",
            DeviceStatus::Online => "Online",
            DeviceStatus::Offline => "Offline",
            DeviceStatus::Unknown => "Status unknown",
        }
    }

    /// The message (`wxgo.ftl`) that says [`label`](Self::label) in the admin's language.
    pub fn word_id(self) -> &'static str {
        match self {
            DeviceStatus::ActivationPending => "status-activation-pending",
            DeviceStatus::Online => "status-online",
            DeviceStatus::Offline => "status-offline",
            DeviceStatus::Unknown => "status-unknown",
        }
    }

    /// A symbol that differs in shape, for monochrome terminals and colour-blind users.
    pub fn symbol(self) -> &'static str {
        match self {
            DeviceStatus::ActivationPending => "◌",
            DeviceStatus::Online => "●",
            DeviceStatus::Offline => "✕",
            DeviceStatus::Unknown => "?",
        }
    }

    pub fn colour(self) -> StatusColour {
        match self {
            DeviceStatus::ActivationPending => StatusColour::Grey,
            DeviceStatus::Online => StatusColour::Green,
            DeviceStatus::Offline => StatusColour::Red,
            DeviceStatus::Unknown => StatusColour::Grey,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceKind {
    Byod,
    MobileOperator,
}

impl DeviceKind {
    pub fn as_str(self) -> &'static str {
        match self {
            DeviceKind::Byod => "byod",
            DeviceKind::MobileOperator => "mobile_operator",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "byod" => Ok(DeviceKind::Byod),
            "mobile_operator" => Ok(DeviceKind::MobileOperator),
            other => Err(Error::invalid(crate::said!("device-kind-unknown", kind = other))),
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DeviceKind::Byod => "BYOD",
            DeviceKind::MobileOperator => "Mobile operator",
        }
    }

    /// The message (`console.ftl`) that says [`label`](Self::label) in the admin's language.
    pub fn word_id(self) -> &'static str {
        match self {
            DeviceKind::Byod => "kind-byod",
            DeviceKind::MobileOperator => "kind-mobile-operator",
        }
    }
}

/// What the phone (or the user holding it) does to the line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PhoneEvent {
    /// The user turned the Webex Go line off in the phone's settings.
    Disable,
    /// The user turned it back on.
    Enable,
    /// The user deleted the line from the phone (WG11).
    RemoveLine,
}

/// The device state machine for the phone's side. Returns the new status, or why not.
pub fn phone_transition(from: DeviceStatus, event: PhoneEvent) -> Result<DeviceStatus> {
    use DeviceStatus::*;
    match (event, from) {
        (PhoneEvent::Disable, Online) => Ok(Offline),
        (PhoneEvent::Enable, Offline) => Ok(Online),
        (PhoneEvent::RemoveLine, Online | Offline) => Ok(ActivationPending),
        (PhoneEvent::Disable, Offline) => Err(Error::rule("WG10", crate::said!("wg10-already-disabled"))),
        (PhoneEvent::Enable, Online) => Err(Error::rule("WG10", crate::said!("wg10-already-enabled"))),
        (_, Unknown) => Err(Error::rule("WG10", crate::said!("wg10-unknown"))),
        (_, ActivationPending) => Err(Error::rule("WG10", crate::said!("wg10-pending"))),
    }
}

/// WG05: a new code only while Activation pending.
pub fn may_issue_new_code(status: DeviceStatus) -> Result<()> {
    if status == DeviceStatus::ActivationPending {
        Ok(())
    } else {
        Err(Error::rule("WG05", crate::said!("wg05-not-pending", status = Val::Msg(status.word_id()))))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_status_has_a_word_and_a_symbol() {
        for s in DeviceStatus::ALL {
            assert!(!s.label().is_empty());
            assert!(!s.symbol().is_empty());
            assert_eq!(DeviceStatus::parse(s.as_str()), Ok(s));
        }
    }

    #[test]
    fn pending_line_cannot_be_disabled() {
        assert!(phone_transition(DeviceStatus::ActivationPending, PhoneEvent::Disable).is_err());
        assert_eq!(
            phone_transition(DeviceStatus::Offline, PhoneEvent::RemoveLine),
            Ok(DeviceStatus::ActivationPending)
        );
    }
}
