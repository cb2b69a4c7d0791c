# Відмови й помилки сервісу українською. Терміни як у довідкових статтях Webex (glossary.md).
# Аргументи не перекладаються: адреси ел. пошти, номери, ідентифікатори, ідентифікатори правил, місця в Control Hub, команди.

## WG01
wg01-no-professional = { $email } не має ліцензії Webex Calling Professional (має: { $has }). Спершу призначте ліцензію.
wg01-no-location = { $email } не має розташування; спершу призначте користувачеві розташування в країні, де є Webex Go.
wg01-country = Розташування { $location } користувача { $email } у країні { $country }, де Webex Go не пропонується. Тут підтримується: { $countries }.
wg01-webex-no-calling = { $email } не має ліцензії Webex Calling у копії Webex. Спершу призначте її.
wg01-webex-no-location = { $email } не має розташування Calling у копії Webex.

## WG02
wg02-none = { $org } не має підписки з ліцензіями Webex Go.
wg02-import-none = { $org } не має підписки з ліцензіями Webex Go, тож жоден пристрій не можна додати.
wg02-choose = ліцензії Webex Go мають кілька підписок: виберіть одну за допомогою --subscription: { $subscriptions }
wg02-full = підписка { $subscription } не має вільної ліцензії Webex Go (використано { $used } з { $total }). Видаліть невикористаний пристрій або виберіть іншу підписку: { $subscriptions }

## WG03
wg03-free = { $free ->
    [none] { $place } не має вільного номера; спершу додайте номери.
   *[other] вільні номери { $place }: { $free }
}
wg03-has-primary = { $email } уже має основний номер { $number }; пристрій BYOD зберігає його. Не вказуйте --number.
wg03-no-primary = { $email } не має основного номера: виберіть його за допомогою --number. { wg03-free }
wg03-assigned = { $number } уже призначено { $owner }. { wg03-free }
wg03-other-location = { $number } належить до { $its }, а не до розташування { $location } користувача { $email }. { wg03-free }
wg03-mobile = { $number } — мобільний номер: призначте його за допомогою { $command } (Webex Go через мобільного оператора, MO05). { wg03-free }
wg03-webex-choose = { $email } не має номера в копії Webex, а номер, вибраний тут, не надсилається до Webex: спершу призначте користувачеві номер ({ $place }), потім додайте пристрій без --number.
wg03-webex-none = { $email } не має ні номера, ні внутрішнього номера в копії Webex: спершу призначте його ({ $place }).

## WG04
wg04-suppressed = { $org } блокує електронні листи: скопіюйте або надрукуйте код.
wg04-import-suppressed = { $org } блокує електронні листи, тож коди не можна надіслати поштою. Імпортуйте з --no-email і --codes-file FILE, щоб роздати коди самостійно (або надрукуйте листи).

## WG05
wg05-not-its-code = це не код активації пристрою { $device } ({ $email }). Перевірте його або створіть новий код за допомогою { $command }.
wg05-code-spent = цей код пристрою { $device } більше не може активувати телефон: { $why }. Створіть новий за допомогою { $command }.
wg05-no-longer-valid = цей код більше не дійсний (використаний, замінений або прострочений); створіть новий код і надішліть його
wg05-not-pending = новий код активації можна створити, лише поки пристрій у стані «Очікування активації»; зараз він { $status }. Спершу користувач видаляє лінію Webex Go з телефона (WG11), або скористайтеся «Втрачено/викрадено», якщо телефона немає (WG08)

## WG06
wg06-unknown = цей код активації невідомий: перевірте, чи його правильно введено
wg06-used = цей код активації вже використано; код діє один раз. Попросіть адміністратора про новий.
wg06-superseded = для цього пристрою створено новіший код, через що цей став недійсним (WG05).
wg06-revoked = цей код відкликано, коли телефон позначили як втрачений або викрадений (WG08).
wg06-expired = термін дії цього коду активації минув { $at }. Попросіть адміністратора про новий.

## WG08, WG10
wg08-operator-sim = ця лінія надходить із SIM-картки мобільного оператора: повідомте оператора про втрачений телефон; «Втрачено/викрадено» тут стосується ліній BYOD
wg10-already-disabled = лінію вже вимкнено (Offline)
wg10-already-enabled = лінію вже ввімкнено (Online)
wg10-unknown = Webex не повідомляє, у якому стані цей пристрій (стан невідомий), тож його лінію тут змінити не можна
wg10-pending = пристрій у стані «Очікування активації»: жоден телефон ще не активував його, тож на телефоні немає лінії, яку можна змінити

