//! Getting activation codes to people (WG04, WG13, WG15): bulk add from a spreadsheet, email
//! over SMTP with an outbox to retry from, printed letters, and call records.

pub(crate) mod calls;
pub(crate) mod exports;

use std::path::Path;

use serde::Serialize;

pub use self::calls::{CallImportReport, Calls};
pub use crate::outside::smtp::{QueuedMail, RetryReport};
pub use crate::store::delivery::CallRow;

use crate::domain::code::IssuedCode;
use crate::domain::error::Text;
use crate::domain::{Error, Result};
use crate::outside::config::DeliveryConfig;
use crate::outside::letter;
use crate::outside::smtp::{self, QueueOnly, SmtpMailer};
use crate::outside::{Mailer, Outbox};
use crate::service::action::Action;
use crate::service::backend::Backend;
use crate::service::core::{Audit, Core};
use crate::service::devices::RowProblem;
use crate::store::queries as q;

/// The mailer for these settings: SMTP when a server is configured, the outbox folder otherwise.
/// When the settings cannot be read, messages are queued and each send says why.
pub(super) fn mailer_for(config: &std::result::Result<DeliveryConfig, Error>, outbox: &Path) -> Box<dyn Mailer> {
    match config {
        Ok(DeliveryConfig { smtp: Some(smtp), .. }) => match SmtpMailer::new(smtp.clone(), outbox) {
            Ok(m) => Box::new(m),
            Err(e) => Box::new(QueueOnly { outbox: Outbox::new(outbox), reason: e.to_string() }),
        },
        Ok(_) => Box::new(Outbox::new(outbox)),
        Err(e) => Box::new(QueueOnly { outbox: Outbox::new(outbox), reason: e.to_string() }),
    }
}

/// What became of an activation letter.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct LetterOutcome {
    pub device_id: String,
    pub owner_email: String,
    pub file: String,
    /// The print command it was sent to, when it was.
    pub printed_with: Option<String>,
    /// Why printing failed, when it was tried and failed (the file is still there).
    pub print_error: Option<Text>,
    /// Which characters no font could print, and what to do (also at the end of `note`).
    pub not_printed: Option<Text>,
    /// What became of the letter, for the admin (said in the language where it is shown;
    /// `--json` has its English).
    pub note: Text,
}

impl Core {
    /// The printed letter for a code just issued (`--letter` on add, new-code, lost-stolen).
    pub fn letter_for(&self, issued: &IssuedCode, out: &Path) -> Result<LetterOutcome> {
        let made = letter::render_pdf(issued, &self.org.name, &self.org.country, self.letter_lang)?;
        letter::write_private_file(out, &made.pdf)?;
        let file = out.display().to_string();
        let configured = self.delivery.as_ref().ok().and_then(|c| c.print_command.as_deref());
        let mut outcome = LetterOutcome {
            device_id: issued.device_id.clone(),
            owner_email: issued.owner_email.clone(),
            file: file.clone(),
            printed_with: None,
            print_error: None,
            not_printed: None,
            note: Text::default(),
        };
        match letter::print_file_with(configured, out) {
            None => {
                outcome.note = crate::said!("letter-note-no-print-command", file = &file);
            }
            Some((cmd, Ok(said))) => {
                // The printer's own words, as it gave them.
                let printer = if said.is_empty() { Text::default() } else { Text::from(format!(" ({said})")) };
                outcome.note =
                    crate::said!("letter-note-printed", command = format!("`{cmd}`"), printer = printer, file = &file);
                outcome.printed_with = Some(cmd);
            }
            Some((cmd, Err(e))) => {
                outcome.note = crate::said!("letter-note-print-failed", command = format!("`{cmd}`"), error = e.said());
                outcome.print_error = Some(e.said());
            }
        }
        if !made.missing.is_empty() {
            // The letter says so too; the admin can install a font and make it again.
            let said = not_printed(&made.missing);
            outcome.note = crate::said!("note-and-more", note = outcome.note, more = said.clone());
            outcome.not_printed = Some(said);
        }
        let _ = self.audit_alone(
            "activation letter",
            &Audit::new(
                format!("device:{}", issued.device_id),
                format!(
                    "user {}; letter written to {file}{}",
                    issued.owner_email,
                    match &outcome.printed_with {
                        Some(cmd) => format!("; sent to the printer with `{cmd}`"),
                        None => String::new(),
                    }
                ),
            ),
            if outcome.print_error.is_some() { "printing failed" } else { "ok" },
        );
        Ok(outcome)
    }
}

