//! Signing in to Webex: the device grant flow, refreshing tokens (before expiry and after a 401
//! mid-listing), the token store's keyring-or-0600-file choice, and whoami. Time is injected.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::fake_webex::{DeviceStep, FakeWebex, CLIENT_ID, CLIENT_SECRET, CUSTOMER_TOKEN};
use chrono::{DateTime, TimeZone, Utc};
use futures::future::BoxFuture;
use wxgo::domain::Error;
use wxgo::outside::webex::auth::{Now, Sleeper};
use wxgo::outside::webex::token_store::SecretBackend;
use wxgo::outside::webex::*;

fn t0() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).single().expect("time")
}

fn fixed_now(t: DateTime<Utc>) -> Now {
    Arc::new(move || t)
}

fn app(fake: &FakeWebex) -> OAuthApp {
    OAuthApp {
        client_id: CLIENT_ID.into(),
        client_secret: Secret::new(CLIENT_SECRET),
        oauth_base: fake.base_url.clone(),
    }
}

fn config(base: &str) -> ClientConfig {
    let mut c = ClientConfig { base_url: base.into(), use_env_proxy: false, ..ClientConfig::default() };
    c.retry.backoff_base = Duration::from_millis(5);
    c
}

/// A sleeper that returns at once and remembers what it was asked to wait.
fn recording_sleeper() -> (Sleeper, Arc<Mutex<Vec<Duration>>>) {
    let log = Arc::new(Mutex::new(Vec::new()));
    let l = log.clone();
    let s: Sleeper = Arc::new(move |d| -> BoxFuture<'static, ()> {
        l.lock().expect("log").push(d);
        Box::pin(async {})
    });
    (s, log)
}

fn run_flow(
    fake: &FakeWebex,
    steps: Vec<DeviceStep>,
) -> (Result<TokenSet, WebexError>, Vec<Duration>, DeviceAuthorization) {
    fake.knobs().device_steps = steps;
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
    let (sleeper, slept) = recording_sleeper();
    let http = reqwest::Client::builder().no_proxy().build().expect("http");
    let flow = DeviceFlow::new(app(fake), http, sleeper, fixed_now(t0()));
    let auth = rt.block_on(flow.start(&["spark-admin:people_read", "spark-admin:devices_write"])).expect("authorize");
    let result = rt.block_on(flow.poll(&auth));
    let slept = slept.lock().expect("log").clone();
    (result, slept, auth)
}

#[test]
fn device_grant_waits_while_pending_slows_down_when_told_and_signs_in() {
    let fake = FakeWebex::start();
    let steps = vec![DeviceStep::Pending, DeviceStep::SlowDown, DeviceStep::Pending, DeviceStep::Approve];
    let (tokens, slept, auth) = run_flow(&fake, steps);
    let tokens = tokens.expect("approved");
    assert!(!auth.user_code.is_empty() && auth.verification_uri.starts_with("https://"));
    assert!(auth.verification_uri_complete.as_deref().is_some_and(|u| u.contains(&auth.user_code)));
    let secs: Vec<u64> = slept.iter().map(Duration::as_secs).collect();
    assert_eq!(secs, vec![5, 5, 10, 10], "the interval grows by 5 s after slow_down");
    assert_eq!(tokens.expires_at, Some(t0() + chrono::Duration::seconds(3600)));
    assert!(tokens.refresh_token.is_some());
    assert!(tokens.scopes.iter().any(|s| s == "spark-admin:devices_write"));
    assert!(!format!("{tokens:?}").contains(tokens.access_token.expose()), "Debug hides the token");
    // The token works.
    let c = WebexClient::new(config(&fake.base_url), Arc::new(StaticToken::new(tokens.access_token.clone())))
        .expect("client");
    assert_eq!(c.me().expect("me").emails, vec!["user0@acme.example".to_string()]);
    // The poll authenticated the client with HTTP Basic and the device code grant.
    assert_eq!(fake.count("POST", "/device/token"), 4);
}

#[test]
fn device_grant_reports_an_expired_code() {
    let fake = FakeWebex::start();
    let (r, _, _) = run_flow(&fake, vec![DeviceStep::Pending, DeviceStep::Expired]);
    let e = r.expect_err("expired");
    assert!(e.to_string().contains("expired") && e.to_string().contains("wxgo login"), "{e}");
    assert_eq!(Error::from(e).exit_code(), 9);
}

