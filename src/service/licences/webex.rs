//! Licences through the Webex API (issue 17): assigning a licence template to one user (AL01,
//! AL03), and the runs of many requests (see `runs`): re-applying a template (AL06), a directory
//! sync (AL02, AL05) and a manual assignment from a file. wxgo's own licence templates stay in
//! wxgo's store.

use super::rules::{
    al06_unconfirmed, calling_template, check_assignment, covered, lookup_number, no_template, preview_at,
};
use super::runs::{
    apply_row, licence_requests, plan_and_run, run_job, DirectoryFields, Job, LicenceIds, Provision, Row,
};
use super::{
    rules, AssignReport, CallingOutcome, LicencesBackend, ManualAssignment, NotProvisionedRow, Progress, ReapplyReport,
    RunOptions, SyncReport, Tally, UserOutcome,
};
use crate::domain::error::{Text, Val};
use crate::domain::licensing::{self as al, Template};
use crate::domain::{licence, Error, Result};
use crate::outside::directory::Directory;
use crate::outside::webex::models::{LicenseRequest, NewPerson};
use crate::service::backend::webex::{api, unknown_mark, unknown_pending, unknown_settled, Accepted, Webex};
use crate::service::core::{Allowed, Audit, Core};
use crate::service::journal::input_hash;
use crate::service::people::webex::Seen;
use crate::service::people::PersonChange;
use crate::store::licensing::{self as ls, CallingData, CallingUser};
use crate::store::queries as q;
use crate::store::webex_people as wp;

