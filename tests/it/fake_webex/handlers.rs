//! The fake's HTTP side: one handler that applies the knobs (latency, injected failures, token
//! checks) and then routes by path, the way the real API answers.
#![allow(clippy::result_large_err)]

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Instant;

use axum::body::{Body, Bytes};
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri};
use axum::response::Response;
use serde::Serialize;
use serde_json::{json, Value};

use super::world::*;
use super::{Inject, Logged, Seen, Shared};

type Q = Vec<(String, String)>;

pub fn router(shared: Arc<Shared>) -> axum::Router {
    axum::Router::new().fallback(handle).with_state(shared)
}

struct InFlight<'a>(&'a Shared);

impl<'a> InFlight<'a> {
    fn enter(s: &'a Shared) -> InFlight<'a> {
        let now = s.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        s.max_in_flight.fetch_max(now, Ordering::SeqCst);
        InFlight(s)
    }
}

impl Drop for InFlight<'_> {
    fn drop(&mut self) {
        self.0.in_flight.fetch_sub(1, Ordering::SeqCst);
    }
}

pub struct Ctx<'a> {
    pub s: &'a Shared,
    pub method: Method,
    pub path: String,
    pub query: Q,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub tracking: String,
    /// The fake's time of this request (`World::clock`, else the real time).
    pub now: String,
    /// `World::unlogged` when the request came.
    pub unlogged: bool,
}

impl Ctx<'_> {
    fn q(&self, k: &str) -> Option<&str> {
        self.query.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str())
    }
    fn json_body(&self) -> Result<Value, Response> {
        serde_json::from_slice(&self.body).map_err(|_| self.err(400, "The request body is not valid JSON."))
    }
    pub fn form(&self) -> Q {
        url::form_urlencoded::parse(&self.body).into_owned().collect()
    }
    pub fn err(&self, status: u16, message: &str) -> Response {
        let body = json!({"message": message, "errors": [{"description": message}], "trackingId": self.tracking});
        self.json(status, &body)
    }
    pub fn json<T: Serialize + ?Sized>(&self, status: u16, v: &T) -> Response {
        let bytes = serde_json::to_vec(v).unwrap_or_default();
        let mut r = Response::new(Body::from(bytes));
        *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        r.headers_mut().insert("content-type", HeaderValue::from_static("application/json"));
        self.tag(r)
    }
    fn empty(&self, status: u16) -> Response {
        let mut r = Response::new(Body::empty());
        *r.status_mut() = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        self.tag(r)
    }
    fn tag(&self, mut r: Response) -> Response {
        if let Ok(v) = HeaderValue::from_str(&self.tracking) {
            r.headers_mut().insert("trackingid", v);
        }
        r
    }
    pub fn oauth_err(&self, status: u16, error: &str) -> Response {
        self.json(status, &json!({"error": error, "error_description": format!("fake: {error}")}))
    }
}

async fn handle(State(s): State<Arc<Shared>>, method: Method, uri: Uri, headers: HeaderMap, body: Bytes) -> Response {
    let _in = InFlight::enter(&s);
    let started = Instant::now();
    let path = uri.path().strip_prefix("/v1").unwrap_or(uri.path()).trim_matches('/').to_string();
    let query: Q = url::form_urlencoded::parse(uri.query().unwrap_or("").as_bytes()).into_owned().collect();
    let (n, now, unlogged) = {
        let mut w = s.world();
        (w.next(), w.now(), w.unlogged)
    };
    let ctx = Ctx { s: &s, method, path, query, headers, body, tracking: format!("FAKE_{n:06}"), now, unlogged };
    let (latency, injected, hook) = {
        let mut k = s.knobs();
        let i = k.inject.iter().position(|(p, _)| ctx.path.starts_with(p.as_str()));
        (k.latency, i.and_then(|i| k.inject.remove(i)).map(|(_, x)| x), k.on_request.clone())
    };
    if !latency.is_zero() {
        tokio::time::sleep(latency).await;
    }
    // Webex changing between two pages: after the wait, just before the answer is made.
    if let Some(h) = hook {
        let seen = Seen { method: ctx.method.to_string(), path: ctx.path.clone(), query: ctx.query.clone() };
        let mut f = h.lock().unwrap_or_else(|p| p.into_inner());
        f(&seen, &mut s.world());
    }
    let token = bearer(&ctx.headers);
    let log_now = |status: u16| {
        s.log.lock().unwrap_or_else(|p| p.into_inner()).push(Logged {
            method: ctx.method.to_string(),
            path: format!("/{}", ctx.path),
            query: url::form_urlencoded::Serializer::new(String::new()).extend_pairs(ctx.query.iter()).finish(),
            token: token.clone(),
            status,
            at: Instant::now(),
        });
    };
    // The lost answers: logged with status 0 (no answer given).
    match &injected {
        Some(Inject::Hang) => {
            log_now(0);
            std::future::pending::<()>().await;
        }
        Some(Inject::HangAfterApply) => {
            let _ = route(&ctx);
            log_now(0);
            std::future::pending::<()>().await;
        }
        Some(Inject::DropAfterApply) => {
            let _ = route(&ctx);
            log_now(0);
            // Headers may go out, the body never does: the connection is cut mid-answer.
            let cut = futures::stream::once(async { Err::<Bytes, std::io::Error>(std::io::Error::other("cut off")) });
            return Response::new(Body::from_stream(cut));
        }
        _ => {}
    }
    let resp = match injected {
        Some(Inject::TooMany(after)) => {
            let mut r = ctx.err(429, "Too many requests; retry later.");
            if let Some(a) = after {
                r.headers_mut().insert("retry-after", HeaderValue::from(a));
            }
            r
        }
        Some(Inject::Status(code)) => ctx.err(code, "The service is temporarily unavailable."),
        Some(Inject::Refuse(code, message)) => ctx.err(code, &message),
        Some(Inject::Hang | Inject::HangAfterApply | Inject::DropAfterApply) => ctx.err(500, "unreachable"),
        Some(Inject::Slow(d)) => {
            tokio::time::sleep(d).await;
            route(&ctx)
        }
        None => route(&ctx),
    };
    let _ = started;
    log_now(resp.status().as_u16());
    resp
}

