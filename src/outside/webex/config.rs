//! How the client is set up: the base URL (https, or plain http to this machine only), the CA
//! file, timeouts and retries, and the bounds of one listing.

use std::path::PathBuf;
use std::time::Duration;

use super::error::{WebexError, WebexResult};
use super::trace::TraceSink;

pub const DEFAULT_BASE_URL: &str = "https://webexapis.com/v1";

/// How the client retries. The defaults suit the real API; tests shrink the waits.
#[derive(Debug, Clone)]
pub struct RetryPolicy {
    /// Attempts per request, the first included (429, 5xx, timeouts, connection failures).
    pub max_attempts: u32,
    /// First backoff after a 5xx or a failure; doubled each time, up to `backoff_max`.
    pub backoff_base: Duration,
    pub backoff_max: Duration,
    /// The wait after a 429 without `Retry-After`.
    pub retry_after_default: Duration,
    /// The longest wait a `Retry-After` may ask for.
    pub retry_after_max: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_attempts: 5,
            backoff_base: Duration::from_millis(500),
            backoff_max: Duration::from_secs(30),
            retry_after_default: Duration::from_secs(5),
            retry_after_max: Duration::from_secs(120),
        }
    }
}

/// The largest organisation wxgo is built for, and benchmarked at: 1,000,000 people (with about
/// 1.4 numbers and half a device each). Webex's specs state no limit of their own.
pub const ORG_MAX_PEOPLE: u64 = 1_000_000;

/// How far one listing (people, devices, the numbers of a location, ...) may go before wxgo
/// stops it as runaway: a generous multiple of what the largest organisation holds, so a real
/// listing never comes near it, while a server that pages forever (new next-page links with no
/// end, empty pages) is stopped within minutes and a bounded amount of memory. A next-page link
/// to a page already read stops a listing at once, whatever these say.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListingLimits {
    /// Items: 2x [`ORG_MAX_PEOPLE`] (2,000,000): more than the people, the devices, the numbers
    /// or 30 days of audit events of a 1,000,000-person organisation.
    pub max_items: u64,
    /// Bytes of answers: 2 GiB, about 1 kB an item for the most items (a person with calling data
    /// is about 0.6 kB of JSON).
    pub max_bytes: u64,
    /// Pages: 100,000, so 2,000,000 items in pages of 20 (Webex pages hold 100 to 1,000).
    pub max_pages: u64,
}

impl Default for ListingLimits {
    fn default() -> Self {
        ListingLimits { max_items: 2 * ORG_MAX_PEOPLE, max_bytes: 2 << 30, max_pages: 100_000 }
    }
}

#[derive(Debug, Clone)]
pub struct ClientConfig {
    /// `https://webexapis.com/v1` by default; any URL (tests, other Webex clouds).
    pub base_url: String,
    /// Requests in flight at once, across all callers of one client.
    pub max_in_flight: usize,
    /// The whole of one attempt (connect, send, read the answer).
    pub request_timeout: Duration,
    pub connect_timeout: Duration,
    pub retry: RetryPolicy,
    /// `max` asked for on paged lists.
    pub page_size: u32,
    /// Extra CA certificates (PEM), trusted beside the system's store (TLS-inspecting proxies).
    pub ca_file: Option<PathBuf>,
    /// Use `HTTPS_PROXY`/`HTTP_PROXY`/`ALL_PROXY`/`NO_PROXY` from the environment (default true).
    pub use_env_proxy: bool,
    /// The organisation to act on (a partner's customer); `None`: the token's own.
    pub org_id: Option<String>,
    pub trace: Option<TraceSink>,
    /// The largest answer read (a page of 1,000 people is about 1 MB): what comes from outside is bounded.
    pub max_body_bytes: usize,
    /// Send nothing but GET (a read-only profile, token or `--read-only`); see [`Api::lock_read_only`].
    pub read_only: bool,
    /// Where a listing is stopped as runaway.
    pub listing: ListingLimits,
}

impl Default for ClientConfig {
    fn default() -> Self {
        ClientConfig {
            base_url: DEFAULT_BASE_URL.to_string(),
            max_in_flight: 8,
            request_timeout: Duration::from_secs(60),
            connect_timeout: Duration::from_secs(15),
            retry: RetryPolicy::default(),
            page_size: 1000,
            ca_file: None,
            use_env_proxy: true,
            org_id: None,
            trace: None,
            max_body_bytes: 64 << 20,
            read_only: false,
            listing: ListingLimits::default(),
        }
    }
}

