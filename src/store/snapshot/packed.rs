//! What a sync fetched, packed while it waits for the snapshot's transaction: each person,
//! number or device one allocation of its text (fields length-prefixed), the ids that repeat
//! (locations, licences, owners' kinds) interned once. A person takes about 150 bytes here
//! instead of about 700 as a struct of strings, so a sync of 100,000 people holds them in about
//! 15 MB. Records come back out one at a time, as the API's own shapes.

use std::collections::hash_map::RandomState;
use std::hash::BuildHasher;

use crate::outside::webex::models::{Device, MirrorPerson};
use crate::outside::webex::numbers::{IdAndName, Number, NumberOwner};

const NONE: u16 = u16::MAX;

/// Appends `s` (None, or up to 65,534 bytes, cut at a character boundary) to `out`.
fn put(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        None => out.extend_from_slice(&NONE.to_le_bytes()),
        Some(s) => {
            let mut end = s.len().min(usize::from(NONE - 1));
            while !s.is_char_boundary(end) {
                end -= 1;
            }
            out.extend_from_slice(&(end as u16).to_le_bytes());
            out.extend_from_slice(&s.as_bytes()[..end]);
        }
    }
}

/// Reads the fields of one record in order.
struct Fields<'a> {
    rest: &'a [u8],
}

impl<'a> Fields<'a> {
    fn next_u16(&mut self) -> u16 {
        match self.rest {
            [a, b, rest @ ..] => {
                self.rest = rest;
                u16::from_le_bytes([*a, *b])
            }
            _ => NONE,
        }
    }

    fn text(&mut self) -> Option<&'a str> {
        let n = self.next_u16();
        if n == NONE {
            return None;
        }
        let (s, rest) = self.rest.split_at(usize::from(n).min(self.rest.len()));
        self.rest = rest;
        std::str::from_utf8(s).ok()
    }

    fn owned(&mut self) -> Option<String> {
        self.text().map(str::to_string)
    }

    fn numbers(&mut self) -> Vec<u32> {
        let n = self.next_u16();
        let n = if n == NONE { 0 } else { n };
        (0..n).map(|_| u32::from(self.next_u16()) | u32::from(self.next_u16()) << 16).collect()
    }
}

fn put_numbers(out: &mut Vec<u8>, ns: &[u32]) {
    let n = ns.len().min(usize::from(NONE - 1));
    out.extend_from_slice(&(n as u16).to_le_bytes());
    for v in &ns[..n] {
        out.extend_from_slice(&((v & 0xffff) as u16).to_le_bytes());
        out.extend_from_slice(&((v >> 16) as u16).to_le_bytes());
    }
}

/// Strings that repeat across records (location and licence ids), each kept once.
#[derive(Debug, Clone, Default)]
struct Interner {
    strings: Vec<Box<str>>,
    table: hashbrown::HashTable<u32>,
    hasher: RandomState,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        let hash = self.hasher.hash_one(s);
        let strings = &self.strings;
        if let Some(&i) = self.table.find(hash, |&i| &*strings[i as usize] == s) {
            return i;
        }
        let i = self.strings.len() as u32;
        self.strings.push(s.into());
        let (strings, hasher) = (&self.strings, &self.hasher);
        self.table.insert_unique(hash, i, |&j| hasher.hash_one(&*strings[j as usize]));
        i
    }

    fn get(&self, i: u32) -> Option<&str> {
        self.strings.get(i as usize).map(|s| &**s)
    }
}

/// Many people, packed, found by id.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// id, email, display name, first, last, work, extension, department, location; licences.
    /// An empty record is a person removed.
    rows: Vec<Box<[u8]>>,
    strings: Interner,
    by_id: hashbrown::HashTable<u32>,
    hasher: RandomState,
}

impl People {
    pub fn new() -> People {
        People::default()
    }

    /// People, as given (a later one with the same id replaces the earlier).
    #[cfg(test)]
    pub fn of(people: impl IntoIterator<Item = MirrorPerson>) -> People {
        let mut all = People::new();
        for p in people {
            all.insert(&p);
        }
        all
    }

