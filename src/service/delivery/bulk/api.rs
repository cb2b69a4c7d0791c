//! WG13 on a real organisation (issue 17): the bulk device import as one
//! `POST /devices/activationCode` per row, after every row was checked here as on the local
//! backend (a malformed row: its line and column, and nothing is sent).
//!
//! - At most 8 requests in flight ([`crate::service::RUN_WIDTH`]; `--serial`: one), never two
//!   for one person at once; a 429 pauses every request for its Retry-After (the client).
//! - Each code goes into the codes file (one row, synced) and the mail queue as it arrives, and
//!   its device into the cache with the audit entry and the journal's `done` in one transaction.
//! - The journal: each row is marked `sending` before its request leaves. Started again with
//!   the same file and options, a stopped run (Ctrl-C, Esc, a kill, a crash) skips the rows
//!   marked `done`, asks Webex about each row marked `sending` (the person's devices) before
//!   sending anything again, retries rows Webex refused, and only then sends the rest.
//! - A row whose request reached Webex but whose answer never arrived here (killed in between)
//!   has a device at Webex and a code nobody has: it is reported as `code_lost`, not sent
//!   again, with the command that issues a new code for it.
//! - The window that remains: a request of the killed run that is still on its way (in a proxy,
//!   in Webex's front end) when the run is started again could arrive after Webex was asked.
//!   Rows Webex did not know are therefore asked about again after every other row was sent,
//!   and only then sent; a run that has nothing else to send leaves that window short, so start
//!   again a minute after a kill (the client's request timeout) to close it.

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::ops::ControlFlow;
use std::path::Path;

use chrono::Utc;
use rusqlite::TransactionBehavior;

use super::{load_sheet, BulkDevice, BulkOptions, BulkPhase, BulkProgress, BulkReport, EmailChoice};
use crate::domain::code::IssuedCode;
use crate::domain::{Error, Result};
use crate::outside::webex::models::ActivationCode as WebexCode;
use crate::outside::webex::{DeviceQuery, Written};
use crate::service::devices::{activating_device, code_request, expiry, opaque_code, WEBEX_GO_MODEL};
use crate::service::journal::{input_hash, StepState};
use crate::service::{Audit, PlannedRequest, Service, UserRow};
use crate::store::model::device_ref;
use crate::store::queries as q;

/// The journal's kind for this run.
const KIND: &str = "bulk device import";
/// Marks an error as "no answer came" between the request and its row's report.
const UNKNOWN_TAG: &str = "\u{0}unknown\u{0}";
const ACTION: &str = "bulk add Webex Go devices";

/// One row to send: its line, the user, the person's Webex id.
struct Row {
    line: u64,
    user: UserRow,
    person_id: String,
    subscription: String,
}

fn key(email: &str) -> String {
    email.to_lowercase()
}

impl Service {
    /// [`Service::import_devices`] with the run's width (`1`: `--serial`) and a stop flag (Ctrl-C);
    /// on the local backend the same as `import_devices`.
    pub fn import_devices_run(
        &mut self,
        data: &[u8],
        opts: &BulkOptions,
        serial: bool,
        stop: &dyn Fn() -> bool,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
    ) -> Result<BulkReport> {
        if !self.is_webex() {
            return self.import_devices(data, opts, progress);
        }
        if opts.email == EmailChoice::Email && self.org.suppress_emails {
            return self.import_devices(data, opts, progress);
        }
        let width = if serial { 1 } else { crate::service::RUN_WIDTH };
        self.import_devices_via_api(data, opts, width, stop, progress)
    }

