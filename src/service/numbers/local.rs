//! Mobile numbers on the local backend (MO01-MO06): operator accounts with the operator's
//! stand-in, numbers added under an Authorized account, and a mobile primary number with its
//! automatic Webex Go device, all in the database.

use rusqlite::Connection;

use super::{
    advice_said, mobile_primary_checks, no_account, AssignOutcome, MobileAddReport, NumbersBackend, OperatorAccounts,
    OperatorDecision, OperatorStandIn,
};
use crate::domain::mobile::{check_account_id, check_entry, AuthStatus, CheckedNumber};
use crate::domain::{DeviceKind, DeviceStatus, Error, Result, E164};
use crate::outside::Actor;
use crate::service::backend::Local;
use crate::service::core::{Allowed, Audit, Core};
use crate::store::model::*;
use crate::store::{mobile as m, queries as q};

impl NumbersBackend for Local {
    /// MO03 as the admin types: each number's validation state under the operator account
    /// `place`, changing nothing.
    fn check(&self, cx: &Core, place: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        let a = m::account_by_account_id(&cx.conn, cx.org.id, place)?.ok_or_else(|| no_account(cx, place))?;
        check_entry_at(cx, &cx.conn, &a, entry)
    }

    fn check_fully(&self, cx: &Core, place: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        self.check(cx, place, entry)
    }

    /// By location: the location's operator account decides.
    fn validate(&self, cx: &Core, location: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        let account = account_of_location(cx, location)?;
        self.check(cx, &account, entry)
    }

