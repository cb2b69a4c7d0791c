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

use super::{After, Edit, PeopleBackend, PersonChange, CHANGED};
use crate::domain::{Error, Result};
use crate::outside::webex::models::Person;
use crate::outside::webex::models::{PersonUpdate, PhoneNumber};
use crate::outside::webex::Api;
use crate::service::backend::webex::{Accepted, Webex};
use crate::service::core::{Allowed, Core};
use crate::store::model::*;
use crate::store::queries as q;
use crate::store::webex_people::{self as wp, CachedPerson};

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
        let email = crate::domain::text::clean(p.primary_email().unwrap_or(""), 254).to_lowercase();
        let display_name = crate::domain::text::clean_opt(p.display_name.as_deref(), 200)
            .or_else(|| {
                let n = format!("{} {}", p.first_name.as_deref().unwrap_or(""), p.last_name.as_deref().unwrap_or(""));
                crate::domain::text::clean_opt(Some(&n), 200)
            })
            .unwrap_or_else(|| email.clone());
        Seen {
            email,
            display_name,
            work_phone: crate::domain::text::clean_opt(p.work_number(), 40),
            extension: crate::domain::text::clean_opt(p.extension.as_deref(), 20),
            location: p.location_id.clone(),
            department: crate::domain::text::clean_opt(p.department.as_deref(), 120),
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
    Changed(Vec<crate::domain::error::Text>),
}

/// Compares the admin's copy `seen`, the fresh person and the change (see the module's text).
pub(crate) fn plan_write(
    seen: &Seen,
    fresh: &Person,
    change: &PersonChange,
    locations: &dyn Fn(&str) -> crate::domain::error::Text,
) -> WritePlan {
    let now = Seen::of_person(fresh);
    let target = seen.with(change);
    if now == target {
        return WritePlan::Already;
    }
    let shown = |name: &str, v: Option<&str>| match (name, v) {
        (_, None) => crate::said!("names-none"),
        ("location", Some(id)) => locations(id),
        (_, Some(v)) => crate::domain::error::Text::from(v),
    };
    let changed: Vec<crate::domain::error::Text> = seen
        .fields()
        .iter()
        .zip(now.fields().iter())
        .zip(target.fields().iter())
        .filter(|((s, n), t)| n.1 != s.1 && n.1 != t.1)
        .map(|((s, n), _)| {
            crate::said!(
                "person-field-changed",
                field = crate::domain::error::Val::Msg(field_said(s.0)),
                copy = shown(s.0, s.1),
                now = shown(n.0, n.1)
            )
        })
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
pub(crate) fn changed_error(email: &str, fields: &[crate::domain::error::Text]) -> Error {
    let fields = fields
        .iter()
        .cloned()
        .reduce(|first, next| crate::said!("list-next-semicolon", first = first, next = next))
        .unwrap_or_default();
    Error::rule(CHANGED, crate::said!("person-changed", email = email, fields = fields, command = "`wxgo sync`"))
}

/// A person's field as [`Seen::fields`] names it, as a message of `errors.ftl`.
fn field_said(name: &str) -> &'static str {
    match name {
        "email" => "person-field-email",
        "display name" => "person-field-display-name",
        "work number" => "person-field-work-number",
        "extension" => "person-field-extension",
        "location" => "person-field-location",
        _ => "person-field-department",
    }
}

/// Re-reads the person and writes the change (the async half, for one request or a run).
/// Returns the person as Webex has them afterwards, and the trackingId when a `PUT` was sent.
pub(crate) async fn reread_and_write(
    api: &Api,
    person_id: &str,
    seen: &Seen,
    change: &PersonChange,
    locations: &(dyn Fn(&str) -> crate::domain::error::Text + Sync),
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

impl PeopleBackend for Webex {
    /// One person's change through the API: re-read, compare, write only the admin's fields;
    /// then `after` writes the cache (the person's row is already updated from Webex's answer)
    /// in the same transaction as the audit entry.
    fn write(&self, cx: &Core, ok: Allowed, email: &str, edit: &Edit, after: After<'_>) -> Result<()> {
        let (_, cached, person_id) = cached_person_of(cx, &cx.conn, email)?;
        let location = match edit.location {
            Some(id) => Some(
                wp::location_webex_id(&cx.conn, id)?
                    .ok_or_else(|| Error::not_found(crate::said!("location-not-in-copy", sync = "`wxgo sync`")))?,
            ),
            None => None,
        };
        let change = PersonChange {
            work_phone: edit.work_phone.as_ref().map(|e| e.to_string()),
            extension: edit.extension.clone(),
            location,
            ..PersonChange::default()
        };
        let seen = Seen::of_cache(&cached);
        let locations = location_words(cx);
        self.via_api(
            cx,
            ok,
            |c| {
                let (person, tracking_id, sent) =
                    c.run(reread_and_write(c.api(), &person_id, &seen, &change, &locations))?;
                let value = (person, Sent { sent, tracking_id: tracking_id.clone() });
                Ok(Accepted { value, tracking_id })
            },
            |cx, tx, now, (person, sent): (Person, Sent)| {
                cache_person(cx, tx, cached.user_id, &person, now)?;
                let mut audit = after(cx, tx, now, &cached, sent.tracking_id)?;
                if !sent.sent {
                    audit.details = format!("{}; Webex already had it, nothing sent", audit.details);
                }
                Ok(((), audit))
            },
        )
    }
}

/// The cached person behind `email`, for a write through the API.
pub(crate) fn cached_person_of(cx: &Core, conn: &Connection, email: &str) -> Result<(UserRow, CachedPerson, String)> {
    let user = q::user_by_email(conn, cx.org.id, email)?.ok_or_else(|| cx.no_user(email))?;
    let cached = wp::cached_person(conn, user.id)?;
    let id = cached
        .webex_id
        .clone()
        .ok_or_else(|| Error::not_found(crate::said!("not-in-copy", email = &user.email, command = "`wxgo sync`")))?;
    Ok((user, cached, id))
}

/// A location's name for a message, by Webex id.
pub(crate) fn location_words(cx: &Core) -> impl Fn(&str) -> crate::domain::error::Text + Sync {
    let names = wp::location_names(&cx.conn, cx.org.id).unwrap_or_default();
    move |id: &str| match names.get(id) {
        Some(name) => name.as_str().into(),
        None => crate::said!("person-other-location", id = crate::domain::text::clean(id, 80)),
    }
}

/// Writes what Webex answered for a person to their cached row.
pub(crate) fn cache_person(
    cx: &Core,
    tx: &Connection,
    user: i64,
    p: &Person,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    let s = Seen::of_person(p);
    let location = match &s.location {
        Some(l) => wp::location_by_webex_id(tx, cx.org.id, l)?,
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
