# Kommandolinjens egen hjælp (`wxgo --help`, `wxgo devices import --help`), på dansk; claps
# brugsfejl står i cli.ftl. Id'erne følger kommandoens sti (`help-devices-import`), `--` og et
# arguments id (`help-devices-import--codes-file`). Kommandoer, flag, værdinavne (FILE, NAME),
# miljøvariabler, stier, regel-id'er og URL'er forbliver, som de er.

## Hvad clap selv siger omkring hjælpen: overskrifter, noter, hjælpe- og versionsflaget,
## kommandoen `help`.

clap-commands = Kommandoer
clap-arguments = Argumenter
clap-options = Tilvalg
clap-env = miljø
clap-default = standard
clap-possible-values-heading = Mulige værdier
clap-help-flag = Vis hjælp
clap-help-flag-more = Vis hjælp (mere med '--help')
clap-help-flag-summary = Vis hjælp (et overblik med '-h')
clap-version-flag = Vis version
clap-help-command = Vis denne hjælp eller hjælpen til de angivne underkommandoer
clap-help-command-arg = Vis hjælpen til underkommandoerne

## wxgo, og de flag, som alle kommandoer tager

help-wxgo = En terminalkonsol til Webex Calling-administratorer
help-wxgo-long = wxgo: Webex Go-enheder, mobiloperatørers numre, BroadWorks flow-through og licenstildeling, fra tastaturet. Uden underkommando åbner den konsollen.
help-wxgo--db = Databasefilen (standard: $XDG_DATA_HOME/wxgo/wxgo.db)
help-wxgo--read-only = Åbn databasen skrivebeskyttet: alle handlinger, der ændrer noget, afvises
help-wxgo--org = Organisationen, når databasen rummer flere (som en partners gør)
help-wxgo--json = Maskinlæsbart output
help-wxgo--output = Hvordan lister udskrives: table (i en terminal tilpasset dens bredde), wide (hver kolonne hel) eller json
help-wxgo--output--table = En tabel; i en terminal tilpasset dens bredde (navne afkortet med `…`, de mindst nyttige kolonner udeladt)
help-wxgo--output--wide = En tabel med hver kolonne hel, hvor bred den end bliver
help-wxgo--output--json = JSON, som --json
help-wxgo--clipboard = Udklipsholder til at kopiere koder i konsollen: auto, native, osc52, tmux eller off
help-wxgo--demo = Brug demo-organisationen (demo.db ved siden af databasen; oprettes første gang), med konsollen eller enhver kommando
help-wxgo--keymap = Tastefil til konsollen (standard: $XDG_CONFIG_HOME/wxgo/keymap.toml)
help-wxgo--profile = Profilen fra config.toml (ellers WXGO_PROFILE, ellers default_profile; ingen: den lokale database)
help-wxgo--token-env = Tag Webex-tokenet fra denne miljøvariabel i stedet for WEBEX_TOKEN (skrives aldrig på disken)
help-wxgo--trace = Skriv én linje pr. Webex API-anmodning til FILE: metode, sti, status, varighed, trackingId (aldrig et token)
help-wxgo--lang = Sproget: en, de, da, uk eller he (ellers lang fra konfigurationen, derefter LC_ALL, LC_MESSAGES, LANG)
help-wxgo--bidi = Tekst fra højre mod venstre (hebraisk): app (wxgo ordner den om; xterm, tmux, de fleste SSH-klienter) eller terminal (terminalen gør det; VTE-baserede)

## wxgo demo

help-demo = Opret demo-organisationen (omkring 60 brugere, eller --users N for en større)
help-demo--force = Erstat databasen, hvis den findes

## wxgo users

