//! Mail: the activation email as an RFC 5322 message. The local default writes it to an
//! outbox folder, where a mail relay (or a person) picks it up.

use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};

use crate::domain::text::for_header;
use crate::domain::{Error, Result};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailMessage {
    pub to: String,
    pub to_name: String,
    pub subject: String,
    pub body: String,
    /// A short tag for the file name: what the message is about (e.g. `go-12-activation`).
    pub tag: String,
    /// The SHA-256 of the activation code the message holds (as the database keeps it), in an
    /// `X-Wxgo-Code` header: before a queued message is sent, its code is checked to still
    /// work, so a message left by a crash or made stale by a newer code is never sent.
    pub code_hash: Option<String>,
}

/// The header that names the code a queued message holds.
pub const CODE_HEADER: &str = "X-Wxgo-Code";

impl MailMessage {
    /// RFC 5322 text: CRLF line endings, UTF-8 body declared as such.
    pub fn to_rfc5322(&self, from: &str, date: DateTime<Utc>, message_id: &str) -> String {
        let mut out = String::new();
        // Names and addresses come from outside: one line each, so no header is ever injected.
        let (to_addr, to_name) = (for_header(&self.to), for_header(&self.to_name));
        let to = if to_name.is_empty() {
            to_addr
        } else {
            format!("\"{}\" <{}>", encode_header(&to_name.replace(['"', '\\'], "'")), to_addr)
        };
        for (k, v) in [
            ("From", from.to_string()),
            ("To", to),
            ("Subject", encode_header(&for_header(&self.subject))),
            ("Date", date.to_rfc2822()),
            ("Message-ID", format!("<{message_id}>")),
            ("MIME-Version", "1.0".into()),
            ("Content-Type", "text/plain; charset=utf-8".into()),
            ("Content-Transfer-Encoding", "8bit".into()),
        ] {
            out.push_str(&format!("{k}: {v}\r\n"));
        }
        if let Some(hash) = &self.code_hash {
            out.push_str(&format!("{CODE_HEADER}: sha256:{hash}\r\n"));
        }
        out.push_str("\r\n");
        for line in self.body.lines() {
            out.push_str(line);
            out.push_str("\r\n");
        }
        out
    }
}

