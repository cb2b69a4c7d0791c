# Ablehnungen und Fehler des Dienstes auf Deutsch. Begriffe wie in Webex' Hilfeartikeln (glossary.md).
# Argumente bleiben, wie sie sind: E-Mails, Nummern, IDs, Regel-IDs, Orte in Control Hub, Befehle.

## WG01
wg01-no-professional = { $email } hat keine Webex Calling Professional-Lizenz (hat: { $has }). Weisen Sie zuerst die Lizenz zu.
wg01-no-location = { $email } hat keinen Standort; geben Sie dem Benutzer zuerst einen Standort in einem Webex Go-Land.
wg01-country = Der Standort { $location } von { $email } liegt in { $country }, wo Webex Go nicht angeboten wird. Hier unterstützt: { $countries }.
wg01-webex-no-calling = { $email } hat in der Kopie von Webex keine Webex Calling-Lizenz. Weisen Sie zuerst eine zu.
wg01-webex-no-location = { $email } hat in der Kopie von Webex keinen Calling-Standort.

## WG02
wg02-none = { $org } hat kein Abonnement mit Webex Go-Lizenzen.
wg02-import-none = { $org } hat kein Abonnement mit Webex Go-Lizenzen, daher kann kein Gerät hinzugefügt werden.
wg02-choose = mehr als ein Abonnement hat Webex Go-Lizenzen: Wählen Sie eines mit --subscription: { $subscriptions }
wg02-full = Abonnement { $subscription } hat keine freie Webex Go-Lizenz ({ $used } von { $total } belegt). Löschen Sie ein ungenutztes Gerät oder wählen Sie ein anderes Abonnement: { $subscriptions }

## WG03
wg03-free = { $free ->
    [none] { $place } hat keine freie Nummer; fügen Sie zuerst Nummern hinzu.
   *[other] freie Nummern von { $place }: { $free }
}
wg03-has-primary = { $email } hat bereits die Hauptnummer { $number }; ein BYOD-Gerät behält sie. Lassen Sie --number weg.
wg03-no-primary = { $email } hat keine Hauptnummer: Wählen Sie eine mit --number. { wg03-free }
wg03-assigned = { $number } ist bereits { $owner } zugewiesen. { wg03-free }
wg03-other-location = { $number } gehört zu { $its }, nicht zum Standort { $location } von { $email }. { wg03-free }
wg03-mobile = { $number } ist eine Mobilnummer: Weisen Sie sie mit { $command } zu (Webex Go über einen Mobilfunkanbieter, MO05). { wg03-free }
wg03-webex-choose = { $email } hat in der Kopie von Webex keine Nummer, und eine hier gewählte wird nicht an Webex gesendet: Geben Sie dem Benutzer zuerst eine Nummer ({ $place }) und fügen Sie das Gerät dann ohne --number hinzu.
wg03-webex-none = { $email } hat in der Kopie von Webex weder Nummer noch Durchwahl: Geben Sie dem Benutzer zuerst eine ({ $place }).

## WG04
wg04-suppressed = { $org } unterdrückt E-Mails: Kopieren oder drucken Sie den Code stattdessen.
wg04-import-suppressed = { $org } unterdrückt E-Mails, daher können die Codes nicht gemailt werden. Importieren Sie mit --no-email und --codes-file FILE, um die Codes selbst zu verteilen (oder drucken Sie Briefe).

## WG05
wg05-not-its-code = Das ist kein Aktivierungscode von { $device } ({ $email }). Prüfen Sie ihn oder generieren Sie einen neuen Code mit { $command }.
wg05-code-spent = Dieser Code von { $device } kann kein Telefon mehr aktivieren: { $why }. Generieren Sie einen neuen mit { $command }.
wg05-no-longer-valid = Dieser Code ist nicht mehr gültig (verwendet, ersetzt oder abgelaufen); generieren Sie einen neuen Code und mailen Sie diesen
wg05-not-pending = Ein neuer Aktivierungscode kann nur generiert werden, solange das Gerät den Status „Aktivierung ausstehend“ hat; es ist { $status }. Der Benutzer entfernt zuerst die Webex Go-Leitung vom Telefon (WG11), oder verwenden Sie „Verloren/Gestohlen“, wenn das Telefon weg ist (WG08)

## WG06
wg06-unknown = Dieser Aktivierungscode ist nicht bekannt: Prüfen Sie, ob er richtig eingegeben wurde
wg06-used = Dieser Aktivierungscode wurde bereits verwendet; ein Code gilt einmal. Bitten Sie den Admin um einen neuen.
wg06-superseded = Für dieses Gerät wurde ein neuerer Code generiert, der diesen ungültig gemacht hat (WG05).
wg06-revoked = Dieser Code wurde widerrufen, als das Telefon als verloren oder gestohlen gemeldet wurde (WG08).
wg06-expired = Dieser Aktivierungscode ist am { $at } abgelaufen. Bitten Sie den Admin um einen neuen.

## WG08, WG10
wg08-operator-sim = Diese Leitung kommt von der SIM des Mobilfunkanbieters: Melden Sie das verlorene Telefon dem Anbieter; „Verloren/Gestohlen“ gilt hier für BYOD-Leitungen
wg10-already-disabled = Die Leitung ist bereits deaktiviert (Offline)
wg10-already-enabled = Die Leitung ist bereits aktiviert (Online)
wg10-unknown = Webex sagt nicht, in welchem Zustand dieses Gerät ist (Status unbekannt), daher kann seine Leitung hier nicht geändert werden
wg10-pending = Das Gerät hat den Status „Aktivierung ausstehend“: Noch kein Telefon hat es aktiviert, daher gibt es keine Leitung auf einem Telefon zu ändern
device-already = { $email } hat bereits ein Webex Go-Gerät ({ $device }, { $status }). Generieren Sie einen neuen Code, melden Sie es als verloren oder gestohlen, oder löschen Sie es zuerst.
lost-stolen-not-here = Verloren/Gestohlen ist hier nicht möglich
phone-demo-only = Die Seite des Telefons wird nur in der Demo simuliert
code-generator-repeats = Der Codegenerator wiederholt sich ständig; es wurde kein Code ausgegeben
code-unusable = Webex hat ohne brauchbaren Aktivierungscode geantwortet (leer oder nicht druckbar). Generieren Sie einen neuen Code ({ $command }).

## Was eine Änderung eines Geräts sagt (der Hinweis von WG09 nach dem Löschen; die Seite des Telefons in der Demo: $status in den Worten von Control Hub)
delete-notice = Die Webex Go-Leitung ist deaktiviert: Der Benutzer kann über den nativen Dialer des Mobiltelefons keine geschäftlichen Anrufe mehr tätigen oder beantworten. Der Benutzer muss die deaktivierte Leitung auf dem Telefon manuell löschen (iPhone: Einstellungen > Mobilfunk > die Leitung > eSIM löschen; Android: Einstellungen > SIMs > die Leitung > Löschen).
phone-activated = { $email } hat Webex Go auf dem Telefon aktiviert: { $status }.
phone-removed-line = { $email } hat die Webex Go-Leitung vom Telefon entfernt: { $status }. Der Admin kann jetzt einen neuen Code generieren (WG05).
phone-line-now = Die Webex Go-Leitung von { $email } ist jetzt { $status }.

## MO
mo01-confirm = Bestätigen Sie die Betreiberkonto-ID { $id }: Einmal bestätigt, kann sie nicht geändert werden (fügen Sie --yes hinzu)
mo01-differ = Die Betreiberkonto-ID und ihre Bestätigung unterscheiden sich: Geben Sie zweimal dieselbe ID ein
mo02-not-authorized = Betreiberkonto { $account } ist { $status }: Nummern können erst hinzugefügt werden, wenn es autorisiert ist. { $advice }
mo02-decided = Betreiberkonto { $account } ist bereits { $status }; nur über eine ausstehende Anfrage kann entschieden werden
mo03-too-many = { $n } Nummern in einem Eintrag; fügen Sie höchstens { $max } auf einmal hinzu
mo03-webex-too-many = { $n } Nummern in einem Eintrag: In einer echten Organisation nimmt wxgo höchstens { $max } auf einmal (gesendet werden { $per } pro Anfrage); teilen Sie den Eintrag. Nichts wurde gesendet.
mo05-assigned = { $number } ist bereits { $owner } zugewiesen
mo05-other-location = { $number } gehört zu { $its }, aber { $email } ist in { $location }: Eine Mobilnummer kann nur einem Benutzer ihres Standorts zugewiesen werden
mo06-no-professional = { $email } hat keine Webex Calling Professional-Lizenz; nur solche Benutzer können eine Mobilnummer erhalten
mo03-none = Keine Nummern angegeben: Geben Sie Mobilnummern durch Kommas getrennt ein
numbers-request-which = Anfrage { $i } von { $total }
mo03-webex-duplicate = bereits im Nummernbestand der Organisation (Webex)
mo03-webex-in-list-twice = mehr als einmal in dieser Liste eingegeben (Webex)
mo03-webex-invalid = keine gültige Nummer für diese Organisation oder das Land des Standorts (Webex)
mo03-webex-unavailable = für diese Organisation nicht verfügbar (Webex)
mo03-webex-no-state = Webex hat keinen Status dafür angegeben; sie wurde nicht hinzugefügt
mo03-webex-state = Webex-Status „{ $state }“; sie wurde nicht hinzugefügt
mo03-webex-validates = Webex prüft sie beim Speichern
mo03-sent-once = mehr als einmal in dieser Liste eingegeben: einmal gesendet
mo03-webex-says = nicht hinzugefügt: Webex sagt: { $why }
mo03-no-answer = nicht bekannt, ob hinzugefügt: { $which } bekam keine Antwort (siehe die Anfrage)
mo03-refused-why = nicht hinzugefügt: Webex hat { $which } abgelehnt: { $why }
mo03-refused = nicht hinzugefügt: Webex hat { $which } abgelehnt
mo03-not-sent = nicht hinzugefügt: nicht gesendet (eine frühere Anfrage ist fehlgeschlagen)
mo02-wait-overdue = Seit über { $hours } Stunden ausstehend (seit { $since }): Wenden Sie sich an Ihren Mobilfunkanbieter; Ihr Mobilfunk-Admin hat die Autorisierungsanfrage möglicherweise nicht erhalten.
mo02-wait-pending = Ausstehend: Die Autorisierung kann bis zu { $hours } Stunden dauern; sehen Sie bis { $due } wieder nach (noch { $left } h).
mo02-failed-now = Fehlgeschlagen: Wenden Sie sich an Ihren Mobilfunkbetreiber.
mo02-failed-why = Fehlgeschlagen ({ $reason }): Wenden Sie sich an Ihren Mobilfunkbetreiber.
operator-account-exists = Das Betreiberkonto { $id } existiert bereits; es kann nicht zweimal hinzugefügt werden
operator-needed = Wählen Sie den Mobilfunkbetreiber (z. B. { $example })
operator-accounts-control-hub = Betreiberkonten gehören hier zu Control Hub
operator-demo-only = Die Seite des Betreibers wird nur in der Demo simuliert
number-not-mobile = { $number } ist { $kind ->
        [standard] eine Standardnummer
       *[other] eine Nummer der Art { $kind }
    }, keine Mobilnummer
