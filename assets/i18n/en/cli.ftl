# What the CLI prints, in English. Command names, flags, --json and rule ids are never translated.

## How an error is said
cli-error = error: { $message }
cli-partly-done = partly done: { $message }

## Partly done (exit 8) and reported (exit 4)
cli-calls-not-imported = { $n } problem(s) in { $source }; nothing was imported
cli-licences-not-licensed = { $n } user(s) were not licensed (AL01-AL03); the reason for each is listed above
cli-licences-partly-applied = { $email }: Webex applied only part of the licences (not: { $licences }); the others are assigned
cli-mail-not-sent = { $n } message(s) were not sent and stay in the outbox; the reasons are listed above
cli-numbers-not-added = { $n } number(s) were not added (MO03); their state and reason are listed above

## Table heads (head-<the English head>)
head-name = Name
head-email = Email
head-location = Location
head-licences = Licences
head-primary-number = Primary number
head-calling = Calling
head-device = Device
head-owner = Owner
head-subscription = Subscription
head-kind = Kind
head-status = Status
head-number = Number
head-code-expires = Code expires
head-state = State
head-operator = Operator
head-webex-go-licences = Webex Go licences
head-used = Used
head-free = Free
head-line = Line
head-column = Column
head-problem = Problem
head-reason = Reason
head-fix = Fix
head-user = User
head-when = When
head-who = Who
head-action = Action
head-outcome = Outcome
head-details = Details
head-department = Department
head-work-number = Work number
head-account-id = Account id
head-numbers = Numbers
head-what-to-do = What to do
head-entered = Entered
head-emailed = Emailed
head-what-happened = What happened

## Confirmations of what cannot be undone
cli-confirm-device = Device { $device } of { $name } <{ $email }>, { $status }.
cli-confirm-lost-stolen = Lost or stolen: { $device }
cli-confirm-lost-stolen-line = • The business line on the lost phone is deactivated at once and for good: its code and eSIM profile can never be used again.
cli-confirm-lost-stolen-new-code = • The device goes back to Activation pending with a new activation code for the replacement phone (WG08).
cli-confirm-delete = Delete { $device }
cli-confirm-delete-licence = • The Webex Go device is removed and its licence goes back to the pool of { $subscription } (WG09).
cli-confirm-delete-calls = • { $name } can no longer place or answer business calls from the phone's dialer.
cli-not-confirmed-no-terminal = { $what } cannot be undone, and there is no terminal to ask whether to go ahead: nothing was done. Confirm it with --yes: { $command }.
cli-not-confirmed = not confirmed. Nothing was done.
## The CLI's own refusals and notes (flags, shells, profiles, files and organisations as they are)
cli-give-account-or-location = give --account or --location
cli-no-completions = no completions for { $shell }
cli-code-stdin = cannot read the code from standard input: { $error }
cli-console-first-sync = profile "{ $profile }" has no copy of its organisation yet: syncing it first
cli-console-synced = synced { $org } in { $pages ->
        [one] { $pages } page
       *[other] { $pages } pages
    }; opening the console
cli-demo-first-use = Created the demo organisation "{ $org }" in { $db } (first use of --demo).
cli-import-progress = { $phase } { $done }/{ $total } rows
cli-import-stopping = stopping: no new requests; waiting for the answers in flight (run the same command again to continue)
cli-operator-confirm = Confirm operator account id { $id } for { $location } ({ $operator })? It cannot be changed later.
cli-code-expired-at = expired { $when }
cli-note = note: { $note }
cli-trace-note = --trace: { $note }
cli-wrote-users = Wrote the user list to { $path } (readable only by you)
cli-wrote-subscribers = Wrote the subscriber list to { $path } (readable only by you)

## When a list is empty
cli-empty-subscribers = No subscribers match.
cli-empty-templates = No customer templates.
cli-empty-numbers = No numbers match.
cli-empty-numbers-given = No numbers given.
cli-empty-operator-accounts = No operator accounts yet. Add one with `wxgo operator-accounts add`.
cli-empty-subscriptions = No subscription has Webex Go licences.
cli-empty-users = No users match.
cli-empty-devices = No Webex Go devices match.
cli-empty-audit = The audit trail is empty.

