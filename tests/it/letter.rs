//! The printed activation letter (WG04, WG07): every name whole in every script the product
//! promises (Nordic, Cyrillic, Hebrew from the fonts in the binary; Chinese, Japanese, Korean
//! from the machine's: tests/setup.sh installs fonts-wqy-microhei), in fonts the PDF carries
//! itself, read back with `pdftotext`; and on each backend only what the user can do with what
//! wxgo has: the demo's letter has the QR code and the details it holds; a real organisation's
//! has Webex's code and the steps that use it, never an empty QR code or "Control Hub" told to
//! the employee.

use chrono::{TimeZone, Utc};
use wxgo::domain::code::{ActivationCode, IssuedCode};
use wxgo::i18n::Lang;
use wxgo::outside::{letter, text_letter};

use crate::backends::{both_backends, Backend, Kind};
use crate::delivery_support::{pdf_fonts, pdf_text, qr_codes_in_pdf};
use crate::fake_webex::world::World;

/// The organisation's name: Danish, with a Faroese letter.
const ORG: &str = "Nørre Åby Ærø ApS";

/// One name of each script the letter must print whole.
const NAMES: [(&str, &str); 6] = [
    ("Nordic", "Åse Ørsted-Kjær"),
    ("Cyrillic", "Жанна Иванова"),
    ("Hebrew", "אבי כהן"),
    ("Chinese", "王小明"),
    ("Japanese", "山田はな"),
    ("Korean", "김민준"),
];

/// Acme Corp of the seeded fake, renamed [`ORG`], its people 12 to 17 (who hold Calling and a
/// number in a Webex Go country, and no device yet) given [`NAMES`].
fn named_world() -> World {
    let mut w = World::seeded();
    let acme = w.org(1);
    w.orgs[1].display_name = ORG.into();
    if let Some(d) = w.data.get_mut(&acme) {
        for (i, (_, name)) in NAMES.iter().enumerate() {
            let p = &mut d.people[12 + i];
            let (first, last) = name.split_once(' ').unwrap_or((name, ""));
            p.display_name = name.to_string();
            p.first_name = first.into();
            p.last_name = last.into();
        }
    }
    w
}

/// The users who carry [`NAMES`]: on the demo the first eligible ones are renamed (with the
/// organisation), on the fake they were named before the sync.
fn named_users(b: &Backend) -> Vec<(String, &'static str, &'static str)> {
    let eligible = b.eligible_users();
    match b.kind {
        Kind::Local => {
            let conn = wxgo::testing::open(&b.db(), false).unwrap_or_else(|e| panic!("open: {e}"));
            conn.execute("UPDATE orgs SET name = ?1", [ORG]).unwrap_or_else(|e| panic!("{e}"));
            NAMES
                .iter()
                .zip(&eligible)
                .map(|((script, name), email)| {
                    conn.execute("UPDATE users SET display_name = ?1 WHERE email = ?2", [name, email.as_str()])
                        .unwrap_or_else(|e| panic!("{e}"));
                    (email.clone(), *script, *name)
                })
                .collect()
        }
        Kind::Webex => NAMES
            .iter()
            .enumerate()
            .map(|(i, (script, name))| {
                let email = format!("user{}@acme.example", 12 + i);
                assert!(eligible.contains(&email), "{email} may get a device: {eligible:?}");
                (email, *script, *name)
            })
            .collect(),
    }
}

