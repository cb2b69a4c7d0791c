//! Subcommands: human tables by default, `--json` for scripts. Every action goes through the
//! service; exit codes: 0 ok, 2 usage, 3 refused by a rule, 4 not found or invalid input,
//! 5 read-only, 6 database problem, 7 files or mail, 8 partly done (the report says what),
//! 9 Webex sign-in needed or not allowed (401/403), 10 Webex cannot be reached.
//!
//! One file per command (`users.rs` is `wxgo users ...`), as gh's `pkg/cmd/<noun>/<verb>/`: it
//! holds the command's clap definition (an options struct per command), its `run`, how it prints
//! its results, and its parse tests, which also pin its names, flags and defaults (scripts depend
//! on them). This file keeps the [`Cli`] with the global flags and the dispatch; `open.rs` picks
//! the organisation a command works on; `output.rs` is the printing they share.

pub(crate) mod advice;
mod audit;
pub mod bench;
mod broadworks;
mod calls;
pub mod completions;
mod console;
mod demo;
mod devices;
mod directory;
mod help;
mod licences;
mod login;
mod mail;
mod numbers;
mod open;
mod operator;
mod operator_accounts;
mod org;
pub(crate) mod output;
mod phone;
mod portal;
mod rows;
mod runs;
mod subscriptions;
mod sync;
mod users;
mod why;

pub use help::parse;
pub use open::{demo_db_beside, demo_db_path};

/// The scopes `wxgo login` asks for, under the path they had before the CLI had a file per
/// command (tests/org_sync.rs reads them here).
pub mod webex {
    pub use super::login::{READ_SCOPES, WRITE_SCOPES};
}

use std::path::PathBuf;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};

use crate::domain::{Error, Result};
use crate::outside::Clock;
use crate::service::Service;
use output::Out;

