//! The licence rules every backend shares (AL01-AL06): which number a user can be given, which
//! template covers whom, what a manual assignment needs, what re-applying would take away.

use rusqlite::Connection;

use super::{ManualAssignment, Progress, ReapplyPreview, WorkNumberOutcome, CANCELLED};
use crate::domain::error::Text;
use crate::domain::licensing::{self as al, CheckFailure, Failure, Template, Usable};
use crate::domain::{Error, Result, E164};
use crate::service::core::{Audit, Core};
use crate::store::licensing::{self as ls, CallingData, CallingUser};
use crate::store::queries as q;

/// A manual assignment that passed its checks (see [`Service::check_assignment`]).
pub(crate) struct CheckedAssignment {
    pub user: CallingUser,
    pub loc_id: i64,
    pub loc_name: String,
    pub number: Option<Usable>,
    pub extension: Option<String>,
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
        None => crate::said!("al06-unconfirmed", warning = preview.warning.clone(), flags = "--no-preserve --yes"),
        Some(n) => crate::said!("al06-changed", confirmed = n, n = preview.will_lose_calling),
    };
    Some(Error::rule("AL06", message))
}

/// Reports progress; an error (and so a full rollback) when the admin cancelled.
pub(crate) fn tick(progress: Progress, done: usize, total: usize) -> Result<()> {
    if progress(done, total) {
        Ok(())
    } else {
        Err(cancelled(done, total))
    }
}

pub(crate) fn cancelled(done: usize, total: usize) -> Error {
    Error::rule(CANCELLED, crate::said!("cancelled-licensing", done = done, total = total))
}

pub(crate) fn no_template(name: &str, templates: &[Template]) -> Error {
    let names = templates.iter().map(|t| format!("\"{}\"", t.name)).collect::<Vec<_>>().join(", ");
    use crate::domain::error::Val;
    let names = if names.is_empty() { Val::Msg("names-none") } else { Val::Text(names) };
    Error::not_found(crate::said!(
        "not-found-template",
        name = name.trim(),
        names = names,
        command = "`wxgo licences templates`"
    ))
}

/// [`template_label`] said in the language (`"Sales" (group Sales)`).
pub(crate) fn template_said(t: &Template) -> Text {
    match (&t.scope, &t.group) {
        (al::Scope::Group, Some(g)) => crate::said!("reason-template-group", name = &t.name, group = g),
        _ => crate::said!("reason-template-org", name = &t.name),
    }
}

/// The fix that re-applies the template `name`.
pub(crate) fn reapply_fix(name: &str) -> Text {
    crate::said!("reason-fix-reapply", command = format!("`wxgo licences reapply --template \"{name}\"`"))
}

pub(crate) fn template_label(t: &Template) -> String {
    match (&t.scope, &t.group) {
        (al::Scope::Group, Some(g)) => format!("\"{}\" (group {g})", t.name),
        _ => format!("\"{}\" (organisation)", t.name),
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

pub(crate) fn calling_template<'t>(_cx: &Core, templates: &'t [Template], name: &str) -> Result<&'t Template> {
    let t = al::by_name(templates, name).ok_or_else(|| no_template(name, templates))?;
    if !t.grants_calling {
        return Err(Error::rule("AL03", crate::said!("al03-no-calling", template = template_said(t))));
    }
    Ok(t)
}

/// AL01-AL03 for one user of a manual assignment, checked and not written: who, where, which
/// number and extension. A user who already has Calling passes (nothing is to be done).
pub(crate) fn check_assignment(
    cx: &Core,
    tx: &Connection,
    templates: &[Template],
    t: &Template,
    a: &ManualAssignment,
) -> Result<CheckedAssignment> {
    let u = ls::user(tx, cx.org.id, &a.email)?.ok_or_else(|| cx.no_user(&a.email))?;
    match al::effective(templates, u.department.as_deref()) {
        Some(own) if own.id == t.id => {}
        own => {
            return Err(Error::rule(
                "AL03",
                crate::said!(
                    "al03-not-covered",
                    email = &u.email,
                    template = template_said(t),
                    theirs = match own {
                        Some(own) => template_said(own),
                        None => "none".into(),
                    }
                ),
            ))
        }
    }
    if u.has_calling {
        return Ok(CheckedAssignment { user: u, loc_id: 0, loc_name: String::new(), number: None, extension: None });
    }
    let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
    let (location, number, extension) = (given(&a.location), given(&a.number), given(&a.extension));
    al::check_calling_setup(location.as_deref(), extension.as_deref(), number.as_deref()).map_err(|e| match e {
        Error::Rule { rule, message } => Error::rule(rule, message.around(&format!("{}: ", u.email), "")),
        other => other,
    })?;
    let location = location.unwrap_or_default();
    let (loc_id, loc_name) = ls::location_by_name(tx, cx.org.id, &location)?.ok_or_else(|| {
        let names = crate::store::queries::locations(tx, cx.org.id)
            .map(|locs| locs.into_iter().map(|l| l.name).collect::<Vec<_>>().join(", "))
            .unwrap_or_default();
        Error::not_found(
            crate::said!("not-found-location-listed", location = &location, org = &cx.org.name, names = names)
                .around(&format!("{}: ", u.email), ""),
        )
    })?;
    let extension = match extension {
        Some(ext) => {
            let ext = al::check_extension(&ext)?;
            if let Some(holder) = ls::extension_holder(tx, loc_id, &ext, u.id)? {
                return Err(Error::invalid(crate::said!(
                    "extension-taken",
                    email = &u.email,
                    extension = &ext,
                    holder = holder,
                    location = &loc_name
                )));
            }
            Some(ext)
        }
        None => None,
    };
    let number = match number {
        Some(n) => {
            let usable = match lookup_number(cx, tx, Some(u.id), Some(&n))? {
                Ok(usable) => usable,
                Err(f) => {
                    let said =
                        crate::said!("reason-refused-row", email = &u.email, reason = f.reason, fix = f.failure.fix());
                    return Err(Error::rule("AL02", said));
                }
            };
            if usable.number.location_id != loc_id {
                return Err(Error::rule(
                    "AL02",
                    crate::said!(
                        "al02-other-location",
                        email = &u.email,
                        number = usable.e164.as_str(),
                        its = &usable.number.location,
                        location = &loc_name
                    ),
                ));
            }
            Some(usable)
        }
        None => None,
    };
    Ok(CheckedAssignment { user: u, loc_id, loc_name, number, extension })
}

