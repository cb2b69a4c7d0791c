//! The fake's OAuth side: the device grant (`device/authorize`, `device/token`, stepping through
//! the knobs' [`DeviceStep`]s) and the refresh grant (`access_token`).

use axum::response::Response;
use base64::Engine;
use serde_json::json;

use super::handlers::Ctx;
use super::world::{Grant, CUSTOMER_TOKEN};
use super::DeviceStep;

pub fn device_authorize(c: &Ctx) -> Response {
    let f = c.form();
    let get = |k: &str| f.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    if get("client_id").as_deref() != Some(c.s.oauth_client.0.as_str()) {
        return c.oauth_err(400, "invalid_client");
    }
    let n = c.s.world().next();
    let code = format!("dc-{n}");
    let (steps, interval) = {
        let k = c.s.knobs();
        (k.device_steps.clone(), k.device_interval)
    };
    c.s.device_codes.lock().unwrap_or_else(|p| p.into_inner()).insert(code.clone(), (steps, 0));
    c.json(
        200,
        &json!({
            "device_code": code, "expires_in": 300, "user_code": format!("{:06}", 100000 + n),
            "verification_uri": "https://oauth-helper.fake.example/verify",
            "verification_uri_complete": format!("https://oauth-helper.fake.example/verify?userCode={}", 100000 + n),
            "interval": interval
        }),
    )
}

fn client_ok(c: &Ctx) -> bool {
    let Some(v) = c.headers.get("authorization").and_then(|v| v.to_str().ok()) else { return false };
    let Some(b64) = v.strip_prefix("Basic ") else { return false };
    let Ok(raw) = base64::engine::general_purpose::STANDARD.decode(b64) else { return false };
    let want = format!("{}:{}", c.s.oauth_client.0, c.s.oauth_client.1);
    raw == want.as_bytes()
}

fn issue(c: &Ctx, like: &Grant) -> Response {
    let mut w = c.s.world();
    let n = w.next();
    let (mut access, refresh) = (format!("at-{n}"), format!("rt-{n}"));
    if c.s.knobs().control_chars_in_tokens {
        access = format!("at-{n}\r\nX-Injected: 1\u{7}");
    }
    let mut g = like.clone();
    g.revoked = false;
    g.expired = false;
    let scope = g.scopes.clone();
    w.tokens.insert(access.clone(), g);
    w.refresh_tokens.insert(refresh.clone(), access.clone());
    let life = c.s.knobs().access_token_lifetime;
    c.json(
        200,
        &json!({"access_token": access, "expires_in": life, "refresh_token": refresh,
                "refresh_token_expires_in": 7_776_000, "token_type": "Bearer", "scope": scope}),
    )
}

pub fn device_token(c: &Ctx) -> Response {
    if !client_ok(c) {
        return c.oauth_err(401, "invalid_client");
    }
    let f = c.form();
    let get = |k: &str| f.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    if get("grant_type").as_deref() != Some("urn:ietf:params:oauth:grant-type:device_code") {
        return c.oauth_err(400, "unsupported_grant_type");
    }
    let step = {
        let mut codes = c.s.device_codes.lock().unwrap_or_else(|p| p.into_inner());
        let Some((steps, i)) = get("device_code").and_then(|d| codes.get_mut(&d)) else {
            return c.oauth_err(400, "invalid_grant");
        };
        let st = steps.get(*i).or(steps.last()).copied().unwrap_or(DeviceStep::Pending);
        *i += 1;
        st
    };
    match step {
        DeviceStep::Pending => c.oauth_err(428, "authorization_pending"),
        DeviceStep::SlowDown => c.oauth_err(400, "slow_down"),
        DeviceStep::Expired => c.oauth_err(400, "expired_token"),
        DeviceStep::Denied => c.oauth_err(400, "access_denied"),
        DeviceStep::Approve => {
            let like = c.s.world().tokens.get(CUSTOMER_TOKEN).cloned();
            match like {
                Some(g) => issue(c, &g),
                None => c.oauth_err(400, "invalid_grant"),
            }
        }
    }
}

pub fn refresh(c: &Ctx) -> Response {
    let f = c.form();
    let get = |k: &str| f.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone());
    let client = get("client_id").zip(get("client_secret"));
    if client != Some((c.s.oauth_client.0.clone(), c.s.oauth_client.1.clone())) {
        return c.oauth_err(401, "invalid_client");
    }
    if get("grant_type").as_deref() != Some("refresh_token") {
        return c.oauth_err(400, "unsupported_grant_type");
    }
    let like = {
        let w = c.s.world();
        get("refresh_token").and_then(|r| w.refresh_tokens.get(&r).cloned()).and_then(|a| w.tokens.get(&a).cloned())
    };
    match like {
        Some(g) if !g.revoked => issue(c, &g),
        _ => c.oauth_err(400, "invalid_grant"),
    }
}
