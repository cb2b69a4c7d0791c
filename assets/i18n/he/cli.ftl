# מה שה-CLI מדפיס, בעברית. פקודות, דגלים, --json ומזהי כללים אינם מתורגמים.

## איך נאמרת שגיאה
cli-error = שגיאה: { $message }
cli-partly-done = בוצע חלקית: { $message }

## בוצע חלקית (יציאה 8) ודווח (יציאה 4)
cli-calls-not-imported = { $n ->
    [one] בעיה אחת ב-{ $source }; דבר לא יובא
   *[other] { $n } בעיות ב-{ $source }; דבר לא יובא
}
cli-licences-not-licensed = { $n ->
    [one] משתמש אחד לא קיבל רישיון (AL01-AL03); הסיבה מופיעה למעלה
   *[other] { $n } משתמשים לא קיבלו רישיון (AL01-AL03); הסיבה לכל אחד מופיעה למעלה
}
cli-licences-partly-applied = { $email }: Webex החיל רק חלק מהרישיונות (לא: { $licences }); האחרים מוקצים
cli-mail-not-sent = { $n ->
    [one] הודעה אחת לא נשלחה ונשארת בתיבת הדואר היוצא; הסיבה מופיעה למעלה
   *[other] { $n } הודעות לא נשלחו ונשארות בתיבת הדואר היוצא; הסיבות מופיעות למעלה
}
cli-numbers-not-added = { $n ->
    [one] מספר אחד לא נוסף (MO03); המצב והסיבה מופיעים למעלה
   *[other] { $n } מספרים לא נוספו (MO03); המצב והסיבה מופיעים למעלה
}

## כותרות עמודות
head-name = שם
head-email = דוא"ל
head-location = מיקום
head-licences = רישיונות
head-primary-number = מספר ראשי
head-calling = Calling
head-device = מכשיר
head-owner = בעלים
head-subscription = מינוי
head-kind = סוג
head-status = מצב
head-number = מספר
head-code-expires = תוקף הקוד
head-state = מצב
head-operator = מפעיל
head-webex-go-licences = רישיונות Webex Go
head-used = בשימוש
head-free = פנויים
head-line = שורה
head-column = עמודה
head-problem = בעיה
head-reason = סיבה
head-fix = תיקון
head-user = משתמש
head-when = מתי
head-who = מי
head-action = פעולה
head-outcome = תוצאה
head-details = פרטים
head-department = מחלקה
head-work-number = מספר עבודה
head-account-id = מזהה חשבון
head-numbers = מספרים
head-what-to-do = מה לעשות
head-entered = הוזן
head-emailed = נשלח בדוא"ל
head-what-happened = מה קרה

## אישורים של פעולות שאי אפשר לבטל
cli-confirm-device = המכשיר { $device } של { $name } <{ $email }>, { $status }.
cli-confirm-lost-stolen = אבד או נגנב: { $device }
cli-confirm-lost-stolen-line = • הקו העסקי בטלפון האבוד מושבת מיד ולתמיד: אי אפשר יהיה להשתמש שוב בקוד ובפרופיל ה-eSIM שלו.
cli-confirm-lost-stolen-new-code = • המכשיר חוזר למצב הפעלה ממתינה עם קוד הפעלה חדש לטלפון החלופי (WG08).
cli-confirm-delete = מחיקת { $device }
cli-confirm-delete-licence = • מכשיר ה-Webex Go מוסר, והרישיון שלו חוזר למאגר של { $subscription } (WG09).
cli-confirm-delete-calls = • { $name } כבר לא יוכל לבצע או לענות לשיחות עסקיות מחייגן הטלפון.
cli-not-confirmed-no-terminal = אי אפשר לבטל את { $what }, ואין מסוף כדי לשאול אם להמשיך: דבר לא נעשה. אשר עם --yes: { $command }.
cli-not-confirmed = לא אושר. דבר לא נעשה.
## הסירובים וההערות של ה-CLI עצמו (דגלים, מעטפות, פרופילים, קבצים וארגונים כפי שהם)
cli-give-account-or-location = ציין --account או --location
cli-no-completions = אין השלמות עבור { $shell }
cli-code-stdin = לא ניתן לקרוא את הקוד מהקלט התקני: { $error }
cli-console-first-sync = לפרופיל "{ $profile }" אין עדיין עותק של הארגון שלו: הוא מסונכרן תחילה
cli-console-synced = { $org } סונכרן ב-{ $pages ->
        [one] עמוד אחד
       *[other] { $pages } עמודים
    }; המסוף נפתח
