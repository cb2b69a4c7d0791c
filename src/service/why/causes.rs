//! The rules of "why can't this user call?": each looks at the joined facts and, when it finds
//! something wrong, names it as a cause with its rule id (RULES.md), a one-line summary, whether
//! it blocks calling, and the one action that fixes it. Every rule also says what it checked,
//! so a person with nothing wrong gets no invented cause and a list of what was looked at.
//!
//! Ranked by how much a cause explains: the licence before the number, the number before the
//! device, the device before BroadWorks; blocking causes before the others.

use chrono::{DateTime, Utc};

use super::fix::{self, Commands, Fix};
use super::{Cause, Check, Facts, Who};
use crate::domain::error::{Text, Val};
use crate::domain::licence;
use crate::domain::licensing::{self as al, CheckFailure, Failure};
use crate::domain::mobile::AuthStatus;
use crate::domain::{bw::BwStatus, DeviceStatus, Result};
use crate::said;
use crate::service::action::Support;
use crate::service::core::Core;
use crate::store::licensing as ls;
use crate::store::model::OrgInfo;

/// What the rules know besides the facts.
pub(super) struct Env<'a> {
    pub now: DateTime<Utc>,
    pub org: &'a OrgInfo,
    pub commands: &'a Commands,
    /// WG08 here: done by wxgo, or in Control Hub.
    pub lost_stolen: Support,
    /// A real organisation (the cache of one).
    pub remote: bool,
    /// What the admin asked about (for the refresh command).
    pub query: &'a str,
}

/// What the rules need from the database beyond the facts, read before they run.
#[derive(Debug, Default)]
pub(super) struct Lookups {
    /// AL02: the check the work number fails now; `None` when it passes (or no person).
    work_number: Option<CheckFailure>,
    /// The number the work number most likely meant passes every check itself.
    meant_usable: bool,
    /// The licence template that decides the person's licences, and whether it grants Calling.
    template: Option<(String, bool)>,
}

impl Lookups {
    pub(super) fn read(cx: &Core, who: &Who, facts: &Facts) -> Result<Lookups> {
        let (Who::User(u), Some(_)) = (who, &facts.person) else { return Ok(Lookups::default()) };
        let conn = &cx.conn;
        let templates = ls::templates(conn, cx.org.id)?;
        let department = ls::user(conn, cx.org.id, &u.email)?.and_then(|c| c.department);
        let template = al::effective(&templates, department.as_deref()).map(|t| (t.name.clone(), t.grants_calling));
        let lookup = |n: Option<&str>| crate::service::licences::rules::lookup_number(cx, conn, Some(u.id), n);
        let work_number = lookup(u.work_phone.as_deref())?.err();
        let meant_usable = match work_number.as_ref().and_then(|f| f.meant.as_ref()) {
            Some(m) => lookup(Some(m.as_str()))?.is_ok(),
            None => false,
        };
        Ok(Lookups { work_number, meant_usable, template })
    }
}
#[derive(Default)]
struct Diagnosis {
    causes: Vec<Cause>,
    checked: Vec<Check>,
}

impl Diagnosis {
    fn cause(&mut self, rank: u8, rule: &'static str, blocking: bool, summary: Text, fix: Fix) {
        self.causes.push(Cause { rule, summary, blocking, fix, rank });
    }

    /// A check of `rule`: `what` (a message of why.ftl) and what it found.
    fn check(&mut self, rule: &'static str, what: &'static str, result: &'static str, detail: impl Into<Text>) {
        self.checked.push(Check { rule, what: Text::msg(what, Vec::new()), result, detail: detail.into() });
    }
}

// What each rule checks (why.ftl).
const LICENCE: &str = "why-what-licence";
const SETUP: &str = "why-what-setup";
const ACCOUNT: &str = "why-what-account";
const DEVICE: &str = "why-what-device";
const DEVICE_STATUS: &str = "why-what-device-status";
const CODE: &str = "why-what-code";
const BROADWORKS: &str = "why-what-broadworks";

/// The causes, most likely first, and every check made.
pub(super) fn diagnose(f: &Facts, look: &Lookups, env: &Env) -> (Vec<Cause>, Vec<Check>) {
    let mut d = Diagnosis::default();
    licence_rules(f, look, env, &mut d);
    number_rules(f, env, &mut d);
    device_rules(f, env, &mut d);
    broadworks_rules(f, env, &mut d);
    let go = f.calls.iter().filter(|c| c.webex_go).count();
    let detail = match f.calls.first() {
        Some(c) => said!("why-calls-recent", n = f.calls.len(), go = go, last = when(c.start_time, env.now)),
        None => said!("why-calls-none"),
    };
    d.check("WG15", "why-what-calls", "ok", detail);
    d.causes.sort_by_key(|c| (!c.blocking, c.rank));
    (d.causes, d.checked)
}

