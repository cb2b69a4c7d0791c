//! Keys: the popup on top takes them (and answers with events, worked through here in order,
//! as gitui works through its queue); in a view, the key runs its action from the table, and
//! `App::run` is where each action of a view is handled: one arm per action id, so an action
//! without its handler does not compile.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::actions::{action, ActionId, Context};
use super::app::App;
use super::flows::Flows;
use super::jobs::{self, Jobs};
use super::keymap::Key;
use super::panes::Pane;
use super::popups::choice::{Item, Purpose};
use super::popups::form::{Answers, FormKind};
use super::popups::help::Help;
use super::popups::messages::Messages;
use super::popups::palette::Palette;
use super::popups::{Env, Event, Popup};
use super::worker::Slot;

impl App {
    pub fn handle_key(&mut self, ev: KeyEvent) -> Jobs {
        if ev.kind == KeyEventKind::Release {
            return Vec::new();
        }
        self.dirty = true;
        let key = Key::from_event(&ev);
        if key.code == KeyCode::Char('c') && key.mods.contains(KeyModifiers::CONTROL) {
            // A long run stops and rolls back, as with Esc, rather than hold the quit until it
            // is done; a sync in the background stops with the process.
            for p in &mut self.popups {
                if let Popup::Progress(run) = p {
                    run.stop();
                }
            }
            self.quit = true;
            return Vec::new();
        }
        if !self.popups.is_empty() {
            return self.popup_key(key);
        }
        let ctx = self.context();
        if let Some(id) = self.keymap.action_for(ctx, key) {
            return self.run_action(id, ctx);
        }
        // Keys that are no action here: typing into the filter, or a word about where the key
        // works.
        match ctx {
            Context::Filter => self.type_filter(key),
            // A key of another view says where it works (it runs nothing here).
            _ => match self.keymap.elsewhere(key).filter(|id| !action(*id).works_in(ctx)) {
                Some(id) => self.run_action(id, ctx),
                None => {
                    let said = self.tr.t_with("say-key-does-nothing", &[("key", key.to_string().as_str().into())]);
                    self.info(said);
                    Vec::new()
                }
            },
        }
    }

    /// The popup on top handles the key; what it asks of the app follows.
    fn popup_key(&mut self, key: Key) -> Jobs {
        self.on_top_popup(|p, env| p.handle_key(key, env))
    }

    /// The popup on top does `f`; what it asks of the app follows.
    fn on_top_popup(&mut self, f: impl FnOnce(&mut Popup<jobs::Job>, &Env) -> Vec<Event>) -> Jobs {
        let page = self.page();
        // The popup's own fields apart from the app's, so that it can change itself.
        let env = Env {
            theme: self.theme,
            keymap: &self.keymap,
            read_only: self.read_only,
            elsewhere: &self.elsewhere,
            width: self.width,
            height: self.height,
            page,
            message: self.message.as_ref(),
            log: &self.log,
            seq: &self.seq,
            tr: &self.tr,
            bidi: self.bidi,
        };
        let events = match self.popups.last_mut() {
            Some(p) => f(p, &env),
            None => Vec::new(),
        };
        self.process(events)
    }

    /// Works through what popups asked for, in order.
    pub(crate) fn process(&mut self, events: Vec<Event>) -> Jobs {
        let mut jobs = Vec::new();
        for ev in events {
            jobs.extend(self.on_event(ev));
        }
        jobs
    }

    fn on_event(&mut self, ev: Event) -> Jobs {
        match ev {
            Event::Close => {
                self.popups.pop();
                Vec::new()
            }
            Event::Info(text) => {
                self.info(text);
                Vec::new()
            }
            Event::Copy { what, text } => {
                self.copy(&what, &text);
                Vec::new()
            }
            Event::Run(id, ctx) => self.run_there(id, ctx),
            Event::Cancelled => self.cancelled(),
            Event::Confirmed => self.confirmed(),
            Event::Picked(purpose, item) => self.picked(purpose, item),
            Event::SearchUsers { text, seq } => vec![self.search_users(text, seq)],
            Event::Submitted(kind, answers) => self.submitted(kind, answers),
            Event::CheckNumbers { account_id, entry, seq } => vec![check_numbers(account_id, entry, seq)],
            Event::SkipUser => self.skip_user(),
            Event::Proceed(op) => self.start_import(op),
            Event::PrintLetter(issued, lang) => self.letters(issued, lang),
            Event::EmailAgain(issued, lang) => self.email_code(issued, lang),
            Event::RefreshWhy(query) => self.refresh_why(query),
        }
    }

