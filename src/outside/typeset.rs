//! Text in a PDF, in every script the fonts cover (see [`super::fonts`]): each character from
//! the first font of its style that has it (the embedded ones, then this machine's for CJK),
//! right-to-left runs (Hebrew) in visual order with numbers, emails and codes left to right (the
//! Unicode bidi algorithm), and each font used embedded as a subset of the glyphs used (a Type0
//! font, CIDFontType2, Identity-H) with a ToUnicode map, so that copying or extracting the text
//! gives the characters back.
//!
//! No shaping: one glyph per character, which is right for the scripts covered (Latin, Greek,
//! Cyrillic, Hebrew without points, CJK); the scripts that need shaping (Arabic, the Indic
//! scripts, Thai, ...) are not taken from the machine's fonts. A character no font has is printed
//! as U+FFFD and remembered ([`Typesetter::missing`]), so the letter can say which ones could not
//! be printed.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::PathBuf;

use pdf_writer::types::{CidFontType, FontFlags, SystemInfo, UnicodeCmap};
use pdf_writer::{Content, Finish, Name, Pdf, Rect, Ref, Str};
use subsetter::GlyphRemapper;
use ttf_parser::{Face, GlyphId};
use unicode_bidi::{BidiClass, BidiDataSource, Level, ParagraphBidiInfo};

use super::fonts::{self, EmbeddedFont, Style, SystemFont};
use crate::domain::text::for_terminal;

/// What stands in for a character no font has.
const MISSING: char = '\u{FFFD}';

/// A run of glyphs of one font, in visual order.
#[derive(Debug, Clone)]
struct Run {
    font: usize,
    /// (glyph id in the whole font, the character it shows)
    glyphs: Vec<(u16, char)>,
    /// Advance in ems.
    width: f32,
}

/// A line of text ready to draw: its runs left to right.
#[derive(Debug, Clone, Default)]
pub struct Shaped {
    runs: Vec<Run>,
}

impl Shaped {
    /// Width in points at `size`.
    pub fn width(&self, size: f32) -> f32 {
        self.runs.iter().map(|r| r.width).sum::<f32>() * size
    }
}

/// Where a font's bytes are.
enum Source {
    Embedded(&'static EmbeddedFont),
    Machine(SystemFont),
}

/// One font a letter may use, and the glyphs it used so far.
struct Slot {
    source: Source,
    remapper: Option<GlyphRemapper>,
    /// New glyph id -> the character it shows (for ToUnicode).
    chars: BTreeMap<u16, char>,
}

impl Slot {
    fn new(source: Source) -> Self {
        Slot { source, remapper: None, chars: BTreeMap::new() }
    }

    fn data(&self) -> Option<&[u8]> {
        match &self.source {
            Source::Embedded(f) => f.data(),
            Source::Machine(f) => Some(f.data.as_slice()),
        }
    }

    fn index(&self) -> u32 {
        match &self.source {
            Source::Embedded(_) => 0,
            Source::Machine(f) => f.index,
        }
    }

    fn name(&self) -> &str {
        match &self.source {
            Source::Embedded(f) => f.name,
            Source::Machine(f) => &f.name,
        }
    }

    /// The parsed font (parsing reads only its table directory and headers: cheap).
    fn face(&self) -> Option<Face<'_>> {
        Face::parse(self.data()?, self.index()).ok()
    }
}

/// A character's glyph: which font, which glyph, its advance in ems.
type Glyph = (usize, u16, f32);

/// Sets text for one PDF document and then writes the fonts it used.
pub struct Typesetter {
    slots: Vec<Slot>,
    /// For a character no embedded font has: the machine's font that has it.
    machine: HashMap<char, usize>,
    known: HashMap<(char, Style), Option<Glyph>>,
    missing: BTreeSet<char>,
    /// The document is right to left (Hebrew): each line is laid out in a right-to-left
    /// paragraph, with numbers, emails, codes and URLs kept whole, left to right.
    rtl: bool,
}

