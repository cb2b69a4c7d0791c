# Die eigene Hilfe der Kommandozeile (`wxgo --help`, `wxgo devices import --help`), auf Deutsch;
# die Bedienfehler von clap stehen in cli.ftl. Die IDs folgen dem Befehlspfad (`help-devices-import`),
# `--` und der ID eines Arguments (`help-devices-import--codes-file`). Befehle, Flags,
# Wertnamen (FILE, NAME), Umgebungsvariablen, Pfade, Regel-IDs und URLs bleiben, wie sie sind.

## Was clap selbst um die Hilfen herum sagt: Überschriften, Hinweise, Hilfe- und
## Versionsflag, der Befehl `help`.

clap-commands = Befehle
clap-arguments = Argumente
clap-options = Optionen
clap-env = Umgebung
clap-default = Standard
clap-possible-values-heading = Mögliche Werte
clap-help-flag = Hilfe anzeigen
clap-help-flag-more = Hilfe anzeigen (mehr mit '--help')
clap-help-flag-summary = Hilfe anzeigen (eine Übersicht mit '-h')
clap-version-flag = Version anzeigen
clap-help-command = Diese Hilfe oder die Hilfe der angegebenen Unterbefehle anzeigen
clap-help-command-arg = Die Hilfe der Unterbefehle anzeigen

## wxgo, und die Flags, die jeder Befehl nimmt

help-wxgo = Eine Terminal-Konsole für Webex Calling-Administratoren
help-wxgo-long = wxgo: Webex Go-Geräte, Mobilfunknummern von Betreibern, BroadWorks-Flow-Through und Lizenzzuweisung, von der Tastatur aus. Ohne Unterbefehl öffnet es die Konsole.
help-wxgo--db = Die Datenbankdatei (Standard: $XDG_DATA_HOME/wxgo/wxgo.db)
help-wxgo--read-only = Die Datenbank nur lesend öffnen: jede ändernde Aktion wird abgelehnt
help-wxgo--org = Die Organisation, wenn die Datenbank mehrere enthält (wie die eines Partners)
help-wxgo--json = Maschinenlesbare Ausgabe
help-wxgo--output = Wie Listen ausgegeben werden: table (im Terminal an seine Breite angepasst), wide (jede Spalte ganz) oder json
help-wxgo--output--table = Eine Tabelle; im Terminal an seine Breite angepasst (Namen mit `…` gekürzt, die am wenigsten nützlichen Spalten weggelassen)
help-wxgo--output--wide = Eine Tabelle mit jeder Spalte ganz, wie breit auch immer
help-wxgo--output--json = JSON, wie --json
help-wxgo--clipboard = Zwischenablage zum Kopieren von Codes in der Konsole: auto, native, osc52, tmux oder off
help-wxgo--demo = Die Demo-Organisation verwenden (demo.db neben der Datenbank; beim ersten Mal angelegt), mit der Konsole oder jedem Befehl
help-wxgo--keymap = Tastenbelegungsdatei für die Konsole (Standard: $XDG_CONFIG_HOME/wxgo/keymap.toml)
help-wxgo--profile = Das Profil aus config.toml (sonst WXGO_PROFILE, sonst default_profile; keines: die lokale Datenbank)
help-wxgo--token-env = Das Webex-Token aus dieser Umgebungsvariablen statt aus WEBEX_TOKEN nehmen (nie auf die Festplatte geschrieben)
help-wxgo--trace = Eine Zeile pro Webex-API-Anfrage in FILE schreiben: Methode, Pfad, Status, Dauer, trackingId (nie ein Token)
help-wxgo--lang = Die Sprache: en, de, da, uk oder he (sonst lang aus der Konfiguration, dann LC_ALL, LC_MESSAGES, LANG)
help-wxgo--bidi = Text von rechts nach links (Hebräisch): app (wxgo ordnet ihn um; xterm, tmux, die meisten SSH-Clients) oder terminal (das Terminal tut es; VTE-basierte)

## wxgo demo

help-demo = Die Demo-Organisation anlegen (etwa 60 Benutzer, oder --users N für eine größere)
help-demo--force = Die Datenbank ersetzen, wenn es sie gibt

## wxgo users

