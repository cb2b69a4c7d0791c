//! WG15: call records from Webex's Detailed Call History report. Webex Go calls carry the sub
//! client type `MOBILE_NETWORK`, which the list can filter on.

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::Serialize;

use super::{csv_text, header_key, read_csv};
use crate::domain::Result;
use crate::service::action::Action;
use crate::service::backend::Backend;
use crate::service::core::{Audit, Core};
use crate::service::devices::RowProblem;
use crate::store::delivery::{self as store, CallRow, CallWriter, NewCall};

/// The sub client type of Webex Go calls (WG15).
pub const MOBILE_NETWORK: &str = "MOBILE_NETWORK";

#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CallImportReport {
    pub source: String,
    pub rows: usize,
    pub imported: usize,
    /// Calls already imported before (the same report imported twice, or overlapping reports).
    pub duplicates: usize,
    /// Calls whose User is not a user of the organisation (kept, not linked).
    pub unlinked: usize,
    /// Webex Go calls among those imported (WG15).
    pub webex_go: usize,
    /// The first [`super::MAX_PROBLEMS`] problems.
    pub problems: Vec<RowProblem>,
    /// Every problem found, listed or not.
    pub problems_total: usize,
}

/// Where each known column is; the report has many more, which are skipped.
#[derive(Default)]
struct Columns {
    start: Option<usize>,
    duration: Option<usize>,
    direction: Option<usize>,
    calling: Option<usize>,
    called: Option<usize>,
    user: Option<usize>,
    sub_client_type: Option<usize>,
    correlation: Option<usize>,
}

/// Start times as the report and spreadsheets write them; a time without a zone is UTC, as
/// in the report.
fn parse_time(v: &str) -> Option<DateTime<Utc>> {
    let v = v.trim();
    if let Ok(t) = DateTime::parse_from_rfc3339(v) {
        return Some(t.with_timezone(&Utc));
    }
    let v = v.trim_end_matches(['Z', 'z']).trim_end_matches(" UTC");
    for f in ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S"] {
        if let Ok(t) = NaiveDateTime::parse_from_str(v, f) {
            return Some(t.and_utc());
        }
    }
    None
}

/// Seconds, or `H:MM:SS` / `M:SS`.
fn parse_duration(v: &str) -> Option<i64> {
    let v = v.trim();
    if v.is_empty() {
        return Some(0);
    }
    if let Ok(n) = v.parse::<i64>() {
        return (n >= 0).then_some(n);
    }
    if let Ok(f) = v.parse::<f64>() {
        return (f >= 0.0 && f.is_finite()).then_some(f.round() as i64);
    }
    let parts: Vec<&str> = v.split(':').collect();
    if parts.len() < 2 || parts.len() > 3 {
        return None;
    }
    parts.iter().try_fold(0i64, |acc, p| p.trim().parse::<i64>().ok().filter(|n| *n >= 0).map(|n| acc * 60 + n))
}

fn opt(v: &str) -> Option<&str> {
    Some(v.trim()).filter(|v| !v.is_empty())
}

/// Call records (WG15): `svc.calls()`.
pub struct Calls<'a> {
    pub(crate) core: &'a Core,
    pub(crate) backend: &'a dyn Backend,
}

