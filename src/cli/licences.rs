//! `wxgo licences`: licence templates (list, save, delete), manual assignment and re-applying a
//! template to existing users (AL01, AL03, AL06). Every rule is the service's; this reads files,
//! shows progress and prints.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::output::{json, or_dash, say, table, tr, warn, CleanRows};
use super::runs::{failed_rows, outcome_table, progress, run_end, run_footer, RunArgs};
use super::{Cli, Ctx, PARTIAL};
use crate::domain::{Error, Result};
use crate::i18n::{Arg, Tr};
use crate::service::{
    read_assignments, CallingOutcome, LicenceTemplateRow, ManualAssignment, ReapplyReport, Service, Tally,
    TemplateSpec, UserOutcome,
};

#[derive(Debug, Subcommand)]
pub enum LicencesCmd {
    /// Licence templates, org-wide or per group, and the users each covers (AL03)
    Templates,
    /// Create a licence template, or change the one of this name (AL03). Users keep the licences
    /// they hold; the template decides what sync, assignment and re-apply give from now on
    #[command(name = "template-save")]
    TemplateSave(TemplateSaveArgs),
    /// Delete a licence template; no user loses a licence they hold
    #[command(name = "template-delete")]
    TemplateDelete(TemplateDeleteArgs),
    /// Manual assignment: license covered users with a location and a number and/or extension each (AL01, AL03)
    Assign(AssignArgs),
    /// Re-apply a template to existing users: license every covered user without Webex Calling (AL06)
    Reapply(ReapplyArgs),
}

#[derive(Debug, Args)]
pub struct TemplateSaveArgs {
    /// The template's name
    pub name: String,
    /// For the users of this directory group (department)
    #[arg(long, conflicts_with = "org_wide")]
    pub group: Option<String>,
    /// For the whole organisation (a new template is, unless --group is given)
    #[arg(long)]
    pub org_wide: bool,
    /// Grants Webex Calling Professional
    #[arg(long, conflicts_with = "no_calling")]
    pub calling: bool,
    /// Does not grant Webex Calling (a new template does not, unless --calling is given)
    #[arg(long)]
    pub no_calling: bool,
    /// Other licences it grants, comma separated: calling_basic, meetings, messaging
    /// ("" for none); an option left out keeps what the template has
    #[arg(long, value_delimiter = ',', value_name = "LIST")]
    pub licences: Option<Vec<String>>,
}

#[derive(Debug, Args)]
pub struct TemplateDeleteArgs {
    /// The template's name
    pub name: String,
}

#[derive(Debug, Args)]
pub struct AssignArgs {
    /// The licence template (it must grant Webex Calling)
    #[arg(long)]
    pub template: String,
    /// A CSV file with the columns email, location, number (and optionally extension), one user a row
    #[arg(long, value_name = "FILE", conflicts_with_all = ["user", "location", "number", "extension"])]
    pub from: Option<PathBuf>,
    /// One user, by email (with --location and --number and/or --extension)
    #[arg(long, required_unless_present = "from")]
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub user: Option<String>,
    #[arg(long)]
    pub location: Option<String>,
    /// An unassigned E.164 number of that location: becomes the user's primary number
    #[arg(long)]
    pub number: Option<String>,
    #[arg(long)]
    pub extension: Option<String>,
    #[command(flatten)]
    pub run: RunArgs,
}

#[derive(Debug, Args)]
pub struct ReapplyArgs {
    #[arg(long)]
    pub template: String,
    /// Turn off "Preserve licences for existing users": covered users whose template does not grant
    /// Calling lose it, with their voicemail settings, numbers and calling services, for good
    #[arg(long)]
    pub no_preserve: bool,
    /// Confirm --no-preserve (without it, only the number of users it would hit is shown)
    #[arg(long, requires = "no_preserve")]
    pub yes: bool,
    #[command(flatten)]
    pub run: RunArgs,
}

