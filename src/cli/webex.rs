//! The CLI of the `webex` backend: `login`, `logout`, `whoami`, `orgs`, `sync`, and opening the
//! cache for every read (with the age of the data on stderr). No secret is ever printed.

use std::io::IsTerminal;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use serde::Serialize;

use super::output::{self, warn};
use super::Cli;
use crate::domain::{Error, Result};
use crate::outside::profiles::{BackendKind, Profile, Profiles};
use crate::outside::webex::auth::{system_now, tokio_sleeper};
use crate::outside::webex::{DeviceFlow, TraceSink, WhoAmI};
use crate::outside::Clock;
use crate::service::signin::{self as wx, AuthChoice, WebexSide};
use crate::service::sync::{SyncOptions, SyncProgress, SyncReport};
use crate::service::{Options, Service};

/// The scopes `wxgo login` asks for: reading the organisation, and (unless the profile is
/// read-only) the writes issue 17 sends.
pub const READ_SCOPES: &[&str] = &[
    "spark:people_read",
    "spark-admin:people_read",
    "spark-admin:licenses_read",
    "spark-admin:devices_read",
    "spark-admin:locations_read",
    "spark-admin:telephony_config_read",
    "spark-admin:organizations_read",
    "spark-admin:broadworks_subscribers_read",
    "audit:events_read",
];
pub const WRITE_SCOPES: &[&str] = &[
    "spark-admin:people_write",
    "spark-admin:devices_write",
    "spark-admin:telephony_config_write",
    "spark-admin:broadworks_subscribers_write",
];

/// The profile chosen by `--profile`, `WXGO_PROFILE` or `default_profile`; never with `--demo`.
pub fn selected_profile(cli: &Cli) -> Result<Option<Profile>> {
    if cli.demo {
        return Ok(None);
    }
    let env = std::env::var("WXGO_PROFILE").ok();
    Profiles::load()?.select(cli.profile.as_deref(), env.as_deref())
}

/// The webex profile chosen, if the chosen one is a webex profile.
pub fn webex_profile(cli: &Cli) -> Result<Option<Profile>> {
    Ok(selected_profile(cli)?.filter(|p| p.backend == BackendKind::Webex))
}

fn needs_webex_profile(cli: &Cli, what: &str) -> Result<Profile> {
    if let Some(p) = webex_profile(cli)? {
        return Ok(p);
    }
    let file =
        crate::outside::config::config_file().map(|f| f.display().to_string()).unwrap_or_else(|| "config.toml".into());
    Err(Error::Invalid(format!(
        "`wxgo {what}` works on a profile of a real organisation, and none is chosen. Add one to {file}:\n\n  \
         default_profile = \"acme\"\n  [profiles.acme]\n  backend = \"webex\"\n  client_id = \"YOUR_INTEGRATION_CLIENT_ID\"\n\n\
         then run `wxgo login` (or choose one with --profile NAME or WXGO_PROFILE). See \"Connect to your \
         organisation\" in the README."
    )))
}

fn trace(cli: &Cli) -> Result<Option<TraceSink>> {
    match &cli.trace {
        None => Ok(None),
        Some(p) => {
            let (sink, replaced) = TraceSink::to_private_file(p)
                .map_err(|e| Error::Io(format!("cannot open the trace file {}: {e}", p.display())))?;
            if let Some(note) = replaced.note(p) {
                warn(&format!("--trace: {note}"));
            }
            Ok(Some(sink))
        }
    }
}

fn side(cli: &Cli, profile: &Profile) -> Result<WebexSide> {
    Ok(WebexSide::new(profile.clone(), AuthChoice::from_env(cli.token_env.as_deref()), trace(cli)?))
}

fn options(cli: &Cli, profile: &Profile) -> Options {
    let mut o = Options::new(cli.db.clone().unwrap_or_else(|| profile.db_path()));
    o.read_only = cli.read_only;
    o.org = cli.org.clone();
    o
}

/// Opens the cache of the profile's organisation for a command, and says on stderr whose data it
/// is and how old (reads answer from the cache, offline too).
pub fn open_cache(cli: &Cli, profile: &Profile, clock: Arc<dyn Clock>) -> Result<Service> {
    let svc = Service::open_webex(&options(cli, profile), side(cli, profile)?, clock)?;
    say_age(&svc, profile)?;
    Ok(svc)
}

