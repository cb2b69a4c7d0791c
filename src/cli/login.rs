//! `wxgo login`, `logout` and `whoami`: the Webex sign-in of a profile (the OAuth device grant,
//! the way `gh auth login` does it). No secret is ever printed.

use std::io::IsTerminal;

use clap::Args;
use serde::Serialize;

use super::open::{needs_webex_profile, side, trace};
use super::output::{self, warn};
use super::Ctx;
use crate::domain::{Error, Result};
use crate::i18n::{Arg, Tr};
use crate::outside::webex::auth::{system_now, tokio_sleeper};
use crate::outside::webex::{DeviceFlow, StoredIn, WhoAmI};
use crate::service::signin::{self as wx, AuthChoice, WebexSide};

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

#[derive(Debug, Args)]
pub struct LoginArgs {
    /// The Webex integration's client id (default: client_id of the profile)
    #[arg(long, value_name = "ID")]
    pub client_id: Option<String>,
    /// Do not draw the QR code
    #[arg(long)]
    pub no_qr: bool,
}

#[derive(Debug, Args)]
pub struct LogoutArgs {
    /// Also delete the profile's cached organisation data
    #[arg(long)]
    pub purge: bool,
}

fn runtime() -> Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| Error::io(crate::said!("runtime-cannot-start", error = e.to_string())))
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
pub(super) fn login(ctx: &Ctx, args: &LoginArgs) -> Result<()> {
    let (cli, client_id, no_qr) = (ctx.cli, args.client_id.as_deref(), args.no_qr);
    let profile = needs_webex_profile(cli, "login")?;
    let Some(id) = client_id.map(str::to_string).or_else(|| profile.client_id.clone()) else {
        return Err(Error::auth(crate::said!(
            "login-no-client-id",
            name = &profile.name,
            file = profile.file.display().to_string()
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
    let tr = output::tr();
    warn(&tr.t_with("cli-login-to", &[("profile", Arg::from(&profile.name))]));
    warn(&tr.t_with("cli-login-open", &[("url", Arg::from(&auth.verification_uri))]));
    warn(&tr.t_with("cli-login-code", &[("code", Arg::from(&auth.user_code))]));
    if !no_qr {
        warn(&tr.t("cli-login-scan"));
        print_qr(&url);
    }
    warn(&tr.t_with("cli-login-waiting", &[("minutes", Arg::from(auth.expires_in.div_ceil(60) as usize))]));
    let tokens = rt.block_on(flow.poll(&auth))?;
    drop(rt);
    let store = wx::token_store(&profile)?;
    let stored = store.save(&tokens)?;
    warn(&tr.t_with("cli-login-signed-in", &[("kept", Arg::from(&kept_where(&stored, tr)))]));
    if matches!(AuthChoice::from_env(cli.token_env.as_deref()), AuthChoice::Env(_)) {
        warn(&tr.t("cli-login-env-token"));
    }
    let side = WebexSide::new(profile.clone(), AuthChoice::Stored, trace(cli)?);
    let who = side.client()?.whoami()?;
    let (person, org) = (person_line(&who), org_line(&who, tr));
    let you = [("person", Arg::from(&person)), ("org", Arg::from(&org))];
    warn(&tr.t_with("cli-login-you-are", &you));
    let ro = wx::read_only_reason(&profile, &side.client()?.api().tokens().info(), &who.roles);
    if let Some(r) = ro {
        let r = tr.text(&crate::domain::error::read_only_why(&r));
        warn(&tr.t_with("cli-login-read-only", &[("reason", Arg::from(&r))]));
    }
    warn(&tr.t_with("cli-login-next", &[("command", Arg::from("wxgo sync"))]));
    Ok(())
}

/// Where the sign-in was kept, in the language (the path and the keyring's own words as they are).
fn kept_where(stored: &StoredIn, tr: &Tr) -> String {
    match stored {
        StoredIn::Keyring => tr.t("cli-login-kept-keyring"),
        StoredIn::File { path, keyring_error: Some(why) } => {
            let why = tr.text(&crate::outside::webex::token_store::keyring_error_said(why));
            tr.t_with(
                "cli-login-kept-file-no-keyring",
                &[("why", Arg::from(&why)), ("path", Arg::from(&path.display().to_string()))],
            )
        }
        StoredIn::File { path, keyring_error: None } => {
            tr.t_with("cli-login-kept-file", &[("path", Arg::from(&path.display().to_string()))])
        }
    }
}

fn person_line(w: &WhoAmI) -> String {
    let name = w.person.display_name.clone().unwrap_or_default();
    format!("{name} <{}>", w.person.primary_email().unwrap_or("?"))
}

/// The organisation as far as Webex said: its name and id, else the id with why the name is
/// missing, else that it is not known.
fn org_line(w: &WhoAmI, tr: &Tr) -> String {
    let name = w.org.as_ref().and_then(|o| o.display_name.as_deref()).filter(|n| !n.trim().is_empty());
    let id = w.org.as_ref().map(|o| o.id.as_str()).or(w.person.org_id.as_deref()).filter(|i| !i.is_empty());
    match (name, id) {
        (Some(n), Some(i)) => format!("{n} ({i})"),
        (Some(n), None) => n.to_string(),
        (None, Some(i)) if w.org.is_none() => tr.t_with("cli-org-id-unreadable", &[("id", Arg::from(i))]),
        (None, Some(i)) => tr.t_with("cli-org-id-nameless", &[("id", Arg::from(i))]),
        (None, None) => tr.t("cli-org-not-known"),
    }
}

/// `wxgo logout [--purge]`.
pub(super) fn logout(ctx: &Ctx, args: &LogoutArgs) -> Result<()> {
    let (cli, purge) = (ctx.cli, args.purge);
    let profile = needs_webex_profile(cli, "logout")?;
    if purge && cli.read_only {
        // Deleting the cache is a change like any other: --read-only refuses it, before anything.
        return Err(Error::ReadOnly(
            "logout --purge (delete the sign-in and the profile's cache); the sign-in was kept too".into(),
        ));
    }
    wx::token_store(&profile)?.delete()?;
    let tr = output::tr();
    warn(&tr.t_with("cli-logout-done", &[("profile", Arg::from(&profile.name))]));
    if purge {
        let db = cli.db.clone().unwrap_or_else(|| profile.db_path());
        let mut gone = 0;
        for suffix in ["", "-wal", "-shm"] {
            let mut p = db.clone().into_os_string();
            p.push(suffix);
            match std::fs::remove_file(&p) {
                Ok(()) => gone += 1,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => {
                    let path = db.display().to_string();
                    return Err(Error::io(crate::said!("file-cannot-delete", path = path, error = e.to_string())));
                }
            }
        }
        let path = db.display().to_string();
        if gone > 0 {
            warn(&tr.t_with("cli-logout-purged", &[("path", Arg::from(&path))]));
        } else {
            warn(&tr.t_with("cli-logout-no-cache", &[("path", Arg::from(&path))]));
        }
    }
    if std::env::var("WEBEX_TOKEN").is_ok_and(|t| !t.trim().is_empty()) {
        warn(&tr.t("cli-logout-env-token"));
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
pub(super) fn whoami(ctx: &Ctx) -> Result<()> {
    let cli = ctx.cli;
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
    let tr = output::tr();
    let labels = [
        "cli-whoami-profile",
        "cli-whoami-person",
        "cli-whoami-org",
        "cli-whoami-roles",
        "cli-whoami-token",
        "cli-whoami-scopes",
        "cli-whoami-expires",
        "cli-whoami-read-only",
    ]
    .map(|id| tr.t(id));
    // The values start in one column: 14 in English, past the longest label in any language.
    let width = labels.iter().map(|l| unicode_width::UnicodeWidthStr::width(l.as_str()) + 1).max().unwrap_or(0).max(14);
    let line = |k: &str, v: &str| {
        let pad = " ".repeat(width.saturating_sub(unicode_width::UnicodeWidthStr::width(k)));
        output::say(&format!("{k}{pad}{v}"))
    };
    let [profile_l, person_l, org_l, roles_l, token_l, scopes_l, expires_l, read_only_l] = &labels;
    line(profile_l, &format!("{} ({})", profile.name, profile.base_url));
    line(person_l, &person_line(&w));
    line(org_l, &org_line(&w, tr));
    line(roles_l, &if j.roles.is_empty() { "-".to_string() } else { j.roles.join(", ") });
    line(token_l, &tr.t(if w.token_kind == "static" { "cli-whoami-token-static" } else { "cli-whoami-token-oauth" }));
    line(scopes_l, &if w.scopes.is_empty() { tr.t("cli-whoami-scopes-unknown") } else { w.scopes.join(" ") });
    line(
        expires_l,
        &match w.expires_at {
            // Local time, in the language's short form (`%Y-%m-%d %H:%M` in English).
            Some(t) => t.with_timezone(&chrono::Local).format(&tr.t("fmt-datetime-short")).to_string(),
            None => tr.t("cli-whoami-expires-unknown"),
        },
    );
    if let Some(r) = &j.read_only_reason {
        line(read_only_l, &tr.text(&crate::domain::error::read_only_why(r)));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::cli::tests::{parse, parse_cli};
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn login_takes_a_client_id_and_no_qr() {
        let Command::Login(a) = parse(&["login"]).unwrap() else { panic!("not login") };
        assert_eq!((a.client_id, a.no_qr), (None, false));
        let Command::Login(a) = parse(&["login", "--client-id", "C123", "--no-qr"]).unwrap() else {
            panic!("not login")
        };
        assert_eq!((a.client_id.as_deref(), a.no_qr), (Some("C123"), true));
        assert_eq!(parse(&["login", "--client-id"]).unwrap_err().kind(), ErrorKind::InvalidValue);
    }

    #[test]
    fn logout_purges_only_when_asked() {
        let Command::Logout(a) = parse(&["logout"]).unwrap() else { panic!("not logout") };
        assert!(!a.purge);
        let Command::Logout(a) = parse(&["logout", "--purge"]).unwrap() else { panic!("not logout") };
        assert!(a.purge);
    }

    #[test]
    fn whoami_takes_no_argument_but_the_global_flags() {
        assert!(matches!(parse(&["whoami"]).unwrap(), Command::Whoami));
        let cli = parse_cli(&["whoami", "--json", "--profile", "acme", "--token-env", "T"]).unwrap();
        assert!(cli.json);
        assert_eq!(cli.profile.as_deref(), Some("acme"));
        assert_eq!(cli.token_env.as_deref(), Some("T"));
        assert_eq!(parse(&["whoami", "extra"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    #[test]
    fn whoami_says_what_is_known_of_the_organisation() {
        use crate::outside::webex::models::{Organization, Person};
        use crate::outside::webex::WhoAmI;
        let person = Person { org_id: Some("ORG-1".into()), ..Person::default() };
        let mut w = WhoAmI { person, org: None, roles: vec![], token_kind: "static", scopes: vec![], expires_at: None };
        let line = super::org_line(&w, crate::i18n::english());
        assert!(line.starts_with("id ORG-1 (") && line.contains("may not read"), "{line}");
        assert!(!line.contains("organisation ORG-1"), "{line}");
        w.org = Some(Organization { id: "ORG-1".into(), display_name: Some("Acme Corp".into()), created: None });
        assert_eq!(super::org_line(&w, crate::i18n::english()), "Acme Corp (ORG-1)");
        w.org = Some(Organization { id: "ORG-1".into(), display_name: None, created: None });
        assert_eq!(super::org_line(&w, crate::i18n::english()), "id ORG-1 (Webex gives it no name)");
        w.org = None;
        w.person.org_id = None;
        assert!(super::org_line(&w, crate::i18n::english()).starts_with("not known"));
    }

    #[test]
    fn login_asks_for_the_write_scopes_apart_from_the_read_ones() {
        for s in super::WRITE_SCOPES {
            assert!(!super::READ_SCOPES.contains(s), "{s} is in both");
            assert!(s.ends_with("_write"), "{s}");
        }
        assert!(super::READ_SCOPES.iter().all(|s| s.ends_with("_read")));
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_login_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["login"]), "login [--client-id <ID>] [--no-qr]");
        assert_eq!(surface(&["logout"]), "logout [--purge]");
        assert_eq!(surface(&["whoami"]), "whoami");
    }
}