/// Webex Calling: a licence (AL02, AL03), a location and a number or extension (AL01).
fn licence_rules(f: &Facts, look: &Lookups, env: &Env, d: &mut Diagnosis) {
    let Some(p) = &f.person else {
        d.check("AL02", LICENCE, "not_applicable", said!("why-subscriber-only"));
        return;
    };
    let has_calling = p.calling_status == "provisioned";
    match p.calling_status.as_str() {
        "provisioned" => {
            let names: Vec<&str> = p.licences.iter().map(|l| licence::display(l)).collect();
            d.check("AL02", LICENCE, "ok", names.join(", "));
        }
        "not_provisioned" => {
            let (summary, fix) = match &look.work_number {
                Some(fail) => not_provisioned_for(fail, look.meant_usable, p.calling_reason.as_ref(), &p.email, env),
                None => (
                    said!(
                        "why-al02-passes",
                        number = p.work_phone.as_deref().unwrap_or("-"),
                        template = match &look.template {
                            Some(t) => Val::from(&t.0),
                            None => Val::Msg("why-their-template"),
                        }
                    ),
                    Fix::new(
                        Some(fix::REAPPLY_TEMPLATE),
                        look.template.as_ref().map(|t| env.commands.run(&["licences", "reapply", "--template", &t.0])),
                    ),
                ),
            };
            d.cause(10, "AL02", true, summary, fix);
            d.check("AL02", LICENCE, "cause", p.calling_reason.clone().unwrap_or_default());
        }
        _ => {
            let summary = match &look.template {
                Some((name, false)) => said!("why-al03-template", template = name),
                _ if env.remote => said!("why-al03-remote", place = crate::service::action::PLACE_USER_LICENCES),
                _ => said!("why-al03-none"),
            };
            d.cause(10, "AL03", true, summary, Fix::new(Some(fix::ASSIGN_TEMPLATE), None));
            d.check("AL03", LICENCE, "cause", said!("report-none"));
        }
    }
    if !has_calling {
        d.check("AL01", SETUP, "not_applicable", said!("why-no-calling"));
        return;
    }
    let number = p.primary_number.as_deref().or(p.work_phone.as_deref());
    match (&p.location, number, &p.extension) {
        (None, _, _) => {
            d.cause(15, "AL01", true, said!("why-al01-location"), Fix::none());
            d.check("AL01", SETUP, "cause", said!("why-no-location"));
        }
        (Some(_), None, None) => {
            d.cause(15, "AL01", true, said!("why-al01-number"), Fix::none());
            d.check("AL01", SETUP, "cause", said!("why-no-number-no-extension"));
        }
        (Some(l), n, x) => {
            let detail = match (n, x) {
                (Some(n), Some(x)) => said!("why-setup-both", location = l, number = n, extension = x),
                (Some(n), None) => said!("why-setup-number", location = l, number = n),
                (None, Some(x)) => said!("why-setup-extension", location = l, extension = x),
                (None, None) => Text::from(l),
            };
            d.check("AL01", SETUP, "ok", detail);
        }
    }
}

/// AL02's cause for a work number that fails a check, with the fix that works: the number it
/// most likely meant, when that number passes every check itself.
fn not_provisioned_for(
    fail: &CheckFailure,
    meant_usable: bool,
    recorded: Option<&Text>,
    email: &str,
    env: &Env,
) -> (Text, Fix) {
    let reason = recorded.cloned().unwrap_or_else(|| fail.reason.clone());
    match (&fail.meant, meant_usable) {
        (Some(m), true) => (
            said!("why-al02-meant", reason = reason, meant = m.as_str()),
            Fix::new(
                Some(fix::SET_WORK_NUMBER),
                Some(env.commands.run(&["users", "set-work-number", email, m.as_str()])),
            ),
        ),
        _ => {
            let what = match fail.failure {
                Failure::NoNumber => said!("why-no-work-number"),
                _ => reason,
            };
            (said!("why-al02", reason = what, fix = fail.failure.fix()), Fix::new(Some(fix::SET_WORK_NUMBER), None))
        }
    }
}

