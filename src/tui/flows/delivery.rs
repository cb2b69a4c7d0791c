//! Getting codes to people (WG13 and the letters): bulk add of Webex Go devices from the CSV
//! template (every row checked in a dry run first, then all or nothing), and the activation
//! letter (PDF and plain text, private files, printed when a print command is set up).

use std::path::PathBuf;

use crate::domain::{Error, Result};
use crate::i18n::Lang;
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
                letter: self.tr.lang(),
            });
        }
        let suppress = self.org.as_ref().is_some_and(|o| o.suppress_emails);
        let org = self.org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
        let intro = tr!(self.tr, "imp-intro", command = "wxgo devices template");
        let mut lines = vec![ReportLine::plain(crate::cli::advice::in_context(&intro))];
        if suppress {
            lines.push(ReportLine::plain(tr!(self.tr, "imp-suppresses-emails", org = &org)));
        }
        // The emails' language, the console's unless the admin picks the employees' (←/→).
        let languages = Lang::ALL.iter().map(|l| self.language_shown(*l)).collect();
        let at = Lang::ALL.iter().position(|l| *l == self.tr.lang()).unwrap_or(0);
        let fields = vec![
            Field::text(tr!(self.tr, "field-devices-csv"), ""),
            Field::switch(tr!(self.tr, "field-email-codes"), !suppress),
            Field::text(tr!(self.tr, "field-codes-file"), ""),
            Field::choices(tr!(self.tr, "field-email-lang"), languages, at),
        ];
        let form =
            Form::new(tr!(self.tr, "imp-form-title"), FormKind::Import, fields, tr!(self.tr, "imp-check-every-row"));
        self.open_form(form.lines(lines));
        Vec::new()
    }

    /// WG13: the dry run first, on the file typed.
    pub(crate) fn submit_import(&mut self, a: &Answers) -> Jobs {
        let Some(path) = a.given(0) else { return self.form_says(tr!(self.tr, "imp-type-path")) };
        let email = a.on(1).unwrap_or(false);
        let codes_file = a.given(2).map(PathBuf::from);
        let chosen = a.value(3);
        let letter = Lang::ALL.into_iter().find(|l| self.language_shown(*l) == chosen).unwrap_or(self.tr.lang());
        self.popups.pop();
        self.start_import(LongOp::Import { path: PathBuf::from(path), dry_run: true, email, codes_file, letter })
    }

    /// WG13: the import `op` says (its dry run, or the import itself after it).
    pub(crate) fn start_import(&mut self, op: LongOp) -> Jobs {
        let LongOp::Import { path, dry_run, email, codes_file, letter } = op.clone() else { return Vec::new() };
        let tr = self.tr.clone();
        self.start_long(
            op.clone(),
            move |svc, report| {
                // No file yet (a read-only console goes straight to the service, which refuses).
                let data = if path.as_os_str().is_empty() {
                    Vec::new()
                } else {
                    std::fs::read(&path).map_err(|e| {
                        let (path, error) = (path.display().to_string(), e.to_string());
                        Error::io(tr!(tr, "imp-cannot-read", path = &path, error = &error))
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
        .into_iter()
        // The codes' emails in the language chosen, for this import only.
        .map(|job| job.in_letter_lang(letter))
        .collect()
    }

    /// A language's name as the console draws it (the letter's and the emails' language).
    pub(crate) fn language_shown(&self, lang: Lang) -> String {
        crate::tui::present::language_shown(lang, self.tr.lang(), self.bidi)
    }

    fn proceed_with(&mut self, title: String, lines: Vec<ReportLine>, next: Option<LongOp>) {
        self.open(Popup::Proceed(Proceed { report: Report::new(title, lines), next }));
    }

    /// WG13: the dry run's problems, its all-clear with Enter to submit, or what was added.
    fn imported(&mut self, r: BulkReport, op: LongOp) -> Jobs {
        if !r.problems.is_empty() {
            let n = r.problems.len();
            self.error(tr!(self.tr, "say-import-problems", source = &r.source, n = n));
            let mut lines = vec![ReportLine::bad(tr!(self.tr, "imp-rows-checked-problems", rows = r.rows, n = n))];
            for p in &r.problems {
                let at = tr!(self.tr, "imp-line-column", line = p.line as usize, column = &p.column);
                lines.push(ReportLine::bad(format!(
                    "✕ {at}: {}{}",
                    self.tr.text(&p.reason),
                    p.rule.map(|x| format!(" ({x})")).unwrap_or_default()
                )));
            }
            self.proceed_with(tr!(self.tr, "imp-problems-title"), lines, None);
            return Vec::new();
        }
        if r.dry_run {
            let LongOp::Import { path, email, codes_file, letter, .. } = op else { return Vec::new() };
            self.info(tr!(self.tr, "say-import-pass", source = &r.source, rows = r.rows));
            let file = codes_file.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| tr!(self.tr, "none"));
            let mut lines = vec![
                ReportLine::good(format!("✓ {}", tr!(self.tr, "imp-all-pass", rows = r.rows))),
                ReportLine::plain(tr!(self.tr, if email { "imp-email-yes" } else { "imp-email-no" })),
            ];
            if email {
                let label = tr!(self.tr, "field-email-lang");
                lines.push(ReportLine::plain(format!("{label}: {}", self.language_shown(letter))));
            }
            lines.extend([
                ReportLine::plain(tr!(self.tr, "imp-codes-file", file = &file)),
                ReportLine::plain(tr!(self.tr, "imp-enter-submits")),
            ]);
            let next = LongOp::Import { path, dry_run: false, email, codes_file, letter };
            self.proceed_with(tr!(self.tr, "imp-ready-title"), lines, Some(next));
            return Vec::new();
        }
        self.info(tr!(self.tr, "say-imported", source = &r.source, added = r.added, emailed = r.emailed));
        let mut lines = vec![
            ReportLine::good(format!("✓ {}", tr!(self.tr, "imp-added", added = r.added, emailed = r.emailed))),
            ReportLine::plain(match &r.codes_file {
                Some(f) => tr!(self.tr, "imp-codes-file-private", file = f),
                None => tr!(self.tr, "imp-no-codes-file"),
            }),
            ReportLine::plain(self.tr.text(&r.note)),
        ];
        let emailed = format!(" · {}", tr!(self.tr, "imp-emailed"));
        for d in r.devices.iter().take(DEVICES_LISTED) {
            lines.push(ReportLine::plain(format!(
                "{} · {} · {}{}",
                d.device_id.as_deref().unwrap_or("-"),
                d.user,
                d.number.as_deref().unwrap_or("-"),
                if d.emailed { emailed.as_str() } else { "" }
            )));
        }
        if r.devices.len() > DEVICES_LISTED {
            lines.push(ReportLine::plain(tr!(self.tr, "imp-more-devices", n = r.devices.len() - DEVICES_LISTED)));
        }
        self.report(tr!(self.tr, "imp-done-title"), lines);
        self.reload_all()
    }

    /// `p` in the activation details: the letters go to the service, which writes them in
    /// `lang` (and prints them when configured).
    pub(crate) fn letters(&mut self, issued: Box<IssuedCode>, lang: Lang) -> Jobs {
        self.info(tr!(self.tr, "say-writing-letter"));
        let dir = self.letters_dir.clone();
        vec![ask(
            move |svc| svc.devices().write_letters(&issued, &dir).map(Box::new),
            |app, result| app.letters_written(result),
        )
        .in_letter_lang(lang)]
    }

    fn letters_written(&mut self, result: Result<Box<(LetterOutcome, PathBuf)>>) -> Jobs {
        match result {
            Ok(out) => {
                let (letter, text) = *out;
                let printed = match (&letter.printed_with, &letter.print_error) {
                    (Some(cmd), _) => tr!(self.tr, "tui-letter-printed", command = cmd),
                    (None, Some(e)) => tr!(self.tr, "tui-letter-not-printed", error = &self.tr.text(e)),
                    (None, None) => tr!(self.tr, "tui-letter-no-print-command"),
                };
                // The folder once, then the files' names: two whole paths took more than the
                // status line's three rows at 80 columns.
                let pdf = std::path::Path::new(&letter.file);
                let name = |p: &std::path::Path| p.file_name().map(|n| n.to_string_lossy().into_owned());
                let same_stem = pdf.with_extension("txt") == text;
                let said = match (pdf.parent().filter(|d| Some(*d) == text.parent()), name(pdf), name(&text)) {
                    // The text copy beside it, same name: said once (the activation details
                    // give the message two rows at 80x24).
                    (Some(dir), Some(p), Some(_)) if same_stem => tr!(
                        self.tr,
                        "tui-letter-written-same",
                        pdf = &p,
                        dir = &dir.display().to_string(),
                        printed = &printed
                    ),
                    (Some(dir), Some(p), Some(t)) => tr!(
                        self.tr,
                        "tui-letter-written-in",
                        pdf = &p,
                        text = &t,
                        dir = &dir.display().to_string(),
                        printed = &printed
                    ),
                    _ => tr!(
                        self.tr,
                        "tui-letter-written",
                        pdf = &letter.file,
                        text = &text.display().to_string(),
                        printed = &printed
                    ),
                };
                match &letter.not_printed {
                    // Said as an error, so it is not missed: a name on the letter is not whole.
                    Some(not) => self.error(format!("{said}. {}", self.tr.text(not))),
                    None => self.info(said),
                }
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }
}