cli-demo-first-use = ארגון ההדגמה "{ $org }" נוצר ב-{ $db } (שימוש ראשון ב---demo).
cli-import-progress = { $phase } { $done }/{ $total } שורות
cli-import-stopping = עוצר: אין בקשות חדשות; ממתין לתשובות שבדרך (הרץ שוב את אותה פקודה כדי להמשיך)
cli-operator-confirm = לאשר את מזהה חשבון המפעיל { $id } עבור { $location } ({ $operator })? אי אפשר לשנות אותו מאוחר יותר.
cli-code-expired-at = פג { $when }
cli-note = הערה: { $note }
cli-trace-note = --trace: { $note }
cli-wrote-users = רשימת המשתמשים נכתבה ל-{ $path } (קריא רק לך)
cli-wrote-subscribers = רשימת המנויים נכתבה ל-{ $path } (קריא רק לך)

## כשרשימה ריקה
cli-empty-subscribers = אין מנויים תואמים.
cli-empty-templates = אין תבניות לקוח.
cli-empty-numbers = אין מספרים תואמים.
cli-empty-numbers-given = לא ניתנו מספרים.
cli-empty-operator-accounts = עדיין אין חשבונות מפעיל. הוסף אחד עם `wxgo operator-accounts add`.
cli-empty-subscriptions = לאף מינוי אין רישיונות Webex Go.
cli-empty-users = אין משתמשים תואמים.
cli-empty-devices = אין מכשירי Webex Go תואמים.
cli-empty-audit = יומן הביקורת ריק.

## head-*
head-object = אובייקט
head-ssh-client = לקוח SSH
head-organisation = ארגון
head-cached = במטמון
head-date = תאריך
head-to = אל
head-subject = נושא
head-file = קובץ
head-start = התחלה
head-direction = כיוון
head-called = נקרא
head-duration = משך
head-client = לקוח
head-template = תבנית
head-scope = היקף
head-group = קבוצה
head-other-licences = רישיונות אחרים
head-users = משתמשים
head-with-calling = עם Calling
head-error = שגיאה
head-package = חבילה
head-default-package = חבילת ברירת מחדל
head-untrusted-emails = כתובות דוא"ל לא מהימנות
head-share-link = קישור שיתוף
head-row = שורה
head-what = מה
head-broadworks-id = מזהה BroadWorks
head-id = מזהה
head-method = שיטה
head-path = נתיב
head-flow-through-bw01 = Flow-through (BW01)

## הוספה ומחיקה של מכשיר
cli-add-to = הוספת מכשיר Webex Go עבור { $name } <{ $email }>:
cli-add-not-possible = לא אפשרי: { $refusal }
cli-add-subscriptions = מינויים:
cli-add-subscriptions-choose = מינויים (בחר אחד עם --subscription):
cli-add-free-of = { $free } פנויים מתוך { $total }
cli-add-no-primary = אין מספר ראשי: בחר אחד עם --number:
cli-add-keeps-primary = שומר את המספר הראשי { $number }
cli-deleted = מכשיר ה-Webex Go { $device } של { $email } נמחק. הרישיון שלו חזר ל-{ $subscription } ({ $free } פנויים).

## ריצה מול Webex שלא הסתיימה (יציאה 8)
cli-run-cancelled = { $kind ->
        [re-apply] ההחלה מחדש
        [directory-sync] סנכרון המדריך
       *[licence-assignment] הקצאת הרישיונות
    } בוטלה: הבקשות ש-Webex ענה עליהן בוצעו ונמצאות במטמון; הרץ שוב את אותה פקודה כדי להמשיך מהמקום שבו נעצרה