fn bearer(h: &HeaderMap) -> Option<String> {
    let v = h.get("authorization")?.to_str().ok()?;
    v.strip_prefix("Bearer ").map(str::to_string)
}

fn route(c: &Ctx) -> Response {
    let segs: Vec<&str> = c.path.split('/').filter(|s| !s.is_empty()).collect();
    let m = c.method.as_str();
    // OAuth: no bearer token.
    match (m, segs.as_slice()) {
        ("POST", ["device", "authorize"]) => return super::oauth::device_authorize(c),
        ("POST", ["device", "token"]) => return super::oauth::device_token(c),
        ("POST", ["access_token"]) => return super::oauth::refresh(c),
        _ => {}
    }
    let grant = match authorize(c) {
        Ok(g) => g,
        Err(r) => return r,
    };
    if m != "GET" && grant.read_only {
        return c.err(
            403,
            &format!("The token is not allowed to change this: it lacks the scope {}.", scope_for(m, &c.path)),
        );
    }
    let refused = match segs.first() {
        Some(&"broadworks") => !grant.partner,
        Some(&"adminAudit") => !(grant.partner || grant.audit),
        _ => false,
    };
    if refused {
        let status = c.s.knobs().non_partner_status;
        return c.err(status, "This API is only available to partner administrators.");
    }
    let org = match c.q("orgId").map(str::to_string) {
        Some(o) if !grant.orgs.contains(&o) => return c.err(403, "The token is not authorized for this organization."),
        Some(o) => o,
        None => grant.home_org.clone(),
    };
    let mut w = c.s.world();
    let r = match (m, segs.as_slice()) {
        ("GET", ["people", "me"]) => {
            let me = w.data.values().flat_map(|d| d.people.iter()).find(|p| p.id == grant.person_id);
            match me {
                Some(p) => c.json(200, p),
                None => c.err(404, "Person not found."),
            }
        }
        ("GET", ["people"]) => {
            let d = &w.data[&org];
            let (email, loc, id) = (c.q("email"), c.q("locationId"), c.q("id"));
            let calling = c.q("callingData") == Some("true");
            // Up to one past the page is enough to know there is a next one (a large
            // organisation is not scanned whole for every page: the fake must not be what waits).
            let (asked, max) = window(c, "start");
            let same = |a: &str, b: &str| a.len() == b.len() && a.as_bytes().last() == b.as_bytes().last() && a == b;
            let ids = match id.map(Ids::parse) {
                Some(Err(n)) => {
                    return c.err(400, &format!("id: {n} person IDs given; up to {PEOPLE_IDS_MAX} are accepted."))
                }
                Some(Ok(ids)) => Some(ids),
                None => None,
            };
            let items: Vec<&Person> = d
                .people
                .iter()
                .filter(|p| loc.is_none_or(|l| p.location_id.as_deref().is_some_and(|x| same(x, l))))
                .filter(|p| email.is_none_or(|e| p.emails.iter().any(|x| x.eq_ignore_ascii_case(e))))
                .filter(|p| ids.as_ref().is_none_or(|i| i.has(&p.id)))
                .take(asked.saturating_add(max).saturating_add(1).min(ids.as_ref().map_or(usize::MAX, Ids::len)))
                .collect();
            match ids {
                // Webex's spec: the administrative fields (`licenses`, `roles`) "are shown when
                // accessing a user via GET /people/{id}, not when doing a GET /people?id=".
                Some(_) => {
                    let located = !c.s.knobs().ids_without_locations;
                    page_map(c, &items, "items", "start", |p| by_id_listed(p, calling, located))
                }
                None => page_map(c, &items, "items", "start", |p| as_listed(p, calling)),
            }
        }
        // Ids are global: a partner reads its customers' people by id without orgId.
        ("GET", ["people", id]) => {
            let found =
                grant.orgs.iter().filter_map(|o| w.data.get(o)).flat_map(|d| d.people.iter()).find(|p| p.id == *id);
            match found {
                Some(p) => c.json(200, &as_listed(p, c.q("callingData") == Some("true"))),
                None => c.err(404, "Person not found."),
            }
        }
        ("POST", ["people"]) => create_person(c, w.data.entry(org.clone()).or_default(), &org),
        ("PUT", ["people", id]) => {
            let home = grant.orgs.iter().find(|o| w.data.get(*o).is_some_and(|d| d.people.iter().any(|p| p.id == *id)));
            let org = home.cloned().unwrap_or(org);
            if let Ok(body) = serde_json::from_slice::<Value>(&c.body) {
                w.person_puts.push((id.to_string(), body));
            }
            update_person(c, w.data.entry(org).or_default(), id)
        }
        ("GET", ["organizations"]) => {
            let items: Vec<&Organization> = w.orgs.iter().filter(|o| grant.orgs.contains(&o.id)).collect();
            c.json(200, &json!({ "items": items }))
        }
        ("GET", ["organizations", id]) => match w.orgs.iter().find(|o| o.id == *id && grant.orgs.contains(&o.id)) {
            Some(o) => c.json(200, o),
            None => c.err(404, "Organization not found."),
        },
        ("GET", ["licenses"]) => c.json(200, &json!({ "items": w.data[&org].licenses })),
        ("PATCH", ["licenses", "users"]) => patch_licenses(c, &mut w, &grant),
        ("GET", ["locations"]) => {
            let items: Vec<&Location> = w.data[&org].locations.iter().collect();
            page(c, &items, "items", "start")
        }
        ("GET", ["devices"]) if c.s.knobs().break_device_schema => {
            c.json(200, &json!({"items": [{"id": "broken", "connectionStatus": "connected"}]}))
        }
        ("GET", ["devices"]) => {
            let (kind, person, loc, status) =
                (c.q("type"), c.q("personId"), c.q("locationId"), c.q("connectionStatus"));
            let items: Vec<&Device> = w.data[&org]
                .devices
                .iter()
                .filter(|d| kind.is_none_or(|k| d.kind == k))
                .filter(|d| person.is_none_or(|p| d.person_id == p))
                .filter(|d| loc.is_none_or(|l| d.location_id.as_deref() == Some(l)))
                .filter(|d| status.is_none_or(|s| d.connection_status == s))
                .collect();
            page(c, &items, "items", "start")
        }
        ("GET", ["telephony", "config", "people", id, "devices"]) => {
            let d = &w.data[&org];
            let Some(p) = d.people.iter().find(|p| p.id == *id) else { return c.err(404, "Person not found.") };
            let devices: Vec<Value> = d
                .devices
                .iter()
                .filter(|x| x.person_id == p.id)
                .map(|x| {
                    let state = if x.connection_status == "activating" { "activating" } else { "activated" };
                    json!({"id": x.id, "model": "Webex Go", "modelType": "ESIM", "primaryOwner": true, "type": "PRIMARY",
                           "hoteling": {"enabled": false},
                           "owner": {"id": p.id, "type": "PEOPLE", "firstName": p.first_name, "lastName": p.last_name},
                           "activationState": state})
                })
                .collect();
            c.json(200, &json!({"devices": devices, "maxDeviceCount": 5, "maxOwnedDeviceCount": 5}))
        }
        ("POST", ["devices", "activationCode"]) => activation_code(c, w.data.entry(org.clone()).or_default(), &org),
        ("DELETE", ["devices", id]) => {
            let d = w.data.entry(org).or_default();
            match d.devices.iter().position(|x| x.id == *id) {
                Some(i) => {
                    let gone = d.devices.remove(i);
                    let o = gone.org_id.clone();
                    log_change(
                        c,
                        d,
                        &o,
                        "DEVICES",
                        "DEVICE",
                        &audit_target_id(&gone.id),
                        &gone.display_name,
                        "Deleted the device",
                    );
                    c.empty(204)
                }
                None => c.err(404, "Device not found."),
            }
        }
        ("GET", ["telephony", "config", "numbers"]) => {
            let (loc, types, owner, num) =
                (c.q("locationId"), c.q("includedTelephonyTypes"), c.q("ownerId"), c.q("phoneNumber"));
            let items: Vec<&Number> = w.data[&org]
                .numbers
                .iter()
                .filter(|n| loc.is_none_or(|l| n.location.id == l))
                .filter(|n| types.is_none_or(|t| t.split(',').any(|t| t == n.included_telephony_types)))
                .filter(|n| owner.is_none_or(|o| n.owner.as_ref().is_some_and(|x| x.id == o)))
                .filter(|n| num.is_none_or(|p| n.phone_number.contains(p)))
                .collect();
            page(c, &items, "phoneNumbers", "start")
        }
        ("POST", ["telephony", "config", "locations", loc, "numbers"]) => {
            add_numbers(c, w.data.entry(org).or_default(), loc)
        }
        ("POST", ["telephony", "config", "actions", "validateNumbers", "invoke"]) => {
            validate_numbers(c, w.data.entry(org).or_default())
        }
        ("GET", ["broadworks", "subscribers"]) => {
            let items: Vec<&Subscriber> =
                grant.orgs.iter().filter_map(|o| w.data.get(o)).flat_map(|d| d.subscribers.iter()).collect();
            page(c, &items, "items", "start")
        }
        ("POST", ["broadworks", "subscribers"]) if w.bw_provision_refusal.is_some() => {
            let (status, message) = w.bw_provision_refusal.take().unwrap_or((400, String::new()));
            c.err(status, &message)
        }
        ("POST", ["broadworks", "subscribers"]) => {
            // The enterprise's organisation (a subscriber provisioned again stays where it was).
            let enterprise = c.json_body().ok().and_then(|b| s(&b, "spEnterpriseId"));
            let of_enterprise = grant.orgs.iter().find(|o| {
                w.data
                    .get(*o)
                    .is_some_and(|d| d.subscribers.iter().any(|x| Some(&x.sp_enterprise_id) == enterprise.as_ref()))
            });
            let target = of_enterprise.cloned().or_else(|| grant.orgs.get(1).cloned()).unwrap_or(org);
            create_subscriber(c, &mut w, &target)
        }
        ("POST", ["broadworks", "subscribers", "validate"]) => validate_subscriber(c, &w),
        ("GET", ["broadworks", "subscribers", id]) => {
            let found = grant
                .orgs
                .iter()
                .filter_map(|o| w.data.get(o))
                .flat_map(|d| d.subscribers.iter())
                .find(|x| x.id == *id);
            match found {
                Some(x) => c.json(200, x),
                None => c.err(404, "Subscriber not found."),
            }
        }
        ("PUT" | "DELETE" | "POST", ["broadworks", "subscribers", ..]) if w.bw_refusal.is_some() => {
            let (status, message) = w.bw_refusal.take().unwrap_or((400, String::new()));
            c.err(status, &message)
        }
        ("PUT", ["broadworks", "subscribers", id]) => update_subscriber(c, &mut w, &grant, id),
        ("DELETE", ["broadworks", "subscribers", id]) => {
            for o in &grant.orgs {
                if let Some(d) = w.data.get_mut(o) {
                    if let Some(i) = d.subscribers.iter().position(|x| x.id == *id) {
                        d.subscribers.remove(i);
                        return c.empty(204);
                    }
                }
            }
            c.err(404, "Subscriber not found.")
        }
        ("GET", ["adminAudit", "events"]) => {
            let (Some(o), Some(from), Some(to)) = (c.q("orgId"), c.q("from"), c.q("to")) else {
                return c.err(400, "orgId, from and to are required.");
            };
            let items: Vec<&AuditEvent> = w
                .data
                .get(o)
                .map(|d| d.audit.iter().filter(|e| e.created.as_str() >= from && e.created.as_str() <= to).collect())
                .unwrap_or_default();
            page(c, &items, "items", "offset")
        }
        _ => c.err(404, "The requested resource could not be found."),
    };
    r
}

