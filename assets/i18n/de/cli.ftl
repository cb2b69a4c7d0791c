# Was die CLI ausgibt, auf Deutsch. Befehle, Flags, --json und Regel-IDs bleiben, wie sie sind.

## Wie ein Fehler gesagt wird
cli-error = Fehler: { $message }
cli-partly-done = teilweise erledigt: { $message }

## Teilweise erledigt (Exit 8) und berichtet (Exit 4)
cli-calls-not-imported = { $n ->
    [one] { $n } Problem in { $source }; nichts wurde importiert
   *[other] { $n } Probleme in { $source }; nichts wurde importiert
}
cli-licences-not-licensed = { $n ->
    [one] { $n } Benutzer erhielt keine Lizenz (AL01-AL03); der Grund steht oben
   *[other] { $n } Benutzer erhielten keine Lizenz (AL01-AL03); der Grund für jeden steht oben
}
cli-licences-partly-applied = { $email }: Webex hat nur einen Teil der Lizenzen angewendet (nicht: { $licences }); die anderen sind zugewiesen
cli-mail-not-sent = { $n ->
    [one] { $n } Nachricht wurde nicht gesendet und bleibt im Postausgang; der Grund steht oben
   *[other] { $n } Nachrichten wurden nicht gesendet und bleiben im Postausgang; die Gründe stehen oben
}
cli-numbers-not-added = { $n ->
    [one] { $n } Nummer wurde nicht hinzugefügt (MO03); Status und Grund stehen oben
   *[other] { $n } Nummern wurden nicht hinzugefügt (MO03); Status und Grund stehen oben
}

## Spaltenköpfe
head-name = Name
head-email = E-Mail
head-location = Standort
head-licences = Lizenzen
head-primary-number = Hauptnummer
head-calling = Calling
head-device = Gerät
head-owner = Besitzer
head-subscription = Abonnement
head-kind = Art
head-status = Status
head-number = Nummer
head-code-expires = Code läuft ab
head-state = Zustand
head-operator = Anbieter
head-webex-go-licences = Webex Go-Lizenzen
head-used = Belegt
head-free = Frei
head-line = Zeile
head-column = Spalte
head-problem = Problem
head-reason = Grund
head-fix = Abhilfe
head-user = Benutzer
head-when = Wann
head-who = Wer
head-action = Aktion
head-outcome = Ergebnis
head-details = Details
head-department = Abteilung
head-work-number = Geschäftliche Nummer
head-account-id = Konto-ID
head-numbers = Nummern
head-what-to-do = Was zu tun ist
head-entered = Eingegeben
head-emailed = Gemailt
head-what-happened = Was geschah

## Bestätigungen für Unumkehrbares
cli-confirm-device = Gerät { $device } von { $name } <{ $email }>, { $status }.
cli-confirm-lost-stolen = Verloren oder gestohlen: { $device }
cli-confirm-lost-stolen-line = • Die Geschäftsleitung auf dem verlorenen Telefon wird sofort und endgültig deaktiviert: Ihr Code und ihr eSIM-Profil können nie wieder verwendet werden.
cli-confirm-lost-stolen-new-code = • Das Gerät geht zurück auf „Aktivierung ausstehend“ mit einem neuen Aktivierungscode für das Ersatztelefon (WG08).
cli-confirm-delete = { $device } löschen
cli-confirm-delete-licence = • Das Webex Go-Gerät wird entfernt, und seine Lizenz geht zurück in den Pool von { $subscription } (WG09).
cli-confirm-delete-calls = • { $name } kann über die Wähltastatur des Telefons keine geschäftlichen Anrufe mehr tätigen oder annehmen.
cli-not-confirmed-no-terminal = { $what } kann nicht rückgängig gemacht werden, und es gibt kein Terminal, um nachzufragen: Nichts wurde getan. Bestätigen Sie es mit --yes: { $command }.
cli-not-confirmed = nicht bestätigt. Nichts wurde getan.
## Die eigenen Ablehnungen und Hinweise der CLI (Flags, Shells, Profile, Dateien und Organisationen, wie sie sind)
cli-give-account-or-location = Geben Sie --account oder --location an
cli-no-completions = keine Vervollständigungen für { $shell }
cli-code-stdin = Der Code kann nicht von der Standardeingabe gelesen werden: { $error }
cli-console-first-sync = Das Profil „{ $profile }“ hat noch keine Kopie seiner Organisation: Sie wird zuerst synchronisiert
cli-console-synced = { $org } in { $pages ->
        [one] { $pages } Seite
       *[other] { $pages } Seiten
    } synchronisiert; die Konsole wird geöffnet
