//! "Why can't this user call?": one report that joins everything about one person (licences
//! and Webex Calling, location, numbers, the Webex Go device and its code history, the operator
//! account of a mobile line, the BroadWorks subscriber, the last calls and audit entries) and
//! names the likely causes, ranked, each a rule of RULES.md with the one action that fixes it.
//!
//! `svc.why(query)` reads the database (the local truth, or the cache of a real organisation,
//! with its age); [`Service::why_with`] can first refresh that one person's facts from Webex
//! (`refresh.rs`). The rules themselves are in `causes.rs`; a person with nothing wrong gets no
//! cause, and the report lists what was checked.

mod causes;
mod fix;
mod refresh;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::domain::error::Text;
use crate::domain::licensing as al;
use crate::domain::{Error, Result, E164};
use crate::service::core::Core;
use crate::service::Service;
use crate::store::model::*;
use crate::store::queries as q;
use crate::store::why as w;

pub use fix::{Commands, Fix, CONSOLE_FIXES};

/// What `why` answers.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct WhyReport {
    /// The person's email (a BroadWorks subscriber pending an email has none yet).
    pub email: Option<String>,
    pub facts: Facts,
    /// The likely causes, the most likely first; empty when nothing is wrong.
    pub causes: Vec<Cause>,
    /// Every check that was made, with what it found.
    pub checked: Vec<Check>,
    pub as_of: AsOf,
}

/// Everything known about the person, joined.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Facts {
    /// `None` for a BroadWorks subscriber who is no Webex user (yet).
    pub person: Option<PersonFacts>,
    /// Primary and mobile numbers (and any other the person holds), with their state.
    pub numbers: Vec<NumberRow>,
    pub device: Option<DeviceRow>,
    /// The device's activation codes, newest first (codes themselves are never stored).
    pub codes: Vec<CodeFact>,
    /// Refused attempts to activate with one of the device's codes, newest first.
    pub refused_attempts: Vec<w::RefusedAttempt>,
    /// The operator account of the person's mobile line (MO02).
    pub operator_account: Option<OperatorAccountRow>,
    pub broadworks: Option<BwFacts>,
    /// The last calls, newest first; `webex_go` marks sub client type MOBILE_NETWORK (WG15).
    pub calls: Vec<crate::store::delivery::CallRow>,
    /// The last audit entries about the person: wxgo's and (on a real organisation) Webex's.
    pub audit: Vec<AuditFact>,
    /// What could not be known here, and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Text>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct PersonFacts {
    pub email: String,
    pub display_name: String,
    pub location: Option<String>,
    pub location_country: Option<String>,
    pub licences: Vec<String>,
    /// `provisioned`, `not_provisioned` or `none` (AL02-AL04).
    pub calling_status: String,
    /// Why Webex Calling was not given (AL02, AL04), as recorded (said in the language where
    /// it is shown, when it is one of the checks' reasons).
    pub calling_reason: Option<Text>,
    pub work_phone: Option<String>,
    pub primary_number: Option<String>,
    pub extension: Option<String>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CodeFact {
    /// `valid`, `expired`, `superseded`, `used` or `revoked`.
    pub state: String,
    pub issued_at: DateTime<Utc>,
    pub expires_at: DateTime<Utc>,
    pub ended_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct BwFacts {
    #[serde(flatten)]
    pub subscriber: BwSubscriberRow,
    /// Whether the customer template is set up for flow-through with untrusted emails (BW01).
    pub template_ready: Option<bool>,
}

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AuditFact {
    #[serde(flatten)]
    pub entry: AuditRow,
    /// `wxgo` (wxgo's own trail) or `webex` (Webex's admin audit, synced).
    pub source: &'static str,
}

/// One likely cause: a rule, what it found, whether it stops calls, and the fix.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Cause {
    pub rule: &'static str,
    /// Said in the language where it is shown; its English in `--json`.
    pub summary: Text,
    /// Stops the person from calling (or from calling with Webex Go).
    pub blocking: bool,
    pub fix: Fix,
    /// The order of likelihood (lower first): upstream causes explain the ones below them.
    #[serde(skip)]
    pub(crate) rank: u8,
}

/// A check made, by rule, and what it found.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Check {
    pub rule: &'static str,
    pub what: Text,
    /// `ok`, `cause` (a cause above came from it) or `not_applicable`.
    pub result: &'static str,
    pub detail: Text,
}

