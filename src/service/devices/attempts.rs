//! `phone activate` against guessing (issue 13.9): every failed attempt is audited (malformed
//! ones too) and counted, per source (OS user and SSH client) and per device. After
//! `PER_SOURCE` wrong codes from one source within `WINDOW_MINUTES`, that source's next try
//! waits `BACKOFF_SECONDS` after its latest wrong one; after `PER_DEVICE` wrong (used,
//! superseded, revoked, expired) codes of one device, its next wrong codes are refused
//! unchecked for as long. The message says until when. A guesser slows to one try a minute;
//! the real phone is never locked out for long: the wait is short, another source is not
//! held up, the device's valid code is never held up by other sources' wrong codes, and a
//! redeemed code clears the count.

use chrono::{DateTime, Duration, Utc};
use rusqlite::{Connection, TransactionBehavior};

use super::PhoneOutcome;
use crate::domain::code::ActivationCode;
use crate::domain::error::{Text, Val};
use crate::domain::{DeviceStatus, Error, Result};
use crate::outside::Actor;
use crate::service::core::{Allowed, Audit, Core};
use crate::store::attempts::{self, Failures};
use crate::store::{self, queries as q};

/// Wrong codes are counted over this many minutes.
pub const WINDOW_MINUTES: i64 = 15;
/// Wrong codes one source may try within the window before each further try waits.
pub const PER_SOURCE: i64 = 10;
/// Wrong (used, superseded, revoked, expired) codes of one device within the window before
/// each further try for that device waits.
pub const PER_DEVICE: i64 = 5;
/// How long after the latest wrong code the next try waits, once over a limit.
pub const BACKOFF_SECONDS: i64 = 60;

const ACTION: &str = "phone activates code";

