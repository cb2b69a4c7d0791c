# Hvad CLI'en rapporterer (opsummeringer af kørsler, detaljer om en bruger eller et nummer,
# bekræftelser) og tjenestens bemærkninger med et id (masseimportens bemærkning), på dansk.
# E-mails, numre, id'er, filnavne, kommandoer og Webex' egne ord er variabler og oversættes
# aldrig. `--json` viser altid det engelske.

## Ord i celler
report-yes = ja
report-no = nej
report-none = ingen
report-left-out = (-o wide viser alle kolonner; udeladt: { $columns })

## wxgo users show
user-extension = Lokalnummer
user-work-phone = Arbejdsnummer
user-recent-changes = Seneste ændringer
user-code = kode { $state }, genereret { $issued }, udløber { $expires }
user-nothing-to-change = intet at ændre (det var allerede sådan)
user-changed = ændret: { $fields }
user-updated = { $email }: { $what }. Arbejdsnummer { $number }, lokalnummer { $extension }, placering { $location }{ $tracking }.
user-work-number-set = { $email }: arbejdsnummer { $number }. Næste: { $next }.

## wxgo users list --not-provisioned, når ingen mangler (AL04)
np-none-missing-templates = Alle brugere, som en skabelon med Webex-opkald omfatter, har det.
np-none-missing-webex = Alle, som Webex viser i organisationen, har en licens til Webex-opkald.

## wxgo numbers
numbers-owner-primary = { $owner } (primært)
numbers-added-local = { $added ->
        [one] { $added } mobilnummer
       *[other] { $added } mobilnumre
    } tilføjet til { $location } under operatørkonto { $account } (INACTIVE indtil tildeling); { $rejected } ikke tilføjet.
numbers-added-webex = { $added ->
        [one] { $added } mobilnummer
       *[other] { $added } mobilnumre
    } tilføjet til { $location } via Webex (INACTIVE indtil tildeling); { $rejected } ikke tilføjet.
numbers-request = Anmodning { $i } af { $requests } ({ $n ->
        [one] { $n } nummer
       *[other] { $n } numre
    }): { $outcome ->
        [added] tilføjet
        [partly-added] delvist tilføjet
        [refused] afvist
        [not-sent] ikke sendt
       *[unknown] ukendt
    }, { $added } tilføjet
numbers-now-primary = { $number } er nu det primære nummer for { $email } (ACTIVE).
numbers-replaced = Det erstattede nummer { $number } er tilbage i puljen af ikke-tildelte numre.
numbers-device-created = Mobiloperatørens Webex Go-enhed { $device } blev oprettet til brugeren.
numbers-device-uses-new = Mobiloperatørens Webex Go-enhed { $device } bruger nu det nye nummer.

## wxgo broadworks
bw-flow-through-ready = klar
bw-flow-through-not-set-up = IKKE KONFIGURERET: kontrollér Ikke-betroede e-mails, og sæt delingslinket til aktiveringslinket
bw-subscriber-deleted = BroadWorks-abonnenten { $id } ({ $name }) er slettet; brugeren kan prøve igen efter konfigurationsændringen.

## wxgo licences
lic-template-created = Skabelonen "{ $name }" er oprettet. Brugere med licens beholder deres licenser; anvend den igen med `{ $command }`.
lic-template-changed = Skabelonen "{ $name }" er ændret. Brugere med licens beholder deres licenser; anvend den igen med `{ $command }`.
lic-template-deleted = Skabelonen "{ $name }" er slettet; { $n ->
        [one] dens { $n } bruger beholder
       *[other] dens { $n } brugere beholder
    } de licenser, de har.
lic-none-yet = Ingen licensskabeloner.
lic-scope = { $scope ->
        [group] gruppe
       *[organisation] organisation
    }
lic-grants = ✓ giver
lic-grants-not = ✗ nej
lic-operation = { $operation ->
        [remove] fjern
       *[add] tilføj
    }
