# Що друкує CLI, українською. Команди, прапорці, --json та ідентифікатори правил не перекладаються.

## Як повідомляється помилка
cli-error = помилка: { $message }
cli-partly-done = виконано частково: { $message }

## Виконано частково (код 8) і повідомлено (код 4)
cli-calls-not-imported = { $n ->
    [one] { $n } проблема в { $source }; нічого не імпортовано
    [few] { $n } проблеми в { $source }; нічого не імпортовано
   *[other] { $n } проблем у { $source }; нічого не імпортовано
}
cli-licences-not-licensed = { $n ->
    [one] { $n } користувач не отримав ліцензії (AL01-AL03); причину вказано вище
    [few] { $n } користувачі не отримали ліцензії (AL01-AL03); причину для кожного вказано вище
   *[other] { $n } користувачів не отримали ліцензії (AL01-AL03); причину для кожного вказано вище
}
cli-licences-partly-applied = { $email }: Webex застосував лише частину ліцензій (не: { $licences }); решту призначено
cli-mail-not-sent = { $n ->
    [one] { $n } повідомлення не надіслано, воно лишається у вихідних; причину вказано вище
    [few] { $n } повідомлення не надіслано, вони лишаються у вихідних; причини вказано вище
   *[other] { $n } повідомлень не надіслано, вони лишаються у вихідних; причини вказано вище
}
cli-numbers-not-added = { $n ->
    [one] { $n } номер не додано (MO03); стан і причину вказано вище
    [few] { $n } номери не додано (MO03); стан і причину вказано вище
   *[other] { $n } номерів не додано (MO03); стан і причину вказано вище
}

## Заголовки стовпців
head-name = Ім’я
head-email = Ел. пошта
head-location = Розташування
head-licences = Ліцензії
head-primary-number = Основний номер
head-calling = Calling
head-device = Пристрій
head-owner = Власник
head-subscription = Підписка
head-kind = Тип
head-status = Стан
head-number = Номер
head-code-expires = Код діє до
head-state = Стан
head-operator = Оператор
head-webex-go-licences = Ліцензії Webex Go
head-used = Використано
head-free = Вільно
head-line = Рядок
head-column = Стовпець
head-problem = Проблема
head-reason = Причина
head-fix = Як виправити
head-user = Користувач
head-when = Коли
head-who = Хто
head-action = Дія
head-outcome = Результат
head-details = Подробиці
head-department = Відділ
head-work-number = Робочий номер
head-account-id = Ідентифікатор облікового запису
head-numbers = Номери
head-what-to-do = Що робити
head-entered = Введено
head-emailed = Надіслано поштою
head-what-happened = Що сталося

## Підтвердження незворотних дій
cli-confirm-device = Пристрій { $device } користувача { $name } <{ $email }>, { $status }.
cli-confirm-lost-stolen = Втрачено або викрадено: { $device }
cli-confirm-lost-stolen-line = • Робочу лінію на втраченому телефоні буде вимкнено одразу й назавжди: її код і профіль eSIM більше ніколи не можна використати.
cli-confirm-lost-stolen-new-code = • Пристрій повертається в стан «Очікування активації» з новим кодом активації для нового телефона (WG08).
cli-confirm-delete = Видалити { $device }
cli-confirm-delete-licence = • Пристрій Webex Go буде вилучено, а його ліцензія повернеться до пулу { $subscription } (WG09).
cli-confirm-delete-calls = • { $name } більше не зможе здійснювати чи приймати робочі виклики з номеронабирача телефона.
cli-not-confirmed-no-terminal = { $what } не можна скасувати, а термінала, щоб запитати, немає: нічого не зроблено. Підтвердьте за допомогою --yes: { $command }.
cli-not-confirmed = не підтверджено. Нічого не зроблено.
## Власні відмови й примітки CLI (прапорці, оболонки, профілі, файли й організації як є)
cli-give-account-or-location = вкажіть --account або --location
cli-no-completions = немає доповнень для { $shell }
cli-code-stdin = не вдається прочитати код зі стандартного введення: { $error }
cli-console-first-sync = профіль «{ $profile }» ще не має копії своєї організації: спершу її буде синхронізовано
cli-console-synced = { $org } синхронізовано ({ $pages ->
        [one] { $pages } сторінка
        [few] { $pages } сторінки
       *[other] { $pages } сторінок
    }); відкривається консоль
