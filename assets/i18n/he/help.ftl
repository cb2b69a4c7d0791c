# העזרה של שורת הפקודה עצמה (`wxgo --help`, `wxgo devices import --help`), בעברית; שגיאות
# השימוש של clap נמצאות ב-cli.ftl. המזהים הולכים לפי נתיב הפקודה (`help-devices-import`), `--` ומזהה הארגומנט
# (`help-devices-import--codes-file`). פקודות, דגלים, שמות ערכים (FILE, NAME), משתני סביבה,
# נתיבים, מזהי כללים וכתובות URL נשארים כמות שהם. ה-CLI כותב עברית בסדר לוגי.

## מה ש-clap עצמו אומר סביב העזרה: כותרות, הערות, דגלי העזרה והגרסה והפקודה `help`.

clap-commands = פקודות
clap-arguments = ארגומנטים
clap-options = אפשרויות
clap-env = משתנה סביבה
clap-default = ברירת מחדל
clap-possible-values-heading = ערכים אפשריים
clap-help-flag = הצג עזרה
clap-help-flag-more = הצג עזרה (עוד עם '--help')
clap-help-flag-summary = הצג עזרה (תקציר עם '-h')
clap-version-flag = הצג גרסה
clap-help-command = הצג את העזרה הזו או את העזרה של פקודות המשנה שצוינו
clap-help-command-arg = הצג את העזרה של פקודות המשנה

## wxgo, והדגלים שכל פקודה מקבלת

help-wxgo = מסוף בטרמינל למנהלי Webex Calling
help-wxgo-long = wxgo: מכשירי Webex Go, מספרים של מפעילים סלולריים, flow-through של BroadWorks והקצאת רישיונות, מהמקלדת. ללא פקודת משנה הוא פותח את המסוף.
help-wxgo--db = קובץ מסד הנתונים (ברירת מחדל: $XDG_DATA_HOME/wxgo/wxgo.db)
help-wxgo--read-only = פתח את מסד הנתונים לקריאה בלבד: כל פעולה שמשנה נדחית
help-wxgo--org = הארגון, כשמסד הנתונים מכיל כמה (כמו של שותף)
help-wxgo--json = פלט קריא למכונה
help-wxgo--output = איך רשימות מודפסות: table (בטרמינל, מותאם לרוחבו), wide (כל עמודה במלואה) או json
help-wxgo--output--table = טבלה; בטרמינל, מותאמת לרוחבו (שמות מקוצרים עם `…`, העמודות הכי פחות שימושיות מושמטות)
help-wxgo--output--wide = טבלה עם כל עמודה במלואה, רחבה ככל שתהיה
help-wxgo--output--json = JSON, כמו --json
help-wxgo--clipboard = לוח להעתקת קודים במסוף: auto, native, osc52, tmux או off
help-wxgo--demo = השתמש בארגון ההדגמה (demo.db ליד מסד הנתונים; נוצר בשימוש הראשון), עם המסוף או כל פקודה
help-wxgo--keymap = קובץ מיפוי מקשים למסוף (ברירת מחדל: $XDG_CONFIG_HOME/wxgo/keymap.toml)
help-wxgo--profile = הפרופיל מ-config.toml (אחרת WXGO_PROFILE, אחרת default_profile; אף אחד: מסד הנתונים המקומי)
help-wxgo--token-env = קח את אסימון Webex ממשתנה הסביבה הזה במקום מ-WEBEX_TOKEN (לעולם לא נכתב לדיסק)
help-wxgo--trace = כתוב ל-FILE שורה לכל בקשת API של Webex: שיטה, נתיב, מצב, משך, trackingId (לעולם לא אסימון)
help-wxgo--lang = השפה: en, de, da, uk או he (אחרת lang מהתצורה, ואז LC_ALL, LC_MESSAGES, LANG)
help-wxgo--bidi = טקסט מימין לשמאל (עברית): app (wxgo מסדר אותו; xterm, tmux, רוב לקוחות SSH) או terminal (הטרמינל מסדר; מבוססי VTE)

## wxgo demo

