//! Getting codes to people (WG13 and the letters): bulk add of Webex Go devices from the CSV
//! template (every row checked in a dry run first, then all or nothing), and the activation
//! letter (PDF and plain text, private files, printed when a print command is set up).

use std::path::PathBuf;

use crate::domain::Result;
use crate::service::{BulkReport, LetterOutcome};
use crate::tui::app::App;
use crate::tui::widgets::form::{Answers, Field, Form, FormKind};
use crate::tui::widgets::report::{Proceed, Report, ReportLine};
use crate::tui::widgets::Overlay;
use crate::tui::worker::{LongOp, Request};

/// Devices listed by name in the import's report; the rest are in the Devices pane.
const DEVICES_LISTED: usize = 12;

impl App {
    pub(crate) fn import_devices(&mut self) -> Vec<Request> {
        if self.read_only {
            return self.start_long(LongOp::Import {
                path: PathBuf::new(),
                dry_run: false,
                email: false,
                codes_file: None,
            });
        }
        let suppress = self.org.as_ref().is_some_and(|o| o.suppress_emails);
        let org = self.org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
        let mut lines = vec![ReportLine::plain(
            "The CSV template (`wxgo devices template`): one row per device. Every row is checked first (a dry run \
             that changes nothing); then you submit, and either every device is added or none (WG13).",
        )];
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
    pub(crate) fn submit_import(&mut self, a: &Answers) -> Vec<Request> {
        let Some(path) = a.given(0) else { return self.form_says("type the path of the devices CSV file") };
        let email = a.on(1).unwrap_or(false);
        let codes_file = a.given(2).map(PathBuf::from);
        self.overlays.pop();
        self.start_long(LongOp::Import { path: PathBuf::from(path), dry_run: true, email, codes_file })
    }

    fn proceed_with(&mut self, title: &str, lines: Vec<ReportLine>, next: Option<LongOp>) {
        self.overlays.push(Overlay::Proceed(Proceed { report: Report { title: title.into(), lines }, next }));
    }

    /// WG13: the dry run's problems, its all-clear with Enter to submit, or what was added.
    pub(crate) fn imported(&mut self, r: BulkReport, op: LongOp) -> Vec<Request> {
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

    /// `p` in the activation details: the letters go to the service, which writes them.
    pub(crate) fn letters(&mut self) -> Vec<Request> {
        let Some(issued) = self.activation().map(|a| a.issued.clone()) else { return Vec::new() };
        self.info("writing the activation letter…");
        vec![Request::Letter { issued, dir: self.letters_dir.clone() }]
    }

    pub(crate) fn letters_written(&mut self, result: Result<Box<(LetterOutcome, PathBuf)>>) -> Vec<Request> {
        match result {
            Ok(out) => {
                let (letter, text) = *out;
                let printed = match (&letter.printed_with, &letter.print_error) {
                    (Some(cmd), _) => format!("sent to the printer with `{cmd}`"),
                    (None, Some(e)) => format!("not printed: {e}"),
                    (None, None) => "no print command is set up: print it from there".to_string(),
                };
                self.info(format!(
                    "letter: {} (PDF) and {} (text), readable only by you; {printed}",
                    letter.file,
                    text.display()
                ));
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }
}
