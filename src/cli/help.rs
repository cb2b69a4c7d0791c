//! The command line's own words in the admin's language: `wxgo --help`, `wxgo devices import
//! --help`, and clap's usage errors ("unexpected argument '--jsno' found", its tip, the usage and
//! where to read more).
//!
//! The about and help texts are the `///` comments of the clap structs in `src/cli/`, and they
//! stay the English: `assets/i18n/en/help.ftl` holds them under ids made from the command's path
//! and the argument's id (`help-devices-import`, `help-devices-import-long` for the long about,
//! `help-devices-import--codes-file`, `help-wxgo--output--table` for a possible value of a
//! global flag), and a test holds the two equal. Clap's own words are `clap-*` messages: those
//! of help (`Options:`, `[env: ...]`, `Print help`) in the same file, its usage errors and
//! `Usage:` in `cli.ftl`. `help.ftl` is parsed only here (`i18n::with_help`).
//!
//! Only a run that prints help or a usage error in another language than English pays for
//! this: the command line is parsed as it always was; when clap refuses it (or is asked for
//! help), the language is chosen (`--lang` as typed, the config's `lang`, the locale), and in a
//! language other than English the translated command tree parses the same words again and
//! prints what it says. English is clap's own output, byte for byte. Command names, flags,
//! value names (`<FILE>`, `[OPTIONS]`), env variables, defaults and possible values stay as they
//! are. Hebrew is written in logical order, as every other line of the CLI (the terminal's
//! bidi, or none, shows it).

use std::collections::BTreeMap;
use std::ffi::OsString;
use std::fmt::Write as _;

use clap::builder::{StyledStr, Styles};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, CommandFactory, FromArgMatches, Parser};

use super::Cli;
use crate::domain::text::for_terminal;
use crate::i18n::{Arg as Val, Lang, Tr};

/// Parses the process's command line; help, the version and usage errors are printed (in the
/// admin's language) and end the process, as clap's `Cli::parse` does.
pub fn parse() -> Cli {
    let args: Vec<OsString> = std::env::args_os().collect();
    match Cli::try_parse_from(&args) {
        Ok(cli) => cli,
        Err(e) => {
            let lang = language(&args);
            if lang == Lang::En {
                e.exit()
            }
            exit_in(e, &args, crate::i18n::with_help(lang))
        }
    }
}

/// The language of a command line clap has not parsed: the first `--lang X` or `--lang=X`
/// before `--` that names a language wxgo speaks, then the config's `lang` and the locale. A
/// `--lang` wxgo does not speak is left to the command, which refuses it (as before).
pub(crate) fn language(args: &[OsString]) -> Lang {
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    let mut flag = None;
    while let Some(word) = words.next() {
        let value = match word {
            Some("--") => break,
            Some("--lang") => words.next().flatten(),
            Some(w) => w.strip_prefix("--lang="),
            None => None,
        };
        if let Some(v) = value.filter(|v| Lang::parse(v).is_some()) {
            flag = Some(v);
            break;
        }
    }
    // The config is read only when the flag does not decide.
    let config = if flag.is_none() { config_lang() } else { None };
    crate::i18n::choose(flag, config.as_deref(), crate::i18n::process_env).unwrap_or_default()
}

/// The config's `lang`, read without the rest of the config (and without the messages that
/// would say what is wrong with it: a config.toml that does not parse has no `lang` here, and
/// the command says what is wrong with it, as before).
fn config_lang() -> Option<String> {
    let file = crate::tui::config::config_dir()?.join("config.toml");
    let table: toml::Table = std::fs::read_to_string(file).ok()?.parse().ok()?;
    table.get("lang")?.as_str().map(str::to_string)
}

/// Parses `args` again with the command tree in `tr`'s language, and prints what clap says (help
/// on stdout with exit 0, a usage error on stderr with exit 2) in it.
fn exit_in(english: clap::Error, args: &[OsString], tr: &Tr) -> ! {
    let mut cmd = translated(tr);
    let e = match cmd.try_get_matches_from_mut(args) {
        Err(e) => e,
        // The tree parses what it parsed before: a refusal after parsing (the derive's own)
        // is said as clap says it.
        Ok(mut m) => match Cli::from_arg_matches_mut(&mut m) {
            Err(e) => e.format(&mut cmd).exit(),
            Ok(_) => english.exit(),
        },
    };
    match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            e.exit()
        }
        _ => {
            let said = error_text(&e, tr, cmd.get_styles());
            // Coloured as clap colours its errors (on a terminal, unless NO_COLOR says otherwise).
            let mut stderr = anstream::stderr();
            let _ = std::io::Write::write_fmt(&mut stderr, format_args!("{}", said.ansi()));
            std::process::exit(e.exit_code())
        }
    }
}

