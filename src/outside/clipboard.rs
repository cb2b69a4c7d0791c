//! The clipboard: `auto | native | osc52 | tmux | off`.
//!
//! Over SSH the system clipboard that matters is the one on the admin's own machine, which only
//! the terminal can reach: OSC 52 (`ESC ] 52 ; c ; <base64> BEL`). Locally, with a display, the
//! native clipboard (arboard) is used. Inside tmux, OSC 52 works when tmux has
//! `set-clipboard on`; otherwise the `tmux` mode wraps the sequence in tmux's passthrough.

use std::io::Write;
use std::sync::{Arc, Mutex};

use base64::Engine;

use crate::domain::error::Val;
use crate::domain::{Error, Result};

/// The clipboard setting, as written in the config file and on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Auto,
    Native,
    Osc52,
    Tmux,
    Off,
}

impl Mode {
    pub const ALL: [Mode; 5] = [Mode::Auto, Mode::Native, Mode::Osc52, Mode::Tmux, Mode::Off];

    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Auto => "auto",
            Mode::Native => "native",
            Mode::Osc52 => "osc52",
            Mode::Tmux => "tmux",
            Mode::Off => "off",
        }
    }

    pub fn parse(s: &str) -> Result<Self> {
        Self::parse_at(s, None)
    }

    /// [`parse`](Self::parse), the refusal naming where the word was (`--clipboard`, the
    /// config file's `clipboard`) before it.
    pub fn parse_at(s: &str, at: Option<&str>) -> Result<Self> {
        let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "");
        Self::ALL.into_iter().find(|m| m.as_str() == wanted).ok_or_else(|| {
            let unknown = crate::said!("clipboard-mode-unknown", mode = s.trim());
            Error::invalid(match at {
                Some(at) => crate::said!("clipboard-mode-at", at = at, error = unknown),
                None => unknown,
            })
        })
    }
}

/// What the environment says about where we run (read once; tests build it by hand).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Env {
    /// `SSH_CONNECTION` or `SSH_TTY` is set.
    pub ssh: bool,
    /// `TMUX` is set.
    pub tmux: bool,
}

impl Env {
    pub fn from_process() -> Self {
        let set = |k: &str| std::env::var_os(k).is_some_and(|v| !v.is_empty());
        Env { ssh: set("SSH_CONNECTION") || set("SSH_TTY"), tmux: set("TMUX") }
    }
}

/// How a copy went: each says it in English ([`Copied::words`]); [`Copied::id`] names the
/// message the console says it with in its language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Copied {
    System,
    Osc52TmuxOn,
    TmuxBuffer,
    Osc52TmuxUnknown,
    Osc52,
    TmuxPassthrough,
}

impl Copied {
    pub fn words(self) -> &'static str {
        match self {
            Copied::System => "copied to the system clipboard",
            Copied::Osc52TmuxOn => "copied with OSC 52 (tmux passes it on: set-clipboard is on)",
            Copied::TmuxBuffer => "copied through tmux (tmux load-buffer -w; set-clipboard is external)",
            Copied::Osc52TmuxUnknown => {
                "sent with OSC 52; inside tmux it arrives only with `set -g set-clipboard on` \
                 (check with `tmux show -gv set-clipboard`), or use --clipboard tmux"
            }
            Copied::Osc52 => "copied with OSC 52 (terminal clipboard)",
            Copied::TmuxPassthrough => {
                "copied with OSC 52 through tmux passthrough (needs `set -g allow-passthrough on`)"
            }
        }
    }

    /// The message id of these words.
    pub fn id(self) -> &'static str {
        match self {
            Copied::System => "copied-system",
            Copied::Osc52TmuxOn => "copied-osc52-tmux-on",
            Copied::TmuxBuffer => "copied-tmux-buffer",
            Copied::Osc52TmuxUnknown => "copied-osc52-tmux-unknown",
            Copied::Osc52 => "copied-osc52",
            Copied::TmuxPassthrough => "copied-tmux-passthrough",
        }
    }
}