## MO
mo01-confirm = підтвердьте ідентифікатор облікового запису оператора { $id }: після підтвердження його не можна змінити (додайте --yes)
mo01-differ = ідентифікатор облікового запису оператора і його підтвердження різняться: введіть той самий ідентифікатор двічі
mo02-not-authorized = обліковий запис оператора { $account } у стані { $status }: номери можна додати лише після авторизації. { $advice }
mo02-decided = обліковий запис оператора { $account } уже в стані { $status }; рішення можна ухвалити лише щодо запиту в очікуванні
mo03-too-many = { $n ->
    [one] { $n } номер в одному записі; додавайте не більше { $max } за раз
    [few] { $n } номери в одному записі; додавайте не більше { $max } за раз
   *[other] { $n } номерів в одному записі; додавайте не більше { $max } за раз
}
mo03-webex-too-many = { $n ->
    [one] { $n } номер
    [few] { $n } номери
   *[other] { $n } номерів
} в одному записі: у справжній організації wxgo приймає не більше { $max } за раз (по { $per } в одному запиті); розділіть запис. Нічого не надіслано.
mo05-assigned = { $number } уже призначено { $owner }
mo05-other-location = { $number } належить до { $its }, але { $email } у { $location }: мобільний номер можна призначити лише користувачеві його розташування
mo06-no-professional = { $email } не має ліцензії Webex Calling Professional; мобільний номер можна надати лише таким користувачам

## BW
bw01-template = шаблон клієнта «{ $template }» для { $id } не приймає ненадійні адреси ел. пошти ({ $gap }), тож підготовка знову не вдасться ({ $error }). Спершу виправте шаблон: позначте ненадійні адреси ел. пошти і вкажіть посилання активації як посилання для спільного доступу ({ $place }), потім повторіть. Нічого не змінено.
bw01-no-template = { $id } не має шаблону клієнта, тож підготовка знову не вдасться ({ $error }). Призначте клієнтові абонента шаблон, що приймає ненадійні адреси ел. пошти ({ $place }), потім повторіть. Нічого не змінено.
bw02-nothing = { $id } у стані { $status }: на порталі нема чого отримувати
bw03-not-claimed = { $id } у стані { $status }: підтвердити можна лише отриманий обліковий запис, що очікує перевірки ел. пошти
bw04-not-failed = { $action } стосується абонентів із помилкою або в очікуванні; { $id } у стані { $status }
bw04-webex-not-failed = { $action } стосується абонентів із помилкою або в очікуванні; за даними Webex, { $id } у стані { $status }{ $copy ->
        [same] {""}
       *[other] {" "}(копія wxgo показувала { $copy }; виконайте { $command }, щоб оновити її)
    }. Нічого не змінено.
bw04-webex-unknown-status = Webex надає { $id } стан «{ $status }», якого wxgo не знає, тож { $action } не виконано. Нічого не змінено.
bw04-email = { $code }: { $text } Введіть іншу адресу ел. пошти.

## AL
al01-location = Webex Calling потребує розташування: вкажіть його (--location NAME)
al01-number = Webex Calling потребує внутрішнього номера та/або номера: вкажіть його (--number E164 або --extension DIGITS)
al02-other-location = { $email }: { $number } підготовлено в { $its }, а не в { $location }: вкажіть номер із { $location } або розташування { $its }
template-clash = { $org } вже має { $template }: змініть його ({ $command }) або спершу видаліть
al03-no-calling = шаблон { $template } не надає Webex Calling: ніхто не отримує через нього ліцензію
al03-not-covered = { $email } не охоплено шаблоном { $template }: { $theirs ->
        [none] жоден шаблон не охоплює користувача
       *[other] шаблон користувача — { $theirs }
    }. Ліцензію не надано; змініть ліцензії окремо, якщо потрібен Webex Calling

## Що бекенд тут не може
stand-in-only = «{ $action }» — це { $who }. Це імітується лише в локальному бекенді (демо: { $command }), а не в справжній організації профілю «{ $profile }». Нічого не змінено.{ also-read-only }
control-hub-only = «{ $action }» не має відкритого API Webex: зробіть це в { $place }, потім виконайте { $command }. Нічого не змінено.{ also-read-only }
also-read-only = { $readonly ->
        [no] {""}
       *[other] {" "}Цей профіль також лише для читання: { $readonly }.
    }

## Особу змінено у Webex
person-changed = { $email } змінено у Webex після синхронізації вашої копії ({ $fields }). Нічого не надіслано: wxgo записує особу лише поверх копії, яку ви бачили. Виконайте { $command } (F у консолі), перегляньте особу ще раз і повторіть зміну.

## Забагато неправильних кодів активації
throttled-source = { $n ->
        [one] { $n } неправильний код активації
        [few] { $n } неправильні коди активації
       *[other] { $n } неправильних кодів активації
    } з { $from } за останні { $minutes } хв, тож цей код не перевірено. Спробуйте знову після { $until }. Кожен неправильний код протягом { $minutes } хв після останніх знову запускає очікування: спершу перевірте код у листі (16 літер і цифр).
throttled-device = { $n ->
        [one] { $n } неправильний код активації
        [few] { $n } неправильні коди активації
       *[other] { $n } неправильних кодів активації
    } для { $from } за останні { $minutes } хв, тож цей код не перевірено. Спробуйте знову після { $until }. Кожен неправильний код протягом { $minutes } хв після останніх знову запускає очікування: спершу перевірте код у листі (16 літер і цифр).

## Скасовані запуски
cancelled-licensing = скасовано після { $done } з { $total } користувачів: нічого не змінено
cancelled-import = скасовано під час { $phase ->
        [reading] читання
        [checking] перевірки
        [adding] додавання
        [saving] збереження
       *[emailing] надсилання листів
    } ({ $done } з { $total } рядків): нічого не додано
