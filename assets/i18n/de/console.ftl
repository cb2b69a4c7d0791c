# Was die Konsole zeigt, auf Deutsch. Begriffe wie in Webex' Hilfeartikeln (glossary.md).
# Regel-IDs (WG05), Tasten, Befehle, Nummern und E-Mails bleiben, wie sie sind.

## Wo Tasten wirken
ctx-users = Benutzer
ctx-devices = Geräte
ctx-numbers = Nummern
ctx-broadworks = BroadWorks-Status
ctx-details = Details
ctx-activation = Aktivierungsdetails
ctx-filter = dem Filter
ctx-help = der Hilfe
ctx-messages = dem Meldungsprotokoll
ctx-palette = der Befehlsliste
ctx-confirm = einer Bestätigung
ctx-choice = einer Auswahl
ctx-search = einer Benutzersuche
ctx-form = einem Formular
ctx-progress = einem langen Lauf
ctx-report = einem Bericht
ctx-proceed = dem Bericht eines Probelaufs
ctx-why = „Warum kann dieser Benutzer nicht telefonieren?“
places-panes-and-details = Bereichen und Details

## Die Aktionstabelle: hint-<name> steht in der Fußzeile, desc-<name> in der Hilfe
hint-up = hoch
desc-up = Auswahl nach oben
hint-down = runter
desc-down = Auswahl nach unten
hint-top = Anfang
desc-top = Zur ersten Zeile
hint-bottom = Ende
desc-bottom = Zur letzten Zeile
hint-page_up = Seite hoch
desc-page_up = Eine Seite nach oben
hint-page_down = Seite runter
desc-page_down = Eine Seite nach unten
hint-next_pane = nächster Bereich
desc-next_pane = Zum nächsten Bereich
hint-previous_pane = voriger Bereich
desc-previous_pane = Zum vorigen Bereich
hint-pane_users = Benutzer
desc-pane_users = Den Bereich Benutzer zeigen
hint-pane_devices = Geräte
desc-pane_devices = Den Bereich Geräte zeigen (jedes Webex Go-Gerät)
hint-pane_numbers = Nummern
desc-pane_numbers = Den Bereich Nummern zeigen (den Nummernbestand)
hint-pane_broadworks = BroadWorks
desc-pane_broadworks = Den Bereich BroadWorks-Status zeigen
hint-filter = Filter
desc-filter = Den Bereich nach Name, E-Mail, Nummer oder Standort filtern (in der Hilfe: die Hilfe durchsuchen)
hint-details = öffnen
desc-details = Die gewählte Zeile öffnen: Nummern, Gerät, Codeverlauf, Lizenzen, Prüfprotokoll
hint-back = zurück
desc-back = Zurück: eine Ansicht oder einen Dialog schließen, den Filter leeren
hint-add_device = Go hinzu
desc-add_device = Ein Webex Go-Gerät hinzufügen (Benutzer: dem gewählten Benutzer; Geräte: einen vorhandenen Benutzer suchen) (WG01-WG04, WG14)
hint-new_code = neuer Code
desc-new_code = Neuen Aktivierungscode generieren; jeder frühere Code wird ungültig (WG05)
hint-lost_stolen = verloren
desc-lost_stolen = Verloren/Gestohlen: die Geschäftsleitung auf dem verlorenen Telefon endgültig deaktivieren und einen neuen Code generieren (WG08)
hint-delete_device = löschen
desc-delete_device = Das Webex Go-Gerät löschen; seine Lizenz kommt zurück in den verfügbaren Pool (WG09)
hint-copy_code = kopieren
desc-copy_code = Den Aktivierungscode in die Zwischenablage kopieren
hint-print_letter = drucken
desc-print_letter = Den einseitigen PDF-Aktivierungsbrief (und eine Textkopie) in private Dateien schreiben, an den Druckbefehl senden, wenn einer eingerichtet ist, und sagen, wo
hint-email_code = neu mailen
desc-email_code = Den Aktivierungscode dem Benutzer erneut per E-Mail senden (WG04)
hint-sort_devices = sortieren
desc-sort_devices = Geräte ordnen: wie hinzugefügt, Offline zuerst (dann ausstehend mit abgelaufenem Code), abgelaufene Codes zuerst, nach Name
hint-device_status_filter = Status
desc-device_status_filter = Nur Geräte in einem Status zeigen: Offline, Aktivierung ausstehend, Online oder alle
hint-toggle_mobile_only = nur mobil
desc-toggle_mobile_only = Nur Mobilnummern (Webex Mobile) oder jede Nummer zeigen (MO04)
hint-toggle_exclude_provisioned = nur offene
desc-toggle_exclude_provisioned = Nur ausstehende Teilnehmer und solche mit Fehler zeigen, oder alle (BW05)
hint-operator_accounts = Konten
desc-operator_accounts = Die Betreiberkonten zeigen (Standort, Betreiber, Konto-ID, Ausstehend/Fehlgeschlagen/Autorisiert und was zu tun ist) oder wieder die Nummern (MO02)
hint-add_operator_account = Konto neu
desc-add_operator_account = Ein Betreiberkonto für einen Standort anfordern: Betreiber und Konto-ID zweimal eingeben; die ID lässt sich später nicht ändern (MO01)
hint-add_mobile_numbers = Mobilnr. neu
desc-add_mobile_numbers = Mobilnummern unter einem autorisierten Betreiberkonto hinzufügen: durch Kommas getrennt, höchstens 20, jede beim Tippen geprüft (MO02, MO03)
hint-assign_mobile_primary = mobil primär
desc-assign_mobile_primary = Eine freie Mobilnummer am Standort des Benutzers zur primären Nummer machen; die alte geht zurück in den Pool, ein Webex Go-Gerät folgt (MO05, MO06)
hint-bw_retry = erneut
desc-bw_retry = Aktivierung eines Teilnehmers mit Fehler oder ausstehend erneut versuchen: gültige E-Mail eingeben, dann Onboarding (BW04)
hint-bw_delete = Benutzer löschen
desc-bw_delete = Einen Teilnehmer mit Fehler oder ausstehend löschen, damit der Benutzer es nach einer Konfigurationsänderung erneut versuchen kann (BW04)
hint-bw_package = Paket
desc-bw_package = Den Pakettyp eines Teilnehmers mit Fehler oder ausstehend ändern: Softphone, Basic, Standard oder Premium (BW04)
hint-bw_copy_error = Fehler kopieren
desc-bw_copy_error = Den Fehlertext des Teilnehmers in die Zwischenablage kopieren und sagen, wie (BW04)
hint-bw_export = CSV-Export
desc-bw_export = Die Liste als CSV exportieren, mit „nur offene“, in eine private Datei neben der Datenbank, und sagen, wo (BW05)
hint-bw_templates = Vorlagen
desc-bw_templates = Die Kundenvorlagen zeigen, welche nicht für Flow-Through mit nicht vertrauenswürdigen E-Mails eingerichtet sind, und was zu ändern ist (BW01)
hint-toggle_not_provisioned = ohne Calling
desc-toggle_not_provisioned = Nur Benutzer ohne Webex Calling zeigen, jeden mit Grund und Abhilfe, oder alle Benutzer (AL04)
hint-set_work_number = Arbeitsnummer
desc-set_work_number = Die geschäftliche Telefonnummer des Benutzers (E.164) korrigieren, dann die Vorlage erneut anwenden (AL02, AL04, AL05)
hint-directory_sync = Verzeichnis-Sync
desc-directory_sync = Eine Verzeichnis-Exportdatei synchronisieren: Benutzer anlegen oder ändern; erfasste Benutzer erhalten Webex Calling, wenn ihre Nummer jede Prüfung besteht (AL02, AL05); Esc bricht ab und nimmt alles zurück
hint-reapply_template = Vorlage erneut
desc-reapply_template = Eine Lizenzvorlage erneut auf vorhandene Benutzer anwenden; „Lizenzen beibehalten“ ist an, außer Sie schalten es aus und tippen die Bestätigung (AL06); Esc bricht ab und nimmt alles zurück
hint-assign_template = Vorlage zuweisen
desc-assign_template = Eine Lizenzvorlage von Hand zuweisen: Standort und Nummer für jeden erfassten Benutzer ohne Calling, einer nach dem anderen (AL01, AL03)
hint-save_licence_template = Vorlage neu
desc-save_licence_template = Eine Lizenzvorlage anlegen oder die gleichnamige ändern: ganze Organisation oder eine Verzeichnisgruppe, Webex Calling oder nicht, weitere Lizenzen (AL03); Benutzer behalten, was sie haben
hint-export_users = user.csv-Export
desc-export_users = user.csv exportieren (mit Webex Calling VAR Professional TRUE/FALSE) in eine private Datei neben der Datenbank, und sagen, wo (AL04)
hint-import_devices = Import
desc-import_devices = Webex Go-Geräte massenweise aus der CSV-Vorlage hinzufügen: Datei, Codes mailen oder nicht, Codedatei; jede Zeile zuerst geprüft, dann alles oder nichts (WG13)
hint-toggle_webex_go_calls = Webex Go-Anrufe
desc-toggle_webex_go_calls = Letzte Anrufe: nur Webex Go-Anrufe (Unterclient-Typ MOBILE_NETWORK) oder jeden Anruf zeigen (WG15)
hint-why = warum?
desc-why = Warum kann dieser Benutzer nicht telefonieren? Alles über die Person der Zeile (Benutzer, Gerätebesitzer, Inhaber einer Nummer, BroadWorks-Teilnehmer) zusammen, und die wahrscheinlichen Ursachen, jede mit Regel und der Taste und dem Befehl, die sie beheben
hint-why_refresh = aktualisieren
desc-why_refresh = In der Warum-Ansicht: die Person neu lesen, bei einer echten Organisation zuerst von Webex, dann die Ursachen
hint-sync_webex = Webex-Sync
desc-sync_webex = Echte Organisation: im Hintergrund von Webex synchronisieren; die Bereiche zeigen die letzte vollständige Kopie, die Kopfzeile den Fortschritt, Esc hält an und der Cache behält seinen letzten vollständigen Stand
hint-full_sync_webex = voller Sync
desc-full_sync_webex = Echte Organisation: alles neu von Webex synchronisieren, mit 30 Tagen Admin-Prüfereignissen
hint-pick_organisation = Organisationen
desc-pick_organisation = Echte Organisation: die Organisationen, die diese Anmeldung verwaltet (Kunden eines Partners); eine wählen, um sie zu öffnen, zuerst synchronisiert, wenn sie nicht im Cache ist
hint-refresh = neu laden
desc-refresh = Aus der Datenbank neu laden und neu zeichnen
hint-help = Hilfe
desc-help = Jede Aktion und ihre Tasten zeigen
hint-message_log = Meldungen
desc-message_log = Das Meldungsprotokoll: jede Meldung dieser Sitzung mit Uhrzeit, ganz, und der Datei, die sie nennt; c kopiert eine, f ihren Dateipfad
hint-copy_message = Meldung kopieren
desc-copy_message = Die gewählte Meldung ganz in die Zwischenablage kopieren
hint-copy_message_path = Pfad kopieren
desc-copy_message_path = Den Dateipfad, den die gewählte Meldung nennt, in die Zwischenablage kopieren
hint-palette = Befehle
desc-palette = Befehlsliste: Aktionen nach Namen suchen
hint-quit = beenden
desc-quit = wxgo beenden
hint-confirm = ausführen
desc-confirm = Tun, was die Bestätigung sagt
hint-pick = wählen
desc-pick = Den gewählten Eintrag nehmen
hint-run_command = ausführen
desc-run_command = Die gewählte Aktion ausführen
hint-keep_filter = behalten
desc-keep_filter = Den Filter wie getippt behalten
hint-next_field = Feld
desc-next_field = Zum nächsten Feld
hint-previous_field = voriges Feld
desc-previous_field = Zum vorigen Feld
hint-choose_previous = ändern
desc-choose_previous = Den vorigen Wert eines Listenfelds wählen, einen Schalter umlegen oder den Cursor in einem Textfeld nach links bewegen
hint-choose_next = ändern
desc-choose_next = Den nächsten Wert eines Listenfelds wählen, einen Schalter umlegen oder den Cursor in einem Textfeld nach rechts bewegen
hint-delete_to_start = leeren
desc-delete_to_start = In einem Textfeld: vom Cursor bis zum Anfang löschen (leert einen vorbelegten Wert)
hint-delete_word = Wort löschen
desc-delete_word = In einem Textfeld: das Wort vor dem Cursor löschen
hint-delete_to_end = bis Ende löschen
desc-delete_to_end = In einem Textfeld: vom Cursor bis zum Ende löschen
hint-line_start = Anfang
desc-line_start = In einem Textfeld: Cursor an den Anfang
hint-line_end = Ende
desc-line_end = In einem Textfeld: Cursor ans Ende
hint-switch = Schalter
desc-switch = Den Schalter im Fokus umlegen (in einem Textfeld: ein Leerzeichen)
hint-submit = weiter/speichern
desc-submit = Weiter: das nächste Feld, oder speichern, was das Formular sagt
hint-proceed = absenden
desc-proceed = Zum nächsten Schritt, den der Bericht anbietet (den Import nach seinem Probelauf absenden)
hint-skip_user = überspringen
desc-skip_user = Manuelle Zuweisung: diesen Benutzer lassen, wie er ist, und zum nächsten
hint-cancel = abbrechen
desc-cancel = Abbrechen: nichts ändert sich (ein langer Lauf wird ganz zurückgenommen)
hint-close = schließen
desc-close = Das Fenster schließen