help-demo = צור את ארגון ההדגמה (כ-60 משתמשים, או --users N לארגון גדול יותר)
help-demo--force = החלף את מסד הנתונים אם הוא קיים

## wxgo users

help-users = משתמשים
help-users-list = הצג משתמשים (שם, דוא"ל, מיקום, רישיונות, מספר ראשי, מצב Webex Go)
help-users-list--filter = שם, דוא"ל, מיקום או מספר כפי שהוקלד (E.164, צורה לאומית, שלוחה)
help-users-list--limit = לכל היותר שורות כמספר הזה (0 = הכול)
help-users-list--offset = דלג על שורות כמספר הזה
help-users-list--not-provisioned = רק משתמשים שלא קיבלו Webex Calling, עם הסיבה והתיקון (AL04)
help-users-show = משתמש אחד: מספרים, מכשיר, היסטוריית קודים, רשומות ביקורת אחרונות
help-users-export = רשימת המשתמשים כפי ש-Control Hub מייצא אותה (user.csv), עם `Webex Calling VAR Professional` (AL04)
help-users-export--out = כתוב לקובץ הזה במקום לפלט התקני
help-users-set-work-number = רשום מספר עבודה מתוקן (E.164); ואז החל שוב את התבנית (AL04, AL05)
help-users-update = שנה את מספר העבודה, השלוחה ו/או המיקום של משתמש (בארגון אמיתי דרך people API של Webex: נדחה אם האדם השתנה ב-Webex מאז הסנכרון האחרון)
help-users-update--work-number = מספר העבודה (E.164)
help-users-update--extension = השלוחה (2 עד 10 ספרות, ייחודית במיקום)
help-users-update--location = המיקום, לפי שם

## wxgo devices

help-devices = מכשירי Webex Go
help-devices-list = הצג מכשירי Webex Go עם המצב האמיתי שלהם (WG12)
help-devices-list--status--pending = הפעלה ממתינה (אפור)
help-devices-list--status--online = מקוון (ירוק)
help-devices-list--status--offline = לא מקוון (אדום)
help-devices-list--status--unknown = מצב לא ידוע: Webex לא מסר מצב (רק מכשירים של ארגון אמיתי)
help-devices-list--filter = שם, דוא"ל, מיקום או מספר כפי שהוקלד (E.164, לאומי, שלוחה)
help-devices-list--sort--added = כפי שנוספו
help-devices-list--sort--status = לא מקוונים תחילה, אחריהם הפעלה ממתינה עם קוד שפג, ואז ממתינים
help-devices-list--sort--expired = הפעלה ממתינה עם קוד שפג תחילה, זה שפג מזמן ביותר ראשון
help-devices-list--sort--name = לפי שם הבעלים
help-devices-list--limit = לכל היותר שורות כמספר הזה (0 = הכול)
help-devices-list--offset = דלג על שורות כמספר הזה
help-devices-show = מכשיר אחד
help-devices-choices = מה נדרש כדי להוסיף מכשיר למשתמש הזה: בחירת מינוי ומספר (WG01-WG03)
help-devices-add = הוסף מכשיר Webex Go למשתמש וצור קוד הפעלה (WG01-WG04)
help-devices-add--subscription = נדרש כשלכמה מינויים יש רישיונות Webex Go (WG02)
help-devices-add--number = נדרש כשאין למשתמש מספר ראשי: מספר לא מוקצה במיקום של המשתמש (WG03)
help-devices-add--no-email = אל תשלח את הקוד בדוא"ל (העתק או הדפס אותו במקום)
help-devices-add--letter = כתוב גם מכתב הפעלה בעמוד PDF אחד (והדפס אותו כשמוגדרת מדפסת)
help-devices-add--letter-lang = השפה של המכתב והדוא"ל, לעובד שקורא שפה אחרת משלך: en, de, da, uk או he (ברירת מחדל: --lang, lang מהתצורה, הגדרות האזור)
help-devices-new-code = צור קוד הפעלה חדש; כל קוד קודם מפסיק לפעול (WG05)
help-devices-new-code--letter = כתוב גם מכתב הפעלה בעמוד PDF אחד (והדפס אותו כשמוגדרת מדפסת)
help-devices-new-code--letter-lang = השפה של המכתב והדוא"ל, לעובד שקורא שפה אחרת משלך: en, de, da, uk או he (ברירת מחדל: --lang, lang מהתצורה, הגדרות האזור)
help-devices-lost-stolen = הטלפון אבד או נגנב: השבת את הקו שלו וצור פרטי הפעלה חדשים (WG08); שואל תחילה, או --yes
help-devices-lost-stolen--letter = כתוב גם מכתב הפעלה בעמוד PDF אחד (והדפס אותו כשמוגדרת מדפסת)
help-devices-lost-stolen--letter-lang = השפה של המכתב והדוא"ל, לעובד שקורא שפה אחרת משלך: en, de, da, uk או he (ברירת מחדל: --lang, lang מהתצורה, הגדרות האזור)
help-devices-lost-stolen--yes = המשך בלי לשאול (נדרש כשאין טרמינל): אי אפשר לשחזר את הקו של הטלפון האבוד
help-devices-delete = מחק את המכשיר; הרישיון שלו חוזר למאגר (WG09); שואל תחילה, או --yes
help-devices-delete--yes = המשך בלי לשאול (נדרש כשאין טרמינל): אי אפשר לשחזר מכשיר שנמחק
help-devices-template = תבנית ה-CSV להוספת מכשירים רבים, עם עמודות המינוי (WG13)
help-devices-import = הוסף מכשיר Webex Go לכל שורה בקובץ CSV (WG13): הכול או כלום ב-backend המקומי; בארגון אמיתי בקשה אחת לכל שורה, והרצה שנעצרה ממשיכה
help-devices-import--file = קובץ ה-CSV (מ-`wxgo devices template`, ממולא בגיליון אלקטרוני)
help-devices-import--dry-run = בדוק כל שורה ואל תשנה דבר
help-devices-import--email-codes = שלח לכל משתמש את הקוד בדוא"ל (נדחה כשהארגון חוסם הודעות דוא"ל)
help-devices-import--no-email = אל תשלח את הקודים בדוא"ל (מסור אותם עם --codes-file או במכתבים)
help-devices-import--codes-file = כתוב את קודי ההפעלה לקובץ ה-CSV הזה (קריא רק לך): המקום היחיד שאליו הם הולכים
help-devices-import--serial = ארגונים אמיתיים: שלח את הבקשות אחת אחת (ברירת מחדל: 8 לכל היותר בבת אחת)
help-devices-import--letter-lang = השפה של הודעות הדוא"ל עם הקודים: en, de, da, uk או he (ברירת מחדל: --lang, lang מהתצורה, הגדרות האזור)
help-devices-letter = מכתב הפעלה בעמוד PDF אחד עבור הקוד הנוכחי של המכשיר (מודפס כשמוגדר)
help-devices-letter--device = המכשיר (go-12) או הדוא"ל של בעליו
help-devices-letter--code = קוד ההפעלה הנוכחי של המכשיר, כפי שנוצר (`-` קורא אותו מהקלט התקני)
help-devices-letter--out = קובץ ה-PDF לכתיבה (קריא רק לך)
help-devices-letter--letter-lang = שפת המכתב, לעובד שקורא שפה אחרת משלך: en, de, da, uk או he (ברירת מחדל: --lang, lang מהתצורה, הגדרות האזור)

