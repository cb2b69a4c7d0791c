//! Licences through the Webex API (issue 17): assigning a licence template to one user
//! (AL01, AL03), and the runs of many requests: re-applying a template (AL06), a directory sync
//! (AL02, AL05) and a manual assignment from a file.
//!
//! Every licence change is one `PATCH /licenses/users` for one person (Calling with its
//! location, number and extension). A 206 answer applied only some licences: the user's report
//! lists each licence with whether Webex applied it, the cache gets only those, and the action
//! is never reported as a success. wxgo's own licence templates stay in wxgo's store.
//!
//! A run plans every row from the cache first (the rules decide who gets what; rows that need no
//! request are written at once), then sends at most 8 requests at once (`--serial`: one), never
//! two for one person, honours 429, and writes each answer to the cache with its audit entry and
//! its journal step in one transaction. Killed or cancelled, the same command again continues:
//! rows done are not planned again (the cache has them), and a row whose answer never came back
//! is re-read first (`GET /people/{id}`): licences already there are not sent again.

use std::cell::{Cell, RefCell};
use std::ops::ControlFlow;

use rusqlite::{Connection, TransactionBehavior};

pub(crate) use super::rows::{run_job, Answer, DirectoryFields, Job, LicenceIds, Provision, Row};
use super::rules::audit_user;
use super::LicenceResult;
use super::{CallingOutcome, Progress, RunOptions, RunSummary, Tally, UserOutcome};
use crate::domain::error::Text;
use crate::domain::{licence, Error, Result};
use crate::outside::webex::models::{LicenseOperation, LicenseProperties, LicenseRequest};
use crate::service::backend::webex::Webex;
use crate::service::backend::webex::{api, RUN_WIDTH};
use crate::service::core::{Allowed, Audit, Core};
use crate::service::journal::StepState;
use crate::service::people::webex::Seen;
use crate::store;
use crate::store::licensing::{self as ls, CallingData};
use crate::store::webex_people as wp;

/// The rows that send requests and those that do not, with their places in the input.
type Numbered = (Vec<(usize, Row)>, Vec<(usize, Row)>);

/// What a run ended with.
pub(crate) struct RunEnd {
    pub outcomes: Vec<UserOutcome>,
    pub summary: RunSummary,
    pub deleted: CallingData,
}

/// The licence requests of a row, by Webex's ids; a licence the organisation does not have is
/// left out (the row says so).
pub(crate) fn licence_requests(_cx: &Core, row: &Row, ids: &LicenceIds) -> (Vec<LicenseRequest>, Vec<String>) {
    let mut reqs = Vec::new();
    let mut missing = Vec::new();
    for key in &row.add {
        match ids.pick(key) {
            Some(id) => {
                let properties = (key == licence::CALLING_PROFESSIONAL).then(|| {
                    let p = row.provision.as_ref();
                    LicenseProperties {
                        location_id: p.and_then(|p| p.loc_webex_id.clone()),
                        phone_number: p.and_then(|p| p.e164.clone()),
                        extension: p.and_then(|p| p.extension.clone()),
                    }
                });
                reqs.push(LicenseRequest { id: id.to_string(), operation: LicenseOperation::Add, properties });
            }
            None => missing.push(key.clone()),
        }
    }
    (reqs, missing)
}

