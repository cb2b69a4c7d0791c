# למה משתמש לא קיבל Webex Calling (AL02, AL04), ואיך מתקנים: מה שאומרים
# `users list --not-provisioned`, תצוגת "לא מוקצה" של הקונסולה והשורות של הרצת רישוי.
# מספרים, כתובות דוא"ל, שמות, שמות רישיונות, מזהי כללים ופקודות ($command, תמיד בגרשיים הפוכים)
# הם משתנים ולעולם אינם מתורגמים. ללא תווי כיווניות.

## הבדיקות של מספר עבודה (AL02)
reason-work-number = מספר העבודה { $what }
reason-also = { $first }; { $then }
reason-and = { $first } וגם { $then }
reason-no-number = לא ניתן מספר עבודה
reason-not-e164-national = { $number } אינו בתבנית E.164: כתוב אותו כ-+1 ועשר ספרות
reason-not-at-location = { $number } אינו מוגדר באף מיקום של { $org } (הוא אינו במלאי המספרים)
reason-mobile = { $number } הוא מספר נייד של Webex Go ב-{ $location }, לא מספר עסקי קבוע
reason-assigned-user = { $number } כבר מוקצה למשתמש אחר ({ $email })
reason-assigned-service = { $number } כבר מוקצה לשירות ({ $service })

## מה כנראה היה ערך שאינו בתבנית E.164
reason-hint-scientific = "{ $input }" הוא כתיב מדעי: גיליון אלקטרוני קרא את המספר כמספר והשמיט את ספרותיו האחרונות. עצב את העמודה כטקסט, הקלד את המספר שוב כ-+<קידומת מדינה><מספר>, וייצא שוב
reason-hint-text-marker = ה-' בהתחלה הוא סימון הטקסט של גיליון אלקטרוני, לא חלק מהמספר: המספר הוא { $number }
reason-hint-decimal = גיליון אלקטרוני שמר אותו כמספר { $input } והשמיט את ה-+: המספר הוא { $number }
reason-hint-punctuation = הסר את הסוגריים, המקפים והנקודות: { $number }
reason-hint-00 = 00 היא קידומת החיוג הבינלאומית; ב-E.164 המספר הוא { $number }
reason-hint-national = הוא כתוב בצורה הלאומית של { $country }; ב-E.164 המספר הוא { $number }
reason-hint-no-plus = חסר ה-+ (גיליון אלקטרוני משמיט אותו כשהוא קורא את התא כמספר): { $number }

## התיקון של כל בדיקה (AL04)
reason-fix-no-number = תן מספר: בספרייה, או W בקונסולה ({ $command } במעטפת), ואז החל שוב את התבנית
reason-fix-not-e164 = תקן את תבנית המספר ל-E.164 (+, קידומת מדינה, מספר, למשל +12145550100), ואז החל שוב את התבנית
reason-fix-not-at-location = הגדר את המספר במיקום (הוסף אותו למספרי המיקום), או תן מספר שמוגדר, ואז החל שוב את התבנית
reason-fix-mobile = תן מספר עסקי קבוע; מספר נייד של Webex Go מוקצה עם { $command }
reason-fix-assigned = שחרר את המספר (או תן מספר אחר), ואז החל שוב את התבנית
reason-fix-reapply = החל שוב את התבנית ({ $command })
reason-passes-not-applied = מספר העבודה עובר כל בדיקה, אבל התבנית לא הוחלה מאז

## התיקון למספר שכנראה התכוון ל-$meant ($raw כפי שהספרייה נתנה אותו)
reason-fix-set-meant = קבע את מספר העבודה ל-{ $meant } (W בקונסולה, { $command } במעטפת), ואז החל שוב את התבנית
reason-meant-nowhere = { $raw } היה { $meant }, שאינו במלאי המספרים של אף מיקום
reason-meant-but = { $raw } היה { $meant }, אבל { $why }
reason-meant-shared = { $raw } היה { $meant }, אבל { $n ->
        [one] למשתמש אחר נוסף יש
       *[other] ל-{ $n } משתמשים אחרים יש
    } אותו מספר עבודה, ומספר שייך לאדם אחד
reason-fix-free-number = { $why }: תן להם במקום זאת מספר פנוי של { $location } ({ $free } הוא אחד; כל משתמש צריך מספר משלו) עם W בקונסולה ({ $command } במעטפת), או הוסף את { $meant } למספרים של מיקום; ואז החל שוב את התבנית
reason-fix-no-free-number = { $why }, ול-{ $location } אין מספר פנוי: הוסף מספרים ל-{ $location } (ב-Control Hub), ואז קבע אחד מהם כמספר העבודה (W בקונסולה, { $command } במעטפת); ואז החל שוב את התבנית
reason-fix-no-location = { $why }, ולמשתמש אין מיקום: תן לו מיקום ומספר פנוי שלו, ואז החל שוב את התבנית

## מה בא אחרי רישום מספר עבודה (users set-work-number)
reason-template-group = "{ $name }" (קבוצה { $group })
reason-template-org = "{ $name }" (ארגון)
reason-next-kept = למשתמש יש Webex Calling: הגדרות השיחה שלו נשמרות (AL05)
reason-next-no-calling = התבנית שלו { $template } אינה מעניקה Webex Calling
reason-next-not-covered = אף תבנית רישיונות אינה מכסה את המשתמש
reason-next-still-fails = המספר עדיין נכשל בבדיקה: { $reason }; { $fix }
reason-next-passes = המספר עובר כל בדיקה: החל שוב את התבנית ({ $command })
reason-refused-row = { $email }: { $reason }; { $fix }

## ארגון אמיתי: מי ש-Webex מציג ללא רישיון Calling, ולמה
reason-held-none = אין רישיון כלל
reason-held-only = רק { $licences }
reason-webex-no-calling = Webex אינו מציג עבורו רישיון Webex Calling ({ $held })
reason-lacks-location = אין מיקום שיחות
reason-lacks-number = אין שלוחה ואין מספר
reason-webex-lacks = אצל Webex יש לו: { $what }
reason-last-said = ההקצאה האחרונה אמרה: { $recorded }
reason-fix-assign = הקצה Webex Calling Professional: { $command }, או ב-Control Hub
reason-fix-assign-template = הקצה Webex Calling Professional ב-Control Hub, או עם תבנית שמעניקה אותו ({ $save }, ואז { $assign })

## השורות של הרצת רישוי
reason-has-calling = ל-{ $email } כבר יש Webex Calling; דבר לא שונה
reason-not-created = לא נוצר ב-Webex
reason-fix-see-reason = ראה את הסיבה; תקן אותה ב-Webex או בקלט, ואז הרץ שוב את אותה פקודה
reason-partial-206 = Webex ענה 206 (חלקי): רק חלק מזה: לא הוחל: { $licences }{ $tracking }
reason-partial = Webex ביצע רק חלק מזה: לא הוחל: { $licences }{ $tracking }
reason-fix-check-licences = בדוק את הרישיונות ב-Webex (ייתכן שמאגר רישיונות נוצל עד תומו, או ששני רישיונות מתנגשים), ואז הרץ שוב את אותה פקודה
reason-done-earlier = בוצע בניסיון קודם של הרצה זו: { $detail }
reason-no-licence-in-org = לארגון אין רישיון { $licences } ב-Webex
reason-not-sent-cancelled = לא נשלח: ההרצה בוטלה; אותה פקודה שוב ממשיכה אותה
reason-directory-kept = הספרייה שינתה את מספר העבודה ל-{ $number }; הגדרת Webex Calling נשמרת (AL05): המספר אינו נשלח ל-Webex
