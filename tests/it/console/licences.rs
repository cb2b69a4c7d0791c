//! The console's licence assignment and delivery parts through the keys: the not-provisioned
//! view (AL04), fixing a work number then re-applying (AL02, AL05), re-apply without preserve
//! (AL06), manual assignment (AL01, AL03), cancelling a long run, bulk import (WG13), the PDF
//! letter (WG04) and the user's calls with the Webex Go filter (WG15).

use crate::common;

use crate::tui_support;

use std::path::{Path, PathBuf};

use crate::tui_support::{demo, text};
use wxgo::domain::licence;
use wxgo::service::Service;
use wxgo::tui::harness::Harness;
use wxgo::tui::panes::Pane;
use wxgo::tui::popups::progress::LongOp;

const ALL_STAFF: &str = "All staff: Webex Calling";
const FINANCE: &str = "Finance: messaging only";

fn message(h: &Harness) -> String {
    h.message()
}

fn filter(h: &mut Harness, text: &str) {
    h.press("/");
    h.type_text(text);
    h.press("enter");
}

fn free_numbers(svc: &Service, location: &str) -> Vec<String> {
    svc.numbers()
        .list(false, "", 0, 100_000)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|n| n.location == location && n.kind == "standard" && n.owner.is_none())
        .map(|n| n.number)
        .collect()
}

fn has_calling(svc: &Service, email: &str) -> bool {
    svc.people().get(email).map(|u| u.has_licence(licence::CALLING_PROFESSIONAL)).unwrap_or(false)
}

/// Every row of the tables a licence run or an import may change (not the audit trail).
fn snapshot(db: &Path) -> common::Snapshot {
    common::snapshot_file(db)
}

/// Moves the open choice list to the item whose value is `value` and picks it.
fn choose(h: &mut Harness, value: &str) {
    for _ in 0..20 {
        match (h.overlay(), h.chosen()) {
            (Some("choice"), Some(chosen)) if chosen == value => {
                h.press("enter");
                return;
            }
            (Some("choice"), _) => h.press("down"),
            _ => panic!("no choice open:\n{}", h.screen()),
        }
    }
    panic!("{value} is not offered:\n{}", h.screen());
}

fn prompt_note(h: &Harness) -> String {
    assert_eq!(h.overlay(), Some("form"), "no form open:\n{}", h.screen());
    h.form_note().unwrap_or_default()
}

fn clear_field(h: &mut Harness) {
    for _ in 0..40 {
        h.press("backspace");
    }
}

#[test]
fn al04_not_provisioned_view_at_80x24_lists_each_user_with_the_reason_and_the_fix() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let expected = h.svc.licences().not_provisioned_count("").unwrap_or_else(|e| panic!("{e}"));
    assert!(expected >= 2, "the demo has users who are not provisioned");
    h.press("u");
    assert!(h.toggle_on(Pane::Users));
    let screen = text(&h.render_at(80, 24));
    assert!(screen.contains(&format!("of {expected}")), "every such user is counted:\n{screen}");
    assert!(screen.contains("not provisioned: on"), "{screen}");
    let why = screen.lines().filter(|l| l.contains("why: work number 231-456-9000 is not E.164")).count();
    // +12314569000 is in no location's inventory (and is the same for each): never offered as is.
    let fix = screen.lines().filter(|l| l.contains("fix: 231-456-9000 would be +12314569000, which is in")).count();
    assert!(why >= 2 && why == fix, "a reason and a fix per user ({why} reasons, {fix} fixes):\n{screen}");
    assert!(!screen.contains("set the work number to +12314569000"), "{screen}");
    let first = h.svc.licences().not_provisioned("", 0, 1).unwrap_or_else(|e| panic!("{e}")).remove(0);
    assert!(screen.contains(&first.email), "{screen}");
    // Back to everyone.
    h.press("u");
    assert!(!h.toggle_on(Pane::Users));
    assert!(!h.screen().contains("why:"));
}

