//! WG13: every row of the sheet checked before anything is added, with the rows above counted
//! in (a licence or a number two rows want is refused on the second), each problem named by
//! line, column and reason.

use crate::domain::error::Val;
use std::collections::{HashMap, HashSet};

use rusqlite::Connection;

use super::{tick, BulkPhase, BulkProgress, RowProblem, PROGRESS_EVERY};
use crate::domain::text::shorten;
use crate::domain::{Error, Result};
use crate::service::core::Core;
use crate::service::delivery::{cap_problems, header_key, CsvSheet};
use crate::service::devices::{already_has_device, DevicePlan};
use crate::store::delivery::UserLookup;
use crate::store::model::{SubscriptionRow, UserRow};
use crate::store::queries as q;

/// What a row is checked against.
pub(super) enum Truth<'a> {
    /// The database is the truth: every rule is checked here (licences, pools, numbers).
    Local,
    /// The database mirrors a real organisation: only what the mirrored data proves is checked
    /// (the user exists with Calling, a location and a number, and has no device yet); the
    /// licence pools and the number are Webex's to decide. `carried`: users (lower case) whose
    /// rows an earlier, stopped run of this file already sent, whose devices are expected.
    Mirror { carried: &'a HashSet<String> },
}

/// Where each column is in this file.
#[derive(Default)]
struct Columns {
    user: Option<usize>,
    kind: Option<usize>,
    extension: Option<usize>,
    phone: Option<usize>,
    device_type: Option<usize>,
    model: Option<usize>,
    mac: Option<usize>,
    location: Option<usize>,
    /// (column, subscription id, header as written)
    subs: Vec<(usize, String, String)>,
    names: Vec<String>,
}

impl Columns {
    fn find(header: &[String]) -> (Columns, Vec<RowProblem>) {
        // Header names are repeated in every problem of their column: kept short.
        let names = header.iter().map(|h| shorten(h, 60).into_owned()).collect();
        let mut cols = Columns { names, ..Default::default() };
        let mut problems = Vec::new();
        let mut seen: HashMap<String, usize> = HashMap::new();
        for (i, h) in header.iter().enumerate() {
            let key = header_key(h);
            if key.is_empty() {
                continue;
            }
            if let Some(first) = seen.insert(key.clone(), i) {
                problems.push(RowProblem {
                    line: 1,
                    column: shorten(h, 60).into_owned(),
                    rule: None,
                    reason: crate::said!(
                        "sheet-column-twice",
                        column = shorten(h, 60).as_ref(),
                        first = first + 1,
                        second = i + 1
                    ),
                });
                continue;
            }
            let slot = match key.as_str() {
                "username" => &mut cols.user,
                "type" => &mut cols.kind,
                "extension" => &mut cols.extension,
                "phonenumber" => &mut cols.phone,
                "devicetype" => &mut cols.device_type,
                "model" => &mut cols.model,
                "macaddress" => &mut cols.mac,
                "location" => &mut cols.location,
                _ => {
                    if let Some(id) = key.strip_prefix("webexgo[").and_then(|r| r.strip_suffix(']')) {
                        // The id as written (ids are compared without regard to case).
                        let open = h.find('[').unwrap_or(0);
                        let close = h.rfind(']').unwrap_or(h.len());
                        let written = h.get(open + 1..close).unwrap_or(id).trim().to_string();
                        cols.subs.push((i, written, h.clone()));
                    }
                    // Other columns (notes a spreadsheet user added) are left alone.
                    continue;
                }
            };
            *slot = Some(i);
        }
        for (slot, name) in
            [(cols.user, "Username"), (cols.kind, "Type"), (cols.device_type, "Device Type"), (cols.model, "Model")]
        {
            if slot.is_none() {
                problems.push(RowProblem {
                    line: 1,
                    column: name.to_string(),
                    rule: None,
                    reason: crate::said!("sheet-no-column", column = name, command = TEMPLATE),
                });
            }
        }
        if cols.subs.is_empty() {
            problems.push(RowProblem {
                line: 1,
                column: "Webex Go[<subscription id>]".into(),
                rule: Some("WG02"),
                reason: crate::said!(
                    "sheet-no-subscription-column",
                    column = "Webex Go[<subscription id>]",
                    command = TEMPLATE
                ),
            });
        }
        (cols, problems)
    }

