//! Webex Calling automatic licence assignment (AL01-AL06): which template covers a user, and
//! whether a work number can carry Webex Calling. Pure logic: the store does the lookups.

use serde::Serialize;

use super::error::Text;
use super::{Error, Result, E164};

/// Where a licence template applies (AL03).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scope {
    Org,
    Group,
}

impl Scope {
    pub fn parse(s: &str) -> Self {
        if s.eq_ignore_ascii_case("group") {
            Scope::Group
        } else {
            Scope::Org
        }
    }

    /// As stored (`parse` reads it back).
    pub fn as_str(self) -> &'static str {
        match self {
            Scope::Org => "org",
            Scope::Group => "group",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Scope::Org => "organisation",
            Scope::Group => "group",
        }
    }
}

/// A licence template as stored (the order is the stored order: the oldest first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Template {
    #[serde(skip)]
    pub id: i64,
    pub name: String,
    pub scope: Scope,
    pub group: Option<String>,
    pub grants_calling: bool,
    /// The other licences it grants.
    pub licences: Vec<String>,
}

impl Template {
    fn matches_group(&self, department: Option<&str>) -> bool {
        match (self.scope, self.group.as_deref(), department) {
            (Scope::Group, Some(g), Some(d)) => g.trim().eq_ignore_ascii_case(d.trim()),
            _ => false,
        }
    }
}

/// The template that decides a user's licences: a group template of the user's department wins
/// over the organisation's template (as in Control Hub); among equals, the oldest.
pub fn effective<'a>(templates: &'a [Template], department: Option<&str>) -> Option<&'a Template> {
    templates.iter().find(|t| t.matches_group(department)).or_else(|| templates.iter().find(|t| t.scope == Scope::Org))
}

/// Finds a template by name (case-insensitive, trimmed).
pub fn by_name<'a>(templates: &'a [Template], name: &str) -> Option<&'a Template> {
    templates.iter().find(|t| t.name.eq_ignore_ascii_case(name.trim()))
}

/// Who holds a number of the inventory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Owner {
    Nobody,
    User { id: i64, email: String },
    Service(String),
}

/// A number of the organisation's inventory, as the checks need it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InventoryNumber {
    pub id: i64,
    pub location_id: i64,
    pub location: String,
    pub kind: String,
    pub owner: Owner,
}

/// Which AL02 check a work number failed (or that there was none).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    /// No work number at all.
    NoNumber,
    /// Not E.164.
    NotE164,
    /// Not provisioned at any location of the organisation (not in its number inventory).
    NotAtLocation,
    /// A Webex Go mobile number: assigned with its device (MO05), not as a fixed work number.
    MobileNumber,
    /// Assigned to another user.
    AssignedToUser,
    /// Assigned to a service (auto attendant, hunt group, call queue, ...).
    AssignedToService,
}

impl Failure {
    pub fn code(self) -> &'static str {
        match self {
            Failure::NoNumber => "no_number",
            Failure::NotE164 => "not_e164",
            Failure::NotAtLocation => "not_at_location",
            Failure::MobileNumber => "mobile_number",
            Failure::AssignedToUser => "assigned_to_user",
            Failure::AssignedToService => "assigned_to_service",
        }
    }

    /// The fix AL04 suggests, in the admin's words (said in the language where it is shown).
    pub fn fix(self) -> Text {
        let set_work_number = "`wxgo users set-work-number`";
        match self {
            Failure::NoNumber => crate::said!("reason-fix-no-number", command = set_work_number),
            Failure::NotE164 => crate::said!("reason-fix-not-e164"),
            Failure::NotAtLocation => crate::said!("reason-fix-not-at-location"),
            Failure::MobileNumber => crate::said!("reason-fix-mobile", command = "`wxgo numbers assign-primary`"),
            Failure::AssignedToUser | Failure::AssignedToService => crate::said!("reason-fix-assigned"),
        }
    }
}

/// A failed check: which one, and the reason shown to the admin (its English stored as the
/// user's reason).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckFailure {
    pub failure: Failure,
    /// `work number ...` (or that there is none).
    pub reason: Text,
    /// The number the value most likely meant, when a spreadsheet or an export mangled it.
    pub meant: Option<E164>,
}

impl CheckFailure {
    fn of(failure: Failure, what: Text, meant: Option<E164>) -> CheckFailure {
        CheckFailure { failure, reason: crate::said!("reason-work-number", what = what), meant }
    }

    /// The reason without its `work number` (`+12145550100 is already assigned to ...`), to
    /// follow a number already named.
    pub fn bare(&self) -> Text {
        use super::error::Val;
        match self.reason.message().map(|m| (m.id, m.args.as_slice())) {
            Some(("reason-work-number", [(_, Val::Said(what))])) => (**what).clone(),
            _ => self.reason.clone(),
        }
    }
}

