//! BroadWorks subscriber statuses and packages, as Webex's public subscriber API names them.

use serde::{Deserialize, Serialize};

use super::{Error, Result};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BwStatus {
    PendingEmailInput,
    PendingEmailValidation,
    PendingUserMigration,
    Provisioning,
    Provisioned,
    Updating,
    Error,
}

impl BwStatus {
    pub const ALL: [BwStatus; 7] = [
        BwStatus::PendingEmailInput,
        BwStatus::PendingEmailValidation,
        BwStatus::PendingUserMigration,
        BwStatus::Provisioning,
        BwStatus::Provisioned,
        BwStatus::Updating,
        BwStatus::Error,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            BwStatus::PendingEmailInput => "pending_email_input",
            BwStatus::PendingEmailValidation => "pending_email_validation",
            BwStatus::PendingUserMigration => "pending_user_migration",
            BwStatus::Provisioning => "provisioning",
            BwStatus::Provisioned => "provisioned",
            BwStatus::Updating => "updating",
            BwStatus::Error => "error",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str() == s)
            .ok_or_else(|| Error::invalid(crate::said!("bw-status-unknown", status = s)))
    }

    /// The group the status pane sorts by: provisioned, pending (in flight) or error.
    pub fn group(self) -> &'static str {
        match self {
            BwStatus::Provisioned => "provisioned",
            BwStatus::Error => "error",
            _ => "pending",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Package {
    Softphone,
    Basic,
    Standard,
    Premium,
}

impl Package {
    pub const ALL: [Package; 4] = [Package::Softphone, Package::Basic, Package::Standard, Package::Premium];

    pub fn as_str(self) -> &'static str {
        match self {
            Package::Softphone => "softphone",
            Package::Basic => "basic",
            Package::Standard => "standard",
            Package::Premium => "premium",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        Self::ALL
            .into_iter()
            .find(|v| v.as_str().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| Error::invalid(crate::said!("package-unknown", package = s)))
    }
}

impl BwStatus {
    /// BW04: the admin actions apply to subscribers in error or still pending.
    pub fn admin_may_act(self) -> bool {
        matches!(
            self,
            BwStatus::Error
                | BwStatus::PendingEmailInput
                | BwStatus::PendingEmailValidation
                | BwStatus::PendingUserMigration
        )
    }

    pub fn label(self) -> &'static str {
        match self {
            BwStatus::PendingEmailInput => "Pending email input",
            BwStatus::PendingEmailValidation => "Pending email validation",
            BwStatus::PendingUserMigration => "Pending user migration",
            BwStatus::Provisioning => "Provisioning",
            BwStatus::Provisioned => "Provisioned",
            BwStatus::Updating => "Updating",
            BwStatus::Error => "Error",
        }
    }

    /// The message (`console.ftl`) that says [`label`](Self::label) in the admin's language.
    pub fn word_id(self) -> &'static str {
        match self {
            BwStatus::PendingEmailInput => "bw-pending-email-input",
            BwStatus::PendingEmailValidation => "bw-pending-email-validation",
            BwStatus::PendingUserMigration => "bw-pending-user-migration",
            BwStatus::Provisioning => "bw-provisioning",
            BwStatus::Provisioned => "bw-provisioned",
            BwStatus::Updating => "bw-updating",
            BwStatus::Error => "bw-error",
        }
    }
}

/// The errors flow-through provisioning ends in, as code and description.
pub mod errors {
    pub const EMAIL_IN_USE: &str = "BW-4003";
    pub const DOMAIN_NOT_ALLOWED: &str = "BW-4100";
    pub const TEMPLATE_NOT_UNTRUSTED: &str = "BW-4021";
}

/// A plausible email address, lower-cased; what a portal or the admin types is checked here.
pub fn normalise_email(input: &str) -> Result<String> {
    let e = input.trim().to_ascii_lowercase();
    let valid = match e.split_once('@') {
        Some((local, domain)) => {
            !local.is_empty()
                && domain.contains('.')
                && !domain.starts_with('.')
                && !domain.ends_with('.')
                && !domain.contains('@')
                && e.chars().all(|c| c.is_ascii_alphanumeric() || "@._+-'".contains(c))
        }
        None => false,
    };
    if valid {
        Ok(e)
    } else {
        Err(Error::invalid(crate::said!("email-invalid", email = input.trim())))
    }
}

pub fn email_domain(email: &str) -> &str {
    email.rsplit_once('@').map(|(_, d)| d).unwrap_or("")
}