help-users = Benutzer
help-users-list = Benutzer auflisten (Name, E-Mail, Standort, Lizenzen, primäre Nummer, Webex Go-Status)
help-users-list--filter = Name, E-Mail, Standort oder eine Nummer wie getippt (E.164, nationale Form, Durchwahl)
help-users-list--limit = Höchstens so viele Zeilen (0 = alle)
help-users-list--offset = So viele Zeilen überspringen
help-users-list--not-provisioned = Nur Benutzer, die Webex Calling nicht bekommen haben, mit Grund und Abhilfe (AL04)
help-users-show = Ein Benutzer: Nummern, Gerät, Codeverlauf, letzte Einträge im Prüfprotokoll
help-users-export = Die Benutzerliste, wie Control Hub sie exportiert (user.csv), mit `Webex Calling VAR Professional` (AL04)
help-users-export--out = In diese Datei statt in die Standardausgabe schreiben
help-users-set-work-number = Eine korrigierte geschäftliche Telefonnummer (E.164) erfassen; dann die Vorlage erneut anwenden (AL04, AL05)
help-users-update = Geschäftliche Telefonnummer, Durchwahl und/oder Standort eines Benutzers ändern (bei einer echten Organisation über die People-API von Webex: abgelehnt, wenn sich die Person seit der letzten Synchronisierung in Webex geändert hat)
help-users-update--work-number = Die geschäftliche Telefonnummer (E.164)
help-users-update--extension = Die Durchwahl (2 bis 10 Ziffern, eindeutig am Standort)
help-users-update--location = Der Standort, nach Name

## wxgo devices

