//! The admin's language beyond the refusals: the config file's rarer complaints, `--out FILE`
//! and standard output that cannot be written, the code's email note and the letter's note, and
//! what the cache adds to the sync's notes. Paths, keys, values, commands and emails as they are;
//! English and `--json` as before.

use std::path::{Path, PathBuf};
use std::process::{Output, Stdio};

use crate::fake_webex::home::{text, Home};

const NOW: &str = "2026-11-22T09:00:00Z";
const SUB2: &str = "Sub-5f2c9a41-0d3e-4b8f-9e61-7ac2d4e8b913";

/// The demo organisation in a folder of its own, its outbox and config folder beside it.
struct Demo {
    dir: tempfile::TempDir,
}

impl Demo {
    fn new() -> Demo {
        let demo = Demo { dir: tempfile::tempdir().unwrap_or_else(|e| panic!("tempdir: {e}")) };
        let out = demo.run(&["demo"]);
        assert!(out.status.success(), "demo failed: {}", text(&out.stderr));
        demo
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn db(&self) -> PathBuf {
        self.path().join("wxgo.db")
    }

    fn command(&self, args: &[&str]) -> std::process::Command {
        let mut cmd = crate::common::wxgo_command();
        cmd.args(args)
            .env("WXGO_DB", self.db())
            .env("WXGO_OUTBOX", self.path().join("outbox"))
            .env("WXGO_NOW", NOW)
            .env("XDG_CONFIG_HOME", self.path().join("config"))
            .env_remove("WXGO_PROFILE")
            .env_remove("WXGO_SMTP_URL")
            .env_remove("LANG");
        cmd
    }

    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().unwrap_or_else(|e| panic!("wxgo {args:?}: {e}"))
    }

    /// Users a Webex Go device can be added for (Calling Professional, a number, a Webex Go
    /// country, no device yet).
    fn eligible(&self) -> Vec<String> {
        let users = self.run(&["users", "list", "--json"]).stdout;
        let users: serde_json::Value = serde_json::from_slice(&users).unwrap_or_else(|e| panic!("json: {e}"));
        users
            .as_array()
            .into_iter()
            .flatten()
            .filter(|u| u["device_status"].is_null() && !u["primary_number"].is_null())
            .filter(|u| u["licences"].to_string().contains("calling_professional"))
            .filter(|u| ["US", "GB", "FR"].contains(&u["location_country"].as_str().unwrap_or("")))
            .filter_map(|u| u["email"].as_str().map(str::to_string))
            .collect()
    }

    /// `wxgo ARGS` with stdout on /dev/full.
    fn run_into_full_disk(&self, args: &[&str]) -> Output {
        let full = std::fs::OpenOptions::new().write(true).open("/dev/full").unwrap_or_else(|e| panic!("{e}"));
        let mut cmd = self.command(args);
        cmd.stdout(Stdio::from(full)).stderr(Stdio::piped());
        cmd.output().unwrap_or_else(|e| panic!("wxgo {args:?}: {e}"))
    }
}

/// `wxgo --lang LANG ARGS` and `wxgo --json --lang LANG ARGS` in `home` (no token): (exit code,
/// stderr, --json stdout).
fn in_home(home: &Home, lang: &str, args: &[&str]) -> (i32, String, String) {
    let mut plain = vec!["--lang", lang];
    plain.extend(args);
    let out = home.run(&plain, None);
    let mut json = vec!["--json", "--lang", lang];
    json.extend(args);
    let js = home.run(&json, None);
    assert_eq!(js.status.code(), out.status.code(), "{lang} {args:?}: --json exits otherwise");
    (out.status.code().unwrap_or(-1), text(&out.stderr), text(&js.stdout))
}

