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
