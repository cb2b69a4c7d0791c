//! Mobile operators (MO01-MO06): requesting an operator account (the id typed twice and
//! confirmed, since it cannot change), adding mobile numbers under an Authorized account
//! (each checked as it is typed), and making a mobile number a user's primary number.

use crate::domain::mobile::CheckedNumber;
use crate::domain::Result;
use crate::service::action::Action;
use crate::service::{
    AssignOutcome, DeviceRow, LocationRow, MobileAddReport, NumberRow, OperatorAccountRow, Service, SubscriptionRow,
    UserRow,
};
use crate::tui::actions::ActionId;
use crate::tui::app::App;
use crate::tui::jobs::{ask, change, read_only, Jobs};
use crate::tui::keys::check_numbers;
use crate::tui::panes::numbers::{auth_tone, NumbersView};
use crate::tui::popups::choice::{Choice, Item, Purpose};
use crate::tui::popups::confirm::Confirm;
use crate::tui::popups::form::{Answers, Field, Form, FormKind};
use crate::tui::popups::report::ReportLine;
use crate::tui::popups::Popup;
use crate::tui::present::auth_symbol;

/// Marks a location's name among the operator accounts of the add-mobile-numbers choice.
const LOCATION_PREFIX: &str = "location:";

/// What the assign-mobile-primary flow needs to ask (MO05, WG02).
#[derive(Debug, Clone)]
pub struct AssignChoices {
    pub user: UserRow,
    /// Unassigned mobile numbers of the user's location only.
    pub numbers: Vec<NumberRow>,
    pub subscriptions: Vec<SubscriptionRow>,
}

fn assign_choices(svc: &Service, email: &str) -> Result<AssignChoices> {
    let user = svc.people().get(email)?;
    let numbers = svc.numbers().assignable(email)?;
    let subscriptions = svc.subscriptions()?;
    Ok(AssignChoices { user, numbers, subscriptions })
}

/// Where the assign-mobile-primary flow has got to (MO05, WG02).
#[derive(Debug, Clone)]
pub struct AssignFlow {
    pub email: String,
    choices: Option<Box<AssignChoices>>,
    number: Option<String>,
    subscription: Option<String>,
}

impl App {
    fn no_account_yet(&mut self) {
        self.info(format!(
            "no operator account yet: press {} to request one (MO01)",
            self.keymap.label(ActionId::AddOperatorAccount)
        ));
    }

    pub(crate) fn add_operator_account(&mut self) -> Jobs {
        if self.read_only {
            return vec![read_only(Action::AddOperatorAccount)];
        }
        let fields = vec![
            Field::list("Location"),
            Field::text("Mobile operator", ""),
            Field::text("Account id", ""),
            Field::text("Account id again", ""),
        ];
        let mut form =
            Form::new("Add operator account (MO01)", FormKind::OperatorAccount, fields, "Next: confirm the account id");
        form.focus = 1;
        form.steps = true;
        self.open_form(form);
        vec![ask(|svc| svc.locations(), |app, result| app.locations_loaded(result))]
    }

    /// MO01: the id typed twice goes to a confirmation, since it cannot change later.
    pub(crate) fn submit_operator_account(&mut self, a: &Answers) -> Jobs {
        let shown = a.value(0);
        // "Dallas (US)" -> "Dallas": the service looks locations up by name.
        let name = shown.rsplit_once(" (").map(|(n, _)| n.to_string()).unwrap_or_else(|| shown.clone());
        let (operator, id, again) = (a.value(1), a.value(2), a.value(3));
        let lines = vec![
            format!("Location {shown} · operator {operator} · account id {id}"),
            "• Once confirmed, the operator account id cannot be changed later (MO01).".into(),
            "• The operator is asked to authorise it: Pending, which can take up to 48 hours (MO02).".into(),
            "• Numbers can be added once it is Authorized.".into(),
        ];
        let account_id = id.clone();
        let add = change(
            move |svc| svc.operator_accounts().add(&name, &operator, &account_id, &again, true),
            |app, a| app.account_added(a),
        );
        self.open(Popup::Confirm(Confirm::new(format!("Confirm operator account id {id}?"), lines, add)));
        Vec::new()
    }

    /// MO01: the locations, for the open forms that ask for one.
    fn locations_loaded(&mut self, result: Result<Vec<LocationRow>>) -> Jobs {
        let locs = match result {
            Ok(l) => l,
            Err(e) => {
                self.error(e.to_string());
                return Vec::new();
            }
        };
        let options: Vec<String> = locs.iter().map(|l| format!("{} ({})", l.name, l.country)).collect();
        for p in &mut self.popups {
            if let Popup::Form(f) = p {
                f.set_locations(options.clone());
            }
        }
        Vec::new()
    }

