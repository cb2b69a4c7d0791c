//! People through the Webex API (issue 17): the work number, extension and location of a person
//! (`PUT /people/{id}?callingData=true`), and a mobile number as a user's primary number (MO05,
//! MO06) through the same path.
//!
//! Webex's update replaces the whole person and offers no version check (no ETag, no
//! If-Match). So every write **re-reads the person just before it writes**, compares what Webex
//! has now with the copy in the cache (what the admin saw when they chose the change), and:
//! - when a field the admin did not change differs, or a field they did change has a third value,
//!   refuses with what changed, field by field ("changed in Webex since your copy"); nothing is
//!   sent but the re-read `GET`;
//! - when Webex already has the admin's values (the same change made elsewhere, or an earlier
//!   attempt whose answer was lost), sends nothing;
//! - otherwise sends the person **as Webex just gave it**, with only the admin's fields changed,
//!   so a field wxgo does not cache (title, addresses, roles, ...) goes back exactly as it was.
//!
//! **The window that remains.** Between the re-read and the write (one round trip, typically
//! well under a second) another administrator, Control Hub or a directory connector can still
//! change the same person; Webex then applies wxgo's write over theirs and the other change to
//! the fields wxgo sends is lost without a warning from either side. wxgo cannot close this
//! window: the API has no conditional update. It narrows it to one round trip, never writes from
//! a copy older than that, and keeps the trackingId of every write in the audit trail so the two
//! changes can be told apart with Cisco support. Writes to one person inside one wxgo run never
//! overlap (at most one request per person in flight).

use rusqlite::Connection;
use serde::Serialize;

use super::{sync, Audit, Service};
use crate::domain::{Error, Result, E164};
use crate::outside::webex::models::Person;
use crate::outside::webex::models::{Device, PersonUpdate, PhoneNumber};
use crate::outside::webex::{Api, DeviceQuery, WebexResult};
use crate::service::backend::webex::{api, Accepted};
use crate::store::model::*;
use crate::store::webex_people::{self as wp, CachedPerson};
use crate::store::{licensing as ls, mobile as m, queries as q};

/// The rule id of a write refused because the person changed in Webex since the admin's copy.
pub const CHANGED: &str = "changed in Webex";

/// What the admin changes on one person; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PersonChange {
    pub work_phone: Option<String>,
    pub extension: Option<String>,
    /// The location's Webex id.
    pub location: Option<String>,
    pub display_name: Option<String>,
    pub department: Option<String>,
}

impl PersonChange {
    pub fn is_empty(&self) -> bool {
        *self == PersonChange::default()
    }
}

/// The fields of a person a write compares, as the cache stores them (the sync's cleaning).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Seen {
    pub email: String,
    pub display_name: String,
    pub work_phone: Option<String>,
    pub extension: Option<String>,
    pub location: Option<String>,
    pub department: Option<String>,
}

impl Seen {
    pub fn of_cache(c: &CachedPerson) -> Seen {
        Seen {
            email: c.email.to_lowercase(),
            display_name: c.display_name.clone(),
            work_phone: c.work_phone.clone(),
            extension: c.extension.clone(),
            location: c.location_webex_id.clone(),
            department: c.department.clone(),
        }
    }

    /// What the cache would hold for `p` after a sync.
    pub fn of_person(p: &Person) -> Seen {
        let email = sync::clean(p.primary_email().unwrap_or(""), 254).to_lowercase();
        let display_name = sync::clean_opt(p.display_name.as_deref(), 200)
            .or_else(|| {
                let n = format!("{} {}", p.first_name.as_deref().unwrap_or(""), p.last_name.as_deref().unwrap_or(""));
                sync::clean_opt(Some(&n), 200)
            })
            .unwrap_or_else(|| email.clone());
        Seen {
            email,
            display_name,
            work_phone: sync::clean_opt(p.work_number(), 40),
            extension: sync::clean_opt(p.extension.as_deref(), 20),
            location: p.location_id.clone(),
            department: sync::clean_opt(p.department.as_deref(), 120),
        }
    }