mobile-byod-first = { $email } hat eine Webex Go-Leitung mit eigenem Gerät ({ $device }, { $status }); löschen Sie sie zuerst: Ein Benutzer hat eine Webex Go-Leitung
webex-location-unknown = Kein Standort „{ $location }“ in der Kopie von wxgo für { $org } (es gibt: { $names }). Nichts wurde gesendet. In einer echten Organisation werden Mobilnummern nach Standort hinzugefügt (Betreiberkonten gehören zu Control Hub); führen Sie { $sync } aus, wenn der Standort kürzlich in Control Hub hinzugefügt wurde.
webex-no-operator-accounts = Betreiberkonto „{ $account }“: In einer echten Organisation gibt es Betreiberkonten und ihre Autorisierung nur in Control Hub (keine öffentliche API: { $place }), daher hat wxgo keine. Geben Sie stattdessen den Standort an: { $command }; Webex fügt die Nummern dann unter dem Betreiberkonto des Standorts hinzu, das in Control Hub autorisiert sein muss. Nichts wurde gesendet.

## Was aus einer Anfrage zum Hinzufügen von Mobilnummern in einer echten Organisation wurde ($why und $error sind die eigenen Worte eines Fehlers)
numbers-request-no-answer = Anfrage { $i } von { $total }: Webex hat nicht geantwortet
numbers-request-stopped = Anfrage { $i } von { $total }: { $error }
numbers-request-not-sent = nicht gesendet: Eine frühere Anfrage ist fehlgeschlagen ({ $why })
numbers-request-unreadable = Webex hat die Anfrage angenommen, aber wxgo kann seiner Antwort nicht entnehmen, welche Nummern es hinzugefügt hat: Führen Sie { $sync } aus, um sie zu sehen
numbers-request-refused-some = Webex hat { $refused } der { $n } Nummern nicht hinzugefügt (mit ihrem Grund aufgeführt)
numbers-request-found-all = Webex hat nicht geantwortet, hat aber auf spätere Nachfrage jede Nummer dieser Anfrage: Sie sind hinzugefügt
numbers-request-found-none = Webex hat nicht geantwortet und hat auf spätere Nachfrage keine dieser Nummern: nicht hinzugefügt (eine noch laufende Anfrage könnte sie noch hinzufügen: Führen Sie in einer Minute { $sync } aus, bevor Sie sie erneut hinzufügen)
numbers-request-found-some = Webex hat nicht geantwortet; auf spätere Nachfrage hat es { $found } der { $n } Nummern (diese sind hinzugefügt); die übrigen nicht (führen Sie in einer Minute { $sync } aus, bevor Sie sie erneut hinzufügen)
numbers-request-unasked = Webex hat nicht geantwortet ({ $why }) und konnte nicht gefragt werden, welche Nummern es hinzugefügt hat ({ $error }): Das ist nicht bekannt. Führen Sie { $sync } aus, um die Nummern des Standorts zu sehen, bevor Sie welche erneut hinzufügen

## BW
bw01-template = Die Kundenvorlage „{ $template }“ von { $id } akzeptiert keine nicht vertrauenswürdigen E-Mails ({ $gap }), daher würde das Onboarding wieder fehlschlagen ({ $error }). Korrigieren Sie zuerst die Vorlage: Aktivieren Sie „Nicht vertrauenswürdige E-Mails“ und setzen Sie den Freigabelink auf den Aktivierungslink ({ $place }), dann erneut versuchen. Nichts wurde geändert.
bw01-no-template = { $id } hat keine Kundenvorlage, daher würde das Onboarding wieder fehlschlagen ({ $error }). Geben Sie dem Kunden des Teilnehmers eine Vorlage, die nicht vertrauenswürdige E-Mails akzeptiert ({ $place }), dann erneut versuchen. Nichts wurde geändert.
bw01-gap-untrusted = „Nicht vertrauenswürdige E-Mails“ ist nicht aktiviert
bw01-gap-share-link = der Freigabelink ist { $link }
bw02-nothing = { $id } ist { $status }: Im Portal gibt es nichts zu beanspruchen
bw03-not-claimed = { $id } ist { $status }: Nur ein beanspruchtes Konto, das auf die E-Mail-Bestätigung wartet, kann bestätigt werden
bw04-not-failed = „{ $action }“ gilt für Teilnehmer mit Fehler oder ausstehend; { $id } ist { $status }
bw04-webex-not-failed = „{ $action }“ gilt für Teilnehmer mit Fehler oder ausstehend; laut Webex ist { $id } { $status }{ $copy ->
        [same] {""}
       *[other] {" "}(die Kopie von wxgo sagte { $copy }; führen Sie { $command } aus, um sie zu aktualisieren)
    }. Nichts wurde geändert.
bw04-webex-unknown-status = Webex gibt { $id } den Status „{ $status }“, den wxgo nicht kennt, daher wurde „{ $action }“ nicht ausgeführt. Nichts wurde geändert.
bw04-email = { $code }: { $text } Geben Sie eine andere E-Mail-Adresse ein.
bw-button-retry = Aktivierung erneut versuchen
bw-button-delete = Benutzer löschen
bw-button-package = Pakettyp ändern
bw-has-no-error = { $id } hat keinen Fehler ({ $status })
bw-partner-scopes = die Anmeldung eines Partner-Volladministrators mit den Scopes { $read } und { $write }
bw-partner-needed = „{ $button }“ braucht { $scopes }; diese Anmeldung hat sie nicht. { $error }
bw-webex-field-missing = { $id } hat in Webex kein { $field }, das die Bereitstellung braucht: Versuchen Sie es stattdessen in { $place } erneut. Nichts wurde geändert.
bw-webex-no-number = { $id } hat in Webex weder eine Hauptnummer noch eine Durchwahl, und die Bereitstellung braucht eine davon: Korrigieren Sie das in BroadWorks und versuchen Sie es dann erneut. Nichts wurde geändert.
bw-not-in-copy = { $id } ist nicht in der Kopie von Webex (keine Webex-ID): Führen Sie { $sync } aus und sehen Sie erneut nach. Nichts wurde gesendet.
bw-webex-gone = Webex hat für diese Anmeldung keinen BroadWorks-Teilnehmer { $id }: Er wurde anderswo entfernt (in Partner Hub oder von BroadWorks), oder diese Anmeldung ist nicht die eines Partneradministrators („{ $button }“ braucht { $scopes }). Nichts wurde geändert; führen Sie { $sync } aus, um die Liste zu aktualisieren.{ $tracking }
bw-tracking-none = keine angegeben
bw-retry-unknown = „{ $button }“ für { $id }: Webex hat den Teilnehmer entfernt (trackingId { $tracking }), um ihn mit { $email } neu bereitzustellen, aber auf die Bereitstellung nicht geantwortet ({ $error }): nicht abgelehnt, unbekannt, { $now }. Nichts wurde erneut gesendet. Seine Angaben: BroadWorks-Benutzer-ID { $user }, Enterprise { $enterprise }, Bereitstellungs-ID { $provisioning }.
bw-retry-unknown-absent = und Webex hat ihn auf spätere Nachfrage jetzt nicht (eine noch laufende Anfrage könnte ihn noch bereitstellen: Führen Sie in einer Minute { $sync } aus und sehen Sie nach, bevor Sie ihn erneut bereitstellen)
bw-retry-unknown-unasked = und Webex konnte danach nicht gefragt werden, ob es ihn hat ({ $error }): Führen Sie { $sync } aus und sehen Sie nach, bevor Sie ihn erneut bereitstellen
bw-retry-refused = „{ $button }“ für { $id } wurde nicht abgeschlossen: Webex hat den Teilnehmer entfernt (trackingId { $tracking }), damit er mit { $email } neu bereitgestellt werden kann, hat die Bereitstellung dann aber abgelehnt. { $error } Der Teilnehmer ist weder in Webex noch in der Kopie von wxgo: Stellen Sie ihn aus BroadWorks oder in { $place } erneut bereit (BroadWorks-Benutzer-ID { $user }, Enterprise { $enterprise }, Bereitstellungs-ID { $provisioning }).
portal-verification-not-queued = Das Konto wurde beansprucht, aber die Bestätigungs-E-Mail konnte nicht in die Warteschlange gestellt werden: { $error }
portal-demo-only = Das Aktivierungsportal wird nur in der Demo simuliert

## AL
al01-location = Webex Calling braucht einen Standort: Geben Sie einen an (--location NAME)
al01-number = Webex Calling braucht eine Durchwahl und/oder eine Nummer: Geben Sie eine an (--number E164 oder --extension DIGITS)
al02-other-location = { $email }: { $number } ist bei { $its } eingerichtet, nicht bei { $location }: Geben Sie eine Nummer von { $location } an oder den Standort { $its }
template-clash = { $org } hat bereits { $template }: ändern Sie diese ({ $command }) oder löschen Sie sie zuerst
al03-no-calling = Die Vorlage { $template } gewährt kein Webex Calling: Niemand erhält darüber eine Lizenz
al03-not-covered = { $email } ist nicht durch { $template } abgedeckt: { $theirs ->
        [none] keine Vorlage deckt den Benutzer ab
       *[other] die Vorlage des Benutzers ist { $theirs }
    }. Keine Lizenz; bearbeiten Sie die Lizenzen einzeln, wenn Webex Calling gebraucht wird
al06-unconfirmed = { $warning } Bestätigen Sie ausdrücklich (CLI: { $flags }). Nichts wurde geändert.
al06-changed = Sie haben bestätigt, dass { $confirmed ->
        [one] 1 Benutzer Webex Calling verliert
       *[other] { $confirmed } Benutzer Webex Calling verlieren
    }, jetzt wären es aber { $n } (inzwischen hat sich etwas geändert). Prüfen Sie die Zahl erneut und bestätigen Sie sie. Nichts wurde geändert.
reapply-warning = Wenn Sie „Lizenzen für vorhandene Benutzer beibehalten“ ausschalten, wird Webex Calling { $n ->
        [one] 1 Benutzer
       *[other] { $n } Benutzern
    } entzogen, deren Vorlage es nicht gewährt. Ihre Voicemail-Einstellungen, Nummernzuweisungen ({ $numbers ->
        [one] 1 Nummer geht
       *[other] { $numbers } Nummern gehen
    } zurück in den Pool nicht zugewiesener Nummern) und Anrufdienste werden endgültig gelöscht{ $devices ->
        [0] {""}
        [one] , und 1 Webex Go-Gerät wird gelöscht
       *[other] , und { $devices } Webex Go-Geräte werden gelöscht
    }. Das kann nicht rückgängig gemacht werden.
extension-taken = { $email }: Die Durchwahl { $extension } gehört in { $location } bereits { $holder }; wählen Sie eine andere
extension-taken-there = { $email }: Die Durchwahl { $extension } gehört an diesem Standort bereits { $holder }; wählen Sie eine andere
template-name-invalid = „{ $name }“ ist kein Vorlagenname: Geben Sie 1 bis 80 druckbare Zeichen an
template-group-empty = Die Gruppe ist leer: Geben Sie die Verzeichnisgruppe (Abteilung) an, für die die Vorlage gilt, oder lassen Sie --group für die ganze Organisation weg
template-licence-unknown = „{ $licence }“ ist keine Lizenz, die eine Vorlage gewährt; wählen Sie aus { $licences } (Webex Calling Professional ist --calling)
template-calling-both = Eine Vorlage gewährt Webex Calling Professional (--calling) oder Calling Basic, nicht beides
template-not-read-back = Die Vorlage „{ $name }“ wurde gespeichert, kann aber nicht wieder gelesen werden
template-none = Keine Lizenzvorlage „{ $name }“
user-not-read-back = { $email } wurde gespeichert, kann aber nicht wieder gelesen werden
assignments-line = Zeile { $line }: { $error }. Nichts wurde geändert; korrigieren Sie die Datei und versuchen Sie es erneut.
assignments-no-email-column = Zeile 1: Die Kopfzeile hat keine E-Mail-Spalte (sie hat: { $has }); erwartet: { $expected }
assignments-email-empty = Zeile { $line }, Spalte { $column } (E-Mail): Die E-Mail ist leer. Nichts wurde geändert.
not-in-webex = { $email } ist nicht in Webex: Führen Sie { $sync } aus
licence-list-missing = Die Lizenzliste der Organisation fehlt
run-stopped = { $error }. Die bisher beantworteten Anfragen sind in Webex und im Journal erledigt: Führen Sie denselben Befehl erneut aus, um fortzufahren
licence-missing-in-webex = Die Organisation hat in Webex keine { $n ->
        [one] Lizenz
       *[other] Lizenzen
    } { $licences }: Ändern Sie die Vorlage ({ $command }) oder fügen Sie die Lizenz in Control Hub hinzu. Nichts wurde gesendet.