#[test]
fn device_grant_reports_a_declined_sign_in() {
    let fake = FakeWebex::start();
    let (r, _, _) = run_flow(&fake, vec![DeviceStep::Denied]);
    let e = r.expect_err("denied");
    assert!(e.to_string().contains("declined"), "{e}");
}

#[test]
fn device_grant_gives_up_when_the_code_lifetime_is_over() {
    let fake = FakeWebex::start();
    let (r, slept, auth) = run_flow(&fake, vec![DeviceStep::Pending]);
    assert!(r.expect_err("never approved").to_string().contains("expired"));
    let waited: Duration = slept.iter().sum();
    assert_eq!(waited, Duration::from_secs(auth.expires_in), "polled for exactly the code's lifetime");
}

fn oauth_client(
    fake: &FakeWebex,
    access: &str,
    refresh: &str,
    expires_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> WebexClient {
    fake.add_token(access, CUSTOMER_TOKEN, |_| {});
    fake.add_refresh_token(refresh, access);
    let set = TokenSet {
        access_token: Secret::new(access),
        refresh_token: Some(Secret::new(refresh)),
        expires_at: Some(expires_at),
        refresh_expires_at: None,
        scopes: vec!["spark-admin:people_read".into()],
    };
    let tokens = OAuthTokens::new(app(fake), set, None, fixed_now(now)).expect("tokens");
    WebexClient::new(config(&fake.base_url), Arc::new(tokens)).expect("client")
}

#[test]
fn a_token_expiring_mid_listing_is_refreshed_once_and_the_listing_continues() {
    let fake = FakeWebex::start();
    fake.knobs().page_cap = 5;
    let c = oauth_client(&fake, "at-old", "rt-old", t0() + chrono::Duration::hours(1), t0());
    fake.knobs().expire_after = Some(("at-old".into(), 2));
    let people = c.list_people(&PeopleQuery::default()).expect("all people despite the expiry");
    assert_eq!(people.len(), 25);
    assert_eq!(fake.count("POST", "/access_token"), 1, "one refresh");
    let pages: Vec<_> = fake.requests().into_iter().filter(|r| r.path == "/people").collect();
    let statuses: Vec<u16> = pages.iter().map(|r| r.status).collect();
    assert_eq!(statuses, vec![200, 200, 401, 200, 200, 200], "the third page retried after the refresh");
    assert!(pages[3..].iter().all(|r| r.token.as_deref() != Some("at-old")), "new token after the refresh");
    let info = c.api().tokens().info();
    assert_eq!(info.kind, "oauth");
    assert_eq!(info.expires_at, Some(t0() + chrono::Duration::seconds(3600)));
}

#[test]
fn a_token_about_to_expire_is_refreshed_before_it_is_used() {
    let fake = FakeWebex::start();
    let c = oauth_client(&fake, "at-short", "rt-short", t0() + chrono::Duration::minutes(2), t0());
    c.list_licenses().expect("licences");
    assert_eq!(fake.count("POST", "/access_token"), 1);
    let used: Vec<_> = fake.requests().into_iter().filter(|r| r.path == "/licenses").collect();
    assert_eq!(used.len(), 1);
    assert_ne!(used[0].token.as_deref(), Some("at-short"));
    assert_eq!(used[0].status, 200, "no 401 on the way");
}

#[test]
fn a_revoked_sign_in_cannot_refresh_and_asks_to_log_in_again() {
    let fake = FakeWebex::start();
    let c = oauth_client(&fake, "at-rev", "rt-rev", t0() + chrono::Duration::hours(1), t0());
    c.me().expect("works before");
    fake.revoke("at-rev");
    let e = c.list_people(&PeopleQuery::default()).expect_err("revoked");
    assert!(matches!(e, WebexError::SignInNeeded(_)), "{e:?}");
    assert!(e.to_string().contains("wxgo login"), "{e}");
    assert!(!e.to_string().contains("rt-rev") && !e.to_string().contains("at-rev"), "no token in the message");
    assert_eq!(Error::from(e).exit_code(), 9);
}

#[test]
fn refreshed_tokens_are_saved_back_to_the_store() {
    let fake = FakeWebex::start();
    let dir = tempfile::tempdir().expect("tmp");
    let store = TokenStore::with("work", dir.path().join("tokens"), None).expect("store");
    fake.add_token("at-s", CUSTOMER_TOKEN, |_| {});
    fake.add_refresh_token("rt-s", "at-s");
    let set = TokenSet {
        access_token: Secret::new("at-s"),
        refresh_token: Some(Secret::new("rt-s")),
        expires_at: Some(t0()),
        refresh_expires_at: None,
        scopes: vec![],
    };
    let tokens = OAuthTokens::new(app(&fake), set, Some(store.clone()), fixed_now(t0())).expect("tokens");
    let c = WebexClient::new(config(&fake.base_url), Arc::new(tokens)).expect("client");
    c.me().expect("me");
    let (saved, where_) = store.load().expect("load").expect("saved");
    assert_ne!(saved.access_token.expose(), "at-s");
    assert!(matches!(where_, StoredIn::File { keyring_error: None, .. }));
}

struct NoKeyring;
impl SecretBackend for NoKeyring {
    fn set(&self, _: &str, _: &str) -> Result<(), String> {
        Err("no secret service provider or dbus session found".into())
    }
    fn get(&self, _: &str) -> Result<Option<String>, String> {
        Err("no secret service provider or dbus session found".into())
    }
    fn delete(&self, _: &str) -> Result<(), String> {
        Err("no secret service provider or dbus session found".into())
    }
}

#[derive(Default)]
struct MemoryKeyring(Mutex<std::collections::HashMap<String, String>>);
impl SecretBackend for MemoryKeyring {
    fn set(&self, p: &str, v: &str) -> Result<(), String> {
        self.0.lock().map_err(|e| e.to_string())?.insert(p.into(), v.into());
        Ok(())
    }
    fn get(&self, p: &str) -> Result<Option<String>, String> {
        Ok(self.0.lock().map_err(|e| e.to_string())?.get(p).cloned())
    }
    fn delete(&self, p: &str) -> Result<(), String> {
        self.0.lock().map_err(|e| e.to_string())?.remove(p);
        Ok(())
    }
}

fn sample() -> TokenSet {
    TokenSet {
        access_token: Secret::new("secret-access"),
        refresh_token: Some(Secret::new("secret-refresh")),
        expires_at: Some(t0()),
        refresh_expires_at: None,
        scopes: vec!["spark-admin:people_read".into()],
    }
}

#[test]
fn without_a_keyring_tokens_go_to_a_0600_file_and_the_store_says_so() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("tmp");
    let store = TokenStore::with("oncall", dir.path().join("wxgo/tokens"), Some(Arc::new(NoKeyring))).expect("store");
    let stored = store.save(&sample()).expect("saved");
    let path = dir.path().join("wxgo/tokens/oncall.json");
    assert_eq!(
        stored,
        StoredIn::File {
            path: path.clone(),
            keyring_error: Some("no secret service provider or dbus session found".into())
        }
    );
    assert!(stored.describe().contains("No system keyring") && stored.describe().contains("oncall.json"));
    assert_eq!(std::fs::metadata(&path).expect("file").permissions().mode() & 0o777, 0o600);
    assert_eq!(std::fs::metadata(path.parent().expect("dir")).expect("dir").permissions().mode() & 0o077, 0);
    let (loaded, _) = store.load().expect("load").expect("found");
    assert_eq!(loaded, sample());
    store.delete().expect("logout");
    assert!(store.load().expect("load").is_none());
    assert!(!path.exists());
}

