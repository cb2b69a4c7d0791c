//! Getting codes to people (WG13 and the letters): bulk add of Webex Go devices from the CSV
//! template (every row checked in a dry run first, then all or nothing), and the activation
//! letter (PDF and plain text, private files, printed when a print command is set up).

use std::path::PathBuf;

use crate::domain::{Error, Result};
use crate::service::{BulkOptions, BulkReport, EmailChoice, IssuedCode, LetterOutcome};
use crate::tui::app::App;
use crate::tui::jobs::{ask, Jobs};
use crate::tui::popups::form::{Answers, Field, Form, FormKind};
use crate::tui::popups::progress::LongOp;
use crate::tui::popups::report::{Proceed, Report, ReportLine};
use crate::tui::popups::Popup;

/// Devices listed by name in the import's report; the rest are in the Devices pane.
const DEVICES_LISTED: usize = 12;

impl App {
    pub(crate) fn import_devices(&mut self) -> Jobs {
        if self.read_only {
            return self.start_import(LongOp::Import {
                path: PathBuf::new(),
                dry_run: false,
                email: false,
                codes_file: None,
            });
        }
        let suppress = self.org.as_ref().is_some_and(|o| o.suppress_emails);
        let org = self.org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
        let mut lines = vec![ReportLine::plain(crate::cli::advice::in_context(
            "The CSV template (`wxgo devices template`): one row per device. Every row is checked first (a dry run \
             that changes nothing); then you submit, and either every device is added or none (WG13).",
        ))];
        if suppress {
            lines.push(ReportLine::plain(format!(
                "{org} suppresses emails: hand the codes out from a codes file or letters."
            )));
        }
        let fields = vec![
            Field::text("Devices CSV file", ""),
            Field::switch("Email the codes", !suppress),
            Field::text("Codes file (optional)", ""),
        ];
        let form = Form::new("Bulk add Webex Go devices (WG13)", FormKind::Import, fields, "check every row");
        self.open_form(form.lines(lines));
        Vec::new()
    }

    /// WG13: the dry run first, on the file typed.
    pub(crate) fn submit_import(&mut self, a: &Answers) -> Jobs {
        let Some(path) = a.given(0) else { return self.form_says("type the path of the devices CSV file") };
        let email = a.on(1).unwrap_or(false);
        let codes_file = a.given(2).map(PathBuf::from);
        self.popups.pop();
        self.start_import(LongOp::Import { path: PathBuf::from(path), dry_run: true, email, codes_file })
    }

    /// WG13: the import `op` says (its dry run, or the import itself after it).
    pub(crate) fn start_import(&mut self, op: LongOp) -> Jobs {
        let LongOp::Import { path, dry_run, email, codes_file } = op.clone() else { return Vec::new() };
        self.start_long(
            op.clone(),
            move |svc, report| {
                // No file yet (a read-only console goes straight to the service, which refuses).
                let data = if path.as_os_str().is_empty() {
                    Vec::new()
                } else {
                    std::fs::read(&path).map_err(|e| {
                        Error::Io(format!("cannot read {}: {e}; check the path and try again", path.display()))
                    })?
                };
                let opts = BulkOptions {
                    source: path.display().to_string(),
                    dry_run,
                    email: if email { EmailChoice::Email } else { EmailChoice::NoEmail },
                    codes_file,
                };
                // Everything is added in one transaction: cancelled before it is saved, nothing is
                // added; the emails after it go on (the console does not offer Esc then).
                svc.devices().import(&data, &opts, &mut |p| report(p.done, p.total, p.phase.label()))
            },
            move |app, r| app.imported(r, op),
        )
    }

    fn proceed_with(&mut self, title: &str, lines: Vec<ReportLine>, next: Option<LongOp>) {
        self.open(Popup::Proceed(Proceed { report: Report::new(title, lines), next }));
    }

