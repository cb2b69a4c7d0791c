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
use serde::Serialize;

use super::journal::{input_hash, StepState};
use super::licensing::{
    al06_unconfirmed, covered, no_template, AssignReport, CallingOutcome, ManualAssignment, Progress, ReapplyReport,
    RunOptions, RunSummary, SyncReport, Tally, UserOutcome,
};
use super::{Audit, Service};
use crate::domain::licensing::{self as al, Template};
use crate::domain::{licence, Error, Result};
use crate::outside::directory::Directory;
use crate::outside::webex::models::{
    License, LicenseOperation, LicensePatchOutcome, LicenseProperties, LicenseRequest, NewPerson, PatchUserLicenses,
    Person,
};
use crate::outside::webex::{Api, PeopleQuery};
use crate::service::backend::webex::{api, Accepted, PlannedRequest, RUN_WIDTH};
use crate::service::people::webex::{reread_and_write, Seen};
use crate::service::people::PersonChange;
use crate::store;
use crate::store::licensing::{self as ls, CallingData, CallingUser};
use crate::store::webex_people as wp;

/// One licence asked of Webex for a user, and whether Webex applied it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LicenceResult {
    /// wxgo's licence key (`calling_professional`, `meetings`, ...).
    pub licence: String,
    /// `add` or `remove`.
    pub operation: &'static str,
    pub applied: bool,
}

/// Webex's licences of the organisation by wxgo's licence key (`GET /licenses`).
pub(crate) struct LicenceIds {
    /// (id, key, units free)
    list: Vec<(String, String, i64)>,
}

impl LicenceIds {
    pub fn new(licences: &[License]) -> LicenceIds {
        let list = licences
            .iter()
            .map(|l| {
                let free = l.total_units.unwrap_or(0.0) - l.consumed_units.unwrap_or(0.0);
                (l.id.clone(), super::sync::licence_key(l.name.as_deref().unwrap_or("")), free as i64)
            })
            .collect();
        LicenceIds { list }
    }

    /// The licence to give for `key`: one with units free, else the first (Webex then says why not).
    pub fn pick(&self, key: &str) -> Option<&str> {
        let mut of_key = self.list.iter().filter(|(_, k, _)| k == key);
        let first = of_key.clone().next();
        of_key.find(|(_, _, free)| *free > 0).or(first).map(|(id, _, _)| id.as_str())
    }

    pub fn key_of(&self, id: &str) -> Option<&str> {
        self.list.iter().find(|(i, _, _)| i == id).map(|(_, k, _)| k.as_str())
    }
}

/// What a row gives a user a Calling licence with (AL01): where, and which number or extension.
#[derive(Debug, Clone)]
pub(crate) struct Provision {
    pub loc_id: i64,
    pub loc_name: String,
    pub loc_webex_id: Option<String>,
    pub number_id: Option<i64>,
    pub e164: Option<String>,
    pub extension: Option<String>,
}

/// What the directory says about a user, for their cached row.
#[derive(Debug, Clone)]
pub(crate) struct DirectoryFields {
    pub name: String,
    pub work_phone: Option<String>,
    pub department: Option<String>,
}

/// One row of a run: what to ask of Webex for one person, and what the cache gets when Webex
/// accepts. A row with nothing to ask is written to the cache at once.
#[derive(Debug, Clone)]
pub(crate) struct Row {
    /// The person, lower-cased email: never two requests for one key at once; the journal's key.
    pub key: String,
    /// As planned: what the report says unless Webex answers otherwise.
    pub outcome: UserOutcome,
    /// The cached user (`None`: a new person the run creates).
    pub user: Option<i64>,
    pub person_id: Option<String>,
    pub create: Option<NewPerson>,
    pub person: Option<(Seen, PersonChange)>,
    /// Licence keys to add and to remove.
    pub add: Vec<String>,
    pub remove: Vec<String>,
    pub provision: Option<Provision>,
    /// The directory's fields (directory sync): the cache keeps the work number as the directory gave it.
    pub directory: Option<DirectoryFields>,
    /// AL02: why the user is not provisioned (recorded in the cache).
    pub not_provisioned: Option<String>,
}

