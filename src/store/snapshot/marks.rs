//! What a sync remembers so the next one can read only what can have changed: when the people
//! were last read (in full, and at all), the notes of the last full read, and per licence how many
//! users Webex counts beyond the mirrored ones. Rows of `sync_state` beside the parts (resources
//! `people:full`, `people:read`, `licence:KEY`), written in the snapshot's transaction. Also the
//! cache's side of what a partial read compares: who is mirrored, who owns which number, who
//! holds which licence, how many people each location has.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::people::PeopleNotes;
use crate::domain::error::Text;
use crate::domain::Result;
use crate::store::db_error;
use crate::store::queries::{parse_ts, ts};

/// What the last syncs left for the next one.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Marks {
    /// When the last sync that read every person started.
    pub full_at: Option<DateTime<Utc>>,
    /// When the last sync that read people (all, or those changed) started.
    pub read_at: Option<DateTime<Utc>>,
    /// Per licence key: users Webex counts (`consumedByUsers`) minus mirrored users holding it.
    pub offsets: HashMap<String, i64>,
}

/// How this sync read the people, for the marks it leaves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub started: DateTime<Utc>,
    /// Everyone was read (a full read), not only those changed.
    pub everyone: bool,
}

pub fn marks(conn: &Connection, org: i64) -> Result<Marks> {
    let mut st = conn
        .prepare("SELECT resource, items, synced_at FROM sync_state WHERE org_id = ?1 AND resource LIKE '%:%'")
        .map_err(db_error)?;
    let rows = st
        .query_map([org], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, String>(2)?)))
        .map_err(db_error)?;
    let mut m = Marks::default();
    for row in rows {
        let (resource, items, at) = row.map_err(db_error)?;
        match resource.as_str() {
            "people:full" if !at.is_empty() => m.full_at = Some(parse_ts(&at)),
            "people:read" if !at.is_empty() => m.read_at = Some(parse_ts(&at)),
            r => {
                if let Some(key) = r.strip_prefix("licence:") {
                    m.offsets.insert(key.to_string(), items);
                }
            }
        }
    }
    Ok(m)
}

/// The notes the last full read of people left (no email, twins, ...), each a message. Kept as
/// [`PeopleNotes`] in JSON; a cache an earlier wxgo wrote keeps English lines, said as they are.
pub fn people_notes(conn: &Connection, org: i64) -> Result<Vec<Text>> {
    let note: Option<Option<String>> = conn
        .query_row("SELECT note FROM sync_state WHERE org_id = ?1 AND resource = 'people:full'", [org], |r| r.get(0))
        .optional()
        .map_err(db_error)?;
    let Some(note) = note.flatten() else { return Ok(Vec::new()) };
    Ok(match serde_json::from_str::<PeopleNotes>(&note) {
        Ok(notes) => notes.texts(),
        Err(_) => note.split('\n').map(Text::from).collect(),
    })
}

fn put(tx: &Connection, org: i64, resource: &str, items: i64, note: Option<&str>, at: &str) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO sync_state (org_id, resource, state, items, note, synced_at) VALUES (?1, ?2, 'ok', ?3, ?4, ?5)
         ON CONFLICT (org_id, resource) DO UPDATE SET items = excluded.items, note = excluded.note,
            synced_at = excluded.synced_at",
    )
    .and_then(|mut s| s.execute(params![org, resource, items, note, at]))
    .map_err(db_error)?;
    Ok(())
}

