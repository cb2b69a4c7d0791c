//! Webex Go through a mobile operator: operator account states (MO02) and the validation of
//! mobile number entries (MO03).

use serde::{Serialize, Serializer};

use super::e164::LineKind;
use super::error::Text;
use super::{Error, Result, E164};

/// At most this many numbers in one entry (MO03).
pub const MAX_PER_ENTRY: usize = 20;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AuthStatus {
    Pending,
    Failed,
    Authorized,
}

impl AuthStatus {
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "pending" => Ok(AuthStatus::Pending),
            "failed" => Ok(AuthStatus::Failed),
            "authorized" => Ok(AuthStatus::Authorized),
            other => Err(Error::invalid(crate::said!("auth-status-unknown", status = other))),
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            AuthStatus::Pending => "pending",
            AuthStatus::Failed => "failed",
            AuthStatus::Authorized => "authorized",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            AuthStatus::Pending => "Pending",
            AuthStatus::Failed => "Failed",
            AuthStatus::Authorized => "Authorized",
        }
    }

    /// The message (`console.ftl`) that says [`label`](Self::label) in the admin's language.
    pub fn word_id(self) -> &'static str {
        match self {
            AuthStatus::Pending => "auth-pending",
            AuthStatus::Failed => "auth-failed",
            AuthStatus::Authorized => "auth-authorized",
        }
    }

    /// What the admin should do now (MO02), said in the language where it is shown.
    pub fn advice(self) -> Text {
        match self {
            AuthStatus::Pending => crate::said!("mo02-advice-pending"),
            AuthStatus::Failed => crate::said!("mo02-advice-failed"),
            AuthStatus::Authorized => crate::said!("mo02-advice-authorized"),
        }
    }
}

/// What to do about an operator account, as a row holds it (English), said in the language where
/// it is shown when it is one of MO02's messages (the service's or [`AuthStatus::advice`]'s); else as it is.
pub fn account_advice(advice: &str) -> Text {
    // The service's, with the 48-hour wait measured (`service::numbers::advice`), and the status's.
    const ADVICE: [&str; 7] = [
        "mo02-wait-overdue",
        "mo02-wait-pending",
        "mo02-failed-now",
        "mo02-failed-why",
        "mo02-advice-pending",
        "mo02-advice-failed",
        "mo02-advice-authorized",
    ];
    crate::i18n::recognise(advice, &ADVICE, &[]).unwrap_or_else(|| advice.into())
}

/// Webex's validation states for a number in an entry (MO03).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumberState {
    Available,
    Duplicate,
    DuplicateInList,
    Invalid,
    Unavailable,
}

impl NumberState {
    pub fn label(self) -> &'static str {
        match self {
            NumberState::Available => "Available",
            NumberState::Duplicate => "Duplicate",
            NumberState::DuplicateInList => "Duplicate In List",
            NumberState::Invalid => "Invalid",
            NumberState::Unavailable => "Unavailable",
        }
    }

    pub fn is_ok(self) -> bool {
        self == NumberState::Available
    }
}

impl Serialize for NumberState {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.label())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckedNumber {
    /// What was typed.
    pub input: String,
    /// The number in E.164 form, when it parses.
    pub number: Option<String>,
    pub state: NumberState,
    /// Why, in words (empty for Available): English, as `--json` shows it; said in the
    /// language where it is shown ([`number_reason`]).
    pub reason: String,
}

/// The messages a number's reason is read back from ([`number_reason`]), and the variables that
/// hold words of their own (where the number is held).
pub const NUMBER_REASONS: [&str; 29] = [
    "mo03-in-list-twice",
    "mo03-no-plan",
    "mo03-other-country",
    "mo03-in-inventory",
    "mo03-other-org",
    "mo03-fixed-line",
    "held-standard-of",
    "held-mobile-of",
    "held-standard-free",
    "held-mobile-free",
    "e164-none",
    "e164-no-plus",
    "e164-not-digit",
    "e164-zero",
    "e164-length",
    // A real organisation's (`service::numbers::webex`): Webex's states, and its answers.
    "mo03-webex-duplicate",
    "mo03-webex-in-list-twice",
    "mo03-webex-invalid",
    "mo03-webex-unavailable",
    "mo03-webex-no-state",
    "mo03-webex-state",
    "mo03-webex-validates",
    "mo03-sent-once",
    "mo03-webex-says",
    "mo03-no-answer",
    "mo03-refused-why",
    "mo03-refused",
    "mo03-not-sent",
    "numbers-request-which",
];
pub const NUMBER_REASON_SENTENCES: [&str; 2] = ["what", "which"];