/// Mobile lines: the professional licence (MO06), the number's state (MO03) and its operator
/// account (MO02).
fn number_rules(f: &Facts, env: &Env, d: &mut Diagnosis) {
    let mobile: Vec<_> = f.numbers.iter().filter(|n| n.kind == "mobile").collect();
    if mobile.is_empty() {
        d.check("MO02", ACCOUNT, "not_applicable", said!("why-no-mobile"));
        return;
    }
    let pro = f.person.as_ref().is_some_and(|p| p.licences.iter().any(|l| l == licence::CALLING_PROFESSIONAL));
    if !pro {
        d.cause(20, "MO06", true, said!("why-mo06", number = &mobile[0].number), Fix::none());
    }
    let email = f.person.as_ref().map(|p| p.email.as_str()).unwrap_or(env.query);
    for n in mobile.iter().filter(|n| n.state != "ACTIVE") {
        d.cause(
            30,
            "MO03",
            true,
            said!("why-mo03", number = &n.number, state = &n.state),
            Fix::new(
                Some(fix::ASSIGN_MOBILE),
                Some(env.commands.run(&["numbers", "assign-primary", "--user", email, &n.number])),
            ),
        );
    }
    if env.remote {
        d.check("MO02", ACCOUNT, "not_applicable", said!("why-control-hub-only"));
        return;
    }
    // The status in Control Hub's words (console.ftl).
    let status = |s: AuthStatus| {
        let id = match s {
            AuthStatus::Pending => "auth-pending",
            AuthStatus::Failed => "auth-failed",
            AuthStatus::Authorized => "auth-authorized",
        };
        Text::msg(id, Vec::new())
    };
    match &f.operator_account {
        Some(a) if a.status != AuthStatus::Authorized => {
            let hours = (env.now - a.requested_at).num_hours().max(0);
            let (account, operator) = (&a.account_id, &a.operator);
            let summary = match (a.status, a.status_reason.as_deref()) {
                (AuthStatus::Pending, _) if hours >= crate::service::numbers::AUTHORISATION_WAIT_HOURS => {
                    said!("why-mo02-pending-long", account = account, operator = operator, hours = hours)
                }
                (AuthStatus::Pending, _) => {
                    said!("why-mo02-pending", account = account, operator = operator, hours = hours)
                }
                (_, Some(why)) => said!("why-mo02-failed-because", account = account, operator = operator, why = why),
                (_, None) => said!("why-mo02-failed", account = account, operator = operator),
            };
            d.cause(
                25,
                "MO02",
                true,
                summary,
                Fix::new(Some(fix::OPERATOR_ACCOUNTS), Some(env.commands.run(&["operator-accounts", "list"]))),
            );
            d.check("MO02", ACCOUNT, "cause", status(a.status));
        }
        Some(a) => {
            let detail = said!("why-account-status", account = &a.account_id, status = status(a.status));
            d.check("MO02", ACCOUNT, "ok", detail)
        }
        None => d.check("MO02", ACCOUNT, "not_applicable", said!("why-no-account")),
    }
}

