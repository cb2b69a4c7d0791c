//! The delivery settings of `$XDG_CONFIG_HOME/wxgo/config.toml`: the `[smtp]` section and
//! `print_command`. The console reads its own settings from the same file; each part reads only
//! its own keys and leaves the rest alone.
//!
//! ```toml
//! print_command = "lp -d office"      # "" turns printing off; default: `lp` when it exists
//! [smtp]
//! host = "smtp.example.com"
//! port = 587
//! starttls = true                     # false: plain SMTP (a local relay); tls = true: port 465
//! user = "wxgo@example.com"
//! password_file = "/etc/wxgo/smtp-password"   # or the environment variable WXGO_SMTP_PASSWORD
//! from = "Webex Go <wxgo@example.com>"
//! ```
//!
//! `WXGO_SMTP_URL=smtp://HOST:PORT` (or `smtps://`, `smtp://HOST:PORT?tls=required`, with
//! `user@` before the host) overrides the `[smtp]` section; `WXGO_PRINT_COMMAND` overrides
//! `print_command`.

use std::path::{Path, PathBuf};

use crate::domain::error::Text;
use crate::domain::{Error, Result};

/// The sender when none is configured.
pub const DEFAULT_FROM: &str = "Webex Go <no-reply@wxgo.invalid>";

/// How the connection to the SMTP server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpTls {
    /// Plain SMTP: a relay on the same machine or network.
    None,
    /// Plain connection upgraded with STARTTLS, required (port 587).
    StartTls,
    /// TLS from the first byte (port 465).
    Wrapper,
}

#[derive(Clone, PartialEq, Eq)]
pub struct SmtpConfig {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    pub user: Option<String>,
    /// Never printed: `Debug` hides it.
    pub password: Option<String>,
    pub from: String,
}

impl std::fmt::Debug for SmtpConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SmtpConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("user", &self.user)
            .field("password", &self.password.as_ref().map(|_| "****"))
            .field("from", &self.from)
            .finish()
    }
}

impl SmtpConfig {
    /// `host:port`, as the admin is told where mail went.
    pub fn server(&self) -> String {
        format!("{}:{}", self.host, self.port)
    }
}

/// What the delivery side of wxgo reads from the config file and the environment.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DeliveryConfig {
    pub smtp: Option<SmtpConfig>,
    /// `None`: not set (use `lp` when it is on the PATH); `Some("")`: printing is off.
    pub print_command: Option<String>,
    /// The file the settings came from, to name in messages.
    pub file: Option<PathBuf>,
}

/// `$XDG_CONFIG_HOME/wxgo/config.toml` (or the platform's config folder).
pub fn config_file() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "wxgo").map(|d| d.config_dir().join("config.toml"))
}

impl DeliveryConfig {
    /// No SMTP server and no printing: what a service on a bare connection (tests) starts with.
    pub fn offline() -> Self {
        DeliveryConfig { smtp: None, print_command: Some(String::new()), file: None }
    }

    /// Reads the config file (a missing one means the defaults), then the environment.
    pub fn load() -> Result<Self> {
        let mut cfg = match config_file() {
            Some(file) => Self::load_file(&file)?,
            None => DeliveryConfig::default(),
        };
        cfg.apply_env(|k| std::env::var(k).ok(), |p| std::fs::read_to_string(p))?;
        Ok(cfg)
    }