impl Row {
    fn new(key: &str, outcome: UserOutcome, user: Option<i64>, person_id: Option<String>) -> Row {
        Row {
            key: key.to_lowercase(),
            outcome,
            user,
            person_id,
            create: None,
            person: None,
            add: Vec::new(),
            remove: Vec::new(),
            provision: None,
            directory: None,
            not_provisioned: None,
        }
    }

    fn needs_requests(&self) -> bool {
        self.create.is_some() || self.person.is_some() || !self.add.is_empty() || !self.remove.is_empty()
    }

    /// The requests this row sends, for `--dry-run`.
    fn planned(&self) -> Vec<PlannedRequest> {
        let email = &self.outcome.email;
        let pid = self.person_id.clone().unwrap_or_else(|| "{new}".into());
        let mut out = Vec::new();
        let r = |method, path: String, what: String| PlannedRequest { row: email.clone(), method, path, what };
        if self.create.is_some() {
            out.push(r("POST", "/v1/people".into(), format!("create {email}")));
        }
        if let Some((_, c)) = &self.person {
            let mut fields = Vec::new();
            if c.display_name.is_some() {
                fields.push("display name");
            }
            if c.department.is_some() {
                fields.push("department");
            }
            if c.work_phone.is_some() {
                fields.push("work number");
            }
            if c.extension.is_some() {
                fields.push("extension");
            }
            if c.location.is_some() {
                fields.push("location");
            }
            out.push(r("GET", format!("/v1/people/{pid}"), format!("re-read {email} before writing")));
            out.push(r("PUT", format!("/v1/people/{pid}"), format!("{email}: {}", fields.join(", "))));
        }
        if !self.remove.is_empty() {
            out.push(r("GET", format!("/v1/people/{pid}"), format!("read {email}'s licences")));
        }
        if !self.add.is_empty() || !self.remove.is_empty() {
            let mut parts = Vec::new();
            if !self.add.is_empty() {
                let mut add = format!("add {}", self.add.join(", "));
                if let Some(p) = &self.provision {
                    add.push_str(&format!(" at {}", p.loc_name));
                    if let Some(n) = &p.e164 {
                        add.push_str(&format!(" with {n}"));
                    }
                    if let Some(e) = &p.extension {
                        add.push_str(&format!(", extension {e}"));
                    }
                }
                parts.push(add);
            }
            if !self.remove.is_empty() {
                parts.push(format!("remove {}", self.remove.join(", ")));
            }
            out.push(r("PATCH", "/v1/licenses/users".into(), format!("{email}: {}", parts.join("; "))));
        }
        out
    }
}

/// What one row's requests came back with.
#[derive(Debug, Default)]
pub(crate) struct Answer {
    pub person_id: Option<String>,
    /// The person Webex created (directory sync's new users).
    pub created: Option<Person>,
    /// The person after a people write (sent or found already so).
    pub written: Option<Person>,
    /// The person as last read (for the licences they hold).
    pub fresh: Option<Person>,
    pub patch: Option<LicensePatchOutcome>,
    pub tracking: Vec<String>,
    pub error: Option<Error>,
    /// The error is a change that got no answer (it may have been done): unknown, not refused.
    pub unknown: bool,
}

/// The async half of a row: everything it sends, in order, for one person.
pub(crate) struct Job {
    person_id: Option<String>,
    email: String,
    create: Option<NewPerson>,
    person: Option<(Seen, PersonChange)>,
    add: Vec<LicenseRequest>,
    remove_keys: Vec<String>,
    /// An earlier attempt's answer never came back: look first, send only what is missing.
    resume: bool,
}

