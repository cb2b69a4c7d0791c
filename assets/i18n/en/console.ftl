# What the console draws, in English: the reference every other language is held to (the same
# ids, the same variables). Rule ids (WG05), keys, commands, numbers and emails stay as they are.

## Where keys go (help's "In ...", "works in ...")
ctx-users = Users
ctx-devices = Devices
ctx-numbers = Numbers
ctx-broadworks = BroadWorks Status
ctx-details = Details
ctx-activation = Activation details
ctx-filter = the filter
ctx-help = help
ctx-messages = the message log
ctx-palette = the palette
ctx-confirm = a confirmation
ctx-choice = a choice
ctx-search = a user search
ctx-form = a form
ctx-progress = a long run
ctx-report = a report
ctx-proceed = a dry run's report
ctx-why = why can't this user call?
places-panes-and-details = panes and details

## The action table: hint-<name> is the footer's few words, desc-<name> what help says
hint-up = up
desc-up = Move the selection up

hint-down = down
desc-down = Move the selection down

hint-top = top
desc-top = Go to the first row

hint-bottom = bottom
desc-bottom = Go to the last row

hint-page_up = page up
desc-page_up = Scroll one page up

hint-page_down = page down
desc-page_down = Scroll one page down

hint-next_pane = next pane
desc-next_pane = Switch to the next pane

hint-previous_pane = previous pane
desc-previous_pane = Switch to the previous pane

hint-pane_users = Users
desc-pane_users = Show the Users pane

hint-pane_devices = Devices
desc-pane_devices = Show the Devices pane (every Webex Go device)

hint-pane_numbers = Numbers
desc-pane_numbers = Show the Numbers pane (the number inventory)

hint-pane_broadworks = BroadWorks
desc-pane_broadworks = Show the BroadWorks Status pane

hint-filter = filter
desc-filter = Filter the pane by name, email, number or location (in help: search the help)

hint-details = open
desc-details = Open the selected row: numbers, device, code history, licences, audit

hint-back = back
desc-back = Go back: close a view or dialog, clear the filter

hint-add_device = add Go
desc-add_device = Add a Webex Go device (Users: to the selected user; Devices: search for an existing user) (WG01-WG04, WG14)

hint-new_code = new code
desc-new_code = Issue a new activation code; every earlier code stops working (WG05)

hint-lost_stolen = lost/stolen
desc-lost_stolen = Lost/stolen: deactivate the line on the lost phone for good and issue a new code (WG08)

hint-delete_device = delete
desc-delete_device = Delete the Webex Go device; its licence returns to the pool (WG09)

hint-copy_code = copy code
desc-copy_code = Copy the activation code to the clipboard

hint-print_letter = print letter
desc-print_letter = Write the one-page PDF activation letter (and a plain-text copy) to private files, send it to the print command when one is set up, and say where

hint-email_code = email again
desc-email_code = Email the activation code to the user again (WG04)

hint-letter_language = language
desc-letter_language = Choose the language of the activation letter and the code's email, the user's: in the activation details before printing or emailing it again, and when confirming a new code or lost/stolen. It starts as the console's, and holds for that code only

hint-sort_devices = sort
desc-sort_devices = Order the devices: as added, offline first (then pending with an expired code), expired codes first, by name

hint-device_status_filter = status
desc-device_status_filter = Show only the devices in one status: offline, activation pending, online, or all

hint-toggle_mobile_only = mobile only
desc-toggle_mobile_only = Show only mobile numbers (Webex Mobile) or every number (MO04)

hint-toggle_exclude_provisioned = excl. provisioned
desc-toggle_exclude_provisioned = Show only subscribers pending or in error, or everyone (BW05)

hint-operator_accounts = accounts
desc-operator_accounts = Show the operator accounts (location, operator, account id, Pending/Failed/Authorized and what to do) or the numbers again (MO02)

hint-add_operator_account = add account
desc-add_operator_account = Request an operator account for a location: operator and account id typed twice; the id cannot be changed later (MO01)

hint-add_mobile_numbers = add mobile nos
desc-add_mobile_numbers = Add mobile numbers under an Authorized operator account: comma-separated, at most 20, each checked as you type (MO02, MO03)

hint-assign_mobile_primary = mobile primary
desc-assign_mobile_primary = Make an unassigned mobile number of the user's location the primary number; the old one goes back to the pool and a Webex Go device follows (MO05, MO06)

hint-bw_retry = retry
desc-bw_retry = Retry activation of a subscriber in error or pending: enter a valid email, then onboard (BW04)

hint-bw_delete = delete user
desc-bw_delete = Delete a subscriber in error or pending, so the user can try again after a configuration change (BW04)

hint-bw_package = package
desc-bw_package = Change the package type of a subscriber in error or pending: softphone, basic, standard or premium (BW04)

hint-bw_copy_error = copy error
desc-bw_copy_error = Copy the subscriber's error text to the clipboard and say how it was copied (BW04)

hint-bw_export = export CSV
desc-bw_export = Export the list as CSV, honouring exclude provisioned, to a private file beside the database and say where (BW05)

hint-bw_templates = templates
desc-bw_templates = Show the customer templates and which are not set up for flow-through with untrusted emails, and what to change (BW01)

hint-toggle_not_provisioned = not provisioned
desc-toggle_not_provisioned = Show only users without Webex Calling, each with the reason and the fix, or every user (AL04)

hint-set_work_number = work number
desc-set_work_number = Correct the user's work number (E.164), then re-apply the template (AL02, AL04, AL05)

hint-directory_sync = sync directory
desc-directory_sync = Sync a directory export file: create or update users; covered users get Webex Calling when their number passes every check (AL02, AL05); Esc cancels and rolls back

hint-reapply_template = re-apply template
desc-reapply_template = Re-apply a licence template to existing users; preserve licences is on unless you turn it off and type the confirmation (AL06); Esc cancels and rolls back

hint-assign_template = assign template
desc-assign_template = Assign a licence template by hand: location and number for each covered user without Calling, one after another (AL01, AL03)

