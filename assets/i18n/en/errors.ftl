# The service's refusals and errors in English: the one source of their wording (an error's
# English text, which logs, the audit and --json show, is rendered from here; `said!`).
# Arguments are never translated: emails, numbers, ids, rule ids, Control Hub's places, commands.

## WG01: who may have Webex Go
wg01-no-professional = { $email } does not hold a Webex Calling Professional licence (has: { $has }). Assign the licence first.
wg01-no-location = { $email } has no location; give the user a location in a Webex Go country first.
wg01-country = { $email }'s location { $location } is in { $country }, where Webex Go is not offered. Supported here: { $countries }.
wg01-webex-no-calling = { $email } holds no Webex Calling licence in Webex's copy. Assign one first.
wg01-webex-no-location = { $email } has no Calling location in Webex's copy.

## WG02: a Webex Go licence from a subscription
wg02-none = { $org } has no subscription with Webex Go licences.
wg02-import-none = { $org } has no subscription with Webex Go licences, so no device can be added.
wg02-choose = more than one subscription has Webex Go licences: choose one with --subscription: { $subscriptions }
wg02-full = subscription { $subscription } has no free Webex Go licence ({ $used } of { $total } in use). Delete an unused device or choose another subscription: { $subscriptions }

## WG03: the device's number
wg03-free = { $free ->
    [none] { $place } has no unassigned number; add numbers to it first.
   *[other] unassigned numbers of { $place }: { $free }
}
wg03-has-primary = { $email } already has the primary number { $number }; a BYOD device keeps it. Leave out --number.
wg03-no-primary = { $email } has no primary number: choose one with --number. { wg03-free }
wg03-assigned = { $number } is already assigned to { $owner }. { wg03-free }
wg03-other-location = { $number } belongs to { $its }, not to { $email }'s location { $location }. { wg03-free }
wg03-mobile = { $number } is a mobile number: assign it with { $command } (Webex Go through a mobile operator, MO05). { wg03-free }
wg03-webex-choose = { $email } has no number in Webex's copy, and choosing one here is not sent to Webex: give the user a number first ({ $place }), then add the device without --number.
wg03-webex-none = { $email } has no number or extension in Webex's copy: give the user one first ({ $place }).

## WG04: emails
wg04-suppressed = { $org } suppresses emails: copy or print the code instead.
wg04-import-suppressed = { $org } suppresses emails, so the codes cannot be emailed. Import with --no-email and --codes-file FILE to hand the codes out yourself (or print letters).

## WG05: activation codes
wg05-not-its-code = that is not an activation code of { $device } ({ $email }). Check it, or issue a new code with { $command }.
wg05-code-spent = that code of { $device } can no longer activate a phone: { $why }. Issue a new one with { $command }.
wg05-no-longer-valid = this code is no longer valid (used, replaced or expired); issue a new code and email that one
wg05-not-pending = a new activation code can be generated only while the device is Activation pending; it is { $status }. The user removes the Webex Go line from the phone first (WG11), or use Lost/Stolen if the phone is gone (WG08)

## WG06: the phone redeems a code
wg06-unknown = this activation code is not known: check it was typed right
wg06-used = this activation code was already used; a code works once. Ask the admin for a new one.
wg06-superseded = a newer code was issued for this device, which made this one invalid (WG05).
wg06-revoked = this code was revoked when the phone was reported lost or stolen (WG08).
wg06-expired = this activation code expired at { $at }. Ask the admin for a new one.

## WG08, WG10: Lost/Stolen and the line on the phone
wg08-operator-sim = this line comes from the mobile operator's SIM: report the lost phone to the operator; Lost/Stolen here applies to bring-your-own-device lines
wg10-already-disabled = the line is already disabled (Offline)
wg10-already-enabled = the line is already enabled (Online)
wg10-unknown = Webex does not say what state this device is in (status unknown), so its line cannot be changed here
wg10-pending = the device is Activation pending: no phone has activated it yet, so there is no line on a phone to change
device-already = { $email } already has a Webex Go device ({ $device }, { $status }). Issue a new code, report it lost or stolen, or delete it first.
lost-stolen-not-here = lost/stolen cannot be done here
phone-demo-only = the phone's side is simulated only in the demo
code-generator-repeats = the code generator keeps repeating itself; no code was issued
code-unusable = Webex answered without a usable activation code (empty or unprintable). Issue a new code ({ $command }).

## What a device's change says (WG09's notice after a delete; the phone's side in the demo: $status in Control Hub's words)
delete-notice = The Webex Go line is deactivated: the user can no longer place or answer business calls from the phone's dialer. The user must delete the deactivated line on the phone by hand (iPhone: Settings > Mobile Service > the line > Delete eSIM; Android: Settings > SIMs > the line > Erase).
phone-activated = { $email } activated Webex Go on the phone: { $status }.
phone-removed-line = { $email } removed the Webex Go line from the phone: { $status }. The admin can now issue a new code (WG05).
phone-line-now = { $email }'s Webex Go line is now { $status }.

## MO: Webex Go through a mobile operator
mo01-confirm = confirm the operator account id { $id }: once confirmed it cannot be changed (add --yes)
mo01-differ = the operator account id and its confirmation differ: type the same id twice
mo02-not-authorized = operator account { $account } is { $status }: numbers can be added only once it is Authorized. { $advice }
mo02-decided = operator account { $account } is already { $status }; only a pending request can be decided
mo03-too-many = { $n } numbers in one entry; add at most { $max } at a time
mo03-webex-too-many = { $n } numbers in one entry: on a real organisation wxgo takes at most { $max } at a time (sent { $per } per request); split the entry. Nothing was sent.
mo05-assigned = { $number } is already assigned to { $owner }
mo05-other-location = { $number } belongs to { $its }, but { $email } is in { $location }: a mobile number can be assigned only to a user of its location
mo06-no-professional = { $email } does not hold a Webex Calling Professional licence; only such users can be given a mobile number
mo03-none = no numbers given: enter mobile numbers separated by commas
numbers-request-which = request { $i } of { $total }
mo03-webex-duplicate = already in the organisation's number inventory (Webex)
mo03-webex-in-list-twice = entered more than once in this list (Webex)
mo03-webex-invalid = not a valid number for this organisation or location's country (Webex)
mo03-webex-unavailable = not available to this organisation (Webex)
mo03-webex-no-state = Webex gave no state for it; it was not added
mo03-webex-state = Webex's state "{ $state }"; it was not added
mo03-webex-validates = Webex validates it when you save
mo03-sent-once = entered more than once in this list: sent once
mo03-webex-says = not added: Webex says: { $why }
mo03-no-answer = not known to be added: { $which } got no answer (see the request)
mo03-refused-why = not added: Webex refused { $which }: { $why }
mo03-refused = not added: Webex refused { $which }
mo03-not-sent = not added: not sent (an earlier request failed)
mo02-wait-overdue = Pending for over { $hours } hours (since { $since }): contact your mobile carrier; your mobile admin may not have received the authorisation request.
mo02-wait-pending = Pending: authorisation can take up to { $hours } hours; check back by { $due } ({ $left }h left).
mo02-failed-now = Failed: contact your mobile operator.
mo02-failed-why = Failed ({ $reason }): contact your mobile operator.
operator-account-exists = operator account { $id } already exists; it cannot be added twice
operator-needed = choose the mobile operator (e.g. { $example })
operator-accounts-control-hub = operator accounts are Control Hub's here
operator-demo-only = the operator's side is simulated only in the demo
number-not-mobile = { $number } is a { $kind } number, not a mobile number
mobile-byod-first = { $email } has a bring-your-own-device Webex Go line ({ $device }, { $status }); delete it first: a user has one Webex Go line
webex-location-unknown = no location "{ $location }" in wxgo's copy of { $org } (there is: { $names }). Nothing was sent. On a real organisation mobile numbers are added by location (operator accounts are Control Hub's); run { $sync } if the location was added in Control Hub recently.
webex-no-operator-accounts = operator account "{ $account }": on a real organisation operator accounts and their authorisation exist only in Control Hub (no public API: { $place }), so wxgo has none. Give the location instead: { $command }; Webex then adds the numbers under the location's operator account, which must be Authorized in Control Hub. Nothing was sent.

