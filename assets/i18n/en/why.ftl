# What `wxgo why` and the console's why view say about one person, in English: each likely cause
# (a sentence with its rule id, which is never translated), what each check found and how old the
# facts are. The reference every other language is held to. Ids, numbers, emails, names, dates,
# Webex's and BroadWorks' own words, Control Hub's places and commands are variables, as they are.

## What was checked
why-what-licence = Webex Calling licence
why-what-setup = location and number or extension
why-what-account = operator account of a mobile line
why-what-device = Webex Go device
why-what-device-status = Webex Go device status
why-what-code = activation code
why-what-broadworks = BroadWorks subscriber
why-what-calls = recent calls

## Where a fix's key works in the console
why-place-users-devices-details = Users, Devices, the user's details
why-place-users-details = Users, the user's details
why-place-users = Users
why-place-numbers = Numbers
why-place-broadworks = BroadWorks
why-place-this-view = this view

## How old: $n and the unit (min, h, days)
why-just-now = just now
why-ago = { $unit ->
        [min] { $n } min ago
        [h] { $n } h ago
       *[days] { $n } days ago
    }
why-in = { $unit ->
        [min] in { $n } min
        [h] in { $n } h
       *[days] in { $n } days
    }

## How old the facts are
why-age-local = the local database (the truth), read now
why-age-copy = Webex's copy as of { $at } ({ $ago })
why-age-refreshed = this person refreshed from Webex just now; the rest: { $copy }
why-age-first-sync = the first sync has not finished: the list is incomplete; run { $command }
why-note-local = the local database is the truth: there is nothing to refresh
why-note-accounts = operator accounts have no public Webex API: their status is in Control Hub ({ $place })

## Webex Calling (AL01-AL03)
why-subscriber-only = a BroadWorks subscriber, no Webex user yet
why-their-template = their template
why-al02-passes = no Webex Calling licence, though the work number { $number } now passes every check: the template "{ $template }" was not applied since (AL02)
why-al02-meant = no Webex Calling licence: { $reason } (AL02); W sets the work number to { $meant }, then re-apply
why-al02 = no Webex Calling licence: { $reason } (AL02); { $fix }
why-no-work-number = no work number
why-al03-template = no Webex Calling licence: their licence template "{ $template }" does not grant it (AL03); give it in a template that grants Calling, then assign it (A)
why-al03-remote = no Webex Calling licence (AL03): give them one in Control Hub ({ $place }) or with a licence template that grants Calling (A)
why-al03-none = no Webex Calling licence, and no licence template that grants it covers them (AL03): create one for their group (K), then assign it (A)
why-no-calling = no Webex Calling
why-al01-location = no location: Webex Calling needs one (AL01); set it with the users update command and --location
why-al01-number = neither a number nor an extension: Webex Calling needs one of them (AL01); give an extension with the users update command and --extension
why-no-location = no location
why-no-number-no-extension = no number, no extension
why-setup-number = { $location }, number { $number }
why-setup-extension = { $location }, extension { $extension }
why-setup-both = { $location }, number { $number }, extension { $extension }

## Mobile lines (MO02, MO03, MO06)
why-no-mobile = no mobile number
why-mo06 = mobile number { $number } needs Webex Calling Professional, which they do not hold (MO06)
why-mo03 = mobile number { $number } is { $state } though it is theirs: it becomes ACTIVE when assigned (MO03); M assigns it again
why-control-hub-only = Control Hub only on a real organisation
why-mo02-pending-long = operator account { $account } ({ $operator }) Pending { $hours } h, longer than the 48 hours it can take (MO02): contact the operator
why-mo02-pending = operator account { $account } ({ $operator }) Pending { $hours } h (MO02): authorisation can take up to 48 hours; contact the operator if it takes longer
why-mo02-failed = operator account { $account } ({ $operator }) Failed (MO02): contact the operator
why-mo02-failed-because = operator account { $account } ({ $operator }) Failed: { $why } (MO02): contact the operator
why-account-status = { $account } { $status }
why-no-account = no operator account recorded