pub(super) fn run(ctx: &Ctx, cmd: &LicencesCmd) -> Result<()> {
    let (cli, svc) = (ctx.cli, ctx.open()?);
    match cmd {
        LicencesCmd::Templates => templates(cli.json, &svc.licences().templates()?),
        LicencesCmd::TemplateSave(a) => template_save(cli, &svc, a),
        LicencesCmd::TemplateDelete(a) => template_delete(cli, &svc, a),
        LicencesCmd::Assign(a) => match &a.from {
            Some(file) => assign_from(cli, &svc, a, file),
            None => assign_one(cli, &svc, a),
        },
        LicencesCmd::Reapply(a) => reapply(cli, &svc, a),
    }
}

/// `wxgo licences template-save NAME`: create a template or change the one of this name.
fn template_save(cli: &Cli, svc: &Service, a: &TemplateSaveArgs) -> Result<()> {
    let TemplateSaveArgs { name, group, org_wide, calling, no_calling, licences } = a;
    let spec = TemplateSpec {
        name: name.clone(),
        group: match (group, org_wide) {
            (Some(g), _) => Some(Some(g.clone())),
            (None, true) => Some(None),
            (None, false) => None,
        },
        grants_calling: match (calling, no_calling) {
            (true, _) => Some(true),
            (_, true) => Some(false),
            _ => None,
        },
        licences: licences.as_ref().map(|l| l.iter().filter(|l| !l.trim().is_empty()).cloned().collect()),
    };
    let (row, created) = svc.licences().save_template(&spec)?;
    if cli.json {
        return json(&row);
    }
    templates(false, std::slice::from_ref(&row))?;
    let command = format!("wxgo licences reapply --template \"{}\"", row.name);
    let id = if created { "lic-template-created" } else { "lic-template-changed" };
    say(&tr().t_with(id, &[("name", Arg::from(&row.name)), ("command", Arg::from(&command))]));
    Ok(())
}

/// `wxgo licences template-delete NAME`.
fn template_delete(cli: &Cli, svc: &Service, a: &TemplateDeleteArgs) -> Result<()> {
    let name = &a.name;
    let row = svc.licences().delete_template(name)?;
    if cli.json {
        return json(&row);
    }
    let args = [("name", Arg::from(&row.name)), ("n", Arg::from(row.covered_users))];
    say(&tr().t_with("lic-template-deleted", &args));
    Ok(())
}

/// `wxgo licences assign --template T --from FILE`: one user a row of the CSV file.
fn assign_from(cli: &Cli, svc: &Service, a: &AssignArgs, file: &std::path::Path) -> Result<()> {
    let AssignArgs { template, run, .. } = a;
    let bytes = super::rows::read_file(file)?;
    let rows = read_assignments(&bytes).map_err(|e| match e {
        Error::Invalid(m) => Error::invalid(m.around(&format!("{}: ", file.display()), "")),
        other => other,
    })?;
    let mut report_progress = progress("licence assignment");
    let report = svc.licences().assign_with(template, &rows, &run.options(), &mut report_progress)?;
    if cli.json {
        json(&report)?;
        run_end(&report.run, "licence assignment")?;
    } else {
        if report.run.dry_run {
            say(&tr().t("lic-dry-run-assign"));
        }
        say(&assign_summary(tr(), &report.template, &report.calling));
        say(&outcome_table(&report.users.iter().collect::<Vec<_>>()).to_string());
        run_footer(&report.run);
        run_end(&report.run, "licence assignment")?;
    }
    let not_licensed = report.calling.refused + report.calling.not_covered;
    if not_licensed > 0 {
        return Err(Error::rule(PARTIAL, crate::said!("cli-licences-not-licensed", n = not_licensed)));
    }
    Ok(())
}

