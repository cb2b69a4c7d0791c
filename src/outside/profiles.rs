//! Profiles in `$XDG_CONFIG_HOME/wxgo/config.toml`: which backend wxgo works on, and for a real
//! organisation, how to reach it.
//!
//! ```toml
//! default_profile = "acme"            # used when neither --profile nor WXGO_PROFILE says
//!
//! [profiles.acme]
//! backend = "webex"                   # or "local" (a local database, as without profiles)
//! base_url = "https://webexapis.com/v1"   # the default; any https URL (other Webex clouds);
//!                                     # http:// only to this machine (a local test server)
//! org_id = "Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8..."  # optional: GET /people/me says
//! read_only = false                   # true: every changing action is refused
//! ca_file = "/etc/ssl/corp-proxy.pem" # extra CA certificates (TLS-inspecting proxies)
//! client_id = "C0123..."              # the Webex integration `wxgo login` signs in through
//! client_secret_file = "~/.config/wxgo/acme.secret"  # or client_secret_env = "ACME_SECRET"
//! poll_interval_secs = 30             # how often the open console refreshes device status
//! timeout_secs = 60                   # the most one request may take (OAuth included)
//! keyring = true                      # false: keep the sign-in in the 0600 file only
//! db = "/srv/wxgo/acme.db"            # the cache (default $XDG_DATA_HOME/wxgo/profiles/acme.db)
//! ```
//!
//! Selection: `--profile NAME`, else `WXGO_PROFILE`, else `default_profile`; none of them: no
//! profile, and wxgo works exactly as before on its local database.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::domain::error::Text;
use crate::domain::{Error, Result};
use crate::outside::webex::{Secret, DEFAULT_BASE_URL};

/// Where a profile's data lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BackendKind {
    /// wxgo's own database is the truth (the demo, local stand-ins).
    Local,
    /// The Webex API is the truth; the database is its cache.
    Webex,
}

impl BackendKind {
    pub fn as_str(self) -> &'static str {
        match self {
            BackendKind::Local => "local",
            BackendKind::Webex => "webex",
        }
    }
}

/// The environment variable read for the integration's secret when the profile names none.
pub const DEFAULT_SECRET_ENV: &str = "WXGO_CLIENT_SECRET";
/// The default poll interval of the open console.
pub const DEFAULT_POLL: Duration = Duration::from_secs(30);
/// The default total timeout of one request (connect, send, read the whole answer).
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    pub name: String,
    pub backend: BackendKind,
    pub base_url: String,
    pub org_id: Option<String>,
    pub read_only: bool,
    pub ca_file: Option<PathBuf>,
    pub client_id: Option<String>,
    pub client_secret_file: Option<PathBuf>,
    pub client_secret_env: Option<String>,
    pub poll_interval: Duration,
    /// The most one request (OAuth included) may take, answer read, before it counts as failed.
    pub timeout: Duration,
    pub keyring: bool,
    pub db: Option<PathBuf>,
    /// The file it came from, to name in messages.
    pub file: PathBuf,
}

impl Profile {
    /// A webex profile with the defaults (tests and `Service` callers build on it).
    pub fn webex(name: &str, base_url: &str) -> Profile {
        Profile {
            name: name.into(),
            backend: BackendKind::Webex,
            base_url: base_url.into(),
            org_id: None,
            read_only: false,
            ca_file: None,
            client_id: None,
            client_secret_file: None,
            client_secret_env: None,
            poll_interval: DEFAULT_POLL,
            timeout: DEFAULT_TIMEOUT,
            keyring: true,
            db: None,
            file: PathBuf::new(),
        }
    }

    /// The profile's cache database: `db` from the profile, else
    /// `$XDG_DATA_HOME/wxgo/profiles/NAME.db`.
    pub fn db_path(&self) -> PathBuf {
        if let Some(db) = &self.db {
            return db.clone();
        }
        directories::ProjectDirs::from("", "", "wxgo")
            .map(|d| d.data_dir().join("profiles"))
            .unwrap_or_else(|| PathBuf::from("profiles"))
            .join(format!("{}.db", self.name))
    }

