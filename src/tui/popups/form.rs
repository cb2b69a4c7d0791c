//! The one form popup: a few lines saying what will happen, typed fields, switches and
//! lists, what the rules say about the input so far, and the service's last word. What the
//! form is for ([`FormKind`]) decides what Enter sends.

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Widget, Wrap};

use super::report::ReportLine;
use super::{Env, Event};
use crate::domain::mobile::{split_entry, AuthStatus, CheckedNumber, MAX_PER_ENTRY};
use crate::i18n::Tr;
use crate::service::{OperatorAccountRow, ReapplyPreview};
use crate::tui::actions::{ActionId, Context};
use crate::tui::keymap::Key;
use crate::tui::layout::{centered, split_last};
use crate::tui::present::{
    advice_said, auth_style, auth_symbol, auth_word, boxed, number_reason_said, number_state_word, paragraph, put_line,
    word_wrapped_rows,
};
use crate::tui::text::{apply_edit, byte_at, edit_at, Edit};

/// The most characters a field takes.
const MAX_CHARS: usize = 2000;

/// The word that confirms deleting Calling data for good (AL06); the count works too.
pub const CONFIRM_WORD: &str = "DELETE";

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Text,
    /// On or off: Space or ←/→ flips it.
    Switch(bool),
    /// One of a list, chosen with ←/→; the value shown is the chosen one.
    List {
        options: Vec<String>,
        at: usize,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: String,
    pub value: String,
    pub input: Input,
}

impl Field {
    pub fn text(label: impl Into<String>, value: &str) -> Self {
        Field { label: label.into(), value: value.into(), input: Input::Text }
    }

    pub fn switch(label: impl Into<String>, on: bool) -> Self {
        Field { label: label.into(), value: String::new(), input: Input::Switch(on) }
    }

    pub fn list(label: impl Into<String>) -> Self {
        Field { label: label.into(), value: String::new(), input: Input::List { options: Vec::new(), at: 0 } }
    }

    /// A list with its options, `at` chosen.
    pub fn choices(label: impl Into<String>, options: Vec<String>, at: usize) -> Self {
        let at = at.min(options.len().saturating_sub(1));
        let value = options.get(at).cloned().unwrap_or_default();
        Field { label: label.into(), value, input: Input::List { options, at } }
    }

