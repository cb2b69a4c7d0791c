//! The people of a snapshot: everyone (a full read: who is not there any more is gone), or only
//! those a sync read again because they changed (the others stay as they are), with their licences.

use std::collections::{HashMap, HashSet};
use std::hash::BuildHasher;

use rusqlite::{params, Connection, OptionalExtension};

use super::PeopleRead;
use crate::domain::error::Text;
use crate::domain::{text, Result};
use crate::outside::webex::models::MirrorPerson;
use crate::store::db_error;

/// What the people part of a snapshot left behind.
pub(super) struct Written {
    /// Every mirrored person of the organisation after the write: Webex id -> local id.
    pub user_ids: HashMap<String, i64>,
    /// Notes about the people written (no email, twins, a work number that is not a number).
    pub notes: PeopleNotes,
    /// A person written took the email of a mirrored person who was not read again (two people
    /// swapped addresses between syncs): the next sync must read everyone.
    pub displaced: bool,
}

/// Writes the people of `read` and their licences (`licence_keys`: Webex licence id -> wxgo's
/// key). Those gone stay until [`drop_gone`], but are not in the ids it returns.
pub(super) fn write_people(
    tx: &Connection,
    org: i64,
    read: &PeopleRead,
    loc_ids: &HashMap<String, i64>,
    licence_keys: &HashMap<&str, String>,
    stamp: &str,
) -> Result<Written> {
    let exec = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<usize> {
        tx.prepare_cached(sql).and_then(|mut s| s.execute(p)).map_err(db_error)
    };
    let full = matches!(read, PeopleRead::All(_));
    let read_again: HashSet<String> = match read {
        PeopleRead::All(_) => HashSet::new(),
        PeopleRead::Changed { people, .. } => people.iter().map(|p| p.id.clone()).collect(),
    };
    if full {
        exec("UPDATE users SET synced_at = NULL WHERE org_id = ?1 AND webex_id IS NOT NULL", &[&org])?;
        exec(
            "DELETE FROM user_licences WHERE user_id IN (SELECT id FROM users WHERE org_id = ?1 AND webex_id IS NOT NULL)",
            &[&org],
        )?;
    }
    // Two people whose emails differ only in case cannot both be in the copy (an email names one
    // user here, as it does for Webex's sign-in): the first is kept, and the note names both so
    // the admin can give each its own address. (Emails seen are kept as hashes: when two meet,
    // the first is the one this pass wrote.)
    let hasher = std::collections::hash_map::RandomState::new();
    let mut emails_seen: HashSet<u64> = HashSet::new();
    let mut no_email = 0;
    let mut twins: Vec<Twin> = Vec::new();
    let mut bad_numbers: Vec<String> = Vec::new();
    let mut displaced = false;
    // A full read adds the people the copy does not hold yet a few hundred a statement (a
    // first sync: everyone); those it holds are updated one by one, as a partial read does.
    let mut fresh = full.then(|| Fresh::new(tx, org)).transpose()?;
    for p in read.iter() {
        if let Some(email) = p.primary_email().map(|e| text::clean(e, 254)).filter(|e| !e.is_empty()) {
            if !emails_seen.insert(hasher.hash_one(email.to_lowercase())) {
                // The first of the two may still wait in the batch.
                if let Some(f) = fresh.as_mut() {
                    f.flush(tx, org, stamp, licence_keys)?;
                }
                if let Some(first) = written_with(tx, org, &email, stamp)?.filter(|(id, _)| *id != p.id) {
                    twins.push(Twin { email: quoted(&email), kept: Some(quoted(&first.1)) });
                    continue;
                }
            }
            // A partial read: a mirrored person not read again holds this email (its twin).
            if !full && holder_of(tx, org, &email)?.is_some_and(|o| o != p.id && !read_again.contains(&o)) {
                twins.push(Twin { email: quoted(&email), kept: None });
                continue;
            }
        }
        if let Some(w) = p.work_number().filter(|w| !w.trim().is_empty() && !text::looks_like_number(w)) {
            bad_numbers.push(format!("{}: {}", text::clean(p.primary_email().unwrap_or(&p.id), 80), quoted(w)));
        }
        let loc = p.location_id.as_deref().and_then(|l| loc_ids.get(l)).copied();
        if let Some(f) = fresh.as_mut().filter(|f| !f.known.contains(&p.id)) {
            match user_fields(&p) {
                Some(fields) => f.add(tx, org, stamp, licence_keys, p, fields, loc)?,
                None => no_email += 1,
            }
            continue;
        }
        let uid = match upsert_user(tx, org, &p, loc, stamp)? {
            Upserted::Row(id, took_email) => {
                displaced |= took_email && !full;
                id
            }
            Upserted::NoEmail => {
                no_email += 1;
                continue;
            }
        };
        if !full {
            exec("DELETE FROM user_licences WHERE user_id = ?1", &[&uid])?;
        }
        for key in licence_keys_of(&p, licence_keys) {
            exec("INSERT INTO user_licences (user_id, licence) VALUES (?1, ?2)", &[&uid, &key])?;
        }
    }
    if let Some(f) = fresh.as_mut() {
        f.flush(tx, org, stamp, licence_keys)?;
    }
    let notes = PeopleNotes {
        no_email,
        twins_total: twins.len(),
        twins: twins.into_iter().take(SHOWN).collect(),
        bad_numbers_total: bad_numbers.len(),
        bad_numbers: bad_numbers.into_iter().take(SHOWN).collect(),
    };
    // Who is mirrored now: after a full read, those it wrote (synced now); after a partial one,
    // everyone but those gone.
    let mut user_ids = mirrored_ids(tx, org, full.then_some(stamp))?;
    if let PeopleRead::Changed { gone, .. } = read {
        for id in gone {
            user_ids.remove(id);
        }
    }
    Ok(Written { user_ids, notes, displaced })
}

