//! Files the admin asks the console for: the users and BroadWorks exports (AL04, BW05) and the
//! activation letters (the PDF and its plain-text copy). Each is a private file (0600 before
//! the first byte, see `outside::files`) in a private folder, under a name not used before.

use std::path::{Path, PathBuf};

use super::LetterOutcome;
use crate::domain::code::IssuedCode;
use crate::domain::{Error, Result};
use crate::outside::files::{create_private_dir, fresh_name, write_private};
use crate::outside::text_letter;
use crate::service::core::Core;

/// The one-page PDF letter (printed when a print command is set up) and the plain-text
/// letter beside it, in `dir`: what became of the PDF, and the text letter's path.
pub(crate) fn write_letters(cx: &Core, issued: &IssuedCode, dir: &Path) -> Result<(LetterOutcome, PathBuf)> {
    private_dir(dir)?;
    let text = dir.join(text_letter::file_name(issued));
    write_private(&text, text_letter::render(issued, &cx.org().name, cx.letter_lang).as_bytes()).map_err(|e| {
        Error::io(crate::said!("letter-cannot-write", path = text.display().to_string(), error = e.to_string()))
    })?;
    let out = cx.letter_for(issued, &text.with_extension("pdf"))?;
    Ok((out, text))
}

/// `STEM-<UTC time>.csv` in `dir`, a private file under a name not used before.
pub(crate) fn write_export(cx: &Core, dir: &Path, stem: &str, bytes: &[u8]) -> Result<PathBuf> {
    private_dir(dir)?;
    let stamp = cx.now().format("%Y%m%dT%H%M%SZ").to_string();
    let path = fresh_name(dir, stem, &stamp, "csv");
    write_private(&path, bytes).map_err(|e| {
        Error::io(crate::said!("export-cannot-write", path = path.display().to_string(), error = e.to_string()))
    })?;
    Ok(path)
}

fn private_dir(dir: &Path) -> Result<()> {
    create_private_dir(dir).map_err(|e| {
        Error::io(crate::said!("folder-cannot-create", path = dir.display().to_string(), error = e.to_string()))
    })
}
