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

hint-letter_language = brevsprog
desc-letter_language = Vælg sproget i aktiveringsbrevet og i e-mailen med koden, brugerens: i aktiveringsdetaljerne før udskrift eller ny e-mail, og når en ny kode eller mistet/stjålet bekræftes. Det starter som konsollens og gælder kun den kode
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
act-letter-lang = Brevsprog:
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
clip-setting-way = { $setting }: { $way }
clip-native-unavailable = native (ikke tilgængelig)
clip-way-system = system
clip-way-osc52-tmux = OSC 52 via tmux
clip-way-tmux-buffer = tmux-buffer
clip-way-tmux-off = ingen (tmux set-clipboard off)
clip-way-osc52-tmux-unknown = OSC 52 (tmux ukendt)
clip-way-osc52 = OSC 52
clip-way-tmux-passthrough = tmux-passthrough
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

## Webex Go-enheder (WG01-WG09, WG14)
dev-sub-item = { $free } af { $total } ledige · { $name } · { $id }
dev-sub-title = Abonnement til Webex Go-licensen for { $who } (WG02)
dev-sub-prompt = Mere end ét abonnement har Webex Go-licenser: vælg et
dev-add-licence-of = • Den bruger én Webex Go-licens fra { $name } ({ $free } af { $total } ledige nu).
dev-add-licence-any = • Den bruger én af organisationens Webex Go-licenser (Webex vælger abonnementet).
dev-its-primary-number = brugerens primære nummer
dev-suppresses-emails = { $org } undertrykker e-mails: du kopierer eller udskriver koden.
dev-code-emailed = Aktiveringskoden sendes med e-mail til { $email } og vises her én gang.
dev-add-title = Tilføj en Webex Go-enhed til { $name }?
dev-add-who = { $name } <{ $email }> · nummer { $number }.
dev-add-webex-asked = • Webex spørges nu (POST /devices/activationCode), og enheden tilføjes der.
dev-add-search-title = Tilføj Webex Go-enhed: eksisterende bruger
dev-add-search-prompt = Søg brugere efter navn, e-mail eller placering
say-select-user-first = vælg først en bruger
say-checking = kontrollerer { $email }…
dev-the-location = placeringen
dev-number-prompt = { $name } har intet primært nummer: vælg et ikke-tildelt nummer fra { $location }
dev-number-title = Nummer til { $name } (WG03)
say-adding-device = tilføjer en Webex Go-enhed til { $email }…
no-location = ingen placering
dev-user-has = har { $device } ({ $status })
dev-user-no-device = ingen Webex Go-enhed
dev-no-device-press = { $email } har ingen Webex Go-enhed; tryk på { $key } for at tilføje en
say-no-user-open = ingen bruger er åben
say-still-loading-user = brugeren indlæses stadig; prøv igen om et øjeblik
say-select-user-or-device = vælg først en bruger eller en enhed
dev-no-new-code-title = Ingen ny kode til { $device }, mens den er { $status }
dev-no-new-code-lost = • Telefonen er mistet eller stjålet eller udskiftet uden den gamle: tryk på { $key } (Mistet/stjålet). Linjen på den gamle telefon deaktiveres for altid, og der genereres en ny kode til den nye telefon (WG08).
dev-no-new-code-at-hand = • Den gamle telefon er ved hånden: { $name } fjerner Webex Go-linjen fra den (WG11). Enheden viser så Afventer aktivering, og { $key } genererer den nye kode.
dev-device-of = Enhed { $device } tilhørende { $who }.
dev-device-of-status = Enhed { $device } tilhørende { $who }, { $status }.
dev-suppresses-emails-new = { $org } undertrykker e-mails: du kopierer eller udskriver den nye kode.
dev-new-code-emailed = Den nye kode sendes med e-mail til { $email } og vises her én gang.
dev-its-subscription = dens abonnement
dev-new-code-title = Ny aktiveringskode til { $device }?
dev-new-code-issued = • Der genereres en ny aktiveringskode (kun mens den afventer aktivering).
dev-new-code-stops = • Alle koder genereret før den holder straks op med at virke (WG05).
dev-lost-title = Mistet eller stjålet: { $device }?
dev-lost-deactivated = • Forretningslinjen på den mistede telefon deaktiveres straks og for altid: dens kode og eSIM-profil kan aldrig bruges igen.
dev-lost-pending = • Enheden går tilbage til Afventer aktivering med en ny aktiveringskode til erstatningstelefonen (WG08).
dev-delete-title = Slet { $device }?
dev-delete-pool = • Webex Go-enheden fjernes, og dens licens går tilbage til puljen i { $subscription } (WG09).
dev-delete-no-calls = • { $name } kan ikke længere foretage eller besvare forretningsopkald fra telefonens opkaldsapp.
dev-delete-by-hand = • { $name } skal selv slette den deaktiverede linje på telefonen; du får vist hvordan.
say-code-issued = { $device }: kode genereret til { $email }, { $status }. { $note }
say-deleted = { $device } slettet; dens licens gik tilbage til { $subscription } ({ $free } ledige).
dev-deleted-line = Webex Go-enheden { $device } tilhørende { $email } er slettet. Dens licens gik tilbage til abonnementet { $subscription } ({ $free } ledige nu).
dev-tell = Fortæl { $email }: { $notice }
dev-deleted-title = Slettet { $device }
say-emailing-code = sender koden til { $email } med e-mail igen…
say-sent-again = sendt igen: { $note }

