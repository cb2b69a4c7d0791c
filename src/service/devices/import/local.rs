//! WG13 on the local backend: the database is the truth, so every row is checked against every
//! rule and the devices are added in one transaction, all or nothing.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::sheet::{self, Truth};
use super::{codes, tick, BulkDevice, BulkPhase, BulkProgress, BulkReport, EmailChoice, ImportRun};
use crate::domain::code::IssuedCode;
use crate::domain::error::Repeated;
use crate::domain::{Error, Result};
use crate::service::core::{Audit, Core};
use crate::service::delivery::CsvSheet;
use crate::service::devices::{Activations, DevicePlan, Prepared};

/// WG13 on the local backend: every device added in one transaction, or none and each problem
/// named. `progress` is called every few hundred rows; returning `false` from it before the
/// devices are saved cancels the import, which then adds nothing (once saved, the emails go on:
/// a code already issued is not taken back). `ok`: `None` for a dry run.
pub(crate) fn run(cx: &Core, run: ImportRun<'_>, progress: &mut dyn FnMut(BulkProgress) -> bool) -> Result<BulkReport> {
    let ImportRun { ok, sheet, source, opts, .. } = run;
    let mut report = BulkReport::empty(&source, sheet.rows.len(), opts.dry_run);

    let Some(ok) = ok else {
        // A read transaction: every row is checked against one consistent state.
        let tx = cx.conn.unchecked_transaction().map_err(crate::store::db_error)?;
        let checked = sheet::check(cx, &tx, &sheet, Truth::Local, progress)?;
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
                    number: plan.number.as_ref().map(|n| n.number.clone()).or_else(|| plan.user.primary_number.clone()),
                    number_assigned: plan.number.is_some(),
                    emailed: false,
                    email_note: String::new(),
                    state: None,
                    tracking_id: None,
                    error: None,
                })
                .collect();
            report.note = crate::said!("import-dry-run-ok", rows = report.rows);
        } else {
            report.note = crate::said!("import-dry-run-problems", n = report.problems_total);
        }
        return Ok(report);
    };

    // The codes file is started before anything is added (so a path that cannot be written
    // stops the import at once) and put in place, synced, before the devices are saved: the
    // codes exist nowhere else, so the import counts only once they are on disk. Should the
    // save then fail, the file is removed again.
    let mut codes_sink = match &opts.codes_file {
        Some(path) => Some(codes::start(cx, path)?),
        None => None,
    };
    let mut codes_written = false;
    let mut problems = Vec::new();
    let mut more = 0;
    let wanted_email = opts.email != EmailChoice::NoEmail;
    let emailing = wanted_email && !cx.org.suppress_emails;
    let mut queued: Vec<PathBuf> = Vec::new();
    // Why a code is not emailed, said for each (`None`: they are emailed).
    let unsent = if emailing { None } else { crate::service::devices::unsent_notes(&cx.org, wanted_email) };
    // A bulk import touches many index pages: a larger page cache for its duration.
    let cache = crate::store::delivery::set_cache_mib(&cx.conn, 64)?;
    let added = cx.act_delivered(
        ok,
        |cx, tx, now| {
            let CheckedAndWritten { checked, written } =
                check_and_write(cx, tx, &sheet, now, &source, unsent.as_ref(), progress)?;
            if !checked.problems.is_empty() {
                problems = checked.problems;
                more = checked.more;
                return Err(Error::invalid(crate::said!(
                    "import-problems-not-added",
                    n = problems.len() + more,
                    source = &source
                )));
            }
            crate::outside::crash_point("import-checked");
            let added = add_planned(cx, tx, &checked.plans, written, &source, now, unsent.as_ref(), progress)?;
            let total = checked.plans.len();
            super::drop_beside(checked);
            crate::outside::crash_point("import-added");
            tick(progress, BulkPhase::Saving, total, total)?;
            Ok(added)
        },
        &mut |cx, added: &Vec<Added>| {
            if let (Some(sink), Some(path)) = (codes_sink.take(), &opts.codes_file) {
                let issued: Vec<&IssuedCode> = added.iter().map(|a| &a.issued).collect();
                codes::write(sink, &issued, path)?;
                codes_written = true;
                crate::outside::crash_point("import-codes-written");
            }
            if emailing {
                // Into the mail queue (synced files) before the save, so a code to be
                // emailed is on disk once its device is; sent by SMTP after the save.
                let outbox = crate::service::delivery::queue_outbox(cx);
                for a in added {
                    let path = outbox
                        .queue(&crate::service::devices::activation_mail(&cx.org, &a.issued, cx.letter_lang), cx.now())
                        .map_err(|e| Error::io(crate::said!("import-mails-not-queued", error = e.said())))?;
                    queued.push(path);
                }
                crate::outside::crash_point("import-mail-queued");
            }
            Ok(())
        },
    );
    crate::store::delivery::restore_cache(&cx.conn, cache);
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
            let _ = cx.audit_alone(
                "bulk add Webex Go devices",
                &Audit::new(
                    format!("import:{source}"),
                    format!("{} rows; {} problem(s); nothing added", report.rows, problems.len() + more),
                ),
                "refused",
            );
            report.problems_total = problems.len() + more;
            report.problems = problems;
            report.note = crate::said!("import-problems-not-added", n = report.problems_total, source = &source);
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
        let sent = crate::service::delivery::send_queued(cx, &queued);
        let _ = progress(BulkProgress { phase: BulkPhase::Emailing, done: total, total });
        Some(sent)
    } else {
        None
    };
    let mut spent = Vec::with_capacity(total);
    for (k, mut a) in added.into_iter().enumerate() {
        // Not emailed (`mails` is `None`): the note why was written beside the writes
        // (`add_planned`).
        if let Some(sent) = &mails {
            a.issued.emailed = true;
            a.issued.email_note = crate::domain::error::Text::from(match (queued.get(k), sent) {
                (Some(p), None) => {
                    format!("emailed to {}: queued in the outbox as {}", a.issued.owner_email, p.display())
                }
                (Some(p), Some(Ok(done))) if done.contains(p) => {
                    format!("emailed to {}: sent through {}", a.issued.owner_email, crate::service::delivery::route(cx))
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
            });
        }
        if a.issued.emailed {
            report.emailed += 1;
        }
        let issued = &mut a.issued;
        report.devices.push(BulkDevice {
            line: a.line,
            device_id: Some(std::mem::take(&mut issued.device_id)),
            user: std::mem::take(&mut issued.owner_email),
            name: std::mem::take(&mut issued.owner_name),
            subscription: a.subscription,
            number: issued.primary_number.take(),
            number_assigned: a.number_assigned,
            emailed: issued.emailed,
            email_note: String::from(&*issued.email_note),
            state: None,
            tracking_id: None,
            error: None,
        });
        // The rest of `a.issued`, the plain code with it, is freed with the others below.
        spent.push(a.issued);
    }
    super::drop_beside(spent);
    if let Some(sent) = &mails {
        let details = match sent {
            None => format!("{} queued in {}", queued.len(), crate::service::delivery::route(cx)),
            Some(Ok(done)) => {
                format!("{} queued, {} sent through {}", queued.len(), done.len(), crate::service::delivery::route(cx))
            }
            Some(Err(why)) => format!("{} queued, not sent: {why}", queued.len()),
        };
        let _ = cx.audit_alone("email activation codes", &Audit::new(format!("import:{source}"), details), "ok");
    }
    let not_emailed = report.added - report.emailed;
    report.note = match (&report.codes_file, not_emailed) {
        (Some(file), _) => crate::said!("import-codes-in-file", file = file, emailed = report.emailed),
        (None, 0) => crate::said!("import-all-emailed", n = report.emailed),
        (None, n) => crate::said!(
            "import-some-not-emailed",
            emailed = report.emailed,
            n = n,
            command = "wxgo devices new-code DEVICE",
            flag = "--letter FILE.pdf"
        ),
    };
    super::drop_beside(sheet);
    Ok(report)
}

