//! Control Hub only, in the console: on a real organisation, the actions that have no public Webex API
//! stay in the action table, marked "Control Hub only" with where in Control Hub to do them, in
//! help and in the palette; pressing one says so and sends nothing.

use std::sync::atomic::AtomicBool;

use crate::fake_webex::home::{clock, side};
use crate::fake_webex::{FakeWebex, CUSTOMER_TOKEN};
use wxgo::outside::clipboard::{Clipboard, Env, Mode};
use wxgo::service::sync::SyncOptions;
use wxgo::service::{demo, Options, Service};
use wxgo::tui::harness::Harness;

fn clip() -> Clipboard {
    Clipboard::new(Mode::Off, Env { ssh: false, tmux: false })
}

/// The screen with its lines joined, so a wrapped sentence reads as one.
fn flat(screen: &str) -> String {
    screen.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn help_and_the_palette_mark_what_has_no_public_api_and_pressing_it_sends_nothing() {
    let fake = FakeWebex::start();
    let dir = tempfile::tempdir().expect("tmp");
    let opts = Options::new(dir.path().join("acme.db"));
    let never = AtomicBool::new(false);
    let (svc, _) = Service::sync_new(
        &opts,
        side(&fake.base_url, CUSTOMER_TOKEN),
        clock(),
        &SyncOptions::default(),
        &mut |_| {},
        &never,
    )
    .expect("sync");
    let mut c = Harness::new(svc, clip());
    c.resize(160, 60);
    c.press("?");
    c.type_text("/lost");
    let help = flat(&c.screen());
    assert!(help.contains("Control Hub only (no public Webex API): Control Hub >"), "{help}");
    assert!(help.contains("the Webex Go device > Actions > Lost or stolen"), "{help}");
    c.press("esc");
    c.press("esc");
    c.press(":");
    c.type_text("lost");
    assert!(c.screen().contains("lost/stolen (Control Hub only)"), "{}", c.screen());
    c.press("esc");

    // Pressing it on a device says where to do it; nothing reaches Webex.
    let writes = || fake.requests().iter().filter(|r| r.method != "GET").count();
    let before = writes();
    c.keys("2 L");
    for k in ["y", "enter"] {
        if c.message().contains("Control Hub") {
            break;
        }
        c.press(k);
    }
    assert!(c.message().contains("no public Webex API") && c.message().contains("Lost or stolen"), "{}", c.message());
    assert_eq!(writes(), before);

    // The demo (local backend) marks nothing.
    let db = dir.path().join("demo.db");
    demo::create(&db, 20, false, chrono::Utc::now()).expect("demo");
    let mut local = Harness::new(Service::open(&Options::new(&db), clock()).expect("open"), clip());
    local.resize(160, 60);
    local.press("?");
    assert!(!flat(&local.screen()).contains("Control Hub only"));
}
