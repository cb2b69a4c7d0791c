//! The `webex` backend's changing actions (issue 17): Webex first, then the cache. Only what the
//! API accepted is written to the cache and to wxgo's own audit trail, with the API's
//! `trackingId`; a refusal is shown whole (Webex's words and the trackingId to quote to Cisco
//! support) and changes nothing here.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

use super::webex::OrgClient;
use super::{Audit, Error, Result, Service};
use crate::outside::webex::{WebexResult, Written};
use crate::store;

/// What Webex accepted: the value and the trackingId of the request that did it.
pub(crate) struct Accepted<R> {
    pub value: R,
    pub tracking_id: Option<String>,
}

impl<R> From<Written<R>> for Accepted<R> {
    fn from(w: Written<R>) -> Self {
        Accepted { value: w.value, tracking_id: w.tracking_id }
    }
}

impl Service {
    /// Whether the open organisation is a real one (`webex` backend).
    pub fn is_webex(&self) -> bool {
        self.webex.is_some()
    }

    /// Refuses an action that goes through the API when nothing but reads may leave the machine.
    pub(crate) fn api_writable(&self, action: &str) -> Result<()> {
        let why = match &self.webex {
            Some(w) => w.read_only_reason.clone(),
            None => None,
        };
        match why {
            Some(why) => Err(Error::ReadOnlyFor { action: action.to_string(), why }),
            None if self.read_only => {
                Err(Error::ReadOnlyFor { action: action.to_string(), why: "it was opened with --read-only".into() })
            }
            None => Ok(()),
        }
    }

    /// The API client aimed at the open organisation (`webex` backend only).
    pub(crate) fn org_client(&mut self) -> Result<OrgClient> {
        let org = self
            .webex_org_id()?
            .ok_or_else(|| Error::Invalid("this organisation is local: its actions do not go to Webex".into()))?;
        match self.webex.as_mut() {
            Some(side) => side.org_client(&org),
            None => Err(Error::Invalid("this organisation is local: its actions do not go to Webex".into())),
        }
    }

    /// One changing action through the API: refused when read-only; `send` talks to Webex (one
    /// request or several: re-read, then write) and returns what Webex accepted; only then does
    /// `apply` write the cache, in one transaction with the audit entry, which carries the
    /// trackingId. When Webex refuses, nothing is written and the error says what Webex said.
    /// When Webex accepted but the cache cannot be written, the error says so: the change is
    /// made in Webex and `wxgo sync` brings it here.
    pub(crate) fn via_api<R, T>(
        &mut self,
        action: &str,
        send: impl FnOnce(&Self, &OrgClient) -> Result<Accepted<R>>,
        apply: impl FnOnce(&Self, &Connection, DateTime<Utc>, R) -> Result<(T, Audit)>,
    ) -> Result<T> {
        self.api_writable(action)?;
        let client = self.org_client()?;
        let accepted = send(self, &client)?;
        let tracking = accepted.tracking_id.clone();
        self.cache_accepted(action, tracking.as_deref(), |svc, tx, now| apply(svc, tx, now, accepted.value))
    }

    /// Writes to the cache what Webex already accepted, with its audit entry (and trackingId).
    pub(crate) fn cache_accepted<T>(
        &self,
        action: &str,
        tracking_id: Option<&str>,
        apply: impl FnOnce(&Self, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        let now = self.now();
        let written = (|| {
            let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
                .map_err(store::db_error)?;
            let (value, mut audit) = apply(self, &tx, now)?;
            audit.details = with_tracking(&audit.details, tracking_id);
            self.write_audit(&tx, action, &audit, "ok", now)?;
            tx.commit().map_err(store::db_error)?;
            Ok(value)
        })();
        written.map_err(|e: Error| {
            let tid = tracking_id.map(|t| format!(" (trackingId {t})")).unwrap_or_default();
            Error::Io(format!(
                "Webex accepted \"{action}\"{tid}, but wxgo's copy could not be updated: {e}. The change is made \
                 in Webex; run `wxgo sync` to see it here."
            ))
        })
    }
}

/// The audit details with the trackingId appended (`trackingId NONE` when Webex gave none).
pub(crate) fn with_tracking(details: &str, tracking_id: Option<&str>) -> String {
    let t = tracking_id.unwrap_or("none given");
    if details.is_empty() {
        format!("trackingId {t}")
    } else {
        format!("{details}; trackingId {t}")
    }
}

/// A Webex answer into the service's error (Webex's words and the trackingId are kept).
pub(crate) fn api<T>(r: WebexResult<T>) -> Result<T> {
    r.map_err(Error::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_audit_details_carry_the_tracking_id() {
        assert_eq!(with_tracking("user a@b", Some("ROUTER_1")), "user a@b; trackingId ROUTER_1");
        assert_eq!(with_tracking("", None), "trackingId none given");
    }
}
