//! Sign-in: where the bearer token comes from ([`TokenSource`]), the OAuth refresh (before expiry,
//! and once after a 401 mid-run), and the Webex OAuth device grant flow made for terminals and SSH.
//!
//! Tokens are [`Secret`]s: never printed, logged, traced or put in an error message.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use futures::future::BoxFuture;
use serde::{Deserialize, Serialize};

use super::error::{WebexError, WebexResult};
use super::secret::Secret;
use super::token_store::{StoredIn, TokenStore};

/// The command that signs in, as the advice names it (never translated; the CLI adds this run's
/// `--profile`).
const LOGIN: &str = "`wxgo login`";

/// What is known about the token in use, for `wxgo whoami`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TokenInfo {
    /// `static` (WEBEX_TOKEN and the like) or `oauth` (from `wxgo login`).
    pub kind: &'static str,
    pub scopes: Vec<String>,
    pub expires_at: Option<DateTime<Utc>>,
}

/// Where the client gets its bearer token.
pub trait TokenSource: Send + Sync {
    /// The token to send now (refreshed first when it is about to expire).
    fn token(&self) -> BoxFuture<'_, WebexResult<Secret>>;
    /// Called once after a 401 to `rejected`: a new token when one can be had, `None` when not.
    fn refresh(&self, rejected: Secret) -> BoxFuture<'_, WebexResult<Option<Secret>>>;
    fn info(&self) -> TokenInfo;
    /// The environment variable the token came from (`WEBEX_TOKEN`, `--token-env`'s), if it did:
    /// a refusal then names it, since signing in again would not change the token sent.
    fn env_var(&self) -> Option<&str> {
        None
    }
}

/// A token given as is (a personal access token or a service app's token); never written to disk.
pub struct StaticToken(Secret, Option<String>);

impl StaticToken {
    pub fn new(token: Secret) -> StaticToken {
        StaticToken(token, None)
    }

    /// The token in environment variable `var` (`WEBEX_TOKEN`, or what `--token-env` names).
    pub fn from_env(var: &str) -> WebexResult<StaticToken> {
        match std::env::var(var) {
            Ok(t) if !t.trim().is_empty() => {
                super::client::check_token_in(t.trim(), Some(var))?;
                Ok(StaticToken(Secret::new(t.trim()), Some(var.to_string())))
            }
            _ => Err(WebexError::SignInNeeded(crate::said!("signin-env-unset", var = var))),
        }
    }
}

impl TokenSource for StaticToken {
    fn token(&self) -> BoxFuture<'_, WebexResult<Secret>> {
        Box::pin(async move {
            if self.0.is_empty() {
                return Err(WebexError::SignInNeeded(crate::said!("signin-token-empty", login = LOGIN)));
            }
            Ok(self.0.clone())
        })
    }

    fn refresh(&self, _rejected: Secret) -> BoxFuture<'_, WebexResult<Option<Secret>>> {
        Box::pin(async { Ok(None) })
    }

    fn info(&self) -> TokenInfo {
        TokenInfo { kind: "static", ..TokenInfo::default() }
    }

    fn env_var(&self) -> Option<&str> {
        self.1.as_deref()
    }
}

/// The integration wxgo signs in through (client id and secret from the profile or flags).
#[derive(Clone)]
pub struct OAuthApp {
    pub client_id: String,
    pub client_secret: Secret,
    /// Where `device/authorize`, `device/token` and `access_token` live: the API base by default.
    pub oauth_base: String,
}

impl OAuthApp {
    /// An integration on the real Webex cloud (`https://webexapis.com/v1`).
    pub fn new(client_id: impl Into<String>, client_secret: Secret) -> OAuthApp {
        OAuthApp { client_id: client_id.into(), client_secret, oauth_base: super::client::DEFAULT_BASE_URL.to_string() }
    }
}

/// Access and refresh tokens as stored (keyring or 0600 file).
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct TokenSet {
    pub access_token: Secret,
    #[serde(default)]
    pub refresh_token: Option<Secret>,
    #[serde(default)]
    pub expires_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub refresh_expires_at: Option<DateTime<Utc>>,
    #[serde(default)]
    pub scopes: Vec<String>,
}

impl std::fmt::Debug for TokenSet {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenSet")
            .field("expires_at", &self.expires_at)
            .field("refresh_expires_at", &self.refresh_expires_at)
            .field("scopes", &self.scopes)
            .finish_non_exhaustive()
    }
}

