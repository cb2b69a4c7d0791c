//! The integration tests: one binary, its modules by resource (devices, people, numbers,
//! licences, broadworks, sync), by front end (cli, console, e2e: the real binary in a pty and
//! in tmux) and by concern (rules: the rule tests, named after their rule ids; safety; the
//! Webex client; why: the report that joins one person's facts, on all three). The shared
//! helpers are modules of this binary: `common` (a purpose-built organisation for the
//! service-level tests), `fake_webex` (the stateful fake Webex API and
//! Prism in front of it, started once for the whole binary), `tui_support` (the console's
//! harness, goldens, pty and tmux) and `delivery_support` (a real SMTP server, QR codes read
//! back from a PDF).
//!
//! The tests run as threads of one process: none changes process-wide state (environment,
//! current folder, umask, signal handlers); what a child process needs is passed to it. The one
//! test that must set the environment, the HTTP proxy's, is a binary of its own
//! (tests/webex_proxy.rs).
//!
//! `cargo test --test it devices::` runs one module; `cargo test --test it wg05` one rule.

mod backends;
mod common;
mod delivery_support;
mod fake_webex;
mod tui_support;

mod broadworks;
mod cli;
mod console;
mod delivery;
mod devices;
mod e2e;
mod letter;
mod licences;
mod list_index;
mod numbers;
mod people;
mod rules;
mod safety;
mod sync;
mod webex_client;
mod why;
