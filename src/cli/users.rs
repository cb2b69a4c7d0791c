//! `wxgo users`: list, show, export (`user.csv`), and change a user's work number, extension or
//! location.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Args, Subcommand};

use super::output::{json, or_dash, outln, say, status_cell, table, tr, when, write_file, CleanRows, Fit, Out};
use super::{Ctx, Page};
use crate::domain::{licence, Error, Result};
use crate::i18n::Arg;
use crate::service::{NotProvisionedRow, Service, UserChange, UserDetail, UserRow};
use unicode_width::UnicodeWidthStr;

#[derive(Debug, Subcommand)]
pub enum UsersCmd {
    /// List users (name, email, location, licences, primary number, Webex Go status)
    List(ListArgs),
    /// One user: numbers, device, code history, recent audit entries
    Show(ShowArgs),
    /// The user list as Control Hub exports it (user.csv), with `Webex Calling VAR Professional` (AL04)
    Export(ExportArgs),
    /// Record a corrected work number (E.164); then re-apply the template (AL04, AL05)
    SetWorkNumber(SetWorkNumberArgs),
    /// Change a user's work number, extension and/or location (on a real organisation through
    /// Webex's people API: refused when the person changed in Webex since the last sync)
    Update(UpdateArgs),
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Name, email, location, or a number as typed (E.164, national form, extension)
    #[arg(long, default_value = "")]
    pub filter: String,
    #[command(flatten)]
    pub page: Page,
    /// Only users who did not get Webex Calling, with the reason and the fix (AL04)
    #[arg(long)]
    pub not_provisioned: bool,
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub email: String,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Write to this file instead of standard output
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct SetWorkNumberArgs {
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub email: String,
    pub number: String,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::emails))]
    pub email: String,
    /// The work number (E.164)
    #[arg(long, value_name = "E164")]
    pub work_number: Option<String>,
    /// The extension (2 to 10 digits, unique in the location)
    #[arg(long)]
    pub extension: Option<String>,
    /// The location, by name
    #[arg(long)]
    pub location: Option<String>,
}

pub(super) fn run(ctx: &Ctx, cmd: &UsersCmd) -> Result<()> {
    let (out, as_json) = (ctx.out, ctx.cli.json);
    let mut svc = ctx.open()?;
    match cmd {
        UsersCmd::List(a) if a.not_provisioned => not_provisioned(as_json, &svc, &a.filter, &a.page),
        UsersCmd::List(a) => print_users(out, &svc.people().list(&a.filter, a.page.offset, a.page.limit())?),
        UsersCmd::Show(a) => print_user_detail(out, &svc.people().detail(&a.email)?),
        UsersCmd::Export(a) => users_export(&svc, a.out.as_deref()),
        UsersCmd::SetWorkNumber(a) => set_work_number(as_json, &mut svc, &a.email, &a.number),
        UsersCmd::Update(a) => {
            let change = UserChange {
                work_number: a.work_number.clone(),
                extension: a.extension.clone(),
                location: a.location.clone(),
            };
            update_user(as_json, &mut svc, &a.email, &change)
        }
    }
}

fn print_users(out: &Out, rows: &[UserRow]) -> Result<()> {
    out.list(
        rows,
        || {
            let mut t = table(&["Name", "Email", "Location", "Licences", "Primary number", "Calling", "Webex Go"]);
            t.fit(&[Fit::NAME, Fit::WHOLE, Fit::text(2), Fit::text(0), Fit::WHOLE, Fit::drop(1), Fit::drop(3)]);
            for u in rows {
                t.clean_row(vec![
                    u.display_name.clone(),
                    u.email.clone(),
                    or_dash(u.location.as_deref()),
                    u.licences.iter().map(|l| licence::short(l)).collect::<Vec<_>>().join(", "),
                    or_dash(u.primary_number.as_deref()),
                    u.calling_status.replace('_', " "),
                    status_cell(u.device_status),
                ]);
            }
            t
        },
        "cli-empty-users",
    )
}

