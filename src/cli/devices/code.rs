//! Issuing an activation code so that it reaches the admin (`devices add`, `new-code`,
//! `lost-stolen`): printed before it is saved, with its `--letter`; and `devices letter`, the PDF
//! letter for a code issued earlier.

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::Args;

use crate::cli::output::{json, json_text, or_dash, say, say_or_fail, stdout_is_null, tr, warn, Out};
use crate::domain::code::IssuedCode;
use crate::domain::{Error, Result};
use crate::i18n::Arg;
use crate::service::{CodeCheck, CodeDelivery, Core, LetterOutcome, Service};

#[derive(Debug, Args)]
pub struct LetterArgs {
    /// The device (go-12) or its owner's email
    #[arg(add = clap_complete::engine::ArgValueCompleter::new(crate::cli::completions::devices))]
    pub device: String,
    /// The device's current activation code, as issued (`-` reads it from standard input)
    #[arg(long)]
    pub code: String,
    /// The PDF file to write (readable only by you)
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
    /// The letter's language, for an employee who reads another language than yours: en, de, da,
    /// uk or he (default: --lang, the config's lang, the locale)
    #[arg(long, value_name = "LANG", value_parser = crate::cli::devices::letter_lang_arg)]
    pub letter_lang: Option<crate::i18n::Lang>,
}

/// What issued the code (the first line of its details says it).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Issuing {
    Added,
    NewCode,
    LostStolen,
}

/// Issues a code so that it reaches the admin or nothing counts: before the code is saved its
/// details are printed (or stdout checked) and the `--letter` written; a failure there rolls the
/// action back. What follows the save (the email's outcome, the JSON) is printed after.
pub(super) fn issue_code(
    out: &Out,
    verb: Issuing,
    (letter, no_email): (Option<&Path>, bool),
    act: impl FnOnce(CodeCheck<'_>, CodeDelivery<'_>) -> Result<IssuedCode>,
) -> Result<()> {
    let mut letter_done = None;
    // A code shown to /dev/null (or to a stdout that was closed, which the process then finds on
    // /dev/null) and sent nowhere else is a code nobody has.
    let nowhere = |svc: &Core| {
        if letter.is_none() && (no_email || svc.org().suppress_emails) && stdout_is_null() {
            return Err(Error::io(crate::said!("code-nowhere")));
        }
        Ok(())
    };
    let issued = act(
        // On a real organisation Webex issues the code (and ends the earlier one) before it can
        // be delivered: every destination is tried first, so a broken one stops the action
        // before anything is asked of Webex.
        &mut |svc| {
            nowhere(svc)?;
            before_asking(out, verb)?;
            if let Some(path) = letter {
                check_letter_path(path)?;
            }
            Ok(())
        },
        &mut |svc, issued| {
            nowhere(svc)?;
            issued_before_save(out, verb, issued)?;
            if let Some(path) = letter {
                letter_done = Some(svc.letter_for(issued, path)?);
            }
            Ok(())
        },
    )?;
    issued_after_save(out, &issued)?;
    match letter_done {
        Some(o) => print_letter_note(&o),
        None => Ok(()),
    }
}

/// On a real organisation, before Webex is asked for a code: stdout is written (and flushed)
/// now, so a full disk or a closed pipe stops the action before a code exists. JSON output
/// gets a blank line (whitespace before the JSON value).
fn before_asking(out: &Out, verb: Issuing) -> Result<()> {
    if out.json {
        return say_or_fail("");
    }
    say_or_fail(&tr().t(if verb == Issuing::NewCode { "cli-code-asking-new" } else { "cli-code-asking" }))
}

/// The labels of a code's details, in the run's language: `(message id, label)`.
const LABELS: [&str; 8] = [
    "cli-code-label-code",
    "cli-code-label-smdp",
    "cli-code-label-android",
    "cli-code-label-lpa",
    "cli-code-label-qr",
    "cli-code-label-expires",
    "cli-code-label-number",
    "cli-code-label-email",
];

