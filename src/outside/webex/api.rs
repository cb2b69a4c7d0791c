//! Typed Webex endpoints: read side for the mirror, write side for the actions. Each one async on
//! [`Api`], and blocking on [`WebexClient`] (same name, same arguments).

use std::ops::ControlFlow;

use chrono::{DateTime, Utc};
use reqwest::Method;

use super::client::{Api, Paging, WebexClient, Written};
use super::error::{WebexError, WebexResult};
use super::models::*;
use super::numbers::*;

type P = Vec<(String, String)>;

fn p(k: &str, v: &str) -> (String, String) {
    (k.to_string(), v.to_string())
}

fn seg(id: &str) -> String {
    // Ids are opaque: keep them one path segment whatever they hold.
    url::form_urlencoded::byte_serialize(id.as_bytes()).collect()
}

fn to_body<T: serde::Serialize>(v: &T) -> WebexResult<serde_json::Value> {
    serde_json::to_value(v).map_err(|e| WebexError::config(crate::said!("webex-cannot-encode", error = e.to_string())))
}

/// The most person ids one `GET /people?id=` may carry (Webex's spec: "Accepts up to 85 person
/// IDs separated by commas").
pub const PEOPLE_IDS_MAX: usize = 85;

/// Filters of `GET /people`.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PeopleQuery {
    pub email: Option<String>,
    pub location_id: Option<String>,
}

/// Filters of `GET /devices`.
#[derive(Debug, Clone, PartialEq)]
pub struct DeviceQuery {
    /// `webexgo` by default.
    pub kind: Option<String>,
    pub person_id: Option<String>,
    pub location_id: Option<String>,
}

impl Default for DeviceQuery {
    fn default() -> Self {
        DeviceQuery { kind: Some("webexgo".into()), person_id: None, location_id: None }
    }
}

/// `wxgo whoami`.
#[derive(Debug, Clone, PartialEq)]
pub struct WhoAmI {
    pub person: Person,
    /// `None` when the token may not read its organisation.
    pub org: Option<Organization>,
    pub roles: Vec<String>,
    /// `static` or `oauth`.
    pub token_kind: &'static str,
    pub scopes: Vec<String>,
    pub expires_at: Option<DateTime<Utc>>,
}

impl Api {
    pub async fn me(&self) -> WebexResult<Person> {
        self.get_json("people/me", &[p("callingData", "true")]).await
    }

    pub async fn whoami(&self) -> WebexResult<WhoAmI> {
        let person = self.me().await?;
        let org_id = self.org_id().map(str::to_string).or_else(|| person.org_id.clone());
        let org = match org_id {
            Some(id) => match self.get_json::<Organization>(&format!("organizations/{}", seg(&id)), &[]).await {
                Ok(o) => Some(o),
                Err(e) if e.is_not_available() => None,
                Err(e) => return Err(e),
            },
            None => None,
        };
        let info = self.tokens().info();
        Ok(WhoAmI {
            roles: person.roles.clone(),
            person,
            org,
            token_kind: info.kind,
            scopes: info.scopes,
            expires_at: info.expires_at,
        })
    }

    /// The organisations the token can manage (a partner's customers).
    pub async fn list_organizations(&self) -> WebexResult<Vec<Organization>> {
        self.collect("organizations", Vec::new(), "items", Paging::None).await
    }

    pub async fn people_pages<F>(&self, q: &PeopleQuery, on_page: F) -> WebexResult<usize>
    where
        F: FnMut(Vec<Person>) -> ControlFlow<()>,
    {
        self.people_pages_as(q, true, on_page).await
    }

    /// [`people_pages`](Self::people_pages) into another shape of a person (the cache's
    /// [`MirrorPerson`], which skips what it does not keep). Without `calling_data` the people
    /// come without extension and location, in pages of 1,000 instead of 100 (50 with a location).
    pub async fn people_pages_as<T, F>(&self, q: &PeopleQuery, calling_data: bool, on_page: F) -> WebexResult<usize>
    where
        T: serde::de::DeserializeOwned,
        F: FnMut(Vec<T>) -> ControlFlow<()>,
    {
        let mut params: P = Vec::new();
        if calling_data {
            params.push(p("callingData", "true"));
        }
        if let Some(e) = &q.email {
            params.push(p("email", e));
        }
        if let Some(l) = &q.location_id {
            params.push(p("locationId", l));
        }
        self.org_param(&mut params);
        self.pages("people", params, "items", Paging::Link, on_page).await
    }