## Was eine Taste sagt, wo sie nicht wirkt
say-code-shown-once = { $action }: Ein Code wird einmal gezeigt, wenn er generiert wird (WG04). Drücken Sie { $new_code } für einen neuen Code, dann { $key }.
say-works-elsewhere = { $action } wirkt in { $places }, nicht in { $here }

## Fußzeile, und ein zu kleines Fenster
footer-type = tippen
footer-type-filter = Filter
footer-type-search = Suche
small-title = Fenster vergrößern
small-needs = wxgo braucht { $needs }; dieses hat { $this }.
small-quits = q beendet.
more-below = ↓ weiter unten mehr

## Hilfe (?)
help-title = Hilfe · Tasten in { $place } · aus der Aktionstabelle
help-title-search = Hilfe · Suche: { $query }
help-col-keys = Tasten
help-col-action = Aktion
help-col-what = Was sie tut
help-nothing = nichts in der Hilfe erwähnt „{ $query }“
help-in = In { $place }
help-moving = Bewegen, Bereiche und die Konsole
help-elsewhere = Anderswo
help-palette-only = nur über :
help-in-places = in { $places }
help-control-hub-only = nur in Control Hub (keine öffentliche Webex-API): { $path }
help-changes-data = ändert Daten
help-changes-data-refused = ändert Daten: abgelehnt, schreibgeschützt
help-asks-first = fragt zuerst
help-footer = { $move } blättern · { $search } suchen · { $close } schließt

