//! `wxgo calls`: call records from Webex's Detailed Call History report (WG15).

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::output::{json, say, table, tr, CleanRows, Fit};
use super::rows::{print_problems, read_file};
use super::{Ctx, REPORTED};
use crate::domain::{Error, Result};
use crate::i18n::Arg;
use crate::service::{CallImportReport, CallRow};

#[derive(Debug, Subcommand)]
pub enum CallsCmd {
    /// Import Webex's Detailed Call History report (CSV)
    Import(ImportArgs),
    /// Call records, newest first
    List(ListArgs),
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this user's calls
    #[arg(long, value_name = "EMAIL")]
    pub user: Option<String>,
    /// Only Webex Go calls (sub client type MOBILE_NETWORK, WG15)
    #[arg(long)]
    pub webex_go: bool,
    #[arg(long, default_value_t = 100)]
    pub limit: usize,
}

pub(super) fn run(ctx: &Ctx, cmd: &CallsCmd) -> Result<()> {
    let (svc, as_json) = (ctx.open()?, ctx.cli.json);
    match cmd {
        CallsCmd::Import(ImportArgs { file }) => {
            let data = read_file(file)?;
            let report = svc.calls().import(&data, &file.display().to_string())?;
            print_call_import(&report, as_json)
        }
        CallsCmd::List(ListArgs { user, webex_go, limit }) => {
            let rows = svc.calls().list(user.as_deref(), *webex_go, *limit)?;
            print_calls(&rows, as_json)
        }
    }
}

fn print_call_import(r: &CallImportReport, as_json: bool) -> Result<()> {
    if as_json {
        json(r)?;
    } else if !r.problems.is_empty() {
        print_problems(&r.problems, r.problems_total, "cli-then-import-again");
    } else {
        let args = [
            ("imported", Arg::from(r.imported)),
            ("source", Arg::from(&r.source)),
            ("go", Arg::from(r.webex_go)),
            ("duplicates", Arg::from(r.duplicates)),
            ("unlinked", Arg::from(r.unlinked)),
        ];
        say(&tr().t_with("calls-imported", &args));
    }
    if r.problems.is_empty() {
        Ok(())
    } else {
        Err(Error::rule(REPORTED, crate::said!("cli-calls-not-imported", n = r.problems_total, source = &r.source)))
    }
}

fn print_calls(rows: &[CallRow], as_json: bool) -> Result<()> {
    if as_json {
        return json(rows);
    }
    if rows.is_empty() {
        say(&tr().t_with("calls-none-match", &[("command", Arg::from("wxgo calls import FILE"))]));
        return Ok(());
    }
    let mut t = table(&["Start", "Direction", "User", "Calling", "Called", "Duration", "Client"]);
    t.fit(&[Fit::WHOLE, Fit::drop(1), Fit::WHOLE, Fit::WHOLE, Fit::WHOLE, Fit::WHOLE, Fit::drop(0)]);
    for c in rows {
        t.clean_row(vec![
            c.start_time.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
            c.direction.clone(),
            c.user_email.clone().unwrap_or_else(|| "-".into()),
            c.calling_number.clone().unwrap_or_else(|| "-".into()),
            c.called_number.clone().unwrap_or_else(|| "-".into()),
            format!("{}:{:02}", c.duration_s / 60, c.duration_s % 60),
            match (&c.sub_client_type, c.webex_go) {
                (Some(s), true) => format!("Webex Go ({s})"),
                (Some(s), false) => s.clone(),
                (None, _) => "-".into(),
            },
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

    fn calls(args: &[&str]) -> std::result::Result<CallsCmd, clap::Error> {
        let args: Vec<&str> = std::iter::once("calls").chain(args.iter().copied()).collect();
        match parse(&args)? {
            Command::Calls(c) => Ok(c),
            other => panic!("not calls: {other:?}"),
        }
    }

    #[test]
    fn import_takes_the_report() {
        let CallsCmd::Import(a) = calls(&["import", "history.csv"]).unwrap() else { panic!() };
        assert_eq!(a.file, PathBuf::from("history.csv"));
        assert_eq!(calls(&["import"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn list_shows_a_hundred_unless_told() {
        let CallsCmd::List(a) = calls(&["list"]).unwrap() else { panic!() };
        assert_eq!((a.user, a.webex_go, a.limit), (None, false, 100));
        let CallsCmd::List(a) = calls(&["list", "--user", "ava@x.example", "--webex-go", "--limit", "5"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.user.as_deref(), a.webex_go, a.limit), (Some("ava@x.example"), true, 5));
        assert_eq!(calls(&["list", "--limit", "x"]).unwrap_err().kind(), ErrorKind::ValueValidation);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_calls_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["calls"]),
            ["calls import <FILE>", "calls list [--user <EMAIL>] [--webex-go] [--limit <LIMIT>=100]",].join("\n")
        );
    }
}
