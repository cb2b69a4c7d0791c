//! Webex Go devices on a real organisation (issue 17): adding a device and a new code are one
//! `POST /devices/activationCode` each (person, model "Webex Go"), sent before anything is
//! written here.
//!
//! - Locally only what the mirrored data proves is checked: the user exists (with a Webex id),
//!   holds a Calling licence, has a location and a number, and (for a new device) has no Webex
//!   Go device in the cache. Everything else is Webex's to decide; its refusal is shown whole.
//! - The code is shown exactly as Webex gave it (opaque) with its expiry. The SM-DP+ address, the
//!   Android code and the QR code exist only in Control Hub.
//! - The API supersedes the old code the moment it issues a new one, so every destination the
//!   admin chose (stdout, the letter, the mail queue) is checked writable *before* asking
//!   ([`CodeCheck`]); if delivery still fails afterwards, the error says so plainly and how to
//!   issue another, and the action is never reported as a success.
//! - The new device in the cache: Webex's answer carries no device id, so right after the code
//!   the person's Webex Go devices are read (`GET /devices?personId=..&type=webexgo`) and the
//!   activating one gives the row its Webex id. With the id the console's poll moves it to Online
//!   as soon as the phone activates; without one (that read failed) the row stays Activation
//!   pending until the next `wxgo sync` replaces it with Webex's copy.

use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

use super::{
    already_has_device, deliver_code, AddDevice, AddDeviceChoices, CodeCheck, CodeDelivery, DeleteOutcome,
    DevicesBackend, WEBEX_GO_MODEL,
};
use crate::domain::code::{ActivationCode, IssuedCode};
use crate::domain::device::may_issue_new_code;
use crate::domain::{licence, text, Error, Result};
use crate::outside::webex::models::{ActivationCode as WebexCode, ActivationCodeRequest, Device};
use crate::outside::webex::{Api, DeviceQuery, WebexError, WebexResult, Written};
use crate::service::action::{control_hub_path, Action};
use crate::service::backend::webex::{api, unknown_mark, unknown_pending, unknown_settled, Accepted, OrgClient, Webex};
use crate::service::core::{Allowed, Audit, Core};
use crate::store::db_error;
use crate::store::model::*;
use crate::store::queries::{self as q, ts};
use crate::store::webex_devices::{self, MirroredDevice};

/// The service action (audit, the lost-answer journal) of adding a device.
const ADD: &str = Action::AddDevice.name();

/// Why no answer came, in a few words (the transport's own: a timeout, a cut connection, a 502).
fn lost_why(e: &WebexError) -> crate::domain::error::Text {
    match e {
        WebexError::NoAnswer { last, .. } => last.as_str().into(),
        other => other.text(),
    }
}

/// What the mirrored data says about the person a code is for.
pub(crate) struct Target {
    pub user: UserRow,
    pub person_id: String,
}

/// What Webex answered for one person: the code, and the activating device it belongs to when
/// the read after it found one.
pub(crate) struct Issued {
    pub code: Written<WebexCode>,
    pub device: Option<Device>,
}

/// The code request of one person.
pub(crate) fn code_request(person_id: &str) -> ActivationCodeRequest {
    ActivationCodeRequest {
        person_id: Some(person_id.to_string()),
        model: Some(WEBEX_GO_MODEL.to_string()),
        ..Default::default()
    }
}

/// `POST /devices/activationCode` for the person, then the person's Webex Go devices to find the
/// one the code belongs to (a failed read is no failure: the next sync finds it).
pub(crate) async fn issue_for(api: Api, person_id: String) -> WebexResult<Issued> {
    let code = api.create_activation_code(&code_request(&person_id)).await?;
    let device = activating_device(&api, &person_id).await.ok().flatten();
    Ok(Issued { code, device })
}