    /// The integration's secret: from `client_secret_file`, else the variable `client_secret_env`
    /// names (default `WXGO_CLIENT_SECRET`). Never printed.
    pub fn client_secret(&self, env: impl Fn(&str) -> Option<String>) -> Result<Secret> {
        if let Some(path) = &self.client_secret_file {
            let file = self.file.display().to_string();
            let shown = path.display().to_string();
            check_private(path).map_err(|why| {
                Error::invalid(crate::said!(
                    "secret-file-readable",
                    file = &file,
                    name = &self.name,
                    path = &shown,
                    why = why,
                    command = format!("`chmod 600 {}`", crate::domain::text::shell_word(&shown))
                ))
            })?;
            let text = std::fs::read_to_string(path).map_err(|e| {
                Error::invalid(crate::said!(
                    "secret-file-cannot-read",
                    file = &file,
                    name = &self.name,
                    path = &shown,
                    error = e.to_string()
                ))
            })?;
            let s = text.trim();
            if s.is_empty() {
                return Err(Error::invalid(crate::said!(
                    "secret-file-empty",
                    file = &file,
                    name = &self.name,
                    path = &shown
                )));
            }
            return Ok(Secret::new(s));
        }
        let var = self.client_secret_env.as_deref().unwrap_or(DEFAULT_SECRET_ENV);
        match env(var).filter(|s| !s.trim().is_empty()) {
            Some(s) => Ok(Secret::new(s.trim())),
            None => Err(Error::auth(crate::said!(
                "profile-secret-needed",
                var = var,
                name = &self.name,
                file = self.file.display().to_string()
            ))),
        }
    }
}

/// Whether a secret's file is readable by its owner only: `Err` says how it is not (mode, symlink
/// target's mode). A missing file is left to the read that follows, which names it.
fn check_private(path: &Path) -> std::result::Result<(), Text> {
    use std::os::unix::fs::MetadataExt;
    match std::fs::metadata(path) {
        Ok(m) if m.mode() & 0o077 != 0 => {
            let mode = format!("{:04o}", m.mode() & 0o7777);
            Err(if m.mode() & 0o007 != 0 {
                crate::said!("secret-file-readable-by-anyone", mode = mode)
            } else {
                crate::said!("secret-file-readable-by-group", mode = mode)
            })
        }
        _ => Ok(()),
    }
}

/// The profiles of the config file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Profiles {
    pub file: PathBuf,
    pub default_profile: Option<String>,
    pub profiles: BTreeMap<String, Profile>,
}

const KEYS: &[&str] = &[
    "backend",
    "base_url",
    "org_id",
    "read_only",
    "ca_file",
    "client_id",
    "client_secret_file",
    "client_secret_env",
    "poll_interval_secs",
    "timeout_secs",
    "keyring",
    "db",
];

