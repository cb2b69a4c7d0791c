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

hint-letter_language = Briefsprache
desc-letter_language = Die Sprache des Aktivierungsbriefs und der E-Mail mit dem Code wählen, die des Benutzers: in den Aktivierungsdetails vor dem Drucken oder erneuten Mailen und beim Bestätigen eines neuen Codes oder von verloren/gestohlen. Zuerst die Sprache der Konsole; gilt nur für diesen Code
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
act-letter-lang = Briefsprache:
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
clip-setting-way = { $setting }: { $way }
clip-native-unavailable = native (nicht verfügbar)
clip-way-system = System
clip-way-osc52-tmux = OSC 52 über tmux
clip-way-tmux-buffer = tmux-Puffer
clip-way-tmux-off = keine (tmux set-clipboard off)
clip-way-osc52-tmux-unknown = OSC 52 (tmux unbekannt)
clip-way-osc52 = OSC 52
clip-way-tmux-passthrough = tmux-Passthrough
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

## Webex Go-Geräte (WG01-WG09, WG14)
dev-sub-item = { $free } von { $total } frei · { $name } · { $id }
dev-sub-title = Abonnement für die Webex Go-Lizenz von { $who } (WG02)
dev-sub-prompt = Mehr als ein Abonnement hat Webex Go-Lizenzen: eines wählen
dev-add-licence-of = • Es belegt eine Webex Go-Lizenz von { $name } (jetzt { $free } von { $total } frei).
dev-add-licence-any = • Es belegt eine der Webex Go-Lizenzen der Organisation (Webex wählt das Abonnement).
dev-its-primary-number = seine Hauptnummer
dev-suppresses-emails = { $org } unterdrückt E-Mails: Sie kopieren oder drucken den Code.
dev-code-emailed = Der Aktivierungscode geht per E-Mail an { $email } und wird hier einmal angezeigt.
dev-add-title = Webex Go-Gerät für { $name } hinzufügen?
dev-add-who = { $name } <{ $email }> · Nummer { $number }.
dev-add-webex-asked = • Webex wird jetzt gefragt (POST /devices/activationCode) und fügt das Gerät dort hinzu.
dev-add-search-title = Webex Go-Gerät hinzufügen: vorhandener Benutzer
dev-add-search-prompt = Benutzer nach Name, E-Mail oder Standort suchen
say-select-user-first = zuerst einen Benutzer wählen
say-checking = { $email } wird geprüft…
dev-the-location = des Standorts
dev-number-prompt = { $name } hat keine Hauptnummer: eine nicht zugewiesene Nummer { $location } wählen
dev-number-title = Nummer für { $name } (WG03)
say-adding-device = Webex Go-Gerät für { $email } wird hinzugefügt…
no-location = kein Standort
dev-user-has = hat { $device } ({ $status })
dev-user-no-device = kein Webex Go-Gerät
dev-no-device-press = { $email } hat kein Webex Go-Gerät; { $key } fügt eines hinzu
say-no-user-open = kein Benutzer geöffnet
say-still-loading-user = der Benutzer wird noch geladen; gleich noch einmal versuchen
say-select-user-or-device = zuerst einen Benutzer oder ein Gerät wählen
dev-no-new-code-title = Kein neuer Code für { $device }, solange es { $status } ist
dev-no-new-code-lost = • Das Telefon ist verloren oder gestohlen oder ohne das alte ersetzt: { $key } drücken (Verloren/Gestohlen). Die Leitung auf dem alten Telefon wird endgültig deaktiviert und ein neuer Code für das neue Telefon generiert (WG08).
dev-no-new-code-at-hand = • Das alte Telefon ist zur Hand: { $name } entfernt die Webex Go-Leitung davon (WG11). Das Gerät zeigt dann Aktivierung ausstehend, und { $key } generiert den neuen Code.
dev-device-of = Gerät { $device } von { $who }.
dev-device-of-status = Gerät { $device } von { $who }, { $status }.
dev-suppresses-emails-new = { $org } unterdrückt E-Mails: Sie kopieren oder drucken den neuen Code.
dev-new-code-emailed = Der neue Code geht per E-Mail an { $email } und wird hier einmal angezeigt.
dev-its-subscription = seines Abonnements
dev-new-code-title = Neuer Aktivierungscode für { $device }?
dev-new-code-issued = • Ein neuer Aktivierungscode wird generiert (nur bei Aktivierung ausstehend).
dev-new-code-stops = • Jeder zuvor generierte Code wird sofort ungültig (WG05).
dev-lost-title = Verloren oder gestohlen: { $device }?
dev-lost-deactivated = • Die Geschäftsleitung auf dem verlorenen Telefon wird sofort und endgültig deaktiviert: ihr Code und ihr eSIM-Profil sind nie wieder nutzbar.
dev-lost-pending = • Das Gerät geht zurück auf Aktivierung ausstehend, mit einem neuen Aktivierungscode für das Ersatztelefon (WG08).
dev-delete-title = { $device } löschen?
dev-delete-pool = • Das Webex Go-Gerät wird entfernt, seine Lizenz kommt zurück in den Pool von { $subscription } (WG09).
dev-delete-no-calls = • { $name } kann über die Telefon-App des Telefons keine geschäftlichen Anrufe mehr tätigen oder annehmen.
dev-delete-by-hand = • { $name } muss die deaktivierte Leitung auf dem Telefon von Hand löschen; Sie bekommen gezeigt, wie.
say-code-issued = { $device }: Code für { $email } generiert, { $status }. { $note }
say-deleted = { $device } gelöscht; seine Lizenz ging zurück an { $subscription } ({ $free } frei).
dev-deleted-line = Das Webex Go-Gerät { $device } von { $email } ist gelöscht. Seine Lizenz ging zurück an das Abonnement { $subscription } (jetzt { $free } frei).
dev-tell = Sagen Sie { $email }: { $notice }
dev-deleted-title = { $device } gelöscht
say-emailing-code = der Code geht noch einmal per E-Mail an { $email }…
say-sent-again = erneut gesendet: { $note }

