# Warum ein Benutzer kein Webex Calling erhielt (AL02, AL04), und die Abhilfe: was
# `users list --not-provisioned`, die Ansicht „nicht bereitgestellt“ der Konsole und die Zeilen
# eines Lizenzlaufs sagen. Nummern, E-Mail-Adressen, Namen, Lizenznamen, Regel-IDs und Befehle
# ($command, immer in Backticks) sind Variablen und werden nie übersetzt. Wörter aus
# shared/seeds/004 (dänisch) und Control Hub: geschäftliche Nummer, Standort, Vorlage, bereitstellen.

## Die Prüfungen einer geschäftlichen Nummer (AL02)
reason-work-number = geschäftliche Nummer { $what }
reason-also = { $first }; { $then }
reason-and = { $first } und { $then }
reason-no-number = es wurde keine geschäftliche Nummer angegeben
reason-not-e164-national = { $number } ist nicht E.164: Schreiben Sie sie als +1 und zehn Ziffern
reason-not-at-location = { $number } ist an keinem Standort von { $org } eingerichtet (sie ist nicht im Nummernbestand)
reason-mobile = { $number } ist eine Webex Go-Mobilnummer von { $location }, keine feste geschäftliche Nummer
reason-assigned-user = { $number } ist bereits einem anderen Benutzer zugewiesen ({ $email })
reason-assigned-service = { $number } ist bereits einem Dienst zugewiesen ({ $service })

## Was ein Wert, der nicht E.164 ist, am wahrscheinlichsten war
reason-hint-scientific = „{ $input }“ ist wissenschaftliche Notation: Eine Tabellenkalkulation hat die Nummer als Zahl gelesen und ihre letzten Ziffern verworfen. Formatieren Sie die Spalte als Text, geben Sie die Nummer erneut als +<Landesvorwahl><Nummer> ein und exportieren Sie erneut
reason-hint-text-marker = das führende ' ist die Textmarkierung einer Tabellenkalkulation, nicht Teil der Nummer: Sie lautet { $number }
reason-hint-decimal = eine Tabellenkalkulation hat sie als Zahl { $input } gespeichert und ihr + verworfen: Sie lautet { $number }
reason-hint-punctuation = entfernen Sie Klammern, Bindestriche und Punkte: { $number }
reason-hint-00 = 00 ist die internationale Vorwahl; in E.164 lautet sie { $number }
reason-hint-national = sie ist in der nationalen Schreibweise von { $country } geschrieben; in E.164 lautet sie { $number }
reason-hint-no-plus = das + fehlt (eine Tabellenkalkulation verwirft es, wenn sie die Zelle als Zahl liest): { $number }

## Die Abhilfe jeder Prüfung (AL04)
reason-fix-no-number = Geben Sie eine Nummer an: im Verzeichnis oder mit W in der Konsole ({ $command } in einer Shell), dann wenden Sie die Vorlage erneut an
reason-fix-not-e164 = Korrigieren Sie das Format der Nummer auf E.164 (+, Landesvorwahl, Nummer, z. B. +12145550100), dann wenden Sie die Vorlage erneut an
reason-fix-not-at-location = Richten Sie die Nummer an einem Standort ein (fügen Sie sie den Nummern des Standorts hinzu) oder geben Sie eine eingerichtete an, dann wenden Sie die Vorlage erneut an
reason-fix-mobile = Geben Sie eine feste geschäftliche Nummer an; eine Webex Go-Mobilnummer wird mit { $command } zugewiesen
reason-fix-assigned = Geben Sie die Nummer frei (oder geben Sie eine andere an), dann wenden Sie die Vorlage erneut an
reason-fix-reapply = Wenden Sie die Vorlage erneut an ({ $command })
reason-passes-not-applied = die geschäftliche Nummer besteht jede Prüfung, aber die Vorlage wurde seitdem nicht angewendet

