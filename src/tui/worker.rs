//! The service on its own thread: the UI sends requests, the worker answers with replies, so
//! the UI never waits on the database. The worker also watches `PRAGMA data_version` and says
//! when another process changed the database.

use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

use crate::domain::bw::BwStatus;
use crate::domain::mobile::CheckedNumber;
use crate::domain::search::DeviceSort;
use crate::domain::{DeviceStatus, Error, Result};
use crate::service::{
    AddDevice, AddDeviceChoices, AssignOutcome, BulkOptions, BulkReport, BwSubscriberRow, BwTemplateRow, CallRow,
    CoveredUser, DeleteOutcome, DeviceRow, EmailChoice, IssuedCode, LetterOutcome, LicenceTemplateRow, LocationRow,
    ManualAssignment, MobileAddReport, NotProvisionedRow, NumberRow, OperatorAccountRow, OrgInfo, ReapplyPreview,
    ReapplyReport, Service, SubscriptionRow, SyncReport, TemplateSpec, UserDetail, UserOutcome, UserRow,
    WorkNumberOutcome,
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
    /// The Devices pane's status filter and order.
    pub devices: DeviceView,
    pub offset: usize,
    pub limit: usize,
}

/// Which devices the Devices pane shows, in which order.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DeviceView {
    pub status: Option<DeviceStatus>,
    pub sort: DeviceSort,
}

#[derive(Debug, Clone)]
pub enum PageRows {
    Users(Vec<UserRow>),
    Devices(Vec<DeviceRow>),
    Numbers(Vec<NumberRow>),
    Bw(Vec<BwSubscriberRow>),
    /// The Users pane's "not provisioned" view: each user with the reason and the fix (AL04).
    NotProvisioned(Vec<NotProvisionedRow>),
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
            PageRows::NotProvisioned(r) => r.len(),
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
    /// MO01: the id typed twice; sent only after the admin confirmed it cannot change.
    AddOperatorAccount {
        location: String,
        operator: String,
        account_id: String,
        confirm_account_id: String,
    },
    AddMobileNumbers {
        account_id: String,
        entry: String,
    },
    AssignMobilePrimary {
        email: String,
        number: String,
        subscription: Option<String>,
    },
    BwRetry {
        broadworks_id: String,
        email: String,
    },
    BwDelete(String),
    BwPackage {
        broadworks_id: String,
        package: String,
    },
    /// AL04: a corrected work number, after which the template can be applied again.
    SetWorkNumber {
        email: String,
        number: String,
    },
    /// AL01, AL03: one user of a manual assignment, with the location and number the admin gave.
    AssignTemplate {
        template: String,
        assignment: ManualAssignment,
    },
    /// AL03: a licence template to create or change.
    SaveTemplate(TemplateSpec),
}

impl Mutation {
    /// The action's name as the service writes it in the audit trail and in refusals.
    fn service_action(&self) -> &'static str {
        match self {
            Mutation::AddDevice(_) => "add Webex Go device",
            Mutation::NewCode(_) => "new activation code",
            Mutation::LostStolen(_) => "lost/stolen",
            Mutation::Delete(_) => "delete device",
            Mutation::AddOperatorAccount { .. } => "add operator account",
            Mutation::AddMobileNumbers { .. } => "add mobile numbers",
            Mutation::AssignMobilePrimary { .. } => "assign mobile primary number",
            Mutation::BwRetry { .. } => "BroadWorks retry activation",
            Mutation::BwDelete(_) => "BroadWorks delete user",
            Mutation::BwPackage { .. } => "BroadWorks change package",
            Mutation::SetWorkNumber { .. } => "set work number",
            Mutation::AssignTemplate { .. } => "assign licence template",
            Mutation::SaveTemplate(_) => "save licence template",
        }
    }

    /// Whether the service can be asked as it is: a read-only console sends the actions that
    /// need typed input before the admin typed anything, and those are answered read-only
    /// without calling the service with made-up input.
    fn complete(&self) -> bool {
        match self {
            Mutation::AddOperatorAccount { account_id, .. } => !account_id.trim().is_empty(),
            Mutation::AssignMobilePrimary { number, .. } => !number.trim().is_empty(),
            Mutation::BwRetry { email, .. } => !email.trim().is_empty(),
            Mutation::AddMobileNumbers { entry, .. } => !entry.trim().is_empty(),
            Mutation::SetWorkNumber { number, .. } => !number.trim().is_empty(),
            Mutation::AssignTemplate { template, .. } => !template.trim().is_empty(),
            Mutation::SaveTemplate(spec) => !spec.name.trim().is_empty(),
            _ => true,
        }
    }
}