/// Where the facts come from and how old they are.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AsOf {
    /// `local` (the database is the truth) or `cache` (a copy of a real organisation).
    pub source: &'static str,
    /// When the facts were true: now on the local backend; the last sync, or the refresh.
    pub at: Option<DateTime<Utc>>,
    pub words: Text,
    /// This person's facts were read from Webex just now (`--refresh`, `F`).
    pub refreshed: bool,
}

/// How `why` runs.
#[derive(Debug, Clone, Default)]
pub struct WhyOptions {
    /// On a real organisation, read this person's facts from Webex first (`--refresh`, `F`).
    pub refresh: bool,
    /// How the suggested commands start (`wxgo --demo`, `wxgo --profile acme`...): the global
    /// options they must keep to run as printed. Default: what the service knows of itself.
    pub prefix: Option<String>,
}

/// The person a query names.
pub(crate) enum Who {
    User(Box<UserRow>),
    Subscriber(Box<BwSubscriberRow>),
}

impl Service {
    /// Why this person (an email, a number in E.164 or national form, or an extension) cannot
    /// call: the facts, the likely causes and what was checked, from the database.
    pub fn why(&self, query: &str) -> Result<WhyReport> {
        self.why_with(query, &WhyOptions::default())
    }

    /// [`Service::why`], refreshing the person from Webex first when asked (a real
    /// organisation only; the local database is the truth already) and with the commands'
    /// prefix the front end was started with.
    pub fn why_with(&self, query: &str, opts: &WhyOptions) -> Result<WhyReport> {
        let cx = &self.core;
        let commands = match &opts.prefix {
            Some(p) => Commands::new(p),
            None => Commands::of(self),
        };
        let who = resolve(cx, query, &commands)?;
        let mut notes = Vec::new();
        let refreshed = match (opts.refresh, self.backend.remote_ref()) {
            (true, Some(webex)) => {
                notes.extend(refresh::person(cx, webex, &who, &commands)?);
                true
            }
            (true, None) => {
                notes.push(crate::said!("why-note-local"));
                false
            }
            (false, _) => false,
        };
        // Re-read after a refresh: the rows changed.
        let who = if refreshed { resolve_again(cx, who)? } else { who };
        let mut facts = gather(cx, &who)?;
        facts.notes.splice(0..0, notes);
        let remote = self.backend.remote_ref().is_some();
        if remote {
            facts.notes.push(crate::said!("why-note-accounts", place = crate::service::action::PLACE_MOBILE_NUMBERS));
        }
        let as_of = self.as_of(refreshed)?;
        let lost_stolen = self.support(crate::service::Action::LostStolen);
        let env = causes::Env { now: cx.now(), org: &cx.org, commands: &commands, lost_stolen, remote, query };
        let extra = causes::Lookups::read(cx, &who, &facts)?;
        let (causes, checked) = causes::diagnose(&facts, &extra, &env);
        Ok(WhyReport { email: who.email(), facts, causes, checked, as_of })
    }

    fn as_of(&self, refreshed: bool) -> Result<AsOf> {
        let now = self.core.now();
        let Some(age) = self.data_as_of()? else {
            return Ok(AsOf { source: "local", at: Some(now), words: crate::said!("why-age-local"), refreshed: false });
        };
        // In UTC, as the header says it: the same words on every machine.
        let copy = match age.synced_at {
            Some(t) => {
                crate::said!("why-age-copy", at = t.format("%Y-%m-%d %H:%M UTC").to_string(), ago = causes::ago(t, now))
            }
            // As the sync says it (`data_as_of`), in the language.
            None => crate::said!("why-age-first-sync", command = "`wxgo sync`"),
        };
        Ok(if refreshed {
            AsOf {
                source: "cache",
                at: Some(now),
                words: crate::said!("why-age-refreshed", copy = copy),
                refreshed: true,
            }
        } else {
            AsOf { source: "cache", at: age.synced_at, words: copy, refreshed: false }
        })
    }
}

impl Who {
    pub(crate) fn email(&self) -> Option<String> {
        match self {
            Who::User(u) => Some(u.email.clone()),
            Who::Subscriber(s) => s.email.clone(),
        }
    }
}

/// The person again, as the database has them now.
fn resolve_again(cx: &Core, who: Who) -> Result<Who> {
    Ok(match who {
        Who::User(u) => Who::User(Box::new(q::user_by_id(&cx.conn, u.id)?)),
        Who::Subscriber(s) => {
            let again = crate::store::bw::subscriber(&cx.conn, cx.org.id, &s.broadworks_user_id)?;
            Who::Subscriber(again.map(Box::new).unwrap_or(s))
        }
    })
}