    pub(crate) fn import_devices_via_api(
        &mut self,
        data: &[u8],
        opts: &BulkOptions,
        width: usize,
        stop: &dyn Fn() -> bool,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
    ) -> Result<BulkReport> {
        let source = if opts.source.is_empty() { "the file".to_string() } else { opts.source.clone() };
        if !opts.dry_run {
            self.api_writable(ACTION)?;
        }
        let sheet = load_sheet(data, &source)?;
        let mut report = BulkReport::empty(&source, sheet.rows.len(), opts.dry_run);
        // The same file with the same choices continues an earlier run that was stopped.
        let email_choice = format!("{:?}", opts.email);
        let codes_path = opts.codes_file.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
        let hash = input_hash(KIND, &[data, email_choice.as_bytes(), codes_path.as_bytes()]);
        let earlier = match crate::store::journal::open_run(&self.conn, self.org.id, KIND, &hash)? {
            Some((id, _)) => crate::store::journal::steps(&self.conn, id)?,
            None => HashMap::new(),
        };
        let carried: HashSet<String> = earlier
            .iter()
            .filter(|(_, s)| matches!(s.state, StepState::Done | StepState::Sending))
            .map(|(k, _)| k.clone())
            .collect();

        let checked = {
            let tx = self.conn.unchecked_transaction().map_err(crate::store::db_error)?;
            let c = self.check_sheet(&tx, &sheet, progress, &carried)?;
            drop(tx);
            c
        };
        if !checked.problems.is_empty() {
            report.problems_total = checked.problems.len() + checked.more;
            report.problems = checked.problems;
            if opts.dry_run {
                report.note = format!("Dry run: {} problem(s); nothing was changed.", report.problems_total);
            } else {
                let _ = self.audit_alone(
                    ACTION,
                    &Audit::new(
                        format!("import:{source}"),
                        format!("{} rows; {} problem(s); nothing sent", report.rows, report.problems_total),
                    ),
                    "refused",
                );
                report.note = format!(
                    "{} problem(s) in {source}: nothing was sent to Webex. Fix the rows named and import the file again.",
                    report.problems_total
                );
            }
            return Ok(report);
        }
        let mut rows = Vec::with_capacity(checked.plans.len());
        for (line, plan) in checked.plans {
            let t = crate::service::devices::api_target(&self.conn, plan.user)?;
            rows.push(Row { line, user: t.user, person_id: t.person_id, subscription: plan.subscription });
        }
        if opts.dry_run {
            for r in &rows {
                let done = earlier.get(&key(&r.user.email)).is_some_and(|s| s.state == StepState::Done);
                report.devices.push(self.row_device(r, None));
                if !done {
                    report.requests.push(PlannedRequest {
                        row: format!("line {}", r.line),
                        method: "POST",
                        path: "/v1/devices/activationCode".into(),
                        what: format!("activation code for {}, model {WEBEX_GO_MODEL}", r.user.email),
                    });
                }
            }
            report.note = format!(
                "Dry run: all {} rows can be sent; {} request(s) would go to Webex; nothing was changed.",
                report.rows,
                report.requests.len()
            );
            return Ok(report);
        }

        // Every destination is opened before the first request: a codes file or a mail queue
        // that cannot be written stops the import with nothing asked of Webex.
        let emailing = opts.email != EmailChoice::NoEmail && !self.org.suppress_emails;
        if emailing {
            crate::service::devices::check_mail_queue(self)?;
        }
        let resuming =
            !earlier.is_empty() || crate::store::journal::open_run(&self.conn, self.org.id, KIND, &hash)?.is_some();
        let mut codes = match &opts.codes_file {
            Some(path) => Some(CodesFile::open(self, path, resuming)?),
            None => None,
        };
        let in_file: HashMap<String, (String, String)> = codes.as_ref().map(|c| c.earlier.clone()).unwrap_or_default();
        let client = self.org_client()?;
        let run = RefCell::new(crate::service::journal::open(self, KIND, &hash, &source, rows.len())?);
        report.resumed = run.borrow().resumed;
        let svc: &Service = self;
        let total = rows.len();
        let mut finished = 0usize;
        let cancelled = Cell::new(false);
        let broken = Cell::new(false);
        let unknown_mark = Cell::new(0usize);
        let unknown_mark = &unknown_mark;
        let mut queued = Vec::new();
        let mut outcome: HashMap<usize, BulkDevice> = HashMap::new();

        // Rows an earlier run finished, and rows whose answer never came: Webex is asked first.
        let mut to_check = Vec::new();
        let mut to_send = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            match run.borrow().step(&key(&r.user.email)).map(|s| s.state) {
                Some(StepState::Done) => {
                    let mut d = svc.row_device(r, svc.cached_device_id(r)?);
                    d.state = Some("done_before");
                    d.tracking_id = run.borrow().step(&key(&r.user.email)).and_then(|s| s.tracking_id.clone());
                    outcome.insert(i, d);
                    finished += 1;
                }
                Some(StepState::Sending) => to_check.push((key(&r.user.email), i)),
                _ => to_send.push((key(&r.user.email), i)),
            }
        }
        let _ = progress(BulkProgress { phase: BulkPhase::Adding, done: finished, total });
        // Rows whose answer never came are asked about twice: before this run sends anything,
        // and those Webex did not know then once more after the other rows (a request of the
        // killed run still on its way has had the whole run to land); only then are they sent.
        let now = svc.now();
        let mut deferred: Vec<(String, usize)> = Vec::new();
        for pass in 0..2 {
            let checking = if pass == 0 { std::mem::take(&mut to_check) } else { std::mem::take(&mut deferred) };
            if pass == 1 && (checking.is_empty() || cancelled.get() || broken.get() || stop()) {
                break;
            }
            let mut not_found: Vec<(String, usize)> = Vec::new();
            if !checking.is_empty() {
                client.each_keyed(
                    checking,
                    width,
                    |api, i: usize| {
                        let person = rows[i].person_id.clone();
                        async move { (i, activating_device(&api, &person).await) }
                    },
                    &|| false,
                    &mut |_,
                          (i, answer): (
                        usize,
                        crate::outside::webex::WebexResult<Option<crate::outside::webex::models::Device>>,
                    )| {
                        let r: &Row = &rows[i];
                        match answer {
                            Ok(None) => not_found.push((key(&r.user.email), i)),
                            Ok(Some(device)) if in_file.contains_key(&key(&r.user.email)) => {
                                // Killed after the code was written to the codes file but before
                                // it was saved here: the code reached its destination.
                                let (code, expires) = &in_file[&key(&r.user.email)];
                                let mut d = svc.row_device(r, None);
                                match svc.adopt_written_code(r, &device, code, expires, &mut run.borrow_mut()) {
                                    Ok(id) => {
                                        d.device_id = Some(id);
                                        d.state = Some("done_before");
                                        finished += 1;
                                    }
                                    Err(e) => {
                                        d.state = Some("failed");
                                        d.error = Some(format!("its code is in the codes file, but the cache could not be updated: {e}"));
                                    }
                                }
                                outcome.insert(i, d);
                            }
                            Ok(Some(device)) => {
                                // It reached Webex; its code never reached anyone.
                                let id = svc.cache_lost_code_device(r, &device.id, &mut run.borrow_mut());
                                let mut d = svc.row_device(r, id.as_ref().ok().cloned());
                                d.state = Some("code_lost");
                                d.error = Some(match &id {
                                    Ok(dev) => format!(
                                        "the earlier request did arrive: Webex made the device and issued a code, but \
                                         that code never reached wxgo (its answer was lost, or wxgo was stopped before \
                                         writing it): nobody has it. Issue another with `wxgo devices new-code {dev}`."
                                    ),
                                    Err(e) => format!(
                                        "the code was issued by Webex but lost, and the cache could not be updated: {e}"
                                    ),
                                });
                                outcome.insert(i, d);
                                finished += 1;
                            }
                            Err(e) => {
                                let mut d = svc.row_device(r, None);
                                d.state = Some("failed");
                                d.error = Some(format!(
                                    "could not ask Webex whether this row's earlier request arrived ({}); it was not sent \
                                     again. Run the same command again.",
                                    Error::from(e)
                                ));
                                outcome.insert(i, d);
                            }
                        }
                        ControlFlow::Continue(())
                    },
                );
            }

            // The rest: one code request per row.
            let mut sending = if pass == 0 {
                deferred = not_found;
                std::mem::take(&mut to_send)
            } else {
                not_found
            };
            sending.sort_by_key(|(_, i)| *i);
            client.each_keyed(
                sending,
                width,
                |api, i: usize| {
                    let r: &Row = &rows[i];
                    // Marked before the request leaves (committed): a kill after this point is found
                    // by the next run, which asks Webex before sending again.
                    let marked = crate::service::journal::mark(svc, &mut run.borrow_mut(), &key(&r.user.email), StepState::Sending, None, "");
                    let req = code_request(&r.person_id);
                    async move {
                        let answer: Result<Written<WebexCode>> = match marked {
                            Ok(()) => api.create_activation_code(&req).await.map_err(|e| {
                                // No answer to a request that left: unknown, never refused.
                                if e.is_unknown_outcome() {
                                    unknown_mark.set(unknown_mark.get() + 1);
                                    Error::Unreachable(format!("{UNKNOWN_TAG}{e}"))
                                } else {
                                    Error::from(e)
                                }
                            }),
                            Err(e) => Err(e),
                        };
                        (i, answer)
                    }
                },
                &|| stop() || cancelled.get() || broken.get(),
                &mut |_, (i, answer): (usize, Result<Written<WebexCode>>)| {
                    let r: &Row = &rows[i];
                    let d = match answer {
                        Err(Error::Unreachable(m)) if m.starts_with(UNKNOWN_TAG) => {
                            // The journal keeps the row `sending`: the next run asks Webex (the
                            // person's devices) before anything is sent for it again.
                            let mut d = svc.row_device(r, None);
                            d.state = Some("unknown");
                            d.error = Some(format!(
                                "{} Run the same command again: it asks Webex whether this row's request arrived \
                                 (the person's devices) and sends nothing for it if it did.",
                                &m[UNKNOWN_TAG.len()..]
                            ));
                            d
                        }
                        Ok(w) => {
                            match svc.row_issued(r, w, now, codes.as_mut(), emailing, &mut queued, &mut run.borrow_mut()) {
                                Ok(d) => d,
                                Err(e) => {
                                    // Webex issued the code but it reached nowhere (the codes file,
                                    // the mail queue or the cache failed): stop before more codes go
                                    // the same way. The row stays `sending`, so the next run finds
                                    // its device and reports it `code_lost` with how to issue another.
                                    broken.set(true);
                                    let mut d = svc.row_device(r, None);
                                    d.state = Some("failed");
                                    d.error = Some(format!(
                                        "Webex issued the code but it was not delivered ({e}); the import stopped. Fix \
                                         that and run the same command again (this row then says how to issue a new code)."
                                    ));
                                    d
                                }
                            }
                        }
                        Err(e) => {
                            let _ = crate::service::journal::mark(svc,
                                &mut run.borrow_mut(),
                                &key(&r.user.email),
                                StepState::Failed,
                                tracking_of(&e).as_deref(),
                                &crate::domain::text::shorten(&e.to_string(), 300),
                            );
                            let mut d = svc.row_device(r, None);
                            d.state = Some("failed");
                            d.tracking_id = tracking_of(&e);
                            d.error = Some(e.to_string());
                            d
                        }
                    };
                    if d.state == Some("added") {
                        finished += 1;
                    }
                    outcome.insert(i, d);
                    if broken.get() {
                        return ControlFlow::Break(());
                    }
                    if !progress(BulkProgress { phase: BulkPhase::Adding, done: outcome.len(), total }) {
                        cancelled.set(true);
                        return ControlFlow::Break(());
                    }
                    ControlFlow::Continue(())
                },
            );
        }
        report.cancelled = cancelled.get() || stop();

