//! The languages wxgo speaks: English (`en`), German (`de`), Danish (`da`), Ukrainian (`uk`)
//! and Hebrew (`he`, right to left), the languages of the Webex help articles its rules come
//! from. Every text a person reads is a Project Fluent message in `assets/i18n/<lang>/*.ftl`,
//! embedded in the binary; plurals are Fluent's own (`{ $n -> [one] ... *[other] ... }`).
//!
//! What is never translated: `--json` keys and values, rule ids (WG05), the CSV headers Control
//! Hub defines, command names and flags, numbers, emails, codes and URLs.
//!
//! The language is chosen once ([`choose`]): `--lang`, then the config's `lang`, then
//! `LC_ALL`, `LC_MESSAGES`, `LANG` (the first that is set, as POSIX orders them); English when
//! none of them names a language wxgo speaks. A [`Tr`] is handed to what draws or prints; no
//! process-wide language, so one process can hold several (the tests do).
//!
//! Right to left: [`bidi`] reorders a line, or a whole frame, for display.

pub mod bidi;

use chrono::{DateTime, Utc};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

use crate::domain::{Error, Result};

/// A message file embedded compressed by build.rs; a file that does not inflate (a broken
/// build) is empty, and the tests' parity check fails on it.
fn unpack(packed: &[u8]) -> String {
    miniz_oxide::inflate::decompress_to_vec(packed).ok().and_then(|b| String::from_utf8(b).ok()).unwrap_or_default()
}

macro_rules! file {
    ($code:literal, $name:literal) => {
        ($name, &include_bytes!(concat!(env!("OUT_DIR"), "/i18n/", $code, "/", $name, ".deflate"))[..])
    };
}

/// A message file as embedded: its name and its DEFLATE-compressed text.
type Packed = (&'static str, &'static [u8]);

mod index {
    include!(concat!(env!("OUT_DIR"), "/i18n/index.rs"));
}

/// The file the message `id` is in (every language keeps English's files).
fn file_of(id: &str) -> Option<&'static str> {
    let id_at = |i: usize| index::IDS.get(index::STARTS[i] as usize..index::STARTS[i + 1] as usize).unwrap_or("");
    let (mut low, mut high) = (0, index::FILES.len());
    while low < high {
        let mid = (low + high) / 2;
        match id_at(mid).cmp(id) {
            std::cmp::Ordering::Less => low = mid + 1,
            std::cmp::Ordering::Greater => high = mid,
            std::cmp::Ordering::Equal => return index::NAMES.get(usize::from(index::FILES[mid])).copied(),
        }
    }
    None
}

/// A language wxgo speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    De,
    Da,
    Uk,
    He,
}

impl Lang {
    pub const ALL: [Lang; 5] = [Lang::En, Lang::De, Lang::Da, Lang::Uk, Lang::He];

