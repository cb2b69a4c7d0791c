//! What every action shares, whichever backend the organisation is on: the store (the database,
//! or the cache of a real organisation), the open organisation, the clock and the code
//! generator, who is acting, the mail and the files, the list indexes, and the audit trail.
//! Actions reach it through the service; a backend gets it as `&Core` for each call.

use std::cell::RefCell;
use std::path::PathBuf;
use std::sync::Arc;

use rusqlite::Connection;

use super::index;
use crate::domain::{CodeGenerator, Error};
use crate::outside::{Actor, Clock, Mailer};
use crate::store::model::OrgInfo;

pub struct Core {
    pub(crate) conn: Connection,
    /// In-memory list indexes for filtering and paging (see `index`).
    pub(crate) lists: RefCell<index::Lists>,
    pub(crate) org: OrgInfo,
    pub(crate) clock: Arc<dyn Clock>,
    pub(crate) codes: Arc<dyn CodeGenerator>,
    pub(crate) mailer: Box<dyn Mailer>,
    pub(crate) actor: Actor,
    pub(crate) read_only: bool,
    pub(crate) db_label: String,
    pub(crate) outbox: PathBuf,
    /// Where private files (the codes file) are made; tests put in a full disk.
    pub(crate) files: Arc<dyn crate::outside::files::PrivateFiles>,
    /// The `[smtp]` and `print_command` settings, or why they could not be read.
    pub(crate) delivery: std::result::Result<crate::outside::config::DeliveryConfig, Error>,
    /// The database file (`None` in memory): a background sync opens its own connection to it.
    pub(crate) db_path: Option<PathBuf>,
    /// The language of the activation letters and emails: the admin's, or the one chosen for
    /// the employee who gets them (`--letter-lang`).
    pub(crate) letter_lang: crate::i18n::Lang,
}

use chrono::{DateTime, Utc};
use rusqlite::TransactionBehavior;

use super::action::{control_hub_path, Action, Support};
use super::backend::{Backend, Capability};
use crate::domain::Result;
use crate::store::index::ListKind;
use crate::store::model::{DeviceRow, UserRow};
use crate::store::{self, queries as q};

/// What an action writes to the audit trail besides the action's name.
pub(crate) struct Audit {
    pub object: String,
    pub details: String,
}

impl Audit {
    pub fn new(object: impl Into<String>, details: impl Into<String>) -> Self {
        Audit { object: object.into(), details: details.into() }
    }
}

/// The gate's word that an action may change data: made only by [`Core::gate`], and asked for
/// by everything that writes ([`Core::act`], [`Core::cache_accepted`]), so no change can skip the
/// read-only switch or a missing capability.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Allowed(Action);

impl Allowed {
    pub fn action(self) -> Action {
        self.0
    }
}

impl Core {
    /// Now, to the second: what is stored and shown.
    pub fn now(&self) -> DateTime<Utc> {
        use chrono::SubsecRound;
        self.clock.now().trunc_subsecs(0)
    }

    /// The organisation open now.
    pub fn org(&self) -> &crate::store::model::OrgInfo {
        &self.org
    }

    /// Whether `action` can be done here, and where it is done when not.
    pub(crate) fn support(action: Action, backend: &dyn Backend) -> Support {
        match action.needs() {
            Some(c) if !backend.has(c) => match c {
                Capability::LostStolen | Capability::OperatorAccounts => {
                    Support::ControlHubOnly(control_hub_path(action))
                }
                Capability::Phone => Support::StandIn(super::action::STAND_IN_PHONE),
                Capability::Portal => Support::StandIn(super::action::STAND_IN_PORTAL),
                Capability::Operator => Support::StandIn(super::action::STAND_IN_OPERATOR),
            },
            _ => Support::Yes,
        }
    }

