//! BroadWorks flow-through (BW01-BW05): retry activation with a valid email, delete a
//! subscriber, change its package, copy its error text, export the list, and the customer
//! templates with what to change on those not set up for untrusted emails.

use crate::domain::bw::Package;
use crate::domain::Result;
use crate::service::action::Action;
use crate::service::BwSubscriberRow;
use crate::tui::actions::ActionId;
use crate::tui::app::App;
use crate::tui::jobs::{ask, change, change_if, read_only, Job, Jobs};
use crate::tui::panes::Pane;
use crate::tui::popups::choice::{Choice, Item, Purpose};
use crate::tui::popups::confirm::Confirm;
use crate::tui::popups::form::{Answers, Field, Form, FormKind};
use crate::tui::popups::report::ReportLine;
use crate::tui::popups::Popup;

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

/// BW04: deletes the subscriber (`confirmed`, or unconfirmed on a read-only console).
fn delete(broadworks_id: String, confirmed: bool) -> Job {
    change_if(confirmed, move |svc| svc.broadworks().delete(&broadworks_id), |app, row| app.bw_deleted(Box::new(row)))
}

/// BW04: changes the subscriber's package.
fn package(broadworks_id: String, package: String, confirmed: bool) -> Job {
    change_if(
        confirmed,
        move |svc| svc.broadworks().package(&broadworks_id, &package),
        |app, row| app.bw_changed(Box::new(row), "package changed"),
    )
}

impl App {
    /// BW04 on the selected subscriber: retry, delete, package, copy the error.
    pub(crate) fn bw_action(&mut self, id: ActionId) -> Jobs {
        let Some(s) = self.selected_bw() else {
            self.info("select a subscriber first");
            return Vec::new();
        };
        let bid = s.broadworks_user_id.clone();
        match id {
            ActionId::BwCopyError => {
                vec![ask(move |svc| svc.broadworks().error_text(&bid), |app, result| app.error_text(result))]
            }
            ActionId::BwDelete => {
                if self.read_only {
                    return vec![delete(bid, false)];
                }
                let lines = vec![
                    format!("{} {} · {} · {}", s.first_name, s.last_name, s.package.as_str(), s.status.label()),
                    "• The subscriber is deleted from Webex (BW04).".into(),
                    "• After the configuration change, the user can try again in the activation portal.".into(),
                ];
                let title = format!("Delete BroadWorks subscriber {bid}?");
                self.open(Popup::Confirm(Confirm::new(title, lines, delete(bid, true))));
                Vec::new()
            }
            ActionId::BwPackage => {
                if self.read_only {
                    return vec![package(bid, s.package.as_str().into(), false)];
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
                    return vec![read_only(Action::BwRetry)];
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
    pub(crate) fn submit_retry(&mut self, broadworks_id: String, a: &Answers) -> Jobs {
        self.info(format!("retrying activation of {broadworks_id}…"));
        let email = a.value(0);
        vec![change(
            move |svc| svc.broadworks().retry(&broadworks_id, &email),
            |app, row| app.bw_changed(Box::new(row), "retried"),
        )]
    }

    /// A package was picked: the change is confirmed first, saying what it does (issue 15.10).
    pub(crate) fn package_picked(&mut self, package: String) -> Jobs {
        let Some(s) = self.selected_bw() else { return Vec::new() };
        let bid = s.broadworks_user_id.clone();
        if package.eq_ignore_ascii_case(s.package.as_str()) {
            self.info(format!("{bid} already has the {package} package; nothing changed"));
            return Vec::new();
        }
        let lines = vec![
            format!("{} {} · {} · {}", s.first_name, s.last_name, s.package.as_str(), s.status.label()),
            format!("• The package type changes from {} to {package} (BW04).", s.package.as_str()),
            "• The subscriber's services follow the new package once provisioning has run.".into(),
        ];
        let title = format!("Change the package of {bid} to {package}?");
        self.open(Popup::Confirm(Confirm::new(title, lines, self::package(bid, package, true))));
        Vec::new()
    }

    fn error_text(&mut self, result: Result<String>) -> Jobs {
        match result {
            Ok(text) => {
                let id = text.split(": ").next().unwrap_or("").to_string();
                self.copy(&format!("error text of {id}"), &text);
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    pub(crate) fn bw_export(&mut self) -> Jobs {
        let dir = self.letters_dir.with_file_name("exports");
        self.info("exporting…");
        let exclude_provisioned = self.toggle(Pane::Bw);
        vec![ask(
            move |svc| svc.broadworks().export_file(exclude_provisioned, &dir),
            |app, result| app.bw_exported(result),
        )]
    }

    fn bw_exported(&mut self, result: Result<(std::path::PathBuf, usize)>) -> Jobs {
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

    pub(crate) fn bw_templates(&mut self) -> Jobs {
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

    pub(crate) fn bw_changed(&mut self, row: Box<BwSubscriberRow>, what: &'static str) -> Jobs {
        self.close_forms();
        self.info(format!(
            "{} {what}: {} · package {}",
            row.broadworks_user_id,
            row.status.as_str(),
            row.package.as_str()
        ));
        self.reload_all()
    }

    pub(crate) fn bw_deleted(&mut self, row: Box<BwSubscriberRow>) -> Jobs {
        self.info(format!(
            "{} deleted (was {}): the user can try again in the activation portal after the configuration change",
            row.broadworks_user_id,
            row.status.as_str()
        ));
        self.reload_all()
    }
}