## Befehlsliste (:)
palette-title = Befehle
palette-no-match = keine Aktion passt
palette-no-match-query = keine Aktion passt zu „{ $query }“
palette-control-hub-only = nur Control Hub
palette-read-only = schreibgeschützt
say-key-does-nothing = { $key } tut hier nichts; ? zeigt die Tasten

## Spaltenköpfe
col-broadworks-id = BroadWorks-ID
col-name = Name
col-package = Paket
col-status = Status
col-error = Fehler
col-number = Nummer
col-location = Standort
col-kind = Art
col-state = Zustand
col-owner = Besitzer
col-badge = Kennz.
col-operator = Betreiber
col-account-id = Konto-ID
col-numbers = Nummern
col-what-to-do = Was tun
col-email = E-Mail
col-licences = Lizenzen
col-calling = Calling
col-webex-go = Webex Go
col-device = Gerät
col-subscription = Abonnement
col-expires = Läuft ab

## Titelzeilen der Bereiche und leere Listen
loading = lädt…
title-none = keine
title-rows = { $from }-{ $to } von { $n }
title-filter = Filter:
title-filter-keys = Enter behalten · Esc abbrechen
title-filter-clears = (Esc leert)
title-on = an
title-off = aus
title-mobile-only = nur mobil
title-accounts = Konten
title-not-provisioned = ohne Calling
title-exclude-provisioned = nur offene
title-only = nur { $status }
empty-users = keine Benutzer
empty-devices = keine Geräte
empty-numbers = keine Nummern
empty-broadworks = keine BroadWorks-Teilnehmer
empty-filter = nichts passt zu „{ $filter }“
say-no-filter = kein Filter
say-filter-rows = Filter „{ $filter }“: { $n ->
    [one] { $n } Zeile
   *[other] { $n } Zeilen
}
say-filter-cleared = Filter geleert
say-nothing-selected = nichts gewählt