## Mobilfunkbetreiber (MO01-MO06)
mob-no-account-yet = noch kein Betreiberkonto: { $key } beantragt eines (MO01)
field-location = Standort
field-mobile-operator = Mobilfunkbetreiber
field-account-id = Konto-ID
field-account-id-again = Konto-ID erneut
field-numbers = Nummern
mob-account-form-title = Betreiberkonto hinzufügen (MO01)
mob-account-form-submit = Weiter: Konto-ID bestätigen
mob-confirm-what = Standort { $location } · Betreiber { $operator } · Konto-ID { $id }
mob-confirm-fixed = • Einmal bestätigt, kann die Konto-ID des Betreiberkontos nicht mehr geändert werden (MO01).
mob-confirm-pending = • Der Betreiber wird um Autorisierung gebeten: Ausstehend, was bis zu 48 Stunden dauern kann (MO02).
mob-confirm-numbers-later = • Nummern können hinzugefügt werden, sobald es Autorisiert ist.
mob-confirm-title = Konto-ID { $id } des Betreiberkontos bestätigen?
say-loading-accounts = die Betreiberkonten werden geladen; gleich noch einmal versuchen
mob-pick-account-title = Mobilnummern hinzufügen: Betreiberkonto
mob-pick-account-prompt = Nummern gehen nur unter ein autorisiertes Konto (MO02)
say-no-locations = keine Standorte in der Kopie dieser Organisation: zuerst synchronisieren (F)
mob-pick-location-title = Mobilnummern hinzufügen: Standort
mob-pick-location-prompt = Sein Betreiberkonto ist in Control Hub; Webex prüft jede Nummer (MO02, MO03)
mob-numbers-form-title-webex = Mobilnummern hinzufügen: { $location } · über Webex
mob-numbers-form-title = Mobilnummern hinzufügen: { $location } · { $operator } · { $id }
mob-numbers-form-submit = speichern: gültige Nummern hinzufügen
say-adding-mobile-numbers = Mobilnummern werden unter { $id } hinzugefügt…
say-account-requested = Betreiberkonto { $id } für { $location } ({ $operator }) beantragt: { $status }
mob-account-fixed = { $location } · { $operator } · Konto-ID { $id } (fest: nicht mehr änderbar)
say-mobile-added = { $who }: { $added } hinzugefügt, { $rejected } nicht hinzugefügt (MO03)
mob-added-webex = { $added } von { $n } Nummern über Webex zu { $location } hinzugefügt; neue Mobilnummern sind INACTIVE, bis sie zugewiesen sind.
mob-added-under = { $added } von { $n } Nummern zu { $location } unter { $id } hinzugefügt; neue Mobilnummern sind INACTIVE, bis sie zugewiesen sind.
mob-not-added = nicht hinzugefügt
mob-request-failed = eine Anfrage mit { $n } Nummern: { $outcome } · { $why }
mob-added = hinzugefügt
mob-not-added-why = nicht hinzugefügt: { $why }
mob-numbers-report-title = Mobilnummern für { $location }
say-looking-up-mobile = Mobilnummern für { $email } werden gesucht…
mob-users-location-none = dem Standort des Benutzers (keiner)
mob-no-numbers = MO05: keine freien Mobilnummern in { $location }, dem Standort von { $email }. Fügen Sie welche im Bereich Nummern hinzu ({ $pane }, dann { $add }), unter einem autorisierten Betreiberkonto dieses Standorts.
mob-mobile = mobil
mob-primary-pick-title = Mobile Hauptnummer für { $name } (MO05)
mob-users-location = des Standorts des Benutzers
mob-no-primary = keine Hauptnummer
mob-primary-pick-prompt = Nur freie Mobilnummern { $location }; jetzt: { $now }
mob-primary-make = { $number } zur Hauptnummer von { $who } machen?
mob-primary-replaces = • Sie ersetzt die jetzige Hauptnummer { $old }, die zurück in den Pool der freien Nummern geht.
mob-primary-replaces-none = • { $name } hat jetzt keine Hauptnummer: nichts wird ersetzt.
mob-primary-device-kept = • { $number } wird ACTIVE; das Webex Go-Gerät { $device } übernimmt die neue Nummer (MO05).
mob-primary-device-created = • { $number } wird ACTIVE, und für { $name } wird ein Webex Go-Gerät über den Mobilfunkbetreiber angelegt (MO05).
mob-primary-device-created-from = • { $number } wird ACTIVE, und für { $name } wird ein Webex Go-Gerät über den Mobilfunkbetreiber angelegt (MO05), Lizenz aus { $subscription }.
mob-primary-confirm-title = Mobile Hauptnummer für { $name }?
mob-primary-now = { $number } ist jetzt die Hauptnummer von { $email } (ACTIVE).
mob-primary-replaced = { $old } wurde ersetzt: sie ist zurück im Pool der freien Nummern.
mob-primary-nothing-replaced = Es gab keine Hauptnummer zu ersetzen.
mob-device-created = angelegt
mob-device-kept = behalten, mit der neuen Nummer
mob-device-line = Webex Go-Gerät { $device } · { $kind } · { $status } · { $what }; es steht bei den Geräten des Benutzers und im Bereich Geräte.
mob-device-short = Webex Go-Gerät { $device } { $what }.
say-primary-assigned = { $number } ist die Hauptnummer von { $email }; Gerät { $device }
mob-primary-report-title = Mobile Hauptnummer für { $email }

