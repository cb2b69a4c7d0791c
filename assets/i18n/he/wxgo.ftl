# wxgo בעברית. המונחים כמו במאמרי העזרה של Webex (glossary.md מציין את המקור).

## תאריך ושעה
fmt-date = %d.%m.%Y
fmt-datetime = %d.%m.%Y %H:%M UTC

## ספירה
count-users = { $n ->
    [one] משתמש אחד
    [two] שני משתמשים
   *[other] { $n } משתמשים
}

## חלוניות
pane-users = משתמשים
pane-devices = מכשירים
pane-numbers = מספרים
pane-broadworks = מצב BroadWorks

## מצב מכשיר Webex Go (WG10)
status-activation-pending = הפעלה ממתינה
status-online = מקוון
status-offline = לא מקוון
status-unknown = המצב אינו ידוע
