//! Webex API failures, in the admin's terms: what went wrong, what to do, and the trackingId to
//! quote to Cisco support.

use std::fmt;

use crate::domain::error::{Text, Val};
use crate::domain::Error as DomainError;

/// A non-success HTTP answer from Webex, with what its error body and headers said.
///
/// Text fields are kept raw, as Webex sent them: the caller sanitises before showing them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApiError {
    pub status: u16,
    pub method: String,
    /// The request path without its query (no personal data).
    pub path: String,
    /// Webex's `message`.
    pub message: Option<String>,
    /// Each `errors[].description`.
    pub descriptions: Vec<String>,
    /// From the body's `trackingId`, else the `TrackingID` header.
    pub tracking_id: Option<String>,
    /// The environment variable the refused token came from (401/403): the advice names it
    /// rather than `wxgo login`, which would not change the token sent.
    pub token_env: Option<String>,
}

/// Everything the Webex client can fail with.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WebexError {
    /// Webex answered with an error status (after retries where retrying made sense).
    Api(Box<ApiError>),
    /// 429 Too Many Requests on every attempt.
    RateLimited { method: String, path: String, attempts: u32, tracking_id: Option<String> },
    /// No answer (connection refused, DNS, TLS, timeouts, 5xx) after every attempt, for a request
    /// that surely changed nothing (a read, an idempotent write, or one that never left).
    Unreachable { method: String, path: String, attempts: u32, last: String },
    /// A change (POST, PATCH) left the machine but no answer came back (a timeout, the connection
    /// dropped after it was sent, a 500/502/504): Webex may or may not have done it. Never called
    /// "refused": whoever sent it asks Webex what it has before sending anything again.
    NoAnswer { method: String, path: String, attempts: u32, last: String },
    /// A listing that does not end as a list does: a next-page link back to a page already read,
    /// or more pages, items or bytes than any organisation holds ([`super::client::ListingLimits`]).
    Runaway { path: String, detail: String },
    /// No usable token: never signed in, the refresh was refused, or the token was revoked (a
    /// [`said!`](crate::said) message: said in the admin's language).
    SignInNeeded(Text),
    /// The device grant sign-in did not complete (expired, denied, refused).
    SignIn(Text),
    /// Webex answered 2xx with a body this client cannot read.
    Decode { path: String, detail: String },
    /// A setting is wrong (base URL, CA file, ...): a [`said!`](crate::said) message or English.
    Config(Text),
    /// The token store (keyring or file) failed (a [`said!`](crate::said) message).
    TokenStore(Text),
    /// The caller stopped a listing (its page callback returned `Stop`) — not a failure.
    Cancelled,
    /// A write asked of a read-only client: it was not sent.
    ReadOnly { method: String, path: String },
}

pub type WebexResult<T> = std::result::Result<T, WebexError>;

impl WebexError {
    /// A setting is wrong: `message` is a [`said!`](crate::said) message or English.
    pub fn config(message: impl Into<Text>) -> Self {
        WebexError::Config(message.into())
    }

    /// The HTTP status of an API error, if there was one.
    pub fn status(&self) -> Option<u16> {
        match self {
            WebexError::Api(e) => Some(e.status),
            WebexError::RateLimited { .. } => Some(429),
            _ => None,
        }
    }

    /// Whether Webex may have done this request although no answer said so (see [`WebexError::NoAnswer`]).
    pub fn is_unknown_outcome(&self) -> bool {
        matches!(self, WebexError::NoAnswer { .. })
    }

    pub fn tracking_id(&self) -> Option<&str> {
        match self {
            WebexError::Api(e) => e.tracking_id.as_deref(),
            WebexError::RateLimited { tracking_id, .. } => tracking_id.as_deref(),
            _ => None,
        }
    }

    /// 403 or 404: this token cannot read this part of the API (not a partner's token, lacks the
    /// role). A sync shows that part empty with a note instead of failing.
    pub fn is_not_available(&self) -> bool {
        matches!(self.status(), Some(403) | Some(404))
    }

