//! WG13: bulk add of Webex Go devices from the CSV template.
//!
//! Every row is checked first, against the same rules as adding one device (WG01-WG03, one
//! device per user), with the licences and numbers the rows above have taken counted in. Then
//! either every device is added in one transaction, or nothing is and each problem is named by
//! line, column and reason.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use super::{cap_problems, csv_text, header_key, read_csv, CsvSheet};
use crate::domain::code::IssuedCode;
use crate::domain::text::{csv_cell, shorten};
use crate::domain::{Error, Result};
use crate::service::devices::{already_has_device, DevicePlan};
use crate::service::{Audit, Service, SubscriptionRow};
use crate::store::delivery::UserLookup;
use crate::store::queries as q;

mod api;

/// The template's columns before the subscription columns (WG13), as Webex names them.
pub const COLUMNS: [&str; 8] =
    ["Username", "Type", "Extension", "Phone Number", "Device Type", "Model", "MAC Address", "Location"];

/// Whether the activation codes are emailed (WG13: the admin chooses before submitting).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum EmailChoice {
    /// As for a single device: emailed unless the organisation suppresses emails.
    #[default]
    Default,
    /// Emailed; refused up front when the organisation suppresses emails.
    Email,
    /// Not emailed: the admin hands the codes out (codes file, letters).
    NoEmail,
}

#[derive(Debug, Clone, Default)]
pub struct BulkOptions {
    /// The file's name, for messages and the audit trail.
    pub source: String,
    /// Check every row and change nothing.
    pub dry_run: bool,
    pub email: EmailChoice,
    /// Where to write the plain codes (CSV, mode 0600); the only place they are written.
    pub codes_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "snake_case")]
pub enum BulkPhase {
    /// Reading what the file names (its users, their numbers and devices).
    Reading,
    Checking,
    Adding,
    /// Writing the transaction to disk.
    Saving,
    Emailing,
}

impl BulkPhase {
    pub fn label(self) -> &'static str {
        match self {
            BulkPhase::Reading => "reading",
            BulkPhase::Checking => "checking",
            BulkPhase::Adding => "adding",
            BulkPhase::Saving => "saving",
            BulkPhase::Emailing => "emailing",
        }
    }
}

/// Reported while a large file is worked through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BulkProgress {
    pub phase: BulkPhase,
    pub done: usize,
    pub total: usize,
}

/// How often progress is reported, in rows.
const PROGRESS_EVERY: usize = 500;

/// One problem of the file: where it is and what to do about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RowProblem {
    /// The line in the file (the header is line 1).
    pub line: u64,
    pub column: String,
    /// The rule that refused it, when one did (WG01, WG02, WG03).
    pub rule: Option<&'static str>,
    pub reason: String,
}

/// One device of the import (never with its code: that goes only to the codes file or email).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BulkDevice {
    pub line: u64,
    /// `None` in a dry run.
    pub device_id: Option<String>,
    pub user: String,
    pub name: String,
    pub subscription: String,
    pub number: Option<String>,
    /// WG03: the number was assigned as the user's primary number by this import.
    pub number_assigned: bool,
    pub emailed: bool,
    pub email_note: String,
    /// Real organisations: what became of the row (`added`, `failed`, `done_before`, `code_lost`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<&'static str>,
    /// Real organisations: the trackingId of the row's request (to quote to Cisco support).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<String>,
    /// Real organisations: Webex's refusal, or what to do about a lost code.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BulkReport {
    pub source: String,
    /// Rows of devices in the file (not counting the header, blank or `#` rows).
    pub rows: usize,
    pub dry_run: bool,
    /// Devices added: every row, or none.
    pub added: usize,
    /// The first [`super::MAX_PROBLEMS`] problems.
    pub problems: Vec<RowProblem>,
    /// Every problem found, listed or not.
    pub problems_total: usize,
    pub devices: Vec<BulkDevice>,
    pub emailed: usize,
    pub codes_file: Option<String>,
    /// What happened to the codes, in a sentence for the admin.
    pub note: String,
    /// Real organisations, `--dry-run`: the requests the import would send.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requests: Vec<crate::service::PlannedRequest>,
    /// Real organisations: rows Webex refused (the run stays open: the same command again
    /// retries them and nothing else).
    pub failed: usize,
    /// Real organisations: this run continued an earlier one that was stopped.
    pub resumed: bool,
    /// Real organisations: the admin stopped the run; the same command again continues it.
    pub cancelled: bool,
}