#[test]
fn a_poll_interval_out_of_range_is_said_in_german_with_the_file_the_key_and_the_range_as_they_are() {
    // Nothing is sent: the config is read first.
    let home = Home::new("http://127.0.0.1:9/v1", "poll_interval_secs = 1\n");
    let config = home.path().join("config/wxgo/config.toml").display().to_string();
    let (en_code, en, en_json) = in_home(&home, "en", &["whoami"]);
    assert_eq!(en_code, 4, "{en}");
    assert_eq!(en.trim_end(), format!("error: {config}: [profiles.acme] poll_interval_secs takes seconds, 5 to 86400"));
    let (code, said, json) = in_home(&home, "de", &["whoami"]);
    assert_eq!(code, en_code, "{said}");
    assert_eq!(
        said.trim_end(),
        format!("Fehler: {config}: [profiles.acme] poll_interval_secs nimmt Sekunden, 5 bis 86400")
    );
    assert_eq!(json, en_json, "--json is not English's");
    let v: serde_json::Value = serde_json::from_str(&en_json).unwrap_or_else(|e| panic!("{e}: {en_json}"));
    assert_eq!(v["error"]["kind"], "invalid", "{v}");

    // A base_url over plain http to another machine, in Ukrainian: the address as it is.
    let home = Home::new("http://192.0.2.7/v1", "");
    let (en_code, en, en_json) = in_home(&home, "en", &["whoami"]);
    assert_eq!(en_code, 4, "{en}");
    assert!(
        en.contains("base_url = \"http://192.0.2.7/v1\": the Webex address http://192.0.2.7 is plain http"),
        "{en}"
    );
    let (code, said, json) = in_home(&home, "uk", &["whoami"]);
    assert_eq!(code, en_code, "{said}");
    assert!(said.contains("base_url = \"http://192.0.2.7/v1\": адреса Webex http://192.0.2.7"), "{said}");
    assert!(said.contains("https://") && said.contains("Нічого не надіслано."), "{said}");
    assert!(!said.contains("plain http") && !said.contains("Nothing was sent"), "English left: {said}");
    assert_eq!(json, en_json, "--json is not English's");
}

#[test]
fn an_out_file_in_a_missing_folder_and_a_full_standard_output_are_said_in_danish_with_the_path_as_it_is() {
    let demo = Demo::new();
    let file = demo.path().join("mangler æøå").join("brugere.csv").display().to_string();
    let refused = |lang: &str| {
        let out = demo.run(&["--lang", lang, "users", "export", "--out", &file]);
        let js = demo.run(&["--json", "--lang", lang, "users", "export", "--out", &file]);
        assert_eq!(out.status.code(), js.status.code(), "{lang}");
        (out.status.code(), text(&out.stderr), text(&js.stdout))
    };
    let (en_code, en, en_json) = refused("en");
    assert_eq!(en_code, Some(7), "{en}");
    assert!(en.starts_with(&format!("error: cannot write the user list to {file}: ")), "{en}");
    let (code, said, json) = refused("da");
    assert_eq!(code, en_code, "{said}");
    assert!(said.starts_with(&format!("fejl: kan ikke skrive brugerlisten til {file}: ")), "the path as it is: {said}");
    assert_eq!(json, en_json, "--json is not English's");
    assert!(!Path::new(&file).exists());

    // Written: said in Danish on stderr.
    let there = demo.path().join("brugere.csv").display().to_string();
    let out = demo.run(&["--lang", "da", "users", "export", "--out", &there]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr).trim_end(), format!("Brugerlisten blev skrevet til {there} (kan kun læses af dig)"));

    // Standard output on a full disk: a read ends with exit 7, said in Danish; English as before.
    let en = demo.run_into_full_disk(&["users", "list"]);
    assert_eq!(en.status.code(), Some(7), "{}", text(&en.stderr));
    assert!(text(&en.stderr).starts_with("error: cannot write to standard output: "), "{}", text(&en.stderr));
    let da = demo.run_into_full_disk(&["--lang", "da", "users", "list"]);
    assert_eq!(da.status.code(), Some(7), "{}", text(&da.stderr));
    assert!(text(&da.stderr).starts_with("fejl: kan ikke skrive til standardoutput: "), "{}", text(&da.stderr));
    // ... and a code that cannot be shown is not issued, said in Danish with what to do.
    let user = demo.eligible().into_iter().next().unwrap_or_else(|| panic!("no user a device can be added for"));
    let add = ["devices", "add", "--user", user.as_str(), "--subscription", SUB2, "--no-email"];
    let mut args = vec!["--lang", "da"];
    args.extend(add);
    let da = demo.run_into_full_disk(&args);
    let said = text(&da.stderr);
    assert_eq!(da.status.code(), Some(7), "{said}");
    assert!(said.starts_with("fejl: ") && said.contains("kan ikke skrive til standardoutput ("), "{said}");
    assert!(!said.contains("cannot write"), "English left: {said}");
    let devices = demo.run(&["devices", "list", "--json", "--filter", &user]).stdout;
    assert!(!text(&devices).contains(&user), "a device was added: {}", text(&devices));
}

