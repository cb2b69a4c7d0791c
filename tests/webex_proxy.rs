//! A proxy in the way: the client honours HTTP_PROXY / NO_PROXY from the environment (reqwest's
//! own handling), as corporate networks need. Its own binary, because it sets process-wide
//! environment variables.

mod fake_webex;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, Method, Uri};
use axum::response::{IntoResponse, Response};
use fake_webex::{FakeWebex, CUSTOMER_TOKEN};
use wxgo::outside::webex::*;

/// A forward proxy that counts what passes through it (absolute-form requests, plain HTTP).
fn start_proxy() -> (String, Arc<AtomicUsize>, std::thread::JoinHandle<()>) {
    let count = Arc::new(AtomicUsize::new(0));
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind proxy");
    let port = l.local_addr().expect("addr").port();
    l.set_nonblocking(true).expect("nonblocking");
    let c = count.clone();
    let t = std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
        rt.block_on(async move {
            let http = reqwest::Client::builder().no_proxy().build().expect("client");
            let app = axum::Router::new().fallback(relay).with_state((http, c));
            let l = tokio::net::TcpListener::from_std(l).expect("listener");
            let _ = axum::serve(l, app).await;
        });
    });
    (format!("http://127.0.0.1:{port}"), count, t)
}

async fn relay(
    State((http, count)): State<(reqwest::Client, Arc<AtomicUsize>)>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    count.fetch_add(1, Ordering::SeqCst);
    let m = reqwest::Method::from_bytes(method.as_str().as_bytes()).unwrap_or(reqwest::Method::GET);
    let mut rb = http.request(m, uri.to_string()).body(body.to_vec());
    if let Some(a) = headers.get("authorization").and_then(|v| v.to_str().ok()) {
        rb = rb.header("authorization", a);
    }
    match rb.send().await {
        Ok(r) => {
            let status = axum::http::StatusCode::from_u16(r.status().as_u16()).unwrap_or_default();
            let ct = r.headers().get("content-type").and_then(|v| v.to_str().ok()).unwrap_or("").to_string();
            let b = r.bytes().await.unwrap_or_default();
            (status, [("content-type", ct)], b).into_response()
        }
        Err(e) => (axum::http::StatusCode::BAD_GATEWAY, e.to_string()).into_response(),
    }
}

fn client(fake: &FakeWebex, env_proxy: bool) -> WebexClient {
    let cfg = ClientConfig { base_url: fake.base_url.clone(), use_env_proxy: env_proxy, ..ClientConfig::default() };
    WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN)))).expect("client")
}

#[test]
fn requests_go_through_http_proxy_unless_no_proxy_says_otherwise() {
    let fake = FakeWebex::start();
    let (proxy, count, _t) = start_proxy();
    for v in ["HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy", "http_proxy"] {
        std::env::remove_var(v);
    }
    std::env::set_var("HTTP_PROXY", &proxy);

    assert_eq!(client(&fake, true).list_licenses().expect("through the proxy").len(), 2);
    assert_eq!(count.load(Ordering::SeqCst), 1, "the request went through the proxy");
    assert_eq!(fake.count("GET", "/licenses"), 1, "and reached the API");

    std::env::set_var("NO_PROXY", "127.0.0.1");
    client(&fake, true).list_licenses().expect("direct");
    assert_eq!(count.load(Ordering::SeqCst), 1, "NO_PROXY bypassed the proxy");
    assert_eq!(fake.count("GET", "/licenses"), 2);

    std::env::remove_var("NO_PROXY");
    client(&fake, false).list_licenses().expect("proxies off in the config");
    assert_eq!(count.load(Ordering::SeqCst), 1, "use_env_proxy = false ignores the environment");
    assert_eq!(fake.count("GET", "/licenses"), 3);
    std::env::remove_var("HTTP_PROXY");
}