lic-dry-run-assign = Prøvekørsel: intet blev ændret. Hvad tildelingen ville gøre:
lic-assign-summary = Skabelon "{ $template }": { $licensed } fik licens, { $kept } havde allerede Webex-opkald, { $not } fik ikke licens.
lic-provisioned = { $email }: Webex Calling Professional på { $location }.
lic-provisioned-with = { $email }: Webex Calling Professional på { $location } med { $number }.
lic-losing = Brugere, der mister Webex-opkald: { $users }
lic-losing-more = Brugere, der mister Webex-opkald: { $users } og { $more } flere
lic-dry-run-reapply = Prøvekørsel: intet blev ændret. Hvad genanvendelsen ville gøre:
lic-cancelled = Annulleret: { $n ->
        [one] { $n } bruger blev
       *[other] { $n } brugere blev
    } udført i Webex, før den stoppede.
lic-reapply-summary = "{ $template }" anvendt igen på { $covered } omfattede brugere (bevar licenser for eksisterende brugere: { $preserve ->
        [on] til
       *[off] fra
    }): { $provisioned } klargjort, { $not } ikke klargjort, { $kept } beholdt, { $removed } mistede Webex-opkald.
lic-deleted-for-good = Slettet for altid: { $numbers } nummertildeling(er) (tilbage i puljen af ikke-tildelte), { $devices } Webex Go-enhed(er), { $voicemail } voicemailindstilling(er), { $services } indstilling(er) for opkaldstjenester.

## wxgo directory sync
dir-dry-run = Prøvekørsel: intet blev ændret. Hvad synkroniseringen ville gøre:
dir-summary = { $total } brugere synkroniseret fra { $source }: { $created } oprettet, { $updated } opdateret, { $unchanged } uændret.
dir-calling = Webex-opkald: { $provisioned } klargjort, { $not } ikke klargjort, { $kept } havde det allerede (beholdt), { $uncovered } ikke omfattet af en skabelon, der giver det.
dir-see-again = Se dem igen med `{ $list }`; ret et nummer med `{ $fix }`, derefter `{ $reapply }`.

## En kørsel med mange ændringer (katalogsynkronisering, licenstildeling, genanvendelse)
run-kind = { $kind ->
        [re-apply] genanvendelse
        [directory-sync] katalogsynkronisering
       *[licence-assignment] licenstildeling
    }
run-progress = { $run }: { $done }/{ $total } brugere ({ $percent } %)
run-stopping = { $run }: stopper, når de igangværende anmodninger har svaret…
run-not-done = Ikke (eller ikke helt) udført i Webex: { $n }
run-would-send = Den ville sende { $n ->
        [one] { $n } anmodning
       *[other] { $n } anmodninger
    } til Webex:
run-continued = Fortsatte en tidligere kørsel af samme input, der ikke blev færdig ({ $n ->
        [one] { $n } række, den havde udført, blev
       *[other] { $n } rækker, den havde udført, blev
    } ikke sendt igen).

## wxgo sync, wxgo orgs
sync-done = { $org } ({ $id }) synkroniseret på { $pages } sider:
orgs-not-cached = nej ({ $command })

## wxgo calls
calls-imported = { $imported } opkaldsposter importeret fra { $source } ({ $go } Webex Go-opkald); { $duplicates } fandtes allerede; { $unlinked } ikke knyttet til en bruger.
calls-none-match = Ingen opkaldsposter passer. Importér dem med `{ $command }`.

## wxgo why
why-subscriber = BroadWorks-abonnent { $name } ({ $id })
why-no-cause-below = Ingen årsag fundet: intet i det kontrollerede (nedenfor) forhindrer opkald.
why-blocks = blokerer opkald
why-may-affect = kan påvirke opkald
why-key = tast { $key } ({ $place })
why-na = (ikke relevant)
why-extension = Lokalnummer
why-issues = problemer: { $codes }
why-bw-error = fejl { $code }: { $text }
why-webex-audit = Webex-administratorrevision

## wxgo devices import (WG13): tabellen og tjenestens bemærkning
import-dry-run-cell = (prøvekørsel)
import-assigned = { $number } (tildelt)
import-added = { $n ->
        [one] { $n } Webex Go-enhed
       *[other] { $n } Webex Go-enheder
    } tilføjet fra { $source } (Afventer aktivering).
import-would-send = ville sende: { $method } { $path }  ({ $row }: { $what })
import-dry-run-ok = Prøvekørsel: alle { $rows } rækker kan tilføjes; intet blev ændret.
import-dry-run-problems = Prøvekørsel: { $n ->
        [one] { $n } problem
       *[other] { $n } problemer
    }; intet blev ændret.