/// The characters of a letter no font could print (`U+5C0F, ...`), and what to do about them.
fn not_printed(missing: &[char]) -> Text {
    let chars: Vec<String> = missing.iter().map(|c| format!("U+{:04X}", u32::from(*c))).collect();
    let why = if missing.iter().any(|c| crate::outside::fonts::needs_shaping(*c)) {
        crate::said!("letter-why-shaping")
    } else {
        crate::said!("letter-why-no-font", n = chars.len())
    };
    crate::said!("letter-not-printed-chars", chars = chars.join(", "), why = why)
}

/// The mail queue (WG04): `svc.mail()`.
pub struct Mail<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

/// Where activation emails go, in words (said in the language where shown).
pub(crate) fn route(cx: &Core) -> crate::domain::error::Text {
    let outbox = cx.outbox.display().to_string();
    match &cx.delivery {
        Ok(DeliveryConfig { smtp: Some(s), .. }) => crate::said!("mail-route-smtp", server = s.server()),
        Ok(_) => crate::said!("mail-route-outbox", path = outbox),
        Err(e) => crate::said!("mail-route-nowhere", error = e.said(), path = outbox),
    }
}

impl Mail<'_> {
    /// Where activation emails go, in words (said in the language where shown).
    pub fn route(&self) -> crate::domain::error::Text {
        route(self.core)
    }

    /// Messages waiting in the outbox.
    pub fn queue(&self) -> Result<Vec<QueuedMail>> {
        smtp::queued(&self.core.outbox)
    }

    /// Sends what waits in the outbox through the SMTP server; what went out moves to `sent/`.
    pub fn retry(&self) -> Result<RetryReport> {
        self.core.gate(Action::SendQueuedMail, self.backend)?;
        let config = delivery_config(self.core)?;
        let Some(smtp_config) = &config.smtp else {
            return Err(Error::invalid(crate::said!(
                "smtp-none",
                outbox = self.core.outbox.display().to_string(),
                file = crate::outside::config::config_file()
                    .map_or(crate::domain::error::Val::Msg("smtp-the-config-file"), |p| p.display().to_string().into()),
                setting = "WXGO_SMTP_URL=smtp://HOST:PORT"
            )));
        };
        let works = |hash: &str| code_still_works(self.core, hash);
        let report = smtp::retry(smtp_config, &self.core.outbox, &smtp::RetryScope { only: None, code_works: &works })?;
        if !report.sent.is_empty() || !report.failed.is_empty() {
            let outcome =
                if report.failed.is_empty() { "ok".to_string() } else { format!("{} failed", report.failed.len()) };
            let _ = self.core.audit_alone(
                "send queued mail",
                &Audit::new(
                    format!("outbox:{}", self.core.outbox.display()),
                    format!(
                        "{} sent through {}; {} failed; {} not tried",
                        report.sent.len(),
                        report.server,
                        report.failed.len(),
                        report.not_tried
                    ),
                ),
                &outcome,
            );
        }
        Ok(report)
    }
}

pub(crate) fn delivery_config(cx: &Core) -> Result<&DeliveryConfig> {
    cx.delivery.as_ref().map_err(Clone::clone)
}

/// The outbox messages are queued in, with the sender the SMTP settings give.
pub(crate) fn queue_outbox(cx: &Core) -> Outbox {
    let mut outbox = Outbox::new(&cx.outbox);
    if let Ok(DeliveryConfig { smtp: Some(s), .. }) = &cx.delivery {
        outbox.from = s.from.clone();
    }
    outbox
}