    /// The one gate of every change: refused when the backend cannot do it here (said where it
    /// is done instead) or when the organisation is open read-only (said why).
    pub(crate) fn gate(&self, action: Action, backend: &dyn Backend) -> Result<Allowed> {
        let why = backend.read_only_reason().or_else(|| self.read_only.then(|| "opened with --read-only".to_string()));
        // Said after the refusal when the profile is read-only too ("no" when it is not).
        let also = why.unwrap_or_else(|| "no".to_string());
        let profile = backend.profile_name().unwrap_or_default();
        match Self::support(action, backend) {
            Support::Yes => {}
            Support::StandIn(who) => {
                return Err(Error::rule(
                    "webex",
                    crate::said!(
                        "stand-in-only",
                        action = action.said(),
                        who = crate::domain::error::Text::msg(who.id(), vec![("sync", "`wxgo sync`".into())]),
                        command = "`wxgo --demo`",
                        profile = profile,
                        readonly = crate::domain::error::read_only_why(&also)
                    ),
                ))
            }
            Support::ControlHubOnly(place) => {
                return Err(Error::rule(
                    "Control Hub only",
                    crate::said!(
                        "control-hub-only",
                        action = action.said(),
                        place = place,
                        command = "`wxgo sync`",
                        readonly = crate::domain::error::read_only_why(&also)
                    ),
                ))
            }
        }
        if let Some(e) = backend.read_only_refusal(action, self.read_only) {
            return Err(e);
        }
        Ok(Allowed(action))
    }

