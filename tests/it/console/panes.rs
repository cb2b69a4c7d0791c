//! The console's frames on ratatui's TestBackend: every pane at 80x24, a tiny terminal, status
//! words and colours (WG10, WG12), the READ-ONLY badge, NO_COLOR, and help from the table.

use crate::tui_support::golden::{assert_screen, compare};
use crate::tui_support::{demo, demo_in_tmp, find, line_with, text};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use wxgo::domain::DeviceStatus;
use wxgo::tui::actions::ACTIONS;

/// The status cell of the row that shows `who`: its text and its colour.
/// The status word and colour on the first row that names `who` and shows a status.
fn status_of(buf: &Buffer, who: &str) -> Option<(String, Color)> {
    let screen = text(buf);
    screen.lines().enumerate().filter(|(_, l)| l.contains(who)).find_map(|(y, l)| status_in(buf, who, y as u16, l))
}

fn status_in(buf: &Buffer, who: &str, y: u16, line: &str) -> Option<(String, Color)> {
    for s in DeviceStatus::ALL {
        let word = format!("{} {}", s.symbol(), s.label());
        if let Some(col) = line.find(&word) {
            let x = line[..col].chars().count() as u16;
            // Every cell of the word carries the colour, the symbol's cell included.
            let fg = buf[(x, y)].fg;
            for i in 0..word.chars().count() as u16 {
                assert_eq!(buf[(x + i, y)].fg, fg, "status of {who} is one colour");
            }
            return Some((word, fg));
        }
    }
    None
}

fn expected_colour(s: DeviceStatus) -> Color {
    match s {
        DeviceStatus::ActivationPending => Color::DarkGray,
        DeviceStatus::Online => Color::Green,
        DeviceStatus::Offline => Color::Red,
        DeviceStatus::Unknown => Color::DarkGray,
    }
}

#[test]
fn users_pane_at_80x24_shows_header_columns_rows_and_hints() {
    let d = demo();
    let (h, _) = d.console(false);
    let buf = h.render();
    let screen = text(&buf);
    assert_eq!(buf.area.width, 80);
    assert_eq!(buf.area.height, 24);
    assert!(screen.contains("Acme Farms"), "{screen}");
    assert!(screen.contains("wxgo.db"), "database path in the header:\n{screen}");
    assert!(screen.contains("clipboard: osc52"), "{screen}");
    assert!(!screen.contains("READ-ONLY"), "{screen}");
    for col in ["Name", "Email", "Number", "Webex Go"] {
        assert!(screen.contains(col), "column {col}:\n{screen}");
    }
    // The email is the key (names repeat in a large organisation): shown whole on every row,
    // numbers too; Location gives way at 80 columns and names are shortened with `…`.
    let rows: Vec<&str> = screen.lines().skip(4).take(18).collect();
    for row in &rows {
        let email = row.split_whitespace().find(|w| w.contains('@')).unwrap_or_default();
        assert!(email.ends_with("@acmefarms.example"), "an email cut:\n{screen}");
        assert!(!row.split_whitespace().any(|w| w.starts_with('+') && w.ends_with('…')), "a number cut:\n{screen}");
    }
    assert!(!screen.contains("Location"), "{screen}");
    assert!(screen.contains("1-18 of 60"), "{screen}");
    assert!(screen.contains("▶ Amir Ab"), "selection marker on the first row:\n{screen}");
    let hints = screen.lines().last().unwrap_or_default();
    // The two keys an admin needs first lead the footer, then help and the pane's own actions.
    assert!(hints.starts_with("/ filter  Enter open  ? help"), "{hints}");
    assert!(hints.contains("a add Go") && hints.contains("n new code"), "{hints}");
}