fn authorize(c: &Ctx) -> Result<Grant, Response> {
    let Some(token) = bearer(&c.headers) else {
        return Err(c.err(401, "The request requires a valid access token set in the Authorization request header."));
    };
    // Lock order: never hold the knobs while taking the world.
    let expire_now = {
        let mut k = c.s.knobs();
        match k.expire_after.clone() {
            Some((t, 0)) if t == token => {
                k.expire_after = None;
                true
            }
            Some((t, n)) if t == token => {
                k.expire_after = Some((t, n - 1));
                false
            }
            _ => false,
        }
    };
    let mut w = c.s.world();
    if expire_now {
        if let Some(g) = w.tokens.get_mut(&token) {
            g.expired = true;
        }
    }
    match w.tokens.get(&token) {
        None => Err(c.err(401, "The request requires a valid access token set in the Authorization request header.")),
        Some(g) if g.revoked => Err(c.err(401, "The access token was revoked.")),
        Some(g) if g.expired => Err(c.err(401, "The access token expired.")),
        Some(g) => Ok(g.clone()),
    }
}

fn scope_for(method: &str, path: &str) -> &'static str {
    let w = method != "GET";
    match path.split('/').next().unwrap_or("") {
        "people" | "licenses" if w => "spark-admin:people_write",
        "devices" if w => "spark-admin:devices_write",
        "telephony" if w => "spark-admin:telephony_config_write",
        "broadworks" if w => "spark-admin:broadworks_subscribers_write",
        _ => "an administrator write scope",
    }
}

