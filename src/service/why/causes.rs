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
use crate::domain::licence;
use crate::domain::licensing::{self as al, CheckFailure, Failure};
use crate::domain::mobile::AuthStatus;
use crate::domain::{bw::BwStatus, DeviceStatus, Result};
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
    fn cause(&mut self, rank: u8, rule: &'static str, blocking: bool, summary: String, fix: Fix) {
        self.causes.push(Cause { rule, summary, blocking, fix, rank });
    }

    fn check(&mut self, rule: &'static str, what: &'static str, result: &'static str, detail: impl Into<String>) {
        self.checked.push(Check { rule, what, result, detail: detail.into() });
    }
}

/// The causes, most likely first, and every check made.
pub(super) fn diagnose(f: &Facts, look: &Lookups, env: &Env) -> (Vec<Cause>, Vec<Check>) {
    let mut d = Diagnosis::default();
    licence_rules(f, look, env, &mut d);
    number_rules(f, env, &mut d);
    device_rules(f, env, &mut d);
    broadworks_rules(f, env, &mut d);
    let go = f.calls.iter().filter(|c| c.webex_go).count();
    let detail = match f.calls.first() {
        Some(c) => format!(
            "{} recent call(s), {go} with Webex Go (MOBILE_NETWORK); the last {}",
            f.calls.len(),
            when(c.start_time, env.now)
        ),
        None => "no call records (import them with the calls import command)".to_string(),
    };
    d.check("WG15", "recent calls", "ok", detail);
    d.causes.sort_by_key(|c| (!c.blocking, c.rank));
    (d.causes, d.checked)
}

/// Webex Calling: a licence (AL02, AL03), a location and a number or extension (AL01).
fn licence_rules(f: &Facts, look: &Lookups, env: &Env, d: &mut Diagnosis) {
    let Some(p) = &f.person else {
        d.check("AL02", "Webex Calling licence", "not_applicable", "a BroadWorks subscriber, no Webex user yet");
        return;
    };
    let has_calling = p.calling_status == "provisioned";
    match p.calling_status.as_str() {
        "provisioned" => {
            let names: Vec<&str> = p.licences.iter().map(|l| licence::display(l)).collect();
            d.check("AL02", "Webex Calling licence", "ok", names.join(", "));
        }
        "not_provisioned" => {
            let template = look.template.as_ref().map(|t| t.0.as_str()).unwrap_or("their template");
            let (summary, fix) = match &look.work_number {
                Some(fail) => not_provisioned_for(fail, look.meant_usable, p.calling_reason.as_deref(), &p.email, env),
                None => (
                    format!(
                        "no Webex Calling licence, though the work number {} now passes every check: the template \
                         \"{template}\" was not applied since (AL02)",
                        p.work_phone.as_deref().unwrap_or("-")
                    ),
                    Fix::new(
                        Some(fix::REAPPLY_TEMPLATE),
                        look.template.as_ref().map(|t| env.commands.run(&["licences", "reapply", "--template", &t.0])),
                    ),
                ),
            };
            d.cause(10, "AL02", true, summary, fix);
            d.check("AL02", "Webex Calling licence", "cause", p.calling_reason.clone().unwrap_or_default());
        }
        _ => {
            let summary = match &look.template {
                Some((name, false)) => format!(
                    "no Webex Calling licence: their licence template \"{name}\" does not grant it (AL03); give it in a \
                     template that grants Calling, then assign it (A)"
                ),
                _ if env.remote => "no Webex Calling licence (AL03): give them one in Control Hub (Users > the user \
                                    > Licenses) or with a licence template that grants Calling (A)"
                    .to_string(),
                _ => "no Webex Calling licence, and no licence template that grants it covers them (AL03): create \
                      one for their group (K), then assign it (A)"
                    .to_string(),
            };
            d.cause(10, "AL03", true, summary, Fix::new(Some(fix::ASSIGN_TEMPLATE), None));
            d.check("AL03", "Webex Calling licence", "cause", "none");
        }
    }
    if !has_calling {
        d.check("AL01", "location and number or extension", "not_applicable", "no Webex Calling");
        return;
    }
    let number = p.primary_number.as_deref().or(p.work_phone.as_deref());
    match (&p.location, number, &p.extension) {
        (None, _, _) => {
            d.cause(
                15,
                "AL01",
                true,
                "no location: Webex Calling needs one (AL01); set it with the users update command and --location"
                    .into(),
                Fix::none(),
            );
            d.check("AL01", "location and number or extension", "cause", "no location");
        }
        (Some(_), None, None) => {
            d.cause(
                15,
                "AL01",
                true,
                "neither a number nor an extension: Webex Calling needs one of them (AL01); give an extension with \
                 the users update command and --extension"
                    .into(),
                Fix::none(),
            );
            d.check("AL01", "location and number or extension", "cause", "no number, no extension");
        }
        (Some(l), n, x) => {
            let detail = format!(
                "{l}{}{}",
                n.map(|n| format!(", number {n}")).unwrap_or_default(),
                x.as_ref().map(|x| format!(", extension {x}")).unwrap_or_default()
            );
            d.check("AL01", "location and number or extension", "ok", detail);
        }
    }
}

