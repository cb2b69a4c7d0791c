//! Mobile numbers on a real organisation (issue 17, MO03 through the Webex API).
//!
//! Operator accounts and their authorisation (MO01, MO02) have no public API: they live in
//! Control Hub (Calling > Numbers > Mobile numbers) and are not mirrored. So here wxgo checks only
//! what its mirrored copy proves (the location exists; each number is E.164) and lets Webex decide
//! the rest: `POST telephony/config/actions/validateNumbers/invoke` gives each number its state
//! (Available, Duplicate, Duplicate In List, Invalid, Unavailable), then the Available ones are
//! added with `POST telephony/config/locations/{id}/numbers`, `numberType` MOBILE, at most 20 per
//! request. Each request is reported on its own and only the numbers Webex added reach the cache,
//! each request's with its trackingId in the audit. An operator account that is not Authorized in
//! Control Hub shows as Webex's refusal.
//!
//! validateNumbers is a POST: with a read-only sign-in it is not sent, not even for `--check`.

use super::{
    mobile_primary_checks, AddRequestReport, AssignOutcome, MobileAddReport, NumbersBackend, MAX_PER_WEBEX_ENTRY,
};
use crate::domain::error::Text;
use crate::domain::mobile::{split_entry, CheckedNumber, Held, NumberState};
use crate::domain::{Error, Result, E164};
use crate::outside::webex::models::Device;
use crate::outside::webex::numbers::{
    AddNumbers, AddNumbersAnswer, NumberQuery, NumberValidation, MAX_NUMBERS_PER_ADD,
};
use crate::outside::webex::WebexError;
use crate::outside::webex::{DeviceQuery, WebexResult};
use crate::service::action::{control_hub_path, Action};
use crate::service::backend::webex::{api, untrusted as clean};
use crate::service::backend::webex::{Accepted, Webex};
use crate::service::core::{Allowed, Audit, Core};
use crate::service::people::webex::{cache_person, cached_person_of, location_words, reread_and_write, Seen};
use crate::service::people::PersonChange;
use crate::store::mobile::{self as m, WebexLocation};
use crate::store::model::*;
use crate::store::queries as q;
use crate::store::webex_people as wp;

/// Webex's state words (MO03) as wxgo's; an unknown one is not Available.
fn webex_state(v: &NumberValidation) -> (NumberState, String) {
    let state = v.state.as_deref().unwrap_or("").trim();
    let detail: Vec<String> = v.detail.iter().map(|d| clean(d, 160)).filter(|d| !d.is_empty()).collect::<Vec<_>>();
    // Webex's own words when it gives some; else wxgo's (English here, read back where shown).
    let said = |default: Text| if detail.is_empty() { default.into() } else { detail.join("; ") };
    match state.to_ascii_lowercase().as_str() {
        "available" => (NumberState::Available, String::new()),
        "duplicate" => (NumberState::Duplicate, said(crate::said!("mo03-webex-duplicate"))),
        "duplicate in list" => (NumberState::DuplicateInList, said(crate::said!("mo03-webex-in-list-twice"))),
        "invalid" => (NumberState::Invalid, said(crate::said!("mo03-webex-invalid"))),
        "unavailable" => (NumberState::Unavailable, said(crate::said!("mo03-webex-unavailable"))),
        "" => (NumberState::Invalid, crate::said!("mo03-webex-no-state").into()),
        other => (NumberState::Invalid, crate::said!("mo03-webex-state", state = clean(other, 40)).into()),
    }
}

