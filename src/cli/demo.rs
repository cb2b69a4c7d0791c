//! `wxgo demo`: create the demo organisation (about 60 users, or `--users N` for a larger one).

use clap::Args;

use super::output::{outln, Out};
use super::{open, Ctx};
use crate::domain::{Error, Result};
use crate::i18n::Arg;
use crate::service::demo::{self, DemoSummary};

#[derive(Debug, Args)]
pub struct DemoArgs {
    #[arg(long, default_value_t = demo::DEFAULT_USERS)]
    pub users: usize,
    /// Replace the database if it exists
    #[arg(long)]
    pub force: bool,
}

pub(super) fn run(ctx: &Ctx, args: &DemoArgs) -> Result<()> {
    let path = open::db_path(ctx.cli);
    if ctx.cli.read_only {
        return Err(Error::ReadOnly("create the demo organisation".into()));
    }
    let summary = demo::create(&path, args.users, args.force, ctx.clock.now())?;
    print_summary(ctx.out, &summary)
}

fn print_summary(out: &Out, s: &DemoSummary) -> Result<()> {
    if out.json {
        return out.print_json(s);
    }
    let tr = super::output::tr();
    let args = [
        ("org", Arg::from(&s.org)),
        ("db", Arg::from(&s.db)),
        ("users", Arg::from(s.users)),
        ("numbers", Arg::from(s.numbers)),
        ("devices", Arg::from(s.devices)),
        ("subscribers", Arg::from(s.bw_subscribers)),
    ];
    outln!("{}", tr.t_with("cli-demo-created", &args));
    let command = format!("wxgo --db {}", s.db);
    outln!("{}", tr.t_with("cli-demo-open", &[("command", Arg::from(&command))]));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn demo_has_the_default_size_and_replaces_only_with_force() {
        let Command::Demo(a) = parse(&["demo"]).unwrap() else { panic!() };
        assert_eq!((a.users, a.force), (demo::DEFAULT_USERS, false));
        let Command::Demo(a) = parse(&["demo", "--users", "100000", "--force"]).unwrap() else { panic!() };
        assert_eq!((a.users, a.force), (100_000, true));
        assert_eq!(parse(&["demo", "--users", "many"]).unwrap_err().kind(), ErrorKind::ValueValidation);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_demo_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["demo"]), "demo [--users <USERS>=60] [--force]");
    }
}
