//! BroadWorks subscribers on the local backend (BW04): the database is the truth.

use super::{admin_may_act, email_problem, find_subscriber, BroadWorksBackend};
use crate::domain::bw::{BwStatus, Package};
use crate::domain::{Error, Result};
use crate::service::backend::Local;
use crate::service::core::{Allowed, Audit, Core};
use crate::store::bw::{self, StatusChange};
use crate::store::model::BwSubscriberRow;

impl BroadWorksBackend for Local {
    /// Retry activation: the admin enters a valid email and onboards the subscriber.
    fn retry(&self, cx: &Core, ok: Allowed, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow> {
        cx.act(ok, |cx, tx, now| {
            let s = find_subscriber(cx, tx, broadworks_id)?;
            admin_may_act(&s, "Retry activation")?;
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
