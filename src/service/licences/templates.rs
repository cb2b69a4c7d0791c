//! Licence templates (AL03): wxgo's own data on every backend (a real organisation's
//! auto-assignment templates are Control Hub's), listed with the users each covers, created,
//! changed and deleted; and which covered users have no Webex Calling yet (the console's manual
//! assignment asks about each in turn).

use super::rules::{no_template, template_label, template_said};
use super::{LicenceTemplateRow, Licences, TemplateSpec, TEMPLATE_LICENCES};
use crate::domain::licence;
use crate::domain::licensing::Template;
use crate::domain::licensing::{self as al};
use crate::domain::{Error, Result};
use crate::service::action::Action;
use crate::service::core::Audit;
use crate::store::licensing as ls;

/// A covered user without Webex Calling, as the manual assignment asks about them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoveredUser {
    pub email: String,
    pub display_name: String,
    pub work_phone: Option<String>,
    pub location: Option<String>,
}

impl Licences<'_> {
    /// AL03: the licence templates, org-wide or per group, with the users each covers.
    pub fn templates(&self) -> Result<Vec<LicenceTemplateRow>> {
        let templates = ls::templates(&self.core.conn, self.core.org.id)?;
        let mut rows: Vec<LicenceTemplateRow> = templates
            .iter()
            .map(|t| LicenceTemplateRow {
                name: t.name.clone(),
                scope: t.scope,
                group: t.group.clone(),
                grants_calling: t.grants_calling,
                licences: t.licences.clone(),
                covered_users: 0,
                covered_with_calling: 0,
            })
            .collect();
        for (department, users, with_calling) in ls::department_counts(&self.core.conn, self.core.org.id)? {
            if let Some(t) = al::effective(&templates, department.as_deref()) {
                if let Some(i) = templates.iter().position(|x| x.id == t.id) {
                    rows[i].covered_users += users;
                    rows[i].covered_with_calling += with_calling;
                }
            }
        }
        Ok(rows)
    }

    /// AL03: creates the template, or changes the one of that name. An organisation has one
    /// organisation-wide template and at most one per group; a template that grants Webex
    /// Calling Professional cannot also grant Calling Basic. Users already licensed keep their
    /// licences: a template decides what sync, assignment and re-apply give from now on.
    /// Returns the template as saved and whether it is new.
    pub fn save_template(&self, spec: &TemplateSpec) -> Result<(LicenceTemplateRow, bool)> {
        let name = spec.name.trim();
        if name.is_empty() || name.chars().count() > 80 || name.chars().any(char::is_control) {
            return Err(Error::invalid(crate::said!(
                "template-name-invalid",
                name = spec.name.escape_debug().to_string()
            )));
        }
        let group_given = spec.group.as_ref().map(|g| g.as_deref().map(str::trim));
        if group_given.flatten().is_some_and(|g| g.is_empty() || g.chars().any(char::is_control)) {
            return Err(Error::invalid(crate::said!("template-group-empty")));
        }
        let mut licences: Vec<&str> = Vec::new();
        for l in spec.licences.iter().flatten() {
            let l = l.trim().to_ascii_lowercase().replace([' ', '-'], "_");
            let Some(known) = TEMPLATE_LICENCES.iter().find(|k| **k == l) else {
                return Err(Error::invalid(crate::said!(
                    "template-licence-unknown",
                    licence = crate::domain::text::shorten(&l, 80).as_ref(),
                    licences = TEMPLATE_LICENCES.join(", ")
                )));
            };
            if !licences.contains(known) {
                licences.push(*known);
            }
        }
        let name = name.to_string();
        let ok = self.core.gate(Action::SaveLicenceTemplate, self.backend)?;
        let created = self.core.act(ok, |svc, tx, _| {
            let templates = ls::templates(tx, svc.org.id)?;
            let existing = al::by_name(&templates, &name);
            let group: Option<String> = match group_given {
                Some(g) => g.map(str::to_string),
                None => existing.and_then(|e| e.group.clone()),
            };
            let grants_calling = spec.grants_calling.or(existing.map(|e| e.grants_calling)).unwrap_or(false);
            let licences: Vec<String> = match (&spec.licences, existing) {
                (None, Some(e)) => e.licences.clone(),
                _ => licences.iter().map(|l| l.to_string()).collect(),
            };
            if grants_calling && licences.iter().any(|l| l == licence::CALLING_BASIC) {
                return Err(Error::invalid(crate::said!("template-calling-both")));
            }
            let clash = templates.iter().find(|t| {
                existing.is_none_or(|e| e.id != t.id)
                    && match (&group, t.scope, &t.group) {
                        (None, al::Scope::Org, _) => true,
                        (Some(g), al::Scope::Group, Some(tg)) => g.eq_ignore_ascii_case(tg.trim()),
                        _ => false,
                    }
            });
            if let Some(other) = clash {
                return Err(Error::invalid(crate::said!(
                    "template-clash",
                    org = &svc.org.name,
                    template = template_said(other),
                    command = format!("`wxgo licences template-save \"{}\" ...`", other.name)
                )));
            }
            // Found by name in any case: the name stays as it was written first.
            let t = Template {
                id: existing.map(|e| e.id).unwrap_or(0),
                name: existing.map(|e| e.name.clone()).unwrap_or_else(|| name.clone()),
                scope: if group.is_some() { al::Scope::Group } else { al::Scope::Org },
                group: group.clone(),
                grants_calling,
                licences,
            };
            ls::save_template(tx, svc.org.id, &t)?;
            let details = format!(
                "{} {}; {}; other licences: {}",
                if existing.is_some() { "changed" } else { "created" },
                template_label(&t),
                if t.grants_calling { "grants Webex Calling Professional" } else { "no Webex Calling" },
                if t.licences.is_empty() { "none".to_string() } else { t.licences.join(", ") }
            );
            Ok((existing.is_none(), Audit::new(format!("template:{}", t.name), details)))
        })?;
        let row = self
            .templates()?
            .into_iter()
            .find(|t| t.name.eq_ignore_ascii_case(&name))
            .ok_or_else(|| Error::not_found(crate::said!("template-not-read-back", name = &name)))?;
        Ok((row, created))
    }

    /// Deletes the template of that name; no user loses a licence (what they hold stays).
    pub fn delete_template(&self, name: &str) -> Result<LicenceTemplateRow> {
        // What it covered, for the answer; the template itself is found again in the transaction.
        let covered = self.templates()?;
        let ok = self.core.gate(Action::DeleteLicenceTemplate, self.backend)?;
        self.core.act(ok, |svc, tx, _| {
            let templates = ls::templates(tx, svc.org.id)?;
            let t = al::by_name(&templates, name).ok_or_else(|| no_template(name, &templates))?;
            ls::delete_template(tx, t.id)?;
            let row = covered.into_iter().find(|r| r.name == t.name).ok_or_else(|| no_template(name, &templates))?;
            let details = format!("deleted {}; users keep their licences", template_label(t));
            Ok((row, Audit::new(format!("template:{}", t.name), details)))
        })
    }

    /// AL03: users whose template is `template` and who hold no Webex Calling licence, in the
    /// order they were created.
    pub fn users_without_calling(&self, template: &str) -> Result<Vec<CoveredUser>> {
        let templates = ls::templates(&self.core.conn, self.core.org.id)?;
        let t = al::by_name(&templates, template)
            .ok_or_else(|| Error::not_found(crate::said!("template-none", name = template.trim())))?;
        Ok(ls::all_users(&self.core.conn, self.core.org.id)?
            .into_iter()
            .filter(|u| !u.has_calling)
            .filter(|u| al::effective(&templates, u.department.as_deref()).is_some_and(|e| e.id == t.id))
            .map(|u| CoveredUser {
                email: u.email,
                display_name: u.display_name,
                work_phone: u.work_phone,
                location: u.location,
            })
            .collect())
    }
}
