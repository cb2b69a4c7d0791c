//! The world the product talks to, each behind a trait with a local default.

pub mod actor;
pub mod clipboard;
pub mod clock;
pub mod config;
pub mod directory;
pub mod files;
pub mod fonts;
pub mod letter;
pub mod mail;
pub mod profiles;
pub mod smtp;
pub mod text_letter;
pub mod typeset;
pub mod webex;

pub use actor::Actor;
pub use clock::{Clock, FixedClock, SystemClock};
pub use mail::{MailMessage, Mailer, Outbox};

pub use files::{create_private_dir, write_private, PrivateFile, Replaced};

/// A test hook: when `WXGO_TEST_CRASH_AT` names this point, the process dies on the spot, as
/// under `kill -9` (no destructor, no rollback, no flush), so tests can prove what survives a
/// crash at every step of an action. Unset (always, outside tests), it does nothing.
pub fn crash_point(name: &str) {
    static AT: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    if AT.get_or_init(|| std::env::var("WXGO_TEST_CRASH_AT").ok()).as_deref() == Some(name) {
        std::process::abort();
    }
}
