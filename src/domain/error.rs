use std::fmt;

/// Every failure the product reports, in the admin's terms.
///
/// `Rule` carries the id of the rule in RULES.md that refused the action, so scripts can match
/// on it and people can look it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A domain rule refused the action; nothing was changed.
    Rule { rule: &'static str, message: Text },
    /// The thing named does not exist (user, device, number, subscription, ...).
    NotFound(Text),
    /// The input is malformed (not E.164, bad CSV row, bad option); nothing was changed.
    Invalid(Text),
    /// The database was opened read-only and the action would change it.
    ReadOnly(String),
    /// A real organisation is open read-only (the profile, the token's scopes, the admin's role,
    /// `--read-only`): `action` was not sent to Webex, `why` says which.
    ReadOnlyFor { action: String, why: String },
    /// The database cannot be used (locked, corrupt, newer version, not writable).
    Database(Text),
    /// Files, mail, clipboard and other things outside the database.
    Io(Text),
    /// Sign-in is needed, or the Webex token is not allowed to do this (401/403).
    Auth(Text),
    /// The Webex API could not be reached (or kept refusing with 429) after retries.
    Unreachable(Text),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A refusal by `rule`: `message` is a [`said!`](crate::said) message (translated where it is
    /// shown) or, where a site is not converted yet, an English `String`.
    pub fn rule(rule: &'static str, message: impl Into<Text>) -> Self {
        Error::Rule { rule, message: message.into() }
    }

    /// The thing named does not exist: `message` is a [`said!`](crate::said) message or English.
    pub fn not_found(message: impl Into<Text>) -> Self {
        Error::NotFound(message.into())
    }

    /// The input is malformed: `message` is a [`said!`](crate::said) message or English.
    pub fn invalid(message: impl Into<Text>) -> Self {
        Error::Invalid(message.into())
    }

    /// The database cannot be used: `message` is a [`said!`](crate::said) message or English.
    pub fn database(message: impl Into<Text>) -> Self {
        Error::Database(message.into())
    }

    /// Files, mail, clipboard: `message` is a [`said!`](crate::said) message or English.
    pub fn io(message: impl Into<Text>) -> Self {
        Error::Io(message.into())
    }

    /// Sign-in is needed or refused: `message` is a [`said!`](crate::said) message or English.
    pub fn auth(message: impl Into<Text>) -> Self {
        Error::Auth(message.into())
    }

    /// Webex could not be reached: `message` is a [`said!`](crate::said) message or English.
    pub fn unreachable(message: impl Into<Text>) -> Self {
        Error::Unreachable(message.into())
    }

    /// The message of every kind but the read-only ones (`None` for those: their English is
    /// rendered from `read-only-db`/`read-only-for`).
    pub fn text(&self) -> Option<&Text> {
        match self {
            Error::Rule { message, .. } => Some(message),
            Error::NotFound(m)
            | Error::Invalid(m)
            | Error::Database(m)
            | Error::Io(m)
            | Error::Auth(m)
            | Error::Unreachable(m) => Some(m),
            Error::ReadOnly(_) | Error::ReadOnlyFor { .. } => None,
        }
    }

    /// Process exit code for the CLI: distinct per kind so scripts can branch on it.
    pub fn exit_code(&self) -> i32 {
        match self {
            Error::Rule { .. } => 3,
            Error::NotFound(_) | Error::Invalid(_) => 4,
            Error::ReadOnly(_) | Error::ReadOnlyFor { .. } => 5,
            Error::Database(_) => 6,
            Error::Io(_) => 7,
            Error::Auth(_) => 9,
            Error::Unreachable(_) => 10,
        }
    }

    pub fn kind(&self) -> &'static str {
        match self {
            Error::Rule { .. } => "rule",
            Error::NotFound(_) => "not_found",
            Error::Invalid(_) => "invalid",
            Error::ReadOnly(_) | Error::ReadOnlyFor { .. } => "read_only",
            Error::Database(_) => "database",
            Error::Io(_) => "io",
            Error::Auth(_) => "auth",
            Error::Unreachable(_) => "unreachable",
        }
    }

    /// The whole message as `Display` gives it (a refusal's rule id before it), as a [`Text`] to
    /// be said inside another message (`{ $error }`), in the language where it has an id.
    pub fn said(&self) -> Text {
        match self {
            Error::Rule { rule, message } => message.clone().around(&format!("{rule}: "), ""),
            Error::ReadOnly(action) => crate::said!("read-only-db", action = action_said(action)),
            Error::ReadOnlyFor { action, why } => {
                crate::said!("read-only-for", action = action_said(action), why = read_only_why(why))
            }
            other => other.text().cloned().unwrap_or_default(),
        }
    }

    pub fn rule_id(&self) -> Option<&'static str> {
        match self {
            Error::Rule { rule, .. } => Some(rule),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    /// The English: of the message as its site wrote it, or of `read-only-db`/`read-only-for`
    /// (errors.ftl) for the read-only refusals ([`Error::said`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.text() {
            Some(m) if self.rule_id().is_none() => f.write_str(m),
            _ => f.write_str(self.said().as_str()),
        }
    }
}

