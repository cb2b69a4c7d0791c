//! The HTTP core: one reqwest client (rustls, the system's CA store plus an optional `ca_file`,
//! proxies from the environment), bounded concurrency, retries, paging and the trace.
//!
//! The rest of wxgo is synchronous, so [`WebexClient`] owns a small tokio runtime and blocks on
//! it; [`Api`] is the async side the blocking methods run on, and what [`WebexClient::fan_out`]
//! hands to each of many independent requests.

use std::future::Future;
use std::ops::ControlFlow;
use std::sync::Arc;
use std::time::{Duration, Instant};

use reqwest::header::HeaderMap;
use reqwest::Method;
use serde::de::DeserializeOwned;
use tokio::sync::{Mutex, Semaphore};

use super::auth::TokenSource;
pub use super::config::*;
use super::error::{WebexError, WebexResult};
use super::trace::TraceEvent;
pub(crate) use super::wire::*;
pub use super::wire::{next_link, spec_page_limit};

/// How an endpoint pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Paging {
    /// One answer holds everything.
    None,
    /// `Link: <...>; rel="next"` headers.
    Link,
    /// `Link` when the server sends one, else this offset parameter (`start` or `offset`) with `max`,
    /// while pages come back full.
    Offset(&'static str),
}

/// An answer that passed (2xx).
#[derive(Debug, Clone)]
pub struct Answer {
    pub status: u16,
    pub headers: HeaderMap,
    pub body: Vec<u8>,
    pub tracking_id: Option<String>,
}

/// A write's result with the trackingId Webex gave it (for wxgo's own audit trail).
#[derive(Debug, Clone, PartialEq)]
pub struct Written<T> {
    pub value: T,
    pub tracking_id: Option<String>,
}

pub(crate) struct Inner {
    http: reqwest::Client,
    pub(crate) base: url::Url,
    pub(crate) cfg: ClientConfig,
    pub(crate) tokens: Arc<dyn TokenSource>,
    slots: Semaphore,
    /// After a 429, nothing new is sent before this instant (one throttle for all requests).
    paused_until: Mutex<Option<tokio::time::Instant>>,
    /// Once set, only GET leaves the machine (never unset: read-only stays read-only).
    read_only: std::sync::atomic::AtomicBool,
}

/// The async client. Cheap to clone; all clones share the connection pool and the limit.
#[derive(Clone)]
pub struct Api {
    pub(crate) inner: Arc<Inner>,
    pub(crate) org_id: Option<Arc<str>>,
}

/// The blocking client the synchronous service uses.
pub struct WebexClient {
    api: Api,
    rt: tokio::runtime::Runtime,
}

impl Api {
    pub fn new(cfg: ClientConfig, tokens: Arc<dyn TokenSource>) -> WebexResult<Api> {
        let http = build_http(&cfg)?;
        let base = parse_base(&cfg.base_url)?;
        let org_id = cfg.org_id.as_deref().map(Arc::from);
        let slots = Semaphore::new(cfg.max_in_flight.max(1));
        let read_only = std::sync::atomic::AtomicBool::new(cfg.read_only);
        let inner = Inner { http, base, cfg, tokens, slots, paused_until: Mutex::new(None), read_only };
        Ok(Api { inner: Arc::new(inner), org_id })
    }

    /// The same client acting on another organisation (a partner switching customers).
    pub fn with_org(&self, org_id: Option<&str>) -> Api {
        Api { inner: self.inner.clone(), org_id: org_id.map(Arc::from) }
    }

    pub fn org_id(&self) -> Option<&str> {
        self.org_id.as_deref()
    }

    /// From now on this client (and every clone) sends nothing but GET: a write is refused before
    /// it leaves the machine ([`WebexError::ReadOnly`]). Token renewals still reach the OAuth
    /// endpoint, which is not the API and changes nothing in the organisation.
    pub fn lock_read_only(&self) {
        self.inner.read_only.store(true, std::sync::atomic::Ordering::SeqCst);
    }