    /// Esc on a dialog: it closes, nothing changes, and the flow that opened it stops.
    fn cancelled(&mut self) -> Jobs {
        match self.popups.pop() {
            Some(Popup::Form(_)) if self.flows.manual.take().is_some() => {
                self.info(self.tr.t("say-manual-stopped"));
            }
            Some(Popup::Choice(_)) => {
                self.flows = Flows::default();
                self.info(self.tr.t("say-cancelled"));
            }
            _ => self.info(self.tr.t("say-cancelled")),
        }
        Vec::new()
    }

    /// `y`: the change goes to the service, confirmed (a code's letter and email in the
    /// language the confirmation shows).
    fn confirmed(&mut self) -> Jobs {
        if let Some(Popup::Confirm(c)) = self.popups.pop() {
            self.info(tr!(self.tr, "say-working"));
            return vec![match c.letter {
                Some(lang) => c.change.in_letter_lang(lang),
                None => c.change,
            }];
        }
        Vec::new()
    }

    /// A choice's item goes to the flow that asked for it.
    fn picked(&mut self, purpose: Purpose, item: Item) -> Jobs {
        match purpose {
            Purpose::User => self.start_add(item.value),
            Purpose::Subscription | Purpose::Number => self.add_picked(purpose, item.value),
            Purpose::MobileNumber | Purpose::AssignSubscription => self.assign_picked(purpose, item.value),
            Purpose::Account => self.account_picked(item.value),
            Purpose::Package => self.package_picked(item.value),
            Purpose::ReapplyTemplate | Purpose::AssignTemplate => self.template_picked(purpose, item.value),
            Purpose::Organisation => self.org_picked(item.value, item.label),
        }
    }

    /// A form's answers go to the flow the form is for.
    fn submitted(&mut self, kind: FormKind, answers: Answers) -> Jobs {
        match kind {
            FormKind::OperatorAccount => self.submit_operator_account(&answers),
            FormKind::MobileNumbers { account, .. } => self.submit_mobile_numbers(&account.account_id, &answers),
            FormKind::RetryEmail { broadworks_id, .. } => self.submit_retry(broadworks_id, &answers),
            FormKind::WorkNumber { email } => self.submit_work_number(email, &answers),
            FormKind::SaveTemplate => self.submit_template(&answers),
            FormKind::Sync => self.submit_sync(&answers),
            FormKind::Reapply { preview, .. } => self.submit_reapply(&preview, &answers),
            FormKind::Assign => self.submit_assignment(&answers),
            FormKind::Import => self.submit_import(&answers),
        }
    }

    /// Runs an action where it was asked for; one of another pane (the palette offers every
    /// pane's) in that pane, switched to first, once its rows are read.
    fn run_there(&mut self, id: ActionId, ctx: Context) -> Jobs {
        let Some(pane) = Pane::ALL.into_iter().find(|p| p.context() == ctx) else {
            return self.run_action(id, ctx);
        };
        if self.context() == ctx {
            return self.run_action(id, ctx);
        }
        let loaded = self.list(pane).loaded;
        let mut jobs = self.switch(pane);
        if loaded || jobs.is_empty() {
            jobs.extend(self.run_action(id, ctx));
        } else {
            // After the pane's first rows (the worker answers in order).
            jobs.push(jobs::ask(
                |_| (),
                move |app, ()| if app.pane == pane { app.run_action(id, ctx) } else { Vec::new() },
            ));
        }
        jobs
    }

    /// Runs an action from the table (a key, or the palette) where it was asked for.
    pub fn run_action(&mut self, id: ActionId, ctx: Context) -> Jobs {
        let a = action(id);
        if !a.works_in(ctx) {
            let text = match id {
                ActionId::CopyCode | ActionId::PrintLetter | ActionId::EmailCode => self.tr.t_with(
                    "say-code-shown-once",
                    &[
                        ("action", a.hint(&self.tr).as_str().into()),
                        ("new_code", self.keymap.label(ActionId::NewCode).as_str().into()),
                        ("key", self.keymap.label(id).as_str().into()),
                    ],
                ),
                _ => self.tr.t_with(
                    "say-works-elsewhere",
                    &[
                        ("action", a.hint(&self.tr).as_str().into()),
                        ("places", a.describe_places(&self.tr).as_str().into()),
                        ("here", ctx.title(&self.tr).as_str().into()),
                    ],
                ),
            };
            self.info(text);
            return Vec::new();
        }
        self.run(id, ctx)
    }

