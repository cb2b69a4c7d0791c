//! Webex Go devices on the local backend: the database is the truth, and every rule (WG01-WG05,
//! WG08, WG09) is checked in the action's own transaction.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use super::{
    already_has_device, delete_notice, deliver_code, lost_stolen_refusal, AddDevice, AddDeviceChoices, CodeCheck,
    CodeDelivery, DeleteOutcome, DevicesBackend, LostStolen,
};
use crate::domain::code::{ActivationCode, CodeGenerator, IssuedCode};
use crate::domain::device::may_issue_new_code;
use crate::domain::{licence, DeviceKind, DeviceStatus, Error, Result, E164};
use crate::service::backend::Local;
use crate::service::core::{Allowed, Audit, Core};
use crate::store::model::*;
use crate::store::queries as q;

/// What adding a device will do, once every check passed (WG01-WG03).
#[derive(Debug, Clone)]
pub(crate) struct DevicePlan {
    pub user: UserRow,
    pub subscription: String,
    /// WG03: the unassigned number that becomes the user's primary number.
    pub number: Option<NumberRow>,
}

impl DevicesBackend for Local {
    fn import(
        &self,
        cx: &Core,
        run: super::import::ImportRun<'_>,
        progress: &mut dyn FnMut(super::BulkProgress) -> bool,
    ) -> Result<super::BulkReport> {
        super::import::local::run(cx, run, progress)
    }

    fn choices(&self, cx: &Core, user: UserRow) -> Result<AddDeviceChoices> {
        let subscriptions = q::subscriptions(&cx.conn, cx.org.id)?;
        let refusal = check_eligible(cx, &cx.conn, &user).err().map(|e| e.said());
        let must_choose_number = user.primary_number.is_none();
        let free_numbers = match (must_choose_number, q::user_location_id(&cx.conn, user.id)?) {
            (true, Some(loc)) => q::free_numbers(&cx.conn, loc, "standard", 200)?,
            _ => Vec::new(),
        };
        Ok(AddDeviceChoices {
            must_choose_subscription: subscriptions.len() > 1,
            subscriptions,
            must_choose_number,
            free_numbers,
            refusal,
            user,
        })
    }

    fn add(
        &self,
        cx: &Core,
        ok: Allowed,
        req: &AddDevice,
        _check: CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        let mut issued = cx.act_delivered(
            ok,
            |cx, tx, now| {
                let user = cx.user_in(tx, &req.user_email)?;
                let plan = plan_device(cx, tx, user, req.subscription.as_deref(), req.number.as_deref())?;
                apply_device(cx, tx, &plan, now)
            },
            deliver,
        )?;
        deliver_code(cx, &mut issued, !req.no_email);
        Ok(issued)
    }

    fn new_code(
        &self,
        cx: &Core,
        ok: Allowed,
        device: &str,
        email: bool,
        _check: CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        let mut issued = cx.act_delivered(
            ok,
            |cx, tx, now| {
                let d = cx.resolve_device(tx, device)?;
                may_issue_new_code(d.status)?;
                let (code, expires) = issue_code(cx, tx, d.id, now, Some("superseded"))?;
                let issued = issued(cx, tx, d.id, code, now, expires)?;
                let details =
                    format!("user {}; earlier codes superseded; new code expires {}", d.owner_email, q::ts(expires));
                Ok((issued, Audit::new(format!("device:{}", d.device_id), details)))
            },
            deliver,
        )?;
        deliver_code(cx, &mut issued, email);
        Ok(issued)
    }

    fn typed_code(&self, typed: &str) -> Result<ActivationCode> {
        ActivationCode::parse(typed)
    }