/// `wxgo licences assign --template T --user EMAIL ...`: one user.
fn assign_one(cli: &Cli, svc: &Service, a: &AssignArgs) -> Result<()> {
    let AssignArgs { template, user, location, number, extension, .. } = a;
    let assignment = ManualAssignment {
        email: user.clone().unwrap_or_default(),
        location: location.clone(),
        number: number.clone(),
        extension: extension.clone(),
        line: None,
    };
    let outcome = svc.licences().assign_to_user(template, &assignment)?;
    if cli.json {
        json(&outcome)?;
        return partly(&outcome);
    }
    let tr = tr();
    for l in &outcome.licences {
        let operation = tr.t_with("lic-operation", &[("operation", Arg::from(l.operation))]);
        say(&format!("  {} {operation} {}", if l.applied { "✓" } else { "✕" }, l.licence));
    }
    let reason = or_dash(outcome.reason.as_ref().map(|r| tr.text(r)).as_deref());
    if outcome.partial {
        say(&format!("{}: {reason}", outcome.email));
        return partly(&outcome);
    }
    match outcome.calling {
        CallingOutcome::Provisioned => {
            let location = or_dash(outcome.location.as_deref());
            let mut args = vec![("email", Arg::from(&outcome.email)), ("location", Arg::from(&location))];
            let id = match outcome.number.as_deref() {
                Some(n) => {
                    args.push(("number", Arg::from(n)));
                    "lic-provisioned-with"
                }
                None => "lic-provisioned",
            };
            say(&tr.t_with(id, &args))
        }
        _ => say(&format!("{}: {reason}", outcome.email)),
    }
    Ok(())
}

/// `wxgo licences reapply --template T [--no-preserve [--yes]]`.
fn reapply(cli: &Cli, svc: &Service, a: &ReapplyArgs) -> Result<()> {
    let ReapplyArgs { template, no_preserve, yes, run } = a;
    let preserve = !no_preserve;
    let mut confirmed = None;
    if !preserve {
        let preview = svc.licences().reapply_preview(template)?;
        if !cli.json {
            warn(&tr().text(&preview.warning));
            if !preview.losing.is_empty() {
                let shown = preview.losing.iter().take(20).cloned().collect::<Vec<_>>().join(", ");
                let more = preview.losing.len().saturating_sub(20);
                let (id, n) = if more > 0 { ("lic-losing-more", more) } else { ("lic-losing", 0) };
                warn(&tr().t_with(id, &[("users", Arg::from(&shown)), ("more", Arg::from(n))]));
            }
        }
        if *yes {
            confirmed = Some(preview.will_lose_calling);
        }
    }
    // Without --yes the service refuses (AL06) and nothing changes.
    let mut report_progress = progress("re-apply");
    let report = svc.licences().reapply_with(template, preserve, confirmed, &run.options(), &mut report_progress)?;
    if cli.json {
        json(&report)?;
        return run_end(&report.run, "re-apply");
    }
    let tr = tr();
    if report.run.dry_run {
        say(&tr.t("lic-dry-run-reapply"));
    }
    if report.run.cancelled {
        let sent = report.users.iter().filter(|u| u.tracking_id.is_some()).count();
        say(&tr.t_with("lic-cancelled", &[("n", Arg::from(sent))]));
    }
    say(&reapply_summary(tr, &report));
    let c = &report.calling;
    if c.removed > 0 {
        let d = &report.deleted;
        let args = [
            ("numbers", Arg::from(d.numbers)),
            ("devices", Arg::from(d.devices)),
            ("voicemail", Arg::from(d.voicemail)),
            ("services", Arg::from(d.calling_services)),
        ];
        say(&tr.t_with("lic-deleted-for-good", &args));
    }
    let shown: Vec<&UserOutcome> = report
        .users
        .iter()
        .filter(|u| {
            matches!(u.calling, CallingOutcome::Provisioned | CallingOutcome::NotProvisioned | CallingOutcome::Removed)
        })
        .collect();
    if !shown.is_empty() {
        say(&outcome_table(&shown).to_string());
    }
    failed_rows(&report.users);
    run_footer(&report.run);
    run_end(&report.run, "re-apply")
}

