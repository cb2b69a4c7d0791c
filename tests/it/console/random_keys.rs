//! No panic from the keyboard: long random key sequences (every action key, text, Esc, Enter,
//! arrows, paging) and random resizes down to 1x1, on the demo organisation; after every
//! event the console's state is consistent and a frame draws. `cargo test` runs a quick
//! number of cases; `PROPTEST_CASES=2000 cargo test --release --test it console::random_keys` runs many.

use std::sync::Arc;

use proptest::prelude::*;
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::outside::FixedClock;
use wxgo::service::{demo, Options, Service};
use wxgo::tui::harness::Harness;
use wxgo::tui::layout::list_height;

#[derive(Debug, Clone)]
enum Event {
    Key(&'static str),
    Text(String),
    Resize(u16, u16),
}

const KEYS: &[&str] = &[
    "j",
    "k",
    "g",
    "G",
    "up",
    "down",
    "pageup",
    "pagedown",
    "home",
    "end",
    "tab",
    "backtab",
    "1",
    "2",
    "3",
    "4",
    "/",
    "enter",
    "esc",
    "?",
    ":",
    "a",
    "n",
    "L",
    "D",
    "c",
    "p",
    "e",
    "m",
    "x",
    "y",
    "q",
    "backspace",
    "left",
    "right",
    "space",
    "ctrl-c",
];

fn event() -> impl Strategy<Value = Event> {
    prop_oneof![
        8 => proptest::sample::select(KEYS).prop_map(Event::Key),
        2 => "[a-z0-9@.+ -]{1,6}".prop_map(Event::Text),
        1 => (1u16..=200, 1u16..=60).prop_map(|(w, h)| Event::Resize(w, h)),
    ]
}

fn check(h: &Harness) -> Result<(), TestCaseError> {
    let lists = h.lists();
    for list in &lists {
        if list.total > 0 {
            prop_assert!(list.selected < list.total, "{:?}: selected {} of {}", list.pane, list.selected, list.total);
        }
    }
    // The focused pane (the one drawn) keeps its selection on screen.
    let list = h.list(h.pane());
    if list.total > 0 && h.overlays().is_empty() {
        prop_assert!(list.top <= list.selected, "{:?}: top {} after selected {}", list.pane, list.top, list.selected);
        prop_assert!(
            list.selected < list.top + list_height(h.size().1).max(1) + 1,
            "{:?}: selection {} off screen (top {})",
            list.pane,
            list.selected,
            list.top
        );
    }
    let buf = h.render();
    prop_assert_eq!((buf.area.width, buf.area.height), h.size());
    Ok(())
}

fn harness(dir: &std::path::Path) -> Harness {
    let db = dir.join("wxgo.db");
    if !db.exists() {
        demo::create(&db, 120, false, chrono::Utc::now()).unwrap_or_else(|e| panic!("{e}"));
    }
    let clock = Arc::new(FixedClock::new(chrono::Utc::now()));
    let svc = Service::open(&Options::new(&db), clock).unwrap_or_else(|e| panic!("{e}"));
    Harness::new(svc, Clipboard::new(Mode::Off, Env { ssh: false, tmux: false }))
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(12),
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn random_keys_and_resizes_never_panic(events in proptest::collection::vec(event(), 1..300)) {
        let dir = tempfile::tempdir().map_err(|e| TestCaseError::fail(e.to_string()))?;
        let mut h = harness(dir.path());
        for ev in events {
            match ev {
                Event::Key(k) => h.press(k),
                Event::Text(t) => h.type_text(&t),
                Event::Resize(w, hh) => h.resize(w, hh),
            }
            check(&h)?;
        }
        // The database is still sound whatever the keys did.
        let conn = rusqlite::Connection::open(dir.path().join("wxgo.db")).map_err(|e| TestCaseError::fail(e.to_string()))?;
        let bad: i64 = conn
            .query_row("SELECT count(*) FROM subscriptions s WHERE (SELECT count(*) FROM devices d WHERE d.subscription_id = s.id) > s.go_licences", [], |r| r.get(0))
            .map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(bad, 0);
        let ok: String = conn.query_row("PRAGMA integrity_check", [], |r| r.get(0)).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(ok, "ok");
    }
}

/// Every key the action table gives an action in a view does that action there: none of
/// them answers "does nothing here" or "works in …, not in …", and a frame draws after it.
#[test]
fn every_table_key_is_bound_where_the_table_says() {
    use wxgo::tui::actions::{Context, ACTIONS};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut pressed = 0;
    for a in ACTIONS {
        for line in a.keys {
            for ctx in line.places.iter().filter(|c| c.is_view()) {
                for key in line.keys {
                    if matches!(a.name, "quit") || (*key == "ctrl-c") {
                        continue;
                    }
                    let mut h = harness(dir.path());
                    let ready = match ctx {
                        Context::Users => true,
                        Context::Devices => {
                            h.press("2");
                            true
                        }
                        Context::Numbers => {
                            h.press("3");
                            true
                        }
                        Context::Bw => {
                            h.press("4");
                            true
                        }
                        Context::Detail => {
                            h.press("enter");
                            true
                        }
                        // Activation details need a code issued: the first user without a device.
                        Context::Activation => {
                            let email = h
                                .svc
                                .people()
                                .list("", 0, 1000)
                                .unwrap_or_default()
                                .into_iter()
                                .find(|u| {
                                    u.device_id.is_none()
                                        && u.primary_number.is_some()
                                        && u.has_licence(wxgo::domain::licence::CALLING_PROFESSIONAL)
                                        && u.location_country
                                            .as_deref()
                                            .is_some_and(|c| ["US", "GB", "FR"].contains(&c))
                                })
                                .map(|u| u.email)
                                .unwrap_or_default();
                            h.press("/");
                            h.type_text(&email);
                            h.keys("enter a");
                            for _ in 0..3 {
                                if h.overlay() == Some("choice") {
                                    h.press("enter");
                                }
                            }
                            h.overlay() == Some("activation")
                        }
                        _ => false,
                    };
                    assert!(ready, "{} in {ctx:?}: could not get there:\n{}", a.name, h.screen());
                    h.press(key);
                    let m = h.message();
                    assert!(
                        !m.contains("does nothing here")
                            && !m.contains(&format!("not in {}", ctx.title(&wxgo::i18n::Tr::default()))),
                        "{} ({key}) in {ctx:?}: {m}",
                        a.name
                    );
                    assert_eq!(h.render().area.width, h.size().0);
                    pressed += 1;
                }
            }
        }
    }
    assert!(pressed > 60, "pressed only {pressed} keys");
}
