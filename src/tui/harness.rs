//! Drives the console without a terminal: keys in, requests run straight against a service,
//! frames rendered to ratatui's `TestBackend`. Tests and benchmarks use it.

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use ratatui::Terminal;

use super::app::App;
use super::keymap::{Key, Keymap};
use super::theme::Theme;
use super::worker::{execute_with, Reply, Request};
use crate::outside::clipboard::Clipboard;
use crate::service::Service;

pub struct Harness {
    pub svc: Service,
    pub app: App,
    version: Option<i64>,
    /// Presses Esc while a long run reports this much progress (tests of cancelling).
    pub esc_at_progress: Option<usize>,
}

impl Harness {
    /// A console on `svc` at 80x24 with the default keymap and colours.
    pub fn new(svc: Service, clipboard: Clipboard) -> Self {
        Self::with_keymap(svc, clipboard, Keymap::default())
    }

    pub fn with_keymap(svc: Service, clipboard: Clipboard, keymap: Keymap) -> Self {
        let letters = svc.outbox().with_file_name("letters");
        let mut app = App::new(keymap, clipboard, Theme::default(), letters);
        app.set_service(svc.org().clone(), svc.db_label(), svc.is_read_only());
        let version = svc.data_version().ok();
        let mut h = Harness { svc, app, version, esc_at_progress: None };
        let reqs = h.app.resize(80, 24);
        h.run(reqs);
        let reqs = h.app.start();
        h.run(reqs);
        h
    }

    /// Runs requests, and the requests their replies lead to, until there are none.
    pub fn run(&mut self, mut queue: Vec<Request>) {
        let mut guard = 0;
        while !queue.is_empty() && guard < 1000 {
            guard += 1;
            let batch = std::mem::take(&mut queue);
            for req in super::worker::coalesce(batch) {
                let app = &mut self.app;
                let esc_at = self.esc_at_progress;
                let mut during = Vec::new();
                let reply = execute_with(&mut self.svc, req, &mut |r| {
                    let esc = matches!(&r, Reply::Progress { done, .. } if esc_at.is_some_and(|n| *done >= n));
                    during.extend(app.apply(r));
                    if esc {
                        let ev = KeyEvent {
                            code: KeyCode::Esc,
                            modifiers: KeyModifiers::NONE,
                            kind: KeyEventKind::Press,
                            state: KeyEventState::NONE,
                        };
                        during.extend(app.handle_key(ev));
                    }
                });
                queue.extend(during);
                queue.extend(self.app.apply(reply));
            }
        }
    }

    pub fn apply(&mut self, reply: Reply) {
        let reqs = self.app.apply(reply);
        self.run(reqs);
    }

    pub fn key_event(&mut self, code: KeyCode, mods: KeyModifiers) {
        let ev = KeyEvent { code, modifiers: mods, kind: KeyEventKind::Press, state: KeyEventState::NONE };
        let reqs = self.app.handle_key(ev);
        self.run(reqs);
    }

    /// Presses one key in the keymap's notation: `j`, `L`, `enter`, `esc`, `ctrl-c`.
    pub fn press(&mut self, spec: &str) {
        match Key::parse(spec) {
            Ok(k) => self.key_event(k.code, k.mods),
            Err(e) => panic!("bad key in a test: {e}"),
        }
    }

    /// Presses several keys, separated by spaces: `"2 j j enter"`.
    pub fn keys(&mut self, specs: &str) {
        for s in specs.split_whitespace() {
            self.press(s);
        }
    }

    /// Types text, one character at a time (spaces included).
    pub fn type_text(&mut self, text: &str) {
        for c in text.chars() {
            self.key_event(KeyCode::Char(c), KeyModifiers::NONE);
        }
    }

    pub fn resize(&mut self, w: u16, h: u16) {
        let reqs = self.app.resize(w, h);
        self.run(reqs);
    }

    /// What the worker's poll would see: another connection committed since the last look.
    pub fn poll(&mut self) -> bool {
        let now = self.svc.data_version().ok();
        if now.is_some() && now != self.version {
            self.version = now;
            let org = self.svc.refresh_org().ok().map(|()| self.svc.org().clone());
            self.apply(Reply::Changed(org));
            return true;
        }
        false
    }

    /// Renders a frame of the app's size.
    pub fn render(&self) -> Buffer {
        self.render_at(self.app.width, self.app.height)
    }

    /// Renders at any size (without telling the app; use `resize` for that).
    pub fn render_at(&self, w: u16, h: u16) -> Buffer {
        let Ok(mut term) = Terminal::new(TestBackend::new(w, h));
        let Ok(_) = term.draw(|f| super::draw::draw(f, &self.app));
        term.backend().buffer().clone()
    }

    /// The frame as text, one line per row.
    pub fn screen(&self) -> String {
        buffer_text(&self.render())
    }
}

pub fn buffer_text(buf: &Buffer) -> String {
    let area = buf.area;
    let mut out = String::new();
    for y in 0..area.height {
        for x in 0..area.width {
            out.push_str(buf[(x, y)].symbol());
        }
        out.push('\n');
    }
    out
}