## What a request to add mobile numbers on a real organisation came to ($why and $error are a failure's own words)
numbers-request-no-answer = request { $i } of { $total }: Webex did not answer
numbers-request-stopped = request { $i } of { $total }: { $error }
numbers-request-not-sent = not sent: an earlier request failed ({ $why })
numbers-request-unreadable = Webex accepted the request but wxgo cannot tell from its answer which numbers it added: run { $sync } to see them
numbers-request-refused-some = Webex did not add { $refused } of the { $n } numbers (listed with its reason)
numbers-request-found-all = Webex did not answer, but asked afterwards it has every number of this request: they are added
numbers-request-found-none = Webex did not answer, and asked afterwards it has none of these numbers: not added (a request still on its way could yet add them: run { $sync } in a minute before adding them again)
numbers-request-found-some = Webex did not answer; asked afterwards it has { $found } of the { $n } numbers (those are added); the rest are not (run { $sync } in a minute before adding them again)
numbers-request-unasked = Webex did not answer ({ $why }), and could not be asked which numbers it added ({ $error }): it is not known. Run { $sync } to see the location's numbers before adding any again

## BW: BroadWorks flow-through
bw01-template = { $id }'s customer template "{ $template }" does not accept untrusted emails ({ $gap }), so onboarding would fail again ({ $error }). Fix the template first: check Untrusted emails and set the share link to the activation link ({ $place }), then retry. Nothing was changed.
bw01-no-template = { $id } has no customer template, so onboarding would fail again ({ $error }). Give the subscriber's customer a template that accepts untrusted emails ({ $place }), then retry. Nothing was changed.
bw01-gap-untrusted = Untrusted emails is not checked
bw01-gap-share-link = the share link is { $link }
bw02-nothing = { $id } is { $status }: there is nothing to claim in the portal
bw03-not-claimed = { $id } is { $status }: only a claimed account waiting for email validation can be verified
bw04-not-failed = { $action } applies to subscribers in error or pending; { $id } is { $status }
bw04-webex-not-failed = { $action } applies to subscribers in error or pending; Webex says { $id } is { $status }{ $copy ->
        [same] {""}
       *[other] {" "}(wxgo's copy said { $copy }; run { $command } to refresh it)
    }. Nothing was changed.
bw04-webex-unknown-status = Webex gives { $id } the status "{ $status }", which wxgo does not know, so { $action } was not done. Nothing was changed.
bw04-email = { $code }: { $text } Enter another email.
bw-button-retry = Retry activation
bw-button-delete = Delete user
bw-button-package = Change package type
bw-has-no-error = { $id } has no error ({ $status })
bw-partner-scopes = a partner full administrator's sign-in with the scopes { $read } and { $write }
bw-partner-needed = { $button } needs { $scopes }; this sign-in does not have them. { $error }
bw-webex-field-missing = { $id } has no { $field } in Webex, which provisioning needs: retry it in { $place } instead. Nothing was changed.
bw-webex-no-number = { $id } has neither a primary number nor an extension in Webex, and provisioning needs one: fix it in BroadWorks, then retry. Nothing was changed.
bw-not-in-copy = { $id } is not in Webex's copy (it has no Webex id): run { $sync } and look again. Nothing was sent.
bw-webex-gone = Webex has no BroadWorks subscriber { $id } for this sign-in: it was removed elsewhere (in Partner Hub or by BroadWorks), or this sign-in is not a partner administrator's ({ $button } needs { $scopes }). Nothing was changed; run { $sync } to refresh the list.{ $tracking }
bw-tracking-none = none given
bw-retry-unknown = { $button } of { $id }: Webex removed the subscriber (trackingId { $tracking }) to provision it again with { $email }, but did not answer the provisioning ({ $error }): not refused, unknown, { $now }. Nothing was sent again. Its details: BroadWorks user id { $user }, enterprise { $enterprise }, provisioning id { $provisioning }.
bw-retry-unknown-absent = and Webex, asked afterwards, does not have it now (a request still on its way could yet provision it: run { $sync } in a minute and look before provisioning it again)
bw-retry-unknown-unasked = and Webex could not be asked afterwards whether it has it ({ $error }): run { $sync } and look before provisioning it again
bw-retry-refused = { $button } of { $id } did not finish: Webex removed the subscriber (trackingId { $tracking }) so it could be provisioned again with { $email }, but then refused to provision it. { $error } The subscriber is no longer in Webex nor in wxgo's copy: provision it again from BroadWorks or in { $place } (BroadWorks user id { $user }, enterprise { $enterprise }, provisioning id { $provisioning }).
portal-verification-not-queued = the account was claimed, but the verification email could not be queued: { $error }
portal-demo-only = the activation portal is simulated only in the demo

## AL: licence assignment
al01-location = Webex Calling needs a location: give one (--location NAME)
al01-number = Webex Calling needs an extension and/or a number: give one (--number E164 or --extension DIGITS)
al02-other-location = { $email }: { $number } is provisioned at { $its }, not { $location }: give a number of { $location }, or the location { $its }
template-clash = { $org } already has { $template }: change that one ({ $command }) or delete it first
al03-no-calling = template { $template } does not grant Webex Calling: nobody is licensed through it
al03-not-covered = { $email } is not covered by { $template }: { $theirs ->
        [none] no template covers them
       *[other] their template is { $theirs }
    }. Not licensed; edit their licences individually if they need Webex Calling
al06-unconfirmed = { $warning } Confirm explicitly (CLI: { $flags }). Nothing was changed.
al06-changed = you confirmed that { $confirmed ->
        [one] 1 user loses
       *[other] { $confirmed } users lose
    } Webex Calling, but { $n } would now (something changed meanwhile). Review the count again and confirm it. Nothing was changed.
reapply-warning = Turning off "Preserve licences for existing users" removes Webex Calling from { $n ->
        [one] 1 user
       *[other] { $n } users
    } whose template does not grant it. Their voicemail settings, number assignments ({ $numbers ->
        [one] 1 number goes
       *[other] { $numbers } numbers go
    } back to the unassigned pool) and calling services are deleted for good{ $devices ->
        [0] {""}
        [one] , and 1 Webex Go device is deleted
       *[other] , and { $devices } Webex Go devices are deleted
    }. This cannot be undone.
extension-taken = { $email }: extension { $extension } is already { $holder }'s in { $location }; choose another
extension-taken-there = { $email }: extension { $extension } is already { $holder }'s in that location; choose another
template-name-invalid = "{ $name }" is not a template name: give 1 to 80 printable characters
template-group-empty = the group is empty: give the directory group (department) the template is for, or leave out --group for the whole organisation
template-licence-unknown = "{ $licence }" is not a licence a template grants; choose from { $licences } (Webex Calling Professional is --calling)
template-calling-both = a template grants Webex Calling Professional (--calling) or Calling Basic, not both
template-not-read-back = the template "{ $name }" was saved but cannot be read back
template-none = no licence template "{ $name }"
user-not-read-back = { $email } was saved but cannot be read back
assignments-line = line { $line }: { $error }. Nothing was changed; fix the file and try again.
assignments-no-email-column = line 1: the header has no email column (it has: { $has }); expected: { $expected }
assignments-email-empty = line { $line }, column { $column } (email): the email is empty. Nothing was changed.
not-in-webex = { $email } is not in Webex: run { $sync }
licence-list-missing = the licence list of the organisation is missing
run-stopped = { $error }. The requests answered so far are done in Webex and in the journal: run the same command again to continue
licence-missing-in-webex = the organisation has no { $licences } { $n ->
        [one] licence
       *[other] licences
    } in Webex: change the template ({ $command }) or add the licence in Control Hub. Nothing was sent.
licence-unknown = { $error } { $now }
licence-unknown-unjournalled = { $error } It could not be noted in wxgo's journal either ({ $journal }): check { $email }'s licences in Control Hub before assigning again.
licence-unknown-all = Asked afterwards, Webex shows { $email } with every licence asked for: the change was made. Run { $sync } to see it here.
licence-unknown-none = Asked afterwards, Webex shows { $email } without the licences asked for. Run the same command again: it re-reads { $email } first and sends only what is missing.
licence-unknown-some = Asked afterwards, Webex shows { $email } with { $held } of the { $n } licences asked for. Run the same command again: it re-reads { $email } first and sends only what is missing.
licence-unknown-unasked = Webex could not be asked afterwards what { $email } holds ({ $error }). Run the same command again later: it re-reads { $email } first and sends only what is missing.
person-nothing-to-change = nothing to change: give --work-number E164, --extension N and/or --location NAME
person-write-twice = a person's write ran its follow-up twice
person-write-no-result = a person's write finished without its result
location-not-in-copy = that location is not in Webex's copy: run { $sync }

## What the backend cannot do here ($readonly: why the profile is read-only too, or "no")
stand-in-only = "{ $action }" is { $who }. It is simulated only on the local backend (the demo: { $command }), not on the real organisation of profile "{ $profile }". Nothing was changed.{ also-read-only }
control-hub-only = "{ $action }" has no public Webex API: do it in { $place }, then run { $command }. Nothing was changed.{ also-read-only }
also-read-only = { $readonly ->
        [no] {""}
       *[other] {" "}This profile is also read-only: { $readonly }.
    }

## Who does a stand-in action on a real organisation (the $who of stand-in-only; $sync is a command)
stand-in-phone = the phone's side: on a real organisation the user does it on the phone, and { $sync } shows the result
stand-in-portal = the user's side of the activation portal: on a real organisation the user does it in the portal
stand-in-operator = the mobile operator's side: on a real organisation the operator decides

## Places in Control Hub and Partner Hub (the $place of the messages; menu names as the help articles give them)
place-lost-stolen = Control Hub > Devices > the Webex Go device > Actions > Lost or stolen
place-operator-account = Control Hub > Calling > Numbers > Mobile numbers (the operator account of the location)
place-directory-numbers = Control Hub > Users > the user > Calling > Directory numbers
place-broadworks = Partner Hub > Settings > BroadWorks Calling > View Templates > the customer template > User Verification
place-numbers = Control Hub > Calling > Numbers
place-licences = Control Hub > Users > the user > Licenses (or Users > Manage users for many)
place-devices = Control Hub > Devices > Add device > Webex Go (or the device > Actions)
place-control-hub = Control Hub (admin.webex.com)
place-user-licences = Users > the user > Licenses
place-mobile-numbers = Calling > Numbers > Mobile Numbers

## A person changed in Webex since the copy was synced
person-changed = { $email } changed in Webex since your copy was synced ({ $fields }). Nothing was sent: wxgo writes a person only over the copy you saw. Run { $command } (F in the console), look at the person again, and repeat the change.
person-field-changed = { $field }: your copy { $copy }, Webex now { $now }
person-field-email = email
person-field-display-name = display name
person-field-work-number = work number
person-field-extension = extension
person-field-location = location
person-field-department = department
person-other-location = another location ({ $id })

## A request a run would send, as --dry-run lists it (emails, licences, places and numbers as they are)
plan-line = line { $line }
plan-activation-code = activation code for { $email }, model { $model }
plan-create = create { $email }
plan-reread = re-read { $email } before writing
plan-write = { $email }: { $fields }
plan-read-licences = read { $email }'s licences
plan-licences = { $email }: { $parts }
plan-add = add { $licences }
plan-add-at = add { $licences } at { $location }{ $number ->
        [none] {""}
       *[other] {" "}with { $number }
    }{ $extension ->
        [none] {""}
       *[other] , extension { $extension }
    }
plan-remove = remove { $licences }

## Too many wrong activation codes
throttled-source = { $n } wrong activation codes from { $from } in the last { $minutes } minutes, so this code was not checked. Try again after { $until }. Each wrong code within { $minutes } minutes of the last ones starts the wait again: check the code in the email or letter first (16 letters and digits).
throttled-device = { $n } wrong activation codes for { $from } in the last { $minutes } minutes, so this code was not checked. Try again after { $until }. Each wrong code within { $minutes } minutes of the last ones starts the wait again: check the code in the email or letter first (16 letters and digits).
attempt-wait-until = { $at } (in { $seconds } s)
attempt-noted = { $error }{ $stop } { $note }
attempt-wait-source = That was wrong code { $n } from { $from } within { $minutes } minutes: the next try waits until { $until }.
attempt-wait-device = Too many wrong codes for { $device }: until { $until }, wrong codes for it are not answered (its valid code still works).

## Cancelled runs (nothing of them was kept)
cancelled-licensing = cancelled after { $done } of { $total } users: nothing was changed
cancelled-import = cancelled while { $phase ->
        [reading] reading
        [checking] checking
        [adding] adding
        [saving] saving
       *[emailing] emailing
    } ({ $done } of { $total } rows): nothing was added
cancelled-sync = the sync was cancelled; the cache keeps its last complete state (nothing of this sync was saved)

## Read-only (the database, or the profile: $why says which)
read-only-db = read-only: the database is open read-only, so "{ $action }" was not done. Open it without --read-only to make changes.
read-only-for = read-only: "{ $action }" was not sent to Webex because { $why }. Nothing was changed.

## Numbers and extensions (the input is shown as typed; the example numbers are not translated)
e164-none = no number given
e164-no-plus = "{ $input }" is not E.164: it must start with + and the country code, e.g. +12145550100
e164-not-digit = "{ $input }" is not E.164: '{ $bad }' is not a digit (write only + and digits, e.g. +12145550100)
e164-zero = "{ $input }" is not E.164: a country code never starts with 0
e164-length = "{ $input }" is not E.164: it has { $n } digits, a full international number has 8 to 15
extension-invalid = "{ $extension }" is not an extension: write 2 to 10 digits, e.g. 4021
## Words and codes as typed or read back (the value as given; softphone, pending, online ... are the words to type and are not translated)
bw-status-unknown = unknown BroadWorks status "{ $status }"
package-unknown = unknown package "{ $package }": use softphone, basic, standard or premium
email-invalid = "{ $email }" is not a valid email address (like name@example.com)
code-length = an activation code has { $n } letters and digits (like K7QX-M2PD-9HTR-4WCE); this one has { $has }
code-symbol = '{ $symbol }' never appears in an activation code (codes use 2-9 and A-Z without I, L and O)
lpa-prefix = an activation string starts with LPA:1$
lpa-shape = an activation string is LPA:1$<SM-DP+ address>$<matching id>
lpa-matching-id = a matching id uses only A-Z a-z 0-9 and -
device-status-unknown = unknown device status "{ $status }": use pending, online or offline
device-kind-unknown = unknown device kind "{ $kind }"
auth-status-unknown = unknown authorisation status "{ $status }"
mo01-empty = the operator account id is empty: type the id your mobile operator gave you
mo01-invalid = "{ $id }" is not an operator account id: use letters, digits, '-', '_' or '.', at most 64
field-hazard = the value has { $character } at character { $position }; remove it in the source and export again
field-too-long = the value is { $n } characters long; at most { $max } are allowed
char-line-break = a line break
char-tab = a tab
char-escape = an escape character (ESC)
char-bell = a bell character (BEL)
char-control = a control character ({ $code })
char-direction = a text-direction character ({ $code })
char-invisible = an invisible character ({ $code })

## MO02, MO03: what to do about an operator account, and why a mobile number cannot be added ($what: where the number is held)
mo02-advice-pending = Authorisation is pending; it can take up to 48 hours. Contact your mobile carrier if your mobile admin has not received an authorisation request.
mo02-advice-failed = Authorisation failed. Contact your mobile operator.
mo02-advice-authorized = Authorised: you may now add mobile numbers.
mo03-in-list-twice = entered more than once in this list
mo03-no-plan = { $number } is not a valid number in any numbering plan
mo03-other-country = { $number } is a number of { $its }, not of the location's country { $country }
mo03-in-inventory = already in the inventory ({ $what })
mo03-other-org = in use by another organisation
mo03-fixed-line = { $number } is a fixed-line number, not a mobile number
held-standard-of = standard number of { $owner }
held-mobile-of = mobile number of { $owner }
held-standard-free = unassigned standard number
held-mobile-free = unassigned mobile number

## What is not there (the names, numbers and ids are as given; $command is a command to run)
names-none = none
not-found-user = no user with the email "{ $email }" in { $org }. Look it up with { $command }.
not-found-device = no Webex Go device { $device } in { $org }. List them with { $command }.
user-has-no-device = { $email } has no Webex Go device.
device-reference = "{ $reference }" is not a device: give its id (go-12) or its owner's email
not-found-number = { $number } is not in { $org }'s number inventory
not-found-location = no location "{ $location }" in { $org }
not-found-location-listed = no location "{ $location }" in { $org }; there is: { $names }
not-found-subscription = no subscription { $subscription } with Webex Go licences in { $org }; there is: { $subscriptions }
subscription-name-shared = several subscriptions are named "{ $name }": give the id of one ({ $ids })
subscription-start-shared = "{ $start }" is the start of several subscription ids ({ $ids }): give more of the one you mean
not-found-account = no operator account "{ $account }" in { $org }. List them with { $command }.
not-found-account-for = no operator account for the location "{ $location }" in { $org }. Add one with { $add }, or list them with { $list }.
not-found-template = no licence template "{ $name }"; there is: { $names }. List them with { $command }.
not-found-org = no organisation named "{ $name }" here; there is: { $names }
not-found-subscriber = no BroadWorks subscriber "{ $id }" in { $org }. List them with { $command }.
not-in-copy = { $email } is not in Webex's copy (no Webex id): run { $command } and look again
device-not-in-copy = { $device } is not in Webex's copy (it has no Webex id): run { $sync } and look again
why-nobody-given = give an email, a phone number or an extension
why-no-email = nobody with the email "{ $email }" in { $org }: no user and no BroadWorks subscriber. Look it up with { $command }.
why-no-number = nobody in { $org } has the number or extension "{ $number }" (no user, no BroadWorks subscriber). Look it up with { $command }.
not-found-thing = { $what ->
        [device] no such device
        [subscription] no such subscription
        [operator-account] no such operator account
       *[other] not found: { $what }
    }

## The database ($file is its path, or db-the-database where the path is not known; --db, --read-only and WXGO_DB are not translated)
db-the-database = the database
db-fuser = `fuser the database`
db-busy = { $file } is busy: another wxgo (or another program) has held it for over { $seconds } seconds. Nothing was changed. Try again; if it stays busy, look for a stuck process with { $command }.
db-read-only = { $file } cannot be written (the file or its folder is read-only). Nothing was changed. Use --read-only to look at it, or fix the permissions.
db-damaged = { $file } is not a wxgo database, or it is damaged. Nothing was changed. Point --db at the right file, or restore it from a backup.
db-cannot-open = { $file } cannot be opened (a missing folder, or no permission: besides the file, SQLite needs to create { $file }-wal and { $file }-shm in its folder). Nothing was changed. Use --read-only to look at it, or check the path and its permissions.
db-disk-full = the disk holding { $file } is full. Nothing was changed. Free some space and try again.
db-constraint = that would break a rule of the data ({ $error }). Nothing was changed.
db-other = database error in { $file }: { $error }
db-foreign-kept = { $file } is not a wxgo database: { $why }. Nothing was changed: wxgo replaces only its own databases. Choose another file with --db (or delete this one yourself if it is no longer needed).
db-folder = { $file } is a folder, not a database. Nothing was changed. Point --db at a database file.
db-empty = { $file } is empty: there is no wxgo database in it yet. Nothing was changed. Create the demo organisation in it with { $create }, use the demo with { $demo }, or point --db at your database.
db-foreign = { $file } is not a wxgo database: { $why }. Nothing was changed. Point --db at a wxgo database, or at a new file to create one ({ $command }).
db-newer = { $file } was written by a newer wxgo (schema version { $version }; this wxgo knows up to { $known }). Nothing was changed. Upgrade wxgo to open it.
db-older = { $file } is a wxgo database at schema version { $version }; this wxgo reads versions { $from } to { $known }. Nothing was changed. Open it once without --read-only to upgrade it.
db-upgrade-failed = could not upgrade { $file } to schema version { $known }. Nothing was changed. Restore it from a backup, or report this with the version of wxgo that wrote it.
db-wal-unreadable = { $file } cannot be read here: its folder cannot be written, and { $wal } holds recent changes that SQLite can read only with a { $shm } file beside it. Nothing was changed. Copy the database with its -wal file to a folder you can write, or open it once where its folder can be written.
db-none = there is no database at { $file }. Nothing was created. Check --db (or WXGO_DB) for a typo; use the demo organisation with { $demo }; or create the demo organisation there with { $create }.
db-none-folder = there is no database at { $file } (the folder { $folder } does not exist either). Nothing was created. Check --db (or WXGO_DB) for a typo; use the demo organisation with { $demo }; or create the demo organisation there with { $create }.
db-no-org = the database holds no organisation yet. Create the demo organisation in it with { $create }, or use the demo database with { $demo }.
db-many-orgs = the database holds { $n } organisations; choose one with --org NAME: { $names }
demo-spec-broken = { $file } is broken: { $error }
demo-cannot-replace = cannot replace { $path }: { $error }
index-users-missing = the users' index is missing
index-list-missing = the list's index is missing
index-too-large = a list is too large to index (over 4 GB of text)
index-changed = the list changed while it was indexed; try again
index-not-devices = not a device list
db-foreign-damaged = its schema version is { $version }, which no wxgo writes (it is damaged)
db-foreign-application = it belongs to another program (application id { $id })
db-foreign-version = its schema version is { $version }, which no wxgo writes
db-foreign-tables = it holds { $n } table(s) and no wxgo mark: it belongs to another program
db-foreign-not-ours = it has schema version { $version } but not wxgo's tables
db-schema-not-created = could not create the schema: { $error }
db-cannot-create = cannot create the database file { $file }: { $error }. Nothing was changed. Check the path and its folder's permissions, or point --db at another file.
db-devices-short = { $added } of { $total } devices were added; nothing was saved

## CSV files (the file's name, lines, columns and cells as they are; Control Hub's column names are not translated)
csv-save-as-utf8 = Save it as UTF-8 CSV (Excel: File > Save As > "CSV UTF-8 (Comma delimited)"; LibreOffice: Save As > Text CSV, character set Unicode (UTF-8)) and try again.
csv-utf16 = { $source } is saved as UTF-16 ("Unicode text"), not as UTF-8 CSV. { csv-save-as-utf8 }
csv-not-utf8 = { $source } is not UTF-8: byte { $byte } on line { $line } is not UTF-8 text (the file looks saved as Latin-1 / Windows-1252, e.g. "CSV (Comma delimited)"). { csv-save-as-utf8 }
csv-malformed = { $source } line { $line }: this is not well-formed CSV ({ $error }). Check for a quote that is opened and never closed.
csv-empty = { $source } is empty: it has no header row and no rows
## The directory's export (directory sync: the file's path, lines, columns, headers and values as they are)
dir-cannot-read = cannot read the directory file { $path }: { $error }
dir-io = cannot read the directory file: { $error }
dir-line = line { $line }: { $what }. Nothing was changed; fix the file and sync again.
dir-cell = line { $line }, column { $column } ({ $name }): { $what }. Nothing was changed; fix the file and sync again.
dir-same-column = this column says the same as column { $column } ({ $name })
dir-no-email-column = line 1: the header has no email column (it has: { $has }). Expected: { $expected }. Nothing was changed.
dir-email-empty = the email is empty
dir-not-email = "{ $value }" is not an email address
dir-email-twice = { $email } is also on line { $first }; each user may appear once
dir-column-missing = column { $column } ({ $name }) is missing
dir-column-extra = column { $column } is one too many
dir-fields = line { $line }: the row has { $len ->
        [one] { $len } field
       *[other] { $len } fields
    } but the header has { $expected }: { $column }. Quote fields that contain commas. Nothing was changed; fix the file and sync again.
dir-not-utf8 = line { $line }, column { $column }: not UTF-8 text. Save the export as UTF-8 (CSV UTF-8) and sync again; nothing was changed.
dir-not-csv = line { $line }: the file is not valid CSV ({ $error }). Nothing was changed.

## The bulk import's problems of a row (shown after its line and column)
sheet-column-twice = the column "{ $column }" appears twice (columns { $first } and { $second }); keep one
sheet-no-column = the header has no "{ $column }" column. Start from the template: { $command }
sheet-no-subscription-column = the header has no { $column } column, so no row chooses the subscription its licence comes from. Start from the template: { $command }
sheet-empty-write = is empty; write { $want }
sheet-not-fixed = is "{ $value }"; a Webex Go device row has { $want }
sheet-mac = is "{ $value }"; a Webex Go device has no MAC address: leave it empty
sheet-not-true-false = is "{ $value }"; write TRUE for the subscription the licence comes from, else FALSE or nothing
sheet-no-true = no subscription is marked TRUE: mark the one the licence comes from ({ $columns })
sheet-many-true = { $n } subscriptions are marked TRUE; a licence comes from exactly one: mark only one
sheet-no-user = is empty; write the user's email
sheet-user-twice = { $email } is also on line { $first }: a user has one Webex Go device, so keep one row
sheet-extension = { $email }'s extension is { $theirs }, not { $given }: correct it or leave Extension empty
sheet-no-location = no location
sheet-location = { $email } is in { $theirs }, not in { $given }: correct it or leave Location empty
sheet-number-twice = { $number } is also chosen on line { $first } (for { $other }): choose another unassigned number of { $location }
sheet-number-webex = is { $given }, but Webex's copy has { $theirs } for { $email }: the import does not change numbers. Leave Phone Number empty, or change the number first ({ $place }).
sheet-no-number = no number
import-no-rows = { $source } has a header but no device rows: nothing to add
import-mails-not-queued = the activation emails could not be queued ({ $error })
import-mail-not-queued = the activation email could not be queued ({ $error })

## What became of a row of the bulk import on a real organisation ($error is a failure's own message, $command a command to run)
import-row-unknown = { $error } Run the same command again: it asks Webex whether this row's request arrived (the person's devices) and sends nothing for it if it did.
import-row-code-kept-uncached = its code is in the codes file, but the cache could not be updated: { $error }
import-row-code-lost = the earlier request did arrive: Webex made the device and issued a code, but that code never reached wxgo (its answer was lost, or wxgo was stopped before writing it): nobody has it. Issue another with { $command }.
import-row-code-lost-uncached = the code was issued by Webex but lost, and the cache could not be updated: { $error }
import-row-unasked = could not ask Webex whether this row's earlier request arrived ({ $error }); it was not sent again. Run the same command again.
import-row-undelivered = Webex issued the code but it was not delivered ({ $error }); the import stopped. Fix that and run the same command again (this row then says how to issue a new code).

