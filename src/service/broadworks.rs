//! Webex for BroadWorks flow-through provisioning with untrusted emails (BW01-BW05).

use crate::domain::text::csv_cell;
use chrono::{DateTime, Utc};
use rusqlite::Connection;

use super::{Audit, Service};
use crate::domain::bw::{email_domain, errors, normalise_email, BwStatus, Package};
use crate::domain::{Error, Result};
use crate::outside::{Actor, MailMessage};
use crate::store::bw::{self, StatusChange};
use crate::store::index::ListKind;
use crate::store::model::{BwSubscriberRow, BwTemplateRow};

/// CSV columns of the subscriber export (BW05).
pub const EXPORT_HEADER: [&str; 13] = [
    "BroadWorks User ID",
    "First Name",
    "Last Name",
    "Email",
    "Primary Number",
    "Extension",
    "Package",
    "Status",
    "Error Code",
    "Error Description",
    "Self Activated",
    "Last Status Change",
    "Customer Template",
];

impl Service {
    pub fn bw_subscribers(
        &self,
        exclude_provisioned: bool,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<BwSubscriberRow>> {
        let kind = ListKind::Bw { exclude_provisioned };
        if self.direct(kind, filter, offset) {
            return bw::subscribers_page(&self.conn, self.org.id, exclude_provisioned, "", offset, limit);
        }
        let w = self.window(kind, filter, offset, limit)?;
        crate::store::index::bw_by_ids(&self.conn, &w.ids)
    }

    pub fn bw_subscribers_count(&self, exclude_provisioned: bool, filter: &str) -> Result<usize> {
        self.count(ListKind::Bw { exclude_provisioned }, filter)
    }

    /// BW01: each template with whether it is set up for flow-through with untrusted emails.
    pub fn bw_templates(&self) -> Result<Vec<BwTemplateRow>> {
        bw::templates(&self.conn, self.org.id)
    }

    pub fn bw_subscriber(&self, broadworks_id: &str) -> Result<BwSubscriberRow> {
        self.find_subscriber(&self.conn, broadworks_id)
    }

    /// BW04 "Copy error text": the error as one line, for the clipboard.
    pub fn bw_error_text(&self, broadworks_id: &str) -> Result<String> {
        let s = self.bw_subscriber(broadworks_id)?;
        match (&s.error_code, &s.error_description) {
            (Some(code), Some(text)) => Ok(format!("{}: {code}: {text}", s.broadworks_user_id)),
            _ => Err(Error::Invalid(format!("{} has no error ({})", s.broadworks_user_id, s.status.label()))),
        }
    }

    /// BW05: the list as CSV, honouring the exclude-provisioned toggle.
    pub fn bw_export_csv(&self, exclude_provisioned: bool) -> Result<Vec<u8>> {
        let rows = self.bw_subscribers(exclude_provisioned, "", 0, usize::MAX >> 1)?;
        let mut w = csv::Writer::from_writer(Vec::new());
        let io = |e: csv::Error| Error::Io(format!("cannot write the CSV: {e}"));
        w.write_record(EXPORT_HEADER).map_err(io)?;
        for s in &rows {
            let cells = [
                s.broadworks_user_id.as_str(),
                &s.first_name,
                &s.last_name,
                s.email.as_deref().unwrap_or(""),
                s.primary_number.as_deref().unwrap_or(""),
                s.extension.as_deref().unwrap_or(""),
                s.package.as_str(),
                s.status.as_str(),
                s.error_code.as_deref().unwrap_or(""),
                s.error_description.as_deref().unwrap_or(""),
                if s.self_activated { "TRUE" } else { "FALSE" },
                &s.last_status_change.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                s.template.as_deref().unwrap_or(""),
            ];
            w.write_record(cells.iter().map(|c| csv_cell(c))).map_err(io)?;
        }
        w.into_inner().map_err(|e| Error::Io(format!("cannot write the CSV: {e}")))
    }

    pub(super) fn find_subscriber(&self, conn: &Connection, broadworks_id: &str) -> Result<BwSubscriberRow> {
        bw::subscriber(conn, self.org.id, broadworks_id)?.ok_or_else(|| {
            Error::NotFound(format!(
                "no BroadWorks subscriber \"{}\" in {}. List them with `wxgo broadworks list`.",
                broadworks_id.trim(),
                self.org.name
            ))
        })
    }

    fn admin_may_act(s: &BwSubscriberRow, action: &str) -> Result<()> {
        if s.status.admin_may_act() {
            Ok(())
        } else {
            Err(Error::rule(
                "BW04",
                format!(
                    "{action} applies to subscribers in error or pending; {} is {}",
                    s.broadworks_user_id,
                    s.status.label()
                ),
            ))
        }
    }

    /// Why an email cannot be used for this subscriber (used elsewhere, or a domain the
    /// organisation does not allow), as an error code and description.
    fn email_problem(
        &self,
        conn: &Connection,
        s: &BwSubscriberRow,
        email: &str,
    ) -> Result<Option<(&'static str, String)>> {
        if let Some(who) = bw::email_user(conn, self.org.id, email, s.id)? {
            return Ok(Some((errors::EMAIL_IN_USE, format!("The email address {email} is already used by {who}."))));
        }
        let domains = bw::allowed_email_domains(conn, self.org.id)?;
        let domain = email_domain(email);
        if !domains.is_empty() && !domains.iter().any(|d| d == domain) {
            return Ok(Some((
                errors::DOMAIN_NOT_ALLOWED,
                format!(
                    "The email domain {domain} is not allowed for this organisation (allowed: {}).",
                    domains.join(", ")
                ),
            )));
        }
        Ok(None)
    }

    /// BW04 Retry activation: the admin enters a valid email and onboards the subscriber.
    /// On a real organisation: through the Webex API (see `api_broadworks`).
    pub fn bw_retry(&mut self, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow> {
        if self.is_webex() {
            return self.bw_retry_via_api(broadworks_id, email);
        }
        let email = normalise_email(email)?;
        self.act("BroadWorks retry activation", |svc, tx, now| {
            let s = svc.find_subscriber(tx, broadworks_id)?;
            Self::admin_may_act(&s, "Retry activation")?;
            if let Some((code, text)) = svc.email_problem(tx, &s, &email)? {
                return Err(Error::rule("BW04", format!("{code}: {text} Enter another email.")));
            }
            bw::set_status(
                tx,
                s.id,
                &StatusChange {
                    status: BwStatus::Provisioned,
                    email: Some(&email),
                    error: None,
                    self_activated: Some(false),
                    now,
                },
            )?;
            let row = svc.find_subscriber(tx, broadworks_id)?;
            let details = format!("was {}; email {email}; onboarded: provisioned", s.status.as_str());
            Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }

    /// BW04 Delete user, so the user can try again after a configuration change.
    /// On a real organisation: `DELETE /broadworks/subscribers/{id}` (see `api_broadworks`).
    pub fn bw_delete(&mut self, broadworks_id: &str) -> Result<BwSubscriberRow> {
        if self.is_webex() {
            return self.bw_delete_via_api(broadworks_id);
        }
        self.act("BroadWorks delete user", |svc, tx, _now| {
            let s = svc.find_subscriber(tx, broadworks_id)?;
            Self::admin_may_act(&s, "Delete user")?;
            bw::delete_subscriber(tx, s.id)?;
            let details = format!("was {}", s.status.as_str());
            Ok((s.clone(), Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }

    /// BW04 Change package type.
    /// On a real organisation: `PUT /broadworks/subscribers/{id}` (see `api_broadworks`).
    pub fn bw_change_package(&mut self, broadworks_id: &str, package: &str) -> Result<BwSubscriberRow> {
        if self.is_webex() {
            return self.bw_change_package_via_api(broadworks_id, package);
        }
        let package = Package::parse(package)?;
        self.act("BroadWorks change package", |svc, tx, _now| {
            let s = svc.find_subscriber(tx, broadworks_id)?;
            Self::admin_may_act(&s, "Change package type")?;
            bw::set_package(tx, s.id, package)?;
            let row = svc.find_subscriber(tx, broadworks_id)?;
            let details = format!("{} -> {}", s.package.as_str(), package.as_str());
            Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }

    // ------------------------------------------------------------------ the user's side (portal)

    /// The user types an email in the activation portal (BW01, BW02): the subscriber waits for
    /// the email to be validated, and the verification message goes to the outbox.
    pub fn portal_claim(&mut self, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow> {
        let email = normalise_email(email)?;
        let row = self.portal_act("portal: claim account", &email, |svc, tx, now| {
            let s = svc.find_subscriber(tx, broadworks_id)?;
            match s.status {
                BwStatus::PendingEmailInput | BwStatus::PendingEmailValidation | BwStatus::Error => {}
                other => {
                    return Err(Error::rule(
                        "BW02",
                        format!(
                            "{} is {}: there is nothing to claim in the portal",
                            s.broadworks_user_id,
                            other.label()
                        ),
                    ))
                }
            }
            bw::set_status(
                tx,
                s.id,
                &StatusChange {
                    status: BwStatus::PendingEmailValidation,
                    email: Some(&email),
                    error: None,
                    self_activated: None,
                    now,
                },
            )?;
            let row = svc.find_subscriber(tx, broadworks_id)?;
            let details = format!("was {}; email {email}; verification sent", s.status.as_str());
            Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })?;
        let msg = verification_mail(&self.org.name, &row, &email);
        if let Err(e) = self.mailer.send(&msg, self.now()) {
            return Err(Error::Io(format!(
                "the account was claimed, but the verification email could not be queued: {e}"
            )));
        }
        Ok(row)
    }

    /// The user follows the verification link: provisioning starts and either completes
    /// (provisioned, self-activated) or ends in an error the user can retry from (BW02, BW03).
    pub fn portal_verify(&mut self, broadworks_id: &str) -> Result<BwSubscriberRow> {
        let subscriber = self.bw_subscriber(broadworks_id)?;
        let email = subscriber.email.clone().unwrap_or_default();
        self.portal_act("portal: verify email", &email, |svc, tx, now| {
            let s = svc.find_subscriber(tx, broadworks_id)?;
            if s.status != BwStatus::PendingEmailValidation {
                return Err(Error::rule(
                    "BW03",
                    format!(
                        "{} is {}: only a claimed account waiting for email validation can be verified",
                        s.broadworks_user_id,
                        s.status.label()
                    ),
                ));
            }
            let email = s.email.clone().unwrap_or_default();
            // Provisioning has started: that alone does not mean it succeeded (BW03).
            set(tx, s.id, BwStatus::Provisioning, None, now)?;
            let template = bw::subscriber_template(tx, s.id)?;
            let problem = match &template {
                Some(t) if t.flow_through_ready => svc.email_problem(tx, &s, &email)?,
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
            let row = svc.find_subscriber(tx, broadworks_id)?;
            Ok((row, Audit::new(format!("bw:{}", s.broadworks_user_id), details)))
        })
    }

    /// The portal acts for the user who typed the email: audited as such.
    fn portal_act<T>(
        &mut self,
        action: &str,
        email: &str,
        f: impl FnOnce(&Self, &Connection, DateTime<Utc>) -> Result<(T, super::Audit)>,
    ) -> Result<T> {
        let admin = self.actor.clone();
        self.actor = Actor { user: format!("portal ({email})"), ssh_client: admin.ssh_client.clone() };
        let result = self.act(action, f);
        self.actor = admin;
        result
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
