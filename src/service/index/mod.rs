//! In-memory list indexes: filtering and paging without rebuilding rows per keystroke.
//!
//! Each list (users, devices, numbers, BroadWorks subscribers) is held as its ids in display
//! order and, for each field a filter searches, one small integer per row into a dictionary of
//! that field's distinct lower-cased texts (see [`Key`]). A filter is a substring search: it is
//! tried once per distinct text, and a row then matches through a few table look-ups, so a
//! million users cost a few bytes each instead of their text. Devices and numbers point at the
//! users' rows for their owner's name and email instead of holding them again.
//!
//! Typing on narrows the previous matches instead of starting over, and deleting back to a
//! filter typed before takes its matches again; a window is a slice of ids whose full rows are
//! then read. The indexes are dropped whenever the database changed, here (`total_changes`) or
//! in another process (`PRAGMA data_version`).
//!
//! A filter matches a row when it is a substring of one of the row's fields (the same fields,
//! and the same ASCII-only case folding, as the SQL `LIKE` filter), never across two fields.

use std::collections::HashMap;
use std::hash::BuildHasher;

use memchr::memmem;

use crate::domain::search::{narrows, number_query};
use crate::domain::{Error, Result};
use crate::store::index::{self, ListKind};

/// Below this offset an unfiltered page is read straight from SQLite's indexes: the first
/// frame of a console must not wait for a whole list to be indexed.
mod packed;
mod probe;
mod table;

use packed::*;
use probe::*;
use table::*;

pub(crate) const DIRECT_OFFSET: usize = 2_000;

/// The list of every number: where a user's numbers are searched.
const ALL_NUMBERS: ListKind = ListKind::Numbers { mobile_only: false };

/// How many filters of one typing run are kept (each narrows the one before).
const CHAIN_MAX: usize = 32;

// ------------------------------------------------------------------ packed integers

// ------------------------------------------------------------------ dictionaries

// ------------------------------------------------------------------ keys

// ------------------------------------------------------------------ matching

// ------------------------------------------------------------------ tables

// ------------------------------------------------------------------ row sets

/// The rows a filter matched, in display order: a list of row numbers when they are few, one
/// bit per row when they are many (a million rows then take 125 kB).
enum Rows {
    List(Vec<u32>),
    Bits { words: Vec<u64>, count: usize },
}

impl Rows {
    fn len(&self) -> usize {
        match self {
            Rows::List(v) => v.len(),
            Rows::Bits { count, .. } => *count,
        }
    }

    fn each(&self, mut f: impl FnMut(u32)) {
        match self {
            Rows::List(v) => v.iter().for_each(|&r| f(r)),
            Rows::Bits { words, .. } => {
                for (w, &word) in words.iter().enumerate() {
                    let mut bits = word;
                    while bits != 0 {
                        f((w * 64) as u32 + bits.trailing_zeros());
                        bits &= bits - 1;
                    }
                }
            }
        }
    }

    /// Rows `offset..offset + limit` of the set.
    fn window(&self, offset: usize, limit: usize) -> Vec<u32> {
        match self {
            Rows::List(v) => v.iter().skip(offset).take(limit).copied().collect(),
            Rows::Bits { words, .. } => {
                let mut out = Vec::new();
                let mut skip = offset;
                for (w, &word) in words.iter().enumerate() {
                    if out.len() >= limit {
                        break;
                    }
                    let ones = word.count_ones() as usize;
                    if skip >= ones {
                        skip -= ones;
                        continue;
                    }
                    let mut bits = word;
                    while bits != 0 && out.len() < limit {
                        let b = bits.trailing_zeros();
                        bits &= bits - 1;
                        if skip > 0 {
                            skip -= 1;
                        } else {
                            out.push((w * 64) as u32 + b);
                        }
                    }
                }
                out
            }
        }
    }

    /// One bit per row of `n`.
    fn to_bits(&self, n: usize) -> Vec<u64> {
        match self {
            Rows::Bits { words, .. } => words.clone(),
            Rows::List(rows) => {
                let mut words = vec![0u64; n.div_ceil(64)];
                for &r in rows {
                    if let Some(w) = words.get_mut(r as usize / 64) {
                        *w |= 1 << (r % 64);
                    }
                }
                words
            }
        }
    }

    /// The smaller form of the rows whose bits are set.
    fn from_bits(words: Vec<u64>, n: usize) -> Rows {
        let count = words.iter().map(|w| w.count_ones() as usize).sum::<usize>();
        let bits = Rows::Bits { words, count };
        if count > n / 64 {
            return bits;
        }
        let mut list = Vec::with_capacity(count);
        bits.each(|r| list.push(r));
        Rows::List(list)
    }

    fn heap_bytes(&self) -> usize {
        match self {
            Rows::List(v) => v.capacity() * 4,
            Rows::Bits { words, .. } => words.capacity() * 8,
        }
    }
}

// ------------------------------------------------------------------ lists

#[derive(Default)]
pub(crate) struct Lists {
    stamp: Option<(i64, u64)>,
    /// The users' rows: the Users list, and the owners of devices and numbers.
    people: Option<People>,
    lists: HashMap<ListKind, List>,
    /// Unfiltered row counts, read once per change of the database.
    counts: HashMap<ListKind, usize>,
}