    pub fn on(&self) -> Option<bool> {
        match self.input {
            Input::Switch(on) => Some(on),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub enum FormKind {
    /// MO01: location (a list), operator, the account id typed twice.
    OperatorAccount,
    /// MO03: comma-separated numbers, checked after each comma.
    MobileNumbers {
        account: Box<OperatorAccountRow>,
        checked: Vec<CheckedNumber>,
        /// The whole entry refused (more than 20 numbers), in the service's words.
        problem: Option<String>,
        /// The part of the entry the `checked` list is for (up to its last comma).
        checked_for: String,
        seq: u64,
        /// A real organisation: `account` stands for a location, whose operator account is
        /// Control Hub's (no public API); Webex validates the numbers on save.
        by_location: bool,
    },
    /// BW04 Retry activation: the email to onboard with.
    RetryEmail { broadworks_id: String, who: String },
    /// AL04: the corrected work number of one user.
    WorkNumber { email: String },
    /// AL02: the directory export to sync.
    Sync,
    /// AL06: preserve licences on (default) or off with a typed confirmation; what the form
    /// says either way.
    Reapply { preview: Box<ReapplyPreview>, preserving: Vec<ReportLine>, removing: Vec<ReportLine> },
    /// AL01, AL03: location and number of one covered user.
    Assign,
    /// WG13: file, email switch, codes file.
    Import,
    /// AL03: a licence template's name, group, Calling switch and other licences.
    SaveTemplate,
}

#[derive(Debug, Clone)]
pub struct Form {
    pub title: String,
    pub kind: FormKind,
    pub lines: Vec<ReportLine>,
    pub fields: Vec<Field>,
    pub focus: usize,
    /// What went wrong last (the service's refusal, or why Enter is not available).
    pub note: Option<String>,
    /// What Enter does, in a few words.
    pub submit: String,
    /// Enter goes to the next field first, and submits from the last.
    pub steps: bool,
    /// Where the cursor is in the text field in focus, in characters (at most its length).
    pub cursor: usize,
    /// The value the field opened with is selected: typing replaces it, Backspace clears it.
    pub replace: bool,
}

impl Form {
    pub fn new(title: impl Into<String>, kind: FormKind, fields: Vec<Field>, submit: impl Into<String>) -> Self {
        Form {
            title: title.into(),
            kind,
            lines: Vec::new(),
            fields,
            focus: 0,
            note: None,
            submit: submit.into(),
            steps: false,
            cursor: usize::MAX,
            replace: true,
        }
    }

    /// The focused text field's value and the cursor in it (clamped to the value).
    fn text_in_focus(&mut self) -> Option<(&mut String, &mut usize, &mut bool)> {
        let (cursor, replace) = (&mut self.cursor, &mut self.replace);
        match self.fields.get_mut(self.focus) {
            Some(Field { input: Input::Text, value, .. }) => {
                *cursor = (*cursor).min(value.chars().count());
                Some((value, cursor, replace))
            }
            _ => None,
        }
    }

    /// Whether the focused field's pre-filled value is selected (typing replaces it).
    pub fn replacing(&self) -> bool {
        self.replace
            && matches!(self.fields.get(self.focus), Some(Field { input: Input::Text, value, .. }) if !value.is_empty())
    }

    pub fn lines(mut self, lines: Vec<ReportLine>) -> Self {
        self.lines = lines;
        self
    }

    fn value(&self, i: usize) -> String {
        self.fields.get(i).map(|f| f.value.trim().to_string()).unwrap_or_default()
    }

    fn on(&self, i: usize) -> Option<bool> {
        self.fields.get(i).and_then(Field::on)
    }

    /// MO01: the account id and its confirmation, both typed and equal.
    pub fn ids_match(&self) -> bool {
        let (a, b) = (self.value(2), self.value(3));
        !a.is_empty() && a == b
    }

    /// When the form cannot save at all now, what can be done instead (MO02: numbers go only
    /// under an Authorized account); the footer and the note after a refusal say it.
    pub fn what_now(&self, tr: &Tr) -> Option<String> {
        match &self.kind {
            FormKind::MobileNumbers { account, by_location: false, .. } if account.status != AuthStatus::Authorized => {
                Some(tr!(tr, "form-numbers-once-authorized", status = &auth_word(tr, account.status)))
            }
            _ => None,
        }
    }

    /// Whether Enter on the last field goes on, and if not why (shown under the fields).
    pub fn next_blocked(&self, tr: &Tr) -> Option<String> {
        match &self.kind {
            FormKind::OperatorAccount => {
                if matches!(self.fields.first().map(|f| &f.input), Some(Input::List { options, .. }) if options.is_empty())
                {
                    Some(tr!(tr, "form-loading-locations"))
                } else if self.value(1).is_empty() {
                    Some(tr!(tr, "form-type-operator"))
                } else if self.value(2).is_empty() {
                    Some(tr!(tr, "form-type-account-id"))
                } else if !self.ids_match() {
                    Some(tr!(tr, "form-ids-differ"))
                } else {
                    None
                }
            }
            FormKind::MobileNumbers { .. } => {
                split_entry(&self.fields.first().map(|f| f.value.clone()).unwrap_or_default())
                    .is_empty()
                    .then(|| tr!(tr, "form-type-numbers", n = MAX_PER_ENTRY))
            }
            FormKind::RetryEmail { .. } => self.value(0).is_empty().then(|| tr!(tr, "form-type-email")),
            _ => None,
        }
    }
}

/// The part of an entry up to its last comma: the numbers the admin has finished typing.
fn completed(entry: &str) -> &str {
    match entry.rfind([',', '\n', ';']) {
        Some(i) => &entry[..i],
        None => "",
    }
}

impl Form {
    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        match env.action(Context::Form, key) {
            Some(ActionId::NextField) => self.focus_by(1, env),
            Some(ActionId::PrevField) => self.focus_by(-1, env),
            Some(ActionId::ChooseLeft) => self.choose(-1, env),
            Some(ActionId::ChooseRight) => self.choose(1, env),
            Some(ActionId::ClearToStart) => self.edit(Edit::KillToStart, env),
            Some(ActionId::DeleteWord) => self.edit(Edit::DeleteWord, env),
            Some(ActionId::DeleteToEnd) => self.edit(Edit::KillToEnd, env),
            Some(ActionId::LineStart) => self.edit(Edit::Start, env),
            Some(ActionId::LineEnd) => self.edit(Edit::End, env),
            Some(ActionId::Switch) => self.switch(env),
            Some(ActionId::Submit) => self.submit(env.tr),
            Some(ActionId::SkipUser) => vec![Event::SkipUser],
            Some(ActionId::Cancel) => vec![Event::Cancelled],
            Some(_) => Vec::new(),
            None => self.type_key(key, env),
        }
    }

    /// Something was typed or changed: the old note goes, and the finished numbers are checked.
    fn changed(&mut self, env: &Env) -> Vec<Event> {
        self.note = None;
        self.check_as_typed(env)
    }

    fn focus_by(&mut self, delta: i64, env: &Env) -> Vec<Event> {
        let last = self.fields.len().saturating_sub(1) as i64;
        self.focus = (self.focus as i64 + delta).clamp(0, last) as usize;
        self.cursor = usize::MAX;
        self.replace = false;
        self.changed(env)
    }

    /// ←/→: the previous or next value of a list, or a switch flipped (in a text field, the
    /// cursor moves).
    fn choose(&mut self, delta: i64, env: &Env) -> Vec<Event> {
        let focus = self.focus;
        match self.fields.get_mut(focus).map(|x| (&mut x.input, &mut x.value)) {
            Some((Input::List { options, at }, value)) if !options.is_empty() => {
                let n = options.len() as i64;
                *at = (*at as i64 + delta).rem_euclid(n) as usize;
                *value = options.get(*at).cloned().unwrap_or_default();
            }
            Some((Input::Switch(on), _)) => {
                *on = !*on;
                self.switched(env.tr);
            }
            Some((Input::Text, _)) => {
                return self.edit(if delta < 0 { Edit::Left } else { Edit::Right }, env);
            }
            _ => {}
        }
        self.changed(env)
    }

    /// A readline key in the text field in focus.
    fn edit(&mut self, e: Edit, env: &Env) -> Vec<Event> {
        let Some((value, cursor, replace)) = self.text_in_focus() else { return Vec::new() };
        *replace = false;
        let before = value.clone();
        apply_edit(value, cursor, e);
        if *value == before {
            return Vec::new();
        }
        self.changed(env)
    }

    /// Space: flips a switch; in a text field it is a space.
    fn switch(&mut self, env: &Env) -> Vec<Event> {
        let focus = self.focus;
        match self.fields.get_mut(focus) {
            Some(Field { input: Input::Switch(on), .. }) => {
                *on = !*on;
                self.switched(env.tr);
            }
            Some(Field { input: Input::Text, .. }) => {
                return self.type_key(Key::new(KeyCode::Char(' '), KeyModifiers::NONE), env);
            }
            _ => {}
        }
        self.changed(env)
    }

    /// Typing into the field in focus.
    fn type_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        if let Some((value, cursor, replace)) = self.text_in_focus() {
            if !edit_at(value, cursor, replace, key, MAX_CHARS) {
                return Vec::new();
            }
        }
        self.changed(env)
    }

    /// AL06: turning preserve off shows what is deleted for good and asks for the typed word.
    fn switched(&mut self, tr: &Tr) {
        let FormKind::Reapply { preview, preserving, removing } = &self.kind else { return };
        let preserve = self.on(0).unwrap_or(true);
        self.lines = if preserve { preserving.clone() } else { removing.clone() };
        if preserve {
            self.fields.truncate(1);
            self.submit = tr!(tr, "form-reapply");
        } else if self.fields.len() < 2 {
            let label = tr!(tr, "form-type-to-confirm", word = CONFIRM_WORD, n = preview.will_lose_calling);
            self.fields.push(Field::text(label, ""));
            self.focus = 1;
            self.cursor = usize::MAX;
            self.submit = tr!(tr, "form-remove-and-reapply");
        }
    }

    /// MO03: after each comma, the finished numbers are checked by the service.
    fn check_as_typed(&mut self, env: &Env) -> Vec<Event> {
        let seq = env.next_seq();
        let entry = self.fields.first().map(|f| f.value.clone()).unwrap_or_default();
        let FormKind::MobileNumbers { account, checked, problem, checked_for, seq: s, .. } = &mut self.kind else {
            return Vec::new();
        };
        let done = completed(&entry).to_string();
        if done == *checked_for {
            return Vec::new();
        }
        *checked_for = done.clone();
        *s = seq;
        if split_entry(&done).is_empty() {
            checked.clear();
            *problem = None;
            return Vec::new();
        }
        vec![Event::CheckNumbers { account_id: account.account_id.clone(), entry: done, seq }]
    }

    /// Enter: the next field of a form that goes step by step, else the answers go to the
    /// flow the form is for, which says what is sent (or why not, in the form's note).
    fn submit(&mut self, tr: &Tr) -> Vec<Event> {
        if self.steps && self.focus + 1 < self.fields.len() {
            self.focus += 1;
            self.cursor = usize::MAX;
            self.replace = false;
            return Vec::new();
        }
        if let Some(why) = self.next_blocked(tr) {
            self.note = Some(why);
            return Vec::new();
        }
        let answers = Answers {
            values: (0..self.fields.len()).map(|i| self.value(i)).collect(),
            switches: (0..self.fields.len()).map(|i| self.on(i)).collect(),
        };
        vec![Event::Submitted(self.kind.clone(), answers)]
    }

    /// MO03: the entry about to be saved is the one the form shows checked, as answer `seq`.
    pub fn checking(&mut self, entry: &str, seq: u64) {
        if let FormKind::MobileNumbers { checked_for, seq: s, .. } = &mut self.kind {
            *checked_for = entry.to_string();
            *s = seq;
        }
    }

    /// MO03: the service's check of the numbers, if it is the one the form waits for.
    pub fn checked(&mut self, seq: u64, result: crate::domain::Result<Vec<CheckedNumber>>) {
        if let FormKind::MobileNumbers { checked, problem, seq: s, .. } = &mut self.kind {
            if *s == seq {
                match result {
                    Ok(list) => {
                        *checked = list;
                        *problem = None;
                    }
                    Err(e) => {
                        checked.clear();
                        *problem = Some(e.to_string());
                    }
                }
            }
        }
    }

    /// MO01: the locations to choose from, once read.
    pub fn set_locations(&mut self, options: Vec<String>) {
        if let (FormKind::OperatorAccount, Some(f)) = (&self.kind, self.fields.first_mut()) {
            f.value = options.first().cloned().unwrap_or_default();
            f.input = Input::List { options, at: 0 };
        }
    }
}

/// What was typed and switched in a form, as Enter hands it to the form's flow.
#[derive(Debug, Clone, Default)]
pub struct Answers {
    values: Vec<String>,
    switches: Vec<Option<bool>>,
}

impl Answers {
    /// Field `i`, trimmed.
    pub fn value(&self, i: usize) -> String {
        self.values.get(i).cloned().unwrap_or_default()
    }