    /// The code `--lang` and the config take (ISO 639-1).
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::De => "de",
            Lang::Da => "da",
            Lang::Uk => "uk",
            Lang::He => "he",
        }
    }

    /// Written right to left.
    pub fn is_rtl(self) -> bool {
        self == Lang::He
    }

    /// A language tag or a POSIX locale (`de`, `de-AT`, `de_DE.UTF-8`, `he_IL@euro`; `iw`, the
    /// old code for Hebrew), when it names a language wxgo speaks. `C` and `POSIX` name none.
    pub fn parse(tag: &str) -> Option<Lang> {
        let primary = tag.trim().split(['_', '-', '.', '@']).next().unwrap_or_default().to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "da" => Some(Lang::Da),
            "uk" => Some(Lang::Uk),
            "he" | "iw" => Some(Lang::He),
            _ => None,
        }
    }

    /// The language's message files, `(name, Fluent source)`: `wxgo.ftl` (shared words:
    /// dates, counts, panes, status words), `console.ftl` (what the console draws), `letter.ftl`
    /// (the activation letter and the code's email), `errors.ftl` (the service's refusals and
    /// errors, `said!`), `cli.ftl` (what the CLI prints, clap's usage errors among it),
    /// `report.ftl` (the CLI's reports and details, and the service's notes said with an id),
    /// `reasons.ftl` (a rule check's reason and fix: who did not get Webex Calling and why, a
    /// licence run's rows), `why.ftl` (the causes of `why`, its checks and how old its facts
    /// are) and `help.ftl` (the command line's own help, `wxgo --help`, from the `///` comments
    /// of `src/cli`, with clap's headings and notes; a [`Tr`] loads it only when help is printed:
    /// [`with_help`]). More files merge more easily; an id lives in one file only (the tests hold
    /// them to it).
    pub fn sources(self) -> Vec<(&'static str, String)> {
        let mut all = self.everyday_sources();
        all.push(self.help_source());
        all.into_iter().map(|(name, packed)| (name, unpack(packed))).collect()
    }

    /// Every file but `help.ftl`: what a [`Tr`] says its messages from.
    fn everyday_sources(self) -> Vec<Packed> {
        macro_rules! files {
            ($code:literal) => {
                vec![
                    file!($code, "wxgo.ftl"),
                    file!($code, "console.ftl"),
                    file!($code, "letter.ftl"),
                    file!($code, "errors.ftl"),
                    file!($code, "cli.ftl"),
                    file!($code, "report.ftl"),
                    file!($code, "reasons.ftl"),
                    file!($code, "why.ftl"),
                ]
            };
        }
        match self {
            Lang::En => files!("en"),
            Lang::De => files!("de"),
            Lang::Da => files!("da"),
            Lang::Uk => files!("uk"),
            Lang::He => files!("he"),
        }
    }

    /// `help.ftl`: an eighth more text than the other files together, which only help needs,
    /// so a run that prints no help does not parse it.
    fn help_source(self) -> Packed {
        match self {
            Lang::En => file!("en", "help.ftl"),
            Lang::De => file!("de", "help.ftl"),
            Lang::Da => file!("da", "help.ftl"),
            Lang::Uk => file!("uk", "help.ftl"),
            Lang::He => file!("he", "help.ftl"),
        }
    }

    /// What help and clap's usage errors are said with: `cli.ftl` (`cli-error` and clap's
    /// errors) and `help.ftl`, a fifth of the language's text.
    fn help_sources(self) -> Vec<Packed> {
        let cli = match self {
            Lang::En => file!("en", "cli.ftl"),
            Lang::De => file!("de", "cli.ftl"),
            Lang::Da => file!("da", "cli.ftl"),
            Lang::Uk => file!("uk", "cli.ftl"),
            Lang::He => file!("he", "cli.ftl"),
        };
        vec![cli, self.help_source()]
    }

    fn codes() -> String {
        Lang::ALL.map(Lang::code).join(", ")
    }
}

/// Picks the language: `flag` (`--lang`), then `config` (the config's `lang`), then the
/// locale variables through `env` (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first set and not
/// empty decides, as POSIX has it); English when that names no language wxgo speaks. A
/// `--lang` or a config value wxgo does not speak is an error that lists the ones it does.
pub fn choose(flag: Option<&str>, config: Option<&str>, env: impl Fn(&str) -> Option<String>) -> Result<Lang> {
    if let Some(f) = flag {
        return Lang::parse(f)
            .ok_or_else(|| Error::invalid(crate::said!("lang-flag-unknown", lang = f, codes = Lang::codes())));
    }
    if let Some(c) = config {
        return Lang::parse(c)
            .ok_or_else(|| Error::invalid(crate::said!("lang-config-unknown", lang = c, codes = Lang::codes())));
    }
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().find_map(|v| env(v).filter(|s| !s.trim().is_empty()));
    Ok(locale.as_deref().and_then(Lang::parse).unwrap_or_default())
}

/// The process's locale variables (what [`choose`] reads outside the tests).
pub fn process_env(var: &str) -> Option<String> {
    std::env::var(var).ok()
}

/// English, loaded once: what an error's English text is rendered from (`said!`).
pub fn english() -> &'static Tr {
    loaded(Lang::En)
}

/// The messages of `lang`, parsed once per process: a bulk import's thousand emails and letters,
/// and the console's start, use the one copy (parsing a language's files is most of a
/// millisecond each time).
pub fn loaded(lang: Lang) -> &'static Tr {
    static LOADED: [std::sync::OnceLock<Tr>; 5] = [const { std::sync::OnceLock::new() }; 5];
    let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LOADED[slot].get_or_init(|| Tr::new(lang))
}

