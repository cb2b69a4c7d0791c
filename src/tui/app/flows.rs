//! The mobile-operator flows (MO01-MO06) and the BroadWorks admin actions (BW01-BW05): the
//! operator accounts view, the typed forms, assigning a mobile primary number, and the
//! actions on a subscriber. Every change goes to the service, which decides.

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{App, Choice, ChoiceItem, ChoicePurpose, Confirm, NumbersView, Overlay};
use crate::domain::bw::Package;
use crate::domain::mobile::{split_entry, CheckedNumber, MAX_PER_ENTRY};
use crate::service::{BwSubscriberRow, OperatorAccountRow};
use crate::tui::actions::ActionId;
use crate::tui::keymap::Key;
use crate::tui::worker::{AssignChoices, Mutation, Outcome, PageRows, Pane, Reply, Request};

/// One typed field of a form.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: String,
    pub value: String,
    /// Chosen with ←/→ from a list rather than typed.
    pub choice: bool,
}

impl Field {
    fn text(label: &str, value: &str) -> Self {
        Field { label: label.into(), value: value.into(), choice: false }
    }
}

#[derive(Debug, Clone)]
pub enum FormKind {
    /// MO01: location, operator, the account id typed twice.
    OperatorAccount { locations: Vec<String>, location: usize },
    /// MO03: comma-separated numbers, checked after each comma.
    MobileNumbers {
        account: Box<OperatorAccountRow>,
        checked: Vec<CheckedNumber>,
        /// The whole entry refused (more than 20 numbers), in the service's words.
        problem: Option<String>,
        /// The part of the entry the `checked` list is for (up to its last comma).
        checked_for: String,
        seq: u64,
    },
    /// BW04 Retry activation: the email to onboard with.
    RetryEmail { broadworks_id: String, who: String },
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    pub kind: FormKind,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// What went wrong last (the service's refusal, or why Next is not available).
    pub note: Option<String>,
}

impl Form {
    /// MO01: the account id and its confirmation, both typed and equal.
    pub fn ids_match(&self) -> bool {
        match (self.fields.get(2), self.fields.get(3)) {
            (Some(a), Some(b)) => !a.value.trim().is_empty() && a.value.trim() == b.value.trim(),
            _ => false,
        }
    }

