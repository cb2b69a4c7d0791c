//! serde models of the Webex API's camelCase shapes, from the official OpenAPI specs
//! (`../shared/webex-openapi-specs/`) and, for numbers, the Webex Calling API.
//!
//! Unknown fields are ignored and every field a spec does not promise is optional, so a new or
//! missing field never breaks a sync. Text is kept raw: the caller sanitises before display.

use serde::{Deserialize, Deserializer, Serialize};

/// `null` read as the empty value: a list Webex sends as `null` is an empty list, not an error.
pub(crate) fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// `{"items": [...]}`, the shape of most Webex lists.
#[derive(Debug, Clone, Deserialize)]
pub struct Items<T> {
    #[serde(default = "Vec::new")]
    pub items: Vec<T>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PhoneNumber {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Address {
    #[serde(rename = "type", skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locality: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub street_address: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
}

/// A person (`GET /people?callingData=true`, `GET /people/{id}`, `GET /people/me`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Person {
    pub id: String,
    #[serde(deserialize_with = "null_as_default")]
    pub emails: Vec<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub phone_numbers: Vec<PhoneNumber>,
    pub extension: Option<String>,
    pub location_id: Option<String>,
    pub display_name: Option<String>,
    pub nick_name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub org_id: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub roles: Vec<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub licenses: Vec<String>,
    pub department: Option<String>,
    pub title: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub addresses: Vec<Address>,
    pub created: Option<String>,
    pub last_modified: Option<String>,
    pub timezone: Option<String>,
    pub status: Option<String>,
    /// The spec sends these two as the strings "true"/"false".
    pub invite_pending: Option<serde_json::Value>,
    pub login_enabled: Option<serde_json::Value>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
}

impl Person {
    pub fn primary_email(&self) -> Option<&str> {
        self.emails.first().map(String::as_str)
    }

    /// The work number (E.164 as Webex gives it), if any.
    pub fn work_number(&self) -> Option<&str> {
        self.phone_numbers.iter().find(|p| p.kind.as_deref() == Some("work")).and_then(|p| p.value.as_deref())
    }
}

/// A person as the cache keeps them, read straight from a listing: the other fields of the answer
/// are skipped, so a listing of 100,000 people stays small in memory.
#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct MirrorPerson {
    pub id: String,
    /// The first of `emails`.
    #[serde(rename = "emails", deserialize_with = "first_email")]
    pub email: Option<String>,
    /// The `work` entry of `phoneNumbers`.
    #[serde(rename = "phoneNumbers", deserialize_with = "work_of")]
    pub work: Option<String>,
    pub extension: Option<String>,
    pub location_id: Option<String>,
    pub display_name: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub department: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub licenses: Vec<String>,
}

fn first_email<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let all: Vec<String> = null_as_default(d)?;
    Ok(all.into_iter().next())
}

fn work_of<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let all: Vec<PhoneNumber> = null_as_default(d)?;
    Ok(all.into_iter().find(|p| p.kind.as_deref() == Some("work")).and_then(|p| p.value))
}

impl MirrorPerson {
    pub fn primary_email(&self) -> Option<&str> {
        self.email.as_deref()
    }

    pub fn work_number(&self) -> Option<&str> {
        self.work.as_deref()
    }
}

impl From<Person> for MirrorPerson {
    fn from(p: Person) -> MirrorPerson {
        let work = p.work_number().map(str::to_string);
        MirrorPerson {
            email: p.emails.into_iter().next(),
            work,
            id: p.id,
            extension: p.extension,
            location_id: p.location_id,
            display_name: p.display_name,
            first_name: p.first_name,
            last_name: p.last_name,
            department: p.department,
            licenses: p.licenses,
        }
    }
}

/// The body of `PUT /people/{id}`: the whole person (the API replaces it), as the spec lists it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PersonUpdate {
    pub display_name: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub emails: Vec<String>,
    /// Only `type: "work"` is accepted on update.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub phone_numbers: Vec<PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub nick_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub licenses: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub addresses: Vec<Address>,
}

impl PersonUpdate {
    /// Starts from what the API returned, so fields the admin did not touch are sent back as they were.
    pub fn from_person(p: &Person) -> PersonUpdate {
        PersonUpdate {
            display_name: p.display_name.clone().unwrap_or_default(),
            emails: p.emails.clone(),
            phone_numbers: p
                .phone_numbers
                .iter()
                .filter(|n| n.kind.as_deref() == Some("work"))
                .map(|n| PhoneNumber { kind: n.kind.clone(), value: n.value.clone(), primary: None })
                .collect(),
            extension: p.extension.clone(),
            location_id: p.location_id.clone(),
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            nick_name: p.nick_name.clone(),
            org_id: p.org_id.clone(),
            roles: p.roles.clone(),
            licenses: p.licenses.clone(),
            department: p.department.clone(),
            title: p.title.clone(),
            addresses: p.addresses.clone(),
        }
    }
}