## Formulare
form-numbers-once-authorized = { $status }: Nummern hinzufügen, sobald das Konto Autorisiert ist (MO02) · Esc schließt
form-loading-locations = die Standorte werden geladen…
form-type-operator = den Mobilfunkbetreiber eingeben
form-type-account-id = die Konto-ID des Betreibers eingeben
form-ids-differ = MO01: die beiden Konto-IDs unterscheiden sich; dieselbe ID zweimal eingeben, um weiterzugehen
form-type-numbers = Mobilnummern durch Kommas getrennt eingeben (höchstens { $n })
form-type-email = die E-Mail eingeben, mit der der Teilnehmer onboarded wird
form-reapply = erneut anwenden
form-type-to-confirm = Zum Bestätigen { $word } oder { $n } eingeben
form-remove-and-reapply = Calling entfernen, neu anwenden
form-location = Standort { $location }
form-webex-validates = Sein Betreiberkonto ist in Control Hub (keine öffentliche API): Webex prüft jede Nummer beim Speichern und lehnt sie ab, wenn das Konto nicht autorisiert ist (MO02, MO03).
form-comma-separated-webex = Durch Kommas getrennt, höchstens { $most } bei einer echten Organisation, { $per } pro Anfrage gesendet.
form-account = Konto { $id }
form-comma-separated = Durch Kommas getrennt, höchstens { $n } (MO03); jede wird nach ihrem Komma und beim Speichern geprüft.
form-retry-email = Eine gültige E-Mail eingeben; der Teilnehmer wird dann onboarded (BW04).
form-type-id-twice = Die Konto-ID des Betreibers zweimal eingeben; einmal bestätigt, ist sie nicht mehr änderbar (MO01).
form-ids-match = die beiden Konto-IDs stimmen überein
form-ids-differ-short = die beiden Konto-IDs unterscheiden sich (MO01)
form-typed-of-most = { $typed } von höchstens { $n } Nummern
form-switch-on = [x] an  (Leertaste schaltet)
form-switch-off = [ ] aus (Leertaste schaltet)
form-typing-replaces = Tippen ersetzt es
form-next-not-available = Weiter geht nicht: { $why }
form-next = weiter
form-next-field = nächstes Feld
form-cancel = abbrechen