impl Typesetter {
    /// A typesetter for a document made of `texts` (what it will set beyond plain English): the
    /// characters none of the embedded fonts has are looked for among this machine's fonts now.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        Self::with_font_files(texts, || fonts::font_files(&fonts::font_dirs()))
    }

    /// [`Typesetter::new`] with the machine's font files listed by `files` (only called when a
    /// character needs one).
    pub fn with_font_files<'a>(texts: impl IntoIterator<Item = &'a str>, files: impl FnOnce() -> Vec<PathBuf>) -> Self {
        let mut t = Typesetter {
            slots: fonts::EMBEDDED.iter().map(|f| Slot::new(Source::Embedded(f))).collect(),
            machine: HashMap::new(),
            known: HashMap::new(),
            missing: BTreeSet::new(),
            rtl: false,
        };
        let sans = t.slots[0].face();
        let mut wanted: Vec<char> = Vec::new();
        for text in texts {
            for c in clean(text).chars() {
                if !wanted.contains(&c)
                    && !fonts::needs_shaping(c)
                    && sans.as_ref().is_none_or(|f| f.glyph_index(c).is_none())
                {
                    wanted.push(c);
                }
            }
        }
        if !wanted.is_empty() {
            let (found_fonts, found) = fonts::find_on_machine(&files(), &wanted);
            let first = t.slots.len();
            t.slots.extend(found_fonts.into_iter().map(|f| Slot::new(Source::Machine(f))));
            t.machine.extend(found.into_iter().map(|(c, i)| (c, first + i)));
        }
        t
    }

    /// Lays every line out right to left (a Hebrew letter) or left to right (the default).
    pub fn set_rtl(&mut self, rtl: bool) {
        self.rtl = rtl;
    }

    /// The font, glyph and advance (ems) for `c` in `style`; `None` when no font has it.
    fn glyph(&mut self, c: char, style: Style) -> Option<Glyph> {
        if let Some(known) = self.known.get(&(c, style)) {
            return *known;
        }
        let candidates = style.fonts().iter().copied().chain(self.machine.get(&c).copied());
        let mut found = None;
        for i in candidates {
            let Some(face) = self.slots[i].face() else { continue };
            if let Some(g) = face.glyph_index(c) {
                let advance = f32::from(face.glyph_hor_advance(g).unwrap_or(0)) / f32::from(face.units_per_em());
                found = Some((i, g.0, advance));
                break;
            }
        }
        self.known.insert((c, style), found);
        found
    }

    /// The advance of `c` in ems, as it would be printed.
    fn advance(&mut self, c: char, style: Style) -> f32 {
        match self.glyph(c, style).or_else(|| self.glyph(MISSING, Style::Regular)) {
            Some((_, _, a)) => a,
            None => 0.0,
        }
    }

    /// Width of `text` in points at `size`.
    pub fn width(&mut self, text: &str, style: Style, size: f32) -> f32 {
        clean(text).chars().map(|c| self.advance(c, style)).sum::<f32>() * size
    }

    /// `text` on one line, in visual order, each character from its font.
    pub fn shape(&mut self, text: &str, style: Style) -> Shaped {
        let mut runs: Vec<Run> = Vec::new();
        let drawn = match self.rtl {
            true => crate::i18n::bidi::visual_line(&clean(text)).chars().collect(),
            false => visual_order(&clean(text)),
        };
        for c in drawn {
            let (font, gid, advance, shown) = match self.glyph(c, style) {
                Some((f, g, a)) => (f, g, a, c),
                None => {
                    self.missing.insert(c);
                    match self.glyph(MISSING, Style::Regular) {
                        Some((f, g, a)) => (f, g, a, MISSING),
                        None => continue,
                    }
                }
            };
            match runs.last_mut() {
                Some(run) if run.font == font => {
                    run.glyphs.push((gid, shown));
                    run.width += advance;
                }
                _ => runs.push(Run { font, glyphs: vec![(gid, shown)], width: advance }),
            }
        }
        Shaped { runs }
    }

    /// Draws `shaped` with its left end at (`x`, `y`) (PDF coordinates, baseline).
    pub fn show(&mut self, content: &mut Content, x: f32, y: f32, size: f32, shaped: &Shaped) {
        let mut x = x;
        for run in &shaped.runs {
            let slot = &mut self.slots[run.font];
            let remapper = slot.remapper.get_or_insert_with(GlyphRemapper::new);
            let mut bytes = Vec::with_capacity(run.glyphs.len() * 2);
            for &(gid, c) in &run.glyphs {
                let new = remapper.remap(gid);
                slot.chars.entry(new).or_insert(c);
                bytes.extend_from_slice(&new.to_be_bytes());
            }
            let name = resource_name(run.font);
            content.begin_text().set_font(Name(name.as_bytes()), size).next_line(x, y).show(Str(&bytes)).end_text();
            x += run.width * size;
        }
    }

    /// `text` cut into lines no wider than `width` points at `size`: at spaces where it can,
    /// inside a word only when the word alone is wider (a long email, a name in CJK).
    pub fn wrap(&mut self, text: &str, style: Style, size: f32, width: f32) -> Vec<String> {
        let mut lines = Vec::new();
        let mut line = String::new();
        let mut line_width = 0.0;
        for word in clean(text).split_inclusive(' ') {
            let w = self.width(word, style, size);
            let trimmed = self.width(word.trim_end(), style, size);
            if line_width + trimmed <= width || line.is_empty() && trimmed <= width {
                line.push_str(word);
                line_width += w;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line).trim_end().to_string());
                line_width = 0.0;
            }
            if trimmed <= width {
                line.push_str(word);
                line_width = w;
                continue;
            }
            // A word wider than a line: as many characters as fit on each.
            for c in word.chars() {
                let a = self.advance(c, style) * size;
                if line_width + a > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_width = 0.0;
                }
                line.push(c);
                line_width += a;
            }
        }
        let last = line.trim_end();
        if !last.is_empty() || lines.is_empty() {
            lines.push(last.to_string());
        }
        lines
    }

    /// The characters that no font has (printed as U+FFFD), in code point order.
    pub fn missing(&self) -> &BTreeSet<char> {
        &self.missing
    }

    /// Writes the fonts used, numbering their objects from `next`; returns each one's resource
    /// name and font object, for the page's resources.
    pub fn write_fonts(&mut self, pdf: &mut Pdf, next: &mut i32) -> Vec<(String, Ref)> {
        let mut alloc = || {
            *next += 1;
            Ref::new(*next - 1)
        };
        let mut resources = Vec::new();
        for (i, slot) in self.slots.iter_mut().enumerate() {
            let Some(remapper) = slot.remapper.take() else { continue };
            let (Some(face), Some(data)) = (slot.face(), slot.data()) else { continue };
            // Subsetting a font that opened cannot fail on the glyphs it gave; should it, the
            // whole font is embedded instead (bigger, still right).
            let program = subsetter::subset(data, slot.index(), &remapper).unwrap_or_else(|_| data.to_vec());
            let (type0, cid, descriptor, file, cmap) = (alloc(), alloc(), alloc(), alloc(), alloc());
            let base = format!("{}+{}", subset_tag(&remapper), slot.name());
            let base = Name(base.as_bytes());
            let info = SystemInfo { registry: Str(b"Adobe"), ordering: Str(b"Identity"), supplement: 0 };
            let scale = 1000.0 / f32::from(face.units_per_em());

            pdf.type0_font(type0)
                .base_font(base)
                .encoding_predefined(Name(b"Identity-H"))
                .descendant_font(cid)
                .to_unicode(cmap);

            let widths: Vec<f32> = remapper
                .remapped_gids()
                .map(|g| f32::from(face.glyph_hor_advance(GlyphId(g)).unwrap_or(0)) * scale)
                .collect();
            let mut cid_font = pdf.cid_font(cid);
            cid_font
                .subtype(CidFontType::Type2)
                .base_font(base)
                .system_info(info)
                .font_descriptor(descriptor)
                .cid_to_gid_map_predefined(Name(b"Identity"));
            cid_font.widths().consecutive(0, widths);
            cid_font.finish();

            let bbox = face.global_bounding_box();
            let mut flags = FontFlags::SYMBOLIC;
            if face.is_monospaced() {
                flags |= FontFlags::FIXED_PITCH;
            }
            let weight = f32::from(face.weight().to_number());
            pdf.font_descriptor(descriptor)
                .name(base)
                .flags(flags)
                .bbox(Rect::new(
                    f32::from(bbox.x_min) * scale,
                    f32::from(bbox.y_min) * scale,
                    f32::from(bbox.x_max) * scale,
                    f32::from(bbox.y_max) * scale,
                ))
                .italic_angle(0.0)
                .ascent(f32::from(face.ascender()) * scale)
                .descent(f32::from(face.descender()) * scale)
                .cap_height(f32::from(face.capital_height().unwrap_or(face.ascender())) * scale)
                .stem_v(10.0 + 0.244 * (weight - 50.0))
                .font_file2(file);

            let length = i32::try_from(program.len()).unwrap_or(i32::MAX);
            pdf.stream(file, &program).pair(Name(b"Length1"), length);

            let mut unicode = UnicodeCmap::new(Name(b"Custom"), info);
            for (&gid, &c) in &slot.chars {
                unicode.pair(gid, c);
            }
            pdf.stream(cmap, &unicode.finish());
            resources.push((resource_name(i), type0));
        }
        resources
    }
}

