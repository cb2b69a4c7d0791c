# מה שה-CLI מדווח (סיכומי הרצות, פרטי משתמש או מספר, אישורים על מה שנעשה) והערות השירות
# עם מזהה (ההערה של הייבוא ההמוני), בעברית, בסדר לוגי. כתובות דוא"ל, מספרים, מזהים, שמות
# קבצים, פקודות והמילים של Webex עצמו הם משתנים ואינם מתורגמים לעולם. `--json` תמיד באנגלית.

## מילים בתאים
report-yes = כן
report-no = לא
report-none = אין
report-left-out = (-o wide מציג כל העמודות; הושמטו: { $columns })

## wxgo users show
user-extension = שלוחה
user-work-phone = מספר עבודה
user-recent-changes = שינויים אחרונים
user-code = קוד { $state }, נוצר { $issued }, פג { $expires }
user-nothing-to-change = אין מה לשנות (זה כבר היה כך)
user-changed = שונה: { $fields }
user-updated = { $email }: { $what }. מספר עבודה { $number }, שלוחה { $extension }, מיקום { $location }{ $tracking }.
user-work-number-set = { $email }: מספר עבודה { $number }. הבא: { $next }.

## wxgo users list --not-provisioned, כשאיש אינו חסר (AL04)
np-none-missing-templates = לכל משתמש שמכוסה בתבנית המעניקה Webex Calling יש אותו.
np-none-missing-webex = לכל מי ש-Webex מציג בארגון יש רישיון Webex Calling.

## wxgo numbers
numbers-owner-primary = { $owner } (ראשי)
numbers-added-local = { $added ->
        [one] נוסף מספר נייד אחד
       *[other] נוספו { $added } מספרים ניידים
    } ל-{ $location } תחת חשבון המפעיל { $account } (INACTIVE עד להקצאה); { $rejected } לא נוספו.
numbers-added-webex = { $added ->
        [one] נוסף מספר נייד אחד
       *[other] נוספו { $added } מספרים ניידים
    } ל-{ $location } דרך Webex (INACTIVE עד להקצאה); { $rejected } לא נוספו.
numbers-request = בקשה { $i } מתוך { $requests } ({ $n ->
        [one] מספר אחד
       *[other] { $n } מספרים
    }): { $outcome ->
        [added] נוסף
        [partly-added] נוסף בחלקו
        [refused] נדחה
        [not-sent] לא נשלח
       *[unknown] לא ידוע
    }, { $added } נוספו
numbers-now-primary = { $number } הוא עכשיו המספר הראשי של { $email } (ACTIVE).
numbers-replaced = המספר שהוחלף { $number } חזר למאגר המספרים שלא הוקצו.
numbers-device-created = מכשיר Webex Go של המפעיל הסלולרי { $device } נוצר עבור המשתמש.
numbers-device-uses-new = מכשיר Webex Go של המפעיל הסלולרי { $device } משתמש עכשיו במספר החדש.

## wxgo broadworks
bw-flow-through-ready = מוכן
bw-flow-through-not-set-up = לא הוגדר: סמן "דוא"ל לא מהימן" והגדר את קישור השיתוף לקישור ההפעלה
bw-subscriber-deleted = מנוי BroadWorks { $id } ({ $name }) נמחק; המשתמש יכול לנסות שוב אחרי שינוי התצורה.

## wxgo licences
lic-template-created = התבנית "{ $name }" נוצרה. משתמשים שכבר קיבלו רישיון שומרים על הרישיונות שלהם; החל אותה שוב עם `{ $command }`.
lic-template-changed = התבנית "{ $name }" שונתה. משתמשים שכבר קיבלו רישיון שומרים על הרישיונות שלהם; החל אותה שוב עם `{ $command }`.
lic-template-deleted = התבנית "{ $name }" נמחקה; { $n ->
        [one] המשתמש האחד שלה שומר
       *[other] { $n } המשתמשים שלה שומרים
    } על הרישיונות שבידיהם.
