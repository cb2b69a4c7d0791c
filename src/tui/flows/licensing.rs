//! Webex Calling licence assignment (AL01-AL06): fixing a work number, directory sync,
//! licence templates (create or change, re-apply with preserve licences, assign by hand one
//! user after another) and the users export. Long runs go to the worker with a cancel flag.

use std::path::PathBuf;

use crate::domain::Result;
use crate::i18n::Tr;
use crate::service::action::Action;
use crate::service::CoveredUser;
use crate::service::{
    CallingOutcome, LicenceTemplateRow, ManualAssignment, ReapplyPreview, ReapplyReport, RunSummary, SyncReport,
    TemplateSpec, UserOutcome, WorkNumberOutcome,
};
use crate::tui::actions::ActionId;
use crate::tui::app::App;
use crate::tui::jobs::{ask, change, read_only, Jobs};
use crate::tui::popups::choice::{Choice, Item, Purpose};
use crate::tui::popups::form::{Answers, Field, Form, FormKind, CONFIRM_WORD};
use crate::tui::popups::progress::LongOp;
use crate::tui::popups::report::ReportLine;
use crate::tui::present::calling_outcome_word;

/// The manual assignment, one covered user after another (AL03).
#[derive(Debug, Clone)]
pub struct ManualFlow {
    pub template: String,
    pub users: Vec<CoveredUser>,
    pub index: usize,
    pub results: Vec<ReportLine>,
}

impl App {
    pub(crate) fn set_work_number(&mut self) -> Jobs {
        let who = match &self.detail {
            Some(d) => {
                d.data.as_ref().map(|x| (x.user.email.clone(), x.user.display_name.clone(), x.user.work_phone.clone()))
            }
            None => self.selected_user_row(),
        };
        let Some((email, name, work)) = who else {
            self.info(tr!(self.tr, "say-select-user-first"));
            return Vec::new();
        };
        if self.read_only {
            return vec![read_only(Action::SetWorkNumber)];
        }
        let none = tr!(self.tr, "none");
        let lines = vec![
            ReportLine::plain(tr!(
                self.tr,
                "lic-work-number-now",
                name = &name,
                email = &email,
                work = work.as_deref().unwrap_or(&none)
            )),
            ReportLine::plain(tr!(self.tr, "lic-work-number-help")),
        ];
        let fields = vec![Field::text(tr!(self.tr, "field-work-number"), work.as_deref().unwrap_or(""))];
        let title = tr!(self.tr, "lic-work-number-title", name = &name);
        let form = Form::new(title, FormKind::WorkNumber { email }, fields, tr!(self.tr, "form-save"));
        self.open_form(form.lines(lines));
        Vec::new()
    }

    /// AL04: the corrected number goes to the service, which checks it.
    pub(crate) fn submit_work_number(&mut self, email: String, a: &Answers) -> Jobs {
        let Some(number) = a.given(0) else { return self.form_says(tr!(self.tr, "lic-type-number-first")) };
        self.info(tr!(self.tr, "say-saving-work-number"));
        vec![change(move |svc| svc.people().set_work_number(&email, &number), |app, o| app.work_number_set(o))]
    }

    /// AL02: the sync runs on the file typed.
    pub(crate) fn submit_sync(&mut self, a: &Answers) -> Jobs {
        let Some(path) = a.given(0) else { return self.form_says(tr!(self.tr, "lic-type-directory-path")) };
        self.popups.pop();
        self.start_sync_file(PathBuf::from(path))
    }

    /// AL02, AL05: the directory sync on `path` (empty: a read-only console asks at once, and
    /// the service refuses).
    fn start_sync_file(&mut self, path: PathBuf) -> Jobs {
        let op = LongOp::Sync { path: path.clone() };
        self.start_long(
            op,
            move |svc, report| {
                let mut dir = crate::outside::directory::CsvFile::new(path);
                svc.licences().directory_sync(&mut dir, &mut |d, t| report(d, t, "users"))
            },
            |app, r| app.synced(r),
        )
    }

    /// AL06: re-applies the template, with preserve licences or the losses confirmed.
    fn start_reapply(&mut self, template: String, preserve: bool, confirmed_losses: Option<usize>) -> Jobs {
        let op = LongOp::Reapply { template: template.clone(), preserve, confirmed_losses };
        self.start_long(
            op,
            move |svc, report| {
                svc.licences().reapply(&template, preserve, confirmed_losses, &mut |d, t| report(d, t, "users"))
            },
            |app, r| app.reapplied(r),
        )
    }