    /// WG13: the dry run's problems, its all-clear with Enter to submit, or what was added.
    fn imported(&mut self, r: BulkReport, op: LongOp) -> Jobs {
        if !r.problems.is_empty() {
            self.error(format!("{}: {} problem(s); nothing was added (WG13)", r.source, r.problems.len()));
            let mut lines = vec![ReportLine::bad(format!(
                "{} rows checked: {} problem(s), so nothing was added. Fix the file and import it again.",
                r.rows,
                r.problems.len()
            ))];
            for p in &r.problems {
                lines.push(ReportLine::bad(format!(
                    "✕ line {}, column {}: {}{}",
                    p.line,
                    p.column,
                    p.reason,
                    p.rule.map(|x| format!(" ({x})")).unwrap_or_default()
                )));
            }
            self.proceed_with("Bulk add: problems (WG13)", lines, None);
            return Vec::new();
        }
        if r.dry_run {
            let LongOp::Import { path, email, codes_file, .. } = op else { return Vec::new() };
            self.info(format!("{}: all {} rows pass; Enter submits", r.source, r.rows));
            let lines = vec![
                ReportLine::good(format!("✓ all {} rows pass every check (dry run: nothing added yet).", r.rows)),
                ReportLine::plain(format!("Email the codes: {}", if email { "yes" } else { "no" })),
                ReportLine::plain(format!(
                    "Codes file: {}",
                    codes_file.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "none".into())
                )),
                ReportLine::plain("Enter submits: every device is added, or none. Esc cancels."),
            ];
            let next = LongOp::Import { path, dry_run: false, email, codes_file };
            self.proceed_with("Bulk add: ready (WG13)", lines, Some(next));
            return Vec::new();
        }
        self.info(format!("{}: {} devices added, {} emailed", r.source, r.added, r.emailed));
        let mut lines = vec![
            ReportLine::good(format!("✓ {} Webex Go devices added · {} codes emailed", r.added, r.emailed)),
            ReportLine::plain(match &r.codes_file {
                Some(f) => format!("Codes file (readable only by you): {f}"),
                None => "No codes file was asked for.".to_string(),
            }),
            ReportLine::plain(r.note.clone()),
        ];
        for d in r.devices.iter().take(DEVICES_LISTED) {
            lines.push(ReportLine::plain(format!(
                "{} · {} · {}{}",
                d.device_id.as_deref().unwrap_or("-"),
                d.user,
                d.number.as_deref().unwrap_or("-"),
                if d.emailed { " · emailed" } else { "" }
            )));
        }
        if r.devices.len() > DEVICES_LISTED {
            lines.push(ReportLine::plain(format!(
                "… and {} more in the Devices pane",
                r.devices.len() - DEVICES_LISTED
            )));
        }
        self.report("Bulk add done (WG13)", lines);
        self.reload_all()
    }

    /// `p` in the activation details: the letters go to the service, which writes them (and
    /// prints them when configured).
    pub(crate) fn letters(&mut self, issued: Box<IssuedCode>) -> Jobs {
        self.info("writing the activation letter…");
        let dir = self.letters_dir.clone();
        vec![ask(
            move |svc| svc.devices().write_letters(&issued, &dir).map(Box::new),
            |app, result| app.letters_written(result),
        )]
    }

    fn letters_written(&mut self, result: Result<Box<(LetterOutcome, PathBuf)>>) -> Jobs {
        match result {
            Ok(out) => {
                let (letter, text) = *out;
                let printed = match (&letter.printed_with, &letter.print_error) {
                    (Some(cmd), _) => format!("sent to the printer with `{cmd}`"),
                    (None, Some(e)) => format!("not printed: {e}"),
                    (None, None) => "no print command is set up: print it from there".to_string(),
                };
                // The folder once, then the files' names: two whole paths took more than the
                // status line's three rows at 80 columns.
                let pdf = std::path::Path::new(&letter.file);
                let name = |p: &std::path::Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
                let same_stem = pdf.with_extension("txt") == text;
                let said = match (pdf.parent().filter(|d| Some(*d) == text.parent()), name(pdf), name(&text)) {
                    // The text copy beside it, same name: said once (the activation details
                    // give the message two rows at 80x24).
                    (Some(dir), Some(p), Some(_)) if same_stem => {
                        format!("letter: {p} and .txt in {}, readable only by you; {printed}", dir.display())
                    }
                    (Some(dir), Some(p), Some(t)) => format!(
                        "letter: {p} (PDF) and {t} (text) in {}, readable only by you; {printed}",
                        dir.display()
                    ),
                    _ => format!(
                        "letter: {} (PDF) and {} (text), readable only by you; {printed}",
                        letter.file,
                        text.display()
                    ),
                };
                match &letter.not_printed {
                    // Said as an error, so it is not missed: a name on the letter is not whole.
                    Some(not) => self.error(format!("{said}. {not}")),
                    None => self.info(said),
                }
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }
}