/// The body of `POST /people` (a new person; Calling comes with the licence, `PATCH /licenses/users`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewPerson {
    pub emails: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub display_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Organization {
    pub id: String,
    pub display_name: Option<String>,
    pub created: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct License {
    pub id: String,
    pub name: Option<String>,
    pub total_units: Option<f64>,
    pub consumed_units: Option<f64>,
    pub consumed_by_users: Option<f64>,
    pub consumed_by_workspaces: Option<f64>,
    pub subscription_id: Option<String>,
    pub site_url: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum LicenseOperation {
    Add,
    Remove,
}

/// Calling properties of a licence being added (`PATCH /licenses/users`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseProperties {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LicenseRequest {
    pub id: String,
    pub operation: LicenseOperation,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub properties: Option<LicenseProperties>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PatchUserLicenses {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub org_id: Option<String>,
    pub licenses: Vec<LicenseRequest>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct UserLicenses {
    pub org_id: Option<String>,
    pub person_id: Option<String>,
    pub email: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub licenses: Vec<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub pending_licenses: Vec<String>,
}

/// What `PATCH /licenses/users` answered: 200 all done, 206 only part of it.
#[derive(Debug, Clone, PartialEq)]
pub struct LicensePatchOutcome {
    pub partial: bool,
    pub result: UserLicenses,
    pub tracking_id: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct LocationAddress {
    pub address1: Option<String>,
    pub address2: Option<String>,
    pub city: Option<String>,
    pub state: Option<String>,
    pub postal_code: Option<String>,
    pub country: Option<String>,
}

/// A location as the real API answers `GET /locations` (the spec's schema for it is wrong: see
/// the specs' README).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Location {
    pub id: String,
    pub name: Option<String>,
    pub org_id: Option<String>,
    pub time_zone: Option<String>,
    pub preferred_language: Option<String>,
    /// An object on the real API; kept loose in case a string turns up, as the spec claims.
    pub address: Option<serde_json::Value>,
}

impl Location {
    pub fn address(&self) -> Option<LocationAddress> {
        self.address.clone().and_then(|a| serde_json::from_value(a).ok())
    }
}

/// A device (`GET /devices?type=webexgo`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Device {
    pub id: String,
    pub display_name: Option<String>,
    pub person_id: Option<String>,
    pub workspace_id: Option<String>,
    pub org_id: Option<String>,
    /// `activating`, `connected`, `connected_with_issues`, `disconnected`, `offline_expired`,
    /// `offline_deep_sleep`, `unknown`; kept as text so a new value is not an error.
    pub connection_status: Option<String>,
    pub product: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub serial: Option<String>,
    pub software: Option<String>,
    pub mac: Option<String>,
    pub created: Option<String>,
    pub location_id: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub error_codes: Vec<String>,
    pub first_seen: Option<String>,
    pub last_seen: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub tags: Vec<String>,
}

/// What a device's `connectionStatus` means for wxgo (issue 16's table). An absent or unknown
/// value is `Unknown`, never guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConnectionStatus {
    /// `activating`
    ActivationPending,
    /// `connected`
    Online,
    /// `connected_with_issues`: online, with a warning and the device's error codes
    OnlineWithIssues,
    /// `disconnected`, `offline_expired`, `offline_deep_sleep`
    Offline,
    /// `unknown`, absent, or a value this version does not know
    Unknown,
}

impl Device {
    /// wxgo's status of a mirrored device from its `connectionStatus` (issue 16's table:
    /// `connected_with_issues` is Online, with the error codes beside it).
    pub fn wxgo_status(&self) -> crate::domain::DeviceStatus {
        use crate::domain::DeviceStatus;
        match self.status() {
            ConnectionStatus::ActivationPending => DeviceStatus::ActivationPending,
            ConnectionStatus::Online | ConnectionStatus::OnlineWithIssues => DeviceStatus::Online,
            ConnectionStatus::Offline => DeviceStatus::Offline,
            ConnectionStatus::Unknown => DeviceStatus::Unknown,
        }
    }

    pub fn status(&self) -> ConnectionStatus {
        match self.connection_status.as_deref() {
            Some("activating") => ConnectionStatus::ActivationPending,
            Some("connected") => ConnectionStatus::Online,
            Some("connected_with_issues") => ConnectionStatus::OnlineWithIssues,
            Some("disconnected" | "offline_expired" | "offline_deep_sleep") => ConnectionStatus::Offline,
            _ => ConnectionStatus::Unknown,
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ActivationCodeRequest {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub workspace_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub model: Option<String>,
}

/// The one-time code, exactly as the API gives it: opaque, never reformatted or checked.
#[derive(Clone, Default, PartialEq, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ActivationCode {
    pub code: String,
    pub expiry_time: Option<String>,
}

impl std::fmt::Debug for ActivationCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ActivationCode").field("code", &"***").field("expiry_time", &self.expiry_time).finish()
    }
}

/// `GET /telephony/config/people/{personId}/devices`: a person's calling devices (a Webex Go
/// phone shows as `modelType` `ESIM`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PersonCallingDevices {
    #[serde(deserialize_with = "null_as_default")]
    pub devices: Vec<CallingDevice>,
    pub max_device_count: Option<f64>,
    pub max_owned_device_count: Option<f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CallingDevice {
    pub id: String,
    pub model: Option<String>,
    /// `ESIM`, `MPP`, `ATA`, ...
    pub model_type: Option<String>,
    pub mac: Option<String>,
    pub primary_owner: Option<bool>,
    /// `PRIMARY`, `SHARED_CALL_APPEARANCE`, ...
    #[serde(rename = "type")]
    pub kind: Option<String>,
    /// `activating`, `activated`, `deactivated`.
    pub activation_state: Option<String>,
    pub owner: Option<CallingDeviceOwner>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct CallingDeviceOwner {
    pub id: Option<String>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
}

/// A BroadWorks subscriber (partner tokens only).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Subscriber {
    pub id: String,
    pub person_id: Option<String>,
    pub user_id: Option<String>,
    pub sp_enterprise_id: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub email: Option<String>,
    pub primary_phone_number: Option<String>,
    pub mobile_phone_number: Option<String>,
    pub extension: Option<String>,
    pub package: Option<String>,
    pub status: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub errors: Vec<SubscriberError>,
    pub created: Option<String>,
    pub last_status_change: Option<String>,
    pub provisioning_id: Option<String>,
    pub self_activated: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SubscriberError {
    pub error_code: Option<serde_json::Value>,
    pub description: Option<String>,
}

/// `POST /broadworks/subscribers` (and, with `email` required, `.../validate`).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NewSubscriber {
    pub provisioning_id: String,
    pub user_id: String,
    pub sp_enterprise_id: String,
    pub first_name: String,
    pub last_name: String,
    pub package: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile_phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub language: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
}

/// `PUT /broadworks/subscribers/{id}`: only what changes.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriberUpdate {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub user_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile_phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub timezone: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub package: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct SubscriberPrecheck {
    pub message: Option<String>,
    pub info: Option<PrecheckInfo>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct PrecheckInfo {
    pub info_code: Option<serde_json::Value>,
    pub description: Option<String>,
}

/// One admin audit event (`GET /adminAudit/events`).
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AuditEvent {
    pub id: String,
    pub created: Option<String>,
    pub actor_org_id: Option<String>,
    pub actor_id: Option<String>,
    pub data: AuditEventData,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct AuditEventData {
    pub actor_org_name: Option<String>,
    pub target_name: Option<String>,
    pub event_description: Option<String>,
    pub actor_name: Option<String>,
    pub actor_email: Option<String>,
    pub tracking_id: Option<String>,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    pub event_category: Option<String>,
    pub target_org_id: Option<String>,
    pub action_text: Option<String>,
    pub target_org_name: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_fields_are_ignored_and_missing_or_null_ones_tolerated() {
        let p: Person = serde_json::from_str(
            r#"{"id":"p1","emails":null,"phoneNumbers":[{"type":"work","value":"+14085550100"}],"someNewField":{"x":1},
                "displayName":"Ada \u001b[31mRed","invitePending":"false"}"#,
        )
        .expect("person");
        assert!(p.emails.is_empty() && p.roles.is_empty() && p.location_id.is_none());
        assert_eq!(p.work_number(), Some("+14085550100"));
        assert_eq!(p.display_name.as_deref(), Some("Ada \u{1b}[31mRed"), "text kept raw: the caller sanitises");
        let d: Device = serde_json::from_str(r#"{"id":"d1","connectionStatus":"brand_new_status","errorCodes":null}"#)
            .expect("device");
        assert_eq!(d.connection_status.as_deref(), Some("brand_new_status"));
        assert_eq!(d.status(), ConnectionStatus::Unknown, "never guessed");
        let status = |s: &str| Device { connection_status: Some(s.into()), ..Device::default() }.status();
        assert_eq!(status("activating"), ConnectionStatus::ActivationPending);
        assert_eq!(status("connected_with_issues"), ConnectionStatus::OnlineWithIssues);
        assert_eq!(status("offline_deep_sleep"), ConnectionStatus::Offline);
        assert_eq!(Device::default().status(), ConnectionStatus::Unknown);
        assert!(d.error_codes.is_empty());
        let l: Location = serde_json::from_str(r#"{"id":"l1","name":"HQ","address":{"city":"Lyon","country":"FR"}}"#)
            .expect("location");
        assert_eq!(l.address().and_then(|a| a.city).as_deref(), Some("Lyon"));
    }
}
