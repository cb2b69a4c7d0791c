# wxgo's messages in English: the reference every other language is held to (the same ids,
# the same variables). Terms from Webex's help articles are kept as Control Hub shows them.

## Dates and times (chrono's strftime patterns)
fmt-date = %Y-%m-%d
fmt-datetime = %Y-%m-%d %H:%M UTC

## Counts
count-users = { $n ->
    [one] { $n } user
   *[other] { $n } users
}

## The panes (tabs)
pane-users = Users
pane-devices = Devices
pane-numbers = Numbers
pane-broadworks = BroadWorks Status

## Webex Go device status (WG10): the words Control Hub uses
status-activation-pending = Activation pending
status-online = Online
status-offline = Offline
status-unknown = Status unknown