hint-save_licence_template = new template
desc-save_licence_template = Create a licence template, or change the one of that name: the whole organisation or one directory group, Webex Calling or not, other licences (AL03); users keep what they hold

hint-export_users = export user.csv
desc-export_users = Export user.csv (with Webex Calling VAR Professional TRUE/FALSE) to a private file beside the database and say where (AL04)

hint-import_devices = bulk add
desc-import_devices = Bulk add Webex Go devices from the CSV template: file, email the codes or not, codes file; every row checked first, then all or nothing (WG13)

hint-toggle_webex_go_calls = Webex Go calls
desc-toggle_webex_go_calls = Recent calls: show only Webex Go calls (sub client type MOBILE_NETWORK) or every call (WG15)

hint-why = why?
desc-why = Why can't this user call? Everything about the person of the row (a user, a device's owner, a number's holder, a BroadWorks subscriber) joined, and the likely causes, each with its rule and the key and command that fix it

hint-why_refresh = refresh
desc-why_refresh = In the why view: read the person again, on a real organisation from Webex first, then the causes

hint-sync_webex = sync Webex
desc-sync_webex = A real organisation: sync it from Webex in the background; the panes keep showing the last complete copy, the header shows the progress, Esc stops it and the cache keeps its last complete state

hint-full_sync_webex = full sync
desc-full_sync_webex = A real organisation: sync everything from Webex again, with 30 days of admin audit events

