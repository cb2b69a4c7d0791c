//! Row models: what queries return, apart from any widget or table.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::{DeviceKind, DeviceStatus};

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OrgInfo {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub country: String,
    pub suppress_emails: bool,
    pub smdp_address: String,
    pub code_lifetime_days: i64,
    pub go_countries: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LocationRow {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub country: String,
    pub pstn_connected: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UserRow {
    #[serde(skip)]
    pub id: i64,
    pub email: String,
    pub display_name: String,
    pub location: Option<String>,
    pub location_country: Option<String>,
    pub licences: Vec<String>,
    pub primary_number: Option<String>,
    pub extension: Option<String>,
    pub work_phone: Option<String>,
    pub calling_status: String,
    pub calling_reason: Option<String>,
    pub device_id: Option<String>,
    pub device_status: Option<DeviceStatus>,
}

impl UserRow {
    pub fn has_licence(&self, licence: &str) -> bool {
        self.licences.iter().any(|l| l == licence)
    }
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct DeviceRow {
    #[serde(skip)]
    pub id: i64,
    pub device_id: String,
    pub owner_email: String,
    pub owner_name: String,
    pub location: Option<String>,
    pub subscription_id: String,
    pub kind: DeviceKind,
    pub status: DeviceStatus,
    pub number: Option<String>,
    /// Expiry of the one valid code, if there is one.
    pub code_expires_at: Option<DateTime<Utc>>,
    /// `valid`, `expired` or `none` (used, superseded or never issued).
    pub code_state: String,
    pub created_at: DateTime<Utc>,
    pub changed_at: DateTime<Utc>,
    /// Mirrored devices (`webex` backend) only: the device's Webex id, its `connectionStatus` as
    /// Webex gave it, and its error codes (a warning mark beside Online when there are some).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub webex_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub connection_status: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub error_codes: Vec<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct NumberRow {
    #[serde(skip)]
    pub id: i64,
    pub number: String,
    pub location: String,
    pub kind: String,
    pub state: String,
    /// The owning user's email, or the service's name; `None` when unassigned.
    pub owner: Option<String>,
    pub owner_kind: Option<String>,
    pub primary: bool,
    /// MO04: a mobile number provisioned through an operator carries the Webex Mobile badge.
    pub webex_mobile: bool,
    pub operator: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct SubscriptionRow {
    pub id: String,
    pub name: String,
    pub go_licences: i64,
    pub used: i64,
    pub free: i64,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AuditRow {
    pub at: DateTime<Utc>,
    pub actor: String,
    pub ssh_client: Option<String>,
    pub action: String,
    pub object: String,
    pub outcome: String,
    pub details: String,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CodeRow {
    pub state: String,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
}

/// Everything the user detail view shows.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UserDetail {
    pub user: UserRow,
    pub numbers: Vec<NumberRow>,
    pub device: Option<DeviceRow>,
    pub codes: Vec<CodeRow>,
    pub audit: Vec<AuditRow>,
}

/// Device references are shown as `go-<n>`: short enough to type, never reused.
pub fn device_ref(id: i64) -> String {
    format!("go-{id}")
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BwSubscriberRow {
    #[serde(skip)]
    pub id: i64,
    pub broadworks_user_id: String,
    pub provisioning_id: String,
    pub sp_enterprise_id: String,
    pub first_name: String,
    pub last_name: String,
    pub email: Option<String>,
    pub primary_number: Option<String>,
    pub extension: Option<String>,
    pub package: crate::domain::bw::Package,
    pub status: crate::domain::bw::BwStatus,
    pub error_code: Option<String>,
    pub error_description: Option<String>,
    pub self_activated: bool,
    pub last_status_change: DateTime<Utc>,
    pub template: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BwTemplateRow {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub untrusted_emails: bool,
    pub share_link: String,
    pub default_package: String,
    /// BW01: only with untrusted emails and the activation share link can users self-provision.
    pub flow_through_ready: bool,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct OperatorAccountRow {
    #[serde(skip)]
    pub id: i64,
    #[serde(skip)]
    pub location_id: i64,
    pub location: String,
    pub location_country: String,
    pub operator: String,
    pub account_id: String,
    pub status: crate::domain::mobile::AuthStatus,
    pub status_reason: Option<String>,
    pub requested_at: DateTime<Utc>,
    pub changed_at: DateTime<Utc>,
    pub numbers: i64,
    /// What the admin should do now (MO02), filled in by the service.
    pub advice: String,
}
