//! BroadWorks templates and subscribers.

use rusqlite::{params, Connection, Row};

use super::db_error;
use super::model::*;
use super::queries::{like, parse_ts};
use crate::domain::bw::{BwStatus, Package};
use crate::domain::Result;

pub(crate) const SUB_SELECT: &str =
    "SELECT s.id, s.broadworks_user_id, s.provisioning_id, s.sp_enterprise_id, s.first_name,
    s.last_name, s.email, s.primary_number, s.extension, s.package, s.status, s.error_code, s.error_description,
    s.self_activated, s.last_status_change, t.name
  FROM bw_subscribers s LEFT JOIN bw_templates t ON t.id = s.template_id";

const SUB_FILTER: &str = "s.org_id = ?1 AND (?2 = 0 OR s.status <> 'provisioned')
    AND (?3 = '' OR s.broadworks_user_id LIKE ?4 ESCAPE '\\' OR s.email LIKE ?4 ESCAPE '\\'
         OR s.first_name || ' ' || s.last_name LIKE ?4 ESCAPE '\\')";

pub(crate) fn sub_from_row(r: &Row) -> rusqlite::Result<BwSubscriberRow> {
    let package: String = r.get(9)?;
    let status: String = r.get(10)?;
    Ok(BwSubscriberRow {
        id: r.get(0)?,
        broadworks_user_id: r.get(1)?,
        provisioning_id: r.get(2)?,
        sp_enterprise_id: r.get(3)?,
        first_name: r.get(4)?,
        last_name: r.get(5)?,
        email: r.get(6)?,
        primary_number: r.get(7)?,
        extension: r.get(8)?,
        package: Package::parse(&package).unwrap_or(Package::Basic),
        status: BwStatus::parse(&status).unwrap_or(BwStatus::Error),
        error_code: r.get(11)?,
        error_description: r.get(12)?,
        self_activated: r.get(13)?,
        last_status_change: parse_ts(&r.get::<_, String>(14)?),
        template: r.get(15)?,
    })
}

/// Grouped as the status pane shows them: errors first, then pending, then provisioned.
pub fn subscribers_page(
    conn: &Connection,
    org: i64,
    exclude_provisioned: bool,
    filter: &str,
    offset: usize,
    limit: usize,
) -> Result<Vec<BwSubscriberRow>> {
    let sql = format!(
        "{SUB_SELECT} WHERE {SUB_FILTER}
         ORDER BY CASE s.status WHEN 'error' THEN 0 WHEN 'provisioned' THEN 2 ELSE 1 END, s.broadworks_user_id
         LIMIT ?5 OFFSET ?6"
    );
    let mut st = conn.prepare_cached(&sql).map_err(db_error)?;
    let rows = st
        .query_map(params![org, exclude_provisioned, filter, like(filter), limit as i64, offset as i64], sub_from_row)
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

/// Columns: id, name, untrusted_emails, share_link, default_package.
fn template_from_row(r: &Row) -> rusqlite::Result<BwTemplateRow> {
    let untrusted: bool = r.get(2)?;
    let share: String = r.get(3)?;
    Ok(BwTemplateRow {
        id: r.get(0)?,
        name: r.get(1)?,
        // BW01: users can provision themselves only with untrusted emails and the activation link.
        flow_through_ready: untrusted && share == "activation_link",
        untrusted_emails: untrusted,
        share_link: share,
        default_package: r.get(4)?,
    })
}

pub fn templates(conn: &Connection, org: i64) -> Result<Vec<BwTemplateRow>> {
    let mut st = conn
        .prepare_cached(
            "SELECT id, name, untrusted_emails, share_link, default_package FROM bw_templates WHERE org_id = ?1 ORDER BY name",
        )
        .map_err(db_error)?;
    let rows = st.query_map([org], template_from_row).map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn subscriber(conn: &Connection, org: i64, broadworks_user_id: &str) -> Result<Option<BwSubscriberRow>> {
    use rusqlite::OptionalExtension;
    let sql = format!("{SUB_SELECT} WHERE s.org_id = ?1 AND s.broadworks_user_id = ?2");
    conn.query_row(&sql, params![org, broadworks_user_id.trim()], sub_from_row).optional().map_err(db_error)
}

/// The template of a subscriber, with whether it is set up for flow-through (BW01).
pub fn subscriber_template(conn: &Connection, subscriber: i64) -> Result<Option<BwTemplateRow>> {
    use rusqlite::OptionalExtension;
    conn.query_row(
        "SELECT t.id, t.name, t.untrusted_emails, t.share_link, t.default_package FROM bw_templates t
         JOIN bw_subscribers s ON s.template_id = t.id WHERE s.id = ?1",
        [subscriber],
        template_from_row,
    )
    .optional()
    .map_err(db_error)
}

/// Who already uses an email in the organisation: a Webex user or another subscriber.
pub fn email_user(conn: &Connection, org: i64, email: &str, except_subscriber: i64) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    let user: Option<String> = conn
        .query_row("SELECT display_name FROM users WHERE org_id = ?1 AND email = ?2", params![org, email], |r| r.get(0))
        .optional()
        .map_err(db_error)?;
    if let Some(name) = user {
        return Ok(Some(format!("the Webex user {name}")));
    }
    conn.query_row(
        "SELECT broadworks_user_id FROM bw_subscribers WHERE org_id = ?1 AND email = ?2 AND id <> ?3",
        params![org, email, except_subscriber],
        |r| r.get::<_, String>(0),
    )
    .optional()
    .map(|o| o.map(|id| format!("the BroadWorks subscriber {id}")))
    .map_err(db_error)
}

pub struct StatusChange<'a> {
    pub status: BwStatus,
    pub email: Option<&'a str>,
    pub error: Option<(&'a str, &'a str)>,
    pub self_activated: Option<bool>,
    pub now: chrono::DateTime<chrono::Utc>,
}

