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

/// Non-ASCII subjects are encoded as RFC 2047 UTF-8 base64 words.
fn encode_header(v: &str) -> String {
    use base64::Engine;
    if v.is_ascii() {
        v.to_string()
    } else {
        format!("=?utf-8?B?{}?=", base64::engine::general_purpose::STANDARD.encode(v))
    }
}

pub trait Mailer: Send {
    /// Sends (or queues) the message; returns where it went, in words for the admin.
    fn send(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<String>;
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
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(&self.dir)
            .map_err(|e| Error::Io(format!("cannot create the outbox {}: {e}", self.dir.display())))?;
        let stamp = now.format("%Y%m%dT%H%M%SZ");
        for n in 0..1000 {
            let name = format!("{stamp}-{}-{n}.eml", msg.tag);
            let path = self.dir.join(&name);
            let id = format!("{stamp}.{}.{n}@wxgo", msg.tag);
            let text = msg.to_rfc5322(&self.from, now, &id);
            match create_new_private(&path, text.as_bytes()) {
                Ok(()) => return Ok(path),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(Error::Io(format!("cannot write to the outbox {}: {e}", self.dir.display()))),
            }
        }
        Err(Error::Io(format!("the outbox {} has too many messages for one second", self.dir.display())))
    }
}

impl Mailer for Outbox {
    fn send(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<String> {
        self.queue(msg, now).map(|path| format!("queued in the outbox as {}", path.display()))
    }
}

fn create_new_private(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)?;
    f.write_all(contents)?;
    f.sync_all()
}
