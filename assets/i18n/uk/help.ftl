# Власна довідка командного рядка (`wxgo --help`, `wxgo devices import --help`), українською;
# помилки використання від clap — у cli.ftl. Ідентифікатори йдуть за шляхом команди
# (`help-devices-import`), `--` та ідентифікатором аргументу (`help-devices-import--codes-file`).
# Команди, прапорці, назви значень (FILE, NAME), змінні середовища, шляхи, ідентифікатори правил
# і URL лишаються як є.

## Що clap каже сам довкола довідки: заголовки, примітки, прапорці довідки й версії, команда
## `help`.

clap-commands = Команди
clap-arguments = Аргументи
clap-options = Параметри
clap-env = змінна середовища
clap-default = типово
clap-possible-values-heading = Можливі значення
clap-help-flag = Показати довідку
clap-help-flag-more = Показати довідку (докладніше з '--help')
clap-help-flag-summary = Показати довідку (стисло з '-h')
clap-version-flag = Показати версію
clap-help-command = Показати цю довідку або довідку вказаних підкоманд
clap-help-command-arg = Показати довідку підкоманд

## wxgo і прапорці, які приймає кожна команда

help-wxgo = Термінальна консоль для адміністраторів Webex Calling
help-wxgo-long = wxgo: пристрої Webex Go, номери мобільних операторів, flow-through BroadWorks і призначення ліцензій — з клавіатури. Без підкоманди відкриває консоль.
help-wxgo--db = Файл бази даних (типово: $XDG_DATA_HOME/wxgo/wxgo.db)
help-wxgo--read-only = Відкрити базу даних лише для читання: кожна дія, що змінює дані, відхиляється
help-wxgo--org = Організація, коли база даних містить кілька (як у партнера)
help-wxgo--json = Машиночитаний вивід
help-wxgo--output = Як виводяться списки: table (у терміналі за його шириною), wide (кожен стовпець повністю) або json
help-wxgo--output--table = Таблиця; у терміналі за його шириною (імена скорочено з `…`, найменш корисні стовпці пропущено)
help-wxgo--output--wide = Таблиця з кожним стовпцем повністю, хоч яка широка
help-wxgo--output--json = JSON, як --json
help-wxgo--clipboard = Буфер обміну для копіювання кодів у консолі: auto, native, osc52, tmux або off
help-wxgo--demo = Використати демо-організацію (demo.db поруч із базою даних; створюється першого разу), з консоллю чи будь-якою командою
help-wxgo--keymap = Файл призначення клавіш для консолі (типово: $XDG_CONFIG_HOME/wxgo/keymap.toml)
help-wxgo--profile = Профіль із config.toml (інакше WXGO_PROFILE, інакше default_profile; жодного: локальна база даних)
help-wxgo--token-env = Брати токен Webex із цієї змінної середовища замість WEBEX_TOKEN (ніколи не записується на диск)
help-wxgo--trace = Записувати в FILE рядок на кожен запит до API Webex: метод, шлях, стан, тривалість, trackingId (ніколи токен)
help-wxgo--lang = Мова: en, de, da, uk або he (інакше lang із конфігурації, потім LC_ALL, LC_MESSAGES, LANG)
help-wxgo--bidi = Текст справа наліво (іврит): app (wxgo впорядковує його сам; xterm, tmux, більшість SSH-клієнтів) або terminal (це робить термінал; засновані на VTE)

## wxgo demo

help-demo = Створити демо-організацію (близько 60 користувачів, або --users N для більшої)
help-demo--force = Замінити базу даних, якщо вона є

## wxgo users