## Lizenzzuweisung (AL01-AL06)
form-save = speichern
field-work-number = Geschäftliche Nummer
field-directory-file = Verzeichnisdatei
field-preserve-licences = Lizenzen für vorhandene Benutzer beibehalten
field-name = Name
field-group = Gruppe (leer: ganze Organisation)
field-grants-calling = Gewährt Webex Calling Professional
field-other-licences = Weitere Lizenzen
field-number = Nummer
field-extension = Durchwahl
lic-work-number-now = { $name } <{ $email }> · geschäftliche Nummer jetzt: { $work }
lic-work-number-help = Die Nummer in E.164 eingeben (+, Landesvorwahl, Nummer). Sie muss an einem Standort bereitgestellt und niemand anderem zugewiesen sein (AL02); dann die Vorlage erneut anwenden.
lic-work-number-title = Geschäftliche Nummer von { $name }
lic-type-number-first = zuerst die Nummer eingeben
say-saving-work-number = die geschäftliche Nummer wird gespeichert…
lic-type-directory-path = den Pfad der Verzeichnisdatei eingeben
lic-reapply-not-confirmed = AL06: das lässt sich nicht rückgängig machen. Zum Bestätigen { $word } eingeben (oder { $n }, die Benutzer, die Webex Calling verlieren), oder „Lizenzen beibehalten“ wieder einschalten. Nichts wurde geändert.
lic-type-template-name = zuerst den Namen der Vorlage eingeben
say-saving-template = die Lizenzvorlage wird gespeichert…
say-licensing = { $email } wird lizenziert…
lic-sync-help = Ein Verzeichnisexport (CSV: E-Mail, Anzeigename, geschäftliche Telefonnummer, Abteilung). Benutzer werden angelegt oder geändert; erfasste Benutzer erhalten Webex Calling nur, wenn ihre geschäftliche Nummer jede Prüfung besteht.
lic-sync-form-title = Verzeichnissynchronisierung (AL02, AL05)
lic-sync = synchronisieren
say-reading-templates = die Lizenzvorlagen werden gelesen…
lic-no-templates = es gibt keine Lizenzvorlagen; { $key } legt eine an
say-counting-reapply = es wird gezählt, was erneutes Anwenden von „{ $name }“ bewirkt…
say-finding-covered = die Benutzer ohne Webex Calling, die „{ $name }“ erfasst, werden gesucht…
lic-reapply-title = „{ $name }“ erneut auf vorhandene Benutzer anwenden (AL06)
lic-template-help = Ein neuer Name legt eine Vorlage an; ein vorhandener ändert diese. Eine Vorlage für die ganze Organisation, eine je Verzeichnisgruppe (Abteilung); die Vorlage einer Gruppe gilt für deren Benutzer. Benutzer behalten ihre Lizenzen: die Vorlage erneut anwenden ({ $key }), um die anderen zu lizenzieren.
lic-template-title = Lizenzvorlage (AL03)
say-exporting-users = user.csv wird exportiert…
say-exported-users = { $n ->
    [one] { $n } Benutzer
   *[other] { $n } Benutzer
} nach { $path } exportiert
lic-export-written = { $n ->
    [one] { $n } Benutzer
   *[other] { $n } Benutzer
} als CSV geschrieben nach:
lic-export-readable = Nur für Sie lesbar. Webex Calling VAR Professional FALSE mit einer Telefonnummer: die Nummer ist unbrauchbar; FALSE ohne: es wurde keine Nummer angegeben.
lic-export-title = user.csv exportiert (AL04)
say-covers-nobody = „{ $name }“ erfasst niemanden ohne Webex Calling: nichts zuzuweisen
lic-manual-user = Benutzer { $at } von { $n }: { $name } <{ $email }> · geschäftliche Nummer { $work }
lic-manual-needs = Webex Calling braucht einen Standort und eine Durchwahl und/oder eine Nummer dieses Standorts (AL01).
lic-manual-submit = lizenzieren · { $key } auslassen
lic-manual-title = „{ $name }“ zuweisen (AL03)
lic-partly-applied = Webex hat es nur zum Teil angewendet
lic-skipped = übersprungen, unverändert
say-manual-done = manuelle Zuweisung von „{ $name }“ fertig
lic-manual-report-title = „{ $name }“ zugewiesen (AL03)
say-work-number-set = { $email }: geschäftliche Nummer { $number }; { $next }
lic-group = Gruppe { $group }
lic-whole-organisation = ganze Organisation
lic-organisation = Organisation
lic-grants-calling = gewährt Webex Calling
lic-no-calling = kein Webex Calling
say-template-created = „{ $name }“ angelegt ({ $scope }): { $calling }; erfasst { $n } Benutzer, { $with } mit Webex Calling. Mit { $key } erneut anwenden, um die anderen zu lizenzieren.
say-template-changed = „{ $name }“ geändert ({ $scope }): { $calling }; erfasst { $n } Benutzer, { $with } mit Webex Calling. Mit { $key } erneut anwenden, um die anderen zu lizenzieren.
lic-directory-sync = Verzeichnissynchronisierung
lic-reapply = erneutes Anwenden
say-synced = { $n } Benutzer synchronisiert: { $provisioned } bereitgestellt, { $not_provisioned } nicht bereitgestellt
lic-sync-counts = { $source }: { $n } Benutzer · { $created } angelegt · { $updated } geändert · { $unchanged } unverändert
lic-sync-calling = Webex Calling: { $provisioned } bereitgestellt · { $not_provisioned } nicht bereitgestellt · { $kept } behalten · { $not_covered } nicht erfasst
lic-sync-press = { $key } zeigt alle nicht Bereitgestellten, mit der Lösung.
lic-sync-report-title = Verzeichnissynchronisierung (AL02)
say-reapplied = „{ $name }“ erneut angewendet: { $provisioned } bereitgestellt, { $not_provisioned } nicht bereitgestellt, { $removed } verloren Webex Calling
lic-reapplied-counts-on = „{ $name }“ erfasst { $n } Benutzer; Lizenzen beibehalten an: { $provisioned } bereitgestellt · { $not_provisioned } nicht bereitgestellt · { $kept } behalten · { $removed } verloren Webex Calling ({ $numbers } Nummern zurück im Pool)
lic-reapplied-counts-off = „{ $name }“ erfasst { $n } Benutzer; Lizenzen beibehalten aus: { $provisioned } bereitgestellt · { $not_provisioned } nicht bereitgestellt · { $kept } behalten · { $removed } verloren Webex Calling ({ $numbers } Nummern zurück im Pool)
lic-reapplied-title = „{ $name }“ erneut angewendet (AL06)
lic-run-cancelled = { $what } abgebrochen: { $sent } Benutzer vor dem Abbruch in Webex erledigt, { $not_sent } nicht gesendet; noch einmal ausführen, um fortzufahren
lic-run-failed = { $what }: { $sent } Benutzer in Webex erledigt; { $failed } nicht (oder nicht ganz) erledigt, jeder mit Webex' Worten im Bericht
lic-more-not-provisioned = … und { $n } weitere nicht bereitgestellt
lic-reapply-grants = „{ $name }“ gewährt Webex Calling und erfasst { $n } Benutzer; { $to_license } davon haben noch kein Calling und werden lizenziert, wo ihre geschäftliche Nummer jede Prüfung besteht.
lic-reapply-does-not-grant = „{ $name }“ gewährt kein Webex Calling und erfasst { $n } Benutzer; { $to_license } davon haben noch kein Calling und werden lizenziert, wo ihre geschäftliche Nummer jede Prüfung besteht.
lic-preserve-on = Lizenzen für vorhandene Benutzer beibehalten: AN. Niemand verliert Webex Calling. Die Leertaste schaltet es aus.
lic-preserve-off = Lizenzen beibehalten: AUS. { $n } Benutzer verlieren Webex Calling.
lic-template-item = { $name } · erfasst { $n }, { $with } mit Calling · { $calling } · { $scope }
lic-item-grants = gewährt Calling
lic-item-no-calling = kein Calling
lic-pick-reapply-title = Eine Lizenzvorlage erneut anwenden (AL06)
lic-pick-reapply-prompt = Die Vorlage wählen, die erneut auf vorhandene Benutzer angewendet wird
lic-pick-assign-title = Eine Lizenzvorlage zuweisen (AL03)
lic-pick-assign-prompt = Die Vorlage wählen; Standort und Nummer geben Sie je Benutzer an
outcome-provisioned = bereitgestellt
outcome-not-provisioned = nicht bereitgestellt
outcome-kept = behalten
outcome-not-covered = nicht erfasst
outcome-removed = Calling entfernt
outcome-refused = abgelehnt

