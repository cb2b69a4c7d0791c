# Те, що показує консоль, українською. Слова з довідкової статті Webex (glossary.md).
# Ідентифікатори правил (WG05), клавіші, команди, номери й адреси e-mail не перекладаються.

## Де діють клавіші
ctx-users = Користувачі
ctx-devices = Пристрої
ctx-numbers = Номери
ctx-broadworks = Стан BroadWorks
ctx-details = Подробиці
ctx-activation = Дані активації
ctx-filter = фільтрі
ctx-help = довідці
ctx-messages = журналі повідомлень
ctx-palette = списку команд
ctx-confirm = підтвердженні
ctx-choice = виборі
ctx-search = пошуку користувача
ctx-form = формі
ctx-progress = довгому виконанні
ctx-report = звіті
ctx-proceed = звіті пробного запуску
ctx-why = «чому цей користувач не може дзвонити?»
places-panes-and-details = панелях і подробицях

## Таблиця дій: hint-<name> у нижньому рядку, desc-<name> у довідці
hint-up = вгору
desc-up = Перемістити вибір угору
hint-down = вниз
desc-down = Перемістити вибір униз
hint-top = початок
desc-top = До першого рядка
hint-bottom = кінець
desc-bottom = До останнього рядка
hint-page_up = сторінка вгору
desc-page_up = Прокрутити на сторінку вгору
hint-page_down = сторінка вниз
desc-page_down = Прокрутити на сторінку вниз
hint-next_pane = наступна панель
desc-next_pane = Перейти до наступної панелі
hint-previous_pane = попередня панель
desc-previous_pane = Перейти до попередньої панелі
hint-pane_users = Користувачі
desc-pane_users = Показати панель «Користувачі»
hint-pane_devices = Пристрої
desc-pane_devices = Показати панель «Пристрої» (усі пристрої Webex Go)
hint-pane_numbers = Номери
desc-pane_numbers = Показати панель «Номери» (запас номерів)
hint-pane_broadworks = BroadWorks
desc-pane_broadworks = Показати панель «Стан BroadWorks»
hint-filter = фільтр
desc-filter = Фільтрувати панель за іменем, e-mail, номером чи розташуванням (у довідці: пошук у довідці)
hint-details = деталі
desc-details = Відкрити вибраний рядок: номери, пристрій, історія кодів, ліцензії, аудит
hint-back = назад
desc-back = Назад: закрити перегляд чи діалог, очистити фільтр
hint-add_device = додати Go
desc-add_device = Додати пристрій Webex Go (Користувачі: вибраному користувачеві; Пристрої: знайти наявного користувача) (WG01-WG04, WG14)
hint-new_code = новий код
desc-new_code = Створити новий код активації; усі попередні коди перестають діяти (WG05)
hint-lost_stolen = втрата
desc-lost_stolen = Втрачено/викрадено: назавжди вимкнути лінію на втраченому телефоні й створити новий код (WG08)
hint-delete_device = видалити
desc-delete_device = Видалити пристрій Webex Go; його ліцензія повертається до пулу (WG09)
hint-copy_code = копіювати
desc-copy_code = Скопіювати код активації в буфер обміну
hint-print_letter = друк листа
desc-print_letter = Записати односторінковий PDF-лист активації (і текстову копію) у приватні файли, надіслати на команду друку, якщо її налаштовано, і сказати, де
hint-email_code = надіслати
desc-email_code = Надіслати код активації користувачеві ще раз електронною поштою (WG04)
hint-sort_devices = сортувати
desc-sort_devices = Упорядкувати пристрої: як додано, спершу офлайн (потім очікування з простроченим кодом), спершу прострочені коди, за іменем
hint-device_status_filter = стан
desc-device_status_filter = Показати лише пристрої в одному стані: офлайн, очікування активації, онлайн або всі
hint-toggle_mobile_only = мобільні
desc-toggle_mobile_only = Показати лише мобільні номери (Webex Mobile) або всі номери (MO04)
hint-toggle_exclude_provisioned = без готових
desc-toggle_exclude_provisioned = Показати лише абонентів в очікуванні або з помилкою, або всіх (BW05)
hint-operator_accounts = оператори
desc-operator_accounts = Показати облікові записи оператора (розташування, оператор, ID облікового запису, Очікування/Не вдалося/Авторизовано і що робити) або знову номери (MO02)
hint-add_operator_account = новий запис
desc-add_operator_account = Запитати обліковий запис оператора для розташування: оператор і ID облікового запису, введений двічі; ID потім не змінити (MO01)
hint-add_mobile_numbers = мобільні номери
desc-add_mobile_numbers = Додати мобільні номери до авторизованого облікового запису оператора: через кому, щонайбільше 20, кожен перевіряється під час введення (MO02, MO03)
hint-assign_mobile_primary = мобільний основний
desc-assign_mobile_primary = Зробити вільний мобільний номер розташування користувача основним; старий повертається до пулу, пристрій Webex Go переходить на новий (MO05, MO06)
hint-bw_retry = повторити
desc-bw_retry = Повторити активацію абонента з помилкою чи в очікуванні: ввести дійсну e-mail, потім підключити (BW04)
hint-bw_delete = видалити
desc-bw_delete = Видалити абонента з помилкою чи в очікуванні, щоб користувач міг спробувати знову після зміни конфігурації (BW04)
hint-bw_package = пакет
desc-bw_package = Змінити тип пакета абонента з помилкою чи в очікуванні: softphone, basic, standard або premium (BW04)
hint-bw_copy_error = копіювати помилку
desc-bw_copy_error = Скопіювати текст помилки абонента в буфер обміну й сказати, як (BW04)
hint-bw_export = експорт CSV
desc-bw_export = Експортувати список як CSV (з урахуванням «без готових») у приватний файл поруч із базою даних і сказати, де (BW05)
hint-bw_templates = шаблони
desc-bw_templates = Показати шаблони клієнтів, які з них не налаштовано на flow-through з неперевіреними e-mail, і що змінити (BW01)
hint-toggle_not_provisioned = без Calling
desc-toggle_not_provisioned = Показати лише користувачів без Webex Calling, кожного з причиною й виправленням, або всіх (AL04)
hint-set_work_number = робочий номер
desc-set_work_number = Виправити робочий номер користувача (E.164), потім знову застосувати шаблон (AL02, AL04, AL05)
hint-directory_sync = синхр. каталогу
desc-directory_sync = Синхронізувати файл експорту каталогу: створити чи оновити користувачів; охоплені отримують Webex Calling, коли номер проходить усі перевірки (AL02, AL05); Esc скасовує й відкочує
hint-reapply_template = знову шаблон
desc-reapply_template = Знову застосувати шаблон ліцензій до наявних користувачів; «зберегти ліцензії» увімкнено, якщо ви не вимкнете й не введете підтвердження (AL06); Esc скасовує й відкочує
hint-assign_template = призначити шаблон
desc-assign_template = Призначити шаблон ліцензій вручну: розташування й номер для кожного охопленого користувача без Calling, по черзі (AL01, AL03)
hint-save_licence_template = новий шаблон
desc-save_licence_template = Створити шаблон ліцензій або змінити шаблон із цією назвою: уся організація чи одна група каталогу, Webex Calling чи ні, інші ліцензії (AL03); користувачі зберігають те, що мають
hint-export_users = експорт user.csv
desc-export_users = Експортувати user.csv (з Webex Calling VAR Professional TRUE/FALSE) у приватний файл поруч із базою даних і сказати, де (AL04)
hint-import_devices = імпорт
desc-import_devices = Масово додати пристрої Webex Go із шаблону CSV: файл, надсилати коди чи ні, файл кодів; спершу перевіряється кожен рядок, потім усе або нічого (WG13)
hint-toggle_webex_go_calls = виклики Webex Go
desc-toggle_webex_go_calls = Останні виклики: лише виклики Webex Go (тип підклієнта MOBILE_NETWORK) або всі (WG15)
hint-why = чому?
desc-why = Чому цей користувач не може дзвонити? Усе про особу рядка (користувач, власник пристрою, власник номера, абонент BroadWorks) разом, і ймовірні причини, кожна з правилом і клавішею та командою, що її виправляють
hint-why_refresh = оновити
desc-why_refresh = У перегляді «чому»: знову прочитати особу, для справжньої організації спершу з Webex, потім причини
hint-sync_webex = синхр. Webex
desc-sync_webex = Справжня організація: синхронізувати з Webex у фоні; панелі показують останню повну копію, заголовок — перебіг, Esc зупиняє, а кеш зберігає останній повний стан
hint-full_sync_webex = повна синхр.
desc-full_sync_webex = Справжня організація: знову синхронізувати все з Webex, із 30 днями подій аудиту
hint-pick_organisation = організації
desc-pick_organisation = Справжня організація: організації, якими керує цей вхід (клієнти партнера); виберіть одну, щоб відкрити, спершу синхронізовану, якщо її немає в кеші
hint-refresh = оновити
desc-refresh = Перезавантажити з бази даних і перемалювати
hint-help = довідка
desc-help = Показати всі дії та їхні клавіші
hint-message_log = повідомлення
desc-message_log = Журнал повідомлень: усі повідомлення сеансу з часом, повністю, і файл, який вони називають; c копіює одне, f — шлях до файлу
hint-copy_message = копіювати повідомлення
desc-copy_message = Скопіювати вибране повідомлення повністю в буфер обміну
hint-copy_message_path = копіювати шлях
desc-copy_message_path = Скопіювати шлях до файлу з вибраного повідомлення в буфер обміну
hint-palette = команди
desc-palette = Список команд: пошук дій за назвою
hint-quit = вийти
desc-quit = Вийти з wxgo
hint-confirm = виконати
desc-confirm = Зробити те, що каже підтвердження
hint-pick = вибрати
desc-pick = Узяти вибраний елемент
hint-run_command = виконати
desc-run_command = Виконати вибрану дію
hint-keep_filter = залишити
desc-keep_filter = Залишити фільтр, як введено
hint-next_field = поле
desc-next_field = До наступного поля
hint-previous_field = попереднє поле
desc-previous_field = До попереднього поля
hint-choose_previous = змінити
desc-choose_previous = Вибрати попереднє значення поля-списку, перемкнути перемикач або посунути курсор ліворуч у текстовому полі
hint-choose_next = змінити
desc-choose_next = Вибрати наступне значення поля-списку, перемкнути перемикач або посунути курсор праворуч у текстовому полі
hint-delete_to_start = очистити
desc-delete_to_start = У текстовому полі: видалити від курсора до початку (очищає заповнене значення)
hint-delete_word = видалити слово
desc-delete_word = У текстовому полі: видалити слово перед курсором
hint-delete_to_end = видалити до кінця
desc-delete_to_end = У текстовому полі: видалити від курсора до кінця
hint-line_start = початок
desc-line_start = У текстовому полі: курсор на початок
hint-line_end = кінець
desc-line_end = У текстовому полі: курсор у кінець
hint-switch = перемкнути
desc-switch = Перемкнути перемикач у фокусі (у текстовому полі: пробіл)
hint-submit = далі/зберегти
desc-submit = Далі: наступне поле або зберегти те, що каже форма
hint-proceed = надіслати
desc-proceed = Перейти до наступного кроку, який пропонує звіт (надіслати імпорт після пробного запуску)
hint-skip_user = пропустити
desc-skip_user = Ручне призначення: залишити цього користувача як є й перейти до наступного
hint-cancel = скасувати
desc-cancel = Скасувати: нічого не змінюється (довге виконання відкочується повністю)
hint-close = закрити
desc-close = Закрити вікно