pub fn valid_name(name: &str) -> bool {
    !name.is_empty() && name.len() <= 64 && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

fn expand(p: &str) -> PathBuf {
    match (p.strip_prefix("~/"), std::env::var_os("HOME")) {
        (Some(rest), Some(home)) => PathBuf::from(home).join(rest),
        _ => PathBuf::from(p),
    }
}

impl Profiles {
    /// Reads the config file; a missing file holds no profiles.
    pub fn load() -> Result<Profiles> {
        match crate::outside::config::config_file() {
            Some(f) => Profiles::load_file(&f),
            None => Ok(Profiles::default()),
        }
    }

    pub fn load_file(file: &Path) -> Result<Profiles> {
        match std::fs::read_to_string(file) {
            Ok(text) => Profiles::from_toml(&text, file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                Ok(Profiles { file: file.to_path_buf(), ..Profiles::default() })
            }
            Err(e) => Err(Error::io(crate::said!(
                "config-cannot-read",
                file = file.display().to_string(),
                error = e.to_string()
            ))),
        }
    }

    pub fn from_toml(text: &str, file: &Path) -> Result<Profiles> {
        let shown = file.display().to_string();
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            Error::invalid(crate::said!("config-not-toml", file = &shown, error = e.message()))
        })?;
        for key in ["client_secret", "client-secret", "secret"] {
            if table.contains_key(key) {
                return Err(Error::invalid(crate::said!("config-secret-at-top", file = &shown, key = key)));
            }
        }
        let default_profile = match table.get("default_profile") {
            None => None,
            Some(toml::Value::String(s)) if valid_name(s.trim()) => Some(s.trim().to_string()),
            Some(_) => return Err(Error::invalid(crate::said!("config-default-profile-name", file = &shown))),
        };
        let mut profiles = BTreeMap::new();
        match table.get("profiles") {
            None => {}
            Some(toml::Value::Table(t)) => {
                for (name, v) in t {
                    let toml::Value::Table(pt) = v else {
                        return Err(Error::invalid(crate::said!("config-profile-section", file = &shown, name = name)));
                    };
                    profiles.insert(name.clone(), profile_from_table(name, pt, file)?);
                }
            }
            Some(_) => return Err(Error::invalid(crate::said!("config-profiles-sections", file = &shown))),
        }
        if let Some(d) = &default_profile {
            if !profiles.contains_key(d) {
                return Err(Error::invalid(crate::said!(
                    "profile-default-unknown",
                    file = &shown,
                    name = d,
                    there = list(&profiles)
                )));
            }
        }
        Ok(Profiles { file: file.to_path_buf(), default_profile, profiles })
    }

    /// `--profile`, else `WXGO_PROFILE`, else `default_profile`; `None`: no profile (local, as
    /// before profiles existed).
    pub fn select(&self, flag: Option<&str>, env: Option<&str>) -> Result<Option<Profile>> {
        let (name, from) = match (flag.filter(|s| !s.trim().is_empty()), env.filter(|s| !s.trim().is_empty())) {
            (Some(f), _) => (f.trim().to_string(), "--profile"),
            (None, Some(e)) => (e.trim().to_string(), "WXGO_PROFILE"),
            (None, None) => match &self.default_profile {
                Some(d) => (d.clone(), "default_profile"),
                None => return Ok(None),
            },
        };
        match self.profiles.get(&name) {
            Some(p) => Ok(Some(p.clone())),
            None => Err(Error::invalid(crate::said!(
                "profile-unknown",
                name = crate::domain::text::shorten(&name, 64).as_ref(),
                from = from,
                file = self.file.display().to_string(),
                there = list(&self.profiles)
            ))),
        }
    }
}

/// ` (there is: a, b)`, the profiles' names as they are; nothing when there is none.
fn list(profiles: &BTreeMap<String, Profile>) -> crate::domain::error::Text {
    if profiles.is_empty() {
        crate::domain::error::Text::default()
    } else {
        let names = profiles.keys().cloned().collect::<Vec<_>>().join(", ");
        crate::said!("profiles-there", names = names).around(" ", "")
    }
}