impl std::error::Error for Error {}

/// The messages (`errors.ftl`) whose English is an action's name as the audit trail and every
/// refusal write it (`Action::name`), and the other things a read-only refusal names.
pub const ACTION_NAMES: [&str; 34] = [
    "action-add-device",
    "action-new-code",
    "action-lost-stolen",
    "action-delete-device",
    "action-import-devices",
    "action-email-code",
    "action-phone-activate",
    "action-phone-disable",
    "action-phone-enable",
    "action-phone-remove-line",
    "action-add-operator-account",
    "action-operator-decides",
    "action-add-mobile-numbers",
    "action-validate-mobile-numbers",
    "action-assign-mobile-primary",
    "action-bw-retry",
    "action-bw-delete",
    "action-bw-package",
    "action-portal-claim",
    "action-portal-verify",
    "action-save-licence-template",
    "action-delete-licence-template",
    "action-directory-sync",
    "action-assign-licence-template",
    "action-reapply-licence-template",
    "action-set-work-number",
    "action-update-user",
    "action-send-queued-mail",
    "action-import-calls",
    "action-create-database",
    "action-sync-into",
    "action-create-demo",
    "action-logout-purge",
    "action-refresh-person",
];

/// The messages whose English is why an organisation is open read-only (the profile, the
/// token's scopes, the administrator's role, `--read-only`).
pub const READ_ONLY_WHY: [&str; 6] = [
    "read-only-why-profile",
    "read-only-why-no-write-scope",
    "read-only-why-role",
    "read-only-why-opened",
    "read-only-why-opened-db",
    "read-only-why-validate",
];

/// An action's name (English, as the audit trail keeps it) said in the language where a message
/// words it; any other words as they are.
pub fn action_said(name: &str) -> Text {
    crate::i18n::recognise(name, &ACTION_NAMES, &[]).unwrap_or_else(|| name.into())
}

/// Why it is read-only (English, as the sync records it) said in the language where a message
/// words it; any other words as they are.
pub fn read_only_why(why: &str) -> Text {
    crate::i18n::recognise(why, &READ_ONLY_WHY, &["why"]).unwrap_or_else(|| why.into())
}

/// An error's message: English (what `Display`, logs, the audit and `--json` show) and, when the
/// site wrote it as a message id with its arguments ([`said!`](crate::said)), that id, so the CLI
/// and the console can show it in the admin's language (`Tr::error`). The English is rendered
/// from `assets/i18n/en/errors.ftl`: the one source of the wording.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    en: String,
    msg: Option<Box<Msg>>,
}

/// A message id and its arguments (never translated themselves: emails, numbers, ids, commands).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Msg {
    pub id: &'static str,
    pub args: Vec<(&'static str, Val)>,
    /// Words around the message that are not the language's (an email before it, a note after).
    pub before: String,
    pub after: String,
}

/// What [`Text::repeated`] puts where the value goes to find the words around it (a character
/// for private use, not expected in a value; a value holding it is rendered in full).
const REPEATED_MARK: &str = "\u{E000}";

/// A message said once for each of many values of one variable (a note naming each of the
/// thousands of people a bulk import adds a device for), its English worked out once rather
/// than rendered for each: [`Repeated::with`] gives the same [`Text`] as `said!` would.
#[derive(Debug, Clone)]
pub struct Repeated {
    id: &'static str,
    key: &'static str,
    args: Vec<(&'static str, Val)>,
    /// The English around each place of the value (`None`: rendered each time).
    pieces: Option<Vec<String>>,
}

impl Repeated {
    /// The message with `value` as the variable.
    pub fn with(&self, value: &str) -> Text {
        let mut args = Vec::with_capacity(self.args.len() + 1);
        args.extend(self.args.iter().cloned());
        args.push((self.key, Val::from(value)));
        match &self.pieces {
            Some(pieces) if !value.contains(REPEATED_MARK) => {
                let msg = Msg { id: self.id, args, before: String::new(), after: String::new() };
                Text { en: pieces.join(value), msg: Some(Box::new(msg)) }
            }
            _ => Text::msg(self.id, args),
        }
    }
}

/// A message argument: text, or a number (which picks a plural form), or a message of its own
/// (`Val::Msg("db-the-database")`: words said in the language, where a name is not known), or a
/// [`Text`] with arguments of its own (`Val::from(said!(...))`: a part said in the language too,
/// its English where it has no id; an empty `Text` for a part that is not there).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Val {
    Text(String),
    Number(i64),
    Msg(&'static str),
    Said(Box<Text>),
}

impl Text {
    /// The message `id` of `errors.ftl` with `args`; its English is rendered now.
    pub fn msg(id: &'static str, args: Vec<(&'static str, Val)>) -> Text {
        let msg = Msg { id, args, before: String::new(), after: String::new() };
        Text { en: crate::i18n::english().msg(&msg), msg: Some(Box::new(msg)) }
    }