cli-demo-first-use = Die Demo-Organisation „{ $org }“ wurde in { $db } erstellt (erste Verwendung von --demo).
cli-import-progress = { $phase } { $done }/{ $total } Zeilen
cli-import-stopping = Wird angehalten: keine neuen Anfragen; es wird auf die laufenden Antworten gewartet (derselbe Befehl noch einmal setzt fort)
cli-operator-confirm = Betreiberkonto-ID { $id } für { $location } ({ $operator }) bestätigen? Sie kann später nicht geändert werden.
cli-code-expired-at = abgelaufen { $when }
cli-note = Hinweis: { $note }
cli-trace-note = --trace: { $note }
cli-wrote-users = Die Benutzerliste wurde in { $path } geschrieben (nur für Sie lesbar)
cli-wrote-subscribers = Die Abonnentenliste wurde in { $path } geschrieben (nur für Sie lesbar)

## Wenn eine Liste leer ist
cli-empty-subscribers = Keine Teilnehmer gefunden.
cli-empty-templates = Keine Kundenvorlagen.
cli-empty-numbers = Keine Nummern gefunden.
cli-empty-numbers-given = Keine Nummern angegeben.
cli-empty-operator-accounts = Noch keine Betreiberkonten. Fügen Sie eines mit `wxgo operator-accounts add` hinzu.
cli-empty-subscriptions = Kein Abonnement hat Webex Go-Lizenzen.
cli-empty-users = Keine Benutzer gefunden.
cli-empty-devices = Keine Webex Go-Geräte gefunden.
cli-empty-audit = Das Prüfprotokoll ist leer.

## head-*
head-object = Objekt
head-ssh-client = SSH-Client
head-organisation = Organisation
head-cached = Im Cache
head-date = Datum
head-to = An
head-subject = Betreff
head-file = Datei
head-start = Beginn
head-direction = Richtung
head-called = Angerufen
head-duration = Dauer
head-client = Client
head-template = Vorlage
head-scope = Geltungsbereich
head-group = Gruppe
head-other-licences = Andere Lizenzen
head-users = Benutzer
head-with-calling = Mit Calling
head-error = Fehler
head-package = Paket
head-default-package = Standardpaket
head-untrusted-emails = Nicht vertrauenswürdige E-Mails
head-share-link = Freigabelink
head-row = Zeile
head-what = Was
head-broadworks-id = BroadWorks-ID
head-id = ID
head-method = Methode
head-path = Pfad
head-flow-through-bw01 = Flow-through (BW01)

## Ein Gerät hinzufügen und löschen
cli-add-to = Webex Go-Gerät für { $name } <{ $email }> hinzufügen:
cli-add-not-possible = Nicht möglich: { $refusal }
cli-add-subscriptions = Abonnements:
cli-add-subscriptions-choose = Abonnements (wählen Sie eines mit --subscription):
cli-add-free-of = { $free } von { $total } frei
cli-add-no-primary = Keine Hauptnummer: Wählen Sie eine mit --number:
cli-add-keeps-primary = Behält die Hauptnummer { $number }
cli-deleted = Webex Go-Gerät { $device } von { $email } gelöscht. Seine Lizenz ist zurück in { $subscription } ({ $free } frei).

## Ein Lauf gegen Webex, der nicht fertig wurde (Exit 8)
cli-run-cancelled = { $kind ->
        [re-apply] Das erneute Anwenden
        [directory-sync] Die Verzeichnissynchronisierung
       *[licence-assignment] Die Lizenzzuweisung
    } wurde abgebrochen: Die Anfragen, die Webex beantwortet hat, sind erledigt und im Cache; führen Sie denselben Befehl erneut aus, um dort weiterzumachen, wo er stoppte