/// The Webex Go device: who may have one (WG01), its code (WG04-WG08, WG11) and its status (WG10,
/// WG12).
fn device_rules(f: &Facts, env: &Env, d: &mut Diagnosis) {
    let Some(dev) = &f.device else {
        d.check("WG10", DEVICE, "not_applicable", said!("why-no-device"));
        return;
    };
    if let Some(p) = &f.person {
        let pro = p.licences.iter().any(|l| l == licence::CALLING_PROFESSIONAL);
        let country = p.location_country.clone().unwrap_or_default();
        let supported = env.org.go_countries.iter().any(|c| c.eq_ignore_ascii_case(&country));
        if !pro {
            d.cause(20, "WG01", true, said!("why-wg01-professional"), Fix::none());
        } else if !supported && !env.remote {
            let summary = said!(
                "why-wg01-country",
                location = p.location.as_deref().unwrap_or("-"),
                country = &country,
                countries = env.org.go_countries.join(", ")
            );
            d.cause(20, "WG01", true, summary, Fix::none());
        }
    }
    let new_code = || Fix::new(Some(fix::NEW_CODE), Some(env.commands.run(&["devices", "new-code", &dev.device_id])));
    let id = dev.device_id.as_str();
    match dev.status {
        DeviceStatus::ActivationPending => {
            code_rules(f, env, d, &new_code);
            d.check("WG10", DEVICE_STATUS, "cause", said!("why-device-pending", device = id));
        }
        DeviceStatus::Offline => {
            let webex = match dev.connection_status.as_deref() {
                Some(s) => said!("why-webex-says", status = s),
                None => Text::default(),
            };
            let (lost, fix) = lost_fix(env, id);
            let since = when(dev.changed_at, env.now);
            let summary = said!("why-wg10-offline", device = id, since = since, webex = webex, lost = lost);
            d.cause(40, "WG10", true, summary, fix);
            d.check("WG10", DEVICE_STATUS, "cause", said!("why-device-offline", device = id));
        }
        DeviceStatus::Online if !dev.error_codes.is_empty() => {
            let (lost, fix) = lost_fix(env, id);
            let summary = said!("why-wg10-issues", device = id, codes = dev.error_codes.join(", "), lost = lost);
            d.cause(45, "WG10", false, summary, fix);
            d.check("WG10", DEVICE_STATUS, "cause", said!("why-device-issues", device = id));
        }
        DeviceStatus::Online => {
            d.check("WG10", DEVICE_STATUS, "ok", said!("why-device-online", device = id));
            d.check("WG06", CODE, "not_applicable", said!("why-device-activated"));
        }
        DeviceStatus::Unknown => {
            d.cause(
                46,
                "WG12",
                false,
                said!("why-wg12", device = id),
                Fix::new(Some(fix::REFRESH), Some(env.commands.run(&["why", env.query, "--refresh"]))),
            );
            d.check("WG10", DEVICE_STATUS, "cause", said!("why-device-unknown", device = id));
        }
    }
}

/// The words and fix for a phone that may be lost (WG08): wxgo's key, or Control Hub's place.
fn lost_fix(env: &Env, device: &str) -> (Text, Fix) {
    match env.lost_stolen {
        Support::ControlHubOnly(place) => (said!("why-lost-control-hub", place = place), Fix::none()),
        _ => (
            said!("why-lost-key"),
            Fix::new(Some(fix::LOST_STOLEN), Some(env.commands.run(&["devices", "lost-stolen", device]))),
        ),
    }
}

/// A device waiting for its phone: the attempts the phone made, and the code it has (WG04-WG08,
/// WG11).
fn code_rules(f: &Facts, env: &Env, d: &mut Diagnosis, new_code: &dyn Fn() -> Fix) {
    let Some(dev) = &f.device else { return };
    let newest = f.codes.first();
    // Attempts with codes that never activate, since the newest code was issued.
    let since = newest.map(|c| c.issued_at);
    let tries: Vec<_> = f.refused_attempts.iter().filter(|a| since.is_none_or(|s| a.at >= s)).collect();
    if let Some(last) = tries.first() {
        let (rule, what) = match last.reason.as_str() {
            "superseded" => ("WG05", "why-tried-superseded"),
            "expired" => ("WG06", "why-tried-expired"),
            "used" => ("WG06", "why-tried-used"),
            "revoked" => ("WG08", "why-tried-revoked"),
            _ => ("WG06", "why-tried-other"),
        };
        let summary =
            said!("why-tried", what = Val::Msg(what), n = tries.len(), last = when(last.at, env.now), rule = rule);
        d.cause(32, rule, true, summary, new_code());
    }
    match (dev.code_state.as_str(), newest) {
        ("expired", _) => {
            let at = dev.code_expires_at.unwrap_or(env.now);
            d.cause(
                35,
                "WG06",
                true,
                said!("why-wg06-expired", ago = ago(at, env.now), at = when(at, env.now)),
                new_code(),
            );
            d.check("WG06", CODE, "cause", said!("why-code-expired", at = when(at, env.now)));
        }
        ("valid", _) => {
            let until = dev.code_expires_at.map(|t| when(t, env.now)).unwrap_or_default();
            let summary = match newest {
                Some(c) => said!("why-wg04-valid-issued", issued = when(c.issued_at, env.now), until = &until),
                None => said!("why-wg04-valid", until = &until),
            };
            d.cause(38, "WG04", true, summary, new_code());
            d.check("WG06", CODE, "ok", said!("why-code-valid", until = &until));
        }
        (_, Some(c)) if c.state == "used" => {
            d.cause(38, "WG11", true, said!("why-wg11"), new_code());
            d.check("WG06", CODE, "cause", said!("why-code-used"));
        }
        _ => {
            let summary =
                if env.remote && newest.is_none() { said!("why-wg04-remote") } else { said!("why-wg04-none") };
            d.cause(38, "WG04", true, summary, new_code());
            d.check("WG06", CODE, "cause", said!("why-code-none"));
        }
    }
}