/// What the assign-mobile-primary flow needs to ask (MO05, WG02).
#[derive(Debug, Clone)]
pub struct AssignChoices {
    pub user: UserRow,
    /// Unassigned mobile numbers of the user's location only.
    pub numbers: Vec<NumberRow>,
    pub subscriptions: Vec<SubscriptionRow>,
}

/// The BroadWorks pane's header: how many subscribers per group, and the templates (BW01).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct BwSummary {
    pub errors: usize,
    pub pending: usize,
    pub provisioned: usize,
    pub templates: Vec<BwTemplateRow>,
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
    /// The operator accounts (MO02) for the Numbers pane.
    Accounts,
    Locations,
    /// MO03 as the admin types: validates the entry, changing nothing.
    CheckNumbers {
        account_id: String,
        entry: String,
        seq: u64,
    },
    AssignChoices(String),
    BwSummary,
    BwErrorText(String),
    /// BW05: writes the CSV into `dir`.
    Export {
        exclude_provisioned: bool,
        dir: PathBuf,
    },
    /// A long run (sync, re-apply, import): progress replies flow while it works, and setting
    /// `cancel` makes the service roll it back whole at its next progress report.
    Long {
        op: LongOp,
        cancel: Arc<AtomicBool>,
    },
    LicenceTemplates,
    ReapplyPreview(String),
    /// AL03: the users the template covers without Webex Calling, asked about one by one.
    TemplateUsers(String),
    /// AL04: `user.csv` into `dir`.
    ExportUsers {
        dir: PathBuf,
    },
    /// WG15: a user's recent calls, or only their Webex Go calls.
    Calls {
        email: String,
        webex_go: bool,
    },
    /// The one-page PDF letter (and the plain-text one) into `dir`, printed when configured.
    Letter {
        issued: Box<IssuedCode>,
        dir: PathBuf,
    },
    /// A real organisation: sync it from Webex (`org`: another one the sign-in manages, by Webex
    /// id). The console's worker runs it on a thread of its own, through a second connection, so
    /// the panes keep answering from the cache; `cancel` stops it and the cache keeps its last
    /// complete state.
    WebexSync {
        org: Option<String>,
        full: bool,
        cancel: Arc<AtomicBool>,
    },
    /// The organisations the sign-in manages, for the picker.
    Orgs,
    /// Opens another organisation of the cache (by Webex id), or the same one after a sync.
    SwitchOrg(String),
}

/// The long runs, each with a progress callback that can cancel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LongOp {
    /// AL02, AL05: a directory export file.
    Sync { path: PathBuf },
    /// AL06: `confirmed_losses` is the count the admin typed the confirmation for.
    Reapply { template: String, preserve: bool, confirmed_losses: Option<usize> },
    /// WG13.
    Import { path: PathBuf, dry_run: bool, email: bool, codes_file: Option<PathBuf> },
}

impl LongOp {
    pub fn label(&self) -> String {
        match self {
            LongOp::Sync { path } => format!("Directory sync from {}", path.display()),
            LongOp::Reapply { template, .. } => format!("Re-applying \"{template}\""),
            LongOp::Import { path, dry_run: true, .. } => format!("Checking {}", path.display()),
            LongOp::Import { path, .. } => format!("Importing {}", path.display()),
        }
    }
}

#[derive(Debug)]
pub enum LongOutcome {
    Synced(Box<SyncReport>),
    Reapplied(Box<ReapplyReport>),
    Imported(Box<BulkReport>, LongOp),
}