/// `v` with the activation code and what holds it (each issue's own) left out.
fn without_the_code(v: &str) -> serde_json::Value {
    let mut v: serde_json::Value = serde_json::from_str(v).unwrap_or_else(|e| panic!("{e}: {v}"));
    for k in ["activation_code", "lpa", "android_code"] {
        assert!(v[k].is_string(), "no {k} in {v}");
        v[k] = serde_json::Value::Null;
    }
    v
}

#[test]
fn the_codes_email_note_and_its_letter_are_said_in_ukrainian_and_json_keeps_the_english() {
    let demo = Demo::new();
    let user = demo.eligible().into_iter().next().unwrap_or_else(|| panic!("no user a device can be added for"));
    let add = ["devices", "add", "--user", user.as_str(), "--subscription", SUB2];
    let outbox = demo.path().join("outbox");
    // The same add in English and in Ukrainian, each from the same database, into the same
    // outbox: the same device, the same message file.
    let fresh = demo.path().join("before.db");
    std::fs::copy(demo.db(), &fresh).unwrap_or_else(|e| panic!("{e}"));
    let add_in = |lang: &str, json: bool| {
        std::fs::copy(&fresh, demo.db()).unwrap_or_else(|e| panic!("{e}"));
        for ext in ["db-wal", "db-shm"] {
            let _ = std::fs::remove_file(demo.db().with_extension(ext));
        }
        let _ = std::fs::remove_dir_all(&outbox);
        let mut args = if json { vec!["--json", "--lang", lang] } else { vec!["--lang", lang] };
        args.extend(add);
        let out = demo.run(&args);
        assert!(out.status.success(), "{lang}: {}", text(&out.stderr));
        text(&out.stdout)
    };
    let en_json = add_in("en", true);
    let uk_json = add_in("uk", true);
    assert_eq!(without_the_code(&uk_json), without_the_code(&en_json), "--json is not English's");
    let note = without_the_code(&en_json)["email_note"].as_str().map(str::to_string).unwrap_or_default();
    let queued = format!("{}/", outbox.display());
    assert!(note.starts_with(&format!("emailed to {user}: queued in the outbox as {queued}")), "{note}");

    // People read it: English as before, Ukrainian with the path and the email as they are.
    let en = add_in("en", false);
    let line = |said: &str, start: &str| {
        said.lines()
            .find(|l| l.starts_with(start))
            .map(str::to_string)
            .unwrap_or_else(|| panic!("no {start:?} in {said}"))
    };
    assert_eq!(line(&en, "  Email:"), format!("  Email:            {note}"), "{en}");
    let first = line(&en, "Webex Go device go-");
    assert!(first.contains(" added ") && first.ends_with(&format!("<{user}>: Activation pending.")), "{en}");
    assert!(line(&en, "  Activation code:  ").len() == "  Activation code:  ".len() + 19, "{en}");
    assert!(en.contains("\nThe code is shown only now (only a hash is kept). To hand it out again, issue a new one."));
    let uk = add_in("uk", false);
    let path = note.rsplit(' ').next().unwrap_or_default();
    assert_eq!(
        line(&uk, "  E-mail:"),
        format!("  E-mail:         надіслано на {user}: поставлено у вихідні як {path}")
    );
    assert!(line(&uk, "Пристрій Webex Go go-").ends_with(&format!("<{user}>: Очікування активації.")), "{uk}");
    assert!(uk.contains("\n  Код активації:  ") && uk.contains("\n  Робочий номер:  +"), "{uk}");
    assert!(!uk.contains("emailed") && !uk.contains("Activation code"), "English left: {uk}");

    // The letter's note, on stderr, for a new code of that device: the file as it is.
    let device = without_the_code(&en_json)["device_id"].as_str().map(str::to_string).unwrap_or_default();
    let letter = demo.path().join("лист.pdf").display().to_string();
    let args = ["--lang", "uk", "devices", "new-code", device.as_str(), "--no-email", "--letter", letter.as_str()];
    let out = demo.command(&args).env("WXGO_PRINT_COMMAND", "off").output().unwrap_or_else(|e| panic!("{e}"));
    let said = text(&out.stderr);
    assert!(out.status.success(), "{said}");
    assert_eq!(
        said.trim_end(),
        format!(
            "Лист активації: Лист лежить у {letter} (читати можете лише ви). Команду друку не налаштовано \
             (print_command у конфігурації або `lp`): надрукуйте його звідти, а потім видаліть."
        )
    );
    let said = text(&out.stdout);
    assert!(said.contains("\n  E-mail:         не надіслано електронною поштою (як і просили)."), "{said}");
}

