//! Picking one item from a few (a subscription, a number, a package, a licence template), or
//! a user found by what is typed. What the pick is for decides what happens next.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use ratatui::crossterm::event::{KeyCode, KeyModifiers};

use super::{Env, Event};
use crate::tui::actions::{ActionId, Context};
use crate::tui::keymap::Key;
use crate::tui::layout::centered;
use crate::tui::present::{boxed, fit, put_line};
use crate::tui::text::edit;

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

impl Choice {
    /// Where its keys go: typing searches the users (so `j` and `k` are letters).
    pub fn context(&self) -> Context {
        if self.purpose.searches() {
            Context::Search
        } else {
            Context::Choice
        }
    }

    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        let ctx = self.context();
        match env.action(ctx, key) {
            Some(ActionId::Up) => self.move_by(-1),
            Some(ActionId::Down) => self.move_by(1),
            Some(ActionId::Pick) => return self.pick(),
            Some(ActionId::Cancel) => return vec![Event::Cancelled],
            Some(ActionId::ClearToStart) if ctx == Context::Search => return self.search(ctrl('u'), env),
            Some(ActionId::DeleteWord) if ctx == Context::Search => return self.search(ctrl('w'), env),
            None if ctx == Context::Search => return self.search(key, env),
            _ => {}
        }
        Vec::new()
    }

    fn move_by(&mut self, delta: i64) {
        let last = self.items.len().saturating_sub(1) as i64;
        self.selected = (self.selected as i64).saturating_add(delta).clamp(0, last) as usize;
    }

    /// Enter: the selected item goes to the flow that asked.
    fn pick(&mut self) -> Vec<Event> {
        match self.items.get(self.selected).cloned() {
            Some(item) => vec![Event::Close, Event::Picked(self.purpose, item)],
            None => Vec::new(),
        }
    }

    /// Typing the user search: each change asks the service again.
    fn search(&mut self, key: Key, env: &Env) -> Vec<Event> {
        let seq = env.next_seq();
        if !edit(&mut self.query, key, usize::MAX) {
            return Vec::new();
        }
        self.seq = seq;
        self.selected = 0;
        vec![Event::SearchUsers { text: self.query.clone(), seq }]
    }

    /// Whether the search's answer `seq` is the one it waits for (the admin did not type on).
    pub fn awaits(&self, seq: u64) -> bool {
        self.purpose.searches() && self.seq == seq
    }

    /// WG14: the users found for what was typed.
    pub fn found(&mut self, items: Vec<Item>) {
        self.items = items;
        self.selected = self.selected.min(self.items.len().saturating_sub(1));
    }
}

fn ctrl(c: char) -> Key {
    Key::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

impl Choice {
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let w = 76.min(area.width.saturating_sub(2));
        let h = (self.items.len() as u16 + 5).clamp(8, area.height.saturating_sub(2));
        let r = centered(area, w, h);
        let inner = boxed(&self.title, r, buf, t);
        let mut y = inner.y;
        put_line(buf, inner.x, y, &Line::styled(fit(&self.prompt, inner.width as usize), t.dim()), inner.width);
        y += 1;
        if self.purpose.searches() {
            let line = Line::from(vec![
                Span::styled(format!("{} ", env.tr.t("choice-search")), t.key()),
                Span::raw(format!("{}▏", &self.query)),
            ]);
            put_line(buf, inner.x, y, &line, inner.width);
            y += 1;
        }
        let rows = (inner.y + inner.height).saturating_sub(y) as usize;
        if self.items.is_empty() {
            put_line(buf, inner.x, y, &Line::styled(env.tr.t("choice-no-matches"), t.dim()), inner.width);
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