lic-none-yet = אין תבניות רישיון.
lic-scope = { $scope ->
        [group] קבוצה
       *[organisation] ארגון
    }
lic-grants = ✓ מעניקה
lic-grants-not = ✗ לא
lic-operation = { $operation ->
        [remove] הסרה
       *[add] הוספה
    }
lic-dry-run-assign = הרצת ניסיון: דבר לא שונה. מה ההקצאה הייתה עושה:
lic-assign-summary = תבנית "{ $template }": { $licensed ->
        [one] משתמש אחד קיבל רישיון
       *[other] { $licensed } קיבלו רישיון
    }, { $kept ->
        [one] לאחד כבר היה Webex Calling
       *[other] ל-{ $kept } כבר היה Webex Calling
    }, { $not ->
        [one] אחד לא קיבל רישיון
       *[other] { $not } לא קיבלו רישיון
    }.
lic-provisioned = { $email }: Webex Calling Professional ב-{ $location }.
lic-provisioned-with = { $email }: Webex Calling Professional ב-{ $location } עם { $number }.
lic-losing = משתמשים שמאבדים את Webex Calling: { $users }
lic-losing-more = משתמשים שמאבדים את Webex Calling: { $users } ועוד { $more }
lic-dry-run-reapply = הרצת ניסיון: דבר לא שונה. מה ההחלה החוזרת הייתה עושה:
lic-cancelled = בוטל: { $n ->
        [one] משתמש אחד טופל
       *[other] { $n } משתמשים טופלו
    } ב-Webex לפני העצירה.
lic-reapply-summary = "{ $template }" הוחלה שוב על { $covered } משתמשים מכוסים (שמירת רישיונות למשתמשים קיימים: { $preserve ->
        [on] פעיל
       *[off] כבוי
    }): { $provisioned } הוקצו, { $not } לא הוקצו, { $kept } נשמרו, { $removed } איבדו את Webex Calling.
lic-deleted-for-good = נמחקו לצמיתות: { $numbers } הקצאות מספרים (חזרו למאגר שלא הוקצה), { $devices } מכשירי Webex Go, { $voicemail } הגדרות דואר קולי, { $services } הגדרות שירותי שיחה.

## wxgo directory sync
dir-dry-run = הרצת ניסיון: דבר לא שונה. מה הסנכרון היה עושה:
dir-summary = סונכרנו { $total } משתמשים מ-{ $source }: { $created } נוצרו, { $updated } עודכנו, { $unchanged } ללא שינוי.
dir-calling = Webex Calling: { $provisioned } הוקצו, { $not } לא הוקצו, { $kept } כבר היה להם (נשמר), { $uncovered } אינם מכוסים בתבנית שמעניקה אותו.
dir-see-again = הצג אותם שוב עם `{ $list }`; תקן מספר עם `{ $fix }`, ואז `{ $reapply }`.

## הרצה של שינויים רבים (סנכרון ספרייה, הקצאת רישיונות, החלה חוזרת)
run-kind = { $kind ->
        [re-apply] החלה חוזרת
        [directory-sync] סנכרון ספרייה
       *[licence-assignment] הקצאת רישיונות
    }
run-progress = { $run }: { $done }/{ $total } משתמשים ({ $percent }%)
run-stopping = { $run }: נעצר אחרי שהבקשות שבדרך ייענו…
run-not-done = לא בוצעו (או לא במלואם) ב-Webex: { $n }
run-would-send = היא הייתה שולחת { $n ->
        [one] בקשה אחת
       *[other] { $n } בקשות
    } ל-Webex:
run-continued = המשך של הרצה קודמת של אותו קלט שלא הסתיימה ({ $n ->
        [one] שורה אחת שכבר בוצעה לא נשלחה
       *[other] { $n } שורות שכבר בוצעו לא נשלחו
    } שוב).

