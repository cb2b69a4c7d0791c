//! Webex Go devices (WG01-WG09, WG14): adding one (asking for the subscription and the
//! number when the rules need them), a new code, lost/stolen, delete, and what follows a code
//! issued: the activation details (`popups::activation`), from which the code is copied,
//! printed or emailed again.

use crate::domain::{DeviceStatus, Result};
use crate::i18n::{Lang, Tr};
use crate::service::{AddDevice, AddDeviceChoices, DeleteOutcome, IssuedCode, OrgInfo, SubscriptionRow, UserRow};
use crate::tui::actions::{action, ActionId, Context};
use crate::tui::app::App;
use crate::tui::jobs::{ask, change_if, Job, Jobs};
use crate::tui::panes::{PageRows, Pane};
use crate::tui::popups::activation::Activation;
use crate::tui::popups::choice::{Choice, Item, Purpose};
use crate::tui::popups::confirm::Confirm;
use crate::tui::popups::Popup;
use crate::tui::present;

/// Where an add-device flow has got to (WG02, WG03).
#[derive(Debug, Clone)]
pub struct AddFlow {
    email: String,
    choices: Option<Box<AddDeviceChoices>>,
    subscription: Option<String>,
    number: Option<String>,
}

/// The device an action is about.
#[derive(Debug, Clone)]
struct Target {
    device_id: String,
    owner_email: String,
    owner_name: String,
    status: Option<DeviceStatus>,
    subscription: Option<String>,
}

/// The WG02 picker: which subscription a Webex Go licence comes from.
pub(crate) fn subscription_choice(tr: &Tr, subscriptions: &[SubscriptionRow], who: &str, purpose: Purpose) -> Choice {
    let items = subscriptions
        .iter()
        .map(|s| Item {
            // The free count first: a subscription's id is 40 characters and would push it out.
            label: tr!(tr, "dev-sub-item", free = s.free, total = s.go_licences, name = &s.name, id = &s.id),
            value: s.id.clone(),
        })
        .collect();
    Choice::new(purpose, tr!(tr, "dev-sub-title", who = who), tr!(tr, "dev-sub-prompt"), items)
}

/// A code issued, with the language its email was written in (the letter's, from then on).
type Issued = (IssuedCode, Lang);

fn issued_in(svc: &crate::service::Service, code: Result<IssuedCode>) -> Result<Issued> {
    code.map(|c| (c, svc.letter_lang()))
}

/// The change a device action asks for, and what follows it. A code's email is written in the
/// language the job runs in (`Job::in_letter_lang`, set when it is confirmed).
fn device_change(id: ActionId, device_id: String, confirmed: bool) -> Job {
    let issued = |app: &mut App, (c, lang): Issued| app.issued(Box::new(c), lang);
    match id {
        ActionId::NewCode => {
            change_if(confirmed, move |svc| issued_in(svc, svc.devices().new_code(&device_id, true)), issued)
        }
        ActionId::LostStolen => {
            change_if(confirmed, move |svc| issued_in(svc, svc.devices().lost_stolen(&device_id, true)), issued)
        }
        _ => change_if(confirmed, move |svc| svc.devices().delete(&device_id), |app, d| app.deleted(d)),
    }
}

/// WG01: adds the device, then shows its code.
fn add(req: AddDevice, confirmed: bool) -> Job {
    change_if(
        confirmed,
        move |svc| issued_in(svc, svc.devices().add(&req)),
        |app, (c, lang): Issued| app.issued(Box::new(c), lang),
    )
}

/// What adding a device on a real organisation does, asked before Webex is.
fn add_question(tr: &Tr, choices: &AddDeviceChoices, flow: &AddFlow, org: Option<&OrgInfo>) -> (String, Vec<String>) {
    let user = &choices.user;
    let sub = match (&flow.subscription, choices.subscriptions.as_slice()) {
        (Some(id), all) => all.iter().find(|s| &s.id == id),
        (None, [one]) => Some(one),
        _ => None,
    };
    let licence = match sub {
        Some(s) => tr!(tr, "dev-add-licence-of", name = &s.name, free = s.free, total = s.go_licences),
        None => tr!(tr, "dev-add-licence-any"),
    };
    let its_number = tr!(tr, "dev-its-primary-number");
    let number = flow.number.as_deref().or(user.primary_number.as_deref()).unwrap_or(&its_number);
    let code = match org {
        Some(o) if o.suppress_emails => tr!(tr, "dev-suppresses-emails", org = &o.name),
        _ => tr!(tr, "dev-code-emailed", email = &user.email),
    };
    (
        tr!(tr, "dev-add-title", name = &user.display_name),
        vec![
            tr!(tr, "dev-add-who", name = &user.display_name, email = &user.email, number = number),
            tr!(tr, "dev-add-webex-asked"),
            licence,
            format!("• {code}"),
        ],
    )
}

