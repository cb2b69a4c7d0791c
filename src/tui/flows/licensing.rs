//! Webex Calling licence assignment (AL01-AL06): fixing a work number, directory sync,
//! licence templates (create or change, re-apply with preserve licences, assign by hand one
//! user after another) and the users export. Long runs go to the worker with a cancel flag.

use std::path::PathBuf;

use crate::domain::Result;
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
            self.info("select a user first");
            return Vec::new();
        };
        if self.read_only {
            return vec![read_only(Action::SetWorkNumber)];
        }
        let lines = vec![
            ReportLine::plain(format!("{name} <{email}> · work number now: {}", work.as_deref().unwrap_or("none"))),
            ReportLine::plain(
                "Type the number in E.164 (+, country code, number). It must be provisioned at a location and not \
                 assigned to anyone else (AL02); then re-apply the template.",
            ),
        ];
        let fields = vec![Field::text("Work number", work.as_deref().unwrap_or(""))];
        let form = Form::new(format!("Work number of {name}"), FormKind::WorkNumber { email }, fields, "save");
        self.open_form(form.lines(lines));
        Vec::new()
    }

    /// AL04: the corrected number goes to the service, which checks it.
    pub(crate) fn submit_work_number(&mut self, email: String, a: &Answers) -> Jobs {
        let Some(number) = a.given(0) else { return self.form_says("type the number first") };
        self.info("saving the work number…");
        vec![change(move |svc| svc.people().set_work_number(&email, &number), |app, o| app.work_number_set(o))]
    }

    /// AL02: the sync runs on the file typed.
    pub(crate) fn submit_sync(&mut self, a: &Answers) -> Jobs {
        let Some(path) = a.given(0) else { return self.form_says("type the path of the directory file") };
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
                return self.form_says(format!(
                    "AL06: this cannot be undone. Type {CONFIRM_WORD} (or {count}, the users who lose Webex \
                     Calling) to confirm, or turn preserve licences back on. Nothing was changed."
                ));
            }
            Some(count)
        };
        self.popups.pop();
        self.start_reapply(preview.template.clone(), preserve, confirmed_losses)
    }

    /// AL03: the template as typed: a new name creates it, an existing one changes it.
    pub(crate) fn submit_template(&mut self, a: &Answers) -> Jobs {
        let Some(name) = a.given(0) else { return self.form_says("type the template's name first") };
        let spec = TemplateSpec {
            name,
            group: Some(a.given(1)),
            grants_calling: Some(a.on(2).unwrap_or(false)),
            licences: Some(a.value(3).split(',').map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect()),
        };
        self.info("saving the licence template…");
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
        self.info(format!("licensing {}…", user.email));
        vec![change(
            move |svc| svc.licences().assign_to_user(&template, &assignment),
            |app, o| app.template_assigned(Box::new(o)),
        )]
    }

    pub(crate) fn directory_sync(&mut self) -> Jobs {
        if self.read_only {
            return self.start_sync_file(PathBuf::new());
        }
        let lines = vec![ReportLine::plain(
            "A directory export (CSV: email, display name, work phone number, department). Users are created or \
             updated; covered users get Webex Calling only when their work number passes every check.",
        )];
        let form =
            Form::new("Directory sync (AL02, AL05)", FormKind::Sync, vec![Field::text("Directory file", "")], "sync");
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
        self.info("reading the licence templates…");
        vec![ask(|svc| svc.licences().templates(), |app, result| app.templates_loaded(result))]
    }

    fn templates_loaded(&mut self, result: Result<Vec<LicenceTemplateRow>>) -> Jobs {
        let Some(purpose) = self.flows.template_purpose.take() else { return Vec::new() };
        match result {
            Ok(rows) if rows.is_empty() => self.error(format!(
                "there are no licence templates; add one with {}",
                self.keymap.label(ActionId::SaveTemplate)
            )),
            Ok(rows) => self.choose(template_choice(purpose, &rows)),
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    /// A licence template chosen from the list.
    pub(crate) fn template_picked(&mut self, purpose: Purpose, name: String) -> Jobs {
        match purpose {
            Purpose::ReapplyTemplate => {
                self.info(format!("counting what re-applying \"{name}\" does…"));
                vec![ask(
                    move |svc| svc.licences().reapply_preview(&name).map(Box::new),
                    |app, result| app.reapply_previewed(result),
                )]
            }
            _ => {
                self.info(format!("finding the users \"{name}\" covers without Webex Calling…"));
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
                let (preserving, removing) = (reapply_lines(&preview, true), reapply_lines(&preview, false));
                let title = format!("Re-apply \"{}\" to existing users (AL06)", preview.template);
                let fields = vec![Field::switch("Preserve licences for existing users", true)];
                let kind = FormKind::Reapply { preview, preserving: preserving.clone(), removing };
                self.open_form(Form::new(title, kind, fields, "re-apply").lines(preserving));
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    pub(crate) fn save_template(&mut self) -> Jobs {
        if self.read_only {
            return vec![read_only(Action::SaveLicenceTemplate)];
        }
        let lines = vec![ReportLine::plain(format!(
            "A new name creates a template; an existing name changes that one. One template for the whole \
             organisation, one per directory group (department); a group's template wins for its users. \
             Users keep the licences they hold: re-apply the template ({}) to license the others.",
            self.keymap.label(ActionId::ReapplyTemplate)
        ))];
        let fields = vec![
            Field::text("Name", ""),
            Field::text("Group (empty: whole organisation)", ""),
            Field::switch("Grants Webex Calling Professional", true),
            Field::text("Other licences", "meetings, messaging"),
        ];
        self.open_form(Form::new("Licence template (AL03)", FormKind::SaveTemplate, fields, "save").lines(lines));
        Vec::new()
    }

    pub(crate) fn export_users(&mut self) -> Jobs {
        let dir = self.letters_dir.with_file_name("exports");
        self.info("exporting user.csv…");
        vec![ask(move |svc| svc.licences().export_file(&dir), |app, result| app.users_exported(result))]
    }

    fn users_exported(&mut self, result: Result<(PathBuf, usize)>) -> Jobs {
        match result {
            Ok((path, rows)) => {
                self.info(format!("exported {rows} users to {}", path.display()));
                let lines = vec![
                    ReportLine::plain(format!("{rows} users written as CSV to:")),
                    ReportLine::good(path.display().to_string()),
                    ReportLine::plain(
                        "Readable only by you. Webex Calling VAR Professional FALSE with a phone number: \
                         the number is unusable; FALSE without one: no number was given.",
                    ),
                ];
                self.report("user.csv exported (AL04)", lines);
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    fn template_users(&mut self, template: String, result: Result<Vec<CoveredUser>>) -> Jobs {
        match result {
            Ok(users) if users.is_empty() => {
                self.info(format!("\"{template}\" covers nobody without Webex Calling: nothing to assign"))
            }
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
        let lines = vec![
            ReportLine::plain(format!(
                "User {} of {}: {} <{}> · work number {}",
                flow.index + 1,
                flow.users.len(),
                u.display_name,
                u.email,
                u.work_phone.as_deref().unwrap_or("none")
            )),
            ReportLine::plain(
                "Webex Calling needs a location and an extension and/or a number of that location (AL01).",
            ),
        ];
        let number = u.work_phone.clone().filter(|n| n.starts_with('+')).unwrap_or_default();
        let fields = vec![
            Field::text("Location", u.location.as_deref().unwrap_or("")),
            Field::text("Number", &number),
            Field::text("Extension", ""),
        ];
        let submit = format!("license, then next user · {} skip", self.keymap.label(ActionId::SkipUser));
        let form = Form::new(format!("Assign \"{}\" (AL03)", flow.template), FormKind::Assign, fields, &submit);
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
        flow.results.push(match done {
            // A 206 from Webex: what it did not apply, never a tick.
            Some(o) if o.partial => ReportLine::bad(format!(
                "✕ {} · {} · {}",
                o.email,
                o.calling.label(),
                o.reason.as_deref().unwrap_or("Webex applied only part of it")
            )),
            Some(o) => ReportLine::good(format!(
                "✓ {} · {} · {}{}",
                o.email,
                o.calling.label(),
                o.location.as_deref().unwrap_or("-"),
                o.number.as_deref().map(|n| format!(" · {n}")).unwrap_or_default()
            )),
            None => ReportLine::plain(format!("– {} · skipped, unchanged", u.email)),
        });
        flow.index += 1;
        if flow.index < flow.users.len() {
            self.manual_prompt();
            return Vec::new();
        }
        self.close_forms();
        if let Some(flow) = self.flows.manual.take() {
            self.info(format!("manual assignment of \"{}\" done", flow.template));
            self.report(format!("Assigned \"{}\" (AL03)", flow.template), flow.results);
        }
        Vec::new()
    }

    pub(crate) fn work_number_set(&mut self, o: WorkNumberOutcome) -> Jobs {
        self.close_forms();
        self.info(format!("{}: work number {}; {}", o.email, o.work_phone, o.next));
        self.reload_all()
    }

    pub(crate) fn template_assigned(&mut self, o: Box<UserOutcome>) -> Jobs {
        let mut out = self.next_manual(Some(&o));
        out.extend(self.reload_all());
        out
    }

    pub(crate) fn template_saved(&mut self, t: LicenceTemplateRow, created: bool) -> Jobs {
        self.close_forms();
        self.info(format!(
            "{} \"{}\" ({}): {}; covers {} users, {} with Webex Calling. Re-apply it with {} to license the others.",
            if created { "created" } else { "changed" },
            t.name,
            t.group.as_deref().map(|g| format!("group {g}")).unwrap_or_else(|| "whole organisation".into()),
            if t.grants_calling { "grants Webex Calling" } else { "no Webex Calling" },
            t.covered_users,
            t.covered_with_calling,
            self.keymap.label(ActionId::ReapplyTemplate)
        ));
        self.reload_all()
    }

    fn synced(&mut self, r: SyncReport) -> Jobs {
        let c = &r.calling;
        match run_words("directory sync", &r.run, &r.users) {
            Some(words) => self.info(words),
            None => self.info(format!(
                "synced {} users: {} provisioned, {} not provisioned",
                r.total, c.provisioned, c.not_provisioned
            )),
        }
        let mut lines = vec![
            ReportLine::plain(format!(
                "{}: {} users · {} created · {} updated · {} unchanged",
                r.source, r.total, r.created, r.updated, r.unchanged
            )),
            ReportLine::plain(format!(
                "Webex Calling: {} provisioned · {} not provisioned · {} kept · {} not covered",
                c.provisioned, c.not_provisioned, c.kept, c.not_covered
            )),
        ];
        lines.extend(outcome_lines(&r.users));
        lines.push(ReportLine::plain(format!(
            "Press {} for everyone not provisioned, with the fix.",
            self.keymap.label(ActionId::ToggleNotProvisioned)
        )));
        self.report("Directory sync (AL02)", lines);
        self.reload_all()
    }

    fn reapplied(&mut self, r: ReapplyReport) -> Jobs {
        let c = &r.calling;
        match run_words("re-apply", &r.run, &r.users) {
            Some(words) => self.info(words),
            None => self.info(format!(
                "re-applied \"{}\": {} provisioned, {} not provisioned, {} lost Webex Calling",
                r.template, c.provisioned, c.not_provisioned, c.removed
            )),
        }
        let mut lines = vec![ReportLine::plain(format!(
            "\"{}\" covers {} users; preserve licences {}: {} provisioned · {} not provisioned · {} kept · {} lost Webex Calling ({} numbers back to the pool)",
            r.template,
            r.covered_users,
            if r.preserve { "on" } else { "off" },
            c.provisioned,
            c.not_provisioned,
            c.kept,
            c.removed,
            r.deleted.numbers
        ))];
        lines.extend(outcome_lines(&r.users));
        self.report(format!("Re-applied \"{}\" (AL06)", r.template), lines);
        self.reload_all()
    }
}

/// A run on a real organisation that was cancelled or that Webex did not do whole: what is done
/// and how to go on (the same action again continues where it stopped).
fn run_words(what: &str, run: &RunSummary, users: &[UserOutcome]) -> Option<String> {
    let sent = users.iter().filter(|u| u.tracking_id.is_some()).count();
    if run.cancelled {
        return Some(format!(
            "{what} cancelled: {sent} user(s) done in Webex before it stopped, {} not sent; run it again to continue",
            users
                .iter()
                .filter(|u| u.tracking_id.is_none() && u.reason.as_deref().is_some_and(|r| r.starts_with("not sent")))
                .count()
        ));
    }
    (run.failed > 0).then(|| {
        format!(
            "{what}: {sent} user(s) done in Webex; {} not (or not all) done, each with Webex's words in the report",
            run.failed
        )
    })
}

/// The users not provisioned, each with why and what to do (the first few; the view has all).
fn outcome_lines(users: &[UserOutcome]) -> Vec<ReportLine> {
    let missing: Vec<&UserOutcome> = users.iter().filter(|u| u.calling == CallingOutcome::NotProvisioned).collect();
    let mut lines: Vec<ReportLine> = missing
        .iter()
        .take(8)
        .map(|u| {
            ReportLine::bad(format!(
                "✕ {}: {}{}",
                u.email,
                u.reason.as_deref().unwrap_or("not provisioned"),
                u.fix.as_deref().map(|f| format!(" → {f}")).unwrap_or_default()
            ))
        })
        .collect();
    if missing.len() > 8 {
        lines.push(ReportLine::bad(format!("… and {} more not provisioned", missing.len() - 8)));
    }
    lines
}

/// AL06: what re-applying does, with preserve licences on or off.
fn reapply_lines(p: &ReapplyPreview, preserve: bool) -> Vec<ReportLine> {
    let mut lines = vec![ReportLine::plain(format!(
        "\"{}\" {} Webex Calling and covers {} users; {} of them have no Calling yet and are licensed where their work number passes every check.",
        p.template,
        if p.grants_calling { "grants" } else { "does not grant" },
        p.covered_users,
        p.to_license
    ))];
    if preserve {
        lines.push(ReportLine::good(
            "Preserve licences for existing users: ON. Nobody loses Webex Calling. Space turns it off.",
        ));
    } else {
        lines.push(ReportLine::bad(format!(
            "Preserve licences: OFF. {} user(s) will lose Webex Calling.",
            p.will_lose_calling
        )));
        lines.push(ReportLine::bad(p.warning.clone()));
    }
    lines
}

fn template_choice(purpose: Purpose, rows: &[LicenceTemplateRow]) -> Choice {
    let items = rows
        .iter()
        .map(|t| Item {
            // The counts right after the name: at 80 columns the end of the line is cut.
            label: format!(
                "{} · covers {}, {} with Calling · {} · {}",
                t.name,
                t.covered_users,
                t.covered_with_calling,
                if t.grants_calling { "grants Calling" } else { "no Calling" },
                t.group.as_deref().map(|g| format!("group {g}")).unwrap_or_else(|| "organisation".into()),
            ),
            value: t.name.clone(),
        })
        .collect();
    let (title, prompt) = match purpose {
        Purpose::ReapplyTemplate => {
            ("Re-apply a licence template (AL06)", "Choose the template to re-apply to existing users")
        }
        _ => ("Assign a licence template (AL03)", "Choose the template; you give location and number per user"),
    };
    Choice::new(purpose, title, prompt, items)
}