## The bulk import's report

## Sign-in (commands, environment variables, scopes and paths are not translated; $why and $words are Webex's own words, kept as Webex gives them)
signin-not-yet = this profile has not signed in to Webex yet. Run { $login } (or set WEBEX_TOKEN).
signin-env-unset = { $var } is not set (or empty). Put a Webex access token in it (or leave out --token-env to use the profile's stored sign-in).
signin-token-empty = the Webex token is empty. Set WEBEX_TOKEN, or sign in with { $login }.
signin-expired-no-refresh = the Webex sign-in expired and there is no refresh token. Sign in again with { $login }.
signin-refresh-too-old = the Webex sign-in expired (the refresh token is too old). Sign in again with { $login }.
signin-renew-refused = Webex refused to renew the sign-in ({ $why }): the refresh token was revoked or expired. Sign in again with { $login }.
signin-bad-answer-token = Webex's answer to { $path } holds a token with a control character or a line break, which cannot be sent in a request: it was neither used nor stored. Sign in again with { $login }; if it happens again, report it to Cisco support.
signin-start-refused = Webex refused to start the sign-in ({ $why }). Check the integration's client id and that it allows the requested scopes ({ $scopes }).
signin-declined = the sign-in was declined in the browser. Run { $login } again if that was a mistake.
signin-refused = Webex refused the sign-in ({ $why }). Check the integration's client id and secret, then run { $login } again.
signin-code-expired = the sign-in code expired before it was approved. Run { $login } again.
token-unsendable = the Webex token holds a character that cannot be sent; get a new one
token-the = the Webex token
token-in = the Webex token in { $var }
token-line-break = a line break
token-control = a control character ({ $code })
token-space = a space
token-odd-character = a character a token never has ({ $code })
token-bad-character = { $token } has { $what } at character { $at } of { $n }: it cannot be sent, and nothing was sent. Copy the token again (one line, nothing around it), or sign in with { $login }.
token-profile-name = the profile name "{ $name }" must be letters, digits, - or _ (at most 64)
token-cannot-encode = cannot encode the tokens: { $error }
token-file-cannot = { $what ->
        [create] cannot create the token file in { $dir }: { $error }
        [write] cannot write the token file in { $dir }: { $error }
        [protect] cannot protect the token file in { $dir }: { $error }
       *[replace] cannot replace the token file in { $dir }: { $error }
    }
token-file-cannot-read = cannot read the token file { $path }: { $error }
token-stored-unreadable = the stored sign-in cannot be read; run { $login } again to replace it
token-no-home = cannot find a home folder for the token file; set XDG_STATE_HOME
keyring-no-thread = cannot start the keyring call: { $error }
keyring-timeout = the system keyring did not answer within { $seconds } s (is it locked?)

## Webex refused the token (401) or the request (403): $said is Webex's own words with webex-says around them, $tracking the trackingId's words (each empty when Webex gave none)
webex-says = Webex says: "{ $words }".
webex-tracking = trackingId { $id } (quote it to Cisco support).
webex-401 = Webex did not accept the sign-in for { $method } { $path } (401: the token expired or was revoked).{ $said } Sign in again with { $login } (or give a new token in WEBEX_TOKEN).{ $tracking }
webex-401-env = Webex did not accept the token in { $var } for { $method } { $path } (401: it expired or was revoked).{ $said } Put a new token in { $var } (a stored sign-in is not used while { $var } is set).{ $tracking }
webex-403 = Webex refused { $method } { $path } (403 Forbidden): the token lacks the scope or role it needs: { $scope }.{ $said } Sign in with an administrator and integration that have it ({ $login }).{ $tracking }
webex-403-env = Webex refused { $method } { $path } (403 Forbidden): the token in { $var } lacks the scope or role it needs: { $scope }.{ $said } Put a token in { $var } of an administrator that has it.{ $tracking }
scope-with-role = { $scope } ({ $role })
scope-unknown = an administrator scope for this request
role-full-admin = full administrator
role-partner-admin = partner administrator
role-partner-full-admin = partner full administrator
role-full-or-partner-admin = full administrator or partner administrator

## Profiles and the config file ($file is its path, $at the file and the profile's section; keys, values and the names of profiles are not translated)
profiles-there = (there is: { $names })
profile-unknown = there is no profile "{ $name }" ({ $from }) in { $file }; add a [profiles.{ $name }] section there{ $there }
profile-default-unknown = { $file }: default_profile = "{ $name }" names no profile; add [profiles.{ $name }] or fix the name{ $there }
profile-secret-needed = the Webex integration's client secret is needed to sign in: set { $var }, or name a file with client_secret_file in [profiles.{ $name }] of { $file }
config-not-toml = { $file } is not valid TOML: { $error }
config-default-profile-name = { $file }: default_profile takes a profile name in quotes (letters, digits, - or _), e.g. default_profile = "acme"
config-profile-section = { $file }: profiles.{ $name } must be a section: write [profiles.{ $name }]
config-profiles-sections = { $file }: profiles is a set of sections: write [profiles.NAME] with backend = "webex"
profile-name-invalid = { $at }: a profile name is letters, digits, - or _ (at most 64)
profile-unknown-key = { $at }: unknown key { $key }; the keys are { $keys }
profile-takes-text = { $at } { $key } takes text in quotes
profile-takes-bool = { $at } { $key } takes true or false
profile-backend-missing = { $at }: backend is missing; write backend = "webex" (or "local")
profile-backend-unknown = { $at } backend = "{ $backend }": use "webex" or "local"
profile-base-url-refused = { $at } base_url = "{ $url }": { $error }
profile-base-url-not-https = { $at } base_url = "{ $url }" is not an https:// URL; e.g. { $example }
profile-takes-seconds = { $at } { $key } takes seconds, { $min } to { $max }
profile-secret-inline = { $at } client_secret: a secret is never written in the config; put it in a file named by client_secret_file, or in an environment variable named by client_secret_env
profile-secret-env-name = { $at } client_secret_env names an environment variable (letters, digits, _), not the secret itself
config-secret-at-top = { $file }: { $key } at the top of the file: a secret is never written in the config (anyone who can read the file, a backup or a screen share would have it). Remove it, and give the secret to the profile with client_secret_env = "VAR" (an environment variable) or client_secret_file = "PATH" (a file only you can read, chmod 600).
secret-file-readable = { $file }: [profiles.{ $name }] client_secret_file { $path } { $why }, and wxgo does not use a secret others can read (as ssh refuses a readable key). Run { $command } (and check who could have read it), then try again. Nothing was sent.
secret-file-readable-by-anyone = can be read by anyone on this machine (mode { $mode })
secret-file-readable-by-group = can be read by its group (mode { $mode })
secret-file-cannot-read = { $file }: [profiles.{ $name }] client_secret_file { $path }: cannot read it ({ $error }). Fix the path.
secret-file-empty = { $file }: [profiles.{ $name }] client_secret_file { $path } is empty
webex-plain-http = the Webex address { $address } is plain { $scheme }: the token and the client secret would cross the network unencrypted. Use https:// (plain http:// is taken only for this machine: localhost, 127.0.0.1, ::1). Nothing was sent.
ca-file-cannot-read = cannot read the ca_file { $path }: { $error }; fix the path in the profile
ca-file-unusable = the ca_file { $path } holds no usable PEM certificate: { $error }
ca-file-empty = the ca_file { $path } holds no PEM certificate
login-no-client-id = signing in needs the client id of a Webex integration: set client_id in [profiles.{ $name }] of { $file } (or pass --client-id). Create the integration at developer.webex.com > My Webex Apps; the README's "Connect to your organisation" lists the scopes it needs.
token-file-no-home = cannot find a home folder for the token file; set { $var }
webex-client-not-set-up = the Webex client could not be set up
profile-none-chosen = { $command } works on a profile of a real organisation, and none is chosen. Add one to { $file }:{ $sample }then run { $login } (or choose one with --profile NAME or WXGO_PROFILE). See "Connect to your organisation" in the README.
## The config file's lang, print_command and [smtp], WXGO_SMTP_URL, --lang and WXGO_NOW ($file is the config's path; keys, values, codes and examples are not translated)
lang-flag-unknown = --lang { $lang }: wxgo speaks { $codes }; give one of them (or leave --lang out)
lang-config-unknown = lang = "{ $lang }" in config.toml: wxgo speaks { $codes }; set one of them, or remove the line
clock-not-rfc3339 = WXGO_NOW="{ $value }" is not an RFC 3339 time ({ $error }); write e.g. 2026-11-22T09:00:00Z
config-print-command = { $file }: print_command takes a command in quotes, e.g. "lp -d office" ("" turns printing off)
config-smtp-section = { $file }: smtp is a section: write [smtp] with host, port, starttls, user
smtp-password-file = cannot read the SMTP password file { $path }: { $error }
smtp-takes-text = { $file }: [smtp] { $key } takes text in quotes
smtp-takes-bool = { $file }: [smtp] { $key } is true or false (no quotes)
smtp-needs-host = { $file }: [smtp] needs host = "smtp.example.com" (or remove the section to use the outbox folder)
smtp-tls-both = { $file }: [smtp] choose starttls = true (port 587) or tls = true (port 465), not both
smtp-port = { $file }: [smtp] port is a number from 1 to 65535
smtp-url = WXGO_SMTP_URL="{ $url }" { $why }; write it as smtp://HOST:PORT (or smtps://HOST:PORT)
smtp-url-no-scheme = has no scheme
smtp-url-scheme = is not an smtp:// or smtps:// address
smtp-url-option = has an option wxgo does not know ({ $option })
smtp-url-password = holds a password: give it in WXGO_SMTP_PASSWORD instead, so it stays out of process lists
smtp-url-port = has a port that is not a number from 1 to 65535
smtp-url-no-host = has no host

## Lists, subscriptions and organisations (ids and names as they are)
list-next = { $first }, { $next }
list-next-semicolon = { $first }; { $next }
subscription-free = { $subscription } ({ $free } free)
sheet-counted-in = { $reason } (the rows above in this file counted in)
cache-no-org = the cache of profile "{ $profile }" holds no organisation yet. Run { $sync } (after { $login }, or with WEBEX_TOKEN set).
org-not-cached-hint = { $error }. An organisation not cached yet is fetched with { $command } (see { $orgs }).
cache-none-yet = profile "{ $profile }" has no copy of its organisation yet ({ $file } does not exist). Nothing was created. Sign in with { $login } (or set WEBEX_TOKEN), then run { $sync }.
sync-local = sync is for a webex profile; this organisation is local (its data is the truth)
sync-stopped = the sync of { $part ->
        [people] people
        [licences] licences
        [locations] locations
        [devices] devices
        [numbers] numbers
        [broadworks] BroadWorks subscribers
        [audit] admin audit events
       *[other] { $part }
    } stopped: { $error } The cache keeps its last complete copy: nothing of this sync was saved.
sync-org-not-listable = this token may not list organisations, so --org "{ $org }" cannot be looked up ({ $error })
sync-org-not-managed = no organisation "{ $org }" among those this sign-in manages: { $names }. See them with { $command }.
sync-org-unknown = Webex did not say which organisation the signed-in person belongs to; set org_id in [profiles.{ $name }] of { $file }

## The call-history import's problems of a row (shown after its line and column; ORIGINATING and TERMINATING are the report's words)
calls-no-column = the header has no "{ $column }" column: is this Webex's Detailed Call History report?
calls-not-time = "{ $value }" is not a time; the report writes e.g. 2026-11-20T14:03:11.123Z
calls-not-duration = "{ $value }" is not a duration in seconds
calls-no-direction = is empty; the report writes ORIGINATING or TERMINATING

## The bulk import's note after a real run ($file is the codes file, $command a command to run)

## Webex's other answers ($said and $tracking as for 401/403; $status the HTTP status, $attempts how many times it was sent, $last the last failure in the transport's words, $sync the command to refresh the copy)
webex-404 = Webex has no such thing at { $method } { $path } (404 Not Found).{ $said } It may have been deleted in Control Hub; run { $sync } to refresh the copy.{ $tracking }
webex-409 = Webex refused { $method } { $path } because of a conflict (409): the item changed or is being changed.{ $said } Run { $sync }, check it, and retry in a moment.{ $tracking }
webex-423 = Webex has { $path } locked (423) while another change finishes.{ $said } Retry in a minute.{ $tracking }
webex-4xx = Webex refused { $method } { $path } ({ $status }).{ $said } Nothing was changed by this request.{ $tracking }
webex-5xx = Webex failed on { $method } { $path } ({ $status }).{ $said } Retry later.{ $tracking }
webex-429 = Webex kept answering 429 Too Many Requests to { $method } { $path } ({ $attempts } attempts). Wait a few minutes and retry, or lower the number of requests in flight.{ $tracking }
webex-unreachable = cannot reach Webex for { $method } { $path } after { $attempts } attempts ({ $last }). Check the network, the proxy (HTTPS_PROXY, NO_PROXY) and the profile's ca_file, then retry.
webex-no-answer = Webex did not answer { $method } { $path } ({ $last }; { $attempts } attempt(s)): it is not known whether Webex did it. It was not sent again; wxgo asks Webex what it has before sending anything again for it.
webex-runaway = wxgo stopped reading the list at { $path }: { $detail }. Nothing of this listing was used. Retry later; if it happens again, run with --trace FILE and report it to Cisco support.
webex-decode = Webex answered { $path } with something wxgo cannot read ({ $detail }). Retry; if it persists, run with --trace FILE and report it.
webex-cancelled = stopped before the listing was complete
webex-read-only = { $method } { $path } was not sent: this sign-in is open read-only, so only reads leave the machine
webex-cannot-encode = cannot encode the request: { $error }
webex-too-many-ids = { $n } person ids in one request; Webex accepts at most { $max }
webex-numbers-per-add = { $n } numbers in one request: Webex takes 1 to { $max }; split the entry
webex-cannot-build-url = cannot build the URL for { $path }: { $error }
webex-cannot-build-request = cannot build the request { $method } { $path }: { $error }
https-cannot-set-up = cannot set up HTTPS: { $error }
base-url-not-url = the base URL "{ $url }" is not a URL ({ $error }); e.g. { $example }
base-url-not-https = the base URL "{ $url }" must start with https://
signin-address-not-url = the sign-in address { $url } is not a URL ({ $error })
signin-cannot-build = cannot build the sign-in request { $path }: { $error }

## wxgo's own words about a failure: the $last and $detail above (hosts, statuses, the trackingId and the transport's or the parser's words as they are)
last-answer-why = the last answer was { $status }: { $why }
last-answer-tracking = the last answer was { $status }, trackingId { $id }
last-answer = the last answer was { $status }
last-no-answer-in = no answer in { $seconds } s
last-no-whole-answer = no whole answer in { $seconds } s
last-cannot-connect = cannot connect
last-connection-failed = the connection failed
last-broke-off = the answer broke off
last-no-answer-from = no answer from { $host } in time
last-cannot-connect-to = cannot connect to { $host }: { $why }
last-request-failed = the request to { $host } failed: { $error }
runaway-loop-self = page { $page } links back to itself, so it would never end
runaway-loop = page { $page } links back to a page of this listing already read, so it would never end
runaway-pages = { $pages } pages ({ $items } items) and still a next page, more than any organisation needs (at most { $max } pages a listing)
runaway-full-pages = { $pages } pages ({ $items } items) and still full ones (at most { $max } pages a listing)
runaway-items = { $items } items in { $mb } MB, more than any organisation holds (at most { $max_items } items and { $max_mb } MB a listing)
decode-signin-answer = the sign-in answer is not the JSON Webex documents
decode-too-large = the answer is larger than { $mb } MB
decode-empty = empty answer: { $error }
decode-bad-link = bad next-page link: { $error }
decode-other-host = the next-page link leads to another host ({ $host }); not followed, so the token stays with the API
decode-not-a-list = "{ $key }" is not a list
decode-item = item { $i } of "{ $key }": { $error }

## Files: the codes file, the letter, an export, a folder ($path as it is, $error the system's words as it gives them)
codes-file-folder = --codes-file { $path } is a folder; give a file name, e.g. { $path }/codes.csv
codes-file-cannot-start = cannot write the codes file { $path }: { $error }. Nothing was added.
codes-file-cannot-open = cannot write the codes file { $path }: { $error }. Nothing was sent to Webex.
codes-file-not-written = the codes file { $path } could not be written ({ $error })
codes-file-cannot-build = cannot write the codes file: { $error }
codes-file-symlink = the codes file { $path } is a symbolic link: give the file itself. Nothing was sent to Webex.
letter-path-folder = --letter { $path } is a folder; give a file name
letter-path-not-writable = the letter { $path } cannot be written ({ $error }); nothing was asked of Webex
letter-cannot-write = cannot write the letter { $path }: { $error }
letter-qr-too-long = the activation string is too long for a QR code ({ $error }); type the details by hand
print-command-empty = the print command is empty
print-command-cannot-run = cannot run the print command { $command }: { $error }. The letter is at { $file }.
print-command-failed = the print command { $command } failed ({ $status }): { $error }. The letter is at { $file }.
letter-written-not-printed = the letter was written to { $file } but not printed: { $error }
export-cannot-write = cannot write the export { $path }: { $error }
folder-cannot-create = cannot create the folder { $path }: { $error }
stdout-cannot-write = cannot write to standard output: { $error }
stdout-not-written = cannot write to standard output ({ $error })
out-users-cannot-write = cannot write the user list to { $path }: { $error }
out-subscribers-cannot-write = cannot write the subscriber list to { $path }: { $error }
csv-cannot-write = cannot write the CSV: { $error }
json-cannot-write = cannot write JSON: { $error }
template-cannot-write = cannot write the template: { $error }
completions-cannot-write = cannot write the completion script: { $error }
man-cannot-write = cannot write the man page: { $error }
trace-cannot-open = cannot open the trace file { $path }: { $error }
runtime-cannot-start = cannot start the network runtime: { $error }
file-replaced-readable = { $path } was readable by others (mode { $mode }); it was replaced by a file only you can read
file-replaced-symlink = { $path } was a symbolic link; it was replaced by a file only you can read (the link's target is unchanged)
code-nowhere = standard output is /dev/null (or was closed) and the code is neither emailed nor printed, so nobody would get it
code-saved-not-shown = { $error }: the new activation code of { $device } was saved but not shown{ $emailed }; earlier codes no longer work. Issue another with { $command }.
code-was-emailed = (it was emailed to { $email })

## Mail: the outbox and the SMTP server ($server is host:port, $error the server's or the system's words as given, $path a file or folder, $retry the command that sends the queue)
smtp-from-invalid = the sender "{ $from }" is not an email address ({ $error }); set from = "Name <address>" in [smtp]
mail-to-invalid = "{ $to }" is not an email address ({ $error })
mail-cannot-build = cannot build the message: { $error }
smtp-tls-setup = cannot set up TLS for { $server }: { $error }
smtp-refused = the SMTP server { $server } refused the message ({ $error })
smtp-timeout = the SMTP server { $server } did not answer in time ({ $error })
smtp-tls-failed = TLS with the SMTP server { $server } failed ({ $error })
smtp-failed = cannot send through the SMTP server { $server } ({ $error })
mail-queued-retry = { $error }; queued in the outbox as { $path }: send it later with { $retry }
mail-not-queued = { $error }; and it could not be queued: { $queue }
mail-queue-only = not sent: { $reason }; queued in the outbox as { $path }: fix the settings, then { $retry }
smtp-none = no SMTP server is configured, so the messages in { $outbox } wait for a mail relay. Add an [smtp] section to { $file } or set { $setting }, then retry.
smtp-the-config-file = the config file
mail-route-smtp = SMTP server { $server }
mail-route-outbox = the outbox folder { $path }
mail-route-nowhere = nowhere yet ({ $error }); messages wait in { $path }
outbox-cannot-create = cannot create the outbox { $path }: { $error }
outbox-cannot-write = cannot write to the outbox { $path }: { $error }
outbox-full = the outbox { $path } has too many messages for one second
outbox-cannot-read = cannot read the outbox { $path }: { $error }
file-cannot-read = cannot read { $path }: { $error }
file-cannot-delete = cannot delete { $path }: { $error }
file-cannot-write = cannot write { $path }: { $error }
dir-cannot-create = cannot create { $path }: { $error }
mail-sent-not-moved = sent { $path }, but cannot move it to { $target }: { $error } (move it by hand so it is not sent twice)
mail-envelope-unreadable = the From or To address cannot be read

## The clipboard ($error the system's or tmux's words as given; commands as they run)
clipboard-off = the clipboard is off (clipboard = "off"): select the code with the mouse, or set clipboard to auto, osc52 or tmux
clipboard-no-display = no display
clipboard-no-system = no system clipboard here ({ $error }); use --clipboard osc52 to copy through the terminal
clipboard-system-refused = the system clipboard refused the text ({ $error }); try --clipboard osc52
clipboard-tmux-off = not copied: tmux's set-clipboard is { $value }, so nothing reaches your terminal's clipboard. Run { $set } (check with { $show }), or select the code with the mouse
clipboard-tmux-refused = tmux could not take the text ({ $error }); select the code with the mouse
clipboard-terminal-write = could not write to the terminal to copy ({ $error })
clipboard-mode-unknown = unknown clipboard mode "{ $mode }": use auto, native, osc52, tmux or off
clipboard-mode-at = { $at }: { $error }

## A failure wrapped in what it means ($error is the failure's own message, $tracking " (trackingId ...)" or empty)
code-not-delivered = Webex issued a new activation code for { $email }{ $tracking }, but it did not reach you: { $error }. That code is not kept anywhere, and Webex has already ended the earlier one, so nobody has a working code now. Fix that, then issue another with { $command }.
copy-not-updated = Webex accepted "{ $action }"{ $tracking }, but wxgo's copy could not be updated: { $error }. The change is made in Webex; run { $sync } to see it here.
action-undelivered = { $action } was not done: { $error }. Nothing was changed: no new activation code was saved, and any earlier code still works. Fix that and try again.

## A Webex Go request on a real organisation whose answer never came ($why is the transport's words, $error a failure's own message, commands as they run)
mail-queue-not-writable = the mail queue { $path } cannot be written ({ $error }); nothing was asked of Webex
device-made-earlier = { $email } already has a Webex Go device at Webex ({ $device }): an earlier { $add } got no answer, but Webex had made the device. The code it issued then reached nobody: issue one with { $command }. Nothing was sent now.
device-add-unasked = an earlier { $add } for { $email } got no answer, and Webex cannot be asked now whether it arrived ({ $error }). Nothing was sent: run the same command again when Webex answers (it asks first, and sends only if Webex has no device for the person).
new-code-unknown = { $error } For a new code that is harmless: if Webex issued one, it reached nobody (and ended the earlier code), so nobody can use it. Run the same command again ({ $command }) for a code you receive; it ends any lost one.
add-unknown-unjournalled = { $error } It could not be noted in wxgo's journal either ({ $journal }): before adding a device for { $email } again, check { $place } for one.
add-lost-made = Webex did not answer the request to add a Webex Go device for { $email } ({ $why }), but it did make the device ({ $device }): the code it issued travelled in the lost answer and reached nobody. Issue one with { $command } (it ends the lost one). Nothing was sent again.
add-lost-made-uncached = Webex did not answer the request to add a Webex Go device for { $email } ({ $why }), but it did make the device, and wxgo's copy could not record it ({ $error }). Run { $sync }, then issue a code with { $command }. Nothing was sent again.
add-lost-none = Webex did not answer the request to add a Webex Go device for { $email } ({ $why }), and it has no device for them now. Nothing was sent again: run the same command in a minute; it asks Webex first (a request still on its way may yet arrive) and sends only if there is still no device.
add-lost-unasked = Webex did not answer the request to add a Webex Go device for { $email } ({ $why }), and could not be asked whether it arrived ({ $error }). It is not known whether the device was made; nothing was sent again. Run the same command again later: it asks Webex first and sends only if there is no device.
place-devices-list = Control Hub > Devices

## An action's name in a refusal ("... was not done"); the audit trail and logs keep the English (Action::name)
action-add-device = add Webex Go device
action-new-code = new activation code
action-lost-stolen = lost/stolen
action-delete-device = delete Webex Go device
action-import-devices = bulk add Webex Go devices
action-email-code = email activation code
action-phone-activate = phone activates code
action-phone-disable = phone disables line
action-phone-enable = phone enables line
action-phone-remove-line = phone removes line
action-add-operator-account = add operator account
action-operator-decides = operator decides
action-add-mobile-numbers = add mobile numbers
action-validate-mobile-numbers = validate mobile numbers
action-assign-mobile-primary = assign mobile primary number
action-bw-retry = BroadWorks retry activation
action-bw-delete = BroadWorks delete user
action-bw-package = BroadWorks change package
action-portal-claim = portal: claim account
action-portal-verify = portal: verify email
action-save-licence-template = save licence template
action-delete-licence-template = delete licence template
action-directory-sync = directory sync
action-assign-licence-template = assign licence template
action-reapply-licence-template = re-apply licence template
action-set-work-number = set work number
action-update-user = update user
action-send-queued-mail = send queued mail
action-import-calls = import call records
action-create-database = create the database { $path }
action-sync-into = sync into { $path }
action-create-demo = create the demo organisation
action-logout-purge = logout --purge (delete the sign-in and the profile's cache); the sign-in was kept too
action-refresh-person = refresh this person's facts from Webex (the cache is open with --read-only)

## Why it is read-only (the { $why } of read-only-for)
read-only-why-profile = the profile "{ $profile }" is read-only (read_only = true in { $file })
read-only-why-no-write-scope = the sign-in has no write scope (it has { $scopes })
read-only-why-role = the signed-in administrator has a read-only role ({ $role })
read-only-why-opened = it was opened with --read-only
read-only-why-opened-db = opened with --read-only
read-only-why-validate = { $why } (Webex's validateNumbers is a POST, and read-only sends nothing but GET)
