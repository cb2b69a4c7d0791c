# Was die CLI berichtet (Zusammenfassungen von Läufen, Details eines Benutzers oder einer
# Nummer, Bestätigungen) und die Hinweise des Dienstes mit einer ID (der Hinweis des
# Massenimports), auf Deutsch. E-Mails, Nummern, IDs, Dateinamen, Befehle und Webex' eigene
# Worte sind Variablen und werden nie übersetzt. `--json` zeigt immer das Englische.

## Wörter in Zellen
report-yes = ja
report-no = nein
report-none = keine
report-left-out = (-o wide zeigt alle Spalten; ausgelassen: { $columns })

## wxgo users show
user-extension = Durchwahl
user-work-phone = Geschäftliche Nummer
user-recent-changes = Letzte Änderungen
user-code = Code { $state }, generiert { $issued }, läuft ab { $expires }
user-nothing-to-change = nichts zu ändern (es war bereits so)
user-changed = geändert: { $fields }
user-updated = { $email }: { $what }. Geschäftliche Nummer { $number }, Durchwahl { $extension }, Standort { $location }{ $tracking }.
user-work-number-set = { $email }: geschäftliche Nummer { $number }. Als Nächstes: { $next }.

## wxgo users list --not-provisioned, wenn niemand fehlt (AL04)
np-none-missing-templates = Jeder Benutzer, den eine Vorlage mit Webex Calling erfasst, hat es.
np-none-missing-webex = Alle Personen, die Webex in der Organisation führt, haben eine Webex Calling-Lizenz.

## wxgo numbers
numbers-owner-primary = { $owner } (primär)
numbers-added-local = { $added ->
        [one] { $added } Mobilnummer
       *[other] { $added } Mobilnummern
    } zu { $location } unter dem Betreiberkonto { $account } hinzugefügt (INACTIVE bis zur Zuweisung); { $rejected } nicht hinzugefügt.
numbers-added-webex = { $added ->
        [one] { $added } Mobilnummer
       *[other] { $added } Mobilnummern
    } über Webex zu { $location } hinzugefügt (INACTIVE bis zur Zuweisung); { $rejected } nicht hinzugefügt.
numbers-request = Anfrage { $i } von { $requests } ({ $n ->
        [one] { $n } Nummer
       *[other] { $n } Nummern
    }): { $outcome ->
        [added] hinzugefügt
        [partly-added] teilweise hinzugefügt
        [refused] abgelehnt
        [not-sent] nicht gesendet
       *[unknown] unbekannt
    }, { $added } hinzugefügt
numbers-now-primary = { $number } ist jetzt die primäre Nummer von { $email } (ACTIVE).
numbers-replaced = Die ersetzte Nummer { $number } ist wieder im Pool der nicht zugewiesenen Nummern.
numbers-device-created = Das Webex Go-Gerät des Mobilfunkbetreibers { $device } wurde für den Benutzer erstellt.
numbers-device-uses-new = Das Webex Go-Gerät des Mobilfunkbetreibers { $device } nutzt jetzt die neue Nummer.

## wxgo broadworks
bw-flow-through-ready = bereit
bw-flow-through-not-set-up = NICHT EINGERICHTET: „Nicht vertrauenswürdige E-Mails“ prüfen und den Freigabelink auf den Aktivierungslink setzen
bw-subscriber-deleted = Der BroadWorks-Teilnehmer { $id } ({ $name }) wurde gelöscht; der Benutzer kann es nach der Konfigurationsänderung erneut versuchen.

## wxgo licences
lic-template-created = Die Vorlage „{ $name }“ wurde erstellt. Bereits lizenzierte Benutzer behalten ihre Lizenzen; erneut anwenden mit `{ $command }`.
lic-template-changed = Die Vorlage „{ $name }“ wurde geändert. Bereits lizenzierte Benutzer behalten ihre Lizenzen; erneut anwenden mit `{ $command }`.
lic-template-deleted = Die Vorlage „{ $name }“ wurde gelöscht; { $n ->
        [one] ihr { $n } Benutzer behält
       *[other] ihre { $n } Benutzer behalten
    } die Lizenzen, die sie haben.