licence-unknown = { $error } { $now }
licence-unknown-unjournalled = { $error } Es konnte auch nicht im Journal von wxgo vermerkt werden ({ $journal }): Prüfen Sie die Lizenzen von { $email } in Control Hub, bevor Sie erneut zuweisen.
licence-unknown-all = Auf spätere Nachfrage zeigt Webex { $email } mit jeder angefragten Lizenz: Die Änderung wurde vorgenommen. Führen Sie { $sync } aus, um sie hier zu sehen.
licence-unknown-none = Auf spätere Nachfrage zeigt Webex { $email } ohne die angefragten Lizenzen. Führen Sie denselben Befehl erneut aus: Er liest { $email } zuerst neu und sendet nur, was fehlt.
licence-unknown-some = Auf spätere Nachfrage zeigt Webex { $email } mit { $held } der { $n } angefragten Lizenzen. Führen Sie denselben Befehl erneut aus: Er liest { $email } zuerst neu und sendet nur, was fehlt.
licence-unknown-unasked = Webex konnte danach nicht gefragt werden, was { $email } hat ({ $error }). Führen Sie denselben Befehl später erneut aus: Er liest { $email } zuerst neu und sendet nur, was fehlt.
person-nothing-to-change = Nichts zu ändern: Geben Sie --work-number E164, --extension N und/oder --location NAME an
person-write-twice = Das Schreiben einer Person hat seinen Folgeschritt zweimal ausgeführt
person-write-no-result = Das Schreiben einer Person endete ohne Ergebnis
location-not-in-copy = Dieser Standort ist nicht in der Kopie von Webex: Führen Sie { $sync } aus

## Was das Backend hier nicht kann
stand-in-only = „{ $action }“ ist { $who }. Es wird nur im lokalen Backend simuliert (die Demo: { $command }), nicht in der echten Organisation des Profils „{ $profile }“. Nichts wurde geändert.{ also-read-only }
control-hub-only = „{ $action }“ hat keine öffentliche Webex-API: Erledigen Sie es in { $place } und führen Sie dann { $command } aus. Nichts wurde geändert.{ also-read-only }
also-read-only = { $readonly ->
        [no] {""}
       *[other] {" "}Dieses Profil ist außerdem schreibgeschützt: { $readonly }.
    }

## Wer eine Stellvertreter-Aktion in einer echten Organisation ausführt (das $who von stand-in-only; $sync ist ein Befehl)
stand-in-phone = die Seite des Telefons: In einer echten Organisation erledigt das der Benutzer am Telefon, und { $sync } zeigt das Ergebnis
stand-in-portal = die Seite des Benutzers im Aktivierungsportal: In einer echten Organisation erledigt das der Benutzer im Portal
stand-in-operator = die Seite des Mobilfunkbetreibers: In einer echten Organisation entscheidet der Betreiber

## Orte in Control Hub und Partner Hub (das $place der Meldungen; Menünamen wie in den Hilfeartikeln)
place-lost-stolen = Control Hub > Geräte > das Webex Go-Gerät > Aktionen > Verloren/Gestohlen
place-operator-account = Control Hub > Calling > Nummern > Mobilnummern (das Betreiberkonto des Standorts)
place-directory-numbers = Control Hub > Benutzer > der Benutzer > Calling > Verzeichnisnummern
place-broadworks = Partner Hub > Einstellungen > BroadWorks Calling > Vorlagen anzeigen > die Kundenvorlage > Benutzerverifizierung
place-numbers = Control Hub > Calling > Nummern
place-licences = Control Hub > Benutzer > der Benutzer > Lizenzen (oder Benutzer > Benutzer verwalten für viele)
place-devices = Control Hub > Geräte > Gerät hinzufügen > Webex Go (oder das Gerät > Aktionen)
place-control-hub = Control Hub (admin.webex.com)
place-user-licences = Benutzer > der Benutzer > Lizenzen
place-mobile-numbers = Calling > Nummern > Mobilnummern

## Eine Person hat sich in Webex geändert
person-changed = { $email } wurde in Webex geändert, seit Ihre Kopie synchronisiert wurde ({ $fields }). Nichts wurde gesendet: wxgo schreibt eine Person nur über die Kopie, die Sie gesehen haben. Führen Sie { $command } aus (F in der Konsole), sehen Sie sich die Person erneut an und wiederholen Sie die Änderung.
person-field-changed = { $field }: Ihre Kopie { $copy }, Webex jetzt { $now }
person-field-email = E-Mail
person-field-display-name = Anzeigename
person-field-work-number = Geschäftsnummer
person-field-extension = Durchwahl
person-field-location = Standort
person-field-department = Abteilung
person-other-location = ein anderer Standort ({ $id })

## Eine Anfrage, die ein Lauf senden würde, wie --dry-run sie auflistet (E-Mails, Lizenzen, Orte und Nummern wie sie sind)
plan-line = Zeile { $line }
plan-activation-code = Aktivierungscode für { $email }, Modell { $model }
plan-create = { $email } anlegen
plan-reread = { $email } vor dem Schreiben neu lesen
plan-write = { $email }: { $fields }
plan-read-licences = die Lizenzen von { $email } lesen
plan-licences = { $email }: { $parts }
plan-add = { $licences } hinzufügen
plan-add-at = { $licences } hinzufügen in { $location }{ $number ->
        [none] {""}
       *[other] {" "}mit { $number }
    }{ $extension ->
        [none] {""}
       *[other] , Durchwahl { $extension }
    }
plan-remove = { $licences } entfernen

## Zu viele falsche Aktivierungscodes
throttled-source = { $n } falsche Aktivierungscodes von { $from } in den letzten { $minutes } Minuten, daher wurde dieser Code nicht geprüft. Versuchen Sie es nach { $until } erneut. Jeder falsche Code innerhalb von { $minutes } Minuten nach den letzten startet die Wartezeit neu: Prüfen Sie zuerst den Code in der E-Mail oder im Brief (16 Buchstaben und Ziffern).
throttled-device = { $n } falsche Aktivierungscodes für { $from } in den letzten { $minutes } Minuten, daher wurde dieser Code nicht geprüft. Versuchen Sie es nach { $until } erneut. Jeder falsche Code innerhalb von { $minutes } Minuten nach den letzten startet die Wartezeit neu: Prüfen Sie zuerst den Code in der E-Mail oder im Brief (16 Buchstaben und Ziffern).
attempt-wait-until = { $at } (in { $seconds } s)
attempt-noted = { $error }{ $stop } { $note }
attempt-wait-source = Das war falscher Code Nr. { $n } von { $from } innerhalb von { $minutes } Minuten: Der nächste Versuch wartet bis { $until }.
attempt-wait-device = Zu viele falsche Codes für { $device }: Bis { $until } werden falsche Codes dafür nicht beantwortet (sein gültiger Code funktioniert weiterhin).

## Abgebrochene Läufe
cancelled-licensing = abgebrochen nach { $done } von { $total } Benutzern: Nichts wurde geändert
cancelled-import = abgebrochen beim { $phase ->
        [reading] Lesen
        [checking] Prüfen
        [adding] Hinzufügen
        [saving] Speichern
       *[emailing] Mailen
    } ({ $done } von { $total } Zeilen): Nichts wurde hinzugefügt
cancelled-sync = Die Synchronisierung wurde abgebrochen; der Cache behält seinen letzten vollständigen Stand (nichts von dieser Synchronisierung wurde gespeichert)

## Schreibgeschützt
read-only-db = schreibgeschützt: Die Datenbank ist schreibgeschützt geöffnet, daher wurde „{ $action }“ nicht ausgeführt. Öffnen Sie sie ohne --read-only, um Änderungen vorzunehmen.
read-only-for = schreibgeschützt: „{ $action }“ wurde nicht an Webex gesendet, weil { $why }. Nichts wurde geändert.

## Nummern und Durchwahlen (die Eingabe wird wie getippt gezeigt; die Beispielnummern werden nicht übersetzt)
e164-none = keine Nummer angegeben
e164-no-plus = „{ $input }“ ist nicht E.164: Die Nummer muss mit + und der Landesvorwahl beginnen, z. B. +12145550100
e164-not-digit = „{ $input }“ ist nicht E.164: '{ $bad }' ist keine Ziffer (schreiben Sie nur + und Ziffern, z. B. +12145550100)
e164-zero = „{ $input }“ ist nicht E.164: Eine Landesvorwahl beginnt nie mit 0
e164-length = „{ $input }“ ist nicht E.164: Die Nummer hat { $n ->
        [one] { $n } Ziffer
       *[other] { $n } Ziffern
    }, eine vollständige internationale Nummer hat 8 bis 15
extension-invalid = „{ $extension }“ ist keine Durchwahl: Schreiben Sie 2 bis 10 Ziffern, z. B. 4021
## Wörter und Codes, wie eingegeben oder zurückgelesen (der Wert wie angegeben; softphone, pending, online ... sind die einzugebenden Wörter und werden nicht übersetzt)
bw-status-unknown = Unbekannter BroadWorks-Status „{ $status }“
package-unknown = Unbekanntes Paket „{ $package }“: Verwenden Sie softphone, basic, standard oder premium
email-invalid = „{ $email }“ ist keine gültige E-Mail-Adresse (wie name@example.com)
code-length = Ein Aktivierungscode hat { $n } Buchstaben und Ziffern (wie K7QX-M2PD-9HTR-4WCE); dieser hat { $has }
code-symbol = „{ $symbol }“ kommt in keinem Aktivierungscode vor (Codes verwenden 2-9 und A-Z ohne I, L und O)
lpa-prefix = Eine Aktivierungszeichenfolge beginnt mit LPA:1$
lpa-shape = Eine Aktivierungszeichenfolge lautet LPA:1$<SM-DP+-Adresse>$<Matching-ID>
lpa-matching-id = Eine Matching-ID verwendet nur A-Z a-z 0-9 und -
device-status-unknown = Unbekannter Gerätestatus „{ $status }“: Verwenden Sie pending, online oder offline
device-kind-unknown = Unbekannte Geräteart „{ $kind }“
auth-status-unknown = Unbekannter Autorisierungsstatus „{ $status }“
mo01-empty = Die Betreiberkonto-ID ist leer: Geben Sie die ID ein, die Ihr Mobilfunkbetreiber Ihnen gegeben hat
mo01-invalid = „{ $id }“ ist keine Betreiberkonto-ID: Verwenden Sie Buchstaben, Ziffern, „-“, „_“ oder „.“, höchstens 64
field-hazard = Der Wert enthält { $character } an Zeichen { $position }; entfernen Sie es in der Quelle und exportieren Sie erneut
field-too-long = Der Wert ist { $n } Zeichen lang; erlaubt sind höchstens { $max }
char-line-break = einen Zeilenumbruch
char-tab = einen Tabulator
char-escape = ein Escape-Zeichen (ESC)
char-bell = ein Glockenzeichen (BEL)
char-control = ein Steuerzeichen ({ $code })
char-direction = ein Schreibrichtungszeichen ({ $code })
char-invisible = ein unsichtbares Zeichen ({ $code })

