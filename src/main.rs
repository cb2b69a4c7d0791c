#![forbid(unsafe_code)]

use clap::Parser;

fn main() {
    let cli = wxgo::cli::Cli::parse();
    std::process::exit(wxgo::cli::main(cli));
}
