//! The one action table, in the manner of helix's command list: each line gives an action's
//! id, name, words, flags, and where it works with its keys there. The enum of ids and the
//! table are generated from the same lines, so they cannot drift apart; what runs an action is
//! the arm of its id in `App::run` (a view's action) or in the popup that owns it (a dialog's
//! keys), each an exhaustive match. Footer hints, the `?` help, the `:` palette, the keymap
//! (and `keymap.toml`) and read-only marking all read this table. It is data only: the
//! popups read it without knowing the app.

use super::keymap::Keymap;

/// Where keys go: the four panes, the user details, the activation details, and each popup.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Context {
    Users,
    Devices,
    Numbers,
    Bw,
    Detail,
    Activation,
    /// Typing a pane's filter.
    Filter,
    Help,
    /// The message log.
    Messages,
    Palette,
    Confirm,
    /// Picking one of a few items (a subscription, a number, a package, a template...).
    Choice,
    /// Picking a user found by what is typed.
    Search,
    Form,
    Progress,
    /// A report or a notice: read, then close.
    Report,
    /// A report with a next step (the import after its dry run).
    Proceed,
    /// Why can't this user call? (the view `y` opens).
    Why,
}

impl Context {
    pub const ALL: [Context; 18] = [
        Context::Users,
        Context::Devices,
        Context::Numbers,
        Context::Bw,
        Context::Detail,
        Context::Activation,
        Context::Filter,
        Context::Help,
        Context::Messages,
        Context::Palette,
        Context::Confirm,
        Context::Choice,
        Context::Search,
        Context::Form,
        Context::Progress,
        Context::Report,
        Context::Proceed,
        Context::Why,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Users => "Users",
            Context::Devices => "Devices",
            Context::Numbers => "Numbers",
            Context::Bw => "BroadWorks Status",
            Context::Detail => "Details",
            Context::Activation => "Activation details",
            Context::Filter => "the filter",
            Context::Help => "help",
            Context::Messages => "the message log",
            Context::Palette => "the palette",
            Context::Confirm => "a confirmation",
            Context::Choice => "a choice",
            Context::Search => "a user search",
            Context::Form => "a form",
            Context::Progress => "a long run",
            Context::Report => "a report",
            Context::Proceed => "a dry run's report",
            Context::Why => "why can't this user call?",
        }
    }

    /// The section of `keymap.toml` that remaps keys here only.
    pub fn section(self) -> &'static str {
        match self {
            Context::Users => "users",
            Context::Devices => "devices",
            Context::Numbers => "numbers",
            Context::Bw => "broadworks",
            Context::Detail => "details",
            Context::Activation => "activation",
            Context::Filter => "filter",
            Context::Help => "help",
            Context::Messages => "messages",
            Context::Palette => "palette",
            Context::Confirm => "confirm",
            Context::Choice => "choice",
            Context::Search => "search",
            Context::Form => "form",
            Context::Progress => "progress",
            Context::Report => "report",
            Context::Proceed => "proceed",
            Context::Why => "why",
        }
    }

    /// A pane, the details or the activation details: not a dialog that takes the keys.
    pub fn is_view(self) -> bool {
        VIEWS.contains(&self)
    }
}

/// Keys in some places: one line of an action's key table.
#[derive(Debug, Clone, Copy)]
pub struct Keys {
    pub places: &'static [Context],
    pub keys: &'static [&'static str],
}

#[derive(Clone, Copy)]
pub struct Action {
    pub id: ActionId,
    /// The name used in `keymap.toml` and searched by the palette.
    pub name: &'static str,
    /// A few words for the footer.
    pub hint: &'static str,
    pub description: &'static str,
    /// Changes something (the database or a file): refused by the service when read-only.
    pub changes_data: bool,
    /// Asks the admin to confirm, saying what will happen, before it is sent to the service.
    pub asks_first: bool,
    /// Place in the footer's key hints: 0 = not shown, then 1 first; when the line is too
    /// short, the highest numbers are left out.
    pub footer: u8,
    /// Default keys per place, in the keymap's notation (see `keymap::Key::parse`).
    pub keys: &'static [Keys],
}

impl std::fmt::Debug for Action {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Action").field("id", &self.id).field("name", &self.name).finish()
    }
}