/// Webex's spec of `GET /people`'s `id`: "Accepts up to 85 person IDs separated by commas".
pub const PEOPLE_IDS_MAX: usize = 85;

/// The ids of a `GET /people?id=`, found in a large organisation without hashing every person:
/// a cheap key (the id's last 8 bytes before any padding) first, the whole id after.
struct Ids {
    keys: Vec<u64>,
    all: std::collections::HashSet<String>,
}

impl Ids {
    /// The ids, or how many were given when more than the spec accepts.
    fn parse(list: &str) -> Result<Ids, usize> {
        let all: std::collections::HashSet<String> =
            list.split(',').filter(|i| !i.is_empty()).map(str::to_string).collect();
        let n = list.split(',').filter(|i| !i.is_empty()).count();
        if n > PEOPLE_IDS_MAX {
            return Err(n);
        }
        let mut keys: Vec<u64> = all.iter().map(|i| Ids::key(i)).collect();
        keys.sort_unstable();
        Ok(Ids { keys, all })
    }

    fn key(id: &str) -> u64 {
        let b = id.trim_end_matches('=').as_bytes();
        let tail = &b[b.len().saturating_sub(8)..];
        tail.iter().fold(b.len() as u64, |k, x| (k << 8) | u64::from(*x))
    }

    fn has(&self, id: &str) -> bool {
        self.keys.binary_search(&Ids::key(id)).is_ok() && self.all.contains(id)
    }

    fn len(&self) -> usize {
        self.all.len()
    }
}

/// A person as an answer by `id=` shows them: as a listing does, without the administrative
/// fields (`licenses`, `roles`), which Webex gives only with `GET /people/{id}`.
fn by_id_listed(p: &Person, calling: bool, located: bool) -> Value {
    let mut v = serde_json::to_value(as_listed(p, calling)).unwrap_or(Value::Null);
    if let Some(o) = v.as_object_mut() {
        o.remove("licenses");
        o.remove("roles");
        if !located {
            o.remove("locationId");
        }
    }
    v
}

