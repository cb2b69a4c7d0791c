//! `wxgo why EMAIL|NUMBER`: why can't this person call? Everything about them joined, then the
//! likely causes, most likely first, each with its rule, whether it blocks calling and the one
//! action that fixes it (the console's key and the command, which runs as printed: this run's
//! `--profile`, `--demo`, `--db`, `--org` and `--token-env` go into it, see `advice.rs`).

use clap::Args;

use super::advice;
use super::output::{say, tr};
use super::Ctx;
use crate::domain::{licence, Result};
use crate::i18n::{Arg, Tr};
use crate::service::why::{WhyOptions, WhyReport};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Args)]
pub struct WhyArgs {
    /// The person: an email, a number (E.164 or as dialled in the organisation's country), an extension or a BroadWorks user id
    #[arg(value_name = "EMAIL|NUMBER", add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub query: String,
    /// On a real organisation, read this person's facts from Webex first (the copy otherwise)
    #[arg(long)]
    pub refresh: bool,
}

pub(super) fn run(ctx: &Ctx, args: &WhyArgs) -> Result<()> {
    let svc = ctx.open()?;
    // The service writes each command bare (`wxgo devices new-code go-4`); this run's flags go
    // in here, in the human report and in the JSON alike.
    let opts = WhyOptions { refresh: args.refresh, prefix: Some("wxgo".into()) };
    let mut report = svc.why_with(&args.query, &opts)?;
    in_context(&mut report);
    if ctx.out.json {
        return ctx.out.print_json(&report);
    }
    for line in human(&report) {
        say(&line);
    }
    Ok(())
}

/// Each fix's command with this run's flags, so that it runs as printed.
fn in_context(report: &mut WhyReport) {
    for c in &mut report.causes {
        if let Some(cmd) = c.fix.command.as_mut() {
            *cmd = advice::command_in_context(cmd);
        }
    }
}

/// The report for a person to read: who, how old, the causes with their fix, the facts, and
/// what was checked, in the run's language (the causes and checks too, each with its rule id);
/// names, numbers, dates, Webex's own words and commands are as given.
fn human(r: &WhyReport) -> Vec<String> {
    let tr = tr();
    let mut out = Vec::new();
    let f = &r.facts;
    let who = match (&f.person, &f.broadworks) {
        (Some(p), _) => format!("{} <{}>", p.display_name, p.email),
        (None, Some(b)) => {
            let name = format!("{} {}", b.subscriber.first_name, b.subscriber.last_name);
            let args = [("name", Arg::from(&name)), ("id", Arg::from(&b.subscriber.broadworks_user_id))];
            tr.t_with("why-subscriber", &args)
        }
        (None, None) => r.email.clone().unwrap_or_default(),
    };
    out.push(who);
    out.push(tr.t_with("why-facts-age", &[("age", Arg::from(&tr.text(&r.as_of.words)))]));
    out.push(String::new());
    if r.causes.is_empty() {
        out.push(tr.t("why-no-cause-below"));
    } else {
        out.push(format!("{}:", tr.t("why-likely-causes")));
        for (i, c) in r.causes.iter().enumerate() {
            let tag = if c.blocking {
                format!("✕ {}", tr.t("why-blocks"))
            } else {
                format!("! {}", tr.t("why-may-affect"))
            };
            out.push(format!("{:>2}. {} {tag}: {}", i + 1, c.rule, tr.text(&c.summary)));
            let place = c.fix.place.as_ref().map(|p| tr.text(p)).unwrap_or_default();
            let key = c.fix.key.map(|k| tr.t_with("why-key", &[("key", Arg::from(k)), ("place", Arg::from(&place))]));
            let fix: Vec<String> = key.into_iter().chain(c.fix.command.clone()).collect();
            if !fix.is_empty() {
                out.push(format!("    {}", tr.t_with("np-fix", &[("fix", Arg::from(&fix.join(" · ")))])));
            }
        }
    }
    out.push(String::new());
    out.extend(facts(tr, r));
    out.push(String::new());
    out.push(format!("{}:", tr.t("why-checked")));
    let na = format!(" {}", tr.t("why-na"));
    for c in &r.checked {
        let mark = match c.result {
            "ok" => "✓",
            "cause" => "✕",
            _ => "–",
        };
        let detail = if c.detail.is_empty() { String::new() } else { format!(": {}", tr.text(&c.detail)) };
        let na = if c.result == "not_applicable" { na.as_str() } else { "" };
        out.push(format!("  {mark} {} {}{na}{detail}", c.rule, tr.text(&c.what)));
    }
    out
}