/// A licence Webex did not apply (206) is never a success: exit 8, each licence listed.
fn partly(outcome: &UserOutcome) -> Result<()> {
    if outcome.partial {
        let not: Vec<String> = outcome.licences.iter().filter(|l| !l.applied).map(|l| l.licence.clone()).collect();
        return Err(Error::rule(
            PARTIAL,
            crate::said!("cli-licences-partly-applied", email = &outcome.email, licences = not.join(", ")),
        ));
    }
    Ok(())
}

/// The line that sums up a licence assignment: licensed, kept, not licensed (AL01, AL03).
fn assign_summary(tr: &Tr, template: &str, c: &Tally) -> String {
    let args = [
        ("template", Arg::from(template)),
        ("licensed", Arg::from(c.provisioned)),
        ("kept", Arg::from(c.kept)),
        ("not", Arg::from(c.refused + c.not_covered)),
    ];
    tr.t_with("lic-assign-summary", &args)
}

/// The line that sums up a re-apply (AL06).
fn reapply_summary(tr: &Tr, report: &ReapplyReport) -> String {
    let c = &report.calling;
    let args = [
        ("template", Arg::from(&report.template)),
        ("covered", Arg::from(report.covered_users)),
        ("preserve", Arg::from(if report.preserve { "on" } else { "off" })),
        ("provisioned", Arg::from(c.provisioned)),
        ("not", Arg::from(c.not_provisioned)),
        ("kept", Arg::from(c.kept)),
        ("removed", Arg::from(c.removed)),
    ];
    tr.t_with("lic-reapply-summary", &args)
}

