//! The popups, in the manner of gitui's `src/popups`: each is a struct that owns its state,
//! handles its keys (`handle_key`) and draws itself (`draw`). A popup never reaches into the
//! app: it reads what it needs to show from an [`Env`] and tells the app what to do through
//! the [`Event`]s it returns, which the app works through in order as gitui works through its
//! queue. [`Popup`] is the stack of them the app keeps; the top one takes the keys.

pub mod activation;
pub mod choice;
pub mod confirm;
pub mod form;
pub mod help;
pub mod messages;
pub mod palette;
pub mod progress;
pub mod report;
pub mod why;

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use super::actions::{ActionId, Context};
use super::keymap::{Key, Keymap};
use super::status::{Message, MessageLog, StatusLine};
use super::theme::Theme;
use crate::i18n::Lang;
use crate::service::action::{Action, Support};
use crate::service::IssuedCode;

/// What popups read of the console: its look, its keys, the terminal and the messages.
pub struct Env<'a> {
    pub theme: Theme,
    pub keymap: &'a Keymap,
    pub read_only: bool,
    /// The service's actions that are done elsewhere here, and where.
    pub elsewhere: &'a [(Action, Support)],
    pub width: u16,
    pub height: u16,
    /// Rows a page moves.
    pub page: i64,
    /// The message on the status line.
    pub message: Option<&'a Message>,
    pub log: &'a MessageLog,
    /// Numbers the answers a popup asks for, so that a late one is known (the user search).
    pub seq: &'a Cell<u64>,
    /// The language of what is drawn.
    pub tr: &'a crate::i18n::Tr,
    /// Who puts right-to-left text in visual order (`--bidi`).
    pub bidi: crate::i18n::bidi::Mode,
}

impl Env<'_> {
    /// On a real organisation, where an action with no public Webex API is done instead: help
    /// and the palette mark it "Control Hub only" with the place (the service refuses it).
    pub fn control_hub_only(&self, id: ActionId) -> Option<String> {
        let action = super::actions::service_action(id)?;
        match self.elsewhere.iter().find(|(a, _)| *a == action)?.1 {
            Support::ControlHubOnly(place) => Some(self.tr.t(place.id())),
            _ => None,
        }
    }

    /// The status line, as the popups that show it draw it (the activation details).
    pub fn status_line(&self) -> StatusLine<'_> {
        StatusLine {
            message: self.message,
            keymap: self.keymap,
            theme: self.theme,
            read_only: self.read_only,
            tr: self.tr,
        }
    }

    pub fn next_seq(&self) -> u64 {
        self.seq.set(self.seq.get() + 1);
        self.seq.get()
    }

    /// A language's name as drawn here (the letter's language).
    pub fn language(&self, lang: Lang) -> String {
        crate::tui::present::language_shown(lang, self.tr.lang(), self.bidi)
    }

    /// The action the key runs in `ctx`.
    pub fn action(&self, ctx: Context, key: Key) -> Option<ActionId> {
        self.keymap.action_for(ctx, key)
    }
}

/// What a popup asks of the app after a key, in order.
#[derive(Debug)]
pub enum Event {
    /// Close the popup on top (this one).
    Close,
    Info(String),
    /// To the clipboard; the message names `what` and says how it was copied.
    Copy {
        what: String,
        text: String,
    },
    /// Runs an action of the table where `ctx` says (the palette's pick; a view's key in the
    /// activation details).
    Run(ActionId, Context),
    /// Esc on a confirmation, a choice or a form: it closes and nothing changes (the flow
    /// that opened it stops).
    Cancelled,
    /// `y` on a confirmation: its change goes to the service.
    Confirmed,
    /// Enter on a choice (closed already): the item goes to the flow that asked.
    Picked(choice::Purpose, choice::Item),
    /// The user search changed: the service is asked again.
    SearchUsers {
        text: String,
        seq: u64,
    },
    /// Enter on a form: its answers go to the flow it is for (the form stays open until the
    /// flow says otherwise).
    Submitted(form::FormKind, form::Answers),
    /// MO03: the numbers finished so far are checked as the admin types.
    CheckNumbers {
        account_id: String,
        entry: String,
        seq: u64,
    },
    /// Ctrl-N in the manual assignment: this user stays as they are.
    SkipUser,
    /// Enter on a dry run's report (closed already): the run itself.
    Proceed(progress::LongOp),
    /// `p` in the activation details: the letters, in the letter's language.
    PrintLetter(Box<IssuedCode>, Lang),
    /// `e` in the activation details: the code by email again, in the letter's language.
    EmailAgain(Box<IssuedCode>, Lang),
    /// `F` in the why view: the person read again (from Webex first on a real organisation).
    RefreshWhy(String),
}

