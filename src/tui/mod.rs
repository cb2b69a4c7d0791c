//! The ratatui console.
//! (Placeholder entry point with the agreed signature; the console replaces it.)

pub struct Launch {
    pub options: crate::service::Options,
    pub clock: std::sync::Arc<dyn crate::outside::Clock>,
    pub clipboard: Option<String>,
    pub keymap: Option<std::path::PathBuf>,
}

pub fn run(launch: Launch) -> Result<(), crate::domain::Error> {
    let _ = launch;
    Err(crate::domain::Error::Invalid(
        "the console is not built yet; use the subcommands (wxgo --help)".into(),
    ))
}