## Mobiloperatører (MO01-MO06)
mob-no-account-yet = ingen operatørkonto endnu: tryk på { $key } for at anmode om en (MO01)
field-location = Placering
field-mobile-operator = Mobiloperatør
field-account-id = Konto-id
field-account-id-again = Konto-id igen
field-numbers = Numre
mob-account-form-title = Tilføj operatørkonto (MO01)
mob-account-form-submit = Næste: bekræft konto-id'et
mob-confirm-what = Placering { $location } · operatør { $operator } · konto-id { $id }
mob-confirm-fixed = • Når operatørkontoens id er bekræftet, kan det ikke ændres senere (MO01).
mob-confirm-pending = • Operatøren bliver bedt om at godkende den: Afventer, hvilket kan tage op til 48 timer (MO02).
mob-confirm-numbers-later = • Numre kan tilføjes, når den er Godkendt.
mob-confirm-title = Bekræft operatørkontoens id { $id }?
say-loading-accounts = indlæser operatørkontiene; prøv igen om et øjeblik
mob-pick-account-title = Tilføj mobilnumre: operatørkonto
mob-pick-account-prompt = Numre kan kun tilføjes under en godkendt konto (MO02)
say-no-locations = ingen placeringer i kopien af denne organisation: synkroniser den først (F)
mob-pick-location-title = Tilføj mobilnumre: placering
mob-pick-location-prompt = Dens operatørkonto er i Control Hub; Webex validerer hvert nummer (MO02, MO03)
mob-numbers-form-title-webex = Tilføj mobilnumre: { $location } · gennem Webex
mob-numbers-form-title = Tilføj mobilnumre: { $location } · { $operator } · { $id }
mob-numbers-form-submit = gem: tilføj de gyldige numre
say-adding-mobile-numbers = tilføjer mobilnumre under { $id }…
say-account-requested = operatørkonto { $id } til { $location } ({ $operator }) anmodet: { $status }
mob-account-fixed = { $location } · { $operator } · konto-id { $id } (fast: kan ikke ændres)
say-mobile-added = { $who }: { $added } tilføjet, { $rejected } ikke tilføjet (MO03)
mob-added-webex = { $added } af { $n } numre tilføjet til { $location } gennem Webex; nye mobilnumre er INACTIVE, indtil de tildeles.
mob-added-under = { $added } af { $n } numre tilføjet til { $location } under { $id }; nye mobilnumre er INACTIVE, indtil de tildeles.
mob-not-added = ikke tilføjet
mob-request-failed = en anmodning med { $n } numre: { $outcome } · { $why }
mob-added = tilføjet
mob-not-added-why = ikke tilføjet: { $why }
mob-numbers-report-title = Mobilnumre til { $location }
say-looking-up-mobile = slår mobilnumrene op for { $email }…
mob-users-location-none = brugerens placering (ingen)
mob-no-numbers = MO05: ingen ikke-tildelte mobilnumre i { $location }, placeringen for { $email }. Tilføj nogle i ruden Numre ({ $pane } og så { $add }) under en godkendt operatørkonto for den placering.
mob-mobile = mobil
mob-primary-pick-title = Primært mobilnummer til { $name } (MO05)
mob-users-location = brugerens placering
mob-no-primary = intet primært nummer
mob-primary-pick-prompt = Kun ikke-tildelte mobilnumre fra { $location }; nu: { $now }
mob-primary-make = Gør { $number } til det primære nummer for { $who }?
mob-primary-replaces = • Det erstatter det nuværende primære nummer { $old }, som går tilbage til puljen af ikke-tildelte numre.
mob-primary-replaces-none = • { $name } har intet primært nummer nu: intet erstattes.
mob-primary-device-kept = • { $number } bliver ACTIVE; Webex Go-enheden { $device } får det nye nummer (MO05).
mob-primary-device-created = • { $number } bliver ACTIVE, og en Webex Go-enhed gennem mobiloperatøren oprettes til { $name } (MO05).
mob-primary-device-created-from = • { $number } bliver ACTIVE, og en Webex Go-enhed gennem mobiloperatøren oprettes til { $name } (MO05), licens fra { $subscription }.
mob-primary-confirm-title = Primært mobilnummer til { $name }?
mob-primary-now = { $number } er nu det primære nummer for { $email } (ACTIVE).
mob-primary-replaced = { $old } blev erstattet: det er tilbage i puljen af ikke-tildelte numre.
mob-primary-nothing-replaced = Der var intet primært nummer at erstatte.
mob-device-created = oprettet
mob-device-kept = beholdt, med det nye nummer
mob-device-line = Webex Go-enhed { $device } · { $kind } · { $status } · { $what }; den er blandt brugerens enheder og i ruden Enheder.
mob-device-short = Webex Go-enhed { $device } { $what }.
say-primary-assigned = { $number } er det primære nummer for { $email }; enhed { $device }
mob-primary-report-title = Primært mobilnummer til { $email }