    /// MO02, MO03: adds the valid numbers of an entry under an Authorized account, as INACTIVE
    /// mobile numbers; the others are reported with their state and reason.
    fn add(&self, cx: &Core, ok: Allowed, place: &str, entry: &str) -> Result<MobileAddReport> {
        cx.act(ok, |cx, tx, now| {
            let a = m::account_by_account_id(tx, cx.org.id, place)?.ok_or_else(|| no_account(cx, place))?;
            if a.status != AuthStatus::Authorized {
                return Err(Error::rule(
                    "MO02",
                    crate::said!(
                        "mo02-not-authorized",
                        account = &a.account_id,
                        status = crate::service::auth_said(a.status),
                        advice = advice_said(&a, now)
                    ),
                ));
            }
            let numbers = check_entry_at(cx, tx, &a, entry)?;
            if numbers.is_empty() {
                return Err(Error::invalid(crate::said!("mo03-none")));
            }
            let mut added = Vec::new();
            for n in numbers.iter().filter(|n| n.state.is_ok()) {
                if let Some(e164) = &n.number {
                    m::insert_mobile_number(tx, cx.org.id, a.location_id, e164, a.id, now)?;
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

    fn add_at(&self, cx: &Core, ok: Allowed, location: &str, entry: &str) -> Result<MobileAddReport> {
        let account = account_of_location(cx, location)?;
        NumbersBackend::add(self, cx, ok, &account, entry)
    }

    /// MO05, MO06: a mobile number becomes the user's primary number, replacing the fixed
    /// one (which returns to the pool), and a mobile-operator Webex Go device appears.
    fn assign_primary(
        &self,
        cx: &Core,
        ok: Allowed,
        email: &str,
        e164: &E164,
        subscription: Option<&str>,
    ) -> Result<AssignOutcome> {
        cx.act(ok, |cx, tx, now| {
            let (user, n, existing) = mobile_primary_checks(cx, tx, email, e164, now)?;
            let sub = match &existing {
                Some(_) => None,
                None => Some(crate::service::devices::choose_subscription(cx, tx, subscription)?),
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
                            org: cx.org.id,
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

/// MO01 on the local backend (a real organisation has no public API for it: Control Hub only).
impl OperatorAccounts for Local {
    fn add(&self, cx: &Core, ok: Allowed, location: &str, operator: &str, id: &str) -> Result<OperatorAccountRow> {
        cx.act(ok, |cx, tx, now| {
            let loc = q::locations(tx, cx.org.id)?
                .into_iter()
                .find(|l| l.name.eq_ignore_ascii_case(location.trim()))
                .ok_or_else(|| {
                Error::not_found(crate::said!("not-found-location", location = location.trim(), org = &cx.org.name))
            })?;
            if m::account_by_account_id(tx, cx.org.id, id)?.is_some() {
                return Err(Error::invalid(crate::said!("operator-account-exists", id = id)));
            }
            m::insert_account(tx, cx.org.id, loc.id, operator, id, now)?;
            let row = m::account_by_account_id(tx, cx.org.id, id)?.ok_or_else(|| q::not_found("operator account"))?;
            let details = format!("location {}; operator {operator}; authorisation requested", loc.name);
            Ok((row, Audit::new(format!("operator-account:{id}"), details)))
        })
    }
}

/// The operator's side (MO02), a stand-in for the demo: it authorises or rejects a pending account.
impl OperatorStandIn for Local {
    fn decide(
        &self,
        cx: &Core,
        ok: Allowed,
        account_id: &str,
        decision: &OperatorDecision,
    ) -> Result<OperatorAccountRow> {
        let operator =
            Actor { user: format!("operator (via {})", cx.actor.user), ssh_client: cx.actor.ssh_client.clone() };
        cx.act_as(
            &operator,
            ok,
            |cx, tx, now| {
                let a =
                    m::account_by_account_id(tx, cx.org.id, account_id)?.ok_or_else(|| no_account(cx, account_id))?;
                if a.status != AuthStatus::Pending {
                    return Err(Error::rule(
                        "MO02",
                        crate::said!(
                            "mo02-decided",
                            account = &a.account_id,
                            status = crate::service::auth_said(a.status)
                        ),
                    ));
                }
                let (status, reason) = match decision {
                    OperatorDecision::Authorize => (AuthStatus::Authorized, None),
                    OperatorDecision::Reject { reason } => {
                        (AuthStatus::Failed, Some(reason.trim()).filter(|r| !r.is_empty()))
                    }
                };
                m::set_account_status(tx, a.id, status, reason, now)?;
                let row = m::account_by_account_id(tx, cx.org.id, &a.account_id)?
                    .ok_or_else(|| q::not_found("operator account"))?;
                let details = format!(
                    "{} -> {}{}",
                    a.status.label(),
                    status.label(),
                    reason.map(|r| format!(": {r}")).unwrap_or_default()
                );
                Ok((row, Audit::new(format!("operator-account:{}", a.account_id), details)))
            },
            &mut |_, _| Ok(()),
        )
    }
}

/// The operator account id, typed twice (MO01): checked before anything is asked.
pub(super) fn checked_account_id(account_id: &str, confirm_account_id: &str) -> Result<String> {
    check_account_id(account_id, confirm_account_id)
}

fn check_entry_at(cx: &Core, conn: &Connection, a: &OperatorAccountRow, entry: &str) -> Result<Vec<CheckedNumber>> {
    // Lookups fail only if the database does; surface that instead of calling a number free.
    let mut failure = None;
    let checked = check_entry(entry, &a.location_country, |n| match m::holder(conn, cx.org.id, n.as_str()) {
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

/// MO03 on the local backend by location: the location's operator account (an Authorized one
/// when there are several).
fn account_of_location(cx: &Core, location: &str) -> Result<String> {
    let accounts = m::accounts(&cx.conn, cx.org.id)?;
    let here: Vec<_> = accounts.iter().filter(|a| a.location.eq_ignore_ascii_case(location.trim())).collect();
    here.iter()
        .find(|a| a.status == AuthStatus::Authorized)
        .or_else(|| here.first())
        .map(|a| a.account_id.clone())
        .ok_or_else(|| {
            Error::not_found(crate::said!(
                "not-found-account-for",
                location = crate::service::backend::webex::untrusted(location, 80),
                org = &cx.org.name,
                add = "`wxgo operator-accounts add`",
                list = "`wxgo operator-accounts list`"
            ))
        })
}