    pub(crate) fn add_mobile_numbers(&mut self) -> Jobs {
        if self.read_only {
            return vec![read_only(Action::AddMobileNumbers)];
        }
        if self.backend_label.is_some() {
            // A real organisation: no operator accounts here (Control Hub only); by location.
            return vec![ask(|svc| svc.locations(), |app, result| app.choose_numbers_location(result))];
        }
        if self.numbers_view == NumbersView::Accounts {
            match self.accounts.current().cloned() {
                Some(a) => self.open_numbers_form(a),
                None => self.no_account_yet(),
            }
            return Vec::new();
        }
        if !self.accounts.loaded {
            self.info("loading the operator accounts; try again in a moment");
            return self.ensure_extras();
        }
        if self.accounts.rows.is_empty() {
            self.no_account_yet();
            return Vec::new();
        }
        let items = self
            .accounts
            .rows
            .iter()
            .map(|a| Item {
                label: format!(
                    "{} · {} · {} · {} {}",
                    a.account_id,
                    a.location,
                    a.operator,
                    auth_symbol(a.status),
                    a.status.label()
                ),
                value: a.account_id.clone(),
            })
            .collect();
        let c = Choice::new(
            Purpose::Account,
            "Add mobile numbers: operator account",
            "Numbers can be added only under an Authorized account (MO02)",
            items,
        )
        .selecting(self.accounts.selected);
        self.choose(c);
        Vec::new()
    }

    /// A real organisation's add-mobile-numbers: the location first.
    fn choose_numbers_location(&mut self, result: Result<Vec<LocationRow>>) -> Jobs {
        let locs = match result {
            Ok(l) => l,
            Err(e) => {
                self.error(e.to_string());
                return Vec::new();
            }
        };
        if locs.is_empty() {
            self.info("no locations in the copy of this organisation: sync it first (F)");
            return Vec::new();
        }
        let items = locs
            .iter()
            .map(|l| Item {
                label: format!("{} ({})", l.name, l.country),
                value: format!("{LOCATION_PREFIX}{}", l.name),
            })
            .collect();
        let c = Choice::new(
            Purpose::Account,
            "Add mobile numbers: location",
            "Its operator account is Control Hub's; Webex validates each number (MO02, MO03)",
            items,
        );
        self.choose(c);
        Vec::new()
    }

    pub(crate) fn account_picked(&mut self, id: String) -> Jobs {
        if let Some(location) = id.strip_prefix(LOCATION_PREFIX) {
            // The service takes a location's name where the account goes on a real organisation.
            let stands_for = OperatorAccountRow {
                id: 0,
                location_id: 0,
                location: location.to_string(),
                location_country: String::new(),
                operator: String::new(),
                account_id: location.to_string(),
                status: crate::domain::mobile::AuthStatus::Authorized,
                status_reason: None,
                requested_at: chrono::DateTime::<chrono::Utc>::UNIX_EPOCH,
                changed_at: chrono::DateTime::<chrono::Utc>::UNIX_EPOCH,
                numbers: 0,
                advice: String::new(),
            };
            self.open_numbers_form_for(stands_for, true);
        } else if let Some(a) = self.accounts.rows.iter().find(|a| a.account_id == id).cloned() {
            self.open_numbers_form(a);
        }
        Vec::new()
    }

    fn open_numbers_form(&mut self, account: OperatorAccountRow) {
        self.open_numbers_form_for(account, false)
    }

    fn open_numbers_form_for(&mut self, account: OperatorAccountRow, by_location: bool) {
        let seq = self.next_seq();
        let title = if by_location {
            format!("Add mobile numbers: {} · through Webex", account.location)
        } else {
            format!("Add mobile numbers: {} · {} · {}", account.location, account.operator, account.account_id)
        };
        let kind = FormKind::MobileNumbers {
            account: Box::new(account),
            checked: Vec::new(),
            problem: None,
            checked_for: String::new(),
            seq,
            by_location,
        };
        self.open_form(Form::new(title, kind, vec![Field::text("Numbers", "")], "save: add the valid numbers"));
    }

    /// MO03: checked once more on save (the form shows each number's state), then added: the
    /// service checks again inside its transaction.
    pub(crate) fn submit_mobile_numbers(&mut self, account_id: &str, a: &Answers) -> Jobs {
        let entry = a.value(0);
        // The entry about to be saved is the one the form shows checked.
        let seq = self.next_seq();
        if let Some(f) = self.form_mut() {
            f.checking(&entry, seq);
        }
        self.info(format!("adding mobile numbers under {account_id}…"));
        let account_id = account_id.to_string();
        let check = check_numbers(account_id.clone(), entry.clone(), seq);
        let add = change(move |svc| svc.numbers().add(&account_id, &entry), |app, r| app.mobile_added(r));
        vec![check, add]
    }

