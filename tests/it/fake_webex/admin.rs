//! Control Hub's side of the fake: what an administrator changes outside wxgo (a person created,
//! moved, renamed or deleted, licences given or taken, a number assigned, a device added), each
//! logged in the admin audit events as Webex does, unless [`World::unlogged`]. Usable from a test
//! and from a hook that changes the world between two pages of a listing.

use super::world::*;

impl World {
    /// The organisation that holds this person.
    pub fn org_of_person(&self, id: &str) -> Option<String> {
        self.data.iter().find(|(_, d)| d.people.iter().any(|p| p.id == id)).map(|(o, _)| o.clone())
    }

    fn log(&mut self, org: &str, category: &str, kind: &str, target: &str, name: &str, action: &str) {
        if self.unlogged {
            return;
        }
        let n = self.next();
        let at = self.now();
        if let Some(d) = self.data.get_mut(org) {
            d.audit.push(audit_event(org, n, &at, category, kind, target, name, action));
        }
    }

    fn person_mut(&mut self, id: &str) -> Option<(String, &mut Person)> {
        let org = self.org_of_person(id)?;
        let p = self.data.get_mut(&org)?.people.iter_mut().find(|p| p.id == id)?;
        Some((org, p))
    }

    /// Any change to a person (a name, a department, an extension), logged as Control Hub does.
    pub fn ch_update_person(&mut self, id: &str, f: impl FnOnce(&mut Person)) -> bool {
        let now = self.now();
        let Some((org, p)) = self.person_mut(id) else { return false };
        f(p);
        p.last_modified = now;
        let name = p.display_name.clone();
        self.log(&org, "USERS", "USER", &audit_target_id(id), &name, "Updated the user");
        true
    }

    /// The person moves to another location (Webex Calling's location of the user).
    pub fn ch_move_person(&mut self, id: &str, location_id: &str) -> bool {
        let loc = location_id.to_string();
        self.ch_update_person(id, |p| p.location_id = Some(loc))
    }

    /// A new person with these licences (the counts follow), in `location` when given.
    pub fn ch_create_person(&mut self, org: &str, key: &str, location: Option<&str>, licences: &[String]) -> String {
        let now = self.now();
        let mut p = person(
            org,
            key,
            "New",
            key,
            &format!("{key}@new.example"),
            None,
            location.map(|_| format!("9{:04}", self.counter % 10_000)),
            location.map(str::to_string),
        );
        p.display_name = format!("New {key}");
        p.licenses = licences.to_vec();
        p.created = now.clone();
        p.last_modified = now;
        let id = p.id.clone();
        if let Some(d) = self.data.get_mut(org) {
            for l in d.licenses.iter_mut().filter(|l| licences.contains(&l.id)) {
                l.consumed_units += 1;
                l.consumed_by_users += 1;
            }
            d.people.push(p);
        }
        self.log(org, "USERS", "USER", &audit_target_id(&id), &format!("New {key}"), "Created the user");
        id
    }

    /// The person is deleted: their licences come free, their numbers too, their devices go.
    pub fn ch_delete_person(&mut self, id: &str) -> bool {
        let Some(org) = self.org_of_person(id) else { return false };
        let Some(d) = self.data.get_mut(&org) else { return false };
        let Some(i) = d.people.iter().position(|p| p.id == id) else { return false };
        let p = d.people.remove(i);
        for l in d.licenses.iter_mut().filter(|l| p.licenses.contains(&l.id)) {
            l.consumed_units = l.consumed_units.saturating_sub(1);
            l.consumed_by_users = l.consumed_by_users.saturating_sub(1);
        }
        for n in d.numbers.iter_mut().filter(|n| n.owner.as_ref().is_some_and(|o| o.id == id)) {
            n.owner = None;
            n.state = "INACTIVE".into();
        }
        d.devices.retain(|x| x.person_id != id);
        self.log(&org, "USERS", "USER", &audit_target_id(id), &p.display_name, "Deleted the user");
        true
    }

