//! A stateful fake of the Webex API for the tests (and benches): an axum server on
//! `127.0.0.1:0` in a background thread, seeded with a partner and two customer organisations
//! (or one large organisation), whose writes change its state, with knobs for every failure the
//! client must survive. Include it with `mod fake_webex;` (or `#[path]` from `benches/`).
//!
//! Its answers are checked against Webex's official OpenAPI specs through Stoplight Prism
//! (`prism.rs`) and, for the numbers endpoints, against the Python SDK wxc-sdk.
#![allow(dead_code, unused_imports)]

pub mod admin;
pub mod handlers;
pub mod home;
pub mod oauth;
pub mod prism;
pub mod tls;
pub mod world;

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

pub use world::{Grant, World, CUSTOMER_TOKEN, PARTNER_TOKEN, READ_ONLY_TOKEN};

/// A failure to serve instead of the real answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Inject {
    /// 429, with `Retry-After: n` when given.
    TooMany(Option<u64>),
    /// A 5xx status.
    Status(u16),
    /// Answer normally, but only after this long (a client timeout).
    Slow(Duration),
    /// Never answer, and change nothing (an endpoint that hangs, e.g. OAuth's).
    Hang,
    /// Do what was asked, then cut the connection before the answer (the answer is lost).
    DropAfterApply,
    /// Do what was asked, then never answer (the client's timeout ends it; the answer is lost).
    HangAfterApply,
    /// Refuse with this status and this error text as `message` (CR/LF, megabytes of it, ...).
    Refuse(u16, String),
}

/// What the device grant's token endpoint answers, one step per poll (the last one repeats).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeviceStep {
    Pending,
    SlowDown,
    Expired,
    Denied,
    Approve,
}

#[derive(Debug, Clone)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub query: String,
    pub token: Option<String>,
    pub status: u16,
    pub at: Instant,
}

/// What a hook sees of a request before the fake answers it.
#[derive(Debug, Clone)]
pub struct Seen {
    pub method: String,
    /// After `/v1/`, e.g. `people`.
    pub path: String,
    pub query: Vec<(String, String)>,
}

impl Seen {
    pub fn q(&self, k: &str) -> Option<&str> {
        self.query.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
    }
}

/// Changes the world before a request is answered (Webex changing between two pages of a
/// listing): called with the world locked, before the request is routed.
pub type Hook = Arc<Mutex<dyn FnMut(&Seen, &mut World) + Send>>;

/// Makes a [`Hook`] from a closure.
pub fn hook(f: impl FnMut(&Seen, &mut World) + Send + 'static) -> Hook {
    Arc::new(Mutex::new(f))
}

/// The knobs a test turns.
pub struct Knobs {
    /// The most items a page holds, whatever `max` asks; never more than the spec's own limit of
    /// the listing (see `handlers::spec_page_limit`).
    pub page_cap: usize,
    /// Added to every request.
    pub latency: Duration,
    /// Failures to serve, each to the next request whose path (after `/v1`) starts with the prefix.
    pub inject: VecDeque<(String, Inject)>,
    /// What BroadWorks and audit answer a non-partner token (403 or 404).
    pub non_partner_status: u16,
    /// Leave `Link` headers out (clients must then page with `start`/`offset`).
    pub omit_link: bool,
    /// Answer `GET /people?id=` without the people's `locationId`, as Webex's spec may mean by
    /// "additional administrative fields like `licenses`, `roles`, `locations` etc. ... are shown
    /// when accessing a user via GET /people/{id}, not when doing a GET /people?id=".
    pub ids_without_locations: bool,
    /// The base URL put in `Link` headers (the Prism router's when one is in front).
    pub public_base: Option<String>,
    /// The token expires after this many more requests with it.
    pub expire_after: Option<(String, usize)>,
    /// Steps for the next device authorisation.
    pub device_steps: Vec<DeviceStep>,
    /// Lifetime of issued access tokens, seconds.
    pub access_token_lifetime: u64,
    pub device_interval: u64,
    /// Answer `GET /devices` with a device missing the spec's required `created` (to show that
    /// Prism checks answers too).
    pub break_device_schema: bool,
    /// Listings whose path (after `/v1/`) starts with this loop: the second page's next-page link
    /// points back at the first (A -> B -> A).
    pub page_loop: Option<String>,
    /// Listings whose path starts with this never end: every page links to a next one, past the
    /// last item (empty pages with new links).
    pub endless_pages: Option<String>,
    /// The OAuth endpoints issue access tokens with a CR/LF and a control character in them.
    pub control_chars_in_tokens: bool,
    /// Licence ids `PATCH /licenses/users` will not assign (as if a constraint refused them): with
    /// others in the same request it answers 206 with the ones it did apply.
    pub refuse_licences: Vec<String>,
    /// Run before every request (see [`Hook`]).
    pub on_request: Option<Hook>,
}

