//! The phone's side of Webex Go, a stand-in for the demo (the local backend): redeeming a code
//! (throttled against guessing, see `attempts`) and disabling, enabling or removing the line
//! (WG06, WG10, WG11). On a real organisation the user does these on the phone itself.

use super::{attempts, PhoneOutcome};
use crate::domain::device::{phone_transition, PhoneEvent};
use crate::domain::{Error, Result};
use crate::outside::Actor;
use crate::service::action::Action;
use crate::service::backend::{Backend, Local};
use crate::service::core::{Allowed, Audit, Core};
use crate::store::queries as q;

/// The phone stand-in: a capability only the local backend has.
pub(crate) trait PhoneStandIn {
    fn activate(&self, cx: &Core, ok: Allowed, code: &str) -> Result<PhoneOutcome>;
    fn event(&self, cx: &Core, ok: Allowed, device: &str, event: PhoneEvent) -> Result<PhoneOutcome>;
}

impl PhoneStandIn for Local {
    fn activate(&self, cx: &Core, ok: Allowed, code: &str) -> Result<PhoneOutcome> {
        // Throttled per source and device, every failure audited: see `attempts`.
        attempts::phone_attempt(cx, ok, code)
    }

    fn event(&self, cx: &Core, ok: Allowed, device: &str, event: PhoneEvent) -> Result<PhoneOutcome> {
        // Phone-side actions are done by the phone, not the admin: audited as such.
        let phone = Actor { user: format!("phone (via {})", cx.actor.user), ssh_client: cx.actor.ssh_client.clone() };
        cx.act_as(
            &phone,
            ok,
            |cx, tx, now| {
                let d = cx.resolve_device(tx, device)?;
                let to = phone_transition(d.status, event)?;
                q::set_device_status(tx, d.id, to, now)?;
                let message = match event {
                    PhoneEvent::RemoveLine => crate::said!(
                        "phone-removed-line",
                        email = &d.owner_email,
                        status = crate::service::status_said(to)
                    ),
                    _ => {
                        crate::said!("phone-line-now", email = &d.owner_email, status = crate::service::status_said(to))
                    }
                };
                let out = PhoneOutcome {
                    device_id: d.device_id.clone(),
                    owner_email: d.owner_email.clone(),
                    status: to,
                    message,
                };
                let details = format!("{} -> {}", d.status.label(), to.label());
                Ok((out, Audit::new(format!("device:{}", d.device_id), details)))
            },
            &mut |_, _| Ok(()),
        )
    }
}

/// The phone's side: `svc.phone()`.
pub struct Phone<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl Phone<'_> {
    /// A phone redeems an activation code: the device goes Online (WG06: never with an
    /// expired, superseded, revoked or used code).
    pub fn activate(&self, code: &str) -> Result<PhoneOutcome> {
        let ok = self.core.gate(Action::PhoneActivate, self.backend)?;
        self.stand_in()?.activate(self.core, ok, code)
    }

    /// The user disables, enables or removes the line on the phone (WG10, WG11).
    pub fn event(&self, device: &str, event: PhoneEvent) -> Result<PhoneOutcome> {
        let action = match event {
            PhoneEvent::Disable => Action::PhoneDisable,
            PhoneEvent::Enable => Action::PhoneEnable,
            PhoneEvent::RemoveLine => Action::PhoneRemoveLine,
        };
        let ok = self.core.gate(action, self.backend)?;
        self.stand_in()?.event(self.core, ok, device, event)
    }

    fn stand_in(&self) -> Result<&dyn PhoneStandIn> {
        self.backend.phone().ok_or_else(|| Error::invalid(crate::said!("phone-demo-only")))
    }
}