#[test]
fn devices_numbers_and_broadworks_panes_at_80x24() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("2");
    let s = h.screen();
    for col in ["Device", "Owner", "Subscription", "Kind", "Status", "Expires"] {
        assert!(s.contains(col), "Devices column {col}:\n{s}");
    }
    assert!(s.contains("go-1 ") && s.contains("BYOD") && s.contains("Operator"), "{s}");
    assert!(s.contains("▶2 Devices"), "{s}");

    h.press("3");
    let s = h.screen();
    for col in ["Number", "Location", "Kind", "State", "Owner", "Badge"] {
        assert!(s.contains(col), "Numbers column {col}:\n{s}");
    }
    assert!(s.contains("mobile only: off"), "{s}");
    assert!(s.contains("▶3 Numbers"), "{s}");

    h.press("4");
    let s = h.screen();
    for col in ["BroadWorks id", "Package", "Status", "Error"] {
        assert!(s.contains(col), "BroadWorks column {col}:\n{s}");
    }
    assert!(s.contains("✕ Error") && s.contains("● Provisioned") && s.contains("◌ Pending email input"), "{s}");
    assert!(s.contains("BW-4003"), "error text shown:\n{s}");
    assert!(s.contains("exclude provisioned: off"), "{s}");
}

#[test]
fn a_tiny_terminal_shows_make_the_window_larger() {
    let d = demo();
    let (mut h, _) = d.console(false);
    for (w, hgt) in [(20u16, 5u16), (59, 24), (80, 15)] {
        h.resize(w, hgt);
        let s = h.screen();
        assert!(s.contains("Make the window"), "{w}x{hgt}:\n{s}");
        assert!(!s.contains("Amir Abbott"), "no broken layout at {w}x{hgt}:\n{s}");
    }
    h.resize(60, 16);
    let s = h.screen();
    assert!(s.contains("Amir Abbott") && !s.contains("Make the window"), "60x16 is enough:\n{s}");
}

#[test]
fn wg10_status_word_and_colour_on_users_and_devices() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let users = h.render();
    let devices = {
        h.press("2");
        h.render()
    };
    let mut seen = std::collections::HashSet::new();
    // A user by email on Users (the key there; names are shortened at 80 columns), by name on
    // Devices (the owner's name).
    let people = [
        ("amir.abbott@acmefarms.example", "Amir Abbott"),
        ("ava.archer@acmefarms.example", "Ava Archer"),
        ("chloe.castillo@acmefarms.example", "Chloe Castillo"),
    ];
    for (buf, on_users) in [(&users, true), (&devices, false)] {
        for who in people.map(|(email, name)| if on_users { email } else { name }) {
            let (word, colour) = status_of(buf, who).unwrap_or_else(|| panic!("{who} has a status:\n{}", text(buf)));
            let status = DeviceStatus::ALL
                .into_iter()
                .find(|s| word == format!("{} {}", s.symbol(), s.label()))
                .unwrap_or_else(|| panic!("{word}"));
            assert_eq!(colour, expected_colour(status), "{who}: {word}");
            seen.insert(status);
        }
    }
    assert_eq!(seen.len(), 3, "pending grey, online green and offline red were all checked");
}

#[test]
fn wg10_statuses_read_without_colour_when_no_color() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.set_colour(false);
    h.press("2");
    let buf = h.render();
    let s = text(&buf);
    assert!(s.contains("● Online") && s.contains("✕ Offline") && s.contains("◌ Activation pending"), "{s}");
    for y in 0..buf.area.height {
        for x in 0..buf.area.width {
            assert_eq!(buf[(x, y)].fg, Color::Reset, "no colour at {x},{y}");
        }
    }
    // The selection still shows: a marker and reversed text, not a colour.
    let (x, y) = find(&buf, "▶ go-1").unwrap_or_else(|| panic!("{s}"));
    assert!(buf[(x + 2, y)].modifier.contains(Modifier::REVERSED));
}

#[test]
fn wg12_same_status_on_users_and_devices_panes() {
    let d = demo();
    let svc = d.service(false);
    let devices = svc.devices().list(None, "", 0, 100).unwrap_or_default();
    assert!(devices.len() >= 20, "the demo has devices in every status");
    let (mut h, _) = d.console(false);
    for dev in devices.iter().take(12) {
        // The same device, found through its owner, on both panes.
        h.keys("1 /");
        h.type_text(&dev.owner_email);
        h.press("enter");
        let on_users = status_of(&h.render(), &dev.owner_email);
        h.keys("esc 2 /");
        h.type_text(&dev.owner_email);
        h.press("enter");
        let on_devices = status_of(&h.render(), &dev.owner_name);
        h.press("esc");
        let want = (format!("{} {}", dev.status.symbol(), dev.status.label()), expected_colour(dev.status));
        assert_eq!(on_users.as_ref(), Some(&want), "{} on Users", dev.device_id);
        assert_eq!(on_devices.as_ref(), Some(&want), "{} on Devices", dev.device_id);
    }
}