/// The page resource name of the font in slot `i`.
fn resource_name(i: usize) -> String {
    format!("F{i}")
}

/// Text from outside as it may be printed: on one line, no control or bidi override characters
/// (each becomes U+FFFD, as on a terminal).
fn clean(text: &str) -> std::borrow::Cow<'_, str> {
    for_terminal(text)
}

/// The characters of one line in the order they are drawn, left to right: the Unicode bidi
/// algorithm with a left-to-right paragraph (a letter in a left-to-right language; a Hebrew
/// letter's lines go through `i18n::bidi::visual_line`), so a Hebrew name reads
/// right to left while numbers, emails and codes in or beside it stay left to right.
fn visual_order(text: &str) -> Vec<char> {
    if text.is_empty() {
        return Vec::new();
    }
    let info = ParagraphBidiInfo::new_with_data_source(&IcuBidi, text, Some(Level::ltr()));
    if !info.has_rtl() {
        return text.chars().collect();
    }
    let (levels, runs) = info.visual_runs(0..text.len());
    let mut out = Vec::with_capacity(text.len());
    for run in runs {
        let part = &text[run.clone()];
        if levels[run.start].is_rtl() {
            out.extend(part.chars().rev().map(mirrored));
        } else {
            out.extend(part.chars());
        }
    }
    out
}

