# Tjenestens afvisninger og fejl på dansk. Ord som i Webex' hjælpeartikler (glossary.md).
# Argumenter oversættes aldrig: e-mails, numre, id'er, regel-id'er, steder i Control Hub, kommandoer.

## WG01
wg01-no-professional = { $email } har ingen Webex Calling Professional-licens (har: { $has }). Tildel licensen først.
wg01-no-location = { $email } har ingen placering; giv først brugeren en placering i et Webex Go-land.
wg01-country = placeringen { $location } for { $email } er i { $country }, hvor Webex Go ikke tilbydes. Understøttet her: { $countries }.
wg01-webex-no-calling = { $email } har ingen Webex Calling-licens i Webex' kopi. Tildel en først.
wg01-webex-no-location = { $email } har ingen Calling-placering i Webex' kopi.

## WG02
wg02-none = { $org } har intet abonnement med Webex Go-licenser.
wg02-import-none = { $org } har intet abonnement med Webex Go-licenser, så ingen enhed kan tilføjes.
wg02-choose = mere end ét abonnement har Webex Go-licenser: vælg ét med --subscription: { $subscriptions }
wg02-full = abonnement { $subscription } har ingen ledig Webex Go-licens ({ $used } af { $total } i brug). Slet en ubrugt enhed, eller vælg et andet abonnement: { $subscriptions }

## WG03
wg03-free = { $free ->
    [none] { $place } har intet ledigt nummer; tilføj numre først.
   *[other] ledige numre i { $place }: { $free }
}
wg03-has-primary = { $email } har allerede det primære nummer { $number }; en BYOD-enhed beholder det. Udelad --number.
wg03-no-primary = { $email } har intet primært nummer: vælg et med --number. { wg03-free }
wg03-assigned = { $number } er allerede tildelt { $owner }. { wg03-free }
wg03-other-location = { $number } hører til { $its }, ikke til placeringen { $location } for { $email }. { wg03-free }
wg03-mobile = { $number } er et mobilnummer: tildel det med { $command } (Webex Go via en mobiloperatør, MO05). { wg03-free }
wg03-webex-choose = { $email } har intet nummer i Webex' kopi, og et nummer valgt her sendes ikke til Webex: giv først brugeren et nummer ({ $place }), og tilføj så enheden uden --number.
wg03-webex-none = { $email } har hverken nummer eller lokalnummer i Webex' kopi: giv først brugeren et ({ $place }).

## WG04
wg04-suppressed = { $org } undertrykker e-mails: kopiér eller udskriv koden i stedet.
wg04-import-suppressed = { $org } undertrykker e-mails, så koderne kan ikke sendes med e-mail. Importér med --no-email og --codes-file FILE for selv at udlevere koderne (eller udskriv breve).

## WG05
wg05-not-its-code = det er ikke en aktiveringskode til { $device } ({ $email }). Kontrollér den, eller udsted en ny kode med { $command }.
wg05-code-spent = den kode til { $device } kan ikke længere aktivere en telefon: { $why }. Udsted en ny med { $command }.
wg05-no-longer-valid = denne kode er ikke længere gyldig (brugt, erstattet eller udløbet); udsted en ny kode, og send den med e-mail
wg05-not-pending = en ny aktiveringskode kan kun genereres, mens enheden har status Afventer aktivering; den er { $status }. Brugeren fjerner først Webex Go-linjen fra telefonen (WG11), eller brug Mistet/stjålet, hvis telefonen er væk (WG08)

## WG06
wg06-unknown = denne aktiveringskode er ukendt: kontrollér, at den er skrevet rigtigt
wg06-used = denne aktiveringskode er allerede brugt; en kode virker én gang. Bed administratoren om en ny.
wg06-superseded = der er udstedt en nyere kode til denne enhed, som gjorde denne ugyldig (WG05).
wg06-revoked = denne kode blev tilbagekaldt, da telefonen blev meldt mistet eller stjålet (WG08).
wg06-expired = denne aktiveringskode udløb { $at }. Bed administratoren om en ny.

## WG08, WG10
wg08-operator-sim = denne linje kommer fra mobiloperatørens SIM: meld den mistede telefon til operatøren; Mistet/stjålet her gælder BYOD-linjer
wg10-already-disabled = linjen er allerede deaktiveret (Offline)
wg10-already-enabled = linjen er allerede aktiveret (Online)
wg10-unknown = Webex oplyser ikke, hvilken tilstand enheden er i (status ukendt), så dens linje kan ikke ændres her
wg10-pending = enheden har status Afventer aktivering: ingen telefon har aktiveret den endnu, så der er ingen linje på en telefon at ændre

## MO
mo01-confirm = bekræft operatørkonto-id'et { $id }: når det er bekræftet, kan det ikke ændres (tilføj --yes)
mo01-differ = operatørkonto-id'et og bekræftelsen er forskellige: skriv det samme id to gange
mo02-not-authorized = operatørkonto { $account } er { $status }: numre kan først tilføjes, når den er godkendt. { $advice }
mo02-decided = operatørkonto { $account } er allerede { $status }; kun en ventende anmodning kan afgøres
mo03-too-many = { $n } numre i én post; tilføj højst { $max } ad gangen
mo03-webex-too-many = { $n } numre i én post: i en rigtig organisation tager wxgo højst { $max } ad gangen ({ $per } sendes pr. anmodning); del posten op. Intet blev sendt.
mo05-assigned = { $number } er allerede tildelt { $owner }
mo05-other-location = { $number } hører til { $its }, men { $email } er i { $location }: et mobilnummer kan kun tildeles en bruger på dets placering
mo06-no-professional = { $email } har ingen Webex Calling Professional-licens; kun sådanne brugere kan få et mobilnummer

