//! The on-call path at 80x24 (and 200x50): messages read whole and kept in a log
//! (15.1), the footers, help and columns (15.8), the text fields and the palette (15.9), and
//! the smaller things of the console (15.10). TestBackend buffers through the harness façade.

use crate::tui_support::{demo, line_with, text};
use wxgo::outside::clipboard::osc52;
use wxgo::tui::harness::Harness;

/// Spaces collapsed: a message wrapped over rows reads as one line.
fn words(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// WG08 refused by the service for a mobile operator's line: a long error message.
fn refuse_new_code(h: &mut Harness) {
    let owner = h
        .svc
        .devices()
        .list(None, "", 0, 1000)
        .unwrap_or_default()
        .into_iter()
        .find(|d| d.kind == wxgo::domain::DeviceKind::MobileOperator)
        .map(|d| d.owner_email)
        .unwrap_or_else(|| panic!("the demo has a mobile-operator device"));
    h.press("2");
    h.press("/");
    h.type_text(&owner);
    h.press("enter");
    h.press("L");
    assert_eq!(h.overlay(), Some("confirm"), "{}", h.screen());
    h.press("y");
    assert!(h.message().starts_with("WG08") && h.message_is_error(), "{}", h.message());
}

// ---------------------------------------------------------------------- 15.1 messages

#[test]
fn a_long_message_is_wrapped_whole_above_the_footer_at_80x24() {
    let d = demo();
    let (mut h, _) = d.console(false);
    refuse_new_code(&mut h);
    let m = h.message();
    assert!(m.chars().count() > 80, "a message longer than the line: {m}");
    let screen = h.screen();
    let lines: Vec<&str> = screen.lines().collect();
    assert_eq!(lines.len(), 24);
    // Every word of the message is on screen, in order, in the rows above the footer.
    assert_eq!(words(&h.status_line()), words(&format!("✕ {m}")), "{screen}");
    assert!(lines[22].trim_start().len() > 1 && lines[21].trim_start().len() > 1, "two rows at least:\n{screen}");
    // The footer is still the last row, and the selected row is still on screen.
    assert!(h.footer().starts_with("/ filter"), "{}", h.footer());
    assert!(h.selected_row().is_some(), "{screen}");
    // Esc clears it: the list has its rows back.
    h.keys("esc esc"); // the filter, then the message
    assert_eq!(h.status_line(), "", "{}", h.screen());
}

#[test]
fn a_message_too_long_for_three_rows_says_how_to_read_the_rest() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("/");
    h.type_text(&"a-very-long-filter-text ".repeat(12));
    h.press("enter");
    let m = h.message();
    assert!(m.chars().count() > 3 * 78, "{m}");
    let band = h.status_line();
    assert!(band.ends_with("… ! shows it all"), "{band}");
    h.press("!");
    assert_eq!(h.overlay(), Some("messages"));
    let log = h.screen();
    assert!(words(&log.replace('│', " ")).contains(&words(&m)), "the log shows it whole:\n{log}");
}

#[test]
fn the_message_log_keeps_time_text_and_path_and_copies_each() {
    let d = demo();
    let (mut h, cap) = d.console(false);
    refuse_new_code(&mut h);
    let refusal = h.message();
    h.keys("esc 4 E");
    let export = h.message();
    let path = export.split_whitespace().find(|w| w.ends_with(".csv")).unwrap_or_default().to_string();
    assert!(path.starts_with('/'), "{export}");
    h.press("esc"); // the export's report
    h.press("!");
    assert_eq!(h.overlay(), Some("messages"), "{}", h.screen());
    let log = h.message_log();
    let at = |t: &str| log.iter().position(|(_, text, _)| text == t);
    assert!(at(&refusal) < at(&export) && at(&refusal).is_some(), "both, oldest first: {log:?}");
    let entry = &log[at(&export).unwrap_or(0)];
    assert_eq!(entry.0, "09:00:00", "the time, from the service's clock");
    assert_eq!(entry.2.as_deref(), Some(path.as_str()), "the file it names");
    let s = h.screen();
    assert!(s.contains("Messages ·") && s.contains("09:00:00 ✕ WG08"), "{s}");
    assert!(s.contains("file: ") && s.contains(".csv"), "the path on its own line:\n{s}");
    // The newest is selected: f copies its path, c its whole text.
    h.press("f");
    assert_eq!(cap.text(), osc52(&path));
    // Up to the refusal (the messages after it: the filter and the export).
    for _ in 0..6 {
        h.press("c");
        if cap.text().ends_with(&osc52(&refusal)) {
            break;
        }
        h.press("k");
    }
    assert!(cap.text().ends_with(&osc52(&refusal)), "the WG08 message copied whole");
    h.press("!");
    assert_eq!(h.overlay(), None, "! closes it again");
}