    /// What a sync pane says when [`is_not_available`](Self::is_not_available): `what` (the part,
    /// as given) is not available to this token, said in the language where it is shown.
    pub fn not_available_note(&self, what: &str) -> Text {
        match self {
            WebexError::Api(e) => crate::said!(
                "sync-part-not-available",
                what = what,
                method = &e.method,
                path = &e.path,
                status = e.status.to_string()
            ),
            other => crate::said!("sync-part-failed", what = what, error = other.text()),
        }
    }
}

/// The messages wxgo's own words about a failure are read back from ([`detail_said`]): why no
/// answer came, why a listing was stopped, what could not be read in an answer.
pub const DETAILS: [&str; 23] = [
    // The most particular first: "the last answer was 500: ..." reads as itself, not as 500.
    "last-answer-why",
    "last-answer-tracking",
    "last-answer",
    "last-no-answer-in",
    "last-no-whole-answer",
    "last-cannot-connect",
    "last-connection-failed",
    "last-broke-off",
    "last-no-answer-from",
    "last-cannot-connect-to",
    "last-request-failed",
    "runaway-loop-self",
    "runaway-loop",
    "runaway-pages",
    "runaway-full-pages",
    "runaway-items",
    "decode-signin-answer",
    "decode-too-large",
    "decode-empty",
    "decode-bad-link",
    "decode-other-host",
    "decode-not-a-list",
    "decode-item",
];

/// wxgo's own words about a failure (kept as English in the error, as logs and the journal keep
/// them) said in the language where they are shown: read back into their message, the host, the
/// status, the trackingId and the transport's or serde's words as they are; other words (serde's
/// own, a test's) as they are.
pub fn detail_said(detail: &str) -> Text {
    crate::i18n::recognise(detail, &DETAILS, &[]).unwrap_or_else(|| Text::from(detail))
}

/// The scope a request most likely needs and the role (a message id of `errors.ftl`, said in
/// the admin's language) of the administrator who has it; `None` for a request not listed here.
pub fn needed(method: &str, path: &str) -> Option<(&'static str, Option<&'static str>)> {
    let write = method != "GET";
    let p = path.trim_start_matches("/v1");
    let pick = |w: &'static str, r: &'static str| if write { w } else { r };
    Some(if p.starts_with("/broadworks") {
        if write {
            ("spark-admin:broadworks_subscribers_write", Some("role-partner-full-admin"))
        } else {
            ("spark-admin:broadworks_subscribers_read", Some("role-partner-admin"))
        }
    } else if p.starts_with("/adminAudit") {
        ("audit:events_read", Some("role-full-or-partner-admin"))
    } else if p.starts_with("/licenses/users") || p.starts_with("/people") && write {
        ("spark-admin:people_write", Some("role-full-admin"))
    } else if p.starts_with("/people") {
        ("spark-admin:people_read", None)
    } else if p.starts_with("/licenses") {
        ("spark-admin:licenses_read", None)
    } else if p.starts_with("/organizations") {
        ("spark-admin:organizations_read", None)
    } else if p.starts_with("/devices") {
        (pick("spark-admin:devices_write", "spark-admin:devices_read"), None)
    } else if p.starts_with("/locations") {
        (pick("spark-admin:locations_write", "spark-admin:locations_read"), None)
    } else if p.starts_with("/telephony") {
        (pick("spark-admin:telephony_config_write", "spark-admin:telephony_config_read"), None)
    } else {
        return None;
    })
}

/// The scope (and role) a request most likely needs, named in 403 messages: the scope as it is,
/// the role in the admin's language (`spark-admin:people_write (full administrator)`).
pub fn needed_scope(method: &str, path: &str) -> Text {
    match needed(method, path) {
        Some((scope, Some(role))) => crate::said!("scope-with-role", scope = scope, role = Val::Msg(role)),
        Some((scope, None)) => Text::from(scope),
        None => crate::said!("scope-unknown"),
    }
}

/// The most of Webex's own words an error message quotes, in characters.
pub const MAX_SAID_CHARS: usize = 600;