fn facts(tr: &Tr, r: &WhyReport) -> Vec<String> {
    use crate::tui::present::{
        auth_word, bw_status_word, calling_status_word, code_state_word, kind_word, status_word,
    };
    let f = &r.facts;
    let mut out = vec![format!("{}:", tr.t("why-facts"))];
    // A label and its value; the values line up at column 18 (after a longer label, one space).
    let kv = |id: &str, v: String| {
        let k = tr.t(id);
        let pad = 16usize.saturating_sub(UnicodeWidthStr::width(k.as_str())).max(1);
        format!("  {k}{}{v}", " ".repeat(pad))
    };
    let at = |t: chrono::DateTime<chrono::Utc>| t.format("%Y-%m-%d %H:%M UTC").to_string();
    let none = || tr.t("report-none");
    let since = |t| tr.t_with("why-since", &[("at", Arg::from(&at(t)))]);
    if let Some(p) = &f.person {
        let place = match (&p.location, &p.location_country) {
            (Some(l), Some(c)) if !c.is_empty() => format!("{l} ({c})"),
            (Some(l), _) => l.clone(),
            _ => none(),
        };
        out.push(kv("why-location", place));
        let licences: Vec<&str> = p.licences.iter().map(|l| licence::display(l)).collect();
        out.push(kv("why-licences", if licences.is_empty() { none() } else { licences.join(", ") }));
        let reason = p.calling_reason.as_ref().map(|r| format!(" ({})", tr.text(r))).unwrap_or_default();
        out.push(kv("why-calling", format!("{}{reason}", calling_status_word(tr, &p.calling_status))));
        out.push(kv("why-work-number", p.work_phone.clone().unwrap_or_else(none)));
        out.push(kv("why-extension", p.extension.clone().unwrap_or_else(none)));
    }
    if f.numbers.is_empty() && f.person.is_some() {
        out.push(kv("detail-numbers", none()));
    }
    for n in &f.numbers {
        let badge = if n.webex_mobile { " · Webex Mobile" } else { "" };
        let primary = if n.primary { format!(" · {}", tr.t("number-primary")) } else { String::new() };
        out.push(kv("why-number", format!("{} · {} · {} · {}{primary}{badge}", n.number, n.kind, n.state, n.location)));
    }
    match &f.device {
        Some(d) => {
            let raw = d.connection_status.as_deref().map(|s| format!(" (Webex: {s})")).unwrap_or_default();
            let issues = if d.error_codes.is_empty() {
                String::new()
            } else {
                format!(" · {}", tr.t_with("why-issues", &[("codes", Arg::from(&d.error_codes.join(", ")))]))
            };
            out.push(kv(
                "detail-device",
                format!(
                    "{} · {} · {}{raw}{issues} · {}",
                    d.device_id,
                    kind_word(tr, d.kind),
                    status_word(tr, d.status),
                    since(d.changed_at)
                ),
            ));
            for c in &f.codes {
                let ended = c
                    .ended_at
                    .map(|e| format!(" · {}", tr.t_with("detail-code-ended", &[("at", Arg::from(&at(e)))])))
                    .unwrap_or_default();
                let times = tr.t_with(
                    "detail-code-times",
                    &[("issued", Arg::from(&at(c.issued_at))), ("expires", Arg::from(&at(c.expires_at)))],
                );
                out.push(kv("why-code", format!("{} · {times}{ended}", code_state_word(tr, &c.state))));
            }
            for a in &f.refused_attempts {
                out.push(kv("why-refused-attempt", format!("{} · {}", at(a.at), a.reason)));
            }
        }
        None if f.person.is_some() => out.push(kv("detail-device", none())),
        None => {}
    }
    if let Some(a) = &f.operator_account {
        out.push(kv(
            "why-operator-account",
            format!(
                "{} ({}) · {} · {}",
                a.account_id,
                a.operator,
                auth_word(tr, a.status),
                tr.text(&crate::domain::mobile::account_advice(&a.advice))
            ),
        ));
    }
    if let Some(b) = &f.broadworks {
        let s = &b.subscriber;
        let err = match (&s.error_code, &s.error_description) {
            (Some(c), Some(d)) => {
                format!(" · {}", tr.t_with("why-bw-error", &[("code", Arg::from(c)), ("text", Arg::from(d))]))
            }
            (None, Some(d)) => format!(" · {d}"),
            _ => String::new(),
        };
        out.push(kv(
            "why-broadworks",
            format!(
                "{} · {} · {}{err} · {}",
                s.broadworks_user_id,
                s.package.as_str(),
                bw_status_word(tr, s.status),
                since(s.last_status_change)
            ),
        ));
    }
    for c in &f.calls {
        let outgoing =
            c.direction.to_ascii_lowercase().starts_with("orig") || c.direction.eq_ignore_ascii_case("outgoing");
        let other = if outgoing { c.called_number.as_deref() } else { c.calling_number.as_deref() };
        let go = if c.webex_go { " · Webex Go (MOBILE_NETWORK)" } else { "" };
        out.push(kv(
            "why-call",
            format!(
                "{} · {} · {} · {}s{go}",
                at(c.start_time),
                tr.t(if outgoing { "calls-out" } else { "calls-in" }),
                other.unwrap_or("-"),
                c.duration_s
            ),
        ));
    }
    for a in &f.audit {
        let from = if a.source == "webex" { tr.t("why-webex-audit") } else { "wxgo".to_string() };
        out.push(kv(
            "why-audit",
            format!("{} · {} · {} · {} ({from})", at(a.entry.at), a.entry.actor, a.entry.action, a.entry.outcome),
        ));
    }
    for n in &f.notes {
        out.push(kv("why-note", tr.text(n)));
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn why_takes_one_person_and_refresh() {
        let Command::Why(a) = parse(&["why", "dana@acme.example"]).unwrap() else { panic!() };
        assert_eq!((a.query.as_str(), a.refresh), ("dana@acme.example", false));
        let Command::Why(a) = parse(&["why", "+1 (214) 200-0001", "--refresh", "--json"]).unwrap() else { panic!() };
        assert_eq!((a.query.as_str(), a.refresh), ("+1 (214) 200-0001", true));
        assert_eq!(parse(&["why"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        assert_eq!(parse(&["why", "a@b", "c@d"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_why_command_stays_as_scripts_know_it() {
        use crate::cli::tests::surface;
        assert_eq!(surface(&["why"]), "why <EMAIL|NUMBER> [--refresh]");
    }
}