    fn issued(
        &self,
        cx: &Core,
        d: DeviceRow,
        code: ActivationCode,
        issued_at: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> IssuedCode {
        issued_for(cx, d, code, issued_at, expires)
    }

    fn delete(&self, cx: &Core, ok: Allowed, device: &str) -> Result<DeleteOutcome> {
        cx.act(ok, |cx, tx, _now| {
            let d = cx.resolve_device(tx, device)?;
            q::delete_device(tx, d.id)?;
            let free = q::subscriptions(tx, cx.org.id)?
                .into_iter()
                .find(|s| s.id == d.subscription_id)
                .map(|s| s.free)
                .unwrap_or(0);
            let outcome = DeleteOutcome {
                device_id: d.device_id.clone(),
                owner_email: d.owner_email.clone(),
                subscription_id: d.subscription_id.clone(),
                subscription_free: free,
                notice: delete_notice(),
            };
            let details = format!(
                "user {}; was {}; licence returned to {} ({free} free)",
                d.owner_email,
                d.status.label(),
                d.subscription_id
            );
            Ok((outcome, Audit::new(format!("device:{}", d.device_id), details)))
        })
    }
}

/// WG08 on the local backend (a real organisation has no public API for it: Control Hub only).
impl LostStolen for Local {
    fn lost_stolen(
        &self,
        cx: &Core,
        ok: Allowed,
        device: &str,
        email: bool,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        let mut issued = cx.act_delivered(
            ok,
            |cx, tx, now| {
                let d = cx.resolve_device(tx, device)?;
                if let Some(refusal) = lost_stolen_refusal(&d) {
                    return Err(refusal);
                }
                let (code, expires) = issue_code(cx, tx, d.id, now, Some("revoked"))?;
                q::set_device_status(tx, d.id, DeviceStatus::ActivationPending, now)?;
                let issued = issued(cx, tx, d.id, code, now, expires)?;
                let details = format!(
                    "user {}; was {}; line on the lost phone deactivated, its codes revoked; new code expires {}",
                    d.owner_email,
                    d.status.label(),
                    q::ts(expires)
                );
                Ok((issued, Audit::new(format!("device:{}", d.device_id), details)))
            },
            deliver,
        )?;
        deliver_code(cx, &mut issued, email);
        Ok(issued)
    }
}

/// WG01 and one device per user.
pub(crate) fn check_eligible(cx: &Core, conn: &Connection, user: &UserRow) -> Result<()> {
    if let Some(device) = q::device_of_user(conn, user.id, cx.now())? {
        return Err(already_has_device(user, &device.device_id, device.status));
    }
    check_licence_and_country(cx, user)
}

/// WG01: Webex Calling Professional and a location in a Webex Go country.
pub(crate) fn check_licence_and_country(cx: &Core, user: &UserRow) -> Result<()> {
    if !user.has_licence(licence::CALLING_PROFESSIONAL) {
        return Err(Error::rule(
            "WG01",
            crate::said!(
                "wg01-no-professional",
                email = &user.email,
                has = if user.licences.is_empty() {
                    "none".to_string()
                } else {
                    user.licences.iter().map(|l| licence::display(l)).collect::<Vec<_>>().join(", ")
                }
            ),
        ));
    }
    let Some(country) = user.location_country.as_deref() else {
        return Err(Error::rule("WG01", crate::said!("wg01-no-location", email = &user.email)));
    };
    if !cx.org.go_countries.iter().any(|c| c.eq_ignore_ascii_case(country)) {
        return Err(Error::rule(
            "WG01",
            crate::said!(
                "wg01-country",
                email = &user.email,
                location = user.location.as_deref().unwrap_or("?"),
                country = country,
                countries = cx.org.go_countries.join(", ")
            ),
        ));
    }
    Ok(())
}

/// WG02: the subscription the licence comes from.
pub(crate) fn choose_subscription(cx: &Core, conn: &Connection, wanted: Option<&str>) -> Result<SubscriptionRow> {
    let subs = q::subscriptions(conn, cx.org.id)?;
    pick_subscription(cx, &subs, wanted)
}

/// The subscription `w` names: its whole id, its name, or the start of its id that no other
/// id starts with (ignoring case). `None` when none matches; an error when the start is shared.
fn subscription_named<'a>(subs: &'a [SubscriptionRow], w: &str) -> Result<Option<&'a SubscriptionRow>> {
    let starts = |id: &str| id.get(..w.len()).is_some_and(|head| head.eq_ignore_ascii_case(w));
    if let Some(s) = subs.iter().find(|s| s.id.eq_ignore_ascii_case(w)) {
        return Ok(Some(s));
    }
    let named: Vec<&SubscriptionRow> = subs.iter().filter(|s| s.name.trim().eq_ignore_ascii_case(w)).collect();
    let by_start: Vec<&SubscriptionRow> = subs.iter().filter(|s| starts(&s.id)).collect();
    match (named.as_slice(), by_start.as_slice()) {
        ([one], _) | ([], [one]) => Ok(Some(*one)),
        ([], []) => Ok(None),
        (many, _) if many.len() > 1 => Err(Error::invalid(crate::said!(
            "subscription-name-shared",
            name = w,
            ids = many.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ")
        ))),
        (_, many) => Err(Error::invalid(crate::said!(
            "subscription-start-shared",
            start = w,
            ids = many.iter().map(|s| s.id.as_str()).collect::<Vec<_>>().join(", ")
        ))),
    }
}

