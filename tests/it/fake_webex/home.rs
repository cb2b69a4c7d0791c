//! A home for CLI tests against the fake (config, data and state dirs with a webex profile
//! `acme`), the service-level client with short retry waits, and small output helpers: shared by
//! the sync tests (sync.rs) and the tests of each resource on a real organisation.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::Duration;

use serde_json::Value;
use wxgo::outside::profiles::Profile;
use wxgo::outside::webex::{ClientConfig, Secret, StaticToken, WebexClient};
use wxgo::outside::FixedClock;
use wxgo::service::signin::{AuthChoice, WebexSide};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{Options, Service};

use super::{CLIENT_ID, CLIENT_SECRET};

pub const NOW: &str = "2026-12-01T09:00:00Z";

/// A home for one test: config, data and state dirs, with a webex profile `acme` at `base`.
pub struct Home {
    pub dir: tempfile::TempDir,
}

impl Home {
    pub fn new(base: &str, extra: &str) -> Home {
        let dir = tempfile::tempdir().expect("tmp");
        let cfg = dir.path().join("config/wxgo");
        std::fs::create_dir_all(&cfg).expect("config dir");
        std::fs::write(
            cfg.join("config.toml"),
            format!(
                "default_profile = \"acme\"\n[profiles.acme]\nbackend = \"webex\"\nbase_url = \"{base}\"\n\
                 keyring = false\nclient_id = \"{CLIENT_ID}\"\nclient_secret_env = \"FAKE_SECRET\"\n{extra}"
            ),
        )
        .expect("config");
        Home { dir }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn db(&self) -> PathBuf {
        self.path().join("data/wxgo/profiles/acme.db")
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_wxgo"));
        c.args(args)
            .current_dir(self.path())
            // wxgo's English whatever the locale of whoever runs the tests.
            .env("LANG", "C.UTF-8")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("HOME", self.path())
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env("XDG_DATA_HOME", self.path().join("data"))
            .env("XDG_STATE_HOME", self.path().join("state"))
            .env("FAKE_SECRET", CLIENT_SECRET)
            .env("WXGO_NOW", NOW)
            .env("NO_COLOR", "1")
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent")
            .env_remove("WEBEX_TOKEN")
            .env_remove("WXGO_PROFILE")
            .env_remove("WXGO_DB")
            .env_remove("WXGO_ORG")
            .env_remove("HTTPS_PROXY")
            .env_remove("HTTP_PROXY")
            .env_remove("ALL_PROXY")
            .env_remove("https_proxy")
            .env_remove("http_proxy");
        c
    }

    pub fn run(&self, args: &[&str], token: Option<&str>) -> Output {
        let mut c = self.cmd(args);
        if let Some(t) = token {
            c.env("WEBEX_TOKEN", t);
        }
        c.output().expect("run wxgo")
    }
}

/// `text` with each of the fake's trackingIds (`FAKE_000012`) as `FAKE_N`.
pub fn untracked(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find("FAKE_") {
        out.push_str(&rest[..at]);
        out.push_str("FAKE_N");
        rest = rest[at + 5..].trim_start_matches(|c: char| c.is_ascii_digit());
    }
    out.push_str(rest);
    out
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

pub fn ok(o: &Output) -> String {
    assert!(o.status.success(), "exit {:?}\nstdout: {}\nstderr: {}", o.status.code(), text(&o.stdout), text(&o.stderr));
    text(&o.stdout)
}

pub fn json(o: &Output) -> Value {
    serde_json::from_str(&ok(o)).unwrap_or_else(|e| panic!("{e}: {}", text(&o.stdout)))
}

pub fn rows(v: &Value) -> &Vec<Value> {
    v.as_array().unwrap_or_else(|| panic!("a list: {v}"))
}

pub fn by_status(devices: &Value, status: &str) -> usize {
    rows(devices).iter().filter(|d| d["status"] == status).count()
}

/// A service-level client through `base` with short retry waits.
pub fn side(base: &str, token: &str) -> WebexSide {
    side_with(base, token, |_| {})
}

/// [`side`] with the profile changed by `f` (read-only, a poll interval, ...).
pub fn side_with(base: &str, token: &str, f: impl FnOnce(&mut Profile)) -> WebexSide {
    let mut cfg = ClientConfig { base_url: base.into(), use_env_proxy: false, ..ClientConfig::default() };
    cfg.retry.backoff_base = Duration::from_millis(5);
    cfg.retry.retry_after_default = Duration::from_millis(20);
    let client = WebexClient::new(cfg, Arc::new(StaticToken::new(Secret::new(token)))).expect("client");
    let mut p = Profile::webex("acme", base);
    p.keyring = false;
    f(&mut p);
    WebexSide::new(p, AuthChoice::Env("UNUSED".into()), None).with_client(client)
}

/// Gives person 1 of Acme a read-only administrator role and returns a token (`viewer-token`,
/// like `like`) that signs in as them.
pub fn read_only_viewer(fake: &super::FakeWebex, like: &str) -> &'static str {
    let acme = super::world::webex_id("ORGANIZATION", "acme");
    let viewer = {
        let mut w = fake.world();
        let people = &mut w.data.get_mut(&acme).expect("acme").people;
        people[1].roles = vec![super::world::webex_id("ROLE", "id_readonly_admin")];
        people[1].id.clone()
    };
    fake.add_token("viewer-token", like, |g| g.person_id = viewer);
    "viewer-token"
}

/// A first sync of the token's organisation into the cache at `opts`, with default options.
pub fn first_sync(
    opts: &Options,
    base: &str,
    token: &str,
) -> wxgo::domain::Result<(Service, wxgo::service::sync::SyncReport)> {
    Service::sync_new(opts, side(base, token), clock(), &SyncOptions::default(), &mut |_| {}, &AtomicBool::new(false))
}

pub fn clock() -> Arc<FixedClock> {
    Arc::new(FixedClock::parse(NOW).expect("clock"))
}