/// The token endpoint's answer (device grant and refresh alike).
#[derive(Deserialize)]
struct TokenAnswer {
    access_token: Secret,
    #[serde(default)]
    expires_in: Option<i64>,
    #[serde(default)]
    refresh_token: Option<Secret>,
    #[serde(default)]
    refresh_token_expires_in: Option<i64>,
    #[serde(default)]
    scope: Option<String>,
}

impl TokenAnswer {
    fn into_set(self, now: DateTime<Utc>, old_scopes: &[String]) -> TokenSet {
        let secs = |s: Option<i64>| s.map(|s| now + chrono::Duration::seconds(s.max(0)));
        TokenSet {
            access_token: self.access_token,
            refresh_token: self.refresh_token,
            expires_at: secs(self.expires_in),
            refresh_expires_at: secs(self.refresh_token_expires_in),
            scopes: match self.scope {
                Some(s) => s.split_whitespace().map(str::to_string).collect(),
                None => old_scopes.to_vec(),
            },
        }
    }
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct OAuthErrorBody {
    error: Option<String>,
    error_description: Option<String>,
    message: Option<String>,
}

/// How the OAuth requests (`access_token`, `device/authorize`, `device/token`) go out: the API
/// client's HTTP client (proxy, CA file), a total timeout on each attempt, and the API's retry
/// rules (attempts, backoff, 429's Retry-After). Repeating one is harmless: it changes nothing in
/// the organisation (a refresh just gives a new access token).
#[derive(Clone)]
pub struct OAuthHttp {
    pub http: reqwest::Client,
    /// The whole of one attempt: connect, send, read the answer.
    pub timeout: Duration,
    pub retry: super::client::RetryPolicy,
}

impl OAuthHttp {
    /// The API client's settings (its HTTP client, timeout and retries) for the OAuth requests.
    pub fn from_config(http: reqwest::Client, cfg: &super::client::ClientConfig) -> OAuthHttp {
        OAuthHttp { http, timeout: cfg.request_timeout, retry: cfg.retry.clone() }
    }

    /// POSTs the form built by `build`; retries what surely did not arrive or failed on Webex's
    /// side (no connection, a timeout, 429, 5xx), up to the policy's attempts. The status and at
    /// most 64 kB of the answer.
    async fn post(
        &self,
        url: &str,
        path: &str,
        build: impl Fn(reqwest::RequestBuilder) -> reqwest::RequestBuilder,
    ) -> WebexResult<(u16, Vec<u8>)> {
        let parsed = url::Url::parse(url).map_err(|e| {
            WebexError::config(crate::said!("signin-address-not-url", url = url, error = e.to_string()))
        })?;
        super::client::check_transport(&parsed)?;
        let max_attempts = self.retry.max_attempts.max(1);
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let sent = build(self.http.post(url)).timeout(self.timeout).send().await;
            let failure = match sent {
                Ok(resp) => {
                    let status = resp.status().as_u16();
                    let wait = resp
                        .headers()
                        .get(reqwest::header::RETRY_AFTER)
                        .and_then(|v| v.to_str().ok())
                        .and_then(|v| v.trim().parse::<u64>().ok())
                        .map(Duration::from_secs);
                    match read_small(resp, self.timeout).await {
                        Ok(body) if !(status == 429 || (500..=599).contains(&status)) => return Ok((status, body)),
                        Ok(body) if attempt >= max_attempts => return Ok((status, body)),
                        Ok(_) if status == 429 => {
                            let w = wait.unwrap_or(self.retry.retry_after_default).min(self.retry.retry_after_max);
                            tokio::time::sleep(w).await;
                            continue;
                        }
                        Ok(_) => crate::said!("last-answer", status = status.to_string()).into(),
                        Err(why) => why,
                    }
                }
                Err(e) if e.is_builder() => {
                    return Err(WebexError::config(crate::said!(
                        "signin-cannot-build",
                        path = path,
                        error = e.to_string()
                    )))
                }
                Err(e) if e.is_timeout() => {
                    crate::said!("last-no-answer-in", seconds = self.timeout.as_secs_f32().to_string()).into()
                }
                Err(e) if e.is_connect() => crate::said!("last-cannot-connect").into(),
                Err(_) => crate::said!("last-connection-failed").into(),
            };
            if attempt >= max_attempts {
                return Err(WebexError::Unreachable {
                    method: "POST".into(),
                    path: path.into(),
                    attempts: attempt,
                    last: failure,
                });
            }
            let factor = 1u32.checked_shl(attempt.saturating_sub(1).min(16)).unwrap_or(u32::MAX);
            tokio::time::sleep(self.retry.backoff_base.saturating_mul(factor).min(self.retry.backoff_max)).await;
        }
    }
}