    fn name(&self, i: Option<usize>, default: &str) -> String {
        i.and_then(|i| self.names.get(i)).cloned().unwrap_or_else(|| default.to_string())
    }
}

/// The rows that passed, ready to add, and every problem found.
pub(super) struct Checked {
    pub(super) plans: Vec<(u64, DevicePlan)>,
    pub(super) problems: Vec<RowProblem>,
    /// Problems found beyond the first [`crate::service::delivery::MAX_PROBLEMS`], counted, not kept.
    pub(super) more: usize,
}

/// The command that prints the template, suggested where the header lacks a column.
const TEMPLATE: &str = "`wxgo devices template > devices.csv`";

/// A refusal from the single-device checks, in the words of the spreadsheet.
fn in_sheet_words(message: &str) -> String {
    message
        .replace("choose one with --number", "write one in the Phone Number column")
        .replace("Leave out --number", "Leave Phone Number empty")
}

/// A message in the words of the spreadsheet: as it is (and so said in the language) when it
/// names no flag, else its English with the column for the flag.
fn in_sheet(message: crate::domain::error::Text) -> crate::domain::error::Text {
    let words = in_sheet_words(&message);
    if words == *message {
        message
    } else {
        words.into()
    }
}

/// Turns an error of a check into a problem of the row; an error of the database itself ends
/// the import (it is not the row's fault).
fn row_problem(line: u64, column: &str, e: Error) -> Result<RowProblem> {
    match e {
        Error::Database(_) | Error::Io(_) | Error::ReadOnly(_) | Error::ReadOnlyFor { .. } => Err(e),
        Error::Rule { rule, message } => {
            Ok(RowProblem { line, column: column.to_string(), rule: Some(rule), reason: in_sheet(message) })
        }
        other => {
            let reason =
                other.text().cloned().map(in_sheet).unwrap_or_else(|| in_sheet_words(&other.to_string()).into());
            Ok(RowProblem { line, column: column.to_string(), rule: None, reason })
        }
    }
}

fn is_true(v: &str) -> Option<bool> {
    let v = v.trim();
    let is = |words: &[&str]| words.iter().any(|w| v.eq_ignore_ascii_case(w));
    if is(&["TRUE", "YES", "1", "X"]) {
        Some(true)
    } else if is(&["FALSE", "NO", "0", ""]) {
        Some(false)
    } else {
        None
    }
}

/// Checks every row; writes nothing.
pub(super) fn check(
    cx: &Core,
    conn: &Connection,
    sheet: &CsvSheet,
    truth: Truth<'_>,
    progress: &mut dyn FnMut(BulkProgress) -> bool,
) -> Result<Checked> {
    let mut checker = Checker::new(cx, conn, sheet, truth, progress)?;
    checker.preload(0..sheet.rows.len())?;
    checker.check_rows(sheet.rows.len(), progress)?;
    checker.finish(progress)
}

/// The rows of a sheet checked in order, a stretch at a time: the running counts and the users
/// and numbers already named stand for the rows above, so checking the rows in stretches finds
/// exactly what checking them all at once does. Every read goes through `conn`, which should see
/// the state before anything of this import was written (a read-only connection beside the
/// writer's, or the writer's own before it writes).
pub(super) struct Checker<'a> {
    cx: &'a Core,
    conn: &'a Connection,
    sheet: &'a CsvSheet,
    webex: bool,
    carried: Option<&'a HashSet<String>>,
    cols: Columns,
    problems: Vec<RowProblem>,
    /// Problems found beyond the first [`crate::service::delivery::MAX_PROBLEMS`], counted.
    more: usize,
    subs: Vec<SubscriptionRow>,
    unknown_subs: HashSet<String>,
    users: UserLookup<'a>,
    /// By id: a user named twice is the same row however the file spells the email.
    seen_users: hashbrown::HashMap<i64, u64>,
    seen_numbers: HashMap<i64, (u64, String)>,
    plans: Vec<(u64, DevicePlan)>,
    col_user: String,
    col_phone: String,
    /// The next row to check.
    next: usize,
}