    pub fn is_read_only(&self) -> bool {
        self.inner.read_only.load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn config(&self) -> &ClientConfig {
        &self.inner.cfg
    }

    pub fn tokens(&self) -> &Arc<dyn TokenSource> {
        &self.inner.tokens
    }

    /// `path` relative to the base (`people`, `devices/activationCode`), with its query.
    pub(crate) fn url(&self, path: &str, params: &[(String, String)]) -> WebexResult<url::Url> {
        let mut u = self.inner.base.join(path.trim_start_matches('/')).map_err(|e| {
            WebexError::config(crate::said!("webex-cannot-build-url", path = path, error = e.to_string()))
        })?;
        if !params.is_empty() {
            let mut q = u.query_pairs_mut();
            for (k, v) in params {
                q.append_pair(k, v);
            }
        }
        Ok(u)
    }

    /// `orgId` for endpoints that take it, when acting on another organisation.
    pub(crate) fn org_param(&self, params: &mut Vec<(String, String)>) {
        if let Some(org) = &self.org_id {
            params.push(("orgId".into(), org.to_string()));
        }
    }

    async fn wait_for_throttle(&self) {
        let until = *self.inner.paused_until.lock().await;
        if let Some(t) = until {
            tokio::time::sleep_until(t).await;
        }
    }

    async fn throttle(&self, wait: Duration) {
        let t = tokio::time::Instant::now() + wait;
        let mut p = self.inner.paused_until.lock().await;
        if p.is_none_or(|old| old < t) {
            *p = Some(t);
        }
    }

    /// Sends one request with retries, the 401 refresh, the in-flight limit and the trace.
    /// Non-2xx answers become [`WebexError::Api`].
    pub async fn send(&self, method: Method, url: url::Url, body: Option<&serde_json::Value>) -> WebexResult<Answer> {
        let retry = &self.inner.cfg.retry;
        let max_attempts = retry.max_attempts.max(1);
        let path = url.path().to_string();
        if method != Method::GET && self.is_read_only() {
            return Err(WebexError::ReadOnly { method: method.to_string(), path });
        }
        // A POST or PATCH that timed out or got a 500/502/504 may have been done: sending it again
        // could do it twice (a second subscriber, a superseded code). Those are retried only when
        // the request surely did not arrive (no connection, 429, 503).
        let idempotent = !matches!(method, Method::POST | Method::PATCH);
        let mut refreshed = false;
        let mut attempt = 0u32;
        loop {
            attempt += 1;
            let slot = self.inner.slots.acquire().await.map_err(|_| WebexError::Cancelled)?;
            // After taking a slot: requests queued for one must also honour a 429 that came meanwhile.
            self.wait_for_throttle().await;
            let token = self.inner.tokens.token().await?;
            let authorization = bearer(&token)?;
            let started = Instant::now();
            let outcome = {
                let _slot = slot;
                let mut rb = self
                    .inner
                    .http
                    .request(method.clone(), url.clone())
                    .header(reqwest::header::AUTHORIZATION, authorization)
                    .timeout(self.inner.cfg.request_timeout)
                    .header(reqwest::header::ACCEPT, "application/json");
                if let Some(b) = body {
                    rb = rb.json(b);
                }
                match rb.send().await {
                    Ok(resp) => read_bounded(resp, self.inner.cfg.max_body_bytes).await,
                    Err(e) => Err(e),
                }
            };
            let elapsed = started.elapsed();
            let (status, headers, bytes) = match outcome {
                Ok((status, _, None)) => {
                    self.trace(&method, &url, Some(status), elapsed, None, attempt, Some("too large"));
                    return Err(WebexError::Decode {
                        path,
                        detail: crate::said!("decode-too-large", mb = self.inner.cfg.max_body_bytes >> 20).into(),
                    });
                }
                Ok((status, headers, Some(bytes))) => (status, headers, bytes),
                Err(e) if e.is_builder() => {
                    // Nothing was sent and nothing would be on a second try: say so at once.
                    let error = e.to_string();
                    let said = crate::said!(
                        "webex-cannot-build-request",
                        method = method.as_str(),
                        path = &path,
                        error = error
                    );
                    return Err(WebexError::config(said));
                }
                Err(e) => {
                    let kind = failure_kind(&e);
                    self.trace(&method, &url, None, elapsed, None, attempt, Some(kind));
                    let unsent = e.is_connect();
                    if attempt < max_attempts && (idempotent || unsent) {
                        tokio::time::sleep(backoff(retry, attempt)).await;
                        continue;
                    }
                    let last = describe_failure(&e, &url);
                    let method = method.to_string();
                    if !idempotent && !unsent {
                        return Err(WebexError::NoAnswer { method, path, attempts: attempt, last });
                    }
                    return Err(WebexError::Unreachable { method, path, attempts: attempt, last });
                }
            };
            let tracking_id = header_tracking_id(&headers);
            self.trace(&method, &url, Some(status), elapsed, tracking_id.as_deref(), attempt, None);
            match status {
                200..=299 => return Ok(Answer { status, headers, body: bytes, tracking_id }),
                429 => {
                    let wait = retry_after(&headers, retry);
                    if attempt < max_attempts {
                        self.throttle(wait).await;
                        continue;
                    }
                    return Err(WebexError::RateLimited {
                        method: method.to_string(),
                        path,
                        attempts: attempt,
                        tracking_id,
                    });
                }
                401 if !refreshed => {
                    refreshed = true;
                    if self.inner.tokens.refresh(token).await?.is_some() {
                        attempt -= 1; // the refresh is not a failed attempt
                        continue;
                    }
                    return Err(self.refusal(api_error(&method, &path, status, &headers, &bytes)));
                }
                500 | 502 | 503 | 504 => {
                    let retryable = idempotent || status == 503;
                    if attempt < max_attempts && retryable {
                        tokio::time::sleep(backoff(retry, attempt)).await;
                        continue;
                    }
                    let e = api_error(&method, &path, status, &headers, &bytes);
                    let last: String = match e.tracking_id {
                        Some(t) => crate::said!(
                            "last-answer-tracking",
                            status = status.to_string(),
                            id = super::error::one_line(&t, 120)
                        )
                        .into(),
                        None => crate::said!("last-answer", status = status.to_string()).into(),
                    };
                    let method = method.to_string();
                    if !retryable {
                        // A 500/502/504 to a change: Webex may have done it before failing.
                        return Err(WebexError::NoAnswer { method, path, attempts: attempt, last });
                    }
                    return Err(WebexError::Unreachable { method, path, attempts: attempt, last });
                }
                _ => return Err(self.refusal(api_error(&method, &path, status, &headers, &bytes))),
            }
        }
    }

    /// A refusal, naming the environment variable of a refused token (401, 403).
    fn refusal(&self, mut e: super::error::ApiError) -> WebexError {
        if matches!(e.status, 401 | 403) {
            e.token_env = self.inner.tokens.env_var().map(str::to_string);
        }
        WebexError::Api(Box::new(e))
    }

    #[allow(clippy::too_many_arguments)]
    fn trace(
        &self,
        method: &Method,
        url: &url::Url,
        status: Option<u16>,
        duration: Duration,
        tracking_id: Option<&str>,
        attempt: u32,
        failure: Option<&str>,
    ) {
        if let Some(t) = &self.inner.cfg.trace {
            t.record(&TraceEvent { method: method.as_str(), url, status, duration, tracking_id, attempt, failure });
        }
    }

    /// GET and decode a JSON answer.
    pub async fn get_json<T: DeserializeOwned>(&self, path: &str, params: &[(String, String)]) -> WebexResult<T> {
        let url = self.url(path, params)?;
        let a = self.send(Method::GET, url.clone(), None).await?;
        decode(&url, &a.body)
    }

    /// A write with a JSON body; the answer decoded (an empty body reads as JSON `null`).
    pub async fn write_json<T: DeserializeOwned>(
        &self,
        method: Method,
        path: &str,
        params: &[(String, String)],
        body: Option<&serde_json::Value>,
    ) -> WebexResult<(Answer, T)> {
        let url = self.url(path, params)?;
        let a = self.send(method, url.clone(), body).await?;
        let v = if a.body.iter().all(u8::is_ascii_whitespace) {
            serde_json::from_value(serde_json::Value::Null).map_err(|e| WebexError::Decode {
                path: url.path().to_string(),
                detail: crate::said!("decode-empty", error = e.to_string()).into(),
            })?
        } else {
            decode(&url, &a.body)?
        };
        Ok((a, v))
    }

    /// Streams the pages of a list to `on_page` as they arrive; returns how many items came.
    /// `on_page` returning `Break` stops the listing (the result is then `Err(Cancelled)`).
    /// The page size to ask for: the configured one, within what the spec allows this listing.
    fn page_max(&self, path: &str, params: &[(String, String)]) -> u32 {
        let max = self.inner.cfg.page_size.max(1);
        spec_page_limit(path, params).map_or(max, |limit| max.min(limit))
    }

    pub async fn pages<T, F>(
        &self,
        path: &str,
        mut params: Vec<(String, String)>,
        item_key: &str,
        paging: Paging,
        mut on_page: F,
    ) -> WebexResult<usize>
    where
        T: DeserializeOwned,
        F: FnMut(Vec<T>) -> ControlFlow<()>,
    {
        let max = self.page_max(path, &params);
        if paging != Paging::None {
            params.push(("max".into(), max.to_string()));
        }
        if let Paging::Offset(name) = paging {
            params.push((name.into(), "0".into()));
        }
        let mut url = self.url(path, &params)?;
        let mut total = 0usize;
        let limits = self.inner.cfg.listing;
        let (mut pages, mut bytes) = (0u64, 0u64);
        // Every page read: a next-page link back to any of them (A -> B -> A) would never end.
        let mut visited: std::collections::HashSet<String> = std::collections::HashSet::new();
        // A server that sent one `Link` pages by `Link`: its absence then means the last page.
        let mut seen_link = false;
        let shown = url.path().to_string();
        let runaway = |detail: String| WebexError::Runaway { path: shown.clone(), detail };
        loop {
            visited.insert(url.as_str().to_string());
            let a = self.send(Method::GET, url.clone(), None).await?;
            pages += 1;
            bytes += a.body.len() as u64;
            let items: Vec<T> = decode_items(&url, &a.body, item_key)?;
            let n = items.len();
            total += n;
            if total as u64 > limits.max_items || bytes > limits.max_bytes {
                return Err(runaway(format!(
                    "{total} items in {} MB after {pages} pages, more than any organisation holds (at most {} items \
                     and {} MB a listing)",
                    bytes >> 20,
                    limits.max_items,
                    limits.max_bytes >> 20
                )));
            }
            if on_page(items).is_break() {
                return Err(WebexError::Cancelled);
            }
            let next = match (next_link(&a.headers), paging) {
                (Some(link), Paging::Link | Paging::Offset(_)) => {
                    seen_link = true;
                    Some(self.checked_next(&url, &link)?)
                }
                (None, Paging::Offset(name)) if !seen_link && n as u64 >= u64::from(max) => {
                    let at: u64 =
                        url.query_pairs().find(|(k, _)| k == name).and_then(|(_, v)| v.parse().ok()).unwrap_or(0);
                    let mut p = params.clone();
                    p.retain(|(k, _)| k != name);
                    p.push((name.into(), (at + n as u64).to_string()));
                    Some(self.url(path, &p)?)
                }
                _ => None,
            };
            match next {
                Some(n) if visited.contains(n.as_str()) => {
                    let said = if n == url {
                        crate::said!("runaway-loop-self", page = pages)
                    } else {
                        crate::said!("runaway-loop", page = pages)
                    };
                    return Err(runaway(said.into()));
                }
                Some(_) if pages >= limits.max_pages => {
                    let said = crate::said!("runaway-pages", pages = pages, items = total, max = limits.max_pages);
                    return Err(runaway(said.into()));
                }
                Some(n) => url = n,
                None => return Ok(total),
            }
        }
    }

    /// A listing paged by an offset (`offset_name`, e.g. `start`), `width` pages asked at a time
    /// rather than one after another: page k starts at k x `max`. It ends at the first page that
    /// is not full (the few asked past it come back empty and are dropped). A server whose first
    /// page is shorter than asked yet links to a next one pages smaller than `max`: then its links
    /// are followed one after another ([`pages`](Self::pages)). As with any paging by offset, an
    /// item added or removed meanwhile can shift others across pages. Bounded as `pages` is.
    pub async fn pages_by_offset<T, F>(
        &self,
        path: &str,
        params: Vec<(String, String)>,
        item_key: &str,
        offset_name: &'static str,
        width: usize,
        mut on_page: F,
    ) -> WebexResult<usize>
    where
        T: DeserializeOwned,
        F: FnMut(Vec<T>) -> ControlFlow<()>,
    {
        use futures::stream::{FuturesOrdered, StreamExt};
        let max = u64::from(self.page_max(path, &params));
        let limits = self.inner.cfg.listing;
        let shown = self.url(path, &params)?.path().to_string();
        let page = |k: u64| {
            let mut p = params.clone();
            p.push(("max".into(), max.to_string()));
            p.push((offset_name.into(), (k * max).to_string()));
            async move {
                let url = self.url(path, &p)?;
                let a = self.send(Method::GET, url.clone(), None).await?;
                let items: Vec<T> = decode_items(&url, &a.body, item_key)?;
                Ok::<_, WebexError>((k, a.body.len() as u64, items, next_link(&a.headers).is_some()))
            }
        };
        let first = page(0).await?;
        if (first.2.len() as u64) < max && first.3 {
            let mut p = params.clone();
            p.retain(|(k, _)| k != offset_name);
            return self.pages(path, p, item_key, Paging::Offset(offset_name), on_page).await;
        }
        let mut asked = FuturesOrdered::new();
        asked.push_back(futures::future::Either::Left(std::future::ready(Ok(first))));
        let (mut next, mut end, mut total, mut bytes) = (1u64, None::<u64>, 0usize, 0u64);
        loop {
            while end.is_none() && asked.len() < width.max(1) {
                if next >= limits.max_pages {
                    return Err(WebexError::Runaway {
                        path: shown,
                        detail: crate::said!("runaway-full-pages", pages = next, items = total, max = limits.max_pages)
                            .into(),
                    });
                }
                asked.push_back(futures::future::Either::Right(page(next)));
                next += 1;
            }
            let Some(answer) = asked.next().await else { return Ok(total) };
            let (k, size, items, _) = answer?;
            if end.is_some_and(|e| k >= e) {
                continue;
            }
            if (items.len() as u64) < max {
                end = Some(k + 1);
            }
            total += items.len();
            bytes += size;
            if total as u64 > limits.max_items || bytes > limits.max_bytes {
                return Err(WebexError::Runaway {
                    path: shown,
                    detail: crate::said!(
                        "runaway-items",
                        items = total,
                        mb = bytes >> 20,
                        max_items = limits.max_items,
                        max_mb = limits.max_bytes >> 20
                    )
                    .into(),
                });
            }
            if on_page(items).is_break() {
                return Err(WebexError::Cancelled);
            }
        }
    }

    /// A next-page link is followed only on the API's own origin: the token goes with it.
    fn checked_next(&self, current: &url::Url, link: &str) -> WebexResult<url::Url> {
        let next = current.join(link).map_err(|e| WebexError::Decode {
            path: current.path().into(),
            detail: crate::said!("decode-bad-link", error = e.to_string()).into(),
        })?;
        if next.origin() != self.inner.base.origin() {
            return Err(WebexError::Decode {
                path: current.path().into(),
                detail: crate::said!("decode-other-host", host = next.host_str().unwrap_or("?")).into(),
            });
        }
        Ok(next)
    }

    /// Every item of a list.
    pub async fn collect<T: DeserializeOwned>(
        &self,
        path: &str,
        params: Vec<(String, String)>,
        item_key: &str,
        paging: Paging,
    ) -> WebexResult<Vec<T>> {
        let mut all = Vec::new();
        self.pages(path, params, item_key, paging, |mut page: Vec<T>| {
            all.append(&mut page);
            ControlFlow::Continue(())
        })
        .await?;
        Ok(all)
    }
}

impl WebexClient {
    pub fn new(cfg: ClientConfig, tokens: Arc<dyn TokenSource>) -> WebexResult<WebexClient> {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| WebexError::config(crate::said!("runtime-cannot-start", error = e.to_string())))?;
        // reqwest's client must be built inside a runtime context (its DNS resolver uses it).
        let api = {
            let _guard = rt.enter();
            Api::new(cfg, tokens)?
        };
        Ok(WebexClient { api, rt })
    }