fn profile_from_table(name: &str, t: &toml::Table, file: &Path) -> Result<Profile> {
    let at = format!("{}: [profiles.{name}]", file.display());
    if !valid_name(name) {
        return Err(Error::invalid(crate::said!("profile-name-invalid", at = &at)));
    }
    for key in t.keys() {
        if key == "client_secret" {
            return Err(Error::invalid(crate::said!("profile-secret-inline", at = &at)));
        }
        if !KEYS.contains(&key.as_str()) {
            return Err(Error::invalid(crate::said!(
                "profile-unknown-key",
                at = &at,
                key = key,
                keys = KEYS.join(", ")
            )));
        }
    }
    let text = |key: &str| -> Result<Option<String>> {
        match t.get(key) {
            None => Ok(None),
            Some(toml::Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(toml::Value::String(s)) => Ok(Some(s.trim().to_string())),
            Some(_) => Err(Error::invalid(crate::said!("profile-takes-text", at = &at, key = key))),
        }
    };
    let flag = |key: &str, default: bool| -> Result<bool> {
        match t.get(key) {
            None => Ok(default),
            Some(toml::Value::Boolean(b)) => Ok(*b),
            Some(_) => Err(Error::invalid(crate::said!("profile-takes-bool", at = &at, key = key))),
        }
    };
    let backend = match text("backend")?.as_deref() {
        Some("webex") => BackendKind::Webex,
        Some("local") => BackendKind::Local,
        None => return Err(Error::invalid(crate::said!("profile-backend-missing", at = &at))),
        Some(other) => {
            return Err(Error::invalid(crate::said!(
                "profile-backend-unknown",
                at = &at,
                backend = crate::domain::text::shorten(other, 40).as_ref()
            )))
        }
    };
    let base_url = text("base_url")?.unwrap_or_else(|| DEFAULT_BASE_URL.to_string());
    let url = crate::domain::text::shorten(&base_url, 80).into_owned();
    match url::Url::parse(&base_url) {
        Ok(u) if matches!(u.scheme(), "https" | "http") => {
            if let Err(e) = crate::outside::webex::client::check_transport(&u) {
                return Err(Error::invalid(crate::said!(
                    "profile-base-url-refused",
                    at = &at,
                    url = &url,
                    error = e.text()
                )));
            }
        }
        _ => {
            return Err(Error::invalid(crate::said!(
                "profile-base-url-not-https",
                at = &at,
                url = &url,
                example = DEFAULT_BASE_URL
            )))
        }
    }
    let seconds = |key: &'static str, range: std::ops::RangeInclusive<i64>, default: Duration| -> Result<Duration> {
        match t.get(key) {
            None => Ok(default),
            Some(toml::Value::Integer(n)) if range.contains(n) => Ok(Duration::from_secs(*n as u64)),
            Some(_) => Err(Error::invalid(crate::said!(
                "profile-takes-seconds",
                at = &at,
                key = key,
                min = range.start().to_string(),
                max = range.end().to_string()
            ))),
        }
    };
    let poll_interval = seconds("poll_interval_secs", 5..=86_400, DEFAULT_POLL)?;
    let timeout = seconds("timeout_secs", 1..=600, DEFAULT_TIMEOUT)?;
    let client_secret_env = text("client_secret_env")?;
    if let Some(v) = &client_secret_env {
        if !v.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
            return Err(Error::invalid(crate::said!("profile-secret-env-name", at = &at)));
        }
    }
    Ok(Profile {
        name: name.to_string(),
        backend,
        base_url,
        org_id: text("org_id")?,
        read_only: flag("read_only", false)?,
        ca_file: text("ca_file")?.map(|p| expand(&p)),
        client_id: text("client_id")?,
        client_secret_file: text("client_secret_file")?.map(|p| expand(&p)),
        client_secret_env,
        poll_interval,
        timeout,
        keyring: flag("keyring", true)?,
        db: text("db")?.map(|p| expand(&p)),
        file: file.to_path_buf(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> Result<Profiles> {
        Profiles::from_toml(s, Path::new("/home/a/.config/wxgo/config.toml"))
    }

    #[test]
    fn a_webex_profile_with_defaults_and_the_selection_order() {
        let p = parse(
            "default_profile = \"acme\"\nprint_command = \"\"\n[profiles.acme]\nbackend = \"webex\"\n\
             [profiles.lab]\nbackend = \"webex\"\nbase_url = \"http://127.0.0.1:9/v1\"\nread_only = true\n",
        )
        .expect("parses");
        let acme = p.select(None, None).expect("ok").expect("default");
        assert_eq!((acme.name.as_str(), acme.base_url.as_str()), ("acme", DEFAULT_BASE_URL));
        assert_eq!(acme.poll_interval, DEFAULT_POLL);
        assert_eq!(p.select(None, Some("lab")).expect("ok").map(|p| p.read_only), Some(true));
        assert_eq!(p.select(Some("acme"), Some("lab")).expect("ok").map(|p| p.name), Some("acme".into()));
        assert!(acme.db_path().ends_with("wxgo/profiles/acme.db"), "{}", acme.db_path().display());
    }

    #[test]
    fn no_profile_means_local_as_before() {
        assert_eq!(parse("print_command = \"lp\"\n").expect("ok").select(None, None).expect("ok"), None);
    }

    #[test]
    fn bad_config_names_the_file_and_the_key() {
        let cases = [
            ("[profiles.a]\nbackend = \"cloud\"\n", "backend"),
            ("[profiles.a]\nbackend = \"webex\"\nread-only = true\n", "read-only"),
            ("[profiles.a]\nbackend = \"webex\"\nclient_secret = \"s3cret\"\n", "client_secret"),
            ("[profiles.a]\nbackend = \"webex\"\nbase_url = \"webexapis.com\"\n", "base_url"),
            ("[profiles.a]\nbackend = \"webex\"\npoll_interval_secs = 1\n", "poll_interval_secs"),
            ("default_profile = \"b\"\n[profiles.a]\nbackend = \"webex\"\n", "default_profile"),
        ];
        for (text, key) in cases {
            let e = parse(text).expect_err(text).to_string();
            assert!(e.contains("config.toml") && e.contains(key), "{text}: {e}");
            assert!(!e.contains("s3cret"), "the secret is never repeated: {e}");
        }
        let p = parse("[profiles.a]\nbackend = \"webex\"\n").expect("ok");
        let e = p.select(Some("nope"), None).expect_err("unknown").to_string();
        assert!(e.contains("nope") && e.contains("config.toml") && e.contains("there is: a"), "{e}");
    }

    #[test]
    fn the_secret_comes_from_a_file_or_the_environment() {
        let dir = tempfile::tempdir().expect("tmp");
        let f = dir.path().join("s");
        std::fs::write(&f, "from-file\n").expect("write");
        set_mode(&f, 0o600);
        let mut p = Profile::webex("a", DEFAULT_BASE_URL);
        p.client_secret_file = Some(f);
        assert_eq!(p.client_secret(|_| None).expect("file").expose(), "from-file");
        p.client_secret_file = None;
        p.client_secret_env = Some("MY_SECRET".into());
        let got = p.client_secret(|k| (k == "MY_SECRET").then(|| "from-env".to_string())).expect("env");
        assert_eq!(got.expose(), "from-env");
        let e = p.client_secret(|_| None).expect_err("none").to_string();
        assert!(e.contains("MY_SECRET"), "{e}");
    }

    fn set_mode(f: &Path, mode: u32) {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(f, std::fs::Permissions::from_mode(mode)).expect("chmod");
    }

    #[test]
    fn a_secret_file_others_can_read_is_refused_naming_the_file_and_chmod_600() {
        let dir = tempfile::tempdir().expect("tmp");
        let f = dir.path().join("acme.secret");
        std::fs::write(&f, "s3cret\n").expect("write");
        let mut p = Profile::webex("a", DEFAULT_BASE_URL);
        p.client_secret_file = Some(f.clone());
        for (mode, who) in [(0o644, "anyone"), (0o640, "group"), (0o604, "anyone")] {
            set_mode(&f, mode);
            let e = p.client_secret(|_| Some("from-env".into())).expect_err("readable by others");
            let text = e.to_string();
            assert_eq!(e.exit_code(), 4, "{text}");
            assert!(text.contains(&f.display().to_string()) && text.contains("chmod 600"), "{text}");
            assert!(text.contains(who) && text.contains(&format!("{mode:04o}")), "{mode:o}: {text}");
            assert!(!text.contains("s3cret"), "{text}");
        }
        set_mode(&f, 0o400);
        assert_eq!(p.client_secret(|_| None).expect("owner only").expose(), "s3cret");
    }

    #[test]
    fn a_secret_at_the_top_of_the_config_is_refused_saying_where_it_goes() {
        for text in ["client_secret = \"s3cret\"\n[profiles.a]\nbackend = \"webex\"\n", "client_secret = \"s3cret\"\n"]
        {
            let e = parse(text).expect_err(text);
            let msg = e.to_string();
            assert_eq!(e.exit_code(), 4);
            assert!(
                msg.contains("config.toml") && msg.contains("client_secret_env") && msg.contains("client_secret_file"),
                "{msg}"
            );
            assert!(!msg.contains("s3cret"), "{msg}");
        }
    }

    #[test]
    fn plain_http_is_taken_for_this_machine_only() {
        for ok in [
            "http://127.0.0.1:9/v1",
            "http://127.8.9.10/v1",
            "http://localhost:8080/v1",
            "http://[::1]:9/v1",
            "https://webexapis.com/v1",
        ] {
            let text = format!("[profiles.a]\nbackend = \"webex\"\nbase_url = \"{ok}\"\n");
            assert!(parse(&text).is_ok(), "{ok}");
        }
        for bad in [
            "http://192.0.2.2/v1",
            "http://webexapis.com/v1",
            "http://10.0.0.1:80/v1",
            "http://[2001:db8::1]/v1",
            "http://localhost.example.com/v1",
        ] {
            let text = format!("[profiles.a]\nbackend = \"webex\"\nbase_url = \"{bad}\"\n");
            let e = parse(&text).expect_err(bad).to_string();
            assert!(e.contains("base_url") && e.contains("https://") && e.contains("Nothing was sent"), "{bad}: {e}");
        }
    }

    #[test]
    fn the_request_timeout_is_a_profile_setting() {
        let p = parse("[profiles.a]\nbackend = \"webex\"\ntimeout_secs = 5\n").expect("ok");
        assert_eq!(p.profiles["a"].timeout, Duration::from_secs(5));
        assert_eq!(parse("[profiles.a]\nbackend = \"webex\"\n").expect("ok").profiles["a"].timeout, DEFAULT_TIMEOUT);
        let e = parse("[profiles.a]\nbackend = \"webex\"\ntimeout_secs = 0\n").expect_err("0").to_string();
        assert!(e.contains("timeout_secs"), "{e}");
    }

    #[test]
    fn the_rarer_complaints_read_in_english_as_before_and_are_said_in_the_language_with_keys_and_values_as_they_are() {
        use crate::i18n::{Lang, Tr};
        let at = "/home/a/.config/wxgo/config.toml: [profiles.a]";
        let cases = [
            (
                "base_url = \"http://192.0.2.2/v1\"",
                format!(
                    "{at} base_url = \"http://192.0.2.2/v1\": the Webex address http://192.0.2.2 is plain http: the \
                     token and the client secret would cross the network unencrypted. Use https:// (plain http:// is \
                     taken only for this machine: localhost, 127.0.0.1, ::1). Nothing was sent."
                ),
                "unverschlüsseltes http",
            ),
            (
                "base_url = \"webexapis.com\"",
                format!("{at} base_url = \"webexapis.com\" is not an https:// URL; e.g. {DEFAULT_BASE_URL}"),
                "ist keine https://-URL",
            ),
            (
                "poll_interval_secs = 1",
                format!("{at} poll_interval_secs takes seconds, 5 to 86400"),
                "nimmt Sekunden, 5 bis 86400",
            ),
            ("timeout_secs = 601", format!("{at} timeout_secs takes seconds, 1 to 600"), "nimmt Sekunden, 1 bis 600"),
            (
                "client_secret_env = \"s3cr=t\"",
                format!(
                    "{at} client_secret_env names an environment variable (letters, digits, _), not the secret itself"
                ),
                "nicht das Secret selbst",
            ),
            (
                "client_secret = \"s3cret\"",
                format!(
                    "{at} client_secret: a secret is never written in the config; put it in a file named by \
                     client_secret_file, or in an environment variable named by client_secret_env"
                ),
                "Ein Secret wird nie in die Konfiguration geschrieben",
            ),
        ];
        let (de, he) = (Tr::new(Lang::De), Tr::new(Lang::He));
        for (line, english, german) in cases {
            let e = parse(&format!("[profiles.a]\nbackend = \"webex\"\n{line}\n")).expect_err(line);
            assert_eq!(e.to_string(), english);
            assert_eq!(e.exit_code(), 4);
            let (said, hebrew) = (de.error(&e), he.error(&e));
            assert!(said.starts_with(at) && said.contains(german), "{said}");
            assert!(hebrew.starts_with(at) && !hebrew.contains(" takes ") && !hebrew.contains(" names "), "{hebrew}");
            let key = line.split(' ').next().unwrap_or_default();
            assert!(said.contains(key) && hebrew.contains(key), "the key as it is: {said} / {hebrew}");
        }
        let e = parse("client_secret = \"s3cret\"\n").expect_err("top");
        assert!(e.to_string().starts_with(
            "/home/a/.config/wxgo/config.toml: client_secret at the top of the file: a secret is never written in the \
             config (anyone who can read the file, a backup or a screen share would have it). Remove it"
        ));
        assert!(de.error(&e).contains("client_secret oben in der Datei"), "{}", de.error(&e));

        // A secret file: readable by others, unreadable, empty; the path and the command as they are.
        let dir = tempfile::tempdir().expect("tmp");
        let f = dir.path().join("acme.secret");
        let mut p = Profile::webex("a", DEFAULT_BASE_URL);
        p.file = PathBuf::from("/home/a/.config/wxgo/config.toml");
        p.client_secret_file = Some(f.clone());
        let shown = f.display().to_string();
        std::fs::write(&f, "s3cret\n").expect("write");
        set_mode(&f, 0o640);
        let e = p.client_secret(|_| None).expect_err("group");
        assert_eq!(
            e.to_string(),
            format!(
                "/home/a/.config/wxgo/config.toml: [profiles.a] client_secret_file {shown} can be read by its group \
                 (mode 0640), and wxgo does not use a secret others can read (as ssh refuses a readable key). Run \
                 `chmod 600 {shown}` (and check who could have read it), then try again. Nothing was sent."
            )
        );
        let said = de.error(&e);
        assert!(said.contains("kann von ihrer Gruppe gelesen werden (Modus 0640)"), "{said}");
        assert!(said.contains(&format!("Führen Sie `chmod 600 {shown}` aus")), "{said}");
        set_mode(&f, 0o600);
        std::fs::write(&f, "\n").expect("write");
        let e = p.client_secret(|_| None).expect_err("empty");
        assert_eq!(
            e.to_string(),
            format!("/home/a/.config/wxgo/config.toml: [profiles.a] client_secret_file {shown} is empty")
        );
        assert!(de.error(&e).ends_with(&format!("client_secret_file {shown} ist leer")), "{}", de.error(&e));
        p.client_secret_file = Some(dir.path().join("missing"));
        let e = p.client_secret(|_| None).expect_err("missing");
        assert!(e.to_string().contains(": cannot read it (") && e.to_string().ends_with("). Fix the path."), "{e}");
        assert!(de.error(&e).ends_with("). Korrigieren Sie den Pfad."), "{}", de.error(&e));
        // A path with a space: the chmod runs as printed.
        let spaced = dir.path().join("my secrets");
        std::fs::create_dir(&spaced).expect("dir");
        let f = spaced.join("acme.secret");
        std::fs::write(&f, "s3cret\n").expect("write");
        set_mode(&f, 0o644);
        p.client_secret_file = Some(f.clone());
        let e = p.client_secret(|_| None).expect_err("readable");
        assert!(e.to_string().contains(&format!("Run `chmod 600 '{}'` (and check", f.display())), "{e}");
    }
}