    fn with(&self, c: &PersonChange) -> Seen {
        let mut s = self.clone();
        let set = |to: &mut Option<String>, v: &Option<String>| {
            if let Some(v) = v {
                *to = Some(v.clone());
            }
        };
        set(&mut s.work_phone, &c.work_phone);
        set(&mut s.extension, &c.extension);
        set(&mut s.location, &c.location);
        set(&mut s.department, &c.department);
        if let Some(n) = &c.display_name {
            s.display_name = n.clone();
        }
        s
    }

    fn fields(&self) -> [(&'static str, Option<&str>); 6] {
        [
            ("email", Some(self.email.as_str())),
            ("display name", Some(self.display_name.as_str())),
            ("work number", self.work_phone.as_deref()),
            ("extension", self.extension.as_deref()),
            ("location", self.location.as_deref()),
            ("department", self.department.as_deref()),
        ]
    }
}

/// What a write does once the person has been re-read.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum WritePlan {
    /// Webex already has the admin's values: nothing to send.
    Already,
    /// The body of the `PUT`: the fresh person with only the admin's fields changed.
    Send(Box<PersonUpdate>),
    /// The person changed in Webex since the admin's copy: the fields, "name: copy → now".
    Changed(Vec<String>),
}

/// Compares the admin's copy `seen`, the fresh person and the change (see the module's text).
pub(crate) fn plan_write(
    seen: &Seen,
    fresh: &Person,
    change: &PersonChange,
    locations: &dyn Fn(&str) -> String,
) -> WritePlan {
    let now = Seen::of_person(fresh);
    let target = seen.with(change);
    if now == target {
        return WritePlan::Already;
    }
    let shown = |name: &str, v: Option<&str>| match (name, v) {
        (_, None) => "none".to_string(),
        ("location", Some(id)) => locations(id),
        (_, Some(v)) => v.to_string(),
    };
    let changed: Vec<String> = seen
        .fields()
        .iter()
        .zip(now.fields().iter())
        .zip(target.fields().iter())
        .filter(|((s, n), t)| n.1 != s.1 && n.1 != t.1)
        .map(|((s, n), _)| format!("{}: your copy {}, Webex now {}", s.0, shown(s.0, s.1), shown(n.0, n.1)))
        .collect();
    if !changed.is_empty() {
        return WritePlan::Changed(changed);
    }
    let mut u = PersonUpdate::from_person(fresh);
    if let Some(w) = &change.work_phone {
        u.phone_numbers.retain(|n| n.kind.as_deref() != Some("work"));
        u.phone_numbers.insert(0, PhoneNumber { kind: Some("work".into()), value: Some(w.clone()), primary: None });
    }
    if let Some(e) = &change.extension {
        u.extension = Some(e.clone());
    }
    if let Some(l) = &change.location {
        u.location_id = Some(l.clone());
    }
    if let Some(n) = &change.display_name {
        u.display_name = n.clone();
    }
    if let Some(d) = &change.department {
        u.department = Some(d.clone());
    }
    WritePlan::Send(Box::new(u))
}

/// The refusal of a write to a person who changed in Webex since the admin's copy.
pub(crate) fn changed_error(email: &str, fields: &[String]) -> Error {
    Error::rule(
        CHANGED,
        format!(
            "{email} changed in Webex since your copy was synced ({}). Nothing was sent: wxgo writes a person only \
             over the copy you saw. Run `wxgo sync` (F in the console), look at the person again, and repeat the change.",
            fields.join("; ")
        ),
    )
}

/// Re-reads the person and writes the change (the async half, for one request or a run).
/// Returns the person as Webex has them afterwards, and the trackingId when a `PUT` was sent.
pub(crate) async fn reread_and_write(
    api: &Api,
    person_id: &str,
    seen: &Seen,
    change: &PersonChange,
    locations: &(dyn Fn(&str) -> String + Sync),
) -> Result<(Person, Option<String>, bool)> {
    let fresh = api.get_person(person_id).await.map_err(Error::from)?;
    match plan_write(seen, &fresh, change, locations) {
        WritePlan::Already => Ok((fresh, None, false)),
        WritePlan::Changed(fields) => Err(changed_error(&seen.email, &fields)),
        WritePlan::Send(u) => {
            let w = api.update_person(person_id, &u).await.map_err(Error::from)?;
            Ok((w.value, w.tracking_id, true))
        }
    }
}