cancelled-sync = синхронізацію скасовано; кеш зберігає свій останній повний стан (нічого з цієї синхронізації не збережено)

## Лише для читання
read-only-db = лише для читання: базу даних відкрито лише для читання, тож «{ $action }» не виконано. Відкрийте її без --read-only, щоб вносити зміни.
read-only-for = лише для читання: «{ $action }» не надіслано до Webex, бо { $why }. Нічого не змінено.

## Номери та внутрішні номери (введене показано як набрано; номери-приклади не перекладаються)
e164-none = номер не вказано
e164-no-plus = «{ $input }» не у форматі E.164: номер має починатися з + і коду країни, наприклад +12145550100
e164-not-digit = «{ $input }» не у форматі E.164: '{ $bad }' — не цифра (пишіть лише + і цифри, наприклад +12145550100)
e164-zero = «{ $input }» не у форматі E.164: код країни ніколи не починається з 0
e164-length = «{ $input }» не у форматі E.164: у ньому { $n ->
        [one] { $n } цифра
        [few] { $n } цифри
        [many] { $n } цифр
       *[other] { $n } цифри
    }, а повний міжнародний номер має від 8 до 15
extension-invalid = «{ $extension }» не є внутрішнім номером: напишіть від 2 до 10 цифр, наприклад 4021

## Чого немає (імена, номери та ідентифікатори як вказано; $command — команда, яку слід виконати)
names-none = немає
not-found-user = у { $org } немає користувача з адресою «{ $email }». Знайдіть його за допомогою { $command }.
not-found-device = у { $org } немає пристрою Webex Go { $device }. Перегляньте список за допомогою { $command }.
user-has-no-device = { $email } не має пристрою Webex Go.
device-reference = «{ $reference }» не є пристроєм: вкажіть його ідентифікатор (go-12) або адресу власника
not-found-number = { $number } немає в переліку номерів { $org }
not-found-location = у { $org } немає розташування «{ $location }»
not-found-location-listed = у { $org } немає розташування «{ $location }»; є: { $names }
not-found-subscription = у { $org } немає підписки { $subscription } з ліцензіями Webex Go; є: { $subscriptions }
not-found-account = у { $org } немає облікового запису оператора «{ $account }». Перегляньте список за допомогою { $command }.
not-found-account-for = у { $org } немає облікового запису оператора для розташування «{ $location }». Додайте його за допомогою { $add } або перегляньте список за допомогою { $list }.
not-found-template = немає шаблону ліцензій «{ $name }»; є: { $names }. Перегляньте список за допомогою { $command }.
not-found-org = тут немає організації з назвою «{ $name }»; є: { $names }
not-found-subscriber = у { $org } немає абонента BroadWorks «{ $id }». Перегляньте список за допомогою { $command }.
not-in-copy = { $email } немає в копії даних Webex (немає ідентифікатора Webex): виконайте { $command } і перегляньте знову
why-nobody-given = вкажіть адресу електронної пошти, номер телефону або внутрішній номер
why-no-email = у { $org } нікого з адресою «{ $email }»: ні користувача, ні абонента BroadWorks. Знайдіть за допомогою { $command }.
why-no-number = у { $org } ні в кого немає номера чи внутрішнього номера «{ $number }» (ні користувача, ні абонента BroadWorks). Знайдіть за допомогою { $command }.

## База даних ($file — її шлях або db-the-database, коли шлях невідомий; --db, --read-only і WXGO_DB не перекладаються)
db-the-database = база даних
db-fuser = `fuser` для файлу бази даних
db-busy = { $file } зайнята: інший wxgo (або інша програма) утримує її понад { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    }. Нічого не змінено. Спробуйте ще раз; якщо вона й далі зайнята, пошукайте завислий процес за допомогою { $command }.
db-read-only = { $file } неможливо записати (файл або його тека доступні лише для читання). Нічого не змінено. Перегляньте її з --read-only або виправте права доступу.
db-damaged = { $file } не є базою даних wxgo або пошкоджена. Нічого не змінено. Вкажіть у --db правильний файл або відновіть його з резервної копії.
db-cannot-open = { $file } неможливо відкрити (немає теки або немає прав: окрім самого файлу, SQLite має створити { $file }-wal і { $file }-shm у його теці). Нічого не змінено. Перегляньте її з --read-only або перевірте шлях і права доступу.
db-disk-full = диск, на якому { $file }, заповнений. Нічого не змінено. Звільніть місце й спробуйте ще раз.
db-constraint = це порушило б правило даних ({ $error }). Нічого не змінено.
db-other = помилка бази даних у { $file }: { $error }
db-foreign-kept = { $file } не є базою даних wxgo: { $why }. Нічого не змінено: wxgo замінює лише власні бази даних. Виберіть інший файл за допомогою --db (або видаліть цей самі, якщо він більше не потрібен).
db-folder = { $file } — це тека, а не база даних. Нічого не змінено. Вкажіть у --db файл бази даних.
db-empty = { $file } порожній: у ньому ще немає бази даних wxgo. Нічого не змінено. Створіть у ньому демо-організацію за допомогою { $create }, скористайтеся демо через { $demo } або вкажіть у --db вашу базу даних.
db-foreign = { $file } не є базою даних wxgo: { $why }. Нічого не змінено. Вкажіть у --db базу даних wxgo або новий файл, щоб її створити ({ $command }).
db-newer = { $file } записано новішою версією wxgo (версія схеми { $version }; цей wxgo знає до { $known }). Нічого не змінено. Оновіть wxgo, щоб її відкрити.
db-older = { $file } — база даних wxgo з версією схеми { $version }; цей wxgo читає версії від { $from } до { $known }. Нічого не змінено. Відкрийте її один раз без --read-only, щоб оновити.
db-upgrade-failed = не вдалося оновити { $file } до версії схеми { $known }. Нічого не змінено. Відновіть її з резервної копії або повідомте про це, вказавши версію wxgo, яка її записала.
db-wal-unreadable = { $file } неможливо прочитати тут: у її теку неможливо записувати, а { $wal } містить нові зміни, які SQLite може прочитати лише з файлом { $shm } поруч. Нічого не змінено. Скопіюйте базу даних разом із файлом -wal у теку, доступну для запису, або відкрийте її один раз там, де її тека доступна для запису.
db-none = за шляхом { $file } немає бази даних. Нічого не створено. Перевірте --db (або WXGO_DB) на помилки; скористайтеся демо-організацією через { $demo }; або створіть там демо-організацію за допомогою { $create }.
db-none-folder = за шляхом { $file } немає бази даних (теки { $folder } теж немає). Нічого не створено. Перевірте --db (або WXGO_DB) на помилки; скористайтеся демо-організацією через { $demo }; або створіть там демо-організацію за допомогою { $create }.

