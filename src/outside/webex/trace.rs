//! `--trace FILE`: one line per request, what Cisco support asks for (method, path, status,
//! duration, trackingId). Never a token, an activation code, a body, or a query value that could
//! carry personal data.

use std::io::Write;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use crate::outside::Replaced;

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
    /// Appends to `path`, readable by its owner only. An existing private file of this user is
    /// appended to; a symlink, or a file others can read, is replaced (never written through, the
    /// link's target untouched) by a new private file, and [`Replaced`] says which, for the admin.
    pub fn to_file(path: &Path) -> std::io::Result<TraceSink> {
        Self::to_private_file(path).map(|(t, _)| t)
    }

    /// [`TraceSink::to_file`], with what was at `path` before.
    pub fn to_private_file(path: &Path) -> std::io::Result<(TraceSink, Replaced)> {
        let (file, replaced) = open_private_append(path)?;
        Ok((TraceSink::to_writer(Box::new(file)), replaced))
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

/// An existing private regular file of ours, opened for appending (without following a link,
/// checked after opening); else a new private file put in its place with the private writer's
/// way: created 0600 with `O_EXCL` beside it, then renamed over the old name.
fn open_private_append(path: &Path) -> std::io::Result<(std::fs::File, Replaced)> {
    use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
    let ours = |m: &std::fs::Metadata| m.file_type().is_file() && m.mode() & 0o077 == 0;
    let before = std::fs::symlink_metadata(path).ok();
    if let Some(m) = before.as_ref().filter(|m| ours(m) && m.nlink() == 1) {
        let f = std::fs::OpenOptions::new().append(true).open(path)?;
        let now = f.metadata()?;
        // The same file that was checked (not a link swapped in between): append to it.
        if now.dev() == m.dev() && now.ino() == m.ino() {
            return Ok((f, Replaced::Nothing));
        }
    }
    let replaced = match &before {
        Some(m) if m.file_type().is_symlink() => Replaced::Symlink,
        Some(m) if m.mode() & 0o077 != 0 => Replaced::Wider(m.mode()),
        _ => Replaced::Nothing,
    };
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().ok_or_else(|| std::io::Error::other("the path names no file"))?;
    let mut n = std::process::id();
    loop {
        let temp = dir.join(format!(".{}.{n}.tmp", name.to_string_lossy()));
        match std::fs::OpenOptions::new().append(true).create_new(true).mode(0o600).open(&temp) {
            Ok(f) => {
                if let Err(e) = std::fs::rename(&temp, path) {
                    let _ = std::fs::remove_file(&temp);
                    return Err(e);
                }
                return Ok((f, replaced));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => n = n.wrapping_add(1),
            Err(e) => return Err(e),
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
    fn the_trace_file_is_private_never_written_through_a_link_and_a_private_one_is_appended_to() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tmp");
        let mode = |p: &Path| std::fs::symlink_metadata(p).expect("stat").permissions().mode() & 0o777;
        fn event(u: &url::Url) -> TraceEvent<'_> {
            TraceEvent {
                method: "GET",
                url: u,
                status: Some(200),
                duration: Duration::from_millis(3),
                tracking_id: Some("T1"),
                attempt: 1,
                failure: None,
            }
        }
        let u = url::Url::parse("https://h/v1/people").expect("url");
        // A symlink to someone else's file: replaced, the target untouched.
        let target = dir.path().join("target");
        std::fs::write(&target, "keep me\n").expect("write");
        let link = dir.path().join("trace.log");
        std::os::unix::fs::symlink(&target, &link).expect("symlink");
        let (t, replaced) = TraceSink::to_private_file(&link).expect("open");
        assert_eq!(replaced, Replaced::Symlink);
        t.record(&event(&u));
        assert_eq!(std::fs::read_to_string(&target).expect("target"), "keep me\n");
        assert!(std::fs::symlink_metadata(&link).expect("stat").file_type().is_file());
        assert_eq!(mode(&link), 0o600);
        // A private file of ours: appended to.
        let (t, replaced) = TraceSink::to_private_file(&link).expect("open again");
        assert_eq!(replaced, Replaced::Nothing);
        t.record(&event(&u));
        assert_eq!(std::fs::read_to_string(&link).expect("trace").lines().count(), 2);
        // A file others can read: replaced by a private one.
        std::fs::set_permissions(&link, std::fs::Permissions::from_mode(0o644)).expect("chmod");
        let (t, replaced) = TraceSink::to_private_file(&link).expect("open wide");
        assert!(matches!(replaced, Replaced::Wider(m) if m & 0o777 == 0o644), "{replaced:?}");
        t.record(&event(&u));
        assert_eq!(mode(&link), 0o600);
        assert_eq!(std::fs::read_to_string(&link).expect("trace").lines().count(), 1);
    }

    #[test]
    fn query_values_are_kept_only_for_safe_parameters() {
        let u = url::Url::parse("https://h/v1/people?email=a%40b.c&max=100&callingData=true&cursor=secret%20x")
            .expect("url");
        assert_eq!(safe_path_and_query(&u), "/v1/people?email=…&max=100&callingData=true&cursor=…");
    }
}
