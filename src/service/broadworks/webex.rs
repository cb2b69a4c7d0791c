//! BroadWorks subscribers on a real organisation (issue 17, BW04 through the Webex API; a partner
//! administrator's token with `spark-admin:broadworks_subscribers_read` and `_write`).
//!
//! Each action first reads the subscriber from Webex (`GET /broadworks/subscribers/{id}`): the
//! status decides (BW04: in error or pending), not wxgo's copy, which may be old.
//!
//! - Delete user: `DELETE /broadworks/subscribers/{id}`.
//! - Change package: `PUT /broadworks/subscribers/{id}` with `package` only. Webex answers at once
//!   and applies the change in the background (its answer may still show the old package).
//! - Retry activation with an email: the update (`PUT`) of the spec carries no `email`, so an
//!   email reaches Webex only by provisioning: the precheck
//!   (`POST /broadworks/subscribers/validate`, the subscriber's details and the email), then
//!   removing the subscriber (`DELETE`) and provisioning it again (`POST /broadworks/subscribers`)
//!   with the same BroadWorks details and the email. Provisioning starting is not provisioning
//!   done (BW03): the status moves on in Webex, and `wxgo sync` or the console's poll shows it.
//!   If Webex removed the subscriber but then refused to provision it, wxgo says so plainly: the
//!   subscriber is gone from Webex and from the copy, and the message says how to provision it.

use super::{find_subscriber, status_said, BroadWorksBackend, DELETE, PACKAGE, RETRY};
use crate::domain::bw::{BwStatus, Package};
use crate::domain::error::{Text, Val};
use crate::domain::{Error, Result};
use crate::outside::webex::models::{NewSubscriber, Subscriber, SubscriberUpdate};
use crate::outside::webex::WebexError;
use crate::service::action::{control_hub_path, Action, Words};
use crate::service::backend::webex::OrgClient;
use crate::service::backend::webex::Webex;
use crate::service::backend::webex::{untrusted as clean, Accepted};
use crate::service::core::{Allowed, Audit, Core};
use crate::store::bw::{self, WebexSubscriberChange};
use crate::store::model::BwSubscriberRow;

/// The scopes and role every BroadWorks action needs, for 403 messages.
fn partner_scopes() -> Text {
    crate::said!(
        "bw-partner-scopes",
        read = "spark-admin:broadworks_subscribers_read",
        write = "spark-admin:broadworks_subscribers_write"
    )
}

fn clean_opt(s: Option<&str>, max: usize) -> Option<String> {
    s.map(|s| clean(s, max)).filter(|s| !s.is_empty())
}

/// A Webex refusal of a BroadWorks request: a 403 names the partner role and scopes.
fn bw_error(what: Words, e: WebexError) -> Error {
    if e.status() == Some(403) {
        return Error::auth(crate::said!(
            "bw-partner-needed",
            button = what,
            scopes = partner_scopes(),
            error = e.text()
        ));
    }
    Error::from(e)
}

/// A trackingId as the messages show it (`none given` when Webex gave none).
fn tracking_said(tid: &str) -> Val {
    if tid == NO_TRACKING {
        Val::Msg("bw-tracking-none")
    } else {
        Val::from(tid)
    }
}

/// The audit's word for a trackingId Webex did not give.
const NO_TRACKING: &str = "none given";

/// Webex's status of a subscriber, when wxgo knows the word.
fn status_of(s: &Subscriber) -> Option<BwStatus> {
    s.status.as_deref().and_then(|x| BwStatus::parse(&x.trim().to_ascii_lowercase()).ok())
}

/// The first error Webex lists for a subscriber (code, description), sanitised.
fn error_of(s: &Subscriber) -> Option<(String, String)> {
    let e = s.errors.first()?;
    let code = match &e.error_code {
        Some(serde_json::Value::String(c)) => clean(c, 40),
        Some(serde_json::Value::Null) | None => String::new(),
        Some(other) => clean(&other.to_string(), 40),
    };
    let desc = clean(e.description.as_deref().unwrap_or(""), 400);
    (!code.is_empty() || !desc.is_empty()).then_some((code, desc))
}

