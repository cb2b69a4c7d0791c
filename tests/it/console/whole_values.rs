//! The on-call path at 80x24: what the admin sees, through the harness façade.

use crate::tui_support::demo;

/// The screen's rows at 80x24.
fn rows(h: &wxgo::tui::harness::Harness) -> Vec<String> {
    h.screen().lines().map(str::to_string).collect()
}

#[test]
fn every_typed_value_and_the_lpa_string_is_whole_on_one_line_at_80x24() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.resize(80, 24);
    h.press("/");
    h.type_text("ava.haddad");
    h.press("enter");
    h.keys("a enter");
    let issued = h.issued().unwrap_or_else(|| panic!("no activation details:\n{}", h.screen()));
    let screen = rows(&h);
    for (what, value) in [
        ("the activation code", issued.activation_code.as_str().to_string()),
        ("the SM-DP+ address", issued.smdp_address.clone()),
        ("the Android code", issued.android_code.clone()),
        ("the LPA string (what the QR holds)", issued.lpa.clone()),
    ] {
        assert!(
            screen.iter().any(|l| l.contains(&value)),
            "{what} {value:?} is not whole on one line at 80x24:\n{}",
            screen.join("\n")
        );
    }
    // The QR code is still there, with a quiet zone: a blank column left of it on its rows.
    let qr_rows = screen.iter().filter(|l| l.contains('▀') || l.contains('▄')).count();
    assert!(qr_rows >= 12, "the QR code is drawn ({qr_rows} rows):\n{}", screen.join("\n"));
}

#[test]
fn user_details_never_scroll_into_blank_space() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.resize(80, 24);
    h.press("enter");
    let top = h.screen();
    assert!(top.contains("Webex Go device"), "{top}");
    let shown = |h: &wxgo::tui::harness::Harness| {
        // The rows inside the details box (between its borders), trimmed.
        h.screen()
            .lines()
            .filter(|l| l.starts_with('│'))
            .map(|l| l.trim_matches(|c| c == '│' || c == ' ').to_string())
            .filter(|l| !l.is_empty())
            .count()
    };
    let full = shown(&h);
    for keys in ["G", "end", "j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j j"] {
        h.keys("g");
        h.keys(keys);
        let after = shown(&h);
        assert!(
            after * 2 >= full,
            "after {keys:?} the details show {after} rows of {full}: scrolled into blank space:\n{}",
            h.screen()
        );
        assert!(h.screen().contains("Recent audit entries"), "the end is in view after {keys:?}:\n{}", h.screen());
        // One step back up moves at once (no dead scrolling past the end).
        let before = h.screen();
        h.press("k");
        assert_ne!(h.screen(), before, "k after {keys:?} did not move back:\n{}", h.screen());
    }
}

/// A code generator with a bug: it panics, inside the action's transaction.
struct Broken;

impl wxgo::domain::CodeGenerator for Broken {
    fn generate(&self) -> wxgo::domain::ActivationCode {
        panic!("the code generator broke")
    }
}

/// Issue 13.1: a panic in the service thread (a bug, as a Display error once was) is caught
/// there: the admin gets an error saying what happened, the action's transaction is rolled
/// back, and the console's service goes on answering (before, the thread died and `q` hung).
#[test]
fn a_panic_in_the_service_thread_is_an_error_and_the_console_goes_on() {
    use std::sync::Arc;
    use wxgo::tui::worker::{Job, Reply, Worker};
    let d = demo();
    let before = {
        let svc = d.service(false);
        svc.people().detail("dan.dubois@acmefarms.example").map(|u| u.codes.len()).unwrap_or(99)
    };
    let svc = d.service(false).with_codes(Arc::new(Broken));
    let (tx, mut rx) = tokio::sync::mpsc::unbounded_channel();
    let worker = Worker::spawn(svc, tx);
    assert!(worker.send(Job::answer(|svc| svc.devices().new_code("go-4", true).map(|_| ()))));
    let reply = rx.blocking_recv().unwrap_or_else(|| panic!("the service thread died"));
    match reply {
        Reply::Answer(Err(e)) => {
            let said = e.to_string();
            assert!(said.contains("failed inside wxgo") && said.contains("rolled back"), "{said}");
        }
        other => panic!("expected an error reply, got {other:?}"),
    }
    // Still serving: the next request is answered.
    assert!(worker.send(Job::answer(|svc| svc.people().detail("dan.dubois@acmefarms.example").map(|_| ()))));
    let next = rx.blocking_recv().unwrap_or_else(|| panic!("the service thread died after the panic"));
    assert!(matches!(next, Reply::Answer(Ok(()))), "{next:?}");
    drop(worker);
    let after = d.service(false).people().detail("dan.dubois@acmefarms.example").map(|u| u.codes.len()).unwrap_or(0);
    assert_eq!(after, before, "the half-done action was rolled back");
}
