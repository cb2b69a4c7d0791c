//! Licence templates, assignment, re-apply and the directory sync. What both backends do is one
//! test body each, run over the local database and over a real organisation (the fake Webex API
//! through Prism): `NAME::local`, `NAME::webex`.

mod webex;

use crate::backends::{both_backends, rows};

both_backends! {
    webex = webex::world_without_calling(10, 20);
    /// AL06 and AL02 as dry runs: re-applying the organisation-wide template without preserve
    /// checks every covered user, and a directory sync checks every row; neither changes
    /// anything, and on a real organisation they list the requests they would send and send none.
    fn al06_a_dry_run_checks_every_user_and_changes_nothing(b) {
        // The organisation-wide template that grants Calling: the demo's, or one saved now.
        let templates = rows(b.read(&["licences", "templates"]));
        let template = match templates.iter().find(|t| t["scope"] == "org" && t["grants_calling"] == true) {
            Some(t) => t["name"].as_str().expect("name").to_string(),
            None => b.json(&["licences", "template-save", "Staff", "--org-wide", "--calling"])["name"]
                .as_str()
                .expect("name")
                .to_string(),
        };
        let before = std::fs::read(b.db()).expect("db");
        let v = b.json(&["licences", "reapply", "--template", &template, "--no-preserve", "--dry-run"]);
        assert_eq!(v["dry_run"], true, "{v}");
        assert!(v["covered_users"].as_u64().is_some_and(|n| n > 0), "{v}");
        assert_eq!(Some(rows(v["users"].clone()).len() as u64), v["covered_users"].as_u64(), "every user checked: {v}");
        match v.get("requests") {
            None => assert!(!b.is_webex(), "a real organisation lists the requests: {v}"),
            Some(reqs) => {
                assert!(b.is_webex(), "no requests on the local backend: {v}");
                let patches = rows(reqs.clone()).iter().filter(|r| r["method"] == "PATCH").count();
                assert!(patches > 0, "{v}");
                assert_eq!(Some(patches as u64), v["calling"]["provisioned"].as_u64(), "{v}");
            }
        }
        let domain = b.users()[0]["email"].as_str().and_then(|e| e.split('@').nth(1)).expect("a domain").to_string();
        let new = format!("new.one@{domain}");
        let file = b.dir().join("directory.csv");
        std::fs::write(&file, format!("Email,Display Name,Work Phone Number,Department\n{new},New One,,Sales\n"))
            .expect("csv");
        let v = b.json(&["directory", "sync", file.to_str().expect("path"), "--dry-run"]);
        assert_eq!((v["dry_run"].as_bool(), v["created"].as_u64()), (Some(true), Some(1)), "{v}");
        assert_eq!(std::fs::read(b.db()).expect("db"), before, "a dry run changes nothing");
        assert!(rows(b.read(&["users", "list", "--filter", &new])).is_empty());
        assert!(b.writes().is_empty(), "a dry run sends nothing: {:?}", b.writes());
    }
}

