# The command line's own help (`wxgo --help`, `wxgo devices import --help`; src/cli/help.rs),
# loaded only when help is printed; clap's usage errors are in cli.ftl. A `help-*` id is a command's path (`help-devices-import`; the top
# command is `help-wxgo`), `-long` its long about, `--` and an argument's id its help
# (`help-devices-import--codes-file`), `--` and a value that value's help. The English is the
# `///` comments' text exactly (a test holds them equal): change both together. Keep command
# names, flags, value names (FILE, NAME), env variables, paths, rule ids and URLs as they are.

## What clap itself says around the helps: headings, notes, the help and version flags and the
## `help` command.

clap-commands = Commands
clap-arguments = Arguments
clap-options = Options
clap-env = env
clap-default = default
clap-possible-values-heading = Possible values
clap-help-flag = Print help
clap-help-flag-more = Print help (see more with '--help')
clap-help-flag-summary = Print help (see a summary with '-h')
clap-version-flag = Print version
clap-help-command = Print this message or the help of the given subcommand(s)
clap-help-command-arg = Print help for the subcommand(s)

## wxgo, and the flags every command takes

help-wxgo = A terminal console for Webex Calling administrators
help-wxgo-long = wxgo: Webex Go devices, mobile operator numbers, BroadWorks flow-through and licence assignment, from the keyboard. With no subcommand it opens the console.
help-wxgo--db = The database file (default: $XDG_DATA_HOME/wxgo/wxgo.db)
help-wxgo--read-only = Open the database read-only: every changing action is refused
help-wxgo--org = The organisation, when the database holds several (as a partner's does)
help-wxgo--json = Machine-readable output
help-wxgo--output = How lists print: table (on a terminal, fitted to its width), wide (every column whole) or json
help-wxgo--output--table = A table; on a terminal, fitted to its width (names cut with `…`, the least useful columns left out)
help-wxgo--output--wide = A table with every column whole, however wide
help-wxgo--output--json = JSON, as --json
help-wxgo--clipboard = Clipboard for copying codes in the console: auto, native, osc52, tmux or off
help-wxgo--demo = Use the demo organisation (demo.db beside the database; created on first use), with the console or any command
help-wxgo--keymap = Keymap file for the console (default: $XDG_CONFIG_HOME/wxgo/keymap.toml)
help-wxgo--profile = The profile of config.toml to use (else WXGO_PROFILE, else default_profile; none: the local database)
help-wxgo--token-env = Take the Webex token from this environment variable instead of WEBEX_TOKEN (never written to disk)
help-wxgo--trace = Write one line per Webex API request to FILE: method, path, status, duration, trackingId (never a token)
help-wxgo--lang = The language: en, de, da, uk or he (else the config's lang, then LC_ALL, LC_MESSAGES, LANG)
help-wxgo--bidi = Right-to-left text (Hebrew): app (wxgo reorders it; xterm, tmux, most SSH clients) or terminal (the terminal does; VTE-based ones)

## wxgo demo

help-demo = Create the demo organisation (about 60 users, or --users N for a larger one)
help-demo--force = Replace the database if it exists

## wxgo users

help-users = Users
help-users-list = List users (name, email, location, licences, primary number, Webex Go status)
help-users-list--filter = Name, email, location, or a number as typed (E.164, national form, extension)
help-users-list--limit = At most this many rows (0 = all)
help-users-list--offset = Skip this many rows
help-users-list--not-provisioned = Only users who did not get Webex Calling, with the reason and the fix (AL04)
help-users-show = One user: numbers, device, code history, recent audit entries
help-users-export = The user list as Control Hub exports it (user.csv), with `Webex Calling VAR Professional` (AL04)
help-users-export--out = Write to this file instead of standard output
help-users-set-work-number = Record a corrected work number (E.164); then re-apply the template (AL04, AL05)
help-users-update = Change a user's work number, extension and/or location (on a real organisation through Webex's people API: refused when the person changed in Webex since the last sync)
help-users-update--work-number = The work number (E.164)
help-users-update--extension = The extension (2 to 10 digits, unique in the location)
help-users-update--location = The location, by name

## wxgo devices

help-devices = Webex Go devices
help-devices-list = List Webex Go devices with their true status (WG12)
help-devices-list--status--pending = Activation pending (grey)
help-devices-list--status--online = Online (green)
help-devices-list--status--offline = Offline (red)
help-devices-list--status--unknown = Status unknown: Webex gave none (a real organisation's devices only)
help-devices-list--filter = Name, email, location, or a number as typed (E.164, national, extension)
help-devices-list--sort--added = As they were added
help-devices-list--sort--status = Offline first, then activation pending with an expired code, then pending
help-devices-list--sort--expired = Activation pending with an expired code first, the longest expired first
help-devices-list--sort--name = By the owner's name
help-devices-list--limit = At most this many rows (0 = all)
help-devices-list--offset = Skip this many rows
help-devices-show = One device
help-devices-choices = What adding a device to this user needs: subscription and number choices (WG01-WG03)
help-devices-add = Add a Webex Go device to a user and issue an activation code (WG01-WG04)
help-devices-add--subscription = Required when several subscriptions have Webex Go licences (WG02)
help-devices-add--number = Required when the user has no primary number: an unassigned number of the user's location (WG03)
help-devices-add--no-email = Do not email the code (copy or print it instead)
help-devices-add--letter = Also write a one-page PDF activation letter (and print it when a printer is set up)
help-devices-add--letter-lang = The language of the letter and the email, for an employee who reads another language than yours: en, de, da, uk or he (default: --lang, the config's lang, the locale)
help-devices-new-code = Issue a new activation code; every earlier code stops working (WG05)
help-devices-new-code--letter = Also write a one-page PDF activation letter (and print it when a printer is set up)
help-devices-new-code--letter-lang = The language of the letter and the email, for an employee who reads another language than yours: en, de, da, uk or he (default: --lang, the config's lang, the locale)
help-devices-lost-stolen = The phone is lost or stolen: deactivate its line and issue new activation details (WG08); asks first, or --yes
help-devices-lost-stolen--letter = Also write a one-page PDF activation letter (and print it when a printer is set up)
help-devices-lost-stolen--letter-lang = The language of the letter and the email, for an employee who reads another language than yours: en, de, da, uk or he (default: --lang, the config's lang, the locale)
help-devices-lost-stolen--yes = Go ahead without asking (needed without a terminal): the lost phone's line cannot be restored
help-devices-delete = Delete the device; its licence returns to the pool (WG09); asks first, or --yes
help-devices-delete--yes = Go ahead without asking (needed without a terminal): a deleted device cannot be restored
help-devices-template = The CSV template for adding many devices, with the subscription columns (WG13)
help-devices-import = Add a Webex Go device for every row of a CSV file (WG13): all or none on the local backend; on a real organisation one request per row, and a stopped run continues
help-devices-import--file = The CSV file (from `wxgo devices template`, filled in a spreadsheet)
help-devices-import--dry-run = Check every row and change nothing
help-devices-import--email-codes = Email each user the code (refused when the organisation suppresses emails)
help-devices-import--no-email = Do not email the codes (hand them out with --codes-file or letters)
help-devices-import--codes-file = Write the activation codes to this CSV file (readable only by you): the only place they go
help-devices-import--serial = Real organisations: send the requests one at a time (default: at most 8 at once)
help-devices-import--letter-lang = The language of the emails with the codes: en, de, da, uk or he (default: --lang, the config's lang, the locale)
help-devices-letter = A one-page PDF activation letter for the device's current code (printed when set up)
help-devices-letter--device = The device (go-12) or its owner's email
help-devices-letter--code = The device's current activation code, as issued (`-` reads it from standard input)
help-devices-letter--out = The PDF file to write (readable only by you)
help-devices-letter--letter-lang = The letter's language, for an employee who reads another language than yours: en, de, da, uk or he (default: --lang, the config's lang, the locale)

## wxgo numbers

help-numbers = The number inventory
help-numbers-list = List the number inventory
help-numbers-list--mobile = Only mobile numbers (the Webex Mobile badge)
help-numbers-list--filter = The number as typed (E.164 or national form), location, owner, or the owner's extension
help-numbers-list--limit = At most this many rows (0 = all)
help-numbers-list--offset = Skip this many rows
help-numbers-add-mobile = Add mobile numbers (comma-separated, at most 20) under an Authorized operator account (MO02, MO03)
help-numbers-add-mobile-long =
    Add mobile numbers (comma-separated, at most 20) under an Authorized operator account (MO02, MO03)

    On a real organisation operator accounts are Control Hub's (no public API): give the location; Webex validates each number, and they are added 20 per request (at most 100).
help-numbers-add-mobile--account = The operator account id (local backend)
help-numbers-add-mobile--location = The location (name or Webex id): a real organisation's way; locally, its operator account
help-numbers-add-mobile--numbers = NUMBER[,NUMBER...]
help-numbers-add-mobile--check = Only validate: show each number's state and add nothing
help-numbers-assign-primary = Make a mobile number the user's primary number; a Webex Go mobile-operator device follows (MO05, MO06)
help-numbers-assign-primary--subscription = The Webex Go subscription, when several have licences (WG02)
help-numbers-assignable = Unassigned mobile numbers that can be given to this user (of the user's location)

## wxgo subscriptions

help-subscriptions = Subscriptions and their Webex Go licence pools
help-subscriptions-list = Subscriptions with Webex Go licences: pool, used, free

## wxgo operator-accounts

help-operator-accounts = Mobile operator accounts per location (Webex Go through a mobile operator)
help-operator-accounts-add = Request an operator account for a location; the id is typed twice and fixed once confirmed (MO01)
help-operator-accounts-add--yes = Confirm: the operator account id cannot be changed later
help-operator-accounts-list = Operator accounts with their authorisation status and what to do (MO02)

## wxgo operator

help-operator = The mobile operator's side: authorise or reject an account request
help-operator-authorize = The operator authorises the account: numbers may now be added
help-operator-reject = The operator rejects the account

## wxgo phone

help-phone = The phone's side: what the user does on the phone
help-phone-activate = The phone redeems an activation code: the device goes Online
help-phone-disable = The user disables the Webex Go line on the phone: Offline
help-phone-enable = The user enables it again: Online
help-phone-remove-line = The user removes the line from the phone: Activation pending (WG11)

## wxgo broadworks

help-broadworks = BroadWorks flow-through provisioning
help-broadworks-list = Subscribers with BroadWorks id, package, status and error (BW03)
help-broadworks-list--exclude-provisioned = Only those pending or in error (BW05)
help-broadworks-export = The subscriber list as CSV on stdout, or into --out FILE (BW05)
help-broadworks-retry = Retry activation: enter a valid email and onboard the subscriber (BW04)
help-broadworks-delete = Delete the subscriber so the user can try again after a configuration change (BW04)
help-broadworks-package = Change the package type: softphone, basic, standard or premium (BW04)
help-broadworks-error = Print the subscriber's error text (BW04 "Copy error text")
help-broadworks-templates = Customer templates and whether they are set up for flow-through with untrusted emails (BW01)

## wxgo portal

help-portal = The user's side of BroadWorks flow-through: the activation portal
help-portal-claim = The user claims a BroadWorks account by typing an email in the activation portal
help-portal-verify = The user verifies the email: provisioning runs and ends provisioned or in error

## wxgo mail

help-mail = The mail queue: messages waiting in the outbox, and sending them by SMTP (WG04)
help-mail-list = The messages waiting in the outbox
help-mail-retry = Send the queued messages through the SMTP server; sent ones move to outbox/sent/

## wxgo calls

help-calls = Call records from Webex's Detailed Call History report (WG15)
help-calls-import = Import Webex's Detailed Call History report (CSV)
help-calls-list = Call records, newest first
help-calls-list--user = Only this user's calls
help-calls-list--webex-go = Only Webex Go calls (sub client type MOBILE_NETWORK, WG15)

## wxgo directory

help-directory = Directory synchronisation: users and their Webex Calling from a directory export (AL02, AL05)
help-directory-template = Print the CSV header a directory export must have: email, display name, work phone number, department
help-directory-sync = Create and update users from a directory export (CSV); users whose template grants Webex Calling get it when their work number passes every check (AL02); provisioned users keep their setup (AL05)
help-directory-sync--file = The directory export (UTF-8 CSV, as `wxgo directory template` prints the header)
help-directory-sync--dry-run = Check every row and change nothing; on a real organisation also list the requests it would send (`--json`: the `requests` field)
help-directory-sync--serial = On a real organisation: one request at a time instead of up to 8

## wxgo licences

help-licences = Licence templates: list them, assign one by hand, re-apply one to existing users (AL01, AL03, AL06)
help-licences-templates = Licence templates, org-wide or per group, and the users each covers (AL03)
help-licences-template-save = Create a licence template, or change the one of this name (AL03). Users keep the licences they hold; the template decides what sync, assignment and re-apply give from now on
help-licences-template-save--name = The template's name
help-licences-template-save--group = For the users of this directory group (department)
help-licences-template-save--org-wide = For the whole organisation (a new template is, unless --group is given)
help-licences-template-save--calling = Grants Webex Calling Professional
help-licences-template-save--no-calling = Does not grant Webex Calling (a new template does not, unless --calling is given)
help-licences-template-save--licences = Other licences it grants, comma separated: calling_basic, meetings, messaging ("" for none); an option left out keeps what the template has
help-licences-template-delete = Delete a licence template; no user loses a licence they hold
help-licences-template-delete--name = The template's name
help-licences-assign = Manual assignment: license covered users with a location and a number and/or extension each (AL01, AL03)
help-licences-assign--template = The licence template (it must grant Webex Calling)
help-licences-assign--from = A CSV file with the columns email, location, number (and optionally extension), one user a row
help-licences-assign--user = One user, by email (with --location and --number and/or --extension)
help-licences-assign--number = An unassigned E.164 number of that location: becomes the user's primary number
help-licences-assign--dry-run = Check every row and change nothing; on a real organisation also list the requests it would send (`--json`: the `requests` field)
help-licences-assign--serial = On a real organisation: one request at a time instead of up to 8
help-licences-reapply = Re-apply a template to existing users: license every covered user without Webex Calling (AL06)
help-licences-reapply--no-preserve = Turn off "Preserve licences for existing users": covered users whose template does not grant Calling lose it, with their voicemail settings, numbers and calling services, for good
help-licences-reapply--yes = Confirm --no-preserve (without it, only the number of users it would hit is shown)
help-licences-reapply--dry-run = Check every row and change nothing; on a real organisation also list the requests it would send (`--json`: the `requests` field)
help-licences-reapply--serial = On a real organisation: one request at a time instead of up to 8

## wxgo login

help-login = Sign in to Webex for the profile (device grant: a URL, a code and a QR code)
help-login--client-id = The Webex integration's client id (default: client_id of the profile)
help-login--no-qr = Do not draw the QR code

## wxgo logout

help-logout = Delete the profile's stored sign-in
help-logout--purge = Also delete the profile's cached organisation data

## wxgo whoami

help-whoami = Who the Webex sign-in is: person, organisation, roles, scopes, expiry

## wxgo orgs

help-orgs = The organisations this Webex sign-in manages (a partner's customers), and which are cached

## wxgo sync

help-sync = Copy the Webex organisation into the profile's cache (--org NAME for a partner's customer)
help-sync--full = Read everything again: every person (not only those changed) and 30 days of audit events

## wxgo audit

help-audit = The audit trail, newest first

## wxgo org

help-org = The organisation's settings

## wxgo why

help-why = Why can't this person call? Everything about them joined, and the likely causes with their fix
help-why--query = The person: an email, a number (E.164 or as dialled in the organisation's country), an extension or a BroadWorks user id
help-why--refresh = On a real organisation, read this person's facts from Webex first (the copy otherwise)

## wxgo bench

help-bench = Measure the speed targets on a large organisation (run from a release build; see benches/run.sh)
help-bench--users = Users of the organisation measured (built once with `wxgo demo --users N`)
help-bench--keys = Keystrokes measured
help-bench--rows = Rows of the bulk import measured
help-bench--runs = Runs of each timed process (the median is reported)
help-bench--dir = Where the benchmark organisation is kept between runs

## wxgo completions

help-completions = Print the shell completion script: commands, flags, profiles, emails and device ids (`source <(wxgo completions bash)`)
help-completions--shell = The shell to print the completion script for

## wxgo man

help-man = Print the man page (roff): `wxgo man > wxgo.1`

## wxgo first-frame

help-first-frame = (benchmark helper) open the console's service and draw the first frame, then exit

## wxgo bench-console

help-bench-console = (benchmark helper) drive the console and print its peak memory in kB
