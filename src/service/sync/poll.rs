//! The open console's poll (device and BroadWorks status, straight from the API) and the
//! organisations a sign-in manages.

use chrono::{DateTime, Utc};
use rusqlite::{Connection, TransactionBehavior};

use super::{OrgChoice, PollReport};
use crate::domain::{text, Result};
use crate::outside::webex::models::Organization;
use crate::outside::webex::{DeviceQuery, WebexClient};
use crate::store::db_error;
use crate::store::queries::ts;
use crate::store::snapshot;

/// The open console's refresh: device status and BroadWorks status, straight from the API,
/// written in one transaction. Devices the cache does not know yet wait for the next sync.
pub fn poll(
    conn: &Connection,
    client: &WebexClient,
    org: i64,
    org_webex_id: &str,
    now: DateTime<Utc>,
) -> Result<PollReport> {
    let me_org = client.block_on(client.api().me())?.org_id;
    let api = if me_org.as_deref() == Some(org_webex_id) {
        client.api().with_org(None)
    } else {
        client.api().with_org(Some(org_webex_id))
    };
    let query = DeviceQuery::default();
    let (devices, subscribers) =
        client.block_on(async { futures::join!(api.list_devices(&query), api.list_subscribers()) });
    let mut report = PollReport::default();
    let stamp = ts(now);
    let tx = rusqlite::Transaction::new_unchecked(conn, TransactionBehavior::Immediate).map_err(db_error)?;
    match devices {
        Ok(list) => {
            for d in &list {
                let raw = text::clean_opt(d.connection_status.as_deref(), 40);
                let codes: Vec<String> = d.error_codes.iter().map(|c| text::clean(c, 60).replace(',', " ")).collect();
                let status = d.wxgo_status();
                match snapshot::poll_device(&tx, org, &d.id, status.as_str(), raw.as_deref(), &codes.join(","), &stamp)?
                {
                    snapshot::Polled::New => report.devices_new += 1,
                    snapshot::Polled::Same => {}
                    snapshot::Polled::Changed => report.devices_changed += 1,
                }
            }
        }
        Err(e) if e.is_not_available() => report.notes.push(super::not_available_note(&e, "sync-part-devices")),
        Err(e) => return Err(e.into()),
    }
    match subscribers {
        Ok(list) => {
            for s in &list {
                let Some(status) = s
                    .status
                    .as_deref()
                    .and_then(|x| crate::domain::bw::BwStatus::parse(&x.trim().to_ascii_lowercase()).ok())
                else {
                    continue;
                };
                let desc = s.errors.first().and_then(|e| text::clean_opt(e.description.as_deref(), 400));
                let at = snapshot::when(s.last_status_change.as_deref(), now);
                report.subscribers_changed +=
                    snapshot::poll_subscriber(&tx, org, &s.id, status.as_str(), desc.as_deref(), &at)?;
            }
        }
        Err(e) if e.is_not_available() => {}
        Err(e) => return Err(e.into()),
    }
    if report.devices_changed > 0 {
        snapshot::touch_part(&tx, org, "devices", &stamp)?;
    }
    tx.commit().map_err(db_error)?;
    Ok(report)
}

/// The organisations the token can manage, with when the cache last synced each.
pub fn org_choices(conn: &Connection, client: &WebexClient) -> Result<Vec<OrgChoice>> {
    let me = client.block_on(client.api().me())?;
    let orgs = match client.block_on(client.api().list_organizations()) {
        Ok(o) => o,
        Err(e) if e.is_not_available() => match me.org_id.clone() {
            Some(id) => vec![Organization { id, display_name: None, created: None }],
            None => Vec::new(),
        },
        Err(e) => return Err(e.into()),
    };
    let mut out = Vec::new();
    for o in orgs {
        let synced_at = snapshot::synced_at_of(conn, &o.id)?;
        let name = text::clean_opt(o.display_name.as_deref(), 120).unwrap_or_else(|| "(name not available)".into());
        out.push(OrgChoice { id: o.id, name, synced_at });
    }
    Ok(out)
}
