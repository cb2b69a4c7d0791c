//! `wxgo devices import`: a Webex Go device for every row of a CSV file (WG13); all or none on
//! the local backend, one request per row on a real organisation (a stopped run continues).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};

use clap::Args;

use crate::cli::output::{json, say, table, tr, warn, CleanRows};
use crate::cli::rows::{print_problems, read_file};
use crate::cli::{PARTIAL, REPORTED};
use crate::domain::{Error, Result};
use crate::i18n::Arg;
use crate::service::{BulkOptions, BulkProgress, BulkReport, EmailChoice, Service};

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The CSV file (from `wxgo devices template`, filled in a spreadsheet)
    pub file: PathBuf,
    /// Check every row and change nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Email each user the code (refused when the organisation suppresses emails)
    #[arg(long, conflicts_with = "no_email")]
    pub email_codes: bool,
    /// Do not email the codes (hand them out with --codes-file or letters)
    #[arg(long)]
    pub no_email: bool,
    /// Write the activation codes to this CSV file (readable only by you): the only place they go
    #[arg(long, value_name = "FILE")]
    pub codes_file: Option<PathBuf>,
    /// Real organisations: send the requests one at a time (default: at most 8 at once)
    #[arg(long)]
    pub serial: bool,
    /// The language of the emails with the codes: en, de, da, uk or he (default: --lang, the
    /// config's lang, the locale)
    #[arg(long, value_name = "LANG", value_parser = crate::cli::devices::letter_lang_arg)]
    pub letter_lang: Option<crate::i18n::Lang>,
}

pub(super) fn import(svc: &mut Service, args: &ImportArgs, as_json: bool) -> Result<()> {
    let data = read_file(&args.file)?;
    let opts = BulkOptions {
        source: args.file.display().to_string(),
        dry_run: args.dry_run,
        email: if args.no_email {
            EmailChoice::NoEmail
        } else if args.email_codes {
            EmailChoice::Email
        } else {
            EmailChoice::Default
        },
        codes_file: args.codes_file.clone(),
    };
    // Progress on the terminal only: a script reading stderr gets the outcome, not the ticks.
    let live = std::io::stderr().is_terminal();
    let mut shown = false;
    // Ctrl-C stops the import cleanly on both backends: before the save nothing is added (the
    // local import is one transaction); on a real organisation between answers (exit 8).
    let stop = if args.dry_run { &NEVER } else { stop_on_ctrl_c() };
    let mut progress = |p: BulkProgress| {
        if live && p.total >= 200 {
            let tr = tr();
            let phase = tr.t(&format!("phase-{}", p.phase.label()));
            let args = [("phase", Arg::from(&phase)), ("done", Arg::from(p.done)), ("total", Arg::from(p.total))];
            eprint!("\r{} ", crate::domain::text::for_terminal(&tr.t_with("cli-import-progress", &args)));
            let _ = std::io::stderr().flush();
            shown = true;
        }
        !stop.load(Ordering::SeqCst)
    };
    let report = svc.devices().import_run(&data, &opts, args.serial, &|| stop.load(Ordering::SeqCst), &mut progress)?;
    if shown {
        warn("");
    }
    print_import(&report, as_json)?;
    if report.failed > 0
        || report.cancelled
        || report.devices.iter().any(|d| matches!(d.state, Some("code_lost" | "unknown")))
    {
        return Err(Error::rule(PARTIAL, report.note.clone()));
    }
    Ok(())
}

static NEVER: AtomicBool = AtomicBool::new(false);
static CTRL_C: AtomicBool = AtomicBool::new(false);

/// Ctrl-C during a run of many requests stops it cleanly: nothing new is sent, the answers in
/// flight are recorded, and the same command again continues (the journal).
fn stop_on_ctrl_c() -> &'static AtomicBool {
    let (ready_tx, ready_rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new().name("ctrl-c".into()).spawn(move || {
        let Ok(rt) = tokio::runtime::Builder::new_current_thread().enable_all().build() else {
            let _ = ready_tx.send(());
            return;
        };
        rt.block_on(async move {
            let signal = tokio::signal::ctrl_c();
            tokio::pin!(signal);
            // Poll once so the handler is installed before the run starts.
            let _ = futures::poll!(&mut signal);
            let _ = ready_tx.send(());
            if signal.await.is_ok() {
                CTRL_C.store(true, Ordering::SeqCst);
                warn(&format!("\n{}", tr().t("cli-import-stopping")));
            }
        });
    });
    if spawned.is_ok() {
        let _ = ready_rx.recv_timeout(std::time::Duration::from_secs(2));
    }
    &CTRL_C
}