import-problems-not-added = { $n ->
        [one] { $n } problem
       *[other] { $n } problemer
    } i { $source }: intet blev tilføjet. Ret de nævnte rækker, og importér filen igen.
import-codes-in-file = Aktiveringskoderne ligger i { $file } (kun læsbar for dig){ $emailed ->
        [0] {""}
       *[other] ; { $emailed } blev også sendt med e-mail
    }. Del dem ud, eller udskriv breve, og slet derefter filen.
import-all-emailed = { $n ->
        [one] Aktiveringskoden blev sendt med e-mail til sin bruger.
       *[other] Alle { $n } aktiveringskoder blev sendt med e-mail til deres brugere.
    }
import-some-not-emailed = { $emailed ->
        [one] { $emailed } kode blev
       *[other] { $emailed } koder blev
    } sendt med e-mail; { $n } blev ikke, og der blev ikke bedt om nogen kodefil. Der gemmes kun en hash af hver kode, så udsted nye koder til de enheder, når du deler dem ud: `{ $command }` (tilføj { $flag } for at udskrive et brev).
import-problems-not-sent = { $n ->
        [one] { $n } problem
       *[other] { $n } problemer
    } i { $source }: intet blev sendt til Webex. Ret de nævnte rækker, og importér filen igen.
import-webex-dry-run = Prøvekørsel: alle { $rows } rækker kan sendes; { $requests ->
        [one] { $requests } anmodning ville gå
       *[other] { $requests } anmodninger ville gå
    } til Webex; intet blev ændret.
# En rigtig organisations import: hvad der blev tilføjet, derefter hver sætning, der gælder.
# $stopped: yes eller no; $again: both, unknown, refused eller none; $codes: file, none eller other;
# $ids: written, read eller other.
import-webex-note = { $added } af { $total } rækker tilføjet i Webex i denne kørsel{ $before ->
        [0] {""}
       *[other] , { $before } i en tidligere kørsel
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } afvist af Webex (se hver række)
    }{ $lost ->
        [0] {""}
       *[other] ; { $lost } kode(r) genereret af Webex, men mistet (svaret kom aldrig, eller en tidligere kørsel blev stoppet): generér nye koder, se hver række
    }.{ $unknown ->
        [0] {""}
       *[other] {" "}{ $unknown } række(r) fik intet svar fra Webex: ikke afvist, ukendt (Webex kan have oprettet enheden og genereret en kode, der ikke nåede nogen); de blev ikke sendt igen.
    }{ $stopped ->
        [yes] {" "}Stoppet med { $unsent } række(r) ikke sendt: kør samme kommando igen for at fortsætte (intet sendes to gange).
       *[no] {""}
    }{ $again ->
        [both] {" "}Kør samme kommando igen: den spørger Webex om rækkerne uden svar (og sender intet for dem, Webex har) og prøver de afviste rækker igen.
        [unknown] {" "}Kør samme kommando igen: den spørger først Webex om de rækker og sender intet for dem, Webex har.
        [refused] {" "}Kør samme kommando igen for kun at prøve de afviste rækker igen.
       *[none] {""}
    }{ $codes ->
        [file] {" "}Aktiveringskoderne står i { $file } (kun læsbar for dig); del dem ud, og slet den derefter.
        [none] {" "}Der blev ikke bedt om en kodefil, og intet blev sendt med e-mail: generér nye koder, når du deler dem ud (`{ $command }`).
       *[other] {""}
    }{ $ids ->
        [written] {" "}De nye enheders Webex-id'er kunne ikke skrives ({ $error }): `{ $sync }` tilføjer dem.
        [read] {" "}De nye enheders Webex-id'er kunne ikke læses ({ $error }): `{ $sync }` tilføjer dem.
       *[other] {""}
    }