/// The HTTP client the API client uses (CA file, proxies); also for sign-in and refresh.
pub fn build_http(cfg: &ClientConfig) -> WebexResult<reqwest::Client> {
    let mut b = reqwest::Client::builder()
        .connect_timeout(cfg.connect_timeout)
        .user_agent(concat!("wxgo/", env!("CARGO_PKG_VERSION")))
        .redirect(reqwest::redirect::Policy::none());
    if !cfg.use_env_proxy {
        b = b.no_proxy();
    }
    if let Some(path) = &cfg.ca_file {
        let pem = std::fs::read(path).map_err(|e| {
            WebexError::config(crate::said!(
                "ca-file-cannot-read",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        let certs = reqwest::Certificate::from_pem_bundle(&pem).map_err(|e| {
            WebexError::config(crate::said!(
                "ca-file-unusable",
                path = path.display().to_string(),
                error = e.to_string()
            ))
        })?;
        if certs.is_empty() {
            return Err(WebexError::config(crate::said!("ca-file-empty", path = path.display().to_string())));
        }
        for c in certs {
            b = b.add_root_certificate(c);
        }
    }
    b.build().map_err(|e| WebexError::config(crate::said!("https-cannot-set-up", error = e.to_string())))
}

pub(crate) fn parse_base(s: &str) -> WebexResult<url::Url> {
    let mut u = url::Url::parse(s).map_err(|e| {
        WebexError::config(crate::said!("base-url-not-url", url = s, error = e.to_string(), example = DEFAULT_BASE_URL))
    })?;
    if !matches!(u.scheme(), "http" | "https") {
        return Err(WebexError::config(crate::said!("base-url-not-https", url = s)));
    }
    check_transport(&u)?;
    if !u.path().ends_with('/') {
        let p = format!("{}/", u.path());
        u.set_path(&p);
    }
    Ok(u)
}

/// Whether `host` is this machine: `localhost`, 127.0.0.0/8 or `::1`.
pub fn is_loopback(u: &url::Url) -> bool {
    match u.host() {
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Plain `http://` sends the bearer token (and at sign-in the client secret) readable by anyone on
/// the way: refused for any host but this machine (a local test server), before anything is sent.
pub fn check_transport(u: &url::Url) -> WebexResult<()> {
    if u.scheme() == "https" || (u.scheme() == "http" && is_loopback(u)) {
        return Ok(());
    }
    let shown = format!("{}://{}", u.scheme(), u.host_str().unwrap_or(""));
    Err(WebexError::config(crate::said!("webex-plain-http", address = shown, scheme = u.scheme())))
}

/// The `Authorization` header for `token`, or a clear error at once when the token holds what no
/// header may (a control character, a line break): retrying would only fail the same way.
pub(crate) fn bearer(token: &super::secret::Secret) -> WebexResult<reqwest::header::HeaderValue> {
    check_token(token.expose())?;
    let mut v = reqwest::header::HeaderValue::from_str(&format!("Bearer {}", token.expose()))
        .map_err(|_| WebexError::SignInNeeded(crate::said!("token-unsendable")))?;
    v.set_sensitive(true);
    Ok(v)
}

/// A token wxgo can send: visible ASCII only (Webex's tokens are letters, digits, `-` and `_`).
/// The error says where the bad character is, never the token.
pub fn check_token(token: &str) -> WebexResult<()> {
    check_token_in(token, None)
}

/// [`check_token`] for the token in the environment variable `var`, which the error names.
pub fn check_token_in(token: &str, var: Option<&str>) -> WebexResult<()> {
    match token.chars().position(|c| !c.is_ascii_graphic()) {
        None => Ok(()),
        Some(at) => {
            let c = token.chars().nth(at).unwrap_or(' ');
            let code = format!("U+{:04X}", c as u32);
            let what = if c == '\n' || c == '\r' {
                crate::said!("token-line-break")
            } else if c.is_control() {
                crate::said!("token-control", code = code)
            } else if c == ' ' {
                crate::said!("token-space")
            } else {
                crate::said!("token-odd-character", code = code)
            };
            let token_words = match var {
                Some(v) => crate::said!("token-in", var = v),
                None => crate::said!("token-the"),
            };
            Err(WebexError::SignInNeeded(crate::said!(
                "token-bad-character",
                token = token_words,
                what = what,
                at = at + 1,
                n = token.chars().count(),
                login = "`wxgo login`"
            )))
        }
    }
}
