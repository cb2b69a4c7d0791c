# Det konsollen viser, på dansk. Ord som i Webex' hjælpeartikler (glossary.md).
# Regel-id'er (WG05), taster, kommandoer, numre og e-mails forbliver, som de er.

## Hvor taster virker
ctx-users = Brugere
ctx-devices = Enheder
ctx-numbers = Numre
ctx-broadworks = BroadWorks-status
ctx-details = Detaljer
ctx-activation = Aktiveringsdetaljer
ctx-filter = filteret
ctx-help = hjælpen
ctx-messages = meddelelsesloggen
ctx-palette = kommandolisten
ctx-confirm = en bekræftelse
ctx-choice = et valg
ctx-search = en brugersøgning
ctx-form = en formular
ctx-progress = en lang kørsel
ctx-report = en rapport
ctx-proceed = en prøvekørsels rapport
ctx-why = hvorfor kan denne bruger ikke ringe?
places-panes-and-details = ruder og detaljer

## Handlingstabellen: hint-<name> står i bundlinjen, desc-<name> i hjælpen
hint-up = op
desc-up = Flyt markeringen op
hint-down = ned
desc-down = Flyt markeringen ned
hint-top = top
desc-top = Gå til første række
hint-bottom = bund
desc-bottom = Gå til sidste række
hint-page_up = side op
desc-page_up = Rul en side op
hint-page_down = side ned
desc-page_down = Rul en side ned
hint-next_pane = næste rude
desc-next_pane = Skift til næste rude
hint-previous_pane = forrige rude
desc-previous_pane = Skift til forrige rude
hint-pane_users = Brugere
desc-pane_users = Vis ruden Brugere
hint-pane_devices = Enheder
desc-pane_devices = Vis ruden Enheder (alle Webex Go-enheder)
hint-pane_numbers = Numre
desc-pane_numbers = Vis ruden Numre (nummerbeholdningen)
hint-pane_broadworks = BroadWorks
desc-pane_broadworks = Vis ruden BroadWorks-status
hint-filter = filter
desc-filter = Filtrer ruden efter navn, e-mail, nummer eller placering (i hjælpen: søg i hjælpen)
hint-details = åbn
desc-details = Åbn den valgte række: numre, enhed, kodehistorik, licenser, revision
hint-back = tilbage
desc-back = Tilbage: luk en visning eller dialog, ryd filteret
hint-add_device = tilføj Go
desc-add_device = Tilføj en Webex Go-enhed (Brugere: til den valgte bruger; Enheder: søg efter en eksisterende bruger) (WG01-WG04, WG14)
hint-new_code = ny kode
desc-new_code = Generér en ny aktiveringskode; alle tidligere koder holder op med at virke (WG05)
hint-lost_stolen = mistet
desc-lost_stolen = Mistet/stjålet: deaktiver linjen på den mistede telefon for altid og generér en ny kode (WG08)
hint-delete_device = slet
desc-delete_device = Slet Webex Go-enheden; dens licens går tilbage til puljen (WG09)
hint-copy_code = kopier
desc-copy_code = Kopier aktiveringskoden til udklipsholderen
hint-print_letter = udskriv
desc-print_letter = Skriv det ensidede PDF-aktiveringsbrev (og en tekstkopi) til private filer, send det til udskriftskommandoen, når en er sat op, og sig hvor
hint-email_code = e-mail igen
desc-email_code = Send aktiveringskoden til brugeren igen pr. e-mail (WG04)
hint-sort_devices = sorter
desc-sort_devices = Ordn enhederne: som tilføjet, offline først (derefter afventende med udløbet kode), udløbne koder først, efter navn
hint-device_status_filter = status
desc-device_status_filter = Vis kun enheder med én status: offline, afventer aktivering, online eller alle
hint-toggle_mobile_only = kun mobil
desc-toggle_mobile_only = Vis kun mobilnumre (Webex Mobile) eller alle numre (MO04)
hint-toggle_exclude_provisioned = udeluk klargjorte
desc-toggle_exclude_provisioned = Udeluk klargjorte brugere: vis kun brugere med krav under behandling eller fejl, eller alle (BW05)
hint-operator_accounts = konti
desc-operator_accounts = Vis operatørkonti (placering, operatør, konto-id, Afventer/Mislykket/Godkendt og hvad der skal gøres) eller numrene igen (MO02)
hint-add_operator_account = ny konto
desc-add_operator_account = Anmod om en operatørkonto til en placering: operatør og konto-id indtastet to gange; id'et kan ikke ændres senere (MO01)
hint-add_mobile_numbers = nye mobilnr.
desc-add_mobile_numbers = Tilføj mobilnumre under en godkendt operatørkonto: kommasepareret, højst 20, hvert kontrolleret mens du skriver (MO02, MO03)
hint-assign_mobile_primary = mobil primær
desc-assign_mobile_primary = Gør et ikke-tildelt mobilnummer på brugerens placering til det primære nummer; det gamle går tilbage til puljen, og en Webex Go-enhed følger med (MO05, MO06)
hint-bw_retry = prøv igen
desc-bw_retry = Prøv aktivering igen for en abonnent med fejl eller under behandling: indtast en gyldig e-mailadresse, og onboard (BW04)
hint-bw_delete = slet bruger
desc-bw_delete = Slet bruger med fejl eller under behandling, så brugeren kan prøve igen efter en konfigurationsændring (BW04)
hint-bw_package = pakketype
desc-bw_package = Skift pakketype for en abonnent med fejl eller under behandling: softphone, basic, standard eller premium (BW04)
hint-bw_copy_error = kopier fejltekst
desc-bw_copy_error = Kopier abonnentens fejltekst til udklipsholderen og sig, hvordan den blev kopieret (BW04)
hint-bw_export = eksporter
desc-bw_export = Eksporter listen som CSV, med udeluk klargjorte, til en privat fil ved siden af databasen, og sig hvor (BW05)
hint-bw_templates = skabeloner
desc-bw_templates = Vis kundeskabelonerne, hvilke der ikke er sat op til flow-through med ikke-betroede e-mails, og hvad der skal ændres (BW01)
hint-toggle_not_provisioned = ikke klargjort
desc-toggle_not_provisioned = Vis kun brugere uden Webex-opkald, hver med årsag og løsning, eller alle brugere (AL04)
hint-set_work_number = arbejdsnummer
desc-set_work_number = Ret brugerens arbejdstelefonnummer (E.164), og anvend skabelonen igen (AL02, AL04, AL05)
hint-directory_sync = directorysynk.
desc-directory_sync = Synkroniser en eksportfil fra directory: opret eller opdater brugere; omfattede brugere får Webex-opkald, når deres nummer består alle kontroller (AL02, AL05); Esc annullerer og ruller tilbage
hint-reapply_template = anvend igen
desc-reapply_template = Anvend en licensskabelon igen på eksisterende brugere; "Bevar licenser for eksisterende brugere" er slået til, medmindre du slår det fra og skriver bekræftelsen (AL06); Esc annullerer og ruller tilbage
hint-assign_template = tildel skabelon
desc-assign_template = Tildel en licensskabelon manuelt: placering og nummer for hver omfattet bruger uden opkald, én efter én (AL01, AL03)
hint-save_licence_template = ny skabelon
desc-save_licence_template = Opret en licensskabelon, eller ret den med samme navn: hele organisationen eller én directory-gruppe, Webex-opkald eller ej, andre licenser (AL03); brugere beholder det, de har
hint-export_users = eksporter user.csv
desc-export_users = Eksporter user.csv (med Webex Calling VAR Professional TRUE/FALSE) til en privat fil ved siden af databasen, og sig hvor (AL04)
hint-import_devices = import
desc-import_devices = Tilføj Webex Go-enheder i bulk fra CSV-skabelonen: fil, e-mail koderne eller ej, kodefil; hver række kontrolleres først, derefter alt eller intet (WG13)
hint-toggle_webex_go_calls = Webex Go-opkald
desc-toggle_webex_go_calls = Seneste opkald: vis kun Webex Go-opkald (underklienttype MOBILE_NETWORK) eller alle opkald (WG15)
hint-why = hvorfor?
desc-why = Hvorfor kan denne bruger ikke ringe? Alt om personen i rækken (en bruger, en enheds ejer, et nummers indehaver, en BroadWorks-abonnent) samlet, og de sandsynlige årsager, hver med sin regel og den tast og kommando, der løser den
hint-why_refresh = opdater
desc-why_refresh = I hvorfor-visningen: læs personen igen, for en rigtig organisation først fra Webex, derefter årsagerne
hint-sync_webex = synk. Webex
desc-sync_webex = En rigtig organisation: synkroniser den fra Webex i baggrunden; ruderne viser den sidste hele kopi, toplinjen viser fremskridtet, Esc stopper, og cachen beholder sin sidste hele tilstand
hint-full_sync_webex = fuld synk.
desc-full_sync_webex = En rigtig organisation: synkroniser alt fra Webex igen, med 30 dages revisionshændelser
hint-pick_organisation = organisationer
desc-pick_organisation = En rigtig organisation: de organisationer, dette login administrerer (en partners kunder); vælg én for at åbne den, synkroniseret først, hvis den ikke er i cachen
hint-refresh = opdater
desc-refresh = Genindlæs fra databasen og tegn igen
hint-help = hjælp
desc-help = Vis alle handlinger og deres taster
hint-message_log = meddelelser
desc-message_log = Meddelelsesloggen: alle meddelelser i denne session med tidspunkt, hele, og den fil, de nævner; c kopierer én, f dens filsti
hint-copy_message = kopier meddelelse
desc-copy_message = Kopier den valgte meddelelse, hel, til udklipsholderen
hint-copy_message_path = kopier filsti
desc-copy_message_path = Kopier filstien, som den valgte meddelelse nævner, til udklipsholderen
hint-palette = kmd
desc-palette = Kommandoliste: søg handlinger efter navn
hint-quit = afslut
desc-quit = Afslut wxgo
hint-confirm = udfør
desc-confirm = Gør det, bekræftelsen siger
hint-pick = vælg
desc-pick = Tag det valgte element
hint-run_command = kør
desc-run_command = Kør den valgte handling
hint-keep_filter = behold
desc-keep_filter = Behold filteret som skrevet
hint-next_field = felt
desc-next_field = Gå til næste felt
hint-previous_field = forrige felt
desc-previous_field = Gå til forrige felt
hint-choose_previous = skift
desc-choose_previous = Vælg forrige værdi i et listefelt, vend en kontakt, eller flyt markøren til venstre i et tekstfelt
hint-choose_next = skift
desc-choose_next = Vælg næste værdi i et listefelt, vend en kontakt, eller flyt markøren til højre i et tekstfelt
hint-delete_to_start = ryd
desc-delete_to_start = I et tekstfelt: slet fra markøren tilbage til starten (rydder en udfyldt værdi)
hint-delete_word = slet ord
desc-delete_word = I et tekstfelt: slet ordet før markøren
hint-delete_to_end = slet til slut
desc-delete_to_end = I et tekstfelt: slet fra markøren til slutningen
hint-line_start = start
desc-line_start = I et tekstfelt: flyt markøren til starten
hint-line_end = slut
desc-line_end = I et tekstfelt: flyt markøren til slutningen
hint-switch = kontakt
desc-switch = Vend kontakten i fokus (i et tekstfelt: et mellemrum)
hint-submit = næste/gem
desc-submit = Videre: næste felt, eller gem det, formularen siger
hint-proceed = indsend
desc-proceed = Gå videre til det næste trin, rapporten tilbyder (indsend importen efter prøvekørslen)
hint-skip_user = spring over
desc-skip_user = Manuel tildeling: lad denne bruger være og gå til den næste
hint-cancel = annuller
desc-cancel = Annuller: intet ændres (en lang kørsel rulles helt tilbage)
hint-close = luk
desc-close = Luk vinduet

