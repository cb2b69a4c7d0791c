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
device-already = { $email } har allerede en Webex Go-enhed ({ $device }, { $status }). Udsted en ny kode, meld den mistet eller stjålet, eller slet den først.
lost-stolen-not-here = mistet/stjålet kan ikke udføres her
phone-demo-only = telefonens side simuleres kun i demoen
code-generator-repeats = kodegeneratoren gentager sig selv hele tiden; ingen kode blev udstedt
code-unusable = Webex svarede uden en brugbar aktiveringskode (tom eller ikke til at udskrive). Udsted en ny kode ({ $command }).

## Hvad en ændring af en enhed siger (WG09's besked efter sletning; telefonens side i demoen: $status med Control Hubs ord)
delete-notice = Webex Go-linjen er deaktiveret: brugeren kan ikke længere foretage eller besvare forretningsopkald fra telefonens opkaldsprogram. Brugeren skal selv slette den deaktiverede linje på telefonen (iPhone: Indstillinger > Mobilnetværk > linjen > Slet eSIM; Android: Indstillinger > SIM-kort > linjen > Slet).
phone-activated = { $email } aktiverede Webex Go på telefonen: { $status }.
phone-removed-line = { $email } fjernede Webex Go-linjen fra telefonen: { $status }. Administratoren kan nu udstede en ny kode (WG05).
phone-line-now = Webex Go-linjen for { $email } er nu { $status }.

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
mo03-none = ingen numre angivet: indtast mobilnumre adskilt af kommaer
numbers-request-which = anmodning { $i } af { $total }
mo03-webex-duplicate = allerede i organisationens nummerbeholdning (Webex)
mo03-webex-in-list-twice = skrevet mere end én gang i denne liste (Webex)
mo03-webex-invalid = ikke et gyldigt nummer for denne organisation eller placeringens land (Webex)
mo03-webex-unavailable = ikke tilgængeligt for denne organisation (Webex)
mo03-webex-no-state = Webex angav ingen status for det; det blev ikke tilføjet
mo03-webex-state = Webex' status "{ $state }"; det blev ikke tilføjet
mo03-webex-validates = Webex validerer det, når du gemmer
mo03-sent-once = skrevet mere end én gang i denne liste: sendt én gang
mo03-webex-says = ikke tilføjet: Webex siger: { $why }
mo03-no-answer = ikke kendt, om det blev tilføjet: { $which } fik intet svar (se anmodningen)
mo03-refused-why = ikke tilføjet: Webex afviste { $which }: { $why }
mo03-refused = ikke tilføjet: Webex afviste { $which }
mo03-not-sent = ikke tilføjet: ikke sendt (en tidligere anmodning mislykkedes)
mo02-wait-overdue = Afventer i over { $hours } timer (siden { $since }): kontakt dit mobilselskab; din mobiladministrator har måske ikke modtaget godkendelsesanmodningen.
mo02-wait-pending = Afventer: godkendelsen kan tage op til { $hours } timer; se igen senest { $due } ({ $left } t tilbage).
mo02-failed-now = Mislykket: kontakt din mobiloperatør.
mo02-failed-why = Mislykket ({ $reason }): kontakt din mobiloperatør.
operator-account-exists = operatørkontoen { $id } findes allerede; den kan ikke tilføjes to gange
operator-needed = vælg mobiloperatøren (f.eks. { $example })
operator-accounts-control-hub = operatørkonti hører til Control Hub her
operator-demo-only = operatørens side simuleres kun i demoen
number-not-mobile = { $number } er { $kind ->
        [standard] et standardnummer
       *[other] et nummer af typen { $kind }
    }, ikke et mobilnummer
mobile-byod-first = { $email } har en Webex Go-linje på egen enhed ({ $device }, { $status }); slet den først: en bruger har én Webex Go-linje
webex-location-unknown = ingen placering "{ $location }" i wxgo's kopi af { $org } (der er: { $names }). Intet blev sendt. På en rigtig organisation tilføjes mobilnumre efter placering (operatørkonti hører til Control Hub); kør { $sync }, hvis placeringen for nylig blev tilføjet i Control Hub.
webex-no-operator-accounts = operatørkonto "{ $account }": på en rigtig organisation findes operatørkonti og deres godkendelse kun i Control Hub (intet offentligt API: { $place }), så wxgo har ingen. Angiv placeringen i stedet: { $command }; Webex tilføjer så numrene under placeringens operatørkonto, som skal være godkendt i Control Hub. Intet blev sendt.