#[derive(Debug)]
pub enum Outcome {
    Issued(Box<IssuedCode>),
    Deleted(DeleteOutcome),
    Account(Box<OperatorAccountRow>),
    MobileAdded(Box<MobileAddReport>),
    /// The assignment and the device as it is now (MO05).
    Assigned(Box<AssignOutcome>, Option<Box<DeviceRow>>),
    Bw {
        row: Box<BwSubscriberRow>,
        what: &'static str,
    },
    BwDeleted(Box<BwSubscriberRow>),
    WorkNumber(Box<WorkNumberOutcome>),
    TemplateAssigned(Box<UserOutcome>),
    /// The template as saved, and whether it is new.
    TemplateSaved(Box<LicenceTemplateRow>, bool),
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
    /// Another process changed the database: reload what is shown.
    Changed(Option<OrgInfo>),
    Accounts(Result<Vec<OperatorAccountRow>>),
    Locations(Result<Vec<LocationRow>>),
    Checked {
        seq: u64,
        result: Result<Vec<CheckedNumber>>,
    },
    AssignChoices {
        email: String,
        result: Result<Box<AssignChoices>>,
    },
    BwSummary(Result<BwSummary>),
    BwErrorText(Result<String>),
    Exported(Result<(PathBuf, usize)>),
    Progress {
        done: usize,
        total: usize,
        phase: &'static str,
    },
    LongDone(Result<LongOutcome>),
    LicenceTemplates(Result<Vec<LicenceTemplateRow>>),
    ReapplyPreview(Result<Box<ReapplyPreview>>),
    TemplateUsers {
        template: String,
        result: Result<Vec<CoveredUser>>,
    },
    UsersExported(Result<(PathBuf, usize)>),
    Calls {
        email: String,
        webex_go: bool,
        result: Result<Vec<CallRow>>,
    },
    Letter(Result<Box<(LetterOutcome, PathBuf)>>),
    /// A running sync's progress line (`people 1,000 ✓ · devices 500 ...`).
    SyncProgress(String),
    SyncDone(Result<Box<crate::service::sync::SyncReport>>),
    Orgs(Result<Vec<crate::service::sync::OrgChoice>>),
    /// The organisation now open and the header's words for it.
    Switched(Result<(OrgInfo, Option<String>)>),
}

/// Runs one request against the service (on the worker thread, or directly in tests).
pub fn execute(svc: &mut Service, req: Request) -> Reply {
    execute_with(svc, req, &mut |_| {})
}

/// Runs one request; a long run sends its progress to `progress` as it goes.
/// The thread's name: the console's panic hook leaves the terminal alone for a panic here.
pub const SERVICE_THREAD: &str = "wxgo-service";

/// What a panic in the service thread becomes: an error the admin can read and act on.
fn internal_error(payload: &(dyn std::any::Any + Send)) -> Error {
    let what = payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unknown fault".into());
    Error::Io(format!(
        "the action failed inside wxgo ({}); what it was doing was rolled back. Check the result (and the audit \
         trail) before trying again, and please report this.",
        crate::domain::text::shorten(&what, 200)
    ))
}

