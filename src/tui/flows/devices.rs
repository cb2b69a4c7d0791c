//! Webex Go devices (WG01-WG09, WG14): adding one (asking for the subscription and the
//! number when the rules need them), a new code, lost/stolen, delete, and what follows a code
//! issued: the activation details (`popups::activation`), from which the code is copied,
//! printed or emailed again.

use crate::domain::{DeviceStatus, Result};
use crate::service::{AddDevice, AddDeviceChoices, DeleteOutcome, IssuedCode, OrgInfo, SubscriptionRow, UserRow};
use crate::tui::actions::{action, ActionId, Context};
use crate::tui::app::App;
use crate::tui::jobs::{ask, change_if, Job, Jobs};
use crate::tui::panes::{PageRows, Pane};
use crate::tui::popups::activation::Activation;
use crate::tui::popups::choice::{Choice, Item, Purpose};
use crate::tui::popups::confirm::Confirm;
use crate::tui::popups::Popup;

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
pub(crate) fn subscription_choice(subscriptions: &[SubscriptionRow], who: &str, purpose: Purpose) -> Choice {
    let items = subscriptions
        .iter()
        .map(|s| Item {
            // The free count first: a subscription's id is 40 characters and would push it out.
            label: format!("{} of {} free · {} · {}", s.free, s.go_licences, s.name, s.id),
            value: s.id.clone(),
        })
        .collect();
    Choice::new(
        purpose,
        format!("Subscription for {who}'s Webex Go licence (WG02)"),
        "More than one subscription has Webex Go licences: choose one",
        items,
    )
}

/// The change a device action asks for, and what follows it.
fn device_change(id: ActionId, device_id: String, confirmed: bool) -> Job {
    let issued = |app: &mut App, c| app.issued(Box::new(c));
    match id {
        ActionId::NewCode => change_if(confirmed, move |svc| svc.devices().new_code(&device_id, true), issued),
        ActionId::LostStolen => change_if(confirmed, move |svc| svc.devices().lost_stolen(&device_id, true), issued),
        _ => change_if(confirmed, move |svc| svc.devices().delete(&device_id), |app, d| app.deleted(d)),
    }
}

/// WG01: adds the device, then shows its code.
fn add(req: AddDevice, confirmed: bool) -> Job {
    change_if(confirmed, move |svc| svc.devices().add(&req), |app, c| app.issued(Box::new(c)))
}