help-users = Користувачі
help-users-list = Список користувачів (ім’я, ел. пошта, розташування, ліцензії, основний номер, стан Webex Go)
help-users-list--filter = Ім’я, ел. пошта, розташування або номер, як введено (E.164, національна форма, внутрішній)
help-users-list--limit = Щонайбільше стільки рядків (0 = усі)
help-users-list--offset = Пропустити стільки рядків
help-users-list--not-provisioned = Лише користувачі, які не отримали Webex Calling, з причиною й виправленням (AL04)
help-users-show = Один користувач: номери, пристрій, історія кодів, останні записи аудиту
help-users-export = Список користувачів, як його експортує Control Hub (user.csv), з `Webex Calling VAR Professional` (AL04)
help-users-export--out = Записати в цей файл замість стандартного виводу
help-users-set-work-number = Записати виправлений робочий номер (E.164); потім знову застосувати шаблон (AL04, AL05)
help-users-update = Змінити робочий номер, внутрішній номер і/або розташування користувача (у справжній організації через people API Webex: відхиляється, якщо особу змінено у Webex після останньої синхронізації)
help-users-update--work-number = Робочий номер (E.164)
help-users-update--extension = Внутрішній номер (від 2 до 10 цифр, унікальний у розташуванні)
help-users-update--location = Розташування, за назвою

## wxgo devices

help-devices = Пристрої Webex Go
help-devices-list = Список пристроїв Webex Go з їхнім справжнім станом (WG12)
help-devices-list--status--pending = Очікування активації (сірий)
help-devices-list--status--online = Онлайн (зелений)
help-devices-list--status--offline = Офлайн (червоний)
help-devices-list--status--unknown = Стан невідомий: Webex його не повідомив (лише пристрої справжньої організації)
help-devices-list--filter = Ім’я, ел. пошта, розташування або номер, як введено (E.164, національний, внутрішній)
help-devices-list--sort--added = Як їх додано
help-devices-list--sort--status = Спершу офлайн, потім очікування активації з простроченим кодом, потім очікування
help-devices-list--sort--expired = Спершу очікування активації з простроченим кодом, найдавніше прострочені першими
help-devices-list--sort--name = За іменем власника
help-devices-list--limit = Щонайбільше стільки рядків (0 = усі)
help-devices-list--offset = Пропустити стільки рядків
help-devices-show = Один пристрій
help-devices-choices = Що потрібно, щоб додати пристрій цьому користувачеві: вибір підписки й номера (WG01-WG03)
help-devices-add = Додати користувачеві пристрій Webex Go і створити код активації (WG01-WG04)
help-devices-add--subscription = Потрібно, коли кілька підписок мають ліцензії Webex Go (WG02)
help-devices-add--number = Потрібно, коли користувач не має основного номера: непризначений номер його розташування (WG03)
help-devices-add--no-email = Не надсилати код електронною поштою (натомість скопіювати чи надрукувати)
help-devices-add--letter = Також записати односторінковий PDF-лист активації (і надрукувати, якщо налаштовано принтер)
help-devices-add--letter-lang = Мова листа й електронного листа, для працівника, який читає іншою мовою, ніж ви: en, de, da, uk або he (типово: --lang, lang із конфігурації, локаль)
help-devices-new-code = Створити новий код активації; усі попередні коди перестають діяти (WG05)
help-devices-new-code--letter = Також записати односторінковий PDF-лист активації (і надрукувати, якщо налаштовано принтер)
help-devices-new-code--letter-lang = Мова листа й електронного листа, для працівника, який читає іншою мовою, ніж ви: en, de, da, uk або he (типово: --lang, lang із конфігурації, локаль)
help-devices-lost-stolen = Телефон утрачено чи викрадено: вимкнути його лінію й створити нові дані активації (WG08); спершу питає, або --yes
help-devices-lost-stolen--letter = Також записати односторінковий PDF-лист активації (і надрукувати, якщо налаштовано принтер)
help-devices-lost-stolen--letter-lang = Мова листа й електронного листа, для працівника, який читає іншою мовою, ніж ви: en, de, da, uk або he (типово: --lang, lang із конфігурації, локаль)
help-devices-lost-stolen--yes = Продовжити без запитання (потрібно без термінала): лінію втраченого телефона не відновити
help-devices-delete = Видалити пристрій; його ліцензія повертається до пулу (WG09); спершу питає, або --yes
help-devices-delete--yes = Продовжити без запитання (потрібно без термінала): видалений пристрій не відновити
help-devices-template = Шаблон CSV для додавання багатьох пристроїв, зі стовпцями підписок (WG13)
help-devices-import = Додати пристрій Webex Go для кожного рядка файлу CSV (WG13): у локальному бекенді все або нічого; у справжній організації один запит на рядок, а зупинений запуск продовжується
help-devices-import--file = Файл CSV (з `wxgo devices template`, заповнений в електронній таблиці)
help-devices-import--dry-run = Перевірити кожен рядок і нічого не змінювати
help-devices-import--email-codes = Надіслати кожному користувачеві код електронною поштою (відхиляється, коли організація вимикає листи)
help-devices-import--no-email = Не надсилати коди електронною поштою (видати їх через --codes-file або листи)
help-devices-import--codes-file = Записати коди активації в цей файл CSV (читати можете лише ви): єдине місце, куди вони потрапляють
help-devices-import--serial = Справжні організації: надсилати запити по одному (типово: щонайбільше 8 одночасно)
help-devices-import--letter-lang = Мова електронних листів із кодами: en, de, da, uk або he (типово: --lang, lang із конфігурації, локаль)
help-devices-letter = Односторінковий PDF-лист активації для поточного коду пристрою (друкується, якщо налаштовано)
help-devices-letter--device = Пристрій (go-12) або ел. пошта його власника
help-devices-letter--code = Поточний код активації пристрою, як його видано (`-` читає його зі стандартного вводу)
help-devices-letter--out = PDF-файл, який записати (читати можете лише ви)
help-devices-letter--letter-lang = Мова листа, для працівника, який читає іншою мовою, ніж ви: en, de, da, uk або he (типово: --lang, lang із конфігурації, локаль)

