# Що кажуть `wxgo why` і подання «чому?» консолі про одну особу: кожна ймовірна причина (речення
# з ідентифікатором правила, який ніколи не перекладають), що знайшла кожна перевірка і наскільки
# давні факти. Ідентифікатори, номери, адреси, імена, моменти часу, власні слова Webex і BroadWorks,
# місця в Control Hub і команди — змінні, вони лишаються як є.

## Що перевірено
why-what-licence = ліцензія Webex Calling
why-what-setup = розташування і номер або внутрішній номер
why-what-account = запис оператора мобільної лінії
why-what-device = пристрій Webex Go
why-what-device-status = стан пристрою Webex Go
why-what-code = код активації
why-what-broadworks = абонент BroadWorks
why-what-calls = останні дзвінки

## Де в консолі діє клавіша виправлення
why-place-users-devices-details = Користувачі, Пристрої, відомості про користувача
why-place-users-details = Користувачі, відомості про користувача
why-place-users = Користувачі
why-place-numbers = Номери
why-place-broadworks = BroadWorks
why-place-this-view = це подання

## Як давно: $n і одиниця (min, h, days)
why-just-now = щойно
why-ago = { $unit ->
        [min] { $n } хв тому
        [h] { $n } год тому
       *[days] { $n ->
            [one] { $n } день тому
            [few] { $n } дні тому
           *[other] { $n } днів тому
        }
    }
why-in = { $unit ->
        [min] за { $n } хв
        [h] за { $n } год
       *[days] { $n ->
            [one] за { $n } день
            [few] за { $n } дні
           *[other] за { $n } днів
        }
    }

## Наскільки давні факти
why-age-local = локальна база даних (істина), прочитано зараз
why-age-copy = копія Webex станом на { $at } ({ $ago })
why-age-refreshed = цю особу щойно оновлено з Webex; решта: { $copy }
why-age-first-sync = перша синхронізація не завершилася: список неповний; виконайте { $command }
why-note-local = локальна база даних — це істина: оновлювати нічого
why-note-accounts = записи операторів не мають публічного API Webex: їхній стан — у Control Hub ({ $place })

## Webex Calling (AL01-AL03)
why-subscriber-only = абонент BroadWorks, ще не користувач Webex
why-their-template = його шаблон
why-al02-passes = немає ліцензії Webex Calling, хоча робочий номер { $number } тепер проходить усі перевірки: шаблон «{ $template }» відтоді не застосовували (AL02)
why-al02-meant = немає ліцензії Webex Calling: { $reason } (AL02); W встановлює робочий номер { $meant }, потім застосуйте знову
why-al02 = немає ліцензії Webex Calling: { $reason } (AL02); { $fix }
why-no-work-number = немає робочого номера
why-al03-template = немає ліцензії Webex Calling: його шаблон ліцензій «{ $template }» її не надає (AL03); надайте її в шаблоні, що надає Calling, потім призначте його (A)
why-al03-remote = немає ліцензії Webex Calling (AL03): надайте її в Control Hub ({ $place }) або шаблоном ліцензій, що надає Calling (A)
why-al03-none = немає ліцензії Webex Calling, і жоден шаблон ліцензій, що її надає, не охоплює користувача (AL03): створіть шаблон для його групи (K), потім призначте його (A)
why-no-calling = немає Webex Calling
why-al01-location = немає розташування: Webex Calling його потребує (AL01); задайте його командою users update з --location
why-al01-number = немає ні номера, ні внутрішнього номера: Webex Calling потребує одного з них (AL01); задайте внутрішній номер командою users update з --extension
why-no-location = немає розташування
why-no-number-no-extension = немає номера, немає внутрішнього номера
why-setup-number = { $location }, номер { $number }
why-setup-extension = { $location }, внутрішній номер { $extension }
why-setup-both = { $location }, номер { $number }, внутрішній номер { $extension }

## Мобільні лінії (MO02, MO03, MO06)
why-no-mobile = немає мобільного номера
why-mo06 = мобільний номер { $number } потребує Webex Calling Professional, якого користувач не має (MO06)
why-mo03 = мобільний номер { $number } у стані { $state }, хоча він належить користувачу: він стає ACTIVE після призначення (MO03); M призначає його знову
why-control-hub-only = у справжній організації лише в Control Hub
why-mo02-pending-long = запис оператора { $account } ({ $operator }) в Очікуванні { $hours } год, довше за 48 годин, які це може тривати (MO02): зверніться до оператора
why-mo02-pending = запис оператора { $account } ({ $operator }) в Очікуванні { $hours } год (MO02): авторизація може тривати до 48 годин; зверніться до оператора, якщо довше
why-mo02-failed = запис оператора { $account } ({ $operator }): Не вдалося (MO02): зверніться до оператора
why-mo02-failed-because = запис оператора { $account } ({ $operator }): Не вдалося: { $why } (MO02): зверніться до оператора
why-account-status = { $account } { $status }
why-no-account = запис оператора не зареєстровано