help-users = Brugere
help-users-list = Vis brugere (navn, e-mail, placering, licenser, primært nummer, Webex Go-status)
help-users-list--filter = Navn, e-mail, placering eller et nummer som skrevet (E.164, national form, lokalnummer)
help-users-list--limit = Højst så mange rækker (0 = alle)
help-users-list--offset = Spring så mange rækker over
help-users-list--not-provisioned = Kun brugere, der ikke fik Webex-opkald, med årsag og løsning (AL04)
help-users-show = Én bruger: numre, enhed, kodehistorik, seneste revisionsposter
help-users-export = Brugerlisten, som Control Hub eksporterer den (user.csv), med `Webex Calling VAR Professional` (AL04)
help-users-export--out = Skriv til denne fil i stedet for standardoutput
help-users-set-work-number = Registrer et rettet arbejdstelefonnummer (E.164); anvend derefter skabelonen igen (AL04, AL05)
help-users-update = Ændr en brugers arbejdstelefonnummer, lokalnummer og/eller placering (i en rigtig organisation gennem Webex' people-API: afvist, hvis personen er ændret i Webex siden sidste synkronisering)
help-users-update--work-number = Arbejdstelefonnummeret (E.164)
help-users-update--extension = Lokalnummeret (2 til 10 cifre, entydigt på placeringen)
help-users-update--location = Placeringen, efter navn

## wxgo devices

help-devices = Webex Go-enheder
help-devices-list = Vis Webex Go-enheder med deres sande status (WG12)
help-devices-list--status--pending = Afventer aktivering (grå)
help-devices-list--status--online = Online (grøn)
help-devices-list--status--offline = Offline (rød)
help-devices-list--status--unknown = Status ukendt: Webex angav ingen (kun en rigtig organisations enheder)
help-devices-list--filter = Navn, e-mail, placering eller et nummer som skrevet (E.164, national, lokalnummer)
help-devices-list--sort--added = Som de blev tilføjet
help-devices-list--sort--status = Offline først, derefter afventer aktivering med udløbet kode, derefter afventende
help-devices-list--sort--expired = Afventer aktivering med udløbet kode først, den længst udløbne først
help-devices-list--sort--name = Efter ejerens navn
help-devices-list--limit = Højst så mange rækker (0 = alle)
help-devices-list--offset = Spring så mange rækker over
help-devices-show = Én enhed
help-devices-choices = Hvad det kræver at tilføje en enhed til denne bruger: valg af abonnement og nummer (WG01-WG03)
help-devices-add = Tilføj en Webex Go-enhed til en bruger, og generér en aktiveringskode (WG01-WG04)
help-devices-add--subscription = Påkrævet, når flere abonnementer har Webex Go-licenser (WG02)
help-devices-add--number = Påkrævet, når brugeren ikke har et primært nummer: et ikke-tildelt nummer på brugerens placering (WG03)
help-devices-add--no-email = Send ikke koden med e-mail (kopier eller udskriv den i stedet)
help-devices-add--letter = Skriv også et ensidet PDF-aktiveringsbrev (og udskriv det, når en printer er sat op)
help-devices-add--letter-lang = Sproget i brevet og e-mailen, til en medarbejder, der læser et andet sprog end dit: en, de, da, uk eller he (standard: --lang, lang fra konfigurationen, systemets sprog)
help-devices-new-code = Generér en ny aktiveringskode; alle tidligere koder holder op med at virke (WG05)
help-devices-new-code--letter = Skriv også et ensidet PDF-aktiveringsbrev (og udskriv det, når en printer er sat op)
help-devices-new-code--letter-lang = Sproget i brevet og e-mailen, til en medarbejder, der læser et andet sprog end dit: en, de, da, uk eller he (standard: --lang, lang fra konfigurationen, systemets sprog)
help-devices-lost-stolen = Telefonen er mistet eller stjålet: deaktiver dens linje, og generér nye aktiveringsoplysninger (WG08); spørger først, eller --yes
help-devices-lost-stolen--letter = Skriv også et ensidet PDF-aktiveringsbrev (og udskriv det, når en printer er sat op)
help-devices-lost-stolen--letter-lang = Sproget i brevet og e-mailen, til en medarbejder, der læser et andet sprog end dit: en, de, da, uk eller he (standard: --lang, lang fra konfigurationen, systemets sprog)
help-devices-lost-stolen--yes = Fortsæt uden at spørge (nødvendigt uden terminal): den mistede telefons linje kan ikke gendannes
help-devices-delete = Slet enheden; dens licens går tilbage til puljen (WG09); spørger først, eller --yes
help-devices-delete--yes = Fortsæt uden at spørge (nødvendigt uden terminal): en slettet enhed kan ikke gendannes
help-devices-template = CSV-skabelonen til at tilføje mange enheder, med abonnementskolonnerne (WG13)
help-devices-import = Tilføj en Webex Go-enhed for hver række i en CSV-fil (WG13): alt eller intet på den lokale backend; i en rigtig organisation én anmodning pr. række, og en stoppet kørsel fortsætter
help-devices-import--file = CSV-filen (fra `wxgo devices template`, udfyldt i et regneark)
help-devices-import--dry-run = Kontrollér hver række, og ændr intet
help-devices-import--email-codes = Send hver bruger koden med e-mail (afvist, når organisationen undertrykker e-mails)
help-devices-import--no-email = Send ikke koderne med e-mail (udlever dem med --codes-file eller breve)
help-devices-import--codes-file = Skriv aktiveringskoderne til denne CSV-fil (kan kun læses af dig): det eneste sted, de kommer hen
help-devices-import--serial = Rigtige organisationer: send anmodningerne én ad gangen (standard: højst 8 ad gangen)
help-devices-import--letter-lang = Sproget i e-mailene med koderne: en, de, da, uk eller he (standard: --lang, lang fra konfigurationen, systemets sprog)
help-devices-letter = Et ensidet PDF-aktiveringsbrev til enhedens aktuelle kode (udskrives, når det er sat op)
help-devices-letter--device = Enheden (go-12) eller dens ejers e-mail
help-devices-letter--code = Enhedens aktuelle aktiveringskode, som den blev genereret (`-` læser den fra standardinput)
help-devices-letter--out = PDF-filen, der skal skrives (kan kun læses af dig)
help-devices-letter--letter-lang = Brevets sprog, til en medarbejder, der læser et andet sprog end dit: en, de, da, uk eller he (standard: --lang, lang fra konfigurationen, systemets sprog)

## wxgo numbers

help-numbers = Nummerbeholdningen
help-numbers-list = Vis nummerbeholdningen
help-numbers-list--mobile = Kun mobilnumre (Webex Mobile-mærket)
help-numbers-list--filter = Nummeret som skrevet (E.164 eller national form), placering, ejer eller ejerens lokalnummer
help-numbers-list--limit = Højst så mange rækker (0 = alle)
help-numbers-list--offset = Spring så mange rækker over
help-numbers-add-mobile = Tilføj mobilnumre (kommasepareret, højst 20) under en godkendt operatørkonto (MO02, MO03)
help-numbers-add-mobile-long =
    Tilføj mobilnumre (kommasepareret, højst 20) under en godkendt operatørkonto (MO02, MO03)

    I en rigtig organisation hører operatørkonti til Control Hub (ingen offentlig API): angiv placeringen; Webex validerer hvert nummer, og de tilføjes 20 pr. anmodning (højst 100).
help-numbers-add-mobile--account = Operatørkontoens id (lokal backend)
help-numbers-add-mobile--location = Placeringen (navn eller Webex-id): en rigtig organisations måde; lokalt dens operatørkonto
help-numbers-add-mobile--numbers = NUMBER[,NUMBER...]
help-numbers-add-mobile--check = Valider kun: vis hvert nummers tilstand, og tilføj intet
help-numbers-assign-primary = Gør et mobilnummer til brugerens primære nummer; en Webex Go-enhed fra mobiloperatøren følger med (MO05, MO06)
help-numbers-assign-primary--subscription = Webex Go-abonnementet, når flere har licenser (WG02)
help-numbers-assignable = Ikke-tildelte mobilnumre, som denne bruger kan få (fra brugerens placering)

## wxgo subscriptions

help-subscriptions = Abonnementer og deres Webex Go-licenspuljer
help-subscriptions-list = Abonnementer med Webex Go-licenser: pulje, brugt, ledige

## wxgo operator-accounts

help-operator-accounts = Mobiloperatørkonti pr. placering (Webex Go gennem en mobiloperatør)
help-operator-accounts-add = Anmod om en operatørkonto til en placering; id'et indtastes to gange og ligger fast, når det er bekræftet (MO01)
help-operator-accounts-add--yes = Bekræft: operatørkontoens id kan ikke ændres senere
help-operator-accounts-list = Operatørkonti med deres godkendelsesstatus og hvad der skal gøres (MO02)

## wxgo operator

help-operator = Mobiloperatørens side: godkend eller afvis en kontoanmodning
help-operator-authorize = Operatøren godkender kontoen: nu kan der tilføjes numre
help-operator-reject = Operatøren afviser kontoen

## wxgo phone

help-phone = Telefonens side: hvad brugeren gør på telefonen
help-phone-activate = Telefonen indløser en aktiveringskode: enheden bliver Online
help-phone-disable = Brugeren deaktiverer Webex Go-linjen på telefonen: Offline
help-phone-enable = Brugeren aktiverer den igen: Online
help-phone-remove-line = Brugeren fjerner linjen fra telefonen: Afventer aktivering (WG11)

## wxgo broadworks

help-broadworks = Klargøring med BroadWorks flow-through
help-broadworks-list = Abonnenter med BroadWorks-id, pakke, status og fejl (BW03)
help-broadworks-list--exclude-provisioned = Kun dem, der afventer eller har fejl (BW05)
help-broadworks-export = Abonnentlisten som CSV på standardoutput eller i --out FILE (BW05)
help-broadworks-retry = Prøv aktivering igen: indtast en gyldig e-mail, og onboard abonnenten (BW04)
help-broadworks-delete = Slet abonnenten, så brugeren kan prøve igen efter en konfigurationsændring (BW04)
help-broadworks-package = Skift pakketype: softphone, basic, standard eller premium (BW04)
help-broadworks-error = Udskriv abonnentens fejltekst (BW04 "Kopier fejltekst")
help-broadworks-templates = Kundeskabeloner, og om de er sat op til flow-through med ikke-betroede e-mails (BW01)

## wxgo portal

help-portal = Brugerens side af BroadWorks flow-through: aktiveringsportalen
help-portal-claim = Brugeren gør krav på en BroadWorks-konto ved at skrive en e-mail i aktiveringsportalen
help-portal-verify = Brugeren bekræfter e-mailen: klargøringen kører og ender klargjort eller med fejl

## wxgo mail

help-mail = Mailkøen: beskeder, der venter i udbakken, og afsendelse af dem med SMTP (WG04)
help-mail-list = Beskederne, der venter i udbakken
help-mail-retry = Send de ventende beskeder gennem SMTP-serveren; sendte flyttes til outbox/sent/

## wxgo calls

help-calls = Opkaldsposter fra Webex' rapport over detaljeret opkaldshistorik (WG15)
help-calls-import = Importér Webex' rapport over detaljeret opkaldshistorik (CSV)
help-calls-list = Opkaldsposter, nyeste først
help-calls-list--user = Kun denne brugers opkald
help-calls-list--webex-go = Kun Webex Go-opkald (underklienttype MOBILE_NETWORK, WG15)

## wxgo directory

help-directory = Directory-synkronisering: brugere og deres Webex-opkald fra en eksport fra directory (AL02, AL05)
help-directory-template = Udskriv den CSV-overskrift, en eksport fra directory skal have: e-mail, visningsnavn, arbejdstelefonnummer, afdeling
help-directory-sync = Opret og opdater brugere fra en eksport fra directory (CSV); brugere, hvis skabelon giver Webex-opkald, får det, når deres arbejdstelefonnummer består alle kontroller (AL02); klargjorte brugere beholder deres opsætning (AL05)
help-directory-sync--file = Eksporten fra directory (UTF-8-CSV, med den overskrift, `wxgo directory template` udskriver)
help-directory-sync--dry-run = Kontrollér hver række, og ændr intet; i en rigtig organisation vises også de anmodninger, der ville blive sendt (`--json`: feltet `requests`)
help-directory-sync--serial = I en rigtig organisation: én anmodning ad gangen i stedet for op til 8

## wxgo licences

help-licences = Licensskabeloner: vis dem, tildel en manuelt, anvend en igen på eksisterende brugere (AL01, AL03, AL06)
help-licences-templates = Licensskabeloner, for hele organisationen eller pr. gruppe, og de brugere, hver omfatter (AL03)
help-licences-template-save = Opret en licensskabelon, eller ret den med dette navn (AL03). Brugere beholder de licenser, de har; skabelonen bestemmer, hvad synkronisering, tildeling og anvendelse igen giver fremover
help-licences-template-save--name = Skabelonens navn
help-licences-template-save--group = Til brugerne i denne directory-gruppe (afdeling)
help-licences-template-save--org-wide = Til hele organisationen (det er en ny skabelon, medmindre --group er angivet)
help-licences-template-save--calling = Giver Webex Calling Professional
help-licences-template-save--no-calling = Giver ikke Webex-opkald (det gør en ny skabelon ikke, medmindre --calling er angivet)
help-licences-template-save--licences = Andre licenser, den giver, kommasepareret: calling_basic, meetings, messaging ("" for ingen); udelades indstillingen, beholdes det, skabelonen har
help-licences-template-delete = Slet en licensskabelon; ingen bruger mister en licens, den har
help-licences-template-delete--name = Skabelonens navn
help-licences-assign = Manuel tildeling: giv omfattede brugere licens med en placering og et nummer og/eller lokalnummer hver (AL01, AL03)
help-licences-assign--template = Licensskabelonen (den skal give Webex-opkald)
help-licences-assign--from = En CSV-fil med kolonnerne email, location, number (og eventuelt extension), én bruger pr. række
help-licences-assign--user = Én bruger, efter e-mail (med --location og --number og/eller --extension)
help-licences-assign--number = Et ikke-tildelt E.164-nummer på den placering: bliver brugerens primære nummer
help-licences-assign--dry-run = Kontrollér hver række, og ændr intet; i en rigtig organisation vises også de anmodninger, der ville blive sendt (`--json`: feltet `requests`)
help-licences-assign--serial = I en rigtig organisation: én anmodning ad gangen i stedet for op til 8
help-licences-reapply = Anvend en skabelon igen på eksisterende brugere: giv licens til hver omfattet bruger uden Webex-opkald (AL06)
help-licences-reapply--no-preserve = Slå "Bevar licenser for eksisterende brugere" fra: omfattede brugere, hvis skabelon ikke giver opkald, mister det, med deres voicemailindstillinger, numre og opkaldstjenester, for altid
help-licences-reapply--yes = Bekræft --no-preserve (uden den vises kun antallet af brugere, det ville ramme)
help-licences-reapply--dry-run = Kontrollér hver række, og ændr intet; i en rigtig organisation vises også de anmodninger, der ville blive sendt (`--json`: feltet `requests`)
help-licences-reapply--serial = I en rigtig organisation: én anmodning ad gangen i stedet for op til 8

## wxgo login

help-login = Log på Webex for profilen (device grant: en URL, en kode og en QR-kode)
help-login--client-id = Webex-integrationens klient-id (standard: profilens client_id)
help-login--no-qr = Tegn ikke QR-koden

## wxgo logout

help-logout = Slet profilens gemte login
help-logout--purge = Slet også profilens cachelagrede organisationsdata

## wxgo whoami

help-whoami = Hvem Webex-login'et er: person, organisation, roller, scopes, udløb

## wxgo orgs

help-orgs = De organisationer, dette Webex-login administrerer (en partners kunder), og hvilke der er i cachen

## wxgo sync

help-sync = Kopier Webex-organisationen til profilens cache (--org NAME for en partners kunde)
help-sync--full = Læs alt igen: hver person (ikke kun de ændrede) og 30 dages revisionshændelser

## wxgo audit

help-audit = Revisionssporet, nyeste først

## wxgo org

help-org = Organisationens indstillinger

## wxgo why

help-why = Hvorfor kan denne person ikke ringe? Alt om personen samlet, og de sandsynlige årsager med deres løsning
help-why--query = Personen: en e-mail, et nummer (E.164 eller som det ringes i organisationens land), et lokalnummer eller et BroadWorks-bruger-id
help-why--refresh = I en rigtig organisation: læs først personens oplysninger fra Webex (ellers kopien)

## wxgo bench

help-bench = Mål hastighedsmålene på en stor organisation (kør fra et release-build; se benches/run.sh)
help-bench--users = Brugere i den målte organisation (bygget én gang med `wxgo demo --users N`)
help-bench--keys = Målte tastetryk
help-bench--rows = Målte rækker i masseimporten
help-bench--runs = Kørsler af hver tidtaget proces (medianen rapporteres)
help-bench--dir = Hvor benchmark-organisationen gemmes mellem kørsler

## wxgo completions

help-completions = Udskriv shell-fuldførelsesscriptet: kommandoer, flag, profiler, e-mails og enheds-id'er (`source <(wxgo completions bash)`)
help-completions--shell = Den shell, fuldførelsesscriptet udskrives til

## wxgo man

help-man = Udskriv man-siden (roff): `wxgo man > wxgo.1`

## wxgo first-frame

help-first-frame = (benchmarkhjælper) åbn konsollens tjeneste, tegn det første billede, og afslut

## wxgo bench-console

help-bench-console = (benchmarkhjælper) betjen konsollen, og udskriv dens højeste hukommelsesforbrug i kB
