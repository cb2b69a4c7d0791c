//! The command line: the real `wxgo` binary, its output and exit codes.

mod delivery;
mod licences;
mod lifecycle;