/// The person's activating Webex Go device (the newest), if Webex lists one.
pub(crate) async fn activating_device(api: &Api, person_id: &str) -> WebexResult<Option<Device>> {
    let q = DeviceQuery { person_id: Some(person_id.to_string()), ..DeviceQuery::default() };
    let mut list = api.list_devices(&q).await?;
    list.retain(|d| d.person_id.as_deref() == Some(person_id));
    list.sort_by(|a, b| a.created.cmp(&b.created));
    let activating = list.iter().rev().find(|d| d.connection_status.as_deref() == Some("activating")).cloned();
    Ok(activating.or_else(|| list.pop()))
}

/// The expiry Webex gave; when it gave none that can be read, the organisation's code lifetime.
pub(crate) fn expiry(cx: &Core, code: &WebexCode, now: DateTime<Utc>) -> DateTime<Utc> {
    code.expiry_time
        .as_deref()
        .and_then(|t| DateTime::parse_from_rfc3339(t.trim()).ok())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| now + Duration::days(cx.org.code_lifetime_days.max(1)))
}

/// A code from Webex: kept exactly as given, refused only when it could not reach a person at all
/// (empty, or control characters that a terminal or a letter would mangle).
pub(crate) fn opaque_code(code: &WebexCode) -> Result<ActivationCode> {
    let c = code.code.as_str();
    if c.trim().is_empty() || c.chars().any(|ch| text::is_hazard(ch) || ch.is_control()) {
        return Err(Error::io(crate::said!("code-unusable", command = "`wxgo devices new-code DEVICE`")));
    }
    Ok(ActivationCode::opaque(c))
}

/// The plain message when a code Webex issued did not reach its destination.
pub(crate) fn not_delivered(device: &str, email: &str, tracking: Option<&str>, e: &Error) -> Error {
    let tid = tracking.map(|t| format!(" (trackingId {t})")).unwrap_or_default();
    let command = format!("`wxgo devices new-code {device}`");
    Error::io(crate::said!("code-not-delivered", email = email, tracking = tid, error = e.said(), command = command))
}

impl DevicesBackend for Webex {
    fn import(
        &self,
        cx: &Core,
        run: super::import::ImportRun<'_>,
        progress: &mut dyn FnMut(super::BulkProgress) -> bool,
    ) -> Result<super::BulkReport> {
        super::import::webex::run(self, cx, run, progress)
    }

    /// A real organisation: only what the mirrored data proves; Webex decides the rest (the
    /// licence pool and the number are not chosen here).
    fn choices(&self, cx: &Core, user: UserRow) -> Result<AddDeviceChoices> {
        let refusal = match q::device_of_user(&cx.conn, user.id, cx.now())? {
            Some(d) => Some(already_has_device(&user, &d.device_id, d.status).said()),
            None => api_target(&cx.conn, user.clone()).err().map(|e| e.said()),
        };
        Ok(AddDeviceChoices {
            must_choose_subscription: false,
            // What the mirror knows of the pools (to say what the add takes); Webex picks.
            subscriptions: q::subscriptions(&cx.conn, cx.org.id)?,
            must_choose_number: false,
            free_numbers: Vec::new(),
            refusal,
            user,
        })
    }

