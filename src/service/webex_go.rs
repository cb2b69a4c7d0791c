//! Webex Go BYOD devices: WG01-WG12 and WG14.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;
use serde::Serialize;

use crate::service::backend::webex::{api, Accepted};
use super::{Audit, Service};
use crate::domain::code::{ActivationCode, IssuedCode};
use crate::domain::device::{may_issue_new_code, phone_transition, PhoneEvent};
use crate::domain::{licence, DeviceKind, DeviceStatus, Error, Result, E164};
use crate::outside::MailMessage;
use crate::store::model::*;
use crate::store::queries as q;

/// The admin's request to add a Webex Go device (from a user or from the device list: WG14).
#[derive(Debug, Clone, Default)]
pub struct AddDevice {
    pub user_email: String,
    /// Required when more than one subscription has Webex Go licences (WG02).
    pub subscription: Option<String>,
    /// Required when the user has no primary number (WG03).
    pub number: Option<String>,
    /// Do not email the code even when the organisation allows it.
    pub no_email: bool,
}

/// What the admin has to choose before adding a device, and whether it can be added at all.
#[derive(Debug, Clone, Serialize)]
pub struct AddDeviceChoices {
    pub user: UserRow,
    /// Subscriptions with Webex Go licences; the admin picks one when there are several (WG02).
    pub subscriptions: Vec<SubscriptionRow>,
    pub must_choose_subscription: bool,
    /// Set when the user has no primary number: pick one of these (WG03).
    pub must_choose_number: bool,
    pub free_numbers: Vec<NumberRow>,
    /// Why the device cannot be added at all, when it cannot (WG01, or the user already has one).
    pub refusal: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeleteOutcome {
    pub device_id: String,
    pub owner_email: String,
    pub subscription_id: String,
    /// Free Webex Go licences in that subscription after the delete (WG09).
    pub subscription_free: i64,
    pub notice: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhoneOutcome {
    pub device_id: String,
    pub owner_email: String,
    pub status: DeviceStatus,
    pub message: String,
}

/// What adding a device will do, once every check passed (WG01-WG03).
#[derive(Debug, Clone)]
pub(super) struct DevicePlan {
    pub user: UserRow,
    pub subscription: String,
    /// WG03: the unassigned number that becomes the user's primary number.
    pub number: Option<NumberRow>,
}

/// One Webex Go line per user: the refusal when the user already has a device.
pub(super) fn already_has_device(user: &UserRow, device_id: &str, status: DeviceStatus) -> Error {
    Error::Invalid(format!(
        "{} already has a Webex Go device ({device_id}, {}). Issue a new code, report it lost or stolen, or delete it first.",
        user.email,
        status.label()
    ))
}

/// The notice WG09 requires after a delete.
pub const DELETE_NOTICE: &str =
    "The Webex Go line is deactivated: the user can no longer place or answer business calls \
from the phone's dialer. The user must delete the deactivated line on the phone by hand \
(iPhone: Settings > Mobile Service > the line > Delete eSIM; Android: Settings > SIMs > the line > Erase).";

impl Service {
    /// What the admin must choose to add a device to this user; used by the console to ask.
    pub fn add_device_choices(&self, email: &str) -> Result<AddDeviceChoices> {
        let user = self.user(email)?;
        if self.is_webex() {
            // A real organisation: only what the mirrored data proves; Webex decides the rest
            // (the licence pool and the number are not chosen here).
            let refusal = match q::device_of_user(&self.conn, user.id, self.now())? {
                Some(d) => Some(already_has_device(&user, &d.device_id, d.status).to_string()),
                None => self.api_target(&self.conn, user.clone()).err().map(|e| e.to_string()),
            };
            return Ok(AddDeviceChoices {
                must_choose_subscription: false,
                subscriptions: Vec::new(),
                must_choose_number: false,
                free_numbers: Vec::new(),
                refusal,
                user,
            });
        }
        let subscriptions = self.subscriptions()?;
        let refusal = self.check_eligible(&self.conn, &user).err().map(|e| e.to_string());
        let must_choose_number = user.primary_number.is_none();
        let free_numbers = match (must_choose_number, q::user_location_id(&self.conn, user.id)?) {
            (true, Some(loc)) => q::free_numbers(&self.conn, loc, "standard", 200)?,
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

    /// WG01 and one device per user.
    pub(super) fn check_eligible(&self, conn: &Connection, user: &UserRow) -> Result<()> {
        if let Some(device) = q::device_of_user(conn, user.id, self.now())? {
            return Err(already_has_device(user, &device.device_id, device.status));
        }
        self.check_licence_and_country(user)
    }

    /// WG01: Webex Calling Professional and a location in a Webex Go country.
    pub(super) fn check_licence_and_country(&self, user: &UserRow) -> Result<()> {
        if !user.has_licence(licence::CALLING_PROFESSIONAL) {
            return Err(Error::rule(
                "WG01",
                format!(
                    "{} does not hold a Webex Calling Professional licence (has: {}). Assign the licence first.",
                    user.email,
                    if user.licences.is_empty() {
                        "none".to_string()
                    } else {
                        user.licences.iter().map(|l| licence::display(l)).collect::<Vec<_>>().join(", ")
                    }
                ),
            ));
        }
        let Some(country) = user.location_country.as_deref() else {
            return Err(Error::rule(
                "WG01",
                format!("{} has no location; give the user a location in a Webex Go country first.", user.email),
            ));
        };
        if !self.org.go_countries.iter().any(|c| c.eq_ignore_ascii_case(country)) {
            return Err(Error::rule(
                "WG01",
                format!(
                    "{}'s location {} is in {country}, where Webex Go is not offered. Supported here: {}.",
                    user.email,
                    user.location.as_deref().unwrap_or("?"),
                    self.org.go_countries.join(", ")
                ),
            ));
        }
        Ok(())
    }

    /// WG02: the subscription the licence comes from.
    pub(super) fn choose_subscription(&self, conn: &Connection, wanted: Option<&str>) -> Result<SubscriptionRow> {
        let subs = q::subscriptions(conn, self.org.id)?;
        self.pick_subscription(&subs, wanted)
    }

    /// WG02 over subscriptions already read (the bulk import keeps its own running counts).
    pub(super) fn pick_subscription(&self, subs: &[SubscriptionRow], wanted: Option<&str>) -> Result<SubscriptionRow> {
        let listing = || subs.iter().map(|s| format!("{} ({} free)", s.id, s.free)).collect::<Vec<_>>().join(", ");
        let chosen = match wanted.map(str::trim).filter(|w| !w.is_empty()) {
            Some(w) => subs.iter().find(|s| s.id.eq_ignore_ascii_case(w)).cloned().ok_or_else(|| {
                Error::NotFound(format!(
                    "no subscription {w} with Webex Go licences in {}; there is: {}",
                    self.org.name,
                    listing()
                ))
            })?,
            None => match subs.len() {
                0 => {
                    return Err(Error::rule(
                        "WG02",
                        format!("{} has no subscription with Webex Go licences.", self.org.name),
                    ))
                }
                1 => subs[0].clone(),
                _ => {
                    return Err(Error::rule(
                        "WG02",
                        format!(
                            "more than one subscription has Webex Go licences: choose one with --subscription: {}",
                            listing()
                        ),
                    ))
                }
            },
        };
        if chosen.free <= 0 {
            return Err(Error::rule(
                "WG02",
                format!(
                    "subscription {} has no free Webex Go licence ({} of {} in use). Delete an unused device or choose another subscription: {}",
                    chosen.id,
                    chosen.used,
                    chosen.go_licences,
                    listing()
                ),
            ));
        }
        Ok(chosen)
    }

    /// WG03: the number the device uses: `None` when the user keeps the primary number, else
    /// the unassigned number of the user's location to make primary. Checks only, writes nothing.
    pub(super) fn check_primary_number(
        &self,
        conn: &Connection,
        user: &UserRow,
        wanted: Option<&str>,
    ) -> Result<Option<NumberRow>> {
        let wanted = wanted.map(str::trim).filter(|w| !w.is_empty());
        if let Some(primary) = &user.primary_number {
            return match wanted {
                Some(w) if E164::parse(w)?.as_str() != primary => Err(Error::rule(
                    "WG03",
                    format!(
                        "{} already has the primary number {primary}; a BYOD device keeps it. Leave out --number.",
                        user.email
                    ),
                )),
                _ => Ok(None),
            };
        }
        let location = q::user_location_id(conn, user.id)?;
        let suggest = || -> Result<String> {
            let free = match location {
                Some(loc) => q::free_numbers(conn, loc, "standard", 5)?,
                None => Vec::new(),
            };
            Ok(if free.is_empty() {
                format!(
                    "{} has no unassigned number; add numbers to it first.",
                    user.location.as_deref().unwrap_or("the location")
                )
            } else {
                format!(
                    "unassigned numbers of {}: {}",
                    user.location.as_deref().unwrap_or("the location"),
                    free.iter().map(|n| n.number.as_str()).collect::<Vec<_>>().join(", ")
                )
            })
        };
        let Some(w) = wanted else {
            return Err(Error::rule(
                "WG03",
                format!("{} has no primary number: choose one with --number. {}", user.email, suggest()?),
            ));
        };
        let e164 = E164::parse(w)?;
        let number = q::number_by_e164(conn, self.org.id, e164.as_str())?
            .ok_or_else(|| Error::NotFound(format!("{e164} is not in {}'s number inventory.", self.org.name)))?;
        if number.owner.is_some() {
            return Err(Error::rule(
                "WG03",
                format!("{e164} is already assigned to {}. {}", number.owner.as_deref().unwrap_or("?"), suggest()?),
            ));
        }
        if Some(q::number_location_id(conn, number.id)?) != location {
            return Err(Error::rule(
                "WG03",
                format!(
                    "{e164} belongs to {}, not to {}'s location {}. {}",
                    number.location,
                    user.email,
                    user.location.as_deref().unwrap_or("(none)"),
                    suggest()?
                ),
            ));
        }
        if number.kind == "mobile" {
            return Err(Error::rule(
                "WG03",
                format!(
                    "{e164} is a mobile number: assign it with `wxgo numbers assign-primary` (Webex Go through a mobile operator, MO05). {}",
                    suggest()?
                ),
            ));
        }
        Ok(Some(number))
    }

    /// Every check of adding a device (WG01-WG03, one device per user), in the caller's
    /// transaction; nothing is written.
    pub(super) fn plan_device(
        &self,
        conn: &Connection,
        user: UserRow,
        subscription: Option<&str>,
        number: Option<&str>,
    ) -> Result<DevicePlan> {
        self.check_eligible(conn, &user)?;
        let sub = self.choose_subscription(conn, subscription)?;
        let number = self.check_primary_number(conn, &user, number)?;
        Ok(DevicePlan { user, subscription: sub.id, number })
    }

    /// Adds a planned device in the caller's transaction: the primary number when the user had
    /// none (WG03), the device in Activation pending and a fresh code (WG04). `add_device` and
    /// the bulk import both end here, so both write the same rows and the same audit text.
    pub(super) fn apply_device(
        &self,
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
                org: self.org.id,
                user: user.id,
                subscription: &plan.subscription,
                kind: DeviceKind::Byod,
                status: DeviceStatus::ActivationPending,
                number: None,
                now,
            },
        )?;
        let (code, expires) = self.issue_code(tx, device, now, None)?;
        // What `device_by_id` would read back: the owner, and the number the device uses
        // (the one just assigned, else the user's primary number).
        let number = plan.number.as_ref().map(|n| n.number.clone()).or_else(|| user.primary_number.clone());
        let issued = IssuedCode::new(
            device_ref(device),
            user.email.clone(),
            user.display_name.clone(),
            number,
            code,
            &self.org.smdp_address,
            now,
            expires,
        );
        let details = format!(
            "user {}; subscription {}; {}; code issued, expires {}",
            user.email,
            plan.subscription,
            match plan.number {
                Some(_) => format!("primary number {} assigned", issued.primary_number.as_deref().unwrap_or("?")),
                None => format!("keeps number {}", issued.primary_number.as_deref().unwrap_or("-")),
            },
            q::ts(expires)
        );
        let object = format!("device:{}", issued.device_id);
        Ok((issued, Audit::new(object, details)))
    }

    /// Issues a fresh code for the device: ends every earlier one (WG05), stores only the hash.
    /// `ended_state` is what earlier codes become; `None` for a device just created, which has
    /// none (a bulk import adds thousands, so the needless update is skipped).
    fn issue_code(
        &self,
        conn: &Connection,
        device: i64,
        now: DateTime<Utc>,
        ended_state: Option<&str>,
    ) -> Result<(ActivationCode, DateTime<Utc>)> {
        if let Some(state) = ended_state {
            q::end_valid_codes(conn, device, state, now)?;
        }
        let expires = now + Duration::days(self.org.code_lifetime_days);
        // A collision of 79-bit codes is not expected; retry rather than fail if it happens.
        for _ in 0..8 {
            let code = self.codes.generate();
            if q::insert_code_if_new(conn, device, &code.hash(), now, expires)? {
                return Ok((code, expires));
            }
        }
        Err(Error::Io("the code generator keeps repeating itself; no code was issued".into()))
    }

    fn issued(
        &self,
        conn: &Connection,
        device: i64,
        code: ActivationCode,
        now: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<IssuedCode> {
        let d = q::device_by_id(conn, self.org.id, device, now)?.ok_or_else(|| q::not_found("device"))?;
        Ok(self.issued_for(d, code, now, expires))
    }

    /// The activation details of `code` for device `d`, as handed to the admin.
    pub(super) fn issued_for(
        &self,
        d: DeviceRow,
        code: ActivationCode,
        issued_at: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> IssuedCode {
        IssuedCode::new(
            d.device_id,
            d.owner_email,
            d.owner_name,
            d.number,
            code,
            &self.org.smdp_address,
            issued_at,
            expires,
        )
    }

    /// WG01-WG04, WG14: adds a BYOD Webex Go device in Activation pending with a fresh code.
    pub fn add_device(&mut self, req: &AddDevice) -> Result<IssuedCode> {
        self.add_device_to(req, &mut |_, _| Ok(()))
    }

    /// [`Service::add_device`], with `deliver` putting the code where it must arrive before the
    /// device is saved (see [`CodeDelivery`]).
    pub fn add_device_to(&mut self, req: &AddDevice, deliver: CodeDelivery<'_>) -> Result<IssuedCode> {
        self.add_device_checked(req, &mut |_| Ok(()), deliver)
    }

    /// [`Service::add_device_to`] with `check` run before anything is done: on a real
    /// organisation Webex issues the code (and ends any earlier one) before it can be delivered,
    /// so the destinations are checked first (see [`super::api_devices::CodeCheck`]).
    pub fn add_device_checked(
        &mut self,
        req: &AddDevice,
        check: super::api_devices::CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        if self.is_webex() {
            return self.add_device_via_api(req, check, deliver);
        }
        let mut issued = self.act_delivered(
            "add Webex Go device",
            |svc, tx, now| {
                let user =
                    q::user_by_email(tx, svc.org.id, &req.user_email)?.ok_or_else(|| svc.no_user(&req.user_email))?;
                let plan = svc.plan_device(tx, user, req.subscription.as_deref(), req.number.as_deref())?;
                svc.apply_device(tx, &plan, now)
            },
            deliver,
        )?;
        self.deliver_code(&mut issued, !req.no_email);
        Ok(issued)
    }

    /// WG05: a new code, only while Activation pending; every earlier code stops working.
    pub fn new_code(&mut self, device: &str, email: bool) -> Result<IssuedCode> {
        self.new_code_to(device, email, &mut |_, _| Ok(()))
    }

    /// [`Service::new_code`] with a delivery step before the commit (see [`CodeDelivery`]).
    pub fn new_code_to(&mut self, device: &str, email: bool, deliver: CodeDelivery<'_>) -> Result<IssuedCode> {
        self.new_code_checked(device, email, &mut |_| Ok(()), deliver)
    }

    /// [`Service::new_code_to`] with `check` run before anything is done (see
    /// [`Service::add_device_checked`]).
    pub fn new_code_checked(
        &mut self,
        device: &str,
        email: bool,
        check: super::api_devices::CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        if self.is_webex() {
            return self.new_code_via_api(device, email, check, deliver);
        }
        let mut issued = self.act_delivered(
            "new activation code",
            |svc, tx, now| {
                let d = svc.resolve_device(tx, device)?;
                may_issue_new_code(d.status)?;
                let (code, expires) = svc.issue_code(tx, d.id, now, Some("superseded"))?;
                let issued = svc.issued(tx, d.id, code, now, expires)?;
                let details =
                    format!("user {}; earlier codes superseded; new code expires {}", d.owner_email, q::ts(expires));
                Ok((issued, Audit::new(format!("device:{}", d.device_id), details)))
            },
            deliver,
        )?;
        self.deliver_code(&mut issued, email);
        Ok(issued)
    }

    /// WG08: the line on the lost phone is deactivated for good and the device returns to
    /// Activation pending with a fresh code for the replacement phone.
    pub fn lost_stolen(&mut self, device: &str, email: bool) -> Result<IssuedCode> {
        self.lost_stolen_to(device, email, &mut |_, _| Ok(()))
    }

    /// [`Service::lost_stolen`] with a delivery step before the commit (see [`CodeDelivery`]).
    pub fn lost_stolen_to(&mut self, device: &str, email: bool, deliver: CodeDelivery<'_>) -> Result<IssuedCode> {
        let mut issued = self.act_delivered(
            "lost/stolen",
            |svc, tx, now| {
                let d = svc.resolve_device(tx, device)?;
                if let Some(refusal) = lost_stolen_refusal(&d) {
                    return Err(refusal);
                }
                let (code, expires) = svc.issue_code(tx, d.id, now, Some("revoked"))?;
                q::set_device_status(tx, d.id, DeviceStatus::ActivationPending, now)?;
                let issued = svc.issued(tx, d.id, code, now, expires)?;
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
        self.deliver_code(&mut issued, email);
        Ok(issued)
    }

    /// Whether a device action would be refused, and why, before the admin is asked to confirm
    /// it (issue 15.2: the console says so up front and offers what works instead). `None`: the
    /// action may go ahead (the action itself checks again, in its transaction).
    pub fn refusal_before(&self, check: DeviceCheck, device: &str) -> Result<Option<Error>> {
        let d = self.resolve_device(&self.conn, device)?;
        let refusal = match check {
            _ if self.read_only => Some(Error::ReadOnly(check.action().into())),
            DeviceCheck::NewCode => may_issue_new_code(d.status).err(),
            DeviceCheck::LostStolen => lost_stolen_refusal(&d),
            DeviceCheck::Delete => None,
        };
        Ok(refusal)
    }

    /// WG09: removes the device; its licence returns to the subscription's pool. On a real
    /// organisation: `DELETE /devices/{deviceId}` first, and the cache only once Webex accepted.
    pub fn delete_device(&mut self, device: &str) -> Result<DeleteOutcome> {
        if self.is_webex() {
            return self.delete_device_via_api(device);
        }
        self.act("delete Webex Go device", |svc, tx, _now| {
            let d = svc.resolve_device(tx, device)?;
            q::delete_device(tx, d.id)?;
            let free = q::subscriptions(tx, svc.org.id)?
                .into_iter()
                .find(|s| s.id == d.subscription_id)
                .map(|s| s.free)
                .unwrap_or(0);
            let outcome = DeleteOutcome {
                device_id: d.device_id.clone(),
                owner_email: d.owner_email.clone(),
                subscription_id: d.subscription_id.clone(),
                subscription_free: free,
                notice: DELETE_NOTICE.to_string(),
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

    /// Emails a code that was just issued (again), after checking it is still the device's valid code.
    pub fn email_code(&mut self, issued: &mut IssuedCode) -> Result<()> {
        let current = q::code_by_hash(&self.conn, &issued.activation_code.hash())?;
        match current {
            Some(c) if c.state == "valid" && c.expires_at > self.now() => {}
            _ => {
                return Err(Error::rule(
                    "WG05",
                    "this code is no longer valid (used, replaced or expired); issue a new code and email that one",
                ))
            }
        }
        if self.org.suppress_emails {
            return Err(Error::rule(
                "WG04",
                format!("{} suppresses emails: copy or print the code instead.", self.org.name),
            ));
        }
        if self.is_webex() {
            // The outbox is wxgo's own: on a real organisation only a read-only open stops it.
            self.api_writable("email activation code")?;
        } else {
            self.writable("email activation code")?;
        }
        self.deliver_code(issued, true);
        if issued.emailed {
            Ok(())
        } else {
            Err(Error::Io(issued.email_note.clone()))
        }
    }

    /// WG04: emails the code unless the organisation suppresses emails (or the admin said not to).
    /// A failed send leaves the code issued and tells the admin to copy or print it.
    pub(super) fn deliver_code(&self, issued: &mut IssuedCode, wanted: bool) {
        if self.org.suppress_emails {
            issued.email_note = format!(
                "not emailed: {} suppresses emails. Copy or print the code and give it to {}.",
                self.org.name, issued.owner_email
            );
            return;
        }
        if !wanted {
            issued.email_note = format!("not emailed (as asked). Copy or print the code for {}.", issued.owner_email);
            return;
        }
        let msg = activation_mail(&self.org, issued);
        let object = format!("device:{}", issued.device_id);
        match self.mailer.send(&msg, self.now()) {
            Ok(where_) => {
                issued.emailed = true;
                issued.email_note = format!("emailed to {}: {where_}", issued.owner_email);
                let _ = self.audit_alone(
                    "email activation code",
                    &Audit::new(object, format!("to {}", issued.owner_email)),
                    "ok",
                );
            }
            Err(e) => {
                issued.email_note =
                    format!("the email to {} failed ({e}); copy or print the code instead.", issued.owner_email);
                let _ = self.audit_alone(
                    "email activation code",
                    &Audit::new(object, format!("to {}", issued.owner_email)),
                    &format!("failed: {e}"),
                );
            }
        }
    }

    // ------------------------------------------------------------------ the phone's side

    /// A phone redeems an activation code: the device goes Online (WG06: never with an
    /// expired, superseded, revoked or used code).
    pub fn phone_activate(&mut self, code: &str) -> Result<PhoneOutcome> {
        // Throttled per source and device, every failure audited (issue 13.9): see `attempts`.
        self.phone_attempt(code)
    }

    /// The user disables, enables or removes the line on the phone (WG10, WG11).
    pub fn phone_event(&mut self, device: &str, event: PhoneEvent) -> Result<PhoneOutcome> {
        let action = match event {
            PhoneEvent::Disable => "phone disables line",
            PhoneEvent::Enable => "phone enables line",
            PhoneEvent::RemoveLine => "phone removes line",
        };
        self.phone_act(action, |svc, tx, now| {
            let d = svc.resolve_device(tx, device)?;
            let to = phone_transition(d.status, event)?;
            q::set_device_status(tx, d.id, to, now)?;
            let message = match event {
                PhoneEvent::RemoveLine => format!(
                    "{} removed the Webex Go line from the phone: Activation pending. The admin can now issue a new code (WG05).",
                    d.owner_email
                ),
                _ => format!("{}'s Webex Go line is now {}.", d.owner_email, to.label()),
            };
            let out = PhoneOutcome { device_id: d.device_id.clone(), owner_email: d.owner_email.clone(), status: to, message };
            Ok((out, Audit::new(format!("device:{}", d.device_id), format!("{} -> {}", d.status.label(), to.label()))))
        })
    }

    /// Phone-side actions are done by the phone, not the admin: audited as such.
    fn phone_act<T>(
        &mut self,
        action: &str,
        f: impl FnOnce(&Self, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        let admin = self.actor.clone();
        self.actor =
            crate::outside::Actor { user: format!("phone (via {})", admin.user), ssh_client: admin.ssh_client.clone() };
        let result = self.act(action, f);
        self.actor = admin;
        result
    }
}

/// WG08 applies to bring-your-own-device lines; a mobile operator's SIM is the operator's.
impl Service {
    fn delete_device_via_api(&mut self, device: &str) -> Result<DeleteOutcome> {
        let action = "delete Webex Go device";
        self.api_writable(action)?;
        let mut d = self.resolve_device(&self.conn, device)?;
        q::fill_webex_device_fields(&self.conn, std::slice::from_mut(&mut d))?;
        let webex_id = d.webex_id.clone().ok_or_else(|| {
            Error::NotFound(format!(
                "{} is not in Webex's copy (it has no Webex id): run `wxgo sync` and look again",
                d.device_id
            ))
        })?;
        self.via_api(
            action,
            |_, c| api(c.run(c.api().delete_device(&webex_id))).map(Accepted::from),
            |svc, tx, _now, ()| {
                q::delete_device(tx, d.id)?;
                let outcome = DeleteOutcome {
                    device_id: d.device_id.clone(),
                    owner_email: d.owner_email.clone(),
                    subscription_id: d.subscription_id.clone(),
                    subscription_free: q::subscriptions(tx, svc.org.id)?
                        .into_iter()
                        .find(|s| s.id == d.subscription_id)
                        .map(|s| s.free)
                        .unwrap_or(0),
                    notice: DELETE_NOTICE.to_string(),
                };
                let details = format!("user {}; was {}; deleted in Webex", d.owner_email, d.status.label());
                Ok((outcome, Audit::new(format!("device:{}", d.device_id), details)))
            },
        )
    }
}

fn lost_stolen_refusal(d: &DeviceRow) -> Option<Error> {
    (d.kind == DeviceKind::MobileOperator).then(|| {
        Error::rule(
            "WG08",
            "this line comes from the mobile operator's SIM: report the lost phone to the operator; \
             Lost/Stolen here applies to bring-your-own-device lines",
        )
    })
}

/// A device action the console checks before it asks to confirm (see [`Service::refusal_before`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceCheck {
    NewCode,
    LostStolen,
    Delete,
}

impl DeviceCheck {
    pub fn action(self) -> &'static str {
        match self {
            DeviceCheck::NewCode => "new activation code",
            DeviceCheck::LostStolen => "lost/stolen",
            DeviceCheck::Delete => "delete Webex Go device",
        }
    }
}

/// Where a code just issued must arrive before the action counts: called inside the action's
/// transaction, before the commit. An error rolls the action back: the code is not saved, the
/// earlier one still works, and the caller says so. The console's screen cannot fail; the CLI
/// writes the code to stdout (and a letter) here, so `> /dev/full` or a closed pipe changes
/// nothing. The email goes after the commit: it is an extra way, never the only one.
pub type CodeDelivery<'a> = &'a mut dyn FnMut(&Service, &IssuedCode) -> Result<()>;

/// The activation email for an issued code (WG04).
pub fn activation_mail(org: &OrgInfo, issued: &IssuedCode) -> MailMessage {
    let template = include_str!("../../assets/mail/activation.txt");
    let (subject, body) = template.split_once('\n').unwrap_or(("Subject: Webex Go activation", template));
    let name = crate::domain::text::for_header(&issued.owner_name);
    let fill = |s: &str| {
        s.replace("{name}", &name)
            .replace("{org}", &org.name)
            .replace("{number}", issued.primary_number.as_deref().unwrap_or("(your business number)"))
            .replace("{days}", &org.code_lifetime_days.to_string())
            .replace("{code}", issued.activation_code.as_str())
            .replace("{smdp}", &issued.smdp_address)
            .replace("{android}", &issued.android_code)
            .replace("{expires}", &issued.expires_at.format("%Y-%m-%d %H:%M UTC").to_string())
    };
    MailMessage {
        to: issued.owner_email.clone(),
        to_name: issued.owner_name.clone(),
        subject: fill(subject.trim_start_matches("Subject:").trim()),
        body: fill(body),
        tag: format!("{}-activation", issued.device_id),
        code_hash: Some(issued.activation_code.hash()),
    }
}