#[test]
fn al02_al05_fix_the_work_number_then_reapply_licenses_the_user_and_a_later_change_keeps_calling() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let user = h
        .svc
        .licences()
        .not_provisioned("", 0, 100)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|u| u.template.as_deref() == Some(ALL_STAFF))
        .unwrap_or_else(|| panic!("a not-provisioned user covered by {ALL_STAFF}"));
    let number = free_numbers(&h.svc, "Dallas").remove(0);
    h.press("u");
    filter(&mut h, &user.email);
    h.press("W");
    clear_field(&mut h);
    h.type_text(&number);
    h.press("enter");
    assert!(message(&h).contains("re-apply"), "{}", message(&h));
    assert_eq!(h.svc.people().get(&user.email).map(|u| u.work_phone).ok().flatten(), Some(number.clone()));
    assert!(!has_calling(&h.svc, &user.email), "fixing the number alone licenses nobody");

    h.press("T");
    choose(&mut h, ALL_STAFF);
    assert!(h.screen().contains("Preserve licences"), "{}", h.screen());
    h.press("enter");
    assert!(has_calling(&h.svc, &user.email), "re-applying licensed the user:\n{}", h.screen());
    let u = h.svc.people().get(&user.email).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(u.primary_number.as_deref(), Some(number.as_str()));
    assert_eq!(u.location.as_deref(), Some("Dallas"), "the number decides the location (AL02)");
    assert!(h.screen().contains("Re-applied"), "{}", h.screen());
    h.press("esc");

    // AL05: a new work number later keeps the calling setup.
    let other = free_numbers(&h.svc, "Dallas").remove(0);
    h.keys("u esc"); // every user, filter cleared
    filter(&mut h, &user.email);
    h.press("W");
    clear_field(&mut h);
    h.type_text(&other);
    h.press("enter");
    assert!(message(&h).contains("AL05"), "{}", message(&h));
    let u = h.svc.people().get(&user.email).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(u.primary_number.as_deref(), Some(number.as_str()), "still provisioned with the first number");
}

#[test]
fn al06_reapply_without_preserve_shows_the_count_first_and_needs_the_typed_confirmation() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let preview = h.svc.licences().reapply_preview(FINANCE).unwrap_or_else(|e| panic!("{e}"));
    assert!(preview.will_lose_calling >= 2);
    h.press("T");
    choose(&mut h, FINANCE);
    let screen = h.screen();
    assert!(screen.contains("Preserve licences") && screen.contains("on"), "on by default:\n{screen}");
    assert!(!screen.contains("will lose"), "{screen}");
    h.press("space");
    let screen = h.screen();
    assert!(
        screen.contains(&format!("{} users will lose Webex Calling", preview.will_lose_calling)),
        "the count is shown first:\n{screen}"
    );
    assert!(screen.contains("voicemail"), "{screen}");
    let before = snapshot(&d.db);
    h.press("enter");
    assert!(prompt_note(&h).contains("AL06"), "{}", prompt_note(&h));
    h.type_text("yes");
    h.press("enter");
    assert!(prompt_note(&h).contains("DELETE"), "{}", prompt_note(&h));
    assert_eq!(before, snapshot(&d.db), "nothing changes without the typed confirmation");

    clear_field(&mut h);
    h.type_text("DELETE");
    h.press("enter");
    for email in &preview.losing {
        assert!(!has_calling(&h.svc, email), "{email} lost Webex Calling");
    }
    assert!(message(&h).contains(&format!("{} lost Webex Calling", preview.will_lose_calling)), "{}", message(&h));
}

#[test]
fn cancelling_a_reapply_or_a_sync_with_esc_leaves_the_database_unchanged() {
    let d = demo();
    let (mut h, _) = d.console(false);
    // Give one covered user a usable number, so the re-apply would change something.
    let user = h
        .svc
        .licences()
        .not_provisioned("", 0, 100)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|u| u.template.as_deref() == Some(ALL_STAFF))
        .unwrap_or_else(|| panic!("a not-provisioned user"));
    let number = free_numbers(&h.svc, "Dallas").remove(0);
    h.svc.people().set_work_number(&user.email, &number).unwrap_or_else(|e| panic!("{e}"));
    let before = snapshot(&d.db);

    h.esc_at_progress = Some(1);
    h.press("T");
    choose(&mut h, ALL_STAFF);
    h.press("enter");
    assert!(message(&h).contains("cancelled") && message(&h).contains("nothing was changed"), "{}", message(&h));
    assert!(!h.overlays().contains(&"progress"), "the progress box closes");
    assert_eq!(before, snapshot(&d.db), "the re-apply was rolled back");

    let file = d.dir.path().join("directory.csv");
    std::fs::write(
        &file,
        "Email,Display Name,Work Phone Number,Department\nnew1@acmefarms.example,New One,,Sales\nnew2@acmefarms.example,New Two,,Sales\nnew3@acmefarms.example,New Three,,Sales\n",
    )
    .unwrap_or_else(|e| panic!("{e}"));
    h.press("S");
    h.type_text(&file.display().to_string());
    h.press("enter");
    assert!(message(&h).contains("cancelled"), "{}", message(&h));
    assert_eq!(before, snapshot(&d.db), "the sync was rolled back");

    // Without Esc the same sync goes through and says who is not provisioned and why.
    h.esc_at_progress = None;
    h.press("S");
    h.type_text(&file.display().to_string());
    h.press("enter");
    let screen = h.screen();
    assert!(screen.contains("3 created"), "{screen}");
    assert!(h.svc.people().get("new2@acmefarms.example").is_ok());
}

