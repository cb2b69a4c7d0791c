//! `wxgo mail`: the mail queue, messages waiting in the outbox, and sending them by SMTP (WG04).

use clap::Subcommand;

use super::output::{json, say, table, CleanRows};
use super::{Ctx, PARTIAL};
use crate::domain::{Error, Result};
use crate::service::RetryReport;

#[derive(Debug, Subcommand)]
pub enum MailCmd {
    /// The messages waiting in the outbox
    List,
    /// Send the queued messages through the SMTP server; sent ones move to outbox/sent/
    Retry,
}

pub(super) fn run(ctx: &Ctx, cmd: &MailCmd) -> Result<()> {
    let (svc, as_json) = (ctx.open()?, ctx.cli.json);
    match cmd {
        MailCmd::List => {
            let queue = svc.mail().queue()?;
            if as_json {
                return json(&queue);
            }
            if queue.is_empty() {
                say(&format!("No messages wait in {}. Mail goes to {}.", svc.outbox().display(), svc.mail().route()));
                return Ok(());
            }
            let mut t = table(&["To", "Subject", "Date", "File"]);
            for m in &queue {
                t.clean_row(vec![m.to.clone(), m.subject.clone(), m.date.clone(), m.file.clone()]);
            }
            say(&t.to_string());
            say(&format!(
                "{} message(s) wait. Mail goes to {}; send them with `wxgo mail retry`.",
                queue.len(),
                svc.mail().route()
            ));
            Ok(())
        }
        MailCmd::Retry => {
            let r = svc.mail().retry()?;
            print_retry(&r, as_json)
        }
    }
}

fn print_retry(r: &RetryReport, as_json: bool) -> Result<()> {
    if as_json {
        json(r)?;
    } else {
        for m in &r.sent {
            say(&format!("sent      {} \"{}\"", m.to, m.subject));
        }
        for (m, why) in &r.failed {
            say(&format!("not sent  {} \"{}\": {why}", m.to, m.subject));
        }
        for m in &r.stale {
            say(&format!(
                "stale     {} \"{}\": its activation code no longer works (moved to stale/); issue a new code",
                m.to, m.subject
            ));
        }
        say(&format!(
            "{} sent through {}; {} failed{}.",
            r.sent.len(),
            r.server,
            r.failed.len(),
            if r.not_tried > 0 {
                format!("; {} not tried (the server could not be reached)", r.not_tried)
            } else {
                String::new()
            }
        ));
    }
    match (r.sent.len(), r.failed.len()) {
        (_, 0) => Ok(()),
        (0, n) => Err(Error::io(format!(
            "none of the queued messages was sent ({n} failed); they stay in the outbox: retry later"
        ))),
        (_, n) => Err(Error::rule(PARTIAL, crate::said!("cli-mail-not-sent", n = n))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn mail_lists_and_retries() {
        assert!(matches!(parse(&["mail", "list"]).unwrap(), Command::Mail(MailCmd::List)));
        assert!(matches!(parse(&["mail", "retry"]).unwrap(), Command::Mail(MailCmd::Retry)));
        assert_eq!(parse(&["mail", "send"]).unwrap_err().kind(), ErrorKind::InvalidSubcommand);
        assert_eq!(parse(&["mail"]).unwrap_err().kind(), ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_mail_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["mail"]), ["mail list", "mail retry",].join("\n"));
    }
}
