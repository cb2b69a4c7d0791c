//! The plain-text activation letter: what the PDF letter says, in the same language (its
//! `letter.ftl` messages), with the QR code drawn in half blocks (ink for dark modules, for
//! paper). Written in logical order: a text editor lays Hebrew out itself. It holds a live
//! activation code, so it is written only as a private file (`files::write_private`).

use qrcode::{Color, EcLevel, QrCode};

use super::letter::{phone_steps, Steps};
use crate::domain::code::IssuedCode;
use crate::i18n::Lang;

/// Modules of light margin around the printed code: the standard four.
const QUIET_ZONE: usize = 4;

/// The letter in `lang`. A code Webex issued (a real organisation) has the code and its steps and
/// no QR code (Webex's API has none to give).
pub fn render(issued: &IssuedCode, org: &str, lang: Lang) -> String {
    let tr = crate::i18n::loaded(lang);
    let mut out: Vec<String> = vec![tr.t("letter-title"), org.to_string(), String::new()];
    let (name, email) = (issued.owner_name.as_str(), issued.owner_email.as_str());
    out.push(tr.t_with("letter-for", &[("name", name.into()), ("email", email.into())]));
    let number = issued.primary_number.clone().unwrap_or_else(|| tr.t("letter-your-number"));
    out.push(tr.t_with("letter-line", &[("number", (&number).into())]));
    out.push(String::new());
    let until = tr.datetime(issued.expires_at);
    let mut fields = vec![(tr.t("letter-code"), issued.activation_code.as_str())];
    let steps = if issued.has_qr() {
        fields.push((tr.t("letter-smdp"), &issued.smdp_address));
        fields.push((tr.t("letter-android-code"), &issued.android_code));
        fields.push((tr.t("letter-valid-until"), &until));
        out.extend(labelled(&fields));
        out.push(String::new());
        out.push(tr.t("letter-scan"));
        out.push(String::new());
        match qr_lines(&issued.lpa) {
            Some(lines) => out.extend(lines),
            None => out.push(tr.t("letter-no-qr")),
        }
        Steps::Qr
    } else {
        fields.push((tr.t("letter-valid-until"), &until));
        out.extend(labelled(&fields));
        out.push(String::new());
        out.push(tr.t("letter-from-admin"));
        Steps::CodeOnly
    };
    for (phone, steps) in phone_steps(tr, steps) {
        out.push(String::new());
        out.push(phone.to_string());
        out.extend(steps.iter().enumerate().map(|(n, s)| format!("  {}. {s}", n + 1)));
    }
    out.push(String::new());
    out.push(tr.t("letter-private"));
    out.push(String::new());
    out.join("\n")
}

/// `label:  value` lines with the values lined up (labels differ in length by language).
pub(crate) fn labelled(fields: &[(String, &str)]) -> Vec<String> {
    let width = fields.iter().map(|(l, _)| l.chars().count()).max().unwrap_or(0);
    fields.iter().map(|(l, v)| format!("{l}:{}  {v}", " ".repeat(width - l.chars().count()))).collect()
}

/// The letter's file name: one per device and code.
pub fn file_name(issued: &IssuedCode) -> String {
    format!("{}-activation-letter-{}.txt", issued.device_id, issued.issued_at.format("%Y%m%dT%H%M%SZ"))
}

/// The code at error correction M with its quiet zone, two modules to a character.
fn qr_lines(data: &str) -> Option<Vec<String>> {
    let code = QrCode::with_error_correction_level(data.as_bytes(), EcLevel::M).ok()?;
    let w = code.width();
    let colours = code.to_colors();
    let size = w + 2 * QUIET_ZONE;
    let dark = |x: usize, y: usize| {
        let (x, y) = (x.checked_sub(QUIET_ZONE)?, y.checked_sub(QUIET_ZONE)?);
        (x < w && y < w).then(|| colours.get(y * w + x) == Some(&Color::Dark))
    };
    let ink = |x: usize, y: usize| dark(x, y).unwrap_or(false);
    Some(
        (0..size.div_ceil(2))
            .map(|r| {
                (0..size)
                    .map(|x| match (ink(x, 2 * r), ink(x, 2 * r + 1)) {
                        (true, true) => '█',
                        (true, false) => '▀',
                        (false, true) => '▄',
                        (false, false) => ' ',
                    })
                    .collect()
            })
            .collect(),
    )
}