pub(crate) async fn run_job(
    api: Api,
    ids: &LicenceIds,
    locations: &(dyn Fn(&str) -> String + Sync),
    job: Job,
) -> Answer {
    let mut a = Answer::default();
    let mut pid = job.person_id.clone();
    if let Some(new) = &job.create {
        if job.resume {
            let q = PeopleQuery { email: Some(job.email.clone()), ..PeopleQuery::default() };
            match api.list_people(&q).await {
                Ok(found) => {
                    if let Some(p) = found.into_iter().next() {
                        pid = Some(p.id.clone());
                        a.created = Some(p);
                    }
                }
                Err(e) => {
                    a.error = Some(e.into());
                    return a;
                }
            }
        }
        if pid.is_none() {
            match api.create_person(new).await {
                Ok(w) => {
                    a.tracking.extend(w.tracking_id);
                    pid = Some(w.value.id.clone());
                    a.created = Some(w.value);
                }
                Err(e) => {
                    a.unknown = e.is_unknown_outcome();
                    a.error = Some(e.into());
                    return a;
                }
            }
        }
    }
    let Some(pid) = pid else {
        a.error = Some(Error::NotFound(format!("{} is not in Webex: run `wxgo sync`", job.email)));
        return a;
    };
    a.person_id = Some(pid.clone());
    let mut fresh = a.created.clone();
    if let Some((seen, change)) = &job.person {
        match reread_and_write(&api, &pid, seen, change, locations).await {
            Ok((p, tid, _)) => {
                a.tracking.extend(tid);
                a.written = Some(p.clone());
                fresh = Some(p);
            }
            Err(e) => {
                a.error = Some(e);
                return a;
            }
        }
    }
    if job.add.is_empty() && job.remove_keys.is_empty() {
        a.fresh = fresh;
        return a;
    }
    if (job.resume || !job.remove_keys.is_empty()) && (fresh.is_none() || job.resume && a.written.is_none()) {
        match api.get_person(&pid).await {
            Ok(p) => fresh = Some(p),
            Err(e) => {
                a.error = Some(e.into());
                return a;
            }
        }
    }
    let mut licences = job.add.clone();
    if let Some(p) = &fresh {
        if job.resume {
            licences.retain(|l| !p.licenses.contains(&l.id));
        }
        for id in &p.licenses {
            if ids.key_of(id).is_some_and(|k| job.remove_keys.iter().any(|r| r == k)) {
                licences.push(LicenseRequest { id: id.clone(), operation: LicenseOperation::Remove, properties: None });
            }
        }
    }
    a.fresh = fresh;
    if licences.is_empty() {
        return a;
    }
    let req = PatchUserLicenses { person_id: Some(pid), licenses: licences, ..PatchUserLicenses::default() };
    match api.patch_user_licenses(&req).await {
        Ok(o) => {
            a.tracking.extend(o.tracking_id.clone());
            a.patch = Some(o);
        }
        Err(e) => {
            a.unknown = e.is_unknown_outcome();
            a.error = Some(e.into());
        }
    }
    a
}

/// The rows that send requests and those that do not, with their places in the input.
type Numbered = (Vec<(usize, Row)>, Vec<(usize, Row)>);

/// What a run ended with.
pub(crate) struct RunEnd {
    pub outcomes: Vec<UserOutcome>,
    pub summary: RunSummary,
    pub deleted: CallingData,
}

