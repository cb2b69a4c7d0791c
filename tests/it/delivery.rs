//! Getting codes to people, at the service: email through a real SMTP server and the outbox to
//! retry from (WG04), the printed letter whose QR code must scan to the LPA string (WG07), and
//! call records with the Webex Go filter (WG15).

use std::path::Path;
use std::sync::Arc;

use crate::delivery_support::{free_port, mode, qr_codes_in_pdf, SmtpServer};
use chrono::{DateTime, TimeZone, Utc};
use wxgo::domain::{Error, SeededCodeGenerator};
use wxgo::i18n::Lang;
use wxgo::outside::config::{parse_smtp_url, DeliveryConfig};
use wxgo::outside::FixedClock;
use wxgo::service::{demo, AddDevice, Service};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 22, 9, 0, 0).single().unwrap_or_else(|| panic!("time"))
}

/// The demo organisation (60 users) in memory, mail going by `config`, outbox in `dir`.
fn service(dir: &Path, config: DeliveryConfig) -> Service {
    let conn = wxgo::testing::open_in_memory().unwrap_or_else(|e| panic!("{e}"));
    demo::build(&conn, 60, now()).unwrap_or_else(|e| panic!("{e}"));
    Service::from_connection(conn, None, Arc::new(FixedClock::new(now())))
        .unwrap_or_else(|e| panic!("{e}"))
        .with_codes(Arc::new(SeededCodeGenerator::new(42)))
        .with_delivery(config, dir.join("outbox"))
}

fn smtp_config(port: u16) -> DeliveryConfig {
    let mut cfg = DeliveryConfig::offline();
    cfg.smtp = Some(parse_smtp_url(&format!("smtp://127.0.0.1:{port}")).unwrap_or_else(|e| panic!("{e}")));
    cfg
}

/// A user who can be given a device with no further choice: Calling Professional, supported
/// location, primary number, no device.
fn eligible(svc: &Service) -> Vec<String> {
    svc.people()
        .list("", 0, 10_000)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|u| u.device_id.is_none() && u.primary_number.is_some())
        .filter(|u| u.licences.iter().any(|l| l == "calling_professional"))
        .filter(|u| u.location_country.as_deref().is_some_and(|c| ["US", "GB", "FR"].contains(&c)))
        .map(|u| u.email)
        .collect()
}

fn add(svc: &mut Service, email: &str, no_email: bool) -> wxgo::service::IssuedCode {
    let sub = svc.subscriptions().unwrap_or_else(|e| panic!("{e}"))[0].id.clone();
    svc.devices()
        .add(&AddDevice { user_email: email.to_string(), subscription: Some(sub), number: None, no_email })
        .unwrap_or_else(|e| panic!("add {email}: {e}"))
}

fn eml_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut v: Vec<_> =
        std::fs::read_dir(dir).map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect()).unwrap_or_default();
    v.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|x| x == "eml"));
    v
}

#[test]
fn wg04_smtp_delivers_the_code() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let server = SmtpServer::start(free_port(), &dir.path().join("received"));
    let mut svc = service(dir.path(), smtp_config(server.port));
    let email = eligible(&svc).remove(0);
    let issued = add(&mut svc, &email, false);
    assert!(issued.emailed, "{}", issued.email_note);
    assert!(issued.email_note.contains("SMTP"), "{}", issued.email_note);
    let got = server.wait_for(1);
    assert_eq!(got.len(), 1, "the server got no message");
    let msg = &got[0];
    assert!(msg.contains(&format!("X-Envelope-To: {email}")), "{msg}");
    assert!(msg.contains(issued.activation_code.as_str()), "the code is not in the email");
    assert!(msg.contains(&issued.android_code), "the Android code is not in the email");
    // Sent, so nothing waits in the outbox.
    assert!(eml_files(&dir.path().join("outbox")).is_empty());
}

