//! `wxgo subscriptions`: subscriptions and their Webex Go licence pools.

use clap::Subcommand;

use super::output::{table, CleanRows, Fit, Out};
use super::Ctx;
use crate::domain::Result;
use crate::service::SubscriptionRow;

#[derive(Debug, Subcommand)]
pub enum SubscriptionsCmd {
    /// Subscriptions with Webex Go licences: pool, used, free
    List,
}

pub(super) fn run(ctx: &Ctx, cmd: &SubscriptionsCmd) -> Result<()> {
    match cmd {
        SubscriptionsCmd::List => print_subscriptions(ctx.out, &ctx.open()?.subscriptions()?),
    }
}

fn print_subscriptions(out: &Out, rows: &[SubscriptionRow]) -> Result<()> {
    out.list(
        rows,
        || {
            let mut t = table(&["Subscription", "Name", "Webex Go licences", "Used", "Free"]);
            t.fit(&[Fit::WHOLE, Fit::NAME, Fit::WHOLE, Fit::WHOLE, Fit::WHOLE]);
            for s in rows {
                t.clean_row(vec![
                    s.id.clone(),
                    s.name.clone(),
                    s.go_licences.to_string(),
                    s.used.to_string(),
                    s.free.to_string(),
                ]);
            }
            t
        },
        "cli-empty-subscriptions",
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn list_takes_nothing() {
        assert!(matches!(parse(&["subscriptions", "list"]).unwrap(), Command::Subscriptions(SubscriptionsCmd::List)));
        assert_eq!(parse(&["subscriptions", "list", "--all"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_subscriptions_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["subscriptions"]), "subscriptions list");
    }
}
