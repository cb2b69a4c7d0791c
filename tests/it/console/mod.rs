//! The console through its test harness (ratatui's TestBackend): keys, panes, golden screens,
//! messages, the QR code, read-only, and a real organisation's cache.

mod control_hub_only;
mod keys;
mod languages;
mod letter_language;
mod licences;
mod oncall;
mod panes;
mod qr;
mod random_keys;
mod read_only;
mod read_only_webex;
mod webex;
mod whole_values;
