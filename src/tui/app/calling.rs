//! Webex Calling licence assignment (AL01-AL06) and getting codes to people (WG13, WG15) in the
//! console: the not-provisioned view, fixing a work number, directory sync, re-applying and
//! manually assigning a template, the users export, bulk import of devices, the PDF letter and
//! the user's recent calls. Long runs go to the worker with a cancel flag; the service decides.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{App, Choice, ChoiceItem, ChoicePurpose, Overlay, ReportLine, Tone};
use crate::domain::Error;
use crate::service::console::CoveredUser;
use crate::service::{
    BulkPhase, LicenceTemplateRow, ManualAssignment, ReapplyPreview, TemplateSpec, UserOutcome, CANCELLED,
};
use crate::tui::actions::ActionId;
use crate::tui::keymap::Key;
use crate::tui::worker::{LongOp, LongOutcome, Mutation, Outcome, PageRows, Pane, Reply, Request};

/// What a typed prompt is for.
#[derive(Debug, Clone)]
pub enum PromptKind {
    /// AL04: the corrected work number of one user.
    WorkNumber { email: String },
    /// AL02: the directory export to sync.
    Sync,
    /// AL06: preserve licences on (default) or off with a typed confirmation.
    Reapply { preview: Box<ReapplyPreview> },
    /// AL01, AL03: location and number of one covered user.
    Assign,
    /// WG13: file, email toggle, codes file.
    Import,
    /// AL03: a licence template's name, group, Calling switch and other licences.
    SaveTemplate,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PromptField {
    pub label: String,
    pub value: String,
    /// An on/off switch (Space or ←/→ flips it) instead of typed text.
    pub toggle: Option<bool>,
}

impl PromptField {
    fn text(label: &str, value: &str) -> Self {
        PromptField { label: label.into(), value: value.into(), toggle: None }
    }

    fn switch(label: &str, on: bool) -> Self {
        PromptField { label: label.into(), value: String::new(), toggle: Some(on) }
    }
}

/// A small form: a few lines saying what will happen, the fields, and the service's last word.
#[derive(Debug, Clone)]
pub struct Prompt {
    pub title: String,
    pub kind: PromptKind,
    pub lines: Vec<ReportLine>,
    pub fields: Vec<PromptField>,
    pub focus: usize,
    pub note: Option<String>,
    /// What Enter does, for the footer.
    pub submit: String,
}

/// The word that confirms deleting Calling data for good (AL06); the count works too.
pub const CONFIRM_WORD: &str = "DELETE";

/// A long run on the worker: what it is, how far it got, and the flag that cancels it.
#[derive(Debug, Clone)]
pub struct LongRun {
    pub op: LongOp,
    pub done: usize,
    pub total: usize,
    pub phase: &'static str,
    pub cancel: Arc<AtomicBool>,
    pub cancelling: bool,
}

/// The manual assignment, one covered user after another (AL03).
#[derive(Debug, Clone)]
pub struct ManualFlow {
    pub template: String,
    pub users: Vec<CoveredUser>,
    pub index: usize,
    pub results: Vec<ReportLine>,
}

/// Rows each user takes in the not-provisioned view: who, why, and the fix over two lines.
pub const NOT_PROVISIONED_ROWS: usize = 4;

impl App {
    /// The Users pane's row for the selected user in either view: (email, name, work phone).
    pub(super) fn selected_user_row(&self) -> Option<(String, String, Option<String>)> {
        let l = self.list(Pane::Users);
        let i = l.local(l.selected)?;
        match &l.rows {
            PageRows::Users(r) => r.get(i).map(|u| (u.email.clone(), u.display_name.clone(), u.work_phone.clone())),
            PageRows::NotProvisioned(r) => {
                r.get(i).map(|u| (u.email.clone(), u.display_name.clone(), u.work_phone.clone()))
            }
            _ => None,
        }
    }

    pub(super) fn toggle_not_provisioned(&mut self) -> Vec<Request> {
        self.not_provisioned = !self.not_provisioned;
        self.info(if self.not_provisioned {
            "showing users without Webex Calling, with the reason and the fix (AL04)"
        } else {
            "showing every user"
        });
        self.restart(Pane::Users)
    }

    // ------------------------------------------------------------------ starting the flows