    /// MO03: the service's check of what was typed, for the form that asked (answer `seq`).
    pub(crate) fn numbers_checked(&mut self, seq: u64, result: Result<Vec<CheckedNumber>>) -> Jobs {
        if let Some(f) = self.form_mut() {
            f.checked(seq, result);
        }
        Vec::new()
    }

    pub(crate) fn account_added(&mut self, a: OperatorAccountRow) -> Jobs {
        self.close_forms();
        self.info(format!(
            "operator account {} for {} ({}) requested: {}",
            a.account_id,
            a.location,
            a.operator,
            a.status.label()
        ));
        let lines = vec![
            ReportLine::plain(format!(
                "{} · {} · account id {} (fixed: it cannot be changed)",
                a.location, a.operator, a.account_id
            )),
            ReportLine::new(format!("{} {}", auth_symbol(a.status), a.status.label()), auth_tone(a.status)),
            ReportLine::plain(a.advice.clone()),
        ];
        self.report(format!("Operator account {}", a.account_id), lines);
        self.numbers_view = NumbersView::Accounts;
        self.reload_all()
    }

    pub(crate) fn mobile_added(&mut self, r: MobileAddReport) -> Jobs {
        self.close_forms();
        // A real organisation: Webex's requests say what was added (an Available number of a
        // refused request was not); there is no operator account to name.
        let by_webex = !r.requests.is_empty() || r.account_id.is_empty();
        let under = if by_webex { "through Webex".to_string() } else { format!("under {}", r.account_id) };
        let who = if by_webex { r.location.clone() } else { r.account_id.clone() };
        self.info(format!("{who}: {} added, {} not added (MO03)", r.added, r.rejected));
        let mut lines = vec![ReportLine::plain(format!(
            "{} of {} numbers added to {} {under}; new mobile numbers are INACTIVE until assigned.",
            r.added,
            r.numbers.len(),
            r.location,
        ))];
        for q in r.requests.iter().filter(|q| q.added.len() < q.numbers.len()) {
            let why = q.error.as_deref().unwrap_or("not added");
            lines.push(ReportLine::bad(format!("✕ a request of {} numbers: {} · {why}", q.numbers.len(), q.outcome)));
        }
        for n in &r.numbers {
            let shown = n.number.as_deref().unwrap_or(&n.input);
            let added = n.state.is_ok()
                && (!by_webex || r.requests.iter().any(|q| n.number.as_ref().is_some_and(|x| q.added.contains(x))));
            lines.push(if added {
                ReportLine::good(format!("✓ {shown} · {} · added", n.state.label()))
            } else {
                let why = n.reason.strip_prefix("not added: ").unwrap_or(&n.reason);
                ReportLine::bad(format!("✕ {shown} · {} · not added: {why}", n.state.label()))
            });
        }
        self.report(format!("Mobile numbers for {}", r.location), lines);
        self.reload_all()
    }

    // ------------------------------------------------------------------ mobile primary (MO05, MO06)

    pub(crate) fn assign_mobile_primary(&mut self) -> Jobs {
        let Some((email, _)) = self.selected_user() else {
            self.info("select a user first");
            return Vec::new();
        };
        if self.read_only {
            return vec![read_only(Action::AssignMobilePrimary)];
        }
        self.info(format!("looking up the mobile numbers for {email}…"));
        self.flows.assign = Some(AssignFlow { email: email.clone(), choices: None, number: None, subscription: None });
        let asked = email.clone();
        vec![ask(
            move |svc| assign_choices(svc, &asked).map(Box::new),
            move |app, result| app.assign_choices(email, result),
        )]
    }

