# Чому користувач не отримав Webex Calling (AL02, AL04), і як виправити: що кажуть
# `users list --not-provisioned`, подання консолі «не підготовлено» і рядки ліцензійного запуску.
# Номери, адреси, імена, назви ліцензій, ідентифікатори правил і команди ($command, завжди в
# зворотних лапках) — змінні, їх ніколи не перекладають. Слова з shared/seeds/002 і Центру
# керування: робочий номер, розташування, шаблон, підготовка.

## Перевірки робочого номера (AL02)
reason-work-number = робочий номер { $what }
reason-also = { $first }; { $then }
reason-and = { $first } і { $then }
reason-no-number = робочий номер не вказано
reason-not-e164-national = { $number } не у форматі E.164: запишіть його як +1 і десять цифр
reason-not-at-location = { $number } не підготовлено в жодному розташуванні { $org } (його немає в переліку номерів)
reason-mobile = { $number } — мобільний номер Webex Go розташування { $location }, а не фіксований робочий номер
reason-assigned-user = { $number } уже призначено іншому користувачу ({ $email })
reason-assigned-service = { $number } уже призначено службі ({ $service })

## Чим, найімовірніше, було значення, що не у форматі E.164
reason-hint-scientific = «{ $input }» — експоненційний запис: електронна таблиця прочитала номер як число й відкинула останні цифри. Задайте стовпцю текстовий формат, введіть номер знову як +<код країни><номер> і експортуйте знову
reason-hint-text-marker = початковий ' — текстова позначка електронної таблиці, а не частина номера: це { $number }
reason-hint-decimal = електронна таблиця зберегла його як число { $input } і відкинула +: це { $number }
reason-hint-punctuation = приберіть дужки, дефіси й крапки: { $number }
reason-hint-00 = 00 — міжнародний префікс набору; у E.164 це { $number }
reason-hint-national = його записано в національному форматі { $country }; у E.164 це { $number }
reason-hint-no-plus = бракує + (електронна таблиця відкидає його, коли читає клітинку як число): { $number }

## Виправлення для кожної перевірки (AL04)
reason-fix-no-number = вкажіть номер: у каталозі або клавішею W у консолі ({ $command } в оболонці), потім застосуйте шаблон знову
reason-fix-not-e164 = виправте формат номера на E.164 (+, код країни, номер, наприклад +12145550100), потім застосуйте шаблон знову
reason-fix-not-at-location = підготуйте номер у розташуванні (додайте його до номерів розташування) або вкажіть підготовлений, потім застосуйте шаблон знову
reason-fix-mobile = вкажіть фіксований робочий номер; мобільний номер Webex Go призначають командою { $command }
reason-fix-assigned = звільніть номер (або вкажіть інший), потім застосуйте шаблон знову
reason-fix-reapply = застосуйте шаблон знову ({ $command })
reason-passes-not-applied = робочий номер проходить усі перевірки, але шаблон відтоді не застосовували

## Виправлення для номера, що, найімовірніше, означав $meant ($raw — як його дав каталог)
reason-fix-set-meant = встановіть робочий номер { $meant } (W у консолі, { $command } в оболонці), потім застосуйте шаблон знову
reason-meant-nowhere = { $raw } було б { $meant }, якого немає в переліку номерів жодного розташування
reason-meant-but = { $raw } було б { $meant }, але { $why }
reason-meant-shared = { $raw } було б { $meant }, але { $n ->
        [one] ще { $n } користувач має
        [few] ще { $n } користувачі мають
        [many] ще { $n } користувачів мають
       *[other] ще { $n } користувача мають
    } той самий робочий номер, а номер належить одній особі
reason-fix-free-number = { $why }: натомість дайте вільний номер розташування { $location } ({ $free } — один із них; кожному користувачу потрібен власний) клавішею W у консолі ({ $command } в оболонці) або додайте { $meant } до номерів розташування; потім застосуйте шаблон знову
reason-fix-no-free-number = { $why }, а в { $location } немає вільного номера: додайте номери до { $location } (у Control Hub), потім встановіть один як робочий номер (W у консолі, { $command } в оболонці); потім застосуйте шаблон знову
reason-fix-no-location = { $why }, а користувач не має розташування: дайте йому розташування й вільний номер із нього, потім застосуйте шаблон знову

## Що далі після запису робочого номера (users set-work-number)
reason-template-group = «{ $name }» (група { $group })
reason-template-org = «{ $name }» (організація)
reason-next-kept = користувач має Webex Calling: його налаштування викликів залишено (AL05)
reason-next-no-calling = його шаблон { $template } не надає Webex Calling
reason-next-not-covered = жоден шаблон ліцензій не охоплює користувача
reason-next-still-fails = номер досі не проходить перевірку: { $reason }; { $fix }
reason-next-passes = номер проходить усі перевірки: застосуйте шаблон знову ({ $command })
reason-refused-row = { $email }: { $reason }; { $fix }

## Справжня організація: кого Webex показує без ліцензії Calling, і чому
reason-held-none = жодної ліцензії
reason-held-only = лише { $licences }
reason-webex-no-calling = Webex не показує для нього ліцензії Webex Calling ({ $held })
reason-lacks-location = немає розташування для викликів
reason-lacks-number = немає ні внутрішнього номера, ні номера
reason-webex-lacks = у Webex для нього: { $what }
reason-last-said = останнє призначення повідомило: { $recorded }
reason-fix-assign = призначте Webex Calling Professional: { $command } або в Control Hub
reason-fix-assign-template = призначте Webex Calling Professional у Control Hub або шаблоном, що його надає ({ $save }, потім { $assign })

## Рядки ліцензійного запуску
reason-has-calling = { $email } уже має Webex Calling; нічого не змінено
reason-not-created = не створено у Webex
reason-fix-see-reason = див. причину; виправте її у Webex або у вхідних даних, потім виконайте ту саму команду знову
reason-partial-206 = Webex відповів 206 (частково): лише частину: не застосовано: { $licences }{ $tracking }
reason-partial = Webex виконав лише частину: не застосовано: { $licences }{ $tracking }
reason-fix-check-licences = перевірте ліцензії у Webex (пул ліцензій може бути вичерпано, або дві ліцензії конфліктують), потім виконайте ту саму команду знову
reason-done-earlier = виконано попередньою спробою цього запуску: { $detail }
reason-no-licence-in-org = організація не має у Webex ліцензії { $licences }
reason-not-sent-cancelled = не надіслано: запуск скасовано; та сама команда продовжить його
reason-directory-kept = каталог змінив робочий номер на { $number }; налаштування Webex Calling залишено (AL05): номер не надсилається до Webex
