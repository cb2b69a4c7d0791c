//! Webex Calling licence assignment from the command line (AL01-AL06): directory sync, licence
//! templates, manual assignment, re-apply, who is not provisioned and why, `user.csv`.
//! Every rule is the service's; this only reads files, shows progress and prints.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use clap::{Args, Subcommand};
use comfy_table::Table;
use serde::Serialize;

use super::open::open;
use super::output::{self, table, warn, CleanRows};
use super::{Cli, Page, PARTIAL};
use crate::domain::{Error, Result};
use crate::outside::directory::{self, CsvFile};
use crate::outside::Clock;
use crate::service::{
    read_assignments, CallingOutcome, LicenceTemplateRow, ManualAssignment, NotProvisionedRow, PlannedRequest,
    RunOptions, RunSummary, Service, TemplateSpec, UserChange, UserOutcome,
};

#[derive(Debug, Subcommand)]
pub enum DirectoryCmd {
    /// Print the CSV header a directory export must have: email, display name, work phone number, department
    Template,
    /// Create and update users from a directory export (CSV); users whose template grants Webex Calling
    /// get it when their work number passes every check (AL02); provisioned users keep their setup (AL05)
    Sync {
        /// The directory export (UTF-8 CSV, as `wxgo directory template` prints the header)
        file: PathBuf,
        #[command(flatten)]
        run: RunArgs,
    },
}

/// How a run of many changes goes: checked only, or one request at a time.
#[derive(Debug, Clone, Copy, Args)]
pub struct RunArgs {
    /// Check every row and change nothing; on a real organisation also list the requests it would
    /// send (`--json`: the `requests` field)
    #[arg(long)]
    dry_run: bool,
    /// On a real organisation: one request at a time instead of up to 8
    #[arg(long)]
    serial: bool,
}

impl RunArgs {
    fn options(self) -> RunOptions {
        RunOptions { dry_run: self.dry_run, serial: self.serial }
    }
}

#[derive(Debug, Subcommand)]
pub enum LicencesCmd {
    /// Licence templates, org-wide or per group, and the users each covers (AL03)
    Templates,
    /// Create a licence template, or change the one of this name (AL03). Users keep the licences
    /// they hold; the template decides what sync, assignment and re-apply give from now on
    #[command(name = "template-save")]
    TemplateSave {
        /// The template's name
        name: String,
        /// For the users of this directory group (department)
        #[arg(long, conflicts_with = "org_wide")]
        group: Option<String>,
        /// For the whole organisation (a new template is, unless --group is given)
        #[arg(long)]
        org_wide: bool,
        /// Grants Webex Calling Professional
        #[arg(long, conflicts_with = "no_calling")]
        calling: bool,
        /// Does not grant Webex Calling (a new template does not, unless --calling is given)
        #[arg(long)]
        no_calling: bool,
        /// Other licences it grants, comma separated: calling_basic, meetings, messaging
        /// ("" for none); an option left out keeps what the template has
        #[arg(long, value_delimiter = ',', value_name = "LIST")]
        licences: Option<Vec<String>>,
    },
    /// Delete a licence template; no user loses a licence they hold
    #[command(name = "template-delete")]
    TemplateDelete {
        /// The template's name
        name: String,
    },
    /// Manual assignment: license covered users with a location and a number and/or extension each (AL01, AL03)
    Assign {
        /// The licence template (it must grant Webex Calling)
        #[arg(long)]
        template: String,
        /// A CSV file with the columns email, location, number (and optionally extension), one user a row
        #[arg(long, value_name = "FILE", conflicts_with_all = ["user", "location", "number", "extension"])]
        from: Option<PathBuf>,
        /// One user, by email (with --location and --number and/or --extension)
        #[arg(long, required_unless_present = "from")]
        user: Option<String>,
        #[arg(long)]
        location: Option<String>,
        /// An unassigned E.164 number of that location: becomes the user's primary number
        #[arg(long)]
        number: Option<String>,
        #[arg(long)]
        extension: Option<String>,
        #[command(flatten)]
        run: RunArgs,
    },
    /// Re-apply a template to existing users: license every covered user without Webex Calling (AL06)
    Reapply {
        #[arg(long)]
        template: String,
        /// Turn off "Preserve licences for existing users": covered users whose template does not grant
        /// Calling lose it, with their voicemail settings, numbers and calling services, for good
        #[arg(long)]
        no_preserve: bool,
        /// Confirm --no-preserve (without it, only the number of users it would hit is shown)
        #[arg(long, requires = "no_preserve")]
        yes: bool,
        #[command(flatten)]
        run: RunArgs,
    },
}

