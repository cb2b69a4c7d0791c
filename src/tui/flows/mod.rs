//! The admin's multi-step actions, one file per service area as in `service/`: Webex Go
//! devices and codes, mobile operators, BroadWorks, licence assignment, delivery (bulk
//! import, letters), the real organisation (syncing it, picking another) and why a person
//! cannot call (a read that joins them all, shown in its popup). Each starts from
//! an action of the table, asks what the rules need in the popups, sends the change to the
//! service as a job (the service decides) and says what became of it.

pub mod broadworks;
pub mod delivery;
pub mod devices;
pub mod licensing;
pub mod mobile;
pub mod org;
pub mod why;

use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use super::app::App;
use super::jobs::{self, Jobs, Progress};
use super::popups::choice::Purpose;
use super::popups::progress::{LongOp, LongRun};
use super::popups::Popup;
use crate::domain::Result;
use crate::service::Service;

/// Where each flow has got to; at most one of each at a time.
#[derive(Debug, Clone, Default)]
pub struct Flows {
    pub add: Option<devices::AddFlow>,
    pub assign: Option<mobile::AssignFlow>,
    pub manual: Option<licensing::ManualFlow>,
    /// What the licence templates being read are for.
    pub template_purpose: Option<Purpose>,
}

impl App {
    /// Sends a long run to the worker, with a progress box unless read-only (then the service
    /// refuses at once); Esc in the box cancels it, and the service rolls it back whole.
    pub(crate) fn start_long<T: Send + 'static>(
        &mut self,
        op: LongOp,
        run: impl FnOnce(&mut Service, Progress<'_>) -> Result<T> + Send + 'static,
        then: impl FnOnce(&mut App, T) -> Jobs + Send + 'static,
    ) -> Jobs {
        let cancel = Arc::new(AtomicBool::new(false));
        if !self.read_only {
            self.open(Popup::Progress(LongRun::new(op, cancel.clone())));
        }
        vec![jobs::long(cancel, run, then)]
    }
}