#[test]
fn read_only_badge_in_the_header_and_no_dangerous_hints() {
    let d = demo();
    let (h, _) = d.console(true);
    let buf = h.render();
    let (x, y) = find(&buf, "READ-ONLY").unwrap_or_else(|| panic!("{}", text(&buf)));
    assert_eq!(y, 0, "the badge is in the header");
    assert_eq!(buf[(x, y)].bg, Color::Red);
    let hints = text(&buf).lines().last().unwrap_or_default().to_string();
    assert!(!hints.contains("add Go") && !hints.contains("delete"), "{hints}");
    assert!(hints.contains("? help"), "{hints}");
}

#[test]
fn help_overlay_lists_every_action_of_the_table() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("?");
    // Page through the overlay at 80x24 and collect what it showed.
    let mut seen = String::new();
    for _ in 0..40 {
        let screen = h.screen();
        seen.push_str(&screen);
        if !screen.contains("more below") {
            break;
        }
        h.press("pgdn");
    }
    let tr = wxgo::i18n::Tr::default();
    for a in ACTIONS {
        let key = h.help_keys(a.name);
        assert!(!key.is_empty(), "{} has a default key", a.name);
        let line = seen
            .lines()
            .find(|l| l.contains(&format!("│{key:<18}{:<20}", a.hint(&tr))))
            .unwrap_or_else(|| panic!("help lists {} ({key}):\n{seen}", a.name));
        let first_words: String = a.description(&tr).split(' ').take(3).collect::<Vec<_>>().join(" ");
        assert!(line.contains(&first_words), "{}: {line}", a.name);
    }
    // Scrolling stops at the last line and comes straight back from there.
    h.press("G");
    assert!(!h.screen().contains("more below"), "{}", h.screen());
    h.press("k");
    assert!(h.screen().contains("more below"), "{}", h.screen());
    h.press("esc");
    assert!(!h.screen().contains("Help ·"), "Esc closes help");
}

#[test]
fn footer_hints_follow_the_focused_pane() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("3");
    let s = h.screen();
    let hints = s.lines().last().unwrap_or_default();
    assert!(hints.contains("m mobile only"), "{hints}");
    assert!(!hints.contains("new code"), "no device actions on Numbers: {hints}");
    h.press("4");
    let s = h.screen();
    assert!(s.lines().last().unwrap_or_default().contains("x excl. provisioned"), "{s}");
}

#[test]
fn user_detail_shows_numbers_device_codes_licences_and_audit() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("enter");
    let s = h.screen();
    assert!(s.contains("Amir Abbott <amir.abbott@acmefarms.example>"), "{s}");
    assert!(s.contains("Webex Calling Professional"), "licences:\n{s}");
    assert!(s.contains("go-15") && s.contains("◌ Activation pending"), "device and status:\n{s}");
    assert!(s.contains("Activation codes"), "{s}");
    assert!(s.contains("expired"), "the demo code ran out (WG06):\n{s}");
    assert!(s.contains("Numbers") && s.contains("+12122000003"), "{s}");
    assert!(s.contains("Recent audit entries"), "{s}");
    h.press("esc");
    assert!(line_with(&h.render(), "1-18 of 60").is_some(), "Esc goes back to the list");
}

// ---------------------------------------------------------------------- mobile operator, BroadWorks

/// The colour of the first cell of `needle` on screen.
fn colour_of(buf: &Buffer, needle: &str) -> Option<Color> {
    find(buf, needle).map(|(x, y)| buf[(x, y)].fg)
}