/// How text is actually copied, once `auto` is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Via {
    Native,
    Osc52,
    Tmux,
    Off,
}

/// Where OSC 52 bytes go: the terminal by default, a buffer in tests.
pub type Writer = Box<dyn Write + Send>;

pub struct Clipboard {
    mode: Mode,
    via: Via,
    env: Env,
    /// Kept for the app's lifetime: on X11 the copied text lives only as long as this does.
    native: Option<arboard::Clipboard>,
    /// Why the native clipboard is not there (no display, ...), to tell the admin.
    native_error: Option<String>,
    writer: Writer,
    /// tmux's `set-clipboard` option when inside tmux and it could be read: `on` passes OSC 52
    /// on, `external` ignores it from programs (but `load-buffer -w` still reaches the terminal),
    /// `off` neither.
    tmux_clipboard: Option<String>,
    /// The tmux program (tests put in a stand-in).
    tmux_program: String,
}

impl std::fmt::Debug for Clipboard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Clipboard").field("mode", &self.mode).field("via", &self.via).finish()
    }
}

impl Clipboard {
    /// A clipboard writing OSC 52 to the terminal (stdout); inside tmux, it asks tmux how its
    /// clipboard is set up.
    pub fn new(mode: Mode, env: Env) -> Self {
        let c = Self::with_writer(mode, env, Box::new(std::io::stdout()));
        if env.tmux {
            let setting = tmux_option(&c.tmux_program, "set-clipboard");
            return Clipboard { tmux_clipboard: setting, ..c };
        }
        c
    }

    /// Inside tmux, with this `set-clipboard` setting and this tmux program (tests).
    pub fn with_tmux(mut self, set_clipboard: Option<&str>, program: &str) -> Self {
        self.tmux_clipboard = set_clipboard.map(str::to_string);
        self.tmux_program = program.to_string();
        self
    }

    /// A clipboard whose escape sequences go to `writer` (tests capture them).
    pub fn with_writer(mode: Mode, env: Env, writer: Writer) -> Self {
        let mut native = None;
        let mut native_error = None;
        let wants_native = matches!(mode, Mode::Native) || (mode == Mode::Auto && !env.ssh);
        if wants_native {
            // Fails at once without a display; that is the normal case on a server.
            match arboard::Clipboard::new() {
                Ok(c) => native = Some(c),
                Err(e) => native_error = Some(e.to_string()),
            }
        }
        let via = match mode {
            Mode::Auto if env.ssh => Via::Osc52,
            Mode::Auto if native.is_some() => Via::Native,
            Mode::Auto => Via::Osc52,
            Mode::Native => Via::Native,
            Mode::Osc52 => Via::Osc52,
            Mode::Tmux => Via::Tmux,
            Mode::Off => Via::Off,
        };
        Clipboard { mode, via, env, native, native_error, writer, tmux_clipboard: None, tmux_program: "tmux".into() }
    }

    pub fn mode(&self) -> Mode {
        self.mode
    }

    pub fn via(&self) -> Via {
        self.via
    }

    /// For the header: the setting and, for auto, what it chose (in English; [`describe_in`](Self::describe_in)
    /// says it in a language).
    pub fn describe(&self) -> String {
        self.describe_in(crate::i18n::english())
    }

    /// [`describe`](Self::describe) in `tr`'s language: the setting's name (`auto`, `osc52`,
    /// the config's word) as it is, the way it chose in the language.
    pub fn describe_in(&self, tr: &crate::i18n::Tr) -> String {
        use crate::i18n::Arg;
        let with_way = || {
            let way = self.way_in(tr);
            tr.t_with("clip-setting-way", &[("setting", Arg::from(self.mode.as_str())), ("way", Arg::from(&way))])
        };
        match self.mode {
            Mode::Auto => with_way(),
            Mode::Native if self.native.is_none() => tr.t("clip-native-unavailable"),
            Mode::Osc52 if self.env.tmux => with_way(),
            m => m.as_str().to_string(),
        }
    }

