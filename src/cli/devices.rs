//! `wxgo devices`: Webex Go devices. List and show them, what adding one needs, add one, a new
//! code, lost or stolen, delete; the bulk import (devices/import.rs) and the activation codes and
//! letters (devices/code.rs).

mod code;
mod import;

use crate::i18n::Arg;
use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand, ValueEnum};

use super::output::{confirm_irreversible, or_dash, outln, status_cell, table, tr, when, CleanRows, Fit, Out};
use super::{Ctx, Page};
use crate::domain::search::DeviceSort;
use crate::domain::{DeviceStatus, Error, Result};
use crate::i18n::Lang;
use crate::service::{AddDevice, AddDeviceChoices, DeleteOutcome, DeviceCheck, DeviceRow, Service};
use code::issue_code;
pub use code::LetterArgs;
pub use import::ImportArgs;

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum StatusArg {
    /// Activation pending (grey)
    Pending,
    /// Online (green)
    Online,
    /// Offline (red)
    Offline,
    /// Status unknown: Webex gave none (a real organisation's devices only)
    Unknown,
}

impl From<StatusArg> for DeviceStatus {
    fn from(s: StatusArg) -> Self {
        match s {
            StatusArg::Pending => DeviceStatus::ActivationPending,
            StatusArg::Online => DeviceStatus::Online,
            StatusArg::Offline => DeviceStatus::Offline,
            StatusArg::Unknown => DeviceStatus::Unknown,
        }
    }
}

/// `devices list --sort`: the orders of the list.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum SortArg {
    /// As they were added
    Added,
    /// Offline first, then activation pending with an expired code, then pending
    Status,
    /// Activation pending with an expired code first, the longest expired first
    Expired,
    /// By the owner's name
    Name,
}

impl From<SortArg> for DeviceSort {
    fn from(s: SortArg) -> Self {
        match s {
            SortArg::Added => DeviceSort::Added,
            SortArg::Status => DeviceSort::Status,
            SortArg::Expired => DeviceSort::Expired,
            SortArg::Name => DeviceSort::Name,
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum DevicesCmd {
    /// List Webex Go devices with their true status (WG12)
    List(ListArgs),
    /// One device
    Show(ShowArgs),
    /// What adding a device to this user needs: subscription and number choices (WG01-WG03)
    Choices(ChoicesArgs),
    /// Add a Webex Go device to a user and issue an activation code (WG01-WG04)
    Add(AddArgs),
    /// Issue a new activation code; every earlier code stops working (WG05)
    NewCode(ReissueArgs),
    /// The phone is lost or stolen: deactivate its line and issue new activation details (WG08); asks first, or --yes
    LostStolen(LostStolenArgs),
    /// Delete the device; its licence returns to the pool (WG09); asks first, or --yes
    Delete(DeleteArgs),
    /// The CSV template for adding many devices, with the subscription columns (WG13)
    Template,
    /// Add a Webex Go device for every row of a CSV file (WG13): all or none on the local backend; on a real organisation one request per row, and a stopped run continues
    Import(ImportArgs),
    /// A one-page PDF activation letter for the device's current code (printed when set up)
    Letter(LetterArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    #[arg(long, value_enum)]
    pub status: Option<StatusArg>,
    /// Name, email, location, or a number as typed (E.164, national, extension)
    #[arg(long, default_value = "")]
    pub filter: String,
    #[arg(long, value_enum, default_value = "added")]
    pub sort: SortArg,
    #[command(flatten)]
    pub page: Page,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::devices))]
    pub device: String,
}

#[derive(Debug, Args)]
pub struct ChoicesArgs {
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub user: String,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub user: String,
    /// Required when several subscriptions have Webex Go licences (WG02)
    #[arg(long)]
    pub subscription: Option<String>,
    /// Required when the user has no primary number: an unassigned number of the user's location (WG03)
    #[arg(long)]
    pub number: Option<String>,
    /// Do not email the code (copy or print it instead)
    #[arg(long)]
    pub no_email: bool,
    /// Also write a one-page PDF activation letter (and print it when a printer is set up)
    #[arg(long, value_name = "FILE.pdf")]
    pub letter: Option<PathBuf>,
    /// The language of the letter and the email, for an employee who reads another language than
    /// yours: en, de, da, uk or he (default: --lang, the config's lang, the locale)
    #[arg(long, value_name = "LANG", value_parser = letter_lang_arg)]
    pub letter_lang: Option<Lang>,
}

/// `new-code` and `lost-stolen`: the device gets new activation details.
#[derive(Debug, Args)]
pub struct ReissueArgs {
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::devices))]
    pub device: String,
    #[arg(long)]
    pub no_email: bool,
    /// Also write a one-page PDF activation letter (and print it when a printer is set up)
    #[arg(long, value_name = "FILE.pdf")]
    pub letter: Option<PathBuf>,
    /// The language of the letter and the email, for an employee who reads another language than
    /// yours: en, de, da, uk or he (default: --lang, the config's lang, the locale)
    #[arg(long, value_name = "LANG", value_parser = letter_lang_arg)]
    pub letter_lang: Option<Lang>,
}