fn say_age(svc: &Service, profile: &Profile) -> Result<()> {
    if let Some(age) = svc.data_as_of()? {
        let running = if age.sync_unfinished && age.synced_at.is_some() {
            " (a later sync did not finish: this is the last complete copy)"
        } else {
            ""
        };
        warn(&format!("{} · profile {} (webex) · {}{running}", svc.org().name, profile.name, age.words));
        for n in &age.notes {
            warn(&format!("  note: {n}"));
        }
    }
    if let Some(r) = svc.read_only_reason() {
        warn(&format!("  read-only: {r}"));
    }
    Ok(())
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::Io(format!("cannot start the network runtime: {e}")))
}

/// The verification URL as a QR code of half blocks, dark on light whatever the terminal's theme.
fn print_qr(url: &str) {
    let Some(grid) = crate::tui::qr::QrGrid::new(url, qrcode::EcLevel::M, 2) else { return };
    let colour = std::io::stderr().is_terminal() && std::env::var_os("NO_COLOR").is_none();
    for line in grid.lines() {
        if colour {
            eprintln!("  \x1b[30;47m{line}\x1b[0m");
        } else {
            eprintln!("  {line}");
        }
    }
}

/// `wxgo login`: the OAuth device grant. Shows the URL, the code and a QR code; waits; stores
/// the tokens and says where.
pub fn login(cli: &Cli, client_id: Option<&str>, no_qr: bool) -> Result<()> {
    let profile = needs_webex_profile(cli, "login")?;
    let Some(id) = client_id.map(str::to_string).or_else(|| profile.client_id.clone()) else {
        return Err(Error::Auth(format!(
            "signing in needs the client id of a Webex integration: set client_id in [profiles.{}] of {} \
             (or pass --client-id). Create the integration at developer.webex.com > My Webex Apps; the README's \
             \"Connect to your organisation\" lists the scopes it needs.",
            profile.name,
            profile.file.display()
        )));
    };
    let secret = profile.client_secret(|k| std::env::var(k).ok())?;
    let app = wx::oauth_app(&profile, Some(&id), secret);
    let cfg = wx::client_config(&profile, trace(cli)?);
    let http = crate::outside::webex::client::build_http(&cfg)?;
    let rt = runtime()?;
    let flow = DeviceFlow::new(app, http.clone(), tokio_sleeper(), system_now())
        .with_transport(crate::outside::webex::auth::OAuthHttp::from_config(http, &cfg));
    let mut scopes: Vec<&str> = READ_SCOPES.to_vec();
    if !profile.read_only {
        scopes.extend_from_slice(WRITE_SCOPES);
    }
    let auth = rt.block_on(flow.start(&scopes))?;
    let url = auth.verification_uri_complete.clone().unwrap_or_else(|| auth.verification_uri.clone());
    warn(&format!("To sign in to Webex for profile \"{}\":", profile.name));
    warn(&format!("  open {}", auth.verification_uri));
    warn(&format!("  and enter the code {}", auth.user_code));
    if !no_qr {
        warn("  or scan this with a phone:");
        print_qr(&url);
    }
    warn(&format!("Waiting for the sign-in (the code works for {} minutes)...", auth.expires_in.div_ceil(60)));
    let tokens = rt.block_on(flow.poll(&auth))?;
    drop(rt);
    let store = wx::token_store(&profile)?;
    let stored = store.save(&tokens)?;
    warn(&format!("Signed in. {}", stored.describe()));
    if matches!(AuthChoice::from_env(cli.token_env.as_deref()), AuthChoice::Env(_)) {
        warn("Note: a token is set in the environment (WEBEX_TOKEN or --token-env): commands use it, not this sign-in, while it is set.");
    }
    let side = WebexSide::new(profile.clone(), AuthChoice::Stored, trace(cli)?);
    let who = side.client()?.whoami()?;
    warn(&format!("You are {} in {}.", person_line(&who), org_line(&who)));
    let ro = wx::read_only_reason(&profile, &side.client()?.api().tokens().info(), &who.roles);
    if let Some(r) = ro {
        warn(&format!("This profile opens read-only: {r}."));
    }
    warn("Next: `wxgo sync` copies the organisation into the cache.");
    Ok(())
}