/// Writes a row to the cache: what the directory says, the AL02 reason, and what Webex
/// answered (only the licences it applied). Returns the user's outcome.
pub(crate) fn apply_row(
    cx: &Core,
    tx: &Connection,
    row: &Row,
    answer: Option<Answer>,
    ids: Option<&LicenceIds>,
    now: chrono::DateTime<chrono::Utc>,
    deleted: &mut CallingData,
) -> Result<UserOutcome> {
    let mut out = row.outcome.clone();
    if row.user.is_none() && row.create.is_none() {
        return Ok(out); // refused when planned: nothing to write
    }
    let answer = answer.unwrap_or_default();
    out.tracking_id = (!answer.tracking.is_empty()).then(|| answer.tracking.join(","));
    // The user: created by this row, else the cached one.
    let user = match (&answer.created, row.user) {
        (_, Some(u)) => Some(u),
        (Some(p), None) => {
            let d = row.directory.clone();
            let name = d.as_ref().map(|d| d.name.clone()).unwrap_or_else(|| Seen::of_person(p).display_name);
            let email = Seen::of_person(p).email;
            let id = match ls::user(tx, cx.org.id, &email)? {
                Some(u) => u.id,
                None => wp::insert_mirrored_user(
                    tx,
                    cx.org.id,
                    &p.id,
                    &email,
                    &name,
                    d.as_ref().and_then(|d| d.work_phone.as_deref()),
                    d.as_ref().and_then(|d| d.department.as_deref()),
                    now,
                )?,
            };
            audit_user(
                cx,
                tx,
                &email,
                &format!(
                    "created in Webex ({})",
                    crate::service::backend::webex::with_tracking("", answer.tracking.first().map(String::as_str))
                ),
                now,
            )?;
            Some(id)
        }
        (None, None) => None,
    };
    let Some(user) = user else {
        out.calling = CallingOutcome::Refused;
        out.reason = Some(answer.error.map(|e| e.said()).unwrap_or_else(|| crate::said!("reason-not-created")));
        return Ok(out);
    };
    if let Some(p) = &answer.written {
        crate::service::people::webex::cache_person(cx, tx, user, p, now)?;
    }
    if let Some(d) = &row.directory {
        // The directory's work number is the one AL02 checks (Webex's people API sets a
        // number only with a Calling licence).
        ls::update_directory_fields(tx, user, &d.name, d.work_phone.as_deref(), d.department.as_deref(), now)?;
    }
    if let Some(reason) = &row.not_provisioned {
        if ls::set_calling_status(tx, user, "not_provisioned", Some(reason), now)? {
            audit_user(cx, tx, &out.email, &format!("not provisioned with Webex Calling: {reason}"), now)?;
        }
    }
    if let Some(e) = answer.error {
        out.calling = CallingOutcome::Refused;
        out.reason = Some(e.said());
        out.fix = Some(crate::said!("reason-fix-see-reason"));
        return Ok(out);
    }
    if row.add.is_empty() && row.remove.is_empty() {
        return Ok(out);
    }
    // The licences the person holds now, by key.
    let held: Option<Vec<String>> = answer
        .patch
        .as_ref()
        .map(|o| o.result.licenses.clone())
        .or_else(|| answer.fresh.as_ref().map(|p| p.licenses.clone()));
    let ids = ids.ok_or_else(|| Error::io(crate::said!("licence-list-missing")))?;
    let held_keys: Vec<&str> = held.iter().flatten().filter_map(|id| ids.key_of(id)).collect();
    let partial = answer.patch.as_ref().is_some_and(|o| o.partial);
    let mut results = Vec::new();
    let mut added = Vec::new();
    for key in &row.add {
        let applied = held_keys.contains(&key.as_str());
        results.push(LicenceResult { licence: key.clone(), operation: "add", applied });
        if applied {
            added.push(key.as_str());
        }
    }
    let mut removed = Vec::new();
    for key in &row.remove {
        let applied = !held_keys.contains(&key.as_str());
        results.push(LicenceResult { licence: key.clone(), operation: "remove", applied });
        if applied {
            removed.push(key.as_str());
        }
    }
    let calling_added = added.contains(&licence::CALLING_PROFESSIONAL);
    let others: Vec<&str> = added.iter().copied().filter(|k| *k != licence::CALLING_PROFESSIONAL).collect();
    ls::add_licences(tx, user, &others)?;
    if calling_added {
        match &row.provision {
            Some(p) => ls::provision(tx, user, p.loc_id, p.number_id, p.extension.as_deref(), now)?,
            None => {
                ls::add_licences(tx, user, &[licence::CALLING_PROFESSIONAL])?;
            }
        }
    }
    let calling_removed = removed.iter().any(|k| *k == licence::CALLING_PROFESSIONAL || *k == licence::CALLING_BASIC);
    if calling_removed {
        *deleted += ls::remove_calling(tx, user, now)?;
    }
    let rest: Vec<&str> = removed
        .iter()
        .copied()
        .filter(|k| *k != licence::CALLING_PROFESSIONAL && *k != licence::CALLING_BASIC)
        .collect();
    wp::remove_licences(tx, user, &rest)?;
    let not_applied: Vec<String> =
        results.iter().filter(|r| !r.applied).map(|r| format!("{} ({})", r.licence, r.operation)).collect();
    if row.add.iter().any(|k| k == licence::CALLING_PROFESSIONAL) && !calling_added {
        out.calling = CallingOutcome::Refused;
    }
    if !not_applied.is_empty() {
        out.partial = true;
        let licences = not_applied.join(", ");
        let tracking = out.tracking_id.as_deref().map(|t| format!(" (trackingId {t})")).unwrap_or_default();
        out.reason = Some(if partial {
            crate::said!("reason-partial-206", licences = licences, tracking = tracking)
        } else {
            crate::said!("reason-partial", licences = licences, tracking = tracking)
        });
        out.fix = Some(crate::said!("reason-fix-check-licences"));
    }
    out.licences = results;
    let words: Vec<String> = out
        .licences
        .iter()
        .map(|r| format!("{} {} {}", r.operation, r.licence, if r.applied { "applied" } else { "NOT applied" }))
        .collect();
    let mut details = words.join(", ");
    if calling_added {
        if let Some(p) = &row.provision {
            details.push_str(&format!(
                "; Webex Calling Professional at {}{}{}",
                p.loc_name,
                p.e164.as_deref().map(|n| format!(" with {n}")).unwrap_or_default(),
                p.extension.as_deref().map(|e| format!(", extension {e}")).unwrap_or_default()
            ));
        }
    }
    if let Some(t) = &out.template {
        details.push_str(&format!(" (template {t})"));
    }
    audit_user(
        cx,
        tx,
        &out.email,
        &crate::service::backend::webex::with_tracking(&details, out.tracking_id.as_deref()),
        now,
    )?;
    Ok(out)
}

