//! People: the user list and a user's details, and changes to a person's work number,
//! extension and location (`wxgo users update`, and the writes other actions make to a person:
//! a corrected work number, a mobile primary number). [`PeopleBackend`] is how each backend
//! writes a person (`local`: the database; `webex`: re-read, compare, `PUT`, then the cache).

mod local;
pub(crate) mod webex;

use chrono::{DateTime, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::domain::{Error, Result, E164};
use crate::service::action::Action;
use crate::service::backend::Backend;
use crate::service::core::{Allowed, Audit, Core};
use crate::store::index::ListKind;
use crate::store::licensing as ls;
use crate::store::model::*;
use crate::store::queries as q;
use crate::store::webex_people::CachedPerson;

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

/// A change to one person's fields, as the service checked it; `None` leaves a field as it is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Edit {
    pub work_phone: Option<E164>,
    pub extension: Option<String>,
    /// The location (wxgo's id).
    pub location: Option<i64>,
}

/// What runs after a person was written, in the same transaction as the cache write and the
/// audit entry: it gets the person as they were before, and the trackingId of Webex's `PUT`
/// (none on the local backend, or when Webex already had the values).
pub(crate) type After<'a> =
    &'a mut dyn FnMut(&Core, &Connection, DateTime<Utc>, &CachedPerson, Option<String>) -> Result<Audit>;

/// How a backend writes a person.
pub(crate) trait PeopleBackend {
    /// Writes `edit` to the person behind `email`, then runs `after`; all of it, or nothing.
    fn write(&self, cx: &Core, ok: Allowed, email: &str, edit: &Edit, after: After<'_>) -> Result<()>;
}

/// The people of the open organisation: `svc.people()`.
pub struct People<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl People<'_> {
    /// A page of users, filtered by name, email, number or location.
    pub fn list(&self, filter: &str, offset: usize, limit: usize) -> Result<Vec<UserRow>> {
        let cx = self.core;
        if cx.direct(ListKind::Users, filter, offset) {
            return q::users_page(&cx.conn, cx.org.id, "", offset, limit);
        }
        let w = cx.window(ListKind::Users, filter, offset, limit)?;
        crate::store::index::users_by_ids(&cx.conn, &w.ids)
    }

    pub fn count(&self, filter: &str) -> Result<usize> {
        self.core.count(ListKind::Users, filter)
    }

    pub fn get(&self, email: &str) -> Result<UserRow> {
        self.core.user_in(&self.core.conn, email)
    }

    /// A user with their numbers, device, code history and recent changes.
    pub fn detail(&self, email: &str) -> Result<UserDetail> {
        let cx = self.core;
        let user = self.get(email)?;
        let now = cx.now();
        let mut device = q::device_of_user(&cx.conn, user.id, now)?;
        if let Some(d) = device.as_mut() {
            // What only the backend keeps (Webex's connection status and error codes).
            self.backend.devices().fill(cx, std::slice::from_mut(d))?;
        }
        let codes = match &device {
            Some(d) => q::device_codes(&cx.conn, d.id)?,
            None => Vec::new(),
        };
        let mut audit = q::audit(&cx.conn, cx.org.id, Some(&format!("user:{}", user.email)), 10)?;
        if let Some(d) = &device {
            audit.extend(q::audit(&cx.conn, cx.org.id, Some(&format!("device:{}", d.device_id)), 10)?);
            audit.sort_by_key(|a| std::cmp::Reverse(a.at));
            audit.truncate(10);
        }
        Ok(UserDetail { numbers: q::user_numbers(&cx.conn, user.id)?, user, device, codes, audit })
    }