## BW
bw01-template = kundeskabelonen "{ $template }" for { $id } accepterer ikke e-mails, der ikke er tillid til ({ $gap }), så klargøringen ville mislykkes igen ({ $error }). Ret skabelonen først: markér e-mails uden tillid, og sæt delingslinket til aktiveringslinket ({ $place }), og prøv igen. Intet blev ændret.
bw01-no-template = { $id } har ingen kundeskabelon, så klargøringen ville mislykkes igen ({ $error }). Giv abonnentens kunde en skabelon, der accepterer e-mails uden tillid ({ $place }), og prøv igen. Intet blev ændret.
bw02-nothing = { $id } er { $status }: der er intet at gøre krav på i portalen
bw03-not-claimed = { $id } er { $status }: kun en konto, der er gjort krav på og venter på e-mailvalidering, kan bekræftes
bw04-not-failed = { $action } gælder abonnenter med fejl eller ventende; { $id } er { $status }
bw04-webex-not-failed = { $action } gælder abonnenter med fejl eller ventende; ifølge Webex er { $id } { $status }{ $copy ->
        [same] {""}
       *[other] {" "}(wxgo's kopi sagde { $copy }; kør { $command } for at opdatere den)
    }. Intet blev ændret.
bw04-webex-unknown-status = Webex giver { $id } status "{ $status }", som wxgo ikke kender, så { $action } blev ikke udført. Intet blev ændret.
bw04-email = { $code }: { $text } Angiv en anden e-mail.

## AL
al01-location = Webex Calling kræver en placering: angiv en (--location NAME)
al01-number = Webex Calling kræver et lokalnummer og/eller et nummer: angiv et (--number E164 eller --extension DIGITS)
al02-other-location = { $email }: { $number } er klargjort i { $its }, ikke { $location }: angiv et nummer i { $location } eller placeringen { $its }
template-clash = { $org } har allerede { $template }: ret den ({ $command }), eller slet den først
al03-no-calling = skabelonen { $template } giver ikke Webex Calling: ingen får licens gennem den
al03-not-covered = { $email } er ikke omfattet af { $template }: { $theirs ->
        [none] ingen skabelon omfatter brugeren
       *[other] brugerens skabelon er { $theirs }
    }. Ingen licens; redigér licenserne enkeltvis, hvis brugeren har brug for Webex Calling

## Det, backenden ikke kan her
stand-in-only = "{ $action }" er { $who }. Det simuleres kun på den lokale backend (demoen: { $command }), ikke på den rigtige organisation for profilen "{ $profile }". Intet blev ændret.{ also-read-only }
control-hub-only = "{ $action }" har intet offentligt Webex-API: gør det i { $place }, og kør så { $command }. Intet blev ændret.{ also-read-only }
also-read-only = { $readonly ->
        [no] {""}
       *[other] {" "}Profilen er også skrivebeskyttet: { $readonly }.
    }

## En person er ændret i Webex
person-changed = { $email } er ændret i Webex, siden din kopi blev synkroniseret ({ $fields }). Intet blev sendt: wxgo skriver kun en person over den kopi, du så. Kør { $command } (F i konsollen), se på personen igen, og gentag ændringen.

## For mange forkerte aktiveringskoder
throttled-source = { $n } forkerte aktiveringskoder fra { $from } inden for de sidste { $minutes } minutter, så denne kode blev ikke kontrolleret. Prøv igen efter { $until }. Hver forkert kode inden for { $minutes } minutter efter de sidste starter ventetiden forfra: kontrollér først koden i e-mailen eller brevet (16 bogstaver og cifre).
throttled-device = { $n } forkerte aktiveringskoder til { $from } inden for de sidste { $minutes } minutter, så denne kode blev ikke kontrolleret. Prøv igen efter { $until }. Hver forkert kode inden for { $minutes } minutter efter de sidste starter ventetiden forfra: kontrollér først koden i e-mailen eller brevet (16 bogstaver og cifre).

## Annullerede kørsler
cancelled-licensing = annulleret efter { $done } af { $total } brugere: intet blev ændret
cancelled-import = annulleret under { $phase ->
        [reading] læsning
        [checking] kontrol
        [adding] tilføjelse
        [saving] lagring
       *[emailing] afsendelse af e-mails
    } ({ $done } af { $total } rækker): intet blev tilføjet
cancelled-sync = synkroniseringen blev annulleret; cachen beholder sin sidste fuldstændige tilstand (intet fra denne synkronisering blev gemt)

## Skrivebeskyttet
read-only-db = skrivebeskyttet: databasen er åbnet skrivebeskyttet, så "{ $action }" blev ikke udført. Åbn den uden --read-only for at foretage ændringer.
read-only-for = skrivebeskyttet: "{ $action }" blev ikke sendt til Webex, fordi { $why }. Intet blev ændret.

## Numre og lokalnumre (inputtet vises som skrevet; eksempelnumrene oversættes ikke)
e164-none = intet nummer angivet
e164-no-plus = "{ $input }" er ikke E.164: det skal begynde med + og landekoden, f.eks. +12145550100
e164-not-digit = "{ $input }" er ikke E.164: '{ $bad }' er ikke et ciffer (skriv kun + og cifre, f.eks. +12145550100)
e164-zero = "{ $input }" er ikke E.164: en landekode begynder aldrig med 0
e164-length = "{ $input }" er ikke E.164: det har { $n ->
        [one] { $n } ciffer
       *[other] { $n } cifre
    }, et fuldt internationalt nummer har 8 til 15
extension-invalid = "{ $extension }" er ikke et lokalnummer: skriv 2 til 10 cifre, f.eks. 4021
## Ord og koder, som de er skrevet eller læst tilbage (værdien som givet; softphone, pending, online ... er ordene, der skal skrives, og oversættes ikke)
bw-status-unknown = ukendt BroadWorks-status "{ $status }"
package-unknown = ukendt pakke "{ $package }": brug softphone, basic, standard eller premium
email-invalid = "{ $email }" er ikke en gyldig e-mailadresse (som navn@example.com)
code-length = en aktiveringskode har { $n } bogstaver og cifre (som K7QX-M2PD-9HTR-4WCE); denne har { $has }
code-symbol = '{ $symbol }' forekommer aldrig i en aktiveringskode (koder bruger 2-9 og A-Z uden I, L og O)
lpa-prefix = en aktiveringsstreng begynder med LPA:1$
lpa-shape = en aktiveringsstreng er LPA:1$<SM-DP+-adresse>$<matching-id>
lpa-matching-id = et matching-id bruger kun A-Z a-z 0-9 og -
device-status-unknown = ukendt enhedsstatus "{ $status }": brug pending, online eller offline
device-kind-unknown = ukendt enhedstype "{ $kind }"
auth-status-unknown = ukendt godkendelsesstatus "{ $status }"
mo01-empty = operatørkonto-id'et er tomt: skriv det id, din mobiloperatør gav dig
mo01-invalid = "{ $id }" er ikke et operatørkonto-id: brug bogstaver, cifre, '-', '_' eller '.', højst 64
field-hazard = værdien har { $character } ved tegn { $position }; fjern det i kilden, og eksportér igen
field-too-long = værdien er { $n } tegn lang; højst { $max } er tilladt
char-line-break = et linjeskift
char-tab = en tabulator
char-escape = et escape-tegn (ESC)
char-bell = et klokketegn (BEL)
char-control = et kontroltegn ({ $code })
char-direction = et skriveretningstegn ({ $code })
char-invisible = et usynligt tegn ({ $code })

## MO02, MO03: hvad der skal gøres ved en operatørkonto, og hvorfor et mobilnummer ikke kan tilføjes ($what: hvor nummeret ligger)
mo02-advice-pending = Godkendelsen afventer; den kan tage op til 48 timer. Kontakt dit mobilselskab, hvis din mobiladministrator ikke har modtaget en godkendelsesanmodning.
mo02-advice-failed = Godkendelsen mislykkedes. Kontakt din mobiloperatør.
mo02-advice-authorized = Godkendt: du kan nu tilføje mobilnumre.
mo03-in-list-twice = skrevet mere end én gang i denne liste
mo03-no-plan = { $number } er ikke et gyldigt nummer i nogen nummerplan
mo03-other-country = { $number } er et nummer fra { $its }, ikke fra placeringens land { $country }
mo03-in-inventory = allerede i beholdningen ({ $what })
mo03-other-org = i brug af en anden organisation
mo03-fixed-line = { $number } er et fastnetnummer, ikke et mobilnummer
held-standard-of = standardnummer for { $owner }
held-mobile-of = mobilnummer for { $owner }
held-standard-free = ikke-tildelt standardnummer
held-mobile-free = ikke-tildelt mobilnummer

## Det, der ikke findes (navne, numre og id'er som angivet; $command er en kommando, der skal køres)
names-none = ingen
not-found-user = ingen bruger med e-mailen "{ $email }" i { $org }. Find den med { $command }.
not-found-device = ingen Webex Go-enhed { $device } i { $org }. Vis dem med { $command }.
user-has-no-device = { $email } har ingen Webex Go-enhed.
device-reference = "{ $reference }" er ikke en enhed: angiv dens id (go-12) eller ejerens e-mail
not-found-number = { $number } er ikke i nummerbeholdningen for { $org }
not-found-location = ingen placering "{ $location }" i { $org }
not-found-location-listed = ingen placering "{ $location }" i { $org }; der findes: { $names }
not-found-subscription = intet abonnement { $subscription } med Webex Go-licenser i { $org }; der findes: { $subscriptions }
not-found-account = ingen operatørkonto "{ $account }" i { $org }. Vis dem med { $command }.
not-found-account-for = ingen operatørkonto for placeringen "{ $location }" i { $org }. Tilføj en med { $add }, eller vis dem med { $list }.
not-found-template = ingen licensskabelon "{ $name }"; der findes: { $names }. Vis dem med { $command }.
not-found-org = ingen organisation med navnet "{ $name }" her; der findes: { $names }
not-found-subscriber = ingen BroadWorks-abonnent "{ $id }" i { $org }. Vis dem med { $command }.
not-in-copy = { $email } er ikke i kopien fra Webex (intet Webex-id): kør { $command }, og se igen
why-nobody-given = angiv en e-mail, et telefonnummer eller et lokalnummer
why-no-email = ingen med e-mailen "{ $email }" i { $org }: ingen bruger og ingen BroadWorks-abonnent. Find den med { $command }.
why-no-number = ingen i { $org } har nummeret eller lokalnummeret "{ $number }" (ingen bruger, ingen BroadWorks-abonnent). Find det med { $command }.
not-found-thing = { $what ->
        [device] enheden findes ikke
        [subscription] abonnementet findes ikke
        [operator-account] operatørkontoen findes ikke
       *[other] ikke fundet: { $what }
    }

## Databasen ($file er dens sti, eller db-the-database hvor stien ikke kendes; --db, --read-only og WXGO_DB oversættes ikke)
db-the-database = databasen
db-fuser = `fuser` på databasefilen
db-busy = { $file } er optaget: en anden wxgo (eller et andet program) har holdt den i over { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    }. Intet blev ændret. Prøv igen; hvis den forbliver optaget, så find en hængende proces med { $command }.
db-read-only = { $file } kan ikke skrives (filen eller dens mappe er skrivebeskyttet). Intet blev ændret. Brug --read-only for at se den, eller ret tilladelserne.
db-damaged = { $file } er ikke en wxgo-database, eller den er beskadiget. Intet blev ændret. Peg --db på den rigtige fil, eller gendan den fra en sikkerhedskopi.
db-cannot-open = { $file } kan ikke åbnes (en manglende mappe eller ingen tilladelse: ud over filen skal SQLite oprette { $file }-wal og { $file }-shm i dens mappe). Intet blev ændret. Brug --read-only for at se den, eller tjek stien og dens tilladelser.
db-disk-full = disken med { $file } er fuld. Intet blev ændret. Frigør plads, og prøv igen.
db-constraint = det ville bryde en regel for dataene ({ $error }). Intet blev ændret.
db-other = databasefejl i { $file }: { $error }
db-foreign-kept = { $file } er ikke en wxgo-database: { $why }. Intet blev ændret: wxgo erstatter kun sine egne databaser. Vælg en anden fil med --db (eller slet selv denne, hvis den ikke længere skal bruges).
db-folder = { $file } er en mappe, ikke en database. Intet blev ændret. Peg --db på en databasefil.
db-empty = { $file } er tom: der er endnu ingen wxgo-database i den. Intet blev ændret. Opret demo-organisationen i den med { $create }, brug demoen med { $demo }, eller peg --db på din database.
db-foreign = { $file } er ikke en wxgo-database: { $why }. Intet blev ændret. Peg --db på en wxgo-database eller på en ny fil for at oprette en ({ $command }).
db-newer = { $file } blev skrevet af en nyere wxgo (skemaversion { $version }; denne wxgo kender op til { $known }). Intet blev ændret. Opgrader wxgo for at åbne den.
db-older = { $file } er en wxgo-database med skemaversion { $version }; denne wxgo læser version { $from } til { $known }. Intet blev ændret. Åbn den én gang uden --read-only for at opgradere den.
db-upgrade-failed = { $file } kunne ikke opgraderes til skemaversion { $known }. Intet blev ændret. Gendan den fra en sikkerhedskopi, eller rapportér det med den wxgo-version, der skrev den.
db-wal-unreadable = { $file } kan ikke læses her: dens mappe kan ikke skrives, og { $wal } rummer nye ændringer, som SQLite kun kan læse med en { $shm }-fil ved siden af. Intet blev ændret. Kopiér databasen med dens -wal-fil til en mappe, du kan skrive i, eller åbn den én gang, hvor dens mappe kan skrives.
db-none = der er ingen database på { $file }. Intet blev oprettet. Tjek --db (eller WXGO_DB) for en tastefejl; brug demo-organisationen med { $demo }; eller opret demo-organisationen der med { $create }.
db-none-folder = der er ingen database på { $file } (mappen { $folder } findes heller ikke). Intet blev oprettet. Tjek --db (eller WXGO_DB) for en tastefejl; brug demo-organisationen med { $demo }; eller opret demo-organisationen der med { $create }.
db-foreign-damaged = dens skemaversion er { $version }, som ingen wxgo skriver (den er beskadiget)
db-foreign-application = den tilhører et andet program (application id { $id })
db-foreign-version = dens skemaversion er { $version }, som ingen wxgo skriver
db-foreign-tables = den har { $n ->
        [one] { $n } tabel
       *[other] { $n } tabeller
    } og intet wxgo-mærke: den tilhører et andet program
db-foreign-not-ours = den har skemaversion { $version }, men ikke wxgos tabeller
db-schema-not-created = kunne ikke oprette skemaet: { $error }
db-devices-short = { $added } af { $total } enheder blev tilføjet; intet blev gemt

## CSV-filer (filens navn, linjer, kolonner og celler som de er; Control Hubs kolonnenavne oversættes ikke)
csv-save-as-utf8 = Gem den som UTF-8-CSV (Excel: Filer > Gem som > "CSV UTF-8 (kommasepareret)"; LibreOffice: Gem som > Tekst CSV, tegnsæt Unicode (UTF-8)), og prøv igen.
csv-utf16 = { $source } er gemt som UTF-16 ("Unicode-tekst"), ikke som UTF-8-CSV. { csv-save-as-utf8 }
csv-not-utf8 = { $source } er ikke UTF-8: byte { $byte } på linje { $line } er ikke UTF-8-tekst (filen ser ud til at være gemt som Latin-1 / Windows-1252, f.eks. "CSV (semikolonsepareret)"). { csv-save-as-utf8 }
csv-malformed = { $source } linje { $line }: dette er ikke velformet CSV ({ $error }). Se efter et anførselstegn, der åbnes og aldrig lukkes.
csv-empty = { $source } er tom: den har ingen overskriftsrække og ingen rækker
## Directory-eksporten (directory-synkronisering: filens sti, linjer, kolonner, overskrifter og værdier, som de er)
dir-cannot-read = kan ikke læse directory-filen { $path }: { $error }
dir-io = kan ikke læse directory-filen: { $error }
dir-line = linje { $line }: { $what }. Intet blev ændret; ret filen, og synkronisér igen.
dir-cell = linje { $line }, kolonne { $column } ({ $name }): { $what }. Intet blev ændret; ret filen, og synkronisér igen.
dir-same-column = denne kolonne siger det samme som kolonne { $column } ({ $name })
dir-no-email-column = linje 1: overskriften har ingen e-mailkolonne (den har: { $has }). Forventet: { $expected }. Intet blev ændret.
dir-email-empty = e-mailen er tom
dir-not-email = "{ $value }" er ikke en e-mailadresse
dir-email-twice = { $email } står også på linje { $first }; hver bruger må kun stå der én gang
dir-column-missing = kolonne { $column } ({ $name }) mangler
dir-column-extra = kolonne { $column } er én for mange
dir-fields = linje { $line }: rækken har { $len ->
        [one] { $len } felt
       *[other] { $len } felter
    }, men overskriften har { $expected }: { $column }. Sæt felter, der indeholder kommaer, i anførselstegn. Intet blev ændret; ret filen, og synkronisér igen.
dir-not-utf8 = linje { $line }, kolonne { $column }: ikke UTF-8-tekst. Gem eksporten som UTF-8 (CSV UTF-8), og synkronisér igen; intet blev ændret.
dir-not-csv = linje { $line }: filen er ikke gyldig CSV ({ $error }). Intet blev ændret.

## Masseimportens problemer i en række (vist efter dens linje og kolonne)
sheet-column-twice = kolonnen "{ $column }" findes to gange (kolonne { $first } og { $second }); behold én
sheet-no-column = overskriften har ingen kolonne "{ $column }". Start fra skabelonen: { $command }
sheet-no-subscription-column = overskriften har ingen kolonne { $column }, så ingen række vælger det abonnement, dens licens kommer fra. Start fra skabelonen: { $command }
sheet-empty-write = er tom; skriv { $want }
sheet-not-fixed = er "{ $value }"; en række for en Webex Go-enhed har { $want }
sheet-mac = er "{ $value }"; en Webex Go-enhed har ingen MAC-adresse: lad den være tom
sheet-not-true-false = er "{ $value }"; skriv TRUE for det abonnement, licensen kommer fra, ellers FALSE eller intet
sheet-no-true = intet abonnement er markeret TRUE: markér det, licensen kommer fra ({ $columns })
sheet-many-true = { $n } abonnementer er markeret TRUE; en licens kommer fra præcis ét: markér kun ét
sheet-no-user = er tom; skriv brugerens e-mail
sheet-user-twice = { $email } står også på linje { $first }: en bruger har én Webex Go-enhed, så behold én række
sheet-extension = lokalnummeret for { $email } er { $theirs }, ikke { $given }: ret det, eller lad Extension være tom
sheet-no-location = ingen placering
sheet-location = { $email } er i { $theirs }, ikke i { $given }: ret det, eller lad Location være tom
sheet-number-twice = { $number } er også valgt på linje { $first } (for { $other }): vælg et andet ikke-tildelt nummer fra { $location }

## Masseimportens rapport

## Login (kommandoer, miljøvariabler, scopes og stier oversættes ikke; $why og $words er Webex' egne ord, som Webex giver dem)
signin-not-yet = denne profil er endnu ikke logget ind på Webex. Kør { $login } (eller angiv WEBEX_TOKEN).
signin-env-unset = { $var } er ikke angivet (eller er tom). Læg et Webex-adgangstoken i den (eller udelad --token-env for at bruge profilens gemte login).
signin-token-empty = Webex-tokenet er tomt. Angiv WEBEX_TOKEN, eller log ind med { $login }.
signin-expired-no-refresh = Webex-login er udløbet, og der er intet opdateringstoken. Log ind igen med { $login }.
signin-refresh-too-old = Webex-login er udløbet (opdateringstokenet er for gammelt). Log ind igen med { $login }.
signin-renew-refused = Webex afviste at forny login ({ $why }): opdateringstokenet er tilbagekaldt eller udløbet. Log ind igen med { $login }.
signin-bad-answer-token = Webex' svar på { $path } indeholder et token med et kontroltegn eller et linjeskift, som ikke kan sendes i en forespørgsel: det blev hverken brugt eller gemt. Log ind igen med { $login }; sker det igen, så rapportér det til Cisco-support.
signin-start-refused = Webex afviste at starte login ({ $why }). Kontrollér integrationens klient-id, og at den tillader de ønskede scopes ({ $scopes }).
signin-declined = login blev afvist i browseren. Kør { $login } igen, hvis det var en fejl.
signin-refused = Webex afviste login ({ $why }). Kontrollér integrationens klient-id og klienthemmelighed, og kør derefter { $login } igen.
signin-code-expired = login-koden udløb, før den blev godkendt. Kør { $login } igen.
token-unsendable = Webex-tokenet indeholder et tegn, der ikke kan sendes; skaf et nyt
token-the = Webex-tokenet
token-in = Webex-tokenet i { $var }
token-line-break = et linjeskift
token-control = et kontroltegn ({ $code })
token-space = et mellemrum
token-odd-character = et tegn, som et token aldrig har ({ $code })
token-bad-character = { $token } har { $what } ved tegn { $at } af { $n }: det kan ikke sendes, og intet blev sendt. Kopiér tokenet igen (én linje, intet omkring det), eller log ind med { $login }.
token-profile-name = profilnavnet "{ $name }" skal bestå af bogstaver, cifre, - eller _ (højst 64)
token-cannot-encode = kan ikke kode tokens: { $error }
token-file-cannot = { $what ->
        [create] kan ikke oprette tokenfilen i { $dir }: { $error }
        [write] kan ikke skrive tokenfilen i { $dir }: { $error }
        [protect] kan ikke beskytte tokenfilen i { $dir }: { $error }
       *[replace] kan ikke erstatte tokenfilen i { $dir }: { $error }
    }
token-file-cannot-read = kan ikke læse tokenfilen { $path }: { $error }
token-stored-unreadable = det gemte login kan ikke læses; kør { $login } igen for at erstatte det
token-no-home = kan ikke finde en hjemmemappe til tokenfilen; angiv XDG_STATE_HOME
keyring-no-thread = kan ikke starte kaldet til nøgleringen: { $error }
keyring-timeout = systemets nøglering svarede ikke inden for { $seconds } s (er den låst?)

## Webex afviste tokenet (401) eller forespørgslen (403): $said er Webex' egne ord med webex-says omkring, $tracking ordene om trackingId (begge tomme, når Webex ikke gav nogen)
webex-says = Webex siger: "{ $words }".
webex-tracking = trackingId { $id } (oplys det til Cisco-support).
webex-401 = Webex accepterede ikke login til { $method } { $path } (401: tokenet er udløbet eller tilbagekaldt).{ $said } Log ind igen med { $login } (eller angiv et nyt token i WEBEX_TOKEN).{ $tracking }
webex-401-env = Webex accepterede ikke tokenet i { $var } til { $method } { $path } (401: det er udløbet eller tilbagekaldt).{ $said } Læg et nyt token i { $var } (et gemt login bruges ikke, så længe { $var } er angivet).{ $tracking }
webex-403 = Webex afviste { $method } { $path } (403 Forbidden): tokenet mangler det scope eller den rolle, det skal bruge: { $scope }.{ $said } Log ind med en administrator og en integration, der har det ({ $login }).{ $tracking }
webex-403-env = Webex afviste { $method } { $path } (403 Forbidden): tokenet i { $var } mangler det scope eller den rolle, det skal bruge: { $scope }.{ $said } Læg et token i { $var } fra en administrator, der har det.{ $tracking }
scope-with-role = { $scope } ({ $role })
scope-unknown = et administratorscope til denne forespørgsel
role-full-admin = fuld administrator
role-partner-admin = partneradministrator
role-partner-full-admin = fuld partneradministrator
role-full-or-partner-admin = fuld administrator eller partneradministrator

## Profiler og konfigurationsfilen ($file er dens sti, $at filen og profilens sektion; nøgler, værdier og profilnavne oversættes ikke)
profiles-there = (der er: { $names })
profile-unknown = der er ingen profil "{ $name }" ({ $from }) i { $file }; tilføj en sektion [profiles.{ $name }] dér{ $there }
profile-default-unknown = { $file }: default_profile = "{ $name }" angiver ingen profil; tilføj [profiles.{ $name }], eller ret navnet{ $there }
profile-secret-needed = Webex-integrationens klienthemmelighed skal bruges for at logge ind: angiv { $var }, eller angiv en fil med client_secret_file i [profiles.{ $name }] i { $file }
config-not-toml = { $file } er ikke gyldig TOML: { $error }
config-default-profile-name = { $file }: default_profile tager et profilnavn i anførselstegn (bogstaver, cifre, - eller _), f.eks. default_profile = "acme"
config-profile-section = { $file }: profiles.{ $name } skal være en sektion: skriv [profiles.{ $name }]
config-profiles-sections = { $file }: profiles er en række sektioner: skriv [profiles.NAME] med backend = "webex"
profile-name-invalid = { $at }: et profilnavn består af bogstaver, cifre, - eller _ (højst 64)
profile-unknown-key = { $at }: ukendt nøgle { $key }; nøglerne er { $keys }
profile-takes-text = { $at } { $key } tager tekst i anførselstegn
profile-takes-bool = { $at } { $key } tager true eller false
profile-backend-missing = { $at }: backend mangler; skriv backend = "webex" (eller "local")
profile-backend-unknown = { $at } backend = "{ $backend }": brug "webex" eller "local"
profile-base-url-refused = { $at } base_url = "{ $url }": { $error }
profile-base-url-not-https = { $at } base_url = "{ $url }" er ikke en https://-URL; f.eks. { $example }
profile-takes-seconds = { $at } { $key } tager sekunder, { $min } til { $max }
profile-secret-inline = { $at } client_secret: en hemmelighed skrives aldrig i konfigurationen; læg den i en fil, som client_secret_file angiver, eller i en miljøvariabel, som client_secret_env angiver
profile-secret-env-name = { $at } client_secret_env angiver en miljøvariabel (bogstaver, cifre, _), ikke selve hemmeligheden
config-secret-at-top = { $file }: { $key } øverst i filen: en hemmelighed skrives aldrig i konfigurationen (alle, der kan læse filen, en sikkerhedskopi eller en skærmdeling, ville have den). Fjern den, og giv profilen hemmeligheden med client_secret_env = "VAR" (en miljøvariabel) eller client_secret_file = "PATH" (en fil, som kun du kan læse, chmod 600).
secret-file-readable = { $file }: [profiles.{ $name }] client_secret_file { $path } { $why }, og wxgo bruger ikke en hemmelighed, som andre kan læse (ligesom ssh afviser en læsbar nøgle). Kør { $command } (og undersøg, hvem der kan have læst den), og prøv så igen. Intet blev sendt.
secret-file-readable-by-anyone = kan læses af alle på denne maskine (tilstand { $mode })
secret-file-readable-by-group = kan læses af dens gruppe (tilstand { $mode })
secret-file-cannot-read = { $file }: [profiles.{ $name }] client_secret_file { $path }: kan ikke læses ({ $error }). Ret stien.
secret-file-empty = { $file }: [profiles.{ $name }] client_secret_file { $path } er tom
webex-plain-http = Webex-adressen { $address } er ukrypteret { $scheme }: tokenet og klienthemmeligheden ville gå ukrypteret over netværket. Brug https:// (ukrypteret http:// accepteres kun til denne maskine: localhost, 127.0.0.1, ::1). Intet blev sendt.
ca-file-cannot-read = kan ikke læse ca_file { $path }: { $error }; ret stien i profilen
ca-file-unusable = ca_file { $path } indeholder intet brugbart PEM-certifikat: { $error }
ca-file-empty = ca_file { $path } indeholder intet PEM-certifikat
login-no-client-id = login kræver klient-id'et for en Webex-integration: angiv client_id i [profiles.{ $name }] i { $file } (eller brug --client-id). Opret integrationen på developer.webex.com > My Webex Apps; afsnittet "Connect to your organisation" i README'en viser de scopes, den skal have.
profile-none-chosen = { $command } arbejder på en profil for en rigtig organisation, og ingen er valgt. Tilføj en i { $file }:{ $sample }kør derefter { $login } (eller vælg en med --profile NAME eller WXGO_PROFILE). Se "Connect to your organisation" i README'en.
## Konfigurationsfilens lang, print_command og [smtp], WXGO_SMTP_URL, --lang og WXGO_NOW ($file er konfigurationens sti; nøgler, værdier, koder og eksempler oversættes ikke)
lang-flag-unknown = --lang { $lang }: wxgo taler { $codes }; angiv et af dem (eller udelad --lang)
lang-config-unknown = lang = "{ $lang }" i config.toml: wxgo taler { $codes }; angiv et af dem, eller fjern linjen
clock-not-rfc3339 = WXGO_NOW="{ $value }" er ikke et RFC 3339-tidspunkt ({ $error }); skriv f.eks. 2026-11-22T09:00:00Z
config-print-command = { $file }: print_command tager en kommando i anførselstegn, f.eks. "lp -d office" ("" slår udskrivning fra)
config-smtp-section = { $file }: smtp er en sektion: skriv [smtp] med host, port, starttls, user
smtp-password-file = kan ikke læse SMTP-adgangskodefilen { $path }: { $error }
smtp-takes-text = { $file }: [smtp] { $key } tager tekst i anførselstegn
smtp-takes-bool = { $file }: [smtp] { $key } er true eller false (uden anførselstegn)
smtp-needs-host = { $file }: [smtp] skal have host = "smtp.example.com" (eller fjern sektionen for at bruge udbakkemappen)
smtp-tls-both = { $file }: [smtp] vælg starttls = true (port 587) eller tls = true (port 465), ikke begge
smtp-port = { $file }: [smtp] port er et tal fra 1 til 65535
smtp-url = WXGO_SMTP_URL="{ $url }" { $why }; skriv den som smtp://HOST:PORT (eller smtps://HOST:PORT)
smtp-url-no-scheme = har intet skema
smtp-url-scheme = er ikke en smtp://- eller smtps://-adresse
smtp-url-option = har en indstilling, som wxgo ikke kender ({ $option })
smtp-url-password = indeholder en adgangskode: angiv den i WXGO_SMTP_PASSWORD i stedet, så den holdes ude af proceslister
smtp-url-port = har en port, der ikke er et tal fra 1 til 65535
smtp-url-no-host = har ingen host

## Lister, abonnementer og organisationer (id'er og navne, som de er)
list-next = { $first }, { $next }
subscription-free = { $subscription } ({ $free ->
        [one] { $free } ledig
       *[other] { $free } ledige
    })
sheet-counted-in = { $reason } (rækkerne ovenfor i denne fil talt med)
cache-no-org = cachen for profilen "{ $profile }" indeholder endnu ingen organisation. Kør { $sync } (efter { $login }, eller med WEBEX_TOKEN angivet).
org-not-cached-hint = { $error }. En organisation, der endnu ikke er i cachen, hentes med { $command } (se { $orgs }).

## Opkaldshistorik-importens problemer i en række (vist efter dens linje og kolonne; ORIGINATING og TERMINATING er rapportens ord)
calls-no-column = overskriften har ingen kolonne "{ $column }": er dette Webex' rapport Detailed Call History?
calls-not-time = "{ $value }" er ikke et tidspunkt; rapporten skriver f.eks. 2026-11-20T14:03:11.123Z
calls-not-duration = "{ $value }" er ikke en varighed i sekunder
calls-no-direction = er tom; rapporten skriver ORIGINATING eller TERMINATING

## Masseimportens note efter en rigtig kørsel ($file er kodefilen, $command en kommando, der skal køres)

## Webex' øvrige svar ($said og $tracking som ved 401/403; $status HTTP-status, $attempts hvor mange gange der blev sendt, $last den sidste fejl med overførslens ord, $sync kommandoen, der opdaterer kopien)
webex-404 = Webex har intet på { $method } { $path } (404 Not Found).{ $said } Det er måske slettet i Control Hub; kør { $sync } for at opdatere kopien.{ $tracking }
webex-409 = Webex afviste { $method } { $path } på grund af en konflikt (409): elementet er ændret eller ved at blive ændret.{ $said } Kør { $sync }, tjek det, og prøv igen om lidt.{ $tracking }
webex-423 = Webex har låst { $path } (423), mens en anden ændring bliver færdig.{ $said } Prøv igen om et minut.{ $tracking }
webex-4xx = Webex afviste { $method } { $path } ({ $status }).{ $said } Denne forespørgsel ændrede intet.{ $tracking }
webex-5xx = Webex fejlede på { $method } { $path } ({ $status }).{ $said } Prøv igen senere.{ $tracking }
webex-429 = Webex svarede hele tiden 429 Too Many Requests på { $method } { $path } ({ $attempts ->
        [one] { $attempts } forsøg
       *[other] { $attempts } forsøg
    }). Vent et par minutter og prøv igen, eller send færre forespørgsler ad gangen.{ $tracking }
webex-unreachable = kan ikke nå Webex for { $method } { $path } efter { $attempts ->
        [one] { $attempts } forsøg
       *[other] { $attempts } forsøg
    } ({ $last }). Tjek netværket, proxyen (HTTPS_PROXY, NO_PROXY) og profilens ca_file, og prøv så igen.
webex-no-answer = Webex svarede ikke på { $method } { $path } ({ $last }; { $attempts ->
        [one] { $attempts } forsøg
       *[other] { $attempts } forsøg
    }): ikke afvist, men ukendt, om Webex gjorde det. Det blev ikke sendt igen; wxgo spørger Webex, hvad der findes, før der sendes noget igen for det.
webex-runaway = wxgo stoppede læsningen af listen på { $path }: { $detail }. Intet fra denne liste blev brugt. Prøv igen senere; sker det igen, så kør med --trace FILE og rapportér det til Cisco-support.
webex-decode = Webex svarede på { $path } med noget, wxgo ikke kan læse ({ $detail }). Prøv igen; fortsætter det, så kør med --trace FILE og rapportér det.
webex-cancelled = stoppet, før listen var færdig
webex-read-only = { $method } { $path } blev ikke sendt: dette login er åbnet skrivebeskyttet, så kun læsninger forlader maskinen
webex-cannot-encode = kan ikke kode anmodningen: { $error }
webex-too-many-ids = { $n } person-id'er i én anmodning; Webex accepterer højst { $max }
webex-numbers-per-add = { $n } numre i én anmodning: Webex tager 1 til { $max }; del indtastningen op
webex-cannot-build-url = kan ikke danne URL'en for { $path }: { $error }
webex-cannot-build-request = kan ikke danne anmodningen { $method } { $path }: { $error }
https-cannot-set-up = kan ikke konfigurere HTTPS: { $error }
base-url-not-url = basis-URL'en "{ $url }" er ikke en URL ({ $error }); f.eks. { $example }
base-url-not-https = basis-URL'en "{ $url }" skal begynde med https://
signin-address-not-url = login-adressen { $url } er ikke en URL ({ $error })
signin-cannot-build = kan ikke danne login-anmodningen { $path }: { $error }

## wxgos egne ord om en fejl: $last og $detail ovenfor (værter, statusser, trackingId og overførslens eller parserens ord, som de er)
last-answer-why = det sidste svar var { $status }: { $why }
last-answer-tracking = det sidste svar var { $status }, trackingId { $id }
last-answer = det sidste svar var { $status }
last-no-answer-in = intet svar inden for { $seconds } s
last-no-whole-answer = intet helt svar inden for { $seconds } s
last-cannot-connect = kan ikke oprette forbindelse
last-connection-failed = forbindelsen mislykkedes
last-broke-off = svaret blev afbrudt
last-no-answer-from = intet svar fra { $host } i tide
last-cannot-connect-to = kan ikke oprette forbindelse til { $host }: { $why }
last-request-failed = anmodningen til { $host } mislykkedes: { $error }
runaway-loop-self = side { $page } linker tilbage til sig selv, så den ville aldrig ende
runaway-loop = side { $page } linker tilbage til en allerede læst side af listen, så den ville aldrig ende
runaway-pages = { $pages } sider ({ $items } elementer) og stadig en næste side, mere end nogen organisation har brug for (højst { $max } sider pr. liste)
runaway-full-pages = { $pages } sider ({ $items } elementer) og stadig fulde sider (højst { $max } sider pr. liste)
runaway-items = { $items } elementer på { $mb } MB, mere end nogen organisation har (højst { $max_items } elementer og { $max_mb } MB pr. liste)
decode-signin-answer = login-svaret er ikke det JSON, Webex dokumenterer
decode-too-large = svaret er større end { $mb } MB
decode-empty = tomt svar: { $error }
decode-bad-link = ugyldigt link til næste side: { $error }
decode-other-host = linket til næste side fører til en anden vært ({ $host }); det følges ikke, så tokenet bliver hos API'et
decode-not-a-list = "{ $key }" er ikke en liste
decode-item = element { $i } af "{ $key }": { $error }

## Filer: kodefilen, brevet, en eksport, en mappe ($path som den er, $error systemets ord, som det giver dem)
codes-file-folder = --codes-file { $path } er en mappe; angiv et filnavn, f.eks. { $path }/codes.csv
codes-file-cannot-start = kan ikke skrive kodefilen { $path }: { $error }. Intet blev tilføjet.
codes-file-cannot-open = kan ikke skrive kodefilen { $path }: { $error }. Intet blev sendt til Webex.
codes-file-not-written = kodefilen { $path } kunne ikke skrives ({ $error })
codes-file-cannot-build = kan ikke skrive kodefilen: { $error }
codes-file-symlink = kodefilen { $path } er et symbolsk link: angiv selve filen. Intet blev sendt til Webex.
letter-path-folder = --letter { $path } er en mappe; angiv et filnavn
letter-path-not-writable = brevet { $path } kan ikke skrives ({ $error }); intet blev bedt om hos Webex
letter-cannot-write = kan ikke skrive brevet { $path }: { $error }
letter-qr-too-long = aktiveringsstrengen er for lang til en QR-kode ({ $error }); indtast oplysningerne manuelt
print-command-empty = udskrivningskommandoen er tom
print-command-cannot-run = kan ikke køre udskrivningskommandoen { $command }: { $error }. Brevet ligger i { $file }.
print-command-failed = udskrivningskommandoen { $command } mislykkedes ({ $status }): { $error }. Brevet ligger i { $file }.
letter-written-not-printed = brevet blev skrevet til { $file }, men ikke udskrevet: { $error }
export-cannot-write = kan ikke skrive eksporten { $path }: { $error }
folder-cannot-create = kan ikke oprette mappen { $path }: { $error }
stdout-cannot-write = kan ikke skrive til standardoutput: { $error }
stdout-not-written = kan ikke skrive til standardoutput ({ $error })
out-users-cannot-write = kan ikke skrive brugerlisten til { $path }: { $error }
out-subscribers-cannot-write = kan ikke skrive abonnentlisten til { $path }: { $error }
csv-cannot-write = kan ikke skrive CSV-filen: { $error }
json-cannot-write = kan ikke skrive JSON: { $error }
template-cannot-write = kan ikke skrive skabelonen: { $error }
completions-cannot-write = kan ikke skrive fuldførelsesscriptet: { $error }
man-cannot-write = kan ikke skrive man-siden: { $error }
trace-cannot-open = kan ikke åbne sporingsfilen { $path }: { $error }
runtime-cannot-start = kan ikke starte netværkskørslen: { $error }
file-replaced-readable = { $path } kunne læses af andre (tilstand { $mode }); den blev erstattet af en fil, som kun du kan læse
file-replaced-symlink = { $path } var et symbolsk link; det blev erstattet af en fil, som kun du kan læse (linkets mål er uændret)
code-nowhere = standardoutput er /dev/null (eller blev lukket), og koden hverken sendes pr. e-mail eller udskrives, så ingen ville få den
code-saved-not-shown = { $error }: den nye aktiveringskode for { $device } blev gemt, men ikke vist{ $emailed }; tidligere koder virker ikke længere. Udsted en ny med { $command }.
code-was-emailed = (den blev sendt pr. e-mail til { $email })

## Mail: udbakken og SMTP-serveren ($server er host:port, $error serverens eller systemets ord som givet, $path en fil eller mappe, $retry kommandoen, der sender køen)
smtp-from-invalid = afsenderen "{ $from }" er ikke en e-mailadresse ({ $error }); angiv from = "Name <address>" i [smtp]
mail-to-invalid = "{ $to }" er ikke en e-mailadresse ({ $error })
mail-cannot-build = kan ikke opbygge beskeden: { $error }
smtp-tls-setup = kan ikke sætte TLS op til { $server }: { $error }
smtp-refused = SMTP-serveren { $server } afviste beskeden ({ $error })
smtp-timeout = SMTP-serveren { $server } svarede ikke i tide ({ $error })
smtp-tls-failed = TLS med SMTP-serveren { $server } mislykkedes ({ $error })
smtp-failed = kan ikke sende gennem SMTP-serveren { $server } ({ $error })
mail-queued-retry = { $error }; lagt i udbakken som { $path }: send den senere med { $retry }
mail-not-queued = { $error }; og den kunne ikke lægges i kø: { $queue }
mail-queue-only = ikke sendt: { $reason }; lagt i udbakken som { $path }: ret indstillingerne, og kør så { $retry }
outbox-cannot-create = kan ikke oprette udbakken { $path }: { $error }
outbox-cannot-write = kan ikke skrive til udbakken { $path }: { $error }
outbox-full = udbakken { $path } har for mange beskeder på ét sekund
outbox-cannot-read = kan ikke læse udbakken { $path }: { $error }
file-cannot-read = kan ikke læse { $path }: { $error }
file-cannot-delete = kan ikke slette { $path }: { $error }
file-cannot-write = kan ikke skrive { $path }: { $error }
dir-cannot-create = kan ikke oprette { $path }: { $error }
mail-sent-not-moved = { $path } er sendt, men kan ikke flyttes til { $target }: { $error } (flyt den manuelt, så den ikke sendes to gange)
mail-envelope-unreadable = afsender- eller modtageradressen (From eller To) kan ikke læses

## Udklipsholderen ($error systemets eller tmux' ord som givet; kommandoer, som de køres)
clipboard-off = udklipsholderen er slået fra (clipboard = "off"): markér koden med musen, eller sæt clipboard til auto, osc52 eller tmux
clipboard-no-display = ingen skærm
clipboard-no-system = ingen systemudklipsholder her ({ $error }); brug --clipboard osc52 for at kopiere gennem terminalen
clipboard-system-refused = systemudklipsholderen afviste teksten ({ $error }); prøv --clipboard osc52
clipboard-tmux-off = ikke kopieret: tmux' set-clipboard er { $value }, så intet når din terminals udklipsholder. Kør { $set } (tjek med { $show }), eller markér koden med musen
clipboard-tmux-refused = tmux kunne ikke tage teksten ({ $error }); markér koden med musen
clipboard-terminal-write = kunne ikke skrive til terminalen for at kopiere ({ $error })
clipboard-mode-unknown = ukendt udklipsholdertilstand "{ $mode }": brug auto, native, osc52, tmux eller off
clipboard-mode-at = { $at }: { $error }

## En fejl pakket ind i, hvad den betyder ($error er fejlens egen meddelelse, $tracking " (trackingId ...)" eller tom)
code-not-delivered = Webex udstedte en ny aktiveringskode til { $email }{ $tracking }, men den nåede ikke frem til dig: { $error }. Koden gemmes intetsteds, og Webex har allerede afsluttet den tidligere, så ingen har en gyldig kode nu. Ret det, og udsted så en ny med { $command }.
copy-not-updated = Webex accepterede "{ $action }"{ $tracking }, men wxgo's kopi kunne ikke opdateres: { $error }. Ændringen er foretaget i Webex; kør { $sync } for at se den her.
action-undelivered = { $action } blev ikke udført: { $error }. Intet blev ændret: ingen ny aktiveringskode blev gemt, og en tidligere kode virker stadig. Ret det, og prøv igen.

## En handlings navn i en afvisning; revisionssporet og logfilerne beholder det engelske
action-add-device = tilføj Webex Go-enhed
action-new-code = ny aktiveringskode
action-lost-stolen = mistet/stjålet
action-delete-device = slet Webex Go-enhed
action-import-devices = tilføj flere Webex Go-enheder
action-email-code = send aktiveringskode pr. e-mail
action-phone-activate = telefonen aktiverer koden
action-phone-disable = telefonen deaktiverer linjen
action-phone-enable = telefonen aktiverer linjen igen
action-phone-remove-line = telefonen fjerner linjen
action-add-operator-account = tilføj operatørkonto
action-operator-decides = operatøren beslutter
action-add-mobile-numbers = tilføj mobilnumre
action-validate-mobile-numbers = kontrollér mobilnumre
action-assign-mobile-primary = tildel primært mobilnummer
action-bw-retry = BroadWorks: prøv aktivering igen
action-bw-delete = BroadWorks: slet bruger
action-bw-package = BroadWorks: skift pakke
action-portal-claim = portal: overtag konto
action-portal-verify = portal: bekræft e-mail
action-save-licence-template = gem licensskabelon
action-delete-licence-template = slet licensskabelon
action-directory-sync = synkroniser directory
action-assign-licence-template = tildel licensskabelon
action-reapply-licence-template = anvend licensskabelonen igen
action-set-work-number = angiv arbejdsnummer
action-update-user = opdater bruger
action-send-queued-mail = send ventende e-mails
action-import-calls = importér opkaldsposter
action-create-database = opret databasen { $path }
action-sync-into = synkroniser til { $path }
action-create-demo = opret demoorganisationen
action-logout-purge = logout --purge (slet login og profilens cache); login blev også beholdt
action-refresh-person = opdater denne persons fakta fra Webex (cachen er åbnet med --read-only)

## Why it is read-only (the { $why } of read-only-for)
read-only-why-profile = profilen "{ $profile }" er skrivebeskyttet (read_only = true i { $file })
read-only-why-no-write-scope = login ikke har noget skrive-scope (det har { $scopes })
read-only-why-role = den loggede administrator har en skrivebeskyttet rolle ({ $role })
read-only-why-opened = den blev åbnet med --read-only
read-only-why-opened-db = den blev åbnet med --read-only