/// An entry split and checked as far as the mirrored copy proves: each piece E.164 or Invalid.
fn pre_check(entry: &str) -> Result<Vec<CheckedNumber>> {
    let pieces = split_entry(entry);
    if pieces.is_empty() {
        return Err(Error::invalid(crate::said!("mo03-none")));
    }
    if pieces.len() > MAX_PER_WEBEX_ENTRY {
        return Err(Error::rule(
            "MO03",
            crate::said!("mo03-webex-too-many", n = pieces.len(), max = MAX_PER_WEBEX_ENTRY, per = MAX_NUMBERS_PER_ADD),
        ));
    }
    Ok(pieces
        .into_iter()
        .map(|input| match E164::parse(&input) {
            Ok(n) => CheckedNumber {
                number: Some(n.as_str().to_string()),
                input,
                state: NumberState::Available,
                reason: String::new(),
            },
            Err(e) => CheckedNumber {
                input: clean(&input, 40),
                number: None,
                state: NumberState::Invalid,
                reason: e.to_string(),
            },
        })
        .collect())
}

/// A number Webex did not add, with its reason (made safe).
type NotAdded = (String, String);

/// Which numbers of a request Webex added and which it did not (with its reason), from an
/// accepted request's answer; `None` when the answer cannot say (unreadable, or naming a number
/// the request did not carry): then nothing is cached and a sync tells.
fn split_answer(chunk: &[String], answer: &AddNumbersAnswer) -> Option<(Vec<String>, Vec<NotAdded>)> {
    if answer.unreadable {
        return None;
    }
    let refused: Vec<NotAdded> = answer
        .errors
        .iter()
        .map(|e| (e.number.as_deref().map(str::trim).unwrap_or("").to_string(), clean(&e.reason(), 200)))
        .collect();
    if refused.iter().any(|(n, _)| !chunk.contains(n)) {
        return None;
    }
    let added = chunk.iter().filter(|n| !refused.iter().any(|(r, _)| r == *n)).cloned().collect();
    Some((added, refused))
}

/// Whether a failed request means the next ones would fail the same way (sign-in, role, network).
fn stops_the_run(e: &WebexError) -> bool {
    matches!(e.status(), Some(401) | Some(403))
        || matches!(
            e,
            WebexError::Unreachable { .. }
                | WebexError::RateLimited { .. }
                | WebexError::SignInNeeded(_)
                | WebexError::SignIn(_)
                | WebexError::ReadOnly { .. }
        )
}

impl NumbersBackend for Webex {
    /// As the admin types: what the mirrored copy proves (`place` names the location: operator
    /// accounts are Control Hub's), without asking Webex (that is a POST).
    fn check(&self, cx: &Core, place: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        location_for_account(cx, place)?;
        check_mobile_numbers_cached(cx, entry)
    }

    /// MO03: each number's state as Webex's validation gives it, adding nothing.
    fn validate(&self, cx: &Core, location: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        if let Err(e) = cx.gate(Action::ValidateMobileNumbers, self) {
            return Err(match e {
                Error::ReadOnlyFor { action, why } => Error::ReadOnlyFor {
                    action,
                    why: crate::said!("read-only-why-validate", why = crate::domain::error::read_only_why(&why)).into(),
                },
                other => other,
            });
        }
        webex_location(cx, location)?;
        let mut checked = pre_check(entry)?;
        let c = self.org_client(cx)?;
        validate_with_webex(cx, &c, &mut checked)?;
        Ok(checked)
    }

    /// `place` names the location here (operator accounts are Control Hub's).
    fn check_fully(&self, cx: &Core, place: &str, entry: &str) -> Result<Vec<CheckedNumber>> {
        self.validate(cx, place, entry)
    }

    fn add(&self, cx: &Core, ok: Allowed, place: &str, entry: &str) -> Result<MobileAddReport> {
        let loc = location_for_account(cx, place)?;
        self.add_via_api(cx, ok, &loc, entry)
    }

    fn add_at(&self, cx: &Core, ok: Allowed, location: &str, entry: &str) -> Result<MobileAddReport> {
        let loc = webex_location(cx, location)?;
        self.add_via_api(cx, ok, &loc, entry)
    }

