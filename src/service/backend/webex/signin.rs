//! The `webex` backend's side of the service: which profile, how it signs in, the API client it
//! syncs and polls through, why it is read-only, and the refusal of changing actions until they
//! go through the API (issue 17).

use std::sync::Arc;

use base64::Engine;
use chrono::{DateTime, Utc};

use crate::domain::{Error, Result};
use crate::outside::profiles::Profile;
use crate::outside::webex::auth::{system_now, OAuthHttp};
use crate::outside::webex::{
    Api, ClientConfig, OAuthApp, OAuthTokens, Secret, StaticToken, TokenInfo, TokenSource, TokenStore, TraceSink,
    WebexClient,
};

/// Where the bearer token comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AuthChoice {
    /// A token in this environment variable (`WEBEX_TOKEN`, or the one `--token-env` names):
    /// never written to disk.
    Env(String),
    /// The tokens `wxgo login` stored for the profile (keyring or 0600 file).
    Stored,
}

impl AuthChoice {
    /// `--token-env VAR`, else `WEBEX_TOKEN` when it is set, else the stored sign-in.
    pub fn from_env(token_env: Option<&str>) -> AuthChoice {
        match token_env {
            Some(v) => AuthChoice::Env(v.to_string()),
            None if std::env::var("WEBEX_TOKEN").is_ok_and(|t| !t.trim().is_empty()) => {
                AuthChoice::Env("WEBEX_TOKEN".into())
            }
            None => AuthChoice::Stored,
        }
    }
}

/// The token store of a profile: the OS keyring with the 0600 file as fallback, or the file only
/// when the profile says `keyring = false`.
pub fn token_store(profile: &Profile) -> Result<TokenStore> {
    if profile.keyring {
        return Ok(TokenStore::new(&profile.name)?);
    }
    let state = directories::BaseDirs::new()
        .and_then(|d| d.state_dir().map(std::path::Path::to_path_buf))
        .or_else(|| std::env::var_os("HOME").map(|h| std::path::PathBuf::from(h).join(".local/state")))
        .ok_or_else(|| Error::io(crate::said!("token-file-no-home", var = "XDG_STATE_HOME")))?;
    Ok(TokenStore::with(&profile.name, state.join("wxgo").join("tokens"), None)?)
}

/// The integration of the profile (for `wxgo login` and for renewing its tokens).
pub fn oauth_app(profile: &Profile, client_id: Option<&str>, secret: Secret) -> OAuthApp {
    let id = client_id.map(str::to_string).or_else(|| profile.client_id.clone()).unwrap_or_default();
    OAuthApp { client_id: id, client_secret: secret, oauth_base: profile.base_url.clone() }
}

pub fn client_config(profile: &Profile, trace: Option<TraceSink>) -> ClientConfig {
    ClientConfig {
        base_url: profile.base_url.clone(),
        ca_file: profile.ca_file.clone(),
        trace,
        read_only: profile.read_only,
        request_timeout: profile.timeout,
        ..ClientConfig::default()
    }
}

/// The token source for `auth`. A stored sign-in renews itself with the profile's integration
/// (its secret is read only when there is one to read).
pub fn token_source(profile: &Profile, auth: &AuthChoice, cfg: &ClientConfig) -> Result<Arc<dyn TokenSource>> {
    match auth {
        AuthChoice::Env(var) => Ok(Arc::new(StaticToken::from_env(var)?)),
        AuthChoice::Stored => {
            // No secret configured: the stored token is used until it needs renewing (which then
            // says so). A secret file others can read, or one that cannot be read, is refused now.
            let secret = match profile.client_secret(|k| std::env::var(k).ok()) {
                Ok(s) => s,
                Err(e @ Error::Invalid(_)) => return Err(e),
                Err(_) => Secret::new(""),
            };
            let app = oauth_app(profile, None, secret);
            let (tokens, _) = OAuthTokens::from_store(app, token_store(profile)?, system_now())?;
            let http = crate::outside::webex::client::build_http(cfg)?;
            Ok(Arc::new(tokens.with_transport(OAuthHttp::from_config(http, cfg))))
        }
    }
}

