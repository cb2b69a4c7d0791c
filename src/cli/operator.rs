//! `wxgo operator`: the mobile operator's side (the demo's stand-in), authorising or rejecting
//! an account request.

use clap::{Args, Subcommand};

use super::operator_accounts::print_operator_accounts;
use super::Ctx;
use crate::domain::Result;
use crate::service::OperatorDecision;

#[derive(Debug, Subcommand)]
pub enum OperatorCmd {
    /// The operator authorises the account: numbers may now be added
    Authorize(AuthorizeArgs),
    /// The operator rejects the account
    Reject(RejectArgs),
}

#[derive(Debug, Args)]
pub struct AuthorizeArgs {
    pub account: String,
}

#[derive(Debug, Args)]
pub struct RejectArgs {
    pub account: String,
    #[arg(long)]
    pub reason: String,
}

pub(super) fn run(ctx: &Ctx, cmd: &OperatorCmd) -> Result<()> {
    let svc = ctx.open()?;
    let row = match cmd {
        OperatorCmd::Authorize(a) => svc.operator_accounts().decide(&a.account, OperatorDecision::Authorize)?,
        OperatorCmd::Reject(a) => {
            svc.operator_accounts().decide(&a.account, OperatorDecision::Reject { reason: a.reason.clone() })?
        }
    };
    print_operator_accounts(ctx.out, &[row])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn authorize_and_reject_name_the_account_and_reject_says_why() {
        let Command::Operator(OperatorCmd::Authorize(a)) = parse(&["operator", "authorize", "VF-1"]).unwrap() else {
            panic!()
        };
        assert_eq!(a.account, "VF-1");
        let Command::Operator(OperatorCmd::Reject(a)) =
            parse(&["operator", "reject", "VF-1", "--reason", "no contract"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.account.as_str(), a.reason.as_str()), ("VF-1", "no contract"));
        assert_eq!(parse(&["operator", "reject", "VF-1"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        assert_eq!(parse(&["operator", "authorise", "VF-1"]).unwrap_err().kind(), ErrorKind::InvalidSubcommand);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_operator_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["operator"]),
            ["operator authorize <ACCOUNT>", "operator reject <ACCOUNT> --reason <REASON>",].join("\n")
        );
    }
}