/// Removes the people no longer in Webex (once the numbers no longer name them as owners):
/// everyone not written by a full read, or those a partial read found gone. Their devices go
/// with them.
pub(super) fn drop_gone(tx: &Connection, org: i64, read: &PeopleRead) -> Result<()> {
    let exec = |sql: &str, p: &[&dyn rusqlite::ToSql]| -> Result<usize> {
        tx.prepare_cached(sql).and_then(|mut s| s.execute(p)).map_err(db_error)
    };
    match read {
        PeopleRead::All(_) => {
            exec("DELETE FROM users WHERE org_id = ?1 AND webex_id IS NOT NULL AND synced_at IS NULL", &[&org])?;
        }
        PeopleRead::Changed { gone, .. } => {
            for id in gone {
                exec("DELETE FROM users WHERE org_id = ?1 AND webex_id = ?2", &[&org, id])?;
            }
        }
    }
    Ok(())
}

/// The Webex id and email of the person this pass (`stamp`) wrote with this email (whatever its
/// case).
fn written_with(tx: &Connection, org: i64, email: &str, stamp: &str) -> Result<Option<(String, String)>> {
    tx.prepare_cached(
        "SELECT webex_id, email FROM users WHERE org_id = ?1 AND email = ?2 AND synced_at = ?3 AND webex_id IS NOT NULL",
    )
    .and_then(|mut s| s.query_row(params![org, email, stamp], |r| Ok((r.get(0)?, r.get(1)?))).optional())
    .map_err(db_error)
}

/// The Webex id of the mirrored person with this email (whatever its case).
fn holder_of(tx: &Connection, org: i64, email: &str) -> Result<Option<String>> {
    tx.prepare_cached("SELECT webex_id FROM users WHERE org_id = ?1 AND email = ?2 AND webex_id IS NOT NULL")
        .and_then(|mut s| s.query_row(params![org, email], |r| r.get(0)).optional())
        .map_err(db_error)
}

