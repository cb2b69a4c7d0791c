//! Everyone, read in parallel and exactly.
//!
//! `GET /people` pages on a cursor, at most 100 people a page with calling data (50 with a
//! location): one cursor over a 100,000-person organisation is 1,000 pages one after another.
//! So everyone is listed once without calling data (1,000 a page: the ids, names and licences),
//! and everyone's calling data (location, extension, numbers) is read by id as the pages arrive: `GET /people?id=a,b,...&callingData=true`, at most 85 ids a
//! request (Webex's spec), `max_in_flight` of them at once beside the listing. The two are
//! joined by id:
//! - the licences come from the listing (Webex's spec: an answer by `id=` leaves them out), the
//!   calling data from the answer by id;
//! - a person the listing gives twice (a page shifted by a creation) is taken once;
//! - a person the answer by id leaves out was deleted after they were listed: gone.
//!
//! A deletion while the listing runs can shift a person onto a page already read: everyone is
//! listed once more (ids only; whoever the first listing missed is added and read by id) when an
//! answer by id left out someone listed, or when the admin audit events say someone was deleted
//! during the sync (see [`relist`]).

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use futures::StreamExt;

use super::Tracker;
use crate::outside::webex::models::{Location, MirrorPerson};
use crate::outside::webex::{Api, PeopleQuery, WebexError, PEOPLE_IDS_MAX};
use crate::store::snapshot::{Part, People};

/// What the people listings need from the sync around them.
pub(super) struct Ctx<'a, 't> {
    pub api: &'a Api,
    pub tracker: &'a RefCell<Tracker<'t>>,
    /// Called with the first page of everyone (a first sync shows it at once).
    pub preview: &'a dyn Fn(&[MirrorPerson]),
}

/// Everyone in the organisation (a location is not only for a Webex Calling licence: everyone's
/// calling data is read), and whether everyone was listed twice (an answer by id left out
/// someone listed: a person was deleted while the listing ran, which can have shifted another
/// onto a page already read).
///
/// Webex's spec warns that an answer by `id=` lacks "administrative fields like `licenses`,
/// `roles`, `locations` etc.". Should its answers carry no location for people who hold a Webex
/// Calling licence (`calling`: those licences' ids), everyone is read location by location
/// instead ([`super::located`]), as it is when the licences or the locations are not known.
pub(super) async fn read_everyone(
    cx: &Ctx<'_, '_>,
    locations: &[Location],
    sizes: &HashMap<String, usize>,
    calling: Option<&HashSet<String>>,
) -> Part<(People, bool)> {
    let Some(calling) = calling.filter(|_| !locations.is_empty()) else {
        return super::located::read_everyone(cx, locations, sizes, calling).await.map(|p| (p, true));
    };
    let all = RefCell::new(People::new());
    let check = Check { calling, state: Cell::new(Located::Unknown) };
    let listed = list_into(cx, &all, true, Some(&check)).await;
    if check.state.get() == Located::No && !cx.tracker.borrow().cancelled() {
        cx.tracker.borrow_mut().progress.counts.insert("people", 0);
        let people = super::located::read_everyone(cx, locations, sizes, Some(calling)).await?;
        return Ok((people, true));
    }
    let deleted = listed?;
    if deleted {
        list_into(cx, &all, false, None).await?;
    }
    let people = all.into_inner();
    cx.tracker.borrow_mut().progress.counts.insert("people", people.len());
    Ok((people, deleted))
}

/// Whether Webex's answers by id carry the people's locations.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Located {
    Unknown,
    Yes,
    No,
}

/// Tells from the first answers by id whether they carry locations.
struct Check<'a> {
    calling: &'a HashSet<String>,
    state: Cell<Located>,
}

impl Check<'_> {
    /// An answer by id for people as listed in `all`: once someone in it holds a Calling
    /// licence, it says whether the answers carry locations (anyone of them located: yes; none
    /// of them: no).
    fn answer(&self, all: &People, found: &[MirrorPerson]) -> Located {
        if self.state.get() != Located::Unknown {
            return self.state.get();
        }
        let mut holders = found
            .iter()
            .filter(|p| all.position(&p.id).is_some_and(|i| all.licences(i).iter().any(|l| self.calling.contains(*l))));
        let Some(first) = holders.next() else { return Located::Unknown };
        let located = first.location_id.is_some() || holders.any(|p| p.location_id.is_some());
        self.state.set(if located { Located::Yes } else { Located::No });
        self.state.get()
    }
}

/// Lists everyone again and adds whoever `all` lacks (with their calling data): after a deletion
/// during the first listing, which can have shifted a person onto a page already read.
pub(super) async fn relist(cx: &Ctx<'_, '_>, all: People) -> Part<People> {
    let all = RefCell::new(all);
    list_into(cx, &all, false, None).await?;
    Ok(all.into_inner())
}

