//! `wxgo` with no subcommand: the console, on the local database or on a Webex profile's cache
//! (synced first when there is none yet).

use std::sync::Arc;

use super::open::{cache_options, demo_on_first_use, local_options, open_cache, webex_profile};
use super::output::warn;
use super::sync::sync_with_progress;
use super::Cli;
use crate::domain::Result;
use crate::i18n::Arg;
use crate::outside::profiles::Profile;
use crate::outside::Clock;
use crate::service::{Options, Service};

/// `wxgo` with no subcommand: the console.
pub(super) fn run(cli: &Cli, clock: Arc<dyn Clock>) -> Result<()> {
    let (options, service) = match webex_profile(cli)? {
        Some(p) => {
            let (o, svc) = console_service(cli, &p, clock.clone())?;
            (o, Some(svc))
        }
        None => {
            let db = demo_on_first_use(cli, &clock)?;
            (local_options(cli, db), None)
        }
    };
    crate::tui::run(crate::tui::Launch {
        options,
        service,
        clock,
        clipboard: cli.clipboard.clone(),
        keymap: cli.keymap.clone(),
        lang: cli.lang.clone(),
        bidi: cli.bidi.as_deref().and_then(crate::i18n::bidi::Mode::parse).unwrap_or_default(),
    })
}

/// The console on a webex profile: the real organisation's service (it polls Webex, syncs in
/// the background and sends changes through the API). Opens the cache, saying how old it is;
/// with no cache yet, syncs it first with a progress line.
pub(super) fn console_service(cli: &Cli, profile: &Profile, clock: Arc<dyn Clock>) -> Result<(Options, Service)> {
    let opts = cache_options(cli, profile);
    if opts.db.exists() {
        return Ok((opts, open_cache(cli, profile, clock)?));
    }
    let tr = super::output::tr();
    warn(&tr.t_with("cli-console-first-sync", &[("profile", Arg::from(&profile.name))]));
    let (svc, report) = sync_with_progress(cli, profile, false, clock)?;
    warn(&tr.t_with("cli-console-synced", &[("org", Arg::from(&report.org)), ("pages", Arg::from(report.pages))]));
    Ok((opts, svc))
}

#[cfg(test)]
mod tests {
    use crate::cli::tests::parse_cli;

    #[test]
    fn no_subcommand_is_the_console_with_its_own_flags() {
        let cli = parse_cli(&[]).unwrap();
        assert!(cli.command.is_none());
        let cli = parse_cli(&["--demo", "--clipboard", "osc52", "--keymap", "/tmp/k.toml"]).unwrap();
        assert!(cli.command.is_none() && cli.demo);
        assert_eq!(cli.clipboard.as_deref(), Some("osc52"));
        assert_eq!(cli.keymap.as_deref(), Some(std::path::Path::new("/tmp/k.toml")));
    }
}
