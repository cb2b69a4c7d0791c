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

use crate::domain::{Error, Result};
use crate::store::index::{self, ListKind};

/// Below this offset an unfiltered page is read straight from SQLite's indexes: the first
/// frame of a console must not wait for a whole list to be indexed.
pub(crate) const DIRECT_OFFSET: usize = 2_000;

/// How many filters of one typing run are kept (each narrows the one before).
const CHAIN_MAX: usize = 32;

// ------------------------------------------------------------------ packed integers

/// Unsigned integers of one bit width, packed into 64-bit words: a million user ids of 20 bits
/// take 2.5 MB instead of 8.
#[derive(Default)]
struct Packed {
    width: u32,
    len: usize,
    words: Vec<u64>,
}

fn bits_for(max: u64) -> u32 {
    64 - max.leading_zeros()
}

impl Packed {
    fn zeroed(width: u32, len: usize) -> Packed {
        Packed { width, len, words: vec![0; Self::words_for(width, len)] }
    }

    fn words_for(width: u32, len: usize) -> usize {
        (len * width as usize).div_ceil(64) + 1
    }

    fn mask(&self) -> u64 {
        if self.width == 64 {
            u64::MAX
        } else {
            (1u64 << self.width) - 1
        }
    }

    #[inline]
    fn get(&self, i: usize) -> u64 {
        if self.width == 0 {
            return 0;
        }
        let bit = i * self.width as usize;
        let (w, o) = (bit / 64, bit % 64);
        let mut v = self.words[w] >> o;
        if o + self.width as usize > 64 {
            v |= self.words[w + 1] << (64 - o);
        }
        v & self.mask()
    }

    fn set(&mut self, i: usize, v: u64) {
        if self.width == 0 {
            return;
        }
        let mask = self.mask();
        let v = v & mask;
        let bit = i * self.width as usize;
        let (w, o) = (bit / 64, bit % 64);
        self.words[w] = (self.words[w] & !(mask << o)) | (v << o);
        if o + self.width as usize > 64 {
            let hi = 64 - o;
            self.words[w + 1] = (self.words[w + 1] & !(mask >> hi)) | (v >> hi);
        }
    }

    /// Appends `v`, widening every entry first when it does not fit; `expect` is how many
    /// entries will come, so the words are allocated once per width.
    fn push(&mut self, v: u64, expect: usize) {
        let need = bits_for(v);
        if need > self.width {
            let mut wider = Packed::zeroed(need, self.len.max(expect));
            for i in 0..self.len {
                wider.set(i, self.get(i));
            }
            wider.len = self.len;
            *self = wider;
        }
        let i = self.len;
        self.len += 1;
        let words = Self::words_for(self.width, self.len);
        if words > self.words.len() {
            self.words.resize(words.max(Self::words_for(self.width, expect)), 0);
        }
        self.set(i, v);
    }

    /// The same entries reordered: entry `i` of the result is entry `from.get(i)` of this one.
    fn permuted(&self, from: &Packed) -> Packed {
        let mut out = Packed::zeroed(self.width, from.len);
        for i in 0..from.len {
            out.set(i, self.get(from.get(i) as usize));
        }
        out
    }

    fn heap_bytes(&self) -> usize {
        self.words.capacity() * 8
    }
}

// ------------------------------------------------------------------ dictionaries

/// Distinct byte strings, each held once, numbered in the order they came.
#[derive(Default)]
struct Dict {
    text: Vec<u8>,
    ends: Vec<u32>,
}

impl Dict {
    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }
}

/// Builds a [`Dict`], finding a string already there through a table of numbers only (no
/// copy of the strings as keys).
#[derive(Default)]
struct Interner {
    dict: Dict,
    table: hashbrown::HashTable<u32>,
    hasher: std::collections::hash_map::RandomState,
}