#[test]
fn with_a_keyring_no_file_is_written() {
    let dir = tempfile::tempdir().expect("tmp");
    let store =
        TokenStore::with("work", dir.path().to_path_buf(), Some(Arc::new(MemoryKeyring::default()))).expect("store");
    assert_eq!(store.save(&sample()).expect("saved"), StoredIn::Keyring);
    assert!(!store.file_path().exists());
    assert_eq!(store.load().expect("load"), Some((sample(), StoredIn::Keyring)));
}

#[test]
fn the_os_keyring_falls_back_to_the_file_on_a_box_without_a_session_bus() {
    if std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some() {
        eprintln!("skipped: this machine has a D-Bus session, so the OS keyring may work here");
        return;
    }
    let dir = tempfile::tempdir().expect("tmp");
    let store = TokenStore::with(
        "ci",
        dir.path().to_path_buf(),
        Some(Arc::new(wxgo::outside::webex::token_store::OsKeyring::default())),
    )
    .expect("store");
    match store.save(&sample()).expect("saved") {
        StoredIn::File { keyring_error: Some(why), .. } => assert!(!why.is_empty()),
        other => panic!("expected the file fallback, got {other:?}"),
    }
}

#[test]
fn profile_names_cannot_leave_the_token_folder() {
    let dir = tempfile::tempdir().expect("tmp");
    assert!(TokenStore::with("../evil", dir.path().to_path_buf(), None).is_err());
    assert!(TokenStore::with("", dir.path().to_path_buf(), None).is_err());
}

