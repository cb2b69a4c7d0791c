//! WG13 on a real organisation: the bulk device import as one
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
use std::ops::ControlFlow;

use super::codes::CodesFile;
use super::sheet::{self, Truth};
use super::webex_cache::{self, cached_device_id, row_device};
use super::{BulkDevice, BulkPhase, BulkProgress, BulkReport, EmailChoice, ImportRun};
use crate::domain::{Error, Result};
use crate::outside::webex::models::ActivationCode as WebexCode;
use crate::outside::webex::{DeviceQuery, Written};
use crate::service::backend::Webex;
use crate::service::core::{Audit, Core};
use crate::service::devices::{activating_device, code_request, WEBEX_GO_MODEL};
use crate::service::journal::{input_hash, StepState};
use crate::service::{PlannedRequest, UserRow};

/// The journal's kind for this run.
const KIND: &str = "bulk device import";
/// Marks an error as "no answer came" between the request and its row's report.
const UNKNOWN_TAG: &str = "\u{0}unknown\u{0}";

/// An unknown outcome's message without [`UNKNOWN_TAG`] before it, in every language.
fn untagged(m: &crate::domain::error::Text) -> crate::domain::error::Text {
    match m.message() {
        Some(msg) => crate::domain::error::Text::msg(msg.id, msg.args.clone()),
        None => m.strip_prefix(UNKNOWN_TAG).unwrap_or(m).into(),
    }
}
const ACTION: &str = "bulk add Webex Go devices";

/// One row to send: its line, the user, the person's Webex id.
pub(super) struct Row {
    pub(super) line: u64,
    pub(super) user: UserRow,
    pub(super) person_id: String,
    pub(super) subscription: String,
}

pub(super) fn key(email: &str) -> String {
    email.to_lowercase()
}

