# Why a user did not get Webex Calling (AL02, AL04) and the fix, in English: what
# `users list --not-provisioned`, the console's not-provisioned view and the rows of a licence run
# (directory sync, licence assignment, re-apply) say. The reference every other language is held to.
# Numbers, emails, names, licence names, rule ids and commands ($command, always in backticks) are
# variables, never translated. The reason a user is recorded with stays English in the database,
# the export and --json; shown, it is read back into its message and said in the language.

## A work number's checks (AL02); $what is one of the reasons below it, $why an E.164 error
reason-work-number = work number { $what }
reason-also = { $first }; { $then }
reason-and = { $first } and { $then }
reason-no-number = no work number was given
reason-not-e164-national = { $number } is not E.164: write it as +1 and ten digits
reason-not-at-location = { $number } is not provisioned at any location of { $org } (it is not in the number inventory)
reason-mobile = { $number } is a Webex Go mobile number of { $location }, not a fixed business number
reason-assigned-user = { $number } is already assigned to another user ({ $email })
reason-assigned-service = { $number } is already assigned to a service ({ $service })

## What a value that is not E.164 most likely was ($input as it was given, $number in E.164)
reason-hint-scientific = "{ $input }" is scientific notation: a spreadsheet read the number as a number and dropped its last digits. Format the column as Text, type the number again as +<country code><number>, and export again
reason-hint-text-marker = the leading ' is a spreadsheet's text marker, not part of the number: it is { $number }
reason-hint-decimal = a spreadsheet stored it as the number { $input } and dropped its +: it is { $number }
reason-hint-punctuation = remove the brackets, dashes and dots: { $number }
reason-hint-00 = 00 is the international dialling prefix; in E.164 it is { $number }
reason-hint-national = it is written the national way of { $country }; in E.164 it is { $number }
reason-hint-no-plus = the + is missing (a spreadsheet drops it when it reads the cell as a number): { $number }

## The fix of each check (AL04)
reason-fix-no-number = give a number: in the directory, or W in the console ({ $command } in a shell), then re-apply the template
reason-fix-not-e164 = correct the number's format to E.164 (+, country code, number, e.g. +12145550100), then re-apply the template
reason-fix-not-at-location = provision the number at a location (add it to the location's numbers), or give a number that is, then re-apply the template
reason-fix-mobile = give a fixed business number; a Webex Go mobile number is assigned with { $command }
reason-fix-assigned = free the number (or give another one), then re-apply the template
reason-fix-reapply = re-apply the template ({ $command })
reason-passes-not-applied = the work number passes every check, but the template was not applied since

## The fix for a number that most likely meant $meant ($raw as the directory gave it)
reason-fix-set-meant = set the work number to { $meant } (W in the console, { $command } in a shell), then re-apply the template
reason-meant-nowhere = { $raw } would be { $meant }, which is in no location's number inventory
reason-meant-but = { $raw } would be { $meant }, but { $why }
reason-meant-shared = { $raw } would be { $meant }, but { $n ->
        [one] { $n } other user has
       *[other] { $n } other users have
    } the same work number, and a number is one person's
reason-fix-free-number = { $why }: give them a free number of { $location } instead ({ $free } is one; each user needs their own) with W in the console ({ $command } in a shell), or add { $meant } to a location's numbers; then re-apply the template
reason-fix-no-free-number = { $why }, and { $location } has no free number: add numbers to { $location } (in Control Hub), then set one as the work number (W in the console, { $command } in a shell); then re-apply the template
reason-fix-no-location = { $why }, and the user has no location: give them a location and a free number of it, then re-apply the template

## What follows a work number recorded (users set-work-number)
reason-template-group = "{ $name }" (group { $group })
reason-template-org = "{ $name }" (organisation)
reason-next-kept = the user has Webex Calling: their calling setup is kept (AL05)
reason-next-no-calling = their template { $template } does not grant Webex Calling
reason-next-not-covered = no licence template covers the user
reason-next-still-fails = the number still fails a check: { $reason }; { $fix }
reason-next-passes = the number passes every check: re-apply the template ({ $command })
reason-refused-row = { $email }: { $reason }; { $fix }

## A real organisation: who Webex lists without a Calling licence, and why
reason-held-none = no licence at all
reason-held-only = only { $licences }
reason-webex-no-calling = Webex lists no Webex Calling licence for them ({ $held })
reason-lacks-location = no calling location
reason-lacks-number = no extension and no number
reason-webex-lacks = Webex has { $what } for them
reason-last-said = the last assignment said: { $recorded }
reason-fix-assign = assign Webex Calling Professional: { $command }, or in Control Hub
reason-fix-assign-template = assign Webex Calling Professional in Control Hub, or with a template that grants it ({ $save }, then { $assign })

## The rows of a licence run
reason-has-calling = { $email } already has Webex Calling; nothing changed
reason-not-created = not created in Webex
reason-fix-see-reason = see the reason; fix it in Webex or in the input, then run the same command again
reason-partial-206 = Webex answered 206 (partial): only part of it: not applied: { $licences }{ $tracking }
reason-partial = Webex did only part of it: not applied: { $licences }{ $tracking }
reason-fix-check-licences = check the licences in Webex (a licence pool may be used up, or two licences conflict), then run the same command again
reason-done-earlier = done by an earlier attempt of this run: { $detail }
reason-no-licence-in-org = the organisation has no { $licences } licence in Webex
reason-not-sent-cancelled = not sent: the run was cancelled; the same command again continues
reason-directory-kept = directory changed the work number to { $number }; Webex Calling setup kept (AL05): the number is not sent to Webex