cli-run-failed = { $n ->
        [one] משתמש אחד לא טופל (או לא טופל במלואו) ב-Webex
       *[other] { $n } משתמשים לא טופלו (או לא טופלו במלואם) ב-Webex
    }; כל אחד מופיע למעלה במילים של Webex. תקן את הסיבה והרץ שוב את אותה פקודה: מה שבוצע לא נשלח פעמיים

## בעיות של ייבוא מעבר לאלה שמוצגות ($then: מה לעשות אחרי שתוקנו)
cli-more-problems = ... ועוד { $n ->
        [one] בעיה אחת שאינה מוצגת
       *[other] { $n } בעיות שאינן מוצגות
    } ({ $total } בסך הכול). תקן את אלה, ואז { $then }.
cli-then-import-again = ייבא שוב את הדוח
cli-then-dry-run = בדוק שוב עם --dry-run

## login, logout and whoami (the profile, URL, code, paths and commands as they are)
cli-login-to = כדי להתחבר ל-Webex עבור הפרופיל "{ $profile }":
cli-login-open = {"  "}פתח את { $url }
cli-login-code = {"  "}והזן את הקוד { $code }
cli-login-scan = {"  "}או סרוק זאת בטלפון:
cli-login-waiting = ממתין להתחברות (הקוד תקף { $minutes ->
        [one] דקה אחת
       *[other] { $minutes } דקות
    })...
cli-login-signed-in = מחובר. { $kept }
cli-login-kept-keyring = ההתחברות נשמרת במחזיק המפתחות של המערכת.
cli-login-kept-file = ההתחברות נשמרת ב-{ $path } (קריא רק לך).
cli-login-kept-file-no-keyring = אין מחזיק מפתחות במערכת ({ $why }), לכן ההתחברות נשמרת ב-{ $path } (קריא רק לך).
cli-login-env-token = הערה: מוגדר אסימון בסביבה (WEBEX_TOKEN או --token-env): כל עוד הוא מוגדר, הפקודות משתמשות בו ולא בהתחברות זו.
cli-login-you-are = אתה { $person } בארגון { $org }.
cli-login-read-only = פרופיל זה נפתח לקריאה בלבד: { $reason }.
cli-login-next = הבא: `{ $command }` מעתיק את הארגון למטמון.
cli-org-id-unreadable = מזהה { $id } (ייתכן שאסימון זה אינו רשאי לקרוא את הארגון, ולכן שמו אינו ידוע)
cli-org-id-nameless = מזהה { $id } (Webex לא נותן לו שם)
cli-org-not-known = לא ידוע (Webex לא מסר את שמו ולא את המזהה שלו)
cli-logout-done = התנתקת מהפרופיל "{ $profile }": ההתחברות השמורה שלו נמחקה (מחזיק המפתחות והקובץ).
cli-logout-purged = נתוני הארגון השמורים במטמון ב-{ $path } נמחקו.
cli-logout-no-cache = לא היו נתוני ארגון שמורים במטמון ({ $path } אינו קיים).
cli-logout-env-token = הערה: WEBEX_TOKEN עדיין מוגדר במעטפת זו; בטל אותו (unset) כדי להפסיק להשתמש באסימון זה.
cli-whoami-profile = פרופיל:
cli-whoami-person = אדם:
cli-whoami-org = ארגון:
cli-whoami-roles = תפקידים:
cli-whoami-token = אסימון:
cli-whoami-scopes = הרשאות:
cli-whoami-expires = תפוגה:
cli-whoami-read-only = קריאה בלבד:
cli-whoami-token-static = סטטי (מהסביבה, לעולם לא נשמר)
cli-whoami-token-oauth = OAuth (wxgo login)
cli-whoami-scopes-unknown = לא ידוע עבור סוג אסימון זה
cli-whoami-expires-unknown = לא ידוע (מתחדש לפי הכללים של Webex לסוג אסימון זה)

