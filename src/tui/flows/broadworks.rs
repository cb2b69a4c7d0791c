//! BroadWorks flow-through (BW01-BW05): retry activation with a valid email, delete a
//! subscriber, change its package, copy its error text, export the list, and the customer
//! templates with what to change on those not set up for untrusted emails.

use crate::domain::bw::Package;
use crate::domain::Result;
use crate::service::BwSubscriberRow;
use crate::tui::actions::ActionId;
use crate::tui::app::App;
use crate::tui::widgets::choice::{Choice, Item, Purpose};
use crate::tui::widgets::confirm::Confirm;
use crate::tui::widgets::form::{Answers, Field, Form, FormKind};
use crate::tui::widgets::report::ReportLine;
use crate::tui::widgets::Overlay;
use crate::tui::worker::{Mutation, Pane, Request};

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

impl App {
    /// BW04 on the selected subscriber: retry, delete, package, copy the error.
    pub(crate) fn bw_action(&mut self, id: ActionId) -> Vec<Request> {
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
                        format!("{} {} · {} · {}", s.first_name, s.last_name, s.package.as_str(), s.status.label()),
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
                    .map(|p| Item {
                        label: if *p == s.package { format!("{} (now)", p.as_str()) } else { p.as_str().to_string() },
                        value: p.as_str().to_string(),
                    })
                    .collect();
                let prompt = format!("{} {} · {}", s.first_name, s.last_name, s.status.label());
                let c = Choice::new(Purpose::Package, format!("Package type for {bid} (BW04)"), prompt, items)
                    .selecting(Package::ALL.iter().position(|p| *p == s.package).unwrap_or(0));
                self.choose(c);
                Vec::new()
            }
            _ => {
                if self.read_only {
                    let mutation = Mutation::BwRetry { broadworks_id: bid, email: String::new() };
                    return vec![Request::Act { mutation, confirmed: false }];
                }
                let who = format!("{} {} · {}", s.first_name, s.last_name, s.status.label());
                let mut form = Form::new(
                    format!("Retry activation: {bid} (BW04)"),
                    FormKind::RetryEmail { broadworks_id: bid, who },
                    vec![Field::text("Email", s.email.as_deref().unwrap_or(""))],
                    "retry: onboard with this email",
                );
                form.note = s
                    .error_description
                    .as_ref()
                    .map(|d| format!("Error {}: {d}", s.error_code.as_deref().unwrap_or("-")));
                self.open_form(form);
                Vec::new()
            }
        }
    }

    /// BW04: onboard the subscriber with the email typed.
    pub(crate) fn submit_retry(&mut self, broadworks_id: String, a: &Answers) -> Vec<Request> {
        self.info(format!("retrying activation of {broadworks_id}…"));
        let mutation = Mutation::BwRetry { broadworks_id, email: a.value(0) };
        vec![Request::Act { mutation, confirmed: true }]
    }

    /// A package was picked: the change is confirmed first, saying what it does (issue 15.10).
    pub(crate) fn package_picked(&mut self, package: String) -> Vec<Request> {
        let Some(s) = self.selected_bw() else { return Vec::new() };
        let bid = s.broadworks_user_id.clone();
        if package.eq_ignore_ascii_case(s.package.as_str()) {
            self.info(format!("{bid} already has the {package} package; nothing changed"));
            return Vec::new();
        }
        self.overlays.push(Overlay::Confirm(Confirm {
            title: format!("Change the package of {bid} to {package}?"),
            lines: vec![
                format!("{} {} · {} · {}", s.first_name, s.last_name, s.package.as_str(), s.status.label()),
                format!("• The package type changes from {} to {package} (BW04).", s.package.as_str()),
                "• The subscriber's services follow the new package once provisioning has run.".into(),
            ],
            mutation: Mutation::BwPackage { broadworks_id: bid, package },
        }));
        Vec::new()
    }

    pub(crate) fn error_text(&mut self, result: Result<String>) -> Vec<Request> {
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

    pub(crate) fn bw_export(&mut self) -> Vec<Request> {
        let dir = self.letters_dir.with_file_name("exports");
        self.info("exporting…");
        vec![Request::Export { exclude_provisioned: self.toggle(Pane::Bw), dir }]
    }

    pub(crate) fn bw_exported(&mut self, result: Result<(std::path::PathBuf, usize)>) -> Vec<Request> {
        match result {
            Ok((path, rows)) => {
                let which = if self.toggle(Pane::Bw) { "provisioned excluded" } else { "everyone" };
                self.info(format!("exported {rows} subscribers ({which}) to {}", path.display()));
                // The path in full, wrapped, since the status line may cut it.
                let lines = vec![
                    ReportLine::plain(format!("{rows} subscribers ({which}) written as CSV to:")),
                    ReportLine::good(path.display().to_string()),
                    ReportLine::plain("The file is readable only by you."),
                ];
                self.report("BroadWorks list exported (BW05)", lines);
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    pub(crate) fn bw_templates(&mut self) -> Vec<Request> {
        let Some(summary) = &self.bw.summary else {
            self.info("loading the customer templates; try again in a moment");
            return self.ensure_extras();
        };
        let mut lines = Vec::new();
        if summary.templates.is_empty() {
            lines.push(ReportLine::plain("No customer templates."));
        }
        for t in &summary.templates {
            let settings = format!(
                "untrusted emails {} · share link {} · default package {}",
                if t.untrusted_emails { "checked" } else { "not checked" },
                t.share_link,
                t.default_package
            );
            if t.flow_through_ready {
                lines.push(ReportLine::good(format!("✓ {} · ready for flow-through", t.name)));
                lines.push(ReportLine::plain(format!("  {settings}")));
            } else {
                lines.push(ReportLine::bad(format!(
                    "⚠ {} · NOT set up for flow-through with untrusted emails (BW01)",
                    t.name
                )));
                lines.push(ReportLine::plain(format!("  {settings}")));
                lines.push(ReportLine::plain(format!(
                    "  To change: {}",
                    template_fix(t.untrusted_emails, &t.share_link)
                )));
            }
        }
        self.report("Customer templates (BW01)", lines);
        Vec::new()
    }

    pub(crate) fn bw_changed(&mut self, row: Box<BwSubscriberRow>, what: &'static str) -> Vec<Request> {
        self.close_forms();
        self.info(format!(
            "{} {what}: {} · package {}",
            row.broadworks_user_id,
            row.status.as_str(),
            row.package.as_str()
        ));
        self.reload_all()
    }

    pub(crate) fn bw_deleted(&mut self, row: Box<BwSubscriberRow>) -> Vec<Request> {
        self.info(format!(
            "{} deleted (was {}): the user can try again in the activation portal after the configuration change",
            row.broadworks_user_id,
            row.status.as_str()
        ));
        self.reload_all()
    }
}
