# Hvad `wxgo why` og konsollens hvorfor-visning siger om én person: hver sandsynlig årsag (en
# sætning med dens regel-id, som aldrig oversættes), hvad hver kontrol fandt, og hvor gamle fakta
# er. Id'er, numre, e-mails, navne, tidspunkter, Webex' og BroadWorks' egne ord, steder i Control
# Hub og kommandoer er variable og forbliver, som de er.

## Hvad der blev kontrolleret
why-what-licence = Webex Calling-licens
why-what-setup = placering og nummer eller lokalnummer
why-what-account = operatørkonto for en mobillinje
why-what-device = Webex Go-enhed
why-what-device-status = status for Webex Go-enheden
why-what-code = aktiveringskode
why-what-broadworks = BroadWorks-abonnent
why-what-calls = seneste opkald

## Hvor en løsnings tast virker i konsollen
why-place-users-devices-details = Brugere, Enheder, brugerens detaljer
why-place-users-details = Brugere, brugerens detaljer
why-place-users = Brugere
why-place-numbers = Numre
why-place-broadworks = BroadWorks
why-place-this-view = denne visning

## Hvor længe siden: $n og enheden (min, h, days)
why-just-now = lige nu
why-ago = { $unit ->
        [min] for { $n } min. siden
        [h] for { $n } t. siden
       *[days] for { $n } dage siden
    }
why-in = { $unit ->
        [min] om { $n } min.
        [h] om { $n } t.
       *[days] om { $n } dage
    }

## Hvor gamle fakta er
why-age-local = den lokale database (sandheden), læst nu
why-age-copy = Webex' kopi pr. { $at } ({ $ago })
why-age-refreshed = denne person opdateret fra Webex lige nu; resten: { $copy }
why-age-first-sync = den første synkronisering er ikke færdig: listen er ufuldstændig; kør { $command }
why-note-local = den lokale database er sandheden: der er intet at opdatere
why-note-accounts = operatørkonti har ingen offentlig Webex-API: deres status står i Control Hub ({ $place })

## Webex Calling (AL01-AL03)
why-subscriber-only = en BroadWorks-abonnent, endnu ikke en Webex-bruger
why-their-template = deres skabelon
why-al02-passes = ingen Webex Calling-licens, selvom arbejdsnummeret { $number } nu består alle kontroller: skabelonen "{ $template }" er ikke anvendt siden (AL02)
why-al02-meant = ingen Webex Calling-licens: { $reason } (AL02); W sætter arbejdsnummeret til { $meant }, og anvend derefter igen
why-al02 = ingen Webex Calling-licens: { $reason } (AL02); { $fix }
why-no-work-number = intet arbejdsnummer
why-al03-template = ingen Webex Calling-licens: deres licensskabelon "{ $template }" giver det ikke (AL03); giv det i en skabelon, der giver Calling, og tildel den derefter (A)
why-al03-remote = ingen Webex Calling-licens (AL03): giv dem en i Control Hub ({ $place }) eller med en licensskabelon, der giver Calling (A)
why-al03-none = ingen Webex Calling-licens, og ingen licensskabelon, der giver det, omfatter dem (AL03): opret en for deres gruppe (K), og tildel den derefter (A)
why-no-calling = intet Webex Calling
why-al01-location = ingen placering: Webex Calling kræver en (AL01); angiv den med kommandoen users update og --location
why-al01-number = hverken et nummer eller et lokalnummer: Webex Calling kræver et af dem (AL01); angiv et lokalnummer med kommandoen users update og --extension
why-no-location = ingen placering
why-no-number-no-extension = intet nummer, intet lokalnummer
why-setup-number = { $location }, nummer { $number }
why-setup-extension = { $location }, lokalnummer { $extension }
why-setup-both = { $location }, nummer { $number }, lokalnummer { $extension }

## Mobillinjer (MO02, MO03, MO06)
why-no-mobile = intet mobilnummer
why-mo06 = mobilnummeret { $number } kræver Webex Calling Professional, som de ikke har (MO06)
why-mo03 = mobilnummeret { $number } er { $state }, selvom det er deres: det bliver ACTIVE, når det tildeles (MO03); M tildeler det igen
why-control-hub-only = kun i Control Hub i en rigtig organisation
why-mo02-pending-long = operatørkonto { $account } ({ $operator }) Afventer i { $hours } t., længere end de 48 timer, det kan tage (MO02): kontakt operatøren
why-mo02-pending = operatørkonto { $account } ({ $operator }) Afventer i { $hours } t. (MO02): godkendelse kan tage op til 48 timer; kontakt operatøren, hvis det tager længere tid
why-mo02-failed = operatørkonto { $account } ({ $operator }) Mislykket (MO02): kontakt operatøren
why-mo02-failed-because = operatørkonto { $account } ({ $operator }) Mislykket: { $why } (MO02): kontakt operatøren
why-account-status = { $account } { $status }
why-no-account = ingen operatørkonto registreret

