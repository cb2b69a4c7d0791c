//! The `webex` backend's changing actions (issue 17): Webex first, then the cache. Only what the
//! API accepted is written to the cache and to wxgo's own audit trail, with the API's
//! `trackingId`; a refusal is shown whole (Webex's words and the trackingId to quote to Cisco
//! support) and changes nothing here.
//!
//! Runs of many requests (a bulk import, a re-apply, a directory sync) use
//! [`OrgClient::each_keyed`] (at most 8 in flight, `--serial` one, never two for one person at
//! once), the journal (`service::journal`) to continue after a kill, and [`PlannedRequest`] for
//! `--dry-run`.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

use super::webex::OrgClient;
use super::{Audit, Error, Result, Service};
use crate::outside::webex::{WebexResult, Written};
use crate::store;

/// What Webex accepted: the value and the trackingId of the request that did it.
pub(crate) struct Accepted<R> {
    pub value: R,
    pub tracking_id: Option<String>,
}

impl<R> From<Written<R>> for Accepted<R> {
    fn from(w: Written<R>) -> Self {
        Accepted { value: w.value, tracking_id: w.tracking_id }
    }
}

impl Service {
    /// Whether the open organisation is a real one (`webex` backend).
    pub fn is_webex(&self) -> bool {
        self.backend.remote_ref().is_some()
    }

    /// Refuses an action that goes through the API when nothing but reads may leave the machine.
    pub(crate) fn api_writable(&self, action: &str) -> Result<()> {
        let why = match self.backend.remote_ref() {
            Some(w) => w.side.read_only_reason.clone(),
            None => None,
        };
        match why {
            Some(why) => Err(Error::ReadOnlyFor { action: action.to_string(), why }),
            None if self.core.read_only => {
                Err(Error::ReadOnlyFor { action: action.to_string(), why: "it was opened with --read-only".into() })
            }
            None => Ok(()),
        }
    }

    /// The API client aimed at the open organisation (`webex` backend only).
    pub(crate) fn org_client(&mut self) -> Result<OrgClient> {
        let org = self
            .webex_org_id()?
            .ok_or_else(|| Error::Invalid("this organisation is local: its actions do not go to Webex".into()))?;
        match self.backend.remote() {
            Some(w) => w.side.org_client(&org),
            None => Err(Error::Invalid("this organisation is local: its actions do not go to Webex".into())),
        }
    }

    /// One changing action through the API: refused when read-only; `send` talks to Webex (one
    /// request or several: re-read, then write) and returns what Webex accepted; only then does
    /// `apply` write the cache, in one transaction with the audit entry, which carries the
    /// trackingId. When Webex refuses, nothing is written and the error says what Webex said.
    /// When Webex accepted but the cache cannot be written, the error says so: the change is
    /// made in Webex and `wxgo sync` brings it here.
    pub(crate) fn via_api<R, T>(
        &mut self,
        action: &str,
        send: impl FnOnce(&Self, &OrgClient) -> Result<Accepted<R>>,
        apply: impl FnOnce(&Self, &Connection, DateTime<Utc>, R) -> Result<(T, Audit)>,
    ) -> Result<T> {
        self.api_writable(action)?;
        let client = self.org_client()?;
        let accepted = send(self, &client)?;
        let tracking = accepted.tracking_id.clone();
        self.cache_accepted(action, tracking.as_deref(), |svc, tx, now| apply(svc, tx, now, accepted.value))
    }

    /// Writes to the cache what Webex already accepted, with its audit entry (and trackingId).
    pub(crate) fn cache_accepted<T>(
        &self,
        action: &str,
        tracking_id: Option<&str>,
        apply: impl FnOnce(&Self, &Connection, DateTime<Utc>) -> Result<(T, Audit)>,
    ) -> Result<T> {
        let now = self.now();
        let written = (|| {
            let tx = rusqlite::Transaction::new_unchecked(&self.core.conn, TransactionBehavior::Immediate)
                .map_err(store::db_error)?;
            let (value, mut audit) = apply(self, &tx, now)?;
            audit.details = with_tracking(&audit.details, tracking_id);
            self.write_audit(&tx, action, &audit, "ok", now)?;
            tx.commit().map_err(store::db_error)?;
            Ok(value)
        })();
        written.map_err(|e: Error| {
            let tid = tracking_id.map(|t| format!(" (trackingId {t})")).unwrap_or_default();
            Error::Io(format!(
                "Webex accepted \"{action}\"{tid}, but wxgo's copy could not be updated: {e}. The change is made \
                 in Webex; run `wxgo sync` to see it here."
            ))
        })
    }
}