    /// Changes a user's work number, extension and/or location (through the people API on a
    /// real organisation; in the database on the local backend). A change refused changes nothing.
    pub fn update(&self, email: &str, change: &UserChange) -> Result<UserUpdated> {
        let cx = self.core;
        let work = change.work_number.as_deref().map(E164::parse).transpose()?;
        let ext = change.extension.as_deref().map(crate::domain::licensing::check_extension).transpose()?;
        if work.is_none() && ext.is_none() && change.location.is_none() {
            return Err(Error::invalid(crate::said!("person-nothing-to-change")));
        }
        let location = match &change.location {
            Some(name) => Some(ls::location_by_name(&cx.conn, cx.org.id, name)?.ok_or_else(|| {
                let names = q::locations(&cx.conn, cx.org.id)
                    .map(|l| l.into_iter().map(|l| l.name).collect::<Vec<_>>().join(", "))
                    .unwrap_or_default();
                Error::not_found(crate::said!(
                    "not-found-location-listed",
                    location = name.trim(),
                    org = &cx.org.name,
                    names = names
                ))
            })?),
            None => None,
        };
        let ok = cx.gate(Action::UpdateUser, self.backend)?;
        let edit = Edit { work_phone: work, extension: ext.clone(), location: location.as_ref().map(|(id, _)| *id) };
        // An extension is unique in its location (the one the user ends up in): checked on the
        // copy first (the local backend checks again in the write's own transaction).
        let user = self.get(email)?;
        check_extension(&cx.conn, &user, &edit)?;
        self.write(ok, email, &edit, |_, tx, _now, before, tracking| {
            let now = q::user_by_id(tx, before.user_id)?;
            updated(&before_row(before, &now), now, tracking)
        })
    }

    /// AL04: records a corrected work number (E.164). A user without Calling loses the old
    /// reason, so the template can be applied again; a user with Calling keeps their setup (AL05).
    pub fn set_work_number(&self, email: &str, number: &str) -> Result<crate::service::WorkNumberOutcome> {
        let e164 = E164::parse(number)?;
        let ok = self.core.gate(Action::SetWorkNumber, self.backend)?;
        let edit = Edit { work_phone: Some(e164.clone()), ..Edit::default() };
        self.write(ok, email, &edit, |cx, tx, now, before, _| {
            let u = ls::user(tx, cx.org.id, &before.email)?.ok_or_else(|| cx.no_user(email))?;
            crate::service::licences::rules::work_number_outcome(cx, tx, &u, before.work_phone.as_deref(), &e164, now)
        })
    }

    /// Writes a person for an action of another room (a corrected work number, a mobile primary
    /// number): `after` makes what the action returns, in the write's transaction.
    pub(crate) fn write<T>(
        &self,
        ok: Allowed,
        email: &str,
        edit: &Edit,
        after: impl FnOnce(&Core, &Connection, DateTime<Utc>, &CachedPerson, Option<String>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        let mut after = Some(after);
        let mut out = None;
        self.backend.people().write(self.core, ok, email, edit, &mut |cx, tx, now, before, tracking| {
            let f = after.take().ok_or_else(|| Error::io(crate::said!("person-write-twice")))?;
            let (value, audit) = f(cx, tx, now, before, tracking)?;
            out = Some(value);
            Ok(audit)
        })?;
        out.ok_or_else(|| Error::io(crate::said!("person-write-no-result")))
    }
}

/// An extension is unique in the location the user ends up in.
pub(crate) fn check_extension(conn: &Connection, user: &UserRow, edit: &Edit) -> Result<()> {
    let Some(ext) = &edit.extension else { return Ok(()) };
    let loc = match edit.location {
        Some(id) => Some(id),
        None => q::user_location_id(conn, user.id)?,
    };
    if let Some(loc) = loc {
        if let Some(holder) = ls::extension_holder(conn, loc, ext, user.id)? {
            return Err(Error::invalid(crate::said!(
                "extension-taken-there",
                email = &user.email,
                extension = ext,
                holder = holder
            )));
        }
    }
    Ok(())
}

/// The user as they were before a write, from the cached person (what `updated` compares).
fn before_row(before: &CachedPerson, now: &UserRow) -> UserRow {
    let mut row = now.clone();
    row.work_phone = before.work_phone.clone();
    row.extension = before.extension.clone();
    row.location = before.location.clone();
    row
}
