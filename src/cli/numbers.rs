//! `wxgo numbers`: the number inventory, adding mobile numbers under an operator account (MO02,
//! MO03), and making one a user's primary number (MO05, MO06).

use clap::{Args, Subcommand};

use super::output::{or_dash, outln, table, tr, CleanRows, Fit, Out};
use super::{Ctx, Page, PARTIAL};
use crate::domain::mobile::CheckedNumber;
use crate::domain::{Error, Result};
use crate::i18n::Arg;
use crate::service::{AssignOutcome, MobileAddReport, NumberRow};

#[derive(Debug, Subcommand)]
pub enum NumbersCmd {
    /// List the number inventory
    List(ListArgs),
    /// Add mobile numbers (comma-separated, at most 20) under an Authorized operator account (MO02, MO03)
    ///
    /// On a real organisation operator accounts are Control Hub's (no public API): give the
    /// location; Webex validates each number, and they are added 20 per request (at most 100).
    #[command(group(clap::ArgGroup::new("where").required(true).args(["account", "location"])))]
    AddMobile(AddMobileArgs),
    /// Make a mobile number the user's primary number; a Webex Go mobile-operator device follows (MO05, MO06)
    AssignPrimary(AssignPrimaryArgs),
    /// Unassigned mobile numbers that can be given to this user (of the user's location)
    Assignable(AssignableArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only mobile numbers (the Webex Mobile badge)
    #[arg(long)]
    pub mobile: bool,
    /// The number as typed (E.164 or national form), location, owner, or the owner's extension
    #[arg(long, default_value = "")]
    pub filter: String,
    #[command(flatten)]
    pub page: Page,
}

#[derive(Debug, Args)]
pub struct AddMobileArgs {
    /// The operator account id (local backend)
    #[arg(long)]
    pub account: Option<String>,
    /// The location (name or Webex id): a real organisation's way; locally, its operator account
    #[arg(long)]
    pub location: Option<String>,
    /// NUMBER[,NUMBER...]
    #[arg(required = true, num_args = 1..)]
    pub numbers: Vec<String>,
    /// Only validate: show each number's state and add nothing
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct AssignPrimaryArgs {
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub user: String,
    pub number: String,
    /// The Webex Go subscription, when several have licences (WG02)
    #[arg(long)]
    pub subscription: Option<String>,
}

#[derive(Debug, Args)]
pub struct AssignableArgs {
    #[arg(long)]
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub user: String,
}

pub(super) fn run(ctx: &Ctx, cmd: &NumbersCmd) -> Result<()> {
    let out = ctx.out;
    let svc = ctx.open()?;
    match cmd {
        NumbersCmd::List(a) => {
            print_numbers(out, &svc.numbers().list(a.mobile, &a.filter, a.page.offset, a.page.limit())?)
        }
        NumbersCmd::AddMobile(AddMobileArgs { account, location, numbers, check }) => {
            let entry = numbers.join(",");
            if *check {
                let checked = match (account, location) {
                    // On a real organisation `--check` asks Webex (validateNumbers).
                    (_, Some(l)) => svc.numbers().validate(l, &entry)?,
                    (Some(a), None) => svc.numbers().check_fully(a, &entry)?,
                    (None, None) => return Err(Error::invalid(crate::said!("cli-give-account-or-location"))),
                };
                let bad = checked.iter().filter(|n| !n.state.is_ok()).count();
                print_checked_numbers(out, &checked)?;
                return partial(bad);
            }
            let report = match (account, location) {
                (_, Some(l)) => svc.numbers().add_at(l, &entry)?,
                (Some(a), None) => svc.numbers().add(a, &entry)?,
                (None, None) => return Err(Error::invalid(crate::said!("cli-give-account-or-location"))),
            };
            print_mobile_report(out, &report)?;
            partial(report.rejected)
        }
        NumbersCmd::AssignPrimary(a) => {
            print_assigned(out, &svc.numbers().assign_primary(&a.user, &a.number, a.subscription.as_deref())?)
        }
        NumbersCmd::Assignable(a) => print_numbers(out, &svc.numbers().assignable(&a.user)?),
    }
}

fn print_numbers(out: &Out, rows: &[NumberRow]) -> Result<()> {
    out.list(
        rows,
        || {
            let tr = tr();
            let mut t = table(&["Number", "Location", "Kind", "State", "Owner", "Operator", "Webex Mobile"]);
            t.fit(&[Fit::WHOLE, Fit::text(3), Fit::drop(1), Fit::drop(0), Fit::WHOLE, Fit::text(2), Fit::drop(4)]);
            for n in rows {
                t.clean_row(vec![
                    n.number.clone(),
                    n.location.clone(),
                    n.kind.clone(),
                    n.state.clone(),
                    match (&n.owner, n.primary) {
                        (Some(o), true) => tr.t_with("numbers-owner-primary", &[("owner", Arg::from(o))]),
                        (Some(o), false) => o.clone(),
                        (None, _) => tr.t("number-unassigned"),
                    },
                    or_dash(n.operator.as_deref()),
                    if n.webex_mobile { tr.t("report-yes") } else { "-".into() },
                ]);
            }
            t
        },
        "cli-empty-numbers",
    )
}

fn print_checked_numbers(out: &Out, rows: &[CheckedNumber]) -> Result<()> {
    out.list(
        rows,
        || {
            let mut t = table(&["Entered", "Number", "State", "Reason"]);
            for n in rows {
                t.clean_row(vec![
                    n.input.clone(),
                    or_dash(n.number.as_deref()),
                    crate::tui::present::number_state_word(tr(), n.state),
                    tr().text(&crate::domain::mobile::number_reason(&n.reason)),
                ]);
            }
            t
        },
        "cli-empty-numbers-given",
    )
}

fn print_mobile_report(out: &Out, r: &MobileAddReport) -> Result<()> {
    if out.json {
        return out.print_json(r);
    }
    print_checked_numbers(out, &r.numbers)?;
    let tr = tr();
    if r.requests.is_empty() {
        let args = [
            ("added", Arg::from(r.added)),
            ("location", Arg::from(&r.location)),
            ("account", Arg::from(&r.account_id)),
            ("rejected", Arg::from(r.rejected)),
        ];
        outln!("{}", tr.t_with("numbers-added-local", &args));
        return Ok(());
    }
    // A real organisation: one line per request Webex answered.
    for (i, q) in r.requests.iter().enumerate() {
        // A refusal's own words carry the trackingId already.
        let tid = match (&q.tracking_id, &q.error) {
            (Some(t), Some(e)) if e.contains(t.as_str()) => String::new(),
            (Some(t), _) => format!(", trackingId {t}"),
            (None, _) => String::new(),
        };
        let outcome = q.outcome.replace(' ', "-");
        let args = [
            ("i", Arg::from(i + 1)),
            ("requests", Arg::from(r.requests.len())),
            ("n", Arg::from(q.numbers.len())),
            ("outcome", Arg::from(&outcome)),
            ("added", Arg::from(q.added.len())),
        ];
        outln!(
            "{}{tid}{}",
            tr.t_with("numbers-request", &args),
            q.error.as_ref().map(|e| format!(". {}", tr.text(e))).unwrap_or_default()
        );
    }
    let args =
        [("added", Arg::from(r.added)), ("location", Arg::from(&r.location)), ("rejected", Arg::from(r.rejected))];
    outln!("{}", tr.t_with("numbers-added-webex", &args));
    Ok(())
}

fn print_assigned(out: &Out, a: &AssignOutcome) -> Result<()> {
    if out.json {
        return out.print_json(a);
    }
    let tr = tr();
    outln!(
        "{}",
        tr.t_with("numbers-now-primary", &[("number", Arg::from(&a.number)), ("email", Arg::from(&a.user_email))])
    );
    if let Some(old) = &a.replaced {
        outln!("{}", tr.t_with("numbers-replaced", &[("number", Arg::from(old))]));
    }
    let device = if a.device_created { "numbers-device-created" } else { "numbers-device-uses-new" };
    outln!("{}", tr.t_with(device, &[("device", Arg::from(&a.device_id))]));
    Ok(())
}

/// Some numbers of an entry were not added: say so in the exit code (the report says which).
fn partial(rejected: usize) -> Result<()> {
    if rejected == 0 {
        Ok(())
    } else {
        Err(Error::rule(PARTIAL, crate::said!("cli-numbers-not-added", n = rejected)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    fn numbers(args: &[&str]) -> std::result::Result<NumbersCmd, clap::Error> {
        let args: Vec<&str> = std::iter::once("numbers").chain(args.iter().copied()).collect();
        match parse(&args)? {
            Command::Numbers(c) => Ok(c),
            other => panic!("not numbers: {other:?}"),
        }
    }

    #[test]
    fn list_filters_mobile_numbers_a_page_at_a_time() {
        let NumbersCmd::List(a) = numbers(&["list"]).unwrap() else { panic!() };
        assert_eq!((a.mobile, a.filter.as_str(), a.page.limit, a.page.offset), (false, "", 0, 0));
        let NumbersCmd::List(a) = numbers(&["list", "--mobile", "--filter", "+44", "--limit", "3"]).unwrap() else {
            panic!()
        };
        assert_eq!((a.mobile, a.filter.as_str(), a.page.limit()), (true, "+44", 3));
    }

    #[test]
    fn add_mobile_needs_an_account_or_a_location_and_numbers() {
        let NumbersCmd::AddMobile(a) =
            numbers(&["add-mobile", "--account", "VF-1", "+447700900001,+447700900002"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.account.as_deref(), a.location, a.check), (Some("VF-1"), None, false));
        assert_eq!(a.numbers, ["+447700900001,+447700900002"]);
        let NumbersCmd::AddMobile(a) =
            numbers(&["add-mobile", "--location", "London", "+447700900001", "+447700900002", "--check"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.account, a.location.as_deref(), a.check), (None, Some("London"), true));
        assert_eq!(a.numbers, ["+447700900001", "+447700900002"]);
        assert_eq!(numbers(&["add-mobile", "+447700900001"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        assert_eq!(
            numbers(&["add-mobile", "--account", "VF-1"]).unwrap_err().kind(),
            ErrorKind::MissingRequiredArgument
        );
        let both = numbers(&["add-mobile", "--account", "VF-1", "--location", "London", "+447700900001"]);
        assert_eq!(both.unwrap_err().kind(), ErrorKind::ArgumentConflict);
    }

    #[test]
    fn assign_primary_and_assignable_name_the_user() {
        let NumbersCmd::AssignPrimary(a) =
            numbers(&["assign-primary", "--user", "ava@x.example", "+447700900001"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.user.as_str(), a.number.as_str(), a.subscription), ("ava@x.example", "+447700900001", None));
        let NumbersCmd::AssignPrimary(a) =
            numbers(&["assign-primary", "--user", "u", "+447700900001", "--subscription", "Sub-1"]).unwrap()
        else {
            panic!()
        };
        assert_eq!(a.subscription.as_deref(), Some("Sub-1"));
        assert_eq!(
            numbers(&["assign-primary", "+447700900001"]).unwrap_err().kind(),
            ErrorKind::MissingRequiredArgument
        );
        let NumbersCmd::Assignable(a) = numbers(&["assignable", "--user", "ava@x.example"]).unwrap() else { panic!() };
        assert_eq!(a.user, "ava@x.example");
    }

    #[test]
    fn numbers_not_added_are_a_partial_outcome() {
        assert!(partial(0).is_ok());
        let e = partial(2).unwrap_err();
        assert!(matches!(&e, Error::Rule { rule: PARTIAL, message } if message.starts_with("2 number(s)")), "{e}");
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_numbers_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["numbers"]),
            [
                "numbers list [--mobile] [--filter <FILTER>=\"\"] [--limit <LIMIT>=0] [--offset <OFFSET>=0]",
                "numbers add-mobile [--account <ACCOUNT>] [--location <LOCATION>] <NUMBERS>... [--check] (one of --account --location)",
                "numbers assign-primary --user <USER> <NUMBER> [--subscription <SUBSCRIPTION>]",
                "numbers assignable --user <USER>",
            ]
            .join("\n")
        );
    }
}