/// A number's reason (English, as [`CheckedNumber::reason`] holds it) said in the language where
/// it is shown: read back into its message, else as it is (Webex's own words, a reason a newer
/// part of wxgo wrote).
pub fn number_reason(reason: &str) -> Text {
    crate::i18n::recognise(reason, &NUMBER_REASONS, &NUMBER_REASON_SENTENCES).unwrap_or_else(|| reason.into())
}

/// Where a number already is, for the duplicate checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Held {
    /// In this organisation's inventory (as what).
    Here(String),
    /// In another organisation (a partner's database holds several).
    Elsewhere,
}

/// Splits an entry at commas (and new lines); blank pieces, like a trailing comma, are dropped.
pub fn split_entry(entry: &str) -> Vec<String> {
    entry.split([',', '\n', ';']).map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect()
}

/// Validates every number of an entry for a location in `country`. More than
/// `MAX_PER_ENTRY` numbers is refused whole.
pub fn check_entry(
    entry: &str,
    country: &str,
    mut held: impl FnMut(&E164) -> Option<Held>,
) -> Result<Vec<CheckedNumber>> {
    let pieces = split_entry(entry);
    if pieces.len() > MAX_PER_ENTRY {
        return Err(Error::rule("MO03", crate::said!("mo03-too-many", n = pieces.len(), max = MAX_PER_ENTRY)));
    }
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::with_capacity(pieces.len());
    for input in pieces {
        let checked = match E164::parse(&input) {
            Err(e) => CheckedNumber { input, number: None, state: NumberState::Invalid, reason: e.to_string() },
            Ok(n) => {
                let number = Some(n.as_str().to_string());
                let (state, reason) = if seen.contains(&n.as_str().to_string()) {
                    (NumberState::DuplicateInList, crate::said!("mo03-in-list-twice").into())
                } else if n.country().is_none() {
                    (NumberState::Invalid, crate::said!("mo03-no-plan", number = n.as_str()).into())
                } else if !n.belongs_to(country) {
                    let its = n.country().unwrap_or_default();
                    let said = crate::said!("mo03-other-country", number = n.as_str(), its = its, country = country);
                    (NumberState::Invalid, said.into())
                } else {
                    match held(&n) {
                        Some(Held::Here(what)) => {
                            (NumberState::Duplicate, crate::said!("mo03-in-inventory", what = what).into())
                        }
                        Some(Held::Elsewhere) => (NumberState::Unavailable, crate::said!("mo03-other-org").into()),
                        None if n.line_kind() == LineKind::FixedLine => {
                            (NumberState::Invalid, crate::said!("mo03-fixed-line", number = n.as_str()).into())
                        }
                        None => (NumberState::Available, String::new()),
                    }
                };
                seen.push(n.as_str().to_string());
                CheckedNumber { input, number, state, reason }
            }
        };
        out.push(checked);
    }
    Ok(out)
}

/// MO01: the operator account id is typed twice and the two must match.
pub fn check_account_id(id: &str, confirm: &str) -> Result<String> {
    let id = id.trim();
    if id.is_empty() {
        return Err(Error::invalid(crate::said!("mo01-empty")));
    }
    if id != confirm.trim() {
        return Err(Error::rule("MO01", crate::said!("mo01-differ")));
    }
    if id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) {
        return Err(Error::invalid(crate::said!("mo01-invalid", id = id)));
    }
    Ok(id.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trailing_commas_and_spaces_are_ignored() {
        assert_eq!(split_entry(" +447400000001, ,+447400000002,\n"), vec!["+447400000001", "+447400000002"]);
    }
}