## wxgo sync, wxgo orgs
sync-done = { $org } ({ $id }) סונכרן ב-{ $pages } עמודים:
orgs-not-cached = לא ({ $command })

## wxgo calls
calls-imported = יובאו { $imported } רשומות שיחה מ-{ $source } ({ $go } שיחות Webex Go); { $duplicates } כבר היו; { $unlinked } לא מקושרות למשתמש.
calls-none-match = אין רשומות שיחה תואמות. ייבא אותן עם `{ $command }`.

## wxgo why
why-subscriber = מנוי BroadWorks { $name } ({ $id })
why-no-cause-below = לא נמצאה סיבה: דבר במה שנבדק (למטה) אינו מונע שיחות.
why-blocks = חוסם שיחות
why-may-affect = עשוי להשפיע על שיחות
why-key = מקש { $key } ({ $place })
why-na = (לא רלוונטי)
why-extension = שלוחה
why-issues = בעיות: { $codes }
why-bw-error = שגיאה { $code }: { $text }
why-webex-audit = ביקורת מנהל Webex

## wxgo devices import (WG13): הטבלה וההערה של השירות
import-dry-run-cell = (הרצת ניסיון)
import-assigned = { $number } (הוקצה)
import-added = { $n ->
        [one] נוסף מכשיר Webex Go אחד
       *[other] נוספו { $n } מכשירי Webex Go
    } מ-{ $source } (הפעלה ממתינה).
import-would-send = היה נשלח: { $method } { $path }  ({ $row }: { $what })
import-dry-run-ok = הרצת ניסיון: אפשר להוסיף את כל { $rows } השורות; דבר לא שונה.
import-dry-run-problems = הרצת ניסיון: { $n ->
        [one] בעיה אחת
       *[other] { $n } בעיות
    }; דבר לא שונה.
import-problems-not-added = { $n ->
        [one] בעיה אחת
       *[other] { $n } בעיות
    } ב-{ $source }: דבר לא נוסף. תקן את השורות שצוינו וייבא את הקובץ שוב.
import-codes-in-file = קודי ההפעלה נמצאים ב-{ $file } (רק אתה יכול לקרוא אותו){ $emailed ->
        [0] {""}
        [one] ; קוד אחד מהם נשלח גם בדוא"ל
       *[other] ; { $emailed } מהם נשלחו גם בדוא"ל
    }. חלק אותם או הדפס מכתבים, ואז מחק את הקובץ.
import-all-emailed = { $n ->
        [one] קוד ההפעלה נשלח בדוא"ל למשתמש שלו.
       *[other] כל { $n } קודי ההפעלה נשלחו בדוא"ל למשתמשים שלהם.
    }
import-some-not-emailed = { $emailed ->
        [one] קוד אחד נשלח
       *[other] { $emailed } קודים נשלחו
    } בדוא"ל; { $n } לא, ולא התבקש קובץ קודים. נשמר רק גיבוב של כל קוד, לכן הנפק קודים חדשים למכשירים האלה כשאתה מחלק אותם: `{ $command }` (הוסף { $flag } כדי להדפיס מכתב).
import-problems-not-sent = { $n ->
        [one] בעיה אחת
       *[other] { $n } בעיות
    } ב-{ $source }: דבר לא נשלח ל-Webex. תקן את השורות שצוינו וייבא את הקובץ שוב.
import-webex-dry-run = הרצת ניסיון: אפשר לשלוח את כל { $rows } השורות; { $requests ->
        [one] בקשה אחת הייתה נשלחת
       *[other] { $requests } בקשות היו נשלחות
    } ל-Webex; דבר לא שונה.
