//! The ratatui console: four panes (Users, Devices, Numbers, BroadWorks Status), one action
//! table driving keys, hints, help and the palette, and activation details with a QR code.
//!
//! The house, by feature as `service/` is: `panes/` (users, devices, numbers, broadworks, the
//! user details), `flows/` (devices, mobile, broadworks, licensing, delivery, org: what each
//! multi-step action asks and what follows its answer) and `popups/` (confirm, choice, form,
//! report, progress, help, palette, messages, activation: each a struct that owns its state,
//! keys and drawing, and talks to the app through the events it returns). `app` is the state
//! they share; `keys` routes a key to the popup on top or runs a view's action; `actions` is
//! the one table of actions with their keys per place; `status` is the status line and the
//! message log; `layout` and `present` say where things go and how text is shown; `draw` lays
//! out a frame; `jobs` are the service calls the console asks for, each with what its answer
//! does; `worker` runs them on the service's own thread; this module wires them to the
//! terminal with a tokio loop over input, a tick and the worker's replies.

/// A console message in the language of `$tr` (an `i18n::Tr`): `tr!(app.tr, "id")`, or with its
/// variables `tr!(app.tr, "id", who = &name, n = 3usize)`.
macro_rules! tr {
    ($tr:expr, $id:expr) => {
        $tr.t($id)
    };
    ($tr:expr, $id:expr, $($k:ident = $v:expr),+ $(,)?) => {
        $tr.t_with($id, &[$((stringify!($k), $crate::i18n::Arg::from($v))),+])
    };
}

pub mod actions;
pub mod app;
pub mod config;
pub mod draw;
pub mod flows;
pub mod harness;
pub mod jobs;
pub mod keymap;
pub mod keys;
pub mod layout;
pub mod panes;
pub mod popups;
pub mod present;
pub mod qr;
pub mod status;
pub mod text;
pub mod theme;
pub mod watch;
pub mod worker;

use std::io::Write;
use std::path::PathBuf;
use std::time::Instant;

use futures::StreamExt;
use ratatui::crossterm::event::{Event, EventStream};
use ratatui::crossterm::execute;
use ratatui::crossterm::terminal::{BeginSynchronizedUpdate, EndSynchronizedUpdate};
use ratatui::DefaultTerminal;

use crate::domain::{Error, Result};
use crate::outside::clipboard::{Clipboard, Env, Mode};
use crate::service::Service;
use app::App;
use config::Config;
use jobs::{Job, Reply, Update};
use keymap::Keymap;
use theme::Theme;
use worker::Worker;

/// What `wxgo` with no subcommand hands to the console.
pub struct Launch {
    pub options: crate::service::Options,
    /// The service already open (a real organisation's, opened by the CLI); else the console
    /// opens `options.db`.
    pub service: Option<Service>,
    pub clock: std::sync::Arc<dyn crate::outside::Clock>,
    /// `--clipboard auto|native|osc52|tmux|off`; overrides `config.toml`.
    pub clipboard: Option<String>,
    /// `--keymap FILE`; by default `keymap.toml` in the config folder.
    pub keymap: Option<PathBuf>,
    /// `--lang`; else the config's `lang`, then the locale (`i18n::choose`).
    pub lang: Option<String>,
    /// `--bidi app|terminal`: who puts right-to-left text in visual order.
    pub bidi: crate::i18n::bidi::Mode,
}

/// Everything the console needs that comes from files and flags, checked before the terminal
/// is taken over so that a bad file is reported plainly.
pub struct Settings {
    pub clipboard: Mode,
    pub keymap: Keymap,
    pub lang: crate::i18n::Lang,
}

