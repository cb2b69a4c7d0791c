//! The printed activation letter (WG04, WG07): one PDF page with the user's name and number, the
//! QR code of the LPA string, the SM-DP+ address, the activation code, the Android code, the
//! expiry, and the steps for iPhone and Android. And sending a file to the printer.
//!
//! The PDF uses the standard Helvetica and Courier fonts every reader has (nothing embedded), and
//! draws the QR code's dark modules as filled rectangles, so it prints sharp at any size.

use std::path::Path;
use std::process::Command;

use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str, TextStr};
use qrcode::{Color, EcLevel, QrCode};

use crate::domain::code::IssuedCode;
use crate::domain::{Error, Result};

/// Paper sizes in points.
const A4: (f32, f32) = (595.0, 842.0);
const US_LETTER: (f32, f32) = (612.0, 792.0);
const MARGIN: f32 = 56.0;
/// The QR code's side, quiet zone included: about 6 cm, easy for any phone camera.
const QR_SIDE: f32 = 176.0;
const QUIET_ZONE: usize = 4;

const HELVETICA: Name = Name(b"F1");
const HELVETICA_BOLD: Name = Name(b"F2");
const COURIER: Name = Name(b"F3");
const COURIER_BOLD: Name = Name(b"F4");

/// North America prints on US Letter, everyone else on A4.
fn paper(country: &str) -> (f32, f32) {
    match country.to_ascii_uppercase().as_str() {
        "US" | "CA" | "MX" | "PH" | "CL" | "CO" | "VE" => US_LETTER,
        _ => A4,
    }
}

/// Text for the standard fonts (WinAnsiEncoding): Latin-1 as is, the usual punctuation mapped,
/// anything else as `?` (names are shown in full in the email and the console).
fn win_ansi(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '\u{20}'..='\u{7e}' => c as u8,
            '\u{a0}'..='\u{ff}' => c as u32 as u8,
            '€' => 0x80,
            '‘' => 0x91,
            '’' => 0x92,
            '“' => 0x93,
            '”' => 0x94,
            '•' => 0x95,
            '–' => 0x96,
            '—' => 0x97,
            _ => b'?',
        })
        .collect()
}

/// A page being laid out from the top down.
struct Page {
    content: Content,
    height: f32,
    /// Distance from the top of the page to the next baseline.
    y: f32,
}

impl Page {
    fn text_at(&mut self, x: f32, y_from_top: f32, font: Name, size: f32, text: &str) {
        self.content
            .begin_text()
            .set_font(font, size)
            .next_line(x, self.height - y_from_top)
            .show(Str(&win_ansi(text)))
            .end_text();
    }

    /// A line at the left margin; moves down by `size * 1.4`.
    fn line(&mut self, font: Name, size: f32, text: &str) {
        self.y += size * 1.4;
        let y = self.y;
        self.text_at(MARGIN, y, font, size, text);
    }

    fn gap(&mut self, points: f32) {
        self.y += points;
    }

    fn gray(&mut self, level: f32) {
        self.content.set_fill_gray(level);
    }
}

/// Font size that makes `chars` monospaced characters fit in `width` points (at most `max`).
fn fit_mono(chars: usize, width: f32, max: f32) -> f32 {
    // Courier's advance is 0.6 em.
    (width / (chars.max(1) as f32 * 0.6)).min(max)
}