# ייבוא של ארגון אמיתי: מה נוסף, ואז כל משפט שחל.
# $stopped: yes או no; $again: both, unknown, refused או none; $codes: file, none או other;
# $ids: written, read או other.
import-webex-note = { $added } מתוך { $total } שורות נוספו ב-Webex בהרצה זו{ $before ->
        [0] {""}
       *[other] , { $before } בהרצה קודמת
    }{ $failed ->
        [0] {""}
       *[other] ; { $failed } נדחו על ידי Webex (ראה כל שורה)
    }{ $lost ->
        [0] {""}
       *[other] ; { $lost } קודים נוצרו על ידי Webex אך אבדו (התשובה לא הגיעה, או שהרצה קודמת נעצרה): צור קודים חדשים, ראה כל שורה
    }.{ $unknown ->
        [0] {""}
       *[other] {" "}{ $unknown } שורות לא קיבלו תשובה מ-Webex: לא נדחו, לא ידוע (ייתכן ש-Webex יצר את המכשיר וקוד שלא הגיע לאיש); הן לא נשלחו שוב.
    }{ $stopped ->
        [yes] {" "}נעצר כש-{ $unsent } שורות לא נשלחו: הרץ את אותה פקודה שוב כדי להמשיך (דבר אינו נשלח פעמיים).
       *[no] {""}
    }{ $again ->
        [both] {" "}הרץ את אותה פקודה שוב: היא שואלת את Webex על השורות ללא תשובה (ולא שולחת דבר עבור אלה ש-Webex כבר יצר), ומנסה שוב את השורות שנדחו.
        [unknown] {" "}הרץ את אותה פקודה שוב: היא שואלת תחילה את Webex על השורות האלה ולא שולחת דבר עבור אלה ש-Webex כבר יצר.
        [refused] {" "}הרץ את אותה פקודה שוב כדי לנסות שוב רק את השורות שנדחו.
       *[none] {""}
    }{ $codes ->
        [file] {" "}קודי ההפעלה נמצאים ב-{ $file } (קריא רק לך); חלק אותם ואז מחק אותו.
        [none] {" "}לא התבקש קובץ קודים ודבר לא נשלח בדוא"ל: צור קודים חדשים כשאתה מחלק אותם (`{ $command }`).
       *[other] {""}
    }{ $ids ->
        [written] {" "}לא ניתן היה לכתוב את מזהי ה-Webex של המכשירים החדשים ({ $error }): `{ $sync }` מוסיף אותם.
        [read] {" "}לא ניתן היה לקרוא את מזהי ה-Webex של המכשירים החדשים ({ $error }): `{ $sync }` מוסיף אותם.
       *[other] {""}
    }