## Wörter der Domäne
sort-added = wie hinzugefügt
sort-status = Offline zuerst
sort-expired = abgelaufene Codes zuerst
sort-name = nach Name
auth-pending = Ausstehend
auth-failed = Fehlgeschlagen
auth-authorized = Autorisiert
bw-pending-email-input = E-Mail-Eingabe ausstehend
bw-pending-email-validation = E-Mail-Prüfung ausstehend
bw-pending-user-migration = Migration ausstehend
bw-provisioning = Wird bereitgestellt
bw-provisioned = Bereitgestellt
bw-updating = Wird aktualisiert
bw-error = Fehler
kind-byod = BYOD
kind-mobile-operator = Mobilfunkbetreiber
number-available = Verfügbar
number-duplicate = Doppelt
number-duplicate-in-list = Doppelt in der Liste
number-invalid = Ungültig
number-unavailable = Nicht verfügbar

## Benutzer
calling-provisioned = bereitgestellt
calling-not-provisioned = nicht bereitgestellt
no-device = kein Gerät
no-number = keine Nummer
say-showing-not-provisioned = Benutzer ohne Webex Calling, mit Grund und Abhilfe (AL04)
say-showing-every-user = alle Benutzer
empty-not-provisioned = alle Erfassten haben Webex Calling: niemand ist nicht bereitgestellt
np-no-reason = kein Grund erfasst
np-why = Grund: { $reason }
np-fix = Abhilfe: { $fix }

