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
            admin_may_act(&s, "Retry activation")?;
            // BW01: onboarding goes through the customer template; one that does not accept
            // untrusted emails fails it again, whoever typed the email.
            match bw::subscriber_template(tx, s.id)? {
                Some(t) if t.flow_through_ready => {}
                Some(t) => {
                    return Err(Error::rule(
                        "BW01",
                        format!(
                            "{}'s customer template \"{}\" does not accept untrusted emails ({}), so onboarding would \
                             fail again ({}). Fix the template first: check Untrusted emails and set the share link to \
                             the activation link ({}), then retry. Nothing was changed.",
                            s.broadworks_user_id,
                            t.name,
                            template_gap(&t),
                            errors::TEMPLATE_NOT_UNTRUSTED,
                            control_hub_path(Action::BwRetry)
                        ),
                    ))
                }
                None => {
                    return Err(Error::rule(
                        "BW01",
                        format!(
                            "{} has no customer template, so onboarding would fail again ({}). Give the subscriber's \
                             customer a template that accepts untrusted emails ({}), then retry. Nothing was changed.",
                            s.broadworks_user_id,
                            errors::TEMPLATE_NOT_UNTRUSTED,
                            control_hub_path(Action::BwRetry)
                        ),
                    ))
                }
            }
            if let Some((code, text)) = email_problem(cx, tx, &s, email)? {
                return Err(Error::rule("BW04", format!("{code}: {text} Enter another email.")));
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
            admin_may_act(&s, "Delete user")?;
            bw::delete_subscriber(tx, s.id)?;
            let details = format!("was {}", s.status.as_str());
            Ok((s.clone(), Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }

    /// Change package type.
    fn package(&self, cx: &Core, ok: Allowed, broadworks_id: &str, package: Package) -> Result<BwSubscriberRow> {
        cx.act(ok, |cx, tx, _now| {
            let s = find_subscriber(cx, tx, broadworks_id)?;
            admin_may_act(&s, "Change package type")?;
            bw::set_package(tx, s.id, package)?;
            let row = find_subscriber(cx, tx, broadworks_id)?;
            let details = format!("{} -> {}", s.package.as_str(), package.as_str());
            Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }
}

/// What a template lacks for flow-through with untrusted emails, in Partner Hub's words.
fn template_gap(t: &BwTemplateRow) -> String {
    let mut gaps = Vec::new();
    if !t.untrusted_emails {
        gaps.push("Untrusted emails is not checked".to_string());
    }
    if t.share_link != "activation_link" {
        gaps.push(format!("the share link is {}", t.share_link));
    }
    gaps.join("; ")
}