## Що каже клавіша там, де вона не діє
say-code-shown-once = { $action }: код показується один раз, коли його створено (WG04). Натисніть { $new_code } для нового коду, потім { $key }.
say-works-elsewhere = { $action } діє в { $places }, не в { $here }

## Нижній рядок і замале вікно
footer-type = введіть
footer-type-filter = фільтр
footer-type-search = пошук
small-title = Збільште вікно
small-needs = wxgo потребує { $needs }; тут { $this }.
small-quits = q — вихід.
more-below = ↓ далі ще

## Довідка (?)
help-title = Довідка · клавіші в { $place } · з таблиці дій
help-title-search = Довідка · пошук: { $query }
help-col-keys = Клавіші
help-col-action = Дія
help-col-what = Що робить
help-nothing = у довідці ніщо не згадує «{ $query }»
help-in = У { $place }
help-moving = Рух, панелі й консоль
help-elsewhere = Деінде
help-palette-only = лише :
help-in-places = у { $places }
help-control-hub-only = лише Control Hub (немає публічного API Webex): { $path }
help-changes-data = змінює дані
help-changes-data-refused = змінює дані: відхилено, лише читання
help-asks-first = спершу питає
help-footer = { $move } прокрутка · { $search } пошук · { $close } закриває

## Список команд (:)
palette-title = Команди
palette-no-match = жодна дія не підходить
palette-no-match-query = жодна дія не підходить до «{ $query }»
palette-control-hub-only = лише Control Hub
palette-read-only = лише читання
say-key-does-nothing = { $key } тут нічого не робить; ? показує клавіші

