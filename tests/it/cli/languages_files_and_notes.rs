//! The admin's language beyond the refusals: the config file's rarer complaints, `--out FILE`
//! and standard output that cannot be written, the code's email note and the letter's note, and
//! what the cache adds to the sync's notes. Paths, keys, values, commands and emails as they are;
//! English and `--json` as before.

use crate::fake_webex::home::{text, Home};

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
