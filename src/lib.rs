//! wxgo: a terminal console for Webex Calling administrators.
#![forbid(unsafe_code)]

pub mod cli;
pub mod domain;
#[doc(hidden)]
pub mod fuzzing;
pub mod outside;
pub mod service;
pub mod store;
pub mod tui;
