//! The journal of API runs (schema 4): one row per run, one per row of its input.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};

use super::db_error;
use super::queries::ts;
use crate::domain::Result;

/// Where one row of a run got to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepState {
    /// Marked before the request left; no answer was recorded (the run was killed meanwhile).
    Sending,
    Done,
    Failed,
}

impl StepState {
    fn as_str(self) -> &'static str {
        match self {
            StepState::Sending => "sending",
            StepState::Done => "done",
            StepState::Failed => "failed",
        }
    }

    fn parse(s: &str) -> StepState {
        match s {
            "done" => StepState::Done,
            "failed" => StepState::Failed,
            _ => StepState::Sending,
        }
    }
}

/// A step as recorded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub state: StepState,
    pub tracking_id: Option<String>,
    pub detail: String,
}

/// The unfinished run of this kind with this input, if there is one.
pub fn open_run(conn: &Connection, org: i64, kind: &str, input_hash: &str) -> Result<Option<(i64, String)>> {
    conn.query_row(
        "SELECT id, started_at FROM api_runs WHERE org_id = ?1 AND kind = ?2 AND input_hash = ?3 \
         AND finished_at IS NULL ORDER BY id DESC LIMIT 1",
        params![org, kind, input_hash],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .optional()
    .map_err(db_error)
}

pub fn start_run(
    conn: &Connection,
    org: i64,
    kind: &str,
    input_hash: &str,
    label: &str,
    rows: usize,
    now: DateTime<Utc>,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO api_runs (org_id, kind, input_hash, label, rows, started_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![org, kind, input_hash, label, rows as i64, ts(now)],
    )
    .map_err(db_error)?;
    Ok(conn.last_insert_rowid())
}

pub fn steps(conn: &Connection, run: i64) -> Result<HashMap<String, Step>> {
    let mut st = conn
        .prepare_cached("SELECT key, state, tracking_id, detail FROM api_run_steps WHERE run_id = ?1")
        .map_err(db_error)?;
    let rows = st
        .query_map([run], |r| {
            let state: String = r.get(1)?;
            Ok((
                r.get::<_, String>(0)?,
                Step { state: StepState::parse(&state), tracking_id: r.get(2)?, detail: r.get(3)? },
            ))
        })
        .map_err(db_error)?;
    rows.collect::<rusqlite::Result<HashMap<_, _>>>().map_err(db_error)
}

pub fn mark(
    conn: &Connection,
    run: i64,
    key: &str,
    state: StepState,
    tracking_id: Option<&str>,
    detail: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO api_run_steps (run_id, key, state, tracking_id, detail, at) VALUES (?1, ?2, ?3, ?4, ?5, ?6) \
         ON CONFLICT (run_id, key) DO UPDATE SET state = excluded.state, tracking_id = excluded.tracking_id, \
         detail = excluded.detail, at = excluded.at",
    )
    .and_then(|mut st| st.execute(params![run, key, state.as_str(), tracking_id, detail, ts(now)]))
    .map_err(db_error)?;
    Ok(())
}

pub fn finish_run(conn: &Connection, run: i64, now: DateTime<Utc>) -> Result<()> {
    conn.execute("UPDATE api_runs SET finished_at = ?2 WHERE id = ?1", params![run, ts(now)]).map_err(db_error)?;
    Ok(())
}
