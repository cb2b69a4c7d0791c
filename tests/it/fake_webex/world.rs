//! The fake's data: organisations, people, licences, locations, devices, numbers, BroadWorks
//! subscribers and audit events, in the API's own camelCase shapes (written from the spec files,
//! not from wxgo's models, so the two cannot drift together).

use std::collections::HashMap;

use base64::Engine;
use serde::Serialize;

pub fn webex_id(kind: &str, key: &str) -> String {
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(format!("ciscospark://us/{kind}/{key}"))
}

pub const CREATED: &str = "2026-01-05T09:00:00.000Z";

/// An id as the admin audit events name their target (Webex's own example: the base64 of the
/// bare identifier, not the API's `ciscospark://` id).
pub fn audit_target_id(api_id: &str) -> String {
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let decoded = engine.decode(api_id).ok().and_then(|b| String::from_utf8(b).ok());
    let bare = decoded.as_deref().and_then(|d| d.rsplit('/').next()).unwrap_or(api_id);
    engine.encode(bare)
}

/// One admin audit event, as Webex logs a change: `category` (`USERS`, `LICENSES`, `DEVICES`,
/// `LOCATIONS`), the target's type and id.
#[allow(clippy::too_many_arguments)]
pub fn audit_event(
    org: &str,
    n: u64,
    at: &str,
    category: &str,
    target_type: &str,
    target_id: &str,
    target_name: &str,
    action: &str,
) -> AuditEvent {
    AuditEvent {
        data: AuditData {
            actor_org_name: "Fake Org".into(),
            target_name: target_name.into(),
            event_description: action.into(),
            actor_name: "Fake Admin".into(),
            actor_email: "admin@fake.example".into(),
            tracking_id: format!("ATLAS_change_{n}"),
            target_type: format!("TargetResourceType.{target_type}"),
            target_id: target_id.into(),
            event_category: format!("EventCategory.{category}"),
            target_org_id: org.into(),
            action_text: action.into(),
            target_org_name: "Fake Org".into(),
        },
        created: at.into(),
        actor_org_id: org.into(),
        id: webex_id("AUDIT", &format!("change-{n}")),
        actor_id: webex_id("PEOPLE", "fake-admin"),
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct PhoneNumber {
    #[serde(rename = "type")]
    pub kind: String,
    pub value: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary: Option<bool>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    pub id: String,
    pub emails: Vec<String>,
    pub phone_numbers: Vec<PhoneNumber>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    pub display_name: String,
    pub first_name: String,
    pub last_name: String,
    pub org_id: String,
    pub roles: Vec<String>,
    pub licenses: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub department: Option<String>,
    pub created: String,
    pub last_modified: String,
    #[serde(rename = "type")]
    pub kind: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    pub id: String,
    pub display_name: String,
    pub created: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct License {
    pub id: String,
    pub name: String,
    pub total_units: u64,
    pub consumed_units: u64,
    pub consumed_by_users: u64,
    pub consumed_by_workspaces: u64,
    pub subscription_id: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct LocationAddress {
    pub address1: String,
    pub city: String,
    pub state: String,
    pub postal_code: String,
    pub country: String,
}

/// The real API's location shape (the spec's schema for `GET /locations` is the wrong one).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    pub id: String,
    pub name: String,
    pub org_id: String,
    pub time_zone: String,
    pub preferred_language: String,
    pub address: LocationAddress,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Device {
    pub id: String,
    pub display_name: String,
    pub person_id: String,
    pub org_id: String,
    pub connection_status: String,
    pub product: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub serial: String,
    pub created: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub location_id: Option<String>,
    pub error_codes: Vec<String>,
    pub tags: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdAndName {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NumberOwner {
    pub id: String,
    #[serde(rename = "type")]
    pub kind: String,
    pub first_name: String,
    pub last_name: String,
    pub display_name: String,
}

/// The Webex Calling number shape (wxc-sdk's `NumberListPhoneNumber` needs `mainNumber`,
/// `tollFreeNumber` and `location`).
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Number {
    pub phone_number: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    pub state: String,
    pub phone_number_type: String,
    pub main_number: bool,
    pub toll_free_number: bool,
    pub included_telephony_types: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile_network: Option<String>,
    pub is_service_number: bool,
    pub location: IdAndName,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub owner: Option<NumberOwner>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SubscriberError {
    pub error_code: u32,
    pub description: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Subscriber {
    pub id: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub person_id: Option<String>,
    pub user_id: String,
    pub sp_enterprise_id: String,
    pub first_name: String,
    pub last_name: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub primary_phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mobile_phone_number: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    pub package: String,
    pub status: String,
    pub errors: Vec<SubscriberError>,
    pub created: String,
    pub last_status_change: String,
    pub provisioning_id: String,
    pub self_activated: bool,
    /// Which customer organisation the subscriber belongs to (not sent).
    #[serde(skip)]
    pub org_id: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditData {
    pub actor_org_name: String,
    pub target_name: String,
    pub event_description: String,
    pub actor_name: String,
    pub actor_email: String,
    pub tracking_id: String,
    pub target_type: String,
    pub target_id: String,
    pub event_category: String,
    pub target_org_id: String,
    pub action_text: String,
    pub target_org_name: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct AuditEvent {
    pub data: AuditData,
    pub created: String,
    pub actor_org_id: String,
    pub id: String,
    pub actor_id: String,
}

/// One organisation's resources.
#[derive(Debug, Clone, Default)]
pub struct OrgData {
    pub people: Vec<Person>,
    pub licenses: Vec<License>,
    pub locations: Vec<Location>,
    pub devices: Vec<Device>,
    pub numbers: Vec<Number>,
    pub subscribers: Vec<Subscriber>,
    pub audit: Vec<AuditEvent>,
}

/// What a token may do.
#[derive(Debug, Clone)]
pub struct Grant {
    /// The organisation the token's person belongs to.
    pub home_org: String,
    pub person_id: String,
    /// Organisations it may act on (its own first).
    pub orgs: Vec<String>,
    pub partner: bool,
    /// May read the admin audit events (a partner, or a full admin with `audit:events_read`).
    pub audit: bool,
    pub read_only: bool,
    pub revoked: bool,
    pub expired: bool,
    pub scopes: String,
}

#[derive(Debug, Default)]
pub struct World {
    pub orgs: Vec<Organization>,
    pub data: HashMap<String, OrgData>,
    pub tokens: HashMap<String, Grant>,
    /// refresh token -> access token it renews.
    pub refresh_tokens: HashMap<String, String>,
    pub counter: u64,
    /// The next BroadWorks subscriber write (update, delete, provision) is refused with this status
    /// and error message (a test's way to see Webex's words and trackingId shown).
    pub bw_refusal: Option<(u16, String)>,
    /// The next provisioning of a subscriber (`POST /broadworks/subscribers`) is refused so.
    pub bw_provision_refusal: Option<(u16, String)>,
    /// Every `PATCH /licenses/users` that changed or checked a person: (person id, the request's
    /// `licenses`), for tests that count requests per person.
    pub licence_patches: Vec<(String, serde_json::Value)>,
    /// Every `PUT /people/{id}` body, by person id.
    pub person_puts: Vec<(String, serde_json::Value)>,
    /// The fake's "now" (created, lastModified, admin audit events); the real time when `None`.
    pub clock: Option<chrono::DateTime<chrono::Utc>>,
    /// Changes go unlogged: Webex wrote no admin audit event for them (the sync's safety nets).
    /// By default every change made through the API or Control Hub's side is logged.
    pub unlogged: bool,
}

/// Numbers the fake's mobile operator refuses when they are added (validateNumbers calls them
/// Available): the request carrying one is refused whole, per-number errors in a list, as wxc-sdk
/// reads them.
pub const CARRIER_REFUSES: &str = "+1630999";
/// Numbers the fake's operator leaves out of a request it otherwise accepts: the answer (201)
/// lists them with their reason, the others are added.
pub const CARRIER_LEAVES_OUT: &str = "+1630998";

pub const PARTNER_TOKEN: &str = "partner-admin-token";
pub const CUSTOMER_TOKEN: &str = "customer-admin-token";
pub const READ_ONLY_TOKEN: &str = "read-only-admin-token";
pub const ALL_SCOPES: &str = "spark-admin:people_read spark-admin:people_write spark-admin:licenses_read \
    spark-admin:devices_read spark-admin:devices_write spark-admin:locations_read spark-admin:telephony_config_read \
    spark-admin:telephony_config_write spark-admin:broadworks_subscribers_read spark-admin:broadworks_subscribers_write \
    audit:events_read spark-admin:organizations_read";
pub const READ_SCOPES: &str = "spark-admin:people_read spark-admin:licenses_read spark-admin:devices_read \
    spark-admin:locations_read spark-admin:telephony_config_read";

pub const CALLING_LICENSE: &str = "Webex Calling - Professional";

impl World {
    /// The fake's time, as the API writes it.
    pub fn now(&self) -> String {
        super::handlers::stamp(self.clock.unwrap_or_else(chrono::Utc::now))
    }

    pub fn next(&mut self) -> u64 {
        self.counter += 1;
        self.counter
    }

    pub fn org(&self, i: usize) -> String {
        self.orgs[i].id.clone()
    }

    /// A partner with two customer organisations, each with a few people, devices, numbers,
    /// subscribers and audit events; tokens [`PARTNER_TOKEN`], [`CUSTOMER_TOKEN`], [`READ_ONLY_TOKEN`].
    pub fn seeded() -> World {
        let mut w = World::default();
        for (key, name) in [("partner", "Channel Partner Ltd"), ("acme", "Acme Corp"), ("globex", "Globex GmbH")] {
            w.orgs.push(Organization {
                id: webex_id("ORGANIZATION", key),
                display_name: name.into(),
                created: CREATED.into(),
            });
        }
        let (partner, acme, globex) = (w.org(0), w.org(1), w.org(2));
        w.data.insert(partner.clone(), OrgData::default());
        w.data.insert(acme.clone(), build_org(&acme, "acme", "Acme Corp", 25, 12, 40, "+1408555"));
        w.data.insert(globex.clone(), build_org(&globex, "globex", "Globex GmbH", 8, 4, 12, "+49301234"));
        let partner_admin = webex_id("PEOPLE", "partner-admin");
        if let Some(d) = w.data.get_mut(&partner) {
            d.people.push(person(&partner, "partner-admin", "Pat", "Partner", "pat@partner.example", None, None, None));
            d.people[0].roles = vec![webex_id("ROLE", "id_full_admin")];
        }
        let acme_admin = w.data[&acme].people[0].id.clone();
        w.tokens.insert(
            PARTNER_TOKEN.into(),
            Grant {
                home_org: partner.clone(),
                person_id: partner_admin,
                orgs: vec![partner.clone(), acme.clone(), globex.clone()],
                partner: true,
                audit: true,
                read_only: false,
                revoked: false,
                expired: false,
                scopes: ALL_SCOPES.into(),
            },
        );
        let customer = Grant {
            home_org: acme.clone(),
            person_id: acme_admin,
            orgs: vec![acme.clone()],
            partner: false,
            audit: false,
            read_only: false,
            revoked: false,
            expired: false,
            scopes: ALL_SCOPES.into(),
        };
        w.tokens.insert(CUSTOMER_TOKEN.into(), customer.clone());
        w.tokens.insert(READ_ONLY_TOKEN.into(), Grant { read_only: true, scopes: READ_SCOPES.into(), ..customer });
        w
    }

    /// One large customer organisation (for the bench): `people` people, `devices` Webex Go
    /// devices, `numbers` numbers; token [`CUSTOMER_TOKEN`]. Built in well under a second per 100k.
    pub fn large(people: usize, devices: usize, numbers: usize) -> World {
        let mut w = World::default();
        w.orgs.push(Organization {
            id: webex_id("ORGANIZATION", "big"),
            display_name: "Big Org".into(),
            created: CREATED.into(),
        });
        let org = w.org(0);
        let data = build_org(&org, "big", "Big Org", people, devices, numbers, "+1312");
        let admin = data.people[0].id.clone();
        w.data.insert(org.clone(), data);
        w.tokens.insert(
            CUSTOMER_TOKEN.into(),
            Grant {
                home_org: org.clone(),
                person_id: admin,
                orgs: vec![org],
                partner: false,
                audit: true,
                read_only: false,
                revoked: false,
                expired: false,
                scopes: ALL_SCOPES.into(),
            },
        );
        w
    }
}

/// The shape of a large organisation for the sync bench: how many people, Webex Go devices,
/// numbers and locations. The head office holds a tenth of the located people, the branches share
/// the rest, and one person in twenty has no location and only a messaging licence (no Webex
/// Calling, so no calling data).
#[derive(Debug, Clone, Copy)]
pub struct Spread {
    pub people: usize,
    pub devices: usize,
    pub numbers: usize,
    pub locations: usize,
}

impl World {
    /// One large customer organisation shaped by `s` (token [`CUSTOMER_TOKEN`], which may read
    /// the admin audit events).
    pub fn spread(s: Spread) -> World {
        let mut w = World::large(1, 0, 0);
        let org = w.org(0);
        let d = w.data.get_mut(&org).expect("the org");
        let key = "big";
        let locations = s.locations.max(2);
        d.locations = (0..locations)
            .map(|i| {
                let mut l = d.locations[0].clone();
                l.id = webex_id("LOCATION", &format!("{key}-{i}"));
                l.name = if i == 0 { "Head Office".into() } else { format!("Branch {i:03}") };
                l
            })
            .collect();
        let calling = d.licenses[0].id.clone();
        let messaging = webex_id("LICENSE", &format!("{key}-messaging"));
        let located = |i: usize| i % 20 != 19;
        let loc_of = |i: usize| if i % 10 == 0 { 0 } else { 1 + (i * 7919) % (locations - 1) };
        let mut work = 0;
        d.people.clear();
        d.people.reserve(s.people);
        for i in 0..s.people {
            let p = if located(i) {
                let number = (work < s.numbers).then(|| format!("+1312{work:07}"));
                work += usize::from(number.is_some());
                let loc = d.locations[loc_of(i)].id.clone();
                let mut p = person(
                    &org,
                    &format!("{key}-{i}"),
                    &format!("First{i}"),
                    &format!("Last{i}"),
                    &format!("user{i}@{key}.example"),
                    number,
                    Some(format!("{}", 100_000 + i)),
                    Some(loc),
                );
                p.licenses = vec![calling.clone()];
                p
            } else {
                let mut p = person(
                    &org,
                    &format!("{key}-{i}"),
                    &format!("First{i}"),
                    &format!("Last{i}"),
                    &format!("user{i}@{key}.example"),
                    None,
                    None,
                    None,
                );
                p.licenses = vec![messaging.clone()];
                p
            };
            d.people.push(p);
        }
        d.people[0].roles = vec![webex_id("ROLE", "id_full_admin")];
        let users = |id: &str| d.people.iter().filter(|p| p.licenses.iter().any(|l| l == id)).count() as u64;
        let (n_calling, n_messaging) = (users(&calling), users(&messaging));
        d.licenses[0].total_units = n_calling + 10;
        d.licenses[0].consumed_units = n_calling;
        d.licenses[0].consumed_by_users = n_calling;
        d.licenses[1].total_units = s.devices as u64 + 10;
        let mut m = d.licenses[0].clone();
        m.id = messaging;
        m.name = "Webex Messaging".into();
        (m.total_units, m.consumed_units, m.consumed_by_users) = (n_messaging + 10, n_messaging, n_messaging);
        d.licenses.push(m);
        let statuses = ["connected", "connected_with_issues", "disconnected", "activating", "offline_expired"];
        let owners: Vec<usize> = (0..s.people).filter(|i| located(*i)).take(s.devices).collect();
        d.devices = owners
            .iter()
            .enumerate()
            .map(|(k, &i)| {
                let p = &d.people[i];
                let status = statuses[k % statuses.len()];
                Device {
                    id: webex_id("DEVICE", &format!("{key}-{i}")),
                    display_name: format!("Webex Go ({})", p.display_name),
                    person_id: p.id.clone(),
                    org_id: org.clone(),
                    connection_status: status.into(),
                    product: "Webex Go".into(),
                    kind: "webexgo".into(),
                    serial: format!("WG{i:08}"),
                    created: CREATED.into(),
                    location_id: p.location_id.clone(),
                    error_codes: if status == "connected_with_issues" {
                        vec!["esimProfileNotActive".into()]
                    } else {
                        vec![]
                    },
                    tags: vec![],
                }
            })
            .collect();
        let mut numbers = Vec::with_capacity(s.numbers);
        for p in d.people.iter().filter(|p| p.phone_numbers.iter().any(|n| n.kind == "work")) {
            let loc = d.locations.iter().find(|l| Some(&l.id) == p.location_id.as_ref()).unwrap_or(&d.locations[0]);
            numbers.push(Number {
                phone_number: p.phone_numbers[0].value.clone(),
                extension: p.extension.clone(),
                state: "ACTIVE".into(),
                phone_number_type: "PRIMARY".into(),
                main_number: numbers.is_empty(),
                toll_free_number: false,
                included_telephony_types: "PSTN_NUMBER".into(),
                mobile_network: None,
                is_service_number: false,
                location: IdAndName { id: loc.id.clone(), name: loc.name.clone() },
                owner: Some(NumberOwner {
                    id: p.id.clone(),
                    kind: "PEOPLE".into(),
                    first_name: p.first_name.clone(),
                    last_name: p.last_name.clone(),
                    display_name: p.display_name.clone(),
                }),
            });
        }
        for i in numbers.len()..s.numbers {
            let loc = &d.locations[i % locations];
            let mobile = i % 3 == 0;
            numbers.push(Number {
                phone_number: format!("+1312{i:07}"),
                extension: None,
                state: "INACTIVE".into(),
                phone_number_type: "PRIMARY".into(),
                main_number: false,
                toll_free_number: false,
                included_telephony_types: if mobile { "MOBILE_NUMBER".into() } else { "PSTN_NUMBER".into() },
                mobile_network: mobile.then(|| "Operator One".into()),
                is_service_number: false,
                location: IdAndName { id: loc.id.clone(), name: loc.name.clone() },
                owner: None,
            });
        }
        d.numbers = numbers;
        w
    }
}

#[allow(clippy::too_many_arguments)]
pub fn person(
    org: &str,
    key: &str,
    first: &str,
    last: &str,
    email: &str,
    work: Option<String>,
    ext: Option<String>,
    location: Option<String>,
) -> Person {
    let mut phone_numbers = Vec::new();
    if let Some(w) = work {
        phone_numbers.push(PhoneNumber { kind: "work".into(), value: w, primary: Some(true) });
    }
    Person {
        id: webex_id("PEOPLE", key),
        emails: vec![email.into()],
        phone_numbers,
        extension: ext,
        location_id: location,
        display_name: format!("{first} {last}"),
        first_name: first.into(),
        last_name: last.into(),
        org_id: org.into(),
        roles: Vec::new(),
        licenses: Vec::new(),
        department: None,
        created: CREATED.into(),
        last_modified: CREATED.into(),
        kind: "person".into(),
    }
}

/// People, locations, licences, devices (the first `devices` people get one), numbers (a work
/// number for each of the first people, then mobile numbers, then spare ones), subscribers, audit.
pub fn build_org(
    org: &str,
    key: &str,
    name: &str,
    people: usize,
    devices: usize,
    numbers: usize,
    prefix: &str,
) -> OrgData {
    let mut d = OrgData::default();
    let loc_names = ["Head Office", "Warehouse", "Remote"];
    for (i, n) in loc_names.iter().enumerate() {
        d.locations.push(Location {
            id: webex_id("LOCATION", &format!("{key}-{i}")),
            name: n.to_string(),
            org_id: org.into(),
            time_zone: "America/Chicago".into(),
            preferred_language: "en_us".into(),
            address: LocationAddress {
                address1: format!("{} Main St", 100 + i),
                city: "Springfield".into(),
                state: "IL".into(),
                postal_code: "62701".into(),
                country: "US".into(),
            },
        });
    }
    let calling = webex_id("LICENSE", &format!("{key}-calling"));
    d.licenses.push(License {
        id: calling.clone(),
        name: CALLING_LICENSE.into(),
        total_units: people as u64 + 10,
        consumed_units: people as u64,
        consumed_by_users: people as u64,
        consumed_by_workspaces: 0,
        subscription_id: format!("Sub-{key}"),
    });
    d.licenses.push(License {
        id: webex_id("LICENSE", &format!("{key}-go")),
        name: "Webex Go".into(),
        total_units: 1,
        consumed_units: 1,
        consumed_by_users: 1,
        consumed_by_workspaces: 0,
        subscription_id: format!("Sub-{key}"),
    });
    let work_numbers = numbers.min(people);
    d.people.reserve(people);
    for i in 0..people {
        let loc = &d.locations[i % loc_names.len()];
        let work = (i < work_numbers).then(|| format!("{prefix}{:07}", i));
        let mut p = person(
            org,
            &format!("{key}-{i}"),
            &format!("First{i}"),
            &format!("Last{i}"),
            &format!("user{i}@{key}.example"),
            work,
            Some(format!("{}", 1000 + i)),
            Some(loc.id.clone()),
        );
        p.licenses = vec![calling.clone()];
        if i == 0 {
            p.roles = vec![webex_id("ROLE", "id_full_admin")];
        }
        d.people.push(p);
    }
    let statuses = ["connected", "connected_with_issues", "disconnected", "activating", "offline_expired"];
    for i in 0..devices.min(people) {
        let p = &d.people[i];
        let status = statuses[i % statuses.len()];
        d.devices.push(Device {
            id: webex_id("DEVICE", &format!("{key}-{i}")),
            display_name: format!("Webex Go ({})", p.display_name),
            person_id: p.id.clone(),
            org_id: org.into(),
            connection_status: status.into(),
            product: "Webex Go".into(),
            kind: "webexgo".into(),
            serial: format!("WG{:08}", i),
            created: CREATED.into(),
            location_id: p.location_id.clone(),
            error_codes: if status == "connected_with_issues" { vec!["esimProfileNotActive".into()] } else { vec![] },
            tags: vec![],
        });
    }
    d.numbers.reserve(numbers);
    for i in 0..numbers {
        let (owner_idx, mobile) = if i < work_numbers { (Some(i), false) } else { (None, i % 3 == 0) };
        let p = owner_idx.map(|j| &d.people[j]);
        let loc = &d.locations[i % loc_names.len()];
        d.numbers.push(Number {
            phone_number: format!("{prefix}{:07}", i),
            extension: p.and_then(|p| p.extension.clone()),
            state: if p.is_some() { "ACTIVE".into() } else { "INACTIVE".into() },
            phone_number_type: "PRIMARY".into(),
            main_number: i == 0,
            toll_free_number: false,
            included_telephony_types: if mobile { "MOBILE_NUMBER".into() } else { "PSTN_NUMBER".into() },
            mobile_network: mobile.then(|| "Operator One".into()),
            is_service_number: false,
            location: IdAndName { id: loc.id.clone(), name: loc.name.clone() },
            owner: p.map(|p| NumberOwner {
                id: p.id.clone(),
                kind: "PEOPLE".into(),
                first_name: p.first_name.clone(),
                last_name: p.last_name.clone(),
                display_name: p.display_name.clone(),
            }),
        });
    }
    let sub_statuses = ["provisioned", "pending_email_input", "error", "provisioning"];
    for i in 0..people.min(6) {
        let p = &d.people[i];
        let status = sub_statuses[i % sub_statuses.len()];
        d.subscribers.push(Subscriber {
            id: webex_id("SUBSCRIBER", &format!("{key}-{i}")),
            person_id: (status == "provisioned").then(|| p.id.clone()),
            user_id: format!("bw-{key}-{i}"),
            sp_enterprise_id: format!("Ent-{key}"),
            first_name: p.first_name.clone(),
            last_name: p.last_name.clone(),
            email: (status != "pending_email_input").then(|| p.emails[0].clone()),
            primary_phone_number: p.phone_numbers.first().map(|n| n.value.clone()),
            mobile_phone_number: None,
            extension: p.extension.clone(),
            package: "standard".into(),
            status: status.into(),
            errors: if status == "error" {
                vec![SubscriberError { error_code: 6003, description: "The email address is already in use.".into() }]
            } else {
                vec![]
            },
            created: CREATED.into(),
            last_status_change: CREATED.into(),
            provisioning_id: format!("Prov-{key}"),
            self_activated: false,
            org_id: org.into(),
        });
    }
    for i in 0..people.min(5) {
        d.audit.push(AuditEvent {
            data: AuditData {
                actor_org_name: name.into(),
                target_name: d.people[i].display_name.clone(),
                event_description: "A user was modified".into(),
                actor_name: d.people[0].display_name.clone(),
                actor_email: d.people[0].emails[0].clone(),
                tracking_id: format!("ATLAS_{key}_{i}"),
                target_type: "User".into(),
                target_id: d.people[i].id.clone(),
                event_category: "USERS".into(),
                target_org_id: org.into(),
                action_text: "Updated the user's phone number".into(),
                target_org_name: name.into(),
            },
            created: format!("2026-11-{:02}T10:00:00.000Z", 10 + i),
            actor_org_id: org.into(),
            id: webex_id("AUDIT", &format!("{key}-{i}")),
            actor_id: d.people[0].id.clone(),
        });
    }
    d
}
