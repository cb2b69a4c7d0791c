//! E.164 telephone numbers: `+` then the country code and subscriber number, 8 to 15 digits.

use std::fmt;

use serde::{Serialize, Serializer};

use super::error::Text;
use super::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct E164(String);

impl E164 {
    /// Strict parse: what Webex accepts as E.164. Spaces are tolerated (people paste
    /// `+1 214 555 0100`), anything else that is not a digit is refused with the reason.
    pub fn parse(input: &str) -> Result<Self> {
        let trimmed = input.trim();
        if trimmed.is_empty() {
            return Err(Error::invalid(crate::said!("e164-none")));
        }
        let compact: String = trimmed.chars().filter(|c| *c != ' ').collect();
        let Some(digits) = compact.strip_prefix('+') else {
            return Err(Error::invalid(crate::said!("e164-no-plus", input = trimmed)));
        };
        if let Some(bad) = digits.chars().find(|c| !c.is_ascii_digit()) {
            return Err(Error::invalid(crate::said!("e164-not-digit", input = trimmed, bad = bad.to_string())));
        }
        if digits.starts_with('0') {
            return Err(Error::invalid(crate::said!("e164-zero", input = trimmed)));
        }
        if !(8..=15).contains(&digits.len()) {
            return Err(Error::invalid(crate::said!("e164-length", input = trimmed, n = digits.len())));
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

/// What a value that is not E.164 most likely was, when a spreadsheet or a directory export
/// plainly mangled it, and the E.164 number it most likely meant (when that can be known):
/// scientific notation (digits lost), a lost `+`, a kept text marker `'`, the `00` prefix,
/// brackets and dashes, a trailing `.0`, or a national number of `country` (ISO alpha-2).
pub fn likely_meant(raw: &str, country: Option<&str>) -> Option<(Text, Option<E164>)> {
    let s = raw.trim();
    let upper = s.to_ascii_uppercase();
    // 2.14E+11, 2,142E+11: Excel's scientific notation; the last digits are gone for good.
    let sci = upper.split_once("E+").is_some_and(|(m, e)| {
        !m.is_empty()
            && m.chars().all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            && !e.is_empty()
            && e.chars().all(|c| c.is_ascii_digit())
    });
    if sci {
        return Some((crate::said!("reason-hint-scientific", input = s), None));
    }
    let valid = |candidate: &str| E164::parse(candidate).ok().filter(|n| n.country().is_some());
    if let Some(rest) = s.strip_prefix('\'') {
        if let Some(n) = valid(rest) {
            return Some((crate::said!("reason-hint-text-marker", number = n.as_str()), Some(n)));
        }
    }
    let digits: String = s.chars().filter(|c| c.is_ascii_digit()).collect();
    let only_punctuation = s.chars().all(|c| c.is_ascii_digit() || " ()-./+".contains(c));
    if let Some(stem) = s.strip_suffix(".0").filter(|d| d.chars().all(|c| c.is_ascii_digit())) {
        if let Some(n) = valid(&format!("+{stem}")) {
            return Some((crate::said!("reason-hint-decimal", input = s, number = n.as_str()), Some(n)));
        }
    }
    if s.starts_with('+') && only_punctuation {
        if let Some(n) = valid(&format!("+{digits}")) {
            return Some((crate::said!("reason-hint-punctuation", number = n.as_str()), Some(n)));
        }
    }
    if let Some(intl) = digits.strip_prefix("00").filter(|_| only_punctuation && !s.starts_with('+')) {
        if let Some(n) = valid(&format!("+{intl}")) {
            return Some((crate::said!("reason-hint-00", number = n.as_str()), Some(n)));
        }
    }
    if !only_punctuation || digits.is_empty() {
        return None;
    }
    // A national number of the organisation's country: what the directory most likely meant.
    if let Some(id) = country.and_then(|c| c.to_ascii_uppercase().parse::<phonenumber::country::Id>().ok()) {
        if let Ok(parsed) = phonenumber::parse(Some(id), s) {
            if phonenumber::is_valid(&parsed) {
                let text = parsed.format().mode(phonenumber::Mode::E164).to_string();
                if let Ok(n) = E164::parse(&text) {
                    let country = country.unwrap_or_default();
                    return Some((
                        crate::said!("reason-hint-national", country = country, number = n.as_str()),
                        Some(n),
                    ));
                }
            }
        }
    }
    // Digits only: a spreadsheet that read it as a number dropped the +.
    if s.chars().all(|c| c.is_ascii_digit()) {
        if let Some(n) = valid(&format!("+{s}")) {
            return Some((crate::said!("reason-hint-no-plus", number = n.as_str()), Some(n)));
        }
    }
    None
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
    fn mangled_numbers_are_named_with_what_they_meant() {
        let meant = |raw: &str, c: Option<&str>| likely_meant(raw, c).map(|(why, n)| (why, n.map(|n| n.to_string())));
        let (why, n) = meant("2.14E+11", Some("US")).unwrap_or_default();
        assert!(why.contains("scientific notation") && n.is_none(), "{why}");
        assert_eq!(meant("'+12142000002", None).and_then(|m| m.1).as_deref(), Some("+12142000002"));
        assert_eq!(meant("12142000002", None).and_then(|m| m.1).as_deref(), Some("+12142000002"));
        assert_eq!(meant("12142000002.0", None).and_then(|m| m.1).as_deref(), Some("+12142000002"));
        assert_eq!(meant("+1 (214) 200-0002", None).and_then(|m| m.1).as_deref(), Some("+12142000002"));
        assert_eq!(meant("0044 20 7946 0018", None).and_then(|m| m.1).as_deref(), Some("+442079460018"));
        assert_eq!(meant("(214) 200-0002", Some("US")).and_then(|m| m.1).as_deref(), Some("+12142000002"));
        assert_eq!(meant("020 7946 0018", Some("GB")).and_then(|m| m.1).as_deref(), Some("+442079460018"));
        assert_eq!(meant("ask Bob", Some("US")), None);
    }

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
