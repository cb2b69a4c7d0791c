# Det, CLI'en skriver, på dansk. Kommandoer, flag, --json og regel-id'er oversættes aldrig.

## Sådan siges en fejl
cli-error = fejl: { $message }
cli-partly-done = delvist udført: { $message }

## Delvist udført (exit 8) og rapporteret (exit 4)
cli-calls-not-imported = { $n ->
    [one] { $n } problem i { $source }; intet blev importeret
   *[other] { $n } problemer i { $source }; intet blev importeret
}
cli-licences-not-licensed = { $n ->
    [one] { $n } bruger fik ikke licens (AL01-AL03); årsagen står ovenfor
   *[other] { $n } brugere fik ikke licens (AL01-AL03); årsagen for hver står ovenfor
}
cli-licences-partly-applied = { $email }: Webex anvendte kun en del af licenserne (ikke: { $licences }); de andre er tildelt
cli-mail-not-sent = { $n ->
    [one] { $n } besked blev ikke sendt og bliver i udbakken; årsagen står ovenfor
   *[other] { $n } beskeder blev ikke sendt og bliver i udbakken; årsagerne står ovenfor
}
cli-numbers-not-added = { $n ->
    [one] { $n } nummer blev ikke tilføjet (MO03); status og årsag står ovenfor
   *[other] { $n } numre blev ikke tilføjet (MO03); status og årsag står ovenfor
}

## Kolonneoverskrifter
head-name = Navn
head-email = E-mail
head-location = Placering
head-licences = Licenser
head-primary-number = Primært nummer
head-calling = Calling
head-device = Enhed
head-owner = Ejer
head-subscription = Abonnement
head-kind = Type
head-status = Status
head-number = Nummer
head-code-expires = Koden udløber
head-state = Tilstand
head-operator = Operatør
head-webex-go-licences = Webex Go-licenser
head-used = Brugt
head-free = Ledige
head-line = Linje
head-column = Kolonne
head-problem = Problem
head-reason = Årsag
head-fix = Løsning
head-user = Bruger
head-when = Hvornår
head-who = Hvem
head-action = Handling
head-outcome = Resultat
head-details = Detaljer
head-department = Afdeling
head-work-number = Arbejdsnummer
head-account-id = Konto-id
head-numbers = Numre
head-what-to-do = Hvad du skal gøre
head-entered = Indtastet
head-emailed = Sendt med e-mail
head-what-happened = Hvad der skete

## Bekræftelser af det, der ikke kan fortrydes
cli-confirm-device = Enhed { $device } for { $name } <{ $email }>, { $status }.
cli-confirm-lost-stolen = Mistet eller stjålet: { $device }
cli-confirm-lost-stolen-line = • Arbejdslinjen på den mistede telefon deaktiveres straks og for altid: dens kode og eSIM-profil kan aldrig bruges igen.
cli-confirm-lost-stolen-new-code = • Enheden går tilbage til Afventer aktivering med en ny aktiveringskode til erstatningstelefonen (WG08).
cli-confirm-delete = Slet { $device }
cli-confirm-delete-licence = • Webex Go-enheden fjernes, og dens licens går tilbage til puljen i { $subscription } (WG09).
cli-confirm-delete-calls = • { $name } kan ikke længere foretage eller besvare arbejdsopkald fra telefonens opkaldsapp.
cli-not-confirmed-no-terminal = { $what } kan ikke fortrydes, og der er ingen terminal at spørge i: intet blev gjort. Bekræft det med --yes: { $command }.
cli-not-confirmed = ikke bekræftet. Intet blev gjort.
## CLI'ens egne afvisninger og bemærkninger (flag, shells, profiler, filer og organisationer, som de er)
cli-give-account-or-location = angiv --account eller --location
cli-no-completions = ingen fuldførelser for { $shell }
cli-code-stdin = kan ikke læse koden fra standardinput: { $error }
cli-console-first-sync = profilen "{ $profile }" har endnu ingen kopi af sin organisation: den synkroniseres først
cli-console-synced = { $org } synkroniseret på { $pages ->
        [one] { $pages } side
       *[other] { $pages } sider
    }; konsollen åbnes
