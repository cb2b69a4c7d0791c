//! A proxy in the way: the client honours HTTP_PROXY, HTTPS_PROXY (a CONNECT tunnel) and NO_PROXY
//! from the environment (reqwest's own handling), as corporate networks need. Its own binary, because it sets process-wide
//! environment variables.

// The fake is the integration binary's (tests/it), included by path.
#[path = "it/fake_webex/mod.rs"]
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

/// A CONNECT proxy (what HTTPS_PROXY points at): counts the tunnels it opens.
fn start_connect_proxy() -> (String, Arc<AtomicUsize>) {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let count = Arc::new(AtomicUsize::new(0));
    let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = l.local_addr().expect("addr").port();
    l.set_nonblocking(true).expect("nonblocking");
    let c = count.clone();
    std::thread::spawn(move || {
        let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("rt");
        rt.block_on(async move {
            let l = tokio::net::TcpListener::from_std(l).expect("listener");
            loop {
                let Ok((mut client, _)) = l.accept().await else { continue };
                let c = c.clone();
                tokio::spawn(async move {
                    let mut head = Vec::new();
                    let mut byte = [0u8; 1];
                    while !head.ends_with(b"\r\n\r\n") && head.len() < 8192 {
                        if client.read_exact(&mut byte).await.is_err() {
                            return;
                        }
                        head.push(byte[0]);
                    }
                    let text = String::from_utf8_lossy(&head).to_string();
                    let Some(target) = text.strip_prefix("CONNECT ").and_then(|r| r.split(' ').next()) else { return };
                    let Ok(mut upstream) = tokio::net::TcpStream::connect(target).await else { return };
                    c.fetch_add(1, Ordering::SeqCst);
                    if client.write_all(b"HTTP/1.1 200 Connection Established\r\n\r\n").await.is_err() {
                        return;
                    }
                    let _ = tokio::io::copy_bidirectional(&mut client, &mut upstream).await;
                });
            }
        });
    });
    (format!("http://127.0.0.1:{port}"), count)
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

    // HTTPS through HTTPS_PROXY: a CONNECT tunnel, with the profile's CA trusted at the far end.
    let front = fake_webex::tls::start(fake.port);
    let (tunnel, tunnels) = start_connect_proxy();
    std::env::set_var("HTTPS_PROXY", &tunnel);
    let cfg = ClientConfig {
        base_url: front.base_url.clone(),
        ca_file: Some(fake_webex::tls::ca_file()),
        ..ClientConfig::default()
    };
    let c = WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(CUSTOMER_TOKEN)))).expect("client");
    assert_eq!(c.list_licenses().expect("HTTPS through the tunnel").len(), 2);
    assert_eq!(tunnels.load(Ordering::SeqCst), 1, "one CONNECT tunnel");
    assert_eq!(count.load(Ordering::SeqCst), 1, "the plain HTTP proxy saw nothing more");
    assert_eq!(fake.count("GET", "/licenses"), 4);
    std::env::remove_var("HTTPS_PROXY");
}