fn print_user_detail(out: &Out, d: &UserDetail) -> Result<()> {
    if out.json {
        return out.print_json(d);
    }
    use crate::tui::present::{calling_status_word, code_state_word, kind_word, status_word};
    let tr = tr();
    let u = &d.user;
    let [location, licences, extension, work_phone, calling, numbers, device, changes] = [
        "detail-location",
        "detail-licences",
        "user-extension",
        "user-work-phone",
        "detail-calling",
        "detail-numbers",
        "detail-device",
        "user-recent-changes",
    ]
    .map(|id| format!("{}:", tr.t(id)));
    // The values line up after the longest label (16 columns at the least, as in English).
    let width = [&location, &licences, &extension, &work_phone, &calling, &device]
        .iter()
        .map(|l| UnicodeWidthStr::width(l.as_str()))
        .max()
        .unwrap_or(0)
        .max(16);
    let label = |l: &str| format!("  {l}{} ", " ".repeat(width - UnicodeWidthStr::width(l)));
    let none = tr.t("report-none");
    outln!("{} <{}>", u.display_name, u.email);
    outln!("{}{} ({})", label(&location), or_dash(u.location.as_deref()), or_dash(u.location_country.as_deref()));
    outln!("{}{}", label(&licences), u.licences.iter().map(|l| licence::display(l)).collect::<Vec<_>>().join(", "));
    outln!("{}{}", label(&extension), or_dash(u.extension.as_deref()));
    outln!("{}{}", label(&work_phone), or_dash(u.work_phone.as_deref()));
    outln!(
        "{}{}{}",
        label(&calling),
        calling_status_word(tr, &u.calling_status),
        u.calling_reason
            .as_deref()
            .map(|r| format!(" ({})", tr.text(&crate::domain::licensing::recorded_reason(r, None))))
            .unwrap_or_default()
    );
    outln!("  {numbers}");
    if d.numbers.is_empty() {
        outln!("    {none}");
    }
    for n in &d.numbers {
        outln!(
            "    {} {}{}{}",
            n.number,
            n.kind,
            if n.primary { format!(", {}", tr.t("number-primary")) } else { String::new() },
            if n.webex_mobile { ", Webex Mobile" } else { "" }
        );
    }
    match &d.device {
        Some(dev) => {
            outln!("{}{} {} ({})", label(&device), dev.device_id, status_word(tr, dev.status), kind_word(tr, dev.kind));
            for c in &d.codes {
                let (state, issued, expires) = (code_state_word(tr, &c.state), when(c.issued_at), when(c.expires_at));
                let args =
                    [("state", Arg::from(&state)), ("issued", Arg::from(&issued)), ("expires", Arg::from(&expires))];
                outln!("    {}", tr.t_with("user-code", &args));
            }
        }
        None => outln!("{}{none}", label(&device)),
    }
    if !d.audit.is_empty() {
        outln!("  {changes}");
        for a in &d.audit {
            outln!("    {} {} {}: {} ({})", when(a.at), a.actor, a.action, a.details, a.outcome);
        }
    }
    Ok(())
}

/// `wxgo users list --not-provisioned` (AL04): who did not get Webex Calling, why, and the fix.
fn not_provisioned(as_json: bool, svc: &Service, filter: &str, page: &Page) -> Result<()> {
    let rows: Vec<NotProvisionedRow> = svc.licences().not_provisioned(filter, page.offset, page.limit())?;
    if as_json {
        return json(&rows);
    }
    if rows.is_empty() {
        say(&tr().text(&svc.licences().none_missing()));
        return Ok(());
    }
    let tr = tr();
    let mut t = table(&["Name", "Email", "Department", "Work number", "Reason", "Fix"]);
    t.fit(&[Fit::NAME, Fit::WHOLE, Fit::drop(0), Fit::WHOLE, Fit::text(2), Fit::text(1)]);
    for r in &rows {
        t.clean_row(vec![
            r.display_name.clone(),
            r.email.clone(),
            or_dash(r.department.as_deref()),
            or_dash(r.work_phone.as_deref()),
            or_dash(r.reason.as_ref().map(|r| tr.text(r)).as_deref()),
            tr.text(&r.fix),
        ]);
    }
    say(&t.to_string());
    Ok(())
}

/// `wxgo users export` (AL04): `user.csv` on stdout or into a file.
fn users_export(svc: &Service, out: Option<&Path>) -> Result<()> {
    let csv = svc.licences().export_csv()?;
    match out {
        Some(path) => write_file(path, &csv, super::output::OutFile::Users),
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout.write_all(&csv).and_then(|_| stdout.flush()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(Error::io(crate::said!("csv-cannot-write", error = e.to_string())))
                }
                _ => Ok(()),
            }
        }
    }
}

/// `wxgo users update EMAIL --work-number/--extension/--location`.
fn update_user(as_json: bool, svc: &mut Service, email: &str, change: &UserChange) -> Result<()> {
    let out = svc.people().update(email, change)?;
    if as_json {
        return json(&out);
    }
    let tr = tr();
    let what = if out.changed.is_empty() {
        tr.t("user-nothing-to-change")
    } else {
        tr.t_with("user-changed", &[("fields", Arg::from(&out.changed.join(", ")))])
    };
    let tracking = out.tracking_id.as_deref().map(|t| format!(" (trackingId {t})")).unwrap_or_default();
    say(&tr.t_with(
        "user-updated",
        &[
            ("email", Arg::from(&out.email)),
            ("what", Arg::from(&what)),
            ("number", Arg::from(&or_dash(out.work_phone.as_deref()))),
            ("extension", Arg::from(&or_dash(out.extension.as_deref()))),
            ("location", Arg::from(&or_dash(out.location.as_deref()))),
            ("tracking", Arg::from(&tracking)),
        ],
    ));
    Ok(())
}

