//! One test body, both backends: `both_backends!` runs the same body over the local database
//! (the demo organisation) and over a real organisation's cache (the fake Webex API behind
//! Prism, after a sync), as `NAME::local` and `NAME::webex`. The body gets a [`Backend`]: the
//! real binary on that organisation ([`Backend::run`], [`Backend::json`]) or its service
//! ([`Backend::service`]), the data it needs picked from the organisation's own listings, and
//! what only one backend has (what was sent to Webex) behind [`Backend::fake`].
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::Arc;

use serde_json::Value;
use wxgo::outside::FixedClock;
use wxgo::service::{Options, Service};

use crate::fake_webex::home::{self, Home};
use crate::fake_webex::prism::Conformant;
use crate::fake_webex::world::World;
use crate::fake_webex::CUSTOMER_TOKEN;

/// The clock of both: the fake's home's `WXGO_NOW`.
pub const NOW: &str = home::NOW;

/// `both_backends! { fn name(b) { ... } }`: the body once, a test `name::local` over the demo
/// organisation and a test `name::webex` over the fake Webex API (through Prism, whose
/// violations fail the test at the end).
///
/// `both_backends! { webex = WORLD; fn name(b) { ... } }` starts the fake with `WORLD`.
macro_rules! both_backends {
    ($(#[doc = $doc:expr])* fn $name:ident($b:ident) $body:block) => {
        crate::backends::both_backends! {
            webex = crate::fake_webex::world::World::seeded();
            $(#[doc = $doc])* fn $name($b) $body
        }
    };
    (webex = $world:expr; $(#[doc = $doc:expr])* fn $name:ident($b:ident) $body:block) => {
        $(#[doc = $doc])*
        mod $name {
            #[allow(unused_imports)]
            use super::*;

            fn body($b: &crate::backends::Backend) $body

            #[test]
            fn local() {
                let b = crate::backends::Backend::local();
                body(&b);
                b.finish();
            }

            #[test]
            fn webex() {
                let b = crate::backends::Backend::webex_with($world);
                body(&b);
                b.finish();
            }
        }
    };
}
pub(crate) use both_backends;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The local database (`--db`), the demo organisation.
    Local,
    /// A real organisation (a `webex` profile), the fake Webex API behind Prism.
    Webex,
}

pub struct Backend {
    pub kind: Kind,
    /// The local database's folder (config, data and state dirs, the outbox).
    local: Option<tempfile::TempDir>,
    home: Option<Home>,
    /// The fake Webex API behind Prism, on the webex backend.
    pub fake: Option<Conformant>,
}

impl Backend {
    /// The demo organisation (60 users) in a database of its own, made by `wxgo demo`.
    pub fn local() -> Backend {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let b = Backend { kind: Kind::Local, local: Some(dir), home: None, fake: None };
        b.json(&["demo", "--users", "60"]);
        b
    }

    /// Acme Corp of the seeded fake, synced by `wxgo sync` into the profile's cache.
    pub fn webex() -> Backend {
        Backend::webex_with(World::seeded())
    }

    pub fn webex_with(world: World) -> Backend {
        let fake = Conformant::start_with(world);
        let home = Home::new(&fake.base_url, "");
        home::ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
        Backend { kind: Kind::Webex, local: None, home: Some(home), fake: Some(fake) }
    }

    pub fn is_webex(&self) -> bool {
        self.kind == Kind::Webex
    }

    /// The database: the local one, or the profile's cache.
    pub fn db(&self) -> PathBuf {
        match (&self.local, &self.home) {
            (Some(dir), _) => dir.path().join("wxgo.db"),
            (None, Some(home)) => home.db(),
            (None, None) => unreachable!("a backend has a database"),
        }
    }

    /// A folder of the test's own, for files to import and write.
    pub fn dir(&self) -> &Path {
        match (&self.local, &self.home) {
            (Some(dir), _) => dir.path(),
            (None, Some(home)) => home.path(),
            (None, None) => unreachable!("a backend has a folder"),
        }
    }

    /// The real binary on this organisation, with nothing of the user's environment: on the
    /// local backend `WXGO_DB` and no profile, on the webex backend the profile `acme` and the
    /// token in `WEBEX_TOKEN`.
    pub fn cmd(&self, args: &[&str]) -> Command {
        if let Some(home) = &self.home {
            let mut c = home.cmd(args);
            c.env("WEBEX_TOKEN", CUSTOMER_TOKEN);
            return c;
        }
        let dir = self.dir();
        let mut c = crate::common::wxgo_command();
        c.args(args)
            .current_dir(dir)
            .env("HOME", dir)
            .env("XDG_CONFIG_HOME", dir.join("config"))
            .env("XDG_DATA_HOME", dir.join("data"))
            .env("XDG_STATE_HOME", dir.join("state"))
            .env("WXGO_DB", self.db())
            .env("WXGO_OUTBOX", dir.join("outbox"))
            .env("WXGO_NOW", NOW)
            .env("NO_COLOR", "1")
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .env_remove("WEBEX_TOKEN")
            .env_remove("WXGO_PROFILE")
            .env_remove("WXGO_ORG");
        c
    }

    pub fn run(&self, args: &[&str]) -> Output {
        self.cmd(args).output().unwrap_or_else(|e| panic!("cannot run wxgo: {e}"))
    }

    /// `wxgo ARGS --json` that reads the copy only: on the webex backend without a token, so
    /// nothing can have asked Webex.
    pub fn read(&self, args: &[&str]) -> Value {
        match &self.home {
            Some(home) => {
                let mut all = args.to_vec();
                all.push("--json");
                home::json(&home.run(&all, None))
            }
            None => self.json(args),
        }
    }

    /// `wxgo ARGS --json`, which must succeed: its output.
    pub fn json(&self, args: &[&str]) -> Value {
        let mut all = args.to_vec();
        if !all.contains(&"--json") {
            all.push("--json");
        }
        let out = self.run(&all);
        assert!(
            out.status.success(),
            "{:?}: wxgo {all:?} exit {:?}: {}",
            self.kind,
            out.status.code(),
            home::text(&out.stderr)
        );
        serde_json::from_slice(&out.stdout)
            .unwrap_or_else(|e| panic!("wxgo {all:?}: bad JSON {e}: {}", home::text(&out.stdout)))
    }

    /// `wxgo ARGS`, which must fail with `code`: its stderr.
    #[track_caller]
    pub fn refused(&self, args: &[&str], code: i32) -> String {
        let out = self.run(args);
        let err = home::text(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{:?}: wxgo {args:?}: {err}", self.kind);
        err
    }

    /// The service on this organisation, as the console opens it.
    pub fn service(&self) -> Service {
        let opts = Options::new(self.db());
        match (&self.home, &self.fake) {
            (Some(_), Some(h)) => Service::open_webex(&opts, home::side(&h.base_url, CUSTOMER_TOKEN), home::clock()),
            _ => Service::open(&opts, Arc::new(FixedClock::parse(NOW).unwrap_or_else(|e| panic!("{e}")))),
        }
        .unwrap_or_else(|e| panic!("open the service: {e}"))
    }

    /// The requests other than GET that reached the fake (none on the local backend).
    pub fn writes(&self) -> Vec<String> {
        self.fake
            .iter()
            .flat_map(|h| h.fake.requests())
            .filter(|r| r.method != "GET")
            .map(|r| format!("{} {}", r.method, r.path))
            .collect()
    }

    /// The users (`users list --json`).
    pub fn users(&self) -> Vec<Value> {
        rows(self.read(&["users", "list"]))
    }

    /// The devices (`devices list --json`).
    pub fn devices(&self) -> Vec<Value> {
        rows(self.read(&["devices", "list"]))
    }

    /// The listed device of `email`.
    #[track_caller]
    pub fn device_of(&self, email: &str) -> Value {
        self.devices()
            .into_iter()
            .find(|d| d["owner_email"] == email)
            .unwrap_or_else(|| panic!("{:?}: no device of {email}", self.kind))
    }

    /// Webex Go devices (not a mobile operator's line) in `status`, as listed.
    pub fn go_devices(&self, status: &str) -> Vec<Value> {
        self.devices().into_iter().filter(|d| d["kind"] != "mobile_operator" && d["status"] == status).collect()
    }

    /// The entries of the audit trail with this action.
    pub fn audited(&self, action: &str) -> Vec<Value> {
        rows(self.read(&["audit", "--limit", "1000"])).into_iter().filter(|a| a["action"] == action).collect()
    }

    /// The Webex id of the person with this email, at the fake.
    pub fn person_id(&self, email: &str) -> String {
        let h = self.fake.as_ref().unwrap_or_else(|| panic!("the fake, on the webex backend only"));
        h.fake.person_by_email(email).map(|p| p.id).unwrap_or_else(|| panic!("no {email} at the fake"))
    }

    /// Users who may get a Webex Go device now (WG01-WG03): Calling Professional, a primary
    /// number, in a Webex Go country, no device yet.
    pub fn eligible_users(&self) -> Vec<String> {
        self.users()
            .iter()
            .filter(|u| {
                u["device_status"].is_null()
                    && !u["primary_number"].is_null()
                    && u["licences"].to_string().contains("calling_professional")
                    && ["US", "GB", "FR"].iter().any(|c| u["location_country"] == *c)
            })
            .filter_map(|u| u["email"].as_str().map(str::to_string))
            .collect()
    }

    pub fn eligible_user(&self) -> String {
        self.eligible_users().into_iter().next().unwrap_or_else(|| panic!("{:?}: no user may get a device", self.kind))
    }

    /// `devices add --user USER`, with a subscription when the organisation has several with
    /// free Webex Go licences (WG02 asks for one then).
    pub fn add_args(&self, user: &str) -> Vec<String> {
        let mut args: Vec<String> = ["devices", "add", "--user", user].iter().map(|s| s.to_string()).collect();
        let subs = rows(self.json(&["subscriptions", "list"]));
        let go: Vec<&Value> = subs.iter().filter(|s| s["go_licences"].as_i64().unwrap_or(0) > 0).collect();
        if go.len() > 1 {
            let free = go
                .iter()
                .find(|s| s["free"].as_i64().unwrap_or(0) > 0)
                .and_then(|s| s["id"].as_str())
                .unwrap_or_else(|| panic!("no subscription with a free licence: {subs:?}"));
            args.extend(["--subscription".to_string(), free.to_string()]);
        }
        args
    }

    /// Adds a device to an eligible user: the user and the issued code (`--json`).
    pub fn add_device(&self) -> (String, Value) {
        let user = self.eligible_user();
        let mut args = self.add_args(&user);
        args.push("--no-email".into());
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        (user.clone(), self.json(&args))
    }

    /// Fails with what Prism found, on the webex backend.
    pub fn finish(&self) {
        if let Some(h) = &self.fake {
            h.assert_no_violations();
        }
    }
}

pub fn rows(v: Value) -> Vec<Value> {
    match v {
        Value::Array(a) => a,
        other => panic!("a list: {other}"),
    }
}