## org (names, addresses and country codes as they are)
cli-org-name = ארגון:
cli-org-country = מדינה:
cli-org-emails = דוא"ל:
cli-org-smdp = כתובת SM-DP+:
cli-org-code-lifetime = תוקף הקודים:
cli-org-go-countries = מדינות Webex Go:
cli-org-emails-suppressed = מושבת (העתק או הדפס קודים)
cli-org-emails-sent = נשלח
cli-org-smdp-unknown = - (לא ב-API של Webex: רק ב-Control Hub, מכשירים > Webex Go)
cli-org-days = { $n ->
        [one] יום אחד
       *[other] { $n } ימים
    }

## mail (addresses, subjects, the outbox, the server and the route as they are)
cli-mail-none-wait = אין הודעות הממתינות ב-{ $outbox }. הדואר נשלח אל { $route }.
cli-mail-waiting = { $n ->
        [one] הודעה אחת ממתינה
       *[other] { $n } הודעות ממתינות
    }. הדואר נשלח אל { $route }; שלח אותן עם `{ $command }`.
cli-mail-sent = נשלחה
cli-mail-failed = לא נשלחה
cli-mail-stale = לא בתוקף
cli-mail-stale-why = קוד ההפעלה שלה כבר אינו תקף (הועברה ל-stale/); הנפק קוד חדש
cli-mail-retried = { $sent } נשלחו דרך { $server }; { $failed } נכשלו{ $untried ->
        [0] {""}
       *[other] ; { $untried } לא נוסו (לא ניתן היה להגיע לשרת)
    }.
cli-mail-none-sent = אף אחת מההודעות בתור לא נשלחה ({ $n } נכשלו); הן נשארות בתיבת הדואר היוצא: נסה שוב מאוחר יותר

## demo (the organisation's name, the file and the command as they are)
cli-demo-created = ארגון ההדגמה "{ $org }" נוצר ב-{ $db }: משתמשים: { $users }, מספרים: { $numbers }, מכשירי Webex Go: { $devices }, מנויי BroadWorks: { $subscribers }.
cli-demo-open = פתח את המסוף עם: { $command }
demo-exists = { $path } כבר קיים; שום דבר לא שונה. השתמש ב---force כדי להחליף אותו בארגון הדגמה חדש, או בחר קובץ אחר עם --db.
demo-users-range = --users חייב להיות בין 1 ל-{ $max }

## קוד שנוצר (devices add, new-code, lost-stolen) והמכתב שלו
cli-code-asking = מבקש מ-Webex קוד הפעלה ...
cli-code-asking-new = מבקש מ-Webex קוד הפעלה חדש ...
cli-code-added = מכשיר Webex Go { $device } נוסף עבור { $name } <{ $email }>: { $status }.
cli-code-new = מכשיר Webex Go { $device }: קוד חדש עבור { $name } <{ $email }>: { $status }.
cli-code-lost-stolen = מכשיר Webex Go { $device } אבד/נגנב: הקו הושבת, פרטי הפעלה חדשים עבור { $name } <{ $email }>: { $status }.
cli-code-label-code = קוד הפעלה:
cli-code-label-smdp = כתובת SM-DP+:
cli-code-label-android = קוד Android:
cli-code-label-lpa = קוד QR (LPA):
cli-code-label-qr = קוד QR:
cli-code-label-expires = תפוגה:
cli-code-label-number = מספר עסקי:
cli-code-label-email = דוא"ל:
cli-code-control-hub-only = רק ב-Control Hub (התקנים > התקן Webex Go)
cli-code-shown-once = הקוד מוצג רק עכשיו (נשמר רק גיבוב). כדי למסור אותו שוב, הנפק קוד חדש.
cli-letter-note = מכתב הפעלה: { $note }
cli-letter-for = מכתב הפעלה עבור { $device } ({ $email }): { $note }
## wxgo bench: הדוח והכשלים שלו (מספרים, נתיבים, פקודות ויעדים כפי שהם; p50/p99 הם אחוזונים)
bench-error = מדידה: { $error }
bench-no-users-pane = המסגרת הראשונה לא הציגה את חלונית המשתמשים
bench-no-proc-status = לא ניתן לקרוא את /proc/self/status
bench-command-failed = { $command } נכשלה: { $error }
bench-import-short = הייבוא הוסיף { $added } מתוך { $rows } שורות: { $problem }
bench-too-few-users = רק { $n } משתמשים יכולים לקבל מכשיר; השתמש ב---users גדול יותר
bench-missed = { $n ->
        [one] יעד אחד הוחמץ
       *[other] { $n } יעדים הוחמצו
    }