#[test]
fn wg04_failed_send_stays_in_the_outbox_and_retry_delivers_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let port = free_port(); // nothing listens here yet
    let mut svc = service(dir.path(), smtp_config(port));
    let email = eligible(&svc).remove(0);
    let issued = add(&mut svc, &email, false);
    assert!(!issued.emailed);
    assert!(issued.email_note.contains("wxgo mail retry"), "{}", issued.email_note);
    let queue = svc.mail().queue().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(queue.len(), 1);
    assert_eq!(queue[0].to, email);
    let queued = eml_files(&dir.path().join("outbox"));
    assert_eq!(mode(&queued[0]), 0o600);

    // Retrying while the server is still down keeps it queued.
    let r = svc.mail().retry().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.sent.len(), r.failed.len()), (0, 1));
    assert_eq!(svc.mail().queue().map(|q| q.len()).ok(), Some(1));

    // The server comes up: retry sends it and moves it to sent/.
    let server = SmtpServer::start(port, &dir.path().join("received"));
    let r = svc.mail().retry().unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((r.sent.len(), r.failed.len()), (1, 0));
    let got = server.wait_for(1);
    assert_eq!(got.len(), 1);
    assert!(got[0].contains(issued.activation_code.as_str()));
    assert!(svc.mail().queue().unwrap_or_else(|e| panic!("{e}")).is_empty());
    assert_eq!(eml_files(&dir.path().join("outbox/sent")).len(), 1);
    // The audit says what happened, never with the code.
    let audit = svc.audit(20).unwrap_or_else(|e| panic!("{e}"));
    assert!(audit.iter().any(|a| a.action == "send queued mail"));
    for a in &audit {
        assert!(!a.details.contains(issued.activation_code.as_str()));
    }
}

#[test]
fn wg04_retry_without_smtp_says_how_to_configure_it() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let svc = service(dir.path(), DeliveryConfig::offline());
    let e = svc.mail().retry().err().unwrap_or_else(|| panic!("retried without SMTP"));
    assert!(e.to_string().contains("WXGO_SMTP_URL"), "{e}");
}

#[test]
fn wg07_letter_qr_decodes_to_the_lpa_string() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let mut svc = service(dir.path(), DeliveryConfig::offline());
    let email = eligible(&svc).remove(0);
    let issued = add(&mut svc, &email, true);
    let pdf = dir.path().join("letter.pdf");
    let outcome = svc.devices().letter_for(&issued, &pdf).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(mode(&pdf), 0o600);
    assert!(outcome.printed_with.is_none());
    assert!(outcome.note.contains(&pdf.display().to_string()), "{}", outcome.note);
    let bytes = std::fs::read(&pdf).unwrap_or_else(|e| panic!("{e}"));
    assert!(bytes.starts_with(b"%PDF-"));
    assert_eq!(qr_codes_in_pdf(&pdf), vec![issued.lpa.clone()]);

    // `devices letter` checks the code is the device's current one, by its hash.
    let again = dir.path().join("again.pdf");
    svc.devices().letter(&issued.device_id, issued.activation_code.as_str(), &again).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(qr_codes_in_pdf(&again), vec![issued.lpa.clone()]);
    let newer = svc.devices().new_code(&issued.device_id, false).unwrap_or_else(|e| panic!("{e}"));
    let old = svc
        .devices()
        .letter(&issued.device_id, issued.activation_code.as_str(), &dir.path().join("old.pdf"))
        .err()
        .unwrap_or_else(|| panic!("printed a superseded code"));
    assert_eq!(old.rule_id(), Some("WG05"), "{old}");
    assert!(!dir.path().join("old.pdf").exists());
    // Another device's code is not this device's code.
    let other = eligible(&svc).remove(0);
    let other_issued = add(&mut svc, &other, true);
    let wrong = svc
        .devices()
        .letter(&issued.device_id, other_issued.activation_code.as_str(), &dir.path().join("w.pdf"))
        .err()
        .unwrap_or_else(|| panic!("printed another device's code"));
    assert_eq!(wrong.rule_id(), Some("WG05"));
    svc.devices()
        .letter(&issued.device_id, newer.activation_code.as_str(), &dir.path().join("n.pdf"))
        .unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn letter_goes_to_the_configured_print_command() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let printed = dir.path().join("printed");
    std::fs::create_dir_all(&printed).unwrap_or_else(|e| panic!("{e}"));
    let script = dir.path().join("fake-lp");
    std::fs::write(&script, format!("#!/bin/sh\ncp \"$1\" {}/\necho request id is office-1\n", printed.display()))
        .unwrap_or_else(|e| panic!("{e}"));
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap_or_else(|e| panic!("{e}"));
    }
    let mut cfg = DeliveryConfig::offline();
    cfg.print_command = Some(script.display().to_string());
    let mut svc = service(dir.path(), cfg);
    let email = eligible(&svc).remove(0);
    let issued = add(&mut svc, &email, true);
    let outcome = svc.devices().letter_for(&issued, &dir.path().join("l.pdf")).unwrap_or_else(|e| panic!("{e}"));
    assert!(outcome.printed_with.is_some(), "{}", outcome.note);
    assert!(outcome.note.contains("office-1"), "{}", outcome.note);
    assert_eq!(qr_codes_in_pdf(&printed.join("l.pdf")), vec![issued.lpa]);
}