impl<'a> Checker<'a> {
    /// Reads the header and the subscriptions (once; the running counts stand for the rows above).
    pub(super) fn new(
        cx: &'a Core,
        conn: &'a Connection,
        sheet: &'a CsvSheet,
        truth: Truth<'a>,
        progress: &mut dyn FnMut(BulkProgress) -> bool,
    ) -> Result<Self> {
        let total = sheet.rows.len();
        let (webex, carried) = match truth {
            Truth::Local => (false, None),
            Truth::Mirror { carried } => (true, Some(carried)),
        };
        tick(progress, BulkPhase::Reading, 0, total)?;
        let (cols, mut problems) = Columns::find(&sheet.header);
        if webex {
            // The subscription columns are optional: the request names no licence pool.
            problems.retain(|p| !(p.line == 1 && p.rule == Some("WG02")));
        }
        let subs: Vec<SubscriptionRow> = q::subscriptions(conn, cx.org.id)?;
        // A subscription column naming no subscription with Webex Go licences is reported once,
        // on the header.
        let mut unknown_subs = HashSet::new();
        for (_, id, header) in &cols.subs {
            if let Err(e) = crate::service::devices::pick_subscription(cx, &subs, Some(id)) {
                if !matches!(e, Error::Rule { .. }) {
                    problems.push(row_problem(1, header, e)?);
                    unknown_subs.insert(id.clone());
                }
            }
        }
        let col_user = cols.name(cols.user, "Username");
        let col_phone = cols.name(cols.phone, "Phone Number");
        Ok(Checker {
            cx,
            conn,
            sheet,
            webex,
            carried,
            cols,
            problems,
            more: 0,
            subs,
            unknown_subs,
            users: UserLookup::new(conn, cx.org.id)?,
            seen_users: hashbrown::HashMap::with_capacity(total),
            seen_numbers: HashMap::new(),
            plans: Vec::with_capacity(total),
            col_user,
            col_phone,
            next: 0,
        })
    }

    /// The emails these rows name, as written (none when the file has no Username column).
    pub(super) fn emails(&self, rows: std::ops::Range<usize>) -> impl Iterator<Item = &'a str> + use<'a> {
        let col = self.cols.user;
        let sheet: &'a CsvSheet = self.sheet;
        sheet.rows[rows].iter().filter_map(move |(_, r)| col.and_then(|c| r.get(c)))
    }

    /// Reads the users these rows name through `conn`, all in one query.
    pub(super) fn preload(&mut self, rows: std::ops::Range<usize>) -> Result<()> {
        let emails: Vec<&str> = self.emails(rows).collect();
        self.users.preload(emails)
    }

    /// Users read elsewhere (by another connection that sees the same state) for rows to come.
    pub(super) fn known(&mut self, users: Vec<UserRow>) {
        self.users.add(users);
    }

    /// The plans of the rows checked since the last call (or since the start), in file order;
    /// [`Checker::finish`] returns the rest.
    pub(super) fn take_plans(&mut self) -> Vec<(u64, DevicePlan)> {
        std::mem::take(&mut self.plans)
    }

    /// Whether any row or the header has a problem so far.
    pub(super) fn has_problems(&self) -> bool {
        !self.problems.is_empty() || self.more > 0
    }

