use std::fmt;

/// Every failure the product reports, in the admin's terms.
///
/// `Rule` carries the id of the rule in RULES.md that refused the action, so scripts can match
/// on it and people can look it up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// A domain rule refused the action; nothing was changed.
    Rule { rule: &'static str, message: String },
    /// The thing named does not exist (user, device, number, subscription, ...).
    NotFound(String),
    /// The input is malformed (not E.164, bad CSV row, bad option); nothing was changed.
    Invalid(String),
    /// The database was opened read-only and the action would change it.
    ReadOnly(String),
    /// A real organisation is open read-only (the profile, the token's scopes, the admin's role,
    /// `--read-only`): `action` was not sent to Webex, `why` says which.
    ReadOnlyFor { action: String, why: String },
    /// The database cannot be used (locked, corrupt, newer version, not writable).
    Database(String),
    /// Files, mail, clipboard and other things outside the database.
    Io(String),
    /// Sign-in is needed, or the Webex token is not allowed to do this (401/403).
    Auth(String),
    /// The Webex API could not be reached (or kept refusing with 429) after retries.
    Unreachable(String),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn rule(rule: &'static str, message: impl Into<String>) -> Self {
        Error::Rule { rule, message: message.into() }
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

    pub fn rule_id(&self) -> Option<&'static str> {
        match self {
            Error::Rule { rule, .. } => Some(rule),
            _ => None,
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Rule { rule, message } => write!(f, "{rule}: {message}"),
            Error::NotFound(m)
            | Error::Invalid(m)
            | Error::Database(m)
            | Error::Io(m)
            | Error::Auth(m)
            | Error::Unreachable(m) => f.write_str(m),
            Error::ReadOnly(action) => write!(
                f,
                "read-only: the database is open read-only, so \"{action}\" was not done. \
                 Open it without --read-only to make changes."
            ),
            Error::ReadOnlyFor { action, why } => {
                write!(f, "read-only: \"{action}\" was not sent to Webex because {why}. Nothing was changed.")
            }
        }
    }
}

impl std::error::Error for Error {}
