//! BroadWorks subscribers on the local backend (BW04): the database is the truth.

use super::{admin_may_act, email_problem, find_subscriber, BroadWorksBackend};
use crate::domain::bw::{errors, BwStatus, Package};
use crate::domain::{Error, Result};
use crate::service::action::{control_hub_path, Action};
use crate::service::backend::Local;
use crate::service::core::{Allowed, Audit, Core};
use crate::store::bw::{self, StatusChange};
use crate::store::model::{BwSubscriberRow, BwTemplateRow};

impl BroadWorksBackend for Local {
    /// Retry activation: the admin enters a valid email and onboards the subscriber.
    fn retry(&self, cx: &Core, ok: Allowed, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow> {
        cx.act(ok, |cx, tx, now| {
            let s = find_subscriber(cx, tx, broadworks_id)?;
            admin_may_act(&s, super::RETRY)?;
            // BW01: onboarding goes through the customer template; one that does not accept
            // untrusted emails fails it again, whoever typed the email.
            match bw::subscriber_template(tx, s.id)? {
                Some(t) if t.flow_through_ready => {}
                Some(t) => {
                    return Err(Error::rule(
                        "BW01",
                        crate::said!(
                            "bw01-template",
                            id = &s.broadworks_user_id,
                            template = &t.name,
                            gap = template_gap(&t),
                            error = errors::TEMPLATE_NOT_UNTRUSTED,
                            place = control_hub_path(Action::BwRetry)
                        ),
                    ))
                }
                None => {
                    return Err(Error::rule(
                        "BW01",
                        crate::said!(
                            "bw01-no-template",
                            id = &s.broadworks_user_id,
                            error = errors::TEMPLATE_NOT_UNTRUSTED,
                            place = control_hub_path(Action::BwRetry)
                        ),
                    ))
                }
            }
            if let Some((code, text)) = email_problem(cx, tx, &s, email)? {
                return Err(Error::rule("BW04", crate::said!("bw04-email", code = code, text = text)));
            }
            bw::set_status(
                tx,
                s.id,
                &StatusChange {
                    status: BwStatus::Provisioned,
                    email: Some(email),
                    error: None,
                    self_activated: Some(false),
                    now,
                },
            )?;
            let row = find_subscriber(cx, tx, broadworks_id)?;
            let details = format!("was {}; email {email}; onboarded: provisioned", s.status.as_str());
            Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }

    /// Delete user, so the user can try again after a configuration change.
    fn delete(&self, cx: &Core, ok: Allowed, broadworks_id: &str) -> Result<BwSubscriberRow> {
        cx.act(ok, |cx, tx, _now| {
            let s = find_subscriber(cx, tx, broadworks_id)?;
            admin_may_act(&s, super::DELETE)?;
            bw::delete_subscriber(tx, s.id)?;
            let details = format!("was {}", s.status.as_str());
            Ok((s.clone(), Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }

    /// Change package type.
    fn package(&self, cx: &Core, ok: Allowed, broadworks_id: &str, package: Package) -> Result<BwSubscriberRow> {
        cx.act(ok, |cx, tx, _now| {
            let s = find_subscriber(cx, tx, broadworks_id)?;
            admin_may_act(&s, super::PACKAGE)?;
            bw::set_package(tx, s.id, package)?;
            let row = find_subscriber(cx, tx, broadworks_id)?;
            let details = format!("{} -> {}", s.package.as_str(), package.as_str());
            Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }
}

/// What a template lacks for flow-through with untrusted emails, in Partner Hub's words (the
/// share link's value as it is kept).
fn template_gap(t: &BwTemplateRow) -> crate::domain::error::Text {
    let mut gaps = Vec::new();
    if !t.untrusted_emails {
        gaps.push(crate::said!("bw01-gap-untrusted"));
    }
    if t.share_link != "activation_link" {
        gaps.push(crate::said!("bw01-gap-share-link", link = &t.share_link));
    }
    gaps.into_iter()
        .reduce(|first, next| crate::said!("list-next-semicolon", first = first, next = next))
        .unwrap_or_default()
}