/// The mirrored people of the organisation (those synced at `synced`, when given): Webex id ->
/// local id.
fn mirrored_ids(tx: &Connection, org: i64, synced: Option<&str>) -> Result<HashMap<String, i64>> {
    let mut st = tx
        .prepare_cached(
            "SELECT webex_id, id FROM users WHERE org_id = ?1 AND webex_id IS NOT NULL
                AND (?2 IS NULL OR synced_at = ?2)",
        )
        .map_err(db_error)?;
    let rows =
        st.query_map(params![org, synced], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).map_err(db_error)?;
    rows.collect::<rusqlite::Result<HashMap<_, _>>>().map_err(db_error)
}

/// wxgo's licence keys of a person's Webex licences, each once.
fn licence_keys_of<'k>(p: &MirrorPerson, licence_keys: &'k HashMap<&str, String>) -> Vec<&'k str> {
    let mut keys: Vec<&str> = Vec::new();
    for l in &p.licenses {
        if let Some(key) = licence_keys.get(l.as_str()) {
            if !keys.contains(&key.as_str()) {
                keys.push(key);
            }
        }
    }
    keys
}

/// People a full read adds, written [`BATCH`] a statement with their licences: a statement a
/// person and one a licence cost SQLite more in setting each statement up than in writing the
/// rows (a first sync of 100,000 people spent 2.5 s so).
struct Fresh {
    /// The Webex ids of the people the copy held before this write.
    known: HashSet<String>,
    waiting: Vec<(MirrorPerson, UserFields, Option<i64>)>,
}

/// People in one statement of [`Fresh`] (ten values each, well under SQLite's limit).
const BATCH: usize = 250;

impl Fresh {
    fn new(tx: &Connection, org: i64) -> Result<Fresh> {
        let known = mirrored_ids(tx, org, None)?.into_keys().collect();
        Ok(Fresh { known, waiting: Vec::with_capacity(BATCH) })
    }

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        tx: &Connection,
        org: i64,
        stamp: &str,
        licence_keys: &HashMap<&str, String>,
        p: MirrorPerson,
        fields: UserFields,
        location: Option<i64>,
    ) -> Result<()> {
        self.waiting.push((p, fields, location));
        if self.waiting.len() >= BATCH {
            self.flush(tx, org, stamp, licence_keys)?;
        }
        Ok(())
    }

    /// Writes the people waiting, and their licences. Should one of them hold an email another
    /// row has (two people swapped addresses), the statement adds nothing and each is written on
    /// its own as a partial read writes them.
    fn flush(&mut self, tx: &Connection, org: i64, stamp: &str, licence_keys: &HashMap<&str, String>) -> Result<()> {
        if self.waiting.is_empty() {
            return Ok(());
        }
        let waiting = std::mem::take(&mut self.waiting);
        let head = "INSERT INTO users (org_id, created_at, changed_at, synced_at, webex_id, email, display_name,
            location_id, work_phone, extension, department)";
        let sql = format!(
            "{} RETURNING webex_id, id",
            crate::store::delivery::batch_sql(head, waiting.len(), 2, 7, |n| {
                format!(
                    "(?1, ?2, ?2, ?2, ?{}, ?{}, ?{}, ?{}, ?{}, ?{}, ?{})",
                    n,
                    n + 1,
                    n + 2,
                    n + 3,
                    n + 4,
                    n + 5,
                    n + 6
                )
            })
        );
        let mut values: Vec<&dyn rusqlite::ToSql> = vec![&org, &stamp];
        for (p, f, loc) in &waiting {
            values.extend([&p.id as &dyn rusqlite::ToSql, &f.email, &f.name, loc, &f.work, &f.ext, &f.department]);
        }
        let ids: rusqlite::Result<HashMap<String, i64>> = tx
            .prepare_cached(&sql)
            .and_then(|mut st| st.query_map(values.as_slice(), |r| Ok((r.get(0)?, r.get(1)?)))?.collect());
        let ids = match ids {
            Ok(ids) => ids,
            Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation) => {
                let mut ids = HashMap::with_capacity(waiting.len());
                for (p, _, loc) in &waiting {
                    // A full read: the row it displaced is written again if it is still in Webex.
                    if let Upserted::Row(id, _) = upsert_user(tx, org, p, *loc, stamp)? {
                        ids.insert(p.id.clone(), id);
                    }
                }
                ids
            }
            Err(e) => return Err(db_error(e)),
        };
        let mut licences: Vec<(i64, &str)> = Vec::new();
        for (p, _, _) in &waiting {
            if let Some(&id) = ids.get(&p.id) {
                licences.extend(licence_keys_of(p, licence_keys).into_iter().map(|k| (id, k)));
            }
        }
        for chunk in licences.chunks(BATCH) {
            let sql = crate::store::delivery::batch_sql(
                "INSERT INTO user_licences (user_id, licence)",
                chunk.len(),
                0,
                2,
                |n| format!("(?{}, ?{})", n, n + 1),
            );
            let values: Vec<&dyn rusqlite::ToSql> =
                chunk.iter().flat_map(|(id, k)| [id as &dyn rusqlite::ToSql, k as &dyn rusqlite::ToSql]).collect();
            tx.prepare_cached(&sql).and_then(|mut st| st.execute(values.as_slice())).map_err(db_error)?;
        }
        self.known.extend(waiting.into_iter().map(|(p, _, _)| p.id));
        Ok(())
    }
}