/// `lost-stolen`: a new code as `new-code` gets, after the line on the lost phone is ended for good.
#[derive(Debug, Args)]
pub struct LostStolenArgs {
    #[command(flatten)]
    pub reissue: ReissueArgs,
    /// Go ahead without asking (needed without a terminal): the lost phone's line cannot be restored
    #[arg(long)]
    pub yes: bool,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::devices))]
    pub device: String,
    /// Go ahead without asking (needed without a terminal): a deleted device cannot be restored
    #[arg(long)]
    pub yes: bool,
}

/// `--letter-lang`: a language wxgo speaks, else what to give (clap's usage error says it; in
/// English, read back into the admin's language by `help`).
pub(crate) fn letter_lang_arg(s: &str) -> std::result::Result<Lang, String> {
    Lang::parse(s).ok_or_else(|| {
        let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
        crate::i18n::english().t_with("cli-letter-lang-unknown", &[("codes", codes.join(", ").as_str().into())])
    })
}

/// The language asked for this command's letters and emails, when one was.
fn letter_lang(cmd: &DevicesCmd) -> Option<Lang> {
    match cmd {
        DevicesCmd::Add(a) => a.letter_lang,
        DevicesCmd::NewCode(a) | DevicesCmd::LostStolen(LostStolenArgs { reissue: a, .. }) => a.letter_lang,
        DevicesCmd::Import(a) => a.letter_lang,
        DevicesCmd::Letter(a) => a.letter_lang,
        _ => None,
    }
}

pub(super) fn run(ctx: &Ctx, cmd: &DevicesCmd) -> Result<()> {
    let (out, as_json) = (ctx.out, ctx.cli.json);
    let mut svc = ctx.open()?;
    if let Some(lang) = letter_lang(cmd) {
        svc = svc.with_letter_lang(lang);
    }
    match cmd {
        DevicesCmd::List(a) => {
            let (status, sort) = (a.status.map(Into::into), a.sort.into());
            print_devices(out, &svc.devices().list_sorted(status, sort, &a.filter, a.page.offset, a.page.limit())?)
        }
        DevicesCmd::Show(a) => print_devices(out, &[svc.devices().get(&a.device)?]),
        DevicesCmd::Choices(a) => print_choices(out, &svc.devices().choices(&a.user)?),
        DevicesCmd::Add(a) => {
            let req = AddDevice {
                user_email: a.user.clone(),
                subscription: a.subscription.clone(),
                number: a.number.clone(),
                no_email: a.no_email,
            };
            issue_code(out, code::Issuing::Added, (a.letter.as_deref(), a.no_email), |c, d| {
                svc.devices().add_delivered(&req, c, d)
            })
        }
        DevicesCmd::NewCode(a) => issue_code(out, code::Issuing::NewCode, (a.letter.as_deref(), a.no_email), |c, d| {
            svc.devices().new_code_delivered(&a.device, !a.no_email, c, d)
        }),
        DevicesCmd::LostStolen(LostStolenArgs { reissue: a, yes }) => {
            confirm(&svc, DeviceCheck::LostStolen, &a.device, *yes, &lost_stolen_words(a))?;
            issue_code(out, code::Issuing::LostStolen, (a.letter.as_deref(), a.no_email), |_, d| {
                svc.devices().lost_stolen_delivered(&a.device, !a.no_email, d)
            })
        }
        DevicesCmd::Delete(a) => {
            confirm(&svc, DeviceCheck::Delete, &a.device, a.yes, &["devices", "delete", &a.device])?;
            print_deleted(out, &svc.devices().delete(&a.device)?)
        }
        DevicesCmd::Template => template(&svc),
        DevicesCmd::Import(args) => import::import(&mut svc, args, as_json),
        DevicesCmd::Letter(args) => code::letter(&svc, args, as_json),
    }
}