/// WG02 over subscriptions already read (the bulk import keeps its own running counts).
pub(crate) fn pick_subscription(cx: &Core, subs: &[SubscriptionRow], wanted: Option<&str>) -> Result<SubscriptionRow> {
    let listing = || {
        let each = subs.iter().map(|s| crate::said!("subscription-free", subscription = &s.id, free = s.free));
        crate::domain::error::Text::listed(each)
    };
    let chosen = match wanted.map(str::trim).filter(|w| !w.is_empty()) {
        Some(w) => match subscription_named(subs, w)? {
            Some(s) => s.clone(),
            None => {
                return Err(Error::not_found(crate::said!(
                    "not-found-subscription",
                    subscription = w,
                    org = &cx.org.name,
                    subscriptions = listing()
                )))
            }
        },
        None => match subs.len() {
            0 => return Err(Error::rule("WG02", crate::said!("wg02-none", org = &cx.org.name))),
            1 => subs[0].clone(),
            _ => return Err(Error::rule("WG02", crate::said!("wg02-choose", subscriptions = listing()))),
        },
    };
    if chosen.free <= 0 {
        return Err(Error::rule(
            "WG02",
            crate::said!(
                "wg02-full",
                subscription = &chosen.id,
                used = chosen.used,
                total = chosen.go_licences,
                subscriptions = listing()
            ),
        ));
    }
    Ok(chosen)
}

/// WG03: the number the device uses: `None` when the user keeps the primary number, else
/// the unassigned number of the user's location to make primary. Checks only, writes nothing.
pub(crate) fn check_primary_number(
    cx: &Core,
    conn: &Connection,
    user: &UserRow,
    wanted: Option<&str>,
) -> Result<Option<NumberRow>> {
    let wanted = wanted.map(str::trim).filter(|w| !w.is_empty());
    if let Some(primary) = &user.primary_number {
        return match wanted {
            Some(w) if E164::parse(w)?.as_str() != primary => {
                Err(Error::rule("WG03", crate::said!("wg03-has-primary", email = &user.email, number = primary)))
            }
            _ => Ok(None),
        };
    }
    let location = q::user_location_id(conn, user.id)?;
    // The location's unassigned numbers (`free`, or "none"), said after each refusal below
    // (the message `wg03-free`).
    let suggest = || -> Result<String> {
        let free = match location {
            Some(loc) => q::free_numbers(conn, loc, "standard", 5)?,
            None => Vec::new(),
        };
        Ok(if free.is_empty() {
            "none".to_string()
        } else {
            free.iter().map(|n| n.number.as_str()).collect::<Vec<_>>().join(", ")
        })
    };
    let place = user.location.as_deref().unwrap_or("the location");
    let Some(w) = wanted else {
        return Err(Error::rule(
            "WG03",
            crate::said!("wg03-no-primary", email = &user.email, place = place, free = suggest()?),
        ));
    };
    let e164 = E164::parse(w)?;
    let number = q::number_by_e164(conn, cx.org.id, e164.as_str())?.ok_or_else(|| {
        Error::not_found(crate::said!("not-found-number", number = e164.as_str(), org = &cx.org.name).around("", "."))
    })?;
    if number.owner.is_some() {
        return Err(Error::rule(
            "WG03",
            crate::said!(
                "wg03-assigned",
                number = e164.as_str(),
                owner = number.owner.as_deref().unwrap_or("?"),
                place = place,
                free = suggest()?
            ),
        ));
    }
    if Some(q::number_location_id(conn, number.id)?) != location {
        return Err(Error::rule(
            "WG03",
            crate::said!(
                "wg03-other-location",
                number = e164.as_str(),
                its = &number.location,
                email = &user.email,
                location = user.location.as_deref().unwrap_or("(none)"),
                place = place,
                free = suggest()?
            ),
        ));
    }
    if number.kind == "mobile" {
        return Err(Error::rule(
            "WG03",
            crate::said!(
                "wg03-mobile",
                number = e164.as_str(),
                command = "`wxgo numbers assign-primary`",
                place = place,
                free = suggest()?
            ),
        ));
    }
    Ok(Some(number))
}