## Geräte
kind-operator-short = Betreiber
code-expired = abgelaufen
status-issues = Probleme
say-devices-ordered = Geräte geordnet: { $order }
say-showing-only-devices = nur Geräte mit Status { $status }
say-showing-every-device = alle Geräte

## Nummern und Betreiberkonten
number-primary = primär
number-unassigned = nicht zugewiesen
number-assigned-to = Zugewiesen an { $owner } ({ $kind }).
number-notice-unassigned = Nicht zugewiesen: Sie kann einem Benutzer dieses Standorts gegeben werden.
number-webex-mobile-from = Webex Mobile-Nummer von { $operator }.
number-mobile-operator = Mobilfunkbetreiber { $operator }.
number-title = Nummer { $number }
say-showing-mobile-only = nur Mobilnummern (Webex Mobile)
say-showing-every-number = alle Nummern
say-showing-accounts = Betreiberkonten (MO02); { $key } zeigt wieder die Nummern
say-showing-inventory = der Nummernbestand
say-no-account-yet = noch kein Betreiberkonto
account-location = Standort { $location } ({ $country }) · Betreiber { $operator }
account-id-fixed = Konto-ID { $id } (nach Bestätigung fest, MO01)
account-times = Angefordert { $requested } · geändert { $changed } · { $n ->
    [one] { $n } Mobilnummer
   *[other] { $n } Mobilnummern
}
account-title = Betreiberkonto { $id }
accounts-title = Betreiberkonten
accounts-numbers = Nummern
accounts-add-account = Konto neu
accounts-add-numbers = Nummern neu
accounts-empty = noch kein Betreiberkonto: { $key } fordert eines für einen Standort an (MO01)
accounts-what-to-do = was zu tun ist (MO02):