    /// Field `i`, or nothing when it was left empty.
    pub fn given(&self, i: usize) -> Option<String> {
        Some(self.value(i)).filter(|v| !v.is_empty())
    }

    /// Switch `i`.
    pub fn on(&self, i: usize) -> Option<bool> {
        self.switches.get(i).copied().flatten()
    }
}

impl FormKind {
    /// Lines above the fields that depend on what the form is for.
    fn intro(&self, env: &Env) -> Vec<Line<'static>> {
        let (t, tr) = (env.theme, env.tr);
        match self {
            FormKind::MobileNumbers { account, by_location: true, .. } => vec![
                Line::raw(tr!(tr, "form-location", location = &account.location)),
                Line::styled(tr!(tr, "form-webex-validates"), t.dim()),
                Line::styled(
                    tr!(
                        tr,
                        "form-comma-separated-webex",
                        most = crate::service::MAX_PER_WEBEX_ENTRY,
                        per = MAX_PER_ENTRY
                    ),
                    t.dim(),
                ),
            ],
            FormKind::MobileNumbers { account, .. } => {
                let mut lines = vec![Line::from(vec![
                    Span::raw(format!("{} · ", tr!(tr, "form-account", id = &account.account_id))),
                    Span::styled(
                        format!("{} {}", auth_symbol(account.status), auth_word(tr, account.status)),
                        auth_style(t, account.status),
                    ),
                ])];
                if account.status != AuthStatus::Authorized {
                    lines.push(Line::styled(
                        format!("MO02: {}", advice_said(tr, &account.advice)),
                        t.error().remove_modifier(Modifier::BOLD),
                    ));
                }
                lines.push(Line::styled(tr!(tr, "form-comma-separated", n = MAX_PER_ENTRY), t.dim()));
                lines
            }
            FormKind::RetryEmail { who, .. } => {
                vec![Line::raw(String::from(who)), Line::styled(tr!(tr, "form-retry-email"), t.dim())]
            }
            FormKind::OperatorAccount => vec![Line::styled(tr!(tr, "form-type-id-twice"), t.dim())],
            _ => Vec::new(),
        }
    }

