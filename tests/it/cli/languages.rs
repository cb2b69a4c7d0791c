//! The CLI in the admin's language (`--lang`, the config's `lang`, `LC_ALL`/`LC_MESSAGES`/`LANG`):
//! a rule's refusal, a table's heads and partial results are said in it; the rule id, the exit
//! code and `--json` (keys, values and texts) are the same as in English.

use std::path::PathBuf;
use std::process::Output;

const NOW: &str = "2026-11-22T09:00:00Z";
const SUB2: &str = "Sub-5f2c9a41-0d3e-4b8f-9e61-7ac2d4e8b913";

struct Env {
    dir: tempfile::TempDir,
    db: PathBuf,
}

impl Env {
    fn demo() -> Env {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let db = dir.path().join("wxgo.db");
        let env = Env { dir, db };
        let out = env.run(&[], &["demo"]);
        assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
        env
    }

    /// `wxgo ARGS` with the locale variables `vars` (and no other locale variable), the config
    /// folder inside the test's folder.
    fn run(&self, vars: &[(&str, &str)], args: &[&str]) -> Output {
        let mut cmd = crate::common::wxgo_command();
        cmd.args(args)
            .env("WXGO_DB", &self.db)
            .env("WXGO_OUTBOX", self.dir.path().join("outbox"))
            .env("WXGO_NOW", NOW)
            .env("XDG_CONFIG_HOME", self.config_home())
            .env_remove("WXGO_PROFILE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        for (k, v) in vars {
            cmd.env(k, v);
        }
        cmd.output().unwrap_or_else(|e| panic!("wxgo {args:?}: {e}"))
    }

    fn config_home(&self) -> PathBuf {
        self.dir.path().join("config")
    }

