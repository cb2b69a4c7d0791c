//! Shims while the rooms move behind the seam (removed when the last room has moved).

use super::backend::webex::OrgClient;
use super::{Error, Result, Service};

impl Service {
    /// Whether the open organisation is a real one (`webex` backend).
    pub fn is_webex(&self) -> bool {
        self.backend.remote_ref().is_some()
    }

    /// Refuses an action that goes through the API when nothing but reads may leave the machine.
    pub(crate) fn api_writable(&self, action: &str) -> Result<()> {
        let why = match self.backend.remote_ref() {
            Some(w) => w.side.read_only_reason.clone(),
            None => None,
        };
        match why {
            Some(why) => Err(Error::ReadOnlyFor { action: action.to_string(), why }),
            None if self.core.read_only => {
                Err(Error::ReadOnlyFor { action: action.to_string(), why: "it was opened with --read-only".into() })
            }
            None => Ok(()),
        }
    }

    /// The API client aimed at the open organisation (`webex` backend only).
    pub(crate) fn org_client(&mut self) -> Result<OrgClient> {
        let org = self
            .webex_org_id()?
            .ok_or_else(|| Error::Invalid("this organisation is local: its actions do not go to Webex".into()))?;
        match self.backend.remote() {
            Some(w) => w.side.org_client(&org),
            None => Err(Error::Invalid("this organisation is local: its actions do not go to Webex".into())),
        }
    }
}

impl Service {}