cli-run-failed = { $n ->
        [one] { $n } Benutzer wurde in Webex nicht (oder nicht ganz) erledigt
       *[other] { $n } Benutzer wurden in Webex nicht (oder nicht ganz) erledigt
    }; jeder steht oben mit den Worten von Webex. Beheben Sie die Ursache und führen Sie denselben Befehl erneut aus: Was erledigt ist, wird nicht zweimal gesendet

## Die Probleme eines Imports über die aufgeführten hinaus ($then: was danach zu tun ist)
cli-more-problems = ... und { $n ->
        [one] { $n } weiteres Problem
       *[other] { $n } weitere Probleme
    }, nicht aufgeführt ({ $total } insgesamt). Beheben Sie diese, dann { $then }.
cli-then-import-again = importieren Sie den Bericht erneut
cli-then-dry-run = prüfen Sie erneut mit --dry-run

## login, logout and whoami (the profile, URL, code, paths and commands as they are)
cli-login-to = So melden Sie sich für das Profil „{ $profile }“ bei Webex an:
cli-login-open = {"  "}öffnen Sie { $url }
cli-login-code = {"  "}und geben Sie den Code { $code } ein
cli-login-scan = {"  "}oder scannen Sie dies mit einem Telefon:
cli-login-waiting = Warten auf die Anmeldung (der Code gilt { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    })...
cli-login-signed-in = Angemeldet. { $kept }
cli-login-kept-keyring = Die Anmeldung ist im Schlüsselbund des Systems gespeichert.
cli-login-kept-file = Die Anmeldung ist in { $path } gespeichert (nur für Sie lesbar).
cli-login-kept-file-no-keyring = Es ist kein Schlüsselbund des Systems verfügbar ({ $why }), daher ist die Anmeldung in { $path } gespeichert (nur für Sie lesbar).
cli-login-env-token = Hinweis: In der Umgebung ist ein Token gesetzt (WEBEX_TOKEN oder --token-env): Solange es gesetzt ist, verwenden die Befehle dieses Token, nicht diese Anmeldung.
cli-login-you-are = Sie sind { $person } in { $org }.
cli-login-read-only = Dieses Profil öffnet schreibgeschützt, weil { $reason }.
cli-login-next = Weiter: `{ $command }` kopiert die Organisation in den Cache.
cli-org-id-unreadable = ID { $id } (dieses Token darf die Organisation möglicherweise nicht lesen, daher ist ihr Name nicht bekannt)
cli-org-id-nameless = ID { $id } (Webex gibt ihr keinen Namen)
cli-org-not-known = nicht bekannt (Webex nannte weder ihren Namen noch ihre ID)
cli-logout-done = Vom Profil „{ $profile }“ abgemeldet: Seine gespeicherte Anmeldung ist gelöscht (Schlüsselbund und Datei).
cli-logout-purged = Die zwischengespeicherten Daten der Organisation in { $path } sind gelöscht.
cli-logout-no-cache = Es gab keine zwischengespeicherten Daten der Organisation ({ $path } existiert nicht).
cli-logout-env-token = Hinweis: WEBEX_TOKEN ist in dieser Shell noch gesetzt; entfernen Sie es (unset), um dieses Token nicht mehr zu verwenden.
cli-whoami-profile = Profil:
cli-whoami-person = Person:
cli-whoami-org = Organisation:
cli-whoami-roles = Rollen:
cli-whoami-token = Token:
cli-whoami-scopes = Berechtigungen:
cli-whoami-expires = Läuft ab:
cli-whoami-read-only = Schreibgeschützt:
cli-whoami-token-static = statisch (aus der Umgebung, nie gespeichert)
cli-whoami-token-oauth = OAuth (wxgo login)
cli-whoami-scopes-unknown = für diese Art von Token nicht bekannt
cli-whoami-expires-unknown = nicht bekannt (erneuert nach den Regeln von Webex für diese Art von Token)