help-devices = Webex Go-Geräte
help-devices-list = Webex Go-Geräte mit ihrem wahren Status auflisten (WG12)
help-devices-list--status--pending = Aktivierung ausstehend (grau)
help-devices-list--status--online = Online (grün)
help-devices-list--status--offline = Offline (rot)
help-devices-list--status--unknown = Status unbekannt: Webex hat keinen genannt (nur Geräte einer echten Organisation)
help-devices-list--filter = Name, E-Mail, Standort oder eine Nummer wie getippt (E.164, national, Durchwahl)
help-devices-list--sort--added = Wie sie hinzugefügt wurden
help-devices-list--sort--status = Offline zuerst, dann Aktivierung ausstehend mit abgelaufenem Code, dann ausstehend
help-devices-list--sort--expired = Aktivierung ausstehend mit abgelaufenem Code zuerst, der am längsten abgelaufene zuerst
help-devices-list--sort--name = Nach dem Namen des Besitzers
help-devices-list--limit = Höchstens so viele Zeilen (0 = alle)
help-devices-list--offset = So viele Zeilen überspringen
help-devices-show = Ein Gerät
help-devices-choices = Was das Hinzufügen eines Geräts für diesen Benutzer braucht: Abonnement und Nummer zur Wahl (WG01-WG03)
help-devices-add = Einem Benutzer ein Webex Go-Gerät hinzufügen und einen Aktivierungscode generieren (WG01-WG04)
help-devices-add--subscription = Nötig, wenn mehrere Abonnements Webex Go-Lizenzen haben (WG02)
help-devices-add--number = Nötig, wenn der Benutzer keine primäre Nummer hat: eine nicht zugewiesene Nummer seines Standorts (WG03)
help-devices-add--no-email = Den Code nicht per E-Mail senden (stattdessen kopieren oder drucken)
help-devices-add--letter = Auch einen einseitigen PDF-Aktivierungsbrief schreiben (und drucken, wenn ein Drucker eingerichtet ist)
help-devices-add--letter-lang = Die Sprache des Briefs und der E-Mail, für einen Mitarbeiter, der eine andere Sprache liest als Sie: en, de, da, uk oder he (Standard: --lang, lang aus der Konfiguration, das Gebietsschema)
help-devices-new-code = Neuen Aktivierungscode generieren; jeder frühere Code wird ungültig (WG05)
help-devices-new-code--letter = Auch einen einseitigen PDF-Aktivierungsbrief schreiben (und drucken, wenn ein Drucker eingerichtet ist)
help-devices-new-code--letter-lang = Die Sprache des Briefs und der E-Mail, für einen Mitarbeiter, der eine andere Sprache liest als Sie: en, de, da, uk oder he (Standard: --lang, lang aus der Konfiguration, das Gebietsschema)
help-devices-lost-stolen = Das Telefon ist verloren oder gestohlen: seine Leitung deaktivieren und neue Aktivierungsdetails generieren (WG08); fragt zuerst, oder --yes
help-devices-lost-stolen--letter = Auch einen einseitigen PDF-Aktivierungsbrief schreiben (und drucken, wenn ein Drucker eingerichtet ist)
help-devices-lost-stolen--letter-lang = Die Sprache des Briefs und der E-Mail, für einen Mitarbeiter, der eine andere Sprache liest als Sie: en, de, da, uk oder he (Standard: --lang, lang aus der Konfiguration, das Gebietsschema)
help-devices-lost-stolen--yes = Ohne Nachfrage fortfahren (ohne Terminal nötig): die Leitung des verlorenen Telefons lässt sich nicht wiederherstellen
help-devices-delete = Das Gerät löschen; seine Lizenz kommt zurück in den Pool (WG09); fragt zuerst, oder --yes
help-devices-delete--yes = Ohne Nachfrage fortfahren (ohne Terminal nötig): ein gelöschtes Gerät lässt sich nicht wiederherstellen
help-devices-template = Die CSV-Vorlage zum Hinzufügen vieler Geräte, mit den Abonnementspalten (WG13)
help-devices-import = Für jede Zeile einer CSV-Datei ein Webex Go-Gerät hinzufügen (WG13): im lokalen Backend alles oder nichts; bei einer echten Organisation eine Anfrage pro Zeile, und ein angehaltener Lauf wird fortgesetzt
help-devices-import--file = Die CSV-Datei (aus `wxgo devices template`, in einer Tabellenkalkulation ausgefüllt)
help-devices-import--dry-run = Jede Zeile prüfen und nichts ändern
help-devices-import--email-codes = Jedem Benutzer den Code per E-Mail senden (abgelehnt, wenn die Organisation E-Mails unterdrückt)
help-devices-import--no-email = Die Codes nicht per E-Mail senden (mit --codes-file oder Briefen aushändigen)
help-devices-import--codes-file = Die Aktivierungscodes in diese CSV-Datei schreiben (nur für Sie lesbar): der einzige Ort, an den sie gehen
help-devices-import--serial = Echte Organisationen: die Anfragen einzeln senden (Standard: höchstens 8 gleichzeitig)
help-devices-import--letter-lang = Die Sprache der E-Mails mit den Codes: en, de, da, uk oder he (Standard: --lang, lang aus der Konfiguration, das Gebietsschema)
help-devices-letter = Ein einseitiger PDF-Aktivierungsbrief für den aktuellen Code des Geräts (gedruckt, wenn eingerichtet)
help-devices-letter--device = Das Gerät (go-12) oder die E-Mail seines Besitzers
help-devices-letter--code = Der aktuelle Aktivierungscode des Geräts, wie generiert (`-` liest ihn aus der Standardeingabe)
help-devices-letter--out = Die zu schreibende PDF-Datei (nur für Sie lesbar)
help-devices-letter--letter-lang = Die Sprache des Briefs, für einen Mitarbeiter, der eine andere Sprache liest als Sie: en, de, da, uk oder he (Standard: --lang, lang aus der Konfiguration, das Gebietsschema)

## wxgo numbers

help-numbers = Der Nummernbestand
help-numbers-list = Den Nummernbestand auflisten
help-numbers-list--mobile = Nur Mobilnummern (das Webex Mobile-Kennzeichen)
help-numbers-list--filter = Die Nummer wie getippt (E.164 oder nationale Form), Standort, Besitzer oder die Durchwahl des Besitzers
help-numbers-list--limit = Höchstens so viele Zeilen (0 = alle)
help-numbers-list--offset = So viele Zeilen überspringen
help-numbers-add-mobile = Mobilnummern (durch Kommas getrennt, höchstens 20) unter einem autorisierten Betreiberkonto hinzufügen (MO02, MO03)
help-numbers-add-mobile-long =
    Mobilnummern (durch Kommas getrennt, höchstens 20) unter einem autorisierten Betreiberkonto hinzufügen (MO02, MO03)

    Bei einer echten Organisation gehören die Betreiberkonten zu Control Hub (keine öffentliche API): geben Sie den Standort an; Webex prüft jede Nummer, und sie werden zu 20 pro Anfrage hinzugefügt (höchstens 100).