both_backends! {
    webex = named_world();
    /// WG07: `devices add --letter` on each backend writes a letter whose text, as a PDF reader
    /// extracts it, has the organisation's and the user's names whole in their own scripts (from
    /// fonts embedded in the file), the code, and only the details this backend has.
    fn wg07_the_letter_prints_every_name_whole_and_only_what_the_user_can_use(b) {
        let users = named_users(b);
        assert_eq!(users.len(), NAMES.len());
        for (email, script, name) in users {
            let pdf = b.dir().join(format!("{script}.pdf"));
            let mut args = b.add_args(&email);
            args.extend(["--no-email".into(), "--letter".into(), pdf.display().to_string()]);
            let issued = b.json(&args.iter().map(String::as_str).collect::<Vec<_>>());
            let code = issued["activation_code"].as_str().expect("code");
            let text = pdf_text(&pdf);
            assert!(text.contains(name), "{script}: {name} is not whole in:\n{text}");
            assert!(text.contains(ORG), "{script}: the organisation's name is not whole in:\n{text}");
            assert!(text.contains(&email) && text.contains(code), "{script}:\n{text}");
            assert!(!text.contains('\u{FFFD}'), "{script}: a character was replaced:\n{text}");
            // Every font is in the file (a subset), with a ToUnicode map: the letter prints the
            // same whatever fonts the viewer or printer has.
            let fonts = pdf_fonts(&pdf);
            assert!(!fonts.is_empty());
            for (font, embedded, subset, unicode) in &fonts {
                assert!(*embedded && *subset && *unicode, "{script}: {font} is not an embedded subset: {fonts:?}");
            }
            match b.kind {
                Kind::Local => {
                    let lpa = issued["lpa"].as_str().expect("lpa");
                    assert_eq!(qr_codes_in_pdf(&pdf), vec![lpa.to_string()], "{script}");
                    let smdp = issued["smdp_address"].as_str().expect("smdp");
                    assert!(text.contains(smdp) && text.contains("Scan the QR code"), "{script}:\n{text}");
                }
                Kind::Webex => {
                    // Webex gave the code alone: no QR code drawn, none promised on the page,
                    // nothing the employee cannot act on.
                    assert!(qr_codes_in_pdf(&pdf).is_empty(), "{script}: a QR code of nothing");
                    for absent in ["Control Hub", "QR code above", "Android code", "Scan the QR code with"] {
                        assert!(!text.contains(absent), "{script}: {absent:?} in:\n{text}");
                    }
                    assert!(text.contains("QR code from your administrator"), "{script}:\n{text}");
                    assert!(text.contains("the activation code above"), "{script}:\n{text}");
                }
            }
        }
    }
}

fn issued_at() -> chrono::DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).single().unwrap_or_else(|| panic!("time"))
}

fn from_webex(name: &str) -> IssuedCode {
    let at = issued_at();
    IssuedCode::from_webex(
        "go-31".into(),
        "zoe@example.com".into(),
        name.into(),
        Some("+4530123456".into()),
        ActivationCode::opaque("4000000000123456"),
        at,
        at + chrono::Duration::days(7),
    )
}

/// A name with a character no font has (an emoji, on a machine without fonts of its own: the
/// machine's DejaVu Sans has some emoji): the letter is still made, the rest of the name is whole,
/// the character is shown replaced (U+FFFD) and named by its code point.
#[test]
fn a_character_no_font_has_is_shown_replaced_and_named_and_the_rest_is_whole() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let pdf = dir.path().join("emoji.pdf");
    let issued = from_webex("Zoë 😀 Ørsted");
    let made =
        letter::render_pdf_with(&issued, "Acme 🚀 Corp", "DK", Lang::En, Vec::new).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(made.missing, ['😀', '🚀']);
    std::fs::write(&pdf, made.pdf).unwrap_or_else(|e| panic!("{e}"));
    let text = pdf_text(&pdf);
    assert!(text.contains("Zoë \u{FFFD} Ørsted") && text.contains("Acme \u{FFFD} Corp"), "{text}");
    assert!(text.contains("could not be printed") && text.contains("U+1F600, U+1F680"), "{text}");

    // A name every font covers says nothing of the kind.
    let whole = dir.path().join("whole.pdf");
    let made =
        letter::render_pdf(&from_webex("Zoë Ørsted"), "Acme Corp", "DK", Lang::En).unwrap_or_else(|e| panic!("{e}"));
    assert!(made.missing.is_empty());
    std::fs::write(&whole, made.pdf).unwrap_or_else(|e| panic!("{e}"));
    assert!(!pdf_text(&whole).contains("could not be printed"));
}

/// On a machine with no CJK font the letter is still made: a CJK name is shown replaced and its
/// characters named, on the letter and to the admin, who is told what to install.
#[test]
fn without_a_cjk_font_on_the_machine_the_letter_and_the_admin_say_what_was_not_printed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let made =
        letter::render_pdf_with(&from_webex("王小明"), ORG, "CN", Lang::En, Vec::new).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(made.missing, ['小', '明', '王']);
    let pdf = dir.path().join("none.pdf");
    std::fs::write(&pdf, made.pdf).unwrap_or_else(|e| panic!("{e}"));
    let text = pdf_text(&pdf);
    assert!(text.contains("\u{FFFD}\u{FFFD}\u{FFFD}") && text.contains("U+5C0F, U+660E, U+738B"), "{text}");
    assert!(text.contains(ORG), "{text}");

    // With the machine's fonts (fonts-wqy-microhei) the same name is whole, from a font of the
    // machine embedded in the letter.
    let made = letter::render_pdf(&from_webex("王小明"), ORG, "CN", Lang::En).unwrap_or_else(|e| panic!("{e}"));
    assert!(made.missing.is_empty(), "no CJK TrueType font found: tests/setup.sh installs fonts-wqy-microhei");
    std::fs::write(&pdf, made.pdf).unwrap_or_else(|e| panic!("{e}"));
    assert!(pdf_text(&pdf).contains("王小明"));
    assert!(pdf_fonts(&pdf).iter().all(|(_, embedded, subset, unicode)| *embedded && *subset && *unicode));
}