#[test]
fn mo03_add_numbers_form_draws_each_invalid_number_red_with_its_state_and_reason() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("3 o N"); // Dallas, AT&T, Authorized: the first account
    h.type_text("+14692000100, +447400000001, 12,");
    let buf = h.render();
    let s = text(&buf);
    assert_eq!((buf.area.width, buf.area.height), (80, 24));
    assert!(s.contains("Add mobile numbers: Dallas") && s.contains("3 of at most 20"), "{s}");
    // Each invalid number: red, a symbol, Webex's state and the reason in words (MO03).
    let wrong_country = line_with(&buf, "+447400000001 ·").unwrap_or_else(|| panic!("{s}"));
    assert!(wrong_country.contains("✕ +447400000001 · Invalid: +447400000001 is a number of GB"), "{wrong_country}");
    assert_eq!(colour_of(&buf, "✕ +447400000001"), Some(Color::Red));
    let not_e164 = line_with(&buf, "✕ 12 ·").unwrap_or_else(|| panic!("{s}"));
    assert!(not_e164.contains("Invalid") && not_e164.contains("not E.164"), "{not_e164}");
    assert_eq!(colour_of(&buf, "✕ 12 ·"), Some(Color::Red));
    // The valid one is green with its word.
    assert!(s.contains("✓ +14692000100 · Available"), "{s}");
    assert_eq!(colour_of(&buf, "✓ +14692000100"), Some(Color::Green));
    // Without colour the words still say it.
    h.set_colour(false);
    let buf = h.render();
    assert_eq!(colour_of(&buf, "✕ +447400000001"), Some(Color::Reset));
    assert!(text(&buf).contains("· Invalid:"));
}

#[test]
fn mo02_operator_accounts_view_shows_each_status_in_words_and_colour_with_advice() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.keys("3 o");
    let buf = h.render();
    let s = text(&buf);
    for col in ["Location", "Operator", "Account id", "Status", "What to do"] {
        assert!(s.contains(col), "column {col}:\n{s}");
    }
    assert_eq!(colour_of(&buf, "● Authorized"), Some(Color::Green), "{s}");
    assert_eq!(colour_of(&buf, "◌ Pending"), Some(Color::DarkGray), "{s}");
    assert_eq!(colour_of(&buf, "✕ Failed"), Some(Color::Red), "{s}");
    assert!(s.contains("ATT-884120") && s.contains("VF-UK-0042117") && s.contains("ORF-77301"), "{s}");
    assert!(s.contains("you may now add mobile numbers"), "the selected account's advice:\n{s}");
    h.press("j");
    assert!(h.screen().contains("up to 48 hours"), "{}", h.screen());
    h.press("j");
    assert!(h.screen().contains("contact your mobile operator"), "{}", h.screen());
    h.press("o");
    assert!(h.screen().contains("mobile only: off"), "o goes back to the numbers");
}

#[test]
fn bw03_bw05_broadworks_pane_grouped_with_the_toggle_off_and_on() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("4");
    let buf = h.render();
    let s = text(&buf);
    assert!(s.contains("✕ 3 error · ◌ 6 pending · ● 5 provisioned"), "{s}");
    assert!(s.contains("exclude provisioned: off") && s.contains("1-14 of 14"), "{s}");
    // Grouped: every error row above every pending row above every provisioned row.
    let row_of = |word: &str| s.lines().position(|l| l.contains(word));
    let last_error = s.lines().collect::<Vec<_>>().iter().rposition(|l| l.contains("✕ Error")).unwrap_or(0);
    let first_pending = row_of("◌ Pending ").unwrap_or(0);
    let first_provisioned = row_of("● Provisioned ").unwrap_or(0);
    assert!(last_error < first_pending && first_pending < first_provisioned, "{s}");
    assert!(s.contains("BW-4003: The ema"), "error text:\n{s}");
    assert_eq!(colour_of(&buf, "✕ Error "), Some(Color::Red));

    h.press("x");
    let s = h.screen();
    assert!(s.contains("exclude provisioned: on") && s.contains("1-9 of 9"), "{s}");
    assert!(s.contains("(provisioned hidden)"), "{s}");
    assert!(!s.contains("● Provisioned "), "no provisioned rows:\n{s}");
    assert!(s.contains("✕ Error") && s.contains("◌ Pending email input"), "{s}");
    h.press("x");
    assert!(h.screen().contains("● Provisioned "), "off again: everyone");
}

