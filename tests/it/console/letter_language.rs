//! The letter's language chosen in the console, for one code: an admin whose console speaks
//! German gives a phone to an employee who reads Ukrainian. `l` in the activation details
//! (before printing the letter or emailing the code again) and in the confirmation of a new
//! code or lost/stolen (whose email goes at once); the bulk import's email language. The
//! letter and the email are written in the language chosen, the console stays in its own, and
//! the next code starts from the console's language again.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use wxgo::i18n::bidi::Mode;
use wxgo::i18n::{Lang, Tr};
use wxgo::tui::harness::Harness;

use super::licences::{devices_csv, eligible};
use crate::tui_support::golden::assert_screen;
use crate::tui_support::{demo_in_tmp, Demo};

/// Phrases of letter.ftl: the Ukrainian and the German mail's greeting, the Ukrainian letter's
/// title.
const UK_HELLO: &str = "Вітаємо,";
const DE_HELLO: &str = "Hallo ";
const UK_TITLE: &str = "Активація Webex Go";

/// A console on the demo in `lang`, logical order (so a line reads as written).
fn console(d: &Demo, lang: Lang) -> Harness {
    let (mut h, _) = d.console(false);
    h.set_language(lang, Mode::Terminal);
    h
}

/// Adds a Webex Go device to Ava Haddad (two subscriptions: the first): the activation details.
fn add_for_ava(h: &mut Harness) {
    h.press("/");
    h.type_text("ava.haddad");
    h.keys("enter a enter");
    assert_eq!(h.overlay(), Some("activation"), "{}", h.screen());
}

/// The files of `dir` ending in `ext`, by name (the outbox names a mail by the time, what it
/// is about and a counter: the demo's clock is fixed, so one device's mails are in order).
fn files(dir: &Path, ext: &str) -> BTreeSet<PathBuf> {
    std::fs::read_dir(dir)
        .map(|r| r.filter_map(|e| e.ok().map(|e| e.path())).collect::<BTreeSet<_>>())
        .unwrap_or_default()
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == ext))
        .collect()
}

/// The mails in the demo's outbox.
fn mails(d: &Demo) -> BTreeSet<PathBuf> {
    files(&d.dir.path().join("outbox"), "eml")
}

/// The mails queued since `before`, as written.
fn mails_after(d: &Demo, before: &BTreeSet<PathBuf>) -> Vec<String> {
    mails(d)
        .difference(before)
        .map(|p| std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display())))
        .collect()
}

/// The console's word for the letter's language ("Briefsprache:") and its key hint.
fn words(lang: Lang) -> (String, String) {
    let tr = Tr::new(lang);
    (tr.t("act-letter-lang"), format!("l {}", tr.t("hint-letter_language")))
}

#[test]
fn german_console_prints_and_emails_the_letter_in_ukrainian_after_l_in_the_activation_details() {
    let d = demo_in_tmp();
    let mut h = console(&d, Lang::De);
    let before = mails(&d);
    add_for_ava(&mut h);
    // The code's email went at once, in the console's language, and the details say so.
    let sent = mails_after(&d, &before);
    assert_eq!(sent.len(), 1, "one email at the add");
    assert!(sent[0].contains(DE_HELLO) && !sent[0].contains(UK_HELLO), "{}", sent[0]);
    assert!(h.screen().contains("Briefsprache: Deutsch"), "{}", h.screen());
    // Deutsch, Dansk, Українська.
    h.keys("l l");
    let screen = h.screen();
    assert!(screen.contains("Briefsprache: Українська"), "{screen}");
    assert_screen("de_activation_letter_uk", &h.render());
    // The console itself stays German.
    assert!(screen.contains("Aktivierungscode") && screen.contains("l Briefsprache"), "{screen}");

    // p: the letter in Ukrainian; the console says where in German.
    h.press("p");
    assert!(h.message().starts_with("Brief: "), "{}", h.message());
    let letters: Vec<PathBuf> = files(&d.dir.path().join("letters"), "txt").into_iter().collect();
    assert_eq!(letters.len(), 1, "{}", h.message());
    let letter = std::fs::read_to_string(&letters[0]).unwrap_or_default();
    assert!(letter.contains(UK_TITLE), "the Ukrainian letter:\n{letter}");
    assert!(!letter.contains("Aktivierungscode"), "no German left in it:\n{letter}");

    // e: the code's email again, in Ukrainian this time.
    h.press("e");
    let sent = mails_after(&d, &before);
    assert_eq!(sent.len(), 2, "{}", h.message());
    assert!(sent[1].contains(UK_HELLO) && !sent[1].contains(DE_HELLO), "{}", sent[1]);
    let screen = h.screen();
    assert!(screen.contains("Briefsprache: Українська") && screen.contains("Aktivierungsdetails"), "{screen}");
    // The service the console drives still writes in its own language for whatever comes next.
    assert_eq!(h.svc.letter_lang(), Lang::En, "the harness's service was opened in English");
}