## wxgo numbers

help-numbers = Запас номерів
help-numbers-list = Список запасу номерів
help-numbers-list--mobile = Лише мобільні номери (позначка Webex Mobile)
help-numbers-list--filter = Номер, як введено (E.164 або національна форма), розташування, власник або внутрішній номер власника
help-numbers-list--limit = Щонайбільше стільки рядків (0 = усі)
help-numbers-list--offset = Пропустити стільки рядків
help-numbers-add-mobile = Додати мобільні номери (через кому, щонайбільше 20) до авторизованого облікового запису оператора (MO02, MO03)
help-numbers-add-mobile-long =
    Додати мобільні номери (через кому, щонайбільше 20) до авторизованого облікового запису оператора (MO02, MO03)

    У справжній організації облікові записи операторів належать Control Hub (публічного API немає): вкажіть розташування; Webex перевіряє кожен номер, і їх додають по 20 за запит (щонайбільше 100).
help-numbers-add-mobile--account = Ідентифікатор облікового запису оператора (локальний бекенд)
help-numbers-add-mobile--location = Розташування (назва або ідентифікатор Webex): спосіб справжньої організації; локально — його обліковий запис оператора
help-numbers-add-mobile--numbers = NUMBER[,NUMBER...]
help-numbers-add-mobile--check = Лише перевірити: показати стан кожного номера й нічого не додавати
help-numbers-assign-primary = Зробити мобільний номер основним номером користувача; пристрій Webex Go мобільного оператора переходить на нього (MO05, MO06)
help-numbers-assign-primary--subscription = Підписка Webex Go, коли ліцензії мають кілька (WG02)
help-numbers-assignable = Непризначені мобільні номери, які можна дати цьому користувачеві (з його розташування)

## wxgo subscriptions

help-subscriptions = Підписки та їхні пули ліцензій Webex Go
help-subscriptions-list = Підписки з ліцензіями Webex Go: пул, використано, вільно

## wxgo operator-accounts

help-operator-accounts = Облікові записи мобільних операторів за розташуваннями (Webex Go через мобільного оператора)
help-operator-accounts-add = Запитати обліковий запис оператора для розташування; ідентифікатор вводять двічі, і після підтвердження він незмінний (MO01)
help-operator-accounts-add--yes = Підтвердити: ідентифікатор облікового запису оператора потім не змінити
help-operator-accounts-list = Облікові записи операторів зі станом авторизації і що робити (MO02)

## wxgo operator

help-operator = Бік мобільного оператора: авторизувати чи відхилити запит на обліковий запис
help-operator-authorize = Оператор авторизує обліковий запис: тепер можна додавати номери
help-operator-reject = Оператор відхиляє обліковий запис

## wxgo phone

help-phone = Бік телефона: що користувач робить на телефоні
help-phone-activate = Телефон використовує код активації: пристрій стає Онлайн
help-phone-disable = Користувач вимикає лінію Webex Go на телефоні: Офлайн
help-phone-enable = Користувач знову вмикає її: Онлайн
help-phone-remove-line = Користувач прибирає лінію з телефона: Очікування активації (WG11)