impl BulkReport {
    /// The report of a file of `rows` rows before anything was checked.
    fn empty(source: &str, rows: usize, dry_run: bool) -> BulkReport {
        BulkReport {
            source: source.to_string(),
            rows,
            dry_run,
            added: 0,
            problems: Vec::new(),
            problems_total: 0,
            devices: Vec::new(),
            emailed: 0,
            codes_file: None,
            note: String::new(),
            requests: Vec::new(),
            failed: 0,
            resumed: false,
            cancelled: false,
        }
    }
}

/// Where each column is in this file.
#[derive(Default)]
struct Columns {
    user: Option<usize>,
    kind: Option<usize>,
    extension: Option<usize>,
    phone: Option<usize>,
    device_type: Option<usize>,
    model: Option<usize>,
    mac: Option<usize>,
    location: Option<usize>,
    /// (column, subscription id, header as written)
    subs: Vec<(usize, String, String)>,
    names: Vec<String>,
}

impl Columns {
    fn find(header: &[String]) -> (Columns, Vec<RowProblem>) {
        // Header names are repeated in every problem of their column: kept short.
        let names = header.iter().map(|h| shorten(h, 60).into_owned()).collect();
        let mut cols = Columns { names, ..Default::default() };
        let mut problems = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, h) in header.iter().enumerate() {
            let key = header_key(h);
            if key.is_empty() {
                continue;
            }
            if let Some(first) = seen.insert(key.clone(), i) {
                problems.push(RowProblem {
                    line: 1,
                    column: shorten(h, 60).into_owned(),
                    rule: None,
                    reason: format!(
                        "the column \"{}\" appears twice (columns {} and {}); keep one",
                        shorten(h, 60),
                        first + 1,
                        i + 1
                    ),
                });
                continue;
            }
            let slot = match key.as_str() {
                "username" => &mut cols.user,
                "type" => &mut cols.kind,
                "extension" => &mut cols.extension,
                "phonenumber" => &mut cols.phone,
                "devicetype" => &mut cols.device_type,
                "model" => &mut cols.model,
                "macaddress" => &mut cols.mac,
                "location" => &mut cols.location,
                _ => {
                    if let Some(id) = key.strip_prefix("webexgo[").and_then(|r| r.strip_suffix(']')) {
                        // The id as written (ids are compared without regard to case).
                        let open = h.find('[').unwrap_or(0);
                        let close = h.rfind(']').unwrap_or(h.len());
                        let written = h.get(open + 1..close).unwrap_or(id).trim().to_string();
                        cols.subs.push((i, written, h.clone()));
                    }
                    // Other columns (notes a spreadsheet user added) are left alone.
                    continue;
                }
            };
            *slot = Some(i);
        }
        for (slot, name) in
            [(cols.user, "Username"), (cols.kind, "Type"), (cols.device_type, "Device Type"), (cols.model, "Model")]
        {
            if slot.is_none() {
                problems.push(RowProblem {
                    line: 1,
                    column: name.to_string(),
                    rule: None,
                    reason: format!(
                        "the header has no \"{name}\" column. Start from the template: `wxgo devices template > devices.csv`"
                    ),
                });
            }
        }
        if cols.subs.is_empty() {
            problems.push(RowProblem {
                line: 1,
                column: "Webex Go[<subscription id>]".into(),
                rule: Some("WG02"),
                reason: "the header has no Webex Go[<subscription id>] column, so no row chooses the subscription its licence comes from. Start from the template: `wxgo devices template > devices.csv`".into(),
            });
        }
        (cols, problems)
    }

    fn name(&self, i: Option<usize>, default: &str) -> String {
        i.and_then(|i| self.names.get(i)).cloned().unwrap_or_else(|| default.to_string())
    }
}

/// The rows that passed, ready to add, and every problem found.
struct Checked {
    plans: Vec<(u64, DevicePlan)>,
    problems: Vec<RowProblem>,
    /// Problems found beyond the first [`super::MAX_PROBLEMS`], counted, not kept.
    more: usize,
}

/// A refusal from the single-device checks, in the words of the spreadsheet.
fn in_sheet_words(message: &str) -> String {
    message
        .replace("choose one with --number", "write one in the Phone Number column")
        .replace("Leave out --number", "Leave Phone Number empty")
}

/// Turns an error of a check into a problem of the row; an error of the database itself ends
/// the import (it is not the row's fault).
fn row_problem(line: u64, column: &str, e: Error) -> Result<RowProblem> {
    match e {
        Error::Database(_) | Error::Io(_) | Error::ReadOnly(_) | Error::ReadOnlyFor { .. } => Err(e),
        Error::Rule { rule, message } => {
            Ok(RowProblem { line, column: column.to_string(), rule: Some(rule), reason: in_sheet_words(&message) })
        }
        other => {
            Ok(RowProblem { line, column: column.to_string(), rule: None, reason: in_sheet_words(&other.to_string()) })
        }
    }
}