fn person_line(w: &WhoAmI) -> String {
    let name = w.person.display_name.clone().unwrap_or_default();
    format!("{name} <{}>", w.person.primary_email().unwrap_or("?"))
}

fn org_line(w: &WhoAmI) -> String {
    match &w.org {
        Some(o) => format!("{} ({})", o.display_name.as_deref().unwrap_or("?"), o.id),
        None => format!("organisation {}", w.person.org_id.as_deref().unwrap_or("?")),
    }
}

/// `wxgo logout [--purge]`.
pub fn logout(cli: &Cli, purge: bool) -> Result<()> {
    let profile = needs_webex_profile(cli, "logout")?;
    if purge && cli.read_only {
        // Deleting the cache is a change like any other: --read-only refuses it, before anything.
        return Err(Error::ReadOnly(
            "logout --purge (delete the sign-in and the profile's cache); the sign-in was kept too".into(),
        ));
    }
    wx::token_store(&profile)?.delete()?;
    warn(&format!("Signed out of profile \"{}\": its stored sign-in is deleted (keyring and file).", profile.name));
    if purge {
        let db = cli.db.clone().unwrap_or_else(|| profile.db_path());
        let mut gone = 0;
        for suffix in ["", "-wal", "-shm"] {
            let mut p = db.clone().into_os_string();
            p.push(suffix);
            match std::fs::remove_file(&p) {
                Ok(()) => gone += 1,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Error::Io(format!("cannot delete {}: {e}", db.display()))),
            }
        }
        if gone > 0 {
            warn(&format!("The cached organisation data in {} is deleted.", db.display()));
        } else {
            warn(&format!("There was no cached organisation data ({} does not exist).", db.display()));
        }
    }
    if std::env::var("WEBEX_TOKEN").is_ok_and(|t| !t.trim().is_empty()) {
        warn("Note: WEBEX_TOKEN is still set in this shell; unset it to stop using that token.");
    }
    Ok(())
}

#[derive(Serialize)]
struct WhoAmIJson<'a> {
    profile: &'a str,
    person: String,
    email: Option<&'a str>,
    org: Option<String>,
    org_id: Option<String>,
    roles: Vec<String>,
    token: &'a str,
    scopes: &'a [String],
    expires_at: Option<chrono::DateTime<chrono::Utc>>,
    read_only_reason: Option<String>,
}

/// `wxgo whoami`.
pub fn whoami(cli: &Cli) -> Result<()> {
    let profile = needs_webex_profile(cli, "whoami")?;
    let side = side(cli, &profile)?;
    let client = side.client()?;
    let w = client.whoami()?;
    let ro = wx::read_only_reason(&profile, &client.api().tokens().info(), &w.roles);
    let roles: Vec<String> = w.roles.iter().map(|r| wx::role_name(r)).collect();
    let j = WhoAmIJson {
        profile: &profile.name,
        person: w.person.display_name.clone().unwrap_or_default(),
        email: w.person.primary_email(),
        org: w.org.as_ref().and_then(|o| o.display_name.clone()),
        org_id: w.org.as_ref().map(|o| o.id.clone()).or_else(|| w.person.org_id.clone()),
        roles,
        token: if w.token_kind == "static" {
            "static (from the environment, never stored)"
        } else {
            "oauth (wxgo login)"
        },
        scopes: &w.scopes,
        expires_at: w.expires_at,
        read_only_reason: ro,
    };
    if cli.json {
        return output::json(&j);
    }
    let line = |k: &str, v: &str| output::say(&format!("{k:<14}{v}"));
    line("Profile:", &format!("{} ({})", profile.name, profile.base_url));
    line("Person:", &person_line(&w));
    line("Organisation:", &org_line(&w));
    line("Roles:", &if j.roles.is_empty() { "-".to_string() } else { j.roles.join(", ") });
    line("Token:", j.token);
    line(
        "Scopes:",
        &if w.scopes.is_empty() { "not known for this kind of token".to_string() } else { w.scopes.join(" ") },
    );
    line(
        "Expires:",
        &match w.expires_at {
            Some(t) => t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string(),
            None => "not known (renewed by Webex's rules for this kind of token)".into(),
        },
    );
    if let Some(r) = &j.read_only_reason {
        line("Read-only:", r);
    }
    Ok(())
}

