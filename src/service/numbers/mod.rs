//! Numbers and Webex Go through a mobile operator (MO01-MO06): the number inventory, mobile
//! numbers checked and added, a mobile number as a user's primary number, and (on the local
//! backend) operator accounts with the operator's stand-in. [`NumbersBackend`] is how each backend
//! makes the changes (`local`: the database; `webex`: Webex's validateNumbers and numbers API).

mod local;
mod webex;

use chrono::Duration;
use serde::Serialize;

use crate::domain::error::Text;
use crate::domain::mobile::{AuthStatus, CheckedNumber};
use crate::domain::{licence, DeviceKind, Error, Result, E164};
use crate::service::action::Action;
use crate::service::backend::Backend;
use crate::service::core::{Allowed, Core};
use crate::store::index::ListKind;
use crate::store::model::*;
use crate::store::{mobile as m, queries as q};

/// One add request of a real organisation's entry (at most 20 numbers), as Webex answered it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AddRequestReport {
    /// The numbers the request carried.
    pub numbers: Vec<String>,
    /// Those Webex added (now in wxgo's copy as INACTIVE mobile numbers).
    pub added: Vec<String>,
    /// `added`, `partly added`, `refused`, `not sent` or `unknown` (the answer could not be read).
    pub outcome: &'static str,
    pub tracking_id: Option<String>,
    /// Webex's refusal in its own words (sanitised), with what to do (said in the language where
    /// shown; its English in `--json`).
    pub error: Option<Text>,
}

/// The most numbers one entry may hold on a real organisation: five requests of 20.
pub const MAX_PER_WEBEX_ENTRY: usize = 100;

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
    pub requests: Vec<AddRequestReport>,
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

/// MO02's advice, with the 48-hour wait measured, as the row keeps it (English; read back into its
/// message where shown: `domain::mobile::account_advice`).
pub(crate) fn advice(a: &OperatorAccountRow, now: chrono::DateTime<chrono::Utc>) -> String {
    advice_said(a, now).into()
}

/// MO02's advice, with the 48-hour wait measured, said in the language where it is shown
/// (the times as UTC, as the audit writes them).
pub(crate) fn advice_said(a: &OperatorAccountRow, now: chrono::DateTime<chrono::Utc>) -> Text {
    let utc = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();
    match a.status {
        AuthStatus::Pending => {
            let due = a.requested_at + Duration::hours(AUTHORISATION_WAIT_HOURS);
            if now >= due {
                crate::said!("mo02-wait-overdue", hours = AUTHORISATION_WAIT_HOURS, since = utc(a.requested_at))
            } else {
                crate::said!(
                    "mo02-wait-pending",
                    hours = AUTHORISATION_WAIT_HOURS,
                    due = utc(due),
                    left = (due - now).num_hours()
                )
            }
        }
        AuthStatus::Failed => match a.status_reason.as_deref() {
            Some(r) => crate::said!("mo02-failed-why", reason = r),
            None => crate::said!("mo02-failed-now"),
        },
        AuthStatus::Authorized => crate::said!("mo02-advice-authorized"),
    }
}

/// How a backend checks and adds mobile numbers and assigns one as a primary number.
pub(crate) trait NumbersBackend {
    /// MO03 as the admin types, changing nothing: `place` names an operator account (local) or a
    /// location (a real organisation, whose operator accounts are Control Hub's).
    fn check(&self, cx: &Core, place: &str, entry: &str) -> Result<Vec<CheckedNumber>>;
    /// MO03 with the last word on each number (the database; Webex's validateNumbers), by location.
    fn validate(&self, cx: &Core, location: &str, entry: &str) -> Result<Vec<CheckedNumber>>;
    /// MO03 with the last word, by `place` as for [`NumbersBackend::check`].
    fn check_fully(&self, cx: &Core, place: &str, entry: &str) -> Result<Vec<CheckedNumber>>;
    /// MO02, MO03: the valid numbers of an entry added; `place` as for [`NumbersBackend::check`].
    fn add(&self, cx: &Core, ok: Allowed, place: &str, entry: &str) -> Result<MobileAddReport>;
    /// [`NumbersBackend::add`] by location.
    fn add_at(&self, cx: &Core, ok: Allowed, location: &str, entry: &str) -> Result<MobileAddReport>;
    /// MO05, MO06.
    fn assign_primary(
        &self,
        cx: &Core,
        ok: Allowed,
        email: &str,
        number: &E164,
        subscription: Option<&str>,
    ) -> Result<AssignOutcome>;
}