#[test]
fn what_the_cache_adds_to_the_sync_s_notes_is_said_in_danish_and_json_keeps_the_english() {
    use crate::fake_webex::home::{json, ok};
    use crate::fake_webex::{FakeWebex, PARTNER_TOKEN};
    let fake = FakeWebex::start();
    fake.add_person("acme", "acme-dup-1", "dup@acme.example", Some("+14085559001"));
    fake.add_person("acme", "acme-dup-2", "DUP@acme.example", Some("+14085559002"));
    fake.add_person("acme", "acme-formula", "formula@acme.example", Some("=cmd|' /C calc'!A0"));
    let home = Home::new(&fake.base_url, "");
    // A partner's token reads the audit events, so a sync after a full one reads only the people
    // changed since.
    let sync = |args: &[&str]| {
        let mut all = vec!["--org", "Acme Corp"];
        all.extend(args);
        home.run(&all, Some(PARTNER_TOKEN))
    };
    let people_note = |v: &serde_json::Value| {
        v["parts"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["resource"] == "people")
            .and_then(|p| p["note"].as_str().map(str::to_string))
            .unwrap_or_default()
    };
    let twins = "1 person(s) have an email that differs from another's only in case and were not mirrored: \
                 \"DUP@acme.example\" (kept: \"dup@acme.example\"). Give each person their own address in Control Hub, \
                 then sync";
    let number = "1 person(s) have a work number in Webex that is not a phone number; it was left out (the person is \
                  kept): formula@acme.example: \"=cmd|' /C calc'!A0\"";
    let en = ok(&sync(&["sync", "--full"]));
    assert!(en.contains(&format!("\n  people      28    ({twins}; {number})\n")), "{en}");
    let en_json = json(&sync(&["--json", "sync", "--full"]));
    assert_eq!(people_note(&en_json), format!("{twins}; {number}"));

    // In Danish: the words, with the emails and the value as they are; --json as in English.
    let danish = [
        "1 person har en e-mailadresse, der kun adskiller sig fra en andens i store og små bogstaver, og kom ikke \
         med i kopien: \"DUP@acme.example\" (beholdt: \"dup@acme.example\"). Giv hver person sin egen adresse i \
         Control Hub, og synkroniser så",
        "; 1 person har et arbejdsnummer i Webex, der ikke er et telefonnummer; det blev udeladt (personen \
         beholdes): formula@acme.example: \"=cmd|' /C calc'!A0\")",
    ];
    let da = ok(&sync(&["--lang", "da", "sync", "--full"]));
    assert!(danish.iter().all(|d| da.contains(d)), "{da}");
    assert!(!da.contains("were not mirrored") && !da.contains("kept:"), "English left: {da}");
    let da_json = json(&sync(&["--json", "--lang", "da", "sync", "--full"]));
    assert_eq!(people_note(&da_json), people_note(&en_json), "--json is not English's");

    // A sync that reads only the people changed since says the notes of the last full read again,
    // in the language too (the cache keeps them as counts and names, not as English).
    let partial = json(&sync(&["--json", "--lang", "da", "sync"]));
    assert_eq!(partial["people_read"], "changed", "{partial}");
    assert_eq!(people_note(&partial), people_note(&en_json));
    let da = ok(&sync(&["--lang", "da", "sync"]));
    assert!(danish.iter().all(|d| da.contains(d)), "{da}");
}