impl Interner {
    fn intern(&mut self, s: &[u8]) -> Result<u64> {
        let hash = self.hasher.hash_one(s);
        let dict = &self.dict;
        if let Some(&i) = self.table.find(hash, |&i| dict.get(i as usize) == s) {
            return Ok(i as u64);
        }
        let i = self.dict.len() as u32;
        self.dict.text.extend_from_slice(s);
        let end = u32::try_from(self.dict.text.len())
            .map_err(|_| Error::Database("a list is too large to index (over 4 GB of text)".into()))?;
        self.dict.ends.push(end);
        let (dict, hasher) = (&self.dict, &self.hasher);
        self.table.insert_unique(hash, i, |&j| hasher.hash_one(dict.get(j as usize)));
        Ok(i as u64)
    }

    fn finish(self) -> Dict {
        let mut d = self.dict;
        d.text.shrink_to_fit();
        d.ends.shrink_to_fit();
        d
    }
}

// ------------------------------------------------------------------ keys

/// One searchable field of every row: the row's text is a head followed by a tail, each from
/// a dictionary (an email is "ava.archer" + "37@acmefarms.example", a number "+12142000" +
/// "001", a name is all head). Splitting keeps the dictionaries small where the texts share
/// their parts; a filter still matches across the split exactly as in the whole text.
struct Key {
    heads: Dict,
    tails: Dict,
    head: Packed,
    tail: Packed,
}

/// A [`Key`] being built, one row at a time.
struct KeyBuilder {
    heads: Interner,
    tails: Interner,
    head: Packed,
    tail: Packed,
    expect: usize,
}

impl KeyBuilder {
    fn new(expect: usize) -> Self {
        let mut tails = Interner::default();
        // Tail 0 is the empty string: a key without tails needs no bits for them.
        let _ = tails.intern(b"");
        KeyBuilder { heads: Interner::default(), tails, head: Packed::default(), tail: Packed::default(), expect }
    }

    /// Adds a row's text (already lower-cased), split at `split`.
    fn push(&mut self, text: &[u8], split: usize) -> Result<()> {
        let (h, t) = text.split_at(split.min(text.len()));
        let h = self.heads.intern(h)?;
        let t = self.tails.intern(t)?;
        self.head.push(h, self.expect);
        self.tail.push(t, self.expect);
        Ok(())
    }

    fn finish(self) -> Key {
        Key { heads: self.heads.finish(), tails: self.tails.finish(), head: self.head, tail: self.tail }
    }
}

impl Key {
    fn permuted(self, from: &Packed) -> Key {
        Key { head: self.head.permuted(from), tail: self.tail.permuted(from), heads: self.heads, tails: self.tails }
    }

    fn heap_bytes(&self) -> usize {
        self.heads.heap_bytes() + self.tails.heap_bytes() + self.head.heap_bytes() + self.tail.heap_bytes()
    }
}

/// Where an email is split: before the digits that end its local part ("ava.archer" +
/// "37@acmefarms.example"), so the heads repeat as names do and the tails are few.
fn email_split(email: &[u8]) -> usize {
    let at = memchr::memrchr(b'@', email).unwrap_or(email.len());
    let digits = email[..at].iter().rev().take_while(|b| b.is_ascii_digit()).count();
    at - digits
}

/// Where a phone number is split: before its last four characters (the number within its block).
fn number_split(e164: &[u8]) -> usize {
    e164.len().saturating_sub(4)
}

// ------------------------------------------------------------------ matching

/// A head's result for the current filter: it contains the filter, or the longest end of it
/// that begins the filter (its length, below 64), or not computed yet.
const HIT: u8 = 0xFE;
const UNKNOWN: u8 = 0xFF;
/// Filters longer than this are matched on the rebuilt text (a span mask is 64 bits).
const SPAN_MAX: usize = 64;

