//! In-memory list indexes: filtering and paging without rebuilding rows per keystroke.
//!
//! Each list (users, devices, numbers, BroadWorks subscribers) is read once as ids in display
//! order with one lower-cased search text each. A filter is a substring search over those
//! texts (typing on narrows the previous matches instead of starting over, and deleting back
//! to a filter typed before takes its matches again); a window is a
//! slice of ids whose full rows are then read. The indexes are dropped whenever the database
//! changed, here (`total_changes`) or in another process (`PRAGMA data_version`).

use std::collections::HashMap;

use crate::domain::Result;
use crate::store::index::{self, ListKind};

/// Below this offset an unfiltered page is read straight from SQLite's indexes: the first
/// frame of a console must not wait for a whole list to be indexed.
pub(crate) const DIRECT_OFFSET: usize = 2_000;

#[derive(Default)]
pub(crate) struct Lists {
    stamp: Option<(i64, u64)>,
    lists: HashMap<ListKind, List>,
    /// Unfiltered row counts, read once per change of the database.
    counts: HashMap<ListKind, usize>,
}

struct List {
    ids: Vec<i64>,
    /// All search texts, one after another; `ends[i]` is where row i's text ends.
    text: String,
    ends: Vec<u32>,
    /// The filters typed one after another, each with the rows it matched (each narrows the
    /// one before): the last is the current one; deleting characters goes back down the chain.
    chain: Vec<(String, Vec<u32>)>,
}

/// How many filters of one typing run are kept (a filter's matches are a subset of the one
/// before, so this is bounded by a few times the first one's matches).
const CHAIN_MAX: usize = 32;

impl List {
    fn build(conn: &rusqlite::Connection, org: i64, kind: ListKind) -> Result<List> {
        let mut list = List { ids: Vec::new(), text: String::new(), ends: Vec::new(), chain: Vec::new() };
        index::scan(conn, org, kind, |id, text| {
            list.ids.push(id);
            list.text.push_str(text);
            list.ends.push(list.text.len() as u32);
        })?;
        Ok(list)
    }

    fn row_text(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    /// Makes the chain end with the rows matching `filter` (already trimmed and lower-cased).
    fn refresh(&mut self, filter: &str) {
        // Deleting back to a filter typed before: its matches are still there.
        if let Some(k) = self.chain.iter().rposition(|(f, _)| f == filter) {
            self.chain.truncate(k + 1);
            return;
        }
        // Typing on: every match of the longer filter matched a shorter one it contains.
        while self.chain.last().is_some_and(|(prev, _)| !filter.contains(prev.as_str())) {
            self.chain.pop();
        }
        let narrowed: Vec<u32> = match self.chain.last() {
            Some((_, rows)) => rows.iter().copied().filter(|&i| self.row_text(i as usize).contains(filter)).collect(),
            None => (0..self.ids.len() as u32).filter(|&i| self.row_text(i as usize).contains(filter)).collect(),
        };
        if self.chain.len() == CHAIN_MAX {
            self.chain.remove(0);
        }
        self.chain.push((filter.to_string(), narrowed));
    }

    fn current(&self) -> &[u32] {
        self.chain.last().map(|(_, rows)| rows.as_slice()).unwrap_or(&[])
    }
}

/// A page of a list: how many rows match, and the ids of the window asked for.
pub(crate) struct Window {
    pub total: usize,
    pub ids: Vec<i64>,
}

impl Lists {
    /// Drops every index when the database has changed since they were built.
    pub fn check(&mut self, stamp: (i64, u64)) {
        if self.stamp != Some(stamp) {
            self.lists.clear();
            self.counts.clear();
            self.stamp = Some(stamp);
        }
    }

    /// The unfiltered count: from the index when it is built, else counted once.
    pub fn count(&mut self, conn: &rusqlite::Connection, org: i64, kind: ListKind) -> Result<usize> {
        if let Some(list) = self.lists.get(&kind) {
            return Ok(list.ids.len());
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

    pub fn window(
        &mut self,
        conn: &rusqlite::Connection,
        org: i64,
        kind: ListKind,
        filter: &str,
        offset: usize,
        limit: usize,
    ) -> Result<Window> {
        let list = match self.lists.entry(kind) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => e.insert(List::build(conn, org, kind)?),
        };
        let filter = filter.trim().to_ascii_lowercase();
        if filter.is_empty() {
            let total = list.ids.len();
            let ids = list.ids.iter().skip(offset).take(limit).copied().collect();
            return Ok(Window { total, ids });
        }
        list.refresh(&filter);
        let rows = list.current();
        let ids = rows.iter().skip(offset).take(limit).map(|&i| list.ids[i as usize]).collect();
        Ok(Window { total: rows.len(), ids })
    }
}
