# מה שהמסוף מציג, בעברית. המונחים כמו במאמר העזרה של Webex (glossary.md).
# מזהי כללים (WG05), מקשים, פקודות, מספרים וכתובות דוא"ל נשארים כמו שהם.

## היכן המקשים פועלים
ctx-users = משתמשים
ctx-devices = מכשירים
ctx-numbers = מספרים
ctx-broadworks = מצב BroadWorks
ctx-details = פרטים
ctx-activation = פרטי הפעלה
ctx-filter = המסנן
ctx-help = העזרה
ctx-messages = יומן ההודעות
ctx-palette = רשימת הפקודות
ctx-confirm = אישור
ctx-choice = בחירה
ctx-search = חיפוש משתמש
ctx-form = טופס
ctx-progress = ריצה ארוכה
ctx-report = דוח
ctx-proceed = דוח של הרצת ניסיון
ctx-why = למה המשתמש הזה לא יכול להתקשר?
places-panes-and-details = חלוניות ופרטים

## טבלת הפעולות: hint-<name> בשורה התחתונה, desc-<name> בעזרה
hint-up = למעלה
desc-up = העבר את הבחירה למעלה
hint-down = למטה
desc-down = העבר את הבחירה למטה
hint-top = התחלה
desc-top = לשורה הראשונה
hint-bottom = סוף
desc-bottom = לשורה האחרונה
hint-page_up = עמוד למעלה
desc-page_up = גלול עמוד למעלה
hint-page_down = עמוד למטה
desc-page_down = גלול עמוד למטה
hint-next_pane = החלונית הבאה
desc-next_pane = עבור לחלונית הבאה
hint-previous_pane = החלונית הקודמת
desc-previous_pane = עבור לחלונית הקודמת
hint-pane_users = משתמשים
desc-pane_users = הצג את החלונית משתמשים
hint-pane_devices = מכשירים
desc-pane_devices = הצג את החלונית מכשירים (כל מכשירי Webex Go)
hint-pane_numbers = מספרים
desc-pane_numbers = הצג את החלונית מספרים (מלאי המספרים)
hint-pane_broadworks = BroadWorks
desc-pane_broadworks = הצג את החלונית מצב BroadWorks
hint-filter = סינון
desc-filter = סנן את החלונית לפי שם, דוא"ל, מספר או מיקום (בעזרה: חיפוש בעזרה)
hint-details = פתח
desc-details = פתח את השורה שנבחרה: מספרים, מכשיר, היסטוריית קודים, רישיונות, ביקורת
hint-back = חזרה
desc-back = חזרה: סגור תצוגה או חלון, נקה את המסנן
hint-add_device = הוסף Go
desc-add_device = הוסף מכשיר Webex Go (משתמשים: למשתמש שנבחר; מכשירים: חפש משתמש קיים) (WG01-WG04, WG14)
hint-new_code = קוד חדש
desc-new_code = צור קוד הפעלה חדש; כל קוד קודם מפסיק לפעול (WG05)
hint-lost_stolen = אבד/נגנב
desc-lost_stolen = אבדו/נגנבו: השבת לצמיתות את הקו העסקי בטלפון האבוד וצור קוד חדש (WG08)
hint-delete_device = מחק
desc-delete_device = מחק את מכשיר Webex Go; הרישיון שלו חוזר למאגר הזמין (WG09)
hint-copy_code = העתק קוד
desc-copy_code = העתק את קוד ההפעלה ללוח
hint-print_letter = הדפס מכתב
desc-print_letter = כתוב את מכתב ההפעלה בעמוד PDF אחד (ועותק טקסט) לקבצים פרטיים, שלח אותו לפקודת ההדפסה אם הוגדרה, ואמור היכן
hint-email_code = שלח שוב
desc-email_code = שלח שוב את קוד ההפעלה למשתמש בדוא"ל (WG04)
hint-sort_devices = מיון
desc-sort_devices = סדר את המכשירים: כפי שנוספו, לא מקוונים תחילה (אחריהם ממתינים עם קוד שפג), קודים שפגו תחילה, לפי שם
hint-device_status_filter = מצב
desc-device_status_filter = הצג רק מכשירים במצב אחד: לא מקוון, הפעלה ממתינה, מקוון, או הכול
hint-toggle_mobile_only = נייד בלבד
desc-toggle_mobile_only = הצג רק מספרי נייד (Webex Mobile) או כל מספר (MO04)
hint-toggle_exclude_provisioned = ללא מוכנים
desc-toggle_exclude_provisioned = הצג רק מנויים ממתינים או בשגיאה, או את כולם (BW05)
hint-operator_accounts = חשבונות
desc-operator_accounts = הצג את חשבונות המפעיל (מיקום, מפעיל, מזהה חשבון, ממתין/נכשל/מאושר ומה לעשות) או שוב את המספרים (MO02)
hint-add_operator_account = חשבון חדש
desc-add_operator_account = בקש חשבון מפעיל למיקום: מפעיל ומזהה חשבון מוקלד פעמיים; אי אפשר לשנות את המזהה אחר כך (MO01)
hint-add_mobile_numbers = מספרי נייד
desc-add_mobile_numbers = הוסף מספרי נייד תחת חשבון מפעיל מאושר: מופרדים בפסיקים, 20 לכל היותר, כל אחד נבדק בזמן ההקלדה (MO02, MO03)
hint-assign_mobile_primary = נייד ראשי
desc-assign_mobile_primary = הפוך מספר נייד פנוי במיקום המשתמש למספר הראשי; הישן חוזר למאגר ומכשיר Webex Go עובר איתו (MO05, MO06)
hint-bw_retry = נסה שוב
desc-bw_retry = נסה שוב הפעלה של מנוי בשגיאה או ממתין: הזן דוא"ל תקף, ואז צרף (BW04)
hint-bw_delete = מחק משתמש
desc-bw_delete = מחק מנוי בשגיאה או ממתין, כדי שהמשתמש יוכל לנסות שוב אחרי שינוי תצורה (BW04)
hint-bw_package = חבילה
desc-bw_package = שנה את סוג החבילה של מנוי בשגיאה או ממתין: softphone, basic, standard או premium (BW04)
hint-bw_copy_error = העתק שגיאה
desc-bw_copy_error = העתק את טקסט השגיאה של המנוי ללוח ואמור כיצד הועתק (BW04)
hint-bw_export = ייצוא CSV
desc-bw_export = ייצא את הרשימה כ-CSV, בהתאם ל"ללא מוכנים", לקובץ פרטי ליד מסד הנתונים ואמור היכן (BW05)
hint-bw_templates = תבניות
desc-bw_templates = הצג את תבניות הלקוח, אילו אינן מוגדרות ל-flow-through עם דוא"ל לא מהימן, ומה לשנות (BW01)
hint-toggle_not_provisioned = ללא Calling
desc-toggle_not_provisioned = הצג רק משתמשים ללא Webex Calling, כל אחד עם הסיבה והתיקון, או כל משתמש (AL04)
hint-set_work_number = מספר עבודה
desc-set_work_number = תקן את מספר העבודה של המשתמש (E.164), ואז החל שוב את התבנית (AL02, AL04, AL05)
hint-directory_sync = סנכרון ספרייה
desc-directory_sync = סנכרן קובץ ייצוא של ספרייה: צור או עדכן משתמשים; משתמשים מכוסים מקבלים Webex Calling כשהמספר עובר כל בדיקה (AL02, AL05); Esc מבטל ומחזיר הכול
hint-reapply_template = החל תבנית שוב
desc-reapply_template = החל שוב תבנית רישיונות על משתמשים קיימים; "שמור רישיונות" פעיל אלא אם תכבה אותו ותקליד את האישור (AL06); Esc מבטל ומחזיר הכול
hint-assign_template = הקצה תבנית
desc-assign_template = הקצה תבנית רישיונות ידנית: מיקום ומספר לכל משתמש מכוסה ללא Calling, בזה אחר זה (AL01, AL03)
hint-save_licence_template = תבנית חדשה
desc-save_licence_template = צור תבנית רישיונות, או שנה את זו באותו שם: כל הארגון או קבוצת ספרייה אחת, Webex Calling או לא, רישיונות אחרים (AL03); משתמשים שומרים את מה שיש להם
hint-export_users = ייצוא user.csv
desc-export_users = ייצא user.csv (עם Webex Calling VAR Professional TRUE/FALSE) לקובץ פרטי ליד מסד הנתונים ואמור היכן (AL04)
hint-import_devices = ייבוא
desc-import_devices = הוסף מכשירי Webex Go בכמות מתבנית ה-CSV: קובץ, לשלוח את הקודים או לא, קובץ קודים; כל שורה נבדקת תחילה, ואז הכול או כלום (WG13)
hint-toggle_webex_go_calls = שיחות Webex Go
desc-toggle_webex_go_calls = שיחות אחרונות: רק שיחות Webex Go (סוג לקוח משנה MOBILE_NETWORK) או כל שיחה (WG15)
hint-why = למה?
desc-why = למה המשתמש הזה לא יכול להתקשר? כל מה שידוע על האדם בשורה (משתמש, בעל מכשיר, בעל מספר, מנוי BroadWorks) יחד, והסיבות הסבירות, כל אחת עם הכלל שלה והמקש והפקודה שמתקנים אותה
hint-why_refresh = רענן
desc-why_refresh = בתצוגת "למה": קרא שוב את האדם, בארגון אמיתי תחילה מ-Webex, ואז את הסיבות
hint-sync_webex = סנכרון Webex
desc-sync_webex = ארגון אמיתי: סנכרן אותו מ-Webex ברקע; החלוניות מציגות את העותק המלא האחרון, הכותרת את ההתקדמות, Esc עוצר והמטמון שומר את מצבו המלא האחרון
hint-full_sync_webex = סנכרון מלא
desc-full_sync_webex = ארגון אמיתי: סנכרן שוב הכול מ-Webex, עם 30 ימים של אירועי ביקורת
hint-pick_organisation = ארגונים
desc-pick_organisation = ארגון אמיתי: הארגונים שהכניסה הזו מנהלת (לקוחות של שותף); בחר אחד כדי לפתוח אותו, מסונכרן תחילה אם אינו במטמון
hint-refresh = רענן
desc-refresh = טען מחדש ממסד הנתונים וצייר מחדש
hint-help = עזרה
desc-help = הצג כל פעולה ואת מקשיה
hint-message_log = הודעות
desc-message_log = יומן ההודעות: כל הודעה בהפעלה הזו עם שעתה, במלואה, והקובץ שהיא מזכירה; c מעתיק אחת, f את נתיב הקובץ
hint-copy_message = העתק הודעה
desc-copy_message = העתק את ההודעה שנבחרה, במלואה, ללוח
hint-copy_message_path = העתק נתיב
desc-copy_message_path = העתק ללוח את נתיב הקובץ שההודעה שנבחרה מזכירה
hint-palette = פקודות
desc-palette = רשימת פקודות: חפש פעולות לפי שם
hint-quit = יציאה
desc-quit = צא מ-wxgo
hint-confirm = בצע
desc-confirm = עשה את מה שהאישור אומר
hint-pick = בחר
desc-pick = קח את הפריט שנבחר
hint-run_command = הפעל
desc-run_command = הפעל את הפעולה שנבחרה
hint-keep_filter = שמור
desc-keep_filter = שמור את המסנן כפי שהוקלד
hint-next_field = שדה
desc-next_field = לשדה הבא
hint-previous_field = השדה הקודם
desc-previous_field = לשדה הקודם
hint-choose_previous = שנה
desc-choose_previous = בחר את הערך הקודם בשדה רשימה, הפוך מתג, או הזז את הסמן שמאלה בשדה טקסט
hint-choose_next = שנה
desc-choose_next = בחר את הערך הבא בשדה רשימה, הפוך מתג, או הזז את הסמן ימינה בשדה טקסט
hint-delete_to_start = נקה
desc-delete_to_start = בשדה טקסט: מחק מהסמן עד ההתחלה (מנקה ערך ממולא מראש)
hint-delete_word = מחק מילה
desc-delete_word = בשדה טקסט: מחק את המילה שלפני הסמן
hint-delete_to_end = מחק עד הסוף
desc-delete_to_end = בשדה טקסט: מחק מהסמן עד הסוף
hint-line_start = התחלה
desc-line_start = בשדה טקסט: הסמן להתחלה
hint-line_end = סוף
desc-line_end = בשדה טקסט: הסמן לסוף
hint-switch = מתג
desc-switch = הפוך את המתג שבמוקד (בשדה טקסט: רווח)
hint-submit = הבא/שמור
desc-submit = המשך: השדה הבא, או שמור את מה שהטופס אומר
hint-proceed = שלח
desc-proceed = המשך לשלב הבא שהדוח מציע (שלח את הייבוא אחרי הרצת הניסיון)
hint-skip_user = דלג
desc-skip_user = הקצאה ידנית: השאר את המשתמש הזה כמו שהוא ועבור לבא
hint-cancel = ביטול
desc-cancel = ביטול: שום דבר לא משתנה (ריצה ארוכה מוחזרת כולה)
hint-close = סגור
desc-close = סגור את החלון

