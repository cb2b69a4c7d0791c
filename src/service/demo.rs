//! The demo organisation (`wxgo demo`), built from `assets/demo/org.toml`, deterministically,
//! at any size from a few dozen users to a million.

use std::path::Path;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{licence, CodeGenerator, Error, Result, SeededCodeGenerator};
use crate::store::{self, seed::Seeder};

pub const DEFAULT_USERS: usize = 60;
pub const MAX_USERS: usize = 1_000_000;

#[derive(Debug, Deserialize)]
struct Spec {
    org: OrgSpec,
    subscriptions: Vec<SubSpec>,
    locations: Vec<LocSpec>,
    names: Names,
    bw_templates: Vec<BwTemplateSpec>,
    licence_templates: Vec<LicenceTemplateSpec>,
}

#[derive(Debug, Deserialize)]
struct OrgSpec {
    name: String,
    country: String,
    smdp_address: String,
    suppress_emails: bool,
    code_lifetime_days: i64,
    go_countries: Vec<String>,
    allowed_email_domains: Vec<String>,
    email_domain: String,
}

#[derive(Debug, Deserialize)]
struct SubSpec {
    id: String,
    name: String,
    share: f64,
}

#[derive(Debug, Deserialize)]
struct LocSpec {
    name: String,
    country: String,
    weight: usize,
    block: String,
    mobile: String,
    operator: Option<String>,
    operator_account: Option<String>,
    operator_status: Option<String>,
    operator_reason: Option<String>,
    service: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Names {
    first: Vec<String>,
    last: Vec<String>,
    departments: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct BwTemplateSpec {
    name: String,
    untrusted_emails: bool,
    share_link: String,
    default_package: String,
}

#[derive(Debug, Deserialize)]
struct LicenceTemplateSpec {
    name: String,
    scope: String,
    group: Option<String>,
    grants_calling: bool,
    licences: Vec<String>,
}

/// What was built, for the CLI to report.
#[derive(Debug, Clone, Default, Serialize)]
pub struct DemoSummary {
    pub db: String,
    pub org: String,
    pub users: usize,
    pub numbers: usize,
    pub devices: usize,
    pub bw_subscribers: usize,
}

fn spec() -> Result<Spec> {
    toml::from_str(include_str!("../../assets/demo/org.toml")).map_err(|e| {
        Error::invalid(crate::said!("demo-spec-broken", file = "assets/demo/org.toml", error = e.to_string()))
    })
}

/// Adds `k` to the last digits of an E.164 block start (`+12142000000` + 5).
fn nth_number(block: &str, k: usize) -> String {
    let digits = &block[1..];
    let width = digits.len();
    let base: u64 = digits.parse().unwrap_or(0);
    format!("+{:0width$}", base + k as u64)
}

/// Creates the demo organisation in a new database at `path`. Refuses to touch an existing
/// database unless `force`, in which case it is replaced whole.
pub fn create(path: &Path, users: usize, force: bool, now: DateTime<Utc>) -> Result<DemoSummary> {
    if users == 0 || users > MAX_USERS {
        return Err(Error::invalid(crate::said!("demo-users-range", max = MAX_USERS.to_string())));
    }
    // A file with nothing in it (an earlier wxgo made one for a mistyped --db) is filled
    // without --force.
    if path.exists() && !store::holds_nothing(path) {
        store::ensure_wxgo(path)?;
        if !force {
            return Err(Error::invalid(crate::said!("demo-exists", path = path.display().to_string())));
        }
        for suffix in ["", "-wal", "-shm"] {
            let p = format!("{}{suffix}", path.display());
            if Path::new(&p).exists() {
                std::fs::remove_file(&p)
                    .map_err(|e| Error::io(crate::said!("demo-cannot-replace", path = &p, error = e.to_string())))?;
            }
        }
    }
    let mut conn = store::create(path)?;
    let tx = conn.transaction().map_err(store::db_error)?;
    let mut summary = build(&tx, users, now)?;
    tx.commit().map_err(store::db_error)?;
    summary.db = path.display().to_string();
    Ok(summary)
}

/// Builds the organisation inside the caller's transaction (tests use an in-memory database).
pub fn build(conn: &rusqlite::Connection, users: usize, now: DateTime<Utc>) -> Result<DemoSummary> {
    let spec = spec()?;
    let s = Seeder::new(conn, now);
    let codes = SeededCodeGenerator::new(0x5EED);
    let o = &spec.org;
    let org = s.org(
        &o.name,
        &o.country,
        &o.smdp_address,
        o.suppress_emails,
        o.code_lifetime_days,
        &o.go_countries.join(","),
        &o.allowed_email_domains.join(","),
    )?;
    let mut summary = DemoSummary { org: o.name.clone(), ..Default::default() };

    let subs: Vec<(String, i64)> =
        spec.subscriptions.iter().map(|sub| (sub.id.clone(), ((users as f64) * sub.share).ceil() as i64)).collect();
    for (sub, (id, pool)) in spec.subscriptions.iter().zip(&subs) {
        s.subscription(org, id, &sub.name, *pool)?;
    }

    // Locations, operator accounts, a service number each.
    struct Loc {
        id: i64,
        supported: bool,
        next_standard: usize,
        next_mobile: usize,
        account: Option<(i64, bool)>,
    }
    let mut locs = Vec::new();
    for l in &spec.locations {
        let id = s.location(org, &l.name, &l.country, true)?;
        let account = match (&l.operator, &l.operator_account, &l.operator_status) {
            (Some(op), Some(acct), Some(status)) => {
                let requested = if status == "pending" { now - Duration::hours(10) } else { now - Duration::days(12) };
                let a = s.operator_account(org, id, op, acct, status, l.operator_reason.as_deref(), requested)?;
                Some((a, status == "authorized"))
            }
            _ => None,
        };
        let mut loc = Loc {
            id,
            supported: o.go_countries.iter().any(|c| c == &l.country),
            next_standard: 0,
            next_mobile: 0,
            account,
        };
        if let Some(service) = &l.service {
            s.number(org, id, &nth_number(&l.block, loc.next_standard), "standard", None, Some(service), false, None)?;
            loc.next_standard += 1;
            summary.numbers += 1;
        }
        locs.push(loc);
    }
    let weights: Vec<usize> =
        spec.locations.iter().enumerate().flat_map(|(i, l)| std::iter::repeat_n(i, l.weight)).collect();

    let first = &spec.names.first;
    let last = &spec.names.last;
    let pairs = first.len() * last.len();
    let mut device_count = 0usize;
    // The reason a spreadsheet's national number was recorded with (AL02), as the checks word it.
    let national = "231-456-9000";
    let not_e164 =
        crate::said!("reason-work-number", what = crate::said!("reason-not-e164-national", number = national));
    for i in 0..users {
        // Every (first, last) pair once per round, neighbours differing in both (gcd(F+1, L) = 1).
        let p = i % pairs;
        let (f, l) = (&first[p % first.len()], &last[(p + p / first.len()) % last.len()]);
        let round = i / pairs;
        let email = if round == 0 {
            format!("{}.{}@{}", f.to_lowercase(), l.to_lowercase(), o.email_domain)
        } else {
            format!("{}.{}{}@{}", f.to_lowercase(), l.to_lowercase(), round + 1, o.email_domain)
        };
        let name = format!("{f} {l}");
        // Location and licence mix vary independently (i and i+10 differ in licence, not place).
        let li = weights[(i * 7 + i / 10) % weights.len()];
        let lspec = &spec.locations[li];
        let dept = &spec.names.departments[i % spec.names.departments.len()];
        let kind = i % 20;
        let (calling, pro) = match kind {
            0..=15 => (true, true),
            16 | 17 => (true, false),
            _ => (false, false),
        };
        let wants_mobile = pro && kind % 8 == 2 && locs[li].account.is_some_and(|(_, ok)| ok);
        let has_primary = calling && i % 13 != 5;
        let primary = if has_primary && !wants_mobile {
            let n = nth_number(&lspec.block, locs[li].next_standard);
            locs[li].next_standard += 1;
            Some(n)
        } else {
            None
        };
        let (status, reason, work_phone) = match (calling, kind) {
            (true, _) => ("provisioned", None, primary.clone()),
            (false, 18) => ("not_provisioned", Some(not_e164.as_str()), Some(national.to_string())),
            _ => ("none", None, None),
        };
        let ext = (10_000 + i).to_string();
        let uid = s.user(
            org,
            &email,
            &name,
            Some(locs[li].id),
            work_phone.as_deref(),
            calling.then_some(ext.as_str()),
            Some(dept),
            status,
            reason,
        )?;
        summary.users += 1;
        if pro {
            s.licence(uid, licence::CALLING_PROFESSIONAL)?;
        } else if calling {
            s.licence(uid, licence::CALLING_BASIC)?;
        }
        s.licence(uid, licence::MEETINGS)?;
        if kind != 16 {
            s.licence(uid, licence::MESSAGING)?;
        }
        let mut number_id = None;
        if let Some(n) = &primary {
            number_id = Some(s.number(org, locs[li].id, n, "standard", Some(uid), None, true, None)?);
            summary.numbers += 1;
        }
        if wants_mobile {
            let (acct, _) = locs[li].account.unwrap_or((0, false));
            let n = nth_number(&lspec.mobile, locs[li].next_mobile);
            locs[li].next_mobile += 1;
            let nid = s.number(org, locs[li].id, &n, "mobile", Some(uid), None, true, Some(acct))?;
            summary.numbers += 1;
            let sub = &subs[0].0;
            s.device(org, uid, sub, "mobile_operator", "online", Some(nid), now - Duration::days(20))?;
            device_count += 1;
            continue;
        }
        // BYOD devices in every status for most eligible users.
        if pro && locs[li].supported && number_id.is_some() && (i / 10) % 3 != 1 {
            let d = device_count;
            device_count += 1;
            let sub = if d % 4 == 3 { &subs[1].0 } else { &subs[0].0 };
            let (status, code_state, issued) = match d % 5 {
                0 | 1 => ("online", "used", now - Duration::days(30)),
                2 => ("offline", "used", now - Duration::days(45)),
                3 => ("activation_pending", "valid", now - Duration::days(2)),
                _ => ("activation_pending", "valid", now - Duration::days(100)), // expired code
            };
            let dev = s.device(org, uid, sub, "byod", status, None, issued)?;
            // The demo's codes are thrown away at once: the admin issues new ones to hand out.
            let hash = codes.generate().hash();
            s.code(dev, &hash, code_state, issued, issued + Duration::days(o.code_lifetime_days))?;
        }
    }
    summary.devices = device_count;

    // The rest of each location's inventory: free standard numbers and operator mobile numbers.
    for (li, lspec) in spec.locations.iter().enumerate() {
        let used = locs[li].next_standard;
        for k in used..used + used / 2 + 3 {
            s.number(org, locs[li].id, &nth_number(&lspec.block, k), "standard", None, None, false, None)?;
            summary.numbers += 1;
        }
        if let Some((acct, true)) = locs[li].account {
            let start = locs[li].next_mobile;
            let extra = (users * 3 / 20).max(8);
            for k in start..start + extra {
                s.number(org, locs[li].id, &nth_number(&lspec.mobile, k), "mobile", None, None, false, Some(acct))?;
                summary.numbers += 1;
            }
        }
    }

    // BroadWorks subscribers in every status.
    let mut templates = Vec::new();
    for t in &spec.bw_templates {
        templates.push(s.bw_template(org, &t.name, t.untrusted_emails, &t.share_link, &t.default_package)?);
    }
    const STATUSES: [&str; 14] = [
        "provisioned",
        "pending_email_input",
        "provisioned",
        "error",
        "pending_email_validation",
        "provisioned",
        "pending_user_migration",
        "provisioning",
        "error",
        "provisioned",
        "updating",
        "pending_email_input",
        "provisioned",
        "error",
    ];
    const ERRORS: [(&str, &str); 3] = [
        ("BW-4003", "The email address is already used by another Webex user."),
        ("BW-4100", "The email domain is not allowed for this organisation."),
        ("BW-4021", "The customer template does not accept untrusted emails: set user verification to Untrusted emails and the share link to the activation link."),
    ];
    const PACKAGES: [&str; 4] = ["softphone", "basic", "standard", "premium"];
    let subscribers = (users / 50).max(STATUSES.len());
    for j in 0..subscribers {
        let status = STATUSES[j % STATUSES.len()];
        let p = (j * 31 + 7) % pairs;
        let (f, l) = (&first[p % first.len()], &last[p / first.len()]);
        let needs_email = matches!(status, "pending_email_input");
        let email = format!("{}.{}.bw{j}@acme-partner.example", f.to_lowercase(), l.to_lowercase());
        let error = (status == "error").then(|| ERRORS[(j / STATUSES.len() + j) % ERRORS.len()]);
        let template = if error.is_some_and(|e| e.0 == "BW-4021") { templates[1] } else { templates[j % 3 / 2] };
        s.bw_subscriber(
            org,
            template,
            &format!("acme{:06}@bw.acmefarms.example", j + 1),
            f,
            l,
            (!needs_email).then_some(email.as_str()),
            Some(&nth_number("+12143000000", j)),
            Some(&(20_000 + j).to_string()),
            PACKAGES[j % PACKAGES.len()],
            status,
            error,
            status == "provisioned" && j % 2 == 0,
            now - Duration::minutes((j as i64 % 500) * 37),
        )?;
    }
    summary.bw_subscribers = subscribers;

    for t in &spec.licence_templates {
        s.licence_template(org, &t.name, &t.scope, t.group.as_deref(), t.grants_calling, &t.licences.join(","))?;
    }
    s.audit(org, "wxgo demo", "create demo organisation", &format!("org:{}", o.name), &format!("{users} users"))?;
    Ok(summary)
}