        // The devices just added get their Webex ids (one listing; a failure waits for the sync).
        let mut id_note = String::new();
        if outcome.values().any(|d| d.state == Some("added")) {
            match client.run(client.api().list_devices(&DeviceQuery::default())) {
                Ok(list) => {
                    if let Err(e) = svc.attach_webex_ids(&list) {
                        id_note =
                            format!(" The new devices' Webex ids could not be written ({e}): `wxgo sync` adds them.");
                    }
                }
                Err(e) => {
                    id_note = format!(
                        " The new devices' Webex ids could not be read ({}): `wxgo sync` adds them.",
                        Error::from(e)
                    )
                }
            }
        }
        let mails = if emailing && !queued.is_empty() {
            let _ = progress(BulkProgress { phase: BulkPhase::Emailing, done: 0, total: queued.len() });
            Some(crate::service::delivery::send_queued(svc, &queued))
        } else {
            None
        };

        let every_row_done =
            rows.iter().all(|r| run.borrow().step(&key(&r.user.email)).is_some_and(|s| s.state == StepState::Done));
        if every_row_done {
            crate::service::journal::finish(svc, &run.borrow())?;
        }
        let mut devices: Vec<(usize, BulkDevice)> = outcome.into_iter().collect();
        devices.sort_by_key(|(i, _)| *i);
        for (_, mut d) in devices {
            match d.state {
                Some("added") => {
                    report.added += 1;
                    if emailing {
                        d.emailed = true;
                        d.email_note = match &mails {
                            Some(Some(Err(why))) => {
                                format!("queued in the outbox ({why}): send it with `wxgo mail retry`")
                            }
                            _ => format!("queued for {} in the outbox", d.user),
                        };
                        report.emailed += 1;
                    }
                }
                Some("failed") => report.failed += 1,
                _ => {}
            }
            report.devices.push(d);
        }
        let lost = report.devices.iter().filter(|d| d.state == Some("code_lost")).count();
        let before = report.devices.iter().filter(|d| d.state == Some("done_before")).count();
        let unknown = report.devices.iter().filter(|d| d.state == Some("unknown")).count();
        let unsent = total - report.devices.len();
        report.codes_file = codes.as_ref().map(|c| c.path.display().to_string());
        let mut note = format!(
            "{} of {} rows added at Webex in this run{}{}{}.",
            report.added,
            total,
            if before > 0 { format!(", {before} in an earlier run") } else { String::new() },
            if report.failed > 0 {
                format!("; {} refused by Webex (see each row)", report.failed)
            } else {
                String::new()
            },
            if lost > 0 {
                format!(
                    "; {lost} code(s) issued by Webex but lost (the answer never came, or an earlier run was \
                     stopped): issue new codes, see each row"
                )
            } else {
                String::new()
            },
        );
        if unknown > 0 {
            note.push_str(&format!(
                " {unknown} row(s) got no answer from Webex: not refused, unknown (Webex may have made the device \
                 and issued a code that reached nobody); they were not sent again."
            ));
        }
        if report.cancelled || unsent > 0 {
            note.push_str(&format!(
                " Stopped with {unsent} row(s) not sent: run the same command again to continue (nothing is sent twice)."
            ));
        }
        match (report.failed > 0, unknown > 0) {
            (true, true) => note.push_str(
                " Run the same command again: it asks Webex about the rows without an answer (sending nothing for \
                 those Webex has), and retries the refused rows.",
            ),
            (false, true) => note.push_str(
                " Run the same command again: it asks Webex about those rows first and sends nothing for those \
                 Webex has.",
            ),
            (true, false) if !(report.cancelled || unsent > 0) => {
                note.push_str(" Run the same command again to retry the refused rows only.")
            }
            _ => {}
        }
        if let Some(file) = &report.codes_file {
            note.push_str(&format!(
                " The activation codes are in {file} (readable only by you); hand them out, then delete it."
            ));
        } else if !emailing && report.added > 0 {
            note.push_str(
                " No codes file was asked for and nothing was emailed: issue new codes when you hand them out \
                 (`wxgo devices new-code DEVICE`).",
            );
        }
        note.push_str(&id_note);
        report.note = note;
        let _ = svc.audit_alone(
            ACTION,
            &Audit::new(
                format!("import:{source}"),
                format!(
                    "{} rows; {} added, {} before, {} refused, {unknown} without an answer, {lost} lost, {unsent} not sent",
                    total, report.added, before, report.failed
                ),
            ),
            if report.failed == 0 && unsent == 0 && unknown == 0 { "ok" } else { "partial" },
        );
        Ok(report)
    }

    /// The report's row for `r`.
    fn row_device(&self, r: &Row, device_id: Option<String>) -> BulkDevice {
        BulkDevice {
            line: r.line,
            device_id,
            user: r.user.email.clone(),
            name: r.user.display_name.clone(),
            subscription: r.subscription.clone(),
            number: r.user.primary_number.clone(),
            number_assigned: false,
            emailed: false,
            email_note: String::new(),
            state: None,
            tracking_id: None,
            error: None,
        }
    }

    fn cached_device_id(&self, r: &Row) -> Result<Option<String>> {
        Ok(q::device_of_user(&self.conn, r.user.id, self.now())?.map(|d| d.device_id))
    }

    /// A code Webex issued for row `r`: into the codes file and the mail queue (synced), then the
    /// device, its code's hash, the audit entry and the journal's `done`, in one transaction.
    #[allow(clippy::too_many_arguments)]
    fn row_issued(
        &self,
        r: &Row,
        w: Written<WebexCode>,
        now: chrono::DateTime<Utc>,
        codes: Option<&mut CodesFile>,
        emailing: bool,
        queued: &mut Vec<std::path::PathBuf>,
        run: &mut crate::service::journal::Run,
    ) -> Result<BulkDevice> {
        let expires = expiry(self, &w.value, now);
        let code = opaque_code(&w.value)?;
        let tracking = w.tracking_id.clone();
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(crate::store::db_error)?;
        let id = crate::service::devices::cache_new_device(self, &tx, &r.user, None, &code, now, expires)?;
        let issued = IssuedCode::from_webex(
            device_ref(id),
            r.user.email.clone(),
            r.user.display_name.clone(),
            r.user.primary_number.clone(),
            code,
            now,
            expires,
        );
        if let Some(c) = codes {
            c.append(&issued)?;
        }
        if emailing {
            let path = crate::service::delivery::queue_outbox(self)
                .queue(&crate::service::devices::activation_mail(&self.org, &issued), now)
                .map_err(|e| Error::Io(format!("the activation email could not be queued ({e})")))?;
            queued.push(path);
        }
        let details = format!(
            "user {}; model {WEBEX_GO_MODEL}; code issued by Webex, expires {}; bulk import, line {}",
            r.user.email,
            crate::store::queries::ts(expires),
            r.line
        );
        let audit = Audit::new(
            format!("device:{}", issued.device_id),
            crate::service::backend::webex::with_tracking(&details, tracking.as_deref()),
        );
        self.write_audit(&tx, "add Webex Go device", &audit, "ok", now)?;
        crate::service::journal::mark(
            self,
            run,
            &key(&r.user.email),
            StepState::Done,
            tracking.as_deref(),
            &issued.device_id,
        )?;
        tx.commit().map_err(crate::store::db_error)?;
        let mut d = self.row_device(r, Some(issued.device_id.clone()));
        d.state = Some("added");
        d.tracking_id = tracking;
        Ok(d)
    }

    /// A row killed after its code was written to the codes file but before it was saved here:
    /// the device (with Webex's id), the code's hash, and the journal's `done`.
    fn adopt_written_code(
        &self,
        r: &Row,
        device: &crate::outside::webex::models::Device,
        code: &str,
        expires: &str,
        run: &mut crate::service::journal::Run,
    ) -> Result<String> {
        let now = self.now();
        let expires = chrono::NaiveDateTime::parse_from_str(expires, "%Y-%m-%d %H:%M UTC")
            .map(|t| t.and_utc())
            .unwrap_or_else(|_| now + chrono::Duration::days(self.org.code_lifetime_days.max(1)));
        let code = crate::domain::code::ActivationCode::opaque(code);
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(crate::store::db_error)?;
        let id = match q::device_of_user(&tx, r.user.id, now)? {
            Some(d) => d.device_id,
            None => device_ref(crate::service::devices::cache_new_device(
                self,
                &tx,
                &r.user,
                Some(device),
                &code,
                now,
                expires,
            )?),
        };
        let audit = Audit::new(
            format!("device:{id}"),
            format!(
                "user {}; bulk import, line {}; code issued by Webex and written to the codes file before the run was stopped",
                r.user.email, r.line
            ),
        );
        self.write_audit(&tx, "add Webex Go device", &audit, "ok", now)?;
        crate::service::journal::mark(self, run, &key(&r.user.email), StepState::Done, None, &id)?;
        tx.commit().map_err(crate::store::db_error)?;
        Ok(id)
    }

    /// A row whose code was issued but lost: its device goes into the cache (without a code) and
    /// the journal marks it done, so it is never sent again.
    fn cache_lost_code_device(
        &self,
        r: &Row,
        webex_id: &str,
        run: &mut crate::service::journal::Run,
    ) -> Result<String> {
        let now = self.now();
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(crate::store::db_error)?;
        let id = match q::device_of_user(&tx, r.user.id, now)? {
            Some(d) => d.device_id,
            None => {
                let sub = crate::service::devices::only_go_subscription(self, &tx)?;
                tx.execute(
                    "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, created_at, changed_at,
                        webex_id, connection_status, error_codes)
                     VALUES (?1, ?2, ?3, 'byod', 'activation_pending', ?4, ?4, ?5, 'activating', '')",
                    rusqlite::params![self.org.id, r.user.id, sub, crate::store::queries::ts(now), webex_id],
                )
                .map_err(crate::store::db_error)?;
                device_ref(tx.last_insert_rowid())
            }
        };
        let audit = Audit::new(
            format!("device:{id}"),
            format!(
                "user {}; bulk import, line {}; code issued by Webex but lost when the run was stopped",
                r.user.email, r.line
            ),
        );
        self.write_audit(&tx, "add Webex Go device", &audit, "code lost", now)?;
        crate::service::journal::mark(self, run, &key(&r.user.email), StepState::Done, None, "code lost")?;
        tx.commit().map_err(crate::store::db_error)?;
        Ok(id)
    }

    /// Gives the cache's devices without a Webex id theirs, from a listing of Webex's devices.
    fn attach_webex_ids(&self, list: &[crate::outside::webex::models::Device]) -> Result<()> {
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(crate::store::db_error)?;
        {
            let mut st = tx
                .prepare_cached(
                    "UPDATE devices SET webex_id = ?3, connection_status = ?4
                     WHERE org_id = ?1 AND webex_id IS NULL
                       AND user_id = (SELECT id FROM users WHERE org_id = ?1 AND webex_id = ?2)",
                )
                .map_err(crate::store::db_error)?;
            for d in list {
                let Some(person) = d.person_id.as_deref() else { continue };
                let status = d.connection_status.as_deref().map(|s| crate::domain::text::shorten(s, 40).into_owned());
                st.execute(rusqlite::params![self.org.id, person, d.id, status]).map_err(crate::store::db_error)?;
            }
        }
        tx.commit().map_err(crate::store::db_error)
    }
}