    /// The people with these ids (`GET /people?id=a,b,...`, at most [`PEOPLE_IDS_MAX`] a request
    /// as Webex's spec allows; more is refused here, nothing sent). Who Webex no longer knows is
    /// simply not in the answer. Webex's spec: the administrative fields (`licenses`, `roles`) come
    /// only with `GET /people/{id}`, not in this answer.
    pub async fn people_by_ids_as<T>(&self, ids: &[String], calling_data: bool) -> WebexResult<Vec<T>>
    where
        T: serde::de::DeserializeOwned,
    {
        if ids.len() > PEOPLE_IDS_MAX {
            return Err(WebexError::config(crate::said!("webex-too-many-ids", n = ids.len(), max = PEOPLE_IDS_MAX)));
        }
        let mut all = Vec::new();
        if ids.is_empty() {
            return Ok(all);
        }
        let mut params: P = vec![p("id", &ids.join(","))];
        if calling_data {
            params.push(p("callingData", "true"));
        }
        self.org_param(&mut params);
        self.pages("people", params, "items", Paging::Link, |mut page: Vec<T>| {
            all.append(&mut page);
            ControlFlow::Continue(())
        })
        .await?;
        Ok(all)
    }

    pub async fn list_people(&self, q: &PeopleQuery) -> WebexResult<Vec<Person>> {
        let mut all = Vec::new();
        self.people_pages(q, |mut page| {
            all.append(&mut page);
            ControlFlow::Continue(())
        })
        .await?;
        Ok(all)
    }

    pub async fn get_person(&self, id: &str) -> WebexResult<Person> {
        self.get_json(&format!("people/{}", seg(id)), &[p("callingData", "true")]).await
    }

    /// Replaces the whole person (build `update` from a fresh [`get_person`](Self::get_person)).
    pub async fn update_person(&self, id: &str, update: &PersonUpdate) -> WebexResult<Written<Person>> {
        let body = to_body(update)?;
        let (a, value) = self
            .write_json(Method::PUT, &format!("people/{}", seg(id)), &[p("callingData", "true")], Some(&body))
            .await?;
        Ok(Written { value, tracking_id: a.tracking_id })
    }

    /// Creates a person (a directory sync's new user); the answer is the person as Webex made it.
    pub async fn create_person(&self, new: &NewPerson) -> WebexResult<Written<Person>> {
        let mut new = new.clone();
        if new.org_id.is_none() {
            new.org_id = self.org_id().map(str::to_string);
        }
        let body = to_body(&new)?;
        let (a, value) = self.write_json(Method::POST, "people", &[p("callingData", "true")], Some(&body)).await?;
        Ok(Written { value, tracking_id: a.tracking_id })
    }

    pub async fn list_licenses(&self) -> WebexResult<Vec<License>> {
        let mut params = P::new();
        self.org_param(&mut params);
        self.collect("licenses", params, "items", Paging::None).await
    }

    /// Assigns and removes licences; a 206 answer comes back with `partial` set, never as success.
    pub async fn patch_user_licenses(&self, req: &PatchUserLicenses) -> WebexResult<LicensePatchOutcome> {
        let mut req = req.clone();
        if req.org_id.is_none() {
            req.org_id = self.org_id().map(str::to_string);
        }
        let body = to_body(&req)?;
        let (a, result) = self.write_json(Method::PATCH, "licenses/users", &[], Some(&body)).await?;
        Ok(LicensePatchOutcome { partial: a.status == 206, result, tracking_id: a.tracking_id })
    }

    pub async fn list_locations(&self) -> WebexResult<Vec<Location>> {
        let mut params = P::new();
        self.org_param(&mut params);
        self.collect("locations", params, "items", Paging::Link).await
    }

