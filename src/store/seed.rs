//! Bulk inserts for building an organisation (the demo, benchmarks, imports of whole orgs).
//! Callers hold one transaction around a whole build.

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};

use super::db_error;
use super::queries::ts;
use crate::domain::Result;

pub struct Seeder<'c> {
    conn: &'c Connection,
    now: String,
}

impl<'c> Seeder<'c> {
    pub fn new(conn: &'c Connection, now: DateTime<Utc>) -> Self {
        Seeder { conn, now: ts(now) }
    }

    fn exec(&self, sql: &str, p: impl rusqlite::Params) -> Result<i64> {
        self.conn.prepare_cached(sql).and_then(|mut st| st.execute(p)).map_err(db_error)?;
        Ok(self.conn.last_insert_rowid())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn org(
        &self,
        name: &str,
        country: &str,
        smdp: &str,
        suppress: bool,
        lifetime_days: i64,
        go_countries: &str,
        domains: &str,
    ) -> Result<i64> {
        self.exec(
            "INSERT INTO orgs (name, country, suppress_emails, smdp_address, code_lifetime_days, go_countries, allowed_email_domains, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
            params![name, country, suppress, smdp, lifetime_days, go_countries, domains, self.now],
        )
    }

    pub fn location(&self, org: i64, name: &str, country: &str, pstn: bool) -> Result<i64> {
        self.exec(
            "INSERT INTO locations (org_id, name, country, pstn_connected) VALUES (?1, ?2, ?3, ?4)",
            params![org, name, country, pstn],
        )
    }

    pub fn subscription(&self, org: i64, id: &str, name: &str, go_licences: i64) -> Result<()> {
        self.exec(
            "INSERT INTO subscriptions (id, org_id, name, go_licences) VALUES (?1, ?2, ?3, ?4)",
            params![id, org, name, go_licences],
        )?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn user(
        &self,
        org: i64,
        email: &str,
        name: &str,
        location: Option<i64>,
        work_phone: Option<&str>,
        extension: Option<&str>,
        department: Option<&str>,
        calling_status: &str,
        calling_reason: Option<&str>,
    ) -> Result<i64> {
        self.exec(
            "INSERT INTO users (org_id, email, display_name, location_id, work_phone, extension, department,
                calling_status, calling_reason, voicemail, created_at, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?11)",
            params![
                org,
                email,
                name,
                location,
                work_phone,
                extension,
                department,
                calling_status,
                calling_reason,
                calling_status == "provisioned",
                self.now
            ],
        )
    }

    pub fn licence(&self, user: i64, licence: &str) -> Result<()> {
        self.exec("INSERT INTO user_licences (user_id, licence) VALUES (?1, ?2)", params![user, licence])?;
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub fn number(
        &self,
        org: i64,
        location: i64,
        e164: &str,
        kind: &str,
        owner_user: Option<i64>,
        owner_service: Option<&str>,
        primary: bool,
        operator_account: Option<i64>,
    ) -> Result<i64> {
        let state = if owner_user.is_some() || owner_service.is_some() { "ACTIVE" } else { "INACTIVE" };
        self.exec(
            "INSERT INTO numbers (org_id, location_id, e164, kind, state, owner_user_id, owner_service, is_primary,
                operator_account_id, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
            params![org, location, e164, kind, state, owner_user, owner_service, primary, operator_account, self.now],
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn operator_account(
        &self,
        org: i64,
        location: i64,
        operator: &str,
        account: &str,
        status: &str,
        reason: Option<&str>,
        requested: DateTime<Utc>,
    ) -> Result<i64> {
        self.exec(
            "INSERT INTO operator_accounts (org_id, location_id, operator, account_id, status, status_reason, requested_at, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![org, location, operator, account, status, reason, ts(requested)],
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn device(
        &self,
        org: i64,
        user: i64,
        subscription: &str,
        kind: &str,
        status: &str,
        number: Option<i64>,
        at: DateTime<Utc>,
    ) -> Result<i64> {
        self.exec(
            "INSERT INTO devices (org_id, user_id, subscription_id, kind, status, number_id, created_at, changed_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            params![org, user, subscription, kind, status, number, ts(at)],
        )
    }

    pub fn code(
        &self,
        device: i64,
        hash: &str,
        state: &str,
        issued: DateTime<Utc>,
        expires: DateTime<Utc>,
    ) -> Result<()> {
        let ended = if state == "valid" { None } else { Some(ts(issued)) };
        self.exec(
            "INSERT INTO activation_codes (device_id, code_hash, state, issued_at, expires_at, ended_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![device, hash, state, ts(issued), ts(expires), ended],
        )?;
        Ok(())
    }

    pub fn bw_template(&self, org: i64, name: &str, untrusted: bool, share_link: &str, package: &str) -> Result<i64> {
        self.exec(
            "INSERT INTO bw_templates (org_id, name, untrusted_emails, share_link, default_package) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![org, name, untrusted, share_link, package],
        )
    }

    #[allow(clippy::too_many_arguments)]
    pub fn bw_subscriber(
        &self,
        org: i64,
        template: i64,
        bw_id: &str,
        first: &str,
        last: &str,
        email: Option<&str>,
        number: Option<&str>,
        extension: Option<&str>,
        package: &str,
        status: &str,
        error: Option<(&str, &str)>,
        self_activated: bool,
        changed: DateTime<Utc>,
    ) -> Result<i64> {
        self.exec(
            "INSERT INTO bw_subscribers (org_id, template_id, broadworks_user_id, provisioning_id, sp_enterprise_id,
                first_name, last_name, email, primary_number, extension, package, status, error_code, error_description,
                self_activated, last_status_change, created_at)
             VALUES (?1, ?2, ?3, 'prov-acme-01', 'ACME-ENT', ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15)",
            params![
                org,
                template,
                bw_id,
                first,
                last,
                email,
                number,
                extension,
                package,
                status,
                error.map(|e| e.0),
                error.map(|e| e.1),
                self_activated,
                ts(changed),
                self.now
            ],
        )
    }

    pub fn licence_template(
        &self,
        org: i64,
        name: &str,
        scope: &str,
        group: Option<&str>,
        grants_calling: bool,
        licences: &str,
    ) -> Result<i64> {
        self.exec(
            "INSERT INTO licence_templates (org_id, name, scope, group_name, grants_calling, licences) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
            params![org, name, scope, group, grants_calling, licences],
        )
    }

    pub fn audit(&self, org: i64, actor: &str, action: &str, object: &str, details: &str) -> Result<()> {
        self.exec(
            "INSERT INTO audit (at, org_id, actor, action, object, outcome, details) VALUES (?1, ?2, ?3, ?4, ?5, 'ok', ?6)",
            params![self.now, org, actor, action, object, details],
        )?;
        Ok(())
    }
}