impl App {
    pub(crate) fn add_device(&mut self, ctx: Context) -> Jobs {
        if ctx == Context::Devices {
            // WG14: from the device list, search for an existing user first.
            let seq = self.next_seq();
            let mut c = Choice::new(
                Purpose::User,
                tr!(self.tr, "dev-add-search-title"),
                tr!(self.tr, "dev-add-search-prompt"),
                Vec::new(),
            );
            c.seq = seq;
            self.choose(c);
            return vec![self.search_users(String::new(), seq)];
        }
        match self.selected_user() {
            Some((email, _)) => self.start_add(email),
            None => {
                self.info(tr!(self.tr, "say-select-user-first"));
                Vec::new()
            }
        }
    }

    pub(crate) fn start_add(&mut self, email: String) -> Jobs {
        if self.read_only {
            // The service refuses at once; no point asking for choices first.
            return vec![add(AddDevice { user_email: email, ..AddDevice::default() }, false)];
        }
        self.info(tr!(self.tr, "say-checking", email = &email));
        self.flows.add = Some(AddFlow { email: email.clone(), choices: None, subscription: None, number: None });
        vec![ask(move |svc| svc.devices().choices(&email).map(Box::new), |app, result| app.add_choices(result))]
    }

    pub(crate) fn add_choices(&mut self, result: Result<Box<AddDeviceChoices>>) -> Jobs {
        let choices = match result {
            Ok(c) => c,
            Err(e) => {
                self.flows.add = None;
                self.error(e.to_string());
                return Vec::new();
            }
        };
        let Some(flow) = self.flows.add.as_mut().filter(|f| f.email == choices.user.email) else {
            return Vec::new();
        };
        if let Some(refusal) = &choices.refusal {
            let text = self.tr.text(refusal);
            self.flows.add = None;
            self.error(text);
            return Vec::new();
        }
        flow.choices = Some(choices);
        self.next_add_step()
    }

    /// A subscription (WG02) or a number (WG03) was picked.
    pub(crate) fn add_picked(&mut self, purpose: Purpose, value: String) -> Jobs {
        if let Some(f) = self.flows.add.as_mut() {
            match purpose {
                Purpose::Subscription => f.subscription = Some(value),
                _ => f.number = Some(value),
            }
        }
        self.next_add_step()
    }

    /// Asks for what the rules need (WG02 subscription, WG03 number), then adds the device.
    fn next_add_step(&mut self) -> Jobs {
        let Some(flow) = self.flows.add.as_ref() else { return Vec::new() };
        let Some(choices) = flow.choices.as_ref() else { return Vec::new() };
        if choices.must_choose_subscription && flow.subscription.is_none() {
            let c = subscription_choice(
                &self.tr,
                &choices.subscriptions,
                &choices.user.display_name,
                Purpose::Subscription,
            );
            self.choose(c);
            return Vec::new();
        }
        if choices.must_choose_number && flow.number.is_none() && !choices.free_numbers.is_empty() {
            let items = choices
                .free_numbers
                .iter()
                .map(|n| Item {
                    label: format!("{} · {} · {}", n.number, n.location, n.kind), value: n.number.clone()
                })
                .collect();
            let user = &choices.user;
            let the_location = tr!(self.tr, "dev-the-location");
            let prompt = tr!(
                self.tr,
                "dev-number-prompt",
                name = &user.display_name,
                location = user.location.as_deref().unwrap_or(&the_location)
            );
            let title = tr!(self.tr, "dev-number-title", name = &user.display_name);
            let c = Choice::new(Purpose::Number, title, prompt, items);
            self.choose(c);
            return Vec::new();
        }
        // On a real organisation the add is Webex's at once and takes a licence: ask first, as
        // n, L and D do.
        let ask_first = self.backend_label.is_some().then(|| add_question(&self.tr, choices, flow, self.org.as_ref()));
        let Some(flow) = self.flows.add.take() else { return Vec::new() };
        let req =
            AddDevice { user_email: flow.email, subscription: flow.subscription, number: flow.number, no_email: false };
        // The code's email in the console's language, unless the admin picks the employee's in
        // the confirmation (a real organisation); the demo adds at once, and `l` then `e` in the
        // activation details sends it again in another.
        let lang = self.tr.lang();
        if let Some((title, lines)) = ask_first {
            self.open(Popup::Confirm(Confirm::new(title, lines, add(req, true)).with_letter(lang)));
            return Vec::new();
        }
        self.info(tr!(self.tr, "say-adding-device", email = &req.user_email));
        vec![add(req, true).in_letter_lang(lang)]
    }