#[test]
fn the_message_log_is_an_action_with_a_key_in_help_and_the_palette() {
    let d = demo();
    let (mut h, _) = d.console(false);
    assert_eq!(h.help_keys("message_log"), "!");
    h.press(":");
    h.type_text("messages");
    let s = h.screen();
    assert!(line_with(&h.render(), "▶ !").is_some_and(|l| l.contains("messages")), "{s}");
    h.press("enter");
    assert_eq!(h.overlay(), Some("messages"));
}

#[test]
fn the_activation_details_show_the_message_whole_at_200x50() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.resize(200, 50);
    h.press("/");
    h.type_text("ava.haddad");
    h.keys("enter a enter");
    assert_eq!(h.overlay(), Some("activation"), "{}", h.screen());
    let m = h.message();
    assert!(m.chars().count() > 108, "longer than the box is wide: {m}");
    let s = text(&h.render());
    let inside: String = s.lines().map(|l| l.replace('│', " ")).collect::<Vec<_>>().join(" ");
    assert!(words(&inside).contains(&words(&m)), "the whole message in the box:\n{s}");
}

// ---------------------------------------------------------------------- 15.8 footers, help, columns

#[test]
fn every_list_pane_footer_starts_with_filter_and_open_at_80_columns() {
    let d = demo();
    let (mut h, _) = d.console(false);
    for pane in ["1", "2", "3", "4"] {
        h.press(pane);
        assert!(h.footer().starts_with("/ filter  Enter open  ? help"), "pane {pane}: {}", h.footer());
    }
}

#[test]
fn help_lists_the_panes_own_actions_first_and_slash_searches_it() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("4");
    h.press("?");
    let s = h.screen();
    let rows: Vec<&str> = s.lines().collect();
    assert!(rows[2].contains("── In BroadWorks Status"), "{s}");
    assert!(s.contains("retry") && s.contains("excl. provisioned"), "page 1 has the pane's actions:\n{s}");
    assert!(!s.contains("Move the selection up"), "navigation comes later:\n{s}");
    h.press("/");
    h.type_text("stolen");
    let s = h.screen();
    assert!(s.contains("Help · search: stolen") && s.contains("lost/stolen"), "{s}");
    assert!(!s.contains("retry"), "only what mentions it:\n{s}");
    h.press("enter"); // keep the search; keys scroll and close again
    h.press("esc");
    assert_eq!(h.overlay(), None);
}

#[test]
fn at_200x50_spare_width_goes_to_the_columns_that_would_be_cut() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.resize(200, 50);
    let s = h.screen();
    assert!(line_with(&h.render(), "Amir Abbott").is_some_and(|l| l.contains("Calling Pro, Meet, Msg ")), "{s}");
    h.press("2");
    let s = h.screen();
    assert!(s.contains("Sub-1b7da88e-7665-4713-b8fe-c4662e78d2c0 "), "the subscription whole:\n{s}");
    h.press("4");
    let s = h.screen();
    assert!(s.contains("BW-4003: The email address is already used by another Webex user."), "{s}");
    assert!(s.contains("acme000004@bw.acmefarms.example "), "the BroadWorks id whole:\n{s}");
}

// ---------------------------------------------------------------------- 15.9 text fields, palette

fn field_line(h: &Harness, label: &str) -> String {
    line_with(&h.render(), label)
        .map(|l| l.split('│').nth(1).unwrap_or_default().trim_end().to_string())
        .unwrap_or_default()
}