/// The listing of everyone into `all` (people it already holds are left as they are), and the
/// calling data of the new ones read by id as the pages arrive. Whether an answer by
/// id left out someone listed (deleted since).
/// `check`: whether the answers by id carry locations is yet to be found out (if they do not,
/// the listing stops).
async fn list_into(cx: &Ctx<'_, '_>, all: &RefCell<People>, preview: bool, check: Option<&Check<'_>>) -> Part<bool> {
    let stop = Cell::new(false);
    let deleted = Cell::new(false);
    let first = Cell::new(preview);
    let (tx, rx) = futures::channel::mpsc::unbounded::<Vec<String>>();
    let pending: RefCell<Vec<String>> = RefCell::new(Vec::new());
    let listing = async {
        let r = cx
            .api
            .people_pages_as(&PeopleQuery::default(), false, |items: Vec<MirrorPerson>| {
                if first.replace(false) {
                    (cx.preview)(&items);
                }
                let flow = cx.tracker.borrow_mut().page("people", items.len());
                let mut all = all.borrow_mut();
                let mut pending = pending.borrow_mut();
                for p in items {
                    if all.position(&p.id).is_some() {
                        // Listed twice (a page shifted), or known already: taken once.
                        continue;
                    }
                    all.insert(&p);
                    pending.push(p.id);
                    if pending.len() == PEOPLE_IDS_MAX {
                        let _ = tx.unbounded_send(std::mem::take(&mut *pending));
                    }
                }
                if stop.get() {
                    ControlFlow::Break(())
                } else {
                    flow
                }
            })
            .await;
        let rest = std::mem::take(&mut *pending.borrow_mut());
        if !rest.is_empty() {
            let _ = tx.unbounded_send(rest);
        }
        tx.close_channel();
        if matches!(&r, Err(e) if !matches!(e, WebexError::Cancelled)) {
            stop.set(true);
        }
        r
    };
    let width = cx.api.config().max_in_flight.max(1);
    let by_id = rx
        .map(|ids| {
            let (stop, deleted) = (&stop, &deleted);
            async move {
                if stop.get() {
                    return Err(WebexError::Cancelled);
                }
                let r = cx.api.people_by_ids_as::<MirrorPerson>(&ids, true).await;
                let found = match r {
                    Ok(found) => found,
                    Err(e) => {
                        if !matches!(e, WebexError::Cancelled) {
                            stop.set(true);
                        }
                        return Err(e);
                    }
                };
                if check.is_some_and(|c| c.answer(&all.borrow(), &found) == Located::No) {
                    stop.set(true);
                    return Err(WebexError::Cancelled);
                }
                if join(&mut all.borrow_mut(), &ids, found) {
                    deleted.set(true);
                }
                if cx.tracker.borrow_mut().page("people", 0).is_break() {
                    stop.set(true);
                }
                Ok(ids.len())
            }
        })
        .buffer_unordered(width)
        .collect::<Vec<Part<usize>>>();
    let (listed, read) = futures::join!(listing, by_id);
    first_error(read.into_iter().chain(std::iter::once(listed)))?;
    Ok(deleted.get())
}

/// The answer by id joined to the listing: each person found with their calling data (and the
/// licences the listing gave, when the answer has none, as Webex's spec says it has not); each
/// id asked and not found, gone (then `true`).
fn join(all: &mut People, asked: &[String], found: Vec<MirrorPerson>) -> bool {
    let mut seen: HashSet<&str> = HashSet::with_capacity(found.len());
    let asked_set: HashSet<&str> = asked.iter().map(String::as_str).collect();
    for mut p in found {
        // Only whom was asked (an answer is untrusted): never someone the listing did not give.
        let Some(id) = asked_set.get(p.id.as_str()).copied() else { continue };
        let Some(i) = all.position(id) else { continue };
        seen.insert(id);
        if p.licenses.is_empty() {
            p.licenses = all.licences(i).into_iter().map(str::to_string).collect();
        }
        all.insert(&p);
    }
    let mut gone = false;
    for id in asked.iter().filter(|id| !seen.contains(id.as_str())) {
        if let Some(i) = all.position(id) {
            all.remove(i);
            gone = true;
        }
    }
    gone
}

/// These people read again by id, side by side: each with what Webex has now, `None` when
/// Webex no longer knows them (404).
pub(super) async fn read_again(cx: &Ctx<'_, '_>, ids: &[String]) -> Part<Vec<(String, Option<MirrorPerson>)>> {
    let width = cx.api.config().max_in_flight.max(1) * 2;
    let stop = Cell::new(false);
    let results: Vec<Part<(String, Option<MirrorPerson>)>> = futures::stream::iter(ids)
        .map(|id| {
            let stop = &stop;
            async move {
                if stop.get() {
                    return Err(WebexError::Cancelled);
                }
                let r = match cx.api.get_person(id).await {
                    Ok(p) => Ok((id.clone(), Some(MirrorPerson::from(p)))),
                    Err(e) if e.status() == Some(404) => Ok((id.clone(), None)),
                    Err(e) => {
                        stop.set(true);
                        Err(e)
                    }
                };
                if cx.tracker.borrow_mut().page("people", 0).is_break() {
                    stop.set(true);
                }
                r
            }
        })
        .buffer_unordered(width)
        .collect()
        .await;
    if stop.get() && cx.tracker.borrow().cancelled() {
        return Err(WebexError::Cancelled);
    }
    let mut out = Vec::with_capacity(results.len());
    let mut cancelled = false;
    for r in results {
        match r {
            Ok(x) => out.push(x),
            Err(WebexError::Cancelled) => cancelled = true,
            Err(e) => return Err(e),
        }
    }
    if cancelled {
        return Err(WebexError::Cancelled);
    }
    Ok(out)
}

/// The first failure that is not a listing stopped because another one failed.
pub(super) fn first_error(results: impl Iterator<Item = Part<usize>>) -> Part<()> {
    let mut cancelled = false;
    for r in results {
        match r {
            Ok(_) => {}
            Err(WebexError::Cancelled) => cancelled = true,
            Err(e) => return Err(e),
        }
    }
    if cancelled {
        Err(WebexError::Cancelled)
    } else {
        Ok(())
    }
}