#[test]
fn bw01_warning_names_the_template_and_what_to_change_until_it_is_fixed() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("4");
    let buf = h.render();
    let s = text(&buf);
    let (_, y) = find(&buf, "⚠ BW01").unwrap_or_else(|| panic!("the warning is in the pane's header:\n{s}"));
    assert!(y < 7, "above the list:\n{s}");
    assert_eq!(colour_of(&buf, "⚠ BW01"), Some(Color::Red));
    assert!(s.contains("Legacy (trusted emails only)") && s.contains("check Untrusted emails"), "{s}");
    assert!(s.contains("activation link"), "{s}");
    // The templates view says it in full.
    h.press("t");
    let s = h.screen();
    assert!(s.contains("✓ Flow-through (untrusted emails) · ready"), "{s}");
    assert!(s.contains("⚠ Legacy (trusted emails only) · NOT set up"), "{s}");
    assert!(s.contains("share link none") && s.contains("To change:"), "{s}");
    h.press("esc");
    // Fixed elsewhere (another admin in Control Hub): the warning goes, live.
    let conn = rusqlite::Connection::open(&d.db).unwrap_or_else(|e| panic!("{e}"));
    conn.execute("UPDATE bw_templates SET untrusted_emails = 1, share_link = 'activation_link'", [])
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(h.poll());
    let s = h.screen();
    assert!(!s.contains("⚠ BW01") && s.contains("✓ BW01: all 2 customer templates"), "{s}");
}

#[test]
fn footer_hints_of_the_new_views_come_from_the_table() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.resize(120, 30); // at 80 columns filter, open and help come first and these fall off
    h.keys("3");
    let hints = h.screen().lines().last().unwrap_or_default().to_string();
    assert!(
        hints.contains("o accounts") && hints.contains("O add account") && hints.contains("N add mobile nos"),
        "{hints}"
    );
    h.keys("4");
    let hints = h.screen().lines().last().unwrap_or_default().to_string();
    assert!(hints.contains("R retry") && hints.contains("D delete user") && hints.contains("E export CSV"), "{hints}");
    h.keys("1");
    let hints = h.screen().lines().last().unwrap_or_default().to_string();
    assert!(!hints.contains("R retry"), "{hints}");
    let (mut h, _) = d.console(true);
    h.keys("4");
    let hints = h.screen().lines().last().unwrap_or_default().to_string();
    assert!(!hints.contains("retry") && !hints.contains("delete user") && hints.contains("E export CSV"), "{hints}");
}

// ---------------------------------------------------------------------- exact screens at 80x24

/// Takes the same screen in colour and with NO_COLOR: `NAME` and `NAME.no_color`.
fn both(h: &mut wxgo::tui::harness::Harness, name: &str) {
    assert_eq!(h.size(), (80, 24));
    assert_screen(name, &h.render());
    h.set_colour(false);
    assert_screen(&format!("{name}.no_color"), &h.render());
    h.set_colour(true);
}

#[test]
fn golden_panes_details_and_filter() {
    let d = demo_in_tmp();
    let (mut h, _) = d.console(false);
    both(&mut h, "users");
    h.keys("2");
    both(&mut h, "devices");
    h.keys("3");
    both(&mut h, "numbers");
    h.keys("o");
    both(&mut h, "numbers_accounts");
    h.keys("o 4");
    both(&mut h, "broadworks");
    h.keys("1 u");
    both(&mut h, "users_not_provisioned");
    h.keys("u / b e n");
    both(&mut h, "users_filter_typing");
    h.keys("esc enter");
    both(&mut h, "details");
}

#[test]
fn golden_activation_details_with_the_qr_code() {
    let d = demo_in_tmp();
    let (mut h, _) = d.console(false);
    h.press("/");
    h.type_text("ava.haddad");
    h.keys("enter a enter");
    assert_eq!(h.overlay(), Some("activation"), "{}", h.screen());
    both(&mut h, "activation");
}