## Hvad en anmodning om at tilføje mobilnumre på en rigtig organisation endte med ($why og $error er en fejls egne ord)
numbers-request-no-answer = anmodning { $i } af { $total }: Webex svarede ikke
numbers-request-stopped = anmodning { $i } af { $total }: { $error }
numbers-request-not-sent = ikke sendt: en tidligere anmodning mislykkedes ({ $why })
numbers-request-unreadable = Webex accepterede anmodningen, men wxgo kan ikke se af svaret, hvilke numre den tilføjede: kør { $sync } for at se dem
numbers-request-refused-some = Webex tilføjede ikke { $refused } af de { $n } numre (vist med deres grund)
numbers-request-found-all = Webex svarede ikke, men spurgt bagefter har den alle numre i denne anmodning: de er tilføjet
numbers-request-found-none = Webex svarede ikke, og spurgt bagefter har den ingen af disse numre: ikke tilføjet (en anmodning, der stadig er undervejs, kan endnu tilføje dem: kør { $sync } om et minut, før du tilføjer dem igen)
numbers-request-found-some = Webex svarede ikke; spurgt bagefter har den { $found } af de { $n } numre (de er tilføjet); resten er ikke (kør { $sync } om et minut, før du tilføjer dem igen)
numbers-request-unasked = Webex svarede ikke ({ $why }), og kunne ikke spørges, hvilke numre den tilføjede ({ $error }): det vides ikke. Kør { $sync } for at se placeringens numre, før du tilføjer nogen igen