enum Attempt {
    Redeemed { out: PhoneOutcome, device: i64, audit: Audit },
    Failed { reason: &'static str, device: Option<(i64, String)>, error: Error },
    Throttled { object: String, details: String, error: Error },
}

/// Who is trying, as the throttle counts it.
fn source_of(actor: &Actor) -> String {
    match &actor.ssh_client {
        Some(client) => format!("{} from {client}", actor.user),
        None => actor.user.clone(),
    }
}

/// Until when the next try waits, if `f` is over `limit`.
fn wait_until(f: Failures, limit: i64, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
    if f.count < limit {
        return None;
    }
    f.latest.map(|t| t + Duration::seconds(BACKOFF_SECONDS)).filter(|until| *until > now)
}

/// When the wait ends, and in how many seconds (the time as UTC, as the audit writes it).
fn when(until: DateTime<Utc>, now: DateTime<Utc>) -> Text {
    crate::said!(
        "attempt-wait-until",
        at = until.format("%Y-%m-%d %H:%M:%S UTC").to_string(),
        seconds = (until - now).num_seconds().max(1)
    )
}

/// Too many wrong codes from `from` (a source or a device): `n` of them.
fn throttled(id: &'static str, n: i64, from: &str, until: DateTime<Utc>, now: DateTime<Utc>) -> Error {
    Error::rule(
        "throttled",
        Text::msg(
            id,
            vec![
                ("n", Val::from(n)),
                ("from", Val::from(from)),
                ("minutes", Val::from(WINDOW_MINUTES)),
                ("until", Val::from(when(until, now))),
            ],
        ),
    )
}

/// The same error with `note` after its message.
fn noted(error: Error, note: Option<Text>) -> Error {
    let Some(note) = note else {
        return error;
    };
    let with = |message: Text| {
        let stop = if message.ends_with('.') { "" } else { "." };
        crate::said!("attempt-noted", error = message, stop = stop, note = note)
    };
    match error {
        Error::Rule { rule, message } => Error::Rule { rule, message: with(message) },
        Error::Invalid(message) => Error::invalid(with(message)),
        other => other,
    }
}

/// The phone redeems a code, throttled and audited whatever the outcome (see the module). The
/// actor is the phone, via the admin who runs the stand-in.
pub(crate) fn phone_attempt(cx: &Core, _ok: Allowed, code: &str) -> Result<PhoneOutcome> {
    let admin = &cx.actor;
    let source = source_of(admin);
    let phone = Actor { user: format!("phone (via {})", admin.user), ssh_client: admin.ssh_client.clone() };
    attempt_in_transaction(cx, &phone, code, &source)
}

/// One IMMEDIATE transaction: the counts read, the attempt and its audit entry written, and
/// committed whether the code worked or not (a refusal changes nothing but those two).
fn attempt_in_transaction(cx: &Core, phone: &Actor, code: &str, source: &str) -> Result<PhoneOutcome> {
    let now = cx.now();
    let since = now - Duration::minutes(WINDOW_MINUTES);
    let org = cx.org.id;
    let tx = rusqlite::Transaction::new_unchecked(&cx.conn, TransactionBehavior::Immediate).map_err(store::db_error)?;
    let result = match attempt(cx, &tx, code, source, now, since)? {
        Attempt::Redeemed { out, device, audit } => {
            attempts::clear(&tx, org, source, device)?;
            cx.write_audit_by(phone, &tx, ACTION, &audit, "ok", now)?;
            Ok(out)
        }
        Attempt::Failed { reason, device, error } => {
            attempts::record(&tx, org, now, source, device.as_ref().map(|d| d.0), reason, since)?;
            let mine = attempts::by_source(&tx, org, source, since)?;
            let object = device.as_ref().map(|d| format!("device:{}", d.1)).unwrap_or_else(|| "activation code".into());
            let details = format!(
                "{reason} code; wrong code {} from {source} within {WINDOW_MINUTES} min ({PER_SOURCE} before a wait)",
                mine.count
            );
            cx.write_audit_by(phone, &tx, ACTION, &Audit::new(object, details), "refused", now)?;
            let mut note = None;
            if let Some(until) = wait_until(mine, PER_SOURCE, now) {
                note = Some(crate::said!(
                    "attempt-wait-source",
                    n = mine.count,
                    from = source,
                    minutes = WINDOW_MINUTES,
                    until = when(until, now)
                ));
            } else if let Some((id, name)) = &device {
                if let Some(until) = wait_until(attempts::by_device(&tx, *id, since)?, PER_DEVICE, now) {
                    note = Some(crate::said!("attempt-wait-device", device = name, until = when(until, now)));
                }
            }
            Err(noted(error, note))
        }
        Attempt::Throttled { object, details, error } => {
            cx.write_audit_by(phone, &tx, ACTION, &Audit::new(object, details), "throttled", now)?;
            Err(error)
        }
    };
    tx.commit().map_err(store::db_error)?;
    result
}

fn attempt(
    cx: &Core,
    tx: &Connection,
    code: &str,
    source: &str,
    now: DateTime<Utc>,
    since: DateTime<Utc>,
) -> Result<Attempt> {
    let org = cx.org.id;
    let mine = attempts::by_source(tx, org, source, since)?;
    if let Some(until) = wait_until(mine, PER_SOURCE, now) {
        return Ok(Attempt::Throttled {
            object: "activation code".into(),
            details: format!(
                "not checked: {} wrong codes from {source} within {WINDOW_MINUTES} min; waits until {}",
                mine.count,
                q::ts(until)
            ),
            error: throttled("throttled-source", mine.count, source, until, now),
        });
    }
    let code = match ActivationCode::parse(code) {
        Ok(code) => code,
        Err(error) => return Ok(Attempt::Failed { reason: "malformed", device: None, error }),
    };
    let Some(found) = q::code_by_hash(tx, &code.hash())?.filter(|c| c.org == org) else {
        return Ok(Attempt::Failed {
            reason: "unknown",
            device: None,
            error: Error::rule("WG06", crate::said!("wg06-unknown")),
        });
    };
    let d = q::device_by_id(tx, org, found.device, now)?.ok_or_else(|| q::not_found("device"))?;
    let refusal = match found.state.as_str() {
        "used" => Some(("used", crate::said!("wg06-used"))),
        "superseded" => Some(("superseded", crate::said!("wg06-superseded"))),
        "revoked" => Some(("revoked", crate::said!("wg06-revoked"))),
        _ if found.expires_at <= now => Some(("expired", crate::said!("wg06-expired", at = q::ts(found.expires_at)))),
        _ => None,
    };
    let theirs = attempts::by_device(tx, d.id, since)?;
    // Over the device's limit, a wrong code is not checked (nor is its state told); the
    // device's valid code still works, so other sources' wrong codes never lock it out.
    if let Some(until) = wait_until(theirs, PER_DEVICE, now).filter(|_| refusal.is_some()) {
        return Ok(Attempt::Throttled {
            object: format!("device:{}", d.device_id),
            details: format!(
                "not answered: {} wrong codes for {} within {WINDOW_MINUTES} min; until {}",
                theirs.count,
                d.device_id,
                q::ts(until)
            ),
            error: throttled("throttled-device", theirs.count, &d.device_id, until, now),
        });
    }
    if let Some((reason, message)) = refusal {
        return Ok(Attempt::Failed {
            reason,
            device: Some((d.id, d.device_id.clone())),
            error: Error::rule("WG06", message),
        });
    }
    q::mark_code_used(tx, found.id, now)?;
    q::set_device_status(tx, d.id, DeviceStatus::Online, now)?;
    let out = PhoneOutcome {
        device_id: d.device_id.clone(),
        owner_email: d.owner_email.clone(),
        status: DeviceStatus::Online,
        message: crate::said!(
            "phone-activated",
            email = &d.owner_email,
            status = crate::service::status_said(DeviceStatus::Online)
        ),
    };
    let audit = Audit::new(format!("device:{}", d.device_id), format!("user {}; code redeemed", d.owner_email));
    Ok(Attempt::Redeemed { out, device: d.id, audit })
}
