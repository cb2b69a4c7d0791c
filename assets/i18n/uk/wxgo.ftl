# wxgo українською. Терміни як у довідкових статтях Webex (glossary.md називає джерело).

## Дата й час
fmt-date = %d.%m.%Y
fmt-datetime = %d.%m.%Y %H:%M UTC

## Кількість
count-users = { $n ->
    [one] { $n } користувач
    [few] { $n } користувачі
   *[many] { $n } користувачів
}

## Панелі
pane-users = Користувачі
pane-devices = Пристрої
pane-numbers = Номери
pane-broadworks = Стан BroadWorks

## Стан пристрою Webex Go (WG10)
status-activation-pending = Очікування активації
status-online = Онлайн
status-offline = Офлайн
status-unknown = Стан невідомий
