//! How results are printed: tables for people, JSON for scripts.

use comfy_table::{presets::UTF8_FULL_CONDENSED, ContentArrangement, Table};
use serde::Serialize;
use serde_json::json;

use crate::domain::text::{for_terminal, for_terminal_lines, is_hazard, shorten};
use crate::domain::{Error, Result};
use crate::service::demo::DemoSummary;
use crate::service::*;

/// Prints a line to stdout (see [`say`]).
macro_rules! outln {
    ($($arg:tt)*) => {{
        $crate::cli::output::say(&format!($($arg)*));
    }};
}
pub(crate) use outln;

/// Writes text to stdout with every hazard taken from data made harmless (no control
/// character, escape sequence or bidi override reaches the admin's terminal), then flushes, so
/// a full disk or a closed pipe is an error here and not lost in a buffer.
pub(crate) fn write_stdout(text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let text = for_terminal_lines(text);
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.write_all(b"\n")?;
    stdout.flush()
}

/// Prints a line of a read to stdout. A closed pipe (`wxgo users list | head`) ends the process
/// quietly: the reader has all it wanted. Any other failure ends it with exit code 7.
pub(crate) fn say(text: &str) {
    if let Err(e) = write_stdout(text) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
        warn(&format!("error: cannot write to standard output: {e}"));
        std::process::exit(7);
    }
}

/// Prints what must arrive (an activation code): any failure, a closed pipe included, is an
/// error the caller acts on.
pub(crate) fn say_or_fail(text: &str) -> Result<()> {
    write_stdout(text).map_err(|e| Error::Io(format!("cannot write to standard output ({e})")))
}

/// Whether stdout is the null device: `> /dev/null`, or a stdout that was closed when wxgo
/// started (the process then finds /dev/null there). Linux only (`/proc`); elsewhere `false`.
pub(crate) fn stdout_is_null() -> bool {
    use std::os::unix::fs::MetadataExt;
    match (std::fs::metadata("/proc/self/fd/1"), std::fs::metadata("/dev/null")) {
        (Ok(out), Ok(null)) => out.rdev() == null.rdev() && out.ino() == null.ino() && out.dev() == null.dev(),
        _ => false,
    }
}

/// A line on stderr, made harmless like stdout.
pub(crate) fn warn(text: &str) {
    eprintln!("{}", for_terminal_lines(text));
}

