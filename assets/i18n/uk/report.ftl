# Що повідомляє CLI (підсумки запусків, відомості про користувача чи номер, підтвердження
# зробленого) і примітки служби з ідентифікатором (примітка масового імпорту), українською.
# Адреси пошти, номери, ідентифікатори, назви файлів, команди і власні слова Webex — змінні,
# їх ніколи не перекладають. `--json` завжди англійською.

## Слова в клітинках
report-yes = так
report-no = ні
report-none = немає
report-left-out = (-o wide показує всі стовпці; пропущено: { $columns })

## wxgo users show
user-extension = Внутрішній номер
user-work-phone = Робочий номер
user-recent-changes = Останні зміни
user-code = код { $state }, створено { $issued }, спливає { $expires }
user-nothing-to-change = нічого змінювати (так уже було)
user-changed = змінено: { $fields }
user-updated = { $email }: { $what }. Робочий номер { $number }, внутрішній { $extension }, розташування { $location }{ $tracking }.
user-work-number-set = { $email }: робочий номер { $number }. Далі: { $next }.

## wxgo users list --not-provisioned, коли нікого не бракує (AL04)
np-none-missing-templates = Кожен користувач, охоплений шаблоном, що надає Webex Calling, його має.
np-none-missing-webex = Усі, кого Webex показує в організації, мають ліцензію Webex Calling.

## wxgo numbers
numbers-owner-primary = { $owner } (основний)
numbers-added-local = Додано { $added ->
        [one] { $added } мобільний номер
        [few] { $added } мобільні номери
        [many] { $added } мобільних номерів
       *[other] { $added } мобільного номера
    } до { $location } у записі оператора { $account } (INACTIVE до призначення); не додано: { $rejected }.
numbers-added-webex = Додано { $added ->
        [one] { $added } мобільний номер
        [few] { $added } мобільні номери
        [many] { $added } мобільних номерів
       *[other] { $added } мобільного номера
    } до { $location } через Webex (INACTIVE до призначення); не додано: { $rejected }.
numbers-request = Запит { $i } з { $requests } ({ $n ->
        [one] { $n } номер
        [few] { $n } номери
        [many] { $n } номерів
       *[other] { $n } номера
    }): { $outcome ->
        [added] додано
        [partly-added] додано частково
        [refused] відхилено
        [not-sent] не надіслано
       *[unknown] невідомо
    }, додано { $added }
numbers-now-primary = { $number } тепер основний номер { $email } (ACTIVE).
numbers-replaced = Замінений номер { $number } повернувся до пулу непризначених номерів.
numbers-device-created = Для користувача створено пристрій Webex Go мобільного оператора { $device }.
numbers-device-uses-new = Пристрій Webex Go мобільного оператора { $device } тепер використовує новий номер.

## wxgo broadworks
bw-flow-through-ready = готово
bw-flow-through-not-set-up = НЕ НАЛАШТОВАНО: позначте «Неперевірені e-mail» і встановіть посилання для спільного доступу на посилання активації
bw-subscriber-deleted = Абонента BroadWorks { $id } ({ $name }) видалено; користувач може спробувати знову після зміни конфігурації.

## wxgo licences
lic-template-created = Шаблон «{ $name }» створено. Користувачі з ліцензіями зберігають їх; застосуйте його знову командою `{ $command }`.
lic-template-changed = Шаблон «{ $name }» змінено. Користувачі з ліцензіями зберігають їх; застосуйте його знову командою `{ $command }`.
lic-template-deleted = Шаблон «{ $name }» видалено; { $n ->
        [one] його { $n } користувач зберігає
        [few] його { $n } користувачі зберігають
        [many] його { $n } користувачів зберігають
       *[other] його { $n } користувача зберігають
    } наявні ліцензії.
lic-none-yet = Немає шаблонів ліцензій.
lic-scope = { $scope ->
        [group] група
       *[organisation] організація
    }
lic-grants = ✓ надає
lic-grants-not = ✗ ні
lic-operation = { $operation ->
        [remove] прибрати
       *[add] додати
    }
lic-dry-run-assign = Пробний запуск: нічого не змінено. Що зробило б призначення:
lic-assign-summary = Шаблон «{ $template }»: { $licensed ->
        [one] { $licensed } користувач отримав ліцензію
        [few] { $licensed } користувачі отримали ліцензію
        [many] { $licensed } користувачів отримали ліцензію
       *[other] { $licensed } користувача отримали ліцензію
    }, { $kept ->
        [one] { $kept } вже мав Webex Calling
       *[other] { $kept } вже мали Webex Calling
    }, { $not ->
        [one] { $not } не отримав ліцензії
       *[other] { $not } не отримали ліцензії
    }.
