//! Where `wxgo login` keeps tokens: the OS keyring (Secret Service) when there is one, else a
//! file readable by its owner only, `$XDG_STATE_HOME/wxgo/tokens/<profile>.json` — and the store
//! says which, so login can tell the admin (as `gh auth login` does).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::auth::TokenSet;
use super::error::{WebexError, WebexResult};

const SERVICE: &str = "wxgo";

/// A secret store keyed by profile (the OS keyring in production, stand-ins in tests).
pub trait SecretBackend: Send + Sync {
    fn set(&self, profile: &str, value: &str) -> Result<(), String>;
    fn get(&self, profile: &str) -> Result<Option<String>, String>;
    fn delete(&self, profile: &str) -> Result<(), String>;
}

/// The OS keyring through the `keyring` crate. Each call runs on a thread of its own, so it works
/// from inside a tokio runtime too (the keyring's D-Bus code starts its own and would panic
/// there), and gives up after `timeout`: a locked Secret Service can leave a call hanging for
/// good, and the file fallback is better than a login that never returns.
pub struct OsKeyring {
    pub timeout: std::time::Duration,
}

impl Default for OsKeyring {
    fn default() -> Self {
        OsKeyring { timeout: std::time::Duration::from_secs(10) }
    }
}

impl OsKeyring {
    fn call<T: Send + 'static>(
        &self,
        profile: &str,
        f: impl FnOnce(keyring::Entry) -> Result<T, String> + Send + 'static,
    ) -> Result<T, String> {
        let profile = profile.to_string();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("wxgo-keyring".into())
            .spawn(move || {
                let r = keyring::Entry::new(SERVICE, &profile).map_err(|e| e.to_string()).and_then(f);
                let _ = tx.send(r);
            })
            .map_err(|e| String::from(crate::said!("keyring-no-thread", error = e.to_string())))?;
        match rx.recv_timeout(self.timeout) {
            Ok(r) => r,
            Err(_) => Err(crate::said!("keyring-timeout", seconds = self.timeout.as_secs()).into()),
        }
    }
}

impl SecretBackend for OsKeyring {
    fn set(&self, profile: &str, value: &str) -> Result<(), String> {
        let value = value.to_string();
        self.call(profile, move |e| e.set_password(&value).map_err(|e| e.to_string()))
    }

    fn get(&self, profile: &str) -> Result<Option<String>, String> {
        self.call(profile, |e| match e.get_password() {
            Ok(v) => Ok(Some(v)),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(e.to_string()),
        })
    }

    fn delete(&self, profile: &str) -> Result<(), String> {
        self.call(profile, |e| match e.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(e.to_string()),
        })
    }
}

/// Why the keyring was not used, as a store says it (English), said in the language where it is
/// shown when wxgo words it (the keyring's own words as they are).
pub fn keyring_error_said(why: &str) -> crate::domain::error::Text {
    crate::i18n::recognise(why, &["keyring-no-thread", "keyring-timeout"], &[]).unwrap_or_else(|| why.into())
}

/// Where tokens were kept.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StoredIn {
    Keyring,
    /// The file, and why the keyring was not used (its own words), if one was tried.
    File {
        path: PathBuf,
        keyring_error: Option<String>,
    },
}

impl StoredIn {
    /// The sentence `wxgo login` prints.
    pub fn describe(&self) -> String {
        match self {
            StoredIn::Keyring => "The sign-in is kept in the system keyring.".into(),
            StoredIn::File { path, keyring_error: Some(why) } => format!(
                "No system keyring is available ({why}), so the sign-in is kept in {} (readable by you only).",
                path.display()
            ),
            StoredIn::File { path, keyring_error: None } => {
                format!("The sign-in is kept in {} (readable by you only).", path.display())
            }
        }
    }
}

#[derive(Clone)]
pub struct TokenStore {
    profile: String,
    dir: PathBuf,
    keyring: Option<Arc<dyn SecretBackend>>,
}

