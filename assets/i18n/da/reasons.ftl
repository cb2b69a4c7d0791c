# Hvorfor en bruger ikke fik Webex Calling (AL02, AL04), og løsningen: hvad
# `users list --not-provisioned`, konsollens visning "ikke klargjort" og rækkerne i en licenskørsel
# siger. Numre, e-mails, navne, licensnavne, regel-id'er og kommandoer ($command, altid i backticks)
# er variable og oversættes aldrig. Ordene fra shared/seeds/004: arbejdstelefonnummer, placering,
# klargjort, skabelon, tildelt, anvende igen, tjeneste.

## Kontrollerne af et arbejdsnummer (AL02)
reason-work-number = arbejdsnummeret { $what }
reason-also = { $first }; { $then }
reason-and = { $first } og { $then }
reason-no-number = der blev ikke angivet noget arbejdsnummer
reason-not-e164-national = { $number } er ikke i E.164-format: skriv det som +1 og ti cifre
reason-not-at-location = { $number } er ikke klargjort på nogen placering i { $org } (det er ikke i nummerbeholdningen)
reason-mobile = { $number } er et Webex Go-mobilnummer i { $location }, ikke et fast firmanummer
reason-assigned-user = { $number } er allerede tildelt en anden bruger ({ $email })
reason-assigned-service = { $number } er allerede tildelt en tjeneste ({ $service })

## Hvad en værdi, der ikke er E.164, sandsynligvis var
reason-hint-scientific = "{ $input }" er videnskabelig notation: et regneark læste nummeret som et tal og smed de sidste cifre væk. Formatér kolonnen som tekst, skriv nummeret igen som +<landekode><nummer>, og eksportér igen
reason-hint-text-marker = det indledende ' er et regnearks tekstmarkør, ikke en del af nummeret: det er { $number }
reason-hint-decimal = et regneark gemte det som tallet { $input } og smed dets + væk: det er { $number }
reason-hint-punctuation = fjern parenteser, bindestreger og punktummer: { $number }
reason-hint-00 = 00 er det internationale opkaldspræfiks; i E.164 er det { $number }
reason-hint-national = det er skrevet på den nationale måde for { $country }; i E.164 er det { $number }
reason-hint-no-plus = + mangler (et regneark smider det væk, når det læser cellen som et tal): { $number }

## Løsningen for hver kontrol (AL04)
reason-fix-no-number = angiv et nummer: i kataloget eller med W i konsollen ({ $command } i en shell), og anvend derefter skabelonen igen
reason-fix-not-e164 = ret nummerets format til E.164 (+, landekode, nummer, f.eks. +12145550100), og anvend derefter skabelonen igen
reason-fix-not-at-location = klargør nummeret på en placering (føj det til placeringens numre), eller angiv et, der er, og anvend derefter skabelonen igen
reason-fix-mobile = angiv et fast firmanummer; et Webex Go-mobilnummer tildeles med { $command }
reason-fix-assigned = frigør nummeret (eller angiv et andet), og anvend derefter skabelonen igen
reason-fix-reapply = anvend skabelonen igen ({ $command })
reason-passes-not-applied = arbejdsnummeret består alle kontroller, men skabelonen er ikke anvendt siden

## Løsningen for et nummer, der sandsynligvis mente $meant ($raw som kataloget gav det)
reason-fix-set-meant = sæt arbejdsnummeret til { $meant } (W i konsollen, { $command } i en shell), og anvend derefter skabelonen igen
reason-meant-nowhere = { $raw } ville være { $meant }, som ikke er i nogen placerings nummerbeholdning
reason-meant-but = { $raw } ville være { $meant }, men { $why }
reason-meant-shared = { $raw } ville være { $meant }, men { $n ->
        [one] { $n } anden bruger har
       *[other] { $n } andre brugere har
    } det samme arbejdsnummer, og et nummer tilhører én person
reason-fix-free-number = { $why }: giv dem i stedet et ledigt nummer i { $location } ({ $free } er et; hver bruger skal have sit eget) med W i konsollen ({ $command } i en shell), eller føj { $meant } til en placerings numre; og anvend derefter skabelonen igen
reason-fix-no-free-number = { $why }, og { $location } har intet ledigt nummer: føj numre til { $location } (i Control Hub), og sæt derefter et som arbejdsnummer (W i konsollen, { $command } i en shell); og anvend derefter skabelonen igen
reason-fix-no-location = { $why }, og brugeren har ingen placering: giv dem en placering og et ledigt nummer der, og anvend derefter skabelonen igen

## Hvad der følger efter et registreret arbejdsnummer (users set-work-number)
reason-template-group = "{ $name }" (gruppe { $group })
reason-template-org = "{ $name }" (organisation)
reason-next-kept = brugeren har Webex Calling: deres opkaldsopsætning beholdes (AL05)
reason-next-no-calling = deres skabelon { $template } giver ikke Webex Calling
reason-next-not-covered = ingen licensskabelon omfatter brugeren
reason-next-still-fails = nummeret fejler stadig en kontrol: { $reason }; { $fix }
reason-next-passes = nummeret består alle kontroller: anvend skabelonen igen ({ $command })
reason-refused-row = { $email }: { $reason }; { $fix }

## En rigtig organisation: hvem Webex viser uden en Calling-licens, og hvorfor
reason-held-none = ingen licens overhovedet
reason-held-only = kun { $licences }
reason-webex-no-calling = Webex viser ingen Webex Calling-licens for dem ({ $held })
reason-lacks-location = ingen opkaldsplacering
reason-lacks-number = intet lokalnummer og intet nummer
reason-webex-lacks = Webex har { $what } for dem
reason-last-said = den seneste tildeling sagde: { $recorded }
reason-fix-assign = tildel Webex Calling Professional: { $command }, eller i Control Hub
reason-fix-assign-template = tildel Webex Calling Professional i Control Hub eller med en skabelon, der giver det ({ $save }, derefter { $assign })

## Rækkerne i en licenskørsel
reason-has-calling = { $email } har allerede Webex Calling; intet blev ændret
reason-not-created = ikke oprettet i Webex
reason-fix-see-reason = se årsagen; ret den i Webex eller i inputtet, og kør derefter den samme kommando igen
reason-partial-206 = Webex svarede 206 (delvis): kun en del af det: ikke anvendt: { $licences }{ $tracking }
reason-partial = Webex udførte kun en del af det: ikke anvendt: { $licences }{ $tracking }
reason-fix-check-licences = kontrollér licenserne i Webex (en licenspulje kan være brugt op, eller to licenser er i konflikt), og kør derefter den samme kommando igen
reason-done-earlier = udført af et tidligere forsøg i denne kørsel: { $detail }
reason-no-licence-in-org = organisationen har ingen { $licences }-licens i Webex
reason-not-sent-cancelled = ikke sendt: kørslen blev annulleret; den samme kommando igen fortsætter
reason-directory-kept = kataloget ændrede arbejdsnummeret til { $number }; Webex Calling-opsætningen beholdes (AL05): nummeret sendes ikke til Webex