    pub fn api(&self) -> &Api {
        &self.api
    }

    /// The same client on another organisation (partner administrators).
    pub fn with_org(&mut self, org_id: Option<&str>) {
        self.api = self.api.with_org(org_id);
    }

    /// Runs any async work on the client's runtime. Not from inside another tokio runtime.
    pub fn block_on<F: Future>(&self, f: F) -> F::Output {
        self.rt.block_on(f)
    }

    /// Runs `f` for every item concurrently (numbers per location, devices per person), at most
    /// `max_in_flight` requests at once; results in the items' order.
    pub fn fan_out<I, O, F, Fut>(&self, items: Vec<I>, f: F) -> Vec<O>
    where
        F: Fn(Api, I) -> Fut,
        Fut: Future<Output = O>,
    {
        use futures::StreamExt;
        let api = self.api.clone();
        let width = self.api.inner.cfg.max_in_flight.max(1) * 2;
        self.rt.block_on(futures::stream::iter(items).map(|i| f(api.clone(), i)).buffered(width).collect::<Vec<O>>())
    }
}

/// Status, headers and the body, or `None` for a body over `limit` bytes.
async fn read_bounded(
    mut resp: reqwest::Response,
    limit: usize,
) -> Result<(u16, HeaderMap, Option<Vec<u8>>), reqwest::Error> {
    let status = resp.status().as_u16();
    let headers = resp.headers().clone();
    let mut body = Vec::new();
    while let Some(chunk) = resp.chunk().await? {
        if body.len() + chunk.len() > limit {
            return Ok((status, headers, None));
        }
        body.extend_from_slice(&chunk);
    }
    Ok((status, headers, Some(body)))
}

#[cfg(test)]
#[path = "client_tests.rs"]
mod tests;
