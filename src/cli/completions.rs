//! `wxgo completions bash|zsh|fish` and `wxgo man`: shell completions and the man page.
//!
//! The completions are clap_complete's dynamic ones: the script the shell loads calls wxgo back
//! (with `WXGO_COMPLETE` set, handled first thing in `main`) for each TAB, so the candidates come
//! from the command line's definition and, for profiles, users' emails and device ids, from the
//! config file and the organisation's copy (the default one: `WXGO_DB`, `WXGO_PROFILE` or the
//! config's default profile). The man page is clap_mangen's, from the same definition.

use std::ffi::OsStr;
use std::io::Write;

use clap::{Args, CommandFactory, Parser, ValueEnum};
use clap_complete::engine::CompletionCandidate;

use super::Cli;
use crate::domain::{Error, Result};

/// The variable the completion script sets when it calls wxgo back.
pub const COMPLETE_VAR: &str = "WXGO_COMPLETE";

/// The most candidates one TAB offers from the organisation's copy.
const MAX_CANDIDATES: usize = 200;

/// The most devices one TAB reads to find ids that start with what is typed.
const MAX_SCANNED: usize = 5_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    Bash,
    Zsh,
    Fish,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to print the completion script for
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Answers the shell's call back for candidates, when this run is one (then the process ends
/// here); else returns and wxgo runs as usual. Call it before anything is printed.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(Cli::command).var(COMPLETE_VAR).complete();
}

/// `wxgo completions SHELL`: the script that makes SHELL complete wxgo's commands, flags,
/// profiles, emails and device ids (`source <(wxgo completions bash)`, or write it where the
/// shell loads completions from).
pub(super) fn run(a: &CompletionsArgs) -> Result<()> {
    let name = match a.shell {
        Shell::Bash => "bash",
        Shell::Zsh => "zsh",
        Shell::Fish => "fish",
    };
    let shells = clap_complete::env::Shells::builtins();
    let shell =
        shells.completer(name).ok_or_else(|| Error::invalid(crate::said!("cli-no-completions", shell = name)))?;
    let mut script = Vec::new();
    shell
        .write_registration(COMPLETE_VAR, "wxgo", "wxgo", &completer(), &mut script)
        .map_err(|e| Error::io(crate::said!("completions-cannot-write", error = e.to_string())))?;
    write_out(&script, "completions-cannot-write")
}

/// The program the script calls back: this binary as it was started (`wxgo` found on the PATH
/// stays `wxgo`; a path is made absolute).
fn completer() -> String {
    let arg0 = std::env::args_os().next().map(std::path::PathBuf::from).unwrap_or_else(|| "wxgo".into());
    if arg0.components().count() > 1 {
        if let Ok(here) = std::env::current_dir() {
            return here.join(arg0).to_string_lossy().into_owned();
        }
    }
    arg0.to_string_lossy().into_owned()
}

/// `wxgo man`: the man page (roff) on stdout, e.g. `wxgo man > wxgo.1`.
pub(super) fn man() -> Result<()> {
    let mut page = Vec::new();
    clap_mangen::Man::new(Cli::command())
        .render(&mut page)
        .map_err(|e| Error::io(crate::said!("man-cannot-write", error = e.to_string())))?;
    write_out(&page, "man-cannot-write")
}

/// Writes `bytes` to stdout; `failed` is the message (`$error`) that says it could not.
fn write_out(bytes: &[u8], failed: &'static str) -> Result<()> {
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(bytes)
        .and_then(|()| stdout.flush())
        .map_err(|e| Error::io(crate::domain::error::Text::msg(failed, vec![("error", e.to_string().into())])))
}

// ---------------------------------------------------------------- candidates

/// The profiles of config.toml.
pub(super) fn profiles() -> Vec<CompletionCandidate> {
    let Ok(p) = crate::outside::profiles::Profiles::load() else { return Vec::new() };
    p.profiles.keys().map(CompletionCandidate::new).collect()
}

/// Users' emails starting with what is typed, from the default organisation's copy.
pub(super) fn emails(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    from_copy(|svc| {
        let users = svc.people().list(&typed, 0, MAX_CANDIDATES * 4)?;
        Ok(users.into_iter().map(|u| u.email).filter(|e| e.starts_with(typed.as_ref())).collect())
    })
}

/// Device ids starting with what is typed (and the owners' emails: a device is named by either).
pub(super) fn devices(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    from_copy(|svc| {
        // The list's filter finds owners (names, emails), not ids: ids are looked for in the
        // first pages of the unfiltered list.
        let mut devices = svc.devices().list(None, &typed, 0, MAX_CANDIDATES * 4)?;
        devices.extend(svc.devices().list(None, "", 0, MAX_SCANNED)?);
        let mut names: Vec<String> = devices
            .into_iter()
            .flat_map(|d| [d.device_id, d.owner_email])
            .filter(|n| n.starts_with(typed.as_ref()))
            .collect();
        names.sort();
        names.dedup();
        Ok(names)
    })
}

/// Candidates read from the organisation a command with no flags opens, read-only; none when
/// it cannot be opened (a completion never fails aloud).
fn from_copy(read: impl FnOnce(&crate::service::Service) -> Result<Vec<String>>) -> Vec<CompletionCandidate> {
    let Ok(cli) = Cli::try_parse_from(["wxgo", "--read-only", "org"]) else { return Vec::new() };
    let Ok(clock) = crate::outside::clock::from_env() else { return Vec::new() };
    if super::open::webex_profile(&cli).ok().flatten().is_none() && !super::open::db_path(&cli).exists() {
        return Vec::new();
    }
    let Ok(svc) = super::open::open(&cli, clock) else { return Vec::new() };
    match read(&svc) {
        Ok(names) => names.into_iter().take(MAX_CANDIDATES).map(CompletionCandidate::new).collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;

    #[test]
    fn completions_take_one_of_three_shells_and_man_nothing() {
        for (word, shell) in [("bash", Shell::Bash), ("zsh", Shell::Zsh), ("fish", Shell::Fish)] {
            let Command::Completions(a) = parse(&["completions", word]).unwrap() else { panic!("{word}") };
            assert_eq!(a.shell, shell);
        }
        assert_eq!(parse(&["completions", "tcsh"]).unwrap_err().kind(), clap::error::ErrorKind::InvalidValue);
        assert_eq!(parse(&["completions"]).unwrap_err().kind(), clap::error::ErrorKind::MissingRequiredArgument);
        assert!(matches!(parse(&["man"]).unwrap(), Command::Man));
    }

    #[test]
    fn the_man_page_names_the_commands_and_global_flags() {
        let mut page = Vec::new();
        clap_mangen::Man::new(Cli::command()).render(&mut page).unwrap();
        let page = String::from_utf8(page).unwrap();
        assert!(page.starts_with(".ie") || page.contains(".TH wxgo"), "{}", &page[..page.len().min(200)]);
        for word in ["devices", "licences", "completions", "profile", "demo"] {
            assert!(page.contains(word), "the man page lacks {word}");
        }
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_completion_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["completions"]), "completions <SHELL>{bash|zsh|fish}");
        assert_eq!(surface(&["man"]), "man");
    }
}
