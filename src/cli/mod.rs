//! Subcommands: human tables by default, `--json` for scripts. Every action goes through the
//! service; exit codes: 0 ok, 2 usage, 3 refused by a rule, 4 not found or invalid input,
//! 5 read-only, 6 database problem, 7 files or mail, 8 partly done (the report says what),
//! 9 Webex sign-in needed or not allowed (401/403), 10 Webex cannot be reached.

pub mod bench;
mod calls;
mod console;
mod devices;
mod directory;
mod licences;
mod login;
mod mail;
mod open;
pub(crate) mod output;
mod rows;
mod runs;
mod sync;
mod users;

pub use open::{demo_db_beside, demo_db_path};

/// The scopes `wxgo login` asks for, under the path they had before the CLI had a file per
/// command (tests/org_sync.rs reads them here).
pub mod webex {
    pub use super::login::{READ_SCOPES, WRITE_SCOPES};
}

use std::path::PathBuf;
use std::sync::Arc;

use clap::{Args, Parser, Subcommand};

use crate::domain::device::PhoneEvent;
use crate::domain::{Error, Result};
use crate::outside::Clock;
use crate::service::{demo, OperatorDecision, Service};
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
    #[arg(long, global = true, value_name = "NAME")]
    pub profile: Option<String>,
    /// Take the Webex token from this environment variable instead of WEBEX_TOKEN (never written to disk)
    #[arg(long, global = true, value_name = "VAR")]
    pub token_env: Option<String>,
    /// Write one line per Webex API request to FILE: method, path, status, duration, trackingId (never a token)
    #[arg(long, global = true, value_name = "FILE")]
    pub trace: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create the demo organisation (about 60 users, or --users N for a larger one)
    Demo {
        #[arg(long, default_value_t = demo::DEFAULT_USERS)]
        users: usize,
        /// Replace the database if it exists
        #[arg(long)]
        force: bool,
    },
    /// Users
    #[command(subcommand)]
    Users(users::UsersCmd),
    /// Webex Go devices
    #[command(subcommand)]
    Devices(devices::DevicesCmd),
    /// The number inventory
    #[command(subcommand)]
    Numbers(NumbersCmd),
    /// Subscriptions and their Webex Go licence pools
    #[command(subcommand)]
    Subscriptions(SubscriptionsCmd),
    /// Mobile operator accounts per location (Webex Go through a mobile operator)
    #[command(subcommand, name = "operator-accounts")]
    OperatorAccounts(OperatorAccountsCmd),
    /// The mobile operator's side: authorise or reject an account request
    #[command(subcommand)]
    Operator(OperatorCmd),
    /// The phone's side: what the user does on the phone
    #[command(subcommand)]
    Phone(PhoneCmd),
    /// BroadWorks flow-through provisioning
    #[command(subcommand)]
    Broadworks(BroadworksCmd),
    /// The user's side of BroadWorks flow-through: the activation portal
    #[command(subcommand)]
    Portal(PortalCmd),
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
    Audit {
        #[arg(long, default_value_t = 50)]
        limit: usize,
    },
    /// The organisation's settings
    Org,
    /// Measure the speed targets on a large organisation (run from a release build; see benches/run.sh)
    Bench {
        /// Users of the organisation measured (built once with `wxgo demo --users N`)
        #[arg(long, default_value_t = 100_000)]
        users: usize,
        /// Keystrokes measured
        #[arg(long, default_value_t = 5_000)]
        keys: usize,
        /// Rows of the bulk import measured
        #[arg(long, default_value_t = 10_000)]
        rows: usize,
        /// Runs of each timed process (the median is reported)
        #[arg(long, default_value_t = 15)]
        runs: usize,
        /// Where the benchmark organisation is kept between runs
        #[arg(long, default_value = "target/bench")]
        dir: PathBuf,
    },
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