## Hvad en tast siger, hvor den ikke virker
say-code-shown-once = { $action }: en kode vises én gang, når den genereres (WG04). Tryk { $new_code } for en ny kode, derefter { $key }.
say-works-elsewhere = { $action } virker i { $places }, ikke i { $here }

## Bundlinjen, og et for lille vindue
footer-type = skriv
footer-type-filter = filter
footer-type-search = søg
small-title = Gør vinduet større
small-needs = wxgo kræver { $needs }; dette er { $this }.
small-quits = q afslutter.
more-below = ↓ mere nedenfor

## Hjælp (?)
help-title = Hjælp · taster i { $place } · fra handlingstabellen
help-title-search = Hjælp · søg: { $query }
help-col-keys = Taster
help-col-action = Handling
help-col-what = Hvad den gør
help-nothing = intet i hjælpen nævner "{ $query }"
help-in = I { $place }
help-moving = Flytning, ruder og konsollen
help-elsewhere = Andre steder
help-palette-only = kun :
help-in-places = i { $places }
help-control-hub-only = kun Control Hub (ingen offentlig Webex API): { $path }
help-changes-data = ændrer data
help-changes-data-refused = ændrer data: afvist, skrivebeskyttet
help-asks-first = spørger først
help-footer = { $move } rul · { $search } søg · { $close } lukker

