# Was `wxgo why` und die Warum-Ansicht der Konsole über eine Person sagen: jede wahrscheinliche
# Ursache (ein Satz mit seiner Regel-ID, die nie übersetzt wird), was jede Prüfung fand und wie alt
# die Fakten sind. IDs, Nummern, E-Mail-Adressen, Namen, Zeitpunkte, die Worte von Webex und
# BroadWorks, Orte in Control Hub und Befehle sind Variablen und bleiben, wie sie sind.

## Was geprüft wurde
why-what-licence = Webex Calling-Lizenz
why-what-setup = Standort und Nummer oder Durchwahl
why-what-account = Betreiberkonto einer Mobilleitung
why-what-device = Webex Go-Gerät
why-what-device-status = Status des Webex Go-Geräts
why-what-code = Aktivierungscode
why-what-broadworks = BroadWorks-Teilnehmer
why-what-calls = letzte Anrufe

## Wo die Taste einer Abhilfe in der Konsole wirkt
why-place-users-devices-details = Benutzer, Geräte, Details des Benutzers
why-place-users-details = Benutzer, Details des Benutzers
why-place-users = Benutzer
why-place-numbers = Nummern
why-place-broadworks = BroadWorks
why-place-this-view = diese Ansicht

## Wie alt: $n und die Einheit (min, h, days)
why-just-now = gerade eben
why-ago = { $unit ->
        [min] vor { $n } Min.
        [h] vor { $n } Std.
       *[days] vor { $n } Tagen
    }
why-in = { $unit ->
        [min] in { $n } Min.
        [h] in { $n } Std.
       *[days] in { $n } Tagen
    }

## Wie alt die Fakten sind
why-age-local = die lokale Datenbank (die Wahrheit), jetzt gelesen
why-age-copy = Kopie von Webex, Stand { $at } ({ $ago })
why-age-refreshed = diese Person gerade eben aus Webex aktualisiert; der Rest: { $copy }
why-age-first-sync = die erste Synchronisation ist nicht abgeschlossen: Die Liste ist unvollständig; führen Sie { $command } aus
why-note-local = die lokale Datenbank ist die Wahrheit: Es gibt nichts zu aktualisieren
why-note-accounts = Betreiberkonten haben keine öffentliche Webex-API: Ihr Status steht in Control Hub ({ $place })

## Webex Calling (AL01-AL03)
why-subscriber-only = ein BroadWorks-Teilnehmer, noch kein Webex-Benutzer
why-their-template = seine Vorlage
why-al02-passes = keine Webex Calling-Lizenz, obwohl die geschäftliche Nummer { $number } jetzt jede Prüfung besteht: Die Vorlage „{ $template }“ wurde seitdem nicht angewendet (AL02)
why-al02-meant = keine Webex Calling-Lizenz: { $reason } (AL02); W setzt die geschäftliche Nummer auf { $meant }, dann erneut anwenden
why-al02 = keine Webex Calling-Lizenz: { $reason } (AL02); { $fix }
why-no-work-number = keine geschäftliche Nummer
why-al03-template = keine Webex Calling-Lizenz: Seine Lizenzvorlage „{ $template }“ gewährt sie nicht (AL03); gewähren Sie sie in einer Vorlage mit Calling, dann weisen Sie diese zu (A)
why-al03-remote = keine Webex Calling-Lizenz (AL03): Geben Sie ihm eine in Control Hub ({ $place }) oder mit einer Lizenzvorlage, die Calling gewährt (A)
why-al03-none = keine Webex Calling-Lizenz, und keine Lizenzvorlage, die sie gewährt, erfasst ihn (AL03): Erstellen Sie eine für seine Gruppe (K), dann weisen Sie sie zu (A)
why-no-calling = kein Webex Calling
why-al01-location = kein Standort: Webex Calling braucht einen (AL01); setzen Sie ihn mit dem Befehl users update und --location
why-al01-number = weder eine Nummer noch eine Durchwahl: Webex Calling braucht eines davon (AL01); geben Sie eine Durchwahl mit dem Befehl users update und --extension an
why-no-location = kein Standort
why-no-number-no-extension = keine Nummer, keine Durchwahl
why-setup-number = { $location }, Nummer { $number }
why-setup-extension = { $location }, Durchwahl { $extension }
why-setup-both = { $location }, Nummer { $number }, Durchwahl { $extension }

