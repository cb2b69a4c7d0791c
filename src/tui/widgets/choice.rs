//! Picking one item from a few (a subscription, a number, a package, a licence template), or
//! a user found by what is typed. What the pick is for decides what happens next.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Overlay;
use crate::tui::app::App;
use crate::tui::keymap::Key;
use crate::tui::layout::centered;
use crate::tui::present::{boxed, fit, put_line};
use crate::tui::worker::Request;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Purpose {
    /// WG02: the subscription a Webex Go licence comes from.
    Subscription,
    /// WG03: a number for a user who has none.
    Number,
    /// WG14: the existing user to add a device for (typed search).
    User,
    /// MO05: an unassigned mobile number of the user's location.
    MobileNumber,
    /// WG02 for the mobile-operator device.
    AssignSubscription,
    /// The operator account to add mobile numbers under.
    Account,
    /// BW04 Change package type.
    Package,
    /// AL06: the licence template to re-apply.
    ReapplyTemplate,
    /// AL03: the licence template to assign by hand.
    AssignTemplate,
    /// A real organisation: another one the sign-in manages (a partner's customer).
    Organisation,
}

impl Purpose {
    /// Typing searches (so `j` and `k` are letters, not moves).
    pub fn searches(self) -> bool {
        self == Purpose::User
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    pub label: String,
    pub value: String,
}

#[derive(Debug, Clone)]
pub struct Choice {
    pub purpose: Purpose,
    pub title: String,
    pub prompt: String,
    pub items: Vec<Item>,
    pub selected: usize,
    /// What the admin typed (the user search).
    pub query: String,
    pub seq: u64,
}

impl Choice {
    pub fn new(purpose: Purpose, title: impl Into<String>, prompt: impl Into<String>, items: Vec<Item>) -> Self {
        Choice { purpose, title: title.into(), prompt: prompt.into(), items, selected: 0, query: String::new(), seq: 0 }
    }

    pub fn selecting(mut self, selected: usize) -> Self {
        self.selected = selected;
        self
    }
}

impl App {
    pub(crate) fn choose(&mut self, choice: Choice) {
        self.overlays.push(Overlay::Choice(choice));
    }

    pub(crate) fn move_choice(&mut self, delta: i64) -> Vec<Request> {
        if let Some(Overlay::Choice(c)) = self.overlays.last_mut() {
            let last = c.items.len().saturating_sub(1) as i64;
            c.selected = (c.selected as i64).saturating_add(delta).clamp(0, last) as usize;
        }
        Vec::new()
    }

    /// Enter: the selected item goes to the flow that asked.
    pub(crate) fn pick(&mut self) -> Vec<Request> {
        let Some(Overlay::Choice(c)) = self.overlays.last() else { return Vec::new() };
        let Some(item) = c.items.get(c.selected).cloned() else { return Vec::new() };
        let purpose = c.purpose;
        self.overlays.pop();
        match purpose {
            Purpose::User => self.start_add(item.value),
            Purpose::Subscription | Purpose::Number => self.add_picked(purpose, item.value),
            Purpose::MobileNumber | Purpose::AssignSubscription => self.assign_picked(purpose, item.value),
            Purpose::Account => self.account_picked(item.value),
            Purpose::Package => self.package_picked(item.value),
            Purpose::ReapplyTemplate | Purpose::AssignTemplate => self.template_picked(purpose, item.value),
            Purpose::Organisation => self.org_picked(item.value, item.label),
        }
    }

    /// Typing the user search: each change asks the service again.
    pub(crate) fn type_search(&mut self, key: Key) -> Vec<Request> {
        let seq = self.next_seq();
        let Some(Overlay::Choice(c)) = self.overlays.last_mut() else { return Vec::new() };
        if !crate::tui::widgets::form::edit(&mut c.query, key, usize::MAX) {
            return Vec::new();
        }
        c.seq = seq;
        c.selected = 0;
        vec![Request::SearchUsers { text: c.query.clone(), seq }]
    }
}

impl Choice {
    pub fn draw(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let t = app.theme;
        let w = 76.min(area.width.saturating_sub(2));
        let h = (self.items.len() as u16 + 5).clamp(8, area.height.saturating_sub(2));
        let r = centered(area, w, h);
        let inner = boxed(&self.title, r, buf, t);
        let mut y = inner.y;
        put_line(buf, inner.x, y, &Line::styled(fit(&self.prompt, inner.width as usize), t.dim()), inner.width);
        y += 1;
        if self.purpose.searches() {
            let line = Line::from(vec![Span::styled("search: ", t.key()), Span::raw(format!("{}▏", &self.query))]);
            put_line(buf, inner.x, y, &line, inner.width);
            y += 1;
        }
        let rows = (inner.y + inner.height).saturating_sub(y) as usize;
        if self.items.is_empty() {
            put_line(buf, inner.x, y, &Line::styled("no matches", t.dim()), inner.width);
        }
        let start = self.selected.saturating_sub(rows.saturating_sub(1));
        for (n, item) in self.items.iter().enumerate().skip(start).take(rows) {
            let sel = n == self.selected;
            let text = format!("{}{}", if sel { "▶ " } else { "  " }, item.label);
            let style = if sel { t.selected() } else { Style::new() };
            buf.set_stringn(inner.x, y, fit(&text, inner.width as usize), inner.width as usize, style);
            y += 1;
        }
    }
}
