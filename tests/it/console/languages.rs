//! The console in every language wxgo speaks (en, de, da, uk, he): each pane and the
//! activation details as exact screens at 80x24 (Hebrew laid out right to left with
//! `--bidi app`), and every footer key hint whole at 80x24 in every language (German and
//! Danish run long: a hint left out for want of room fails).

use wxgo::i18n::bidi::Mode;
use wxgo::i18n::Lang;
use wxgo::tui::harness::Harness;

use crate::tui_support::demo_in_tmp;
use crate::tui_support::golden::assert_screen;

/// The golden's name: English keeps the existing goldens (`users`), the others `de_users`.
fn name(lang: Lang, screen: &str) -> String {
    match lang {
        Lang::En => screen.to_string(),
        l => format!("{}_{screen}", l.code()),
    }
}

fn console_in(lang: Lang, bidi: Mode) -> Harness {
    let d = demo_in_tmp();
    let (mut h, _) = d.console(false);
    h.set_language(lang, bidi);
    assert_eq!(h.size(), (80, 24));
    h
}

#[test]
fn golden_panes_in_every_language_at_80x24() {
    for lang in Lang::ALL {
        let mut h = console_in(lang, Mode::App);
        assert_screen(&name(lang, "users"), &h.render());
        h.keys("2");
        assert_screen(&name(lang, "devices"), &h.render());
        h.keys("3");
        assert_screen(&name(lang, "numbers"), &h.render());
        // By the operator accounts and back, as the English goldens were taken.
        h.keys("o o 4");
        assert_screen(&name(lang, "broadworks"), &h.render());
    }
}

#[test]
fn golden_activation_details_in_every_language_at_80x24() {
    for lang in Lang::ALL {
        let mut h = console_in(lang, Mode::App);
        h.press("/");
        h.type_text("ava.haddad");
        h.keys("enter a enter");
        assert_eq!(h.overlay(), Some("activation"), "{}: {}", lang.code(), h.screen());
        assert_screen(&name(lang, "activation"), &h.render());
    }
}

#[test]
fn golden_help_palette_delete_confirmation_and_why_in_every_language_at_80x24() {
    // English is held by the existing goldens (help, palette, confirm, why_expired_code).
    for lang in Lang::ALL {
        let mut h = console_in(lang, Mode::App);
        let code = lang.code();
        h.keys("?");
        assert_eq!(h.overlay(), Some("help"), "{code}: {}", h.screen());
        assert_screen(&name(lang, "help"), &h.render());
        h.keys("esc :");
        assert_eq!(h.overlay(), Some("palette"), "{code}: {}", h.screen());
        assert_screen(&name(lang, "palette"), &h.render());
        // Delete a device: the confirmation says what happens, in the language.
        h.keys("esc 2 D");
        assert_eq!(h.overlay(), Some("confirm"), "{code}: {}", h.screen());
        assert_screen(&name(lang, "confirm"), &h.render());
        // Why can't this user call? On the fifth device, whose code expired (a console with
        // nothing said yet, as the English golden was taken).
        let mut h = console_in(lang, Mode::App);
        h.keys("2 j j j j y");
        assert_eq!(h.overlay(), Some("why"), "{code}: {}", h.screen());
        assert_screen(&name(lang, "why_expired_code"), &h.render());
    }
}

#[test]
fn what_a_flow_says_is_in_the_language() {
    // The code issued, in the status line and the message log; then how the copy went.
    let mut h = console_in(Lang::De, Mode::App);
    h.press("/");
    h.type_text("ava.haddad");
    h.keys("enter a enter");
    assert!(
        h.message().contains("Code für ava.haddad@") && h.message().contains("Aktivierung ausstehend"),
        "{}",
        h.message()
    );
    h.press("c");
    assert!(h.message().contains("mit OSC 52 kopiert"), "{}", h.message());
    // A Danish delete asks in Danish and, cancelled, says so.
    let mut h = console_in(Lang::Da, Mode::App);
    h.keys("2 D");
    assert_eq!(h.overlay_title().as_deref(), Some("Slet go-1?"));
    assert!(h.screen().contains("går tilbage til puljen"), "{}", h.screen());
    // Ukrainian help and messages are named in Ukrainian.
    let mut h = console_in(Lang::Uk, Mode::App);
    h.press("?");
    assert_eq!(h.overlay_title().as_deref(), Some("Довідка"));
}