cli-demo-first-use = Demoorganisationen "{ $org }" er oprettet i { $db } (første brug af --demo).
cli-import-progress = { $phase } { $done }/{ $total } rækker
cli-import-stopping = stopper: ingen nye anmodninger; venter på de svar, der er undervejs (kør samme kommando igen for at fortsætte)
cli-operator-confirm = Bekræft operatørkonto-id { $id } for { $location } ({ $operator })? Det kan ikke ændres senere.
cli-code-expired-at = udløbet { $when }
cli-note = bemærk: { $note }
cli-trace-note = --trace: { $note }
cli-wrote-users = Brugerlisten blev skrevet til { $path } (kan kun læses af dig)
cli-wrote-subscribers = Abonnentlisten blev skrevet til { $path } (kan kun læses af dig)

## Når en liste er tom
cli-empty-subscribers = Ingen abonnenter matcher.
cli-empty-templates = Ingen kundeskabeloner.
cli-empty-numbers = Ingen numre matcher.
cli-empty-numbers-given = Ingen numre angivet.
cli-empty-operator-accounts = Ingen operatørkonti endnu. Tilføj en med `wxgo operator-accounts add`.
cli-empty-subscriptions = Intet abonnement har Webex Go-licenser.
cli-empty-users = Ingen brugere matcher.
cli-empty-devices = Ingen Webex Go-enheder matcher.
cli-empty-audit = Revisionssporet er tomt.

## head-*
head-object = Objekt
head-ssh-client = SSH-klient
head-organisation = Organisation
head-cached = I cachen
head-date = Dato
head-to = Til
head-subject = Emne
head-file = Fil
head-start = Start
head-direction = Retning
head-called = Kaldt
head-duration = Varighed
head-client = Klient
head-template = Skabelon
head-scope = Omfang
head-group = Gruppe
head-other-licences = Andre licenser
head-users = Brugere
head-with-calling = Med Calling
head-error = Fejl
head-package = Pakke
head-default-package = Standardpakke
head-untrusted-emails = E-mails uden tillid
head-share-link = Delingslink
head-row = Række
head-what = Hvad
head-broadworks-id = BroadWorks-id
head-id = Id
head-method = Metode
head-path = Sti
head-flow-through-bw01 = Flow-through (BW01)

## Tilføje og slette en enhed
cli-add-to = Tilføjer en Webex Go-enhed til { $name } <{ $email }>:
cli-add-not-possible = Ikke muligt: { $refusal }
cli-add-subscriptions = Abonnementer:
cli-add-subscriptions-choose = Abonnementer (vælg ét med --subscription):
cli-add-free-of = { $free } ledige af { $total }
cli-add-no-primary = Intet primært nummer: vælg et med --number:
cli-add-keeps-primary = Beholder det primære nummer { $number }
cli-deleted = Webex Go-enheden { $device } for { $email } er slettet. Dens licens er tilbage i { $subscription } ({ $free } ledige).

## En kørsel mod Webex, der ikke blev færdig (exit 8)
cli-run-cancelled = { $kind ->
        [re-apply] Genanvendelsen
        [directory-sync] Katalogsynkroniseringen
       *[licence-assignment] Licenstildelingen
    } blev annulleret: de anmodninger, Webex besvarede, er udført og i cachen; kør den samme kommando igen for at fortsætte, hvor den stoppede
cli-run-failed = { $n ->
        [one] { $n } bruger blev ikke (eller ikke helt) udført i Webex
       *[other] { $n } brugere blev ikke (eller ikke helt) udført i Webex
    }; hver står ovenfor med Webex' ord. Ret årsagen, og kør den samme kommando igen: det udførte sendes ikke to gange

## En imports problemer ud over de viste ($then: hvad der skal gøres bagefter)
cli-more-problems = ... og { $n ->
        [one] { $n } problem mere
       *[other] { $n } problemer mere
    }, der ikke er vist ({ $total } i alt). Ret disse, og { $then }.
cli-then-import-again = importér så rapporten igen
cli-then-dry-run = tjek så igen med --dry-run