/// Files of at least this many rows are checked and written a stretch at a time (see
/// [`check_and_write`]).
const STRETCHED_FROM: usize = 2000;

/// The stretches of a file of `rows` rows: a short one first (its users are read before
/// anything else can start), growing as the reader gets ahead of the writer, to about a fifth
/// of the file each, at most a few thousand rows.
fn stretches(rows: usize) -> Vec<std::ops::Range<usize>> {
    let most = (rows / 5).clamp(500, 5000);
    let mut out = Vec::new();
    let (mut from, mut size) = (0, 500);
    while from < rows {
        let to = (from + size).min(rows);
        out.push(from..to);
        from = to;
        size = (size * 3 / 2).min(most);
    }
    out
}

/// What the checks found; for a long file, the devices already written for the plans and
/// their activations (see [`check_and_write`]).
struct CheckedAndWritten {
    checked: sheet::Checked,
    written: Option<(Vec<i64>, Activations)>,
}

/// What the import adds to each device's activation (beside the writes): its line in the
/// audit text, and why its code is not emailed, when it is not.
fn import_note(source: &str, unsent: Option<&Repeated>, line: u64, issued: &mut IssuedCode, details: &mut String) {
    let _ = write!(details, "; bulk import of {source}, line {line}");
    if let Some(note) = unsent {
        issued.email_note = note.with(&issued.owner_email);
    }
}

