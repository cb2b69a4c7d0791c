//! Drives the console without a terminal: keys in, jobs run straight against a service,
//! frames rendered to ratatui's `TestBackend`. Tests and benchmarks use it through a façade of
//! what the admin sees (the screen, the status line, the footer, the selected row, which
//! popup is open and what it offers) and can do (press keys, type text, resize); they never
//! reach into the app's state.

use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};
use ratatui::Terminal;

use super::actions::by_name;
use super::app::App;
use super::jobs::{Job, Reply};
use super::keymap::{Key, Keymap};
use super::panes::Pane;
use super::popups::form::FormKind;
use super::popups::progress::{LongOp, LongRun};
use super::popups::Popup;
use super::theme::Theme;
use super::worker::{self, coalesce};
use crate::outside::clipboard::Clipboard;
use crate::service::{IssuedCode, Service};

/// What a test can see of one pane's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListView {
    pub pane: Pane,
    /// Rows matching the filter.
    pub total: usize,
    pub selected: usize,
    /// The first row shown.
    pub top: usize,
    /// Rows the pane shows at once.
    pub shown: usize,
    pub filter: String,
    /// Rows held in memory (a window around the selection, never the whole table).
    pub held: usize,
}

pub struct Harness {
    pub svc: Service,
    app: App,
    version: Option<i64>,
    /// Presses Esc while a long run reports this much progress, or once a sync from Webex has
    /// reported this many progress lines (tests of cancelling).
    pub esc_at_progress: Option<usize>,
    polls: super::watch::PollWatch,
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
        app.set_support(&svc);
        if let Some(label) = super::backend_label(&svc, &app.tr) {
            app.set_backend(label, svc.read_only_reason());
        }
        app.set_clock(std::sync::Arc::new(crate::outside::FixedClock::new(svc.now())));
        let version = svc.data_version().ok();
        let mut h = Harness { svc, app, version, esc_at_progress: None, polls: Default::default() };
        let reqs = h.app.resize(80, 24);
        h.run(reqs);
        let reqs = h.app.start();
        h.run(reqs);
        h
    }

    /// Runs jobs, and the jobs their replies lead to, until there are none. Each runs here,
    /// on this thread, as the worker would run it (a sync too, on the one connection).
    pub fn run(&mut self, mut queue: Vec<Job>) {
        let mut guard = 0;
        while !queue.is_empty() && guard < 1000 {
            guard += 1;
            let batch = std::mem::take(&mut queue);
            for job in coalesce(batch) {
                let app = &mut self.app;
                let esc_at = self.esc_at_progress;
                let mut during = Vec::new();
                let mut sync_lines = 0usize;
                let reply = job.run(&mut self.svc, &mut |r| {
                    // A progress report: of a long run (its box shows how far it got), or of a
                    // sync from Webex (a line in the header).
                    let syncing = app.syncing.is_some();
                    during.extend(app.apply(worker::Reply::Answer(r)));
                    let esc = match app.progress_done() {
                        Some(done) => esc_at.is_some_and(|n| done >= n),
                        // A sync from Webex: after that many progress lines.
                        None if syncing => {
                            sync_lines += 1;
                            esc_at.is_some_and(|n| sync_lines == n.max(1))
                        }
                        None => false,
                    };
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
                queue.extend(self.app.apply(worker::Reply::Answer(reply)));
            }
        }
    }

    /// Applies a reply as if the worker sent it (another process's change, say).
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

    /// What the worker's poll of a real organisation does, now rather than at the interval:
    /// asks Webex what changed and tells the console what the worker would (a failure, its
    /// end, a change). Returns whether anything was told.
    pub fn poll_webex(&mut self) -> bool {
        let polled = self.svc.poll().map(|r| r.devices_changed + r.subscribers_changed > 0);
        let Some(news) = self.polls.news(polled) else { return false };
        let reload = !matches!(news, super::watch::PollNews::Failed { .. });
        let reqs = self.app.apply(Reply::Polled(news));
        self.run(reqs);
        if reload {
            let reqs = self.app.apply(Reply::Changed(Some(self.svc.org().clone())));
            self.run(reqs);
        }
        true
    }

    /// The console in `lang`, right to left put in order by `bidi`.
    pub fn set_language(&mut self, lang: crate::i18n::Lang, bidi: crate::i18n::bidi::Mode) {
        self.app.set_language(lang, bidi);
    }

    /// Renders a frame of the app's size.
    pub fn render(&self) -> Buffer {
        self.render_at(self.app.width, self.app.height)
    }

    /// Draws the console on a real terminal's frame (the benchmarks' byte counts).
    pub fn draw(&self, frame: &mut ratatui::Frame) {
        super::draw::draw(frame, &self.app);
    }

    // ------------------------------------------------------------------ what the admin sees

    /// The terminal's size as the console knows it.
    pub fn size(&self) -> (u16, u16) {
        (self.app.width, self.app.height)
    }

    /// Colour on (the default) or off, as with `NO_COLOR`.
    pub fn set_colour(&mut self, on: bool) {
        self.app.theme = if on { Theme::default() } else { Theme::plain() };
    }

    /// What the status line says, in full (the screen may cut a long message).
    pub fn message(&self) -> String {
        self.app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
    }

    /// Whether the status line shows an error.
    pub fn message_is_error(&self) -> bool {
        self.app.message.as_ref().is_some_and(|m| m.error)
    }

    /// The footer: the last row of the screen.
    pub fn footer(&self) -> String {
        self.screen().lines().last().unwrap_or_default().trim_end().to_string()
    }

    /// The key hints the footer has for where the keys go now, `key words` each, most
    /// important first (the activation details: the hints of their own last row).
    pub fn footer_hints(&self) -> Vec<String> {
        let items = match self.app.context() {
            crate::tui::actions::Context::Activation => crate::tui::actions::hints(
                &self.app.tr,
                &self.app.keymap,
                self.app.read_only,
                crate::tui::actions::Context::Activation,
                |_| true,
            ),
            _ => super::draw::footer_items(&self.app),
        };
        items.into_iter().map(|(k, h)| format!("{k} {h}")).collect()
    }

    /// The status line as drawn: the rows above the footer that the message takes (a long
    /// message wraps over up to three), joined by spaces.
    pub fn status_line(&self) -> String {
        let s = self.screen();
        let lines: Vec<&str> = s.lines().collect();
        let rows = self.app.message_rows() as usize;
        let first = lines.len().saturating_sub(1 + rows);
        let band: Vec<&str> = lines.get(first..lines.len().saturating_sub(1)).unwrap_or_default().to_vec();
        band.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
    }

    /// The message log, oldest first: each message's time (HH:MM:SS), text and file path.
    pub fn message_log(&self) -> Vec<(String, String, Option<String>)> {
        self.app
            .log
            .entries()
            .iter()
            .map(|e| (e.at.format("%H:%M:%S").to_string(), e.text.clone(), e.path.clone()))
            .collect()
    }

    /// The row of the screen marked selected (`▶`), below the tabs.
    pub fn selected_row(&self) -> Option<String> {
        self.screen().lines().skip(2).find(|l| l.starts_with('▶')).map(|l| l.trim_end().to_string())
    }

    /// The focused pane (its tab is marked).
    pub fn pane(&self) -> Pane {
        self.app.pane
    }

    pub fn list(&self, pane: Pane) -> ListView {
        let l = self.app.list(pane);
        ListView {
            pane,
            total: l.total,
            selected: l.selected,
            top: l.top,
            shown: self.app.rows_shown(pane),
            filter: l.filter.clone(),
            held: l.rows.len(),
        }
    }

    pub fn lists(&self) -> Vec<ListView> {
        Pane::ALL.iter().map(|p| self.list(*p)).collect()
    }

    /// The pane's toggle: mobile only, exclude provisioned, not provisioned.
    pub fn toggle_on(&self, pane: Pane) -> bool {
        self.app.toggle(pane)
    }

    /// The open popups, bottom first, by kind: `help`, `palette`, `confirm`, `choice`,
    /// `activation`, `notice`, `report`, `form`, `progress`, `proceed`.
    pub fn overlays(&self) -> Vec<&'static str> {
        self.app.popups.iter().map(Popup::kind).collect()
    }

    /// The popup on top, by kind.
    pub fn overlay(&self) -> Option<&'static str> {
        self.app.top_popup().map(Popup::kind)
    }

    /// The title of the popup on top.
    pub fn overlay_title(&self) -> Option<String> {
        self.app.top_popup().map(|p| p.title(&self.app.tr))
    }

    /// What the open choice offers (the values picked), in order.
    pub fn choices(&self) -> Vec<String> {
        match self.app.top_popup() {
            Some(Popup::Choice(c)) => c.items.iter().map(|i| i.value.clone()).collect(),
            _ => Vec::new(),
        }
    }

    /// The value of the item selected in the open choice.
    pub fn chosen(&self) -> Option<String> {
        match self.app.top_popup() {
            Some(Popup::Choice(c)) => c.items.get(c.selected).map(|i| i.value.clone()),
            _ => None,
        }
    }

    /// What the open form says under its fields: the service's refusal or why Enter waits.
    pub fn form_note(&self) -> Option<String> {
        match self.app.top_popup() {
            Some(Popup::Form(f)) => f.note.clone(),
            _ => None,
        }
    }

    /// How many typed mobile numbers the open form shows checked (MO03).
    pub fn form_checked(&self) -> usize {
        match self.app.top_popup() {
            Some(Popup::Form(f)) => match &f.kind {
                FormKind::MobileNumbers { checked, .. } => checked.len(),
                _ => 0,
            },
            _ => 0,
        }
    }

    /// The code shown in the activation details, if they are open.
    pub fn issued(&self) -> Option<IssuedCode> {
        self.app.activation().map(|a| (*a.issued).clone())
    }

    /// The keys help lists for an action (every key it has, wherever it works).
    pub fn help_keys(&self, action: &str) -> String {
        by_name(action).map(|a| super::popups::help::help_keys(&self.app.keymap, a.id)).unwrap_or_default()
    }

    /// The admin asked to quit.
    pub fn quit_requested(&self) -> bool {
        self.app.quit
    }

    /// Shows a long run's progress box as the worker reports it (its phase decides what Esc
    /// offers), without running it; `end_progress` takes it away.
    pub fn show_progress(&mut self, op: LongOp, done: usize, total: usize, phase: &'static str) {
        let mut run = LongRun::new(op, Default::default());
        run.progressed(done, total, phase);
        self.app.open(Popup::Progress(run));
    }

    pub fn end_progress(&mut self) {
        self.app.close_progress();
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