/// A person as a listing shows them: the Webex Calling fields (`extension`, `locationId`, "retrieved
/// from BroadCloud") only with `callingData=true`.
fn as_listed(p: &Person, calling: bool) -> Person {
    let mut p = p.clone();
    if !calling {
        p.extension = None;
        p.location_id = None;
    }
    p
}

/// The most items one page of this listing may hold, from Webex's spec: `GET /people` "If
/// `callingData`=true, then `max` will not be more than 100. If `locationId` is specified then
/// `max` will not be more than 50", admin audit events "The maximum value is `200`", BroadWorks
/// subscribers "up to 100 per page"; 1,000 for a listing whose spec states no limit (devices,
/// locations, and the numbers, which no spec file here covers).
pub fn spec_page_limit(path: &str, query: &[(String, String)]) -> usize {
    let q = |k: &str| query.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
    match path {
        "people" if q("locationId").is_some() => 50,
        "people" if q("callingData") == Some("true") => 100,
        "adminAudit/events" => 200,
        "broadworks/subscribers" => 100,
        _ => 1000,
    }
}

/// The page size when `max` is not given (the spec's defaults).
fn default_page_size(path: &str) -> usize {
    match path {
        "locations" => 500,
        "broadworks/subscribers" => 50,
        _ => 100,
    }
}

/// Where a page starts (the offset asked) and how many it holds: `max` as asked, within the
/// spec's limit and the knob's cap.
fn window(c: &Ctx, offset_name: &str) -> (usize, usize) {
    let cap = c.s.knobs().page_cap;
    let limit = spec_page_limit(&c.path, &c.query).min(cap.max(1));
    let max = c.q("max").and_then(|m| m.parse::<usize>().ok()).unwrap_or(default_page_size(&c.path)).clamp(1, limit);
    let asked = c.q(offset_name).and_then(|s| s.parse::<usize>().ok()).unwrap_or(0);
    (asked, max)
}

/// One page of `items`, with a `Link` to the next one (unless the knob leaves it out).
fn page<T: Serialize>(c: &Ctx, items: &[&T], key: &str, offset_name: &str) -> Response {
    page_map(c, items, key, offset_name, |t| *t)
}

/// [`page`], each item of the page shown as `show` makes it.
fn page_map<'a, T, U: Serialize>(
    c: &Ctx,
    items: &[&'a T],
    key: &str,
    offset_name: &str,
    show: impl Fn(&&'a T) -> U,
) -> Response {
    let (omit_link, public) = {
        let k = c.s.knobs();
        (k.omit_link, k.public_base.clone())
    };
    let (looping, endless) = {
        let k = c.s.knobs();
        let on = |p: &Option<String>| p.as_deref().is_some_and(|p| c.path.starts_with(p));
        (on(&k.page_loop), on(&k.endless_pages))
    };
    let (asked, max) = window(c, offset_name);
    let start = asked.min(items.len());
    let end = (start + max).min(items.len());
    let shown: Vec<U> = items[start..end].iter().map(show).collect();
    let mut r = c.json(200, &std::collections::BTreeMap::from([(key, shown)]));
    // A -> B -> A: the second page links back to the first.
    let next_at = if looping && start > 0 {
        Some(0)
    } else if endless {
        Some(asked + max)
    } else {
        (end < items.len()).then_some(end)
    };
    if let (Some(next), false) = (next_at, omit_link) {
        let end = next;
        let base = public.unwrap_or_else(|| {
            let host = c.headers.get("host").and_then(|h| h.to_str().ok()).unwrap_or("127.0.0.1");
            format!("http://{host}/v1")
        });
        let mut q = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in c.query.iter().filter(|(k, _)| k != offset_name && k != "max") {
            q.append_pair(k, v);
        }
        q.append_pair("max", &max.to_string());
        q.append_pair(offset_name, &end.to_string());
        let link = format!("<{base}/{}?{}>; rel=\"next\"", c.path, q.finish());
        if let Ok(v) = HeaderValue::from_str(&link) {
            r.headers_mut().insert("link", v);
        }
    }
    r
}

pub fn stamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

fn s(v: &Value, k: &str) -> Option<String> {
    v.get(k).and_then(Value::as_str).map(str::to_string)
}

fn update_person(c: &Ctx, d: &mut OrgData, id: &str) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(p) = d.people.iter_mut().find(|p| p.id == id) else { return c.err(404, "Person not found.") };
    let Some(display) = s(&b, "displayName") else { return c.err(400, "displayName is required.") };
    p.display_name = display;
    if let Some(v) = s(&b, "firstName") {
        p.first_name = v;
    }
    if let Some(v) = s(&b, "lastName") {
        p.last_name = v;
    }
    // The whole person is replaced: what the body leaves out is gone (as the real API does).
    p.extension = s(&b, "extension");
    p.department = s(&b, "department");
    p.location_id = s(&b, "locationId").or(p.location_id.take());
    let old_work: Vec<String> = p.phone_numbers.iter().filter(|n| n.kind == "work").map(|n| n.value.clone()).collect();
    if let Some(nums) = b.get("phoneNumbers").and_then(Value::as_array) {
        p.phone_numbers = nums
            .iter()
            .filter_map(|n| Some(PhoneNumber { kind: s(n, "type")?, value: s(n, "value")?, primary: Some(true) }))
            .collect();
    }
    let new_work: Vec<String> = p.phone_numbers.iter().filter(|n| n.kind == "work").map(|n| n.value.clone()).collect();
    if let Some(e) = b.get("emails").and_then(Value::as_array).filter(|e| !e.is_empty()) {
        p.emails = e.iter().filter_map(|x| x.as_str().map(str::to_string)).collect();
    }
    p.last_modified = c.now.clone();
    let person = p.clone();
    // The number inventory follows: a number given to the person is theirs (and a mobile number
    // becomes ACTIVE); the one they had is free again.
    let mut mobile_given = false;
    for n in d.numbers.iter_mut() {
        if new_work.contains(&n.phone_number) {
            mobile_given |= n.included_telephony_types == "MOBILE_NUMBER" && !old_work.contains(&n.phone_number);
            n.owner = Some(NumberOwner {
                id: person.id.clone(),
                kind: "PEOPLE".into(),
                first_name: person.first_name.clone(),
                last_name: person.last_name.clone(),
                display_name: person.display_name.clone(),
            });
            n.state = "ACTIVE".into();
        } else if old_work.contains(&n.phone_number) && n.owner.as_ref().is_some_and(|o| o.id == person.id) {
            n.owner = None;
            n.state = "INACTIVE".into();
        }
    }
    // MO05: a mobile number as the primary number gives the person a Webex Go device through
    // the mobile operator.
    if mobile_given && !d.devices.iter().any(|x| x.person_id == person.id) {
        let n: u64 = c.tracking.trim_start_matches("FAKE_").parse().unwrap_or(1);
        d.devices.push(Device {
            id: webex_id("DEVICE", &format!("operator-{n}")),
            display_name: format!("Webex Go ({})", person.display_name),
            person_id: person.id.clone(),
            org_id: person.org_id.clone(),
            connection_status: "connected".into(),
            product: "Webex Go (mobile operator)".into(),
            kind: "webexgo".into(),
            serial: format!("WGO{n:07}"),
            created: c.now.clone(),
            location_id: person.location_id.clone(),
            error_codes: vec![],
            tags: vec![],
        });
    }
    log_change(
        c,
        d,
        &person.org_id,
        "USERS",
        "USER",
        &audit_target_id(&person.id),
        &person.display_name,
        "Updated the user",
    );
    c.json(200, &person)
}

