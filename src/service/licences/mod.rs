//! Webex Calling automatic licence assignment (AL01-AL06): directory sync, licence templates,
//! manual assignment, who is not provisioned and why, re-applying a template.
//!
//! A user's template is the group template of their department, else the organisation's
//! template (group templates win, as in Control Hub). Long runs report progress through a
//! callback that can cancel; a cancelled run rolls back whole.

mod local;
mod rows;
pub(crate) mod rules;
pub(crate) mod runs;
mod templates;
mod webex;

use std::collections::HashMap;

use serde::Serialize;

use crate::domain::error::Text;
use crate::domain::licensing::{self as al, CheckFailure, Failure, Template};
use crate::domain::text::csv_cell;
use crate::domain::{licence, Error, Result};
use crate::outside::directory::Directory;
use crate::service::action::Action;
use crate::service::backend::Backend;
use crate::service::core::{Allowed, Core};
use crate::store::licensing::{self as ls, CallingData};

pub use templates::CoveredUser;

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
pub(crate) const TEMPLATE_LICENCES: [&str; 3] = [licence::CALLING_BASIC, licence::MEETINGS, licence::MESSAGING];

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
    /// Said in the language where it is shown; its English in `--json`.
    pub reason: Option<Text>,
    pub fix: Option<Text>,
    /// On a real organisation: each licence asked of Webex and whether Webex applied it (a 206
    /// partial answer applies only some).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub licences: Vec<LicenceResult>,
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
        self.fix = Some(f.failure.fix());
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
    pub warning: crate::domain::error::Text,
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

/// A user who did not get Webex Calling, the reason recorded, and the fix for the number as it
/// is now (AL04).
#[derive(Debug, Clone, Serialize)]
pub struct NotProvisionedRow {
    pub email: String,
    pub display_name: String,
    pub department: Option<String>,
    pub work_phone: Option<String>,
    /// Said in the language where it is shown (a recorded reason read back into its message);
    /// its English in `--json`.
    pub reason: Option<Text>,
    /// The check the work number fails now; `None` when it now passes (re-apply the template).
    pub check: Option<Failure>,
    pub fix: Text,
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
    pub next: Text,
}