## org (names, addresses and country codes as they are)
cli-org-name = Organisation:
cli-org-country = Land:
cli-org-emails = E-Mails:
cli-org-smdp = SM-DP+-Adresse:
cli-org-code-lifetime = Gültigkeit der Codes:
cli-org-go-countries = Webex Go-Länder:
cli-org-emails-suppressed = unterdrückt (Codes kopieren oder drucken)
cli-org-emails-sent = werden gesendet
cli-org-smdp-unknown = - (nicht in der Webex-API: nur in Control Hub, Geräte > Webex Go)
cli-org-days = { $n ->
        [one] { $n } Tag
       *[other] { $n } Tage
    }

## mail (addresses, subjects, the outbox, the server and the route as they are)
cli-mail-none-wait = In { $outbox } warten keine Nachrichten. E-Mails gehen an { $route }.
cli-mail-waiting = { $n ->
        [one] { $n } Nachricht wartet
       *[other] { $n } Nachrichten warten
    }. E-Mails gehen an { $route }; senden Sie sie mit `{ $command }`.
cli-mail-sent = gesendet
cli-mail-failed = nicht gesendet
cli-mail-stale = veraltet
cli-mail-stale-why = ihr Aktivierungscode gilt nicht mehr (nach stale/ verschoben); stellen Sie einen neuen Code aus
cli-mail-retried = { $sent } über { $server } gesendet; { $failed } fehlgeschlagen{ $untried ->
        [0] {""}
       *[other] ; { $untried } nicht versucht (der Server war nicht erreichbar)
    }.
cli-mail-none-sent = keine der wartenden Nachrichten wurde gesendet ({ $n } fehlgeschlagen); sie bleiben im Postausgang: versuchen Sie es später erneut

## demo (the organisation's name, the file and the command as they are)
cli-demo-created = Die Demo-Organisation „{ $org }“ wurde in { $db } erstellt: { $users ->
        [one] { $users } Benutzer
       *[other] { $users } Benutzer
    }, { $numbers ->
        [one] { $numbers } Nummer
       *[other] { $numbers } Nummern
    }, { $devices ->
        [one] { $devices } Webex Go-Gerät
       *[other] { $devices } Webex Go-Geräte
    }, { $subscribers ->
        [one] { $subscribers } BroadWorks-Abonnent
       *[other] { $subscribers } BroadWorks-Abonnenten
    }.
cli-demo-open = Öffnen Sie die Konsole mit: { $command }
demo-exists = { $path } existiert bereits; nichts wurde geändert. Verwenden Sie --force, um sie durch eine neue Demo-Organisation zu ersetzen, oder wählen Sie mit --db eine andere Datei.
demo-users-range = --users muss zwischen 1 und { $max } liegen

## Ein generierter Code (devices add, new-code, lost-stolen) und sein Brief
cli-code-asking = Webex wird um einen Aktivierungscode gebeten ...
cli-code-asking-new = Webex wird um einen neuen Aktivierungscode gebeten ...
cli-code-added = Webex Go-Gerät { $device } für { $name } <{ $email }> hinzugefügt: { $status }.
cli-code-new = Webex Go-Gerät { $device }: neuer Code für { $name } <{ $email }>: { $status }.
cli-code-lost-stolen = Webex Go-Gerät { $device } verloren/gestohlen: Leitung deaktiviert, neue Aktivierungsdetails für { $name } <{ $email }>: { $status }.
cli-code-label-code = Aktivierungscode:
cli-code-label-smdp = SM-DP+-Adresse:
cli-code-label-android = Android-Code:
cli-code-label-lpa = QR-Code (LPA):
cli-code-label-qr = QR-Code:
cli-code-label-expires = Läuft ab:
cli-code-label-number = Geschäftliche Nummer:
cli-code-label-email = E-Mail:
cli-code-control-hub-only = nur in Control Hub (Geräte > das Webex Go-Gerät)
cli-code-shown-once = Der Code wird nur jetzt gezeigt (nur ein Hash wird gespeichert). Um ihn erneut auszugeben, generieren Sie einen neuen.
cli-letter-note = Aktivierungsbrief: { $note }
cli-letter-for = Aktivierungsbrief für { $device } ({ $email }): { $note }
## wxgo bench: sein Bericht und seine Fehler (Zahlen, Pfade, Befehle und Ziele, wie sie sind; p50/p99 sind Perzentile)
bench-error = Benchmark: { $error }
bench-no-users-pane = Das erste Bild zeigte den Bereich „Benutzer“ nicht
bench-no-proc-status = /proc/self/status kann nicht gelesen werden
bench-command-failed = { $command } ist fehlgeschlagen: { $error }
bench-import-short = Der Import hat { $added } von { $rows } Zeilen hinzugefügt: { $problem }
bench-too-few-users = Nur { $n } Benutzer können ein Gerät erhalten; verwenden Sie ein größeres --users
bench-missed = { $n ->
        [one] { $n } Ziel verfehlt
       *[other] { $n } Ziele verfehlt
    }