/// Logs a change in the organisation's admin audit events, as Webex does (unless the knob says
/// this one went unlogged).
#[allow(clippy::too_many_arguments)]
fn log_change(c: &Ctx, d: &mut OrgData, org: &str, category: &str, kind: &str, target: &str, name: &str, action: &str) {
    if c.unlogged {
        return;
    }
    let n: u64 = c.tracking.trim_start_matches("FAKE_").parse().unwrap_or(0);
    d.audit.push(audit_event(org, n, &c.now, category, kind, target, name, action));
}

fn create_person(c: &Ctx, d: &mut OrgData, org: &str) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let emails: Vec<String> = b
        .get("emails")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect();
    let Some(email) = emails.first().cloned() else { return c.err(400, "emails is required.") };
    if d.people.iter().any(|p| p.emails.iter().any(|e| e.eq_ignore_ascii_case(&email))) {
        return c.err(409, "A person with this email address already exists.");
    }
    let n: u64 = c.tracking.trim_start_matches("FAKE_").parse().unwrap_or(1);
    let display = s(&b, "displayName").unwrap_or_else(|| email.clone());
    let (first, last) = display
        .split_once(' ')
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .unwrap_or((display.clone(), String::new()));
    let mut p = person(org, &format!("created-{n}"), &first, &last, &email, None, None, s(&b, "locationId"));
    p.display_name = display;
    p.department = s(&b, "department");
    p.created = c.now.clone();
    p.last_modified = p.created.clone();
    d.people.push(p.clone());
    log_change(c, d, org, "USERS", "USER", &audit_target_id(&p.id), &p.display_name, "Created the user");
    c.json(200, &p)
}