    /// The way a copy takes, in a few words (the header's short form), in English.
    pub fn way(&self) -> String {
        self.way_in(crate::i18n::english())
    }

    /// [`way`](Self::way) in `tr`'s language (OSC 52, tmux and its settings as they are; `off`
    /// as the setting writes it).
    pub fn way_in(&self, tr: &crate::i18n::Tr) -> String {
        tr.t(match self.via {
            Via::Off => return Mode::Off.as_str().to_string(),
            Via::Native => "clip-way-system",
            // Inside tmux the way depends on its set-clipboard: say the one `copy` takes.
            Via::Osc52 if self.env.tmux => match self.tmux_clipboard.as_deref() {
                Some("on") => "clip-way-osc52-tmux",
                Some("external") => "clip-way-tmux-buffer",
                Some(_) => "clip-way-tmux-off",
                None => "clip-way-osc52-tmux-unknown",
            },
            Via::Osc52 => "clip-way-osc52",
            Via::Tmux => "clip-way-tmux-passthrough",
        })
    }

    /// Copies `text`; returns how, in words for the status line.
    pub fn copy(&mut self, text: &str) -> Result<String> {
        self.copy_how(text).map(|c| c.words().to_string())
    }

    /// Copies `text`; returns how (the console says it in its language, [`Copied::id`]).
    pub fn copy_how(&mut self, text: &str) -> Result<Copied> {
        match self.via {
            Via::Off => Err(Error::io(crate::said!("clipboard-off"))),
            Via::Native => {
                let Some(native) = self.native.as_mut() else {
                    let why = match self.native_error.as_deref() {
                        Some(e) => Val::from(e),
                        None => Val::Msg("clipboard-no-display"),
                    };
                    return Err(Error::io(crate::said!("clipboard-no-system", error = why)));
                };
                native
                    .set_text(text.to_string())
                    .map_err(|e| Error::io(crate::said!("clipboard-system-refused", error = e.to_string())))?;
                Ok(Copied::System)
            }
            Via::Osc52 if self.env.tmux => match self.tmux_clipboard.as_deref() {
                Some("on") => {
                    self.emit(&osc52(text))?;
                    Ok(Copied::Osc52TmuxOn)
                }
                // tmux ignores OSC 52 from programs, but sends its own buffer to the terminal.
                Some("external") => {
                    self.tmux_load_buffer(text)?;
                    Ok(Copied::TmuxBuffer)
                }
                Some(other) => Err(Error::io(crate::said!(
                    "clipboard-tmux-off",
                    value = other,
                    set = "`tmux set -g set-clipboard on`",
                    show = "`tmux show -gv set-clipboard`"
                ))),
                None => {
                    self.emit(&osc52(text))?;
                    Ok(Copied::Osc52TmuxUnknown)
                }
            },
            Via::Osc52 => {
                self.emit(&osc52(text))?;
                Ok(Copied::Osc52)
            }
            Via::Tmux => {
                self.emit(&tmux_passthrough(&osc52(text)))?;
                Ok(Copied::TmuxPassthrough)
            }
        }
    }

    fn tmux_load_buffer(&self, text: &str) -> Result<()> {
        use std::process::{Command, Stdio};
        let fail = |e: String| Error::io(crate::said!("clipboard-tmux-refused", error = e));
        let mut child = Command::new(&self.tmux_program)
            .args(["load-buffer", "-w", "-"])
            .stdin(Stdio::piped())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| fail(e.to_string()))?;
        if let Some(mut stdin) = child.stdin.take() {
            stdin.write_all(text.as_bytes()).map_err(|e| fail(e.to_string()))?;
        }
        let out = child.wait_with_output().map_err(|e| fail(e.to_string()))?;
        if out.status.success() {
            Ok(())
        } else {
            Err(fail(crate::domain::text::for_terminal(String::from_utf8_lossy(&out.stderr).trim()).into_owned()))
        }
    }

    fn emit(&mut self, bytes: &str) -> Result<()> {
        self.writer
            .write_all(bytes.as_bytes())
            .and_then(|_| self.writer.flush())
            .map_err(|e| Error::io(crate::said!("clipboard-terminal-write", error = e.to_string())))
    }
}