impl TokenStore {
    /// The keyring, falling back to the XDG state dir.
    pub fn new(profile: &str) -> WebexResult<TokenStore> {
        let state = directories::BaseDirs::new()
            .and_then(|d| d.state_dir().map(Path::to_path_buf))
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))
            .ok_or_else(|| WebexError::TokenStore(crate::said!("token-no-home")))?;
        TokenStore::with(profile, state.join("wxgo").join("tokens"), Some(Arc::new(OsKeyring::default())))
    }

    /// A store in `dir` with the given keyring (`None`: file only).
    pub fn with(profile: &str, dir: PathBuf, keyring: Option<Arc<dyn SecretBackend>>) -> WebexResult<TokenStore> {
        let ok = !profile.is_empty()
            && profile.len() <= 64
            && profile.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !ok {
            let shown = profile.chars().filter(|c| !c.is_control()).take(64).collect::<String>();
            return Err(WebexError::config(crate::said!("token-profile-name", name = shown)));
        }
        Ok(TokenStore { profile: profile.to_string(), dir, keyring })
    }

    pub fn file_path(&self) -> PathBuf {
        self.dir.join(format!("{}.json", self.profile))
    }

    pub fn save(&self, tokens: &TokenSet) -> WebexResult<StoredIn> {
        let json = serde_json::to_string(tokens)
            .map_err(|e| WebexError::TokenStore(crate::said!("token-cannot-encode", error = e.to_string())))?;
        let mut keyring_error = None;
        if let Some(k) = &self.keyring {
            match k.set(&self.profile, &json) {
                Ok(()) => {
                    // A file left from a keyring-less day would be a stale copy.
                    let _ = std::fs::remove_file(self.file_path());
                    return Ok(StoredIn::Keyring);
                }
                Err(e) => keyring_error = Some(e),
            }
        }
        self.write_file(json.as_bytes())?;
        Ok(StoredIn::File { path: self.file_path(), keyring_error })
    }

    fn write_file(&self, bytes: &[u8]) -> WebexResult<()> {
        use std::os::unix::fs::{DirBuilderExt, PermissionsExt};
        let dir = self.dir.display().to_string();
        let fail = |what: &'static str, e: std::io::Error| {
            WebexError::TokenStore(crate::said!("token-file-cannot", what = what, dir = &dir, error = e.to_string()))
        };
        std::fs::DirBuilder::new().recursive(true).mode(0o700).create(&self.dir).map_err(|e| fail("create", e))?;
        let path = self.file_path();
        let tmp = self.dir.join(format!(".{}.json.tmp", self.profile));
        crate::outside::write_private(&tmp, bytes).map_err(|e| fail("write", e))?;
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600)).map_err(|e| fail("protect", e))?;
        std::fs::rename(&tmp, &path).map_err(|e| fail("replace", e))
    }

    /// The stored tokens and where they were, or `None` when this profile never signed in.
    pub fn load(&self) -> WebexResult<Option<(TokenSet, StoredIn)>> {
        let mut keyring_error = None;
        if let Some(k) = &self.keyring {
            match k.get(&self.profile) {
                Ok(Some(json)) => return Ok(Some((decode(&json)?, StoredIn::Keyring))),
                Ok(None) => {}
                Err(e) => keyring_error = Some(e),
            }
        }
        let path = self.file_path();
        match std::fs::read_to_string(&path) {
            Ok(json) => Ok(Some((decode(&json)?, StoredIn::File { path, keyring_error }))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => {
                let path = path.display().to_string();
                Err(WebexError::TokenStore(crate::said!("token-file-cannot-read", path = path, error = e.to_string())))
            }
        }
    }

    /// `wxgo logout`: from the keyring and the file alike.
    pub fn delete(&self) -> WebexResult<()> {
        if let Some(k) = &self.keyring {
            // No keyring on this box is not a failure to log out.
            let _ = k.delete(&self.profile);
        }
        match std::fs::remove_file(self.file_path()) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => {
                let path = self.file_path().display().to_string();
                Err(WebexError::TokenStore(crate::said!("file-cannot-delete", path = path, error = e.to_string())))
            }
        }
    }
}

fn decode(json: &str) -> WebexResult<TokenSet> {
    serde_json::from_str(json)
        .map_err(|_| WebexError::TokenStore(crate::said!("token-stored-unreadable", login = "`wxgo login`")))
}