## Kommandolisten (:)
palette-title = Kommandoer
palette-no-match = ingen handling passer
palette-no-match-query = ingen handling passer til "{ $query }"
palette-control-hub-only = kun Control Hub
palette-read-only = skrivebeskyttet
say-key-does-nothing = { $key } gør intet her; tryk ? for tasterne

## Kolonneoverskrifter
col-broadworks-id = BroadWorks-id
col-name = Navn
col-package = Pakke
col-status = Status
col-error = Fejl
col-number = Nummer
col-location = Placering
col-kind = Type
col-state = Tilstand
col-owner = Ejer
col-badge = Mærke
col-operator = Operatør
col-account-id = Konto-id
col-numbers = Numre
col-what-to-do = Hvad nu
col-email = E-mail
col-licences = Licenser
col-calling = Opkald
col-webex-go = Webex Go
col-device = Enhed
col-subscription = Abonnement
col-expires = Udløber

## Rudernes titellinjer og tomme lister
loading = indlæser…
title-none = ingen
title-rows = { $from }-{ $to } af { $n }
title-filter = filter:
title-filter-keys = Enter behold · Esc annuller
title-filter-clears = (Esc rydder)
title-on = til
title-off = fra
title-mobile-only = kun mobil
title-accounts = konti
title-not-provisioned = ikke klargjort
title-exclude-provisioned = udeluk klargjorte
title-only = kun { $status }
empty-users = ingen brugere her
empty-devices = ingen enheder her
empty-numbers = ingen numre her
empty-broadworks = ingen BroadWorks-brugere her
empty-filter = intet passer til "{ $filter }"
say-no-filter = intet filter
say-filter-rows = filter "{ $filter }": { $n ->
    [one] { $n } række
   *[other] { $n } rækker
}
say-filter-cleared = filter ryddet
say-nothing-selected = intet valgt