    fn pack(&mut self, p: &MirrorPerson) -> Box<[u8]> {
        let mut out = Vec::with_capacity(64 + p.id.len());
        put(&mut out, Some(&p.id));
        for s in [&p.email, &p.display_name, &p.first_name, &p.last_name, &p.work, &p.extension, &p.department] {
            put(&mut out, s.as_deref());
        }
        let location = p.location_id.as_deref().map(|l| self.strings.intern(l));
        put_numbers(&mut out, &location.into_iter().collect::<Vec<_>>());
        let licences: Vec<u32> = p.licenses.iter().map(|l| self.strings.intern(l)).collect();
        put_numbers(&mut out, &licences);
        out.into_boxed_slice()
    }

    /// The id of the person at `i` (empty when removed).
    pub fn id_of(&self, i: usize) -> &str {
        self.rows.get(i).and_then(|r| Fields { rest: r }.text()).unwrap_or("")
    }

    /// The index of the person with this id.
    pub fn position(&self, id: &str) -> Option<usize> {
        let hash = self.hasher.hash_one(id);
        self.by_id.find(hash, |&i| self.id_of(i as usize) == id).map(|&i| i as usize)
    }

    /// Adds the person, or replaces the one with the same id: their index, and whether they are new.
    pub fn insert(&mut self, p: &MirrorPerson) -> (usize, bool) {
        let row = self.pack(p);
        if let Some(i) = self.position(&p.id) {
            self.rows[i] = row;
            return (i, false);
        }
        let i = self.rows.len();
        self.rows.push(row);
        let hash = self.hasher.hash_one(p.id.as_str());
        let (rows, hasher) = (&self.rows, &self.hasher);
        self.by_id.insert_unique(hash, i as u32, |&j| {
            hasher.hash_one(rows.get(j as usize).and_then(|r| Fields { rest: r }.text()).unwrap_or(""))
        });
        (i, true)
    }

    /// Takes the person at `i` out (their index stays, empty; their id is found no more).
    pub fn remove(&mut self, i: usize) {
        if let Some(r) = self.rows.get_mut(i) {
            *r = Box::new([]);
        }
    }

    /// How many people (removed ones not counted).
    pub fn len(&self) -> usize {
        self.rows.iter().filter(|r| !r.is_empty()).count()
    }

    /// Indexes in use, in order (removed ones skipped).
    pub fn indexes(&self) -> Box<dyn Iterator<Item = usize> + '_> {
        let live = |i: &usize| self.rows.get(*i).is_some_and(|r| !r.is_empty());
        Box::new((0..self.rows.len()).filter(live))
    }

    /// The licence ids of the person at `i`.
    pub fn licences(&self, i: usize) -> Vec<&str> {
        let Some(r) = self.rows.get(i).filter(|r| !r.is_empty()) else { return Vec::new() };
        let mut f = Fields { rest: r };
        for _ in 0..8 {
            f.text();
        }
        f.numbers();
        f.numbers().into_iter().filter_map(|n| self.strings.get(n)).collect()
    }

    /// The person at `i`, unpacked.
    pub fn get(&self, i: usize) -> Option<MirrorPerson> {
        let r = self.rows.get(i).filter(|r| !r.is_empty())?;
        let mut f = Fields { rest: r };
        let mut p = MirrorPerson {
            id: f.owned().unwrap_or_default(),
            email: f.owned(),
            display_name: f.owned(),
            first_name: f.owned(),
            last_name: f.owned(),
            work: f.owned(),
            extension: f.owned(),
            department: f.owned(),
            ..MirrorPerson::default()
        };
        p.location_id = f.numbers().first().and_then(|n| self.strings.get(*n)).map(str::to_string);
        p.licenses = f.numbers().into_iter().filter_map(|n| self.strings.get(n).map(str::to_string)).collect();
        Some(p)
    }

    /// Everyone, unpacked one at a time, in order.
    pub fn iter(&self) -> impl Iterator<Item = MirrorPerson> + '_ {
        self.indexes().filter_map(|i| self.get(i))
    }
}

