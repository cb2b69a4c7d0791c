//! The Webex REST API: the client the `webex` backend mirrors an organisation through and sends
//! its actions to.
//!
//! - [`client`]: [`WebexClient`] (blocking, owns a small tokio runtime) over [`Api`] (async):
//!   rustls with the system's CA store plus an optional `ca_file`, proxies from the environment,
//!   at most `max_in_flight` requests at once, 429/5xx/timeout retries, paging, the trace.
//! - [`api`]: one typed method per endpoint wxgo uses.
//! - [`auth`]: token sources (a static token, OAuth tokens that refresh), the device grant flow.
//! - [`token_store`]: the OS keyring, or a 0600 file when there is none.
//! - [`error`]: [`WebexError`], with the status, Webex's words and the trackingId; into
//!   [`crate::domain::Error`] (401/403 exit 9, unreachable exit 10).
//!
//! ```text
//! let cfg = ClientConfig { base_url: profile.base_url, ca_file: profile.ca_file, ..ClientConfig::default() };
//! let tokens: Arc<dyn TokenSource> = match std::env::var_os("WEBEX_TOKEN") {
//!     Some(_) => Arc::new(StaticToken::from_env("WEBEX_TOKEN")?),
//!     None => Arc::new(OAuthTokens::from_store(app, TokenStore::new(&profile.name)?, auth::system_now())?.0),
//! };
//! let client = WebexClient::new(cfg, tokens)?; // blocking; not from inside a tokio runtime
//! client.people_pages(&PeopleQuery::default(), |page| { show(page); ControlFlow::Continue(()) })?;
//! let per_location = client.fan_out(location_ids, |api, id| async move {
//!     api.list_numbers(&NumberQuery { location_id: Some(id), ..Default::default() }).await
//! });
//! ```
//!
//! One client is one limit: `max_in_flight` counts the requests of that client and its clones.

pub mod api;
pub mod auth;
pub mod client;
pub mod config;
pub mod error;
pub mod models;
pub mod numbers;
pub mod secret;
pub mod token_store;
pub mod trace;
mod wire;

pub use api::{DeviceQuery, PeopleQuery, WhoAmI, PEOPLE_IDS_MAX};
pub use auth::{DeviceAuthorization, DeviceFlow, OAuthApp, OAuthTokens, StaticToken, TokenInfo, TokenSet, TokenSource};
pub use client::{Api, ClientConfig, Paging, RetryPolicy, WebexClient, Written, DEFAULT_BASE_URL};
pub use error::{ApiError, WebexError, WebexResult};
pub use secret::Secret;
pub use token_store::{StoredIn, TokenStore};
pub use trace::TraceSink;
