//! A long run on the worker (sync, re-apply, import): how far it got, and Esc to cancel, after
//! which the service rolls back everything it did.

use std::path::PathBuf;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::{Env, Event};
use crate::i18n::Tr;
use crate::service::BulkPhase;
use crate::tui::actions::{ActionId, Context};
use crate::tui::keymap::Key;
use crate::tui::layout::centered;
use crate::tui::present::{boxed, fit, put_line};

/// What a long run is, as its progress box and the report after it name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LongOp {
    /// AL02, AL05: a directory export file.
    Sync { path: PathBuf },
    /// AL06: `confirmed_losses` is the count the admin typed the confirmation for.
    Reapply { template: String, preserve: bool, confirmed_losses: Option<usize> },
    /// WG13: the file, a dry run or not, the codes emailed (in `letter`'s language) or not.
    Import { path: PathBuf, dry_run: bool, email: bool, codes_file: Option<PathBuf>, letter: crate::i18n::Lang },
}

impl LongOp {
    pub fn label(&self, tr: &Tr) -> String {
        match self {
            LongOp::Sync { path } => tr!(tr, "long-sync", path = &path.display().to_string()),
            LongOp::Reapply { template, .. } => tr!(tr, "long-reapply", name = template),
            LongOp::Import { path, dry_run: true, .. } => tr!(tr, "long-checking", path = &path.display().to_string()),
            LongOp::Import { path, .. } => tr!(tr, "long-importing", path = &path.display().to_string()),
        }
    }
}

/// A long run on the worker: what it is, how far it got, and the flag that cancels it.
#[derive(Debug, Clone)]
pub struct LongRun {
    pub op: LongOp,
    pub done: usize,
    pub total: usize,
    pub phase: &'static str,
    pub cancel: Arc<AtomicBool>,
    pub cancelling: bool,
}

impl LongRun {
    /// A run that has only started.
    pub fn new(op: LongOp, cancel: Arc<AtomicBool>) -> Self {
        LongRun { op, done: 0, total: 0, phase: "starting", cancel, cancelling: false }
    }

    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        match env.action(Context::Progress, key) {
            Some(ActionId::Cancel) => self.cancel(env.tr),
            _ => Vec::new(),
        }
    }

    /// Esc: the service stops at its next progress report and rolls everything back.
    fn cancel(&mut self, tr: &Tr) -> Vec<Event> {
        if !self.stop() {
            return vec![Event::Info(tr!(tr, "long-emails-going-out"))];
        }
        vec![Event::Info(tr!(tr, "long-cancelling"))]
    }

    /// Asks the service to stop at its next progress report and roll everything back; `false`
    /// once the import's emails are going out (they cannot be taken back: the run goes on).
    pub fn stop(&mut self) -> bool {
        if self.phase == BulkPhase::Emailing.label() {
            return false;
        }
        self.cancel.store(true, Ordering::SeqCst);
        self.cancelling = true;
        true
    }

    /// How far the run got.
    pub fn progressed(&mut self, done: usize, total: usize, phase: &'static str) {
        self.done = done;
        self.total = total;
        self.phase = phase;
    }
}

impl LongRun {
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let (t, tr) = (env.theme, env.tr);
        let w = 64.min(area.width.saturating_sub(4));
        let r = centered(area, w, 6);
        let inner = boxed(&self.op.label(tr), r, buf, t);
        let bar_w = inner.width.saturating_sub(12) as usize;
        let filled = (self.done * bar_w).checked_div(self.total).unwrap_or(0).min(bar_w);
        let pct = (self.done * 100).checked_div(self.total).unwrap_or(0);
        let bar = format!("{}{} {pct:>3}%", "█".repeat(filled), "░".repeat(bar_w - filled));
        buf.set_stringn(inner.x, inner.y, bar, inner.width as usize, t.good());
        let phase = format!("phase-{}", self.phase);
        let phase = if tr.has(&phase) { tr!(tr, &phase) } else { self.phase.to_string() };
        let what = tr!(tr, "long-done-of", phase = &phase, done = self.done, total = self.total);
        buf.set_stringn(inner.x, inner.y + 1, fit(&what, inner.width as usize), inner.width as usize, Style::new());
        let esc = env.keymap.label_in(Context::Progress, ActionId::Cancel);
        let foot = if self.cancelling {
            Line::styled(tr!(tr, "long-cancelling-foot"), t.error())
        } else if self.phase == BulkPhase::Emailing.label() {
            Line::styled(tr!(tr, "long-emailing"), t.dim())
        } else if matches!(self.op, LongOp::Import { dry_run: false, .. }) {
            Line::from(vec![
                Span::styled(esc, t.key()),
                Span::raw(format!(" {}", tr!(tr, "long-cancel-all-or-nothing"))),
            ])
        } else {
            Line::from(vec![Span::styled(esc, t.key()), Span::raw(format!(" {}", tr!(tr, "long-cancel-nothing")))])
        };
        put_line(buf, inner.x, inner.y + 3.min(inner.height.saturating_sub(1)), &foot, inner.width);
    }
}
