//! Webex Go through a mobile operator (MO01-MO06): operator accounts, mobile numbers and
//! mobile primary numbers with their automatic Webex Go device.

use chrono::Duration;
use serde::Serialize;

use super::{Audit, Service};
use crate::domain::mobile::{check_account_id, check_entry, AuthStatus, CheckedNumber};
use crate::domain::{licence, DeviceKind, DeviceStatus, Error, Result, E164};
use crate::store::model::*;
use crate::store::{mobile as m, queries as q};

/// How long authorisation may take before the admin should chase the operator (MO02).
pub const AUTHORISATION_WAIT_HOURS: i64 = 48;

/// The operator's answer to an authorisation request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum OperatorDecision {
    Authorize,
    Reject { reason: String },
}

#[derive(Debug, Clone, Serialize)]
pub struct MobileAddReport {
    pub account_id: String,
    pub location: String,
    pub numbers: Vec<CheckedNumber>,
    pub added: usize,
    pub rejected: usize,
    /// A real organisation: each add request (at most 20 numbers) as Webex answered it, with its
    /// trackingId. Left out on the local backend, where one entry is one transaction.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub requests: Vec<super::api_numbers::AddRequestReport>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AssignOutcome {
    pub user_email: String,
    pub number: String,
    /// The fixed number it replaced, now back in the pool of unassigned numbers.
    pub replaced: Option<String>,
    pub device_id: String,
    pub device_created: bool,
}

impl Service {
    /// Operator accounts with what the admin should do for each (MO02).
    pub fn operator_accounts(&self) -> Result<Vec<OperatorAccountRow>> {
        let now = self.now();
        let mut rows = m::accounts(&self.conn, self.org.id)?;
        for a in &mut rows {
            a.advice = advice(a, now);
        }
        Ok(rows)
    }

    pub fn operator_account(&self, account_id: &str) -> Result<OperatorAccountRow> {
        let mut a = m::account_by_account_id(&self.conn, self.org.id, account_id)?
            .ok_or_else(|| self.no_account(account_id))?;
        a.advice = advice(&a, self.now());
        Ok(a)
    }

    fn no_account(&self, account_id: &str) -> Error {
        Error::NotFound(format!(
            "no operator account \"{}\" in {}. List them with `wxgo operator-accounts list`.",
            account_id.trim(),
            self.org.name
        ))
    }

    /// MO01: request an operator account for a location. The id is typed twice and must
    /// match; `confirmed` is the admin's explicit confirmation, since the id can never change.
    pub fn add_operator_account(
        &mut self,
        location: &str,
        operator: &str,
        account_id: &str,
        confirm_account_id: &str,
        confirmed: bool,
    ) -> Result<OperatorAccountRow> {
        let id = check_account_id(account_id, confirm_account_id)?;
        let operator = operator.trim();
        if operator.is_empty() {
            return Err(Error::Invalid("choose the mobile operator (e.g. --operator \"AT&T\")".into()));
        }
        if !confirmed {
            return Err(Error::rule(
                "MO01",
                format!("confirm the operator account id {id}: once confirmed it cannot be changed (add --yes)"),
            ));
        }
        let created = self.act("add operator account", |svc, tx, now| {
            let loc = q::locations(tx, svc.org.id)?
                .into_iter()
                .find(|l| l.name.eq_ignore_ascii_case(location.trim()))
                .ok_or_else(|| Error::NotFound(format!("no location \"{}\" in {}", location.trim(), svc.org.name)))?;
            if m::account_by_account_id(tx, svc.org.id, &id)?.is_some() {
                return Err(Error::Invalid(format!("operator account {id} already exists; it cannot be added twice")));
            }
            m::insert_account(tx, svc.org.id, loc.id, operator, &id, now)?;
            let row = m::account_by_account_id(tx, svc.org.id, &id)?.ok_or_else(|| q::not_found("operator account"))?;
            let details = format!("location {}; operator {operator}; authorisation requested", loc.name);
            Ok((row, Audit::new(format!("operator-account:{id}"), details)))
        })?;
        let mut created = created;
        created.advice = advice(&created, self.now());
        Ok(created)
    }

    /// The operator's side (MO02): it authorises or rejects a pending account.
    pub fn operator_decide(&mut self, account_id: &str, decision: OperatorDecision) -> Result<OperatorAccountRow> {
        let admin = self.actor.clone();
        self.actor.user = format!("operator (via {})", admin.user);
        let result = self.act("operator decides", |svc, tx, now| {
            let a = m::account_by_account_id(tx, svc.org.id, account_id)?.ok_or_else(|| svc.no_account(account_id))?;
            if a.status != AuthStatus::Pending {
                return Err(Error::rule(
                    "MO02",
                    format!(
                        "operator account {} is already {}; only a pending request can be decided",
                        a.account_id,
                        a.status.label()
                    ),
                ));
            }
            let (status, reason) = match &decision {
                OperatorDecision::Authorize => (AuthStatus::Authorized, None),
                OperatorDecision::Reject { reason } => {
                    (AuthStatus::Failed, Some(reason.trim()).filter(|r| !r.is_empty()))
                }
            };
            m::set_account_status(tx, a.id, status, reason, now)?;
            let row = m::account_by_account_id(tx, svc.org.id, &a.account_id)?
                .ok_or_else(|| q::not_found("operator account"))?;
            let details = format!(
                "{} -> {}{}",
                a.status.label(),
                status.label(),
                reason.map(|r| format!(": {r}")).unwrap_or_default()
            );
            Ok((row, Audit::new(format!("operator-account:{}", a.account_id), details)))
        });
        self.actor = admin;
        let mut row = result?;
        row.advice = advice(&row, self.now());
        Ok(row)
    }

