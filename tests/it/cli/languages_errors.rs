//! The CLI's rarer errors in the admin's language: a mobile number MO03 will not add and an
//! operator account's advice (MO02), a directory export's malformed row, a file that cannot be
//! read, a database of another program, a `WXGO_NOW` that is not a time. Numbers, paths, lines,
//! columns, headers and the system's words as they are; the exit code and `--json` (its English)
//! as in English.

use std::path::{Path, PathBuf};
use std::process::Output;

use crate::fake_webex::home::text;

const NOW: &str = "2026-11-22T09:00:00Z";
/// The demo's Authorized operator account, in Dallas (US).
const ATT: &str = "ATT-884120";

/// The demo organisation in a folder of its own.
struct Demo {
    dir: tempfile::TempDir,
}

impl Demo {
    fn new() -> Demo {
        let demo = Demo { dir: tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}")) };
        let out = demo.run(&[], &["demo"]);
        assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
        demo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn db(&self) -> PathBuf {
        self.path().join("wxgo.db")
    }

    /// `wxgo ARGS` with `vars` set (the clock, the database, the config folder in the test's).
    fn run(&self, vars: &[(&str, &str)], args: &[&str]) -> Output {
        let mut cmd = crate::common::wxgo_command();
        cmd.args(args)
            .env("WXGO_DB", self.db())
            .env("WXGO_OUTBOX", self.path().join("outbox"))
            .env("WXGO_NOW", NOW)
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env_remove("WXGO_PROFILE")
            .env_remove("WXGO_SMTP_URL");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.output().unwrap_or_else(|e| panic!("wxgo {args:?}: {e}"))
    }

    /// `wxgo --lang LANG ARGS`: (exit code, stdout, stderr).
    fn said(&self, lang: &str, args: &[&str]) -> (i32, String, String) {
        let mut all = vec!["--lang", lang];
        all.extend(args);
        let out = self.run(&[], &all);
        (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
    }

    /// `--json` in `lang` and in English: both, which must be the same.
    fn json_in(&self, lang: &str, args: &[&str]) -> (i32, serde_json::Value, serde_json::Value) {
        let parse = |lang: &str| {
            let mut all = vec!["--lang", lang, "--json"];
            all.extend(args);
            let out = self.run(&[], &all);
            let json: serde_json::Value = serde_json::from_slice(&out.stdout)
                .unwrap_or_else(|e| panic!("{lang}: not JSON ({e}): {}{}", text(&out.stdout), text(&out.stderr)));
            (out.status.code().unwrap_or(-1), json)
        };
        let (code, there) = parse(lang);
        let (english_code, english) = parse("en");
        assert_eq!(code, english_code, "the exit code is the language's too");
        (code, there, english)
    }
}

#[test]
fn mo03_reasons_are_said_in_german_with_the_numbers_as_they_are_and_json_keeps_the_english() {
    let demo = Demo::new();
    // Another country's number, an unassigned and an assigned mobile number of the inventory, one
    // typed twice and one that is not E.164; and a free number.
    let entry = ["+442079460018", "+14692000002", "+14692000000", "+12145550100", "+1469200000x", "+14692000002"];
    let mut args = vec!["numbers", "add-mobile", "--account", ATT, "--check"];
    args.extend(entry);
    let (code, out, err) = demo.said("de", &args);
    assert_eq!(code, 8, "five numbers would not be added: {err}");
    for words in [
        "+442079460018 ist eine Nummer von GB, nicht des Landes des Standorts US",
        "bereits im Bestand (nicht zugewiesene Mobilfunknummer)",
        "bereits im Bestand (Mobilfunknummer von kaia.kowalski@acmefarms.example)",
        "mehr als einmal in dieser Liste eingegeben",
        "„+1469200000x“ ist nicht E.164",
    ] {
        assert!(out.contains(words), "{words:?} in:\n{out}");
    }
    for english in ["is a number of", "already in the inventory", "mobile number of", "more than once"] {
        assert!(!out.contains(english), "English left ({english}):\n{out}");
    }
    let (_, json, english) = demo.json_in("de", &args);
    assert_eq!(json, english, "--json is the English, byte for byte");
    let reasons: Vec<&str> = json.as_array().into_iter().flatten().filter_map(|n| n["reason"].as_str()).collect();
    assert!(reasons.contains(&"already in the inventory (mobile number of kaia.kowalski@acmefarms.example)"));
    assert!(reasons.contains(&"+442079460018 is a number of GB, not of the location's country US"), "{reasons:?}");
}

#[test]
fn an_operator_accounts_status_and_mo02_advice_are_said_in_ukrainian() {
    let demo = Demo::new();
    let (code, out, err) = demo.said("uk", &["operator-accounts", "list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Авторизовано: тепер можна додавати мобільні номери."), "{out}");
    assert!(out.contains("Очікування") && out.contains("Не вдалося"), "the help article's status words: {out}");
    assert!(out.contains(ATT) && out.contains("AT&T"), "ids and operators as they are: {out}");
    assert!(!out.contains("Authorised: you may now"), "{out}");
    let (_, json, english) = demo.json_in("uk", &["operator-accounts", "list"]);
    assert_eq!(json, english);
    assert!(json.to_string().contains("Authorised: you may now add mobile numbers."), "{json}");
}

#[test]
fn a_malformed_row_of_a_directory_export_is_said_in_danish_with_its_line_column_and_header() {
    let demo = Demo::new();
    let file = demo.path().join("export.csv");
    std::fs::write(
        &file,
        "Email,Display Name,Work Phone Number,Department\n\
         ada@acmefarms.example,Ada,+12142000100,Sales\n\
         bo@acmefarms.example,Bo,+12142000101\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let before = demo.run(&[], &["users", "list", "--json"]).stdout;
    let shown = file.display().to_string();
    let (code, _, err) = demo.said("da", &["directory", "sync", &shown]);
    assert_eq!(code, 4, "{err}");
    let row = "linje 3: rækken har 3 felter, men overskriften har 4: kolonne 4 (Department) mangler";
    assert!(err.contains(&format!("{shown}: {row}")) && err.contains("Intet blev ændret"), "{err}");
    assert!(!err.contains("the row has") && !err.contains("Nothing was changed"), "{err}");
    assert_eq!(demo.run(&[], &["users", "list", "--json"]).stdout, before, "nothing was changed");
    let (_, json, english) = demo.json_in("da", &["directory", "sync", &shown]);
    assert_eq!(json, english);
    let message = json["error"]["message"].as_str().unwrap_or_default();
    assert!(message.contains("line 3: the row has 3 fields but the header has 4: column 4 (Department) is missing"));

    // A control character in a cell: named in the language, with its place.
    std::fs::write(&file, "Email,Display Name\nada@acmefarms.example,\"Ada\x1b[2J\"\n")
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, _, err) = demo.said("de", &["directory", "sync", &shown]);
    assert_eq!(code, 4, "{err}");
    assert!(
        err.contains("Zeile 2, Spalte 2 (Display Name): Der Wert enthält ein Escape-Zeichen (ESC) an Zeichen 4"),
        "{err}"
    );
    assert!(!err.contains('\u{1b}'), "no escape reaches the terminal: {err:?}");
}

#[test]
fn a_file_that_cannot_be_read_is_said_in_german_and_hebrew_with_the_path_and_the_systems_words() {
    let demo = Demo::new();
    let missing = demo.path().join("no-such.csv").display().to_string();
    let (code, _, err) = demo.said("de", &["devices", "import", &missing]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains(&format!("{missing} kann nicht gelesen werden: No such file or directory")), "{err}");
    let (code, _, err) = demo.said("he", &["devices", "import", &missing]);
    assert_eq!(code, 7, "{err}");
    assert!(err.contains(&format!("לא ניתן לקרוא את {missing}")), "{err}");
    let (_, json, english) = demo.json_in("he", &["devices", "import", &missing]);
    assert_eq!(json, english);
    assert!(json["error"]["message"].as_str().unwrap_or_default().starts_with(&format!("cannot read {missing}")));
}

#[test]
fn a_database_of_another_program_is_refused_in_ukrainian_and_hebrew_and_kept_as_it_was() {
    let demo = Demo::new();
    let other = demo.path().join("other.db");
    let c = rusqlite::Connection::open(&other).unwrap_or_else(|e| panic!("{e}"));
    c.execute_batch("CREATE TABLE notes (x); CREATE TABLE tags (y); CREATE TABLE links (z);")
        .unwrap_or_else(|e| panic!("{e}"));
    drop(c);
    let bytes = std::fs::read(&other).unwrap_or_else(|e| panic!("{e}"));
    let db = other.display().to_string();
    let (code, _, err) = demo.said("uk", &["--db", &db, "demo", "--force"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("вона містить 3 таблиці і не має позначки wxgo"), "the Ukrainian plural (few): {err}");
    assert!(err.contains("wxgo замінює лише власні бази даних"), "{err}");
    let (code, _, err) = demo.said("he", &["--db", &db, "users", "list"]);
    assert_eq!(code, 6, "{err}");
    assert!(err.contains("יש בו 3 טבלאות ואין בו סימון של wxgo"), "{err}");
    assert_eq!(std::fs::read(&other).unwrap_or_default(), bytes, "the other program's file is unchanged");
    let (_, json, english) = demo.json_in("he", &["--db", &db, "users", "list"]);
    assert_eq!(json, english);
    assert!(json["error"]["message"].as_str().unwrap_or_default().contains("it holds 3 table(s) and no wxgo mark"));
}

#[test]
fn a_wxgo_now_that_is_not_a_time_is_said_in_ukrainian_with_the_value_as_it_is() {
    let demo = Demo::new();
    let out = demo.run(&[("WXGO_NOW", "yesterday")], &["--lang", "uk", "users", "list"]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(4), "{err}");
    assert!(err.contains("WXGO_NOW=\"yesterday\" не є часом у форматі RFC 3339"), "{err}");
    assert!(err.contains("2026-11-22T09:00:00Z") && !err.contains("is not an RFC 3339 time"), "{err}");
    let out = demo.run(&[("WXGO_NOW", "yesterday")], &["--lang", "uk", "--json", "users", "list"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}"));
    assert!(json["error"]["message"].as_str().unwrap_or_default().starts_with("WXGO_NOW=\"yesterday\" is not an RFC"));
}