    /// The person's licences become `licences` (the counts follow).
    pub fn ch_set_licences(&mut self, id: &str, licences: &[String]) -> bool {
        let now = self.now();
        let Some(org) = self.org_of_person(id) else { return false };
        let Some(d) = self.data.get_mut(&org) else { return false };
        let Some(pi) = d.people.iter().position(|p| p.id == id) else { return false };
        let old = std::mem::replace(&mut d.people[pi].licenses, licences.to_vec());
        d.people[pi].last_modified = now;
        for l in d.licenses.iter_mut() {
            let (had, has) = (old.contains(&l.id), licences.contains(&l.id));
            if had && !has {
                l.consumed_units = l.consumed_units.saturating_sub(1);
                l.consumed_by_users = l.consumed_by_users.saturating_sub(1);
            } else if has && !had {
                l.consumed_units += 1;
                l.consumed_by_users += 1;
            }
        }
        let name = d.people[pi].display_name.clone();
        self.log(&org, "LICENSES", "USER", &audit_target_id(id), &name, "Changed the user's licenses");
        true
    }

    /// The number `e164` becomes the person's work number (the one they had comes free).
    pub fn ch_assign_number(&mut self, e164: &str, person_id: &str) -> bool {
        let now = self.now();
        let Some(org) = self.org_of_person(person_id) else { return false };
        let Some(d) = self.data.get_mut(&org) else { return false };
        let Some(pi) = d.people.iter().position(|p| p.id == person_id) else { return false };
        if !d.numbers.iter().any(|n| n.phone_number == e164) {
            return false;
        }
        let p = &mut d.people[pi];
        let old: Vec<String> = p.phone_numbers.iter().filter(|n| n.kind == "work").map(|n| n.value.clone()).collect();
        p.phone_numbers.retain(|n| n.kind != "work");
        p.phone_numbers.insert(0, PhoneNumber { kind: "work".into(), value: e164.into(), primary: Some(true) });
        p.last_modified = now;
        let p = p.clone();
        for n in d.numbers.iter_mut() {
            if n.phone_number == e164 {
                n.owner = Some(NumberOwner {
                    id: p.id.clone(),
                    kind: "PEOPLE".into(),
                    first_name: p.first_name.clone(),
                    last_name: p.last_name.clone(),
                    display_name: p.display_name.clone(),
                });
                n.state = "ACTIVE".into();
            } else if old.contains(&n.phone_number) && n.owner.as_ref().is_some_and(|o| o.id == p.id) {
                n.owner = None;
                n.state = "INACTIVE".into();
            }
        }
        self.log(&org, "USERS", "USER", &audit_target_id(person_id), &p.display_name, "Changed the user's number");
        true
    }

    /// A new Webex Go device for the person, in `status`.
    pub fn ch_add_device(&mut self, person_id: &str, status: &str) -> Option<String> {
        let now = self.now();
        let org = self.org_of_person(person_id)?;
        let n = self.next();
        let d = self.data.get_mut(&org)?;
        let p = d.people.iter().find(|p| p.id == person_id)?.clone();
        let id = webex_id("DEVICE", &format!("ch-{n}"));
        d.devices.push(Device {
            id: id.clone(),
            display_name: format!("Webex Go ({})", p.display_name),
            person_id: p.id.clone(),
            org_id: org.clone(),
            connection_status: status.into(),
            product: "Webex Go".into(),
            kind: "webexgo".into(),
            serial: format!("WGC{n:07}"),
            created: now,
            location_id: p.location_id.clone(),
            error_codes: vec![],
            tags: vec![],
        });
        self.log(&org, "DEVICES", "DEVICE", &audit_target_id(&id), &p.display_name, "Added a device");
        Some(id)
    }

    /// The phone's side: a device's connection status (not an administrator's change: no event).
    pub fn phone_status(&mut self, device_id: &str, status: &str) -> bool {
        for d in self.data.values_mut() {
            if let Some(x) = d.devices.iter_mut().find(|x| x.id == device_id) {
                x.connection_status = status.into();
                return true;
            }
        }
        false
    }
}