/// Whether a write sent a `PUT` (Webex may already have had the values), and its trackingId.
#[derive(Debug, Clone, Default)]
pub(crate) struct Sent {
    pub sent: bool,
    pub tracking_id: Option<String>,
}

/// A user's fields to change, as the admin gives them (`wxgo users update`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UserChange {
    pub work_number: Option<String>,
    pub extension: Option<String>,
    /// A location by name.
    pub location: Option<String>,
}

/// What a change to a user did.
#[derive(Debug, Clone, Serialize)]
pub struct UserUpdated {
    pub email: String,
    pub work_phone: Option<String>,
    pub extension: Option<String>,
    pub location: Option<String>,
    /// Which fields changed (`work_number`, `extension`, `location`); empty when all were so already.
    pub changed: Vec<&'static str>,
    /// Webex's trackingId of the write (real organisations only; none when nothing was sent).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub tracking_id: Option<String>,
}

/// What `update_user` answers and audits: the fields as they are now, and which changed.
fn updated(before: &UserRow, after: UserRow, tracking_id: Option<String>) -> Result<(UserUpdated, Audit)> {
    let mut changed = Vec::new();
    if before.work_phone != after.work_phone {
        changed.push("work_number");
    }
    if before.extension != after.extension {
        changed.push("extension");
    }
    if before.location != after.location {
        changed.push("location");
    }
    let details =
        format!("{}: {}", after.email, if changed.is_empty() { "no change".to_string() } else { changed.join(", ") });
    let audit = Audit::new(format!("user:{}", after.email), details);
    let out = UserUpdated {
        email: after.email,
        work_phone: after.work_phone,
        extension: after.extension,
        location: after.location,
        changed,
        tracking_id,
    };
    Ok((out, audit))
}

impl Service {
    /// The cached person behind `email`, for a write through the API.
    pub(crate) fn cached_person_of(&self, conn: &Connection, email: &str) -> Result<(UserRow, CachedPerson, String)> {
        let user = q::user_by_email(conn, self.org.id, email)?.ok_or_else(|| self.no_user(email))?;
        let cached = wp::cached_person(conn, user.id)?;
        let id = cached.webex_id.clone().ok_or_else(|| {
            Error::NotFound(format!(
                "{} is not in Webex's copy (no Webex id): run `wxgo sync` and look again",
                user.email
            ))
        })?;
        Ok((user, cached, id))
    }

    /// A location's name for a message, by Webex id.
    pub(crate) fn location_words(&self) -> impl Fn(&str) -> String + Sync {
        let names = wp::location_names(&self.conn, self.org.id).unwrap_or_default();
        move |id: &str| names.get(id).cloned().unwrap_or_else(|| format!("another location ({})", sync::clean(id, 80)))
    }

    /// One person's change through the API: re-read, compare, write only the admin's fields;
    /// then `after` writes the cache (the person's row is already updated from Webex's answer)
    /// in the same transaction as the audit entry.
    pub(crate) fn write_person_via_api<T>(
        &mut self,
        action: &str,
        email: &str,
        change: &PersonChange,
        after: impl FnOnce(
            &Self,
            &Connection,
            chrono::DateTime<chrono::Utc>,
            &CachedPerson,
            &Person,
            Sent,
        ) -> Result<(T, Audit)>,
    ) -> Result<T> {
        self.api_writable(action)?;
        let (_, cached, person_id) = self.cached_person_of(&self.conn, email)?;
        let seen = Seen::of_cache(&cached);
        let locations = self.location_words();
        self.via_api(
            action,
            |_, c| {
                let (person, tracking_id, sent) =
                    c.run(reread_and_write(c.api(), &person_id, &seen, change, &locations))?;
                let value = (person, Sent { sent, tracking_id: tracking_id.clone() });
                Ok(Accepted { value, tracking_id })
            },
            |svc, tx, now, (person, sent)| {
                svc.cache_person(tx, cached.user_id, &person, now)?;
                let was_sent = sent.sent;
                let (value, mut audit) = after(svc, tx, now, &cached, &person, sent)?;
                if !was_sent {
                    audit.details = format!("{}; Webex already had it, nothing sent", audit.details);
                }
                Ok((value, audit))
            },
        )
    }