help-numbers-add-mobile--account = Die ID des Betreiberkontos (lokales Backend)
help-numbers-add-mobile--location = Der Standort (Name oder Webex-ID): der Weg einer echten Organisation; lokal sein Betreiberkonto
help-numbers-add-mobile--numbers = NUMBER[,NUMBER...]
help-numbers-add-mobile--check = Nur prüfen: den Zustand jeder Nummer zeigen und nichts hinzufügen
help-numbers-assign-primary = Eine Mobilnummer zur primären Nummer des Benutzers machen; ein Webex Go-Gerät des Mobilfunkbetreibers folgt (MO05, MO06)
help-numbers-assign-primary--subscription = Das Webex Go-Abonnement, wenn mehrere Lizenzen haben (WG02)
help-numbers-assignable = Nicht zugewiesene Mobilnummern, die dieser Benutzer bekommen kann (aus seinem Standort)

## wxgo subscriptions

help-subscriptions = Abonnements und ihre Webex Go-Lizenzpools
help-subscriptions-list = Abonnements mit Webex Go-Lizenzen: Pool, belegt, frei

## wxgo operator-accounts

help-operator-accounts = Betreiberkonten pro Standort (Webex Go über einen Mobilfunkbetreiber)
help-operator-accounts-add = Ein Betreiberkonto für einen Standort anfordern; die ID wird zweimal eingegeben und ist nach der Bestätigung fest (MO01)
help-operator-accounts-add--yes = Bestätigen: die ID des Betreiberkontos lässt sich später nicht ändern
help-operator-accounts-list = Betreiberkonten mit ihrem Autorisierungsstatus und was zu tun ist (MO02)

## wxgo operator

help-operator = Die Seite des Mobilfunkbetreibers: eine Kontoanfrage autorisieren oder ablehnen
help-operator-authorize = Der Betreiber autorisiert das Konto: nun können Nummern hinzugefügt werden
help-operator-reject = Der Betreiber lehnt das Konto ab

## wxgo phone

help-phone = Die Seite des Telefons: was der Benutzer am Telefon tut
help-phone-activate = Das Telefon löst einen Aktivierungscode ein: das Gerät wird Online
help-phone-disable = Der Benutzer deaktiviert die Webex Go-Leitung am Telefon: Offline
help-phone-enable = Der Benutzer aktiviert sie wieder: Online
help-phone-remove-line = Der Benutzer entfernt die Leitung vom Telefon: Aktivierung ausstehend (WG11)

## wxgo broadworks

help-broadworks = BroadWorks-Flow-Through-Bereitstellung
help-broadworks-list = Teilnehmer mit BroadWorks-ID, Paket, Status und Fehler (BW03)
help-broadworks-list--exclude-provisioned = Nur ausstehende und solche mit Fehler (BW05)
help-broadworks-export = Die Teilnehmerliste als CSV auf der Standardausgabe oder in --out FILE (BW05)
help-broadworks-retry = Aktivierung erneut versuchen: eine gültige E-Mail eingeben und den Teilnehmer onboarden (BW04)
help-broadworks-delete = Den Teilnehmer löschen, damit der Benutzer es nach einer Konfigurationsänderung erneut versuchen kann (BW04)
help-broadworks-package = Den Pakettyp ändern: softphone, basic, standard oder premium (BW04)
help-broadworks-error = Den Fehlertext des Teilnehmers ausgeben (BW04 „Fehlertext kopieren“)
help-broadworks-templates = Kundenvorlagen und ob sie für Flow-Through mit nicht vertrauenswürdigen E-Mails eingerichtet sind (BW01)

## wxgo portal

help-portal = Die Seite des Benutzers beim BroadWorks-Flow-Through: das Aktivierungsportal
help-portal-claim = Der Benutzer beansprucht ein BroadWorks-Konto, indem er im Aktivierungsportal eine E-Mail eingibt
help-portal-verify = Der Benutzer bestätigt die E-Mail: die Bereitstellung läuft und endet bereitgestellt oder mit Fehler