fn patch_licenses(c: &Ctx, w: &mut World, grant: &Grant) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let org = s(&b, "orgId").unwrap_or_else(|| grant.home_org.clone());
    if !grant.orgs.contains(&org) {
        return c.err(403, "The token is not authorized for this organization.");
    }
    let Some(d) = w.data.get_mut(&org) else { return c.err(404, "Organization not found.") };
    let (pid, email) = (s(&b, "personId"), s(&b, "email"));
    let Some(pi) = d.people.iter().position(|p| {
        pid.as_deref() == Some(p.id.as_str()) || email.as_deref().is_some_and(|e| p.emails.iter().any(|x| x == e))
    }) else {
        return c.err(404, "Person not found.");
    };
    let reqs = b.get("licenses").and_then(Value::as_array).cloned().unwrap_or_default();
    let person_id = d.people[pi].id.clone();
    w.licence_patches.push((person_id, Value::Array(reqs.clone())));
    let Some(d) = w.data.get_mut(&org) else { return c.err(404, "Organization not found.") };
    let refused = c.s.knobs().refuse_licences.clone();
    let (mut done, mut failed) = (0, 0);
    let mut given_number = None;
    for r in &reqs {
        let id = s(r, "id").unwrap_or_default();
        let remove = s(r, "operation").as_deref() == Some("remove");
        if !remove && refused.contains(&id) {
            failed += 1;
            continue;
        }
        let Some(l) = d.licenses.iter_mut().find(|l| l.id == id) else {
            failed += 1;
            continue;
        };
        let p = &mut d.people[pi];
        if remove {
            if let Some(i) = p.licenses.iter().position(|x| *x == id) {
                p.licenses.remove(i);
                l.consumed_units = l.consumed_units.saturating_sub(1);
                l.consumed_by_users = l.consumed_by_users.saturating_sub(1);
            }
            done += 1;
        } else if p.licenses.contains(&id) {
            done += 1;
        } else if l.consumed_units >= l.total_units {
            failed += 1;
        } else {
            p.licenses.push(id);
            l.consumed_units += 1;
            l.consumed_by_users += 1;
            done += 1;
            // A Calling licence carries the person's calling setup.
            if let Some(props) = r.get("properties") {
                if let Some(e) = s(props, "extension") {
                    p.extension = Some(e);
                }
                if let Some(loc) = s(props, "locationId") {
                    p.location_id = Some(loc);
                }
                if let Some(n) = s(props, "phoneNumber") {
                    p.phone_numbers.retain(|x| x.kind != "work");
                    p.phone_numbers
                        .insert(0, PhoneNumber { kind: "work".into(), value: n.clone(), primary: Some(true) });
                    given_number = Some(n);
                }
            }
        }
    }
    if let Some(n) = given_number {
        let p = d.people[pi].clone();
        if let Some(x) = d.numbers.iter_mut().find(|x| x.phone_number == n) {
            x.owner = Some(NumberOwner {
                id: p.id.clone(),
                kind: "PEOPLE".into(),
                first_name: p.first_name.clone(),
                last_name: p.last_name.clone(),
                display_name: p.display_name.clone(),
            });
            x.state = "ACTIVE".into();
        }
    }
    if done == 0 && failed > 0 {
        return c.err(400, "None of the licenses could be assigned: not enough licenses left or unknown license.");
    }
    let (pid, name) = (d.people[pi].id.clone(), d.people[pi].display_name.clone());
    if done > 0 {
        log_change(c, d, &org, "LICENSES", "USER", &audit_target_id(&pid), &name, "Changed the user's licenses");
    }
    let p = &d.people[pi];
    let out = json!({"orgId": org, "personId": p.id, "email": p.emails[0], "licenses": p.licenses, "siteUrls": []});
    c.json(if failed > 0 { 206 } else { 200 }, &out)
}

fn activation_code(c: &Ctx, d: &mut OrgData, org: &str) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(pid) = s(&b, "personId") else { return c.err(400, "personId or workspaceId is required.") };
    let Some(p) = d.people.iter().find(|p| p.id == pid).cloned() else { return c.err(404, "Person not found.") };
    let model = s(&b, "model").unwrap_or_else(|| "webexgo".into());
    // `GET /devices` lists a Webex Go phone as type `webexgo`, whichever name the request used.
    let kind = if model.eq_ignore_ascii_case("webex go") { "webexgo".to_string() } else { model.clone() };
    let n: u64 = c.tracking.trim_start_matches("FAKE_").parse().unwrap_or(1);
    // A new code supersedes the old one: one activating device per person and model.
    d.devices.retain(|x| !(x.person_id == pid && x.connection_status == "activating" && x.kind == kind));
    d.devices.push(Device {
        id: webex_id("DEVICE", &format!("new-{n}")),
        display_name: format!("Webex Go ({})", p.display_name),
        person_id: pid,
        org_id: org.into(),
        connection_status: "activating".into(),
        product: "Webex Go".into(),
        kind,
        serial: format!("WGN{n:07}"),
        created: c.now.clone(),
        location_id: p.location_id.clone(),
        error_codes: vec![],
        tags: vec![],
    });
    let id = webex_id("DEVICE", &format!("new-{n}"));
    log_change(c, d, org, "DEVICES", "DEVICE", &audit_target_id(&id), &p.display_name, "Created an activation code");
    let code = format!("{:016}", 4_000_000_000_000_000u64 + n * 7919);
    // Seven days from the fake's time (its clock when a test set one), as Webex's own codes.
    let now = chrono::DateTime::parse_from_rfc3339(&c.now).map_or_else(|_| chrono::Utc::now(), |t| t.to_utc());
    let expiry = stamp(now + chrono::Duration::days(7));
    c.json(200, &json!({"code": code, "expiryTime": expiry}))
}

fn is_e164(n: &str) -> bool {
    n.strip_prefix('+')
        .is_some_and(|d| (7..=15).contains(&d.len()) && d.bytes().all(|b| b.is_ascii_digit()) && !d.starts_with('0'))
}

