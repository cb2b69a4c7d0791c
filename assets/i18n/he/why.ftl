# מה ש-`wxgo why` ותצוגת "למה?" של הקונסולה אומרים על אדם אחד: כל סיבה סבירה (משפט עם מזהה
# הכלל שלו, שלעולם אינו מתורגם), מה כל בדיקה מצאה וכמה ישנות העובדות. מזהים, מספרים, כתובות
# דוא"ל, שמות, מועדים, המילים של Webex ושל BroadWorks, מקומות ב-Control Hub ופקודות הם משתנים
# ונשארים כפי שהם. ללא תווי כיווניות.

## מה נבדק
why-what-licence = רישיון Webex Calling
why-what-setup = מיקום ומספר או שלוחה
why-what-account = חשבון מפעיל של קו נייד
why-what-device = מכשיר Webex Go
why-what-device-status = מצב מכשיר Webex Go
why-what-code = קוד הפעלה
why-what-broadworks = מנוי BroadWorks
why-what-calls = שיחות אחרונות

## היכן פועל בקונסולה המקש של תיקון
why-place-users-devices-details = משתמשים, מכשירים, פרטי המשתמש
why-place-users-details = משתמשים, פרטי המשתמש
why-place-users = משתמשים
why-place-numbers = מספרים
why-place-broadworks = BroadWorks
why-place-this-view = תצוגה זו

## לפני כמה זמן: $n והיחידה (min, h, days)
why-just-now = זה עתה
why-ago = { $unit ->
        [min] לפני { $n } דק'
        [h] לפני { $n } שע'
       *[days] לפני { $n } ימים
    }
why-in = { $unit ->
        [min] בעוד { $n } דק'
        [h] בעוד { $n } שע'
       *[days] בעוד { $n } ימים
    }

## כמה ישנות העובדות
why-age-local = מסד הנתונים המקומי (האמת), נקרא עכשיו
why-age-copy = העותק של Webex נכון ל-{ $at } ({ $ago })
why-age-refreshed = אדם זה רוענן מ-Webex זה עתה; השאר: { $copy }
why-age-first-sync = הסנכרון הראשון לא הסתיים: הרשימה חלקית; הרץ { $command }
why-note-local = מסד הנתונים המקומי הוא האמת: אין מה לרענן
why-note-accounts = לחשבונות מפעיל אין API ציבורי של Webex: המצב שלהם נמצא ב-Control Hub ({ $place })

## Webex Calling (AL01-AL03)
why-subscriber-only = מנוי BroadWorks, עדיין לא משתמש Webex
why-their-template = התבנית שלו
why-al02-passes = אין רישיון Webex Calling, אף שמספר העבודה { $number } עובר כעת כל בדיקה: התבנית "{ $template }" לא הוחלה מאז (AL02)
why-al02-meant = אין רישיון Webex Calling: { $reason } (AL02); W קובע את מספר העבודה ל-{ $meant }, ואז החל שוב
why-al02 = אין רישיון Webex Calling: { $reason } (AL02); { $fix }
why-no-work-number = אין מספר עבודה
why-al03-template = אין רישיון Webex Calling: תבנית הרישיונות שלו "{ $template }" אינה מעניקה אותו (AL03); הענק אותו בתבנית שמעניקה Calling, ואז הקצה אותה (A)
why-al03-remote = אין רישיון Webex Calling (AL03): תן לו רישיון ב-Control Hub ({ $place }) או עם תבנית רישיונות שמעניקה Calling (A)
why-al03-none = אין רישיון Webex Calling, ואף תבנית רישיונות שמעניקה אותו אינה מכסה אותו (AL03): צור תבנית לקבוצה שלו (K), ואז הקצה אותה (A)
why-no-calling = אין Webex Calling
why-al01-location = אין מיקום: Webex Calling צריך מיקום (AL01); קבע אותו בפקודה users update עם --location
why-al01-number = אין מספר ואין שלוחה: Webex Calling צריך אחד מהם (AL01); תן שלוחה בפקודה users update עם --extension
why-no-location = אין מיקום
why-no-number-no-extension = אין מספר, אין שלוחה
why-setup-number = { $location }, מספר { $number }
why-setup-extension = { $location }, שלוחה { $extension }
why-setup-both = { $location }, מספר { $number }, שלוחה { $extension }

