//! `wxgo sync` and `wxgo orgs`: copying a Webex organisation into the profile's cache, and the
//! organisations a sign-in manages (a partner's customers) with which of them are cached.

use std::io::IsTerminal;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

use clap::Args;

use super::open::{cache_options, needs_webex_profile, side};
use super::output::{self, warn, CleanRows};
use super::{Cli, Ctx};
use crate::domain::Result;
use crate::i18n::Arg;
use crate::outside::profiles::Profile;
use crate::outside::Clock;
use crate::service::signin as wx;
use crate::service::sync::{SyncOptions, SyncProgress, SyncReport};
use crate::service::Service;

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Read everything again: every person (not only those changed) and 30 days of audit events
    #[arg(long)]
    pub full: bool,
}

/// `wxgo orgs`: the organisations this sign-in manages, and which the cache holds.
pub(super) fn orgs(ctx: &Ctx) -> Result<()> {
    let (cli, clock) = (ctx.cli, ctx.clock.clone());
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
        t.clean_row(vec![
            o.name.clone(),
            o.id.clone(),
            o.synced_at.map(|s| wx::age_in(output::tr(), s, now)).unwrap_or_else(|| {
                output::tr().t_with("orgs-not-cached", &[("command", Arg::from("wxgo sync --org NAME"))])
            }),
        ]);
    }
    output::say(&t.to_string());
    Ok(())
}

/// `wxgo sync [--full]`: a progress line on stderr, then what was mirrored.
pub(super) fn run(ctx: &Ctx, args: &SyncArgs) -> Result<()> {
    let (cli, full, clock) = (ctx.cli, args.full, ctx.clock.clone());
    let profile = needs_webex_profile(cli, "sync")?;
    let (svc, report) = sync_with_progress(cli, &profile, full, clock)?;
    print_report(cli, &report)?;
    if let Some(r) = svc.read_only_reason() {
        let tr = output::tr();
        let why = tr.text(&crate::domain::error::read_only_why(&r));
        warn(&tr.t_with("cli-cache-read-only", &[("why", Arg::from(&why))]));
    }
    Ok(())
}

/// A sync into the profile's cache with a progress line on a terminal (stderr).
pub(super) fn sync_with_progress(
    cli: &Cli,
    profile: &Profile,
    full: bool,
    clock: Arc<dyn Clock>,
) -> Result<(Service, SyncReport)> {
    let opts = cache_options(cli, profile);
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
    let args = [("org", Arg::from(&r.org)), ("id", Arg::from(&r.org_id)), ("pages", Arg::from(r.pages))];
    output::say(&output::tr().t_with("sync-done", &args));
    for p in &r.parts {
        // The note in the language where the sync said it as a message.
        let note = r.note(p).map(|t| output::tr().text(&t));
        match &note {
            Some(n) if p.state != "ok" => output::say(&format!("  {:<11} -     {n}", p.resource)),
            Some(n) => output::say(&format!("  {:<11} {:<5} ({n})", p.resource, p.items)),
            None => output::say(&format!("  {:<11} {}", p.resource, p.items)),
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn sync_reads_the_audit_window_again_only_with_full() {
        let Command::Sync(a) = parse(&["sync"]).unwrap() else { panic!("not sync") };
        assert!(!a.full);
        let Command::Sync(a) = parse(&["sync", "--full"]).unwrap() else { panic!("not sync") };
        assert!(a.full);
        assert_eq!(parse(&["sync", "--full=yes"]).unwrap_err().kind(), ErrorKind::TooManyValues);
    }

    #[test]
    fn sync_and_orgs_take_the_organisation_of_a_partner_as_a_global_flag() {
        let cli = crate::cli::tests::parse_cli(&["sync", "--org", "Globex"]).unwrap();
        assert_eq!(cli.org.as_deref(), Some("Globex"));
        assert!(matches!(parse(&["orgs"]).unwrap(), Command::Orgs));
        assert_eq!(parse(&["orgs", "all"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_sync_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["sync"]), "sync [--full]");
        assert_eq!(surface(&["orgs"]), "orgs");
    }
}