fn is_true(v: &str) -> Option<bool> {
    match v.trim().to_ascii_uppercase().as_str() {
        "TRUE" | "YES" | "1" | "X" => Some(true),
        "FALSE" | "NO" | "0" | "" => Some(false),
        _ => None,
    }
}

impl Service {
    /// WG13: the CSV template, with one `Webex Go[<subscription id>]` column per subscription
    /// that has Webex Go licences, and an example row that starts with `#` (shown in every
    /// spreadsheet, skipped on import).
    pub fn devices_template(&self) -> Result<String> {
        let subs = self.subscriptions()?;
        if subs.is_empty() {
            return Err(Error::rule(
                "WG02",
                format!("{} has no subscription with Webex Go licences, so no device can be added.", self.org.name),
            ));
        }
        let location = self
            .locations()?
            .into_iter()
            .find(|l| self.org.go_countries.iter().any(|c| c.eq_ignore_ascii_case(&l.country)))
            .map(|l| l.name)
            .unwrap_or_default();
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
        let mut header: Vec<String> = COLUMNS.iter().map(|c| c.to_string()).collect();
        header.extend(subs.iter().map(|s| format!("Webex Go[{}]", s.id)));
        let mut example: Vec<String> = vec![
            "# jane.doe@example.com (example: delete this row or leave it; rows starting with # are skipped)".into(),
            "USER".into(),
            String::new(),
            String::new(),
            "WEBEX_CALLING".into(),
            "Webex Go Device".into(),
            String::new(),
            location,
        ];
        example.extend(subs.iter().enumerate().map(|(i, _)| if i == 0 { "TRUE" } else { "FALSE" }.to_string()));
        let io = |e: csv::Error| Error::Io(format!("cannot write the template: {e}"));
        w.write_record(&header).map_err(io)?;
        w.write_record(&example).map_err(io)?;
        let bytes = w.into_inner().map_err(|e| Error::Io(format!("cannot write the template: {e}")))?;
        String::from_utf8(bytes).map_err(|e| Error::Io(format!("cannot write the template: {e}")))
    }

