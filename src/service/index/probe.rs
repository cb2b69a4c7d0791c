//! A filter tried against the dictionaries once per distinct text, then rows decided 64 at a time.

#[allow(unused_imports)]
use super::*;

/// A head's result for the current filter: it contains the filter, or the longest end of it
/// that begins the filter (its length, below 64), or not computed yet.
pub(super) const HIT: u8 = 0xFE;

pub(super) const UNKNOWN: u8 = 0xFF;

/// Filters longer than this are matched on the rebuilt text (a span mask is 64 bits).
pub(super) const SPAN_MAX: usize = 64;

/// The filter, and what is derived from it once per keystroke.
pub(super) struct Probe<'f> {
    pub(super) f: &'f [u8],
    pub(super) finder: memmem::Finder<'f>,
    /// For each k < len, a bit for k and for each shorter border of f[..k] (KMP): the lengths
    /// j for which a head ending with f[..k] also ends with f[..j].
    pub(super) chain: Vec<u64>,
    pub(super) long: bool,
}

impl<'f> Probe<'f> {
    pub(super) fn new(f: &'f [u8]) -> Self {
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

    pub(super) fn head_code(&self, head: &[u8]) -> u8 {
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
pub(super) enum Mode {
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
pub(super) const EAGER_MAX: usize = 1 << 16;

/// A key's results for one filter.
pub(super) struct KeyCodes {
    /// Per head: HIT, or the longest end of it that begins the filter, or UNKNOWN (not tried).
    pub(super) head: Vec<u8>,
    pub(super) tail_hit: Vec<bool>,
    /// Bit k: the tail begins with f[k..].
    pub(super) tail_span: Vec<u64>,
    pub(super) mode: Mode,
    /// Eager keys, for whole blocks without branches: per head 1 when it contains the filter,
    /// and the span bits of its end; per tail 1 when it contains the filter.
    pub(super) head_hit: Vec<u8>,
    pub(super) head_chain: Vec<u64>,
    pub(super) tail_hit8: Vec<u8>,
}

impl KeyCodes {
    pub(super) fn new(key: &Key, p: &Probe) -> Self {
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

    pub(super) fn with(head: Vec<u8>, tail_hit: Vec<bool>, tail_span: Vec<u64>, mode: Mode, p: &Probe) -> Self {
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
    pub(super) fn code(&mut self, key: &Key, p: &Probe, h: usize) -> u8 {
        let mut c = self.head[h];
        if c == UNKNOWN {
            c = p.head_code(key.heads.get(h));
            self.head[h] = c;
        }
        c
    }

    /// Whether row `r` matches (rows one by one).
    pub(super) fn row(&mut self, key: &Key, p: &Probe, r: usize, scratch: &mut Vec<u8>) -> bool {
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
    pub(super) fn block(&mut self, key: &Key, p: &Probe, b: usize, todo: u64, buf: &mut Blocks) -> u64 {
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
pub(super) struct Blocks {
    pub(super) heads: [u32; 64],
    pub(super) tails: [u32; 64],
    pub(super) scratch: Vec<u8>,
}

impl Blocks {
    pub(super) fn new() -> Self {
        Blocks { heads: [0; 64], tails: [0; 64], scratch: Vec::new() }
    }
}

/// The rows of `todo` (one bit per row) that match on one of `keys`.
pub(super) fn match_keys(keys: &[Key], codes: &mut [KeyCodes], p: &Probe, todo: &[u64], buf: &mut Blocks) -> Vec<u64> {
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

/// No owner: all ones in the owner column.
pub(super) fn nobody(col: &Packed) -> u64 {
    col.mask()
}