    pub(super) fn set_work_number(&mut self) -> Vec<Request> {
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
            let mutation = Mutation::SetWorkNumber { email, number: String::new() };
            return vec![Request::Act { mutation, confirmed: false }];
        }
        let lines = vec![
            ReportLine::new(
                format!("{name} <{email}> · work number now: {}", work.as_deref().unwrap_or("none")),
                Tone::Plain,
            ),
            ReportLine::new(
                "Type the number in E.164 (+, country code, number). It must be provisioned at a location and not \
                 assigned to anyone else (AL02); then re-apply the template."
                    .to_string(),
                Tone::Plain,
            ),
        ];
        self.overlays.push(Overlay::Prompt(Prompt {
            title: format!("Work number of {name}"),
            kind: PromptKind::WorkNumber { email },
            lines,
            fields: vec![PromptField::text("Work number", work.as_deref().unwrap_or(""))],
            focus: 0,
            note: None,
            submit: "save".into(),
        }));
        Vec::new()
    }

    pub(super) fn directory_sync(&mut self) -> Vec<Request> {
        if self.read_only {
            return self.start_long(LongOp::Sync { path: PathBuf::new() });
        }
        self.overlays.push(Overlay::Prompt(Prompt {
            title: "Directory sync (AL02, AL05)".into(),
            kind: PromptKind::Sync,
            lines: vec![ReportLine::new(
                "A directory export (CSV: email, display name, work phone number, department). Users are created or \
                 updated; covered users get Webex Calling only when their work number passes every check."
                    .to_string(),
                Tone::Plain,
            )],
            fields: vec![PromptField::text("Directory file", "")],
            focus: 0,
            note: None,
            submit: "sync".into(),
        }));
        Vec::new()
    }

    pub(super) fn choose_template(&mut self, purpose: ChoicePurpose) -> Vec<Request> {
        if self.read_only {
            return match purpose {
                ChoicePurpose::ReapplyTemplate => {
                    self.start_long(LongOp::Reapply { template: String::new(), preserve: true, confirmed_losses: None })
                }
                _ => {
                    let mutation =
                        Mutation::AssignTemplate { template: String::new(), assignment: ManualAssignment::default() };
                    vec![Request::Act { mutation, confirmed: false }]
                }
            };
        }
        self.template_purpose = Some(purpose);
        self.info("reading the licence templates…");
        vec![Request::LicenceTemplates]
    }

    pub(super) fn save_template(&mut self) -> Vec<Request> {
        if self.read_only {
            let mutation = Mutation::SaveTemplate(TemplateSpec::default());
            return vec![Request::Act { mutation, confirmed: false }];
        }
        self.overlays.push(Overlay::Prompt(Prompt {
            title: "Licence template (AL03)".into(),
            kind: PromptKind::SaveTemplate,
            lines: vec![ReportLine::new(
                "A new name creates a template; an existing name changes that one. One template for the whole \
                 organisation, one per directory group (department); a group's template wins for its users. \
                 Users keep the licences they hold: re-apply the template (T) to license the others."
                    .to_string(),
                Tone::Plain,
            )],
            fields: vec![
                PromptField::text("Name", ""),
                PromptField::text("Group (empty: whole organisation)", ""),
                PromptField::switch("Grants Webex Calling Professional", true),
                PromptField::text("Other licences", "meetings, messaging"),
            ],
            focus: 0,
            note: None,
            submit: "save".into(),
        }));
        Vec::new()
    }

    pub(super) fn export_users(&mut self) -> Vec<Request> {
        let dir = self.letters_dir.with_file_name("exports");
        self.info("exporting user.csv…");
        vec![Request::ExportUsers { dir }]
    }

    pub(super) fn import_devices(&mut self) -> Vec<Request> {
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
        let mut lines = vec![ReportLine::new(
            "The CSV template (`wxgo devices template`): one row per device. Every row is checked first (a dry run \
             that changes nothing); then you submit, and either every device is added or none (WG13)."
                .to_string(),
            Tone::Plain,
        )];
        if suppress {
            lines.push(ReportLine::new(
                format!("{org} suppresses emails: hand the codes out from a codes file or letters."),
                Tone::Plain,
            ));
        }
        self.overlays.push(Overlay::Prompt(Prompt {
            title: "Bulk add Webex Go devices (WG13)".into(),
            kind: PromptKind::Import,
            lines,
            fields: vec![
                PromptField::text("Devices CSV file", ""),
                PromptField::switch("Email the codes", !suppress),
                PromptField::text("Codes file (optional)", ""),
            ],
            focus: 0,
            note: None,
            submit: "check every row".into(),
        }));
        Vec::new()
    }

