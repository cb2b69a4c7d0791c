//! Small reads the console needs and the CLI does not: which users a licence template covers
//! that have no Webex Calling yet (the manual assignment asks for each of them in turn, AL03).

use super::Service;
use crate::domain::licensing as al;
use crate::domain::{Error, Result};
use crate::store::licensing as ls;

/// A covered user without Webex Calling, as the manual assignment asks about them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoveredUser {
    pub email: String,
    pub display_name: String,
    pub work_phone: Option<String>,
    pub location: Option<String>,
}

impl Service {
    /// AL03: users whose template is `template` and who hold no Webex Calling licence, in the
    /// order they were created.
    pub fn template_users_without_calling(&self, template: &str) -> Result<Vec<CoveredUser>> {
        let templates = ls::templates(&self.conn, self.org.id)?;
        let t = al::by_name(&templates, template)
            .ok_or_else(|| Error::NotFound(format!("no licence template \"{}\"", template.trim())))?;
        Ok(ls::all_users(&self.conn, self.org.id)?
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
