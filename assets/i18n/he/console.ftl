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

hint-letter_language = שפת מכתב
desc-letter_language = בחר את השפה של מכתב ההפעלה ושל הודעת הדוא"ל עם הקוד, השפה של המשתמש: בפרטי ההפעלה לפני הדפסה או שליחה חוזרת, ובאישור קוד חדש או אבד/נגנב. בהתחלה זו שפת המסוף; חלה על הקוד הזה בלבד
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
act-letter-lang = שפת המכתב:
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
clip-setting-way = { $setting }: { $way }
clip-native-unavailable = native (לא זמין)
clip-way-system = מערכת
clip-way-osc52-tmux = OSC 52 דרך tmux
clip-way-tmux-buffer = מאגר tmux
clip-way-tmux-off = אין (tmux set-clipboard off)
clip-way-osc52-tmux-unknown = OSC 52 (tmux לא ידוע)
clip-way-osc52 = OSC 52
clip-way-tmux-passthrough = tmux passthrough
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

## מכשירי Webex Go (WG01-WG09, WG14)
dev-sub-item = { $free } מתוך { $total } פנויים · { $name } · { $id }
dev-sub-title = מינוי לרישיון Webex Go של { $who } (WG02)
dev-sub-prompt = ביותר ממינוי אחד יש רישיונות Webex Go: בחר אחד
dev-add-licence-of = • הוא תופס רישיון Webex Go אחד של { $name } (כעת { $free } מתוך { $total } פנויים).
dev-add-licence-any = • הוא תופס אחד מרישיונות Webex Go של הארגון (Webex בוחר את המינוי).
dev-its-primary-number = המספר הראשי שלו
dev-suppresses-emails = { $org } חוסם הודעות דוא"ל: אתה מעתיק או מדפיס את הקוד.
dev-code-emailed = קוד ההפעלה נשלח בדוא"ל אל { $email } ומוצג כאן פעם אחת.
dev-add-title = להוסיף מכשיר Webex Go עבור { $name }?
dev-add-who = { $name } <{ $email }> · מספר { $number }.
dev-add-webex-asked = • Webex נשאל עכשיו (POST /devices/activationCode) והמכשיר נוסף שם.
dev-add-search-title = הוספת מכשיר Webex Go: משתמש קיים
dev-add-search-prompt = חפש משתמשים לפי שם, דוא"ל או מיקום
say-select-user-first = בחר קודם משתמש
say-checking = בודק את { $email }…
dev-the-location = המיקום
dev-number-prompt = ל-{ $name } אין מספר ראשי: בחר מספר לא מוקצה של { $location }
dev-number-title = מספר עבור { $name } (WG03)
say-adding-device = מוסיף מכשיר Webex Go עבור { $email }…
no-location = אין מיקום
dev-user-has = יש { $device } ({ $status })
dev-user-no-device = אין מכשיר Webex Go
dev-no-device-press = ל-{ $email } אין מכשיר Webex Go; הקש { $key } כדי להוסיף
say-no-user-open = אין משתמש פתוח
say-still-loading-user = המשתמש עדיין נטען; נסה שוב בעוד רגע
say-select-user-or-device = בחר קודם משתמש או מכשיר
dev-no-new-code-title = אין קוד חדש עבור { $device } כל עוד הוא { $status }
dev-no-new-code-lost = • הטלפון אבד או נגנב, או הוחלף בלי הישן: הקש { $key } (אבד/נגנב). הקו בטלפון הישן מושבת לצמיתות ונוצר קוד חדש לטלפון החדש (WG08).
dev-no-new-code-at-hand = • הטלפון הישן בהישג יד: { $name } מסיר ממנו את קו Webex Go (WG11). אז המכשיר מציג הפעלה ממתינה ו-{ $key } יוצר את הקוד החדש.
dev-device-of = מכשיר { $device } של { $who }.
dev-device-of-status = מכשיר { $device } של { $who }, { $status }.
dev-suppresses-emails-new = { $org } חוסם הודעות דוא"ל: אתה מעתיק או מדפיס את הקוד החדש.
dev-new-code-emailed = הקוד החדש נשלח בדוא"ל אל { $email } ומוצג כאן פעם אחת.
dev-its-subscription = המינוי שלו
dev-new-code-title = קוד הפעלה חדש עבור { $device }?
dev-new-code-issued = • נוצר קוד הפעלה חדש (רק במצב הפעלה ממתינה).
dev-new-code-stops = • כל קוד שנוצר לפניו מפסיק לפעול מיד (WG05).
dev-lost-title = אבד או נגנב: { $device }?
dev-lost-deactivated = • הקו העסקי בטלפון האבוד מושבת מיד ולצמיתות: הקוד ופרופיל ה-eSIM שלו לא ישמשו עוד לעולם.
dev-lost-pending = • המכשיר חוזר להפעלה ממתינה עם קוד הפעלה חדש לטלפון החלופי (WG08).
dev-delete-title = למחוק את { $device }?
dev-delete-pool = • מכשיר Webex Go מוסר והרישיון שלו חוזר למאגר של { $subscription } (WG09).
dev-delete-no-calls = • { $name } לא יוכל עוד לבצע או לענות לשיחות עסקיות מהחייגן של הטלפון.
dev-delete-by-hand = • { $name } צריך למחוק ידנית את הקו המושבת בטלפון; יוצג לך כיצד.
say-code-issued = { $device }: נוצר קוד עבור { $email }, { $status }. { $note }
say-deleted = { $device } נמחק; הרישיון שלו חזר אל { $subscription } ({ $free } פנויים).
dev-deleted-line = מכשיר Webex Go { $device } של { $email } נמחק. הרישיון שלו חזר למינוי { $subscription } (כעת { $free } פנויים).
dev-tell = אמור ל-{ $email }: { $notice }
dev-deleted-title = { $device } נמחק
say-emailing-code = שולח שוב את הקוד בדוא"ל אל { $email }…
say-sent-again = נשלח שוב: { $note }