## login, logout and whoami (the profile, URL, code, paths and commands as they are)
cli-login-to = Sådan logger du på Webex for profilen "{ $profile }":
cli-login-open = {"  "}åbn { $url }
cli-login-code = {"  "}og indtast koden { $code }
cli-login-scan = {"  "}eller scan dette med en telefon:
cli-login-waiting = Venter på login (koden virker i { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    })...
cli-login-signed-in = Logget på. { $kept }
cli-login-kept-keyring = Login gemmes i systemets nøglering.
cli-login-kept-file = Login gemmes i { $path } (kun læsbar for dig).
cli-login-kept-file-no-keyring = Der er ingen nøglering i systemet ({ $why }), så login gemmes i { $path } (kun læsbar for dig).
cli-login-env-token = Bemærk: Der er sat et token i miljøet (WEBEX_TOKEN eller --token-env): Kommandoerne bruger det, ikke dette login, så længe det er sat.
cli-login-you-are = Du er { $person } i { $org }.
cli-login-read-only = Denne profil åbner skrivebeskyttet, fordi { $reason }.
cli-login-next = Næste: `{ $command }` kopierer organisationen til cachen.
cli-org-id-unreadable = id { $id } (dette token må muligvis ikke læse organisationen, så dens navn kendes ikke)
cli-org-id-nameless = id { $id } (Webex giver den intet navn)
cli-org-not-known = ukendt (Webex oplyste hverken dens navn eller dens id)
cli-logout-done = Logget af profilen "{ $profile }": Dens gemte login er slettet (nøglering og fil).
cli-logout-purged = Organisationens cachelagrede data i { $path } er slettet.
cli-logout-no-cache = Der var ingen cachelagrede data for organisationen ({ $path } findes ikke).
cli-logout-env-token = Bemærk: WEBEX_TOKEN er stadig sat i denne shell; fjern det (unset) for at holde op med at bruge det token.
cli-whoami-profile = Profil:
cli-whoami-person = Person:
cli-whoami-org = Organisation:
cli-whoami-roles = Roller:
cli-whoami-token = Token:
cli-whoami-scopes = Rettigheder:
cli-whoami-expires = Udløber:
cli-whoami-read-only = Skrivebeskyttet:
cli-whoami-token-static = statisk (fra miljøet, gemmes aldrig)
cli-whoami-token-oauth = OAuth (wxgo login)
cli-whoami-scopes-unknown = ukendt for denne slags token
cli-whoami-expires-unknown = ukendt (fornyes efter Webex' regler for denne slags token)

## org (names, addresses and country codes as they are)
cli-org-name = Organisation:
cli-org-country = Land:
cli-org-emails = E-mails:
cli-org-smdp = SM-DP+-adresse:
cli-org-code-lifetime = Kodernes levetid:
cli-org-go-countries = Webex Go-lande:
cli-org-emails-suppressed = undertrykt (kopiér eller udskriv koder)
cli-org-emails-sent = sendes
cli-org-smdp-unknown = - (ikke i Webex-API'et: kun i Control Hub, Enheder > Webex Go)
cli-org-days = { $n ->
        [one] { $n } dag
       *[other] { $n } dage
    }

## mail (addresses, subjects, the outbox, the server and the route as they are)
cli-mail-none-wait = Ingen beskeder venter i { $outbox }. Mail går til { $route }.
cli-mail-waiting = { $n ->
        [one] { $n } besked venter
       *[other] { $n } beskeder venter
    }. Mail går til { $route }; send dem med `{ $command }`.
cli-mail-sent = sendt
cli-mail-failed = ikke sendt
cli-mail-stale = forældet
cli-mail-stale-why = dens aktiveringskode virker ikke længere (flyttet til stale/); udsted en ny kode
cli-mail-retried = { $sent } sendt via { $server }; { $failed } mislykkedes{ $untried ->
        [0] {""}
       *[other] ; { $untried } ikke forsøgt (serveren kunne ikke nås)
    }.
cli-mail-none-sent = ingen af de ventende beskeder blev sendt ({ $n } mislykkedes); de bliver i udbakken: prøv igen senere

## demo (the organisation's name, the file and the command as they are)
cli-demo-created = Demoorganisationen "{ $org }" er oprettet i { $db }: { $users ->
        [one] { $users } bruger
       *[other] { $users } brugere
    }, { $numbers ->
        [one] { $numbers } nummer
       *[other] { $numbers } numre
    }, { $devices ->
        [one] { $devices } Webex Go-enhed
       *[other] { $devices } Webex Go-enheder
    }, { $subscribers ->
        [one] { $subscribers } BroadWorks-abonnent
       *[other] { $subscribers } BroadWorks-abonnenter
    }.
cli-demo-open = Åbn konsollen med: { $command }
demo-exists = { $path } findes allerede; intet blev ændret. Brug --force for at erstatte den med en ny demoorganisation, eller vælg en anden fil med --db.
demo-users-range = --users skal være mellem 1 og { $max }

## En genereret kode (devices add, new-code, lost-stolen) og dens brev
cli-code-asking = Beder Webex om en aktiveringskode ...
cli-code-asking-new = Beder Webex om en ny aktiveringskode ...
cli-code-added = Webex Go-enhed { $device } tilføjet til { $name } <{ $email }>: { $status }.
cli-code-new = Webex Go-enhed { $device }: ny kode til { $name } <{ $email }>: { $status }.
cli-code-lost-stolen = Webex Go-enhed { $device } mistet/stjålet: linjen er deaktiveret, nye aktiveringsdetaljer til { $name } <{ $email }>: { $status }.
cli-code-label-code = Aktiveringskode:
cli-code-label-smdp = SM-DP+-adresse:
cli-code-label-android = Android-kode:
cli-code-label-lpa = QR-kode (LPA):
cli-code-label-qr = QR-kode:
cli-code-label-expires = Udløber:
cli-code-label-number = Arbejdsnummer:
cli-code-label-email = E-mail:
cli-code-control-hub-only = kun i Control Hub (Enheder > Webex Go-enheden)
cli-code-shown-once = Koden vises kun nu (kun en hash gemmes). For at udlevere den igen skal du udstede en ny.
cli-letter-note = Aktiveringsbrev: { $note }
cli-letter-for = Aktiveringsbrev til { $device } ({ $email }): { $note }
## wxgo bench: rapporten og fejlene (tal, stier, kommandoer og mål, som de er; p50/p99 er percentiler)
bench-error = benchmark: { $error }
bench-no-users-pane = det første billede viste ikke ruden Brugere
bench-no-proc-status = kan ikke læse /proc/self/status
bench-command-failed = { $command } mislykkedes: { $error }
bench-import-short = importen tilføjede { $added } af { $rows } rækker: { $problem }
bench-too-few-users = kun { $n } brugere kan få en enhed; brug et større --users
bench-missed = { $n } mål blev ikke nået
bench-floor-start = benchmark: gulvets kopi begynder ikke der, hvor importen begyndte
bench-floor-nothing = benchmark: importen skrev ingen enheder, der kan skrives igen
bench-floor-other-ids = benchmark: gulvet skrev enhederne { $from } til { $to }, hvor importen skrev { $import_from } til { $import_to }
bench-built = oprettede { $users } brugere, { $numbers } numre, { $devices } enheder på { $seconds } s
bench-no-sqlite3 = sqlite3 er ikke installeret: sammenligningerne kræver det (apt-get install sqlite3)
bench-title = wxgo bench: { $users } brugere ({ $db }), { $cores } kerner
bench-first-frame = start til første billede (Brugere, 80x24), median
bench-first-frame-baseline = sqlite3 åbn + første side { $ms } ms; forhold { $ratio }x
bench-n-a = i/t
bench-keys = tastetryk til billede, { $n } taster: p50 / p99 / maks
bench-keys-target = mål p99 <= { $ms } ms
bench-key-kind = { $kind } ({ $n } taster): p50 / p99 / maks
bench-bytes = bytes til terminalen, markeringen flytter én række (200x50)
bench-bytes-baseline = en hel gentegning er ca. { $bytes } B
bench-import-phases = importens faser: { $phases }
bench-floor = de samme rækker skrevet igen som ren SQL (gulvet)
bench-sqlite3-reference = til sammenligning: sqlite3 .import { $file } ms (i :memory: { $memory } ms)
bench-import = masseimport, { $rows } rækker fuldt kontrolleret
bench-import-figure = { $ms } ms ({ $rate } rækker/s)
bench-import-baseline = gulv { $floor } ms; forhold { $ratio }x (kørsler: { $runs }); mål <= { $target }x
bench-memory = højeste residente hukommelse, konsollen åben og filtrerer
bench-memory-baseline = mål <= { $mb } MB; listeindeksene fylder { $index } MB
bench-binary = programmets størrelse ({ $path })
bench-binary-baseline = mål <= { $mb } MB

## Linjen, som en læsning fra en rigtig organisations cache skriver på stderr
cli-cache-age = { $org } · profil { $profile } (webex) · { $age }
cli-cache-age-unfinished = { $org } · profil { $profile } (webex) · { $age } (en senere synkronisering blev ikke færdig: dette er den sidste fuldstændige kopi)
cli-cache-note = bemærk: { $note }
cli-cache-read-only = skrivebeskyttet, fordi { $why }
age-as-of = pr. { $at }, { $ago }
age-just-now = lige nu
age-minutes = for { $n } min. siden
age-hours = for { $n } t. siden
age-days = { $n ->
        [one] for { $n } dag siden
       *[other] for { $n } dage siden
    }
fmt-time = %H:%M
age-first-sync = den første synkronisering er ikke færdig: listen er ufuldstændig; kør { $command }

## Claps brugsfejl (src/cli/help.rs): et ukendt flag eller en ukendt kommando, et manglende
## argument, en værdi, den ikke tager, med claps tips og hvor der står mere; flag, værdier og
## kommandoer, som de er.
clap-usage = Brug
clap-possible-values = mulige værdier
clap-commands-note = underkommandoer
clap-error-unknown-argument = uventet argument '{ $arg }'
clap-error-unknown-command = ukendt underkommando '{ $command }'
clap-error-invalid-value = ugyldig værdi '{ $value }' til '{ $arg }'
clap-error-invalid-value-because = ugyldig værdi '{ $value }' til '{ $arg }': { $reason }
clap-error-value-missing = '{ $arg }' kræver en værdi, men der blev ikke angivet nogen
clap-error-missing-required = disse nødvendige argumenter mangler:
clap-error-missing-command = '{ $command }' kræver en underkommando, men der blev ikke angivet nogen
clap-error-used-twice = argumentet '{ $arg }' må kun angives én gang
clap-error-conflict = argumentet '{ $arg }' kan ikke bruges sammen med '{ $other }'
clap-error-conflict-list = argumentet '{ $arg }' kan ikke bruges sammen med:
clap-error-conflict-others = argumentet '{ $arg }' kan ikke bruges sammen med et eller flere af de andre angivne argumenter
clap-error-command-conflict = underkommandoen '{ $command }' kan ikke bruges sammen med '{ $other }'
clap-error-command-conflict-list = underkommandoen '{ $command }' kan ikke bruges sammen med:
clap-error-command-conflict-others = underkommandoen '{ $command }' kan ikke bruges sammen med et eller flere af de andre angivne argumenter
clap-error-no-equals = '{ $arg }' kræver et lighedstegn foran sin værdi
clap-error-too-many-values = uventet værdi '{ $value }' til '{ $arg }'; der var ikke ventet flere
clap-error-too-few-values = '{ $arg }' kræver { $wanted } værdier; kun { $given } { $n ->
        [one] blev
       *[other] blev
    } angivet
clap-error-wrong-number-of-values = '{ $arg }' kræver { $wanted } værdier, men { $given } { $n ->
        [one] blev
       *[other] blev
    } angivet
clap-error-invalid-utf8 = et eller flere argumenter indeholder ugyldig UTF-8
clap-error-more = Mere med '{ $help }'.
clap-tip = tip
clap-tip-similar-command = { $n ->
        [one] der findes en lignende underkommando: { $names }
       *[other] der findes lignende underkommandoer: { $names }
    }
clap-tip-similar-argument = { $n ->
        [one] der findes et lignende argument: { $names }
       *[other] der findes lignende argumenter: { $names }
    }
clap-tip-similar-value = { $n ->
        [one] der findes en lignende værdi: { $names }
       *[other] der findes lignende værdier: { $names }
    }
clap-tip-as-value = skriv '{ $command }' for at give '{ $arg }' som værdi
clap-tip-exists = '{ $command }' findes
clap-tip-remove-dashes = underkommandoen '{ $command }' findes; fjern '--' foran den for at bruge den
cli-letter-lang-unknown = wxgo skriver breve og e-mails på { $codes }; angiv et af dem
clap-reason-invalid-digit = ugyldigt ciffer i tallet
clap-reason-empty = intet tal i en tom værdi
clap-reason-too-large = tallet er for stort
clap-reason-too-small = tallet er for lille
