//! Webex Go devices (WG01-WG15): the list, adding one, new codes, lost or stolen, delete, the
//! bulk import, and the phone's side (the demo's stand-in). The rules every backend shares are
//! checked here; [`DevicesBackend`] is how each backend makes the change (`local`: the database
//! is the truth; `webex`: Webex first, then the cache).

mod attempts;
pub(crate) mod import;
mod local;
pub(crate) mod phone;
mod webex;

use serde::Serialize;

use crate::domain::code::{ActivationCode, IssuedCode};
use crate::domain::search::DeviceSort;
use crate::domain::{DeviceKind, DeviceStatus, Error, Result};
use crate::outside::MailMessage;
use crate::service::action::Action;
use crate::service::backend::Backend;
use crate::service::core::{Allowed, Audit, Core};
use crate::store::index::ListKind;
use crate::store::model::*;
use crate::store::queries as q;

pub use import::{BulkDevice, BulkOptions, BulkPhase, BulkProgress, BulkReport, EmailChoice, RowProblem, COLUMNS};
pub(crate) use local::{
    apply_devices, check_licence_and_country, check_primary_number, choose_subscription, insert_planned,
    pick_subscription, prepare, write_codes, Activations, DevicePlan, Prepared,
};
pub(crate) use webex::{
    activating_device, api_target, cache_new_device, check_mail_queue, code_request, expiry, only_go_subscription,
    opaque_code,
};

/// The admin's request to add a Webex Go device (from a user or from the device list: WG14).
#[derive(Debug, Clone, Default)]
pub struct AddDevice {
    pub user_email: String,
    /// Required when more than one subscription has Webex Go licences (WG02).
    pub subscription: Option<String>,
    /// Required when the user has no primary number (WG03).
    pub number: Option<String>,
    /// Do not email the code even when the organisation allows it.
    pub no_email: bool,
}

/// What the admin has to choose before adding a device, and whether it can be added at all.
#[derive(Debug, Clone, Serialize)]
pub struct AddDeviceChoices {
    pub user: UserRow,
    /// Subscriptions with Webex Go licences; the admin picks one when there are several (WG02).
    pub subscriptions: Vec<SubscriptionRow>,
    pub must_choose_subscription: bool,
    /// Set when the user has no primary number: pick one of these (WG03).
    pub must_choose_number: bool,
    pub free_numbers: Vec<NumberRow>,
    /// Why the device cannot be added at all, when it cannot (WG01, or the user already has one).
    pub refusal: Option<crate::domain::error::Text>,
}

#[derive(Debug, Clone, Serialize)]
pub struct DeleteOutcome {
    pub device_id: String,
    pub owner_email: String,
    pub subscription_id: String,
    /// Free Webex Go licences in that subscription after the delete (WG09).
    pub subscription_free: i64,
    /// WG09's notice (its English in `--json`).
    pub notice: crate::domain::error::Text,
}

#[derive(Debug, Clone, Serialize)]
pub struct PhoneOutcome {
    pub device_id: String,
    pub owner_email: String,
    pub status: DeviceStatus,
    /// What happened, said in the language where shown (its English in `--json`).
    pub message: crate::domain::error::Text,
}

/// One Webex Go line per user: the refusal when the user already has a device.
pub(crate) fn already_has_device(user: &UserRow, device_id: &str, status: DeviceStatus) -> Error {
    Error::invalid(crate::said!(
        "device-already",
        email = &user.email,
        device = device_id,
        status = crate::service::status_said(status)
    ))
}

/// The notice WG09 requires after a delete.
pub fn delete_notice() -> crate::domain::error::Text {
    crate::said!("delete-notice")
}

pub(crate) fn lost_stolen_refusal(d: &DeviceRow) -> Option<Error> {
    (d.kind == DeviceKind::MobileOperator).then(|| Error::rule("WG08", crate::said!("wg08-operator-sim")))
}

/// A device action the console checks before it asks to confirm (see [`Devices::refusal_before`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceCheck {
    NewCode,
    LostStolen,
    Delete,
}

impl DeviceCheck {
    pub fn action(self) -> Action {
        match self {
            DeviceCheck::NewCode => Action::NewCode,
            DeviceCheck::LostStolen => Action::LostStolen,
            DeviceCheck::Delete => Action::DeleteDevice,
        }
    }
}