/// The open popups; `C` is what a confirmation sends when the admin says yes (a job for the
/// service: the app's business, not the popup's).
#[derive(Debug)]
pub enum Popup<C> {
    Help(help::Help),
    /// The message log (`!`).
    Messages(messages::Messages),
    Palette(palette::Palette),
    Confirm(confirm::Confirm<C>),
    Choice(choice::Choice),
    /// The activation details after a code was issued (the code lives only here).
    Activation(activation::Activation),
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
    /// Why can't this user call? (`y`).
    Why(why::Why),
}

impl<C> Popup<C> {
    /// Where the keys go while it is on top.
    pub fn context(&self) -> Context {
        match self {
            Popup::Help(h) => h.context(),
            Popup::Messages(_) => Context::Messages,
            Popup::Palette(_) => Context::Palette,
            Popup::Confirm(_) => Context::Confirm,
            Popup::Choice(c) => c.context(),
            Popup::Activation(_) => Context::Activation,
            Popup::Notice(_) | Popup::Report(_) => Context::Report,
            Popup::Form(_) => Context::Form,
            Popup::Progress(_) => Context::Progress,
            Popup::Proceed(_) => Context::Proceed,
            Popup::Why(_) => Context::Why,
        }
    }

    /// A short name for what it is, as tests and the footer speak of it.
    pub fn kind(&self) -> &'static str {
        match self {
            Popup::Help(_) => "help",
            Popup::Messages(_) => "messages",
            Popup::Palette(_) => "palette",
            Popup::Confirm(_) => "confirm",
            Popup::Choice(_) => "choice",
            Popup::Activation(_) => "activation",
            Popup::Notice(_) => "notice",
            Popup::Report(_) => "report",
            Popup::Form(_) => "form",
            Popup::Progress(_) => "progress",
            Popup::Proceed(_) => "proceed",
            Popup::Why(_) => "why",
        }
    }

    /// Its title.
    pub fn title(&self, tr: &crate::i18n::Tr) -> String {
        match self {
            Popup::Help(_) => tr!(tr, "popup-help"),
            Popup::Messages(_) => tr!(tr, "popup-messages"),
            Popup::Palette(_) => tr!(tr, "palette-title"),
            Popup::Confirm(c) => c.title.clone(),
            Popup::Choice(c) => c.title.clone(),
            Popup::Activation(a) => a.title.clone(),
            Popup::Notice(n) => n.title.clone(),
            Popup::Report(r) => r.title.clone(),
            Popup::Form(f) => f.title.clone(),
            Popup::Progress(p) => p.op.label(tr),
            Popup::Proceed(p) => p.report.title.clone(),
            Popup::Why(w) => w.title(tr),
        }
    }

    /// A key while it is on top: what it changes in itself, and what it asks of the app.
    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        match self {
            Popup::Help(h) => h.handle_key(key, env),
            Popup::Messages(m) => m.handle_key(key, env),
            Popup::Palette(p) => p.handle_key(key, env),
            Popup::Confirm(c) => c.handle_key(key, env),
            Popup::Choice(c) => c.handle_key(key, env),
            Popup::Activation(a) => a.handle_key(key, env),
            Popup::Notice(n) => n.handle_key(key, env),
            Popup::Report(_) => report::handle_key(key, env),
            Popup::Form(f) => f.handle_key(key, env),
            Popup::Progress(p) => p.handle_key(key, env),
            Popup::Proceed(p) => p.handle_key(key, env),
            Popup::Why(w) => w.handle_key(key, env),
        }
    }

    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        match self {
            Popup::Help(h) => h.draw(env, area, buf),
            Popup::Messages(m) => m.draw(env, area, buf),
            Popup::Palette(p) => p.draw(env, area, buf),
            Popup::Confirm(c) => c.draw(env, area, buf),
            Popup::Choice(c) => c.draw(env, area, buf),
            Popup::Activation(a) => a.draw(env, area, buf),
            Popup::Notice(n) => n.draw(env, area, buf),
            Popup::Report(r) => r.draw(env, area, buf),
            Popup::Form(f) => f.draw(env, area, buf),
            Popup::Progress(p) => p.draw(env, area, buf),
            Popup::Proceed(p) => p.draw(env, area, buf),
            Popup::Why(w) => w.draw(env, area, buf),
        }
    }
}