/// What adding a device on a real organisation does, asked before Webex is.
fn add_question(choices: &AddDeviceChoices, flow: &AddFlow, org: Option<&OrgInfo>) -> (String, Vec<String>) {
    let user = &choices.user;
    let sub = match (&flow.subscription, choices.subscriptions.as_slice()) {
        (Some(id), all) => all.iter().find(|s| &s.id == id),
        (None, [one]) => Some(one),
        _ => None,
    };
    let licence = match sub {
        Some(s) => format!("• It takes one Webex Go licence of {} ({} of {} free now).", s.name, s.free, s.go_licences),
        None => "• It takes one of the organisation's Webex Go licences (Webex picks the subscription).".to_string(),
    };
    let number = flow.number.as_deref().or(user.primary_number.as_deref()).unwrap_or("its primary number");
    let code = match org {
        Some(o) if o.suppress_emails => format!("{} suppresses emails: you copy or print the code.", o.name),
        _ => format!("The activation code is emailed to {} and shown here once.", user.email),
    };
    (
        format!("Add a Webex Go device for {}?", user.display_name),
        vec![
            format!("{} <{}> · number {number}.", user.display_name, user.email),
            "• Webex is asked now (POST /devices/activationCode) and the device is added there.".into(),
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
                "Add Webex Go device: existing user",
                "Search users by name, email or location",
                Vec::new(),
            );
            c.seq = seq;
            self.choose(c);
            return vec![self.search_users(String::new(), seq)];
        }
        match self.selected_user() {
            Some((email, _)) => self.start_add(email),
            None => {
                self.info("select a user first");
                Vec::new()
            }
        }
    }

    pub(crate) fn start_add(&mut self, email: String) -> Jobs {
        if self.read_only {
            // The service refuses at once; no point asking for choices first.
            return vec![add(AddDevice { user_email: email, ..AddDevice::default() }, false)];
        }
        self.info(format!("checking {email}…"));
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
            let text = refusal.clone();
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
            let c = subscription_choice(&choices.subscriptions, &choices.user.display_name, Purpose::Subscription);
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
            let prompt = format!(
                "{} has no primary number: pick an unassigned number of {}",
                user.display_name,
                user.location.as_deref().unwrap_or("the location")
            );
            let c = Choice::new(Purpose::Number, format!("Number for {} (WG03)", user.display_name), prompt, items);
            self.choose(c);
            return Vec::new();
        }
        // On a real organisation the add is Webex's at once and takes a licence: ask first, as
        // n, L and D do.
        let ask_first = self.backend_label.is_some().then(|| add_question(choices, flow, self.org.as_ref()));
        let Some(flow) = self.flows.add.take() else { return Vec::new() };
        let req =
            AddDevice { user_email: flow.email, subscription: flow.subscription, number: flow.number, no_email: false };
        if let Some((title, lines)) = ask_first {
            self.open(Popup::Confirm(Confirm::new(title, lines, add(req, true))));
            return Vec::new();
        }
        self.info(format!("adding a Webex Go device for {}…", req.user_email));
        vec![add(req, true)]
    }

    /// WG14: the users found for what was typed.
    pub(crate) fn users_found(&mut self, seq: u64, result: Result<Vec<UserRow>>) -> Jobs {
        let Some(Popup::Choice(c)) = self.popups.last_mut() else { return Vec::new() };
        if !c.awaits(seq) {
            return Vec::new();
        }
        match result {
            Ok(users) => c.found(
                users
                    .into_iter()
                    .map(|u| Item {
                        label: format!(
                            "{} <{}> · {} · {}",
                            u.display_name,
                            u.email,
                            u.location.as_deref().unwrap_or("no location"),
                            match (&u.device_id, u.device_status) {
                                (Some(d), Some(s)) => format!("has {d} ({})", s.label()),
                                _ => "no Webex Go device".into(),
                            }
                        ),
                        value: u.email,
                    })
                    .collect(),
            ),
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    fn target(&self, ctx: Context) -> std::result::Result<Target, String> {
        let no_device = |email: &str| {
            format!(
                "{email} has no Webex Go device; press {} to add one",
                self.keymap.label_in(ctx, ActionId::AddDevice)
            )
        };
        match ctx {
            Context::Detail => {
                let d = self.detail.as_ref().ok_or("no user is open")?;
                let data = d.data.as_ref().ok_or("still loading the user; try again in a moment")?;
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
                let PageRows::Users(rows) = &l.rows else { return Err("nothing selected".into()) };
                let u = l.current().and_then(|i| rows.get(i)).ok_or("nothing selected")?;
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
                let PageRows::Devices(rows) = &l.rows else { return Err("nothing selected".into()) };
                let d = l.current().and_then(|i| rows.get(i)).ok_or("nothing selected")?;
                Ok(Target {
                    device_id: d.device_id.clone(),
                    owner_email: d.owner_email.clone(),
                    owner_name: d.owner_name.clone(),
                    status: Some(d.status),
                    subscription: Some(d.subscription_id.clone()),
                })
            }
            _ => Err("select a user or a device first".into()),
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
                self.notice(
                    format!("No new code for {} while it is {}", t.device_id, status.label()),
                    vec![
                        refusal.to_string(),
                        String::new(),
                        format!(
                            "• The phone is lost or stolen, or replaced without the old one: press {lost} (Lost/Stolen). \
                             The line on the old phone is deactivated for good and a new code is issued for the new phone (WG08)."
                        ),
                        format!(
                            "• The old phone is at hand: {} removes the Webex Go line from it (WG11). The device then shows \
                             Activation pending and {} issues the new code.",
                            t.owner_name,
                            self.keymap.label_in(ctx, ActionId::NewCode)
                        ),
                    ],
                );
                return Vec::new();
            }
        }
        let status = t.status.map(|s| format!(", {}", s.label())).unwrap_or_default();
        let who = format!("{} <{}>", t.owner_name, t.owner_email);
        let email_line = match &self.org {
            Some(o) if o.suppress_emails => format!("{} suppresses emails: you copy or print the new code.", o.name),
            _ => format!("The new code is emailed to {} and shown here once.", t.owner_email),
        };
        let (title, lines) = match id {
            ActionId::NewCode => (
                format!("New activation code for {}?", t.device_id),
                vec![
                    format!("Device {} of {who}{status}.", t.device_id),
                    "• A new activation code is issued (only while Activation pending).".into(),
                    "• Every code issued before it stops working at once (WG05).".into(),
                    format!("• {email_line}"),
                ],
            ),
            ActionId::LostStolen => (
                format!("Lost or stolen: {}?", t.device_id),
                vec![
                    format!("Device {} of {who}{status}.", t.device_id),
                    "• The business line on the lost phone is deactivated at once and for good: its code and eSIM profile can never be used again.".into(),
                    "• The device goes back to Activation pending with a new activation code for the replacement phone (WG08).".into(),
                    format!("• {email_line}"),
                ],
            ),
            _ => (
                format!("Delete {}?", t.device_id),
                vec![
                    format!("Device {} of {who}{status}.", t.device_id),
                    format!(
                        "• The Webex Go device is removed and its licence goes back to the pool of {} (WG09).",
                        t.subscription.as_deref().unwrap_or("its subscription")
                    ),
                    format!("• {} can no longer place or answer business calls from the phone's dialer.", t.owner_name),
                    format!("• {} must delete the deactivated line on the phone by hand; you will be shown how.", t.owner_name),
                ],
            ),
        };
        self.open(Popup::Confirm(Confirm::new(title, lines, device_change(id, t.device_id.clone(), true))));
        Vec::new()
    }

    /// A code was issued (added, new code, lost/stolen): the activation details, once.
    pub(crate) fn issued(&mut self, issued: Box<IssuedCode>) -> Jobs {
        self.popups.retain(|p| !matches!(p, Popup::Activation(_)));
        self.info(format!(
            "{}: code issued for {}, Activation pending. {}",
            issued.device_id, issued.owner_email, issued.email_note
        ));
        self.open(Popup::Activation(Activation::new(&self.tr, issued)));
        self.reload_all()
    }

    pub(crate) fn deleted(&mut self, d: DeleteOutcome) -> Jobs {
        self.info(format!(
            "{} deleted; its licence went back to {} ({} free).",
            d.device_id, d.subscription_id, d.subscription_free
        ));
        let lines = vec![
            format!(
                "The Webex Go device {} of {} is deleted. Its licence went back to subscription {} ({} free now).",
                d.device_id, d.owner_email, d.subscription_id, d.subscription_free
            ),
            String::new(),
            format!("Tell {}: {}", d.owner_email, d.notice),
        ];
        self.notice(format!("Deleted {}", d.device_id), lines);
        self.reload_all()
    }

    /// `e` in the activation details: the code goes by email again (WG04).
    pub(crate) fn email_code(&mut self, mut issued: Box<IssuedCode>) -> Jobs {
        self.info(format!("emailing the code to {} again…", issued.owner_email));
        vec![ask(move |svc| svc.devices().email_code(&mut issued).map(|()| issued), |app, result| app.emailed(result))]
    }

    fn emailed(&mut self, result: Result<Box<IssuedCode>>) -> Jobs {
        match result {
            Ok(issued) => {
                let note = issued.email_note.clone();
                for p in &mut self.popups {
                    if let Popup::Activation(a) = p {
                        a.emailed(&issued);
                    }
                }
                self.info(format!("sent again: {note}"));
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }
}