    /// A user with Calling Professional in Toronto: Canada is not a Webex Go country (WG01).
    fn canadian(&self) -> String {
        let out = self.run(&[], &["users", "list", "--json", "--filter", "Toronto"]);
        let users: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
        users
            .as_array()
            .and_then(|a| a.iter().find(|u| u["licences"].to_string().contains("calling_professional")))
            .and_then(|u| u["email"].as_str())
            .unwrap_or_else(|| panic!("no Calling Professional user in Toronto: {users}"))
            .to_string()
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn wg01_args(user: &str) -> Vec<&str> {
    vec!["devices", "add", "--user", user, "--subscription", SUB2]
}

/// The refusal of `devices add` for the Canadian user in `lang`: (exit code, stderr).
fn wg01_in(env: &Env, user: &str, lang: &str) -> (i32, String) {
    let mut args = vec!["--lang", lang];
    args.extend(wg01_args(user));
    let out = env.run(&[], &args);
    (out.status.code().unwrap_or(-1), text(&out.stderr))
}

#[test]
fn wg01_refused_in_german_keeps_its_rule_id_and_exit_code_and_changes_nothing() {
    let env = Env::demo();
    let user = env.canadian();
    let before = env.run(&[], &["devices", "list", "--json"]).stdout;
    let (en_code, en) = wg01_in(&env, &user, "en");
    let (de_code, de) = wg01_in(&env, &user, "de");
    assert_eq!((en_code, de_code), (3, 3), "{en}\n{de}");
    assert!(en.starts_with("error: WG01: ") && en.contains("where Webex Go is not offered"), "{en}");
    assert!(de.starts_with("Fehler: WG01: ") && de.contains("wo Webex Go nicht angeboten wird"), "{de}");
    // The arguments are the same words in both: the email, the location, the country.
    for word in [user.as_str(), "Toronto", "CA"] {
        assert!(de.contains(word), "{word} missing: {de}");
    }
    assert!(!de.contains("where Webex Go"), "English left in German: {de}");
    assert_eq!(env.run(&[], &["devices", "list", "--json"]).stdout, before, "a refusal changed the devices");
}

#[test]
fn json_is_english_byte_for_byte_whatever_the_language() {
    let env = Env::demo();
    let user = env.canadian();
    let mut refusal = vec!["--json"];
    refusal.extend(wg01_args(&user));
    for args in [refusal, vec!["--json", "users", "list"], vec!["--json", "subscriptions", "list"]] {
        let en = env.run(&[], &args);
        let mut de_args = vec!["--lang", "de"];
        de_args.extend(&args);
        let de = env.run(&[], &de_args);
        assert!(!en.stdout.is_empty(), "{args:?}: no output");
        assert_eq!(text(&de.stdout), text(&en.stdout), "{args:?}: --json differs in German");
        assert_eq!(de.status.code(), en.status.code(), "{args:?}: exit codes differ");
    }
    let refused =
        env.run(&[("LANG", "de_DE.UTF-8")], &["--json", "devices", "add", "--user", &user, "--subscription", SUB2]);
    let v: serde_json::Value = serde_json::from_slice(&refused.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    assert_eq!(v["error"]["rule"], "WG01");
    assert!(v["error"]["message"].as_str().is_some_and(|m| m.contains("where Webex Go is not offered")), "{v}");
}

#[test]
fn a_tables_heads_are_german_and_its_data_is_not() {
    let env = Env::demo();
    let de = text(&env.run(&[], &["--lang", "de", "-o", "wide", "users", "list", "--limit", "2"]).stdout);
    let en = text(&env.run(&[], &["-o", "wide", "users", "list", "--limit", "2"]).stdout);
    let head = |t: &str| t.lines().nth(1).unwrap_or_default().to_string();
    for word in ["Name", "E-Mail", "Standort", "Lizenzen", "Hauptnummer"] {
        assert!(head(&de).contains(word), "{word} not in the German head: {de}");
    }
    assert!(head(&en).contains("Primary number") && !head(&de).contains("Primary number"), "{de}");
    // The rows are data: the same cells in both (the columns may be wider for a longer head).
    let cells = |t: &str| -> Vec<Vec<String>> {
        t.lines()
            .skip(3)
            .filter(|l| l.starts_with('│'))
            .map(|l| l.split(['│', '┆']).map(|c| c.trim().to_string()).filter(|c| !c.is_empty()).collect())
            .collect()
    };
    assert!(cells(&en).iter().any(|r| r.len() >= 5), "{en}");
    // The device status (last column) is Control Hub's word in the language; the rest is the same.
    let (de_cells, en_cells) = (cells(&de), cells(&en));
    let all_but_status = |rows: &[Vec<String>]| -> Vec<Vec<String>> {
        rows.iter().map(|r| r[..r.len().saturating_sub(1)].to_vec()).collect()
    };
    assert_eq!(all_but_status(&de_cells), all_but_status(&en_cells));
    let statuses: Vec<&String> = de_cells.iter().filter_map(|r| r.last()).collect();
    assert!(statuses.iter().any(|s| s.contains("Aktivierung ausstehend")), "{de}");
    assert!(!de.contains("Activation pending"), "{de}");
}

#[test]
fn the_language_comes_from_the_flag_then_the_config_then_the_locale() {
    let env = Env::demo();
    let user = env.canadian();
    let args = wg01_args(&user);
    let stderr = |vars: &[(&str, &str)]| text(&env.run(vars, &args).stderr);
    assert!(stderr(&[("LANG", "de_DE.UTF-8")]).starts_with("Fehler: WG01"));
    assert!(stderr(&[("LANG", "de_DE.UTF-8"), ("LC_ALL", "da_DK.UTF-8")]).starts_with("fejl: WG01"));
    assert!(stderr(&[("LANG", "fr_FR.UTF-8")]).starts_with("error: WG01"), "a language wxgo does not speak");
    let config = env.config_home().join("wxgo");
    std::fs::create_dir_all(&config).unwrap_or_else(|e| panic!("mkdir: {e}"));
    std::fs::write(config.join("config.toml"), "lang = \"uk\"\n").unwrap_or_else(|e| panic!("config: {e}"));
    assert!(stderr(&[("LANG", "de_DE.UTF-8")]).starts_with("помилка: WG01"), "the config over the locale");
    let mut flagged = vec!["--lang", "he"];
    flagged.extend(&args);
    assert!(text(&env.run(&[], &flagged).stderr).starts_with("שגיאה: WG01"), "the flag over the config");
}

#[test]
fn wg01_in_danish_ukrainian_and_hebrew() {
    let env = Env::demo();
    let user = env.canadian();
    for (lang, words) in
        [("da", "hvor Webex Go ikke tilbydes"), ("uk", "де Webex Go не пропонується"), ("he", "שבה Webex Go אינו מוצע")]
    {
        let (code, said) = wg01_in(&env, &user, lang);
        assert_eq!(code, 3, "{lang}: {said}");
        assert!(said.contains("WG01: ") && said.contains(words) && said.contains(&user), "{lang}: {said}");
    }
}

/// The English refusal of every converted rule reads as before: `said!` renders it from en's
/// errors.ftl, so a changed English message shows here.
#[test]
fn a_refusal_with_a_message_id_reads_in_english_as_its_id_says() {
    let e = wxgo::domain::Error::rule("WG10", wxgo::said!("wg10-already-enabled"));
    assert_eq!(e.to_string(), "WG10: the line is already enabled (Online)");
    let free =
        wxgo::said!("wg03-assigned", number = "+12145550100", owner = "a@x.example", place = "Dallas", free = "none");
    assert_eq!(
        free.to_string(),
        "+12145550100 is already assigned to a@x.example. Dallas has no unassigned number; add numbers to it first."
    );
    let de = wxgo::i18n::Tr::new(wxgo::i18n::Lang::De);
    assert_eq!(de.error(&e), "WG10: Die Leitung ist bereits aktiviert (Online)");
    // A select picks the words by a key; English reads as before.
    let run = wxgo::said!("cli-run-cancelled", kind = "directory-sync");
    assert!(run.starts_with("the directory sync was cancelled: "), "{run}");
    assert!(de.text(&run).starts_with("Die Verzeichnissynchronisierung wurde abgebrochen"), "{}", de.text(&run));
}

#[test]
fn an_unconfirmed_delete_is_refused_in_german_with_the_command_as_it_runs() {
    let env = Env::demo();
    let before = env.run(&[], &["devices", "list", "--json"]).stdout;
    let devices: serde_json::Value = serde_json::from_slice(&before).unwrap_or_else(|e| panic!("json: {e}"));
    let id = devices[0]["device_id"].as_str().unwrap_or_else(|| panic!("no device: {devices}")).to_string();
    let out = env.run(&[], &["--lang", "de", "devices", "delete", &id]);
    let said = text(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{said}");
    assert!(said.starts_with(&format!("Fehler: {id} löschen kann nicht rückgängig gemacht werden")), "{said}");
    // The suggested command is not translated, and keeps how wxgo was started.
    assert!(said.contains(&format!("`wxgo devices delete {id} --yes`")), "{said}");
    assert_eq!(
        env.run(&[], &["devices", "list", "--json"]).stdout,
        before,
        "an unconfirmed delete changed the devices"
    );
}

#[test]
fn an_empty_list_is_said_in_the_language() {
    let env = Env::demo();
    let de = env.run(&[], &["--lang", "de", "users", "list", "--filter", "no-such-person-zzz"]);
    assert_eq!(text(&de.stdout).trim(), "Keine Benutzer gefunden.");
    let en = env.run(&[], &["users", "list", "--filter", "no-such-person-zzz"]);
    assert_eq!(text(&en.stdout).trim(), "No users match.");
}

/// `wxgo ARGS` in English and in `lang` (`--lang` given): both exit alike, and with `--json`
/// print the same bytes. Returns (English, the language) stdout of the run without `--json`.
fn said_in(env: &Env, lang: &str, args: &[&str]) -> (String, String) {
    let with = |lang: &str, json: bool| {
        let mut all = vec!["--lang", lang];
        if json {
            all.push("--json");
        }
        all.extend(args);
        env.run(&[], &all)
    };
    let (en, theirs) = (with("en", false), with(lang, false));
    assert_eq!(theirs.status.code(), en.status.code(), "{args:?}: exit codes differ: {}", text(&theirs.stderr));
    let (en_json, their_json) = (with("en", true), with(lang, true));
    assert!(!en_json.stdout.is_empty(), "{args:?}: no JSON");
    assert_eq!(text(&their_json.stdout), text(&en_json.stdout), "{args:?}: --json differs in {lang}");
    assert_eq!(their_json.status.code(), en_json.status.code(), "{args:?}: --json exit codes differ");
    (text(&en.stdout), text(&theirs.stdout))
}

/// Every run of digits with a `+` before it (E.164 numbers) in `t`, in order.
fn numbers_in(t: &str) -> Vec<String> {
    t.split(|c: char| !(c.is_ascii_digit() || c == '+'))
        .filter(|w| w.starts_with('+') && w.len() > 4)
        .map(str::to_string)
        .collect()
}

#[test]
fn users_show_in_german_and_hebrew_has_the_labels_translated_and_the_data_as_it_is() {
    let env = Env::demo();
    let devices = env.run(&[], &["devices", "list", "--json"]).stdout;
    let devices: serde_json::Value = serde_json::from_slice(&devices).unwrap_or_else(|e| panic!("json: {e}"));
    let email = devices[0]["owner_email"].as_str().unwrap_or_else(|| panic!("no owner: {devices}")).to_string();
    let args = ["users", "show", email.as_str()];
    let (en, de) = said_in(&env, "de", &args);
    let (_, he) = said_in(&env, "he", &args);
    for label in ["  Location:", "  Licences:", "  Extension:", "  Work phone:", "  Numbers:", "  Webex Go device:"] {
        assert!(en.contains(label), "{label}: {en}");
    }
    for (lang, shown, labels) in [
        (
            "de",
            &de,
            [
                "  Standort:",
                "  Lizenzen:",
                "  Durchwahl:",
                "  Geschäftliche Nummer:",
                "  Nummern:",
                "  Webex Go-Gerät:",
            ],
        ),
        ("he", &he, ["  מיקום:", "  רישיונות:", "  שלוחה:", "  מספר עבודה:", "  מספרים:", "  מכשיר Webex Go:"]),
    ] {
        for label in labels {
            assert!(shown.contains(label), "{lang}: {label} missing:\n{shown}");
        }
        for english in ["Location:", "Licences:", "Work phone:", "Webex Go device:", "primary"] {
            assert!(!shown.contains(english), "{lang}: English {english:?} left:\n{shown}");
        }
        // The data is the same: the email on the first line, the numbers, the device id.
        assert_eq!(shown.lines().next(), en.lines().next(), "{lang}: the name and email");
        assert!(!numbers_in(&en).is_empty(), "{en}");
        assert_eq!(numbers_in(shown), numbers_in(&en), "{lang}: the numbers:\n{shown}");
        let device = devices[0]["device_id"].as_str().unwrap_or_default();
        assert!(shown.contains(device), "{lang}: {device}:\n{shown}");
        assert_eq!(shown.lines().count(), en.lines().count(), "{lang}: one line for each of English's");
    }
    // The device's status is Control Hub's word in the language (the help articles' glossary).
    let (de_status, he_status) = match devices[0]["status"].as_str().unwrap_or_default() {
        "activation_pending" => ("Aktivierung ausstehend", "הפעלה ממתינה"),
        "online" => ("Online", "מקוון"),
        "offline" => ("Offline", "לא מקוון"),
        other => panic!("a status the demo does not give its first device: {other}"),
    };
    assert!(de.contains(de_status) && he.contains(he_status), "{de}\n{he}");
}

#[test]
fn a_numbers_table_in_danish_has_danish_heads_and_words_and_the_numbers_as_they_are() {
    let env = Env::demo();
    let args = ["-o", "wide", "numbers", "list", "--limit", "12"];
    let (en, da) = said_in(&env, "da", &args);
    let head = |t: &str| t.lines().nth(1).unwrap_or_default().to_string();
    for word in ["Nummer", "Placering", "Type", "Tilstand", "Ejer", "Operatør", "Webex Mobile"] {
        assert!(head(&da).contains(word), "{word} not in the Danish head: {da}");
    }
    for word in ["Location", "Owner", "Kind", "State"] {
        assert!(head(&en).contains(word) && !head(&da).contains(word), "{word}:\n{da}");
    }
    assert_eq!(numbers_in(&da), numbers_in(&en), "the numbers, row by row");
    assert!(numbers_in(&en).len() >= 12, "{en}");
    // The owner's cell: an unassigned number and a primary one in Danish.
    if en.contains("unassigned") {
        assert!(da.contains("ikke tildelt") && !da.contains("unassigned"), "{da}");
    }
    if en.contains("(primary)") {
        assert!(da.contains("(primært)") && !da.contains("(primary)"), "{da}");
    }
}

#[test]
fn german_and_danish_tables_fit_an_80_column_terminal_and_say_what_was_left_out_in_the_language() {
    use crate::tui_support::pty::Console;
    use std::ffi::OsStr;
    let env = Env::demo();
    let wait = std::time::Duration::from_secs(20);
    for (lang, left_out) in
        [("de", "(-o wide zeigt alle Spalten; ausgelassen: "), ("da", "(-o wide viser alle kolonner; udeladt: ")]
    {
        for list in ["users", "numbers", "devices"] {
            let args = ["--lang", lang, "--db", env.db.to_str().unwrap_or_default(), list, "list", "--limit", "8"];
            let args: Vec<&OsStr> = args.iter().map(OsStr::new).collect();
            let config = env.config_home();
            let vars = [("WXGO_NOW", OsStr::new(NOW)), ("XDG_CONFIG_HOME", config.as_os_str())];
            let mut c = Console::start(OsStr::new(env!("CARGO_BIN_EXE_wxgo")), &args, &vars, 80, 24);
            assert!(c.wait_exit(wait), "{lang} {list} list ends");
            let out = c.wait(wait, |o| o.closed).unwrap_or_else(|e| panic!("{lang} {list} list: {e}"));
            let drawn = String::from_utf8_lossy(&out.bytes).replace('\r', "");
            for l in drawn.lines() {
                let w = unicode_width::UnicodeWidthStr::width(l);
                assert!(w <= 80, "{lang} {list}: a line of {w} columns:\n{drawn}");
            }
            assert_eq!(
                drawn.lines().filter(|l| l.starts_with('│')).count(),
                9,
                "{lang} {list}: a head and one line a row:\n{drawn}"
            );
            if drawn.contains("-o wide") {
                assert!(drawn.contains(left_out), "{lang} {list}: what was left out, in the language:\n{drawn}");
            }
        }
    }
}

#[test]
fn a_licence_run_summary_in_ukrainian_with_its_plural_forms() {
    let env = Env::demo();
    let file = |name: &str, contents: &str| {
        let path = env.dir.path().join(name);
        std::fs::write(&path, contents).unwrap_or_else(|e| panic!("{e}"));
        path.display().to_string()
    };
    let sync = file("dir.csv", "Email,Display Name,Work Phone Number,Department\nm1@acmefarms.example,M One,,Sales\n");
    assert!(env.run(&[], &["directory", "sync", &sync]).status.success());
    let numbers = env.run(&[], &["numbers", "list", "--json", "--filter", "London"]).stdout;
    let numbers: serde_json::Value = serde_json::from_slice(&numbers).unwrap_or_else(|e| panic!("json: {e}"));
    let free = numbers
        .as_array()
        .and_then(|a| a.iter().find(|n| n["location"] == "London" && n["kind"] == "standard" && n["owner"].is_null()))
        .and_then(|n| n["number"].as_str())
        .unwrap_or_else(|| panic!("no free number in London: {numbers}"))
        .to_string();
    let rows = file("assign.csv", &format!("email,location,number\r\nm1@acmefarms.example,London,{free}\r\n"));
    let args = ["licences", "assign", "--template", "All staff: Webex Calling", "--from", rows.as_str(), "--dry-run"];
    let (en, uk) = said_in(&env, "uk", &args);
    assert!(
        en.contains("Template \"All staff: Webex Calling\": 1 licensed, 0 already had Webex Calling, 0 not licensed."),
        "{en}"
    );
    assert!(
        uk.contains("Шаблон «All staff: Webex Calling»: 1 користувач отримав ліцензію, 0 вже мали Webex Calling, 0 не отримали ліцензії."),
        "{uk}"
    );
    assert!(
        uk.contains("Пробний запуск: нічого не змінено") && uk.contains("m1@acmefarms.example") && uk.contains(&free),
        "{uk}"
    );
    // Ukrainian's plural forms: 1 and 21 one, 3 few, 5 many.
    let tr = wxgo::i18n::Tr::new(wxgo::i18n::Lang::Uk);
    for (n, words) in [
        (1usize, "1 користувач отримав"),
        (3, "3 користувачі отримали"),
        (5, "5 користувачів отримали"),
        (21, "21 користувач отримав"),
    ] {
        let line = tr.t_with(
            "lic-assign-summary",
            &[("template", "T".into()), ("licensed", n.into()), ("kept", n.into()), ("not", n.into())],
        );
        assert!(line.starts_with(&format!("Шаблон «T»: {words} ліцензію, ")), "{n}: {line}");
    }
}

#[test]
fn the_bulk_imports_note_in_german_and_its_json_in_english() {
    let env = Env::demo();
    let users = env.run(&[], &["users", "list", "--json"]).stdout;
    let users: serde_json::Value = serde_json::from_slice(&users).unwrap_or_else(|e| panic!("json: {e}"));
    let template = text(&env.run(&[], &["devices", "template"]).stdout);
    let mut lines: Vec<String> = template.lines().map(str::to_string).collect();
    let subs = lines[0].matches("Webex Go[").count();
    let eligible = users.as_array().into_iter().flatten().filter(|u| {
        u["device_status"].is_null()
            && !u["primary_number"].is_null()
            && u["licences"].to_string().contains("calling_professional")
            && ["US", "GB", "FR"].contains(&u["location_country"].as_str().unwrap_or(""))
    });
    for u in eligible.take(3) {
        let (email, location) = (u["email"].as_str().unwrap_or_default(), u["location"].as_str().unwrap_or_default());
        lines.push(format!("{email},USER,,,WEBEX_CALLING,Webex Go Device,,{location},TRUE{}", ",".repeat(subs - 1)));
    }
    let path = env.dir.path().join("devices.csv");
    std::fs::write(&path, lines.join("\r\n") + "\r\n").unwrap_or_else(|e| panic!("{e}"));
    let file = path.display().to_string();

    let (en, de) = said_in(&env, "de", &["devices", "import", &file, "--dry-run"]);
    assert!(en.contains("Dry run: all 3 rows can be added; nothing was changed."), "{en}");
    assert!(de.contains("Probelauf: alle 3 Zeilen können hinzugefügt werden; nichts wurde geändert."), "{de}");
    assert!(de.contains("(Probelauf)") && !de.contains("Dry run"), "{de}");

    // Added without email or codes file: the note says what to do, with the command as it runs.
    let out = env.run(&[], &["--lang", "de", "devices", "import", &file, "--no-email"]);
    let said = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(said.contains("3 Webex Go-Geräte aus ") && said.contains("(Aktivierung ausstehend)"), "{said}");
    assert!(
        said.contains(
            "0 Aktivierungscodes wurden per E-Mail gesendet, 3 nicht, und es wurde keine Codedatei angefordert."
        ),
        "{said}"
    );
    assert!(said.contains("`wxgo devices new-code DEVICE") && !said.contains("were emailed"), "{said}");

    // The same file again: every row is a problem; the note on stderr in German, exit 4, and the
    // JSON (its note) in English.
    let again = env.run(&[], &["--lang", "de", "devices", "import", &file, "--no-email"]);
    assert_eq!(again.status.code(), Some(4), "{}", text(&again.stderr));
    let err = text(&again.stderr);
    assert!(err.contains(&format!("Fehler: 3 Probleme in {file}: Nichts wurde hinzugefügt.")), "{err}");
    let json = env.run(&[], &["--lang", "de", "--json", "devices", "import", &file, "--no-email"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    assert_eq!(json.status.code(), Some(4));
    assert_eq!(
        v["note"],
        format!("3 problem(s) in {file}: nothing was added. Fix the rows named and import the file again.")
    );
}

/// The note of a real organisation's import is one message with a sentence for each case; its
/// English reads as it did when it was put together in code (scripts and tests read `note`).
#[test]
fn the_webex_imports_note_reads_in_english_as_before_and_in_german_whole() {
    let all = wxgo::said!(
        "import-webex-note",
        added = 3usize,
        total = 9usize,
        before = 2usize,
        failed = 1usize,
        lost = 1usize,
        unknown = 1usize,
        stopped = "yes",
        unsent = 1usize,
        again = "unknown",
        codes = "file",
        file = "/tmp/codes.csv",
        command = "wxgo devices new-code DEVICE",
        ids = "read",
        error = "timed out",
        sync = "wxgo sync",
    );
    assert_eq!(
        all.to_string(),
        "3 of 9 rows added at Webex in this run, 2 in an earlier run; 1 refused by Webex (see each row); 1 code(s) \
         issued by Webex but lost (the answer never came, or an earlier run was stopped): issue new codes, see each \
         row. 1 row(s) got no answer from Webex: not refused, unknown (Webex may have made the device and issued a \
         code that reached nobody); they were not sent again. Stopped with 1 row(s) not sent: run the same command \
         again to continue (nothing is sent twice). Run the same command again: it asks Webex about those rows first \
         and sends nothing for those Webex has. The activation codes are in /tmp/codes.csv (readable only by you); \
         hand them out, then delete it. The new devices' Webex ids could not be read (timed out): `wxgo sync` adds them."
    );
    let none = wxgo::said!(
        "import-webex-note",
        added = 4usize,
        total = 4usize,
        before = 0usize,
        failed = 0usize,
        lost = 0usize,
        unknown = 0usize,
        stopped = "no",
        unsent = 0usize,
        again = "none",
        codes = "none",
        file = "",
        command = "wxgo devices new-code DEVICE",
        ids = "other",
        error = "",
        sync = "wxgo sync",
    );
    assert_eq!(
        none.to_string(),
        "4 of 4 rows added at Webex in this run. No codes file was asked for and nothing was emailed: issue new codes \
         when you hand them out (`wxgo devices new-code DEVICE`)."
    );
    let de = wxgo::i18n::Tr::new(wxgo::i18n::Lang::De);
    let said = de.text(&all);
    assert!(
        said.starts_with("3 von 9 Zeilen in diesem Lauf bei Webex hinzugefügt, 2 in einem früheren Lauf; "),
        "{said}"
    );
    assert!(said.contains("/tmp/codes.csv") && said.contains("(timed out): `wxgo sync` ergänzt sie."), "{said}");
    assert!(!said.contains("rows added") && !said.contains("Run the same command"), "{said}");
    assert_eq!(de.text(&none), "4 von 4 Zeilen in diesem Lauf bei Webex hinzugefügt. Keine Codedatei angefordert und nichts per E-Mail gesendet: Generieren Sie neue Codes, wenn Sie sie ausgeben (`wxgo devices new-code DEVICE`).");
}

/// The parity test (src/i18n) holds every language to English's ids and variables, file by
/// file; the CLI's and the errors' files are among those it reads, with the refusals in them.
#[test]
fn the_parity_catalogue_reads_the_cli_and_errors_files_in_every_language() {
    use wxgo::i18n::{catalogue, Lang};
    for lang in Lang::ALL {
        let (messages, errors) = catalogue(lang);
        assert!(errors.is_empty(), "{}: {errors:?}", lang.code());
        for (id, file) in [("wg01-country", "errors.ftl"), ("cli-error", "cli.ftl"), ("head-primary-number", "cli.ftl")]
        {
            assert_eq!(messages.get(id).map(|(f, _)| *f), Some(file), "{}: {id}", lang.code());
        }
        let vars = &messages["wg01-country"].1;
        assert!(
            ["email", "location", "country", "countries"].iter().all(|v| vars.contains(*v)),
            "{}: {vars:?}",
            lang.code()
        );
    }
}

#[test]
fn a_read_only_database_refuses_in_german_with_exit_5_and_english_json() {
    let env = Env::demo();
    let out = env.run(&[], &["devices", "list", "--json"]);
    let devices: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    let id = devices[0]["device_id"].as_str().unwrap_or_else(|| panic!("no device: {devices}")).to_string();
    let args = ["--read-only", "--lang", "de", "devices", "delete", id.as_str(), "--yes"];
    let de = env.run(&[], &args);
    let said = text(&de.stderr);
    assert_eq!(de.status.code(), Some(5), "{said}");
    assert!(said.starts_with("Fehler: schreibgeschützt: Die Datenbank ist schreibgeschützt geöffnet"), "{said}");
    assert!(said.contains("--read-only"), "the flag is not translated: {said}");
    let json = env.run(&[], &["--json", "--read-only", "--lang", "de", "devices", "delete", id.as_str(), "--yes"]);
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    assert_eq!(v["error"]["kind"], "read_only");
    assert!(
        v["error"]["message"].as_str().is_some_and(|m| m.starts_with("read-only: the database is open read-only")),
        "{v}"
    );
}

/// The first user of the demo (Calling Professional; any user does for a refused number).
fn first_user(env: &Env) -> String {
    let out = env.run(&[], &["users", "list", "--json", "--limit", "1"]);
    let users: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
    users[0]["email"].as_str().unwrap_or_else(|| panic!("no user: {users}")).to_string()
}

/// `wxgo --lang LANG ARGS` and `wxgo --json --lang LANG ARGS`: (exit code, stderr, --json stdout).
fn refused_in(env: &Env, lang: &str, args: &[&str]) -> (i32, String, String) {
    let mut plain = vec!["--lang", lang];
    plain.extend(args);
    let out = env.run(&[], &plain);
    let mut json = vec!["--json", "--lang", lang];
    json.extend(args);
    let js = env.run(&[], &json);
    assert_eq!(js.status.code(), out.status.code(), "{lang} {args:?}: --json exits otherwise");
    (out.status.code().unwrap_or(-1), text(&out.stderr), text(&js.stdout))
}

#[test]
fn a_number_that_is_not_e164_is_refused_in_german_hebrew_and_ukrainian_as_in_english() {
    let env = Env::demo();
    let user = first_user(&env);
    let before = env.run(&[], &["users", "show", &user, "--json"]).stdout;
    for (number, en_words, said) in [
        (
            "2145550100",
            "\"2145550100\" is not E.164: it must start with + and the country code, e.g. +12145550100",
            [
                ("de", "Fehler: „2145550100“ ist nicht E.164: Die Nummer muss mit + und der Landesvorwahl beginnen"),
                ("he", "שגיאה: \"2145550100\" אינו בתבנית E.164: עליו להתחיל ב-+ ובקידומת המדינה"),
                ("uk", "помилка: «2145550100» не у форматі E.164: номер має починатися з + і коду країни"),
            ],
        ),
        (
            "+1214555",
            "\"+1214555\" is not E.164: it has 7 digits, a full international number has 8 to 15",
            [
                ("de", "Fehler: „+1214555“ ist nicht E.164: Die Nummer hat 7 Ziffern"),
                ("he", "שגיאה: \"+1214555\" אינו בתבנית E.164: יש בו 7 ספרות"),
                ("uk", "помилка: «+1214555» не у форматі E.164: у ньому 7 цифр"),
            ],
        ),
    ] {
        let args = ["users", "set-work-number", user.as_str(), number];
        let (en_code, en, en_json) = refused_in(&env, "en", &args);
        assert_eq!(en_code, 4, "{en}");
        assert_eq!(en.trim_end(), format!("error: {en_words}"));
        for (lang, start) in said {
            let (code, said, json) = refused_in(&env, lang, &args);
            assert_eq!(code, en_code, "{lang}: {said}");
            assert!(said.starts_with(start), "{lang}: {said}");
            // The example number is a number: never translated.
            assert!(number.len() < 10 || said.contains("+12145550100"), "{lang}: {said}");
            assert!(!said.contains("is not E.164"), "English left in {lang}: {said}");
            assert_eq!(json, en_json, "{lang}: --json is not English's");
        }
        let v: serde_json::Value = serde_json::from_str(&en_json).unwrap_or_else(|e| panic!("json: {e}: {en_json}"));
        assert_eq!((v["error"]["kind"].as_str(), v["error"]["message"].as_str()), (Some("invalid"), Some(en_words)));
    }
    assert_eq!(env.run(&[], &["users", "show", &user, "--json"]).stdout, before, "a refused number changed the user");
}

#[test]
fn an_unknown_user_is_not_found_in_the_language_with_the_command_to_look_it_up() {
    let env = Env::demo();
    let args = ["users", "show", "nobody@nowhere.example"];
    let (en_code, en, en_json) = refused_in(&env, "en", &args);
    assert_eq!(en_code, 4, "{en}");
    assert!(en.starts_with("error: no user with the email \"nobody@nowhere.example\" in "), "{en}");
    for (lang, words) in [
        ("de", "Fehler: Kein Benutzer mit der E-Mail-Adresse „nobody@nowhere.example“ in "),
        ("he", "שגיאה: אין ב-"),
        ("uk", "помилка: у "),
    ] {
        let (code, said, json) = refused_in(&env, lang, &args);
        assert_eq!(code, en_code, "{lang}: {said}");
        assert!(said.starts_with(words) && said.contains("nobody@nowhere.example"), "{lang}: {said}");
        // The command is not translated.
        assert!(said.contains("`wxgo users list --filter TEXT`"), "{lang}: {said}");
        assert!(!said.contains("no user with"), "English left in {lang}: {said}");
        assert_eq!(json, en_json, "{lang}: --json is not English's");
    }
}

#[test]
fn a_busy_database_is_said_in_german_hebrew_and_ukrainian_with_exit_6_and_nothing_changed() {
    let env = Env::demo();
    let user = first_user(&env);
    let before = env.run(&[], &["users", "show", &user, "--json"]).stdout;
    // Another connection holds the write lock for the whole test.
    let holder = rusqlite::Connection::open(&env.db).unwrap_or_else(|e| panic!("{e}"));
    holder.execute_batch("BEGIN IMMEDIATE; UPDATE orgs SET name = name;").unwrap_or_else(|e| panic!("{e}"));
    let args = ["users", "set-work-number", user.as_str(), "+12145550199"];
    // Each waits out the busy timeout: the languages run side by side.
    let runs: Vec<(&str, (i32, String, String))> = std::thread::scope(|s| {
        let handles: Vec<_> = ["en", "de", "he", "uk"]
            .into_iter()
            .map(|lang| {
                let env = &env;
                (lang, s.spawn(move || refused_in(env, lang, &args)))
            })
            .collect();
        handles.into_iter().map(|(l, h)| (l, h.join().unwrap_or_else(|_| panic!("{l}: the run panicked")))).collect()
    });
    let (_, (en_code, en, en_json)) = &runs[0];
    assert_eq!(*en_code, 6, "{en}");
    assert!(en.starts_with("error: the database is busy: ") && en.contains("Nothing was changed"), "{en}");
    for (lang, (code, said, json)) in &runs[1..] {
        let words = match *lang {
            "de" => "ist belegt",
            "he" => "תפוס",
            _ => "зайнята",
        };
        assert_eq!(code, en_code, "{lang}: {said}");
        assert!(said.contains(words) && said.contains("fuser"), "{lang}: {said}");
        assert!(!said.contains("is busy") && !said.contains("database is locked"), "{lang}: {said}");
        assert_eq!(json, en_json, "{lang}: --json is not English's");
    }
    holder.execute_batch("ROLLBACK").unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(env.run(&[], &["users", "show", &user, "--json"]).stdout, before, "a busy database changed the user");
}

/// Ukrainian has three plural forms for whole numbers (1 and 21, 2-4, 5-20); a count-bearing
/// error message takes each, and English keeps its one text.
#[test]
fn a_count_in_an_error_takes_the_ukrainian_plural_forms() {
    use wxgo::i18n::{Lang, Tr};
    let uk = Tr::new(Lang::Uk);
    let digits = |n: usize| {
        let t = wxgo::said!("e164-length", input = "+1", n = n);
        let said = uk.text(&t);
        let at = said.find("у ньому ").unwrap_or_else(|| panic!("{said}"));
        said[at + "у ньому ".len()..].split(',').next().unwrap_or_default().to_string()
    };
    assert_eq!(
        [1, 3, 5, 21].map(digits),
        ["1 цифра", "3 цифри", "5 цифр", "21 цифра"].map(String::from),
        "one, few, many, one"
    );
    let en = wxgo::said!("e164-length", input = "+1", n = 21usize);
    assert_eq!(en.to_string(), "\"+1\" is not E.164: it has 21 digits, a full international number has 8 to 15");
}

#[test]
fn an_imports_bad_row_keeps_its_line_and_column_and_says_the_reason_in_the_language() {
    let env = Env::demo();
    let user = first_user(&env);
    let template = text(&env.run(&[], &["devices", "template"]).stdout);
    let header = template.lines().next().unwrap_or_else(|| panic!("no template: {template}")).to_string();
    let file = env.dir.path().join("devices.csv");
    let row = format!("{user},USER,,,WEBEX_CALLING,Webex Go Device,00:1A:2B:3C:4D:5E,,TRUE");
    std::fs::write(&file, format!("{header}\n{row}\n")).unwrap_or_else(|e| panic!("{e}"));
    let path = file.display().to_string();
    let before = env.run(&[], &["devices", "list", "--json"]).stdout;
    let args = ["devices", "import", path.as_str(), "--dry-run"];
    let mac_row = |table: &str| -> String {
        table.lines().find(|l| l.contains("MAC Address")).unwrap_or_else(|| panic!("no MAC row: {table}")).to_string()
    };
    let en = env.run(&[], &args);
    let en_row = mac_row(&text(&en.stdout));
    assert!(en_row.contains("a Webex Go device has no MAC address"), "{en_row}");
    let mut en_json = vec!["--json"];
    en_json.extend(args);
    let en_json = text(&env.run(&[], &en_json).stdout);
    for (lang, reason, note) in [
        ("de", "ist „00:1A:2B:3C:4D:5E“; ein Webex Go-Gerät hat keine MAC-Adresse", "Probelauf: "),
        ("he", "הוא \"00:1A:2B:3C:4D:5E\"; למכשיר Webex Go אין כתובת MAC", "הרצת ניסיון: "),
        ("uk", "містить «00:1A:2B:3C:4D:5E»; пристрій Webex Go не має MAC-адреси", "Пробний запуск: "),
    ] {
        let (code, said, json) = refused_in(&env, lang, &args);
        assert_eq!(code, en.status.code().unwrap_or(-1), "{lang}: {said}");
        assert_eq!(code, 4, "{lang}: {said}");
        let mut plain = vec!["--lang", lang];
        plain.extend(args);
        let table = text(&env.run(&[], &plain).stdout);
        let row = mac_row(&table);
        // The line (2) and the column as the file names it stay; the reason is the language's.
        let cells: Vec<&str> = row.split(['│', '┆']).map(str::trim).filter(|c| !c.is_empty()).collect();
        assert_eq!(cells.first().copied(), Some("2"), "{lang}: {row}");
        assert_eq!(cells.get(1).copied(), Some("MAC Address"), "{lang}: {row}");
        assert!(cells.get(2).is_some_and(|c| c.starts_with(reason)), "{lang}: {row}");
        assert!(!table.contains("has no MAC address"), "English left in {lang}: {table}");
        assert!(said.contains(note), "{lang}: the dry run's note: {said}");
        assert_eq!(json, en_json, "{lang}: --json is not English's");
    }
    assert_eq!(env.run(&[], &["devices", "list", "--json"]).stdout, before, "a dry run changed the devices");

    // A file in another encoding: refused with its line, told how to save it, in German.
    std::fs::write(&file, [header.as_bytes(), b"\nj\xE9r\xF4me@example.com,USER\n"].concat())
        .unwrap_or_else(|e| panic!("{e}"));
    let (code, said, json) = refused_in(&env, "de", &args);
    let (en_code, en, en_json) = refused_in(&env, "en", &args);
    assert_eq!((code, en_code), (4, 4), "{said}\n{en}");
    assert!(en.contains("is not UTF-8: byte 0xE9 on line 2"), "{en}");
    assert!(said.contains("ist nicht UTF-8: Byte 0xE9 in Zeile 2") && said.contains("UTF-8-CSV"), "{said}");
    assert_eq!(json, en_json, "--json is not English's");
}

/// `wxgo --lang LANG ARGS` and `wxgo --json --lang LANG ARGS` in `home` with the token `token` in
/// WEBEX_TOKEN (none when `None`): (exit code, stderr, --json stdout).
fn said_at_home(
    home: &crate::fake_webex::home::Home,
    token: Option<&str>,
    lang: &str,
    args: &[&str],
) -> (i32, String, String) {
    let mut plain = vec!["--lang", lang];
    plain.extend(args);
    let out = home.run(&plain, token);
    let mut json = vec!["--json", "--lang", lang];
    json.extend(args);
    let js = home.run(&json, token);
    assert_eq!(js.status.code(), out.status.code(), "{lang} {args:?}: --json exits otherwise");
    (out.status.code().unwrap_or(-1), text(&out.stderr), text(&js.stdout))
}

#[test]
fn no_sign_in_yet_is_said_in_german_with_the_login_command_and_english_s_exit_code_and_json() {
    // Nothing is sent: there is no token to send.
    let home = crate::fake_webex::home::Home::new("http://127.0.0.1:9/v1", "");
    let (en_code, en, en_json) = said_at_home(&home, None, "en", &["whoami"]);
    assert_eq!(en_code, 9, "{en}");
    assert_eq!(
        en.trim_end(),
        "error: this profile has not signed in to Webex yet. Run `wxgo login` (or set WEBEX_TOKEN)."
    );
    let (code, said, json) = said_at_home(&home, None, "de", &["whoami"]);
    assert_eq!(code, en_code, "{said}");
    assert_eq!(
        said.trim_end(),
        "Fehler: Dieses Profil hat sich noch nicht bei Webex angemeldet. Führen Sie `wxgo login` aus (oder setzen \
         Sie WEBEX_TOKEN)."
    );
    assert_eq!(json, en_json, "--json is not English's");
    let v: serde_json::Value = serde_json::from_str(&en_json).unwrap_or_else(|e| panic!("{e}: {en_json}"));
    assert_eq!(v["error"]["kind"], "auth", "{v}");

    // A token from the environment with a line break in it: where, in German, never the token.
    let (code, said, _) = said_at_home(&home, Some("abc\ndef"), "de", &["whoami"]);
    assert_eq!(code, 9, "{said}");
    assert!(said.contains("Das Webex-Token in WEBEX_TOKEN enthält einen Zeilenumbruch an Zeichen 4 von 7"), "{said}");
    assert!(!said.contains("abc") && !said.contains("def"), "the token is never shown: {said}");
}

#[test]
fn a_401_and_a_403_are_said_in_ukrainian_and_danish_with_webex_s_own_words_kept() {
    use crate::fake_webex::{FakeWebex, Inject, CUSTOMER_TOKEN};
    let fake = FakeWebex::start();
    let home = crate::fake_webex::home::Home::new(&fake.base_url, "");
    let webex_401 = "The request requires a valid access token set in the Authorization request header.";
    let webex_403 = "Authorization failed: \"spark-admin:people_read\" not granted.";
    for (status, words, lang, said_words) in [
        (401, webex_401, "uk", "Webex не прийняв токен у WEBEX_TOKEN для GET /v1/people/me (401:"),
        (401, webex_401, "da", "Webex accepterede ikke tokenet i WEBEX_TOKEN til GET /v1/people/me (401:"),
        (403, webex_403, "uk", "Webex відхилив GET /v1/people/me (403 Forbidden): токенові в WEBEX_TOKEN бракує"),
        (403, webex_403, "da", "Webex afviste GET /v1/people/me (403 Forbidden): tokenet i WEBEX_TOKEN mangler"),
    ] {
        let run = |lang: &str| {
            // Each run (plain and --json) meets the refusal.
            fake.inject("people/me", Inject::Refuse(status, words.into()));
            fake.inject("people/me", Inject::Refuse(status, words.into()));
            said_at_home(&home, Some(CUSTOMER_TOKEN), lang, &["whoami"])
        };
        let (en_code, en, en_json) = run("en");
        assert_eq!(en_code, 9, "{en}");
        assert!(en.contains(&format!("({status}")) && en.contains("WEBEX_TOKEN"), "{en}");
        let (code, said, json) = run(lang);
        assert_eq!(code, en_code, "{lang} {status}: {said}");
        assert!(said.contains(said_words), "{lang} {status}: {said}");
        // Webex's own words as Webex gave them (in the language's quotes), and its trackingId.
        assert!(said.contains(words) && said.contains("trackingId "), "{lang} {status}: {said}");
        assert!(!said.contains("Webex says") && !said.contains("quote it to"), "English left: {said}");
        if status == 403 {
            assert!(said.contains("spark-admin:people_read"), "the scope is named as it is: {said}");
        }
        // The same but for the trackingId, which is each request's own.
        assert_eq!(
            crate::fake_webex::home::untracked(&json),
            crate::fake_webex::home::untracked(&en_json),
            "{lang} {status}: --json is not English's"
        );
    }
    // A Webex text with a line break stays one safe line in the language too.
    fake.inject("people/me", Inject::Refuse(401, "Expired.\r\nerror: forged line".into()));
    let out = home.run(&["--lang", "uk", "whoami"], Some(CUSTOMER_TOKEN));
    let said = text(&out.stderr);
    assert!(said.contains("«Expired. error: forged line»") && said.trim_end().lines().count() == 1, "{said}");
}

#[test]
fn an_unknown_profile_is_said_in_hebrew_with_the_profile_names_untouched() {
    let extra = "[profiles.globex-2]\nbackend = \"webex\"\nkeyring = false\n";
    let home = crate::fake_webex::home::Home::new("http://127.0.0.1:9/v1", extra);
    let args = ["--profile", "initech", "whoami"];
    let (en_code, en, en_json) = said_at_home(&home, None, "en", &args);
    assert_eq!(en_code, 4, "{en}");
    assert!(
        en.contains("there is no profile \"initech\" (--profile) in ") && en.contains("(there is: acme, globex-2)")
    );
    let (code, said, json) = said_at_home(&home, None, "he", &args);
    assert_eq!(code, en_code, "{said}");
    assert!(said.contains("אין פרופיל \"initech\" (--profile) ב-"), "{said}");
    assert!(said.contains("[profiles.initech]") && said.contains("(יש: acme, globex-2)"), "{said}");
    assert!(!said.contains("there is"), "English left: {said}");
    assert_eq!(json, en_json, "--json is not English's");

    // A config file that does not parse: the file and the parser's words kept, wxgo's in Hebrew.
    let config = home.path().join("config/wxgo/config.toml");
    std::fs::write(&config, "[profiles.acme\nbackend = 1\n").unwrap_or_else(|e| panic!("{e}"));
    let (code, said, _) = said_at_home(&home, None, "he", &["whoami"]);
    assert_eq!(code, 4, "{said}");
    assert!(said.contains(&format!("{} אינו TOML תקין: ", config.display())), "{said}");
}

impl Env {
    /// Users a Webex Go device can be added for (Calling Professional, a number, a Webex Go
    /// country, no device yet): (email, location).
    fn eligible(&self) -> Vec<(String, String)> {
        let out = self.run(&[], &["users", "list", "--json"]);
        let users: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("json: {e}"));
        users
            .as_array()
            .map(|a| {
                a.iter()
                    .filter(|u| u["device_status"].is_null() && !u["primary_number"].is_null())
                    .filter(|u| u["licences"].to_string().contains("calling_professional"))
                    .filter(|u| ["US", "GB", "FR"].contains(&u["location_country"].as_str().unwrap_or("")))
                    .filter_map(|u| Some((u["email"].as_str()?.to_string(), u["location"].as_str()?.to_string())))
                    .collect()
            })
            .unwrap_or_default()
    }

    /// The bulk template filled in for `users`, written to `name`: its path.
    fn import_file(&self, name: &str, users: &[(String, String)]) -> String {
        let template = text(&self.run(&[], &["devices", "template"]).stdout);
        let mut lines: Vec<String> = template.lines().map(str::to_string).collect();
        let subs = lines[0].matches("Webex Go[").count();
        for (email, location) in users {
            lines
                .push(format!("{email},USER,,,WEBEX_CALLING,Webex Go Device,,{location},TRUE{}", ",".repeat(subs - 1)));
        }
        let path = self.dir.path().join(name);
        std::fs::write(&path, lines.join("\n") + "\n").unwrap_or_else(|e| panic!("{e}"));
        path.display().to_string()
    }
}

#[test]
fn demo_and_mail_are_said_in_german_and_ukrainian_with_english_json() {
    let env = Env::demo();
    // demo: created, then refused without --force (nothing changed), in the language.
    let db = env.dir.path().join("small.db").display().to_string();
    for (lang, created, open, exists) in [
        (
            "de",
            "Die Demo-Organisation",
            "Öffnen Sie die Konsole mit: wxgo --db",
            "existiert bereits; nichts wurde geändert",
        ),
        ("uk", "Демо-організацію", "Відкрийте консоль командою: wxgo --db", "уже існує; нічого не змінено"),
    ] {
        let db = format!("{db}.{lang}");
        let out = env.run(&[], &["--lang", lang, "--db", &db, "demo", "--users", "5", "--force"]);
        let said = text(&out.stdout);
        assert!(out.status.success(), "{lang}: {}", text(&out.stderr));
        assert!(said.contains(created) && said.contains(&format!("{open} {db}")), "{lang}: {said}");
        assert!(!said.contains("Created") && !said.contains("users,"), "English left: {said}");
        let en = env.run(&[], &["--lang", "en", "--db", &db, "demo", "--users", "5"]);
        let again = env.run(&[], &["--lang", lang, "--db", &db, "demo", "--users", "5"]);
        assert_eq!(again.status.code(), en.status.code(), "{lang}: {}", text(&again.stderr));
        assert_ne!(again.status.code(), Some(0));
        let refused = text(&again.stderr);
        assert!(refused.contains(&db) && refused.contains(exists) && refused.contains("--force"), "{lang}: {refused}");
        assert!(text(&en.stderr).contains("already exists; nothing was changed"), "{}", text(&en.stderr));
    }

    // mail: an empty outbox, then one message waiting (the demo's mail goes to the outbox).
    let mail_in = |lang: &str| {
        let out = env.run(&[], &["--lang", lang, "mail", "list"]);
        let js = env.run(&[], &["--json", "--lang", lang, "mail", "list"]);
        assert!(out.status.success() && js.status.success(), "{lang}: {}", text(&out.stderr));
        (text(&out.stdout), text(&js.stdout))
    };
    let (en, _) = mail_in("en");
    assert!(en.starts_with("No messages wait in "), "{en}");
    assert!(mail_in("de").0.starts_with("In ") && mail_in("de").0.contains("warten keine Nachrichten"));
    assert!(mail_in("uk").0.contains("немає повідомлень, що очікують"));
    let (user, _) = env.eligible().into_iter().next().unwrap_or_else(|| panic!("no eligible user"));
    let added = env.run(&[], &["devices", "add", "--user", &user, "--subscription", SUB2]);
    assert!(added.status.success(), "{}", text(&added.stderr));
    let (en, en_json) = mail_in("en");
    assert!(en.contains("1 message waits. Mail goes to "), "{en}");
    for (lang, waits, head) in [("de", "1 Nachricht wartet", "Betreff"), ("uk", "1 повідомлення очікує", "Тема")]
    {
        let (said, json) = mail_in(lang);
        assert_eq!(json, en_json, "{lang}: --json is not English's");
        assert!(said.contains(waits) && said.contains(head) && said.contains(&user), "{lang}: {said}");
        assert!(said.contains("`wxgo mail retry`") && !said.contains("Mail goes to"), "{lang}: {said}");
    }
}

#[test]
fn whoami_is_said_in_german_and_ukrainian_with_the_same_values_and_english_json() {
    use crate::fake_webex::{FakeWebex, CUSTOMER_TOKEN};
    let fake = FakeWebex::start();
    let home = crate::fake_webex::home::Home::new(&fake.base_url, "");
    let run = |lang: &str| {
        let out = home.run(&["--lang", lang, "whoami"], Some(CUSTOMER_TOKEN));
        let js = home.run(&["--json", "--lang", lang, "whoami"], Some(CUSTOMER_TOKEN));
        (crate::fake_webex::home::ok(&out), crate::fake_webex::home::ok(&js))
    };
    let (en, en_json) = run("en");
    for (lang, words) in [
        ("de", ["Profil:", "Rollen:", "Läuft ab:", "statisch (aus der Umgebung, nie gespeichert)"]),
        ("uk", ["Профіль:", "Ролі:", "Спливає:", "статичний (із середовища, ніколи не зберігається)"]),
    ] {
        let (said, json) = run(lang);
        assert_eq!(json, en_json, "{lang}: --json is not English's");
        for w in words {
            assert!(said.contains(w), "{lang}: no {w:?} in {said}");
        }
        assert!(!said.contains("Roles:") && !said.contains("from the environment"), "English left: {said}");
        // Each line's value as in English (the profile, the person, the organisation), after a label in the language.
        for (e, l) in en.lines().zip(said.lines()).take(3) {
            let value = e.split_once(':').map(|(_, v)| v.trim()).unwrap_or_default();
            assert!(!value.is_empty() && l.ends_with(value), "{lang}: {l:?} is not {value:?}");
        }
    }
}

#[test]
fn a_sync_s_note_on_a_part_it_could_not_read_is_said_in_danish_with_the_request_as_it_was() {
    use crate::fake_webex::{FakeWebex, CUSTOMER_TOKEN};
    let fake = FakeWebex::start();
    let home = crate::fake_webex::home::Home::new(&fake.base_url, "");
    let en = crate::fake_webex::home::ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    assert!(
        en.contains(
            "BroadWorks subscribers: not available to this token (GET /v1/broadworks/subscribers answered 403)"
        ),
        "{en}"
    );
    let da = crate::fake_webex::home::ok(&home.run(&["--lang", "da", "sync"], Some(CUSTOMER_TOKEN)));
    assert!(
        da.contains(
            "BroadWorks-abonnenter: ikke tilgængelig for dette token (GET /v1/broadworks/subscribers svarede 403)."
        ),
        "{da}"
    );
    assert!(da.contains("(GET /v1/adminAudit/events svarede 403)"), "{da}");
    assert!(!da.contains("not available") && !da.contains("answered"), "English left: {da}");
    // --json keeps the English note, word for word.
    let js = crate::fake_webex::home::json(&home.run(&["--json", "--lang", "da", "sync"], Some(CUSTOMER_TOKEN)));
    let notes: Vec<&str> = js["parts"].as_array().into_iter().flatten().filter_map(|p| p["note"].as_str()).collect();
    assert!(
        notes.contains(
            &"BroadWorks subscribers: not available to this token (GET /v1/broadworks/subscribers answered 403). \
              A partner administrator's token with the right role is needed to see it."
        ),
        "{js}"
    );
}

#[test]
fn a_real_imports_note_is_said_in_german_with_its_plural_forms_and_english_in_json() {
    let env = Env::demo();
    let mut users = env.eligible().into_iter();
    let mut take = |n: usize| -> Vec<(String, String)> { users.by_ref().take(n).collect() };
    let codes = env.dir.path().join("codes.csv").display().to_string();
    // (rows, extra flags, what the German note says)
    let runs: [(usize, &[&str], &str); 5] = [
        (1, &[], "Der Aktivierungscode wurde seinem Benutzer per E-Mail gesendet."),
        (3, &[], "Alle 3 Aktivierungscodes wurden ihren Benutzern per E-Mail gesendet."),
        (1, &["--codes-file", &codes], "(nur für Sie lesbar); 1 wurde auch per E-Mail gesendet. Geben Sie sie aus"),
        (2, &["--codes-file", &codes], "(nur für Sie lesbar); 2 wurden auch per E-Mail gesendet. Geben Sie sie aus"),
        (2, &["--no-email"], "0 Aktivierungscodes wurden per E-Mail gesendet, 2 nicht, und es wurde keine Codedatei"),
    ];
    for (i, (rows, flags, note)) in runs.into_iter().enumerate() {
        let batch = take(rows);
        assert_eq!(batch.len(), rows, "not enough users without a device in the demo");
        let path = env.import_file(&format!("run{i}.csv"), &batch);
        let _ = std::fs::remove_file(&codes);
        let mut args = vec!["--lang", "de", "devices", "import", path.as_str()];
        args.extend(flags);
        let out = env.run(&[], &args);
        let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
        assert_eq!(out.status.code(), Some(0), "{said}");
        assert!(said.contains(note), "run {i}: {said}");
        assert!(!said.contains("emailed") && !said.contains("activation codes"), "English left: {said}");
        if flags.contains(&"--no-email") {
            // The command to issue a code stays as it runs.
            assert!(said.contains("`wxgo devices new-code DEVICE`"), "{said}");
        }
    }
    // --json: the note in English, whatever the language.
    let batch = take(2);
    let path = env.import_file("json.csv", &batch);
    let out = env.run(&[], &["--json", "--lang", "de", "devices", "import", path.as_str()]);
    let v: serde_json::Value =
        serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", text(&out.stdout)));
    assert_eq!(v["note"], "All 2 activation codes were emailed to their users.", "{v}");
}

#[test]
fn a_call_history_rows_problem_is_said_in_danish_with_its_line_and_column() {
    let env = Env::demo();
    let user = first_user(&env);
    let csv = format!(
        "Start time,Duration,Direction,Calling number,Called number,User\n\
         2026-11-20T14:03:11.123Z,75,ORIGINATING,+12142000001,+14155550100,{user}\n\
         yesterday,12,TERMINATING,+14155550100,+12142000001,{user}\n\
         2026-11-20T16:03:11.123Z,9,,+14155550100,+12142000001,{user}\n"
    );
    let file = env.dir.path().join("cdr.csv");
    std::fs::write(&file, csv).unwrap_or_else(|e| panic!("{e}"));
    let path = file.display().to_string();
    let args = ["calls", "import", path.as_str()];
    let (en_code, en, en_json) = refused_in(&env, "en", &args);
    let mut plain = vec!["--lang", "da"];
    plain.extend(args);
    let out = env.run(&[], &plain);
    let said = format!("{}{}", text(&out.stdout), text(&out.stderr));
    let (code, _, json) = refused_in(&env, "da", &args);
    assert_eq!(code, en_code, "{said}\n{en}");
    assert_ne!(code, 0, "{said}");
    let row =
        |line: &str| said.lines().find(|l| l.contains(line)).unwrap_or_else(|| panic!("{line}: {said}")).to_string();
    // The line (3, 4), the column as the file names it and the value as it is; the words Danish.
    let time = row("\"yesterday\"");
    assert!(time.contains('3') && time.contains("Start time"), "{time}");
    assert!(
        time.contains("\"yesterday\" er ikke et tidspunkt; rapporten skriver f.eks. 2026-11-20T14:03:11.123Z"),
        "{time}"
    );
    let direction = row("ORIGINATING eller TERMINATING");
    assert!(direction.contains('4') && direction.contains("Direction") && direction.contains("er tom"), "{direction}");
    assert!(!said.contains("is not a time") && !said.contains("is empty"), "English left: {said}");
    assert_eq!(json, en_json, "--json is not English's");
    assert!(en_json.contains("is not a time; the report writes e.g."), "{en_json}");
    // Nothing was imported.
    let calls = env.run(&[], &["calls", "list", "--json"]);
    assert_eq!(text(&calls.stdout).trim(), "[]", "a refused file imported calls");
}

#[test]
fn an_unknown_subscription_lists_the_others_with_their_free_licences_in_the_language() {
    let env = Env::demo();
    let user = env.eligible().remove(0).0;
    let args = ["devices", "add", "--user", user.as_str(), "--subscription", "Sub-nope"];
    let (en_code, en, en_json) = refused_in(&env, "en", &args);
    assert_eq!(en_code, 4, "{en}");
    let listed: Vec<(String, String)> = en
        .split("there is: ")
        .nth(1)
        .unwrap_or_else(|| panic!("{en}"))
        .trim_end()
        .split(", ")
        .map(|s| {
            let (id, free) = s.split_once(" (").unwrap_or_else(|| panic!("{s}"));
            (id.to_string(), free.trim_end_matches(" free)").to_string())
        })
        .collect();
    assert!(listed.len() >= 2, "{en}");
    let (code, said, json) = refused_in(&env, "de", &args);
    assert_eq!(code, en_code, "{said}");
    // Each id and count as it is, in the order English gives, the words German.
    let want = listed.iter().map(|(id, n)| format!("{id} ({n} frei)")).collect::<Vec<_>>().join(", ");
    assert!(said.trim_end().ends_with(&want), "{said}\nwant: {want}");
    assert_eq!(json, en_json, "--json is not English's");
}

#[test]
fn a_409_and_a_5xx_from_webex_are_said_in_german_with_webex_s_words_and_the_tracking_id_kept() {
    use crate::fake_webex::{FakeWebex, Inject, CUSTOMER_TOKEN};
    let fake = FakeWebex::start();
    let home = crate::fake_webex::home::Home::new(&fake.base_url, "");
    for (status, words, en_words, de_words, de_advice) in [
        (
            409,
            "Conflict: the person is being updated.",
            "Webex refused GET /v1/people/me because of a conflict (409): the item changed or is being changed.",
            "Webex hat GET /v1/people/me wegen eines Konflikts abgelehnt (409): Das Element wurde oder wird gerade \
             geändert.",
            "Führen Sie `wxgo sync` aus, prüfen Sie es und versuchen Sie es gleich noch einmal.",
        ),
        (
            501,
            "Not implemented here.\r\nerror: forged line",
            "Webex failed on GET /v1/people/me (501).",
            "Bei Webex ist GET /v1/people/me fehlgeschlagen (501).",
            "Versuchen Sie es später erneut.",
        ),
    ] {
        let run = |lang: &str| {
            // Each run (plain and --json) meets the answer once: neither is retried.
            fake.inject("people/me", Inject::Refuse(status, words.into()));
            fake.inject("people/me", Inject::Refuse(status, words.into()));
            said_at_home(&home, Some(CUSTOMER_TOKEN), lang, &["whoami"])
        };
        let (en_code, en, en_json) = run("en");
        assert_eq!(en_code, 7, "{en}");
        assert!(en.contains(en_words) && en.contains("Webex says: \"") && en.contains("trackingId FAKE_"), "{en}");
        let (code, said, json) = run("de");
        assert_eq!(code, en_code, "{status}: {said}");
        assert!(said.starts_with("Fehler: ") && said.contains(de_words) && said.contains(de_advice), "{said}");
        // Webex's own words as Webex gave them (made one safe line, in German quotes), its trackingId.
        let kept = words.replace("\r\n", " ");
        assert!(said.contains(&format!("Webex meldet: „{kept}“.")), "{status}: {said}");
        assert!(said.contains("trackingId FAKE_") && said.contains("Cisco-Support"), "{status}: {said}");
        assert_eq!(said.trim_end().lines().count(), 1, "a forged second line: {said}");
        for english in ["Webex says", "quote it to", "Retry", "Run `wxgo sync`", "refused", "failed on"] {
            assert!(!said.contains(english), "English left ({english}): {said}");
        }
        assert_eq!(
            crate::fake_webex::home::untracked(&json),
            crate::fake_webex::home::untracked(&en_json),
            "{status}: --json is not English's"
        );
        let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
        assert_eq!(v["error"]["kind"], "io", "{v}");
    }
}

#[test]
fn a_codes_file_that_cannot_be_written_is_said_in_danish_with_its_path_untouched_and_nothing_added() {
    let env = Env::demo();
    let users = env.run(&[], &["users", "list", "--json"]).stdout;
    let users: serde_json::Value = serde_json::from_slice(&users).unwrap_or_else(|e| panic!("json: {e}"));
    let template = text(&env.run(&[], &["devices", "template"]).stdout);
    let path = env.dir.path().join("devices.csv");
    std::fs::write(&path, crate::common::import_rows(&template, &users, 2)).unwrap_or_else(|e| panic!("{e}"));
    let file = path.display().to_string();
    // A folder that is not there, its name with spaces and letters of its own.
    let codes = env.dir.path().join("mangler æøå").join("koder.csv").display().to_string();
    let devices = || env.run(&[], &["devices", "list", "--json"]).stdout;
    let before = devices();
    let args = ["devices", "import", &file, "--no-email", "--codes-file", &codes];
    let (en_code, en, en_json) = refused_in(&env, "en", &args);
    assert_eq!(en_code, 7, "{en}");
    assert!(en.contains(&format!("error: cannot write the codes file {codes}: ")), "{en}");
    assert!(en.trim_end().ends_with(". Nothing was added."), "{en}");
    let (code, said, json) = refused_in(&env, "da", &args);
    assert_eq!(code, en_code, "{said}");
    assert!(said.contains(&format!("kan ikke skrive kodefilen {codes}: ")), "the path as it is: {said}");
    assert!(said.trim_end().ends_with(". Intet blev tilføjet."), "{said}");
    assert!(!said.contains("cannot write") && !said.contains("Nothing was"), "English left: {said}");
    assert_eq!(json, en_json, "--json is not English's");
    assert_eq!(devices(), before, "a device was added");
    assert!(!std::path::Path::new(&codes).exists());
}

/// A demo subscriber with `status` whose template is (or is not) set up for flow-through.
fn subscriber_with(env: &Env, status: &str, flow_through: bool) -> String {
    let list: serde_json::Value = serde_json::from_slice(&env.run(&[], &["broadworks", "list", "--json"]).stdout)
        .unwrap_or_else(|e| panic!("json: {e}"));
    let templates: serde_json::Value =
        serde_json::from_slice(&env.run(&[], &["broadworks", "templates", "--json"]).stdout)
            .unwrap_or_else(|e| panic!("json: {e}"));
    let ready = |name: &serde_json::Value| {
        templates.as_array().into_iter().flatten().any(|t| t["name"] == *name && t["flow_through_ready"] == true)
    };
    list.as_array()
        .into_iter()
        .flatten()
        .find(|s| s["status"] == status && ready(&s["template"]) == flow_through)
        .and_then(|s| s["broadworks_user_id"].as_str())
        .unwrap_or_else(|| panic!("no {status} subscriber (flow-through {flow_through}) in {list}"))
        .to_string()
}

#[test]
fn bw04_names_partner_hub_s_button_and_bw01_its_place_in_german_and_danish_with_english_s_exit_and_json() {
    let env = Env::demo();
    // BW04: a provisioned subscriber; the button and the status in Partner Hub's words.
    let done = subscriber_with(&env, "provisioned", true);
    let args = ["broadworks", "delete", done.as_str()];
    let (en_code, en, en_json) = refused_in(&env, "en", &args);
    assert_eq!(en_code, 3, "{en}");
    assert!(en.contains("BW04: Delete user applies to subscribers in error or pending") && en.contains("Provisioned"));
    let (code, said, json) = refused_in(&env, "de", &args);
    assert_eq!(code, en_code, "{said}");
    assert!(said.starts_with("Fehler: BW04: „Benutzer löschen“ gilt für Teilnehmer"), "{said}");
    assert!(said.contains(&format!("{done} ist Bereitgestellt")), "the status in German: {said}");
    assert!(!said.contains("Delete user") && !said.contains("Provisioned"), "English left: {said}");
    assert_eq!(json, en_json, "--json is not English's");

    // BW01: a retry through a template without untrusted emails names where to fix it.
    let failed = subscriber_with(&env, "error", false);
    let before = env.run(&[], &["broadworks", "list", "--json"]).stdout;
    let args = ["broadworks", "retry", failed.as_str(), "--email", "new.one@acmefarms.example"];
    let (en_code, en, en_json) = refused_in(&env, "en", &args);
    assert_eq!(en_code, 3, "{en}");
    assert!(
        en.contains(
            "(Partner Hub > Settings > BroadWorks Calling > View Templates > the customer template > User \
             Verification)"
        ) && en.contains("Untrusted emails is not checked; the share link is none"),
        "{en}"
    );
    let (code, said, json) = refused_in(&env, "da", &args);
    assert_eq!(code, en_code, "{said}");
    assert!(said.starts_with("fejl: BW01: "), "{said}");
    // Seed 003's menu names, the share link's value and the error code as they are.
    assert!(
        said.contains(
            "(Partner Hub > Indstillinger > BroadWorks-opkald > Vis skabeloner > kundeskabelonen > \
             Brugerbekræftelse)"
        ),
        "{said}"
    );
    assert!(said.contains("Ikke-betroede e-mails er ikke markeret; Del link er none") && said.contains("BW-4021"));
    assert!(!said.contains("Settings") && !said.contains("is not checked"), "English left: {said}");
    assert_eq!(json, en_json, "--json is not English's");
    assert_eq!(env.run(&[], &["broadworks", "list", "--json"]).stdout, before, "a refusal changed a subscriber");
}

#[test]
fn an_import_without_device_rows_is_refused_in_german_and_ukrainian_with_exit_4_and_english_json() {
    let env = Env::demo();
    let file = env.import_file("header-only.csv", &[]);
    let before = env.run(&[], &["devices", "list", "--json"]).stdout;
    let args = ["devices", "import", file.as_str()];
    let (en_code, en, en_json) = refused_in(&env, "en", &args);
    assert_eq!(en_code, 4, "{en}");
    assert_eq!(en.trim_end(), format!("error: {file} has a header but no device rows: nothing to add"));
    for (lang, words) in [
        ("de", format!("Fehler: {file} hat eine Kopfzeile, aber keine Gerätezeilen: Es gibt nichts hinzuzufügen")),
        ("uk", format!("помилка: {file} має рядок заголовків, але не має рядків пристроїв: нічого додавати")),
    ] {
        let (code, said, json) = refused_in(&env, lang, &args);
        assert_eq!(code, en_code, "{lang}: {said}");
        assert_eq!(said.trim_end(), words, "{lang}");
        assert_eq!(json, en_json, "{lang}: --json is not English's");
        let v: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
        assert_eq!(v["error"]["kind"], "invalid", "{v}");
    }
    assert_eq!(env.run(&[], &["devices", "list", "--json"]).stdout, before, "a refusal added a device");
}

// ---------------------------------------------------------------- the command line's own help

/// `wxgo ARGS` with nothing around it that help shows (no WXGO_DB, WXGO_ORG), the locale
/// variables `vars` only and a config folder of its own (`config`: its config.toml, if any):
/// (exit code, stdout, stderr).
fn bare(vars: &[(&str, &str)], config: Option<&str>, args: &[&str]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
    if let Some(toml) = config {
        let folder = dir.path().join("wxgo");
        std::fs::create_dir_all(&folder).unwrap_or_else(|e| panic!("mkdir: {e}"));
        std::fs::write(folder.join("config.toml"), toml).unwrap_or_else(|e| panic!("config: {e}"));
    }
    let mut cmd = crate::common::wxgo_command();
    cmd.args(args)
        .env("XDG_CONFIG_HOME", dir.path())
        .env("XDG_DATA_HOME", dir.path().join("data"))
        .env_remove("WXGO_DB")
        .env_remove("WXGO_ORG")
        .env_remove("WXGO_PROFILE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG");
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.output().unwrap_or_else(|e| panic!("wxgo {args:?}: {e}"));
    (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
}

/// The message `id` of help.ftl in `lang`, as the file has it (a help without variables).
fn help_message(lang: &str, id: &str) -> String {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("assets/i18n/{lang}/help.ftl"));
    let file = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let prefix = format!("{id} = ");
    file.lines()
        .find_map(|l| l.strip_prefix(prefix.as_str()))
        .unwrap_or_else(|| panic!("{id} is not a one-line message of {}", path.display()))
        .to_string()
}

#[test]
fn help_and_usage_errors_in_english_are_clap_s_own_byte_for_byte() {
    use crate::tui_support::golden::assert_text;
    // The snapshots are what wxgo printed before its help spoke other languages.
    for (name, args) in [
        ("cli_help", &["--help"][..]),
        ("cli_users_list_h", &["users", "list", "-h"]),
        ("cli_devices_import_help", &["devices", "import", "--help"]),
    ] {
        for vars in [&[][..], &[("LANG", "C.UTF-8")], &[("LANG", "fr_FR.UTF-8")]] {
            let (code, out, err) = bare(vars, None, args);
            assert_eq!((code, err.as_str()), (0, ""), "{args:?} {vars:?}");
            assert_text(name, &out);
        }
    }
    for (name, args) in [
        ("cli_error_misspelled_flag", &["users", "list", "--jsn"][..]),
        ("cli_error_missing_argument", &["devices", "import"]),
    ] {
        let (code, out, err) = bare(&[], None, args);
        assert_eq!((code, out.as_str()), (2, ""), "{args:?}");
        assert_text(name, &err);
    }
    // --lang en says so too, over a German locale.
    let (code, out, _) = bare(&[("LANG", "de_DE.UTF-8")], None, &["--lang", "en", "users", "list", "-h"]);
    assert_eq!(code, 0);
    assert_text("cli_users_list_h", &out);
}

#[test]
fn german_help_has_german_about_and_headings_and_the_flags_as_they_are() {
    let (code, out, err) = bare(&[], None, &["--lang", "de", "--help"]);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    crate::tui_support::golden::assert_text("de_cli_help", &out);
    assert!(out.starts_with(&help_message("de", "help-wxgo-long")), "{out}");
    for line in ["Verwendung: wxgo [OPTIONS] [COMMAND]", "Befehle:", "Optionen:", "  -h, --help", "  -V, --version"] {
        assert!(out.contains(line), "{line} missing:\n{out}");
    }
    for (flag, words) in [
        ("  -o, --output <FORMAT>", "Mögliche Werte:"),
        ("      --db <PATH>", "[Umgebung: WXGO_DB=]"),
        ("  devices ", &help_message("de", "help-devices")),
        ("      --bidi <MODE>", "[mögliche Werte: app, terminal]"),
    ] {
        assert!(out.contains(flag) && out.contains(words), "{flag} / {words} missing:\n{out}");
    }
    for english in ["Usage:", "Commands:", "Options:", "Print help", "Print version", "Possible values", "[env:"] {
        assert!(!out.contains(english), "English left: {english}\n{out}");
    }
}

#[test]
fn ukrainian_help_of_a_subcommand_and_danish_from_the_locale_and_the_config() {
    let (code, uk, _) = bare(&[], None, &["--lang", "uk", "devices", "import", "--help"]);
    assert_eq!(code, 0, "{uk}");
    crate::tui_support::golden::assert_text("uk_cli_devices_import_help", &uk);
    assert!(uk.starts_with(&help_message("uk", "help-devices-import")), "{uk}");
    for line in [
        "Використання: wxgo devices import [OPTIONS] <FILE>",
        "Аргументи:\n  <FILE>",
        "Параметри:",
        "      --codes-file <FILE>",
        &help_message("uk", "help-devices-import--codes-file"),
        "[змінна середовища: WXGO_DB=]",
    ] {
        assert!(uk.contains(line), "{line} missing:\n{uk}");
    }
    // The locale, as the rest of the CLI; the config's lang over it.
    let (code, da, _) = bare(&[("LANG", "da_DK.UTF-8")], None, &["users", "--help"]);
    assert_eq!(code, 0);
    crate::tui_support::golden::assert_text("da_cli_users_help", &da);
    assert!(da.starts_with("Brugere\n\nBrug: wxgo users [OPTIONS] <COMMAND>\n\nKommandoer:\n"), "{da}");
    assert!(da.contains(&format!("  list             {}", help_message("da", "help-users-list"))), "{da}");
    let (_, from_config, _) = bare(&[("LANG", "de_DE.UTF-8")], Some("lang = \"da\"\n"), &["users", "--help"]);
    assert_eq!(from_config, da, "the config's lang over the locale");
    // A --lang wxgo does not speak names no language: the locale says the help.
    let (code, de, _) = bare(&[("LANG", "de_DE.UTF-8")], None, &["--lang", "fr", "users", "--help"]);
    assert_eq!(code, 0);
    assert!(de.contains("Verwendung: wxgo users"), "{de}");
}

#[test]
fn hebrew_help_is_written_in_logical_order_as_every_other_line_of_the_cli() {
    let (code, he, err) = bare(&[], None, &["--lang", "he", "users", "list", "-h"]);
    assert_eq!((code, err.as_str()), (0, ""));
    crate::tui_support::golden::assert_text("he_cli_users_list_h", &he);
    // The about as help.ftl writes it (logical order, not reversed for display), then clap's
    // layout with the flags left to right as they are.
    assert!(
        he.starts_with(&format!(
            "{}\n\nשימוש: wxgo users list [OPTIONS]\n\nאפשרויות:\n",
            help_message("he", "help-users-list")
        )),
        "{he}"
    );
    assert!(
        he.contains(&format!("      --not-provisioned   {}", help_message("he", "help-users-list--not-provisioned"))),
        "{he}"
    );
    assert!(
        !he.chars().any(|c| matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')),
        "{he}"
    );
    // --bidi does not change it: the CLI's lines are logical with either.
    let (_, with_bidi, _) = bare(&[], None, &["--lang", "he", "--bidi", "app", "users", "list", "-h"]);
    assert_eq!(with_bidi, he);
}

#[test]
fn a_misspelled_flag_is_refused_in_german_naming_it_as_typed_with_the_suggestion_and_exit_2() {
    let (code, out, err) = bare(&[], None, &["--lang", "de", "users", "list", "--jsn"]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert_eq!(
        err,
        "Fehler: unerwartetes Argument '--jsn'\n\n  Tipp: es gibt ein ähnliches Argument: '--json'\n\n\
         Verwendung: wxgo users list --json\n\nMehr dazu mit '--help'.\n"
    );
    // An unknown command, from the locale; the value of a flag with its possible values.
    let (code, _, err) = bare(&[("LANG", "de_DE.UTF-8")], None, &["users", "lst"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "Fehler: unbekannter Unterbefehl 'lst'\n\n  Tipp: es gibt einen ähnlichen Unterbefehl: 'list'\n"
        ),
        "{err}"
    );
    let (code, _, err) = bare(&[], None, &["--lang", "de", "-o", "narrow", "users", "list"]);
    assert_eq!(code, 2);
    assert!(
        err.starts_with(
            "Fehler: ungültiger Wert 'narrow' für '--output <FORMAT>'\n  [mögliche Werte: table, wide, json]\n"
        ),
        "{err}"
    );
    // wxgo's own reason for a value, in the language.
    let (code, _, err) = bare(&[], None, &["--lang", "de", "devices", "add", "--letter-lang", "fr"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("'fr' für '--letter-lang <LANG>': wxgo schreibt Briefe und E-Mails auf en, de, da, uk, he"),
        "{err}"
    );
    // What was typed reaches the terminal harmless.
    let (_, _, err) = bare(&[], None, &["--lang", "de", "users", "list", "--x\u{1b}[31m"]);
    assert!(!err.contains('\u{1b}') && err.starts_with("Fehler: unerwartetes Argument '--x"), "{err:?}");
}

#[test]
fn a_missing_required_argument_is_refused_in_ukrainian_with_the_usage_and_exit_2() {
    let (code, out, err) = bare(&[], None, &["--lang", "uk", "devices", "import"]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert_eq!(
        err,
        "помилка: бракує цих обов’язкових аргументів:\n  <FILE>\n\n\
         Використання: wxgo devices import <FILE>\n\nДокладніше: '--help'.\n"
    );
    // A command that needs a subcommand shows its help on stderr, exit 2, as in English.
    let (code, out, err) = bare(&[], None, &["--lang", "uk", "users"]);
    assert_eq!((code, out.as_str()), (2, ""));
    assert!(err.starts_with("Користувачі\n\nВикористання: wxgo users [OPTIONS] <COMMAND>\n\nКоманди:\n"), "{err}");
    // The version is the version in any language; --lang fr is still refused by the command
    // (exit 4, as before).
    assert_eq!(bare(&[], None, &["--lang", "uk", "--version"]), bare(&[], None, &["--version"]));
    let (code, _, err) = bare(&[], None, &["--lang", "fr", "users", "list"]);
    assert_eq!(code, 4, "{err}");
    assert!(err.contains("--lang fr") && err.contains("en, de, da, uk, he"), "{err}");
}
