//! The printed activation letter (WG04, WG07): one PDF page with the user's name and number and
//! what the phone needs, and the steps for iPhone and Android. And sending a file to the printer.
//!
//! - A code wxgo issued (the demo organisation): the QR code of the LPA string, the SM-DP+
//!   address, the activation code, the Android code and the expiry. The QR code's dark modules are
//!   filled rectangles, so it prints sharp at any size.
//! - A code Webex issued (a real organisation): the code exactly as Webex gave it and its expiry,
//!   and steps that use it. Webex's API gives no QR code or SM-DP+ address (the administrator
//!   hands those out from Control Hub), so the letter shows none and names none as missing.
//!
//! In the language chosen for it (`letter.ftl`; the admin's, or the one asked for the employee),
//! dates in that language's form; a Hebrew letter right to left: every line from the right, the
//! QR code at the right with the details to its left, numbers, emails and codes left to right
//! and whole.
//!
//! Every name is printed whole, in fonts the letter carries (see [`super::typeset`] and
//! [`super::fonts`]: DejaVu from the binary, CJK from this machine's fonts): it prints the same
//! in every viewer and on every printer. A character no font has is printed as U+FFFD and the
//! letter says which ones those were.

use std::path::{Path, PathBuf};
use std::process::Command;

use pdf_writer::types::Direction;
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, TextStr};
use qrcode::{Color, EcLevel, QrCode};

use super::fonts::{self, Style};
use super::typeset::Typesetter;
use crate::domain::code::IssuedCode;
use crate::domain::{Error, Result};
use crate::i18n::{Lang, Tr};

/// Paper sizes in points.
const A4: (f32, f32) = (595.0, 842.0);
const US_LETTER: (f32, f32) = (612.0, 792.0);
const MARGIN: f32 = 56.0;
/// The QR code's side, quiet zone included: about 6 cm, easy for any phone camera.
const QR_SIDE: f32 = 176.0;
const QUIET_ZONE: usize = 4;
/// The smallest size text is shrunk to so that it stays on one line (codes, addresses).
const MIN_SIZE: f32 = 6.0;

/// North America prints on US Letter, everyone else on A4.
fn paper(country: &str) -> (f32, f32) {
    match country.to_ascii_uppercase().as_str() {
        "US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" => US_LETTER,
        _ => A4,
    }
}

/// A page being laid out from the top down.
struct Page {
    content: Content,
    text: Typesetter,
    width: f32,
    height: f32,
    /// Distance from the top of the page to the next baseline.
    y: f32,
    /// Right to left (Hebrew): every line starts at the right, the layout is mirrored.
    rtl: bool,
}

/// A column of the page: its left edge and its width.
type Column = (f32, f32);

impl Page {
    /// The text's column: between the margins.
    fn full(&self) -> Column {
        (MARGIN, self.width - 2.0 * MARGIN)
    }

    /// One line in `column` at `y_from_top`, at the side lines start from: the left, or the
    /// right in a right-to-left letter.
    fn line_in(&mut self, (x, width): Column, y_from_top: f32, style: Style, size: f32, text: &str) {
        let shaped = self.text.shape(text, style);
        let left = if self.rtl { x + width - shaped.width(size) } else { x };
        self.text.show(&mut self.content, left, self.height - y_from_top, size, &shaped);
    }

    /// The size, at most `max` and at least [`MIN_SIZE`], at which `text` fits in `width` on
    /// one line: for what is typed by hand and must not be broken (codes, addresses).
    fn fitted(&mut self, text: &str, style: Style, max: f32, width: f32) -> f32 {
        let natural = self.text.width(text, style, 1.0);
        if natural > 0.0 {
            (width / natural).clamp(MIN_SIZE, max)
        } else {
            max
        }
    }

    /// A paragraph between the margins, wrapped to the page's width; moves down `size * 1.4` a line.
    fn para(&mut self, style: Style, size: f32, text: &str) {
        let full = self.full();
        self.para_in(full, style, size, text);
    }

    /// A paragraph wrapped in `column`, each line from the column's start side.
    fn para_in(&mut self, column: Column, style: Style, size: f32, text: &str) {
        for line in self.text.wrap(text, style, size, column.1) {
            self.y += size * 1.4;
            let y = self.y;
            self.line_in(column, y, style, size, &line);
        }
    }

