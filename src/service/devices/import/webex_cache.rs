//! WG13 on a real organisation: what each answer of Webex writes to the cache (the device, its
//! code's hash, the audit entry and the journal's step, in one transaction each).

use chrono::Utc;
use rusqlite::TransactionBehavior;

use super::codes::CodesFile;
use super::webex::{key, Row};
use super::BulkDevice;
use crate::domain::code::IssuedCode;
use crate::domain::{Error, Result};
use crate::outside::webex::models::ActivationCode as WebexCode;
use crate::outside::webex::Written;
use crate::service::core::{Audit, Core};
use crate::service::devices::{expiry, opaque_code, WEBEX_GO_MODEL};
use crate::service::journal::StepState;
use crate::store::model::device_ref;
use crate::store::queries as q;
use crate::store::webex_devices;

/// The report's row for `r`.
pub(super) fn row_device(r: &Row, device_id: Option<String>) -> BulkDevice {
    BulkDevice {
        line: r.line,
        device_id,
        user: r.user.email.clone(),
        name: r.user.display_name.clone(),
        subscription: r.subscription.clone(),
        number: r.user.primary_number.clone(),
        number_assigned: false,
        emailed: false,
        email_note: String::new(),
        state: None,
        tracking_id: None,
        error: None,
    }
}

pub(super) fn cached_device_id(cx: &Core, r: &Row) -> Result<Option<String>> {
    Ok(q::device_of_user(&cx.conn, r.user.id, cx.now())?.map(|d| d.device_id))
}

/// A code Webex issued for row `r`: into the codes file and the mail queue (synced), then the
/// device, its code's hash, the audit entry and the journal's `done`, in one transaction.
#[allow(clippy::too_many_arguments)]
pub(super) fn row_issued(
    cx: &Core,
    r: &Row,
    w: Written<WebexCode>,
    now: chrono::DateTime<Utc>,
    codes: Option<&mut CodesFile>,
    emailing: bool,
    queued: &mut Vec<std::path::PathBuf>,
    run: &mut crate::service::journal::Run,
) -> Result<BulkDevice> {
    let expires = expiry(cx, &w.value, now);
    let code = opaque_code(&w.value)?;
    let tracking = w.tracking_id.clone();
    let tx = rusqlite::Transaction::new_unchecked(&cx.conn, TransactionBehavior::Immediate)
        .map_err(crate::store::db_error)?;
    let id = crate::service::devices::cache_new_device(cx, &tx, &r.user, None, &code, now, expires)?;
    let issued = IssuedCode::from_webex(
        device_ref(id),
        r.user.email.clone(),
        r.user.display_name.clone(),
        r.user.primary_number.clone(),
        code,
        now,
        expires,
    );
    if let Some(c) = codes {
        c.append(&issued)?;
    }
    if emailing {
        let path = crate::service::delivery::queue_outbox(cx)
            .queue(&crate::service::devices::activation_mail(&cx.org, &issued, cx.letter_lang), now)
            .map_err(|e| Error::io(crate::said!("import-mail-not-queued", error = e.said())))?;
        queued.push(path);
    }
    let details = format!(
        "user {}; model {WEBEX_GO_MODEL}; code issued by Webex, expires {}; bulk import, line {}",
        r.user.email,
        crate::store::queries::ts(expires),
        r.line
    );
    let audit = Audit::new(
        format!("device:{}", issued.device_id),
        crate::service::backend::webex::with_tracking(&details, tracking.as_deref()),
    );
    cx.write_audit(&tx, "add Webex Go device", &audit, "ok", now)?;
    crate::service::journal::mark(
        cx,
        run,
        &key(&r.user.email),
        StepState::Done,
        tracking.as_deref(),
        &issued.device_id,
    )?;
    tx.commit().map_err(crate::store::db_error)?;
    let mut d = row_device(r, Some(issued.device_id.clone()));
    d.state = Some("added");
    d.tracking_id = tracking;
    Ok(d)
}

/// A row killed after its code was written to the codes file but before it was saved here:
/// the device (with Webex's id), the code's hash, and the journal's `done`.
pub(super) fn adopt_written_code(
    cx: &Core,
    r: &Row,
    device: &crate::outside::webex::models::Device,
    code: &str,
    expires: &str,
    run: &mut crate::service::journal::Run,
) -> Result<String> {
    let now = cx.now();
    let expires = chrono::NaiveDateTime::parse_from_str(expires, "%Y-%m-%d %H:%M UTC")
        .map(|t| t.and_utc())
        .unwrap_or_else(|_| now + chrono::Duration::days(cx.org.code_lifetime_days.max(1)));
    let code = crate::domain::code::ActivationCode::opaque(code);
    let tx = rusqlite::Transaction::new_unchecked(&cx.conn, TransactionBehavior::Immediate)
        .map_err(crate::store::db_error)?;
    let id = match q::device_of_user(&tx, r.user.id, now)? {
        Some(d) => d.device_id,
        None => {
            device_ref(crate::service::devices::cache_new_device(cx, &tx, &r.user, Some(device), &code, now, expires)?)
        }
    };
    let audit = Audit::new(
        format!("device:{id}"),
        format!(
            "user {}; bulk import, line {}; code issued by Webex and written to the codes file before the run was stopped",
            r.user.email, r.line
        ),
    );
    cx.write_audit(&tx, "add Webex Go device", &audit, "ok", now)?;
    crate::service::journal::mark(cx, run, &key(&r.user.email), StepState::Done, None, &id)?;
    tx.commit().map_err(crate::store::db_error)?;
    Ok(id)
}

/// A row whose code was issued but lost: its device goes into the cache (without a code) and
/// the journal marks it done, so it is never sent again.
pub(super) fn cache_lost_code_device(
    cx: &Core,
    r: &Row,
    webex_id: &str,
    run: &mut crate::service::journal::Run,
) -> Result<String> {
    let now = cx.now();
    let tx = rusqlite::Transaction::new_unchecked(&cx.conn, TransactionBehavior::Immediate)
        .map_err(crate::store::db_error)?;
    let id = match q::device_of_user(&tx, r.user.id, now)? {
        Some(d) => d.device_id,
        None => {
            let sub = crate::service::devices::only_go_subscription(cx, &tx)?;
            device_ref(webex_devices::insert_without_code(&tx, cx.org.id, r.user.id, sub.as_deref(), webex_id, now)?)
        }
    };
    let audit = Audit::new(
        format!("device:{id}"),
        format!(
            "user {}; bulk import, line {}; code issued by Webex but lost when the run was stopped",
            r.user.email, r.line
        ),
    );
    cx.write_audit(&tx, "add Webex Go device", &audit, "code lost", now)?;
    crate::service::journal::mark(cx, run, &key(&r.user.email), StepState::Done, None, "code lost")?;
    tx.commit().map_err(crate::store::db_error)?;
    Ok(id)
}

/// Gives the cache's devices without a Webex id theirs, from a listing of Webex's devices.
pub(super) fn attach_webex_ids(cx: &Core, list: &[crate::outside::webex::models::Device]) -> Result<()> {
    let tx = rusqlite::Transaction::new_unchecked(&cx.conn, TransactionBehavior::Immediate)
        .map_err(crate::store::db_error)?;
    let listed = list.iter().filter_map(|d| {
        let status = d.connection_status.as_deref().map(|s| crate::domain::text::shorten(s, 40).into_owned());
        Some((d.person_id.as_deref()?, d.id.as_str(), status))
    });
    webex_devices::attach_webex_ids(&tx, cx.org.id, listed)?;
    tx.commit().map_err(crate::store::db_error)
}