/// The filter, and what is derived from it once per keystroke.
struct Probe<'f> {
    f: &'f [u8],
    finder: memmem::Finder<'f>,
    /// For each k < len, a bit for k and for each shorter border of f[..k] (KMP): the lengths
    /// j for which a head ending with f[..k] also ends with f[..j].
    chain: Vec<u64>,
    long: bool,
}

impl<'f> Probe<'f> {
    fn new(f: &'f [u8]) -> Self {
        let m = f.len();
        let long = m > SPAN_MAX;
        let mut chain = Vec::new();
        if !long {
            // pi[k]: the longest proper border of f[..k].
            let mut pi = vec![0usize; m + 1];
            let mut j = 0;
            for k in 1..m {
                while j > 0 && f[k] != f[j] {
                    j = pi[j];
                }
                if f[k] == f[j] {
                    j += 1;
                }
                pi[k + 1] = j;
            }
            chain = vec![0u64; m.max(1)];
            for k in 1..m {
                chain[k] = (1u64 << k) | chain[pi[k]];
            }
        }
        Probe { f, finder: memmem::Finder::new(f), chain, long }
    }

    fn head_code(&self, head: &[u8]) -> u8 {
        if self.finder.find(head).is_some() {
            return HIT;
        }
        let m = self.f.len();
        for k in (1..m.min(head.len() + 1)).rev() {
            if head.ends_with(&self.f[..k]) {
                return k as u8;
            }
        }
        0
    }
}

/// A key's results for one filter: per head computed when first needed, per tail up front
/// (tails are few).
struct KeyCodes {
    head: Vec<u8>,
    tail_hit: Vec<bool>,
    /// Bit k: the tail begins with f[k..].
    tail_span: Vec<u64>,
}

impl KeyCodes {
    fn new(key: &Key, p: &Probe) -> Self {
        let n = key.tails.len();
        let (mut tail_hit, mut tail_span) = (vec![false; n], vec![0u64; n]);
        if !p.long {
            for t in 0..n {
                let s = key.tails.get(t);
                tail_hit[t] = p.finder.find(s).is_some();
                for k in 1..p.f.len() {
                    if s.starts_with(&p.f[k..]) {
                        tail_span[t] |= 1 << k;
                    }
                }
            }
        }
        KeyCodes { head: vec![UNKNOWN; key.heads.len()], tail_hit, tail_span }
    }

    #[inline]
    fn row(&mut self, key: &Key, p: &Probe, r: usize, scratch: &mut Vec<u8>) -> bool {
        let (h, t) = (key.head.get(r) as usize, key.tail.get(r) as usize);
        if p.long {
            scratch.clear();
            scratch.extend_from_slice(key.heads.get(h));
            scratch.extend_from_slice(key.tails.get(t));
            return p.finder.find(scratch).is_some();
        }
        let mut c = self.head[h];
        if c == UNKNOWN {
            c = p.head_code(key.heads.get(h));
            self.head[h] = c;
        }
        c == HIT || self.tail_hit[t] || p.chain[c as usize] & self.tail_span[t] != 0
    }
}

// ------------------------------------------------------------------ tables

/// No owner: all ones in the owner column.
fn nobody(col: &Packed) -> u64 {
    col.mask()
}

/// Which of a user's fields a row of another list searches through its owner.
#[derive(Clone, Copy)]
enum Via {
    /// Email, name and location (a device is found by its user).
    Person,
    /// The email only (a number is found by its owner's email).
    Email,
}

/// The users of the organisation in display order: the Users list, and the owners that
/// devices and numbers point at.
struct People {
    ids: Packed,
    email: Key,
    name: Key,
    location: Key,
    /// Rows in the order of their ids, to find a user's row by id.
    by_id: Packed,
}

/// The rows of one list other than the users'.
struct Table {
    ids: Packed,
    keys: Vec<Key>,
    owner: Option<(Packed, Via)>,
}