    /// WG13: adds a Webex Go device for every row of the file, in one transaction, or none and
    /// says why. `progress` is called as the work goes on (every few hundred rows); returning
    /// `false` from it before the devices are saved cancels the import, which then adds nothing
    /// (once saved, the emails go on: a code already issued is not taken back).
    pub fn import_devices(
        &mut self,
        data: &[u8],
        opts: &BulkOptions,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
    ) -> Result<BulkReport> {
        let source = if opts.source.is_empty() { "the file".to_string() } else { opts.source.clone() };
        if opts.email == EmailChoice::Email && self.org.suppress_emails {
            return Err(Error::rule(
                "WG04",
                format!(
                    "{} suppresses emails, so the codes cannot be emailed. Import with --no-email and \
                     --codes-file FILE to hand the codes out yourself (or print letters).",
                    self.org.name
                ),
            ));
        }
        if self.is_webex() {
            return self.import_devices_via_api(data, opts, crate::service::RUN_WIDTH, &|| false, progress);
        }
        if !opts.dry_run && self.read_only {
            return Err(Error::ReadOnly("bulk add Webex Go devices".into()));
        }
        let sheet = load_sheet(data, &source)?;
        let mut report = BulkReport::empty(&source, sheet.rows.len(), opts.dry_run);

        if opts.dry_run {
            // A read transaction: every row is checked against one consistent state.
            let tx = self.conn.unchecked_transaction().map_err(crate::store::db_error)?;
            let checked = self.check_sheet(&tx, &sheet, progress, &Default::default())?;
            drop(tx);
            report.problems_total = checked.problems.len() + checked.more;
            report.problems = checked.problems;
            if report.problems.is_empty() {
                report.devices = checked
                    .plans
                    .iter()
                    .map(|(line, plan)| BulkDevice {
                        line: *line,
                        device_id: None,
                        user: plan.user.email.clone(),
                        name: plan.user.display_name.clone(),
                        subscription: plan.subscription.clone(),
                        number: plan
                            .number
                            .as_ref()
                            .map(|n| n.number.clone())
                            .or_else(|| plan.user.primary_number.clone()),
                        number_assigned: plan.number.is_some(),
                        emailed: false,
                        email_note: String::new(),
                        state: None,
                        tracking_id: None,
                        error: None,
                    })
                    .collect();
                report.note = format!("Dry run: all {} rows can be added; nothing was changed.", report.rows);
            } else {
                report.note = format!("Dry run: {} problem(s); nothing was changed.", report.problems_total);
            }
            return Ok(report);
        }

        // The codes file is started before anything is added (so a path that cannot be written
        // stops the import at once) and put in place, synced, before the devices are saved: the
        // codes exist nowhere else, so the import counts only once they are on disk. Should the
        // save then fail, the file is removed again.
        let mut codes_sink = match &opts.codes_file {
            Some(path) => Some(start_codes_file(self, path)?),
            None => None,
        };
        let mut codes_written = false;
        let mut problems = Vec::new();
        let mut more = 0;
        let wanted_email = opts.email != EmailChoice::NoEmail;
        let emailing = wanted_email && !self.org.suppress_emails;
        let mut queued: Vec<PathBuf> = Vec::new();
        // A bulk import touches many index pages: a larger page cache for its duration.
        let cache = crate::store::delivery::set_cache_mib(&self.conn, 64)?;
        let added = self.act_delivered(
            "bulk add Webex Go devices",
            |svc, tx, now| {
                let checked = svc.check_sheet(tx, &sheet, progress, &Default::default())?;
                if !checked.problems.is_empty() {
                    problems = checked.problems;
                    more = checked.more;
                    return Err(Error::Invalid(format!(
                        "{} problem(s) in {source}; nothing was added",
                        problems.len() + more
                    )));
                }
                crate::outside::crash_point("import-checked");
                let added = svc.add_planned(tx, &checked.plans, &source, now, progress)?;
                crate::outside::crash_point("import-added");
                let total = checked.plans.len();
                tick(progress, BulkPhase::Saving, total, total)?;
                Ok(added)
            },
            &mut |svc, added: &Vec<Added>| {
                if let (Some(sink), Some(path)) = (codes_sink.take(), &opts.codes_file) {
                    let issued: Vec<&IssuedCode> = added.iter().map(|a| &a.issued).collect();
                    write_codes(sink, &issued, path)?;
                    codes_written = true;
                    crate::outside::crash_point("import-codes-written");
                }
                if emailing {
                    // Into the mail queue (synced files) before the save, so a code to be
                    // emailed is on disk once its device is; sent by SMTP after the save.
                    let outbox = crate::service::delivery::queue_outbox(svc);
                    for a in added {
                        let path = outbox
                            .queue(&crate::service::devices::activation_mail(&svc.org, &a.issued), svc.now())
                            .map_err(|e| Error::Io(format!("the activation emails could not be queued ({e})")))?;
                        queued.push(path);
                    }
                    crate::outside::crash_point("import-mail-queued");
                }
                Ok(())
            },
        );
        crate::store::delivery::restore_cache(&self.conn, cache);
        let added = match added {
            Ok(v) => v,
            Err(e) => {
                if let (Some(path), true) = (&opts.codes_file, codes_written) {
                    // The codes in it were never saved: they would not activate a phone.
                    let _ = std::fs::remove_file(path);
                }
                for path in &queued {
                    let _ = std::fs::remove_file(path);
                }
                if problems.is_empty() {
                    return Err(e);
                }
                let _ = self.audit_alone(
                    "bulk add Webex Go devices",
                    &Audit::new(
                        format!("import:{source}"),
                        format!("{} rows; {} problem(s); nothing added", report.rows, problems.len() + more),
                    ),
                    "refused",
                );
                report.problems_total = problems.len() + more;
                report.problems = problems;
                report.note = format!(
                    "{} problem(s) in {source}: nothing was added. Fix the rows named and import the file again.",
                    report.problems_total
                );
                return Ok(report);
            }
        };
        crate::outside::crash_point("import-saved");
        report.added = added.len();
        if codes_written {
            report.codes_file = opts.codes_file.as_ref().map(|p| p.display().to_string());
        }

        let total = added.len();
        let mails = if emailing {
            let _ = progress(BulkProgress { phase: BulkPhase::Emailing, done: 0, total });
            let sent = crate::service::delivery::send_queued(self, &queued);
            let _ = progress(BulkProgress { phase: BulkPhase::Emailing, done: total, total });
            Some(sent)
        } else {
            None
        };
        for (k, mut a) in added.into_iter().enumerate() {
            match &mails {
                Some(sent) => {
                    a.issued.emailed = true;
                    a.issued.email_note = match (queued.get(k), sent) {
                        (Some(p), None) => {
                            format!("emailed to {}: queued in the outbox as {}", a.issued.owner_email, p.display())
                        }
                        (Some(p), Some(Ok(done))) if done.contains(p) => {
                            format!(
                                "emailed to {}: sent through {}",
                                a.issued.owner_email,
                                crate::service::delivery::route(self)
                            )
                        }
                        (Some(p), Some(Ok(_))) => format!(
                            "queued for {} in the outbox as {} (not sent yet: send it with `wxgo mail retry`)",
                            a.issued.owner_email,
                            p.display()
                        ),
                        (Some(p), Some(Err(why))) => format!(
                            "queued for {} in the outbox as {} ({why}): send it with `wxgo mail retry`",
                            a.issued.owner_email,
                            p.display()
                        ),
                        (None, _) => format!("queued for {}", a.issued.owner_email),
                    };
                }
                None => crate::service::devices::deliver_code(self, &mut a.issued, false),
            }
            if a.issued.emailed {
                report.emailed += 1;
            }
            report.devices.push(BulkDevice {
                line: a.line,
                device_id: Some(a.issued.device_id.clone()),
                user: a.issued.owner_email.clone(),
                name: a.issued.owner_name.clone(),
                subscription: a.subscription,
                number: a.issued.primary_number.clone(),
                number_assigned: a.number_assigned,
                emailed: a.issued.emailed,
                email_note: a.issued.email_note.clone(),
                state: None,
                tracking_id: None,
                error: None,
            });
            // `a.issued` (with the plain code) is dropped here.
        }
        if let Some(sent) = &mails {
            let details = match sent {
                None => format!("{} queued in {}", queued.len(), crate::service::delivery::route(self)),
                Some(Ok(done)) => format!(
                    "{} queued, {} sent through {}",
                    queued.len(),
                    done.len(),
                    crate::service::delivery::route(self)
                ),
                Some(Err(why)) => format!("{} queued, not sent: {why}", queued.len()),
            };
            let _ = self.audit_alone("email activation codes", &Audit::new(format!("import:{source}"), details), "ok");
        }
        let not_emailed = report.added - report.emailed;
        report.note = match (&report.codes_file, not_emailed) {
            (Some(file), _) => format!(
                "The activation codes are in {file} (readable only by you){}. Hand them out or print letters, then delete the file.",
                if report.emailed > 0 {
                    format!("; {} were also emailed", report.emailed)
                } else {
                    String::new()
                }
            ),
            (None, 0) => format!("All {} activation codes were emailed to their users.", report.emailed),
            (None, n) => format!(
                "{} code(s) were emailed; {n} were not, and no codes file was asked for. Only a hash of each code \
                 is kept, so issue new codes for those devices when you hand them out: \
                 `wxgo devices new-code DEVICE` (add --letter FILE.pdf to print one).",
                report.emailed
            ),
        };
        Ok(report)
    }