    /// MO05/MO06 on a real organisation: the mobile number becomes the person's work number
    /// through the people API (re-read, compare, write only the number); the fixed number it
    /// replaces goes back to the pool, and the Webex Go device Webex makes for the person through
    /// the mobile operator is mirrored when Webex lists it.
    fn assign_primary(
        &self,
        cx: &Core,
        ok: Allowed,
        email: &str,
        e164: &E164,
        _subscription: Option<&str>,
    ) -> Result<AssignOutcome> {
        assign_primary_via_api(self, cx, ok, email, e164)
    }
}

impl Webex {
    fn add_via_api(&self, cx: &Core, ok: Allowed, loc: &WebexLocation, entry: &str) -> Result<MobileAddReport> {
        let mut numbers = pre_check(entry)?;
        let c = self.org_client(cx)?;
        validate_with_webex(cx, &c, &mut numbers)?;
        // What Webex called Available, once each, in the order typed.
        let mut available: Vec<String> = Vec::new();
        for n in numbers.iter_mut() {
            if let (NumberState::Available, Some(num)) = (n.state, &n.number) {
                if available.contains(num) {
                    // Webex called both copies Available: the number is sent once.
                    n.state = NumberState::DuplicateInList;
                    n.reason = crate::said!("mo03-sent-once").into();
                } else {
                    available.push(num.clone());
                }
            }
        }
        let chunks: Vec<Vec<String>> = available.chunks(MAX_NUMBERS_PER_ADD).map(<[String]>::to_vec).collect();
        let total = chunks.len();
        let mut requests: Vec<AddRequestReport> = Vec::new();
        let mut stopped: Option<Text> = None;
        for (i, chunk) in chunks.into_iter().enumerate() {
            let which: String = crate::said!("numbers-request-which", i = i + 1, total = total).into();
            if let Some(why) = &stopped {
                requests.push(AddRequestReport {
                    numbers: chunk,
                    added: Vec::new(),
                    outcome: "not sent",
                    tracking_id: None,
                    error: Some(crate::said!("numbers-request-not-sent", why = why.clone())),
                });
                continue;
            }
            let req =
                AddNumbers { phone_numbers: chunk.clone(), number_type: Some("MOBILE".into()), ..Default::default() };
            match c.run(c.api().add_numbers(&loc.webex_id, &req)) {
                Ok(w) => {
                    let answer = w.value;
                    let tracking_id = w.tracking_id;
                    let Some((added, refused)) = split_answer(&chunk, &answer) else {
                        requests.push(AddRequestReport {
                            numbers: chunk,
                            added: Vec::new(),
                            outcome: "unknown",
                            tracking_id,
                            error: Some(crate::said!("numbers-request-unreadable", sync = "`wxgo sync`")),
                        });
                        continue;
                    };
                    for (num, why) in &refused {
                        if let Some(n) = numbers.iter_mut().find(|n| n.number.as_deref() == Some(num.as_str())) {
                            n.reason = crate::said!("mo03-webex-says", why = why).into();
                        }
                    }
                    let outcome = match (added.len(), refused.len()) {
                        (_, 0) => "added",
                        (0, _) => "refused",
                        _ => "partly added",
                    };
                    if !added.is_empty() {
                        let details = format!(
                            "location {}; {which}: added {}{}",
                            loc.name,
                            added.join(", "),
                            if refused.is_empty() {
                                String::new()
                            } else {
                                format!(
                                    "; not added {}",
                                    refused.iter().map(|(n, _)| n.as_str()).collect::<Vec<_>>().join(", ")
                                )
                            }
                        );
                        let (org, loc_id) = (cx.org.id, loc.id);
                        cx.cache_accepted(ok, tracking_id.as_deref(), |_, tx, now| {
                            for n in &added {
                                m::upsert_webex_mobile_number(tx, org, loc_id, n, now)?;
                            }
                            Ok(((), Audit::new(format!("location:{}", loc.name), details)))
                        })?;
                    }
                    let error = (!refused.is_empty()).then(|| {
                        let said =
                            crate::said!("numbers-request-refused-some", refused = refused.len(), n = chunk.len());
                        match tracking_id.as_deref() {
                            Some(t) => said.around("", &format!("; trackingId {t}")),
                            None => said,
                        }
                    });
                    requests.push(AddRequestReport { numbers: chunk, added, outcome, tracking_id, error });
                }
                Err(e) if e.is_unknown_outcome() => {
                    // No answer: not refused. Ask Webex which of them its inventory has now.
                    stopped = Some(crate::said!("numbers-request-no-answer", i = i + 1, total = total));
                    let q = NumberQuery { location_id: Some(loc.webex_id.clone()), ..NumberQuery::default() };
                    let (added, error) = match c.run(c.api().list_numbers(&q)) {
                        Ok(list) => {
                            let there: Vec<String> = chunk
                                .iter()
                                .filter(|n| list.iter().any(|x| x.phone_number.as_deref() == Some(n.as_str())))
                                .cloned()
                                .collect();
                            let said = if there.len() == chunk.len() {
                                crate::said!("numbers-request-found-all")
                            } else if there.is_empty() {
                                crate::said!("numbers-request-found-none", sync = "`wxgo sync`")
                            } else {
                                crate::said!(
                                    "numbers-request-found-some",
                                    found = there.len(),
                                    n = chunk.len(),
                                    sync = "`wxgo sync`"
                                )
                            };
                            (there, said)
                        }
                        Err(check) => (
                            Vec::new(),
                            crate::said!(
                                "numbers-request-unasked",
                                why = match &e {
                                    WebexError::NoAnswer { last, .. } => Text::from(clean(last, 200)),
                                    other => other.text(),
                                },
                                error = check.text(),
                                sync = "`wxgo sync`"
                            ),
                        ),
                    };
                    if !added.is_empty() {
                        let details = format!(
                            "location {}; {which}: no answer, then found in Webex: {}",
                            loc.name,
                            added.join(", ")
                        );
                        let (org, loc_id) = (cx.org.id, loc.id);
                        cx.cache_accepted(ok, None, |_, tx, now| {
                            for n in &added {
                                m::upsert_webex_mobile_number(tx, org, loc_id, n, now)?;
                            }
                            Ok(((), Audit::new(format!("location:{}", loc.name), details)))
                        })?;
                    }
                    for n in numbers.iter_mut() {
                        let Some(num) = n.number.as_ref().filter(|x| chunk.contains(x)) else { continue };
                        if !added.contains(num) {
                            n.reason = crate::said!("mo03-no-answer", which = &which).into();
                        }
                    }
                    let outcome = if added.len() == chunk.len() { "added" } else { "unknown" };
                    requests.push(AddRequestReport {
                        numbers: chunk,
                        added,
                        outcome,
                        tracking_id: None,
                        error: Some(error),
                    });
                }
                Err(e) => {
                    let said = e.text();
                    // A refusal may name numbers with their reason ("+1...: reason").
                    let per_number: Vec<String> = match &e {
                        WebexError::Api(a) => a.descriptions.clone(),
                        _ => Vec::new(),
                    };
                    for n in numbers.iter_mut() {
                        let Some(num) = n.number.as_ref().filter(|x| chunk.contains(x)) else { continue };
                        let own = per_number.iter().find_map(|d| d.strip_prefix(num.as_str())?.strip_prefix(": "));
                        n.reason = match own {
                            Some(why) => crate::said!("mo03-refused-why", which = &which, why = clean(why, 200)),
                            None => crate::said!("mo03-refused", which = &which),
                        }
                        .into();
                    }
                    if stops_the_run(&e) {
                        stopped =
                            Some(crate::said!("numbers-request-stopped", i = i + 1, total = total, error = e.text()));
                    }
                    let tracking_id = e.tracking_id().map(str::to_string);
                    requests.push(AddRequestReport {
                        numbers: chunk,
                        added: Vec::new(),
                        outcome: "refused",
                        tracking_id,
                        error: Some(said),
                    });
                }
            }
        }
        for r in requests.iter().filter(|r| r.outcome == "not sent") {
            for n in numbers.iter_mut() {
                if n.number.as_ref().is_some_and(|x| r.numbers.contains(x)) {
                    n.reason = crate::said!("mo03-not-sent").into();
                }
            }
        }
        let added = requests.iter().map(|r| r.added.len()).sum::<usize>();
        Ok(MobileAddReport {
            account_id: String::new(),
            location: loc.name.clone(),
            rejected: numbers.len() - added,
            added,
            numbers,
            requests,
        })
    }
}