    /// The query of a device listing.
    fn device_params(&self, q: &DeviceQuery) -> Vec<(String, String)> {
        let mut params = P::new();
        if let Some(k) = &q.kind {
            params.push(p("type", k));
        }
        if let Some(id) = &q.person_id {
            params.push(p("personId", id));
        }
        if let Some(id) = &q.location_id {
            params.push(p("locationId", id));
        }
        self.org_param(&mut params);
        params
    }

    pub async fn device_pages<F>(&self, q: &DeviceQuery, on_page: F) -> WebexResult<usize>
    where
        F: FnMut(Vec<Device>) -> ControlFlow<()>,
    {
        let params = self.device_params(q);
        self.pages("devices", params, "items", Paging::Offset("start"), on_page).await
    }

    /// [`device_pages`](Self::device_pages) with `width` pages asked at a time (the listing
    /// pages by `start`, an offset: see [`Api::pages_by_offset`]).
    pub async fn device_pages_side_by_side<F>(&self, q: &DeviceQuery, width: usize, on_page: F) -> WebexResult<usize>
    where
        F: FnMut(Vec<Device>) -> ControlFlow<()>,
    {
        let params = self.device_params(q);
        self.pages_by_offset("devices", params, "items", "start", width, on_page).await
    }

    pub async fn list_devices(&self, q: &DeviceQuery) -> WebexResult<Vec<Device>> {
        let mut all = Vec::new();
        self.device_pages(q, |mut page| {
            all.append(&mut page);
            ControlFlow::Continue(())
        })
        .await?;
        Ok(all)
    }

    /// A person's calling devices, with `modelType` (`ESIM` for Webex Go) and activation state.
    pub async fn person_calling_devices(&self, person_id: &str) -> WebexResult<PersonCallingDevices> {
        let mut params = P::new();
        self.org_param(&mut params);
        self.get_json(&format!("telephony/config/people/{}/devices", seg(person_id)), &params).await
    }

    /// A new one-time activation code; the API supersedes any older one at once.
    pub async fn create_activation_code(&self, req: &ActivationCodeRequest) -> WebexResult<Written<ActivationCode>> {
        let mut params = P::new();
        self.org_param(&mut params);
        let body = to_body(req)?;
        let (a, value) = self.write_json(Method::POST, "devices/activationCode", &params, Some(&body)).await?;
        Ok(Written { value, tracking_id: a.tracking_id })
    }

    pub async fn delete_device(&self, id: &str) -> WebexResult<Written<()>> {
        let mut params = P::new();
        self.org_param(&mut params);
        let (a, ()) = self.write_json(Method::DELETE, &format!("devices/{}", seg(id)), &params, None).await?;
        Ok(Written { value: (), tracking_id: a.tracking_id })
    }

    pub async fn number_pages<F>(&self, q: &NumberQuery, on_page: F) -> WebexResult<usize>
    where
        F: FnMut(Vec<Number>) -> ControlFlow<()>,
    {
        let mut params = q.params();
        self.org_param(&mut params);
        self.pages("telephony/config/numbers", params, "phoneNumbers", Paging::Offset("start"), on_page).await
    }

    /// The numbers paged by offset, `width` pages asked at a time (see
    /// [`pages_by_offset`](Self::pages_by_offset)): one listing of the whole organisation costs
    /// its pages and no more, where a cursor per location costs at least one page each.
    pub async fn number_pages_side_by_side<F>(&self, q: &NumberQuery, width: usize, on_page: F) -> WebexResult<usize>
    where
        F: FnMut(Vec<Number>) -> ControlFlow<()>,
    {
        let mut params = q.params();
        self.org_param(&mut params);
        self.pages_by_offset("telephony/config/numbers", params, "phoneNumbers", "start", width, on_page).await
    }

    pub async fn list_numbers(&self, q: &NumberQuery) -> WebexResult<Vec<Number>> {
        let mut all = Vec::new();
        self.number_pages(q, |mut page| {
            all.append(&mut page);
            ControlFlow::Continue(())
        })
        .await?;
        Ok(all)
    }

