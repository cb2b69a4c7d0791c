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
use crate::tui::present::{auth_symbol, auth_word, kind_word, number_state_word, status_word};

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
        let key = self.keymap.label(ActionId::AddOperatorAccount);
        self.info(tr!(self.tr, "mob-no-account-yet", key = &key));
    }

    pub(crate) fn add_operator_account(&mut self) -> Jobs {
        if self.read_only {
            return vec![read_only(Action::AddOperatorAccount)];
        }
        let fields = vec![
            Field::list(tr!(self.tr, "field-location")),
            Field::text(tr!(self.tr, "field-mobile-operator"), ""),
            Field::text(tr!(self.tr, "field-account-id"), ""),
            Field::text(tr!(self.tr, "field-account-id-again"), ""),
        ];
        let mut form = Form::new(
            tr!(self.tr, "mob-account-form-title"),
            FormKind::OperatorAccount,
            fields,
            tr!(self.tr, "mob-account-form-submit"),
        );
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
            tr!(self.tr, "mob-confirm-what", location = &shown, operator = &operator, id = &id),
            tr!(self.tr, "mob-confirm-fixed"),
            tr!(self.tr, "mob-confirm-pending"),
            tr!(self.tr, "mob-confirm-numbers-later"),
        ];
        let account_id = id.clone();
        let add = change(
            move |svc| svc.operator_accounts().add(&name, &operator, &account_id, &again, true),
            |app, a| app.account_added(a),
        );
        self.open(Popup::Confirm(Confirm::new(tr!(self.tr, "mob-confirm-title", id = &id), lines, add)));
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
            self.info(tr!(self.tr, "say-loading-accounts"));
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
                    auth_word(&self.tr, a.status)
                ),
                value: a.account_id.clone(),
            })
            .collect();
        let c = Choice::new(
            Purpose::Account,
            tr!(self.tr, "mob-pick-account-title"),
            tr!(self.tr, "mob-pick-account-prompt"),
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
            self.info(tr!(self.tr, "say-no-locations"));
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
            tr!(self.tr, "mob-pick-location-title"),
            tr!(self.tr, "mob-pick-location-prompt"),
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
            tr!(self.tr, "mob-numbers-form-title-webex", location = &account.location)
        } else {
            tr!(
                self.tr,
                "mob-numbers-form-title",
                location = &account.location,
                operator = &account.operator,
                id = &account.account_id
            )
        };
        let kind = FormKind::MobileNumbers {
            account: Box::new(account),
            checked: Vec::new(),
            problem: None,
            checked_for: String::new(),
            seq,
            by_location,
        };
        let fields = vec![Field::text(tr!(self.tr, "field-numbers"), "")];
        self.open_form(Form::new(title, kind, fields, tr!(self.tr, "mob-numbers-form-submit")));
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
        self.info(tr!(self.tr, "say-adding-mobile-numbers", id = account_id));
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
        let status = auth_word(&self.tr, a.status);
        self.info(tr!(
            self.tr,
            "say-account-requested",
            id = &a.account_id,
            location = &a.location,
            operator = &a.operator,
            status = &status
        ));
        let lines = vec![
            ReportLine::plain(tr!(
                self.tr,
                "mob-account-fixed",
                location = &a.location,
                operator = &a.operator,
                id = &a.account_id
            )),
            ReportLine::new(format!("{} {status}", auth_symbol(a.status)), auth_tone(a.status)),
            ReportLine::plain(crate::tui::present::advice_said(&self.tr, &a.advice)),
        ];
        self.report(tr!(self.tr, "account-title", id = &a.account_id), lines);
        self.numbers_view = NumbersView::Accounts;
        self.reload_all()
    }

    pub(crate) fn mobile_added(&mut self, r: MobileAddReport) -> Jobs {
        self.close_forms();
        // A real organisation: Webex's requests say what was added (an Available number of a
        // refused request was not); there is no operator account to name.
        let by_webex = !r.requests.is_empty() || r.account_id.is_empty();
        let who = if by_webex { r.location.clone() } else { r.account_id.clone() };
        self.info(tr!(self.tr, "say-mobile-added", who = &who, added = r.added, rejected = r.rejected));
        let first = if by_webex {
            tr!(self.tr, "mob-added-webex", added = r.added, n = r.numbers.len(), location = &r.location)
        } else {
            tr!(
                self.tr,
                "mob-added-under",
                added = r.added,
                n = r.numbers.len(),
                location = &r.location,
                id = &r.account_id
            )
        };
        let mut lines = vec![ReportLine::plain(first)];
        let not_added = tr!(self.tr, "mob-not-added");
        for q in r.requests.iter().filter(|q| q.added.len() < q.numbers.len()) {
            let why = q.error.as_ref().map_or(not_added.clone(), |e| self.tr.text(e));
            lines.push(ReportLine::bad(format!(
                "✕ {}",
                tr!(self.tr, "mob-request-failed", n = q.numbers.len(), outcome = q.outcome, why = &why)
            )));
        }
        for n in &r.numbers {
            let shown = n.number.as_deref().unwrap_or(&n.input);
            let added = n.state.is_ok()
                && (!by_webex || r.requests.iter().any(|q| n.number.as_ref().is_some_and(|x| q.added.contains(x))));
            let state = number_state_word(&self.tr, n.state);
            lines.push(if added {
                ReportLine::good(format!("✓ {shown} · {state} · {}", tr!(self.tr, "mob-added")))
            } else {
                let why = n.reason.strip_prefix("not added: ").unwrap_or(&n.reason);
                let why = crate::tui::present::number_reason_said(&self.tr, why);
                ReportLine::bad(format!("✕ {shown} · {state} · {}", tr!(self.tr, "mob-not-added-why", why = &why)))
            });
        }
        self.report(tr!(self.tr, "mob-numbers-report-title", location = &r.location), lines);
        self.reload_all()
    }

    // ------------------------------------------------------------------ mobile primary (MO05, MO06)

    pub(crate) fn assign_mobile_primary(&mut self) -> Jobs {
        let Some((email, _)) = self.selected_user() else {
            self.info(tr!(self.tr, "say-select-user-first"));
            return Vec::new();
        };
        if self.read_only {
            return vec![read_only(Action::AssignMobilePrimary)];
        }
        self.info(tr!(self.tr, "say-looking-up-mobile", email = &email));
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
            let none = tr!(self.tr, "mob-users-location-none");
            let said = tr!(
                self.tr,
                "mob-no-numbers",
                location = c.user.location.as_deref().unwrap_or(&none),
                email = &c.user.email,
                pane = &self.keymap.label(ActionId::PaneNumbers),
                add = &self.keymap.label(ActionId::AddMobileNumbers)
            );
            self.error(said);
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
                    n.operator.clone().unwrap_or_else(|| tr!(self.tr, "mob-mobile")),
                    n.state
                ),
                value: n.number.clone(),
            })
            .collect();
        let title = tr!(self.tr, "mob-primary-pick-title", name = &c.user.display_name);
        let (users_location, no_primary) = (tr!(self.tr, "mob-users-location"), tr!(self.tr, "mob-no-primary"));
        let prompt = tr!(
            self.tr,
            "mob-primary-pick-prompt",
            location = c.user.location.as_deref().unwrap_or(&users_location),
            now = c.user.primary_number.as_deref().unwrap_or(&no_primary)
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
            let choice = super::devices::subscription_choice(
                &self.tr,
                &c.subscriptions,
                &user.display_name,
                Purpose::AssignSubscription,
            );
            self.choose(choice);
            return Vec::new();
        }
        let Some(flow) = self.flows.assign.take() else { return Vec::new() };
        let Some(c) = flow.choices else { return Vec::new() };
        let user = c.user;
        let who = format!("{} <{}>", user.display_name, user.email);
        let mut lines = vec![tr!(self.tr, "mob-primary-make", number = &number, who = &who)];
        lines.push(match &user.primary_number {
            Some(old) => tr!(self.tr, "mob-primary-replaces", old = old),
            None => tr!(self.tr, "mob-primary-replaces-none", name = &user.display_name),
        });
        lines.push(match (&user.device_id, flow.subscription.as_deref()) {
            (Some(d), _) => tr!(self.tr, "mob-primary-device-kept", number = &number, device = d),
            (None, Some(s)) => tr!(
                self.tr,
                "mob-primary-device-created-from",
                number = &number,
                name = &user.display_name,
                subscription = s
            ),
            (None, None) => tr!(self.tr, "mob-primary-device-created", number = &number, name = &user.display_name),
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
            tr!(self.tr, "mob-primary-confirm-title", name = &user.display_name),
            lines,
            assign,
        )));
        Vec::new()
    }

    pub(crate) fn primary_assigned(&mut self, out: AssignOutcome, device: Option<Box<DeviceRow>>) -> Jobs {
        let mut lines = vec![
            ReportLine::good(tr!(self.tr, "mob-primary-now", number = &out.number, email = &out.user_email)),
            ReportLine::plain(match &out.replaced {
                Some(old) => tr!(self.tr, "mob-primary-replaced", old = old),
                None => tr!(self.tr, "mob-primary-nothing-replaced"),
            }),
        ];
        let what = tr!(self.tr, if out.device_created { "mob-device-created" } else { "mob-device-kept" });
        lines.push(match &device {
            Some(d) => ReportLine::good(tr!(
                self.tr,
                "mob-device-line",
                device = &d.device_id,
                kind = &kind_word(&self.tr, d.kind),
                status = &status_word(&self.tr, d.status),
                what = &what
            )),
            None => ReportLine::good(tr!(self.tr, "mob-device-short", device = &out.device_id, what = &what)),
        });
        self.info(tr!(
            self.tr,
            "say-primary-assigned",
            number = &out.number,
            email = &out.user_email,
            device = &out.device_id
        ));
        self.report(tr!(self.tr, "mob-primary-report-title", email = &out.user_email), lines);
        self.reload_all()
    }
}