    pub(super) fn toggle_go_calls(&mut self) -> Vec<Request> {
        let Some(d) = self.detail.as_mut() else { return Vec::new() };
        d.go_only = !d.go_only;
        let req = Request::Calls { email: d.email.clone(), webex_go: d.go_only };
        let text = if d.go_only {
            "recent calls: only Webex Go calls (sub client type MOBILE_NETWORK, WG15)"
        } else {
            "recent calls: every call"
        };
        self.info(text);
        vec![req]
    }

    pub(super) fn pdf_letter(&mut self) -> Vec<Request> {
        let Some(issued) = self.activation().map(|a| a.issued.clone()) else { return Vec::new() };
        let org = self.org.as_ref().map(|o| o.name.clone()).unwrap_or_default();
        self.info("writing the activation letter…");
        vec![Request::Letter { issued, org, dir: self.letters_dir.clone() }]
    }

    fn start_long(&mut self, op: LongOp) -> Vec<Request> {
        let cancel = Arc::new(AtomicBool::new(false));
        if !self.read_only {
            self.overlays.push(Overlay::Progress(LongRun {
                op: op.clone(),
                done: 0,
                total: 0,
                phase: "starting",
                cancel: cancel.clone(),
                cancelling: false,
            }));
        }
        vec![Request::Long { op, cancel }]
    }

    // ------------------------------------------------------------------ keys

    pub(super) fn key_prompt(&mut self, key: Key) -> Vec<Request> {
        let Some(Overlay::Prompt(p)) = self.overlays.last_mut() else { return Vec::new() };
        let plain = !key.mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let last = p.fields.len().saturating_sub(1);
        let on_toggle = p.fields.get(p.focus).and_then(|f| f.toggle).is_some();
        match key.code {
            KeyCode::Esc => {
                self.overlays.pop();
                if self.manual.take().is_some() {
                    self.info("manual assignment stopped; the users done so far keep their Calling");
                } else {
                    self.info("cancelled; nothing changed");
                }
                return Vec::new();
            }
            KeyCode::Char('n') if key.mods.contains(KeyModifiers::CONTROL) && self.manual.is_some() => {
                return self.next_manual(None);
            }
            KeyCode::Tab | KeyCode::Down => p.focus = (p.focus + 1).min(last),
            KeyCode::BackTab | KeyCode::Up => p.focus = p.focus.saturating_sub(1),
            KeyCode::Left | KeyCode::Right | KeyCode::Char(' ') if on_toggle => {
                if let Some(f) = p.fields.get_mut(p.focus) {
                    f.toggle = f.toggle.map(|v| !v);
                }
                self.toggled();
            }
            KeyCode::Enter => return self.submit_prompt(),
            KeyCode::Backspace => {
                if let Some(f) = p.fields.get_mut(p.focus).filter(|f| f.toggle.is_none()) {
                    f.value.pop();
                }
            }
            KeyCode::Char(c) if plain => {
                if let Some(f) = p.fields.get_mut(p.focus).filter(|f| f.toggle.is_none()) {
                    if f.value.chars().count() < 1000 {
                        f.value.push(c);
                    }
                }
            }
            _ => {}
        }
        if let Some(Overlay::Prompt(p)) = self.overlays.last_mut() {
            p.note = None;
        }
        Vec::new()
    }

    /// AL06: turning preserve off shows what is deleted for good and asks for the typed word.
    fn toggled(&mut self) {
        let Some(Overlay::Prompt(p)) = self.overlays.last_mut() else { return };
        let PromptKind::Reapply { preview } = &p.kind else { return };
        let preserve = p.fields.first().and_then(|f| f.toggle).unwrap_or(true);
        p.lines = reapply_lines(preview, preserve);
        if preserve {
            p.fields.truncate(1);
            p.submit = "re-apply".into();
        } else if p.fields.len() < 2 {
            p.fields.push(PromptField::text(
                &format!("Type {CONFIRM_WORD} or {} to confirm", preview.will_lose_calling),
                "",
            ));
            p.focus = 1;
            p.submit = "remove Calling for good and re-apply".into();
        }
    }

