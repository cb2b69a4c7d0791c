//! The console's settings in `$XDG_CONFIG_HOME/wxgo/`: `config.toml` and `keymap.toml`.

use std::path::{Path, PathBuf};

use crate::domain::{Error, Result};
use crate::outside::clipboard::Mode;

/// The config folder (`$XDG_CONFIG_HOME/wxgo` on Linux), if the platform has one.
pub fn config_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "wxgo").map(|d| d.config_dir().to_path_buf())
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    pub clipboard: Option<Mode>,
    /// `lang = "de"`: the language (checked when it is chosen, `i18n::choose`).
    pub lang: Option<String>,
}

impl Config {
    /// Parses `config.toml`. Settings the console does not use are left for the other parts
    /// of wxgo that read the same file.
    pub fn from_toml(text: &str, file: &Path) -> Result<Self> {
        let shown = file.display();
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| Error::Invalid(format!("{shown} is not valid TOML: {}", e.message())))?;
        let clipboard = match table.get("clipboard") {
            None => None,
            Some(toml::Value::String(s)) => {
                Some(Mode::parse(s).map_err(|e| Error::Invalid(format!("{shown}: clipboard: {e}")))?)
            }
            Some(_) => {
                return Err(Error::Invalid(format!(
                    "{shown}: clipboard takes a word in quotes: \"auto\", \"native\", \"osc52\", \"tmux\" or \"off\""
                )))
            }
        };
        let lang = match table.get("lang") {
            None => None,
            Some(toml::Value::String(s)) => Some(s.clone()),
            Some(_) => {
                return Err(Error::Invalid(format!(
                    "{shown}: lang takes a code in quotes: \"en\", \"de\", \"da\", \"uk\" or \"he\""
                )))
            }
        };
        Ok(Config { clipboard, lang })
    }

    /// Reads `file`; a missing file means the defaults.
    pub fn load(file: &Path) -> Result<Self> {
        match std::fs::read_to_string(file) {
            Ok(text) => Self::from_toml(&text, file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => Err(Error::Io(format!("cannot read the config {}: {e}", file.display()))),
        }
    }
}