// ---------------------------------------------------------------- message ids

/// The id of a command's about (`help-devices-import`; the top command is `help-wxgo`).
pub(crate) fn command_id(path: &[&str]) -> String {
    if path.is_empty() {
        "help-wxgo".to_string()
    } else {
        format!("help-{}", path.join("-"))
    }
}

/// The id of an argument's help: the command's id, `--`, the argument's id with `-` for `_`.
pub(crate) fn arg_id(command: &str, arg: &str) -> String {
    format!("{command}--{}", arg.replace('_', "-"))
}

/// Every about and help text of the command tree as the `///` comments give them (the English
/// messages of `help.ftl`), with their ids, in the tree's order.
#[cfg(test)]
pub(crate) fn english_texts() -> Vec<(String, String)> {
    fn walk(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<(String, String)>) {
        let p: Vec<&str> = path.iter().map(String::as_str).collect();
        let id = command_id(&p);
        if let Some(a) = cmd.get_about() {
            out.push((id.clone(), a.to_string()));
        }
        if let Some(a) = cmd.get_long_about() {
            out.push((format!("{id}-long"), a.to_string()));
        }
        for arg in cmd.get_arguments() {
            let aid = arg_id(&id, arg.get_id().as_str());
            if let Some(h) = arg.get_help() {
                out.push((aid.clone(), h.to_string()));
            }
            if let Some(h) = arg.get_long_help() {
                out.push((format!("{aid}-long"), h.to_string()));
            }
            for pv in arg.get_possible_values() {
                if let Some(h) = pv.get_help() {
                    out.push((format!("{aid}--{}", pv.get_name()), h.to_string()));
                }
            }
        }
        for sub in cmd.get_subcommands() {
            path.push(sub.get_name().to_string());
            walk(sub, path, out);
            path.pop();
        }
    }
    let mut out = Vec::new();
    walk(&Cli::command(), &mut Vec::new(), &mut out);
    out
}

// ---------------------------------------------------------------- the translated tree

/// The command tree, built, with every text a person reads in `tr`'s language: abouts, helps,
/// possible values' helps, the headings, the `[env: ...]`, `[default: ...]` and `[possible
/// values: ...]` notes, `-h`/`--help`, `-V`/`--version` and the `help` command. It is
/// translated after clap built it, so whether `--help` is long or short, and the flags'
/// order, are clap's as in English.
pub(crate) fn translated(tr: &Tr) -> Command {
    let mut cmd = Cli::command();
    cmd.build();
    let styles = cmd.get_styles().clone();
    let at = At { tr, styles: &styles };
    at.command(cmd, &[], &BTreeMap::new())
}

struct At<'a> {
    tr: &'a Tr,
    styles: &'a Styles,
}