#[derive(Debug, Parser)]
#[command(
    name = "wxgo",
    version,
    about = "A terminal console for Webex Calling administrators",
    long_about = "wxgo: Webex Go devices, mobile operator numbers, BroadWorks flow-through and licence \
                  assignment, from the keyboard. With no subcommand it opens the console."
)]
pub struct Cli {
    /// The database file (default: $XDG_DATA_HOME/wxgo/wxgo.db)
    #[arg(long, global = true, env = "WXGO_DB", value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// Open the database read-only: every changing action is refused
    #[arg(long, global = true)]
    pub read_only: bool,
    /// The organisation, when the database holds several (as a partner's does)
    #[arg(long, global = true, env = "WXGO_ORG", value_name = "NAME")]
    pub org: Option<String>,
    /// Machine-readable output
    #[arg(long, global = true)]
    pub json: bool,
    /// How lists print: table (on a terminal, fitted to its width), wide (every column whole) or json
    #[arg(short = 'o', long = "output", global = true, value_enum, value_name = "FORMAT")]
    pub output: Option<OutputFormat>,
    /// Clipboard for copying codes in the console: auto, native, osc52, tmux or off
    #[arg(long, global = true, value_name = "MODE")]
    pub clipboard: Option<String>,
    /// Use the demo organisation (demo.db beside the database; created on first use), with the
    /// console or any command
    #[arg(long, global = true)]
    pub demo: bool,
    /// Keymap file for the console (default: $XDG_CONFIG_HOME/wxgo/keymap.toml)
    #[arg(long, global = true, value_name = "FILE")]
    pub keymap: Option<PathBuf>,
    /// The profile of config.toml to use (else WXGO_PROFILE, else default_profile; none: the local database)
    #[arg(long, global = true, value_name = "NAME", add = clap_complete::engine::ArgValueCandidates::new(completions::profiles))]
    pub profile: Option<String>,
    /// Take the Webex token from this environment variable instead of WEBEX_TOKEN (never written to disk)
    #[arg(long, global = true, value_name = "VAR")]
    pub token_env: Option<String>,
    /// Write one line per Webex API request to FILE: method, path, status, duration, trackingId (never a token)
    #[arg(long, global = true, value_name = "FILE")]
    pub trace: Option<PathBuf>,
    /// The language: en, de, da, uk or he (else the config's lang, then LC_ALL, LC_MESSAGES, LANG)
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// Right-to-left text (Hebrew): app (wxgo reorders it; xterm, tmux, most SSH clients) or
    /// terminal (the terminal does; VTE-based ones)
    #[arg(long, global = true, value_name = "MODE", value_parser = ["app", "terminal"])]
    pub bidi: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// `-o FORMAT`: how lists print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum OutputFormat {
    /// A table; on a terminal, fitted to its width (names cut with `…`, the least useful columns left out)
    Table,
    /// A table with every column whole, however wide
    Wide,
    /// JSON, as --json
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the demo organisation (about 60 users, or --users N for a larger one)
    Demo(demo::DemoArgs),
    /// Users
    #[command(subcommand)]
    Users(users::UsersCmd),
    /// Webex Go devices
    #[command(subcommand)]
    Devices(devices::DevicesCmd),
    /// The number inventory
    #[command(subcommand)]
    Numbers(numbers::NumbersCmd),
    /// Subscriptions and their Webex Go licence pools
    #[command(subcommand)]
    Subscriptions(subscriptions::SubscriptionsCmd),
    /// Mobile operator accounts per location (Webex Go through a mobile operator)
    #[command(subcommand, name = "operator-accounts")]
    OperatorAccounts(operator_accounts::OperatorAccountsCmd),
    /// The mobile operator's side: authorise or reject an account request
    #[command(subcommand)]
    Operator(operator::OperatorCmd),
    /// The phone's side: what the user does on the phone
    #[command(subcommand)]
    Phone(phone::PhoneCmd),
    /// BroadWorks flow-through provisioning
    #[command(subcommand)]
    Broadworks(broadworks::BroadworksCmd),
    /// The user's side of BroadWorks flow-through: the activation portal
    #[command(subcommand)]
    Portal(portal::PortalCmd),
    /// The mail queue: messages waiting in the outbox, and sending them by SMTP (WG04)
    #[command(subcommand)]
    Mail(mail::MailCmd),
    /// Call records from Webex's Detailed Call History report (WG15)
    #[command(subcommand)]
    Calls(calls::CallsCmd),
    /// Directory synchronisation: users and their Webex Calling from a directory export (AL02, AL05)
    #[command(subcommand)]
    Directory(directory::DirectoryCmd),
    /// Licence templates: list them, assign one by hand, re-apply one to existing users (AL01, AL03, AL06)
    #[command(subcommand)]
    Licences(licences::LicencesCmd),
    /// Sign in to Webex for the profile (device grant: a URL, a code and a QR code)
    Login(login::LoginArgs),
    /// Delete the profile's stored sign-in
    Logout(login::LogoutArgs),
    /// Who the Webex sign-in is: person, organisation, roles, scopes, expiry
    Whoami,
    /// The organisations this Webex sign-in manages (a partner's customers), and which are cached
    Orgs,
    /// Copy the Webex organisation into the profile's cache (--org NAME for a partner's customer)
    Sync(sync::SyncArgs),
    /// The audit trail, newest first
    Audit(audit::AuditArgs),
    /// The organisation's settings
    Org,
    /// Why can't this person call? Everything about them joined, and the likely causes with their fix
    Why(why::WhyArgs),
    /// Measure the speed targets on a large organisation (run from a release build; see benches/run.sh)
    Bench(bench::BenchArgs),
    /// Print the shell completion script: commands, flags, profiles, emails and device ids (`source <(wxgo completions bash)`)
    Completions(completions::CompletionsArgs),
    /// Print the man page (roff): `wxgo man > wxgo.1`
    Man,
    /// (benchmark helper) open the console's service and draw the first frame, then exit
    #[command(hide = true, name = "first-frame")]
    FirstFrame,
    /// (benchmark helper) drive the console and print its peak memory in kB
    #[command(hide = true, name = "bench-console")]
    BenchConsole,
}

#[derive(Debug, Args)]
pub struct Page {
    /// At most this many rows (0 = all)
    #[arg(long, default_value_t = 0)]
    limit: usize,
    /// Skip this many rows
    #[arg(long, default_value_t = 0)]
    offset: usize,
}

impl Page {
    fn limit(&self) -> usize {
        if self.limit == 0 {
            usize::MAX >> 1
        } else {
            self.limit
        }
    }
}