/// The messages help and clap's usage errors are said with in `lang` (`cli.ftl` and
/// `help.ftl` only), parsed once per process (`cli::help`).
pub fn with_help(lang: Lang) -> &'static Tr {
    static LOADED: [std::sync::OnceLock<Tr>; 5] = [const { std::sync::OnceLock::new() }; 5];
    let slot = Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0);
    LOADED[slot].get_or_init(|| Tr::build(lang, true))
}

/// A value for a message's variable.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(s: &'a str) -> Self {
        Arg::Text(s)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(s: &'a String) -> Self {
        Arg::Text(s)
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Arg::Number(n as f64)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Arg::Number(n as f64)
    }
}

/// The messages of one language, with English behind them for an id it lacks (the tests hold
/// every language to English's ids, so that is a safety net, never the plan).
pub struct Tr {
    lang: Lang,
    /// Each file's messages, parsed the first time one of them is said: the console's first
    /// frame needs only `console.ftl`, `wxgo users list` only `cli.ftl` (all of a language's
    /// files took 5-8 ms to inflate and parse, most of a command's start).
    files: Vec<File>,
    /// Help's messages only ([`with_help`]), English's help behind them.
    help: bool,
}

/// One message file of a [`Tr`], parsed on first use.
struct File {
    name: &'static str,
    packed: &'static [u8],
    bundle: std::sync::OnceLock<FluentBundle<FluentResource>>,
}

impl std::fmt::Debug for Tr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Tr").field("lang", &self.lang).finish()
    }
}

impl Default for Tr {
    fn default() -> Self {
        Tr::new(Lang::En)
    }
}

impl Tr {
    pub fn new(lang: Lang) -> Tr {
        Tr::build(lang, false)
    }

    /// The messages of `lang`; help's only when `help` (then with English's help behind).
    fn build(lang: Lang, help: bool) -> Tr {
        let sources = if help { lang.help_sources() } else { lang.everyday_sources() };
        let files = sources
            .into_iter()
            .map(|(name, packed)| File { name, packed, bundle: std::sync::OnceLock::new() })
            .collect();
        Tr { lang, files, help }
    }

    /// The messages of the file that has `id`, parsed now if they were not yet (`None`: no
    /// file of this `Tr` has it).
    fn bundle_of(&self, id: &str) -> Option<&FluentBundle<FluentResource>> {
        let name = file_of(id)?;
        let file = self.files.iter().find(|f| f.name == name)?;
        Some(file.bundle.get_or_init(|| {
            let lang: LanguageIdentifier = self.lang.code().parse().unwrap_or_default();
            let mut bundle = FluentBundle::new_concurrent(vec![lang]);
            // Unicode isolation marks around every value are control characters to a
            // terminal; right to left is done by `bidi`, which keeps numbers, emails and codes
            // whole.
            bundle.set_use_isolating(false);
            // The embedded files are checked by the tests; what parses is used even so.
            let resource = match FluentResource::try_new(unpack(file.packed)) {
                Ok(r) => r,
                Err((r, _)) => r,
            };
            let _ = bundle.add_resource(resource);
            bundle
        }))
    }

