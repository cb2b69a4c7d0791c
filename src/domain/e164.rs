//! E.164 telephone numbers: `+` then the country code and subscriber number, 8 to 15 digits.

use std::fmt;

use serde::{Serialize, Serializer};

use super::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct E164(String);

impl E164 {
    /// Strict parse: what Webex accepts as E.164. Spaces are tolerated (people paste
    /// `+1 214 555 0100`), anything else that is not a digit is refused with the reason.
    pub fn parse(input: &str) -> Result<Self> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Error::Invalid("no number given".into()));
        }
        let compact: String = trimmed.chars().filter(|c| *c != ' ').collect();
        let Some(digits) = compact.strip_prefix('+') else {
            return Err(Error::Invalid(format!(
                "\"{trimmed}\" is not E.164: it must start with + and the country code, e.g. +12145550100"
            )));
        };
        if let Some(bad) = digits.chars().find(|c| !c.is_ascii_digit()) {
            return Err(Error::Invalid(format!(
                "\"{trimmed}\" is not E.164: '{bad}' is not a digit (write only + and digits, e.g. +12145550100)"
            )));
        }
        if digits.starts_with('0') {
            return Err(Error::Invalid(format!("\"{trimmed}\" is not E.164: a country code never starts with 0")));
        }
        if !(8..=15).contains(&digits.len()) {
            return Err(Error::Invalid(format!(
                "\"{trimmed}\" is not E.164: it has {} digits, a full international number has 8 to 15",
                digits.len()
            )));
        }
        Ok(E164(compact))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The ISO 3166 alpha-2 country the number belongs to, from libphonenumber's metadata,
    /// when the number is valid there. `None` when no country's numbering plan accepts it.
    pub fn country(&self) -> Option<String> {
        let parsed = phonenumber::parse(None, &self.0).ok()?;
        if !phonenumber::is_valid(&parsed) {
            return None;
        }
        parsed.country().id().map(|id| id.as_ref().to_string())
    }

    /// Whether the number is a valid number of `country` (ISO alpha-2, e.g. "GB").
    pub fn belongs_to(&self, country: &str) -> bool {
        self.country().is_some_and(|c| c.eq_ignore_ascii_case(country))
    }
}

impl fmt::Display for E164 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for E164 {
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_e164_and_spaces() {
        assert_eq!(E164::parse("+1 214 555 0100").map(|n| n.0), Ok("+12145550100".into()));
    }

    #[test]
    fn refuses_national_formats_with_a_reason() {
        for bad in ["231-456-9000", "12145550100", "+0123456789", "+12", "+1214555010x", ""] {
            let err = E164::parse(bad).unwrap_err();
            assert!(matches!(err, Error::Invalid(_)), "{bad}: {err}");
        }
    }

    #[test]
    fn knows_the_country() {
        let uk = E164::parse("+447400000123").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(uk.country().as_deref(), Some("GB"));
        let fr = E164::parse("+33612345678").unwrap_or_else(|e| panic!("{e}"));
        assert!(fr.belongs_to("FR"));
        assert!(!fr.belongs_to("US"));
    }
}

/// What kind of line libphonenumber says a number is; used to refuse fixed lines as mobiles.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineKind {
    Mobile,
    FixedLine,
    /// Numbering plans like North America's do not tell fixed lines and mobiles apart.
    FixedLineOrMobile,
    Other,
}

impl E164 {
    pub fn line_kind(&self) -> LineKind {
        use phonenumber::Type;
        let Ok(parsed) = phonenumber::parse(None, &self.0) else {
            return LineKind::Other;
        };
        match parsed.number_type(&phonenumber::metadata::DATABASE) {
            Type::Mobile => LineKind::Mobile,
            Type::FixedLine => LineKind::FixedLine,
            Type::FixedLineOrMobile => LineKind::FixedLineOrMobile,
            _ => LineKind::Other,
        }
    }
}
