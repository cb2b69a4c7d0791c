//! Models of the Webex Calling numbers endpoints, which no spec file in
//! `../shared/webex-openapi-specs/` covers (checked against the Python SDK wxc-sdk instead).

use serde::{Deserialize, Serialize};

use super::models::null_as_default;

/// The page shape of `GET /telephony/config/numbers`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NumberList {
    #[serde(deserialize_with = "null_as_default")]
    pub phone_numbers: Vec<Number>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct IdAndName {
    pub id: Option<String>,
    pub name: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NumberOwner {
    pub id: Option<String>,
    /// `PEOPLE`, `PLACE`, `VIRTUAL_LINE`, `AUTO_ATTENDANT`, ...
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub display_name: Option<String>,
}

/// One number or extension of the inventory.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct Number {
    pub phone_number: Option<String>,
    pub extension: Option<String>,
    pub routing_prefix: Option<String>,
    pub esn: Option<String>,
    /// `ACTIVE` or `INACTIVE`.
    pub state: Option<String>,
    /// `PRIMARY`, `ALTERNATE`, `FAX`, `DNIS`.
    pub phone_number_type: Option<String>,
    pub main_number: Option<bool>,
    pub toll_free_number: Option<bool>,
    /// `PSTN_NUMBER` or `MOBILE_NUMBER`: what the number is, whatever filter asked for it.
    pub included_telephony_types: Option<String>,
    pub mobile_network: Option<String>,
    pub routing_profile: Option<String>,
    pub is_service_number: Option<bool>,
    pub location: Option<IdAndName>,
    pub owner: Option<NumberOwner>,
}

impl Number {
    /// Classified from the number's own fields, not from the request's filter.
    pub fn is_mobile(&self) -> bool {
        self.included_telephony_types.as_deref() == Some("MOBILE_NUMBER")
    }
}

/// Filters of `GET /telephony/config/numbers` (all optional).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct NumberQuery {
    pub location_id: Option<String>,
    /// `PSTN_NUMBER` or `MOBILE_NUMBER`.
    pub included_telephony_types: Option<String>,
    pub owner_id: Option<String>,
    pub phone_number: Option<String>,
}

impl NumberQuery {
    pub(crate) fn params(&self) -> Vec<(String, String)> {
        let mut p = Vec::new();
        let mut add = |k: &str, v: &Option<String>| {
            if let Some(v) = v {
                p.push((k.to_string(), v.clone()));
            }
        };
        add("locationId", &self.location_id);
        add("includedTelephonyTypes", &self.included_telephony_types);
        add("ownerId", &self.owner_id);
        add("phoneNumber", &self.phone_number);
        p
    }
}

/// `POST /telephony/config/locations/{locationId}/numbers`.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AddNumbers {
    pub phone_numbers: Vec<String>,
    /// `MOBILE`, `DID` or `TOLLFREE`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub number_type: Option<String>,
    /// `ACTIVE` or `INACTIVE` (mobile numbers become active once assigned).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subscription_id: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub carrier_id: Option<String>,
}

/// The most numbers one add request may carry (the API's limit for mobile numbers).
pub const MAX_NUMBERS_PER_ADD: usize = 20;

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct ValidateNumbersResponse {
    /// `OK` or `ERRORS`.
    pub status: Option<String>,
    #[serde(deserialize_with = "null_as_default")]
    pub phone_numbers: Vec<NumberValidation>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "camelCase", default)]
pub struct NumberValidation {
    pub phone_number: String,
    /// `Available`, `Duplicate`, `Duplicate In List`, `Invalid`, `Unavailable` (RULES.md MO03).
    pub state: Option<String>,
    pub toll_free_number: Option<bool>,
    #[serde(deserialize_with = "null_as_default")]
    pub detail: Vec<String>,
}