/// The bidi class of each character, from ICU4X's Unicode data (in the binary already: URL
/// handling checks bidi domain names with it).
pub(crate) struct IcuBidi;

impl BidiDataSource for IcuBidi {
    fn bidi_class(&self, c: char) -> BidiClass {
        use icu_properties::props::BidiClass as Icu;
        match icu_properties::CodePointMapData::<Icu>::new().get(c) {
            Icu::L => BidiClass::L,
            Icu::R => BidiClass::R,
            Icu::EN => BidiClass::EN,
            Icu::ES => BidiClass::ES,
            Icu::ET => BidiClass::ET,
            Icu::AN => BidiClass::AN,
            Icu::CS => BidiClass::CS,
            Icu::B => BidiClass::B,
            Icu::S => BidiClass::S,
            Icu::WS => BidiClass::WS,
            Icu::ON => BidiClass::ON,
            Icu::LRE => BidiClass::LRE,
            Icu::LRO => BidiClass::LRO,
            Icu::AL => BidiClass::AL,
            Icu::RLE => BidiClass::RLE,
            Icu::RLO => BidiClass::RLO,
            Icu::PDF => BidiClass::PDF,
            Icu::NSM => BidiClass::NSM,
            Icu::BN => BidiClass::BN,
            Icu::FSI => BidiClass::FSI,
            Icu::LRI => BidiClass::LRI,
            Icu::RLI => BidiClass::RLI,
            Icu::PDI => BidiClass::PDI,
            // A class newer than this list: left to right, the letter's own direction.
            _ => BidiClass::L,
        }
    }
}

/// A bracket in a right-to-left run is drawn as its mirror image.
fn mirrored(c: char) -> char {
    match c {
        '(' => ')',
        ')' => '(',
        '[' => ']',
        ']' => '[',
        '{' => '}',
        '}' => '{',
        '<' => '>',
        '>' => '<',
        '«' => '»',
        '»' => '«',
        other => other,
    }
}

