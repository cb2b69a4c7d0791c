//! The service on its own thread: the UI sends requests, the worker answers with replies, so
//! the UI never waits on the database. The worker also watches `PRAGMA data_version` and says
//! when another process changed the database.

use std::path::PathBuf;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::letter;
use crate::domain::{Error, Result};
use crate::service::{
    AddDevice, AddDeviceChoices, BwSubscriberRow, DeleteOutcome, DeviceRow, IssuedCode, NumberRow, OrgInfo, Service,
    UserDetail, UserRow,
};

/// The four panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Users,
    Devices,
    Numbers,
    Bw,
}

impl Pane {
    pub const ALL: [Pane; 4] = [Pane::Users, Pane::Devices, Pane::Numbers, Pane::Bw];

    pub fn index(self) -> usize {
        match self {
            Pane::Users => 0,
            Pane::Devices => 1,
            Pane::Numbers => 2,
            Pane::Bw => 3,
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Pane::Users => "Users",
            Pane::Devices => "Devices",
            Pane::Numbers => "Numbers",
            Pane::Bw => "BroadWorks Status",
        }
    }
}

/// One window of one pane: what to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadKey {
    pub pane: Pane,
    pub filter: String,
    /// Mobile only (Numbers) or exclude provisioned (BroadWorks).
    pub toggle: bool,
    pub offset: usize,
    pub limit: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub enum PageRows {
    Users(Vec<UserRow>),
    Devices(Vec<DeviceRow>),
    Numbers(Vec<NumberRow>),
    Bw(Vec<BwSubscriberRow>),
}

impl PageRows {
    pub fn empty(pane: Pane) -> Self {
        match pane {
            Pane::Users => PageRows::Users(Vec::new()),
            Pane::Devices => PageRows::Devices(Vec::new()),
            Pane::Numbers => PageRows::Numbers(Vec::new()),
            Pane::Bw => PageRows::Bw(Vec::new()),
        }
    }

