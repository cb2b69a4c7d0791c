//! `wxgo operator-accounts`: mobile operator accounts per location (Webex Go through a mobile
//! operator): request one (MO01), list them with their authorisation status and what to do (MO02).

use clap::{Args, Subcommand};

use super::output::{table, tr, CleanRows, Fit, Out};
use super::Ctx;
use crate::domain::Result;
use crate::i18n::Arg;
use crate::service::OperatorAccountRow;

#[derive(Debug, Subcommand)]
pub enum OperatorAccountsCmd {
    /// Request an operator account for a location; the id is typed twice and fixed once confirmed (MO01)
    Add(AddArgs),
    /// Operator accounts with their authorisation status and what to do (MO02)
    List,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    #[arg(long)]
    pub location: String,
    #[arg(long)]
    pub operator: String,
    #[arg(long = "account-id")]
    pub account_id: String,
    #[arg(long = "confirm-account-id")]
    pub confirm_account_id: String,
    /// Confirm: the operator account id cannot be changed later
    #[arg(long)]
    pub yes: bool,
}

pub(super) fn run(ctx: &Ctx, cmd: &OperatorAccountsCmd) -> Result<()> {
    let out = ctx.out;
    let svc = ctx.open()?;
    match cmd {
        OperatorAccountsCmd::List => print_operator_accounts(out, &svc.operator_accounts().list()?),
        OperatorAccountsCmd::Add(AddArgs { location, operator, account_id, confirm_account_id, yes }) => {
            let args =
                [("id", Arg::from(account_id)), ("location", Arg::from(location)), ("operator", Arg::from(operator))];
            let confirmed =
                *yes || confirm_on_terminal(&format!("{} [y/N] ", tr().t_with("cli-operator-confirm", &args)));
            let row = svc.operator_accounts().add(location, operator, account_id, confirm_account_id, confirmed)?;
            print_operator_accounts(out, &[row])
        }
    }
}

/// Asks a yes/no question when a person is at the terminal; `false` otherwise.
fn confirm_on_terminal(question: &str) -> bool {
    super::output::can_ask() && super::output::ask_yes_no(question)
}

pub(super) fn print_operator_accounts(out: &Out, rows: &[OperatorAccountRow]) -> Result<()> {
    out.list(
        rows,
        || {
            let mut t = table(&["Location", "Operator", "Account id", "Status", "Numbers", "What to do"]);
            t.fit(&[Fit::NAME, Fit::NAME, Fit::WHOLE, Fit::WHOLE, Fit::WHOLE, Fit::text(0)]);
            for a in rows {
                t.clean_row(vec![
                    a.location.clone(),
                    a.operator.clone(),
                    a.account_id.clone(),
                    tr().t(a.status.word_id()),
                    a.numbers.to_string(),
                    tr().text(&crate::domain::mobile::account_advice(&a.advice)),
                ]);
            }
            t
        },
        "cli-empty-operator-accounts",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn add_takes_the_account_id_twice_and_yes() {
        let args = ["operator-accounts", "add", "--location", "London", "--operator", "Vodafone UK"];
        let ids = ["--account-id", "VF-1", "--confirm-account-id", "VF-1"];
        let all: Vec<&str> = args.iter().chain(&ids).copied().collect();
        let Command::OperatorAccounts(OperatorAccountsCmd::Add(a)) = parse(&all).unwrap() else { panic!() };
        assert_eq!((a.location.as_str(), a.operator.as_str()), ("London", "Vodafone UK"));
        assert_eq!((a.account_id.as_str(), a.confirm_account_id.as_str(), a.yes), ("VF-1", "VF-1", false));
        let yes: Vec<&str> = all.iter().copied().chain(["--yes"]).collect();
        let Command::OperatorAccounts(OperatorAccountsCmd::Add(a)) = parse(&yes).unwrap() else { panic!() };
        assert!(a.yes);
        let once: Vec<&str> = args.iter().chain(&ids[..2]).copied().collect();
        assert_eq!(parse(&once).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn list_takes_nothing_and_the_command_keeps_its_name() {
        assert!(matches!(
            parse(&["operator-accounts", "list"]).unwrap(),
            Command::OperatorAccounts(OperatorAccountsCmd::List)
        ));
        assert_eq!(parse(&["operator_accounts", "list"]).unwrap_err().kind(), ErrorKind::InvalidSubcommand);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_operator_accounts_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["operator-accounts"]),
            [
                "operator-accounts add --location <LOCATION> --operator <OPERATOR> --account-id <ACCOUNT_ID> --confirm-account-id <CONFIRM_ACCOUNT_ID> [--yes]",
                "operator-accounts list",
            ]
            .join("\n")
        );
    }
}