#[test]
fn al03_manual_assignment_asks_location_and_number_one_user_after_another() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let covered = h.svc.licences().users_without_calling(ALL_STAFF).unwrap_or_else(|e| panic!("{e}"));
    assert!(covered.len() >= 2);
    let number = free_numbers(&h.svc, "Dallas").remove(0);
    h.press("A");
    choose(&mut h, ALL_STAFF);
    assert!(h.screen().contains(&format!("User 1 of {}", covered.len())), "{}", h.screen());
    // AL01: no number and no extension is refused, in the service's words.
    clear_field(&mut h);
    h.type_text("Dallas");
    h.press("tab");
    clear_field(&mut h);
    h.press("enter");
    assert!(prompt_note(&h).contains("AL01"), "{}", prompt_note(&h));
    h.type_text(&number);
    h.press("enter");
    assert!(has_calling(&h.svc, &covered[0].email));
    assert!(h.screen().contains(&format!("User 2 of {}", covered.len())), "{}", h.screen());
    h.press("ctrl-n"); // skip the second
    assert!(!has_calling(&h.svc, &covered[1].email));
    h.press("esc");
    assert!(!h.overlays().contains(&"form"));
}

#[test]
fn export_user_csv_to_a_private_file_beside_the_database() {
    use std::os::unix::fs::PermissionsExt;
    let d = demo();
    let (mut h, _) = d.console(false);
    h.press("X");
    let m = message(&h);
    let path = m.split_whitespace().find(|w| w.ends_with(".csv")).unwrap_or_else(|| panic!("{m}"));
    let path = Path::new(path);
    assert!(path.starts_with(d.dir.path()), "{}", path.display());
    let csv = std::fs::read_to_string(path).unwrap_or_default();
    assert!(csv.starts_with("First Name") && csv.contains(wxgo::service::VAR_PROFESSIONAL), "{csv}");
    let mode = std::fs::metadata(path).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
    assert_eq!(mode, 0o600);
}

/// A devices file with rows for these users (first subscription), and the header.
pub(super) fn devices_csv(svc: &Service, emails: &[String]) -> String {
    let subs: Vec<String> = svc.subscriptions().unwrap_or_else(|e| panic!("{e}")).into_iter().map(|s| s.id).collect();
    let mut out = "Username,Type,Extension,Phone Number,Device Type,Model,MAC Address,Location".to_string();
    for s in &subs {
        out.push_str(&format!(",Webex Go[{s}]"));
    }
    out.push('\n');
    for e in emails {
        let loc = svc.people().get(e).ok().and_then(|u| u.location).unwrap_or_default();
        out.push_str(&format!("{e},USER,,,WEBEX_CALLING,Webex Go Device,,{loc}"));
        for i in 0..subs.len() {
            out.push_str(if i == 0 { ",TRUE" } else { "," });
        }
        out.push('\n');
    }
    out
}

/// Users who can get a device with nothing to choose.
pub(super) fn eligible(svc: &Service, n: usize) -> Vec<String> {
    svc.people()
        .list("", 0, 1000)
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .filter(|u| {
            u.device_id.is_none()
                && u.primary_number.is_some()
                && u.has_licence(licence::CALLING_PROFESSIONAL)
                && u.location_country.as_deref().is_some_and(|c| ["US", "GB", "FR"].contains(&c))
        })
        .map(|u| u.email)
        .take(n)
        .collect()
}