## More table heads
head-object = Object
head-ssh-client = SSH client
head-organisation = Organisation
head-cached = Cached
head-date = Date
head-to = To
head-subject = Subject
head-file = File
head-start = Start
head-direction = Direction
head-called = Called
head-duration = Duration
head-client = Client
head-template = Template
head-scope = Scope
head-group = Group
head-other-licences = Other licences
head-users = Users
head-with-calling = With Calling
head-error = Error
head-package = Package
head-default-package = Default package
head-untrusted-emails = Untrusted emails
head-share-link = Share link
head-row = Row
head-what = What
head-broadworks-id = BroadWorks id
head-id = Id
head-method = Method
head-path = Path
head-flow-through-bw01 = Flow-through (BW01)

## Adding and deleting a device
cli-add-to = Adding a Webex Go device to { $name } <{ $email }>:
cli-add-not-possible = Not possible: { $refusal }
cli-add-subscriptions = Subscriptions:
cli-add-subscriptions-choose = Subscriptions (choose one with --subscription):
cli-add-free-of = { $free } free of { $total }
cli-add-no-primary = No primary number: choose one with --number:
cli-add-keeps-primary = Keeps the primary number { $number }
cli-deleted = Deleted Webex Go device { $device } of { $email }. Its licence is back in { $subscription } ({ $free } free).

## A run against Webex that did not finish (exit 8)
cli-run-cancelled = the { $kind ->
        [re-apply] re-apply
        [directory-sync] directory sync
       *[licence-assignment] licence assignment
    } was cancelled: the requests Webex answered are done and in the cache; run the same command again to continue where it stopped
cli-run-failed = { $n } user(s) were not (or not all) done in Webex; each is listed with Webex's words. Fix the cause and run the same command again: what is done is not sent twice

## An import's problems beyond those listed ($then: what to do once they are fixed)
cli-more-problems = ... and { $n } more problem(s) not listed ({ $total } in all). Fix these, then { $then }.
cli-then-import-again = import the report again
cli-then-dry-run = check again with --dry-run