/// Runs the parsed command line; returns the process exit code.
pub fn main(mut cli: Cli) -> i32 {
    cli.json |= cli.output == Some(OutputFormat::Json);
    advice::set(advice::Invocation::of(&cli));
    output::set_table_width(cli.output == Some(OutputFormat::Wide));
    output::set_language(language(&cli));
    let out = Out::new(cli.json);
    let said = |id: &str, message: &crate::domain::error::Text| {
        let tr = output::tr();
        output::warn(&tr.t_with(id, &[("message", crate::i18n::Arg::from(&tr.text(message)))]));
    };
    match run(&cli, &out) {
        Ok(()) => 0,
        Err(Error::Rule { rule: PARTIAL, message }) => {
            said("cli-partly-done", &message);
            8
        }
        Err(Error::Rule { rule: NOT_CONFIRMED, message }) => {
            said("cli-error", &message);
            2
        }
        Err(Error::Rule { rule: REPORTED, message }) => {
            said("cli-error", &message);
            4
        }
        Err(e) => {
            out.error(&e);
            e.exit_code()
        }
    }
}

/// The language the CLI speaks: `--lang`, then the config's `lang`, then `LC_ALL`,
/// `LC_MESSAGES`, `LANG` (`i18n::choose`). A bad `--lang` is refused in [`run`]; a config that
/// cannot be read here is said by the command that reads it, so English until then.
fn language(cli: &Cli) -> crate::i18n::Lang {
    let config = crate::tui::config::config_dir()
        .and_then(|d| crate::tui::config::Config::load(&d.join("config.toml")).ok())
        .and_then(|c| c.lang);
    crate::i18n::choose(cli.lang.as_deref(), config.as_deref(), crate::i18n::process_env).unwrap_or_default()
}

/// What every command gets from the command line around it: the global flags, the clock and
/// the printer; [`Ctx::open`] opens the organisation it works on.
struct Ctx<'a> {
    cli: &'a Cli,
    clock: Arc<dyn Clock>,
    out: &'a Out,
}

impl Ctx<'_> {
    /// The chosen Webex profile's cache, else the local database (see [`open::open`]).
    fn open(&self) -> Result<Service> {
        open::open(self.cli, self.clock.clone())
    }
}

fn run(cli: &Cli, out: &Out) -> Result<()> {
    // A language wxgo does not speak is refused before anything runs (exit 2).
    if let Some(lang) = cli.lang.as_deref() {
        crate::i18n::choose(Some(lang), None, |_| None)?;
    }
    let clock = crate::outside::clock::from_env()?;
    let Some(command) = &cli.command else {
        return console::run(cli, clock);
    };
    // Neither needs an organisation or a config file.
    match command {
        Command::Completions(a) => return completions::run(a),
        Command::Man => return completions::man(),
        _ => {}
    }
    // A bad config.toml is said before anything else (with its file and key).
    open::selected_profile(cli)?;
    let ctx = Ctx { cli, clock: clock.clone(), out };
    match command {
        Command::Login(a) => login::login(&ctx, a),
        Command::Logout(a) => login::logout(&ctx, a),
        Command::Whoami => login::whoami(&ctx),
        Command::Orgs => sync::orgs(&ctx),
        Command::Sync(a) => sync::run(&ctx, a),
        Command::Demo(a) => demo::run(&ctx, a),
        Command::Bench(a) => bench::run(&bench::BenchArgs { runs: a.runs.max(1), ..a.clone() }, clock),
        Command::FirstFrame => bench::first_frame(&open::db_path(cli), clock),
        Command::BenchConsole => bench::console_memory(&open::db_path(cli), clock),
        Command::Org => org::run(&ctx),
        Command::Completions(a) => completions::run(a),
        Command::Man => completions::man(),
        Command::Users(cmd) => users::run(&ctx, cmd),
        Command::Devices(cmd) => devices::run(&ctx, cmd),
        Command::Numbers(cmd) => numbers::run(&ctx, cmd),
        Command::OperatorAccounts(cmd) => operator_accounts::run(&ctx, cmd),
        Command::Operator(cmd) => operator::run(&ctx, cmd),
        Command::Subscriptions(cmd) => subscriptions::run(&ctx, cmd),
        Command::Phone(cmd) => phone::run(&ctx, cmd),
        Command::Broadworks(cmd) => broadworks::run(&ctx, cmd),
        Command::Portal(cmd) => portal::run(&ctx, cmd),
        Command::Mail(cmd) => mail::run(&ctx, cmd),
        Command::Calls(cmd) => calls::run(&ctx, cmd),
        Command::Directory(cmd) => directory::run(&ctx, cmd),
        Command::Licences(cmd) => licences::run(&ctx, cmd),
        Command::Audit(a) => audit::run(&ctx, a),
        Command::Why(a) => why::run(&ctx, a),
    }
}