/// A long name and a long email are wrapped, never cut: every character is on the page.
#[test]
fn a_long_name_wraps_and_is_never_cut() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let pdf = dir.path().join("long.pdf");
    let name = "Maximiliane Alexandra Konstanze Friederike von und zu Hohenzollern-Sigmaringen-Württemberg";
    let made = letter::render_pdf(&from_webex(name), ORG, "DE", Lang::En).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(&pdf, made.pdf).unwrap_or_else(|e| panic!("{e}"));
    let text = pdf_text(&pdf);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(flat.contains(name), "{text}");
}

/// A real organisation's plain-text letter and email: the code as Webex gave it, its expiry and
/// the steps; no QR code of an empty string, and nothing the employee cannot act on.
#[test]
fn a_real_organisation_s_text_letter_and_email_hold_the_code_and_its_steps() {
    let issued = from_webex("Жанна Иванова");
    let text = text_letter::render(&issued, ORG, Lang::En);
    let org = wxgo::service::OrgInfo {
        id: 1,
        name: ORG.into(),
        country: "DK".into(),
        suppress_emails: false,
        smdp_address: String::new(),
        code_lifetime_days: 90,
        go_countries: vec!["GB".into()],
    };
    let mail = wxgo::service::devices::activation_mail(&org, &issued, Lang::En);
    for (what, body) in [("text letter", text.as_str()), ("email", mail.body.as_str())] {
        assert!(body.contains("4000000000123456") && body.contains("2026-12-08 09:00 UTC"), "{what}:\n{body}");
        assert!(body.contains("QR code from your administrator"), "{what}:\n{body}");
        for absent in ["Control Hub", "Android code", '█'.to_string().as_str(), "SM-DP+ address:"] {
            assert!(!body.contains(absent), "{what}: {absent:?} in:\n{body}");
        }
    }
    assert!(text.contains("Жанна Иванова") && text.contains(ORG), "{text}");

    // The demo's keep the QR code and every detail.
    let at = issued_at();
    let code = ActivationCode::parse("K7QX-M2PD-9HTR-4WCE").unwrap_or_else(|e| panic!("{e}"));
    let demo =
        IssuedCode::new("go-4".into(), "a@example.com".into(), "Ava".into(), None, code, "smdp.example.com", at, at);
    let text = text_letter::render(&demo, ORG, Lang::En);
    assert!(text.contains('█') && text.contains("smdp.example.com") && text.contains("Android code"), "{text}");
    let mail = wxgo::service::devices::activation_mail(&org, &demo, Lang::En);
    assert!(mail.body.contains("  SM-DP+ address:   smdp.example.com"), "{}", mail.body);
}

/// The admin hears of it too: `devices add --letter` for a name with a character no font has
/// (one of the private use planes) says which, and what to install, beside where the letter is.
#[test]
fn the_admin_is_told_which_characters_a_letter_could_not_print() {
    let b = Backend::local();
    let email = b.eligible_user();
    let conn = wxgo::testing::open(&b.db(), false).unwrap_or_else(|e| panic!("open: {e}"));
    conn.execute("UPDATE users SET display_name = 'Ava \u{F0000} Haddad' WHERE email = ?1", [email.as_str()])
        .unwrap_or_else(|e| panic!("{e}"));
    let pdf = b.dir().join("ava.pdf");
    let mut args = b.add_args(&email);
    args.extend(["--no-email".into(), "--letter".into(), pdf.display().to_string()]);
    let out = b.run(&args.iter().map(String::as_str).collect::<Vec<_>>());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("U+F0000 could not be printed") && err.contains("fonts-wqy-microhei"), "{err}");
    assert!(pdf_text(&pdf).contains("Ava \u{FFFD} Haddad"));
}

