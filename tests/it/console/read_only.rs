//! Read-only is one switch, enforced by the service: walk the whole action table and, for
//! every action that changes something, in every view it applies to, press its key on a
//! read-only console and answer whatever it asks. The database never changes and the admin
//! is told it is read-only.

use crate::common;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::outside::FixedClock;
use wxgo::service::{demo, Options, Service};
use wxgo::tui::harness::Harness;

fn snapshot(db: &Path) -> common::Snapshot {
    common::snapshot_file(db)
}

/// A devices CSV that a dry run accepts: one eligible user without a device.
fn import_file(db: &Path, dir: &Path) -> String {
    let svc = Service::open(&Options::new(db), Arc::new(FixedClock::new(chrono::Utc::now())))
        .unwrap_or_else(|e| panic!("{e}"));
    common::one_row_devices_csv(
        &svc,
        "Dallas",
        |u| {
            u.device_id.is_none()
                && u.primary_number.is_some()
                && u.has_licence(wxgo::domain::licence::CALLING_PROFESSIONAL)
        },
        dir,
    )
}

fn console(db: &PathBuf) -> Harness {
    let mut opts = Options::new(db);
    opts.read_only = true;
    let svc = Service::open(&opts, Arc::new(FixedClock::new(chrono::Utc::now()))).unwrap_or_else(|e| panic!("{e}"));
    Harness::new(svc, Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }))
}

fn told_read_only(h: &Harness) -> bool {
    h.message().to_lowercase().contains("read-only") || h.screen().to_lowercase().contains("read-only:")
}

#[test]
fn every_changing_action_in_the_table_is_refused_when_read_only() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let db = dir.path().join("wxgo.db");
    demo::create(&db, 80, false, chrono::Utc::now()).unwrap_or_else(|e| panic!("{e}"));
    let csv_path = import_file(&db, dir.path());
    let before = snapshot(&db);
    let walked = common::walk_changing_actions(|| console(&db), &csv_path, told_read_only);
    assert!(walked >= 15, "walked only {walked} action/view pairs");
    assert_eq!(before, snapshot(&db), "a read-only console changed the database");
}