    /// The message `id` of this language.
    fn message(&self, id: &str) -> Option<fluent_bundle::FluentMessage<'_>> {
        self.bundle_of(id)?.get_message(id)
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The message `id`.
    pub fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// The message `id` with its variables.
    pub fn t_with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fa = FluentArgs::new();
        for (k, v) in args {
            match v {
                Arg::Text(s) => fa.set(*k, FluentValue::from(*s)),
                Arg::Number(n) => fa.set(*k, FluentValue::from(*n)),
            }
        }
        self.format(id, Some(&fa))
    }

    /// Whether this language (not English behind it) has the message.
    pub fn has(&self, id: &str) -> bool {
        self.bundle_of(id).is_some_and(|b| b.has_message(id))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs>) -> String {
        let Some((bundle, pattern)) = self.bundle_of(id).and_then(|b| Some((b, b.get_message(id)?.value()?))) else {
            // English behind, parsed only if a message is missing; a message no language has
            // is its id, so the gap is seen and named.
            return match (self.lang, self.help) {
                (Lang::En, _) => id.to_string(),
                (_, true) => with_help(Lang::En).format(id, args),
                (_, false) => english().format(id, args),
            };
        };
        let mut errors = Vec::new();
        bundle.format_pattern(pattern, args, &mut errors).into_owned()
    }

    /// Whether the message `id` is plain text and variables (no choice between variants, no
    /// term or function): then it reads the same, whatever a variable holds, with the value
    /// put in place of the variable.
    pub fn is_plain(&self, id: &str) -> bool {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let Some(pattern) = self.message(id).and_then(|m| m.value()) else {
            return false;
        };
        pattern.elements.iter().all(|e| match e {
            PatternElement::TextElement { .. } => true,
            PatternElement::Placeable {
                expression: Expression::Inline(InlineExpression::VariableReference { .. }),
            } => true,
            PatternElement::Placeable { .. } => false,
        })
    }

    /// An error's message (`said!`) in this language, with what was around it.
    pub fn msg(&self, m: &crate::domain::error::Msg) -> String {
        use crate::domain::error::Val;
        let words: Vec<Option<String>> = m
            .args
            .iter()
            .map(|(_, v)| match v {
                Val::Msg(id) => Some(self.t(id)),
                Val::Said(t) => Some(self.text(t)),
                _ => None,
            })
            .collect();
        let args: Vec<(&str, Arg<'_>)> = m
            .args
            .iter()
            .zip(&words)
            .map(|((k, v), word)| {
                let a = match (v, word) {
                    (_, Some(w)) => Arg::Text(w),
                    (Val::Text(s), None) => Arg::Text(s),
                    (Val::Number(n), None) => Arg::Number(*n as f64),
                    (Val::Msg(id), None) => Arg::Text(id),
                    (Val::Said(t), None) => Arg::Text(t),
                };
                (*k, a)
            })
            .collect();
        format!("{}{}{}", m.before, self.t_with(m.id, &args), m.after)
    }

    /// An error's message in this language (English where the site wrote no id).
    pub fn text(&self, t: &crate::domain::error::Text) -> String {
        match t.message() {
            Some(m) if self.lang != Lang::En => self.msg(m),
            _ => t.to_string(),
        }
    }

    /// An error as a person reads it in this language: a message written with an id (`said!`)
    /// is translated, the rule id kept (`WG01: ...`); one still written in English stays so.
    /// `Display` (logs, the audit, `--json`) is always the English.
    pub fn error(&self, e: &Error) -> String {
        self.text(&e.said())
    }

    /// A date as the language writes it (the pattern is the message `fmt-date`).
    pub fn date(&self, at: DateTime<Utc>) -> String {
        at.format(&self.t("fmt-date")).to_string()
    }

    /// A date and time in UTC as the language writes it (`fmt-datetime`).
    pub fn datetime(&self, at: DateTime<Utc>) -> String {
        at.format(&self.t("fmt-datetime")).to_string()
    }
}

