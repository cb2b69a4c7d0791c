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

    /// Whole blocks of 64 entries (64 entries of w bits are w words), and one word more.
    fn words_for(width: u32, len: usize) -> usize {
        len.div_ceil(64) * width as usize + 1
    }

    /// Entries `64 * b ..` of block `b` (past the end: zeros).
    #[inline]
    fn block(&self, b: usize, out: &mut [u32; 64]) {
        let w = self.width as usize;
        if w == 0 {
            *out = [0; 64];
            return;
        }
        let mask = self.mask();
        let words = &self.words[b * w..b * w + w + 1];
        let mut bit = 0usize;
        for slot in out.iter_mut() {
            let (i, o) = (bit / 64, bit % 64);
            let mut v = words[i] >> o;
            if o + w > 64 {
                v |= words[i + 1] << (64 - o);
            }
            *slot = (v & mask) as u32;
            bit += w;
        }
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

    /// Sets entry `i` to `v`, first widening every entry in place when `v` does not fit.
    fn put(&mut self, i: usize, v: u64) {
        let need = bits_for(v);
        if need > self.width {
            let old = self.width;
            let words = Self::words_for(need, self.len);
            self.words.reserve_exact(words.saturating_sub(self.words.len()));
            self.words.resize(words, 0);
            self.width = need;
            if old > 0 {
                // From the last entry down: entry k moves up from bit k*old to bit k*need, over
                // entries already moved, never over one not yet read.
                let old_mask = (1u64 << old) - 1;
                for k in (0..self.len).rev() {
                    let bit = k * old as usize;
                    let (w, o) = (bit / 64, bit % 64);
                    let mut e = self.words[w] >> o;
                    if o + old as usize > 64 {
                        e |= self.words[w + 1] << (64 - o);
                    }
                    self.set(k, e & old_mask);
                }
            }
        }
        self.set(i, v);
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

/// A [`Key`] being built, its rows in any order.
struct KeyBuilder {
    heads: Interner,
    tails: Interner,
    head: Packed,
    tail: Packed,
}

impl KeyBuilder {
    fn new(rows: usize) -> Self {
        // Every entry of the dictionaries is some row's: a key whose tails are all empty has
        // one tail, "", and needs no bits for it.
        KeyBuilder {
            heads: Interner::default(),
            tails: Interner::default(),
            head: Packed::zeroed(0, rows),
            tail: Packed::zeroed(0, rows),
        }
    }

    /// Sets row `i`'s text (already lower-cased), split at `split`.
    fn put(&mut self, i: usize, text: &[u8], split: usize) -> Result<()> {
        let (h, t) = text.split_at(split.min(text.len()));
        let h = self.heads.intern(h)?;
        let t = self.tails.intern(t)?;
        self.head.put(i, h);
        self.tail.put(i, t);
        Ok(())
    }

    fn finish(self) -> Key {
        Key { heads: self.heads.finish(), tails: self.tails.finish(), head: self.head, tail: self.tail }
    }
}

impl Key {
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

/// How a key can match for the current filter.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    /// No row can match: no text contains the filter and no head and tail join into it.
    Never,
    /// Only a head containing the filter can make a row match.
    Heads,
    /// Heads, tails and the joins of the two.
    Full,
    /// A filter longer than a span mask: matched on the rebuilt text.
    Long,
    /// Every row matches (every head, or every tail, contains the filter).
    Always,
}

/// Dictionaries up to this size are tried whole for each filter; larger ones entry by entry
/// as rows need them.
const EAGER_MAX: usize = 1 << 16;

/// A key's results for one filter.
struct KeyCodes {
    /// Per head: HIT, or the longest end of it that begins the filter, or UNKNOWN (not tried).
    head: Vec<u8>,
    tail_hit: Vec<bool>,
    /// Bit k: the tail begins with f[k..].
    tail_span: Vec<u64>,
    mode: Mode,
    /// Eager keys, for whole blocks without branches: per head 1 when it contains the filter,
    /// and the span bits of its end; per tail 1 when it contains the filter.
    head_hit: Vec<u8>,
    head_chain: Vec<u64>,
    tail_hit8: Vec<u8>,
}

impl KeyCodes {
    fn new(key: &Key, p: &Probe) -> Self {
        let n = key.tails.len();
        let (mut tail_hit, mut tail_span) = (vec![false; n], vec![0u64; n]);
        if p.long {
            return KeyCodes::with(Vec::new(), tail_hit, tail_span, Mode::Long, p);
        }
        for t in 0..n {
            let s = key.tails.get(t);
            tail_hit[t] = !s.is_empty() && p.finder.find(s).is_some();
            for k in 1..p.f.len() {
                if s.starts_with(&p.f[k..]) {
                    tail_span[t] |= 1 << k;
                }
            }
        }
        let any_tail = tail_hit.iter().any(|&h| h);
        let any_span = tail_span.iter().any(|&s| s != 0);
        if key.heads.len() > EAGER_MAX {
            let mode = if any_tail || any_span { Mode::Full } else { Mode::Heads };
            return KeyCodes::with(vec![UNKNOWN; key.heads.len()], tail_hit, tail_span, mode, p);
        }
        let head: Vec<u8> = (0..key.heads.len()).map(|h| p.head_code(key.heads.get(h))).collect();
        if head.iter().all(|&c| c == HIT) || tail_hit.iter().all(|&h| h) {
            return KeyCodes::with(head, tail_hit, tail_span, Mode::Always, p);
        }
        let any_head = head.contains(&HIT);
        let spans = any_span && head.iter().any(|&c| c != HIT && c > 0);
        let mode = match (any_head, any_tail || spans) {
            (false, false) => Mode::Never,
            (true, false) => Mode::Heads,
            _ => Mode::Full,
        };
        KeyCodes::with(head, tail_hit, tail_span, mode, p)
    }

    fn with(head: Vec<u8>, tail_hit: Vec<bool>, tail_span: Vec<u64>, mode: Mode, p: &Probe) -> Self {
        let eager = !head.contains(&UNKNOWN) && !p.long;
        let (head_hit, head_chain, tail_hit8) = if eager {
            (
                head.iter().map(|&c| u8::from(c == HIT)).collect(),
                head.iter().map(|&c| if c == HIT { 0 } else { p.chain[c as usize] }).collect(),
                tail_hit.iter().map(|&h| u8::from(h)).collect(),
            )
        } else {
            (Vec::new(), Vec::new(), Vec::new())
        };
        KeyCodes { head, tail_hit, tail_span, mode, head_hit, head_chain, tail_hit8 }
    }

    #[inline]
    fn code(&mut self, key: &Key, p: &Probe, h: usize) -> u8 {
        let mut c = self.head[h];
        if c == UNKNOWN {
            c = p.head_code(key.heads.get(h));
            self.head[h] = c;
        }
        c
    }

    /// Whether row `r` matches (rows one by one).
    fn row(&mut self, key: &Key, p: &Probe, r: usize, scratch: &mut Vec<u8>) -> bool {
        match self.mode {
            Mode::Never => false,
            Mode::Always => true,
            Mode::Long => {
                scratch.clear();
                scratch.extend_from_slice(key.heads.get(key.head.get(r) as usize));
                scratch.extend_from_slice(key.tails.get(key.tail.get(r) as usize));
                p.finder.find(scratch).is_some()
            }
            Mode::Heads => self.code(key, p, key.head.get(r) as usize) == HIT,
            Mode::Full => {
                let (h, t) = (key.head.get(r) as usize, key.tail.get(r) as usize);
                let c = self.code(key, p, h);
                c == HIT || self.tail_hit[t] || p.chain[c as usize] & self.tail_span[t] != 0
            }
        }
    }

    /// Sets in `hits` the rows of `todo` (one block of 64) that match.
    #[inline]
    fn block(&mut self, key: &Key, p: &Probe, b: usize, todo: u64, buf: &mut Blocks) -> u64 {
        let mut hits = 0u64;
        match self.mode {
            Mode::Never => {}
            Mode::Always => hits = todo,
            Mode::Long => {
                let mut bits = todo;
                while bits != 0 {
                    let k = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    if self.row(key, p, b * 64 + k, &mut buf.scratch) {
                        hits |= 1 << k;
                    }
                }
            }
            Mode::Heads if !self.head_hit.is_empty() => {
                key.head.block(b, &mut buf.heads);
                for (k, &h) in buf.heads.iter().enumerate() {
                    hits |= u64::from(self.head_hit[h as usize]) << k;
                }
                hits &= todo;
            }
            Mode::Full if !self.head_hit.is_empty() => {
                key.head.block(b, &mut buf.heads);
                key.tail.block(b, &mut buf.tails);
                for (k, (&h, &t)) in buf.heads.iter().zip(buf.tails.iter()).enumerate() {
                    let (h, t) = (h as usize, t as usize);
                    let hit =
                        self.head_hit[h] | self.tail_hit8[t] | u8::from(self.head_chain[h] & self.tail_span[t] != 0);
                    hits |= u64::from(hit) << k;
                }
                hits &= todo;
            }
            Mode::Heads => {
                key.head.block(b, &mut buf.heads);
                let mut bits = todo;
                while bits != 0 {
                    let k = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    if self.code(key, p, buf.heads[k] as usize) == HIT {
                        hits |= 1 << k;
                    }
                }
            }
            Mode::Full => {
                key.head.block(b, &mut buf.heads);
                key.tail.block(b, &mut buf.tails);
                let mut bits = todo;
                while bits != 0 {
                    let k = bits.trailing_zeros() as usize;
                    bits &= bits - 1;
                    let (c, t) = (self.code(key, p, buf.heads[k] as usize), buf.tails[k] as usize);
                    if c == HIT || self.tail_hit[t] || p.chain[c as usize] & self.tail_span[t] != 0 {
                        hits |= 1 << k;
                    }
                }
            }
        }
        hits
    }
}

/// Room to decode one block of a key's columns.
struct Blocks {
    heads: [u32; 64],
    tails: [u32; 64],
    scratch: Vec<u8>,
}

impl Blocks {
    fn new() -> Self {
        Blocks { heads: [0; 64], tails: [0; 64], scratch: Vec::new() }
    }
}

/// The rows of `todo` (one bit per row) that match on one of `keys`.
fn match_keys(keys: &[Key], codes: &mut [KeyCodes], p: &Probe, todo: &[u64], buf: &mut Blocks) -> Vec<u64> {
    let mut hits = vec![0u64; todo.len()];
    for (key, code) in keys.iter().zip(codes.iter_mut()) {
        if code.mode == Mode::Never {
            continue;
        }
        for (b, (&t, h)) in todo.iter().zip(hits.iter_mut()).enumerate() {
            let left = t & !*h;
            if left != 0 {
                *h |= code.block(key, p, b, left, buf);
            }
        }
    }
    hits
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
    /// Email, name, location: the first [`Via::Email`] searches, all three [`Via::Person`].
    keys: Vec<Key>,
    ranks: Ranks,
    /// The rows in the order of their ids, to find a user's row by id.
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
            let (ids, ranks) = display_ids(conn, org, ListKind::Users)?;
            let n = ids.len;
            let by_id = scan_to_display(&ids, &ranks);
            let (locations, locs) = location_dict(conn, org)?;
            let (mut email, mut name) = (KeyBuilder::new(n), KeyBuilder::new(n));
            let mut location = Packed::zeroed(0, n);
            let (mut buf, mut row, mut problem) = (Vec::new(), 0usize, None);
            index::scan_users(conn, org, |id, e, d, loc| {
                let mut step = || -> Result<()> {
                    if ranks.rank(id as u64) != Some(row) {
                        return Err(changed_meanwhile());
                    }
                    let i = by_id.get(row) as usize;
                    row += 1;
                    buf.clear();
                    buf.extend(e.bytes().map(|b| b.to_ascii_lowercase()));
                    email.put(i, &buf, email_split(&buf))?;
                    buf.clear();
                    buf.extend(d.bytes().map(|b| b.to_ascii_lowercase()));
                    name.put(i, &buf, buf.len())?;
                    location.put(i, loc.and_then(|l| locations.get(&l).copied()).unwrap_or(0));
                    Ok(())
                };
                if let Err(e) = step() {
                    problem.get_or_insert(e);
                }
            })?;
            if let Some(e) = problem {
                return Err(e);
            }
            if row != n {
                return Err(changed_meanwhile());
            }
            let location = Key { heads: locs, tails: tail_only(), head: location, tail: Packed::default() };
            Ok(People { keys: vec![email.finish(), name.finish(), location], ids, ranks, by_id })
        })
    }

    fn len(&self) -> usize {
        self.ids.len
    }

    /// The row of the user with this id.
    fn row_of(&self, id: i64) -> Option<u64> {
        self.ranks.rank(id as u64).map(|r| self.by_id.get(r))
    }

    fn heap_bytes(&self) -> usize {
        self.ids.heap_bytes()
            + self.keys.iter().map(Key::heap_bytes).sum::<usize>()
            + self.by_id.heap_bytes()
            + self.ranks.heap_bytes()
    }
}