#[derive(Debug, Subcommand)]
pub enum NumbersCmd {
    /// List the number inventory
    List {
        /// Only mobile numbers (the Webex Mobile badge)
        #[arg(long)]
        mobile: bool,
        #[arg(long, default_value = "")]
        filter: String,
        #[command(flatten)]
        page: Page,
    },
    /// Add mobile numbers (comma-separated, at most 20) under an Authorized operator account (MO02, MO03)
    ///
    /// On a real organisation operator accounts are Control Hub's (no public API): give the
    /// location; Webex validates each number, and they are added 20 per request (at most 100).
    #[command(group(clap::ArgGroup::new("where").required(true).args(["account", "location"])))]
    AddMobile {
        /// The operator account id (local backend)
        #[arg(long)]
        account: Option<String>,
        /// The location (name or Webex id): a real organisation's way; locally, its operator account
        #[arg(long)]
        location: Option<String>,
        /// NUMBER[,NUMBER...]
        #[arg(required = true, num_args = 1..)]
        numbers: Vec<String>,
        /// Only validate: show each number's state and add nothing
        #[arg(long)]
        check: bool,
    },
    /// Make a mobile number the user's primary number; a Webex Go mobile-operator device follows (MO05, MO06)
    AssignPrimary {
        #[arg(long)]
        user: String,
        number: String,
        /// The Webex Go subscription, when several have licences (WG02)
        #[arg(long)]
        subscription: Option<String>,
    },
    /// Unassigned mobile numbers that can be given to this user (of the user's location)
    Assignable {
        #[arg(long)]
        user: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum OperatorAccountsCmd {
    /// Request an operator account for a location; the id is typed twice and fixed once confirmed (MO01)
    Add {
        #[arg(long)]
        location: String,
        #[arg(long)]
        operator: String,
        #[arg(long = "account-id")]
        account_id: String,
        #[arg(long = "confirm-account-id")]
        confirm_account_id: String,
        /// Confirm: the operator account id cannot be changed later
        #[arg(long)]
        yes: bool,
    },
    /// Operator accounts with their authorisation status and what to do (MO02)
    List,
}

#[derive(Debug, Subcommand)]
pub enum OperatorCmd {
    /// The operator authorises the account: numbers may now be added
    Authorize { account: String },
    /// The operator rejects the account
    Reject {
        account: String,
        #[arg(long)]
        reason: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum SubscriptionsCmd {
    /// Subscriptions with Webex Go licences: pool, used, free
    List,
}

#[derive(Debug, Subcommand)]
pub enum PhoneCmd {
    /// The phone redeems an activation code: the device goes Online
    Activate { code: String },
    /// The user disables the Webex Go line on the phone: Offline
    Disable { device: String },
    /// The user enables it again: Online
    Enable { device: String },
    /// The user removes the line from the phone: Activation pending (WG11)
    RemoveLine { device: String },
}

#[derive(Debug, Subcommand)]
pub enum BroadworksCmd {
    /// Subscribers with BroadWorks id, package, status and error (BW03)
    List {
        /// Only those pending or in error (BW05)
        #[arg(long)]
        exclude_provisioned: bool,
        #[arg(long, default_value = "")]
        filter: String,
    },
    /// The subscriber list as CSV on stdout, or into --out FILE (BW05)
    Export {
        #[arg(long)]
        exclude_provisioned: bool,
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Retry activation: enter a valid email and onboard the subscriber (BW04)
    Retry {
        id: String,
        #[arg(long)]
        email: String,
    },
    /// Delete the subscriber so the user can try again after a configuration change (BW04)
    Delete { id: String },
    /// Change the package type: softphone, basic, standard or premium (BW04)
    Package { id: String, package: String },
    /// Print the subscriber's error text (BW04 "Copy error text")
    Error { id: String },
    /// Customer templates and whether they are set up for flow-through with untrusted emails (BW01)
    Templates,
}

#[derive(Debug, Subcommand)]
pub enum PortalCmd {
    /// The user claims a BroadWorks account by typing an email in the activation portal
    Claim {
        #[arg(long = "broadworks-id")]
        broadworks_id: String,
        #[arg(long)]
        email: String,
    },
    /// The user verifies the email: provisioning runs and ends provisioned or in error
    Verify {
        #[arg(long = "broadworks-id")]
        broadworks_id: String,
    },
}

/// Runs the parsed command line; returns the process exit code.
pub fn main(cli: Cli) -> i32 {
    let out = Out::new(cli.json);
    match run(&cli, &out) {
        Ok(()) => 0,
        Err(Error::Rule { rule: PARTIAL, message }) => {
            output::warn(&format!("partly done: {message}"));
            8
        }
        Err(Error::Rule { rule: REPORTED, message }) => {
            output::warn(&format!("error: {message}"));
            4
        }
        Err(e) => {
            out.error(&e);
            e.exit_code()
        }
    }
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
    let clock = crate::outside::clock::from_env()?;
    let Some(command) = &cli.command else {
        return console::run(cli, clock);
    };
    // A bad config.toml is said before anything else (with its file and key).
    open::selected_profile(cli)?;
    let ctx = Ctx { cli, clock: clock.clone(), out };
    match command {
        Command::Login(a) => login::login(&ctx, a),
        Command::Logout(a) => login::logout(&ctx, a),
        Command::Whoami => login::whoami(&ctx),
        Command::Orgs => sync::orgs(&ctx),
        Command::Sync(a) => sync::run(&ctx, a),
        Command::Demo { users, force } => {
            let path = open::db_path(cli);
            if cli.read_only {
                return Err(Error::ReadOnly("create the demo organisation".into()));
            }
            let summary = demo::create(&path, *users, *force, clock.now())?;
            out.demo(&summary)
        }
        Command::Bench { users, keys, rows, runs, dir } => bench::run(
            &bench::BenchArgs { users: *users, keys: *keys, rows: *rows, dir: dir.clone(), runs: (*runs).max(1) },
            clock,
        ),
        Command::FirstFrame => bench::first_frame(&open::db_path(cli), clock),
        Command::BenchConsole => bench::console_memory(&open::db_path(cli), clock),
        Command::Org => out.org(ctx.open()?.org()),
        Command::Users(cmd) => users::run(&ctx, cmd),
        Command::Devices(cmd) => devices::run(&ctx, cmd),
        Command::Numbers(cmd) => {
            let svc = ctx.open()?;
            match cmd {
                NumbersCmd::List { mobile, filter, page } => {
                    out.numbers(&svc.numbers().list(*mobile, filter, page.offset, page.limit())?)
                }
                NumbersCmd::AddMobile { account, location, numbers, check } => {
                    let entry = numbers.join(",");
                    if *check {
                        let checked = match (account, location) {
                            // On a real organisation `--check` asks Webex (validateNumbers).
                            (_, Some(l)) => svc.numbers().validate(l, &entry)?,
                            (Some(a), None) => svc.numbers().check_fully(a, &entry)?,
                            (None, None) => return Err(Error::Invalid("give --account or --location".into())),
                        };
                        let bad = checked.iter().filter(|n| !n.state.is_ok()).count();
                        out.checked_numbers(&checked)?;
                        return partial(bad);
                    }
                    let report = match (account, location) {
                        (_, Some(l)) => svc.numbers().add_at(l, &entry)?,
                        (Some(a), None) => svc.numbers().add(a, &entry)?,
                        (None, None) => return Err(Error::Invalid("give --account or --location".into())),
                    };
                    out.mobile_report(&report)?;
                    partial(report.rejected)
                }
                NumbersCmd::AssignPrimary { user, number, subscription } => {
                    out.assigned(&svc.numbers().assign_primary(user, number, subscription.as_deref())?)
                }
                NumbersCmd::Assignable { user } => out.numbers(&svc.numbers().assignable(user)?),
            }
        }
        Command::OperatorAccounts(cmd) => {
            let svc = ctx.open()?;
            match cmd {
                OperatorAccountsCmd::List => out.operator_accounts(&svc.operator_accounts().list()?),
                OperatorAccountsCmd::Add { location, operator, account_id, confirm_account_id, yes } => {
                    let confirmed = *yes
                        || confirm_on_terminal(&format!(
                            "Confirm operator account id {account_id} for {location} ({operator})? It cannot be changed later. [y/N] "
                        ));
                    let row =
                        svc.operator_accounts().add(location, operator, account_id, confirm_account_id, confirmed)?;
                    out.operator_accounts(&[row])
                }
            }
        }
        Command::Operator(cmd) => {
            let svc = ctx.open()?;
            let row = match cmd {
                OperatorCmd::Authorize { account } => {
                    svc.operator_accounts().decide(account, OperatorDecision::Authorize)?
                }
                OperatorCmd::Reject { account, reason } => {
                    svc.operator_accounts().decide(account, OperatorDecision::Reject { reason: reason.clone() })?
                }
            };
            out.operator_accounts(&[row])
        }
        Command::Subscriptions(SubscriptionsCmd::List) => out.subscriptions(&ctx.open()?.subscriptions()?),
        Command::Phone(cmd) => {
            let svc = ctx.open()?;
            let outcome = match cmd {
                PhoneCmd::Activate { code } => svc.phone().activate(code)?,
                PhoneCmd::Disable { device } => svc.phone().event(device, PhoneEvent::Disable)?,
                PhoneCmd::Enable { device } => svc.phone().event(device, PhoneEvent::Enable)?,
                PhoneCmd::RemoveLine { device } => svc.phone().event(device, PhoneEvent::RemoveLine)?,
            };
            out.phone(&outcome)
        }
        Command::Broadworks(cmd) => {
            let svc = ctx.open()?;
            match cmd {
                BroadworksCmd::List { exclude_provisioned, filter } => {
                    out.bw_subscribers(&svc.broadworks().list(*exclude_provisioned, filter, 0, usize::MAX >> 1)?)
                }
                BroadworksCmd::Export { exclude_provisioned, out: file } => {
                    let csv = svc.broadworks().export_csv(*exclude_provisioned)?;
                    match file {
                        Some(path) => output::write_file(path, &csv, "the subscriber list"),
                        None => {
                            use std::io::Write;
                            std::io::stdout()
                                .write_all(&csv)
                                .map_err(|e| Error::Io(format!("cannot write the CSV: {e}")))
                        }
                    }
                }
                BroadworksCmd::Retry { id, email } => out.bw_subscribers(&[svc.broadworks().retry(id, email)?]),
                BroadworksCmd::Delete { id } => {
                    let gone = svc.broadworks().delete(id)?;
                    out.bw_deleted(&gone)
                }
                BroadworksCmd::Package { id, package } => {
                    out.bw_subscribers(&[svc.broadworks().package(id, package)?])
                }
                BroadworksCmd::Error { id } => out.text(&svc.broadworks().error_text(id)?),
                BroadworksCmd::Templates => out.bw_templates(&svc.broadworks().templates()?),
            }
        }
        Command::Portal(cmd) => {
            let svc = ctx.open()?;
            let row = match cmd {
                PortalCmd::Claim { broadworks_id, email } => svc.portal().claim(broadworks_id, email)?,
                PortalCmd::Verify { broadworks_id } => svc.portal().verify(broadworks_id)?,
            };
            out.bw_subscribers(&[row])
        }
        Command::Mail(cmd) => mail::run(&ctx, cmd),
        Command::Calls(cmd) => calls::run(&ctx, cmd),
        Command::Directory(cmd) => directory::run(&ctx, cmd),
        Command::Licences(cmd) => licences::run(&ctx, cmd),
        Command::Audit { limit } => out.audit(&ctx.open()?.audit(*limit)?),
    }
}

/// Marks an outcome where part of the work was done (exit code 8); the report says which part.
const PARTIAL: &str = "partial";

/// Tells `cli::main` the report was printed already: exit 4 with this message on stderr only.
const REPORTED: &str = "reported";

/// Some numbers of an entry were not added: say so in the exit code (the report says which).
fn partial(rejected: usize) -> Result<()> {
    if rejected == 0 {
        Ok(())
    } else {
        Err(Error::Rule {
            rule: PARTIAL,
            message: format!("{rejected} number(s) were not added (MO03); their state and reason are listed above"),
        })
    }
}

/// Asks a yes/no question when a person is at the terminal; `false` otherwise.
fn confirm_on_terminal(question: &str) -> bool {
    use std::io::{BufRead, IsTerminal, Write};
    if !std::io::stdin().is_terminal() {
        return false;
    }
    eprint!("{question}");
    let _ = std::io::stderr().flush();
    let mut answer = String::new();
    if std::io::stdin().lock().read_line(&mut answer).is_err() {
        return false;
    }
    matches!(answer.trim(), "y" | "Y" | "yes" | "YES" | "Yes")
}

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

    #[test]
    fn the_command_line_is_well_formed() {
        Cli::command().debug_assert();
    }
}