    /// Lines under the fields: what the rules say about the input so far (MO01, MO03).
    fn verdict(&self, form: &Form, env: &Env) -> Vec<Line<'static>> {
        let (t, tr) = (env.theme, env.tr);
        match self {
            FormKind::OperatorAccount if !form.value(3).is_empty() => vec![if form.ids_match() {
                Line::styled(format!("✓ {}", tr!(tr, "form-ids-match")), t.good())
            } else {
                Line::styled(format!("✕ {}", tr!(tr, "form-ids-differ-short")), t.error())
            }],
            FormKind::MobileNumbers { checked, problem, .. } => {
                let typed = form.fields.first().map(|x| split_entry(&x.value).len()).unwrap_or(0);
                let mut lines = vec![Line::styled(
                    tr!(tr, "form-typed-of-most", typed = typed, n = MAX_PER_ENTRY),
                    if typed > MAX_PER_ENTRY { t.error() } else { t.dim() },
                )];
                if let Some(p) = problem {
                    lines.push(Line::styled(format!("✕ {}", p), t.error()));
                }
                for n in checked {
                    let shown = String::from(n.number.as_deref().unwrap_or(&n.input));
                    let state = number_state_word(tr, n.state);
                    lines.push(if n.state.is_ok() {
                        Line::styled(format!("✓ {shown} · {state}"), t.good())
                    } else {
                        Line::styled(format!("✕ {shown} · {state}: {}", number_reason_said(tr, &n.reason)), t.error())
                    });
                }
                lines
            }
            _ => Vec::new(),
        }
    }
}

