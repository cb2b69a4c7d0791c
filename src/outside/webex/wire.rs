//! What comes back over the wire: retry waits, trackingIds, failures in words, error bodies,
//! decoded items and next-page links.

use std::time::Duration;

use reqwest::header::HeaderMap;
use reqwest::Method;
use serde::de::DeserializeOwned;

use super::config::RetryPolicy;
use super::error::{ApiError, WebexError, WebexResult};

/// The most items Webex's spec lets one page of a listing hold, when it states one: `GET /people`
/// "If `callingData`=true, then `max` will not be more than 100. If `locationId` is specified then
/// `max` will not be more than 50" (1,000 otherwise), admin audit events "The maximum value is
/// `200`", BroadWorks subscribers "up to 100 per page". Asking for more gains nothing, and a
/// server may refuse it.
pub fn spec_page_limit(path: &str, params: &[(String, String)]) -> Option<u32> {
    let q = |k: &str| params.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    match path.trim_matches('/') {
        "people" if q("locationId").is_some() => Some(50),
        "people" if q("callingData") == Some("true") => Some(100),
        "people" => Some(1000),
        "adminAudit/events" => Some(200),
        "broadworks/subscribers" => Some(100),
        _ => None,
    }
}

pub(crate) fn backoff(r: &RetryPolicy, attempt: u32) -> Duration {
    let factor = 1u32.checked_shl(attempt.saturating_sub(1).min(16)).unwrap_or(u32::MAX);
    r.backoff_base.saturating_mul(factor).min(r.backoff_max)
}

pub(crate) fn retry_after(h: &HeaderMap, r: &RetryPolicy) -> Duration {
    h.get(reqwest::header::RETRY_AFTER)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map(Duration::from_secs)
        .unwrap_or(r.retry_after_default)
        .min(r.retry_after_max)
}

pub(crate) fn header_tracking_id(h: &HeaderMap) -> Option<String> {
    h.get("trackingid").and_then(|v| v.to_str().ok()).map(str::to_string)
}

pub(crate) fn failure_kind(e: &reqwest::Error) -> &'static str {
    if e.is_timeout() {
        "timeout"
    } else if e.is_connect() {
        "connect"
    } else if e.is_body() || e.is_decode() {
        "body"
    } else {
        "request"
    }
}

pub(crate) fn describe_failure(e: &reqwest::Error, url: &url::Url) -> String {
    let host = url.host_str().unwrap_or("?");
    if e.is_timeout() {
        crate::said!("last-no-answer-from", host = host).into()
    } else if e.is_connect() {
        // The source chain says why (refused, DNS, TLS); it never holds a token.
        let mut why = String::new();
        let mut src = std::error::Error::source(e);
        while let Some(s) = src {
            why = s.to_string();
            src = s.source();
        }
        crate::said!("last-cannot-connect-to", host = host, why = why).into()
    } else {
        crate::said!("last-request-failed", host = host, error = e.to_string()).into()
    }
}

pub(crate) fn api_error(method: &Method, path: &str, status: u16, h: &HeaderMap, body: &[u8]) -> ApiError {
    #[derive(serde::Deserialize, Default)]
    #[serde(rename_all = "camelCase", default)]
    struct Body {
        message: Option<String>,
        errors: Vec<Detail>,
        tracking_id: Option<String>,
    }
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct Detail {
        description: Option<String>,
    }
    let b: Body = serde_json::from_slice(body).unwrap_or_default();
    let mut descriptions: Vec<String> = b.errors.into_iter().filter_map(|d| d.description).collect();
    // The numbers API refuses with a list of per-number errors (`[{"errors": [{"number", ...}]}]`).
    if let Ok(v @ serde_json::Value::Array(_)) = serde_json::from_slice::<serde_json::Value>(body) {
        for e in super::numbers::AddNumbersAnswer::from_body(v).errors {
            let number = e.number.clone().unwrap_or_else(|| "a number".into());
            descriptions.push(format!("{number}: {}", e.reason()));
        }
    }
    ApiError {
        status,
        method: method.to_string(),
        path: path.to_string(),
        message: b.message,
        descriptions,
        tracking_id: b.tracking_id.or_else(|| header_tracking_id(h)),
        token_env: None,
    }
}

pub(crate) fn decode<T: DeserializeOwned>(url: &url::Url, body: &[u8]) -> WebexResult<T> {
    serde_json::from_slice(body).map_err(|e| WebexError::Decode { path: url.path().to_string(), detail: e.to_string() })
}

pub(crate) fn decode_items<T: DeserializeOwned>(url: &url::Url, body: &[u8], key: &str) -> WebexResult<Vec<T>> {
    // Straight into the items (a page of 1,000 people is a megabyte): only a page that does not
    // decode so is read again as a whole, for an error that says which item and why.
    let mut de = serde_json::Deserializer::from_slice(body);
    if let Ok(items) = serde::de::DeserializeSeed::deserialize(ItemsOf::<T>(key, std::marker::PhantomData), &mut de) {
        if de.end().is_ok() {
            return Ok(items);
        }
    }
    let mut v: serde_json::Value = decode(url, body)?;
    let items = match v.get_mut(key).map(serde_json::Value::take) {
        Some(serde_json::Value::Array(a)) => a,
        Some(serde_json::Value::Null) | None => return Ok(Vec::new()),
        Some(_) => {
            let detail = crate::said!("decode-not-a-list", key = key).into();
            return Err(WebexError::Decode { path: url.path().to_string(), detail });
        }
    };
    items
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            serde_json::from_value(item).map_err(|e| WebexError::Decode {
                path: url.path().to_string(),
                detail: crate::said!("decode-item", i = i.to_string(), key = key, error = e.to_string()).into(),
            })
        })
        .collect()
}

/// The list under `key` of a JSON object (absent or `null`: none), other keys skipped unread.
struct ItemsOf<'k, T>(&'k str, std::marker::PhantomData<T>);

impl<'de, T: DeserializeOwned> serde::de::DeserializeSeed<'de> for ItemsOf<'_, T> {
    type Value = Vec<T>;

    fn deserialize<D: serde::Deserializer<'de>>(self, d: D) -> Result<Vec<T>, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, T: DeserializeOwned> serde::de::Visitor<'de> for ItemsOf<'_, T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "an object with \"{}\"", self.0)
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Vec<T>, A::Error> {
        let mut items = None;
        while let Some(k) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            if k == self.0 && items.is_none() {
                items = Some(map.next_value::<Option<Vec<T>>>()?.unwrap_or_default());
            } else {
                map.next_value::<serde::de::IgnoredAny>()?;
            }
        }
        Ok(items.unwrap_or_default())
    }
}

/// The `rel="next"` target of a `Link` header.
pub fn next_link(h: &HeaderMap) -> Option<String> {
    for v in h.get_all(reqwest::header::LINK) {
        let Ok(s) = v.to_str() else { continue };
        for part in s.split(',') {
            let mut bits = part.split(';');
            let Some(target) = bits.next().map(str::trim) else { continue };
            let is_next = bits.any(|b| {
                let b = b.trim().replace(' ', "");
                b == "rel=\"next\"" || b == "rel=next"
            });
            if is_next && target.starts_with('<') && target.ends_with('>') {
                return Some(target[1..target.len() - 1].to_string());
            }
        }
    }
    None
}