both_backends! {
    webex = webex::world_without_calling(10, 13);
    /// AL03 and AL01 from a file: each covered row gets Calling with its location and number or
    /// extension (on a real organisation one PATCH a person, the extension and location in it);
    /// a row with an unknown location or an unknown user is refused with the reason; partly done
    /// is exit 8.
    fn al03_an_assignment_from_a_file_licenses_each_covered_row_and_reports_each_refusal(b) {
        let templates = rows(b.read(&["licences", "templates"]));
        let template = match templates.iter().find(|t| t["scope"] == "org" && t["grants_calling"] == true) {
            Some(t) => t["name"].as_str().expect("name").to_string(),
            None => b.json(&["licences", "template-save", "Staff", "--org-wide", "--calling"])["name"]
                .as_str()
                .expect("name")
                .to_string(),
        };
        // Covered users without Calling, as the dry run of a re-apply finds them.
        let dry = b.json(&["licences", "reapply", "--template", &template, "--dry-run"]);
        let targets: Vec<String> = rows(dry["users"].clone())
            .iter()
            .filter(|u| u["calling"] == "provisioned" || u["calling"] == "not_provisioned")
            .filter_map(|u| u["email"].as_str().map(str::to_string))
            .collect();
        assert!(targets.len() >= 3, "three covered users without Calling: {dry}");
        let users = b.users();
        let user = |email: &str| users.iter().find(|u| u["email"] == email).cloned().expect("listed");
        let loc0 = user(&targets[0])["location"].as_str().expect("a location").to_string();
        let loc1 = user(&targets[1])["location"].as_str().expect("a location").to_string();
        let numbers = rows(b.read(&["numbers", "list"]));
        let free = numbers
            .iter()
            .find(|n| n["owner"].is_null() && n["kind"] == "standard" && n["location"] == loc0.as_str())
            .and_then(|n| n["number"].as_str())
            .unwrap_or_else(|| panic!("a free number in {loc0}"))
            .to_string();
        let domain = targets[0].split('@').nth(1).expect("a domain");
        let file = b.dir().join("assign.csv");
        std::fs::write(
            &file,
            format!(
                "email,location,number,extension\n{},{loc0},{free},\n{},{loc1},,7011\n{},Mars,,7012\n\
                 nobody@{domain},{loc0},,\n",
                targets[0], targets[1], targets[2]
            ),
        )
        .expect("csv");
        let from = file.to_str().expect("path");
        let out = b.run(&["licences", "assign", "--template", &template, "--from", from, "--json"]);
        assert_eq!(out.status.code(), Some(8), "two rows were refused: {}", crate::fake_webex::home::text(&out.stderr));
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
        assert_eq!(v["calling"]["provisioned"], 2, "{v}");
        assert_eq!(v["calling"]["refused"], 2, "{v}");
        let reported = rows(v["users"].clone());
        assert!(reported[2]["reason"].as_str().is_some_and(|r| r.contains("Mars")), "{v}");
        assert!(reported[3]["reason"].as_str().is_some_and(|r| r.contains(&format!("nobody@{domain}"))), "{v}");
        let shown = |email: &str| {
            let v = b.read(&["users", "show", email]);
            v.get("user").cloned().unwrap_or(v)
        };
        let u = shown(&targets[0]);
        assert_eq!(
            (u["calling_status"].as_str(), u["location"].as_str()),
            (Some("provisioned"), Some(loc0.as_str())),
            "{u}"
        );
        assert_eq!(u["primary_number"], free.as_str(), "{u}");
        let u = shown(&targets[1]);
        assert_eq!(
            (u["calling_status"].as_str(), u["extension"].as_str(), u["location"].as_str()),
            (Some("provisioned"), Some("7011"), Some(loc1.as_str())),
            "{u}"
        );
        assert_ne!(shown(&targets[2])["calling_status"], "provisioned");

        if let Some(h) = &b.fake {
            assert_eq!(h.fake.licence_patches_per_person().len(), 2, "only the two rows that passed were sent");
            let p = h.fake.person_by_email(&targets[1]).expect("at the fake");
            assert_eq!(p.extension.as_deref(), Some("7011"), "the licence carried the extension");
            let (_, body) =
                h.fake.world().licence_patches.iter().find(|(id, _)| *id == p.id).cloned().expect("its PATCH");
            assert_eq!(body[0]["properties"]["extension"], "7011", "{body}");
            let acme = crate::fake_webex::world::webex_id("ORGANIZATION", "acme");
            let loc1_id = h
                .fake
                .world()
                .data
                .get(&acme)
                .and_then(|d| d.locations.iter().find(|l| l.name == loc1))
                .map(|l| l.id.clone())
                .expect("the location at the fake");
            assert_eq!(body[0]["properties"]["locationId"], loc1_id.as_str(), "{body}");
            let calling = crate::fake_webex::world::webex_id("LICENSE", "acme-calling");
            for t in &targets[..2] {
                let p = h.fake.person_by_email(t).expect("at the fake");
                assert!(p.licenses.contains(&calling), "{t} licensed at Webex");
            }
            // A sync agrees with what the run cached.
            crate::fake_webex::home::ok(&b.run(&["sync"]));
            let u = shown(&targets[1]);
            assert_eq!((u["extension"].as_str(), u["location"].as_str()), (Some("7011"), Some(loc1.as_str())), "{u}");
        }
    }
}