/// A tmux option's value (`tmux show-options -gv NAME`), when tmux answers.
fn tmux_option(program: &str, name: &str) -> Option<String> {
    let out = std::process::Command::new(program)
        .args(["show-options", "-gv", name])
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()
        .ok()?;
    let v = String::from_utf8_lossy(&out.stdout).trim().to_string();
    (out.status.success() && !v.is_empty()).then_some(v)
}

/// `ESC ] 52 ; c ; <base64> BEL`: sets the terminal's clipboard.
pub fn osc52(text: &str) -> String {
    format!("\x1b]52;c;{}\x07", base64::engine::general_purpose::STANDARD.encode(text))
}

/// tmux passthrough: `ESC Ptmux; <sequence with every ESC doubled> ESC \`.
pub fn tmux_passthrough(sequence: &str) -> String {
    format!("\x1bPtmux;{}\x1b\\", sequence.replace('\x1b', "\x1b\x1b"))
}

/// A writer that keeps what was written, for tests.
#[derive(Debug, Clone, Default)]
pub struct Capture(pub Arc<Mutex<Vec<u8>>>);

impl Capture {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(|p| p.into_inner())).into_owned()
    }
}

impl Write for Capture {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap_or_else(|p| p.into_inner()).extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_is_base64_between_the_right_bytes() {
        assert_eq!(osc52("hi"), "\x1b]52;c;aGk=\x07");
    }

    #[test]
    fn tmux_doubles_every_escape() {
        assert_eq!(tmux_passthrough("\x1b]52;c;aGk=\x07"), "\x1bPtmux;\x1b\x1b]52;c;aGk=\x07\x1b\\");
    }

    #[test]
    fn auto_over_ssh_uses_osc52() {
        let cap = Capture::default();
        let mut c = Clipboard::with_writer(Mode::Auto, Env { ssh: true, tmux: false }, Box::new(cap.clone()));
        assert_eq!(c.via(), Via::Osc52);
        let how = c.copy("ABCD");
        assert_eq!(how.as_deref(), Ok("copied with OSC 52 (terminal clipboard)"));
        assert_eq!(cap.text(), osc52("ABCD"));
    }

    #[test]
    fn inside_tmux_the_clipboard_follows_set_clipboard() {
        let osc = |setting: Option<&str>, program: &str| {
            let cap = Capture::default();
            let mut c = Clipboard::with_writer(Mode::Osc52, Env { ssh: true, tmux: true }, Box::new(cap.clone()))
                .with_tmux(setting, program);
            (c.copy("K7QX-M2PD"), cap.text())
        };
        let (on, sent) = osc(Some("on"), "tmux");
        assert!(on.is_ok_and(|m| m.contains("set-clipboard is on")) && sent == osc52("K7QX-M2PD"));
        // `external`: OSC 52 from a program would be dropped, so the text goes through tmux itself.
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let got = dir.path().join("buffer");
        let fake = dir.path().join("tmux");
        std::fs::write(
            &fake,
            format!("#!/bin/sh\n[ \"$1 $2 $3\" = \"load-buffer -w -\" ] && cat > {}\n", got.display()),
        )
        .unwrap_or_else(|e| panic!("{e}"));
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap_or_else(|e| panic!("{e}"));
        let (ext, sent) = osc(Some("external"), &fake.display().to_string());
        assert!(ext.as_ref().is_ok_and(|m| m.contains("load-buffer")), "{ext:?}");
        assert_eq!((sent.as_str(), std::fs::read_to_string(&got).unwrap_or_default().as_str()), ("", "K7QX-M2PD"));
        // `off`: nothing would arrive; say so, and how to check, instead of "copied".
        let (off, sent) = osc(Some("off"), "tmux");
        let why = off.err().map(|e| e.to_string()).unwrap_or_default();
        assert!(why.contains("not copied") && why.contains("tmux show -gv set-clipboard") && sent.is_empty(), "{why}");
        // Unknown: it is sent, and the message says how to check rather than claiming success.
        let (unknown, _) = osc(None, "tmux");
        assert!(unknown.is_ok_and(|m| m.contains("tmux show -gv set-clipboard") && !m.starts_with("copied")));
    }