/// Text from outside for a one-line message: line breaks and tabs as spaces, other control and
/// bidi characters as `�` (a CR or LF in an answer could forge a second line of output), runs of
/// blanks as one, and at most `max` characters, saying how many were cut.
pub fn one_line(s: &str, max: usize) -> String {
    let safe = crate::domain::text::for_terminal(s);
    let mut out = String::with_capacity(s.len().min(max + 64));
    let mut kept = 0usize;
    let mut total = 0usize;
    let mut blank = false;
    for c in safe.trim().chars() {
        if c.is_whitespace() {
            if blank {
                continue;
            }
            blank = true;
        } else {
            blank = false;
        }
        total += 1;
        if kept < max {
            out.push(if c.is_whitespace() { ' ' } else { c });
            kept += 1;
        }
    }
    if total > kept {
        out.push_str(&format!("… ({} more characters cut)", total - kept));
    }
    out
}

/// Webex's own words (kept as Webex gives them, made one safe line) with wxgo's around them,
/// ` Webex says: "...".`; empty when Webex said nothing.
fn said(e: &ApiError) -> Text {
    let mut parts: Vec<&str> = Vec::new();
    if let Some(m) = e.message.as_deref().filter(|m| !m.is_empty()) {
        parts.push(m);
    }
    for d in &e.descriptions {
        if !d.is_empty() && Some(d.as_str()) != e.message.as_deref() {
            parts.push(d);
        }
    }
    if parts.is_empty() {
        Text::default()
    } else {
        crate::said!("webex-says", words = one_line(&parts.join("; "), MAX_SAID_CHARS)).around(" ", "")
    }
}

/// ` trackingId ... (quote it to Cisco support).`; empty without one.
fn tracking(t: Option<&str>) -> Text {
    match t {
        Some(t) => crate::said!("webex-tracking", id = one_line(t, 120)).around(" ", ""),
        None => Text::default(),
    }
}