## BroadWorks-Status
bw-no-email-yet = noch keine E-Mail
bw-notice-title = BroadWorks-Teilnehmer { $id }
bw-notice-id = BroadWorks-ID: { $id }
bw-notice-provisioning = Bereitstellungs-ID: { $id } · Unternehmen { $enterprise }
bw-notice-number = Nummer: { $number } · Durchwahl { $extension }
bw-notice-package = Paket: { $package } · Vorlage { $template }
bw-notice-status = Status: { $status } seit { $since }
bw-self-activated = selbst aktiviert
bw-no-error = Kein Fehler.
bw-no-description = (keine Beschreibung)
bw-notice-error = Fehler { $code }: { $text }
say-showing-open-subscribers = nur Teilnehmer ausstehend oder mit Fehler (Bereitgestellte ausgeblendet)
say-showing-every-subscriber = alle Teilnehmer
bw01-check-untrusted = „Nicht vertrauenswürdige E-Mails“ an
bw01-set-share-link = Freigabelink: Aktivierung
bw-loading-header = Statusgruppen und Vorlagen werden geladen…
bw-count-error = { $n } Fehler
bw-count-pending = { $n } ausstehend
bw-count-provisioned = { $n } bereitgestellt
bw-provisioned-hidden = (Bereitgestellte ausgeblendet)
bw-templates = Vorlagen
bw01-all-ready = BW01: alle { $n } Kundenvorlagen sind für Flow-Through mit nicht vertrauenswürdigen E-Mails eingerichtet
bw01-not-ready = BW01: „{ $name }“{ $more ->
    [0] {""}
   *[other] {" "}(und { $more } weitere)
} nicht für Flow-Through eingerichtet: { $fix }

## Aktivierungsdetails (WG04)
act-title = Aktivierungsdetails: { $device } · { $owner }
act-scan = QR-Code scannen: Einstellungen > Mobilfunk > eSIM hinzufügen.
act-esim-note = QR-Code und SM-DP+-Adresse der eSIM stehen in Control Hub (Geräte > das Webex Go-Gerät), nicht in Webex' API: geben Sie sie dem Benutzer mit diesem Code.
act-android-code = Android-Code
act-qr-holds = QR enthält
act-shown-once = Nur einmal gezeigt: jetzt kopieren, drucken, mailen.
act-business-line = Geschäftsleitung { $number }
act-code-iphone = Aktivierungscode (auf dem iPhone tippen)
act-smdp = SM-DP+-Adresse
act-expires = Läuft ab
act-email = E-Mail
act-larger-for-qr = Fenster vergrößern (80x24), um den QR-Code zu zeigen.
act-code-webex = Aktivierungscode, wie Webex ihn gab