lic-none-yet = Keine Lizenzvorlagen.
lic-scope = { $scope ->
        [group] Gruppe
       *[organisation] Organisation
    }
lic-grants = ✓ gewährt
lic-grants-not = ✗ nein
lic-operation = { $operation ->
        [remove] entfernen
       *[add] hinzufügen
    }
lic-dry-run-assign = Probelauf: Nichts wurde geändert. Was die Zuweisung tun würde:
lic-assign-summary = Vorlage „{ $template }“: { $licensed } lizenziert, { $kept } hatten Webex Calling bereits, { $not } nicht lizenziert.
lic-provisioned = { $email }: Webex Calling Professional in { $location }.
lic-provisioned-with = { $email }: Webex Calling Professional in { $location } mit { $number }.
lic-losing = Benutzer, die Webex Calling verlieren: { $users }
lic-losing-more = Benutzer, die Webex Calling verlieren: { $users } und { $more } weitere
lic-dry-run-reapply = Probelauf: Nichts wurde geändert. Was das erneute Anwenden tun würde:
lic-cancelled = Abgebrochen: { $n ->
        [one] { $n } Benutzer wurde
       *[other] { $n } Benutzer wurden
    } in Webex erledigt, bevor es anhielt.
lic-reapply-summary = „{ $template }“ erneut auf { $covered } erfasste Benutzer angewendet (Lizenzen für bestehende Benutzer beibehalten: { $preserve ->
        [on] ein
       *[off] aus
    }): { $provisioned } bereitgestellt, { $not } nicht bereitgestellt, { $kept } beibehalten, { $removed } haben Webex Calling verloren.
lic-deleted-for-good = Endgültig gelöscht: { $numbers } Nummernzuweisung(en) (zurück im Pool der nicht zugewiesenen), { $devices } Webex Go-Gerät(e), { $voicemail } Voicemail-Einstellung(en), { $services } Anrufdienst-Einstellung(en).

## wxgo directory sync
dir-dry-run = Probelauf: Nichts wurde geändert. Was die Synchronisierung tun würde:
dir-summary = { $total } Benutzer aus { $source } synchronisiert: { $created } erstellt, { $updated } aktualisiert, { $unchanged } unverändert.
dir-calling = Webex Calling: { $provisioned } bereitgestellt, { $not } nicht bereitgestellt, { $kept } hatten es bereits (beibehalten), { $uncovered } von keiner Vorlage erfasst, die es gewährt.
dir-see-again = Erneut anzeigen mit `{ $list }`; eine Nummer korrigieren mit `{ $fix }`, dann `{ $reapply }`.

## Ein Lauf vieler Änderungen (Verzeichnissynchronisierung, Lizenzzuweisung, erneutes Anwenden)
run-kind = { $kind ->
        [re-apply] Erneutes Anwenden
        [directory-sync] Verzeichnissynchronisierung
       *[licence-assignment] Lizenzzuweisung
    }
run-progress = { $run }: { $done }/{ $total } Benutzer ({ $percent } %)
run-stopping = { $run }: hält an, sobald die laufenden Anfragen beantwortet sind…
run-not-done = In Webex nicht (oder nicht vollständig) erledigt: { $n }
run-would-send = Es würde { $n ->
        [one] { $n } Anfrage
       *[other] { $n } Anfragen
    } an Webex senden:
run-continued = Ein früherer, nicht beendeter Lauf derselben Eingabe wurde fortgesetzt ({ $n ->
        [one] { $n } bereits erledigte Zeile wurde
       *[other] { $n } bereits erledigte Zeilen wurden
    } nicht erneut gesendet).

## wxgo sync, wxgo orgs
sync-done = { $org } ({ $id }) in { $pages } Seiten synchronisiert:
orgs-not-cached = nein ({ $command })

