//! `wxgo org`: the organisation's settings.

use unicode_width::UnicodeWidthStr;

use super::output::{outln, Out};
use super::Ctx;
use crate::domain::Result;
use crate::i18n::Arg;
use crate::service::OrgInfo;

pub(super) fn run(ctx: &Ctx) -> Result<()> {
    print_org(ctx.out, ctx.open()?.org())
}

fn print_org(out: &Out, o: &OrgInfo) -> Result<()> {
    if out.json {
        return out.print_json(o);
    }
    let tr = super::output::tr();
    let labels = [
        "cli-org-name",
        "cli-org-country",
        "cli-org-emails",
        "cli-org-smdp",
        "cli-org-code-lifetime",
        "cli-org-go-countries",
    ]
    .map(|id| tr.t(id));
    // The values start in one column: 21 in English, past the longest label in any language.
    let width = labels.iter().map(|l| UnicodeWidthStr::width(l.as_str()) + 2).max().unwrap_or(0).max(21);
    let line = |k: &str, v: &str| {
        outln!("{k}{}{v}", " ".repeat(width.saturating_sub(UnicodeWidthStr::width(k))));
    };
    let [name, country, emails, smdp, lifetime, go] = &labels;
    line(name, &o.name);
    line(country, &o.country);
    line(emails, &tr.t(if o.suppress_emails { "cli-org-emails-suppressed" } else { "cli-org-emails-sent" }));
    if o.smdp_address.is_empty() {
        line(smdp, &tr.t("cli-org-smdp-unknown"));
    } else {
        line(smdp, &o.smdp_address);
    }
    line(lifetime, &tr.t_with("cli-org-days", &[("n", Arg::from(o.code_lifetime_days))]));
    line(go, &o.go_countries.join(", "));
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