    /// Whether Enter on the last field goes on, and if not why (shown under the fields).
    pub fn next_blocked(&self) -> Option<String> {
        match &self.kind {
            FormKind::OperatorAccount { locations, .. } => {
                if locations.is_empty() {
                    Some("loading the locations…".into())
                } else if self.fields.get(1).is_none_or(|f| f.value.trim().is_empty()) {
                    Some("type the mobile operator".into())
                } else if self.fields.get(2).is_none_or(|f| f.value.trim().is_empty()) {
                    Some("type the operator account id".into())
                } else if !self.ids_match() {
                    Some("MO01: the two account ids differ; type the same id twice to go on".into())
                } else {
                    None
                }
            }
            FormKind::MobileNumbers { .. } => self
                .fields
                .first()
                .filter(|f| split_entry(&f.value).is_empty())
                .map(|_| format!("type mobile numbers separated by commas (at most {MAX_PER_ENTRY})")),
            FormKind::RetryEmail { .. } => self
                .fields
                .first()
                .filter(|f| f.value.trim().is_empty())
                .map(|_| "type the email to onboard the subscriber with".into()),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Plain,
    Good,
    Bad,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLine {
    pub text: String,
    pub tone: Tone,
}

impl ReportLine {
    pub(crate) fn new(text: impl Into<String>, tone: Tone) -> Self {
        ReportLine { text: text.into(), tone }
    }
}

/// Where the assign-mobile-primary flow has got to (MO05, WG02).
#[derive(Debug, Clone)]
pub struct AssignFlow {
    pub email: String,
    choices: Option<Box<AssignChoices>>,
    number: Option<String>,
    subscription: Option<String>,
}

/// The part of an entry up to its last comma: the numbers the admin has finished typing.
fn completed(entry: &str) -> &str {
    match entry.rfind([',', '\n', ';']) {
        Some(i) => &entry[..i],
        None => "",
    }
}

impl App {
    // ------------------------------------------------------------------ replies

    /// A change the service made: say what it did, and reload.
    pub(super) fn applied(&mut self, outcome: Outcome) -> Vec<Request> {
        match outcome {
            Outcome::Issued(_) | Outcome::Deleted(_) => Vec::new(),
            o @ (Outcome::WorkNumber(_) | Outcome::TemplateAssigned(_) | Outcome::TemplateSaved(..)) => {
                self.applied_calling(o)
            }
            Outcome::Account(a) => {
                self.close_forms();
                self.info(format!(
                    "operator account {} for {} ({}) requested: {}",
                    a.account_id,
                    a.location,
                    a.operator,
                    a.status.label()
                ));
                self.overlays.push(Overlay::Report {
                    title: format!("Operator account {}", a.account_id),
                    lines: vec![
                        ReportLine::new(
                            format!(
                                "{} · {} · account id {} (fixed: it cannot be changed)",
                                a.location, a.operator, a.account_id
                            ),
                            Tone::Plain,
                        ),
                        ReportLine::new(format!("{} {}", auth_symbol(a.status), a.status.label()), auth_tone(a.status)),
                        ReportLine::new(a.advice.clone(), Tone::Plain),
                    ],
                });
                self.numbers_view = NumbersView::Accounts;
                self.reload_all()
            }
            Outcome::MobileAdded(r) => {
                self.close_forms();
                self.info(format!("{}: {} added, {} not added (MO03)", r.account_id, r.added, r.rejected));
                let mut lines = vec![ReportLine::new(
                    format!(
                        "{} of {} numbers added to {} under {}; new mobile numbers are INACTIVE until assigned.",
                        r.added,
                        r.numbers.len(),
                        r.location,
                        r.account_id
                    ),
                    Tone::Plain,
                )];
                for n in &r.numbers {
                    let shown = n.number.as_deref().unwrap_or(&n.input);
                    lines.push(if n.state.is_ok() {
                        ReportLine::new(format!("✓ {shown} · {} · added", n.state.label()), Tone::Good)
                    } else {
                        ReportLine::new(format!("✕ {shown} · {} · not added: {}", n.state.label(), n.reason), Tone::Bad)
                    });
                }
                self.overlays.push(Overlay::Report { title: format!("Mobile numbers for {}", r.location), lines });
                self.reload_all()
            }
            Outcome::Assigned(out, device) => {
                let mut lines = vec![
                    ReportLine::new(
                        format!("{} is now the primary number of {} (ACTIVE).", out.number, out.user_email),
                        Tone::Good,
                    ),
                    ReportLine::new(
                        match &out.replaced {
                            Some(old) => format!("{old} was replaced: it is back in the pool of unassigned numbers."),
                            None => "There was no primary number to replace.".into(),
                        },
                        Tone::Plain,
                    ),
                ];
                let what = if out.device_created { "created" } else { "kept, with the new number" };
                lines.push(match &device {
                    Some(d) => ReportLine::new(
                        format!(
                            "Webex Go device {} · {} · {} {} · {what}; it is on the user's devices and in the Devices pane.",
                            d.device_id,
                            d.kind.label(),
                            d.status.symbol(),
                            d.status.label()
                        ),
                        Tone::Good,
                    ),
                    None => ReportLine::new(format!("Webex Go device {} {what}.", out.device_id), Tone::Good),
                });
                self.info(format!("{} is {}'s primary number; device {}", out.number, out.user_email, out.device_id));
                self.overlays
                    .push(Overlay::Report { title: format!("Mobile primary number for {}", out.user_email), lines });
                self.reload_all()
            }
            Outcome::Bw { row, what } => {
                self.close_forms();
                self.info(format!(
                    "{} {what}: {} · package {}",
                    row.broadworks_user_id,
                    row.status.as_str(),
                    row.package.as_str()
                ));
                self.reload_all()
            }
            Outcome::BwDeleted(row) => {
                self.info(format!(
                    "{} deleted (was {}): the user can try again in the activation portal after the configuration change",
                    row.broadworks_user_id,
                    row.status.as_str()
                ));
                self.reload_all()
            }
        }
    }

    /// The service refused: its words on the status line, and in the open form.
    pub(super) fn refused(&mut self, text: String) {
        self.refused_in_prompt(&text);
        if let Some(Overlay::Form(f)) = self.overlays.last_mut() {
            f.note = Some(text.clone());
        }
        self.error(text);
    }

    fn close_forms(&mut self) {
        self.overlays.retain(|o| !matches!(o, Overlay::Form(_)));
    }

    pub(super) fn apply_more(&mut self, reply: Reply) -> Vec<Request> {
        match reply {
            Reply::Accounts(result) => {
                self.accounts.requested = false;
                self.accounts.stale = false;
                self.accounts.loaded = true;
                match result {
                    Ok(rows) => {
                        self.accounts.rows = rows;
                        self.accounts.error = None;
                        self.accounts.selected = self.accounts.selected.min(self.accounts.rows.len().saturating_sub(1));
                    }
                    Err(e) => self.accounts.error = Some(e.to_string()),
                }
                Vec::new()
            }
            Reply::Locations(result) => {
                match result {
                    Ok(locs) => {
                        for o in &mut self.overlays {
                            if let Overlay::Form(Form {
                                kind: FormKind::OperatorAccount { locations, .. },
                                fields,
                                ..
                            }) = o
                            {
                                *locations = locs.iter().map(|l| format!("{} ({})", l.name, l.country)).collect();
                                if let Some(f) = fields.first_mut() {
                                    f.value = locations.first().cloned().unwrap_or_default();
                                }
                            }
                        }
                    }
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            Reply::Checked { seq, result } => {
                if let Some(Overlay::Form(Form {
                    kind: FormKind::MobileNumbers { checked, problem, seq: s, .. },
                    ..
                })) = self.overlays.last_mut()
                {
                    if *s == seq {
                        match result {
                            Ok(list) => {
                                *checked = list;
                                *problem = None;
                            }
                            Err(e) => {
                                checked.clear();
                                *problem = Some(e.to_string());
                            }
                        }
                    }
                }
                Vec::new()
            }
            Reply::AssignChoices { email, result } => {
                if self.assign_flow.as_ref().is_none_or(|f| f.email != email) {
                    return Vec::new();
                }
                match result {
                    Ok(c) => {
                        if c.numbers.is_empty() {
                            self.assign_flow = None;
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
                            .map(|n| ChoiceItem {
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
                        if let Some(f) = self.assign_flow.as_mut() {
                            f.choices = Some(c);
                        }
                        self.overlays.push(Overlay::Choice(Choice {
                            purpose: ChoicePurpose::MobileNumber,
                            title,
                            prompt,
                            items,
                            selected: 0,
                            query: String::new(),
                            seq: 0,
                        }));
                    }
                    Err(e) => {
                        self.assign_flow = None;
                        self.error(e.to_string());
                    }
                }
                Vec::new()
            }
            Reply::BwSummary(result) => {
                self.bw.requested = false;
                self.bw.stale = false;
                match result {
                    Ok(s) => {
                        self.bw.summary = Some(s);
                        self.bw.error = None;
                    }
                    Err(e) => self.bw.error = Some(e.to_string()),
                }
                Vec::new()
            }
            Reply::BwErrorText(result) => {
                match result {
                    Ok(text) => {
                        let id = text.split(": ").next().unwrap_or("").to_string();
                        match self.clipboard.copy(&text) {
                            Ok(how) => self.info(format!("error text of {id} {how}")),
                            Err(e) => self.error(format!("not copied: {e}")),
                        }
                    }
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            Reply::Exported(result) => {
                match result {
                    Ok((path, rows)) => {
                        let which = if self.exclude_provisioned { "provisioned excluded" } else { "everyone" };
                        self.info(format!("exported {rows} subscribers ({which}) to {}", path.display()));
                        // The path in full, wrapped, since the status line may cut it.
                        self.overlays.push(Overlay::Report {
                            title: "BroadWorks list exported (BW05)".into(),
                            lines: vec![
                                ReportLine::new(
                                    format!("{rows} subscribers ({which}) written as CSV to:"),
                                    Tone::Plain,
                                ),
                                ReportLine::new(path.display().to_string(), Tone::Good),
                                ReportLine::new("The file is readable only by you.", Tone::Plain),
                            ],
                        });
                    }
                    Err(e) => self.error(e.to_string()),
                }
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    // ------------------------------------------------------------------ Numbers pane (MO01-MO04)

    pub(super) fn toggle_accounts(&mut self) -> Vec<Request> {
        self.numbers_view = match self.numbers_view {
            NumbersView::Numbers => NumbersView::Accounts,
            NumbersView::Accounts => NumbersView::Numbers,
        };
        self.info(match self.numbers_view {
            NumbersView::Accounts => "operator accounts (MO02); press o again for the numbers",
            NumbersView::Numbers => "the number inventory",
        });
        self.ensure_loaded(Pane::Numbers)
    }

    pub(super) fn account_details(&mut self) -> Vec<Request> {
        let Some(a) = self.accounts.current().cloned() else {
            self.info("no operator account yet");
            return Vec::new();
        };
        let lines = vec![
            ReportLine::new(
                format!("Location {} ({}) · operator {}", a.location, a.location_country, a.operator),
                Tone::Plain,
            ),
            ReportLine::new(format!("Account id {} (fixed once confirmed, MO01)", a.account_id), Tone::Plain),
            ReportLine::new(format!("{} {}", auth_symbol(a.status), a.status.label()), auth_tone(a.status)),
            ReportLine::new(a.advice.clone(), Tone::Plain),
            ReportLine::new(
                format!(
                    "Requested {} · changed {} · {} mobile numbers",
                    a.requested_at.format("%Y-%m-%d %H:%M UTC"),
                    a.changed_at.format("%Y-%m-%d %H:%M UTC"),
                    a.numbers
                ),
                Tone::Plain,
            ),
        ];
        self.overlays.push(Overlay::Report { title: format!("Operator account {}", a.account_id), lines });
        Vec::new()
    }

    pub(super) fn add_operator_account(&mut self) -> Vec<Request> {
        if self.read_only {
            let mutation = Mutation::AddOperatorAccount {
                location: String::new(),
                operator: String::new(),
                account_id: String::new(),
                confirm_account_id: String::new(),
            };
            return vec![Request::Act { mutation, confirmed: false }];
        }
        self.overlays.push(Overlay::Form(Form {
            title: "Add operator account (MO01)".into(),
            kind: FormKind::OperatorAccount { locations: Vec::new(), location: 0 },
            fields: vec![
                Field { label: "Location".into(), value: String::new(), choice: true },
                Field::text("Mobile operator", ""),
                Field::text("Account id", ""),
                Field::text("Account id again", ""),
            ],
            focus: 1,
            note: None,
        }));
        vec![Request::Locations]
    }

    pub(super) fn add_mobile_numbers(&mut self) -> Vec<Request> {
        if self.read_only {
            let account_id = self.accounts.current().map(|a| a.account_id.clone()).unwrap_or_default();
            let mutation = Mutation::AddMobileNumbers { account_id, entry: String::new() };
            return vec![Request::Act { mutation, confirmed: false }];
        }
        if self.numbers_view == NumbersView::Accounts {
            return match self.accounts.current().cloned() {
                Some(a) => self.open_numbers_form(a),
                None => {
                    self.info(format!(
                        "no operator account yet: press {} to request one (MO01)",
                        self.keymap.label(ActionId::AddOperatorAccount)
                    ));
                    Vec::new()
                }
            };
        }
        if !self.accounts.loaded {
            self.info("loading the operator accounts; try again in a moment");
            return self.ensure_extras();
        }
        if self.accounts.rows.is_empty() {
            self.info(format!(
                "no operator account yet: press {} to request one (MO01)",
                self.keymap.label(ActionId::AddOperatorAccount)
            ));
            return Vec::new();
        }
        let items = self
            .accounts
            .rows
            .iter()
            .map(|a| ChoiceItem {
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
        self.overlays.push(Overlay::Choice(Choice {
            purpose: ChoicePurpose::Account,
            title: "Add mobile numbers: operator account".into(),
            prompt: "Numbers can be added only under an Authorized account (MO02)".into(),
            items,
            selected: self.accounts.selected,
            query: String::new(),
            seq: 0,
        }));
        Vec::new()
    }

    fn open_numbers_form(&mut self, account: OperatorAccountRow) -> Vec<Request> {
        let seq = self.next_seq();
        self.overlays.push(Overlay::Form(Form {
            title: format!("Add mobile numbers: {} · {} · {}", account.location, account.operator, account.account_id),
            kind: FormKind::MobileNumbers {
                account: Box::new(account),
                checked: Vec::new(),
                problem: None,
                checked_for: String::new(),
                seq,
            },
            fields: vec![Field::text("Numbers", "")],
            focus: 0,
            note: None,
        }));
        Vec::new()
    }

    // ------------------------------------------------------------------ Users: mobile primary (MO05, MO06)

    pub(super) fn assign_mobile_primary(&mut self) -> Vec<Request> {
        let Some((email, _)) = self.selected_user() else {
            self.info("select a user first");
            return Vec::new();
        };
        if self.read_only {
            let mutation = Mutation::AssignMobilePrimary { email, number: String::new(), subscription: None };
            return vec![Request::Act { mutation, confirmed: false }];
        }
        self.info(format!("looking up the mobile numbers for {email}…"));
        self.assign_flow = Some(AssignFlow { email: email.clone(), choices: None, number: None, subscription: None });
        vec![Request::AssignChoices(email)]
    }

    /// A choice was made in one of this module's pickers.
    pub(super) fn picked(&mut self, purpose: ChoicePurpose, value: String) -> Vec<Request> {
        match purpose {
            ChoicePurpose::MobileNumber => {
                if let Some(f) = self.assign_flow.as_mut() {
                    f.number = Some(value);
                }
                self.next_assign_step()
            }
            ChoicePurpose::AssignSubscription => {
                if let Some(f) = self.assign_flow.as_mut() {
                    f.subscription = Some(value);
                }
                self.next_assign_step()
            }
            ChoicePurpose::Account => match self.accounts.rows.iter().find(|a| a.account_id == value).cloned() {
                Some(a) => self.open_numbers_form(a),
                None => Vec::new(),
            },
            ChoicePurpose::Package => {
                let Some(s) = self.selected_bw() else { return Vec::new() };
                self.info(format!("changing the package of {} to {value}…", s.broadworks_user_id));
                let mutation = Mutation::BwPackage { broadworks_id: s.broadworks_user_id, package: value };
                vec![Request::Act { mutation, confirmed: true }]
            }
            _ => Vec::new(),
        }
    }

    /// WG02 when the user has no device yet and several subscriptions exist, then confirm.
    fn next_assign_step(&mut self) -> Vec<Request> {
        let Some(flow) = self.assign_flow.as_ref() else { return Vec::new() };
        let Some(c) = flow.choices.as_ref() else { return Vec::new() };
        let Some(number) = flow.number.clone() else { return Vec::new() };
        let user = &c.user;
        let needs_subscription = user.device_id.is_none() && c.subscriptions.len() > 1;
        if needs_subscription && flow.subscription.is_none() {
            let choice =
                super::subscription_choice(&c.subscriptions, &user.display_name, ChoicePurpose::AssignSubscription);
            self.overlays.push(choice);
            return Vec::new();
        }
        let Some(flow) = self.assign_flow.take() else { return Vec::new() };
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
        let mutation = Mutation::AssignMobilePrimary {
            email: user.email.clone(),
            number: number.clone(),
            subscription: flow.subscription,
        };
        self.overlays.push(Overlay::Confirm(Confirm {
            title: format!("Mobile primary number for {}?", user.display_name),
            lines,
            mutation,
        }));
        Vec::new()
    }

    // ------------------------------------------------------------------ BroadWorks (BW01-BW05)

    pub(super) fn selected_bw(&self) -> Option<BwSubscriberRow> {
        let l = self.list(Pane::Bw);
        match &l.rows {
            PageRows::Bw(r) => l.local(l.selected).and_then(|i| r.get(i)).cloned(),
            _ => None,
        }
    }

    pub(super) fn bw_action(&mut self, id: ActionId) -> Vec<Request> {
        let Some(s) = self.selected_bw() else {
            self.info("select a subscriber first");
            return Vec::new();
        };
        let bid = s.broadworks_user_id.clone();
        match id {
            ActionId::BwCopyError => vec![Request::BwErrorText(bid)],
            ActionId::BwDelete => {
                let mutation = Mutation::BwDelete(bid.clone());
                if self.read_only {
                    return vec![Request::Act { mutation, confirmed: false }];
                }
                self.overlays.push(Overlay::Confirm(Confirm {
                    title: format!("Delete BroadWorks subscriber {bid}?"),
                    lines: vec![
                        format!("{} {} · {} · {}", s.first_name, s.last_name, s.package.as_str(), s.status.as_str()),
                        "• The subscriber is deleted from Webex (BW04).".into(),
                        "• After the configuration change, the user can try again in the activation portal.".into(),
                    ],
                    mutation,
                }));
                Vec::new()
            }
            ActionId::BwPackage => {
                if self.read_only {
                    let mutation = Mutation::BwPackage { broadworks_id: bid, package: s.package.as_str().into() };
                    return vec![Request::Act { mutation, confirmed: false }];
                }
                let items = Package::ALL
                    .iter()
                    .map(|p| ChoiceItem {
                        label: if *p == s.package { format!("{} (now)", p.as_str()) } else { p.as_str().to_string() },
                        value: p.as_str().to_string(),
                    })
                    .collect();
                self.overlays.push(Overlay::Choice(Choice {
                    purpose: ChoicePurpose::Package,
                    title: format!("Package type for {bid} (BW04)"),
                    prompt: format!("{} {} · {}", s.first_name, s.last_name, s.status.as_str()),
                    items,
                    selected: Package::ALL.iter().position(|p| *p == s.package).unwrap_or(0),
                    query: String::new(),
                    seq: 0,
                }));
                Vec::new()
            }
            _ => {
                if self.read_only {
                    let mutation = Mutation::BwRetry { broadworks_id: bid, email: String::new() };
                    return vec![Request::Act { mutation, confirmed: false }];
                }
                let who = format!("{} {} · {}", s.first_name, s.last_name, s.status.as_str());
                self.overlays.push(Overlay::Form(Form {
                    title: format!("Retry activation: {bid} (BW04)"),
                    kind: FormKind::RetryEmail { broadworks_id: bid, who },
                    fields: vec![Field::text("Email", s.email.as_deref().unwrap_or(""))],
                    focus: 0,
                    note: s
                        .error_description
                        .as_ref()
                        .map(|d| format!("Error {}: {d}", s.error_code.as_deref().unwrap_or("-"))),
                }));
                Vec::new()
            }
        }
    }

    pub(super) fn bw_export(&mut self) -> Vec<Request> {
        let dir = self.letters_dir.with_file_name("exports");
        self.info("exporting…");
        vec![Request::Export { exclude_provisioned: self.exclude_provisioned, dir }]
    }

    pub(super) fn bw_templates(&mut self) -> Vec<Request> {
        let Some(summary) = &self.bw.summary else {
            self.info("loading the customer templates; try again in a moment");
            return self.ensure_extras();
        };
        let mut lines = Vec::new();
        if summary.templates.is_empty() {
            lines.push(ReportLine::new("No customer templates.", Tone::Plain));
        }
        for t in &summary.templates {
            let settings = format!(
                "untrusted emails {} · share link {} · default package {}",
                if t.untrusted_emails { "checked" } else { "not checked" },
                t.share_link,
                t.default_package
            );
            if t.flow_through_ready {
                lines.push(ReportLine::new(format!("✓ {} · ready for flow-through", t.name), Tone::Good));
                lines.push(ReportLine::new(format!("  {settings}"), Tone::Plain));
            } else {
                lines.push(ReportLine::new(
                    format!("⚠ {} · NOT set up for flow-through with untrusted emails (BW01)", t.name),
                    Tone::Bad,
                ));
                lines.push(ReportLine::new(format!("  {settings}"), Tone::Plain));
                lines.push(ReportLine::new(
                    format!("  To change: {}", template_fix(t.untrusted_emails, &t.share_link)),
                    Tone::Plain,
                ));
            }
        }
        self.overlays.push(Overlay::Report { title: "Customer templates (BW01)".into(), lines });
        Vec::new()
    }

    // ------------------------------------------------------------------ forms

    pub(super) fn key_form(&mut self, key: Key) -> Vec<Request> {
        let Some(Overlay::Form(form)) = self.overlays.last_mut() else { return Vec::new() };
        let plain = !key.mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        let last = form.fields.len().saturating_sub(1);
        match key.code {
            KeyCode::Esc => {
                self.overlays.pop();
                self.info("cancelled; nothing changed");
                return Vec::new();
            }
            KeyCode::Tab | KeyCode::Down => form.focus = (form.focus + 1).min(last),
            KeyCode::BackTab | KeyCode::Up => form.focus = form.focus.saturating_sub(1),
            KeyCode::Left | KeyCode::Right => {
                if let FormKind::OperatorAccount { locations, location } = &mut form.kind {
                    if form.focus == 0 && !locations.is_empty() {
                        let n = locations.len();
                        *location =
                            if key.code == KeyCode::Left { (*location + n - 1) % n } else { (*location + 1) % n };
                        if let Some(f) = form.fields.first_mut() {
                            f.value = locations.get(*location).cloned().unwrap_or_default();
                        }
                    }
                }
            }
            KeyCode::Enter => {
                if form.focus < last {
                    form.focus += 1;
                    return Vec::new();
                }
                return self.submit_form();
            }
            KeyCode::Backspace => {
                if let Some(f) = form.fields.get_mut(form.focus).filter(|f| !f.choice) {
                    f.value.pop();
                }
            }
            KeyCode::Char(c) if plain => {
                if let Some(f) = form.fields.get_mut(form.focus).filter(|f| !f.choice) {
                    if f.value.chars().count() < 2000 {
                        f.value.push(c);
                    }
                }
            }
            _ => return Vec::new(),
        }
        form.note = None;
        self.check_as_typed()
    }

    /// MO03: after each comma, the finished numbers are checked by the service.
    fn check_as_typed(&mut self) -> Vec<Request> {
        let seq = self.next_seq();
        let Some(Overlay::Form(form)) = self.overlays.last_mut() else { return Vec::new() };
        let entry = form.fields.first().map(|f| f.value.clone()).unwrap_or_default();
        let FormKind::MobileNumbers { account, checked, problem, checked_for, seq: s } = &mut form.kind else {
            return Vec::new();
        };
        let done = completed(&entry).to_string();
        if done == *checked_for {
            return Vec::new();
        }
        *checked_for = done.clone();
        *s = seq;
        if split_entry(&done).is_empty() {
            checked.clear();
            *problem = None;
            return Vec::new();
        }
        vec![Request::CheckNumbers { account_id: account.account_id.clone(), entry: done, seq }]
    }

    fn submit_form(&mut self) -> Vec<Request> {
        let seq = self.next_seq();
        let Some(Overlay::Form(form)) = self.overlays.last_mut() else { return Vec::new() };
        if let Some(why) = form.next_blocked() {
            form.note = Some(why);
            return Vec::new();
        }
        let values: Vec<String> = form.fields.iter().map(|f| f.value.trim().to_string()).collect();
        let value = |i: usize| values.get(i).cloned().unwrap_or_default();
        match &mut form.kind {
            FormKind::OperatorAccount { locations, location } => {
                let shown = locations.get(*location).cloned().unwrap_or_default();
                // "Dallas (US)" -> "Dallas": the service looks locations up by name.
                let name = shown.rsplit_once(" (").map(|(n, _)| n.to_string()).unwrap_or_else(|| shown.clone());
                let (operator, id, again) = (value(1), value(2), value(3));
                let lines = vec![
                    format!("Location {shown} · operator {operator} · account id {id}"),
                    "• Once confirmed, the operator account id cannot be changed later (MO01).".into(),
                    "• The operator is asked to authorise it: Pending, which can take up to 48 hours (MO02).".into(),
                    "• Numbers can be added once it is Authorized.".into(),
                ];
                let mutation = Mutation::AddOperatorAccount {
                    location: name,
                    operator,
                    account_id: id.clone(),
                    confirm_account_id: again,
                };
                self.overlays.push(Overlay::Confirm(Confirm {
                    title: format!("Confirm operator account id {id}?"),
                    lines,
                    mutation,
                }));
                Vec::new()
            }
            FormKind::MobileNumbers { account, checked_for, seq: s, .. } => {
                let entry = value(0);
                *checked_for = entry.clone();
                *s = seq;
                let account_id = account.account_id.clone();
                self.info(format!("adding mobile numbers under {account_id}…"));
                // Checked once more on save (the form shows each number's state), then added:
                // the service checks again inside its transaction.
                vec![
                    Request::CheckNumbers { account_id: account_id.clone(), entry: entry.clone(), seq },
                    Request::Act { mutation: Mutation::AddMobileNumbers { account_id, entry }, confirmed: true },
                ]
            }
            FormKind::RetryEmail { broadworks_id, .. } => {
                let broadworks_id = broadworks_id.clone();
                self.info(format!("retrying activation of {broadworks_id}…"));
                let mutation = Mutation::BwRetry { broadworks_id, email: value(0) };
                vec![Request::Act { mutation, confirmed: true }]
            }
        }
    }
}

pub fn auth_symbol(s: crate::domain::mobile::AuthStatus) -> &'static str {
    use crate::domain::mobile::AuthStatus;
    match s {
        AuthStatus::Authorized => "●",
        AuthStatus::Pending => "◌",
        AuthStatus::Failed => "✕",
    }
}

fn auth_tone(s: crate::domain::mobile::AuthStatus) -> Tone {
    use crate::domain::mobile::AuthStatus;
    match s {
        AuthStatus::Authorized => Tone::Good,
        AuthStatus::Pending => Tone::Plain,
        AuthStatus::Failed => Tone::Bad,
    }
}

/// BW01: what to change on a template that is not set up for flow-through.
pub fn template_fix(untrusted: bool, share_link: &str) -> String {
    let mut steps = Vec::new();
    if !untrusted {
        steps.push("check Untrusted emails in the template's user verification".to_string());
    }
    if share_link != "activation_link" {
        steps.push(format!("set the share link to the activation link (now {share_link})"));
    }
    if steps.is_empty() {
        "nothing".into()
    } else {
        steps.join(" and ")
    }
}