## קווים ניידים (MO02, MO03, MO06)
why-no-mobile = אין מספר נייד
why-mo06 = המספר הנייד { $number } צריך Webex Calling Professional, שאין לו (MO06)
why-mo03 = המספר הנייד { $number } הוא { $state } אף שהוא שלו: הוא הופך ל-ACTIVE כשהוא מוקצה (MO03); M מקצה אותו שוב
why-control-hub-only = ב-Control Hub בלבד בארגון אמיתי
why-mo02-pending-long = חשבון המפעיל { $account } ({ $operator }) ממתין { $hours } שע', יותר מ-48 השעות שזה יכול לקחת (MO02): פנה למפעיל
why-mo02-pending = חשבון המפעיל { $account } ({ $operator }) ממתין { $hours } שע' (MO02): האישור יכול לקחת עד 48 שעות; פנה למפעיל אם זה לוקח יותר
why-mo02-failed = חשבון המפעיל { $account } ({ $operator }) נכשל (MO02): פנה למפעיל
why-mo02-failed-because = חשבון המפעיל { $account } ({ $operator }) נכשל: { $why } (MO02): פנה למפעיל
why-account-status = { $account } { $status }
why-no-account = לא נרשם חשבון מפעיל

## מכשיר Webex Go (WG01, WG04-WG12)
why-no-device = אין מכשיר Webex Go
why-wg01-professional = Webex Go צריך Webex Calling Professional, שאין לו (WG01)
why-wg01-country = המיקום שלו { $location } ({ $country }) אינו מדינה של Webex Go (WG01; נתמכות כאן: { $countries })
why-device-pending = { $device } הפעלה ממתינה
why-device-offline = { $device } לא מקוון
why-device-issues = { $device } מקוון עם בעיות
why-device-online = { $device } מקוון
why-device-unknown = { $device } המצב אינו ידוע
why-webex-says = ; Webex מדווח { $status }
why-wg10-offline = המכשיר { $device } לא מקוון מאז { $since }{ $webex } (WG10): בקש מהמשתמש להפעיל את קו ה-Webex Go ולבדוק את הנתונים הסלולריים; { $lost }
why-wg10-issues = המכשיר { $device } מקוון עם בעיות ש-Webex מדווח: { $codes } (WG10): שיחות עלולות להיכשל; בקש מהמשתמש להפעיל מחדש את הטלפון; { $lost }
why-device-activated = המכשיר מופעל
why-wg12 = Webex לא מסר מצב למכשיר { $device } (WG12): F מרענן אותו מ-Webex
why-lost-control-hub = אם הטלפון אבד: { $place }
why-lost-key = L אם הטלפון אבד (WG08)
why-tried-superseded = קוד שקוד חדש יותר החליף: מסור רק את החדש ביותר
why-tried-expired = קוד שפג תוקפו
why-tried-used = קוד שכבר נוצל
why-tried-revoked = קוד של טלפון שדווח כאבוד או גנוב
why-tried-other = קוד שכבר אינו יכול להפעיל טלפון
why-tried = הטלפון ניסה { $what } ({ $n ->
        [one] ניסיון אחד שנדחה
       *[other] { $n } ניסיונות שנדחו
    }, האחרון { $last }) ({ $rule }): n יוצר קוד חדש
why-wg06-expired = תוקף קוד ההפעלה פג { $ago } ({ $at }) (WG06): n יוצר קוד חדש
why-code-expired = פג תוקף { $at }
why-wg04-valid = הפעלה ממתינה: הקוד (בתוקף עד { $until }) עוד לא הפעיל טלפון (WG04): מסור אותו למשתמש, או n יוצר קוד חדש אם הוא אבד
why-wg04-valid-issued = הפעלה ממתינה: הקוד (הונפק { $issued }, בתוקף עד { $until }) עוד לא הפעיל טלפון (WG04): מסור אותו למשתמש, או n יוצר קוד חדש אם הוא אבד
why-code-valid = בתוקף עד { $until }
why-wg11 = הפעלה ממתינה שוב אחרי שהטלפון הופעל: קו ה-Webex Go הוסר מהטלפון (WG11): n יוצר קוד לטלפון
why-code-used = אין קוד בתוקף: האחרון נוצל
why-wg04-remote = הפעלה ממתינה; Webex הנפיק את הקודים, ולכן wxgo אינו יכול לדעת אם אחד מהם עדיין בתוקף (WG04): n יוצר קוד חדש
why-wg04-none = הפעלה ממתינה ללא קוד הפעלה בתוקף (WG04, WG05): n יוצר קוד חדש
why-code-none = אין קוד בתוקף