hint-pick_organisation = organisations
desc-pick_organisation = A real organisation: the organisations this sign-in manages (a partner's customers); pick one to open it, syncing it first when it is not cached

hint-refresh = refresh
desc-refresh = Reload from the database and redraw

hint-help = help
desc-help = Show every action and its keys

hint-message_log = messages
desc-message_log = The message log: every message of this session with its time, whole, and the file it names; c copies one, f its file path

hint-copy_message = copy message
desc-copy_message = Copy the selected message, whole, to the clipboard

hint-copy_message_path = copy file path
desc-copy_message_path = Copy the file path the selected message names to the clipboard

hint-palette = cmds
desc-palette = Command palette: search actions by name

hint-quit = quit
desc-quit = Quit wxgo

hint-confirm = do it
desc-confirm = Do what the confirmation says

hint-pick = pick
desc-pick = Take the selected item

hint-run_command = run
desc-run_command = Run the selected action

hint-keep_filter = keep
desc-keep_filter = Keep the filter as typed

hint-next_field = field
desc-next_field = Go to the next field

hint-previous_field = previous field
desc-previous_field = Go to the previous field

hint-choose_previous = change
desc-choose_previous = Choose the previous value of a list field, flip a switch, or move the cursor left in a text field

hint-choose_next = change
desc-choose_next = Choose the next value of a list field, flip a switch, or move the cursor right in a text field

hint-delete_to_start = clear
desc-delete_to_start = In a text field: delete from the cursor back to the start (clears a pre-filled value)

hint-delete_word = delete word
desc-delete_word = In a text field: delete the word before the cursor

hint-delete_to_end = delete to end
desc-delete_to_end = In a text field: delete from the cursor to the end

hint-line_start = start
desc-line_start = In a text field: move the cursor to the start

hint-line_end = end
desc-line_end = In a text field: move the cursor to the end

hint-switch = switch
desc-switch = Flip the switch in focus (in a text field: a space)

hint-submit = next/save
desc-submit = Go on: the next field, or save what the form says

hint-proceed = submit
desc-proceed = Go on to the next step the report offers (submit the import after its dry run)

hint-skip_user = skip
desc-skip_user = Manual assignment: leave this user as they are and go to the next one

hint-cancel = cancel
desc-cancel = Cancel: nothing changes (a long run is rolled back whole)

hint-close = close
desc-close = Close the overlay

## What a key says where it does not work
say-code-shown-once = { $action }: a code is shown once, when it is issued (WG04). Press { $new_code } for a new code, then { $key }.
say-works-elsewhere = { $action } works in { $places }, not in { $here }

## The footer, and a window too small
footer-type = type
footer-type-filter = filter
footer-type-search = search
small-title = Make the window larger
small-needs = wxgo needs { $needs }; this is { $this }.
small-quits = q quits.
more-below = ↓ more below

## Help (?)
help-title = Help · keys in { $place } · from the action table
help-title-search = Help · search: { $query }
help-col-keys = Keys
help-col-action = Action
help-col-what = What it does
help-nothing = nothing in the help mentions "{ $query }"
help-in = In { $place }
help-moving = Moving, panes and the console
help-elsewhere = Elsewhere
help-palette-only = : only
help-in-places = in { $places }
help-control-hub-only = Control Hub only (no public Webex API): { $path }
help-changes-data = changes data
help-changes-data-refused = changes data: refused, read-only
help-asks-first = asks first
help-footer = { $move } scroll · { $search } search · { $close } closes

## The palette (:)
palette-title = Commands
palette-no-match = no action matches
palette-no-match-query = no action matches "{ $query }"
palette-control-hub-only = Control Hub only
palette-read-only = read-only
say-key-does-nothing = { $key } does nothing here; press ? for the keys

## Column heads
col-broadworks-id = BroadWorks id
col-name = Name
col-package = Package
col-status = Status
col-error = Error
col-number = Number
col-location = Location
col-kind = Kind
col-state = State
col-owner = Owner
col-badge = Badge
col-operator = Operator
col-account-id = Account id
col-numbers = Numbers
col-what-to-do = What to do
col-email = Email
col-licences = Licences
col-calling = Calling
col-webex-go = Webex Go
col-device = Device
col-subscription = Subscription
col-expires = Expires

## The panes' title lines and empty lists
loading = loading…
title-none = none
title-rows = { $from }-{ $to } of { $n }
title-filter = filter:
title-filter-keys = Enter keep · Esc cancel
title-filter-clears = (Esc clears)
title-on = on
title-off = off
title-mobile-only = mobile only
title-accounts = accounts
title-not-provisioned = not provisioned
title-exclude-provisioned = exclude provisioned
title-only = only { $status }
empty-users = no users here
empty-devices = no devices here
empty-numbers = no numbers here
empty-broadworks = no broadworks status here
empty-filter = nothing matches "{ $filter }"
say-no-filter = no filter
say-filter-rows = filter "{ $filter }": { $n ->
    [one] { $n } row
   *[other] { $n } rows
}
say-filter-cleared = filter cleared
say-nothing-selected = nothing selected

## Words of the domain
sort-added = as added
sort-status = offline first
sort-expired = expired codes first
sort-name = by name
auth-pending = Pending
auth-failed = Failed
auth-authorized = Authorized
bw-pending-email-input = Pending email input
bw-pending-email-validation = Pending email validation
bw-pending-user-migration = Pending user migration
bw-provisioning = Provisioning
bw-provisioned = Provisioned
bw-updating = Updating
bw-error = Error
kind-byod = BYOD
kind-mobile-operator = Mobile operator
number-available = Available
number-duplicate = Duplicate
number-duplicate-in-list = Duplicate In List
number-invalid = Invalid
number-unavailable = Unavailable

## Users pane
calling-provisioned = provisioned
calling-not-provisioned = not provisioned
no-device = no device
no-number = no number
say-showing-not-provisioned = showing users without Webex Calling, with the reason and the fix (AL04)
say-showing-every-user = showing every user
empty-not-provisioned = everyone covered has Webex Calling: nobody is not provisioned
np-no-reason = no reason was recorded
np-why = why: { $reason }
np-fix = fix: { $fix }

## Devices pane
kind-operator-short = Operator
code-expired = expired
status-issues = issues
say-devices-ordered = devices ordered: { $order }
say-showing-only-devices = showing only { $status } devices
say-showing-every-device = showing every device

## Numbers pane and the operator accounts
number-primary = primary
number-unassigned = unassigned
number-assigned-to = Assigned to { $owner } ({ $kind }).
number-notice-unassigned = Unassigned: it can be given to a user of this location.
number-webex-mobile-from = Webex Mobile number from { $operator }.
number-mobile-operator = Mobile operator { $operator }.
number-title = Number { $number }
say-showing-mobile-only = showing only mobile numbers (Webex Mobile)
say-showing-every-number = showing every number
say-showing-accounts = operator accounts (MO02); press { $key } again for the numbers
say-showing-inventory = the number inventory
say-no-account-yet = no operator account yet
account-location = Location { $location } ({ $country }) · operator { $operator }
account-id-fixed = Account id { $id } (fixed once confirmed, MO01)
account-times = Requested { $requested } · changed { $changed } · { $n ->
    [one] { $n } mobile number
   *[other] { $n } mobile numbers
}
account-title = Operator account { $id }
accounts-title = Operator accounts
accounts-numbers = numbers
accounts-add-account = add account
accounts-add-numbers = add numbers
accounts-empty = no operator account yet: press { $key } to request one for a location (MO01)
accounts-what-to-do = what to do (MO02):

## BroadWorks Status pane
bw-no-email-yet = no email yet
bw-notice-title = BroadWorks subscriber { $id }
bw-notice-id = BroadWorks id: { $id }
bw-notice-provisioning = Provisioning id: { $id } · enterprise { $enterprise }
bw-notice-number = Number: { $number } · extension { $extension }
bw-notice-package = Package: { $package } · template { $template }
bw-notice-status = Status: { $status } since { $since }
bw-self-activated = self-activated
bw-no-error = No error.
bw-no-description = (no description)
bw-notice-error = Error { $code }: { $text }
say-showing-open-subscribers = showing only subscribers pending or in error (provisioned excluded)
say-showing-every-subscriber = showing every subscriber
bw01-check-untrusted = check Untrusted emails
bw01-set-share-link = set share link to activation link
bw-loading-header = loading the status groups and templates…
bw-count-error = { $n } error
bw-count-pending = { $n } pending
bw-count-provisioned = { $n } provisioned
bw-provisioned-hidden = (provisioned hidden)
bw-templates = templates
bw01-all-ready = BW01: all { $n } customer templates are set up for flow-through with untrusted emails
bw01-not-ready = BW01: "{ $name }"{ $more ->
    [0] {""}
   *[other] {" "}(and { $more } more)
} not set up for flow-through with untrusted emails: { $fix }

## Activation details (WG04)
act-title = Activation details: { $device } · { $owner }
act-scan = Scan the QR code: Settings > Mobile Service > Add eSIM.
act-esim-note = The eSIM's QR code and SM-DP+ address are in Control Hub (Devices > the Webex Go device), not in Webex's API: give them to the user with this code.
act-android-code = Android code
act-qr-holds = QR holds
act-shown-once = Shown once: copy, print or email it now.
act-business-line = Business line { $number }
act-code-iphone = Activation code (type it on an iPhone)
act-smdp = SM-DP+ address
act-expires = Expires
act-email = Email
act-letter-lang = Letter language:
act-larger-for-qr = Make the window larger (80x24) to show the QR code.
act-code-webex = Activation code, as Webex gave it

## A user's details
fmt-datetime-short = %Y-%m-%d %H:%M
none = none
say-calls-go-only = recent calls: only Webex Go calls (sub client type MOBILE_NETWORK, WG15)
say-calls-every = recent calls: every call
calls-recent-go = Recent Webex Go calls
calls-recent = Recent calls
calls-go-only = Webex Go only (MOBILE_NETWORK): { $on }
calls-no-go = no Webex Go calls
calls-none = none (import call records with `{ $command }`)
calls-out = out
calls-in = in
detail-location = Location
detail-licences = Licences
detail-calling = Webex Calling
detail-primary-number = Primary number
detail-extension = extension { $extension }
detail-device = Webex Go device
detail-issues = connected with issues: error codes { $codes }
detail-device-times = added { $added } · changed { $changed } · number { $number }
detail-codes = Activation codes (newest first; codes themselves are never stored)
detail-code-times = issued { $issued } · expires { $expires }
detail-code-ended = ended { $at }
detail-no-device = none · press { $key } to add one
detail-numbers = Numbers
detail-audit = Recent audit entries
code-state-valid = valid
code-state-expired = expired
code-state-superseded = superseded
code-state-used = used
code-state-revoked = revoked

## The header and the status line
header-opening = (opening…)
header-read-only = READ-ONLY
header-syncing = syncing: { $line } · Esc stops
header-syncing-other = syncing { $org }: { $line } · Esc stops
header-db = db:
header-clipboard = clipboard:
header-clip = clip:
clip-setting-way = { $setting }: { $way }
clip-native-unavailable = native (unavailable)
clip-way-system = system
clip-way-osc52-tmux = OSC 52 via tmux
clip-way-tmux-buffer = tmux buffer
clip-way-tmux-off = none (tmux set-clipboard off)
clip-way-osc52-tmux-unknown = OSC 52 (tmux unknown)
clip-way-osc52 = OSC 52
clip-way-tmux-passthrough = tmux passthrough
trouble-offline = offline
trouble-polls-failing = polls failing
trouble-since = { $what } since { $at } UTC
poll-unreachable = Webex could not be reached at { $at } UTC: { $words }. The panes show the last copy; wxgo asks again at the next poll.
poll-refused = Webex refused the poll at { $at } UTC: { $words }. The panes show the last copy; wxgo asks again at the next poll.
poll-recovered = Webex answers again ({ $at } UTC; { $what } since { $since } UTC): the panes are current.
status-shows-all = { $key } shows it all
status-read-only = read-only: the service refuses every change; open without --read-only to make changes
say-read-only = read-only: { $why }
say-not-copied = not copied: { $error }

## Dialogs: confirmations, reports, the message log
or = or
confirm-do-it = do it
confirm-cancel = cancel: nothing changes
report-not-submitted = not submitted; nothing was added
report-closes = { $keys } closes
report-submit = submit
report-cancel-nothing-added = cancel: nothing is added
messages-title = Messages · { $n } this session · newest last
messages-none = no messages yet
messages-file = file:
messages-nothing-to-copy = no message to copy yet
messages-no-file = this message names no file
messages-footer = { $move } select · { $copy } copy message · { $path } copy file path · { $close } closes
copied-message = message
copied-path = path

## Pickers and cancelling
choice-search = search:
choice-no-matches = no matches
say-manual-stopped = manual assignment stopped; the users done so far keep their Calling
say-cancelled = cancelled; nothing changed
copied-activation-code = activation code

## Webex Go devices (WG01-WG09, WG14)
dev-sub-item = { $free } of { $total } free · { $name } · { $id }
dev-sub-title = Subscription for { $who }'s Webex Go licence (WG02)
dev-sub-prompt = More than one subscription has Webex Go licences: choose one
dev-add-licence-of = • It takes one Webex Go licence of { $name } ({ $free } of { $total } free now).
dev-add-licence-any = • It takes one of the organisation's Webex Go licences (Webex picks the subscription).
dev-its-primary-number = its primary number
dev-suppresses-emails = { $org } suppresses emails: you copy or print the code.
dev-code-emailed = The activation code is emailed to { $email } and shown here once.
dev-add-title = Add a Webex Go device for { $name }?
dev-add-who = { $name } <{ $email }> · number { $number }.
dev-add-webex-asked = • Webex is asked now (POST /devices/activationCode) and the device is added there.
dev-add-search-title = Add Webex Go device: existing user
dev-add-search-prompt = Search users by name, email or location
say-select-user-first = select a user first
say-checking = checking { $email }…
dev-the-location = the location
dev-number-prompt = { $name } has no primary number: pick an unassigned number of { $location }
dev-number-title = Number for { $name } (WG03)
say-adding-device = adding a Webex Go device for { $email }…
no-location = no location
dev-user-has = has { $device } ({ $status })
dev-user-no-device = no Webex Go device
dev-no-device-press = { $email } has no Webex Go device; press { $key } to add one
say-no-user-open = no user is open
say-still-loading-user = still loading the user; try again in a moment
say-select-user-or-device = select a user or a device first
dev-no-new-code-title = No new code for { $device } while it is { $status }
dev-no-new-code-lost = • The phone is lost or stolen, or replaced without the old one: press { $key } (Lost/Stolen). The line on the old phone is deactivated for good and a new code is issued for the new phone (WG08).
dev-no-new-code-at-hand = • The old phone is at hand: { $name } removes the Webex Go line from it (WG11). The device then shows Activation pending and { $key } issues the new code.
dev-device-of = Device { $device } of { $who }.
dev-device-of-status = Device { $device } of { $who }, { $status }.
dev-suppresses-emails-new = { $org } suppresses emails: you copy or print the new code.
dev-new-code-emailed = The new code is emailed to { $email } and shown here once.
dev-its-subscription = its subscription
dev-new-code-title = New activation code for { $device }?
dev-new-code-issued = • A new activation code is issued (only while Activation pending).
dev-new-code-stops = • Every code issued before it stops working at once (WG05).
dev-lost-title = Lost or stolen: { $device }?
dev-lost-deactivated = • The business line on the lost phone is deactivated at once and for good: its code and eSIM profile can never be used again.
dev-lost-pending = • The device goes back to Activation pending with a new activation code for the replacement phone (WG08).
dev-delete-title = Delete { $device }?
dev-delete-pool = • The Webex Go device is removed and its licence goes back to the pool of { $subscription } (WG09).
dev-delete-no-calls = • { $name } can no longer place or answer business calls from the phone's dialer.
dev-delete-by-hand = • { $name } must delete the deactivated line on the phone by hand; you will be shown how.
say-code-issued = { $device }: code issued for { $email }, { $status }. { $note }
say-deleted = { $device } deleted; its licence went back to { $subscription } ({ $free } free).
dev-deleted-line = The Webex Go device { $device } of { $email } is deleted. Its licence went back to subscription { $subscription } ({ $free } free now).
dev-tell = Tell { $email }: { $notice }
dev-deleted-title = Deleted { $device }
say-emailing-code = emailing the code to { $email } again…
say-sent-again = sent again: { $note }

## Mobile operators (MO01-MO06)
mob-no-account-yet = no operator account yet: press { $key } to request one (MO01)
field-location = Location
field-mobile-operator = Mobile operator
field-account-id = Account id
field-account-id-again = Account id again
field-numbers = Numbers
mob-account-form-title = Add operator account (MO01)
mob-account-form-submit = Next: confirm the account id
mob-confirm-what = Location { $location } · operator { $operator } · account id { $id }
mob-confirm-fixed = • Once confirmed, the operator account id cannot be changed later (MO01).
mob-confirm-pending = • The operator is asked to authorise it: Pending, which can take up to 48 hours (MO02).
mob-confirm-numbers-later = • Numbers can be added once it is Authorized.
mob-confirm-title = Confirm operator account id { $id }?
say-loading-accounts = loading the operator accounts; try again in a moment
mob-pick-account-title = Add mobile numbers: operator account
mob-pick-account-prompt = Numbers can be added only under an Authorized account (MO02)
say-no-locations = no locations in the copy of this organisation: sync it first (F)
mob-pick-location-title = Add mobile numbers: location
mob-pick-location-prompt = Its operator account is Control Hub's; Webex validates each number (MO02, MO03)
mob-numbers-form-title-webex = Add mobile numbers: { $location } · through Webex
mob-numbers-form-title = Add mobile numbers: { $location } · { $operator } · { $id }
mob-numbers-form-submit = save: add the valid numbers
say-adding-mobile-numbers = adding mobile numbers under { $id }…
say-account-requested = operator account { $id } for { $location } ({ $operator }) requested: { $status }
mob-account-fixed = { $location } · { $operator } · account id { $id } (fixed: it cannot be changed)
say-mobile-added = { $who }: { $added } added, { $rejected } not added (MO03)
mob-added-webex = { $added } of { $n } numbers added to { $location } through Webex; new mobile numbers are INACTIVE until assigned.
mob-added-under = { $added } of { $n } numbers added to { $location } under { $id }; new mobile numbers are INACTIVE until assigned.
mob-not-added = not added
mob-request-failed = a request of { $n } numbers: { $outcome } · { $why }
mob-added = added
mob-not-added-why = not added: { $why }
mob-numbers-report-title = Mobile numbers for { $location }
say-looking-up-mobile = looking up the mobile numbers for { $email }…
mob-users-location-none = the user's location (none)
mob-no-numbers = MO05: no unassigned mobile numbers in { $location }, the location of { $email }. Add some on the Numbers pane ({ $pane } then { $add }) under an Authorized operator account of that location.
mob-mobile = mobile
mob-primary-pick-title = Mobile primary number for { $name } (MO05)
mob-users-location = the user's location
mob-no-primary = no primary number
mob-primary-pick-prompt = Unassigned mobile numbers of { $location } only; now: { $now }
mob-primary-make = Make { $number } the primary number of { $who }?
mob-primary-replaces = • It replaces the current primary number { $old }, which goes back to the pool of unassigned numbers.
mob-primary-replaces-none = • { $name } has no primary number now: nothing is replaced.
mob-primary-device-kept = • { $number } becomes ACTIVE; the Webex Go device { $device } takes the new number (MO05).
mob-primary-device-created = • { $number } becomes ACTIVE and a Webex Go device through the mobile operator is created for { $name } (MO05).
mob-primary-device-created-from = • { $number } becomes ACTIVE and a Webex Go device through the mobile operator is created for { $name } (MO05), licence from { $subscription }.
mob-primary-confirm-title = Mobile primary number for { $name }?
mob-primary-now = { $number } is now the primary number of { $email } (ACTIVE).
mob-primary-replaced = { $old } was replaced: it is back in the pool of unassigned numbers.
mob-primary-nothing-replaced = There was no primary number to replace.
mob-device-created = created
mob-device-kept = kept, with the new number
mob-device-line = Webex Go device { $device } · { $kind } · { $status } · { $what }; it is on the user's devices and in the Devices pane.
mob-device-short = Webex Go device { $device } { $what }.
say-primary-assigned = { $number } is { $email }'s primary number; device { $device }
mob-primary-report-title = Mobile primary number for { $email }

## Forms
form-numbers-once-authorized = { $status }: add numbers once the account is Authorized (MO02) · Esc closes
form-loading-locations = loading the locations…
form-type-operator = type the mobile operator
form-type-account-id = type the operator account id
form-ids-differ = MO01: the two account ids differ; type the same id twice to go on
form-type-numbers = type mobile numbers separated by commas (at most { $n })
form-type-email = type the email to onboard the subscriber with
form-reapply = re-apply
form-type-to-confirm = Type { $word } or { $n } to confirm
form-remove-and-reapply = remove Calling for good and re-apply
form-location = Location { $location }
form-webex-validates = Its operator account is Control Hub's (no public API): Webex validates each number on save and refuses them if the account is not Authorized (MO02, MO03).
form-comma-separated-webex = Comma-separated, at most { $most } on a real organisation, sent { $per } per request.
form-account = Account { $id }
form-comma-separated = Comma-separated, at most { $n } (MO03); each is checked after its comma and on save.
form-retry-email = Enter a valid email; the subscriber is then onboarded (BW04).
form-type-id-twice = Type the operator account id twice; once confirmed it cannot be changed (MO01).
form-ids-match = the two account ids match
form-ids-differ-short = the two account ids differ (MO01)
form-typed-of-most = { $typed } of at most { $n } numbers
form-switch-on = [x] on  (Space switches)
form-switch-off = [ ] off (Space switches)
form-typing-replaces = typing replaces it
form-next-not-available = Next is not available: { $why }
form-next = next
form-next-field = next field
form-cancel = cancel

## Licence assignment (AL01-AL06)
form-save = save
field-work-number = Work number
field-directory-file = Directory file
field-preserve-licences = Preserve licences for existing users
field-name = Name
field-group = Group (empty: whole organisation)
field-grants-calling = Grants Webex Calling Professional
field-other-licences = Other licences
field-number = Number
field-extension = Extension
lic-work-number-now = { $name } <{ $email }> · work number now: { $work }
lic-work-number-help = Type the number in E.164 (+, country code, number). It must be provisioned at a location and not assigned to anyone else (AL02); then re-apply the template.
lic-work-number-title = Work number of { $name }
lic-type-number-first = type the number first
say-saving-work-number = saving the work number…
lic-type-directory-path = type the path of the directory file
lic-reapply-not-confirmed = AL06: this cannot be undone. Type { $word } (or { $n }, the users who lose Webex Calling) to confirm, or turn preserve licences back on. Nothing was changed.
lic-type-template-name = type the template's name first
say-saving-template = saving the licence template…
say-licensing = licensing { $email }…
lic-sync-help = A directory export (CSV: email, display name, work phone number, department). Users are created or updated; covered users get Webex Calling only when their work number passes every check.
lic-sync-form-title = Directory sync (AL02, AL05)
lic-sync = sync
say-reading-templates = reading the licence templates…
lic-no-templates = there are no licence templates; add one with { $key }
say-counting-reapply = counting what re-applying "{ $name }" does…
say-finding-covered = finding the users "{ $name }" covers without Webex Calling…
lic-reapply-title = Re-apply "{ $name }" to existing users (AL06)
lic-template-help = A new name creates a template; an existing name changes that one. One template for the whole organisation, one per directory group (department); a group's template wins for its users. Users keep the licences they hold: re-apply the template ({ $key }) to license the others.
lic-template-title = Licence template (AL03)
say-exporting-users = exporting user.csv…
say-exported-users = exported { $n ->
    [one] { $n } user
   *[other] { $n } users
} to { $path }
lic-export-written = { $n ->
    [one] { $n } user
   *[other] { $n } users
} written as CSV to:
lic-export-readable = Readable only by you. Webex Calling VAR Professional FALSE with a phone number: the number is unusable; FALSE without one: no number was given.
lic-export-title = user.csv exported (AL04)
say-covers-nobody = "{ $name }" covers nobody without Webex Calling: nothing to assign
lic-manual-user = User { $at } of { $n }: { $name } <{ $email }> · work number { $work }
lic-manual-needs = Webex Calling needs a location and an extension and/or a number of that location (AL01).
lic-manual-submit = license, then next user · { $key } skip
lic-manual-title = Assign "{ $name }" (AL03)
lic-partly-applied = Webex applied only part of it
lic-skipped = skipped, unchanged
say-manual-done = manual assignment of "{ $name }" done
lic-manual-report-title = Assigned "{ $name }" (AL03)
say-work-number-set = { $email }: work number { $number }; { $next }
lic-group = group { $group }
lic-whole-organisation = whole organisation
lic-organisation = organisation
lic-grants-calling = grants Webex Calling
lic-no-calling = no Webex Calling
say-template-created = created "{ $name }" ({ $scope }): { $calling }; covers { $n } users, { $with } with Webex Calling. Re-apply it with { $key } to license the others.
say-template-changed = changed "{ $name }" ({ $scope }): { $calling }; covers { $n } users, { $with } with Webex Calling. Re-apply it with { $key } to license the others.
lic-directory-sync = directory sync
lic-reapply = re-apply
say-synced = synced { $n } users: { $provisioned } provisioned, { $not_provisioned } not provisioned
lic-sync-counts = { $source }: { $n } users · { $created } created · { $updated } updated · { $unchanged } unchanged
lic-sync-calling = Webex Calling: { $provisioned } provisioned · { $not_provisioned } not provisioned · { $kept } kept · { $not_covered } not covered
lic-sync-press = Press { $key } for everyone not provisioned, with the fix.
lic-sync-report-title = Directory sync (AL02)
say-reapplied = re-applied "{ $name }": { $provisioned } provisioned, { $not_provisioned } not provisioned, { $removed } lost Webex Calling
lic-reapplied-counts-on = "{ $name }" covers { $n } users; preserve licences on: { $provisioned } provisioned · { $not_provisioned } not provisioned · { $kept } kept · { $removed } lost Webex Calling ({ $numbers } numbers back to the pool)
lic-reapplied-counts-off = "{ $name }" covers { $n } users; preserve licences off: { $provisioned } provisioned · { $not_provisioned } not provisioned · { $kept } kept · { $removed } lost Webex Calling ({ $numbers } numbers back to the pool)
lic-reapplied-title = Re-applied "{ $name }" (AL06)
lic-run-cancelled = { $what } cancelled: { $sent ->
    [one] { $sent } user
   *[other] { $sent } users
} done in Webex before it stopped, { $not_sent } not sent; run it again to continue
lic-run-failed = { $what }: { $sent ->
    [one] { $sent } user
   *[other] { $sent } users
} done in Webex; { $failed } not (or not all) done, each with Webex's words in the report
lic-more-not-provisioned = … and { $n } more not provisioned
lic-reapply-grants = "{ $name }" grants Webex Calling and covers { $n } users; { $to_license } of them have no Calling yet and are licensed where their work number passes every check.
lic-reapply-does-not-grant = "{ $name }" does not grant Webex Calling and covers { $n } users; { $to_license } of them have no Calling yet and are licensed where their work number passes every check.
lic-preserve-on = Preserve licences for existing users: ON. Nobody loses Webex Calling. Space turns it off.
lic-preserve-off = Preserve licences: OFF. { $n ->
    [one] { $n } user
   *[other] { $n } users
} will lose Webex Calling.
lic-template-item = { $name } · covers { $n }, { $with } with Calling · { $calling } · { $scope }
lic-item-grants = grants Calling
lic-item-no-calling = no Calling
lic-pick-reapply-title = Re-apply a licence template (AL06)
lic-pick-reapply-prompt = Choose the template to re-apply to existing users
lic-pick-assign-title = Assign a licence template (AL03)
lic-pick-assign-prompt = Choose the template; you give location and number per user
outcome-provisioned = provisioned
outcome-not-provisioned = not provisioned
outcome-kept = kept
outcome-not-covered = not covered
outcome-removed = Calling removed
outcome-refused = refused

## BroadWorks flow-through (BW01-BW05)
bw-fix-nothing = nothing
bw-fix-untrusted = check Untrusted emails in the template's user verification
bw-fix-share-link = set the share link to the activation link (now { $now })
bw-fix-both = check Untrusted emails in the template's user verification and set the share link to the activation link (now { $now })
say-select-subscriber-first = select a subscriber first
bw-delete-from-webex = • The subscriber is deleted from Webex (BW04).
bw-delete-try-again = • After the configuration change, the user can try again in the activation portal.
bw-delete-title = Delete BroadWorks subscriber { $id }?
bw-package-now = { $package } (now)
bw-package-title = Package type for { $id } (BW04)
bw-retry-title = Retry activation: { $id } (BW04)
field-email = Email
bw-retry-submit = retry: onboard with this email
say-retrying = retrying activation of { $id }…
say-package-already = { $id } already has the { $package } package; nothing changed
bw-package-changes = • The package type changes from { $from } to { $to } (BW04).
bw-package-follows = • The subscriber's services follow the new package once provisioning has run.
bw-package-confirm-title = Change the package of { $id } to { $package }?
copied-error-text = error text of { $id }
say-exporting = exporting…
bw-provisioned-excluded = provisioned excluded
bw-everyone = everyone
say-bw-exported = exported { $n ->
    [one] { $n } subscriber
   *[other] { $n } subscribers
} ({ $which }) to { $path }
bw-export-written = { $n ->
    [one] { $n } subscriber
   *[other] { $n } subscribers
} ({ $which }) written as CSV to:
bw-export-readable = The file is readable only by you.
bw-export-title = BroadWorks list exported (BW05)
say-loading-templates = loading the customer templates; try again in a moment
bw-no-templates = No customer templates.
bw-template-settings-checked = untrusted emails checked · share link { $share_link } · default package { $package }
bw-template-settings-unchecked = untrusted emails not checked · share link { $share_link } · default package { $package }
bw-template-ready = { $name } · ready for flow-through
bw-template-not-ready = { $name } · NOT set up for flow-through with untrusted emails (BW01)
bw-template-to-change = To change: { $fix }
bw-templates-title = Customer templates (BW01)
bw-package-changed = { $id } package changed: { $status } · package { $package }
bw-retried = { $id } retried: { $status } · package { $package }
say-bw-deleted = { $id } deleted (was { $status }): the user can try again in the activation portal after the configuration change

## Bulk add (WG13) and the activation letter
imp-intro = The CSV template (`{ $command }`): one row per device. Every row is checked first (a dry run that changes nothing); then you submit, and either every device is added or none (WG13).
imp-suppresses-emails = { $org } suppresses emails: hand the codes out from a codes file or letters.
field-devices-csv = Devices CSV file
field-email-codes = Email the codes
field-codes-file = Codes file (optional)
field-email-lang = Email language
imp-form-title = Bulk add Webex Go devices (WG13)
imp-check-every-row = check every row
imp-type-path = type the path of the devices CSV file
imp-cannot-read = cannot read { $path }: { $error }; check the path and try again
say-import-problems = { $source }: { $n ->
    [one] { $n } problem
   *[other] { $n } problems
}; nothing was added (WG13)
imp-rows-checked-problems = { $rows ->
    [one] { $rows } row
   *[other] { $rows } rows
} checked: { $n ->
    [one] { $n } problem
   *[other] { $n } problems
}, so nothing was added. Fix the file and import it again.
imp-line-column = line { $line }, column { $column }
imp-problems-title = Bulk add: problems (WG13)
say-import-pass = { $source }: all { $rows } rows pass; Enter submits
imp-all-pass = all { $rows } rows pass every check (dry run: nothing added yet).
imp-email-yes = Email the codes: yes
imp-email-no = Email the codes: no
imp-codes-file = Codes file: { $file }
imp-enter-submits = Enter submits: every device is added, or none. Esc cancels.
imp-ready-title = Bulk add: ready (WG13)
say-imported = { $source }: { $added } devices added, { $emailed } emailed
imp-added = { $added } Webex Go devices added · { $emailed } codes emailed
imp-codes-file-private = Codes file (readable only by you): { $file }
imp-no-codes-file = No codes file was asked for.
imp-emailed = emailed
imp-more-devices = … and { $n } more in the Devices pane
imp-done-title = Bulk add done (WG13)
say-writing-letter = writing the activation letter…
tui-letter-printed = sent to the printer with `{ $command }`
tui-letter-not-printed = not printed: { $error }
tui-letter-no-print-command = no print command is set up: print it from there
tui-letter-written-same = letter: { $pdf } and .txt in { $dir }, readable only by you; { $printed }
tui-letter-written-in = letter: { $pdf } (PDF) and { $text } (text) in { $dir }, readable only by you; { $printed }
tui-letter-written = letter: { $pdf } (PDF) and { $text } (text), readable only by you; { $printed }

## A real organisation: syncing, picking another
say-org-local = this organisation is local (the demo or a local database): its data is the truth, there is nothing to sync. A webex profile opens a real organisation (see the README: Connect to your organisation)
say-sync-running = a sync is already running (its progress is in the header); Esc stops it
sync-starting = starting
say-syncing = syncing from Webex; the panes keep showing the last complete copy meanwhile. Esc stops the sync.
say-syncing-other = syncing { $org } from Webex; the panes keep showing the last complete copy meanwhile. Esc stops the sync.
say-stopping-sync = stopping the sync; the cache keeps its last complete copy
say-synced-org = synced { $org } from Webex: { $items } items in { $pages } pages
say-sync-stopped = sync stopped; the cache keeps its last complete copy (the header says how old)
say-sync-failed = the sync did not finish, so the cache keeps its last complete copy: { $error }
say-asking-orgs = asking Webex for the organisations this sign-in manages…
say-cannot-list-orgs = cannot list the organisations: { $error }
say-no-other-org = this sign-in manages no other organisation
org-cached = cached, as of { $at }
org-not-cached = not cached yet: picking it syncs it
org-pick-title = Organisations
org-pick-prompt = Enter opens it (a cached one at once, another after its first sync); Esc keeps this one

## Why can't this user call?
why-works-on = why? works on a user, a device, a number or a BroadWorks subscriber; press { $key } for the numbers
say-why-reading-webex = reading this person from Webex…
say-why-reading-again = reading again (the local database is the truth: nothing to fetch)
say-why-refreshed = refreshed: { $n ->
    [0] no cause found
    [one] { $n } cause
   *[other] { $n } causes
}
say-why-not-refreshed = not refreshed: { $error }
why-title = Why? { $who }
why-reading = reading…
why-reading-again = { $age } · reading again…
why-facts-age = Facts: { $age }
why-no-cause = No cause found: nothing that stops calls in what was checked.
why-likely-causes = Likely causes, most likely first
why-facts = Facts
why-checked = Checked
why-not-applicable = not applicable: { $detail }
why-location = Location
why-licences = Licences
why-calling = Webex Calling
why-work-number = Work number
why-number = Number
why-webex-go = Webex Go
why-since = since { $at }
why-code = Code
why-refused-attempt = Refused attempt
why-operator-account = Operator account
why-broadworks = BroadWorks
why-calls = Calls
why-none-recorded = none recorded
why-call = Call
why-audit = Audit
why-note = Note

## Long runs (sync, re-apply, bulk add) and popup names
long-sync = Directory sync from { $path }
long-reapply = Re-applying "{ $name }"
long-checking = Checking { $path }
long-importing = Importing { $path }
long-emails-going-out = the devices are added and their codes issued; the emails are going out and cannot be taken back: wait for them
long-cancelling = cancelling: everything done so far is rolled back…
long-done-of = { $phase } { $done } of { $total }
long-cancelling-foot = cancelling: everything is rolled back…
long-emailing = added; emailing the codes (cannot be cancelled)
long-cancel-all-or-nothing = cancel: all or nothing, nothing is added
long-cancel-nothing = cancel: nothing is changed
phase-starting = starting
phase-users = users
phase-reading = reading
phase-checking = checking
phase-adding = adding
phase-saving = saving
phase-emailing = emailing
popup-help = Help
popup-messages = Messages

## The console's own troubles, keymap.toml and config.toml
job-not-confirmed = the change was not confirmed, so nothing was done; try again
worker-unknown-fault = an unknown fault
worker-internal-error = the action failed inside wxgo ({ $fault }); what it was doing was rolled back. Check the result (and the audit trail) before trying again, and please report this.
worker-sync = sync
worker-already-running = a { $what } is already running; wait for it, or press Esc to stop it
worker-no-thread = cannot start a thread for the { $what }
console-no-event-loop = cannot start the console's event loop: { $error }
console-no-service-thread = cannot start the service thread
console-no-terminal = cannot use this terminal: { $error }
console-cannot-draw = cannot draw on the terminal: { $error }
console-no-size = cannot read the terminal size: { $error }
console-cannot-read = cannot read the terminal: { $error }
console-service-stopped = the service thread stopped; quit with q and start wxgo again
header-as-of = as of { $at }
header-age-unknown = age unknown
keymap-empty-key = an empty key
keymap-at = { $file }: { $name }: { $problem }
keymap-not-a-key = "{ $spec }" is not a key: write a character (j, G, ?), a name (enter, esc, tab, backtab, up, down, pgup, pgdn, home, end, space, f1) or a modifier and a key (ctrl-c, alt-x)
keymap-not-toml = { $file } is not valid TOML: { $error }
keymap-unknown-section = { $file }: unknown section [{ $name }]. Sections are: { $sections }
keymap-not-here = { $file }: [{ $section }] { $name }: { $name } does not work in { $place }; it works in { $places }
keymap-given-to-both = { $file }: the key "{ $spec }" is given to both { $other } and { $name }; give each key to one action
keymap-cannot-read = cannot read the keymap { $file }: { $error }
keymap-unknown-action = { $file }: unknown action "{ $name }". Actions are: { $actions }
keymap-keys-are-strings = { $file }: { $name }: keys are strings, like "x" or "ctrl-x"
keymap-takes-a-key = { $file }: { $name } = ... takes a key ("x") or a list of keys (["x", "ctrl-x"])
keymap-does-not-exist = the keymap { $file } does not exist
config-clipboard-word = { $file }: clipboard takes a word in quotes: "auto", "native", "osc52", "tmux" or "off"
config-lang-code = { $file }: lang takes a code in quotes: "en", "de", "da", "uk" or "he"
config-cannot-read = cannot read the config { $file }: { $error }

## How the clipboard took a copy (after what was copied)
copied-system = copied to the system clipboard
copied-osc52-tmux-on = copied with OSC 52 (tmux passes it on: set-clipboard is on)
copied-tmux-buffer = copied through tmux (tmux load-buffer -w; set-clipboard is external)
copied-osc52-tmux-unknown = sent with OSC 52; inside tmux it arrives only with `set -g set-clipboard on` (check with `tmux show -gv set-clipboard`), or use --clipboard tmux
copied-osc52 = copied with OSC 52 (terminal clipboard)
copied-tmux-passthrough = copied with OSC 52 through tmux passthrough (needs `set -g allow-passthrough on`)

## A confirmed change on its way, a reload
say-working = working…
say-reloaded = reloaded