struct List {
    /// None: the Users list (its rows are `Lists::people`).
    table: Option<Table>,
    /// When an order that depends on the time was built (`YYYY-MM-DDTHH:MM`): it is built again
    /// the next minute, as codes expire.
    minute: Option<String>,
    /// The filters typed one after another, each with the rows it matched (each narrows the
    /// one before): the last is the current one; deleting characters goes back down the chain.
    chain: Vec<(String, Rows)>,
}

/// A page of a list: how many rows match, and the ids of the window asked for.
pub(crate) struct Window {
    pub total: usize,
    pub ids: Vec<i64>,
}

/// Keeps the chain ending with the rows matching `filter` (trimmed and lower-cased);
/// `matches` finds them among the rows given (all rows when none).
fn refresh(chain: &mut Vec<(String, Rows)>, filter: &str, matches: impl FnOnce(Option<&Rows>) -> Rows) {
    // Deleting back to a filter typed before: its matches are still there.
    if let Some(k) = chain.iter().rposition(|(f, _)| f == filter) {
        chain.truncate(k + 1);
        return;
    }
    // Typing on: every match of the longer filter matched a shorter one it contains (and, for a
    // number, whose digits it contains).
    while chain.last().is_some_and(|(prev, _)| !narrows(prev, filter)) {
        chain.pop();
    }
    let rows = matches(chain.last().map(|(_, r)| r));
    if chain.len() == CHAIN_MAX {
        chain.remove(0);
    }
    chain.push((filter.to_string(), rows));
}

impl Lists {
    /// Drops every index when the database has changed since they were built.
    pub fn check(&mut self, stamp: (i64, u64)) {
        if self.stamp != Some(stamp) {
            self.lists.clear();
            self.people = None;
            self.counts.clear();
            self.stamp = Some(stamp);
        }
    }

    /// The unfiltered count: from the index when it is built, else counted once.
    pub fn count(&mut self, conn: &rusqlite::Connection, org: i64, kind: ListKind) -> Result<usize> {
        if let Some(list) = self.lists.get(&kind) {
            return Ok(match &list.table {
                Some(t) => t.len(),
                None => self.people.as_ref().map_or(0, People::len),
            });
        }
        if let Some(n) = self.counts.get(&kind) {
            return Ok(*n);
        }
        let n = index::count(conn, org, kind)?;
        self.counts.insert(kind, n);
        Ok(n)
    }

    pub fn is_built(&self, kind: ListKind) -> bool {
        self.lists.contains_key(&kind)
    }

    /// Bytes the indexes hold (for `wxgo bench`).
    pub fn heap_bytes(&self) -> usize {
        self.people.as_ref().map_or(0, People::heap_bytes)
            + self
                .lists
                .values()
                .map(|l| {
                    l.table.as_ref().map_or(0, Table::heap_bytes)
                        + l.chain.iter().map(|(f, r)| f.capacity() + r.heap_bytes()).sum::<usize>()
                })
                .sum::<usize>()
    }

    fn build(&mut self, conn: &rusqlite::Connection, org: i64, kind: ListKind, now: &str) -> Result<()> {
        let minute = match kind {
            ListKind::Devices(_, sort) if sort.by_time() => now.get(..16).map(str::to_string),
            _ => None,
        };
        match self.lists.get(&kind) {
            Some(list) if list.minute == minute => return Ok(()),
            Some(_) => {
                self.lists.remove(&kind);
            }
            None => {}
        }
        if self.people.is_none() && !matches!(kind, ListKind::Bw { .. }) {
            self.people = Some(People::build(conn, org)?);
        }
        let table = match (kind, &self.people) {
            (ListKind::Users, _) => None,
            (ListKind::Bw { exclude_provisioned }, _) => Some(Table::bw(conn, org, exclude_provisioned)?),
            (ListKind::Devices(..), Some(people)) => Some(Table::devices(conn, org, people, kind, now)?),
            (ListKind::Numbers { mobile_only }, Some(people)) => Some(Table::numbers(conn, org, people, mobile_only)?),
            (_, None) => return Err(Error::database(crate::said!("index-users-missing"))),
        };
        self.lists.insert(kind, List { table, minute, chain: Vec::new() });
        Ok(())
    }

    /// A window of a list; `now` (RFC 3339) orders the devices whose order depends on the time.
    #[allow(clippy::too_many_arguments)]
    pub fn window(
        &mut self,
        conn: &rusqlite::Connection,
        org: i64,
        kind: ListKind,
        filter: &str,
        offset: usize,
        limit: usize,
        now: &str,
    ) -> Result<Window> {
        self.build(conn, org, kind, now)?;
        let filter = filter.trim().to_ascii_lowercase();
        let number = number_query(&filter);
        // The users' numbers are found through the numbers' list.
        if number.is_some() && matches!(kind, ListKind::Users | ListKind::Devices(..)) {
            self.build(conn, org, ALL_NUMBERS, now)?;
        }
        // The list is taken out while it is searched, so that the numbers' list can be read.
        let Some(mut list) = self.lists.remove(&kind) else {
            return Err(Error::database(crate::said!("index-list-missing")));
        };
        let out = self.window_of(&mut list, kind, &filter, number.as_deref(), offset, limit);
        self.lists.insert(kind, list);
        out
    }

