//! The fix of a cause: the console's key for the one action that fixes it, and the command that
//! does it, which runs as printed (it keeps the options the front end was started with:
//! `--profile`, `--demo`, `--db`, `--org`).

use serde::Serialize;

use crate::domain::error::Text;
use crate::domain::text::shell_word as word;
use crate::service::Service;

/// The one action that fixes a cause.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Fix {
    /// The console's default key (`None` when no key of wxgo does it).
    pub key: Option<&'static str>,
    /// The console's action, by its name in the action table and `keymap.toml` (a remapped
    /// key follows it).
    pub action: Option<&'static str>,
    /// Where the key works (said in the language where it is shown).
    #[serde(rename = "where")]
    pub place: Option<Text>,
    /// The command that does it, as it runs (`None` when it needs what only the admin knows, or
    /// is done outside wxgo: the summary says what).
    pub command: Option<String>,
}

/// A console action a fix names: its name in the action table, its default key, and where (a
/// message of why.ftl).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Key {
    pub action: &'static str,
    pub key: &'static str,
    pub place: &'static str,
}

const DEVICE_VIEWS: &str = "why-place-users-devices-details";
const USER_VIEWS: &str = "why-place-users-details";

pub(crate) const NEW_CODE: Key = Key { action: "new_code", key: "n", place: DEVICE_VIEWS };
pub(crate) const LOST_STOLEN: Key = Key { action: "lost_stolen", key: "L", place: DEVICE_VIEWS };
pub(crate) const SET_WORK_NUMBER: Key = Key { action: "set_work_number", key: "W", place: USER_VIEWS };
pub(crate) const REAPPLY_TEMPLATE: Key = Key { action: "reapply_template", key: "T", place: "why-place-users" };
pub(crate) const ASSIGN_TEMPLATE: Key = Key { action: "assign_template", key: "A", place: "why-place-users" };
pub(crate) const OPERATOR_ACCOUNTS: Key = Key { action: "operator_accounts", key: "o", place: "why-place-numbers" };
pub(crate) const ASSIGN_MOBILE: Key = Key { action: "assign_mobile_primary", key: "M", place: USER_VIEWS };
pub(crate) const BW_RETRY: Key = Key { action: "bw_retry", key: "R", place: "why-place-broadworks" };
pub(crate) const BW_TEMPLATES: Key = Key { action: "bw_templates", key: "t", place: "why-place-broadworks" };
pub(crate) const REFRESH: Key = Key { action: "why_refresh", key: "F", place: "why-place-this-view" };

/// Every console action a fix may name (a test checks each against the action table).
pub const CONSOLE_FIXES: [(&str, &str); 10] = [
    (NEW_CODE.action, NEW_CODE.key),
    (LOST_STOLEN.action, LOST_STOLEN.key),
    (SET_WORK_NUMBER.action, SET_WORK_NUMBER.key),
    (REAPPLY_TEMPLATE.action, REAPPLY_TEMPLATE.key),
    (ASSIGN_TEMPLATE.action, ASSIGN_TEMPLATE.key),
    (OPERATOR_ACCOUNTS.action, OPERATOR_ACCOUNTS.key),
    (ASSIGN_MOBILE.action, ASSIGN_MOBILE.key),
    (BW_RETRY.action, BW_RETRY.key),
    (BW_TEMPLATES.action, BW_TEMPLATES.key),
    (REFRESH.action, REFRESH.key),
];

impl Fix {
    pub(crate) fn new(key: Option<Key>, command: Option<String>) -> Fix {
        let place = key.map(|k| Text::msg(k.place, Vec::new()));
        Fix { key: key.map(|k| k.key), action: key.map(|k| k.action), place, command }
    }

    /// Done outside wxgo (Control Hub, the phone, the operator): no key, no command.
    pub(crate) fn none() -> Fix {
        Fix::default()
    }
}

/// Builds the commands a report suggests, each starting as the front end was started.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Commands {
    prefix: String,
}

impl Commands {
    /// `prefix` is how every command starts: `wxgo`, `wxgo --demo`, `wxgo --profile acme`.
    pub fn new(prefix: &str) -> Commands {
        let p = prefix.trim();
        Commands { prefix: if p.is_empty() { "wxgo".to_string() } else { p.to_string() } }
    }

    /// What the service knows of how it was opened: the profile of a real organisation, else the
    /// database file (unless it is the default one), and the organisation when the database
    /// holds several.
    pub fn of(svc: &Service) -> Commands {
        let mut p = vec!["wxgo".to_string()];
        if let Some(profile) = svc.profile() {
            p.push("--profile".into());
            p.push(word(&profile.name).into_owned());
        } else if let Some(db) = svc.db_path().filter(|d| *d != crate::service::default_db_path().as_path()) {
            p.push("--db".into());
            p.push(word(&db.display().to_string()).into_owned());
        }
        if svc.orgs().map(|o| o.len() > 1).unwrap_or(false) {
            p.push("--org".into());
            p.push(word(&svc.org().name).into_owned());
        }
        Commands { prefix: p.join(" ") }
    }

    pub fn prefix(&self) -> &str {
        &self.prefix
    }

    /// The command: the prefix, then `args`, each quoted for a POSIX shell where it needs it.
    pub fn run(&self, args: &[&str]) -> String {
        let mut s = self.prefix.clone();
        for a in args {
            s.push(' ');
            s.push_str(&word(a));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_quotes_each_word_only_when_a_shell_needs_it() {
        let c = Commands::new("wxgo --demo");
        assert_eq!(c.run(&["devices", "new-code", "go-12"]), "wxgo --demo devices new-code go-12");
        assert_eq!(
            c.run(&["users", "set-work-number", "o'brien@acme.example", "+12142000001"]),
            "wxgo --demo users set-work-number 'o'\\''brien@acme.example' +12142000001"
        );
        assert_eq!(
            c.run(&["licences", "reapply", "--template", "All staff"]),
            "wxgo --demo licences reapply --template 'All staff'"
        );
        assert_eq!(Commands::new(" ").prefix(), "wxgo");
    }
}