/// Every check of adding a device (WG01-WG03, one device per user), in the caller's
/// transaction; nothing is written.
pub(crate) fn plan_device(
    cx: &Core,
    conn: &Connection,
    user: UserRow,
    subscription: Option<&str>,
    number: Option<&str>,
) -> Result<DevicePlan> {
    check_eligible(cx, conn, &user)?;
    let sub = choose_subscription(cx, conn, subscription)?;
    let number = check_primary_number(cx, conn, &user, number)?;
    Ok(DevicePlan { user, subscription: sub.id, number })
}

/// Adds a planned device in the caller's transaction: the primary number when the user had
/// none (WG03), the device in Activation pending and a fresh code (WG04). `add_device` and
/// the bulk import both end here, so both write the same rows and the same audit text.
pub(crate) fn apply_device(
    cx: &Core,
    tx: &Connection,
    plan: &DevicePlan,
    now: DateTime<Utc>,
) -> Result<(IssuedCode, Audit)> {
    let user = &plan.user;
    if let Some(n) = &plan.number {
        q::assign_primary(tx, n.id, user.id)?;
    }
    let device = q::insert_device(
        tx,
        &q::NewDevice {
            org: cx.org.id,
            user: user.id,
            subscription: &plan.subscription,
            kind: DeviceKind::Byod,
            status: DeviceStatus::ActivationPending,
            number: None,
            now,
        },
    )?;
    let (code, expires) = issue_code(cx, tx, device, now, None)?;
    let (issued, details) = added(&cx.org, plan, code, now, (expires, &q::ts(expires)));
    Ok(written(issued, details, device))
}

/// A device's activation details and audit entry once it is written as `device`.
fn written(mut issued: IssuedCode, details: String, device: i64) -> (IssuedCode, Audit) {
    issued.device_id = device_ref(device);
    let object = format!("device:{}", issued.device_id);
    (issued, Audit::new(object, details))
}

/// What the caller of [`apply_devices`] adds to each device, worked out beside the writes:
/// given the row's index among the plans, its activation details (no device id yet) and its
/// audit entry's details, it may append to the details and set the code's email note.
pub(crate) type BesideEach<'a> = &'a (dyn Fn(usize, &mut IssuedCode, &mut String) + Sync);

/// A planned device's activation, worked out before the device has an id (so on another
/// thread while devices are written): its code's hash, its activation details and the
/// details of its audit entry.
pub(crate) struct Prepared {
    hash: String,
    issued: IssuedCode,
    details: String,
}

/// When codes issued at `now` expire.
fn expiry_of(org: &OrgInfo, now: DateTime<Utc>) -> DateTime<Utc> {
    now + Duration::days(org.code_lifetime_days)
}

/// Draws a code for each plan and works out its activation (see [`Prepared`]), in the plans'
/// order; `each` is called for each with its index among `plans`. Touches no database: it
/// runs on any thread.
pub(crate) fn prepare(
    org: &OrgInfo,
    generator: &dyn CodeGenerator,
    plans: &[&DevicePlan],
    now: DateTime<Utc>,
    each: BesideEach<'_>,
) -> Vec<Prepared> {
    let expires = expiry_of(org, now);
    let expires_text = q::ts(expires);
    let codes = generator.generate_many(plans.len());
    plans
        .iter()
        .zip(codes)
        .enumerate()
        .map(|(i, (plan, code))| {
            let hash = code.hash();
            let (mut issued, mut details) = added(org, plan, code, now, (expires, &expires_text));
            each(i, &mut issued, &mut details);
            Prepared { hash, issued, details }
        })
        .collect()
}