/// Checks every row against the state before this import (WG13: every rule, the rows above
/// counted in) and, for a long file, writes the devices of the rows that passed while the rest
/// are checked, their codes drawn and their activations worked out beside.
///
/// A long file is worked through a stretch of rows at a time, on three connections to the
/// same file and two threads: the writer (`tx`) checks each stretch, reading through a
/// read-only connection of its own, and adds the devices of the stretch just checked; the
/// thread beside, on the other read-only connection, reads the users of the stretches ahead
/// and draws the codes of those that passed ([`prepare`]; the writer prepares the last
/// stretch's itself). The writer holds the write lock and commits only at the end, so both
/// readers see the state before the import throughout: the checks find exactly what checking every row before writing any
/// finds. Once a row has a problem nothing more is written or drawn, and the caller rolls the
/// transaction back (the codes drawn were never stored or shown). In memory, or when a second
/// connection cannot be opened, every row is checked first and nothing is written here.
fn check_and_write(
    cx: &Core,
    tx: &Connection,
    sheet: &CsvSheet,
    now: DateTime<Utc>,
    source: &str,
    unsent: Option<&Repeated>,
    progress: &mut dyn FnMut(BulkProgress) -> bool,
) -> Result<CheckedAndWritten> {
    use crate::store::delivery::{read_users_named, reader_beside};
    type Stretch = std::sync::Arc<Vec<(u64, DevicePlan)>>;
    let total = sheet.rows.len();
    let readers = (total >= STRETCHED_FROM).then(|| reader_beside(tx).zip(reader_beside(tx))).flatten();
    let Some((check_conn, read_conn)) = readers else {
        return Ok(CheckedAndWritten { checked: sheet::check(cx, tx, sheet, Truth::Local, progress)?, written: None });
    };
    let mut checker = sheet::Checker::new(cx, &check_conn, sheet, Truth::Local, progress)?;
    let stretches = stretches(total);
    // The first stretch is read here, while the reader opens its connection; it reads the rest.
    let named: Vec<Vec<&str>> = stretches.iter().skip(1).map(|r| checker.emails(r.clone()).collect()).collect();
    let (org, generator): (&crate::store::model::OrgInfo, &dyn crate::domain::code::CodeGenerator) =
        (&cx.org, cx.codes.as_ref());
    let mut devices: Vec<i64> = Vec::with_capacity(total);
    let mut passed: Vec<Stretch> = Vec::with_capacity(stretches.len());
    let prepared = std::thread::scope(|s| -> Result<Option<Activations>> {
        let (send_users, users) = std::sync::mpsc::channel();
        let (send_plans, plans) = std::sync::mpsc::channel::<Stretch>();
        // One thread beside the writer (two cores are common): it reads the users of the
        // stretches ahead first, and works out the activations of the stretches that passed
        // while it is two stretches ahead of the writer, and once every stretch is read.
        let prepare = move |stretch: &[(u64, DevicePlan)], into: &mut Vec<Prepared>| {
            let planned: Vec<&DevicePlan> = stretch.iter().map(|(_, plan)| plan).collect();
            let each = |i: usize, issued: &mut IssuedCode, details: &mut String| {
                import_note(source, unsent, stretch[i].0, issued, details)
            };
            into.extend(crate::service::devices::prepare(org, generator, &planned, now, &each));
        };
        let beside = s.spawn(move || {
            let mut prepared = Vec::with_capacity(total);
            let mut prepare = |stretch: Stretch| prepare(&stretch, &mut prepared);
            let mut waiting = std::collections::VecDeque::new();
            // Stretches the writer has checked (those that passed are sent).
            let mut checked = 0;
            for (k, emails) in (1..).zip(named) {
                loop {
                    while let Ok(stretch) = plans.try_recv() {
                        waiting.push_back(stretch);
                        checked += 1;
                    }
                    if k < checked + 2 {
                        break;
                    }
                    let Some(stretch) = waiting.pop_front() else { break };
                    prepare(stretch);
                }
                let read = read_users_named(&read_conn, org.id, emails);
                let failed = read.is_err();
                if send_users.send(read).is_err() || failed {
                    break;
                }
            }
            for stretch in waiting.into_iter().chain(plans) {
                prepare(stretch);
            }
            prepared
        });
        let last = stretches.len() - 1;
        // The last stretch's activations are worked out here, once its devices are written,
        // while the reader catches up with the others.
        let mut last_prepared = Vec::new();
        for (k, rows) in stretches.iter().enumerate() {
            let got = if k == 0 { Err(std::sync::mpsc::RecvError) } else { users.recv() };
            match got {
                Ok(read) => checker.known(read?),
                // The first stretch, or the reader ended early: read here.
                Err(_) => checker.preload(rows.clone())?,
            }
            checker.check_rows(rows.end, progress)?;
            if checker.has_problems() {
                continue;
            }
            let stretch: Stretch = std::sync::Arc::new(checker.take_plans());
            if k < last {
                let _ = send_plans.send(stretch.clone());
            }
            let planned: Vec<&DevicePlan> = stretch.iter().map(|(_, plan)| plan).collect();
            // Progress goes on counting the rows checked.
            devices.extend(crate::service::devices::insert_planned(cx, tx, &planned, now, devices.len(), &mut |_| {
                Ok(())
            })?);
            if k == last {
                prepare(&stretch, &mut last_prepared);
            }
            passed.push(stretch);
        }
        drop(send_plans);
        let mut prepared = beside.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        prepared.extend(last_prepared);
        Ok((!checker.has_problems()).then(|| Activations::new(prepared)))
    })?;
    let mut checked = checker.finish(progress)?;
    let Some(prepared) = prepared else {
        return Ok(CheckedAndWritten { checked, written: None });
    };
    // Every row passed: the plans are the stretches', in order (the beside thread let go of them).
    let mut plans = Vec::with_capacity(total);
    for stretch in passed {
        plans.extend(std::sync::Arc::try_unwrap(stretch).unwrap_or_else(|shared| (*shared).clone()));
    }
    checked.plans = plans;
    Ok(CheckedAndWritten { checked, written: Some((devices, prepared)) })
}