/// Sends these queued messages by SMTP when a server is configured: the ones sent (moved to
/// `sent/`), or why none was. `None` without a server: the outbox is where mail goes.
pub(crate) fn send_queued(
    cx: &Core,
    files: &[std::path::PathBuf],
) -> Option<std::result::Result<Vec<std::path::PathBuf>, String>> {
    let config = match delivery_config(cx) {
        Ok(c) => c,
        Err(e) => return Some(Err(e.to_string())),
    };
    let smtp_config = config.smtp.as_ref()?;
    Some(send_queued_by(cx, smtp_config, files))
}

pub(crate) fn send_queued_by(
    cx: &Core,
    smtp_config: &crate::outside::config::SmtpConfig,
    files: &[std::path::PathBuf],
) -> std::result::Result<Vec<std::path::PathBuf>, String> {
    let works = |hash: &str| code_still_works(cx, hash);
    let report = smtp::retry(smtp_config, &cx.outbox, &smtp::RetryScope { only: Some(files), code_works: &works })
        .map_err(|e| e.to_string())?;
    let sent: std::collections::HashSet<&str> = report.sent.iter().map(|m| m.file.as_str()).collect();
    let done: Vec<std::path::PathBuf> =
        files.iter().filter(|p| sent.contains(p.display().to_string().as_str())).cloned().collect();
    match report.failed.first() {
        Some((_, why)) if done.is_empty() => Err(why.clone()),
        _ => Ok(done),
    }
}

/// Whether the activation code with this hash would still activate a phone.
pub(crate) fn code_still_works(cx: &Core, hash: &str) -> bool {
    matches!(q::code_by_hash(&cx.conn, hash), Ok(Some(c)) if c.state == "valid" && c.expires_at > cx.now())
}

/// The problems an import report lists; the rest are counted, so a file of a million bad rows
/// costs memory for its rows, not for its problems, and its report stays readable.
pub const MAX_PROBLEMS: usize = 200;

/// Keeps the first [`MAX_PROBLEMS`] problems and counts the others into `more`.
pub(crate) fn cap_problems(problems: &mut Vec<RowProblem>, more: &mut usize) {
    if problems.len() > MAX_PROBLEMS {
        *more += problems.len() - MAX_PROBLEMS;
        problems.truncate(MAX_PROBLEMS);
    }
}

/// Reads a CSV file the way spreadsheets write it: UTF-8 with or without a BOM, CRLF or LF,
/// comma or (as European Excel writes) semicolon. Anything else gets a message that says how
/// to save it. Returns the text without the BOM.
pub(crate) fn csv_text<'a>(data: &'a [u8], source: &str) -> Result<&'a str> {
    let utf16 = || Error::invalid(crate::said!("csv-utf16", source = source));
    if data.starts_with(&[0xFF, 0xFE]) || data.starts_with(&[0xFE, 0xFF]) {
        return Err(utf16());
    }
    let data = data.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(data);
    // UTF-16 without a BOM: every other byte of ASCII text is zero.
    let probe = &data[..data.len().min(512)];
    if probe.len() >= 4 && probe.iter().filter(|b| **b == 0).count() * 4 >= probe.len() {
        return Err(utf16());
    }
    std::str::from_utf8(data).map_err(|e| {
        let at = e.valid_up_to();
        let line = data[..at].iter().filter(|b| **b == b'\n').count() + 1;
        let byte = data.get(at).copied().unwrap_or(0);
        Error::invalid(crate::said!("csv-not-utf8", source = source, byte = format!("0x{byte:02X}"), line = line))
    })
}

/// A CSV file's header and records, each record with its line number in the file. Blank
/// records (empty lines, or only empty cells, as spreadsheets leave at the end) are dropped.
pub(crate) struct CsvSheet {
    pub header: Vec<String>,
    pub rows: Vec<(u64, csv::StringRecord)>,
}