/// A token from Webex's sign-in answer that can be sent; else a clear error (never the token).
fn usable(answer: TokenAnswer, path: &str) -> WebexResult<TokenAnswer> {
    let bad = super::client::check_token(answer.access_token.expose())
        .err()
        .or_else(|| answer.refresh_token.as_ref().and_then(|r| super::client::check_token(r.expose()).err()));
    match bad {
        None => Ok(answer),
        Some(_) => Err(WebexError::SignIn(crate::said!("signin-bad-answer-token", path = path, login = LOGIN))),
    }
}

/// The clock the token logic reads (tests pin it).
pub type Now = Arc<dyn Fn() -> DateTime<Utc> + Send + Sync>;

pub fn system_now() -> Now {
    Arc::new(Utc::now)
}

/// Tokens from `wxgo login`, refreshed with the refresh token before they expire and once after a
/// 401; each refreshed pair saved back to the store it came from.
pub struct OAuthTokens {
    app: OAuthApp,
    http: OAuthHttp,
    current: tokio::sync::Mutex<TokenSet>,
    snapshot: std::sync::Mutex<TokenInfo>,
    store: Option<TokenStore>,
    now: Now,
    /// Refresh when less than this is left.
    pub margin: chrono::Duration,
}

impl OAuthTokens {
    pub fn new(app: OAuthApp, tokens: TokenSet, store: Option<TokenStore>, now: Now) -> WebexResult<OAuthTokens> {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| WebexError::config(crate::said!("https-cannot-set-up", error = e.to_string())))?;
        let cfg = super::client::ClientConfig::default();
        let http = OAuthHttp::from_config(client, &cfg);
        let info = TokenInfo { kind: "oauth", scopes: tokens.scopes.clone(), expires_at: tokens.expires_at };
        Ok(OAuthTokens {
            app,
            http,
            current: tokio::sync::Mutex::new(tokens),
            snapshot: std::sync::Mutex::new(info),
            store,
            now,
            margin: chrono::Duration::minutes(5),
        })
    }

    /// The tokens `wxgo login` stored for this profile; sign-in needed when there are none.
    pub fn from_store(app: OAuthApp, store: TokenStore, now: Now) -> WebexResult<(OAuthTokens, StoredIn)> {
        match store.load()? {
            Some((tokens, stored_in)) => Ok((OAuthTokens::new(app, tokens, Some(store), now)?, stored_in)),
            None => Err(WebexError::SignInNeeded(crate::said!("signin-not-yet", login = LOGIN))),
        }
    }

    /// Uses the HTTP client (proxy, CA file) of the API client, with the default timeout and retries.
    pub fn with_http(mut self, http: reqwest::Client) -> OAuthTokens {
        self.http.http = http;
        self
    }

    /// Uses the API client's HTTP client, total timeout and retry rules (what the service does).
    pub fn with_transport(mut self, http: OAuthHttp) -> OAuthTokens {
        self.http = http;
        self
    }

    async fn do_refresh(&self, set: &mut TokenSet) -> WebexResult<()> {
        let Some(refresh) = set.refresh_token.clone() else {
            return Err(WebexError::SignInNeeded(crate::said!("signin-expired-no-refresh", login = LOGIN)));
        };
        if set.refresh_expires_at.is_some_and(|t| t <= (self.now)()) {
            return Err(WebexError::SignInNeeded(crate::said!("signin-refresh-too-old", login = LOGIN)));
        }
        let url = format!("{}/access_token", self.app.oauth_base.trim_end_matches('/'));
        let form = [
            ("grant_type", "refresh_token"),
            ("client_id", self.app.client_id.as_str()),
            ("client_secret", self.app.client_secret.expose()),
            ("refresh_token", refresh.expose()),
        ];
        let (status, body) = self.http.post(&url, "/access_token", |rb| rb.form(&form)).await?;
        if !(200..300).contains(&status) {
            let e: OAuthErrorBody = serde_json::from_slice(&body).unwrap_or_default();
            let why = e.error_description.or(e.message).or(e.error).unwrap_or_else(|| format!("status {status}"));
            let why = super::error::one_line(&why, 300);
            if (500..=599).contains(&status) || status == 429 {
                return Err(WebexError::Unreachable {
                    method: "POST".into(),
                    path: "/access_token".into(),
                    attempts: self.http.retry.max_attempts.max(1),
                    last: crate::said!("last-answer-why", status = status.to_string(), why = why).into(),
                });
            }
            return Err(WebexError::SignInNeeded(crate::said!("signin-renew-refused", why = why, login = LOGIN)));
        }
        let answer: TokenAnswer = serde_json::from_slice(&body).map_err(|_| oauth_decode("/access_token"))?;
        let answer = usable(answer, "/access_token")?;
        let mut new = answer.into_set((self.now)(), &set.scopes);
        if new.refresh_token.is_none() {
            new.refresh_token = Some(refresh);
            new.refresh_expires_at = set.refresh_expires_at;
        }
        *set = new;
        if let Ok(mut s) = self.snapshot.lock() {
            *s = TokenInfo { kind: "oauth", scopes: set.scopes.clone(), expires_at: set.expires_at };
        }
        if let Some(store) = &self.store {
            // The keyring may run its own runtime: save from a plain thread, outside ours.
            let (store, copy) = (store.clone(), set.clone());
            let saved = std::thread::spawn(move || store.save(&copy)).join();
            if let Ok(Err(e)) = saved {
                return Err(e);
            }
        }
        Ok(())
    }
}