    /// AL06: preserve on, or off with the word (or the count) typed.
    pub(crate) fn submit_reapply(&mut self, preview: &ReapplyPreview, a: &Answers) -> Jobs {
        let preserve = a.on(0).unwrap_or(true);
        let count = preview.will_lose_calling;
        let confirmed_losses = if preserve {
            None
        } else {
            let typed = a.value(1);
            if typed != CONFIRM_WORD && typed != count.to_string() {
                return self.form_says(tr!(self.tr, "lic-reapply-not-confirmed", word = CONFIRM_WORD, n = count));
            }
            Some(count)
        };
        self.popups.pop();
        self.start_reapply(preview.template.clone(), preserve, confirmed_losses)
    }

    /// AL03: the template as typed: a new name creates it, an existing one changes it.
    pub(crate) fn submit_template(&mut self, a: &Answers) -> Jobs {
        let Some(name) = a.given(0) else { return self.form_says(tr!(self.tr, "lic-type-template-name")) };
        let spec = TemplateSpec {
            name,
            group: Some(a.given(1)),
            grants_calling: Some(a.on(2).unwrap_or(false)),
            licences: Some(a.value(3).split(',').map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()),
        };
        self.info(tr!(self.tr, "say-saving-template"));
        vec![change(move |svc| svc.licences().save_template(&spec), |app, (t, created)| app.template_saved(t, created))]
    }

    /// AL01, AL03: this user of the manual assignment, with the location and number typed.
    pub(crate) fn submit_assignment(&mut self, a: &Answers) -> Jobs {
        let Some(flow) = self.flows.manual.as_ref() else {
            self.popups.pop();
            return Vec::new();
        };
        let Some(user) = flow.users.get(flow.index) else { return Vec::new() };
        let assignment = ManualAssignment {
            email: user.email.clone(),
            location: a.given(0),
            number: a.given(1),
            extension: a.given(2),
            line: None,
        };
        let template = flow.template.clone();
        self.info(tr!(self.tr, "say-licensing", email = &user.email));
        vec![change(
            move |svc| svc.licences().assign_to_user(&template, &assignment),
            |app, o| app.template_assigned(Box::new(o)),
        )]
    }

    pub(crate) fn directory_sync(&mut self) -> Jobs {
        if self.read_only {
            return self.start_sync_file(PathBuf::new());
        }
        let lines = vec![ReportLine::plain(tr!(self.tr, "lic-sync-help"))];
        let fields = vec![Field::text(tr!(self.tr, "field-directory-file"), "")];
        let form = Form::new(tr!(self.tr, "lic-sync-form-title"), FormKind::Sync, fields, tr!(self.tr, "lic-sync"));
        self.open_form(form.lines(lines));
        Vec::new()
    }

    pub(crate) fn choose_template(&mut self, purpose: Purpose) -> Jobs {
        if self.read_only {
            return match purpose {
                Purpose::ReapplyTemplate => self.start_reapply(String::new(), true, None),
                _ => vec![read_only(Action::AssignLicenceTemplate)],
            };
        }
        self.flows.template_purpose = Some(purpose);
        self.info(tr!(self.tr, "say-reading-templates"));
        vec![ask(|svc| svc.licences().templates(), |app, result| app.templates_loaded(result))]
    }

