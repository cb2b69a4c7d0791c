//! Every command a message suggests runs as printed. The service and the Webex client write their
//! advice as backticked commands (`` `wxgo sync` ``) without knowing how wxgo was started; the CLI
//! knows, once: the [`Invocation`] holds the flags that chose the organisation (`--profile`,
//! `--demo`, `--db`, `--org`) and the token (`--token-env`), and everything the CLI prints goes
//! through [`in_context`], which puts those flags into each suggested command that does not name
//! its own. After `wxgo --profile fake login` the advice reads `` `wxgo --profile fake sync` ``.

use std::borrow::Cow;
use std::sync::OnceLock;

use super::Cli;

/// The flags of this run that a suggested command must keep to work on the same organisation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Invocation {
    /// `(flag, value)` in the order they are inserted: `--profile`, `--demo`, `--db`, `--org`,
    /// `--token-env`.
    flags: Vec<(&'static str, Option<String>)>,
}

/// The flags that pick the organisation: a suggestion naming one of them (`` `wxgo --demo` ``)
/// goes where it says, and gets none of this run's.
const TARGET: [&str; 3] = ["--profile", "--demo", "--db"];

impl Invocation {
    /// The context of `cli`. A value that came from the environment (`WXGO_DB`, `WXGO_ORG`) is
    /// left out: the shell that runs the suggestion still has it.
    pub(crate) fn of(cli: &Cli) -> Invocation {
        let from_env = |var: &str, v: &str| std::env::var_os(var).is_some_and(|e| e == std::ffi::OsStr::new(v));
        let mut flags = Vec::new();
        if let Some(p) = &cli.profile {
            flags.push(("--profile", Some(p.clone())));
        }
        if cli.demo {
            flags.push(("--demo", None));
        }
        if let Some(db) = &cli.db {
            let db = db.to_string_lossy().into_owned();
            if !from_env("WXGO_DB", &db) {
                flags.push(("--db", Some(db)));
            }
        }
        if let Some(org) = cli.org.as_deref().filter(|o| !from_env("WXGO_ORG", o)) {
            flags.push(("--org", Some(org.to_string())));
        }
        if let Some(var) = &cli.token_env {
            flags.push(("--token-env", Some(var.clone())));
        }
        Invocation { flags }
    }

    /// `text` with this run's flags put into every backticked `wxgo ...` command in it (after
    /// `wxgo`, where clap takes global flags), each flag only when the command lacks it.
    pub(crate) fn apply<'a>(&self, text: &'a str) -> Cow<'a, str> {
        const START: &str = "`wxgo";
        if self.flags.is_empty() || !text.contains(START) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len() + 32);
        let mut rest = text;
        while let Some(at) = rest.find(START) {
            let after = &rest[at + START.len()..];
            let Some(end) = after.find('`') else { break };
            let command = &after[..end];
            out.push_str(&rest[..at + START.len()]);
            // `wxgo` alone or `wxgo ARGS`, not `wxgox`.
            if command.is_empty() || command.starts_with(' ') {
                out.push_str(&self.insertion(command));
            }
            out.push_str(command);
            out.push('`');
            rest = &after[end + 1..];
        }
        out.push_str(rest);
        Cow::Owned(out)
    }

    /// A suggested command given bare, as data (`wxgo devices new-code go-4`, a fix in a
    /// report), with this run's flags put in after `wxgo` as [`Invocation::apply`] does.
    pub(crate) fn command(&self, command: &str) -> String {
        match command.strip_prefix("wxgo") {
            Some(rest) if rest.is_empty() || rest.starts_with(' ') => format!("wxgo{}{rest}", self.insertion(rest)),
            _ => command.to_string(),
        }
    }

    /// What goes after `wxgo` in `command` (its words after `wxgo`).
    fn insertion(&self, command: &str) -> String {
        let words: Vec<&str> = command.split_whitespace().collect();
        let has = |flag: &str| words.iter().any(|w| *w == flag || w.starts_with(&format!("{flag}=")));
        if TARGET.iter().any(|f| has(f)) {
            return String::new();
        }
        let mut s = String::new();
        for (flag, value) in &self.flags {
            if has(flag) {
                continue;
            }
            s.push(' ');
            s.push_str(flag);
            if let Some(v) = value {
                s.push(' ');
                s.push_str(&shell_word(v));
            }
        }
        s
    }
}