    /// A numbered step: the number at the margin (the right one, right to left), the text
    /// wrapped beside it.
    fn step(&mut self, n: usize, text: &str) {
        let size = 10.5;
        let y = self.y + size * 1.4;
        let (x, width) = self.full();
        self.line_in((x, width), y, Style::Regular, size, &format!("{n}."));
        let beside = if self.rtl { (x, width - 20.0) } else { (x + 20.0, width - 20.0) };
        self.para_in(beside, Style::Regular, size, text);
    }

    /// A heading and its numbered steps.
    fn steps(&mut self, heading: &str, steps: &[String]) {
        self.para(Style::Bold, 12.0, heading);
        for (n, step) in steps.iter().enumerate() {
            self.step(n + 1, step);
        }
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }

    fn gray(&mut self, level: f32) {
        self.content.set_fill_gray(level);
    }

    /// A small grey label and its value under it, in `column`, from `*y` down (moved past it).
    fn field(&mut self, column: Column, y: &mut f32, label: &str, value: &str, style: Style, max: f32) {
        *y += 12.0;
        self.gray(0.35);
        self.line_in(column, *y, Style::Regular, 9.0, label);
        self.gray(0.0);
        let size = self.fitted(value, style, max, column.1);
        *y += size * 1.35;
        self.line_in(column, *y, style, size, value);
        *y += 8.0;
    }
}

/// Which steps the phone's owner follows: with the QR code on the letter (a code wxgo issued),
/// with Webex's code alone (the QR code comes from the administrator), or the email's (the
/// demo's details typed by hand: the email has no QR code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Steps {
    Qr,
    CodeOnly,
    Mail,
}