## Domænets ord
sort-added = som tilføjet
sort-status = offline først
sort-expired = udløbne koder først
sort-name = efter navn
auth-pending = Afventer
auth-failed = Mislykket
auth-authorized = Godkendt
bw-pending-email-input = Afventer e-mail
bw-pending-email-validation = Afventer e-mailbekræftelse
bw-pending-user-migration = Afventer brugermigrering
bw-provisioning = Klargøres
bw-provisioned = Klargjort
bw-updating = Opdateres
bw-error = Fejl
kind-byod = BYOD
kind-mobile-operator = Mobiloperatør
number-available = Tilgængelig
number-duplicate = Dublet
number-duplicate-in-list = Dublet i listen
number-invalid = Ugyldig
number-unavailable = Ikke tilgængelig

## Brugere
calling-provisioned = klargjort
calling-not-provisioned = ikke klargjort
no-device = ingen enhed
no-number = intet nummer
say-showing-not-provisioned = viser brugere uden Webex-opkald, med årsag og løsning (AL04)
say-showing-every-user = viser alle brugere
empty-not-provisioned = alle omfattede har Webex-opkald: ingen er ikke klargjort
np-no-reason = ingen årsag registreret
np-why = årsag: { $reason }
np-fix = løsning: { $fix }

## Enheder
kind-operator-short = Operatør
code-expired = udløbet
status-issues = problemer
say-devices-ordered = enheder ordnet: { $order }
say-showing-only-devices = viser kun enheder med status { $status }
say-showing-every-device = viser alle enheder

