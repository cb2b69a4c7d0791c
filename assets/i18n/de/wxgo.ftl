# wxgo auf Deutsch. Begriffe wie in Webex' Hilfeartikeln (glossary.md nennt die Quelle).

## Datum und Uhrzeit
fmt-date = %d.%m.%Y
fmt-datetime = %d.%m.%Y %H:%M UTC

## Anzahlen
count-users = { $n ->
    [one] { $n } Benutzer
   *[other] { $n } Benutzer
}

## Bereiche
pane-users = Benutzer
pane-devices = Geräte
pane-numbers = Nummern
pane-broadworks = BroadWorks-Status

## Webex Go-Gerätestatus (WG10)
status-activation-pending = Aktivierung ausstehend
status-online = Online
status-offline = Offline
status-unknown = Status unbekannt