impl At<'_> {
    fn command(&self, mut cmd: Command, path: &[String], inherited: &BTreeMap<String, String>) -> Command {
        let p: Vec<&str> = path.iter().map(String::as_str).collect();
        let id = command_id(&p);
        let tr = self.tr;
        if cmd.get_about().is_some() {
            cmd = cmd.about(tr.t(&id));
        }
        if cmd.get_long_about().is_some() {
            cmd = cmd.long_about(tr.t(&format!("{id}-long")));
        }
        // A global flag is said as where it is defined; the ones defined here go down.
        let mut globals = inherited.clone();
        for arg in cmd.get_arguments().filter(|a| a.is_global_set()) {
            globals.entry(arg.get_id().to_string()).or_insert_with(|| id.clone());
        }
        let long_help = cmd.get_arguments().any(|a| a.get_id() == "help" && a.get_long_help().is_some());
        cmd = cmd.mut_args(|arg| {
            let own = arg.get_id().to_string();
            match own.as_str() {
                "help" if matches!(arg.get_action(), clap::ArgAction::Help) => self.help_flag(arg),
                "version" if matches!(arg.get_action(), clap::ArgAction::Version) => {
                    arg.help(tr.t("clap-version-flag"))
                }
                _ => {
                    let at = globals.get(&own).cloned().unwrap_or_else(|| id.clone());
                    self.arg(arg, &arg_id(&at, &own), long_help)
                }
            }
        });
        let template = self.template(&cmd);
        cmd = cmd.help_template(template);
        cmd.mut_subcommands(|sub| {
            // clap's own `help` command (wxgo has none of its own: clap would refuse it).
            if sub.get_name() == "help" {
                return self.help_command(sub, path, &[]);
            }
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name().to_string());
            self.command(sub, &sub_path, &globals)
        })
    }

    /// clap's `help` command of the command at `base`, and the copies of the commands under it
    /// (`wxgo help help` lists them; `path` is a copy's below `base`).
    fn help_command(&self, mut cmd: Command, base: &[String], path: &[String]) -> Command {
        let tr = self.tr;
        if path.is_empty() || path == ["help"] {
            // clap's help command, and its copy under itself (`wxgo help help`).
            cmd = cmd.about(tr.t("clap-help-command"));
        } else if cmd.get_about().is_some() {
            let p: Vec<&str> = base.iter().chain(path).map(String::as_str).collect();
            cmd = cmd.about(tr.t(&command_id(&p)));
        }
        cmd = cmd.mut_args(|arg| {
            if arg.get_id() == "subcommand" && arg.get_help().is_some() {
                arg.help(tr.t("clap-help-command-arg"))
            } else {
                arg
            }
        });
        let template = self.template(&cmd);
        cmd = cmd.help_template(template);
        cmd.mut_subcommands(|sub| {
            let mut sub_path = path.to_vec();
            sub_path.push(sub.get_name().to_string());
            self.help_command(sub, base, &sub_path)
        })
    }

    fn help_flag(&self, arg: Arg) -> Arg {
        if arg.get_long_help().is_some() {
            arg.help(self.tr.t("clap-help-flag-more")).long_help(self.tr.t("clap-help-flag-summary"))
        } else {
            arg.help(self.tr.t("clap-help-flag"))
        }
    }

    /// clap's layout (its default template) with the headings in the language.
    fn template(&self, cmd: &Command) -> String {
        let (tr, s) = (self.tr, self.styles);
        let (usage, header) = (s.get_usage(), s.get_header());
        let shown = |a: &&Arg| !(a.is_hide_set() || a.is_hide_short_help_set() && a.is_hide_long_help_set());
        let mut t = format!(
            "{{before-help}}{{about-with-newline}}\n{usage}{}:{usage:#} {{usage}}",
            braces(&tr.t("clap-usage"))
        );
        let mut section = |heading: &str, tag: &str| {
            t.push_str(&format!("\n\n{header}{}:{header:#}\n{tag}", braces(&tr.t(heading))));
        };
        if cmd.get_subcommands().any(|c| c.get_name() != "help" && !c.is_hide_set()) {
            section("clap-commands", "{subcommands}");
        }
        if cmd.get_positionals().any(|a| shown(&a)) {
            section("clap-arguments", "{positionals}");
        }
        if cmd.get_arguments().filter(|a| !a.is_positional()).any(|a| shown(&a)) {
            section("clap-options", "{options}");
        }
        t.push_str("{after-help}");
        t
    }

    /// An argument's help in the language, with clap's notes said in it too (clap's own are
    /// hidden): after the help on `-h`, in paragraphs of their own on `--help` (`long`: the
    /// command has a long help), as clap lays them out.
    fn arg(&self, arg: Arg, id: &str, long: bool) -> Arg {
        let tr = self.tr;
        let help = arg.get_help().map(|_| tr.t(id));
        let long_help = arg.get_long_help().map(|_| tr.t(&format!("{id}-long")));
        let values: Vec<clap::builder::PossibleValue> =
            arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
        let values_shown = !arg.is_hide_possible_values_set() && !values.is_empty();
        let values_listed = values_shown && values.iter().any(|v| v.get_help().is_some());
        let mut notes = self.notes(&arg);
        let short_notes = {
            let mut n = notes.clone();
            if values_shown {
                n.push(self.values_note(&values));
            }
            n
        };
        if values_shown && !values_listed {
            notes.push(self.values_note(&values));
        }

        let mut short = String::new();
        if let Some(h) = help.as_ref().or(long_help.as_ref()) {
            short.push_str(h);
        }
        if !short_notes.is_empty() {
            if !short.is_empty() {
                short.push(' ');
            }
            short.push_str(&short_notes.join(" "));
        }

        let mut full = String::new();
        if let Some(h) = long_help.as_ref().or(help.as_ref()) {
            full.push_str(h);
        }
        if values_listed {
            if !full.is_empty() {
                full.push_str("\n\n");
            }
            full.push_str(&format!("{}:", tr.t("clap-possible-values-heading")));
            let widest = values.iter().map(|v| unicode_width::UnicodeWidthStr::width(v.get_name())).max().unwrap_or(0);
            let literal = self.styles.get_literal();
            for v in &values {
                let name = v.get_name();
                let _ = write!(full, "\n- {literal}{name}{literal:#}");
                if v.get_help().is_some() {
                    let pad = widest - unicode_width::UnicodeWidthStr::width(name);
                    let text = tr.t(&format!("{id}--{name}"));
                    let _ = write!(full, ": {:pad$}{text}", "");
                }
            }
        }
        if !notes.is_empty() {
            if !full.is_empty() {
                full.push_str("\n\n");
            }
            full.push_str(&notes.join("\n"));
        }

        let mut arg = arg.hide_env(true).hide_default_value(true).hide_possible_values(true);
        if !short.is_empty() {
            arg = arg.help(StyledStr::from(short));
        }
        if long && !full.is_empty() {
            arg = arg.long_help(StyledStr::from(full));
        }
        arg
    }

    /// `[env: WXGO_DB=...]` and `[default: 0]`, in the language, styled as clap styles them.
    fn notes(&self, arg: &Arg) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(name) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
            let mut value = String::new();
            if !arg.is_hide_env_values_set() {
                value.push('=');
                if let Some(v) = std::env::var_os(name) {
                    value.push_str(&for_terminal(&v.to_string_lossy()));
                }
            }
            notes.push(self.note("clap-env", &[format!("{}{value}", name.to_string_lossy())]));
        }
        let defaults = arg.get_default_values();
        if arg.get_action().takes_values() && !arg.is_hide_default_value_set() && !defaults.is_empty() {
            let shown: Vec<String> = defaults.iter().map(|d| quoted(&d.to_string_lossy())).collect();
            notes.push(self.note("clap-default", &[shown.join(" ")]));
        }
        notes
    }

    fn values_note(&self, values: &[clap::builder::PossibleValue]) -> String {
        let names: Vec<String> = values.iter().map(|v| quoted(v.get_name())).collect();
        self.note("clap-possible-values", &names)
    }

    /// `[label: a, b]` as clap styles it.
    fn note(&self, label: &str, values: &[String]) -> String {
        let (ctx, val) = (self.styles.get_context(), self.styles.get_context_value());
        let shown: Vec<String> = values.iter().map(|v| format!("{val}{v}{val:#}")).collect();
        format!("{ctx}[{}: {ctx:#}{}{ctx}]{ctx:#}", self.tr.t(label), shown.join(&format!("{ctx}, {ctx:#}")))
    }
}