## Заголовки стовпців
col-broadworks-id = ID BroadWorks
col-name = Ім'я
col-package = Пакет
col-status = Стан
col-error = Помилка
col-number = Номер
col-location = Розташ.
col-kind = Тип
col-state = Стан
col-owner = Власник
col-badge = Позначка
col-operator = Оператор
col-account-id = ID запису
col-numbers = Номери
col-what-to-do = Що робити
col-email = E-mail
col-licences = Ліцензії
col-calling = Calling
col-webex-go = Webex Go
col-device = Пристрій
col-subscription = Підписка
col-expires = Спливає

## Заголовки панелей і порожні списки
loading = завантаження…
title-none = немає
title-rows = { $from }-{ $to } з { $n }
title-filter = фільтр:
title-filter-keys = Enter залишити · Esc скасувати
title-filter-clears = (Esc очищає)
title-on = увімк.
title-off = вимк.
title-mobile-only = лише мобільні
title-accounts = облікові записи
title-not-provisioned = без Calling
title-exclude-provisioned = без готових
title-only = лише { $status }
empty-users = тут немає користувачів
empty-devices = тут немає пристроїв
empty-numbers = тут немає номерів
empty-broadworks = тут немає абонентів BroadWorks
empty-filter = ніщо не підходить до «{ $filter }»
say-no-filter = без фільтра
say-filter-rows = фільтр «{ $filter }»: { $n ->
    [one] { $n } рядок
    [few] { $n } рядки
    [many] { $n } рядків
   *[other] { $n } рядка
}
say-filter-cleared = фільтр очищено
say-nothing-selected = нічого не вибрано