/// A header value that is not plain ASCII as RFC 2047 UTF-8 base64 encoded words, each at
/// most 75 characters long (the RFC's limit) and cut between characters, separated by a space
/// (which a reader drops between encoded words). `v` is one line already (`for_header`).
fn encode_header(v: &str) -> String {
    use base64::Engine;
    if v.is_ascii() {
        return v.to_string();
    }
    // "=?utf-8?B?" and "?=" take 12 of the 75 characters: 63 are left, 45 bytes in base64.
    const BYTES: usize = 45;
    let mut words = Vec::new();
    let mut chunk = String::new();
    for c in v.chars() {
        if chunk.len() + c.len_utf8() > BYTES {
            words.push(std::mem::take(&mut chunk));
        }
        chunk.push(c);
    }
    words.push(chunk);
    words
        .iter()
        .map(|w| format!("=?utf-8?B?{}?=", base64::engine::general_purpose::STANDARD.encode(w)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A header value as a person reads it: RFC 2047 encoded words (`=?utf-8?B?...?=`, `?Q?`)
/// decoded, the space between two encoded words dropped; what cannot be decoded is left as it
/// is. Control characters never come out (`for_header`).
pub fn decode_header(v: &str) -> String {
    use base64::Engine;
    fn word(w: &str) -> Option<String> {
        let inner = w.strip_prefix("=?")?.strip_suffix("?=")?;
        let mut parts = inner.splitn(3, '?');
        let (charset, encoding, text) = (parts.next()?, parts.next()?, parts.next()?);
        let charset = charset.split('*').next().unwrap_or_default().to_ascii_lowercase();
        if charset != "utf-8" && charset != "us-ascii" {
            return None;
        }
        let bytes = match encoding.to_ascii_uppercase().as_str() {
            "B" => base64::engine::general_purpose::STANDARD.decode(text).ok()?,
            "Q" => {
                let mut out = Vec::new();
                let mut it = text.bytes();
                while let Some(b) = it.next() {
                    match b {
                        b'_' => out.push(b' '),
                        b'=' => {
                            let hex = [it.next()?, it.next()?];
                            out.push(u8::from_str_radix(std::str::from_utf8(&hex).ok()?, 16).ok()?);
                        }
                        b => out.push(b),
                    }
                }
                out
            }
            _ => return None,
        };
        String::from_utf8(bytes).ok()
    }
    let mut out = String::new();
    let mut last_encoded = false;
    for (i, token) in v.split(' ').enumerate() {
        match word(token) {
            Some(text) => {
                if i > 0 && !last_encoded {
                    out.push(' ');
                }
                out.push_str(&text);
                last_encoded = true;
            }
            None => {
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(token);
                last_encoded = false;
            }
        }
    }
    for_header(&out)
}

pub trait Mailer: Send {
    /// Sends (or queues) the message; returns where it went, in words for the admin (said in the
    /// language where it is shown, English in `--json`).
    fn send(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<crate::domain::error::Text>;
}

/// Writes each message as a `.eml` file (mode 0600) into a folder.
#[derive(Debug, Clone)]
pub struct Outbox {
    pub dir: PathBuf,
    pub from: String,
}

impl Outbox {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Outbox { dir: dir.into(), from: "Webex Go <no-reply@wxgo.invalid>".into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }
}

impl Outbox {
    /// Writes the message into the outbox (synced to disk) and returns its file.
    pub fn queue(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<PathBuf> {
        use std::os::unix::fs::DirBuilderExt;
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(&self.dir).map_err(|e| {
            Error::io(crate::said!(
                "outbox-cannot-create",
                path = self.dir.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let stamp = now.format("%Y%m%dT%H%M%SZ");
        for n in 0..1000 {
            let name = format!("{stamp}-{}-{n}.eml", msg.tag);
            let path = self.dir.join(&name);
            let id = format!("{stamp}.{}.{n}@wxgo", msg.tag);
            let text = msg.to_rfc5322(&self.from, now, &id);
            match create_new_private(&path, text.as_bytes()) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => {
                    let path = self.dir.display().to_string();
                    return Err(Error::io(crate::said!("outbox-cannot-write", path = path, error = e.to_string())));
                }
            }
        }
        Err(Error::io(crate::said!("outbox-full", path = self.dir.display().to_string())))
    }
}

impl Mailer for Outbox {
    fn send(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<crate::domain::error::Text> {
        self.queue(msg, now).map(|path| crate::said!("mail-queued-as", path = path.display().to_string()))
    }
}

fn create_new_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(contents)?;
    f.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_non_ascii_subject_is_encoded_in_words_of_at_most_75_characters_and_decodes_back() {
        for subject in [
            "Ihr Aktivierungscode für Webex Go",
            "קוד ההפעלה שלך ל-Webex Go",
            "Ваш код активації Webex Go — дуже довга тема листа, щоб розбити її на кілька слів",
            "Plain ASCII",
        ] {
            let encoded = encode_header(subject);
            assert!(encoded.is_ascii(), "{encoded}");
            assert!(encoded.split(' ').all(|w| w.len() <= 75 || subject.is_ascii()), "{encoded}");
            assert_eq!(decode_header(&encoded), subject);
        }
        assert!(encode_header(&"ü".repeat(100)).split(' ').count() > 1);
        // Q words and text around them; a control character never comes out.
        assert_eq!(decode_header("Re: =?utf-8?Q?f=C3=BCr_dich?= ok"), "Re: für dich ok");
        assert!(!decode_header("=?utf-8?Q?a=0Db?=").contains('\r'));
    }

    #[test]
    fn a_header_never_gets_a_control_character_and_the_subject_is_encoded() {
        let msg = MailMessage {
            to: "a@b.example\r\nBcc: x@y.example".into(),
            to_name: "Åse\nØrsted".into(),
            subject: "Ihr Aktivierungscode für Webex Go\r\nX-Evil: 1".into(),
            body: "Hallo".into(),
            tag: "go-1-activation".into(),
            code_hash: None,
        };
        let text = msg.to_rfc5322("Webex Go <no-reply@wxgo.invalid>", chrono::Utc::now(), "id@wxgo");
        let head = text.split("\r\n\r\n").next().unwrap_or_default();
        assert!(head.contains("Subject: =?utf-8?B?"), "{head}");
        for line in head.split("\r\n") {
            assert!(!line.chars().any(char::is_control), "{line:?}");
            assert!(!line.starts_with("Bcc") && !line.starts_with("X-Evil"), "{head}");
        }
    }
}