## Formularer
form-numbers-once-authorized = { $status }: tilføj numre, når kontoen er Godkendt (MO02) · Esc lukker
form-loading-locations = indlæser placeringerne…
form-type-operator = skriv mobiloperatøren
form-type-account-id = skriv operatørkontoens id
form-ids-differ = MO01: de to konto-id'er er forskellige; skriv det samme id to gange for at gå videre
form-type-numbers = skriv mobilnumre adskilt af kommaer (højst { $n })
form-type-email = skriv den e-mailadresse, abonnenten skal onboardes med
form-reapply = anvend igen
form-type-to-confirm = Skriv { $word } eller { $n } for at bekræfte
form-remove-and-reapply = fjern Calling, anvend igen
form-location = Placering { $location }
form-webex-validates = Dens operatørkonto er i Control Hub (ingen offentlig API): Webex validerer hvert nummer, når du gemmer, og afviser dem, hvis kontoen ikke er godkendt (MO02, MO03).
form-comma-separated-webex = Kommasepareret, højst { $most } i en rigtig organisation, sendt { $per } pr. anmodning.
form-account = Konto { $id }
form-comma-separated = Kommasepareret, højst { $n } (MO03); hvert kontrolleres efter sit komma og når du gemmer.
form-retry-email = Indtast en gyldig e-mailadresse; abonnenten onboardes derefter (BW04).
form-type-id-twice = Skriv operatørkontoens id to gange; når det er bekræftet, kan det ikke ændres (MO01).
form-ids-match = de to konto-id'er stemmer overens
form-ids-differ-short = de to konto-id'er er forskellige (MO01)
form-typed-of-most = { $typed } af højst { $n } numre
form-switch-on = [x] til (mellemrum skifter)
form-switch-off = [ ] fra (mellemrum skifter)
form-typing-replaces = det du skriver erstatter det
form-next-not-available = Næste er ikke muligt: { $why }
form-next = næste
form-next-field = næste felt
form-cancel = annuller