/// In the console, `p` in the activation details writes the letters; when a character of the name
/// could not be printed the message says which, as an error so it is not missed.
#[test]
fn the_console_says_when_a_letter_could_not_print_a_character() {
    let d = crate::tui_support::demo();
    let conn = wxgo::testing::open(&d.db, false).unwrap_or_else(|e| panic!("open: {e}"));
    conn.execute(
        "UPDATE users SET display_name = 'Ava \u{F0000} Haddad' WHERE email = 'ava.haddad@acmefarms.example'",
        [],
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let (mut h, _) = d.console(false);
    h.press("/");
    h.type_text("ava.haddad");
    h.keys("enter a enter p");
    assert!(h.message().contains("U+F0000 could not be printed"), "{}", h.message());
    assert!(h.message_is_error());

    // A name the fonts have: the letter's paths, as information.
    let d = crate::tui_support::demo();
    let (mut h, _) = d.console(false);
    h.press("/");
    h.type_text("ava.haddad");
    h.keys("enter a enter p");
    assert!(
        h.message().contains(".pdf and .txt in ") && !h.message().contains("could not be printed"),
        "{}",
        h.message()
    );
    assert!(!h.message_is_error());
}

// ---------------------------------------------------------------- the letter's languages

/// The demo's kind of code: a QR code and every detail.
fn from_demo(name: &str) -> IssuedCode {
    let at = issued_at();
    let code = ActivationCode::parse("K7QX-M2PD-9HTR-4WCE").unwrap_or_else(|e| panic!("{e}"));
    IssuedCode::new(
        "go-4".into(),
        "ava.haddad@acme.example".into(),
        name.into(),
        Some("+12122000003".into()),
        code,
        "smdp.example.com",
        at,
        at + chrono::Duration::days(7),
    )
}

/// A letter in `lang` written to `dir`, and its text as `pdftotext` reads it.
fn letter_in(dir: &std::path::Path, issued: &IssuedCode, lang: Lang) -> (std::path::PathBuf, String) {
    let made = letter::render_pdf(issued, ORG, "DK", lang).unwrap_or_else(|e| panic!("{}: {e}", lang.code()));
    assert!(made.missing.is_empty(), "{}: {:?}", lang.code(), made.missing);
    let pdf = dir.join(format!("{}-{}.pdf", lang.code(), issued.device_id));
    std::fs::write(&pdf, made.pdf).unwrap_or_else(|e| panic!("{e}"));
    let text = pdf_text(&pdf);
    (pdf, text)
}

fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Each language's own words for the heading, the code's label and a step, as the help
/// articles and the phones say them (not taken from the message files: a message that fell
/// back to English would pass a test that reads them).
const WORDS: [(Lang, &str, &str, &str); 4] = [
    (Lang::De, "Webex Go-Aktivierung", "Aktivierungscode", "Einstellungen > Mobilfunk > eSIM hinzufügen"),
    (Lang::Da, "Webex Go-aktivering", "Aktiveringskode", "Indstillinger > Mobilnetværk > Tilføj eSIM"),
    (Lang::Uk, "Активація Webex Go", "Код активації", "Параметри > Стільниковий зв’язок > Додати eSIM"),
    (Lang::He, "הפעלת", "קוד הפעלה", "eSIM"),
];

/// WG07 in every language: the letter's heading, labels and every step of both phones are the
/// language's (the whole of each step, as wrapped on the page), the date in its form, and the
/// code, the email, the number and the SM-DP+ address whole, from fonts embedded in the file.
#[test]
fn wg07_the_letter_in_each_language_has_its_heading_steps_and_the_code_whole() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    for lang in Lang::ALL {
        let tr = wxgo::i18n::Tr::new(lang);
        for (issued, steps) in
            [(from_demo("Åse Ørsted"), letter::Steps::Qr), (from_webex("Жанна Иванова"), letter::Steps::CodeOnly)]
        {
            let (pdf, text) = letter_in(dir.path(), &issued, lang);
            let what = format!("{} {:?}", lang.code(), steps);
            let page = flat(&text);
            for whole in [issued.activation_code.as_str(), &issued.owner_email, ORG, &issued.owner_name] {
                assert!(page.contains(whole), "{what}: {whole} is not whole in:\n{text}");
            }
            assert!(text.contains(&tr.datetime(issued.expires_at)), "{what}: the date is not in its form:\n{text}");
            if steps == letter::Steps::Qr {
                assert!(text.contains("smdp.example.com") && text.contains("+12122000003"), "{what}:\n{text}");
            }
            if lang.is_rtl() {
                continue; // right to left: see the Hebrew test below
            }
            assert!(page.contains(&tr.t("letter-title")), "{what}:\n{text}");
            for (phone, lines) in letter::phone_steps(&tr, steps) {
                assert!(text.contains(phone));
                for step in lines {
                    assert!(page.contains(&step), "{what}: the step {step:?} is not whole in:\n{text}");
                }
            }
            if let Some((_, title, label, step)) = WORDS.iter().find(|w| w.0 == lang) {
                for words in [title, label, step] {
                    assert!(page.contains(words), "{what}: {words:?} not in:\n{text}");
                }
                assert!(!page.contains("Activation code") && !page.contains("Settings"), "{what}: English in:\n{text}");
            }
            for (font, embedded, subset, unicode) in pdf_fonts(&pdf) {
                assert!(embedded && subset && unicode, "{what}: {font} is not an embedded subset");
            }
        }
    }
}