fn outln(text: &str) {
    output::say(text)
}

fn print_json<T: Serialize + ?Sized>(v: &T) -> Result<()> {
    output::json(v)
}

fn or_dash(v: Option<&str>) -> String {
    v.filter(|s| !s.is_empty()).unwrap_or("-").to_string()
}

/// Ctrl-C during a run: the first one stops it between answers (on the local backend everything
/// is rolled back; on a real organisation the requests answered so far are done and the same
/// command continues), a second one ends the process at once.
fn ctrl_c() -> Arc<AtomicBool> {
    let flag = Arc::new(AtomicBool::new(false));
    let _ = signal_hook::flag::register_conditional_shutdown(signal_hook::consts::SIGINT, 130, flag.clone());
    let _ = signal_hook::flag::register(signal_hook::consts::SIGINT, flag.clone());
    flag
}

/// Progress on stderr when it is a terminal, at most a few times a second; cancels after Ctrl-C.
fn progress(label: &'static str) -> impl FnMut(usize, usize) -> bool {
    let on = std::io::stderr().is_terminal();
    let mut last: Option<Instant> = None;
    let stop = ctrl_c();
    move |done, total| {
        if stop.load(Ordering::SeqCst) {
            if on {
                let _ = writeln!(std::io::stderr(), "\r{label}: stopping after the requests in flight answer…");
            }
            return false;
        }
        if on && total > 0 {
            let due = last.is_none_or(|t| t.elapsed() >= Duration::from_millis(200));
            if due || done == total {
                last = Some(Instant::now());
                let mut err = std::io::stderr().lock();
                let _ = write!(err, "\r{label}: {done}/{total} users ({}%)", done * 100 / total);
                if done == total {
                    let _ = writeln!(err);
                }
                let _ = err.flush();
            }
        }
        true
    }
}

pub(super) fn directory(cli: &Cli, cmd: &DirectoryCmd, clock: Arc<dyn Clock>) -> Result<()> {
    match cmd {
        DirectoryCmd::Template => {
            outln(&directory::HEADER.join(","));
            Ok(())
        }
        DirectoryCmd::Sync { file, run } => {
            let svc = open(cli, clock)?;
            let mut source = CsvFile::new(file);
            let mut report_progress = progress("directory sync");
            let report = svc.licences().directory_sync_with(&mut source, &run.options(), &mut report_progress)?;
            if cli.json {
                print_json(&report)?;
                return run_end(&report.run, "directory sync");
            }
            if report.run.dry_run {
                outln("Dry run: nothing was changed. What the sync would do:");
            }
            let c = &report.calling;
            outln(&format!(
                "Synced {} users from {}: {} created, {} updated, {} unchanged.",
                report.total, report.source, report.created, report.updated, report.unchanged
            ));
            outln(&format!(
                "Webex Calling: {} provisioned, {} not provisioned, {} already had it (kept), {} not covered by a template that grants it.",
                c.provisioned, c.not_provisioned, c.kept, c.not_covered
            ));
            let shown: Vec<&UserOutcome> = report
                .users
                .iter()
                .filter(|u| matches!(u.calling, CallingOutcome::Provisioned | CallingOutcome::NotProvisioned))
                .collect();
            if !shown.is_empty() {
                outln(&outcome_table(&shown).to_string());
            }
            if c.not_provisioned > 0 {
                outln("See them again with `wxgo users list --not-provisioned`; fix a number with `wxgo users set-work-number`, then `wxgo licences reapply`.");
            }
            failed_rows(&report.users);
            run_footer(&report.run);
            run_end(&report.run, "directory sync")
        }
    }
}