/// AL02's cause for a work number that fails a check, with the fix that works: the number it
/// most likely meant, when that number passes every check itself.
fn not_provisioned_for(
    fail: &CheckFailure,
    meant_usable: bool,
    recorded: Option<&str>,
    email: &str,
    env: &Env,
) -> (String, Fix) {
    let reason = recorded.unwrap_or(&fail.reason);
    match (&fail.meant, meant_usable) {
        (Some(m), true) => (
            format!("no Webex Calling licence: {reason} (AL02); W sets the work number to {m}, then re-apply"),
            Fix::new(
                Some(fix::SET_WORK_NUMBER),
                Some(env.commands.run(&["users", "set-work-number", email, m.as_str()])),
            ),
        ),
        _ => {
            let what = match fail.failure {
                Failure::NoNumber => "no work number".to_string(),
                _ => reason.to_string(),
            };
            (
                format!("no Webex Calling licence: {what} (AL02); {}", fail.failure.fix()),
                Fix::new(Some(fix::SET_WORK_NUMBER), None),
            )
        }
    }
}

/// Mobile lines: the professional licence (MO06), the number's state (MO03) and its operator
/// account (MO02).
fn number_rules(f: &Facts, env: &Env, d: &mut Diagnosis) {
    let mobile: Vec<_> = f.numbers.iter().filter(|n| n.kind == "mobile").collect();
    if mobile.is_empty() {
        d.check("MO02", "operator account of a mobile line", "not_applicable", "no mobile number");
        return;
    }
    let pro = f.person.as_ref().is_some_and(|p| p.licences.iter().any(|l| l == licence::CALLING_PROFESSIONAL));
    if !pro {
        d.cause(
            20,
            "MO06",
            true,
            format!(
                "mobile number {} needs Webex Calling Professional, which they do not hold (MO06)",
                mobile[0].number
            ),
            Fix::none(),
        );
    }
    let email = f.person.as_ref().map(|p| p.email.as_str()).unwrap_or(env.query);
    for n in mobile.iter().filter(|n| n.state != "ACTIVE") {
        d.cause(
            30,
            "MO03",
            true,
            format!("mobile number {} is {} though it is theirs: it becomes ACTIVE when assigned (MO03); M assigns it again", n.number, n.state),
            Fix::new(Some(fix::ASSIGN_MOBILE), Some(env.commands.run(&["numbers", "assign-primary", "--user", email, &n.number]))),
        );
    }
    if env.remote {
        d.check(
            "MO02",
            "operator account of a mobile line",
            "not_applicable",
            "Control Hub only on a real organisation",
        );
        return;
    }
    match &f.operator_account {
        Some(a) if a.status != AuthStatus::Authorized => {
            let hours = (env.now - a.requested_at).num_hours().max(0);
            let summary = match a.status {
                AuthStatus::Pending if hours >= crate::service::numbers::AUTHORISATION_WAIT_HOURS => format!(
                    "operator account {} ({}) Pending {hours} h, longer than the 48 hours it can take (MO02): contact the operator",
                    a.account_id, a.operator
                ),
                AuthStatus::Pending => format!(
                    "operator account {} ({}) Pending {hours} h (MO02): authorisation can take up to 48 hours; contact the operator if it takes longer",
                    a.account_id, a.operator
                ),
                _ => format!(
                    "operator account {} ({}) Failed{} (MO02): contact the operator",
                    a.account_id,
                    a.operator,
                    a.status_reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default()
                ),
            };
            d.cause(
                25,
                "MO02",
                true,
                summary,
                Fix::new(Some(fix::OPERATOR_ACCOUNTS), Some(env.commands.run(&["operator-accounts", "list"]))),
            );
            d.check("MO02", "operator account of a mobile line", "cause", a.status.label());
        }
        Some(a) => {
            d.check("MO02", "operator account of a mobile line", "ok", format!("{} {}", a.account_id, a.status.label()))
        }
        None => d.check("MO02", "operator account of a mobile line", "not_applicable", "no operator account recorded"),
    }
}