/// `  LABEL  value`, the values in one column past the longest label of the language (at 20 in
/// English, as before).
fn detail(label: &str, value: &str) -> String {
    let tr = tr();
    let width = LABELS.iter().map(|id| unicode_width::UnicodeWidthStr::width(tr.t(id).as_str())).max().unwrap_or(0) + 2;
    let label = tr.t(label);
    let pad = " ".repeat(width.saturating_sub(unicode_width::UnicodeWidthStr::width(label.as_str())));
    format!("  {label}{pad}{value}")
}

/// What a real organisation shows where the demo shows the SM-DP+ address, the Android code or
/// the QR code (Webex's API gives none of them), in the run's language.
fn or_control_hub(value: &str) -> String {
    if value == crate::domain::code::CONTROL_HUB_ONLY {
        tr().t("cli-code-control-hub-only")
    } else {
        value.to_string()
    }
}

/// Before the code is saved: a person gets the details now (so a full disk or a closed pipe
/// stops the action); for a script, stdout is checked writable and the JSON follows whole.
fn issued_before_save(out: &Out, verb: Issuing, i: &IssuedCode) -> Result<()> {
    if out.json {
        return say_or_fail("");
    }
    let tr = tr();
    let id = match verb {
        Issuing::Added => "cli-code-added",
        Issuing::NewCode => "cli-code-new",
        Issuing::LostStolen => "cli-code-lost-stolen",
    };
    let status = crate::tui::present::status_label(tr, crate::domain::DeviceStatus::ActivationPending);
    let args = [
        ("device", Arg::from(&i.device_id)),
        ("name", Arg::from(&i.owner_name)),
        ("email", Arg::from(&i.owner_email)),
        ("status", Arg::from(&status)),
    ];
    say_or_fail(&tr.t_with(id, &args))?;
    say_or_fail(&detail("cli-code-label-code", i.activation_code.as_str()))?;
    say_or_fail(&detail("cli-code-label-smdp", &or_control_hub(&i.smdp_address)))?;
    say_or_fail(&detail("cli-code-label-android", &or_control_hub(&i.android_code)))?;
    if i.has_qr() {
        say_or_fail(&detail("cli-code-label-lpa", &i.lpa))?;
    } else {
        say_or_fail(&detail("cli-code-label-qr", &or_control_hub(crate::domain::code::CONTROL_HUB_ONLY)))?;
    }
    say_or_fail(&detail("cli-code-label-expires", &tr.datetime(i.expires_at)))?;
    say_or_fail(&detail("cli-code-label-number", &or_dash(i.primary_number.as_deref())))
}

/// After the code is saved and emailed: the rest. A failure here is said plainly, with how
/// to issue another code (this one is saved, and the earlier ones no longer work).
fn issued_after_save(out: &Out, i: &IssuedCode) -> Result<()> {
    let written = if out.json {
        json_text(i).and_then(|t| say_or_fail(&t))
    } else {
        let tr = tr();
        say_or_fail(&detail("cli-code-label-email", &tr.text(&i.email_note)))
            .and_then(|()| say_or_fail(&tr.t("cli-code-shown-once")))
    };
    written.map_err(|e| {
        Error::io(crate::said!(
            "code-saved-not-shown",
            error = e.said(),
            device = &i.device_id,
            emailed = if i.emailed {
                crate::said!("code-was-emailed", email = &i.owner_email).around(" ", "")
            } else {
                crate::domain::error::Text::default()
            },
            command = format!("`wxgo devices new-code {}`", i.device_id)
        ))
    })
}