## wxgo numbers

help-numbers = מלאי המספרים
help-numbers-list = הצג את מלאי המספרים
help-numbers-list--mobile = רק מספרי נייד (התג Webex Mobile)
help-numbers-list--filter = המספר כפי שהוקלד (E.164 או צורה לאומית), מיקום, בעלים או השלוחה של הבעלים
help-numbers-list--limit = לכל היותר שורות כמספר הזה (0 = הכול)
help-numbers-list--offset = דלג על שורות כמספר הזה
help-numbers-add-mobile = הוסף מספרי נייד (מופרדים בפסיקים, 20 לכל היותר) תחת חשבון מפעיל מאושר (MO02, MO03)
help-numbers-add-mobile-long =
    הוסף מספרי נייד (מופרדים בפסיקים, 20 לכל היותר) תחת חשבון מפעיל מאושר (MO02, MO03)

    בארגון אמיתי חשבונות המפעיל שייכים ל-Control Hub (אין API ציבורי): ציין את המיקום; Webex מאמת כל מספר, והם נוספים 20 בכל בקשה (100 לכל היותר).
help-numbers-add-mobile--account = מזהה חשבון המפעיל (backend מקומי)
help-numbers-add-mobile--location = המיקום (שם או מזהה Webex): הדרך של ארגון אמיתי; מקומית, חשבון המפעיל שלו
help-numbers-add-mobile--numbers = NUMBER[,NUMBER...]
help-numbers-add-mobile--check = רק אמת: הצג את המצב של כל מספר ואל תוסיף דבר
help-numbers-assign-primary = הפוך מספר נייד למספר הראשי של המשתמש; מכשיר Webex Go של המפעיל הסלולרי עובר איתו (MO05, MO06)
help-numbers-assign-primary--subscription = מינוי Webex Go, כשלכמה יש רישיונות (WG02)
help-numbers-assignable = מספרי נייד לא מוקצים שאפשר לתת למשתמש הזה (מהמיקום של המשתמש)

