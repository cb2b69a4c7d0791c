//! The world the product talks to, each behind a trait with a local default.

pub mod actor;
pub mod clipboard;
pub mod clock;
pub mod config;
pub mod directory;
pub mod files;
pub mod letter;
pub mod mail;
pub mod smtp;
pub mod text_letter;

pub use actor::Actor;
pub use clock::{Clock, FixedClock, SystemClock};
pub use mail::{MailMessage, Mailer, Outbox};

pub use files::{create_private_dir, write_private, PrivateFile, Replaced};