    fn add(
        &self,
        cx: &Core,
        ok: Allowed,
        req: &AddDevice,
        check: CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        let user = cx.user_in(&cx.conn, &req.user_email)?;
        if let Some(d) = q::device_of_user(&cx.conn, user.id, cx.now())? {
            return Err(already_has_device(&user, &d.device_id, d.status));
        }
        if req.number.as_deref().is_some_and(|n| !n.trim().is_empty()) && user.primary_number.is_none() {
            return Err(Error::rule(
                "WG03",
                crate::said!("wg03-webex-choose", email = &user.email, place = control_hub_path(Action::SetWorkNumber)),
            ));
        }
        let target = api_target(&cx.conn, user)?;
        let email = !req.no_email;
        if email && !cx.org.suppress_emails {
            check_mail_queue(cx)?;
        }
        let client = self.org_client(cx)?;
        let person = target.person_id.clone();
        // An earlier add for this person got no answer: ask Webex before sending again.
        if unknown_pending(cx, ADD, &person)? {
            match client.run(activating_device(client.api(), &person)) {
                Ok(Some(found)) => {
                    let id = cache_codeless_device(cx, &target.user, &found, ADD)?;
                    unknown_settled(cx, ADD, &person, &format!("Webex had made {id}"))?;
                    return Err(Error::invalid(crate::said!(
                        "device-made-earlier",
                        email = &target.user.email,
                        device = &id,
                        add = "`wxgo devices add`",
                        command = format!("`wxgo devices new-code {id}`")
                    )));
                }
                Ok(None) => unknown_settled(cx, ADD, &person, "Webex had no device")?,
                Err(e) => {
                    return Err(Error::unreachable(crate::said!(
                        "device-add-unasked",
                        add = "`wxgo devices add`",
                        email = &target.user.email,
                        error = e.text()
                    )))
                }
            }
        }
        check(cx)?;
        let issued = match client.run(issue_for(client.api().clone(), person.clone())) {
            Ok(i) => i,
            Err(e) if e.is_unknown_outcome() => return Err(lost_add_answer(cx, &client, &target, &e)),
            Err(e) => return Err(e.into()),
        };
        let Issued { code: written, device } = issued;
        let tracking = written.tracking_id.clone();
        let now = cx.now();
        let expires = expiry(cx, &written.value, now);
        let code = opaque_code(&written.value)?;
        let user = target.user;
        let mut issued = cx.cache_accepted(ok, tracking.as_deref(), |cx, tx, now| {
            let id = cache_new_device(cx, tx, &user, device.as_ref(), &code, now, expires)?;
            let issued = IssuedCode::from_webex(
                device_ref(id),
                user.email.clone(),
                user.display_name.clone(),
                user.primary_number.clone(),
                code.clone(),
                now,
                expires,
            );
            let details = format!(
                "user {}; model {WEBEX_GO_MODEL}; code issued by Webex, expires {}{}",
                user.email,
                ts(expires),
                if device.is_some() { "" } else { "; device id not read back yet (next sync)" }
            );
            Ok((issued, Audit::new(format!("device:{}", device_ref(id)), details)))
        })?;
        hand_over(cx, &mut issued, tracking.as_deref(), email, deliver)?;
        Ok(issued)
    }

    /// A new code on a real organisation: Webex ends the earlier code as it issues this one.
    fn new_code(
        &self,
        cx: &Core,
        ok: Allowed,
        device: &str,
        email: bool,
        check: CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        let d = cx.resolve_device(&cx.conn, device)?;
        may_issue_new_code(d.status)?;
        let user = cx.user_in(&cx.conn, &d.owner_email)?;
        let target = api_target(&cx.conn, user)?;
        if email && !cx.org.suppress_emails {
            check_mail_queue(cx)?;
        }
        check(cx)?;
        let client = self.org_client(cx)?;
        let Issued { code: written, device: found } =
            match client.run(issue_for(client.api().clone(), target.person_id.clone())) {
                Ok(i) => i,
                Err(e) if e.is_unknown_outcome() => {
                    return Err(Error::unreachable(crate::said!(
                        "new-code-unknown",
                        error = e.text(),
                        command = format!("`wxgo devices new-code {}`", d.device_id)
                    )))
                }
                Err(e) => return Err(e.into()),
            };
        let tracking = written.tracking_id.clone();
        let now = cx.now();
        let expires = expiry(cx, &written.value, now);
        let code = opaque_code(&written.value)?;
        let mut issued = cx.cache_accepted(ok, tracking.as_deref(), |_, tx, now| {
            q::end_valid_codes(tx, d.id, "superseded", now)?;
            q::insert_code_if_new(tx, d.id, &code.hash(), now, expires)?;
            if let Some(f) = &found {
                // Webex may give the device a new id with the new code.
                let status = f.connection_status.as_deref().map(|s| text::shorten(s, 40));
                webex_devices::set_activating(tx, d.id, &f.id, status.as_deref(), now)?;
            }
            let issued = IssuedCode::from_webex(
                d.device_id.clone(),
                d.owner_email.clone(),
                d.owner_name.clone(),
                d.number.clone().or_else(|| target.user.primary_number.clone()),
                code.clone(),
                now,
                expires,
            );
            let details = format!(
                "user {}; earlier codes superseded by Webex; new code issued by Webex, expires {}",
                d.owner_email,
                ts(expires)
            );
            Ok((issued, Audit::new(format!("device:{}", d.device_id), details)))
        })?;
        hand_over(cx, &mut issued, tracking.as_deref(), email, deliver)?;
        Ok(issued)
    }