bench-floor-start = Benchmark: Die Kopie für die Untergrenze beginnt nicht dort, wo der Import begann
bench-floor-nothing = Benchmark: Der Import hat keine Geräte geschrieben, die erneut geschrieben werden könnten
bench-floor-other-ids = Benchmark: Die Untergrenze hat die Geräte { $from } bis { $to } geschrieben, der Import { $import_from } bis { $import_to }
bench-built = { $users } Benutzer, { $numbers } Nummern, { $devices } Geräte in { $seconds } s angelegt
bench-no-sqlite3 = sqlite3 ist nicht installiert: Die Vergleichswerte brauchen es (apt-get install sqlite3)
bench-title = wxgo bench: { $users } Benutzer ({ $db }), { $cores } Kerne
bench-first-frame = Start bis zum ersten Bild (Benutzer, 80x24), Median
bench-first-frame-baseline = sqlite3 öffnen + erste Seite { $ms } ms; Verhältnis { $ratio }x
bench-n-a = k. A.
bench-keys = Tastendruck bis Bild, { $n } Tasten: p50 / p99 / max
bench-keys-target = Ziel p99 <= { $ms } ms
bench-key-kind = { $kind } ({ $n } Tasten): p50 / p99 / max
bench-bytes = Bytes zum Terminal, die Auswahl rückt eine Zeile weiter (200x50)
bench-bytes-baseline = ein ganzes Neuzeichnen sind etwa { $bytes } B
bench-import-phases = Phasen des Imports: { $phases }
bench-floor = dieselben Zeilen erneut als reines SQL geschrieben (die Untergrenze)
bench-sqlite3-reference = zum Vergleich: sqlite3 .import { $file } ms (in :memory: { $memory } ms)
bench-import = Massenimport, { $rows } Zeilen vollständig geprüft
bench-import-figure = { $ms } ms ({ $rate } Zeilen/s)
bench-import-baseline = Untergrenze { $floor } ms; Verhältnis { $ratio }x (Läufe: { $runs }); Ziel <= { $target }x
bench-memory = höchster belegter Speicher, Konsole offen und filternd
bench-memory-baseline = Ziel <= { $mb } MB; die Listenindizes belegen { $index } MB
bench-binary = Größe des Programms ({ $path })
bench-binary-baseline = Ziel <= { $mb } MB

## Die Zeile, die ein Lesen aus dem Cache einer echten Organisation auf stderr schreibt
cli-cache-age = { $org } · Profil { $profile } (webex) · { $age }
cli-cache-age-unfinished = { $org } · Profil { $profile } (webex) · { $age } (eine spätere Synchronisierung wurde nicht beendet: dies ist die letzte vollständige Kopie)
cli-cache-note = Hinweis: { $note }
cli-cache-read-only = schreibgeschützt, weil { $why }
age-as-of = Stand { $at }, { $ago }
age-just-now = gerade eben
age-minutes = vor { $n } Min.
age-hours = vor { $n } Std.
age-days = { $n ->
        [one] vor { $n } Tag
       *[other] vor { $n } Tagen
    }
