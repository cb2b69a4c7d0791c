//! Keys: the defaults come from the action table; `keymap.toml` in the config folder remaps
//! them, merged over the defaults (a key the file gives to one action leaves every other one).
//!
//! ```toml
//! # ~/.config/wxgo/keymap.toml
//! delete_device = "X"            # one key, everywhere the action works
//! quit = ["q", "ctrl-q"]         # or several
//!
//! [confirm]                      # or in one place only
//! confirm = ["y", "enter"]
//! ```

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::actions::{action, by_name, ActionId, Context, ACTIONS};
use crate::domain::{Error, Result};
use crate::i18n::Tr;

/// A key with its modifiers, normalised so that `L` and `shift-l` are the same key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

impl Key {
    pub fn new(code: KeyCode, mods: KeyModifiers) -> Self {
        let mut mods = mods & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        let code = match code {
            // The character already says whether shift was held.
            KeyCode::Char(c) => {
                mods.remove(KeyModifiers::SHIFT);
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            KeyCode::BackTab => {
                mods.remove(KeyModifiers::SHIFT);
                KeyCode::BackTab
            }
            other => other,
        };
        Key { code, mods }
    }

    pub fn from_event(ev: &KeyEvent) -> Self {
        Key::new(ev.code, ev.modifiers)
    }

    /// `j`, `G`, `?`, `enter`, `esc`, `tab`, `backtab`/`shift-tab`, `up`, `pgdn`, `f1`,
    /// `space`, `ctrl-c`, `alt-x`.
    pub fn parse(spec: &str) -> Result<Self> {
        Self::read(spec).map_err(|id| Self::problem(&Tr::default(), id, spec))
    }

    /// As [`Key::parse`], what is wrong said in the language of `tr`.
    pub fn parse_in(spec: &str, tr: &Tr) -> Result<Self> {
        Self::read(spec).map_err(|id| Self::problem(tr, id, spec))
    }

    fn problem(tr: &Tr, id: &str, spec: &str) -> Error {
        Error::invalid(tr!(tr, id, spec = spec))
    }

    /// The key, or the message saying what is wrong with `spec`.
    fn read(spec: &str) -> std::result::Result<Self, &'static str> {
        let s = spec.trim();
        if s.is_empty() {
            return Err("keymap-empty-key");
        }
        let mut mods = KeyModifiers::NONE;
        let mut rest = s;
        loop {
            let lower = rest.to_ascii_lowercase();
            let strip = ["ctrl-", "ctrl+", "c-", "alt-", "alt+", "a-", "shift-", "shift+", "s-"]
                .iter()
                .find(|p| lower.starts_with(**p) && rest.len() > p.len());
            let Some(p) = strip else { break };
            mods |= match p.chars().next() {
                Some('c') => KeyModifiers::CONTROL,
                Some('a') => KeyModifiers::ALT,
                _ => KeyModifiers::SHIFT,
            };
            rest = &rest[p.len()..];
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => {
                if mods.contains(KeyModifiers::SHIFT) && c.is_ascii_alphabetic() {
                    KeyCode::Char(c.to_ascii_uppercase())
                } else {
                    KeyCode::Char(c)
                }
            }
            _ => match rest.to_ascii_lowercase().as_str() {
                "enter" | "return" => KeyCode::Enter,
                "esc" | "escape" => KeyCode::Esc,
                "tab" if mods.contains(KeyModifiers::SHIFT) => KeyCode::BackTab,
                "tab" => KeyCode::Tab,
                "backtab" => KeyCode::BackTab,
                "up" => KeyCode::Up,
                "down" => KeyCode::Down,
                "left" => KeyCode::Left,
                "right" => KeyCode::Right,
                "home" => KeyCode::Home,
                "end" => KeyCode::End,
                "pgup" | "pageup" => KeyCode::PageUp,
                "pgdn" | "pgdown" | "pagedown" => KeyCode::PageDown,
                "space" => KeyCode::Char(' '),
                "backspace" => KeyCode::Backspace,
                "delete" | "del" => KeyCode::Delete,
                "insert" | "ins" => KeyCode::Insert,
                f if f.starts_with('f') && f[1..].parse::<u8>().is_ok_and(|n| (1..=12).contains(&n)) => {
                    KeyCode::F(f[1..].parse::<u8>().unwrap_or(1))
                }
                _ => return Err("keymap-not-a-key"),
            },
        };
        Ok(Key::new(code, mods))
    }
}