## wxgo subscriptions

help-subscriptions = מינויים ומאגרי רישיונות Webex Go שלהם
help-subscriptions-list = מינויים עם רישיונות Webex Go: מאגר, בשימוש, פנויים

## wxgo operator-accounts

help-operator-accounts = חשבונות מפעיל סלולרי לפי מיקום (Webex Go דרך מפעיל סלולרי)
help-operator-accounts-add = בקש חשבון מפעיל למיקום; המזהה מוקלד פעמיים וקבוע לאחר האישור (MO01)
help-operator-accounts-add--yes = אשר: אי אפשר לשנות את מזהה חשבון המפעיל אחר כך
help-operator-accounts-list = חשבונות מפעיל עם מצב האישור שלהם ומה לעשות (MO02)

## wxgo operator

help-operator = הצד של המפעיל הסלולרי: אשר או דחה בקשה לחשבון
help-operator-authorize = המפעיל מאשר את החשבון: עכשיו אפשר להוסיף מספרים
help-operator-reject = המפעיל דוחה את החשבון

## wxgo phone

help-phone = הצד של הטלפון: מה המשתמש עושה בטלפון
help-phone-activate = הטלפון מממש קוד הפעלה: המכשיר הופך למקוון
help-phone-disable = המשתמש משבית את קו Webex Go בטלפון: לא מקוון
help-phone-enable = המשתמש מפעיל אותו שוב: מקוון
help-phone-remove-line = המשתמש מסיר את הקו מהטלפון: הפעלה ממתינה (WG11)

## wxgo broadworks

help-broadworks = הקצאה ב-flow-through של BroadWorks
help-broadworks-list = מנויים עם מזהה BroadWorks, חבילה, מצב ושגיאה (BW03)
help-broadworks-list--exclude-provisioned = רק אלה שממתינים או בשגיאה (BW05)
help-broadworks-export = רשימת המנויים כ-CSV בפלט התקני, או אל --out FILE (BW05)
help-broadworks-retry = נסה שוב את ההפעלה: הזן דוא"ל תקף וצרף את המנוי (BW04)
help-broadworks-delete = מחק את המנוי כדי שהמשתמש יוכל לנסות שוב אחרי שינוי תצורה (BW04)
help-broadworks-package = שנה סוג חבילה: softphone, basic, standard או premium (BW04)
help-broadworks-error = הדפס את טקסט השגיאה של המנוי (BW04 "העתק טקסט שגיאה")
help-broadworks-templates = תבניות לקוח והאם הן מוגדרות ל-flow-through עם דוא"ל לא מהימן (BW01)

## wxgo portal

help-portal = הצד של המשתמש ב-flow-through של BroadWorks: פורטל ההפעלה
help-portal-claim = המשתמש תובע חשבון BroadWorks על ידי הקלדת דוא"ל בפורטל ההפעלה
help-portal-verify = המשתמש מאמת את הדוא"ל: ההקצאה רצה ומסתיימת כמוקצה או בשגיאה