lic-provisioned = { $email }: Webex Calling Professional у { $location }.
lic-provisioned-with = { $email }: Webex Calling Professional у { $location } з номером { $number }.
lic-losing = Користувачі, що втрачають Webex Calling: { $users }
lic-losing-more = Користувачі, що втрачають Webex Calling: { $users } і ще { $more }
lic-dry-run-reapply = Пробний запуск: нічого не змінено. Що зробило б повторне застосування:
lic-cancelled = Скасовано: у Webex до зупинки { $n ->
        [one] оброблено { $n } користувача
       *[other] оброблено користувачів: { $n }
    }.
lic-reapply-summary = «{ $template }» знову застосовано до { $covered ->
        [one] { $covered } охопленого користувача
       *[other] { $covered } охоплених користувачів
    } (зберігати ліцензії наявних користувачів: { $preserve ->
        [on] увімк.
       *[off] вимк.
    }): підготовлено { $provisioned }, не підготовлено { $not }, залишено { $kept }, втратили Webex Calling { $removed }.
lic-deleted-for-good = Видалено назавжди: призначень номерів — { $numbers } (повернуто до пулу непризначених), пристроїв Webex Go — { $devices }, налаштувань голосової пошти — { $voicemail }, налаштувань служб викликів — { $services }.

## wxgo directory sync
dir-dry-run = Пробний запуск: нічого не змінено. Що зробила б синхронізація:
dir-summary = Синхронізовано користувачів з { $source }: { $total }; створено { $created }, оновлено { $updated }, без змін { $unchanged }.
dir-calling = Webex Calling: підготовлено { $provisioned }, не підготовлено { $not }, вже мали (залишено) { $kept }, не охоплено шаблоном, що його надає, { $uncovered }.
dir-see-again = Переглянути знову: `{ $list }`; виправити номер: `{ $fix }`, потім `{ $reapply }`.

## Запуск багатьох змін (синхронізація каталогу, призначення ліцензій, повторне застосування)
run-kind = { $kind ->
        [re-apply] повторне застосування
        [directory-sync] синхронізація каталогу
       *[licence-assignment] призначення ліцензій
    }
run-progress = { $run }: { $done }/{ $total } користувачів ({ $percent }%)
run-stopping = { $run }: зупинка, щойно відповідять запити, що виконуються…
run-not-done = Не виконано (або не повністю) у Webex: { $n }
run-would-send = До Webex було б надіслано { $n ->
        [one] { $n } запит
        [few] { $n } запити
        [many] { $n } запитів
       *[other] { $n } запиту
    }:
run-continued = Продовжено попередній незавершений запуск тих самих даних (уже виконані рядки не надсилалися знову: { $n }).

## wxgo sync, wxgo orgs
sync-done = Синхронізовано { $org } ({ $id }), сторінок: { $pages }:
orgs-not-cached = ні ({ $command })

## wxgo calls
calls-imported = Імпортовано записів дзвінків з { $source }: { $imported } (дзвінків Webex Go: { $go }); вже були: { $duplicates }; не пов'язано з користувачем: { $unlinked }.
calls-none-match = Немає відповідних записів дзвінків. Імпортуйте їх командою `{ $command }`.

## wxgo why
why-subscriber = Абонент BroadWorks { $name } ({ $id })
why-no-cause-below = Причин не знайдено: у перевіреному (нижче) ніщо не заважає дзвінкам.
why-blocks = блокує дзвінки
why-may-affect = може впливати на дзвінки
why-key = клавіша { $key } ({ $place })
why-na = (не стосується)
why-extension = Внутрішній
why-issues = проблеми: { $codes }
why-bw-error = помилка { $code }: { $text }
why-webex-audit = аудит адміністратора Webex

## wxgo devices import (WG13): таблиця і примітка служби
import-dry-run-cell = (пробний запуск)
import-assigned = { $number } (призначено)
import-added = Додано { $n ->
        [one] { $n } пристрій Webex Go
        [few] { $n } пристрої Webex Go
        [many] { $n } пристроїв Webex Go
       *[other] { $n } пристрою Webex Go
    } з { $source } (Очікування активації).
import-would-send = було б надіслано: { $method } { $path }  ({ $row }: { $what })
import-dry-run-ok = Пробний запуск: усі рядки ({ $rows }) можна додати; нічого не змінено.
import-dry-run-problems = Пробний запуск: { $n ->
        [one] { $n } проблема
        [few] { $n } проблеми
        [many] { $n } проблем
       *[other] { $n } проблеми
    }; нічого не змінено.
import-problems-not-added = { $n ->
        [one] { $n } проблема
        [few] { $n } проблеми
        [many] { $n } проблем
       *[other] { $n } проблеми
    } у { $source }: нічого не додано. Виправте названі рядки й імпортуйте файл знову.