/// How many of the people a note is about it names.
const SHOWN: usize = 5;

/// ` and N more` when a note names only the first [`SHOWN`] of `n`; nothing otherwise.
fn more(n: usize) -> Text {
    if n > SHOWN {
        crate::said!("sync-note-more", n = n - SHOWN).around(" ", "")
    } else {
        Text::default()
    }
}

/// Two people whose emails differ only in case: the one left out, and the one kept (`None`: the
/// person already in the copy). Both quoted as [`quoted`] shows them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Twin {
    pub email: String,
    pub kept: Option<String>,
}

/// What the people of a sync left out, as counts and the first few named: said as the sync's
/// notes in the admin's language ([`PeopleNotes::texts`]), and kept (as JSON) after a full read
/// for the partial reads that follow.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct PeopleNotes {
    /// People without an email (not mirrored).
    pub no_email: usize,
    /// The first of the people whose email differs from another's only in case.
    pub twins: Vec<Twin>,
    pub twins_total: usize,
    /// The first of the people whose work number is not a phone number: `who: "value"`.
    pub bad_numbers: Vec<String>,
    pub bad_numbers_total: usize,
}

impl PeopleNotes {
    pub fn is_empty(&self) -> bool {
        self.no_email == 0 && self.twins_total == 0 && self.bad_numbers_total == 0
    }

    /// The notes, each a message (English in the cache and `--json`).
    pub fn texts(&self) -> Vec<Text> {
        let mut notes = Vec::new();
        if self.no_email > 0 {
            notes.push(crate::said!("sync-note-no-email", n = self.no_email));
        }
        if self.twins_total > 0 {
            let list = Text::listed(self.twins.iter().map(|t| match &t.kept {
                Some(kept) => crate::said!("sync-note-twin-kept", email = &t.email, kept = kept),
                None => crate::said!("sync-note-twin-kept-cached", email = &t.email),
            }));
            notes.push(crate::said!(
                "sync-note-twins",
                n = self.twins_total,
                list = list,
                more = more(self.twins_total)
            ));
        }
        if self.bad_numbers_total > 0 {
            notes.push(crate::said!(
                "sync-note-bad-numbers",
                n = self.bad_numbers_total,
                list = self.bad_numbers.join(", "),
                more = more(self.bad_numbers_total)
            ));
        }
        notes
    }
}

struct UserFields {
    email: String,
    name: String,
    work: Option<String>,
    ext: Option<String>,
    department: Option<String>,
}