/// The iPhone's and the Android phone's steps in `tr`'s language, each a heading and its steps.
pub fn phone_steps(tr: &Tr, which: Steps) -> [(&'static str, Vec<String>); 2] {
    let (iphone, android): ([&str; 4], [&str; 3]) = match which {
        Steps::Qr => (
            ["steps-iphone-1", "steps-qr-iphone-2", "steps-qr-iphone-3", "steps-iphone-label"],
            ["steps-android-1", "steps-qr-android-2", "steps-qr-android-3"],
        ),
        Steps::CodeOnly => (
            ["steps-code-iphone-1", "steps-code-iphone-2", "steps-code-iphone-3", "steps-iphone-label"],
            ["steps-android-1", "steps-code-android-2", "steps-code-android-3"],
        ),
        Steps::Mail => (
            ["steps-iphone-1", "steps-mail-iphone-2", "steps-mail-iphone-3", "steps-iphone-label"],
            ["steps-android-1", "steps-mail-android-2", "steps-mail-android-3"],
        ),
    };
    [("iPhone", iphone.iter().map(|id| tr.t(id)).collect()), ("Android", android.iter().map(|id| tr.t(id)).collect())]
}

/// A letter made: the PDF, and the characters no font had (printed as U+FFFD, and listed on it).
#[derive(Debug, Clone)]
pub struct Letter {
    pub pdf: Vec<u8>,
    pub missing: Vec<char>,
}

/// Renders the letter in `lang` for a code just issued or checked to be valid, with the fonts
/// embedded in wxgo and, for what they lack (CJK), those of this machine.
pub fn render_pdf(issued: &IssuedCode, org: &str, country: &str, lang: Lang) -> Result<Letter> {
    render_pdf_with(issued, org, country, lang, || fonts::font_files(&fonts::font_dirs()))
}

/// [`render_pdf`] with this machine's font files listed by `font_files`.
pub fn render_pdf_with(
    issued: &IssuedCode,
    org: &str,
    country: &str,
    lang: Lang,
    font_files: impl FnOnce() -> Vec<PathBuf>,
) -> Result<Letter> {
    let tr = Tr::new(lang);
    // A code Webex issued has no QR string here: the letter has the code and its steps.
    let qr = match issued.has_qr() {
        true => Some(
            QrCode::with_error_correction_level(issued.lpa.as_bytes(), EcLevel::M)
                .map_err(|e| Error::invalid(crate::said!("letter-qr-too-long", error = e.to_string())))?,
        ),
        false => None,
    };
    let (width, height) = paper(country);
    // What comes from outside; the letter's own words are in the embedded fonts.
    let texts = [
        org,
        &issued.owner_name,
        &issued.owner_email,
        issued.primary_number.as_deref().unwrap_or_default(),
        issued.activation_code.as_str(),
        &issued.smdp_address,
        &issued.android_code,
    ];
    let mut text = Typesetter::with_font_files(texts, font_files);
    text.set_rtl(lang.is_rtl());
    let mut page = Page { content: Content::new(), text, width, height, y: MARGIN, rtl: lang.is_rtl() };

    // Heading.
    page.gray(0.0);
    page.para(Style::Bold, 20.0, &tr.t("letter-title"));
    page.para(Style::Regular, 11.0, org);
    page.gap(10.0);
    let (name, email) = (issued.owner_name.as_str(), issued.owner_email.as_str());
    page.para(Style::Regular, 12.0, &tr.t_with("letter-for", &[("name", name.into()), ("email", email.into())]));
    let number = issued.primary_number.clone().unwrap_or_else(|| tr.t("letter-your-number"));
    page.para(Style::Regular, 12.0, &tr.t_with("letter-line", &[("number", (&number).into())]));
    page.gap(16.0);

    match &qr {
        Some(qr) => with_qr(&mut page, &tr, issued, qr),
        None => code_only(&mut page, &tr, issued),
    }

    page.gap(14.0);
    page.gray(0.25);
    page.para(Style::Regular, 9.5, &tr.t("letter-private"));
    // Said last, when every other line has been set: which characters no font here has.
    let missing: Vec<String> = page.text.missing().iter().map(|c| format!("U+{:04X}", u32::from(*c))).collect();
    if !missing.is_empty() {
        page.gap(6.0);
        let chars = missing.join(", ");
        page.para(Style::Regular, 9.5, &tr.t_with("letter-not-printed", &[("chars", (&chars).into())]));
    }

    // The document around the page.
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let page_id = Ref::new(3);
    let contents = Ref::new(4);
    let info = Ref::new(5);
    let mut next = 6;
    let mut pdf = Pdf::new();
    let fonts = page.text.write_fonts(&mut pdf, &mut next);
    let mut cat = pdf.catalog(catalog);
    cat.pages(tree).lang(TextStr(lang.code()));
    if lang.is_rtl() {
        // Viewers page and lay out the document's pages from the right.
        cat.viewer_preferences().direction(Direction::R2L);
    }
    cat.finish();
    pdf.pages(tree).kids([page_id]).count(1);
    let mut p = pdf.page(page_id);
    p.media_box(Rect::new(0.0, 0.0, width, height)).parent(tree).contents(contents);
    {
        let mut resources = p.resources();
        let mut font_dict = resources.fonts();
        for (name, id) in &fonts {
            font_dict.pair(Name(name.as_bytes()), *id);
        }
        font_dict.finish();
    }
    p.finish();
    let title = tr.t_with("letter-pdf-title", &[("device", (&issued.device_id).into())]);
    pdf.document_info(info).title(TextStr(&title)).producer(TextStr("wxgo"));
    pdf.stream(contents, &page.content.finish());
    Ok(Letter { pdf: pdf.finish(), missing: page.text.missing().iter().copied().collect() })
}

/// A code wxgo issued: the QR code with the details beside it (the QR code at the start side,
/// the right in a right-to-left letter; never mirrored itself), then the steps.
fn with_qr(page: &mut Page, tr: &Tr, issued: &IssuedCode, qr: &QrCode) {
    // The QR code, dark modules on white, with its quiet zone.
    let qr_top = page.y;
    let modules = qr.width();
    let colors = qr.to_colors();
    let cell = QR_SIDE / (modules + 2 * QUIET_ZONE) as f32;
    let qr_left = if page.rtl { page.width - MARGIN - QR_SIDE } else { MARGIN };
    let origin_x = qr_left + QUIET_ZONE as f32 * cell;
    let origin_top = qr_top + QUIET_ZONE as f32 * cell;
    page.gray(0.0);
    for row in 0..modules {
        // Runs of dark modules in a row become one rectangle.
        let mut col = 0;
        while col < modules {
            if colors[row * modules + col] != Color::Dark {
                col += 1;
                continue;
            }
            let start = col;
            while col < modules && colors[row * modules + col] == Color::Dark {
                col += 1;
            }
            let x = origin_x + start as f32 * cell;
            let y = page.height - (origin_top + (row + 1) as f32 * cell);
            page.content.rect(x, y, (col - start) as f32 * cell, cell);
        }
    }
    page.content.fill_nonzero();

    // The details beside the QR code.
    let avail = page.width - 2.0 * MARGIN - QR_SIDE - 20.0;
    let column = if page.rtl { (MARGIN, avail) } else { (MARGIN + QR_SIDE + 20.0, avail) };
    let mut y = qr_top + 8.0;
    let code = issued.activation_code.as_str();
    page.field(column, &mut y, &tr.t("letter-code"), code, Style::MonoBold, 16.0);
    page.field(column, &mut y, &tr.t("letter-smdp"), &issued.smdp_address, Style::Mono, 11.0);
    page.field(column, &mut y, &tr.t("letter-android-code"), &issued.android_code, Style::Mono, 11.0);
    let until = tr.datetime(issued.expires_at);
    page.field(column, &mut y, &tr.t("letter-valid-until"), &until, Style::Mono, 11.0);
    page.y = (qr_top + QR_SIDE + 6.0).max(y);

    page.para(Style::Regular, 10.5, &tr.t("letter-scan"));
    let [iphone, android] = phone_steps(tr, Steps::Qr);
    page.gap(10.0);
    page.steps(iphone.0, &iphone.1);
    page.gap(8.0);
    page.steps(android.0, &android.1);
}

/// A code Webex issued: the code as Webex gave it, its expiry, and what to do with it. The eSIM's
/// QR code and SM-DP+ address are not in Webex's API: the administrator gives them with the letter.
fn code_only(page: &mut Page, tr: &Tr, issued: &IssuedCode) {
    let full = page.full();
    let mut y = page.y;
    page.field(full, &mut y, &tr.t("letter-code"), issued.activation_code.as_str(), Style::MonoBold, 24.0);
    let until = tr.datetime(issued.expires_at);
    page.field(full, &mut y, &tr.t("letter-valid-until"), &until, Style::Mono, 12.0);
    page.y = y + 6.0;

    page.para(Style::Regular, 10.5, &tr.t("letter-from-admin"));
    let [iphone, android] = phone_steps(tr, Steps::CodeOnly);
    page.gap(10.0);
    page.steps(iphone.0, &iphone.1);
    page.gap(8.0);
    page.steps(android.0, &android.1);
}

/// Writes `bytes` to `path` readable by its owner only, also when the file was there before.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> Result<super::Replaced> {
    super::write_private(path, bytes).map_err(|e| {
        Error::io(crate::said!("file-cannot-write", path = path.display().to_string(), error = e.to_string()))
    })
}