## Webex Go-enheden (WG01, WG04-WG12)
why-no-device = ingen Webex Go-enhed
why-wg01-professional = Webex Go kræver Webex Calling Professional, som de ikke har (WG01)
why-wg01-country = deres placering { $location } ({ $country }) er ikke et Webex Go-land (WG01; understøttet her: { $countries })
why-device-pending = { $device } Afventer aktivering
why-device-offline = { $device } Offline
why-device-issues = { $device } Online med problemer
why-device-online = { $device } Online
why-device-unknown = { $device } status ukendt
why-webex-says = ; Webex siger { $status }
why-wg10-offline = enheden { $device } Offline siden { $since }{ $webex } (WG10): bed brugeren slå Webex Go-linjen til og kontrollere mobildata; { $lost }
why-wg10-issues = enheden { $device } Online med problemer, som Webex rapporterer: { $codes } (WG10): opkald kan mislykkes; bed brugeren genstarte telefonen; { $lost }
why-device-activated = enheden er aktiveret
why-wg12 = Webex gav ingen status for enheden { $device } (WG12): F opdaterer den fra Webex
why-lost-control-hub = hvis telefonen er væk: { $place }
why-lost-key = L, hvis telefonen er væk (WG08)
why-tried-superseded = en kode, som en nyere har erstattet: udlevér kun den nyeste
why-tried-expired = en udløbet kode
why-tried-used = en kode, der allerede er brugt
why-tried-revoked = en kode til en telefon, der er meldt mistet eller stjålet
why-tried-other = en kode, der ikke længere kan aktivere en telefon
why-tried = telefonen prøvede { $what } ({ $n ->
        [one] { $n } afvist forsøg
       *[other] { $n } afviste forsøg
    }, det seneste { $last }) ({ $rule }): n genererer en ny kode
why-wg06-expired = aktiveringskoden udløb { $ago } ({ $at }) (WG06): n genererer en ny
why-code-expired = udløbet { $at }
why-wg04-valid = afventer aktivering: koden (gyldig til { $until }) har endnu ikke aktiveret en telefon (WG04): giv den til brugeren, eller n genererer en ny, hvis den er væk
why-wg04-valid-issued = afventer aktivering: koden (udstedt { $issued }, gyldig til { $until }) har endnu ikke aktiveret en telefon (WG04): giv den til brugeren, eller n genererer en ny, hvis den er væk
why-code-valid = gyldig til { $until }
why-wg11 = afventer aktivering igen, efter at telefonen var aktiveret: Webex Go-linjen blev fjernet fra telefonen (WG11): n genererer en kode til telefonen
why-code-used = ingen gyldig: den seneste blev brugt
why-wg04-remote = afventer aktivering; Webex udstedte koderne, så wxgo kan ikke se, om en stadig er gyldig (WG04): n genererer en ny
why-wg04-none = afventer aktivering uden gyldig aktiveringskode (WG04, WG05): n genererer en ny
why-code-none = ingen gyldig kode

## BroadWorks (BW01, BW03, BW04); $text er BroadWorks' egen beskrivelse
why-no-subscriber = ingen BroadWorks-abonnent
why-subscriber-status = { $id } { $status }
why-no-description = ingen beskrivelse
why-bw01 = BroadWorks-fejl { $code }: { $text } Kundeskabelonen "{ $template }" accepterer ikke ikke-betroede e-mails med aktiveringslinket (BW01): ret skabelonen i Control Hub, og prøv derefter igen
why-bw04 = BroadWorks-fejl { $code }: { $text } (BW04): { $advice }
why-bw04-email = R prøver aktivering igen med en e-mail, som ingen anden Webex-bruger har, i et tilladt domæne
why-bw04-retry = R prøver aktivering igen
why-bw03-email-input = BroadWorks-abonnent { $id } venter siden { $since } på en e-mail i brugeraktiveringsportalen (BW03): R klargør dem med en
why-bw03-validation = BroadWorks-abonnent { $id } venter siden { $since } på, at brugeren bekræfter { $email } (BW03): bed dem åbne e-mailen; R prøver igen
why-their-email = deres e-mail
why-bw03-migration = BroadWorks-abonnent { $id } venter siden { $since } på brugerens migrering (BW03): R prøver aktivering igen
why-bw03-provisioning = BroadWorks-abonnent { $id }: { $status } siden { $since }: klargøringen er startet, men ikke færdig (BW03)

## Opkald (WG15)
why-calls-recent = { $n } seneste opkald, { $go } med Webex Go (MOBILE_NETWORK); det seneste { $last }
why-calls-none = ingen opkaldsposter (importér dem med kommandoen calls import)

## Hvem der spørges om
why-neither = "{ $query }" er hverken en e-mail eller et telefonnummer eller lokalnummer: angiv et af dem (f.eks. dana@example.com, +12145550100 eller 4100)
why-held-by-service = { $number } tilhører { $service }, ikke en person: der er ingen at spørge om
why-held-by-many = "{ $query }" tilhører { $n } personer: { $names }. Spørg om én via e-mail, f.eks. { $command }.
why-held-by-ten = "{ $query }" tilhører 10 eller flere personer: { $names }. Spørg om én via e-mail, f.eks. { $command }.
why-subscriber-named = BroadWorks-abonnent { $id }

## Opdatering af én person fra Webex ($command: synkroniseringen, der opdaterer kopien)
why-not-in-copy = { $email } er ikke i Webex' kopi (intet Webex-id): kør { $command }, og spørg igen
why-gone = { $email } er ikke længere i Webex: kør { $command } for at opdatere kopien
why-the-person = personen
why-many-devices = Webex viser { $n } Webex Go-enheder for dem; den første vises
why-number-not-in-copy = { $number } er ikke i kopien endnu: kør { $command } for at se det
why-subscriber-unknown-status = Webex gav BroadWorks-abonnenten en status, som wxgo ikke kender ({ $status })
why-subscriber-gone = Webex har ikke længere BroadWorks-abonnenten: kør { $command } for at opdatere kopien