## Файли CSV (назва файлу, рядки, стовпці й клітинки як є; назви стовпців Control Hub не перекладаються)
csv-save-as-utf8 = Збережіть його як CSV у кодуванні UTF-8 (Excel: Файл > Зберегти як > «CSV UTF-8 (розділювач — кома)»; LibreOffice: Зберегти як > Текст CSV, кодування Unicode (UTF-8)) і спробуйте ще раз.
csv-utf16 = { $source } збережено в UTF-16 («текст Unicode»), а не як CSV у UTF-8. { csv-save-as-utf8 }
csv-not-utf8 = { $source } не в UTF-8: байт { $byte } у рядку { $line } не є текстом UTF-8 (схоже, файл збережено в Latin-1 / Windows-1252, наприклад «CSV (розділювач — кома)»). { csv-save-as-utf8 }
csv-malformed = { $source } рядок { $line }: це не правильно сформований CSV ({ $error }). Пошукайте лапки, які відкрито й не закрито.
csv-empty = { $source } порожній: у ньому немає ні рядка заголовків, ні рядків

## Проблеми рядка масового імпорту (показано після номера рядка та стовпця)
sheet-column-twice = стовпець «{ $column }» трапляється двічі (стовпці { $first } і { $second }); залиште один
sheet-no-column = у заголовку немає стовпця «{ $column }». Почніть із шаблону: { $command }
sheet-no-subscription-column = у заголовку немає стовпця { $column }, тому жоден рядок не вибирає підписку, з якої береться його ліцензія. Почніть із шаблону: { $command }
sheet-empty-write = порожньо; напишіть { $want }
sheet-not-fixed = містить «{ $value }»; рядок пристрою Webex Go має { $want }
sheet-mac = містить «{ $value }»; пристрій Webex Go не має MAC-адреси: залиште порожнім
sheet-not-true-false = містить «{ $value }»; напишіть TRUE для підписки, з якої береться ліцензія, інакше FALSE або нічого
sheet-no-true = жодну підписку не позначено TRUE: позначте ту, з якої береться ліцензія ({ $columns })
sheet-many-true = { $n ->
        [one] { $n } підписку позначено
        [few] { $n } підписки позначено
       *[other] { $n } підписок позначено
    } TRUE; ліцензія береться рівно з однієї: позначте лише одну
sheet-no-user = порожньо; напишіть адресу електронної пошти користувача
sheet-user-twice = { $email } є також у рядку { $first }: у користувача один пристрій Webex Go, тож залиште один рядок
sheet-extension = внутрішній номер { $email } — { $theirs }, а не { $given }: виправте його або залиште Extension порожнім
sheet-no-location = немає розташування
sheet-location = { $email } у { $theirs }, а не в { $given }: виправте це або залиште Location порожнім
sheet-number-twice = { $number } вибрано також у рядку { $first } (для { $other }): виберіть інший непризначений номер розташування { $location }

## Звіт масового імпорту