## Licenstildeling (AL01-AL06)
form-save = gem
field-work-number = Arbejdsnummer
field-directory-file = Directory-fil
field-preserve-licences = Bevar licenser for eksisterende brugere
field-name = Navn
field-group = Gruppe (tom: hele organisationen)
field-grants-calling = Giver Webex Calling Professional
field-other-licences = Andre licenser
field-number = Nummer
field-extension = Lokalnummer
lic-work-number-now = { $name } <{ $email }> · arbejdsnummer nu: { $work }
lic-work-number-help = Skriv nummeret i E.164 (+, landekode, nummer). Det skal være klargjort på en placering og ikke tildelt nogen anden (AL02); anvend derefter skabelonen igen.
lic-work-number-title = Arbejdsnummer for { $name }
lic-type-number-first = skriv først nummeret
say-saving-work-number = gemmer arbejdsnummeret…
lic-type-directory-path = skriv stien til directory-filen
lic-reapply-not-confirmed = AL06: dette kan ikke fortrydes. Skriv { $word } (eller { $n }, de brugere der mister Webex Calling) for at bekræfte, eller slå bevar licenser til igen. Intet blev ændret.
lic-type-template-name = skriv først skabelonens navn
say-saving-template = gemmer licensskabelonen…
say-licensing = tildeler licens til { $email }…
lic-sync-help = En eksport fra directory (CSV: e-mail, visningsnavn, arbejdstelefonnummer, afdeling). Brugere oprettes eller opdateres; omfattede brugere får kun Webex Calling, når deres arbejdsnummer består alle kontroller.
lic-sync-form-title = Directory-synkronisering (AL02, AL05)
lic-sync = synkroniser
say-reading-templates = læser licensskabelonerne…
lic-no-templates = der er ingen licensskabeloner; tilføj en med { $key }
say-counting-reapply = tæller hvad det gør at anvende "{ $name }" igen…
say-finding-covered = finder de brugere uden Webex Calling, som "{ $name }" omfatter…
lic-reapply-title = Anvend "{ $name }" igen på eksisterende brugere (AL06)
lic-template-help = Et nyt navn opretter en skabelon; et eksisterende navn ændrer den. Én skabelon for hele organisationen, én pr. directory-gruppe (afdeling); en gruppes skabelon gælder for dens brugere. Brugere beholder deres licenser: anvend skabelonen igen ({ $key }) for at give de andre licens.
lic-template-title = Licensskabelon (AL03)
say-exporting-users = eksporterer user.csv…
say-exported-users = { $n ->
    [one] { $n } bruger
   *[other] { $n } brugere
} eksporteret til { $path }
lic-export-written = { $n ->
    [one] { $n } bruger
   *[other] { $n } brugere
} skrevet som CSV til:
lic-export-readable = Kun læsbar for dig. Webex Calling VAR Professional FALSE med et telefonnummer: nummeret kan ikke bruges; FALSE uden: der blev ikke givet noget nummer.
lic-export-title = user.csv eksporteret (AL04)
say-covers-nobody = "{ $name }" omfatter ingen uden Webex Calling: intet at tildele
lic-manual-user = Bruger { $at } af { $n }: { $name } <{ $email }> · arbejdsnummer { $work }
lic-manual-needs = Webex Calling kræver en placering og et lokalnummer og/eller et nummer fra den placering (AL01).
lic-manual-submit = giv licens · { $key } spring over
lic-manual-title = Tildel "{ $name }" (AL03)
lic-partly-applied = Webex anvendte kun en del af det
lic-skipped = sprunget over, uændret
say-manual-done = manuel tildeling af "{ $name }" færdig
lic-manual-report-title = Tildelt "{ $name }" (AL03)
say-work-number-set = { $email }: arbejdsnummer { $number }; { $next }
lic-group = gruppe { $group }
lic-whole-organisation = hele organisationen
lic-organisation = organisation
lic-grants-calling = giver Webex Calling
lic-no-calling = intet Webex Calling
say-template-created = oprettede "{ $name }" ({ $scope }): { $calling }; omfatter { $n } brugere, { $with } med Webex Calling. Anvend den igen med { $key } for at give de andre licens.
say-template-changed = ændrede "{ $name }" ({ $scope }): { $calling }; omfatter { $n } brugere, { $with } med Webex Calling. Anvend den igen med { $key } for at give de andre licens.
lic-directory-sync = directory-synkronisering
lic-reapply = anvend igen
say-synced = synkroniserede { $n } brugere: { $provisioned } klargjort, { $not_provisioned } ikke klargjort
lic-sync-counts = { $source }: { $n } brugere · { $created } oprettet · { $updated } opdateret · { $unchanged } uændret
lic-sync-calling = Webex Calling: { $provisioned } klargjort · { $not_provisioned } ikke klargjort · { $kept } beholdt · { $not_covered } ikke omfattet
lic-sync-press = Tryk på { $key } for alle, der ikke er klargjort, med løsningen.
lic-sync-report-title = Directory-synkronisering (AL02)
say-reapplied = anvendte "{ $name }" igen: { $provisioned } klargjort, { $not_provisioned } ikke klargjort, { $removed } mistede Webex Calling
lic-reapplied-counts-on = "{ $name }" omfatter { $n } brugere; bevar licenser til: { $provisioned } klargjort · { $not_provisioned } ikke klargjort · { $kept } beholdt · { $removed } mistede Webex Calling ({ $numbers } numre tilbage i puljen)
lic-reapplied-counts-off = "{ $name }" omfatter { $n } brugere; bevar licenser fra: { $provisioned } klargjort · { $not_provisioned } ikke klargjort · { $kept } beholdt · { $removed } mistede Webex Calling ({ $numbers } numre tilbage i puljen)
lic-reapplied-title = Anvendte "{ $name }" igen (AL06)
lic-run-cancelled = { $what } annulleret: { $sent ->
    [one] { $sent } bruger
   *[other] { $sent } brugere
} færdig i Webex, før den stoppede, { $not_sent } ikke sendt; kør den igen for at fortsætte
lic-run-failed = { $what }: { $sent ->
    [one] { $sent } bruger
   *[other] { $sent } brugere
} færdig i Webex; { $failed } ikke (eller ikke helt) færdig, hver med Webex' ord i rapporten
lic-more-not-provisioned = … og { $n } mere ikke klargjort
lic-reapply-grants = "{ $name }" giver Webex Calling og omfatter { $n } brugere; { $to_license } af dem har endnu ikke Calling og får licens, hvor deres arbejdsnummer består alle kontroller.
lic-reapply-does-not-grant = "{ $name }" giver ikke Webex Calling og omfatter { $n } brugere; { $to_license } af dem har endnu ikke Calling og får licens, hvor deres arbejdsnummer består alle kontroller.
lic-preserve-on = Bevar licenser for eksisterende brugere: TIL. Ingen mister Webex Calling. Mellemrum slår det fra.
lic-preserve-off = Bevar licenser: FRA. { $n ->
    [one] { $n } bruger
   *[other] { $n } brugere
} mister Webex Calling.
lic-template-item = { $name } · omfatter { $n }, { $with } med Calling · { $calling } · { $scope }
lic-item-grants = giver Calling
lic-item-no-calling = intet Calling
lic-pick-reapply-title = Anvend en licensskabelon igen (AL06)
lic-pick-reapply-prompt = Vælg den skabelon, der skal anvendes igen på eksisterende brugere
lic-pick-assign-title = Tildel en licensskabelon (AL03)
lic-pick-assign-prompt = Vælg skabelonen; du angiver placering og nummer for hver bruger
outcome-provisioned = klargjort
outcome-not-provisioned = ikke klargjort
outcome-kept = beholdt
outcome-not-covered = ikke omfattet
outcome-removed = Calling fjernet
outcome-refused = afvist