/// The mirrored location a real organisation's numbers go to, by name or Webex id.
pub(crate) fn webex_location(cx: &Core, location: &str) -> Result<WebexLocation> {
    if let Some(l) = m::webex_location(&cx.conn, cx.org.id, location)? {
        return Ok(l);
    }
    let names: Vec<String> =
        crate::store::queries::locations(&cx.conn, cx.org.id)?.into_iter().map(|l| l.name).collect();
    Err(Error::not_found(crate::said!(
        "webex-location-unknown",
        location = clean(location, 80),
        org = &cx.org.name,
        names = if names.is_empty() {
            crate::domain::error::Val::Msg("names-none")
        } else {
            crate::domain::error::Val::from(names.join(", "))
        },
        sync = "`wxgo sync`"
    )))
}

/// The error for an operator account named on a real organisation, where there are none here.
pub(crate) fn no_operator_accounts_here(_cx: &Core, account_id: &str) -> Error {
    Error::invalid(crate::said!(
        "webex-no-operator-accounts",
        account = clean(account_id, 64),
        place = control_hub_path(Action::AddOperatorAccount),
        command = "`wxgo numbers add-mobile --location NAME NUMBER,...`"
    ))
}

/// On a real organisation, where [`Service::add_mobile_numbers`] and
/// [`Service::check_mobile_numbers`] were given an operator account: a mirrored location by
/// that name or id, else the reason there is no such account here.
pub(crate) fn location_for_account(cx: &Core, account_or_location: &str) -> Result<WebexLocation> {
    match m::webex_location(&cx.conn, cx.org.id, account_or_location)? {
        Some(l) => Ok(l),
        None => Err(no_operator_accounts_here(cx, account_or_location)),
    }
}

