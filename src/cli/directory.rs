//! `wxgo directory`: directory synchronisation, users and their Webex Calling from a directory
//! export (AL02, AL05). Every rule is the service's; this reads the file, shows progress and prints.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::output::{json, say, tr};
use super::runs::{failed_rows, outcome_table, progress, run_end, run_footer, RunArgs};
use super::Ctx;
use crate::domain::Result;
use crate::i18n::Arg;
use crate::outside::directory::{self, CsvFile};
use crate::service::{CallingOutcome, UserOutcome};

#[derive(Debug, Subcommand)]
pub enum DirectoryCmd {
    /// Print the CSV header a directory export must have: email, display name, work phone number, department
    Template,
    /// Create and update users from a directory export (CSV); users whose template grants Webex Calling
    /// get it when their work number passes every check (AL02); provisioned users keep their setup (AL05)
    Sync(SyncArgs),
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The directory export (UTF-8 CSV, as `wxgo directory template` prints the header)
    pub file: PathBuf,
    #[command(flatten)]
    pub run: RunArgs,
}

pub(super) fn run(ctx: &Ctx, cmd: &DirectoryCmd) -> Result<()> {
    let cli = ctx.cli;
    match cmd {
        DirectoryCmd::Template => {
            say(&directory::HEADER.join(","));
            Ok(())
        }
        DirectoryCmd::Sync(SyncArgs { file, run }) => {
            let svc = ctx.open()?;
            let mut source = CsvFile::new(file);
            let mut report_progress = progress("directory sync");
            let report = svc.licences().directory_sync_with(&mut source, &run.options(), &mut report_progress)?;
            if cli.json {
                json(&report)?;
                return run_end(&report.run, "directory sync");
            }
            if report.run.dry_run {
                say(&tr().t("dir-dry-run"));
            }
            let (tr, c) = (tr(), &report.calling);
            let args = [
                ("total", Arg::from(report.total)),
                ("source", Arg::from(&report.source)),
                ("created", Arg::from(report.created)),
                ("updated", Arg::from(report.updated)),
                ("unchanged", Arg::from(report.unchanged)),
            ];
            say(&tr.t_with("dir-summary", &args));
            let args = [
                ("provisioned", Arg::from(c.provisioned)),
                ("not", Arg::from(c.not_provisioned)),
                ("kept", Arg::from(c.kept)),
                ("uncovered", Arg::from(c.not_covered)),
            ];
            say(&tr.t_with("dir-calling", &args));
            let shown: Vec<&UserOutcome> = report
                .users
                .iter()
                .filter(|u| matches!(u.calling, CallingOutcome::Provisioned | CallingOutcome::NotProvisioned))
                .collect();
            if !shown.is_empty() {
                say(&outcome_table(&shown).to_string());
            }
            if c.not_provisioned > 0 {
                let args = [
                    ("list", Arg::from("wxgo users list --not-provisioned")),
                    ("fix", Arg::from("wxgo users set-work-number")),
                    ("reapply", Arg::from("wxgo licences reapply")),
                ];
                say(&tr.t_with("dir-see-again", &args));
            }
            failed_rows(&report.users);
            run_footer(&report.run);
            run_end(&report.run, "directory sync")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    fn directory(args: &[&str]) -> Result<DirectoryCmd, clap::Error> {
        let args: Vec<&str> = std::iter::once("directory").chain(args.iter().copied()).collect();
        match parse(&args)? {
            Command::Directory(c) => Ok(c),
            other => panic!("not directory: {other:?}"),
        }
    }

    #[test]
    fn template_takes_nothing() {
        assert!(matches!(directory(&["template"]).unwrap(), DirectoryCmd::Template));
        assert_eq!(directory(&["template", "x.csv"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    #[test]
    fn sync_takes_the_export_and_how_to_run() {
        let DirectoryCmd::Sync(a) = directory(&["sync", "export.csv"]).unwrap() else { panic!() };
        assert_eq!(a.file, PathBuf::from("export.csv"));
        assert!(!a.run.dry_run && !a.run.serial);
        let DirectoryCmd::Sync(a) = directory(&["sync", "--dry-run", "export.csv", "--serial"]).unwrap() else {
            panic!()
        };
        assert!(a.run.dry_run && a.run.serial);
        assert_eq!(directory(&["sync"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_directory_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["directory"]),
            ["directory template", "directory sync <FILE> [--dry-run] [--serial]",].join("\n")
        );
    }
}