    /// Checks the rows from the next unchecked one up to `end` (exclusive).
    pub(super) fn check_rows(&mut self, end: usize, progress: &mut dyn FnMut(BulkProgress) -> bool) -> Result<()> {
        let total = self.sheet.rows.len();
        let Checker {
            cx,
            conn,
            sheet,
            webex,
            carried,
            ref cols,
            ref mut problems,
            ref mut more,
            ref mut subs,
            ref unknown_subs,
            ref mut users,
            ref mut seen_users,
            ref mut seen_numbers,
            ref mut plans,
            ref col_user,
            ref col_phone,
            ref mut next,
        } = *self;
        let (cx, conn): (&Core, &Connection) = (cx, conn);
        for k in *next..end.min(total) {
            let (line, rec) = &sheet.rows[k];
            if k % PROGRESS_EVERY == 0 {
                tick(progress, BulkPhase::Checking, k, total)?;
            }
            let line = *line;
            // Only the first problems are kept (each row's are complete when it is checked),
            // so a file of a million bad rows costs memory for its rows, not for its problems.
            cap_problems(problems, more);
            let before = problems.len();
            let cell = |i: Option<usize>| i.and_then(|i| rec.get(i)).map(str::trim).unwrap_or("");
            let fixed = |i: Option<usize>, want: &str, default: &str, problems: &mut Vec<RowProblem>| {
                let v = cell(i);
                if i.is_some() && !v.eq_ignore_ascii_case(want) {
                    problems.push(RowProblem {
                        line,
                        column: cols.name(i, default),
                        rule: None,
                        reason: if v.is_empty() {
                            crate::said!("sheet-empty-write", want = want)
                        } else {
                            crate::said!("sheet-not-fixed", value = shorten(v, 60).as_ref(), want = want)
                        },
                    });
                }
            };
            fixed(cols.kind, "USER", "Type", problems);
            fixed(cols.device_type, "WEBEX_CALLING", "Device Type", problems);
            fixed(cols.model, "Webex Go Device", "Model", problems);
            let mac = cell(cols.mac);
            if !mac.is_empty() {
                problems.push(RowProblem {
                    line,
                    column: cols.name(cols.mac, "MAC Address"),
                    rule: None,
                    reason: crate::said!("sheet-mac", value = shorten(mac, 60).as_ref()),
                });
            }

            // WG02: exactly one subscription, with a free licence counting the rows above.
            let mut chosen: Vec<&(usize, String, String)> = Vec::new();
            for sub in &cols.subs {
                match is_true(cell(Some(sub.0))) {
                    Some(true) => chosen.push(sub),
                    Some(false) => {}
                    None => problems.push(RowProblem {
                        line,
                        column: sub.2.clone(),
                        rule: None,
                        reason: crate::said!("sheet-not-true-false", value = shorten(cell(Some(sub.0)), 60).as_ref()),
                    }),
                }
            }
            let mut subscription = None;
            match chosen.as_slice() {
                [] if webex && cols.subs.is_empty() => subscription = Some(String::new()),
                [one] if webex => subscription = Some(one.1.clone()),
                [] if !cols.subs.is_empty() => problems.push(RowProblem {
                    line,
                    column: cols.subs[0].2.clone(),
                    rule: Some("WG02"),
                    reason: crate::said!(
                        "sheet-no-true",
                        columns = cols.subs.iter().map(|s| s.2.as_str()).collect::<Vec<_>>().join(", ")
                    ),
                }),
                [] => {}
                [one] => match crate::service::devices::pick_subscription(cx, subs, Some(&one.1)) {
                    Ok(sub) => {
                        if let Some(s) = subs.iter_mut().find(|s| s.id == sub.id) {
                            s.used += 1;
                            s.free -= 1;
                        }
                        subscription = Some(sub.id);
                    }
                    Err(e) => {
                        if !unknown_subs.contains(&one.1) {
                            let mut p = row_problem(line, &one.2, e)?;
                            if p.rule == Some("WG02") {
                                p.reason = crate::said!("sheet-counted-in", reason = p.reason);
                            }
                            problems.push(p);
                        }
                    }
                },
                many => problems.push(RowProblem {
                    line,
                    column: many[1].2.clone(),
                    rule: Some("WG02"),
                    reason: crate::said!("sheet-many-true", n = many.len()),
                }),
            }

            // The user: exists, once in the file, WG01, one device per user.
            let email = cell(cols.user);
            let user = if email.is_empty() {
                if cols.user.is_some() {
                    problems.push(RowProblem {
                        line,
                        column: col_user.clone(),
                        rule: None,
                        reason: crate::said!("sheet-no-user"),
                    });
                }
                None
            } else {
                match users.take(email)? {
                    None => {
                        problems.push(row_problem(line, col_user, cx.no_user(email))?);
                        None
                    }
                    Some(user) => {
                        if let Some(first) = seen_users.insert(user.id, line) {
                            problems.push(RowProblem {
                                line,
                                column: col_user.clone(),
                                rule: None,
                                reason: crate::said!("sheet-user-twice", email = &user.email, first = first),
                            });
                        }
                        let carried_over = carried.is_some_and(|c| c.contains(&user.email.to_lowercase()));
                        if let (Some(id), Some(status), false) = (&user.device_id, user.device_status, carried_over) {
                            problems.push(row_problem(line, col_user, already_has_device(&user, id, status))?);
                        } else if webex {
                            if let Err(e) = crate::service::devices::api_target(conn, user.clone()) {
                                problems.push(row_problem(line, col_user, e)?);
                            }
                        } else if let Err(e) = crate::service::devices::check_licence_and_country(cx, &user) {
                            problems.push(row_problem(line, col_user, e)?);
                        }
                        Some(user)
                    }
                }
            };

            let user_ok = problems[before..].iter().all(|p| p.column != *col_user);
            if let Some(user) = user.filter(|_| user_ok) {
                let ext = cell(cols.extension);
                if !ext.is_empty() && user.extension.as_deref() != Some(ext) {
                    problems.push(RowProblem {
                        line,
                        column: cols.name(cols.extension, "Extension"),
                        rule: None,
                        reason: crate::said!(
                            "sheet-extension",
                            email = &user.email,
                            theirs = user.extension.as_deref().map(Val::from).unwrap_or(Val::Msg("names-none")),
                            given = ext
                        ),
                    });
                }
                let loc = cell(cols.location);
                if !loc.is_empty() && !user.location.as_deref().is_some_and(|l| l.eq_ignore_ascii_case(loc)) {
                    problems.push(RowProblem {
                        line,
                        column: cols.name(cols.location, "Location"),
                        rule: None,
                        reason: crate::said!(
                            "sheet-location",
                            email = &user.email,
                            theirs = user.location.as_deref().map(Val::from).unwrap_or(Val::Msg("sheet-no-location")),
                            given = loc
                        ),
                    });
                }
                // WG03: a user without a primary number gets an unassigned one of the location,
                // and no two rows may take the same number.
                let phone = cell(cols.phone);
                let number = if webex {
                    // Webex keeps the person's number; a different one here would not be sent.
                    match (phone, user.primary_number.as_deref()) {
                        ("", _) => Ok(None),
                        (p, Some(n)) if crate::domain::E164::parse(p).is_ok_and(|e| e.as_str() == n) => Ok(None),
                        (p, n) => Err(Error::rule(
                            "WG03",
                            crate::said!(
                                "sheet-number-webex",
                                given = shorten(p, 40).as_ref(),
                                theirs = n.map_or(crate::domain::error::Val::Msg("sheet-no-number"), Into::into),
                                email = &user.email,
                                place = crate::service::action::control_hub_path(
                                    crate::service::action::Action::SetWorkNumber
                                )
                            ),
                        )),
                    }
                } else {
                    crate::service::devices::check_primary_number(cx, conn, &user, Some(phone))
                };
                match number {
                    Ok(number) => {
                        if let Some(n) = &number {
                            if let Some((first, other)) = seen_numbers.insert(n.id, (line, user.email.clone())) {
                                problems.push(RowProblem {
                                    line,
                                    column: col_phone.clone(),
                                    rule: Some("WG03"),
                                    reason: crate::said!(
                                        "sheet-number-twice",
                                        number = &n.number,
                                        first = first,
                                        other = other,
                                        location = &n.location
                                    ),
                                });
                            }
                        }
                        if problems.len() == before {
                            if let Some(subscription) = subscription {
                                plans.push((line, DevicePlan { user, subscription, number }));
                            }
                        }
                    }
                    Err(e) => problems.push(row_problem(line, col_phone, e)?),
                }
            }
        }
        *next = end.min(total);
        Ok(())
    }

    /// Every problem found, and the plans of the rows that passed.
    pub(super) fn finish(mut self, progress: &mut dyn FnMut(BulkProgress) -> bool) -> Result<Checked> {
        let total = self.sheet.rows.len();
        cap_problems(&mut self.problems, &mut self.more);
        tick(progress, BulkPhase::Checking, total, total)?;
        Ok(Checked { plans: self.plans, problems: self.problems, more: self.more })
    }
}
