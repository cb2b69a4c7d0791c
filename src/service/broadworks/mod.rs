//! Webex for BroadWorks flow-through provisioning with untrusted emails (BW01-BW05).

use crate::domain::text::csv_cell;
use rusqlite::Connection;

mod local;
pub(crate) mod portal;
mod webex;

use crate::domain::bw::{email_domain, errors, normalise_email, BwStatus, Package};
use crate::domain::error::Val;
use crate::domain::{Error, Result};
use crate::service::action::{Action, Words};
use crate::service::backend::Backend;
use crate::service::core::Core;
use crate::store::bw;
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

/// BW04's buttons in Partner Hub, as a refusal names them (the help article's words).
pub(crate) const RETRY: Words = Words("bw-button-retry");
pub(crate) const DELETE: Words = Words("bw-button-delete");
pub(crate) const PACKAGE: Words = Words("bw-button-package");

/// A subscriber's status in Partner Hub's words, said in the language (`bw-*` of console.ftl,
/// whose English is [`BwStatus::label`]).
pub(crate) fn status_said(s: BwStatus) -> Val {
    Val::Msg(s.word_id())
}

/// BW04 as each backend carries it out (`local`: the database; `webex`: `/broadworks/subscribers`
/// with a partner's token).
pub(crate) trait BroadWorksBackend {
    fn retry(
        &self,
        cx: &Core,
        ok: crate::service::core::Allowed,
        broadworks_id: &str,
        email: &str,
    ) -> Result<BwSubscriberRow>;
    fn delete(&self, cx: &Core, ok: crate::service::core::Allowed, broadworks_id: &str) -> Result<BwSubscriberRow>;
    fn package(
        &self,
        cx: &Core,
        ok: crate::service::core::Allowed,
        broadworks_id: &str,
        package: Package,
    ) -> Result<BwSubscriberRow>;
}

/// The BroadWorks subscribers: `svc.broadworks()`.
pub struct BroadWorks<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl BroadWorks<'_> {
    pub fn list(
        &self,
        exclude_provisioned: bool,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<BwSubscriberRow>> {
        let cx = self.core;
        let kind = ListKind::Bw { exclude_provisioned };
        if cx.direct(kind, filter, offset) {
            return bw::subscribers_page(&cx.conn, cx.org.id, exclude_provisioned, "", offset, limit);
        }
        let w = cx.window(kind, filter, offset, limit)?;
        crate::store::index::bw_by_ids(&cx.conn, &w.ids)
    }
    pub fn count(&self, exclude_provisioned: bool, filter: &str) -> Result<usize> {
        self.core.count(ListKind::Bw { exclude_provisioned }, filter)
    }
    /// BW01: each template with whether it is set up for flow-through with untrusted emails.
    pub fn templates(&self) -> Result<Vec<BwTemplateRow>> {
        bw::templates(&self.core.conn, self.core.org.id)
    }
    pub fn get(&self, broadworks_id: &str) -> Result<BwSubscriberRow> {
        find_subscriber(self.core, &self.core.conn, broadworks_id)
    }
    /// BW04 "Copy error text": the error as one line, for the clipboard.
    pub fn error_text(&self, broadworks_id: &str) -> Result<String> {
        let s = self.get(broadworks_id)?;
        match (&s.error_code, &s.error_description) {
            (Some(code), Some(text)) => Ok(format!("{}: {code}: {text}", s.broadworks_user_id)),
            _ => Err(Error::invalid(crate::said!(
                "bw-has-no-error",
                id = &s.broadworks_user_id,
                status = status_said(s.status)
            ))),
        }
    }
    /// BW05: the list as CSV, honouring the exclude-provisioned toggle.
    pub fn export_csv(&self, exclude_provisioned: bool) -> Result<Vec<u8>> {
        let rows = self.list(exclude_provisioned, "", 0, usize::MAX >> 1)?;
        let mut w = csv::Writer::from_writer(Vec::new());
        let io = |e: csv::Error| Error::io(crate::said!("csv-cannot-write", error = e.to_string()));
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
        w.into_inner().map_err(|e| Error::io(crate::said!("csv-cannot-write", error = e.to_string())))
    }

    /// BW05: `broadworks-<UTC time>.csv` in `dir`, honouring exclude provisioned; the file and
    /// how many subscribers it holds.
    pub fn export_file(&self, exclude_provisioned: bool, dir: &std::path::Path) -> Result<(std::path::PathBuf, usize)> {
        let rows = self.count(exclude_provisioned, "")?;
        let csv = self.export_csv(exclude_provisioned)?;
        let path = crate::service::delivery::exports::write_export(self.core, dir, "broadworks", &csv)?;
        Ok((path, rows))
    }

    /// BW04 Retry activation: the admin enters a valid email and onboards the subscriber (on a
    /// real organisation: Webex's precheck, then the subscriber provisioned again with the email).
    pub fn retry(&self, broadworks_id: &str, email: &str) -> Result<BwSubscriberRow> {
        let email = normalise_email(email)?;
        let ok = self.core.gate(Action::BwRetry, self.backend)?;
        self.backend.broadworks().retry(self.core, ok, broadworks_id, &email)
    }

    /// BW04 Delete user, so the user can try again after a configuration change.
    pub fn delete(&self, broadworks_id: &str) -> Result<BwSubscriberRow> {
        let ok = self.core.gate(Action::BwDelete, self.backend)?;
        self.backend.broadworks().delete(self.core, ok, broadworks_id)
    }

    /// BW04 Change package type.
    pub fn package(&self, broadworks_id: &str, package: &str) -> Result<BwSubscriberRow> {
        let package = Package::parse(package)?;
        let ok = self.core.gate(Action::BwPackage, self.backend)?;
        self.backend.broadworks().package(self.core, ok, broadworks_id, package)
    }
}

pub(crate) fn find_subscriber(cx: &Core, conn: &Connection, broadworks_id: &str) -> Result<BwSubscriberRow> {
    bw::subscriber(conn, cx.org.id, broadworks_id)?.ok_or_else(|| {
        Error::not_found(crate::said!(
            "not-found-subscriber",
            id = broadworks_id.trim(),
            org = &cx.org.name,
            command = "`wxgo broadworks list`"
        ))
    })
}
/// Why an email cannot be used for this subscriber (used elsewhere, or a domain the
/// organisation does not allow), as an error code and description.
pub(crate) fn email_problem(
    cx: &Core,
    conn: &Connection,
    s: &BwSubscriberRow,
    email: &str,
) -> Result<Option<(&'static str, String)>> {
    if let Some(who) = bw::email_user(conn, cx.org.id, email, s.id)? {
        return Ok(Some((errors::EMAIL_IN_USE, format!("The email address {email} is already used by {who}."))));
    }
    let domains = bw::allowed_email_domains(conn, cx.org.id)?;
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

pub(crate) fn admin_may_act(s: &BwSubscriberRow, action: Words) -> Result<()> {
    if s.status.admin_may_act() {
        Ok(())
    } else {
        Err(Error::rule(
            "BW04",
            crate::said!(
                "bw04-not-failed",
                action = action,
                id = &s.broadworks_user_id,
                status = status_said(s.status)
            ),
        ))
    }
}