## The sync's note on a part it could not read (the request as it was: method, path, status).
sync-part-people = Personer
sync-part-licences = Licenser
sync-part-locations = Placeringer
sync-part-devices = Webex Go-enheder
sync-part-numbers = Numre
sync-part-broadworks = BroadWorks-abonnenter
sync-part-audit = Administratorrevisionshændelser
sync-part-not-available = { $what }: ikke tilgængelig for dette token ({ $method } { $path } svarede { $status }). Der kræves et token fra en partneradministrator med den rette rolle for at se dem.
sync-part-failed = { $what }: { $error }
sync-note-next = { $first }; { $next }
sync-note-no-email = { $n ->
    [one] 1 person uden e-mailadresse kom ikke med i kopien
   *[other] { $n } personer uden e-mailadresse kom ikke med i kopien
}
sync-note-twins = { $n ->
    [one] 1 person har en e-mailadresse, der kun adskiller sig fra en andens i store og små bogstaver, og kom ikke med i kopien
   *[other] { $n } personer har en e-mailadresse, der kun adskiller sig fra en andens i store og små bogstaver, og kom ikke med i kopien
}: { $list }{ $more }. Giv hver person sin egen adresse i Control Hub, og synkroniser så
sync-note-twin-kept = { $email } (beholdt: { $kept })
sync-note-twin-kept-cached = { $email } (beholdt: personen, der allerede er i kopien)
sync-note-more = og { $n } mere
sync-note-bad-numbers = { $n ->
    [one] 1 person har et arbejdsnummer i Webex, der ikke er et telefonnummer
   *[other] { $n } personer har et arbejdsnummer i Webex, der ikke er et telefonnummer
}; det blev udeladt (personen beholdes): { $list }{ $more }
sync-note-devices-ownerless = { $n ->
    [one] 1 Webex Go-enhed uden en ejer i kopien kom ikke med i kopien
   *[other] { $n } Webex Go-enheder uden en ejer i kopien kom ikke med i kopien
}
sync-note-devices-second = { $n ->
    [one] 1 person har mere end én Webex Go-enhed; den første vises
   *[other] { $n } personer har mere end én Webex Go-enhed; den første vises
}
sync-note-numbers-no-location = { $n ->
    [one] 1 nummer uden placering kom ikke med i kopien
   *[other] { $n } numre uden placering kom ikke med i kopien
}
sync-note-numbers-not-numbers = { $n ->
    [one] 1 post i nummerbeholdningen er ikke et telefonnummer og blev udeladt
   *[other] { $n } poster i nummerbeholdningen er ikke telefonnumre og blev udeladt
}: { $list }
sync-note-subscriptions-foreign = { $n ->
    [one] 1 abonnement findes allerede i denne cache under en anden organisation
   *[other] { $n } abonnementer findes allerede i denne cache under en anden organisation
}
sync-note-broadworks-odd = { $n ->
    [one] 1 BroadWorks-abonnent med en status eller pakke, som wxgo ikke kender, blev udeladt
   *[other] { $n } BroadWorks-abonnenter med en status eller pakke, som wxgo ikke kender, blev udeladt
}

## Hvad der blev af en kodes e-mail og af dens brev, til administratoren
email-note-not-asked = ikke sendt pr. e-mail (som ønsket). Kopiér eller udskriv koden til { $email }.
email-note-suppressed = ikke sendt pr. e-mail: { $org } undertrykker e-mails. Kopiér eller udskriv koden, og giv den til { $email }.
email-note-sent = e-mailet til { $email }: { $route }
email-note-failed = e-mailen til { $email } mislykkedes ({ $error }); kopiér eller udskriv koden i stedet.
mail-queued-as = lagt i udbakken som { $path }
mail-sent-smtp = sendt med SMTP via { $server }
letter-note-no-print-command = Brevet ligger i { $file } (kan kun læses af dig). Der er ikke sat nogen udskrivningskommando op (print_command i konfigurationen, eller `lp`): udskriv det derfra, og slet det bagefter.
letter-note-printed = Sendt til printeren med { $command }{ $printer }. Filen ligger i { $file } (kan kun læses af dig); slet den, når den er udskrevet.
letter-note-print-failed = Udskrivning med { $command } mislykkedes: { $error }
letter-not-printed-chars = Kunne ikke udskrives (vist som { "\uFFFD" }): { $chars }: { $why }.
letter-why-shaping = wxgo udskriver ikke skrifter, hvis bogstaver forbindes eller skifter form (arabisk, de indiske skrifter, thai, ...): skriv navnet på brevet i hånden
letter-why-no-font = ingen skrifttype på denne maskine har { $n ->
    [one] det
   *[other] dem
}; til kinesisk, japansk eller koreansk skal du installere en TrueType CJK-skrifttype (Debian: fonts-wqy-microhei eller fonts-droid-fallback) og lave brevet igen
note-and-more = { $note } { $more }
