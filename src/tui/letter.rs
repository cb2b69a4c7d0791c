//! The printable activation letter: plain text from `assets/templates/letter.txt`, written to a
//! file only its owner can read (it holds a live activation code).

use std::path::{Path, PathBuf};

use super::qr::QrGrid;
use crate::domain::{Error, Result};
use crate::service::IssuedCode;

const TEMPLATE: &str = include_str!("../../assets/templates/letter.txt");

pub fn render(issued: &IssuedCode, org: &str) -> String {
    let qr = QrGrid::new(&issued.lpa, qrcode::EcLevel::M, 4)
        .map(|g| g.lines().join("\n"))
        .unwrap_or_else(|| "(the QR code could not be drawn; type the details by hand)".into());
    TEMPLATE
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

/// Writes the letter into `dir` (created private if needed) and returns the file's path.
pub fn write(issued: &IssuedCode, org: &str, dir: &Path) -> Result<PathBuf> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::Io(format!("cannot create the folder {} for the letter: {e}", dir.display())))?;
    let path = dir.join(file_name(issued));
    crate::outside::write_private(&path, render(issued, org).as_bytes())
        .map_err(|e| Error::Io(format!("cannot write the letter {}: {e}", path.display())))?;
    Ok(path)
}
