# What the CLI reports (run summaries, a user's or a number's details, confirmations of what
# was done) and the service's notes said with an id (the bulk import's note), in English: the
# reference every other language is held to. Emails, numbers, ids, file names, commands and
# Webex's own words are variables, never translated. `--json` always shows the English.

## Words in cells
report-yes = yes
report-no = no
report-none = none
report-left-out = (-o wide shows every column; left out: { $columns })

## wxgo users show
user-extension = Extension
user-work-phone = Work phone
user-recent-changes = Recent changes
user-code = code { $state } issued { $issued }, expires { $expires }
user-nothing-to-change = nothing to change (it was so already)
user-changed = changed { $fields }
user-updated = { $email }: { $what }. Work number { $number }, extension { $extension }, location { $location }{ $tracking }.
user-work-number-set = { $email }: work number { $number }. Next: { $next }.

## wxgo users list --not-provisioned, when nobody is missing (AL04)
np-none-missing-templates = Every user covered by a template that grants Webex Calling has it.
np-none-missing-webex = Everyone Webex lists in the organisation has a Webex Calling licence.

## wxgo numbers
numbers-owner-primary = { $owner } (primary)
numbers-added-local = Added { $added } mobile number(s) to { $location } under operator account { $account } (INACTIVE until assigned); { $rejected } not added.
numbers-added-webex = Added { $added } mobile number(s) to { $location } through Webex (INACTIVE until assigned); { $rejected } not added.
numbers-request = Request { $i } of { $requests } ({ $n } numbers): { $outcome ->
        [added] added
        [partly-added] partly added
        [refused] refused
        [not-sent] not sent
       *[unknown] unknown
    }, { $added } added
numbers-now-primary = { $number } is now the primary number of { $email } (ACTIVE).
numbers-replaced = The replaced number { $number } is back in the pool of unassigned numbers.
numbers-device-created = Webex Go mobile-operator device { $device } was created for the user.
numbers-device-uses-new = Webex Go mobile-operator device { $device } now uses the new number.

## wxgo broadworks
bw-flow-through-ready = ready
bw-flow-through-not-set-up = NOT SET UP: check Untrusted emails and set the share link to the activation link
bw-subscriber-deleted = Deleted the BroadWorks subscriber { $id } ({ $name }); the user can try again after the configuration change.

## wxgo licences
lic-template-created = Created the template "{ $name }". Users already licensed keep their licences; re-apply it with `{ $command }`.
lic-template-changed = Changed the template "{ $name }". Users already licensed keep their licences; re-apply it with `{ $command }`.
lic-template-deleted = Deleted the template "{ $name }"; its { $n } users keep the licences they hold.
lic-none-yet = No licence templates.
lic-scope = { $scope ->
        [group] group
       *[organisation] organisation
    }
lic-grants = ✓ grants
lic-grants-not = ✗ no
lic-operation = { $operation ->
        [remove] remove
       *[add] add
    }
lic-dry-run-assign = Dry run: nothing was changed. What the assignment would do:
lic-assign-summary = Template "{ $template }": { $licensed } licensed, { $kept } already had Webex Calling, { $not } not licensed.
lic-provisioned = { $email }: Webex Calling Professional at { $location }.
lic-provisioned-with = { $email }: Webex Calling Professional at { $location } with { $number }.
lic-losing = Users who lose Webex Calling: { $users }
lic-losing-more = Users who lose Webex Calling: { $users } and { $more } more
lic-dry-run-reapply = Dry run: nothing was changed. What the re-apply would do:
lic-cancelled = Cancelled: { $n } user(s) were done in Webex before it stopped.
lic-reapply-summary = Re-applied "{ $template }" to { $covered } covered users (preserve licences for existing users: { $preserve ->
        [on] on
       *[off] off
    }): { $provisioned } provisioned, { $not } not provisioned, { $kept } kept, { $removed } lost Webex Calling.
lic-deleted-for-good = Deleted for good: { $numbers } number assignment(s) (back in the unassigned pool), { $devices } Webex Go device(s), { $voicemail } voicemail setting(s), { $services } calling service setting(s).

