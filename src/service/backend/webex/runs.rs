//! The `webex` backend's changing actions (issue 17): Webex first, then the cache. Only what the
//! API accepted is written to the cache and to wxgo's own audit trail, with the API's
//! `trackingId`; a refusal is shown whole (Webex's words and the trackingId to quote to Cisco
//! support) and changes nothing here.
//!
//! Runs of many requests (a bulk import, a re-apply, a directory sync) use
//! [`OrgClient::each_keyed`] (at most 8 in flight, `--serial` one, never two for one person at
//! once), the journal (`service::journal`) to continue after a kill, and [`PlannedRequest`] for
//! `--dry-run`.

use super::OrgClient;

/// A request a run would send, listed by `--dry-run` against a real organisation (`--json`: the
/// `requests` field). Never a secret, never a request body with personal data beyond the row's key.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct PlannedRequest {
    /// The input row it is for ("line 12", a user's email), said in the language where shown.
    pub row: crate::domain::error::Text,
    pub method: &'static str,
    /// The path under the base URL, e.g. `/v1/devices/activationCode`.
    pub path: String,
    /// What it does, in words ("activation code for ana@example.com, model Webex Go"), said in
    /// the language where shown (`--json`: its English).
    pub what: crate::domain::error::Text,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::service::core::with_tracking;

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