impl Action {
    pub fn works_in(&self, ctx: Context) -> bool {
        self.keys.iter().any(|k| k.places.contains(&ctx))
    }

    /// Every place it works, in the table's order.
    pub fn places(&self) -> Vec<Context> {
        Context::ALL.into_iter().filter(|c| self.works_in(*c)).collect()
    }

    /// Where it works, in words; empty when that is everywhere the admin looks.
    pub fn describe_places(&self) -> String {
        let views: Vec<Context> = VIEWS.iter().copied().filter(|c| self.works_in(*c)).collect();
        if views.len() == VIEWS.len() {
            return String::new();
        }
        if views == LISTS {
            return "panes and details".into();
        }
        let shown = if views.is_empty() { self.places() } else { views };
        shown.iter().map(|c| c.title()).collect::<Vec<_>>().join(", ")
    }
}

use Context::*;

const VIEWS: &[Context] = &[Users, Devices, Numbers, Bw, Detail, Activation];
const LISTS: &[Context] = &[Users, Devices, Numbers, Bw, Detail];
const PANES: &[Context] = &[Users, Devices, Numbers, Bw];
const DEVICE_PLACES: &[Context] = &[Users, Devices, Detail];
const USER_PLACES: &[Context] = &[Users, Detail];
const MOVES: &[Context] = &[Users, Devices, Numbers, Bw, Detail, Activation, Help, Messages, Choice, Why];
const PAGES: &[Context] = &[Users, Devices, Numbers, Bw, Detail, Activation, Help, Messages, Why];
const ENDS: &[Context] = &[Users, Devices, Numbers, Bw, Detail, Help, Messages, Why];
const TYPED: &[Context] = &[Palette, Search];
const TEXT: &[Context] = &[Form, Context::Filter, Context::Palette, Search];

macro_rules! keys {
    ($($places:expr => [$($k:literal),* $(,)?]),* $(,)?) => {
        &[$(Keys { places: $places, keys: &[$($k),*] }),*]
    };
}

macro_rules! table {
    ($($id:ident $name:literal, $hint:literal, $description:literal,
       changes_data: $changes:literal, asks_first: $asks:literal, footer: $footer:literal,
       keys: [$($places:expr => [$($k:literal),* $(,)?]),* $(,)?];)*) => {
        /// One id per line of the table, in its order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ActionId { $($id),* }

        #[rustfmt::skip]
        pub static ACTIONS: &[Action] = &[$(Action {
            id: ActionId::$id,
            name: $name,
            hint: $hint,
            description: $description,
            changes_data: $changes,
            asks_first: $asks,
            footer: $footer,
            keys: keys!($($places => [$($k),*]),*),
        }),*];
    };
}

