//! `wxgo broadworks`: BroadWorks flow-through provisioning: subscribers (BW03, BW05), what to do
//! about one in error (BW04), and the customer templates (BW01).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde_json::json;

use super::output::{or_dash, outln, table, tr, write_file, CleanRows, Fit, Out};
use super::Ctx;
use crate::domain::{Error, Result};
use crate::i18n::Arg;
use crate::service::{BwSubscriberRow, BwTemplateRow};

#[derive(Debug, Subcommand)]
pub enum BroadworksCmd {
    /// Subscribers with BroadWorks id, package, status and error (BW03)
    List(ListArgs),
    /// The subscriber list as CSV on stdout, or into --out FILE (BW05)
    Export(ExportArgs),
    /// Retry activation: enter a valid email and onboard the subscriber (BW04)
    Retry(RetryArgs),
    /// Delete the subscriber so the user can try again after a configuration change (BW04)
    Delete(SubscriberArgs),
    /// Change the package type: softphone, basic, standard or premium (BW04)
    Package(PackageArgs),
    /// Print the subscriber's error text (BW04 "Copy error text")
    Error(SubscriberArgs),
    /// Customer templates and whether they are set up for flow-through with untrusted emails (BW01)
    Templates,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only those pending or in error (BW05)
    #[arg(long)]
    pub exclude_provisioned: bool,
    #[arg(long, default_value = "")]
    pub filter: String,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    #[arg(long)]
    pub exclude_provisioned: bool,
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct RetryArgs {
    pub id: String,
    #[arg(long)]
    pub email: String,
}

/// `delete` and `error`: the subscriber, by BroadWorks id.
#[derive(Debug, Args)]
pub struct SubscriberArgs {
    pub id: String,
}

#[derive(Debug, Args)]
pub struct PackageArgs {
    pub id: String,
    pub package: String,
}

pub(super) fn run(ctx: &Ctx, cmd: &BroadworksCmd) -> Result<()> {
    let out = ctx.out;
    let svc = ctx.open()?;
    match cmd {
        BroadworksCmd::List(a) => {
            print_subscribers(out, &svc.broadworks().list(a.exclude_provisioned, &a.filter, 0, usize::MAX >> 1)?)
        }
        BroadworksCmd::Export(a) => {
            let csv = svc.broadworks().export_csv(a.exclude_provisioned)?;
            match &a.out {
                Some(path) => write_file(path, &csv, super::output::OutFile::Subscribers),
                None => {
                    use std::io::Write;
                    std::io::stdout()
                        .write_all(&csv)
                        .map_err(|e| Error::io(crate::said!("csv-cannot-write", error = e.to_string())))
                }
            }
        }
        BroadworksCmd::Retry(a) => print_subscribers(out, &[svc.broadworks().retry(&a.id, &a.email)?]),
        BroadworksCmd::Delete(a) => {
            let gone = svc.broadworks().delete(&a.id)?;
            print_deleted(out, &gone)
        }
        BroadworksCmd::Package(a) => print_subscribers(out, &[svc.broadworks().package(&a.id, &a.package)?]),
        BroadworksCmd::Error(a) => print_text(out, &svc.broadworks().error_text(&a.id)?),
        BroadworksCmd::Templates => print_templates(out, &svc.broadworks().templates()?),
    }
}

pub(super) fn print_subscribers(out: &Out, rows: &[BwSubscriberRow]) -> Result<()> {
    out.list(
        rows,
        || {
            let mut t = table(&["BroadWorks id", "Name", "Email", "Package", "Status", "Error"]);
            t.fit(&[Fit::WHOLE, Fit::NAME, Fit::WHOLE, Fit::drop(1), Fit::WHOLE, Fit::text(0)]);
            for s in rows {
                t.clean_row(vec![
                    s.broadworks_user_id.clone(),
                    format!("{} {}", s.first_name, s.last_name),
                    or_dash(s.email.as_deref()),
                    s.package.as_str().to_string(),
                    crate::tui::present::bw_status_word(tr(), s.status),
                    match (&s.error_code, &s.error_description) {
                        (Some(c), Some(d)) => format!("{c}: {d}"),
                        _ => String::new(),
                    },
                ]);
            }
            t
        },
        "cli-empty-subscribers",
    )
}

fn print_templates(out: &Out, rows: &[BwTemplateRow]) -> Result<()> {
    out.list(
        rows,
        || {
            let mut t =
                table(&["Template", "Untrusted emails", "Share link", "Default package", "Flow-through (BW01)"]);
            for r in rows {
                t.clean_row(vec![
                    r.name.clone(),
                    tr().t(if r.untrusted_emails { "report-yes" } else { "report-no" }),
                    r.share_link.clone(),
                    r.default_package.clone(),
                    tr().t(if r.flow_through_ready { "bw-flow-through-ready" } else { "bw-flow-through-not-set-up" }),
                ]);
            }
            t
        },
        "cli-empty-templates",
    )
}

fn print_text(out: &Out, line: &str) -> Result<()> {
    if out.json {
        return out.print_json(&json!({ "text": line }));
    }
    outln!("{line}");
    Ok(())
}

fn print_deleted(out: &Out, s: &BwSubscriberRow) -> Result<()> {
    if out.json {
        return out.print_json(s);
    }
    let name = format!("{} {}", s.first_name, s.last_name);
    let args = [("id", Arg::from(&s.broadworks_user_id)), ("name", Arg::from(&name))];
    outln!("{}", tr().t_with("bw-subscriber-deleted", &args));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    fn broadworks(args: &[&str]) -> std::result::Result<BroadworksCmd, clap::Error> {
        let args: Vec<&str> = std::iter::once("broadworks").chain(args.iter().copied()).collect();
        match parse(&args)? {
            Command::Broadworks(c) => Ok(c),
            other => panic!("not broadworks: {other:?}"),
        }
    }

    #[test]
    fn list_and_export_can_leave_out_the_provisioned() {
        let BroadworksCmd::List(a) = broadworks(&["list"]).unwrap() else { panic!() };
        assert_eq!((a.exclude_provisioned, a.filter.as_str()), (false, ""));
        let BroadworksCmd::List(a) = broadworks(&["list", "--exclude-provisioned", "--filter", "acme"]).unwrap() else {
            panic!()
        };
        assert_eq!((a.exclude_provisioned, a.filter.as_str()), (true, "acme"));
        assert_eq!(broadworks(&["list", "--limit", "5"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
        let BroadworksCmd::Export(a) = broadworks(&["export"]).unwrap() else { panic!() };
        assert_eq!((a.exclude_provisioned, a.out), (false, None));
        let BroadworksCmd::Export(a) = broadworks(&["export", "--exclude-provisioned", "--out", "bw.csv"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.exclude_provisioned, a.out), (true, Some(PathBuf::from("bw.csv"))));
    }

    #[test]
    fn the_bw04_actions_name_the_subscriber() {
        let BroadworksCmd::Retry(a) = broadworks(&["retry", "bw-1", "--email", "a@x.example"]).unwrap() else {
            panic!()
        };
        assert_eq!((a.id.as_str(), a.email.as_str()), ("bw-1", "a@x.example"));
        assert_eq!(broadworks(&["retry", "bw-1"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        let BroadworksCmd::Delete(a) = broadworks(&["delete", "bw-1"]).unwrap() else { panic!() };
        assert_eq!(a.id, "bw-1");
        let BroadworksCmd::Error(a) = broadworks(&["error", "bw-1"]).unwrap() else { panic!() };
        assert_eq!(a.id, "bw-1");
        let BroadworksCmd::Package(a) = broadworks(&["package", "bw-1", "basic"]).unwrap() else { panic!() };
        assert_eq!((a.id.as_str(), a.package.as_str()), ("bw-1", "basic"));
        assert_eq!(broadworks(&["package", "bw-1"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        assert!(matches!(broadworks(&["templates"]).unwrap(), BroadworksCmd::Templates));
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_broadworks_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["broadworks"]),
            [
                "broadworks list [--exclude-provisioned] [--filter <FILTER>=\"\"]",
                "broadworks export [--exclude-provisioned] [--out <FILE>]",
                "broadworks retry <ID> --email <EMAIL>",
                "broadworks delete <ID>",
                "broadworks package <ID> <PACKAGE>",
                "broadworks error <ID>",
                "broadworks templates",
            ]
            .join("\n")
        );
    }
}
