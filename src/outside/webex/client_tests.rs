//! Unit tests of the HTTP core's small parts.

use super::*;

fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
    let mut h = HeaderMap::new();
    for (k, v) in pairs {
        h.append(*k, v.parse().expect("header value"));
    }
    h
}

#[test]
fn the_next_link_is_found_among_others() {
    let h = headers(&[(
        "link",
        r#"<https://x/v1/people?cursor=a>; rel="first", <https://x/v1/people?cursor=b>; rel="next""#,
    )]);
    assert_eq!(next_link(&h).as_deref(), Some("https://x/v1/people?cursor=b"));
    assert_eq!(next_link(&headers(&[("link", r#"<https://x/v1/a>; rel="prev""#)])), None);
}

#[test]
fn retry_after_is_read_in_seconds_defaulted_and_capped() {
    let r = RetryPolicy::default();
    assert_eq!(retry_after(&headers(&[("retry-after", "7")]), &r), Duration::from_secs(7));
    assert_eq!(retry_after(&headers(&[("retry-after", "Wed, 21 Oct 2026 07:28:00 GMT")]), &r), r.retry_after_default);
    assert_eq!(retry_after(&HeaderMap::new(), &r), Duration::from_secs(5));
    assert_eq!(retry_after(&headers(&[("retry-after", "86400")]), &r), r.retry_after_max);
}

#[test]
fn backoff_doubles_up_to_its_cap() {
    let r = RetryPolicy::default();
    let waits: Vec<u64> = (1..=8).map(|a| backoff(&r, a).as_millis() as u64).collect();
    assert_eq!(waits, vec![500, 1000, 2000, 4000, 8000, 16000, 30000, 30000]);
}

#[test]
fn the_base_url_gets_a_trailing_slash_so_paths_join_under_it() {
    let b = parse_base("https://webexapis.com/v1").expect("url");
    assert_eq!(b.join("people/me").expect("join").as_str(), "https://webexapis.com/v1/people/me");
    assert!(parse_base("ftp://x").is_err());
}

#[test]
fn a_token_with_a_control_character_is_refused_at_once_naming_where_never_the_token() {
    assert!(check_token("Zjk4ZWY-abc_123.x").is_ok());
    for (bad, at) in [("abc\u{1}def", 4), ("abc\r\nX-Evil: 1", 4), ("ab cd", 3), ("abcé", 4)] {
        let e = check_token(bad).expect_err(bad).to_string();
        assert!(e.contains(&format!("at character {at} ")), "{bad:?}: {e}");
        assert!(!e.contains("abc") && !e.contains("X-Evil"), "never the token: {e}");
    }
}

#[test]
fn plain_http_is_refused_for_any_host_but_this_machine() {
    for ok in
        ["http://127.0.0.1:1/v1", "http://127.1.2.3/v1", "http://localhost/v1", "http://[::1]:9/v1", "https://x/v1"]
    {
        assert!(parse_base(ok).is_ok(), "{ok}");
    }
    for bad in ["http://192.0.2.2/v1", "http://webexapis.com/v1", "http://[fe80::1]/v1", "http://0.0.0.0/v1"] {
        let e = parse_base(bad).expect_err(bad).to_string();
        assert!(e.contains("https://") && e.contains("Nothing was sent"), "{bad}: {e}");
    }
}

#[test]
fn the_listing_bounds_are_a_generous_multiple_of_the_largest_organisation() {
    let l = ListingLimits::default();
    assert_eq!(l.max_items, 2 * ORG_MAX_PEOPLE);
    assert!(l.max_bytes >= l.max_items * 1000, "about 1 kB an item");
    assert!(l.max_pages * 20 >= l.max_items, "pages of 20 still reach the item bound");
}