#[rustfmt::skip]
table! {
    Up "up", "up", "Move the selection up",
        changes_data: false, asks_first: false, footer: 0,
        keys: [MOVES => ["k", "up"], TYPED => ["up"]];
    Down "down", "down", "Move the selection down",
        changes_data: false, asks_first: false, footer: 0,
        keys: [MOVES => ["j", "down"], TYPED => ["down"]];
    Top "top", "top", "Go to the first row",
        changes_data: false, asks_first: false, footer: 0,
        keys: [ENDS => ["g", "home"]];
    Bottom "bottom", "bottom", "Go to the last row",
        changes_data: false, asks_first: false, footer: 0,
        keys: [ENDS => ["G", "end"]];
    PageUp "page_up", "page up", "Scroll one page up",
        changes_data: false, asks_first: false, footer: 0,
        keys: [PAGES => ["pgup", "ctrl-b"]];
    PageDown "page_down", "page down", "Scroll one page down",
        changes_data: false, asks_first: false, footer: 0,
        keys: [PAGES => ["pgdn", "ctrl-f"]];
    NextPane "next_pane", "next pane", "Switch to the next pane",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["tab"]];
    PrevPane "previous_pane", "previous pane", "Switch to the previous pane",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["backtab"]];
    PaneUsers "pane_users", "Users", "Show the Users pane",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["1"]];
    PaneDevices "pane_devices", "Devices", "Show the Devices pane (every Webex Go device)",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["2"]];
    PaneNumbers "pane_numbers", "Numbers", "Show the Numbers pane (the number inventory)",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["3"]];
    PaneBw "pane_broadworks", "BroadWorks", "Show the BroadWorks Status pane",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["4"]];
    Filter "filter", "filter", "Filter the pane by name, email, number or location (in help: search the help)",
        changes_data: false, asks_first: false, footer: 1,
        keys: [PANES => ["/"], &[Context::Help] => ["/"]];
    Details "details", "open", "Open the selected row: numbers, device, code history, licences, audit",
        changes_data: false, asks_first: false, footer: 1,
        keys: [PANES => ["enter"]];
    Back "back", "back", "Go back: close a view or dialog, clear the filter",
        changes_data: false, asks_first: false, footer: 7,
        keys: [VIEWS => ["esc"]];
    AddDevice "add_device", "add Go", "Add a Webex Go device (Users: to the selected user; Devices: search for an existing user) (WG01-WG04, WG14)",
        changes_data: true, asks_first: false, footer: 2,
        keys: [DEVICE_PLACES => ["a"]];
    NewCode "new_code", "new code", "Issue a new activation code; every earlier code stops working (WG05)",
        changes_data: true, asks_first: true, footer: 2,
        keys: [DEVICE_PLACES => ["n"]];
    LostStolen "lost_stolen", "lost/stolen", "Lost/stolen: deactivate the line on the lost phone for good and issue a new code (WG08)",
        changes_data: true, asks_first: true, footer: 3,
        keys: [DEVICE_PLACES => ["L"]];
    DeleteDevice "delete_device", "delete", "Delete the Webex Go device; its licence returns to the pool (WG09)",
        changes_data: true, asks_first: true, footer: 3,
        keys: [DEVICE_PLACES => ["D"]];
    CopyCode "copy_code", "copy code", "Copy the activation code to the clipboard",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Activation] => ["c"]];
    PrintLetter "print_letter", "print letter", "Write the one-page PDF activation letter (and a plain-text copy) to private files, send it to the print command when one is set up, and say where",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Activation] => ["p"]];
    EmailCode "email_code", "email again", "Email the activation code to the user again (WG04)",
        changes_data: true, asks_first: false, footer: 2,
        keys: [&[Activation] => ["e"]];
    SortDevices "sort_devices", "sort", "Order the devices: as added, offline first (then pending with an expired code), expired codes first, by name",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Devices] => ["s"]];
    DeviceStatusFilter "device_status_filter", "status", "Show only the devices in one status: offline, activation pending, online, or all",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Devices] => ["v"]];
    ToggleMobileOnly "toggle_mobile_only", "mobile only", "Show only mobile numbers (Webex Mobile) or every number (MO04)",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Numbers] => ["m"]];
    ToggleExcludeProvisioned "toggle_exclude_provisioned", "excl. provisioned", "Show only subscribers pending or in error, or everyone (BW05)",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Bw] => ["x"]];
    OperatorAccounts "operator_accounts", "accounts", "Show the operator accounts (location, operator, account id, Pending/Failed/Authorized and what to do) or the numbers again (MO02)",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Numbers] => ["o"]];
    AddOperatorAccount "add_operator_account", "add account", "Request an operator account for a location: operator and account id typed twice; the id cannot be changed later (MO01)",
        changes_data: true, asks_first: true, footer: 3,
        keys: [&[Numbers] => ["O"]];
    AddMobileNumbers "add_mobile_numbers", "add mobile nos", "Add mobile numbers under an Authorized operator account: comma-separated, at most 20, each checked as you type (MO02, MO03)",
        changes_data: true, asks_first: false, footer: 3,
        keys: [&[Numbers] => ["N"]];
    AssignMobilePrimary "assign_mobile_primary", "mobile primary", "Make an unassigned mobile number of the user's location the primary number; the old one goes back to the pool and a Webex Go device follows (MO05, MO06)",
        changes_data: true, asks_first: true, footer: 4,
        keys: [USER_PLACES => ["M"]];
    BwRetry "bw_retry", "retry", "Retry activation of a subscriber in error or pending: enter a valid email, then onboard (BW04)",
        changes_data: true, asks_first: false, footer: 3,
        keys: [&[Bw] => ["R"]];
    BwDelete "bw_delete", "delete user", "Delete a subscriber in error or pending, so the user can try again after a configuration change (BW04)",
        changes_data: true, asks_first: true, footer: 3,
        keys: [&[Bw] => ["D", "d"]];
    BwPackage "bw_package", "package", "Change the package type of a subscriber in error or pending: softphone, basic, standard or premium (BW04)",
        changes_data: true, asks_first: false, footer: 3,
        keys: [&[Bw] => ["P"]];
    BwCopyError "bw_copy_error", "copy error", "Copy the subscriber's error text to the clipboard and say how it was copied (BW04)",
        changes_data: false, asks_first: false, footer: 4,
        keys: [&[Bw] => ["C"]];
    BwExport "bw_export", "export CSV", "Export the list as CSV, honouring exclude provisioned, to a private file beside the database and say where (BW05)",
        changes_data: false, asks_first: false, footer: 3,
        keys: [&[Bw] => ["E"]];
    BwTemplates "bw_templates", "templates", "Show the customer templates and which are not set up for flow-through with untrusted emails, and what to change (BW01)",
        changes_data: false, asks_first: false, footer: 5,
        keys: [&[Bw] => ["t"]];
    ToggleNotProvisioned "toggle_not_provisioned", "not provisioned", "Show only users without Webex Calling, each with the reason and the fix, or every user (AL04)",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Users] => ["u"]];
    SetWorkNumber "set_work_number", "work number", "Correct the user's work number (E.164), then re-apply the template (AL02, AL04, AL05)",
        changes_data: true, asks_first: false, footer: 3,
        keys: [USER_PLACES => ["W"]];
    DirectorySync "directory_sync", "sync directory", "Sync a directory export file: create or update users; covered users get Webex Calling when their number passes every check (AL02, AL05); Esc cancels and rolls back",
        changes_data: true, asks_first: false, footer: 4,
        keys: [&[Users] => ["S"]];
    ReapplyTemplate "reapply_template", "re-apply template", "Re-apply a licence template to existing users; preserve licences is on unless you turn it off and type the confirmation (AL06); Esc cancels and rolls back",
        changes_data: true, asks_first: true, footer: 4,
        keys: [&[Users] => ["T"]];
    AssignTemplate "assign_template", "assign template", "Assign a licence template by hand: location and number for each covered user without Calling, one after another (AL01, AL03)",
        changes_data: true, asks_first: false, footer: 5,
        keys: [&[Users] => ["A"]];
    SaveTemplate "save_licence_template", "new template", "Create a licence template, or change the one of that name: the whole organisation or one directory group, Webex Calling or not, other licences (AL03); users keep what they hold",
        changes_data: true, asks_first: false, footer: 5,
        keys: [&[Users] => ["K"]];
    ExportUsers "export_users", "export user.csv", "Export user.csv (with Webex Calling VAR Professional TRUE/FALSE) to a private file beside the database and say where (AL04)",
        changes_data: false, asks_first: false, footer: 5,
        keys: [&[Users] => ["X"]];
    ImportDevices "import_devices", "bulk add", "Bulk add Webex Go devices from the CSV template: file, email the codes or not, codes file; every row checked first, then all or nothing (WG13)",
        changes_data: true, asks_first: false, footer: 2,
        keys: [&[Devices] => ["I"]];
    ToggleGoCalls "toggle_webex_go_calls", "Webex Go calls", "Recent calls: show only Webex Go calls (sub client type MOBILE_NETWORK) or every call (WG15)",
        changes_data: false, asks_first: false, footer: 3,
        keys: [&[Detail] => ["w"]];
    Why "why", "why?", "Why can't this user call? Everything about the person of the row (a user, a device's owner, a number's holder, a BroadWorks subscriber) joined, and the likely causes, each with its rule and the key and command that fix it",
        changes_data: false, asks_first: false, footer: 6,
        keys: [LISTS => ["y"]];
    WhyRefresh "why_refresh", "refresh", "In the why view: read the person again, on a real organisation from Webex first, then the causes",
        changes_data: false, asks_first: false, footer: 1,
        keys: [&[Context::Why] => ["F"]];
    SyncWebex "sync_webex", "sync Webex", "A real organisation: sync it from Webex in the background; the panes keep showing the last complete copy, the header shows the progress, Esc stops it and the cache keeps its last complete state",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["F"]];
    FullSyncWebex "full_sync_webex", "full sync", "A real organisation: sync everything from Webex again, with 30 days of admin audit events",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["alt-f"]];
    PickOrg "pick_organisation", "organisations", "A real organisation: the organisations this sign-in manages (a partner's customers); pick one to open it, syncing it first when it is not cached",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["ctrl-o"]];
    Refresh "refresh", "refresh", "Reload from the database and redraw",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["r", "ctrl-l"]];
    Help "help", "help", "Show every action and its keys",
        changes_data: false, asks_first: false, footer: 1,
        keys: [VIEWS => ["?", "f1"]];
    MessageLog "message_log", "messages", "The message log: every message of this session with its time, whole, and the file it names; c copies one, f its file path",
        changes_data: false, asks_first: false, footer: 7,
        keys: [VIEWS => ["!"], &[Messages] => ["!"]];
    CopyMessage "copy_message", "copy message", "Copy the selected message, whole, to the clipboard",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Messages] => ["c"]];
    CopyMessagePath "copy_message_path", "copy file path", "Copy the file path the selected message names to the clipboard",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Messages] => ["f"]];
    Palette "palette", "cmds", "Command palette: search actions by name",
        changes_data: false, asks_first: false, footer: 8,
        keys: [LISTS => [":"]];
    Quit "quit", "quit", "Quit wxgo",
        changes_data: false, asks_first: false, footer: 8,
        keys: [LISTS => ["q", "ctrl-c"]];
    Confirm "confirm", "do it", "Do what the confirmation says",
        changes_data: false, asks_first: false, footer: 1,
        keys: [&[Context::Confirm] => ["y", "Y"]];
    Pick "pick", "pick", "Take the selected item",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Choice, Search] => ["enter"]];
    RunCommand "run_command", "run", "Run the selected action",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Context::Palette] => ["enter"]];
    KeepFilter "keep_filter", "keep", "Keep the filter as typed",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Context::Filter] => ["enter"]];
    NextField "next_field", "field", "Go to the next field",
        changes_data: false, asks_first: false, footer: 1,
        keys: [&[Form] => ["tab", "down"]];
    PrevField "previous_field", "previous field", "Go to the previous field",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["backtab", "up"]];
    ChooseLeft "choose_previous", "change", "Choose the previous value of a list field, flip a switch, or move the cursor left in a text field",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["left"]];
    ChooseRight "choose_next", "change", "Choose the next value of a list field, flip a switch, or move the cursor right in a text field",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["right"]];
    ClearToStart "delete_to_start", "clear", "In a text field: delete from the cursor back to the start (clears a pre-filled value)",
        changes_data: false, asks_first: false, footer: 4,
        keys: [TEXT => ["ctrl-u"]];
    DeleteWord "delete_word", "delete word", "In a text field: delete the word before the cursor",
        changes_data: false, asks_first: false, footer: 0,
        keys: [TEXT => ["ctrl-w"]];
    DeleteToEnd "delete_to_end", "delete to end", "In a text field: delete from the cursor to the end",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["ctrl-k"]];
    LineStart "line_start", "start", "In a text field: move the cursor to the start",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["home", "ctrl-a"]];
    LineEnd "line_end", "end", "In a text field: move the cursor to the end",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["end", "ctrl-e"]];
    Switch "switch", "switch", "Flip the switch in focus (in a text field: a space)",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["space"]];
    Submit "submit", "next/save", "Go on: the next field, or save what the form says",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Form] => ["enter"]];
    Proceed "proceed", "submit", "Go on to the next step the report offers (submit the import after its dry run)",
        changes_data: false, asks_first: false, footer: 1,
        keys: [&[Context::Proceed] => ["enter", "s"]];
    SkipUser "skip_user", "skip", "Manual assignment: leave this user as they are and go to the next one",
        changes_data: false, asks_first: false, footer: 4,
        keys: [&[Form] => ["ctrl-n"]];
    Cancel "cancel", "cancel", "Cancel: nothing changes (a long run is rolled back whole)",
        changes_data: false, asks_first: false, footer: 3,
        keys: [&[Context::Confirm] => ["n", "N", "esc", "q"], &[Choice, Search, Form, Context::Filter, Progress] => ["esc"]];
    Close "close", "close", "Close the overlay",
        changes_data: false, asks_first: false, footer: 3,
        keys: [&[Context::Help] => ["esc", "?", "f1", "q"], &[Messages] => ["esc", "q"], &[Context::Palette] => ["esc"], &[Report] => ["enter", "esc", "q"], &[Proceed] => ["esc", "q"], &[Context::Why] => ["esc", "q"]];
}