## Вхід (команди, змінні середовища, області доступу та шляхи не перекладаються; $why і $words — власні слова Webex, як їх дає Webex)
signin-not-yet = цей профіль ще не ввійшов у Webex. Виконайте { $login } (або задайте WEBEX_TOKEN).
signin-env-unset = змінну { $var } не задано (або вона порожня). Запишіть у неї токен доступу Webex (або не вказуйте --token-env, щоб використати збережений вхід профілю).
signin-token-empty = токен Webex порожній. Задайте WEBEX_TOKEN або увійдіть за допомогою { $login }.
signin-expired-no-refresh = термін дії входу у Webex минув, а токена оновлення немає. Увійдіть знову за допомогою { $login }.
signin-refresh-too-old = термін дії входу у Webex минув (токен оновлення застарів). Увійдіть знову за допомогою { $login }.
signin-renew-refused = Webex відмовився поновити вхід ({ $why }): токен оновлення відкликано або термін його дії минув. Увійдіть знову за допомогою { $login }.
signin-bad-answer-token = відповідь Webex на { $path } містить токен із керівним символом або розривом рядка, який неможливо надіслати в запиті: його не використано і не збережено. Увійдіть знову за допомогою { $login }; якщо це повториться, повідомте службу підтримки Cisco.
signin-start-refused = Webex відмовився почати вхід ({ $why }). Перевірте ідентифікатор клієнта інтеграції і те, що вона дозволяє запитані області доступу ({ $scopes }).
signin-declined = вхід відхилено в браузері. Якщо це помилка, виконайте { $login } знову.
signin-refused = Webex відхилив вхід ({ $why }). Перевірте ідентифікатор і секрет клієнта інтеграції, потім виконайте { $login } знову.
signin-code-expired = термін дії коду входу минув до того, як його схвалили. Виконайте { $login } знову.
token-unsendable = токен Webex містить символ, який неможливо надіслати; отримайте новий
token-the = токен Webex
token-in = токен Webex у { $var }
token-line-break = розрив рядка
token-control = керівний символ ({ $code })
token-space = пробіл
token-odd-character = символ, якого в токені не буває ({ $code })
token-bad-character = { $token } містить { $what } на позиції { $at } з { $n }: його неможливо надіслати, і нічого не надіслано. Скопіюйте токен ще раз (один рядок, нічого довкола) або увійдіть за допомогою { $login }.

## Webex відхилив токен (401) або запит (403): $said — власні слова Webex зі словами webex-says довкола, $tracking — слова про trackingId (кожне порожнє, коли Webex їх не дав)
webex-says = Webex відповідає: «{ $words }».
webex-tracking = trackingId { $id } (повідомте його службі підтримки Cisco).
webex-401 = Webex не прийняв вхід для { $method } { $path } (401: термін дії токена минув або його відкликано).{ $said } Увійдіть знову за допомогою { $login } (або вкажіть новий токен у WEBEX_TOKEN).{ $tracking }
webex-401-env = Webex не прийняв токен у { $var } для { $method } { $path } (401: термін його дії минув або його відкликано).{ $said } Запишіть новий токен у { $var } (збережений вхід не використовується, поки задано { $var }).{ $tracking }
webex-403 = Webex відхилив { $method } { $path } (403 Forbidden): токенові бракує потрібної області доступу або ролі: { $scope }.{ $said } Увійдіть як адміністратор через інтеграцію, які її мають ({ $login }).{ $tracking }
webex-403-env = Webex відхилив { $method } { $path } (403 Forbidden): токенові в { $var } бракує потрібної області доступу або ролі: { $scope }.{ $said } Запишіть у { $var } токен адміністратора, який її має.{ $tracking }
scope-with-role = { $scope } ({ $role })
scope-unknown = область доступу адміністратора для цього запиту
role-full-admin = повний адміністратор
role-partner-admin = адміністратор партнера
role-partner-full-admin = повний адміністратор партнера
role-full-or-partner-admin = повний адміністратор або адміністратор партнера

