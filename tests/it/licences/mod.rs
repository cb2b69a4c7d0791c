//! Licence templates, assignment, re-apply and the directory sync.

mod webex;
