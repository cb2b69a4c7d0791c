//! One list's table: its ids in display order, its key columns, and how its rows match a filter.

#[allow(unused_imports)]
use super::*;

/// Which of a user's fields a row of another list searches through its owner.
#[derive(Clone, Copy)]
pub(super) enum Via {
    /// Email, name and location (a device is found by its user).
    Person,
    /// The email only (a number is found by its owner's email).
    Email,
}

/// The users of the organisation in display order: the Users list, and the owners that
/// devices and numbers point at.
pub(super) struct People {
    pub(super) ids: Packed,
    /// Email, name, location: the first [`Via::Email`] searches, all three [`Via::Person`].
    pub(super) keys: Vec<Key>,
    /// The extension, searched by a filter that is a number (the users' numbers are found
    /// through the numbers' list, which points at its owners).
    pub(super) ext: Key,
    pub(super) ranks: Ranks,
    /// The rows in the order of their ids, to find a user's row by id.
    pub(super) by_id: Packed,
}

/// The rows of one list other than the users'.
pub(super) struct Table {
    pub(super) ids: Packed,
    pub(super) keys: Vec<Key>,
    pub(super) owner: Option<(Packed, Via)>,
}

impl People {
    pub(super) fn build(conn: &rusqlite::Connection, org: i64) -> Result<People> {
        index::in_snapshot(conn, || {
            let (ids, ranks) = display_ids(conn, org, ListKind::Users)?;
            let n = ids.len;
            let by_id = scan_to_display(&ids, &ranks);
            let (locations, locs) = location_dict(conn, org)?;
            let (mut email, mut name, mut ext) = (KeyBuilder::new(n), KeyBuilder::new(n), KeyBuilder::new(n));
            let mut location = Packed::zeroed(0, n);
            let (mut buf, mut row, mut problem) = (Vec::new(), 0usize, None);
            index::scan_users(conn, org, |id, e, d, loc, x| {
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
                    // Digits only: the last four are the tail, so the dictionaries stay small.
                    buf.clear();
                    buf.extend(x.bytes().filter(u8::is_ascii_digit));
                    ext.put(i, &buf, number_split(&buf))?;
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
            Ok(People { keys: vec![email.finish(), name.finish(), location], ext: ext.finish(), ids, ranks, by_id })
        })
    }

    pub(super) fn len(&self) -> usize {
        self.ids.len
    }

    /// The row of the user with this id.
    pub(super) fn row_of(&self, id: i64) -> Option<u64> {
        self.ranks.rank(id as u64).map(|r| self.by_id.get(r))
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.ids.heap_bytes()
            + self.keys.iter().map(Key::heap_bytes).sum::<usize>()
            + self.ext.heap_bytes()
            + self.by_id.heap_bytes()
            + self.ranks.heap_bytes()
    }
}

/// The tails of a key that has none: only the empty string.
pub(super) fn tail_only() -> Dict {
    Dict { text: Vec::new(), ends: vec![0] }
}

/// A list's ids in display order, exactly as many words as they need, and their ranks.
pub(super) fn display_ids(conn: &rusqlite::Connection, org: i64, kind: ListKind) -> Result<(Packed, Ranks)> {
    let n = index::count(conn, org, kind)?;
    let mut ids = Packed::default();
    index::display_order(conn, org, kind, |id| ids.push(id as u64, n))?;
    ids.words.truncate(Packed::words_for(ids.width, ids.len));
    ids.words.shrink_to_fit();
    let ranks = Ranks::of(&ids);
    Ok((ids, ranks))
}

/// The organisation's location names, lower-cased, with 0 for none; and which id is which.
pub(super) fn location_dict(conn: &rusqlite::Connection, org: i64) -> Result<(HashMap<i64, u64>, Dict)> {
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
pub(super) enum Ranks {
    /// One bit per possible id from the smallest to the largest, and the ones before each word
    /// (ids close together: a few bits per row).
    Dense { min: u64, bits: Vec<u64>, before: Vec<u32> },
    /// The ids in ascending order (ids spread far apart).
    Sorted(Packed),
}

impl Ranks {
    pub(super) fn of(ids: &Packed) -> Ranks {
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

    pub(super) fn rank(&self, id: u64) -> Option<usize> {
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

    pub(super) fn heap_bytes(&self) -> usize {
        match self {
            Ranks::Dense { bits, before, .. } => bits.capacity() * 8 + before.capacity() * 4,
            Ranks::Sorted(p) => p.heap_bytes(),
        }
    }
}

/// For each row of a table scan (ascending ids), its row in display order.
pub(super) fn scan_to_display(ids: &Packed, ranks: &Ranks) -> Packed {
    let mut place = Packed::zeroed(bits_for(ids.len as u64), ids.len);
    for i in 0..ids.len {
        place.set(ranks.rank(ids.get(i)).unwrap_or(0), i as u64);
    }
    place
}

pub(super) fn changed_meanwhile() -> Error {
    Error::database(crate::said!("index-changed"))
}

impl Table {
    pub(super) fn len(&self) -> usize {
        self.ids.len
    }

    pub(super) fn devices(
        conn: &rusqlite::Connection,
        org: i64,
        people: &People,
        kind: ListKind,
        now: &str,
    ) -> Result<Table> {
        let ListKind::Devices(status, sort) = kind else {
            return Err(Error::database(crate::said!("index-not-devices")));
        };
        let n = index::count(conn, org, kind)?;
        let (mut ids, mut owner) = (Packed::default(), Packed::default());
        let none = (1u64 << bits_for(people.len() as u64)) - 1;
        index::scan_devices(conn, org, status, sort, now, |id, user| {
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

    pub(super) fn numbers(conn: &rusqlite::Connection, org: i64, people: &People, mobile_only: bool) -> Result<Table> {
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

    pub(super) fn bw(conn: &rusqlite::Connection, org: i64, exclude_provisioned: bool) -> Result<Table> {
        index::in_snapshot(conn, || Self::bw_rows(conn, org, exclude_provisioned))
    }

    pub(super) fn bw_rows(conn: &rusqlite::Connection, org: i64, exclude_provisioned: bool) -> Result<Table> {
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

    pub(super) fn heap_bytes(&self) -> usize {
        self.ids.heap_bytes()
            + self.keys.iter().map(Key::heap_bytes).sum::<usize>()
            + self.owner.as_ref().map_or(0, |(o, _)| o.heap_bytes())
    }
}

impl Via {
    /// How many of the users' keys (email first) a row searches through its owner.
    pub(super) fn keys(self) -> usize {
        match self {
            Via::Person => 3,
            Via::Email => 1,
        }
    }
}

/// The rows of `todo` matching `filter`, for a list whose own fields are `keys` and whose rows
/// may also be found through their owner among `people`.
pub(super) fn match_rows(
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
    let todo_bits = todo_bits(todo, n);
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
pub(super) fn all_rows(n: usize) -> Vec<u64> {
    let mut words = vec![u64::MAX; n.div_ceil(64)];
    if n % 64 != 0 {
        if let Some(last) = words.last_mut() {
            *last = (1u64 << (n % 64)) - 1;
        }
    }
    words
}

/// One bit per row of `n` for the rows of `todo` (all rows when none).
pub(super) fn todo_bits(todo: Option<&Rows>, n: usize) -> Vec<u64> {
    match todo {
        None => all_rows(n),
        Some(r) => r.to_bits(n),
    }
}

/// The users (one bit per row of `people`) whose extension holds the number `p`.
fn ext_hits(p: &Probe, people: &People) -> Vec<u64> {
    let key = std::slice::from_ref(&people.ext);
    let mut codes = vec![KeyCodes::new(&people.ext, p)];
    match_keys(key, &mut codes, p, &all_rows(people.len()), &mut Blocks::new())
}

/// Adds to `users` (one bit per row of `people`) the owners of the numbers holding `p`.
fn owners_of_numbers(p: &Probe, numbers: &Table, users: &mut [u64]) {
    let (Some((col, _)), Some(e164)) = (&numbers.owner, numbers.keys.first()) else { return };
    let mut codes = vec![KeyCodes::new(e164, p)];
    let hits = match_keys(std::slice::from_ref(e164), &mut codes, p, &all_rows(numbers.len()), &mut Blocks::new());
    let none = nobody(col);
    for (b, &word) in hits.iter().enumerate() {
        let mut bits = word;
        while bits != 0 {
            let o = col.get(b * 64 + bits.trailing_zeros() as usize);
            bits &= bits - 1;
            if o != none {
                if let Some(w) = users.get_mut(o as usize / 64) {
                    *w |= 1 << (o % 64);
                }
            }
        }
    }
}

/// The rows of `todo` (one bit per row of the list) that a filter standing for a number
/// (`p`, see [`crate::domain::search::number_query`]) finds: a user by one of their numbers or
/// their extension, a device by its owner's, a number by itself or its owner's extension.
/// `numbers` is the list of every number (for the users' numbers).
pub(super) fn number_rows(
    p: &Probe,
    kind: ListKind,
    table: Option<&Table>,
    people: &People,
    numbers: Option<&Table>,
    todo: &[u64],
) -> Vec<u64> {
    let mut hits = vec![0u64; todo.len()];
    let users = || {
        let mut u = ext_hits(p, people);
        if let Some(numbers) = numbers {
            owners_of_numbers(p, numbers, &mut u);
        }
        u
    };
    let by_owner = |owners: &[u64], col: &Packed, hits: &mut [u64], own: &[u64]| {
        let none = nobody(col);
        for (b, (&t, h)) in todo.iter().zip(hits.iter_mut()).enumerate() {
            *h |= own.get(b).copied().unwrap_or(0) & t;
            let mut left = t & !*h;
            while left != 0 {
                let k = left.trailing_zeros() as usize;
                left &= left - 1;
                let o = col.get(b * 64 + k);
                if o != none && owners.get(o as usize / 64).is_some_and(|w| w & (1 << (o % 64)) != 0) {
                    *h |= 1 << k;
                }
            }
        }
    };
    match (kind, table) {
        (ListKind::Users, _) => {
            for (h, (t, u)) in hits.iter_mut().zip(todo.iter().zip(users())) {
                *h = t & u;
            }
        }
        (ListKind::Devices(..), Some(Table { owner: Some((col, _)), .. })) => by_owner(&users(), col, &mut hits, &[]),
        (ListKind::Numbers { .. }, Some(t @ Table { owner: Some((col, _)), .. })) => {
            let own = match t.keys.first() {
                Some(e164) => {
                    let mut codes = vec![KeyCodes::new(e164, p)];
                    match_keys(std::slice::from_ref(e164), &mut codes, p, todo, &mut Blocks::new())
                }
                None => Vec::new(),
            };
            by_owner(&ext_hits(p, people), col, &mut hits, &own);
        }
        _ => {}
    }
    hits
}
