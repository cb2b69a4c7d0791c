//! Issue 15, the on-call path at 80x24: what the admin sees, through the harness façade.

mod tui_support;

use tui_support::demo;

/// The screen's rows at 80x24.
fn rows(h: &wxgo::tui::harness::Harness) -> Vec<String> {
    h.screen().lines().map(str::to_string).collect()
}

#[test]
fn i15_3_every_typed_value_and_the_lpa_string_is_whole_on_one_line_at_80x24() {
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
fn i15_5_user_details_never_scroll_into_blank_space() {
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
