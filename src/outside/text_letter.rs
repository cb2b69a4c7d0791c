//! The plain-text activation letter: `assets/templates/letter.txt` with the details and the QR
//! code drawn in half blocks (ink for dark modules, for paper). It holds a live activation
//! code, so it is written only as a private file (`files::write_private`).

use qrcode::{Color, EcLevel, QrCode};

use crate::domain::code::IssuedCode;

const TEMPLATE: &str = include_str!("../../assets/templates/letter.txt");
/// A code Webex issued (a real organisation): the code and its steps, no QR code (Webex's API has
/// none to give).
const CODE_ONLY: &str = include_str!("../../assets/templates/letter_code_only.txt");

/// Modules of light margin around the printed code: the standard four.
const QUIET_ZONE: usize = 4;

pub fn render(issued: &IssuedCode, org: &str) -> String {
    let (template, qr) = match issued.has_qr() {
        true => (
            TEMPLATE,
            qr_lines(&issued.lpa)
                .map(|l| l.join("\n"))
                .unwrap_or_else(|| "(the QR code could not be drawn; type the details by hand)".into()),
        ),
        false => (CODE_ONLY, String::new()),
    };
    template
        .replace("{org}", org)
        .replace("{name}", &issued.owner_name)
        .replace("{email}", &issued.owner_email)
        .replace("{number}", issued.primary_number.as_deref().unwrap_or("(your business number)"))
        .replace("{code}", issued.activation_code.as_str())
        .replace("{smdp}", &issued.smdp_address)
        .replace("{android}", &issued.android_code)
        .replace("{expires}", &issued.expires_at.format("%Y-%m-%d %H:%M UTC").to_string())
        .replace("{qr}", &qr)
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