/// The BroadWorks subscriber behind the person (BW01, BW03, BW04).
fn broadworks_rules(f: &Facts, env: &Env, d: &mut Diagnosis) {
    let Some(b) = &f.broadworks else {
        d.check("BW03", BROADWORKS, "not_applicable", said!("why-no-subscriber"));
        return;
    };
    let s = &b.subscriber;
    let id = s.broadworks_user_id.as_str();
    let person_email = f.person.as_ref().map(|p| p.email.as_str());
    let email = s.email.as_deref().or(person_email);
    let retry = |email: Option<&str>| {
        Fix::new(Some(fix::BW_RETRY), email.map(|e| env.commands.run(&["broadworks", "retry", id, "--email", e])))
    };
    let since = when(s.last_status_change, env.now);
    // The status in Partner Hub's words (console.ftl).
    let status = Text::msg(s.status.word_id(), Vec::new());
    match s.status {
        BwStatus::Provisioned => {
            d.check("BW03", BROADWORKS, "ok", said!("why-subscriber-status", id = id, status = status));
            return;
        }
        BwStatus::Error => {
            let code = s.error_code.as_deref().unwrap_or("?");
            let text = match s.error_description.as_deref() {
                Some(t) => Val::from(t),
                None => Val::Msg("why-no-description"),
            };
            if b.template_ready == Some(false) {
                let template = s.template.as_deref().unwrap_or("?");
                d.cause(
                    50,
                    "BW01",
                    true,
                    said!("why-bw01", code = code, text = text, template = template),
                    Fix::new(Some(fix::BW_TEMPLATES), Some(env.commands.run(&["broadworks", "templates"]))),
                );
            } else {
                let about_email = s.error_description.as_deref().unwrap_or("").to_ascii_lowercase().contains("email");
                let (advice, fix) =
                    if about_email { ("why-bw04-email", retry(None)) } else { ("why-bw04-retry", retry(email)) };
                d.cause(50, "BW04", true, said!("why-bw04", code = code, text = text, advice = Val::Msg(advice)), fix);
            }
        }
        BwStatus::PendingEmailInput => {
            d.cause(52, "BW03", true, said!("why-bw03-email-input", id = id, since = &since), retry(person_email))
        }
        BwStatus::PendingEmailValidation => {
            let to_confirm = match s.email.as_deref() {
                Some(e) => Val::from(e),
                None => Val::Msg("why-their-email"),
            };
            d.cause(
                52,
                "BW03",
                true,
                said!("why-bw03-validation", id = id, since = &since, email = to_confirm),
                retry(email),
            )
        }
        BwStatus::PendingUserMigration => {
            d.cause(52, "BW03", true, said!("why-bw03-migration", id = id, since = &since), retry(email))
        }
        BwStatus::Provisioning | BwStatus::Updating => {
            let fix = if env.remote {
                Fix::new(Some(fix::REFRESH), Some(env.commands.run(&["why", env.query, "--refresh"])))
            } else {
                Fix::none()
            };
            let summary = said!("why-bw03-provisioning", id = id, status = status.clone(), since = &since);
            d.cause(55, "BW03", true, summary, fix);
        }
    }
    d.check("BW03", BROADWORKS, "cause", said!("why-subscriber-status", id = id, status = status));
}

/// A moment as the report says it: the time alone today, else the date too (UTC; the same
/// digits in every language).
pub(super) fn when(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    if t.date_naive() == now.date_naive() {
        t.format("%H:%M UTC").to_string()
    } else {
        t.format("%Y-%m-%d %H:%M UTC").to_string()
    }
}

/// How long ago: "3 days ago", "51 h ago", "12 min ago" (or "in 2 days" for the future), said
/// in the language where it is shown.
pub(super) fn ago(t: DateTime<Utc>, now: DateTime<Utc>) -> Text {
    let secs = (now - t).num_seconds();
    let (n, future) = (secs.unsigned_abs(), secs < 0);
    let (n, unit) = match n {
        0..=59 => return said!("why-just-now"),
        60..=3599 => (n / 60, "min"),
        3600..=172_799 => (n / 3600, "h"),
        _ => (n / 86_400, "days"),
    };
    if future {
        said!("why-in", n = n, unit = unit)
    } else {
        said!("why-ago", n = n, unit = unit)
    }
}
