//! The real binary end to end: in a pseudo-terminal and in tmux, waiting for the screen.

mod pty;
mod tmux;
mod tmux_webex;