#[test]
fn every_forms_footer_is_whole_at_80x24_in_every_language() {
    // Each form's last row: what Enter does, Tab, and Esc with its word, whole (the row is cut
    // at the box's edge, so a wording too long loses the Esc first).
    let forms = [
        ("1 W", "work number"),
        ("1 S", "directory sync"),
        ("1 K", "licence template"),
        ("2 I", "bulk add"),
        ("3 O", "operator account"),
        ("4 R", "retry activation"),
        ("1 A enter", "manual assignment"),
        ("1 T enter space", "re-apply without preserve licences"),
    ];
    for lang in Lang::ALL {
        let tr = wxgo::i18n::Tr::new(lang);
        let esc = format!("Esc {}", tr.t("form-cancel"));
        let tab = format!("Tab {}", tr.t("form-next-field"));
        for (keys, what) in forms {
            let mut h = console_in(lang, Mode::Terminal);
            h.keys(keys);
            assert_eq!(h.overlay(), Some("form"), "{} {what}: {}", lang.code(), h.screen());
            let screen = h.screen();
            let row = screen.lines().find(|l| l.contains(&tab)).unwrap_or_default();
            assert!(row.contains(&esc), "{} {what}: the footer is cut\n{screen}", lang.code());
        }
    }
}

/// How many of the footer's hints, most important first, are on its row whole (the footer
/// leaves out the least important whole rather than cutting one).
fn hints_whole(h: &Harness) -> usize {
    let screen = h.screen();
    let wanted = h.footer_hints();
    let Some(row) = screen.lines().rev().find(|l| wanted.first().is_some_and(|w| l.contains(w.as_str()))) else {
        return 0;
    };
    wanted.iter().take_while(|w| row.contains(w.as_str())).count()
}

/// The places with a footer of key hints, and the keys that go there from the one before.
const PLACES: [(&str, &str); 10] = [
    ("1", "Users"),
    ("2", "Devices"),
    ("3", "Numbers"),
    ("4", "BroadWorks"),
    ("1 u", "Users, not provisioned"),
    ("u /", "the filter"),
    ("esc enter", "the details"),
    ("esc / a v a . h a d d a d enter a enter", "the activation details"),
    ("esc :", "the palette"),
    ("esc 3 o", "the operator accounts"),
];

/// Each place's footer in `lang`: how many hints are whole, and the screen.
fn footers(lang: Lang) -> Vec<(usize, String)> {
    // Logical order, so a hint reads as it is written (the width is the same either way).
    let mut h = console_in(lang, Mode::Terminal);
    PLACES
        .iter()
        .map(|(keys, _)| {
            h.keys(keys);
            (hints_whole(&h), h.screen())
        })
        .collect()
}

#[test]
fn every_footer_key_hint_is_whole_at_80x24_in_every_language() {
    // English shows at least the first hint everywhere; every language shows as many as
    // English does, each whole (a longer wording that pushes one out fails here).
    let english = footers(Lang::En);
    for ((n, screen), (_, place)) in english.iter().zip(PLACES) {
        assert!(*n >= 1, "en {place}: no hint whole\n{screen}");
    }
    for lang in Lang::ALL {
        for (((n, screen), (en, _)), (_, place)) in footers(lang).iter().zip(&english).zip(PLACES) {
            assert!(n >= en, "{} {place}: {n} hints whole, English has {en}\n{screen}", lang.code());
        }
    }
}

#[test]
fn the_console_speaks_the_language_it_is_given() {
    for (lang, users, status) in [
        (Lang::De, "Benutzer", "Aktivierung ausstehend"),
        (Lang::Da, "Brugere", "Afventer aktivering"),
        (Lang::Uk, "Користувачі", "Очікування активації"),
    ] {
        let mut h = console_in(lang, Mode::App);
        h.keys("2");
        let s = h.screen();
        assert!(s.contains(users) && s.contains(status), "{}:\n{s}", lang.code());
        // No English head or hint is left on the screen.
        for english in ["Owner", "Expires", "open", "help", "quit", "Location"] {
            assert!(!s.contains(&format!(" {english} ")), "{}: {english:?} is English\n{s}", lang.code());
        }
    }
}