impl fmt::Display for Key {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.mods.contains(KeyModifiers::CONTROL) {
            f.write_str("ctrl-")?;
        }
        if self.mods.contains(KeyModifiers::ALT) {
            f.write_str("alt-")?;
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            f.write_str("shift-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Enter => f.write_str("Enter"),
            KeyCode::Esc => f.write_str("Esc"),
            KeyCode::Tab => f.write_str("Tab"),
            KeyCode::BackTab => f.write_str("Shift-Tab"),
            KeyCode::Up => f.write_str("↑"),
            KeyCode::Down => f.write_str("↓"),
            KeyCode::Left => f.write_str("←"),
            KeyCode::Right => f.write_str("→"),
            KeyCode::Home => f.write_str("Home"),
            KeyCode::End => f.write_str("End"),
            KeyCode::PageUp => f.write_str("PgUp"),
            KeyCode::PageDown => f.write_str("PgDn"),
            KeyCode::Backspace => f.write_str("Backspace"),
            KeyCode::Delete => f.write_str("Del"),
            KeyCode::Insert => f.write_str("Ins"),
            KeyCode::F(n) => write!(f, "F{n}"),
            other => write!(f, "{other:?}"),
        }
    }
}

/// Which key does what where; built from the table, then the user's file.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: HashMap<(Context, Key), ActionId>,
    keys: HashMap<(Context, ActionId), Vec<Key>>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = Keymap { bindings: HashMap::new(), keys: HashMap::new() };
        for a in ACTIONS {
            for line in a.keys {
                for spec in line.keys {
                    // The table's keys are checked by a test; a bad one is skipped, never a panic.
                    if let Ok(k) = Key::parse(spec) {
                        for ctx in line.places {
                            map.bind(*ctx, k, a.id);
                        }
                    }
                }
            }
        }
        map
    }
}

/// Keys the file gives to one action, everywhere it works or in one place.
struct Wanted {
    id: ActionId,
    places: Vec<Context>,
    keys: Vec<(Key, String)>,
}

impl Keymap {
    fn bind(&mut self, ctx: Context, key: Key, id: ActionId) {
        if let Some(old) = self.bindings.insert((ctx, key), id) {
            if let Some(list) = self.keys.get_mut(&(ctx, old)) {
                list.retain(|k| *k != key);
            }
        }
        let list = self.keys.entry((ctx, id)).or_default();
        if !list.contains(&key) {
            list.push(key);
        }
    }

    /// The action `key` runs in `ctx`.
    pub fn action_for(&self, ctx: Context, key: Key) -> Option<ActionId> {
        self.bindings.get(&(ctx, key)).copied()
    }

    /// The action `key` runs in some other pane or view, to say where it works.
    pub fn elsewhere(&self, key: Key) -> Option<ActionId> {
        Context::ALL.into_iter().filter(|c| c.is_view()).find_map(|c| self.action_for(c, key))
    }