## wxgo broadworks

help-broadworks = Підготовка через flow-through BroadWorks
help-broadworks-list = Абоненти з ідентифікатором BroadWorks, пакетом, станом і помилкою (BW03)
help-broadworks-list--exclude-provisioned = Лише ті, що очікують або з помилкою (BW05)
help-broadworks-export = Список абонентів як CSV у стандартний вивід або в --out FILE (BW05)
help-broadworks-retry = Повторити активацію: ввести дійсну ел. пошту й підключити абонента (BW04)
help-broadworks-delete = Видалити абонента, щоб користувач міг спробувати знову після зміни конфігурації (BW04)
help-broadworks-package = Змінити тип пакета: softphone, basic, standard або premium (BW04)
help-broadworks-error = Вивести текст помилки абонента (BW04 «Копіювати текст помилки»)
help-broadworks-templates = Шаблони клієнтів і чи налаштовано їх на flow-through з неперевіреними e-mail (BW01)

## wxgo portal

help-portal = Бік користувача у flow-through BroadWorks: портал активації
help-portal-claim = Користувач заявляє обліковий запис BroadWorks, вводячи ел. пошту на порталі активації
help-portal-verify = Користувач підтверджує ел. пошту: підготовка виконується й завершується готовністю або помилкою

## wxgo mail

help-mail = Черга пошти: повідомлення, що чекають у вихідних, і їх надсилання через SMTP (WG04)
help-mail-list = Повідомлення, що чекають у вихідних
help-mail-retry = Надіслати повідомлення з черги через SMTP-сервер; надіслані переходять до outbox/sent/

## wxgo calls

help-calls = Записи викликів зі звіту Webex «Детальна історія викликів» (WG15)
help-calls-import = Імпортувати звіт Webex «Детальна історія викликів» (CSV)
help-calls-list = Записи викликів, новіші першими
help-calls-list--user = Лише виклики цього користувача
help-calls-list--webex-go = Лише виклики Webex Go (тип підклієнта MOBILE_NETWORK, WG15)

## wxgo directory

help-directory = Синхронізація каталогу: користувачі та їхній Webex Calling з експорту каталогу (AL02, AL05)
help-directory-template = Вивести заголовок CSV, який має мати експорт каталогу: ел. пошта, відображуване ім’я, робочий номер телефону, відділ
help-directory-sync = Створити й оновити користувачів з експорту каталогу (CSV); користувачі, чий шаблон надає Webex Calling, отримують його, коли робочий номер проходить усі перевірки (AL02); готові користувачі зберігають своє налаштування (AL05)
help-directory-sync--file = Експорт каталогу (CSV в UTF-8, із заголовком, який виводить `wxgo directory template`)
help-directory-sync--dry-run = Перевірити кожен рядок і нічого не змінювати; у справжній організації також перелічити запити, які було б надіслано (`--json`: поле `requests`)
help-directory-sync--serial = У справжній організації: один запит за раз замість до 8

## wxgo licences

