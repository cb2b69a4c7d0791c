//! WG13: the bulk add of Webex Go devices from Control Hub's CSV template.
//!
//! Every row is checked first ([`sheet`]), against the same rules as adding one device
//! (WG01-WG03, one device per user), with the licences and numbers the rows above have taken
//! counted in. Then each backend adds them its way: the local database in one transaction, all
//! or nothing ([`local`]); a real organisation one `POST /devices/activationCode` per row, as a
//! run that can be stopped and continued ([`webex`]).

mod codes;
pub(crate) mod local;
mod sheet;
pub(crate) mod webex;
mod webex_cache;

use std::path::PathBuf;

use serde::Serialize;

use super::Devices;
use crate::domain::{Error, Result};
use crate::service::action::Action;
use crate::service::core::Allowed;
use crate::service::delivery::{csv_text, read_csv, CsvSheet};
use crate::store::queries as q;

/// Frees `value` on a thread of its own: a bulk import's rows, plans and reports are tens of
/// thousands of small allocations whose freeing the admin need not wait for.
pub(super) fn drop_beside<T: Send + 'static>(value: T) {
    // Should no thread start, the closure is dropped here, and the value with it.
    let _ = std::thread::Builder::new().name("wxgo-free".into()).spawn(move || drop(value));
}

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
pub(super) const PROGRESS_EVERY: usize = 500;

/// One problem of the file: where it is and what to do about it.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct RowProblem {
    /// The line in the file (the header is line 1).
    pub line: u64,
    pub column: String,
    /// The rule that refused it, when one did (WG01, WG02, WG03).
    pub rule: Option<&'static str>,
    /// What is wrong and what to do (English in `--json`; said in the language where shown).
    pub reason: crate::domain::error::Text,
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
    pub error: Option<crate::domain::error::Text>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BulkReport {
    pub source: String,
    /// Rows of devices in the file (not counting the header, blank or `#` rows).
    pub rows: usize,
    pub dry_run: bool,
    /// Devices added: every row, or none.
    pub added: usize,
    /// The first [`crate::service::delivery::MAX_PROBLEMS`] problems.
    pub problems: Vec<RowProblem>,
    /// Every problem found, listed or not.
    pub problems_total: usize,
    pub devices: Vec<BulkDevice>,
    pub emailed: usize,
    pub codes_file: Option<String>,
    /// What happened to the codes, in a sentence for the admin (English in `--json`; said in
    /// the language where shown).
    pub note: crate::domain::error::Text,
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
    pub(super) fn empty(source: &str, rows: usize, dry_run: bool) -> BulkReport {
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
            note: String::new().into(),
            requests: Vec::new(),
            failed: 0,
            resumed: false,
            cancelled: false,
        }
    }
}

/// One import as a backend runs it: the checked-in file, the admin's choices, how wide the run
/// may go and when to stop.
pub(crate) struct ImportRun<'a> {
    /// `None` in a dry run (nothing is changed, so nothing is gated).
    pub ok: Option<Allowed>,
    /// The file as read (a stopped run is continued by the same file and choices).
    pub data: &'a [u8],
    pub sheet: CsvSheet,
    /// The file's name, for messages and the audit trail.
    pub source: String,
    pub opts: &'a BulkOptions,
    /// Requests in flight at once on a real organisation (`1`: `--serial`).
    pub width: usize,
    /// Ctrl-C: stop sending; the same command continues.
    pub stop: &'a dyn Fn() -> bool,
}

impl Devices<'_> {
    /// WG13: the CSV template, with one `Webex Go[<subscription id>]` column per subscription
    /// that has Webex Go licences, and an example row that starts with `#` (shown in every
    /// spreadsheet, skipped on import).
    pub fn template(&self) -> Result<String> {
        let cx = self.core;
        let subs = q::subscriptions(&cx.conn, cx.org.id)?;
        if subs.is_empty() {
            return Err(Error::rule("WG02", crate::said!("wg02-import-none", org = &cx.org.name)));
        }
        let location = q::locations(&cx.conn, cx.org.id)?
            .into_iter()
            .find(|l| cx.org.go_countries.iter().any(|c| c.eq_ignore_ascii_case(&l.country)))
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
        let io = |e: csv::Error| Error::io(crate::said!("template-cannot-write", error = e.to_string()));
        w.write_record(&header).map_err(io)?;
        w.write_record(&example).map_err(io)?;
        let bytes =
            w.into_inner().map_err(|e| Error::io(crate::said!("template-cannot-write", error = e.to_string())))?;
        String::from_utf8(bytes).map_err(|e| Error::io(crate::said!("template-cannot-write", error = e.to_string())))
    }

    /// WG13: adds a Webex Go device for every row of the file, or says why not (see
    /// [`Devices::import_run`]); `progress` is called as the work goes on, and returning `false`
    /// from it stops the import.
    pub fn import(
        &self,
        data: &[u8],
        opts: &BulkOptions,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
    ) -> Result<BulkReport> {
        self.import_run(data, opts, false, &|| false, progress)
    }

    /// WG13: the import with the run's width (`serial`: one request at a time on a real
    /// organisation) and a stop flag (Ctrl-C). On the local backend every device is added in one
    /// transaction or none is: stopped before the devices are saved, nothing is added (once
    /// saved, the emails go on: a code already issued is not taken back). On a real organisation
    /// the rows go to Webex one by one, and the same command again continues a stopped run.
    pub fn import_run(
        &self,
        data: &[u8],
        opts: &BulkOptions,
        serial: bool,
        stop: &dyn Fn() -> bool,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
    ) -> Result<BulkReport> {
        let cx = self.core;
        if opts.email == EmailChoice::Email && cx.org.suppress_emails {
            return Err(Error::rule("WG04", crate::said!("wg04-import-suppressed", org = &cx.org.name)));
        }
        let ok = if opts.dry_run { None } else { Some(cx.gate(Action::ImportDevices, self.backend)?) };
        let source = if opts.source.is_empty() { "the file".to_string() } else { opts.source.clone() };
        let sheet = load_sheet(data, &source)?;
        let width = if serial { 1 } else { crate::service::RUN_WIDTH };
        let run = ImportRun { ok, data, sheet, source, opts, width, stop };
        self.backend.devices().import(cx, run, progress)
    }
}

/// The file's rows (without `#` rows), refused when it cannot be read or has no rows.
pub(super) fn load_sheet(data: &[u8], source: &str) -> Result<CsvSheet> {
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
        return Err(Error::invalid(crate::said!("import-no-rows", source = source)));
    }
    Ok(sheet)
}

/// Reports progress; a `cancelled` error (so the transaction rolls back whole) when the
/// answer is to stop.
pub(super) fn tick(
    progress: &mut dyn FnMut(BulkProgress) -> bool,
    phase: BulkPhase,
    done: usize,
    total: usize,
) -> Result<()> {
    if progress(BulkProgress { phase, done, total }) {
        return Ok(());
    }
    Err(Error::rule(
        crate::service::CANCELLED,
        crate::said!("cancelled-import", phase = phase.label(), done = done, total = total),
    ))
}