    #[test]
    fn inside_tmux_the_header_names_the_way_the_copy_takes() {
        let inside = |mode: Mode, setting: Option<&str>| {
            Clipboard::with_writer(mode, Env { ssh: true, tmux: true }, Box::new(Capture::default()))
                .with_tmux(setting, "tmux")
                .describe()
        };
        assert_eq!(inside(Mode::Auto, Some("external")), "auto: tmux buffer");
        assert_eq!(inside(Mode::Auto, Some("on")), "auto: OSC 52 via tmux");
        assert_eq!(inside(Mode::Osc52, Some("off")), "osc52: none (tmux set-clipboard off)");
        assert_eq!(inside(Mode::Tmux, Some("external")), "tmux");
        let outside = Clipboard::with_writer(Mode::Auto, Env { ssh: true, tmux: false }, Box::new(Capture::default()));
        assert_eq!(outside.describe(), "auto: OSC 52");
    }

    #[test]
    fn off_says_why() {
        let mut c = Clipboard::with_writer(Mode::Off, Env::default(), Box::new(Capture::default()));
        assert!(c.copy("x").is_err());
    }

    #[test]
    fn a_copy_that_fails_is_said_in_the_language_with_the_commands_and_words_as_they_are() {
        use crate::i18n::{Lang, Tr};
        let mut off = Clipboard::with_writer(Mode::Off, Env::default(), Box::new(Capture::default()));
        let e = off.copy("x").err().unwrap_or_else(|| panic!("copied while off"));
        assert!(e.to_string().starts_with("the clipboard is off (clipboard = \"off\"): select the code"), "{e}");
        let uk = Tr::new(Lang::Uk).error(&e);
        assert!(uk.starts_with("буфер обміну вимкнено (clipboard = \"off\")") && uk.contains("auto, osc52"), "{uk}");
        let mut tmux = Clipboard::with_writer(Mode::Osc52, Env { ssh: true, tmux: true }, Box::new(Capture::default()))
            .with_tmux(Some("off"), "tmux");
        let e = tmux.copy("x").err().unwrap_or_else(|| panic!("copied with set-clipboard off"));
        assert_eq!(e.exit_code(), 7);
        let de = Tr::new(Lang::De).error(&e);
        assert!(de.starts_with("Nicht kopiert: set-clipboard von tmux ist off,"), "{de}");
        assert!(de.contains("`tmux set -g set-clipboard on`") && de.contains("`tmux show -gv set-clipboard`"), "{de}");
        assert!(!de.contains("not copied") && !de.contains("select the code"), "English left: {de}");
    }

    #[test]
    fn modes_parse() {
        for m in Mode::ALL {
            assert_eq!(Mode::parse(m.as_str()), Ok(m));
        }
        assert_eq!(Mode::parse("OSC-52"), Ok(Mode::Osc52));
        assert!(Mode::parse("xclip").is_err());
        let e = Mode::parse_at(" xclip ", Some("--clipboard")).err().unwrap_or_else(|| panic!("xclip taken"));
        assert_eq!(
            e.to_string(),
            "--clipboard: unknown clipboard mode \"xclip\": use auto, native, osc52, tmux or off"
        );
        let da = crate::i18n::Tr::new(crate::i18n::Lang::Da).error(&e);
        assert_eq!(da, "--clipboard: ukendt udklipsholdertilstand \"xclip\": brug auto, native, osc52, tmux eller off");
    }
}