    /// Writes what Webex answered for a person to their cached row.
    pub(crate) fn cache_person(
        &self,
        tx: &Connection,
        user: i64,
        p: &Person,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<()> {
        let s = Seen::of_person(p);
        let location = match &s.location {
            Some(l) => wp::location_by_webex_id(tx, self.org.id, l)?,
            None => None,
        };
        wp::write_person(
            tx,
            user,
            &s.display_name,
            s.work_phone.as_deref(),
            s.extension.as_deref(),
            location,
            s.department.as_deref(),
            now,
        )
    }

    /// Changes a user's work number, extension and/or location (through the people API on a
    /// real organisation; in the database on the local backend). A change refused changes nothing.
    pub fn update_user(&mut self, email: &str, change: &UserChange) -> Result<UserUpdated> {
        let action = "update user";
        let work = change.work_number.as_deref().map(E164::parse).transpose()?;
        let ext = change.extension.as_deref().map(crate::domain::licensing::check_extension).transpose()?;
        if work.is_none() && ext.is_none() && change.location.is_none() {
            return Err(Error::Invalid(
                "nothing to change: give --work-number E164, --extension N and/or --location NAME".into(),
            ));
        }
        let location = match &change.location {
            Some(name) => Some(ls::location_by_name(&self.conn, self.org.id, name)?.ok_or_else(|| {
                let names = q::locations(&self.conn, self.org.id)
                    .map(|l| l.into_iter().map(|l| l.name).collect::<Vec<_>>().join(", "))
                    .unwrap_or_default();
                Error::NotFound(format!("no location \"{}\" in {}; there is: {names}", name.trim(), self.org.name))
            })?),
            None => None,
        };
        // An extension is unique in its location (the one the user ends up in).
        let check_ext = |svc: &Self, conn: &Connection, user: &UserRow| -> Result<()> {
            if let Some(ext) = &ext {
                let loc = match &location {
                    Some((id, _)) => Some(*id),
                    None => q::user_location_id(conn, user.id)?,
                };
                if let Some(loc) = loc {
                    if let Some(holder) = ls::extension_holder(conn, loc, ext, user.id)? {
                        return Err(Error::Invalid(format!(
                            "{}: extension {ext} is already {holder}'s in that location; choose another",
                            user.email
                        )));
                    }
                }
            }
            let _ = svc;
            Ok(())
        };
        if self.is_webex() {
            let user = self.user(email)?;
            check_ext(self, &self.conn, &user)?;
            let loc_webex = match &location {
                Some((id, name)) => Some(
                    wp::location_webex_id(&self.conn, *id)?
                        .ok_or_else(|| Error::NotFound(format!("{name} is not in Webex's copy: run `wxgo sync`")))?,
                ),
                None => None,
            };
            let pc = PersonChange {
                work_phone: work.as_ref().map(|e| e.to_string()),
                extension: ext.clone(),
                location: loc_webex,
                ..PersonChange::default()
            };
            return self.write_person_via_api(action, email, &pc, |_, tx, _, _, _, sent| {
                updated(&user, q::user_by_id(tx, user.id)?, sent.tracking_id)
            });
        }
        self.act(action, |svc, tx, now| {
            let user = q::user_by_email(tx, svc.org.id, email)?.ok_or_else(|| svc.no_user(email))?;
            check_ext(svc, tx, &user)?;
            let cached = wp::cached_person(tx, user.id)?;
            wp::write_person(
                tx,
                user.id,
                &cached.display_name,
                work.as_ref().map(|e| e.as_str()).or(cached.work_phone.as_deref()),
                ext.as_deref().or(cached.extension.as_deref()),
                location.as_ref().map(|(id, _)| *id).or(cached.location_id),
                cached.department.as_deref(),
                now,
            )?;
            updated(&user, q::user_by_id(tx, user.id)?, None)
        })
    }

    /// MO05/MO06 on a real organisation: the mobile number becomes the person's work number
    /// through the people API (re-read, compare, write only the number); the fixed number it
    /// replaces goes back to the pool, and the Webex Go device Webex makes for the person through
    /// the mobile operator is mirrored when Webex lists it.
    pub(crate) fn assign_mobile_primary_via_api(&mut self, email: &str, number: &str) -> Result<super::AssignOutcome> {
        let action = "assign mobile primary number";
        self.api_writable(action)?;
        let e164 = E164::parse(number)?;
        // Checked on the copy first: what the mirrored data proves; Webex decides the rest.
        let (user, n, _) = self.mobile_primary_checks(&self.conn, email, &e164, self.now())?;
        let (_, cached, person_id) = self.cached_person_of(&self.conn, email)?;
        let seen = Seen::of_cache(&cached);
        let change = PersonChange { work_phone: Some(e164.to_string()), ..PersonChange::default() };
        let locations = self.location_words();
        self.via_api(
            action,
            |_, c| {
                let (person, tracking_id, _) =
                    c.run(reread_and_write(c.api(), &person_id, &seen, &change, &locations))?;
                // The device Webex makes for the person (a GET: it may not be there yet).
                let q = DeviceQuery { person_id: Some(person_id.clone()), ..DeviceQuery::default() };
                let devices: WebexResult<Vec<Device>> = c.run(c.api().list_devices(&q));
                let device = api(devices)?.into_iter().next();
                Ok(Accepted { value: (person, device), tracking_id })
            },
            |svc, tx, now, (person, device)| {
                svc.cache_person(tx, cached.user_id, &person, now)?;
                let replaced = match m::primary_number_id(tx, user.id)? {
                    Some(old) if old != n.id => {
                        let old_row = q::user_numbers(tx, user.id)?.into_iter().find(|r| r.id == old);
                        q::release_number(tx, old)?;
                        old_row.map(|r| r.number)
                    }
                    _ => None,
                };
                q::assign_primary(tx, n.id, user.id)?;
                let had = q::device_of_user(tx, user.id, now)?;
                let (device_id, created) = match device {
                    Some(d) => {
                        let kind = match d.product.as_deref().map(str::to_ascii_lowercase) {
                            Some(p) if p.contains("operator") => "mobile_operator",
                            _ => "byod",
                        };
                        let status = sync::device_status(&d);
                        let raw = sync::clean_opt(d.connection_status.as_deref(), 40);
                        let id = wp::mirror_device(
                            tx,
                            svc.org.id,
                            user.id,
                            &d.id,
                            kind,
                            status.as_str(),
                            raw.as_deref(),
                            Some(n.id),
                            now,
                        )?;
                        (device_ref(id), had.is_none())
                    }
                    None => (had.map(|d| d.device_id).unwrap_or_default(), false),
                };
                let out = super::AssignOutcome {
                    user_email: user.email.clone(),
                    number: e164.to_string(),
                    replaced,
                    device_id,
                    device_created: created,
                };
                let details = format!(
                    "number {e164}; replaced {}; device {}",
                    out.replaced.as_deref().unwrap_or("none"),
                    if out.device_id.is_empty() {
                        "not listed by Webex yet (`wxgo sync` shows it)".to_string()
                    } else {
                        format!("{}{}", out.device_id, if created { " mirrored" } else { " kept" })
                    }
                );
                Ok((out, Audit::new(format!("user:{}", user.email), details)))
            },
        )
    }
}
