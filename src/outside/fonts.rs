//! The fonts of the printed letter.
//!
//! - Embedded in the binary (assets/fonts, made by its `make.sh`): DejaVu Sans, Sans Bold, Sans
//!   Mono and Sans Mono Bold, for Latin, Greek, Cyrillic and Hebrew. Each is stored
//!   LZMA-compressed and decompressed the first time a letter needs it.
//! - Chinese, Japanese and Korean from the fonts installed on the machine that writes the letter
//!   (fontconfig's folders): no CJK font fits in the binary (the smallest usable set of glyphs is
//!   several hundred kilobytes, and the binary must stay under 15 MB). Any TrueType font that
//!   allows embedding will do: Debian's fonts-wqy-microhei, fonts-droid-fallback, ...
//!
//! Either way the letter embeds only the glyphs it uses, so it prints the same everywhere.

use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

use ttf_parser::{Face, Tag};

/// One font embedded in the binary.
pub struct EmbeddedFont {
    /// The PostScript name the PDF gives it (after its subset tag).
    pub name: &'static str,
    lzma: &'static [u8],
    data: OnceLock<Option<Vec<u8>>>,
}

impl EmbeddedFont {
    const fn new(name: &'static str, lzma: &'static [u8]) -> Self {
        EmbeddedFont { name, lzma, data: OnceLock::new() }
    }

    /// The font file, decompressed once; `None` if the embedded data is damaged (then its
    /// characters are printed as missing rather than the letter failing).
    pub fn data(&'static self) -> Option<&'static [u8]> {
        self.data
            .get_or_init(|| {
                let mut out = Vec::new();
                lzma_rs::lzma_decompress(&mut std::io::Cursor::new(self.lzma), &mut out).ok()?;
                Face::parse(&out, 0).is_ok().then_some(out)
            })
            .as_deref()
    }
}

pub static SANS: EmbeddedFont =
    EmbeddedFont::new("DejaVuSans", include_bytes!("../../assets/fonts/DejaVuSans.ttf.lzma"));
pub static SANS_BOLD: EmbeddedFont =
    EmbeddedFont::new("DejaVuSans-Bold", include_bytes!("../../assets/fonts/DejaVuSans-Bold.ttf.lzma"));
pub static MONO: EmbeddedFont =
    EmbeddedFont::new("DejaVuSansMono", include_bytes!("../../assets/fonts/DejaVuSansMono.ttf.lzma"));
pub static MONO_BOLD: EmbeddedFont =
    EmbeddedFont::new("DejaVuSansMono-Bold", include_bytes!("../../assets/fonts/DejaVuSansMono-Bold.ttf.lzma"));

/// Every embedded font; a letter's fonts are numbered in this order, then the machine's.
pub static EMBEDDED: [&EmbeddedFont; 4] = [&SANS, &SANS_BOLD, &MONO, &MONO_BOLD];

/// How a piece of text is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Style {
    Regular,
    Bold,
    /// Codes, addresses, dates: one width for every character.
    Mono,
    MonoBold,
}

impl Style {
    /// The embedded fonts (by their place in [`EMBEDDED`]) a character of this style is looked up
    /// in, in order: the style's own face, then the regular one. The machine's fonts come after.
    pub fn fonts(self) -> &'static [usize] {
        match self {
            Style::Regular => &[0],
            Style::Bold => &[1, 0],
            Style::Mono => &[2, 0],
            Style::MonoBold => &[3, 1, 0],
        }
    }
}

/// A font found on this machine: the file read whole, and which face of it.
#[derive(Clone)]
pub struct SystemFont {
    pub path: PathBuf,
    pub index: u32,
    pub data: Arc<Vec<u8>>,
    /// Its PostScript name (letters and digits only), or the file's name.
    pub name: String,
}

/// Where fonts are installed, as fontconfig looks by default: the user's folders, then the
/// system's (`$XDG_DATA_DIRS`, by default /usr/local/share and /usr/share).
pub fn font_dirs() -> Vec<PathBuf> {
    let var = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
    let mut dirs = Vec::new();
    match (var("XDG_DATA_HOME"), var("HOME")) {
        (Some(data), _) => dirs.push(data.join("fonts")),
        (None, Some(home)) => dirs.push(home.join(".local/share/fonts")),
        (None, None) => {}
    }
    if let Some(home) = var("HOME") {
        dirs.push(home.join(".fonts"));
    }
    let system = std::env::var("XDG_DATA_DIRS").ok().filter(|v| !v.is_empty());
    for d in system.as_deref().unwrap_or("/usr/local/share:/usr/share").split(':').filter(|d| !d.is_empty()) {
        dirs.push(Path::new(d).join("fonts"));
    }
    dirs
}