## wxgo directory sync
dir-dry-run = Dry run: nothing was changed. What the sync would do:
dir-summary = Synced { $total } users from { $source }: { $created } created, { $updated } updated, { $unchanged } unchanged.
dir-calling = Webex Calling: { $provisioned } provisioned, { $not } not provisioned, { $kept } already had it (kept), { $uncovered } not covered by a template that grants it.
dir-see-again = See them again with `{ $list }`; fix a number with `{ $fix }`, then `{ $reapply }`.

## A run of many changes (directory sync, licence assignment, re-apply)
run-kind = { $kind ->
        [re-apply] re-apply
        [directory-sync] directory sync
       *[licence-assignment] licence assignment
    }
run-progress = { $run }: { $done }/{ $total } users ({ $percent }%)
run-stopping = { $run }: stopping after the requests in flight answer…
run-not-done = Not (or not all) done in Webex: { $n }
run-would-send = It would send { $n } request(s) to Webex:
run-continued = Continued an earlier run of the same input that did not finish ({ $n } row(s) it had done were not sent again).

## wxgo sync, wxgo orgs
sync-done = Synced { $org } ({ $id }) in { $pages } pages:
orgs-not-cached = no ({ $command })

## wxgo calls
calls-imported = Imported { $imported } call records from { $source } ({ $go } Webex Go calls); { $duplicates } were there already; { $unlinked } not linked to a user.
calls-none-match = No call records match. Import them with `{ $command }`.

## wxgo why
why-subscriber = BroadWorks subscriber { $name } ({ $id })
why-no-cause-below = No cause found: nothing that stops calls in what was checked (below).
why-blocks = blocks calls
why-may-affect = may affect calls
why-key = key { $key } ({ $place })
why-na = (not applicable)
why-extension = Extension
why-issues = issues: { $codes }
why-bw-error = error { $code }: { $text }
why-webex-audit = Webex admin audit

## wxgo devices import (WG13): the table, and the note the service writes
import-dry-run-cell = (dry run)
import-assigned = { $number } (assigned)
import-added = Added { $n } Webex Go devices from { $source } (Activation pending).
import-would-send = would send: { $method } { $path }  ({ $row }: { $what })
import-dry-run-ok = Dry run: all { $rows } rows can be added; nothing was changed.
import-dry-run-problems = Dry run: { $n } problem(s); nothing was changed.
import-problems-not-added = { $n } problem(s) in { $source }: nothing was added. Fix the rows named and import the file again.
import-codes-in-file = The activation codes are in { $file } (readable only by you){ $emailed ->
        [0] {""}
       *[other] ; { $emailed } were also emailed
    }. Hand them out or print letters, then delete the file.
import-all-emailed = All { $n } activation codes were emailed to their users.
import-some-not-emailed = { $emailed } code(s) were emailed; { $n } were not, and no codes file was asked for. Only a hash of each code is kept, so issue new codes for those devices when you hand them out: `{ $command }` (add { $flag } to print one).
import-problems-not-sent = { $n } problem(s) in { $source }: nothing was sent to Webex. Fix the rows named and import the file again.
import-webex-dry-run = Dry run: all { $rows } rows can be sent; { $requests } request(s) would go to Webex; nothing was changed.
# A real organisation's import: what was added, then each sentence that applies.
# $stopped: yes or no; $again: both, unknown, refused or none; $codes: file, none or other;
# $ids: written, read or other.
import-webex-note = { $added } of { $total } rows added at Webex in this run{ $before ->
        [0] {""}
       *[other] , { $before } in an earlier run
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } refused by Webex (see each row)
    }{ $lost ->
        [0] {""}
       *[other] ; { $lost } code(s) issued by Webex but lost (the answer never came, or an earlier run was stopped): issue new codes, see each row
    }.{ $unknown ->
        [0] {""}
       *[other] {" "}{ $unknown } row(s) got no answer from Webex: not refused, unknown (Webex may have made the device and issued a code that reached nobody); they were not sent again.
    }{ $stopped ->
        [yes] {" "}Stopped with { $unsent } row(s) not sent: run the same command again to continue (nothing is sent twice).
       *[no] {""}
    }{ $again ->
        [both] {" "}Run the same command again: it asks Webex about the rows without an answer (sending nothing for those Webex has), and retries the refused rows.
        [unknown] {" "}Run the same command again: it asks Webex about those rows first and sends nothing for those Webex has.
        [refused] {" "}Run the same command again to retry the refused rows only.
       *[none] {""}
    }{ $codes ->
        [file] {" "}The activation codes are in { $file } (readable only by you); hand them out, then delete it.
        [none] {" "}No codes file was asked for and nothing was emailed: issue new codes when you hand them out (`{ $command }`).
       *[other] {""}
    }{ $ids ->
        [written] {" "}The new devices' Webex ids could not be written ({ $error }): `{ $sync }` adds them.
        [read] {" "}The new devices' Webex ids could not be read ({ $error }): `{ $sync }` adds them.
       *[other] {""}
    }