/// A value as clap shows it: quoted when empty or with a space in it.
fn quoted(v: &str) -> String {
    if v.is_empty() || v.contains(char::is_whitespace) {
        format!("{v:?}")
    } else {
        v.to_string()
    }
}

/// Words put into a help template, whose `{` starts a tag.
fn braces(words: &str) -> String {
    words.replace(['{', '}'], "")
}

// ---------------------------------------------------------------- usage errors

/// A usage error as clap words it (the error, its tips, the usage and where to read more), in
/// `tr`'s language. What the admin typed is made harmless for the terminal; flags, values and
/// commands are as clap gives them.
pub(crate) fn error_text(e: &clap::Error, tr: &Tr, styles: &Styles) -> StyledStr {
    let (valid, invalid, literal) = (styles.get_valid(), styles.get_invalid(), styles.get_literal());
    let text = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::String(s)) => Some(for_terminal(s).into_owned()),
        _ => None,
    };
    let texts = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::Strings(s)) => Some(s.iter().map(|v| for_terminal(v).into_owned()).collect::<Vec<_>>()),
        _ => None,
    };
    let number = |kind: ContextKind| match e.get(kind) {
        Some(ContextValue::Number(n)) => Some(*n as i64),
        _ => None,
    };
    let bad = |s: &str| format!("{invalid}{s}{invalid:#}");
    let lit = |s: &str| format!("{literal}{s}{literal:#}");
    let good = |s: &str| format!("{valid}{s}{valid:#}");
    let t = |id: &str, args: &[(&str, &str)]| -> String {
        let a: Vec<(&str, Val<'_>)> = args.iter().map(|(k, v)| (*k, Val::from(*v))).collect();
        tr.t_with(id, &a)
    };

    let mut body = String::new();
    let said = match e.kind() {
        ErrorKind::ArgumentConflict => {
            let prior = e.get(ContextKind::PriorArg);
            let (subject, key, same) = match (text(ContextKind::InvalidArg), text(ContextKind::InvalidSubcommand)) {
                (Some(a), _) => {
                    let same = matches!(prior, Some(ContextValue::String(p)) if for_terminal(p) == a);
                    (Some(a), "arg", same)
                }
                (None, Some(c)) => (Some(c), "command", false),
                _ => (None, "", false),
            };
            match (subject, prior) {
                (Some(a), _) if same => {
                    body = t("clap-error-used-twice", &[("arg", &bad(&a))]);
                    true
                }
                (Some(a), Some(ContextValue::String(p))) => {
                    let id = if key == "arg" { "clap-error-conflict" } else { "clap-error-command-conflict" };
                    body = t(id, &[(key, &bad(&a)), ("other", &bad(&for_terminal(p)))]);
                    true
                }
                (Some(a), Some(ContextValue::Strings(ps))) => {
                    let id = if key == "arg" { "clap-error-conflict-list" } else { "clap-error-command-conflict-list" };
                    body = t(id, &[(key, &bad(&a))]);
                    for p in ps {
                        let _ = write!(body, "\n  {}", bad(&for_terminal(p)));
                    }
                    true
                }
                (Some(a), _) => {
                    let id =
                        if key == "arg" { "clap-error-conflict-others" } else { "clap-error-command-conflict-others" };
                    body = t(id, &[(key, &bad(&a))]);
                    true
                }
                (None, _) => false,
            }
        }
        ErrorKind::NoEquals => match text(ContextKind::InvalidArg) {
            Some(a) => {
                body = t("clap-error-no-equals", &[("arg", &bad(&a))]);
                true
            }
            None => false,
        },
        ErrorKind::InvalidValue => match (text(ContextKind::InvalidArg), text(ContextKind::InvalidValue)) {
            (Some(a), Some(v)) => {
                body = if v.is_empty() {
                    t("clap-error-value-missing", &[("arg", &bad(&a))])
                } else {
                    t("clap-error-invalid-value", &[("value", &bad(&v)), ("arg", &lit(&a))])
                };
                if let Some(values) = texts(ContextKind::ValidValue).filter(|v| !v.is_empty()) {
                    let shown: Vec<String> = values.iter().map(|v| good(&quoted(v))).collect();
                    let _ = write!(body, "\n  [{}: {}]", tr.t("clap-possible-values"), shown.join(", "));
                }
                true
            }
            _ => false,
        },
        ErrorKind::InvalidSubcommand => match text(ContextKind::InvalidSubcommand) {
            Some(c) => {
                body = t("clap-error-unknown-command", &[("command", &bad(&c))]);
                true
            }
            None => false,
        },
        ErrorKind::MissingRequiredArgument => match texts(ContextKind::InvalidArg) {
            Some(args) => {
                body = tr.t("clap-error-missing-required");
                for a in args {
                    let _ = write!(body, "\n  {}", good(&a));
                }
                true
            }
            None => false,
        },
        ErrorKind::MissingSubcommand => match text(ContextKind::InvalidSubcommand) {
            Some(c) => {
                body = t("clap-error-missing-command", &[("command", &bad(&c))]);
                if let Some(values) = texts(ContextKind::ValidSubcommand).filter(|v| !v.is_empty()) {
                    let shown: Vec<String> = values.iter().map(|v| good(&quoted(v))).collect();
                    let _ = write!(body, "\n  [{}: {}]", tr.t("clap-commands-note"), shown.join(", "));
                }
                true
            }
            None => false,
        },
        ErrorKind::TooManyValues => match (text(ContextKind::InvalidArg), text(ContextKind::InvalidValue)) {
            (Some(a), Some(v)) => {
                body = t("clap-error-too-many-values", &[("value", &bad(&v)), ("arg", &lit(&a))]);
                true
            }
            _ => false,
        },
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            let wanted = if e.kind() == ErrorKind::TooFewValues {
                ContextKind::MinValues
            } else {
                ContextKind::ExpectedNumValues
            };
            match (text(ContextKind::InvalidArg), number(ContextKind::ActualNumValues), number(wanted)) {
                (Some(a), Some(n), Some(w)) => {
                    let id = if e.kind() == ErrorKind::TooFewValues {
                        "clap-error-too-few-values"
                    } else {
                        "clap-error-wrong-number-of-values"
                    };
                    let (ws, ns, la) = (good(&w.to_string()), bad(&n.to_string()), lit(&a));
                    let args = [
                        ("arg", Val::from(la.as_str())),
                        ("wanted", Val::from(ws.as_str())),
                        ("given", Val::from(ns.as_str())),
                        ("n", Val::from(n)),
                    ];
                    body = tr.t_with(id, &args);
                    true
                }
                _ => false,
            }
        }
        ErrorKind::ValueValidation => match (text(ContextKind::InvalidArg), text(ContextKind::InvalidValue)) {
            (Some(a), Some(v)) => {
                body = match std::error::Error::source(e) {
                    Some(why) => {
                        let why = reason(&why.to_string(), tr);
                        t(
                            "clap-error-invalid-value-because",
                            &[("value", &bad(&v)), ("arg", &lit(&a)), ("reason", &why)],
                        )
                    }
                    None => t("clap-error-invalid-value", &[("value", &bad(&v)), ("arg", &lit(&a))]),
                };
                true
            }
            _ => false,
        },
        ErrorKind::UnknownArgument => match text(ContextKind::InvalidArg) {
            Some(a) => {
                body = t("clap-error-unknown-argument", &[("arg", &bad(&a))]);
                true
            }
            None => false,
        },
        ErrorKind::InvalidUtf8 => {
            body = tr.t("clap-error-invalid-utf8");
            true
        }
        _ => false,
    };
    if !said {
        // What clap says with no words of its own to translate (an I/O error's): as it is.
        body = match std::error::Error::source(e) {
            Some(s) => for_terminal(&s.to_string()).into_owned(),
            None => e.kind().as_str().unwrap_or("unknown cause").to_string(),
        };
    }

    let mut out = StyledStr::new();
    const MARK: &str = "\u{E000}";
    let line = tr.t_with("cli-error", &[("message", Val::from(MARK))]);
    match line.split_once(MARK) {
        Some((before, after)) => {
            let error = styles.get_error();
            let label = before.trim_end();
            let _ = write!(out, "{error}{label}{error:#}{}{body}{after}", &before[label.len()..]);
        }
        None => out.push_str(&line.replace(MARK, &body)),
    }

    // The tips: a similar command, flag or value; what clap suggests besides.
    let tip = {
        let word = tr.t("clap-tip");
        format!("  {valid}{word}:{valid:#}")
    };
    let mut tipped = false;
    for (kind, what) in [
        (ContextKind::SuggestedSubcommand, "command"),
        (ContextKind::SuggestedArg, "argument"),
        (ContextKind::SuggestedValue, "value"),
    ] {
        let names: Vec<String> = match e.get(kind) {
            Some(ContextValue::String(s)) => vec![for_terminal(s).into_owned()],
            Some(ContextValue::Strings(s)) => s.iter().map(|v| for_terminal(v).into_owned()).collect(),
            _ => continue,
        };
        out.push_str("\n");
        if !tipped {
            out.push_str("\n");
            tipped = true;
        }
        let shown: Vec<String> = names.iter().map(|n| format!("'{}'", good(n))).collect();
        let listed = shown.join(", ");
        let args = [("names", Val::from(listed.as_str())), ("n", Val::from(names.len()))];
        let _ = write!(out, "{tip} {}", tr.t_with(&format!("clap-tip-similar-{what}"), &args));
    }
    if let Some(ContextValue::StyledStrs(suggestions)) = e.get(ContextKind::Suggested) {
        if !tipped {
            out.push_str("\n");
        }
        for s in suggestions {
            let _ = write!(out, "\n{tip} {}", suggestion(&s.to_string(), tr));
        }
    }

    if let Some(ContextValue::StyledStr(usage)) = e.get(ContextKind::Usage) {
        // clap's usage keeps its styles; only its heading is said in the language.
        let u = styles.get_usage();
        let styled = usage.ansi().to_string();
        let title = format!("{}Usage:{} ", u.render(), u.render_reset());
        let rest = styled.strip_prefix(&title).unwrap_or(&styled);
        let _ = write!(out, "\n\n{u}{}:{u:#} {rest}", tr.t("clap-usage"));
    }
    let help = lit("--help");
    let _ = write!(out, "\n\n{}\n", t("clap-error-more", &[("help", &help)]));
    out
}