fn devices(svc: &Service) -> usize {
    svc.devices().count(None, "").unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn wg13_bulk_import_through_the_keys_names_the_bad_row_and_adds_nothing() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let mut emails = eligible(&h.svc, 1);
    emails.push("nobody@acmefarms.example".into());
    let file = d.dir.path().join("devices.csv");
    std::fs::write(&file, devices_csv(&h.svc, &emails)).unwrap_or_else(|e| panic!("{e}"));
    let before = devices(&h.svc);
    h.keys("2 I");
    assert!(h.screen().contains("Email the codes"), "the toggle is shown before submit:\n{}", h.screen());
    h.type_text(&file.display().to_string());
    h.press("enter");
    let screen = h.screen();
    assert!(screen.contains("line 3, column Username"), "the bad row is named:\n{screen}");
    assert!(screen.contains("nothing was added"), "{screen}");
    h.press("enter");
    assert_eq!(devices(&h.svc), before, "nothing added");
}

/// Writes a devices CSV for two eligible users and runs its dry run through the keys (no email:
/// the codes go to a codes file); returns the users, the codes file and the CSV file.
fn dry_run_two_devices(d: &tui_support::Demo, h: &mut Harness) -> (Vec<String>, PathBuf, PathBuf) {
    let emails = eligible(&h.svc, 2);
    let file = d.dir.path().join("devices.csv");
    std::fs::write(&file, devices_csv(&h.svc, &emails)).unwrap_or_else(|e| panic!("{e}"));
    let codes = d.dir.path().join("codes.csv");
    h.keys("2 I");
    h.type_text(&file.display().to_string());
    h.keys("tab space tab");
    h.type_text(&codes.display().to_string());
    h.press("enter");
    assert!(h.screen().contains("all 2 rows pass"), "{}", h.screen());
    (emails, codes, file)
}

#[test]
fn wg13_bulk_import_through_the_keys_adds_the_devices_after_the_dry_run() {
    use std::os::unix::fs::PermissionsExt;
    let d = demo();
    let (mut h, _) = d.console(false);
    let before = devices(&h.svc);
    let (emails, codes, _) = dry_run_two_devices(&d, &mut h);
    assert_eq!(devices(&h.svc), before, "the dry run adds nothing");
    h.press("enter");
    let screen = h.screen();
    assert!(screen.contains("2 Webex Go devices added"), "{screen}");
    assert!(screen.contains("codes.csv"), "where the codes file is:\n{screen}");
    assert_eq!(devices(&h.svc), before + 2);
    for e in &emails {
        assert!(h.svc.devices().get(e).is_ok(), "{e} has a device");
    }
    let mode = std::fs::metadata(&codes).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
    assert_eq!(mode, 0o600);
    h.press("esc");
    assert!(h.screen().contains(&emails[0][..6]) || h.list(Pane::Devices).total == before + 2);
}

#[test]
fn wg13_esc_during_the_import_adds_nothing_and_removes_the_codes_file() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let before = snapshot(&d.db);
    let (_, codes, file) = dry_run_two_devices(&d, &mut h);
    // The progress box offers Esc while the devices are being added, not once the codes are
    // being emailed (they exist by then).
    for (phase, shown) in [("adding", "Esc cancel: all or nothing"), ("emailing", "cannot be cancelled")] {
        h.show_progress(
            LongOp::Import {
                path: file.clone(),
                dry_run: false,
                email: false,
                codes_file: None,
                letter: wxgo::i18n::Lang::En,
            },
            1,
            2,
            phase,
        );
        let screen = h.screen();
        assert!(screen.contains(shown), "{phase}:\n{screen}");
        h.end_progress();
    }
    h.esc_at_progress = Some(1);
    h.press("enter");
    let m = message(&h);
    assert!(m.contains("cancelled") && m.contains("nothing was added"), "{m}");
    assert!(!h.overlays().contains(&"progress"), "the progress box closes");
    assert_eq!(before, snapshot(&d.db), "the import was rolled back");
    assert!(!codes.exists(), "no codes file is left for devices that were not added");
}