    /// A real organisation's code is Webex's: opaque, taken as typed (spaces trimmed).
    fn typed_code(&self, typed: &str) -> Result<ActivationCode> {
        Ok(ActivationCode::opaque(typed.trim()))
    }

    fn issued(
        &self,
        _cx: &Core,
        d: DeviceRow,
        code: ActivationCode,
        issued_at: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> IssuedCode {
        IssuedCode::from_webex(d.device_id, d.owner_email, d.owner_name, d.number, code, issued_at, expires)
    }

    /// `DELETE /devices/{deviceId}` first, and the cache only once Webex accepted.
    fn delete(&self, cx: &Core, ok: Allowed, device: &str) -> Result<DeleteOutcome> {
        let mut d = cx.resolve_device(&cx.conn, device)?;
        q::fill_webex_device_fields(&cx.conn, std::slice::from_mut(&mut d))?;
        let webex_id = d.webex_id.clone().ok_or_else(|| {
            Error::not_found(crate::said!("device-not-in-copy", device = &d.device_id, sync = "`wxgo sync`"))
        })?;
        self.via_api(
            cx,
            ok,
            |c| api(c.run(c.api().delete_device(&webex_id))).map(Accepted::from),
            |cx, tx, _now, ()| {
                q::delete_device(tx, d.id)?;
                let outcome = DeleteOutcome {
                    device_id: d.device_id.clone(),
                    owner_email: d.owner_email.clone(),
                    subscription_id: d.subscription_id.clone(),
                    subscription_free: q::subscriptions(tx, cx.org.id)?
                        .into_iter()
                        .find(|s| s.id == d.subscription_id)
                        .map(|s| s.free)
                        .unwrap_or(0),
                    notice: super::delete_notice(),
                };
                let details = format!("user {}; was {}; deleted in Webex", d.owner_email, d.status.label());
                Ok((outcome, Audit::new(format!("device:{}", d.device_id), details)))
            },
        )
    }

    /// The device's Webex id, its `connectionStatus` and error codes, as mirrored.
    fn fill(&self, cx: &Core, rows: &mut [DeviceRow]) -> Result<()> {
        q::fill_webex_device_fields(&cx.conn, rows)
    }
}

/// What the mirrored data proves about a person a Webex Go code is for (issue 17); the rest
/// is Webex's to decide.
pub(crate) fn api_target(conn: &Connection, user: UserRow) -> Result<Target> {
    let person_id = webex_devices::user_webex_id(conn, user.id)?;
    let Some(person_id) = person_id else {
        return Err(Error::not_found(crate::said!("not-in-copy", email = &user.email, command = "`wxgo sync`")));
    };
    if !user.has_licence(licence::CALLING_PROFESSIONAL) && !user.has_licence(licence::CALLING_BASIC) {
        return Err(Error::rule("WG01", crate::said!("wg01-webex-no-calling", email = &user.email)));
    }
    if user.location.is_none() {
        return Err(Error::rule("WG01", crate::said!("wg01-webex-no-location", email = &user.email)));
    }
    if user.primary_number.is_none() && user.extension.is_none() {
        return Err(Error::rule(
            "WG03",
            crate::said!("wg03-webex-none", email = &user.email, place = control_hub_path(Action::SetWorkNumber)),
        ));
    }
    Ok(Target { user, person_id })
}

/// The mail queue can be written (checked before a code is asked for when it is to be emailed).
pub(crate) fn check_mail_queue(cx: &Core) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    let dir = &cx.outbox;
    let fail = |e: std::io::Error| {
        Error::io(crate::said!(
            "mail-queue-not-writable",
            path = dir.display().to_string(),
            error = crate::domain::text::clean(&e.to_string(), 300)
        ))
    };
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(dir).map_err(fail)?;
    let probe = dir.join(format!(".wxgo-probe-{}", std::process::id()));
    std::fs::OpenOptions::new().write(true).create_new(true).open(&probe).map_err(fail)?;
    std::fs::remove_file(&probe).map_err(fail)
}