pub fn execute_with(svc: &mut Service, req: Request, progress: &mut dyn FnMut(Reply)) -> Reply {
    match req {
        Request::Long { op, cancel } => Reply::LongDone(long(svc, op, &cancel, progress)),
        Request::LicenceTemplates => Reply::LicenceTemplates(svc.licences().templates()),
        Request::ReapplyPreview(t) => Reply::ReapplyPreview(svc.licences().reapply_preview(&t).map(Box::new)),
        Request::TemplateUsers(template) => {
            let result = svc.licences().users_without_calling(&template);
            Reply::TemplateUsers { template, result }
        }
        Request::ExportUsers { dir } => Reply::UsersExported(svc.licences().export_file(&dir)),
        Request::Calls { email, webex_go } => {
            let result = svc.calls().list(Some(&email), webex_go, CALLS_SHOWN);
            Reply::Calls { email, webex_go, result }
        }
        Request::Letter { issued, dir } => Reply::Letter(svc.devices().write_letters(&issued, &dir).map(Box::new)),
        Request::Load(key) => {
            let result = load(svc, &key);
            Reply::Page { key, result }
        }
        Request::UserDetail(email) => {
            let result = svc.people().detail(&email).map(Box::new);
            Reply::UserDetail { email, result }
        }
        Request::AddChoices(email) => Reply::AddChoices(svc.devices().choices(&email).map(Box::new)),
        Request::SearchUsers { text, seq } => Reply::Users { seq, result: svc.people().list(&text, 0, 50) },
        Request::Act { mutation, confirmed } => {
            if !confirmed && !svc.is_read_only() {
                return Reply::Done(Err(Error::Invalid(
                    "the change was not confirmed, so nothing was done; try again".into(),
                )));
            }
            if !confirmed && !mutation.complete() {
                return Reply::Done(Err(Error::ReadOnly(mutation.service_action().into())));
            }
            Reply::Done(act(svc, mutation, confirmed))
        }
        Request::Accounts => Reply::Accounts(svc.operator_accounts().list()),
        Request::Locations => Reply::Locations(svc.locations()),
        Request::CheckNumbers { account_id, entry, seq } => {
            Reply::Checked { seq, result: svc.numbers().check(&account_id, &entry) }
        }
        Request::AssignChoices(email) => {
            let result = assign_choices(svc, &email).map(Box::new);
            Reply::AssignChoices { email, result }
        }
        Request::BwSummary => Reply::BwSummary(bw_summary(svc)),
        Request::BwErrorText(id) => Reply::BwErrorText(svc.broadworks().error_text(&id)),
        Request::Export { exclude_provisioned, dir } => {
            Reply::Exported(svc.broadworks().export_file(exclude_provisioned, &dir))
        }
        Request::EmailCode(mut issued) => Reply::Emailed(svc.devices().email_code(&mut issued).map(|()| issued)),
        // Inline (tests and the harness); the console's worker runs it on a thread instead.
        Request::WebexSync { org, full, cancel } => {
            let mut report = |p: &crate::service::sync::SyncProgress| progress(Reply::SyncProgress(p.line()));
            Reply::SyncDone(svc.sync_org(org.as_deref(), full, &mut report, &cancel).map(Box::new))
        }
        Request::Orgs => Reply::Orgs(svc.webex_orgs()),
        Request::SwitchOrg(id) => {
            Reply::Switched(svc.synced(&id).map(|()| (svc.org().clone(), crate::tui::backend_label(svc))))
        }
    }
}

/// Starts a sync of a real organisation on its own thread, through a second connection to the
/// cache, so the service thread keeps answering the panes. Its progress and its end arrive as
/// replies; `running` is set while it runs (one sync at a time).
fn sync_in_background(
    svc: &Service,
    org: Option<String>,
    full: bool,
    cancel: Arc<AtomicBool>,
    running: &Arc<AtomicBool>,
    replies: &tokio::sync::mpsc::UnboundedSender<Reply>,
) {
    if running.swap(true, Ordering::SeqCst) {
        let _ = replies.send(Reply::SyncDone(Err(Error::Invalid(
            "a sync is already running; wait for it, or press Esc to stop it".into(),
        ))));
        return;
    }
    let mut sibling = match svc.sibling() {
        Ok(s) => s,
        Err(e) => {
            running.store(false, Ordering::SeqCst);
            let _ = replies.send(Reply::SyncDone(Err(e)));
            return;
        }
    };
    let (on_fail, flag_on_fail) = (replies.clone(), running.clone());
    let (replies, running) = (replies.clone(), running.clone());
    let spawned = std::thread::Builder::new().name(SERVICE_THREAD.into()).spawn(move || {
        let out = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let mut report = |p: &crate::service::sync::SyncProgress| {
                let _ = replies.send(Reply::SyncProgress(p.line()));
            };
            sibling.sync_org(org.as_deref(), full, &mut report, &cancel).map(Box::new)
        }));
        running.store(false, Ordering::SeqCst);
        let _ = replies.send(Reply::SyncDone(out.unwrap_or_else(|p| Err(internal_error(p.as_ref())))));
    });
    if spawned.is_err() {
        flag_on_fail.store(false, Ordering::SeqCst);
        let _ = on_fail.send(Reply::SyncDone(Err(Error::Io("cannot start a thread for the sync".into()))));
    }
}