/// The QR code's blocks on each row, in the order drawn.
fn qr_rows(screen: &str) -> Vec<String> {
    screen.lines().map(|l| l.chars().filter(|c| matches!(c, '▀' | '▄' | '█')).collect::<String>()).collect()
}

#[test]
fn hebrew_laid_out_right_to_left_keeps_the_qr_code_as_drawn() {
    let shot = |bidi| {
        let mut h = console_in(Lang::He, bidi);
        h.press("/");
        h.type_text("ava.haddad");
        h.keys("enter a enter");
        assert_eq!(h.overlay(), Some("activation"), "{}", h.screen());
        h.screen()
    };
    let (logical, visual) = (shot(Mode::Terminal), shot(Mode::App));
    let (a, b) = (qr_rows(&logical), qr_rows(&visual));
    assert!(a.iter().filter(|r| r.chars().count() > 10).count() > 10, "a QR code is drawn\n{logical}");
    assert_eq!(a, b, "the QR code reads the same in both layouts\n{logical}\n{visual}");
    // The layout itself is mirrored: the code is on the right in app mode.
    let col = |s: &str| s.lines().find_map(|l| l.chars().position(|c| c == '█'));
    assert!(col(&visual) > col(&logical), "{visual}");
}

/// The first rows of the screen as text (the buffer the console drew).
fn buffer_text(h: &Harness) -> String {
    let b = h.render();
    let area = b.area;
    (0..area.height)
        .map(|y| (0..area.width).map(|x| b[(x, y)].symbol().to_string()).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn an_error_is_shown_in_german_where_the_console_says_it() {
    // A work number that is not E.164: the service refuses it, the console says why in German.
    let mut h = console_in(Lang::De, Mode::Terminal);
    h.keys("1 W");
    assert_eq!(h.overlay(), Some("form"), "{}", h.screen());
    h.type_text("2145550100");
    h.keys("enter");
    let said = "„2145550100“ ist nicht E.164: Die Nummer muss mit + und der Landesvorwahl beginnen, z. B. +12145550100";
    // In the status line (an error) and under the form's field, as drawn.
    assert_eq!((h.message(), h.message_is_error()), (said.to_string(), true));
    assert_eq!(h.form_note().as_deref(), Some(said));
    let screen = buffer_text(&h);
    let status = screen.lines().rev().find(|l| l.starts_with('✕')).unwrap_or_default();
    assert!(status.contains("„2145550100“ ist nicht E.164: Die Nummer muss mit + und der Landesvorwahl"), "{screen}");
    let in_form = screen.lines().filter(|l| l.contains("│„2145550100“ ist nicht E.164: Die Nummer")).count();
    assert_eq!(in_form, 1, "the form says it:\n{screen}");
    assert!(!screen.contains("is not E.164") && !screen.contains("must start"), "English left:\n{screen}");
}

#[test]
fn al04_the_not_provisioned_view_says_each_reason_and_fix_in_danish_as_drawn() {
    let mut h = console_in(Lang::Da, Mode::Terminal);
    h.keys("1 u");
    let screen = buffer_text(&h);
    // A reason recorded in English in the database, read back and said in Danish; one the
    // check says now; and their fixes, the command as it is.
    assert!(screen.contains("årsag: arbejdsnummeret 231-456-9000 er ikke i E.164-format: skriv det som"), "{screen}");
    assert!(screen.contains("årsag: der blev ikke angivet noget arbejdsnummer"), "{screen}");
    assert!(screen.contains("løsning: 231-456-9000 ville være +12314569000, som ikke er i nogen"), "{screen}");
    assert!(screen.contains("løsning: angiv et nummer: i kataloget eller med W i konsollen (`wxgo users"), "{screen}");
    for english in ["work number", "is not E.164", "no work number", "would be", "give a number"] {
        assert!(!screen.contains(english), "{english} left in Danish:\n{screen}");
    }
}