    /// What each action does in a view (a pane, the details, the activation details) or in the
    /// pane's filter. A dialog's own actions are its popup's (see `popups/`).
    fn run(&mut self, id: ActionId, ctx: Context) -> Jobs {
        use ActionId as A;
        // The activation details' own actions, run from the palette opened over them.
        if ctx == Context::Activation
            && matches!(id, A::Back | A::CopyCode | A::PrintLetter | A::EmailCode | A::LetterLanguage)
        {
            return self.activation_action(id);
        }
        match id {
            A::Up => self.move_by(ctx, -1),
            A::Down => self.move_by(ctx, 1),
            A::Top => self.move_by(ctx, i64::MIN / 2),
            A::Bottom => self.move_by(ctx, i64::MAX / 2),
            A::PageUp => self.move_by(ctx, -self.page()),
            A::PageDown => self.move_by(ctx, self.page()),
            A::NextPane => self.switch(self.pane.next()),
            A::PrevPane => self.switch(self.pane.previous()),
            A::PaneUsers => self.switch(Pane::Users),
            A::PaneDevices => self.switch(Pane::Devices),
            A::PaneNumbers => self.switch(Pane::Numbers),
            A::PaneBw => self.switch(Pane::Bw),
            A::Filter => self.start_filter(),
            A::Details => self.open_details(),
            A::Back => self.back(ctx),
            A::AddDevice => self.add_device(ctx),
            A::NewCode | A::LostStolen | A::DeleteDevice => self.device_action(id, ctx),
            A::SortDevices => self.cycle_device_sort(),
            A::DeviceStatusFilter => self.cycle_device_status(),
            A::ToggleMobileOnly => self.toggle_mobile_only(),
            A::ToggleExcludeProvisioned => self.toggle_exclude_provisioned(),
            A::OperatorAccounts => self.toggle_accounts(),
            A::AddOperatorAccount => self.add_operator_account(),
            A::AddMobileNumbers => self.add_mobile_numbers(),
            A::AssignMobilePrimary => self.assign_mobile_primary(),
            A::BwRetry | A::BwDelete | A::BwPackage | A::BwCopyError => self.bw_action(id),
            A::BwExport => self.bw_export(),
            A::BwTemplates => self.bw_templates(),
            A::ToggleNotProvisioned => self.toggle_not_provisioned(),
            A::SetWorkNumber => self.set_work_number(),
            A::DirectorySync => self.directory_sync(),
            A::ReapplyTemplate => self.choose_template(Purpose::ReapplyTemplate),
            A::AssignTemplate => self.choose_template(Purpose::AssignTemplate),
            A::SaveTemplate => self.save_template(),
            A::ExportUsers => self.export_users(),
            A::ImportDevices => self.import_devices(),
            A::ToggleGoCalls => self.toggle_go_calls(),
            A::Why => self.open_why(ctx),
            A::SyncWebex => self.sync_webex(false),
            A::FullSyncWebex => self.sync_webex(true),
            A::PickOrg => self.pick_org(),
            A::Refresh => self.refresh(),
            A::Help => {
                self.open(Popup::Help(Help::new(ctx)));
                Vec::new()
            }
            A::MessageLog => {
                self.open(Popup::Messages(Messages::new(&self.log)));
                Vec::new()
            }
            A::Palette => {
                self.open(Popup::Palette(Palette::new(ctx)));
                Vec::new()
            }
            A::Quit => self.quit(),
            A::KeepFilter => self.keep_filter(),
            A::Cancel if ctx == Context::Filter => self.cancel_filter(),
            A::ClearToStart if ctx == Context::Filter => self.type_filter(ctrl('u')),
            A::DeleteWord if ctx == Context::Filter => self.type_filter(ctrl('w')),
            // A dialog's own keys: its popup handles them while it is on top.
            A::Cancel
            | A::ClearToStart
            | A::DeleteWord
            | A::CopyCode
            | A::PrintLetter
            | A::EmailCode
            | A::LetterLanguage
            | A::CopyMessage
            | A::CopyMessagePath
            | A::Confirm
            | A::Pick
            | A::RunCommand
            | A::NextField
            | A::PrevField
            | A::ChooseLeft
            | A::ChooseRight
            | A::DeleteToEnd
            | A::LineStart
            | A::LineEnd
            | A::Switch
            | A::Submit
            | A::Proceed
            | A::SkipUser
            | A::WhyRefresh
            | A::Close => Vec::new(),
        }
    }