/// Leaves the marks of this sync (in the snapshot's transaction): `people_read` when the people
/// part was read, the `notes` of a full read, `consumed` per licence key (None: the licences were not
/// read, so no count can be checked next time). `displaced`: a person took the email of one not
/// read again, so the next sync reads everyone.
pub(super) fn write(
    tx: &Connection,
    org: i64,
    reading: Reading,
    people_read: bool,
    displaced: bool,
    notes: &PeopleNotes,
    consumed: Option<&HashMap<String, i64>>,
) -> Result<()> {
    let at = ts(reading.started);
    if people_read {
        put(tx, org, "people:read", 0, None, &at)?;
        if reading.everyone {
            let kept = if notes.is_empty() { None } else { serde_json::to_string(notes).ok() };
            put(tx, org, "people:full", 0, kept.as_deref(), &at)?;
        }
    }
    if displaced || !people_read {
        tx.execute("DELETE FROM sync_state WHERE org_id = ?1 AND resource = 'people:full'", [org]).map_err(db_error)?;
    }
    tx.execute("DELETE FROM sync_state WHERE org_id = ?1 AND resource LIKE 'licence:%'", [org]).map_err(db_error)?;
    if let Some(consumed) = consumed {
        let holders = licence_holders(tx, org)?;
        let keys: HashSet<&String> = consumed.keys().chain(holders.keys()).collect();
        for k in keys {
            let offset = consumed.get(k).copied().unwrap_or(0) - holders.get(k).copied().unwrap_or(0);
            put(tx, org, &format!("licence:{k}"), offset, None, &at)?;
        }
    }
    Ok(())
}

/// Mirrored users per licence key.
pub fn licence_holders(conn: &Connection, org: i64) -> Result<HashMap<String, i64>> {
    let mut st = conn
        .prepare_cached(
            "SELECT ul.licence, count(*) FROM user_licences ul JOIN users u ON u.id = ul.user_id
             WHERE u.org_id = ?1 AND u.webex_id IS NOT NULL GROUP BY ul.licence",
        )
        .map_err(db_error)?;
    let rows = st.query_map([org], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?))).map_err(db_error)?;
    rows.collect::<rusqlite::Result<HashMap<_, _>>>().map_err(db_error)
}

/// How many people the copy holds.
pub fn mirrored_count(conn: &Connection, org: i64) -> Result<usize> {
    conn.query_row("SELECT count(*) FROM users WHERE org_id = ?1 AND webex_id IS NOT NULL", [org], |r| {
        r.get::<_, i64>(0)
    })
    .map(|n| n.max(0) as usize)
    .map_err(db_error)
}

/// The licence keys of the mirrored person with this Webex id; `None` when the copy does not
/// hold them.
pub fn mirrored_keys(conn: &Connection, org: i64, webex_id: &str) -> Result<Option<Vec<String>>> {
    let mut st = conn
        .prepare_cached(
            "SELECT ul.licence FROM users u LEFT JOIN user_licences ul ON ul.user_id = u.id
             WHERE u.org_id = ?1 AND u.webex_id = ?2",
        )
        .map_err(db_error)?;
    let rows: Vec<Option<String>> =
        st.query_map(params![org, webex_id], |r| r.get(0)).and_then(|rows| rows.collect()).map_err(db_error)?;
    Ok((!rows.is_empty()).then(|| rows.into_iter().flatten().collect()))
}

/// Whether the copy holds the person with this Webex id.
pub fn is_mirrored(conn: &Connection, org: i64, webex_id: &str) -> Result<bool> {
    conn.prepare_cached("SELECT 1 FROM users WHERE org_id = ?1 AND webex_id = ?2")
        .and_then(|mut s| s.exists(params![org, webex_id]))
        .map_err(db_error)
}

/// Each mirrored person's Webex id, one at a time (nothing held for all of them).
pub fn for_each_mirrored(conn: &Connection, org: i64, mut f: impl FnMut(&str)) -> Result<()> {
    let mut st =
        conn.prepare("SELECT webex_id FROM users WHERE org_id = ?1 AND webex_id IS NOT NULL").map_err(db_error)?;
    let mut rows = st.query([org]).map_err(db_error)?;
    while let Some(r) = rows.next().map_err(db_error)? {
        let id: String = r.get(0).map_err(db_error)?;
        f(&id);
    }
    Ok(())
}

/// A number's owner as the cache knows it, when a person: their Webex id, or [`UNMIRRORED`] for
/// a person the copy does not hold (no email, or an email twin).
pub const UNMIRRORED: &str = "(a person not mirrored)";