/// The person `query` names: a user by email, else a BroadWorks subscriber by email or
/// BroadWorks id; a number (E.164, or national as people type it) or an extension names whoever
/// holds it. Several people for one query: a clear error naming them.
pub(crate) fn resolve(cx: &Core, query: &str, commands: &Commands) -> Result<Who> {
    let q_text = query.trim();
    let shown = crate::domain::text::shorten(&crate::domain::text::for_terminal(q_text), 80).into_owned();
    if q_text.is_empty() {
        return Err(Error::invalid(crate::said!("why-nobody-given")));
    }
    let look_up = commands.run(&["users", "list", "--filter", "TEXT"]);
    if q_text.contains('@') {
        if let Some(u) = q::user_by_email(&cx.conn, cx.org.id, q_text)? {
            return Ok(Who::User(Box::new(u)));
        }
        if let Some(s) = w::subscribers_of(&cx.conn, cx.org.id, Some(q_text), &[], None)?.into_iter().next() {
            return Ok(Who::Subscriber(Box::new(s)));
        }
        return Err(Error::not_found(crate::said!(
            "why-no-email",
            email = &shown,
            org = &cx.org.name,
            command = format!("`{look_up}`")
        )));
    }
    // A number as people type it (the list filters' reading of one), else a BroadWorks user id,
    // which need not look like an email.
    let Some(typed) = crate::domain::search::number_query(q_text) else {
        if let Some(s) = w::subscribers_of(&cx.conn, cx.org.id, Some(q_text), &[], None)?.into_iter().next() {
            return Ok(Who::Subscriber(Box::new(s)));
        }
        return Err(Error::invalid(crate::said!("why-neither", query = &shown)));
    };
    let numbers = number_forms(cx, q_text)?;
    // An extension is 2 to 10 digits, kept as typed (a leading 0 too).
    let digits: String = q_text.chars().filter(char::is_ascii_digit).collect();
    let extension = (!typed.starts_with('+') && (2..=10).contains(&digits.len())).then_some(digits.as_str());
    let mut people: Vec<String> = Vec::new();
    let mut service = None;
    for n in &numbers {
        match w::number_holder(&cx.conn, cx.org.id, n)? {
            Some(w::NumberHolder { email: Some(e), .. }) => people.push(e),
            Some(w::NumberHolder { service: Some(s), .. }) => service = Some((n.clone(), s)),
            _ => {}
        }
    }
    if people.is_empty() {
        // An extension, or the directory's work number as it gave it (a user it did not get
        // Calling for): one pass over the users, only when no number of the inventory matched.
        let mut raw = numbers.clone();
        raw.push(q_text.to_string());
        people.extend(w::users_by_extension_or_work_phone(&cx.conn, cx.org.id, extension, &raw)?);
    }
    people.sort();
    people.dedup();
    let subscribers: Vec<BwSubscriberRow> =
        w::subscribers_of(&cx.conn, cx.org.id, None, &numbers, extension.filter(|_| people.is_empty()))?
            .into_iter()
            .filter(|s| !s.email.as_deref().is_some_and(|e| people.iter().any(|p| p.eq_ignore_ascii_case(e))))
            .collect();
    match (people.as_slice(), subscribers.as_slice()) {
        ([one], []) => {
            let u = q::user_by_email(&cx.conn, cx.org.id, one)?.ok_or_else(|| cx.no_user(one))?;
            Ok(Who::User(Box::new(u)))
        }
        ([], [one]) => Ok(Who::Subscriber(Box::new(one.clone()))),
        ([], []) => Err(Error::not_found(match service {
            Some((n, s)) => crate::said!("why-held-by-service", number = &n, service = &s),
            None => {
                crate::said!("why-no-number", number = &shown, org = &cx.org.name, command = format!("`{look_up}`"))
            }
        })),
        _ => {
            let mut names: Vec<Text> = people.iter().map(Text::from).collect();
            names.extend(subscribers.iter().map(|s| match &s.email {
                Some(e) => Text::from(e),
                None => crate::said!("why-subscriber-named", id = &s.broadworks_user_id),
            }));
            let first = names.first().map(|n| n.to_string()).unwrap_or_default();
            let command = format!("`{}`", commands.run(&["why", &first]));
            // Each lookup stops at 10: more than that is "10 or more".
            let ten = names.len() >= 10;
            let n = names.len();
            names.truncate(10);
            let names = Text::listed(names);
            Err(Error::invalid(if ten {
                crate::said!("why-held-by-ten", query = &shown, names = names, command = command)
            } else {
                crate::said!("why-held-by-many", query = &shown, n = n, names = names, command = command)
            }))
        }
    }
}

