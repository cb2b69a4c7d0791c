//! People: updating a user's work number, extension and location. What both backends do is
//! one test body each, run over the local database and over a real organisation (the fake Webex
//! API through Prism): `NAME::local`, `NAME::webex`.

mod search;
mod webex;

use crate::backends::{both_backends, Kind};

both_backends! {
    /// `users update`: the record changes (through Webex on a real organisation, with its
    /// trackingId), another user's extension in the same location is refused, and a change of
    /// nothing is said; neither changes anything.
    fn users_update_changes_the_record_and_checks_the_extension(b) {
        let users = b.users();
        let with_ext: Vec<&serde_json::Value> =
            users.iter().filter(|u| u["extension"].is_string() && u["location"].is_string()).collect();
        let (a, other) = (
            with_ext[0],
            with_ext
                .iter()
                .find(|u| u["location"] == with_ext[0]["location"] && u["email"] != with_ext[0]["email"])
                .expect("two in one location"),
        );
        let email_a = a["email"].as_str().expect("email");
        let v = b.json(&["users", "update", email_a, "--extension", "7777"]);
        assert_eq!(v["changed"], serde_json::json!(["extension"]), "{v}");
        match b.kind {
            Kind::Local => assert!(v.get("tracking_id").is_none(), "no Webex on the local backend: {v}"),
            Kind::Webex => assert!(v["tracking_id"].as_str().is_some_and(|t| t.starts_with("FAKE_")), "{v}"),
        }
        let writes = b.writes();
        // Another user's extension in the same location: refused, nothing changed.
        let before = std::fs::read(b.db()).expect("db");
        let err = b.refused(&["users", "update", email_a, "--extension", other["extension"].as_str().expect("ext")], 4);
        assert!(err.contains("already"), "{err}");
        let shown = b.read(&["users", "show", email_a]);
        assert_eq!(shown["user"]["extension"], "7777", "{shown}");
        let err = b.refused(&["users", "update", email_a], 4);
        assert!(!err.is_empty(), "nothing to change is said");
        assert_eq!(std::fs::read(b.db()).expect("db"), before, "the refusals changed nothing");
        assert_eq!(b.writes(), writes, "the refusals sent nothing");
    }
}