fn act(svc: &mut Service, mutation: Mutation, confirmed: bool) -> Result<Outcome> {
    match mutation {
        Mutation::AddDevice(req) => svc.devices().add(&req).map(|c| Outcome::Issued(Box::new(c))),
        Mutation::NewCode(d) => svc.devices().new_code(&d, true).map(|c| Outcome::Issued(Box::new(c))),
        Mutation::LostStolen(d) => svc.devices().lost_stolen(&d, true).map(|c| Outcome::Issued(Box::new(c))),
        Mutation::Delete(d) => svc.devices().delete(&d).map(Outcome::Deleted),
        Mutation::AddOperatorAccount { location, operator, account_id, confirm_account_id } => svc
            .operator_accounts()
            .add(&location, &operator, &account_id, &confirm_account_id, confirmed)
            .map(|a| Outcome::Account(Box::new(a))),
        Mutation::AddMobileNumbers { account_id, entry } => {
            svc.numbers().add(&account_id, &entry).map(|r| Outcome::MobileAdded(Box::new(r)))
        }
        Mutation::AssignMobilePrimary { email, number, subscription } => {
            let out = svc.numbers().assign_primary(&email, &number, subscription.as_deref())?;
            let device = svc.devices().get(&out.device_id).ok().map(Box::new);
            Ok(Outcome::Assigned(Box::new(out), device))
        }
        Mutation::BwRetry { broadworks_id, email } => {
            svc.broadworks().retry(&broadworks_id, &email).map(|r| Outcome::Bw { row: Box::new(r), what: "retried" })
        }
        Mutation::BwDelete(id) => svc.broadworks().delete(&id).map(|r| Outcome::BwDeleted(Box::new(r))),
        Mutation::BwPackage { broadworks_id, package } => svc
            .broadworks()
            .package(&broadworks_id, &package)
            .map(|r| Outcome::Bw { row: Box::new(r), what: "package changed" }),
        Mutation::SetWorkNumber { email, number } => {
            svc.people().set_work_number(&email, &number).map(|o| Outcome::WorkNumber(Box::new(o)))
        }
        Mutation::AssignTemplate { template, assignment } => {
            svc.licences().assign_to_user(&template, &assignment).map(|o| Outcome::TemplateAssigned(Box::new(o)))
        }
        Mutation::SaveTemplate(spec) => {
            svc.licences().save_template(&spec).map(|(row, created)| Outcome::TemplateSaved(Box::new(row), created))
        }
    }
}

/// How many recent calls the user detail shows.
pub const CALLS_SHOWN: usize = 20;