/// `devices lost-stolen` as it was given, for the message that asks for `--yes`.
fn lost_stolen_words(a: &ReissueArgs) -> Vec<&str> {
    let mut words = vec!["devices", "lost-stolen", a.device.as_str()];
    if a.no_email {
        words.push("--no-email");
    }
    if let Some(letter) = a.letter.as_deref().and_then(|p| p.to_str()) {
        words.extend(["--letter", letter]);
    }
    if let Some(lang) = a.letter_lang {
        words.extend(["--letter-lang", lang.code()]);
    }
    words
}

/// Lost/stolen and delete cannot be undone: a refusal first (as the console says it before
/// asking), then what will happen and y/N on a terminal, or `--yes` (see [`confirm_irreversible`]).
fn confirm(svc: &Service, check: DeviceCheck, device: &str, yes: bool, command: &[&str]) -> Result<()> {
    if let Some(refusal) = svc.devices().refusal_before(check, device)? {
        return Err(refusal);
    }
    if yes {
        return Ok(());
    }
    let d = svc.devices().get(device)?;
    let tr = super::output::tr();
    let status = crate::tui::present::status_label(tr, d.status);
    let who = tr.t_with(
        "cli-confirm-device",
        &[
            ("device", Arg::Text(&d.device_id)),
            ("name", Arg::Text(&d.owner_name)),
            ("email", Arg::Text(&d.owner_email)),
            ("status", Arg::Text(&status)),
        ],
    );
    let (what, lines) = match check {
        DeviceCheck::LostStolen => (
            tr.t_with("cli-confirm-lost-stolen", &[("device", Arg::Text(&d.device_id))]),
            vec![who, tr.t("cli-confirm-lost-stolen-line"), tr.t("cli-confirm-lost-stolen-new-code")],
        ),
        _ => (
            tr.t_with("cli-confirm-delete", &[("device", Arg::Text(&d.device_id))]),
            vec![
                who,
                tr.t_with("cli-confirm-delete-licence", &[("subscription", Arg::Text(&d.subscription_id))]),
                tr.t_with("cli-confirm-delete-calls", &[("name", Arg::Text(&d.owner_name))]),
            ],
        ),
    };
    confirm_irreversible(false, &what, command, &lines)
}

fn print_devices(out: &Out, rows: &[DeviceRow]) -> Result<()> {
    out.list(
        rows,
        || {
            let mut t =
                table(&["Device", "Owner", "Location", "Subscription", "Kind", "Status", "Number", "Code expires"]);
            t.fit(&[
                Fit::WHOLE,
                Fit::WHOLE,
                Fit::text(2),
                Fit::drop(0),
                Fit::drop(1),
                Fit::LABEL,
                Fit::WHOLE,
                Fit::drop(3),
            ]);
            for d in rows {
                t.clean_row(vec![
                    d.device_id.clone(),
                    d.owner_email.clone(),
                    or_dash(d.location.as_deref()),
                    d.subscription_id.clone(),
                    tr().t(d.kind.word_id()),
                    if d.error_codes.is_empty() {
                        status_cell(Some(d.status))
                    } else {
                        // connected_with_issues: Online, with a warning mark and the codes.
                        format!("{} ⚠ {}", status_cell(Some(d.status)), d.error_codes.join(", "))
                    },
                    or_dash(d.number.as_deref()),
                    match (d.code_state.as_str(), d.code_expires_at) {
                        ("valid", Some(t)) => when(t),
                        ("expired", Some(t)) => tr().t_with("cli-code-expired-at", &[("when", Arg::from(&when(t)))]),
                        _ => "-".into(),
                    },
                ]);
            }
            t
        },
        "cli-empty-devices",
    )
}