#[test]
fn whoami_names_the_person_org_roles_scopes_and_expiry() {
    let fake = FakeWebex::start();
    let c = oauth_client(&fake, "at-who", "rt-who", t0() + chrono::Duration::hours(2), t0());
    let me = c.whoami().expect("whoami");
    assert_eq!(me.person.display_name.as_deref(), Some("First0 Last0"));
    assert_eq!(me.org.and_then(|o| o.display_name).as_deref(), Some("Acme Corp"));
    assert_eq!(me.roles.len(), 1);
    assert_eq!(me.token_kind, "oauth");
    assert_eq!(me.scopes, vec!["spark-admin:people_read".to_string()]);
    assert_eq!(me.expires_at, Some(t0() + chrono::Duration::hours(2)));
}

#[test]
fn a_profile_that_never_signed_in_is_told_to_log_in() {
    let fake = FakeWebex::start();
    let dir = tempfile::tempdir().expect("tmp");
    let store = TokenStore::with("fresh", dir.path().to_path_buf(), None).expect("store");
    let e = OAuthTokens::from_store(app(&fake), store.clone(), fixed_now(t0())).err().expect("nothing stored");
    assert!(e.to_string().contains("wxgo login"), "{e}");
    assert_eq!(Error::from(e).exit_code(), 9);
    fake.add_token("at-f", CUSTOMER_TOKEN, |_| {});
    store
        .save(&TokenSet {
            access_token: Secret::new("at-f"),
            refresh_token: None,
            expires_at: None,
            refresh_expires_at: None,
            scopes: vec![],
        })
        .expect("save");
    let (tokens, stored_in) = OAuthTokens::from_store(app(&fake), store, fixed_now(t0())).expect("stored");
    assert!(matches!(stored_in, StoredIn::File { .. }));
    let c = WebexClient::new(config(&fake.base_url), Arc::new(tokens)).expect("client");
    assert!(c.me().is_ok());
    let e = StaticToken::from_env("WXGO_TEST_SURELY_UNSET_TOKEN_VAR").err().expect("unset");
    assert!(e.to_string().contains("WXGO_TEST_SURELY_UNSET_TOKEN_VAR"), "{e}");
}

#[test]
fn device_grant_stops_polling_when_the_network_is_gone() {
    let fake = FakeWebex::start();
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
    let (sleeper, slept) = recording_sleeper();
    let http = reqwest::Client::builder().no_proxy().build().expect("http");
    let flow = DeviceFlow::new(app(&fake), http.clone(), sleeper.clone(), fixed_now(t0()));
    let auth = rt.block_on(flow.start(&["spark:all"])).expect("authorize");
    let port = std::net::TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).expect("port").port();
    let gone = OAuthApp { oauth_base: format!("http://127.0.0.1:{port}/v1"), ..app(&fake) };
    let transport = auth::OAuthHttp::from_config(http.clone(), &config(&fake.base_url));
    let flow = DeviceFlow::new(gone, http, sleeper, fixed_now(t0())).with_transport(transport);
    let e = rt.block_on(flow.poll(&auth)).expect_err("no network");
    assert!(matches!(e, WebexError::Unreachable { attempts: 5, .. }), "{e:?}");
    // One poll, its request tried as the API's are (5 attempts with backoff), not until the code expires.
    assert_eq!(slept.lock().expect("log").len(), 1);
    assert_eq!(Error::from(e).exit_code(), 10);
}