/// The tails of a key that has none: only the empty string.
fn tail_only() -> Dict {
    Dict { text: Vec::new(), ends: vec![0] }
}

/// A list's ids in display order, exactly as many words as they need, and their ranks.
fn display_ids(conn: &rusqlite::Connection, org: i64, kind: ListKind) -> Result<(Packed, Ranks)> {
    let n = index::count(conn, org, kind)?;
    let mut ids = Packed::default();
    index::display_order(conn, org, kind, |id| ids.push(id as u64, n))?;
    ids.words.truncate(Packed::words_for(ids.width, ids.len));
    ids.words.shrink_to_fit();
    let ranks = Ranks::of(&ids);
    Ok((ids, ranks))
}

/// The organisation's location names, lower-cased, with 0 for none; and which id is which.
fn location_dict(conn: &rusqlite::Connection, org: i64) -> Result<(HashMap<i64, u64>, Dict)> {
    let (mut ids, mut dict) = (HashMap::new(), Interner::default());
    dict.intern(b"")?;
    let mut problem = None;
    index::locations(conn, org, |id, name| match dict.intern(name.to_ascii_lowercase().as_bytes()) {
        Ok(i) => {
            ids.insert(id, i);
        }
        Err(e) => {
            problem.get_or_insert(e);
        }
    })?;
    match problem {
        Some(e) => Err(e),
        None => Ok((ids, dict.finish())),
    }
}