impl People {
    fn build(conn: &rusqlite::Connection, org: i64) -> Result<People> {
        index::in_snapshot(conn, || {
            let mut ids = Packed::default();
            let mut n = 0usize;
            index::display_order(conn, org, ListKind::Users, |id| {
                ids.push(id as u64, 0);
                n += 1;
            })?;
            let (mut locations, mut location_dict) = (HashMap::new(), Interner::default());
            let _ = location_dict.intern(b"")?; // 0: no location
            let mut problem = None;
            index::locations(conn, org, |id, name| match location_dict.intern(name.to_ascii_lowercase().as_bytes()) {
                Ok(i) => {
                    locations.insert(id, i);
                }
                Err(e) => problem = Some(e),
            })?;
            let (mut email, mut name) = (KeyBuilder::new(n), KeyBuilder::new(n));
            let (mut location, mut by_rowid) = (Packed::default(), Packed::default());
            let mut buf = Vec::new();
            index::scan_users(conn, org, |id, e, d, loc| {
                let mut step = || -> Result<()> {
                    buf.clear();
                    buf.extend(e.bytes().map(|b| b.to_ascii_lowercase()));
                    email.push(&buf, email_split(&buf))?;
                    buf.clear();
                    buf.extend(d.bytes().map(|b| b.to_ascii_lowercase()));
                    name.push(&buf, buf.len())?;
                    location.push(loc.and_then(|l| locations.get(&l).copied()).unwrap_or(0), n);
                    by_rowid.push(id as u64, n);
                    Ok(())
                };
                if let Err(e) = step() {
                    problem = Some(e);
                }
            })?;
            if let Some(e) = problem {
                return Err(e);
            }
            // Display row i is row perm[i] of the table scan (in ascending ids).
            let perm = rank_in(&ids, &by_rowid)?;
            drop(by_rowid);
            let mut by_id = Packed::zeroed(bits_for(n as u64), n);
            for i in 0..n {
                by_id.set(perm.get(i) as usize, i as u64);
            }
            let locs = location_dict.finish();
            let location =
                Key { heads: locs, tails: tail_only(), head: location.permuted(&perm), tail: Packed::default() };
            Ok(People {
                email: email.finish().permuted(&perm),
                name: name.finish().permuted(&perm),
                location,
                ids,
                by_id,
            })
        })
    }

    fn len(&self) -> usize {
        self.ids.len
    }

    /// The row of the user with this id.
    fn row_of(&self, id: i64) -> Option<u64> {
        let (mut lo, mut hi) = (0usize, self.by_id.len);
        let id = id as u64;
        while lo < hi {
            let mid = (lo + hi) / 2;
            let row = self.by_id.get(mid);
            match self.ids.get(row as usize).cmp(&id) {
                std::cmp::Ordering::Less => lo = mid + 1,
                std::cmp::Ordering::Greater => hi = mid,
                std::cmp::Ordering::Equal => return Some(row),
            }
        }
        None
    }

    fn heap_bytes(&self) -> usize {
        self.ids.heap_bytes()
            + self.email.heap_bytes()
            + self.name.heap_bytes()
            + self.location.heap_bytes()
            + self.by_id.heap_bytes()
    }
}

/// The tails of a key that has none: only the empty string.
fn tail_only() -> Dict {
    Dict { text: Vec::new(), ends: vec![0] }
}