fn print_choices(out: &Out, c: &AddDeviceChoices) -> Result<()> {
    if out.json {
        return out.print_json(c);
    }
    let tr = super::output::tr();
    outln!(
        "{}",
        tr.t_with("cli-add-to", &[("name", Arg::Text(&c.user.display_name)), ("email", Arg::Text(&c.user.email))])
    );
    if let Some(r) = &c.refusal {
        outln!("  {}", tr.t_with("cli-add-not-possible", &[("refusal", Arg::Text(&tr.text(r)))]));
        return Ok(());
    }
    outln!(
        "  {}",
        tr.t(if c.must_choose_subscription { "cli-add-subscriptions-choose" } else { "cli-add-subscriptions" })
    );
    for s in &c.subscriptions {
        let (free, total) = (s.free.to_string(), s.go_licences.to_string());
        outln!(
            "    {}  {}",
            s.id,
            tr.t_with("cli-add-free-of", &[("free", Arg::Text(&free)), ("total", Arg::Text(&total))])
        );
    }
    if c.must_choose_number {
        outln!("  {}", tr.t("cli-add-no-primary"));
        for n in c.free_numbers.iter().take(20) {
            outln!("    {}", n.number);
        }
    } else {
        let number = or_dash(c.user.primary_number.as_deref());
        outln!("  {}", tr.t_with("cli-add-keeps-primary", &[("number", Arg::Text(&number))]));
    }
    Ok(())
}

fn print_deleted(out: &Out, d: &DeleteOutcome) -> Result<()> {
    if out.json {
        return out.print_json(d);
    }
    let free = d.subscription_free.to_string();
    outln!(
        "{}",
        super::output::tr().t_with(
            "cli-deleted",
            &[
                ("device", Arg::Text(&d.device_id)),
                ("email", Arg::Text(&d.owner_email)),
                ("subscription", Arg::Text(&d.subscription_id)),
                ("free", Arg::Text(&free)),
            ],
        )
    );
    outln!("{}", super::output::tr().text(&d.notice));
    Ok(())
}