/// BW04 on a real organisation.
impl BroadWorksBackend for Webex {
    /// BW04 Retry activation on a real organisation (see the module comment).
    fn retry(&self, cx: &Core, ok: Allowed, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow> {
        let (s, webex_id) = bw_target(cx, broadworks_id)?;
        let c = self.org_client(cx)?;
        let fresh = fresh_subscriber(&c, &webex_id, &s, RETRY)?;
        let pick =
            |w: Option<&str>, cached: &str| w.map(str::trim).filter(|x| !x.is_empty()).unwrap_or(cached).to_string();
        let package = fresh.package.as_deref().and_then(|p| Package::parse(p).ok()).unwrap_or(s.package);
        let new = NewSubscriber {
            provisioning_id: pick(fresh.provisioning_id.as_deref(), &s.provisioning_id),
            user_id: pick(fresh.user_id.as_deref(), &s.broadworks_user_id),
            sp_enterprise_id: pick(fresh.sp_enterprise_id.as_deref(), &s.sp_enterprise_id),
            first_name: pick(fresh.first_name.as_deref(), &s.first_name),
            last_name: pick(fresh.last_name.as_deref(), &s.last_name),
            package: package.as_str().to_string(),
            primary_phone_number: fresh.primary_phone_number.clone().or_else(|| s.primary_number.clone()),
            mobile_phone_number: fresh.mobile_phone_number.clone(),
            extension: fresh.extension.clone().or_else(|| s.extension.clone()),
            email: Some(email.to_string()),
            language: None,
            timezone: None,
        };
        for (field, value) in [
            ("provisioningId", &new.provisioning_id),
            ("userId", &new.user_id),
            ("spEnterpriseId", &new.sp_enterprise_id),
            ("firstName", &new.first_name),
            ("lastName", &new.last_name),
        ] {
            if value.trim().is_empty() {
                return Err(Error::invalid(crate::said!(
                    "bw-webex-field-missing",
                    id = &s.broadworks_user_id,
                    field = field,
                    place = control_hub_path(Action::BwRetry)
                )));
            }
        }
        if new.primary_phone_number.is_none() && new.extension.is_none() {
            return Err(Error::invalid(crate::said!("bw-webex-no-number", id = &s.broadworks_user_id)));
        }
        // 1. The precheck: Webex's own view of whether provisioning with this email will work.
        let pre = c.run(c.api().validate_subscriber(&new)).map_err(|e| bw_error(RETRY, e))?;
        let pre_said = pre
            .info
            .as_ref()
            .and_then(|i| clean_opt(i.description.as_deref(), 200))
            .or_else(|| clean_opt(pre.message.as_deref(), 200))
            .unwrap_or_else(|| "passed".into());
        // 2. Remove, 3. provision again with the email.
        let removed = c.run(c.api().delete_subscriber(&webex_id)).map_err(|e| bw_error(RETRY, e))?;
        let removed_tid = removed.tracking_id.unwrap_or_else(|| NO_TRACKING.into());
        match c.run(c.api().create_subscriber(&new)) {
            Ok(w) => {
                let created = w.value;
                let status = status_of(&created).unwrap_or(BwStatus::Provisioning);
                let err = error_of(&created);
                let new_id = created.id.clone();
                cx.cache_accepted(ok, w.tracking_id.as_deref(), |cx, tx, now| {
                    bw::apply_webex_change(
                        tx,
                        s.id,
                        &WebexSubscriberChange {
                            webex_id: &new_id,
                            status,
                            package,
                            email: Some(email),
                            error: err.as_ref().map(|(c, d)| (c.as_str(), d.as_str())),
                            now,
                        },
                    )?;
                    let row = find_subscriber(cx, tx, broadworks_id)?;
                    let details = format!(
                        "was {}; email {email}; precheck: {pre_said}; removed (trackingId {removed_tid}) and \
                         provisioned again: {}",
                        s.status.as_str(),
                        status.as_str()
                    );
                    Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
                })
            }
            Err(e) if e.is_unknown_outcome() => {
                // No answer to the provisioning: unknown, never refused. Webex is asked whether
                // the subscriber is there again; nothing is sent twice.
                let found = c.run(c.api().list_subscribers()).map(|all| {
                    all.into_iter().find(|x| {
                        x.user_id.as_deref() == Some(new.user_id.as_str())
                            && x.sp_enterprise_id.as_deref() == Some(new.sp_enterprise_id.as_str())
                    })
                });
                match found {
                    Ok(Some(created)) => {
                        let status = status_of(&created).unwrap_or(BwStatus::Provisioning);
                        let err = error_of(&created);
                        let new_id = created.id.clone();
                        cx.cache_accepted(ok, None, |cx, tx, now| {
                            bw::apply_webex_change(
                                tx,
                                s.id,
                                &WebexSubscriberChange {
                                    webex_id: &new_id,
                                    status,
                                    package,
                                    email: Some(email),
                                    error: err.as_ref().map(|(c, d)| (c.as_str(), d.as_str())),
                                    now,
                                },
                            )?;
                            let row = find_subscriber(cx, tx, broadworks_id)?;
                            let details = format!(
                                "was {}; email {email}; removed (trackingId {removed_tid}) and provisioned again: no \
                                 answer came, and Webex, asked afterwards, has it: {}",
                                s.status.as_str(),
                                status.as_str()
                            );
                            Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
                        })
                    }
                    other => {
                        let now_there = match other {
                            Ok(_) => crate::said!("bw-retry-unknown-absent", sync = "`wxgo sync`"),
                            Err(check) => {
                                crate::said!("bw-retry-unknown-unasked", error = check.text(), sync = "`wxgo sync`")
                            }
                        };
                        let details = format!(
                            "was {}; email {email}; removed in Webex to provision it again; the provisioning got no \
                             answer",
                            s.status.as_str()
                        );
                        cx.cache_accepted(ok, Some(&removed_tid), |_, tx, _| {
                            bw::delete_subscriber(tx, s.id)?;
                            Ok(((), Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
                        })?;
                        Err(Error::unreachable(crate::said!(
                            "bw-retry-unknown",
                            button = RETRY,
                            id = &s.broadworks_user_id,
                            tracking = tracking_said(&removed_tid),
                            email = email,
                            error = match &e {
                                WebexError::NoAnswer { last, .. } => Text::from(clean(last, 200)),
                                other => other.text(),
                            },
                            now = now_there,
                            user = &new.user_id,
                            enterprise = &new.sp_enterprise_id,
                            provisioning = &new.provisioning_id
                        )))
                    }
                }
            }
            Err(e) => {
                let refusal = bw_error(RETRY, e.clone());
                let said = refusal.to_string();
                let details = format!(
                    "was {}; email {email}; removed in Webex to provision it again, but provisioning was refused: {}",
                    s.status.as_str(),
                    clean(&said, 400)
                );
                cx.cache_accepted(ok, Some(&removed_tid), |_, tx, _| {
                    bw::delete_subscriber(tx, s.id)?;
                    Ok(((), Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
                })?;
                let message = crate::said!(
                    "bw-retry-refused",
                    button = RETRY,
                    id = &s.broadworks_user_id,
                    tracking = tracking_said(&removed_tid),
                    email = email,
                    error = refusal.said(),
                    place = control_hub_path(Action::BwRetry),
                    user = &new.user_id,
                    enterprise = &new.sp_enterprise_id,
                    provisioning = &new.provisioning_id
                );
                Err(match Error::from(e) {
                    Error::Auth(_) => Error::auth(message),
                    Error::Invalid(_) => Error::invalid(message),
                    Error::NotFound(_) => Error::not_found(message),
                    Error::Unreachable(_) => Error::unreachable(message),
                    _ => Error::io(message),
                })
            }
        }
    }

    /// BW04 Delete user on a real organisation.
    fn delete(&self, cx: &Core, ok: Allowed, broadworks_id: &str) -> Result<BwSubscriberRow> {
        let (s, webex_id) = bw_target(cx, broadworks_id)?;
        self.via_api(
            cx,
            ok,
            |c| {
                let fresh = fresh_subscriber(c, &webex_id, &s, DELETE)?;
                let w = c.run(c.api().delete_subscriber(&webex_id)).map_err(|e| bw_error(DELETE, e))?;
                Ok(Accepted { value: fresh, tracking_id: w.tracking_id })
            },
            |_, tx, _now, fresh| {
                bw::delete_subscriber(tx, s.id)?;
                let was = fresh.status.as_deref().map(|x| clean(x, 40)).unwrap_or_else(|| s.status.as_str().into());
                let details = format!("was {was}; removed in Webex");
                Ok((s.clone(), Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
            },
        )
    }

    /// BW04 Change package type on a real organisation.
    fn package(&self, cx: &Core, ok: Allowed, broadworks_id: &str, package: Package) -> Result<BwSubscriberRow> {
        let (s, webex_id) = bw_target(cx, broadworks_id)?;
        self.via_api(
            cx,
            ok,
            |c| {
                fresh_subscriber(c, &webex_id, &s, PACKAGE)?;
                let u = SubscriberUpdate { package: Some(package.as_str().into()), ..Default::default() };
                let w = c.run(c.api().update_subscriber(&webex_id, &u)).map_err(|e| bw_error(PACKAGE, e))?;
                Ok(Accepted::from(w))
            },
            |cx, tx, now, answer| {
                // Webex applies the change in the background; its answer may still show the old package.
                let status = status_of(&answer).unwrap_or(s.status);
                let err = error_of(&answer);
                bw::apply_webex_change(
                    tx,
                    s.id,
                    &WebexSubscriberChange {
                        webex_id: &webex_id,
                        status,
                        package,
                        email: None,
                        error: err.as_ref().map(|(c, d)| (c.as_str(), d.as_str())),
                        now,
                    },
                )?;
                let row = find_subscriber(cx, tx, broadworks_id)?;
                let details = format!("{} -> {}; Webex: {}", s.package.as_str(), package.as_str(), status.as_str());
                Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
            },
        )
    }
}

/// The cached subscriber and its Webex id.
fn bw_target(cx: &Core, broadworks_id: &str) -> Result<(BwSubscriberRow, String)> {
    let s = find_subscriber(cx, &cx.conn, broadworks_id)?;
    let webex_id = bw::subscriber_webex_id(&cx.conn, s.id)?.ok_or_else(|| {
        Error::not_found(crate::said!("bw-not-in-copy", id = &s.broadworks_user_id, sync = "`wxgo sync`"))
    })?;
    Ok((s, webex_id))
}

/// The subscriber as Webex has it now; refused unless it is in error or pending (BW04).
fn fresh_subscriber(c: &OrgClient, webex_id: &str, cached: &BwSubscriberRow, what: Words) -> Result<Subscriber> {
    let fresh = match c.run(c.api().get_subscriber(webex_id)) {
        Ok(s) => s,
        Err(e) if e.status() == Some(404) => {
            return Err(Error::not_found(crate::said!(
                "bw-webex-gone",
                id = &cached.broadworks_user_id,
                button = what,
                scopes = partner_scopes(),
                sync = "`wxgo sync`",
                tracking = e.tracking_id().map(|t| format!(" trackingId {}.", clean(t, 120))).unwrap_or_default()
            )))
        }
        Err(e) => return Err(bw_error(what, e)),
    };
    // What wxgo's copy said, when it differs from Webex ("same" when not).
    let copy = if cached.status.as_str() == fresh.status.as_deref().unwrap_or("") {
        Val::from("same")
    } else {
        status_said(cached.status)
    };
    match status_of(&fresh) {
        Some(st) if st.admin_may_act() => Ok(fresh),
        Some(st) => Err(Error::rule(
            "BW04",
            crate::said!(
                "bw04-webex-not-failed",
                action = what,
                id = &cached.broadworks_user_id,
                status = status_said(st),
                copy = copy,
                command = "`wxgo sync`"
            ),
        )),
        None => Err(Error::rule(
            "BW04",
            crate::said!(
                "bw04-webex-unknown-status",
                id = &cached.broadworks_user_id,
                status = clean(fresh.status.as_deref().unwrap_or(""), 40),
                action = what
            ),
        )),
    }
}