## MO02, MO03: was bei einem Betreiberkonto zu tun ist und warum eine Mobilfunknummer nicht hinzugefügt werden kann ($what: wo die Nummer liegt)
mo02-advice-pending = Die Autorisierung steht aus; sie kann bis zu 48 Stunden dauern. Wenden Sie sich an Ihren Mobilfunkanbieter, wenn Ihr Mobilfunk-Administrator keine Autorisierungsanfrage erhalten hat.
mo02-advice-failed = Die Autorisierung ist fehlgeschlagen. Wenden Sie sich an Ihren Mobilfunkbetreiber.
mo02-advice-authorized = Autorisiert: Sie können jetzt Mobilfunknummern hinzufügen.
mo03-in-list-twice = mehr als einmal in dieser Liste eingegeben
mo03-no-plan = { $number } ist in keinem Nummerierungsplan eine gültige Nummer
mo03-other-country = { $number } ist eine Nummer von { $its }, nicht des Landes des Standorts { $country }
mo03-in-inventory = bereits im Bestand ({ $what })
mo03-other-org = von einer anderen Organisation verwendet
mo03-fixed-line = { $number } ist eine Festnetznummer, keine Mobilfunknummer
held-standard-of = Standardnummer von { $owner }
held-mobile-of = Mobilfunknummer von { $owner }
held-standard-free = nicht zugewiesene Standardnummer
held-mobile-free = nicht zugewiesene Mobilfunknummer

## Was es nicht gibt (Namen, Nummern und IDs wie angegeben; $command ist ein auszuführender Befehl)
names-none = keine
not-found-user = Kein Benutzer mit der E-Mail-Adresse „{ $email }“ in { $org }. Suchen Sie ihn mit { $command }.
not-found-device = Kein Webex Go-Gerät { $device } in { $org }. Listen Sie die Geräte mit { $command } auf.
user-has-no-device = { $email } hat kein Webex Go-Gerät.
device-reference = „{ $reference }“ ist kein Gerät: Geben Sie seine ID (go-12) oder die E-Mail-Adresse seines Besitzers an
not-found-number = { $number } ist nicht im Nummernbestand von { $org }
not-found-location = Kein Standort „{ $location }“ in { $org }
not-found-location-listed = Kein Standort „{ $location }“ in { $org }; vorhanden: { $names }
not-found-subscription = Kein Abonnement { $subscription } mit Webex Go-Lizenzen in { $org }; vorhanden: { $subscriptions }
subscription-name-shared = Mehrere Abonnements heißen „{ $name }“: Geben Sie die ID eines davon an ({ $ids })
subscription-start-shared = „{ $start }“ ist der Anfang mehrerer Abonnement-IDs ({ $ids }): Geben Sie mehr von der gemeinten an
not-found-account = Kein Betreiberkonto „{ $account }“ in { $org }. Listen Sie die Konten mit { $command } auf.
not-found-account-for = Kein Betreiberkonto für den Standort „{ $location }“ in { $org }. Fügen Sie eines mit { $add } hinzu oder listen Sie die Konten mit { $list } auf.
not-found-template = Keine Lizenzvorlage „{ $name }“; vorhanden: { $names }. Listen Sie die Vorlagen mit { $command } auf.
not-found-org = Keine Organisation namens „{ $name }“ hier; vorhanden: { $names }
not-found-subscriber = Kein BroadWorks-Teilnehmer „{ $id }“ in { $org }. Listen Sie die Teilnehmer mit { $command } auf.
not-in-copy = { $email } ist nicht in der Kopie von Webex (keine Webex-ID): Führen Sie { $command } aus und sehen Sie erneut nach
device-not-in-copy = { $device } ist nicht in der Kopie von Webex (keine Webex-ID): Führen Sie { $sync } aus und sehen Sie erneut nach
why-nobody-given = Geben Sie eine E-Mail-Adresse, eine Telefonnummer oder eine Durchwahl an
why-no-email = Niemand mit der E-Mail-Adresse „{ $email }“ in { $org }: kein Benutzer und kein BroadWorks-Teilnehmer. Suchen Sie mit { $command }.
why-no-number = Niemand in { $org } hat die Nummer oder Durchwahl „{ $number }“ (kein Benutzer, kein BroadWorks-Teilnehmer). Suchen Sie mit { $command }.
not-found-thing = { $what ->
        [device] Dieses Gerät gibt es nicht
        [subscription] Dieses Abonnement gibt es nicht
        [operator-account] Dieses Betreiberkonto gibt es nicht
       *[other] Nicht gefunden: { $what }
    }

## Die Datenbank ($file ist ihr Pfad oder db-the-database, wo der Pfad nicht bekannt ist; --db, --read-only und WXGO_DB werden nicht übersetzt)
db-the-database = die Datenbank
db-fuser = `fuser` auf die Datenbankdatei
db-busy = { $file } ist belegt: Ein anderes wxgo (oder ein anderes Programm) hält sie seit über { $seconds ->
        [one] { $seconds } Sekunde
       *[other] { $seconds } Sekunden
    }. Nichts wurde geändert. Versuchen Sie es erneut; bleibt sie belegt, suchen Sie mit { $command } nach einem hängenden Prozess.
db-read-only = { $file } kann nicht geschrieben werden (die Datei oder ihr Ordner ist schreibgeschützt). Nichts wurde geändert. Sehen Sie sie mit --read-only an oder korrigieren Sie die Berechtigungen.
db-damaged = { $file } ist keine wxgo-Datenbank oder sie ist beschädigt. Nichts wurde geändert. Richten Sie --db auf die richtige Datei oder stellen Sie sie aus einer Sicherung wieder her.
db-cannot-open = { $file } kann nicht geöffnet werden (ein fehlender Ordner oder keine Berechtigung: Außer der Datei muss SQLite { $file }-wal und { $file }-shm in ihrem Ordner anlegen). Nichts wurde geändert. Sehen Sie sie mit --read-only an oder prüfen Sie den Pfad und seine Berechtigungen.
db-disk-full = Der Datenträger mit { $file } ist voll. Nichts wurde geändert. Geben Sie Speicherplatz frei und versuchen Sie es erneut.
db-constraint = Das würde eine Regel der Daten verletzen ({ $error }). Nichts wurde geändert.
db-other = Datenbankfehler in { $file }: { $error }
db-foreign-kept = { $file } ist keine wxgo-Datenbank: { $why }. Nichts wurde geändert: wxgo ersetzt nur seine eigenen Datenbanken. Wählen Sie mit --db eine andere Datei (oder löschen Sie diese selbst, wenn sie nicht mehr gebraucht wird).
db-folder = { $file } ist ein Ordner, keine Datenbank. Nichts wurde geändert. Richten Sie --db auf eine Datenbankdatei.
db-empty = { $file } ist leer: Darin ist noch keine wxgo-Datenbank. Nichts wurde geändert. Legen Sie darin die Demo-Organisation mit { $create } an, verwenden Sie die Demo mit { $demo } oder richten Sie --db auf Ihre Datenbank.
db-foreign = { $file } ist keine wxgo-Datenbank: { $why }. Nichts wurde geändert. Richten Sie --db auf eine wxgo-Datenbank oder auf eine neue Datei, um eine anzulegen ({ $command }).
db-newer = { $file } wurde von einem neueren wxgo geschrieben (Schemaversion { $version }; dieses wxgo kennt bis { $known }). Nichts wurde geändert. Aktualisieren Sie wxgo, um sie zu öffnen.
db-older = { $file } ist eine wxgo-Datenbank mit Schemaversion { $version }; dieses wxgo liest die Versionen { $from } bis { $known }. Nichts wurde geändert. Öffnen Sie sie einmal ohne --read-only, um sie zu aktualisieren.
db-upgrade-failed = { $file } konnte nicht auf Schemaversion { $known } aktualisiert werden. Nichts wurde geändert. Stellen Sie sie aus einer Sicherung wieder her oder melden Sie dies mit der wxgo-Version, die sie geschrieben hat.
db-wal-unreadable = { $file } kann hier nicht gelesen werden: Ihr Ordner ist nicht beschreibbar, und { $wal } enthält neue Änderungen, die SQLite nur mit einer Datei { $shm } daneben lesen kann. Nichts wurde geändert. Kopieren Sie die Datenbank mit ihrer -wal-Datei in einen beschreibbaren Ordner oder öffnen Sie sie einmal dort, wo ihr Ordner beschreibbar ist.
db-none = Unter { $file } gibt es keine Datenbank. Nichts wurde angelegt. Prüfen Sie --db (oder WXGO_DB) auf Tippfehler; verwenden Sie die Demo-Organisation mit { $demo }; oder legen Sie dort die Demo-Organisation mit { $create } an.
db-none-folder = Unter { $file } gibt es keine Datenbank (auch der Ordner { $folder } existiert nicht). Nichts wurde angelegt. Prüfen Sie --db (oder WXGO_DB) auf Tippfehler; verwenden Sie die Demo-Organisation mit { $demo }; oder legen Sie dort die Demo-Organisation mit { $create } an.
db-no-org = Die Datenbank enthält noch keine Organisation. Legen Sie darin die Demo-Organisation mit { $create } an, oder verwenden Sie die Demo-Datenbank mit { $demo }.
db-many-orgs = Die Datenbank enthält { $n } Organisationen; wählen Sie eine mit --org NAME: { $names }
demo-spec-broken = { $file } ist fehlerhaft: { $error }
demo-cannot-replace = { $path } kann nicht ersetzt werden: { $error }
index-users-missing = Der Index der Benutzer fehlt
index-list-missing = Der Index der Liste fehlt
index-too-large = Eine Liste ist zu groß zum Indizieren (über 4 GB Text)
index-changed = Die Liste hat sich beim Indizieren geändert; versuchen Sie es erneut
index-not-devices = keine Geräteliste
db-foreign-damaged = Die Schemaversion ist { $version }, die kein wxgo schreibt (die Datei ist beschädigt)
db-foreign-application = Die Datei gehört zu einem anderen Programm (Application-ID { $id })
db-foreign-version = Die Schemaversion ist { $version }, die kein wxgo schreibt
db-foreign-tables = Die Datei enthält { $n ->
        [one] { $n } Tabelle
       *[other] { $n } Tabellen
    } und keine wxgo-Markierung: sie gehört zu einem anderen Programm
db-foreign-not-ours = Die Datei hat die Schemaversion { $version }, aber nicht die Tabellen von wxgo
db-schema-not-created = Das Schema konnte nicht angelegt werden: { $error }
db-cannot-create = Die Datenbankdatei { $file } kann nicht angelegt werden: { $error }. Nichts wurde geändert. Prüfen Sie den Pfad und die Berechtigungen seines Ordners, oder geben Sie mit --db eine andere Datei an.
db-devices-short = { $added } von { $total } Geräten wurden hinzugefügt; nichts wurde gespeichert