/// Where each id of a list stands among its ids in ascending order, which is its row in a
/// table scan in rowid order.
enum Ranks {
    /// One bit per possible id from the smallest to the largest, and the ones before each word
    /// (ids close together: a few bits per row).
    Dense { min: u64, bits: Vec<u64>, before: Vec<u32> },
    /// The ids in ascending order (ids spread far apart).
    Sorted(Packed),
}

impl Ranks {
    fn of(ids: &Packed) -> Ranks {
        let n = ids.len;
        let (mut min, mut max) = (u64::MAX, 0u64);
        for i in 0..n {
            let id = ids.get(i);
            min = min.min(id);
            max = max.max(id);
        }
        if n == 0 {
            return Ranks::Sorted(Packed::default());
        }
        let span = (max - min) as usize + 1;
        if span / 16 <= n {
            let mut bits = vec![0u64; span.div_ceil(64)];
            for i in 0..n {
                let k = (ids.get(i) - min) as usize;
                bits[k / 64] |= 1 << (k % 64);
            }
            let mut before = Vec::with_capacity(bits.len());
            let mut ones = 0u32;
            for w in &bits {
                before.push(ones);
                ones += w.count_ones();
            }
            return Ranks::Dense { min, bits, before };
        }
        let mut sorted: Vec<u64> = (0..n).map(|i| ids.get(i)).collect();
        sorted.sort_unstable();
        let mut packed = Packed::zeroed(bits_for(max), n);
        for (i, id) in sorted.into_iter().enumerate() {
            packed.set(i, id);
        }
        Ranks::Sorted(packed)
    }

