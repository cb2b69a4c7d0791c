//! People: updating a user's work number, extension and location.

mod webex;