/// A read from a real organisation's cache says whose data it is and how old on stderr, with the
/// notes of the parts the sync could not read and why it is read-only, in the language: the
/// organisation's and the profile's names and the requests as they are, the time in the
/// language's short local form. `--json` on stdout as in English.
#[test]
fn the_caches_age_line_its_notes_and_why_it_is_read_only_are_said_in_german_and_ukrainian() {
    use crate::fake_webex::home::ok;
    use crate::fake_webex::{FakeWebex, CUSTOMER_TOKEN};
    let fake = FakeWebex::start();
    let home = Home::new(&fake.base_url, "read_only = true\n");
    ok(&home.run(&["sync"], Some(CUSTOMER_TOKEN)));
    let read = |now: &str, args: &[&str]| {
        let mut all = args.to_vec();
        all.extend(["devices", "list"]);
        let out = home.cmd(&all).env("WXGO_NOW", now).env("TZ", "UTC").output().expect("run wxgo");
        assert!(out.status.success(), "{args:?}: {}", text(&out.stderr));
        (text(&out.stderr), text(&out.stdout))
    };
    let later = "2026-12-01T12:05:00Z";
    let (en, en_json) = read(later, &["--json"]);
    assert!(en.starts_with("Acme Corp · profile acme (webex) · as of 09:00, 3 h ago\n"), "{en}");
    assert!(en.contains("\n  note: BroadWorks subscribers: not available to this token (GET "), "{en}");
    assert!(en.contains("\n  read-only: the profile \"acme\" is read-only (read_only = true in "), "{en}");
    let (de, de_json) = read(later, &["--json", "--lang", "de"]);
    assert_eq!(de_json, en_json, "--json is not English's");
    assert!(de.starts_with("Acme Corp · Profil acme (webex) · Stand 09:00, vor 3 Std.\n"), "{de}");
    assert!(de.contains("\n  Hinweis: BroadWorks-Abonnenten: für dieses Token nicht verfügbar (GET "), "{de}");
    assert!(
        de.contains("\n  schreibgeschützt, weil das Profil „acme“ schreibgeschützt ist (read_only = true in "),
        "{de}"
    );
    assert!(!de.contains("as of") && !de.contains("read-only:") && !de.contains("note:"), "English left: {de}");
    assert_eq!(en.lines().count(), de.lines().count(), "the same notes: {en}\n{de}");

    // Two days later: the date too, and the Ukrainian plural of days.
    let (uk, _) = read("2026-12-03T10:00:00Z", &["--lang", "uk"]);
    assert!(uk.starts_with("Acme Corp · профіль acme (webex) · станом на 01.12.2026 09:00, 2 дні тому\n"), "{uk}");
    let (en, _) = read("2026-12-03T10:00:00Z", &[]);
    assert!(en.starts_with("Acme Corp · profile acme (webex) · as of 2026-12-01 09:00, 2 days ago\n"), "{en}");
}