## מה אומר מקש היכן שאינו פועל
say-code-shown-once = { $action }: קוד מוצג פעם אחת, כשהוא נוצר (WG04). לחץ { $new_code } לקוד חדש, ואז { $key }.
say-works-elsewhere = { $action } פועל ב{ $places }, לא ב{ $here }

## השורה התחתונה, וחלון קטן מדי
footer-type = הקלד
footer-type-filter = סינון
footer-type-search = חיפוש
small-title = הגדל את החלון
small-needs = wxgo צריך { $needs }; כאן { $this }.
small-quits = q יוצא.
more-below = ↓ עוד למטה

## עזרה (?)
help-title = עזרה · מקשים ב{ $place } · מטבלת הפעולות
help-title-search = עזרה · חיפוש: { $query }
help-col-keys = מקשים
help-col-action = פעולה
help-col-what = מה היא עושה
help-nothing = שום דבר בעזרה לא מזכיר "{ $query }"
help-in = ב{ $place }
help-moving = תנועה, חלוניות והמסוף
help-elsewhere = במקום אחר
help-palette-only = רק :
help-in-places = ב{ $places }
help-control-hub-only = רק ב-Control Hub (אין API ציבורי של Webex): { $path }
help-changes-data = משנה נתונים
help-changes-data-refused = משנה נתונים: נדחה, קריאה בלבד
help-asks-first = שואל תחילה
help-footer = { $move } גלילה · { $search } חיפוש · { $close } סוגר