    /// WG14: the users found for what was typed.
    pub(crate) fn users_found(&mut self, seq: u64, result: Result<Vec<UserRow>>) -> Jobs {
        let Some(Popup::Choice(c)) = self.popups.last_mut() else { return Vec::new() };
        if !c.awaits(seq) {
            return Vec::new();
        }
        let tr = &self.tr;
        match result {
            Ok(users) => c.found(
                users
                    .into_iter()
                    .map(|u| {
                        let device = match (&u.device_id, u.device_status) {
                            (Some(d), Some(s)) => {
                                tr!(tr, "dev-user-has", device = d, status = &present::status_label(tr, s))
                            }
                            _ => tr!(tr, "dev-user-no-device"),
                        };
                        let location = u.location.clone().unwrap_or_else(|| tr!(tr, "no-location"));
                        Item {
                            label: format!("{} <{}> · {location} · {device}", u.display_name, u.email),
                            value: u.email,
                        }
                    })
                    .collect(),
            ),
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    fn target(&self, ctx: Context) -> std::result::Result<Target, String> {
        let no_device = |email: &str| {
            tr!(self.tr, "dev-no-device-press", email = email, key = &self.keymap.label_in(ctx, ActionId::AddDevice))
        };
        let nothing = || tr!(self.tr, "say-nothing-selected");
        match ctx {
            Context::Detail => {
                let d = self.detail.as_ref().ok_or_else(|| tr!(self.tr, "say-no-user-open"))?;
                let data = d.data.as_ref().ok_or_else(|| tr!(self.tr, "say-still-loading-user"))?;
                let dev = data.device.as_ref().ok_or_else(|| no_device(&data.user.email))?;
                Ok(Target {
                    device_id: dev.device_id.clone(),
                    owner_email: dev.owner_email.clone(),
                    owner_name: dev.owner_name.clone(),
                    status: Some(dev.status),
                    subscription: Some(dev.subscription_id.clone()),
                })
            }
            Context::Users => {
                let l = self.list(Pane::Users);
                let PageRows::Users(rows) = &l.rows else { return Err(nothing()) };
                let u = l.current().and_then(|i| rows.get(i)).ok_or_else(nothing)?;
                let dev = u.device_id.clone().ok_or_else(|| no_device(&u.email))?;
                Ok(Target {
                    device_id: dev,
                    owner_email: u.email.clone(),
                    owner_name: u.display_name.clone(),
                    status: u.device_status,
                    subscription: None,
                })
            }
            Context::Devices => {
                let l = self.list(Pane::Devices);
                let PageRows::Devices(rows) = &l.rows else { return Err(nothing()) };
                let d = l.current().and_then(|i| rows.get(i)).ok_or_else(nothing)?;
                Ok(Target {
                    device_id: d.device_id.clone(),
                    owner_email: d.owner_email.clone(),
                    owner_name: d.owner_name.clone(),
                    status: Some(d.status),
                    subscription: Some(d.subscription_id.clone()),
                })
            }
            _ => Err(tr!(self.tr, "say-select-user-or-device")),
        }
    }

    /// New code (WG05), lost/stolen (WG08), delete (WG09): each says what happens and asks.
    pub(crate) fn device_action(&mut self, id: ActionId, ctx: Context) -> Jobs {
        let t = match self.target(ctx) {
            Ok(t) => t,
            Err(e) => {
                self.info(e);
                return Vec::new();
            }
        };
        if self.read_only || !action(id).asks_first {
            // Read-only: the service refuses at once, so there is nothing to confirm.
            return vec![device_change(id, t.device_id.clone(), !self.read_only)];
        }
        // A new code only while Activation pending (WG05): when the device is past that, say so
        // before asking, and what works instead (the service still checks when it acts).
        if let (ActionId::NewCode, Some(status)) = (id, t.status) {
            if let Err(refusal) = crate::domain::device::may_issue_new_code(status) {
                let lost = self.keymap.label_in(ctx, ActionId::LostStolen);
                let new_code = self.keymap.label_in(ctx, ActionId::NewCode);
                let word = present::status_label(&self.tr, status);
                self.notice(
                    tr!(self.tr, "dev-no-new-code-title", device = &t.device_id, status = &word),
                    vec![
                        refusal.to_string(),
                        String::new(),
                        tr!(self.tr, "dev-no-new-code-lost", key = &lost),
                        tr!(self.tr, "dev-no-new-code-at-hand", name = &t.owner_name, key = &new_code),
                    ],
                );
                return Vec::new();
            }
        }
        let who = format!("{} <{}>", t.owner_name, t.owner_email);
        let device_line = match t.status {
            Some(s) => tr!(
                self.tr,
                "dev-device-of-status",
                device = &t.device_id,
                who = &who,
                status = &present::status_label(&self.tr, s)
            ),
            None => tr!(self.tr, "dev-device-of", device = &t.device_id, who = &who),
        };
        let email_line = match &self.org {
            Some(o) if o.suppress_emails => tr!(self.tr, "dev-suppresses-emails-new", org = &o.name),
            _ => tr!(self.tr, "dev-new-code-emailed", email = &t.owner_email),
        };
        let its_subscription = tr!(self.tr, "dev-its-subscription");
        let (title, lines) = match id {
            ActionId::NewCode => (
                tr!(self.tr, "dev-new-code-title", device = &t.device_id),
                vec![
                    device_line,
                    tr!(self.tr, "dev-new-code-issued"),
                    tr!(self.tr, "dev-new-code-stops"),
                    format!("• {email_line}"),
                ],
            ),
            ActionId::LostStolen => (
                tr!(self.tr, "dev-lost-title", device = &t.device_id),
                vec![
                    device_line,
                    tr!(self.tr, "dev-lost-deactivated"),
                    tr!(self.tr, "dev-lost-pending"),
                    format!("• {email_line}"),
                ],
            ),
            _ => (
                tr!(self.tr, "dev-delete-title", device = &t.device_id),
                vec![
                    device_line,
                    tr!(
                        self.tr,
                        "dev-delete-pool",
                        subscription = t.subscription.as_deref().unwrap_or(&its_subscription)
                    ),
                    tr!(self.tr, "dev-delete-no-calls", name = &t.owner_name),
                    tr!(self.tr, "dev-delete-by-hand", name = &t.owner_name),
                ],
            ),
        };
        let confirm = Confirm::new(title, lines, device_change(id, t.device_id.clone(), true));
        // A new code is emailed (and later printed): in the language the confirmation shows.
        let confirm = match id {
            ActionId::NewCode | ActionId::LostStolen => confirm.with_letter(self.tr.lang()),
            _ => confirm,
        };
        self.open(Popup::Confirm(confirm));
        Vec::new()
    }

    /// A code was issued (added, new code, lost/stolen): the activation details, once, with
    /// the language its email was written in.
    pub(crate) fn issued(&mut self, issued: Box<IssuedCode>, letter: Lang) -> Jobs {
        self.popups.retain(|p| !matches!(p, Popup::Activation(_)));
        let pending = present::status_label(&self.tr, DeviceStatus::ActivationPending);
        self.info(tr!(
            self.tr,
            "say-code-issued",
            device = &issued.device_id,
            email = &issued.owner_email,
            status = &pending,
            note = &self.tr.text(&issued.email_note)
        ));
        self.open(Popup::Activation(Activation::new(&self.tr, issued, letter)));
        self.reload_all()
    }

    pub(crate) fn deleted(&mut self, d: DeleteOutcome) -> Jobs {
        self.info(tr!(
            self.tr,
            "say-deleted",
            device = &d.device_id,
            subscription = &d.subscription_id,
            free = d.subscription_free
        ));
        let lines = vec![
            tr!(
                self.tr,
                "dev-deleted-line",
                device = &d.device_id,
                email = &d.owner_email,
                subscription = &d.subscription_id,
                free = d.subscription_free
            ),
            String::new(),
            tr!(self.tr, "dev-tell", email = &d.owner_email, notice = &self.tr.text(&d.notice)),
        ];
        self.notice(tr!(self.tr, "dev-deleted-title", device = &d.device_id), lines);
        self.reload_all()
    }

    /// `e` in the activation details: the code goes by email again (WG04), in `lang`.
    pub(crate) fn email_code(&mut self, mut issued: Box<IssuedCode>, lang: Lang) -> Jobs {
        self.info(tr!(self.tr, "say-emailing-code", email = &issued.owner_email));
        vec![ask(move |svc| svc.devices().email_code(&mut issued).map(|()| issued), |app, result| app.emailed(result))
            .in_letter_lang(lang)]
    }

    fn emailed(&mut self, result: Result<Box<IssuedCode>>) -> Jobs {
        match result {
            Ok(issued) => {
                let note = self.tr.text(&issued.email_note);
                for p in &mut self.popups {
                    if let Popup::Activation(a) = p {
                        a.emailed(&issued);
                    }
                }
                self.info(tr!(self.tr, "say-sent-again", note = &note));
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }
}