/// MO03 on a real organisation as the admin types: what the mirrored copy proves, without
/// asking Webex (that is a POST; it happens on save or with `--check`): not E.164 (Invalid),
/// twice in the list (Duplicate In List), already in the copy's inventory (Duplicate); the rest
/// is Available as far as wxgo can tell, and Webex has the last word.
pub(crate) fn check_mobile_numbers_cached(cx: &Core, entry: &str) -> Result<Vec<CheckedNumber>> {
    let mut checked = pre_check(entry)?;
    let mut seen: Vec<String> = Vec::new();
    for n in checked.iter_mut() {
        let Some(num) = n.number.clone() else { continue };
        if seen.contains(&num) {
            n.state = NumberState::DuplicateInList;
            n.reason = crate::said!("mo03-in-list-twice").into();
        } else if let Some(Held::Here(what)) = m::holder(&cx.conn, cx.org.id, &num)? {
            n.state = NumberState::Duplicate;
            n.reason = crate::said!("mo03-in-inventory", what = what).into();
        } else {
            n.reason = crate::said!("mo03-webex-validates").into();
        }
        seen.push(num);
    }
    Ok(checked)
}

/// Webex's validation of the E.164 numbers of `checked` (one request), written into it.
pub(crate) fn validate_with_webex(
    _cx: &Core,
    c: &crate::service::backend::webex::signin::OrgClient,
    checked: &mut [CheckedNumber],
) -> Result<()> {
    let send: Vec<String> = checked.iter().filter_map(|n| n.number.clone()).collect();
    if send.is_empty() {
        return Ok(());
    }
    let answer = api(c.run(c.api().validate_numbers(&send)))?;
    for n in checked.iter_mut() {
        let Some(num) = &n.number else { continue };
        let said = answer.phone_numbers.iter().find(|v| v.phone_number.trim() == num);
        (n.state, n.reason) = match said {
            Some(v) => webex_state(v),
            None => (NumberState::Invalid, "Webex's validation did not mention this number; it was not added".into()),
        };
    }
    Ok(())
}