impl ApiError {
    /// What went wrong and what to do, in English and as a message the CLI and the console say in
    /// the admin's language; Webex's own words and the trackingId as they are.
    pub fn text(&self) -> Text {
        let (m, p, s) = (&self.method, &self.path, self.status);
        let said = said(self);
        let tr = tracking(self.tracking_id.as_deref());
        let login = "`wxgo login`";
        let sync = "`wxgo sync`";
        match (s, self.token_env.as_deref()) {
            (401, Some(v)) => crate::said!("webex-401-env", var = v, method = m, path = p, said = said, tracking = tr),
            (403, Some(v)) => crate::said!(
                "webex-403-env",
                var = v,
                method = m,
                path = p,
                scope = needed_scope(m, p),
                said = said,
                tracking = tr
            ),
            (401, None) => crate::said!("webex-401", method = m, path = p, said = said, login = login, tracking = tr),
            (403, None) => crate::said!(
                "webex-403",
                method = m,
                path = p,
                scope = needed_scope(m, p),
                said = said,
                login = login,
                tracking = tr
            ),
            (404, _) => crate::said!("webex-404", method = m, path = p, said = said, sync = sync, tracking = tr),
            (409, _) => crate::said!("webex-409", method = m, path = p, said = said, sync = sync, tracking = tr),
            (423, _) => crate::said!("webex-423", path = p, said = said, tracking = tr),
            (400..=499, _) => {
                crate::said!("webex-4xx", method = m, path = p, status = s.to_string(), said = said, tracking = tr)
            }
            _ => crate::said!("webex-5xx", method = m, path = p, status = s.to_string(), said = said, tracking = tr),
        }
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl fmt::Display for WebexError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

impl std::error::Error for WebexError {}

impl WebexError {
    /// The message, said in the admin's language where it is shown (Webex's own words, the
    /// trackingId and the transport's last words kept as they are); its English is `Display`.
    pub fn text(&self) -> Text {
        match self {
            WebexError::Api(e) => e.text(),
            WebexError::RateLimited { method, path, attempts, tracking_id } => crate::said!(
                "webex-429",
                method = method,
                path = path,
                attempts = *attempts,
                tracking = tracking(tracking_id.as_deref())
            ),
            WebexError::Unreachable { method, path, attempts, last } => crate::said!(
                "webex-unreachable",
                method = method,
                path = path,
                attempts = *attempts,
                last = detail_said(&one_line(last, MAX_SAID_CHARS))
            ),
            WebexError::NoAnswer { method, path, attempts, last } => crate::said!(
                "webex-no-answer",
                method = method,
                path = path,
                attempts = *attempts,
                last = detail_said(&one_line(last, MAX_SAID_CHARS))
            ),
            WebexError::Runaway { path, detail } => {
                crate::said!("webex-runaway", path = path, detail = detail_said(detail))
            }
            WebexError::SignInNeeded(m) | WebexError::SignIn(m) => m.clone(),
            WebexError::Decode { path, detail } => {
                crate::said!("webex-decode", path = path, detail = detail_said(&one_line(detail, 300)))
            }
            WebexError::Config(m) | WebexError::TokenStore(m) => m.clone(),
            WebexError::Cancelled => crate::said!("webex-cancelled"),
            WebexError::ReadOnly { method, path } => crate::said!("webex-read-only", method = method, path = path),
        }
    }
}

impl From<WebexError> for DomainError {
    fn from(e: WebexError) -> Self {
        let text = e.text();
        match &e {
            WebexError::Api(a) => match a.status {
                401 | 403 => DomainError::auth(text),
                404 => DomainError::not_found(text),
                400 | 422 => DomainError::invalid(text),
                _ => DomainError::io(text),
            },
            WebexError::SignInNeeded(_) | WebexError::SignIn(_) => DomainError::auth(text),
            WebexError::RateLimited { .. } | WebexError::Unreachable { .. } | WebexError::NoAnswer { .. } => {
                DomainError::unreachable(text)
            }
            WebexError::Runaway { .. } => DomainError::io(text),
            WebexError::Config(_) => DomainError::invalid(text),
            WebexError::Decode { .. } | WebexError::TokenStore(_) | WebexError::Cancelled => DomainError::io(text),
            WebexError::ReadOnly { method, path } => DomainError::ReadOnly(format!("{method} {path}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn api(method: &str, path: &str, status: u16) -> WebexError {
        WebexError::Api(Box::new(ApiError {
            status,
            method: method.into(),
            path: path.into(),
            message: Some("Webex's own words".into()),
            descriptions: vec!["a detail".into()],
            tracking_id: Some("ROUTER_1".into()),
            token_env: None,
        }))
    }

    #[test]
    fn each_status_says_what_to_do_and_keeps_webex_words_and_the_tracking_id() {
        let cases = [
            (401, "wxgo login", 9),
            (403, "spark-admin:devices_write", 9),
            (404, "wxgo sync", 4),
            (409, "conflict", 7),
            (423, "locked", 7),
            (400, "Nothing was changed", 4),
        ];
        for (status, hint, exit) in cases {
            let e = api("POST", "/v1/devices/activationCode", status);
            let text = e.to_string();
            assert!(text.contains(hint), "{status}: {text}");
            assert!(text.contains("Webex's own words") && text.contains("a detail"), "{status}: {text}");
            assert!(text.contains("trackingId ROUTER_1"), "{status}: {text}");
            assert_eq!(DomainError::from(e).exit_code(), exit, "{status}");
        }
    }

    #[test]
    fn a_refused_token_from_the_environment_is_named_and_login_is_not_offered() {
        for status in [401, 403] {
            let WebexError::Api(mut a) = api("GET", "/v1/people/me", status) else { unreachable!() };
            a.token_env = Some("MY_TOKEN".into());
            let text = a.to_string();
            assert!(text.contains("the token in MY_TOKEN") && text.contains("Put a"), "{status}: {text}");
            assert!(!text.contains("wxgo login"), "a new sign-in would not change the token sent: {text}");
            assert_eq!(DomainError::from(WebexError::Api(a)).exit_code(), 9);
        }
    }

    #[test]
    fn webex_s_words_are_one_line_and_capped_saying_how_much_was_cut() {
        let mut e = ApiError {
            status: 400,
            method: "POST".into(),
            path: "/v1/devices/activationCode".into(),
            message: Some("bad\r\nerror: forged line\u{1b}[2J".into()),
            descriptions: vec![],
            tracking_id: Some("T\nX".into()),
            token_env: None,
        };
        let text = e.to_string();
        assert!(!text.contains('\n') && !text.contains('\r') && !text.contains('\u{1b}'), "{text:?}");
        assert!(text.contains("bad error: forged line"), "{text}");
        e.message = Some("x".repeat(3 << 20));
        let text = e.to_string();
        assert!(text.len() < 2_000, "{} bytes", text.len());
        assert!(text.contains(&format!("({} more characters cut)", (3 << 20) - MAX_SAID_CHARS)), "{text}");
    }

    #[test]
    fn a_change_without_an_answer_is_unknown_never_refused() {
        let e = WebexError::NoAnswer {
            method: "POST".into(),
            path: "/v1/devices/activationCode".into(),
            attempts: 1,
            last: "no answer from webexapis.com in time".into(),
        };
        assert!(e.is_unknown_outcome());
        let text = e.to_string();
        assert!(text.contains("not known whether Webex did it") && !text.contains("refused"), "{text}");
        assert_eq!(DomainError::from(e).exit_code(), 10);
        let r = WebexError::Runaway { path: "/v1/people".into(), detail: "page 2 links back".into() };
        assert!(!r.is_unknown_outcome());
        assert_eq!(DomainError::from(r).exit_code(), 7);
    }

    #[test]
    fn not_available_is_403_or_404_only() {
        assert!(api("GET", "/v1/broadworks/subscribers", 403).is_not_available());
        assert!(api("GET", "/v1/adminAudit/events", 404).is_not_available());
        assert!(!api("GET", "/v1/people", 500).is_not_available());
        assert_eq!(
            needed_scope("GET", "/v1/broadworks/subscribers"),
            "spark-admin:broadworks_subscribers_read (partner administrator)"
        );
        assert_eq!(needed_scope("PATCH", "/v1/licenses/users"), "spark-admin:people_write (full administrator)");
    }

    #[test]
    fn a_401_and_a_403_read_in_english_as_before_and_in_german_keep_webex_s_words_and_the_tracking_id() {
        use crate::i18n::{Lang, Tr};
        let e = api("GET", "/v1/people/me", 401);
        assert_eq!(
            e.to_string(),
            "Webex did not accept the sign-in for GET /v1/people/me (401: the token expired or was revoked). Webex \
             says: \"Webex's own words; a detail\". Sign in again with `wxgo login` (or give a new token in \
             WEBEX_TOKEN). trackingId ROUTER_1 (quote it to Cisco support)."
        );
        let WebexError::Api(mut bare) = api("POST", "/v1/licenses/users", 403) else { unreachable!() };
        (bare.message, bare.descriptions, bare.tracking_id) = (None, vec![], None);
        assert_eq!(
            bare.to_string(),
            "Webex refused POST /v1/licenses/users (403 Forbidden): the token lacks the scope or role it needs: \
             spark-admin:people_write (full administrator). Sign in with an administrator and integration that have \
             it (`wxgo login`)."
        );
        let de = Tr::new(Lang::De);
        for (e, words) in [(e, "nicht akzeptiert"), (WebexError::Api(bare), "vollständiger Administrator")] {
            let said = de.error(&DomainError::from(e.clone()));
            assert!(said.contains(words) && said.contains("`wxgo login`"), "{said}");
            assert!(!said.contains("the token") && !said.contains("Sign in"), "English left: {said}");
            if e.tracking_id().is_some() {
                // Webex's own words and the trackingId as Webex gave them.
                assert!(
                    said.contains("„Webex's own words; a detail“") && said.contains("trackingId ROUTER_1"),
                    "{said}"
                );
            } else {
                assert!(!said.contains("Webex meldet") && !said.contains("trackingId"), "{said}");
            }
        }
    }

    #[test]
    fn no_answer_unreachable_and_429_are_said_in_the_language_with_their_plurals_and_never_refused() {
        use crate::i18n::{Lang, Tr};
        let (m, p) = ("POST".to_string(), "/v1/devices/activationCode".to_string());
        let last = "the last answer was 500, trackingId ROUTER_9".to_string();
        let lost = WebexError::NoAnswer { method: m.clone(), path: p.clone(), attempts: 1, last: last.clone() };
        let de = Tr::new(Lang::De).error(&DomainError::from(lost.clone()));
        assert!(de.contains("Nicht abgelehnt, sondern unbekannt") && de.contains("1 Versuch)"), "{de}");
        // wxgo's own words about the last failure in the language; the status and trackingId as they are.
        assert!(lost.to_string().contains(&last), "{lost}");
        assert!(de.contains("die letzte Antwort war 500, trackingId ROUTER_9"), "{de}");
        assert!(de.contains("POST /v1/devices/activationCode"), "{de}");
        assert!(!de.contains("abgelehnt (") && !de.contains("not known") && !de.contains("the last answer"), "{de}");
        let uk = |attempts: u32| {
            let e = WebexError::Unreachable { method: m.clone(), path: p.clone(), attempts, last: "timed out".into() };
            Tr::new(Lang::Uk).error(&DomainError::from(e))
        };
        assert!(uk(3).contains("(3 спроби; timed out)"), "{}", uk(3));
        assert!(uk(5).contains("(5 спроб; timed out)"), "{}", uk(5));
        let many = WebexError::RateLimited { method: m, path: p, attempts: 4, tracking_id: Some("ROUTER_2".into()) };
        assert!(
            many.to_string().contains("(4 attempts)") && many.to_string().ends_with("(quote it to Cisco support).")
        );
        let da = Tr::new(Lang::Da).error(&DomainError::from(many.clone()));
        assert!(
            da.contains("429 Too Many Requests") && da.contains("(4 forsøg)") && da.contains("trackingId ROUTER_2")
        );
        assert_eq!(DomainError::from(many).exit_code(), 10);
    }

    #[test]
    fn wxgo_s_own_words_about_a_failure_are_said_in_the_language_and_its_data_kept() {
        use crate::i18n::{Lang, Tr};
        let runaway = WebexError::Runaway {
            path: "/v1/people".into(),
            detail: crate::said!("runaway-pages", pages = 10_000usize, items = 1_000_000usize, max = 10_000u64).into(),
        };
        assert!(runaway.to_string().contains("10000 pages (1000000 items) and still a next page"), "{runaway}");
        let da = Tr::new(Lang::Da).error(&DomainError::from(runaway));
        assert!(da.contains("10000 sider (1000000 elementer) og stadig en næste side"), "{da}");
        // Words wxgo does not word (serde's, the transport's) are shown as they are.
        let decode = WebexError::Decode { path: "/v1/people".into(), detail: "expected value at line 1".into() };
        let uk = Tr::new(Lang::Uk).error(&DomainError::from(decode));
        assert!(uk.contains("(expected value at line 1)") && uk.contains("wxgo не може прочитати"), "{uk}");
        let unreachable = WebexError::Unreachable {
            method: "GET".into(),
            path: "/v1/people".into(),
            attempts: 2,
            last: crate::said!("last-cannot-connect-to", host = "webexapis.com", why = "connection refused").into(),
        };
        let he = Tr::new(Lang::He).error(&DomainError::from(unreachable));
        assert!(he.contains("לא ניתן להתחבר ל-webexapis.com: connection refused"), "{he}");
        for (e, en, de) in [
            (WebexError::Cancelled, "stopped before the listing was complete", "vor dem Ende der Liste angehalten"),
            (
                WebexError::TokenStore(crate::said!("token-no-home")),
                "cannot find a home folder for the token file; set XDG_STATE_HOME",
                "Kein Home-Ordner für die Token-Datei gefunden; setzen Sie XDG_STATE_HOME",
            ),
        ] {
            assert_eq!(e.to_string(), en);
            assert_eq!(Tr::new(Lang::De).error(&DomainError::from(e)), de);
        }
    }
}