## Пристрій Webex Go (WG01, WG04-WG12)
why-no-device = немає пристрою Webex Go
why-wg01-professional = Webex Go потребує Webex Calling Professional, якого користувач не має (WG01)
why-wg01-country = його розташування { $location } ({ $country }) — не країна Webex Go (WG01; тут підтримуються: { $countries })
why-device-pending = { $device } Очікування активації
why-device-offline = { $device } Offline
why-device-issues = { $device } Online з проблемами
why-device-online = { $device } Online
why-device-unknown = { $device } стан невідомий
why-webex-says = ; Webex повідомляє { $status }
why-wg10-offline = пристрій { $device } Offline з { $since }{ $webex } (WG10): попросіть користувача ввімкнути лінію Webex Go і перевірити мобільні дані; { $lost }
why-wg10-issues = пристрій { $device } Online з проблемами, про які повідомляє Webex: { $codes } (WG10): дзвінки можуть не вдаватися; попросіть користувача перезапустити телефон; { $lost }
why-device-activated = пристрій активовано
why-wg12 = Webex не повідомив стан пристрою { $device } (WG12): F оновлює його з Webex
why-lost-control-hub = якщо телефон втрачено: { $place }
why-lost-key = L, якщо телефон втрачено (WG08)
why-tried-superseded = код, який замінив новіший: передавайте лише найновіший
why-tried-expired = прострочений код
why-tried-used = уже використаний код
why-tried-revoked = код телефону, про втрату або крадіжку якого повідомлено
why-tried-other = код, який більше не може активувати телефон
why-tried = телефон спробував { $what } ({ $n ->
        [one] { $n } відхилена спроба
        [few] { $n } відхилені спроби
       *[other] { $n } відхилених спроб
    }, остання { $last }) ({ $rule }): n генерує новий код
why-wg06-expired = термін дії коду активації закінчився { $ago } ({ $at }) (WG06): n генерує новий
why-code-expired = прострочено { $at }
why-wg04-valid = очікування активації: код (дійсний до { $until }) ще не активував телефон (WG04): передайте його користувачу, або n генерує новий, якщо його втрачено
why-wg04-valid-issued = очікування активації: код (виданий { $issued }, дійсний до { $until }) ще не активував телефон (WG04): передайте його користувачу, або n генерує новий, якщо його втрачено
why-code-valid = дійсний до { $until }
why-wg11 = знову очікування активації після того, як телефон було активовано: лінію Webex Go видалено з телефону (WG11): n генерує код для телефону
why-code-used = жодного дійсного: останній використано
why-wg04-remote = очікування активації; коди видав Webex, тож wxgo не може знати, чи якийсь іще дійсний (WG04): n генерує новий
why-wg04-none = очікування активації без дійсного коду активації (WG04, WG05): n генерує новий
why-code-none = немає дійсного коду

## BroadWorks (BW01, BW03, BW04); $text — власний опис BroadWorks
why-no-subscriber = немає абонента BroadWorks
why-subscriber-status = { $id } { $status }
why-no-description = без опису
why-bw01 = помилка BroadWorks { $code }: { $text } Шаблон клієнта «{ $template }» не приймає ненадійні адреси з посиланням активації (BW01): виправте шаблон у Control Hub, потім повторіть
why-bw04 = помилка BroadWorks { $code }: { $text } (BW04): { $advice }
why-bw04-email = R повторює активацію з адресою, якої не має жоден інший користувач Webex, у дозволеному домені
why-bw04-retry = R повторює активацію
why-bw03-email-input = абонент BroadWorks { $id } з { $since } чекає на адресу в порталі активації (BW03): R підготовлює його з адресою
why-bw03-validation = абонент BroadWorks { $id } з { $since } чекає, поки користувач підтвердить { $email } (BW03): попросіть його відкрити лист; R повторює
why-their-email = свою адресу
why-bw03-migration = абонент BroadWorks { $id } з { $since } чекає на міграцію користувача (BW03): R повторює активацію
why-bw03-provisioning = абонент BroadWorks { $id }: { $status } з { $since }: підготовку розпочато, але не завершено (BW03)

## Дзвінки (WG15)
why-calls-recent = { $n ->
        [one] { $n } останній дзвінок
        [few] { $n } останні дзвінки
       *[other] { $n } останніх дзвінків
    }, з них через Webex Go (MOBILE_NETWORK): { $go }; останній { $last }
why-calls-none = немає записів дзвінків (імпортуйте їх командою calls import)

## Про кого питають
why-neither = «{ $query }» — не адреса електронної пошти, не номер телефону і не внутрішній номер: вкажіть одне з них (наприклад, dana@example.com, +12145550100 або 4100)
why-held-by-service = { $number } належить { $service }, а не особі: немає кого розпитувати
why-held-by-many = «{ $query }» належить { $n ->
        [one] { $n } особі
       *[other] { $n } особам
    }: { $names }. Запитайте про одну за адресою, наприклад { $command }.
why-held-by-ten = «{ $query }» належить 10 або більше особам: { $names }. Запитайте про одну за адресою, наприклад { $command }.
why-subscriber-named = абонент BroadWorks { $id }

## Оновлення однієї особи з Webex ($command — синхронізація, що оновлює копію)
why-not-in-copy = { $email } немає в копії Webex (немає ідентифікатора Webex): виконайте { $command } і запитайте знову
why-gone = { $email } більше немає у Webex: виконайте { $command }, щоб оновити копію
why-the-person = особи
why-many-devices = Webex показує для користувача пристроїв Webex Go: { $n }; показано перший
why-number-not-in-copy = { $number } ще немає в копії: виконайте { $command }, щоб побачити його
why-subscriber-unknown-status = Webex надав абоненту BroadWorks стан, якого wxgo не знає ({ $status })
why-subscriber-gone = у Webex більше немає абонента BroadWorks: виконайте { $command }, щоб оновити копію
