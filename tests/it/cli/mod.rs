//! The command line: the real `wxgo` binary, its output and exit codes.

pub mod advice;
mod completions;
mod confirmations;
mod delivery;
mod languages;
mod languages_errors;
mod languages_files_and_notes;
mod languages_reasons;
mod licences;
mod lifecycle;
mod tables;