## רשימת הפקודות (:)
palette-title = פקודות
palette-no-match = אין פעולה מתאימה
palette-no-match-query = אין פעולה שמתאימה ל-"{ $query }"
palette-control-hub-only = רק Control Hub
palette-read-only = קריאה בלבד
say-key-does-nothing = { $key } לא עושה כאן דבר; ? מציג את המקשים

## כותרות עמודות
col-broadworks-id = מזהה BroadWorks
col-name = שם
col-package = חבילה
col-status = מצב
col-error = שגיאה
col-number = מספר
col-location = מיקום
col-kind = סוג
col-state = מצב
col-owner = בעלים
col-badge = תג
col-operator = מפעיל
col-account-id = מזהה חשבון
col-numbers = מספרים
col-what-to-do = מה לעשות
col-email = דוא"ל
col-licences = רישיונות
col-calling = Calling
col-webex-go = Webex Go
col-device = מכשיר
col-subscription = מינוי
col-expires = תפוגה

## שורות הכותרת של החלוניות ורשימות ריקות
loading = טוען…
title-none = אין
title-rows = { $from }-{ $to } מתוך { $n }
title-filter = סינון:
title-filter-keys = Enter שמור · Esc ביטול
title-filter-clears = (Esc מנקה)
title-on = פועל
title-off = כבוי
title-mobile-only = נייד בלבד
title-accounts = חשבונות
title-not-provisioned = ללא Calling
title-exclude-provisioned = ללא מוכנים
title-only = רק { $status }
empty-users = אין כאן משתמשים
empty-devices = אין כאן מכשירים
empty-numbers = אין כאן מספרים
empty-broadworks = אין כאן מנויי BroadWorks
empty-filter = שום דבר לא מתאים ל-"{ $filter }"
say-no-filter = אין מסנן
say-filter-rows = מסנן "{ $filter }": { $n ->
    [one] שורה אחת
   *[other] { $n } שורות
}
say-filter-cleared = המסנן נוקה
say-nothing-selected = לא נבחר דבר

