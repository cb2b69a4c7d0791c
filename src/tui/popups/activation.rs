//! The activation details after a code was issued (WG04): the code, the QR code the phone
//! scans, and the keys that copy, print or email it, and the letter's language (`l`: the
//! employee's, for the letter and the email from here; it starts as the one the code was
//! issued in). The plain code lives only here, in
//! memory, and goes when the popup closes. On a real organisation Webex gives the code alone:
//! the screen shows it with its expiry and says where the eSIM's QR code and SM-DP+ address are.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::Line;
use ratatui::widgets::{Widget, Wrap};

use super::{Env, Event};
use crate::i18n::Lang;
use crate::service::IssuedCode;
use crate::tui::actions::{action, hints, ActionId, Context};
use crate::tui::keymap::Key;
use crate::tui::layout::{centered, split_last};
use crate::tui::present::{boxed, hint_line, next_language, paragraph};
use crate::tui::qr::QrGrid;

// What the employee does with the QR code (an iPhone's menu path): the message `act-scan`.
// Where the rest of a real organisation's activation details are (Webex's API gives the code
// alone; the eSIM's QR code and SM-DP+ address are shown in Control Hub only): `act-esim-note`.

#[derive(Debug, Clone)]
pub struct Activation {
    pub issued: Box<IssuedCode>,
    pub title: String,
    /// The language the letter is printed and the code emailed again in (`l` changes it): the
    /// one the code was issued in, the console's unless the admin chose the employee's.
    pub letter: Lang,
    /// Where the last frame drew the QR code (a right-to-left frame keeps it as it is).
    pub qr_area: std::cell::Cell<Option<Rect>>,
}

impl Activation {
    pub fn new(tr: &crate::i18n::Tr, issued: Box<IssuedCode>, letter: Lang) -> Self {
        let title = tr.t_with(
            "act-title",
            &[("device", issued.device_id.as_str().into()), ("owner", issued.owner_name.as_str().into())],
        );
        Activation { issued, title, letter, qr_area: std::cell::Cell::new(None) }
    }

    /// Its own keys (copy, print, email, Esc); the views' keys that work over it (help, the
    /// message log) go to the app, and a key of another view says where it works.
    pub fn handle_key(&mut self, key: Key, env: &Env) -> Vec<Event> {
        let ctx = Context::Activation;
        match env.action(ctx, key) {
            Some(id) => self.run(id, env),
            None => match env.keymap.elsewhere(key).filter(|id| !action(*id).works_in(ctx)) {
                Some(id) => vec![Event::Run(id, ctx)],
                None => Vec::new(),
            },
        }
    }

    /// An action of the activation details, by its key or from the palette.
    pub fn run(&mut self, id: ActionId, env: &Env) -> Vec<Event> {
        match id {
            ActionId::Back => vec![Event::Close],
            ActionId::CopyCode => vec![Event::Copy {
                what: env.tr.t("copied-activation-code"),
                text: self.issued.activation_code.as_str().to_string(),
            }],
            ActionId::PrintLetter => vec![Event::PrintLetter(self.issued.clone(), self.letter)],
            ActionId::EmailCode => vec![Event::EmailAgain(self.issued.clone(), self.letter)],
            ActionId::LetterLanguage => {
                self.letter = next_language(self.letter);
                Vec::new()
            }
            // Nothing to move or page through here.
            ActionId::Up | ActionId::Down | ActionId::PageUp | ActionId::PageDown => Vec::new(),
            id => vec![Event::Run(id, Context::Activation)],
        }
    }

    /// The code was emailed again: the details say so.
    pub fn emailed(&mut self, issued: &IssuedCode) {
        if self.issued.device_id == issued.device_id {
            *self.issued = issued.clone();
        }
    }

