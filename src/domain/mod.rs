//! Plain types and rules: no I/O, nothing of ours underneath.

pub mod bw;
pub mod code;
pub mod device;
pub mod e164;
pub mod error;
pub mod licensing;
pub mod mobile;
pub mod search;
pub mod text;

pub use code::{ActivationCode, CodeGenerator, OsCodeGenerator, SeededCodeGenerator};
pub use device::{DeviceKind, DeviceStatus};
pub use e164::E164;
pub use error::{Error, Result};

/// Licence names as stored; the display names are what Control Hub shows.
pub mod licence {
    pub const CALLING_PROFESSIONAL: &str = "calling_professional";
    pub const CALLING_BASIC: &str = "calling_basic";
    pub const MEETINGS: &str = "meetings";
    pub const MESSAGING: &str = "messaging";

    pub fn display(name: &str) -> &str {
        match name {
            CALLING_PROFESSIONAL => "Webex Calling Professional",
            CALLING_BASIC => "Webex Calling Basic",
            MEETINGS => "Meetings",
            MESSAGING => "Messaging",
            other => other,
        }
    }

    pub fn short(name: &str) -> &str {
        match name {
            CALLING_PROFESSIONAL => "Calling Pro",
            CALLING_BASIC => "Calling Basic",
            MEETINGS => "Meet",
            MESSAGING => "Msg",
            other => other,
        }
    }
}