cli-demo-first-use = Демо-організацію «{ $org }» створено в { $db } (перше використання --demo).
cli-import-progress = { $phase } { $done }/{ $total } рядків
cli-import-stopping = зупинка: нових запитів немає; очікуються відповіді на вже надіслані (запустіть ту саму команду знову, щоб продовжити)
cli-operator-confirm = Підтвердити ідентифікатор облікового запису оператора { $id } для { $location } ({ $operator })? Пізніше його не можна змінити.
cli-code-expired-at = прострочено { $when }
cli-note = примітка: { $note }
cli-trace-note = --trace: { $note }
cli-wrote-users = Список користувачів записано в { $path } (читати можете лише ви)
cli-wrote-subscribers = Список абонентів записано в { $path } (читати можете лише ви)

## Коли список порожній
cli-empty-subscribers = Жоден абонент не відповідає.
cli-empty-templates = Немає шаблонів клієнтів.
cli-empty-numbers = Жоден номер не відповідає.
cli-empty-numbers-given = Номери не вказано.
cli-empty-operator-accounts = Облікових записів оператора ще немає. Додайте його за допомогою `wxgo operator-accounts add`.
cli-empty-subscriptions = Жодна підписка не має ліцензій Webex Go.
cli-empty-users = Жоден користувач не відповідає.
cli-empty-devices = Жоден пристрій Webex Go не відповідає.
cli-empty-audit = Журнал аудиту порожній.

## head-*
head-object = Об’єкт
head-ssh-client = SSH-клієнт
head-organisation = Організація
head-cached = У кеші
head-date = Дата
head-to = Кому
head-subject = Тема
head-file = Файл
head-start = Початок
head-direction = Напрямок
head-called = Кому дзвонили
head-duration = Тривалість
head-client = Клієнт
head-template = Шаблон
head-scope = Охоплення
head-group = Група
head-other-licences = Інші ліцензії
head-users = Користувачі
head-with-calling = З Calling
head-error = Помилка
head-package = Пакет
head-default-package = Пакет за замовчуванням
head-untrusted-emails = Ненадійні адреси ел. пошти
head-share-link = Посилання для спільного доступу
head-row = Рядок
head-what = Що
head-broadworks-id = Ідентифікатор BroadWorks
head-id = Ідентифікатор
head-method = Метод
head-path = Шлях
head-flow-through-bw01 = Наскрізна підготовка (BW01)

## Додавання і видалення пристрою
cli-add-to = Додавання пристрою Webex Go для { $name } <{ $email }>:
cli-add-not-possible = Неможливо: { $refusal }
cli-add-subscriptions = Підписки:
cli-add-subscriptions-choose = Підписки (виберіть одну за допомогою --subscription):
cli-add-free-of = вільно { $free } з { $total }
cli-add-no-primary = Немає основного номера: виберіть його за допомогою --number:
cli-add-keeps-primary = Зберігає основний номер { $number }
cli-deleted = Пристрій Webex Go { $device } користувача { $email } видалено. Його ліцензія повернулася до { $subscription } (вільно: { $free }).

## Запуск у Webex, що не завершився (код 8)
cli-run-cancelled = { $kind ->
        [re-apply] Повторне застосування
        [directory-sync] Синхронізацію каталогу
       *[licence-assignment] Призначення ліцензій
    } скасовано: запити, на які Webex відповів, виконано, і вони в кеші; виконайте ту саму команду знову, щоб продовжити з місця зупинки
cli-run-failed = { $n ->
        [one] { $n } користувача не оброблено (або оброблено не повністю) у Webex
        [few] { $n } користувачів не оброблено (або оброблено не повністю) у Webex
       *[other] { $n } користувачів не оброблено (або оброблено не повністю) у Webex
    }; кожного вказано вище словами Webex. Усуньте причину й виконайте ту саму команду знову: виконане не надсилається двічі

## Проблеми імпорту понад показані ($then: що зробити, коли їх виправлено)
cli-more-problems = ... і ще { $n ->
        [one] { $n } проблема не показана
        [few] { $n } проблеми не показано
       *[other] { $n } проблем не показано
    } (усього { $total }). Виправте ці, потім { $then }.
cli-then-import-again = імпортуйте звіт знову
cli-then-dry-run = перевірте знову з --dry-run