fmt-time = %H:%M
age-first-sync = die erste Synchronisierung ist nicht abgeschlossen: die Liste ist unvollständig; führen Sie { $command } aus

## Die Bedienfehler von clap (src/cli/help.rs): ein unbekanntes Flag oder ein unbekannter Befehl,
## ein fehlendes Argument, ein Wert, den es nicht nimmt, mit den Tipps von clap und wo mehr steht;
## Flags, Werte und Befehle, wie sie sind.
clap-usage = Verwendung
clap-possible-values = mögliche Werte
clap-commands-note = Unterbefehle
clap-error-unknown-argument = unerwartetes Argument '{ $arg }'
clap-error-unknown-command = unbekannter Unterbefehl '{ $command }'
clap-error-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
clap-error-invalid-value-because = ungültiger Wert '{ $value }' für '{ $arg }': { $reason }
clap-error-value-missing = '{ $arg }' braucht einen Wert, es wurde aber keiner angegeben
clap-error-missing-required = diese nötigen Argumente fehlen:
clap-error-missing-command = '{ $command }' braucht einen Unterbefehl, es wurde aber keiner angegeben
clap-error-used-twice = das Argument '{ $arg }' darf nur einmal angegeben werden
clap-error-conflict = das Argument '{ $arg }' kann nicht zusammen mit '{ $other }' verwendet werden
clap-error-conflict-list = das Argument '{ $arg }' kann nicht zusammen mit diesen verwendet werden:
clap-error-conflict-others = das Argument '{ $arg }' kann nicht zusammen mit einem oder mehreren der anderen angegebenen Argumente verwendet werden
clap-error-command-conflict = der Unterbefehl '{ $command }' kann nicht zusammen mit '{ $other }' verwendet werden
clap-error-command-conflict-list = der Unterbefehl '{ $command }' kann nicht zusammen mit diesen verwendet werden:
clap-error-command-conflict-others = der Unterbefehl '{ $command }' kann nicht zusammen mit einem oder mehreren der anderen angegebenen Argumente verwendet werden
clap-error-no-equals = '{ $arg }' braucht ein Gleichheitszeichen vor seinem Wert
clap-error-too-many-values = unerwarteter Wert '{ $value }' für '{ $arg }'; es wurden keine weiteren erwartet
clap-error-too-few-values = '{ $arg }' braucht { $wanted } Werte; nur { $given } { $n ->
        [one] wurde
       *[other] wurden
    } angegeben
clap-error-wrong-number-of-values = '{ $arg }' braucht { $wanted } Werte, aber { $given } { $n ->
        [one] wurde
       *[other] wurden
    } angegeben
clap-error-invalid-utf8 = in einem oder mehreren Argumenten steht ungültiges UTF-8
clap-error-more = Mehr dazu mit '{ $help }'.
clap-tip = Tipp
clap-tip-similar-command = { $n ->
        [one] es gibt einen ähnlichen Unterbefehl: { $names }
       *[other] es gibt ähnliche Unterbefehle: { $names }
    }
clap-tip-similar-argument = { $n ->
        [one] es gibt ein ähnliches Argument: { $names }
       *[other] es gibt ähnliche Argumente: { $names }
    }
clap-tip-similar-value = { $n ->
        [one] es gibt einen ähnlichen Wert: { $names }
       *[other] es gibt ähnliche Werte: { $names }
    }
clap-tip-as-value = um '{ $arg }' als Wert zu übergeben, schreiben Sie '{ $command }'
clap-tip-exists = es gibt '{ $command }'
clap-tip-remove-dashes = es gibt den Unterbefehl '{ $command }'; um ihn zu verwenden, entfernen Sie das '--' davor
cli-letter-lang-unknown = wxgo schreibt Briefe und E-Mails auf { $codes }; geben Sie eine davon an
clap-reason-invalid-digit = ungültige Ziffer in der Zahl
clap-reason-empty = keine Zahl in einem leeren Wert
clap-reason-too-large = die Zahl ist zu groß
clap-reason-too-small = die Zahl ist zu klein