## CSV-Dateien (Dateiname, Zeilen, Spalten und Zellen wie sie sind; die Spaltennamen von Control Hub werden nicht übersetzt)
csv-save-as-utf8 = Speichern Sie sie als UTF-8-CSV (Excel: Datei > Speichern unter > „CSV UTF-8 (durch Trennzeichen getrennt)“; LibreOffice: Speichern unter > Text CSV, Zeichensatz Unicode (UTF-8)) und versuchen Sie es erneut.
csv-utf16 = { $source } ist als UTF-16 („Unicode-Text“) gespeichert, nicht als UTF-8-CSV. { csv-save-as-utf8 }
csv-not-utf8 = { $source } ist nicht UTF-8: Byte { $byte } in Zeile { $line } ist kein UTF-8-Text (die Datei scheint als Latin-1 / Windows-1252 gespeichert, z. B. „CSV (Trennzeichen-getrennt)“). { csv-save-as-utf8 }
csv-malformed = { $source } Zeile { $line }: Das ist kein wohlgeformtes CSV ({ $error }). Suchen Sie ein Anführungszeichen, das geöffnet und nie geschlossen wird.
csv-empty = { $source } ist leer: Sie hat keine Kopfzeile und keine Zeilen
## Der Export des Verzeichnisses (Verzeichnis-Sync: Pfad, Zeilen, Spalten, Kopfzeilen und Werte der Datei, wie sie sind)
dir-cannot-read = Die Verzeichnisdatei { $path } kann nicht gelesen werden: { $error }
dir-io = Die Verzeichnisdatei kann nicht gelesen werden: { $error }
dir-line = Zeile { $line }: { $what }. Nichts wurde geändert; korrigieren Sie die Datei und synchronisieren Sie erneut.
dir-cell = Zeile { $line }, Spalte { $column } ({ $name }): { $what }. Nichts wurde geändert; korrigieren Sie die Datei und synchronisieren Sie erneut.
dir-same-column = Diese Spalte sagt dasselbe wie Spalte { $column } ({ $name })
dir-no-email-column = Zeile 1: Die Kopfzeile hat keine E-Mail-Spalte (sie hat: { $has }). Erwartet: { $expected }. Nichts wurde geändert.
dir-email-empty = Die E-Mail-Adresse ist leer
dir-not-email = „{ $value }“ ist keine E-Mail-Adresse
dir-email-twice = { $email } steht auch in Zeile { $first }; jeder Benutzer darf nur einmal vorkommen
dir-column-missing = Spalte { $column } ({ $name }) fehlt
dir-column-extra = Spalte { $column } ist eine zu viel
dir-fields = Zeile { $line }: Die Zeile hat { $len ->
        [one] { $len } Feld
       *[other] { $len } Felder
    }, die Kopfzeile aber { $expected }: { $column }. Setzen Sie Felder, die Kommas enthalten, in Anführungszeichen. Nichts wurde geändert; korrigieren Sie die Datei und synchronisieren Sie erneut.
dir-not-utf8 = Zeile { $line }, Spalte { $column }: kein UTF-8-Text. Speichern Sie den Export als UTF-8 (CSV UTF-8) und synchronisieren Sie erneut; nichts wurde geändert.
dir-not-csv = Zeile { $line }: Die Datei ist kein gültiges CSV ({ $error }). Nichts wurde geändert.

## Probleme einer Zeile des Massenimports (nach ihrer Zeile und Spalte gezeigt)
sheet-column-twice = Die Spalte „{ $column }“ kommt zweimal vor (Spalten { $first } und { $second }); behalten Sie eine
sheet-no-column = Die Kopfzeile hat keine Spalte „{ $column }“. Beginnen Sie mit der Vorlage: { $command }
sheet-no-subscription-column = Die Kopfzeile hat keine Spalte { $column }, daher wählt keine Zeile das Abonnement, aus dem ihre Lizenz kommt. Beginnen Sie mit der Vorlage: { $command }
sheet-empty-write = ist leer; schreiben Sie { $want }
sheet-not-fixed = ist „{ $value }“; eine Webex Go-Gerätezeile hat { $want }
sheet-mac = ist „{ $value }“; ein Webex Go-Gerät hat keine MAC-Adresse: Lassen Sie das Feld leer
sheet-not-true-false = ist „{ $value }“; schreiben Sie TRUE für das Abonnement, aus dem die Lizenz kommt, sonst FALSE oder nichts
sheet-no-true = Kein Abonnement ist mit TRUE markiert: Markieren Sie das, aus dem die Lizenz kommt ({ $columns })
sheet-many-true = { $n } Abonnements sind mit TRUE markiert; eine Lizenz kommt aus genau einem: Markieren Sie nur eines
sheet-no-user = ist leer; schreiben Sie die E-Mail-Adresse des Benutzers
sheet-user-twice = { $email } steht auch in Zeile { $first }: Ein Benutzer hat ein Webex Go-Gerät, behalten Sie also eine Zeile
sheet-extension = Die Durchwahl von { $email } ist { $theirs }, nicht { $given }: Korrigieren Sie sie oder lassen Sie Extension leer
sheet-no-location = kein Standort
sheet-location = { $email } ist in { $theirs }, nicht in { $given }: Korrigieren Sie das oder lassen Sie Location leer
sheet-number-twice = { $number } ist auch in Zeile { $first } gewählt (für { $other }): Wählen Sie eine andere nicht zugewiesene Nummer von { $location }
sheet-number-webex = ist { $given }, aber die Kopie von Webex hat { $theirs } für { $email }: Der Import ändert keine Nummern. Lassen Sie Phone Number leer oder ändern Sie zuerst die Nummer ({ $place }).
sheet-no-number = keine Nummer
import-no-rows = { $source } hat eine Kopfzeile, aber keine Gerätezeilen: Es gibt nichts hinzuzufügen
import-mails-not-queued = Die Aktivierungs-E-Mails konnten nicht in die Warteschlange gestellt werden ({ $error })
import-mail-not-queued = Die Aktivierungs-E-Mail konnte nicht in die Warteschlange gestellt werden ({ $error })

## Was aus einer Zeile des Massenimports in einer echten Organisation wurde ($error ist die eigene Meldung eines Fehlers, $command ein auszuführender Befehl)
import-row-unknown = { $error } Führen Sie denselben Befehl erneut aus: Er fragt Webex, ob die Anfrage dieser Zeile angekommen ist (die Geräte der Person), und sendet nichts dafür, falls ja.
import-row-code-kept-uncached = Ihr Code steht in der Codedatei, aber der Cache konnte nicht aktualisiert werden: { $error }
import-row-code-lost = Die frühere Anfrage ist angekommen: Webex hat das Gerät angelegt und einen Code ausgegeben, aber dieser Code hat wxgo nie erreicht (seine Antwort ging verloren, oder wxgo wurde vor dem Schreiben angehalten): Niemand hat ihn. Generieren Sie einen anderen mit { $command }.
import-row-code-lost-uncached = Der Code wurde von Webex ausgegeben, ging aber verloren, und der Cache konnte nicht aktualisiert werden: { $error }
import-row-unasked = Webex konnte nicht gefragt werden, ob die frühere Anfrage dieser Zeile angekommen ist ({ $error }); sie wurde nicht erneut gesendet. Führen Sie denselben Befehl erneut aus.
import-row-undelivered = Webex hat den Code ausgegeben, aber er wurde nicht zugestellt ({ $error }); der Import wurde angehalten. Beheben Sie das und führen Sie denselben Befehl erneut aus (diese Zeile sagt dann, wie ein neuer Code generiert wird).

## Der Bericht des Massenimports

## Anmeldung (Befehle, Umgebungsvariablen, Scopes und Pfade werden nicht übersetzt; $why und $words sind Webex' eigene Worte, so wie Webex sie gibt)
signin-not-yet = Dieses Profil hat sich noch nicht bei Webex angemeldet. Führen Sie { $login } aus (oder setzen Sie WEBEX_TOKEN).
signin-env-unset = { $var } ist nicht gesetzt (oder leer). Legen Sie ein Webex-Zugriffstoken darin ab (oder lassen Sie --token-env weg, um die gespeicherte Anmeldung des Profils zu verwenden).
signin-token-empty = Das Webex-Token ist leer. Setzen Sie WEBEX_TOKEN, oder melden Sie sich mit { $login } an.
signin-expired-no-refresh = Die Webex-Anmeldung ist abgelaufen, und es gibt kein Aktualisierungstoken. Melden Sie sich mit { $login } erneut an.
signin-refresh-too-old = Die Webex-Anmeldung ist abgelaufen (das Aktualisierungstoken ist zu alt). Melden Sie sich mit { $login } erneut an.
signin-renew-refused = Webex hat die Erneuerung der Anmeldung abgelehnt ({ $why }): Das Aktualisierungstoken wurde widerrufen oder ist abgelaufen. Melden Sie sich mit { $login } erneut an.
signin-bad-answer-token = Die Antwort von Webex auf { $path } enthält ein Token mit einem Steuerzeichen oder Zeilenumbruch, das in keiner Anfrage gesendet werden kann: Es wurde weder verwendet noch gespeichert. Melden Sie sich mit { $login } erneut an; wenn es wieder passiert, melden Sie es dem Cisco-Support.
signin-start-refused = Webex hat den Start der Anmeldung abgelehnt ({ $why }). Prüfen Sie die Client-ID der Integration und ob sie die angeforderten Scopes erlaubt ({ $scopes }).
signin-declined = Die Anmeldung wurde im Browser abgelehnt. Führen Sie { $login } erneut aus, falls das ein Versehen war.
signin-refused = Webex hat die Anmeldung abgelehnt ({ $why }). Prüfen Sie Client-ID und Client-Secret der Integration, und führen Sie dann { $login } erneut aus.
signin-code-expired = Der Anmeldecode ist abgelaufen, bevor er bestätigt wurde. Führen Sie { $login } erneut aus.
token-unsendable = Das Webex-Token enthält ein Zeichen, das nicht gesendet werden kann; besorgen Sie ein neues
token-the = Das Webex-Token
token-in = Das Webex-Token in { $var }
token-line-break = einen Zeilenumbruch
token-control = ein Steuerzeichen ({ $code })
token-space = ein Leerzeichen
token-odd-character = ein Zeichen, das ein Token nie enthält ({ $code })
token-bad-character = { $token } enthält { $what } an Zeichen { $at } von { $n }: Es kann nicht gesendet werden, und nichts wurde gesendet. Kopieren Sie das Token erneut (eine Zeile, nichts drumherum), oder melden Sie sich mit { $login } an.
token-profile-name = Der Profilname „{ $name }“ muss aus Buchstaben, Ziffern, - oder _ bestehen (höchstens 64)
token-cannot-encode = Die Tokens können nicht kodiert werden: { $error }
token-file-cannot = { $what ->
        [create] Die Token-Datei in { $dir } kann nicht angelegt werden: { $error }
        [write] Die Token-Datei in { $dir } kann nicht geschrieben werden: { $error }
        [protect] Die Token-Datei in { $dir } kann nicht geschützt werden: { $error }
       *[replace] Die Token-Datei in { $dir } kann nicht ersetzt werden: { $error }
    }
token-file-cannot-read = Die Token-Datei { $path } kann nicht gelesen werden: { $error }
token-stored-unreadable = Die gespeicherte Anmeldung kann nicht gelesen werden; führen Sie { $login } erneut aus, um sie zu ersetzen
token-no-home = Kein Home-Ordner für die Token-Datei gefunden; setzen Sie XDG_STATE_HOME
keyring-no-thread = Der Aufruf des Schlüsselbunds kann nicht gestartet werden: { $error }
keyring-timeout = Der Schlüsselbund des Systems hat nicht innerhalb von { $seconds } s geantwortet (ist er gesperrt?)