## wxgo mail

help-mail = תור הדואר: הודעות שממתינות בתיבת הדואר היוצא, ושליחתן ב-SMTP (WG04)
help-mail-list = ההודעות שממתינות בתיבת הדואר היוצא
help-mail-retry = שלח את ההודעות שבתור דרך שרת ה-SMTP; הודעות שנשלחו עוברות ל-outbox/sent/

## wxgo calls

help-calls = רשומות שיחה מדוח היסטוריית השיחות המפורטת של Webex (WG15)
help-calls-import = ייבא את דוח היסטוריית השיחות המפורטת של Webex (CSV)
help-calls-list = רשומות שיחה, החדשות ראשונות
help-calls-list--user = רק השיחות של המשתמש הזה
help-calls-list--webex-go = רק שיחות Webex Go (סוג לקוח משנה MOBILE_NETWORK, WG15)

## wxgo directory

help-directory = סנכרון ספרייה: משתמשים וה-Webex Calling שלהם מייצוא ספרייה (AL02, AL05)
help-directory-template = הדפס את כותרת ה-CSV שחייבת להיות לייצוא ספרייה: דוא"ל, שם תצוגה, מספר טלפון בעבודה, מחלקה
help-directory-sync = צור ועדכן משתמשים מייצוא ספרייה (CSV); משתמשים שהתבנית שלהם מעניקה Webex Calling מקבלים אותו כשמספר העבודה שלהם עובר כל בדיקה (AL02); משתמשים מוקצים שומרים על ההגדרה שלהם (AL05)
help-directory-sync--file = ייצוא הספרייה (CSV ב-UTF-8, עם הכותרת ש-`wxgo directory template` מדפיס)
help-directory-sync--dry-run = בדוק כל שורה ואל תשנה דבר; בארגון אמיתי הצג גם את הבקשות שהיו נשלחות (`--json`: השדה `requests`)
help-directory-sync--serial = בארגון אמיתי: בקשה אחת בכל פעם במקום עד 8

## wxgo licences

help-licences = תבניות רישיונות: הצג אותן, הקצה אחת ידנית, החל אחת שוב על משתמשים קיימים (AL01, AL03, AL06)
help-licences-templates = תבניות רישיונות, לכל הארגון או לקבוצה, והמשתמשים שכל אחת מכסה (AL03)
help-licences-template-save = צור תבנית רישיונות, או שנה את זו בשם הזה (AL03). משתמשים שומרים את הרישיונות שיש להם; התבנית קובעת מה סנכרון, הקצאה והחלה חוזרת נותנים מעכשיו
help-licences-template-save--name = שם התבנית
help-licences-template-save--group = למשתמשים בקבוצת הספרייה הזו (מחלקה)
help-licences-template-save--org-wide = לכל הארגון (תבנית חדשה היא כזו, אלא אם צוין --group)
help-licences-template-save--calling = מעניקה Webex Calling Professional
help-licences-template-save--no-calling = לא מעניקה Webex Calling (תבנית חדשה לא מעניקה, אלא אם צוין --calling)
help-licences-template-save--licences = רישיונות אחרים שהיא מעניקה, מופרדים בפסיקים: calling_basic, meetings, messaging ("" לאף אחד); אפשרות שהושמטה שומרת את מה שיש בתבנית
help-licences-template-delete = מחק תבנית רישיונות; אף משתמש לא מאבד רישיון שיש לו
help-licences-template-delete--name = שם התבנית
help-licences-assign = הקצאה ידנית: תן רישיון למשתמשים מכוסים, לכל אחד מיקום ומספר ו/או שלוחה (AL01, AL03)
help-licences-assign--template = תבנית הרישיונות (עליה להעניק Webex Calling)
help-licences-assign--from = קובץ CSV עם העמודות email, location, number (ו-extension לפי הצורך), משתמש אחד בכל שורה
help-licences-assign--user = משתמש אחד, לפי דוא"ל (עם --location, וגם --number ו/או --extension)
help-licences-assign--number = מספר E.164 לא מוקצה באותו מיקום: הופך למספר הראשי של המשתמש
help-licences-assign--dry-run = בדוק כל שורה ואל תשנה דבר; בארגון אמיתי הצג גם את הבקשות שהיו נשלחות (`--json`: השדה `requests`)
help-licences-assign--serial = בארגון אמיתי: בקשה אחת בכל פעם במקום עד 8
help-licences-reapply = החל שוב תבנית על משתמשים קיימים: תן רישיון לכל משתמש מכוסה ללא Webex Calling (AL06)
help-licences-reapply--no-preserve = כבה את "שמור רישיונות למשתמשים קיימים": משתמשים מכוסים שהתבנית שלהם לא מעניקה Calling מאבדים אותו, עם הגדרות הדואר הקולי, המספרים ושירותי השיחות שלהם, לצמיתות
help-licences-reapply--yes = אשר את --no-preserve (בלעדיו מוצג רק מספר המשתמשים שהיו נפגעים)
help-licences-reapply--dry-run = בדוק כל שורה ואל תשנה דבר; בארגון אמיתי הצג גם את הבקשות שהיו נשלחות (`--json`: השדה `requests`)
help-licences-reapply--serial = בארגון אמיתי: בקשה אחת בכל פעם במקום עד 8