/// `v` as one shell word (the service quotes the commands of its reports the same way).
pub(crate) use crate::domain::text::shell_word;

static INVOCATION: OnceLock<Invocation> = OnceLock::new();

/// Sets this process's context (once; `cli::main` does it before running the command).
pub(crate) fn set(inv: Invocation) {
    let _ = INVOCATION.set(inv);
}

/// `text` with the process's context in its suggested commands (as it is when none was set).
pub(crate) fn in_context(text: &str) -> Cow<'_, str> {
    match INVOCATION.get() {
        Some(inv) => inv.apply(text),
        None => Cow::Borrowed(text),
    }
}

/// A bare suggested command with the process's context (as it is when none was set).
pub(crate) fn command_in_context(command: &str) -> String {
    match INVOCATION.get() {
        Some(inv) => inv.command(command),
        None => command.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse_cli;

    fn of(args: &[&str]) -> Invocation {
        Invocation::of(&parse_cli(args).unwrap())
    }

    #[test]
    fn a_suggested_command_keeps_the_profile_the_demo_the_database_and_the_organisation() {
        let inv = of(&["--profile", "fake", "login"]);
        assert_eq!(inv.apply("Next: `wxgo sync` copies it."), "Next: `wxgo --profile fake sync` copies it.");
        let inv = of(&["--demo", "users", "show", "x@y"]);
        assert_eq!(
            inv.apply("Look it up with `wxgo users list --filter TEXT`, or `wxgo`."),
            "Look it up with `wxgo --demo users list --filter TEXT`, or `wxgo --demo`."
        );
        let inv = of(&["--db", "/tmp/my org.db", "--org", "Acme Corp", "--token-env", "T", "org"]);
        assert_eq!(
            inv.apply("run `wxgo sync` then `wxgo orgs`"),
            "run `wxgo --db '/tmp/my org.db' --org 'Acme Corp' --token-env T sync` then \
             `wxgo --db '/tmp/my org.db' --org 'Acme Corp' --token-env T orgs`"
        );
    }

    #[test]
    fn a_suggestion_naming_its_own_flags_keeps_them() {
        let inv = of(&["--profile", "acme", "--org", "Old", "org"]);
        assert_eq!(inv.apply("`wxgo sync --org NAME`"), "`wxgo --profile acme sync --org NAME`");
        assert_eq!(inv.apply("the demo: `wxgo --demo`"), "the demo: `wxgo --demo`", "it goes where it says");
        assert_eq!(inv.apply("`wxgo --org=X orgs`"), "`wxgo --profile acme --org=X orgs`");
    }

    #[test]
    fn text_without_a_suggested_command_or_context_is_left_alone() {
        let inv = of(&["--profile", "acme", "org"]);
        for t in ["plain", "`wxgox`", "an open `wxgo sync", "``", "`wxgo`s"] {
            let want = if t == "`wxgo`s" { "`wxgo --profile acme`s" } else { t };
            assert_eq!(inv.apply(t), want);
        }
        assert!(matches!(of(&["org"]).apply("`wxgo sync`"), Cow::Borrowed("`wxgo sync`")));
    }

    #[test]
    fn a_bare_command_gets_the_same_flags_as_a_backticked_one() {
        let inv = of(&["--db", "/tmp/my org.db", "--org", "Acme Corp", "why", "x@y"]);
        assert_eq!(
            inv.command("wxgo devices new-code go-4"),
            "wxgo --db '/tmp/my org.db' --org 'Acme Corp' devices new-code go-4"
        );
        assert_eq!(inv.command("wxgo --demo org"), "wxgo --demo org", "it goes where it says");
        assert_eq!(inv.command("wxgox org"), "wxgox org");
        assert_eq!(of(&["org"]).command("wxgo sync"), "wxgo sync");
    }

    #[test]
    fn a_value_is_one_shell_word_whatever_it_holds() {
        assert_eq!(shell_word("acme-2"), "acme-2");
        assert_eq!(shell_word("it's"), "'it'\\''s'");
        assert_eq!(shell_word("$(rm -rf ~)"), "'$(rm -rf ~)'");
        assert_eq!(shell_word(""), "''");
    }
}