pub fn settings(
    clipboard_flag: Option<&str>,
    keymap_flag: Option<&std::path::Path>,
    lang_flag: Option<&str>,
) -> Result<Settings> {
    let dir = config::config_dir();
    // What is wrong with config.toml is said in the language of --lang or the locale (the
    // file's own `lang` cannot be read from a file that does not parse).
    let before = crate::i18n::choose(lang_flag, None, crate::i18n::process_env).unwrap_or_default();
    let config = match &dir {
        Some(d) => Config::load_in(&d.join("config.toml"), crate::i18n::loaded(before))?,
        None => Config::default(),
    };
    let lang = crate::i18n::choose(lang_flag, config.lang.as_deref(), crate::i18n::process_env)?;
    let tr = crate::i18n::loaded(lang);
    let clipboard = match clipboard_flag {
        Some(f) => Mode::parse_at(f, Some("--clipboard"))?,
        None => config.clipboard.unwrap_or(Mode::Auto),
    };
    let keymap = match (keymap_flag, &dir) {
        (Some(file), _) => {
            if !file.exists() {
                let shown = file.display().to_string();
                return Err(Error::not_found(tr!(tr, "keymap-does-not-exist", file = &shown)));
            }
            Keymap::load_in(file, tr)?
        }
        (None, Some(d)) => Keymap::load_in(&d.join("keymap.toml"), tr)?,
        (None, None) => Keymap::default(),
    };
    Ok(Settings { clipboard, keymap, lang })
}

/// Where printed activation letters go: `letters/` beside the database.
pub fn letters_dir(db: &std::path::Path) -> PathBuf {
    crate::service::default_outbox(db).with_file_name("letters")
}

/// The header's words for a real organisation: `webex:acme · as of 2026-12-01 14:02 UTC`.
pub fn backend_label(svc: &Service, tr: &crate::i18n::Tr) -> Option<String> {
    let profile = svc.profile()?;
    let age = match svc.data_as_of() {
        Ok(Some(a)) => match a.synced_at {
            Some(t) => tr!(tr, "header-as-of", at = &tr.datetime(t)),
            None => tr.text(&a.words),
        },
        _ => tr!(tr, "header-age-unknown"),
    };
    Some(format!("webex:{} · {age}", profile.name))
}

pub fn run(launch: Launch) -> Result<(), Error> {
    let settings = settings(launch.clipboard.as_deref(), launch.keymap.as_deref(), launch.lang.as_deref())?;
    let tr = crate::i18n::loaded(settings.lang);
    let svc = match launch.service {
        Some(s) => s,
        None => Service::open(&launch.options, launch.clock.clone())?,
    }
    .with_letter_lang(settings.lang);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(|e| {
        let error = e.to_string();
        Error::io(tr!(tr, "console-no-event-loop", error = &error))
    })?;
    let clipboard = Clipboard::new(settings.clipboard, Env::from_process());
    let mut app = App::new(settings.keymap, clipboard, Theme::from_env(), letters_dir(&launch.options.db));
    // The language first: what the app says from here on is in it.
    app.set_language(settings.lang, launch.bidi);
    app.set_service(svc.org().clone(), svc.db_label(), svc.is_read_only());
    app.set_support(&svc);
    if let Some(label) = backend_label(&svc, tr) {
        app.set_backend(label, svc.read_only_reason());
    }
    app.set_clock(launch.clock);
    let timers = std::env::var_os(NO_TIMERS_ENV).is_none_or(|v| v != "1");
    let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
    let worker = Worker::spawn_in(svc, tx, timers, settings.lang);
    if !worker.is_running() {
        return Err(Error::io(tr!(tr, "console-no-service-thread")));
    }
    // The theme honours NO_COLOR itself (no colour anywhere but the QR code); crossterm would
    // drop every colour under NO_COLOR, the QR's too, which then comes out in the terminal's own
    // colours, inverted on a dark theme, and many phones cannot read it (issue 15.4).
    ratatui::crossterm::style::force_color_output(true);
    // Installs the panic hook that restores the terminal; mouse capture stays off so text can
    // be selected over SSH.
    let mut terminal = ratatui::try_init().map_err(|e| {
        let error = e.to_string();
        Error::io(tr!(tr, "console-no-terminal", error = &error))
    })?;
    // A panic in the service thread is caught there and shown as an error: it must neither
    // restore the terminal under the running console nor print over the screen.
    let restore_and_print = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() != Some(worker::SERVICE_THREAD) {
            restore_and_print(info);
        }
    }));
    let result = runtime.block_on(event_loop(&mut terminal, &mut app, &worker, rx, timers));
    ratatui::restore();
    drop(worker);
    result
}