/// The messages a recorded reason is read back from (see [`crate::i18n::recognise`]), the
/// most particular first, and the variables that hold sentences of their own.
pub const REASONS: [&str; 20] = [
    "reason-work-number",
    "reason-no-number",
    "reason-not-e164-national",
    "reason-not-at-location",
    "reason-mobile",
    "reason-assigned-user",
    "reason-assigned-service",
    "reason-hint-scientific",
    "reason-hint-text-marker",
    "reason-hint-decimal",
    "reason-hint-punctuation",
    "reason-hint-00",
    "reason-hint-national",
    "reason-hint-no-plus",
    "e164-none",
    "e164-no-plus",
    "e164-not-digit",
    "e164-zero",
    "e164-length",
    // The most general last: a sentence that has a `; ` of its own is read as itself first.
    "reason-also",
];
pub const REASON_SENTENCES: [&str; 3] = ["what", "first", "then"];

/// A reason as recorded (English, in the database), said in the language where it is shown:
/// the check as it stands now when it says the same, else the recorded words read back into
/// their message, else the words as they were recorded.
pub fn recorded_reason(recorded: &str, now: Option<&CheckFailure>) -> Text {
    match now {
        Some(f) if f.reason.as_str() == recorded => f.reason.clone(),
        _ => crate::i18n::recognise(recorded, &REASONS, &REASON_SENTENCES).unwrap_or_else(|| recorded.into()),
    }
}

/// A work number that passes every AL02 check: the user's location follows from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Usable {
    pub e164: E164,
    pub number: InventoryNumber,
}

/// AL02: the work number must be E.164, provisioned at a location of the organisation, and not
/// assigned to any other user or service. `lookup` finds the number in the inventory;
/// `this_user` is the user it is for (a number the user already holds is theirs to use).
pub fn check_work_number(
    raw: Option<&str>,
    this_user: Option<i64>,
    org: (&str, &str),
    lookup: impl FnOnce(&E164) -> Result<Option<InventoryNumber>>,
) -> Result<std::result::Result<Usable, CheckFailure>> {
    let (org_name, country) = org;
    let fail = |failure, what: Text| Ok(Err(CheckFailure::of(failure, what, None)));
    let Some(raw) = raw.map(str::trim).filter(|s| !s.is_empty()) else {
        return Ok(Err(CheckFailure {
            failure: Failure::NoNumber,
            reason: crate::said!("reason-no-number"),
            meant: None,
        }));
    };
    let e164 = match E164::parse(raw) {
        Ok(n) => n,
        Err(Error::Invalid(why)) => {
            // Say what a mangled value most likely was, and the fix, not only that it is wrong.
            return Ok(Err(match super::e164::likely_meant(raw, Some(country)) {
                Some((hint, meant)) => {
                    CheckFailure::of(Failure::NotE164, crate::said!("reason-also", first = why, then = hint), meant)
                }
                None => CheckFailure::of(Failure::NotE164, why, None),
            }));
        }
        Err(other) => return Err(other),
    };
    let number = e164.as_str();
    let Some(found) = lookup(&e164)? else {
        return fail(Failure::NotAtLocation, crate::said!("reason-not-at-location", number = number, org = org_name));
    };
    if found.kind == "mobile" {
        return fail(Failure::MobileNumber, crate::said!("reason-mobile", number = number, location = &found.location));
    }
    match &found.owner {
        Owner::User { id, email } if Some(*id) != this_user => {
            fail(Failure::AssignedToUser, crate::said!("reason-assigned-user", number = number, email = email))
        }
        Owner::Service(service) => fail(
            Failure::AssignedToService,
            crate::said!("reason-assigned-service", number = number, service = service),
        ),
        _ => Ok(Ok(Usable { e164, number: found })),
    }
}

/// AL01: Webex Calling needs a location and an extension and/or a number.
pub fn check_calling_setup(location: Option<&str>, extension: Option<&str>, number: Option<&str>) -> Result<()> {
    let given = |v: Option<&str>| v.is_some_and(|s| !s.trim().is_empty());
    if !given(location) {
        return Err(Error::rule("AL01", crate::said!("al01-location")));
    }
    if !given(extension) && !given(number) {
        return Err(Error::rule("AL01", crate::said!("al01-number")));
    }
    Ok(())
}

/// An extension: 2 to 10 digits.
pub fn check_extension(ext: &str) -> Result<String> {
    let ext = ext.trim();
    if (2..=10).contains(&ext.len()) && ext.chars().all(|c| c.is_ascii_digit()) {
        Ok(ext.to_string())
    } else {
        Err(Error::invalid(crate::said!("extension-invalid", extension = ext)))
    }
}

/// The licence key wxgo uses for a Webex licence name.
pub fn licence_key(name: &str) -> String {
    let n = name.to_ascii_lowercase();
    if n.contains("calling") && n.contains("professional") {
        super::licence::CALLING_PROFESSIONAL.into()
    } else if n.contains("calling") && n.contains("basic") {
        super::licence::CALLING_BASIC.into()
    } else if n.contains("meeting") {
        super::licence::MEETINGS.into()
    } else if n.contains("messaging") {
        super::licence::MESSAGING.into()
    } else {
        super::text::clean(name, 60)
    }
}

