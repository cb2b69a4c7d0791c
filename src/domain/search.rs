//! What a list filter means beyond its text: a phone number as people type it, and the orders
//! of the device list.

/// The number a filter stands for, when it is one: the digits of what was typed, with its `+`
/// when it began with one; `None` when the filter holds anything but digits and the
/// punctuation people type in numbers (spaces, `-`, `.`, `/`, brackets, a leading `+`).
///
/// A stored number matches when it contains this: `212-200-0003`, `(212) 200 0003` and
/// `2122000003` all find `+12122000003`, `+1 212 200` finds it from its start, and `0003`
/// finds extension `0003`. A national number written with its trunk prefix (`020 7946 0000`,
/// seven digits or more after a `0`) is looked for without it, as E.164 holds it
/// (`+442079460000`).
pub fn number_query(filter: &str) -> Option<String> {
    let f = filter.trim();
    let (plus, rest) = match f.strip_prefix('+') {
        Some(rest) => (true, rest),
        None => (false, f),
    };
    if !rest.chars().all(|c| c.is_ascii_digit() || " -./()".contains(c)) {
        return None;
    }
    let digits: String = rest.chars().filter(char::is_ascii_digit).collect();
    if digits.is_empty() {
        return None;
    }
    Some(match (plus, digits.strip_prefix('0')) {
        (true, _) => format!("+{digits}"),
        (false, Some(national)) if digits.len() >= 7 => national.to_string(),
        (false, _) => digits,
    })
}

/// Whether every row matching `longer` also matches `shorter` (a filter typed on from it), so
/// the matches of `shorter` can be narrowed instead of searched again.
pub fn narrows(shorter: &str, longer: &str) -> bool {
    if !longer.contains(shorter) {
        return false;
    }
    match (number_query(shorter), number_query(longer)) {
        (_, None) => true,
        (Some(a), Some(b)) => b.contains(&a),
        (None, Some(_)) => false,
    }
}

/// The orders of the device list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeviceSort {
    /// As they were added (by device id).
    #[default]
    Added,
    /// Trouble first: offline, then activation pending with an expired code (or none left),
    /// then pending with a valid code, then the rest.
    Status,
    /// Activation pending with an expired code first, the longest expired first.
    Expired,
    /// By the owner's name.
    Name,
}

impl DeviceSort {
    pub const ALL: [DeviceSort; 4] = [DeviceSort::Added, DeviceSort::Status, DeviceSort::Expired, DeviceSort::Name];

    pub fn label(self) -> &'static str {
        match self {
            DeviceSort::Added => "as added",
            DeviceSort::Status => "offline first",
            DeviceSort::Expired => "expired codes first",
            DeviceSort::Name => "by name",
        }
    }

    /// The next order (the console's key cycles through them).
    pub fn next(self) -> DeviceSort {
        let i = DeviceSort::ALL.iter().position(|s| *s == self).unwrap_or(0);
        DeviceSort::ALL[(i + 1) % DeviceSort::ALL.len()]
    }

    /// Whether the order depends on the time (codes expire while a list is shown).
    pub fn by_time(self) -> bool {
        matches!(self, DeviceSort::Status | DeviceSort::Expired)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_as_typed_become_the_digits_stored() {
        for (typed, want) in [
            ("+12142006434", Some("+12142006434")),
            (" +1 (214) 200-6434 ", Some("+12142006434")),
            ("212-200-0003", Some("2122000003")),
            ("(212) 200 0003", Some("2122000003")),
            ("212.200.0003", Some("2122000003")),
            ("2122000003", Some("2122000003")),
            ("0003", Some("0003")),
            ("020 7946 0000", Some("2079460000")),
            ("ava", None),
            ("+", None),
            ("-", None),
            ("1+2", None),
            ("go-12", None),
            ("", None),
        ] {
            assert_eq!(number_query(typed).as_deref(), want, "{typed:?}");
        }
    }

    #[test]
    fn a_filter_narrows_only_what_it_contains() {
        assert!(narrows("212", "212-2"));
        assert!(narrows("ava", "ava "));
        assert!(narrows("(", "(x"));
        // A bracket alone is no number; with a digit it searches numbers the bracket did not.
        assert!(!narrows("(", "(2"));
        // The trunk prefix is dropped from seven digits on: the longer looks for other digits.
        assert!(!narrows("020794", "0207946"));
        assert!(!narrows("ab", "ba"));
    }

    #[test]
    fn the_sorts_cycle_through_all() {
        let mut s = DeviceSort::default();
        let mut seen = vec![s];
        for _ in 0..3 {
            s = s.next();
            seen.push(s);
        }
        assert_eq!(seen, DeviceSort::ALL.to_vec());
        assert_eq!(s.next(), DeviceSort::Added);
    }
}