#[test]
fn a_pre_filled_field_is_replaced_by_typing_and_readline_keys_edit_it() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("W"); // Amir Abbott, +12122000003
    assert!(field_line(&h, "Work number:").contains("+12122000003  (typing replaces it)"), "{}", h.screen());
    h.type_text("2125550100");
    assert!(field_line(&h, "Work number:").ends_with("Work number: 2125550100▏"), "{}", h.screen());
    h.keys("home");
    h.type_text("+1");
    assert!(field_line(&h, "Work number:").ends_with("+1▏2125550100"), "{}", h.screen());
    h.keys("ctrl-e left left ctrl-k");
    assert!(field_line(&h, "Work number:").ends_with("+121255501▏"), "{}", h.screen());
    h.keys("ctrl-a right right ctrl-u");
    assert!(field_line(&h, "Work number:").ends_with("Work number: ▏21255501"), "{}", h.screen());
    h.keys("ctrl-e");
    h.type_text(" 99");
    h.press("ctrl-w");
    assert!(field_line(&h, "Work number:").ends_with("21255501 ▏"), "{}", h.screen());
    h.press("ctrl-u");
    assert!(field_line(&h, "Work number:").ends_with("Work number: ▏"), "{}", h.screen());
    assert!(h.help_keys("delete_to_start") == "ctrl-u" && h.help_keys("delete_word") == "ctrl-w");
}

#[test]
fn ctrl_u_and_ctrl_w_edit_the_filter_too() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("/");
    h.type_text("ava haddad");
    h.press("ctrl-w");
    assert_eq!(h.list(wxgo::tui::panes::Pane::Users).filter, "ava ");
    h.press("ctrl-u");
    assert_eq!(h.list(wxgo::tui::panes::Pane::Users).filter, "");
}

/// The palette's entries as shown, without the marker.
fn palette_rows(h: &Harness) -> Vec<String> {
    let s = h.screen();
    let start = s.lines().position(|l| l.contains("│: ")).unwrap_or(0);
    s.lines()
        .skip(start + 1)
        .take_while(|l| !l.contains('└'))
        .map(|l| l.split('│').nth(1).unwrap_or_default().trim_start_matches('▶').trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn the_palette_ranks_whole_words_and_drops_loose_matches() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys(": ");
    h.type_text("copy");
    let rows = palette_rows(&h);
    assert!(rows.iter().all(|r| !r.contains("mobile primary") && !r.contains("sync directory")), "{rows:?}");
    h.keys("esc 4 :");
    h.type_text("copy");
    let rows = palette_rows(&h);
    assert!(rows.first().is_some_and(|r| r.starts_with("C") && r.contains("copy error")), "{rows:?}");
    h.keys("esc 1 :");
    h.type_text("delete");
    let rows = palette_rows(&h);
    assert!(rows.first().is_some_and(|r| r.starts_with("D") && r.contains("delete")), "{rows:?}");
    assert!(rows.iter().all(|r| !r.contains("quit")), "{rows:?}");
}

#[test]
fn the_palette_offers_every_panes_actions_this_panes_first_and_runs_another_panes_there() {
    let d = demo();
    let (mut h, _) = d.console(false);
    // Empty, it lists this pane's actions, then the others' with the pane they run in.
    h.press(":");
    let rows = palette_rows(&h);
    assert!(rows.iter().all(|r| !r.contains("(Devices)")), "the first page is the Users pane's: {rows:?}");
    h.type_text("export");
    let rows = palette_rows(&h);
    let users = rows.iter().position(|r| r.contains("export user.csv")).unwrap_or(usize::MAX);
    let bw = rows.iter().position(|r| r.contains("export CSV (BroadWorks Status)")).unwrap_or(usize::MAX);
    assert!(users < bw && bw < usize::MAX, "this pane's first, then the other pane's, named: {rows:?}");

    // Another pane's action: Enter switches to that pane and runs it there.
    h.keys("ctrl-u");
    h.type_text("bulk add");
    assert!(palette_rows(&h).first().is_some_and(|r| r.contains("bulk add (Devices)")), "{:?}", palette_rows(&h));
    h.press("enter");
    assert_eq!(h.pane(), wxgo::tui::panes::Pane::Devices);
    assert_eq!(h.overlay(), Some("form"), "the bulk add asks for its file:\n{}", h.screen());
    h.press("esc");

    // A row action of a pane not read yet runs on its selected row once the rows are in.
    h.keys("1 :");
    h.type_text("copy error");
    h.press("enter");
    assert_eq!(h.pane(), wxgo::tui::panes::Pane::Bw);
    let selected = h.selected_row().unwrap_or_default();
    let who = selected.split_whitespace().find(|w| w.contains('@')).unwrap_or("@").trim_end_matches('…').to_string();
    assert!(
        h.message().starts_with("error text of ") && h.message().contains(&who) && h.message().contains("copied"),
        "{}\n{selected}",
        h.message()
    );
}

#[test]
fn read_only_the_palette_marks_changing_actions_and_lists_them_last() {
    let d = demo();
    let (mut h, _) = d.console(true);
    h.press(":");
    h.type_text("user");
    let rows = palette_rows(&h);
    let first_marked = rows.iter().position(|r| r.contains("(read-only)")).unwrap_or(0);
    assert!(first_marked > 0, "{rows:?}");
    assert!(rows[first_marked..].iter().all(|r| r.contains("(read-only)")), "{rows:?}");
    h.keys("ctrl-u");
    h.type_text("add go");
    let rows = palette_rows(&h);
    assert!(rows.first().is_some_and(|r| r.contains("add Go (read-only)")), "{rows:?}");
}

// ---------------------------------------------------------------------- 15.10 smaller things

#[test]
fn broadworks_statuses_in_words_and_delete_is_capital_d_as_for_devices() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("4");
    let s = h.screen();
    assert!(s.contains("◌ Pending email input") && s.contains("✕ Error"), "{s}");
    assert!(!s.contains("pending_email_input"), "{s}");
    h.press("D");
    assert_eq!(h.overlay(), Some("confirm"), "D deletes a subscriber:\n{}", h.screen());
    h.press("n");
    h.press("d");
    assert_eq!(h.overlay(), Some("confirm"), "d still does");
    h.press("n");
    assert!(h.help_keys("bw_delete").starts_with("D"), "{}", h.help_keys("bw_delete"));
}

