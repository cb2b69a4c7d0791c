//! `--trace FILE`: one line per request, what Cisco support asks for (method, path, status,
//! duration, trackingId). Never a token, an activation code, a body, or a query value that could
//! carry personal data.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// Query parameters whose values are safe to trace; any other keeps its name only.
const SAFE_PARAMS: &[&str] = &["max", "start", "offset", "callingData", "type", "numberType", "orgId", "details"];

/// Where trace lines go. Cloning shares the same sink.
#[derive(Clone)]
pub struct TraceSink {
    out: Arc<Mutex<Box<dyn Write + Send>>>,
}

impl std::fmt::Debug for TraceSink {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("TraceSink")
    }
}

/// One request as the trace records it.
#[derive(Debug, Clone)]
pub struct TraceEvent<'a> {
    pub method: &'a str,
    /// The full URL; only its path and safe query parts are written.
    pub url: &'a url::Url,
    /// `None` when no answer came (connection failure, timeout).
    pub status: Option<u16>,
    pub duration: Duration,
    pub tracking_id: Option<&'a str>,
    pub attempt: u32,
    /// A short reason when there was no answer (kind of failure only, never a body).
    pub failure: Option<&'a str>,
}

impl TraceSink {
    /// Appends to `path`, created readable by its owner only.
    pub fn to_file(path: &Path) -> std::io::Result<TraceSink> {
        use std::os::unix::fs::OpenOptionsExt;
        let f = std::fs::OpenOptions::new().create(true).append(true).mode(0o600).open(path)?;
        Ok(TraceSink::to_writer(Box::new(f)))
    }

    pub fn to_writer(w: Box<dyn Write + Send>) -> TraceSink {
        TraceSink { out: Arc::new(Mutex::new(w)) }
    }

    pub fn record(&self, e: &TraceEvent<'_>) {
        let line = format_line(e);
        if let Ok(mut out) = self.out.lock() {
            // A trace that cannot be written must not stop the work it traces.
            let _ = out.write_all(line.as_bytes());
            let _ = out.flush();
        }
    }
}

/// The path plus the query with unsafe values dropped: `/v1/people?callingData=true&email=…`.
pub fn safe_path_and_query(url: &url::Url) -> String {
    let mut s = url.path().to_string();
    let mut first = true;
    for (k, v) in url.query_pairs() {
        s.push(if first { '?' } else { '&' });
        first = false;
        s.push_str(&clean(&k));
        if SAFE_PARAMS.contains(&k.as_ref()) {
            s.push('=');
            s.push_str(&clean(&v));
        } else {
            s.push_str("=…");
        }
    }
    s
}

fn clean(s: &str) -> String {
    s.chars().filter(|c| !c.is_control() && !c.is_whitespace()).take(200).collect()
}

fn format_line(e: &TraceEvent<'_>) -> String {
    let now = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%S%.3fZ");
    let status = e.status.map(|s| s.to_string()).unwrap_or_else(|| "---".into());
    let tid = e.tracking_id.map(clean).unwrap_or_else(|| "-".into());
    let mut line = format!(
        "{now} {} {} {status} {}ms trackingId={tid} attempt={}",
        e.method,
        safe_path_and_query(e.url),
        e.duration.as_millis(),
        e.attempt
    );
    if let Some(f) = e.failure {
        line.push_str(" failure=");
        line.push_str(&clean(f));
    }
    line.push('\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_kept_only_for_safe_parameters() {
        let u = url::Url::parse("https://h/v1/people?email=a%40b.c&max=100&callingData=true&cursor=secret%20x")
            .expect("url");
        assert_eq!(safe_path_and_query(&u), "/v1/people?email=…&max=100&callingData=true&cursor=…");
    }
}
