//! A run of many changes (directory sync, licence assignment, re-apply): how it goes
//! (`--dry-run`, `--serial`), its progress and Ctrl-C, and the end of its report: the rows Webex
//! did not do, the requests a dry run would send, and the exit code.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use super::output::Table;
use clap::Args;

use super::output::{or_dash, say, table, tr, CleanRows, Fit};
use super::PARTIAL;
use crate::domain::{Error, Result};
use crate::i18n::Arg;
use crate::service::{CallingOutcome, PlannedRequest, RunOptions, RunSummary, UserOutcome};

/// How a run of many changes goes: checked only, or one request at a time.
#[derive(Debug, Clone, Copy, Args)]
pub struct RunArgs {
    /// Check every row and change nothing; on a real organisation also list the requests it would
    /// send (`--json`: the `requests` field)
    #[arg(long)]
    pub dry_run: bool,
    /// On a real organisation: one request at a time instead of up to 8
    #[arg(long)]
    pub serial: bool,
}

impl RunArgs {
    pub(super) fn options(self) -> RunOptions {
        RunOptions { dry_run: self.dry_run, serial: self.serial }
    }
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
pub(super) fn progress(label: &'static str) -> impl FnMut(usize, usize) -> bool {
    let on = std::io::stderr().is_terminal();
    let mut last: Option<Instant> = None;
    let stop = ctrl_c();
    let tr = tr();
    // `label` is "re-apply", "directory sync" or "licence assignment": the message picks its
    // words by `kind` ("directory-sync").
    let run = tr.t_with("run-kind", &[("kind", Arg::from(&label.replace(' ', "-")))]);
    move |done, total| {
        if stop.load(Ordering::SeqCst) {
            if on {
                let _ = writeln!(std::io::stderr(), "\r{}", tr.t_with("run-stopping", &[("run", Arg::from(&run))]));
            }
            return false;
        }
        if on && total > 0 {
            let due = last.is_none_or(|t| t.elapsed() >= Duration::from_millis(200));
            if due || done == total {
                last = Some(Instant::now());
                let mut err = std::io::stderr().lock();
                let args = [
                    ("run", Arg::from(&run)),
                    ("done", Arg::from(done)),
                    ("total", Arg::from(total)),
                    ("percent", Arg::from(done * 100 / total)),
                ];
                let _ = write!(err, "\r{}", tr.t_with("run-progress", &args));
                if done == total {
                    let _ = writeln!(err);
                }
                let _ = err.flush();
            }
        }
        true
    }
}

/// Users whose row Webex refused or applied only in part, each with Webex's words.
pub(super) fn failed_rows(users: &[UserOutcome]) {
    let failed: Vec<&UserOutcome> = users
        .iter()
        .filter(|u| u.partial || (u.calling == CallingOutcome::Refused && u.tracking_id.is_some()))
        .collect();
    if !failed.is_empty() {
        say(&tr().t_with("run-not-done", &[("n", Arg::from(failed.len()))]));
        say(&outcome_table(&failed).to_string());
    }
}

/// What a run of Webex requests adds to its report: the requests of a dry run, a resume, a cancel.
pub(super) fn run_footer(run: &RunSummary) {
    let tr = tr();
    if let Some(reqs) = &run.requests {
        say(&tr.t_with("run-would-send", &[("n", Arg::from(reqs.len()))]));
        say(&requests_table(reqs).to_string());
    }
    if run.resumed {
        say(&tr.t_with("run-continued", &[("n", Arg::from(run.done_earlier))]));
    }
}

/// A cancelled run, or rows Webex did not do, are never a success (exit 8).
pub(super) fn run_end(run: &RunSummary, what: &str) -> Result<()> {
    if run.cancelled {
        // `what` is "re-apply", "directory sync" or "licence assignment": the message picks its
        // words by `kind` ("directory-sync").
        return Err(Error::rule(PARTIAL, crate::said!("cli-run-cancelled", kind = what.replace(' ', "-"))));
    }
    if run.failed > 0 {
        return Err(Error::rule(PARTIAL, crate::said!("cli-run-failed", n = run.failed)));
    }
    Ok(())
}

pub(super) fn requests_table(reqs: &[PlannedRequest]) -> Table {
    let mut t = table(&["Row", "Method", "Path", "What"]);
    for r in reqs {
        let tr = super::output::tr();
        t.clean_row(vec![tr.text(&r.row), r.method.to_string(), r.path.clone(), tr.text(&r.what)]);
    }
    t
}

pub(super) fn outcome_table(rows: &[&UserOutcome]) -> Table {
    let tr = tr();
    let said = |t: Option<&crate::domain::error::Text>| or_dash(t.map(|t| tr.text(t)).as_deref());
    let mut t = table(&["Line", "Email", "Webex Calling", "Location", "Number", "Reason", "Fix"]);
    t.fit(&[Fit::WHOLE, Fit::WHOLE, Fit::WHOLE, Fit::text(2), Fit::WHOLE, Fit::text(1), Fit::text(0)]);
    for u in rows {
        t.clean_row(vec![
            u.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into()),
            u.email.clone(),
            crate::tui::present::calling_outcome_word(tr, u.calling),
            or_dash(u.location.as_deref()),
            or_dash(u.number.as_deref()),
            said(u.reason.as_ref()),
            said(u.fix.as_ref()),
        ]);
    }
    t
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;

    fn directory_sync(args: &[&str]) -> RunArgs {
        let args: Vec<&str> = ["directory", "sync", "export.csv"].into_iter().chain(args.iter().copied()).collect();
        match parse(&args).unwrap() {
            Command::Directory(crate::cli::directory::DirectoryCmd::Sync(a)) => a.run,
            other => panic!("not directory sync: {other:?}"),
        }
    }

    #[test]
    fn a_run_changes_things_eight_at_a_time_unless_told() {
        let o = directory_sync(&[]).options();
        assert_eq!((o.dry_run, o.serial), (false, false));
        let o = directory_sync(&["--dry-run", "--serial"]).options();
        assert_eq!((o.dry_run, o.serial), (true, true));
    }

    #[test]
    fn a_cancelled_run_or_rows_not_done_are_never_a_success() {
        assert!(run_end(&RunSummary::default(), "re-apply").is_ok());
        let cancelled = RunSummary { cancelled: true, ..RunSummary::default() };
        let e = run_end(&cancelled, "re-apply").unwrap_err();
        assert!(matches!(&e, Error::Rule { rule: PARTIAL, message } if message.contains("re-apply was cancelled")));
        let failed = RunSummary { failed: 2, ..RunSummary::default() };
        let e = run_end(&failed, "directory sync").unwrap_err();
        assert!(matches!(&e, Error::Rule { rule: PARTIAL, message } if message.starts_with("2 user(s)")));
    }
}