/// Where a code just issued must arrive before the action counts: called inside the action's
/// transaction, before the commit. An error rolls the action back: the code is not saved, the
/// earlier one still works, and the caller says so. The console's screen cannot fail; the CLI
/// writes the code to stdout (and a letter) here, so `> /dev/full` or a closed pipe changes
/// nothing. The email goes after the commit: it is an extra way, never the only one.
pub type CodeDelivery<'a> = &'a mut dyn FnMut(&Core, &IssuedCode) -> Result<()>;

/// The activation email for an issued code (WG04), in `lang` (`letter.ftl`).
pub fn activation_mail(org: &OrgInfo, issued: &IssuedCode, lang: crate::i18n::Lang) -> MailMessage {
    use crate::outside::letter::{phone_steps, Steps};
    let tr = crate::i18n::loaded(lang);
    let name = crate::domain::text::for_header(&issued.owner_name);
    let number = issued.primary_number.clone().unwrap_or_else(|| tr.t("letter-your-number"));
    let until = tr.datetime(issued.expires_at);
    let mut fields = vec![(tr.t("letter-code"), issued.activation_code.as_str())];
    // A code Webex issued comes without the QR code, SM-DP+ address and Android code (Webex's API
    // has none): its message has the code and the steps that use it.
    let (intro, steps) = if issued.has_qr() {
        fields.push((tr.t("letter-smdp"), &issued.smdp_address));
        fields.push((tr.t("letter-android-code"), &issued.android_code));
        fields.push((tr.t("letter-valid-until"), &until));
        let days = org.code_lifetime_days;
        let args = [("org", (&org.name).into()), ("number", (&number).into()), ("days", days.into())];
        (tr.t_with("mail-intro-days", &args), Steps::Mail)
    } else {
        let args = [("org", (&org.name).into()), ("number", (&number).into()), ("expires", (&until).into())];
        (tr.t_with("mail-intro-until", &args), Steps::CodeOnly)
    };
    let mut body = vec![tr.t_with("mail-hello", &[("name", (&name).into())]), String::new(), intro];
    body.push(String::new());
    body.extend(crate::outside::text_letter::labelled(&fields).into_iter().map(|l| format!("  {l}")));
    body.push(String::new());
    body.push(tr.t("mail-once"));
    if steps == Steps::CodeOnly {
        body.push(String::new());
        body.push(tr.t("mail-from-admin"));
    }
    for (phone, steps) in phone_steps(tr, steps) {
        body.push(String::new());
        body.push(phone.to_string());
        body.extend(steps.iter().enumerate().map(|(n, s)| format!("  {}. {s}", n + 1)));
    }
    body.push(String::new());
    body.push(tr.t("mail-expired"));
    MailMessage {
        to: issued.owner_email.clone(),
        to_name: issued.owner_name.clone(),
        subject: tr.t("mail-subject"),
        body: body.join("\n") + "\n",
        tag: format!("{}-activation", issued.device_id),
        code_hash: Some(issued.activation_code.hash()),
    }
}
/// Checks, before Webex is asked for a code, that every destination the admin chose can be
/// written (stdout, a letter file). The API supersedes the old code at once, so a destination
/// found broken afterwards would leave the user with no working code.
pub type CodeCheck<'a> = &'a mut dyn FnMut(&Core) -> Result<()>;
/// The `model` of a Webex Go device in `POST /devices/activationCode` (the device's product
/// name, which the spec allows in place of the model id; `GET /devices` lists it as type `webexgo`).
pub const WEBEX_GO_MODEL: &str = "Webex Go";

/// How a backend makes the device changes.
pub(crate) trait DevicesBackend {
    /// What adding a device to `user` needs chosen, or why it cannot be added.
    fn choices(&self, cx: &Core, user: UserRow) -> Result<AddDeviceChoices>;