## BroadWorks-Flow-Through (BW01-BW05)
bw-fix-nothing = nichts
bw-fix-untrusted = „Nicht vertrauenswürdige E-Mails“ in der Benutzerverifizierung der Vorlage aktivieren
bw-fix-share-link = den Freigabelink auf den Aktivierungslink setzen (jetzt { $now })
bw-fix-both = „Nicht vertrauenswürdige E-Mails“ in der Benutzerverifizierung der Vorlage aktivieren und den Freigabelink auf den Aktivierungslink setzen (jetzt { $now })
say-select-subscriber-first = zuerst einen Teilnehmer wählen
bw-delete-from-webex = • Der Teilnehmer wird aus Webex gelöscht (BW04).
bw-delete-try-again = • Nach der Konfigurationsänderung kann der Benutzer es im Aktivierungsportal erneut versuchen.
bw-delete-title = BroadWorks-Teilnehmer { $id } löschen?
bw-package-now = { $package } (jetzt)
bw-package-title = Pakettyp für { $id } (BW04)
bw-retry-title = Aktivierung erneut versuchen: { $id } (BW04)
field-email = E-Mail
bw-retry-submit = mit der E-Mail neu versuchen
say-retrying = Aktivierung von { $id } wird erneut versucht…
say-package-already = { $id } hat schon das Paket { $package }; nichts geändert
bw-package-changes = • Der Pakettyp wechselt von { $from } zu { $to } (BW04).
bw-package-follows = • Die Dienste des Teilnehmers folgen dem neuen Paket, sobald die Bereitstellung gelaufen ist.
bw-package-confirm-title = Paket von { $id } auf { $package } ändern?
copied-error-text = Fehlertext von { $id }
say-exporting = wird exportiert…
bw-provisioned-excluded = ohne bereitgestellte
bw-everyone = alle
say-bw-exported = { $n ->
    [one] { $n } Teilnehmer
   *[other] { $n } Teilnehmer
} ({ $which }) nach { $path } exportiert
bw-export-written = { $n ->
    [one] { $n } Teilnehmer
   *[other] { $n } Teilnehmer
} ({ $which }) als CSV geschrieben nach:
bw-export-readable = Die Datei ist nur für Sie lesbar.
bw-export-title = BroadWorks-Liste exportiert (BW05)
say-loading-templates = die Kundenvorlagen werden geladen; gleich noch einmal versuchen
bw-no-templates = Keine Kundenvorlagen.
bw-template-settings-checked = nicht vertrauenswürdige E-Mails aktiviert · Freigabelink { $share_link } · Standardpaket { $package }
bw-template-settings-unchecked = nicht vertrauenswürdige E-Mails nicht aktiviert · Freigabelink { $share_link } · Standardpaket { $package }
bw-template-ready = { $name } · bereit für Flow-Through
bw-template-not-ready = { $name } · NICHT für Flow-Through mit nicht vertrauenswürdigen E-Mails eingerichtet (BW01)
bw-template-to-change = Zu ändern: { $fix }
bw-templates-title = Kundenvorlagen (BW01)
bw-package-changed = { $id } Paket geändert: { $status } · Paket { $package }
bw-retried = { $id } erneut versucht: { $status } · Paket { $package }
say-bw-deleted = { $id } gelöscht (war { $status }): der Benutzer kann es nach der Konfigurationsänderung im Aktivierungsportal erneut versuchen