## wxgo mail

help-mail = Die Mail-Warteschlange: Nachrichten, die im Postausgang warten, und ihr Versand per SMTP (WG04)
help-mail-list = Die Nachrichten, die im Postausgang warten
help-mail-retry = Die wartenden Nachrichten über den SMTP-Server senden; gesendete kommen nach outbox/sent/

## wxgo calls

help-calls = Anrufdaten aus dem Bericht „Detaillierter Anrufverlauf“ von Webex (WG15)
help-calls-import = Den Bericht „Detaillierter Anrufverlauf“ von Webex importieren (CSV)
help-calls-list = Anrufdaten, die neuesten zuerst
help-calls-list--user = Nur die Anrufe dieses Benutzers
help-calls-list--webex-go = Nur Webex Go-Anrufe (Unterclient-Typ MOBILE_NETWORK, WG15)

## wxgo directory

help-directory = Verzeichnissynchronisierung: Benutzer und ihr Webex Calling aus einem Verzeichnis-Export (AL02, AL05)
help-directory-template = Die CSV-Kopfzeile ausgeben, die ein Verzeichnis-Export haben muss: E-Mail, Anzeigename, geschäftliche Telefonnummer, Abteilung
help-directory-sync = Benutzer aus einem Verzeichnis-Export (CSV) anlegen und ändern; Benutzer, deren Vorlage Webex Calling gewährt, erhalten es, wenn ihre geschäftliche Telefonnummer jede Prüfung besteht (AL02); bereitgestellte Benutzer behalten ihre Einrichtung (AL05)
help-directory-sync--file = Der Verzeichnis-Export (UTF-8-CSV, mit der Kopfzeile, die `wxgo directory template` ausgibt)
help-directory-sync--dry-run = Jede Zeile prüfen und nichts ändern; bei einer echten Organisation auch die Anfragen auflisten, die gesendet würden (`--json`: das Feld `requests`)
help-directory-sync--serial = Bei einer echten Organisation: eine Anfrage nach der anderen statt bis zu 8

## wxgo licences

help-licences = Lizenzvorlagen: auflisten, eine von Hand zuweisen, eine erneut auf vorhandene Benutzer anwenden (AL01, AL03, AL06)
help-licences-templates = Lizenzvorlagen, organisationsweit oder pro Gruppe, und die Benutzer, die jede erfasst (AL03)
help-licences-template-save = Eine Lizenzvorlage anlegen oder die gleichnamige ändern (AL03). Benutzer behalten die Lizenzen, die sie haben; die Vorlage bestimmt, was Synchronisierung, Zuweisung und erneutes Anwenden von nun an vergeben
help-licences-template-save--name = Der Name der Vorlage
help-licences-template-save--group = Für die Benutzer dieser Verzeichnisgruppe (Abteilung)
help-licences-template-save--org-wide = Für die ganze Organisation (eine neue Vorlage ist es, außer --group ist angegeben)
help-licences-template-save--calling = Gewährt Webex Calling Professional
help-licences-template-save--no-calling = Gewährt Webex Calling nicht (eine neue Vorlage tut es nicht, außer --calling ist angegeben)
help-licences-template-save--licences = Weitere Lizenzen, die sie gewährt, durch Kommas getrennt: calling_basic, meetings, messaging ("" für keine); eine weggelassene Option behält, was die Vorlage hat
help-licences-template-delete = Eine Lizenzvorlage löschen; kein Benutzer verliert eine Lizenz, die er hat
help-licences-template-delete--name = Der Name der Vorlage
help-licences-assign = Manuelle Zuweisung: erfasste Benutzer lizenzieren, jeden mit Standort und Nummer und/oder Durchwahl (AL01, AL03)
help-licences-assign--template = Die Lizenzvorlage (sie muss Webex Calling gewähren)
help-licences-assign--from = Eine CSV-Datei mit den Spalten email, location, number (und optional extension), ein Benutzer pro Zeile
help-licences-assign--user = Ein Benutzer, nach E-Mail (mit --location und --number und/oder --extension)
help-licences-assign--number = Eine nicht zugewiesene E.164-Nummer dieses Standorts: wird die primäre Nummer des Benutzers
help-licences-assign--dry-run = Jede Zeile prüfen und nichts ändern; bei einer echten Organisation auch die Anfragen auflisten, die gesendet würden (`--json`: das Feld `requests`)
help-licences-assign--serial = Bei einer echten Organisation: eine Anfrage nach der anderen statt bis zu 8
help-licences-reapply = Eine Vorlage erneut auf vorhandene Benutzer anwenden: jeden erfassten Benutzer ohne Webex Calling lizenzieren (AL06)
help-licences-reapply--no-preserve = „Lizenzen für vorhandene Benutzer beibehalten“ ausschalten: erfasste Benutzer, deren Vorlage Calling nicht gewährt, verlieren es, mit ihren Voicemail-Einstellungen, Nummern und Anrufdiensten, endgültig
help-licences-reapply--yes = --no-preserve bestätigen (ohne dies wird nur die Zahl der betroffenen Benutzer gezeigt)
help-licences-reapply--dry-run = Jede Zeile prüfen und nichts ändern; bei einer echten Organisation auch die Anfragen auflisten, die gesendet würden (`--json`: das Feld `requests`)
help-licences-reapply--serial = Bei einer echten Organisation: eine Anfrage nach der anderen statt bis zu 8