## Профілі та файл конфігурації ($file — його шлях, $at — файл і розділ профілю; ключі, значення та назви профілів не перекладаються)
profiles-there = (є: { $names })
profile-unknown = у { $file } немає профілю «{ $name }» ({ $from }); додайте туди розділ [profiles.{ $name }]{ $there }
profile-default-unknown = { $file }: default_profile = "{ $name }" не називає жодного профілю; додайте [profiles.{ $name }] або виправте назву{ $there }
profile-secret-needed = для входу потрібен секрет клієнта інтеграції Webex: задайте { $var } або вкажіть файл у client_secret_file у розділі [profiles.{ $name }] файлу { $file }
config-not-toml = { $file } не є коректним TOML: { $error }
config-default-profile-name = { $file }: default_profile приймає назву профілю в лапках (літери, цифри, - або _), наприклад default_profile = "acme"
config-profile-section = { $file }: profiles.{ $name } має бути розділом: напишіть [profiles.{ $name }]
config-profiles-sections = { $file }: profiles — це набір розділів: напишіть [profiles.NAME] з backend = "webex"
profile-name-invalid = { $at }: назва профілю складається з літер, цифр, - або _ (щонайбільше 64)
profile-unknown-key = { $at }: невідомий ключ { $key }; ключі: { $keys }
profile-takes-text = { $at } { $key } приймає текст у лапках
profile-takes-bool = { $at } { $key } приймає true або false
profile-backend-missing = { $at }: немає backend; напишіть backend = "webex" (або "local")
profile-backend-unknown = { $at } backend = "{ $backend }": використайте "webex" або "local"
profile-base-url-refused = { $at } base_url = "{ $url }": { $error }
profile-base-url-not-https = { $at } base_url = "{ $url }" не є URL-адресою https://; наприклад { $example }
profile-takes-seconds = { $at } { $key } приймає секунди, від { $min } до { $max }
profile-secret-inline = { $at } client_secret: секрет ніколи не записують у конфігурацію; покладіть його у файл, названий у client_secret_file, або у змінну середовища, названу в client_secret_env
profile-secret-env-name = { $at } client_secret_env називає змінну середовища (літери, цифри, _), а не сам секрет
config-secret-at-top = { $file }: { $key } на початку файлу: секрет ніколи не записують у конфігурацію (його мав би кожен, хто може прочитати файл, резервну копію чи бачить спільний екран). Видаліть його і передайте секрет профілю через client_secret_env = "VAR" (змінна середовища) або client_secret_file = "PATH" (файл, який можете прочитати лише ви, chmod 600).
secret-file-readable = { $file }: [profiles.{ $name }] client_secret_file { $path } { $why }, а wxgo не використовує секрет, який можуть прочитати інші (так само як ssh відхиляє ключ, доступний для читання). Виконайте { $command } (і перевірте, хто міг його прочитати), а потім спробуйте знову. Нічого не надіслано.
secret-file-readable-by-anyone = може прочитати будь-хто на цьому комп'ютері (режим { $mode })
secret-file-readable-by-group = може прочитати його група (режим { $mode })
secret-file-cannot-read = { $file }: [profiles.{ $name }] client_secret_file { $path }: не вдається прочитати ({ $error }). Виправте шлях.
secret-file-empty = { $file }: [profiles.{ $name }] client_secret_file { $path } порожній
webex-plain-http = адреса Webex { $address } — це незашифрований { $scheme }: токен і секрет клієнта пройшли б мережею незашифрованими. Використовуйте https:// (незашифрований http:// приймається лише для цього комп'ютера: localhost, 127.0.0.1, ::1). Нічого не надіслано.
ca-file-cannot-read = не вдається прочитати ca_file { $path }: { $error }; виправте шлях у профілі
ca-file-unusable = ca_file { $path } не містить придатного сертифіката PEM: { $error }
ca-file-empty = ca_file { $path } не містить жодного сертифіката PEM
login-no-client-id = для входу потрібен ідентифікатор клієнта інтеграції Webex: задайте client_id у розділі [profiles.{ $name }] файлу { $file } (або передайте --client-id). Створіть інтеграцію на developer.webex.com > My Webex Apps; розділ README «Connect to your organisation» перелічує потрібні їй області доступу.
profile-none-chosen = { $command } працює з профілем справжньої організації, а жодного не вибрано. Додайте його в { $file }:{ $sample }потім виконайте { $login } (або виберіть профіль за допомогою --profile NAME чи WXGO_PROFILE). Див. «Connect to your organisation» у README.

## Списки, підписки та організації (ідентифікатори й назви як є)
list-next = { $first }, { $next }
subscription-free = { $subscription } (вільно: { $free })
sheet-counted-in = { $reason } (з урахуванням рядків вище в цьому файлі)
cache-no-org = кеш профілю «{ $profile }» ще не містить жодної організації. Виконайте { $sync } (після { $login } або із заданим WEBEX_TOKEN).
org-not-cached-hint = { $error }. Організацію, якої ще немає в кеші, можна отримати за допомогою { $command } (див. { $orgs }).

## Проблеми рядка під час імпорту історії викликів (показано після його рядка й стовпця; ORIGINATING і TERMINATING — слова звіту)
calls-no-column = у заголовку немає стовпця «{ $column }»: чи це звіт Webex Detailed Call History?
calls-not-time = «{ $value }» не є часом; у звіті пишуть, наприклад, 2026-11-20T14:03:11.123Z
calls-not-duration = «{ $value }» не є тривалістю в секундах
calls-no-direction = порожнє; у звіті пишуть ORIGINATING або TERMINATING

## Примітка масового імпорту після справжнього запуску ($file — файл кодів, $command — команда, яку слід виконати)

## Інші відповіді Webex ($said і $tracking як для 401/403; $status — HTTP-статус, $attempts — скільки разів надіслано, $last — остання помилка словами транспорту, $sync — команда, що оновлює копію)
webex-404 = У Webex немає нічого за { $method } { $path } (404 Not Found).{ $said } Можливо, це видалено в Control Hub; виконайте { $sync }, щоб оновити копію.{ $tracking }
webex-409 = Webex відхилив { $method } { $path } через конфлікт (409): елемент змінено або він саме змінюється.{ $said } Виконайте { $sync }, перевірте його і спробуйте ще раз за мить.{ $tracking }
webex-423 = Webex заблокував { $path } (423), поки завершується інша зміна.{ $said } Спробуйте ще раз за хвилину.{ $tracking }
webex-4xx = Webex відхилив { $method } { $path } ({ $status }).{ $said } Цей запит нічого не змінив.{ $tracking }
webex-5xx = Webex не виконав { $method } { $path } ({ $status }).{ $said } Спробуйте пізніше.{ $tracking }
webex-429 = Webex раз у раз відповідав 429 Too Many Requests на { $method } { $path } ({ $attempts ->
        [one] { $attempts } спроба
        [few] { $attempts } спроби
        [many] { $attempts } спроб
       *[other] { $attempts } спроби
    }). Зачекайте кілька хвилин і спробуйте знову або надсилайте менше запитів одночасно.{ $tracking }