## wxgo calls
calls-imported = { $imported } Anrufdatensätze aus { $source } importiert ({ $go } Webex Go-Anrufe); { $duplicates } waren bereits vorhanden; { $unlinked } keinem Benutzer zugeordnet.
calls-none-match = Keine Anrufdatensätze gefunden. Importieren mit `{ $command }`.

## wxgo why
why-subscriber = BroadWorks-Teilnehmer { $name } ({ $id })
why-no-cause-below = Keine Ursache gefunden: nichts im Geprüften (unten) verhindert Anrufe.
why-blocks = verhindert Anrufe
why-may-affect = kann Anrufe beeinträchtigen
why-key = Taste { $key } ({ $place })
why-na = (trifft nicht zu)
why-extension = Durchwahl
why-issues = Probleme: { $codes }
why-bw-error = Fehler { $code }: { $text }
why-webex-audit = Webex-Admin-Audit

## wxgo devices import (WG13): die Tabelle und der Hinweis des Dienstes
import-dry-run-cell = (Probelauf)
import-assigned = { $number } (zugewiesen)
import-added = { $n ->
        [one] { $n } Webex Go-Gerät
       *[other] { $n } Webex Go-Geräte
    } aus { $source } hinzugefügt (Aktivierung ausstehend).
import-would-send = würde senden: { $method } { $path }  ({ $row }: { $what })
import-dry-run-ok = Probelauf: alle { $rows } Zeilen können hinzugefügt werden; nichts wurde geändert.
import-dry-run-problems = Probelauf: { $n ->
        [one] { $n } Problem
       *[other] { $n } Probleme
    }; nichts wurde geändert.
import-problems-not-added = { $n ->
        [one] { $n } Problem
       *[other] { $n } Probleme
    } in { $source }: Nichts wurde hinzugefügt. Korrigieren Sie die genannten Zeilen und importieren Sie die Datei erneut.
import-codes-in-file = Die Aktivierungscodes stehen in { $file } (nur für Sie lesbar){ $emailed ->
        [0] {""}
        [one] ; { $emailed } wurde auch per E-Mail gesendet
       *[other] ; { $emailed } wurden auch per E-Mail gesendet
    }. Geben Sie sie aus oder drucken Sie Briefe, und löschen Sie dann die Datei.
import-all-emailed = { $n ->
        [one] Der Aktivierungscode wurde seinem Benutzer per E-Mail gesendet.
       *[other] Alle { $n } Aktivierungscodes wurden ihren Benutzern per E-Mail gesendet.
    }
import-some-not-emailed = { $emailed ->
        [one] { $emailed } Aktivierungscode wurde
       *[other] { $emailed } Aktivierungscodes wurden
    } per E-Mail gesendet, { $n } nicht, und es wurde keine Codedatei angefordert. Von jedem Code wird nur ein Hash aufbewahrt; generieren Sie daher neue Codes für diese Geräte, wenn Sie sie ausgeben: `{ $command }` (fügen Sie { $flag } hinzu, um einen Brief zu drucken).
import-problems-not-sent = { $n ->
        [one] { $n } Problem
       *[other] { $n } Probleme
    } in { $source }: Nichts wurde an Webex gesendet. Korrigieren Sie die genannten Zeilen und importieren Sie die Datei erneut.
import-webex-dry-run = Probelauf: alle { $rows } Zeilen können gesendet werden; { $requests ->
        [one] { $requests } Anfrage ginge
       *[other] { $requests } Anfragen gingen
    } an Webex; nichts wurde geändert.