## Webex hat das Token (401) oder die Anfrage (403) abgelehnt: $said sind Webex' eigene Worte mit webex-says drumherum, $tracking die Worte zur trackingId (jeweils leer, wenn Webex keine gab)
webex-says = Webex meldet: „{ $words }“.
webex-tracking = trackingId { $id } (nennen Sie sie dem Cisco-Support).
webex-401 = Webex hat die Anmeldung für { $method } { $path } nicht akzeptiert (401: Das Token ist abgelaufen oder wurde widerrufen).{ $said } Melden Sie sich mit { $login } erneut an (oder geben Sie ein neues Token in WEBEX_TOKEN an).{ $tracking }
webex-401-env = Webex hat das Token in { $var } für { $method } { $path } nicht akzeptiert (401: Es ist abgelaufen oder wurde widerrufen).{ $said } Legen Sie ein neues Token in { $var } ab (eine gespeicherte Anmeldung wird nicht verwendet, solange { $var } gesetzt ist).{ $tracking }
webex-403 = Webex hat { $method } { $path } abgelehnt (403 Forbidden): Dem Token fehlt der nötige Scope oder die nötige Rolle: { $scope }.{ $said } Melden Sie sich mit einem Administrator und einer Integration an, die diese haben ({ $login }).{ $tracking }
webex-403-env = Webex hat { $method } { $path } abgelehnt (403 Forbidden): Dem Token in { $var } fehlt der nötige Scope oder die nötige Rolle: { $scope }.{ $said } Legen Sie in { $var } das Token eines Administrators ab, der diese hat.{ $tracking }
scope-with-role = { $scope } ({ $role })
scope-unknown = ein Administrator-Scope für diese Anfrage
role-full-admin = vollständiger Administrator
role-partner-admin = Partneradministrator
role-partner-full-admin = vollständiger Partneradministrator
role-full-or-partner-admin = vollständiger Administrator oder Partneradministrator

## Profile und die Konfigurationsdatei ($file ist ihr Pfad, $at die Datei und der Abschnitt des Profils; Schlüssel, Werte und Profilnamen werden nicht übersetzt)
profiles-there = (vorhanden: { $names })
profile-unknown = Es gibt kein Profil „{ $name }“ ({ $from }) in { $file }; fügen Sie dort einen Abschnitt [profiles.{ $name }] hinzu{ $there }
profile-default-unknown = { $file }: default_profile = "{ $name }" nennt kein Profil; fügen Sie [profiles.{ $name }] hinzu, oder korrigieren Sie den Namen{ $there }
profile-secret-needed = Zum Anmelden wird das Client-Secret der Webex-Integration benötigt: Setzen Sie { $var }, oder nennen Sie eine Datei mit client_secret_file in [profiles.{ $name }] von { $file }
config-not-toml = { $file } ist kein gültiges TOML: { $error }
config-default-profile-name = { $file }: default_profile nimmt einen Profilnamen in Anführungszeichen (Buchstaben, Ziffern, - oder _), z. B. default_profile = "acme"
config-profile-section = { $file }: profiles.{ $name } muss ein Abschnitt sein: Schreiben Sie [profiles.{ $name }]
config-profiles-sections = { $file }: profiles ist eine Reihe von Abschnitten: Schreiben Sie [profiles.NAME] mit backend = "webex"
profile-name-invalid = { $at }: Ein Profilname besteht aus Buchstaben, Ziffern, - oder _ (höchstens 64)
profile-unknown-key = { $at }: unbekannter Schlüssel { $key }; die Schlüssel sind { $keys }
profile-takes-text = { $at } { $key } nimmt Text in Anführungszeichen
profile-takes-bool = { $at } { $key } nimmt true oder false
profile-backend-missing = { $at }: backend fehlt; schreiben Sie backend = "webex" (oder "local")
profile-backend-unknown = { $at } backend = "{ $backend }": Verwenden Sie "webex" oder "local"
profile-base-url-refused = { $at } base_url = "{ $url }": { $error }
profile-base-url-not-https = { $at } base_url = "{ $url }" ist keine https://-URL; z. B. { $example }
profile-takes-seconds = { $at } { $key } nimmt Sekunden, { $min } bis { $max }
profile-secret-inline = { $at } client_secret: Ein Secret wird nie in die Konfiguration geschrieben; legen Sie es in eine Datei, die client_secret_file nennt, oder in eine Umgebungsvariable, die client_secret_env nennt
profile-secret-env-name = { $at } client_secret_env nennt eine Umgebungsvariable (Buchstaben, Ziffern, _), nicht das Secret selbst
config-secret-at-top = { $file }: { $key } oben in der Datei: Ein Secret wird nie in die Konfiguration geschrieben (wer die Datei, eine Sicherung oder eine Bildschirmfreigabe sehen kann, hätte es). Entfernen Sie es, und geben Sie das Secret dem Profil mit client_secret_env = "VAR" (eine Umgebungsvariable) oder client_secret_file = "PATH" (eine Datei, die nur Sie lesen können, chmod 600).
secret-file-readable = { $file }: [profiles.{ $name }] client_secret_file { $path } { $why }, und wxgo verwendet kein Secret, das andere lesen können (so wie ssh einen lesbaren Schlüssel ablehnt). Führen Sie { $command } aus (und prüfen Sie, wer sie gelesen haben könnte), und versuchen Sie es dann erneut. Es wurde nichts gesendet.
secret-file-readable-by-anyone = kann von jedem auf diesem Rechner gelesen werden (Modus { $mode })
secret-file-readable-by-group = kann von ihrer Gruppe gelesen werden (Modus { $mode })
secret-file-cannot-read = { $file }: [profiles.{ $name }] client_secret_file { $path }: kann nicht gelesen werden ({ $error }). Korrigieren Sie den Pfad.
secret-file-empty = { $file }: [profiles.{ $name }] client_secret_file { $path } ist leer
webex-plain-http = Die Webex-Adresse { $address } ist unverschlüsseltes { $scheme }: Das Token und das Client-Secret gingen unverschlüsselt über das Netz. Verwenden Sie https:// (unverschlüsseltes http:// wird nur für diesen Rechner angenommen: localhost, 127.0.0.1, ::1). Es wurde nichts gesendet.
ca-file-cannot-read = Die ca_file { $path } kann nicht gelesen werden: { $error }; korrigieren Sie den Pfad im Profil
ca-file-unusable = Die ca_file { $path } enthält kein verwendbares PEM-Zertifikat: { $error }
ca-file-empty = Die ca_file { $path } enthält kein PEM-Zertifikat
login-no-client-id = Zum Anmelden wird die Client-ID einer Webex-Integration benötigt: Setzen Sie client_id in [profiles.{ $name }] von { $file } (oder übergeben Sie --client-id). Erstellen Sie die Integration unter developer.webex.com > My Webex Apps; der Abschnitt „Connect to your organisation“ der README nennt die Scopes, die sie braucht.
token-file-no-home = Für die Token-Datei wird kein Home-Ordner gefunden; setzen Sie { $var }
webex-client-not-set-up = Der Webex-Client konnte nicht eingerichtet werden
profile-none-chosen = { $command } arbeitet mit dem Profil einer echten Organisation, und keines ist gewählt. Fügen Sie eines zu { $file } hinzu:{ $sample }Führen Sie dann { $login } aus (oder wählen Sie eines mit --profile NAME oder WXGO_PROFILE). Siehe „Connect to your organisation“ in der README.
## lang, print_command und [smtp] der Konfigurationsdatei, WXGO_SMTP_URL, --lang und WXGO_NOW ($file ist der Pfad der Konfiguration; Schlüssel, Werte, Codes und Beispiele werden nicht übersetzt)
lang-flag-unknown = --lang { $lang }: wxgo spricht { $codes }; geben Sie eine davon an (oder lassen Sie --lang weg)
lang-config-unknown = lang = "{ $lang }" in config.toml: wxgo spricht { $codes }; setzen Sie eine davon oder entfernen Sie die Zeile
clock-not-rfc3339 = WXGO_NOW="{ $value }" ist keine Zeit nach RFC 3339 ({ $error }); schreiben Sie z. B. 2026-11-22T09:00:00Z
config-print-command = { $file }: print_command nimmt einen Befehl in Anführungszeichen, z. B. "lp -d office" ("" schaltet das Drucken aus)
config-smtp-section = { $file }: smtp ist ein Abschnitt: Schreiben Sie [smtp] mit host, port, starttls, user
smtp-password-file = Die SMTP-Passwortdatei { $path } kann nicht gelesen werden: { $error }
smtp-takes-text = { $file }: [smtp] { $key } nimmt Text in Anführungszeichen
smtp-takes-bool = { $file }: [smtp] { $key } ist true oder false (ohne Anführungszeichen)
smtp-needs-host = { $file }: [smtp] braucht host = "smtp.example.com" (oder entfernen Sie den Abschnitt, um den Postausgangsordner zu verwenden)
smtp-tls-both = { $file }: [smtp] wählen Sie starttls = true (Port 587) oder tls = true (Port 465), nicht beides
smtp-port = { $file }: [smtp] port ist eine Zahl von 1 bis 65535
smtp-url = WXGO_SMTP_URL="{ $url }" { $why }; schreiben Sie sie als smtp://HOST:PORT (oder smtps://HOST:PORT)
smtp-url-no-scheme = hat kein Schema
smtp-url-scheme = ist keine smtp://- oder smtps://-Adresse
smtp-url-option = hat eine Option, die wxgo nicht kennt ({ $option })
smtp-url-password = enthält ein Passwort: Geben Sie es stattdessen in WXGO_SMTP_PASSWORD an, damit es nicht in Prozesslisten erscheint
smtp-url-port = hat einen Port, der keine Zahl von 1 bis 65535 ist
smtp-url-no-host = hat keinen Host

## Listen, Abonnements und Organisationen (IDs und Namen, wie sie sind)
list-next = { $first }, { $next }
list-next-semicolon = { $first }; { $next }
subscription-free = { $subscription } ({ $free } frei)
sheet-counted-in = { $reason } (die Zeilen weiter oben in dieser Datei mitgezählt)
cache-no-org = Der Cache des Profils „{ $profile }“ enthält noch keine Organisation. Führen Sie { $sync } aus (nach { $login } oder mit gesetztem WEBEX_TOKEN).
org-not-cached-hint = { $error }. Eine Organisation, die noch nicht im Cache ist, wird mit { $command } abgerufen (siehe { $orgs }).
cache-none-yet = Das Profil „{ $profile }“ hat noch keine Kopie seiner Organisation ({ $file } existiert nicht). Nichts wurde angelegt. Melden Sie sich mit { $login } an (oder setzen Sie WEBEX_TOKEN) und führen Sie dann { $sync } aus.
sync-local = sync ist für ein webex-Profil; diese Organisation ist lokal (ihre Daten sind die Wahrheit)
sync-stopped = Die Synchronisierung { $part ->
        [people] der Personen
        [licences] der Lizenzen
        [locations] der Standorte
        [devices] der Geräte
        [numbers] der Nummern
        [broadworks] der BroadWorks-Teilnehmer
        [audit] der Admin-Audit-Ereignisse
       *[other] von { $part }
    } wurde angehalten: { $error } Der Cache behält seine letzte vollständige Kopie: Nichts von dieser Synchronisierung wurde gespeichert.
