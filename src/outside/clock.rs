//! Time enters through a `Clock`, so tests and `WXGO_NOW` can fix it.

use std::sync::Mutex;

use chrono::{DateTime, Duration, Utc};

use crate::domain::{Error, Result};

pub trait Clock: Send + Sync {
    fn now(&self) -> DateTime<Utc>;
}

#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until told to move.
#[derive(Debug)]
pub struct FixedClock(Mutex<DateTime<Utc>>);

impl FixedClock {
    pub fn new(at: DateTime<Utc>) -> Self {
        FixedClock(Mutex::new(at))
    }

    pub fn parse(rfc3339: &str) -> Result<Self> {
        DateTime::parse_from_rfc3339(rfc3339.trim())
            .map(|t| FixedClock::new(t.with_timezone(&Utc)))
            .map_err(|e| Error::invalid(crate::said!("clock-not-rfc3339", value = rfc3339, error = e.to_string())))
    }

    pub fn advance(&self, by: Duration) {
        let mut t = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *t += by;
    }

    pub fn set(&self, at: DateTime<Utc>) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }
}

impl Clock for FixedClock {
    fn now(&self) -> DateTime<Utc> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// The process clock: `WXGO_NOW` fixes it, otherwise the system's.
pub fn from_env() -> Result<std::sync::Arc<dyn Clock>> {
    match std::env::var("WXGO_NOW") {
        Ok(v) if !v.trim().is_empty() => Ok(std::sync::Arc::new(FixedClock::parse(&v)?)),
        _ => Ok(std::sync::Arc::new(SystemClock)),
    }
}
