//! Shell completions (`wxgo completions bash|zsh|fish`) and the man page (`wxgo man`): the bash
//! script loaded into a real bash completes commands, device ids and emails from the
//! organisation's copy and profiles from config.toml.

use std::process::Command;

use crate::backends::Backend;
use crate::fake_webex::home::{ok, text};

/// What bash offers for `line` (the words typed, the last one being completed) after loading
/// `wxgo completions bash`, with `b`'s environment.
fn bash_completes(b: &Backend, line: &[&str]) -> Vec<String> {
    let script = ok(&b.run(&["completions", "bash"]));
    let dir = b.dir();
    let file = dir.join("wxgo.bash");
    std::fs::write(&file, script).unwrap_or_else(|e| panic!("{e}"));
    let words: Vec<String> = line.iter().map(|w| format!("'{w}'")).collect();
    let program = format!(
        "source {file}; COMP_WORDS=({words}); COMP_CWORD={cword}; COMP_TYPE=9; \
         _clap_complete_wxgo wxgo {current} {previous}; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        file = file.display(),
        words = words.join(" "),
        cword = line.len() - 1,
        current = words[line.len() - 1],
        previous = words[line.len().saturating_sub(2)],
    );
    let mut c = Command::new("bash");
    c.arg("--norc").arg("-c").arg(program);
    let base = b.cmd(&[]);
    for (k, v) in base.get_envs() {
        match v {
            Some(v) => c.env(k, v),
            None => c.env_remove(k),
        };
    }
    // `wxgo` in the script is the binary under test (it was started by its path).
    let out = c.current_dir(dir).output().unwrap_or_else(|e| panic!("bash: {e}"));
    assert!(out.status.success(), "bash: {}", text(&out.stderr));
    text(&out.stdout).lines().filter(|l| !l.is_empty()).map(str::to_string).collect()
}

#[test]
fn bash_completes_commands_device_ids_emails_and_profiles() {
    let b = Backend::local();
    let commands = bash_completes(&b, &["wxgo", "dev"]);
    assert!(commands.iter().any(|c| c == "devices"), "{commands:?}");

    let devices = b.devices();
    let id = devices[0]["device_id"].as_str().expect("id").to_string();
    let start = &id[..id.len() - 1];
    let offered = bash_completes(&b, &["wxgo", "devices", "show", start]);
    assert!(offered.contains(&id), "{id} among {offered:?}");
    assert!(offered.iter().all(|o| o.starts_with(start)), "{offered:?}");

    let email = b.users()[0]["email"].as_str().expect("email").to_string();
    let start = &email[..3];
    let offered = bash_completes(&b, &["wxgo", "users", "show", start]);
    assert!(offered.contains(&email), "{email} among {offered:?}");
    let offered = bash_completes(&b, &["wxgo", "why", start]);
    assert!(offered.contains(&email), "why: {email} among {offered:?}");

    let config = b.dir().join("config/wxgo");
    std::fs::create_dir_all(&config).unwrap_or_else(|e| panic!("{e}"));
    std::fs::write(
        config.join("config.toml"),
        "[profiles.acme-eu]\nbackend = \"local\"\n[profiles.acme-us]\nbackend = \"local\"\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let offered = bash_completes(&b, &["wxgo", "--profile", "acme"]);
    assert_eq!(offered, ["acme-eu", "acme-us"], "{offered:?}");
}

#[test]
fn completion_scripts_for_zsh_and_fish_and_the_man_page_are_printed() {
    let b = Backend::local();
    for shell in ["zsh", "fish"] {
        let script = ok(&b.run(&["completions", shell]));
        assert!(script.contains("WXGO_COMPLETE") && script.contains(env!("CARGO_BIN_EXE_wxgo")), "{shell}: {script}");
    }
    let out = b.run(&["completions", "tcsh"]);
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let page = ok(&b.run(&["man"]));
    assert!(page.contains(".TH wxgo") && page.contains("devices") && page.contains("completions"), "{page}");
    assert!(page.contains("why") && page.contains("Why can"), "the man page has why: {page}");
}
