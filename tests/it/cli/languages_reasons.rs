//! The sentences the service writes into a report, said in the admin's language: why a user did
//! not get Webex Calling and the fix (AL02, AL04: `users list --not-provisioned`, a licence run's
//! rows, a manual assignment's refusal) and `why`'s causes, checks and the age of its facts. The
//! rule ids, numbers, emails and suggested commands stay as they are (each command keeps `--db`
//! and runs as printed); `--json` is the English, byte for byte, whatever the language.

use std::path::PathBuf;
use std::process::Output;

const NOW: &str = "2026-11-22T09:00:00Z";
const TEMPLATE: &str = "All staff: Webex Calling";
/// The demo's users without Webex Calling: one with no work number, one whose directory gave a
/// national number (its reason recorded in English in the database).
const NO_NUMBER: &str = "tariq.abbott@acmefarms.example";
const NATIONAL: &str = "mateo.eriksen@acmefarms.example";

struct Env {
    _dir: tempfile::TempDir,
    db: PathBuf,
}

impl Env {
    fn demo() -> Env {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}"));
        let db = dir.path().join("wxgo.db");
        let env = Env { _dir: dir, db };
        let out = env.run(&["demo"]);
        assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
        env
    }

    fn db(&self) -> String {
        self.db.display().to_string()
    }

    /// `wxgo --db DB ARGS`, no locale variable set (English unless `--lang` says otherwise).
    fn run(&self, args: &[&str]) -> Output {
        let db = self.db();
        let mut all = vec!["--db", db.as_str()];
        all.extend(args);
        self.run_as_printed(&all)
    }

    /// `wxgo ARGS` as a message printed it (its own `--db`).
    fn run_as_printed(&self, args: &[&str]) -> Output {
        let mut cmd = crate::common::wxgo_command();
        cmd.args(args)
            .env("WXGO_NOW", NOW)
            .env("XDG_CONFIG_HOME", self.db.with_file_name("config"))
            .env("WXGO_OUTBOX", self.db.with_file_name("outbox"))
            .env_remove("WXGO_DB")
            .env_remove("WXGO_PROFILE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env_remove("LANG");
        cmd.output().unwrap_or_else(|e| panic!("wxgo {args:?}: {e}"))
    }

    /// `wxgo --db DB --lang LANG ARGS`: (exit code, stdout, stderr).
    fn said(&self, lang: &str, args: &[&str]) -> (i32, String, String) {
        let mut all = vec!["--lang", lang];
        all.extend(args);
        let out = self.run(&all);
        (out.status.code().unwrap_or(-1), text(&out.stdout), text(&out.stderr))
    }

    /// The same command's `--json` in English and in `lang`, which must be the same bytes.
    fn json_is_english(&self, lang: &str, args: &[&str]) -> serde_json::Value {
        let mut en = vec!["--json"];
        en.extend(args);
        let mut other = vec!["--lang", lang, "--json"];
        other.extend(args);
        let (a, b) = (self.run(&en), self.run(&other));
        assert!(a.status.success(), "{}", text(&a.stderr));
        assert_eq!(text(&a.stdout), text(&b.stdout), "--json in {lang} is not English's");
        serde_json::from_slice(&a.stdout).unwrap_or_else(|e| panic!("json: {e}"))
    }
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// The first backticked command in `s` that starts with `wxgo`.
fn command_in(s: &str) -> String {
    s.split('`')
        .skip(1)
        .step_by(2)
        .find(|c| c.starts_with("wxgo "))
        .unwrap_or_else(|| panic!("no command in {s}"))
        .into()
}

#[test]
fn al04_who_did_not_get_calling_is_said_in_german_with_the_reason_and_the_fix_and_json_in_english() {
    let env = Env::demo();
    let (code, de, err) = env.said("de", &["users", "list", "--not-provisioned"]);
    assert_eq!(code, 0, "{err}");
    // Said now by the check (no work number), and recorded in English by the directory sync,
    // read back and said in German.
    assert!(de.contains("es wurde keine geschäftliche Nummer angegeben"), "{de}");
    assert!(
        de.contains("geschäftliche Nummer 231-456-9000 ist nicht E.164: Schreiben Sie sie als +1 und zehn Ziffern"),
        "{de}"
    );
    // The fix in German, its command as it runs here (this run's --db in it).
    let db = env.db();
    let wanted = format!("Geben Sie eine Nummer an: im Verzeichnis oder mit W in der Konsole (`wxgo --db {db} users set-work-number` in einer Shell)");
    assert!(de.contains(&wanted), "{de}");
    assert!(de.contains("+12314569000, die in keinem Nummernbestand eines Standorts ist"), "{de}");
    for english in ["no work number was given", "write it as +1 and ten digits", "give a number", "in a shell"] {
        assert!(!de.contains(english), "{english} in German: {de}");
    }
    // English as it was.
    let (_, en, _) = env.said("en", &["users", "list", "--not-provisioned"]);
    assert!(en.contains("no work number was given"), "{en}");
    assert!(en.contains("work number 231-456-9000 is not E.164: write it as +1 and ten digits"), "{en}");
    assert!(
        en.contains(&format!(
            "give a number: in the directory, or W in the console (`wxgo --db {db} users set-work-number` in a shell)"
        )),
        "{en}"
    );
    // --json: the English texts, byte for byte.
    let rows = env.json_is_english("de", &["users", "list", "--not-provisioned"]);
    let mateo = rows.as_array().and_then(|r| r.iter().find(|u| u["email"] == NATIONAL)).cloned().unwrap_or_default();
    assert_eq!(mateo["reason"], "work number 231-456-9000 is not E.164: write it as +1 and ten digits");
    // The German fix's command runs as printed, with the free number the fix names.
    let fix = mateo["fix"].as_str().unwrap_or_default();
    let free =
        fix.split_whitespace().find(|w| w.starts_with("(+")).map(|w| w.trim_start_matches('(')).unwrap_or_default();
    assert!(free.starts_with("+1416"), "a free number of Toronto: {fix}");
    let printed = command_in(&de);
    assert_eq!(printed, format!("wxgo --db {db} users set-work-number"));
    let mut args: Vec<&str> = printed.split_whitespace().skip(1).collect();
    args.extend(["--lang", "de", NATIONAL, free]);
    let out = env.run_as_printed(&args);
    let set = text(&out.stdout);
    assert!(out.status.success(), "{printed}: {}", text(&out.stderr));
    assert!(
        set.contains(&format!("Als Nächstes: die Nummer besteht jede Prüfung: Wenden Sie die Vorlage erneut an (`wxgo --db {db} licences reapply --template \"{TEMPLATE}\"`)")),
        "{set}"
    );
}

#[test]
fn al02_a_manual_assignment_refused_in_german_keeps_the_rule_id_the_exit_code_and_changes_nothing() {
    let env = Env::demo();
    let before = env.json_is_english("de", &["users", "show", NO_NUMBER]);
    let args = [
        "licences",
        "assign",
        "--template",
        TEMPLATE,
        "--user",
        NO_NUMBER,
        "--location",
        "Dallas",
        "--number",
        "231-456-9000",
    ];
    let (en_code, _, en) = env.said("en", &args);
    let (de_code, _, de) = env.said("de", &args);
    assert_eq!((en_code, de_code), (3, 3), "{en}\n{de}");
    assert!(en.contains(&format!("AL02: {NO_NUMBER}: work number \"231-456-9000\" is not E.164")), "{en}");
    assert!(
        en.contains("it is written the national way of US; in E.164 it is +12314569000; correct the number's format"),
        "{en}"
    );
    assert!(de.contains(&format!("AL02: {NO_NUMBER}: geschäftliche Nummer „231-456-9000“ ist nicht E.164")), "{de}");
    assert!(de.contains("in E.164 lautet sie +12314569000; Korrigieren Sie das Format der Nummer auf E.164"), "{de}");
    assert_eq!(env.json_is_english("de", &["users", "show", NO_NUMBER]), before, "nothing changed");
}

#[test]
fn a_licence_runs_rows_are_said_in_ukrainian_and_its_json_is_english() {
    let env = Env::demo();
    let args = ["licences", "reapply", "--template", TEMPLATE, "--dry-run"];
    let (code, uk, err) = env.said("uk", &args);
    assert_eq!(code, 0, "{err}");
    assert!(uk.contains("робочий номер не вказано"), "{uk}");
    assert!(uk.contains("робочий номер «231-456-9000» не у форматі E.164"), "{uk}");
    assert!(!uk.contains("no work number was given") && !uk.contains("is not E.164"), "{uk}");
    let (_, en, _) = env.said("en", &args);
    assert!(
        en.contains("no work number was given") && en.contains("work number \"231-456-9000\" is not E.164"),
        "{en}"
    );
    let report = env.json_is_english("uk", &args);
    let reasons: Vec<&str> =
        report["users"].as_array().into_iter().flatten().filter_map(|u| u["reason"].as_str()).collect();
    assert!(reasons.contains(&"no work number was given"), "{reasons:?}");
}

#[test]
fn why_says_its_causes_checks_and_age_in_ukrainian_and_danish_with_the_rule_ids_and_commands_as_they_are() {
    let env = Env::demo();
    let db = env.db();
    // A work number the directory gave in national form (AL02): the recorded reason in Ukrainian.
    let (code, uk, err) = env.said("uk", &["why", NATIONAL]);
    assert_eq!(code, 0, "{err}");
    assert!(uk.contains("Факти: локальна база даних (істина), прочитано зараз"), "{uk}");
    assert!(
        uk.contains(
            "AL02 ✕ блокує дзвінки: немає ліцензії Webex Calling: робочий номер 231-456-9000 не у форматі E.164"
        ),
        "{uk}"
    );
    assert!(uk.contains("клавіша W (Користувачі, відомості про користувача)"), "{uk}");
    assert!(
        uk.contains("– AL01 розташування і номер або внутрішній номер (не стосується): немає Webex Calling"),
        "{uk}"
    );
    assert!(uk.contains("✓ WG15 останні дзвінки"), "{uk}");
    for english in ["no Webex Calling licence", "the local database", "not applicable", "location and number"] {
        assert!(!uk.contains(english), "{english} in Ukrainian: {uk}");
    }
    env.json_is_english("uk", &["why", NATIONAL]);
    // A device Offline (WG10): the cause, its key's place and the command that runs as printed.
    let (code, da, err) = env.said("da", &["why", "chloe.castillo@acmefarms.example"]);
    assert_eq!(code, 0, "{err}");
    assert!(da.contains("WG10 ✕ blokerer opkald: enheden go-3 Offline siden"), "{da}");
    assert!(
        da.contains("bed brugeren slå Webex Go-linjen til og kontrollere mobildata; L, hvis telefonen er væk (WG08)"),
        "{da}"
    );
    assert!(
        da.contains(&format!(
            "tast L (Brugere, Enheder, brugerens detaljer) · wxgo --db {db} devices lost-stolen go-3"
        )),
        "{da}"
    );
    assert!(da.contains("✕ WG10 status for Webex Go-enheden: go-3 Offline"), "{da}");
    let report = env.json_is_english("da", &["why", "chloe.castillo@acmefarms.example"]);
    let summary = report["causes"][0]["summary"].as_str().unwrap_or_default();
    assert!(summary.starts_with("device go-3 Offline since"), "{summary}");
    assert_eq!(report["causes"][0]["fix"]["where"], "Users, Devices, the user's details");
    // An expired code: how long ago, with Ukrainian's plural of days.
    let (_, uk, _) = env.said("uk", &["why", "elena.eriksen@acmefarms.example"]);
    let (_, en, _) = env.said("en", &["why", "elena.eriksen@acmefarms.example"]);
    let days = en.split("activation code expired ").nth(1).and_then(|r| r.split(' ').next()).unwrap_or_default();
    let n: u64 = days.parse().unwrap_or_else(|_| panic!("days in {en}"));
    let unit = match (n % 10, n % 100) {
        (1, r) if r != 11 => "день",
        (2..=4, r) if !(12..=14).contains(&r) => "дні",
        _ => "днів",
    };
    assert!(
        uk.contains(&format!("WG06 ✕ блокує дзвінки: термін дії коду активації закінчився {n} {unit} тому")),
        "{uk}"
    );
}

/// A refusal that names an action says the action's name in the language (the audit trail and
/// `--json` keep the English); the exit code is the read-only one in every language.
#[test]
fn a_read_only_refusal_names_the_action_in_danish_and_json_keeps_the_english() {
    let env = Env::demo();
    let args = ["--read-only", "devices", "new-code", "go-1"];
    let (code, _, en) = env.said("en", &args);
    assert_eq!(code, 5, "{en}");
    assert!(en.contains("so \"new activation code\" was not done"), "{en}");
    let (code, _, da) = env.said("da", &args);
    assert_eq!(code, 5, "{da}");
    assert!(da.contains("\"ny aktiveringskode\""), "{da}");
    assert!(!da.contains("new activation code"), "English left: {da}");
    let mut en_json = vec!["--json"];
    en_json.extend(args);
    let mut da_json = vec!["--lang", "da", "--json"];
    da_json.extend(args);
    let json = text(&env.run(&en_json).stdout);
    assert!(json.contains(r#"so \"new activation code\" was not done"#), "{json}");
    assert_eq!(json, text(&env.run(&da_json).stdout), "--json is not English's");
}
