//! Everyone, location by location: the way when Webex's answers by id carry no locations.
//!
//! `GET /people` pages on a cursor, at most 100 people a page with calling data (50 with a
//! location). The people are read location by location with calling data, locations side by
//! side (one cursor each, `max_in_flight` of them at once, the largest first as the cache knows
//! them), beside one listing of everyone without calling data (1,000 a page), and the two are
//! joined by id:
//! - a person in a location's listing is taken from it (with their calling data);
//! - a person only in the listing of everyone, without a Webex Calling licence, has no location
//!   and no calling data: taken from it;
//! - every other case is read again by id (`GET /people/{id}`; a 404 means gone): a person with
//!   a Calling licence missing from every location (moved between two pages, or skipped when a
//!   deletion shifted a page), a person in two locations (moved), a person in a location but not
//!   in the listing of everyone (created or deleted during the sync, or a shifted page).
//!
//! So no person is missed or doubled, whatever changes between two pages. It costs a request a
//! page of 50: twice the requests of reading everyone's calling data by id (see [`super::people`]).

use std::cell::{Cell, RefCell};
use std::collections::{HashMap, HashSet};
use std::ops::ControlFlow;

use futures::StreamExt;

use super::people::{first_error, read_again, Ctx};
use crate::outside::webex::models::{Location, MirrorPerson};
use crate::outside::webex::{PeopleQuery, WebexError};
use crate::store::snapshot::{Part, People};

/// Where the listings saw one person (by their index among the people read).
#[derive(Clone, Copy, Default)]
struct Seen {
    /// In how many locations' listings they were.
    located: u8,
    /// Their place in the listing of everyone (Webex's order: the first of two twins is kept).
    listed: Option<u32>,
}

/// Everyone in the organisation. `locations`: the organisation's (empty: one cursor with calling
/// data), `sizes`: people per location as the cache knows them, `calling`: the ids of the
/// licences that carry Webex Calling (`None`: not known, so everyone without a location is read
/// again).
pub(super) async fn read_everyone(
    cx: &Ctx<'_, '_>,
    locations: &[Location],
    sizes: &HashMap<String, usize>,
    calling: Option<&HashSet<String>>,
) -> Part<People> {
    if locations.is_empty() {
        return one_cursor(cx).await;
    }
    let all: RefCell<(People, Vec<Seen>)> = RefCell::new((People::new(), Vec::new()));
    let stop = Cell::new(false);
    let first = Cell::new(true);
    let next_place = Cell::new(0u32);
    // The listing of everyone comes 1,000 a page: its pages are the progress, and its first page
    // is what a first sync shows at once.
    let take = |items: Vec<MirrorPerson>, located: bool| -> ControlFlow<()> {
        if !located && first.replace(false) {
            (cx.preview)(&items);
        }
        let flow = cx.tracker.borrow_mut().page("people", if located { 0 } else { items.len() });
        let mut guard = all.borrow_mut();
        let (people, seen) = &mut *guard;
        for p in items {
            let i = match (located, people.position(&p.id)) {
                // The listing of everyone adds nothing to what a location gave.
                (false, Some(i)) => i,
                _ => people.insert(&p).0,
            };
            if seen.len() <= i {
                seen.resize(i + 1, Seen::default());
            }
            if located {
                seen[i].located = seen[i].located.saturating_add(1);
            } else if seen[i].listed.is_none() {
                seen[i].listed = Some(next_place.replace(next_place.get() + 1));
            }
        }
        if stop.get() {
            ControlFlow::Break(())
        } else {
            flow
        }
    };
    let failed = |r: &Part<usize>| {
        if matches!(r, Err(e) if !matches!(e, WebexError::Cancelled)) {
            stop.set(true);
        }
    };
    let mut order: Vec<&Location> = locations.iter().collect();
    order.sort_by_key(|l| std::cmp::Reverse(sizes.get(&l.id).copied().unwrap_or(0)));
    // One cursor more than the requests allowed in flight: while one waits for its answer to be
    // read, the others keep every slot busy.
    let width = cx.api.config().max_in_flight.max(1);
    let by_location = futures::stream::iter(order)
        .map(|l| {
            let (take, failed) = (&take, &failed);
            async move {
                let q = PeopleQuery { location_id: Some(l.id.clone()), ..PeopleQuery::default() };
                let r = match cx.api.people_pages_as(&q, true, |items| take(items, true)).await {
                    // The location went during the sync: its people are found by id.
                    Err(e) if e.status() == Some(404) => Ok(0),
                    other => other,
                };
                failed(&r);
                r
            }
        })
        .buffer_unordered(width)
        .collect::<Vec<_>>();
    let everyone = async {
        let r = cx.api.people_pages_as(&PeopleQuery::default(), false, |items| take(items, false)).await;
        failed(&r);
        r
    };
    let (located, listed) = futures::join!(by_location, everyone);
    first_error(located.into_iter().chain(std::iter::once(listed)))?;

    let (mut people, mut seen) = all.into_inner();
    seen.resize(people.indexes().last().map_or(0, |i| i + 1), Seen::default());
    let again: Vec<String> = people
        .indexes()
        .filter(|&i| match (seen[i].located, seen[i].listed) {
            (0, _) => calling.is_none_or(|c| people.licences(i).iter().any(|l| c.contains(*l))),
            (1, Some(_)) => false,
            _ => true,
        })
        .filter_map(|i| people.get(i).map(|p| p.id))
        .collect();
    for (id, fresh) in read_again(cx, &again).await? {
        let Some(i) = people.position(&id) else { continue };
        match fresh {
            Some(p) => {
                people.insert(&p);
            }
            None => people.remove(i),
        }
    }
    let people = people.sorted_by_key(|i, id| (seen[i].listed.unwrap_or(u32::MAX), id.to_string()));
    cx.tracker.borrow_mut().progress.counts.insert("people", people.len());
    Ok(people)
}

/// No location to read by: one cursor over everyone, with calling data.
async fn one_cursor(cx: &Ctx<'_, '_>) -> Part<People> {
    let mut all = People::new();
    let first = Cell::new(true);
    cx.api
        .people_pages_as(&PeopleQuery::default(), true, |mut items: Vec<MirrorPerson>| {
            if first.replace(false) {
                (cx.preview)(&items);
            }
            let flow = cx.tracker.borrow_mut().page("people", items.len());
            for p in items.drain(..) {
                all.insert(&p);
            }
            flow
        })
        .await?;
    Ok(all)
}