impl TokenSource for OAuthTokens {
    fn token(&self) -> BoxFuture<'_, WebexResult<Secret>> {
        Box::pin(async move {
            let mut set = self.current.lock().await;
            let due = set.expires_at.is_some_and(|t| t - self.margin <= (self.now)());
            if due {
                self.do_refresh(&mut set).await?;
            }
            Ok(set.access_token.clone())
        })
    }

    fn refresh(&self, rejected: Secret) -> BoxFuture<'_, WebexResult<Option<Secret>>> {
        Box::pin(async move {
            let mut set = self.current.lock().await;
            if set.access_token != rejected {
                // Another request refreshed it meanwhile.
                return Ok(Some(set.access_token.clone()));
            }
            self.do_refresh(&mut set).await?;
            Ok(Some(set.access_token.clone()))
        })
    }

    fn info(&self) -> TokenInfo {
        self.snapshot.lock().map(|s| s.clone()).unwrap_or_default()
    }
}

/// What to show the admin: the URL and the user code (and the complete URL for a QR code).
#[derive(Clone, Deserialize)]
pub struct DeviceAuthorization {
    device_code: Secret,
    pub user_code: String,
    pub verification_uri: String,
    #[serde(default)]
    pub verification_uri_complete: Option<String>,
    #[serde(default = "default_expires")]
    pub expires_in: u64,
    #[serde(default = "default_interval")]
    pub interval: u64,
}

impl std::fmt::Debug for DeviceAuthorization {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DeviceAuthorization")
            .field("verification_uri", &self.verification_uri)
            .field("expires_in", &self.expires_in)
            .field("interval", &self.interval)
            .finish_non_exhaustive()
    }
}

fn default_expires() -> u64 {
    300
}

fn default_interval() -> u64 {
    5
}

/// How the poll waits between tries (tests pass one that records and returns at once).
pub type Sleeper = Arc<dyn Fn(Duration) -> BoxFuture<'static, ()> + Send + Sync>;

pub fn tokio_sleeper() -> Sleeper {
    Arc::new(|d| Box::pin(tokio::time::sleep(d)))
}

/// The OAuth 2.0 device grant flow against Webex (`device/authorize`, then `device/token`).
pub struct DeviceFlow {
    app: OAuthApp,
    http: OAuthHttp,
    sleeper: Sleeper,
    now: Now,
    /// Added to the interval on each `slow_down` (RFC 8628 says 5 s).
    pub slow_down_step: Duration,
}

impl DeviceFlow {
    /// With the API's default timeout and retries; see [`DeviceFlow::with_transport`].
    pub fn new(app: OAuthApp, http: reqwest::Client, sleeper: Sleeper, now: Now) -> DeviceFlow {
        let http = OAuthHttp::from_config(http, &super::client::ClientConfig::default());
        DeviceFlow { app, http, sleeper, now, slow_down_step: Duration::from_secs(5) }
    }

    /// Uses the API client's HTTP client, total timeout and retry rules.
    pub fn with_transport(mut self, http: OAuthHttp) -> DeviceFlow {
        self.http = http;
        self
    }

