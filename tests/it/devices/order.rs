//! The device list's status filter and orders: trouble first (offline, then activation pending
//! with an expired code), expired codes first, by name; in the CLI (`--status`, `--sort`) on
//! both backends, and in the console (`v`, `s` in the Devices pane).

use crate::backends::{both_backends, rows, Backend};
use crate::tui_support::demo;
use serde_json::Value;

fn listed(b: &Backend, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["devices", "list"];
    all.extend_from_slice(args);
    rows(b.read(&all))
}

/// The group of a device in the "offline first" order.
fn trouble(d: &Value) -> u8 {
    match (d["status"].as_str(), d["code_state"].as_str()) {
        (Some("offline"), _) => 0,
        (Some("activation_pending"), Some("expired")) => 1,
        (Some("activation_pending"), _) => 2,
        (Some("unknown"), _) => 3,
        _ => 4,
    }
}

fn ids(list: &[Value]) -> Vec<String> {
    let mut v: Vec<String> = list.iter().map(|d| d["device_id"].as_str().unwrap_or("").to_string()).collect();
    v.sort();
    v
}

both_backends! {
    /// `devices list --sort status` lists every device, offline first, then pending with an
    /// expired code; `--sort expired` puts the expired codes first; `--sort name` orders by the
    /// owner's name; `--status` with a sort keeps only that status, in that order.
    fn devices_list_sorts_offline_and_expired_first(b) {
        let all = listed(b, &[]);
        assert!(all.len() >= 3, "{all:?}");
        let by_status = listed(b, &["--sort", "status"]);
        assert_eq!(ids(&by_status), ids(&all), "the same devices");
        let groups: Vec<u8> = by_status.iter().map(trouble).collect();
        assert!(groups.windows(2).all(|w| w[0] <= w[1]), "offline, expired, pending, the rest: {groups:?}");
        if all.iter().any(|d| d["status"] == "offline") {
            assert_eq!(by_status[0]["status"], "offline", "{by_status:?}");
        }
        let by_expiry = listed(b, &["--sort", "expired"]);
        assert_eq!(ids(&by_expiry), ids(&all));
        let expired = all.iter().filter(|d| trouble(d) == 1).count();
        assert!(by_expiry[..expired].iter().all(|d| trouble(d) == 1), "{by_expiry:?}");
        let by_name = listed(b, &["--sort", "name"]);
        let names: Vec<String> =
            by_name.iter().map(|d| d["owner_name"].as_str().unwrap_or("").to_lowercase()).collect();
        assert!(names.windows(2).all(|w| w[0] <= w[1]), "{names:?}");
        let online = listed(b, &["--status", "online", "--sort", "name"]);
        assert!(!online.is_empty() && online.iter().all(|d| d["status"] == "online"), "{online:?}");
        // A filter and an order together: the filtered rows, in the order.
        let owner = by_status[by_status.len() / 2]["owner_email"].as_str().expect("owner").to_string();
        let one = listed(b, &["--sort", "status", "--filter", &owner]);
        assert!(one.iter().any(|d| d["owner_email"] == owner.as_str()), "{one:?}");
        // A page of an order is that order's slice.
        let page = listed(b, &["--sort", "status", "--offset", "1", "--limit", "2"]);
        assert_eq!(page, by_status[1..3].to_vec());
        let err = b.refused(&["devices", "list", "--sort", "colour"], 2);
        assert!(err.contains("status") && err.contains("expired"), "the orders are named: {err}");
    }
}

/// The Devices pane: `s` cycles the order (offline first, said in the title), `v` shows only
/// one status; the first row follows.
#[test]
fn devices_pane_keys_cycle_the_order_and_the_status_shown() {
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("2");
    assert!(!h.screen().contains("offline first"), "{}", h.screen());
    h.press("s");
    let s = h.screen();
    assert!(s.contains("offline first"), "the order is said:\n{s}");
    let first = h.selected_row().unwrap_or_default();
    assert!(first.contains("Offline"), "offline first:\n{s}");
    h.press("s");
    assert!(h.screen().contains("expired codes first"), "{}", h.screen());
    assert!(h.selected_row().unwrap_or_default().contains("Activation pending"), "{}", h.screen());
    h.press("v");
    let s = h.screen();
    assert!(s.contains("only Offline"), "{s}");
    let total = h.list(wxgo::tui::panes::Pane::Devices).total;
    let svc = d.service(false);
    assert_eq!(total, svc.devices().count(Some(wxgo::domain::DeviceStatus::Offline), "").expect("count"));
    assert!(s.lines().filter(|l| l.contains("go-")).all(|l| l.contains("Offline")), "{s}");
    // Back to every device as added: four orders, four statuses.
    h.keys("s s v v v");
    let s = h.screen();
    assert!(!s.contains("only ") && !s.contains("first"), "{s}");
}