    fn rank(&self, id: u64) -> Option<usize> {
        match self {
            Ranks::Dense { min, bits, before } => {
                let k = id.checked_sub(*min)? as usize;
                let word = *bits.get(k / 64)?;
                let bit = 1u64 << (k % 64);
                (word & bit != 0).then(|| before[k / 64] as usize + (word & (bit - 1)).count_ones() as usize)
            }
            Ranks::Sorted(ids) => {
                let (mut lo, mut hi) = (0usize, ids.len);
                while lo < hi {
                    let mid = (lo + hi) / 2;
                    if ids.get(mid) < id {
                        lo = mid + 1;
                    } else {
                        hi = mid;
                    }
                }
                (lo < ids.len && ids.get(lo) == id).then_some(lo)
            }
        }
    }

    fn heap_bytes(&self) -> usize {
        match self {
            Ranks::Dense { bits, before, .. } => bits.capacity() * 8 + before.capacity() * 4,
            Ranks::Sorted(p) => p.heap_bytes(),
        }
    }
}

/// For each row of a table scan (ascending ids), its row in display order.
fn scan_to_display(ids: &Packed, ranks: &Ranks) -> Packed {
    let mut place = Packed::zeroed(bits_for(ids.len as u64), ids.len);
    for i in 0..ids.len {
        place.set(ranks.rank(ids.get(i)).unwrap_or(0), i as u64);
    }
    place
}