/// Marks an outcome where part of the work was done (exit code 8); the report says which part.
const PARTIAL: &str = "partial";

/// An irreversible action was not confirmed (no `--yes` and no terminal, or the admin said no):
/// nothing was done, exit code 2 as for a usage error.
const NOT_CONFIRMED: &str = "not-confirmed";

/// Tells `cli::main` the report was printed already: exit 4 with this message on stderr only.
const REPORTED: &str = "reported";

#[cfg(test)]
pub(crate) mod tests {
    use super::{Cli, Command};
    use clap::{CommandFactory, Parser};

    /// The command line `wxgo ARGS...` as the binary parses it.
    pub(crate) fn parse_cli(args: &[&str]) -> Result<Cli, clap::Error> {
        Cli::try_parse_from(std::iter::once("wxgo").chain(args.iter().copied()))
    }

    /// The command of `wxgo ARGS...` (ARGS name one).
    pub(crate) fn parse(args: &[&str]) -> Result<Command, clap::Error> {
        parse_cli(args).map(|cli| cli.command.expect("a command line with a command"))
    }

    /// The commands under `path` as scripts see them, one line each: the command, then its own
    /// arguments in order (positionals as `<NAME>`, options with their value, default, delimiter,
    /// possible values, short and alias), `[...]` around what may be left out, required groups as
    /// `(one of ...)`. The global flags are left out (see the_global_flags_stay_as_scripts_know_them).
    pub(crate) fn surface(path: &[&str]) -> String {
        let top = Cli::command();
        let mut cmd = &top;
        for name in path {
            cmd = cmd.find_subcommand(name).unwrap_or_else(|| panic!("no command {name} in {path:?}"));
        }
        let mut lines = Vec::new();
        render(cmd, &path.join(" "), &mut lines);
        lines.join("\n")
    }

    fn render(cmd: &clap::Command, path: &str, lines: &mut Vec<String>) {
        if cmd.has_subcommands() {
            for sub in cmd.get_subcommands() {
                render(sub, &format!("{path} {}", sub.get_name()), lines);
            }
            return;
        }
        let mut line = path.to_string();
        if cmd.is_hide_set() {
            line.push_str(" (hidden)");
        }
        for alias in cmd.get_all_aliases() {
            line.push_str(&format!(" (alias {alias})"));
        }
        for arg in cmd.get_arguments().filter(|a| !a.is_global_set()) {
            line.push(' ');
            line.push_str(&render_arg(arg));
        }
        for group in cmd.get_groups().filter(|g| g.is_required_set()) {
            let args: Vec<String> = group.get_args().map(|a| format!("--{a}")).collect();
            line.push_str(&format!(" (one of {})", args.join(" ")));
        }
        lines.push(line);
    }