    pub fn keys_in(&self, ctx: Context, id: ActionId) -> &[Key] {
        self.keys.get(&(ctx, id)).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every key of an action, wherever it works, first places first (for help).
    pub fn keys_of(&self, id: ActionId) -> Vec<Key> {
        let mut out: Vec<Key> = Vec::new();
        for ctx in action(id).places() {
            for k in self.keys_in(ctx, id) {
                if !out.contains(k) {
                    out.push(*k);
                }
            }
        }
        out
    }

    /// The first key of an action as shown in hints and messages (in the first place it
    /// has one), or `:` when it has none (palette only).
    pub fn label(&self, id: ActionId) -> String {
        self.keys_of(id).first().map(|k| k.to_string()).unwrap_or_else(|| ":".into())
    }

    /// The keys to show for an action in `ctx`: its first, and Esc when that works too.
    pub fn shown(&self, ctx: Context, id: ActionId) -> Vec<Key> {
        let keys = self.keys_in(ctx, id);
        let mut out: Vec<Key> = keys.first().copied().into_iter().collect();
        if let Some(esc) = keys.iter().skip(1).find(|k| k.code == KeyCode::Esc && k.mods.is_empty()) {
            out.push(*esc);
        }
        out
    }

    /// A footer's label for an action in `ctx`: `a`, `Enter/Esc`.
    pub fn hint_label(&self, ctx: Context, id: ActionId) -> String {
        let shown = self.shown(ctx, id);
        if shown.is_empty() {
            return self.label(id);
        }
        shown.iter().map(|k| k.to_string()).collect::<Vec<_>>().join("/")
    }

    /// The first key of an action in `ctx`.
    pub fn label_in(&self, ctx: Context, id: ActionId) -> String {
        match self.keys_in(ctx, id).first() {
            Some(k) => k.to_string(),
            None => self.label(id),
        }
    }

    /// The defaults with `text` (the contents of `file`) merged over them. Top-level entries
    /// (or a lone `[keys]` section) give an action its keys everywhere it works; a section
    /// named after a place (`[users]`, `[details]`, `[confirm]`...) gives them there only.
    pub fn from_toml(text: &str, file: &Path) -> Result<Self> {
        Self::from_toml_in(text, file, &Tr::default())
    }

    /// As [`Keymap::from_toml`], what is wrong with the file said in the language of `tr`.
    pub fn from_toml_in(text: &str, file: &Path, tr: &Tr) -> Result<Self> {
        let path = file.display().to_string();
        let shown = path.as_str();
        let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
            Error::invalid(tr!(tr, "keymap-not-toml", file = shown, error = e.message()))
        })?;
        let top: &toml::Table = match table.get("keys") {
            Some(toml::Value::Table(t)) if table.len() == 1 => t,
            _ => &table,
        };
        let mut wanted: Vec<Wanted> = Vec::new();
        for (name, value) in top {
            if let toml::Value::Table(section) = value {
                let ctx = Context::ALL.into_iter().find(|c| c.section() == name).ok_or_else(|| {
                    let sections = Context::ALL.iter().map(|c| c.section()).collect::<Vec<_>>().join(", ");
                    Error::invalid(tr!(tr, "keymap-unknown-section", file = shown, name = name, sections = &sections))
                })?;
                for (name, value) in section {
                    let a = entry_action(name, shown, tr)?;
                    if !a.works_in(ctx) {
                        let places = a.places().iter().map(|c| c.section()).collect::<Vec<_>>().join(", ");
                        return Err(Error::invalid(tr!(
                            tr,
                            "keymap-not-here",
                            file = shown,
                            section = ctx.section(),
                            name = name.as_str(),
                            place = &ctx.title(tr),
                            places = &places
                        )));
                    }
                    wanted.push(Wanted { id: a.id, places: vec![ctx], keys: entry_keys(name, value, shown, tr)? });
                }
            } else {
                let a = entry_action(name, shown, tr)?;
                wanted.push(Wanted { id: a.id, places: a.places(), keys: entry_keys(name, value, shown, tr)? });
            }
        }
        // A key given to two actions that share a place is a mistake in the file.
        let mut seen: HashMap<(Context, Key), &str> = HashMap::new();
        for w in &wanted {
            let name = action(w.id).name;
            for (key, spec) in &w.keys {
                for ctx in &w.places {
                    if let Some(other) = seen.insert((*ctx, *key), name) {
                        return Err(Error::invalid(tr!(
                            tr,
                            "keymap-given-to-both",
                            file = shown,
                            spec = spec.as_str(),
                            other = other,
                            name = name
                        )));
                    }
                }
            }
        }
        let mut map = Keymap::default();
        for w in wanted {
            for ctx in w.places {
                // The file replaces the action's default keys there.
                for k in map.keys_in(ctx, w.id).to_vec() {
                    map.bindings.remove(&(ctx, k));
                }
                map.keys.insert((ctx, w.id), Vec::new());
                for (k, _) in &w.keys {
                    map.bind(ctx, *k, w.id);
                }
            }
        }
        Ok(map)
    }

    /// Reads `file`; a missing file means the defaults.
    pub fn load(file: &Path) -> Result<Self> {
        Self::load_in(file, &Tr::default())
    }

    /// As [`Keymap::load`], what is wrong said in the language of `tr`.
    pub fn load_in(file: &Path, tr: &Tr) -> Result<Self> {
        match std::fs::read_to_string(file) {
            Ok(text) => Self::from_toml_in(&text, file, tr),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Keymap::default()),
            Err(e) => {
                let (file, error) = (file.display().to_string(), e.to_string());
                Err(Error::io(tr!(tr, "keymap-cannot-read", file = &file, error = &error)))
            }
        }
    }
}

fn entry_action(name: &str, shown: &str, tr: &Tr) -> Result<&'static super::actions::Action> {
    by_name(name).ok_or_else(|| {
        let actions = ACTIONS.iter().map(|a| a.name).collect::<Vec<_>>().join(", ");
        Error::invalid(tr!(tr, "keymap-unknown-action", file = shown, name = name, actions = &actions))
    })
}