/// The words `pdftotext -bbox` finds on the page: each with its left and right edge (points).
fn words_with_boxes(pdf: &std::path::Path) -> Vec<(String, f32, f32)> {
    let out = std::process::Command::new("pdftotext")
        .args(["-bbox".as_ref(), pdf.as_os_str(), "-".as_ref()])
        .output()
        .unwrap_or_else(|e| panic!("cannot run pdftotext (poppler-utils): {e}"));
    assert!(out.status.success());
    let html = String::from_utf8_lossy(&out.stdout).to_string();
    let attr = |tag: &str, name: &str| -> f32 {
        let at = tag.find(&format!("{name}=\"")).unwrap_or_else(|| panic!("{name} in {tag}")) + name.len() + 2;
        tag[at..].split('"').next().and_then(|v| v.parse().ok()).unwrap_or_else(|| panic!("{name} in {tag}"))
    };
    html.split("<word ")
        .skip(1)
        .filter_map(|w| {
            let (tag, rest) = w.split_once('>')?;
            let text = rest.split("</word>").next()?.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            Some((text, attr(tag, "xMin"), attr(tag, "xMax")))
        })
        .collect()
}

/// The Hebrew letter is laid out right to left: every line ends at the right margin, the heading
/// reads from the right (the Hebrew word right of "Webex Go"), the QR code is at the right with
/// the details left of it; the code, the email, the number and the SM-DP+ address are whole and
/// left to right; the fonts are embedded.
#[test]
fn the_hebrew_letter_reads_right_to_left_with_the_code_and_email_whole() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let issued = from_demo("אבי כהן");
    let (pdf, text) = letter_in(dir.path(), &issued, Lang::He);
    let words = words_with_boxes(&pdf);
    let find = |w: &str| {
        words.iter().find(|(t, _, _)| t == w).unwrap_or_else(|| panic!("{w} is not a word of the letter: {words:?}"))
    };
    // Whole, as words of their own: the code, the email (in its brackets), the number, the address.
    let (_, code_left, code_right) = find(issued.activation_code.as_str());
    assert!(words.iter().any(|(t, _, _)| t.contains("ava.haddad@acme.example")), "{words:?}");
    find("+12122000003");
    let (_, _, smdp_right) = find("smdp.example.com");
    // The right margin is 56 points from the A4 page's right edge (595): lines end there.
    let right = 595.0 - 56.0;
    let (_, go_left, go_right) = find("Go");
    let hebrew = words
        .iter()
        .find(|(t, _, _)| t.chars().rev().collect::<String>() == "הפעלת" || t == "הפעלת")
        .unwrap_or_else(|| panic!("no heading word in {words:?}"));
    assert!((hebrew.2 - right).abs() < 1.0, "the heading ends at the right margin: {hebrew:?}");
    assert!(hebrew.1 > *go_right, "the Hebrew word is right of 'Webex Go': {hebrew:?} {go_left}");
    // The QR code takes the right; the details are left of it, each ending at its column's edge.
    let column_right = right - 176.0 - 20.0;
    assert!((code_right - column_right).abs() < 1.0 && (smdp_right - column_right).abs() < 1.0, "{words:?}");
    assert!(*code_left >= 56.0 - 0.5, "the code is cut at the left margin: {code_left}");
    // Every step starts at the right margin: its number is the rightmost word of its line.
    assert!(
        words.iter().filter(|(t, _, r)| (t == ".1" || t == "1.") && (r - right).abs() < 1.0).count() >= 2,
        "{words:?}"
    );
    // The QR code still reads as the LPA string: laid out on the right, never mirrored itself.
    assert_eq!(qr_codes_in_pdf(&pdf), vec![issued.lpa.clone()]);
    assert!(!text.contains('\u{FFFD}'), "{text}");
    for (font, embedded, subset, unicode) in pdf_fonts(&pdf) {
        assert!(embedded && subset && unicode, "{font} is not an embedded subset");
    }
}