/// Runs a long operation, sending progress (at most about 200 reports) and cancelling when
/// the admin asked: the service then rolls back everything it did.
fn long(svc: &mut Service, op: LongOp, cancel: &AtomicBool, sink: &mut dyn FnMut(Reply)) -> Result<LongOutcome> {
    let mut report = |done: usize, total: usize, phase: &'static str| {
        let step = (total / 200).max(1);
        if done == 0 || done >= total || done % step == 0 {
            sink(Reply::Progress { done, total, phase });
        }
        !cancel.load(Ordering::SeqCst)
    };
    match &op {
        LongOp::Sync { path } => {
            let mut dir = crate::outside::directory::CsvFile::new(path.clone());
            svc.licences()
                .directory_sync(&mut dir, &mut |d, t| report(d, t, "users"))
                .map(|r| LongOutcome::Synced(Box::new(r)))
        }
        LongOp::Reapply { template, preserve, confirmed_losses } => svc
            .licences()
            .reapply(template, *preserve, *confirmed_losses, &mut |d, t| report(d, t, "users"))
            .map(|r| LongOutcome::Reapplied(Box::new(r))),
        LongOp::Import { path, dry_run, email, codes_file } => {
            // No file yet (a read-only console goes straight to the service, which refuses).
            let data = if path.as_os_str().is_empty() {
                Vec::new()
            } else {
                std::fs::read(path).map_err(|e| {
                    Error::Io(format!("cannot read {}: {e}; check the path and try again", path.display()))
                })?
            };
            let opts = BulkOptions {
                source: path.display().to_string(),
                dry_run: *dry_run,
                email: if *email { EmailChoice::Email } else { EmailChoice::NoEmail },
                codes_file: codes_file.clone(),
            };
            // Everything is added in one transaction: cancelled before it is saved, nothing is
            // added; the emails after it go on (the console does not offer Esc then).
            let r = svc.devices().import(&data, &opts, &mut |p| report(p.done, p.total, p.phase.label()))?;
            Ok(LongOutcome::Imported(Box::new(r), op.clone()))
        }
    }
}

fn assign_choices(svc: &Service, email: &str) -> Result<AssignChoices> {
    let user = svc.people().get(email)?;
    let numbers = svc.numbers().assignable(email)?;
    let subscriptions = svc.subscriptions()?;
    Ok(AssignChoices { user, numbers, subscriptions })
}

/// Counts per group: the list is grouped errors first, then pending, then provisioned, so the
/// errors are counted from the top of the not-provisioned list without reading the rest.
fn bw_summary(svc: &Service) -> Result<BwSummary> {
    let all = svc.broadworks().count(false, "")?;
    let open = svc.broadworks().count(true, "")?;
    let mut errors = 0;
    let page = 200;
    while errors < open {
        let rows = svc.broadworks().list(true, "", errors, page)?;
        let n = rows.iter().take_while(|r| r.status == BwStatus::Error).count();
        errors += n;
        if n < page || rows.len() < page {
            break;
        }
    }
    Ok(BwSummary {
        errors,
        pending: open.saturating_sub(errors),
        provisioned: all.saturating_sub(open),
        templates: svc.broadworks().templates()?,
    })
}

