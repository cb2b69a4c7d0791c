//! Which organisation a sync is for (a partner's customer by name or id, the profile's, the
//! signed-in person's own), and which BroadWorks subscribers of a partner's listing are a
//! customer's.

use std::collections::HashSet;

use crate::domain::error::Val;
use crate::domain::{text, Error, Result};
use crate::outside::profiles::Profile;
use crate::outside::webex::models::{Organization, Person, Subscriber};
use crate::outside::webex::Api;

/// A partner's `GET /broadworks/subscribers` lists the subscribers of every customer (it has no
/// organisation filter): a customer's copy keeps its own, those whose Webex person is one of
/// its people, and those without a person yet (pending an email) of an enterprise whose other
/// subscribers are its own. The partner's own organisation keeps them all.
pub(super) fn of_this_customer(subs: Vec<Subscriber>, people: &HashSet<String>) -> Vec<Subscriber> {
    let mine = |s: &Subscriber| s.person_id.as_deref().is_some_and(|p| people.contains(p));
    let enterprises: HashSet<String> =
        subs.iter().filter(|s| mine(s)).filter_map(|s| s.sp_enterprise_id.clone()).collect();
    subs.into_iter()
        .filter(|s| {
            mine(s) || s.person_id.is_none() && s.sp_enterprise_id.as_ref().is_some_and(|e| enterprises.contains(e))
        })
        .collect()
}

/// Which organisation a sync is for.
pub struct Target {
    pub id: String,
    pub name: String,
    /// The `Api` to use (with `orgId` when it is not the token's own organisation).
    pub api: Api,
    pub me: Person,
}

/// Finds the organisation to sync: `wanted` (a name or id, among those the token may manage),
/// else the profile's `org_id`, else the signed-in person's own.
pub async fn resolve_target(api: &Api, profile: &Profile, wanted: Option<&str>) -> Result<Target> {
    let me = api.me().await?;
    let wanted = wanted.map(str::trim).filter(|w| !w.is_empty());
    let (id, listed) = match wanted {
        Some(w) => {
            let orgs = match api.list_organizations().await {
                Ok(o) => o,
                Err(e) if e.is_not_available() && me.org_id.as_deref() == Some(w) => Vec::new(),
                Err(e) if e.is_not_available() => {
                    return Err(Error::auth(crate::said!(
                        "sync-org-not-listable",
                        org = text::shorten(&text::for_terminal(w), 80).as_ref(),
                        error = e.text()
                    )))
                }
                Err(e) => return Err(e.into()),
            };
            let found = orgs.iter().find(|o| o.id == w).or_else(|| {
                orgs.iter().find(|o| o.display_name.as_deref().is_some_and(|n| n.trim().eq_ignore_ascii_case(w)))
            });
            match found {
                Some(o) => (o.id.clone(), Some(o.clone())),
                None if me.org_id.as_deref() == Some(w) => (w.to_string(), None),
                None => {
                    let names: Vec<String> =
                        orgs.iter().map(|o| text::clean(o.display_name.as_deref().unwrap_or(&o.id), 60)).collect();
                    return Err(Error::not_found(crate::said!(
                        "sync-org-not-managed",
                        org = text::shorten(&text::for_terminal(w), 80).as_ref(),
                        names = if names.is_empty() { Val::Msg("names-none") } else { Val::from(names.join(", ")) },
                        command = "`wxgo orgs`"
                    )));
                }
            }
        }
        None => match profile.org_id.clone().or_else(|| me.org_id.clone()) {
            Some(id) => (id, None),
            None => {
                return Err(Error::invalid(crate::said!(
                    "sync-org-unknown",
                    name = &profile.name,
                    file = profile.file.display().to_string()
                )))
            }
        },
    };
    let own = me.org_id.as_deref() == Some(id.as_str());
    let org_api = if own { api.with_org(None) } else { api.with_org(Some(&id)) };
    let name = match listed.and_then(|o| o.display_name) {
        Some(n) => n,
        None => {
            let path =
                format!("organizations/{}", url::form_urlencoded::byte_serialize(id.as_bytes()).collect::<String>());
            match api.get_json::<Organization>(&path, &[]).await {
                Ok(o) => o.display_name.unwrap_or_default(),
                Err(e) if e.is_not_available() => String::new(),
                Err(e) => return Err(e.into()),
            }
        }
    };
    let mut name = text::clean(&name, 120);
    if name.is_empty() {
        name = format!("Organisation {}", text::shorten(&id, 12));
    }
    Ok(Target { id, name, api: org_api, me })
}
