//! A confirmation: what will happen, in lines, and the change that `y` sends. A change that
//! issues a code (and emails it) also says the language of the email and the letter, which
//! `l` changes for this change only.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Widget, Wrap};

use super::{Env, Event};
use crate::i18n::Lang;
use crate::tui::actions::{action, ActionId, Context};
use crate::tui::keymap::Key;
use crate::tui::layout::{centered, split_last};
use crate::tui::present::{boxed, next_language, paragraph, put_line, wrapped_height};

/// `change` is what `y` sends; the app takes it when the popup says [`Event::Confirmed`].
#[derive(Debug)]
pub struct Confirm<C> {
    pub title: String,
    pub lines: Vec<String>,
    pub change: C,
    /// The language of the letter and the email the change writes, when it writes them.
    pub letter: Option<Lang>,
}

impl<C> Confirm<C> {
    pub fn new(title: impl Into<String>, lines: Vec<String>, change: C) -> Self {
        Confirm { title: title.into(), lines, change, letter: None }
    }

    /// The change writes a letter and an email, in `lang` unless the admin changes it (`l`).
    pub fn with_letter(mut self, lang: Lang) -> Self {
        self.letter = Some(lang);
        self
    }

    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        match env.action(Context::Confirm, key) {
            Some(ActionId::Confirm) => vec![Event::Confirmed],
            Some(ActionId::Cancel) => vec![Event::Cancelled],
            Some(ActionId::LetterLanguage) => {
                self.letter = self.letter.map(next_language);
                Vec::new()
            }
            _ => Vec::new(),
        }
    }

    /// The lines as drawn: what will happen, and the letter's language last.
    fn shown_lines(&self, env: &Env) -> Vec<Line<'static>> {
        let mut text: Vec<Line> = self.lines.iter().map(|l| Line::raw(String::from(l))).collect();
        if let Some(lang) = self.letter {
            text.push(Line::from(vec![
                Span::raw(format!("• {} ", env.tr.t("act-letter-lang"))),
                Span::styled(env.language(lang), env.theme.title()),
            ]));
        }
        text
    }

    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let w = 74.min(area.width.saturating_sub(4));
        let text = self.shown_lines(env);
        let plain: Vec<String> = text.iter().map(|l| l.to_string()).collect();
        let needed = wrapped_height(&plain, w.saturating_sub(2)) + 4;
        let r = centered(area, w, needed.min(area.height.saturating_sub(2)));
        let inner = boxed(&self.title, r, buf, t);
        let (body, foot) = split_last(inner);
        paragraph(text).wrap(Wrap { trim: false }).render(body, buf);
        let cancel = env.keymap.shown(Context::Confirm, ActionId::Cancel);
        let mut spans = vec![
            Span::styled(env.keymap.label_in(Context::Confirm, ActionId::Confirm), t.key()),
            Span::raw(format!(" {}   ", env.tr.t("confirm-do-it"))),
        ];
        for (i, k) in cancel.iter().enumerate() {
            if i > 0 {
                spans.push(Span::raw(format!(" {} ", env.tr.t("or"))));
            }
            spans.push(Span::styled(k.to_string(), t.key()));
        }
        spans.push(Span::raw(format!(" {}", env.tr.t("confirm-cancel"))));
        let letter_key = env.keymap.keys_in(Context::Confirm, ActionId::LetterLanguage).first();
        if let (Some(_), Some(k)) = (self.letter, letter_key) {
            spans.push(Span::raw("   "));
            spans.push(Span::styled(k.to_string(), t.key()));
            spans.push(Span::raw(format!(" {}", action(ActionId::LetterLanguage).hint(env.tr))));
        }
        put_line(buf, foot.x, foot.y, &Line::from(spans), foot.width);
    }
}