impl Calls<'_> {
    /// WG15: imports a Detailed Call History CSV (columns as Webex names them, in any case and
    /// order; unknown ones skipped). Every row is checked first: all are imported, or none.
    /// Calls already imported are skipped, so the same report can be imported again.
    pub fn import(&self, data: &[u8], source: &str) -> Result<CallImportReport> {
        let text = csv_text(data, source)?;
        let sheet = read_csv(text, source)?;
        let mut cols = Columns::default();
        for (i, h) in sheet.header.iter().enumerate() {
            let slot = match header_key(h).as_str() {
                "starttime" => &mut cols.start,
                "duration" => &mut cols.duration,
                "direction" => &mut cols.direction,
                "callingnumber" => &mut cols.calling,
                "callednumber" => &mut cols.called,
                "user" => &mut cols.user,
                "subclienttype" => &mut cols.sub_client_type,
                "correlationid" => &mut cols.correlation,
                _ => continue,
            };
            slot.get_or_insert(i);
        }
        let mut report = CallImportReport {
            source: source.to_string(),
            rows: sheet.rows.len(),
            imported: 0,
            duplicates: 0,
            unlinked: 0,
            webex_go: 0,
            problems: Vec::new(),
            problems_total: 0,
        };
        for (slot, name) in [(cols.start, "Start time"), (cols.direction, "Direction")] {
            if slot.is_none() {
                report.problems.push(RowProblem {
                    line: 1,
                    column: name.into(),
                    rule: Some("WG15"),
                    reason: crate::said!("calls-no-column", column = name),
                });
            }
        }
        if !report.problems.is_empty() {
            report.problems_total = report.problems.len();
            return Ok(report);
        }
        let ok = self.core.gate(Action::ImportCalls, self.backend)?;
        let name =
            |i: Option<usize>, d: &str| i.and_then(|i| sheet.header.get(i)).cloned().unwrap_or_else(|| d.to_string());
        // Checked first, outside any transaction: nothing is written unless every row is good.
        struct Call<'a> {
            start: DateTime<Utc>,
            duration: i64,
            direction: String,
            calling: Option<&'a str>,
            called: Option<&'a str>,
            user: Option<&'a str>,
            sub: Option<String>,
            correlation: Option<&'a str>,
        }
        let mut calls = Vec::with_capacity(sheet.rows.len());
        let mut more = 0;
        for (line, rec) in &sheet.rows {
            super::cap_problems(&mut report.problems, &mut more);
            let cell = |i: Option<usize>| i.and_then(|i| rec.get(i)).unwrap_or("").trim();
            let start = cell(cols.start);
            let Some(start_t) = parse_time(start) else {
                report.problems.push(RowProblem {
                    line: *line,
                    column: name(cols.start, "Start time"),
                    rule: None,
                    reason: crate::said!("calls-not-time", value = crate::domain::text::shorten(start, 60).as_ref()),
                });
                continue;
            };
            let duration = cell(cols.duration);
            let Some(duration_s) = parse_duration(duration) else {
                report.problems.push(RowProblem {
                    line: *line,
                    column: name(cols.duration, "Duration"),
                    rule: None,
                    reason: crate::said!(
                        "calls-not-duration",
                        value = crate::domain::text::shorten(duration, 60).as_ref()
                    ),
                });
                continue;
            };
            let direction = cell(cols.direction);
            if direction.is_empty() {
                report.problems.push(RowProblem {
                    line: *line,
                    column: name(cols.direction, "Direction"),
                    rule: None,
                    reason: crate::said!("calls-no-direction"),
                });
                continue;
            }
            calls.push(Call {
                start: start_t,
                duration: duration_s,
                direction: direction.to_ascii_uppercase(),
                calling: opt(cell(cols.calling)),
                called: opt(cell(cols.called)),
                user: opt(cell(cols.user)),
                sub: opt(cell(cols.sub_client_type)).map(str::to_ascii_uppercase),
                correlation: opt(cell(cols.correlation)),
            });
        }
        super::cap_problems(&mut report.problems, &mut more);
        report.problems_total = report.problems.len() + more;
        if !report.problems.is_empty() {
            return Ok(report);
        }
        let org = self.core.org.id;
        let counts = self.core.act(ok, |_svc, tx, _now| {
            let mut known = store::call_keys(tx, org)?;
            let mut w = CallWriter::new(tx, org)?;
            let (mut imported, mut duplicates, mut unlinked, mut go) = (0, 0, 0, 0);
            for c in &calls {
                let key = store::call_key(
                    &crate::store::queries::ts(c.start),
                    &c.direction,
                    c.correlation,
                    c.calling,
                    c.called,
                );
                if !known.insert(key) {
                    duplicates += 1;
                    continue;
                }
                let user = match c.user {
                    Some(u) if u.contains('@') => w.user_id(u)?,
                    _ => None,
                };
                if user.is_none() {
                    unlinked += 1;
                }
                if c.sub.as_deref() == Some(MOBILE_NETWORK) {
                    go += 1;
                }
                w.insert(&NewCall {
                    user,
                    start_time: c.start,
                    direction: &c.direction,
                    calling_number: c.calling,
                    called_number: c.called,
                    duration_s: c.duration,
                    sub_client_type: c.sub.as_deref(),
                    correlation_id: c.correlation,
                })?;
                imported += 1;
            }
            let details = format!(
                "{imported} calls imported ({go} Webex Go, {MOBILE_NETWORK}); {duplicates} already there; {unlinked} not linked to a user"
            );
            Ok((
                (imported, duplicates, unlinked, go),
                Audit::new(format!("calls:{source}"), details),
            ))
        })?;
        (report.imported, report.duplicates, report.unlinked, report.webex_go) = counts;
        Ok(report)
    }

    /// Call records, newest first; `user` narrows to one user, `webex_go` to calls made or
    /// answered with Webex Go (sub client type `MOBILE_NETWORK`, WG15).
    pub fn list(&self, user: Option<&str>, webex_go: bool, limit: usize) -> Result<Vec<CallRow>> {
        let user_id = match user.map(str::trim).filter(|u| !u.is_empty()) {
            Some(email) => Some(self.core.user_in(&self.core.conn, email)?.id),
            None => None,
        };
        store::calls(&self.core.conn, self.core.org.id, user_id, webex_go, limit)
    }

    /// A user's recent calls, for the user detail view.
    pub fn of_user(&self, email: &str, limit: usize) -> Result<Vec<CallRow>> {
        self.list(Some(email), false, limit)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_and_durations_as_reports_write_them() {
        let t = parse_time("2026-11-20T14:03:11.123Z").map(|t| t.to_rfc3339());
        assert_eq!(t.as_deref(), Some("2026-11-20T14:03:11.123+00:00"));
        assert!(parse_time("2026-11-20 14:03:11").is_some());
        assert!(parse_time("yesterday").is_none());
        assert_eq!(parse_duration("75"), Some(75));
        assert_eq!(parse_duration("1:15"), Some(75));
        assert_eq!(parse_duration("0:01:15"), Some(75));
        assert_eq!(parse_duration(""), Some(0));
        assert_eq!(parse_duration("-3"), None);
    }
}