/// A letter can be written at `path` (checked before a code is asked of Webex): not a folder,
/// and its folder takes a new file.
fn check_letter_path(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(Error::invalid(crate::said!("letter-path-folder", path = path.display().to_string())));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let probe = dir.join(format!(".wxgo-letter-probe-{}", std::process::id()));
    let fail = |e: std::io::Error| {
        Error::io(crate::said!("letter-path-not-writable", path = path.display().to_string(), error = e.to_string()))
    };
    let mut f = std::fs::OpenOptions::new().write(true).create_new(true).open(&probe).map_err(fail)?;
    let written = f.write_all(b"probe").and_then(|()| f.sync_all());
    let _ = std::fs::remove_file(&probe);
    written.map_err(fail)
}

/// Reads the code from standard input when it is `-` (so it stays out of the shell history).
fn code_arg(code: &str) -> Result<String> {
    if code.trim() != "-" {
        return Ok(code.to_string());
    }
    let mut line = String::new();
    std::io::stdin()
        .read_line(&mut line)
        .map_err(|e| Error::io(crate::said!("cli-code-stdin", error = e.to_string())))?;
    Ok(line.trim().to_string())
}

pub(super) fn letter(svc: &Service, args: &LetterArgs, as_json: bool) -> Result<()> {
    let code = code_arg(&args.code)?;
    let outcome = svc.devices().letter(&args.device, &code, &args.out)?;
    print_letter(&outcome, as_json, false)
}

/// `--letter FILE.pdf` on add, new-code and lost-stolen: the letter for the code just issued.
/// Its outcome goes to stderr, so stdout keeps the one result (also with --json).
fn print_letter_note(outcome: &LetterOutcome) -> Result<()> {
    print_letter(outcome, false, true)
}

fn print_letter(o: &LetterOutcome, as_json: bool, to_stderr: bool) -> Result<()> {
    let tr = tr();
    let note = tr.text(&o.note);
    if as_json {
        json(o)?;
    } else if to_stderr {
        warn(&tr.t_with("cli-letter-note", &[("note", Arg::from(&note))]));
    } else {
        let args =
            [("device", Arg::from(&o.device_id)), ("email", Arg::from(&o.owner_email)), ("note", Arg::from(&note))];
        say(&tr.t_with("cli-letter-for", &args));
    }
    match &o.print_error {
        None => Ok(()),
        Some(e) => Err(Error::io(crate::said!("letter-written-not-printed", file = &o.file, error = e.clone()))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::devices::DevicesCmd;
    use crate::cli::tests::parse;
    use crate::cli::Command;
    use clap::error::ErrorKind;

    #[test]
    fn letter_takes_the_device_its_code_and_the_file() {
        let Command::Devices(DevicesCmd::Letter(a)) =
            parse(&["devices", "letter", "go-4", "--code", "-", "--out", "go-4.pdf"]).unwrap()
        else {
            panic!()
        };
        assert_eq!((a.device.as_str(), a.code.as_str()), ("go-4", "-"));
        assert_eq!(a.out, Path::new("go-4.pdf"));
        let no_out = parse(&["devices", "letter", "go-4", "--code", "1234"]);
        assert_eq!(no_out.unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
        let no_code = parse(&["devices", "letter", "go-4", "--out", "l.pdf"]);
        assert_eq!(no_code.unwrap_err().kind(), ErrorKind::MissingRequiredArgument);
    }

    #[test]
    fn a_typed_code_is_taken_as_it_is() {
        assert_eq!(code_arg("1234-5678").unwrap(), "1234-5678");
    }

    #[test]
    fn a_letter_into_a_folder_is_refused_before_anything_is_asked() {
        let dir = std::env::temp_dir();
        let e = check_letter_path(&dir).unwrap_err();
        assert!(matches!(&e, Error::Invalid(m) if m.contains("is a folder")), "{e}");
        let e = check_letter_path(Path::new("/nonexistent-wxgo-dir/letter.pdf")).unwrap_err();
        assert!(matches!(&e, Error::Io(m) if m.contains("nothing was asked of Webex")), "{e}");
    }
}
