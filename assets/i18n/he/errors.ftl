# דחיות ושגיאות של השירות בעברית. מונחים כמו במאמרי העזרה של Webex (glossary.md).
# ארגומנטים אינם מתורגמים: כתובות דוא"ל, מספרים, מזהים, מזהי כללים, מקומות ב-Control Hub, פקודות.

## WG01
wg01-no-professional = ל-{ $email } אין רישיון Webex Calling Professional (יש: { $has }). הקצה תחילה את הרישיון.
wg01-no-location = ל-{ $email } אין מיקום; תן תחילה למשתמש מיקום במדינה שבה יש Webex Go.
wg01-country = המיקום { $location } של { $email } נמצא ב-{ $country }, שבה Webex Go אינו מוצע. נתמך כאן: { $countries }.
wg01-webex-no-calling = ל-{ $email } אין רישיון Webex Calling בעותק של Webex. הקצה תחילה רישיון.
wg01-webex-no-location = ל-{ $email } אין מיקום Calling בעותק של Webex.

## WG02
wg02-none = ל-{ $org } אין מינוי עם רישיונות Webex Go.
wg02-import-none = ל-{ $org } אין מינוי עם רישיונות Webex Go, ולכן אי אפשר להוסיף מכשיר.
wg02-choose = ליותר ממינוי אחד יש רישיונות Webex Go: בחר אחד עם --subscription: { $subscriptions }
wg02-full = למינוי { $subscription } אין רישיון Webex Go פנוי ({ $used } מתוך { $total } בשימוש). מחק מכשיר שאינו בשימוש או בחר מינוי אחר: { $subscriptions }

## WG03
wg03-free = { $free ->
    [none] ל-{ $place } אין מספר פנוי; הוסף תחילה מספרים.
   *[other] מספרים פנויים של { $place }: { $free }
}
wg03-has-primary = ל-{ $email } כבר יש המספר הראשי { $number }; מכשיר BYOD שומר אותו. השמט את --number.
wg03-no-primary = ל-{ $email } אין מספר ראשי: בחר אחד עם --number. { wg03-free }
wg03-assigned = { $number } כבר מוקצה ל-{ $owner }. { wg03-free }
wg03-other-location = { $number } שייך ל-{ $its }, לא למיקום { $location } של { $email }. { wg03-free }
wg03-mobile = { $number } הוא מספר נייד: הקצה אותו עם { $command } (Webex Go דרך מפעיל סלולרי, MO05). { wg03-free }
wg03-webex-choose = ל-{ $email } אין מספר בעותק של Webex, ומספר שנבחר כאן אינו נשלח ל-Webex: תן תחילה למשתמש מספר ({ $place }), ואז הוסף את המכשיר בלי --number.
wg03-webex-none = ל-{ $email } אין מספר או שלוחה בעותק של Webex: תן תחילה למשתמש אחד ({ $place }).

## WG04
wg04-suppressed = { $org } חוסם הודעות דוא"ל: העתק או הדפס את הקוד במקום זאת.
wg04-import-suppressed = { $org } חוסם הודעות דוא"ל, ולכן אי אפשר לשלוח את הקודים בדוא"ל. ייבא עם --no-email ו---codes-file FILE כדי למסור את הקודים בעצמך (או הדפס מכתבים).

## WG05
wg05-not-its-code = זה אינו קוד הפעלה של { $device } ({ $email }). בדוק אותו, או הנפק קוד חדש עם { $command }.
wg05-code-spent = הקוד הזה של { $device } כבר לא יכול להפעיל טלפון: { $why }. הנפק קוד חדש עם { $command }.
wg05-no-longer-valid = הקוד הזה כבר אינו תקף (נוצל, הוחלף או פג תוקפו); הנפק קוד חדש ושלח אותו בדוא"ל
wg05-not-pending = אפשר ליצור קוד הפעלה חדש רק כשהמכשיר במצב הפעלה ממתינה; הוא { $status }. המשתמש מסיר תחילה את קו Webex Go מהטלפון (WG11), או השתמש ב"אבדו/נגנבו" אם הטלפון אינו (WG08)

## WG06
wg06-unknown = קוד ההפעלה הזה אינו מוכר: בדוק שהוקלד נכון
wg06-used = קוד ההפעלה הזה כבר נוצל; קוד פועל פעם אחת. בקש מהמנהל קוד חדש.
wg06-superseded = הונפק קוד חדש יותר למכשיר הזה, והוא ביטל את הקוד הזה (WG05).
wg06-revoked = הקוד הזה בוטל כשהטלפון דווח כאבוד או גנוב (WG08).
wg06-expired = תוקף קוד ההפעלה הזה פג ב-{ $at }. בקש מהמנהל קוד חדש.

## WG08, WG10
wg08-operator-sim = הקו הזה מגיע מכרטיס ה-SIM של המפעיל הסלולרי: דווח למפעיל על הטלפון האבוד; "אבדו/נגנבו" כאן חל על קווי BYOD
wg10-already-disabled = הקו כבר מושבת (Offline)
wg10-already-enabled = הקו כבר מופעל (Online)
wg10-unknown = Webex אינו מציין באיזה מצב המכשיר הזה (מצב לא ידוע), ולכן אי אפשר לשנות כאן את הקו שלו
wg10-pending = המכשיר במצב הפעלה ממתינה: אף טלפון עוד לא הפעיל אותו, ולכן אין קו בטלפון לשנות
device-already = ל-{ $email } כבר יש התקן Webex Go ({ $device }, { $status }). צור קוד חדש, דווח עליו כאבד או נגנב, או מחק אותו תחילה.
lost-stolen-not-here = אבדו/נגנבו אינו אפשרי כאן
phone-demo-only = הצד של הטלפון מדומה רק בהדגמה
code-generator-repeats = מחולל הקודים חוזר על עצמו שוב ושוב; לא הונפק קוד
code-unusable = Webex ענה ללא קוד הפעלה שמיש (ריק או שאינו ניתן להדפסה). צור קוד חדש ({ $command }).

## מה אומר שינוי של התקן (ההודעה של WG09 אחרי מחיקה; הצד של הטלפון בהדגמה: $status במילים של Control Hub)
delete-notice = קו Webex Go הושבת: המשתמש אינו יכול עוד לבצע שיחות עסקיות או לענות להן מהחייגן המקורי של הטלפון הנייד. על המשתמש למחוק באופן ידני את הקו שהושבת בטלפון (iPhone: הגדרות > סלולרי > הקו > מחיקת eSIM; Android: הגדרות > כרטיסי SIM > הקו > מחיקה).
phone-activated = { $email } הפעיל את Webex Go בטלפון: { $status }.
phone-removed-line = { $email } הסיר את קו Webex Go מהטלפון: { $status }. המנהל יכול כעת ליצור קוד חדש (WG05).
phone-line-now = קו Webex Go של { $email } כעת { $status }.