    /// Adds numbers to a location (`numberType` MOBILE for mobile numbers), at most 20 at a time.
    /// The answer may list numbers Webex did not add (`errors`, as wxc-sdk reads it); the others
    /// were added.
    pub async fn add_numbers(&self, location_id: &str, req: &AddNumbers) -> WebexResult<Written<AddNumbersAnswer>> {
        if req.phone_numbers.is_empty() || req.phone_numbers.len() > MAX_NUMBERS_PER_ADD {
            let n = req.phone_numbers.len();
            return Err(WebexError::config(crate::said!("webex-numbers-per-add", n = n, max = MAX_NUMBERS_PER_ADD)));
        }
        let mut params = P::new();
        self.org_param(&mut params);
        let body = to_body(req)?;
        let path = format!("telephony/config/locations/{}/numbers", seg(location_id));
        let (a, v): (_, serde_json::Value) = self.write_json(Method::POST, &path, &params, Some(&body)).await?;
        Ok(Written { value: AddNumbersAnswer::from_body(v), tracking_id: a.tracking_id })
    }

    pub async fn validate_numbers(&self, numbers: &[String]) -> WebexResult<ValidateNumbersResponse> {
        let mut params = P::new();
        self.org_param(&mut params);
        let body = serde_json::json!({ "phoneNumbers": numbers });
        let path = "telephony/config/actions/validateNumbers/invoke";
        let (_, v) = self.write_json(Method::POST, path, &params, Some(&body)).await?;
        Ok(v)
    }

    /// BroadWorks subscribers (partner tokens; others get 403/404: see
    /// [`WebexError::is_not_available`]).
    pub async fn subscriber_pages<F>(&self, on_page: F) -> WebexResult<usize>
    where
        F: FnMut(Vec<Subscriber>) -> ControlFlow<()>,
    {
        self.pages("broadworks/subscribers", P::new(), "items", Paging::Link, on_page).await
    }

    pub async fn list_subscribers(&self) -> WebexResult<Vec<Subscriber>> {
        self.collect("broadworks/subscribers", P::new(), "items", Paging::Link).await
    }

    pub async fn get_subscriber(&self, id: &str) -> WebexResult<Subscriber> {
        self.get_json(&format!("broadworks/subscribers/{}", seg(id)), &[]).await
    }

    pub async fn create_subscriber(&self, s: &NewSubscriber) -> WebexResult<Written<Subscriber>> {
        let body = to_body(s)?;
        let (a, value) = self.write_json(Method::POST, "broadworks/subscribers", &[], Some(&body)).await?;
        Ok(Written { value, tracking_id: a.tracking_id })
    }

    pub async fn update_subscriber(&self, id: &str, u: &SubscriberUpdate) -> WebexResult<Written<Subscriber>> {
        let body = to_body(u)?;
        let path = format!("broadworks/subscribers/{}", seg(id));
        let (a, value) = self.write_json(Method::PUT, &path, &[], Some(&body)).await?;
        Ok(Written { value, tracking_id: a.tracking_id })
    }

    pub async fn delete_subscriber(&self, id: &str) -> WebexResult<Written<()>> {
        let path = format!("broadworks/subscribers/{}", seg(id));
        let (a, ()) = self.write_json(Method::DELETE, &path, &[], None).await?;
        Ok(Written { value: (), tracking_id: a.tracking_id })
    }

    /// Checks a subscriber's details (with an email) before provisioning.
    pub async fn validate_subscriber(&self, s: &NewSubscriber) -> WebexResult<SubscriberPrecheck> {
        let body = to_body(s)?;
        let (_, v) = self.write_json(Method::POST, "broadworks/subscribers/validate", &[], Some(&body)).await?;
        Ok(v)
    }

    /// Admin audit events of `org_id` between `from` and `to` (ISO 8601).
    pub async fn audit_event_pages<F>(&self, org_id: &str, from: &str, to: &str, on_page: F) -> WebexResult<usize>
    where
        F: FnMut(Vec<AuditEvent>) -> ControlFlow<()>,
    {
        let params = vec![p("orgId", org_id), p("from", from), p("to", to)];
        self.pages("adminAudit/events", params, "items", Paging::Offset("offset"), on_page).await
    }