## מילים של התחום
sort-added = כפי שנוספו
sort-status = לא מקוונים תחילה
sort-expired = קודים שפגו תחילה
sort-name = לפי שם
auth-pending = ממתין
auth-failed = נכשל
auth-authorized = מאושר
bw-pending-email-input = ממתין להזנת דוא"ל
bw-pending-email-validation = ממתין לאימות דוא"ל
bw-pending-user-migration = ממתין להעברת משתמש
bw-provisioning = בהקצאה
bw-provisioned = מוקצה
bw-updating = מתעדכן
bw-error = שגיאה
kind-byod = BYOD
kind-mobile-operator = מפעיל סלולרי
number-available = זמין
number-duplicate = כפול
number-duplicate-in-list = כפול ברשימה
number-invalid = לא תקף
number-unavailable = לא זמין

## משתמשים
calling-provisioned = מוקצה
calling-not-provisioned = לא מוקצה
no-device = אין מכשיר
no-number = אין מספר
say-showing-not-provisioned = מוצגים משתמשים ללא Webex Calling, עם הסיבה והתיקון (AL04)
say-showing-every-user = מוצג כל משתמש
empty-not-provisioned = לכל המכוסים יש Webex Calling: אין משתמש לא מוקצה
np-no-reason = לא נרשמה סיבה
np-why = למה: { $reason }
np-fix = תיקון: { $fix }