const CDR: &str = "Start time,Answer time,Duration,Local SessionID,Direction,Calling number,Called number,User,User type,Sub client type,Correlation ID,Location
2026-11-20T14:03:11.123Z,2026-11-20T14:03:15.000Z,75,a1,ORIGINATING,+12142000001,+14155550100,USER_EMAIL,User,MOBILE_NETWORK,c-1,Dallas
2026-11-20T15:00:00.000Z,,0,a2,TERMINATING,+14155550101,+12142000001,USER_EMAIL,User,,c-2,Dallas
2026-11-21T08:30:00.000Z,2026-11-21T08:30:02.000Z,620,a3,ORIGINATING,+12122000001,+33142000099,someone@elsewhere.example,User,MOBILE_NETWORK,c-3,New York
2026-11-21T09:00:00.000Z,2026-11-21T09:00:02.000Z,30,a4,TERMINATING,+14155550102,+12122000001,OTHER_EMAIL,User,TEAMS_CLIENT,c-4,New York
";

#[test]
fn wg15_filter_webex_go_calls() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let svc = service(dir.path(), DeliveryConfig::offline());
    let users = eligible(&svc);
    let (user, other) = (users[0].clone(), users[1].clone());
    let csv = CDR.replace("USER_EMAIL", &user.to_uppercase()).replace("OTHER_EMAIL", &other);
    let r = svc.calls().import(csv.as_bytes(), "cdr.csv").unwrap_or_else(|e| panic!("{e}"));
    assert!(r.problems.is_empty(), "{:?}", r.problems);
    assert_eq!((r.imported, r.webex_go, r.unlinked), (4, 2, 1));

    let go = svc.calls().list(None, true, 100).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(go.len(), 2);
    assert!(go.iter().all(|c| c.webex_go && c.sub_client_type.as_deref() == Some("MOBILE_NETWORK")));
    let all = svc.calls().list(None, false, 100).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(all.len(), 4);
    // The user's recent calls, newest first, linked by email whatever its case.
    let mine = svc.calls().of_user(&user, 10).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(mine.len(), 2);
    assert!(mine[0].start_time > mine[1].start_time);
    assert_eq!(mine[1].duration_s, 75);
    let mine_go = svc.calls().list(Some(&user), true, 10).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(mine_go.len(), 1);

    // The same report again adds nothing.
    let again = svc.calls().import(csv.as_bytes(), "cdr.csv").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!((again.imported, again.duplicates), (0, 4));
}

#[test]
fn wg15_headers_in_any_case_and_bad_rows_import_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let svc = service(dir.path(), DeliveryConfig::offline());
    let csv = "\u{feff}START TIME,direction,SUB CLIENT TYPE,duration\r\n2026-11-20 14:03:11,ORIGINATING,MOBILE_NETWORK,12\r\nlast tuesday,ORIGINATING,,3\r\n";
    let r = svc.calls().import(csv.as_bytes(), "cdr.csv").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(r.problems.len(), 1);
    assert_eq!((r.problems[0].line, r.problems[0].column.as_str()), (3, "START TIME"));
    assert_eq!(r.imported, 0);
    assert!(svc.calls().list(None, false, 10).unwrap_or_else(|e| panic!("{e}")).is_empty());
    let e = svc.calls().import(b"Caller,Callee\n1,2\n", "x.csv").map(|r| r.problems.len());
    assert!(matches!(e, Ok(n) if n >= 1));
    let latin1 = svc.calls().import(b"Start time,Direction\n2026-11-20T14:03:11Z,ORIGINATING \xe9\n", "x.csv");
    assert!(matches!(latin1, Err(Error::Invalid(m)) if m.contains("UTF-8 CSV")));
}