## BroadWorks (BW01, BW03, BW04); $text הוא התיאור של BroadWorks עצמו
why-no-subscriber = אין מנוי BroadWorks
why-subscriber-status = { $id } { $status }
why-no-description = אין תיאור
why-bw01 = שגיאת BroadWorks { $code }: { $text } תבנית הלקוח "{ $template }" אינה מקבלת כתובות דוא"ל לא מהימנות עם קישור ההפעלה (BW01): תקן את התבנית ב-Control Hub, ואז נסה שוב
why-bw04 = שגיאת BroadWorks { $code }: { $text } (BW04): { $advice }
why-bw04-email = R מנסה שוב את ההפעלה עם כתובת דוא"ל שאין לאף משתמש Webex אחר, בדומיין מותר
why-bw04-retry = R מנסה שוב את ההפעלה
why-bw03-email-input = מנוי BroadWorks { $id } ממתין מאז { $since } לכתובת דוא"ל בפורטל ההפעלה (BW03): R מקצה אותו עם כתובת
why-bw03-validation = מנוי BroadWorks { $id } ממתין מאז { $since } לכך שהמשתמש יאשר את { $email } (BW03): בקש ממנו לפתוח את הדוא"ל; R מנסה שוב
why-their-email = כתובת הדוא"ל שלו
why-bw03-migration = מנוי BroadWorks { $id } ממתין מאז { $since } להעברת המשתמש (BW03): R מנסה שוב את ההפעלה
why-bw03-provisioning = מנוי BroadWorks { $id }: { $status } מאז { $since }: ההקצאה התחילה ולא הסתיימה (BW03)

## שיחות (WG15)
why-calls-recent = { $n ->
        [one] שיחה אחרונה אחת
       *[other] { $n } שיחות אחרונות
    }, { $go } עם Webex Go (MOBILE_NETWORK); האחרונה { $last }
why-calls-none = אין רשומות שיחה (ייבא אותן בפקודה calls import)

## על מי שואלים
why-neither = "{ $query }" אינו כתובת דוא"ל, מספר טלפון או שלוחה: תן אחד מהם (למשל dana@example.com, +12145550100 או 4100)
why-held-by-service = { $number } שייך ל-{ $service }, לא לאדם: אין על מי לשאול
why-held-by-many = "{ $query }" שייך ל-{ $n } אנשים: { $names }. שאל על אחד מהם לפי דוא"ל, למשל { $command }.
why-held-by-ten = "{ $query }" שייך ל-10 אנשים או יותר: { $names }. שאל על אחד מהם לפי דוא"ל, למשל { $command }.
why-subscriber-named = מנוי BroadWorks { $id }

## רענון אדם אחד מ-Webex ($command: הסנכרון שמעדכן את העותק)
why-not-in-copy = { $email } אינו בעותק של Webex (אין מזהה Webex): הרץ { $command } ושאל שוב
why-gone = { $email } כבר אינו ב-Webex: הרץ { $command } כדי לעדכן את העותק
why-the-person = האדם
why-many-devices = Webex מציג עבורו { $n } מכשירי Webex Go; מוצג הראשון
why-number-not-in-copy = { $number } עדיין אינו בעותק: הרץ { $command } כדי לראות אותו
why-subscriber-unknown-status = Webex נתן למנוי ה-BroadWorks מצב ש-wxgo אינו מכיר ({ $status })
why-subscriber-gone = ל-Webex כבר אין את מנוי ה-BroadWorks: הרץ { $command } כדי לעדכן את העותק