## מפעילי סלולר (MO01-MO06)
mob-no-account-yet = אין עדיין חשבון מפעיל: הקש { $key } כדי לבקש אחד (MO01)
field-location = מיקום
field-mobile-operator = מפעיל סלולר
field-account-id = מזהה חשבון
field-account-id-again = מזהה חשבון שוב
field-numbers = מספרים
mob-account-form-title = הוספת חשבון מפעיל (MO01)
mob-account-form-submit = הבא: אשר את מזהה החשבון
mob-confirm-what = מיקום { $location } · מפעיל { $operator } · מזהה חשבון { $id }
mob-confirm-fixed = • לאחר האישור לא ניתן לשנות את מזהה חשבון המפעיל (MO01).
mob-confirm-pending = • המפעיל מתבקש לאשר אותו: ממתין, מה שעשוי לקחת עד 48 שעות (MO02).
mob-confirm-numbers-later = • אפשר להוסיף מספרים כשהוא מאושר.
mob-confirm-title = לאשר את מזהה חשבון המפעיל { $id }?
say-loading-accounts = טוען את חשבונות המפעיל; נסה שוב בעוד רגע
mob-pick-account-title = הוספת מספרי נייד: חשבון מפעיל
mob-pick-account-prompt = אפשר להוסיף מספרים רק תחת חשבון מאושר (MO02)
say-no-locations = אין מיקומים בעותק של ארגון זה: סנכרן אותו קודם (F)
mob-pick-location-title = הוספת מספרי נייד: מיקום
mob-pick-location-prompt = חשבון המפעיל שלו נמצא ב-Control Hub; Webex מאמת כל מספר (MO02, MO03)
mob-numbers-form-title-webex = הוספת מספרי נייד: { $location } · דרך Webex
mob-numbers-form-title = הוספת מספרי נייד: { $location } · { $operator } · { $id }
mob-numbers-form-submit = שמור: הוסף את המספרים התקפים
say-adding-mobile-numbers = מוסיף מספרי נייד תחת { $id }…
say-account-requested = חשבון מפעיל { $id } עבור { $location } ({ $operator }) התבקש: { $status }
mob-account-fixed = { $location } · { $operator } · מזהה חשבון { $id } (קבוע: לא ניתן לשנותו)
say-mobile-added = { $who }: { $added } נוספו, { $rejected } לא נוספו (MO03)
mob-added-webex = { $added } מתוך { $n } מספרים נוספו אל { $location } דרך Webex; מספרי נייד חדשים הם INACTIVE עד שיוקצו.
mob-added-under = { $added } מתוך { $n } מספרים נוספו אל { $location } תחת { $id }; מספרי נייד חדשים הם INACTIVE עד שיוקצו.
mob-not-added = לא נוסף
mob-request-failed = בקשה של { $n } מספרים: { $outcome } · { $why }
mob-added = נוסף
mob-not-added-why = לא נוסף: { $why }
mob-numbers-report-title = מספרי נייד עבור { $location }
say-looking-up-mobile = מחפש את מספרי הנייד עבור { $email }…
mob-users-location-none = המיקום של המשתמש (אין)
mob-no-numbers = MO05: אין מספרי נייד לא מוקצים ב-{ $location }, המיקום של { $email }. הוסף כאלה בחלונית מספרים ({ $pane } ואז { $add }) תחת חשבון מפעיל מאושר של מיקום זה.
mob-mobile = נייד
mob-primary-pick-title = מספר נייד ראשי עבור { $name } (MO05)
mob-users-location = המיקום של המשתמש
mob-no-primary = אין מספר ראשי
mob-primary-pick-prompt = רק מספרי נייד לא מוקצים של { $location }; כעת: { $now }
mob-primary-make = להפוך את { $number } למספר הראשי של { $who }?
mob-primary-replaces = • הוא מחליף את המספר הראשי הנוכחי { $old }, שחוזר למאגר המספרים הלא מוקצים.
mob-primary-replaces-none = • ל-{ $name } אין כעת מספר ראשי: דבר אינו מוחלף.
mob-primary-device-kept = • { $number } הופך ל-ACTIVE; מכשיר Webex Go { $device } מקבל את המספר החדש (MO05).
mob-primary-device-created = • { $number } הופך ל-ACTIVE ונוצר עבור { $name } מכשיר Webex Go דרך המפעיל הסלולרי (MO05).
mob-primary-device-created-from = • { $number } הופך ל-ACTIVE ונוצר עבור { $name } מכשיר Webex Go דרך המפעיל הסלולרי (MO05), רישיון מתוך { $subscription }.
mob-primary-confirm-title = מספר נייד ראשי עבור { $name }?
mob-primary-now = { $number } הוא כעת המספר הראשי של { $email } (ACTIVE).
mob-primary-replaced = { $old } הוחלף: הוא חזר למאגר המספרים הלא מוקצים.
mob-primary-nothing-replaced = לא היה מספר ראשי להחליף.
mob-device-created = נוצר
mob-device-kept = נשמר, עם המספר החדש
mob-device-line = מכשיר Webex Go { $device } · { $kind } · { $status } · { $what }; הוא מופיע במכשירי המשתמש ובחלונית מכשירים.
mob-device-short = מכשיר Webex Go { $device } { $what }.
say-primary-assigned = { $number } הוא המספר הראשי של { $email }; מכשיר { $device }
mob-primary-report-title = מספר נייד ראשי עבור { $email }