/// A header's value with its continuation lines, RFC 2047 encoded words decoded (B and Q; the
/// space between two encoded words dropped): as a mail reader shows it.
fn decoded_header(eml: &str, name: &str) -> String {
    use base64::Engine;
    let head = eml.split("\r\n\r\n").next().unwrap_or_default();
    let mut value: Option<String> = None;
    for line in head.split("\r\n") {
        match (&mut value, line.starts_with([' ', '\t'])) {
            (Some(v), true) => v.push_str(line),
            (Some(_), false) => break,
            (None, _) => {
                if let Some(v) = line.strip_prefix(&format!("{name}: ")) {
                    value = Some(v.to_string());
                }
            }
        }
    }
    let value = value.unwrap_or_else(|| panic!("no {name} header in:\n{head}"));
    let mut out = String::new();
    let mut last_encoded = false;
    for token in value.split_whitespace() {
        let word = token.strip_prefix("=?").and_then(|t| t.strip_suffix("?=")).and_then(|t| {
            let mut p = t.splitn(3, '?');
            let (_, enc, text) = (p.next()?, p.next()?, p.next()?);
            let bytes = match enc {
                "B" | "b" => base64::engine::general_purpose::STANDARD.decode(text).ok()?,
                _ => {
                    let mut b = Vec::new();
                    let raw = text.as_bytes();
                    let mut i = 0;
                    while i < raw.len() {
                        match raw[i] {
                            b'_' => b.push(b' '),
                            b'=' => {
                                b.push(u8::from_str_radix(text.get(i + 1..i + 3)?, 16).ok()?);
                                i += 2;
                            }
                            c => b.push(c),
                        }
                        i += 1;
                    }
                    b
                }
            };
            String::from_utf8(bytes).ok()
        });
        match word {
            Some(w) => {
                if !out.is_empty() && !last_encoded {
                    out.push(' ');
                }
                out.push_str(&w);
                last_encoded = true;
            }
            None => {
                if !out.is_empty() {
                    out.push(' ');
                }
                out.push_str(token);
                last_encoded = false;
            }
        }
    }
    out
}

/// WG04 in German and Hebrew: the code's email in the language the letters are written in
/// (`--letter-lang`, else the admin's): the subject encoded as RFC 2047 words (ASCII on the wire,
/// no control character in any header) and read back whole, the body's words and steps in the
/// language with the date in its form, the code, the SM-DP+ address and the number whole.
#[test]
fn wg04_the_code_email_in_german_and_hebrew() {
    for (lang, subject, words) in [
        (
            Lang::De,
            "Ihr Aktivierungscode für Webex Go",
            &[
                "Hallo ",
                "Aktivierungscode:",
                "SM-DP+-Adresse:",
                "Einstellungen > Mobilfunk > eSIM hinzufügen.",
                "Gültig bis:",
            ][..],
        ),
        (
            Lang::He,
            "קוד ההפעלה שלך ל-Webex Go",
            &["שלום ", "קוד הפעלה:", "כתובת SM-DP+:", "הגדרות > סלולרי > הוספת eSIM."][..],
        ),
    ] {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let mut svc = service(dir.path(), DeliveryConfig::offline()).with_letter_lang(lang);
        let email = eligible(&svc).remove(0);
        let issued = add(&mut svc, &email, false);
        assert!(issued.emailed, "{}", issued.email_note);
        let files = eml_files(&dir.path().join("outbox"));
        assert_eq!(files.len(), 1);
        let eml = std::fs::read_to_string(&files[0]).unwrap_or_else(|e| panic!("{e}"));
        let (head, body) = eml.split_once("\r\n\r\n").unwrap_or_else(|| panic!("no body:\n{eml}"));
        assert!(head.is_ascii(), "{}: a raw non-ASCII header:\n{head}", lang.code());
        assert!(head.split("\r\n").all(|l| !l.chars().any(char::is_control)), "{head}");
        assert!(head.contains("charset=utf-8"), "{head}");
        assert_eq!(decoded_header(&eml, "Subject"), subject);
        // The queue lists it as a person reads it.
        let queue = svc.mail().queue().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(queue[0].subject, subject);
        for w in words {
            assert!(body.contains(w), "{}: {w:?} not in:\n{body}", lang.code());
        }
        let tr = wxgo::i18n::Tr::new(lang);
        for whole in [
            issued.activation_code.as_str(),
            &issued.smdp_address,
            &issued.android_code,
            &tr.datetime(issued.expires_at),
        ] {
            assert!(body.contains(whole), "{}: {whole} not whole in:\n{body}", lang.code());
        }
        assert!(
            !body.contains("Activation code") && !body.contains("Settings"),
            "{}: English in:\n{body}",
            lang.code()
        );
    }
}