    fn submit_prompt(&mut self) -> Vec<Request> {
        let Some(Overlay::Prompt(p)) = self.overlays.last_mut() else { return Vec::new() };
        let value = |i: usize| p.fields.get(i).map(|f| f.value.trim().to_string()).unwrap_or_default();
        let blank = |s: &str| (!s.is_empty()).then(|| s.to_string());
        match p.kind.clone() {
            PromptKind::WorkNumber { email } => {
                let number = value(0);
                if number.is_empty() {
                    p.note = Some("type the number first".into());
                    return Vec::new();
                }
                self.info("saving the work number…");
                vec![Request::Act { mutation: Mutation::SetWorkNumber { email, number }, confirmed: true }]
            }
            PromptKind::SaveTemplate => {
                let name = value(0);
                if name.is_empty() {
                    p.note = Some("type the template's name first".into());
                    return Vec::new();
                }
                let spec = TemplateSpec {
                    name,
                    group: Some(blank(&value(1))),
                    grants_calling: Some(p.fields.get(2).and_then(|f| f.toggle).unwrap_or(false)),
                    licences: Some(
                        value(3).split(',').map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect(),
                    ),
                };
                self.info("saving the licence template…");
                vec![Request::Act { mutation: Mutation::SaveTemplate(spec), confirmed: true }]
            }
            PromptKind::Sync => {
                let path = value(0);
                if path.is_empty() {
                    p.note = Some("type the path of the directory file".into());
                    return Vec::new();
                }
                self.overlays.pop();
                self.start_long(LongOp::Sync { path: PathBuf::from(path) })
            }
            PromptKind::Reapply { preview } => {
                let preserve = p.fields.first().and_then(|f| f.toggle).unwrap_or(true);
                let confirmed_losses = if preserve {
                    None
                } else {
                    let typed = value(1);
                    let count = preview.will_lose_calling;
                    if typed != CONFIRM_WORD && typed != count.to_string() {
                        p.note = Some(format!(
                            "AL06: this cannot be undone. Type {CONFIRM_WORD} (or {count}, the users who lose Webex \
                             Calling) to confirm, or turn preserve licences back on. Nothing was changed."
                        ));
                        return Vec::new();
                    }
                    Some(count)
                };
                self.overlays.pop();
                self.start_long(LongOp::Reapply { template: preview.template.clone(), preserve, confirmed_losses })
            }
            PromptKind::Assign => {
                let Some(flow) = self.manual.as_ref() else {
                    self.overlays.pop();
                    return Vec::new();
                };
                let Some(user) = flow.users.get(flow.index) else { return Vec::new() };
                let assignment = ManualAssignment {
                    email: user.email.clone(),
                    location: blank(&value(0)),
                    number: blank(&value(1)),
                    extension: blank(&value(2)),
                    line: None,
                };
                let template = flow.template.clone();
                self.info(format!("licensing {}…", user.email));
                vec![Request::Act { mutation: Mutation::AssignTemplate { template, assignment }, confirmed: true }]
            }
            PromptKind::Import => {
                let path = value(0);
                if path.is_empty() {
                    p.note = Some("type the path of the devices CSV file".into());
                    return Vec::new();
                }
                let email = p.fields.get(1).and_then(|f| f.toggle).unwrap_or(false);
                let codes_file = blank(&value(2)).map(PathBuf::from);
                self.overlays.pop();
                self.start_long(LongOp::Import { path: PathBuf::from(path), dry_run: true, email, codes_file })
            }
        }
    }

    pub(super) fn key_progress(&mut self, key: Key) -> Vec<Request> {
        let Some(Overlay::Progress(run)) = self.overlays.last_mut() else { return Vec::new() };
        if key.code != KeyCode::Esc {
            return Vec::new();
        }
        if run.phase == BulkPhase::Emailing.label() {
            self.info("the devices are added and their codes issued; the emails are going out and cannot be taken back: wait for them");
            return Vec::new();
        }
        run.cancel.store(true, Ordering::SeqCst);
        run.cancelling = true;
        self.info("cancelling: everything done so far is rolled back…");
        Vec::new()
    }