/// MO01: requesting an operator account for a location. A capability: a real organisation has
/// no public API for it (Control Hub only).
pub(crate) trait OperatorAccounts {
    fn add(&self, cx: &Core, ok: Allowed, location: &str, operator: &str, id: &str) -> Result<OperatorAccountRow>;
}

/// The mobile operator's side (MO02): the demo's stand-in.
pub(crate) trait OperatorStandIn {
    fn decide(
        &self,
        cx: &Core,
        ok: Allowed,
        account_id: &str,
        decision: &OperatorDecision,
    ) -> Result<OperatorAccountRow>;
}

/// The number inventory and mobile numbers: `svc.numbers()`.
pub struct Numbers<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl Numbers<'_> {
    /// A page of the inventory (`mobile_only`: mobile numbers), filtered.
    pub fn list(&self, mobile_only: bool, filter: &str, offset: usize, limit: usize) -> Result<Vec<NumberRow>> {
        let cx = self.core;
        let kind = ListKind::Numbers { mobile_only };
        if cx.direct(kind, filter, offset) {
            return q::numbers_page(&cx.conn, cx.org.id, mobile_only, "", offset, limit);
        }
        let w = cx.window(kind, filter, offset, limit)?;
        crate::store::index::numbers_by_ids(&cx.conn, &w.ids)
    }

    pub fn count(&self, mobile_only: bool, filter: &str) -> Result<usize> {
        self.core.count(ListKind::Numbers { mobile_only }, filter)
    }

    /// MO03 as the admin types: each number's validation state, changing nothing. On a real
    /// organisation (no operator accounts there: Control Hub only) `place` names the location,
    /// and only what wxgo's copy proves is checked; Webex validates on save ([`Numbers::validate`]).
    pub fn check(&self, place: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        self.backend.numbers().check(self.core, place, entry)
    }

    /// MO03 by location with the last word on each number: on a real organisation Webex's
    /// validateNumbers (a POST: refused when read-only); locally the location's operator account.
    pub fn validate(&self, location: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        self.backend.numbers().validate(self.core, location, entry)
    }

    /// MO03 with the last word on each number, by `place` as for [`Numbers::check`]: the
    /// operator account's checks here, Webex's validateNumbers on a real organisation (`--check`).
    pub fn check_fully(&self, place: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        self.backend.numbers().check_fully(self.core, place, entry)
    }

    /// MO02, MO03: the valid numbers of an entry added under the operator account `place` (on a
    /// real organisation `place` names the location, and the numbers go through the Webex API).
    pub fn add(&self, place: &str, entry: &str) -> Result<MobileAddReport> {
        let ok = self.core.gate(Action::AddMobileNumbers, self.backend)?;
        self.backend.numbers().add(self.core, ok, place, entry)
    }

    /// MO02, MO03 by location.
    pub fn add_at(&self, location: &str, entry: &str) -> Result<MobileAddReport> {
        let ok = self.core.gate(Action::AddMobileNumbers, self.backend)?;
        self.backend.numbers().add_at(self.core, ok, location, entry)
    }

    /// Unassigned mobile numbers a user may be given (MO05: of the user's location only).
    pub fn assignable(&self, email: &str) -> Result<Vec<NumberRow>> {
        let cx = self.core;
        let user = cx.user_in(&cx.conn, email)?;
        match q::user_location_id(&cx.conn, user.id)? {
            Some(loc) => q::free_numbers(&cx.conn, loc, "mobile", 500),
            None => Ok(Vec::new()),
        }
    }

    /// MO05, MO06: a mobile number becomes the user's primary number, replacing the fixed one
    /// (which returns to the pool), and a mobile-operator Webex Go device appears (on a real
    /// organisation through the people API; Webex picks the subscription).
    pub fn assign_primary(&self, email: &str, number: &str, subscription: Option<&str>) -> Result<AssignOutcome> {
        let ok = self.core.gate(Action::AssignMobilePrimary, self.backend)?;
        let e164 = E164::parse(number)?;
        self.backend.numbers().assign_primary(self.core, ok, email, &e164, subscription)
    }
}