/// The print command to use: the configured one, else `lp` when it is on the PATH.
/// `None` when printing is off or there is no printer command.
pub fn print_command(configured: Option<&str>) -> Option<Vec<String>> {
    match configured {
        Some(cmd) => {
            let words: Vec<String> = cmd.split_whitespace().map(str::to_string).collect();
            let off = words.is_empty() || (words.len() == 1 && matches!(words[0].as_str(), "none" | "off" | "false"));
            (!off).then_some(words)
        }
        None => on_path("lp").then(|| vec!["lp".to_string()]),
    }
}

fn on_path(program: &str) -> bool {
    use std::os::unix::fs::PermissionsExt;
    std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            std::fs::metadata(dir.join(program)).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        })
    })
}

/// Prints `file` with the configured command (or `lp`): the command as shown, and what it said.
/// `None` when there is nothing to print with.
pub fn print_file_with(configured: Option<&str>, file: &Path) -> Option<(String, Result<String>)> {
    let cmd = print_command(configured)?;
    Some((cmd.join(" "), print_file(&cmd, file)))
}

/// Runs the print command with the file as its last argument; returns what it said.
pub fn print_file(command: &[String], file: &Path) -> Result<String> {
    let Some((program, args)) = command.split_first() else {
        return Err(Error::invalid(crate::said!("print-command-empty")));
    };
    let shown = format!("`{}`", command.join(" "));
    let out = Command::new(program).args(args).arg(file).output().map_err(|e| {
        Error::io(crate::said!(
            "print-command-cannot-run",
            command = &shown,
            error = e.to_string(),
            file = file.display().to_string()
        ))
    })?;
    if !out.status.success() {
        // The exit status and the command's own words, as they are.
        return Err(Error::io(crate::said!(
            "print-command-failed",
            command = &shown,
            status = out.status.to_string(),
            error = String::from_utf8_lossy(&out.stderr).trim(),
            file = file.display().to_string()
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn print_command_off_and_words() {
        assert_eq!(print_command(Some("")), None);
        assert_eq!(print_command(Some("off")), None);
        assert_eq!(print_command(Some("lp -d office")), Some(vec!["lp".into(), "-d".into(), "office".into()]));
    }
}
