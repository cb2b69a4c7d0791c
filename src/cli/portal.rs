//! `wxgo portal`: the user's side of BroadWorks flow-through (the demo's stand-in), the
//! activation portal.

use clap::{Args, Subcommand};

use super::broadworks::print_subscribers;
use super::Ctx;
use crate::domain::Result;

#[derive(Debug, Subcommand)]
pub enum PortalCmd {
    /// The user claims a BroadWorks account by typing an email in the activation portal
    Claim(ClaimArgs),
    /// The user verifies the email: provisioning runs and ends provisioned or in error
    Verify(VerifyArgs),
}

#[derive(Debug, Args)]
pub struct ClaimArgs {
    #[arg(long = "broadworks-id")]
    pub broadworks_id: String,
    #[arg(long)]
    pub email: String,
}

#[derive(Debug, Args)]
pub struct VerifyArgs {
    #[arg(long = "broadworks-id")]
    pub broadworks_id: String,
}

pub(super) fn run(ctx: &Ctx, cmd: &PortalCmd) -> Result<()> {
    let svc = ctx.open()?;
    let row = match cmd {
        PortalCmd::Claim(a) => svc.portal().claim(&a.broadworks_id, &a.email)?,
        PortalCmd::Verify(a) => svc.portal().verify(&a.broadworks_id)?,
    };
    print_subscribers(ctx.out, &[row])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn claim_and_verify_take_the_broadworks_id_as_a_flag() {
        let Command::Portal(PortalCmd::Claim(a)) =
            parse(&["portal", "claim", "--broadworks-id", "bw-1", "--email", "a@x.example"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.broadworks_id.as_str(), a.email.as_str()), ("bw-1", "a@x.example"));
        let Command::Portal(PortalCmd::Verify(a)) = parse(&["portal", "verify", "--broadworks-id", "bw-1"]).unwrap()
        else {
            panic!()
        };
        assert_eq!(a.broadworks_id, "bw-1");
        assert_eq!(parse(&["portal", "verify", "bw-1"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
        assert_eq!(
            parse(&["portal", "claim", "--broadworks-id", "bw-1"]).unwrap_err().kind(),
            ErrorKind::MissingRequiredArgument
        );
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_portal_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["portal"]),
            [
                "portal claim --broadworks-id <BROADWORKS_ID> --email <EMAIL>",
                "portal verify --broadworks-id <BROADWORKS_ID>",
            ]
            .join("\n")
        );
    }
}