    /// An action of the activation details on top, as its key would run it.
    fn activation_action(&mut self, id: ActionId) -> Jobs {
        self.on_top_popup(|p, env| match p {
            Popup::Activation(a) => a.run(id, env),
            _ => Vec::new(),
        })
    }

    /// Moves the selection (or scrolls) by `delta` rows in the view.
    fn move_by(&mut self, ctx: Context, delta: i64) -> Jobs {
        match ctx {
            Context::Detail => self.scroll_detail(delta),
            c if c.is_view() && c != Context::Activation => self.move_in_pane(delta),
            _ => Vec::new(),
        }
    }

    /// Esc in a view: close the user, or clear the filter.
    fn back(&mut self, ctx: Context) -> Jobs {
        match ctx {
            Context::Detail => {
                self.detail = None;
                self.ensure_loaded(self.pane)
            }
            // A pane without a filter: Esc stops a running sync.
            _ if self.list(self.pane).filter.is_empty() && self.stop_sync() => Vec::new(),
            _ => self.clear_filter(),
        }
    }

    fn refresh(&mut self) -> Jobs {
        self.info(tr!(self.tr, "say-reloaded"));
        self.reload_all()
    }

    /// Quits; with a sync running, the first press stops the sync instead (the cache keeps its
    /// last complete copy) and a second quits.
    fn quit(&mut self) -> Jobs {
        if self.stop_sync() {
            return Vec::new();
        }
        self.quit = true;
        Vec::new()
    }

    /// WG14: the users matching what was typed, for the choice that asked (answer `seq`).
    pub(crate) fn search_users(&self, text: String, seq: u64) -> jobs::Job {
        jobs::ask_latest(
            Slot("search users", 0),
            move |svc| svc.people().list(&text, 0, 50),
            move |app, result| app.users_found(seq, result),
        )
    }
}

/// MO03: the numbers typed so far, checked by the service (changing nothing).
pub(crate) fn check_numbers(account_id: String, entry: String, seq: u64) -> jobs::Job {
    jobs::ask_latest(
        Slot("check numbers", 0),
        move |svc| svc.numbers().check(&account_id, &entry),
        move |app, result| app.numbers_checked(seq, result),
    )
}

fn ctrl(c: char) -> Key {
    Key::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    use ratatui::crossterm::event::{KeyEvent, KeyEventKind, KeyEventState};

    use super::*;
    use crate::outside::clipboard::{Clipboard, Env as ClipEnv, Mode};
    use crate::service::BulkPhase;
    use crate::tui::keymap::Keymap;
    use crate::tui::popups::progress::{LongOp, LongRun};
    use crate::tui::theme::Theme;

    fn app_running(phase: &'static str) -> (App, Arc<AtomicBool>) {
        let clipboard = Clipboard::new(Mode::Off, ClipEnv { ssh: false, tmux: false });
        let mut app = App::new(Keymap::default(), clipboard, Theme::default(), PathBuf::from("letters"));
        let cancel = Arc::new(AtomicBool::new(false));
        let op = LongOp::Sync { path: PathBuf::from("directory.csv") };
        let mut run = LongRun::new(op, cancel.clone());
        run.progressed(10, 100, phase);
        app.open(Popup::Progress(run));
        (app, cancel)
    }

    fn ctrl_c() -> KeyEvent {
        KeyEvent {
            code: KeyCode::Char('c'),
            modifiers: KeyModifiers::CONTROL,
            kind: KeyEventKind::Press,
            state: KeyEventState::NONE,
        }
    }

    #[test]
    fn ctrl_c_quits_and_a_long_run_rolls_back_rather_than_finish() {
        let (mut app, cancel) = app_running("users");
        assert!(app.handle_key(ctrl_c()).is_empty());
        assert!(app.quit);
        assert!(cancel.load(Ordering::SeqCst), "the run was asked to stop");
    }

    #[test]
    fn ctrl_c_while_the_import_emails_lets_the_emails_go_out() {
        let (mut app, cancel) = app_running(BulkPhase::Emailing.label());
        app.handle_key(ctrl_c());
        assert!(app.quit);
        assert!(!cancel.load(Ordering::SeqCst), "emails cannot be taken back");
    }
}