impl Form {
    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let (t, tr) = (env.theme, env.tr);
        let w = 76.min(area.width.saturating_sub(2));
        let inner_w = w.saturating_sub(2).max(1) as usize;
        let mut text: Vec<Line> = self.lines.iter().map(|l| l.line(t)).collect();
        text.extend(self.kind.intro(env));
        let label_w = self.fields.iter().map(|f| f.label.chars().count()).max().unwrap_or(0) + 2;
        for (i, f) in self.fields.iter().enumerate() {
            let focus = i == self.focus;
            let underline = if focus { Style::new().add_modifier(Modifier::UNDERLINED) } else { Style::new() };
            let value = match &f.input {
                Input::Switch(on) => Span::styled(
                    tr!(tr, if *on { "form-switch-on" } else { "form-switch-off" }),
                    if *on { t.good() } else { t.error() },
                ),
                Input::List { .. } if f.value.is_empty() => Span::styled(tr!(tr, "loading"), t.dim()),
                Input::List { .. } if focus => Span::styled(format!("◀ {} ▶", &f.value), underline),
                Input::List { .. } => Span::raw(String::from(&f.value)),
                Input::Text if focus && self.replacing() => Span::styled(String::from(&f.value), t.selected()),
                Input::Text if focus => {
                    let at = byte_at(&f.value, self.cursor);
                    Span::styled(format!("{}▏{}", &f.value[..at], &f.value[at..]), underline)
                }
                Input::Text => Span::styled(String::from(&f.value), underline),
            };
            let mut spans = vec![
                Span::styled(if focus { "▶ " } else { "  " }, if focus { t.key() } else { Style::new() }),
                Span::styled(format!("{:<label_w$}", format!("{}:", f.label)), t.title()),
                value,
            ];
            if focus && self.replacing() {
                spans.push(Span::styled(format!("  ({})", tr!(tr, "form-typing-replaces")), t.dim()));
            }
            text.push(Line::from(spans));
        }
        text.extend(self.kind.verdict(self, env));
        if let Some(n) = &self.note {
            text.push(Line::styled(String::from(n), t.error()));
        }
        let rows: usize = text
            .iter()
            .map(|l| word_wrapped_rows(&l.spans.iter().map(|s| s.content.as_ref()).collect::<String>(), inner_w))
            .sum();
        let r = centered(area, w, (rows as u16 + 3).min(area.height.saturating_sub(2)));
        let inner = boxed(&self.title, r, buf, t);
        let (body, foot) = split_last(inner);
        paragraph(text).wrap(Wrap { trim: false }).render(body, buf);
        let last = self.focus + 1 >= self.fields.len();
        let line = match (self.what_now(tr), self.next_blocked(tr)) {
            (Some(now), _) => Line::styled(now, t.dim()),
            (None, Some(why)) if last => Line::styled(tr!(tr, "form-next-not-available", why = &why), t.dim()),
            _ => {
                let k = |id| env.keymap.label_in(Context::Form, id);
                let submit = if self.steps && !last { tr!(tr, "form-next") } else { self.submit.clone() };
                Line::from(vec![
                    Span::styled(k(ActionId::Submit), t.key()),
                    Span::raw(format!(" {submit}   ")),
                    Span::styled(k(ActionId::NextField), t.key()),
                    Span::raw(format!(" {}   ", tr!(tr, "form-next-field"))),
                    Span::styled(k(ActionId::Cancel), t.key()),
                    Span::raw(format!(" {}", tr!(tr, "form-cancel"))),
                ])
            }
        };
        put_line(buf, foot.x, foot.y, &line, foot.width);
    }
}