/// Reads a manual assignment file: columns email, location, number (and optionally extension);
/// a BOM, CRLF and quoted fields are fine. A malformed row names its line and column.
pub fn read_assignments(bytes: &[u8]) -> Result<Vec<ManualAssignment>> {
    let bytes = crate::outside::directory::normalise(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes.as_slice());
    let bad = |e: csv::Error| {
        let line = e.position().map(|p| p.line()).unwrap_or(0);
        Error::invalid(crate::said!("assignments-line", line = line, error = e.to_string()))
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
        return Err(Error::invalid(crate::said!(
            "assignments-no-email-column",
            has = headers.iter().collect::<Vec<_>>().join(", "),
            expected = "email,location,number[,extension]"
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
            Error::invalid(crate::said!(
                "assignments-email-empty",
                line = line.unwrap_or(0),
                column = index.get("email").map(|i| i + 1).unwrap_or(1)
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

/// One licence asked of Webex for a user, and whether Webex applied it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LicenceResult {
    /// wxgo's licence key (`calling_professional`, `meetings`, ...).
    pub licence: String,
    /// `add` or `remove`.
    pub operation: &'static str,
    pub applied: bool,
}

/// How a backend carries out the licence runs. `ok` is `None` for `--dry-run`: every row is
/// checked and nothing changes.
pub(crate) trait LicencesBackend {
    /// AL02, AL05: users from a directory export, and Webex Calling for those whose work number
    /// passes every check.
    fn directory_sync(
        &self,
        cx: &Core,
        ok: Option<Allowed>,
        directory: &mut dyn Directory,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<SyncReport>;

    /// AL01, AL03 for one user, with the location and number the admin gave.
    fn assign_one(&self, cx: &Core, ok: Allowed, template: &str, a: &ManualAssignment) -> Result<UserOutcome>;

    /// AL03 for many users (a file).
    fn assign_from(
        &self,
        cx: &Core,
        ok: Option<Allowed>,
        template: &str,
        rows: &[ManualAssignment],
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<AssignReport>;

    /// AL06.
    #[allow(clippy::too_many_arguments)]
    fn reapply(
        &self,
        cx: &Core,
        ok: Option<Allowed>,
        template: &str,
        preserve: bool,
        confirmed_losses: Option<usize>,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<ReapplyReport>;

    /// AL04: who does not have Webex Calling, and why (see [`Licences::not_provisioned`]).
    fn not_provisioned(&self, cx: &Core, filter: &str, offset: usize, limit: usize) -> Result<Vec<NotProvisionedRow>> {
        not_provisioned_by_template(cx, filter, offset, limit)
    }

    fn not_provisioned_count(&self, cx: &Core, filter: &str) -> Result<usize> {
        ls::not_provisioned_count(&cx.conn, cx.org.id, filter)
    }

    fn none_missing(&self) -> crate::domain::error::Text {
        crate::said!("np-none-missing-templates")
    }
}

/// Licence templates and automatic licence assignment (AL01-AL06): `svc.licences()`.
pub struct Licences<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl Licences<'_> {
    /// The gate's word for a run: none for `--dry-run` (it changes nothing, also read-only).
    fn run_gate(&self, action: Action, dry_run: bool) -> Result<Option<Allowed>> {
        if dry_run {
            return Ok(None);
        }
        self.core.gate(action, self.backend).map(Some)
    }

    /// Reads the directory, then creates or updates its users and applies their templates.
    /// Users covered by a template that grants Calling get Webex Calling Professional only when
    /// their work number passes every AL02 check; a user who already has Calling keeps their
    /// setup when the directory changes the number (AL05). On the local backend one transaction;
    /// on a real organisation a run of Webex requests (see `runs`).
    pub fn directory_sync(&self, directory: &mut dyn Directory, progress: Progress) -> Result<SyncReport> {
        self.directory_sync_with(directory, &RunOptions::default(), progress)
    }

    /// [`Licences::directory_sync`] with `--dry-run` (check every row, change nothing) and `--serial`.
    pub fn directory_sync_with(
        &self,
        directory: &mut dyn Directory,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<SyncReport> {
        let ok = self.run_gate(Action::DirectorySync, opts.dry_run)?;
        self.backend.licences().directory_sync(self.core, ok, directory, opts, progress)
    }

    /// AL03 for one user: licenses them with the location and number (and/or extension) given,
    /// when the template grants Calling and covers them. Any refusal changes nothing.
    pub fn assign_to_user(&self, template: &str, a: &ManualAssignment) -> Result<UserOutcome> {
        let ok = self.core.gate(Action::AssignLicenceTemplate, self.backend)?;
        self.backend.licences().assign_one(self.core, ok, template, a)
    }

    /// AL03 for many users (a file): each covered user is licensed with the location and number
    /// given for them; a user who is not covered, or whose row fails a check, is reported with
    /// the reason and left unchanged.
    pub fn assign(&self, template: &str, rows: &[ManualAssignment], progress: Progress) -> Result<AssignReport> {
        self.assign_with(template, rows, &RunOptions::default(), progress)
    }

    /// [`Licences::assign`] with `--dry-run` and `--serial`.
    pub fn assign_with(
        &self,
        template: &str,
        rows: &[ManualAssignment],
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<AssignReport> {
        let ok = self.run_gate(Action::AssignLicenceTemplate, opts.dry_run)?;
        self.backend.licences().assign_from(self.core, ok, template, rows, opts, progress)
    }

    /// What re-applying the template would do, counted before anything changes: the console
    /// and the CLI show `will_lose_calling` before asking for confirmation.
    pub fn reapply_preview(&self, template: &str) -> Result<ReapplyPreview> {
        rules::preview_at(self.core, &self.core.conn, template)
    }

    /// AL06: licenses every user the template covers who has no Webex Calling yet (their work
    /// number must pass AL02). With `preserve` off it also removes Calling from covered users
    /// the template does not grant it to; that needs `confirmed_losses` equal to the number of
    /// users it hits now (as shown by [`Licences::reapply_preview`]), else nothing changes.
    pub fn reapply(
        &self,
        template: &str,
        preserve: bool,
        confirmed_losses: Option<usize>,
        progress: Progress,
    ) -> Result<ReapplyReport> {
        self.reapply_with(template, preserve, confirmed_losses, &RunOptions::default(), progress)
    }

    /// [`Licences::reapply`] with `--dry-run` (check every user, change nothing; the confirmation
    /// is not needed) and `--serial`.
    pub fn reapply_with(
        &self,
        template: &str,
        preserve: bool,
        confirmed_losses: Option<usize>,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<ReapplyReport> {
        let ok = self.run_gate(Action::ReapplyLicenceTemplate, opts.dry_run)?;
        self.backend.licences().reapply(self.core, ok, template, preserve, confirmed_losses, opts, progress)
    }

    /// AL04: users who did not get Webex Calling, each with why and the fix: on the local
    /// backend those a template granting Calling covers, with the recorded reason and the fix
    /// for their work number as it is now; on a real organisation everyone Webex lists without
    /// a Calling licence, and why, from what Webex gives (licences, location, extension, number).
    pub fn not_provisioned(&self, filter: &str, offset: usize, limit: usize) -> Result<Vec<NotProvisionedRow>> {
        self.backend.licences().not_provisioned(self.core, filter.trim(), offset, limit)
    }

    pub fn not_provisioned_count(&self, filter: &str) -> Result<usize> {
        self.backend.licences().not_provisioned_count(self.core, filter.trim())
    }

    /// What `users list --not-provisioned` says when nobody is listed.
    pub fn none_missing(&self) -> crate::domain::error::Text {
        self.backend.licences().none_missing()
    }

    /// AL04: the user list as Control Hub exports it (`user.csv`): the phone number column and
    /// `Webex Calling VAR Professional` TRUE/FALSE. FALSE with a number: the number is unusable;
    /// FALSE without one: no number was given.
    pub fn export_csv(&self) -> Result<Vec<u8>> {
        let io = |e: csv::Error| Error::io(crate::said!("csv-cannot-write", error = e.to_string()));
        let mut w = csv::Writer::from_writer(Vec::new());
        w.write_record(EXPORT_HEADER).map_err(io)?;
        let flag = |b: bool| if b { "TRUE" } else { "FALSE" };
        ls::export_rows(&self.core.conn, self.core.org.id, |r| {
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
        w.into_inner().map_err(|e| Error::io(crate::said!("csv-cannot-write", error = e.to_string())))
    }

    /// AL04: `users-<UTC time>.csv` in `dir`; the file and how many users it holds.
    pub fn export_file(&self, dir: &std::path::Path) -> Result<(std::path::PathBuf, usize)> {
        let csv = self.export_csv()?;
        let rows = csv.iter().filter(|b| **b == b'\n').count().saturating_sub(1);
        let path = crate::service::delivery::exports::write_export(self.core, dir, "users", &csv)?;
        Ok((path, rows))
    }
}

/// AL04 by template: the users a template granting Calling covers who do not have it, with the
/// recorded reason and the fix for their work number as it is now.
pub(crate) fn not_provisioned_by_template(
    cx: &Core,
    filter: &str,
    offset: usize,
    limit: usize,
) -> Result<Vec<NotProvisionedRow>> {
    let templates = ls::templates(&cx.conn, cx.org.id)?;
    let users = ls::not_provisioned(&cx.conn, cx.org.id, filter.trim(), offset, limit)?;
    let mut rows = Vec::with_capacity(users.len());
    for u in users {
        let template = al::effective(&templates, u.department.as_deref());
        // The reason recorded when the template was applied, else the check as it stands now
        // (a user the template never reached, or whose number was corrected since).
        let (check, fix) = match rules::lookup_number(cx, &cx.conn, Some(u.id), u.work_phone.as_deref())? {
            Err(f) => {
                // A likely meaning is offered only once checked against the inventory and
                // the other users (three users with 231-456-9000 cannot all have it).
                let fix = match (&f.meant, u.work_phone.as_deref()) {
                    (Some(n), Some(raw)) => rules::meant_fix(cx, &cx.conn, &u, raw, n)?,
                    _ => f.failure.fix(),
                };
                (Some(f), fix)
            }
            Ok(_) => (None, rules::reapply_fix(template.map(|t| t.name.as_str()).unwrap_or("NAME"))),
        };
        let reason = match (&u.calling_reason, &check) {
            (Some(recorded), now) => al::recorded_reason(recorded, now.as_ref()),
            (None, Some(f)) => f.reason.clone(),
            (None, None) => crate::said!("reason-passes-not-applied"),
        };
        rows.push(NotProvisionedRow {
            email: u.email,
            display_name: u.display_name,
            department: u.department,
            work_phone: u.work_phone,
            reason: Some(reason),
            check: check.map(|f| f.failure),
            fix,
            template: template.map(|t| t.name.clone()),
        });
    }
    Ok(rows)
}