    pub fn draw(&self, env: &Env, area: Rect, buf: &mut Buffer) {
        let t = env.theme;
        let tr = env.tr;
        let scan = tr.t("act-scan");
        self.qr_area.set(None);
        let esim_note = tr.t("act-esim-note");
        let once_text = tr.t("act-shown-once");
        // The letter's language, named in that language (`l` changes it).
        let letter_label = tr.t("act-letter-lang");
        let letter_name = env.language(self.letter);
        let letter_text = format!("{letter_label} {letter_name}");
        // What became of the email, in the console's language.
        let email_note = tr.text(&self.issued.email_note);
        let r = centered(area, 110.min(area.width), 32.min(area.height));
        let inner = boxed(&self.title, r, buf, t);
        // The last line has the keys; above it, what the last action did (copied, printed,
        // emailed).
        let (rest, foot) = split_last(inner);
        // A long message wraps when the QR code leaves room; else it ends with the message
        // log's key (the log has it whole).
        let status = env.status_line();
        let issued = &self.issued;
        // The body keeps what it needs: the QR code's rows (24 at most); with no QR code (a
        // real organisation) the rows of its text, so the message gets the rest, up to three.
        let keep = if issued.has_qr() {
            // The QR code's rows, or the text's beside it, and the two long lines under them.
            // The QR code as it is drawn with all the room (its quiet zone shrinks with less:
            // a code that scans comes before a message the log has whole).
            let qr = QrGrid::fit(&issued.lpa, rest.width.saturating_sub(31), rest.height.saturating_sub(2));
            let (qr_cols, qr_rows) = qr.map_or((0, 24), |g| (g.cols() as u16, g.rows() as u16));
            let w = rest.width.saturating_sub(qr_cols + 1) as usize;
            // The texts that may wrap, and the eight one-row lines (labels, the code, the expiry).
            let text_rows = [
                format!("{} <{}>", issued.owner_name, issued.owner_email),
                email_note.clone(),
                scan.clone(),
                once_text.clone(),
                letter_text.clone(),
            ]
            .iter()
            .map(|t| crate::tui::present::word_wrapped_rows(t, w) as u16)
            .sum::<u16>()
                + 8;
            qr_rows.max(text_rows) + 2
        } else {
            let texts = [
                format!("{} <{}>", issued.owner_name, issued.owner_email),
                email_note.clone(),
                esim_note.clone(),
                letter_text.clone(),
            ];
            let w = rest.width as usize;
            // The rows above plus the eight one-row lines (labels, code, expiry, blank, ...).
            texts.iter().map(|t| crate::tui::present::word_wrapped_rows(t, w) as u16).sum::<u16>() + 8
        };
        let (body, said) = status.split(rest, keep);
        status.draw(said, buf, false);
        // A code Webex issued (a real organisation) comes with no QR string, SM-DP+ address or
        // Android code: Webex's API has none of them. The screen shows what there is, and tells
        // the admin where the rest is, rather than empty fields.
        let with_qr = issued.has_qr();
        // What is typed or read by hand, each whole on one line (issue 15.3): the long ones (the
        // Android code, and the LPA string the QR holds) across the whole width under the QR.
        let long_labels = [tr.t("act-android-code"), tr.t("act-qr-holds")];
        let label_w = long_labels.iter().map(|l| l.chars().count()).max().unwrap_or(0) + 2;
        let long: Vec<(String, &str)> = match with_qr {
            true => long_labels
                .iter()
                .map(|l| format!("{l:<label_w$}"))
                .zip([issued.android_code.as_str(), issued.lpa.as_str()])
                .collect(),
            false => Vec::new(),
        };
        let long_rows = (long.len() as u16).min(body.height);
        let top = Rect { height: body.height - long_rows, ..body };
        let bottom = Rect { y: top.y + top.height, height: long_rows, ..body };
        let label = |s: &str| Line::styled(s.to_string(), t.dim());
        let plain = |s: &str| Line::raw(s.to_string());
        let long_lines: Vec<Line> = long
            .iter()
            .map(|(l, v)| {
                Line::from(vec![ratatui::text::Span::styled(l.clone(), t.dim()), ratatui::text::Span::raw(*v)])
            })
            .collect();
        paragraph(long_lines).render(bottom, buf);
        let text_min = 30u16;
        let grid =
            with_qr.then(|| QrGrid::fit(&issued.lpa, top.width.saturating_sub(text_min + 1), top.height)).flatten();
        let text_area = match &grid {
            Some(g) => {
                let qr_area = Rect { x: top.x, y: top.y, width: g.cols() as u16, height: g.rows() as u16 };
                g.render(qr_area, buf);
                self.qr_area.set(Some(qr_area));
                Rect { x: top.x + g.cols() as u16 + 1, width: top.width - g.cols() as u16 - 1, ..top }
            }
            None => top,
        };
        let code =
            Line::styled(issued.activation_code.as_str().to_string(), t.title().add_modifier(Modifier::UNDERLINED));
        let expires = Line::raw(tr.datetime(issued.expires_at));
        // Right under the code, short enough for one row beside the QR code at 80x24: what
        // matters most after the code is that it is shown once (the longer texts below may wrap
        // out of sight on a small terminal; this never does).
        let once = Line::styled(once_text, t.warning());
        let letter = Line::from(vec![
            ratatui::text::Span::styled(format!("{letter_label} "), t.dim()),
            ratatui::text::Span::raw(letter_name),
        ]);
        let line = issued.primary_number.as_deref().unwrap_or("-");
        let mut lines = vec![
            Line::styled(format!("{} <{}>", issued.owner_name, issued.owner_email), t.title()),
            plain(&tr.t_with("act-business-line", &[("number", line.into())])),
        ];
        if with_qr {
            lines.extend([
                label(&tr.t("act-code-iphone")),
                code,
                once,
                label(&tr.t("act-smdp")),
                plain(&issued.smdp_address),
                label(&tr.t("act-expires")),
                expires,
                label(&tr.t("act-email")),
                plain(&email_note),
                letter,
            ]);
            if grid.is_none() {
                // First, so it is seen even when the rest does not fit.
                lines.insert(0, Line::styled(tr.t("act-larger-for-qr"), t.error().remove_modifier(Modifier::BOLD)));
            } else {
                lines.push(label(&scan));
            }
        } else {
            lines.extend([
                label(&tr.t("act-code-webex")),
                code,
                once,
                label(&tr.t("act-expires")),
                expires,
                label(&tr.t("act-email")),
                plain(&email_note),
                letter,
                Line::raw(""),
                label(&esim_note),
            ]);
        }
        paragraph(lines).wrap(Wrap { trim: false }).render(text_area, buf);
        // Every action of the activation details can be used whenever they are open.
        hint_line(t, hints(env.tr, env.keymap, env.read_only, Context::Activation, |_| true), foot, buf);
    }
}