/// Users whose row Webex refused or applied only in part, each with Webex's words.
fn failed_rows(users: &[UserOutcome]) {
    let failed: Vec<&UserOutcome> = users
        .iter()
        .filter(|u| u.partial || (u.calling == CallingOutcome::Refused && u.tracking_id.is_some()))
        .collect();
    if !failed.is_empty() {
        outln(&format!("Not (or not all) done in Webex: {}", failed.len()));
        outln(&outcome_table(&failed).to_string());
    }
}

/// What a run of Webex requests adds to its report: the requests of a dry run, a resume, a cancel.
fn run_footer(run: &RunSummary) {
    if let Some(reqs) = &run.requests {
        outln(&format!("It would send {} request(s) to Webex:", reqs.len()));
        outln(&requests_table(reqs).to_string());
    }
    if run.resumed {
        outln(&format!(
            "Continued an earlier run of the same input that did not finish ({} row(s) it had done were not sent again).",
            run.done_earlier
        ));
    }
}

/// A cancelled run, or rows Webex did not do, are never a success (exit 8).
fn run_end(run: &RunSummary, what: &str) -> Result<()> {
    if run.cancelled {
        return Err(Error::Rule {
            rule: PARTIAL,
            message: format!(
                "the {what} was cancelled: the requests Webex answered are done and in the cache; run the same command again to continue where it stopped"
            ),
        });
    }
    if run.failed > 0 {
        return Err(Error::Rule {
            rule: PARTIAL,
            message: format!(
                "{} user(s) were not (or not all) done in Webex; each is listed with Webex's words. Fix the cause and run the same command again: what is done is not sent twice",
                run.failed
            ),
        });
    }
    Ok(())
}

fn requests_table(reqs: &[PlannedRequest]) -> Table {
    let mut t = table(&["Row", "Method", "Path", "What"]);
    for r in reqs {
        t.clean_row(vec![r.row.clone(), r.method.to_string(), r.path.clone(), r.what.clone()]);
    }
    t
}

fn outcome_table(rows: &[&UserOutcome]) -> Table {
    let mut t = table(&["Line", "Email", "Webex Calling", "Location", "Number", "Reason", "Fix"]);
    for u in rows {
        t.clean_row(vec![
            u.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into()),
            u.email.clone(),
            u.calling.label().to_string(),
            or_dash(u.location.as_deref()),
            or_dash(u.number.as_deref()),
            or_dash(u.reason.as_deref()),
            or_dash(u.fix.as_deref()),
        ]);
    }
    t
}