## Massenhinzufügen (WG13) und der Aktivierungsbrief
imp-intro = Die CSV-Vorlage (`{ $command }`): eine Zeile je Gerät. Jede Zeile wird zuerst geprüft (ein Probelauf, der nichts ändert); dann senden Sie ab, und entweder wird jedes Gerät hinzugefügt oder keines (WG13).
imp-suppresses-emails = { $org } unterdrückt E-Mails: die Codes aus einer Codedatei oder mit Briefen aushändigen.
field-devices-csv = Geräte-CSV-Datei
field-email-codes = Codes per E-Mail senden
field-codes-file = Codedatei (optional)
field-email-lang = Sprache der E-Mails
imp-form-title = Webex Go-Geräte massenweise hinzufügen (WG13)
imp-check-every-row = jede Zeile prüfen
imp-type-path = den Pfad der Geräte-CSV-Datei eingeben
imp-cannot-read = { $path } ist nicht lesbar: { $error }; den Pfad prüfen und noch einmal versuchen
say-import-problems = { $source }: { $n ->
    [one] { $n } Problem
   *[other] { $n } Probleme
}; nichts wurde hinzugefügt (WG13)
imp-rows-checked-problems = { $rows ->
    [one] { $rows } Zeile
   *[other] { $rows } Zeilen
} geprüft: { $n ->
    [one] { $n } Problem
   *[other] { $n } Probleme
}, darum wurde nichts hinzugefügt. Die Datei korrigieren und erneut importieren.
imp-line-column = Zeile { $line }, Spalte { $column }
imp-problems-title = Massenhinzufügen: Probleme (WG13)
say-import-pass = { $source }: alle { $rows } Zeilen bestehen; Enter sendet ab
imp-all-pass = alle { $rows } Zeilen bestehen jede Prüfung (Probelauf: noch nichts hinzugefügt).
imp-email-yes = Codes per E-Mail senden: ja
imp-email-no = Codes per E-Mail senden: nein
imp-codes-file = Codedatei: { $file }
imp-enter-submits = Enter sendet ab: jedes Gerät wird hinzugefügt oder keines. Esc bricht ab.
imp-ready-title = Massenhinzufügen: bereit (WG13)
say-imported = { $source }: { $added } Geräte hinzugefügt, { $emailed } per E-Mail
imp-added = { $added } Webex Go-Geräte hinzugefügt · { $emailed } Codes per E-Mail gesendet
imp-codes-file-private = Codedatei (nur für Sie lesbar): { $file }
imp-no-codes-file = Es wurde keine Codedatei verlangt.
imp-emailed = per E-Mail
imp-more-devices = … und { $n } weitere im Bereich Geräte
imp-done-title = Massenhinzufügen fertig (WG13)
say-writing-letter = der Aktivierungsbrief wird geschrieben…
tui-letter-printed = mit `{ $command }` an den Drucker gesendet
tui-letter-not-printed = nicht gedruckt: { $error }
tui-letter-no-print-command = kein Druckbefehl eingerichtet: von dort drucken
tui-letter-written-same = Brief: { $pdf } und .txt in { $dir }, nur für Sie lesbar; { $printed }
tui-letter-written-in = Brief: { $pdf } (PDF) und { $text } (Text) in { $dir }, nur für Sie lesbar; { $printed }
tui-letter-written = Brief: { $pdf } (PDF) und { $text } (Text), nur für Sie lesbar; { $printed }