## BW
bw01-template = kundeskabelonen "{ $template }" for { $id } accepterer ikke e-mails, der ikke er tillid til ({ $gap }), så klargøringen ville mislykkes igen ({ $error }). Ret skabelonen først: markér e-mails uden tillid, og sæt delingslinket til aktiveringslinket ({ $place }), og prøv igen. Intet blev ændret.
bw01-no-template = { $id } har ingen kundeskabelon, så klargøringen ville mislykkes igen ({ $error }). Giv abonnentens kunde en skabelon, der accepterer e-mails uden tillid ({ $place }), og prøv igen. Intet blev ændret.
bw01-gap-untrusted = Ikke-betroede e-mails er ikke markeret
bw01-gap-share-link = Del link er { $link }
bw02-nothing = { $id } er { $status }: der er intet at gøre krav på i portalen
bw03-not-claimed = { $id } er { $status }: kun en konto, der er gjort krav på og venter på e-mailvalidering, kan bekræftes
bw04-not-failed = "{ $action }" gælder abonnenter med fejl eller ventende; { $id } er { $status }
bw04-webex-not-failed = "{ $action }" gælder abonnenter med fejl eller ventende; ifølge Webex er { $id } { $status }{ $copy ->
        [same] {""}
       *[other] {" "}(wxgo's kopi sagde { $copy }; kør { $command } for at opdatere den)
    }. Intet blev ændret.
bw04-webex-unknown-status = Webex giver { $id } status "{ $status }", som wxgo ikke kender, så "{ $action }" blev ikke udført. Intet blev ændret.
bw04-email = { $code }: { $text } Angiv en anden e-mail.
bw-button-retry = Prøv aktivering igen
bw-button-delete = Slet bruger
bw-button-package = Skift pakketype
bw-has-no-error = { $id } har ingen fejl ({ $status })
bw-partner-scopes = en partner-fuld administrators login med scopes { $read } og { $write }
bw-partner-needed = "{ $button }" kræver { $scopes }; dette login har dem ikke. { $error }
bw-webex-field-missing = { $id } har intet { $field } i Webex, som klargøringen kræver: prøv igen i { $place } i stedet. Intet blev ændret.
bw-webex-no-number = { $id } har hverken et primært nummer eller et lokalnummer i Webex, og klargøringen kræver et af dem: ret det i BroadWorks, og prøv så igen. Intet blev ændret.
bw-not-in-copy = { $id } er ikke i kopien fra Webex (intet Webex-id): kør { $sync }, og se igen. Intet blev sendt.
bw-webex-gone = Webex har ingen BroadWorks-abonnent { $id } for dette login: den blev fjernet et andet sted (i Partner Hub eller af BroadWorks), eller dette login er ikke en partneradministrators ("{ $button }" kræver { $scopes }). Intet blev ændret; kør { $sync } for at opdatere listen.{ $tracking }
bw-tracking-none = intet angivet
bw-retry-unknown = "{ $button }" for { $id }: Webex fjernede abonnenten (trackingId { $tracking }) for at klargøre den igen med { $email }, men svarede ikke på klargøringen ({ $error }): ikke afvist, ukendt, { $now }. Intet blev sendt igen. Dens oplysninger: BroadWorks-bruger-id { $user }, enterprise { $enterprise }, klargørings-id { $provisioning }.
bw-retry-unknown-absent = og Webex har den ikke nu, spurgt bagefter (en anmodning, der stadig er undervejs, kan endnu klargøre den: kør { $sync } om et minut, og se efter, før du klargør den igen)
bw-retry-unknown-unasked = og Webex kunne ikke spørges bagefter, om den har den ({ $error }): kør { $sync }, og se efter, før du klargør den igen
bw-retry-refused = "{ $button }" for { $id } blev ikke fuldført: Webex fjernede abonnenten (trackingId { $tracking }), så den kunne klargøres igen med { $email }, men afviste så at klargøre den. { $error } Abonnenten er hverken i Webex eller i wxgo's kopi: klargør den igen fra BroadWorks eller i { $place } (BroadWorks-bruger-id { $user }, enterprise { $enterprise }, klargørings-id { $provisioning }).
portal-verification-not-queued = kontoen blev gjort krav på, men bekræftelsesmailen kunne ikke sættes i kø: { $error }
portal-demo-only = brugeraktiveringsportalen simuleres kun i demoen

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
al06-unconfirmed = { $warning } Bekræft udtrykkeligt (CLI: { $flags }). Intet blev ændret.
al06-changed = du bekræftede, at { $confirmed ->
        [one] 1 bruger mister
       *[other] { $confirmed } brugere mister
    } Webex Calling, men nu ville det være { $n } (noget er ændret i mellemtiden). Gennemgå antallet igen, og bekræft det. Intet blev ændret.
reapply-warning = Hvis du slår "Bevar licenser for eksisterende brugere" fra, fjernes Webex Calling fra { $n ->
        [one] 1 bruger
       *[other] { $n } brugere
    }, hvis skabelon ikke giver det. Deres voicemailindstillinger, nummertildelinger ({ $numbers ->
        [one] 1 nummer går
       *[other] { $numbers } numre går
    } tilbage til puljen af ikke-tildelte numre) og opkaldstjenester slettes for altid{ $devices ->
        [0] {""}
        [one] , og 1 Webex Go-enhed slettes
       *[other] , og { $devices } Webex Go-enheder slettes
    }. Det kan ikke fortrydes.
extension-taken = { $email }: lokalnummer { $extension } tilhører allerede { $holder } i { $location }; vælg et andet
extension-taken-there = { $email }: lokalnummer { $extension } tilhører allerede { $holder } på den placering; vælg et andet
template-name-invalid = "{ $name }" er ikke et skabelonnavn: angiv 1 til 80 tegn, der kan udskrives
template-group-empty = gruppen er tom: angiv den katalog-gruppe (afdeling), skabelonen er til, eller udelad --group for hele organisationen
template-licence-unknown = "{ $licence }" er ikke en licens, en skabelon giver; vælg blandt { $licences } (Webex Calling Professional er --calling)
template-calling-both = en skabelon giver Webex Calling Professional (--calling) eller Calling Basic, ikke begge
template-not-read-back = skabelonen "{ $name }" blev gemt, men kan ikke læses igen
template-none = ingen licensskabelon "{ $name }"
user-not-read-back = { $email } blev gemt, men kan ikke læses igen
assignments-line = linje { $line }: { $error }. Intet blev ændret; ret filen, og prøv igen.
assignments-no-email-column = linje 1: overskriften har ingen e-mailkolonne (den har: { $has }); forventet: { $expected }
assignments-email-empty = linje { $line }, kolonne { $column } (e-mail): e-mailen er tom. Intet blev ændret.
not-in-webex = { $email } er ikke i Webex: kør { $sync }
licence-list-missing = organisationens licensliste mangler
run-stopped = { $error }. De anmodninger, der er besvaret indtil nu, er udført i Webex og i journalen: kør den samme kommando igen for at fortsætte
licence-missing-in-webex = organisationen har ingen { $n ->
        [one] licens
       *[other] licenser
    } { $licences } i Webex: ret skabelonen ({ $command }), eller tilføj licensen i Control Hub. Intet blev sendt.
licence-unknown = { $error } { $now }
licence-unknown-unjournalled = { $error } Det kunne heller ikke noteres i wxgo's journal ({ $journal }): kontrollér { $email }s licenser i Control Hub, før du tildeler igen.
licence-unknown-all = Spurgt bagefter viser Webex { $email } med alle de licenser, der blev bedt om: ændringen blev foretaget. Kør { $sync } for at se den her.
licence-unknown-none = Spurgt bagefter viser Webex { $email } uden de licenser, der blev bedt om. Kør den samme kommando igen: den læser { $email } igen først og sender kun det, der mangler.
licence-unknown-some = Spurgt bagefter viser Webex { $email } med { $held } af de { $n } licenser, der blev bedt om. Kør den samme kommando igen: den læser { $email } igen først og sender kun det, der mangler.
licence-unknown-unasked = Webex kunne ikke spørges bagefter, hvad { $email } har ({ $error }). Kør den samme kommando igen senere: den læser { $email } igen først og sender kun det, der mangler.
person-nothing-to-change = intet at ændre: angiv --work-number E164, --extension N og/eller --location NAME
person-write-twice = skrivningen af en person kørte sit opfølgende trin to gange
person-write-no-result = skrivningen af en person sluttede uden resultat
location-not-in-copy = den placering er ikke i kopien fra Webex: kør { $sync }

## Det, backenden ikke kan her
stand-in-only = "{ $action }" er { $who }. Det simuleres kun på den lokale backend (demoen: { $command }), ikke på den rigtige organisation for profilen "{ $profile }". Intet blev ændret.{ also-read-only }
control-hub-only = "{ $action }" har intet offentligt Webex-API: gør det i { $place }, og kør så { $command }. Intet blev ændret.{ also-read-only }
also-read-only = { $readonly ->
        [no] {""}
       *[other] {" "}Profilen er også skrivebeskyttet: { $readonly }.
    }

## Hvem der udfører en stedfortræderhandling på en rigtig organisation ($who i stand-in-only; $sync er en kommando)
stand-in-phone = telefonens side: på en rigtig organisation gør brugeren det på telefonen, og { $sync } viser resultatet
stand-in-portal = brugerens side af brugeraktiveringsportalen: på en rigtig organisation gør brugeren det i portalen
stand-in-operator = mobiloperatørens side: på en rigtig organisation beslutter operatøren

## Steder i Control Hub og Partner Hub ($place i meddelelserne; menunavne som i hjælpeartiklerne)
place-lost-stolen = Control Hub > Enheder > Webex Go-enheden > Handlinger > Mistet eller stjålet
place-operator-account = Control Hub > Opkald > Numre > Mobilnumre (placeringens operatørkonto)
place-directory-numbers = Control Hub > Brugere > brugeren > Opkald > Katalognumre
place-broadworks = Partner Hub > Indstillinger > BroadWorks-opkald > Vis skabeloner > kundeskabelonen > Brugerbekræftelse
place-numbers = Control Hub > Opkald > Numre
place-licences = Control Hub > Brugere > brugeren > Licenser (eller Brugere > Administrer brugere for mange)
place-devices = Control Hub > Enheder > Tilføj enhed > Webex Go (eller enheden > Handlinger)
place-control-hub = Control Hub (admin.webex.com)
place-user-licences = Brugere > brugeren > Licenser
place-mobile-numbers = Opkald > Numre > Mobilnumre

## En person er ændret i Webex
person-changed = { $email } er ændret i Webex, siden din kopi blev synkroniseret ({ $fields }). Intet blev sendt: wxgo skriver kun en person over den kopi, du så. Kør { $command } (F i konsollen), se på personen igen, og gentag ændringen.
person-field-changed = { $field }: din kopi { $copy }, Webex nu { $now }
person-field-email = e-mail
person-field-display-name = visningsnavn
person-field-work-number = arbejdsnummer
person-field-extension = lokalnummer
person-field-location = placering
person-field-department = afdeling
person-other-location = en anden placering ({ $id })

## En anmodning, som en kørsel ville sende, som --dry-run viser den (e-mails, licenser, steder og numre som de er)
plan-line = linje { $line }
plan-activation-code = aktiveringskode til { $email }, model { $model }
plan-create = opret { $email }
plan-reread = læs { $email } igen før skrivning
plan-write = { $email }: { $fields }
plan-read-licences = læs { $email }s licenser
plan-licences = { $email }: { $parts }
plan-add = tilføj { $licences }
plan-add-at = tilføj { $licences } på { $location }{ $number ->
        [none] {""}
       *[other] {" "}med { $number }
    }{ $extension ->
        [none] {""}
       *[other] , lokalnummer { $extension }
    }
plan-remove = fjern { $licences }

## For mange forkerte aktiveringskoder
throttled-source = { $n } forkerte aktiveringskoder fra { $from } inden for de sidste { $minutes } minutter, så denne kode blev ikke kontrolleret. Prøv igen efter { $until }. Hver forkert kode inden for { $minutes } minutter efter de sidste starter ventetiden forfra: kontrollér først koden i e-mailen eller brevet (16 bogstaver og cifre).
throttled-device = { $n } forkerte aktiveringskoder til { $from } inden for de sidste { $minutes } minutter, så denne kode blev ikke kontrolleret. Prøv igen efter { $until }. Hver forkert kode inden for { $minutes } minutter efter de sidste starter ventetiden forfra: kontrollér først koden i e-mailen eller brevet (16 bogstaver og cifre).
attempt-wait-until = { $at } (om { $seconds } s)
attempt-noted = { $error }{ $stop } { $note }
attempt-wait-source = Det var forkert kode nr. { $n } fra { $from } inden for { $minutes } minutter: næste forsøg venter til { $until }.
attempt-wait-device = For mange forkerte koder for { $device }: indtil { $until } besvares forkerte koder til den ikke (dens gyldige kode virker stadig).

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
subscription-name-shared = flere abonnementer hedder "{ $name }": angiv id'et på ét af dem ({ $ids })
subscription-start-shared = "{ $start }" er starten på flere abonnements-id'er ({ $ids }): angiv mere af det, du mener
not-found-account = ingen operatørkonto "{ $account }" i { $org }. Vis dem med { $command }.
not-found-account-for = ingen operatørkonto for placeringen "{ $location }" i { $org }. Tilføj en med { $add }, eller vis dem med { $list }.
not-found-template = ingen licensskabelon "{ $name }"; der findes: { $names }. Vis dem med { $command }.
not-found-org = ingen organisation med navnet "{ $name }" her; der findes: { $names }
not-found-subscriber = ingen BroadWorks-abonnent "{ $id }" i { $org }. Vis dem med { $command }.
not-in-copy = { $email } er ikke i kopien fra Webex (intet Webex-id): kør { $command }, og se igen
device-not-in-copy = { $device } er ikke i kopien fra Webex (intet Webex-id): kør { $sync }, og se igen
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
db-no-org = databasen indeholder endnu ingen organisation. Opret demoorganisationen i den med { $create }, eller brug demodatabasen med { $demo }.
db-many-orgs = databasen indeholder { $n } organisationer; vælg én med --org NAME: { $names }
demo-spec-broken = { $file } er i stykker: { $error }
demo-cannot-replace = kan ikke erstatte { $path }: { $error }
index-users-missing = brugernes indeks mangler
index-list-missing = listens indeks mangler
index-too-large = en liste er for stor til at indeksere (over 4 GB tekst)
index-changed = listen ændrede sig, mens den blev indekseret; prøv igen
index-not-devices = ikke en enhedsliste
db-foreign-damaged = dens skemaversion er { $version }, som ingen wxgo skriver (den er beskadiget)
db-foreign-application = den tilhører et andet program (application id { $id })
db-foreign-version = dens skemaversion er { $version }, som ingen wxgo skriver
db-foreign-tables = den har { $n ->
        [one] { $n } tabel
       *[other] { $n } tabeller
    } og intet wxgo-mærke: den tilhører et andet program
db-foreign-not-ours = den har skemaversion { $version }, men ikke wxgos tabeller
db-schema-not-created = kunne ikke oprette skemaet: { $error }
db-cannot-create = kan ikke oprette databasefilen { $file }: { $error }. Intet blev ændret. Tjek stien og dens mappes tilladelser, eller peg --db på en anden fil.
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
sheet-number-webex = er { $given }, men kopien fra Webex har { $theirs } for { $email }: importen ændrer ikke numre. Lad Phone Number være tom, eller skift nummeret først ({ $place }).
sheet-no-number = intet nummer
import-no-rows = { $source } har en overskriftsrække, men ingen enhedsrækker: intet at tilføje
import-mails-not-queued = aktiveringsmailene kunne ikke sættes i kø ({ $error })
import-mail-not-queued = aktiveringsmailen kunne ikke sættes i kø ({ $error })

## Hvad der blev af en række i masseimporten på en rigtig organisation ($error er en fejls egen meddelelse, $command en kommando at køre)
import-row-unknown = { $error } Kør den samme kommando igen: den spørger Webex, om rækkens anmodning nåede frem (personens enheder), og sender intet for den, hvis den gjorde.
import-row-code-kept-uncached = dens kode står i kodefilen, men cachen kunne ikke opdateres: { $error }
import-row-code-lost = den tidligere anmodning nåede frem: Webex oprettede enheden og udstedte en kode, men koden nåede aldrig wxgo (svaret gik tabt, eller wxgo blev stoppet, før den blev skrevet): ingen har den. Udsted en anden med { $command }.
import-row-code-lost-uncached = koden blev udstedt af Webex, men gik tabt, og cachen kunne ikke opdateres: { $error }
import-row-unasked = Webex kunne ikke spørges, om rækkens tidligere anmodning nåede frem ({ $error }); den blev ikke sendt igen. Kør den samme kommando igen.
import-row-undelivered = Webex udstedte koden, men den blev ikke leveret ({ $error }); importen stoppede. Ret det, og kør den samme kommando igen (rækken siger så, hvordan en ny kode udstedes).

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
token-file-no-home = kan ikke finde en hjemmemappe til tokenfilen; sæt { $var }
webex-client-not-set-up = Webex-klienten kunne ikke sættes op
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
list-next-semicolon = { $first }; { $next }
subscription-free = { $subscription } ({ $free ->
        [one] { $free } ledig
       *[other] { $free } ledige
    })
sheet-counted-in = { $reason } (rækkerne ovenfor i denne fil talt med)
cache-no-org = cachen for profilen "{ $profile }" indeholder endnu ingen organisation. Kør { $sync } (efter { $login }, eller med WEBEX_TOKEN angivet).
org-not-cached-hint = { $error }. En organisation, der endnu ikke er i cachen, hentes med { $command } (se { $orgs }).
cache-none-yet = profilen "{ $profile }" har endnu ingen kopi af sin organisation ({ $file } findes ikke). Intet blev oprettet. Log ind med { $login } (eller sæt WEBEX_TOKEN), og kør så { $sync }.
sync-local = sync er til en webex-profil; denne organisation er lokal (dens data er sandheden)
sync-stopped = synkroniseringen af { $part ->
        [people] personer
        [licences] licenser
        [locations] placeringer
        [devices] enheder
        [numbers] numre
        [broadworks] BroadWorks-abonnenter
        [audit] administratorens revisionshændelser
       *[other] { $part }
    } stoppede: { $error } Cachen beholder sin sidste fuldstændige kopi: intet fra denne synkronisering blev gemt.
sync-org-not-listable = dette token må ikke vise organisationer, så --org "{ $org }" kan ikke slås op ({ $error })
sync-org-not-managed = ingen organisation "{ $org }" blandt dem, dette login administrerer: { $names }. Se dem med { $command }.
sync-org-unknown = Webex sagde ikke, hvilken organisation den indloggede person hører til; sæt org_id i [profiles.{ $name }] i { $file }

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
smtp-none = der er ikke konfigureret nogen SMTP-server, så meddelelserne i { $outbox } venter på et mailrelæ. Tilføj en [smtp]-sektion til { $file }, eller sæt { $setting }, og prøv så igen.
smtp-the-config-file = konfigurationsfilen
mail-route-smtp = SMTP-serveren { $server }
mail-route-outbox = udbakkemappen { $path }
mail-route-nowhere = ingen steder endnu ({ $error }); meddelelser venter i { $path }
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

## En Webex Go-anmodning på en rigtig organisation, hvis svar aldrig kom ($why er forbindelsens ord, $error en fejls egen meddelelse, kommandoer som de køres)
mail-queue-not-writable = mailkøen { $path } kan ikke skrives ({ $error }); Webex blev ikke spurgt om noget
device-made-earlier = { $email } har allerede en Webex Go-enhed hos Webex ({ $device }): en tidligere { $add } fik intet svar, men Webex havde oprettet enheden. Koden, den udstedte dengang, nåede ingen: udsted en med { $command }. Intet blev sendt nu.
device-add-unasked = en tidligere { $add } for { $email } fik intet svar, og Webex kan ikke spørges nu, om den nåede frem ({ $error }). Intet blev sendt: kør den samme kommando igen, når Webex svarer (den spørger først og sender kun, hvis Webex ikke har nogen enhed til personen).
new-code-unknown = { $error } For en ny kode er det harmløst: hvis Webex udstedte en, nåede den ingen (og afsluttede den tidligere kode), så ingen kan bruge den. Kør den samme kommando igen ({ $command }) for at få en kode; den afslutter enhver mistet.
add-unknown-unjournalled = { $error } Det kunne heller ikke noteres i wxgo's journal ({ $journal }): før du tilføjer en enhed for { $email } igen, så se efter én i { $place }.
add-lost-made = Webex svarede ikke på anmodningen om at tilføje en Webex Go-enhed for { $email } ({ $why }), men oprettede enheden ({ $device }): koden, den udstedte, lå i det mistede svar og nåede ingen. Udsted en med { $command } (den afslutter den mistede). Intet blev sendt igen.
add-lost-made-uncached = Webex svarede ikke på anmodningen om at tilføje en Webex Go-enhed for { $email } ({ $why }), men oprettede enheden, og wxgo's kopi kunne ikke registrere den ({ $error }). Kør { $sync }, og udsted så en kode med { $command }. Intet blev sendt igen.
add-lost-none = Webex svarede ikke på anmodningen om at tilføje en Webex Go-enhed for { $email } ({ $why }), og har ingen enhed til personen nu. Intet blev sendt igen: kør den samme kommando om et minut; den spørger Webex først (en anmodning, der stadig er undervejs, kan endnu nå frem) og sender kun, hvis der stadig ikke er nogen enhed.
add-lost-unasked = Webex svarede ikke på anmodningen om at tilføje en Webex Go-enhed for { $email } ({ $why }), og kunne ikke spørges, om den nåede frem ({ $error }). Det vides ikke, om enheden blev oprettet; intet blev sendt igen. Kør den samme kommando igen senere: den spørger Webex først og sender kun, hvis der ikke er nogen enhed.
place-devices-list = Control Hub > Enheder

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
read-only-why-validate = { $why } (Webex' validateNumbers er en POST, og skrivebeskyttet sender kun GET)