import-codes-in-file = Коди активації збережено у { $file } (читати його можете лише ви){ $emailed ->
        [0] {""}
       *[other] ; { $emailed } з них також надіслано електронною поштою
    }. Роздайте їх або надрукуйте листи, а потім видаліть файл.
import-all-emailed = { $n ->
        [1] Код активації надіслано його користувачеві електронною поштою.
        [one] Усі { $n } код активації надіслано їхнім користувачам електронною поштою.
        [few] Усі { $n } коди активації надіслано їхнім користувачам електронною поштою.
        [many] Усі { $n } кодів активації надіслано їхнім користувачам електронною поштою.
       *[other] Усі { $n } коду активації надіслано їхнім користувачам електронною поштою.
    }
import-some-not-emailed = { $emailed ->
        [one] { $emailed } код
        [few] { $emailed } коди
        [many] { $emailed } кодів
       *[other] { $emailed } коду
    } надіслано електронною поштою, { $n } — ні, а файл кодів не запитано. Зберігається лише геш кожного коду, тож створіть нові коди для цих пристроїв, коли роздаватимете їх: `{ $command }` (додайте { $flag }, щоб надрукувати лист).
import-problems-not-sent = { $n ->
        [one] { $n } проблема
        [few] { $n } проблеми
        [many] { $n } проблем
       *[other] { $n } проблеми
    } у { $source }: до Webex нічого не надіслано. Виправте названі рядки й імпортуйте файл знову.
import-webex-dry-run = Пробний запуск: усі рядки ({ $rows }) можна надіслати; до Webex пішло б { $requests ->
        [one] { $requests } запит
        [few] { $requests } запити
        [many] { $requests } запитів
       *[other] { $requests } запиту
    }; нічого не змінено.
# Імпорт справжньої організації: що додано, далі кожне речення, яке стосується.
# $stopped: yes або no; $again: both, unknown, refused або none; $codes: file, none або other;
# $ids: written, read або other.
import-webex-note = У цьому запуску у Webex додано { $added } з { $total } рядків{ $before ->
        [0] {""}
       *[other] , { $before } — у попередньому запуску
    }{ $failed ->
        [0] {""}
       *[other] ; Webex відхилив { $failed } (див. кожен рядок)
    }{ $lost ->
        [0] {""}
       *[other] ; кодів, створених Webex, але втрачених (відповідь не надійшла або попередній запуск зупинено): { $lost } — створіть нові коди, див. кожен рядок
    }.{ $unknown ->
        [0] {""}
       *[other] {" "}Рядків без відповіді від Webex: { $unknown } — не відхилено, невідомо (Webex міг створити пристрій і код, що нікому не дійшов); їх не надіслано знову.
    }{ $stopped ->
        [yes] {" "}Зупинено, не надіслано рядків: { $unsent } — виконайте ту саму команду знову, щоб продовжити (нічого не надсилається двічі).
       *[no] {""}
    }{ $again ->
        [both] {" "}Виконайте ту саму команду знову: вона спитає Webex про рядки без відповіді (нічого не надсилаючи для тих, що Webex має) і повторить відхилені рядки.
        [unknown] {" "}Виконайте ту саму команду знову: вона спершу спитає Webex про ці рядки й нічого не надішле для тих, що Webex має.
        [refused] {" "}Виконайте ту саму команду знову, щоб повторити лише відхилені рядки.
       *[none] {""}
    }{ $codes ->
        [file] {" "}Коди активації у { $file } (читати можете лише ви); роздайте їх, потім видаліть файл.
        [none] {" "}Файл кодів не замовлено й нічого не надіслано поштою: створіть нові коди, коли роздаватимете їх (`{ $command }`).
       *[other] {""}
    }{ $ids ->
        [written] {" "}Ідентифікатори Webex нових пристроїв не вдалося записати ({ $error }): `{ $sync }` додасть їх.
        [read] {" "}Ідентифікатори Webex нових пристроїв не вдалося прочитати ({ $error }): `{ $sync }` додасть їх.
       *[other] {""}
    }

