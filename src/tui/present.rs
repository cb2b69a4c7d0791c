//! How text is shown: cut to a width, wrapped, boxed, and made safe. Data from outside (names,
//! emails, error texts) is untrusted. The drawing code puts text into cells only through this
//! file's helpers ([`fit`] for a cell, [`put_line`] for a line, [`paragraph`] for wrapped
//! lines, [`boxed`] and [`titled`] for a title), which pass it through
//! `domain::text::for_terminal`, so a hazard shows as `�` where it was; and [`scrub`], run on
//! every frame, makes sure that no control character, bidi override or zero-width character
//! reaches the terminal whatever drew the cell.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Clear, Paragraph, Widget};

use super::theme::Theme;
use crate::domain::mobile::AuthStatus;
use crate::domain::text::{for_terminal, is_hazard, REPLACEMENT};
use crate::i18n::Tr;

/// Untrusted text as it may be drawn on one line (see `domain::text::for_terminal`).
pub fn safe(s: &str) -> Cow<'_, str> {
    for_terminal(s)
}

/// A line with each span's text made safe to draw.
pub fn clean(line: Line<'_>) -> Line<'_> {
    let Line { spans, style, alignment } = line;
    let spans = spans
        .into_iter()
        .map(|sp| match safe(&sp.content) {
            Cow::Borrowed(_) => sp,
            Cow::Owned(text) => Span::styled(text, sp.style),
        })
        .collect::<Vec<_>>();
    Line { spans, style, alignment }
}

/// Lines, made safe, for wrapping or scrolling.
pub fn paragraph<'a>(lines: impl Into<Text<'a>>) -> Paragraph<'a> {
    let text: Text<'a> = lines.into();
    let Text { lines, style, alignment } = text;
    Paragraph::new(Text { lines: lines.into_iter().map(clean).collect(), style, alignment })
}

/// One line, made safe, at `x`, `y`, at most `width` wide.
pub fn put_line(buf: &mut Buffer, x: u16, y: u16, line: &Line<'_>, width: u16) {
    buf.set_line(x, y, &clean(line.clone()), width);
}

/// A block's title, made safe.
pub fn titled<'a>(block: Block<'a>, title: Line<'a>) -> Block<'a> {
    block.title(clean(title))
}

/// Makes every cell of a frame safe: a cell that holds a character a terminal would act on,
/// or one that reorders or hides text, shows the replacement character instead (zero-width
/// ones that rode along on a visible character are dropped from it).
pub fn scrub(buf: &mut Buffer) {
    let area = buf.area;
    for y in area.top()..area.bottom() {
        for x in area.left()..area.right() {
            let cell = &mut buf[(x, y)];
            let symbol = cell.symbol();
            if !symbol.chars().any(is_hazard) {
                continue;
            }
            let kept: String = symbol.chars().filter(|c| !is_hazard(*c)).collect();
            if kept.is_empty() {
                let mut tmp = [0u8; 4];
                cell.set_symbol(REPLACEMENT.encode_utf8(&mut tmp));
            } else {
                cell.set_symbol(&kept);
            }
        }
    }
}