    pub fn len(&self) -> usize {
        match self {
            PageRows::Users(r) => r.len(),
            PageRows::Devices(r) => r.len(),
            PageRows::Numbers(r) => r.len(),
            PageRows::Bw(r) => r.len(),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A change the admin asked for.
#[derive(Debug, Clone)]
pub enum Mutation {
    AddDevice(AddDevice),
    NewCode(String),
    LostStolen(String),
    Delete(String),
}

#[derive(Debug, Clone)]
pub enum Request {
    Load(LoadKey),
    UserDetail(String),
    AddChoices(String),
    SearchUsers {
        text: String,
        seq: u64,
    },
    /// `confirmed` is false only when the database is read-only and the service is asked
    /// straight away so that it can refuse; the worker never runs an unconfirmed change.
    Act {
        mutation: Mutation,
        confirmed: bool,
    },
    EmailCode(Box<IssuedCode>),
    Print {
        issued: Box<IssuedCode>,
        org: String,
        dir: PathBuf,
    },
}

#[derive(Debug)]
pub enum Outcome {
    Issued(Box<IssuedCode>),
    Deleted(DeleteOutcome),
}

#[derive(Debug)]
pub enum Reply {
    Page {
        key: LoadKey,
        result: Result<(usize, PageRows)>,
    },
    UserDetail {
        email: String,
        result: Result<Box<UserDetail>>,
    },
    AddChoices(Result<Box<AddDeviceChoices>>),
    Users {
        seq: u64,
        result: Result<Vec<UserRow>>,
    },
    Done(Result<Outcome>),
    Emailed(Result<Box<IssuedCode>>),
    Printed(Result<PathBuf>),
    /// Another process changed the database: reload what is shown.
    Changed(Option<OrgInfo>),
}

/// Runs one request against the service (on the worker thread, or directly in tests).
pub fn execute(svc: &mut Service, req: Request) -> Reply {
    match req {
        Request::Load(key) => {
            let result = load(svc, &key);
            Reply::Page { key, result }
        }
        Request::UserDetail(email) => {
            let result = svc.user_detail(&email).map(Box::new);
            Reply::UserDetail { email, result }
        }
        Request::AddChoices(email) => Reply::AddChoices(svc.add_device_choices(&email).map(Box::new)),
        Request::SearchUsers { text, seq } => Reply::Users { seq, result: svc.users(&text, 0, 50) },
        Request::Act { mutation, confirmed } => {
            if !confirmed && !svc.is_read_only() {
                return Reply::Done(Err(Error::Invalid(
                    "the change was not confirmed, so nothing was done; try again".into(),
                )));
            }
            Reply::Done(match mutation {
                Mutation::AddDevice(req) => svc.add_device(&req).map(|c| Outcome::Issued(Box::new(c))),
                Mutation::NewCode(d) => svc.new_code(&d, true).map(|c| Outcome::Issued(Box::new(c))),
                Mutation::LostStolen(d) => svc.lost_stolen(&d, true).map(|c| Outcome::Issued(Box::new(c))),
                Mutation::Delete(d) => svc.delete_device(&d).map(Outcome::Deleted),
            })
        }
        Request::EmailCode(mut issued) => Reply::Emailed(svc.email_code(&mut issued).map(|()| issued)),
        Request::Print { issued, org, dir } => Reply::Printed(letter::write(&issued, &org, &dir)),
    }
}

fn load(svc: &Service, key: &LoadKey) -> Result<(usize, PageRows)> {
    let f = key.filter.as_str();
    Ok(match key.pane {
        Pane::Users => (svc.users_count(f)?, PageRows::Users(svc.users(f, key.offset, key.limit)?)),
        Pane::Devices => (svc.devices_count(None, f)?, PageRows::Devices(svc.devices(None, f, key.offset, key.limit)?)),
        Pane::Numbers => {
            (svc.numbers_count(key.toggle, f)?, PageRows::Numbers(svc.numbers(key.toggle, f, key.offset, key.limit)?))
        }
        Pane::Bw => (
            svc.bw_subscribers_count(key.toggle, f)?,
            PageRows::Bw(svc.bw_subscribers(key.toggle, f, key.offset, key.limit)?),
        ),
    })
}

/// Keeps the latest of the requests that supersede each other (a window of a pane, a search):
/// while the admin holds `j`, only the last window is read.
pub fn coalesce(batch: Vec<Request>) -> Vec<Request> {
    let mut out: Vec<Request> = Vec::with_capacity(batch.len());
    for req in batch {
        match &req {
            Request::Load(k) => out.retain(|r| !matches!(r, Request::Load(o) if o.pane == k.pane)),
            Request::SearchUsers { .. } => out.retain(|r| !matches!(r, Request::SearchUsers { .. })),
            _ => {}
        }
        out.push(req);
    }
    out
}

pub const POLL: Duration = Duration::from_millis(500);

/// The worker thread's handle; dropping it ends the thread.
pub struct Worker {
    tx: Option<mpsc::Sender<Request>>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Worker {
    pub fn spawn(mut svc: Service, replies: tokio::sync::mpsc::UnboundedSender<Reply>) -> Self {
        let (tx, rx) = mpsc::channel::<Request>();
        let handle = std::thread::Builder::new().name("wxgo-service".into()).spawn(move || {
            let mut version = svc.data_version().ok();
            let mut last_poll = Instant::now();
            loop {
                match rx.recv_timeout(POLL) {
                    Ok(first) => {
                        let mut batch = vec![first];
                        while let Ok(more) = rx.try_recv() {
                            batch.push(more);
                        }
                        for req in coalesce(batch) {
                            if replies.send(execute(&mut svc, req)).is_err() {
                                return;
                            }
                        }
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {}
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
                if last_poll.elapsed() >= POLL {
                    last_poll = Instant::now();
                    let now = svc.data_version().ok();
                    if now.is_some() && now != version {
                        version = now;
                        let org = svc.refresh_org().ok().map(|()| svc.org().clone());
                        if replies.send(Reply::Changed(org)).is_err() {
                            return;
                        }
                    }
                }
            }
        });
        match handle {
            Ok(h) => Worker { tx: Some(tx), handle: Some(h) },
            Err(_) => Worker { tx: None, handle: None },
        }
    }

    pub fn is_running(&self) -> bool {
        self.tx.is_some()
    }

    pub fn send(&self, req: Request) -> bool {
        self.tx.as_ref().is_some_and(|tx| tx.send(req).is_ok())
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