/// A sentence recorded in English (a user's reason in the database, kept as the export and
/// `--json` show it) read back as the message among `ids` whose English it is, with its
/// arguments, so that it is said in any language like one made with `said!`. The arguments
/// named in `sentences` hold sentences themselves and are read back the same way (`work number
/// { $what }`); every other argument is data, kept as it is (a number, an email, a name). `None`
/// when no message fits: the text is then shown as it was recorded. A message with a selector
/// or a reference to another is never read back.
pub fn recognise(en: &str, ids: &[&'static str], sentences: &[&str]) -> Option<crate::domain::error::Text> {
    recognise_at(en, ids, sentences, 3)
}

fn recognise_at(en: &str, ids: &[&'static str], sentences: &[&str], depth: u8) -> Option<crate::domain::error::Text> {
    use crate::domain::error::{Text, Val};
    for id in ids {
        let Some(segments) = english().segments(id) else { continue };
        let mut found = Vec::new();
        if !fit(&segments, en, &mut found) {
            continue;
        }
        // A sentence inside is read back too, or the whole is not: half a sentence in the
        // language around words in English would read as neither.
        let args: Option<Vec<(&'static str, Val)>> = found
            .into_iter()
            .map(|(k, v)| {
                if sentences.contains(&k) {
                    let said = if depth > 0 { recognise_at(v, ids, sentences, depth - 1) } else { None };
                    return said.map(|t| (k, Val::from(t)));
                }
                // A count picks its plural form in the language: a number, where it reads the same.
                let number = v.parse::<i64>().ok().filter(|n| n.to_string() == v).map(Val::Number);
                Some((k, number.unwrap_or_else(|| Val::Text(v.to_string()))))
            })
            .collect();
        let Some(args) = args else { continue };
        let text = Text::msg(id, args);
        if text.as_str() == en {
            return Some(text);
        }
    }
    None
}

/// A part of a message's English: words, or a variable.
enum Segment {
    Words(String),
    Var(&'static str),
}

impl Tr {
    /// The message `id` as words and variables; `None` when it has anything else (a selector).
    fn segments(&'static self, id: &str) -> Option<Vec<Segment>> {
        use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
        let pattern = self.message(id)?.value()?;
        let mut out: Vec<Segment> = Vec::new();
        for el in &pattern.elements {
            let words = match el {
                PatternElement::TextElement { value } => value.to_string(),
                PatternElement::Placeable { expression: Expression::Inline(inline) } => match inline {
                    InlineExpression::VariableReference { id } => {
                        out.push(Segment::Var(id.name));
                        continue;
                    }
                    InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
                        value.to_string()
                    }
                    _ => return None,
                },
                PatternElement::Placeable { .. } => return None,
            };
            match out.last_mut() {
                Some(Segment::Words(w)) => w.push_str(&words),
                _ => out.push(Segment::Words(words)),
            }
        }
        Some(out)
    }
}

/// Whether `s` reads as `segments`, each variable taking some text (the shortest that fits, a
/// variable used twice the same text); what each took is in `out`.
fn fit<'s>(segments: &[Segment], s: &'s str, out: &mut Vec<(&'static str, &'s str)>) -> bool {
    match segments.split_first() {
        None => s.is_empty(),
        Some((Segment::Words(w), rest)) => s.strip_prefix(w.as_str()).is_some_and(|r| fit(rest, r, out)),
        Some((Segment::Var(name), rest)) => {
            if let Some(&(_, taken)) = out.iter().find(|(k, _)| k == name) {
                return s.strip_prefix(taken).is_some_and(|r| fit(rest, r, out));
            }
            for i in (1..=s.len()).filter(|i| s.is_char_boundary(*i)) {
                out.push((name, &s[..i]));
                if fit(rest, &s[i..], out) {
                    return true;
                }
                out.pop();
            }
            false
        }
    }
}

/// A language's messages: each id with the file it is in and the variables it uses.
pub type Catalogue = std::collections::BTreeMap<String, (&'static str, std::collections::BTreeSet<String>)>;

/// Every message of a language's files with its file and the variables it uses, and the files' syntax
/// errors and ids defined twice (the tests hold every language to English's ids and variables).
pub fn catalogue(lang: Lang) -> (Catalogue, Vec<String>) {
    use fluent_syntax::ast;
    fn walk_pattern(p: &ast::Pattern<&str>, vars: &mut std::collections::BTreeSet<String>) {
        for el in &p.elements {
            if let ast::PatternElement::Placeable { expression } = el {
                walk_expr(expression, vars);
            }
        }
    }
    fn walk_inline(e: &ast::InlineExpression<&str>, vars: &mut std::collections::BTreeSet<String>) {
        match e {
            ast::InlineExpression::VariableReference { id } => {
                vars.insert(id.name.to_string());
            }
            ast::InlineExpression::Placeable { expression } => walk_expr(expression, vars),
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                for a in &arguments.positional {
                    walk_inline(a, vars);
                }
            }
            _ => {}
        }
    }
    fn walk_expr(e: &ast::Expression<&str>, vars: &mut std::collections::BTreeSet<String>) {
        match e {
            ast::Expression::Select { selector, variants } => {
                walk_inline(selector, vars);
                for v in variants {
                    walk_pattern(&v.value, vars);
                }
            }
            ast::Expression::Inline(i) => walk_inline(i, vars),
        }
    }
    let mut out = std::collections::BTreeMap::new();
    let mut errors = Vec::new();
    for (file, source) in lang.sources() {
        let resource = match fluent_syntax::parser::parse(source.as_str()) {
            Ok(r) => r,
            Err((r, errs)) => {
                errors.extend(errs.iter().map(|e| format!("{file}: {e:?}")));
                r
            }
        };
        for entry in &resource.body {
            if let ast::Entry::Message(m) = entry {
                let mut vars = std::collections::BTreeSet::new();
                if let Some(v) = &m.value {
                    walk_pattern(v, &mut vars);
                }
                if out.insert(m.id.name.to_string(), (file, vars)).is_some() {
                    errors.push(format!("{file}: {} is defined twice", m.id.name));
                }
            }
        }
    }
    (out, errors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_messages_are_the_asset_files_byte_for_byte() {
        for lang in Lang::ALL {
            for (file, embedded) in lang.sources() {
                let path =
                    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("assets/i18n").join(lang.code()).join(file);
                let on_disk = std::fs::read_to_string(&path).expect("the asset");
                assert!(!embedded.is_empty(), "{} inflated to nothing", path.display());
                assert!(embedded == on_disk, "{} differs from what the binary holds", path.display());
            }
        }
    }

    #[test]
    fn every_language_has_every_english_message_in_the_same_file_no_other_and_the_same_variables() {
        let (en, errors) = catalogue(Lang::En);
        assert!(errors.is_empty(), "en: {errors:?}");
        assert!(en.len() >= 10, "{en:?}");
        for lang in Lang::ALL {
            let (msgs, errors) = catalogue(lang);
            assert!(errors.is_empty(), "{}: {errors:?}", lang.code());
            let missing: Vec<&String> = en.keys().filter(|k| !msgs.contains_key(*k)).collect();
            let extra: Vec<&String> = msgs.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, extra {extra:?}", lang.code());
            for (id, (file, vars)) in &en {
                let (their_file, their_vars) = &msgs[id];
                assert_eq!(their_file, file, "{}: {id} is in another file than English's", lang.code());
                assert_eq!(their_vars, vars, "{}: {id} uses other variables", lang.code());
            }
            // help.ftl loads with help only (and cli.ftl with it).
            let (tr, help) = (Tr::new(lang), with_help(lang));
            for (id, (file, _)) in &en {
                let loads = match *file {
                    "help.ftl" => help.has(id),
                    "cli.ftl" => tr.has(id) && help.has(id),
                    _ => tr.has(id),
                };
                assert!(loads, "{}: {id} does not load", lang.code());
            }
        }
    }

    /// The literal message ids the sources name (`said!("id", k = v)`, `tr!(tr, "id", k = v)`,
    /// `.t("id")`, `.t_with("id", ..)`, `Text::msg("id", ..)`), each with the argument names a
    /// macro call passes (`None` where they are not written as `k = v`), and where it is.
    fn ids_in_sources() -> Vec<(String, Option<Vec<String>>, String)> {
        fn rs_files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for entry in std::fs::read_dir(dir).expect("a source folder").flatten() {
                let path = entry.path();
                if path.is_dir() {
                    rs_files(&path, out);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    out.push(path);
                }
            }
        }
        /// The top-level arguments of a call whose `(` is just before `src` (up to its `)`;
        /// strings skipped).
        fn call_args(src: &str) -> Vec<&str> {
            let (mut depth, mut in_str, mut escaped, mut start) = (0, false, false, 0);
            let mut parts = Vec::new();
            for (i, c) in src.char_indices() {
                match (in_str, c) {
                    (true, _) if escaped => escaped = false,
                    (true, '\\') => escaped = true,
                    (true, '"') => in_str = false,
                    (true, _) => {}
                    (false, '"') => in_str = true,
                    (false, '(' | '[' | '{') => depth += 1,
                    (false, ')' | ']' | '}') if depth == 0 => {
                        parts.push(&src[start..i]);
                        return parts;
                    }
                    (false, ')' | ']' | '}') => depth -= 1,
                    (false, ',') if depth == 0 => {
                        parts.push(&src[start..i]);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            parts.push(&src[start..]);
            parts
        }
        /// The name of a `name = value` argument.
        fn key(arg: &str) -> Option<String> {
            let (k, v) = arg.split_once('=')?;
            let k = k.trim();
            let ident = !k.is_empty() && k.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
            (ident && !v.starts_with(['=', '>'])).then(|| k.to_string())
        }
        let mut files = Vec::new();
        rs_files(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"), &mut files);
        let mut found = Vec::new();
        for file in files {
            let src = std::fs::read_to_string(&file).expect("a source file");
            let shown = file.display().to_string();
            for (pattern, macro_call, skip_first) in [
                ("said!(", true, false),
                ("tr!(", true, true),
                (".t(", false, false),
                (".t_with(", false, false),
                ("Text::msg(", false, false),
                ("Text::repeated(", false, false),
            ] {
                for (at, _) in src.match_indices(pattern) {
                    // Not in a comment, nor the pattern written as a string (as above).
                    let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
                    if src[line_start..at].trim_start().starts_with("//") || src[..at].ends_with('"') {
                        continue;
                    }
                    let args = call_args(&src[at + pattern.len()..]);
                    // `tr!(tr, "id", ..)`: the first argument is the language.
                    let mut args = args.iter().skip(usize::from(skip_first));
                    let Some(first) = args.next() else { continue };
                    let Some(id) = first.trim().strip_prefix('"').and_then(|l| l.strip_suffix('"')) else { continue };
                    if id.is_empty() || !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                        continue;
                    }
                    let line = src[..at].lines().count();
                    let passed = macro_call.then(|| args.filter_map(|a| key(a)).collect());
                    found.push((id.to_string(), passed, format!("{shown}:{line}")));
                }
            }
        }
        found
    }

    /// Every message of every language is found in the file the index names (build.rs reads
    /// English's files; each language keeps an id in English's file), and a `Tr` parses a file
    /// only when one of its messages is said.
    #[test]
    fn each_file_is_parsed_when_one_of_its_messages_is_said_and_the_index_names_every_file() {
        let (en, _) = catalogue(Lang::En);
        assert_eq!(index::FILES.len(), en.len(), "the index has every English id, once");
        for lang in Lang::ALL {
            let (messages, _) = catalogue(lang);
            for (id, (file, _)) in &messages {
                assert_eq!(file_of(id), Some(*file), "{lang:?}: {id}");
            }
        }
        // A file is parsed alone, so no message may refer to one of another file.
        fn refs<'s>(p: &fluent_syntax::ast::Pattern<&'s str>, out: &mut Vec<&'s str>) {
            use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
            fn inline<'s>(e: &InlineExpression<&'s str>, out: &mut Vec<&'s str>) {
                match e {
                    InlineExpression::MessageReference { id, .. } | InlineExpression::TermReference { id, .. } => {
                        out.push(id.name)
                    }
                    InlineExpression::Placeable { expression } => expr(expression, out),
                    _ => {}
                }
            }
            fn expr<'s>(e: &Expression<&'s str>, out: &mut Vec<&'s str>) {
                match e {
                    Expression::Select { selector, variants } => {
                        inline(selector, out);
                        for v in variants {
                            refs(&v.value, out);
                        }
                    }
                    Expression::Inline(i) => inline(i, out),
                }
            }
            for el in &p.elements {
                if let PatternElement::Placeable { expression } = el {
                    expr(expression, out);
                }
            }
        }
        let mut references = 0;
        for lang in Lang::ALL {
            for (file, text) in lang.sources() {
                let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(r, _)| r);
                for entry in &resource.body {
                    if let fluent_syntax::ast::Entry::Message(m) = entry {
                        let mut found = Vec::new();
                        if let Some(p) = &m.value {
                            refs(p, &mut found);
                        }
                        for r in found {
                            references += 1;
                            assert_eq!(file_of(r), Some(file), "{lang:?} {file}: {} refers to {r}", m.id.name);
                        }
                    }
                }
            }
        }
        assert!(references > 0, "the walk finds the references there are (`{{ wg03-free }}`)");
        let parsed =
            |tr: &Tr| -> Vec<&str> { tr.files.iter().filter(|f| f.bundle.get().is_some()).map(|f| f.name).collect() };
        let tr = Tr::new(Lang::De);
        assert!(parsed(&tr).is_empty(), "nothing parsed before a message is said");
        let (id, (file, _)) = en.iter().find(|(_, (f, _))| *f == "console.ftl").expect("a console message");
        assert_ne!(tr.t(id), *id);
        assert_eq!(parsed(&tr), [*file]);
        let (id, _) = en.iter().find(|(_, (f, _))| *f == "errors.ftl").expect("an error message");
        assert!(tr.has(id));
        assert_eq!(parsed(&tr), ["console.ftl", "errors.ftl"]);
        let unknown = "no-such-message";
        assert_eq!(tr.t(unknown), unknown);
        assert_eq!(parsed(&tr), ["console.ftl", "errors.ftl"], "an unknown id parses nothing");
        // Help's `Tr` has only `cli.ftl` and `help.ftl`: another file's message is its id.
        let help = Tr::build(Lang::En, true);
        assert_eq!(help.t(id), *id);
        assert!(parsed(&help).is_empty());
    }

    #[test]
    fn every_message_the_sources_name_exists_and_gets_every_variable_it_uses() {
        let (en, _) = catalogue(Lang::En);
        let found = ids_in_sources();
        assert!(found.len() > 500, "the scan found only {} message ids", found.len());
        let mut wrong = Vec::new();
        for (id, passed, at) in &found {
            match (en.get(id), passed) {
                (None, _) => wrong.push(format!("{at}: {id} is no message")),
                (Some((_, vars)), Some(passed)) => {
                    let missing: Vec<&String> = vars.iter().filter(|v| !passed.contains(v)).collect();
                    if !missing.is_empty() {
                        wrong.push(format!("{at}: {id} uses {missing:?}, which the call does not give"));
                    }
                }
                (Some(_), None) => {}
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }

    fn env<'a>(vars: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |k| vars.iter().find(|(n, _)| *n == k).map(|(_, v)| v.to_string())
    }

    #[test]
    fn the_flag_then_the_config_then_the_locale_then_english() {
        let de = [("LANG", "de_DE.UTF-8")];
        assert_eq!(choose(Some("he"), Some("da"), env(&de)), Ok(Lang::He));
        assert_eq!(choose(None, Some("da"), env(&de)), Ok(Lang::Da));
        assert_eq!(choose(None, None, env(&de)), Ok(Lang::De));
        // LC_ALL over LC_MESSAGES over LANG; an empty one does not count.
        let all = [("LC_ALL", "uk_UA.UTF-8"), ("LC_MESSAGES", "da_DK"), ("LANG", "de_DE")];
        assert_eq!(choose(None, None, env(&all)), Ok(Lang::Uk));
        let messages = [("LC_ALL", ""), ("LC_MESSAGES", "he_IL.UTF-8"), ("LANG", "de_DE")];
        assert_eq!(choose(None, None, env(&messages)), Ok(Lang::He));
        // A locale wxgo does not speak, C, or none: English.
        for vars in [&[("LANG", "fr_FR.UTF-8")][..], &[("LC_ALL", "C")], &[]] {
            assert_eq!(choose(None, None, env(vars)), Ok(Lang::En));
        }
    }

    #[test]
    fn a_language_wxgo_does_not_speak_is_refused_by_name_from_the_flag_or_the_config() {
        let e = choose(Some("fr"), None, env(&[])).expect_err("fr");
        assert!(e.to_string().contains("--lang fr") && e.to_string().contains("en, de, da, uk, he"), "{e}");
        let e = choose(None, Some("klingon"), env(&[])).expect_err("config");
        assert!(e.to_string().contains("config.toml"), "{e}");
    }

    #[test]
    fn tags_and_locales_name_their_language() {
        for (tag, lang) in [("de-AT", Lang::De), ("da_DK.UTF-8", Lang::Da), ("iw", Lang::He), ("UK", Lang::Uk)] {
            assert_eq!(Lang::parse(tag), Some(lang), "{tag}");
        }
        assert_eq!(Lang::parse("POSIX"), None);
    }

    #[test]
    fn plurals_are_fluents_in_every_language() {
        let en = Tr::new(Lang::En);
        assert_eq!(en.t_with("count-users", &[("n", 1usize.into())]), "1 user");
        assert_eq!(en.t_with("count-users", &[("n", 3usize.into())]), "3 users");
        // Ukrainian has three forms: 1, 2-4 and 5+ (and 21 is "one" again).
        let uk = Tr::new(Lang::Uk);
        let forms: Vec<String> =
            [1usize, 3, 5, 21].iter().map(|n| uk.t_with("count-users", &[("n", (*n).into())])).collect();
        assert_ne!(forms[0], forms[1]);
        assert_ne!(forms[1], forms[2]);
        assert_eq!(forms[0].replace('1', ""), forms[3].replace("21", ""), "{forms:?}");
    }

    #[test]
    fn dates_in_the_languages_usual_form() {
        let at = DateTime::parse_from_rfc3339("2026-12-01T09:05:00Z").map(|d| d.with_timezone(&Utc)).expect("date");
        assert_eq!(Tr::new(Lang::En).datetime(at), "2026-12-01 09:05 UTC");
        assert_eq!(Tr::new(Lang::De).datetime(at), "01.12.2026 09:05 UTC");
        assert_eq!(Tr::new(Lang::De).date(at), "01.12.2026");
    }
}
