//! What surrounds the features: databases that are not ours, untrusted text, crashes,
//! concurrent processes, code guessing, read-only and busy databases, fuzz regressions.

mod code_guessing;
mod concurrency;
mod crash;
mod database;
mod fuzz_regressions;
mod service;
mod untrusted;