## Details eines Benutzers
fmt-datetime-short = %d.%m.%Y %H:%M
none = keine
say-calls-go-only = letzte Anrufe: nur Webex Go-Anrufe (Unterclient-Typ MOBILE_NETWORK, WG15)
say-calls-every = letzte Anrufe: jeder Anruf
calls-recent-go = Letzte Webex Go-Anrufe
calls-recent = Letzte Anrufe
calls-go-only = nur Webex Go (MOBILE_NETWORK): { $on }
calls-no-go = keine Webex Go-Anrufe
calls-none = keine (Anrufdaten importieren mit `{ $command }`)
calls-out = aus
calls-in = ein
detail-location = Standort
detail-licences = Lizenzen
detail-calling = Webex Calling
detail-primary-number = Primäre Nummer
detail-extension = Durchwahl { $extension }
detail-device = Webex Go-Gerät
detail-issues = verbunden mit Problemen: Fehlercodes { $codes }
detail-device-times = hinzugefügt { $added } · geändert { $changed } · Nummer { $number }
detail-codes = Aktivierungscodes (neueste zuerst; die Codes selbst werden nie gespeichert)
detail-code-times = generiert { $issued } · läuft ab { $expires }
detail-code-ended = beendet { $at }
detail-no-device = keines · { $key } fügt eines hinzu
detail-numbers = Nummern
detail-audit = Letzte Prüfprotokolleinträge
code-state-valid = gültig
code-state-expired = abgelaufen
code-state-superseded = ersetzt
code-state-used = benutzt
code-state-revoked = gesperrt

## Kopfzeile und Statuszeile
header-opening = (wird geöffnet…)
header-read-only = SCHREIBGESCHÜTZT
header-syncing = Sync: { $line } · Esc hält an
header-syncing-other = Sync { $org }: { $line } · Esc hält an
header-db = DB:
header-clipboard = Zwischenablage:
header-clip = Ablage:
trouble-offline = offline
trouble-polls-failing = Abfragen scheitern
trouble-since = { $what } seit { $at } UTC
poll-unreachable = Webex war um { $at } UTC nicht erreichbar: { $words }. Die Bereiche zeigen die letzte Kopie; wxgo fragt bei der nächsten Abfrage erneut.
poll-refused = Webex lehnte die Abfrage um { $at } UTC ab: { $words }. Die Bereiche zeigen die letzte Kopie; wxgo fragt bei der nächsten Abfrage erneut.
poll-recovered = Webex antwortet wieder ({ $at } UTC; { $what } seit { $since } UTC): die Bereiche sind aktuell.
status-shows-all = { $key } zeigt alles
status-read-only = schreibgeschützt: der Dienst lehnt jede Änderung ab; ohne --read-only öffnen, um zu ändern
say-read-only = schreibgeschützt: { $why }
say-not-copied = nicht kopiert: { $error }

## Dialoge: Bestätigungen, Berichte, Meldungsprotokoll
or = oder
confirm-do-it = ausführen
confirm-cancel = abbrechen: nichts ändert sich
report-not-submitted = nicht abgesendet; nichts wurde hinzugefügt
report-closes = { $keys } schließt
report-submit = absenden
report-cancel-nothing-added = abbrechen: nichts wird hinzugefügt
messages-title = Meldungen · { $n } in dieser Sitzung · neueste zuletzt
messages-none = noch keine Meldungen
messages-file = Datei:
messages-nothing-to-copy = noch keine Meldung zum Kopieren
messages-no-file = diese Meldung nennt keine Datei
messages-footer = { $move } wählen · { $copy } Meldung kopieren · { $path } Pfad kopieren · { $close } schließt
copied-message = Meldung
copied-path = Pfad

## Auswahl und Abbrechen
choice-search = Suche:
choice-no-matches = keine Treffer
say-manual-stopped = manuelle Zuweisung beendet; die bisher bearbeiteten Benutzer behalten ihr Calling
say-cancelled = abgebrochen; nichts geändert
copied-activation-code = Aktivierungscode