## wxgo login

help-login = Für das Profil bei Webex anmelden (Device Grant: eine URL, ein Code und ein QR-Code)
help-login--client-id = Die Client-ID der Webex-Integration (Standard: client_id des Profils)
help-login--no-qr = Den QR-Code nicht zeichnen

## wxgo logout

help-logout = Die gespeicherte Anmeldung des Profils löschen
help-logout--purge = Auch die zwischengespeicherten Organisationsdaten des Profils löschen

## wxgo whoami

help-whoami = Wer die Webex-Anmeldung ist: Person, Organisation, Rollen, Scopes, Ablauf

## wxgo orgs

help-orgs = Die Organisationen, die diese Webex-Anmeldung verwaltet (Kunden eines Partners), und welche im Cache sind

## wxgo sync

help-sync = Die Webex-Organisation in den Cache des Profils kopieren (--org NAME für den Kunden eines Partners)
help-sync--full = Alles neu lesen: jede Person (nicht nur geänderte) und 30 Tage Prüfereignisse

## wxgo audit

help-audit = Das Prüfprotokoll, die neuesten Einträge zuerst

## wxgo org

help-org = Die Einstellungen der Organisation

## wxgo why

help-why = Warum kann diese Person nicht telefonieren? Alles über sie zusammen, und die wahrscheinlichen Ursachen mit ihrer Abhilfe
help-why--query = Die Person: eine E-Mail, eine Nummer (E.164 oder wie im Land der Organisation gewählt), eine Durchwahl oder eine BroadWorks-Benutzer-ID
help-why--refresh = Bei einer echten Organisation die Angaben zu dieser Person zuerst von Webex lesen (sonst aus der Kopie)

## wxgo bench

help-bench = Die Geschwindigkeitsziele an einer großen Organisation messen (aus einem Release-Build; siehe benches/run.sh)
help-bench--users = Benutzer der gemessenen Organisation (einmal mit `wxgo demo --users N` angelegt)
help-bench--keys = Gemessene Tastendrücke
help-bench--rows = Gemessene Zeilen des Massenimports
help-bench--runs = Läufe jedes gemessenen Prozesses (der Median wird berichtet)
help-bench--dir = Wo die Benchmark-Organisation zwischen den Läufen aufbewahrt wird

## wxgo completions

help-completions = Das Skript für die Shell-Vervollständigung ausgeben: Befehle, Flags, Profile, E-Mails und Geräte-IDs (`source <(wxgo completions bash)`)
help-completions--shell = Die Shell, für die das Vervollständigungsskript ausgegeben wird

## wxgo man

help-man = Die Manpage ausgeben (roff): `wxgo man > wxgo.1`

## wxgo first-frame

help-first-frame = (Benchmark-Hilfe) den Dienst der Konsole öffnen, das erste Bild zeichnen und enden

## wxgo bench-console

help-bench-console = (Benchmark-Hilfe) die Konsole bedienen und ihren höchsten Speicherbedarf in kB ausgeben