#[test]
fn a_new_code_is_emailed_in_the_language_its_confirmation_shows_and_the_next_starts_over() {
    let d = demo_in_tmp();
    let mut h = console(&d, Lang::De);
    h.press("/");
    h.type_text("zoe.zhang");
    h.keys("enter n");
    assert_eq!(h.overlay(), Some("confirm"), "{}", h.screen());
    let screen = h.screen();
    assert!(screen.contains("• Briefsprache: Deutsch"), "{screen}");
    assert!(screen.contains("l Briefsprache"), "the key is in the hints:\n{screen}");
    h.keys("l l");
    assert!(h.screen().contains("• Briefsprache: Українська"), "{}", h.screen());
    assert_screen("de_confirm_new_code_letter_uk", &h.render());
    let before = mails(&d);
    h.press("y");
    assert_eq!(h.overlay(), Some("activation"), "{}", h.screen());
    let sent = mails_after(&d, &before);
    assert_eq!(sent.len(), 1, "{}", h.message());
    assert!(sent[0].contains(UK_HELLO) && !sent[0].contains(DE_HELLO), "{}", sent[0]);
    // The details carry the language the code went out in; the console is German.
    let screen = h.screen();
    assert!(screen.contains("Briefsprache: Українська") && screen.contains("Läuft ab"), "{screen}");

    // The next code starts from the console's language: nothing is remembered.
    h.keys("esc n");
    assert_eq!(h.overlay(), Some("confirm"), "{}", h.screen());
    assert!(h.screen().contains("• Briefsprache: Deutsch"), "{}", h.screen());
    h.press("esc");
    // Deleting writes no letter: no language, and `l` changes nothing there.
    h.press("D");
    assert_eq!(h.overlay(), Some("confirm"), "{}", h.screen());
    h.press("l");
    let screen = h.screen();
    assert!(!screen.contains("Briefsprache"), "{screen}");
    assert_eq!(h.overlay(), Some("confirm"));
}

#[test]
fn the_letter_language_and_its_key_are_whole_at_80x24_in_every_language() {
    for lang in Lang::ALL {
        let code = lang.code();
        let (label, key) = words(lang);
        let d = demo_in_tmp();
        let mut h = console(&d, lang);
        add_for_ava(&mut h);
        let screen = h.screen();
        let footer = screen.lines().rev().nth(1).unwrap_or_default();
        assert!(footer.contains(&key), "{code}: the activation details' last row has {key:?}:\n{screen}");
        assert!(h.footer_hints().contains(&key), "{code}: {:?}", h.footer_hints());
        let name = wxgo::tui::present::language_name(lang);
        assert!(screen.contains(&format!("{label} {name}")), "{code}: the line is whole:\n{screen}");
        // The QR code keeps its rows, the long lines under it are there.
        assert!(screen.contains("LPA:1$"), "{code}:\n{screen}");
        // Ukrainian, named in Ukrainian whatever the console's language.
        h.keys("l l l l l");
        h.keys(match lang {
            Lang::En => "l l l",
            Lang::De => "l l",
            Lang::Da => "l",
            Lang::Uk => "",
            Lang::He => "l l l l",
        });
        let screen = h.screen();
        assert!(screen.contains(&format!("{label} Українська")), "{code}:\n{screen}");

        // The confirmation of a new code: the line, and the key in its own last row and in the
        // console's footer, whole.
        let mut h = console(&d, lang);
        h.press("/");
        h.type_text("zoe.zhang");
        h.keys("enter n");
        assert_eq!(h.overlay(), Some("confirm"), "{code}: {}", h.screen());
        let screen = h.screen();
        assert!(screen.contains(&format!("• {label} {name}")), "{code}:\n{screen}");
        let in_box = screen.lines().filter(|l| l.contains('│') && l.contains(&key)).count();
        assert_eq!(in_box, 1, "{code}: the box's keys have {key:?}:\n{screen}");
        assert!(h.footer().contains(&key), "{code}: the footer has {key:?}:\n{screen}");
    }
}