    fn render_arg(arg: &clap::Arg) -> String {
        let value = || {
            let name = match arg.get_value_names() {
                Some(names) => names.iter().map(|n| n.as_str()).collect::<Vec<_>>().join(" "),
                None => arg.get_id().as_str().to_uppercase(),
            };
            let mut v = format!("<{name}>");
            if let Some(d) = arg.get_value_delimiter() {
                v.push_str(&format!("{d}..."));
            }
            let possible: Vec<String> = arg.get_possible_values().iter().map(|p| p.get_name().to_string()).collect();
            if !possible.is_empty() && !matches!(arg.get_action(), clap::ArgAction::SetTrue) {
                v.push_str(&format!("{{{}}}", possible.join("|")));
            }
            v
        };
        let mut text = match arg.get_long() {
            None => {
                let mut v = value();
                if matches!(arg.get_action(), clap::ArgAction::Append) {
                    v.push_str("...");
                }
                v
            }
            Some(long) => {
                let mut t = format!("--{long}");
                if let Some(short) = arg.get_short() {
                    t = format!("-{short}|{t}");
                }
                for alias in arg.get_all_aliases().unwrap_or_default() {
                    t.push_str(&format!("|--{alias}"));
                }
                if arg.get_action().takes_values() {
                    t.push_str(&format!(" {}", value()));
                }
                t
            }
        };
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|d| if d.is_empty() { "\"\"".to_string() } else { d.to_string_lossy().into_owned() })
            .collect();
        if !defaults.is_empty() && arg.get_action().takes_values() {
            text.push_str(&format!("={}", defaults.join(",")));
        }
        if let Some(env) = arg.get_env() {
            text.push_str(&format!(" (env {})", env.to_string_lossy()));
        }
        if arg.is_required_set() {
            text
        } else {
            format!("[{text}]")
        }
    }

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }

    #[test]
    fn the_commands_stay_as_scripts_know_them() {
        let top = Cli::command();
        let names: Vec<String> = top
            .get_subcommands()
            .map(|c| if c.is_hide_set() { format!("({})", c.get_name()) } else { c.get_name().to_string() })
            .collect();
        assert_eq!(
            names.join(" "),
            "demo users devices numbers subscriptions operator-accounts operator phone broadworks portal mail calls \
             directory licences login logout whoami orgs sync audit org why bench completions man (first-frame) (bench-console)"
        );
    }

    #[test]
    fn the_global_flags_stay_as_scripts_know_them() {
        let top = Cli::command();
        let globals: Vec<String> = top.get_arguments().filter(|a| a.is_global_set()).map(render_arg).collect();
        assert_eq!(
            globals.join(" "),
            "[--db <PATH> (env WXGO_DB)] [--read-only] [--org <NAME> (env WXGO_ORG)] [--json] \
             [-o|--output <FORMAT>{table|wide|json}] [--clipboard <MODE>] [--demo] [--keymap <FILE>] [--profile <NAME>] \
             [--token-env <VAR>] [--trace <FILE>] [--lang <LANG>] [--bidi <MODE>{app|terminal}]"
        );
        let cli = parse_cli(&[
            "users",
            "list",
            "--db",
            "/tmp/a.db",
            "--read-only",
            "--org",
            "Acme",
            "--json",
            "--clipboard",
            "osc52",
            "--demo",
            "--keymap",
            "/tmp/k.toml",
            "--profile",
            "acme",
            "--token-env",
            "T",
            "--trace",
            "/tmp/t.log",
        ])
        .unwrap();
        assert_eq!(cli.db.as_deref(), Some(std::path::Path::new("/tmp/a.db")));
        assert!(cli.read_only && cli.json && cli.demo);
        assert_eq!(cli.org.as_deref(), Some("Acme"));
        assert_eq!(cli.clipboard.as_deref(), Some("osc52"));
        assert_eq!(cli.keymap.as_deref(), Some(std::path::Path::new("/tmp/k.toml")));
        assert_eq!((cli.profile.as_deref(), cli.token_env.as_deref()), (Some("acme"), Some("T")));
        assert_eq!(cli.trace.as_deref(), Some(std::path::Path::new("/tmp/t.log")));
        assert_eq!(parse_cli(&["users", "list", "-o", "wide"]).unwrap().output, Some(super::OutputFormat::Wide));
        assert_eq!(parse_cli(&["-o", "json", "users", "list"]).unwrap().output, Some(super::OutputFormat::Json));
        assert_eq!(
            parse_cli(&["users", "list", "-o", "narrow"]).unwrap_err().kind(),
            clap::error::ErrorKind::InvalidValue
        );
        let before = parse_cli(&["--json", "--read-only", "users", "list"]).unwrap();
        assert!(before.json && before.read_only, "a global flag goes before the command too");
    }

    #[test]
    fn usage_errors_exit_2_and_help_and_version_0() {
        let e = parse_cli(&["users", "list", "--bogus"]).unwrap_err();
        assert_eq!(e.exit_code(), 2);
        let e = parse_cli(&["nosuch"]).unwrap_err();
        assert_eq!((e.kind(), e.exit_code()), (clap::error::ErrorKind::InvalidSubcommand, 2));
        for args in [&["--help"][..], &["-h"], &["users", "--help"], &["help", "devices", "add"], &["--version"]] {
            assert_eq!(parse_cli(args).unwrap_err().exit_code(), 0, "{args:?}");
        }
    }
}