## The Webex Go device (WG01, WG04-WG12)
why-no-device = no Webex Go device
why-wg01-professional = Webex Go needs Webex Calling Professional, which they do not hold (WG01)
why-wg01-country = their location { $location } ({ $country }) is not a Webex Go country (WG01; supported here: { $countries })
why-device-pending = { $device } Activation pending
why-device-offline = { $device } Offline
why-device-issues = { $device } Online with issues
why-device-online = { $device } Online
why-device-unknown = { $device } status unknown
why-webex-says = ; Webex says { $status }
why-wg10-offline = device { $device } Offline since { $since }{ $webex } (WG10): ask the user to turn the Webex Go line on and check mobile data; { $lost }
why-wg10-issues = device { $device } Online with issues Webex reports: { $codes } (WG10): calls may fail; ask the user to restart the phone; { $lost }
why-device-activated = the device is activated
why-wg12 = Webex gave no status for device { $device } (WG12): F refreshes it from Webex
why-lost-control-hub = if the phone is lost: { $place }
why-lost-key = L if the phone is lost (WG08)
why-tried-superseded = a code that a newer one replaced: hand over only the newest
why-tried-expired = an expired code
why-tried-used = a code that was already used
why-tried-revoked = a code of a phone reported lost or stolen
why-tried-other = a code that can no longer activate a phone
why-tried = the phone tried { $what } ({ $n } refused attempt(s), the last { $last }) ({ $rule }): n issues a new code
why-wg06-expired = activation code expired { $ago } ({ $at }) (WG06): n issues a new one
why-code-expired = expired { $at }
why-wg04-valid = activation pending: the code (valid until { $until }) has not activated a phone yet (WG04): hand it to the user, or n issues a new one if it was lost
why-wg04-valid-issued = activation pending: the code issued { $issued } (valid until { $until }) has not activated a phone yet (WG04): hand it to the user, or n issues a new one if it was lost
why-code-valid = valid until { $until }
why-wg11 = activation pending again after the phone was activated: the Webex Go line was removed from the phone (WG11): n issues a code for the phone
why-code-used = none valid: the last one was used
why-wg04-remote = activation pending; Webex issued the codes, so wxgo cannot tell whether one is still valid (WG04): n issues a new one
why-wg04-none = activation pending with no valid activation code (WG04, WG05): n issues a new one
why-code-none = no valid code

## BroadWorks (BW01, BW03, BW04); $text is BroadWorks' own description
why-no-subscriber = no BroadWorks subscriber
why-subscriber-status = { $id } { $status }
why-no-description = no description
why-bw01 = BroadWorks error { $code }: { $text } The customer template "{ $template }" does not accept untrusted emails with the activation link (BW01): fix the template in Control Hub, then retry
why-bw04 = BroadWorks error { $code }: { $text } (BW04): { $advice }
why-bw04-email = R retries activation with an email no other Webex user has, in an allowed domain
why-bw04-retry = R retries activation
why-bw03-email-input = BroadWorks subscriber { $id } waits since { $since } for an email in the activation portal (BW03): R onboards them with one
why-bw03-validation = BroadWorks subscriber { $id } waits since { $since } for the user to confirm { $email } (BW03): ask them to open the email; R retries
why-their-email = their email
why-bw03-migration = BroadWorks subscriber { $id } waits since { $since } for the user's migration (BW03): R retries activation
why-bw03-provisioning = BroadWorks subscriber { $id } { $status } since { $since }: provisioning has started, not finished (BW03)

## Calls (WG15)
why-calls-recent = { $n } recent call(s), { $go } with Webex Go (MOBILE_NETWORK); the last { $last }
why-calls-none = no call records (import them with the calls import command)

## Who is asked about
why-neither = "{ $query }" is neither an email nor a phone number or extension: give one of those (e.g. dana@example.com, +12145550100 or 4100)
why-held-by-service = { $number } is held by { $service }, not by a person: there is no one to ask about
why-held-by-many = "{ $query }" is held by { $n } people: { $names }. Ask about one by email, e.g. { $command }.
why-held-by-ten = "{ $query }" is held by 10 or more people: { $names }. Ask about one by email, e.g. { $command }.
why-subscriber-named = BroadWorks subscriber { $id }

## Refreshing one person from Webex ($command: the sync that brings the copy up to date)
why-not-in-copy = { $email } is not in Webex's copy (no Webex id): run { $command } and ask again
why-gone = { $email } is no longer in Webex: run { $command } to bring the copy up to date
why-the-person = the person
why-many-devices = Webex lists { $n } Webex Go devices for them; the first one is shown
why-number-not-in-copy = { $number } is not in the copy yet: run { $command } to see it
why-subscriber-unknown-status = Webex gave the BroadWorks subscriber a status wxgo does not know ({ $status })
why-subscriber-gone = Webex no longer has the BroadWorks subscriber: run { $command } to bring the copy up to date