pub(crate) fn preview_at(cx: &Core, conn: &Connection, template: &str) -> Result<ReapplyPreview> {
    let templates = ls::templates(conn, cx.org.id)?;
    let t = al::by_name(&templates, template).ok_or_else(|| no_template(template, &templates))?;
    let mut p = ReapplyPreview {
        template: t.name.clone(),
        grants_calling: t.grants_calling,
        covered_users: 0,
        to_license: 0,
        will_lose_calling: 0,
        losing: Vec::new(),
        deletes: CallingData::default(),
        warning: Default::default(),
    };
    for u in covered(&templates, t, ls::all_users(conn, cx.org.id)?) {
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
    p.warning = crate::said!(
        "reapply-warning",
        n = p.will_lose_calling,
        numbers = p.deletes.numbers,
        devices = p.deletes.devices
    );
    Ok(p)
}

pub(crate) fn lookup_number(
    cx: &Core,
    conn: &Connection,
    user: Option<i64>,
    raw: Option<&str>,
) -> Result<std::result::Result<Usable, CheckFailure>> {
    al::check_work_number(raw, user, (&cx.org.name, &cx.org.country), |n| {
        ls::inventory_number(conn, cx.org.id, n.as_str())
    })
}

/// The fix for a work number that most likely meant `meant` (a national form, a spreadsheet's
/// mangling): set it, when `meant` is in the inventory, free (or the user's own) and no other
/// user has the same work number; else what to do instead, with a free number of the user's
/// location when there is one.
pub(crate) fn meant_fix(cx: &Core, conn: &Connection, u: &CallingUser, raw: &str, meant: &E164) -> Result<Text> {
    let command = "`wxgo users set-work-number`";
    let others = ls::others_with_work_phone(conn, cx.org.id, u.id, &[raw.trim(), meant.as_str()])?;
    let check = lookup_number(cx, conn, Some(u.id), Some(meant.as_str()))?;
    let meant = meant.as_str();
    if check.is_ok() && others == 0 {
        return Ok(crate::said!("reason-fix-set-meant", meant = meant, command = command));
    }
    let why = match (&check, others) {
        (Err(f), _) if f.failure == Failure::NotAtLocation => {
            crate::said!("reason-meant-nowhere", raw = raw, meant = meant)
        }
        (Err(f), _) => crate::said!("reason-meant-but", raw = raw, meant = meant, why = f.bare()),
        (Ok(_), n) => crate::said!("reason-meant-shared", raw = raw, meant = meant, n = n),
    };
    let location = match &u.location {
        Some(name) => ls::location_by_name(conn, cx.org.id, name)?,
        None => None,
    };
    let free = match &location {
        Some((id, _)) => q::free_numbers(conn, *id, "standard", 1)?.into_iter().next(),
        None => None,
    };
    Ok(match (location, free) {
        (Some((_, loc)), Some(n)) => crate::said!(
            "reason-fix-free-number",
            why = why,
            location = &loc,
            free = &n.number,
            command = command,
            meant = meant
        ),
        (Some((_, loc)), None) => {
            crate::said!("reason-fix-no-free-number", why = why, location = &loc, command = command)
        }
        (None, _) => crate::said!("reason-fix-no-location", why = why),
    })
}

/// After a work number was recorded: a user without Calling loses the old reason, so the
/// template can be applied again; a user with Calling keeps their setup (AL05).
pub(crate) fn work_number_outcome(
    cx: &Core,
    tx: &Connection,
    u: &CallingUser,
    old: Option<&str>,
    e164: &E164,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(WorkNumberOutcome, Audit)> {
    if !u.has_calling {
        ls::set_calling_status(tx, u.id, "none", None, now)?;
    }
    let templates = ls::templates(tx, cx.org.id)?;
    let template = al::effective(&templates, u.department.as_deref());
    let check = lookup_number(cx, tx, Some(u.id), Some(e164.as_str()))?.err();
    let next = match (&check, u.has_calling, template) {
        (_, true, _) => crate::said!("reason-next-kept"),
        (_, false, Some(t)) if !t.grants_calling => crate::said!("reason-next-no-calling", template = template_said(t)),
        (_, false, None) => crate::said!("reason-next-not-covered"),
        (Some(f), false, _) => {
            crate::said!("reason-next-still-fails", reason = f.reason.clone(), fix = f.failure.fix())
        }
        (None, false, Some(t)) => {
            crate::said!("reason-next-passes", command = format!("`wxgo licences reapply --template \"{}\"`", t.name))
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

/// One audit entry on the user, so their detail view shows what licence assignment did.
pub(crate) fn audit_user(
    cx: &Core,
    conn: &Connection,
    email: &str,
    details: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    cx.write_audit(conn, "licence assignment", &Audit::new(format!("user:{email}"), details), "ok", now)
}