## Слова предметної області
sort-added = як додано
sort-status = спершу офлайн
sort-expired = спершу прострочені коди
sort-name = за іменем
auth-pending = Очікування
auth-failed = Не вдалося
auth-authorized = Авторизовано
bw-pending-email-input = Очікує введення e-mail
bw-pending-email-validation = Очікує перевірки e-mail
bw-pending-user-migration = Очікує міграції
bw-provisioning = Підготовка
bw-provisioned = Підготовлено
bw-updating = Оновлення
bw-error = Помилка
kind-byod = BYOD
kind-mobile-operator = Мобільний оператор
number-available = Доступний
number-duplicate = Дублікат
number-duplicate-in-list = Дублікат у списку
number-invalid = Недійсний
number-unavailable = Недоступний

## Користувачі
calling-provisioned = підготовлено
calling-not-provisioned = не підготовлено
no-device = немає пристрою
no-number = немає номера
say-showing-not-provisioned = показано користувачів без Webex Calling, з причиною й виправленням (AL04)
say-showing-every-user = показано всіх користувачів
empty-not-provisioned = усі охоплені мають Webex Calling: непідготовлених немає
np-no-reason = причину не записано
np-why = чому: { $reason }
np-fix = виправлення: { $fix }

## Пристрої
kind-operator-short = Оператор
code-expired = прострочено
status-issues = проблеми
say-devices-ordered = пристрої впорядковано: { $order }
say-showing-only-devices = показано лише пристрої зі станом { $status }
say-showing-every-device = показано всі пристрої

