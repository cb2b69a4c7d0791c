//! The one action table. The footer hints, the `?` help overlay, the `:` palette, the keymap
//! and read-only marking are all generated from [`ACTIONS`]; nothing else lists actions.

/// Where an action applies: the four panes, the user detail view and the activation overlay.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Users,
    Devices,
    Numbers,
    Bw,
    Detail,
    Activation,
}

impl Context {
    pub const ALL: [Context; 6] =
        [Context::Users, Context::Devices, Context::Numbers, Context::Bw, Context::Detail, Context::Activation];

    pub fn title(self) -> &'static str {
        match self {
            Context::Users => "Users",
            Context::Devices => "Devices",
            Context::Numbers => "Numbers",
            Context::Bw => "BroadWorks Status",
            Context::Detail => "Details",
            Context::Activation => "Activation details",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActionId {
    Up,
    Down,
    Top,
    Bottom,
    PageUp,
    PageDown,
    NextPane,
    PrevPane,
    PaneUsers,
    PaneDevices,
    PaneNumbers,
    PaneBw,
    Filter,
    Details,
    Back,
    AddDevice,
    NewCode,
    LostStolen,
    DeleteDevice,
    CopyCode,
    PrintLetter,
    EmailCode,
    ToggleMobileOnly,
    ToggleExcludeProvisioned,
    OperatorAccounts,
    AddOperatorAccount,
    AddMobileNumbers,
    AssignMobilePrimary,
    BwRetry,
    BwDelete,
    BwPackage,
    BwCopyError,
    BwExport,
    BwTemplates,
    ToggleNotProvisioned,
    SetWorkNumber,
    DirectorySync,
    ReapplyTemplate,
    AssignTemplate,
    SaveTemplate,
    ExportUsers,
    ImportDevices,
    ToggleGoCalls,
    Refresh,
    Help,
    Palette,
    Quit,
}

/// Where an action can be used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Everywhere,
    /// The four panes and the detail view (not the activation overlay).
    Lists,
    In(&'static [Context]),
}

impl Scope {
    pub fn contains(self, ctx: Context) -> bool {
        match self {
            Scope::Everywhere => true,
            Scope::Lists => ctx != Context::Activation,
            Scope::In(list) => list.contains(&ctx),
        }
    }

    pub fn describe(self) -> String {
        match self {
            Scope::Everywhere => "everywhere".into(),
            Scope::Lists => "panes and details".into(),
            Scope::In(list) => list.iter().map(|c| c.title()).collect::<Vec<_>>().join(", "),
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Action {
    pub id: ActionId,
    /// The name used in `keymap.toml` and searched by the palette.
    pub name: &'static str,
    /// Default keys, in the keymap's notation (see `keymap::Key::parse`).
    pub keys: &'static [&'static str],
    /// A few words for the footer.
    pub hint: &'static str,
    pub description: &'static str,
    pub scope: Scope,
    /// Changes something (the database or a file): refused by the service when read-only.
    pub dangerous: bool,
    /// Asks the admin to confirm, saying what will happen, before it is sent to the service.
    pub confirm: bool,
    /// Place in the footer's key hints: 0 = not shown, then 1 first; when the line is too
    /// short, the highest numbers are left out.
    pub footer: u8,
}

const PANES: &[Context] = &[Context::Users, Context::Devices, Context::Numbers, Context::Bw];
const DEVICE_PLACES: &[Context] = &[Context::Users, Context::Devices, Context::Detail];
const CODE_PLACES: &[Context] = &[Context::Activation];
const NUMBERS: &[Context] = &[Context::Numbers];
const BW: &[Context] = &[Context::Bw];
const USER_PLACES: &[Context] = &[Context::Users, Context::Detail];
const USERS: &[Context] = &[Context::Users];
const DEVICES: &[Context] = &[Context::Devices];
const DETAIL: &[Context] = &[Context::Detail];

#[rustfmt::skip]
pub const ACTIONS: &[Action] = &[
    Action { id: ActionId::Up, name: "up", keys: &["k", "up"], hint: "up", description: "Move the selection up", scope: Scope::Everywhere, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::Down, name: "down", keys: &["j", "down"], hint: "down", description: "Move the selection down", scope: Scope::Everywhere, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::Top, name: "top", keys: &["g", "home"], hint: "top", description: "Go to the first row", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::Bottom, name: "bottom", keys: &["G", "end"], hint: "bottom", description: "Go to the last row", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::PageUp, name: "page_up", keys: &["pgup", "ctrl-b"], hint: "page up", description: "Scroll one page up", scope: Scope::Everywhere, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::PageDown, name: "page_down", keys: &["pgdn", "ctrl-f"], hint: "page down", description: "Scroll one page down", scope: Scope::Everywhere, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::NextPane, name: "next_pane", keys: &["tab"], hint: "next pane", description: "Switch to the next pane", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::PrevPane, name: "previous_pane", keys: &["backtab"], hint: "previous pane", description: "Switch to the previous pane", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::PaneUsers, name: "pane_users", keys: &["1"], hint: "Users", description: "Show the Users pane", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::PaneDevices, name: "pane_devices", keys: &["2"], hint: "Devices", description: "Show the Devices pane (every Webex Go device)", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::PaneNumbers, name: "pane_numbers", keys: &["3"], hint: "Numbers", description: "Show the Numbers pane (the number inventory)", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::PaneBw, name: "pane_broadworks", keys: &["4"], hint: "BroadWorks", description: "Show the BroadWorks Status pane", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::Filter, name: "filter", keys: &["/"], hint: "filter", description: "Filter the pane by name, email, number or location", scope: Scope::In(PANES), dangerous: false, confirm: false, footer: 5 },
    Action { id: ActionId::Details, name: "details", keys: &["enter"], hint: "open", description: "Open the selected row: numbers, device, code history, licences, audit", scope: Scope::In(PANES), dangerous: false, confirm: false, footer: 6 },
    Action { id: ActionId::Back, name: "back", keys: &["esc"], hint: "back", description: "Go back: close a view or dialog, clear the filter", scope: Scope::Everywhere, dangerous: false, confirm: false, footer: 7 },
    Action { id: ActionId::AddDevice, name: "add_device", keys: &["a"], hint: "add Go", description: "Add a Webex Go device (Users: to the selected user; Devices: search for an existing user) (WG01-WG04, WG14)", scope: Scope::In(&[Context::Users, Context::Devices, Context::Detail]), dangerous: true, confirm: false, footer: 2 },
    Action { id: ActionId::NewCode, name: "new_code", keys: &["n"], hint: "new code", description: "Issue a new activation code; every earlier code stops working (WG05)", scope: Scope::In(DEVICE_PLACES), dangerous: true, confirm: true, footer: 2 },
    Action { id: ActionId::LostStolen, name: "lost_stolen", keys: &["L"], hint: "lost/stolen", description: "Lost/stolen: deactivate the line on the lost phone for good and issue a new code (WG08)", scope: Scope::In(DEVICE_PLACES), dangerous: true, confirm: true, footer: 3 },
    Action { id: ActionId::DeleteDevice, name: "delete_device", keys: &["D"], hint: "delete", description: "Delete the Webex Go device; its licence returns to the pool (WG09)", scope: Scope::In(DEVICE_PLACES), dangerous: true, confirm: true, footer: 3 },
    Action { id: ActionId::CopyCode, name: "copy_code", keys: &["c"], hint: "copy code", description: "Copy the activation code to the clipboard", scope: Scope::In(CODE_PLACES), dangerous: false, confirm: false, footer: 2 },
    Action { id: ActionId::PrintLetter, name: "print_letter", keys: &["p"], hint: "print letter", description: "Write the one-page PDF activation letter (and a plain-text copy) to private files, send it to the print command when one is set up, and say where", scope: Scope::In(CODE_PLACES), dangerous: false, confirm: false, footer: 2 },
    Action { id: ActionId::EmailCode, name: "email_code", keys: &["e"], hint: "email again", description: "Email the activation code to the user again (WG04)", scope: Scope::In(CODE_PLACES), dangerous: true, confirm: false, footer: 2 },
    Action { id: ActionId::ToggleMobileOnly, name: "toggle_mobile_only", keys: &["m"], hint: "mobile only", description: "Show only mobile numbers (Webex Mobile) or every number (MO04)", scope: Scope::In(&[Context::Numbers]), dangerous: false, confirm: false, footer: 2 },
    Action { id: ActionId::ToggleExcludeProvisioned, name: "toggle_exclude_provisioned", keys: &["x"], hint: "excl. provisioned", description: "Show only subscribers pending or in error, or everyone (BW05)", scope: Scope::In(&[Context::Bw]), dangerous: false, confirm: false, footer: 2 },
    Action { id: ActionId::OperatorAccounts, name: "operator_accounts", keys: &["o"], hint: "accounts", description: "Show the operator accounts (location, operator, account id, Pending/Failed/Authorized and what to do) or the numbers again (MO02)", scope: Scope::In(NUMBERS), dangerous: false, confirm: false, footer: 2 },
    Action { id: ActionId::AddOperatorAccount, name: "add_operator_account", keys: &["O"], hint: "add account", description: "Request an operator account for a location: operator and account id typed twice; the id cannot be changed later (MO01)", scope: Scope::In(NUMBERS), dangerous: true, confirm: true, footer: 3 },
    Action { id: ActionId::AddMobileNumbers, name: "add_mobile_numbers", keys: &["N"], hint: "add mobile nos", description: "Add mobile numbers under an Authorized operator account: comma-separated, at most 20, each checked as you type (MO02, MO03)", scope: Scope::In(NUMBERS), dangerous: true, confirm: false, footer: 3 },
    Action { id: ActionId::AssignMobilePrimary, name: "assign_mobile_primary", keys: &["M"], hint: "mobile primary", description: "Make an unassigned mobile number of the user's location the primary number; the old one goes back to the pool and a Webex Go device follows (MO05, MO06)", scope: Scope::In(USER_PLACES), dangerous: true, confirm: true, footer: 4 },
    Action { id: ActionId::BwRetry, name: "bw_retry", keys: &["R"], hint: "retry", description: "Retry activation of a subscriber in error or pending: enter a valid email, then onboard (BW04)", scope: Scope::In(BW), dangerous: true, confirm: false, footer: 3 },
    Action { id: ActionId::BwDelete, name: "bw_delete", keys: &["d"], hint: "delete user", description: "Delete a subscriber in error or pending, so the user can try again after a configuration change (BW04)", scope: Scope::In(BW), dangerous: true, confirm: true, footer: 3 },
    Action { id: ActionId::BwPackage, name: "bw_package", keys: &["P"], hint: "package", description: "Change the package type of a subscriber in error or pending: softphone, basic, standard or premium (BW04)", scope: Scope::In(BW), dangerous: true, confirm: false, footer: 3 },
    Action { id: ActionId::BwCopyError, name: "bw_copy_error", keys: &["C"], hint: "copy error", description: "Copy the subscriber's error text to the clipboard and say how it was copied (BW04)", scope: Scope::In(BW), dangerous: false, confirm: false, footer: 4 },
    Action { id: ActionId::BwExport, name: "bw_export", keys: &["E"], hint: "export CSV", description: "Export the list as CSV, honouring exclude provisioned, to a private file beside the database and say where (BW05)", scope: Scope::In(BW), dangerous: false, confirm: false, footer: 3 },
    Action { id: ActionId::BwTemplates, name: "bw_templates", keys: &["t"], hint: "templates", description: "Show the customer templates and which are not set up for flow-through with untrusted emails, and what to change (BW01)", scope: Scope::In(BW), dangerous: false, confirm: false, footer: 5 },
    Action { id: ActionId::ToggleNotProvisioned, name: "toggle_not_provisioned", keys: &["u"], hint: "not provisioned", description: "Show only users without Webex Calling, each with the reason and the fix, or every user (AL04)", scope: Scope::In(USERS), dangerous: false, confirm: false, footer: 2 },
    Action { id: ActionId::SetWorkNumber, name: "set_work_number", keys: &["W"], hint: "work number", description: "Correct the user's work number (E.164), then re-apply the template (AL02, AL04, AL05)", scope: Scope::In(USER_PLACES), dangerous: true, confirm: false, footer: 3 },
    Action { id: ActionId::DirectorySync, name: "directory_sync", keys: &["S"], hint: "sync directory", description: "Sync a directory export file: create or update users; covered users get Webex Calling when their number passes every check (AL02, AL05); Esc cancels and rolls back", scope: Scope::In(USERS), dangerous: true, confirm: false, footer: 4 },
    Action { id: ActionId::ReapplyTemplate, name: "reapply_template", keys: &["T"], hint: "re-apply template", description: "Re-apply a licence template to existing users; preserve licences is on unless you turn it off and type the confirmation (AL06); Esc cancels and rolls back", scope: Scope::In(USERS), dangerous: true, confirm: true, footer: 4 },
    Action { id: ActionId::AssignTemplate, name: "assign_template", keys: &["A"], hint: "assign template", description: "Assign a licence template by hand: location and number for each covered user without Calling, one after another (AL01, AL03)", scope: Scope::In(USERS), dangerous: true, confirm: false, footer: 5 },
    Action { id: ActionId::SaveTemplate, name: "save_licence_template", keys: &["K"], hint: "new template", description: "Create a licence template, or change the one of that name: the whole organisation or one directory group, Webex Calling or not, other licences (AL03); users keep what they hold", scope: Scope::In(USERS), dangerous: true, confirm: false, footer: 5 },
    Action { id: ActionId::ExportUsers, name: "export_users", keys: &["X"], hint: "export user.csv", description: "Export user.csv (with Webex Calling VAR Professional TRUE/FALSE) to a private file beside the database and say where (AL04)", scope: Scope::In(USERS), dangerous: false, confirm: false, footer: 5 },
    Action { id: ActionId::ImportDevices, name: "import_devices", keys: &["I"], hint: "bulk add", description: "Bulk add Webex Go devices from the CSV template: file, email the codes or not, codes file; every row checked first, then all or nothing (WG13)", scope: Scope::In(DEVICES), dangerous: true, confirm: false, footer: 2 },
    Action { id: ActionId::ToggleGoCalls, name: "toggle_webex_go_calls", keys: &["w"], hint: "Webex Go calls", description: "Recent calls: show only Webex Go calls (sub client type MOBILE_NETWORK) or every call (WG15)", scope: Scope::In(DETAIL), dangerous: false, confirm: false, footer: 3 },
    Action { id: ActionId::Refresh, name: "refresh", keys: &["r", "ctrl-l"], hint: "refresh", description: "Reload from the database and redraw", scope: Scope::Lists, dangerous: false, confirm: false, footer: 0 },
    Action { id: ActionId::Help, name: "help", keys: &["?", "f1"], hint: "help", description: "Show every action and its keys", scope: Scope::Everywhere, dangerous: false, confirm: false, footer: 1 },
    Action { id: ActionId::Palette, name: "palette", keys: &[":"], hint: "cmds", description: "Command palette: search actions by name", scope: Scope::Lists, dangerous: false, confirm: false, footer: 8 },
    Action { id: ActionId::Quit, name: "quit", keys: &["q", "ctrl-c"], hint: "quit", description: "Quit wxgo", scope: Scope::Lists, dangerous: false, confirm: false, footer: 8 },
];

pub fn action(id: ActionId) -> &'static Action {
    // Every ActionId has a row: `every_id_has_one_row` proves it.
    ACTIONS.iter().find(|a| a.id == id).unwrap_or(&ACTIONS[0])
}

pub fn by_name(name: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|a| a.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_id_has_one_row_and_names_are_unique() {
        let mut names = std::collections::HashSet::new();
        for a in ACTIONS {
            assert_eq!(action(a.id).name, a.name);
            assert!(names.insert(a.name), "{} twice", a.name);
        }
    }
}
