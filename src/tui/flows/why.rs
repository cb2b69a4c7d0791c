//! "Why can't this user call?": `y` on a row (or in the user's details, or `why` in the palette)
//! opens the view for the person of that row (`popups/why.rs`) and reads the report in a job;
//! `F` in the view reads it again, from Webex first on a real organisation.

use crate::domain::Result;
use crate::service::why::{WhyOptions, WhyReport};
use crate::tui::actions::{ActionId, Context};
use crate::tui::app::App;
use crate::tui::jobs::{ask, Job, Jobs};
use crate::tui::panes::numbers::NumbersView;
use crate::tui::panes::{PageRows, Pane};
use crate::tui::popups::why::{Read, Why};
use crate::tui::popups::Popup;

impl App {
    /// `y`: the view for the person of the selected row (or of the open details).
    pub(crate) fn open_why(&mut self, ctx: Context) -> Jobs {
        let query = match self.why_target(ctx) {
            Ok(q) => q,
            Err(e) => {
                self.info(e);
                return Vec::new();
            }
        };
        self.open(Popup::Why(Why::new(query.clone())));
        vec![read(query, false)]
    }

    /// Who the selected row is about: a user's email, a device's owner, a number's holder (or
    /// the number), a BroadWorks subscriber's email, number or id.
    fn why_target(&self, ctx: Context) -> std::result::Result<String, String> {
        if ctx == Context::Detail {
            return self.detail.as_ref().map(|d| d.email.clone()).ok_or_else(|| tr!(self.tr, "say-no-user-open"));
        }
        if self.pane == Pane::Numbers && self.numbers_view == NumbersView::Accounts {
            let key = self.keymap.label_in(Context::Numbers, ActionId::OperatorAccounts);
            return Err(tr!(self.tr, "why-works-on", key = &key));
        }
        let l = self.list(self.pane);
        let i = l.current().ok_or_else(|| tr!(self.tr, "say-nothing-selected"))?;
        let found = match &l.rows {
            PageRows::Users(r) => r.get(i).map(|u| u.email.clone()),
            PageRows::NotProvisioned(r) => r.get(i).map(|u| u.email.clone()),
            PageRows::Devices(r) => r.get(i).map(|d| d.owner_email.clone()),
            PageRows::Numbers(r) => r.get(i).map(|n| match (&n.owner_kind, &n.owner) {
                (Some(k), Some(o)) if k == "user" => o.clone(),
                _ => n.number.clone(),
            }),
            PageRows::Bw(r) => r.get(i).map(|s| {
                s.email.clone().or_else(|| s.primary_number.clone()).unwrap_or_else(|| s.broadworks_user_id.clone())
            }),
        };
        found.ok_or_else(|| tr!(self.tr, "say-nothing-selected"))
    }

    /// `F` in the view: the person read from Webex first (a real organisation), then the report.
    pub(crate) fn refresh_why(&mut self, query: String) -> Jobs {
        let said = tr!(self.tr, if self.can_sync { "say-why-reading-webex" } else { "say-why-reading-again" });
        self.info(said);
        vec![read(query, true)]
    }

    /// The report, to the view that asked for it (if it is still open).
    fn why_read(&mut self, query: String, refresh: bool, result: Result<Box<WhyReport>>) -> Jobs {
        let view = self.popups.iter_mut().rev().find_map(|p| match p {
            Popup::Why(w) if w.query == query => Some(w),
            _ => None,
        });
        let Some(view) = view else { return Vec::new() };
        match view.loaded(refresh, result) {
            Read::Shown => {}
            Read::Refreshed(causes) => {
                let said = tr!(self.tr, "say-why-refreshed", n = causes);
                self.info(said)
            }
            Read::NotRefreshed(e) => {
                let said = tr!(self.tr, "say-why-not-refreshed", error = &e);
                self.error(said)
            }
        }
        Vec::new()
    }
}

/// Reads the report for `query` (`refresh`: from Webex first), for the view.
fn read(query: String, refresh: bool) -> Job {
    let asked = query.clone();
    ask(
        move |svc| svc.why_with(&asked, &WhyOptions { refresh, prefix: None }).map(Box::new),
        move |app, result| app.why_read(query, refresh, result),
    )
}