help-licences = Шаблони ліцензій: переглянути, призначити вручну, знову застосувати до наявних користувачів (AL01, AL03, AL06)
help-licences-templates = Шаблони ліцензій, на всю організацію або на групу, і користувачі, яких охоплює кожен (AL03)
help-licences-template-save = Створити шаблон ліцензій або змінити шаблон із цією назвою (AL03). Користувачі зберігають ліцензії, які мають; шаблон визначає, що надалі дають синхронізація, призначення й повторне застосування
help-licences-template-save--name = Назва шаблону
help-licences-template-save--group = Для користувачів цієї групи каталогу (відділу)
help-licences-template-save--org-wide = Для всієї організації (новий шаблон такий, якщо не вказано --group)
help-licences-template-save--calling = Надає Webex Calling Professional
help-licences-template-save--no-calling = Не надає Webex Calling (новий шаблон не надає, якщо не вказано --calling)
help-licences-template-save--licences = Інші ліцензії, які він надає, через кому: calling_basic, meetings, messaging ("" — жодних); пропущений параметр зберігає те, що має шаблон
help-licences-template-delete = Видалити шаблон ліцензій; жоден користувач не втрачає ліцензію, яку має
help-licences-template-delete--name = Назва шаблону
help-licences-assign = Ручне призначення: ліцензувати охоплених користувачів, кожного з розташуванням і номером та/або внутрішнім номером (AL01, AL03)
help-licences-assign--template = Шаблон ліцензій (він має надавати Webex Calling)
help-licences-assign--from = Файл CSV зі стовпцями email, location, number (і за бажання extension), один користувач на рядок
help-licences-assign--user = Один користувач, за ел. поштою (з --location і --number та/або --extension)
help-licences-assign--number = Непризначений номер E.164 цього розташування: стає основним номером користувача
help-licences-assign--dry-run = Перевірити кожен рядок і нічого не змінювати; у справжній організації також перелічити запити, які було б надіслано (`--json`: поле `requests`)
help-licences-assign--serial = У справжній організації: один запит за раз замість до 8
help-licences-reapply = Знову застосувати шаблон до наявних користувачів: ліцензувати кожного охопленого користувача без Webex Calling (AL06)
help-licences-reapply--no-preserve = Вимкнути «Зберегти ліцензії для наявних користувачів»: охоплені користувачі, чий шаблон не надає Calling, утрачають його разом із налаштуваннями голосової пошти, номерами й службами викликів, назавжди
help-licences-reapply--yes = Підтвердити --no-preserve (без цього показано лише кількість користувачів, яких це зачепить)
help-licences-reapply--dry-run = Перевірити кожен рядок і нічого не змінювати; у справжній організації також перелічити запити, які було б надіслано (`--json`: поле `requests`)
help-licences-reapply--serial = У справжній організації: один запит за раз замість до 8

## wxgo login

help-login = Увійти у Webex для профілю (device grant: URL, код і QR-код)
help-login--client-id = Ідентифікатор клієнта інтеграції Webex (типово: client_id профілю)
help-login--no-qr = Не малювати QR-код

## wxgo logout

help-logout = Видалити збережений вхід профілю
help-logout--purge = Також видалити кешовані дані організації профілю

## wxgo whoami

help-whoami = Чий це вхід у Webex: особа, організація, ролі, області доступу, строк дії

## wxgo orgs

help-orgs = Організації, якими керує цей вхід у Webex (клієнти партнера), і які з них у кеші

## wxgo sync

help-sync = Скопіювати організацію Webex у кеш профілю (--org NAME для клієнта партнера)
help-sync--full = Прочитати все знову: кожну особу (не лише змінені) і 30 днів подій аудиту

## wxgo audit

help-audit = Журнал аудиту, новіші першими

## wxgo org

help-org = Налаштування організації

## wxgo why

help-why = Чому ця особа не може дзвонити? Усе про неї разом, і ймовірні причини з виправленням
help-why--query = Особа: ел. пошта, номер (E.164 або як набирають у країні організації), внутрішній номер або ідентифікатор користувача BroadWorks
help-why--refresh = У справжній організації спершу прочитати дані цієї особи з Webex (інакше з копії)

## wxgo bench

help-bench = Виміряти цілі швидкості на великій організації (запускайте з release-збірки; див. benches/run.sh)
help-bench--users = Користувачі вимірюваної організації (створюється один раз через `wxgo demo --users N`)
help-bench--keys = Виміряні натискання клавіш
help-bench--rows = Виміряні рядки масового імпорту
help-bench--runs = Запуски кожного вимірюваного процесу (повідомляється медіана)
help-bench--dir = Де зберігається організація для вимірювань між запусками

## wxgo completions

help-completions = Вивести скрипт автодоповнення для оболонки: команди, прапорці, профілі, ел. пошти й ідентифікатори пристроїв (`source <(wxgo completions bash)`)
help-completions--shell = Оболонка, для якої вивести скрипт автодоповнення

## wxgo man

help-man = Вивести сторінку man (roff): `wxgo man > wxgo.1`

## wxgo first-frame

help-first-frame = (помічник вимірювань) відкрити службу консолі, намалювати перший кадр і вийти

## wxgo bench-console

help-bench-console = (помічник вимірювань) керувати консоллю й вивести її найбільше використання пам’яті в кБ
