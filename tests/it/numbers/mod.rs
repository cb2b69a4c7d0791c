//! Mobile numbers and operator accounts.

mod webex;