/// The font files under `dirs` (TrueType and OpenType, single or collections), each folder's in
/// name order, at most 8 folders deep (a link loop ends there).
pub fn font_files(dirs: &[PathBuf]) -> Vec<PathBuf> {
    fn walk(dir: &Path, depth: usize, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else { return };
        let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        paths.sort();
        for p in paths {
            if p.is_dir() {
                if depth < 8 {
                    walk(&p, depth + 1, out);
                }
            } else if p
                .extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ["ttf", "ttc", "otf", "otc"].contains(&e.to_ascii_lowercase().as_str()))
            {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    for d in dirs {
        walk(d, 0, &mut out);
    }
    out
}

/// The largest font file read (the largest CJK collections are about 30 MB).
const MAX_FONT_FILE: u64 = 64 << 20;

/// Whether `c` is of a script whose letters change shape or place with their neighbours (Arabic,
/// Syriac, Thaana, N'Ko, the Indic scripts, Thai, Lao, Tibetan, Myanmar, Khmer, Mongolian and
/// the like). The letter lays out one glyph per character, which would print such a name
/// wrongly: it is shown as not printable instead, and said so.
pub fn needs_shaping(c: char) -> bool {
    matches!(u32::from(c),
        0x0600..=0x08FF | 0x0900..=0x0DFF | 0x0E00..=0x0EFF | 0x0F00..=0x0FFF | 0x1000..=0x109F
        | 0x1700..=0x18AF | 0x1A00..=0x1AAF | 0x1B00..=0x1C4F | 0xA800..=0xA8FF | 0xA900..=0xA9DF
        | 0xA9E0..=0xAA7F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF | 0x10A00..=0x10A5F | 0x11000..=0x11DFF)
}

/// Whether a face can be used in a letter: TrueType outlines (what the letter embeds), a cmap,
/// and embedding and subsetting allowed by the font's licence bits.
fn usable(face: &Face) -> bool {
    let raw = face.raw_face();
    let has = |tag: &[u8; 4]| raw.table_records.into_iter().any(|r| r.tag == Tag::from_bytes(tag));
    has(b"glyf")
        && has(b"cmap")
        && face.permissions() != Some(ttf_parser::Permissions::Restricted)
        && face.is_subsetting_allowed()
        && face.is_outline_embedding_allowed()
}

/// Fonts of this machine that have the characters of `wanted`: the files of `files` are read in
/// order, each at most once, and a face is kept when it has a character no face kept before has.
/// Returns the faces kept (in the order found) and, for each character found, its face's place.
pub fn find_on_machine(files: &[PathBuf], wanted: &[char]) -> (Vec<SystemFont>, Vec<(char, usize)>) {
    let mut kept: Vec<SystemFont> = Vec::new();
    let mut found: Vec<(char, usize)> = Vec::new();
    let mut left: Vec<char> = wanted.to_vec();
    for path in files {
        if left.is_empty() {
            break;
        }
        // A font file is a few megabytes; something far larger is not read whole.
        if std::fs::metadata(path).map_or(true, |m| m.len() > MAX_FONT_FILE) {
            continue;
        }
        let Ok(data) = std::fs::read(path) else { continue };
        let data = Arc::new(data);
        for index in 0..ttf_parser::fonts_in_collection(&data).unwrap_or(1) {
            let Ok(face) = Face::parse(&data, index) else { continue };
            if !usable(&face) {
                continue;
            }
            // A glyph with no outline (a colour emoji font's) would print nothing: not had.
            let drawn = |c: &char| {
                face.glyph_index(*c).is_some_and(|g| c.is_whitespace() || face.glyph_bounding_box(g).is_some())
            };
            let has: Vec<char> = left.iter().copied().filter(drawn).collect();
            if has.is_empty() {
                continue;
            }
            let name = postscript_name(&face).unwrap_or_else(|| {
                path.file_stem()
                    .and_then(|s| s.to_str())
                    .unwrap_or("Font")
                    .chars()
                    .filter(char::is_ascii_alphanumeric)
                    .collect()
            });
            kept.push(SystemFont { path: path.clone(), index, data: data.clone(), name });
            found.extend(has.iter().map(|c| (*c, kept.len() - 1)));
            left.retain(|c| !has.contains(c));
        }
    }
    (kept, found)
}

/// A face's PostScript name, as a PDF name may carry it (letters, digits, `-`).
fn postscript_name(face: &Face) -> Option<String> {
    let name = face
        .names()
        .into_iter()
        .filter(|n| n.name_id == ttf_parser::name_id::POST_SCRIPT_NAME)
        .find_map(|n| n.to_string())?;
    let clean: String = name.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').take(60).collect();
    (!clean.is_empty()).then_some(clean)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_font_opens_and_has_what_it_is_there_for() {
        let has = |f: &'static EmbeddedFont, c: char| {
            f.data().and_then(|d| Face::parse(d, 0).ok()).and_then(|face| face.glyph_index(c)).is_some()
        };
        for f in EMBEDDED {
            assert!(f.data().is_some(), "{} does not open", f.name);
            assert!(has(f, 'A') && has(f, '7'), "{}", f.name);
        }
        for c in ['Ø', 'Ж', 'א', 'Ω', 'ệ', 'ɛ', '€', '\u{FFFD}'] {
            assert!(has(&SANS, c), "DejaVu Sans has {c}");
        }
        assert!(has(&SANS_BOLD, 'é') && !has(&SANS_BOLD, 'Ж'), "the bold face is Latin only");
        assert!(!has(&SANS, '王') && !has(&SANS, '😀'), "no CJK or emoji in the binary");
    }

    #[test]
    fn fonts_are_looked_for_where_fontconfig_looks() {
        let dirs = font_dirs();
        assert!(dirs.iter().any(|d| d.ends_with("share/fonts")), "{dirs:?}");
        let tmp = std::env::temp_dir().join(format!("wxgo-font-dirs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&tmp);
        std::fs::create_dir_all(tmp.join("b/deeper")).unwrap_or_else(|e| panic!("{e}"));
        for f in ["b/deeper/z.TTF", "a.ttc", "b/readme.txt", "c.otf"] {
            std::fs::write(tmp.join(f), b"not a font").unwrap_or_else(|e| panic!("{e}"));
        }
        let files = font_files(std::slice::from_ref(&tmp));
        let names: Vec<String> =
            files.iter().map(|p| p.strip_prefix(&tmp).unwrap_or(p).display().to_string()).collect();
        assert_eq!(names, ["a.ttc", "b/deeper/z.TTF", "c.otf"]);
        // Files that are not fonts are passed over; nothing is found in them.
        let (kept, found) = find_on_machine(&files, &['王']);
        assert!(kept.is_empty() && found.is_empty());
        let _ = std::fs::remove_dir_all(&tmp);
    }
}