fn template(svc: &Service) -> Result<()> {
    let text = svc.devices().template()?;
    let mut stdout = std::io::stdout().lock();
    stdout
        .write_all(text.as_bytes())
        .map_err(|e| Error::io(crate::said!("template-cannot-write", error = e.to_string())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;
    use std::path::Path;

    fn devices(args: &[&str]) -> std::result::Result<DevicesCmd, clap::Error> {
        let args: Vec<&str> = std::iter::once("devices").chain(args.iter().copied()).collect();
        match parse(&args)? {
            Command::Devices(c) => Ok(c),
            other => panic!("not devices: {other:?}"),
        }
    }

    #[test]
    fn list_filters_by_status_and_text_a_page_at_a_time() {
        let DevicesCmd::List(a) = devices(&["list"]).unwrap() else { panic!() };
        assert!(a.status.is_none());
        assert_eq!((a.filter.as_str(), a.page.limit, a.page.offset), ("", 0, 0));
        for (word, status) in [
            ("pending", DeviceStatus::ActivationPending),
            ("online", DeviceStatus::Online),
            ("offline", DeviceStatus::Offline),
            ("unknown", DeviceStatus::Unknown),
        ] {
            let DevicesCmd::List(a) = devices(&["list", "--status", word]).unwrap() else { panic!() };
            assert_eq!(a.status.map(DeviceStatus::from), Some(status), "{word}");
        }
        for (word, sort) in [
            ("added", DeviceSort::Added),
            ("status", DeviceSort::Status),
            ("expired", DeviceSort::Expired),
            ("name", DeviceSort::Name),
        ] {
            let DevicesCmd::List(a) = devices(&["list", "--sort", word]).unwrap() else { panic!() };
            assert_eq!(DeviceSort::from(a.sort), sort, "{word}");
        }
        assert_eq!(devices(&["list", "--sort", "colour"]).unwrap_err().kind(), ErrorKind::InvalidValue);
        let DevicesCmd::List(a) = devices(&["list", "--filter", "go-1", "--limit", "2", "--offset", "4"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.filter.as_str(), a.page.limit(), a.page.offset), ("go-1", 2, 4));
        assert_eq!(devices(&["list", "--status", "lost"]).unwrap_err().kind(), ErrorKind::InvalidValue);
    }

    #[test]
    fn show_delete_and_choices_name_one_device_or_user() {
        let DevicesCmd::Show(a) = devices(&["show", "go-4"]).unwrap() else { panic!() };
        assert_eq!(a.device, "go-4");
        let DevicesCmd::Delete(a) = devices(&["delete", "go-4"]).unwrap() else { panic!() };
        assert_eq!(a.device, "go-4");
        let DevicesCmd::Choices(a) = devices(&["choices", "--user", "ava@x.example"]).unwrap() else { panic!() };
        assert_eq!(a.user, "ava@x.example");
        assert_eq!(devices(&["choices", "ava@x.example"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
        assert_eq!(devices(&["delete"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn add_needs_the_user_and_takes_what_wg02_and_wg03_ask() {
        let DevicesCmd::Add(a) = devices(&["add", "--user", "ava@x.example"]).unwrap() else { panic!() };
        assert_eq!(a.user, "ava@x.example");
        assert_eq!((a.subscription, a.number, a.no_email, a.letter), (None, None, false, None));
        let DevicesCmd::Add(a) = devices(&[
            "add",
            "--user",
            "ava@x.example",
            "--subscription",
            "Sub-1",
            "--number",
            "+12145550100",
            "--no-email",
            "--letter",
            "ava.pdf",
        ])
        .unwrap() else {
            panic!()
        };
        assert_eq!((a.subscription.as_deref(), a.number.as_deref()), (Some("Sub-1"), Some("+12145550100")));
        assert!(a.no_email);
        assert_eq!(a.letter.as_deref(), Some(Path::new("ava.pdf")));
        assert_eq!(devices(&["add"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn new_code_and_lost_stolen_take_the_device_no_email_and_a_letter() {
        let reissue = |c: DevicesCmd| match c {
            DevicesCmd::NewCode(a) | DevicesCmd::LostStolen(LostStolenArgs { reissue: a, .. }) => a,
            other => panic!("{other:?}"),
        };
        for verb in ["new-code", "lost-stolen"] {
            let a = reissue(devices(&[verb, "go-4"]).unwrap());
            assert_eq!((a.device.as_str(), a.no_email, a.letter), ("go-4", false, None), "{verb}");
            let a = reissue(devices(&[verb, "go-4", "--no-email", "--letter", "l.pdf"]).unwrap());
            assert!(a.no_email, "{verb}");
            assert_eq!(a.letter.as_deref(), Some(Path::new("l.pdf")), "{verb}");
            assert_eq!(devices(&[verb]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument, "{verb}");
        }
        assert!(matches!(devices(&["new-code", "go-4"]).unwrap(), DevicesCmd::NewCode(_)));
        assert!(matches!(devices(&["lost-stolen", "go-4"]).unwrap(), DevicesCmd::LostStolen(_)));
    }

    #[test]
    fn lost_stolen_and_delete_go_ahead_without_asking_only_with_yes() {
        let DevicesCmd::LostStolen(a) = devices(&["lost-stolen", "go-4"]).unwrap() else { panic!() };
        assert!(!a.yes);
        let DevicesCmd::LostStolen(a) = devices(&["lost-stolen", "go-4", "--yes", "--no-email"]).unwrap() else {
            panic!()
        };
        assert!(a.yes && a.reissue.no_email);
        assert_eq!(lost_stolen_words(&a.reissue), ["devices", "lost-stolen", "go-4", "--no-email"]);
        let DevicesCmd::Delete(a) = devices(&["delete", "go-4"]).unwrap() else { panic!() };
        assert!(!a.yes);
        let DevicesCmd::Delete(a) = devices(&["delete", "--yes", "go-4"]).unwrap() else { panic!() };
        assert!(a.yes);
        assert_eq!(devices(&["new-code", "go-4", "--yes"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    #[test]
    fn template_takes_nothing() {
        assert!(matches!(devices(&["template"]).unwrap(), DevicesCmd::Template));
        assert_eq!(devices(&["template", "x"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_devices_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["devices"]),
            [
                "devices list [--status <STATUS>{pending|online|offline|unknown}] [--filter <FILTER>=\"\"] [--sort <SORT>{added|status|expired|name}=added] [--limit <LIMIT>=0] [--offset <OFFSET>=0]",
                "devices show <DEVICE>",
                "devices choices --user <USER>",
                "devices add --user <USER> [--subscription <SUBSCRIPTION>] [--number <NUMBER>] [--no-email] [--letter <FILE.pdf>] [--letter-lang <LANG>]",
                "devices new-code <DEVICE> [--no-email] [--letter <FILE.pdf>] [--letter-lang <LANG>]",
                "devices lost-stolen <DEVICE> [--no-email] [--letter <FILE.pdf>] [--letter-lang <LANG>] [--yes]",
                "devices delete <DEVICE> [--yes]",
                "devices template",
                "devices import <FILE> [--dry-run] [--email-codes] [--no-email] [--codes-file <FILE>] [--serial] [--letter-lang <LANG>]",
                "devices letter <DEVICE> --code <CODE> --out <FILE.pdf> [--letter-lang <LANG>]",
            ]
            .join("\n")
        );
    }
}