/// The plain-text letter in Danish and Ukrainian: the language's words and steps, the date in its
/// form, the code and the names whole; a real organisation's has Webex's code and its steps.
#[test]
fn the_text_letter_in_danish_and_ukrainian() {
    let demo = from_demo("Åse Ørsted");
    let da = text_letter::render(&demo, ORG, Lang::Da);
    for words in [
        "Webex Go-aktivering",
        "Aktiveringskode:",
        "SM-DP+-adresse:",
        "08.12.2026 kl. 09.00 UTC",
        "Indstillinger > Mobilnetværk > Tilføj eSIM.",
        "Til: Åse Ørsted <ava.haddad@acme.example>",
        "K7QX-M2PD-9HTR-4WCE",
        "smdp.example.com",
    ] {
        assert!(da.contains(words), "{words:?} not in:\n{da}");
    }
    assert!(da.contains('█') && !da.contains("Activation code"), "{da}");
    let uk = text_letter::render(&from_webex("Жанна Иванова"), ORG, Lang::Uk);
    for words in [
        "Активація Webex Go",
        "Код активації:",
        "08.12.2026 09:00 UTC",
        "Відскануйте QR-код від адміністратора.",
        "Для: Жанна Иванова <zoe@example.com>",
        "4000000000123456",
        "Робочий номер: +4530123456",
    ] {
        assert!(uk.contains(words), "{words:?} not in:\n{uk}");
    }
    assert!(!uk.contains('█') && !uk.contains("Адреса SM-DP+:"), "{uk}");
}

both_backends! {
    /// The letter is in the admin's language (`--lang`) unless `--letter-lang` asks for the
    /// employee's, on each backend: the demo's with its QR code and details, a real
    /// organisation's with Webex's code and the steps that use it, in the language either way.
    fn the_letter_is_in_the_admin_s_language_or_the_one_asked_for_the_employee(b) {
        let (user, issued) = b.add_device();
        let device = issued["device_id"].as_str().expect("device").to_string();
        let danish = b.dir().join("da.pdf");
        let args = ["--lang", "da", "devices", "new-code", &device, "--no-email", "--letter", &danish.display().to_string()];
        let issued = b.json(&args);
        let code = issued["activation_code"].as_str().expect("code").to_string();
        let text = pdf_text(&danish);
        let page = flat(&text);
        assert!(page.contains("Webex Go-aktivering") && page.contains(&code) && page.contains(&user), "{text}");
        let ukrainian = b.dir().join("uk.pdf");
        let path = ukrainian.display().to_string();
        let args = ["--lang", "da", "devices", "new-code", &device, "--no-email", "--letter", &path, "--letter-lang", "uk"];
        let issued = b.json(&args);
        let code = issued["activation_code"].as_str().expect("code").to_string();
        let text = pdf_text(&ukrainian);
        let page = flat(&text);
        assert!(page.contains("Активація Webex Go") && page.contains(&code) && page.contains(&user), "{text}");
        assert!(!page.contains("Aktiveringskode"), "{text}");
        match b.kind {
            Kind::Local => {
                assert!(page.contains("Відскануйте QR-код вище"), "{text}");
                assert_eq!(qr_codes_in_pdf(&ukrainian), vec![issued["lpa"].as_str().expect("lpa").to_string()]);
            }
            Kind::Webex => {
                assert!(page.contains("Відскануйте QR-код від адміністратора."), "{text}");
                assert!(qr_codes_in_pdf(&ukrainian).is_empty());
            }
        }
        // A language wxgo does not write: refused before anything is done, saying which it does.
        let err = b.refused(&["devices", "new-code", &device, "--no-email", "--letter-lang", "fr"], 2);
        assert!(err.contains("en, de, da, uk, he"), "{err}");
    }
}
