//! Licences on the local backend (AL01-AL06): the database is the truth, and every run (a
//! directory sync, a manual assignment from a file, a re-apply) is one transaction: all of it,
//! or nothing; with `--dry-run` the same work in a transaction that is rolled back.

use rusqlite::Connection;

use super::rules::{
    al06_unconfirmed, audit_user, calling_template, check_assignment, covered, lookup_number, no_template, preview_at,
    tick,
};
use super::{
    AssignReport, CallingOutcome, LicencesBackend, ManualAssignment, Progress, ReapplyReport, RunOptions, RunSummary,
    SyncReport, Tally, UserOutcome,
};
use crate::domain::licensing::{self as al, Template};
use crate::domain::{Error, Result};
use crate::outside::directory::{Directory, DirectoryEntry};
use crate::service::backend::Local;
use crate::service::core::{Allowed, Audit, Core};
use crate::store::licensing::{self as ls, CallingData, CallingUser};

impl LicencesBackend for Local {
    fn directory_sync(
        &self,
        cx: &Core,
        ok: Option<Allowed>,
        directory: &mut dyn Directory,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<SyncReport> {
        let source = directory.describe();
        let entries = directory.read()?;
        act_or_dry(cx, ok, |cx, tx, now| {
            let templates = ls::templates(tx, cx.org.id)?;
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
                let outcome = sync_one(cx, tx, &templates, e, now)?;
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
            Ok((report, Audit::new(format!("org:{}", cx.org.name), details)))
        })
    }

    fn assign_one(&self, cx: &Core, ok: Allowed, template: &str, a: &ManualAssignment) -> Result<UserOutcome> {
        cx.act(ok, |cx, tx, now| {
            let templates = ls::templates(tx, cx.org.id)?;
            let t = calling_template(cx, &templates, template)?;
            let outcome = assign_one(cx, tx, &templates, t, a, now)?;
            let details = format!("template {}; {}: {}", t.name, outcome.email, outcome.calling.label());
            Ok((outcome, Audit::new(format!("user:{}", a.email.trim()), details)))
        })
    }

    fn assign_from(
        &self,
        cx: &Core,
        ok: Option<Allowed>,
        template: &str,
        rows: &[ManualAssignment],
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<AssignReport> {
        act_or_dry(cx, ok, |cx, tx, now| {
            let templates = ls::templates(tx, cx.org.id)?;
            let t = calling_template(cx, &templates, template)?;
            let mut report = AssignReport {
                template: t.name.clone(),
                calling: Tally::default(),
                users: Vec::new(),
                run: RunSummary { dry_run: opts.dry_run, ..RunSummary::default() },
            };
            let total = rows.len();
            tick(&mut *progress, 0, total)?;
            for (i, a) in rows.iter().enumerate() {
                let outcome = match assign_one(cx, tx, &templates, t, a, now) {
                    Ok(o) => o,
                    Err(e @ (Error::Database(_) | Error::Io(_) | Error::ReadOnly(_) | Error::ReadOnlyFor { .. })) => {
                        return Err(e)
                    }
                    Err(e) => {
                        let mut o = UserOutcome::new(a.email.trim(), CallingOutcome::Refused, Some(t));
                        o.line = a.line;
                        o.reason = Some(e.said());
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

    fn reapply(
        &self,
        cx: &Core,
        ok: Option<Allowed>,
        template: &str,
        preserve: bool,
        confirmed_losses: Option<usize>,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<ReapplyReport> {
        act_or_dry(cx, ok, |cx, tx, now| {
            let preview = preview_at(cx, tx, template)?;
            if let Some(e) = al06_unconfirmed(&preview, preserve, confirmed_losses, opts.dry_run) {
                return Err(e);
            }
            let templates = ls::templates(tx, cx.org.id)?;
            let t = al::by_name(&templates, template).ok_or_else(|| no_template(template, &templates))?;
            let users: Vec<CallingUser> = covered(&templates, t, ls::all_users(tx, cx.org.id)?).collect();
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
                let before = if !preserve && u.has_calling && !t.grants_calling {
                    Some(ls::calling_data(tx, u.id)?)
                } else {
                    None
                };
                let outcome = apply_template_to(cx, tx, &templates, u, preserve, now)?;
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
}

/// Applies a user's template to them (directory sync and re-apply): licenses a covered user
/// without Calling when the work number passes AL02, records the reason otherwise, and
/// removes Calling from users whose template does not grant it only when `preserve` is off.
pub(crate) fn apply_template_to(
    cx: &Core,
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
        (true, false) => match lookup_number(cx, conn, Some(u.id), u.work_phone.as_deref())? {
            Ok(usable) => {
                ls::provision(conn, u.id, usable.number.location_id, Some(usable.number.id), None, now)?;
                let mut o = UserOutcome::new(&u.email, CallingOutcome::Provisioned, t);
                o.location = Some(usable.number.location.clone());
                o.number = Some(usable.e164.to_string());
                audit_user(
                    cx,
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
                    audit_user(cx, conn, &u.email, &format!("not provisioned with Webex Calling: {}", f.reason), now)?;
                }
                UserOutcome::new(&u.email, CallingOutcome::NotProvisioned, t).failed(&f)
            }
        },
        (false, true) if !preserve => {
            let gone = ls::remove_calling(conn, u.id, now)?;
            audit_user(cx, conn, &u.email, &format!(
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

pub(crate) fn sync_one(
    cx: &Core,
    tx: &Connection,
    templates: &[Template],
    e: &DirectoryEntry,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<UserOutcome> {
    // What the directory says, over what is known: a column the file lacks changes nothing,
    // and a blank name never replaces a name.
    let existing = ls::user(tx, cx.org.id, &e.email)?;
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
                audit_user(
                    cx,
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
            ls::insert_user(tx, cx.org.id, &e.email, &name, work_phone.as_deref(), department.as_deref(), now)?;
            (
                ls::user(tx, cx.org.id, &e.email)?
                    .ok_or_else(|| Error::not_found(crate::said!("user-not-read-back", email = &e.email)))?,
                "created",
            )
        }
    };
    // The template sees the user as the directory now describes them.
    let user = CallingUser { work_phone, department, display_name: name, ..user };
    let mut outcome = apply_template_to(cx, tx, templates, &user, true, now)?;
    outcome.line = Some(e.line);
    outcome.directory = Some(directory);
    Ok(outcome)
}

/// Checks every condition first, then writes: a refusal leaves the user as they were.
pub(crate) fn assign_one(
    cx: &Core,
    tx: &Connection,
    templates: &[Template],
    t: &Template,
    a: &ManualAssignment,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<UserOutcome> {
    let c = check_assignment(cx, tx, templates, t, a)?;
    let mut outcome = UserOutcome::new(&c.user.email, CallingOutcome::Kept, Some(t));
    outcome.line = a.line;
    if c.user.has_calling {
        outcome.reason = Some(crate::said!("reason-has-calling", email = &c.user.email));
        return Ok(outcome);
    }
    let u = &c.user;
    let others: Vec<&str> = t.licences.iter().map(String::as_str).collect();
    ls::add_licences(tx, u.id, &others)?;
    ls::provision(tx, u.id, c.loc_id, c.number.as_ref().map(|n| n.number.id), c.extension.as_deref(), now)?;
    let shown_number = c.number.as_ref().map(|n| n.e164.to_string());
    audit_user(
        cx,
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

/// A changing action, or with `dry` its check alone: the same work in a transaction that is
/// rolled back, so every row is checked and nothing changes (nothing is audited either).
pub(crate) fn act_or_dry<T>(
    cx: &Core,
    ok: Option<Allowed>,
    f: impl FnOnce(&Core, &Connection, chrono::DateTime<chrono::Utc>) -> Result<(T, Audit)>,
) -> Result<T> {
    if let Some(ok) = ok {
        return cx.act(ok, f);
    }
    let now = cx.now();
    let tx = rusqlite::Transaction::new_unchecked(&cx.conn, rusqlite::TransactionBehavior::Deferred)
        .map_err(crate::store::db_error)?;
    let (value, _) = f(cx, &tx, now)?;
    drop(tx); // rolled back
    Ok(value)
}
