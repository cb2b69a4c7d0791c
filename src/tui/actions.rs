//! The one action table, in the manner of helix's command list: each line gives an action's
//! id, name, words, flags, and where it works with its keys there. The enum of ids and the
//! table are generated from the same lines, so they cannot drift apart; what runs an action is
//! the arm of its id in `App::run` (a view's action) or in the popup that owns it (a dialog's
//! keys), each an exhaustive match. Footer hints, the `?` help, the `:` palette, the keymap
//! (and `keymap.toml`) and read-only marking all read this table. It is data only: the
//! popups read it without knowing the app.

use super::keymap::Keymap;
use crate::i18n::Tr;

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

    /// Its name in the language (the message `ctx-<section>`): a pane's title, or "a form".
    pub fn title(self, tr: &Tr) -> String {
        tr.t(&format!("ctx-{}", self.section()))
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
    /// The name used in `keymap.toml` and searched by the palette; its footer words and its
    /// description are the messages `hint-<name>` and `desc-<name>` (console.ftl).
    pub name: &'static str,
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
    /// A few words for the footer, in the language.
    pub fn hint(&self, tr: &Tr) -> String {
        tr.t(&format!("hint-{}", self.name))
    }

    /// What it does, in the language (help and the palette).
    pub fn description(&self, tr: &Tr) -> String {
        tr.t(&format!("desc-{}", self.name))
    }

    pub fn works_in(&self, ctx: Context) -> bool {
        self.keys.iter().any(|k| k.places.contains(&ctx))
    }

    /// Every place it works, in the table's order.
    pub fn places(&self) -> Vec<Context> {
        Context::ALL.into_iter().filter(|c| self.works_in(*c)).collect()
    }

    /// Where it works, in words; empty when that is everywhere the admin looks.
    pub fn describe_places(&self, tr: &Tr) -> String {
        let views: Vec<Context> = VIEWS.iter().copied().filter(|c| self.works_in(*c)).collect();
        if views.len() == VIEWS.len() {
            return String::new();
        }
        if views == LISTS {
            return tr.t("places-panes-and-details");
        }
        let shown = if views.is_empty() { self.places() } else { views };
        shown.iter().map(|c| c.title(tr)).collect::<Vec<_>>().join(", ")
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
    ($($id:ident $name:literal,
       changes_data: $changes:literal, asks_first: $asks:literal, footer: $footer:literal,
       keys: [$($places:expr => [$($k:literal),* $(,)?]),* $(,)?];)*) => {
        /// One id per line of the table, in its order.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ActionId { $($id),* }

        #[rustfmt::skip]
        pub static ACTIONS: &[Action] = &[$(Action {
            id: ActionId::$id,
            name: $name,
            changes_data: $changes,
            asks_first: $asks,
            footer: $footer,
            keys: keys!($($places => [$($k),*]),*),
        }),*];
    };
}

#[rustfmt::skip]
table! {
    Up "up",
        changes_data: false, asks_first: false, footer: 0,
        keys: [MOVES => ["k", "up"], TYPED => ["up"]];
    Down "down",
        changes_data: false, asks_first: false, footer: 0,
        keys: [MOVES => ["j", "down"], TYPED => ["down"]];
    Top "top",
        changes_data: false, asks_first: false, footer: 0,
        keys: [ENDS => ["g", "home"]];
    Bottom "bottom",
        changes_data: false, asks_first: false, footer: 0,
        keys: [ENDS => ["G", "end"]];
    PageUp "page_up",
        changes_data: false, asks_first: false, footer: 0,
        keys: [PAGES => ["pgup", "ctrl-b"]];
    PageDown "page_down",
        changes_data: false, asks_first: false, footer: 0,
        keys: [PAGES => ["pgdn", "ctrl-f"]];
    NextPane "next_pane",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["tab"]];
    PrevPane "previous_pane",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["backtab"]];
    PaneUsers "pane_users",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["1"]];
    PaneDevices "pane_devices",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["2"]];
    PaneNumbers "pane_numbers",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["3"]];
    PaneBw "pane_broadworks",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["4"]];
    Filter "filter",
        changes_data: false, asks_first: false, footer: 1,
        keys: [PANES => ["/"], &[Context::Help] => ["/"]];
    Details "details",
        changes_data: false, asks_first: false, footer: 1,
        keys: [PANES => ["enter"]];
    Back "back",
        changes_data: false, asks_first: false, footer: 7,
        keys: [VIEWS => ["esc"]];
    AddDevice "add_device",
        changes_data: true, asks_first: false, footer: 2,
        keys: [DEVICE_PLACES => ["a"]];
    NewCode "new_code",
        changes_data: true, asks_first: true, footer: 2,
        keys: [DEVICE_PLACES => ["n"]];
    LostStolen "lost_stolen",
        changes_data: true, asks_first: true, footer: 3,
        keys: [DEVICE_PLACES => ["L"]];
    DeleteDevice "delete_device",
        changes_data: true, asks_first: true, footer: 3,
        keys: [DEVICE_PLACES => ["D"]];
    CopyCode "copy_code",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Activation] => ["c"]];
    PrintLetter "print_letter",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Activation] => ["p"]];
    EmailCode "email_code",
        changes_data: true, asks_first: false, footer: 2,
        keys: [&[Activation] => ["e"]];
    LetterLanguage "letter_language",
        changes_data: false, asks_first: false, footer: 3,
        keys: [&[Activation, Context::Confirm] => ["l"]];
    SortDevices "sort_devices",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Devices] => ["s"]];
    DeviceStatusFilter "device_status_filter",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Devices] => ["v"]];
    ToggleMobileOnly "toggle_mobile_only",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Numbers] => ["m"]];
    ToggleExcludeProvisioned "toggle_exclude_provisioned",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Bw] => ["x"]];
    OperatorAccounts "operator_accounts",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Numbers] => ["o"]];
    AddOperatorAccount "add_operator_account",
        changes_data: true, asks_first: true, footer: 3,
        keys: [&[Numbers] => ["O"]];
    AddMobileNumbers "add_mobile_numbers",
        changes_data: true, asks_first: false, footer: 3,
        keys: [&[Numbers] => ["N"]];
    AssignMobilePrimary "assign_mobile_primary",
        changes_data: true, asks_first: true, footer: 4,
        keys: [USER_PLACES => ["M"]];
    BwRetry "bw_retry",
        changes_data: true, asks_first: false, footer: 3,
        keys: [&[Bw] => ["R"]];
    BwDelete "bw_delete",
        changes_data: true, asks_first: true, footer: 3,
        keys: [&[Bw] => ["D", "d"]];
    BwPackage "bw_package",
        changes_data: true, asks_first: false, footer: 3,
        keys: [&[Bw] => ["P"]];
    BwCopyError "bw_copy_error",
        changes_data: false, asks_first: false, footer: 4,
        keys: [&[Bw] => ["C"]];
    BwExport "bw_export",
        changes_data: false, asks_first: false, footer: 3,
        keys: [&[Bw] => ["E"]];
    BwTemplates "bw_templates",
        changes_data: false, asks_first: false, footer: 5,
        keys: [&[Bw] => ["t"]];
    ToggleNotProvisioned "toggle_not_provisioned",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Users] => ["u"]];
    SetWorkNumber "set_work_number",
        changes_data: true, asks_first: false, footer: 3,
        keys: [USER_PLACES => ["W"]];
    DirectorySync "directory_sync",
        changes_data: true, asks_first: false, footer: 4,
        keys: [&[Users] => ["S"]];
    ReapplyTemplate "reapply_template",
        changes_data: true, asks_first: true, footer: 4,
        keys: [&[Users] => ["T"]];
    AssignTemplate "assign_template",
        changes_data: true, asks_first: false, footer: 5,
        keys: [&[Users] => ["A"]];
    SaveTemplate "save_licence_template",
        changes_data: true, asks_first: false, footer: 5,
        keys: [&[Users] => ["K"]];
    ExportUsers "export_users",
        changes_data: false, asks_first: false, footer: 5,
        keys: [&[Users] => ["X"]];
    ImportDevices "import_devices",
        changes_data: true, asks_first: false, footer: 2,
        keys: [&[Devices] => ["I"]];
    ToggleGoCalls "toggle_webex_go_calls",
        changes_data: false, asks_first: false, footer: 3,
        keys: [&[Detail] => ["w"]];
    Why "why",
        changes_data: false, asks_first: false, footer: 6,
        keys: [LISTS => ["y"]];
    WhyRefresh "why_refresh",
        changes_data: false, asks_first: false, footer: 1,
        keys: [&[Context::Why] => ["F"]];
    SyncWebex "sync_webex",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["F"]];
    FullSyncWebex "full_sync_webex",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["alt-f"]];
    PickOrg "pick_organisation",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["ctrl-o"]];
    Refresh "refresh",
        changes_data: false, asks_first: false, footer: 0,
        keys: [LISTS => ["r", "ctrl-l"]];
    Help "help",
        changes_data: false, asks_first: false, footer: 1,
        keys: [VIEWS => ["?", "f1"]];
    MessageLog "message_log",
        changes_data: false, asks_first: false, footer: 7,
        keys: [VIEWS => ["!"], &[Messages] => ["!"]];
    CopyMessage "copy_message",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Messages] => ["c"]];
    CopyMessagePath "copy_message_path",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Messages] => ["f"]];
    Palette "palette",
        changes_data: false, asks_first: false, footer: 8,
        keys: [LISTS => [":"], &[Activation] => [":"]];
    Quit "quit",
        changes_data: false, asks_first: false, footer: 8,
        keys: [LISTS => ["q", "ctrl-c"]];
    Confirm "confirm",
        changes_data: false, asks_first: false, footer: 1,
        keys: [&[Context::Confirm] => ["y", "Y"]];
    Pick "pick",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Choice, Search] => ["enter"]];
    RunCommand "run_command",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Context::Palette] => ["enter"]];
    KeepFilter "keep_filter",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Context::Filter] => ["enter"]];
    NextField "next_field",
        changes_data: false, asks_first: false, footer: 1,
        keys: [&[Form] => ["tab", "down"]];
    PrevField "previous_field",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["backtab", "up"]];
    ChooseLeft "choose_previous",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["left"]];
    ChooseRight "choose_next",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["right"]];
    ClearToStart "delete_to_start",
        changes_data: false, asks_first: false, footer: 4,
        keys: [TEXT => ["ctrl-u"]];
    DeleteWord "delete_word",
        changes_data: false, asks_first: false, footer: 0,
        keys: [TEXT => ["ctrl-w"]];
    DeleteToEnd "delete_to_end",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["ctrl-k"]];
    LineStart "line_start",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["home", "ctrl-a"]];
    LineEnd "line_end",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["end", "ctrl-e"]];
    Switch "switch",
        changes_data: false, asks_first: false, footer: 0,
        keys: [&[Form] => ["space"]];
    Submit "submit",
        changes_data: false, asks_first: false, footer: 2,
        keys: [&[Form] => ["enter"]];
    Proceed "proceed",
        changes_data: false, asks_first: false, footer: 1,
        keys: [&[Context::Proceed] => ["enter", "s"]];
    SkipUser "skip_user",
        changes_data: false, asks_first: false, footer: 4,
        keys: [&[Form] => ["ctrl-n"]];
    Cancel "cancel",
        changes_data: false, asks_first: false, footer: 3,
        keys: [&[Context::Confirm] => ["n", "N", "esc", "q"], &[Choice, Search, Form, Context::Filter, Progress] => ["esc"]];
    Close "close",
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
    tr: &Tr,
    keymap: &Keymap,
    read_only: bool,
    ctx: Context,
    available: impl Fn(ActionId) -> bool,
) -> Vec<(String, String)> {
    let mut items: Vec<&Action> = ACTIONS
        .iter()
        .filter(|a| a.footer > 0 && a.works_in(ctx) && !(read_only && a.changes_data) && available(a.id))
        .filter(|a| !keymap.keys_in(ctx, a.id).is_empty())
        .collect();
    items.sort_by_key(|a| a.footer);
    items.into_iter().map(|a| (keymap.hint_label(ctx, a.id), a.hint(tr))).collect()
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
