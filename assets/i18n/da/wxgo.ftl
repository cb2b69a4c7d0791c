# wxgo på dansk. Udtryk som i Webex' hjælpeartikler (glossary.md nævner kilden).

## Dato og klokkeslæt
fmt-date = %d.%m.%Y
fmt-datetime = %d.%m.%Y kl. %H.%M UTC

## Antal
count-users = { $n ->
    [one] { $n } bruger
   *[other] { $n } brugere
}

## Ruder
pane-users = Brugere
pane-devices = Enheder
pane-numbers = Numre
pane-broadworks = BroadWorks-status

## Webex Go-enhedsstatus (WG10)
status-activation-pending = Afventer aktivering
status-online = Online
status-offline = Offline
status-unknown = Status ukendt
