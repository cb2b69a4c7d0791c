//! Webex Go devices: add, new code, lost/stolen, delete and the import. The actions both
//! backends have are one test body each, run over the local database and over a real
//! organisation (the fake Webex API through Prism): `NAME::local`, `NAME::webex`.

mod delete_webex;
mod import_webex;
mod order;
mod webex;

use crate::backends::{both_backends, Backend, Kind};
use crate::fake_webex::home::{ok, text};
use wxgo::service::{Action, Support};

/// `POST /devices/activationCode` requests that reached the fake (0 on the local backend).
fn code_requests(b: &Backend) -> usize {
    b.fake.as_ref().map_or(0, |h| h.fake.count("POST", "/devices/activationCode"))
}

both_backends! {
    /// Adding a device: the code is shown once (Webex's, as given, on a real organisation, where
    /// the SM-DP+ address and the QR code are Control Hub's), the device is listed Activation
    /// pending, and the audit trail keeps the action (with Webex's trackingId) but never the code.
    fn adding_a_device_shows_its_code_lists_it_pending_and_audits_it(b) {
        let user = b.eligible_user();
        let mut args = b.add_args(&user);
        args.push("--json".into());
        let v = b.json(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let code = v["activation_code"].as_str().expect("code").to_string();
        assert!(v["expires_at"].as_str().is_some(), "{v}");
        match b.kind {
            Kind::Webex => {
                assert_eq!(code_requests(b), 1);
                // The fake's codes are 16 digits, which the local alphabet has no 0 or 1 for: kept as given.
                assert_eq!(code.len(), 16, "{code}");
                assert!(code.bytes().all(|c| c.is_ascii_digit()), "{code}");
                assert!(v["smdp_address"].as_str().is_some_and(|s| s.contains("Control Hub only")), "{v}");
                assert_eq!(v["lpa"], "", "no QR string is invented for a real organisation");
            }
            Kind::Local => {
                let smdp = v["smdp_address"].as_str().expect("smdp");
                assert_eq!(v["lpa"], format!("LPA:1${smdp}${code}"), "{v}");
            }
        }
        // The device is listed, Activation pending (with Webex's id on a real organisation).
        let d = b.device_of(&user);
        assert_eq!(d["status"], "activation_pending");
        assert_eq!(d["device_id"], v["device_id"]);
        if let Some(h) = &b.fake {
            let wid = d["webex_id"].as_str().expect("webex id");
            assert!(h.fake.devices_of(&b.person_id(&user)).iter().any(|x| x.id == wid));
        }
        let audited = b.audited("add Webex Go device");
        let details = audited.first().and_then(|a| a["details"].as_str()).expect("audited").to_string();
        assert!(!details.contains(&code), "{details}");
        assert_eq!(details.contains("trackingId "), b.is_webex(), "{details}");

        // Human output: the code as given; Control Hub only where the demo shows SM-DP+ and QR.
        let said = ok(&b.run(&["devices", "new-code", &user, "--no-email"]));
        assert!(said.contains("Activation code:"), "{said}");
        assert_eq!(said.contains("QR code:          Control Hub only"), b.is_webex(), "{said}");
    }
}

both_backends! {
    /// WG05: a new code ends the earlier one, here and at Webex (where the activating device is
    /// replaced, and the cache follows its new id).
    fn wg05_a_new_code_supersedes_the_old_one(b) {
        let user = b.eligible_user();
        let mut args = b.add_args(&user);
        args.push("--json".into());
        let first = b.json(&args.iter().map(String::as_str).collect::<Vec<_>>());
        let second = b.json(&["devices", "new-code", &user]);
        assert_ne!(first["activation_code"], second["activation_code"]);
        assert_eq!(first["device_id"], second["device_id"], "the same device here");
        let shown = b.read(&["users", "show", &user]);
        let codes = shown["codes"].as_array().expect("codes");
        assert_eq!(codes.iter().filter(|c| c["state"] == "valid").count(), 1, "{shown}");
        assert_eq!(codes.iter().filter(|c| c["state"] == "superseded").count(), 1, "{shown}");
        if let Some(h) = &b.fake {
            assert_eq!(code_requests(b), 2);
            // At Webex one activating device remains for the person (the old code is gone with it).
            let at_webex = h.fake.devices_of(&b.person_id(&user));
            assert_eq!(at_webex.len(), 1, "{at_webex:?}");
            assert_eq!(b.device_of(&user)["webex_id"], at_webex[0].id.as_str(), "the cache follows Webex's new id");
        }
    }
}

both_backends! {
    /// WG08: lost/stolen where the backend can do it ends the line and issues fresh details;
    /// where it cannot (a real organisation: no public API) it says where in Control Hub, and
    /// nothing is sent or changed.
    fn wg08_lost_stolen_issues_fresh_details_or_names_control_hub(b) {
        let device = b.go_devices("online").into_iter().next().expect("an online Webex Go device");
        let (id, owner) = (device["device_id"].as_str().expect("id"), device["owner_email"].as_str().expect("owner"));
        let before = std::fs::read(b.db()).expect("db");
        let out = b.run(&["devices", "lost-stolen", owner, "--no-email", "--json", "--yes"]);
        match b.service().support(Action::LostStolen) {
            Support::Yes => {
                let v: serde_json::Value = serde_json::from_str(&ok(&out)).expect("json");
                assert_eq!(v["device_id"], id, "{v}");
                assert_eq!(v["emailed"], false, "{v}");
                assert_eq!(b.device_of(owner)["status"], "activation_pending", "a fresh code for the new line");
                let shown = b.read(&["users", "show", owner]);
                let codes = shown["codes"].as_array().expect("codes");
                assert_eq!(codes.iter().filter(|c| c["state"] == "valid").count(), 1, "{shown}");
                assert_eq!(b.audited("lost/stolen").len(), 1);
            }
            Support::ControlHubOnly(place) => {
                let err = text(&out.stderr);
                assert_eq!(out.status.code(), Some(3), "{err}");
                assert!(err.contains("Control Hub") && err.contains("Lost or stolen"), "{err}");
                assert!(place.said().contains("Lost or stolen"), "{place:?}");
                assert!(b.writes().is_empty(), "only GET left the machine: {:?}", b.writes());
                assert_eq!(std::fs::read(b.db()).expect("db"), before, "nothing changed");
            }
            other => panic!("lost/stolen is the admin's own action, not {other:?}"),
        }
    }
}

both_backends! {
    /// Deleting a device: at Webex first on a real organisation; then gone from the list, and in
    /// the audit trail (with the trackingId). A device is named by its id or its owner's email.
    fn deleting_a_device_removes_it_and_audits_it(b) {
        let devices = b.go_devices("online");
        let (d, other) = (&devices[0], &devices[1]);
        let id = d["device_id"].as_str().expect("id").to_string();
        let v = b.json(&["devices", "delete", &id, "--yes"]);
        assert_eq!(v["device_id"], id.as_str());
        if let Some(h) = &b.fake {
            let wid = d["webex_id"].as_str().expect("webex id").to_string();
            assert_eq!(h.fake.count("DELETE", "/devices/"), 1);
            assert!(h.fake.world().data.values().all(|o| o.devices.iter().all(|x| x.id != wid)), "gone at Webex");
        }
        assert!(b.devices().iter().all(|x| x["device_id"] != id.as_str()), "gone from the list");
        let entry = b.audited("delete Webex Go device").into_iter().next().expect("audited");
        assert_eq!(entry["details"].as_str().is_some_and(|d| d.contains("trackingId ")), b.is_webex(), "{entry}");

        // By the owner's email.
        let owner = other["owner_email"].as_str().expect("owner");
        let out = b.run(&["devices", "delete", owner, "--yes"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(b.devices().iter().all(|x| x["device_id"] != other["device_id"]), "gone from the list");
    }
}

both_backends! {
    /// Read-only (`--read-only`) refuses every change to a device with exit 5, saying why;
    /// nothing changes, nothing but GET leaves the machine, and reading still works.
    fn read_only_refuses_every_device_change_and_changes_nothing(b) {
        let user = b.eligible_user();
        let pending = b.go_devices("activation_pending").into_iter().next().expect("a pending device");
        let online = b.go_devices("online").into_iter().next().expect("an online device");
        let (pending, online) = (pending["device_id"].as_str().expect("id"), online["device_id"].as_str().expect("id"));
        let mut add: Vec<String> = vec!["--read-only".into()];
        add.extend(b.add_args(&user));
        let svc = b.service();
        let mut cases: Vec<Vec<&str>> = vec![
            add.iter().map(String::as_str).collect(),
            vec!["--read-only", "devices", "new-code", pending],
            vec!["--read-only", "devices", "delete", online],
        ];
        if svc.support(Action::LostStolen) == Support::Yes {
            cases.push(vec!["--read-only", "devices", "lost-stolen", online]);
        }
        if svc.support(Action::PhoneDisable) == Support::Yes {
            cases.push(vec!["--read-only", "phone", "disable", online]);
        }
        let before = std::fs::read(b.db()).expect("db");
        for args in &cases {
            let err = b.refused(args, 5);
            assert!(err.contains("read-only"), "wxgo {args:?}: {err}");
            assert_eq!(std::fs::read(b.db()).expect("db"), before, "wxgo {args:?} changed the database");
        }
        // Reading still works.
        let out = b.run(&["--read-only", "devices", "list", "--json"]);
        assert!(out.status.success(), "{}", text(&out.stderr));
        assert!(b.writes().is_empty(), "only GET left the machine: {:?}", b.writes());
        assert_eq!(std::fs::read(b.db()).expect("db"), before);
    }
}