impl std::fmt::Debug for Knobs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Knobs")
            .field("page_cap", &self.page_cap)
            .field("latency", &self.latency)
            .field("inject", &self.inject)
            .field("on_request", &self.on_request.is_some())
            .finish_non_exhaustive()
    }
}

impl Default for Knobs {
    fn default() -> Self {
        Knobs {
            page_cap: 1000,
            latency: Duration::ZERO,
            inject: VecDeque::new(),
            non_partner_status: 403,
            omit_link: false,
            ids_without_locations: false,
            public_base: None,
            expire_after: None,
            device_steps: vec![DeviceStep::Pending, DeviceStep::Approve],
            access_token_lifetime: 3600,
            device_interval: 5,
            break_device_schema: false,
            refuse_licences: Vec::new(),
            page_loop: None,
            endless_pages: None,
            control_chars_in_tokens: false,
            on_request: None,
        }
    }
}

pub struct Shared {
    pub world: Mutex<World>,
    pub knobs: Mutex<Knobs>,
    pub log: Mutex<Vec<Logged>>,
    pub in_flight: AtomicUsize,
    pub max_in_flight: AtomicUsize,
    /// device code -> (steps, next step index, access token granted on approval)
    pub device_codes: Mutex<std::collections::HashMap<String, (Vec<DeviceStep>, usize)>>,
    pub oauth_client: (String, String),
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|p| p.into_inner())
}

impl Shared {
    pub fn world(&self) -> MutexGuard<'_, World> {
        lock(&self.world)
    }
    pub fn knobs(&self) -> MutexGuard<'_, Knobs> {
        lock(&self.knobs)
    }
}

pub struct FakeWebex {
    /// `http://127.0.0.1:PORT/v1`
    pub base_url: String,
    pub port: u16,
    pub shared: Arc<Shared>,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<std::thread::JoinHandle<()>>,
}

pub const CLIENT_ID: &str = "Cfake-client-id";
pub const CLIENT_SECRET: &str = "fake-client-secret";

impl FakeWebex {
    pub fn start() -> FakeWebex {
        FakeWebex::start_with(World::seeded())
    }