/// The journal's kind for single changes sent without an answer: one unfinished run per action,
/// one step per person (`sending`: Webex was not asked yet; `done`: it was). Nothing secret.
const UNKNOWN_KIND: &str = "unknown outcome";

impl Service {
    fn unknown_run(&self, action: &str) -> Result<i64> {
        match store::journal::open_run(&self.core.conn, self.core.org.id, UNKNOWN_KIND, action)? {
            Some((id, _)) => Ok(id),
            None => store::journal::start_run(&self.core.conn, self.core.org.id, UNKNOWN_KIND, action, action, 0, self.now()),
        }
    }

    /// Records that `action` for `key` (a person's Webex id) left without an answer: the next
    /// attempt asks Webex what it has before sending anything again (the lost-answer rule).
    pub(crate) fn unknown_mark(&self, action: &str, key: &str, detail: &str) -> Result<()> {
        let run = self.unknown_run(action)?;
        store::journal::mark(&self.core.conn, run, key, store::journal::StepState::Sending, None, detail, self.now())
    }

    /// Whether an earlier `action` for `key` is still unknown (Webex not asked since).
    pub(crate) fn unknown_pending(&self, action: &str, key: &str) -> Result<bool> {
        let Some((run, _)) = store::journal::open_run(&self.core.conn, self.core.org.id, UNKNOWN_KIND, action)? else {
            return Ok(false);
        };
        Ok(store::journal::steps(&self.core.conn, run)?
            .get(key)
            .is_some_and(|s| s.state == store::journal::StepState::Sending))
    }

    /// Webex was asked about `key`'s earlier `action`: it is known now.
    pub(crate) fn unknown_settled(&self, action: &str, key: &str, what: &str) -> Result<()> {
        let run = self.unknown_run(action)?;
        store::journal::mark(&self.core.conn, run, key, store::journal::StepState::Done, None, what, self.now())
    }
}

/// A request a run would send, listed by `--dry-run` against a real organisation (`--json`: the
/// `requests` field). Never a secret, never a request body with personal data beyond the row's key.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlannedRequest {
    /// The input row it is for ("line 12", a user's email).
    pub row: String,
    pub method: &'static str,
    /// The path under the base URL, e.g. `/v1/devices/activationCode`.
    pub path: String,
    /// What it does, in words ("activation code for ana@example.com, model Webex Go").
    pub what: String,
}

/// How many requests a run keeps in flight: 8 (the client's own limit), or 1 with `--serial`.
pub const RUN_WIDTH: usize = 8;

impl OrgClient {
    /// Runs `send` for every item, at most `width` at once (`1`: `--serial`), never two items with
    /// the same key at once (the spec: adding devices to one Professional-licensed person must wait
    /// for each call to finish), in the items' order as far as keys allow. `on_done` is called on
    /// this thread as each one finishes, with the item's index (for the journal, the progress and
    /// the report); returning `Break` (the admin cancelled) starts nothing more, lets the requests
    /// already in flight finish and hands their answers to `on_done` too: an answer is never lost.
    /// `stop` is asked before each start (a cancel flag).
    pub fn each_keyed<I, O, F, Fut>(
        &self,
        items: Vec<(String, I)>,
        width: usize,
        send: F,
        stop: &dyn Fn() -> bool,
        on_done: &mut dyn FnMut(usize, O) -> std::ops::ControlFlow<()>,
    ) where
        F: Fn(crate::outside::webex::Api, I) -> Fut,
        Fut: std::future::Future<Output = O>,
    {
        use futures::stream::{FuturesUnordered, StreamExt};
        let width = width.max(1);
        let mut waiting: std::collections::VecDeque<(usize, String, I)> =
            items.into_iter().enumerate().map(|(i, (k, it))| (i, k, it)).collect();
        let mut busy: std::collections::HashSet<String> = std::collections::HashSet::new();
        let api = self.api().clone();
        let send = &send;
        self.run(async {
            let mut running = FuturesUnordered::new();
            let mut stopped = false;
            loop {
                while !stopped && running.len() < width {
                    if stop() {
                        stopped = true;
                        break;
                    }
                    let Some(pos) = waiting.iter().position(|(_, k, _)| !busy.contains(k)) else { break };
                    let Some((i, k, it)) = waiting.remove(pos) else { break };
                    busy.insert(k.clone());
                    let api = api.clone();
                    running.push(async move { (i, k, send(api, it).await) });
                }
                let Some((i, k, out)) = running.next().await else { break };
                busy.remove(&k);
                if on_done(i, out).is_break() {
                    stopped = true;
                }
            }
        });
    }
}

