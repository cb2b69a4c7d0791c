//! Mobile numbers and operator accounts. What both backends do is one test body each, run over
//! the local database and over a real organisation (the fake Webex API through Prism):
//! `NAME::local`, `NAME::webex`.

mod webex;

use crate::backends::{both_backends, Kind};
use wxgo::domain::mobile::{AuthStatus, NumberState};

both_backends! {
    /// MO03 by location: the entry is checked (a number twice is named), then the numbers are
    /// added to the location: on the local backend under its authorised operator account, on a
    /// real organisation through Webex (one request, with its trackingId; operator accounts are
    /// Control Hub's there). An unknown location is said, and nothing is added or sent.
    fn mo03_mobile_numbers_are_added_to_a_location(b) {
        let svc = b.service();
        let (location, account) = match b.kind {
            Kind::Local => {
                let accounts = svc.operator_accounts().list().expect("operator accounts");
                let a = accounts.into_iter().find(|a| a.status == AuthStatus::Authorized);
                let a = a.expect("an authorised account");
                (a.location.clone(), Some(a.account_id))
            }
            Kind::Webex => {
                let locations = svc.locations().expect("locations");
                let l = locations.into_iter().find(|l| l.country == "US").expect("a US location");
                (l.name, None)
            }
        };
        let n = "+14695550199";
        let checked = svc.numbers().validate(&location.to_lowercase(), &format!("{n},{n}")).expect("checked");
        // The first copy: Available here; on a real organisation Webex's word is shown, and the
        // fake calls both copies of a repeated number Duplicate In List.
        let first = if b.is_webex() { NumberState::DuplicateInList } else { NumberState::Available };
        assert_eq!(checked.iter().map(|c| c.state).collect::<Vec<_>>(), [first, NumberState::DuplicateInList]);
        assert_eq!(svc.numbers().count(true, n).expect("count"), 0);
        let r = svc.numbers().add_at(&location, n).expect("added");
        assert_eq!((r.added, r.rejected), (1, 0), "{r:?}");
        match (b.kind, &b.fake) {
            (Kind::Webex, Some(h)) => {
                assert_eq!(r.requests.len(), 1, "{r:?}");
                assert!(r.requests[0].tracking_id.as_deref().is_some_and(|t| t.starts_with("FAKE_")), "{r:?}");
                assert_eq!(h.fake.count("POST", "/telephony/config/locations/"), 1);
            }
            _ => {
                assert_eq!(Some(r.account_id.clone()), account, "the location's operator account");
                assert!(r.requests.is_empty(), "one transaction, no requests: {r:?}");
            }
        }
        let listed = svc.numbers().list(true, n, 0, 10).expect("numbers");
        assert_eq!(listed.len(), 1);
        assert!(listed[0].location.eq_ignore_ascii_case(&location), "{listed:?}");

        let writes = b.writes();
        let e = svc.numbers().add_at("Atlantis", "+14695550198").expect_err("no such location");
        let said = e.to_string();
        assert!(said.contains("Atlantis"), "{said}");
        match b.kind {
            Kind::Local => assert!(said.contains("no operator account for the location"), "{said}"),
            Kind::Webex => assert!(said.contains("no location") && said.contains("Nothing was sent"), "{said}"),
        }
        assert_eq!(svc.numbers().count(true, "+14695550198").expect("count"), 0);
        assert_eq!(b.writes(), writes, "nothing sent");
    }
}
