//! Webex Go devices: add, new code, lost/stolen, delete and the import.

mod delete_webex;
mod import_webex;
mod webex;