## טפסים
form-numbers-once-authorized = { $status }: הוסף מספרים כשהחשבון מאושר (MO02) · Esc סוגר
form-loading-locations = טוען את המיקומים…
form-type-operator = הקלד את המפעיל הסלולרי
form-type-account-id = הקלד את מזהה חשבון המפעיל
form-ids-differ = MO01: שני מזהי החשבון שונים; הקלד את אותו מזהה פעמיים כדי להמשיך
form-type-numbers = הקלד מספרי נייד מופרדים בפסיקים (לכל היותר { $n })
form-type-email = הקלד את הדוא"ל שאיתו יצורף המנוי
form-reapply = החל שוב
form-type-to-confirm = הקלד { $word } או { $n } כדי לאשר
form-remove-and-reapply = הסר את Calling לצמיתות והחל שוב
form-location = מיקום { $location }
form-webex-validates = חשבון המפעיל שלו נמצא ב-Control Hub (אין API ציבורי): Webex מאמת כל מספר בשמירה ודוחה אותם אם החשבון אינו מאושר (MO02, MO03).
form-comma-separated-webex = מופרדים בפסיקים, לכל היותר { $most } בארגון אמיתי, { $per } בכל בקשה.
form-account = חשבון { $id }
form-comma-separated = מופרדים בפסיקים, לכל היותר { $n } (MO03); כל אחד נבדק אחרי הפסיק שלו ובשמירה.
form-retry-email = הזן דוא"ל תקף; המנוי יצורף אז (BW04).
form-type-id-twice = הקלד את מזהה חשבון המפעיל פעמיים; לאחר האישור לא ניתן לשנותו (MO01).
form-ids-match = שני מזהי החשבון תואמים
form-ids-differ-short = שני מזהי החשבון שונים (MO01)
form-typed-of-most = { $typed } מתוך { $n } מספרים לכל היותר
form-switch-on = [x] פועל (רווח מחליף)
form-switch-off = [ ] כבוי (רווח מחליף)
form-typing-replaces = הקלדה מחליפה אותו
form-next-not-available = הבא אינו זמין: { $why }
form-next = הבא
form-next-field = השדה הבא
form-cancel = ביטול