pub(super) fn licences(cli: &Cli, cmd: &LicencesCmd, clock: Arc<dyn Clock>) -> Result<()> {
    let svc = open(cli, clock)?;
    match cmd {
        LicencesCmd::Templates => templates(cli.json, &svc.licences().templates()?),
        LicencesCmd::TemplateSave { name, group, org_wide, calling, no_calling, licences } => {
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
                return print_json(&row);
            }
            templates(false, std::slice::from_ref(&row))?;
            outln(&format!(
                "{} the template \"{}\". Users already licensed keep their licences; re-apply it with `wxgo licences reapply --template \"{}\"`.",
                if created { "Created" } else { "Changed" },
                row.name,
                row.name
            ));
            Ok(())
        }
        LicencesCmd::TemplateDelete { name } => {
            let row = svc.licences().delete_template(name)?;
            if cli.json {
                return print_json(&row);
            }
            outln(&format!(
                "Deleted the template \"{}\"; its {} users keep the licences they hold.",
                row.name, row.covered_users
            ));
            Ok(())
        }
        LicencesCmd::Assign { template, from: Some(file), run, .. } => {
            let bytes = std::fs::read(file).map_err(|e| Error::Io(format!("cannot read {}: {e}", file.display())))?;
            let rows = read_assignments(&bytes).map_err(|e| match e {
                Error::Invalid(m) => Error::Invalid(format!("{}: {m}", file.display())),
                other => other,
            })?;
            let mut report_progress = progress("licence assignment");
            let report = svc.licences().assign_with(template, &rows, &run.options(), &mut report_progress)?;
            if cli.json {
                print_json(&report)?;
                run_end(&report.run, "licence assignment")?;
            } else {
                if report.run.dry_run {
                    outln("Dry run: nothing was changed. What the assignment would do:");
                }
                let c = &report.calling;
                outln(&format!(
                    "Template \"{}\": {} licensed, {} already had Webex Calling, {} not licensed.",
                    report.template,
                    c.provisioned,
                    c.kept,
                    c.refused + c.not_covered
                ));
                outln(&outcome_table(&report.users.iter().collect::<Vec<_>>()).to_string());
                run_footer(&report.run);
                run_end(&report.run, "licence assignment")?;
            }
            let not_licensed = report.calling.refused + report.calling.not_covered;
            if not_licensed > 0 {
                return Err(Error::Rule {
                    rule: PARTIAL,
                    message: format!(
                        "{not_licensed} user(s) were not licensed (AL01-AL03); the reason for each is listed above"
                    ),
                });
            }
            Ok(())
        }
        LicencesCmd::Assign { template, user, location, number, extension, .. } => {
            let a = ManualAssignment {
                email: user.clone().unwrap_or_default(),
                location: location.clone(),
                number: number.clone(),
                extension: extension.clone(),
                line: None,
            };
            let outcome = svc.licences().assign_to_user(template, &a)?;
            if cli.json {
                print_json(&outcome)?;
                return partly(&outcome);
            }
            for l in &outcome.licences {
                outln(&format!("  {} {} {}", if l.applied { "✓" } else { "✕" }, l.operation, l.licence));
            }
            if outcome.partial {
                outln(&format!("{}: {}", outcome.email, or_dash(outcome.reason.as_deref())));
                return partly(&outcome);
            }
            match outcome.calling {
                CallingOutcome::Provisioned => outln(&format!(
                    "{}: Webex Calling Professional at {}{}.",
                    outcome.email,
                    or_dash(outcome.location.as_deref()),
                    outcome.number.as_deref().map(|n| format!(" with {n}")).unwrap_or_default()
                )),
                _ => outln(&format!("{}: {}", outcome.email, or_dash(outcome.reason.as_deref()))),
            }
            Ok(())
        }
        LicencesCmd::Reapply { template, no_preserve, yes, run } => {
            let preserve = !no_preserve;
            let mut confirmed = None;
            if !preserve {
                let preview = svc.licences().reapply_preview(template)?;
                if !cli.json {
                    warn(&preview.warning);
                    if !preview.losing.is_empty() {
                        let shown = preview.losing.iter().take(20).cloned().collect::<Vec<_>>().join(", ");
                        let more = preview.losing.len().saturating_sub(20);
                        warn(&format!(
                            "Users who lose Webex Calling: {shown}{}",
                            if more > 0 { format!(" and {more} more") } else { String::new() }
                        ));
                    }
                }
                if *yes {
                    confirmed = Some(preview.will_lose_calling);
                }
            }
            // Without --yes the service refuses (AL06) and nothing changes.
            let mut report_progress = progress("re-apply");
            let report =
                svc.licences().reapply_with(template, preserve, confirmed, &run.options(), &mut report_progress)?;
            if cli.json {
                print_json(&report)?;
                return run_end(&report.run, "re-apply");
            }
            if report.run.dry_run {
                outln("Dry run: nothing was changed. What the re-apply would do:");
            }
            if report.run.cancelled {
                let sent = report.users.iter().filter(|u| u.tracking_id.is_some()).count();
                outln(&format!("Cancelled: {sent} user(s) were done in Webex before it stopped."));
            }
            let c = &report.calling;
            outln(&format!(
                "Re-applied \"{}\" to {} covered users (preserve licences for existing users: {}): {} provisioned, {} not provisioned, {} kept, {} lost Webex Calling.",
                report.template,
                report.covered_users,
                if report.preserve { "on" } else { "off" },
                c.provisioned,
                c.not_provisioned,
                c.kept,
                c.removed
            ));
            if c.removed > 0 {
                outln(&format!(
                    "Deleted for good: {} number assignment(s) (back in the unassigned pool), {} Webex Go device(s), {} voicemail setting(s), {} calling service setting(s).",
                    report.deleted.numbers, report.deleted.devices, report.deleted.voicemail, report.deleted.calling_services
                ));
            }
            let shown: Vec<&UserOutcome> = report
                .users
                .iter()
                .filter(|u| {
                    matches!(
                        u.calling,
                        CallingOutcome::Provisioned | CallingOutcome::NotProvisioned | CallingOutcome::Removed
                    )
                })
                .collect();
            if !shown.is_empty() {
                outln(&outcome_table(&shown).to_string());
            }
            failed_rows(&report.users);
            run_footer(&report.run);
            run_end(&report.run, "re-apply")
        }
    }
}