impl Service {
    /// The licence requests of a row, by Webex's ids; a licence the organisation does not have is
    /// left out (the row says so).
    fn licence_requests(&self, row: &Row, ids: &LicenceIds) -> (Vec<LicenseRequest>, Vec<String>) {
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
    fn apply_row(
        &self,
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
                let id = match ls::user(tx, self.org.id, &email)? {
                    Some(u) => u.id,
                    None => wp::insert_mirrored_user(
                        tx,
                        self.org.id,
                        &p.id,
                        &email,
                        &name,
                        d.as_ref().and_then(|d| d.work_phone.as_deref()),
                        d.as_ref().and_then(|d| d.department.as_deref()),
                        now,
                    )?,
                };
                self.audit_user(
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
            out.reason = Some(answer.error.map(|e| e.to_string()).unwrap_or_else(|| "not created in Webex".into()));
            return Ok(out);
        };
        if let Some(p) = &answer.written {
            crate::service::people::webex::cache_person(self, tx, user, p, now)?;
        }
        if let Some(d) = &row.directory {
            // The directory's work number is the one AL02 checks (Webex's people API sets a
            // number only with a Calling licence).
            ls::update_directory_fields(tx, user, &d.name, d.work_phone.as_deref(), d.department.as_deref(), now)?;
        }
        if let Some(reason) = &row.not_provisioned {
            if ls::set_calling_status(tx, user, "not_provisioned", Some(reason), now)? {
                self.audit_user(tx, &out.email, &format!("not provisioned with Webex Calling: {reason}"), now)?;
            }
        }
        if let Some(e) = answer.error {
            out.calling = CallingOutcome::Refused;
            out.reason = Some(e.to_string());
            out.fix = Some("see the reason; fix it in Webex or in the input, then run the same command again".into());
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
        let ids = ids.ok_or_else(|| Error::Io("the licence list of the organisation is missing".into()))?;
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
        let calling_removed =
            removed.iter().any(|k| *k == licence::CALLING_PROFESSIONAL || *k == licence::CALLING_BASIC);
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
            out.reason = Some(format!(
                "Webex {} only part of it: not applied: {}{}",
                if partial { "answered 206 (partial):" } else { "did" },
                not_applied.join(", "),
                out.tracking_id.as_deref().map(|t| format!(" (trackingId {t})")).unwrap_or_default()
            ));
            out.fix = Some(
                "check the licences in Webex (a licence pool may be used up, or two licences conflict), then run the same command again"
                    .into(),
            );
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
        self.audit_user(
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
        &mut self,
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
        let run = RefCell::new(self.journal_open(kind, hash, label, total)?);
        summary.resumed = run.borrow().resumed;
        // Rows an earlier attempt finished are skipped (the cache normally has them already).
        let mut todo = Vec::new();
        for (i, r) in rows.iter().enumerate() {
            match run.borrow().step(&r.key) {
                Some(st) if st.state == StepState::Done => {
                    let mut o = r.outcome.clone();
                    o.calling = CallingOutcome::Kept;
                    o.reason = Some(format!("done by an earlier attempt of this run: {}", st.detail));
                    o.tracking_id = st.tracking_id.clone();
                    summary.done_earlier += 1;
                    outcomes[i] = Some(o);
                }
                _ => todo.push(i),
            }
        }
        if progress(done_before + summary.done_earlier, total) && !todo.is_empty() {
            let client = self.org_client()?;
            let ids = LicenceIds::new(&api(client.run(client.api().list_licenses()))?);
            let locations = crate::service::people::webex::location_words(self);
            let width = if opts.serial { 1 } else { RUN_WIDTH };
            let stopped = Cell::new(false);
            let answered = Cell::new(0usize);
            let failure: RefCell<Option<Error>> = RefCell::new(None);
            let items: Vec<(String, usize)> = todo.iter().map(|i| (rows[*i].key.clone(), *i)).collect();
            let svc: &Service = self;
            let (ids_ref, loc_ref, rows_ref, run_ref) = (&ids, &locations, &rows, &run);
            client.each_keyed(
                items,
                width,
                |api, i| {
                    let row = &rows_ref[i];
                    let step = run_ref.borrow().step(&row.key).map(|s| s.state);
                    let (add, missing) = svc.licence_requests(row, ids_ref);
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
                    let marked = svc.journal_mark(&mut run_ref.borrow_mut(), &row.key, StepState::Sending, None, "");
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
                        let now = svc.now();
                        let tx = rusqlite::Transaction::new_unchecked(&svc.conn, TransactionBehavior::Immediate)
                            .map_err(store::db_error)?;
                        let failed = answer.error.is_some();
                        let mut o = svc.apply_row(&tx, row, Some(answer), Some(ids_ref), now, &mut deleted)?;
                        if !missing.is_empty() {
                            o.partial = true;
                            let note = format!("the organisation has no {} licence in Webex", missing.join(", "));
                            o.reason = Some(match o.reason.take() {
                                Some(r) => format!("{r}; {note}"),
                                None => note,
                            });
                        }
                        let state = if failed || o.partial { StepState::Failed } else { StepState::Done };
                        let detail = o.reason.clone().unwrap_or_else(|| o.calling.label().to_string());
                        svc.journal_mark(
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
                return Err(Error::Io(format!(
                    "{e}. The requests answered so far are done in Webex and in the journal: run the same command again to continue"
                )));
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
                    o.reason = Some("not sent: the run was cancelled; the same command again continues".into());
                    o.licences.clear();
                    o
                })
            })
            .collect();
        summary.failed = outcomes.iter().filter(|o| o.partial || o.calling == CallingOutcome::Refused).count();
        // Finished only when every row is done: a failed or unanswered row is looked at again.
        if !summary.cancelled && summary.failed == 0 {
            self.journal_finish(&run)?;
        }
        Ok(RunEnd { outcomes, summary, deleted })
    }

    /// Writes the rows that need no request (AL02 reasons, directory fields) in one transaction.
    fn apply_local_rows(&self, rows: &[Row]) -> Result<Vec<UserOutcome>> {
        let now = self.now();
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(store::db_error)?;
        let mut out = Vec::with_capacity(rows.len());
        let mut none = CallingData::default();
        for r in rows {
            out.push(self.apply_row(&tx, r, None, None, now, &mut none)?);
        }
        tx.commit().map_err(store::db_error)?;
        Ok(out)
    }

    /// The run of `rows` (planned in order): local rows written at once, the others sent.
    /// Returns the outcomes in the rows' order.
    #[allow(clippy::too_many_arguments)]
    fn plan_and_run(
        &mut self,
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
            idx.into_iter().zip(self.apply_local_rows(&rows)?).collect()
        };
        let (idx, remote_rows): (Vec<usize>, Vec<Row>) = remote.into_iter().unzip();
        let end = self.run_rows(action, hash, label, remote_rows, opts, local_done.len(), total, progress)?;
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
            self.write_audit(&self.conn, action, &a, outcome, self.now())?;
        }
        Ok((outcomes, end.summary, end.deleted))
    }

    // ------------------------------------------------------------------ planning

    /// The row that applies `t` to a cached user (AL02, AL05, AL06), as the local backend's
    /// `apply_template_to` decides it; `held` are the licence keys the user holds.
    fn template_row(
        &self,
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
            (true, false) => match self.lookup_number(&self.conn, Some(u.id), u.work_phone.as_deref())? {
                Ok(usable) => {
                    row.outcome.calling = CallingOutcome::Provisioned;
                    row.outcome.location = Some(usable.number.location.clone());
                    row.outcome.number = Some(usable.e164.to_string());
                    row.add.insert(0, licence::CALLING_PROFESSIONAL.to_string());
                    row.provision = Some(Provision {
                        loc_id: usable.number.location_id,
                        loc_name: usable.number.location.clone(),
                        loc_webex_id: wp::location_webex_id(&self.conn, usable.number.location_id)?,
                        number_id: Some(usable.number.id),
                        e164: Some(usable.e164.to_string()),
                        extension: None,
                    });
                }
                Err(f) => {
                    row.outcome = UserOutcome::new(&u.email, CallingOutcome::NotProvisioned, t).failed(&f);
                    row.not_provisioned = Some(f.reason.clone());
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

    /// AL06 on a real organisation: a `PATCH /licenses/users` for every covered user it changes.
    pub(crate) fn reapply_via_api(
        &mut self,
        template: &str,
        preserve: bool,
        confirmed_losses: Option<usize>,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<ReapplyReport> {
        let action = "re-apply licence template";
        if !opts.dry_run {
            self.api_writable(action)?;
        }
        let preview = self.preview_at(&self.conn, template)?;
        if let Some(e) = al06_unconfirmed(&preview, preserve, confirmed_losses, opts.dry_run) {
            return Err(e);
        }
        let templates = ls::templates(&self.conn, self.org.id)?;
        let t = al::by_name(&templates, template).ok_or_else(|| no_template(template, &templates))?.clone();
        let users: Vec<CallingUser> = covered(&templates, &t, ls::all_users(&self.conn, self.org.id)?).collect();
        let held = wp::licences_by_user(&self.conn, self.org.id)?;
        let people = wp::webex_ids(&self.conn, self.org.id)?;
        let none = Vec::new();
        let mut rows = Vec::with_capacity(users.len());
        for u in &users {
            rows.push(self.template_row(
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
        let (users, run, deleted) = self.plan_and_run(action, &hash, &t.name, rows, opts, progress, |c, s| {
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
    pub(crate) fn assign_one_via_api(&mut self, template: &str, a: &ManualAssignment) -> Result<UserOutcome> {
        let action = "assign licence template";
        self.api_writable(action)?;
        let templates = ls::templates(&self.conn, self.org.id)?;
        let t = self.calling_template(&templates, template)?.clone();
        let row = self.assignment_row(&templates, &t, a)?;
        if !row.needs_requests() {
            return Ok(row.outcome);
        }
        let locations = crate::service::people::webex::location_words(self);
        let mut deleted = CallingData::default();
        let out = self.via_api(
            action,
            |svc, c| {
                let ids = LicenceIds::new(&api(c.run(c.api().list_licenses()))?);
                let (add, missing) = svc.licence_requests(&row, &ids);
                if !missing.is_empty() {
                    return Err(Error::NotFound(format!(
                        "the organisation has no {} licence in Webex: change the template (`wxgo licences template-save`) \
                         or add the licence in Control Hub. Nothing was sent.",
                        missing.join(", ")
                    )));
                }
                let key = row.person_id.clone().unwrap_or_else(|| row.key.clone());
                // An earlier assignment for this person got no answer: re-read first, send only
                // what is missing (the lost-answer rule).
                let resume = svc.unknown_pending(action, &key)?;
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
                    return Err(svc.lost_licence_answer(c, action, &key, &row.outcome.email, &add, answer.error));
                }
                if let Some(e) = answer.error {
                    return Err(e);
                }
                if resume {
                    svc.unknown_settled(action, &key, "asked Webex, then done")?;
                }
                let tracking_id = answer.tracking.first().cloned();
                Ok(Accepted { value: (answer, ids), tracking_id })
            },
            |svc, tx, now, (answer, ids)| {
                let o = svc.apply_row(tx, &row, Some(answer), Some(&ids), now, &mut deleted)?;
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

    /// A licence change that got no answer: journalled as unknown, then the person is re-read
    /// (`GET /people/{id}`) and the error says what Webex has; the next try re-reads first too.
    fn lost_licence_answer(
        &self,
        c: &crate::service::backend::webex::signin::OrgClient,
        action: &str,
        key: &str,
        email: &str,
        asked: &[LicenseRequest],
        error: Option<Error>,
    ) -> Error {
        let said = error.map(|e| e.to_string()).unwrap_or_default();
        if let Err(j) = self.unknown_mark(action, key, "no answer to PATCH /licenses/users") {
            return Error::Unreachable(format!(
                "{said} It could not be noted in wxgo's journal either ({j}): check {email}'s licences in Control \
                 Hub before assigning again."
            ));
        }
        let now = match c.run(c.api().get_person(key)) {
            Ok(p) => {
                let held = asked.iter().filter(|l| p.licenses.contains(&l.id)).count();
                if held == asked.len() {
                    format!(
                        "Asked afterwards, Webex shows {email} with every licence asked for: the change was made. Run \
                         `wxgo sync` to see it here."
                    )
                } else if held == 0 {
                    format!(
                        "Asked afterwards, Webex shows {email} without the licences asked for. Run the same command \
                         again: it re-reads {email} first and sends only what is missing."
                    )
                } else {
                    format!(
                        "Asked afterwards, Webex shows {email} with {held} of the {} licences asked for. Run the same \
                         command again: it re-reads {email} first and sends only what is missing.",
                        asked.len()
                    )
                }
            }
            Err(e) => format!(
                "Webex could not be asked afterwards what {email} holds ({}). Run the same command again later: it \
                 re-reads {email} first and sends only what is missing.",
                Error::from(e)
            ),
        };
        Error::Unreachable(format!("{said} {now}"))
    }

    /// The row of a manual assignment: refused rows carry their reason and send nothing.
    fn assignment_row(&self, templates: &[Template], t: &Template, a: &ManualAssignment) -> Result<Row> {
        let c = self.check_assignment(&self.conn, templates, t, a)?;
        let person_id = wp::cached_person(&self.conn, c.user.id)?.webex_id;
        let mut row = Row::new(
            &c.user.email,
            UserOutcome::new(&c.user.email, CallingOutcome::Kept, Some(t)),
            Some(c.user.id),
            person_id,
        );
        row.outcome.line = a.line;
        if c.user.has_calling {
            row.outcome.reason = Some(format!("{} already has Webex Calling; nothing changed", c.user.email));
            return Ok(row);
        }
        let held = wp::licences_by_user(&self.conn, self.org.id)?.remove(&c.user.id).unwrap_or_default();
        row.add = std::iter::once(licence::CALLING_PROFESSIONAL.to_string())
            .chain(t.licences.iter().filter(|l| !held.contains(l)).cloned())
            .collect();
        row.outcome.calling = CallingOutcome::Provisioned;
        row.outcome.location = Some(c.loc_name.clone());
        row.outcome.number = c.number.as_ref().map(|n| n.e164.to_string());
        row.provision = Some(Provision {
            loc_id: c.loc_id,
            loc_name: c.loc_name.clone(),
            loc_webex_id: wp::location_webex_id(&self.conn, c.loc_id)?,
            number_id: c.number.as_ref().map(|n| n.number.id),
            e164: c.number.as_ref().map(|n| n.e164.to_string()),
            extension: c.extension.clone(),
        });
        Ok(row)
    }

    /// AL03 from a file on a real organisation: a run of `PATCH /licenses/users`.
    pub(crate) fn assign_from_file_via_api(
        &mut self,
        template: &str,
        rows_in: &[ManualAssignment],
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<AssignReport> {
        let action = "assign licence template";
        if !opts.dry_run {
            self.api_writable(action)?;
        }
        let templates = ls::templates(&self.conn, self.org.id)?;
        let t = self.calling_template(&templates, template)?.clone();
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
            rows.push(match self.assignment_row(&templates, &t, a) {
                Ok(r) => r,
                Err(e @ (Error::Database(_) | Error::Io(_))) => return Err(e),
                Err(e) => {
                    let mut o = UserOutcome::new(a.email.trim(), CallingOutcome::Refused, Some(&t));
                    o.line = a.line;
                    o.reason = Some(e.to_string());
                    Row::new(&format!("line {} {}", a.line.unwrap_or(0), a.email.trim()), o, None, None)
                }
            });
        }
        let hash = input_hash(action, &[t.name.as_bytes(), input.as_bytes()]);
        let name = t.name.clone();
        let total = rows.len();
        let (users, run, _) = self.plan_and_run(action, &hash, &t.name, rows, opts, progress, |c, s| {
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
    pub(crate) fn directory_sync_via_api(
        &mut self,
        directory: &mut dyn Directory,
        opts: &RunOptions,
        progress: Progress,
    ) -> Result<SyncReport> {
        let action = "directory sync";
        if !opts.dry_run {
            self.api_writable(action)?;
        }
        let source = directory.describe();
        let entries = directory.read()?;
        let templates = ls::templates(&self.conn, self.org.id)?;
        let held = wp::licences_by_user(&self.conn, self.org.id)?;
        let none = Vec::new();
        let mut rows = Vec::with_capacity(entries.len());
        let mut input = String::new();
        let (mut created, mut updated, mut unchanged) = (0, 0, 0);
        for e in &entries {
            input.push_str(&format!(
                "{}\u{1f}{:?}\u{1f}{:?}\u{1f}{:?}\n",
                e.email, e.display_name, e.work_phone, e.department
            ));
            let existing = ls::user(&self.conn, self.org.id, &e.email)?;
            let name = match (&e.display_name, &existing) {
                (Some(n), _) => n.clone(),
                (None, Some(u)) => u.display_name.clone(),
                (None, None) => e.name_or_email().to_string(),
            };
            let work_phone =
                e.work_phone.clone().unwrap_or_else(|| existing.as_ref().and_then(|u| u.work_phone.clone()));
            let department =
                e.department.clone().unwrap_or_else(|| existing.as_ref().and_then(|u| u.department.clone()));
            let t = al::effective(&templates, department.as_deref());
            let fields =
                DirectoryFields { name: name.clone(), work_phone: work_phone.clone(), department: department.clone() };
            let mut row = match &existing {
                Some(u) => {
                    let cached = wp::cached_person(&self.conn, u.id)?;
                    let seen_user = CallingUser {
                        work_phone: work_phone.clone(),
                        department: department.clone(),
                        display_name: name.clone(),
                        ..u.clone()
                    };
                    let mut row = self.template_row(
                        t,
                        &seen_user,
                        held.get(&u.id).unwrap_or(&none),
                        cached.webex_id.clone(),
                        true,
                    )?;
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
                        row.outcome.reason = Some(format!(
                            "directory changed the work number to {}; Webex Calling setup kept (AL05): the number is not sent to Webex",
                            work_phone.as_deref().unwrap_or("none")
                        ));
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
                    let mut row = self.template_row(t, &u, &none, None, true)?;
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
        let (users, run, _) = self.plan_and_run(action, &hash, &source, rows, opts, progress, |c, s| {
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
}

#[cfg(test)]
mod tests {
    use super::*;

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