    /// MO03 as the admin types: each number's validation state, changing nothing.
    /// On a real organisation (no operator accounts there: Control Hub only) `account_id` names the
    /// location, and only what wxgo's copy proves is checked; Webex validates on save
    /// ([`Service::validate_mobile_numbers`] asks it).
    pub fn check_mobile_numbers(&self, account_id: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        if self.is_webex() {
            self.location_for_account(account_id)?;
            return self.check_mobile_numbers_cached(entry);
        }
        let a = m::account_by_account_id(&self.conn, self.org.id, account_id)?
            .ok_or_else(|| self.no_account(account_id))?;
        self.check_entry_at(&self.conn, &a, entry)
    }

    fn check_entry_at(
        &self,
        conn: &rusqlite::Connection,
        a: &OperatorAccountRow,
        entry: &str,
    ) -> Result<Vec<CheckedNumber>> {
        // Lookups fail only if the database does; surface that instead of calling a number free.
        let mut failure = None;
        let checked = check_entry(entry, &a.location_country, |n| match m::holder(conn, self.org.id, n.as_str()) {
            Ok(h) => h,
            Err(e) => {
                failure.get_or_insert(e);
                None
            }
        })?;
        match failure {
            Some(e) => Err(e),
            None => Ok(checked),
        }
    }

    /// MO02, MO03: adds the valid numbers of an entry under an Authorized account, as
    /// INACTIVE mobile numbers; the others are reported with their state and reason.
    /// On a real organisation `account_id` names the location (operator accounts are Control Hub
    /// only) and the numbers go through the Webex API ([`Service::add_mobile_numbers_at`]).
    pub fn add_mobile_numbers(&mut self, account_id: &str, entry: &str) -> Result<MobileAddReport> {
        if self.is_webex() {
            self.api_writable(super::api_numbers::ADD_MOBILE)?;
            let loc = self.location_for_account(account_id)?;
            return self.add_mobile_numbers_via_api(&loc, entry);
        }
        self.act("add mobile numbers", |svc, tx, now| {
            let a = m::account_by_account_id(tx, svc.org.id, account_id)?.ok_or_else(|| svc.no_account(account_id))?;
            if a.status != AuthStatus::Authorized {
                return Err(Error::rule(
                    "MO02",
                    format!(
                        "operator account {} is {}: numbers can be added only once it is Authorized. {}",
                        a.account_id,
                        a.status.label(),
                        advice(&a, now)
                    ),
                ));
            }
            let numbers = svc.check_entry_at(tx, &a, entry)?;
            if numbers.is_empty() {
                return Err(Error::Invalid("no numbers given: enter mobile numbers separated by commas".into()));
            }
            let mut added = Vec::new();
            for n in numbers.iter().filter(|n| n.state.is_ok()) {
                if let Some(e164) = &n.number {
                    m::insert_mobile_number(tx, svc.org.id, a.location_id, e164, a.id, now)?;
                    added.push(e164.clone());
                }
            }
            let report = MobileAddReport {
                account_id: a.account_id.clone(),
                location: a.location.clone(),
                added: added.len(),
                rejected: numbers.len() - added.len(),
                numbers,
                requests: Vec::new(),
            };
            let details = format!("location {}; added {}; rejected {}", a.location, added.join(", "), report.rejected);
            Ok((report, Audit::new(format!("operator-account:{}", a.account_id), details)))
        })
    }

    /// Unassigned mobile numbers a user may be given (MO05: of the user's location only).
    pub fn assignable_mobile_numbers(&self, email: &str) -> Result<Vec<NumberRow>> {
        let user = self.user(email)?;
        match q::user_location_id(&self.conn, user.id)? {
            Some(loc) => q::free_numbers(&self.conn, loc, "mobile", 500),
            None => Ok(Vec::new()),
        }
    }