#[test]
fn al03_a_licence_template_is_created_from_the_console_and_a_clash_changes_nothing() {
    let d = demo();
    let (mut h, _) = d.console(false);
    // A second organisation-wide template is refused with the one already there named.
    let before = snapshot(&d.db);
    h.press("K");
    assert!(h.screen().contains("Licence template (AL03)"), "{}", h.screen());
    h.type_text("Everyone");
    h.press("enter");
    assert!(message(&h).contains("already has \"All staff: Webex Calling\""), "{}", message(&h));
    assert_eq!(before, snapshot(&d.db), "a refused template changes nothing");
    h.press("esc");

    // A Support group template with Webex Calling and the default other licences.
    h.press("K");
    h.type_text("Support: Calling");
    h.press("tab");
    h.type_text("Support");
    h.press("enter");
    let m = message(&h);
    assert!(m.contains("created \"Support: Calling\" (group Support): grants Webex Calling"), "{m}");
    assert!(!h.overlays().contains(&"form"), "the form closes");
    let t = h
        .svc
        .licences()
        .templates()
        .unwrap_or_else(|e| panic!("{e}"))
        .into_iter()
        .find(|t| t.name == "Support: Calling")
        .unwrap_or_else(|| panic!("not saved"));
    assert_eq!((t.group.as_deref(), t.grants_calling), (Some("Support"), true));
    assert_eq!(t.licences, vec!["meetings".to_string(), "messaging".to_string()]);
}

#[test]
fn pdf_letter_is_written_private_and_its_path_shown() {
    use std::os::unix::fs::PermissionsExt;
    let d = demo();
    let (mut h, _) = d.console(false);
    let email = eligible(&h.svc, 1).remove(0);
    filter(&mut h, &email);
    h.keys("a");
    if h.overlay() == Some("choice") {
        h.press("enter");
    }
    assert!(h.issued().is_some(), "{}", h.screen());
    h.press("p");
    let m = message(&h);
    let name = m.split_whitespace().find(|w| w.ends_with(".pdf")).unwrap_or_else(|| panic!("{m}"));
    let dir = m.split(" in ").nth(1).and_then(|r| r.split(", readable").next()).unwrap_or_else(|| panic!("{m}"));
    let pdf = Path::new(dir).join(name);

    assert!(pdf.starts_with(d.dir.path()), "beside the database: {}", pdf.display());
    let bytes = std::fs::read(&pdf).unwrap_or_default();
    assert!(bytes.starts_with(b"%PDF"), "a PDF");
    let mode = std::fs::metadata(&pdf).map(|m| m.permissions().mode() & 0o777).unwrap_or(0);
    assert_eq!(mode, 0o600);
}

#[test]
fn wg15_user_detail_shows_recent_calls_and_filters_to_webex_go_calls() {
    let d = demo();
    let (mut h, _) = d.console(false);
    let email = eligible(&h.svc, 1).remove(0);
    let cdr = format!(
        "Start time,Answer time,Duration,Local SessionID,Direction,Calling number,Called number,User,User type,Sub client type,Correlation ID,Location
2026-11-20T14:03:11.123Z,2026-11-20T14:03:15.000Z,75,a1,ORIGINATING,+12142000001,+14155550100,{email},User,MOBILE_NETWORK,c-1,Dallas
2026-11-20T15:00:00.000Z,,0,a2,TERMINATING,+14155550177,+12142000001,{email},User,TEAMS_CLIENT,c-2,Dallas
"
    );
    h.svc.calls().import(cdr.as_bytes(), "cdr.csv").unwrap_or_else(|e| panic!("{e}"));
    filter(&mut h, &email);
    h.press("enter");
    let screen = h.screen();
    assert!(screen.contains("Recent calls"), "{screen}");
    assert!(screen.contains("+14155550100") && screen.contains("Webex Go (MOBILE_NETWORK)"), "{screen}");
    assert!(screen.contains("+14155550177") && screen.contains("TEAMS_CLIENT"), "{screen}");
    assert!(screen.contains("1:15"), "duration:\n{screen}");
    h.press("w");
    let screen = h.screen();
    assert!(screen.contains("Recent Webex Go calls"), "{screen}");
    assert!(screen.contains("+14155550100"), "{screen}");
    assert!(!screen.contains("+14155550177") && !screen.contains("TEAMS_CLIENT"), "only Webex Go calls:\n{screen}");
    h.press("w");
    assert!(h.screen().contains("TEAMS_CLIENT"));
}

#[test]
fn read_only_refuses_the_licensing_and_import_actions_through_the_service() {
    let d = demo();
    let (mut h, _) = d.console(true);
    let before = snapshot(&d.db);
    for key in ["W", "S", "T", "A"] {
        h.press("1");
        h.press(key);
        let m = message(&h);
        assert!(m.contains("read-only"), "{key}: {m}");
        assert!(h.overlays().is_empty(), "{key}: nothing to fill in first");
    }
    h.keys("2 I");
    assert!(message(&h).contains("read-only"), "{}", message(&h));
    assert_eq!(before, snapshot(&d.db));
}
