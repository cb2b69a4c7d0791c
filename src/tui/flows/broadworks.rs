//! BroadWorks flow-through (BW01-BW05): retry activation with a valid email, delete a
//! subscriber, change its package, copy its error text, export the list, and the customer
//! templates with what to change on those not set up for untrusted emails.

use crate::domain::bw::Package;
use crate::domain::Result;
use crate::i18n::Tr;
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
use crate::tui::present::bw_status_word;

/// BW01: what to change on a template that is not set up for flow-through.
pub fn template_fix(tr: &Tr, untrusted: bool, share_link: &str) -> String {
    match (untrusted, share_link == "activation_link") {
        (true, true) => tr!(tr, "bw-fix-nothing"),
        (false, true) => tr!(tr, "bw-fix-untrusted"),
        (true, false) => tr!(tr, "bw-fix-share-link", now = share_link),
        (false, false) => tr!(tr, "bw-fix-both", now = share_link),
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
        |app, row| app.bw_changed(Box::new(row), "bw-package-changed"),
    )
}

impl App {
    /// BW04 on the selected subscriber: retry, delete, package, copy the error.
    pub(crate) fn bw_action(&mut self, id: ActionId) -> Jobs {
        let Some(s) = self.selected_bw() else {
            self.info(tr!(self.tr, "say-select-subscriber-first"));
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
                let status = bw_status_word(&self.tr, s.status);
                let lines = vec![
                    format!("{} {} · {} · {status}", s.first_name, s.last_name, s.package.as_str()),
                    tr!(self.tr, "bw-delete-from-webex"),
                    tr!(self.tr, "bw-delete-try-again"),
                ];
                let title = tr!(self.tr, "bw-delete-title", id = &bid);
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
                        label: if *p == s.package {
                            tr!(self.tr, "bw-package-now", package = p.as_str())
                        } else {
                            p.as_str().to_string()
                        },
                        value: p.as_str().to_string(),
                    })
                    .collect();
                let prompt = format!("{} {} · {}", s.first_name, s.last_name, bw_status_word(&self.tr, s.status));
                let title = tr!(self.tr, "bw-package-title", id = &bid);
                let c = Choice::new(Purpose::Package, title, prompt, items)
                    .selecting(Package::ALL.iter().position(|p| *p == s.package).unwrap_or(0));
                self.choose(c);
                Vec::new()
            }
            _ => {
                if self.read_only {
                    return vec![read_only(Action::BwRetry)];
                }
                let who = format!("{} {} · {}", s.first_name, s.last_name, bw_status_word(&self.tr, s.status));
                let mut form = Form::new(
                    tr!(self.tr, "bw-retry-title", id = &bid),
                    FormKind::RetryEmail { broadworks_id: bid, who },
                    vec![Field::text(tr!(self.tr, "field-email"), s.email.as_deref().unwrap_or(""))],
                    tr!(self.tr, "bw-retry-submit"),
                );
                form.note = s.error_description.as_ref().map(|d| {
                    tr!(self.tr, "bw-notice-error", code = s.error_code.as_deref().unwrap_or("-"), text = d.as_str())
                });
                self.open_form(form);
                Vec::new()
            }
        }
    }

    /// BW04: onboard the subscriber with the email typed.
    pub(crate) fn submit_retry(&mut self, broadworks_id: String, a: &Answers) -> Jobs {
        self.info(tr!(self.tr, "say-retrying", id = &broadworks_id));
        let email = a.value(0);
        vec![change(
            move |svc| svc.broadworks().retry(&broadworks_id, &email),
            |app, row| app.bw_changed(Box::new(row), "bw-retried"),
        )]
    }

    /// A package was picked: the change is confirmed first, saying what it does (issue 15.10).
    pub(crate) fn package_picked(&mut self, package: String) -> Jobs {
        let Some(s) = self.selected_bw() else { return Vec::new() };
        let bid = s.broadworks_user_id.clone();
        if package.eq_ignore_ascii_case(s.package.as_str()) {
            self.info(tr!(self.tr, "say-package-already", id = &bid, package = &package));
            return Vec::new();
        }
        let status = bw_status_word(&self.tr, s.status);
        let lines = vec![
            format!("{} {} · {} · {status}", s.first_name, s.last_name, s.package.as_str()),
            tr!(self.tr, "bw-package-changes", from = s.package.as_str(), to = &package),
            tr!(self.tr, "bw-package-follows"),
        ];
        let title = tr!(self.tr, "bw-package-confirm-title", id = &bid, package = &package);
        self.open(Popup::Confirm(Confirm::new(title, lines, self::package(bid, package, true))));
        Vec::new()
    }

    fn error_text(&mut self, result: Result<String>) -> Jobs {
        match result {
            Ok(text) => {
                let id = text.split(": ").next().unwrap_or("").to_string();
                self.copy(&tr!(self.tr, "copied-error-text", id = &id), &text);
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    pub(crate) fn bw_export(&mut self) -> Jobs {
        let dir = self.letters_dir.with_file_name("exports");
        self.info(tr!(self.tr, "say-exporting"));
        let exclude_provisioned = self.toggle(Pane::Bw);
        vec![ask(
            move |svc| svc.broadworks().export_file(exclude_provisioned, &dir),
            |app, result| app.bw_exported(result),
        )]
    }

    fn bw_exported(&mut self, result: Result<(std::path::PathBuf, usize)>) -> Jobs {
        match result {
            Ok((path, rows)) => {
                let which = tr!(self.tr, if self.toggle(Pane::Bw) { "bw-provisioned-excluded" } else { "bw-everyone" });
                let shown = path.display().to_string();
                self.info(tr!(self.tr, "say-bw-exported", n = rows, which = &which, path = &shown));
                // The path in full, wrapped, since the status line may cut it.
                let lines = vec![
                    ReportLine::plain(tr!(self.tr, "bw-export-written", n = rows, which = &which)),
                    ReportLine::good(shown),
                    ReportLine::plain(tr!(self.tr, "bw-export-readable")),
                ];
                self.report(tr!(self.tr, "bw-export-title"), lines);
            }
            Err(e) => self.error(e.to_string()),
        }
        Vec::new()
    }

    pub(crate) fn bw_templates(&mut self) -> Jobs {
        let Some(summary) = &self.bw.summary else {
            self.info(tr!(self.tr, "say-loading-templates"));
            return self.ensure_extras();
        };
        let tr = &self.tr;
        let mut lines = Vec::new();
        if summary.templates.is_empty() {
            lines.push(ReportLine::plain(tr!(tr, "bw-no-templates")));
        }
        for t in &summary.templates {
            let settings = tr!(
                tr,
                if t.untrusted_emails { "bw-template-settings-checked" } else { "bw-template-settings-unchecked" },
                share_link = &t.share_link,
                package = &t.default_package
            );
            if t.flow_through_ready {
                lines.push(ReportLine::good(format!("✓ {}", tr!(tr, "bw-template-ready", name = &t.name))));
                lines.push(ReportLine::plain(format!("  {settings}")));
            } else {
                lines.push(ReportLine::bad(format!("⚠ {}", tr!(tr, "bw-template-not-ready", name = &t.name))));
                lines.push(ReportLine::plain(format!("  {settings}")));
                let fix = template_fix(tr, t.untrusted_emails, &t.share_link);
                lines.push(ReportLine::plain(format!("  {}", tr!(tr, "bw-template-to-change", fix = &fix))));
            }
        }
        let title = tr!(tr, "bw-templates-title");
        self.report(title, lines);
        Vec::new()
    }

    /// `what`: the message saying what was done (`bw-retried`, `bw-package-changed`).
    pub(crate) fn bw_changed(&mut self, row: Box<BwSubscriberRow>, what: &'static str) -> Jobs {
        self.close_forms();
        self.info(tr!(
            self.tr,
            what,
            id = &row.broadworks_user_id,
            status = row.status.as_str(),
            package = row.package.as_str()
        ));
        self.reload_all()
    }

    pub(crate) fn bw_deleted(&mut self, row: Box<BwSubscriberRow>) -> Jobs {
        self.info(tr!(self.tr, "say-bw-deleted", id = &row.broadworks_user_id, status = row.status.as_str()));
        self.reload_all()
    }
}