## Mobilleitungen (MO02, MO03, MO06)
why-no-mobile = keine Mobilnummer
why-mo06 = die Mobilnummer { $number } braucht Webex Calling Professional, das er nicht hat (MO06)
why-mo03 = die Mobilnummer { $number } ist { $state }, obwohl sie ihm gehört: Sie wird ACTIVE, wenn sie zugewiesen wird (MO03); M weist sie erneut zu
why-control-hub-only = in einer echten Organisation nur in Control Hub
why-mo02-pending-long = Betreiberkonto { $account } ({ $operator }) seit { $hours } Std. Ausstehend, länger als die 48 Stunden, die es dauern kann (MO02): Wenden Sie sich an den Betreiber
why-mo02-pending = Betreiberkonto { $account } ({ $operator }) seit { $hours } Std. Ausstehend (MO02): Die Autorisierung kann bis zu 48 Stunden dauern; wenden Sie sich an den Betreiber, wenn es länger dauert
why-mo02-failed = Betreiberkonto { $account } ({ $operator }) Fehlgeschlagen (MO02): Wenden Sie sich an den Betreiber
why-mo02-failed-because = Betreiberkonto { $account } ({ $operator }) Fehlgeschlagen: { $why } (MO02): Wenden Sie sich an den Betreiber
why-account-status = { $account } { $status }
why-no-account = kein Betreiberkonto erfasst

## Das Webex Go-Gerät (WG01, WG04-WG12)
why-no-device = kein Webex Go-Gerät
why-wg01-professional = Webex Go braucht Webex Calling Professional, das er nicht hat (WG01)
why-wg01-country = sein Standort { $location } ({ $country }) ist kein Webex Go-Land (WG01; hier unterstützt: { $countries })
why-device-pending = { $device } Aktivierung ausstehend
why-device-offline = { $device } Offline
why-device-issues = { $device } Online mit Problemen
why-device-online = { $device } Online
why-device-unknown = { $device } Status unbekannt
why-webex-says = ; Webex meldet { $status }
why-wg10-offline = Gerät { $device } Offline seit { $since }{ $webex } (WG10): Bitten Sie den Benutzer, die Webex Go-Leitung einzuschalten und die mobilen Daten zu prüfen; { $lost }
why-wg10-issues = Gerät { $device } Online mit Problemen, die Webex meldet: { $codes } (WG10): Anrufe können fehlschlagen; bitten Sie den Benutzer, das Telefon neu zu starten; { $lost }
why-device-activated = das Gerät ist aktiviert
why-wg12 = Webex hat für das Gerät { $device } keinen Status geliefert (WG12): F aktualisiert es aus Webex
why-lost-control-hub = wenn das Telefon verloren ist: { $place }
why-lost-key = L, wenn das Telefon verloren ist (WG08)
why-tried-superseded = einen Code, den ein neuerer ersetzt hat: Geben Sie nur den neuesten weiter
why-tried-expired = einen abgelaufenen Code
why-tried-used = einen bereits verwendeten Code
why-tried-revoked = einen Code eines als verloren oder gestohlen gemeldeten Telefons
why-tried-other = einen Code, der kein Telefon mehr aktivieren kann
why-tried = das Telefon versuchte { $what } ({ $n ->
        [one] { $n } abgelehnter Versuch
       *[other] { $n } abgelehnte Versuche
    }, der letzte { $last }) ({ $rule }): n generiert einen neuen Code
why-wg06-expired = der Aktivierungscode ist { $ago } abgelaufen ({ $at }) (WG06): n generiert einen neuen
why-code-expired = abgelaufen { $at }
why-wg04-valid = Aktivierung ausstehend: Der Code (gültig bis { $until }) hat noch kein Telefon aktiviert (WG04): Geben Sie ihn dem Benutzer, oder n generiert einen neuen, falls er verloren ging
why-wg04-valid-issued = Aktivierung ausstehend: Der Code (ausgegeben { $issued }, gültig bis { $until }) hat noch kein Telefon aktiviert (WG04): Geben Sie ihn dem Benutzer, oder n generiert einen neuen, falls er verloren ging
why-code-valid = gültig bis { $until }
why-wg11 = wieder Aktivierung ausstehend, nachdem das Telefon aktiviert war: Die Webex Go-Leitung wurde vom Telefon entfernt (WG11): n generiert einen Code für das Telefon
why-code-used = keiner gültig: Der letzte wurde verwendet
why-wg04-remote = Aktivierung ausstehend; Webex hat die Codes ausgegeben, daher kann wxgo nicht sagen, ob einer noch gültig ist (WG04): n generiert einen neuen
why-wg04-none = Aktivierung ausstehend ohne gültigen Aktivierungscode (WG04, WG05): n generiert einen neuen
why-code-none = kein gültiger Code