    /// Enter goes on to the next step (submit the import after its dry run); Esc stops.
    pub(super) fn key_proceed(&mut self, key: Key) -> Vec<Request> {
        match key.code {
            KeyCode::Enter | KeyCode::Char('s') => {
                if let Some(Overlay::Proceed { next: Some(op), .. }) = self.overlays.pop() {
                    return self.start_long(op);
                }
                Vec::new()
            }
            KeyCode::Esc | KeyCode::Char('q') => {
                if let Some(Overlay::Proceed { next, .. }) = self.overlays.pop() {
                    if next.is_some() {
                        self.info("not submitted; nothing was added");
                    }
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// A licence template chosen from the list.
    pub(super) fn template_picked(&mut self, purpose: ChoicePurpose, name: String) -> Vec<Request> {
        match purpose {
            ChoicePurpose::ReapplyTemplate => {
                self.info(format!("counting what re-applying \"{name}\" does…"));
                vec![Request::ReapplyPreview(name)]
            }
            _ => {
                self.info(format!("finding the users \"{name}\" covers without Webex Calling…"));
                vec![Request::TemplateUsers(name)]
            }
        }
    }

    // ------------------------------------------------------------------ replies

    pub(super) fn apply_calling(&mut self, reply: Reply) -> Vec<Request> {
        match reply {
            Reply::Progress { done, total, phase } => {
                for o in self.overlays.iter_mut().rev() {
                    if let Overlay::Progress(run) = o {
                        run.done = done;
                        run.total = total;
                        run.phase = phase;
                        break;
                    }
                }
                Vec::new()
            }
            Reply::LongDone(result) => {
                self.overlays.retain(|o| !matches!(o, Overlay::Progress(_)));
                match result {
                    Ok(outcome) => self.long_done(outcome),
                    Err(Error::Rule { rule, message }) if rule == CANCELLED => {
                        // The message says it: "cancelled after/while …: nothing was …".
                        self.info(message);
                        self.reload_all()
                    }
                    Err(e) => {
                        self.error(e.to_string());
                        Vec::new()
                    }
                }
            }
            Reply::LicenceTemplates(result) => {
                let Some(purpose) = self.template_purpose.take() else { return Vec::new() };
                match result {
                    Ok(rows) if rows.is_empty() => self.error("there are no licence templates; add one with K"),
                    Ok(rows) => self.overlays.push(Overlay::Choice(template_choice(purpose, &rows))),
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            Reply::ReapplyPreview(result) => {
                match result {
                    Ok(preview) => {
                        let lines = reapply_lines(&preview, true);
                        self.overlays.push(Overlay::Prompt(Prompt {
                            title: format!("Re-apply \"{}\" to existing users (AL06)", preview.template),
                            kind: PromptKind::Reapply { preview },
                            lines,
                            fields: vec![PromptField::switch("Preserve licences for existing users", true)],
                            focus: 0,
                            note: None,
                            submit: "re-apply".into(),
                        }));
                    }
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            Reply::TemplateUsers { template, result } => {
                match result {
                    Ok(users) if users.is_empty() => {
                        self.info(format!("\"{template}\" covers nobody without Webex Calling: nothing to assign"))
                    }
                    Ok(users) => {
                        self.manual = Some(ManualFlow { template, users, index: 0, results: Vec::new() });
                        self.manual_prompt();
                    }
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            Reply::UsersExported(result) => {
                match result {
                    Ok((path, rows)) => {
                        self.info(format!("exported {rows} users to {}", path.display()));
                        self.overlays.push(Overlay::Report {
                            title: "user.csv exported (AL04)".into(),
                            lines: vec![
                                ReportLine::new(format!("{rows} users written as CSV to:"), Tone::Plain),
                                ReportLine::new(path.display().to_string(), Tone::Good),
                                ReportLine::new(
                                    "Readable only by you. Webex Calling VAR Professional FALSE with a phone number: \
                                     the number is unusable; FALSE without one: no number was given."
                                        .to_string(),
                                    Tone::Plain,
                                ),
                            ],
                        });
                    }
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            Reply::Calls { email, webex_go, result } => {
                if let Some(d) = self.detail.as_mut().filter(|d| d.email == email && d.go_only == webex_go) {
                    d.calls = Some(result.map_err(|e| e.to_string()));
                }
                Vec::new()
            }
            Reply::Letter(result) => {
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
            _ => Vec::new(),
        }
    }

    pub(super) fn applied_calling(&mut self, outcome: Outcome) -> Vec<Request> {
        match outcome {
            Outcome::WorkNumber(o) => {
                self.overlays.retain(|o| !matches!(o, Overlay::Prompt(_)));
                self.info(format!("{}: work number {}; {}", o.email, o.work_phone, o.next));
                self.reload_all()
            }
            Outcome::TemplateAssigned(o) => {
                let mut out = self.next_manual(Some(&o));
                out.extend(self.reload_all());
                out
            }
            Outcome::TemplateSaved(t, created) => {
                self.overlays.retain(|o| !matches!(o, Overlay::Prompt(_)));
                self.info(format!(
                    "{} \"{}\" ({}): {}; covers {} users, {} with Webex Calling. Re-apply it with T to license the others.",
                    if created { "created" } else { "changed" },
                    t.name,
                    t.group.as_deref().map(|g| format!("group {g}")).unwrap_or_else(|| "whole organisation".into()),
                    if t.grants_calling { "grants Webex Calling" } else { "no Webex Calling" },
                    t.covered_users,
                    t.covered_with_calling
                ));
                self.reload_all()
            }
            _ => Vec::new(),
        }
    }

    /// A refusal while a prompt is open goes into the prompt, in the service's words.
    pub(super) fn refused_in_prompt(&mut self, text: &str) -> bool {
        if let Some(Overlay::Prompt(p)) = self.overlays.last_mut() {
            p.note = Some(text.to_string());
            return true;
        }
        false
    }

    fn manual_prompt(&mut self) {
        let Some(flow) = self.manual.as_ref() else { return };
        let Some(u) = flow.users.get(flow.index) else { return };
        let lines = vec![
            ReportLine::new(
                format!(
                    "User {} of {}: {} <{}> · work number {}",
                    flow.index + 1,
                    flow.users.len(),
                    u.display_name,
                    u.email,
                    u.work_phone.as_deref().unwrap_or("none")
                ),
                Tone::Plain,
            ),
            ReportLine::new(
                "Webex Calling needs a location and an extension and/or a number of that location (AL01).".to_string(),
                Tone::Plain,
            ),
        ];
        let number = u.work_phone.clone().filter(|n| n.starts_with('+')).unwrap_or_default();
        let prompt = Prompt {
            title: format!("Assign \"{}\" (AL03)", flow.template),
            kind: PromptKind::Assign,
            lines,
            fields: vec![
                PromptField::text("Location", u.location.as_deref().unwrap_or("")),
                PromptField::text("Number", &number),
                PromptField::text("Extension", ""),
            ],
            focus: 0,
            note: None,
            submit: "license, then next user · ctrl-n skip".into(),
        };
        self.overlays.retain(|o| !matches!(o, Overlay::Prompt(_)));
        self.overlays.push(Overlay::Prompt(prompt));
    }

    /// Records what became of this user (or that it was skipped) and asks about the next one.
    fn next_manual(&mut self, done: Option<&UserOutcome>) -> Vec<Request> {
        let Some(flow) = self.manual.as_mut() else { return Vec::new() };
        let Some(u) = flow.users.get(flow.index) else { return Vec::new() };
        flow.results.push(match done {
            Some(o) => ReportLine::new(
                format!(
                    "✓ {} · {} · {}{}",
                    o.email,
                    o.calling.label(),
                    o.location.as_deref().unwrap_or("-"),
                    o.number.as_deref().map(|n| format!(" · {n}")).unwrap_or_default()
                ),
                Tone::Good,
            ),
            None => ReportLine::new(format!("– {} · skipped, unchanged", u.email), Tone::Plain),
        });
        flow.index += 1;
        if flow.index < flow.users.len() {
            self.manual_prompt();
            return Vec::new();
        }
        self.overlays.retain(|o| !matches!(o, Overlay::Prompt(_)));
        if let Some(flow) = self.manual.take() {
            self.info(format!("manual assignment of \"{}\" done", flow.template));
            self.overlays
                .push(Overlay::Report { title: format!("Assigned \"{}\" (AL03)", flow.template), lines: flow.results });
        }
        Vec::new()
    }

    fn long_done(&mut self, outcome: LongOutcome) -> Vec<Request> {
        match outcome {
            LongOutcome::Synced(r) => {
                let c = &r.calling;
                self.info(format!(
                    "synced {} users: {} provisioned, {} not provisioned",
                    r.total, c.provisioned, c.not_provisioned
                ));
                let mut lines = vec![
                    ReportLine::new(
                        format!(
                            "{}: {} users · {} created · {} updated · {} unchanged",
                            r.source, r.total, r.created, r.updated, r.unchanged
                        ),
                        Tone::Plain,
                    ),
                    ReportLine::new(
                        format!(
                            "Webex Calling: {} provisioned · {} not provisioned · {} kept · {} not covered",
                            c.provisioned, c.not_provisioned, c.kept, c.not_covered
                        ),
                        Tone::Plain,
                    ),
                ];
                lines.extend(outcome_lines(&r.users));
                lines.push(ReportLine::new(
                    format!(
                        "Press {} for everyone not provisioned, with the fix.",
                        self.keymap.label(ActionId::ToggleNotProvisioned)
                    ),
                    Tone::Plain,
                ));
                self.overlays.push(Overlay::Report { title: "Directory sync (AL02)".into(), lines });
                self.reload_all()
            }
            LongOutcome::Reapplied(r) => {
                let c = &r.calling;
                self.info(format!(
                    "re-applied \"{}\": {} provisioned, {} not provisioned, {} lost Webex Calling",
                    r.template, c.provisioned, c.not_provisioned, c.removed
                ));
                let mut lines = vec![ReportLine::new(
                    format!(
                        "\"{}\" covers {} users; preserve licences {}: {} provisioned · {} not provisioned · {} kept · {} lost Webex Calling ({} numbers back to the pool)",
                        r.template,
                        r.covered_users,
                        if r.preserve { "on" } else { "off" },
                        c.provisioned,
                        c.not_provisioned,
                        c.kept,
                        c.removed,
                        r.deleted.numbers
                    ),
                    Tone::Plain,
                )];
                lines.extend(outcome_lines(&r.users));
                self.overlays.push(Overlay::Report { title: format!("Re-applied \"{}\" (AL06)", r.template), lines });
                self.reload_all()
            }
            LongOutcome::Imported(r, op) => {
                if !r.problems.is_empty() {
                    self.error(format!("{}: {} problem(s); nothing was added (WG13)", r.source, r.problems.len()));
                    let mut lines = vec![ReportLine::new(
                        format!(
                            "{} rows checked: {} problem(s), so nothing was added. Fix the file and import it again.",
                            r.rows,
                            r.problems.len()
                        ),
                        Tone::Bad,
                    )];
                    for p in &r.problems {
                        lines.push(ReportLine::new(
                            format!(
                                "✕ line {}, column {}: {}{}",
                                p.line,
                                p.column,
                                p.reason,
                                p.rule.map(|x| format!(" ({x})")).unwrap_or_default()
                            ),
                            Tone::Bad,
                        ));
                    }
                    self.overlays.push(Overlay::Proceed {
                        title: "Bulk add: problems (WG13)".into(),
                        lines,
                        next: None,
                    });
                    return Vec::new();
                }
                if r.dry_run {
                    let LongOp::Import { path, email, codes_file, .. } = op else { return Vec::new() };
                    self.info(format!("{}: all {} rows pass; Enter submits", r.source, r.rows));
                    let lines = vec![
                        ReportLine::new(
                            format!("✓ all {} rows pass every check (dry run: nothing added yet).", r.rows),
                            Tone::Good,
                        ),
                        ReportLine::new(format!("Email the codes: {}", if email { "yes" } else { "no" }), Tone::Plain),
                        ReportLine::new(
                            format!(
                                "Codes file: {}",
                                codes_file.as_ref().map(|p| p.display().to_string()).unwrap_or_else(|| "none".into())
                            ),
                            Tone::Plain,
                        ),
                        ReportLine::new(
                            "Enter submits: every device is added, or none. Esc cancels.".to_string(),
                            Tone::Plain,
                        ),
                    ];
                    let next = LongOp::Import { path, dry_run: false, email, codes_file };
                    self.overlays.push(Overlay::Proceed {
                        title: "Bulk add: ready (WG13)".into(),
                        lines,
                        next: Some(next),
                    });
                    return Vec::new();
                }
                self.info(format!("{}: {} devices added, {} emailed", r.source, r.added, r.emailed));
                let mut lines = vec![
                    ReportLine::new(
                        format!("✓ {} Webex Go devices added · {} codes emailed", r.added, r.emailed),
                        Tone::Good,
                    ),
                    ReportLine::new(
                        match &r.codes_file {
                            Some(f) => format!("Codes file (readable only by you): {f}"),
                            None => "No codes file was asked for.".to_string(),
                        },
                        Tone::Plain,
                    ),
                    ReportLine::new(r.note.clone(), Tone::Plain),
                ];
                for d in r.devices.iter().take(12) {
                    lines.push(ReportLine::new(
                        format!(
                            "{} · {} · {}{}",
                            d.device_id.as_deref().unwrap_or("-"),
                            d.user,
                            d.number.as_deref().unwrap_or("-"),
                            if d.emailed { " · emailed" } else { "" }
                        ),
                        Tone::Plain,
                    ));
                }
                if r.devices.len() > 12 {
                    lines.push(ReportLine::new(
                        format!("… and {} more in the Devices pane", r.devices.len() - 12),
                        Tone::Plain,
                    ));
                }
                self.overlays.push(Overlay::Report { title: "Bulk add done (WG13)".into(), lines });
                self.reload_all()
            }
        }
    }
}

/// The users not provisioned, each with why and what to do (the first few; the view has all).
fn outcome_lines(users: &[UserOutcome]) -> Vec<ReportLine> {
    let missing: Vec<&UserOutcome> =
        users.iter().filter(|u| u.calling == crate::service::CallingOutcome::NotProvisioned).collect();
    let mut lines: Vec<ReportLine> = missing
        .iter()
        .take(8)
        .map(|u| {
            ReportLine::new(
                format!(
                    "✕ {}: {}{}",
                    u.email,
                    u.reason.as_deref().unwrap_or("not provisioned"),
                    u.fix.as_deref().map(|f| format!(" → {f}")).unwrap_or_default()
                ),
                Tone::Bad,
            )
        })
        .collect();
    if missing.len() > 8 {
        lines.push(ReportLine::new(format!("… and {} more not provisioned", missing.len() - 8), Tone::Bad));
    }
    lines
}

fn reapply_lines(p: &ReapplyPreview, preserve: bool) -> Vec<ReportLine> {
    let mut lines = vec![ReportLine::new(
        format!(
            "\"{}\" {} Webex Calling and covers {} users; {} of them have no Calling yet and are licensed where their work number passes every check.",
            p.template,
            if p.grants_calling { "grants" } else { "does not grant" },
            p.covered_users,
            p.to_license
        ),
        Tone::Plain,
    )];
    if preserve {
        lines.push(ReportLine::new(
            "Preserve licences for existing users: ON. Nobody loses Webex Calling. Space turns it off.".to_string(),
            Tone::Good,
        ));
    } else {
        lines.push(ReportLine::new(
            format!("Preserve licences: OFF. {} user(s) will lose Webex Calling.", p.will_lose_calling),
            Tone::Bad,
        ));
        lines.push(ReportLine::new(p.warning.clone(), Tone::Bad));
    }
    lines
}

fn template_choice(purpose: ChoicePurpose, rows: &[LicenceTemplateRow]) -> Choice {
    let items = rows
        .iter()
        .map(|t| ChoiceItem {
            label: format!(
                "{} · {} · {} · covers {} ({} with Calling)",
                t.name,
                t.group.as_deref().map(|g| format!("group {g}")).unwrap_or_else(|| "organisation".into()),
                if t.grants_calling { "grants Calling" } else { "no Calling" },
                t.covered_users,
                t.covered_with_calling
            ),
            value: t.name.clone(),
        })
        .collect();
    let (title, prompt) = match purpose {
        ChoicePurpose::ReapplyTemplate => {
            ("Re-apply a licence template (AL06)", "Choose the template to re-apply to existing users")
        }
        _ => ("Assign a licence template (AL03)", "Choose the template; you give location and number per user"),
    };
    Choice { purpose, title: title.into(), prompt: prompt.into(), items, selected: 0, query: String::new(), seq: 0 }
}