## Numre og operatørkonti
number-primary = primært
number-unassigned = ikke tildelt
number-assigned-to = Tildelt { $owner } ({ $kind }).
number-notice-unassigned = Ikke tildelt: det kan gives til en bruger på denne placering.
number-webex-mobile-from = Webex Mobile-nummer fra { $operator }.
number-mobile-operator = Mobiloperatør { $operator }.
number-title = Nummer { $number }
say-showing-mobile-only = viser kun mobilnumre (Webex Mobile)
say-showing-every-number = viser alle numre
say-showing-accounts = operatørkonti (MO02); tryk { $key } igen for numrene
say-showing-inventory = nummerbeholdningen
say-no-account-yet = ingen operatørkonto endnu
account-location = Placering { $location } ({ $country }) · operatør { $operator }
account-id-fixed = Konto-id { $id } (fast, når det er bekræftet, MO01)
account-times = Anmodet { $requested } · ændret { $changed } · { $n ->
    [one] { $n } mobilnummer
   *[other] { $n } mobilnumre
}
account-title = Operatørkonto { $id }
accounts-title = Operatørkonti
accounts-numbers = numre
accounts-add-account = ny konto
accounts-add-numbers = nye numre
accounts-empty = ingen operatørkonto endnu: tryk { $key } for at anmode om en til en placering (MO01)
accounts-what-to-do = hvad der skal gøres (MO02):

## BroadWorks-status
bw-no-email-yet = ingen e-mail endnu
bw-notice-title = BroadWorks-abonnent { $id }
bw-notice-id = BroadWorks-id: { $id }
bw-notice-provisioning = Klargørings-id: { $id } · virksomhed { $enterprise }
bw-notice-number = Nummer: { $number } · lokalnummer { $extension }
bw-notice-package = Pakke: { $package } · skabelon { $template }
bw-notice-status = Status: { $status } siden { $since }
bw-self-activated = selvaktiveret
bw-no-error = Ingen fejl.
bw-no-description = (ingen beskrivelse)
bw-notice-error = Fejl { $code }: { $text }
say-showing-open-subscribers = viser kun brugere med krav under behandling eller fejl (klargjorte udelukket)
say-showing-every-subscriber = viser alle brugere
bw01-check-untrusted = markér Ikke-betroede e-mails
bw01-set-share-link = Del link: Aktivering
bw-loading-header = indlæser statusgrupper og skabeloner…
bw-count-error = { $n } fejl
bw-count-pending = { $n } under behandling
bw-count-provisioned = { $n } klargjort
bw-provisioned-hidden = (klargjorte skjult)
bw-templates = skabeloner
bw01-all-ready = BW01: alle { $n } kundeskabeloner er sat op til flow-through med ikke-betroede e-mails
bw01-not-ready = BW01: "{ $name }"{ $more ->
    [0] {""}
   *[other] {" "}(og { $more } mere)
} er ikke sat op til flow-through: { $fix }

## Aktiveringsdetaljer (WG04)
act-title = Aktiveringsdetaljer: { $device } · { $owner }
act-scan = Scan QR-koden: Indstillinger > Mobiltjeneste > Tilføj eSIM.
act-esim-note = eSIM'ens QR-kode og SM-DP+-adresse findes i Control Hub (Enheder > Webex Go-enheden), ikke i Webex' API: giv dem til brugeren sammen med denne kode.
act-android-code = Android-kode
act-qr-holds = QR indeholder
act-shown-once = Vises én gang: kopier, udskriv eller e-mail nu.
act-business-line = Arbejdslinje { $number }
act-code-iphone = Aktiveringskode (skrives på en iPhone)
act-smdp = SM-DP+-adresse
act-expires = Udløber
act-email = E-mail
act-larger-for-qr = Gør vinduet større (80x24) for at vise QR-koden.
act-code-webex = Aktiveringskode, som Webex gav den

