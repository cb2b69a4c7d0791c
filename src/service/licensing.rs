//! Webex Calling automatic licence assignment (AL01-AL06): directory sync, licence templates,
//! manual assignment, who is not provisioned and why, re-applying a template.
//!
//! A user's template is the group template of their department, else the organisation's
//! template (group templates win, as in Control Hub). Long runs report progress through a
//! callback that can cancel; a cancelled run rolls back whole.

use crate::domain::text::csv_cell;
use std::collections::HashMap;

use rusqlite::Connection;
use serde::Serialize;

use super::{Audit, Service};
use crate::domain::licensing::{self as al, CheckFailure, Failure, Template, Usable};
use crate::domain::{licence, Error, Result, E164};
use crate::outside::directory::{Directory, DirectoryEntry};
use crate::store::licensing::{self as ls, CallingData, CallingUser};

/// The rule id of a cancelled run (nothing was changed).
pub const CANCELLED: &str = "cancelled";

/// The column of `user.csv` that says whether a user has Webex Calling Professional (AL04).
pub const VAR_PROFESSIONAL: &str = "Webex Calling VAR Professional";

/// The header of `wxgo users export` (Control Hub's user list export, with the calling columns).
pub const EXPORT_HEADER: [&str; 14] = [
    "First Name",
    "Last Name",
    "Display Name",
    "User ID/Email (Required)",
    "Department",
    "Location",
    "Extension",
    "Phone Number",
    VAR_PROFESSIONAL,
    "Webex Calling VAR Basic",
    "Meetings",
    "Messaging",
    "Webex Calling Status",
    "Webex Calling Reason",
];

/// Progress of a long run: `(done, total)`; returning `false` cancels it (nothing is changed).
pub type Progress<'a> = &'a mut dyn FnMut(usize, usize) -> bool;

/// A licence template to create or change (AL03): for the whole organisation or one directory
/// group, granting Webex Calling Professional or not, and other licences. `None` keeps what the
/// template of that name has (for a new one: the whole organisation, no Calling, nothing else).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TemplateSpec {
    pub name: String,
    /// `Some(None)`: the whole organisation; `Some(Some(group))`: that directory group.
    pub group: Option<Option<String>>,
    pub grants_calling: Option<bool>,
    pub licences: Option<Vec<String>>,
}

/// The other licences a template can grant, as stored.
const TEMPLATE_LICENCES: [&str; 3] = [licence::CALLING_BASIC, licence::MEETINGS, licence::MESSAGING];

/// A licence template with how many users it covers now.
#[derive(Debug, Clone, Serialize)]
pub struct LicenceTemplateRow {
    pub name: String,
    pub scope: al::Scope,
    pub group: Option<String>,
    pub grants_calling: bool,
    pub licences: Vec<String>,
    /// Users whose template this is (a group template wins over the organisation's).
    pub covered_users: usize,
    pub covered_with_calling: usize,
}

/// What happened to one user's Webex Calling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallingOutcome {
    /// Licensed now: Webex Calling Professional with a location and number.
    Provisioned,
    /// Covered by a template that grants Calling, but a check failed (the reason says which).
    NotProvisioned,
    /// Already had Webex Calling: left as it was (AL05, preserve).
    Kept,
    /// Not covered by a template that grants Calling.
    NotCovered,
    /// Calling removed for good (AL06 without preserve).
    Removed,
    /// Manual assignment refused for this user (the reason says why).
    Refused,
}