/// Many numbers, packed (what the snapshot and a partial sync use of each).
#[derive(Debug, Clone, Default)]
pub struct Numbers {
    /// phone, state, type, mobile flag, owner id, owner kind, owner display, first, last;
    /// location (id and name interned).
    rows: Vec<Box<[u8]>>,
    strings: Interner,
}

impl Numbers {
    pub fn new() -> Numbers {
        Numbers::default()
    }

    pub fn push(&mut self, n: &Number) {
        let mut out = Vec::with_capacity(96);
        let o = n.owner.as_ref();
        let own = |f: fn(&NumberOwner) -> &Option<String>| o.and_then(|o| f(o).as_deref());
        for s in [
            n.phone_number.as_deref(),
            n.state.as_deref(),
            n.phone_number_type.as_deref(),
            n.included_telephony_types.as_deref(),
            own(|o| &o.id),
            own(|o| &o.kind),
            own(|o| &o.display_name),
            own(|o| &o.first_name),
            own(|o| &o.last_name),
        ] {
            put(&mut out, s);
        }
        let has_owner = u32::from(o.is_some());
        let loc = n.location.as_ref();
        let id = loc.and_then(|l| l.id.as_deref()).map(|s| self.strings.intern(s) + 1).unwrap_or(0);
        let name = loc.and_then(|l| l.name.as_deref()).map(|s| self.strings.intern(s) + 1).unwrap_or(0);
        put_numbers(&mut out, &[has_owner, u32::from(loc.is_some()), id, name]);
        self.rows.push(out.into_boxed_slice());
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// The number at `i`, unpacked.
    pub fn get(&self, i: usize) -> Option<Number> {
        self.rows.get(i).map(|r| self.unpack(r))
    }

    /// Every number, unpacked one at a time (only the fields the cache keeps).
    pub fn iter(&self) -> impl Iterator<Item = Number> + '_ {
        self.rows.iter().map(|r| self.unpack(r))
    }

    fn unpack(&self, r: &[u8]) -> Number {
        {
            let mut f = Fields { rest: r };
            let mut n = Number {
                phone_number: f.owned(),
                state: f.owned(),
                phone_number_type: f.owned(),
                included_telephony_types: f.owned(),
                ..Number::default()
            };
            let owner = NumberOwner {
                id: f.owned(),
                kind: f.owned(),
                display_name: f.owned(),
                first_name: f.owned(),
                last_name: f.owned(),
            };
            let flags = f.numbers();
            let flag = |i: usize| flags.get(i).copied().unwrap_or(0);
            let name = |v: u32| v.checked_sub(1).and_then(|v| self.strings.get(v)).map(str::to_string);
            n.owner = (flag(0) == 1).then_some(owner);
            n.location = (flag(1) == 1).then(|| IdAndName { id: name(flag(2)), name: name(flag(3)) });
            n
        }
    }
}

impl FromIterator<Number> for Numbers {
    fn from_iter<I: IntoIterator<Item = Number>>(it: I) -> Numbers {
        let mut all = Numbers::new();
        for n in it {
            all.push(&n);
        }
        all
    }
}

/// Many Webex Go devices, packed (what the snapshot uses of each).
#[derive(Debug, Clone, Default)]
pub struct Devices {
    /// id, person, connection status, product, created; error codes.
    rows: Vec<Box<[u8]>>,
    strings: Interner,
}

impl Devices {
    pub fn new() -> Devices {
        Devices::default()
    }