## Номери й облікові записи оператора
number-primary = основний
number-unassigned = не призначено
number-assigned-to = Призначено: { $owner } ({ $kind }).
number-notice-unassigned = Не призначено: його можна дати користувачеві цього розташування.
number-webex-mobile-from = Номер Webex Mobile від { $operator }.
number-mobile-operator = Мобільний оператор { $operator }.
number-title = Номер { $number }
say-showing-mobile-only = показано лише мобільні номери (Webex Mobile)
say-showing-every-number = показано всі номери
say-showing-accounts = облікові записи оператора (MO02); { $key } знову показує номери
say-showing-inventory = запас номерів
say-no-account-yet = ще немає облікового запису оператора
account-location = Розташування { $location } ({ $country }) · оператор { $operator }
account-id-fixed = ID облікового запису { $id } (незмінний після підтвердження, MO01)
account-times = Запитано { $requested } · змінено { $changed } · { $n ->
    [one] { $n } мобільний номер
    [few] { $n } мобільні номери
    [many] { $n } мобільних номерів
   *[other] { $n } мобільного номера
}
account-title = Обліковий запис оператора { $id }
accounts-title = Облікові записи оператора
accounts-numbers = номери
accounts-add-account = новий запис
accounts-add-numbers = нові номери
accounts-empty = ще немає облікового запису оператора: { $key } запитує його для розташування (MO01)
accounts-what-to-do = що робити (MO02):

## Стан BroadWorks
bw-no-email-yet = e-mail ще немає
bw-notice-title = Абонент BroadWorks { $id }
bw-notice-id = ID BroadWorks: { $id }
bw-notice-provisioning = ID підготовки: { $id } · підприємство { $enterprise }
bw-notice-number = Номер: { $number } · внутрішній { $extension }
bw-notice-package = Пакет: { $package } · шаблон { $template }
bw-notice-status = Стан: { $status } від { $since }
bw-self-activated = активовано самостійно
bw-no-error = Помилки немає.
bw-no-description = (без опису)
bw-notice-error = Помилка { $code }: { $text }
say-showing-open-subscribers = показано лише абонентів в очікуванні або з помилкою (підготовлених приховано)
say-showing-every-subscriber = показано всіх абонентів
bw01-check-untrusted = позначте «Неперевірені e-mail»
bw01-set-share-link = посилання: активація
bw-loading-header = завантаження груп станів і шаблонів…
bw-count-error = { $n } з помилкою
bw-count-pending = { $n } в очікуванні
bw-count-provisioned = { $n } підготовлено
bw-provisioned-hidden = (підготовлених приховано)
bw-templates = шаблони
bw01-all-ready = BW01: усі шаблони клієнтів ({ $n }) налаштовано на flow-through з неперевіреними e-mail
bw01-not-ready = BW01: «{ $name }»{ $more ->
    [0] {""}
   *[other] {" "}(і ще { $more })
} не налаштовано на flow-through: { $fix }

## Дані активації (WG04)
act-title = Дані активації: { $device } · { $owner }
act-scan = Відскануйте QR-код: Параметри > Стільникова мережа > Додати eSIM.
act-esim-note = QR-код і адреса SM-DP+ для eSIM є в Control Hub (Пристрої > пристрій Webex Go), а не в API Webex: передайте їх користувачеві разом із цим кодом.
act-android-code = Код Android
act-qr-holds = QR містить
act-shown-once = Показано один раз: скопіюйте, надрукуйте чи надішліть.
act-business-line = Робоча лінія { $number }
act-code-iphone = Код активації (вводиться на iPhone)
act-smdp = Адреса SM-DP+
act-expires = Спливає
act-email = E-mail
act-larger-for-qr = Збільште вікно (80x24), щоб побачити QR-код.
act-code-webex = Код активації, як його дав Webex