fn load(svc: &Service, key: &LoadKey) -> Result<(usize, PageRows)> {
    let f = key.filter.as_str();
    Ok(match key.pane {
        Pane::Users if key.toggle => (
            svc.licences().not_provisioned_count(f)?,
            PageRows::NotProvisioned(svc.licences().not_provisioned(f, key.offset, key.limit)?),
        ),
        Pane::Users => (svc.people().count(f)?, PageRows::Users(svc.people().list(f, key.offset, key.limit)?)),
        Pane::Devices => {
            let DeviceView { status, sort } = key.devices;
            (
                svc.devices().count_sorted(status, sort, f)?,
                PageRows::Devices(svc.devices().list_sorted(status, sort, f, key.offset, key.limit)?),
            )
        }
        Pane::Numbers => (
            svc.numbers().count(key.toggle, f)?,
            PageRows::Numbers(svc.numbers().list(key.toggle, f, key.offset, key.limit)?),
        ),
        Pane::Bw => (
            svc.broadworks().count(key.toggle, f)?,
            PageRows::Bw(svc.broadworks().list(key.toggle, f, key.offset, key.limit)?),
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
            Request::CheckNumbers { .. } => out.retain(|r| !matches!(r, Request::CheckNumbers { .. })),
            Request::Accounts => out.retain(|r| !matches!(r, Request::Accounts)),
            Request::BwSummary => out.retain(|r| !matches!(r, Request::BwSummary)),
            _ => {}
        }
        out.push(req);
    }
    out
}

/// How often `PRAGMA data_version` is asked when no watcher tells of changes (and how long
/// the worker waits, idle, before it indexes the users).
pub const POLL: Duration = Duration::from_millis(500);

/// With a watcher on the database's files, the poll is only a backstop.
pub const BACKSTOP: Duration = Duration::from_secs(5);

/// After a change was sent to the console, the next waits at least this long: a run of
/// commits in another process reloads the panes at most 10 times a second. The watcher's word
/// is checked at once (a check that finds nothing delays nothing).
const SETTLE: Duration = Duration::from_millis(100);

/// What reaches the service thread: the console's requests, and the watcher's word.
enum Inbox {
    Request(Request),
    /// The database's files changed on disk: another process may have committed.
    Touched,
}

/// Watches the folder of the database (not recursively) and says when the database, its
/// `-wal` or its journal is written, created or removed, so another process's change is shown
/// when it is committed rather than at the next poll. `None` where the platform cannot (no
/// inotify, the watch limit reached): the poll does it then.
fn watch(db: &std::path::Path, inbox: mpsc::Sender<Inbox>) -> Option<notify::RecommendedWatcher> {
    use notify::{EventKind, RecursiveMode, Watcher};
    let name = db.file_name()?.to_os_string();
    let dir = match db.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    // The database, its -wal and its -journal (not the -shm, which a reader opening it writes).
    let ours = move |p: &std::path::Path| {
        p.file_name().is_some_and(|f| {
            let (f, n) = (f.as_encoded_bytes(), name.as_encoded_bytes());
            f.strip_prefix(n).is_some_and(|rest| rest.is_empty() || rest == b"-wal" || rest == b"-journal")
        })
    };
    let mut watcher = notify::recommended_watcher(move |res: notify::Result<notify::Event>| {
        let touched = match res {
            // Opening and closing without writing change nothing.
            Ok(ev) => !matches!(ev.kind, EventKind::Access(_)) && ev.paths.iter().any(|p| ours(p)),
            // Events were lost: check.
            Err(_) => true,
        };
        if touched {
            let _ = inbox.send(Inbox::Touched);
        }
    })
    .ok()?;
    watcher.watch(&dir, RecursiveMode::NonRecursive).ok()?;
    Some(watcher)
}

/// The worker thread's handle; dropping it ends the thread.
pub struct Worker {
    tx: Option<mpsc::Sender<Inbox>>,
    /// Holds a sender too: dropped first, so that the thread sees the channel close.
    watcher: Option<notify::RecommendedWatcher>,
    handle: Option<std::thread::JoinHandle<()>>,
}

impl Worker {
    pub fn spawn(svc: Service, replies: tokio::sync::mpsc::UnboundedSender<Reply>) -> Self {
        Self::spawn_with(svc, replies, true)
    }

    /// `timers: false` (the console's test-only switch, [`super::NO_TIMERS_ENV`]): with a
    /// watcher on the database, no backstop poll, so only the watcher can show another
    /// process's change.
    pub fn spawn_with(mut svc: Service, replies: tokio::sync::mpsc::UnboundedSender<Reply>, timers: bool) -> Self {
        let (tx, rx) = mpsc::channel::<Inbox>();
        let watcher = svc.db_path().and_then(|db| watch(db, tx.clone()));
        // Woken by the watcher, the poll is only a backstop.
        let every = match (&watcher, timers) {
            (None, _) => POLL,
            (Some(_), true) => BACKSTOP,
            // About 30 years: never.
            (Some(_), false) => Duration::from_secs(1 << 30),
        };
        let handle = std::thread::Builder::new().name(SERVICE_THREAD.into()).spawn(move || {
            let mut version = svc.data_version().ok();
            let mut last_check = Instant::now();
            // The watcher saw the files change: check then.
            let mut check_at: Option<Instant> = None;
            // When the last change was sent to the console.
            let mut last_changed: Option<Instant> = None;
            let mut last_request = Instant::now();
            let mut warmed = false;
            // A real organisation (webex backend): its devices' and subscribers' status is
            // asked again every poll interval, so the console stays current (issue 16).
            let mut last_webex_poll = Instant::now();
            let syncing = Arc::new(AtomicBool::new(false));
            loop {
                // Sleeps until a request, the watcher's word, or the next thing due.
                let now = Instant::now();
                let mut due = last_check + every;
                if let Some(at) = check_at {
                    due = due.min(at);
                }
                if !warmed {
                    due = due.min(last_request + POLL);
                }
                if let Some(p) = svc.poll_interval() {
                    due = due.min(last_webex_poll + p);
                }
                let mut batch = Vec::new();
                match rx.recv_timeout(due.saturating_duration_since(now)) {
                    Ok(first) => {
                        let mut touched = false;
                        for msg in std::iter::once(first).chain(std::iter::from_fn(|| rx.try_recv().ok())) {
                            match msg {
                                Inbox::Request(r) => batch.push(r),
                                Inbox::Touched => touched = true,
                            }
                        }
                        if touched && check_at.is_none() {
                            check_at = Some(Instant::now());
                        }
                    }
                    Err(mpsc::RecvTimeoutError::Timeout) => {
                        // Idle after the first frame: index the users now, so the admin's
                        // first `/` keystroke on a large organisation is as quick as the rest.
                        if !warmed && last_request.elapsed() >= POLL {
                            warmed = true;
                            let _ = svc.warm_indexes();
                        }
                    }
                    Err(mpsc::RecvTimeoutError::Disconnected) => return,
                }
                if !batch.is_empty() {
                    last_request = Instant::now();
                }
                for req in coalesce(batch) {
                    if let Request::WebexSync { org, full, cancel } = req {
                        sync_in_background(&svc, org, full, cancel, &syncing, &replies);
                        continue;
                    }
                    let long = matches!(req, Request::Long { .. });
                    // A bug in one action must not take the console down with it: the
                    // transaction it was in rolls back as it unwinds, the admin is told, and
                    // the service goes on with the next request (issue 13.1).
                    let run = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                        execute_with(&mut svc, req, &mut |r| {
                            let _ = replies.send(r);
                        })
                    }));
                    let reply = run.unwrap_or_else(|payload| {
                        let e = internal_error(payload.as_ref());
                        if long {
                            Reply::LongDone(Err(e))
                        } else {
                            Reply::Done(Err(e))
                        }
                    });
                    if replies.send(reply).is_err() {
                        return;
                    }
                }
                let now = Instant::now();
                if check_at.is_some_and(|at| at <= now) || now >= last_check + every {
                    check_at = None;
                    last_check = now;
                    let current = svc.data_version().ok();
                    // A change right after the last one is taken SETTLE after it (the version
                    // kept, so that check sees it).
                    let soon = last_changed.map(|t| t + SETTLE).filter(|at| *at > now);
                    if current.is_some() && current != version && soon.is_some() {
                        check_at = soon;
                    } else if current.is_some() && current != version {
                        version = current;
                        last_changed = Some(now);
                        let org = svc.refresh_org().ok().map(|()| svc.org().clone());
                        if replies.send(Reply::Changed(org)).is_err() {
                            return;
                        }
                    }
                }
                if svc.poll_interval().is_some_and(|every| last_webex_poll.elapsed() >= every) {
                    last_webex_poll = Instant::now();
                    // Offline or signed out: the cache stays as it is and the next poll tries again.
                    let changed = svc.poll().map(|r| r.devices_changed + r.subscribers_changed > 0).unwrap_or(false);
                    if changed && replies.send(Reply::Changed(Some(svc.org().clone()))).is_err() {
                        return;
                    }
                }
            }
        });
        match handle {
            Ok(h) => Worker { tx: Some(tx), watcher, handle: Some(h) },
            Err(_) => Worker { tx: None, watcher: None, handle: None },
        }
    }

    pub fn is_running(&self) -> bool {
        self.tx.is_some()
    }

    /// Whether another process's change wakes the worker (a watcher on the database's files),
    /// rather than the poll finding it.
    pub fn is_watching(&self) -> bool {
        self.watcher.is_some()
    }

    pub fn send(&self, req: Request) -> bool {
        self.tx.as_ref().is_some_and(|tx| tx.send(Inbox::Request(req)).is_ok())
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        self.watcher = None;
        self.tx = None;
        if let Some(h) = self.handle.take() {
            let _ = h.join();
        }
    }
}
