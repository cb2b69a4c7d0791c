//! The world the product talks to, each behind a trait with a local default.

pub mod actor;
pub mod clipboard;
pub mod clock;
pub mod config;
pub mod directory;
pub mod letter;
pub mod mail;
pub mod smtp;
pub mod webex;

pub use actor::Actor;
pub use clock::{Clock, FixedClock, SystemClock};
pub use mail::{MailMessage, Mailer, Outbox};

/// Writes a file readable by its owner only (codes files, outbox messages, letters).
pub fn write_private(path: &std::path::Path, contents: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    let mut f = std::fs::OpenOptions::new().write(true).create(true).truncate(true).mode(0o600).open(path)?;
    f.write_all(contents)?;
    f.sync_all()
}