/// A tip clap words itself (`to pass '-x' as a value, use '-- -x'`), in the language when it is
/// one of those wxgo knows, else as clap gives it.
fn suggestion(english: &str, tr: &Tr) -> String {
    let ids = ["clap-tip-as-value", "clap-tip-exists", "clap-tip-remove-dashes"];
    match crate::i18n::recognise(english, &ids, &[]) {
        Some(t) => tr.text(&t),
        None => for_terminal(english).into_owned(),
    }
}

/// Why a value was refused: wxgo's own words (`--letter-lang`) and Rust's words on a number in
/// the language, anything else as it is.
fn reason(english: &str, tr: &Tr) -> String {
    let ids = [
        "cli-letter-lang-unknown",
        "clap-reason-invalid-digit",
        "clap-reason-empty",
        "clap-reason-too-large",
        "clap-reason-too-small",
    ];
    match crate::i18n::recognise(english, &ids, &[]) {
        Some(t) => tr.text(&t),
        None => for_terminal(english).into_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The help of `wxgo PATH` as `-h` (`long` false) or `--help` prints it, from `cmd` (built).
    fn help_of(cmd: &mut Command, path: &[&str], long: bool) -> String {
        let mut at = cmd;
        for name in path {
            at = at.find_subcommand_mut(name).unwrap_or_else(|| panic!("no command {name}"));
        }
        if long {
            at.render_long_help().to_string()
        } else {
            at.render_help().to_string()
        }
    }

    /// Every command's path as clap built the tree, the top one first: clap's `help` commands
    /// and the copies of the tree under them (`wxgo help help`) too.
    fn paths() -> Vec<Vec<String>> {
        fn walk(cmd: &Command, path: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
            out.push(path.clone());
            for sub in cmd.get_subcommands() {
                path.push(sub.get_name().to_string());
                walk(sub, path, out);
                path.pop();
            }
        }
        let mut built = Cli::command();
        built.build();
        let mut out = Vec::new();
        walk(&built, &mut Vec::new(), &mut out);
        out
    }

    fn trimmed(s: &str) -> String {
        s.lines().map(str::trim_end).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn the_english_help_messages_are_the_doc_comments_word_for_word() {
        let texts = english_texts();
        assert!(texts.len() > 150, "only {} texts in the tree", texts.len());
        let en = crate::i18n::with_help(Lang::En);
        let differ: Vec<String> = texts
            .iter()
            .filter(|(id, text)| !en.has(id) || en.t(id) != *text)
            .map(|(id, text)| format!("{id}:\n  comment: {text:?}\n  help.ftl: {:?}", en.t(id)))
            .collect();
        assert!(differ.is_empty(), "help.ftl differs from the doc comments:\n{}", differ.join("\n"));
        // And help.ftl has no help of a command or flag that is gone.
        let (catalogue, _) = crate::i18n::catalogue(Lang::En);
        let stale: Vec<&String> = catalogue
            .iter()
            .filter(|(id, (file, _))| *file == "help.ftl" && id.starts_with("help-"))
            .map(|(id, _)| id)
            .filter(|id| !texts.iter().any(|(t, _)| t == *id))
            .collect();
        assert!(stale.is_empty(), "help.ftl has helps the command line no longer has: {stale:?}");
    }

    /// What a help keeps in every language: flags, rule ids, what is between backticks, env
    /// variables and paths.
    fn kept(en: &str) -> Vec<String> {
        let mut out: Vec<String> = en.split('`').skip(1).step_by(2).map(|code| format!("`{code}`")).collect();
        let outside: String = en.split('`').step_by(2).collect::<Vec<_>>().join(" ");
        let cut = |c: char| c.is_whitespace() || matches!(c, ',' | ';' | '(' | ')' | ':' | '"' | '[' | ']');
        for word in outside.split(cut).map(|w| w.trim_end_matches('.')) {
            let flag = word.len() > 2
                && word.starts_with("--")
                && word[2..].chars().all(|c| c.is_ascii_lowercase() || c == '-');
            let rule = |w: &str| {
                w.len() == 4
                    && w[..2].chars().all(|c| c.is_ascii_uppercase())
                    && w[2..].chars().all(|c| c.is_ascii_digit())
            };
            let env = word.contains('_')
                && word
                    .trim_start_matches('$')
                    .chars()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
            let dotted = word.split_once('.').is_some_and(|(a, b)| {
                a.ends_with(|c: char| c.is_ascii_alphanumeric()) && b.starts_with(|c: char| c.is_ascii_alphanumeric())
            });
            let path = word.is_ascii() && (dotted || word.ends_with('/') || word.starts_with('$'));
            if flag || env || path || word.split('-').all(rule) && !word.is_empty() {
                out.push(word.to_string());
            }
        }
        out
    }

    #[test]
    fn every_language_keeps_the_flags_rule_ids_code_env_variables_and_paths_of_each_help() {
        let texts = english_texts();
        let found: usize = texts.iter().map(|(_, en)| kept(en).len()).sum();
        assert!(found > 80, "only {found} kept words found: the scan misses them");
        for lang in Lang::ALL {
            let tr = crate::i18n::with_help(lang);
            let mut lost = Vec::new();
            for (id, en) in &texts {
                let said = tr.t(id);
                lost.extend(kept(en).into_iter().filter(|k| !said.contains(k.as_str())).map(|k| format!("{id}: {k}")));
            }
            assert!(lost.is_empty(), "{}: a help lost what it keeps:\n{}", lang.code(), lost.join("\n"));
        }
    }

    #[test]
    fn help_ids_are_fluent_identifiers_one_per_text() {
        let texts = english_texts();
        let mut seen = std::collections::BTreeSet::new();
        for (id, _) in &texts {
            let ok = id.chars().next().is_some_and(|c| c.is_ascii_alphabetic())
                && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
            assert!(ok, "{id} is no Fluent identifier");
            assert!(seen.insert(id), "{id} names two texts");
        }
    }

    #[test]
    fn the_translated_tree_in_english_lays_out_every_help_as_clap_does() {
        let mut clap_s = Cli::command();
        clap_s.build();
        let mut ours = translated(crate::i18n::with_help(Lang::En));
        for path in paths() {
            let p: Vec<&str> = path.iter().map(String::as_str).collect();
            for long in [false, true] {
                let (a, b) = (help_of(&mut clap_s, &p, long), help_of(&mut ours, &p, long));
                // The one difference: a blank line inside a help keeps its indent.
                assert_eq!(trimmed(&b), trimmed(&a), "wxgo {} {}", p.join(" "), if long { "--help" } else { "-h" });
            }
        }
    }

    /// Command lines clap refuses, one of each kind wxgo's flags can meet.
    const REFUSED: &[&[&str]] = &[
        &["users", "list", "--bogus"],
        &["users", "list", "--jsn"],
        &["users", "lst"],
        &["nosuch"],
        &["devices", "import"],
        &["users", "show"],
        &["numbers", "add-mobile", "+14155550100"],
        &["-o", "narrow", "users", "list"],
        &["users", "list", "--limit", "x"],
        &["users", "list", "--limit", ""],
        &["users", "list", "--limit"],
        &["devices", "add", "--letter-lang", "fr"],
        &["licences", "template-save", "X", "--group", "a", "--org-wide"],
        &["licences", "assign", "--template", "T", "--from", "f.csv", "--user", "a@b.c"],
        &["--lang", "de", "--lang", "da"],
        &["users", "list", "extra"],
        &["users", "show", "-x"],
        &["--", "users"],
        &["help", "nosuch"],
        &["completions", "tcsh"],
    ];

    fn refusal(cmd: &mut Command, args: &[&str]) -> clap::Error {
        let argv = std::iter::once("wxgo").chain(args.iter().copied());
        cmd.try_get_matches_from_mut(argv).err().unwrap_or_else(|| panic!("{args:?} parsed"))
    }

    #[test]
    fn usage_errors_in_english_are_worded_as_clap_words_them() {
        let mut clap_s = Cli::command();
        let mut ours = translated(crate::i18n::with_help(Lang::En));
        for args in REFUSED {
            let theirs = refusal(&mut clap_s, args);
            let e = refusal(&mut ours, args);
            assert_eq!(e.kind(), theirs.kind(), "{args:?}");
            let said = error_text(&e, crate::i18n::with_help(Lang::En), ours.get_styles()).to_string();
            assert_eq!(said, theirs.render().to_string(), "{args:?}");
        }
    }

    fn args(words: &[&str]) -> Vec<OsString> {
        std::iter::once("wxgo").chain(words.iter().copied()).map(OsString::from).collect()
    }

    #[test]
    fn the_language_of_help_is_the_lang_flag_as_typed_before_clap_parses() {
        assert_eq!(language(&args(&["--lang", "de", "--help"])), Lang::De);
        assert_eq!(language(&args(&["users", "--lang=uk", "list", "--bogus"])), Lang::Uk);
        assert_eq!(language(&args(&["--lang", "he_IL.UTF-8"])), Lang::He);
        // After `--` it is no flag; a language wxgo does not speak is the command's to refuse.
        let rest = language(&args(&["--lang", "fr"]));
        assert_eq!(language(&args(&["--", "--lang", "de"])), rest);
        assert_eq!(language(&args(&["--lang"])), rest);
    }

    #[test]
    fn german_help_has_german_headings_and_notes_and_the_flags_as_they_are() {
        let de = crate::i18n::with_help(Lang::De);
        let mut cmd = translated(de);
        let short = help_of(&mut cmd, &["users", "list"], false);
        let long = help_of(&mut cmd, &["users", "list"], true);
        for (id, text) in [("clap-usage", &short), ("clap-options", &short), ("clap-default", &short)] {
            assert!(text.contains(&de.t(id)), "{id} missing:\n{text}");
        }
        assert!(short.contains(&de.t("help-users-list--not-provisioned")), "{short}");
        assert!(long.contains(&format!("{}:", de.t("clap-possible-values-heading"))), "{long}");
        for kept in ["--not-provisioned", "--filter <FILTER>", "-o, --output <FORMAT>", "wxgo users list [OPTIONS]"] {
            assert!(short.contains(kept), "{kept} missing:\n{short}");
        }
    }
}