## BroadWorks flow-through (BW01-BW05)
bw-fix-nothing = intet
bw-fix-untrusted = markér Ikke-betroede e-mails i skabelonens brugerbekræftelse
bw-fix-share-link = sæt Del link til aktiveringslinket (nu { $now })
bw-fix-both = markér Ikke-betroede e-mails i skabelonens brugerbekræftelse, og sæt Del link til aktiveringslinket (nu { $now })
say-select-subscriber-first = vælg først en abonnent
bw-delete-from-webex = • Abonnenten slettes fra Webex (BW04).
bw-delete-try-again = • Efter konfigurationsændringen kan brugeren prøve igen i aktiveringsportalen.
bw-delete-title = Slet BroadWorks-abonnent { $id }?
bw-package-now = { $package } (nu)
bw-package-title = Pakketype for { $id } (BW04)
bw-retry-title = Prøv aktivering igen: { $id } (BW04)
field-email = E-mail
bw-retry-submit = prøv igen: onboard med denne e-mail
say-retrying = prøver aktivering af { $id } igen…
say-package-already = { $id } har allerede pakken { $package }; intet ændret
bw-package-changes = • Pakketypen skifter fra { $from } til { $to } (BW04).
bw-package-follows = • Abonnentens tjenester følger den nye pakke, når klargøringen har kørt.
bw-package-confirm-title = Skift pakken for { $id } til { $package }?
copied-error-text = fejltekst for { $id }
say-exporting = eksporterer…
bw-provisioned-excluded = klargjorte udeladt
bw-everyone = alle
say-bw-exported = eksporterede { $n ->
    [one] { $n } abonnent
   *[other] { $n } abonnenter
} ({ $which }) til { $path }
bw-export-written = { $n ->
    [one] { $n } abonnent
   *[other] { $n } abonnenter
} ({ $which }) skrevet som CSV til:
bw-export-readable = Filen kan kun læses af dig.
bw-export-title = BroadWorks-liste eksporteret (BW05)
say-loading-templates = indlæser kundeskabelonerne; prøv igen om et øjeblik
bw-no-templates = Ingen kundeskabeloner.
bw-template-settings-checked = ikke-betroede e-mails markeret · del link { $share_link } · standardpakke { $package }
bw-template-settings-unchecked = ikke-betroede e-mails ikke markeret · del link { $share_link } · standardpakke { $package }
bw-template-ready = { $name } · klar til flow-through
bw-template-not-ready = { $name } · IKKE sat op til flow-through med ikke-betroede e-mails (BW01)
bw-template-to-change = Ændres: { $fix }
bw-templates-title = Kundeskabeloner (BW01)
bw-package-changed = { $id } pakke skiftet: { $status } · pakke { $package }
bw-retried = { $id } prøvet igen: { $status } · pakke { $package }
say-bw-deleted = { $id } slettet (var { $status }): brugeren kan prøve igen i aktiveringsportalen efter konfigurationsændringen