# Der Import einer echten Organisation: was hinzugefügt wurde, dann jeder zutreffende Satz.
# $stopped: yes oder no; $again: both, unknown, refused oder none; $codes: file, none oder other;
# $ids: written, read oder other.
import-webex-note = { $added } von { $total } Zeilen in diesem Lauf bei Webex hinzugefügt{ $before ->
        [0] {""}
       *[other] , { $before } in einem früheren Lauf
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } von Webex abgelehnt (siehe jede Zeile)
    }{ $lost ->
        [0] {""}
       *[other] ; { $lost } Code(s) von Webex generiert, aber verloren (die Antwort kam nie, oder ein früherer Lauf wurde angehalten): neue Codes generieren, siehe jede Zeile
    }.{ $unknown ->
        [0] {""}
       *[other] {" "}{ $unknown } Zeile(n) ohne Antwort von Webex: nicht abgelehnt, unbekannt (Webex hat das Gerät vielleicht erstellt und einen Code generiert, der niemanden erreichte); sie wurden nicht erneut gesendet.
    }{ $stopped ->
        [yes] {" "}Angehalten, { $unsent } Zeile(n) nicht gesendet: Führen Sie denselben Befehl erneut aus, um fortzufahren (nichts wird doppelt gesendet).
       *[no] {""}
    }{ $again ->
        [both] {" "}Führen Sie denselben Befehl erneut aus: Er fragt Webex nach den Zeilen ohne Antwort (und sendet nichts für die, die Webex hat) und wiederholt die abgelehnten Zeilen.
        [unknown] {" "}Führen Sie denselben Befehl erneut aus: Er fragt Webex zuerst nach diesen Zeilen und sendet nichts für die, die Webex hat.
        [refused] {" "}Führen Sie denselben Befehl erneut aus, um nur die abgelehnten Zeilen zu wiederholen.
       *[none] {""}
    }{ $codes ->
        [file] {" "}Die Aktivierungscodes stehen in { $file } (nur für Sie lesbar); geben Sie sie aus und löschen Sie dann die Datei.
        [none] {" "}Keine Codedatei angefordert und nichts per E-Mail gesendet: Generieren Sie neue Codes, wenn Sie sie ausgeben (`{ $command }`).
       *[other] {""}
    }{ $ids ->
        [written] {" "}Die Webex-IDs der neuen Geräte konnten nicht geschrieben werden ({ $error }): `{ $sync }` ergänzt sie.
        [read] {" "}Die Webex-IDs der neuen Geräte konnten nicht gelesen werden ({ $error }): `{ $sync }` ergänzt sie.
       *[other] {""}
    }