    pub fn start_with(world: World) -> FakeWebex {
        let shared = Arc::new(Shared {
            world: Mutex::new(world),
            knobs: Mutex::new(Knobs::default()),
            log: Mutex::new(Vec::new()),
            in_flight: AtomicUsize::new(0),
            max_in_flight: AtomicUsize::new(0),
            device_codes: Mutex::new(Default::default()),
            oauth_client: (CLIENT_ID.into(), CLIENT_SECRET.into()),
        });
        let std_listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind the fake Webex API");
        let port = std_listener.local_addr().expect("the fake's address").port();
        std_listener.set_nonblocking(true).expect("nonblocking listener");
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let app = handlers::router(shared.clone());
        let thread = std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .expect("the fake's runtime");
            rt.block_on(async move {
                let listener = tokio::net::TcpListener::from_std(std_listener).expect("tokio listener");
                // Not a graceful shutdown: pooled keep-alive connections would hold it open.
                tokio::select! {
                    _ = axum::serve(listener, app) => {}
                    _ = rx => {}
                }
            });
        });
        FakeWebex {
            base_url: format!("http://127.0.0.1:{port}/v1"),
            port,
            shared,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    pub fn knobs(&self) -> MutexGuard<'_, Knobs> {
        self.shared.knobs()
    }

    pub fn world(&self) -> MutexGuard<'_, World> {
        self.shared.world()
    }

    /// Serve `what` to the next request whose path (after `/v1/`) starts with `prefix`.
    pub fn inject(&self, prefix: &str, what: Inject) {
        self.knobs().inject.push_back((prefix.trim_start_matches('/').to_string(), what));
    }

    pub fn requests(&self) -> Vec<Logged> {
        lock(&self.shared.log).clone()
    }

    pub fn count(&self, method: &str, path_prefix: &str) -> usize {
        self.requests().iter().filter(|r| r.method == method && r.path.starts_with(path_prefix)).count()
    }

    pub fn max_in_flight(&self) -> usize {
        self.shared.max_in_flight.load(Ordering::SeqCst)
    }

    /// Waits until a killed client's last requests have landed: nothing in flight at the fake and
    /// the request log steady over 50 looks (a request still on its way through a proxy or in
    /// the fake's latency would otherwise be applied after the next run has read the person).
    pub fn settled(&self, timeout: Duration) -> bool {
        let (mut last, mut steady) = (usize::MAX, 0);
        wait_until(timeout, || {
            let now = lock(&self.shared.log).len();
            let idle = self.shared.in_flight.load(Ordering::SeqCst) == 0;
            steady = if idle && now == last { steady + 1 } else { 0 };
            last = now;
            steady >= 50
        })
    }

    /// Starts counting [`FakeWebex::max_in_flight`] afresh (e.g. after a sync, before a run).
    pub fn reset_max_in_flight(&self) {
        self.shared.max_in_flight.store(self.shared.in_flight.load(Ordering::SeqCst), Ordering::SeqCst);
    }

    /// Adds a token with the rights of `like`, changed by `f`.
    pub fn add_token(&self, token: &str, like: &str, f: impl FnOnce(&mut Grant)) {
        let mut w = self.world();
        let mut g = w.tokens.get(like).cloned().expect("a seeded token to copy");
        f(&mut g);
        w.tokens.insert(token.into(), g);
    }

    pub fn revoke(&self, token: &str) {
        if let Some(g) = self.world().tokens.get_mut(token) {
            g.revoked = true;
        }
    }

    /// A refresh token that renews `access` (as a login would have given).
    pub fn add_refresh_token(&self, refresh: &str, access: &str) {
        self.world().refresh_tokens.insert(refresh.into(), access.into());
    }

    /// The phone's side: a device's connection status changes (e.g. `activating` -> `connected`).
    pub fn set_device_status(&self, device_id: &str, status: &str) -> bool {
        let mut w = self.world();
        for d in w.data.values_mut() {
            if let Some(dev) = d.devices.iter_mut().find(|x| x.id == device_id) {
                dev.connection_status = status.into();
                return true;
            }
        }
        false
    }

    /// The partner's provisioning side: a subscriber's status changes (e.g. `provisioning` -> `provisioned`).
    pub fn set_subscriber_status(&self, subscriber_id: &str, status: &str) -> bool {
        let mut w = self.world();
        for d in w.data.values_mut() {
            if let Some(s) = d.subscribers.iter_mut().find(|x| x.id == subscriber_id) {
                s.status = status.into();
                if status != "error" {
                    s.errors.clear();
                }
                return true;
            }
        }
        false
    }

    /// How many `PATCH /licenses/users` each person got (by person id), in order of arrival.
    pub fn licence_patches_per_person(&self) -> std::collections::HashMap<String, usize> {
        let mut m = std::collections::HashMap::new();
        for (p, _) in &self.world().licence_patches {
            *m.entry(p.clone()).or_default() += 1;
        }
        m
    }

    /// A person as the fake holds it now, by email.
    pub fn person_by_email(&self, email: &str) -> Option<world::Person> {
        self.world().data.values().flat_map(|d| d.people.iter()).find(|p| p.emails.iter().any(|e| e == email)).cloned()
    }

    /// Adds a person to the organisation `org` (e.g. `acme`) with this email and work number, as
    /// a directory or an admin could have left them (a second email differing only in case, a
    /// work number that is not a number).
    pub fn add_person(&self, org: &str, key: &str, email: &str, work: Option<&str>) -> String {
        let org_id = world::webex_id("ORGANIZATION", org);
        let mut w = self.world();
        let d = w.data.get_mut(&org_id).expect("a seeded organisation");
        let loc = d.locations.first().map(|l| l.id.clone());
        let mut p = world::person(&org_id, key, "Extra", key, email, work.map(str::to_string), None, loc);
        p.display_name = format!("Extra {key}");
        let id = p.id.clone();
        d.people.push(p);
        id
    }

    /// The Webex Go devices of a person, wherever they are.
    pub fn devices_of(&self, person_id: &str) -> Vec<world::Device> {
        self.world()
            .data
            .values()
            .flat_map(|d| d.devices.iter().filter(|x| x.person_id == person_id).cloned())
            .collect()
    }
}

impl Drop for FakeWebex {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

/// Polls `cond` until it holds or `timeout` passes (no fixed sleeps in tests).
pub fn wait_until(timeout: Duration, mut cond: impl FnMut() -> bool) -> bool {
    let end = Instant::now() + timeout;
    while Instant::now() < end {
        if cond() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    cond()
}