#[test]
fn bw04_the_subscribers_details_take_the_panes_keys_for_that_subscriber() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("4");
    // The first subscriber in error (the pane lists errors first).
    let row = h.selected_row().unwrap_or_default();
    assert!(row.contains("Error"), "{row}");
    h.press("enter");
    assert_eq!(h.overlay(), Some("notice"));
    let s = h.screen();
    assert!(s.contains("R retry") && s.contains("Esc close"), "the details say which keys work:\n{s}");
    h.press("R");
    assert_eq!(h.overlay(), Some("form"), "R in the details retries that subscriber:\n{}", h.screen());
    let title = h.overlay_title().unwrap_or_default();
    let id = row.split_whitespace().find(|w| w.contains('@')).unwrap_or("@").trim_end_matches('…');
    assert!(title.to_lowercase().contains("retry") && h.screen().contains(id), "{title}\n{}", h.screen());
    h.press("esc");
    // A move key means nothing over the details: they stay open.
    h.keys("enter j");
    assert_eq!(h.overlay(), Some("notice"));
    // y: why that subscriber's person cannot call, from the details too.
    h.press("y");
    assert_eq!(h.overlay(), Some("why"), "{}", h.screen());
}

#[test]
fn a_refused_add_to_a_pending_account_says_what_is_possible_now() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("3 o j N"); // London, Vodafone UK, Pending
    h.type_text("+447400000901");
    h.press("enter");
    assert!(h.message().starts_with("MO02:"), "{}", h.message());
    let s = h.screen();
    assert!(!s.contains("add the valid numbers"), "no save offered:\n{s}");
    assert!(s.contains("once the account is Authorized (MO02) · Esc closes"), "{s}");
    assert!(h.form_note().is_some_and(|n| n.contains("Esc closes")), "{:?}", h.form_note());
}
