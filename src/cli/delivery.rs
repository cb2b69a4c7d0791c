//! Commands that get activation codes to people: bulk add from CSV (WG13), the mail queue
//! (WG04), printed letters, and call records (WG15).

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use clap::{Args, Subcommand};
use comfy_table::Table;

use super::output::{json, say, table, warn, CleanRows};
use crate::domain::{Error, Result};
use crate::service::{
    BulkOptions, BulkProgress, BulkReport, CallImportReport, CallRow, EmailChoice, LetterOutcome, RetryReport,
    RowProblem, Service,
};

/// Tells `cli::main` the report was printed already: exit 4 with this message on stderr only.
pub(super) const REPORTED: &str = "reported";

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
}

#[derive(Debug, Args)]
pub struct LetterArgs {
    /// The device (go-12) or its owner's email
    pub device: String,
    /// The device's current activation code, as issued (`-` reads it from standard input)
    #[arg(long)]
    pub code: String,
    /// The PDF file to write (readable only by you)
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Debug, Subcommand)]
pub enum MailCmd {
    /// The messages waiting in the outbox
    List,
    /// Send the queued messages through the SMTP server; sent ones move to outbox/sent/
    Retry,
}

#[derive(Debug, Subcommand)]
pub enum CallsCmd {
    /// Import Webex's Detailed Call History report (CSV)
    Import { file: PathBuf },
    /// Call records, newest first
    List {
        /// Only this user's calls
        #[arg(long, value_name = "EMAIL")]
        user: Option<String>,
        /// Only Webex Go calls (sub client type MOBILE_NETWORK, WG15)
        #[arg(long)]
        webex_go: bool,
        #[arg(long, default_value_t = 100)]
        limit: usize,
    },
}

fn read_file(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::Io(format!("cannot read {}: {e}", path.display())))
}

fn problems_table(problems: &[RowProblem]) -> Table {
    let mut t = table(&["Line", "Column", "Problem"]);
    for p in problems {
        t.clean_row(vec![
            p.line.to_string(),
            p.column.clone(),
            match p.rule {
                Some(rule) => format!("{rule}: {}", p.reason),
                None => p.reason.clone(),
            },
        ]);
    }
    t
}

/// The problems of an import, the first ones in a table and the count of the rest.
fn print_problems(problems: &[RowProblem], total: usize, then: &str) {
    say(&problems_table(problems).to_string());
    let unlisted = total.saturating_sub(problems.len());
    if unlisted > 0 {
        say(&format!("... and {unlisted} more problem(s) not listed ({total} in all). Fix these, then {then}."));
    }
}

// ---------------------------------------------------------------- devices

/// A letter can be written at `path` (checked before a code is asked of Webex): not a folder,
/// and its folder takes a new file.
pub(super) fn check_letter_path(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::Invalid(format!("--letter {} is a folder; give a file name", path.display())));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let probe = dir.join(format!(".wxgo-letter-probe-{}", std::process::id()));
    let fail = |e: std::io::Error| {
        Error::Io(format!("the letter {} cannot be written ({e}); nothing was asked of Webex", path.display()))
    };
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&probe).map_err(fail)?;
    let written = f.write_all(b"probe").and_then(|()| f.sync_all());
    let _ = std::fs::remove_file(&probe);
    written.map_err(fail)
}

pub fn template(svc: &Service) -> Result<()> {
    let text = svc.devices().template()?;
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes()).map_err(|e| Error::Io(format!("cannot write the template: {e}")))
}

pub fn import(svc: &mut Service, args: &ImportArgs, as_json: bool) -> Result<()> {
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
            eprint!("\r{} {}/{} rows ", p.phase.label(), p.done, p.total);
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
        return Err(Error::Rule { rule: super::PARTIAL, message: report.note.clone() });
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
                warn("\nstopping: no new requests; waiting for the answers in flight (run the same command again to continue)");
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
        print_problems(&r.problems, r.problems_total, "check again with --dry-run");
    } else {
        let mut t = table(&["Line", "Device", "User", "Subscription", "Number", "Emailed"]);
        for d in &r.devices {
            t.clean_row(vec![
                d.line.to_string(),
                d.device_id.clone().unwrap_or_else(|| "(dry run)".into()),
                d.user.clone(),
                d.subscription.clone(),
                match (&d.number, d.number_assigned) {
                    (Some(n), true) => format!("{n} (assigned)"),
                    (Some(n), false) => n.clone(),
                    (None, _) => "-".into(),
                },
                if r.dry_run {
                    "-".into()
                } else if d.emailed {
                    "yes".into()
                } else {
                    "no".into()
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
                    d.error.clone().unwrap_or_default(),
                    d.tracking_id.clone().unwrap_or_else(|| "-".into()),
                ]);
            }
            say(&t.to_string());
        }
        if !r.dry_run {
            say(&format!("Added {} Webex Go devices from {} (Activation pending).", r.added, r.source));
        }
        for q in &r.requests {
            say(&format!("would send: {} {}  ({}: {})", q.method, q.path, q.row, q.what));
        }
        say(&r.note);
    }
    if r.problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Rule { rule: REPORTED, message: r.note.clone() })
    }
}