webex-unreachable = не вдається з'єднатися з Webex для { $method } { $path } ({ $attempts ->
        [one] { $attempts } спроба
        [few] { $attempts } спроби
        [many] { $attempts } спроб
       *[other] { $attempts } спроби
    }; { $last }). Перевірте мережу, проксі (HTTPS_PROXY, NO_PROXY) і ca_file профілю, потім спробуйте знову.
webex-no-answer = Webex не відповів на { $method } { $path } ({ $last }; { $attempts ->
        [one] { $attempts } спроба
        [few] { $attempts } спроби
        [many] { $attempts } спроб
       *[other] { $attempts } спроби
    }): не відхилено, а невідомо, чи Webex це виконав. Запит не надіслано знову; wxgo спершу запитає Webex, що в нього є, перш ніж надсилати щось для цього знову.
webex-runaway = wxgo припинив читати список за { $path }: { $detail }. Нічого з цього списку не використано. Спробуйте пізніше; якщо це повториться, запустіть з --trace FILE і повідомте службі підтримки Cisco.
webex-decode = Webex відповів на { $path } чимось, що wxgo не може прочитати ({ $detail }). Спробуйте знову; якщо це повторюється, запустіть з --trace FILE і повідомте про це.

## Файли: файл кодів, лист, експорт, папка ($path як є, $error — слова системи, як вона їх дає)
codes-file-folder = --codes-file { $path } — це папка; вкажіть ім'я файлу, напр. { $path }/codes.csv
codes-file-cannot-start = не вдається записати файл кодів { $path }: { $error }. Нічого не додано.
codes-file-cannot-open = не вдається записати файл кодів { $path }: { $error }. До Webex нічого не надіслано.
codes-file-not-written = не вдалося записати файл кодів { $path } ({ $error })
codes-file-cannot-build = не вдається записати файл кодів: { $error }
codes-file-symlink = файл кодів { $path } — символьне посилання: вкажіть сам файл. До Webex нічого не надіслано.
letter-path-folder = --letter { $path } — це папка; вкажіть ім'я файлу
letter-path-not-writable = не вдається записати лист { $path } ({ $error }); у Webex нічого не запитано
letter-cannot-write = не вдається записати лист { $path }: { $error }
print-command-empty = команда друку порожня
print-command-cannot-run = не вдається запустити команду друку { $command }: { $error }. Лист лежить у { $file }.
print-command-failed = команда друку { $command } завершилася невдало ({ $status }): { $error }. Лист лежить у { $file }.
letter-written-not-printed = лист записано в { $file }, але не надруковано: { $error }
export-cannot-write = не вдається записати експорт { $path }: { $error }
folder-cannot-create = не вдається створити папку { $path }: { $error }
stdout-cannot-write = не вдається записати у стандартний вивід: { $error }
stdout-not-written = не вдається записати у стандартний вивід ({ $error })
out-users-cannot-write = не вдається записати список користувачів у { $path }: { $error }
out-subscribers-cannot-write = не вдається записати список абонентів у { $path }: { $error }
csv-cannot-write = не вдається записати CSV: { $error }
template-cannot-write = не вдається записати шаблон: { $error }
completions-cannot-write = не вдається записати скрипт автодоповнення: { $error }
man-cannot-write = не вдається записати сторінку man: { $error }
trace-cannot-open = не вдається відкрити файл трасування { $path }: { $error }
file-replaced-readable = { $path } могли читати інші (режим { $mode }); його замінено файлом, який можете читати лише ви
file-replaced-symlink = { $path } був символьним посиланням; його замінено файлом, який можете читати лише ви (ціль посилання не змінено)
code-nowhere = стандартний вивід — це /dev/null (або його закрито), а код не надсилається електронною поштою і не друкується, тож ніхто б його не отримав
code-saved-not-shown = { $error }: новий код активації { $device } збережено, але не показано{ $emailed }; попередні коди більше не діють. Створіть інший командою { $command }.
code-was-emailed = (його надіслано електронною поштою на { $email })

