//! The Webex REST client against the fake: paging, retries, sign-in, faults, and every request
//! and answer checked against Webex's OpenAPI specs by Prism.

mod api;
mod auth;
mod conformance;
mod faults;