/// `wxgo users set-work-number EMAIL NUMBER`.
fn set_work_number(as_json: bool, svc: &mut Service, email: &str, number: &str) -> Result<()> {
    let out = svc.people().set_work_number(email, number)?;
    if as_json {
        return json(&out);
    }
    let tr = tr();
    let next = tr.text(&out.next);
    let args = [("email", Arg::from(&out.email)), ("number", Arg::from(&out.work_phone)), ("next", Arg::from(&next))];
    say(&tr.t_with("user-work-number-set", &args));
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::UsersCmd;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    fn users(args: &[&str]) -> Result<UsersCmd, clap::Error> {
        let args: Vec<&str> = std::iter::once("users").chain(args.iter().copied()).collect();
        match parse(&args)? {
            Command::Users(c) => Ok(c),
            other => panic!("not users: {other:?}"),
        }
    }

    #[test]
    fn list_has_a_filter_a_page_and_not_provisioned() {
        let UsersCmd::List(a) = users(&["list"]).unwrap() else { panic!() };
        assert_eq!((a.filter.as_str(), a.page.limit, a.page.offset, a.not_provisioned), ("", 0, 0, false));
        assert_eq!(a.page.limit(), usize::MAX >> 1, "--limit 0 is every row");
        let UsersCmd::List(a) =
            users(&["list", "--filter", "ava", "--limit", "5", "--offset", "10", "--not-provisioned"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.filter.as_str(), a.page.limit(), a.page.offset, a.not_provisioned), ("ava", 5, 10, true));
        assert_eq!(users(&["list", "--limit", "-1"]).unwrap_err().kind(), ErrorKind::UnknownArgument);
        assert_eq!(users(&["list", "--limit", "x"]).unwrap_err().kind(), ErrorKind::ValueValidation);
    }

    #[test]
    fn show_and_set_work_number_take_positionals() {
        let UsersCmd::Show(a) = users(&["show", "ava@x.example"]).unwrap() else { panic!() };
        assert_eq!(a.email, "ava@x.example");
        assert_eq!(users(&["show"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        let UsersCmd::SetWorkNumber(a) = users(&["set-work-number", "ava@x.example", "+12125550100"]).unwrap() else {
            panic!()
        };
        assert_eq!((a.email.as_str(), a.number.as_str()), ("ava@x.example", "+12125550100"));
        assert_eq!(
            users(&["set-work-number", "ava@x.example"]).unwrap_err().kind(),
            ErrorKind::MissingRequiredArgument
        );
    }

    #[test]
    fn export_writes_to_stdout_or_to_out() {
        let UsersCmd::Export(a) = users(&["export"]).unwrap() else { panic!() };
        assert_eq!(a.out, None);
        let UsersCmd::Export(a) = users(&["export", "--out", "user.csv"]).unwrap() else { panic!() };
        assert_eq!(a.out.as_deref(), Some(std::path::Path::new("user.csv")));
    }

    #[test]
    fn update_changes_only_what_is_given() {
        let UsersCmd::Update(a) = users(&["update", "ava@x.example", "--extension", "4321"]).unwrap() else { panic!() };
        assert_eq!(a.email, "ava@x.example");
        assert_eq!((a.work_number, a.extension.as_deref(), a.location), (None, Some("4321"), None));
        let UsersCmd::Update(a) =
            users(&["update", "ava@x.example", "--work-number", "+12125550100", "--location", "Dallas"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.work_number.as_deref(), a.location.as_deref()), (Some("+12125550100"), Some("Dallas")));
        assert_eq!(users(&["update"]).unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        assert_eq!(users(&["bogus"]).unwrap_err().kind(), ErrorKind::InvalidSubcommand);
    }

    /// The names, flags and defaults are a contract: scripts depend on them.
    #[test]
    fn the_users_commands_stay_as_scripts_know_them() {
        use crate::cli::tests::surface;
        assert_eq!(
            surface(&["users"]),
            [
                "users list [--filter <FILTER>=\"\"] [--limit <LIMIT>=0] [--offset <OFFSET>=0] [--not-provisioned]",
                "users show <EMAIL>",
                "users export [--out <FILE>]",
                "users set-work-number <EMAIL> <NUMBER>",
                "users update <EMAIL> [--work-number <E164>] [--extension <EXTENSION>] [--location <LOCATION>]",
            ]
            .join("\n")
        );
    }
}