## מכשירים
kind-operator-short = מפעיל
code-expired = פג
status-issues = בעיות
say-devices-ordered = המכשירים ממוינים: { $order }
say-showing-only-devices = מוצגים רק מכשירים במצב { $status }
say-showing-every-device = מוצג כל מכשיר

## מספרים וחשבונות מפעיל
number-primary = ראשי
number-unassigned = לא מוקצה
number-assigned-to = מוקצה ל-{ $owner } ({ $kind }).
number-notice-unassigned = לא מוקצה: אפשר לתת אותו למשתמש במיקום הזה.
number-webex-mobile-from = מספר Webex Mobile מ-{ $operator }.
number-mobile-operator = מפעיל סלולרי { $operator }.
number-title = מספר { $number }
say-showing-mobile-only = מוצגים רק מספרי נייד (Webex Mobile)
say-showing-every-number = מוצג כל מספר
say-showing-accounts = חשבונות מפעיל (MO02); { $key } שוב מציג את המספרים
say-showing-inventory = מלאי המספרים
say-no-account-yet = עדיין אין חשבון מפעיל
account-location = מיקום { $location } ({ $country }) · מפעיל { $operator }
account-id-fixed = מזהה חשבון { $id } (קבוע לאחר אישור, MO01)
account-times = התבקש { $requested } · שונה { $changed } · { $n ->
    [one] מספר נייד אחד
   *[other] { $n } מספרי נייד
}
account-title = חשבון מפעיל { $id }
accounts-title = חשבונות מפעיל
accounts-numbers = מספרים
accounts-add-account = חשבון חדש
accounts-add-numbers = מספרים חדשים
accounts-empty = עדיין אין חשבון מפעיל: { $key } מבקש אחד למיקום (MO01)
accounts-what-to-do = מה לעשות (MO02):

## מצב BroadWorks
bw-no-email-yet = עדיין אין דוא"ל
bw-notice-title = מנוי BroadWorks { $id }
bw-notice-id = מזהה BroadWorks: { $id }
bw-notice-provisioning = מזהה הקצאה: { $id } · ארגון { $enterprise }
bw-notice-number = מספר: { $number } · שלוחה { $extension }
bw-notice-package = חבילה: { $package } · תבנית { $template }
bw-notice-status = מצב: { $status } מאז { $since }
bw-self-activated = הופעל עצמאית
bw-no-error = אין שגיאה.
bw-no-description = (אין תיאור)
bw-notice-error = שגיאה { $code }: { $text }
say-showing-open-subscribers = מוצגים רק מנויים ממתינים או בשגיאה (המוקצים מוסתרים)
say-showing-every-subscriber = מוצג כל מנוי
bw01-check-untrusted = סמן "דוא"ל לא מהימן"
bw01-set-share-link = קישור השיתוף: הפעלה
bw-loading-header = טוען את קבוצות המצב והתבניות…
bw-count-error = { $n } בשגיאה
bw-count-pending = { $n } ממתינים
bw-count-provisioned = { $n } מוקצים
bw-provisioned-hidden = (המוקצים מוסתרים)
bw-templates = תבניות
bw01-all-ready = BW01: כל { $n } תבניות הלקוח מוגדרות ל-flow-through עם דוא"ל לא מהימן
bw01-not-ready = BW01: "{ $name }"{ $more ->
    [0] {""}
   *[other] {" "}(ועוד { $more })
} אינה מוגדרת ל-flow-through: { $fix }

## פרטי הפעלה (WG04)
act-title = פרטי הפעלה: { $device } · { $owner }
act-scan = סרוק את קוד ה-QR: הגדרות > שירות סלולרי > הוסף eSIM.
act-esim-note = קוד ה-QR וכתובת SM-DP+ של ה-eSIM נמצאים ב-Control Hub (התקנים > התקן Webex Go), לא ב-API של Webex: תן אותם למשתמש עם הקוד הזה.
act-android-code = קוד Android
act-qr-holds = ה-QR מכיל
act-shown-once = מוצג פעם אחת: העתק, הדפס או שלח עכשיו.
act-business-line = קו עסקי { $number }
act-code-iphone = קוד הפעלה (להקלדה ב-iPhone)
act-smdp = כתובת SM-DP+
act-expires = תפוגה
act-email = דוא"ל
act-larger-for-qr = הגדל את החלון (80x24) כדי להציג את קוד ה-QR.
act-code-webex = קוד הפעלה, כפי ש-Webex נתן אותו