## Пошта: вихідні та SMTP-сервер ($server — host:port, $error — слова сервера чи системи, як їх дано, $path — файл або папка, $retry — команда, що надсилає чергу)
smtp-from-invalid = відправник «{ $from }» — не адреса електронної пошти ({ $error }); задайте from = "Name <address>" у [smtp]
mail-to-invalid = «{ $to }» — не адреса електронної пошти ({ $error })
mail-cannot-build = не вдається скласти повідомлення: { $error }
smtp-tls-setup = не вдається налаштувати TLS для { $server }: { $error }
smtp-refused = SMTP-сервер { $server } відхилив повідомлення ({ $error })
smtp-timeout = SMTP-сервер { $server } не відповів вчасно ({ $error })
smtp-tls-failed = TLS із SMTP-сервером { $server } не вдався ({ $error })
smtp-failed = не вдається надіслати через SMTP-сервер { $server } ({ $error })
mail-queued-retry = { $error }; поставлено у вихідні як { $path }: надішліть пізніше за допомогою { $retry }
mail-not-queued = { $error }; і його не вдалося поставити в чергу: { $queue }
mail-queue-only = не надіслано: { $reason }; поставлено у вихідні як { $path }: виправте налаштування, потім { $retry }
outbox-cannot-create = не вдається створити папку вихідних { $path }: { $error }
outbox-cannot-write = не вдається записати у вихідні { $path }: { $error }
outbox-full = у вихідних { $path } забагато повідомлень за одну секунду
outbox-cannot-read = не вдається прочитати вихідні { $path }: { $error }
file-cannot-read = не вдається прочитати { $path }: { $error }
dir-cannot-create = не вдається створити { $path }: { $error }
mail-sent-not-moved = { $path } надіслано, але не вдається перемістити до { $target }: { $error } (перемістіть вручну, щоб його не надіслали двічі)

## Буфер обміну ($error — слова системи чи tmux, як їх дано; команди — як вони виконуються)
clipboard-off = буфер обміну вимкнено (clipboard = "off"): виділіть код мишею або задайте clipboard як auto, osc52 чи tmux
clipboard-no-display = немає дисплея
clipboard-no-system = тут немає системного буфера обміну ({ $error }); використайте --clipboard osc52, щоб копіювати через термінал
clipboard-system-refused = системний буфер обміну не прийняв текст ({ $error }); спробуйте --clipboard osc52
clipboard-tmux-off = не скопійовано: set-clipboard у tmux має значення { $value }, тож до буфера обміну термінала нічого не доходить. Виконайте { $set } (перевірка: { $show }) або виділіть код мишею
clipboard-tmux-refused = tmux не зміг прийняти текст ({ $error }); виділіть код мишею
clipboard-terminal-write = не вдалося записати в термінал для копіювання ({ $error })
clipboard-mode-unknown = невідомий режим буфера обміну «{ $mode }»: використайте auto, native, osc52, tmux або off
clipboard-mode-at = { $at }: { $error }

## Помилка, загорнута в те, що вона означає ($error — власне повідомлення помилки, $tracking — " (trackingId ...)" або порожньо)
code-not-delivered = Webex видав новий код активації для { $email }{ $tracking }, але він до вас не дійшов: { $error }. Цей код ніде не зберігається, а попередній Webex уже скасував, тож зараз ні в кого немає робочого коду. Виправте це, потім видайте новий за допомогою { $command }.
copy-not-updated = Webex прийняв «{ $action }»{ $tracking }, але копію wxgo не вдалося оновити: { $error }. Зміну внесено у Webex; виконайте { $sync }, щоб побачити її тут.
action-undelivered = { $action } не виконано: { $error }. Нічого не змінено: новий код активації не збережено, а попередній код і далі працює. Виправте це і спробуйте знову.

## Назва дії у відмові; журнал аудиту й журнали зберігають англійську
action-add-device = додати пристрій Webex Go
action-new-code = новий код активації
action-lost-stolen = втрачено/викрадено
action-delete-device = видалити пристрій Webex Go
action-import-devices = масово додати пристрої Webex Go
action-email-code = надіслати код активації електронною поштою
action-phone-activate = телефон активує код
action-phone-disable = телефон вимикає лінію
action-phone-enable = телефон знову вмикає лінію
action-phone-remove-line = телефон видаляє лінію
action-add-operator-account = додати обліковий запис оператора
action-operator-decides = оператор вирішує
action-add-mobile-numbers = додати мобільні номери
action-validate-mobile-numbers = перевірити мобільні номери
action-assign-mobile-primary = призначити основний мобільний номер
action-bw-retry = BroadWorks: повторити активацію
action-bw-delete = BroadWorks: видалити користувача
action-bw-package = BroadWorks: змінити пакет
action-portal-claim = портал: отримати обліковий запис
action-portal-verify = портал: підтвердити адресу ел. пошти
action-save-licence-template = зберегти шаблон ліцензій
action-delete-licence-template = видалити шаблон ліцензій
action-directory-sync = синхронізація каталогу
action-assign-licence-template = призначити шаблон ліцензій
action-reapply-licence-template = знову застосувати шаблон ліцензій
action-set-work-number = задати робочий номер
action-update-user = оновити користувача
action-send-queued-mail = надіслати листи з черги
action-import-calls = імпортувати записи дзвінків
action-create-database = створити базу даних { $path }
action-sync-into = синхронізувати в { $path }
action-create-demo = створити демонстраційну організацію
action-logout-purge = logout --purge (видалити вхід і кеш профілю); вхід теж збережено
action-refresh-person = оновити дані цієї особи з Webex (кеш відкрито з --read-only)

## Why it is read-only (the { $why } of read-only-for)
read-only-why-profile = профіль «{ $profile }» лише для читання (read_only = true у { $file })
read-only-why-no-write-scope = вхід не має області запису (має { $scopes })
read-only-why-role = адміністратор, що ввійшов, має роль лише для читання ({ $role })
read-only-why-opened = його відкрито з --read-only
read-only-why-opened-db = її відкрито з --read-only