    /// Checks every row; writes nothing.
    /// On a real organisation only what the mirrored data proves is checked (issue 17: the
    /// user exists with Calling, a location and a number, and has no device yet); the licence
    /// pools and the number are Webex's to decide. `carried`: users (lower case) whose rows an
    /// earlier, stopped run of this file already sent, whose devices are therefore expected.
    fn check_sheet(
        &self,
        conn: &Connection,
        sheet: &CsvSheet,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
        carried: &std::collections::HashSet<String>,
    ) -> Result<Checked> {
        let total = sheet.rows.len();
        let webex = self.is_webex();
        tick(progress, BulkPhase::Reading, 0, total)?;
        let (cols, mut problems) = Columns::find(&sheet.header);
        if webex {
            // The subscription columns are optional: the request names no licence pool.
            problems.retain(|p| !(p.line == 1 && p.rule == Some("WG02")));
        }
        // Read once; the running counts below stand for the rows above (WG02 across the file).
        let mut subs: Vec<SubscriptionRow> = q::subscriptions(conn, self.org.id)?;
        // A subscription column naming no subscription with Webex Go licences is reported once,
        // on the header.
        let mut unknown_subs = std::collections::HashSet::new();
        for (_, id, header) in &cols.subs {
            if let Err(e) = crate::service::devices::pick_subscription(self, &subs, Some(id)) {
                if !matches!(e, Error::Rule { .. }) {
                    problems.push(row_problem(1, header, e)?);
                    unknown_subs.insert(id.clone());
                }
            }
        }
        let mut users = UserLookup::new(conn, self.org.id)?;
        if let Some(col) = cols.user {
            users.preload(sheet.rows.iter().filter_map(|(_, r)| r.get(col)))?;
        }
        let mut seen_users: HashMap<String, u64> = HashMap::new();
        let mut seen_numbers: HashMap<i64, (u64, String)> = HashMap::new();
        let mut plans = Vec::with_capacity(sheet.rows.len());
        let mut more = 0;
        let col_user = cols.name(cols.user, "Username");
        let col_phone = cols.name(cols.phone, "Phone Number");
        for (k, (line, rec)) in sheet.rows.iter().enumerate() {
            if k % PROGRESS_EVERY == 0 {
                tick(progress, BulkPhase::Checking, k, total)?;
            }
            let line = *line;
            // Only the first problems are kept (each row's are complete when it is checked),
            // so a file of a million bad rows costs memory for its rows, not for its problems.
            cap_problems(&mut problems, &mut more);
            let before = problems.len();
            let cell = |i: Option<usize>| i.and_then(|i| rec.get(i)).map(str::trim).unwrap_or("");
            let fixed = |i: Option<usize>, want: &str, default: &str, problems: &mut Vec<RowProblem>| {
                let v = cell(i);
                if i.is_some() && !v.eq_ignore_ascii_case(want) {
                    problems.push(RowProblem {
                        line,
                        column: cols.name(i, default),
                        rule: None,
                        reason: if v.is_empty() {
                            format!("is empty; write {want}")
                        } else {
                            format!("is \"{}\"; a Webex Go device row has {want}", shorten(v, 60))
                        },
                    });
                }
            };
            fixed(cols.kind, "USER", "Type", &mut problems);
            fixed(cols.device_type, "WEBEX_CALLING", "Device Type", &mut problems);
            fixed(cols.model, "Webex Go Device", "Model", &mut problems);
            let mac = cell(cols.mac);
            if !mac.is_empty() {
                problems.push(RowProblem {
                    line,
                    column: cols.name(cols.mac, "MAC Address"),
                    rule: None,
                    reason: format!(
                        "is \"{}\"; a Webex Go device has no MAC address: leave it empty",
                        shorten(mac, 60)
                    ),
                });
            }

            // WG02: exactly one subscription, with a free licence counting the rows above.
            let mut chosen: Vec<&(usize, String, String)> = Vec::new();
            for sub in &cols.subs {
                match is_true(cell(Some(sub.0))) {
                    Some(true) => chosen.push(sub),
                    Some(false) => {}
                    None => problems.push(RowProblem {
                        line,
                        column: sub.2.clone(),
                        rule: None,
                        reason: format!(
                            "is \"{}\"; write TRUE for the subscription the licence comes from, else FALSE or nothing",
                            shorten(cell(Some(sub.0)), 60)
                        ),
                    }),
                }
            }
            let mut subscription = None;
            match chosen.as_slice() {
                [] if webex && cols.subs.is_empty() => subscription = Some(String::new()),
                [one] if webex => subscription = Some(one.1.clone()),
                [] if !cols.subs.is_empty() => problems.push(RowProblem {
                    line,
                    column: cols.subs[0].2.clone(),
                    rule: Some("WG02"),
                    reason: format!(
                        "no subscription is marked TRUE: mark the one the licence comes from ({})",
                        cols.subs.iter().map(|s| s.2.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                }),
                [] => {}
                [one] => match crate::service::devices::pick_subscription(self, &subs, Some(&one.1)) {
                    Ok(sub) => {
                        if let Some(s) = subs.iter_mut().find(|s| s.id == sub.id) {
                            s.used += 1;
                            s.free -= 1;
                        }
                        subscription = Some(sub.id);
                    }
                    Err(e) => {
                        if !unknown_subs.contains(&one.1) {
                            let mut p = row_problem(line, &one.2, e)?;
                            if p.rule == Some("WG02") {
                                p.reason.push_str(" (the rows above in this file counted in)");
                            }
                            problems.push(p);
                        }
                    }
                },
                many => problems.push(RowProblem {
                    line,
                    column: many[1].2.clone(),
                    rule: Some("WG02"),
                    reason: format!(
                        "{} subscriptions are marked TRUE; a licence comes from exactly one: mark only one",
                        many.len()
                    ),
                }),
            }

            // The user: exists, once in the file, WG01, one device per user.
            let email = cell(cols.user);
            let user = if email.is_empty() {
                if cols.user.is_some() {
                    problems.push(RowProblem {
                        line,
                        column: col_user.clone(),
                        rule: None,
                        reason: "is empty; write the user's email".into(),
                    });
                }
                None
            } else {
                match users.get(email)? {
                    None => {
                        problems.push(row_problem(line, &col_user, self.no_user(email))?);
                        None
                    }
                    Some(user) => {
                        if let Some(first) = seen_users.insert(user.email.to_lowercase(), line) {
                            problems.push(RowProblem {
                                line,
                                column: col_user.clone(),
                                rule: None,
                                reason: format!(
                                    "{} is also on line {first}: a user has one Webex Go device, so keep one row",
                                    user.email
                                ),
                            });
                        }
                        let carried_over = webex && carried.contains(&user.email.to_lowercase());
                        if let (Some(id), Some(status), false) = (&user.device_id, user.device_status, carried_over) {
                            problems.push(row_problem(line, &col_user, already_has_device(&user, id, status))?);
                        } else if webex {
                            if let Err(e) = crate::service::devices::api_target(conn, user.clone()) {
                                problems.push(row_problem(line, &col_user, e)?);
                            }
                        } else if let Err(e) = crate::service::devices::check_licence_and_country(self, &user) {
                            problems.push(row_problem(line, &col_user, e)?);
                        }
                        Some(user)
                    }
                }
            };

            let user_ok = problems[before..].iter().all(|p| p.column != col_user);
            if let Some(user) = user.filter(|_| user_ok) {
                let ext = cell(cols.extension);
                if !ext.is_empty() && user.extension.as_deref() != Some(ext) {
                    problems.push(RowProblem {
                        line,
                        column: cols.name(cols.extension, "Extension"),
                        rule: None,
                        reason: format!(
                            "{}'s extension is {}, not {ext}: correct it or leave Extension empty",
                            user.email,
                            user.extension.as_deref().unwrap_or("none")
                        ),
                    });
                }
                let loc = cell(cols.location);
                if !loc.is_empty() && !user.location.as_deref().is_some_and(|l| l.eq_ignore_ascii_case(loc)) {
                    problems.push(RowProblem {
                        line,
                        column: cols.name(cols.location, "Location"),
                        rule: None,
                        reason: format!(
                            "{} is in {}, not in {loc}: correct it or leave Location empty",
                            user.email,
                            user.location.as_deref().unwrap_or("no location")
                        ),
                    });
                }
                // WG03: a user without a primary number gets an unassigned one of the location,
                // and no two rows may take the same number.
                let phone = cell(cols.phone);
                let number = if webex {
                    // Webex keeps the person's number; a different one here would not be sent.
                    match (phone, user.primary_number.as_deref()) {
                        ("", _) => Ok(None),
                        (p, Some(n)) if crate::domain::E164::parse(p).is_ok_and(|e| e.as_str() == n) => Ok(None),
                        (p, n) => Err(Error::rule(
                            "WG03",
                            format!(
                                "is {}, but Webex's copy has {} for {}: the import does not change numbers. \
                                 Leave Phone Number empty, or change the number first ({}).",
                                shorten(p, 40),
                                n.unwrap_or("no number"),
                                user.email,
                                crate::service::action::control_hub_path(crate::service::action::Action::SetWorkNumber)
                            ),
                        )),
                    }
                } else {
                    crate::service::devices::check_primary_number(self, conn, &user, Some(phone))
                };
                match number {
                    Ok(number) => {
                        if let Some(n) = &number {
                            if let Some((first, other)) = seen_numbers.insert(n.id, (line, user.email.clone())) {
                                problems.push(RowProblem {
                                    line,
                                    column: col_phone.clone(),
                                    rule: Some("WG03"),
                                    reason: format!(
                                        "{} is also chosen on line {first} (for {other}): choose another unassigned number of {}",
                                        n.number, n.location
                                    ),
                                });
                            }
                        }
                        if problems.len() == before {
                            if let Some(subscription) = subscription {
                                plans.push((line, DevicePlan { user, subscription, number }));
                            }
                        }
                    }
                    Err(e) => problems.push(row_problem(line, &col_phone, e)?),
                }
            }
        }
        cap_problems(&mut problems, &mut more);
        tick(progress, BulkPhase::Checking, total, total)?;
        Ok(Checked { plans, problems, more })
    }

    /// Adds every planned device in the caller's transaction, each audited like a single add.
    fn add_planned(
        &self,
        tx: &Connection,
        plans: &[(u64, DevicePlan)],
        source: &str,
        now: DateTime<Utc>,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
    ) -> Result<(Vec<Added>, Audit)> {
        let total = plans.len();
        let mut added = Vec::with_capacity(total);
        let mut assigned = 0;
        for (k, (line, plan)) in plans.iter().enumerate() {
            if k % PROGRESS_EVERY == 0 {
                tick(progress, BulkPhase::Adding, k, total)?;
            }
            let (issued, audit) = crate::service::devices::apply_device(self, tx, plan, now)?;
            let details = format!("{}; bulk import of {source}, line {line}", audit.details);
            self.write_audit(tx, "add Webex Go device", &Audit::new(audit.object, details), "ok", now)?;
            assigned += usize::from(plan.number.is_some());
            added.push(Added {
                line: *line,
                subscription: plan.subscription.clone(),
                number_assigned: plan.number.is_some(),
                issued,
            });
        }
        tick(progress, BulkPhase::Adding, total, total)?;
        let first = added.first().map(|a| a.issued.device_id.clone()).unwrap_or_default();
        let last = added.last().map(|a| a.issued.device_id.clone()).unwrap_or_default();
        let summary = format!(
            "{total} Webex Go devices added ({first} to {last}); {assigned} primary numbers assigned; codes issued"
        );
        Ok((added, Audit::new(format!("import:{source}"), summary)))
    }
}

/// The file's rows (without `#` rows), refused when it cannot be read or has no rows.
fn load_sheet(data: &[u8], source: &str) -> Result<CsvSheet> {
    let text = csv_text(data, source)?;
    let sheet = read_csv(text, source)?;
    let sheet = CsvSheet {
        rows: sheet
            .rows
            .into_iter()
            .filter(|(_, r)| !r.get(0).is_some_and(|f| f.trim_start().starts_with('#')))
            .collect(),
        header: sheet.header,
    };
    if sheet.rows.is_empty() {
        return Err(Error::Invalid(format!("{source} has a header but no device rows: nothing to add")));
    }
    Ok(sheet)
}

/// Reports progress; a `cancelled` error (so the transaction rolls back whole) when the
/// answer is to stop.
fn tick(progress: &mut dyn FnMut(BulkProgress) -> bool, phase: BulkPhase, done: usize, total: usize) -> Result<()> {
    if progress(BulkProgress { phase, done, total }) {
        return Ok(());
    }
    Err(Error::rule(
        crate::service::CANCELLED,
        format!("cancelled while {} ({done} of {total} rows): nothing was added", phase.label()),
    ))
}

/// A device just added, with its code (in memory only).
struct Added {
    line: u64,
    subscription: String,
    number_assigned: bool,
    issued: IssuedCode,
}

/// Starts the codes file, so a path that cannot be written stops the import before anything is
/// added.
fn start_codes_file(svc: &Service, path: &Path) -> Result<Box<dyn crate::outside::files::PrivateSink>> {
    if path.is_dir() {
        return Err(Error::Invalid(format!(
            "--codes-file {} is a folder; give a file name, e.g. {}/codes.csv",
            path.display(),
            path.display()
        )));
    }
    svc.files
        .create(path)
        .map_err(|e| Error::Io(format!("cannot write the codes file {}: {e}. Nothing was added.", path.display())))
}

/// Writes every code into the codes file and puts it in place, synced to disk.
fn write_codes(
    mut sink: Box<dyn crate::outside::files::PrivateSink>,
    issued: &[&IssuedCode],
    path: &Path,
) -> Result<()> {
    let bytes = codes_csv(issued)?;
    let fail = |e: std::io::Error| Error::Io(format!("the codes file {} could not be written ({e})", path.display()));
    std::io::Write::write_all(&mut sink, &bytes).map_err(fail)?;
    sink.commit().map_err(fail)?;
    Ok(())
}

/// The codes file: one row per device, everything a person needs to hand a code out.
fn codes_csv(issued: &[&IssuedCode]) -> Result<Vec<u8>> {
    let io = |e: csv::Error| Error::Io(format!("cannot write the codes file: {e}"));
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(Vec::new());
    w.write_record(["User", "Name", "Device", "Activation code", "SM-DP+ address", "LPA", "Android code", "Expires"])
        .map_err(io)?;
    for i in issued {
        let expires = i.expires_at.format("%Y-%m-%d %H:%M UTC").to_string();
        let (email, name) = (csv_cell(&i.owner_email), csv_cell(&i.owner_name));
        w.write_record([
            email.as_str(),
            name.as_str(),
            i.device_id.as_str(),
            i.activation_code.as_str(),
            i.smdp_address.as_str(),
            i.lpa.as_str(),
            i.android_code.as_str(),
            expires.as_str(),
        ])
        .map_err(io)?;
    }
    w.into_inner().map_err(|e| Error::Io(format!("cannot write the codes file: {e}")))
}
