//! The Devices pane: every Webex Go device with its owner, number, subscription, kind, status
//! (in words, with a symbol and a colour: WG10) and when its code expires.

use ratatui::text::{Line, Span};

use super::Pane;
use crate::domain::{DeviceKind, DeviceStatus};
use crate::service::DeviceRow;
use crate::tui::jobs::Jobs;
use crate::tui::present::{col, whole, Col};
use crate::tui::theme::Theme;

pub const COLUMNS: [Col; 8] = [
    whole(col("col-device", 8, 1, false)),
    col("col-owner", 14, 2, true),
    col("col-location", 9, 7, false),
    whole(col("col-number", 13, 6, false)),
    col("col-subscription", 12, 5, false),
    col("col-kind", 8, 3, false),
    whole(col("col-status", 20, 0, false)),
    col("col-expires", 10, 4, false),
];

pub fn cell(t: Theme, tr: &crate::i18n::Tr, d: &DeviceRow, c: usize) -> Line<'static> {
    match c {
        0 => Line::raw(d.device_id.clone()),
        1 => Line::raw(d.owner_name.clone()),
        2 => Line::raw(d.location.clone().unwrap_or_else(|| "-".into())),
        3 => Line::raw(d.number.clone().unwrap_or_else(|| "-".into())),
        4 => Line::raw(d.subscription_id.clone()),
        5 => Line::raw(match d.kind {
            DeviceKind::Byod => tr.t("kind-byod"),
            DeviceKind::MobileOperator => tr.t("kind-operator-short"),
        }),
        6 => status_cell(t, tr, d.status, &d.error_codes),
        _ => match (d.code_state.as_str(), d.code_expires_at) {
            ("valid", Some(at)) => Line::raw(tr.date(at)),
            ("expired", _) => Line::styled(tr.t("code-expired"), t.error()),
            _ => Line::styled("-", t.dim()),
        },
    }
}

/// WG10's status in words, symbol and colour; a device Webex reports `connected_with_issues`
/// (Online with error codes) gets a warning mark: the codes are in the user's details.
pub fn status_cell(t: Theme, tr: &crate::i18n::Tr, status: DeviceStatus, error_codes: &[String]) -> Line<'static> {
    let mut spans = vec![Span::styled(crate::tui::present::status_word(tr, status), t.status(status))];
    if !error_codes.is_empty() {
        spans.push(Span::styled(format!(" ⚠ {}", tr.t("status-issues")), t.warning()));
    }
    Line::from(spans)
}

impl crate::tui::app::App {
    /// The next order of the Devices pane, from the top.
    pub(crate) fn cycle_device_sort(&mut self) -> Jobs {
        let l = self.list_mut(Pane::Devices);
        l.devices.sort = l.devices.sort.next();
        let order = l.devices.sort;
        let sort = crate::tui::present::sort_word(&self.tr, order);
        let said = self.tr.t_with("say-devices-ordered", &[("order", sort.as_str().into())]);
        self.info(&said);
        self.restart(Pane::Devices)
    }

    /// The next status the Devices pane shows (all, offline, pending, online), from the top.
    pub(crate) fn cycle_device_status(&mut self) -> Jobs {
        const CYCLE: [Option<DeviceStatus>; 4] =
            [None, Some(DeviceStatus::Offline), Some(DeviceStatus::ActivationPending), Some(DeviceStatus::Online)];
        let l = self.list_mut(Pane::Devices);
        let i = CYCLE.iter().position(|s| *s == l.devices.status).unwrap_or(0);
        l.devices.status = CYCLE[(i + 1) % CYCLE.len()];
        let shown = l.devices.status;
        let said = match shown {
            Some(s) => {
                let status = crate::tui::present::status_label(&self.tr, s);
                self.tr.t_with("say-showing-only-devices", &[("status", status.as_str().into())])
            }
            None => self.tr.t("say-showing-every-device"),
        };
        self.info(&said);
        self.restart(Pane::Devices)
    }
}