## Die Abhilfe für eine Nummer, die am wahrscheinlichsten $meant meinte ($raw wie vom Verzeichnis geliefert)
reason-fix-set-meant = Setzen Sie die geschäftliche Nummer auf { $meant } (W in der Konsole, { $command } in einer Shell), dann wenden Sie die Vorlage erneut an
reason-meant-nowhere = { $raw } wäre { $meant }, die in keinem Nummernbestand eines Standorts ist
reason-meant-but = { $raw } wäre { $meant }, aber { $why }
reason-meant-shared = { $raw } wäre { $meant }, aber { $n ->
        [one] { $n } anderer Benutzer hat
       *[other] { $n } andere Benutzer haben
    } dieselbe geschäftliche Nummer, und eine Nummer gehört einer Person
reason-fix-free-number = { $why }: Geben Sie stattdessen eine freie Nummer von { $location } an ({ $free } ist eine; jeder Benutzer braucht seine eigene), mit W in der Konsole ({ $command } in einer Shell), oder fügen Sie { $meant } den Nummern eines Standorts hinzu; dann wenden Sie die Vorlage erneut an
reason-fix-no-free-number = { $why }, und { $location } hat keine freie Nummer: Fügen Sie { $location } Nummern hinzu (in Control Hub), dann setzen Sie eine als geschäftliche Nummer (W in der Konsole, { $command } in einer Shell); dann wenden Sie die Vorlage erneut an
reason-fix-no-location = { $why }, und der Benutzer hat keinen Standort: Geben Sie ihm einen Standort und eine freie Nummer davon, dann wenden Sie die Vorlage erneut an

## Was auf eine erfasste geschäftliche Nummer folgt (users set-work-number)
reason-template-group = „{ $name }“ (Gruppe { $group })
reason-template-org = „{ $name }“ (Organisation)
reason-next-kept = der Benutzer hat Webex Calling: seine Anrufeinrichtung bleibt erhalten (AL05)
reason-next-no-calling = seine Vorlage { $template } gewährt kein Webex Calling
reason-next-not-covered = keine Lizenzvorlage erfasst den Benutzer
reason-next-still-fails = die Nummer besteht eine Prüfung weiterhin nicht: { $reason }; { $fix }
reason-next-passes = die Nummer besteht jede Prüfung: Wenden Sie die Vorlage erneut an ({ $command })
reason-refused-row = { $email }: { $reason }; { $fix }

## Eine echte Organisation: wen Webex ohne Calling-Lizenz führt, und warum
reason-held-none = gar keine Lizenz
reason-held-only = nur { $licences }
reason-webex-no-calling = Webex führt für ihn keine Webex Calling-Lizenz ({ $held })
reason-lacks-location = keinen Anrufstandort
reason-lacks-number = keine Durchwahl und keine Nummer
reason-webex-lacks = Webex hat für ihn { $what }
reason-last-said = die letzte Zuweisung sagte: { $recorded }
reason-fix-assign = Weisen Sie Webex Calling Professional zu: { $command }, oder in Control Hub
reason-fix-assign-template = Weisen Sie Webex Calling Professional in Control Hub zu, oder mit einer Vorlage, die es gewährt ({ $save }, dann { $assign })

## Die Zeilen eines Lizenzlaufs
reason-has-calling = { $email } hat bereits Webex Calling; nichts wurde geändert
reason-not-created = nicht in Webex erstellt
reason-fix-see-reason = Siehe den Grund; beheben Sie ihn in Webex oder in der Eingabe, dann führen Sie denselben Befehl erneut aus
reason-partial-206 = Webex antwortete 206 (teilweise): nur ein Teil davon: nicht angewendet: { $licences }{ $tracking }
reason-partial = Webex hat nur einen Teil davon erledigt: nicht angewendet: { $licences }{ $tracking }
reason-fix-check-licences = Prüfen Sie die Lizenzen in Webex (ein Lizenzpool kann aufgebraucht sein, oder zwei Lizenzen schließen sich aus), dann führen Sie denselben Befehl erneut aus
reason-done-earlier = von einem früheren Versuch dieses Laufs erledigt: { $detail }
reason-no-licence-in-org = die Organisation hat in Webex keine Lizenz { $licences }
reason-not-sent-cancelled = nicht gesendet: der Lauf wurde abgebrochen; derselbe Befehl setzt ihn fort
reason-directory-kept = das Verzeichnis hat die geschäftliche Nummer auf { $number } geändert; die Webex Calling-Einrichtung bleibt erhalten (AL05): die Nummer wird nicht an Webex gesendet
