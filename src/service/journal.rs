//! The journal of a run that becomes many Webex requests (issue 17): a bulk device import,
//! re-applying a licence template, a directory sync against a real organisation.
//!
//! Before a row's request leaves, the row is marked `sending` (committed); when Webex answers it
//! becomes `done` (with the trackingId) or `failed`. Started again with the same input (same
//! kind, same bytes, same options), a run that was killed or cancelled continues: `done` rows are
//! skipped, `sending` rows are checked against Webex (did it happen?) before anything is sent
//! again, and only then the rest. Nothing secret is journalled.

use std::collections::HashMap;

use sha2::{Digest, Sha256};

use super::core::Core;
use super::Result;
use crate::store::journal as j;
pub(crate) use crate::store::journal::{Step, StepState};

/// One run's journal, open.
#[derive(Debug)]
pub(crate) struct Run {
    id: i64,
    /// An earlier, unfinished run with the same input is being continued.
    pub resumed: bool,
    steps: HashMap<String, Step>,
}

impl Run {
    /// What an earlier attempt of this run recorded for `key`.
    pub fn step(&self, key: &str) -> Option<&Step> {
        self.steps.get(key)
    }
}

/// The input's fingerprint: the same run again (same kind, input and options) resumes.
pub(crate) fn input_hash(kind: &str, parts: &[&[u8]]) -> String {
    let mut h = Sha256::new();
    h.update(kind.as_bytes());
    for p in parts {
        h.update((p.len() as u64).to_le_bytes());
        h.update(p);
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Opens the journal of a run: the unfinished run of `kind` with the same `hash` (resumed),
/// else a new one. `label` names the input for the admin (a file, a template); `rows` counts it.
pub(crate) fn open(cx: &Core, kind: &str, hash: &str, label: &str, rows: usize) -> Result<Run> {
    if let Some((id, _)) = j::open_run(&cx.conn, cx.org.id, kind, hash)? {
        return Ok(Run { id, resumed: true, steps: j::steps(&cx.conn, id)? });
    }
    let id = j::start_run(&cx.conn, cx.org.id, kind, hash, label, rows, cx.now())?;
    Ok(Run { id, resumed: false, steps: HashMap::new() })
}

/// Records where `key` got to, committed before this returns (each mark is its own write).
pub(crate) fn mark(
    cx: &Core,
    run: &mut Run,
    key: &str,
    state: StepState,
    tracking_id: Option<&str>,
    detail: &str,
) -> Result<()> {
    j::mark(&cx.conn, run.id, key, state, tracking_id, detail, cx.now())?;
    run.steps.insert(
        key.to_string(),
        Step { state, tracking_id: tracking_id.map(str::to_string), detail: detail.to_string() },
    );
    Ok(())
}

/// The run went through every row (a cancelled or killed run stays open, to be continued).
pub(crate) fn finish(cx: &Core, run: &Run) -> Result<()> {
    j::finish_run(&cx.conn, run.id, cx.now())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::outside::{Clock, FixedClock};
    use crate::service::Service;

    fn svc() -> Service {
        let clock = Arc::new(FixedClock::parse("2026-12-01T09:00:00Z").expect("clock"));
        let conn = crate::store::open_in_memory().expect("db");
        crate::store::seed::Seeder::new(&conn, clock.now())
            .org("Acme", "US", "smdp.example", false, 30, "US", "")
            .expect("org");
        Service::from_connection(conn, None, clock).expect("service")
    }

    #[test]
    fn a_killed_run_started_again_with_the_same_input_continues_and_another_input_starts_afresh() {
        let s = svc();
        let h = input_hash("bulk device import", &[b"a,b\n1,2\n", b"--no-email"]);
        let mut run = open(&s.core, "bulk device import", &h, "devices.csv", 3).expect("open");
        assert!(!run.resumed);
        mark(&s.core, &mut run, "line 2", StepState::Sending, None, "").expect("mark");
        mark(&s.core, &mut run, "line 2", StepState::Done, Some("T1"), "added").expect("mark");
        mark(&s.core, &mut run, "line 3", StepState::Sending, None, "").expect("mark");
        drop(run); // killed here

        let again = open(&s.core, "bulk device import", &h, "devices.csv", 3).expect("open");
        assert!(again.resumed);
        assert_eq!(again.step("line 2").map(|st| st.state), Some(StepState::Done));
        assert_eq!(
            again.step("line 3").map(|st| st.state),
            Some(StepState::Sending),
            "asked of Webex before resending"
        );
        assert_eq!(again.step("line 2").and_then(|st| st.tracking_id.clone()).as_deref(), Some("T1"));
        finish(&s.core, &again).expect("finish");

        // Finished: the same input is a new run; other options are another input.
        assert!(!open(&s.core, "bulk device import", &h, "devices.csv", 3).expect("open").resumed);
        assert_ne!(h, input_hash("bulk device import", &[b"a,b\n1,2\n", b""]));
    }
}
