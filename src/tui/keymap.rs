//! Keys: the defaults come from the action table; `keymap.toml` in the config folder remaps
//! them, merged over the defaults (a key the file gives to one action leaves every other one).
//!
//! ```toml
//! # ~/.config/wxgo/keymap.toml
//! delete_device = "X"            # one key
//! quit = ["q", "ctrl-q"]         # or several
//! ```

use std::collections::HashMap;
use std::fmt;
use std::path::Path;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::actions::{by_name, ActionId, ACTIONS};
use crate::domain::{Error, Result};

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
        let s = spec.trim();
        if s.is_empty() {
            return Err(Error::Invalid("an empty key".into()));
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
                _ => {
                    return Err(Error::Invalid(format!(
                        "\"{spec}\" is not a key: write a character (j, G, ?), a name (enter, esc, tab, backtab, up, down, pgup, pgdn, home, end, space, f1) or a modifier and a key (ctrl-c, alt-x)"
                    )))
                }
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

/// Which key does what; built from the table, then the user's file.
#[derive(Debug, Clone)]
pub struct Keymap {
    bindings: HashMap<Key, ActionId>,
    keys: HashMap<ActionId, Vec<Key>>,
}

impl Default for Keymap {
    fn default() -> Self {
        let mut map = Keymap { bindings: HashMap::new(), keys: HashMap::new() };
        for a in ACTIONS {
            for spec in a.keys {
                // The table's keys are checked by a test; a bad one is skipped, never a panic.
                if let Ok(k) = Key::parse(spec) {
                    map.bind(k, a.id);
                }
            }
        }
        map
    }
}

impl Keymap {
    fn bind(&mut self, key: Key, id: ActionId) {
        if let Some(old) = self.bindings.insert(key, id) {
            if let Some(list) = self.keys.get_mut(&old) {
                list.retain(|k| *k != key);
            }
        }
        let list = self.keys.entry(id).or_default();
        if !list.contains(&key) {
            list.push(key);
        }
    }

    pub fn action_for(&self, key: Key) -> Option<ActionId> {
        self.bindings.get(&key).copied()
    }

    pub fn keys_of(&self, id: ActionId) -> &[Key] {
        self.keys.get(&id).map(Vec::as_slice).unwrap_or(&[])
    }

    /// The first key of an action as shown in hints, or `:` when it has none (palette only).
    pub fn label(&self, id: ActionId) -> String {
        self.keys_of(id).first().map(|k| k.to_string()).unwrap_or_else(|| ":".into())
    }

    /// The defaults with `text` (the contents of `file`) merged over them.
    pub fn from_toml(text: &str, file: &Path) -> Result<Self> {
        let shown = file.display();
        let table: toml::Table = text
            .parse()
            .map_err(|e: toml::de::Error| Error::Invalid(format!("{shown} is not valid TOML: {}", e.message())))?;
        let mut wanted: Vec<(ActionId, Vec<Key>)> = Vec::new();
        let mut seen: HashMap<Key, &str> = HashMap::new();
        // A `[keys]` section is accepted as well as top-level entries.
        let entries: Vec<(&String, &toml::Value)> = match table.get("keys") {
            Some(toml::Value::Table(t)) if table.len() == 1 => t.iter().collect(),
            _ => table.iter().collect(),
        };
        for (name, value) in entries {
            let action = by_name(name).ok_or_else(|| {
                Error::Invalid(format!(
                    "{shown}: unknown action \"{name}\". Actions are: {}",
                    ACTIONS.iter().map(|a| a.name).collect::<Vec<_>>().join(", ")
                ))
            })?;
            let specs: Vec<&str> = match value {
                toml::Value::String(s) => vec![s.as_str()],
                toml::Value::Array(items) => items
                    .iter()
                    .map(|v| {
                        v.as_str().ok_or_else(|| {
                            Error::Invalid(format!("{shown}: {name}: keys are strings, like \"x\" or \"ctrl-x\""))
                        })
                    })
                    .collect::<Result<_>>()?,
                _ => {
                    return Err(Error::Invalid(format!(
                        "{shown}: {name} = ... takes a key (\"x\") or a list of keys ([\"x\", \"ctrl-x\"])"
                    )))
                }
            };
            let mut keys = Vec::new();
            for spec in specs {
                let key = Key::parse(spec).map_err(|e| Error::Invalid(format!("{shown}: {name}: {e}")))?;
                if let Some(other) = seen.insert(key, action.name) {
                    return Err(Error::Invalid(format!(
                        "{shown}: the key \"{spec}\" is given to both {other} and {name}; give each key to one action"
                    )));
                }
                keys.push(key);
            }
            wanted.push((action.id, keys));
        }
        let mut map = Keymap::default();
        for (id, keys) in wanted {
            // The file replaces the action's default keys.
            for k in map.keys_of(id).to_vec() {
                map.bindings.remove(&k);
            }
            map.keys.insert(id, Vec::new());
            for k in keys {
                map.bind(k, id);
            }
        }
        Ok(map)
    }

    /// Reads `file`; a missing file means the defaults.
    pub fn load(file: &Path) -> Result<Self> {
        match std::fs::read_to_string(file) {
            Ok(text) => Self::from_toml(&text, file),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Keymap::default()),
            Err(e) => Err(Error::Io(format!("cannot read the keymap {}: {e}", file.display()))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_default_key_parses_and_is_unique() {
        let mut seen = HashMap::new();
        for a in ACTIONS {
            for spec in a.keys {
                let k = Key::parse(spec).unwrap_or_else(|e| panic!("{}: {e}", a.name));
                assert!(seen.insert(k, a.name).is_none(), "{spec} twice");
            }
        }
    }

    #[test]
    fn shift_letters_are_the_capital() {
        assert_eq!(Key::parse("shift-l").ok(), Key::parse("L").ok());
        assert_eq!(Key::new(KeyCode::Char('L'), KeyModifiers::SHIFT), Key::new(KeyCode::Char('L'), KeyModifiers::NONE));
    }
}