/// The single Webex Go subscription of a mirrored organisation, when there is exactly one.
pub(crate) fn only_go_subscription(cx: &Core, conn: &Connection) -> Result<Option<String>> {
    let subs = q::subscriptions(conn, cx.org.id)?;
    Ok(match subs.as_slice() {
        [one] => Some(one.id.clone()),
        _ => None,
    })
}

/// Writes a device Webex just issued a code for: the row (Activation pending, with its Webex
/// id when known) and the code's hash. Returns the row id.
pub(crate) fn cache_new_device(
    cx: &Core,
    tx: &Connection,
    user: &UserRow,
    device: Option<&Device>,
    code: &ActivationCode,
    now: DateTime<Utc>,
    expires: DateTime<Utc>,
) -> Result<i64> {
    let sub = only_go_subscription(cx, tx)?;
    let status = device.and_then(|d| d.connection_status.as_deref()).map(|s| text::shorten(s, 40));
    let id = webex_devices::insert_device(
        tx,
        &MirroredDevice {
            org: cx.org.id,
            user: user.id,
            subscription: sub.as_deref(),
            webex_id: device.map(|d| d.id.as_str()),
            connection_status: status.as_deref(),
            now,
        },
    )?;
    q::insert_code_if_new(tx, id, &code.hash(), now, expires)?;
    Ok(id)
}

/// A device Webex made whose code reached nobody (its answer was lost): into the cache,
/// Activation pending with no code, so `devices new-code` can issue one. Returns its id here.
pub(crate) fn cache_codeless_device(cx: &Core, user: &UserRow, found: &Device, action: &str) -> Result<String> {
    let now = cx.now();
    let tx =
        rusqlite::Transaction::new_unchecked(&cx.conn, rusqlite::TransactionBehavior::Immediate).map_err(db_error)?;
    let id = match q::device_of_user(&tx, user.id, now)? {
        Some(d) => d.device_id,
        None => {
            let sub = only_go_subscription(cx, &tx)?;
            let status = found.connection_status.as_deref().map(|s| text::shorten(s, 40));
            let id = webex_devices::insert_device(
                &tx,
                &MirroredDevice {
                    org: cx.org.id,
                    user: user.id,
                    subscription: sub.as_deref(),
                    webex_id: Some(&found.id),
                    connection_status: status.as_deref(),
                    now,
                },
            )?;
            device_ref(id)
        }
    };
    let audit = Audit::new(
        format!("device:{id}"),
        format!("user {}; made by Webex for a request whose answer was lost: its code reached nobody", user.email),
    );
    cx.write_audit(&tx, action, &audit, "code lost", now)?;
    tx.commit().map_err(db_error)?;
    Ok(id)
}