## The sync's note on a part it could not read (the request as it was: method, path, status).
sync-part-people = אנשים
sync-part-licences = רישיונות
sync-part-locations = מיקומים
sync-part-devices = מכשירי Webex Go
sync-part-numbers = מספרים
sync-part-broadworks = מנויי BroadWorks
sync-part-audit = אירועי ביקורת של מנהלים
sync-part-not-available = { $what }: לא זמין לאסימון זה ({ $method } { $path } השיב { $status }). כדי לראות זאת נדרש אסימון של מנהל שותף עם התפקיד המתאים.
sync-part-failed = { $what }: { $error }
sync-note-next = { $first }; { $next }
sync-note-no-email = { $n ->
    [one] אדם אחד ללא כתובת דוא"ל לא נכלל בעותק
   *[other] { $n } אנשים ללא כתובת דוא"ל לא נכללו בעותק
}
sync-note-twins = { $n ->
    [one] לאדם אחד יש כתובת דוא"ל שנבדלת מזו של אחר רק באותיות רישיות וקטנות, והוא לא נכלל בעותק
   *[other] ל-{ $n } אנשים יש כתובת דוא"ל שנבדלת מזו של אחר רק באותיות רישיות וקטנות, והם לא נכללו בעותק
}: { $list }{ $more }. תן לכל אדם כתובת משלו ב-Control Hub, ואז סנכרן
sync-note-twin-kept = { $email } (נשמר: { $kept })
sync-note-twin-kept-cached = { $email } (נשמר: האדם שכבר נמצא בעותק)
sync-note-more = ועוד { $n }
sync-note-bad-numbers = { $n ->
    [one] לאדם אחד יש ב-Webex מספר עבודה שאינו מספר טלפון
   *[other] ל-{ $n } אנשים יש ב-Webex מספר עבודה שאינו מספר טלפון
}; הוא הושמט (האדם נשמר): { $list }{ $more }
sync-note-devices-ownerless = { $n ->
    [one] מכשיר Webex Go אחד ללא בעלים בעותק לא נכלל בעותק
   *[other] { $n } מכשירי Webex Go ללא בעלים בעותק לא נכללו בעותק
}
sync-note-devices-second = { $n ->
    [one] לאדם אחד יש יותר ממכשיר Webex Go אחד; הראשון מוצג
   *[other] ל-{ $n } אנשים יש יותר ממכשיר Webex Go אחד; הראשון מוצג
}
sync-note-numbers-no-location = { $n ->
    [one] מספר אחד ללא מיקום לא נכלל בעותק
   *[other] { $n } מספרים ללא מיקום לא נכללו בעותק
}
sync-note-numbers-not-numbers = { $n ->
    [one] רשומה אחת במלאי המספרים אינה מספר טלפון והושמטה
   *[other] { $n } רשומות במלאי המספרים אינן מספרי טלפון והושמטו
}: { $list }
sync-note-subscriptions-foreign = { $n ->
    [one] מינוי אחד כבר נמצא במטמון זה תחת ארגון אחר
   *[other] { $n } מינויים כבר נמצאים במטמון זה תחת ארגון אחר
}
sync-note-broadworks-odd = { $n ->
    [one] מנוי BroadWorks אחד עם מצב או חבילה ש-wxgo אינו מכיר הושמט
   *[other] { $n } מנויי BroadWorks עם מצב או חבילה ש-wxgo אינו מכיר הושמטו
}

## מה עלה בגורל הדוא"ל של קוד ובגורל המכתב שלו, עבור המנהל
email-note-not-asked = לא נשלח בדוא"ל (כפי שביקשת). העתק או הדפס את הקוד עבור { $email }.
email-note-suppressed = לא נשלח בדוא"ל: { $org } חוסם הודעות דוא"ל. העתק או הדפס את הקוד ותן אותו ל-{ $email }.
email-note-sent = נשלח אל { $email }: { $route }
email-note-failed = הדוא"ל אל { $email } נכשל ({ $error }); העתק או הדפס את הקוד במקום זאת.
mail-queued-as = הוכנס לדואר היוצא בשם { $path }
mail-sent-smtp = נשלח ב-SMTP דרך { $server }
letter-note-no-print-command = המכתב נמצא ב-{ $file } (קריא רק לך). לא הוגדרה פקודת הדפסה (print_command בתצורה, או `lp`): הדפס אותו משם, ואז מחק אותו.
letter-note-printed = נשלח למדפסת עם { $command }{ $printer }. הקובץ נמצא ב-{ $file } (קריא רק לך); מחק אותו לאחר ההדפסה.
letter-note-print-failed = ההדפסה עם { $command } נכשלה: { $error }
letter-not-printed-chars = לא ניתן היה להדפיס (מוצגים כ-{ "\uFFFD" }): { $chars }: { $why }.
letter-why-shaping = wxgo אינו מדפיס כתבים שאותיותיהם מתחברות או משנות צורה (ערבית, כתבי הודו, תאית, ...): כתוב את השם על המכתב בכתב יד
letter-why-no-font = לאף גופן במחשב זה { $n ->
    [one] אין אותו
   *[other] אין אותם
}; עבור סינית, יפנית או קוריאנית התקן גופן TrueType CJK (Debian: fonts-wqy-microhei או fonts-droid-fallback) וצור את המכתב מחדש
note-and-more = { $note } { $more }
