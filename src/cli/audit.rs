//! `wxgo audit`: the audit trail, newest first.

use clap::Args;

use super::output::{or_dash, table, when, CleanRows, Fit, Out};
use super::Ctx;
use crate::domain::Result;
use crate::service::AuditRow;

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[arg(long, default_value_t = 50)]
    pub limit: usize,
}

pub(super) fn run(ctx: &Ctx, args: &AuditArgs) -> Result<()> {
    print_audit(ctx.out, &ctx.open()?.audit(args.limit)?)
}

fn print_audit(out: &Out, rows: &[AuditRow]) -> Result<()> {
    out.list(
        rows,
        || {
            let mut t = table(&["When", "Who", "SSH client", "Action", "Object", "Outcome", "Details"]);
            t.fit(&[Fit::WHOLE, Fit::text(1), Fit::drop(0), Fit::text(3), Fit::WHOLE, Fit::text(4), Fit::text(2)]);
            for a in rows {
                t.clean_row(vec![
                    when(a.at),
                    a.actor.clone(),
                    or_dash(a.ssh_client.as_deref()),
                    a.action.clone(),
                    a.object.clone(),
                    a.outcome.clone(),
                    a.details.clone(),
                ]);
            }
            t
        },
        "cli-empty-audit",
    )
}

#[cfg(test)]
mod tests {
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn audit_shows_fifty_unless_told() {
        let Command::Audit(a) = parse(&["audit"]).unwrap() else { panic!() };
        assert_eq!(a.limit, 50);
        let Command::Audit(a) = parse(&["audit", "--limit", "3"]).unwrap() else { panic!() };
        assert_eq!(a.limit, 3);
        assert_eq!(parse(&["audit", "3"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_audit_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["audit"]), "audit [--limit <LIMIT>=50]");
    }
}