## En brugers detaljer
fmt-datetime-short = %d-%m-%Y %H:%M
none = ingen
say-calls-go-only = seneste opkald: kun Webex Go-opkald (underklienttype MOBILE_NETWORK, WG15)
say-calls-every = seneste opkald: alle opkald
calls-recent-go = Seneste Webex Go-opkald
calls-recent = Seneste opkald
calls-go-only = kun Webex Go (MOBILE_NETWORK): { $on }
calls-no-go = ingen Webex Go-opkald
calls-none = ingen (importer opkaldsdata med `{ $command }`)
calls-out = ud
calls-in = ind
detail-location = Placering
detail-licences = Licenser
detail-calling = Webex-opkald
detail-primary-number = Primært nummer
detail-extension = lokalnummer { $extension }
detail-device = Webex Go-enhed
detail-issues = forbundet med problemer: fejlkoder { $codes }
detail-device-times = tilføjet { $added } · ændret { $changed } · nummer { $number }
detail-codes = Aktiveringskoder (nyeste først; selve koderne gemmes aldrig)
detail-code-times = genereret { $issued } · udløber { $expires }
detail-code-ended = ophørt { $at }
detail-no-device = ingen · tryk { $key } for at tilføje en
detail-numbers = Numre
detail-audit = Seneste revisionsposter
code-state-valid = gyldig
code-state-expired = udløbet
code-state-superseded = erstattet
code-state-used = brugt
code-state-revoked = spærret

## Toplinjen og statuslinjen
header-opening = (åbner…)
header-read-only = SKRIVEBESKYTTET
header-syncing = synkroniserer: { $line } · Esc stopper
header-syncing-other = synkroniserer { $org }: { $line } · Esc stopper
header-db = db:
header-clipboard = udklipsholder:
header-clip = udklip:
trouble-offline = offline
trouble-polls-failing = forespørgsler fejler
trouble-since = { $what } siden { $at } UTC
poll-unreachable = Webex kunne ikke nås kl. { $at } UTC: { $words }. Ruderne viser den sidste kopi; wxgo spørger igen ved næste forespørgsel.
poll-refused = Webex afviste forespørgslen kl. { $at } UTC: { $words }. Ruderne viser den sidste kopi; wxgo spørger igen ved næste forespørgsel.
poll-recovered = Webex svarer igen ({ $at } UTC; { $what } siden { $since } UTC): ruderne er aktuelle.
status-shows-all = { $key } viser det hele
status-read-only = skrivebeskyttet: tjenesten afviser alle ændringer; åbn uden --read-only for at ændre
say-read-only = skrivebeskyttet: { $why }
say-not-copied = ikke kopieret: { $error }

## Dialoger: bekræftelser, rapporter, meddelelsesloggen
or = eller
confirm-do-it = udfør
confirm-cancel = annuller: intet ændres
report-not-submitted = ikke indsendt; intet blev tilføjet
report-closes = { $keys } lukker
report-submit = indsend
report-cancel-nothing-added = annuller: intet tilføjes
messages-title = Meddelelser · { $n } i denne session · nyeste sidst
messages-none = ingen meddelelser endnu
messages-file = fil:
messages-nothing-to-copy = ingen meddelelse at kopiere endnu
messages-no-file = denne meddelelse nævner ingen fil
messages-footer = { $move } vælg · { $copy } kopier meddelelse · { $path } kopier filsti · { $close } lukker
copied-message = meddelelse
copied-path = sti

## Valg og annullering
choice-search = søg:
choice-no-matches = ingen match
say-manual-stopped = manuel tildeling stoppet; de brugere, der er klaret indtil nu, beholder deres opkald
say-cancelled = annulleret; intet ændret
copied-activation-code = aktiveringskode