#[test]
fn help_and_the_palette_list_the_letter_language_in_every_language() {
    for lang in Lang::ALL {
        let code = lang.code();
        let tr = Tr::new(lang);
        let hint = tr.t("hint-letter_language");
        let d = demo_in_tmp();
        let mut h = console(&d, lang);
        assert_eq!(h.help_keys("letter_language"), "l", "{code}");
        add_for_ava(&mut h);
        // Help over the activation details: their actions first, this one among them.
        h.press("?");
        assert_eq!(h.overlay(), Some("help"), "{code}: {}", h.screen());
        let screen = h.screen();
        let listed = screen.lines().any(|l| l.starts_with("│l ") && l.contains(&hint));
        assert!(listed, "{code}: help lists it:\n{screen}");
        // The palette over the activation details lists their actions, this one by its words,
        // and runs it on the details.
        h.keys("esc :");
        assert_eq!(h.overlay(), Some("palette"), "{code}: {}", h.screen());
        h.type_text(&hint);
        let screen = h.screen();
        let first = screen.lines().find(|l| l.contains('▶')).unwrap_or_default().to_string();
        assert!(first.contains(&hint) && first.contains(" l "), "{code}: the palette finds it first:\n{screen}");
        h.press("enter");
        assert_eq!(h.overlay(), Some("activation"), "{code}: {}", h.screen());
        let next = wxgo::tui::present::language_name(wxgo::tui::present::next_language(lang));
        let (label, _) = words(lang);
        assert!(h.screen().contains(&format!("{label} {next}")), "{code}: the palette ran it:\n{}", h.screen());
    }
}

#[test]
fn the_bulk_import_emails_the_codes_in_the_language_its_form_chose() {
    let d = demo_in_tmp();
    let mut h = console(&d, Lang::De);
    let emails = eligible(&h.svc, 2);
    assert_eq!(emails.len(), 2);
    let file = d.dir.path().join("devices.csv");
    std::fs::write(&file, devices_csv(&h.svc, &emails)).unwrap_or_else(|e| panic!("{e}"));
    h.keys("2 I");
    assert_eq!(h.overlay(), Some("form"), "{}", h.screen());
    let screen = h.screen();
    let field = screen.lines().find(|l| l.contains("Sprache der E-Mails:")).unwrap_or_default();
    assert!(field.contains(" Deutsch "), "the console's language first:\n{screen}");
    h.type_text(&file.display().to_string());
    // To the language (the last field), then Deutsch → Dansk → Українська.
    h.keys("tab tab tab right right");
    assert!(h.screen().contains("◀ Українська ▶"), "{}", h.screen());
    h.press("enter");
    let screen = h.screen();
    assert!(screen.contains("Sprache der E-Mails: Українська"), "the dry run says it:\n{screen}");
    let before = mails(&d);
    h.press("enter");
    let sent = mails_after(&d, &before);
    assert_eq!(sent.len(), 2, "{}", h.screen());
    for m in &sent {
        assert!(m.contains(UK_HELLO) && !m.contains(DE_HELLO), "{m}");
    }
    // The console stays German.
    assert!(h.message().contains("hinzugefügt") || h.screen().contains("hinzugefügt"), "{}", h.screen());
}

#[test]
fn a_hebrew_letter_named_in_a_left_to_right_console_reads_right_to_left_on_screen() {
    // English console, Hebrew chosen (en → de → da → uk → he): with --bidi app wxgo writes the
    // name in visual order (the frame is not mirrored); with --bidi terminal as written.
    for (bidi, shown) in [(Mode::App, "תירבע"), (Mode::Terminal, "עברית")] {
        let d = demo_in_tmp();
        let (mut h, _) = d.console(false);
        h.set_language(Lang::En, bidi);
        add_for_ava(&mut h);
        h.keys("l l l l");
        let screen = h.screen();
        assert!(screen.contains(&format!("Letter language: {shown}")), "{bidi:?}:\n{screen}");
    }
}

#[test]
fn a_job_in_a_letter_language_leaves_the_service_in_its_own_after_it_even_after_a_panic() {
    use wxgo::tui::worker::Job;
    let d = demo_in_tmp();
    let mut svc = d.service(false).with_letter_lang(Lang::De);
    let job = Job::answer(|svc| Ok(svc.letter_lang())).in_letter_lang(Lang::Uk);
    assert_eq!(job.run(&mut svc, &mut |_| {}).ok(), Some(Lang::Uk), "the job runs in the language chosen");
    assert_eq!(svc.letter_lang(), Lang::De, "and the service is as it was");
    let job = Job::<wxgo::domain::Result<()>>::answer(|_| panic!("a bug in one action")).in_letter_lang(Lang::Uk);
    let ran = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job.run(&mut svc, &mut |_| {})));
    assert!(ran.is_err(), "the panic goes on to the worker's guard");
    assert_eq!(svc.letter_lang(), Lang::De, "the next job is not written in the employee's language");
}
