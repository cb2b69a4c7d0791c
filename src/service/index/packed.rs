//! Bit-packed columns of small integers and the dictionaries of distinct lower-cased texts
//! they point into: how a million rows cost a few bytes each.

#[allow(unused_imports)]
use super::*;

/// Unsigned integers of one bit width, packed into 64-bit words: a million user ids of 20 bits
/// take 2.5 MB instead of 8.
#[derive(Default)]
pub(super) struct Packed {
    pub(super) width: u32,
    pub(super) len: usize,
    pub(super) words: Vec<u64>,
}

pub(super) fn bits_for(max: u64) -> u32 {
    64 - max.leading_zeros()
}

impl Packed {
    pub(super) fn zeroed(width: u32, len: usize) -> Packed {
        Packed { width, len, words: vec![0; Self::words_for(width, len)] }
    }

    /// Whole blocks of 64 entries (64 entries of w bits are w words), and one word more.
    pub(super) fn words_for(width: u32, len: usize) -> usize {
        len.div_ceil(64) * width as usize + 1
    }

    /// Entries `64 * b ..` of block `b` (past the end: zeros).
    #[inline]
    pub(super) fn block(&self, b: usize, out: &mut [u32; 64]) {
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

    pub(super) fn mask(&self) -> u64 {
        if self.width == 64 {
            u64::MAX
        } else {
            (1u64 << self.width) - 1
        }
    }

    #[inline]
    pub(super) fn get(&self, i: usize) -> u64 {
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

    pub(super) fn set(&mut self, i: usize, v: u64) {
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
    pub(super) fn push(&mut self, v: u64, expect: usize) {
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
    pub(super) fn put(&mut self, i: usize, v: u64) {
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

    pub(super) fn heap_bytes(&self) -> usize {
        self.words.capacity() * 8
    }
}

/// Distinct byte strings, each held once, numbered in the order they came.
#[derive(Default)]
pub(super) struct Dict {
    pub(super) text: Vec<u8>,
    pub(super) ends: Vec<u32>,
}

impl Dict {
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn get(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4
    }
}

/// Builds a [`Dict`], finding a string already there through a table of numbers only (no
/// copy of the strings as keys).
#[derive(Default)]
pub(super) struct Interner {
    pub(super) dict: Dict,
    pub(super) table: hashbrown::HashTable<u32>,
    pub(super) hasher: std::collections::hash_map::RandomState,
}

impl Interner {
    pub(super) fn intern(&mut self, s: &[u8]) -> Result<u64> {
        let hash = self.hasher.hash_one(s);
        let dict = &self.dict;
        if let Some(&i) = self.table.find(hash, |&i| dict.get(i as usize) == s) {
            return Ok(i as u64);
        }
        let i = self.dict.len() as u32;
        self.dict.text.extend_from_slice(s);
        let end = u32::try_from(self.dict.text.len()).map_err(|_| Error::database(crate::said!("index-too-large")))?;
        self.dict.ends.push(end);
        let (dict, hasher) = (&self.dict, &self.hasher);
        self.table.insert_unique(hash, i, |&j| hasher.hash_one(dict.get(j as usize)));
        Ok(i as u64)
    }

    pub(super) fn finish(self) -> Dict {
        let mut d = self.dict;
        d.text.shrink_to_fit();
        d.ends.shrink_to_fit();
        d
    }
}

/// One searchable field of every row: the row's text is a head followed by a tail, each from
/// a dictionary (an email is "ava.archer" + "37@acmefarms.example", a number "+12142000" +
/// "001", a name is all head). Splitting keeps the dictionaries small where the texts share
/// their parts; a filter still matches across the split exactly as in the whole text.
pub(super) struct Key {
    pub(super) heads: Dict,
    pub(super) tails: Dict,
    pub(super) head: Packed,
    pub(super) tail: Packed,
}

/// A [`Key`] being built, its rows in any order.
pub(super) struct KeyBuilder {
    pub(super) heads: Interner,
    pub(super) tails: Interner,
    pub(super) head: Packed,
    pub(super) tail: Packed,
}

impl KeyBuilder {
    pub(super) fn new(rows: usize) -> Self {
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
    pub(super) fn put(&mut self, i: usize, text: &[u8], split: usize) -> Result<()> {
        let (h, t) = text.split_at(split.min(text.len()));
        let h = self.heads.intern(h)?;
        let t = self.tails.intern(t)?;
        self.head.put(i, h);
        self.tail.put(i, t);
        Ok(())
    }

    pub(super) fn finish(self) -> Key {
        Key { heads: self.heads.finish(), tails: self.tails.finish(), head: self.head, tail: self.tail }
    }
}

impl Key {
    pub(super) fn heap_bytes(&self) -> usize {
        self.heads.heap_bytes() + self.tails.heap_bytes() + self.head.heap_bytes() + self.tail.heap_bytes()
    }
}

/// Where an email is split: before the digits that end its local part ("ava.archer" +
/// "37@acmefarms.example"), so the heads repeat as names do and the tails are few.
pub(super) fn email_split(email: &[u8]) -> usize {
    let at = memchr::memrchr(b'@', email).unwrap_or(email.len());
    let digits = email[..at].iter().rev().take_while(|b| b.is_ascii_digit()).count();
    at - digits
}

/// Where a phone number is split: before its last four characters (the number within its block).
pub(super) fn number_split(e164: &[u8]) -> usize {
    e164.len().saturating_sub(4)
}