/// WG13 on a real organisation (see the module's notes). `progress` is called as each row is
/// answered; returning `false` from it stops the run (the same command continues it).
pub(crate) fn run(
    w: &Webex,
    cx: &Core,
    run: ImportRun<'_>,
    progress: &mut dyn FnMut(BulkProgress) -> bool,
) -> Result<BulkReport> {
    let ImportRun { data, sheet, source, opts, width, stop, .. } = run;
    let mut report = BulkReport::empty(&source, sheet.rows.len(), opts.dry_run);
    // The same file with the same choices continues an earlier run that was stopped.
    let email_choice = format!("{:?}", opts.email);
    let codes_path = opts.codes_file.as_ref().map(|p| p.display().to_string()).unwrap_or_default();
    let hash = input_hash(KIND, &[data, email_choice.as_bytes(), codes_path.as_bytes()]);
    let earlier = match crate::store::journal::open_run(&cx.conn, cx.org.id, KIND, &hash)? {
        Some((id, _)) => crate::store::journal::steps(&cx.conn, id)?,
        None => HashMap::new(),
    };
    let carried: HashSet<String> = earlier
        .iter()
        .filter(|(_, s)| matches!(s.state, StepState::Done | StepState::Sending))
        .map(|(k, _)| k.clone())
        .collect();

    let checked = {
        let tx = cx.conn.unchecked_transaction().map_err(crate::store::db_error)?;
        let c = sheet::check(cx, &tx, &sheet, Truth::Mirror { carried: &carried }, progress)?;
        drop(tx);
        c
    };
    if !checked.problems.is_empty() {
        report.problems_total = checked.problems.len() + checked.more;
        report.problems = checked.problems;
        if opts.dry_run {
            report.note = crate::said!("import-dry-run-problems", n = report.problems_total);
        } else {
            let _ = cx.audit_alone(
                ACTION,
                &Audit::new(
                    format!("import:{source}"),
                    format!("{} rows; {} problem(s); nothing sent", report.rows, report.problems_total),
                ),
                "refused",
            );
            report.note = crate::said!("import-problems-not-sent", n = report.problems_total, source = &source);
        }
        return Ok(report);
    }
    let mut rows = Vec::with_capacity(checked.plans.len());
    for (line, plan) in checked.plans {
        let t = crate::service::devices::api_target(&cx.conn, plan.user)?;
        rows.push(Row { line, user: t.user, person_id: t.person_id, subscription: plan.subscription });
    }
    if opts.dry_run {
        for r in &rows {
            let done = earlier.get(&key(&r.user.email)).is_some_and(|s| s.state == StepState::Done);
            report.devices.push(row_device(r, None));
            if !done {
                report.requests.push(PlannedRequest {
                    row: crate::said!("plan-line", line = r.line),
                    method: "POST",
                    path: "/v1/devices/activationCode".into(),
                    what: crate::said!("plan-activation-code", email = &r.user.email, model = WEBEX_GO_MODEL),
                });
            }
        }
        report.note = crate::said!("import-webex-dry-run", rows = report.rows, requests = report.requests.len());
        return Ok(report);
    }

    // Every destination is opened before the first request: a codes file or a mail queue
    // that cannot be written stops the import with nothing asked of Webex.
    let emailing = opts.email != EmailChoice::NoEmail && !cx.org.suppress_emails;
    if emailing {
        crate::service::devices::check_mail_queue(cx)?;
    }
    let resuming = !earlier.is_empty() || crate::store::journal::open_run(&cx.conn, cx.org.id, KIND, &hash)?.is_some();
    let mut codes = match &opts.codes_file {
        Some(path) => Some(CodesFile::open(cx, path, resuming)?),
        None => None,
    };
    let in_file: HashMap<String, (String, String)> = codes.as_ref().map(|c| c.earlier.clone()).unwrap_or_default();
    let client = w.org_client(cx)?;
    let run = RefCell::new(crate::service::journal::open(cx, KIND, &hash, &source, rows.len())?);
    report.resumed = run.borrow().resumed;
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
                let mut d = row_device(r, cached_device_id(cx, r)?);
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
    let now = cx.now();
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
                            let mut d = row_device(r, None);
                            match webex_cache::adopt_written_code(cx, r, &device, code, expires, &mut run.borrow_mut())
                            {
                                Ok(id) => {
                                    d.device_id = Some(id);
                                    d.state = Some("done_before");
                                    finished += 1;
                                }
                                Err(e) => {
                                    d.state = Some("failed");
                                    d.error = Some(crate::said!("import-row-code-kept-uncached", error = e.said()));
                                }
                            }
                            outcome.insert(i, d);
                        }
                        Ok(Some(device)) => {
                            // It reached Webex; its code never reached anyone.
                            let id = webex_cache::cache_lost_code_device(cx, r, &device.id, &mut run.borrow_mut());
                            let mut d = row_device(r, id.as_ref().ok().cloned());
                            d.state = Some("code_lost");
                            d.error = Some(match &id {
                                Ok(dev) => crate::said!(
                                    "import-row-code-lost",
                                    command = format!("`wxgo devices new-code {dev}`")
                                ),
                                Err(e) => crate::said!("import-row-code-lost-uncached", error = e.said()),
                            });
                            outcome.insert(i, d);
                            finished += 1;
                        }
                        Err(e) => {
                            let mut d = row_device(r, None);
                            d.state = Some("failed");
                            d.error = Some(crate::said!("import-row-unasked", error = e.text()));
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
                let marked = crate::service::journal::mark(
                    cx,
                    &mut run.borrow_mut(),
                    &key(&r.user.email),
                    StepState::Sending,
                    None,
                    "",
                );
                let req = code_request(&r.person_id);
                async move {
                    let answer: Result<Written<WebexCode>> = match marked {
                        Ok(()) => api.create_activation_code(&req).await.map_err(|e| {
                            // No answer to a request that left: unknown, never refused.
                            if e.is_unknown_outcome() {
                                unknown_mark.set(unknown_mark.get() + 1);
                                Error::unreachable(e.text().around(UNKNOWN_TAG, ""))
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
                        let mut d = row_device(r, None);
                        d.state = Some("unknown");
                        d.error = Some(crate::said!("import-row-unknown", error = untagged(&m)));
                        d
                    }
                    Ok(w) => {
                        match webex_cache::row_issued(
                            cx,
                            r,
                            w,
                            now,
                            codes.as_mut(),
                            emailing,
                            &mut queued,
                            &mut run.borrow_mut(),
                        ) {
                            Ok(d) => d,
                            Err(e) => {
                                // Webex issued the code but it reached nowhere (the codes file,
                                // the mail queue or the cache failed): stop before more codes go
                                // the same way. The row stays `sending`, so the next run finds
                                // its device and reports it `code_lost` with how to issue another.
                                broken.set(true);
                                let mut d = row_device(r, None);
                                d.state = Some("failed");
                                d.error = Some(crate::said!("import-row-undelivered", error = e.said()));
                                d
                            }
                        }
                    }
                    Err(e) => {
                        let _ = crate::service::journal::mark(
                            cx,
                            &mut run.borrow_mut(),
                            &key(&r.user.email),
                            StepState::Failed,
                            tracking_of(&e).as_deref(),
                            &crate::domain::text::shorten(&e.to_string(), 300),
                        );
                        let mut d = row_device(r, None);
                        d.state = Some("failed");
                        d.tracking_id = tracking_of(&e);
                        d.error = Some(e.said());
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
    // The ids' sentence of the note: `written` or `read` with the error, or none.
    let mut id_note = ("", String::new());
    if outcome.values().any(|d| d.state == Some("added")) {
        match client.run(client.api().list_devices(&DeviceQuery::default())) {
            Ok(list) => {
                if let Err(e) = webex_cache::attach_webex_ids(cx, &list) {
                    id_note = ("written", e.to_string());
                }
            }
            Err(e) => id_note = ("read", Error::from(e).to_string()),
        }
    }
    let mails = if emailing && !queued.is_empty() {
        let _ = progress(BulkProgress { phase: BulkPhase::Emailing, done: 0, total: queued.len() });
        Some(crate::service::delivery::send_queued(cx, &queued))
    } else {
        None
    };

    let every_row_done =
        rows.iter().all(|r| run.borrow().step(&key(&r.user.email)).is_some_and(|s| s.state == StepState::Done));
    if every_row_done {
        crate::service::journal::finish(cx, &run.borrow())?;
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
    let stopped = report.cancelled || unsent > 0;
    let again = match (report.failed > 0, unknown > 0) {
        (true, true) => "both",
        (false, true) => "unknown",
        (true, false) if !stopped => "refused",
        _ => "none",
    };
    let codes = match &report.codes_file {
        Some(_) => "file",
        None if !emailing && report.added > 0 => "none",
        None => "other",
    };
    report.note = crate::said!(
        "import-webex-note",
        added = report.added,
        total = total,
        before = before,
        failed = report.failed,
        lost = lost,
        unknown = unknown,
        stopped = if stopped { "yes" } else { "no" },
        unsent = unsent,
        again = again,
        codes = codes,
        file = report.codes_file.clone().unwrap_or_default(),
        command = "wxgo devices new-code DEVICE",
        ids = id_note.0,
        error = id_note.1,
        sync = "wxgo sync",
    );
    let _ = cx.audit_alone(
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

/// The trackingId Webex gave with a refusal, when the message carries one.
fn tracking_of(e: &Error) -> Option<String> {
    let text = e.to_string();
    let at = text.find("trackingId ")? + "trackingId ".len();
    let id: String = text[at..].chars().take_while(|c| !c.is_whitespace() && *c != ')' && *c != ';').collect();
    (!id.is_empty()).then_some(id)
}
