//! The console's frames on ratatui's TestBackend: every pane at 80x24, a tiny terminal, status
//! words and colours (WG10, WG12), the READ-ONLY badge, NO_COLOR, and help from the table.

mod tui_support;

use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use tui_support::{demo, find, line_with, text};
use wxgo::domain::DeviceStatus;
use wxgo::tui::actions::ACTIONS;
use wxgo::tui::theme::Theme;

/// The status cell of the row that shows `who`: its text and its colour.
fn status_of(buf: &Buffer, who: &str) -> Option<(String, Color)> {
    let (_, y) = find(buf, who)?;
    let line = text(buf).lines().nth(y as usize)?.to_string();
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
    for col in ["Name", "Email", "Location", "Number", "Webex Go"] {
        assert!(screen.contains(col), "column {col}:\n{screen}");
    }
    assert!(screen.contains("1-18 of 60"), "{screen}");
    assert!(screen.contains("▶ Amir Abbott"), "selection marker on the first row:\n{screen}");
    let hints = screen.lines().last().unwrap_or_default();
    assert!(hints.contains("? help") && hints.contains("a add Go") && hints.contains("D delete"), "{hints}");
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
    assert!(s.contains("✕ error") && s.contains("● provisioned") && s.contains("◌ pending_email_input"), "{s}");
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
    for buf in [&users, &devices] {
        for who in ["Amir Abbott", "Ava Archer", "Chloe Castillo"] {
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
    h.app.theme = Theme::plain();
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
    let devices = svc.devices(None, "", 0, 100).unwrap_or_default();
    assert!(devices.len() >= 20, "the demo has devices in every status");
    let (mut h, _) = d.console(false);
    for dev in devices.iter().take(12) {
        // The same device, found through its owner, on both panes.
        h.keys("1 /");
        h.type_text(&dev.owner_email);
        h.press("enter");
        let on_users = status_of(&h.render(), &dev.owner_name);
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
    for _ in 0..8 {
        seen.push_str(&h.screen());
        h.press("pgdn");
    }
    for a in ACTIONS {
        let keys = h.app.keymap.keys_of(a.id);
        let key = keys.iter().map(|k| k.to_string()).collect::<Vec<_>>().join(" ");
        assert!(!keys.is_empty(), "{} has a default key", a.name);
        let line = seen
            .lines()
            .find(|l| l.contains(&format!("│{key:<14}{:<20}", a.hint)))
            .unwrap_or_else(|| panic!("help lists {} ({key}):\n{seen}", a.name));
        let first_words: String = a.description.split(' ').take(3).collect::<Vec<_>>().join(" ");
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