/// The E.164 numbers a typed number may be: itself when it is E.164, else the national number
/// of the organisation's country or of one of its locations' countries.
fn number_forms(cx: &Core, typed: &str) -> Result<Vec<String>> {
    if typed.starts_with('+') {
        return Ok(E164::parse(typed).map(|n| vec![n.as_str().to_string()]).unwrap_or_default());
    }
    let mut countries = vec![cx.org.country.clone()];
    for l in q::locations(&cx.conn, cx.org.id)? {
        if !l.country.is_empty() && !countries.contains(&l.country) {
            countries.push(l.country);
        }
    }
    let mut out = Vec::new();
    for c in &countries {
        if let Some((_, Some(n))) = crate::domain::e164::likely_meant(typed, Some(c)) {
            if !out.contains(&n.as_str().to_string()) {
                out.push(n.as_str().to_string());
            }
        }
    }
    Ok(out)
}

/// How many of each the report shows.
const CALLS: usize = 10;
const AUDIT: usize = 10;
const ATTEMPTS: usize = 10;

/// Reads every fact about the person from the database.
fn gather(cx: &Core, who: &Who) -> Result<Facts> {
    let conn = &cx.conn;
    let now = cx.now();
    let mut facts = Facts {
        person: None,
        numbers: Vec::new(),
        device: None,
        codes: Vec::new(),
        refused_attempts: Vec::new(),
        operator_account: None,
        broadworks: None,
        calls: Vec::new(),
        audit: Vec::new(),
        notes: Vec::new(),
    };
    let mut objects = Vec::new();
    let mut webex_object = None;
    let subscriber = match who {
        Who::User(u) => {
            facts.numbers = q::user_numbers(conn, u.id)?;
            let mut device = q::device_of_user(conn, u.id, now)?;
            if let Some(d) = device.as_mut() {
                // Webex's own words for a mirrored device (older databases have no such columns).
                let _ = q::fill_webex_device_fields(conn, std::slice::from_mut(d));
                facts.codes = q::device_codes(conn, d.id)?
                    .into_iter()
                    .map(|c| CodeFact {
                        state: if c.state == "valid" && c.expires_at <= now { "expired".into() } else { c.state },
                        issued_at: c.issued_at,
                        expires_at: c.expires_at,
                        ended_at: c.ended_at,
                    })
                    .collect();
                facts.refused_attempts = w::refused_attempts(conn, d.id, ATTEMPTS)?;
                objects.push(format!("device:{}", d.device_id));
            }
            facts.device = device;
            for n in facts.numbers.iter().filter(|n| n.kind == "mobile") {
                if let Some(mut a) = w::account_of_number(conn, cx.org.id, &n.number)? {
                    a.advice = crate::service::numbers::advice(&a, now);
                    facts.operator_account = Some(a);
                    break;
                }
            }
            facts.calls = crate::store::delivery::calls(conn, cx.org.id, Some(u.id), false, CALLS)?;
            objects.push(format!("user:{}", u.email));
            webex_object = Some(format!("User: {}", u.display_name));
            let mut numbers: Vec<String> = facts.numbers.iter().map(|n| n.number.clone()).collect();
            numbers.extend(u.work_phone.clone());
            let s = w::subscribers_of(conn, cx.org.id, Some(&u.email), &numbers, None)?.into_iter().next();
            facts.person = Some(PersonFacts {
                email: u.email.clone(),
                display_name: u.display_name.clone(),
                location: u.location.clone(),
                location_country: u.location_country.clone(),
                licences: u.licences.clone(),
                calling_status: u.calling_status.clone(),
                calling_reason: u.calling_reason.as_deref().map(|r| al::recorded_reason(r, None)),
                work_phone: u.work_phone.clone(),
                primary_number: u.primary_number.clone(),
                extension: u.extension.clone(),
            });
            s
        }
        Who::Subscriber(s) => Some((**s).clone()),
    };
    if let Some(s) = subscriber {
        objects.push(format!("bw:{}", s.broadworks_user_id));
        let template_ready = w::subscriber_template_ready(conn, s.id)?;
        facts.broadworks = Some(BwFacts { subscriber: s, template_ready });
    }
    facts.audit = w::audit_about(conn, cx.org.id, &objects, webex_object.as_deref(), AUDIT)?
        .into_iter()
        .map(|(entry, webex)| AuditFact { entry, source: if webex { "webex" } else { "wxgo" } })
        .collect();
    Ok(facts)
}