## The sync's note on a part it could not read (the request as it was: method, path, status).
sync-part-people = Люди
sync-part-licences = Ліцензії
sync-part-locations = Розташування
sync-part-devices = Пристрої Webex Go
sync-part-numbers = Номери
sync-part-broadworks = Абоненти BroadWorks
sync-part-audit = Події аудиту адміністраторів
sync-part-not-available = { $what }: недоступно для цього токена ({ $method } { $path } відповів { $status }). Щоб їх бачити, потрібен токен адміністратора партнера з відповідною роллю.
sync-part-failed = { $what }: { $error }
sync-note-next = { $first }; { $next }
sync-note-no-email = { $n ->
    [one] { $n } особу без адреси електронної пошти не додано до копії
    [few] { $n } особи без адреси електронної пошти не додано до копії
   *[other] { $n } осіб без адреси електронної пошти не додано до копії
}
sync-note-twins = { $n ->
    [one] { $n } особа має адресу електронної пошти, що відрізняється від чужої лише регістром літер, і її не додано до копії
    [few] { $n } особи мають адреси електронної пошти, що відрізняються від чужих лише регістром літер, і їх не додано до копії
   *[other] { $n } осіб мають адреси електронної пошти, що відрізняються від чужих лише регістром літер, і їх не додано до копії
}: { $list }{ $more }. Дайте кожній особі власну адресу в Control Hub, потім синхронізуйте
sync-note-twin-kept = { $email } (залишено: { $kept })
sync-note-twin-kept-cached = { $email } (залишено: особу, яка вже є в копії)
sync-note-more = і ще { $n }
sync-note-bad-numbers = { $n ->
    [one] { $n } особа має у Webex робочий номер, який не є телефонним номером
    [few] { $n } особи мають у Webex робочий номер, який не є телефонним номером
   *[other] { $n } осіб мають у Webex робочий номер, який не є телефонним номером
}; його пропущено (особу залишено): { $list }{ $more }
sync-note-devices-ownerless = { $n ->
    [one] { $n } пристрій Webex Go без власника в копії не додано до копії
    [few] { $n } пристрої Webex Go без власника в копії не додано до копії
   *[other] { $n } пристроїв Webex Go без власника в копії не додано до копії
}
sync-note-devices-second = { $n ->
    [one] { $n } особа має більше ніж один пристрій Webex Go; показано перший
    [few] { $n } особи мають більше ніж один пристрій Webex Go; показано перший
   *[other] { $n } осіб мають більше ніж один пристрій Webex Go; показано перший
}
sync-note-numbers-no-location = { $n ->
    [one] { $n } номер без розташування не додано до копії
    [few] { $n } номери без розташування не додано до копії
   *[other] { $n } номерів без розташування не додано до копії
}
sync-note-numbers-not-numbers = { $n ->
    [one] { $n } запис реєстру номерів не є телефонним номером і його пропущено
    [few] { $n } записи реєстру номерів не є телефонними номерами і їх пропущено
   *[other] { $n } записів реєстру номерів не є телефонними номерами і їх пропущено
}: { $list }
sync-note-subscriptions-foreign = { $n ->
    [one] { $n } підписка вже є в цьому кеші під іншою організацією
    [few] { $n } підписки вже є в цьому кеші під іншою організацією
   *[other] { $n } підписок уже є в цьому кеші під іншою організацією
}
sync-note-broadworks-odd = { $n ->
    [one] { $n } абонента BroadWorks зі станом або пакетом, яких wxgo не знає, пропущено
    [few] { $n } абонентів BroadWorks зі станом або пакетом, яких wxgo не знає, пропущено
   *[other] { $n } абонентів BroadWorks зі станом або пакетом, яких wxgo не знає, пропущено
}

## Що сталося з листом із кодом і з його друкованим листом, для адміністратора
email-note-not-asked = не надіслано електронною поштою (як і просили). Скопіюйте або надрукуйте код для { $email }.
email-note-suppressed = не надіслано електронною поштою: { $org } блокує електронні листи. Скопіюйте або надрукуйте код і передайте його { $email }.
email-note-sent = надіслано на { $email }: { $route }
email-note-failed = не вдалося надіслати лист на { $email } ({ $error }); натомість скопіюйте або надрукуйте код.
mail-queued-as = поставлено у вихідні як { $path }
mail-sent-smtp = надіслано через SMTP-сервер { $server }
letter-note-no-print-command = Лист лежить у { $file } (читати можете лише ви). Команду друку не налаштовано (print_command у конфігурації або `lp`): надрукуйте його звідти, а потім видаліть.
letter-note-printed = Надіслано на принтер командою { $command }{ $printer }. Файл лежить у { $file } (читати можете лише ви); видаліть його після друку.
letter-note-print-failed = Не вдалося надрукувати командою { $command }: { $error }
letter-not-printed-chars = Не вдалося надрукувати (показано як { "\uFFFD" }): { $chars }: { $why }.
letter-why-shaping = wxgo не друкує писемностей, літери яких з'єднуються або змінюють форму (арабська, індійські писемності, тайська, ...): напишіть ім'я на листі від руки
letter-why-no-font = жоден шрифт на цьому комп'ютері { $n ->
    [one] його не містить
   *[other] їх не містить
}; для китайської, японської чи корейської встановіть шрифт TrueType CJK (Debian: fonts-wqy-microhei або fonts-droid-fallback) і створіть лист знову
note-and-more = { $note } { $more }