fn templates(as_json: bool, rows: &[LicenceTemplateRow]) -> Result<()> {
    if as_json {
        return json(rows);
    }
    let tr = tr();
    if rows.is_empty() {
        say(&tr.t("lic-none-yet"));
        return Ok(());
    }
    let mut t = table(&["Template", "Scope", "Group", "Webex Calling", "Other licences", "Users", "With Calling"]);
    for r in rows {
        t.clean_row(vec![
            r.name.clone(),
            tr.t_with("lic-scope", &[("scope", Arg::from(r.scope.label()))]),
            or_dash(r.group.as_deref()),
            tr.t(if r.grants_calling { "lic-grants" } else { "lic-grants-not" }),
            or_dash(Some(&r.licences.join(", "))),
            r.covered_users.to_string(),
            r.covered_with_calling.to_string(),
        ]);
    }
    say(&t.to_string());
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    fn licences(args: &[&str]) -> Result<LicencesCmd, clap::Error> {
        let args: Vec<&str> = std::iter::once("licences").chain(args.iter().copied()).collect();
        match parse(&args)? {
            Command::Licences(c) => Ok(c),
            other => panic!("not licences: {other:?}"),
        }
    }

    #[test]
    fn templates_takes_nothing() {
        assert!(matches!(licences(&["templates"]).unwrap(), LicencesCmd::Templates));
        assert_eq!(licences(&["template"]).unwrap_err().kind(), ErrorKind::InvalidSubcommand);
    }

    #[test]
    fn template_save_leaves_out_what_is_not_given() {
        let LicencesCmd::TemplateSave(a) = licences(&["template-save", "Sales"]).unwrap() else { panic!() };
        assert_eq!(a.name, "Sales");
        assert_eq!((a.group, a.org_wide, a.calling, a.no_calling, a.licences), (None, false, false, false, None));
        let LicencesCmd::TemplateSave(a) =
            licences(&["template-save", "Sales", "--group", "Sales", "--calling", "--licences", "meetings,messaging"])
                .unwrap()
        else {
            panic!()
        };
        assert_eq!((a.group.as_deref(), a.calling), (Some("Sales"), true));
        assert_eq!(a.licences, Some(vec!["meetings".to_string(), "messaging".to_string()]));
        let LicencesCmd::TemplateSave(a) =
            licences(&["template-save", "All", "--org-wide", "--no-calling", "--licences", ""]).unwrap()
        else {
            panic!()
        };
        assert!(a.org_wide && a.no_calling);
        assert_eq!(a.licences, Some(vec![String::new()]), "\"\" is none, which template_save filters out");
    }

    #[test]
    fn template_save_refuses_both_sides_of_a_choice() {
        let both = |x: &[&str]| {
            let args: Vec<&str> = ["template-save", "T"].into_iter().chain(x.iter().copied()).collect();
            licences(&args).unwrap_err().kind()
        };
        assert_eq!(both(&["--group", "G", "--org-wide"]), ErrorKind::ArgumentConflict);
        assert_eq!(both(&["--calling", "--no-calling"]), ErrorKind::ArgumentConflict);
    }

    #[test]
    fn template_delete_takes_the_name() {
        let LicencesCmd::TemplateDelete(a) = licences(&["template-delete", "Sales"]).unwrap() else { panic!() };
        assert_eq!(a.name, "Sales");
        assert_eq!(licences(&["template-delete"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn assign_is_one_user_or_a_file_never_both() {
        let LicencesCmd::Assign(a) = licences(&[
            "assign",
            "--template",
            "T",
            "--user",
            "ava@x.example",
            "--location",
            "Dallas",
            "--number",
            "+12145550100",
            "--extension",
            "100",
        ])
        .unwrap() else {
            panic!()
        };
        assert_eq!((a.template.as_str(), a.user.as_deref(), a.from), ("T", Some("ava@x.example"), None));
        assert_eq!(
            (a.location.as_deref(), a.number.as_deref(), a.extension.as_deref()),
            (Some("Dallas"), Some("+12145550100"), Some("100"))
        );
        assert!(!a.run.dry_run && !a.run.serial);
        let LicencesCmd::Assign(a) =
            licences(&["assign", "--template", "T", "--from", "users.csv", "--dry-run", "--serial"]).unwrap()
        else {
            panic!()
        };
        assert_eq!(a.from, Some(PathBuf::from("users.csv")));
        assert!(a.run.dry_run && a.run.serial);
        assert_eq!(licences(&["assign", "--template", "T"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        assert_eq!(licences(&["assign", "--user", "u"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        for other in [["--user", "u"], ["--location", "L"], ["--number", "N"], ["--extension", "E"]] {
            let args: Vec<&str> = ["assign", "--template", "T", "--from", "f.csv"].into_iter().chain(other).collect();
            assert_eq!(licences(&args).unwrap_err().kind(), ErrorKind::ArgumentConflict, "{other:?}");
        }
    }

    #[test]
    fn reapply_preserves_unless_told_and_yes_needs_no_preserve() {
        let LicencesCmd::Reapply(a) = licences(&["reapply", "--template", "T"]).unwrap() else { panic!() };
        assert_eq!((a.template.as_str(), a.no_preserve, a.yes), ("T", false, false));
        let LicencesCmd::Reapply(a) =
            licences(&["reapply", "--template", "T", "--no-preserve", "--yes", "--dry-run"]).unwrap()
        else {
            panic!()
        };
        assert!(a.no_preserve && a.yes && a.run.dry_run);
        assert_eq!(
            licences(&["reapply", "--template", "T", "--yes"]).unwrap_err().kind(),
            ErrorKind::MissingRequiredArgument
        );
        assert_eq!(licences(&["reapply"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_licences_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["licences"]),
            [
                "licences templates",
                "licences template-save <NAME> [--group <GROUP>] [--org-wide] [--calling] [--no-calling] [--licences <LIST>,...]",
                "licences template-delete <NAME>",
                "licences assign --template <TEMPLATE> [--from <FILE>] [--user <USER>] [--location <LOCATION>] [--number <NUMBER>] [--extension <EXTENSION>] [--dry-run] [--serial]",
                "licences reapply --template <TEMPLATE> [--no-preserve] [--yes] [--dry-run] [--serial]",
            ]
            .join("\n")
        );
    }
}