/// The audit details with the trackingId appended (`trackingId NONE` when Webex gave none).
pub(crate) fn with_tracking(details: &str, tracking_id: Option<&str>) -> String {
    let t = tracking_id.unwrap_or("none given");
    if details.is_empty() {
        format!("trackingId {t}")
    } else {
        format!("{details}; trackingId {t}")
    }
}

/// Text from the API (a state, a reason, an error description) as wxgo shows and stores it: one
/// line, no terminal hazards, at most `max` characters.
pub(crate) fn untrusted(s: &str, max: usize) -> String {
    crate::domain::text::shorten(crate::domain::text::for_terminal(s.trim()).as_ref(), max).into_owned()
}

/// A Webex answer into the service's error (Webex's words and the trackingId are kept).
pub(crate) fn api<T>(r: WebexResult<T>) -> Result<T> {
    r.map_err(Error::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org_client() -> OrgClient {
        use crate::outside::webex::{ClientConfig, Secret, StaticToken, WebexClient};
        let cfg = ClientConfig { base_url: "http://127.0.0.1:9".into(), use_env_proxy: false, ..Default::default() };
        let client = WebexClient::new(cfg, std::sync::Arc::new(StaticToken::new(Secret::new("t")))).expect("client");
        OrgClient::for_tests(client)
    }

    #[test]
    fn a_run_keeps_its_width_never_runs_one_key_twice_at_once_and_loses_no_answer_when_cancelled() {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::Mutex;
        let c = org_client();
        let keys = ["ana", "ana", "ana", "bo", "cy", "di", "ed", "fa", "gu", "ho"];
        let items: Vec<(String, usize)> = keys.iter().enumerate().map(|(i, k)| (k.to_string(), i)).collect();
        let in_flight = AtomicUsize::new(0);
        let most = AtomicUsize::new(0);
        let per_key: Mutex<std::collections::HashMap<String, usize>> = Default::default();
        let overlap = AtomicUsize::new(0);
        let mut done = Vec::new();
        c.each_keyed(
            items.clone(),
            3,
            |_api, i| {
                let (in_flight, most, per_key, overlap) = (&in_flight, &most, &per_key, &overlap);
                async move {
                    let k = keys[i].to_string();
                    let n = in_flight.fetch_add(1, Ordering::SeqCst) + 1;
                    most.fetch_max(n, Ordering::SeqCst);
                    {
                        let mut m = per_key.lock().expect("lock");
                        let e = m.entry(k.clone()).or_default();
                        *e += 1;
                        if *e > 1 {
                            overlap.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    tokio::time::sleep(std::time::Duration::from_millis(5)).await;
                    *per_key.lock().expect("lock").entry(k).or_default() -= 1;
                    in_flight.fetch_sub(1, Ordering::SeqCst);
                    i
                }
            },
            &|| false,
            &mut |i, o| {
                assert_eq!(i, o);
                done.push(i);
                std::ops::ControlFlow::Continue(())
            },
        );
        done.sort_unstable();
        assert_eq!(done, (0..keys.len()).collect::<Vec<_>>());
        assert_eq!(most.load(Ordering::SeqCst), 3);
        assert_eq!(overlap.load(Ordering::SeqCst), 0, "one key ran twice at once");

        // Cancelled after the first answer: nothing new starts, what was in flight still answers.
        let mut answered = 0;
        c.each_keyed(
            items,
            4,
            |_api, i| async move {
                tokio::time::sleep(std::time::Duration::from_millis(5 * (i as u64 % 3 + 1))).await;
                i
            },
            &|| false,
            &mut |_, _| {
                answered += 1;
                std::ops::ControlFlow::Break(())
            },
        );
        assert_eq!(answered, 4, "the 4 in flight all answered, none started after the cancel");
        // --serial: one at a time.
        let most = AtomicUsize::new(0);
        let now = AtomicUsize::new(0);
        c.each_keyed(
            (0..5).map(|i| (format!("k{i}"), i)).collect(),
            1,
            |_api, _i| {
                let (most, now) = (&most, &now);
                async move {
                    most.fetch_max(now.fetch_add(1, Ordering::SeqCst) + 1, Ordering::SeqCst);
                    tokio::task::yield_now().await;
                    now.fetch_sub(1, Ordering::SeqCst);
                }
            },
            &|| false,
            &mut |_, ()| std::ops::ControlFlow::Continue(()),
        );
        assert_eq!(most.load(Ordering::SeqCst), 1);
    }

    #[test]
    fn the_audit_details_carry_the_tracking_id() {
        assert_eq!(with_tracking("user a@b", Some("ROUTER_1")), "user a@b; trackingId ROUTER_1");
        assert_eq!(with_tracking("", None), "trackingId none given");
    }
}
