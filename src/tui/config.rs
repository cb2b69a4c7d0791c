//! The console's settings in `$XDG_CONFIG_HOME/wxgo/`: `config.toml` and `keymap.toml`.

use std::path::{Path, PathBuf};

use crate::domain::{Error, Result};
use crate::i18n::Tr;
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
        Self::from_toml_in(text, file, &Tr::default())
    }

    /// As [`Config::from_toml`], what is wrong said in the language of `tr`.
    pub fn from_toml_in(text: &str, file: &Path, tr: &Tr) -> Result<Self> {
        let path = file.display().to_string();
        let shown = path.as_str();
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            Error::invalid(tr!(tr, "keymap-not-toml", file = shown, error = e.message()))
        })?;
        let clipboard = match table.get("clipboard") {
            None => None,
            Some(toml::Value::String(s)) => Some(Mode::parse_at(s, Some(&format!("{shown}: clipboard")))?),
            Some(_) => return Err(Error::invalid(tr!(tr, "config-clipboard-word", file = shown))),
        };
        let lang = match table.get("lang") {
            None => None,
            Some(toml::Value::String(s)) => Some(s.clone()),
            Some(_) => return Err(Error::invalid(tr!(tr, "config-lang-code", file = shown))),
        };
        Ok(Config { clipboard, lang })
    }

    /// Reads `file`; a missing file means the defaults.
    pub fn load(file: &Path) -> Result<Self> {
        Self::load_in(file, &Tr::default())
    }

    /// As [`Config::load`], what is wrong said in the language of `tr`.
    pub fn load_in(file: &Path, tr: &Tr) -> Result<Self> {
        match std::fs::read_to_string(file) {
            Ok(text) => Self::from_toml_in(&text, file, tr),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Config::default()),
            Err(e) => {
                let (file, error) = (file.display().to_string(), e.to_string());
                Err(Error::io(tr!(tr, "config-cannot-read", file = &file, error = &error)))
            }
        }
    }
}