fn user_fields(p: &MirrorPerson) -> Option<UserFields> {
    let email = text::clean(p.primary_email()?, 254);
    if email.is_empty() {
        return None;
    }
    let name = text::clean_opt(p.display_name.as_deref(), 200)
        .or_else(|| {
            let n = format!("{} {}", p.first_name.as_deref().unwrap_or(""), p.last_name.as_deref().unwrap_or(""));
            text::clean_opt(Some(&n), 200)
        })
        .unwrap_or_else(|| email.clone());
    Some(UserFields {
        email,
        name,
        work: text::clean_opt(p.work_number().filter(|w| text::looks_like_number(w)), 40),
        ext: text::clean_opt(p.extension.as_deref(), 20),
        department: text::clean_opt(p.department.as_deref(), 120),
    })
}

/// How one person was written.
pub(super) enum Upserted {
    /// Their local id, and whether they took the email of another mirrored row (which was removed).
    Row(i64, bool),
    /// Not mirrored: no email.
    NoEmail,
}

/// Upserts one person by Webex id.
pub(super) fn upsert_user(
    tx: &Connection,
    org: i64,
    p: &MirrorPerson,
    location: Option<i64>,
    now: &str,
) -> Result<Upserted> {
    let Some(f) = user_fields(p) else { return Ok(Upserted::NoEmail) };
    let update = "UPDATE users SET email = ?3, display_name = ?4, location_id = ?5, work_phone = ?6, extension = ?7,
            department = ?8, changed_at = ?9, synced_at = ?9 WHERE org_id = ?1 AND webex_id = ?2 RETURNING id";
    let insert = "INSERT INTO users (org_id, webex_id, email, display_name, location_id, work_phone, extension,
            department, created_at, changed_at, synced_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?9, ?9)
            RETURNING id";
    let args = params![org, p.id, f.email, f.name, location, f.work, f.ext, f.department, now];
    let run = |sql: &str| tx.prepare_cached(sql).and_then(|mut s| s.query_row(args, |r| r.get::<_, i64>(0)).optional());
    let mut took = false;
    let mut r = run(update);
    if is_unique_violation(&r) {
        // Another mirrored row holds this email (two people swapped addresses): it is re-added if it still exists.
        displace(tx, org, &f.email, Some(&p.id))?;
        took = true;
        r = run(update);
    }
    if let Some(id) = r.map_err(db_error)? {
        return Ok(Upserted::Row(id, took));
    }
    let mut r = run(insert);
    if is_unique_violation(&r) {
        displace(tx, org, &f.email, None)?;
        took = true;
        r = run(insert);
    }
    Ok(match r.map_err(db_error)? {
        Some(id) => Upserted::Row(id, took),
        None => Upserted::NoEmail,
    })
}

/// Removes the row that holds `email` (but not the person `keep`) to make room for another
/// person. Its numbers are let go first (a primary number needs its owner): the numbers are
/// written after the people, as Webex has them.
fn displace(tx: &Connection, org: i64, email: &str, keep: Option<&str>) -> Result<()> {
    let holder = "SELECT id FROM users WHERE org_id = ?1 AND email = ?2 AND (?3 IS NULL OR webex_id IS NOT ?3)";
    tx.execute(
        &format!("UPDATE numbers SET owner_user_id = NULL, is_primary = 0 WHERE owner_user_id IN ({holder})"),
        params![org, email, keep],
    )
    .map_err(db_error)?;
    tx.execute(&format!("DELETE FROM users WHERE id IN ({holder})"), params![org, email, keep]).map_err(db_error)?;
    Ok(())
}

fn is_unique_violation<T>(r: &rusqlite::Result<T>) -> bool {
    matches!(r, Err(e) if e.sqlite_error_code() == Some(rusqlite::ErrorCode::ConstraintViolation))
}

/// A value from the API quoted in a note: one line, safe, short.
pub(super) fn quoted(s: &str) -> String {
    format!("\"{}\"", text::clean(s, 40))
}