fn add_numbers(c: &Ctx, d: &mut OrgData, loc: &str) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(l) = d.locations.iter().find(|l| l.id == loc).cloned() else { return c.err(404, "Location not found.") };
    let nums: Vec<String> = b
        .get("phoneNumbers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect();
    if nums.is_empty() || nums.len() > 20 {
        return c.err(400, "Between 1 and 20 phone numbers can be added per request.");
    }
    if let Some(bad) = nums.iter().find(|n| !is_e164(n)) {
        return c.err(400, &format!("{bad} is not a valid E.164 number."));
    }
    let refused: Vec<Value> = nums
        .iter()
        .filter(|n| n.starts_with(CARRIER_REFUSES))
        .map(|n| {
            json!({"number": n, "errorType": "MOBILE", "errorCode": "MOB-4017",
                   "errorMessage": "The mobile operator refused the number.", "errorTitle": "Not provisioned"})
        })
        .collect();
    if !refused.is_empty() {
        return c.json(400, &json!([{ "errors": refused }]));
    }
    let left_out: Vec<Value> = nums
        .iter()
        .filter(|n| n.starts_with(CARRIER_LEAVES_OUT))
        .map(|n| {
            json!({"number": n, "errorType": "MOBILE", "errorCode": "MOB-4022",
                   "errorMessage": "The number is not in the operator's range for this account."})
        })
        .collect();
    let mobile = s(&b, "numberType").as_deref() == Some("MOBILE");
    let state = s(&b, "state").unwrap_or_else(|| if mobile { "INACTIVE".into() } else { "ACTIVE".into() });
    for n in nums {
        if d.numbers.iter().any(|x| x.phone_number == n) || n.starts_with(CARRIER_LEAVES_OUT) {
            continue;
        }
        d.numbers.push(Number {
            phone_number: n,
            extension: None,
            state: state.clone(),
            phone_number_type: "PRIMARY".into(),
            main_number: false,
            toll_free_number: s(&b, "numberType").as_deref() == Some("TOLLFREE"),
            included_telephony_types: if mobile { "MOBILE_NUMBER".into() } else { "PSTN_NUMBER".into() },
            mobile_network: mobile.then(|| "Operator One".into()),
            is_service_number: false,
            location: IdAndName { id: l.id.clone(), name: l.name.clone() },
            owner: None,
        });
    }
    if left_out.is_empty() {
        c.empty(201)
    } else {
        c.json(201, &json!([{ "errors": left_out }]))
    }
}

fn validate_numbers(c: &Ctx, d: &mut OrgData) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let nums: Vec<String> = b
        .get("phoneNumbers")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|x| x.as_str().map(str::to_string))
        .collect();
    let mut all_ok = true;
    let out: Vec<Value> = nums
        .iter()
        .map(|n| {
            let state = if !is_e164(n) {
                "Invalid"
            } else if nums.iter().filter(|x| *x == n).count() > 1 {
                "Duplicate In List"
            } else if d.numbers.iter().any(|x| x.phone_number == *n) {
                "Duplicate"
            } else if n.starts_with("+1900") {
                "Unavailable"
            } else {
                "Available"
            };
            all_ok &= state == "Available";
            json!({"phoneNumber": n, "state": state, "tollFreeNumber": false, "detail": []})
        })
        .collect();
    c.json(200, &json!({"status": if all_ok { "OK" } else { "ERRORS" }, "phoneNumbers": out}))
}

fn create_subscriber(c: &Ctx, w: &mut World, org: &str) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let req = |k: &str| s(&b, k);
    let (Some(prov), Some(user), Some(ent), Some(first), Some(last), Some(package)) = (
        req("provisioningId"),
        req("userId"),
        req("spEnterpriseId"),
        req("firstName"),
        req("lastName"),
        req("package"),
    ) else {
        return c.err(400, "provisioningId, userId, spEnterpriseId, firstName, lastName and package are required.");
    };
    let n = w.next();
    let email = req("email");
    let sub = Subscriber {
        id: webex_id("SUBSCRIBER", &format!("new-{n}")),
        person_id: None,
        user_id: user,
        sp_enterprise_id: ent,
        first_name: first,
        last_name: last,
        status: if email.is_some() { "provisioning".into() } else { "pending_email_input".into() },
        email,
        primary_phone_number: req("primaryPhoneNumber"),
        mobile_phone_number: req("mobilePhoneNumber"),
        extension: req("extension"),
        package,
        errors: vec![],
        created: c.now.clone(),
        last_status_change: c.now.clone(),
        provisioning_id: prov,
        self_activated: false,
        org_id: org.into(),
    };
    w.data.entry(org.into()).or_default().subscribers.push(sub.clone());
    c.json(200, &sub)
}

fn validate_subscriber(c: &Ctx, w: &World) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    let Some(email) = s(&b, "email") else { return c.err(400, "email is required.") };
    let taken = w.data.values().flat_map(|d| d.subscribers.iter()).any(|x| x.email.as_deref() == Some(email.as_str()));
    if taken {
        return c.err(400, "The email address is already in use.");
    }
    c.json(
        200,
        &json!({"message": "success", "info": {"infoCode": 1000, "description": "The subscriber can be provisioned."}}),
    )
}

fn update_subscriber(c: &Ctx, w: &mut World, grant: &Grant, id: &str) -> Response {
    let b = match c.json_body() {
        Ok(b) => b,
        Err(r) => return r,
    };
    for o in &grant.orgs {
        let Some(d) = w.data.get_mut(o) else { continue };
        let Some(x) = d.subscribers.iter_mut().find(|x| x.id == id) else { continue };
        for (k, field) in [
            ("userId", &mut x.user_id),
            ("firstName", &mut x.first_name),
            ("lastName", &mut x.last_name),
            ("package", &mut x.package),
        ] {
            if let Some(v) = s(&b, k) {
                *field = v;
            }
        }
        for (k, field) in [
            ("primaryPhoneNumber", &mut x.primary_phone_number),
            ("mobilePhoneNumber", &mut x.mobile_phone_number),
            ("extension", &mut x.extension),
        ] {
            if let Some(v) = s(&b, k) {
                *field = Some(v);
            }
        }
        // An update of a provisioned subscriber runs in the background.
        if x.status == "provisioned" {
            x.status = "updating".into();
        }
        x.last_status_change = c.now.clone();
        return c.json(200, &*x);
    }
    c.err(404, "Subscriber not found.")
}