## MO
mo01-confirm = אשר את מזהה חשבון המפעיל { $id }: לאחר האישור אי אפשר לשנות אותו (הוסף --yes)
mo01-differ = מזהה חשבון המפעיל והאישור שלו שונים: הקלד את אותו מזהה פעמיים
mo02-not-authorized = חשבון המפעיל { $account } במצב { $status }: אפשר להוסיף מספרים רק אחרי שהוא מורשה. { $advice }
mo02-decided = חשבון המפעיל { $account } כבר במצב { $status }; אפשר להחליט רק על בקשה ממתינה
mo03-too-many = { $n } מספרים ברשומה אחת; הוסף לכל היותר { $max } בכל פעם
mo03-webex-too-many = { $n } מספרים ברשומה אחת: בארגון אמיתי wxgo מקבל לכל היותר { $max } בכל פעם ({ $per } בכל בקשה); פצל את הרשומה. דבר לא נשלח.
mo05-assigned = { $number } כבר מוקצה ל-{ $owner }
mo05-other-location = { $number } שייך ל-{ $its }, אבל { $email } נמצא ב-{ $location }: אפשר להקצות מספר נייד רק למשתמש של המיקום שלו
mo06-no-professional = ל-{ $email } אין רישיון Webex Calling Professional; רק משתמשים כאלה יכולים לקבל מספר נייד
mo03-none = לא ניתנו מספרים: הזן מספרים ניידים מופרדים בפסיקים
numbers-request-which = בקשה { $i } מתוך { $total }
mo03-webex-duplicate = כבר במלאי המספרים של הארגון (Webex)
mo03-webex-in-list-twice = הוזן יותר מפעם אחת ברשימה הזו (Webex)
mo03-webex-invalid = אינו מספר תקף עבור הארגון הזה או עבור המדינה של המיקום (Webex)
mo03-webex-unavailable = אינו זמין לארגון הזה (Webex)
mo03-webex-no-state = Webex לא נתן לו מצב; הוא לא נוסף
mo03-webex-state = המצב של Webex "{ $state }"; הוא לא נוסף
mo03-webex-validates = Webex מאמת אותו כשאתה שומר
mo03-sent-once = הוזן יותר מפעם אחת ברשימה הזו: נשלח פעם אחת
mo03-webex-says = לא נוסף: Webex אומר: { $why }
mo03-no-answer = לא ידוע אם נוסף: { $which } לא קיבלה תשובה (ראה את הבקשה)
mo03-refused-why = לא נוסף: Webex דחה את { $which }: { $why }
mo03-refused = לא נוסף: Webex דחה את { $which }
mo03-not-sent = לא נוסף: לא נשלח (בקשה קודמת נכשלה)
mo02-wait-overdue = ממתין כבר יותר מ-{ $hours } שעות (מאז { $since }): פנה לספק הסלולר שלך; ייתכן שמנהל הסלולר שלך לא קיבל את בקשת ההרשאה.
mo02-wait-pending = ממתין: ההרשאה עשויה להימשך עד { $hours } שעות; בדוק שוב עד { $due } (נותרו { $left } שע').
mo02-failed-now = נכשל: פנה למפעיל הסלולר שלך.
mo02-failed-why = נכשל ({ $reason }): פנה למפעיל הסלולר שלך.
operator-account-exists = חשבון המפעיל { $id } כבר קיים; לא ניתן להוסיף אותו פעמיים
operator-needed = בחר את מפעיל הסלולר (למשל { $example })
operator-accounts-control-hub = חשבונות מפעיל שייכים כאן ל-Control Hub
operator-demo-only = הצד של המפעיל מדומה רק בהדגמה
number-not-mobile = { $number } הוא { $kind ->
        [standard] מספר רגיל
       *[other] מספר מסוג { $kind }
    }, לא מספר נייד
mobile-byod-first = ל-{ $email } יש קו Webex Go במכשיר אישי ({ $device }, { $status }); מחק אותו תחילה: למשתמש יש קו Webex Go אחד
webex-location-unknown = אין מיקום "{ $location }" בעותק של wxgo עבור { $org } (יש: { $names }). דבר לא נשלח. בארגון אמיתי מספרים ניידים נוספים לפי מיקום (חשבונות מפעיל שייכים ל-Control Hub); הרץ { $sync } אם המיקום נוסף לאחרונה ב-Control Hub.
webex-no-operator-accounts = חשבון מפעיל "{ $account }": בארגון אמיתי חשבונות מפעיל וההרשאה שלהם קיימים רק ב-Control Hub (אין API ציבורי: { $place }), ולכן ל-wxgo אין כאלה. תן את המיקום במקום זאת: { $command }; אז Webex מוסיף את המספרים תחת חשבון המפעיל של המיקום, שחייב להיות מורשה ב-Control Hub. דבר לא נשלח.

## למה הגיעה בקשה להוסיף מספרים ניידים בארגון אמיתי ($why ו-$error הן המילים של הכשל עצמו)
numbers-request-no-answer = בקשה { $i } מתוך { $total }: Webex לא ענה
numbers-request-stopped = בקשה { $i } מתוך { $total }: { $error }
numbers-request-not-sent = לא נשלחה: בקשה קודמת נכשלה ({ $why })
numbers-request-unreadable = Webex קיבל את הבקשה, אך wxgo אינו יכול לדעת מתשובתו אילו מספרים נוספו: הרץ { $sync } כדי לראות אותם
numbers-request-refused-some = Webex לא הוסיף { $refused } מתוך { $n } המספרים (מפורטים עם הסיבה)
numbers-request-found-all = Webex לא ענה, אך כשנשאל אחר כך יש לו כל מספר של הבקשה הזו: הם נוספו
numbers-request-found-none = Webex לא ענה, וכשנשאל אחר כך אין לו אף אחד מהמספרים האלה: לא נוספו (בקשה שעדיין בדרך עשויה עוד להוסיף אותם: הרץ { $sync } בעוד דקה לפני שתוסיף אותם שוב)
numbers-request-found-some = Webex לא ענה; כשנשאל אחר כך יש לו { $found } מתוך { $n } המספרים (אלה נוספו); השאר לא (הרץ { $sync } בעוד דקה לפני שתוסיף אותם שוב)
numbers-request-unasked = Webex לא ענה ({ $why }), ולא ניתן היה לשאול אילו מספרים הוסיף ({ $error }): זה לא ידוע. הרץ { $sync } כדי לראות את מספרי המיקום לפני שתוסיף מספרים כלשהם שוב

## BW
bw01-template = תבנית הלקוח "{ $template }" של { $id } אינה מקבלת כתובות דוא"ל לא מהימנות ({ $gap }), ולכן הקליטה תיכשל שוב ({ $error }). תקן תחילה את התבנית: סמן כתובות דוא"ל לא מהימנות והגדר את קישור השיתוף לקישור ההפעלה ({ $place }), ואז נסה שוב. דבר לא שונה.
bw01-no-template = ל-{ $id } אין תבנית לקוח, ולכן הקליטה תיכשל שוב ({ $error }). תן ללקוח של המנוי תבנית שמקבלת כתובות דוא"ל לא מהימנות ({ $place }), ואז נסה שוב. דבר לא שונה.
bw01-gap-untrusted = "כתובות דוא"ל לא מהימנות" אינו מסומן
bw01-gap-share-link = קישור השיתוף הוא { $link }
bw02-nothing = { $id } במצב { $status }: אין מה לתבוע בפורטל
bw03-not-claimed = { $id } במצב { $status }: אפשר לאמת רק חשבון שנתבע ומחכה לאימות דוא"ל
bw04-not-failed = "{ $action }" חל על מנויים בשגיאה או בהמתנה; { $id } במצב { $status }
bw04-webex-not-failed = "{ $action }" חל על מנויים בשגיאה או בהמתנה; לפי Webex, { $id } במצב { $status }{ $copy ->
        [same] {""}
       *[other] {" "}(העותק של wxgo אמר { $copy }; הרץ { $command } כדי לרענן אותו)
    }. דבר לא שונה.
bw04-webex-unknown-status = Webex נותן ל-{ $id } את המצב "{ $status }", ש-wxgo אינו מכיר, ולכן "{ $action }" לא בוצע. דבר לא שונה.
bw04-email = { $code }: { $text } הזן כתובת דוא"ל אחרת.
bw-button-retry = נסה שוב את ההפעלה
bw-button-delete = מחק משתמש
bw-button-package = שנה סוג חבילה
bw-has-no-error = ל-{ $id } אין שגיאה ({ $status })
bw-partner-scopes = כניסה של מנהל שותף מלא עם ההרשאות { $read } ו-{ $write }
bw-partner-needed = "{ $button }" דורש { $scopes }; לכניסה הזו אין אותן. { $error }
bw-webex-field-missing = ל-{ $id } אין { $field } ב-Webex, וההקצאה זקוקה לו: נסה שוב ב-{ $place } במקום זאת. דבר לא שונה.
bw-webex-no-number = ל-{ $id } אין ב-Webex לא מספר ראשי ולא שלוחה, וההקצאה זקוקה לאחד מהם: תקן זאת ב-BroadWorks, ואז נסה שוב. דבר לא שונה.
bw-not-in-copy = { $id } אינו בעותק של Webex (אין לו מזהה Webex): הרץ { $sync } ובדוק שוב. דבר לא נשלח.
bw-webex-gone = ל-Webex אין מנוי BroadWorks { $id } עבור הכניסה הזו: הוא הוסר במקום אחר (ב-Partner Hub או על ידי BroadWorks), או שהכניסה הזו אינה של מנהל שותף ("{ $button }" דורש { $scopes }). דבר לא שונה; הרץ { $sync } כדי לרענן את הרשימה.{ $tracking }
bw-tracking-none = לא ניתן
bw-retry-unknown = "{ $button }" עבור { $id }: Webex הסיר את המנוי (trackingId { $tracking }) כדי להקצות אותו מחדש עם { $email }, אך לא ענה להקצאה ({ $error }): לא נדחה, לא ידוע, { $now }. דבר לא נשלח שוב. פרטיו: מזהה משתמש BroadWorks { $user }, ארגון { $enterprise }, מזהה הקצאה { $provisioning }.
bw-retry-unknown-absent = ו-Webex, כשנשאל אחר כך, אינו מחזיק בו כעת (בקשה שעדיין בדרך עשויה עוד להקצות אותו: הרץ { $sync } בעוד דקה ובדוק לפני שתקצה אותו שוב)
bw-retry-unknown-unasked = ולא ניתן היה לשאול את Webex אחר כך אם הוא מחזיק בו ({ $error }): הרץ { $sync } ובדוק לפני שתקצה אותו שוב
bw-retry-refused = "{ $button }" עבור { $id } לא הושלם: Webex הסיר את המנוי (trackingId { $tracking }) כדי שאפשר יהיה להקצות אותו מחדש עם { $email }, אך אז סירב להקצות אותו. { $error } המנוי אינו עוד ב-Webex ולא בעותק של wxgo: הקצה אותו מחדש מ-BroadWorks או ב-{ $place } (מזהה משתמש BroadWorks { $user }, ארגון { $enterprise }, מזהה הקצאה { $provisioning }).
portal-verification-not-queued = החשבון נתבע, אך לא ניתן היה להכניס לתור את הודעת האימות: { $error }
portal-demo-only = פורטל ההפעלה מדומה רק בהדגמה

## AL
al01-location = Webex Calling צריך מיקום: ציין אחד (--location NAME)
al01-number = Webex Calling צריך שלוחה ו/או מספר: ציין אחד (--number E164 או --extension DIGITS)
al02-other-location = { $email }: { $number } מוגדר ב-{ $its }, לא ב-{ $location }: ציין מספר של { $location }, או את המיקום { $its }
template-clash = ל-{ $org } כבר יש את { $template }: שנה אותה ({ $command }) או מחק אותה קודם
al03-no-calling = התבנית { $template } אינה מעניקה Webex Calling: אף אחד לא מקבל דרכה רישיון
al03-not-covered = { $email } אינו מכוסה על ידי { $template }: { $theirs ->
        [none] אף תבנית אינה מכסה אותו
       *[other] התבנית שלו היא { $theirs }
    }. לא קיבל רישיון; ערוך את הרישיונות שלו בנפרד אם הוא צריך Webex Calling
al06-unconfirmed = { $warning } אשר במפורש (CLI: { $flags }). דבר לא שונה.
al06-changed = אישרת ש{ $confirmed ->
        [one] משתמש אחד מאבד
       *[other]-{ $confirmed } משתמשים מאבדים
    } את Webex Calling, אך עכשיו היו אלה { $n } (משהו השתנה בינתיים). בדוק את המספר שוב ואשר אותו. דבר לא שונה.
reapply-warning = כיבוי "שמירת רישיונות למשתמשים קיימים" מסיר את Webex Calling מ{ $n ->
        [one] משתמש אחד
       *[other]-{ $n } משתמשים
    } שהתבנית שלהם אינה מעניקה אותו. הגדרות הדואר הקולי שלהם, הקצאות המספרים ({ $numbers ->
        [one] מספר אחד חוזר
       *[other] { $numbers } מספרים חוזרים
    } למאגר המספרים שאינם מוקצים) ושירותי השיחות נמחקים לצמיתות{ $devices ->
        [0] {""}
        [one] , והתקן Webex Go אחד נמחק
       *[other] , ו-{ $devices } התקני Webex Go נמחקים
    }. לא ניתן לבטל זאת.
extension-taken = { $email }: השלוחה { $extension } כבר שייכת ל-{ $holder } ב-{ $location }; בחר אחרת
extension-taken-there = { $email }: השלוחה { $extension } כבר שייכת ל-{ $holder } במיקום הזה; בחר אחרת
template-name-invalid = "{ $name }" אינו שם תבנית: תן 1 עד 80 תווים הניתנים להדפסה
template-group-empty = הקבוצה ריקה: תן את קבוצת המדריך (המחלקה) שהתבנית מיועדת לה, או השמט את --group עבור הארגון כולו
template-licence-unknown = "{ $licence }" אינו רישיון שתבנית מעניקה; בחר מתוך { $licences } (Webex Calling Professional הוא --calling)
template-calling-both = תבנית מעניקה Webex Calling Professional (--calling) או Calling Basic, לא את שניהם
template-not-read-back = התבנית "{ $name }" נשמרה אך לא ניתן לקרוא אותה שוב
template-none = אין תבנית רישיונות "{ $name }"
user-not-read-back = { $email } נשמר אך לא ניתן לקרוא אותו שוב
assignments-line = שורה { $line }: { $error }. דבר לא שונה; תקן את הקובץ ונסה שוב.
assignments-no-email-column = שורה 1: בכותרת אין עמודת דוא"ל (יש בה: { $has }); צפוי: { $expected }
assignments-email-empty = שורה { $line }, עמודה { $column } (דוא"ל): הדוא"ל ריק. דבר לא שונה.
not-in-webex = { $email } אינו ב-Webex: הרץ { $sync }
licence-list-missing = רשימת הרישיונות של הארגון חסרה
run-stopped = { $error }. הבקשות שנענו עד כה בוצעו ב-Webex וביומן: הרץ את אותה פקודה שוב כדי להמשיך
licence-missing-in-webex = לארגון אין ב-Webex { $n ->
        [one] רישיון
       *[other] רישיונות
    } { $licences }: שנה את התבנית ({ $command }) או הוסף את הרישיון ב-Control Hub. דבר לא נשלח.
licence-unknown = { $error } { $now }
licence-unknown-unjournalled = { $error } גם לא ניתן היה לרשום זאת ביומן של wxgo ({ $journal }): בדוק את הרישיונות של { $email } ב-Control Hub לפני שתקצה שוב.
licence-unknown-all = כשנשאל אחר כך, Webex מציג את { $email } עם כל רישיון שהתבקש: השינוי בוצע. הרץ { $sync } כדי לראות אותו כאן.
licence-unknown-none = כשנשאל אחר כך, Webex מציג את { $email } בלי הרישיונות שהתבקשו. הרץ את אותה פקודה שוב: היא קוראת את { $email } מחדש קודם ושולחת רק את מה שחסר.
licence-unknown-some = כשנשאל אחר כך, Webex מציג את { $email } עם { $held } מתוך { $n } הרישיונות שהתבקשו. הרץ את אותה פקודה שוב: היא קוראת את { $email } מחדש קודם ושולחת רק את מה שחסר.
licence-unknown-unasked = לא ניתן היה לשאול את Webex אחר כך מה יש ל-{ $email } ({ $error }). הרץ את אותה פקודה שוב מאוחר יותר: היא קוראת את { $email } מחדש קודם ושולחת רק את מה שחסר.
person-nothing-to-change = אין מה לשנות: תן --work-number E164, --extension N ו/או --location NAME
person-write-twice = הכתיבה של אדם הריצה את שלב ההמשך שלה פעמיים
person-write-no-result = הכתיבה של אדם הסתיימה בלי תוצאה
location-not-in-copy = המיקום הזה אינו בעותק של Webex: הרץ { $sync }

## מה שה-backend לא יכול לעשות כאן
stand-in-only = "{ $action }" הוא { $who }. הוא מדומה רק ב-backend המקומי (ההדגמה: { $command }), לא בארגון האמיתי של הפרופיל "{ $profile }". דבר לא שונה.{ also-read-only }
control-hub-only = ל-"{ $action }" אין API ציבורי של Webex: עשה זאת ב-{ $place }, ואז הרץ { $command }. דבר לא שונה.{ also-read-only }
also-read-only = { $readonly ->
        [no] {""}
       *[other] {" "}הפרופיל הזה גם לקריאה בלבד: { $readonly }.
    }

## מי מבצע פעולה מדומה בארגון אמיתי (ה-$who של stand-in-only; $sync הוא פקודה)
stand-in-phone = הצד של הטלפון: בארגון אמיתי המשתמש עושה זאת בטלפון, ו-{ $sync } מציג את התוצאה
stand-in-portal = הצד של המשתמש בפורטל ההפעלה: בארגון אמיתי המשתמש עושה זאת בפורטל
stand-in-operator = הצד של מפעיל הסלולר: בארגון אמיתי המפעיל מחליט

## מקומות ב-Control Hub וב-Partner Hub (ה-$place של ההודעות; שמות התפריטים כמו במאמרי העזרה)
place-lost-stolen = Control Hub > התקנים > התקן Webex Go > פעולות > אבדו/נגנבו
place-operator-account = Control Hub > Calling > מספרים > מספרים ניידים (חשבון המפעיל של המיקום)
place-directory-numbers = Control Hub > משתמשים > המשתמש > Calling > מספרי מדריך
place-broadworks = Partner Hub > הגדרות > BroadWorks Calling > הצג תבניות > תבנית הלקוח > אימות משתמשים
place-numbers = Control Hub > Calling > מספרים
place-licences = Control Hub > משתמשים > המשתמש > רישיונות (או משתמשים > ניהול משתמשים עבור רבים)
place-devices = Control Hub > התקנים > הוסף התקן > Webex Go (או ההתקן > פעולות)
place-control-hub = Control Hub (admin.webex.com)
place-user-licences = משתמשים > המשתמש > רישיונות
place-mobile-numbers = Calling > מספרים > מספרים ניידים

## אדם השתנה ב-Webex
person-changed = { $email } השתנה ב-Webex מאז שהעותק שלך סונכרן ({ $fields }). דבר לא נשלח: wxgo כותב אדם רק על גבי העותק שראית. הרץ { $command } (F בקונסולה), הסתכל שוב על האדם, וחזור על השינוי.
person-field-changed = { $field }: בעותק שלך { $copy }, ב-Webex כעת { $now }
person-field-email = דוא"ל
person-field-display-name = שם תצוגה
person-field-work-number = מספר עבודה
person-field-extension = שלוחה
person-field-location = מיקום
person-field-department = מחלקה
person-other-location = מיקום אחר ({ $id })

## בקשה שריצה הייתה שולחת, כפי ש---dry-run מציג אותה (כתובות, רישיונות, מקומות ומספרים כפי שהם)
plan-line = שורה { $line }
plan-activation-code = קוד הפעלה עבור { $email }, דגם { $model }
plan-create = צור את { $email }
plan-reread = קרא מחדש את { $email } לפני הכתיבה
plan-write = { $email }: { $fields }
plan-read-licences = קרא את הרישיונות של { $email }
plan-licences = { $email }: { $parts }
plan-add = הוסף { $licences }
plan-add-at = הוסף { $licences } ב-{ $location }{ $number ->
        [none] {""}
       *[other] {" "}עם { $number }
    }{ $extension ->
        [none] {""}
       *[other] , שלוחה { $extension }
    }
plan-remove = הסר { $licences }

## יותר מדי קודי הפעלה שגויים
throttled-source = { $n } קודי הפעלה שגויים מ-{ $from } ב-{ $minutes } הדקות האחרונות, ולכן הקוד הזה לא נבדק. נסה שוב אחרי { $until }. כל קוד שגוי בתוך { $minutes } דקות מהאחרונים מתחיל את ההמתנה מחדש: בדוק תחילה את הקוד בדוא"ל או במכתב (16 אותיות וספרות).
throttled-device = { $n } קודי הפעלה שגויים עבור { $from } ב-{ $minutes } הדקות האחרונות, ולכן הקוד הזה לא נבדק. נסה שוב אחרי { $until }. כל קוד שגוי בתוך { $minutes } דקות מהאחרונים מתחיל את ההמתנה מחדש: בדוק תחילה את הקוד בדוא"ל או במכתב (16 אותיות וספרות).
attempt-wait-until = { $at } (בעוד { $seconds } שנ')
attempt-noted = { $error }{ $stop } { $note }
attempt-wait-source = זה היה קוד שגוי מס' { $n } מ-{ $from } בתוך { $minutes } דקות: הניסיון הבא ימתין עד { $until }.
attempt-wait-device = יותר מדי קודים שגויים עבור { $device }: עד { $until } לא נענים קודים שגויים עבורו (הקוד התקף שלו עדיין עובד).

## ריצות שבוטלו
cancelled-licensing = בוטל אחרי { $done } מתוך { $total } משתמשים: דבר לא שונה
cancelled-import = בוטל בזמן { $phase ->
        [reading] קריאה
        [checking] בדיקה
        [adding] הוספה
        [saving] שמירה
       *[emailing] שליחת דוא"ל
    } ({ $done } מתוך { $total } שורות): דבר לא נוסף
cancelled-sync = הסנכרון בוטל; המטמון שומר את המצב השלם האחרון שלו (דבר מהסנכרון הזה לא נשמר)

## לקריאה בלבד
read-only-db = לקריאה בלבד: מסד הנתונים פתוח לקריאה בלבד, ולכן "{ $action }" לא בוצע. פתח אותו בלי --read-only כדי לבצע שינויים.
read-only-for = לקריאה בלבד: "{ $action }" לא נשלח ל-Webex כי { $why }. דבר לא שונה.

## מספרים ושלוחות (הקלט מוצג כפי שהוקלד; מספרי הדוגמה אינם מתורגמים)
e164-none = לא ניתן מספר
e164-no-plus = "{ $input }" אינו בתבנית E.164: עליו להתחיל ב-+ ובקידומת המדינה, למשל +12145550100
e164-not-digit = "{ $input }" אינו בתבנית E.164: '{ $bad }' אינו ספרה (כתוב רק + וספרות, למשל +12145550100)
e164-zero = "{ $input }" אינו בתבנית E.164: קידומת מדינה לעולם אינה מתחילה ב-0
e164-length = "{ $input }" אינו בתבנית E.164: יש בו { $n ->
        [one] ספרה אחת
       *[other] { $n } ספרות
    }, ומספר בינלאומי מלא כולל 8 עד 15
extension-invalid = "{ $extension }" אינו שלוחה: כתוב 2 עד 10 ספרות, למשל 4021
## מילים וקודים כפי שהוקלדו או נקראו בחזרה (הערך כפי שניתן; softphone, pending, online ... הן המילים להקלדה ואינן מתורגמות)
bw-status-unknown = מצב BroadWorks לא ידוע "{ $status }"
package-unknown = חבילה לא ידועה "{ $package }": השתמש ב-softphone, basic, standard או premium
email-invalid = "{ $email }" אינו כתובת דוא"ל תקינה (כמו name@example.com)
code-length = לקוד הפעלה יש { $n } אותיות וספרות (כמו K7QX-M2PD-9HTR-4WCE); לזה יש { $has }
code-symbol = '{ $symbol }' אינו מופיע אף פעם בקוד הפעלה (קודים משתמשים ב-2-9 וב-A-Z בלי I, L ו-O)
lpa-prefix = מחרוזת הפעלה מתחילה ב-LPA:1$
lpa-shape = מחרוזת הפעלה היא LPA:1$<כתובת SM-DP+>$<matching id>
lpa-matching-id = matching id משתמש רק ב-A-Z a-z 0-9 וב--
device-status-unknown = מצב מכשיר לא ידוע "{ $status }": השתמש ב-pending, online או offline
device-kind-unknown = סוג מכשיר לא ידוע "{ $kind }"
auth-status-unknown = מצב הרשאה לא ידוע "{ $status }"
mo01-empty = מזהה חשבון המפעיל ריק: הקלד את המזהה שמפעיל הסלולר שלך נתן לך
mo01-invalid = "{ $id }" אינו מזהה חשבון מפעיל: השתמש באותיות, ספרות, '-', '_' או '.', עד 64
field-hazard = בערך יש { $character } בתו { $position }; הסר אותו במקור וייצא שוב
field-too-long = אורך הערך { $n } תווים; מותרים לכל היותר { $max }
char-line-break = מעבר שורה
char-tab = טאב
char-escape = תו escape (ESC)
char-bell = תו צלצול (BEL)
char-control = תו בקרה ({ $code })
char-direction = תו כיווניות כתב ({ $code })
char-invisible = תו בלתי נראה ({ $code })

## MO02, MO03: מה לעשות בחשבון מפעיל, ולמה אי אפשר להוסיף מספר נייד ($what: היכן המספר נמצא)
mo02-advice-pending = ההרשאה ממתינה; זה יכול לקחת עד 48 שעות. פנה לספק הסלולר שלך אם מנהל הסלולר שלך לא קיבל בקשת הרשאה.
mo02-advice-failed = ההרשאה נכשלה. פנה למפעיל הסלולר שלך.
mo02-advice-authorized = מורשה: עכשיו אפשר להוסיף מספרי נייד.
mo03-in-list-twice = הוזן יותר מפעם אחת ברשימה הזו
mo03-no-plan = { $number } אינו מספר תקין באף תוכנית מספור
mo03-other-country = { $number } הוא מספר של { $its }, לא של מדינת המיקום { $country }
mo03-in-inventory = כבר במלאי ({ $what })
mo03-other-org = בשימוש של ארגון אחר
mo03-fixed-line = { $number } הוא מספר קווי, לא מספר נייד
held-standard-of = מספר רגיל של { $owner }
held-mobile-of = מספר נייד של { $owner }
held-standard-free = מספר רגיל שלא הוקצה
held-mobile-free = מספר נייד שלא הוקצה

## מה שאינו קיים (שמות, מספרים ומזהים כפי שניתנו; $command היא פקודה להרצה)
names-none = אין
not-found-user = אין ב-{ $org } משתמש עם הדוא"ל "{ $email }". חפש אותו עם { $command }.
not-found-device = אין ב-{ $org } מכשיר Webex Go { $device }. הצג אותם עם { $command }.
user-has-no-device = ל-{ $email } אין מכשיר Webex Go.
device-reference = "{ $reference }" אינו מכשיר: תן את המזהה שלו (go-12) או את הדוא"ל של בעליו
not-found-number = { $number } אינו במלאי המספרים של { $org }
not-found-location = אין ב-{ $org } מיקום "{ $location }"
not-found-location-listed = אין ב-{ $org } מיקום "{ $location }"; יש: { $names }
not-found-subscription = אין ב-{ $org } מינוי { $subscription } עם רישיונות Webex Go; יש: { $subscriptions }
subscription-name-shared = כמה מינויים נקראים "{ $name }": תן את המזהה של אחד מהם ({ $ids })
subscription-start-shared = "{ $start }" הוא תחילתם של כמה מזהי מינוי ({ $ids }): תן יותר מהמזהה שאתה מתכוון אליו
not-found-account = אין ב-{ $org } חשבון מפעיל "{ $account }". הצג אותם עם { $command }.
not-found-account-for = אין ב-{ $org } חשבון מפעיל למיקום "{ $location }". הוסף אחד עם { $add }, או הצג אותם עם { $list }.
not-found-template = אין תבנית רישיונות "{ $name }"; יש: { $names }. הצג אותן עם { $command }.
not-found-org = אין כאן ארגון בשם "{ $name }"; יש: { $names }
not-found-subscriber = אין ב-{ $org } מנוי BroadWorks "{ $id }". הצג אותם עם { $command }.
not-in-copy = { $email } אינו בעותק של Webex (אין מזהה Webex): הרץ { $command } ובדוק שוב
device-not-in-copy = { $device } אינו בעותק של Webex (אין לו מזהה Webex): הרץ { $sync } ובדוק שוב
why-nobody-given = תן דוא"ל, מספר טלפון או שלוחה
why-no-email = אין ב-{ $org } אף אחד עם הדוא"ל "{ $email }": לא משתמש ולא מנוי BroadWorks. חפש עם { $command }.
why-no-number = לאף אחד ב-{ $org } אין את המספר או השלוחה "{ $number }" (לא משתמש, לא מנוי BroadWorks). חפש עם { $command }.
not-found-thing = { $what ->
        [device] אין מכשיר כזה
        [subscription] אין מינוי כזה
        [operator-account] אין חשבון מפעיל כזה
       *[other] לא נמצא: { $what }
    }

## מסד הנתונים ($file הוא הנתיב שלו, או db-the-database כשהנתיב אינו ידוע; --db, --read-only ו-WXGO_DB אינם מתורגמים)
db-the-database = מסד הנתונים
db-fuser = `fuser` על קובץ מסד הנתונים
db-busy = { $file } תפוס: wxgo אחר (או תוכנה אחרת) מחזיק בו כבר יותר מ-{ $seconds ->
        [one] שנייה אחת
       *[other] { $seconds } שניות
    }. דבר לא שונה. נסה שוב; אם הוא נשאר תפוס, חפש תהליך תקוע עם { $command }.
db-read-only = אי אפשר לכתוב אל { $file } (הקובץ או התיקייה שלו לקריאה בלבד). דבר לא שונה. השתמש ב---read-only כדי לעיין בו, או תקן את ההרשאות.
db-damaged = { $file } אינו מסד נתונים של wxgo, או שהוא פגום. דבר לא שונה. כוון את --db לקובץ הנכון, או שחזר אותו מגיבוי.
db-cannot-open = אי אפשר לפתוח את { $file } (תיקייה חסרה, או אין הרשאה: מלבד הקובץ, SQLite צריך ליצור את { $file }-wal ואת { $file }-shm בתיקייה שלו). דבר לא שונה. השתמש ב---read-only כדי לעיין בו, או בדוק את הנתיב ואת ההרשאות שלו.
db-disk-full = הדיסק שמחזיק את { $file } מלא. דבר לא שונה. פנה מקום ונסה שוב.
db-constraint = זה היה מפר כלל של הנתונים ({ $error }). דבר לא שונה.
db-other = שגיאת מסד נתונים ב-{ $file }: { $error }
db-foreign-kept = { $file } אינו מסד נתונים של wxgo: { $why }. דבר לא שונה: wxgo מחליף רק את מסדי הנתונים שלו. בחר קובץ אחר עם --db (או מחק אותו בעצמך אם אין בו עוד צורך).
db-folder = { $file } היא תיקייה, לא מסד נתונים. דבר לא שונה. כוון את --db לקובץ מסד נתונים.
db-empty = { $file } ריק: אין בו עדיין מסד נתונים של wxgo. דבר לא שונה. צור בו את ארגון ההדגמה עם { $create }, השתמש בהדגמה עם { $demo }, או כוון את --db למסד הנתונים שלך.
db-foreign = { $file } אינו מסד נתונים של wxgo: { $why }. דבר לא שונה. כוון את --db למסד נתונים של wxgo, או לקובץ חדש כדי ליצור אחד ({ $command }).
db-newer = { $file } נכתב על ידי wxgo חדש יותר (גרסת סכמה { $version }; wxgo זה מכיר עד { $known }). דבר לא שונה. שדרג את wxgo כדי לפתוח אותו.
db-older = { $file } הוא מסד נתונים של wxgo בגרסת סכמה { $version }; wxgo זה קורא גרסאות { $from } עד { $known }. דבר לא שונה. פתח אותו פעם אחת בלי --read-only כדי לשדרג אותו.
db-upgrade-failed = לא ניתן לשדרג את { $file } לגרסת סכמה { $known }. דבר לא שונה. שחזר אותו מגיבוי, או דווח על כך עם גרסת wxgo שכתבה אותו.
db-wal-unreadable = אי אפשר לקרוא כאן את { $file }: אי אפשר לכתוב לתיקייה שלו, ו-{ $wal } מחזיק שינויים אחרונים ש-SQLite יכול לקרוא רק עם קובץ { $shm } לצדו. דבר לא שונה. העתק את מסד הנתונים עם קובץ ה-wal- שלו לתיקייה שאפשר לכתוב אליה, או פתח אותו פעם אחת במקום שאפשר לכתוב לתיקייה שלו.
db-none = אין מסד נתונים ב-{ $file }. דבר לא נוצר. בדוק את --db (או את WXGO_DB) לשגיאת הקלדה; השתמש בארגון ההדגמה עם { $demo }; או צור שם את ארגון ההדגמה עם { $create }.
db-none-folder = אין מסד נתונים ב-{ $file } (גם התיקייה { $folder } אינה קיימת). דבר לא נוצר. בדוק את --db (או את WXGO_DB) לשגיאת הקלדה; השתמש בארגון ההדגמה עם { $demo }; או צור שם את ארגון ההדגמה עם { $create }.
db-no-org = מסד הנתונים עדיין אינו מכיל ארגון. צור בו את ארגון ההדגמה עם { $create }, או השתמש במסד נתוני ההדגמה עם { $demo }.
db-many-orgs = מסד הנתונים מכיל { $n } ארגונים; בחר אחד עם --org NAME: { $names }
demo-spec-broken = { $file } פגום: { $error }
demo-cannot-replace = לא ניתן להחליף את { $path }: { $error }
index-users-missing = האינדקס של המשתמשים חסר
index-list-missing = האינדקס של הרשימה חסר
index-too-large = רשימה גדולה מכדי לאנדקס אותה (יותר מ-4 GB של טקסט)
index-changed = הרשימה השתנתה בזמן שאונדקסה; נסה שוב
index-not-devices = זו אינה רשימת התקנים
db-foreign-damaged = גרסת הסכמה שלו היא { $version }, שאף wxgo אינו כותב (הוא פגום)
db-foreign-application = הוא שייך לתוכנה אחרת (application id { $id })
db-foreign-version = גרסת הסכמה שלו היא { $version }, שאף wxgo אינו כותב
db-foreign-tables = יש בו { $n ->
        [one] טבלה אחת
       *[other] { $n } טבלאות
    } ואין בו סימון של wxgo: הוא שייך לתוכנה אחרת
db-foreign-not-ours = יש לו גרסת סכמה { $version } אבל לא הטבלאות של wxgo
db-schema-not-created = לא ניתן היה ליצור את הסכמה: { $error }
db-cannot-create = לא ניתן ליצור את קובץ מסד הנתונים { $file }: { $error }. דבר לא שונה. בדקו את הנתיב ואת ההרשאות של התיקייה שלו, או הפנו את --db לקובץ אחר.
db-devices-short = נוספו { $added } מתוך { $total } מכשירים; דבר לא נשמר

## קובצי CSV (שם הקובץ, השורות, העמודות והתאים כפי שהם; שמות העמודות של Control Hub אינם מתורגמים)
csv-save-as-utf8 = שמור אותו כ-CSV בקידוד UTF-8 (Excel: קובץ > שמירה בשם > "CSV UTF-8 (מופרד באמצעות פסיקים)"; LibreOffice: שמירה בשם > Text CSV, ערכת תווים Unicode (UTF-8)) ונסה שוב.
csv-utf16 = { $source } שמור כ-UTF-16 ("טקסט Unicode"), לא כ-CSV בקידוד UTF-8. { csv-save-as-utf8 }
csv-not-utf8 = { $source } אינו UTF-8: הבית { $byte } בשורה { $line } אינו טקסט UTF-8 (נראה שהקובץ נשמר כ-Latin-1 / Windows-1252, למשל "CSV (מופרד באמצעות פסיקים)"). { csv-save-as-utf8 }
csv-malformed = { $source } שורה { $line }: זה אינו CSV תקין ({ $error }). חפש מירכאה שנפתחה ולא נסגרה.
csv-empty = { $source } ריק: אין בו שורת כותרת ואין בו שורות
## הייצוא של הספרייה (סנכרון ספרייה: הנתיב, השורות, העמודות, הכותרות והערכים של הקובץ כפי שהם)
dir-cannot-read = לא ניתן לקרוא את קובץ הספרייה { $path }: { $error }
dir-io = לא ניתן לקרוא את קובץ הספרייה: { $error }
dir-line = שורה { $line }: { $what }. דבר לא שונה; תקן את הקובץ וסנכרן שוב.
dir-cell = שורה { $line }, עמודה { $column } ({ $name }): { $what }. דבר לא שונה; תקן את הקובץ וסנכרן שוב.
dir-same-column = העמודה הזו אומרת את אותו הדבר כמו עמודה { $column } ({ $name })
dir-no-email-column = שורה 1: בכותרת אין עמודת דוא"ל (יש בה: { $has }). מצופה: { $expected }. דבר לא שונה.
dir-email-empty = הדוא"ל ריק
dir-not-email = "{ $value }" אינו כתובת דוא"ל
dir-email-twice = { $email } מופיע גם בשורה { $first }; כל משתמש יכול להופיע פעם אחת
dir-column-missing = עמודה { $column } ({ $name }) חסרה
dir-column-extra = עמודה { $column } מיותרת
dir-fields = שורה { $line }: בשורה יש { $len ->
        [one] שדה אחד
       *[other] { $len } שדות
    } אבל בכותרת יש { $expected }: { $column }. שים במירכאות שדות שיש בהם פסיקים. דבר לא שונה; תקן את הקובץ וסנכרן שוב.
dir-not-utf8 = שורה { $line }, עמודה { $column }: אינו טקסט UTF-8. שמור את הייצוא כ-UTF-8 (CSV UTF-8) וסנכרן שוב; דבר לא שונה.
dir-not-csv = שורה { $line }: הקובץ אינו CSV תקין ({ $error }). דבר לא שונה.

## הבעיות של שורה בייבוא ההמוני (מוצגות אחרי השורה והעמודה שלה)
sheet-column-twice = העמודה "{ $column }" מופיעה פעמיים (עמודות { $first } ו-{ $second }); השאר אחת
sheet-no-column = בכותרת אין עמודה "{ $column }". התחל מהתבנית: { $command }
sheet-no-subscription-column = בכותרת אין עמודה { $column }, ולכן אף שורה אינה בוחרת את המינוי שממנו מגיע הרישיון שלה. התחל מהתבנית: { $command }
sheet-empty-write = ריק; כתוב { $want }
sheet-not-fixed = הוא "{ $value }"; בשורה של מכשיר Webex Go יש { $want }
sheet-mac = הוא "{ $value }"; למכשיר Webex Go אין כתובת MAC: השאר ריק
sheet-not-true-false = הוא "{ $value }"; כתוב TRUE עבור המינוי שממנו מגיע הרישיון, אחרת FALSE או כלום
sheet-no-true = אף מינוי אינו מסומן TRUE: סמן את זה שממנו מגיע הרישיון ({ $columns })
sheet-many-true = { $n } מינויים מסומנים TRUE; רישיון מגיע ממינוי אחד בדיוק: סמן רק אחד
sheet-no-user = ריק; כתוב את הדוא"ל של המשתמש
sheet-user-twice = { $email } מופיע גם בשורה { $first }: למשתמש יש מכשיר Webex Go אחד, לכן השאר שורה אחת
sheet-extension = השלוחה של { $email } היא { $theirs }, לא { $given }: תקן אותה או השאר את Extension ריק
sheet-no-location = אין מיקום
sheet-location = { $email } נמצא ב-{ $theirs }, לא ב-{ $given }: תקן זאת או השאר את Location ריק
sheet-number-twice = { $number } נבחר גם בשורה { $first } (עבור { $other }): בחר מספר אחר שלא הוקצה של { $location }
sheet-number-webex = הוא { $given }, אך בעותק של Webex יש { $theirs } עבור { $email }: הייבוא אינו משנה מספרים. השאר את Phone Number ריק, או שנה את המספר תחילה ({ $place }).
sheet-no-number = אין מספר
import-no-rows = ב-{ $source } יש שורת כותרת אך אין שורות התקנים: אין מה להוסיף
import-mails-not-queued = לא ניתן היה להכניס לתור את הודעות ההפעלה ({ $error })
import-mail-not-queued = לא ניתן היה להכניס לתור את הודעת ההפעלה ({ $error })

## מה עלה בגורל שורה בייבוא המרוכז בארגון אמיתי ($error ההודעה של הכשל עצמו, $command פקודה להרצה)
import-row-unknown = { $error } הרץ את אותה פקודה שוב: היא שואלת את Webex אם הבקשה של השורה הזו הגיעה (ההתקנים של האדם) ולא שולחת עבורה דבר אם כן.
import-row-code-kept-uncached = הקוד שלה נמצא בקובץ הקודים, אך לא ניתן היה לעדכן את המטמון: { $error }
import-row-code-lost = הבקשה הקודמת כן הגיעה: Webex יצר את ההתקן והנפיק קוד, אך הקוד לא הגיע מעולם ל-wxgo (התשובה אבדה, או ש-wxgo נעצר לפני שכתב אותו): לאף אחד אין אותו. צור קוד אחר עם { $command }.
import-row-code-lost-uncached = הקוד הונפק על ידי Webex אך אבד, ולא ניתן היה לעדכן את המטמון: { $error }
import-row-unasked = לא ניתן היה לשאול את Webex אם הבקשה הקודמת של השורה הזו הגיעה ({ $error }); היא לא נשלחה שוב. הרץ את אותה פקודה שוב.
import-row-undelivered = Webex הנפיק את הקוד אך הוא לא נמסר ({ $error }); הייבוא נעצר. תקן זאת והרץ את אותה פקודה שוב (השורה הזו תאמר אז איך ליצור קוד חדש).

## הדוח של הייבוא ההמוני

## כניסה (פקודות, משתני סביבה, הרשאות ונתיבים אינם מתורגמים; $why ו-$words הם המילים של Webex עצמו, כפי ש-Webex נותן אותן)
signin-not-yet = פרופיל זה עדיין לא התחבר ל-Webex. הרץ { $login } (או הגדר את WEBEX_TOKEN).
signin-env-unset = { $var } אינו מוגדר (או ריק). שים בו אסימון גישה של Webex (או השמט את --token-env כדי להשתמש בכניסה השמורה של הפרופיל).
signin-token-empty = אסימון ה-Webex ריק. הגדר את WEBEX_TOKEN, או התחבר עם { $login }.
signin-expired-no-refresh = הכניסה ל-Webex פגה ואין אסימון רענון. התחבר שוב עם { $login }.
signin-refresh-too-old = הכניסה ל-Webex פגה (אסימון הרענון ישן מדי). התחבר שוב עם { $login }.
signin-renew-refused = Webex סירב לחדש את הכניסה ({ $why }): אסימון הרענון בוטל או פג. התחבר שוב עם { $login }.
signin-bad-answer-token = התשובה של Webex ל-{ $path } מכילה אסימון עם תו בקרה או מעבר שורה, שאי אפשר לשלוח בבקשה: הוא לא שימש ולא נשמר. התחבר שוב עם { $login }; אם זה קורה שוב, דווח על כך לתמיכה של Cisco.
signin-start-refused = Webex סירב להתחיל את הכניסה ({ $why }). בדוק את מזהה הלקוח של האינטגרציה ושהיא מתירה את ההרשאות המבוקשות ({ $scopes }).
signin-declined = הכניסה נדחתה בדפדפן. הרץ שוב { $login } אם זו הייתה טעות.
signin-refused = Webex סירב לכניסה ({ $why }). בדוק את מזהה הלקוח ואת סוד הלקוח של האינטגרציה, ואז הרץ שוב { $login }.
signin-code-expired = קוד הכניסה פג לפני שאושר. הרץ שוב { $login }.
token-unsendable = אסימון ה-Webex מכיל תו שאי אפשר לשלוח; השג אסימון חדש
token-the = אסימון ה-Webex
token-in = אסימון ה-Webex שב-{ $var }
token-line-break = מעבר שורה
token-control = תו בקרה ({ $code })
token-space = רווח
token-odd-character = תו שאף פעם אין באסימון ({ $code })
token-bad-character = ב{ $token } יש { $what } בתו { $at } מתוך { $n }: אי אפשר לשלוח אותו, ושום דבר לא נשלח. העתק שוב את האסימון (שורה אחת, בלי דבר סביבו), או התחבר עם { $login }.
token-profile-name = שם הפרופיל "{ $name }" חייב להיות אותיות, ספרות, - או _ (עד 64)
token-cannot-encode = לא ניתן לקודד את האסימונים: { $error }
token-file-cannot = { $what ->
        [create] לא ניתן ליצור את קובץ האסימונים ב-{ $dir }: { $error }
        [write] לא ניתן לכתוב את קובץ האסימונים ב-{ $dir }: { $error }
        [protect] לא ניתן להגן על קובץ האסימונים ב-{ $dir }: { $error }
       *[replace] לא ניתן להחליף את קובץ האסימונים ב-{ $dir }: { $error }
    }
token-file-cannot-read = לא ניתן לקרוא את קובץ האסימונים { $path }: { $error }
token-stored-unreadable = לא ניתן לקרוא את הכניסה השמורה; הרץ שוב { $login } כדי להחליף אותה
token-no-home = לא נמצאה תיקיית בית לקובץ האסימונים; הגדר XDG_STATE_HOME
keyring-no-thread = לא ניתן להפעיל את הקריאה למחזיק המפתחות: { $error }
keyring-timeout = מחזיק המפתחות של המערכת לא ענה תוך { $seconds } שניות (האם הוא נעול?)

## Webex סירב לאסימון (401) או לבקשה (403): $said הן המילים של Webex עצמו עם webex-says סביבן, $tracking המילים על ה-trackingId (כל אחד ריק כש-Webex לא נתן)
webex-says = Webex אומר: "{ $words }".
webex-tracking = trackingId { $id } (מסור אותו לתמיכה של Cisco).
webex-401 = Webex לא קיבל את הכניסה עבור { $method } { $path } (401: האסימון פג או בוטל).{ $said } התחבר שוב עם { $login } (או תן אסימון חדש ב-WEBEX_TOKEN).{ $tracking }
webex-401-env = Webex לא קיבל את האסימון שב-{ $var } עבור { $method } { $path } (401: הוא פג או בוטל).{ $said } שים אסימון חדש ב-{ $var } (כניסה שמורה אינה בשימוש כל עוד { $var } מוגדר).{ $tracking }
webex-403 = Webex סירב ל-{ $method } { $path } (403 Forbidden): לאסימון חסרים ההרשאה או התפקיד הדרושים: { $scope }.{ $said } התחבר עם מנהל ואינטגרציה שיש להם אותם ({ $login }).{ $tracking }
webex-403-env = Webex סירב ל-{ $method } { $path } (403 Forbidden): לאסימון שב-{ $var } חסרים ההרשאה או התפקיד הדרושים: { $scope }.{ $said } שים ב-{ $var } אסימון של מנהל שיש לו אותם.{ $tracking }
scope-with-role = { $scope } ({ $role })
scope-unknown = הרשאת מנהל עבור בקשה זו
role-full-admin = מנהל מלא
role-partner-admin = מנהל שותף
role-partner-full-admin = מנהל שותף מלא
role-full-or-partner-admin = מנהל מלא או מנהל שותף

## פרופילים וקובץ התצורה ($file הוא הנתיב שלו, $at הקובץ ומקטע הפרופיל; מפתחות, ערכים ושמות פרופילים אינם מתורגמים)
profiles-there = (יש: { $names })
profile-unknown = אין פרופיל "{ $name }" ({ $from }) ב-{ $file }; הוסף שם מקטע [profiles.{ $name }]{ $there }
profile-default-unknown = { $file }: default_profile = "{ $name }" אינו שם של פרופיל; הוסף [profiles.{ $name }] או תקן את השם{ $there }
profile-secret-needed = כדי להתחבר נדרש סוד הלקוח של אינטגרציית Webex: הגדר את { $var }, או ציין קובץ עם client_secret_file ב-[profiles.{ $name }] של { $file }
config-not-toml = { $file } אינו TOML תקין: { $error }
config-default-profile-name = { $file }: default_profile מקבל שם פרופיל במירכאות (אותיות, ספרות, - או _), למשל default_profile = "acme"
config-profile-section = { $file }: profiles.{ $name } חייב להיות מקטע: כתוב [profiles.{ $name }]
config-profiles-sections = { $file }: profiles הוא אוסף מקטעים: כתוב [profiles.NAME] עם backend = "webex"
profile-name-invalid = { $at }: שם פרופיל מורכב מאותיות, ספרות, - או _ (עד 64)
profile-unknown-key = { $at }: מפתח לא מוכר { $key }; המפתחות הם { $keys }
profile-takes-text = { $at } { $key } מקבל טקסט במירכאות
profile-takes-bool = { $at } { $key } מקבל true או false
profile-backend-missing = { $at }: חסר backend; כתוב backend = "webex" (או "local")
profile-backend-unknown = { $at } backend = "{ $backend }": השתמש ב-"webex" או ב-"local"
profile-base-url-refused = { $at } base_url = "{ $url }": { $error }
profile-base-url-not-https = { $at } base_url = "{ $url }" אינו כתובת URL של https://; למשל { $example }
profile-takes-seconds = { $at } { $key } מקבל שניות, { $min } עד { $max }
profile-secret-inline = { $at } client_secret: סוד לעולם אינו נכתב בתצורה; שים אותו בקובץ ש-client_secret_file מציין, או במשתנה סביבה ש-client_secret_env מציין
profile-secret-env-name = { $at } client_secret_env מציין משתנה סביבה (אותיות, ספרות, _), לא את הסוד עצמו
config-secret-at-top = { $file }: { $key } בראש הקובץ: סוד לעולם אינו נכתב בתצורה (כל מי שיכול לקרוא את הקובץ, גיבוי או שיתוף מסך היה מקבל אותו). הסר אותו, ותן את הסוד לפרופיל עם client_secret_env = "VAR" (משתנה סביבה) או client_secret_file = "PATH" (קובץ שרק אתה יכול לקרוא, chmod 600).
secret-file-readable = { $file }: [profiles.{ $name }] client_secret_file { $path } { $why }, ו-wxgo אינו משתמש בסוד שאחרים יכולים לקרוא (כפי ש-ssh מסרב למפתח קריא). הרץ { $command } (ובדוק מי יכול היה לקרוא אותו), ואז נסה שוב. דבר לא נשלח.
secret-file-readable-by-anyone = ניתן לקריאה על ידי כל אחד במחשב זה (הרשאות { $mode })
secret-file-readable-by-group = ניתן לקריאה על ידי הקבוצה שלו (הרשאות { $mode })
secret-file-cannot-read = { $file }: [profiles.{ $name }] client_secret_file { $path }: לא ניתן לקרוא אותו ({ $error }). תקן את הנתיב.
secret-file-empty = { $file }: [profiles.{ $name }] client_secret_file { $path } ריק
webex-plain-http = כתובת Webex { $address } היא { $scheme } לא מוצפן: האסימון וסוד הלקוח היו עוברים ברשת ללא הצפנה. השתמש ב-https:// (http:// לא מוצפן מתקבל רק עבור מחשב זה: localhost, 127.0.0.1, ::1). דבר לא נשלח.
ca-file-cannot-read = לא ניתן לקרוא את ca_file { $path }: { $error }; תקן את הנתיב בפרופיל
ca-file-unusable = ca_file { $path } אינו מכיל אישור PEM שמיש: { $error }
ca-file-empty = ca_file { $path } אינו מכיל אישור PEM
login-no-client-id = כדי להתחבר נדרש מזהה הלקוח של אינטגרציית Webex: הגדר client_id ב-[profiles.{ $name }] של { $file } (או העבר --client-id). צור את האינטגרציה ב-developer.webex.com > My Webex Apps; הסעיף "Connect to your organisation" ב-README מפרט את ההרשאות הדרושות לה.
token-file-no-home = לא נמצאה תיקיית בית לקובץ הטוקן; הגדר { $var }
webex-client-not-set-up = לא ניתן היה להגדיר את לקוח Webex
profile-none-chosen = { $command } עובד על פרופיל של ארגון אמיתי, ולא נבחר אף אחד. הוסף אחד ל-{ $file }:{ $sample }ואז הרץ { $login } (או בחר אחד עם --profile NAME או WXGO_PROFILE). ראה "Connect to your organisation" ב-README.
## ה-lang, ה-print_command וה-[smtp] של קובץ התצורה, WXGO_SMTP_URL, --lang ו-WXGO_NOW ($file הוא נתיב התצורה; מפתחות, ערכים, קודים ודוגמאות אינם מתורגמים)
lang-flag-unknown = --lang { $lang }: wxgo מדבר { $codes }; ציין אחת מהן (או השמט את --lang)
lang-config-unknown = lang = "{ $lang }" ב-config.toml: wxgo מדבר { $codes }; הגדר אחת מהן, או הסר את השורה
clock-not-rfc3339 = WXGO_NOW="{ $value }" אינו זמן בתבנית RFC 3339 ({ $error }); כתוב למשל 2026-11-22T09:00:00Z
config-print-command = { $file }: print_command מקבל פקודה במירכאות, למשל "lp -d office" ("" מכבה הדפסה)
config-smtp-section = { $file }: smtp הוא מקטע: כתוב [smtp] עם host, port, starttls, user
smtp-password-file = לא ניתן לקרוא את קובץ הסיסמה של SMTP { $path }: { $error }
smtp-takes-text = { $file }: [smtp] { $key } מקבל טקסט במירכאות
smtp-takes-bool = { $file }: [smtp] { $key } הוא true או false (בלי מירכאות)
smtp-needs-host = { $file }: [smtp] צריך host = "smtp.example.com" (או הסר את המקטע כדי להשתמש בתיקיית דואר יוצא)
smtp-tls-both = { $file }: [smtp] בחר starttls = true (פורט 587) או tls = true (פורט 465), לא את שניהם
smtp-port = { $file }: [smtp] port הוא מספר מ-1 עד 65535
smtp-url = WXGO_SMTP_URL="{ $url }" { $why }; כתוב אותו כ-smtp://HOST:PORT (או smtps://HOST:PORT)
smtp-url-no-scheme = אין בו סכמה
smtp-url-scheme = אינו כתובת smtp:// או smtps://
smtp-url-option = יש בו אפשרות ש-wxgo אינו מכיר ({ $option })
smtp-url-password = יש בו סיסמה: תן אותה ב-WXGO_SMTP_PASSWORD במקום זאת, כדי שלא תופיע ברשימות תהליכים
smtp-url-port = יש בו פורט שאינו מספר מ-1 עד 65535
smtp-url-no-host = אין בו מארח

## רשימות, מינויים וארגונים (מזהים ושמות כפי שהם)
list-next = { $first }, { $next }
list-next-semicolon = { $first }; { $next }
subscription-free = { $subscription } ({ $free ->
        [one] { $free } פנוי
       *[other] { $free } פנויים
    })
sheet-counted-in = { $reason } (כולל השורות שלמעלה בקובץ זה)
cache-no-org = המטמון של הפרופיל "{ $profile }" עדיין אינו מכיל אף ארגון. הרץ { $sync } (אחרי { $login }, או כש-WEBEX_TOKEN מוגדר).
org-not-cached-hint = { $error }. ארגון שעדיין אינו במטמון נטען עם { $command } (ראה { $orgs }).
cache-none-yet = לפרופיל "{ $profile }" עדיין אין עותק של הארגון שלו ({ $file } אינו קיים). דבר לא נוצר. היכנס עם { $login } (או הגדר WEBEX_TOKEN), ואז הרץ { $sync }.
sync-local = sync מיועד לפרופיל webex; הארגון הזה מקומי (הנתונים שלו הם האמת)
sync-stopped = הסנכרון של { $part ->
        [people] האנשים
        [licences] הרישיונות
        [locations] המיקומים
        [devices] ההתקנים
        [numbers] המספרים
        [broadworks] מנויי BroadWorks
        [audit] אירועי הביקורת של המנהלים
       *[other] { $part }
    } נעצר: { $error } המטמון שומר את העותק השלם האחרון שלו: דבר מהסנכרון הזה לא נשמר.
sync-org-not-listable = לטוקן הזה אסור להציג ארגונים, ולכן לא ניתן לחפש את --org "{ $org }" ({ $error })
sync-org-not-managed = אין ארגון "{ $org }" בין אלה שהכניסה הזו מנהלת: { $names }. ראה אותם עם { $command }.
sync-org-unknown = Webex לא אמר לאיזה ארגון שייך האדם המחובר; הגדר org_id ב-[profiles.{ $name }] של { $file }

## הבעיות של שורה בייבוא היסטוריית השיחות (מוצגות אחרי השורה והעמודה שלה; ORIGINATING ו-TERMINATING הן המילים של הדוח)
calls-no-column = בשורת הכותרת אין עמודה "{ $column }": האם זה דוח Detailed Call History של Webex?
calls-not-time = "{ $value }" אינו זמן; הדוח כותב למשל 2026-11-20T14:03:11.123Z
calls-not-duration = "{ $value }" אינו משך בשניות
calls-no-direction = ריק; הדוח כותב ORIGINATING או TERMINATING

## ההערה של הייבוא הקבוצתי אחרי הרצה אמיתית ($file הוא קובץ הקודים, $command פקודה להרצה)

## שאר התשובות של Webex ($said ו-$tracking כמו ב-401/403; $status סטטוס ה-HTTP, $attempts כמה פעמים נשלח, $last הכשל האחרון במילים של התעבורה, $sync הפקודה שמרעננת את העותק)
webex-404 = ל-Webex אין דבר כזה ב-{ $method } { $path } (404 Not Found).{ $said } ייתכן שהוא נמחק ב-Control Hub; הרץ { $sync } כדי לרענן את העותק.{ $tracking }
webex-409 = Webex סירב ל-{ $method } { $path } בגלל התנגשות (409): הפריט השתנה או משתנה כעת.{ $said } הרץ { $sync }, בדוק אותו ונסה שוב בעוד רגע.{ $tracking }
webex-423 = Webex נעל את { $path } (423) עד שינוי אחר יסתיים.{ $said } נסה שוב בעוד דקה.{ $tracking }
webex-4xx = Webex סירב ל-{ $method } { $path } ({ $status }).{ $said } בקשה זו לא שינתה דבר.{ $tracking }
webex-5xx = Webex נכשל ב-{ $method } { $path } ({ $status }).{ $said } נסה שוב מאוחר יותר.{ $tracking }
webex-429 = Webex ענה שוב ושוב 429 Too Many Requests ל-{ $method } { $path } ({ $attempts ->
        [one] ניסיון אחד
       *[other] { $attempts } ניסיונות
    }). המתן כמה דקות ונסה שוב, או שלח פחות בקשות בו-זמנית.{ $tracking }
webex-unreachable = אין גישה ל-Webex עבור { $method } { $path } ({ $attempts ->
        [one] ניסיון אחד
       *[other] { $attempts } ניסיונות
    }; { $last }). בדוק את הרשת, את ה-proxy (HTTPS_PROXY, NO_PROXY) ואת ca_file של הפרופיל, ואז נסה שוב.
webex-no-answer = Webex לא ענה ל-{ $method } { $path } ({ $last }; { $attempts ->
        [one] ניסיון אחד
       *[other] { $attempts } ניסיונות
    }): לא סורב, אלא לא ידוע אם Webex ביצע זאת. הבקשה לא נשלחה שוב; wxgo שואל את Webex מה יש אצלו לפני שהוא שולח עבורה משהו שוב.
webex-runaway = wxgo הפסיק לקרוא את הרשימה ב-{ $path }: { $detail }. דבר מרשימה זו לא נעשה בו שימוש. נסה שוב מאוחר יותר; אם זה חוזר, הרץ עם --trace FILE ודווח לתמיכה של Cisco.
webex-decode = Webex ענה ל-{ $path } במשהו ש-wxgo אינו יכול לקרוא ({ $detail }). נסה שוב; אם זה נמשך, הרץ עם --trace FILE ודווח על כך.
webex-cancelled = נעצר לפני שהרשימה הושלמה
webex-read-only = { $method } { $path } לא נשלח: הכניסה הזו פתוחה לקריאה בלבד, ולכן רק קריאות יוצאות מהמחשב
webex-cannot-encode = לא ניתן לקודד את הבקשה: { $error }
webex-too-many-ids = { $n } מזהי אנשים בבקשה אחת; Webex מקבל לכל היותר { $max }
webex-numbers-per-add = { $n } מספרים בבקשה אחת: Webex מקבל 1 עד { $max }; פצל את הקלט
webex-cannot-build-url = לא ניתן לבנות את ה-URL עבור { $path }: { $error }
webex-cannot-build-request = לא ניתן לבנות את הבקשה { $method } { $path }: { $error }
https-cannot-set-up = לא ניתן להגדיר HTTPS: { $error }
base-url-not-url = כתובת הבסיס "{ $url }" אינה URL ({ $error }); למשל { $example }
base-url-not-https = כתובת הבסיס "{ $url }" חייבת להתחיל ב-https://
signin-address-not-url = כתובת הכניסה { $url } אינה URL ({ $error })
signin-cannot-build = לא ניתן לבנות את בקשת הכניסה { $path }: { $error }

## המילים של wxgo עצמו על כשל: ה-$last וה-$detail שלמעלה (שרתים, סטטוסים, ה-trackingId והמילים של התעבורה או של המפענח כפי שהם)
last-answer-why = התשובה האחרונה הייתה { $status }: { $why }
last-answer-tracking = התשובה האחרונה הייתה { $status }, trackingId { $id }
last-answer = התשובה האחרונה הייתה { $status }
last-no-answer-in = אין תשובה תוך { $seconds } שניות
last-no-whole-answer = אין תשובה שלמה תוך { $seconds } שניות
last-cannot-connect = לא ניתן להתחבר
last-connection-failed = החיבור נכשל
last-broke-off = התשובה נקטעה
last-no-answer-from = אין תשובה מ-{ $host } בזמן
last-cannot-connect-to = לא ניתן להתחבר ל-{ $host }: { $why }
last-request-failed = הבקשה אל { $host } נכשלה: { $error }
runaway-loop-self = עמוד { $page } מקשר בחזרה לעצמו, ולכן הרשימה לא הייתה נגמרת
runaway-loop = עמוד { $page } מקשר בחזרה לעמוד של הרשימה שכבר נקרא, ולכן הרשימה לא הייתה נגמרת
runaway-pages = { $pages } עמודים ({ $items } פריטים) ועדיין יש עמוד הבא, יותר ממה שכל ארגון צריך (לכל היותר { $max } עמודים לרשימה)
runaway-full-pages = { $pages } עמודים ({ $items } פריטים) ועדיין מלאים (לכל היותר { $max } עמודים לרשימה)
runaway-items = { $items } פריטים ב-{ $mb } MB, יותר ממה שיש לכל ארגון (לכל היותר { $max_items } פריטים ו-{ $max_mb } MB לרשימה)
decode-signin-answer = תשובת הכניסה אינה ה-JSON ש-Webex מתעד
decode-too-large = התשובה גדולה מ-{ $mb } MB
decode-empty = תשובה ריקה: { $error }
decode-bad-link = קישור לא תקין לעמוד הבא: { $error }
decode-other-host = הקישור לעמוד הבא מוביל לשרת אחר ({ $host }); לא הולכים אחריו, כדי שהאסימון יישאר אצל ה-API
decode-not-a-list = "{ $key }" אינו רשימה
decode-item = פריט { $i } של "{ $key }": { $error }

## קבצים: קובץ הקודים, המכתב, ייצוא, תיקייה ($path כפי שהוא, $error המילים של המערכת כפי שהיא נותנת אותן)
codes-file-folder = --codes-file { $path } היא תיקייה; תן שם קובץ, למשל { $path }/codes.csv
codes-file-cannot-start = לא ניתן לכתוב את קובץ הקודים { $path }: { $error }. דבר לא נוסף.
codes-file-cannot-open = לא ניתן לכתוב את קובץ הקודים { $path }: { $error }. דבר לא נשלח ל-Webex.
codes-file-not-written = לא ניתן היה לכתוב את קובץ הקודים { $path } ({ $error })
codes-file-cannot-build = לא ניתן לכתוב את קובץ הקודים: { $error }
codes-file-symlink = קובץ הקודים { $path } הוא קישור סמלי: תן את הקובץ עצמו. דבר לא נשלח ל-Webex.
letter-path-folder = --letter { $path } היא תיקייה; תן שם קובץ
letter-path-not-writable = לא ניתן לכתוב את המכתב { $path } ({ $error }); דבר לא התבקש מ-Webex
letter-cannot-write = לא ניתן לכתוב את המכתב { $path }: { $error }
letter-qr-too-long = מחרוזת ההפעלה ארוכה מדי לקוד QR ({ $error }); הקלד את הפרטים ידנית
print-command-empty = פקודת ההדפסה ריקה
print-command-cannot-run = לא ניתן להריץ את פקודת ההדפסה { $command }: { $error }. המכתב נמצא ב-{ $file }.
print-command-failed = פקודת ההדפסה { $command } נכשלה ({ $status }): { $error }. המכתב נמצא ב-{ $file }.
letter-written-not-printed = המכתב נכתב אל { $file } אך לא הודפס: { $error }
export-cannot-write = לא ניתן לכתוב את הייצוא { $path }: { $error }
folder-cannot-create = לא ניתן ליצור את התיקייה { $path }: { $error }
stdout-cannot-write = לא ניתן לכתוב לפלט התקני: { $error }
stdout-not-written = לא ניתן לכתוב לפלט התקני ({ $error })
out-users-cannot-write = לא ניתן לכתוב את רשימת המשתמשים אל { $path }: { $error }
out-subscribers-cannot-write = לא ניתן לכתוב את רשימת המנויים אל { $path }: { $error }
csv-cannot-write = לא ניתן לכתוב את ה-CSV: { $error }
json-cannot-write = לא ניתן לכתוב JSON: { $error }
template-cannot-write = לא ניתן לכתוב את התבנית: { $error }
completions-cannot-write = לא ניתן לכתוב את סקריפט ההשלמה: { $error }
man-cannot-write = לא ניתן לכתוב את דף ה-man: { $error }
trace-cannot-open = לא ניתן לפתוח את קובץ המעקב { $path }: { $error }
runtime-cannot-start = לא ניתן להפעיל את סביבת הריצה של הרשת: { $error }
file-replaced-readable = { $path } היה קריא לאחרים (הרשאות { $mode }); הוא הוחלף בקובץ שרק אתה יכול לקרוא
file-replaced-symlink = { $path } היה קישור סמלי; הוא הוחלף בקובץ שרק אתה יכול לקרוא (יעד הקישור לא השתנה)
code-nowhere = הפלט התקני הוא /dev/null (או שנסגר) והקוד אינו נשלח בדוא"ל ואינו מודפס, כך שאיש לא היה מקבל אותו
code-saved-not-shown = { $error }: קוד ההפעלה החדש של { $device } נשמר אך לא הוצג{ $emailed }; קודים קודמים כבר אינם פועלים. הנפק קוד נוסף עם { $command }.
code-was-emailed = (הוא נשלח בדוא"ל אל { $email })

## דואר: תיבת הדואר היוצא ושרת ה-SMTP ($server הוא host:port, $error המילים של השרת או של המערכת כפי שניתנו, $path קובץ או תיקייה, $retry הפקודה ששולחת את התור)
smtp-from-invalid = השולח "{ $from }" אינו כתובת דוא"ל ({ $error }); הגדר from = "Name <address>" ב-[smtp]
mail-to-invalid = "{ $to }" אינו כתובת דוא"ל ({ $error })
mail-cannot-build = לא ניתן לבנות את ההודעה: { $error }
smtp-tls-setup = לא ניתן להגדיר TLS עבור { $server }: { $error }
smtp-refused = שרת ה-SMTP { $server } דחה את ההודעה ({ $error })
smtp-timeout = שרת ה-SMTP { $server } לא ענה בזמן ({ $error })
smtp-tls-failed = TLS עם שרת ה-SMTP { $server } נכשל ({ $error })
smtp-failed = לא ניתן לשלוח דרך שרת ה-SMTP { $server } ({ $error })
mail-queued-retry = { $error }; הוכנסה לדואר היוצא בשם { $path }: שלח אותה מאוחר יותר עם { $retry }
mail-not-queued = { $error }; וגם לא ניתן היה להכניס אותה לתור: { $queue }
mail-queue-only = לא נשלח: { $reason }; הוכנסה לדואר היוצא בשם { $path }: תקן את ההגדרות, ואז { $retry }
smtp-none = לא הוגדר שרת SMTP, ולכן ההודעות ב-{ $outbox } ממתינות לממסר דואר. הוסף מקטע [smtp] ל-{ $file } או הגדר { $setting }, ואז נסה שוב.
smtp-the-config-file = קובץ התצורה
mail-route-smtp = שרת SMTP { $server }
mail-route-outbox = תיקיית דואר היוצא { $path }
mail-route-nowhere = עדיין לשום מקום ({ $error }); ההודעות ממתינות ב-{ $path }
outbox-cannot-create = לא ניתן ליצור את תיבת הדואר היוצא { $path }: { $error }
outbox-cannot-write = לא ניתן לכתוב לתיבת הדואר היוצא { $path }: { $error }
outbox-full = בתיבת הדואר היוצא { $path } יש יותר מדי הודעות לשנייה אחת
outbox-cannot-read = לא ניתן לקרוא את תיבת הדואר היוצא { $path }: { $error }
file-cannot-read = לא ניתן לקרוא את { $path }: { $error }
file-cannot-delete = לא ניתן למחוק את { $path }: { $error }
file-cannot-write = לא ניתן לכתוב את { $path }: { $error }
dir-cannot-create = לא ניתן ליצור את { $path }: { $error }
mail-sent-not-moved = { $path } נשלח, אך לא ניתן להעביר אותו אל { $target }: { $error } (העבר אותו ידנית כדי שלא יישלח פעמיים)
mail-envelope-unreadable = לא ניתן לקרוא את כתובת השולח או הנמען (From או To)

## הלוח ($error המילים של המערכת או של tmux כפי שניתנו; פקודות כפי שהן רצות)
clipboard-off = הלוח כבוי (clipboard = "off"): סמן את הקוד בעכבר, או הגדר את clipboard ל-auto, osc52 או tmux
clipboard-no-display = אין תצוגה
clipboard-no-system = אין כאן לוח מערכת ({ $error }); השתמש באפשרות --clipboard osc52 כדי להעתיק דרך המסוף
clipboard-system-refused = לוח המערכת דחה את הטקסט ({ $error }); נסה --clipboard osc52
clipboard-tmux-off = לא הועתק: set-clipboard של tmux הוא { $value }, ולכן דבר אינו מגיע ללוח של המסוף שלך. הרץ { $set } (בדוק עם { $show }), או סמן את הקוד בעכבר
clipboard-tmux-refused = tmux לא הצליח לקבל את הטקסט ({ $error }); סמן את הקוד בעכבר
clipboard-terminal-write = לא ניתן היה לכתוב למסוף כדי להעתיק ({ $error })
clipboard-mode-unknown = מצב לוח לא ידוע "{ $mode }": השתמש ב-auto, native, osc52, tmux או off
clipboard-mode-at = { $at }: { $error }

## כשל עטוף במה שהוא אומר ($error ההודעה של הכשל עצמו, $tracking " (trackingId ...)" או ריק)
code-not-delivered = Webex הנפיק קוד הפעלה חדש עבור { $email }{ $tracking }, אך הוא לא הגיע אליך: { $error }. הקוד אינו נשמר בשום מקום, ו-Webex כבר סיים את הקודם, כך שלאף אחד אין כעת קוד תקף. תקן זאת, ואז הנפק קוד חדש עם { $command }.
copy-not-updated = Webex קיבל את "{ $action }"{ $tracking }, אך לא ניתן היה לעדכן את העותק של wxgo: { $error }. השינוי בוצע ב-Webex; הרץ { $sync } כדי לראות אותו כאן.
action-undelivered = { $action } לא בוצע: { $error }. דבר לא השתנה: לא נשמר קוד הפעלה חדש, וכל קוד קודם עדיין עובד. תקן זאת ונסה שוב.

## בקשת Webex Go בארגון אמיתי שתשובתה לא הגיעה מעולם ($why הן מילות החיבור, $error ההודעה של הכשל עצמו, פקודות כפי שהן רצות)
mail-queue-not-writable = לא ניתן לכתוב לתור הדואר { $path } ({ $error }); דבר לא התבקש מ-Webex
device-made-earlier = ל-{ $email } כבר יש התקן Webex Go ב-Webex ({ $device }): { $add } קודם לא קיבל תשובה, אך Webex יצר את ההתקן. הקוד שהונפק אז לא הגיע לאף אחד: צור קוד עם { $command }. דבר לא נשלח עכשיו.
device-add-unasked = { $add } קודם עבור { $email } לא קיבל תשובה, ולא ניתן לשאול את Webex עכשיו אם הוא הגיע ({ $error }). דבר לא נשלח: הרץ את אותה פקודה שוב כש-Webex עונה (היא שואלת קודם, ושולחת רק אם ל-Webex אין התקן עבור האדם).
new-code-unknown = { $error } עבור קוד חדש זה לא מזיק: אם Webex הנפיק קוד, הוא לא הגיע לאף אחד (וסיים את הקוד הקודם), כך שאף אחד לא יכול להשתמש בו. הרץ את אותה פקודה שוב ({ $command }) כדי לקבל קוד; היא מסיימת כל קוד שאבד.
add-unknown-unjournalled = { $error } גם לא ניתן היה לרשום זאת ביומן של wxgo ({ $journal }): לפני שתוסיף שוב התקן עבור { $email }, בדוק אם יש אחד ב-{ $place }.
add-lost-made = Webex לא ענה לבקשה להוסיף התקן Webex Go עבור { $email } ({ $why }), אך הוא כן יצר את ההתקן ({ $device }): הקוד שהונפק היה בתשובה שאבדה ולא הגיע לאף אחד. צור קוד עם { $command } (הוא מסיים את הקוד שאבד). דבר לא נשלח שוב.
add-lost-made-uncached = Webex לא ענה לבקשה להוסיף התקן Webex Go עבור { $email } ({ $why }), אך הוא כן יצר את ההתקן, והעותק של wxgo לא הצליח לרשום אותו ({ $error }). הרץ { $sync }, ואז צור קוד עם { $command }. דבר לא נשלח שוב.
add-lost-none = Webex לא ענה לבקשה להוסיף התקן Webex Go עבור { $email } ({ $why }), ואין לו כעת התקן עבור האדם. דבר לא נשלח שוב: הרץ את אותה פקודה בעוד דקה; היא שואלת את Webex קודם (בקשה שעדיין בדרך עשויה עוד להגיע) ושולחת רק אם עדיין אין התקן.
add-lost-unasked = Webex לא ענה לבקשה להוסיף התקן Webex Go עבור { $email } ({ $why }), ולא ניתן היה לשאול אם הבקשה הגיעה ({ $error }). לא ידוע אם ההתקן נוצר; דבר לא נשלח שוב. הרץ את אותה פקודה שוב מאוחר יותר: היא שואלת את Webex קודם ושולחת רק אם אין התקן.
place-devices-list = Control Hub > התקנים

## שם פעולה בדחייה; יומן הביקורת והיומנים שומרים על האנגלית
action-add-device = הוסף מכשיר Webex Go
action-new-code = קוד הפעלה חדש
action-lost-stolen = אבד/נגנב
action-delete-device = מחק מכשיר Webex Go
action-import-devices = הוסף מכשירי Webex Go בכמות
action-email-code = שלח קוד הפעלה בדוא"ל
action-phone-activate = הטלפון מפעיל את הקוד
action-phone-disable = הטלפון משבית את הקו
action-phone-enable = הטלפון מפעיל מחדש את הקו
action-phone-remove-line = הטלפון מסיר את הקו
action-add-operator-account = הוסף חשבון מפעיל
action-operator-decides = המפעיל מחליט
action-add-mobile-numbers = הוסף מספרי נייד
action-validate-mobile-numbers = אמת מספרי נייד
action-assign-mobile-primary = הקצה מספר נייד ראשי
action-bw-retry = BroadWorks: נסה שוב הפעלה
action-bw-delete = BroadWorks: מחק משתמש
action-bw-package = BroadWorks: שנה חבילה
action-portal-claim = פורטל: קבל חשבון
action-portal-verify = פורטל: אמת דוא"ל
action-save-licence-template = שמור תבנית רישיונות
action-delete-licence-template = מחק תבנית רישיונות
action-directory-sync = סנכרון ספרייה
action-assign-licence-template = הקצה תבנית רישיונות
action-reapply-licence-template = החל שוב תבנית רישיונות
action-set-work-number = הגדר מספר עבודה
action-update-user = עדכן משתמש
action-send-queued-mail = שלח דואר ממתין
action-import-calls = ייבא רשומות שיחות
action-create-database = צור את מסד הנתונים { $path }
action-sync-into = סנכרן אל { $path }
action-create-demo = צור את ארגון ההדגמה
action-logout-purge = logout --purge (מחק את הכניסה ואת המטמון של הפרופיל); גם הכניסה נשמרה
action-refresh-person = רענן את העובדות של אדם זה מ-Webex (המטמון פתוח עם --read-only)

## Why it is read-only (the { $why } of read-only-for)
read-only-why-profile = הפרופיל "{ $profile }" לקריאה בלבד (read_only = true ב-{ $file })
read-only-why-no-write-scope = לכניסה אין היקף כתיבה (יש לה { $scopes })
read-only-why-role = למנהל המחובר יש תפקיד לקריאה בלבד ({ $role })
read-only-why-opened = הוא נפתח עם --read-only
read-only-why-opened-db = נפתח עם --read-only
read-only-why-validate = { $why } (validateNumbers של Webex הוא POST, ובמצב קריאה בלבד נשלח רק GET)