/// Cuts `s` to `w` columns, with `…` when it had to cut.
pub fn fit(s: &str, w: usize) -> String {
    if w == 0 {
        return String::new();
    }
    let s = safe(s);
    if Span::raw(s.as_ref()).width() <= w {
        return s.into_owned();
    }
    let mut out = String::new();
    for c in s.chars() {
        if Span::raw(format!("{out}{c}…")).width() > w {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

/// Keeps the end of a path, which says the most: `…/acme/wxgo.db`.
pub fn fit_tail(s: &str, w: usize) -> String {
    let n = s.chars().count();
    if n <= w || w < 2 {
        return fit(s, w);
    }
    let tail: String = s.chars().skip(n - (w - 1)).collect();
    format!("…{}", safe(&tail))
}

/// Words of `s` in lines of at most `w` characters.
pub fn wrap_words(s: &str, w: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > w {
            out.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}

/// Words of `s` in lines at most `w` columns wide; a word longer than a line (a path, a URL)
/// is broken across lines, never cut.
pub fn wrap_text(s: &str, w: usize) -> Vec<String> {
    let w = w.max(1);
    let width = |x: &str| Span::raw(x).width();
    let mut out = Vec::new();
    let mut line = String::new();
    for word in s.split(' ') {
        let need = if line.is_empty() { width(word) } else { width(&line) + 1 + width(word) };
        if need <= w {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
            continue;
        }
        if !line.is_empty() {
            out.push(std::mem::take(&mut line));
        }
        for c in word.chars() {
            if width(&line) + width(c.encode_utf8(&mut [0u8; 4])) > w {
                out.push(std::mem::take(&mut line));
            }
            line.push(c);
        }
    }
    if !line.is_empty() || out.is_empty() {
        out.push(line);
    }
    out
}

/// Rows `text` takes when word-wrapped to `width` (as `Paragraph` wraps: whole words, and a
/// word longer than the line broken across lines).
pub fn word_wrapped_rows(text: &str, width: usize) -> usize {
    let w = width.max(1);
    let mut rows = 1;
    let mut used = 0usize;
    for word in text.split(' ') {
        let n = Span::raw(word).width();
        let need = if used == 0 { n } else { used + 1 + n };
        if need <= w {
            used = need;
        } else if n <= w {
            rows += 1;
            used = n;
        } else {
            // A long word starts on its own line and runs over several.
            if used > 0 {
                rows += 1;
            }
            rows += (n - 1) / w;
            used = n - (n - 1) / w * w;
        }
    }
    rows
}

/// Rows `lines` take when broken at `width` characters.
pub fn wrapped_height(lines: &[String], width: u16) -> u16 {
    let w = width.max(1) as usize;
    lines.iter().map(|l| (l.chars().count().max(1)).div_ceil(w) as u16).sum()
}

/// A cleared box with a border and a title; returns the inside.
pub fn boxed(title: &str, area: Rect, buf: &mut Buffer, t: Theme) -> Rect {
    Clear.render(area, buf);
    let block = Block::bordered().title(Line::styled(format!(" {} ", safe(title)), t.title()));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// Key hints, leaving out whole items from the end (the least important) rather than cutting one.
pub fn hint_line(t: Theme, items: Vec<(String, String)>, area: Rect, buf: &mut Buffer) {
    let mut spans = Vec::new();
    let mut used = 0usize;
    for (k, h) in items {
        let w = Span::raw(format!("{k} {h}  ")).width();
        if used + w > area.width as usize + 2 {
            break;
        }
        used += w;
        spans.push(Span::styled(k, t.key()));
        spans.push(Span::raw(format!(" {h}  ")));
    }
    buf.set_line(area.x, area.y, &Line::from(spans), area.width);
}

/// A list's column: its title, its least width, how important it is (0 first) and whether it
/// takes a share of the room left.
pub struct Col {
    /// The message id of its title (console.ftl).
    pub title: &'static str,
    pub width: u16,
    pub prio: u8,
    pub flex: bool,
    /// Carries meaning only whole (an email, a number, an id): rather than cut it, the table
    /// drops less important columns and shortens the others (see [`pick_wanting`]).
    pub whole: bool,
}

pub const fn col(title: &'static str, width: u16, prio: u8, flex: bool) -> Col {
    Col { title, width, prio, flex, whole: false }
}

/// A column shown whole or not at all (emails, numbers, ids).
pub const fn whole(c: Col) -> Col {
    Col { whole: true, ..c }
}

/// The narrowest a column that is not whole is shortened to (with `…`) for a whole one.
const SHORTEST: u16 = 8;

/// Chooses the columns that fit, most important first, and shares what is left among the
/// flexible ones. Returns (column index, width) in display order.
pub fn pick(cols: &[Col], avail: u16) -> Vec<(usize, u16)> {
    pick_wanting(cols, avail, &[])
}

/// As [`pick`], but the room left goes first to the columns whose content (`want`, the widest
/// cell shown of each column) would be cut, up to what they need, evenly; what is still left
/// goes to the flexible ones.
pub fn pick_wanting(cols: &[Col], avail: u16, want: &[u16]) -> Vec<(usize, u16)> {
    let mut order: Vec<usize> = (0..cols.len()).collect();
    order.sort_by_key(|i| cols[*i].prio);
    let mut chosen: Vec<usize> = Vec::new();
    let mut used = 0u16;
    for i in order {
        let extra = cols[i].width + u16::from(!chosen.is_empty());
        if used + extra <= avail {
            used += extra;
            chosen.push(i);
        }
    }
    // A whole column that would be cut: the less important columns that are not whole go,
    // least important first, then the others are shortened (never the first in importance).
    let mut shorter: Vec<(usize, u16)> = Vec::new();
    let mut by_prio = chosen.clone();
    by_prio.sort_by_key(|i| cols[*i].prio);
    for &k in by_prio.iter().filter(|i| cols[**i].whole) {
        let want_k = want.get(k).copied().unwrap_or(0);
        let mut need = want_k.saturating_sub(cols[k].width + avail.saturating_sub(used));
        while need > 0 {
            let drop = chosen
                .iter()
                .copied()
                .filter(|i| !cols[*i].whole && cols[*i].prio > cols[k].prio)
                .max_by_key(|i| (cols[*i].prio, *i));
            let Some(d) = drop else { break };
            chosen.retain(|i| *i != d);
            used -= cols[d].width + 1;
            need = want_k.saturating_sub(cols[k].width + avail.saturating_sub(used));
        }
        for &i in by_prio.iter().filter(|i| chosen.contains(i) && !cols[**i].whole && cols[**i].prio > 0) {
            if need == 0 {
                break;
            }
            let cut = need.min(cols[i].width.saturating_sub(SHORTEST));
            if cut > 0 {
                shorter.push((i, cut));
                used -= cut;
                need -= cut;
            }
        }
    }
    chosen.sort_unstable();
    let mut widths: Vec<u16> = chosen
        .iter()
        .map(|i| cols[*i].width - shorter.iter().filter(|(j, _)| j == i).map(|(_, c)| *c).sum::<u16>())
        .collect();
    let mut left = avail.saturating_sub(used);
    // The cut columns first, the whole ones before the others, a column at a time, until each
    // shows whole or nothing is left.
    for only_whole in [true, false] {
        loop {
            let needy: Vec<usize> = (0..chosen.len())
                .filter(|k| !only_whole || cols[chosen[*k]].whole)
                .filter(|k| want.get(chosen[*k]).is_some_and(|w| *w > widths[*k]))
                .collect();
            if needy.is_empty() || left == 0 {
                break;
            }
            let share = (left / needy.len() as u16).max(1);
            for k in needy {
                let need = want[chosen[k]] - widths[k];
                let give = share.min(need).min(left);
                widths[k] += give;
                left -= give;
            }
        }
    }
    let flex: Vec<usize> = (0..chosen.len()).filter(|k| cols[chosen[*k]].flex).collect();
    if !flex.is_empty() {
        let share = left / flex.len() as u16;
        for (pos, k) in flex.iter().enumerate() {
            widths[*k] += share + u16::from(pos == 0) * (left % flex.len() as u16);
        }
    }
    chosen.into_iter().zip(widths).collect()
}

/// Column titles, underlined, after the selection marker.
pub fn column_titles(tr: &Tr, cols: &[Col], chosen: &[(usize, u16)], x: u16, y: u16, buf: &mut Buffer, t: Theme) {
    let mut x = x;
    for (i, w) in chosen {
        buf.set_stringn(x, y, tr.t(cols[*i].title), *w as usize, t.title().add_modifier(Modifier::UNDERLINED));
        x += w + 1;
    }
}

/// The selected row: a marker and the selection's style over the whole width.
pub fn mark_selected(area: Rect, y: u16, buf: &mut Buffer, t: Theme) {
    buf.set_string(area.x, y, "▶", t.selected());
    buf.set_style(Rect { x: area.x, y, width: area.width, height: 1 }, t.selected());
}

/// An operator account's status as a symbol (MO02), beside its word.
pub fn auth_symbol(s: AuthStatus) -> &'static str {
    match s {
        AuthStatus::Authorized => "●",
        AuthStatus::Pending => "◌",
        AuthStatus::Failed => "✕",
    }
}

/// An operator account's status colour: Authorized green, Pending grey, Failed red.
pub fn auth_style(t: Theme, s: AuthStatus) -> Style {
    match s {
        AuthStatus::Authorized => t.good(),
        AuthStatus::Pending => t.dim(),
        AuthStatus::Failed => t.error().remove_modifier(Modifier::BOLD),
    }
}

/// WG10's status of a device: its symbol and the language's word (Control Hub's words).
pub fn status_word(tr: &crate::i18n::Tr, s: crate::domain::DeviceStatus) -> String {
    format!("{} {}", s.symbol(), tr.t(s.word_id()))
}

/// A device's status in the language, without its symbol (Control Hub's words).
pub fn status_label(tr: &Tr, s: crate::domain::DeviceStatus) -> String {
    tr.t(s.word_id())
}

/// An order of the Devices pane, in the language.
pub fn sort_word(tr: &Tr, s: crate::domain::search::DeviceSort) -> String {
    use crate::domain::search::DeviceSort as S;
    tr.t(match s {
        S::Added => "sort-added",
        S::Status => "sort-status",
        S::Expired => "sort-expired",
        S::Name => "sort-name",
    })
}

/// An operator account's status (MO02), in the language (the help article's words).
pub fn auth_word(tr: &Tr, s: AuthStatus) -> String {
    tr.t(s.word_id())
}

/// What to do about an operator account (MO02), in the language where wxgo words it.
pub fn advice_said(tr: &Tr, advice: &str) -> String {
    tr.text(&crate::domain::mobile::account_advice(advice))
}

/// Why a mobile number cannot be added (MO03), in the language where wxgo words it.
pub fn number_reason_said(tr: &Tr, reason: &str) -> String {
    tr.text(&crate::domain::mobile::number_reason(reason))
}

/// A BroadWorks subscriber's status (BW03), in the language (Partner Hub's words).
pub fn bw_status_word(tr: &Tr, s: crate::domain::bw::BwStatus) -> String {
    tr.t(s.word_id())
}

/// A Webex Go device's kind, in the language.
pub fn kind_word(tr: &Tr, k: crate::domain::DeviceKind) -> String {
    tr.t(k.word_id())
}

/// A mobile number's check (MO03), in the language.
pub fn number_state_word(tr: &Tr, s: crate::domain::mobile::NumberState) -> String {
    use crate::domain::mobile::NumberState as S;
    tr.t(match s {
        S::Available => "number-available",
        S::Duplicate => "number-duplicate",
        S::DuplicateInList => "number-duplicate-in-list",
        S::Invalid => "number-invalid",
        S::Unavailable => "number-unavailable",
    })
}

/// A date and time without the zone (lists of times), as the language writes it.
pub fn short_time(tr: &Tr, at: chrono::DateTime<chrono::Utc>) -> String {
    at.format(&tr.t("fmt-datetime-short")).to_string()
}

/// An activation code's state (valid, expired, replaced, ...) in the language; a state the
/// console does not know stays as it is stored. (Every language has English's ids, the parity
/// test holds it, so the language's own bundle answers; no English bundle is built per frame.)
pub fn code_state_word(tr: &Tr, state: &str) -> String {
    let id = format!("code-state-{state}");
    if tr.has(&id) {
        tr.t(&id)
    } else {
        state.to_string()
    }
}

/// What became of a user's Webex Calling in a licence run (AL02-AL06), in the language.
pub fn calling_outcome_word(tr: &Tr, o: crate::service::CallingOutcome) -> String {
    use crate::service::CallingOutcome as O;
    tr.t(match o {
        O::Provisioned => "outcome-provisioned",
        O::NotProvisioned => "outcome-not-provisioned",
        O::Kept => "outcome-kept",
        O::NotCovered => "outcome-not-covered",
        O::Removed => "outcome-removed",
        O::Refused => "outcome-refused",
    })
}

/// A user's Webex Calling status as stored (`provisioned`, `not_provisioned`), in the language;
/// another stored word is shown as it is, its underscores as spaces.
pub fn calling_status_word(tr: &Tr, status: &str) -> String {
    match status {
        "provisioned" => tr.t("calling-provisioned"),
        "not_provisioned" => tr.t("calling-not-provisioned"),
        other => other.replace('_', " "),
    }
}

/// A language's name in that language (Deutsch, Dansk, Українська, עברית, English): the
/// letter's language is chosen by the employee who reads it, so it is never translated.
pub fn language_name(lang: crate::i18n::Lang) -> &'static str {
    use crate::i18n::Lang;
    match lang {
        Lang::En => "English",
        Lang::De => "Deutsch",
        Lang::Da => "Dansk",
        Lang::Uk => "Українська",
        Lang::He => "עברית",
    }
}

/// The language's name as it is drawn in a frame of `console`'s language: a right-to-left
/// name in a left-to-right frame is written in visual order when wxgo orders the lines
/// (`--bidi app`); a right-to-left frame is put in order whole when it is drawn.
pub fn language_shown(lang: crate::i18n::Lang, console: crate::i18n::Lang, bidi: crate::i18n::bidi::Mode) -> String {
    let name = language_name(lang);
    if lang.is_rtl() && !console.is_rtl() && bidi == crate::i18n::bidi::Mode::App {
        crate::i18n::bidi::visual_line(name)
    } else {
        name.to_string()
    }
}

/// The next language of the letter (`l`), in the order wxgo lists its languages.
pub fn next_language(lang: crate::i18n::Lang) -> crate::i18n::Lang {
    use crate::i18n::Lang;
    let at = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    Lang::ALL[(at + 1) % Lang::ALL.len()]
}