/// `devices add` sent its request and no answer came: journalled as unknown, then Webex is
/// asked what it has (the person's Webex Go devices). The error says what that is.
pub(crate) fn lost_add_answer(cx: &Core, client: &OrgClient, target: &Target, e: &WebexError) -> Error {
    let email = &target.user.email;
    let person = &target.person_id;
    if let Err(j) = unknown_mark(cx, ADD, person, "no answer to POST /devices/activationCode") {
        return Error::unreachable(crate::said!(
            "add-unknown-unjournalled",
            error = e.text(),
            journal = j.said(),
            email = email,
            place = crate::service::action::PLACE_DEVICES_LIST
        ));
    }
    match client.run(activating_device(client.api(), person)) {
        Ok(Some(found)) => match cache_codeless_device(cx, &target.user, &found, ADD) {
            Ok(id) => {
                let _ = unknown_settled(cx, ADD, person, &format!("Webex had made {id}"));
                Error::unreachable(crate::said!(
                    "add-lost-made",
                    email = email,
                    why = lost_why(e),
                    device = &id,
                    command = format!("`wxgo devices new-code {id}`")
                ))
            }
            Err(c) => Error::unreachable(crate::said!(
                "add-lost-made-uncached",
                email = email,
                why = lost_why(e),
                error = c.said(),
                sync = "`wxgo sync`",
                command = format!("`wxgo devices new-code {email}`")
            )),
        },
        Ok(None) => Error::unreachable(crate::said!("add-lost-none", email = email, why = lost_why(e))),
        Err(check) => {
            Error::unreachable(crate::said!("add-lost-unasked", email = email, why = lost_why(e), error = check.text()))
        }
    }
}

/// Puts a code Webex issued where the admin chose, then emails it when asked; a failure is
/// audited and said plainly (never a success).
pub(crate) fn hand_over(
    cx: &Core,
    issued: &mut IssuedCode,
    tracking: Option<&str>,
    email: bool,
    deliver: CodeDelivery<'_>,
) -> Result<()> {
    if let Err(e) = deliver(cx, issued) {
        let _ = cx.audit_alone(
            "activation code not delivered",
            &Audit::new(format!("device:{}", issued.device_id), format!("to {}", issued.owner_email)),
            &format!("failed: {e}"),
        );
        return Err(not_delivered(&issued.device_id, &issued.owner_email, tracking, &e));
    }
    deliver_code(cx, issued, email);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_that_did_not_reach_the_admin_is_said_in_the_language_with_the_failure_inside_it() {
        use crate::i18n::{Lang, Tr};
        let inner = Error::io(crate::said!("letter-cannot-write", path = "/tmp/x/a.txt", error = "Permission denied"));
        let e = not_delivered("GO-7", "ana@example.com", Some("ROUTER_1"), &inner);
        assert_eq!(
            e.to_string(),
            "Webex issued a new activation code for ana@example.com (trackingId ROUTER_1), but it did not reach you: \
             cannot write the letter /tmp/x/a.txt: Permission denied. That code is not kept anywhere, and Webex has \
             already ended the earlier one, so nobody has a working code now. Fix that, then issue another with \
             `wxgo devices new-code GO-7`."
        );
        let de = Tr::new(Lang::De).error(&e);
        assert!(
            de.starts_with("Webex hat einen neuen Aktivierungscode für ana@example.com (trackingId ROUTER_1)"),
            "{de}"
        );
        assert!(de.contains("Der Brief /tmp/x/a.txt kann nicht geschrieben werden: Permission denied."), "{de}");
        assert!(de.ends_with("mit `wxgo devices new-code GO-7` einen neuen aus.") && !de.contains("reach"), "{de}");
        // A rule's refusal inside keeps its id before it, in every language.
        let rule = Error::rule("WG04", crate::said!("wg04-suppressed", org = "Acme"));
        let da = Tr::new(Lang::Da).error(&not_delivered("GO-7", "ana@example.com", None, &rule));
        assert!(da.contains("ana@example.com, men den nåede ikke frem til dig: WG04: "), "{da}");
    }
}
