//! The user's side of BroadWorks flow-through: the activation portal (BW01-BW03), a stand-in
//! for the demo (the local backend). On a real organisation the user does it in the portal.

use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::{email_problem, find_subscriber};
use crate::domain::bw::{errors, normalise_email, BwStatus};
use crate::domain::{Error, Result};
use crate::outside::{Actor, MailMessage};
use crate::service::action::Action;
use crate::service::backend::{Backend, Local};
use crate::service::core::{Allowed, Audit, Core};
use crate::store::bw::{self, StatusChange};
use crate::store::model::BwSubscriberRow;

/// The activation portal's stand-in: a capability only the local backend has.
pub(crate) trait PortalStandIn {
    fn claim(&self, cx: &Core, ok: Allowed, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow>;
    fn verify(&self, cx: &Core, ok: Allowed, broadworks_id: &str) -> Result<BwSubscriberRow>;
}

/// The portal acts for the user who typed the email: audited as such.
fn portal(cx: &Core, email: &str) -> Actor {
    Actor { user: format!("portal ({email})"), ssh_client: cx.actor.ssh_client.clone() }
}

impl PortalStandIn for Local {
    /// The user types an email in the activation portal (BW01, BW02): the subscriber waits for
    /// the email to be validated, and the verification message goes to the outbox.
    fn claim(&self, cx: &Core, ok: Allowed, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow> {
        let row = cx.act_as(
            &portal(cx, email),
            ok,
            |cx, tx, now| {
                let s = find_subscriber(cx, tx, broadworks_id)?;
                match s.status {
                    BwStatus::PendingEmailInput | BwStatus::PendingEmailValidation | BwStatus::Error => {}
                    other => {
                        return Err(Error::rule(
                            "BW02",
                            crate::said!(
                                "bw02-nothing",
                                id = &s.broadworks_user_id,
                                status = super::status_said(other)
                            ),
                        ))
                    }
                }
                bw::set_status(
                    tx,
                    s.id,
                    &StatusChange {
                        status: BwStatus::PendingEmailValidation,
                        email: Some(email),
                        error: None,
                        self_activated: None,
                        now,
                    },
                )?;
                let row = find_subscriber(cx, tx, broadworks_id)?;
                let details = format!("was {}; email {email}; verification sent", s.status.as_str());
                Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
            },
            &mut |_, _| Ok(()),
        )?;
        let msg = verification_mail(&cx.org.name, &row, email);
        if let Err(e) = cx.mailer.send(&msg, cx.now()) {
            return Err(Error::io(crate::said!("portal-verification-not-queued", error = e.said())));
        }
        Ok(row)
    }

    /// The user follows the verification link: provisioning starts and either completes
    /// (provisioned, self-activated) or ends in an error the user can retry from (BW02, BW03).
    fn verify(&self, cx: &Core, ok: Allowed, broadworks_id: &str) -> Result<BwSubscriberRow> {
        let subscriber = find_subscriber(cx, &cx.conn, broadworks_id)?;
        let email = subscriber.email.clone().unwrap_or_default();
        cx.act_as(&portal(cx, &email), ok, |cx, tx, now| {
        let s = find_subscriber(cx, tx, broadworks_id)?;
        if s.status != BwStatus::PendingEmailValidation {
            return Err(Error::rule(
                "BW03",
                crate::said!("bw03-not-claimed", id = &s.broadworks_user_id, status = super::status_said(s.status)),
            ));
        }
        let email = s.email.clone().unwrap_or_default();
        // Provisioning has started: that alone does not mean it succeeded (BW03).
        set(tx, s.id, BwStatus::Provisioning, None, now)?;
        let template = bw::subscriber_template(tx, s.id)?;
        let problem = match &template {
            Some(t) if t.flow_through_ready => email_problem(cx, tx, &s, &email)?,
            Some(t) => Some((
                errors::TEMPLATE_NOT_UNTRUSTED,
                format!(
                    "The customer template \"{}\" does not accept untrusted emails: check Untrusted emails and set the share link to the activation link.",
                    t.name
                ),
            )),
            None => Some((errors::TEMPLATE_NOT_UNTRUSTED, "The subscriber has no customer template.".to_string())),
        };
        let details = match &problem {
            Some((code, text)) => {
                set(tx, s.id, BwStatus::Error, Some((code, text)), now)?;
                format!("provisioning failed: {code}: {text}")
            }
            None => {
                bw::set_status(
                    tx,
                    s.id,
                    &StatusChange { status: BwStatus::Provisioned, email: None, error: None, self_activated: Some(true), now },
                )?;
                "provisioning completed: provisioned (self-activated)".to_string()
            }
        };
        let row = find_subscriber(cx, tx, broadworks_id)?;
        Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
    }, &mut |_, _| Ok(()))
    }
}

/// The activation portal, the user's side: `svc.portal()`.
pub struct Portal<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl Portal<'_> {
    pub fn claim(&self, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow> {
        let email = normalise_email(email)?;
        let ok = self.core.gate(Action::PortalClaim, self.backend)?;
        self.stand_in()?.claim(self.core, ok, broadworks_id, &email)
    }

    pub fn verify(&self, broadworks_id: &str) -> Result<BwSubscriberRow> {
        let ok = self.core.gate(Action::PortalVerify, self.backend)?;
        self.stand_in()?.verify(self.core, ok, broadworks_id)
    }

    fn stand_in(&self) -> Result<&dyn PortalStandIn> {
        self.backend.portal().ok_or_else(|| Error::invalid(crate::said!("portal-demo-only")))
    }
}

fn set(conn: &Connection, id: i64, status: BwStatus, error: Option<(&str, &str)>, now: DateTime<Utc>) -> Result<()> {
    bw::set_status(conn, id, &StatusChange { status, email: None, error, self_activated: None, now })
}

fn verification_mail(org: &str, s: &BwSubscriberRow, email: &str) -> MailMessage {
    MailMessage {
        to: email.to_string(),
        to_name: format!("{} {}", s.first_name, s.last_name).trim().to_string(),
        subject: format!("Verify your email to activate Webex ({org})"),
        body: format!(
            "Hello {},\n\nYou asked to activate Webex for your {org} phone service ({}).\n\
             Open the link in the activation portal to verify this email address; Webex is then set up for you.\n\n\
             If you did not ask for this, ignore this message.\n",
            s.first_name, s.broadworks_user_id
        ),
        code_hash: None,
        tag: format!("bw-{}-verify", s.id),
    }
}