/// Operator accounts (MO01, MO02): `svc.operator_accounts()`.
pub struct Operators<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl Operators<'_> {
    /// Operator accounts with what the admin should do for each (MO02).
    pub fn list(&self) -> Result<Vec<OperatorAccountRow>> {
        let cx = self.core;
        let now = cx.now();
        let mut rows = m::accounts(&cx.conn, cx.org.id)?;
        for a in &mut rows {
            a.advice = advice(a, now);
        }
        Ok(rows)
    }

    pub fn get(&self, account_id: &str) -> Result<OperatorAccountRow> {
        let cx = self.core;
        let mut a =
            m::account_by_account_id(&cx.conn, cx.org.id, account_id)?.ok_or_else(|| no_account(cx, account_id))?;
        a.advice = advice(&a, cx.now());
        Ok(a)
    }

    /// MO01: request an operator account for a location. The id is typed twice and must
    /// match; `confirmed` is the admin's explicit confirmation, since the id can never change.
    pub fn add(
        &self,
        location: &str,
        operator: &str,
        account_id: &str,
        confirm_account_id: &str,
        confirmed: bool,
    ) -> Result<OperatorAccountRow> {
        let id = local::checked_account_id(account_id, confirm_account_id)?;
        let operator = operator.trim();
        if operator.is_empty() {
            return Err(Error::invalid(crate::said!("operator-needed", example = "--operator \"AT&T\"")));
        }
        if !confirmed {
            return Err(Error::rule("MO01", crate::said!("mo01-confirm", id = id)));
        }
        let ok = self.core.gate(Action::AddOperatorAccount, self.backend)?;
        let cap = self
            .backend
            .operator_accounts()
            .ok_or_else(|| Error::invalid(crate::said!("operator-accounts-control-hub")))?;
        let mut created = cap.add(self.core, ok, location, operator, &id)?;
        created.advice = advice(&created, self.core.now());
        Ok(created)
    }

    /// The operator's side (MO02), simulated on the local backend: it authorises or rejects a
    /// pending account.
    pub fn decide(&self, account_id: &str, decision: OperatorDecision) -> Result<OperatorAccountRow> {
        let ok = self.core.gate(Action::OperatorDecides, self.backend)?;
        let cap = self.backend.operator().ok_or_else(|| Error::invalid(crate::said!("operator-demo-only")))?;
        let mut row = cap.decide(self.core, ok, account_id, &decision)?;
        row.advice = advice(&row, self.core.now());
        Ok(row)
    }
}

pub(crate) fn no_account(cx: &Core, account_id: &str) -> Error {
    Error::not_found(crate::said!(
        "not-found-account",
        account = account_id.trim(),
        org = &cx.org.name,
        command = "`wxgo operator-accounts list`"
    ))
}