    fn endpoint(&self, tail: &str) -> String {
        format!("{}/{tail}", self.app.oauth_base.trim_end_matches('/'))
    }

    /// Step 1: ask for a user code for `scopes` (space-separated in the request).
    pub async fn start(&self, scopes: &[&str]) -> WebexResult<DeviceAuthorization> {
        let scope = scopes.join(" ");
        let form = [("client_id", self.app.client_id.as_str()), ("scope", scope.as_str())];
        let (status, body) =
            self.http.post(&self.endpoint("device/authorize"), "/device/authorize", |rb| rb.form(&form)).await?;
        if status != 200 {
            let e: OAuthErrorBody = serde_json::from_slice(&body).unwrap_or_default();
            let why = e.error_description.or(e.message).or(e.error).unwrap_or_else(|| format!("status {status}"));
            let why = super::error::one_line(&why, 300);
            return Err(WebexError::SignIn(crate::said!("signin-start-refused", why = why, scopes = scope)));
        }
        serde_json::from_slice(&body).map_err(|_| oauth_decode("/device/authorize"))
    }

    /// Step 2: poll until the admin approves (or declines, or the code expires).
    pub async fn poll(&self, auth: &DeviceAuthorization) -> WebexResult<TokenSet> {
        let mut interval = Duration::from_secs(auth.interval.max(1));
        let mut waited = Duration::ZERO;
        let limit = Duration::from_secs(auth.expires_in);
        let form = [
            ("grant_type", "urn:ietf:params:oauth:grant-type:device_code"),
            ("device_code", auth.device_code.expose()),
            ("client_id", self.app.client_id.as_str()),
        ];
        let url = self.endpoint("device/token");
        loop {
            if waited >= limit {
                return Err(expired());
            }
            (self.sleeper)(interval).await;
            waited += interval;
            // A network hiccup while the admin is in the browser is retried (with a total timeout
            // on each try); one that outlasts the retries ends the sign-in with the reason.
            let (status, body) = self
                .http
                .post(&url, "/device/token", |rb| {
                    rb.basic_auth(&self.app.client_id, Some(self.app.client_secret.expose())).form(&form)
                })
                .await?;
            if status == 200 {
                let a: TokenAnswer = serde_json::from_slice(&body).map_err(|_| oauth_decode("/device/token"))?;
                return Ok(usable(a, "/device/token")?.into_set((self.now)(), &[]));
            }
            let e: OAuthErrorBody = serde_json::from_slice(&body).unwrap_or_default();
            match (status, e.error.as_deref()) {
                (428, _) | (_, Some("authorization_pending")) => {}
                (_, Some("slow_down")) => interval += self.slow_down_step,
                (_, Some("expired_token")) => return Err(expired()),
                (_, Some("access_denied")) => {
                    return Err(WebexError::SignIn(crate::said!("signin-declined", login = LOGIN)))
                }
                (429, _) | (500..=599, _) => interval += self.slow_down_step,
                (_, other) => {
                    let why = e.error_description.or(other.map(str::to_string)).unwrap_or_else(|| status.to_string());
                    let why = super::error::one_line(&why, 300);
                    return Err(WebexError::SignIn(crate::said!("signin-refused", why = why, login = LOGIN)));
                }
            }
        }
    }
}

/// An OAuth answer, at most 64 kB of it (they are a few hundred bytes), read within `timeout`.
async fn read_small(mut resp: reqwest::Response, timeout: Duration) -> Result<Vec<u8>, String> {
    let read = async {
        let mut body = Vec::new();
        loop {
            match resp.chunk().await {
                Ok(Some(chunk)) if body.len() + chunk.len() > 64 << 10 => return Ok(body),
                Ok(Some(chunk)) => body.extend_from_slice(&chunk),
                Ok(None) => return Ok(body),
                Err(_) => return Err(crate::said!("last-broke-off").into()),
            }
        }
    };
    tokio::time::timeout(timeout, read).await.unwrap_or_else(|_| {
        Err(crate::said!("last-no-whole-answer", seconds = timeout.as_secs_f32().to_string()).into())
    })
}

/// Not serde's words: they can quote the offending value, and here that could be a token.
fn oauth_decode(path: &str) -> WebexError {
    WebexError::Decode { path: path.into(), detail: crate::said!("decode-signin-answer").into() }
}

fn expired() -> WebexError {
    WebexError::SignIn(crate::said!("signin-code-expired", login = LOGIN))
}