## The sync's note on a part it could not read (the request as it was: method, path, status).
sync-part-people = Personen
sync-part-licences = Lizenzen
sync-part-locations = Standorte
sync-part-devices = Webex Go-Geräte
sync-part-numbers = Nummern
sync-part-broadworks = BroadWorks-Abonnenten
sync-part-audit = Admin-Audit-Ereignisse
sync-part-not-available = { $what }: für dieses Token nicht verfügbar ({ $method } { $path } antwortete { $status }). Um sie zu sehen, ist das Token eines Partner-Administrators mit der passenden Rolle nötig.
sync-part-failed = { $what }: { $error }
sync-note-next = { $first }; { $next }
sync-note-no-email = { $n ->
    [one] 1 Person ohne E-Mail-Adresse wurde nicht in die Kopie übernommen
   *[other] { $n } Personen ohne E-Mail-Adresse wurden nicht in die Kopie übernommen
}
sync-note-twins = { $n ->
    [one] 1 Person hat eine E-Mail-Adresse, die sich von einer anderen nur in der Groß-/Kleinschreibung unterscheidet, und wurde nicht in die Kopie übernommen
   *[other] { $n } Personen haben eine E-Mail-Adresse, die sich von einer anderen nur in der Groß-/Kleinschreibung unterscheidet, und wurden nicht in die Kopie übernommen
}: { $list }{ $more }. Geben Sie jeder Person in Control Hub ihre eigene Adresse, und synchronisieren Sie dann
sync-note-twin-kept = { $email } (behalten: { $kept })
sync-note-twin-kept-cached = { $email } (behalten: die Person, die schon in der Kopie ist)
sync-note-more = und { $n } weitere
sync-note-bad-numbers = { $n ->
    [one] 1 Person hat in Webex eine geschäftliche Nummer, die keine Telefonnummer ist
   *[other] { $n } Personen haben in Webex eine geschäftliche Nummer, die keine Telefonnummer ist
}; sie wurde weggelassen (die Person bleibt): { $list }{ $more }
sync-note-devices-ownerless = { $n ->
    [one] 1 Webex Go-Gerät ohne Besitzer in der Kopie wurde nicht in die Kopie übernommen
   *[other] { $n } Webex Go-Geräte ohne Besitzer in der Kopie wurden nicht in die Kopie übernommen
}
sync-note-devices-second = { $n ->
    [one] 1 Person hat mehr als ein Webex Go-Gerät; das erste wird gezeigt
   *[other] { $n } Personen haben mehr als ein Webex Go-Gerät; das erste wird gezeigt
}
sync-note-numbers-no-location = { $n ->
    [one] 1 Nummer ohne Standort wurde nicht in die Kopie übernommen
   *[other] { $n } Nummern ohne Standort wurden nicht in die Kopie übernommen
}
sync-note-numbers-not-numbers = { $n ->
    [one] 1 Eintrag des Nummernbestands ist keine Telefonnummer und wurde weggelassen
   *[other] { $n } Einträge des Nummernbestands sind keine Telefonnummern und wurden weggelassen
}: { $list }
sync-note-subscriptions-foreign = { $n ->
    [one] 1 Abonnement ist in diesem Cache schon unter einer anderen Organisation
   *[other] { $n } Abonnements sind in diesem Cache schon unter einer anderen Organisation
}
sync-note-broadworks-odd = { $n ->
    [one] 1 BroadWorks-Abonnent mit einem Status oder Paket, das wxgo nicht kennt, wurde weggelassen
   *[other] { $n } BroadWorks-Abonnenten mit einem Status oder Paket, das wxgo nicht kennt, wurden weggelassen
}

## Was aus der E-Mail eines Codes und aus seinem Brief wurde, für den Admin
email-note-not-asked = nicht per E-Mail gesendet (wie gewünscht). Kopieren oder drucken Sie den Code für { $email }.
email-note-suppressed = nicht per E-Mail gesendet: { $org } unterdrückt E-Mails. Kopieren oder drucken Sie den Code, und geben Sie ihn { $email }.
email-note-sent = per E-Mail an { $email } gesendet: { $route }
email-note-failed = Die E-Mail an { $email } ist fehlgeschlagen ({ $error }); kopieren oder drucken Sie stattdessen den Code.
mail-queued-as = im Postausgang abgelegt als { $path }
mail-sent-smtp = per SMTP über { $server } gesendet
letter-note-no-print-command = Der Brief liegt in { $file } (nur für Sie lesbar). Es ist kein Druckbefehl eingerichtet (print_command in der Konfiguration, oder `lp`): Drucken Sie ihn von dort, und löschen Sie ihn dann.
letter-note-printed = Mit { $command } an den Drucker gesendet{ $printer }. Die Datei liegt in { $file } (nur für Sie lesbar); löschen Sie sie nach dem Drucken.
letter-note-print-failed = Drucken mit { $command } ist fehlgeschlagen: { $error }
letter-not-printed-chars = Nicht druckbar (als { "\uFFFD" } gezeigt): { $chars }: { $why }.
letter-why-shaping = wxgo druckt keine Schriften, deren Buchstaben sich verbinden oder ihre Form ändern (Arabisch, die indischen Schriften, Thai, ...): Schreiben Sie den Namen von Hand auf den Brief
letter-why-no-font = keine Schrift auf diesem Rechner enthält { $n ->
    [one] es
   *[other] sie
}; für Chinesisch, Japanisch oder Koreanisch installieren Sie eine TrueType-CJK-Schrift (Debian: fonts-wqy-microhei oder fonts-droid-fallback) und erstellen den Brief erneut
note-and-more = { $note } { $more }
