//! Conformance through Stoplight Prism: every request the client sends and every answer the fake
//! gives pass `prism proxy SPEC UPSTREAM --errors` for the spec file of that endpoint, and a
//! violation is recorded (and fails the test).
//!
//! client -> router (per test, picks the spec by path) -> Prism (one per spec file, shared by the
//! tests of one binary) -> dispatcher (shared; sends each request to its test's fake by the
//! `x-fake-port` header) -> the fake.
//!
//! Not through Prism, by name: the numbers endpoints and OAuth (no spec file has them; wxc-sdk
//! checks the numbers) and `GET /locations`, whose schema in webex-device.json is wrong (see the
//! specs' README): the real API's shape is followed there.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;

use super::{FakeWebex, World};

/// The one endpoint the spec describes wrongly (README of the specs): not checked by Prism.
pub const LOCATIONS_SCHEMA_EXCEPTION: &str = "GET /locations";

pub fn repo_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared/webex-openapi-specs` beside the repository; a clear failure when it is missing.
pub fn specs_dir() -> PathBuf {
    let dir = repo_dir().join("../shared/webex-openapi-specs");
    assert!(
        dir.join("webex-admin.json").is_file()
            && dir.join("webex-device.json").is_file()
            && dir.join("webex-broadworks.json").is_file(),
        "the Webex OpenAPI specs are missing: expected webex-admin.json, webex-device.json and webex-broadworks.json \
         in {} (the folder ../shared/webex-openapi-specs beside the repository). Put the unmodified spec files there \
         and run the conformance tests again.",
        dir.display()
    );
    dir
}

pub fn tools_dir() -> PathBuf {
    repo_dir().join("tests/.tools")
}

struct Harness {
    rt: tokio::runtime::Runtime,
    /// Prism ports: admin, device, broadworks.
    prism: [u16; 3],
    _children: Vec<Child>,
}

static HARNESS: OnceLock<Result<Harness, String>> = OnceLock::new();

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).unwrap_or(0)
}

fn start_harness() -> Result<Harness, String> {
    let specs = specs_dir();
    let prism_bin = tools_dir().join("node_modules/.bin/prism");
    if !prism_bin.exists() {
        return Err(format!("Prism is not installed at {}: run tests/setup.sh first", prism_bin.display()));
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| format!("runtime: {e}"))?;
    // The dispatcher Prism forwards to.
    let disp = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("bind: {e}"))?;
    let disp_port = disp.local_addr().map_err(|e| e.to_string())?.port();
    disp.set_nonblocking(true).map_err(|e| e.to_string())?;
    let http = reqwest::Client::builder().no_proxy().build().map_err(|e| e.to_string())?;
    rt.spawn(async move {
        let Ok(l) = tokio::net::TcpListener::from_std(disp) else { return };
        let app = axum::Router::new().fallback(dispatch).with_state(http);
        let _ = axum::serve(l, app).await;
    });
    // Cargo's scratch folder for tests: one log per spec, replaced on each run.
    let logs = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("prism");
    let _ = std::fs::create_dir_all(&logs);
    let mut children = Vec::new();
    let mut ports = [0u16; 3];
    for (i, spec) in ["webex-admin.json", "webex-device.json", "webex-broadworks.json"].iter().enumerate() {
        let port = free_port();
        let log = std::fs::File::create(logs.join(format!("{spec}.log"))).map_err(|e| e.to_string())?;
        let child = Command::new(&prism_bin)
            .arg("proxy")
            .arg(specs.join(spec))
            .arg(format!("http://127.0.0.1:{disp_port}/v1"))
            .args(["--errors", "-h", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(log.try_clone().map_err(|e| e.to_string())?)
            .stderr(log)
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", prism_bin.display()))?;
        children.push(child);
        ports[i] = port;
    }
    // Prism dies with this test process, whatever way it ends.
    let pids: Vec<String> = children.iter().map(|c| c.id().to_string()).collect();
    let watchdog = format!(
        "while kill -0 {} 2>/dev/null; do sleep 1; done; kill -9 {} 2>/dev/null",
        std::process::id(),
        pids.join(" ")
    );
    let _ = Command::new("sh").args(["-c", &watchdog]).stdin(Stdio::null()).stdout(Stdio::null()).spawn();
    let deadline = Instant::now() + Duration::from_secs(120);
    for (i, port) in ports.iter().enumerate() {
        loop {
            if std::net::TcpStream::connect(("127.0.0.1", *port)).is_ok() {
                break;
            }
            if let Ok(Some(status)) = children[i].try_wait() {
                return Err(format!("Prism exited ({status}); see its log in {}", logs.display()));
            }
            if Instant::now() > deadline {
                return Err(format!("Prism did not listen on port {port} within 120 s; see {}", logs.display()));
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
    Ok(Harness { rt, prism: ports, _children: children })
}

/// The dispatcher: to the fake named by `x-fake-port`.
async fn dispatch(
    State(http): State<reqwest::Client>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let port = headers.get("x-fake-port").and_then(|v| v.to_str().ok()).unwrap_or("0").to_string();
    let pq = uri.path_and_query().map(|p| p.as_str().to_string()).unwrap_or_default();
    forward(&http, method, &format!("http://127.0.0.1:{port}{pq}"), &headers, body, None).await.0
}

async fn forward(
    http: &reqwest::Client,
    method: Method,
    url: &str,
    headers: &HeaderMap,
    body: Bytes,
    fake_port: Option<u16>,
) -> (Response, Option<String>) {
    let m = reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap_or(reqwest::Method::GET);
    let mut rb = http.request(m, url).body(body.to_vec());
    for name in ["authorization", "content-type", "accept", "x-fake-port"] {
        if let Some(v) = headers.get(name).and_then(|v| v.to_str().ok()) {
            rb = rb.header(name, v);
        }
    }
    if let Some(p) = fake_port {
        rb = rb.header("x-fake-port", p.to_string());
    }
    let resp = match rb.send().await {
        Ok(r) => r,
        Err(e) => {
            let mut r = Response::new(Body::from(format!("router: {e}")));
            *r.status_mut() = StatusCode::BAD_GATEWAY;
            return (r, None);
        }
    };
    let status = resp.status().as_u16();
    let mut out_headers = HeaderMap::new();
    for (k, v) in resp.headers() {
        if ["content-length", "transfer-encoding", "connection", "keep-alive"].contains(&k.as_str()) {
            continue;
        }
        if let (Ok(k), Ok(v)) =
            (axum::http::HeaderName::from_bytes(k.as_str().as_bytes()), HeaderValue::from_bytes(v.as_bytes()))
        {
            out_headers.append(k, v);
        }
    }
    let bytes = resp.bytes().await.unwrap_or_default();
    let ct = out_headers.get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
    let violation = match out_headers.get("sl-violations").and_then(|v| v.to_str().ok()) {
        Some(v) => Some(v.to_string()),
        None if ct.contains("problem+json")
            && String::from_utf8_lossy(&bytes).contains("stoplight.io/prism/errors") =>
        {
            Some(String::from_utf8_lossy(&bytes).into_owned())
        }
        None => None,
    };
    let mut r = Response::new(Body::from(bytes));
    *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::BAD_GATEWAY);
    *r.headers_mut() = out_headers;
    (r, violation)
}

#[derive(Clone)]
struct RouterState {
    http: reqwest::Client,
    prism: [u16; 3],
    fake_port: u16,
    log: Arc<Mutex<ConformanceLog>>,
}

/// What the router saw.
#[derive(Debug, Default, Clone)]
pub struct ConformanceLog {
    /// `METHOD /path -> spec file` for each request checked by Prism.
    pub checked: Vec<String>,
    /// Requests sent past Prism, by name (numbers, OAuth, the `GET /locations` exception).
    pub unchecked: Vec<String>,
    /// Each violation Prism reported, with the request it was about.
    pub violations: Vec<String>,
}

/// Which Prism checks a path (after `/v1/`), or `None` for the named exceptions.
fn spec_for(method: &str, path: &str) -> Option<usize> {
    let first = path.split('/').next().unwrap_or("");
    if method == "GET" && path == "locations" {
        return None; // LOCATIONS_SCHEMA_EXCEPTION
    }
    match first {
        "people" | "licenses" | "adminAudit" | "organizations" => Some(0),
        "devices" | "locations" => Some(1),
        "telephony" if path.starts_with("telephony/config/devices") || path.starts_with("telephony/config/people") => {
            Some(1)
        }
        "broadworks" => Some(2),
        _ => None,
    }
}

async fn route(State(st): State<RouterState>, method: Method, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    let path = uri.path().strip_prefix("/v1").unwrap_or(uri.path()).trim_start_matches('/').to_string();
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    let what = format!("{} /{}", method, path);
    match spec_for(method.as_str(), &path) {
        Some(i) => {
            let url = format!("http://127.0.0.1:{}/{path}{query}", st.prism[i]);
            let (r, violation) = forward(&st.http, method, &url, &headers, body, Some(st.fake_port)).await;
            let mut log = st.log.lock().unwrap_or_else(|p| p.into_inner());
            let spec = ["webex-admin.json", "webex-device.json", "webex-broadworks.json"][i];
            log.checked.push(format!("{what} -> {spec}"));
            if let Some(v) = violation {
                log.violations.push(format!("{what} ({spec}, answered {}): {v}", r.status().as_u16()));
            }
            r
        }
        None => {
            st.log.lock().unwrap_or_else(|p| p.into_inner()).unchecked.push(what);
            let url = format!("http://127.0.0.1:{}/v1/{path}{query}", st.fake_port);
            forward(&st.http, method, &url, &headers, body, None).await.0
        }
    }
}

/// A fake behind Prism: give the client `base_url`; assert on [`Conformant::log`].
pub struct Conformant {
    pub fake: FakeWebex,
    /// The router's `http://127.0.0.1:PORT/v1`.
    pub base_url: String,
    log: Arc<Mutex<ConformanceLog>>,
}