    /// Runs one changing action in one IMMEDIATE transaction (so two writers queue instead of
    /// failing half-way), audited in the same transaction.
    pub(crate) fn act<T>(
        &self,
        ok: Allowed,
        f: impl FnOnce(&Core, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        self.act_delivered(ok, f, &mut |_, _| Ok(()))
    }

    /// Like [`Core::act`], with a step between the action and its commit: `deliver` puts what
    /// the action made (an activation code) where it must arrive, and when it cannot, the
    /// transaction is rolled back and nothing counts (the earlier code still works).
    pub(crate) fn act_delivered<T>(
        &self,
        ok: Allowed,
        f: impl FnOnce(&Core, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
        deliver: &mut dyn FnMut(&Core, &T) -> Result<()>,
    ) -> Result<T> {
        self.act_as(&self.actor, ok, f, deliver)
    }

    /// [`Core::act_delivered`] done by someone other than the admin (the phone's side).
    pub(crate) fn act_as<T>(
        &self,
        actor: &Actor,
        ok: Allowed,
        f: impl FnOnce(&Core, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
        deliver: &mut dyn FnMut(&Core, &T) -> Result<()>,
    ) -> Result<T> {
        let action = ok.action().name();
        let now = self.now();
        let tx = rusqlite::Transaction::new_unchecked(&self.conn, TransactionBehavior::Immediate)
            .map_err(store::db_error)?;
        let (value, audit) = f(self, &tx, now)?;
        self.write_audit_by(actor, &tx, action, &audit, "ok", now)?;
        deliver(self, &value).map_err(|e| undelivered(action, e))?;
        tx.commit().map_err(store::db_error)?;
        Ok(value)
    }

    /// Writes to the cache what Webex already accepted, with its audit entry (and trackingId),
    /// in one transaction. When Webex accepted but the cache cannot be written, the error says
    /// so: the change is made in Webex and `wxgo sync` brings it here.
    pub(crate) fn cache_accepted<T>(
        &self,
        ok: Allowed,
        tracking_id: Option<&str>,
        apply: impl FnOnce(&Core, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        let action = ok.action().name();
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
            Error::io(crate::said!(
                "copy-not-updated",
                action = crate::domain::error::action_said(action),
                tracking = tid,
                error = e.said(),
                sync = "`wxgo sync`"
            ))
        })
    }

    pub(crate) fn write_audit(
        &self,
        conn: &Connection,
        action: &str,
        audit: &Audit,
        outcome: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        self.write_audit_by(&self.actor, conn, action, audit, outcome, now)
    }

    pub(crate) fn write_audit_by(
        &self,
        actor: &Actor,
        conn: &Connection,
        action: &str,
        audit: &Audit,
        outcome: &str,
        now: DateTime<Utc>,
    ) -> Result<()> {
        q::insert_audit(
            conn,
            &q::NewAudit {
                at: now,
                org: Some(self.org.id),
                actor: &actor.user,
                ssh_client: actor.ssh_client.as_deref(),
                action,
                object: &audit.object,
                outcome,
                details: &audit.details,
            },
        )
    }

    /// An audit entry outside any action (e.g. the outcome of sending an email).
    pub(crate) fn audit_alone(&self, action: &str, audit: &Audit, outcome: &str) -> Result<()> {
        if self.read_only {
            return Ok(());
        }
        self.write_audit(&self.conn, action, audit, outcome, self.now())
    }

    // ------------------------------------------------------------------ reading

    pub(crate) fn no_user(&self, email: &str) -> Error {
        Error::not_found(crate::said!(
            "not-found-user",
            email = crate::domain::text::shorten(email.trim(), 80).as_ref(),
            org = &self.org.name,
            command = "`wxgo users list --filter TEXT`"
        ))
    }

    /// A user by email, in `conn` (the caller's transaction, or the open connection).
    pub(crate) fn user_in(&self, conn: &Connection, email: &str) -> Result<UserRow> {
        q::user_by_email(conn, self.org.id, email)?.ok_or_else(|| self.no_user(email))
    }

    /// A device by `go-<n>`, `<n>`, or its owner's email.
    pub(crate) fn resolve_device(&self, conn: &Connection, reference: &str) -> Result<DeviceRow> {
        let r = reference.trim();
        let now = self.now();
        let numeric = r.strip_prefix("go-").or_else(|| r.strip_prefix("GO-")).unwrap_or(r);
        if let Ok(id) = numeric.parse::<i64>() {
            return q::device_by_id(conn, self.org.id, id, now)?.ok_or_else(|| {
                Error::not_found(crate::said!(
                    "not-found-device",
                    device = r,
                    org = &self.org.name,
                    command = "`wxgo devices list`"
                ))
            });
        }
        if r.contains('@') {
            let user = self.user_in(conn, r)?;
            return q::device_of_user(conn, user.id, now)?
                .ok_or_else(|| Error::not_found(crate::said!("user-has-no-device", email = &user.email)));
        }
        Err(Error::invalid(crate::said!("device-reference", reference = r)))
    }

    // ------------------------------------------------------------------ list indexes

    /// What identifies the database's content: another process's commit changes the first,
    /// this connection's changes the second.
    fn stamp(&self) -> Result<(i64, u64)> {
        Ok((q::data_version(&self.conn)?, self.conn.total_changes()))
    }

    /// Whether a page is best read straight from SQLite (unfiltered, near the top, no index yet).
    pub(crate) fn direct(&self, kind: ListKind, filter: &str, offset: usize) -> bool {
        filter.trim().is_empty() && offset < index::DIRECT_OFFSET && !self.lists.borrow().is_built(kind)
    }

    pub(crate) fn window(&self, kind: ListKind, filter: &str, offset: usize, limit: usize) -> Result<index::Window> {
        let stamp = self.stamp()?;
        let mut lists = self.lists.borrow_mut();
        lists.check(stamp);
        let now = q::ts(self.now());
        lists.window(&self.conn, self.org.id, kind, filter, offset, limit, &now)
    }

    pub(crate) fn count(&self, kind: ListKind, filter: &str) -> Result<usize> {
        if filter.trim().is_empty() {
            let stamp = self.stamp()?;
            let mut lists = self.lists.borrow_mut();
            lists.check(stamp);
            return lists.count(&self.conn, self.org.id, kind);
        }
        Ok(self.window(kind, filter, 0, 0)?.total)
    }
}

/// An action whose result could not be delivered: rolled back, and said so.
fn undelivered(action: &str, e: Error) -> Error {
    Error::io(crate::said!("action-undelivered", action = crate::domain::error::action_said(action), error = e.said()))
}

/// The audit details with the trackingId appended (`trackingId none given` when Webex gave none).
pub(crate) fn with_tracking(details: &str, tracking_id: Option<&str>) -> String {
    let t = tracking_id.unwrap_or("none given");
    if details.is_empty() {
        format!("trackingId {t}")
    } else {
        format!("{details}; trackingId {t}")
    }
}
