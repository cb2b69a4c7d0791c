//! Which organisation a command works on, and opening it: the local database (`--db`,
//! `WXGO_DB`, a local profile's `db`, or the demo beside it with `--demo`), or the cache of a
//! Webex profile (`--profile`, `WXGO_PROFILE`, `default_profile`), with the age of its data
//! said on stderr. No secret is ever printed.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::output::warn;
use super::Cli;
use crate::domain::{Error, Result};
use crate::i18n::Arg;
use crate::outside::profiles::{BackendKind, Profile, Profiles};
use crate::outside::webex::TraceSink;
use crate::outside::Clock;
use crate::service::signin::{AuthChoice, WebexSide};
use crate::service::{self, demo, Options, Service};

/// Opens the organisation a command works on: the chosen Webex profile's cache, else the local
/// database (the demo is created on first use with `--demo`).
///
/// Activation letters and emails are written in the admin's language (`--letter-lang` on a
/// command that writes them chooses another).
pub(super) fn open(cli: &Cli, clock: Arc<dyn Clock>) -> Result<Service> {
    let lang = letter_lang(cli)?;
    if let Some(p) = webex_profile(cli)? {
        return Ok(open_cache(cli, &p, clock)?.with_letter_lang(lang));
    }
    let db = demo_on_first_use(cli, &clock)?;
    Ok(Service::open(&local_options(cli, db), clock)?.with_letter_lang(lang))
}

/// The admin's language, as the console chooses it: `--lang`, the config's `lang`, the locale.
/// A config.toml the console cannot read (its own settings) is the console's to report: here
/// only its `lang` counts.
fn letter_lang(cli: &Cli) -> Result<crate::i18n::Lang> {
    let config = crate::tui::config::config_dir()
        .and_then(|d| crate::tui::config::Config::load(&d.join("config.toml")).ok())
        .unwrap_or_default();
    crate::i18n::choose(cli.lang.as_deref(), config.lang.as_deref(), crate::i18n::process_env)
}

// ---------------------------------------------------------------- the local database

/// The database a command works on: `--db`, `WXGO_DB` or the default one; with `--demo`, the
/// demo database beside it.
pub(super) fn db_path(cli: &Cli) -> PathBuf {
    // A local profile may name its database; `--db` still wins.
    let profile_db = match selected_profile(cli) {
        Ok(Some(p)) if p.backend == BackendKind::Local => p.db,
        _ => None,
    };
    let db = cli.db.clone().or(profile_db).unwrap_or_else(service::default_db_path);
    if cli.demo {
        demo_db_beside(&db)
    } else {
        db
    }
}

/// The demo database used by `wxgo --demo` when no `--db` is given: beside the default one.
pub fn demo_db_path() -> PathBuf {
    demo_db_beside(&service::default_db_path())
}

/// `demo.db` in the folder of `db`: the demo never replaces the database itself.
pub fn demo_db_beside(db: &Path) -> PathBuf {
    db.with_file_name("demo.db")
}

/// With `--demo`, the demo organisation is created on first use (by the console and by every
/// command alike). Without it nothing is created: a read never makes a database.
pub(super) fn demo_on_first_use(cli: &Cli, clock: &Arc<dyn Clock>) -> Result<PathBuf> {
    let path = db_path(cli);
    if cli.demo && !path.exists() {
        let summary = demo::create(&path, demo::DEFAULT_USERS, false, clock.now())?;
        let args = [("org", Arg::from(&summary.org)), ("db", Arg::from(&summary.db))];
        super::output::warn(&super::output::tr().t_with("cli-demo-first-use", &args));
    }
    Ok(path)
}

/// The options of the local database `db`, from the global flags.
pub(super) fn local_options(cli: &Cli, db: PathBuf) -> Options {
    let mut opts = Options::new(db);
    opts.read_only = cli.read_only;
    opts.org = cli.org.clone();
    opts.outbox = std::env::var_os("WXGO_OUTBOX").map(PathBuf::from);
    opts
}

// ---------------------------------------------------------------- a Webex profile's cache

/// The profile chosen by `--profile`, `WXGO_PROFILE` or `default_profile`; never with `--demo`.
pub(super) fn selected_profile(cli: &Cli) -> Result<Option<Profile>> {
    if cli.demo {
        return Ok(None);
    }
    let env = std::env::var("WXGO_PROFILE").ok();
    Profiles::load()?.select(cli.profile.as_deref(), env.as_deref())
}

/// The webex profile chosen, if the chosen one is a webex profile.
pub(super) fn webex_profile(cli: &Cli) -> Result<Option<Profile>> {
    Ok(selected_profile(cli)?.filter(|p| p.backend == BackendKind::Webex))
}