pub fn action(id: ActionId) -> &'static Action {
    // The table and the enum come from the same lines, in the same order.
    &ACTIONS[id as usize]
}

/// The footer's key hints in `ctx`, from the table: the actions shown there in their order,
/// less those that change data when read-only and those that cannot be used now.
pub fn hints(
    keymap: &Keymap,
    read_only: bool,
    ctx: Context,
    available: impl Fn(ActionId) -> bool,
) -> Vec<(String, &'static str)> {
    let mut items: Vec<&Action> = ACTIONS
        .iter()
        .filter(|a| a.footer > 0 && a.works_in(ctx) && !(read_only && a.changes_data) && available(a.id))
        .filter(|a| !keymap.keys_in(ctx, a.id).is_empty())
        .collect();
    items.sort_by_key(|a| a.footer);
    items.into_iter().map(|a| (keymap.hint_label(ctx, a.id), a.hint)).collect()
}

/// How far a moving action moves a list or a text, `page` rows a page: a row, a page, or to the
/// top or the end (far enough for any list; the mover clamps it).
pub fn movement(id: ActionId, page: i64) -> Option<i64> {
    match id {
        ActionId::Up => Some(-1),
        ActionId::Down => Some(1),
        ActionId::Top => Some(i64::MIN / 2),
        ActionId::Bottom => Some(i64::MAX / 2),
        ActionId::PageUp => Some(-page),
        ActionId::PageDown => Some(page),
        _ => None,
    }
}