    pub fn load_file(file: &Path) -> Result<Self> {
        match std::fs::read_to_string(file) {
            Ok(text) => {
                let mut cfg = Self::from_toml(&text, file, |k| std::env::var(k).ok(), |p| std::fs::read_to_string(p))?;
                cfg.file = Some(file.to_path_buf());
                Ok(cfg)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(DeliveryConfig::default()),
            Err(e) => {
                let file = file.display().to_string();
                Err(Error::io(crate::said!("config-cannot-read", file = file, error = e.to_string())))
            }
        }
    }

    /// Parses the file's text; `env` and `read` stand for the environment and the file system.
    pub fn from_toml(
        text: &str,
        file: &Path,
        env: impl Fn(&str) -> Option<String>,
        read: impl Fn(&Path) -> std::io::Result<String>,
    ) -> Result<Self> {
        let shown = file.display().to_string();
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            Error::invalid(crate::said!("config-not-toml", file = &shown, error = e.message()))
        })?;
        let print_command = match table.get("print_command") {
            None => None,
            Some(toml::Value::String(s)) => Some(s.trim().to_string()),
            Some(_) => return Err(Error::invalid(crate::said!("config-print-command", file = &shown))),
        };
        let smtp = match table.get("smtp") {
            None => None,
            Some(toml::Value::Table(t)) => Some(smtp_from_table(t, &shown, &env, &read)?),
            Some(_) => return Err(Error::invalid(crate::said!("config-smtp-section", file = &shown))),
        };
        Ok(DeliveryConfig { smtp, print_command, file: None })
    }

    /// `WXGO_SMTP_URL` overrides `[smtp]`; `WXGO_PRINT_COMMAND` overrides `print_command`.
    pub fn apply_env(
        &mut self,
        env: impl Fn(&str) -> Option<String>,
        read: impl Fn(&Path) -> std::io::Result<String>,
    ) -> Result<()> {
        if let Some(url) = env("WXGO_SMTP_URL").filter(|u| !u.trim().is_empty()) {
            let mut smtp = parse_smtp_url(&url)?;
            smtp.password = password(None, &env, &read)?;
            if let Some(from) = env("WXGO_SMTP_FROM").filter(|f| !f.trim().is_empty()) {
                smtp.from = from.trim().to_string();
            } else if let Some(old) = &self.smtp {
                smtp.from = old.from.clone();
            }
            self.smtp = Some(smtp);
        }
        if let Some(cmd) = env("WXGO_PRINT_COMMAND") {
            self.print_command = Some(cmd.trim().to_string());
        }
        Ok(())
    }
}

fn password(
    file: Option<&str>,
    env: &impl Fn(&str) -> Option<String>,
    read: &impl Fn(&Path) -> std::io::Result<String>,
) -> Result<Option<String>> {
    if let Some(p) = env("WXGO_SMTP_PASSWORD").filter(|p| !p.is_empty()) {
        return Ok(Some(p));
    }
    match file {
        Some(f) => read(Path::new(f))
            .map(|s| Some(s.trim_end_matches(['\r', '\n']).to_string()))
            .map_err(|e| Error::io(crate::said!("smtp-password-file", path = f, error = e.to_string()))),
        None => Ok(None),
    }
}