    pub fn push(&mut self, d: &Device) {
        let mut out = Vec::with_capacity(160);
        for s in [
            Some(d.id.as_str()),
            d.person_id.as_deref(),
            d.connection_status.as_deref(),
            d.product.as_deref(),
            d.created.as_deref(),
        ] {
            put(&mut out, s);
        }
        let codes: Vec<u32> = d.error_codes.iter().map(|c| self.strings.intern(c)).collect();
        put_numbers(&mut out, &codes);
        self.rows.push(out.into_boxed_slice());
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// Every device, unpacked one at a time (only the fields the cache keeps).
    pub fn iter(&self) -> impl Iterator<Item = Device> + '_ {
        self.rows.iter().map(|r| {
            let mut f = Fields { rest: r };
            let mut d = Device {
                id: f.owned().unwrap_or_default(),
                person_id: f.owned(),
                connection_status: f.owned(),
                product: f.owned(),
                created: f.owned(),
                ..Device::default()
            };
            d.error_codes = f.numbers().into_iter().filter_map(|c| self.strings.get(c).map(str::to_string)).collect();
            d
        })
    }
}

impl FromIterator<Device> for Devices {
    fn from_iter<I: IntoIterator<Item = Device>>(it: I) -> Devices {
        let mut all = Devices::new();
        for d in it {
            all.push(&d);
        }
        all
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn people_numbers_and_devices_come_back_as_they_went_in() {
        let p = MirrorPerson {
            id: "p1".into(),
            email: Some("ada@example.com".into()),
            work: Some("+14085550100".into()),
            extension: None,
            location_id: Some("loc-1".into()),
            display_name: Some("Ada ✓ \u{1b}[31m".into()),
            first_name: None,
            last_name: Some("L".into()),
            department: Some(String::new()),
            licenses: vec!["lic-a".into(), "lic-b".into()],
        };
        let q = MirrorPerson { id: "p2".into(), licenses: vec!["lic-b".into()], ..MirrorPerson::default() };
        let mut all = People::of([p.clone(), q.clone()]);
        assert_eq!(all.iter().collect::<Vec<_>>(), vec![p.clone(), q.clone()]);
        assert_eq!(all.position("p2"), Some(1));
        assert_eq!(all.licences(0), vec!["lic-a", "lic-b"]);
        let moved = MirrorPerson { location_id: Some("loc-2".into()), ..p.clone() };
        assert_eq!(all.insert(&moved), (0, false), "the same id replaces");
        all.remove(1);
        assert_eq!((all.len(), all.position("p2")), (1, None), "gone");
        assert_eq!(all.iter().collect::<Vec<_>>(), vec![moved.clone()]);
        let long = "é".repeat(40_000);
        let cut = People::of([MirrorPerson { id: "x".into(), display_name: Some(long), ..MirrorPerson::default() }]);
        assert!(cut.get(0).and_then(|p| p.display_name).is_some_and(|n| n.len() <= 65_534 && n.ends_with('é')));

        let n = Number {
            phone_number: Some("+14085550100".into()),
            state: Some("ACTIVE".into()),
            phone_number_type: Some("PRIMARY".into()),
            included_telephony_types: Some("MOBILE_NUMBER".into()),
            location: Some(IdAndName { id: Some("loc-1".into()), name: Some("Head".into()) }),
            owner: Some(NumberOwner { id: Some("p1".into()), kind: Some("PEOPLE".into()), ..NumberOwner::default() }),
            ..Number::default()
        };
        let bare = Number { phone_number: Some("+1".into()), ..Number::default() };
        let ns: Numbers = [n.clone(), bare.clone()].into_iter().collect();
        assert_eq!(ns.iter().collect::<Vec<_>>(), vec![n, bare]);

        let d = Device {
            id: "d1".into(),
            person_id: Some("p1".into()),
            connection_status: Some("connected_with_issues".into()),
            product: Some("Webex Go".into()),
            created: Some("2026-01-05T09:00:00.000Z".into()),
            error_codes: vec!["esimProfileNotActive".into()],
            ..Device::default()
        };
        let ds: Devices = [d.clone()].into_iter().collect();
        assert_eq!(ds.iter().collect::<Vec<_>>(), vec![d]);
    }
}
