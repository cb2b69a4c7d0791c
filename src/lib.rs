//! wxgo: a terminal console for Webex Calling administrators.
#![forbid(unsafe_code)]

pub mod cli;
pub mod domain;
#[doc(hidden)]
pub mod fuzzing;
pub mod i18n;
pub mod outside;
pub mod service;
pub(crate) mod store;
#[doc(hidden)]
pub mod testing;
pub mod tui;