/// Each mirrored number, one at a time: its E.164 and its owner when a person (see [`UNMIRRORED`]).
pub fn for_each_number_owner(conn: &Connection, org: i64, mut f: impl FnMut(&str, Option<&str>)) -> Result<()> {
    let mut st = conn
        .prepare(
            "SELECT n.e164, coalesce(u.webex_id, CASE WHEN n.owner_service LIKE 'Person: %' THEN ?2 END) FROM numbers n
             LEFT JOIN users u ON u.id = n.owner_user_id WHERE n.org_id = ?1 AND n.webex_id IS NOT NULL",
        )
        .map_err(db_error)?;
    let mut rows = st.query(params![org, UNMIRRORED]).map_err(db_error)?;
    while let Some(r) = rows.next().map_err(db_error)? {
        let e164: String = r.get(0).map_err(db_error)?;
        let owner: Option<String> = r.get(1).map_err(db_error)?;
        f(&e164, owner.as_deref());
    }
    Ok(())
}

/// Mirrored people per location (by the location's Webex id): the largest are read first.
pub fn location_sizes(conn: &Connection, org: i64) -> Result<HashMap<String, usize>> {
    let mut st = conn
        .prepare(
            "SELECT l.webex_id, count(*) FROM users u JOIN locations l ON l.id = u.location_id
             WHERE u.org_id = ?1 AND u.webex_id IS NOT NULL AND l.webex_id IS NOT NULL GROUP BY l.webex_id",
        )
        .map_err(db_error)?;
    let rows =
        st.query_map([org], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?.max(0) as usize))).map_err(db_error)?;
    rows.collect::<rusqlite::Result<HashMap<_, _>>>().map_err(db_error)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::snapshot::people::Twin;

    #[test]
    fn a_full_reads_notes_are_kept_as_counts_and_names_and_said_again_in_the_language() {
        let conn = crate::store::open_in_memory().expect("db");
        conn.execute_batch("PRAGMA foreign_keys = OFF;").expect("pragma");
        let notes = PeopleNotes {
            no_email: 2,
            twins: vec![Twin { email: "\"DUP@a.example\"".into(), kept: None }],
            twins_total: 7,
            bad_numbers: vec!["b@a.example: \"=1\"".into()],
            bad_numbers_total: 1,
        };
        let reading = Reading { started: chrono::Utc::now(), everyone: true };
        write(&conn, 1, reading, true, false, &notes, None).expect("write");
        let said = people_notes(&conn, 1).expect("read");
        let english: Vec<&str> = said.iter().map(|t| t.as_str()).collect();
        assert_eq!(
            english,
            [
                "2 person(s) without an email were not mirrored",
                "7 person(s) have an email that differs from another's only in case and were not mirrored: \
                 \"DUP@a.example\" (kept: the person already in the copy) and 2 more. Give each person their own \
                 address in Control Hub, then sync",
                "1 person(s) have a work number in Webex that is not a phone number; it was left out (the person is \
                 kept): b@a.example: \"=1\"",
            ]
        );
        let de = crate::i18n::Tr::new(crate::i18n::Lang::De);
        assert_eq!(de.text(&said[0]), "2 Personen ohne E-Mail-Adresse wurden nicht in die Kopie übernommen");
        assert!(de
            .text(&said[1])
            .contains("\"DUP@a.example\" (behalten: die Person, die schon in der Kopie ist) und 2 weitere."));

        // A cache an earlier wxgo wrote holds English lines: said as they are.
        conn.execute("UPDATE sync_state SET note = 'one\ntwo' WHERE org_id = 1 AND resource = 'people:full'", [])
            .expect("update");
        let said = people_notes(&conn, 1).expect("read");
        assert_eq!(said.iter().map(|t| t.as_str()).collect::<Vec<_>>(), ["one", "two"]);
        assert_eq!(de.text(&said[0]), "one");
        // Nothing to say: nothing kept.
        write(&conn, 1, reading, true, false, &PeopleNotes::default(), None).expect("write");
        assert!(people_notes(&conn, 1).expect("read").is_empty());
    }
}