fn entry_keys(name: &str, value: &toml::Value, shown: &str, tr: &Tr) -> Result<Vec<(Key, String)>> {
    let specs: Vec<&str> = match value {
        toml::Value::String(s) => vec![s.as_str()],
        toml::Value::Array(items) => items
            .iter()
            .map(|v| {
                v.as_str().ok_or_else(|| Error::invalid(tr!(tr, "keymap-keys-are-strings", file = shown, name = name)))
            })
            .collect::<Result<_>>()?,
        _ => return Err(Error::invalid(tr!(tr, "keymap-takes-a-key", file = shown, name = name))),
    };
    let mut keys: Vec<(Key, String)> = Vec::new();
    for spec in specs {
        let key = Key::parse_in(spec, tr)
            .map_err(|e| Error::invalid(tr!(tr, "keymap-at", file = shown, name = name, problem = &e.to_string())))?;
        if keys.iter().any(|(k, _)| *k == key) {
            return Err(Error::invalid(tr!(
                tr,
                "keymap-given-to-both",
                file = shown,
                spec = spec,
                other = name,
                name = name
            )));
        }
        keys.push((key, spec.to_string()));
    }
    Ok(keys)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_key_parses_and_is_unique_in_each_place() {
        let mut seen = HashMap::new();
        for a in ACTIONS {
            for line in a.keys {
                for spec in line.keys {
                    let k = Key::parse(spec).unwrap_or_else(|e| panic!("{}: {e}", a.name));
                    for ctx in line.places {
                        assert!(seen.insert((*ctx, k), a.name).is_none(), "{spec} twice in {ctx:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn the_panes_keys_are_unique_across_the_views() {
        // So a key pressed in the wrong view can say where it works. One verb may share its
        // key across views where it cannot mean anything else: D deletes (a device; a
        // BroadWorks subscriber on that pane).
        let same_verb = |a: &str, b: &str| {
            let pair = [a, b];
            pair.contains(&"delete_device") && pair.contains(&"bw_delete")
        };
        let mut seen = HashMap::new();
        for a in ACTIONS {
            for line in a.keys {
                for spec in line.keys {
                    let k = Key::parse(spec).unwrap_or_else(|e| panic!("{}: {e}", a.name));
                    if line.places.iter().any(|c| c.is_view()) {
                        if let Some(other) = seen.insert(k, a.name) {
                            assert!(other == a.name || same_verb(other, a.name), "{spec}: {other} and {}", a.name);
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn shift_letters_are_the_capital() {
        assert_eq!(Key::parse("shift-l").ok(), Key::parse("L").ok());
        assert_eq!(Key::new(KeyCode::Char('L'), KeyModifiers::SHIFT), Key::new(KeyCode::Char('L'), KeyModifiers::NONE));
    }

    #[test]
    fn a_section_remaps_one_place_and_the_flat_form_every_place() {
        let p = Path::new("keymap.toml");
        let k = |s: &str| Key::parse(s).unwrap_or_else(|e| panic!("{e}"));
        let map = Keymap::from_toml("[confirm]\nconfirm = [\"y\", \"enter\"]\n", p).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map.action_for(Context::Confirm, k("enter")), Some(ActionId::Confirm));
        assert_eq!(map.action_for(Context::Users, k("enter")), Some(ActionId::Details), "elsewhere unchanged");
        let map = Keymap::from_toml("[users]\ndown = \"J\"\n", p).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map.action_for(Context::Users, k("J")), Some(ActionId::Down));
        assert_eq!(map.action_for(Context::Users, k("j")), None);
        assert_eq!(map.action_for(Context::Devices, k("j")), Some(ActionId::Down));
        let map = Keymap::from_toml("down = \"J\"\n", p).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map.action_for(Context::Help, k("J")), Some(ActionId::Down));
        assert_eq!(map.action_for(Context::Devices, k("j")), None);
        // The same letter for two actions that never share a place is fine.
        let map = Keymap::from_toml("copy_code = \"x\"\n", p).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(map.action_for(Context::Activation, k("x")), Some(ActionId::CopyCode));
        assert_eq!(map.action_for(Context::Bw, k("x")), Some(ActionId::ToggleExcludeProvisioned));
        for (bad, says) in [
            ("[nowhere]\nup = \"k\"", "unknown section [nowhere]"),
            ("[users]\ncopy_code = \"c\"", "does not work in Users"),
            ("[users]\ndown = \"J\"\nup = \"J\"", "given to both"),
        ] {
            let err = Keymap::from_toml(bad, p).map(|_| ()).unwrap_err().to_string();
            assert!(err.contains(says), "{bad}: {err}");
        }
    }

    #[test]
    fn a_bad_keymap_is_refused_in_the_consoles_language() {
        let p = Path::new("keymap.toml");
        let de = Tr::new(crate::i18n::Lang::De);
        for (bad, says) in [
            ("[nowhere]\nup = \"k\"", "unbekannter Abschnitt [nowhere]"),
            ("[users]\ncopy_code = \"c\"", "gilt nicht in Benutzer"),
            ("down = \"J\"\nup = \"J\"", "zugleich gegeben"),
            ("up = \"hyper-q\"", "ist keine Taste"),
        ] {
            let err = Keymap::from_toml_in(bad, p, &de).map(|_| ()).unwrap_err().to_string();
            assert!(err.contains(says) && err.contains("keymap.toml"), "{bad}: {err}");
        }
    }
}
