//! Entry points for the fuzz targets in `fuzz/` and for the regression tests that replay the
//! inputs they found (`tests/fuzz_regressions.rs`). Each must never panic, whatever the bytes.

use crate::domain::{code, mobile, ActivationCode, E164};

/// E.164 parsing and the country lookup.
pub fn e164(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(n) = E164::parse(&text) {
        let again = E164::parse(n.as_str());
        assert_eq!(again.as_ref().map(E164::as_str), Ok(n.as_str()), "parsing is idempotent");
        let _ = n.country();
        let _ = n.line_kind();
    }
}

/// The LPA activation string and typed activation codes.
pub fn lpa(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok((smdp, matching)) = code::parse_lpa(&text) {
        assert!(!smdp.is_empty() && !matching.is_empty());
    }
    if let Ok(c) = ActivationCode::parse(&text) {
        assert_eq!(ActivationCode::parse(c.as_str()).map(|d| d.hash()), Ok(c.hash()));
        let lpa = code::lpa_string("smdp.example.com", &c);
        assert_eq!(code::parse_lpa(&lpa).map(|(_, m)| m), Ok(c.as_str().to_string()));
    }
}

/// A mobile number entry as an admin types it (MO03).
pub fn mobile_entry(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    if let Ok(checked) = mobile::check_entry(&text, "GB", |_| None) {
        assert!(checked.len() <= mobile::MAX_PER_ENTRY);
    }
}

/// A directory export (the directory sync's CSV reader).
pub fn directory_csv(data: &[u8]) {
    if let Ok(entries) = crate::outside::directory::parse_csv(data) {
        for e in entries {
            let _ = format!("{e:?}");
        }
    }
}

/// The console's keymap file.
pub fn keymap(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let _ = crate::tui::keymap::Keymap::from_toml(&text, std::path::Path::new("keymap.toml"));
}

/// The config file: the console's settings and the mail and printing settings.
pub fn config(data: &[u8]) {
    let text = String::from_utf8_lossy(data);
    let file = std::path::Path::new("config.toml");
    let _ = crate::tui::config::Config::from_toml(&text, file);
    let _ = crate::outside::config::DeliveryConfig::from_toml(
        &text,
        file,
        |_| None,
        |_| Err(std::io::Error::new(std::io::ErrorKind::NotFound, "no files while fuzzing")),
    );
}

thread_local! {
    static IMPORT: std::cell::RefCell<Option<crate::service::Service>> = const { std::cell::RefCell::new(None) };
}

/// The bulk device import (WG13), as a dry run against a small demo organisation: whatever
/// the file, it is checked and reported, never a panic.
pub fn device_csv(data: &[u8]) {
    IMPORT.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            let now = chrono::Utc::now();
            let built = crate::store::open_in_memory().and_then(|conn| {
                crate::service::demo::build(&conn, 40, now)?;
                crate::service::Service::from_connection(
                    conn,
                    None,
                    std::sync::Arc::new(crate::outside::FixedClock::new(now)),
                )
            });
            *slot = built.ok();
        }
        if let Some(svc) = slot.as_mut() {
            let opts = crate::service::BulkOptions {
                source: "fuzz.csv".into(),
                dry_run: true,
                email: crate::service::EmailChoice::NoEmail,
                codes_file: None,
            };
            let _ = svc.devices().import(data, &opts, &mut |_| true);
        }
    });
}