## פרטי משתמש
fmt-datetime-short = %d.%m.%Y %H:%M
none = אין
say-calls-go-only = שיחות אחרונות: רק שיחות Webex Go (סוג לקוח משנה MOBILE_NETWORK, WG15)
say-calls-every = שיחות אחרונות: כל שיחה
calls-recent-go = שיחות Webex Go אחרונות
calls-recent = שיחות אחרונות
calls-go-only = רק Webex Go (MOBILE_NETWORK): { $on }
calls-no-go = אין שיחות Webex Go
calls-none = אין (ייבא רשומות שיחה עם `{ $command }`)
calls-out = יוצאת
calls-in = נכנסת
detail-location = מיקום
detail-licences = רישיונות
detail-calling = Webex Calling
detail-primary-number = מספר ראשי
detail-extension = שלוחה { $extension }
detail-device = מכשיר Webex Go
detail-issues = מחובר עם בעיות: קודי שגיאה { $codes }
detail-device-times = נוסף { $added } · שונה { $changed } · מספר { $number }
detail-codes = קודי הפעלה (החדש תחילה; הקודים עצמם לעולם אינם נשמרים)
detail-code-times = נוצר { $issued } · פג { $expires }
detail-code-ended = הסתיים { $at }
detail-no-device = אין · { $key } מוסיף אחד
detail-numbers = מספרים
detail-audit = רשומות ביקורת אחרונות
code-state-valid = תקף
code-state-expired = פג
code-state-superseded = הוחלף
code-state-used = נוצל
code-state-revoked = בוטל

## הכותרת ושורת המצב
header-opening = (נפתח…)
header-read-only = קריאה בלבד
header-syncing = מסנכרן: { $line } · Esc עוצר
header-syncing-other = מסנכרן את { $org }: { $line } · Esc עוצר
header-db = מסד:
header-clipboard = לוח:
header-clip = לוח:
trouble-offline = לא מקוון
trouble-polls-failing = הבדיקות נכשלות
trouble-since = { $what } מאז { $at } UTC
poll-unreachable = לא ניתן היה להגיע ל-Webex ב-{ $at } UTC: { $words }. החלוניות מציגות את העותק האחרון; wxgo ישאל שוב בבדיקה הבאה.
poll-refused = Webex דחה את הבדיקה ב-{ $at } UTC: { $words }. החלוניות מציגות את העותק האחרון; wxgo ישאל שוב בבדיקה הבאה.
poll-recovered = Webex עונה שוב ({ $at } UTC; { $what } מאז { $since } UTC): החלוניות עדכניות.
status-shows-all = { $key } מציג הכול
status-read-only = קריאה בלבד: השירות דוחה כל שינוי; פתח בלי --read-only כדי לשנות
say-read-only = קריאה בלבד: { $why }
say-not-copied = לא הועתק: { $error }

## חלונות: אישורים, דוחות, יומן ההודעות
or = או
confirm-do-it = בצע
confirm-cancel = ביטול: שום דבר לא משתנה
report-not-submitted = לא נשלח; שום דבר לא נוסף
report-closes = { $keys } סוגר
report-submit = שלח
report-cancel-nothing-added = ביטול: שום דבר לא יתווסף
messages-title = הודעות · { $n } בהפעלה הזו · החדשה בסוף
messages-none = עדיין אין הודעות
messages-file = קובץ:
messages-nothing-to-copy = עדיין אין הודעה להעתקה
messages-no-file = ההודעה הזו לא מזכירה קובץ
messages-footer = { $move } בחירה · { $copy } העתק הודעה · { $path } העתק נתיב · { $close } סוגר
copied-message = הודעה
copied-path = נתיב

## בחירה וביטול
choice-search = חיפוש:
choice-no-matches = אין התאמות
say-manual-stopped = ההקצאה הידנית נעצרה; המשתמשים שטופלו עד כה שומרים את ה-Calling שלהם
say-cancelled = בוטל; שום דבר לא השתנה
copied-activation-code = קוד הפעלה
