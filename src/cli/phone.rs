//! `wxgo phone`: the phone's side (the demo's stand-in), what the user does on the phone.

use clap::{Args, Subcommand};

use super::output::{outln, Out};
use super::Ctx;
use crate::domain::device::PhoneEvent;
use crate::domain::Result;
use crate::service::PhoneOutcome;

#[derive(Debug, Subcommand)]
pub enum PhoneCmd {
    /// The phone redeems an activation code: the device goes Online
    Activate(ActivateArgs),
    /// The user disables the Webex Go line on the phone: Offline
    Disable(LineArgs),
    /// The user enables it again: Online
    Enable(LineArgs),
    /// The user removes the line from the phone: Activation pending (WG11)
    RemoveLine(LineArgs),
}

#[derive(Debug, Args)]
pub struct ActivateArgs {
    pub code: String,
}

/// `disable`, `enable` and `remove-line`: the device whose line it is.
#[derive(Debug, Args)]
pub struct LineArgs {
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::devices))]
    pub device: String,
}

pub(super) fn run(ctx: &Ctx, cmd: &PhoneCmd) -> Result<()> {
    let svc = ctx.open()?;
    let outcome = match cmd {
        PhoneCmd::Activate(a) => svc.phone().activate(&a.code)?,
        PhoneCmd::Disable(a) => svc.phone().event(&a.device, PhoneEvent::Disable)?,
        PhoneCmd::Enable(a) => svc.phone().event(&a.device, PhoneEvent::Enable)?,
        PhoneCmd::RemoveLine(a) => svc.phone().event(&a.device, PhoneEvent::RemoveLine)?,
    };
    print_phone(ctx.out, &outcome)
}

fn print_phone(out: &Out, p: &PhoneOutcome) -> Result<()> {
    if out.json {
        return out.print_json(p);
    }
    outln!("{} {}", p.device_id, super::output::tr().text(&p.message));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn activate_takes_the_code_and_the_line_events_the_device() {
        let Command::Phone(PhoneCmd::Activate(a)) = parse(&["phone", "activate", "1234-5678"]).unwrap() else {
            panic!()
        };
        assert_eq!(a.code, "1234-5678");
        for (verb, check) in [
            ("disable", (|c| matches!(c, PhoneCmd::Disable(_))) as fn(&PhoneCmd) -> bool),
            ("enable", |c| matches!(c, PhoneCmd::Enable(_))),
            ("remove-line", |c| matches!(c, PhoneCmd::RemoveLine(_))),
        ] {
            let Command::Phone(cmd) = parse(&["phone", verb, "go-1"]).unwrap() else { panic!("{verb}") };
            assert!(check(&cmd), "{verb}: {cmd:?}");
            let (PhoneCmd::Disable(a) | PhoneCmd::Enable(a) | PhoneCmd::RemoveLine(a)) = cmd else { panic!("{verb}") };
            assert_eq!(a.device, "go-1");
            assert_eq!(parse(&["phone", verb]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument, "{verb}");
        }
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_phone_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["phone"]),
            ["phone activate <CODE>", "phone disable <DEVICE>", "phone enable <DEVICE>", "phone remove-line <DEVICE>",]
                .join("\n")
        );
    }
}
