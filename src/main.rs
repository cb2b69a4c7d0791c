#![forbid(unsafe_code)]

fn main() {
    // A TAB in a shell that loaded `wxgo completions SHELL`: answer it and end.
    wxgo::cli::completions::complete_if_asked();
    // Help and usage errors are said in the admin's language (`cli::help`).
    let cli = wxgo::cli::parse();
    std::process::exit(wxgo::cli::main(cli));
}
