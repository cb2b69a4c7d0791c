//! The admin's multi-step actions, one file per service area as in `service/`: Webex Go
//! devices and codes, mobile operators, BroadWorks, licence assignment, and delivery (bulk
//! import, letters). Each starts from an action of the table, asks what the rules need in the
//! widgets, sends the change to the service (which decides) and says what became of it.

pub mod broadworks;
pub mod delivery;
pub mod licensing;
pub mod mobile;
pub mod webex;
pub mod webex_go;

use super::app::App;
use super::widgets::choice::Purpose;
use super::worker::{LongOutcome, Request};

/// Where each flow has got to; at most one of each at a time.
#[derive(Debug, Clone, Default)]
pub struct Flows {
    pub add: Option<webex_go::AddFlow>,
    pub assign: Option<mobile::AssignFlow>,
    pub manual: Option<licensing::ManualFlow>,
    /// What the licence templates being read are for.
    pub template_purpose: Option<Purpose>,
    /// Add mobile numbers on a real organisation waits for the locations to choose from (its
    /// operator accounts are Control Hub's).
    pub numbers_by_location: bool,
}

impl App {
    /// A long run finished: its report.
    pub(crate) fn long_done(&mut self, outcome: LongOutcome) -> Vec<Request> {
        match outcome {
            LongOutcome::Synced(r) => self.synced(*r),
            LongOutcome::Reapplied(r) => self.reapplied(*r),
            LongOutcome::Imported(r, op) => self.imported(*r, op),
        }
    }
}