impl LicencesBackend for Webex {
    fn directory_sync(
        &self,
        cx: &Core,
        ok: Option<Allowed>,
        directory: &mut dyn Directory,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<SyncReport> {
        directory_sync(self, cx, ok, directory, opts, progress)
    }

    fn assign_one(&self, cx: &Core, ok: Allowed, template: &str, a: &ManualAssignment) -> Result<UserOutcome> {
        assign_one(self, cx, ok, template, a)
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
        assign_from(self, cx, ok, template, rows, opts, progress)
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
        reapply(self, cx, ok, template, preserve, confirmed_losses, opts, progress)
    }

    fn not_provisioned(&self, cx: &Core, filter: &str, offset: usize, limit: usize) -> Result<Vec<NotProvisionedRow>> {
        without_calling(cx, filter, offset, limit)
    }

    fn not_provisioned_count(&self, cx: &Core, filter: &str) -> Result<usize> {
        ls::without_calling_count(&cx.conn, cx.org.id, filter)
    }

    fn none_missing(&self) -> crate::domain::error::Text {
        crate::said!("np-none-missing-webex")
    }
}

/// AL04 on a real organisation: everyone Webex lists without a Calling licence (whatever the
/// templates say), why from what Webex gives (the licences they hold, their calling location,
/// extension and numbers, the work number's checks) and the fix.
pub(crate) fn without_calling(cx: &Core, filter: &str, offset: usize, limit: usize) -> Result<Vec<NotProvisionedRow>> {
    let templates = ls::templates(&cx.conn, cx.org.id)?;
    let users = ls::without_calling(&cx.conn, cx.org.id, filter, offset, limit)?;
    let mut rows = Vec::with_capacity(users.len());
    for u in users {
        let row = q::user_by_id(&cx.conn, u.id)?;
        let template = al::effective(&templates, u.department.as_deref());
        let held = if row.licences.is_empty() {
            crate::said!("reason-held-none")
        } else {
            let names = row.licences.iter().map(|l| licence::display(l)).collect::<Vec<_>>().join(", ");
            crate::said!("reason-held-only", licences = names)
        };
        let mut why = vec![crate::said!("reason-webex-no-calling", held = held)];
        // What a Calling licence needs (AL01), as Webex has it for them.
        let mut lacks = Vec::new();
        if row.location.is_none() {
            lacks.push(crate::said!("reason-lacks-location"));
        }
        if row.extension.is_none() && row.primary_number.is_none() && u.work_phone.is_none() {
            lacks.push(crate::said!("reason-lacks-number"));
        }
        if !lacks.is_empty() {
            why.push(crate::said!("reason-webex-lacks", what = joined(lacks, "reason-and")));
        }
        let check = match u.work_phone.as_deref() {
            Some(raw) => rules::lookup_number(cx, &cx.conn, Some(u.id), Some(raw))?.err(),
            None => None,
        };
        if let Some(f) = &check {
            why.push(f.reason.clone());
        }
        if let Some(recorded) = &u.calling_reason {
            why.push(crate::said!("reason-last-said", recorded = al::recorded_reason(recorded, check.as_ref())));
        }
        let how = match (row.location.as_deref(), row.extension.as_deref()) {
            (Some(loc), Some(ext)) => format!("--location \"{loc}\" --extension {ext}"),
            (Some(loc), None) => format!("--location \"{loc}\" --extension N"),
            (None, _) => "--location NAME --extension N".to_string(),
        };
        let fix = match template {
            Some(t) if t.grants_calling => crate::said!(
                "reason-fix-assign",
                command = format!("`wxgo licences assign --template \"{}\" --user {} {how}`", t.name, u.email)
            ),
            _ => crate::said!(
                "reason-fix-assign-template",
                save = "`wxgo licences template-save NAME --calling`",
                assign = format!("`wxgo licences assign --template NAME --user {} {how}`", u.email)
            ),
        };
        rows.push(NotProvisionedRow {
            email: u.email,
            display_name: u.display_name,
            department: u.department,
            work_phone: u.work_phone,
            reason: Some(joined(why, "reason-also")),
            check: check.map(|f| f.failure),
            fix,
            template: template.map(|t| t.name.clone()),
        });
    }
    Ok(rows)
}

/// `items` one after the other, joined by the message `by` (`{ $first }; { $then }`).
fn joined(items: Vec<Text>, by: &'static str) -> Text {
    items
        .into_iter()
        .reduce(|first, then| Text::msg(by, vec![("first", first.into()), ("then", then.into())]))
        .unwrap_or_default()
}

/// AL06 on a real organisation: a `PATCH /licenses/users` for every covered user it changes.
#[allow(clippy::too_many_arguments)]
pub(crate) fn reapply(
    w: &Webex,
    cx: &Core,
    ok: Option<Allowed>,
    template: &str,
    preserve: bool,
    confirmed_losses: Option<usize>,
    opts: &RunOptions,
    progress: Progress,
) -> Result<ReapplyReport> {
    let action = "re-apply licence template";
    let preview = preview_at(cx, &cx.conn, template)?;
    if let Some(e) = al06_unconfirmed(&preview, preserve, confirmed_losses, opts.dry_run) {
        return Err(e);
    }
    let templates = ls::templates(&cx.conn, cx.org.id)?;
    let t = al::by_name(&templates, template).ok_or_else(|| no_template(template, &templates))?.clone();
    let users: Vec<CallingUser> = covered(&templates, &t, ls::all_users(&cx.conn, cx.org.id)?).collect();
    let held = wp::licences_by_user(&cx.conn, cx.org.id)?;
    let people = wp::webex_ids(&cx.conn, cx.org.id)?;
    let none = Vec::new();
    let mut rows = Vec::with_capacity(users.len());
    for u in &users {
        rows.push(template_row(
            cx,
            Some(&t),
            u,
            held.get(&u.id).unwrap_or(&none),
            people.get(&u.id).cloned(),
            preserve,
        )?);
    }
    let hash = input_hash(
        action,
        &[t.name.as_bytes(), &[u8::from(t.grants_calling), u8::from(preserve)], t.licences.join(",").as_bytes()],
    );
    let total = rows.len();
    let name = t.name.clone();
    let (users, run, deleted) = plan_and_run(w, cx, ok, action, &hash, &t.name, rows, opts, progress, |c, s| {
        Audit::new(
        format!("licence-template:{name}"),
        format!(
            "template {name}; preserve licences {}; {total} covered: {} provisioned, {} not provisioned, {} kept, {} lost Webex Calling; {} failed{}",
            if preserve { "on" } else { "off" },
            c.provisioned,
            c.not_provisioned,
            c.kept,
            c.removed,
            s.failed,
            if s.cancelled { "; cancelled (run it again to continue)" } else { "" }
        ),
    )
    })?;
    let calling = Tally::of(&users);
    Ok(ReapplyReport { template: t.name.clone(), preserve, covered_users: total, calling, deleted, users, run })
}

/// AL03 for one user on a real organisation: one `PATCH /licenses/users` (Calling with the
/// location, number and extension, and the template's other licences).
pub(crate) fn assign_one(
    w: &Webex,
    cx: &Core,
    ok: Allowed,
    template: &str,
    a: &ManualAssignment,
) -> Result<UserOutcome> {
    let action = "assign licence template";
    let templates = ls::templates(&cx.conn, cx.org.id)?;
    let t = calling_template(cx, &templates, template)?.clone();
    let row = assignment_row(cx, &templates, &t, a)?;
    if !row.needs_requests() {
        return Ok(row.outcome);
    }
    let locations = crate::service::people::webex::location_words(cx);
    let mut deleted = CallingData::default();
    let out = w.via_api(
        cx,
        ok,
        |c| {
            let ids = LicenceIds::new(&api(c.run(c.api().list_licenses()))?);
            let (add, missing) = licence_requests(cx, &row, &ids);
            if !missing.is_empty() {
                return Err(Error::not_found(crate::said!(
                    "licence-missing-in-webex",
                    licences = missing.join(", "),
                    n = missing.len(),
                    command = "`wxgo licences template-save`"
                )));
            }
            let key = row.person_id.clone().unwrap_or_else(|| row.key.clone());
            // An earlier assignment for this person got no answer: re-read first, send only
            // what is missing (the lost-answer rule).
            let resume = unknown_pending(cx, action, &key)?;
            let job = Job {
                person_id: row.person_id.clone(),
                email: row.outcome.email.clone(),
                create: None,
                person: None,
                add: add.clone(),
                remove_keys: Vec::new(),
                resume,
            };
            let answer = c.run(run_job(c.api().clone(), &ids, &locations, job));
            if answer.unknown {
                return Err(lost_licence_answer(cx, c, action, &key, &row.outcome.email, &add, answer.error));
            }
            if let Some(e) = answer.error {
                return Err(e);
            }
            if resume {
                unknown_settled(cx, action, &key, "asked Webex, then done")?;
            }
            let tracking_id = answer.tracking.first().cloned();
            Ok(Accepted { value: (answer, ids), tracking_id })
        },
        |cx, tx, now, (answer, ids)| {
            let o = apply_row(cx, tx, &row, Some(answer), Some(&ids), now, &mut deleted)?;
            let details = format!(
                "template {}; {}: {}{}",
                t.name,
                o.email,
                o.calling.label(),
                if o.partial { " (Webex applied only part of it)" } else { "" }
            );
            Ok((o, Audit::new(format!("user:{}", a.email.trim()), details)))
        },
    )?;
    Ok(out)
}

/// AL03 from a file on a real organisation: a run of `PATCH /licenses/users`.
pub(crate) fn assign_from(
    w: &Webex,
    cx: &Core,
    ok: Option<Allowed>,
    template: &str,
    rows_in: &[ManualAssignment],
    opts: &RunOptions,
    progress: Progress,
) -> Result<AssignReport> {
    let action = "assign licence template";
    let templates = ls::templates(&cx.conn, cx.org.id)?;
    let t = calling_template(cx, &templates, template)?.clone();
    let mut rows = Vec::with_capacity(rows_in.len());
    let mut input = String::new();
    for a in rows_in {
        input.push_str(&format!(
            "{}\u{1f}{}\u{1f}{}\u{1f}{}\n",
            a.email,
            a.location.as_deref().unwrap_or(""),
            a.number.as_deref().unwrap_or(""),
            a.extension.as_deref().unwrap_or("")
        ));
        rows.push(match assignment_row(cx, &templates, &t, a) {
            Ok(r) => r,
            Err(e @ (Error::Database(_) | Error::Io(_))) => return Err(e),
            Err(e) => {
                let mut o = UserOutcome::new(a.email.trim(), CallingOutcome::Refused, Some(&t));
                o.line = a.line;
                o.reason = Some(e.said());
                Row::new(&format!("line {} {}", a.line.unwrap_or(0), a.email.trim()), o, None, None)
            }
        });
    }
    let hash = input_hash(action, &[t.name.as_bytes(), input.as_bytes()]);
    let name = t.name.clone();
    let total = rows.len();
    let (users, run, _) = plan_and_run(w, cx, ok, action, &hash, &t.name, rows, opts, progress, |c, s| {
        Audit::new(
        format!("licence-template:{name}"),
        format!(
            "template {name}; {total} users: {} licensed, {} already had Calling, {} refused or not covered; {} failed in Webex",
            c.provisioned,
            c.kept,
            c.refused + c.not_covered,
            s.failed
        ),
    )
    })?;
    let calling = Tally::of(&users);
    Ok(AssignReport { template: t.name.clone(), calling, users, run })
}

/// AL02/AL05 on a real organisation: a new person is created (`POST /people`), a changed
/// name or department is written through the people API (re-read, compare), and a covered
/// user whose work number passes every check gets Calling (`PATCH /licenses/users`, with the
/// number). A user with Calling keeps their setup when the directory changes the number.
pub(crate) fn directory_sync(
    w: &Webex,
    cx: &Core,
    ok: Option<Allowed>,
    directory: &mut dyn Directory,
    opts: &RunOptions,
    progress: Progress,
) -> Result<SyncReport> {
    let action = "directory sync";
    let source = directory.describe();
    let entries = directory.read()?;
    let templates = ls::templates(&cx.conn, cx.org.id)?;
    let held = wp::licences_by_user(&cx.conn, cx.org.id)?;
    let none = Vec::new();
    let mut rows = Vec::with_capacity(entries.len());
    let mut input = String::new();
    let (mut created, mut updated, mut unchanged) = (0, 0, 0);
    for e in &entries {
        input.push_str(&format!(
            "{}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\n",
            e.email, e.display_name, e.work_phone, e.department
        ));
        let existing = ls::user(&cx.conn, cx.org.id, &e.email)?;
        let name = match (&e.display_name, &existing) {
            (Some(n), _) => n.clone(),
            (None, Some(u)) => u.display_name.clone(),
            (None, None) => e.name_or_email().to_string(),
        };
        let work_phone = e.work_phone.clone().unwrap_or_else(|| existing.as_ref().and_then(|u| u.work_phone.clone()));
        let department = e.department.clone().unwrap_or_else(|| existing.as_ref().and_then(|u| u.department.clone()));
        let t = al::effective(&templates, department.as_deref());
        let fields =
            DirectoryFields { name: name.clone(), work_phone: work_phone.clone(), department: department.clone() };
        let mut row = match &existing {
            Some(u) => {
                let cached = wp::cached_person(&cx.conn, u.id)?;
                let seen_user = CallingUser {
                    work_phone: work_phone.clone(),
                    department: department.clone(),
                    display_name: name.clone(),
                    ..u.clone()
                };
                let mut row =
                    template_row(cx, t, &seen_user, held.get(&u.id).unwrap_or(&none), cached.webex_id.clone(), true)?;
                let mut change = PersonChange::default();
                if name != u.display_name {
                    change.display_name = Some(name.clone());
                }
                if department.is_some() && department != u.department {
                    change.department = department.clone();
                }
                let changed = !change.is_empty() || work_phone != u.work_phone || department != u.department;
                if !change.is_empty() {
                    row.person = Some((Seen::of_cache(&cached), change));
                }
                if changed {
                    updated += 1;
                } else {
                    unchanged += 1;
                }
                if changed && work_phone != u.work_phone && u.has_calling {
                    let number = match work_phone.as_deref() {
                        Some(n) => Val::from(n),
                        None => Val::Msg("report-none"),
                    };
                    row.outcome.reason = Some(crate::said!("reason-directory-kept", number = number));
                }
                row.outcome.directory = Some(if changed { "updated" } else { "unchanged" });
                row
            }
            None => {
                created += 1;
                let u = CallingUser {
                    id: 0,
                    email: e.email.clone(),
                    display_name: name.clone(),
                    department: department.clone(),
                    work_phone: work_phone.clone(),
                    location: None,
                    calling_status: "none".into(),
                    calling_reason: None,
                    has_calling: false,
                };
                let mut row = template_row(cx, t, &u, &none, None, true)?;
                row.user = None;
                row.create = Some(NewPerson {
                    emails: vec![e.email.clone()],
                    display_name: Some(name.clone()),
                    department: department.clone(),
                    ..NewPerson::default()
                });
                row.outcome.directory = Some("created");
                row
            }
        };
        row.outcome.line = Some(e.line);
        row.directory = Some(fields);
        rows.push(row);
    }
    let hash = input_hash(action, &[input.as_bytes()]);
    let total = rows.len();
    let src = source.clone();
    let (users, run, _) = plan_and_run(w, cx, ok, action, &hash, &source, rows, opts, progress, |c, s| {
        Audit::new(
        "directory",
        format!(
            "source {src}; {total} users: {created} created, {updated} updated, {unchanged} unchanged; Webex Calling: {} provisioned, {} not provisioned, {} kept, {} not covered; {} failed{}",
            c.provisioned,
            c.not_provisioned,
            c.kept,
            c.not_covered,
            s.failed,
            if s.cancelled { "; cancelled (run it again to continue)" } else { "" }
        ),
    )
    })?;
    let calling = Tally::of(&users);
    Ok(SyncReport { source, total, created, updated, unchanged, calling, users, run })
}

/// The row that applies `t` to a cached user (AL02, AL05, AL06), as the local backend's
/// `apply_template_to` decides it; `held` are the licence keys the user holds.
pub(crate) fn template_row(
    cx: &Core,
    t: Option<&Template>,
    u: &CallingUser,
    held: &[String],
    person_id: Option<String>,
    preserve: bool,
) -> Result<Row> {
    let grants = t.is_some_and(|t| t.grants_calling);
    let missing_others: Vec<String> =
        t.map(|t| t.licences.iter().filter(|l| !held.contains(l)).cloned().collect()).unwrap_or_default();
    let mut row = Row::new(&u.email, UserOutcome::new(&u.email, CallingOutcome::Kept, t), Some(u.id), person_id);
    row.add = missing_others;
    match (grants, u.has_calling) {
        (true, true) => {}
        (true, false) => match lookup_number(cx, &cx.conn, Some(u.id), u.work_phone.as_deref())? {
            Ok(usable) => {
                row.outcome.calling = CallingOutcome::Provisioned;
                row.outcome.location = Some(usable.number.location.clone());
                row.outcome.number = Some(usable.e164.to_string());
                row.add.insert(0, licence::CALLING_PROFESSIONAL.to_string());
                row.provision = Some(Provision {
                    loc_id: usable.number.location_id,
                    loc_name: usable.number.location.clone(),
                    loc_webex_id: wp::location_webex_id(&cx.conn, usable.number.location_id)?,
                    number_id: Some(usable.number.id),
                    e164: Some(usable.e164.to_string()),
                    extension: None,
                });
            }
            Err(f) => {
                row.outcome = UserOutcome::new(&u.email, CallingOutcome::NotProvisioned, t).failed(&f);
                row.not_provisioned = Some(f.reason.to_string());
            }
        },
        (false, true) if !preserve => {
            row.outcome.calling = CallingOutcome::Removed;
            row.remove = held
                .iter()
                .filter(|l| *l == licence::CALLING_PROFESSIONAL || *l == licence::CALLING_BASIC)
                .cloned()
                .collect();
        }
        (false, true) => {}
        (false, false) => row.outcome.calling = CallingOutcome::NotCovered,
    }
    Ok(row)
}

/// The row of a manual assignment: refused rows carry their reason and send nothing.
pub(crate) fn assignment_row(cx: &Core, templates: &[Template], t: &Template, a: &ManualAssignment) -> Result<Row> {
    let c = check_assignment(cx, &cx.conn, templates, t, a)?;
    let person_id = wp::cached_person(&cx.conn, c.user.id)?.webex_id;
    let mut row = Row::new(
        &c.user.email,
        UserOutcome::new(&c.user.email, CallingOutcome::Kept, Some(t)),
        Some(c.user.id),
        person_id,
    );
    row.outcome.line = a.line;
    if c.user.has_calling {
        row.outcome.reason = Some(crate::said!("reason-has-calling", email = &c.user.email));
        return Ok(row);
    }
    let held = wp::licences_by_user(&cx.conn, cx.org.id)?.remove(&c.user.id).unwrap_or_default();
    row.add = std::iter::once(licence::CALLING_PROFESSIONAL.to_string())
        .chain(t.licences.iter().filter(|l| !held.contains(l)).cloned())
        .collect();
    row.outcome.calling = CallingOutcome::Provisioned;
    row.outcome.location = Some(c.loc_name.clone());
    row.outcome.number = c.number.as_ref().map(|n| n.e164.to_string());
    row.provision = Some(Provision {
        loc_id: c.loc_id,
        loc_name: c.loc_name.clone(),
        loc_webex_id: wp::location_webex_id(&cx.conn, c.loc_id)?,
        number_id: c.number.as_ref().map(|n| n.number.id),
        e164: c.number.as_ref().map(|n| n.e164.to_string()),
        extension: c.extension.clone(),
    });
    Ok(row)
}

/// A licence change that got no answer: journalled as unknown, then the person is re-read
/// (`GET /people/{id}`) and the error says what Webex has; the next try re-reads first too.
pub(crate) fn lost_licence_answer(
    cx: &Core,
    c: &crate::service::backend::webex::signin::OrgClient,
    action: &str,
    key: &str,
    email: &str,
    asked: &[LicenseRequest],
    error: Option<Error>,
) -> Error {
    let said = error.map(|e| e.said()).unwrap_or_default();
    if let Err(j) = unknown_mark(cx, action, key, "no answer to PATCH /licenses/users") {
        return Error::unreachable(crate::said!(
            "licence-unknown-unjournalled",
            error = said,
            journal = j.said(),
            email = email
        ));
    }
    let now = match c.run(c.api().get_person(key)) {
        Ok(p) => {
            let held = asked.iter().filter(|l| p.licenses.contains(&l.id)).count();
            if held == asked.len() {
                crate::said!("licence-unknown-all", email = email, sync = "`wxgo sync`")
            } else if held == 0 {
                crate::said!("licence-unknown-none", email = email)
            } else {
                crate::said!("licence-unknown-some", email = email, held = held, n = asked.len())
            }
        }
        Err(e) => crate::said!("licence-unknown-unasked", email = email, error = e.text()),
    };
    Error::unreachable(crate::said!("licence-unknown", error = said, now = now))
}