## login, logout and whoami (the profile, URL, code, paths and commands as they are)
cli-login-to = Щоб увійти у Webex для профілю «{ $profile }»:
cli-login-open = {"  "}відкрийте { $url }
cli-login-code = {"  "}і введіть код { $code }
cli-login-scan = {"  "}або відскануйте це телефоном:
cli-login-waiting = Очікування входу (код дійсний { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    })...
cli-login-signed-in = Вхід виконано. { $kept }
cli-login-kept-keyring = Вхід збережено в системному сховищі ключів.
cli-login-kept-file = Вхід збережено в { $path } (читати можете лише ви).
cli-login-kept-file-no-keyring = Системне сховище ключів недоступне ({ $why }), тому вхід збережено в { $path } (читати можете лише ви).
cli-login-env-token = Примітка: у середовищі задано токен (WEBEX_TOKEN або --token-env): поки його задано, команди використовують його, а не цей вхід.
cli-login-you-are = Ви — { $person } в організації { $org }.
cli-login-read-only = Цей профіль відкривається лише для читання: { $reason }.
cli-login-next = Далі: `{ $command }` копіює організацію в кеш.
cli-org-id-unreadable = id { $id } (цей токен, можливо, не може читати організацію, тому її назва невідома)
cli-org-id-nameless = id { $id } (Webex не дає їй назви)
cli-org-not-known = невідомо (Webex не повідомив ні назви, ні id)
cli-logout-done = Вихід із профілю «{ $profile }»: його збережений вхід видалено (сховище ключів і файл).
cli-logout-purged = Кешовані дані організації в { $path } видалено.
cli-logout-no-cache = Кешованих даних організації не було ({ $path } не існує).
cli-logout-env-token = Примітка: WEBEX_TOKEN досі задано в цій оболонці; скасуйте його (unset), щоб більше не використовувати цей токен.
cli-whoami-profile = Профіль:
cli-whoami-person = Особа:
cli-whoami-org = Організація:
cli-whoami-roles = Ролі:
cli-whoami-token = Токен:
cli-whoami-scopes = Дозволи:
cli-whoami-expires = Спливає:
cli-whoami-read-only = Лише читання:
cli-whoami-token-static = статичний (із середовища, ніколи не зберігається)
cli-whoami-token-oauth = OAuth (wxgo login)
cli-whoami-scopes-unknown = невідомо для такого типу токена
cli-whoami-expires-unknown = невідомо (оновлюється за правилами Webex для такого типу токена)

## org (names, addresses and country codes as they are)
cli-org-name = Організація:
cli-org-country = Країна:
cli-org-emails = Листи:
cli-org-smdp = Адреса SM-DP+:
cli-org-code-lifetime = Термін дії кодів:
cli-org-go-countries = Країни Webex Go:
cli-org-emails-suppressed = вимкнено (копіюйте або друкуйте коди)
cli-org-emails-sent = надсилаються
cli-org-smdp-unknown = - (немає в API Webex: лише в Control Hub, Пристрої > Webex Go)
cli-org-days = { $n ->
        [one] { $n } день
        [few] { $n } дні
        [many] { $n } днів
       *[other] { $n } дня
    }

## mail (addresses, subjects, the outbox, the server and the route as they are)
cli-mail-none-wait = У { $outbox } немає повідомлень, що очікують. Пошта йде до { $route }.
cli-mail-waiting = { $n ->
        [one] { $n } повідомлення очікує
        [few] { $n } повідомлення очікують
        [many] { $n } повідомлень очікують
       *[other] { $n } повідомлення очікують
    }. Пошта йде до { $route }; надішліть їх командою `{ $command }`.
cli-mail-sent = надіслано
cli-mail-failed = не надіслано
cli-mail-stale = застаріле
cli-mail-stale-why = його код активації більше не діє (переміщено до stale/); видайте новий код
cli-mail-retried = Надіслано через { $server }: { $sent }; не вдалося: { $failed }{ $untried ->
        [0] {""}
       *[other] ; не спробувано: { $untried } (сервер недоступний)
    }.
cli-mail-none-sent = жодне з повідомлень у черзі не надіслано (не вдалося: { $n }); вони лишаються у вихідних: спробуйте пізніше