    /// WG01-WG04, WG14: a BYOD Webex Go device in Activation pending with a fresh code.
    fn add(
        &self,
        cx: &Core,
        ok: Allowed,
        req: &AddDevice,
        check: CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode>;

    /// WG05: a new code, only while Activation pending; every earlier code stops working.
    fn new_code(
        &self,
        cx: &Core,
        ok: Allowed,
        device: &str,
        email: bool,
        check: CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode>;

    /// WG09: removes the device; its licence returns to the subscription's pool.
    fn delete(&self, cx: &Core, ok: Allowed, device: &str) -> Result<DeleteOutcome>;

    /// An activation code as the admin typed it from a letter or a screen: wxgo's own codes are
    /// checked for their form; a real organisation's are Webex's, opaque, taken as typed.
    fn typed_code(&self, typed: &str) -> Result<ActivationCode>;

    /// The activation details of a device's code, as a letter shows them.
    fn issued(
        &self,
        cx: &Core,
        d: DeviceRow,
        code: ActivationCode,
        issued_at: chrono::DateTime<chrono::Utc>,
        expires: chrono::DateTime<chrono::Utc>,
    ) -> IssuedCode;

    /// WG13: adds the checked-in sheet's devices, each backend its way (see [`import`]).
    fn import(
        &self,
        cx: &Core,
        run: import::ImportRun<'_>,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
    ) -> Result<BulkReport>;

    /// Adds what only this backend keeps about devices to rows read from the store.
    fn fill(&self, _cx: &Core, _rows: &mut [DeviceRow]) -> Result<()> {
        Ok(())
    }
}

/// WG08: the line on the lost phone is deactivated for good and the device returns to
/// Activation pending with a fresh code for the replacement phone. A capability: a real
/// organisation has no public API for it (Control Hub only).
pub(crate) trait LostStolen {
    fn lost_stolen(
        &self,
        cx: &Core,
        ok: Allowed,
        device: &str,
        email: bool,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode>;
}

/// The Webex Go devices of the open organisation: `svc.devices()`.
pub struct Devices<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl Devices<'_> {
    /// A page of devices (`status`: only those), filtered by name, email, number or location,
    /// as they were added.
    pub fn list(
        &self,
        status: Option<DeviceStatus>,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<DeviceRow>> {
        self.list_sorted(status, DeviceSort::Added, filter, offset, limit)
    }

    /// [`Devices::list`] in another order: trouble first (offline, then pending with an
    /// expired code), expired codes first, or by the owner's name.
    pub fn list_sorted(
        &self,
        status: Option<DeviceStatus>,
        sort: DeviceSort,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Vec<DeviceRow>> {
        let cx = self.core;
        let kind = ListKind::Devices(status, sort);
        let mut rows = if cx.direct(kind, filter, offset) {
            q::devices_page(&cx.conn, cx.org.id, status, sort, "", offset, limit, cx.now())?
        } else {
            let w = cx.window(kind, filter, offset, limit)?;
            crate::store::index::devices_by_ids(&cx.conn, &w.ids, cx.now())?
        };
        self.backend.devices().fill(cx, &mut rows)?;
        Ok(rows)
    }

    pub fn count(&self, status: Option<DeviceStatus>, filter: &str) -> Result<usize> {
        self.count_sorted(status, DeviceSort::Added, filter)
    }

    /// [`Devices::count`] through the index of the list in that order (a console that pages
    /// through one order builds one index).
    pub fn count_sorted(&self, status: Option<DeviceStatus>, sort: DeviceSort, filter: &str) -> Result<usize> {
        self.core.count(ListKind::Devices(status, sort), filter)
    }

    /// One device, by `go-<n>`, `<n>` or its owner's email.
    pub fn get(&self, reference: &str) -> Result<DeviceRow> {
        let mut d = self.core.resolve_device(&self.core.conn, reference)?;
        self.backend.devices().fill(self.core, std::slice::from_mut(&mut d))?;
        Ok(d)
    }

    /// What the admin must choose to add a device to this user; used by the console to ask.
    pub fn choices(&self, email: &str) -> Result<AddDeviceChoices> {
        let user = self.core.user_in(&self.core.conn, email)?;
        self.backend.devices().choices(self.core, user)
    }

    /// WG01-WG04, WG14: adds a BYOD Webex Go device in Activation pending with a fresh code.
    pub fn add(&self, req: &AddDevice) -> Result<IssuedCode> {
        self.add_delivered(req, &mut |_| Ok(()), &mut |_, _| Ok(()))
    }

    /// [`Devices::add`], with `check` run before anything is done (on a real organisation
    /// Webex issues the code, and ends any earlier one, before it can be delivered: every
    /// destination is checked first) and `deliver` putting the code where it must arrive before
    /// the device is saved (see [`CodeDelivery`]).
    pub fn add_delivered(
        &self,
        req: &AddDevice,
        check: CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        let ok = self.core.gate(Action::AddDevice, self.backend)?;
        self.backend.devices().add(self.core, ok, req, check, deliver)
    }

    /// WG05: a new code, only while Activation pending; every earlier code stops working.
    pub fn new_code(&self, device: &str, email: bool) -> Result<IssuedCode> {
        self.new_code_delivered(device, email, &mut |_| Ok(()), &mut |_, _| Ok(()))
    }

    /// [`Devices::new_code`] with the checks and the delivery of [`Devices::add_delivered`].
    pub fn new_code_delivered(
        &self,
        device: &str,
        email: bool,
        check: CodeCheck<'_>,
        deliver: CodeDelivery<'_>,
    ) -> Result<IssuedCode> {
        let ok = self.core.gate(Action::NewCode, self.backend)?;
        self.backend.devices().new_code(self.core, ok, device, email, check, deliver)
    }

    /// WG08: lost or stolen (the local backend; Control Hub only on a real organisation).
    pub fn lost_stolen(&self, device: &str, email: bool) -> Result<IssuedCode> {
        self.lost_stolen_delivered(device, email, &mut |_, _| Ok(()))
    }

    /// [`Devices::lost_stolen`] with a delivery step before the commit (see [`CodeDelivery`]).
    pub fn lost_stolen_delivered(&self, device: &str, email: bool, deliver: CodeDelivery<'_>) -> Result<IssuedCode> {
        let ok = self.core.gate(Action::LostStolen, self.backend)?;
        match self.backend.lost_stolen() {
            Some(cap) => cap.lost_stolen(self.core, ok, device, email, deliver),
            None => Err(Error::invalid(crate::said!("lost-stolen-not-here"))),
        }
    }

    /// WG09: removes the device; its licence returns to the subscription's pool.
    pub fn delete(&self, device: &str) -> Result<DeleteOutcome> {
        let ok = self.core.gate(Action::DeleteDevice, self.backend)?;
        self.backend.devices().delete(self.core, ok, device)
    }

    /// Whether a device action would be refused, and why, before the admin is asked to confirm
    /// it (the console says so up front and offers what works instead). `None`: the action may
    /// go ahead (the action itself checks again, in its transaction).
    pub fn refusal_before(&self, check: DeviceCheck, device: &str) -> Result<Option<Error>> {
        let d = self.core.resolve_device(&self.core.conn, device)?;
        if let Err(e) = self.core.gate(check.action(), self.backend) {
            return Ok(Some(e));
        }
        Ok(match check {
            DeviceCheck::NewCode => crate::domain::device::may_issue_new_code(d.status).err(),
            DeviceCheck::LostStolen => lost_stolen_refusal(&d),
            DeviceCheck::Delete => None,
        })
    }

    /// The printed letter for a code just issued (WG07), written privately and sent to the
    /// printer when one is set up.
    pub fn letter_for(&self, issued: &IssuedCode, out: &std::path::Path) -> Result<crate::service::LetterOutcome> {
        self.core.letter_for(issued, out)
    }

    /// The printed letter for a device's current code: the code typed in must be the one valid
    /// code of that device (checked by its hash), so an old letter is never printed again.
    pub fn letter(&self, device: &str, code: &str, out: &std::path::Path) -> Result<crate::service::LetterOutcome> {
        let d = self.core.resolve_device(&self.core.conn, device)?;
        let code = self.backend.devices().typed_code(code)?;
        let now = self.core.now();
        let found =
            q::code_by_hash(&self.core.conn, &code.hash())?.filter(|c| c.org == self.core.org.id && c.device == d.id);
        let Some(found) = found else {
            return Err(Error::rule(
                "WG05",
                crate::said!(
                    "wg05-not-its-code",
                    device = &d.device_id,
                    email = &d.owner_email,
                    command = format!("`wxgo devices new-code {} --letter FILE.pdf`", d.device_id)
                ),
            ));
        };
        let why_not = match found.state.as_str() {
            "valid" if found.expires_at > now => None,
            "valid" => Some(format!("it expired at {}", q::ts(found.expires_at))),
            "used" => Some("it was already used".to_string()),
            "superseded" => Some("a newer code replaced it (WG05)".to_string()),
            _ => Some("it was revoked when the phone was reported lost or stolen (WG08)".to_string()),
        };
        if let Some(why) = why_not {
            return Err(Error::rule(
                "WG05",
                crate::said!(
                    "wg05-code-spent",
                    device = &d.device_id,
                    why = why,
                    command = format!("`wxgo devices new-code {} --letter FILE.pdf`", d.device_id)
                ),
            ));
        }
        let issued_at = q::device_codes(&self.core.conn, d.id)?
            .into_iter()
            .find(|c| c.state == "valid")
            .map(|c| c.issued_at)
            .unwrap_or(now);
        let issued = self.backend.devices().issued(self.core, d, code, issued_at, found.expires_at);
        self.core.letter_for(&issued, out)
    }

    /// The one-page PDF letter (printed when a print command is set up) and the plain-text
    /// letter beside it, in `dir`: what became of the PDF, and the text letter's path.
    pub fn write_letters(
        &self,
        issued: &IssuedCode,
        dir: &std::path::Path,
    ) -> Result<(crate::service::LetterOutcome, std::path::PathBuf)> {
        crate::service::delivery::exports::write_letters(self.core, issued, dir)
    }

    /// Emails a code that was just issued (again), after checking it is still the device's valid code.
    pub fn email_code(&self, issued: &mut IssuedCode) -> Result<()> {
        let cx = self.core;
        let current = q::code_by_hash(&cx.conn, &issued.activation_code.hash())?;
        match current {
            Some(c) if c.state == "valid" && c.expires_at > cx.now() => {}
            _ => return Err(Error::rule("WG05", crate::said!("wg05-no-longer-valid"))),
        }
        if cx.org.suppress_emails {
            return Err(Error::rule("WG04", crate::said!("wg04-suppressed", org = &cx.org.name)));
        }
        cx.gate(Action::EmailCode, self.backend)?;
        deliver_code(cx, issued, true);
        if issued.emailed {
            Ok(())
        } else {
            Err(Error::io(issued.email_note.clone()))
        }
    }
}

/// WG04: emails the code unless the organisation suppresses emails (or the admin said not to).
/// A failed send leaves the code issued and tells the admin to copy or print it.
pub(crate) fn deliver_code(cx: &Core, issued: &mut IssuedCode, wanted: bool) {
    if let Some(note) = unsent_note(&cx.org, &issued.owner_email, wanted) {
        issued.email_note = note;
        return;
    }
    let msg = activation_mail(&cx.org, issued, cx.letter_lang);
    let object = format!("device:{}", issued.device_id);
    match cx.mailer.send(&msg, cx.now()) {
        Ok(where_) => {
            issued.emailed = true;
            issued.email_note = crate::said!("email-note-sent", email = &issued.owner_email, route = where_);
            let _ = cx.audit_alone(
                "email activation code",
                &Audit::new(object, format!("to {}", issued.owner_email)),
                "ok",
            );
        }
        Err(e) => {
            issued.email_note = crate::said!("email-note-failed", email = &issued.owner_email, error = e.said());
            let _ = cx.audit_alone(
                "email activation code",
                &Audit::new(object, format!("to {}", issued.owner_email)),
                &format!("failed: {e}"),
            );
        }
    }
}

/// Why a code for `email` is not emailed, if it is not: the admin did not ask (`--no-email`)
/// or the organisation suppresses emails. `None`: it is to be sent.
pub(crate) fn unsent_note(
    org: &crate::store::model::OrgInfo,
    email: &str,
    wanted: bool,
) -> Option<crate::domain::error::Text> {
    unsent_notes(org, wanted).map(|note| note.with(email))
}

/// [`unsent_note`] for many people (the bulk import), the words worked out once: the note of
/// each is `.with(email)`.
pub(crate) fn unsent_notes(org: &crate::store::model::OrgInfo, wanted: bool) -> Option<crate::domain::error::Repeated> {
    use crate::domain::error::{Text, Val};
    // Not asked for (`--no-email`): that is the reason, whatever the organisation's setting (a
    // real organisation's copy marks emails suppressed, which the admin did not set).
    if !wanted {
        return Some(Text::repeated("email-note-not-asked", "email", Vec::new()));
    }
    if org.suppress_emails {
        return Some(Text::repeated("email-note-suppressed", "email", vec![("org", Val::from(&org.name))]));
    }
    None
}
