#![forbid(unsafe_code)]

use clap::Parser;

fn main() {
    // A TAB in a shell that loaded `wxgo completions SHELL`: answer it and end.
    wxgo::cli::completions::complete_if_asked();
    let cli = wxgo::cli::Cli::parse();
    std::process::exit(wxgo::cli::main(cli));
}
