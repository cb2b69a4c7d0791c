//! Every command a message suggests runs as printed: it keeps `--profile`, `--demo`, `--db` and
//! `--org` of the command that printed it, and a refused token from the environment is named
//! (signing in again would not change the token sent). Each suggested command is taken from the
//! output and run through `sh -c` exactly as printed, with the same environment.

use std::path::Path;
use std::process::{Command, Output};

use crate::fake_webex::home::{text, Home};
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::{DeviceStep, CLIENT_ID, CUSTOMER_TOKEN};

/// The backticked `wxgo ...` commands in `text`, in order.
pub fn suggested(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find("`wxgo") {
        let after = &rest[at + 1..];
        let Some(end) = after.find('`') else { break };
        found.push(after[..end].to_string());
        rest = &after[end + 1..];
    }
    found
}

/// `command` (as printed, starting with `wxgo`) run by the shell, with `wxgo` the binary under
/// test and `base`'s environment and folder.
pub fn run_as_printed(base: Command, command: &str) -> Output {
    let rest = command.strip_prefix("wxgo").unwrap_or_else(|| panic!("not a wxgo command: {command}"));
    let mut sh = Command::new("sh");
    sh.arg("-c").arg(format!("exec \"$WXGO_BIN\"{rest}")).env("WXGO_BIN", env!("CARGO_BIN_EXE_wxgo"));
    for (k, v) in base.get_envs() {
        match v {
            Some(v) => sh.env(k, v),
            None => sh.env_remove(k),
        };
    }
    if let Some(dir) = base.get_current_dir() {
        sh.current_dir(dir);
    }
    sh.output().unwrap_or_else(|e| panic!("sh -c {command}: {e}"))
}

/// The binary in `dir` as home, with no database, profile or organisation from the environment.
fn bare(dir: &Path, args: &[&str]) -> Command {
    let mut c = crate::common::wxgo_command();
    c.args(args)
        .current_dir(dir)
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("WXGO_NOW", crate::backends::NOW)
        .env("NO_COLOR", "1")
        .env_remove("WXGO_DB")
        .env_remove("WXGO_PROFILE")
        .env_remove("WXGO_ORG")
        .env_remove("WEBEX_TOKEN");
    c
}

#[test]
fn advice_on_the_demo_keeps_demo_and_db_and_runs_as_printed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("my data").join("wxgo.db");
    std::fs::create_dir_all(db.parent().unwrap_or(dir.path())).unwrap_or_else(|e| panic!("{e}"));
    let db = db.to_str().unwrap_or_else(|| panic!("a UTF-8 path"));
    let out = bare(dir.path(), &["--demo", "--db", db, "users", "show", "nobody@nowhere.example"]).output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    let commands = suggested(&err);
    assert!(!commands.is_empty(), "a command is suggested: {err}");
    for command in &commands {
        assert!(
            command.contains("--demo") && command.contains("--db '"),
            "the path with a space is one word: {command}"
        );
        let out = run_as_printed(bare(dir.path(), &[]), command);
        assert!(out.status.success(), "`{command}` as printed: {}", text(&out.stderr));
    }
    // Without the context the same suggestion would look at the default database, which has
    // no organisation: the flags are what makes it work.
    let out = run_as_printed(bare(dir.path(), &[]), "wxgo users list --filter TEXT");
    assert!(!out.status.success(), "the default database is empty here: {}", text(&out.stdout));
}

#[test]
fn advice_after_login_on_a_named_profile_keeps_the_profile_and_runs_as_printed() {
    let h = Conformant::start();
    {
        let mut k = h.fake.knobs();
        k.device_interval = 1;
        k.device_steps = vec![DeviceStep::Pending, DeviceStep::Approve];
    }
    let fake = format!(
        "[profiles.fake]\nbackend = \"webex\"\nbase_url = \"{}\"\nkeyring = false\nclient_id = \"{CLIENT_ID}\"\n\
         client_secret_env = \"FAKE_SECRET\"\n",
        h.base_url
    );
    let home = Home::new(&h.base_url, &fake);
    // Not signed in yet: whoami says to sign in, on this profile.
    let out = home.run(&["--profile", "fake", "whoami"], None);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(9), "{err}");
    let login: Vec<String> = suggested(&err).into_iter().filter(|c| c.contains(" login")).collect();
    assert_eq!(login, ["wxgo --profile fake login"], "{err}");
    let out = run_as_printed(home.cmd(&[]), &login[0]);
    let err = text(&out.stderr);
    assert!(out.status.success(), "`{}` as printed: {err}", login[0]);
    // login's own advice: the sync of this profile, which runs as printed.
    let next = suggested(&err);
    assert_eq!(next, ["wxgo --profile fake sync"], "{err}");
    let out = run_as_printed(home.cmd(&[]), &next[0]);
    assert!(out.status.success(), "`{}` as printed: {}", next[0], text(&out.stderr));
    assert!(home.path().join("data/wxgo/profiles/fake.db").exists(), "the fake profile's cache was made");
    assert!(!home.db().exists(), "not the default profile's");
    h.assert_no_violations();
}

#[test]
fn a_refused_token_from_the_environment_is_named_and_login_is_not_suggested() {
    let h = Conformant::start();
    let home = Home::new(&h.base_url, "");
    h.fake.revoke(CUSTOMER_TOKEN);
    let out = home.run(&["whoami"], Some(CUSTOMER_TOKEN));
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(9), "{err}");
    assert!(err.contains("the token in WEBEX_TOKEN") && err.contains("Put a new token in WEBEX_TOKEN"), "{err}");
    assert!(!err.contains("wxgo login"), "a new sign-in would not change the token sent: {err}");
    // --token-env names its own variable, and the advice keeps it.
    let out = home.cmd(&["--token-env", "MY_TOKEN", "sync"]).env("MY_TOKEN", CUSTOMER_TOKEN).output().unwrap();
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(9), "{err}");
    assert!(err.contains("the token in MY_TOKEN") && !err.contains("wxgo login"), "{err}");
    for command in suggested(&err) {
        assert!(command.contains("--token-env MY_TOKEN"), "{command}");
    }
    h.assert_no_violations();
}