/// MO05/MO06 on the data at hand (the database, or the cache of a real organisation): the
/// user holds Calling Professional, the number is a free mobile number of their location,
/// and they have no bring-your-own-device line. Returns the user, the number and their device.
pub(crate) fn mobile_primary_checks(
    cx: &Core,
    conn: &rusqlite::Connection,
    email: &str,
    e164: &E164,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(UserRow, NumberRow, Option<DeviceRow>)> {
    let user = cx.user_in(conn, email)?;
    if !user.has_licence(licence::CALLING_PROFESSIONAL) {
        return Err(Error::rule("MO06", crate::said!("mo06-no-professional", email = &user.email)));
    }
    let n = q::number_by_e164(conn, cx.org.id, e164.as_str())?.ok_or_else(|| {
        Error::not_found(crate::said!("not-found-number", number = e164.as_str(), org = &cx.org.name))
    })?;
    if n.kind != "mobile" {
        return Err(Error::invalid(crate::said!("number-not-mobile", number = e164.as_str(), kind = &n.kind)));
    }
    if let Some(owner) = &n.owner {
        return Err(Error::rule("MO05", crate::said!("mo05-assigned", number = e164.as_str(), owner = owner)));
    }
    let user_loc = q::user_location_id(conn, user.id)?;
    if user_loc != Some(q::number_location_id(conn, n.id)?) {
        return Err(Error::rule(
            "MO05",
            crate::said!(
                "mo05-other-location",
                number = e164.as_str(),
                its = &n.location,
                email = &user.email,
                location =
                    user.location.as_deref().map_or(crate::domain::error::Val::Msg("sheet-no-location"), Into::into)
            ),
        ));
    }
    let existing = q::device_of_user(conn, user.id, now)?;
    if let Some(d) = existing.as_ref().filter(|d| d.kind == DeviceKind::Byod) {
        return Err(Error::invalid(crate::said!(
            "mobile-byod-first",
            email = &user.email,
            device = &d.device_id,
            status = crate::service::status_said(d.status)
        )));
    }
    Ok((user, n, existing))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, Tr};

    #[test]
    fn mo02s_advice_measures_the_wait_keeps_its_english_in_the_row_and_is_read_back_in_the_language() {
        let at =
            |s: &str| chrono::DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&chrono::Utc)).expect("time");
        let row = OperatorAccountRow {
            id: 1,
            location_id: 1,
            location: "Dallas".into(),
            location_country: "US".into(),
            operator: "AT&T".into(),
            account_id: "ACC-1".into(),
            status: AuthStatus::Pending,
            status_reason: None,
            requested_at: at("2026-11-20T09:00:00Z"),
            changed_at: at("2026-11-20T09:00:00Z"),
            numbers: 0,
            advice: String::new(),
        };
        let pending = advice(&row, at("2026-11-21T09:00:00Z"));
        assert_eq!(
            pending,
            "Pending: authorisation can take up to 48 hours; check back by 2026-11-22 09:00 UTC (24h left)."
        );
        let said = |lang: Lang, en: &str| Tr::new(lang).text(&crate::domain::mobile::account_advice(en));
        assert_eq!(
            said(Lang::De, &pending),
            "Ausstehend: Die Autorisierung kann bis zu 48 Stunden dauern; sehen Sie bis 2026-11-22 09:00 UTC wieder \
             nach (noch 24 h)."
        );
        let overdue = advice(&row, at("2026-11-23T09:00:00Z"));
        assert!(overdue.starts_with("Pending for over 48 hours (since 2026-11-20 09:00 UTC)"), "{overdue}");
        // 48 takes Ukrainian's "many" form.
        assert!(said(Lang::Uk, &overdue).starts_with("Очікування понад 48 годин (з 2026-11-20 09:00 UTC)"));
        let failed =
            OperatorAccountRow { status: AuthStatus::Failed, status_reason: Some("no such plan".into()), ..row };
        assert_eq!(
            said(Lang::Da, &advice(&failed, at("2026-11-21T09:00:00Z"))),
            "Mislykket (no such plan): kontakt din mobiloperatør."
        );
    }
}