/// Sends the rows that need requests (see the module's text) and writes each answer.
/// `done_before` rows of `total` were done without a request (the progress starts there).
#[allow(clippy::too_many_arguments)]
pub(crate) fn run_rows(
    w: &Webex,
    cx: &Core,
    kind: &str,
    hash: &str,
    label: &str,
    rows: Vec<Row>,
    opts: &RunOptions,
    done_before: usize,
    total: usize,
    progress: Progress,
) -> Result<RunEnd> {
    let mut summary = RunSummary { dry_run: opts.dry_run, ..RunSummary::default() };
    let mut deleted = CallingData::default();
    if opts.dry_run {
        summary.requests = Some(rows.iter().flat_map(Row::planned).collect());
        return Ok(RunEnd { outcomes: rows.into_iter().map(|r| r.outcome).collect(), summary, deleted });
    }
    let mut outcomes: Vec<Option<UserOutcome>> = vec![None; rows.len()];
    let run = RefCell::new(crate::service::journal::open(cx, kind, hash, label, total)?);
    summary.resumed = run.borrow().resumed;
    // Rows an earlier attempt finished are skipped (the cache normally has them already).
    let mut todo = Vec::new();
    for (i, r) in rows.iter().enumerate() {
        match run.borrow().step(&r.key) {
            Some(st) if st.state == StepState::Done => {
                let mut o = r.outcome.clone();
                o.calling = CallingOutcome::Kept;
                o.reason = Some(crate::said!("reason-done-earlier", detail = &st.detail));
                o.tracking_id = st.tracking_id.clone();
                summary.done_earlier += 1;
                outcomes[i] = Some(o);
            }
            _ => todo.push(i),
        }
    }
    if progress(done_before + summary.done_earlier, total) && !todo.is_empty() {
        let client = w.org_client(cx)?;
        let ids = LicenceIds::new(&api(client.run(client.api().list_licenses()))?);
        let locations = crate::service::people::webex::location_words(cx);
        let width = if opts.serial { 1 } else { RUN_WIDTH };
        let stopped = Cell::new(false);
        let answered = Cell::new(0usize);
        let failure: RefCell<Option<Error>> = RefCell::new(None);
        let items: Vec<(String, usize)> = todo.iter().map(|i| (rows[*i].key.clone(), *i)).collect();
        let (ids_ref, loc_ref, rows_ref, run_ref) = (&ids, &locations, &rows, &run);
        client.each_keyed(
            items,
            width,
            |api, i| {
                let row = &rows_ref[i];
                let step = run_ref.borrow().step(&row.key).map(|s| s.state);
                let (add, missing) = licence_requests(cx, row, ids_ref);
                let job = Job {
                    person_id: row.person_id.clone(),
                    email: row.outcome.email.clone(),
                    create: row.create.clone(),
                    person: row.person.clone(),
                    add,
                    remove_keys: row.remove.clone(),
                    resume: step.is_some(),
                };
                // Marked before the request leaves: a kill from here on is checked on resume.
                let marked = crate::service::journal::mark(
                    cx,
                    &mut run_ref.borrow_mut(),
                    &row.key,
                    StepState::Sending,
                    None,
                    "",
                );
                async move {
                    if let Err(e) = marked {
                        return (Answer { error: Some(e), ..Answer::default() }, missing);
                    }
                    (run_job(api, ids_ref, loc_ref, job).await, missing)
                }
            },
            &|| stopped.get(),
            &mut |i, (answer, missing): (Answer, Vec<String>)| {
                let n = answered.get() + 1;
                answered.set(n);
                crate::outside::crash_point(&format!("licence run answer {n}"));
                let row = &rows[i];
                let written = (|| -> Result<UserOutcome> {
                    let now = cx.now();
                    let tx = rusqlite::Transaction::new_unchecked(&cx.conn, TransactionBehavior::Immediate)
                        .map_err(store::db_error)?;
                    let failed = answer.error.is_some();
                    let mut o = apply_row(cx, &tx, row, Some(answer), Some(ids_ref), now, &mut deleted)?;
                    if !missing.is_empty() {
                        o.partial = true;
                        let note = crate::said!("reason-no-licence-in-org", licences = missing.join(", "));
                        o.reason = Some(match o.reason.take() {
                            Some(r) => crate::said!("reason-also", first = r, then = note),
                            None => note,
                        });
                    }
                    let state = if failed || o.partial { StepState::Failed } else { StepState::Done };
                    let detail =
                        o.reason.as_ref().map(Text::to_string).unwrap_or_else(|| o.calling.label().to_string());
                    crate::service::journal::mark(
                        cx,
                        &mut run_ref.borrow_mut(),
                        &row.key,
                        state,
                        o.tracking_id.as_deref(),
                        &detail,
                    )?;
                    tx.commit().map_err(store::db_error)?;
                    Ok(o)
                })();
                match written {
                    Ok(o) => outcomes[i] = Some(o),
                    Err(e) => {
                        // The cache cannot be written: stop sending (the journal has the rest).
                        *failure.borrow_mut() = Some(e);
                        stopped.set(true);
                        return ControlFlow::Break(());
                    }
                }
                if !progress(done_before + summary.done_earlier + n, total) {
                    stopped.set(true);
                    return ControlFlow::Break(());
                }
                ControlFlow::Continue(())
            },
        );
        if let Some(e) = failure.into_inner() {
            return Err(Error::io(crate::said!("run-stopped", error = e.said())));
        }
        summary.cancelled = stopped.get();
    }
    let unanswered = outcomes.iter().filter(|o| o.is_none()).count();
    summary.cancelled |= unanswered > 0;
    let run = run.into_inner();
    let outcomes: Vec<UserOutcome> = outcomes
        .into_iter()
        .zip(rows)
        .map(|(o, r)| {
            o.unwrap_or_else(|| {
                let mut o = r.outcome;
                o.calling = CallingOutcome::Kept;
                o.reason = Some(crate::said!("reason-not-sent-cancelled"));
                o.licences.clear();
                o
            })
        })
        .collect();
    summary.failed = outcomes.iter().filter(|o| o.partial || o.calling == CallingOutcome::Refused).count();
    // Finished only when every row is done: a failed or unanswered row is looked at again.
    if !summary.cancelled && summary.failed == 0 {
        crate::service::journal::finish(cx, &run)?;
    }
    Ok(RunEnd { outcomes, summary, deleted })
}