## Подробиці користувача
fmt-datetime-short = %d.%m.%Y %H:%M
none = немає
say-calls-go-only = останні виклики: лише виклики Webex Go (тип підклієнта MOBILE_NETWORK, WG15)
say-calls-every = останні виклики: усі
calls-recent-go = Останні виклики Webex Go
calls-recent = Останні виклики
calls-go-only = лише Webex Go (MOBILE_NETWORK): { $on }
calls-no-go = викликів Webex Go немає
calls-none = немає (імпортуйте записи викликів: `{ $command }`)
calls-out = вих.
calls-in = вх.
detail-location = Розташування
detail-licences = Ліцензії
detail-calling = Webex Calling
detail-primary-number = Основний номер
detail-extension = внутрішній { $extension }
detail-device = Пристрій Webex Go
detail-issues = під'єднано з проблемами: коди помилок { $codes }
detail-device-times = додано { $added } · змінено { $changed } · номер { $number }
detail-codes = Коди активації (новіші першими; самі коди ніколи не зберігаються)
detail-code-times = створено { $issued } · спливає { $expires }
detail-code-ended = завершено { $at }
detail-no-device = немає · { $key } додає пристрій
detail-numbers = Номери
detail-audit = Останні записи аудиту
code-state-valid = дійсний
code-state-expired = прострочений
code-state-superseded = замінений
code-state-used = використаний
code-state-revoked = відкликаний

## Заголовок і рядок стану
header-opening = (відкриття…)
header-read-only = ЛИШЕ ЧИТАННЯ
header-syncing = синхронізація: { $line } · Esc зупиняє
header-syncing-other = синхронізація { $org }: { $line } · Esc зупиняє
header-db = БД:
header-clipboard = буфер:
header-clip = буфер:
trouble-offline = офлайн
trouble-polls-failing = опитування не вдаються
trouble-since = { $what } з { $at } UTC
poll-unreachable = Webex недоступний о { $at } UTC: { $words }. Панелі показують останню копію; wxgo спитає знову під час наступного опитування.
poll-refused = Webex відхилив опитування о { $at } UTC: { $words }. Панелі показують останню копію; wxgo спитає знову під час наступного опитування.
poll-recovered = Webex знову відповідає ({ $at } UTC; { $what } з { $since } UTC): панелі актуальні.
status-shows-all = { $key } показує все
status-read-only = лише читання: служба відхиляє кожну зміну; відкрийте без --read-only, щоб змінювати
say-read-only = лише читання: { $why }
say-not-copied = не скопійовано: { $error }

## Діалоги: підтвердження, звіти, журнал повідомлень
or = або
confirm-do-it = виконати
confirm-cancel = скасувати: нічого не зміниться
report-not-submitted = не надіслано; нічого не додано
report-closes = { $keys } закриває
report-submit = надіслати
report-cancel-nothing-added = скасувати: нічого не буде додано
messages-title = Повідомлення · { $n } у цьому сеансі · новіші внизу
messages-none = повідомлень ще немає
messages-file = файл:
messages-nothing-to-copy = ще немає повідомлення для копіювання
messages-no-file = це повідомлення не називає файлу
messages-footer = { $move } вибір · { $copy } копіювати · { $path } копіювати шлях · { $close } закриває
copied-message = повідомлення
copied-path = шлях

## Вибір і скасування
choice-search = пошук:
choice-no-matches = немає збігів
say-manual-stopped = ручне призначення зупинено; уже оброблені користувачі зберігають Calling
say-cancelled = скасовано; нічого не змінено
copied-activation-code = код активації
