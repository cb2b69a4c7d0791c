//! BroadWorks subscribers.

mod webex;
