//! BroadWorks templates and subscribers.

use rusqlite::{params, Connection, Row};

use super::db_error;
use super::model::*;
use super::queries::parse_ts;
use crate::domain::bw::{BwStatus, Package};
use crate::domain::Result;

const SUB_SELECT: &str = "SELECT s.id, s.broadworks_user_id, s.provisioning_id, s.sp_enterprise_id, s.first_name,
    s.last_name, s.email, s.primary_number, s.extension, s.package, s.status, s.error_code, s.error_description,
    s.self_activated, s.last_status_change, t.name
  FROM bw_subscribers s LEFT JOIN bw_templates t ON t.id = s.template_id";

const SUB_FILTER: &str = "s.org_id = ?1 AND (?2 = 0 OR s.status <> 'provisioned')
    AND (?3 = '' OR s.broadworks_user_id LIKE ?4 ESCAPE '\\' OR s.email LIKE ?4 ESCAPE '\\'
         OR s.first_name || ' ' || s.last_name LIKE ?4 ESCAPE '\\')";

fn like(filter: &str) -> String {
    let escaped = filter
        .replace('\\', "\\\\")
        .replace('%', "\\%")
        .replace('_', "\\_");
    format!("%{escaped}%")
}

fn sub_from_row(r: &Row) -> rusqlite::Result<BwSubscriberRow> {
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
        .query_map(
            params![
                org,
                exclude_provisioned,
                filter,
                like(filter),
                limit as i64,
                offset as i64
            ],
            sub_from_row,
        )
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}

pub fn subscribers_count(
    conn: &Connection,
    org: i64,
    exclude_provisioned: bool,
    filter: &str,
) -> Result<usize> {
    let sql = format!("SELECT count(*) FROM bw_subscribers s WHERE {SUB_FILTER}");
    conn.prepare_cached(&sql)
        .and_then(|mut st| {
            st.query_row(
                params![org, exclude_provisioned, filter, like(filter)],
                |r| r.get::<_, i64>(0),
            )
        })
        .map(|n| n as usize)
        .map_err(db_error)
}

pub fn templates(conn: &Connection, org: i64) -> Result<Vec<BwTemplateRow>> {
    let mut st = conn
        .prepare_cached(
            "SELECT id, name, untrusted_emails, share_link, default_package FROM bw_templates WHERE org_id = ?1 ORDER BY name",
        )
        .map_err(db_error)?;
    let rows = st
        .query_map([org], |r| {
            let untrusted: bool = r.get(2)?;
            let share: String = r.get(3)?;
            Ok(BwTemplateRow {
                id: r.get(0)?,
                name: r.get(1)?,
                flow_through_ready: untrusted && share == "activation_link",
                untrusted_emails: untrusted,
                share_link: share,
                default_package: r.get(4)?,
            })
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<Vec<_>>>().map_err(db_error)
}