impl CallingOutcome {
    pub fn label(self) -> &'static str {
        match self {
            CallingOutcome::Provisioned => "provisioned",
            CallingOutcome::NotProvisioned => "not provisioned",
            CallingOutcome::Kept => "kept",
            CallingOutcome::NotCovered => "not covered",
            CallingOutcome::Removed => "Calling removed",
            CallingOutcome::Refused => "refused",
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct UserOutcome {
    pub email: String,
    /// The line of the file the user came from, when there was one.
    pub line: Option<u64>,
    /// `created`, `updated` or `unchanged` (directory sync only).
    pub directory: Option<&'static str>,
    pub calling: CallingOutcome,
    pub template: Option<String>,
    pub location: Option<String>,
    pub number: Option<String>,
    pub check: Option<Failure>,
    pub reason: Option<String>,
    pub fix: Option<String>,
    /// On a real organisation: each licence asked of Webex and whether Webex applied it (a 206
    /// partial answer applies only some).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub licences: Vec<super::api_licences::LicenceResult>,
    /// Webex answered only part of the request (206): never a success.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub partial: bool,
    /// Webex's trackingId(s) of the requests for this user, comma separated.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<String>,
}

impl UserOutcome {
    pub(crate) fn new(email: &str, calling: CallingOutcome, template: Option<&Template>) -> Self {
        UserOutcome {
            email: email.to_string(),
            line: None,
            directory: None,
            calling,
            template: template.map(|t| t.name.clone()),
            location: None,
            number: None,
            check: None,
            reason: None,
            fix: None,
            licences: Vec::new(),
            partial: false,
            tracking_id: None,
        }
    }

    pub(crate) fn failed(mut self, f: &CheckFailure) -> Self {
        self.check = Some(f.failure);
        self.reason = Some(f.reason.clone());
        self.fix = Some(f.failure.fix().to_string());
        self
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Tally {
    pub provisioned: usize,
    pub not_provisioned: usize,
    pub kept: usize,
    pub not_covered: usize,
    pub removed: usize,
    pub refused: usize,
}

impl Tally {
    /// The outcomes counted.
    pub(crate) fn of(users: &[UserOutcome]) -> Tally {
        let mut t = Tally::default();
        for u in users {
            t.count(u.calling);
        }
        t
    }

    pub(crate) fn count(&mut self, outcome: CallingOutcome) {
        match outcome {
            CallingOutcome::Provisioned => self.provisioned += 1,
            CallingOutcome::NotProvisioned => self.not_provisioned += 1,
            CallingOutcome::Kept => self.kept += 1,
            CallingOutcome::NotCovered => self.not_covered += 1,
            CallingOutcome::Removed => self.removed += 1,
            CallingOutcome::Refused => self.refused += 1,
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct SyncReport {
    pub source: String,
    pub total: usize,
    pub created: usize,
    pub updated: usize,
    pub unchanged: usize,
    pub calling: Tally,
    pub users: Vec<UserOutcome>,
    #[serde(flatten)]
    pub run: RunSummary,
}

/// How a run of many Webex requests went (real organisations; on the local backend only
/// `dry_run` is ever set).
#[derive(Debug, Clone, Default, Serialize)]
pub struct RunSummary {
    /// `--dry-run`: every row checked, nothing changed.
    pub dry_run: bool,
    /// Stopped by the admin (Esc, Ctrl-C): the rows answered so far are done; the same command
    /// again continues.
    pub cancelled: bool,
    /// This run continued an earlier one that was killed or cancelled.
    pub resumed: bool,
    /// Rows an earlier attempt of this run had already done.
    pub done_earlier: usize,
    /// Rows Webex refused or answered only in part (each user's `reason` and `licences` say how).
    pub failed: usize,
    /// `--dry-run` on a real organisation: the requests it would send.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub requests: Option<Vec<super::PlannedRequest>>,
}

/// How to run a re-apply, a directory sync or an assignment from a file.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RunOptions {
    /// Check every row, change nothing (and, on a real organisation, list the requests).
    pub dry_run: bool,
    /// One request at a time instead of up to 8.
    pub serial: bool,
}

/// What re-applying a template without "Preserve licences for existing users" would delete.
#[derive(Debug, Clone, Serialize)]
pub struct ReapplyPreview {
    pub template: String,
    pub grants_calling: bool,
    pub covered_users: usize,
    /// Covered users without Webex Calling: the re-apply tries to license them.
    pub to_license: usize,
    /// Users who lose Webex Calling when preserve is off.
    pub will_lose_calling: usize,
    pub losing: Vec<String>,
    /// What is deleted with their Calling, counted.
    pub deletes: CallingData,
    pub warning: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReapplyReport {
    pub template: String,
    pub preserve: bool,
    pub covered_users: usize,
    pub calling: Tally,
    pub deleted: CallingData,
    pub users: Vec<UserOutcome>,
    #[serde(flatten)]
    pub run: RunSummary,
}

/// One user of a manual assignment (AL03): who, and the location and number the admin gives.
#[derive(Debug, Clone, Default)]
pub struct ManualAssignment {
    pub email: String,
    pub location: Option<String>,
    pub number: Option<String>,
    pub extension: Option<String>,
    /// The line of the file, when it came from one.
    pub line: Option<u64>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssignReport {
    pub template: String,
    pub calling: Tally,
    pub users: Vec<UserOutcome>,
    #[serde(flatten)]
    pub run: RunSummary,
}

/// A manual assignment that passed its checks (see [`Service::check_assignment`]).
pub(crate) struct CheckedAssignment {
    pub user: CallingUser,
    pub loc_id: i64,
    pub loc_name: String,
    pub number: Option<Usable>,
    pub extension: Option<String>,
}

/// A user who did not get Webex Calling, the reason recorded, and the fix for the number as it
/// is now (AL04).
#[derive(Debug, Clone, Serialize)]
pub struct NotProvisionedRow {
    pub email: String,
    pub display_name: String,
    pub department: Option<String>,
    pub work_phone: Option<String>,
    pub reason: Option<String>,
    /// The check the work number fails now; `None` when it now passes (re-apply the template).
    pub check: Option<Failure>,
    pub fix: String,
    pub template: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkNumberOutcome {
    pub email: String,
    pub work_phone: String,
    /// AL05: a user with Webex Calling keeps their calling setup; only the record changes.
    pub calling_kept: bool,
    /// What the template's checks say about the new number now.
    pub check: Option<Failure>,
    pub next: String,
}

/// AL06: removing Calling needs the admin to confirm the count of users it hits now (a dry run
/// changes nothing, so it needs no confirmation).
pub(crate) fn al06_unconfirmed(
    preview: &ReapplyPreview,
    preserve: bool,
    confirmed_losses: Option<usize>,
    dry_run: bool,
) -> Option<Error> {
    if preserve || dry_run || confirmed_losses == Some(preview.will_lose_calling) {
        return None;
    }
    let message = match confirmed_losses {
        None => format!("{} Confirm explicitly (CLI: --no-preserve --yes). Nothing was changed.", preview.warning),
        Some(n) => format!(
            "you confirmed that {n} user(s) lose Webex Calling, but {} would now (something changed meanwhile). \
             Review the count again and confirm it. Nothing was changed.",
            preview.will_lose_calling
        ),
    };
    Some(Error::rule("AL06", message))
}

/// Reports progress; an error (and so a full rollback) when the admin cancelled.
fn tick(progress: Progress, done: usize, total: usize) -> Result<()> {
    if progress(done, total) {
        Ok(())
    } else {
        Err(cancelled(done, total))
    }
}

fn cancelled(done: usize, total: usize) -> Error {
    Error::rule(CANCELLED, format!("cancelled after {done} of {total} users: nothing was changed"))
}

pub(crate) fn no_template(name: &str, templates: &[Template]) -> Error {
    let names = templates.iter().map(|t| format!("\"{}\"", t.name)).collect::<Vec<_>>().join(", ");
    Error::NotFound(format!(
        "no licence template \"{}\"; there is: {}. List them with `wxgo licences templates`.",
        name.trim(),
        if names.is_empty() { "none".to_string() } else { names }
    ))
}

pub(crate) fn template_label(t: &Template) -> String {
    match (&t.scope, &t.group) {
        (al::Scope::Group, Some(g)) => format!("\"{}\" (group {g})", t.name),
        _ => format!("\"{}\" (organisation)", t.name),
    }
}

impl Service {
    // ------------------------------------------------------------------ templates

    /// AL03: the licence templates, org-wide or per group, with the users each covers.
    pub fn licence_templates(&self) -> Result<Vec<LicenceTemplateRow>> {
        let templates = ls::templates(&self.conn, self.org.id)?;
        let mut rows: Vec<LicenceTemplateRow> = templates
            .iter()
            .map(|t| LicenceTemplateRow {
                name: t.name.clone(),
                scope: t.scope,
                group: t.group.clone(),
                grants_calling: t.grants_calling,
                licences: t.licences.clone(),
                covered_users: 0,
                covered_with_calling: 0,
            })
            .collect();
        for (department, users, with_calling) in ls::department_counts(&self.conn, self.org.id)? {
            if let Some(t) = al::effective(&templates, department.as_deref()) {
                if let Some(i) = templates.iter().position(|x| x.id == t.id) {
                    rows[i].covered_users += users;
                    rows[i].covered_with_calling += with_calling;
                }
            }
        }
        Ok(rows)
    }

    /// AL03: creates the template, or changes the one of that name. An organisation has one
    /// organisation-wide template and at most one per group; a template that grants Webex
    /// Calling Professional cannot also grant Calling Basic. Users already licensed keep their
    /// licences: a template decides what sync, assignment and re-apply give from now on.
    /// Returns the template as saved and whether it is new.
    pub fn save_licence_template(&mut self, spec: &TemplateSpec) -> Result<(LicenceTemplateRow, bool)> {
        let name = spec.name.trim();
        if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
            return Err(Error::Invalid(format!(
                "\"{}\" is not a template name: give 1 to 80 printable characters",
                spec.name.escape_debug()
            )));
        }
        let group_given = spec.group.as_ref().map(|g| g.as_deref().map(str::trim));
        if group_given.flatten().is_some_and(|g| g.is_empty() || g.chars().any(char::is_control)) {
            return Err(Error::Invalid(
                "the group is empty: give the directory group (department) the template is for, or leave out --group for the whole organisation".into(),
            ));
        }
        let mut licences: Vec<&str> = Vec::new();
        for l in spec.licences.iter().flatten() {
            let l = l.trim().to_ascii_lowercase().replace([' ', '-'], "_");
            let Some(known) = TEMPLATE_LICENCES.iter().find(|k| **k == l) else {
                return Err(Error::Invalid(format!(
                    "\"{l}\" is not a licence a template grants; choose from {} (Webex Calling Professional is --calling)",
                    TEMPLATE_LICENCES.join(", ")
                )));
            };
            if !licences.contains(known) {
                licences.push(*known);
            }
        }
        let name = name.to_string();
        let created = self.act("save licence template", |svc, tx, _| {
            let templates = ls::templates(tx, svc.org.id)?;
            let existing = al::by_name(&templates, &name);
            let group: Option<String> = match group_given {
                Some(g) => g.map(str::to_string),
                None => existing.and_then(|e| e.group.clone()),
            };
            let grants_calling = spec.grants_calling.or(existing.map(|e| e.grants_calling)).unwrap_or(false);
            let licences: Vec<String> = match (&spec.licences, existing) {
                (None, Some(e)) => e.licences.clone(),
                _ => licences.iter().map(|l| l.to_string()).collect(),
            };
            if grants_calling && licences.iter().any(|l| l == licence::CALLING_BASIC) {
                return Err(Error::Invalid(
                    "a template grants Webex Calling Professional (--calling) or Calling Basic, not both".into(),
                ));
            }
            let clash = templates.iter().find(|t| {
                existing.is_none_or(|e| e.id != t.id)
                    && match (&group, t.scope, &t.group) {
                        (None, al::Scope::Org, _) => true,
                        (Some(g), al::Scope::Group, Some(tg)) => g.eq_ignore_ascii_case(tg.trim()),
                        _ => false,
                    }
            });
            if let Some(other) = clash {
                return Err(Error::Invalid(format!(
                    "{} already has {}: change that one (`wxgo licences template-save \"{}\" ...`) or delete it first",
                    svc.org.name,
                    template_label(other),
                    other.name
                )));
            }
            // Found by name in any case: the name stays as it was written first.
            let t = Template {
                id: existing.map(|e| e.id).unwrap_or(0),
                name: existing.map(|e| e.name.clone()).unwrap_or_else(|| name.clone()),
                scope: if group.is_some() { al::Scope::Group } else { al::Scope::Org },
                group: group.clone(),
                grants_calling,
                licences,
            };
            ls::save_template(tx, svc.org.id, &t)?;
            let details = format!(
                "{} {}; {}; other licences: {}",
                if existing.is_some() { "changed" } else { "created" },
                template_label(&t),
                if t.grants_calling { "grants Webex Calling Professional" } else { "no Webex Calling" },
                if t.licences.is_empty() { "none".to_string() } else { t.licences.join(", ") }
            );
            Ok((existing.is_none(), Audit::new(format!("template:{}", t.name), details)))
        })?;
        let row = self
            .licence_templates()?
            .into_iter()
            .find(|t| t.name.eq_ignore_ascii_case(&name))
            .ok_or_else(|| Error::NotFound(format!("the template \"{name}\" was saved but cannot be read back")))?;
        Ok((row, created))
    }

    /// Deletes the template of that name; no user loses a licence (what they hold stays).
    pub fn delete_licence_template(&mut self, name: &str) -> Result<LicenceTemplateRow> {
        // What it covered, for the answer; the template itself is found again in the transaction.
        let covered = self.licence_templates()?;
        self.act("delete licence template", |svc, tx, _| {
            let templates = ls::templates(tx, svc.org.id)?;
            let t = al::by_name(&templates, name).ok_or_else(|| no_template(name, &templates))?;
            ls::delete_template(tx, t.id)?;
            let row = covered.into_iter().find(|r| r.name == t.name).ok_or_else(|| no_template(name, &templates))?;
            let details = format!("deleted {}; users keep their licences", template_label(t));
            Ok((row, Audit::new(format!("template:{}", t.name), details)))
        })
    }

    /// Applies a user's template to them (directory sync and re-apply): licenses a covered user
    /// without Calling when the work number passes AL02, records the reason otherwise, and
    /// removes Calling from users whose template does not grant it only when `preserve` is off.
    fn apply_template_to(
        &self,
        conn: &Connection,
        templates: &[Template],
        u: &CallingUser,
        preserve: bool,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<UserOutcome> {
        let t = al::effective(templates, u.department.as_deref());
        if let Some(t) = t {
            let others: Vec<&str> = t.licences.iter().map(String::as_str).collect();
            ls::add_licences(conn, u.id, &others)?;
        }
        let grants = t.is_some_and(|t| t.grants_calling);
        let outcome = match (grants, u.has_calling) {
            (true, true) => UserOutcome::new(&u.email, CallingOutcome::Kept, t),
            (true, false) => match self.lookup_number(conn, Some(u.id), u.work_phone.as_deref())? {
                Ok(usable) => {
                    ls::provision(conn, u.id, usable.number.location_id, Some(usable.number.id), None, now)?;
                    let mut o = UserOutcome::new(&u.email, CallingOutcome::Provisioned, t);
                    o.location = Some(usable.number.location.clone());
                    o.number = Some(usable.e164.to_string());
                    self.audit_user(
                        conn,
                        &u.email,
                        &format!(
                            "Webex Calling Professional at {} with {} (template {})",
                            usable.number.location,
                            usable.e164,
                            t.map(|t| t.name.as_str()).unwrap_or("-")
                        ),
                        now,
                    )?;
                    o
                }
                Err(f) => {
                    if ls::set_calling_status(conn, u.id, "not_provisioned", Some(&f.reason), now)? {
                        self.audit_user(
                            conn,
                            &u.email,
                            &format!("not provisioned with Webex Calling: {}", f.reason),
                            now,
                        )?;
                    }
                    UserOutcome::new(&u.email, CallingOutcome::NotProvisioned, t).failed(&f)
                }
            },
            (false, true) if !preserve => {
                let gone = ls::remove_calling(conn, u.id, now)?;
                self.audit_user(conn, &u.email, &format!(
                    "Webex Calling removed (template {} does not grant it): {} number(s) back to the pool, {} Webex Go device(s), voicemail settings and calling services deleted",
                    t.map(|t| t.name.as_str()).unwrap_or("none"),
                    gone.numbers,
                    gone.devices
                ), now)?;
                UserOutcome::new(&u.email, CallingOutcome::Removed, t)
            }
            (false, true) => UserOutcome::new(&u.email, CallingOutcome::Kept, t),
            (false, false) => {
                ls::set_calling_status(conn, u.id, "none", None, now)?;
                UserOutcome::new(&u.email, CallingOutcome::NotCovered, t)
            }
        };
        Ok(outcome)
    }

    /// One audit entry on the user, so their detail view shows what licence assignment did.
    pub(crate) fn audit_user(
        &self,
        conn: &Connection,
        email: &str,
        details: &str,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<()> {
        self.write_audit(conn, "licence assignment", &Audit::new(format!("user:{email}"), details), "ok", now)
    }

    // ------------------------------------------------------------------ directory sync (AL02, AL05)

    /// Reads the directory, then creates or updates its users and applies their templates, all
    /// in one transaction. Users covered by a template that grants Calling get Webex Calling
    /// Professional only when their work number passes every AL02 check; a user who already
    /// has Calling keeps their setup when the directory changes the number (AL05).
    pub fn directory_sync(&mut self, directory: &mut dyn Directory, progress: Progress) -> Result<SyncReport> {
        self.directory_sync_with(directory, &RunOptions::default(), progress)
    }

    /// [`Service::directory_sync`] with `--dry-run` (check every row, change nothing) and
    /// `--serial`. On a real organisation it becomes many Webex requests (see `api_licences`).
    pub fn directory_sync_with(
        &mut self,
        directory: &mut dyn Directory,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<SyncReport> {
        if self.is_webex() {
            return self.directory_sync_via_api(directory, opts, progress);
        }
        if !opts.dry_run {
            self.writable("directory sync")?;
        }
        let source = directory.describe();
        let entries = directory.read()?;
        self.act_or_dry("directory sync", opts.dry_run, |svc, tx, now| {
            let templates = ls::templates(tx, svc.org.id)?;
            let total = entries.len();
            let mut report = SyncReport {
                source: source.clone(),
                total,
                created: 0,
                updated: 0,
                unchanged: 0,
                calling: Tally::default(),
                users: Vec::with_capacity(total),
                run: RunSummary { dry_run: opts.dry_run, ..RunSummary::default() },
            };
            tick(&mut *progress, 0, total)?;
            for (i, e) in entries.iter().enumerate() {
                let outcome = svc.sync_one(tx, &templates, e, now)?;
                match outcome.directory {
                    Some("created") => report.created += 1,
                    Some("updated") => report.updated += 1,
                    _ => report.unchanged += 1,
                }
                report.calling.count(outcome.calling);
                report.users.push(outcome);
                tick(&mut *progress, i + 1, total)?;
            }
            let c = &report.calling;
            let details = format!(
                "source {source}; {total} users: {} created, {} updated, {} unchanged; Webex Calling: {} provisioned, {} not provisioned, {} kept, {} not covered",
                report.created, report.updated, report.unchanged, c.provisioned, c.not_provisioned, c.kept, c.not_covered
            );
            Ok((report, Audit::new(format!("org:{}", svc.org.name), details)))
        })
    }

    fn sync_one(
        &self,
        tx: &Connection,
        templates: &[Template],
        e: &DirectoryEntry,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<UserOutcome> {
        // What the directory says, over what is known: a column the file lacks changes nothing,
        // and a blank name never replaces a name.
        let existing = ls::user(tx, self.org.id, &e.email)?;
        let name = match (&e.display_name, &existing) {
            (Some(n), _) => n.clone(),
            (None, Some(u)) => u.display_name.clone(),
            (None, None) => e.name_or_email().to_string(),
        };
        let work_phone = e.work_phone.clone().unwrap_or_else(|| existing.as_ref().and_then(|u| u.work_phone.clone()));
        let department = e.department.clone().unwrap_or_else(|| existing.as_ref().and_then(|u| u.department.clone()));
        let (user, directory) = match existing {
            Some(u) => {
                let changed =
                    ls::update_directory_fields(tx, u.id, &name, work_phone.as_deref(), department.as_deref(), now)?;
                let number_changed = u.work_phone != work_phone;
                if changed && number_changed && u.has_calling {
                    self.audit_user(
                        tx,
                        &u.email,
                        &format!(
                            "directory changed the work number to {}; Webex Calling setup kept (AL05)",
                            work_phone.as_deref().unwrap_or("none")
                        ),
                        now,
                    )?;
                }
                (u, if changed { "updated" } else { "unchanged" })
            }
            None => {
                ls::insert_user(tx, self.org.id, &e.email, &name, work_phone.as_deref(), department.as_deref(), now)?;
                (ls::user(tx, self.org.id, &e.email)?.ok_or_else(|| Error::NotFound(e.email.clone()))?, "created")
            }
        };
        // The template sees the user as the directory now describes them.
        let user = CallingUser { work_phone, department, display_name: name, ..user };
        let mut outcome = self.apply_template_to(tx, templates, &user, true, now)?;
        outcome.line = Some(e.line);
        outcome.directory = Some(directory);
        Ok(outcome)
    }

    // ------------------------------------------------------------------ manual assignment (AL01, AL03)

    /// AL03 for one user: licenses them with the location and number (and/or extension) given,
    /// when the template grants Calling and covers them. Any refusal changes nothing.
    pub fn assign_template_to_user(&mut self, template: &str, a: &ManualAssignment) -> Result<UserOutcome> {
        if self.is_webex() {
            return self.assign_one_via_api(template, a);
        }
        self.act("assign licence template", |svc, tx, now| {
            let templates = ls::templates(tx, svc.org.id)?;
            let t = svc.calling_template(&templates, template)?;
            let outcome = svc.assign_one(tx, &templates, t, a, now)?;
            let details = format!("template {}; {}: {}", t.name, outcome.email, outcome.calling.label());
            Ok((outcome, Audit::new(format!("user:{}", a.email.trim()), details)))
        })
    }

    /// AL03 for many users (a file): each covered user is licensed with the location and number
    /// given for them; a user who is not covered, or whose row fails a check, is reported with
    /// the reason and left unchanged.
    pub fn assign_template(
        &mut self,
        template: &str,
        rows: &[ManualAssignment],
        progress: Progress,
    ) -> Result<AssignReport> {
        self.assign_template_with(template, rows, &RunOptions::default(), progress)
    }

    /// [`Service::assign_template`] with `--dry-run` and `--serial`.
    pub fn assign_template_with(
        &mut self,
        template: &str,
        rows: &[ManualAssignment],
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<AssignReport> {
        if self.is_webex() {
            return self.assign_from_file_via_api(template, rows, opts, progress);
        }
        if !opts.dry_run {
            self.writable("assign licence template")?;
        }
        self.act_or_dry("assign licence template", opts.dry_run, |svc, tx, now| {
            let templates = ls::templates(tx, svc.org.id)?;
            let t = svc.calling_template(&templates, template)?;
            let mut report = AssignReport {
                template: t.name.clone(),
                calling: Tally::default(),
                users: Vec::new(),
                run: RunSummary { dry_run: opts.dry_run, ..RunSummary::default() },
            };
            let total = rows.len();
            tick(&mut *progress, 0, total)?;
            for (i, a) in rows.iter().enumerate() {
                let outcome = match svc.assign_one(tx, &templates, t, a, now) {
                    Ok(o) => o,
                    Err(e @ (Error::Database(_) | Error::Io(_) | Error::ReadOnly(_) | Error::ReadOnlyFor { .. })) => {
                        return Err(e)
                    }
                    Err(e) => {
                        let mut o = UserOutcome::new(a.email.trim(), CallingOutcome::Refused, Some(t));
                        o.line = a.line;
                        o.reason = Some(e.to_string());
                        o
                    }
                };
                report.calling.count(outcome.calling);
                report.users.push(outcome);
                tick(&mut *progress, i + 1, total)?;
            }
            let c = &report.calling;
            let details = format!(
                "template {}; {} users: {} licensed, {} already had Calling, {} refused or not covered",
                t.name,
                total,
                c.provisioned,
                c.kept,
                c.refused + c.not_covered
            );
            Ok((report, Audit::new(format!("licence-template:{}", t.name), details)))
        })
    }

    pub(crate) fn calling_template<'t>(&self, templates: &'t [Template], name: &str) -> Result<&'t Template> {
        let t = al::by_name(templates, name).ok_or_else(|| no_template(name, templates))?;
        if !t.grants_calling {
            return Err(Error::rule(
                "AL03",
                format!("template {} does not grant Webex Calling: nobody is licensed through it", template_label(t)),
            ));
        }
        Ok(t)
    }

    /// Checks every condition first, then writes: a refusal leaves the user as they were.
    fn assign_one(
        &self,
        tx: &Connection,
        templates: &[Template],
        t: &Template,
        a: &ManualAssignment,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<UserOutcome> {
        let c = self.check_assignment(tx, templates, t, a)?;
        let mut outcome = UserOutcome::new(&c.user.email, CallingOutcome::Kept, Some(t));
        outcome.line = a.line;
        if c.user.has_calling {
            outcome.reason = Some(format!("{} already has Webex Calling; nothing changed", c.user.email));
            return Ok(outcome);
        }
        let u = &c.user;
        let others: Vec<&str> = t.licences.iter().map(String::as_str).collect();
        ls::add_licences(tx, u.id, &others)?;
        ls::provision(tx, u.id, c.loc_id, c.number.as_ref().map(|n| n.number.id), c.extension.as_deref(), now)?;
        let shown_number = c.number.as_ref().map(|n| n.e164.to_string());
        self.audit_user(
            tx,
            &u.email,
            &format!(
                "Webex Calling Professional at {}{}{} (template {}, manual)",
                c.loc_name,
                shown_number.as_deref().map(|n| format!(" with {n}")).unwrap_or_default(),
                c.extension.as_deref().map(|e| format!(", extension {e}")).unwrap_or_default(),
                t.name
            ),
            now,
        )?;
        outcome.calling = CallingOutcome::Provisioned;
        outcome.location = Some(c.loc_name);
        outcome.number = shown_number;
        Ok(outcome)
    }

    /// AL01-AL03 for one user of a manual assignment, checked and not written: who, where, which
    /// number and extension. A user who already has Calling passes (nothing is to be done).
    pub(crate) fn check_assignment(
        &self,
        tx: &Connection,
        templates: &[Template],
        t: &Template,
        a: &ManualAssignment,
    ) -> Result<CheckedAssignment> {
        let u = ls::user(tx, self.org.id, &a.email)?.ok_or_else(|| self.no_user(&a.email))?;
        match al::effective(templates, u.department.as_deref()) {
            Some(own) if own.id == t.id => {}
            own => {
                return Err(Error::rule(
                    "AL03",
                    format!(
                        "{} is not covered by {}: {}. Not licensed; edit their licences individually if they need Webex Calling",
                        u.email,
                        template_label(t),
                        match own {
                            Some(own) => format!("their template is {}", template_label(own)),
                            None => "no template covers them".to_string(),
                        }
                    ),
                ))
            }
        }
        if u.has_calling {
            return Ok(CheckedAssignment {
                user: u,
                loc_id: 0,
                loc_name: String::new(),
                number: None,
                extension: None,
            });
        }
        let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        let (location, number, extension) = (given(&a.location), given(&a.number), given(&a.extension));
        al::check_calling_setup(location.as_deref(), extension.as_deref(), number.as_deref()).map_err(|e| match e {
            Error::Rule { rule, message } => Error::rule(rule, format!("{}: {message}", u.email)),
            other => other,
        })?;
        let location = location.unwrap_or_default();
        let (loc_id, loc_name) = ls::location_by_name(tx, self.org.id, &location)?.ok_or_else(|| {
            let names = crate::store::queries::locations(tx, self.org.id)
                .map(|locs| locs.into_iter().map(|l| l.name).collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            Error::NotFound(format!("{}: no location \"{location}\" in {}; there is: {names}", u.email, self.org.name))
        })?;
        let extension = match extension {
            Some(ext) => {
                let ext = al::check_extension(&ext)?;
                if let Some(holder) = ls::extension_holder(tx, loc_id, &ext, u.id)? {
                    return Err(Error::Invalid(format!(
                        "{}: extension {ext} is already {holder}'s in {loc_name}; choose another",
                        u.email
                    )));
                }
                Some(ext)
            }
            None => None,
        };
        let number = match number {
            Some(n) => {
                let usable = match self.lookup_number(tx, Some(u.id), Some(&n))? {
                    Ok(usable) => usable,
                    Err(f) => {
                        return Err(Error::rule("AL02", format!("{}: {}; {}", u.email, f.reason, f.failure.fix())));
                    }
                };
                if usable.number.location_id != loc_id {
                    return Err(Error::rule(
                        "AL02",
                        format!(
                            "{}: {} is provisioned at {}, not {loc_name}: give a number of {loc_name}, or the location {}",
                            u.email, usable.e164, usable.number.location, usable.number.location
                        ),
                    ));
                }
                Some(usable)
            }
            None => None,
        };
        Ok(CheckedAssignment { user: u, loc_id, loc_name, number, extension })
    }

    // ------------------------------------------------------------------ re-apply (AL06)

    /// What re-applying the template would do, counted before anything changes: the console
    /// and the CLI show `will_lose_calling` before asking for confirmation.
    pub fn reapply_preview(&self, template: &str) -> Result<ReapplyPreview> {
        self.preview_at(&self.conn, template)
    }

    pub(crate) fn preview_at(&self, conn: &Connection, template: &str) -> Result<ReapplyPreview> {
        let templates = ls::templates(conn, self.org.id)?;
        let t = al::by_name(&templates, template).ok_or_else(|| no_template(template, &templates))?;
        let mut p = ReapplyPreview {
            template: t.name.clone(),
            grants_calling: t.grants_calling,
            covered_users: 0,
            to_license: 0,
            will_lose_calling: 0,
            losing: Vec::new(),
            deletes: CallingData::default(),
            warning: String::new(),
        };
        for u in covered(&templates, t, ls::all_users(conn, self.org.id)?) {
            p.covered_users += 1;
            match (t.grants_calling, u.has_calling) {
                (true, false) => p.to_license += 1,
                (false, true) => {
                    let d = ls::calling_data(conn, u.id)?;
                    p.deletes.numbers += d.numbers;
                    p.deletes.devices += d.devices;
                    p.deletes.voicemail += d.voicemail;
                    p.deletes.calling_services += d.calling_services;
                    p.will_lose_calling += 1;
                    p.losing.push(u.email);
                }
                _ => {}
            }
        }
        p.warning = format!(
            "Turning off \"Preserve licences for existing users\" removes Webex Calling from {} user(s) whose template does not grant it. \
             Their voicemail settings, number assignments ({} number(s) go back to the unassigned pool) and calling services \
             are deleted for good{}. This cannot be undone.",
            p.will_lose_calling,
            p.deletes.numbers,
            if p.deletes.devices > 0 { format!(", and {} Webex Go device(s) are deleted", p.deletes.devices) } else { String::new() }
        );
        Ok(p)
    }

    /// AL06: licenses every user the template covers who has no Webex Calling yet (their work
    /// number must pass AL02). With `preserve` off it also removes Calling from covered users
    /// the template does not grant it to; that needs `confirmed_losses` equal to the number of
    /// users it hits now (as shown by [`Service::reapply_preview`]), else nothing changes.
    pub fn reapply_template(
        &mut self,
        template: &str,
        preserve: bool,
        confirmed_losses: Option<usize>,
        progress: Progress,
    ) -> Result<ReapplyReport> {
        self.reapply_template_with(template, preserve, confirmed_losses, &RunOptions::default(), progress)
    }

    /// [`Service::reapply_template`] with `--dry-run` (check every user, change nothing; the
    /// confirmation is not needed) and `--serial`. On a real organisation it becomes a
    /// `PATCH /licenses/users` per user it changes (see `api_licences`).
    pub fn reapply_template_with(
        &mut self,
        template: &str,
        preserve: bool,
        confirmed_losses: Option<usize>,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<ReapplyReport> {
        if self.is_webex() {
            return self.reapply_via_api(template, preserve, confirmed_losses, opts, progress);
        }
        if !opts.dry_run {
            self.writable("re-apply licence template")?;
        }
        self.act_or_dry("re-apply licence template", opts.dry_run, |svc, tx, now| {
            let preview = svc.preview_at(tx, template)?;
            if let Some(e) = al06_unconfirmed(&preview, preserve, confirmed_losses, opts.dry_run) {
                return Err(e);
            }
            let templates = ls::templates(tx, svc.org.id)?;
            let t = al::by_name(&templates, template).ok_or_else(|| no_template(template, &templates))?;
            let users: Vec<CallingUser> = covered(&templates, t, ls::all_users(tx, svc.org.id)?).collect();
            let total = users.len();
            let mut report = ReapplyReport {
                template: t.name.clone(),
                preserve,
                covered_users: total,
                calling: Tally::default(),
                deleted: CallingData::default(),
                users: Vec::with_capacity(total),
                run: RunSummary { dry_run: opts.dry_run, ..RunSummary::default() },
            };
            tick(&mut *progress, 0, total)?;
            for (i, u) in users.iter().enumerate() {
                let before = if !preserve && u.has_calling && !t.grants_calling { Some(ls::calling_data(tx, u.id)?) } else { None };
                let outcome = svc.apply_template_to(tx, &templates, u, preserve, now)?;
                if let (Some(d), CallingOutcome::Removed) = (before, outcome.calling) {
                    report.deleted += d;
                }
                report.calling.count(outcome.calling);
                report.users.push(outcome);
                tick(&mut *progress, i + 1, total)?;
            }
            let c = &report.calling;
            let details = format!(
                "template {}; preserve licences {}; {} covered: {} provisioned, {} not provisioned, {} kept, {} lost Webex Calling ({} numbers back to the pool)",
                t.name,
                if preserve { "on" } else { "off" },
                total,
                c.provisioned,
                c.not_provisioned,
                c.kept,
                c.removed,
                report.deleted.numbers
            );
            Ok((report, Audit::new(format!("licence-template:{}", t.name), details)))
        })
    }

    /// A changing action, or with `dry` its check alone: the same work in a transaction that is
    /// rolled back, so every row is checked and nothing changes (nothing is audited either).
    fn act_or_dry<T>(
        &self,
        action: &str,
        dry: bool,
        f: impl FnOnce(&Self, &Connection, chrono::DateTime<chrono::Utc>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        if !dry {
            return self.act(action, f);
        }
        let now = self.now();
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, rusqlite::TransactionBehavior::Deferred)
            .map_err(crate::store::db_error)?;
        let (value, _) = f(self, &tx, now)?;
        drop(tx); // rolled back
        Ok(value)
    }

    // ------------------------------------------------------------------ who is not provisioned (AL04)

    /// AL04: users who did not get Webex Calling, with the recorded reason and the fix for
    /// their work number as it is now.
    pub fn not_provisioned(&self, filter: &str, offset: usize, limit: usize) -> Result<Vec<NotProvisionedRow>> {
        let templates = ls::templates(&self.conn, self.org.id)?;
        let users = ls::not_provisioned(&self.conn, self.org.id, filter.trim(), offset, limit)?;
        let mut rows = Vec::with_capacity(users.len());
        for u in users {
            let template = al::effective(&templates, u.department.as_deref());
            // The reason recorded when the template was applied, else the check as it stands now
            // (a user the template never reached, or whose number was corrected since).
            let (check, live_reason, fix) = match self.lookup_number(&self.conn, Some(u.id), u.work_phone.as_deref())? {
                Err(f) => {
                    let fix = match &f.meant {
                        Some(n) => format!(
                            "set the work number to {n} (W in the console, `wxgo users set-work-number` in a shell), then re-apply the template"
                        ),
                        None => f.failure.fix().to_string(),
                    };
                    (Some(f.failure), f.reason.clone(), fix)
                }
                Ok(_) => (
                    None,
                    "the work number passes every check, but the template was not applied since".to_string(),
                    format!(
                        "re-apply the template (`wxgo licences reapply --template \"{}\"`)",
                        template.map(|t| t.name.as_str()).unwrap_or("NAME")
                    ),
                ),
            };
            rows.push(NotProvisionedRow {
                email: u.email,
                display_name: u.display_name,
                department: u.department,
                work_phone: u.work_phone,
                reason: Some(u.calling_reason.unwrap_or(live_reason)),
                check,
                fix,
                template: template.map(|t| t.name.clone()),
            });
        }
        Ok(rows)
    }

    pub fn not_provisioned_count(&self, filter: &str) -> Result<usize> {
        ls::not_provisioned_count(&self.conn, self.org.id, filter.trim())
    }

    /// AL04: the user list as Control Hub exports it (`user.csv`): the phone number column and
    /// `Webex Calling VAR Professional` TRUE/FALSE. FALSE with a number: the number is unusable;
    /// FALSE without one: no number was given.
    pub fn users_export_csv(&self) -> Result<Vec<u8>> {
        let io = |e: csv::Error| Error::Io(format!("cannot write the CSV: {e}"));
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(EXPORT_HEADER).map_err(io)?;
        let flag = |b: bool| if b { "TRUE" } else { "FALSE" };
        ls::export_rows(&self.conn, self.org.id, |r| {
            let (first, last) = r.display_name.split_once(' ').unwrap_or((r.display_name.as_str(), ""));
            let has = |l: &str| r.licences.iter().any(|x| x == l);
            let pro = has(licence::CALLING_PROFESSIONAL);
            // The directory's work number; a licensed user without one shows their primary number.
            let phone = match (&r.work_phone, pro) {
                (Some(p), _) => p.clone(),
                (None, true) => r.primary_number.clone().unwrap_or_default(),
                (None, false) => String::new(),
            };
            let cells = [
                first,
                last,
                &r.display_name,
                &r.email,
                r.department.as_deref().unwrap_or(""),
                r.location.as_deref().unwrap_or(""),
                r.extension.as_deref().unwrap_or(""),
                &phone,
                flag(pro),
                flag(has(licence::CALLING_BASIC)),
                flag(has(licence::MEETINGS)),
                flag(has(licence::MESSAGING)),
                &r.calling_status,
                r.calling_reason.as_deref().unwrap_or(""),
            ];
            w.write_record(cells.iter().map(|c| csv_cell(c))).map_err(io)
        })?;
        w.into_inner().map_err(|e| Error::Io(format!("cannot write the CSV: {e}")))
    }
}

/// The users whose template is `t`.
pub(crate) fn covered<'a>(
    templates: &'a [Template],
    t: &'a Template,
    users: Vec<CallingUser>,
) -> impl Iterator<Item = CallingUser> + 'a {
    users.into_iter().filter(move |u| al::effective(templates, u.department.as_deref()).is_some_and(|e| e.id == t.id))
}

/// Reads a manual assignment file: columns email, location, number (and optionally extension);
/// a BOM, CRLF and quoted fields are fine. A malformed row names its line and column.
pub fn read_assignments(bytes: &[u8]) -> Result<Vec<ManualAssignment>> {
    let bytes = crate::outside::directory::normalise(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes.as_slice());
    let bad = |e: csv::Error| {
        let line = e.position().map(|p| p.line()).unwrap_or(0);
        Error::Invalid(format!("line {line}: {e}. Nothing was changed; fix the file and try again."))
    };
    let headers = reader.headers().map_err(bad)?.clone();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (i, h) in headers.iter().enumerate() {
        let key: String = h.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
        let col = match key.as_str() {
            "email" | "useridemail" | "useridemailrequired" | "user" => "email",
            "location" => "location",
            "number" | "phonenumber" | "workphonenumber" => "number",
            "extension" => "extension",
            _ => continue,
        };
        index.insert(col, i);
    }
    if !index.contains_key("email") {
        return Err(Error::Invalid(format!(
            "line 1: the header has no email column (it has: {}); expected: email,location,number[,extension]",
            headers.iter().collect::<Vec<_>>().join(", ")
        )));
    }
    let mut out = Vec::new();
    for record in reader.records() {
        let record = record.map_err(bad)?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let line = record.position().map(|p| p.line());
        let field = |name: &str| {
            index.get(name).and_then(|i| record.get(*i)).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
        };
        let email = field("email").ok_or_else(|| {
            Error::Invalid(format!(
                "line {}, column {} (email): the email is empty. Nothing was changed.",
                line.unwrap_or(0),
                index.get("email").map(|i| i + 1).unwrap_or(1)
            ))
        })?;
        out.push(ManualAssignment {
            email,
            location: field("location"),
            number: field("number"),
            extension: field("extension"),
            line,
        });
    }
    Ok(out)
}

impl super::Core {
    pub(crate) fn lookup_number(
        &self,
        conn: &Connection,
        user: Option<i64>,
        raw: Option<&str>,
    ) -> Result<std::result::Result<Usable, CheckFailure>> {
        al::check_work_number(raw, user, (&self.org.name, &self.org.country), |n| {
            ls::inventory_number(conn, self.org.id, n.as_str())
        })
    }

    /// After a work number was recorded: a user without Calling loses the old reason, so the
    /// template can be applied again; a user with Calling keeps their setup (AL05).
    pub(crate) fn work_number_outcome(
        &self,
        tx: &Connection,
        u: &CallingUser,
        old: Option<&str>,
        e164: &E164,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(WorkNumberOutcome, Audit)> {
        if !u.has_calling {
            ls::set_calling_status(tx, u.id, "none", None, now)?;
        }
        let templates = ls::templates(tx, self.org.id)?;
        let template = al::effective(&templates, u.department.as_deref());
        let check = self.lookup_number(tx, Some(u.id), Some(e164.as_str()))?.err();
        let next = match (&check, u.has_calling, template) {
            (_, true, _) => "the user has Webex Calling: their calling setup is kept (AL05)".to_string(),
            (_, false, Some(t)) if !t.grants_calling => {
                format!("their template {} does not grant Webex Calling", template_label(t))
            }
            (_, false, None) => "no licence template covers the user".to_string(),
            (Some(f), false, _) => format!("the number still fails a check: {}; {}", f.reason, f.failure.fix()),
            (None, false, Some(t)) => {
                format!(
                    "the number passes every check: re-apply the template (`wxgo licences reapply --template \"{}\"`)",
                    t.name
                )
            }
        };
        let out = WorkNumberOutcome {
            email: u.email.clone(),
            work_phone: e164.to_string(),
            calling_kept: u.has_calling,
            check: check.map(|f| f.failure),
            next,
        };
        let details = format!("work number {} -> {e164}", old.unwrap_or("none"));
        Ok((out, Audit::new(format!("user:{}", u.email), details)))
    }
}