/// Renders the letter for a code just issued or checked to be valid.
pub fn render_pdf(issued: &IssuedCode, org: &str, country: &str) -> Result<Vec<u8>> {
    // A code Webex issued has no QR string here (Control Hub only): the letter has the code alone.
    let qr = match issued.has_qr() {
        true => Some(QrCode::with_error_correction_level(issued.lpa.as_bytes(), EcLevel::M).map_err(|e| {
            Error::Invalid(format!("the activation string is too long for a QR code ({e}); type the details by hand"))
        })?),
        false => None,
    };
    let (width, height) = paper(country);
    let mut page = Page { content: Content::new(), height, y: MARGIN };

    // Heading.
    page.gray(0.0);
    page.line(HELVETICA_BOLD, 20.0, "Webex Go activation");
    page.line(HELVETICA, 11.0, org);
    page.gap(10.0);
    page.line(HELVETICA, 12.0, &format!("For:  {} <{}>", issued.owner_name, issued.owner_email));
    page.line(
        HELVETICA,
        12.0,
        &format!("Business line:  {}", issued.primary_number.as_deref().unwrap_or("(your business number)")),
    );
    page.gap(16.0);

    // The QR code, dark modules on white, with its quiet zone.
    let qr_top = page.y;
    if let Some(qr) = &qr {
        let modules = qr.width();
        let colors = qr.to_colors();
        let cell = QR_SIDE / (modules + 2 * QUIET_ZONE) as f32;
        let origin_x = MARGIN + QUIET_ZONE as f32 * cell;
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
                let y = height - (origin_top + (row + 1) as f32 * cell);
                page.content.rect(x, y, (col - start) as f32 * cell, cell);
            }
        }
        page.content.fill_nonzero();
    }

    // The details beside the QR code.
    let dx = MARGIN + QR_SIDE + 20.0;
    let avail = width - MARGIN - dx;
    let mut y = qr_top + 8.0;
    let mut field = |page: &mut Page, label: &str, value: &str, font: Name, max: f32| {
        y += 12.0;
        page.gray(0.35);
        page.text_at(dx, y, HELVETICA, 9.0, label);
        page.gray(0.0);
        let size = fit_mono(value.chars().count(), avail, max);
        y += size * 1.35;
        page.text_at(dx, y, font, size, value);
        y += 8.0;
    };
    field(&mut page, "Activation code", issued.activation_code.as_str(), COURIER_BOLD, 16.0);
    field(&mut page, "SM-DP+ address", &issued.smdp_address, COURIER, 11.0);
    field(&mut page, "Android code", &issued.android_code, COURIER, 11.0);
    field(&mut page, "Valid until", &issued.expires_at.format("%Y-%m-%d %H:%M UTC").to_string(), COURIER, 11.0);
    page.y = qr_top + QR_SIDE + 6.0;

    page.line(HELVETICA, 10.5, "Scan the QR code with the phone's camera, or type the details by hand as below.");
    page.gap(10.0);
    page.line(HELVETICA_BOLD, 12.0, "iPhone");
    for step in [
        "1.  Settings > Mobile Service (or Cellular) > Add eSIM.",
        "2.  Choose \"Use QR Code\" and scan the code above, or choose \"Enter Details Manually\".",
        "3.  By hand: type the SM-DP+ address and the activation code; leave the confirmation code empty.",
        "4.  Label the new line \"Business\" and choose which line to use for calls and data.",
    ] {
        page.line(HELVETICA, 10.5, step);
    }
    page.gap(8.0);
    page.line(HELVETICA_BOLD, 12.0, "Android");
    for step in [
        "1.  Settings > Network & internet > SIMs > Add eSIM (or \"Download a SIM instead?\").",
        "2.  Scan the QR code above, or choose \"Need help?\" > \"Enter it manually\".",
        "3.  By hand: type the Android code, then follow the steps on screen.",
    ] {
        page.line(HELVETICA, 10.5, step);
    }
    page.gap(14.0);
    page.gray(0.25);
    page.line(
        HELVETICA,
        9.5,
        "The code works once and ends when a newer one is issued. If it has expired or does not work,",
    );
    page.line(
        HELVETICA,
        9.5,
        "ask your administrator for a new one. Keep this letter private: whoever has the code can use it.",
    );

    // The document around the page.
    let catalog = Ref::new(1);
    let tree = Ref::new(2);
    let page_id = Ref::new(3);
    let contents = Ref::new(4);
    let info = Ref::new(5);
    let fonts = [
        (HELVETICA, Ref::new(6), "Helvetica"),
        (HELVETICA_BOLD, Ref::new(7), "Helvetica-Bold"),
        (COURIER, Ref::new(8), "Courier"),
        (COURIER_BOLD, Ref::new(9), "Courier-Bold"),
    ];
    let mut pdf = Pdf::new();
    pdf.catalog(catalog).pages(tree);
    pdf.pages(tree).kids([page_id]).count(1);
    let mut p = pdf.page(page_id);
    p.media_box(Rect::new(0.0, 0.0, width, height)).parent(tree).contents(contents);
    {
        let mut resources = p.resources();
        let mut font_dict = resources.fonts();
        for (name, id, _) in fonts {
            font_dict.pair(name, id);
        }
        font_dict.finish();
    }
    p.finish();
    for (_, id, base) in fonts {
        pdf.type1_font(id).base_font(Name(base.as_bytes())).encoding_predefined(Name(b"WinAnsiEncoding"));
    }
    pdf.document_info(info)
        .title(TextStr(&format!("Webex Go activation: {}", issued.device_id)))
        .producer(TextStr("wxgo"));
    pdf.stream(contents, &page.content.finish());
    Ok(pdf.finish())
}

/// Writes `bytes` to `path` readable by its owner only, also when the file was there before.
pub fn write_private_file(path: &Path, bytes: &[u8]) -> Result<super::Replaced> {
    super::write_private(path, bytes).map_err(|e| Error::Io(format!("cannot write {}: {e}", path.display())))
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
        return Err(Error::Invalid("the print command is empty".into()));
    };
    let out = Command::new(program).args(args).arg(file).output().map_err(|e| {
        Error::Io(format!(
            "cannot run the print command `{}`: {e}. The letter is at {}.",
            command.join(" "),
            file.display()
        ))
    })?;
    if !out.status.success() {
        return Err(Error::Io(format!(
            "the print command `{}` failed ({}): {}. The letter is at {}.",
            command.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr).trim(),
            file.display()
        )));
    }
    Ok(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_names_keep_their_letters() {
        assert_eq!(win_ansi("Zoë Ørsted"), b"Zo\xeb \xd8rsted".to_vec());
        assert_eq!(win_ansi("é"), vec![0xe9]);
        assert_eq!(win_ansi("—"), vec![0x97]);
        assert_eq!(win_ansi("Ж"), vec![b'?']);
    }

    #[test]
    fn print_command_off_and_words() {
        assert_eq!(print_command(Some("")), None);
        assert_eq!(print_command(Some("off")), None);
        assert_eq!(print_command(Some("lp -d office")), Some(vec!["lp".into(), "-d".into(), "office".into()]));
    }
}