/// Adds every planned device in the caller's transaction, each audited like a single add (the
/// same rows and audit text, written a few hundred a statement). A code that is not to be
/// emailed gets its note why (`unsent`) here, as `deliver_code` would give it. `written`: the
/// devices [`check_and_write`] already wrote, and their activations.
#[allow(clippy::too_many_arguments)]
fn add_planned(
    cx: &Core,
    tx: &Connection,
    plans: &[(u64, DevicePlan)],
    written: Option<(Vec<i64>, Activations)>,
    source: &str,
    now: DateTime<Utc>,
    unsent: Option<&Repeated>,
    progress: &mut dyn FnMut(BulkProgress) -> bool,
) -> Result<(Vec<Added>, Audit)> {
    let total = plans.len();
    let mut added = Vec::with_capacity(total);
    let mut assigned = 0;
    let head = crate::store::delivery::AuditHead {
        at: now,
        org: cx.org.id,
        actor: &cx.actor.user,
        ssh_client: cx.actor.ssh_client.as_deref(),
        action: "add Webex Go device",
        outcome: "ok",
    };
    let issued = match written {
        Some((devices, activations)) => {
            tick(progress, BulkPhase::Adding, devices.len(), total)?;
            crate::service::devices::write_codes(cx, tx, &devices, activations, now)?
        }
        None => {
            let planned: Vec<&DevicePlan> = plans.iter().map(|(_, plan)| plan).collect();
            let each = |i: usize, issued: &mut IssuedCode, details: &mut String| {
                import_note(source, unsent, plans[i].0, issued, details)
            };
            crate::service::devices::apply_devices(
                cx,
                tx,
                &planned,
                now,
                &mut |done| tick(progress, BulkPhase::Adding, done, total),
                &each,
            )?
        }
    };
    let mut audits = Vec::with_capacity(total);
    for ((line, plan), (issued, audit)) in plans.iter().zip(issued) {
        audits.push((audit.object, audit.details));
        assigned += usize::from(plan.number.is_some());
        added.push(Added {
            line: *line,
            subscription: plan.subscription.clone(),
            number_assigned: plan.number.is_some(),
            issued,
        });
    }
    for chunk in audits.chunks(crate::store::delivery::BATCH) {
        crate::store::delivery::insert_audits(tx, &head, chunk)?;
    }
    super::drop_beside(audits);
    tick(progress, BulkPhase::Adding, total, total)?;
    let first = added.first().map(|a| a.issued.device_id.clone()).unwrap_or_default();
    let last = added.last().map(|a| a.issued.device_id.clone()).unwrap_or_default();
    let summary = format!(
        "{total} Webex Go devices added ({first} to {last}); {assigned} primary numbers assigned; codes issued"
    );
    Ok((added, Audit::new(format!("import:{source}"), summary)))
}

/// A device just added, with its code (in memory only).
struct Added {
    line: u64,
    subscription: String,
    number_assigned: bool,
    issued: IssuedCode,
}
