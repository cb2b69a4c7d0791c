//! Mail over SMTP (lettre, rustls: no OpenSSL needed). A message that cannot be sent is queued
//! in the outbox folder instead, so nothing is lost: `wxgo mail retry` sends the queue later and
//! moves what went out to `outbox/sent/`.

use std::path::{Path, PathBuf};
use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::address::{Address, Envelope};
use lettre::message::header::ContentType;
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use serde::Serialize;

use super::config::{SmtpConfig, SmtpTls};
use super::mail::{MailMessage, Mailer, Outbox, CODE_HEADER};
use crate::domain::text::for_header;
use crate::domain::{Error, Result};

/// How long one step of talking to the server may take before the message is queued instead.
const TIMEOUT: Duration = Duration::from_secs(15);

/// Sends by SMTP; queues in the outbox when the server does not take the message.
pub struct SmtpMailer {
    config: SmtpConfig,
    transport: SmtpTransport,
    outbox: Outbox,
}

impl SmtpMailer {
    pub fn new(config: SmtpConfig, outbox_dir: impl Into<PathBuf>) -> Result<Self> {
        let transport = transport(&config)?;
        let mut outbox = Outbox::new(outbox_dir);
        outbox.from = config.from.clone();
        Ok(SmtpMailer { config, transport, outbox })
    }

    pub fn config(&self) -> &SmtpConfig {
        &self.config
    }

    fn send_now(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<()> {
        let from: Mailbox = self.config.from.parse().map_err(|e| {
            Error::invalid(format!(
                "the sender \"{}\" is not an email address ({e}); set from = \"Name <address>\" in [smtp]",
                self.config.from
            ))
        })?;
        let to_address: Address = for_header(&msg.to)
            .parse()
            .map_err(|e| Error::invalid(format!("\"{}\" is not an email address ({e})", msg.to)))?;
        // Names come from outside: one line, so no header is ever injected (and lettre never fails).
        let to = Mailbox::new(Some(for_header(&msg.to_name)).filter(|n| !n.is_empty()), to_address);
        let email = Message::builder()
            .from(from)
            .to(to)
            .subject(for_header(&msg.subject))
            .date(std::time::SystemTime::from(now))
            .header(ContentType::TEXT_PLAIN)
            .body(msg.body.clone())
            .map_err(|e| Error::invalid(format!("cannot build the message: {e}")))?;
        self.transport.send(&email).map(|_| ()).map_err(|e| Error::io(smtp_error(&self.config, &e)))
    }
}

impl Mailer for SmtpMailer {
    fn send(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<String> {
        match self.send_now(msg, now) {
            Ok(()) => Ok(format!("sent by SMTP through {}", self.config.server())),
            Err(e) => match self.outbox.send(msg, now) {
                Ok(queued) => Err(Error::io(format!("{e}; {queued}: send it later with `wxgo mail retry`"))),
                Err(q) => Err(Error::io(format!("{e}; and it could not be queued: {q}"))),
            },
        }
    }
}

/// Used when the config file cannot be read: every message is queued, and the admin is told why.
pub struct QueueOnly {
    pub outbox: Outbox,
    pub reason: String,
}

impl Mailer for QueueOnly {
    fn send(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<String> {
        let queued = self.outbox.send(msg, now)?;
        Err(Error::io(format!("not sent: {}; {queued}: fix the settings, then `wxgo mail retry`", self.reason)))
    }
}

fn transport(cfg: &SmtpConfig) -> Result<SmtpTransport> {
    let tls_params = || {
        TlsParameters::new(cfg.host.clone())
            .map_err(|e| Error::invalid(format!("cannot set up TLS for {}: {e}", cfg.server())))
    };
    let tls = match cfg.tls {
        SmtpTls::None => Tls::None,
        SmtpTls::StartTls => Tls::Required(tls_params()?),
        SmtpTls::Wrapper => Tls::Wrapper(tls_params()?),
    };
    let mut builder = SmtpTransport::builder_dangerous(cfg.host.clone()).port(cfg.port).tls(tls).timeout(Some(TIMEOUT));
    if let Some(user) = &cfg.user {
        builder = builder.credentials(Credentials::new(user.clone(), cfg.password.clone().unwrap_or_default()));
    }
    Ok(builder.build())
}

fn smtp_error(cfg: &SmtpConfig, e: &lettre::transport::smtp::Error) -> String {
    if e.is_permanent() {
        format!("the SMTP server {} refused the message ({e})", cfg.server())
    } else if e.is_timeout() {
        format!("the SMTP server {} did not answer in time ({e})", cfg.server())
    } else if e.is_tls() {
        format!("TLS with the SMTP server {} failed ({e})", cfg.server())
    } else {
        format!("cannot send through the SMTP server {} ({e})", cfg.server())
    }
}

// ---------------------------------------------------------------- the queue

/// A message waiting in the outbox.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct QueuedMail {
    pub file: String,
    pub to: String,
    pub subject: String,
    pub date: String,
}

/// What `wxgo mail retry` did.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct RetryReport {
    pub server: String,
    pub sent: Vec<QueuedMail>,
    pub failed: Vec<(QueuedMail, String)>,
    /// Still queued and not tried, because the server could not be reached.
    pub not_tried: usize,
    /// Not sent because the activation code they hold no longer works (a newer code, used,
    /// expired, or never saved because wxgo stopped before the save): moved to `stale/`.
    pub stale: Vec<QueuedMail>,
}

/// Which queued messages to send, and how to tell whether a message's code still works (by
/// the hash in its `X-Wxgo-Code` header; messages without one always go).
pub struct RetryScope<'a> {
    /// Only these files (a bulk import sending what it queued); `None`: the whole queue.
    pub only: Option<&'a [PathBuf]>,
    pub code_works: &'a dyn Fn(&str) -> bool,
}