## demo (the organisation's name, the file and the command as they are)
cli-demo-created = Демо-організацію «{ $org }» створено в { $db }: користувачів: { $users }, номерів: { $numbers }, пристроїв Webex Go: { $devices }, абонентів BroadWorks: { $subscribers }.
cli-demo-open = Відкрийте консоль командою: { $command }
demo-exists = { $path } уже існує; нічого не змінено. Скористайтеся --force, щоб замінити його новою демо-організацією, або виберіть інший файл через --db.
demo-users-range = --users має бути від 1 до { $max }

## Створений код (devices add, new-code, lost-stolen) і його лист
cli-code-asking = Запит коду активації у Webex ...
cli-code-asking-new = Запит нового коду активації у Webex ...
cli-code-added = Пристрій Webex Go { $device } додано для { $name } <{ $email }>: { $status }.
cli-code-new = Пристрій Webex Go { $device }: новий код для { $name } <{ $email }>: { $status }.
cli-code-lost-stolen = Пристрій Webex Go { $device } втрачено/викрадено: лінію вимкнено, нові дані активації для { $name } <{ $email }>: { $status }.
cli-code-label-code = Код активації:
cli-code-label-smdp = Адреса SM-DP+:
cli-code-label-android = Код Android:
cli-code-label-lpa = QR-код (LPA):
cli-code-label-qr = QR-код:
cli-code-label-expires = Спливає:
cli-code-label-number = Робочий номер:
cli-code-label-email = E-mail:
cli-code-control-hub-only = лише в Control Hub (Пристрої > пристрій Webex Go)
cli-code-shown-once = Код показано лише зараз (зберігається тільки хеш). Щоб видати його знову, створіть новий.
cli-letter-note = Лист активації: { $note }
cli-letter-for = Лист активації для { $device } ({ $email }): { $note }
## wxgo bench: звіт і помилки (цифри, шляхи, команди й цілі як є; p50/p99 — процентилі)
bench-error = бенчмарк: { $error }
bench-no-users-pane = перший кадр не показав панель «Користувачі»
bench-no-proc-status = не вдається прочитати /proc/self/status
bench-command-failed = { $command } завершилася з помилкою: { $error }
bench-import-short = імпорт додав { $added } з { $rows } рядків: { $problem }
bench-too-few-users = лише { $n } користувачів можуть отримати пристрій; вкажіть більше значення --users
bench-missed = цілей не досягнуто: { $n }
bench-floor-start = бенчмарк: копія для нижньої межі починається не там, де почався імпорт
bench-floor-nothing = бенчмарк: імпорт не записав жодного пристрою, який можна записати знову
bench-floor-other-ids = бенчмарк: нижня межа записала пристрої з { $from } по { $to }, а імпорт — з { $import_from } по { $import_to }
bench-built = створено користувачів: { $users }, номерів: { $numbers }, пристроїв: { $devices } за { $seconds } с
bench-no-sqlite3 = sqlite3 не встановлено: він потрібен для порівняльних значень (apt-get install sqlite3)
bench-title = wxgo bench: користувачів: { $users } ({ $db }), ядер: { $cores }
bench-first-frame = від запуску до першого кадру (Користувачі, 80x24), медіана
bench-first-frame-baseline = відкриття sqlite3 + перша сторінка { $ms } мс; співвідношення { $ratio }x
bench-n-a = н/д
bench-keys = від натискання до кадру, клавіш: { $n }: p50 / p99 / макс
bench-keys-target = ціль p99 <= { $ms } мс
bench-key-kind = { $kind } (клавіш: { $n }): p50 / p99 / макс
bench-bytes = байтів до термінала, виділення зсувається на один рядок (200x50)
bench-bytes-baseline = повне перемальовування — близько { $bytes } B
bench-import-phases = фази імпорту: { $phases }
bench-floor = ті самі рядки, записані знову чистим SQL (нижня межа)
bench-sqlite3-reference = для порівняння: sqlite3 .import { $file } мс (у :memory: { $memory } мс)
bench-import = масовий імпорт, рядків: { $rows }, повністю перевірених
bench-import-figure = { $ms } мс ({ $rate } рядків/с)
bench-import-baseline = нижня межа { $floor } мс; співвідношення { $ratio }x (запуски: { $runs }); ціль <= { $target }x
bench-memory = пікова резидентна пам’ять, консоль відкрита й фільтрує
bench-memory-baseline = ціль <= { $mb } MB; індекси списків займають { $index } MB
bench-binary = розмір програми ({ $path })
bench-binary-baseline = ціль <= { $mb } MB