pub fn set_status(conn: &Connection, subscriber: i64, c: &StatusChange) -> Result<()> {
    conn.execute(
        "UPDATE bw_subscribers SET status = ?2, email = coalesce(?3, email), error_code = ?4, error_description = ?5,
            self_activated = coalesce(?6, self_activated), last_status_change = ?7 WHERE id = ?1",
        params![
            subscriber,
            c.status.as_str(),
            c.email,
            c.error.map(|e| e.0),
            c.error.map(|e| e.1),
            c.self_activated,
            super::queries::ts(c.now)
        ],
    )
    .map_err(db_error)?;
    Ok(())
}

pub fn set_package(conn: &Connection, subscriber: i64, package: Package) -> Result<()> {
    conn.execute("UPDATE bw_subscribers SET package = ?2 WHERE id = ?1", params![subscriber, package.as_str()])
        .map_err(db_error)?;
    Ok(())
}

pub fn delete_subscriber(conn: &Connection, subscriber: i64) -> Result<()> {
    conn.execute("DELETE FROM bw_subscribers WHERE id = ?1", [subscriber]).map_err(db_error)?;
    Ok(())
}

pub fn allowed_email_domains(conn: &Connection, org: i64) -> Result<Vec<String>> {
    let raw: String = conn
        .query_row("SELECT allowed_email_domains FROM orgs WHERE id = ?1", [org], |r| r.get(0))
        .map_err(db_error)?;
    Ok(raw.split(',').map(|d| d.trim().to_ascii_lowercase()).filter(|d| !d.is_empty()).collect())
}

// ---------------------------------------------------------------- the webex backend's cache

/// The subscriber's id in Webex (`None` for a local row or one not synced yet).
pub fn subscriber_webex_id(conn: &Connection, subscriber: i64) -> Result<Option<String>> {
    use rusqlite::OptionalExtension;
    conn.query_row("SELECT webex_id FROM bw_subscribers WHERE id = ?1", [subscriber], |r| r.get::<_, Option<String>>(0))
        .optional()
        .map(Option::flatten)
        .map_err(db_error)
}

/// What Webex answered about a subscriber it accepted a change for, written over the cached row.
pub struct WebexSubscriberChange<'a> {
    /// A new id when Webex provisioned the subscriber again.
    pub webex_id: &'a str,
    pub status: BwStatus,
    pub package: Package,
    pub email: Option<&'a str>,
    pub error: Option<(&'a str, &'a str)>,
    pub now: chrono::DateTime<chrono::Utc>,
}

pub fn apply_webex_change(conn: &Connection, subscriber: i64, c: &WebexSubscriberChange) -> Result<()> {
    conn.execute(
        "UPDATE bw_subscribers SET webex_id = ?2, status = ?3, package = ?4, email = coalesce(?5, email),
            error_code = ?6, error_description = ?7, last_status_change = ?8, synced_at = ?8 WHERE id = ?1",
        params![
            subscriber,
            c.webex_id,
            c.status.as_str(),
            c.package.as_str(),
            c.email,
            c.error.map(|e| e.0),
            c.error.map(|e| e.1),
            super::queries::ts(c.now)
        ],
    )
    .map_err(db_error)?;
    Ok(())
}
