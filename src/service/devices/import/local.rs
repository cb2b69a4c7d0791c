//! WG13 on the local backend: the database is the truth, so every row is checked against every
//! rule and the devices are added in one transaction, all or nothing.

use std::fmt::Write as _;
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::sheet::{self, Truth};
use super::{codes, tick, BulkDevice, BulkPhase, BulkProgress, BulkReport, EmailChoice, ImportRun};
use crate::domain::code::IssuedCode;
use crate::domain::{Error, Result};
use crate::service::core::{Audit, Core};
use crate::service::devices::DevicePlan;

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
    // A bulk import touches many index pages: a larger page cache for its duration.
    let cache = crate::store::delivery::set_cache_mib(&cx.conn, 64)?;
    let added = cx.act_delivered(
        ok,
        |cx, tx, now| {
            let checked = sheet::check(cx, tx, &sheet, Truth::Local, progress)?;
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
            let added = add_planned(cx, tx, &checked.plans, &source, now, (wanted_email, emailing), progress)?;
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

/// Adds every planned device in the caller's transaction, each audited like a single add (the
/// same rows and audit text, written a few hundred a statement). A code that is not to be
/// emailed (`(wanted, emailing)`) gets its note why here, as `deliver_code` would give it.
fn add_planned(
    cx: &Core,
    tx: &Connection,
    plans: &[(u64, DevicePlan)],
    source: &str,
    now: DateTime<Utc>,
    (wanted_email, emailing): (bool, bool),
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
    let planned: Vec<&DevicePlan> = plans.iter().map(|(_, plan)| plan).collect();
    let org = &cx.org;
    let each = |i: usize, issued: &mut IssuedCode, details: &mut String| {
        let _ = write!(details, "; bulk import of {source}, line {}", plans[i].0);
        if !emailing {
            if let Some(note) = crate::service::devices::unsent_note(org, &issued.owner_email, wanted_email) {
                issued.email_note = note;
            }
        }
    };
    let issued = crate::service::devices::apply_devices(
        cx,
        tx,
        &planned,
        now,
        &mut |done| tick(progress, BulkPhase::Adding, done, total),
        &each,
    )?;
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