## Tilføj i bulk (WG13) og aktiveringsbrevet
imp-intro = CSV-skabelonen (`{ $command }`): én række pr. enhed. Hver række kontrolleres først (en prøvekørsel, der intet ændrer); derefter sender du, og enten tilføjes alle enheder eller ingen (WG13).
imp-suppresses-emails = { $org } undertrykker e-mails: udlever koderne fra en kodefil eller med breve.
field-devices-csv = CSV-fil med enheder
field-email-codes = E-mail koderne
field-codes-file = Kodefil (valgfri)
field-email-lang = E-mailenes sprog
imp-form-title = Tilføj Webex Go-enheder i bulk (WG13)
imp-check-every-row = kontrollér hver række
imp-type-path = skriv stien til CSV-filen med enheder
imp-cannot-read = kan ikke læse { $path }: { $error }; kontrollér stien, og prøv igen
say-import-problems = { $source }: { $n ->
    [one] { $n } problem
   *[other] { $n } problemer
}; intet blev tilføjet (WG13)
imp-rows-checked-problems = { $rows ->
    [one] { $rows } række
   *[other] { $rows } rækker
} kontrolleret: { $n ->
    [one] { $n } problem
   *[other] { $n } problemer
}, så intet blev tilføjet. Ret filen, og importér den igen.
imp-line-column = linje { $line }, kolonne { $column }
imp-problems-title = Tilføj i bulk: problemer (WG13)
say-import-pass = { $source }: alle { $rows } rækker består; Enter sender
imp-all-pass = alle { $rows } rækker består alle kontroller (prøvekørsel: intet tilføjet endnu).
imp-email-yes = E-mail koderne: ja
imp-email-no = E-mail koderne: nej
imp-codes-file = Kodefil: { $file }
imp-enter-submits = Enter sender: alle enheder tilføjes, eller ingen. Esc annullerer.
imp-ready-title = Tilføj i bulk: klar (WG13)
say-imported = { $source }: { $added } enheder tilføjet, { $emailed } sendt med e-mail
imp-added = { $added } Webex Go-enheder tilføjet · { $emailed } koder sendt med e-mail
imp-codes-file-private = Kodefil (kun læsbar for dig): { $file }
imp-no-codes-file = Der blev ikke bedt om en kodefil.
imp-emailed = sendt med e-mail
imp-more-devices = … og { $n } mere i ruden Enheder
imp-done-title = Tilføj i bulk færdig (WG13)
say-writing-letter = skriver aktiveringsbrevet…
tui-letter-printed = sendt til printeren med `{ $command }`
tui-letter-not-printed = ikke udskrevet: { $error }
tui-letter-no-print-command = ingen udskrivningskommando er sat op: udskriv det derfra
tui-letter-written-same = brev: { $pdf } og .txt i { $dir }, kun læsbar for dig; { $printed }
tui-letter-written-in = brev: { $pdf } (PDF) og { $text } (tekst) i { $dir }, kun læsbar for dig; { $printed }
tui-letter-written = brev: { $pdf } (PDF) og { $text } (tekst), kun læsbar for dig; { $printed }