sync-org-not-listable = Dieses Token darf keine Organisationen auflisten, daher kann --org „{ $org }“ nicht nachgeschlagen werden ({ $error })
sync-org-not-managed = Keine Organisation „{ $org }“ unter denen, die diese Anmeldung verwaltet: { $names }. Sehen Sie sie mit { $command }.
sync-org-unknown = Webex hat nicht gesagt, zu welcher Organisation die angemeldete Person gehört; setzen Sie org_id in [profiles.{ $name }] von { $file }

## Probleme einer Zeile beim Import der Anrufliste (nach ihrer Zeile und Spalte gezeigt; ORIGINATING und TERMINATING sind die Wörter des Berichts)
calls-no-column = Die Kopfzeile hat keine Spalte „{ $column }“: Ist das der Bericht „Detailed Call History“ von Webex?
calls-not-time = „{ $value }“ ist keine Zeitangabe; der Bericht schreibt z. B. 2026-11-20T14:03:11.123Z
calls-not-duration = „{ $value }“ ist keine Dauer in Sekunden
calls-no-direction = ist leer; der Bericht schreibt ORIGINATING oder TERMINATING

## Der Hinweis des Massenimports nach einem echten Lauf ($file ist die Codedatei, $command ein auszuführender Befehl)

## Die übrigen Antworten von Webex ($said und $tracking wie bei 401/403; $status der HTTP-Status, $attempts wie oft gesendet wurde, $last der letzte Fehler in den Worten der Übertragung, $sync der Befehl, der die Kopie aktualisiert)
webex-404 = Webex kennt unter { $method } { $path } nichts (404 Not Found).{ $said } Es wurde vielleicht in Control Hub gelöscht; führen Sie { $sync } aus, um die Kopie zu aktualisieren.{ $tracking }
webex-409 = Webex hat { $method } { $path } wegen eines Konflikts abgelehnt (409): Das Element wurde oder wird gerade geändert.{ $said } Führen Sie { $sync } aus, prüfen Sie es und versuchen Sie es gleich noch einmal.{ $tracking }
webex-423 = Webex hat { $path } gesperrt (423), bis eine andere Änderung abgeschlossen ist.{ $said } Versuchen Sie es in einer Minute erneut.{ $tracking }
webex-4xx = Webex hat { $method } { $path } abgelehnt ({ $status }).{ $said } Diese Anfrage hat nichts geändert.{ $tracking }
webex-5xx = Bei Webex ist { $method } { $path } fehlgeschlagen ({ $status }).{ $said } Versuchen Sie es später erneut.{ $tracking }
webex-429 = Webex hat { $method } { $path } immer wieder mit 429 Too Many Requests beantwortet ({ $attempts ->
        [one] { $attempts } Versuch
       *[other] { $attempts } Versuche
    }). Warten Sie einige Minuten und versuchen Sie es erneut, oder senden Sie weniger Anfragen gleichzeitig.{ $tracking }
webex-unreachable = Webex ist für { $method } { $path } nicht erreichbar ({ $attempts ->
        [one] { $attempts } Versuch
       *[other] { $attempts } Versuche
    }; { $last }). Prüfen Sie das Netzwerk, den Proxy (HTTPS_PROXY, NO_PROXY) und ca_file des Profils, und versuchen Sie es dann erneut.
webex-no-answer = Webex hat auf { $method } { $path } nicht geantwortet ({ $last }; { $attempts ->
        [one] { $attempts } Versuch
       *[other] { $attempts } Versuche
    }): Nicht abgelehnt, sondern unbekannt, ob Webex es ausgeführt hat. Es wurde nicht erneut gesendet; wxgo fragt Webex, was vorhanden ist, bevor es dafür noch einmal etwas sendet.
webex-runaway = wxgo hat das Lesen der Liste bei { $path } abgebrochen: { $detail }. Nichts aus dieser Liste wurde verwendet. Versuchen Sie es später erneut; passiert es wieder, führen Sie den Befehl mit --trace FILE aus und melden Sie es dem Cisco-Support.
webex-decode = Webex hat auf { $path } etwas geantwortet, das wxgo nicht lesen kann ({ $detail }). Versuchen Sie es erneut; bleibt der Fehler, führen Sie den Befehl mit --trace FILE aus und melden Sie ihn.
webex-cancelled = vor dem Ende der Liste angehalten
webex-read-only = { $method } { $path } wurde nicht gesendet: Diese Anmeldung ist schreibgeschützt geöffnet, daher verlassen nur Lesezugriffe den Rechner
webex-cannot-encode = Die Anfrage kann nicht kodiert werden: { $error }
webex-too-many-ids = { $n } Personen-IDs in einer Anfrage; Webex akzeptiert höchstens { $max }
webex-numbers-per-add = { $n } Nummern in einer Anfrage: Webex nimmt 1 bis { $max }; teilen Sie die Eingabe auf
webex-cannot-build-url = Die URL für { $path } kann nicht gebildet werden: { $error }
webex-cannot-build-request = Die Anfrage { $method } { $path } kann nicht gebildet werden: { $error }
https-cannot-set-up = HTTPS kann nicht eingerichtet werden: { $error }
base-url-not-url = Die Basis-URL „{ $url }“ ist keine URL ({ $error }); z. B. { $example }
base-url-not-https = Die Basis-URL „{ $url }“ muss mit https:// beginnen
signin-address-not-url = Die Anmeldeadresse { $url } ist keine URL ({ $error })
signin-cannot-build = Die Anmeldeanfrage { $path } kann nicht gebildet werden: { $error }

## Die eigenen Worte von wxgo zu einem Fehler: $last und $detail oben (Hosts, Status, die trackingId und die Worte der Übertragung oder des Parsers, wie sie sind)
last-answer-why = die letzte Antwort war { $status }: { $why }
last-answer-tracking = die letzte Antwort war { $status }, trackingId { $id }
last-answer = die letzte Antwort war { $status }
last-no-answer-in = keine Antwort in { $seconds } s
last-no-whole-answer = keine vollständige Antwort in { $seconds } s
last-cannot-connect = keine Verbindung möglich
last-connection-failed = die Verbindung ist fehlgeschlagen
last-broke-off = die Antwort brach ab
last-no-answer-from = keine rechtzeitige Antwort von { $host }
last-cannot-connect-to = keine Verbindung zu { $host }: { $why }
last-request-failed = die Anfrage an { $host } ist fehlgeschlagen: { $error }
runaway-loop-self = Seite { $page } verweist auf sich selbst zurück, die Liste würde also nie enden
runaway-loop = Seite { $page } verweist auf eine bereits gelesene Seite dieser Liste zurück, die Liste würde also nie enden
runaway-pages = { $pages } Seiten ({ $items } Einträge) und immer noch eine nächste Seite, mehr als jede Organisation braucht (höchstens { $max } Seiten je Liste)
runaway-full-pages = { $pages } Seiten ({ $items } Einträge) und immer noch volle (höchstens { $max } Seiten je Liste)
runaway-items = { $items } Einträge in { $mb } MB, mehr als jede Organisation hat (höchstens { $max_items } Einträge und { $max_mb } MB je Liste)
decode-signin-answer = die Antwort der Anmeldung ist nicht das JSON, das Webex dokumentiert
decode-too-large = die Antwort ist größer als { $mb } MB
decode-empty = leere Antwort: { $error }
decode-bad-link = ungültiger Link zur nächsten Seite: { $error }
decode-other-host = der Link zur nächsten Seite führt zu einem anderen Host ({ $host }); ihm wird nicht gefolgt, damit das Token bei der API bleibt
decode-not-a-list = „{ $key }“ ist keine Liste
decode-item = Eintrag { $i } von „{ $key }“: { $error }

## Dateien: die Codedatei, der Brief, ein Export, ein Ordner ($path wie er ist, $error die Worte des Systems, wie es sie gibt)
codes-file-folder = --codes-file { $path } ist ein Ordner; geben Sie einen Dateinamen an, z. B. { $path }/codes.csv
codes-file-cannot-start = Die Codedatei { $path } kann nicht geschrieben werden: { $error }. Es wurde nichts hinzugefügt.
codes-file-cannot-open = Die Codedatei { $path } kann nicht geschrieben werden: { $error }. Es wurde nichts an Webex gesendet.
codes-file-not-written = Die Codedatei { $path } konnte nicht geschrieben werden ({ $error })
codes-file-cannot-build = Die Codedatei kann nicht geschrieben werden: { $error }
codes-file-symlink = Die Codedatei { $path } ist ein symbolischer Link: Geben Sie die Datei selbst an. Es wurde nichts an Webex gesendet.
letter-path-folder = --letter { $path } ist ein Ordner; geben Sie einen Dateinamen an
letter-path-not-writable = Der Brief { $path } kann nicht geschrieben werden ({ $error }); bei Webex wurde nichts angefordert
letter-cannot-write = Der Brief { $path } kann nicht geschrieben werden: { $error }
letter-qr-too-long = Die Aktivierungszeichenfolge ist für einen QR-Code zu lang ({ $error }); geben Sie die Angaben von Hand ein
print-command-empty = Der Druckbefehl ist leer
print-command-cannot-run = Der Druckbefehl { $command } kann nicht ausgeführt werden: { $error }. Der Brief liegt in { $file }.
print-command-failed = Der Druckbefehl { $command } ist fehlgeschlagen ({ $status }): { $error }. Der Brief liegt in { $file }.
letter-written-not-printed = Der Brief wurde in { $file } geschrieben, aber nicht gedruckt: { $error }
export-cannot-write = Der Export { $path } kann nicht geschrieben werden: { $error }
folder-cannot-create = Der Ordner { $path } kann nicht angelegt werden: { $error }
stdout-cannot-write = In die Standardausgabe kann nicht geschrieben werden: { $error }
stdout-not-written = In die Standardausgabe kann nicht geschrieben werden ({ $error })
out-users-cannot-write = Die Benutzerliste kann nicht in { $path } geschrieben werden: { $error }
out-subscribers-cannot-write = Die Abonnentenliste kann nicht in { $path } geschrieben werden: { $error }
csv-cannot-write = Die CSV kann nicht geschrieben werden: { $error }
json-cannot-write = JSON kann nicht geschrieben werden: { $error }
template-cannot-write = Die Vorlage kann nicht geschrieben werden: { $error }
completions-cannot-write = Das Vervollständigungsskript kann nicht geschrieben werden: { $error }
man-cannot-write = Die Manpage kann nicht geschrieben werden: { $error }
trace-cannot-open = Die Trace-Datei { $path } kann nicht geöffnet werden: { $error }
runtime-cannot-start = Die Netzwerk-Laufzeit kann nicht gestartet werden: { $error }
file-replaced-readable = { $path } war für andere lesbar (Modus { $mode }); sie wurde durch eine Datei ersetzt, die nur Sie lesen können
file-replaced-symlink = { $path } war ein symbolischer Link; er wurde durch eine Datei ersetzt, die nur Sie lesen können (das Ziel des Links ist unverändert)
code-nowhere = Die Standardausgabe ist /dev/null (oder wurde geschlossen), und der Code wird weder per E-Mail gesendet noch ausgedruckt, also würde ihn niemand erhalten
code-saved-not-shown = { $error }: Der neue Aktivierungscode von { $device } wurde gespeichert, aber nicht angezeigt{ $emailed }; frühere Codes funktionieren nicht mehr. Generieren Sie einen weiteren mit { $command }.
code-was-emailed = (er wurde per E-Mail an { $email } gesendet)