    fn templates_loaded(&mut self, result: Result<Vec<LicenceTemplateRow>>) -> Jobs {
        let Some(purpose) = self.flows.template_purpose.take() else { return Vec::new() };
        match result {
            Ok(rows) if rows.is_empty() => {
                let key = self.keymap.label(ActionId::SaveTemplate);
                self.error(tr!(self.tr, "lic-no-templates", key = &key))
            }
            Ok(rows) => self.choose(template_choice(&self.tr, purpose, &rows)),
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    /// A licence template chosen from the list.
    pub(crate) fn template_picked(&mut self, purpose: Purpose, name: String) -> Jobs {
        match purpose {
            Purpose::ReapplyTemplate => {
                self.info(tr!(self.tr, "say-counting-reapply", name = &name));
                vec![ask(
                    move |svc| svc.licences().reapply_preview(&name).map(Box::new),
                    |app, result| app.reapply_previewed(result),
                )]
            }
            _ => {
                self.info(tr!(self.tr, "say-finding-covered", name = &name));
                let asked = name.clone();
                vec![ask(
                    move |svc| svc.licences().users_without_calling(&asked),
                    move |app, result| app.template_users(name, result),
                )]
            }
        }
    }

    fn reapply_previewed(&mut self, result: Result<Box<ReapplyPreview>>) -> Jobs {
        match result {
            Ok(preview) => {
                let tr = &self.tr;
                let (preserving, removing) = (reapply_lines(tr, &preview, true), reapply_lines(tr, &preview, false));
                let title = tr!(tr, "lic-reapply-title", name = &preview.template);
                let fields = vec![Field::switch(tr!(tr, "field-preserve-licences"), true)];
                let submit = tr!(tr, "form-reapply");
                let kind = FormKind::Reapply { preview, preserving: preserving.clone(), removing };
                self.open_form(Form::new(title, kind, fields, submit).lines(preserving));
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    pub(crate) fn save_template(&mut self) -> Jobs {
        if self.read_only {
            return vec![read_only(Action::SaveLicenceTemplate)];
        }
        let key = self.keymap.label(ActionId::ReapplyTemplate);
        let lines = vec![ReportLine::plain(tr!(self.tr, "lic-template-help", key = &key))];
        let fields = vec![
            Field::text(tr!(self.tr, "field-name"), ""),
            Field::text(tr!(self.tr, "field-group"), ""),
            Field::switch(tr!(self.tr, "field-grants-calling"), true),
            // The licences' names are Webex's own words.
            Field::text(tr!(self.tr, "field-other-licences"), "meetings, messaging"),
        ];
        let form =
            Form::new(tr!(self.tr, "lic-template-title"), FormKind::SaveTemplate, fields, tr!(self.tr, "form-save"));
        self.open_form(form.lines(lines));
        Vec::new()
    }

    pub(crate) fn export_users(&mut self) -> Jobs {
        let dir = self.letters_dir.with_file_name("exports");
        self.info(tr!(self.tr, "say-exporting-users"));
        vec![ask(move |svc| svc.licences().export_file(&dir), |app, result| app.users_exported(result))]
    }

    fn users_exported(&mut self, result: Result<(PathBuf, usize)>) -> Jobs {
        match result {
            Ok((path, rows)) => {
                let shown = path.display().to_string();
                self.info(tr!(self.tr, "say-exported-users", n = rows, path = &shown));
                let lines = vec![
                    ReportLine::plain(tr!(self.tr, "lic-export-written", n = rows)),
                    ReportLine::good(shown),
                    ReportLine::plain(tr!(self.tr, "lic-export-readable")),
                ];
                self.report(tr!(self.tr, "lic-export-title"), lines);
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    fn template_users(&mut self, template: String, result: Result<Vec<CoveredUser>>) -> Jobs {
        match result {
            Ok(users) if users.is_empty() => self.info(tr!(self.tr, "say-covers-nobody", name = &template)),
            Ok(users) => {
                self.flows.manual = Some(ManualFlow { template, users, index: 0, results: Vec::new() });
                self.manual_prompt();
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    fn manual_prompt(&mut self) {
        let Some(flow) = self.flows.manual.as_ref() else { return };
        let Some(u) = flow.users.get(flow.index) else { return };
        let none = tr!(self.tr, "none");
        let lines = vec![
            ReportLine::plain(tr!(
                self.tr,
                "lic-manual-user",
                at = flow.index + 1,
                n = flow.users.len(),
                name = &u.display_name,
                email = &u.email,
                work = u.work_phone.as_deref().unwrap_or(&none)
            )),
            ReportLine::plain(tr!(self.tr, "lic-manual-needs")),
        ];
        let number = u.work_phone.clone().filter(|n| n.starts_with('+')).unwrap_or_default();
        let fields = vec![
            Field::text(tr!(self.tr, "field-location"), u.location.as_deref().unwrap_or("")),
            Field::text(tr!(self.tr, "field-number"), &number),
            Field::text(tr!(self.tr, "field-extension"), ""),
        ];
        let submit = tr!(self.tr, "lic-manual-submit", key = &self.keymap.label(ActionId::SkipUser));
        let title = tr!(self.tr, "lic-manual-title", name = &flow.template);
        let form = Form::new(title, FormKind::Assign, fields, submit);
        self.close_forms();
        self.open_form(form.lines(lines));
    }

    /// Ctrl-N in the manual assignment: this user stays as they are.
    pub(crate) fn skip_user(&mut self) -> Jobs {
        if self.flows.manual.is_none() {
            return Vec::new();
        }
        self.next_manual(None)
    }

    /// Records what became of this user (or that it was skipped) and asks about the next one.
    pub(crate) fn next_manual(&mut self, done: Option<&UserOutcome>) -> Jobs {
        let Some(flow) = self.flows.manual.as_mut() else { return Vec::new() };
        let Some(u) = flow.users.get(flow.index) else { return Vec::new() };
        let tr = &self.tr;
        flow.results.push(match done {
            // A 206 from Webex: what it did not apply, never a tick.
            Some(o) if o.partial => {
                let reason = o.reason.as_ref().map(|r| tr.text(r)).unwrap_or_else(|| tr!(tr, "lic-partly-applied"));
                ReportLine::bad(format!("✕ {} · {} · {reason}", o.email, calling_outcome_word(tr, o.calling)))
            }
            Some(o) => ReportLine::good(format!(
                "✓ {} · {} · {}{}",
                o.email,
                calling_outcome_word(tr, o.calling),
                o.location.as_deref().unwrap_or("-"),
                o.number.as_deref().map(|n| format!(" · {n}")).unwrap_or_default()
            )),
            None => ReportLine::plain(format!("– {} · {}", u.email, tr!(tr, "lic-skipped"))),
        });
        flow.index += 1;
        if flow.index < flow.users.len() {
            self.manual_prompt();
            return Vec::new();
        }
        self.close_forms();
        if let Some(flow) = self.flows.manual.take() {
            self.info(tr!(self.tr, "say-manual-done", name = &flow.template));
            self.report(tr!(self.tr, "lic-manual-report-title", name = &flow.template), flow.results);
        }
        Vec::new()
    }

    pub(crate) fn work_number_set(&mut self, o: WorkNumberOutcome) -> Jobs {
        self.close_forms();
        let next = self.tr.text(&o.next);
        self.info(tr!(self.tr, "say-work-number-set", email = &o.email, number = &o.work_phone, next = &next));
        self.reload_all()
    }

    pub(crate) fn template_assigned(&mut self, o: Box<UserOutcome>) -> Jobs {
        let mut out = self.next_manual(Some(&o));
        out.extend(self.reload_all());
        out
    }

    pub(crate) fn template_saved(&mut self, t: LicenceTemplateRow, created: bool) -> Jobs {
        self.close_forms();
        let scope = match &t.group {
            Some(g) => tr!(self.tr, "lic-group", group = g),
            None => tr!(self.tr, "lic-whole-organisation"),
        };
        let said = tr!(
            self.tr,
            if created { "say-template-created" } else { "say-template-changed" },
            name = &t.name,
            scope = &scope,
            calling = &tr!(self.tr, if t.grants_calling { "lic-grants-calling" } else { "lic-no-calling" }),
            n = t.covered_users,
            with = t.covered_with_calling,
            key = &self.keymap.label(ActionId::ReapplyTemplate)
        );
        self.info(said);
        self.reload_all()
    }

    fn synced(&mut self, r: SyncReport) -> Jobs {
        let c = &r.calling;
        let tr = self.tr.clone();
        let what = tr!(tr, "lic-directory-sync");
        match run_words(&tr, &what, &r.run, &r.users) {
            Some(words) => self.info(words),
            None => self.info(tr!(
                tr,
                "say-synced",
                n = r.total,
                provisioned = c.provisioned,
                not_provisioned = c.not_provisioned
            )),
        }
        let mut lines = vec![
            ReportLine::plain(tr!(
                tr,
                "lic-sync-counts",
                source = &r.source,
                n = r.total,
                created = r.created,
                updated = r.updated,
                unchanged = r.unchanged
            )),
            ReportLine::plain(tr!(
                tr,
                "lic-sync-calling",
                provisioned = c.provisioned,
                not_provisioned = c.not_provisioned,
                kept = c.kept,
                not_covered = c.not_covered
            )),
        ];
        lines.extend(outcome_lines(&tr, &r.users));
        let key = self.keymap.label(ActionId::ToggleNotProvisioned);
        lines.push(ReportLine::plain(tr!(tr, "lic-sync-press", key = &key)));
        self.report(tr!(tr, "lic-sync-report-title"), lines);
        self.reload_all()
    }

    fn reapplied(&mut self, r: ReapplyReport) -> Jobs {
        let c = &r.calling;
        let tr = self.tr.clone();
        let what = tr!(tr, "lic-reapply");
        match run_words(&tr, &what, &r.run, &r.users) {
            Some(words) => self.info(words),
            None => self.info(tr!(
                tr,
                "say-reapplied",
                name = &r.template,
                provisioned = c.provisioned,
                not_provisioned = c.not_provisioned,
                removed = c.removed
            )),
        }
        let mut lines = vec![ReportLine::plain(tr!(
            tr,
            if r.preserve { "lic-reapplied-counts-on" } else { "lic-reapplied-counts-off" },
            name = &r.template,
            n = r.covered_users,
            provisioned = c.provisioned,
            not_provisioned = c.not_provisioned,
            kept = c.kept,
            removed = c.removed,
            numbers = r.deleted.numbers
        ))];
        lines.extend(outcome_lines(&tr, &r.users));
        self.report(tr!(tr, "lic-reapplied-title", name = &r.template), lines);
        self.reload_all()
    }
}

/// A run on a real organisation that was cancelled or that Webex did not do whole: what is done
/// and how to go on (the same action again continues where it stopped).
fn run_words(tr: &Tr, what: &str, run: &RunSummary, users: &[UserOutcome]) -> Option<String> {
    let sent = users.iter().filter(|u| u.tracking_id.is_some()).count();
    if run.cancelled {
        let not_sent = users
            .iter()
            .filter(|u| u.tracking_id.is_none() && u.reason.as_deref().is_some_and(|r| r.starts_with("not sent")))
            .count();
        return Some(tr!(tr, "lic-run-cancelled", what = what, sent = sent, not_sent = not_sent));
    }
    (run.failed > 0).then(|| tr!(tr, "lic-run-failed", what = what, sent = sent, failed = run.failed))
}

/// The users not provisioned, each with why and what to do (the first few; the view has all).
fn outcome_lines(tr: &Tr, users: &[UserOutcome]) -> Vec<ReportLine> {
    let missing: Vec<&UserOutcome> = users.iter().filter(|u| u.calling == CallingOutcome::NotProvisioned).collect();
    let not_provisioned = tr!(tr, "outcome-not-provisioned");
    let mut lines: Vec<ReportLine> = missing
        .iter()
        .take(8)
        .map(|u| {
            ReportLine::bad(format!(
                "✕ {}: {}{}",
                u.email,
                u.reason.as_ref().map(|r| tr.text(r)).unwrap_or_else(|| not_provisioned.clone()),
                u.fix.as_ref().map(|f| format!(" → {}", tr.text(f))).unwrap_or_default()
            ))
        })
        .collect();
    if missing.len() > 8 {
        lines.push(ReportLine::bad(tr!(tr, "lic-more-not-provisioned", n = missing.len() - 8)));
    }
    lines
}

/// AL06: what re-applying does, with preserve licences on or off.
fn reapply_lines(tr: &Tr, p: &ReapplyPreview, preserve: bool) -> Vec<ReportLine> {
    let mut lines = vec![ReportLine::plain(tr!(
        tr,
        if p.grants_calling { "lic-reapply-grants" } else { "lic-reapply-does-not-grant" },
        name = &p.template,
        n = p.covered_users,
        to_license = p.to_license
    ))];
    if preserve {
        lines.push(ReportLine::good(tr!(tr, "lic-preserve-on")));
    } else {
        lines.push(ReportLine::bad(tr!(tr, "lic-preserve-off", n = p.will_lose_calling)));
        lines.push(ReportLine::bad(tr.text(&p.warning)));
    }
    lines
}

fn template_choice(tr: &Tr, purpose: Purpose, rows: &[LicenceTemplateRow]) -> Choice {
    let items = rows
        .iter()
        .map(|t| Item {
            // The counts right after the name: at 80 columns the end of the line is cut.
            label: tr!(
                tr,
                "lic-template-item",
                name = &t.name,
                n = t.covered_users,
                with = t.covered_with_calling,
                calling = &tr!(tr, if t.grants_calling { "lic-item-grants" } else { "lic-item-no-calling" }),
                scope = &match &t.group {
                    Some(g) => tr!(tr, "lic-group", group = g),
                    None => tr!(tr, "lic-organisation"),
                }
            ),
            value: t.name.clone(),
        })
        .collect();
    let (title, prompt) = match purpose {
        Purpose::ReapplyTemplate => ("lic-pick-reapply-title", "lic-pick-reapply-prompt"),
        _ => ("lic-pick-assign-title", "lic-pick-assign-prompt"),
    };
    Choice::new(purpose, tr!(tr, title), tr!(tr, prompt), items)
}