/// The webex profile chosen, or what to write in config.toml to have one (for `wxgo {what}`).
pub(super) fn needs_webex_profile(cli: &Cli, what: &str) -> Result<Profile> {
    if let Some(p) = webex_profile(cli)? {
        return Ok(p);
    }
    let file =
        crate::outside::config::config_file().map(|f| f.display().to_string()).unwrap_or_else(|| "config.toml".into());
    Err(Error::invalid(crate::said!(
        "profile-none-chosen",
        command = format!("`wxgo {what}`"),
        file = file,
        sample = "\n\n  default_profile = \"acme\"\n  [profiles.acme]\n  backend = \"webex\"\n  \
                  client_id = \"YOUR_INTEGRATION_CLIENT_ID\"\n\n",
        login = "`wxgo login`"
    )))
}

/// `--trace FILE`: one line per Webex API request, into a private file.
pub(super) fn trace(cli: &Cli) -> Result<Option<TraceSink>> {
    match &cli.trace {
        None => Ok(None),
        Some(p) => {
            let (sink, replaced) = TraceSink::to_private_file(p).map_err(|e| {
                Error::io(crate::said!("trace-cannot-open", path = p.display().to_string(), error = e.to_string()))
            })?;
            if let Some(note) = replaced.note(p) {
                let tr = super::output::tr();
                warn(&tr.t_with("cli-trace-note", &[("note", crate::i18n::Arg::from(&tr.text(&note)))]));
            }
            Ok(Some(sink))
        }
    }
}

/// The Webex side of a profile: its sign-in (or the token of `--token-env`) and the trace.
pub(super) fn side(cli: &Cli, profile: &Profile) -> Result<WebexSide> {
    Ok(WebexSide::new(profile.clone(), AuthChoice::from_env(cli.token_env.as_deref()), trace(cli)?))
}

/// The options of a profile's cache (`--db` still wins), from the global flags.
pub(super) fn cache_options(cli: &Cli, profile: &Profile) -> Options {
    let mut o = Options::new(cli.db.clone().unwrap_or_else(|| profile.db_path()));
    o.read_only = cli.read_only;
    o.org = cli.org.clone();
    o
}

/// Opens the cache of the profile's organisation for a command, and says on stderr whose data it
/// is and how old (reads answer from the cache, offline too).
pub(super) fn open_cache(cli: &Cli, profile: &Profile, clock: Arc<dyn Clock>) -> Result<Service> {
    let now = clock.now();
    let svc = Service::open_webex(&cache_options(cli, profile), side(cli, profile)?, clock)?;
    say_age(&svc, profile, now)?;
    Ok(svc)
}

/// "Acme Corp · profile acme (webex) · as of 14:02, 3 h ago", its notes and why it is
/// read-only, in the admin's language (the names as they are, the time in the language's short
/// local form).
fn say_age(svc: &Service, profile: &Profile, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    use crate::i18n::Arg;
    let tr = super::output::tr();
    if let Some(age) = svc.data_as_of()? {
        let words = match age.synced_at {
            Some(t) => crate::service::signin::age_in(tr, t, now),
            None => tr.text(&age.words),
        };
        let id =
            if age.sync_unfinished && age.synced_at.is_some() { "cli-cache-age-unfinished" } else { "cli-cache-age" };
        let org = &svc.org().name;
        warn(
            &tr.t_with(
                id,
                &[("org", Arg::from(org)), ("profile", Arg::from(&profile.name)), ("age", Arg::from(&words))],
            ),
        );
        for n in &age.notes {
            warn(&format!("  {}", tr.t_with("cli-cache-note", &[("note", Arg::from(&tr.text(n)))])));
        }
    }
    if let Some(r) = svc.read_only_reason() {
        let why = tr.text(&crate::domain::error::read_only_why(&r));
        warn(&format!("  {}", tr.t_with("cli-cache-read-only", &[("why", Arg::from(&why))])));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;

    #[test]
    fn the_demo_database_lies_beside_the_database_and_replaces_nothing() {
        let db = Path::new("/data/wxgo/acme.db");
        assert_eq!(demo_db_beside(db), Path::new("/data/wxgo/demo.db"));
        assert_eq!(demo_db_path(), demo_db_beside(&service::default_db_path()));
    }

    #[test]
    fn db_wins_and_demo_moves_to_the_demo_database_beside_it() {
        let cli = Cli::try_parse_from(["wxgo", "--db", "/tmp/x/org.db", "org"]).unwrap();
        assert_eq!(db_path(&cli), Path::new("/tmp/x/org.db"));
        let cli = Cli::try_parse_from(["wxgo", "--db", "/tmp/x/org.db", "--demo", "org"]).unwrap();
        assert_eq!(db_path(&cli), Path::new("/tmp/x/demo.db"));
    }

    #[test]
    fn the_global_flags_reach_the_options() {
        let cli = Cli::try_parse_from(["wxgo", "--read-only", "--org", "Acme", "org"]).unwrap();
        let o = local_options(&cli, PathBuf::from("/tmp/x.db"));
        assert!(o.read_only);
        assert_eq!(o.org.as_deref(), Some("Acme"));
        assert_eq!(o.db, Path::new("/tmp/x.db"));
    }
}
