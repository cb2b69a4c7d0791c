//! `wxgo mail`: the mail queue, messages waiting in the outbox, and sending them by SMTP (WG04).

use clap::Subcommand;
use unicode_width::UnicodeWidthStr;

use super::output::{json, say, table, CleanRows};
use super::{Ctx, PARTIAL};
use crate::domain::{Error, Result};
use crate::i18n::Arg;
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
                let (outbox, route) =
                    (svc.outbox().display().to_string(), super::output::tr().text(&svc.mail().route()));
                say(&super::output::tr()
                    .t_with("cli-mail-none-wait", &[("outbox", Arg::from(&outbox)), ("route", Arg::from(&route))]));
                return Ok(());
            }
            let mut t = table(&["To", "Subject", "Date", "File"]);
            for m in &queue {
                t.clean_row(vec![m.to.clone(), m.subject.clone(), m.date.clone(), m.file.clone()]);
            }
            say(&t.to_string());
            let route = super::output::tr().text(&svc.mail().route());
            let args = [
                ("n", Arg::from(queue.len())),
                ("route", Arg::from(&route)),
                ("command", Arg::from("wxgo mail retry")),
            ];
            say(&super::output::tr().t_with("cli-mail-waiting", &args));
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
        let tr = super::output::tr();
        let words = ["cli-mail-sent", "cli-mail-failed", "cli-mail-stale"].map(|id| tr.t(id));
        // The addresses start in one column: 10 in English, past the longest word in any language.
        let width = words.iter().map(|w| UnicodeWidthStr::width(w.as_str()) + 2).max().unwrap_or(0).max(10);
        let word = |w: &str| format!("{w}{}", " ".repeat(width.saturating_sub(UnicodeWidthStr::width(w))));
        let [sent, failed, stale] = &words;
        for m in &r.sent {
            say(&format!("{}{} \"{}\"", word(sent), m.to, m.subject));
        }
        for (m, why) in &r.failed {
            let why = tr.text(&crate::outside::smtp::failure_said(why));
            say(&format!("{}{} \"{}\": {why}", word(failed), m.to, m.subject));
        }
        for m in &r.stale {
            say(&format!("{}{} \"{}\": {}", word(stale), m.to, m.subject, tr.t("cli-mail-stale-why")));
        }
        let args = [
            ("sent", Arg::from(r.sent.len())),
            ("server", Arg::from(r.server.as_str())),
            ("failed", Arg::from(r.failed.len())),
            ("untried", Arg::from(r.not_tried)),
        ];
        say(&tr.t_with("cli-mail-retried", &args));
    }
    match (r.sent.len(), r.failed.len()) {
        (_, 0) => Ok(()),
        (0, n) => Err(Error::io(crate::said!("cli-mail-none-sent", n = n))),
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