## Рядок, який читання з кешу справжньої організації пише в stderr
cli-cache-age = { $org } · профіль { $profile } (webex) · { $age }
cli-cache-age-unfinished = { $org } · профіль { $profile } (webex) · { $age } (пізніша синхронізація не завершилася: це остання повна копія)
cli-cache-note = примітка: { $note }
cli-cache-read-only = лише для читання, бо { $why }
age-as-of = станом на { $at }, { $ago }
age-just-now = щойно
age-minutes = { $n } хв тому
age-hours = { $n } год тому
age-days = { $n ->
        [one] { $n } день тому
        [few] { $n } дні тому
        [many] { $n } днів тому
       *[other] { $n } дня тому
    }
fmt-time = %H:%M
age-first-sync = перша синхронізація не завершилася: список неповний; виконайте { $command }

## Помилки використання від clap (src/cli/help.rs): невідомий прапорець чи команда, відсутній
## аргумент, значення, якого він не приймає, з порадами clap і де читати більше; прапорці, значення
## й команди як є.
clap-usage = Використання
clap-possible-values = можливі значення
clap-commands-note = підкоманди
clap-error-unknown-argument = неочікуваний аргумент '{ $arg }'
clap-error-unknown-command = невідома підкоманда '{ $command }'
clap-error-invalid-value = недійсне значення '{ $value }' для '{ $arg }'
clap-error-invalid-value-because = недійсне значення '{ $value }' для '{ $arg }': { $reason }
clap-error-value-missing = '{ $arg }' потребує значення, але його не вказано
clap-error-missing-required = бракує цих обов’язкових аргументів:
clap-error-missing-command = '{ $command }' потребує підкоманди, але її не вказано
clap-error-used-twice = аргумент '{ $arg }' можна вказати лише один раз
clap-error-conflict = аргумент '{ $arg }' не можна використовувати разом із '{ $other }'
clap-error-conflict-list = аргумент '{ $arg }' не можна використовувати разом із:
clap-error-conflict-others = аргумент '{ $arg }' не можна використовувати разом з одним чи кількома іншими вказаними аргументами
clap-error-command-conflict = підкоманду '{ $command }' не можна використовувати разом із '{ $other }'
clap-error-command-conflict-list = підкоманду '{ $command }' не можна використовувати разом із:
clap-error-command-conflict-others = підкоманду '{ $command }' не можна використовувати разом з одним чи кількома іншими вказаними аргументами
clap-error-no-equals = '{ $arg }' потребує знака рівності перед значенням
clap-error-too-many-values = неочікуване значення '{ $value }' для '{ $arg }'; більше значень не очікувалося
clap-error-too-few-values = '{ $arg }' потребує значень: { $wanted }; { $n ->
        [one] надано лише { $given }
       *[other] надано лише { $given }
    }
clap-error-wrong-number-of-values = '{ $arg }' потребує значень: { $wanted }, але { $n ->
        [one] надано { $given }
       *[other] надано { $given }
    }
clap-error-invalid-utf8 = в одному чи кількох аргументах недійсний UTF-8
clap-error-more = Докладніше: '{ $help }'.
clap-tip = порада
clap-tip-similar-command = { $n ->
        [one] є схожа підкоманда: { $names }
       *[other] є схожі підкоманди: { $names }
    }
clap-tip-similar-argument = { $n ->
        [one] є схожий аргумент: { $names }
       *[other] є схожі аргументи: { $names }
    }
clap-tip-similar-value = { $n ->
        [one] є схоже значення: { $names }
       *[other] є схожі значення: { $names }
    }
clap-tip-as-value = щоб передати '{ $arg }' як значення, напишіть '{ $command }'
clap-tip-exists = є '{ $command }'
clap-tip-remove-dashes = є підкоманда '{ $command }'; щоб використати її, приберіть '--' перед нею
cli-letter-lang-unknown = wxgo пише листи й електронні листи мовами { $codes }; вкажіть одну з них
clap-reason-invalid-digit = недійсна цифра в числі
clap-reason-empty = у порожньому значенні немає числа
clap-reason-too-large = число завелике
clap-reason-too-small = число замале