/// Reads the code from standard input when it is `-` (so it stays out of the shell history).
fn code_arg(code: &str) -> Result<String> {
    if code.trim() != "-" {
        return Ok(code.to_string());
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Error::Io(format!("cannot read the code from standard input: {e}")))?;
    Ok(line.trim().to_string())
}

pub fn letter(svc: &Service, args: &LetterArgs, as_json: bool) -> Result<()> {
    let code = code_arg(&args.code)?;
    let outcome = svc.devices().letter(&args.device, &code, &args.out)?;
    print_letter(&outcome, as_json, false)
}

/// `--letter FILE.pdf` on add, new-code and lost-stolen: the letter for the code just issued.
/// Its outcome goes to stderr, so stdout keeps the one result (also with --json).
pub fn print_letter_note(outcome: &LetterOutcome) -> Result<()> {
    print_letter(outcome, false, true)
}

fn print_letter(o: &LetterOutcome, as_json: bool, to_stderr: bool) -> Result<()> {
    if as_json {
        json(o)?;
    } else if to_stderr {
        warn(&format!("Activation letter: {}", o.note));
    } else {
        say(&format!("Activation letter for {} ({}): {}", o.device_id, o.owner_email, o.note));
    }
    match &o.print_error {
        None => Ok(()),
        Some(e) => Err(Error::Io(format!("the letter was written to {} but not printed: {e}", o.file))),
    }
}

// ---------------------------------------------------------------- mail

pub fn mail(svc: &Service, cmd: &MailCmd, as_json: bool) -> Result<()> {
    match cmd {
        MailCmd::List => {
            let queue = svc.mail().queue()?;
            if as_json {
                return json(&queue);
            }
            if queue.is_empty() {
                say(&format!("No messages wait in {}. Mail goes to {}.", svc.outbox().display(), svc.mail().route()));
                return Ok(());
            }
            let mut t = table(&["To", "Subject", "Date", "File"]);
            for m in &queue {
                t.clean_row(vec![m.to.clone(), m.subject.clone(), m.date.clone(), m.file.clone()]);
            }
            say(&t.to_string());
            say(&format!(
                "{} message(s) wait. Mail goes to {}; send them with `wxgo mail retry`.",
                queue.len(),
                svc.mail().route()
            ));
            Ok(())
        }
        MailCmd::Retry => {
            let r = svc.mail().retry()?;
            print_retry(&r, as_json)
        }
    }
}

fn print_retry(r: &RetryReport, as_json: bool) -> Result<()> {
    if as_json {
        json(r)?;
    } else {
        for m in &r.sent {
            say(&format!("sent      {} \"{}\"", m.to, m.subject));
        }
        for (m, why) in &r.failed {
            say(&format!("not sent  {} \"{}\": {why}", m.to, m.subject));
        }
        for m in &r.stale {
            say(&format!(
                "stale     {} \"{}\": its activation code no longer works (moved to stale/); issue a new code",
                m.to, m.subject
            ));
        }
        say(&format!(
            "{} sent through {}; {} failed{}.",
            r.sent.len(),
            r.server,
            r.failed.len(),
            if r.not_tried > 0 {
                format!("; {} not tried (the server could not be reached)", r.not_tried)
            } else {
                String::new()
            }
        ));
    }
    match (r.sent.len(), r.failed.len()) {
        (_, 0) => Ok(()),
        (0, n) => Err(Error::Io(format!(
            "none of the queued messages was sent ({n} failed); they stay in the outbox: retry later"
        ))),
        (_, n) => Err(Error::Rule {
            rule: super::PARTIAL,
            message: format!("{n} message(s) were not sent and stay in the outbox; the reasons are listed above"),
        }),
    }
}

// ---------------------------------------------------------------- calls

pub fn calls(svc: &mut Service, cmd: &CallsCmd, as_json: bool) -> Result<()> {
    match cmd {
        CallsCmd::Import { file } => {
            let data = read_file(file)?;
            let report = svc.calls().import(&data, &file.display().to_string())?;
            print_call_import(&report, as_json)
        }
        CallsCmd::List { user, webex_go, limit } => {
            let rows = svc.calls().list(user.as_deref(), *webex_go, *limit)?;
            print_calls(&rows, as_json)
        }
    }
}

fn print_call_import(r: &CallImportReport, as_json: bool) -> Result<()> {
    if as_json {
        json(r)?;
    } else if !r.problems.is_empty() {
        print_problems(&r.problems, r.problems_total, "import the report again");
    } else {
        say(&format!(
            "Imported {} call records from {} ({} Webex Go calls); {} were there already; {} not linked to a user.",
            r.imported, r.source, r.webex_go, r.duplicates, r.unlinked
        ));
    }
    if r.problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Rule {
            rule: REPORTED,
            message: format!("{} problem(s) in {}; nothing was imported", r.problems_total, r.source),
        })
    }
}

fn print_calls(rows: &[CallRow], as_json: bool) -> Result<()> {
    if as_json {
        return json(rows);
    }
    if rows.is_empty() {
        say("No call records match. Import them with `wxgo calls import FILE`.");
        return Ok(());
    }
    let mut t = table(&["Start", "Direction", "User", "Calling", "Called", "Duration", "Client"]);
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
