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

/// What `POST .../numbers` answered: the numbers it did not add, each with Webex's reason. Webex
/// answers an object or a list holding one (wxc-sdk reads both); an empty answer means all were
/// added. Read by hand, leniently: a code sent as a number must not hide the list.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AddNumbersAnswer {
    pub errors: Vec<NumberAddError>,
    /// The answer said something about errors wxgo could not read: whether all were added is
    /// not known (`wxgo sync` tells).
    pub unreadable: bool,
}

impl AddNumbersAnswer {
    /// From the answer's body (`null` when it was empty).
    pub fn from_body(v: serde_json::Value) -> AddNumbersAnswer {
        use serde_json::Value;
        let v = match v {
            Value::Array(mut items) if !items.is_empty() => items.swap_remove(0),
            other => other,
        };
        let text = |x: &Value, k: &str| match x.get(k) {
            Some(Value::String(s)) => Some(s.clone()),
            Some(Value::Null) | None => None,
            Some(other) => Some(other.to_string()),
        };
        match v.get("errors") {
            None | Some(Value::Null) => AddNumbersAnswer::default(),
            Some(Value::Array(list)) => AddNumbersAnswer {
                errors: list
                    .iter()
                    .map(|e| NumberAddError {
                        number: text(e, "number"),
                        error_type: text(e, "errorType"),
                        error_code: text(e, "errorCode"),
                        error_message: text(e, "errorMessage"),
                        error_title: text(e, "errorTitle"),
                    })
                    .collect(),
                unreadable: false,
            },
            Some(_) => AddNumbersAnswer { errors: Vec::new(), unreadable: true },
        }
    }
}

/// One number Webex did not add (wxc-sdk's `NumberAddError`). Raw text: sanitise before showing.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NumberAddError {
    pub number: Option<String>,
    pub error_type: Option<String>,
    pub error_code: Option<String>,
    pub error_message: Option<String>,
    pub error_title: Option<String>,
}

impl NumberAddError {
    /// Webex's reason in one piece, raw: "message (title, error code)".
    pub fn reason(&self) -> String {
        let given = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        let (message, title, code) = (given(&self.error_message), given(&self.error_title), given(&self.error_code));
        let mut extra: Vec<String> = Vec::new();
        if let Some(t) = title.filter(|t| message.as_ref() != Some(t)) {
            extra.push(t);
        }
        if let Some(c) = code {
            extra.push(format!("error {c}"));
        }
        match (message, extra.is_empty()) {
            (Some(m), true) => m,
            (Some(m), false) => format!("{m} ({})", extra.join(", ")),
            (None, false) => extra.join(", "),
            (None, true) => "no reason given".into(),
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_add_answer_lists_what_was_not_added_in_either_shape() {
        let obj = serde_json::json!({"errors": [{"number": "+1", "errorCode": 9001, "errorMessage": "Refused"}]});
        let a = AddNumbersAnswer::from_body(obj.clone());
        assert_eq!(a.errors.len(), 1);
        assert_eq!(a.errors[0].number.as_deref(), Some("+1"));
        assert_eq!(a.errors[0].reason(), "Refused (error 9001)");
        let titled = NumberAddError { error_title: Some("Not provisioned".into()), ..a.errors[0].clone() };
        assert_eq!(titled.reason(), "Refused (Not provisioned, error 9001)");
        assert_eq!(AddNumbersAnswer::from_body(serde_json::json!([obj])), a);
        assert_eq!(AddNumbersAnswer::from_body(serde_json::Value::Null), AddNumbersAnswer::default());
        assert!(AddNumbersAnswer::from_body(serde_json::json!({"errors": "many"})).unreadable);
    }
}
