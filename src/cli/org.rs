//! `wxgo org`: the organisation's settings.

use super::output::{outln, Out};
use super::Ctx;
use crate::domain::Result;
use crate::service::OrgInfo;

pub(super) fn run(ctx: &Ctx) -> Result<()> {
    print_org(ctx.out, ctx.open()?.org())
}

fn print_org(out: &Out, o: &OrgInfo) -> Result<()> {
    if out.json {
        return out.print_json(o);
    }
    outln!("Organisation:        {}", o.name);
    outln!("Country:             {}", o.country);
    outln!("Emails:              {}", if o.suppress_emails { "suppressed (copy or print codes)" } else { "sent" });
    if o.smdp_address.is_empty() {
        outln!("SM-DP+ address:      - (not in the Webex API: Control Hub only, Devices > Webex Go)");
    } else {
        outln!("SM-DP+ address:      {}", o.smdp_address);
    }
    outln!("Code lifetime:       {} days", o.code_lifetime_days);
    outln!("Webex Go countries:  {}", o.go_countries.join(", "));
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn org_takes_nothing_but_the_global_flags() {
        assert!(matches!(parse(&["org"]).unwrap(), Command::Org));
        assert!(matches!(parse(&["org", "--json", "--org", "Acme"]).unwrap(), Command::Org));
        assert_eq!(parse(&["org", "show"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_org_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["org"]), "org");
    }
}
