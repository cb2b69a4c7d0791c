//! The rows of a licence run and what one row sends for one person: create them (a directory
//! sync's new people), write their fields (re-read first), then one `PATCH /licenses/users`;
//! a row whose earlier answer never came back is looked at first and only what is missing sent.

use crate::domain::error::Text;
use crate::domain::Error;
use crate::outside::webex::models::{
    License, LicenseOperation, LicensePatchOutcome, LicenseRequest, NewPerson, PatchUserLicenses, Person,
};
use crate::outside::webex::{Api, PeopleQuery};
use crate::service::backend::webex::PlannedRequest;
use crate::service::people::webex::{reread_and_write, Seen};
use crate::service::people::PersonChange;

use super::UserOutcome;

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
                (l.id.clone(), crate::domain::licensing::licence_key(l.name.as_deref().unwrap_or("")), free as i64)
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
    pub(crate) fn new(key: &str, outcome: UserOutcome, user: Option<i64>, person_id: Option<String>) -> Row {
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

    pub(crate) fn needs_requests(&self) -> bool {
        self.create.is_some() || self.person.is_some() || !self.add.is_empty() || !self.remove.is_empty()
    }

    /// The requests this row sends, for `--dry-run`.
    pub(crate) fn planned(&self) -> Vec<PlannedRequest> {
        let email = &self.outcome.email;
        let pid = self.person_id.clone().unwrap_or_else(|| "{new}".into());
        let mut out = Vec::new();
        let r = |method, path: String, what: Text| PlannedRequest { row: email.as_str().into(), method, path, what };
        let listed = |items: &[String]| items.join(", ");
        if self.create.is_some() {
            out.push(r("POST", "/v1/people".into(), crate::said!("plan-create", email = email)));
        }
        if let Some((_, c)) = &self.person {
            let mut fields = Vec::new();
            if c.display_name.is_some() {
                fields.push("person-field-display-name");
            }
            if c.department.is_some() {
                fields.push("person-field-department");
            }
            if c.work_phone.is_some() {
                fields.push("person-field-work-number");
            }
            if c.extension.is_some() {
                fields.push("person-field-extension");
            }
            if c.location.is_some() {
                fields.push("person-field-location");
            }
            let fields = Text::listed(fields.into_iter().map(|f| Text::msg(f, Vec::new())));
            out.push(r("GET", format!("/v1/people/{pid}"), crate::said!("plan-reread", email = email)));
            out.push(r("PUT", format!("/v1/people/{pid}"), crate::said!("plan-write", email = email, fields = fields)));
        }
        if !self.remove.is_empty() {
            out.push(r("GET", format!("/v1/people/{pid}"), crate::said!("plan-read-licences", email = email)));
        }
        if !self.add.is_empty() || !self.remove.is_empty() {
            let mut parts = Vec::new();
            if !self.add.is_empty() {
                let add = listed(&self.add);
                parts.push(match &self.provision {
                    None => crate::said!("plan-add", licences = add),
                    Some(p) => crate::said!(
                        "plan-add-at",
                        licences = add,
                        location = &p.loc_name,
                        number = p.e164.as_deref().unwrap_or("none"),
                        extension = p.extension.as_deref().unwrap_or("none")
                    ),
                });
            }
            if !self.remove.is_empty() {
                parts.push(crate::said!("plan-remove", licences = listed(&self.remove)));
            }
            let parts = parts
                .into_iter()
                .reduce(|first, next| crate::said!("list-next-semicolon", first = first, next = next))
                .unwrap_or_default();
            out.push(r(
                "PATCH",
                "/v1/licenses/users".into(),
                crate::said!("plan-licences", email = email, parts = parts),
            ));
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
    pub person_id: Option<String>,
    pub email: String,
    pub create: Option<NewPerson>,
    pub person: Option<(Seen, PersonChange)>,
    pub add: Vec<LicenseRequest>,
    pub remove_keys: Vec<String>,
    /// An earlier attempt's answer never came back: look first, send only what is missing.
    pub resume: bool,
}

pub(crate) async fn run_job(
    api: Api,
    ids: &LicenceIds,
    locations: &(dyn Fn(&str) -> crate::domain::error::Text + Sync),
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
        a.error = Some(Error::not_found(crate::said!("not-in-webex", email = &job.email, sync = "`wxgo sync`")));
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