/// [`apply_device`] for many planned devices at once, in the caller's transaction: the same
/// rows and the same audit text, written a few hundred rows a statement (a bulk import adds
/// thousands). The audit entries are returned, not written. `step` is called before each few
/// hundred devices with the number added so far; an error from it stops. While the devices
/// are written, a second thread draws their codes and works out the rest ([`prepare`], with
/// `each`); the codes are drawn only now that every check passed.
pub(crate) fn apply_devices(
    cx: &Core,
    tx: &Connection,
    plans: &[&DevicePlan],
    now: DateTime<Utc>,
    step: &mut dyn FnMut(usize) -> Result<()>,
    each: BesideEach<'_>,
) -> Result<Vec<(IssuedCode, Audit)>> {
    let generator: &dyn CodeGenerator = cx.codes.as_ref();
    let org = &cx.org;
    let (devices, prepared) = std::thread::scope(|s| -> Result<_> {
        let beside = s.spawn(move || Activations::new(prepare(org, generator, plans, now, each)));
        let devices = insert_planned(cx, tx, plans, now, 0, step)?;
        Ok((devices, beside.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))))
    })?;
    write_codes(cx, tx, &devices, prepared, now)
}

/// Prepared activations ([`prepare`]) of many devices, with the order their codes are written
/// in: the order of their hashes, so the codes of one statement are neighbours in the index of
/// hashes (random order would have every statement touch most of its pages).
pub(crate) struct Activations {
    prepared: Vec<Prepared>,
    order: Vec<usize>,
}

impl Activations {
    /// The activations with the order of their hashes.
    pub(crate) fn new(prepared: Vec<Prepared>) -> Activations {
        let mut order: Vec<usize> = (0..prepared.len()).collect();
        order.sort_unstable_by(|&a, &b| prepared[a].hash.cmp(&prepared[b].hash));
        Activations { prepared, order }
    }
}

/// The codes of devices just written (`devices`, in the order of the activations), in the
/// caller's transaction; each device's activation details and audit entry, in that order.
pub(crate) fn write_codes(
    cx: &Core,
    tx: &Connection,
    devices: &[i64],
    activations: Activations,
    now: DateTime<Utc>,
) -> Result<Vec<(IssuedCode, Audit)>> {
    use crate::store::delivery::insert_codes;
    let expires = expiry_of(&cx.org, now);
    let Activations { mut prepared, order } = activations;
    for chunk in order.chunks(crate::store::delivery::BATCH) {
        let rows: Vec<(i64, &str)> = chunk.iter().map(|&i| (devices[i], prepared[i].hash.as_str())).collect();
        // A code whose hash another code has is issued again, one at a time (not expected).
        for k in insert_codes(tx, &rows, now, expires)? {
            let i = chunk[k];
            let code = issue_code(cx, tx, devices[i], now, None)?.0;
            let old = &prepared[i].issued;
            let mut again = IssuedCode::new(
                String::new(),
                old.owner_email.clone(),
                old.owner_name.clone(),
                old.primary_number.clone(),
                code,
                &cx.org.smdp_address,
                now,
                expires,
            );
            again.email_note = old.email_note.clone();
            prepared[i].issued = again;
        }
    }
    Ok(prepared.into_iter().zip(devices).map(|(p, &device)| written(p.issued, p.details, device)).collect())
}

/// The devices of these plans, in the caller's transaction, in order, with the primary
/// numbers they are given (WG03); no codes yet ([`apply_devices`] issues them). `step` is
/// called before each few hundred devices with the number added so far, `done` before these.
/// Returns the new devices' ids, in the plans' order.
pub(crate) fn insert_planned(
    cx: &Core,
    tx: &Connection,
    plans: &[&DevicePlan],
    now: DateTime<Utc>,
    done: usize,
    step: &mut dyn FnMut(usize) -> Result<()>,
) -> Result<Vec<i64>> {
    use crate::store::delivery::{insert_devices, BATCH};
    for plan in plans {
        if let Some(n) = &plan.number {
            q::assign_primary(tx, n.id, plan.user.id)?;
        }
    }
    let mut devices = Vec::with_capacity(plans.len());
    for chunk in plans.chunks(BATCH) {
        step(done + devices.len())?;
        let rows: Vec<(i64, &str)> = chunk.iter().map(|p| (p.user.id, p.subscription.as_str())).collect();
        devices.extend(insert_devices(tx, cx.org.id, DeviceKind::Byod, DeviceStatus::ActivationPending, now, &rows)?);
    }
    Ok(devices)
}

