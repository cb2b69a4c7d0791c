//! Webex Go through a mobile operator: operator account states (MO02) and the validation of
//! mobile number entries (MO03).

use serde::{Serialize, Serializer};

use super::e164::LineKind;
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
            other => Err(Error::invalid(format!("unknown authorisation status \"{other}\""))),
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

    /// What the admin should do now (MO02).
    pub fn advice(self) -> &'static str {
        match self {
            AuthStatus::Pending => "Authorisation is pending; it can take up to 48 hours. Contact your mobile carrier if your mobile admin has not received an authorisation request.",
            AuthStatus::Failed => "Authorisation failed. Contact your mobile operator.",
            AuthStatus::Authorized => "Authorised: you may now add mobile numbers.",
        }
    }
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
    /// Why, in words (empty for Available).
    pub reason: String,
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
                    (NumberState::DuplicateInList, "entered more than once in this list".to_string())
                } else if n.country().is_none() {
                    (NumberState::Invalid, format!("{n} is not a valid number in any numbering plan"))
                } else if !n.belongs_to(country) {
                    (
                        NumberState::Invalid,
                        format!(
                            "{n} is a number of {}, not of the location's country {country}",
                            n.country().unwrap_or_default()
                        ),
                    )
                } else {
                    match held(&n) {
                        Some(Held::Here(what)) => {
                            (NumberState::Duplicate, format!("already in the inventory ({what})"))
                        }
                        Some(Held::Elsewhere) => {
                            (NumberState::Unavailable, "in use by another organisation".to_string())
                        }
                        None if n.line_kind() == LineKind::FixedLine => {
                            (NumberState::Invalid, format!("{n} is a fixed-line number, not a mobile number"))
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
        return Err(Error::Invalid(
            "the operator account id is empty: type the id your mobile operator gave you".into(),
        ));
    }
    if id != confirm.trim() {
        return Err(Error::rule("MO01", crate::said!("mo01-differ")));
    }
    if id.len() > 64 || !id.chars().all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c)) {
        return Err(Error::invalid(format!(
            "\"{id}\" is not an operator account id: use letters, digits, '-', '_' or '.', at most 64"
        )));
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