/// The Webex Go device: who may have one (WG01), its code (WG04-WG08, WG11) and its status (WG10,
/// WG12).
fn device_rules(f: &Facts, env: &Env, d: &mut Diagnosis) {
    let Some(dev) = &f.device else {
        d.check("WG10", "Webex Go device", "not_applicable", "no Webex Go device");
        return;
    };
    if let Some(p) = &f.person {
        let pro = p.licences.iter().any(|l| l == licence::CALLING_PROFESSIONAL);
        let country = p.location_country.clone().unwrap_or_default();
        let supported = env.org.go_countries.iter().any(|c| c.eq_ignore_ascii_case(&country));
        if !pro {
            d.cause(
                20,
                "WG01",
                true,
                "Webex Go needs Webex Calling Professional, which they do not hold (WG01)".into(),
                Fix::none(),
            );
        } else if !supported && !env.remote {
            d.cause(
                20,
                "WG01",
                true,
                format!(
                    "their location {} ({country}) is not a Webex Go country (WG01; supported here: {})",
                    p.location.as_deref().unwrap_or("-"),
                    env.org.go_countries.join(", ")
                ),
                Fix::none(),
            );
        }
    }
    let new_code = || Fix::new(Some(fix::NEW_CODE), Some(env.commands.run(&["devices", "new-code", &dev.device_id])));
    let id = &dev.device_id;
    match dev.status {
        DeviceStatus::ActivationPending => {
            code_rules(f, env, d, &new_code);
            d.check("WG10", "Webex Go device status", "cause", format!("{id} Activation pending"));
        }
        DeviceStatus::Offline => {
            let raw = dev.connection_status.as_deref().map(|s| format!("; Webex says {s}")).unwrap_or_default();
            let (lost, fix) = lost_fix(env, id);
            d.cause(
                40,
                "WG10",
                true,
                format!(
                    "device {id} Offline since {}{raw} (WG10): ask the user to turn the Webex Go line on and check mobile data; {lost}",
                    when(dev.changed_at, env.now)
                ),
                fix,
            );
            d.check("WG10", "Webex Go device status", "cause", format!("{id} Offline"));
        }
        DeviceStatus::Online if !dev.error_codes.is_empty() => {
            let (lost, fix) = lost_fix(env, id);
            d.cause(
                45,
                "WG10",
                false,
                format!(
                    "device {id} Online with issues Webex reports: {} (WG10): calls may fail; ask the user to restart the phone; {lost}",
                    dev.error_codes.join(", ")
                ),
                fix,
            );
            d.check("WG10", "Webex Go device status", "cause", format!("{id} Online with issues"));
        }
        DeviceStatus::Online => {
            d.check("WG10", "Webex Go device status", "ok", format!("{id} Online"));
            d.check("WG06", "activation code", "not_applicable", "the device is activated");
        }
        DeviceStatus::Unknown => {
            d.cause(
                46,
                "WG12",
                false,
                format!("Webex gave no status for device {id} (WG12): F refreshes it from Webex"),
                Fix::new(Some(fix::REFRESH), Some(env.commands.run(&["why", env.query, "--refresh"]))),
            );
            d.check("WG10", "Webex Go device status", "cause", format!("{id} status unknown"));
        }
    }
}

/// The words and fix for a phone that may be lost (WG08): wxgo's key, or Control Hub's place.
fn lost_fix(env: &Env, device: &str) -> (String, Fix) {
    match env.lost_stolen {
        Support::ControlHubOnly(place) => (format!("if the phone is lost: {place}"), Fix::none()),
        _ => (
            "L if the phone is lost (WG08)".to_string(),
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
            "superseded" => ("WG05", "a code that a newer one replaced: hand over only the newest"),
            "expired" => ("WG06", "an expired code"),
            "used" => ("WG06", "a code that was already used"),
            "revoked" => ("WG08", "a code of a phone reported lost or stolen"),
            _ => ("WG06", "a code that can no longer activate a phone"),
        };
        d.cause(
            32,
            rule,
            true,
            format!(
                "the phone tried {what} ({} refused attempt(s), the last {}) ({rule}): n issues a new code",
                tries.len(),
                when(last.at, env.now)
            ),
            new_code(),
        );
    }
    match (dev.code_state.as_str(), newest) {
        ("expired", _) => {
            let at = dev.code_expires_at.unwrap_or(env.now);
            d.cause(
                35,
                "WG06",
                true,
                format!(
                    "activation code expired {} ({}) (WG06): n issues a new one",
                    ago(at, env.now),
                    when(at, env.now)
                ),
                new_code(),
            );
            d.check("WG06", "activation code", "cause", format!("expired {}", when(at, env.now)));
        }
        ("valid", _) => {
            let until = dev.code_expires_at.map(|t| when(t, env.now)).unwrap_or_default();
            let issued = newest.map(|c| format!(" issued {}", when(c.issued_at, env.now))).unwrap_or_default();
            d.cause(
                38,
                "WG04",
                true,
                format!("activation pending: the code{issued} (valid until {until}) has not activated a phone yet (WG04): hand it to the user, or n issues a new one if it was lost"),
                new_code(),
            );
            d.check("WG06", "activation code", "ok", format!("valid until {until}"));
        }
        (_, Some(c)) if c.state == "used" => {
            d.cause(
                38,
                "WG11",
                true,
                "activation pending again after the phone was activated: the Webex Go line was removed from the phone (WG11): n issues a code for the phone".into(),
                new_code(),
            );
            d.check("WG06", "activation code", "cause", "none valid: the last one was used");
        }
        _ => {
            let summary = if env.remote && newest.is_none() {
                "activation pending; Webex issued the codes, so wxgo cannot tell whether one is still valid (WG04): n issues a new one".to_string()
            } else {
                "activation pending with no valid activation code (WG04, WG05): n issues a new one".to_string()
            };
            d.cause(38, "WG04", true, summary, new_code());
            d.check("WG06", "activation code", "cause", "no valid code");
        }
    }
}

