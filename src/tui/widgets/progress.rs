//! A long run on the worker (sync, re-apply, import): how far it got, and Esc to cancel, after
//! which the service rolls back everything it did.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use super::Overlay;
use crate::service::BulkPhase;
use crate::tui::actions::{ActionId, Context};
use crate::tui::app::App;
use crate::tui::layout::centered;
use crate::tui::present::{boxed, fit, put_line};
use crate::tui::worker::{LongOp, Request};

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

impl App {
    /// Sends a long run to the worker, with a progress box unless read-only (then the service
    /// refuses at once).
    pub(crate) fn start_long(&mut self, op: LongOp) -> Vec<Request> {
        let cancel = Arc::new(AtomicBool::new(false));
        if !self.read_only {
            self.overlays.push(Overlay::Progress(LongRun {
                op: op.clone(),
                done: 0,
                total: 0,
                phase: "starting",
                cancel: cancel.clone(),
                cancelling: false,
            }));
        }
        vec![Request::Long { op, cancel }]
    }

    pub(crate) fn progressed(&mut self, done: usize, total: usize, phase: &'static str) -> Vec<Request> {
        if let Some(run) = self.overlays.iter_mut().rev().find_map(|o| match o {
            Overlay::Progress(run) => Some(run),
            _ => None,
        }) {
            run.done = done;
            run.total = total;
            run.phase = phase;
        }
        Vec::new()
    }

    /// Esc: the service stops at its next progress report and rolls everything back.
    pub(crate) fn cancel_run(&mut self) -> Vec<Request> {
        let Some(Overlay::Progress(run)) = self.overlays.last_mut() else { return Vec::new() };
        if run.phase == BulkPhase::Emailing.label() {
            self.info("the devices are added and their codes issued; the emails are going out and cannot be taken back: wait for them");
            return Vec::new();
        }
        run.cancel.store(true, Ordering::SeqCst);
        run.cancelling = true;
        self.info("cancelling: everything done so far is rolled back…");
        Vec::new()
    }
}

impl LongRun {
    pub fn draw(&self, app: &App, area: Rect, buf: &mut Buffer) {
        let t = app.theme;
        let w = 64.min(area.width.saturating_sub(4));
        let r = centered(area, w, 6);
        let inner = boxed(&self.op.label(), r, buf, t);
        let bar_w = inner.width.saturating_sub(12) as usize;
        let filled = (self.done * bar_w).checked_div(self.total).unwrap_or(0).min(bar_w);
        let pct = (self.done * 100).checked_div(self.total).unwrap_or(0);
        let bar = format!("{}{} {pct:>3}%", "█".repeat(filled), "░".repeat(bar_w - filled));
        buf.set_stringn(inner.x, inner.y, bar, inner.width as usize, t.good());
        let what = format!("{} {} of {}", self.phase, self.done, self.total);
        buf.set_stringn(inner.x, inner.y + 1, fit(&what, inner.width as usize), inner.width as usize, Style::new());
        let esc = app.keymap.label_in(Context::Progress, ActionId::Cancel);
        let foot = if self.cancelling {
            Line::styled("cancelling: everything is rolled back…", t.error())
        } else if self.phase == BulkPhase::Emailing.label() {
            Line::styled("added; emailing the codes (cannot be cancelled)", t.dim())
        } else if matches!(self.op, LongOp::Import { dry_run: false, .. }) {
            Line::from(vec![Span::styled(esc, t.key()), Span::raw(" cancel: all or nothing, nothing is added")])
        } else {
            Line::from(vec![Span::styled(esc, t.key()), Span::raw(" cancel: nothing is changed")])
        };
        put_line(buf, inner.x, inner.y + 3.min(inner.height.saturating_sub(1)), &foot, inner.width);
    }
}