/// `wxgo orgs`: the organisations this sign-in manages, and which the cache holds.
pub fn orgs(cli: &Cli, clock: Arc<dyn Clock>) -> Result<()> {
    let profile = needs_webex_profile(cli, "orgs")?;
    let db = cli.db.clone().unwrap_or_else(|| profile.db_path());
    let side = side(cli, &profile)?;
    let list = crate::service::sync::org_choices_in(&db, &side)?;
    if cli.json {
        return output::json(&list);
    }
    let now = clock.now();
    let mut t = output::table(&["Organisation", "Id", "Cached"]);
    for o in &list {
        use super::output::CleanRows;
        t.clean_row(vec![
            o.name.clone(),
            o.id.clone(),
            o.synced_at.map(|s| wx::age_words(s, now)).unwrap_or_else(|| "no (wxgo sync --org NAME)".into()),
        ]);
    }
    output::say(&t.to_string());
    Ok(())
}

/// `wxgo sync [--full]`: a progress line on stderr, then what was mirrored.
pub fn sync(cli: &Cli, full: bool, clock: Arc<dyn Clock>) -> Result<()> {
    let profile = needs_webex_profile(cli, "sync")?;
    let (svc, report) = sync_with_progress(cli, &profile, full, clock)?;
    print_report(cli, &report)?;
    if let Some(r) = svc.read_only_reason() {
        warn(&format!("read-only: {r}"));
    }
    Ok(())
}

/// A sync into the profile's cache with a progress line on a terminal (stderr).
fn sync_with_progress(
    cli: &Cli,
    profile: &Profile,
    full: bool,
    clock: Arc<dyn Clock>,
) -> Result<(Service, SyncReport)> {
    let opts = options(cli, profile);
    let tty = std::io::stderr().is_terminal();
    let mut last = std::time::Instant::now();
    let mut progress = |p: &SyncProgress| {
        if tty && (last.elapsed().as_millis() >= 100 || p.phase != crate::service::sync::SyncPhase::Fetching) {
            last = std::time::Instant::now();
            eprint!("\r\x1b[2K{}", crate::domain::text::for_terminal(&p.line()));
        }
    };
    let cancel = AtomicBool::new(false);
    let sync_opts = SyncOptions { org: cli.org.clone(), full };
    let result = Service::sync_new(&opts, side(cli, profile)?, clock, &sync_opts, &mut progress, &cancel);
    if tty {
        eprintln!();
    }
    result
}

fn print_report(cli: &Cli, r: &SyncReport) -> Result<()> {
    if cli.json {
        return output::json(r);
    }
    output::say(&format!("Synced {} ({}) in {} pages:", r.org, r.org_id, r.pages));
    for p in &r.parts {
        match &p.note {
            Some(n) if p.state != "ok" => output::say(&format!("  {:<11} -     {n}", p.resource)),
            Some(n) => output::say(&format!("  {:<11} {:<5} ({n})", p.resource, p.items)),
            None => output::say(&format!("  {:<11} {}", p.resource, p.items)),
        }
    }
    Ok(())
}

/// The console on a webex profile: the real organisation's service (it polls Webex, syncs in
/// the background and sends changes through the API). Opens the cache, saying how old it is;
/// with no cache yet, syncs it first with a progress line.
pub fn console_service(cli: &Cli, profile: &Profile, clock: Arc<dyn Clock>) -> Result<(Options, Service)> {
    let opts = options(cli, profile);
    if opts.db.exists() {
        return Ok((opts, open_cache(cli, profile, clock)?));
    }
    warn(&format!("profile \"{}\" has no copy of its organisation yet: syncing it first", profile.name));
    let (svc, report) = sync_with_progress(cli, profile, false, clock)?;
    warn(&format!("synced {} in {} pages; opening the console", report.org, report.pages));
    Ok((opts, svc))
}