## login, logout and whoami (the profile, URL, code, paths and commands as they are)
cli-login-to = To sign in to Webex for profile "{ $profile }":
cli-login-open = {"  "}open { $url }
cli-login-code = {"  "}and enter the code { $code }
cli-login-scan = {"  "}or scan this with a phone:
cli-login-waiting = Waiting for the sign-in (the code works for { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    })...
cli-login-signed-in = Signed in. { $kept }
cli-login-kept-keyring = The sign-in is kept in the system keyring.
cli-login-kept-file = The sign-in is kept in { $path } (readable by you only).
cli-login-kept-file-no-keyring = No system keyring is available ({ $why }), so the sign-in is kept in { $path } (readable by you only).
cli-login-env-token = Note: a token is set in the environment (WEBEX_TOKEN or --token-env): commands use it, not this sign-in, while it is set.
cli-login-you-are = You are { $person } in { $org }.
cli-login-read-only = This profile opens read-only: { $reason }.
cli-login-next = Next: `{ $command }` copies the organisation into the cache.
cli-org-id-unreadable = id { $id } (this token may not read the organisation, so its name is not known)
cli-org-id-nameless = id { $id } (Webex gives it no name)
cli-org-not-known = not known (Webex gave neither its name nor its id)
cli-logout-done = Signed out of profile "{ $profile }": its stored sign-in is deleted (keyring and file).
cli-logout-purged = The cached organisation data in { $path } is deleted.
cli-logout-no-cache = There was no cached organisation data ({ $path } does not exist).
cli-logout-env-token = Note: WEBEX_TOKEN is still set in this shell; unset it to stop using that token.
cli-whoami-profile = Profile:
cli-whoami-person = Person:
cli-whoami-org = Organisation:
cli-whoami-roles = Roles:
cli-whoami-token = Token:
cli-whoami-scopes = Scopes:
cli-whoami-expires = Expires:
cli-whoami-read-only = Read-only:
cli-whoami-token-static = static (from the environment, never stored)
cli-whoami-token-oauth = oauth (wxgo login)
cli-whoami-scopes-unknown = not known for this kind of token
cli-whoami-expires-unknown = not known (renewed by Webex's rules for this kind of token)

## org (names, addresses and country codes as they are)
cli-org-name = Organisation:
cli-org-country = Country:
cli-org-emails = Emails:
cli-org-smdp = SM-DP+ address:
cli-org-code-lifetime = Code lifetime:
cli-org-go-countries = Webex Go countries:
cli-org-emails-suppressed = suppressed (copy or print codes)
cli-org-emails-sent = sent
cli-org-smdp-unknown = - (not in the Webex API: Control Hub only, Devices > Webex Go)
cli-org-days = { $n ->
        [one] { $n } day
       *[other] { $n } days
    }

## mail (addresses, subjects, the outbox, the server and the route as they are)
cli-mail-none-wait = No messages wait in { $outbox }. Mail goes to { $route }.
cli-mail-waiting = { $n ->
        [one] { $n } message waits
       *[other] { $n } messages wait
    }. Mail goes to { $route }; send them with `{ $command }`.
cli-mail-sent = sent
cli-mail-failed = not sent
cli-mail-stale = stale
cli-mail-stale-why = its activation code no longer works (moved to stale/); issue a new code
cli-mail-retried = { $sent } sent through { $server }; { $failed } failed{ $untried ->
        [0] {""}
       *[other] ; { $untried } not tried (the server could not be reached)
    }.
cli-mail-none-sent = none of the queued messages was sent ({ $n } failed); they stay in the outbox: retry later

## demo (the organisation's name, the file and the command as they are)
cli-demo-created = Created the demo organisation "{ $org }" in { $db }: { $users ->
        [one] { $users } user
       *[other] { $users } users
    }, { $numbers ->
        [one] { $numbers } number
       *[other] { $numbers } numbers
    }, { $devices ->
        [one] { $devices } Webex Go device
       *[other] { $devices } Webex Go devices
    }, { $subscribers ->
        [one] { $subscribers } BroadWorks subscriber
       *[other] { $subscribers } BroadWorks subscribers
    }.
cli-demo-open = Open the console with: { $command }
demo-exists = { $path } already exists; nothing was changed. Use --force to replace it with a new demo organisation, or choose another file with --db.
demo-users-range = --users must be between 1 and { $max }

## A code as issued (devices add, new-code, lost-stolen) and its letter; the labels' values start in one column past the longest label
cli-code-asking = Asking Webex for an activation code ...
cli-code-asking-new = Asking Webex for a new activation code ...
cli-code-added = Webex Go device { $device } added { $name } <{ $email }>: { $status }.
cli-code-new = Webex Go device { $device } new code for { $name } <{ $email }>: { $status }.
cli-code-lost-stolen = Webex Go device { $device } lost/stolen: line deactivated, new activation details for { $name } <{ $email }>: { $status }.
cli-code-label-code = Activation code:
cli-code-label-smdp = SM-DP+ address:
cli-code-label-android = Android code:
cli-code-label-lpa = QR code (LPA):
cli-code-label-qr = QR code:
cli-code-label-expires = Expires:
cli-code-label-number = Business number:
cli-code-label-email = Email:
cli-code-control-hub-only = Control Hub only (Devices > the Webex Go device)
cli-code-shown-once = The code is shown only now (only a hash is kept). To hand it out again, issue a new one.
cli-letter-note = Activation letter: { $note }
cli-letter-for = Activation letter for { $device } ({ $email }): { $note }
## wxgo bench: its report and its failures (figures, paths, commands and targets as they are; p50/p99 are percentiles)
bench-error = benchmark: { $error }
bench-no-users-pane = the first frame did not show the Users pane
bench-no-proc-status = cannot read /proc/self/status
bench-command-failed = { $command } failed: { $error }
bench-import-short = the import added { $added } of { $rows } rows: { $problem }
bench-too-few-users = only { $n } users can take a device; use a larger --users
bench-missed = { $n ->
        [one] { $n } target missed
       *[other] { $n } targets missed
    }
bench-floor-start = benchmark: the floor's copy does not start where the import started
bench-floor-nothing = benchmark: the import wrote no devices to write again
bench-floor-other-ids = benchmark: the floor wrote devices { $from } to { $to } where the import wrote { $import_from } to { $import_to }
bench-built = built { $users } users, { $numbers } numbers, { $devices } devices in { $seconds } s
bench-no-sqlite3 = sqlite3 is not installed: the baselines need it (apt-get install sqlite3)
bench-title = wxgo bench: { $users } users ({ $db }), { $cores } cores
bench-first-frame = start to first frame (Users, 80x24), median
bench-first-frame-baseline = sqlite3 open + first page { $ms } ms; ratio { $ratio }x
bench-n-a = n/a
bench-keys = keystroke to frame, { $n } keys: p50 / p99 / max
bench-keys-target = target p99 <= { $ms } ms
bench-key-kind = { $kind } ({ $n } keys): p50 / p99 / max
bench-bytes = bytes to the terminal, selection moves one row (200x50)
bench-bytes-baseline = a full repaint is about { $bytes } B
bench-import-phases = import phases: { $phases }
bench-floor = the same rows written again as bare SQL (the floor)
bench-sqlite3-reference = for reference: sqlite3 .import { $file } ms (into :memory: { $memory } ms)
bench-import = bulk import, { $rows } rows fully validated
bench-import-figure = { $ms } ms ({ $rate } rows/s)
bench-import-baseline = floor { $floor } ms; ratio { $ratio }x (runs: { $runs }); target <= { $target }x
bench-memory = peak resident memory, console open and filtering
bench-memory-baseline = target <= { $mb } MB; the list indexes hold { $index } MB
bench-binary = binary size ({ $path })
bench-binary-baseline = target <= { $mb } MB

## The line a read from a real organisation's cache writes on stderr (names as they are)
cli-cache-age = { $org } · profile { $profile } (webex) · { $age }
cli-cache-age-unfinished = { $org } · profile { $profile } (webex) · { $age } (a later sync did not finish: this is the last complete copy)
cli-cache-note = note: { $note }
cli-cache-read-only = read-only: { $why }
# How old the copy is: the time (local) today, else the date and time
age-as-of = as of { $at }, { $ago }
age-just-now = just now
age-minutes = { $n } min ago
age-hours = { $n } h ago
age-days = { $n } days ago
fmt-time = %H:%M
age-first-sync = the first sync has not finished: the list is incomplete; run { $command }

## clap's usage errors (src/cli/help.rs): an unknown flag or command, a missing argument, a value
## it does not take, with clap's tips and where to read more; the flags, values and commands as
## they are (`$arg`, `$value`, `$command`, `$names`, `$help`), styled by the CLI. `clap-usage` and
## `clap-possible-values` are help's words too.
clap-usage = Usage
clap-possible-values = possible values
clap-commands-note = subcommands
clap-error-unknown-argument = unexpected argument '{ $arg }' found
clap-error-unknown-command = unrecognized subcommand '{ $command }'
clap-error-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-error-invalid-value-because = invalid value '{ $value }' for '{ $arg }': { $reason }
clap-error-value-missing = a value is required for '{ $arg }' but none was supplied
clap-error-missing-required = the following required arguments were not provided:
clap-error-missing-command = '{ $command }' requires a subcommand but one was not provided
clap-error-used-twice = the argument '{ $arg }' cannot be used multiple times
clap-error-conflict = the argument '{ $arg }' cannot be used with '{ $other }'
clap-error-conflict-list = the argument '{ $arg }' cannot be used with:
clap-error-conflict-others = the argument '{ $arg }' cannot be used with one or more of the other specified arguments
clap-error-command-conflict = the subcommand '{ $command }' cannot be used with '{ $other }'
clap-error-command-conflict-list = the subcommand '{ $command }' cannot be used with:
clap-error-command-conflict-others = the subcommand '{ $command }' cannot be used with one or more of the other specified arguments
clap-error-no-equals = equal sign is needed when assigning values to '{ $arg }'
clap-error-too-many-values = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-error-too-few-values = { $wanted } values required by '{ $arg }'; only { $given } { $n ->
        [0] was
        [1] was
       *[other] were
    } provided
clap-error-wrong-number-of-values = { $wanted } values required for '{ $arg }' but { $given } { $n ->
        [0] was
        [1] was
       *[other] were
    } provided
clap-error-invalid-utf8 = invalid UTF-8 was detected in one or more arguments
clap-error-more = For more information, try '{ $help }'.
clap-tip = tip
clap-tip-similar-command = { $n ->
        [1] a similar subcommand exists: { $names }
       *[other] some similar subcommands exist: { $names }
    }
clap-tip-similar-argument = { $n ->
        [1] a similar argument exists: { $names }
       *[other] some similar arguments exist: { $names }
    }
clap-tip-similar-value = { $n ->
        [1] a similar value exists: { $names }
       *[other] some similar values exist: { $names }
    }
clap-tip-as-value = to pass '{ $arg }' as a value, use '{ $command }'
clap-tip-exists = '{ $command }' exists
clap-tip-remove-dashes = subcommand '{ $command }' exists; to use it, remove the '--' before it
cli-letter-lang-unknown = wxgo writes letters and emails in { $codes }; give one of them
clap-reason-invalid-digit = invalid digit found in string
clap-reason-empty = cannot parse integer from empty string
clap-reason-too-large = number too large to fit in target type
clap-reason-too-small = number too small to fit in target type