## BroadWorks (BW01, BW03, BW04); $text ist die eigene Beschreibung von BroadWorks
why-no-subscriber = kein BroadWorks-Teilnehmer
why-subscriber-status = { $id } { $status }
why-no-description = keine Beschreibung
why-bw01 = BroadWorks-Fehler { $code }: { $text } Die Kundenvorlage „{ $template }“ akzeptiert keine nicht vertrauenswürdigen E-Mails mit dem Aktivierungslink (BW01): Korrigieren Sie die Vorlage in Control Hub, dann erneut versuchen
why-bw04 = BroadWorks-Fehler { $code }: { $text } (BW04): { $advice }
why-bw04-email = R versucht die Aktivierung erneut mit einer E-Mail-Adresse, die kein anderer Webex-Benutzer hat, in einer zulässigen Domäne
why-bw04-retry = R versucht die Aktivierung erneut
why-bw03-email-input = BroadWorks-Teilnehmer { $id } wartet seit { $since } auf eine E-Mail-Adresse im Aktivierungsportal (BW03): R nimmt ihn mit einer auf
why-bw03-validation = BroadWorks-Teilnehmer { $id } wartet seit { $since } darauf, dass der Benutzer { $email } bestätigt (BW03): Bitten Sie ihn, die E-Mail zu öffnen; R versucht es erneut
why-their-email = seine E-Mail-Adresse
why-bw03-migration = BroadWorks-Teilnehmer { $id } wartet seit { $since } auf die Migration des Benutzers (BW03): R versucht die Aktivierung erneut
why-bw03-provisioning = BroadWorks-Teilnehmer { $id }: { $status } seit { $since }: Die Bereitstellung hat begonnen, ist aber nicht abgeschlossen (BW03)

## Anrufe (WG15)
why-calls-recent = { $n ->
        [one] { $n } letzter Anruf
       *[other] { $n } letzte Anrufe
    }, { $go } mit Webex Go (MOBILE_NETWORK); der letzte { $last }
why-calls-none = keine Anrufaufzeichnungen (importieren Sie sie mit dem Befehl calls import)

## Nach wem gefragt wird
why-neither = „{ $query }“ ist weder eine E-Mail-Adresse noch eine Telefonnummer oder Durchwahl: Geben Sie eines davon an (z. B. dana@example.com, +12145550100 oder 4100)
why-held-by-service = { $number } gehört { $service }, keiner Person: Es gibt niemanden, nach dem man fragen könnte
why-held-by-many = „{ $query }“ gehört { $n } Personen: { $names }. Fragen Sie nach einer per E-Mail-Adresse, z. B. { $command }.
why-held-by-ten = „{ $query }“ gehört 10 oder mehr Personen: { $names }. Fragen Sie nach einer per E-Mail-Adresse, z. B. { $command }.
why-subscriber-named = BroadWorks-Teilnehmer { $id }

## Eine Person aus Webex aktualisieren ($command: die Synchronisation, die die Kopie aktualisiert)
why-not-in-copy = { $email } ist nicht in der Kopie von Webex (keine Webex-ID): Führen Sie { $command } aus und fragen Sie erneut
why-gone = { $email } ist nicht mehr in Webex: Führen Sie { $command } aus, um die Kopie zu aktualisieren
why-the-person = die Person
why-many-devices = Webex führt { $n } Webex Go-Geräte für ihn; das erste wird gezeigt
why-number-not-in-copy = { $number } ist noch nicht in der Kopie: Führen Sie { $command } aus, um sie zu sehen
why-subscriber-unknown-status = Webex hat dem BroadWorks-Teilnehmer einen Status gegeben, den wxgo nicht kennt ({ $status })
why-subscriber-gone = Webex hat den BroadWorks-Teilnehmer nicht mehr: Führen Sie { $command } aus, um die Kopie zu aktualisieren