bench-floor-start = מדידה: העותק של הרצפה אינו מתחיל במקום שבו התחיל הייבוא
bench-floor-nothing = מדידה: הייבוא לא כתב מכשירים לכתוב שוב
bench-floor-other-ids = מדידה: הרצפה כתבה את המכשירים { $from } עד { $to } כשהייבוא כתב { $import_from } עד { $import_to }
bench-built = נבנו { $users } משתמשים, { $numbers } מספרים, { $devices } מכשירים ב-{ $seconds } שניות
bench-no-sqlite3 = sqlite3 אינו מותקן: ערכי הבסיס זקוקים לו (apt-get install sqlite3)
bench-title = wxgo bench: { $users } משתמשים ({ $db }), { $cores } ליבות
bench-first-frame = מההפעלה עד המסגרת הראשונה (משתמשים, 80x24), חציון
bench-first-frame-baseline = פתיחת sqlite3 + עמוד ראשון { $ms } ms; יחס { $ratio }x
bench-n-a = לא רלוונטי
bench-keys = מהקשה עד מסגרת, { $n } מקשים: p50 / p99 / max
bench-keys-target = יעד p99 <= { $ms } ms
bench-key-kind = { $kind } ({ $n } מקשים): p50 / p99 / max
bench-bytes = בתים למסוף, הבחירה זזה שורה אחת (200x50)
bench-bytes-baseline = ציור מחדש מלא הוא כ-{ $bytes } B
bench-import-phases = שלבי הייבוא: { $phases }
bench-floor = אותן שורות נכתבות שוב כ-SQL חשוף (הרצפה)
bench-sqlite3-reference = להשוואה: sqlite3 .import { $file } ms (אל :memory: { $memory } ms)
bench-import = ייבוא מרוכז, { $rows } שורות שנבדקו במלואן
bench-import-figure = { $ms } ms ({ $rate } שורות/שנייה)
bench-import-baseline = רצפה { $floor } ms; יחס { $ratio }x (הרצות: { $runs }); יעד <= { $target }x
bench-memory = שיא הזיכרון התושב, המסוף פתוח ומסנן
bench-memory-baseline = יעד <= { $mb } MB; אינדקסי הרשימות תופסים { $index } MB
bench-binary = גודל הקובץ הבינארי ({ $path })
bench-binary-baseline = יעד <= { $mb } MB

## השורה שקריאה מהמטמון של ארגון אמיתי כותבת ל-stderr
cli-cache-age = { $org } · פרופיל { $profile } (webex) · { $age }
cli-cache-age-unfinished = { $org } · פרופיל { $profile } (webex) · { $age } (סנכרון מאוחר יותר לא הסתיים: זה העותק המלא האחרון)
cli-cache-note = הערה: { $note }
cli-cache-read-only = לקריאה בלבד, כי { $why }
age-as-of = נכון ל-{ $at }, { $ago }
age-just-now = זה עתה
age-minutes = לפני { $n } דק׳
age-hours = לפני { $n } שע׳
age-days = { $n ->
        [one] לפני יום אחד
        [two] לפני יומיים
       *[other] לפני { $n } ימים
    }