## הקצאת רישיונות (AL01-AL06)
form-save = שמור
field-work-number = מספר עבודה
field-directory-file = קובץ ספרייה
field-preserve-licences = שמור רישיונות למשתמשים קיימים
field-name = שם
field-group = קבוצה (ריק: כל הארגון)
field-grants-calling = מעניק Webex Calling Professional
field-other-licences = רישיונות אחרים
field-number = מספר
field-extension = שלוחה
lic-work-number-now = { $name } <{ $email }> · מספר העבודה כעת: { $work }
lic-work-number-help = הקלד את המספר בתבנית E.164 (+, קידומת מדינה, מספר). עליו להיות מוקצה במיקום ולא מוקצה לאף אחד אחר (AL02); ואז החל שוב את התבנית.
lic-work-number-title = מספר העבודה של { $name }
lic-type-number-first = הקלד קודם את המספר
say-saving-work-number = שומר את מספר העבודה…
lic-type-directory-path = הקלד את הנתיב של קובץ הספרייה
lic-reapply-not-confirmed = AL06: לא ניתן לבטל זאת. הקלד { $word } (או { $n }, המשתמשים שיאבדו את Webex Calling) כדי לאשר, או הפעל שוב את שמירת הרישיונות. דבר לא השתנה.
lic-type-template-name = הקלד קודם את שם התבנית
say-saving-template = שומר את תבנית הרישיונות…
say-licensing = מעניק רישיון ל-{ $email }…
lic-sync-help = ייצוא ספרייה (CSV: דוא"ל, שם תצוגה, מספר טלפון בעבודה, מחלקה). משתמשים נוצרים או מתעדכנים; משתמשים מכוסים מקבלים Webex Calling רק כשמספר העבודה שלהם עובר כל בדיקה.
lic-sync-form-title = סנכרון ספרייה (AL02, AL05)
lic-sync = סנכרן
say-reading-templates = קורא את תבניות הרישיונות…
lic-no-templates = אין תבניות רישיונות; הוסף אחת עם { $key }
say-counting-reapply = סופר מה עושה החלה חוזרת של "{ $name }"…
say-finding-covered = מחפש את המשתמשים ללא Webex Calling ש-"{ $name }" מכסה…
lic-reapply-title = החלה חוזרת של "{ $name }" על משתמשים קיימים (AL06)
lic-template-help = שם חדש יוצר תבנית; שם קיים משנה אותה. תבנית אחת לכל הארגון, אחת לכל קבוצת ספרייה (מחלקה); תבנית של קבוצה גוברת עבור המשתמשים שלה. המשתמשים שומרים את הרישיונות שלהם: החל שוב את התבנית ({ $key }) כדי להעניק רישיון לאחרים.
lic-template-title = תבנית רישיונות (AL03)
say-exporting-users = מייצא את user.csv…
say-exported-users = { $n ->
    [one] משתמש אחד יוצא
   *[other] { $n } משתמשים יוצאו
} אל { $path }
lic-export-written = { $n ->
    [one] משתמש אחד נכתב
   *[other] { $n } משתמשים נכתבו
} כ-CSV אל:
lic-export-readable = קריא רק לך. Webex Calling VAR Professional FALSE עם מספר טלפון: המספר אינו שמיש; FALSE בלי מספר: לא ניתן מספר.
lic-export-title = user.csv יוצא (AL04)
say-covers-nobody = "{ $name }" אינו מכסה אף אחד ללא Webex Calling: אין מה להקצות
lic-manual-user = משתמש { $at } מתוך { $n }: { $name } <{ $email }> · מספר עבודה { $work }
lic-manual-needs = Webex Calling צריך מיקום ושלוחה ו/או מספר של אותו מיקום (AL01).
lic-manual-submit = הענק רישיון, ואז הבא · { $key } דלג
lic-manual-title = הקצאת "{ $name }" (AL03)
lic-partly-applied = Webex החיל רק חלק מזה
lic-skipped = דולג, ללא שינוי
say-manual-done = ההקצאה הידנית של "{ $name }" הסתיימה
lic-manual-report-title = הוקצה "{ $name }" (AL03)
say-work-number-set = { $email }: מספר עבודה { $number }; { $next }
lic-group = קבוצה { $group }
lic-whole-organisation = כל הארגון
lic-organisation = ארגון
lic-grants-calling = מעניק Webex Calling
lic-no-calling = ללא Webex Calling
say-template-created = נוצרה "{ $name }" ({ $scope }): { $calling }; מכסה { $n } משתמשים, { $with } עם Webex Calling. החל אותה שוב עם { $key } כדי להעניק רישיון לאחרים.
say-template-changed = שונתה "{ $name }" ({ $scope }): { $calling }; מכסה { $n } משתמשים, { $with } עם Webex Calling. החל אותה שוב עם { $key } כדי להעניק רישיון לאחרים.
lic-directory-sync = סנכרון ספרייה
lic-reapply = החלה חוזרת
say-synced = סונכרנו { $n } משתמשים: { $provisioned } הוקצו, { $not_provisioned } לא הוקצו
lic-sync-counts = { $source }: { $n } משתמשים · { $created } נוצרו · { $updated } עודכנו · { $unchanged } ללא שינוי
lic-sync-calling = Webex Calling: { $provisioned } הוקצו · { $not_provisioned } לא הוקצו · { $kept } נשמרו · { $not_covered } לא מכוסים
lic-sync-press = הקש { $key } לכל מי שלא הוקצה, עם התיקון.
lic-sync-report-title = סנכרון ספרייה (AL02)
say-reapplied = "{ $name }" הוחלה שוב: { $provisioned } הוקצו, { $not_provisioned } לא הוקצו, { $removed } איבדו את Webex Calling
lic-reapplied-counts-on = "{ $name }" מכסה { $n } משתמשים; שמירת רישיונות פועלת: { $provisioned } הוקצו · { $not_provisioned } לא הוקצו · { $kept } נשמרו · { $removed } איבדו את Webex Calling ({ $numbers } מספרים חזרו למאגר)
lic-reapplied-counts-off = "{ $name }" מכסה { $n } משתמשים; שמירת רישיונות כבויה: { $provisioned } הוקצו · { $not_provisioned } לא הוקצו · { $kept } נשמרו · { $removed } איבדו את Webex Calling ({ $numbers } מספרים חזרו למאגר)
lic-reapplied-title = "{ $name }" הוחלה שוב (AL06)
lic-run-cancelled = { $what } בוטל: { $sent } משתמשים טופלו ב-Webex לפני שנעצר, { $not_sent } לא נשלחו; הרץ שוב כדי להמשיך
lic-run-failed = { $what }: { $sent } משתמשים טופלו ב-Webex; { $failed } לא טופלו (או לא במלואם), כל אחד עם דברי Webex בדוח
lic-more-not-provisioned = … ועוד { $n } שלא הוקצו
lic-reapply-grants = "{ $name }" מעניקה Webex Calling ומכסה { $n } משתמשים; ל-{ $to_license } מהם אין עדיין Calling והם יקבלו רישיון היכן שמספר העבודה עובר כל בדיקה.
lic-reapply-does-not-grant = "{ $name }" אינה מעניקה Webex Calling ומכסה { $n } משתמשים; ל-{ $to_license } מהם אין עדיין Calling והם יקבלו רישיון היכן שמספר העבודה עובר כל בדיקה.
lic-preserve-on = שמור רישיונות למשתמשים קיימים: פועל. אף אחד לא מאבד את Webex Calling. רווח מכבה זאת.
lic-preserve-off = שמירת רישיונות: כבויה. { $n ->
    [one] משתמש אחד יאבד
   *[other] { $n } משתמשים יאבדו
} את Webex Calling.
lic-template-item = { $name } · מכסה { $n }, { $with } עם Calling · { $calling } · { $scope }
lic-item-grants = מעניקה Calling
lic-item-no-calling = ללא Calling
lic-pick-reapply-title = החלה חוזרת של תבנית רישיונות (AL06)
lic-pick-reapply-prompt = בחר את התבנית להחלה חוזרת על משתמשים קיימים
lic-pick-assign-title = הקצאת תבנית רישיונות (AL03)
lic-pick-assign-prompt = בחר את התבנית; את המיקום והמספר תזין לכל משתמש
outcome-provisioned = הוקצה
outcome-not-provisioned = לא הוקצה
outcome-kept = נשמר
outcome-not-covered = לא מכוסה
outcome-removed = Calling הוסר
outcome-refused = נדחה

## BroadWorks flow-through (BW01-BW05)
bw-fix-nothing = דבר
bw-fix-untrusted = סמן "דוא"ל לא מהימן" באימות המשתמשים של התבנית
bw-fix-share-link = קבע את קישור השיתוף לקישור ההפעלה (כעת { $now })
bw-fix-both = סמן "דוא"ל לא מהימן" באימות המשתמשים של התבנית וקבע את קישור השיתוף לקישור ההפעלה (כעת { $now })
say-select-subscriber-first = בחר קודם מנוי
bw-delete-from-webex = • המנוי נמחק מ-Webex (BW04).
bw-delete-try-again = • לאחר שינוי התצורה, המשתמש יכול לנסות שוב בפורטל ההפעלה.
bw-delete-title = למחוק את מנוי BroadWorks { $id }?
bw-package-now = { $package } (כעת)
bw-package-title = סוג חבילה עבור { $id } (BW04)
bw-retry-title = ניסיון הפעלה חוזר: { $id } (BW04)
field-email = דוא"ל
bw-retry-submit = נסה שוב: צרף עם דוא"ל זה
say-retrying = מנסה שוב להפעיל את { $id }…
say-package-already = ל-{ $id } כבר יש את החבילה { $package }; דבר לא השתנה
bw-package-changes = • סוג החבילה משתנה מ-{ $from } ל-{ $to } (BW04).
bw-package-follows = • השירותים של המנוי יתאימו לחבילה החדשה לאחר שההקצאה תרוץ.
bw-package-confirm-title = לשנות את החבילה של { $id } ל-{ $package }?
copied-error-text = טקסט השגיאה של { $id }
say-exporting = מייצא…
bw-provisioned-excluded = ללא מוכנים
bw-everyone = כולם
say-bw-exported = { $n ->
    [one] מנוי אחד יוצא
   *[other] { $n } מנויים יוצאו
} ({ $which }) אל { $path }
bw-export-written = { $n ->
    [one] מנוי אחד נכתב
   *[other] { $n } מנויים נכתבו
} ({ $which }) כ-CSV אל:
bw-export-readable = הקובץ קריא רק לך.
bw-export-title = רשימת BroadWorks יוצאה (BW05)
say-loading-templates = טוען את תבניות הלקוח; נסה שוב בעוד רגע
bw-no-templates = אין תבניות לקוח.
bw-template-settings-checked = דוא"ל לא מהימן מסומן · קישור שיתוף { $share_link } · חבילת ברירת מחדל { $package }
bw-template-settings-unchecked = דוא"ל לא מהימן לא מסומן · קישור שיתוף { $share_link } · חבילת ברירת מחדל { $package }
bw-template-ready = { $name } · מוכנה ל-flow-through
bw-template-not-ready = { $name } · לא מוגדרת ל-flow-through עם דוא"ל לא מהימן (BW01)
bw-template-to-change = לשינוי: { $fix }
bw-templates-title = תבניות לקוח (BW01)
bw-package-changed = החבילה של { $id } שונתה: { $status } · חבילה { $package }
bw-retried = { $id } נוסה שוב: { $status } · חבילה { $package }
say-bw-deleted = { $id } נמחק (היה { $status }): המשתמש יכול לנסות שוב בפורטל ההפעלה לאחר שינוי התצורה

## הוספה בכמות (WG13) ומכתב ההפעלה
imp-intro = תבנית ה-CSV (`{ $command }`): שורה אחת לכל מכשיר. כל שורה נבדקת תחילה (הרצת ניסיון שאינה משנה דבר); אחר כך אתה שולח, ונוספים כל המכשירים או אף אחד (WG13).
imp-suppresses-emails = { $org } חוסם הודעות דוא"ל: מסור את הקודים מקובץ קודים או במכתבים.
field-devices-csv = קובץ CSV של מכשירים
field-email-codes = שלח את הקודים בדוא"ל
field-codes-file = קובץ קודים (לא חובה)
field-email-lang = שפת הודעות הדוא"ל
imp-form-title = הוספת מכשירי Webex Go בכמות (WG13)
imp-check-every-row = בדוק כל שורה
imp-type-path = הקלד את הנתיב של קובץ ה-CSV של המכשירים
imp-cannot-read = לא ניתן לקרוא את { $path }: { $error }; בדוק את הנתיב ונסה שוב
say-import-problems = { $source }: { $n ->
    [one] בעיה אחת
   *[other] { $n } בעיות
}; דבר לא נוסף (WG13)
imp-rows-checked-problems = { $rows ->
    [one] נבדקה שורה אחת
   *[other] נבדקו { $rows } שורות
}: { $n ->
    [one] בעיה אחת
   *[other] { $n } בעיות
}, לכן דבר לא נוסף. תקן את הקובץ וייבא אותו שוב.
imp-line-column = שורה { $line }, עמודה { $column }
imp-problems-title = הוספה בכמות: בעיות (WG13)
say-import-pass = { $source }: כל { $rows } השורות עוברות; Enter שולח
imp-all-pass = כל { $rows } השורות עוברות כל בדיקה (הרצת ניסיון: עדיין לא נוסף דבר).
imp-email-yes = שלח את הקודים בדוא"ל: כן
imp-email-no = שלח את הקודים בדוא"ל: לא
imp-codes-file = קובץ קודים: { $file }
imp-enter-submits = Enter שולח: כל המכשירים נוספים, או אף אחד. Esc מבטל.
imp-ready-title = הוספה בכמות: מוכן (WG13)
say-imported = { $source }: { $added } מכשירים נוספו, { $emailed } נשלחו בדוא"ל
imp-added = { $added } מכשירי Webex Go נוספו · { $emailed } קודים נשלחו בדוא"ל
imp-codes-file-private = קובץ קודים (קריא רק לך): { $file }
imp-no-codes-file = לא התבקש קובץ קודים.
imp-emailed = נשלח בדוא"ל
imp-more-devices = … ועוד { $n } בחלונית מכשירים
imp-done-title = הוספה בכמות הסתיימה (WG13)
say-writing-letter = כותב את מכתב ההפעלה…
tui-letter-printed = נשלח למדפסת עם `{ $command }`
tui-letter-not-printed = לא הודפס: { $error }
tui-letter-no-print-command = לא הוגדרה פקודת הדפסה: הדפס משם
tui-letter-written-same = מכתב: { $pdf } ו-.txt ב-{ $dir }, קריאים רק לך; { $printed }
tui-letter-written-in = מכתב: { $pdf } (PDF) ו-{ $text } (טקסט) ב-{ $dir }, קריאים רק לך; { $printed }
tui-letter-written = מכתב: { $pdf } (PDF) ו-{ $text } (טקסט), קריאים רק לך; { $printed }

## ארגון אמיתי: סנכרון, בחירת ארגון אחר
say-org-local = ארגון זה מקומי (ההדגמה או מסד נתונים מקומי): הנתונים שלו הם האמת, אין מה לסנכרן. פרופיל webex פותח ארגון אמיתי (ראה README: Connect to your organisation)
say-sync-running = סנכרון כבר רץ (ההתקדמות שלו בכותרת); Esc עוצר אותו
sync-starting = מתחיל
say-syncing = מסנכרן מ-Webex; החלוניות מציגות בינתיים את העותק השלם האחרון. Esc עוצר את הסנכרון.
say-syncing-other = מסנכרן את { $org } מ-Webex; החלוניות מציגות בינתיים את העותק השלם האחרון. Esc עוצר את הסנכרון.
say-stopping-sync = עוצר את הסנכרון; המטמון שומר את העותק השלם האחרון שלו
say-synced-org = { $org } סונכרן מ-Webex: { $items } פריטים ב-{ $pages } עמודים
say-sync-stopped = הסנכרון נעצר; המטמון שומר את העותק השלם האחרון שלו (הכותרת אומרת בן כמה הוא)
say-sync-failed = הסנכרון לא הסתיים, לכן המטמון שומר את העותק השלם האחרון שלו: { $error }
say-asking-orgs = שואל את Webex על הארגונים שכניסה זו מנהלת…
say-cannot-list-orgs = לא ניתן להציג את הארגונים: { $error }
say-no-other-org = כניסה זו אינה מנהלת אף ארגון אחר
org-cached = במטמון, נכון ל-{ $at }
org-not-cached = עדיין לא במטמון: בחירה בו מסנכרנת אותו
org-pick-title = ארגונים
org-pick-prompt = Enter פותח אותו (ארגון במטמון מיד, אחר לאחר הסנכרון הראשון שלו); Esc שומר על זה

## למה משתמש זה לא יכול להתקשר?
why-works-on = למה? פועל על משתמש, מכשיר, מספר או מנוי BroadWorks; הקש { $key } למספרים
say-why-reading-webex = קורא אדם זה מ-Webex…
say-why-reading-again = קורא שוב (מסד הנתונים המקומי הוא האמת: אין מה להביא)
say-why-refreshed = רוענן: { $n ->
    [0] לא נמצאה סיבה
    [one] סיבה אחת
   *[other] { $n } סיבות
}
say-why-not-refreshed = לא רוענן: { $error }
why-title = למה? { $who }
why-reading = קורא…
why-reading-again = { $age } · קורא שוב…
why-facts-age = עובדות: { $age }
why-no-cause = לא נמצאה סיבה: דבר במה שנבדק אינו מונע שיחות.
why-likely-causes = סיבות סבירות, הסבירה ביותר תחילה
why-facts = עובדות
why-checked = נבדק
why-not-applicable = לא רלוונטי: { $detail }
why-location = מיקום
why-licences = רישיונות
why-calling = Webex Calling
why-work-number = מספר עבודה
why-number = מספר
why-webex-go = Webex Go
why-since = מאז { $at }
why-code = קוד
why-refused-attempt = ניסיון שנדחה
why-operator-account = חשבון מפעיל
why-broadworks = BroadWorks
why-calls = שיחות
why-none-recorded = לא נרשמו
why-call = שיחה
why-audit = ביקורת
why-note = הערה

## ריצות ארוכות ושמות החלונות
long-sync = סנכרון ספרייה מ-{ $path }
long-reapply = מחיל שוב את "{ $name }"
long-checking = בודק את { $path }
long-importing = מייבא את { $path }
long-emails-going-out = המכשירים נוספו והקודים שלהם נוצרו; הודעות הדוא"ל נשלחות ואי אפשר להחזיר אותן: המתן להן
long-cancelling = מבטל: כל מה שנעשה עד כה מוחזר…
long-done-of = { $phase } { $done } מתוך { $total }
long-cancelling-foot = מבטל: הכול מוחזר…
long-emailing = נוספו; הקודים נשלחים בדוא"ל (לא ניתן לבטל)
long-cancel-all-or-nothing = ביטול: הכול או כלום, דבר לא נוסף
long-cancel-nothing = ביטול: דבר לא משתנה
phase-starting = מתחיל
phase-users = משתמשים
phase-reading = קורא
phase-checking = בודק
phase-adding = מוסיף
phase-saving = שומר
phase-emailing = שולח דוא"ל
popup-help = עזרה
popup-messages = הודעות

## תקלות של המסוף עצמו, keymap.toml ו-config.toml
job-not-confirmed = השינוי לא אושר, לכן דבר לא נעשה; נסה שוב
worker-unknown-fault = תקלה לא ידועה
worker-internal-error = הפעולה נכשלה בתוך wxgo ({ $fault }); מה שעשתה הוחזר. בדוק את התוצאה (ואת יומן הביקורת) לפני שתנסה שוב, ונא דווח על כך.
worker-sync = סנכרון
worker-already-running = { $what } כבר רץ; המתן לו, או הקש Esc כדי לעצור אותו
worker-no-thread = לא ניתן להפעיל תהליכון עבור { $what }
console-no-event-loop = לא ניתן להפעיל את לולאת האירועים של המסוף: { $error }
console-no-service-thread = לא ניתן להפעיל את תהליכון השירות
console-no-terminal = לא ניתן להשתמש במסוף זה: { $error }
console-cannot-draw = לא ניתן לצייר על המסוף: { $error }
console-no-size = לא ניתן לקרוא את גודל המסוף: { $error }
console-cannot-read = לא ניתן לקרוא מהמסוף: { $error }
console-service-stopped = תהליכון השירות נעצר; צא עם q והפעל שוב את wxgo
header-as-of = נכון ל-{ $at }
header-age-unknown = גיל לא ידוע
keymap-empty-key = מקש ריק
keymap-at = { $file }: { $name }: { $problem }
keymap-not-a-key = "{ $spec }" אינו מקש: כתוב תו (j, G, ?), שם (enter, esc, tab, backtab, up, down, pgup, pgdn, home, end, space, f1) או מקש משנה ומקש (ctrl-c, alt-x)
keymap-not-toml = { $file } אינו TOML תקף: { $error }
keymap-unknown-section = { $file }: מקטע לא ידוע [{ $name }]. המקטעים הם: { $sections }
keymap-not-here = { $file }: [{ $section }] { $name }: { $name } אינו פועל ב{ $place }; הוא פועל ב-{ $places }
keymap-given-to-both = { $file }: המקש "{ $spec }" ניתן גם ל-{ $other } וגם ל-{ $name }; תן כל מקש לפעולה אחת
keymap-cannot-read = לא ניתן לקרוא את מפת המקשים { $file }: { $error }
keymap-unknown-action = { $file }: פעולה לא ידועה "{ $name }". הפעולות הן: { $actions }
keymap-keys-are-strings = { $file }: { $name }: מקשים הם מחרוזות, כמו "x" או "ctrl-x"
keymap-takes-a-key = { $file }: { $name } = ... מקבל מקש ("x") או רשימת מקשים (["x", "ctrl-x"])
keymap-does-not-exist = מפת המקשים { $file } אינה קיימת
config-clipboard-word = { $file }: clipboard מקבל מילה במירכאות: "auto", "native", "osc52", "tmux" או "off"
config-lang-code = { $file }: lang מקבל קוד במירכאות: "en", "de", "da", "uk" או "he"
config-cannot-read = לא ניתן לקרוא את התצורה { $file }: { $error }

## כיצד הלוח קיבל העתקה (אחרי מה שהועתק)
copied-system = הועתק ללוח של המערכת
copied-osc52-tmux-on = הועתק עם OSC 52 (tmux מעביר אותו: set-clipboard הוא on)
copied-tmux-buffer = הועתק דרך tmux (tmux load-buffer -w; set-clipboard הוא external)
copied-osc52-tmux-unknown = נשלח עם OSC 52; בתוך tmux הוא מגיע רק עם `set -g set-clipboard on` (בדוק עם `tmux show -gv set-clipboard`), או השתמש באפשרות --clipboard tmux
copied-osc52 = הועתק עם OSC 52 (הלוח של המסוף)
copied-tmux-passthrough = הועתק עם OSC 52 דרך tmux passthrough (צריך `set -g allow-passthrough on`)

## A confirmed change on its way, a reload
say-working = עובד…
say-reloaded = נטען מחדש