/// The BroadWorks subscriber behind the person (BW01, BW03, BW04).
fn broadworks_rules(f: &Facts, env: &Env, d: &mut Diagnosis) {
    let Some(b) = &f.broadworks else {
        d.check("BW03", "BroadWorks subscriber", "not_applicable", "no BroadWorks subscriber");
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
    match s.status {
        BwStatus::Provisioned => {
            d.check("BW03", "BroadWorks subscriber", "ok", format!("{id} Provisioned"));
            return;
        }
        BwStatus::Error => {
            let code = s.error_code.as_deref().unwrap_or("?");
            let text = s.error_description.as_deref().unwrap_or("no description");
            if b.template_ready == Some(false) {
                d.cause(
                    50,
                    "BW01",
                    true,
                    format!(
                        "BroadWorks error {code}: {text} The customer template \"{}\" does not accept untrusted emails with the activation link (BW01): fix the template in Control Hub, then retry",
                        s.template.as_deref().unwrap_or("?")
                    ),
                    Fix::new(Some(fix::BW_TEMPLATES), Some(env.commands.run(&["broadworks", "templates"]))),
                );
            } else {
                let about_email = text.to_ascii_lowercase().contains("email");
                let (advice, fix) = if about_email {
                    ("R retries activation with an email no other Webex user has, in an allowed domain", retry(None))
                } else {
                    ("R retries activation", retry(email))
                };
                d.cause(50, "BW04", true, format!("BroadWorks error {code}: {text} (BW04): {advice}"), fix);
            }
        }
        BwStatus::PendingEmailInput => d.cause(
            52,
            "BW03",
            true,
            format!("BroadWorks subscriber {id} waits since {since} for an email in the activation portal (BW03): R onboards them with one"),
            retry(person_email),
        ),
        BwStatus::PendingEmailValidation => d.cause(
            52,
            "BW03",
            true,
            format!(
                "BroadWorks subscriber {id} waits since {since} for the user to confirm {} (BW03): ask them to open the email; R retries",
                s.email.as_deref().unwrap_or("their email")
            ),
            retry(email),
        ),
        BwStatus::PendingUserMigration => d.cause(
            52,
            "BW03",
            true,
            format!("BroadWorks subscriber {id} waits since {since} for the user's migration (BW03): R retries activation"),
            retry(email),
        ),
        BwStatus::Provisioning | BwStatus::Updating => {
            let fix = if env.remote {
                Fix::new(Some(fix::REFRESH), Some(env.commands.run(&["why", env.query, "--refresh"])))
            } else {
                Fix::none()
            };
            d.cause(
                55,
                "BW03",
                true,
                format!("BroadWorks subscriber {id} {} since {since}: provisioning has started, not finished (BW03)", s.status.label()),
                fix,
            );
        }
    }
    d.check("BW03", "BroadWorks subscriber", "cause", format!("{id} {}", s.status.label()));
}

/// A moment as the report says it: the time alone today, else the date too (UTC).
pub(super) fn when(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    if t.date_naive() == now.date_naive() {
        t.format("%H:%M UTC").to_string()
    } else {
        t.format("%Y-%m-%d %H:%M UTC").to_string()
    }
}

/// How long ago: "3 days ago", "51 h ago", "12 min ago" (or "in 2 days" for the future).
pub(super) fn ago(t: DateTime<Utc>, now: DateTime<Utc>) -> String {
    let secs = (now - t).num_seconds();
    let (n, future) = (secs.unsigned_abs(), secs < 0);
    let amount = match n {
        0..=59 => return "just now".into(),
        60..=3599 => format!("{} min", n / 60),
        3600..=172_799 => format!("{} h", n / 3600),
        _ => format!("{} days", n / 86_400),
    };
    if future {
        format!("in {amount}")
    } else {
        format!("{amount} ago")
    }
}