/// Whether a Webex licence name is a Webex Go licence.
pub fn is_go_licence(name: &str) -> bool {
    name.to_ascii_lowercase().contains("webex go")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(id: i64, name: &str, group: Option<&str>, calling: bool) -> Template {
        Template {
            id,
            name: name.into(),
            scope: if group.is_some() { Scope::Group } else { Scope::Org },
            group: group.map(str::to_string),
            grants_calling: calling,
            licences: Vec::new(),
        }
    }

    #[test]
    fn group_template_wins_over_the_org_template() {
        let all = [t(1, "All", None, true), t(2, "Finance", Some("Finance"), false)];
        assert_eq!(effective(&all, Some(" finance ")).map(|t| t.id), Some(2));
        assert_eq!(effective(&all, Some("Sales")).map(|t| t.id), Some(1));
        assert_eq!(effective(&all, None).map(|t| t.id), Some(1));
        assert_eq!(effective(&all[1..], Some("Sales")), None);
    }

    #[test]
    fn check_order_and_reasons() {
        let none = |_: &E164| Ok(None);
        let r = check_work_number(Some("  "), None, ("Acme", "US"), none).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.map_err(|f| f.failure), Err(Failure::NoNumber));
        let r = check_work_number(Some("231-456-9000"), None, ("Acme", "US"), none).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.map_err(|f| f.failure), Err(Failure::NotE164));
        let r = check_work_number(Some("+12145550100"), None, ("Acme", "US"), none).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.map_err(|f| f.failure), Err(Failure::NotAtLocation));
        let held = |owner: Owner| {
            move |_: &E164| {
                Ok(Some(InventoryNumber {
                    id: 1,
                    location_id: 1,
                    location: "Dallas".into(),
                    kind: "standard".into(),
                    owner,
                }))
            }
        };
        let other = Owner::User { id: 7, email: "a@b.c".into() };
        let r = check_work_number(Some("+12145550100"), Some(8), ("Acme", "US"), held(other.clone()));
        assert_eq!(r.unwrap_or_else(|e| panic!("{e}")).map_err(|f| f.failure), Err(Failure::AssignedToUser));
        let r = check_work_number(Some("+12145550100"), Some(7), ("Acme", "US"), held(other));
        assert!(r.unwrap_or_else(|e| panic!("{e}")).is_ok(), "a number the user holds is theirs");
        let r = check_work_number(Some("+12145550100"), None, ("Acme", "US"), held(Owner::Service("AA".into())));
        assert_eq!(r.unwrap_or_else(|e| panic!("{e}")).map_err(|f| f.failure), Err(Failure::AssignedToService));
    }

    #[test]
    fn a_recorded_reason_is_read_back_into_its_message_and_said_in_the_language() {
        use crate::i18n::{Lang, Tr};
        let de = Tr::new(Lang::De);
        // Recorded by a check as it stood then (the number changed hands since): its own words.
        let check = |raw: &str, owner: Owner| {
            let held = move |_: &E164| {
                let number = InventoryNumber {
                    id: 1,
                    location_id: 1,
                    location: "Dallas".into(),
                    kind: "standard".into(),
                    owner,
                };
                Ok(Some(number))
            };
            check_work_number(Some(raw), Some(8), ("Acme", "US"), held).unwrap_or_else(|e| panic!("{e}")).err()
        };
        let then = check("+12145550100", Owner::User { id: 7, email: "ana@acme.example".into() });
        let then = then.unwrap_or_else(|| panic!("a number of another user fails"));
        let now = check("+12145550100", Owner::Service("Main AA".into()));
        let read = recorded_reason(then.reason.as_str(), now.as_ref());
        assert_eq!(read.as_str(), then.reason.as_str(), "the English is as recorded");
        assert_eq!(
            de.text(&read),
            "geschäftliche Nummer +12145550100 ist bereits einem anderen Benutzer zugewiesen (ana@acme.example)"
        );
        // A value that is not E.164, with what it most likely meant: the reason and its hint.
        let mangled = check_work_number(Some("0044 20 7946 0018"), None, ("Acme", "US"), |_| Ok(None))
            .unwrap_or_else(|e| panic!("{e}"))
            .err()
            .unwrap_or_else(|| panic!("not E.164"));
        let read = recorded_reason(mangled.reason.as_str(), None);
        assert_eq!(read.as_str(), mangled.reason.as_str());
        assert_eq!(de.text(&read), de.text(&mangled.reason));
        assert!(
            de.text(&read).contains("internationale Vorwahl; in E.164 lautet sie +442079460018"),
            "{}",
            de.text(&read)
        );
        // Words no message has (an older wxgo's) are shown as they were recorded.
        let old = recorded_reason("work number was refused by the directory", None);
        assert_eq!(de.text(&old), "work number was refused by the directory");
        assert_eq!(de.text(&mangled.failure.fix()), de.t("reason-fix-not-e164"));
    }

    #[test]
    fn calling_needs_location_and_extension_or_number() {
        assert!(check_calling_setup(None, Some("1234"), None).is_err());
        assert!(check_calling_setup(Some("Dallas"), None, Some(" ")).is_err());
        assert!(check_calling_setup(Some("Dallas"), Some("1234"), None).is_ok());
        assert!(check_calling_setup(Some("Dallas"), None, Some("+12145550100")).is_ok());
    }
}