/// The trackingId Webex gave with a refusal, when the message carries one.
fn tracking_of(e: &Error) -> Option<String> {
    let text = e.to_string();
    let at = text.find("trackingId ")? + "trackingId ".len();
    let id: String = text[at..].chars().take_while(|c| !c.is_whitespace() && *c != ')' && *c != ';').collect();
    (!id.is_empty()).then_some(id)
}

/// The codes file of an import on a real organisation: one row appended and synced as each code
/// arrives (readable only by the admin). A stopped run continues the same file.
struct CodesFile {
    path: std::path::PathBuf,
    file: std::fs::File,
    /// A continued file: the codes already in it, by user (lower case): (code, expiry as written).
    earlier: HashMap<String, (String, String)>,
}

impl CodesFile {
    fn open(svc: &Service, path: &Path, resuming: bool) -> Result<CodesFile> {
        if path.is_dir() {
            return Err(Error::Invalid(format!(
                "--codes-file {} is a folder; give a file name, e.g. {}/codes.csv",
                path.display(),
                path.display()
            )));
        }
        let fail = |e: std::io::Error| {
            Error::Io(format!("cannot write the codes file {}: {e}. Nothing was sent to Webex.", path.display()))
        };
        if !(resuming && path.exists()) {
            // A new file (or one replaced whole): the header, written and synced through the
            // private-file writer, which replaces a symlink rather than follow it.
            let mut sink = svc.files.create(path).map_err(fail)?;
            sink.write_all(&super::codes_csv(&[]).map_err(|e| Error::Io(e.to_string()))?).map_err(fail)?;
            sink.commit().map_err(fail)?;
        }
        // Never reached through a symlink (a fresh file was just put in place by the private
        // writer; a continued one is checked).
        if std::fs::symlink_metadata(path).map_err(fail)?.file_type().is_symlink() {
            return Err(Error::Io(format!(
                "the codes file {} is a symbolic link: give the file itself. Nothing was sent to Webex.",
                path.display()
            )));
        }
        let file = std::fs::OpenOptions::new().append(true).open(path).map_err(fail)?;
        let mut earlier = HashMap::new();
        if resuming {
            if let Ok(text) = std::fs::read_to_string(path) {
                let mut r = csv::Reader::from_reader(text.as_bytes());
                for rec in r.records().flatten() {
                    if let (Some(u), Some(c), Some(e)) = (rec.get(0), rec.get(3), rec.get(7)) {
                        earlier.insert(key(u), (c.to_string(), e.to_string()));
                    }
                }
            }
        }
        let c = CodesFile { path: path.to_path_buf(), file, earlier };
        c.file.sync_all().map_err(fail)?;
        Ok(c)
    }

    fn append(&mut self, issued: &IssuedCode) -> Result<()> {
        let bytes = super::codes_csv(&[issued])?;
        // The header line is the first; only the row is appended.
        let row = match bytes.iter().position(|b| *b == b'\n') {
            Some(n) => &bytes[n + 1..],
            None => &bytes[..],
        };
        let fail =
            |e: std::io::Error| Error::Io(format!("the codes file {} could not be written ({e})", self.path.display()));
        self.file.write_all(row).map_err(fail)?;
        self.file.sync_data().map_err(fail)
    }
}