## En rigtig organisation: synkronisering, vælg en anden
say-org-local = denne organisation er lokal (demoen eller en lokal database): dens data er sandheden, der er intet at synkronisere. En webex-profil åbner en rigtig organisation (se README: Connect to your organisation)
say-sync-running = en synkronisering kører allerede (dens fremskridt står i overskriften); Esc stopper den
sync-starting = starter
say-syncing = synkroniserer fra Webex; ruderne viser imens den sidste komplette kopi. Esc stopper synkroniseringen.
say-syncing-other = synkroniserer { $org } fra Webex; ruderne viser imens den sidste komplette kopi. Esc stopper synkroniseringen.
say-stopping-sync = stopper synkroniseringen; cachen beholder sin sidste komplette kopi
say-synced-org = synkroniserede { $org } fra Webex: { $items } elementer på { $pages } sider
say-sync-stopped = synkronisering stoppet; cachen beholder sin sidste komplette kopi (overskriften siger, hvor gammel)
say-sync-failed = synkroniseringen blev ikke færdig, så cachen beholder sin sidste komplette kopi: { $error }
say-asking-orgs = spørger Webex om de organisationer, dette login administrerer…
say-cannot-list-orgs = kan ikke vise organisationerne: { $error }
say-no-other-org = dette login administrerer ingen anden organisation
org-cached = i cachen, pr. { $at }
org-not-cached = ikke i cachen endnu: vælg den for at synkronisere den
org-pick-title = Organisationer
org-pick-prompt = Enter åbner den (en i cachen med det samme, en anden efter dens første synkronisering); Esc beholder denne

## Hvorfor kan denne bruger ikke ringe?
why-works-on = hvorfor? virker på en bruger, en enhed, et nummer eller en BroadWorks-abonnent; tryk på { $key } for numrene
say-why-reading-webex = læser denne person fra Webex…
say-why-reading-again = læser igen (den lokale database er sandheden: intet at hente)
say-why-refreshed = opdateret: { $n ->
    [0] ingen årsag fundet
    [one] { $n } årsag
   *[other] { $n } årsager
}
say-why-not-refreshed = ikke opdateret: { $error }
why-title = Hvorfor? { $who }
why-reading = læser…
why-reading-again = { $age } · læser igen…
why-facts-age = Fakta: { $age }
why-no-cause = Ingen årsag fundet: intet i det kontrollerede forhindrer opkald.
why-likely-causes = Sandsynlige årsager, den mest sandsynlige først
why-facts = Fakta
why-checked = Kontrolleret
why-not-applicable = ikke relevant: { $detail }
why-location = Placering
why-licences = Licenser
why-calling = Webex Calling
why-work-number = Arbejdsnummer
why-number = Nummer
why-webex-go = Webex Go
why-since = siden { $at }
why-code = Kode
why-refused-attempt = Afvist forsøg
why-operator-account = Operatørkonto
why-broadworks = BroadWorks
why-calls = Opkald
why-none-recorded = ingen registreret
why-call = Opkald
why-audit = Revision
why-note = Bemærkning

