//! The overlays: each widget's file holds its state, what its keys do and how it is drawn.
//! [`Overlay`] is the stack of them the app keeps; the top one takes the keys.

pub mod choice;
pub mod confirm;
pub mod form;
pub mod help;
pub mod messages;
pub mod palette;
pub mod progress;
pub mod report;
pub mod text;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::actions::Context;
use super::app::App;
use super::flows::webex_go::Activation;

#[derive(Debug, Clone)]
pub enum Overlay {
    Help(help::Help),
    /// The message log (`!`).
    Messages(messages::Messages),
    Palette(palette::Palette),
    Confirm(confirm::Confirm),
    Choice(choice::Choice),
    /// The activation details after a code was issued (the code lives only here).
    Activation(Activation),
    /// A few lines about one thing, closed with Enter or Esc.
    Notice(report::Notice),
    /// Lines each marked good or bad by a word and a symbol (and colour).
    Report(report::Report),
    /// A typed form: fields, switches and lists, and what the rules say about them.
    Form(form::Form),
    /// A long run on the worker; Esc cancels it (the service rolls it back whole).
    Progress(progress::LongRun),
    /// A report with a next step on Enter (submit the import after its dry run).
    Proceed(report::Proceed),
}

impl Overlay {
    /// Where the keys go while it is on top.
    pub fn context(&self) -> Context {
        match self {
            Overlay::Help(h) if h.typing => Context::Filter,
            Overlay::Help(_) => Context::Help,
            Overlay::Messages(_) => Context::Messages,
            Overlay::Palette(_) => Context::Palette,
            Overlay::Confirm(_) => Context::Confirm,
            Overlay::Choice(c) if c.purpose.searches() => Context::Search,
            Overlay::Choice(_) => Context::Choice,
            Overlay::Activation(_) => Context::Activation,
            Overlay::Notice(_) | Overlay::Report(_) => Context::Report,
            Overlay::Form(_) => Context::Form,
            Overlay::Progress(_) => Context::Progress,
            Overlay::Proceed(_) => Context::Proceed,
        }
    }

    /// A short name for what it is, as tests and the footer speak of it.
    pub fn kind(&self) -> &'static str {
        match self {
            Overlay::Help(_) => "help",
            Overlay::Messages(_) => "messages",
            Overlay::Palette(_) => "palette",
            Overlay::Confirm(_) => "confirm",
            Overlay::Choice(_) => "choice",
            Overlay::Activation(_) => "activation",
            Overlay::Notice(_) => "notice",
            Overlay::Report(_) => "report",
            Overlay::Form(_) => "form",
            Overlay::Progress(_) => "progress",
            Overlay::Proceed(_) => "proceed",
        }
    }

    pub fn draw(&self, app: &App, area: Rect, buf: &mut Buffer) {
        match self {
            Overlay::Help(h) => h.draw(app, area, buf),
            Overlay::Messages(m) => m.draw(app, area, buf),
            Overlay::Palette(p) => p.draw(app, area, buf),
            Overlay::Confirm(c) => c.draw(app, area, buf),
            Overlay::Choice(c) => c.draw(app, area, buf),
            Overlay::Activation(a) => a.draw(app, area, buf),
            Overlay::Notice(n) => n.draw(app, area, buf),
            Overlay::Report(r) => r.draw(app, area, buf),
            Overlay::Form(f) => f.draw(app, area, buf),
            Overlay::Progress(p) => p.draw(app, area, buf),
            Overlay::Proceed(p) => p.draw(app, area, buf),
        }
    }
}
