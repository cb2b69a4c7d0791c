//! On a real organisation, one person's facts read from Webex before the report (`--refresh`,
//! the view's `F`): the person with their calling data and licences, their Webex Go device,
//! their numbers and their BroadWorks subscriber, in a few requests sent side by side, then
//! written to the cache in one transaction. Nothing is sent but GETs; nothing is audited (the
//! cache follows Webex, as a sync does).

use crate::domain::error::{Text, Val};
use crate::domain::{text, Error, Result};
use crate::outside::webex::numbers::NumberQuery;
use crate::outside::webex::DeviceQuery;
use crate::service::backend::webex::{untrusted, Webex};
use crate::service::core::Core;
use crate::service::sync::not_available_note;
use crate::store::webex_people as wp;
use crate::store::why as w;
use crate::store::{bw, db_error};

use super::Who;

/// Refreshes the person `who` names from Webex; the notes say what could not be read.
pub(super) fn person(cx: &Core, webex: &Webex, who: &Who, commands: &super::Commands) -> Result<Vec<Text>> {
    let sync = format!("`{}`", commands.run(&["sync"]));
    if w::is_read_only(&cx.conn) {
        return Err(Error::ReadOnly(
            "refresh this person's facts from Webex (the cache is open with --read-only)".into(),
        ));
    }
    let client = webex.org_client(cx)?;
    let api = client.api();
    let mut notes = Vec::new();
    let (user, subscriber) = match who {
        Who::User(u) => {
            let sub = w::subscribers_of(&cx.conn, cx.org.id, Some(&u.email), &[], None)?.into_iter().next();
            (Some(u), sub)
        }
        Who::Subscriber(s) => (None, Some((**s).clone())),
    };
    let sub_id = match &subscriber {
        Some(s) => bw::subscriber_webex_id(&cx.conn, s.id)?,
        None => None,
    };
    let person_id = match user {
        Some(u) => Some(
            wp::cached_person(&cx.conn, u.id)?
                .webex_id
                .ok_or_else(|| Error::not_found(crate::said!("why-not-in-copy", email = &u.email, command = &sync)))?,
        ),
        None => None,
    };
    let devices_q = DeviceQuery { person_id: person_id.clone(), ..DeviceQuery::default() };
    let numbers_q = NumberQuery { owner_id: person_id.clone(), ..NumberQuery::default() };
    let (person, licences, devices, numbers, subscriber_now) = client.run(async {
        let person = async {
            match &person_id {
                Some(id) => Some(api.get_person(id).await),
                None => None,
            }
        };
        let licences = async {
            match &person_id {
                Some(_) => Some(api.list_licenses().await),
                None => None,
            }
        };
        let devices = async {
            match &person_id {
                Some(_) => Some(api.list_devices(&devices_q).await),
                None => None,
            }
        };
        let numbers = async {
            match &person_id {
                Some(_) => Some(api.list_numbers(&numbers_q).await),
                None => None,
            }
        };
        let subscriber = async {
            match &sub_id {
                Some(id) => Some(api.get_subscriber(id).await),
                None => None,
            }
        };
        futures::join!(person, licences, devices, numbers, subscriber)
    });
    let person = match person.transpose() {
        Ok(p) => p,
        Err(e) if e.status() == Some(404) => {
            let email = match user {
                Some(u) => Val::from(&u.email),
                None => Val::Msg("why-the-person"),
            };
            return Err(Error::not_found(crate::said!("why-gone", email = email, command = &sync)));
        }
        Err(e) => return Err(e.into()),
    };
    let now = cx.now();
    let tx =
        rusqlite::Transaction::new_unchecked(&cx.conn, rusqlite::TransactionBehavior::Immediate).map_err(db_error)?;
    if let (Some(u), Some(p)) = (user, &person) {
        crate::service::people::webex::cache_person(cx, &tx, u.id, p, now)?;
        match licences {
            Some(Ok(list)) => {
                let keys: Vec<String> = p
                    .licenses
                    .iter()
                    .filter_map(|id| list.iter().find(|l| &l.id == id))
                    .map(|l| crate::domain::licensing::licence_key(l.name.as_deref().unwrap_or("")))
                    .collect();
                w::replace_licences(&tx, u.id, &keys)?;
            }
            Some(Err(e)) if e.is_not_available() => notes.push(not_available_note(&e, "sync-part-licences")),
            Some(Err(e)) => return Err(e.into()),
            None => {}
        }
        match devices {
            Some(Ok(list)) => {
                let d = list.first();
                w::drop_devices_except(&tx, cx.org.id, u.id, d.map(|d| d.id.as_str()))?;
                if let Some(d) = d {
                    let raw = text::clean_opt(d.connection_status.as_deref(), 40);
                    let codes: Vec<String> =
                        d.error_codes.iter().map(|c| text::clean(c, 60).replace(',', " ")).collect();
                    let kind = match d.product.as_deref().map(str::to_ascii_lowercase) {
                        Some(p) if p.contains("operator") => "mobile_operator",
                        _ => "byod",
                    };
                    let status = d.wxgo_status();
                    w::refresh_device(
                        &tx,
                        cx.org.id,
                        u.id,
                        &d.id,
                        kind,
                        status.as_str(),
                        raw.as_deref(),
                        &codes.join(","),
                        now,
                    )?;
                }
                if list.len() > 1 {
                    notes.push(crate::said!("why-many-devices", n = list.len()));
                }
            }
            Some(Err(e)) if e.is_not_available() => notes.push(not_available_note(&e, "sync-part-devices")),
            Some(Err(e)) => return Err(e.into()),
            None => {}
        }
        match numbers {
            Some(Ok(list)) => {
                let mut kept = Vec::new();
                for n in &list {
                    let Some(e164) = text::clean_opt(n.phone_number.as_deref(), 40) else { continue };
                    let state = if n.state.as_deref().is_some_and(|s| s.eq_ignore_ascii_case("ACTIVE")) {
                        "ACTIVE"
                    } else {
                        "INACTIVE"
                    };
                    let primary = n.phone_number_type.as_deref().is_none_or(|t| t.eq_ignore_ascii_case("PRIMARY"));
                    if w::refresh_number(&tx, cx.org.id, u.id, &e164, state, primary)? {
                        kept.push(e164);
                    } else {
                        notes.push(crate::said!("why-number-not-in-copy", number = &e164, command = &sync));
                    }
                }
                w::release_numbers_except(&tx, cx.org.id, u.id, &kept)?;
            }
            Some(Err(e)) if e.is_not_available() => notes.push(not_available_note(&e, "sync-part-numbers")),
            Some(Err(e)) => return Err(e.into()),
            None => {}
        }
    }
    match (subscriber_now, &sub_id) {
        (Some(Ok(s)), Some(id)) => {
            let status = s.status.as_deref().map(|x| x.trim().to_ascii_lowercase());
            match status.as_deref().and_then(|x| crate::domain::bw::BwStatus::parse(x).ok()) {
                Some(status) => {
                    let err = s.errors.first();
                    let code = err.and_then(|e| e.error_code.as_ref()).map(|c| match c {
                        serde_json::Value::String(s) => text::clean(s, 40),
                        other => text::clean(&other.to_string(), 40),
                    });
                    let desc = err.and_then(|e| text::clean_opt(e.description.as_deref(), 400));
                    let at = s
                        .last_status_change
                        .as_deref()
                        .and_then(|t| chrono::DateTime::parse_from_rfc3339(t).ok())
                        .map(|t| t.with_timezone(&chrono::Utc))
                        .unwrap_or(now);
                    let email = text::clean_opt(s.email.as_deref(), 254);
                    w::refresh_subscriber(
                        &tx,
                        cx.org.id,
                        id,
                        status.as_str(),
                        code.as_deref(),
                        desc.as_deref(),
                        email.as_deref(),
                        at,
                    )?;
                }
                None => notes.push(crate::said!(
                    "why-subscriber-unknown-status",
                    status = untrusted(s.status.as_deref().unwrap_or(""), 40)
                )),
            }
        }
        (Some(Err(e)), _) if e.is_not_available() => notes.push(not_available_note(&e, "sync-part-broadworks")),
        (Some(Err(e)), _) if e.status() == Some(404) => {
            notes.push(crate::said!("why-subscriber-gone", command = &sync))
        }
        (Some(Err(e)), _) => return Err(e.into()),
        _ => {}
    }
    tx.commit().map_err(db_error)?;
    Ok(notes)
}