/// The activation details of a device about to be added (its id is set once it is written),
/// and the details of the audit entry of adding it.
fn added(
    org: &OrgInfo,
    plan: &DevicePlan,
    code: ActivationCode,
    now: DateTime<Utc>,
    (expires, expires_text): (DateTime<Utc>, &str),
) -> (IssuedCode, String) {
    let user = &plan.user;
    // What `device_by_id` would read back: the owner, and the number the device uses
    // (the one just assigned, else the user's primary number).
    let number = plan.number.as_ref().map(|n| n.number.clone()).or_else(|| user.primary_number.clone());
    let issued = IssuedCode::new(
        String::new(),
        user.email.clone(),
        user.display_name.clone(),
        number,
        code,
        &org.smdp_address,
        now,
        expires,
    );
    let details = match plan.number {
        Some(_) => format!(
            "user {}; subscription {}; primary number {} assigned; code issued, expires {expires_text}",
            user.email,
            plan.subscription,
            issued.primary_number.as_deref().unwrap_or("?")
        ),
        None => format!(
            "user {}; subscription {}; keeps number {}; code issued, expires {expires_text}",
            user.email,
            plan.subscription,
            issued.primary_number.as_deref().unwrap_or("-")
        ),
    };
    (issued, details)
}

/// Issues a fresh code for the device: ends every earlier one (WG05), stores only the hash.
/// `ended_state` is what earlier codes become; `None` for a device just created, which has
/// none (a bulk import adds thousands, so the needless update is skipped).
pub(crate) fn issue_code(
    cx: &Core,
    conn: &Connection,
    device: i64,
    now: DateTime<Utc>,
    ended_state: Option<&str>,
) -> Result<(ActivationCode, DateTime<Utc>)> {
    if let Some(state) = ended_state {
        q::end_valid_codes(conn, device, state, now)?;
    }
    let expires = expiry_of(&cx.org, now);
    // A collision of 79-bit codes is not expected; retry rather than fail if it happens.
    for _ in 0..8 {
        let code = cx.codes.generate();
        if q::insert_code_if_new(conn, device, &code.hash(), now, expires)? {
            return Ok((code, expires));
        }
    }
    Err(Error::io(crate::said!("code-generator-repeats")))
}

pub(crate) fn issued(
    cx: &Core,
    conn: &Connection,
    device: i64,
    code: ActivationCode,
    now: DateTime<Utc>,
    expires: DateTime<Utc>,
) -> Result<IssuedCode> {
    let d = q::device_by_id(conn, cx.org.id, device, now)?.ok_or_else(|| q::not_found("device"))?;
    Ok(issued_for(cx, d, code, now, expires))
}

/// The activation details of `code` for device `d`, as handed to the admin.
pub(crate) fn issued_for(
    cx: &Core,
    d: DeviceRow,
    code: ActivationCode,
    issued_at: DateTime<Utc>,
    expires: DateTime<Utc>,
) -> IssuedCode {
    IssuedCode::new(d.device_id, d.owner_email, d.owner_name, d.number, code, &cx.org.smdp_address, issued_at, expires)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sub(id: &str, name: &str) -> SubscriptionRow {
        SubscriptionRow { id: id.into(), name: name.into(), go_licences: 5, used: 0, free: 5 }
    }

    #[test]
    fn a_subscription_is_named_by_its_id_its_name_or_a_start_of_its_id_no_other_shares() {
        let subs = [sub("Sub-7a1c-0001", "Go North"), sub("Sub-7a1c-0002", "Go South"), sub("Sub-9b", "Go North")];
        let id = |w: &str| subscription_named(&subs, w).map(|s| s.map(|s| s.id.clone()));
        assert_eq!(id("sub-7A1C-0002").unwrap().as_deref(), Some("Sub-7a1c-0002"), "the whole id, any case");
        assert_eq!(id("Sub-7a1c-0001").unwrap().as_deref(), Some("Sub-7a1c-0001"));
        assert_eq!(id("Sub-9").unwrap().as_deref(), Some("Sub-9b"), "a start only one id has");
        assert_eq!(id("go south").unwrap().as_deref(), Some("Sub-7a1c-0002"), "the name");
        assert_eq!(id("Sub-8").unwrap(), None);
        let shared = id("Sub-7a1c").unwrap_err().to_string();
        assert!(shared.contains("Sub-7a1c-0001") && shared.contains("Sub-7a1c-0002"), "{shared}");
        let twice = id("Go North").unwrap_err().to_string();
        assert!(twice.contains("several subscriptions are named") && twice.contains("Sub-9b"), "{twice}");
    }
}