fn print_import(r: &BulkReport, as_json: bool) -> Result<()> {
    if as_json {
        json(r)?;
    } else if !r.problems.is_empty() {
        print_problems(&r.problems, r.problems_total, "cli-then-dry-run");
    } else {
        let tr = tr();
        let mut t = table(&["Line", "Device", "User", "Subscription", "Number", "Emailed"]);
        for d in &r.devices {
            t.clean_row(vec![
                d.line.to_string(),
                d.device_id.clone().unwrap_or_else(|| tr.t("import-dry-run-cell")),
                d.user.clone(),
                d.subscription.clone(),
                match (&d.number, d.number_assigned) {
                    (Some(n), true) => tr.t_with("import-assigned", &[("number", Arg::from(n))]),
                    (Some(n), false) => n.clone(),
                    (None, _) => "-".into(),
                },
                if r.dry_run {
                    "-".into()
                } else if d.emailed {
                    tr.t("report-yes")
                } else {
                    tr.t("report-no")
                },
            ]);
        }
        say(&t.to_string());
        let not_added: Vec<&crate::service::BulkDevice> =
            r.devices.iter().filter(|d| matches!(d.state, Some("failed" | "code_lost" | "unknown"))).collect();
        if !not_added.is_empty() {
            let mut t = table(&["Line", "User", "What happened", "trackingId"]);
            for d in not_added {
                t.clean_row(vec![
                    d.line.to_string(),
                    d.user.clone(),
                    d.error.as_ref().map(|e| tr.text(e)).unwrap_or_default(),
                    d.tracking_id.clone().unwrap_or_else(|| "-".into()),
                ]);
            }
            say(&t.to_string());
        }
        if !r.dry_run {
            say(&tr.t_with("import-added", &[("n", Arg::from(r.added)), ("source", Arg::from(&r.source))]));
        }
        for q in &r.requests {
            say(&tr.t_with(
                "import-would-send",
                &[
                    ("method", Arg::from(q.method)),
                    ("path", Arg::from(&q.path)),
                    ("row", Arg::from(&tr.text(&q.row))),
                    ("what", Arg::from(&tr.text(&q.what))),
                ],
            ));
        }
        say(&tr.text(&r.note));
    }
    if r.problems.is_empty() {
        Ok(())
    } else {
        Err(Error::rule(REPORTED, r.note.clone()))
    }
}

#[cfg(test)]
mod tests {
    use crate::cli::devices::DevicesCmd;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;
    use std::path::Path;

    fn import(args: &[&str]) -> Result<super::ImportArgs, clap::Error> {
        let args: Vec<&str> = ["devices", "import"].into_iter().chain(args.iter().copied()).collect();
        match parse(&args)? {
            Command::Devices(DevicesCmd::Import(a)) => Ok(a),
            other => panic!("not devices import: {other:?}"),
        }
    }

    #[test]
    fn import_takes_the_file_and_how_codes_go_out() {
        let a = import(&["devices.csv"]).unwrap();
        assert_eq!(a.file, Path::new("devices.csv"));
        assert_eq!((a.dry_run, a.email_codes, a.no_email, a.serial), (false, false, false, false));
        assert_eq!(a.codes_file, None);
        let a = import(&["devices.csv", "--dry-run", "--no-email", "--codes-file", "codes.csv", "--serial"]).unwrap();
        assert_eq!((a.dry_run, a.no_email, a.serial), (true, true, true));
        assert_eq!(a.codes_file.as_deref(), Some(Path::new("codes.csv")));
        assert!(import(&["devices.csv", "--email-codes"]).unwrap().email_codes);
        assert_eq!(
            import(&["devices.csv", "--email-codes", "--no-email"]).unwrap_err().kind(),
            ErrorKind::ArgumentConflict
        );
        assert_eq!(import(&[]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }
}