## E-Mail: der Postausgang und der SMTP-Server ($server ist host:port, $error die Worte des Servers oder des Systems, wie gegeben, $path eine Datei oder ein Ordner, $retry der Befehl, der die Warteschlange sendet)
smtp-from-invalid = Der Absender „{ $from }“ ist keine E-Mail-Adresse ({ $error }); setzen Sie from = "Name <address>" in [smtp]
mail-to-invalid = „{ $to }“ ist keine E-Mail-Adresse ({ $error })
mail-cannot-build = Die Nachricht kann nicht erstellt werden: { $error }
smtp-tls-setup = TLS für { $server } kann nicht eingerichtet werden: { $error }
smtp-refused = Der SMTP-Server { $server } hat die Nachricht abgelehnt ({ $error })
smtp-timeout = Der SMTP-Server { $server } hat nicht rechtzeitig geantwortet ({ $error })
smtp-tls-failed = TLS mit dem SMTP-Server { $server } ist fehlgeschlagen ({ $error })
smtp-failed = Über den SMTP-Server { $server } kann nicht gesendet werden ({ $error })
mail-queued-retry = { $error }; im Postausgang abgelegt als { $path }: Senden Sie sie später mit { $retry }
mail-not-queued = { $error }; und sie konnte nicht in die Warteschlange gestellt werden: { $queue }
mail-queue-only = Nicht gesendet: { $reason }; im Postausgang abgelegt als { $path }: Korrigieren Sie die Einstellungen, dann { $retry }
smtp-none = Es ist kein SMTP-Server konfiguriert, daher warten die Nachrichten in { $outbox } auf ein Mail-Relay. Fügen Sie { $file } einen Abschnitt [smtp] hinzu oder setzen Sie { $setting }, dann erneut versuchen.
smtp-the-config-file = der Konfigurationsdatei
mail-route-smtp = den SMTP-Server { $server }
mail-route-outbox = den Postausgangsordner { $path }
mail-route-nowhere = noch nirgendwohin ({ $error }); Nachrichten warten in { $path }
outbox-cannot-create = Der Postausgang { $path } kann nicht angelegt werden: { $error }
outbox-cannot-write = In den Postausgang { $path } kann nicht geschrieben werden: { $error }
outbox-full = Der Postausgang { $path } hat zu viele Nachrichten für eine Sekunde
outbox-cannot-read = Der Postausgang { $path } kann nicht gelesen werden: { $error }
file-cannot-read = { $path } kann nicht gelesen werden: { $error }
file-cannot-delete = { $path } kann nicht gelöscht werden: { $error }
file-cannot-write = { $path } kann nicht geschrieben werden: { $error }
dir-cannot-create = { $path } kann nicht angelegt werden: { $error }
mail-sent-not-moved = { $path } wurde gesendet, kann aber nicht nach { $target } verschoben werden: { $error } (verschieben Sie sie von Hand, damit sie nicht zweimal gesendet wird)
mail-envelope-unreadable = Die Absender- oder Empfängeradresse (From oder To) kann nicht gelesen werden

## Die Zwischenablage ($error die Worte des Systems oder von tmux, wie gegeben; Befehle, wie sie laufen)
clipboard-off = Die Zwischenablage ist aus (clipboard = "off"): Markieren Sie den Code mit der Maus, oder setzen Sie clipboard auf auto, osc52 oder tmux
clipboard-no-display = keine Anzeige
clipboard-no-system = Hier gibt es keine System-Zwischenablage ({ $error }); verwenden Sie --clipboard osc52, um über das Terminal zu kopieren
clipboard-system-refused = Die System-Zwischenablage hat den Text abgelehnt ({ $error }); versuchen Sie --clipboard osc52
clipboard-tmux-off = Nicht kopiert: set-clipboard von tmux ist { $value }, daher erreicht nichts die Zwischenablage Ihres Terminals. Führen Sie { $set } aus (prüfen mit { $show }), oder markieren Sie den Code mit der Maus
clipboard-tmux-refused = tmux konnte den Text nicht übernehmen ({ $error }); markieren Sie den Code mit der Maus
clipboard-terminal-write = Zum Kopieren konnte nicht ins Terminal geschrieben werden ({ $error })
clipboard-mode-unknown = unbekannter Zwischenablage-Modus „{ $mode }“: Verwenden Sie auto, native, osc52, tmux oder off
clipboard-mode-at = { $at }: { $error }

## Ein Fehler, eingebettet in das, was er bedeutet ($error ist die eigene Meldung des Fehlers, $tracking " (trackingId ...)" oder leer)
code-not-delivered = Webex hat einen neuen Aktivierungscode für { $email }{ $tracking } ausgestellt, aber er hat Sie nicht erreicht: { $error }. Dieser Code wird nirgends aufbewahrt, und Webex hat den früheren bereits beendet, daher hat jetzt niemand einen gültigen Code. Beheben Sie das und stellen Sie dann mit { $command } einen neuen aus.
copy-not-updated = Webex hat „{ $action }“{ $tracking } angenommen, aber die Kopie von wxgo konnte nicht aktualisiert werden: { $error }. Die Änderung ist in Webex vorgenommen; führen Sie { $sync } aus, um sie hier zu sehen.
action-undelivered = { $action } wurde nicht ausgeführt: { $error }. Nichts wurde geändert: Es wurde kein neuer Aktivierungscode gespeichert, und ein früherer Code funktioniert weiterhin. Beheben Sie das und versuchen Sie es erneut.

## Eine Webex Go-Anfrage in einer echten Organisation, deren Antwort nie kam ($why sind die Worte der Verbindung, $error die eigene Meldung eines Fehlers, Befehle wie sie laufen)
mail-queue-not-writable = Die Mail-Warteschlange { $path } kann nicht geschrieben werden ({ $error }); Webex wurde nichts gefragt
device-made-earlier = { $email } hat bereits ein Webex Go-Gerät bei Webex ({ $device }): Ein früheres { $add } bekam keine Antwort, aber Webex hatte das Gerät angelegt. Der damals ausgegebene Code hat niemanden erreicht: Generieren Sie einen mit { $command }. Jetzt wurde nichts gesendet.
device-add-unasked = Ein früheres { $add } für { $email } bekam keine Antwort, und Webex kann jetzt nicht gefragt werden, ob es angekommen ist ({ $error }). Nichts wurde gesendet: Führen Sie denselben Befehl erneut aus, wenn Webex antwortet (er fragt zuerst und sendet nur, wenn Webex kein Gerät für die Person hat).
new-code-unknown = { $error } Für einen neuen Code ist das harmlos: Falls Webex einen ausgegeben hat, hat er niemanden erreicht (und den früheren Code beendet), also kann ihn niemand verwenden. Führen Sie denselben Befehl erneut aus ({ $command }), um einen Code zu erhalten; er beendet jeden verlorenen.
add-unknown-unjournalled = { $error } Es konnte auch nicht im Journal von wxgo vermerkt werden ({ $journal }): Bevor Sie erneut ein Gerät für { $email } hinzufügen, sehen Sie in { $place } nach, ob es eines gibt.
add-lost-made = Webex hat die Anfrage, ein Webex Go-Gerät für { $email } hinzuzufügen, nicht beantwortet ({ $why }), hat das Gerät aber angelegt ({ $device }): Der ausgegebene Code steckte in der verlorenen Antwort und hat niemanden erreicht. Generieren Sie einen mit { $command } (er beendet den verlorenen). Nichts wurde erneut gesendet.
add-lost-made-uncached = Webex hat die Anfrage, ein Webex Go-Gerät für { $email } hinzuzufügen, nicht beantwortet ({ $why }), hat das Gerät aber angelegt, und die Kopie von wxgo konnte es nicht festhalten ({ $error }). Führen Sie { $sync } aus und generieren Sie dann einen Code mit { $command }. Nichts wurde erneut gesendet.
add-lost-none = Webex hat die Anfrage, ein Webex Go-Gerät für { $email } hinzuzufügen, nicht beantwortet ({ $why }), und hat jetzt kein Gerät für die Person. Nichts wurde erneut gesendet: Führen Sie denselben Befehl in einer Minute aus; er fragt zuerst Webex (eine noch laufende Anfrage kann noch ankommen) und sendet nur, wenn es immer noch kein Gerät gibt.
add-lost-unasked = Webex hat die Anfrage, ein Webex Go-Gerät für { $email } hinzuzufügen, nicht beantwortet ({ $why }) und konnte nicht gefragt werden, ob sie angekommen ist ({ $error }). Ob das Gerät angelegt wurde, ist nicht bekannt; nichts wurde erneut gesendet. Führen Sie denselben Befehl später erneut aus: Er fragt zuerst Webex und sendet nur, wenn es kein Gerät gibt.
place-devices-list = Control Hub > Geräte

## Der Name einer Aktion in einer Ablehnung; Audit-Trail und Protokolle behalten das Englische
action-add-device = Webex Go-Gerät hinzufügen
action-new-code = neuen Aktivierungscode generieren
action-lost-stolen = verloren/gestohlen
action-delete-device = Webex Go-Gerät löschen
action-import-devices = Webex Go-Geräte gesammelt hinzufügen
action-email-code = Aktivierungscode per E-Mail senden
action-phone-activate = Telefon aktiviert den Code
action-phone-disable = Telefon deaktiviert die Leitung
action-phone-enable = Telefon aktiviert die Leitung wieder
action-phone-remove-line = Telefon entfernt die Leitung
action-add-operator-account = Betreiberkonto hinzufügen
action-operator-decides = Betreiber entscheidet
action-add-mobile-numbers = Mobilnummern hinzufügen
action-validate-mobile-numbers = Mobilnummern prüfen
action-assign-mobile-primary = primäre Mobilnummer zuweisen
action-bw-retry = BroadWorks: Aktivierung erneut versuchen
action-bw-delete = BroadWorks: Benutzer löschen
action-bw-package = BroadWorks: Paket ändern
action-portal-claim = Portal: Konto übernehmen
action-portal-verify = Portal: E-Mail-Adresse bestätigen
action-save-licence-template = Lizenzvorlage speichern
action-delete-licence-template = Lizenzvorlage löschen
action-directory-sync = Verzeichnis synchronisieren
action-assign-licence-template = Lizenzvorlage zuweisen
action-reapply-licence-template = Lizenzvorlage erneut anwenden
action-set-work-number = geschäftliche Telefonnummer festlegen
action-update-user = Benutzer ändern
action-send-queued-mail = wartende E-Mails senden
action-import-calls = Anrufprotokolle importieren
action-create-database = die Datenbank { $path } anlegen
action-sync-into = in { $path } synchronisieren
action-create-demo = die Demo-Organisation anlegen
action-logout-purge = logout --purge (die Anmeldung und den Cache des Profils löschen); die Anmeldung wurde ebenfalls behalten
action-refresh-person = die Fakten dieser Person aus Webex auffrischen (der Cache ist mit --read-only geöffnet)

## Why it is read-only (the { $why } of read-only-for)
read-only-why-profile = das Profil „{ $profile }“ schreibgeschützt ist (read_only = true in { $file })
read-only-why-no-write-scope = die Anmeldung keinen Schreib-Scope hat (sie hat { $scopes })
read-only-why-role = der angemeldete Administrator eine schreibgeschützte Rolle hat ({ $role })
read-only-why-opened = sie mit --read-only geöffnet wurde
read-only-why-opened-db = sie mit --read-only geöffnet wurde
read-only-why-validate = { $why } (validateNumbers von Webex ist ein POST, und schreibgeschützt wird nur GET gesendet)