    fn assign_choices(&mut self, email: String, result: Result<Box<AssignChoices>>) -> Jobs {
        if self.flows.assign.as_ref().is_none_or(|f| f.email != email) {
            return Vec::new();
        }
        let c = match result {
            Ok(c) => c,
            Err(e) => {
                self.flows.assign = None;
                self.error(e.to_string());
                return Vec::new();
            }
        };
        if c.numbers.is_empty() {
            self.flows.assign = None;
            self.error(format!(
                "MO05: no unassigned mobile numbers in {}, the location of {}. Add some on the Numbers pane ({} then {}) under an Authorized operator account of that location.",
                c.user.location.as_deref().unwrap_or("the user's location (none)"),
                c.user.email,
                self.keymap.label(ActionId::PaneNumbers),
                self.keymap.label(ActionId::AddMobileNumbers)
            ));
            return Vec::new();
        }
        let items = c
            .numbers
            .iter()
            .map(|n| Item {
                label: format!(
                    "{} · {} · {} · {}",
                    n.number,
                    n.location,
                    n.operator.as_deref().unwrap_or("mobile"),
                    n.state
                ),
                value: n.number.clone(),
            })
            .collect();
        let title = format!("Mobile primary number for {} (MO05)", c.user.display_name);
        let prompt = format!(
            "Unassigned mobile numbers of {} only; now: {}",
            c.user.location.as_deref().unwrap_or("the user's location"),
            c.user.primary_number.as_deref().unwrap_or("no primary number")
        );
        if let Some(f) = self.flows.assign.as_mut() {
            f.choices = Some(c);
        }
        self.choose(Choice::new(Purpose::MobileNumber, title, prompt, items));
        Vec::new()
    }

    /// The mobile number (MO05) or the subscription (WG02) was picked.
    pub(crate) fn assign_picked(&mut self, purpose: Purpose, value: String) -> Jobs {
        if let Some(f) = self.flows.assign.as_mut() {
            match purpose {
                Purpose::MobileNumber => f.number = Some(value),
                _ => f.subscription = Some(value),
            }
        }
        self.next_assign_step()
    }

    /// WG02 when the user has no device yet and several subscriptions exist, then confirm.
    fn next_assign_step(&mut self) -> Jobs {
        let Some(flow) = self.flows.assign.as_ref() else { return Vec::new() };
        let Some(c) = flow.choices.as_ref() else { return Vec::new() };
        let Some(number) = flow.number.clone() else { return Vec::new() };
        let user = &c.user;
        let needs_subscription = user.device_id.is_none() && c.subscriptions.len() > 1;
        if needs_subscription && flow.subscription.is_none() {
            let choice =
                super::devices::subscription_choice(&c.subscriptions, &user.display_name, Purpose::AssignSubscription);
            self.choose(choice);
            return Vec::new();
        }
        let Some(flow) = self.flows.assign.take() else { return Vec::new() };
        let Some(c) = flow.choices else { return Vec::new() };
        let user = c.user;
        let who = format!("{} <{}>", user.display_name, user.email);
        let mut lines = vec![format!("Make {number} the primary number of {who}?")];
        lines.push(match &user.primary_number {
            Some(old) => format!(
                "• It replaces the current primary number {old}, which goes back to the pool of unassigned numbers."
            ),
            None => format!("• {} has no primary number now: nothing is replaced.", user.display_name),
        });
        lines.push(match &user.device_id {
            Some(d) => format!("• {number} becomes ACTIVE; the Webex Go device {d} takes the new number (MO05)."),
            None => format!(
                "• {number} becomes ACTIVE and a Webex Go device through the mobile operator is created for {} (MO05){}.",
                user.display_name,
                flow.subscription.as_deref().map(|s| format!(", licence from {s}")).unwrap_or_default()
            ),
        });
        let (email, subscription) = (user.email.clone(), flow.subscription);
        let assign = change(
            move |svc| {
                let out = svc.numbers().assign_primary(&email, &number, subscription.as_deref())?;
                // The device as it is now (MO05).
                let device = svc.devices().get(&out.device_id).ok().map(Box::new);
                Ok((out, device))
            },
            |app, (out, device)| app.primary_assigned(out, device),
        );
        self.open(Popup::Confirm(Confirm::new(
            format!("Mobile primary number for {}?", user.display_name),
            lines,
            assign,
        )));
        Vec::new()
    }

    pub(crate) fn primary_assigned(&mut self, out: AssignOutcome, device: Option<Box<DeviceRow>>) -> Jobs {
        let mut lines = vec![
            ReportLine::good(format!("{} is now the primary number of {} (ACTIVE).", out.number, out.user_email)),
            ReportLine::plain(match &out.replaced {
                Some(old) => format!("{old} was replaced: it is back in the pool of unassigned numbers."),
                None => "There was no primary number to replace.".into(),
            }),
        ];
        let what = if out.device_created { "created" } else { "kept, with the new number" };
        lines.push(match &device {
            Some(d) => ReportLine::good(format!(
                "Webex Go device {} · {} · {} {} · {what}; it is on the user's devices and in the Devices pane.",
                d.device_id,
                d.kind.label(),
                d.status.symbol(),
                d.status.label()
            )),
            None => ReportLine::good(format!("Webex Go device {} {what}.", out.device_id)),
        });
        self.info(format!("{} is {}'s primary number; device {}", out.number, out.user_email, out.device_id));
        self.report(format!("Mobile primary number for {}", out.user_email), lines);
        self.reload_all()
    }
}