/// The messages queued in the outbox, oldest first (file names start with the time).
pub fn queued(dir: &Path) -> Result<Vec<QueuedMail>> {
    Ok(queued_files(dir)?.into_iter().map(|(path, text)| describe(&path, &text)).collect())
}

fn queued_files(dir: &Path) -> Result<Vec<(PathBuf, String)>> {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(Error::io(format!("cannot read the outbox {}: {e}", dir.display()))),
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "eml"))
        .collect();
    paths.sort();
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|e| Error::io(format!("cannot read {}: {e}", p.display())))?;
        out.push((p, text));
    }
    Ok(out)
}

fn header<'a>(text: &'a str, name: &str) -> Option<&'a str> {
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        if line.is_empty() {
            break;
        }
        if let Some((k, v)) = line.split_once(':') {
            if k.trim().eq_ignore_ascii_case(name) {
                return Some(v.trim());
            }
        }
    }
    None
}

/// `"Name" <a@b.c>` or `a@b.c` -> `a@b.c`.
fn address_of(v: &str) -> &str {
    match (v.rfind('<'), v.rfind('>')) {
        (Some(a), Some(b)) if a < b => &v[a + 1..b],
        _ => v.trim(),
    }
}

fn describe(path: &Path, text: &str) -> QueuedMail {
    QueuedMail {
        file: path.display().to_string(),
        to: header(text, "To").map(address_of).unwrap_or("?").to_string(),
        subject: super::mail::decode_header(header(text, "Subject").unwrap_or("")),
        date: header(text, "Date").unwrap_or("").to_string(),
    }
}

/// Sends every queued message; each one sent moves to `sent/` beside them. Stops trying when
/// the server cannot be reached (the rest stay queued); a message the server refuses stays
/// queued with the reason, and the others still go.
pub fn retry(cfg: &SmtpConfig, dir: &Path, scope: &RetryScope<'_>) -> Result<RetryReport> {
    let transport = transport(cfg)?;
    let sent_dir = dir.join("sent");
    let mut files = queued_files(dir)?;
    if let Some(only) = scope.only {
        files.retain(|(p, _)| only.contains(p));
    }
    let mut report = RetryReport { server: cfg.server(), ..Default::default() };
    let total = files.len();
    for (i, (path, text)) in files.into_iter().enumerate() {
        let item = describe(&path, &text);
        if let Some(hash) = header(&text, CODE_HEADER).and_then(|v| v.strip_prefix("sha256:")) {
            if !(scope.code_works)(hash) {
                move_to(&path, &dir.join("stale"))?;
                report.stale.push(item);
                continue;
            }
        }
        let envelope = header(&text, "From")
            .map(address_of)
            .or(Some(address_of(&cfg.from)))
            .and_then(|f| f.parse::<Address>().ok())
            .zip(item.to.parse::<Address>().ok())
            .and_then(|(from, to)| Envelope::new(Some(from), vec![to]).ok());
        let Some(envelope) = envelope else {
            report.failed.push((item, "the From or To address cannot be read".into()));
            continue;
        };
        match transport.send_raw(&envelope, text.as_bytes()) {
            Ok(_) => {
                move_to(&path, &sent_dir)?;
                report.sent.push(item);
            }
            Err(e) if e.is_permanent() => report.failed.push((item, smtp_error(cfg, &e))),
            Err(e) => {
                report.failed.push((item, smtp_error(cfg, &e)));
                report.not_tried = total - i - 1;
                break;
            }
        }
    }
    Ok(report)
}

fn move_to(path: &Path, sent_dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(sent_dir)
        .map_err(|e| Error::io(format!("cannot create {}: {e}", sent_dir.display())))?;
    let name = path.file_name().unwrap_or_default();
    let target = sent_dir.join(name);
    std::fs::rename(path, &target).map_err(|e| {
        Error::io(format!(
            "sent {}, but cannot move it to {}: {e} (move it by hand so it is not sent twice)",
            path.display(),
            target.display()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_headers_of_a_queued_message() {
        let msg = MailMessage {
            to: "ana@example.com".into(),
            to_name: "Ana Ruiz".into(),
            subject: "Your Webex Go activation code".into(),
            body: "Hello".into(),
            tag: "go-1-activation".into(),
            code_hash: None,
        };
        let text = msg.to_rfc5322("Webex Go <no-reply@wxgo.invalid>", Utc::now(), "x@wxgo");
        let q = describe(Path::new("a.eml"), &text);
        assert_eq!(q.to, "ana@example.com");
        assert_eq!(q.subject, "Your Webex Go activation code");
        assert_eq!(header(&text, "From").map(address_of), Some("no-reply@wxgo.invalid"));
    }
}