fn smtp_from_table(
    t: &toml::Table,
    shown: &str,
    env: &impl Fn(&str) -> Option<String>,
    read: &impl Fn(&Path) -> std::io::Result<String>,
) -> Result<SmtpConfig> {
    let text = |key: &str| -> Result<Option<String>> {
        match t.get(key) {
            None => Ok(None),
            Some(toml::Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(toml::Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(_) => Err(Error::invalid(crate::said!("smtp-takes-text", file = shown, key = key))),
        }
    };
    let flag = |key: &str| -> Result<Option<bool>> {
        match t.get(key) {
            None => Ok(None),
            Some(toml::Value::Boolean(b)) => Ok(Some(*b)),
            Some(_) => Err(Error::invalid(crate::said!("smtp-takes-bool", file = shown, key = key))),
        }
    };
    let host = text("host")?.ok_or_else(|| Error::invalid(crate::said!("smtp-needs-host", file = shown)))?;
    let starttls = flag("starttls")?;
    let wrapper = flag("tls")?.unwrap_or(false);
    let tls = match (wrapper, starttls) {
        (true, Some(true)) => return Err(Error::invalid(crate::said!("smtp-tls-both", file = shown))),
        (true, _) => SmtpTls::Wrapper,
        (false, Some(false)) => SmtpTls::None,
        (false, _) => SmtpTls::StartTls,
    };
    let port = match t.get("port") {
        None => match tls {
            SmtpTls::Wrapper => 465,
            SmtpTls::StartTls => 587,
            SmtpTls::None => 25,
        },
        Some(toml::Value::Integer(p)) if (1..=65535).contains(p) => *p as u16,
        Some(_) => return Err(Error::invalid(crate::said!("smtp-port", file = shown))),
    };
    let password_file = text("password_file")?;
    Ok(SmtpConfig {
        host,
        port,
        tls,
        user: text("user")?,
        password: password(password_file.as_deref(), env, read)?,
        from: text("from")?.unwrap_or_else(|| DEFAULT_FROM.to_string()),
    })
}

/// `smtp://[user@]HOST[:PORT][?tls=required]` or `smtps://[user@]HOST[:PORT]`.
pub fn parse_smtp_url(url: &str) -> Result<SmtpConfig> {
    let bad = |why: Text| Error::invalid(crate::said!("smtp-url", url = url, why = why));
    let url = url.trim();
    let (scheme, rest) = url.split_once("://").ok_or_else(|| bad(crate::said!("smtp-url-no-scheme")))?;
    let (rest, query) = match rest.split_once('?') {
        Some((r, q)) => (r, Some(q)),
        None => (rest, None),
    };
    let rest = rest.trim_end_matches('/');
    let mut tls = match scheme.to_ascii_lowercase().as_str() {
        "smtp" => SmtpTls::None,
        "smtps" => SmtpTls::Wrapper,
        _ => return Err(bad(crate::said!("smtp-url-scheme"))),
    };
    if let Some(q) = query {
        for pair in q.split('&') {
            match pair.to_ascii_lowercase().as_str() {
                "tls=required" | "starttls=true" if tls == SmtpTls::None => tls = SmtpTls::StartTls,
                "tls=none" | "" => {}
                _ => return Err(bad(crate::said!("smtp-url-option", option = pair))),
            }
        }
    }
    let (user, hostport) = match rest.rsplit_once('@') {
        Some((u, h)) => (Some(u.to_string()).filter(|u| !u.is_empty()), h),
        None => (None, rest),
    };
    if user.as_deref().is_some_and(|u| u.contains(':')) {
        return Err(bad(crate::said!("smtp-url-password")));
    }
    let (host, port) = match hostport.rsplit_once(':') {
        Some((h, p)) => {
            (h, p.parse::<u16>().ok().filter(|p| *p > 0).ok_or_else(|| bad(crate::said!("smtp-url-port")))?)
        }
        None => (
            hostport,
            match tls {
                SmtpTls::Wrapper => 465,
                SmtpTls::StartTls => 587,
                SmtpTls::None => 25,
            },
        ),
    };
    let host = host.trim_start_matches('[').trim_end_matches(']');
    if host.is_empty() {
        return Err(bad(crate::said!("smtp-url-no-host")));
    }
    Ok(SmtpConfig { host: host.to_string(), port, tls, user, password: None, from: DEFAULT_FROM.to_string() })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    fn no_file(p: &Path) -> std::io::Result<String> {
        Err(std::io::Error::new(std::io::ErrorKind::NotFound, p.display().to_string()))
    }

    #[test]
    fn smtp_section_with_password_from_env() {
        let cfg = DeliveryConfig::from_toml(
            "clipboard = \"osc52\"\nprint_command = \"lp -d office\"\n[smtp]\nhost = \"mail.example.com\"\nuser = \"wxgo\"\n",
            Path::new("config.toml"),
            |k| (k == "WXGO_SMTP_PASSWORD").then(|| "s3cret".to_string()),
            no_file,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let smtp = cfg.smtp.unwrap_or_else(|| panic!("no smtp"));
        assert_eq!(smtp.port, 587);
        assert_eq!(smtp.tls, SmtpTls::StartTls);
        assert_eq!(smtp.password.as_deref(), Some("s3cret"));
        assert!(!format!("{smtp:?}").contains("s3cret"));
        assert_eq!(cfg.print_command.as_deref(), Some("lp -d office"));
    }

    #[test]
    fn url_overrides_the_section() {
        let mut cfg = DeliveryConfig::from_toml(
            "[smtp]\nhost = \"mail.example.com\"\nfrom = \"IT <it@example.com>\"\n",
            Path::new("c.toml"),
            no_env,
            no_file,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        cfg.apply_env(|k| (k == "WXGO_SMTP_URL").then(|| "smtp://127.0.0.1:2525".to_string()), no_file)
            .unwrap_or_else(|e| panic!("{e}"));
        let smtp = cfg.smtp.unwrap_or_else(|| panic!("no smtp"));
        assert_eq!((smtp.host.as_str(), smtp.port, smtp.tls), ("127.0.0.1", 2525, SmtpTls::None));
        assert_eq!(smtp.from, "IT <it@example.com>");
    }

    #[test]
    fn bad_urls_say_how_to_write_them() {
        for bad in ["127.0.0.1:25", "http://x:25", "smtp://:25", "smtp://h:99999", "smtp://u:p@h:25"] {
            let e = parse_smtp_url(bad).err().unwrap_or_else(|| panic!("{bad} accepted"));
            assert!(e.to_string().contains("WXGO_SMTP_URL"), "{e}");
        }
    }
}