    fn window_of(
        &self,
        list: &mut List,
        kind: ListKind,
        filter: &str,
        number: Option<&str>,
        offset: usize,
        limit: usize,
    ) -> Result<Window> {
        let people = self.people.as_ref();
        let numbers = self.lists.get(&ALL_NUMBERS).and_then(|l| l.table.as_ref());
        let ids = match (&list.table, people) {
            (Some(t), _) => &t.ids,
            (None, Some(p)) => &p.ids,
            (None, None) => return Err(Error::database(crate::said!("index-users-missing"))),
        };
        let n = ids.len;
        if filter.is_empty() {
            let ids = (offset.min(n)..offset.saturating_add(limit).min(n)).map(|i| ids.get(i) as i64).collect();
            return Ok(Window { total: n, ids });
        }
        let p = Probe::new(filter.as_bytes());
        let (keys, owner) = match &list.table {
            Some(t) => (t.keys.as_slice(), t.owner.as_ref()),
            None => (people.map_or(&[][..], |p| p.keys.as_slice()), None),
        };
        let np = number.map(|f| Probe::new(f.as_bytes()));
        let table = list.table.as_ref();
        refresh(&mut list.chain, filter, |todo| {
            let text = match_rows(&p, keys, owner, people, todo, n);
            match (&np, people) {
                (Some(np), Some(people)) => {
                    let mut bits = text.to_bits(n);
                    let found = number_rows(np, kind, table, people, numbers, &todo_bits(todo, n));
                    bits.iter_mut().zip(found).for_each(|(b, f)| *b |= f);
                    Rows::from_bits(bits, n)
                }
                _ => text,
            }
        });
        let rows = list.chain.last().map(|(_, r)| r);
        let total = rows.map_or(0, Rows::len);
        let window = rows.map_or_else(Vec::new, |r| r.window(offset, limit));
        Ok(Window { total, ids: window.into_iter().map(|i| ids.get(i as usize) as i64).collect() })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small generator, so the cases are the same on every run.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self, below: usize) -> usize {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((self.0 >> 33) as usize) % below
        }
        fn text(&mut self, len: usize) -> Vec<u8> {
            // Few letters, so that ends of heads and starts of tails overlap the filter often.
            (0..len).map(|_| b"aab@1."[self.next(6)]).collect()
        }
    }

    /// A filter matches a split key exactly where it matches the whole text: inside the head,
    /// inside the tail, or across the two, for short and long filters, row by row and by blocks.
    #[test]
    fn split_keys_match_as_the_whole_text_does() {
        let mut g = Lcg(7);
        let n = 300;
        let mut b = KeyBuilder::new(n);
        let mut texts = Vec::new();
        for i in 0..n {
            let len = g.next(12);
            let text = g.text(len);
            let split = g.next(len + 1);
            b.put(i, &text, split).unwrap_or_else(|e| panic!("{e}"));
            texts.push(text);
        }
        let key = b.finish();
        let mut filters: Vec<Vec<u8>> = (0..400)
            .map(|_| {
                let len = 1 + g.next(6);
                g.text(len)
            })
            .collect();
        filters.push(b"a".repeat(SPAN_MAX + 1));
        for f in filters {
            let p = Probe::new(&f);
            let want: Vec<bool> = texts.iter().map(|t| memmem::find(t, &f).is_some()).collect();
            let mut codes = KeyCodes::new(&key, &p);
            let mut scratch = Vec::new();
            let by_row: Vec<bool> = (0..n).map(|r| codes.row(&key, &p, r, &mut scratch)).collect();
            assert_eq!(by_row, want, "row by row, filter {:?}", String::from_utf8_lossy(&f));
            let mut codes = vec![KeyCodes::new(&key, &p)];
            let hits = match_keys(std::slice::from_ref(&key), &mut codes, &p, &all_rows(n), &mut Blocks::new());
            let by_block: Vec<bool> = (0..n).map(|r| hits[r / 64] & (1 << (r % 64)) != 0).collect();
            assert_eq!(by_block, want, "by blocks, filter {:?}", String::from_utf8_lossy(&f));
        }
    }

    #[test]
    fn packed_entries_survive_widening_in_place() {
        let mut p = Packed::zeroed(0, 200);
        let mut g = Lcg(3);
        let mut want = vec![0u64; 200];
        for round in 0..40 {
            let i = g.next(200);
            let v = (g.next(1 << 20) as u64) >> (20 - round / 2);
            p.put(i, v);
            want[i] = v;
            assert!((0..200).all(|k| p.get(k) == want[k]), "round {round}");
        }
        let mut block = [0u32; 64];
        p.block(3, &mut block);
        assert_eq!(block[..8].iter().map(|&v| v as u64).collect::<Vec<_>>(), want[192..200].to_vec());
    }
}