## Eine echte Organisation: synchronisieren, eine andere wählen
say-org-local = diese Organisation ist lokal (die Demo oder eine lokale Datenbank): ihre Daten sind maßgeblich, es gibt nichts zu synchronisieren. Ein webex-Profil öffnet eine echte Organisation (siehe README: Connect to your organisation)
say-sync-running = eine Synchronisierung läuft schon (ihr Fortschritt steht in der Kopfzeile); Esc stoppt sie
sync-starting = beginnt
say-syncing = Synchronisierung von Webex; die Bereiche zeigen solange die letzte vollständige Kopie. Esc stoppt die Synchronisierung.
say-syncing-other = { $org } wird von Webex synchronisiert; die Bereiche zeigen solange die letzte vollständige Kopie. Esc stoppt die Synchronisierung.
say-stopping-sync = die Synchronisierung wird gestoppt; der Cache behält seine letzte vollständige Kopie
say-synced-org = { $org } von Webex synchronisiert: { $items } Einträge in { $pages } Seiten
say-sync-stopped = Synchronisierung gestoppt; der Cache behält seine letzte vollständige Kopie (die Kopfzeile sagt, wie alt)
say-sync-failed = die Synchronisierung wurde nicht fertig, darum behält der Cache seine letzte vollständige Kopie: { $error }
say-asking-orgs = Webex wird nach den Organisationen gefragt, die diese Anmeldung verwaltet…
say-cannot-list-orgs = die Organisationen lassen sich nicht auflisten: { $error }
say-no-other-org = diese Anmeldung verwaltet keine andere Organisation
org-cached = im Cache, Stand { $at }
org-not-cached = noch nicht im Cache: Wählen synchronisiert sie
org-pick-title = Organisationen
org-pick-prompt = Enter öffnet sie (eine im Cache sofort, eine andere nach ihrer ersten Synchronisierung); Esc behält diese

## Warum kann dieser Benutzer nicht telefonieren?
why-works-on = warum? gilt für einen Benutzer, ein Gerät, eine Nummer oder einen BroadWorks-Teilnehmer; { $key } zeigt die Nummern
say-why-reading-webex = diese Person wird von Webex gelesen…
say-why-reading-again = wird erneut gelesen (die lokale Datenbank ist maßgeblich: nichts abzurufen)
say-why-refreshed = aktualisiert: { $n ->
    [0] keine Ursache gefunden
    [one] { $n } Ursache
   *[other] { $n } Ursachen
}
say-why-not-refreshed = nicht aktualisiert: { $error }
why-title = Warum? { $who }
why-reading = wird gelesen…
why-reading-again = { $age } · wird erneut gelesen…
why-facts-age = Fakten: { $age }
why-no-cause = Keine Ursache gefunden: nichts im Geprüften verhindert Anrufe.
why-likely-causes = Wahrscheinliche Ursachen, die wahrscheinlichste zuerst
why-facts = Fakten
why-checked = Geprüft
why-not-applicable = trifft nicht zu: { $detail }
why-location = Standort
why-licences = Lizenzen
why-calling = Webex Calling
why-work-number = Gesch. Nummer
why-number = Nummer
why-webex-go = Webex Go
why-since = seit { $at }
why-code = Code
why-refused-attempt = Abgelehnt
why-operator-account = Betreiberkonto
why-broadworks = BroadWorks
why-calls = Anrufe
why-none-recorded = keine aufgezeichnet
why-call = Anruf
why-audit = Audit
why-note = Hinweis