/// How the `webex` backend reaches its organisation. A clone shares the API client (its
/// connection pool and its in-flight limit): the console's background sync uses one.
#[derive(Clone)]
pub struct WebexSide {
    pub profile: Profile,
    pub auth: AuthChoice,
    pub trace: Option<TraceSink>,
    /// Why changes are refused, when read-only (the profile, the token, the role).
    pub read_only_reason: Option<String>,
    /// Send nothing but GET (the service sets it when it opens read-only for any reason).
    read_only: bool,
    /// Built on first use (reads from the cache never need one).
    client: std::sync::OnceLock<Arc<WebexClient>>,
    /// The signed-in person's own organisation (asked once): requests for it carry no `orgId`.
    home_org: std::sync::OnceLock<Option<String>>,
}

/// The API client aimed at the open organisation: a partner's customer gets its `orgId` on
/// every request, the sign-in's own organisation none. Owned, so the service can hold it while
/// it reads and writes its cache.
#[derive(Clone)]
pub struct OrgClient {
    client: Arc<WebexClient>,
    api: Api,
}

impl OrgClient {
    /// The async API for this organisation (for [`OrgClient::run`] and fan-outs).
    pub fn api(&self) -> &Api {
        &self.api
    }

    /// Runs async work on the client's runtime (blocking).
    pub fn run<F: std::future::Future>(&self, f: F) -> F::Output {
        self.client.block_on(f)
    }

    pub fn client(&self) -> &WebexClient {
        &self.client
    }

    /// A client aimed at the sign-in's own organisation, without asking Webex (unit tests).
    #[cfg(test)]
    pub(crate) fn for_tests(client: WebexClient) -> OrgClient {
        let api = client.api().clone();
        OrgClient { client: Arc::new(client), api }
    }
}

impl WebexSide {
    pub fn new(profile: Profile, auth: AuthChoice, trace: Option<TraceSink>) -> WebexSide {
        WebexSide {
            profile,
            auth,
            trace,
            read_only_reason: None,
            read_only: false,
            client: Default::default(),
            home_org: Default::default(),
        }
    }

    /// With a client built elsewhere (tests and benches shrink its retry waits).
    pub fn with_client(self, client: WebexClient) -> WebexSide {
        let _ = self.client.set(Arc::new(client));
        self
    }

    /// The API client, built on first use (reads from the cache never need one), with the profile.
    pub fn connect(&self) -> Result<(&WebexClient, &Profile)> {
        if self.client.get().is_none() {
            let cfg = client_config(&self.profile, self.trace.clone());
            let tokens = token_source(&self.profile, &self.auth, &cfg)?;
            let _ = self.client.set(Arc::new(WebexClient::new(cfg, tokens)?));
        }
        match self.client.get() {
            Some(c) => {
                if self.read_only || self.read_only_reason.is_some() {
                    c.api().lock_read_only();
                }
                Ok((c, &self.profile))
            }
            None => Err(Error::io(crate::said!("webex-client-not-set-up"))),
        }
    }

    /// The API client (built on first use).
    pub fn client(&self) -> Result<&WebexClient> {
        self.connect().map(|(c, _)| c)
    }

    /// From now on nothing but GET leaves the machine through this side's client.
    pub fn lock_read_only(&mut self) {
        self.read_only = true;
        if let Some(c) = self.client.get() {
            c.api().lock_read_only();
        }
    }

    /// The client aimed at the organisation with Webex id `org_webex_id`.
    pub fn org_client(&self, org_webex_id: &str) -> Result<OrgClient> {
        self.connect()?;
        let Some(client) = self.client.get().cloned() else {
            return Err(Error::io(crate::said!("webex-client-not-set-up")));
        };
        if self.home_org.get().is_none() {
            let _ = self.home_org.set(client.block_on(client.api().me())?.org_id);
        }
        let api = if self.home_org.get().and_then(|h| h.as_deref()) == Some(org_webex_id) {
            client.api().with_org(None)
        } else {
            client.api().with_org(Some(org_webex_id))
        };
        Ok(OrgClient { client, api })
    }
}