fn send_all(worker: &Worker<Update>, jobs: Vec<Job>) {
    for j in jobs {
        worker.send(j);
    }
}

fn frame(terminal: &mut DefaultTerminal, app: &App) -> Result<()> {
    let io = |e: std::io::Error| {
        let error = e.to_string();
        Error::io(tr!(app.tr, "console-cannot-draw", error = &error))
    };
    let mut out = std::io::stdout();
    execute!(out, BeginSynchronizedUpdate).map_err(io)?;
    terminal.draw(|f| draw::draw(f, app)).map_err(io)?;
    execute!(out, EndSynchronizedUpdate).map_err(io)?;
    out.flush().map_err(io)
}

/// The test-only switch `WXGO_TEST_NO_TIMERS=1`, read once when the console starts: nothing
/// wakes the console by time (an informational message then stays until the next one, and
/// with a watcher on the database the worker does not poll it), so a test through a pty sees
/// that a key alone brings its frame and that the watcher alone shows another process's
/// change (tests/tui_pty.rs). Not for use.
pub const NO_TIMERS_ENV: &str = "WXGO_TEST_NO_TIMERS";

/// The event that is already waiting, if any, polled with the loop's own waker. When none is,
/// crossterm's stream keeps that waker for its wake-up thread, so the next key wakes the loop.
/// (Polled with a no-op waker, `now_or_never`, the stream kept the no-op one, and every key
/// after a burst waited for the next timer: 135 ms at the median, issue 21.)
async fn waiting_event(events: &mut EventStream) -> Option<Option<std::io::Result<Event>>> {
    std::future::poll_fn(|cx| {
        std::task::Poll::Ready(match events.poll_next_unpin(cx) {
            std::task::Poll::Ready(ev) => Some(ev),
            std::task::Poll::Pending => None,
        })
    })
    .await
}

/// The loop: it sleeps until a key, a reply of the worker, or the one thing time changes on
/// the screen (an informational message going away); an idle console draws nothing.
async fn event_loop(
    terminal: &mut DefaultTerminal,
    app: &mut App,
    worker: &Worker<Update>,
    mut replies: tokio::sync::mpsc::UnboundedReceiver<Reply>,
    timers: bool,
) -> Result<()> {
    let mut events = EventStream::new();
    let size = terminal.size().map_err(|e| {
        let error = e.to_string();
        Error::io(tr!(app.tr, "console-no-size", error = &error))
    })?;
    send_all(worker, app.resize(size.width, size.height));
    send_all(worker, app.start());
    let mut worker_alive = true;
    loop {
        if app.dirty {
            frame(terminal, app)?;
            app.dirty = false;
            app.drawn(Instant::now());
        }
        if app.quit {
            return Ok(());
        }
        let wake = app.next_tick().filter(|_| timers);
        // A disabled branch's future is still built: any instant does.
        let at = tokio::time::Instant::from_std(wake.unwrap_or_else(Instant::now));
        tokio::select! {
            ev = events.next() => {
                let mut next = ev;
                // Coalesce a burst (held key, paste, resize drag) into one frame.
                loop {
                    match next {
                        Some(Ok(Event::Key(k))) => send_all(worker, app.handle_key(k)),
                        Some(Ok(Event::Resize(w, h))) => send_all(worker, app.resize(w, h)),
                        Some(Ok(_)) => {}
                        Some(Err(e)) => {
                            let error = e.to_string();
                            return Err(Error::io(tr!(app.tr, "console-cannot-read", error = &error)));
                        }
                        None => return Ok(()),
                    }
                    if app.quit {
                        break;
                    }
                    match waiting_event(&mut events).await {
                        Some(more) => next = more,
                        None => break,
                    }
                }
            }
            reply = replies.recv(), if worker_alive => {
                match reply {
                    Some(r) => {
                        send_all(worker, app.apply(r));
                        while let Ok(r) = replies.try_recv() {
                            send_all(worker, app.apply(r));
                        }
                    }
                    None => {
                        worker_alive = false;
                        let said = tr!(app.tr, "console-service-stopped");
                        app.fail(said);
                    }
                }
            }
            _ = tokio::time::sleep_until(at), if wake.is_some() => app.tick(Instant::now()),
        }
    }
}