## The sync's note on a part it could not read (the request as it was: method, path, status).
sync-part-people = People
sync-part-licences = Licences
sync-part-locations = Locations
sync-part-devices = Webex Go devices
sync-part-numbers = Numbers
sync-part-broadworks = BroadWorks subscribers
sync-part-audit = Admin audit events
sync-part-not-available = { $what }: not available to this token ({ $method } { $path } answered { $status }). A partner administrator's token with the right role is needed to see it.
sync-part-failed = { $what }: { $error }
sync-note-next = { $first }; { $next }
sync-note-no-email = { $n } person(s) without an email were not mirrored
sync-note-twins = { $n } person(s) have an email that differs from another's only in case and were not mirrored: { $list }{ $more }. Give each person their own address in Control Hub, then sync
sync-note-twin-kept = { $email } (kept: { $kept })
sync-note-twin-kept-cached = { $email } (kept: the person already in the copy)
sync-note-more = and { $n } more
sync-note-bad-numbers = { $n } person(s) have a work number in Webex that is not a phone number; it was left out (the person is kept): { $list }{ $more }
sync-note-devices-ownerless = { $n } Webex Go device(s) without a mirrored owner were not mirrored
sync-note-devices-second = { $n } person(s) have more than one Webex Go device; the first one is shown
sync-note-numbers-no-location = { $n } number(s) without a location were not mirrored
sync-note-numbers-not-numbers = { $n } entr(ies) of the number inventory are not phone numbers and were left out: { $list }
sync-note-subscriptions-foreign = { $n } subscription(s) are already in this cache under another organisation
sync-note-broadworks-odd = { $n } BroadWorks subscriber(s) with a status or package wxgo does not know were left out

## What became of a code's email and of its letter, for the admin ($route where the email went, $command the print command as it runs, $printer the printer's own words in brackets or nothing, $error the failure's own message)
email-note-not-asked = not emailed (as asked). Copy or print the code for { $email }.
email-note-suppressed = not emailed: { $org } suppresses emails. Copy or print the code and give it to { $email }.
email-note-sent = emailed to { $email }: { $route }
email-note-failed = the email to { $email } failed ({ $error }); copy or print the code instead.
mail-queued-as = queued in the outbox as { $path }
mail-sent-smtp = sent by SMTP through { $server }
letter-note-no-print-command = The letter is at { $file } (readable only by you). No print command is set up (print_command in the config, or `lp`): print it from there, then delete it.
letter-note-printed = Sent to the printer with { $command }{ $printer }. The file is at { $file } (readable only by you); delete it once printed.
letter-note-print-failed = Printing with { $command } failed: { $error }
letter-not-printed-chars = { $chars } could not be printed (shown as { "\uFFFD" }): { $why }.
letter-why-shaping = wxgo does not print scripts whose letters join or change shape (Arabic, the Indic scripts, Thai, ...): write the name on the letter by hand
letter-why-no-font = no font on this machine has { $n ->
    [one] it
   *[other] them
}; for Chinese, Japanese or Korean install a TrueType CJK font (Debian: fonts-wqy-microhei or fonts-droid-fallback) and make the letter again
note-and-more = { $note } { $more }