fmt-time = %H:%M
age-first-sync = הסנכרון הראשון לא הסתיים: הרשימה חלקית; הרץ את { $command }

## שגיאות השימוש של clap (src/cli/help.rs): דגל או פקודה לא מוכרים, ארגומנט חסר, ערך שאינו
## מתקבל, עם העצות של clap והיכן לקרוא עוד; דגלים, ערכים ופקודות כמות שהם.
clap-usage = שימוש
clap-possible-values = ערכים אפשריים
clap-commands-note = פקודות משנה
clap-error-unknown-argument = ארגומנט לא צפוי '{ $arg }'
clap-error-unknown-command = פקודת משנה לא מוכרת '{ $command }'
clap-error-invalid-value = ערך לא תקף '{ $value }' עבור '{ $arg }'
clap-error-invalid-value-because = ערך לא תקף '{ $value }' עבור '{ $arg }': { $reason }
clap-error-value-missing = '{ $arg }' דורש ערך, אך לא צוין ערך
clap-error-missing-required = חסרים הארגומנטים הנדרשים האלה:
clap-error-missing-command = '{ $command }' דורש פקודת משנה, אך לא צוינה פקודה
clap-error-used-twice = אפשר לציין את הארגומנט '{ $arg }' פעם אחת בלבד
clap-error-conflict = אי אפשר להשתמש בארגומנט '{ $arg }' יחד עם '{ $other }'
clap-error-conflict-list = אי אפשר להשתמש בארגומנט '{ $arg }' יחד עם:
clap-error-conflict-others = אי אפשר להשתמש בארגומנט '{ $arg }' יחד עם אחד או יותר מהארגומנטים האחרים שצוינו
clap-error-command-conflict = אי אפשר להשתמש בפקודת המשנה '{ $command }' יחד עם '{ $other }'
clap-error-command-conflict-list = אי אפשר להשתמש בפקודת המשנה '{ $command }' יחד עם:
clap-error-command-conflict-others = אי אפשר להשתמש בפקודת המשנה '{ $command }' יחד עם אחד או יותר מהארגומנטים האחרים שצוינו
clap-error-no-equals = '{ $arg }' דורש סימן שוויון לפני הערך שלו
clap-error-too-many-values = ערך לא צפוי '{ $value }' עבור '{ $arg }'; לא היו צפויים ערכים נוספים
clap-error-too-few-values = '{ $arg }' דורש { $wanted } ערכים; { $n ->
        [one] צוין רק { $given }
       *[other] צוינו רק { $given }
    }
clap-error-wrong-number-of-values = '{ $arg }' דורש { $wanted } ערכים, אך { $n ->
        [one] צוין { $given }
       *[other] צוינו { $given }
    }
clap-error-invalid-utf8 = באחד או יותר מהארגומנטים יש UTF-8 לא תקף
clap-error-more = מידע נוסף: '{ $help }'.
clap-tip = עצה
clap-tip-similar-command = { $n ->
        [one] יש פקודת משנה דומה: { $names }
       *[other] יש פקודות משנה דומות: { $names }
    }
clap-tip-similar-argument = { $n ->
        [one] יש ארגומנט דומה: { $names }
       *[other] יש ארגומנטים דומים: { $names }
    }
clap-tip-similar-value = { $n ->
        [one] יש ערך דומה: { $names }
       *[other] יש ערכים דומים: { $names }
    }
clap-tip-as-value = כדי להעביר את '{ $arg }' כערך, כתוב '{ $command }'
clap-tip-exists = יש '{ $command }'
clap-tip-remove-dashes = יש פקודת משנה '{ $command }'; כדי להשתמש בה, הסר את ה-'--' שלפניה
cli-letter-lang-unknown = wxgo כותב מכתבים והודעות דוא"ל ב-{ $codes }; ציין אחת מהן
clap-reason-invalid-digit = ספרה לא תקפה במספר
clap-reason-empty = אין מספר בערך ריק
clap-reason-too-large = המספר גדול מדי
clap-reason-too-small = המספר קטן מדי