## wxgo login

help-login = התחבר ל-Webex עבור הפרופיל (device grant: כתובת URL, קוד וקוד QR)
help-login--client-id = מזהה הלקוח של אינטגרציית Webex (ברירת מחדל: client_id של הפרופיל)
help-login--no-qr = אל תצייר את קוד ה-QR

## wxgo logout

help-logout = מחק את ההתחברות השמורה של הפרופיל
help-logout--purge = מחק גם את נתוני הארגון השמורים במטמון של הפרופיל

## wxgo whoami

help-whoami = מי ההתחברות ל-Webex: אדם, ארגון, תפקידים, הרשאות, תפוגה

## wxgo orgs

help-orgs = הארגונים שההתחברות הזו ל-Webex מנהלת (לקוחות של שותף), ואילו מהם במטמון

## wxgo sync

help-sync = העתק את ארגון Webex למטמון של הפרופיל (--org NAME ללקוח של שותף)
help-sync--full = קרא הכול מחדש: כל אדם (לא רק אלה שהשתנו) ו-30 ימים של אירועי ביקורת

## wxgo audit

help-audit = יומן הביקורת, החדשות ראשונות

## wxgo org

help-org = ההגדרות של הארגון

## wxgo why

help-why = למה האדם הזה לא יכול להתקשר? כל מה שידוע עליו יחד, והסיבות הסבירות עם התיקון שלהן
help-why--query = האדם: דוא"ל, מספר (E.164 או כפי שמחייגים במדינת הארגון), שלוחה או מזהה משתמש BroadWorks
help-why--refresh = בארגון אמיתי, קרא תחילה את הפרטים של האדם הזה מ-Webex (אחרת מהעותק)

## wxgo bench

help-bench = מדוד את יעדי המהירות על ארגון גדול (הרץ מ-build של release; ראה benches/run.sh)
help-bench--users = משתמשי הארגון הנמדד (נבנה פעם אחת עם `wxgo demo --users N`)
help-bench--keys = הקשות מקשים שנמדדות
help-bench--rows = שורות של הייבוא בכמות שנמדדות
help-bench--runs = הרצות של כל תהליך שנמדד (החציון מדווח)
help-bench--dir = היכן ארגון המדידה נשמר בין הרצות

## wxgo completions

help-completions = הדפס את סקריפט ההשלמה של המעטפת: פקודות, דגלים, פרופילים, כתובות דוא"ל ומזהי מכשירים (`source <(wxgo completions bash)`)
help-completions--shell = המעטפת שעבורה להדפיס את סקריפט ההשלמה

## wxgo man

help-man = הדפס את דף ה-man (roff): `wxgo man > wxgo.1`

## wxgo first-frame

help-first-frame = (עזר למדידה) פתח את השירות של המסוף, צייר את המסגרת הראשונה וצא

## wxgo bench-console

help-bench-console = (עזר למדידה) הפעל את המסוף והדפס את שיא הזיכרון שלו ב-kB