    /// The message `id` said for many values of its variable `key` (the other variables
    /// `args` the same for all): see [`Repeated`].
    pub fn repeated(id: &'static str, key: &'static str, args: Vec<(&'static str, Val)>) -> Repeated {
        // The English with a mark where the value goes, cut at the mark; when the message is
        // plain (no variant chosen by a variable), the value put between the pieces is what
        // rendering it would give.
        let pieces = crate::i18n::english().is_plain(id).then(|| {
            let mut probe = args.clone();
            probe.push((key, Val::from(REPEATED_MARK)));
            Text::msg(id, probe).en.split(REPEATED_MARK).map(str::to_string).collect::<Vec<_>>()
        });
        Repeated { id, key, args, pieces: pieces.filter(|p| p.len() > 1) }
    }

    /// The English text.
    pub fn as_str(&self) -> &str {
        &self.en
    }

    /// The id and arguments, when the site gave them.
    pub fn message(&self) -> Option<&Msg> {
        self.msg.as_deref()
    }

    /// `items` one after the other, each said in the language (`list-next`: `a, b` in English);
    /// empty when there is none.
    pub fn listed(items: impl IntoIterator<Item = Text>) -> Text {
        items
            .into_iter()
            .reduce(|first, next| Text::msg("list-next", vec![("first", first.into()), ("next", next.into())]))
            .unwrap_or_default()
    }

    /// The same message with `before` and `after` around it, in every language.
    pub fn around(self, before: &str, after: &str) -> Text {
        let en = format!("{before}{}{after}", self.en);
        let msg = self.msg.map(|mut m| {
            m.before = format!("{before}{}", m.before);
            m.after.push_str(after);
            m
        });
        Text { en, msg }
    }
}

impl From<String> for Text {
    fn from(en: String) -> Self {
        Text { en, msg: None }
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.en == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.en == *other
    }
}

impl From<&String> for Text {
    fn from(en: &String) -> Self {
        Text { en: en.clone(), msg: None }
    }
}

impl From<&str> for Text {
    fn from(en: &str) -> Self {
        Text { en: en.to_string(), msg: None }
    }
}

impl From<Text> for String {
    fn from(t: Text) -> Self {
        t.en
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.en
    }
}

/// A message in `--json`, reports and files is its English.
impl serde::Serialize for Text {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(&self.en)
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.en)
    }
}

impl From<&str> for Val {
    fn from(s: &str) -> Self {
        Val::Text(s.to_string())
    }
}

impl From<&String> for Val {
    fn from(s: &String) -> Self {
        Val::Text(s.clone())
    }
}

impl From<String> for Val {
    fn from(s: String) -> Self {
        Val::Text(s)
    }
}

impl From<&&str> for Val {
    fn from(s: &&str) -> Self {
        Val::Text(s.to_string())
    }
}

impl From<Text> for Val {
    fn from(t: Text) -> Self {
        Val::Said(Box::new(t))
    }
}

macro_rules! number_val {
    ($($t:ty),*) => {$(
        impl From<$t> for Val {
            fn from(n: $t) -> Self {
                Val::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_val!(usize, u64, u32, i64, i32, u16, u8);

/// An error message by id, with its arguments: `said!("wg01-no-location", email = &user.email)`
/// is the [`Text`] of `wg01-no-location` in `assets/i18n/*/errors.ftl`, whose `{ $email }` is
/// the user's email. Numbers (`n = 3`) pick the plural form. Write a new refusal as
/// `Error::rule("WG01", said!(...))`; a suggested command is an argument built with
/// `cli::advice`, never part of the message's words.
#[macro_export]
macro_rules! said {
    ($id:literal $(, $k:ident = $v:expr)* $(,)?) => {
        $crate::domain::error::Text::msg($id, vec![$((stringify!($k), $crate::domain::error::Val::from($v))),*])
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A note repeated for thousands of people is worked out once, and reads exactly as the
    /// message said for each would: in English, and with its id and arguments for the others.
    #[test]
    fn a_repeated_message_is_the_message_said_for_each_value() {
        let suppressed = Text::repeated("email-note-suppressed", "email", vec![("org", Val::from("Acme & Co"))]);
        let not_asked = Text::repeated("email-note-not-asked", "email", Vec::new());
        // A message that chooses a variant by its variable is rendered each time.
        let days = Text::repeated("cli-org-days", "n", Vec::new());
        assert!(suppressed.pieces.is_some() && not_asked.pieces.is_some() && days.pieces.is_none());
        for value in ["ana@example.com", "", "{ $email }", "x\u{E000}y", "Zoë.Ø@example.dk"] {
            let each = crate::said!("email-note-suppressed", org = "Acme & Co", email = value);
            assert_eq!(suppressed.with(value), each, "{value:?}");
            assert_eq!(suppressed.with(value).as_str(), each.as_str());
            assert_eq!(not_asked.with(value), crate::said!("email-note-not-asked", email = value));
            assert_eq!(days.with(value), crate::said!("cli-org-days", n = value));
        }
        assert!(not_asked.with("ana@example.com").as_str().contains("the code for ana@example.com"));
        let de = crate::i18n::loaded(crate::i18n::Lang::De);
        assert_eq!(
            de.text(&suppressed.with("ana@example.com")),
            de.text(&crate::said!("email-note-suppressed", org = "Acme & Co", email = "ana@example.com"))
        );
    }
}
