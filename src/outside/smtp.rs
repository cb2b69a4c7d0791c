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
use crate::domain::error::Text;
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
        let from: Mailbox = self.config.from.parse().map_err(|e: lettre::address::AddressError| {
            Error::invalid(crate::said!("smtp-from-invalid", from = &self.config.from, error = e.to_string()))
        })?;
        let to_address: Address = for_header(&msg.to).parse().map_err(|e: lettre::address::AddressError| {
            Error::invalid(crate::said!("mail-to-invalid", to = &msg.to, error = e.to_string()))
        })?;
        // Names come from outside: one line, so no header is ever injected (and lettre never fails).
        let to = Mailbox::new(Some(for_header(&msg.to_name)).filter(|n| !n.is_empty()), to_address);
        let email = Message::builder()
            .from(from)
            .to(to)
            .subject(for_header(&msg.subject))
            .date(std::time::SystemTime::from(now))
            .header(ContentType::TEXT_PLAIN)
            .body(msg.body.clone())
            .map_err(|e| Error::invalid(crate::said!("mail-cannot-build", error = e.to_string())))?;
        self.transport.send(&email).map(|_| ()).map_err(|e| Error::io(smtp_error(&self.config, &e)))
    }
}

impl Mailer for SmtpMailer {
    fn send(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<Text> {
        match self.send_now(msg, now) {
            Ok(()) => Ok(crate::said!("mail-sent-smtp", server = self.config.server())),
            Err(e) => match self.outbox.queue(msg, now) {
                Ok(path) => Err(Error::io(crate::said!(
                    "mail-queued-retry",
                    error = text_of(&e),
                    path = path.display().to_string(),
                    retry = RETRY
                ))),
                Err(q) => Err(Error::io(crate::said!("mail-not-queued", error = text_of(&e), queue = text_of(&q)))),
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
    fn send(&self, msg: &MailMessage, now: DateTime<Utc>) -> Result<Text> {
        let path = self.outbox.queue(msg, now)?;
        Err(Error::io(crate::said!(
            "mail-queue-only",
            reason = &self.reason,
            path = path.display().to_string(),
            retry = RETRY
        )))
    }
}

fn transport(cfg: &SmtpConfig) -> Result<SmtpTransport> {
    let tls_params = || {
        TlsParameters::new(cfg.host.clone())
            .map_err(|e| Error::invalid(crate::said!("smtp-tls-setup", server = cfg.server(), error = e.to_string())))
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

/// What became of a message the SMTP server did not take, the server's own words kept as it
/// gave them (made one safe line).
fn smtp_error(cfg: &SmtpConfig, e: &lettre::transport::smtp::Error) -> Text {
    let (server, error) = (cfg.server(), crate::outside::webex::error::one_line(&e.to_string(), 600));
    if e.is_permanent() {
        crate::said!("smtp-refused", server = server, error = error)
    } else if e.is_timeout() {
        crate::said!("smtp-timeout", server = server, error = error)
    } else if e.is_tls() {
        crate::said!("smtp-tls-failed", server = server, error = error)
    } else {
        crate::said!("smtp-failed", server = server, error = error)
    }
}

/// Why a queued message was not sent, as [`RetryReport::failed`] holds it (English, as `--json`
/// shows it), said in the language where it is shown: read back into its message (the server's
/// words as they are), else as it is.
pub fn failure_said(why: &str) -> Text {
    const WHY: [&str; 5] =
        ["smtp-refused", "smtp-timeout", "smtp-tls-failed", "smtp-failed", "mail-envelope-unreadable"];
    crate::i18n::recognise(why, &WHY, &[]).unwrap_or_else(|| why.into())
}

/// The command that sends the outbox's queue.
const RETRY: &str = "`wxgo mail retry`";

/// An error's message, to be said inside another (said in the language where it has an id).
fn text_of(e: &Error) -> Text {
    e.said()
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
        Err(e) => {
            return Err(Error::io(crate::said!(
                "outbox-cannot-read",
                path = dir.display().to_string(),
                error = e.to_string()
            )))
        }
    };
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "eml"))
        .collect();
    paths.sort();
    let mut out = Vec::with_capacity(paths.len());
    for p in paths {
        let text = std::fs::read_to_string(&p).map_err(|e| {
            Error::io(crate::said!("file-cannot-read", path = p.display().to_string(), error = e.to_string()))
        })?;
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
            report.failed.push((item, crate::said!("mail-envelope-unreadable").into()));
            continue;
        };
        match transport.send_raw(&envelope, text.as_bytes()) {
            Ok(_) => {
                move_to(&path, &sent_dir)?;
                report.sent.push(item);
            }
            Err(e) if e.is_permanent() => report.failed.push((item, smtp_error(cfg, &e).as_str().to_string())),
            Err(e) => {
                report.failed.push((item, smtp_error(cfg, &e).as_str().to_string()));
                report.not_tried = total - i - 1;
                break;
            }
        }
    }
    Ok(report)
}

fn move_to(path: &Path, sent_dir: &Path) -> Result<()> {
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new().recursive(true).mode(0o700).create(sent_dir).map_err(|e| {
        Error::io(crate::said!("dir-cannot-create", path = sent_dir.display().to_string(), error = e.to_string()))
    })?;
    let name = path.file_name().unwrap_or_default();
    let target = sent_dir.join(name);
    std::fs::rename(path, &target).map_err(|e| {
        Error::io(crate::said!(
            "mail-sent-not-moved",
            path = path.display().to_string(),
            target = target.display().to_string(),
            error = e.to_string()
        ))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A code's mail to Ana, as the tests send and queue it.
    fn ana() -> MailMessage {
        MailMessage {
            to: "ana@example.com".into(),
            to_name: "Ana Ruiz".into(),
            subject: "Your Webex Go activation code".into(),
            body: "Hello".into(),
            tag: "go-1-activation".into(),
            code_hash: None,
        }
    }

    #[test]
    fn reads_the_headers_of_a_queued_message() {
        let msg = ana();
        let text = msg.to_rfc5322("Webex Go <no-reply@wxgo.invalid>", Utc::now(), "x@wxgo");
        let q = describe(Path::new("a.eml"), &text);
        assert_eq!(q.to, "ana@example.com");
        assert_eq!(q.subject, "Your Webex Go activation code");
        assert_eq!(header(&text, "From").map(address_of), Some("no-reply@wxgo.invalid"));
    }

    #[test]
    fn a_refusal_is_said_in_the_language_with_the_server_s_words_kept_and_the_message_queued() {
        use crate::i18n::{Lang, Tr};
        use std::io::{BufRead, BufReader, Write};
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap_or_else(|e| panic!("{e}"));
        let port = listener.local_addr().map(|a| a.port()).unwrap_or_else(|e| panic!("{e}"));
        std::thread::spawn(move || {
            let Ok((stream, _)) = listener.accept() else { return };
            let Ok(mut out) = stream.try_clone() else { return };
            let _ = out.write_all(b"220 relay.example ESMTP\r\n");
            for line in BufReader::new(stream).lines() {
                let Ok(line) = line else { return };
                let answer: &[u8] = match line.get(..4).map(str::to_ascii_uppercase).as_deref() {
                    Some("EHLO") | Some("HELO") => b"250 relay.example\r\n",
                    Some("RCPT") => b"550 5.1.1 <ana@example.com>: Recipient address rejected\r\n",
                    Some("QUIT") => b"221 Bye\r\n",
                    _ => b"250 Ok\r\n",
                };
                if out.write_all(answer).is_err() {
                    return;
                }
            }
        });
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let outbox = dir.path().join("outbox");
        let cfg = SmtpConfig {
            host: "127.0.0.1".into(),
            port,
            tls: SmtpTls::None,
            user: None,
            password: None,
            from: "Webex Go <no-reply@example.com>".into(),
        };
        let mailer = SmtpMailer::new(cfg, &outbox).unwrap_or_else(|e| panic!("{e}"));
        let msg = ana();
        let e = mailer.send(&msg, Utc::now()).err().unwrap_or_else(|| panic!("the refusal was not seen"));
        let en = e.to_string();
        assert!(en.starts_with(&format!("the SMTP server 127.0.0.1:{port} refused the message (")), "{en}");
        assert!(en.contains("Recipient address rejected") && en.contains("; queued in the outbox as "), "{en}");
        assert!(en.ends_with(": send it later with `wxgo mail retry`"), "{en}");
        let de = Tr::new(Lang::De).error(&e);
        assert!(de.starts_with(&format!("Der SMTP-Server 127.0.0.1:{port} hat die Nachricht abgelehnt (")), "{de}");
        // The server's words as it gave them, the file and the command as they are.
        assert!(de.contains("<ana@example.com>: Recipient address rejected"), "{de}");
        assert!(de.contains(&format!("im Postausgang abgelegt als {}", outbox.display())), "{de}");
        assert!(de.ends_with("Senden Sie sie später mit `wxgo mail retry`") && !de.contains("queued"), "{de}");
        assert_eq!(queued(&outbox).map(|q| q.len()), Ok(1));
    }
}