    pub async fn list_audit_events(&self, org_id: &str, from: &str, to: &str) -> WebexResult<Vec<AuditEvent>> {
        let mut all = Vec::new();
        self.audit_event_pages(org_id, from, to, |mut page| {
            all.append(&mut page);
            ControlFlow::Continue(())
        })
        .await?;
        Ok(all)
    }
}

/// The blocking twins of the async methods above.
macro_rules! blocking {
    ($( fn $name:ident(&self $(, $arg:ident : $ty:ty)*) -> $ret:ty; )*) => {
        impl WebexClient {
            $(
                #[doc = concat!("Blocking [`Api::", stringify!($name), "`].")]
                pub fn $name(&self $(, $arg: $ty)*) -> $ret {
                    self.block_on(self.api().$name($($arg),*))
                }
            )*
        }
    };
}

blocking! {
    fn me(&self) -> WebexResult<Person>;
    fn whoami(&self) -> WebexResult<WhoAmI>;
    fn list_organizations(&self) -> WebexResult<Vec<Organization>>;
    fn people_pages(&self, q: &PeopleQuery, on_page: impl FnMut(Vec<Person>) -> ControlFlow<()>) -> WebexResult<usize>;
    fn list_people(&self, q: &PeopleQuery) -> WebexResult<Vec<Person>>;
    fn get_person(&self, id: &str) -> WebexResult<Person>;
    fn update_person(&self, id: &str, update: &PersonUpdate) -> WebexResult<Written<Person>>;
    fn create_person(&self, new: &NewPerson) -> WebexResult<Written<Person>>;
    fn list_licenses(&self) -> WebexResult<Vec<License>>;
    fn patch_user_licenses(&self, req: &PatchUserLicenses) -> WebexResult<LicensePatchOutcome>;
    fn list_locations(&self) -> WebexResult<Vec<Location>>;
    fn device_pages(&self, q: &DeviceQuery, on_page: impl FnMut(Vec<Device>) -> ControlFlow<()>) -> WebexResult<usize>;
    fn list_devices(&self, q: &DeviceQuery) -> WebexResult<Vec<Device>>;
    fn person_calling_devices(&self, person_id: &str) -> WebexResult<PersonCallingDevices>;
    fn create_activation_code(&self, req: &ActivationCodeRequest) -> WebexResult<Written<ActivationCode>>;
    fn delete_device(&self, id: &str) -> WebexResult<Written<()>>;
    fn number_pages(&self, q: &NumberQuery, on_page: impl FnMut(Vec<Number>) -> ControlFlow<()>) -> WebexResult<usize>;
    fn list_numbers(&self, q: &NumberQuery) -> WebexResult<Vec<Number>>;
    fn add_numbers(&self, location_id: &str, req: &AddNumbers) -> WebexResult<Written<AddNumbersAnswer>>;
    fn validate_numbers(&self, numbers: &[String]) -> WebexResult<ValidateNumbersResponse>;
    fn subscriber_pages(&self, on_page: impl FnMut(Vec<Subscriber>) -> ControlFlow<()>) -> WebexResult<usize>;
    fn list_subscribers(&self) -> WebexResult<Vec<Subscriber>>;
    fn get_subscriber(&self, id: &str) -> WebexResult<Subscriber>;
    fn create_subscriber(&self, s: &NewSubscriber) -> WebexResult<Written<Subscriber>>;
    fn update_subscriber(&self, id: &str, u: &SubscriberUpdate) -> WebexResult<Written<Subscriber>>;
    fn delete_subscriber(&self, id: &str) -> WebexResult<Written<()>>;
    fn validate_subscriber(&self, s: &NewSubscriber) -> WebexResult<SubscriberPrecheck>;
    fn audit_event_pages(&self, org_id: &str, from: &str, to: &str, on_page: impl FnMut(Vec<AuditEvent>) -> ControlFlow<()>) -> WebexResult<usize>;
    fn list_audit_events(&self, org_id: &str, from: &str, to: &str) -> WebexResult<Vec<AuditEvent>>;
}