/// `ciscospark://us/ROLE/id_full_admin` from a role's base64 id: `id_full_admin`; other text as is.
pub fn role_name(id: &str) -> String {
    let decoded = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(id.trim_end_matches('='))
        .ok()
        .or_else(|| base64::engine::general_purpose::STANDARD.decode(id).ok())
        .and_then(|b| String::from_utf8(b).ok());
    match decoded {
        Some(s) if s.starts_with("ciscospark://") => s.rsplit('/').next().unwrap_or(&s).to_string(),
        _ => id.to_string(),
    }
}

/// Why this sign-in opens read-only, or `None`: the profile says so, the token has no write
/// scope, or the administrator's role is a read-only one.
pub fn read_only_reason(profile: &Profile, token: &TokenInfo, roles: &[String]) -> Option<String> {
    if profile.read_only {
        let why =
            crate::said!("read-only-why-profile", profile = &profile.name, file = profile.file.display().to_string());
        return Some(why.into());
    }
    if !token.scopes.is_empty() && !token.scopes.iter().any(|s| s.ends_with("_write")) {
        return Some(crate::said!("read-only-why-no-write-scope", scopes = token.scopes.join(" ")).into());
    }
    let names: Vec<String> = roles.iter().map(|r| role_name(r)).collect();
    let full = names.iter().any(|n| n == "id_full_admin");
    if let Some(ro) = names.iter().find(|n| n.contains("readonly") || n.contains("read_only")) {
        if !full {
            return Some(crate::said!("read-only-why-role", role = ro).into());
        }
    }
    None
}

/// "as of 14:02, 3 h ago" (local time), for every read from the cache: the English, as
/// [`age_in`] says it.
pub fn age_words(synced: DateTime<Utc>, now: DateTime<Utc>) -> String {
    age_in(crate::i18n::english(), synced, now)
}

/// How old a copy taken at `synced` is, in `tr`'s language: the local time in its short form
/// (`fmt-time` today, else `fmt-datetime-short`) and the time since.
pub fn age_in(tr: &crate::i18n::Tr, synced: DateTime<Utc>, now: DateTime<Utc>) -> String {
    use crate::i18n::Arg;
    let local = synced.with_timezone(&chrono::Local);
    let today = now.with_timezone(&chrono::Local).date_naive() == local.date_naive();
    let at = local.format(&tr.t(if today { "fmt-time" } else { "fmt-datetime-short" })).to_string();
    let secs = (now - synced).num_seconds().max(0);
    let ago = match secs {
        0..=59 => tr.t("age-just-now"),
        60..=3599 => tr.t_with("age-minutes", &[("n", Arg::from(secs / 60))]),
        3600..=86_399 => tr.t_with("age-hours", &[("n", Arg::from(secs / 3600))]),
        _ => tr.t_with("age-days", &[("n", Arg::from(secs / 86_400))]),
    };
    tr.t_with("age-as-of", &[("at", Arg::from(&at)), ("ago", Arg::from(&ago))])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_scopes_and_the_profile_each_make_it_read_only() {
        let p = Profile::webex("a", "https://webexapis.com/v1");
        let full = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("ciscospark://us/ROLE/id_full_admin");
        let ro = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode("ciscospark://us/ROLE/id_readonly_admin");
        let none = TokenInfo::default();
        assert_eq!(read_only_reason(&p, &none, std::slice::from_ref(&full)), None);
        assert!(read_only_reason(&p, &none, std::slice::from_ref(&ro)).is_some_and(|r| r.contains("id_readonly_admin")));
        let scopes = TokenInfo { kind: "oauth", scopes: vec!["spark-admin:people_read".into()], expires_at: None };
        assert!(read_only_reason(&p, &scopes, &[]).is_some_and(|r| r.contains("no write scope")));
        let mut rp = p.clone();
        rp.read_only = true;
        assert!(read_only_reason(&rp, &none, &[full]).is_some_and(|r| r.contains("read_only = true")));
    }

    #[test]
    fn the_age_in_words() {
        let t = |s: &str| DateTime::parse_from_rfc3339(s).map(|t| t.with_timezone(&Utc)).expect("time");
        let w = age_words(t("2026-12-01T11:00:00Z"), t("2026-12-01T14:05:00Z"));
        assert!(w.starts_with("as of ") && w.ends_with(", 3 h ago"), "{w}");
        assert!(age_words(t("2026-12-01T14:00:00Z"), t("2026-12-01T14:00:30Z")).ends_with("just now"));
    }
}