/// For each entry of `ids`, its position in `ascending` (the same ids, sorted).
fn rank_in(ids: &Packed, ascending: &Packed) -> Result<Packed> {
    if ids.len != ascending.len {
        return Err(Error::Database("the list changed while it was indexed; try again".into()));
    }
    let n = ids.len;
    let mut perm = Packed::zeroed(bits_for(n as u64), n);
    for i in 0..n {
        let id = ids.get(i);
        let (mut lo, mut hi) = (0usize, n);
        while lo < hi {
            let mid = (lo + hi) / 2;
            if ascending.get(mid) < id {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        if lo == n || ascending.get(lo) != id {
            return Err(Error::Database("the list changed while it was indexed; try again".into()));
        }
        perm.set(i, lo as u64);
    }
    Ok(perm)
}

impl Table {
    fn len(&self) -> usize {
        self.ids.len
    }

    fn devices(conn: &rusqlite::Connection, org: i64, people: &People, kind: ListKind) -> Result<Table> {
        let ListKind::Devices(status) = kind else { return Err(Error::Database("not a device list".into())) };
        let n = index::count(conn, org, kind)?;
        let (mut ids, mut owner) = (Packed::default(), Packed::default());
        let none = (1u64 << bits_for(people.len() as u64)) - 1;
        index::scan_devices(conn, org, status, |id, user| {
            ids.push(id as u64, n);
            owner.push(people.row_of(user).unwrap_or(none), n);
        })?;
        // Every entry as wide as "nobody", so that all ones means nobody.
        let mut wide = Packed::zeroed(bits_for(none), owner.len);
        for i in 0..owner.len {
            wide.set(i, owner.get(i));
        }
        Ok(Table { ids, keys: Vec::new(), owner: Some((wide, Via::Person)) })
    }

    fn numbers(conn: &rusqlite::Connection, org: i64, people: &People, mobile_only: bool) -> Result<Table> {
        let kind = ListKind::Numbers { mobile_only };
        index::in_snapshot(conn, || {
            let mut ids = Packed::default();
            let mut n = 0usize;
            index::display_order(conn, org, kind, |id| {
                ids.push(id as u64, 0);
                n += 1;
            })?;
            let (mut locations, mut location_dict) = (HashMap::new(), Interner::default());
            let _ = location_dict.intern(b"")?;
            let mut problem = None;
            index::locations(conn, org, |id, name| match location_dict.intern(name.to_ascii_lowercase().as_bytes()) {
                Ok(i) => {
                    locations.insert(id, i);
                }
                Err(e) => problem = Some(e),
            })?;
            let (mut e164, mut service) = (KeyBuilder::new(n), KeyBuilder::new(n));
            let (mut location, mut by_rowid) = (Packed::default(), Packed::default());
            let mut owner = Packed::zeroed(bits_for(people.len() as u64), n);
            let none = nobody(&owner);
            let mut buf = Vec::new();
            let mut i = 0usize;
            index::scan_numbers(conn, org, mobile_only, |id, number, loc, user, svc| {
                let mut step = || -> Result<()> {
                    buf.clear();
                    buf.extend(number.bytes().map(|b| b.to_ascii_lowercase()));
                    e164.push(&buf, number_split(&buf))?;
                    buf.clear();
                    buf.extend(svc.bytes().map(|b| b.to_ascii_lowercase()));
                    service.push(&buf, buf.len())?;
                    // The list joins its location: a number is always in one.
                    location.push(locations.get(&loc).copied().unwrap_or(0), n);
                    by_rowid.push(id as u64, n);
                    if i < n {
                        owner.set(i, user.and_then(|u| people.row_of(u)).unwrap_or(none));
                    }
                    i += 1;
                    Ok(())
                };
                if let Err(e) = step() {
                    problem = Some(e);
                }
            })?;
            if let Some(e) = problem {
                return Err(e);
            }
            let perm = rank_in(&ids, &by_rowid)?;
            drop(by_rowid);
            let locs = location_dict.finish();
            let location =
                Key { heads: locs, tails: tail_only(), head: location.permuted(&perm), tail: Packed::default() };
            Ok(Table {
                ids,
                keys: vec![e164.finish().permuted(&perm), location, service.finish().permuted(&perm)],
                owner: Some((owner.permuted(&perm), Via::Email)),
            })
        })
    }

    fn bw(conn: &rusqlite::Connection, org: i64, exclude_provisioned: bool) -> Result<Table> {
        let mut count = 0usize;
        index::scan_bw(conn, org, exclude_provisioned, |_, _, _, _| count += 1)?;
        let (mut ids, mut bwid, mut email, mut name) =
            (Packed::default(), KeyBuilder::new(count), KeyBuilder::new(count), KeyBuilder::new(count));
        let mut problem = None;
        let mut buf = Vec::new();
        index::scan_bw(conn, org, exclude_provisioned, |id, b, e, nm| {
            let mut step = || -> Result<()> {
                ids.push(id as u64, count);
                for (key, text, email_like) in [(&mut bwid, b, false), (&mut email, e, true), (&mut name, nm, false)] {
                    buf.clear();
                    buf.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
                    let split = if email_like { email_split(&buf) } else { buf.len() };
                    key.push(&buf, split)?;
                }
                Ok(())
            };
            if let Err(e) = step() {
                problem = Some(e);
            }
        })?;
        if let Some(e) = problem {
            return Err(e);
        }
        Ok(Table { ids, keys: vec![bwid.finish(), email.finish(), name.finish()], owner: None })
    }

    fn heap_bytes(&self) -> usize {
        self.ids.heap_bytes()
            + self.keys.iter().map(Key::heap_bytes).sum::<usize>()
            + self.owner.as_ref().map_or(0, |(o, _)| o.heap_bytes())
    }
}

/// One filter's results for the users' fields, computed as rows ask for them.
struct PeopleCodes {
    email: KeyCodes,
    name: KeyCodes,
    location: KeyCodes,
}

impl PeopleCodes {
    fn new(people: &People, p: &Probe) -> Self {
        PeopleCodes {
            email: KeyCodes::new(&people.email, p),
            name: KeyCodes::new(&people.name, p),
            location: KeyCodes::new(&people.location, p),
        }
    }

    #[inline]
    fn row(&mut self, people: &People, p: &Probe, r: usize, via: Via, scratch: &mut Vec<u8>) -> bool {
        self.email.row(&people.email, p, r, scratch)
            || matches!(via, Via::Person)
                && (self.name.row(&people.name, p, r, scratch) || self.location.row(&people.location, p, r, scratch))
    }
}

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

    fn heap_bytes(&self) -> usize {
        match self {
            Rows::List(v) => v.capacity() * 4,
            Rows::Bits { words, .. } => words.capacity() * 8,
        }
    }
}

/// Collects matches into the smaller of the two forms, given at most `most` of `n` rows.
struct RowsBuilder {
    rows: Rows,
    n: usize,
}

impl RowsBuilder {
    fn new(n: usize, most: usize) -> Self {
        let rows = if most <= n / 32 {
            Rows::List(Vec::with_capacity(most))
        } else {
            Rows::Bits { words: vec![0; n.div_ceil(64)], count: 0 }
        };
        RowsBuilder { rows, n }
    }

    #[inline]
    fn push(&mut self, r: u32) {
        match &mut self.rows {
            Rows::List(v) => v.push(r),
            Rows::Bits { words, count } => {
                words[r as usize / 64] |= 1 << (r % 64);
                *count += 1;
            }
        }
    }

    fn finish(self) -> Rows {
        match self.rows {
            Rows::Bits { count, .. } if count <= self.n / 64 => {
                let mut v = Vec::with_capacity(count);
                self.rows.each(|r| v.push(r));
                Rows::List(v)
            }
            Rows::List(mut v) => {
                v.shrink_to_fit();
                Rows::List(v)
            }
            rows => rows,
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
    /// The filters typed one after another, each with the rows it matched (each narrows the
    /// one before): the last is the current one; deleting characters goes back down the chain.
    chain: Vec<(String, Rows)>,
}

/// A page of a list: how many rows match, and the ids of the window asked for.
pub(crate) struct Window {
    pub total: usize,
    pub ids: Vec<i64>,
}

/// Keeps the chain ending with the rows matching `filter` (trimmed and lower-cased).
fn refresh(chain: &mut Vec<(String, Rows)>, filter: &str, n: usize, mut matches: impl FnMut(usize) -> bool) {
    // Deleting back to a filter typed before: its matches are still there.
    if let Some(k) = chain.iter().rposition(|(f, _)| f == filter) {
        chain.truncate(k + 1);
        return;
    }
    // Typing on: every match of the longer filter matched a shorter one it contains.
    while chain.last().is_some_and(|(prev, _)| !filter.contains(prev.as_str())) {
        chain.pop();
    }
    let rows = match chain.last() {
        Some((_, before)) => {
            let mut out = RowsBuilder::new(n, before.len());
            before.each(|r| {
                if matches(r as usize) {
                    out.push(r);
                }
            });
            out.finish()
        }
        None => {
            let mut out = RowsBuilder::new(n, n);
            for r in 0..n {
                if matches(r) {
                    out.push(r as u32);
                }
            }
            out.finish()
        }
    };
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

    fn build(&mut self, conn: &rusqlite::Connection, org: i64, kind: ListKind) -> Result<()> {
        if self.lists.contains_key(&kind) {
            return Ok(());
        }
        if self.people.is_none() && !matches!(kind, ListKind::Bw { .. }) {
            self.people = Some(People::build(conn, org)?);
        }
        let table = match (kind, &self.people) {
            (ListKind::Users, _) => None,
            (ListKind::Bw { exclude_provisioned }, _) => Some(Table::bw(conn, org, exclude_provisioned)?),
            (ListKind::Devices(_), Some(people)) => Some(Table::devices(conn, org, people, kind)?),
            (ListKind::Numbers { mobile_only }, Some(people)) => Some(Table::numbers(conn, org, people, mobile_only)?),
            (_, None) => return Err(Error::Database("the users' index is missing".into())),
        };
        self.lists.insert(kind, List { table, chain: Vec::new() });
        Ok(())
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
        self.build(conn, org, kind)?;
        let Lists { people, lists, .. } = self;
        let people = people.as_ref();
        let Some(list) = lists.get_mut(&kind) else {
            return Err(Error::Database("the list's index is missing".into()));
        };
        let ids = match (&list.table, people) {
            (Some(t), _) => &t.ids,
            (None, Some(p)) => &p.ids,
            (None, None) => return Err(Error::Database("the users' index is missing".into())),
        };
        let n = ids.len;
        let filter = filter.trim().to_ascii_lowercase();
        if filter.is_empty() {
            let ids = (offset.min(n)..offset.saturating_add(limit).min(n)).map(|i| ids.get(i) as i64).collect();
            return Ok(Window { total: n, ids });
        }
        let p = Probe::new(filter.as_bytes());
        let mut scratch = Vec::new();
        let mut who = people.map(|people| (people, PeopleCodes::new(people, &p)));
        match &list.table {
            None => {
                if let Some((people, codes)) = who.as_mut() {
                    refresh(&mut list.chain, &filter, n, |r| codes.row(people, &p, r, Via::Person, &mut scratch));
                }
            }
            Some(t) => {
                let mut codes: Vec<KeyCodes> = t.keys.iter().map(|k| KeyCodes::new(k, &p)).collect();
                refresh(&mut list.chain, &filter, n, |r| {
                    t.keys.iter().zip(codes.iter_mut()).any(|(k, c)| c.row(k, &p, r, &mut scratch))
                        || match (&t.owner, who.as_mut()) {
                            (Some((col, via)), Some((people, pc))) => {
                                let o = col.get(r);
                                o != nobody(col) && pc.row(people, &p, o as usize, *via, &mut scratch)
                            }
                            _ => false,
                        }
                })
            }
        }
        let rows = list.chain.last().map(|(_, r)| r);
        let total = rows.map_or(0, Rows::len);
        let window = rows.map_or_else(Vec::new, |r| r.window(offset, limit));
        Ok(Window { total, ids: window.into_iter().map(|i| ids.get(i as usize) as i64).collect() })
    }
}