    /// MO05, MO06: a mobile number becomes the user's primary number, replacing the fixed
    /// one (which returns to the pool), and a mobile-operator Webex Go device appears.
    pub fn assign_mobile_primary(
        &mut self,
        email: &str,
        number: &str,
        subscription: Option<&str>,
    ) -> Result<AssignOutcome> {
        // A real organisation: through the people API (Webex picks the subscription).
        if self.is_webex() {
            return self.assign_mobile_primary_via_api(email, number);
        }
        let e164 = E164::parse(number)?;
        self.act("assign mobile primary number", |svc, tx, now| {
            let (user, n, existing) = svc.mobile_primary_checks(tx, email, &e164, now)?;
            let sub = match &existing {
                Some(_) => None,
                None => Some(crate::service::devices::choose_subscription(svc, tx, subscription)?),
            };
            let replaced = match m::primary_number_id(tx, user.id)? {
                Some(old) => {
                    let old_row = q::user_numbers(tx, user.id)?.into_iter().find(|r| r.id == old);
                    q::release_number(tx, old)?;
                    old_row.map(|r| r.number)
                }
                None => None,
            };
            q::assign_primary(tx, n.id, user.id)?;
            let (device, created) = match existing {
                Some(d) => {
                    m::set_device_number(tx, d.id, n.id, now)?;
                    (d.id, false)
                }
                None => {
                    let sub = sub.ok_or_else(|| q::not_found("subscription"))?;
                    let id = q::insert_device(
                        tx,
                        &q::NewDevice {
                            org: svc.org.id,
                            user: user.id,
                            subscription: &sub.id,
                            kind: DeviceKind::MobileOperator,
                            status: DeviceStatus::Online,
                            number: Some(n.id),
                            now,
                        },
                    )?;
                    (id, true)
                }
            };
            let out = AssignOutcome {
                user_email: user.email.clone(),
                number: e164.to_string(),
                replaced,
                device_id: device_ref(device),
                device_created: created,
            };
            let details = format!(
                "number {e164}; replaced {}; device {}{}",
                out.replaced.as_deref().unwrap_or("none"),
                out.device_id,
                if created { " created" } else { " kept" }
            );
            Ok((out, Audit::new(format!("user:{}", user.email), details)))
        })
    }
}

/// MO02's advice, with the 48-hour wait measured.
fn advice(a: &OperatorAccountRow, now: chrono::DateTime<chrono::Utc>) -> String {
    match a.status {
        AuthStatus::Pending => {
            let due = a.requested_at + Duration::hours(AUTHORISATION_WAIT_HOURS);
            if now >= due {
                format!(
                    "Pending for over {AUTHORISATION_WAIT_HOURS} hours (since {}): contact your mobile carrier; your mobile admin may not have received the authorisation request.",
                    a.requested_at.format("%Y-%m-%d %H:%M UTC")
                )
            } else {
                let left = due - now;
                format!(
                    "Pending: authorisation can take up to {AUTHORISATION_WAIT_HOURS} hours; check back by {} ({}h left).",
                    due.format("%Y-%m-%d %H:%M UTC"),
                    left.num_hours()
                )
            }
        }
        AuthStatus::Failed => format!(
            "Failed{}: contact your mobile operator.",
            a.status_reason.as_deref().map(|r| format!(" ({r})")).unwrap_or_default()
        ),
        AuthStatus::Authorized => AuthStatus::Authorized.advice().to_string(),
    }
}

impl Service {
    /// MO05/MO06 on the data at hand (the database, or the cache of a real organisation): the
    /// user holds Calling Professional, the number is a free mobile number of their location,
    /// and they have no bring-your-own-device line. Returns the user, the number and their device.
    pub(super) fn mobile_primary_checks(
        &self,
        conn: &rusqlite::Connection,
        email: &str,
        e164: &E164,
        now: chrono::DateTime<chrono::Utc>,
    ) -> Result<(UserRow, NumberRow, Option<DeviceRow>)> {
        let user = q::user_by_email(conn, self.org.id, email)?.ok_or_else(|| self.no_user(email))?;
        if !user.has_licence(licence::CALLING_PROFESSIONAL) {
            return Err(Error::rule(
                "MO06",
                format!("{} does not hold a Webex Calling Professional licence; only such users can be given a mobile number", user.email),
            ));
        }
        let n = q::number_by_e164(conn, self.org.id, e164.as_str())?
            .ok_or_else(|| Error::NotFound(format!("{e164} is not in {}'s number inventory", self.org.name)))?;
        if n.kind != "mobile" {
            return Err(Error::Invalid(format!("{e164} is a {} number, not a mobile number", n.kind)));
        }
        if let Some(owner) = &n.owner {
            return Err(Error::rule("MO05", format!("{e164} is already assigned to {owner}")));
        }
        let user_loc = q::user_location_id(conn, user.id)?;
        if user_loc != Some(q::number_location_id(conn, n.id)?) {
            return Err(Error::rule(
                "MO05",
                format!(
                    "{e164} belongs to {}, but {} is in {}: a mobile number can be assigned only to a user of its location",
                    n.location,
                    user.email,
                    user.location.as_deref().unwrap_or("no location")
                ),
            ));
        }
        let existing = q::device_of_user(conn, user.id, now)?;
        if let Some(d) = existing.as_ref().filter(|d| d.kind == DeviceKind::Byod) {
            return Err(Error::Invalid(format!(
                "{} has a bring-your-own-device Webex Go line ({}, {}); delete it first: a user has one Webex Go line",
                user.email,
                d.device_id,
                d.status.label()
            )));
        }
        Ok((user, n, existing))
    }
}