#[test]
fn golden_help_palette_and_the_overlays() {
    let d = demo_in_tmp();
    let (mut h, _) = d.console(false);
    let shot = |h: &mut wxgo::tui::harness::Harness, keys: &str, kind: &str, name: &str| {
        h.keys(keys);
        assert_eq!(h.overlay(), Some(kind), "{name}:\n{}", h.screen());
        both(h, name);
        h.press("esc");
        assert_ne!(h.overlay(), Some(kind), "{name}: Esc closes it");
    };
    shot(&mut h, "?", "help", "help");
    shot(&mut h, ":", "palette", "palette");
    shot(&mut h, "2 D", "confirm", "confirm");
    shot(&mut h, "2 a", "choice", "search");
    shot(&mut h, "4 P", "choice", "choice");
    shot(&mut h, "4 enter", "notice", "notice");
    shot(&mut h, "4 t", "report", "report");
    shot(&mut h, "4 R", "form", "form_retry");
    shot(&mut h, "1 W", "form", "form_work_number");
    shot(&mut h, "3 O", "form", "form_operator_account");
    shot(&mut h, "1 K", "form", "form_licence_template");
    shot(&mut h, "2 I", "form", "form_import");
    h.keys("1 T enter");
    assert_eq!(h.overlay(), Some("form"), "{}", h.screen());
    h.press("space");
    both(&mut h, "form_reapply_without_preserve");
    h.press("esc");
    h.keys("3 o N");
    h.type_text("+14692000100, +447400000001, 12,");
    assert_eq!(h.overlay(), Some("form"));
    both(&mut h, "form_mobile_numbers");
    h.keys("esc o");
    let file = d.dir.path().join("devices.csv");
    h.show_progress(
        wxgo::tui::popups::progress::LongOp::Import {
            path: file.clone(),
            dry_run: false,
            email: true,
            codes_file: None,
            letter: wxgo::i18n::Lang::En,
        },
        1,
        4,
        "adding",
    );
    both(&mut h, "progress");
    h.end_progress();
    let header = h.svc.devices().template().unwrap_or_default().lines().next().unwrap_or_default().to_string();
    std::fs::write(&file, format!("{header}\nnobody@nowhere.example\n")).unwrap_or_else(|e| panic!("{e}"));
    h.keys("2 I");
    h.type_text(&file.display().to_string());
    h.press("enter");
    assert_eq!(h.overlay(), Some("proceed"), "{}", h.screen());
    both(&mut h, "proceed");
}

#[test]
fn golden_screens_fail_on_a_changed_cell() {
    let d = demo_in_tmp();
    let (h, _) = d.console(false);
    let mut buf = h.render();
    assert_eq!(compare("users", &buf), Ok(()));
    buf[(79, 23)].set_symbol("#");
    let err = compare("users", &buf).err().unwrap_or_default();
    assert!(err.contains("differs") && err.contains("#"), "one changed cell fails the comparison: {err}");
    buf[(79, 23)].set_symbol(" ");
    buf[(0, 0)].set_fg(ratatui::style::Color::Magenta);
    assert!(compare("users", &buf).is_err(), "so does one changed colour");
}

#[test]
fn text_from_data_never_reaches_the_terminal_with_controls_bidi_or_zero_width_characters() {
    let d = demo();
    let conn = rusqlite::Connection::open(&d.db).unwrap_or_else(|e| panic!("{e}"));
    // A reversed name (U+202E), an escape sequence that would set the clipboard (OSC 52), a
    // zero-width space and a line break, in the name, the location and the org.
    conn.execute(
        "UPDATE users SET display_name = 'Amir \u{202E}txt.exe\u{200B} Abbott' WHERE email = 'amir.abbott@acmefarms.example'",
        [],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    conn.execute("UPDATE locations SET name = 'New\nYork\u{1b}]52;c;ZXZpbA==\u{7}' WHERE name = 'New York'", [])
        .unwrap_or_else(|e| panic!("{e}"));
    drop(conn);
    let (mut h, _) = d.console(false);
    let hazard = |c: char| wxgo::domain::text::is_hazard(c);
    let check = |h: &wxgo::tui::harness::Harness, what: &str| {
        let buf = h.render();
        for y in 0..buf.area.height {
            for x in 0..buf.area.width {
                let s = buf[(x, y)].symbol();
                assert!(!s.chars().any(hazard), "{what}: cell {x},{y} holds {s:?}:\n{}", text(&buf));
            }
        }
        text(&buf)
    };
    let s = check(&h, "Users");
    assert!(s.contains("Amir"), "{s}");
    h.press("enter");
    let s = check(&h, "details");
    // The title is where the raw U+202E used to be drawn: it shows a replacement character.
    let title = s.lines().find(|l| l.contains("<amir.abbott@acmefarms.example>")).unwrap_or_default();
    assert!(title.contains("Amir \u{FFFD}txt.exe\u{FFFD} Abbott"), "{title}");
    assert!(s.contains("New York\u{FFFD}]52;c;ZXZpbA==\u{FFFD}"), "the location, on one line and inert:\n{s}");
    h.keys("esc 2");
    check(&h, "Devices");
    h.keys("1 a");
    check(&h, "adding a device");
}