## Lange Läufe und Namen der Fenster
long-sync = Verzeichnissynchronisierung aus { $path }
long-reapply = „{ $name }“ wird erneut angewendet
long-checking = { $path } wird geprüft
long-importing = { $path } wird importiert
long-emails-going-out = die Geräte sind hinzugefügt und ihre Codes generiert; die E-Mails gehen hinaus und lassen sich nicht zurückholen: darauf warten
long-cancelling = wird abgebrochen: alles bisher Getane wird zurückgenommen…
long-done-of = { $phase } { $done } von { $total }
long-cancelling-foot = wird abgebrochen: alles wird zurückgenommen…
long-emailing = hinzugefügt; die Codes werden gemailt (nicht abbrechbar)
long-cancel-all-or-nothing = abbrechen: alles oder nichts, nichts wird hinzugefügt
long-cancel-nothing = abbrechen: nichts wird geändert
phase-starting = beginnt
phase-users = Benutzer
phase-reading = lesen
phase-checking = prüfen
phase-adding = hinzufügen
phase-saving = speichern
phase-emailing = mailen
popup-help = Hilfe
popup-messages = Meldungen

## Probleme der Konsole selbst, keymap.toml und config.toml
job-not-confirmed = die Änderung wurde nicht bestätigt, darum wurde nichts getan; noch einmal versuchen
worker-unknown-fault = ein unbekannter Fehler
worker-internal-error = die Aktion ist in wxgo gescheitert ({ $fault }); was sie tat, wurde zurückgenommen. Das Ergebnis (und das Audit-Protokoll) prüfen, bevor Sie es erneut versuchen, und dies bitte melden.
worker-sync = Synchronisierung
worker-already-running = eine { $what } läuft schon; darauf warten oder mit Esc stoppen
worker-no-thread = für die { $what } lässt sich kein Thread starten
console-no-event-loop = die Ereignisschleife der Konsole lässt sich nicht starten: { $error }
console-no-service-thread = der Dienst-Thread lässt sich nicht starten
console-no-terminal = dieses Terminal ist nicht nutzbar: { $error }
console-cannot-draw = auf das Terminal lässt sich nicht zeichnen: { $error }
console-no-size = die Größe des Terminals ist nicht lesbar: { $error }
console-cannot-read = das Terminal ist nicht lesbar: { $error }
console-service-stopped = der Dienst-Thread ist gestoppt; mit q beenden und wxgo neu starten
header-as-of = Stand { $at }
header-age-unknown = Alter unbekannt
keymap-empty-key = eine leere Taste
keymap-at = { $file }: { $name }: { $problem }
keymap-not-a-key = „{ $spec }“ ist keine Taste: ein Zeichen (j, G, ?), einen Namen (enter, esc, tab, backtab, up, down, pgup, pgdn, home, end, space, f1) oder einen Modifikator und eine Taste (ctrl-c, alt-x) schreiben
keymap-not-toml = { $file } ist kein gültiges TOML: { $error }
keymap-unknown-section = { $file }: unbekannter Abschnitt [{ $name }]. Abschnitte sind: { $sections }
keymap-not-here = { $file }: [{ $section }] { $name }: { $name } gilt nicht in { $place }; es gilt in { $places }
keymap-given-to-both = { $file }: die Taste „{ $spec }“ ist { $other } und { $name } zugleich gegeben; jede Taste nur einer Aktion geben
keymap-cannot-read = die Tastenbelegung { $file } ist nicht lesbar: { $error }
keymap-unknown-action = { $file }: unbekannte Aktion „{ $name }“. Aktionen sind: { $actions }
keymap-keys-are-strings = { $file }: { $name }: Tasten sind Zeichenketten, wie "x" oder "ctrl-x"
keymap-takes-a-key = { $file }: { $name } = ... nimmt eine Taste ("x") oder eine Liste von Tasten (["x", "ctrl-x"])
keymap-does-not-exist = die Tastenbelegung { $file } existiert nicht
config-clipboard-word = { $file }: clipboard nimmt ein Wort in Anführungszeichen: "auto", "native", "osc52", "tmux" oder "off"
config-lang-code = { $file }: lang nimmt einen Code in Anführungszeichen: "en", "de", "da", "uk" oder "he"
config-cannot-read = die Konfiguration { $file } ist nicht lesbar: { $error }

## Wie die Zwischenablage kopiert hat (nach dem, was kopiert wurde)
copied-system = in die System-Zwischenablage kopiert
copied-osc52-tmux-on = mit OSC 52 kopiert (tmux gibt es weiter: set-clipboard ist on)
copied-tmux-buffer = über tmux kopiert (tmux load-buffer -w; set-clipboard ist external)
copied-osc52-tmux-unknown = mit OSC 52 gesendet; in tmux kommt es nur mit `set -g set-clipboard on` an (prüfen mit `tmux show -gv set-clipboard`), oder --clipboard tmux nutzen
copied-osc52 = mit OSC 52 kopiert (Terminal-Zwischenablage)
copied-tmux-passthrough = mit OSC 52 über tmux-Passthrough kopiert (braucht `set -g allow-passthrough on`)

## A confirmed change on its way, a reload
say-working = wird ausgeführt…
say-reloaded = neu geladen