pub(crate) fn read_csv(text: &str, source: &str) -> Result<CsvSheet> {
    let first_line = text.lines().next().unwrap_or("");
    let delimiter = if !first_line.contains(',') && first_line.contains(';') { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(delimiter).from_reader(text.as_bytes());
    let mut header: Option<Vec<String>> = None;
    let mut rows = Vec::new();
    // Line numbers from byte offsets: a quoted cell may hold line breaks, so a record's line is
    // where it starts.
    let (mut counted_to, mut line) = (0usize, 1u64);
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| p.line()).unwrap_or(0);
            Error::invalid(crate::said!("csv-malformed", source = source, line = line, error = e.to_string()))
        })?;
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        let mut start = record.position().map(|p| p.byte() as usize).unwrap_or(counted_to).min(text.len());
        // The reader puts a record's start on the line break before it (after a CR).
        while matches!(text.as_bytes().get(start), Some(b'\r' | b'\n')) {
            start += 1;
        }
        if start > counted_to {
            line += text.as_bytes()[counted_to..start].iter().filter(|b| **b == b'\n').count() as u64;
            counted_to = start;
        }
        match header {
            None => header = Some(record.iter().map(|f| f.trim().to_string()).collect()),
            Some(_) => rows.push((line, record)),
        }
    }
    let header = header.ok_or_else(|| Error::invalid(crate::said!("csv-empty", source = source)))?;
    Ok(CsvSheet { header, rows })
}

/// Header names compared the way a person reads them: case, spaces and underscores ignored.
pub(crate) fn header_key(h: &str) -> String {
    h.chars()
        .filter(|c| c.is_alphanumeric() || *c == '[' || *c == ']' || *c == '-')
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_crlf_and_semicolons_are_read() {
        let data = b"\xEF\xBB\xBFUsername;Type\r\na@b.c;USER\r\n;\r\n\r\n";
        let text = csv_text(data, "f.csv").unwrap_or_else(|e| panic!("{e}"));
        let sheet = read_csv(text, "f.csv").unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(sheet.header, vec!["Username", "Type"]);
        assert_eq!(sheet.rows.len(), 1);
        assert_eq!(sheet.rows[0].0, 2);
    }

    #[test]
    fn other_encodings_say_to_save_as_utf8() {
        let utf16: Vec<u8> =
            [0xFF, 0xFE].into_iter().chain("Username".encode_utf16().flat_map(|u| u.to_le_bytes())).collect();
        let latin1 = b"Username,Type\nren\xe9@b.c,USER\n";
        for data in [&utf16[..], &latin1[..]] {
            let e = csv_text(data, "f.csv").err().unwrap_or_else(|| panic!("accepted"));
            assert!(e.to_string().contains("UTF-8 CSV"), "{e}");
        }
    }

    #[test]
    fn what_a_letter_could_not_print_reads_in_english_as_before_and_is_said_in_the_language() {
        use crate::i18n::{Lang, Tr};
        let one = not_printed(&['王']);
        assert_eq!(
            one.as_str(),
            "U+738B could not be printed (shown as \u{FFFD}): no font on this machine has it; for Chinese, Japanese or \
             Korean install a TrueType CJK font (Debian: fonts-wqy-microhei or fonts-droid-fallback) and make the \
             letter again."
        );
        let three = not_printed(&['小', '明', '王']);
        assert!(three.starts_with("U+5C0F, U+660E, U+738B could not be printed") && three.contains("has them;"));
        let shaped = not_printed(&['\u{0627}']);
        assert_eq!(
            shaped.as_str(),
            "U+0627 could not be printed (shown as \u{FFFD}): wxgo does not print scripts whose letters join or change \
             shape (Arabic, the Indic scripts, Thai, ...): write the name on the letter by hand."
        );
        let de = Tr::new(Lang::De);
        assert!(de
            .text(&three)
            .starts_with("Nicht druckbar (als \u{FFFD} gezeigt): U+5C0F, U+660E, U+738B: keine Schrift"));
        assert!(de.text(&one).contains("enthält es;") && de.text(&three).contains("enthält sie;"));
        let note = crate::said!(
            "note-and-more",
            note = crate::said!("letter-note-print-failed", command = "`lp`", error = "x"),
            more = one
        );
        assert!(note.starts_with("Printing with `lp` failed: x U+738B could not be printed"), "{note}");
        assert!(Tr::new(Lang::Uk).text(&note).starts_with("Не вдалося надрукувати командою `lp`: x Не вдалося"));
    }
}