## Lange kørsler og vinduernes navne
long-sync = Directory-synkronisering fra { $path }
long-reapply = Anvender "{ $name }" igen
long-checking = Kontrollerer { $path }
long-importing = Importerer { $path }
long-emails-going-out = enhederne er tilføjet og deres koder genereret; e-mailene sendes og kan ikke tages tilbage: vent på dem
long-cancelling = annullerer: alt gjort indtil nu rulles tilbage…
long-done-of = { $phase } { $done } af { $total }
long-cancelling-foot = annullerer: alt rulles tilbage…
long-emailing = tilføjet; koderne sendes med e-mail (kan ikke annulleres)
long-cancel-all-or-nothing = annuller: alt eller intet, intet tilføjes
long-cancel-nothing = annuller: intet ændres
phase-starting = starter
phase-users = brugere
phase-reading = læser
phase-checking = kontrollerer
phase-adding = tilføjer
phase-saving = gemmer
phase-emailing = sender e-mail
popup-help = Hjælp
popup-messages = Meddelelser

## Konsollens egne problemer, keymap.toml og config.toml
job-not-confirmed = ændringen blev ikke bekræftet, så intet blev gjort; prøv igen
worker-unknown-fault = en ukendt fejl
worker-internal-error = handlingen fejlede inde i wxgo ({ $fault }); det, den var i gang med, blev rullet tilbage. Kontrollér resultatet (og revisionssporet), før du prøver igen, og rapportér det venligst.
worker-sync = synkronisering
worker-already-running = en { $what } kører allerede; vent på den, eller tryk på Esc for at stoppe den
worker-no-thread = kan ikke starte en tråd til { $what }
console-no-event-loop = kan ikke starte konsollens hændelsesløkke: { $error }
console-no-service-thread = kan ikke starte tjenestetråden
console-no-terminal = kan ikke bruge denne terminal: { $error }
console-cannot-draw = kan ikke tegne på terminalen: { $error }
console-no-size = kan ikke læse terminalens størrelse: { $error }
console-cannot-read = kan ikke læse terminalen: { $error }
console-service-stopped = tjenestetråden stoppede; afslut med q, og start wxgo igen
header-as-of = pr. { $at }
header-age-unknown = alder ukendt
keymap-empty-key = en tom tast
keymap-at = { $file }: { $name }: { $problem }
keymap-not-a-key = "{ $spec }" er ikke en tast: skriv et tegn (j, G, ?), et navn (enter, esc, tab, backtab, up, down, pgup, pgdn, home, end, space, f1) eller en modifikator og en tast (ctrl-c, alt-x)
keymap-not-toml = { $file } er ikke gyldig TOML: { $error }
keymap-unknown-section = { $file }: ukendt sektion [{ $name }]. Sektionerne er: { $sections }
keymap-not-here = { $file }: [{ $section }] { $name }: { $name } virker ikke i { $place }; den virker i { $places }
keymap-given-to-both = { $file }: tasten "{ $spec }" er givet til både { $other } og { $name }; giv hver tast til én handling
keymap-cannot-read = kan ikke læse tastaturkortet { $file }: { $error }
keymap-unknown-action = { $file }: ukendt handling "{ $name }". Handlingerne er: { $actions }
keymap-keys-are-strings = { $file }: { $name }: taster er strenge, som "x" eller "ctrl-x"
keymap-takes-a-key = { $file }: { $name } = ... tager en tast ("x") eller en liste af taster (["x", "ctrl-x"])
keymap-does-not-exist = tastaturkortet { $file } findes ikke
config-clipboard-word = { $file }: clipboard tager et ord i anførselstegn: "auto", "native", "osc52", "tmux" eller "off"
config-lang-code = { $file }: lang tager en kode i anførselstegn: "en", "de", "da", "uk" eller "he"
config-cannot-read = kan ikke læse konfigurationen { $file }: { $error }

## Hvordan udklipsholderen tog en kopi (efter det kopierede)
copied-system = kopieret til systemets udklipsholder
copied-osc52-tmux-on = kopieret med OSC 52 (tmux sender det videre: set-clipboard er on)
copied-tmux-buffer = kopieret gennem tmux (tmux load-buffer -w; set-clipboard er external)
copied-osc52-tmux-unknown = sendt med OSC 52; i tmux når det kun frem med `set -g set-clipboard on` (kontrollér med `tmux show -gv set-clipboard`), eller brug --clipboard tmux
copied-osc52 = kopieret med OSC 52 (terminalens udklipsholder)
copied-tmux-passthrough = kopieret med OSC 52 gennem tmux passthrough (kræver `set -g allow-passthrough on`)

## A confirmed change on its way, a reload
say-working = arbejder…
say-reloaded = genindlæst