/// The six capital letters before a subset font's name, from the glyphs it holds (so the same
/// letter gives the same file).
fn subset_tag(remapper: &GlyphRemapper) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for g in remapper.remapped_gids() {
        for b in g.to_be_bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
    (0..6)
        .map(|i| {
            let letter = (h >> (i * 5)) % 26;
            char::from(b'A' + letter as u8)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hebrew_runs_are_drawn_right_to_left_and_what_is_latin_stays_left_to_right() {
        let drawn: String = visual_order("For: אבי כהן <avi@example.com> 052-1234567").into_iter().collect();
        assert_eq!(drawn, "For: ןהכ יבא <avi@example.com> 052-1234567");
        // Numbers inside a Hebrew run keep their order.
        let drawn: String = visual_order("דירה 12").into_iter().collect();
        assert_eq!(drawn, "12 הריד");
        // Brackets in a right-to-left run are mirrored; Arabic letters are right to left too.
        let drawn: String = visual_order("x (דנה) y").into_iter().collect();
        assert_eq!(drawn, "x (הנד) y");
        assert_eq!(IcuBidi.bidi_class('ع'), BidiClass::AL);
        assert_eq!(IcuBidi.bidi_class('\u{202E}'), BidiClass::RLO);
        assert_eq!(visual_order("Ørsted").into_iter().collect::<String>(), "Ørsted");
    }

    /// A typesetter that finds no font on the machine (the tests' own fonts are the embedded ones).
    fn embedded_only<'a>(texts: impl IntoIterator<Item = &'a str>) -> Typesetter {
        Typesetter::with_font_files(texts, Vec::new)
    }

    #[test]
    fn each_character_comes_from_a_font_that_has_it_and_the_rest_is_remembered_as_missing() {
        let text = "Øy Жанна 王 😀";
        let mut t = embedded_only([text]);
        let shaped = t.shape(text, Style::Bold);
        let fonts: Vec<&str> = shaped.runs.iter().map(|r| t.slots[r.font].name()).collect();
        assert_eq!(
            fonts,
            [
                "DejaVuSans-Bold", // Øy
                "DejaVuSans",      // Жанна (the bold face has Latin only)
                "DejaVuSans-Bold", // space
                "DejaVuSans",      // U+FFFD for 王: no CJK font on this "machine"
                "DejaVuSans-Bold", // space
                "DejaVuSans",      // U+FFFD for the emoji
            ]
        );
        assert_eq!(t.missing().iter().collect::<Vec<_>>(), [&'王', &'😀']);
        assert!(shaped.width(10.0) > 0.0);
    }

    #[test]
    fn the_machine_s_fonts_are_read_only_for_characters_the_embedded_ones_lack() {
        let mut listed = false;
        let _ = Typesetter::with_font_files(["Åse Ørsted", "Жанна", "אבי"], || {
            listed = true;
            Vec::new()
        });
        assert!(!listed, "no font file is even listed for Latin, Cyrillic and Hebrew");
        let _ = Typesetter::with_font_files(["王"], || {
            listed = true;
            Vec::new()
        });
        assert!(listed);
        // Arabic would print unjoined, letter by letter: not looked for, shown as not printable.
        let mut listed = false;
        let mut t = Typesetter::with_font_files(["سارة"], || {
            listed = true;
            Vec::new()
        });
        assert!(!listed);
        t.shape("سارة", Style::Regular);
        assert_eq!(t.missing().len(), 4);
    }

    #[test]
    fn text_wraps_at_spaces_and_inside_a_word_only_when_it_must() {
        let mut t = embedded_only([]);
        let lines = t.wrap("one two three four five six", Style::Regular, 10.0, 60.0);
        assert!(lines.len() > 1, "{lines:?}");
        assert_eq!(lines.join(" "), "one two three four five six");
        for l in &lines {
            assert!(t.width(l, Style::Regular, 10.0) <= 60.0, "{l}");
        }
        let long = "x".repeat(80);
        let lines = t.wrap(&long, Style::Mono, 10.0, 100.0);
        assert_eq!(lines.concat(), long);
        assert!(lines.len() > 1);
        assert_eq!(t.wrap("", Style::Regular, 10.0, 100.0), vec![String::new()]);
    }

    #[test]
    fn a_right_to_left_letter_sets_each_line_from_the_right_with_codes_numbers_and_emails_whole() {
        let mut t = embedded_only([]);
        t.set_rtl(true);
        let drawn = |t: &mut Typesetter, text: &str| -> String {
            t.shape(text, Style::Regular).runs.iter().flat_map(|r| r.glyphs.iter().map(|g| g.1)).collect()
        };
        assert_eq!(drawn(&mut t, "קוד: K7QX-M2PD"), "K7QX-M2PD :דוק");
        assert_eq!(drawn(&mut t, "קו עסקי: +12122000003"), "+12122000003 :יקסע וק");
        assert_eq!(drawn(&mut t, "עבור: אבי <avi@example.com>"), "<avi@example.com> יבא :רובע");
        // The same line in a left-to-right letter keeps the line's own order.
        t.set_rtl(false);
        assert_eq!(drawn(&mut t, "קוד: K7QX-M2PD"), "דוק: K7QX-M2PD");
    }

    #[test]
    fn control_and_override_characters_never_reach_the_page() {
        let mut t = embedded_only([]);
        let shaped = t.shape("a\u{202E}b\u{7}c", Style::Regular);
        let shown: String = shaped.runs.iter().flat_map(|r| r.glyphs.iter().map(|g| g.1)).collect();
        assert_eq!(shown, "a\u{FFFD}b\u{FFFD}c");
        assert!(t.missing().is_empty());
    }
}