fn changed_meanwhile() -> Error {
    Error::Database("the list changed while it was indexed; try again".into())
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
            let (ids, ranks) = display_ids(conn, org, kind)?;
            let n = ids.len;
            let place = scan_to_display(&ids, &ranks);
            let (locations, locs) = location_dict(conn, org)?;
            let (mut e164, mut service) = (KeyBuilder::new(n), KeyBuilder::new(n));
            let mut location = Packed::zeroed(0, n);
            let mut owner = Packed::zeroed(bits_for(people.len() as u64), n);
            let none = nobody(&owner);
            let (mut buf, mut row, mut problem) = (Vec::new(), 0usize, None);
            index::scan_numbers(conn, org, mobile_only, |id, number, loc, user, svc| {
                let mut step = || -> Result<()> {
                    if ranks.rank(id as u64) != Some(row) {
                        return Err(changed_meanwhile());
                    }
                    let i = place.get(row) as usize;
                    row += 1;
                    buf.clear();
                    buf.extend(number.bytes().map(|b| b.to_ascii_lowercase()));
                    e164.put(i, &buf, number_split(&buf))?;
                    buf.clear();
                    buf.extend(svc.bytes().map(|b| b.to_ascii_lowercase()));
                    service.put(i, &buf, buf.len())?;
                    // The list joins its location: a number is always in one.
                    location.put(i, locations.get(&loc).copied().unwrap_or(0));
                    owner.set(i, user.and_then(|u| people.row_of(u)).unwrap_or(none));
                    Ok(())
                };
                if let Err(e) = step() {
                    problem.get_or_insert(e);
                }
            })?;
            if let Some(e) = problem {
                return Err(e);
            }
            if row != n {
                return Err(changed_meanwhile());
            }
            drop(place);
            let location = Key { heads: locs, tails: tail_only(), head: location, tail: Packed::default() };
            Ok(Table { ids, keys: vec![e164.finish(), location, service.finish()], owner: Some((owner, Via::Email)) })
        })
    }

    fn bw(conn: &rusqlite::Connection, org: i64, exclude_provisioned: bool) -> Result<Table> {
        index::in_snapshot(conn, || Self::bw_rows(conn, org, exclude_provisioned))
    }

    fn bw_rows(conn: &rusqlite::Connection, org: i64, exclude_provisioned: bool) -> Result<Table> {
        let mut count = 0usize;
        index::scan_bw(conn, org, exclude_provisioned, |_, _, _, _| count += 1)?;
        let (mut ids, mut bwid, mut email, mut name) =
            (Packed::default(), KeyBuilder::new(count), KeyBuilder::new(count), KeyBuilder::new(count));
        let mut problem = None;
        let mut buf = Vec::new();
        index::scan_bw(conn, org, exclude_provisioned, |id, b, e, nm| {
            let mut step = || -> Result<()> {
                let i = ids.len;
                if i == count {
                    return Err(changed_meanwhile());
                }
                ids.push(id as u64, count);
                for (key, text, email_like) in [(&mut bwid, b, false), (&mut email, e, true), (&mut name, nm, false)] {
                    buf.clear();
                    buf.extend(text.bytes().map(|b| b.to_ascii_lowercase()));
                    let split = if email_like { email_split(&buf) } else { buf.len() };
                    key.put(i, &buf, split)?;
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
        if ids.len != count {
            return Err(changed_meanwhile());
        }
        Ok(Table { ids, keys: vec![bwid.finish(), email.finish(), name.finish()], owner: None })
    }

    fn heap_bytes(&self) -> usize {
        self.ids.heap_bytes()
            + self.keys.iter().map(Key::heap_bytes).sum::<usize>()
            + self.owner.as_ref().map_or(0, |(o, _)| o.heap_bytes())
    }
}

impl Via {
    /// How many of the users' keys (email first) a row searches through its owner.
    fn keys(self) -> usize {
        match self {
            Via::Person => 3,
            Via::Email => 1,
        }
    }
}

/// The rows of `todo` matching `filter`, for a list whose own fields are `keys` and whose rows
/// may also be found through their owner among `people`.
fn match_rows(
    p: &Probe,
    keys: &[Key],
    owner: Option<&(Packed, Via)>,
    people: Option<&People>,
    todo: Option<&Rows>,
    n: usize,
) -> Rows {
    let mut codes: Vec<KeyCodes> = keys.iter().map(|k| KeyCodes::new(k, p)).collect();
    let mut who: Option<(&People, Vec<KeyCodes>, Via)> = match (owner, people) {
        (Some((_, via)), Some(people)) => {
            Some((people, people.keys[..via.keys()].iter().map(|k| KeyCodes::new(k, p)).collect(), *via))
        }
        _ => None,
    };
    let mut buf = Blocks::new();
    // A few rows left: each one by one.
    if let Some(Rows::List(rows)) = todo {
        if rows.len() <= n / 32 {
            let mut out = Vec::new();
            for &r in rows {
                let r = r as usize;
                let own = keys.iter().zip(codes.iter_mut()).any(|(k, c)| c.row(k, p, r, &mut buf.scratch));
                let by_owner = !own
                    && match (owner, who.as_mut()) {
                        (Some((col, _)), Some((people, pc, via))) => {
                            let o = col.get(r);
                            o != nobody(col)
                                && people.keys[..via.keys()]
                                    .iter()
                                    .zip(pc.iter_mut())
                                    .any(|(k, c)| c.row(k, p, o as usize, &mut buf.scratch))
                        }
                        _ => false,
                    };
                if own || by_owner {
                    out.push(r as u32);
                }
            }
            return Rows::List(out);
        }
    }
    let todo_bits = match todo {
        None => all_rows(n),
        Some(Rows::Bits { words, .. }) => words.clone(),
        Some(Rows::List(rows)) => {
            let mut words = vec![0u64; n.div_ceil(64)];
            rows.iter().for_each(|&r| words[r as usize / 64] |= 1 << (r % 64));
            words
        }
    };
    let mut hits = match_keys(keys, &mut codes, p, &todo_bits, &mut buf);
    if let (Some((col, _)), Some((people, pc, via))) = (owner, who.as_mut()) {
        if pc.iter().all(|c| c.mode == Mode::Never) {
            return Rows::from_bits(hits, n);
        }
        // The owners of the rows still open, each tried once; then each row looks its owner up.
        let none = nobody(col);
        let mut wanted = vec![0u64; people.len().div_ceil(64)];
        for (b, (&t, h)) in todo_bits.iter().zip(hits.iter()).enumerate() {
            let mut left = t & !*h;
            while left != 0 {
                let k = left.trailing_zeros() as usize;
                left &= left - 1;
                let o = col.get(b * 64 + k);
                if o != none {
                    wanted[o as usize / 64] |= 1 << (o % 64);
                }
            }
        }
        let whose = match_keys(&people.keys[..via.keys()], pc, p, &wanted, &mut buf);
        drop(wanted);
        for (b, (&t, h)) in todo_bits.iter().zip(hits.iter_mut()).enumerate() {
            let mut left = t & !*h;
            while left != 0 {
                let k = left.trailing_zeros() as usize;
                left &= left - 1;
                let o = col.get(b * 64 + k);
                if o != none && whose[o as usize / 64] & (1 << (o % 64)) != 0 {
                    *h |= 1 << k;
                }
            }
        }
    }
    Rows::from_bits(hits, n)
}

/// One bit for each of `n` rows.
fn all_rows(n: usize) -> Vec<u64> {
    let mut words = vec![u64::MAX; n.div_ceil(64)];
    if n % 64 != 0 {
        if let Some(last) = words.last_mut() {
            *last = (1u64 << (n % 64)) - 1;
        }
    }
    words
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
    // Typing on: every match of the longer filter matched a shorter one it contains.
    while chain.last().is_some_and(|(prev, _)| !filter.contains(prev.as_str())) {
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
        let (keys, owner) = match &list.table {
            Some(t) => (t.keys.as_slice(), t.owner.as_ref()),
            None => (people.map_or(&[][..], |p| p.keys.as_slice()), None),
        };
        refresh(&mut list.chain, &filter, |todo| match_rows(&p, keys, owner, people, todo, n));
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