/// A licence Webex did not apply (206) is never a success: exit 8, each licence listed.
fn partly(outcome: &UserOutcome) -> Result<()> {
    if outcome.partial {
        let not: Vec<String> = outcome.licences.iter().filter(|l| !l.applied).map(|l| l.licence.clone()).collect();
        return Err(Error::Rule {
            rule: PARTIAL,
            message: format!(
                "{}: Webex applied only part of the licences (not: {}); the others are assigned",
                outcome.email,
                not.join(", ")
            ),
        });
    }
    Ok(())
}

fn templates(json: bool, rows: &[LicenceTemplateRow]) -> Result<()> {
    if json {
        return print_json(rows);
    }
    if rows.is_empty() {
        outln("No licence templates.");
        return Ok(());
    }
    let mut t = table(&["Template", "Scope", "Group", "Webex Calling", "Other licences", "Users", "With Calling"]);
    for r in rows {
        t.clean_row(vec![
            r.name.clone(),
            r.scope.label().to_string(),
            or_dash(r.group.as_deref()),
            if r.grants_calling { "✓ grants".to_string() } else { "✗ no".to_string() },
            or_dash(Some(&r.licences.join(", "))),
            r.covered_users.to_string(),
            r.covered_with_calling.to_string(),
        ]);
    }
    outln(&t.to_string());
    Ok(())
}

/// `wxgo users list --not-provisioned` (AL04): who did not get Webex Calling, why, and the fix.
pub(super) fn not_provisioned(json: bool, svc: &Service, filter: &str, page: &Page) -> Result<()> {
    let rows: Vec<NotProvisionedRow> = svc.licences().not_provisioned(filter, page.offset, page.limit())?;
    if json {
        return print_json(&rows);
    }
    if rows.is_empty() {
        outln("Every user covered by a template that grants Webex Calling has it.");
        return Ok(());
    }
    let mut t = table(&["Name", "Email", "Department", "Work number", "Reason", "Fix"]);
    for r in &rows {
        t.clean_row(vec![
            r.display_name.clone(),
            r.email.clone(),
            or_dash(r.department.as_deref()),
            or_dash(r.work_phone.as_deref()),
            or_dash(r.reason.as_deref()),
            r.fix.clone(),
        ]);
    }
    outln(&t.to_string());
    Ok(())
}

/// `wxgo users export` (AL04): `user.csv` on stdout or into a file.
pub(super) fn users_export(svc: &Service, out: Option<&Path>) -> Result<()> {
    let csv = svc.licences().export_csv()?;
    match out {
        Some(path) => output::write_file(path, &csv, "the user list"),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&csv).and_then(|_| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(Error::Io(format!("cannot write the CSV: {e}")))
                }
                _ => Ok(()),
            }
        }
    }
}

/// `wxgo users update EMAIL --work-number/--extension/--location`.
pub(super) fn update_user(json: bool, svc: &mut Service, email: &str, change: &UserChange) -> Result<()> {
    let out = svc.people().update(email, change)?;
    if json {
        return print_json(&out);
    }
    let what = if out.changed.is_empty() {
        "nothing to change (it was so already)".to_string()
    } else {
        format!("changed {}", out.changed.join(", "))
    };
    outln(&format!(
        "{}: {what}. Work number {}, extension {}, location {}{}.",
        out.email,
        or_dash(out.work_phone.as_deref()),
        or_dash(out.extension.as_deref()),
        or_dash(out.location.as_deref()),
        out.tracking_id.as_deref().map(|t| format!(" (trackingId {t})")).unwrap_or_default()
    ));
    Ok(())
}

/// `wxgo users set-work-number EMAIL NUMBER`.
pub(super) fn set_work_number(json: bool, svc: &mut Service, email: &str, number: &str) -> Result<()> {
    let out = svc.people().set_work_number(email, number)?;
    if json {
        return print_json(&out);
    }
    outln(&format!("{}: work number {}. Next: {}.", out.email, out.work_phone, out.next));
    Ok(())
}