pub fn by_name(name: &str) -> Option<&'static Action> {
    ACTIONS.iter().find(|a| a.name == name)
}

/// The service's action a console action runs, when it changes something: what the service
/// says of it (read-only, "Control Hub only" on a real organisation) is what help and the
/// palette show.
pub fn service_action(id: ActionId) -> Option<crate::service::action::Action> {
    use crate::service::action::Action as S;
    Some(match id {
        ActionId::AddDevice => S::AddDevice,
        ActionId::NewCode => S::NewCode,
        ActionId::LostStolen => S::LostStolen,
        ActionId::DeleteDevice => S::DeleteDevice,
        ActionId::EmailCode => S::EmailCode,
        ActionId::AddOperatorAccount => S::AddOperatorAccount,
        ActionId::AddMobileNumbers => S::AddMobileNumbers,
        ActionId::AssignMobilePrimary => S::AssignMobilePrimary,
        ActionId::BwRetry => S::BwRetry,
        ActionId::BwDelete => S::BwDelete,
        ActionId::BwPackage => S::BwPackage,
        ActionId::SetWorkNumber => S::SetWorkNumber,
        ActionId::DirectorySync => S::DirectorySync,
        ActionId::ReapplyTemplate => S::ReapplyLicenceTemplate,
        ActionId::AssignTemplate => S::AssignLicenceTemplate,
        ActionId::SaveTemplate => S::SaveLicenceTemplate,
        ActionId::ImportDevices => S::ImportDevices,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_id_is_its_row_and_names_are_unique() {
        let mut names = std::collections::HashSet::new();
        for (i, a) in ACTIONS.iter().enumerate() {
            assert_eq!(a.id as usize, i, "{}", a.name);
            assert!(std::ptr::eq(action(a.id), a), "{}", a.name);
            assert!(names.insert(a.name), "{} twice", a.name);
            assert!(!a.keys.is_empty() && !a.places().is_empty(), "{} works somewhere", a.name);
        }
    }

    #[test]
    fn every_context_has_a_way_out() {
        for ctx in Context::ALL {
            let out = ACTIONS
                .iter()
                .filter(|a| matches!(a.id, ActionId::Back | ActionId::Cancel | ActionId::Close | ActionId::Quit))
                .any(|a| a.works_in(ctx));
            assert!(out, "{ctx:?}: no key closes it");
        }
    }
}