/// JSON text whose strings cannot act on a terminal: serde escapes C0 controls; this also
/// escapes DEL, C1 controls, bidi overrides and invisible characters as `\uXXXX`. The data is
/// the same for a JSON reader.
pub(crate) fn json_text<T: Serialize + ?Sized>(v: &T) -> Result<String> {
    let text = serde_json::to_string_pretty(v).map_err(|e| Error::Io(format!("cannot write JSON: {e}")))?;
    if !text.chars().any(is_hazard) {
        return Ok(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        // Only inside strings: the JSON around them is serde's and has no hazard but `\n`.
        if is_hazard(c) && c != '\n' {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    Ok(out)
}

/// `--out FILE`: writes a private file (0600 from the first byte; an existing file or link
/// is replaced, and the admin told when it was readable by others).
pub(crate) fn write_file(path: &std::path::Path, bytes: &[u8], what: &str) -> Result<()> {
    let replaced = crate::outside::write_private(path, bytes)
        .map_err(|e| Error::Io(format!("cannot write {what} to {}: {e}", path.display())))?;
    if let Some(note) = replaced.note(path) {
        warn(&format!("note: {note}"));
    }
    warn(&format!("Wrote {what} to {} (readable only by you)", path.display()));
    Ok(())
}

/// Prints a value as JSON (a read: see [`say`]).
pub(crate) fn json<T: Serialize + ?Sized>(v: &T) -> Result<()> {
    say(&json_text(v)?);
    Ok(())
}

pub struct Out {
    pub(crate) json: bool,
}

pub(crate) fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic).set_header(header.to_vec());
    t
}

/// A table row of cells from data: each made one line and harmless before it is measured.
pub(crate) trait CleanRows {
    fn clean_row(&mut self, cells: Vec<String>) -> &mut Self;
}

impl CleanRows for Table {
    fn clean_row(&mut self, cells: Vec<String>) -> &mut Self {
        self.add_row(cells.iter().map(|c| for_terminal(&shorten(c, MAX_CELL)).into_owned()).collect::<Vec<_>>())
    }
}

/// The longest cell a table shows, in characters; longer values are cut with `…`.
const MAX_CELL: usize = 300;

/// The value, or `-` when there is none (or it is empty).
pub(crate) fn or_dash(v: Option<&str>) -> String {
    v.filter(|s| !s.is_empty()).unwrap_or("-").to_string()
}

/// A device status with its symbol, or `-`.
pub(crate) fn status_cell(s: Option<DeviceStatus>) -> String {
    s.map(|s| format!("{} {}", s.symbol(), s.label())).unwrap_or_else(|| "-".into())
}

/// A time as the tables show it (UTC, to the minute).
pub(crate) fn when(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%d %H:%M UTC").to_string()
}

impl Out {
    pub fn new(json: bool) -> Self {
        Out { json }
    }

    pub(crate) fn print_json<T: Serialize + ?Sized>(&self, v: &T) -> Result<()> {
        json(v)
    }

    /// Rows as JSON, or as the table `human` makes (or `empty` when there are none).
    pub(crate) fn list<T: Serialize>(&self, rows: &[T], human: impl FnOnce() -> Table, empty: &str) -> Result<()> {
        if self.json {
            return self.print_json(rows);
        }
        if rows.is_empty() {
            outln!("{empty}");
        } else {
            outln!("{}", human());
        }
        Ok(())
    }

    pub fn error(&self, e: &Error) {
        warn(&format!("error: {e}"));
        if self.json {
            let v = json!({"error": {"kind": e.kind(), "rule": e.rule_id(), "message": e.to_string()}});
            if let Ok(text) = json_text(&v) {
                let _ = write_stdout(&text);
            }
        }
    }

    pub fn demo(&self, s: &DemoSummary) -> Result<()> {
        if self.json {
            return self.print_json(s);
        }
        outln!(
            "Created the demo organisation \"{}\" in {}: {} users, {} numbers, {} Webex Go devices, {} BroadWorks subscribers.",
            s.org, s.db, s.users, s.numbers, s.devices, s.bw_subscribers
        );
        outln!("Open the console with: wxgo --db {}", s.db);
        Ok(())
    }

    pub fn org(&self, o: &OrgInfo) -> Result<()> {
        if self.json {
            return self.print_json(o);
        }
        outln!("Organisation:        {}", o.name);
        outln!("Country:             {}", o.country);
        outln!("Emails:              {}", if o.suppress_emails { "suppressed (copy or print codes)" } else { "sent" });
        if o.smdp_address.is_empty() {
            outln!("SM-DP+ address:      - (not in the Webex API: Control Hub only, Devices > Webex Go)");
        } else {
            outln!("SM-DP+ address:      {}", o.smdp_address);
        }
        outln!("Code lifetime:       {} days", o.code_lifetime_days);
        outln!("Webex Go countries:  {}", o.go_countries.join(", "));
        Ok(())
    }

    pub fn numbers(&self, rows: &[NumberRow]) -> Result<()> {
        self.list(
            rows,
            || {
                let mut t = table(&["Number", "Location", "Kind", "State", "Owner", ""]);
                for n in rows {
                    t.clean_row(vec![
                        n.number.clone(),
                        n.location.clone(),
                        n.kind.clone(),
                        n.state.clone(),
                        match (&n.owner, n.primary) {
                            (Some(o), true) => format!("{o} (primary)"),
                            (Some(o), false) => o.clone(),
                            (None, _) => "unassigned".into(),
                        },
                        if n.webex_mobile { "[Webex Mobile]".into() } else { String::new() },
                    ]);
                }
                t
            },
            "No numbers match.",
        )
    }

    pub fn subscriptions(&self, rows: &[SubscriptionRow]) -> Result<()> {
        self.list(
            rows,
            || {
                let mut t = table(&["Subscription", "Name", "Webex Go licences", "Used", "Free"]);
                for s in rows {
                    t.clean_row(vec![
                        s.id.clone(),
                        s.name.clone(),
                        s.go_licences.to_string(),
                        s.used.to_string(),
                        s.free.to_string(),
                    ]);
                }
                t
            },
            "No subscription has Webex Go licences.",
        )
    }

    pub fn phone(&self, p: &PhoneOutcome) -> Result<()> {
        if self.json {
            return self.print_json(p);
        }
        outln!("{} {}", p.device_id, p.message);
        Ok(())
    }

    pub fn bw_subscribers(&self, rows: &[BwSubscriberRow]) -> Result<()> {
        self.list(
            rows,
            || {
                let mut t = table(&["BroadWorks id", "Name", "Email", "Package", "Status", "Error"]);
                for s in rows {
                    t.clean_row(vec![
                        s.broadworks_user_id.clone(),
                        format!("{} {}", s.first_name, s.last_name),
                        or_dash(s.email.as_deref()),
                        s.package.as_str().to_string(),
                        s.status.label().to_string(),
                        match (&s.error_code, &s.error_description) {
                            (Some(c), Some(d)) => format!("{c}: {d}"),
                            _ => String::new(),
                        },
                    ]);
                }
                t
            },
            "No subscribers match.",
        )
    }

    pub fn bw_templates(&self, rows: &[BwTemplateRow]) -> Result<()> {
        self.list(
            rows,
            || {
                let mut t =
                    table(&["Template", "Untrusted emails", "Share link", "Default package", "Flow-through (BW01)"]);
                for r in rows {
                    t.clean_row(vec![
                        r.name.clone(),
                        if r.untrusted_emails { "yes" } else { "no" }.into(),
                        r.share_link.clone(),
                        r.default_package.clone(),
                        if r.flow_through_ready {
                            "ready".to_string()
                        } else {
                            "NOT SET UP: check Untrusted emails and set the share link to the activation link"
                                .to_string()
                        },
                    ]);
                }
                t
            },
            "No customer templates.",
        )
    }

    pub fn audit(&self, rows: &[AuditRow]) -> Result<()> {
        self.list(
            rows,
            || {
                let mut t = table(&["When", "Who", "SSH client", "Action", "Object", "Outcome", "Details"]);
                for a in rows {
                    t.clean_row(vec![
                        when(a.at),
                        a.actor.clone(),
                        or_dash(a.ssh_client.as_deref()),
                        a.action.clone(),
                        a.object.clone(),
                        a.outcome.clone(),
                        a.details.clone(),
                    ]);
                }
                t
            },
            "The audit trail is empty.",
        )
    }

    pub fn checked_numbers(&self, rows: &[crate::domain::mobile::CheckedNumber]) -> Result<()> {
        self.list(
            rows,
            || {
                let mut t = table(&["Entered", "Number", "State", "Reason"]);
                for n in rows {
                    t.clean_row(vec![
                        n.input.clone(),
                        or_dash(n.number.as_deref()),
                        n.state.label().to_string(),
                        n.reason.clone(),
                    ]);
                }
                t
            },
            "No numbers given.",
        )
    }

    pub fn mobile_report(&self, r: &MobileAddReport) -> Result<()> {
        if self.json {
            return self.print_json(r);
        }
        self.checked_numbers(&r.numbers)?;
        if r.requests.is_empty() {
            outln!(
                "Added {} mobile number(s) to {} under operator account {} (INACTIVE until assigned); {} not added.",
                r.added,
                r.location,
                r.account_id,
                r.rejected
            );
            return Ok(());
        }
        // A real organisation: one line per request Webex answered.
        for (i, q) in r.requests.iter().enumerate() {
            // A refusal's own words carry the trackingId already.
            let tid = match (&q.tracking_id, &q.error) {
                (Some(t), Some(e)) if e.contains(t.as_str()) => String::new(),
                (Some(t), _) => format!(", trackingId {t}"),
                (None, _) => String::new(),
            };
            outln!(
                "Request {} of {} ({} numbers): {}, {} added{tid}{}",
                i + 1,
                r.requests.len(),
                q.numbers.len(),
                q.outcome,
                q.added.len(),
                q.error.as_deref().map(|e| format!(". {e}")).unwrap_or_default()
            );
        }
        outln!(
            "Added {} mobile number(s) to {} through Webex (INACTIVE until assigned); {} not added.",
            r.added,
            r.location,
            r.rejected
        );
        Ok(())
    }

    pub fn assigned(&self, a: &AssignOutcome) -> Result<()> {
        if self.json {
            return self.print_json(a);
        }
        outln!("{} is now the primary number of {} (ACTIVE).", a.number, a.user_email);
        if let Some(old) = &a.replaced {
            outln!("The replaced number {old} is back in the pool of unassigned numbers.");
        }
        outln!(
            "Webex Go mobile-operator device {} {}.",
            a.device_id,
            if a.device_created { "was created for the user" } else { "now uses the new number" }
        );
        Ok(())
    }

    pub fn operator_accounts(&self, rows: &[OperatorAccountRow]) -> Result<()> {
        self.list(
            rows,
            || {
                let mut t = table(&["Location", "Operator", "Account id", "Status", "Numbers", "What to do"]);
                for a in rows {
                    t.clean_row(vec![
                        a.location.clone(),
                        a.operator.clone(),
                        a.account_id.clone(),
                        a.status.label().to_string(),
                        a.numbers.to_string(),
                        a.advice.clone(),
                    ]);
                }
                t
            },
            "No operator accounts yet. Add one with `wxgo operator-accounts add`.",
        )
    }

    pub fn text(&self, line: &str) -> Result<()> {
        if self.json {
            return self.print_json(&json!({ "text": line }));
        }
        outln!("{line}");
        Ok(())
    }

    pub fn bw_deleted(&self, s: &BwSubscriberRow) -> Result<()> {
        if self.json {
            return self.print_json(s);
        }
        outln!(
            "Deleted the BroadWorks subscriber {} ({} {}); the user can try again after the configuration change.",
            s.broadworks_user_id,
            s.first_name,
            s.last_name
        );
        Ok(())
    }
}