impl Conformant {
    pub fn start() -> Conformant {
        Conformant::start_with(World::seeded())
    }

    pub fn start_with(world: World) -> Conformant {
        let h = match HARNESS.get_or_init(start_harness) {
            Ok(h) => h,
            Err(e) => panic!("cannot start the Prism conformance harness: {e}"),
        };
        let fake = FakeWebex::start_with(world);
        let log = Arc::new(Mutex::new(ConformanceLog::default()));
        let l = TcpListener::bind("127.0.0.1:0").expect("bind the router");
        let port = l.local_addr().expect("router address").port();
        l.set_nonblocking(true).expect("nonblocking");
        let st = RouterState {
            http: reqwest::Client::builder().no_proxy().build().expect("router client"),
            prism: h.prism,
            fake_port: fake.port,
            log: log.clone(),
        };
        h.rt.spawn(async move {
            let Ok(l) = tokio::net::TcpListener::from_std(l) else { return };
            let app = axum::Router::new().fallback(route).with_state(st);
            let _ = axum::serve(l, app).await;
        });
        let base_url = format!("http://127.0.0.1:{port}/v1");
        fake.knobs().public_base = Some(base_url.clone());
        Conformant { fake, base_url, log }
    }

    pub fn log(&self) -> ConformanceLog {
        self.log.lock().unwrap_or_else(|p| p.into_inner()).clone()
    }

    /// Fails with every violation Prism reported.
    pub fn assert_no_violations(&self) {
        let log = self.log();
        assert!(
            log.violations.is_empty(),
            "Prism found {} violation(s) of Webex's OpenAPI specs:\n{}",
            log.violations.len(),
            log.violations.join("\n")
        );
    }
}