/// MO05/MO06 on a real organisation: the mobile number becomes the person's work number
/// through the people API (re-read, compare, write only the number); the fixed number it
/// replaces goes back to the pool, and the Webex Go device Webex makes for the person through
/// the mobile operator is mirrored when Webex lists it.
fn assign_primary_via_api(w: &Webex, cx: &Core, ok: Allowed, email: &str, e164: &E164) -> Result<AssignOutcome> {
    // Checked on the copy first: what the mirrored data proves; Webex decides the rest.
    let (user, n, _) = mobile_primary_checks(cx, &cx.conn, email, e164, cx.now())?;
    let (_, cached, person_id) = cached_person_of(cx, &cx.conn, email)?;
    let seen = Seen::of_cache(&cached);
    let change = PersonChange { work_phone: Some(e164.to_string()), ..PersonChange::default() };
    let locations = location_words(cx);
    w.via_api(
        cx,
        ok,
        |c| {
            let (person, tracking_id, _) = c.run(reread_and_write(c.api(), &person_id, &seen, &change, &locations))?;
            // The device Webex makes for the person (a GET: it may not be there yet).
            let q = DeviceQuery { person_id: Some(person_id.clone()), ..DeviceQuery::default() };
            let devices: WebexResult<Vec<Device>> = c.run(c.api().list_devices(&q));
            let device = api(devices)?.into_iter().next();
            Ok(Accepted { value: (person, device), tracking_id })
        },
        |cx, tx, now, (person, device)| {
            cache_person(cx, tx, cached.user_id, &person, now)?;
            let replaced = match m::primary_number_id(tx, user.id)? {
                Some(old) if old != n.id => {
                    let old_row = q::user_numbers(tx, user.id)?.into_iter().find(|r| r.id == old);
                    q::release_number(tx, old)?;
                    old_row.map(|r| r.number)
                }
                _ => None,
            };
            q::assign_primary(tx, n.id, user.id)?;
            let had = q::device_of_user(tx, user.id, now)?;
            let (device_id, created) = match device {
                Some(d) => {
                    let kind = match d.product.as_deref().map(str::to_ascii_lowercase) {
                        Some(p) if p.contains("operator") => "mobile_operator",
                        _ => "byod",
                    };
                    let status = d.wxgo_status();
                    let raw = crate::domain::text::clean_opt(d.connection_status.as_deref(), 40);
                    let id = wp::mirror_device(
                        tx,
                        cx.org.id,
                        user.id,
                        &d.id,
                        kind,
                        status.as_str(),
                        raw.as_deref(),
                        Some(n.id),
                        now,
                    )?;
                    (device_ref(id), had.is_none())
                }
                None => (had.map(|d| d.device_id).unwrap_or_default(), false),
            };
            let out = AssignOutcome {
                user_email: user.email.clone(),
                number: e164.to_string(),
                replaced,
                device_id,
                device_created: created,
            };
            let details = format!(
                "number {e164}; replaced {}; device {}",
                out.replaced.as_deref().unwrap_or("none"),
                if out.device_id.is_empty() {
                    "not listed by Webex yet (`wxgo sync` shows it)".to_string()
                } else {
                    format!("{}{}", out.device_id, if created { " mirrored" } else { " kept" })
                }
            );
            Ok((out, Audit::new(format!("user:{}", user.email), details)))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::outside::webex::numbers::NumberAddError;

    #[test]
    fn webex_states_are_mo03s_and_an_unknown_one_is_never_available() {
        let v = |s: &str| NumberValidation { phone_number: "+1".into(), state: Some(s.into()), ..Default::default() };
        assert_eq!(webex_state(&v("Available")).0, NumberState::Available);
        assert_eq!(webex_state(&v("Duplicate In List")).0, NumberState::DuplicateInList);
        assert_eq!(webex_state(&v("UNAVAILABLE")).0, NumberState::Unavailable);
        let (state, why) = webex_state(&v("Pending\u{1b}[2J"));
        assert_eq!(state, NumberState::Invalid);
        assert!(!why.contains('\u{1b}'), "{why}");
        let with_detail = NumberValidation { detail: vec!["in use\u{7}".into()], ..v("Unavailable") };
        assert_eq!(webex_state(&with_detail).1, "in use\u{fffd}");
    }

    #[test]
    fn a_real_organisations_reasons_keep_their_english_and_are_read_back_in_the_language() {
        use crate::domain::mobile::number_reason;
        use crate::i18n::{Lang, Tr};
        let v = |s: &str| NumberValidation { phone_number: "+1".into(), state: Some(s.into()), ..Default::default() };
        let (_, why) = webex_state(&v("Invalid"));
        assert_eq!(why, "not a valid number for this organisation or location's country (Webex)");
        let de = Tr::new(Lang::De);
        assert_eq!(
            de.text(&number_reason(&why)),
            "keine gültige Nummer für diese Organisation oder das Land des Standorts (Webex)"
        );
        // A refusal of a request: the request said in the language too, Webex's words as they are.
        let which: String = crate::said!("numbers-request-which", i = 2, total = 3).into();
        let reason: String = crate::said!("mo03-refused-why", which = &which, why = "not Webex's plan").into();
        assert_eq!(reason, "not added: Webex refused request 2 of 3: not Webex's plan");
        assert_eq!(
            Tr::new(Lang::Uk).text(&number_reason(&reason)),
            "не додано: Webex відхилив запит 2 з 3: not Webex's plan"
        );
        // Webex's own words for a state stay Webex's.
        let with_detail = NumberValidation { detail: vec!["ported out".into()], ..v("Unavailable") };
        assert_eq!(de.text(&number_reason(&webex_state(&with_detail).1)), "ported out");
    }

    #[test]
    fn an_accepted_answer_tells_what_was_added_or_nothing_is_assumed() {
        let chunk = vec!["+16305550001".to_string(), "+16305550002".to_string()];
        let refusal = |n: &str| NumberAddError {
            number: Some(n.into()),
            error_message: Some("No.\u{1b}[2J".into()),
            ..Default::default()
        };
        let all = split_answer(&chunk, &AddNumbersAnswer::default()).expect("all added");
        assert_eq!(all, (chunk.clone(), vec![]));
        let one = AddNumbersAnswer { errors: vec![refusal("+16305550002")], unreadable: false };
        let (added, refused) = split_answer(&chunk, &one).expect("one refused");
        assert_eq!(added, ["+16305550001"]);
        assert_eq!(refused[0].0, "+16305550002");
        assert!(!refused[0].1.contains('\u{1b}'), "{:?}", refused[0].1);
        // A number the request did not carry (another format): nothing is assumed added.
        let other = AddNumbersAnswer { errors: vec![refusal("16305550002")], unreadable: false };
        assert_eq!(split_answer(&chunk, &other), None);
        assert_eq!(split_answer(&chunk, &AddNumbersAnswer { errors: vec![], unreadable: true }), None);
    }

    #[test]
    fn an_entry_is_bounded_and_each_piece_is_e164_or_invalid() {
        let checked = pre_check("+16305550100, 555-0100,").expect("checked");
        assert_eq!(checked.len(), 2);
        assert_eq!(checked[0].number.as_deref(), Some("+16305550100"));
        assert_eq!(checked[1].state, NumberState::Invalid);
        let many = (0..101).map(|i| format!("+1630555{i:04}")).collect::<Vec<_>>().join(",");
        assert_eq!(pre_check(&many).expect_err("too many").rule_id(), Some("MO03"));
        assert!(pre_check(" , ").is_err());
    }
}