/// Writes the rows that need no request (AL02 reasons, directory fields) in one transaction.
pub(crate) fn apply_local_rows(cx: &Core, rows: &[Row]) -> Result<Vec<UserOutcome>> {
    let now = cx.now();
    let tx = rusqlite::Transaction::new_unchecked(&cx.conn, TransactionBehavior::Immediate).map_err(store::db_error)?;
    let mut out = Vec::with_capacity(rows.len());
    let mut none = CallingData::default();
    for r in rows {
        out.push(apply_row(cx, &tx, r, None, None, now, &mut none)?);
    }
    tx.commit().map_err(store::db_error)?;
    Ok(out)
}

/// The run of `rows` (planned in order): local rows written at once, the others sent.
/// Returns the outcomes in the rows' order.
#[allow(clippy::too_many_arguments)]
pub(crate) fn plan_and_run(
    w: &Webex,
    cx: &Core,
    _ok: Option<Allowed>,
    action: &str,
    hash: &str,
    label: &str,
    rows: Vec<Row>,
    opts: &RunOptions,
    progress: Progress,
    audit: impl FnOnce(&Tally, &RunSummary) -> Audit,
) -> Result<(Vec<UserOutcome>, RunSummary, CallingData)> {
    let total = rows.len();
    let (remote, local): Numbered = rows.into_iter().enumerate().partition(|(_, r)| r.needs_requests());
    let local_done = if opts.dry_run {
        local.iter().map(|(i, r)| (*i, r.outcome.clone())).collect::<Vec<_>>()
    } else {
        let (idx, rows): (Vec<usize>, Vec<Row>) = local.into_iter().unzip();
        idx.into_iter().zip(apply_local_rows(cx, &rows)?).collect()
    };
    let (idx, remote_rows): (Vec<usize>, Vec<Row>) = remote.into_iter().unzip();
    let end = run_rows(w, cx, action, hash, label, remote_rows, opts, local_done.len(), total, progress)?;
    let mut all: Vec<(usize, UserOutcome)> = local_done;
    all.extend(idx.into_iter().zip(end.outcomes));
    all.sort_by_key(|(i, _)| *i);
    let outcomes: Vec<UserOutcome> = all.into_iter().map(|(_, o)| o).collect();
    let tally = Tally::of(&outcomes);
    if !opts.dry_run {
        let a = audit(&tally, &end.summary);
        let outcome = if end.summary.cancelled {
            "cancelled"
        } else if end.summary.failed > 0 {
            "partly done"
        } else {
            "ok"
        };
        cx.write_audit(&cx.conn, action, &a, outcome, cx.now())?;
    }
    Ok((outcomes, end.summary, end.deleted))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outside::webex::models::License;

    #[test]
    fn a_licence_is_picked_by_key_with_units_free_first() {
        let l = |id: &str, name: &str, total: f64, used: f64| License {
            id: id.into(),
            name: Some(name.into()),
            total_units: Some(total),
            consumed_units: Some(used),
            ..License::default()
        };
        let ids = LicenceIds::new(&[
            l("full", "Webex Calling - Professional", 5.0, 5.0),
            l("free", "Webex Calling - Professional", 5.0, 1.0),
            l("m", "Meeting - Webex Enterprise", 1.0, 1.0),
        ]);
        assert_eq!(ids.pick(licence::CALLING_PROFESSIONAL), Some("free"));
        assert_eq!(ids.pick(licence::MEETINGS), Some("m"), "none free: the first, Webex says why not");
        assert_eq!(ids.pick(licence::MESSAGING), None);
        assert_eq!(ids.key_of("full"), Some(licence::CALLING_PROFESSIONAL));
    }
}
