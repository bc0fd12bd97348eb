### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## Что выводит любая команда
cli-error = ошибка: { $message }
cli-warning = предупреждение: { $message }
cli-left-out = … (опущено ещё { $bytes } байт)
cli-audit-failed = запись { $action } в журнал аудита (ничего не выводится, пока запись не сделана)
cli-opening-database = открытие базы данных { $url }
cli-starting-runtime = запуск асинхронной среды выполнения
cli-opening-file = открытие { $file }
cli-dry-run = Пробный запуск: ничего не записано.

## Документы
cli-instrument-untoc = Конвенция против организованной преступности (UNTOC)
cli-instrument-tip = Протокол о торговле людьми
cli-instrument-som = Протокол о незаконном ввозе мигрантов
cli-instrument-firearms = Протокол об огнестрельном оружии

## palermo treaty
cli-treaty-not-a-date = { $value } — не дата в формате ГГГГ-ММ-ДД
cli-treaty-unknown-region = неизвестный регион { $region }: ожидается Africa, Americas, Asia, Europe или Oceania
cli-treaty-status-as-at = { $instrument }: состояние на { $date }
cli-treaty-status-as-at-after = { $instrument }: состояние на { $date } (более поздних данных нет; запрошена дата { $asked })
cli-treaty-status-as-at-on = { $instrument }: состояние на { $date }, показано на { $asked }
cli-treaty-not-a-file = { $file }: не файл (укажите путь к таблице состояния в формате CSV)
cli-treaty-rejected-errors =
    { $count ->
        [one] { $file } отклонён: { $count } ошибка; ничего не импортировано
        [few] { $file } отклонён: { $count } ошибки; ничего не импортировано
        [many] { $file } отклонён: { $count } ошибок; ничего не импортировано
       *[other] { $file } отклонён: { $count } ошибки; ничего не импортировано
    }
cli-treaty-rejected = { $file } отклонён: { $reason }; ничего не импортировано
cli-treaty-read = { $instrument }: из { $file } прочитано участников: { $count }, состояние на { $date }.
cli-treaty-no-changes = Изменений по сравнению с текущими данными нет.
cli-treaty-new-signature = новое подписание: { $participant }
cli-treaty-new-party = новый участник: { $participant } ({ $kind }, { $date })
cli-treaty-changed = изменено: { $participant }
cli-treaty-removed = больше не указан: { $participant }
cli-treaty-renamed = переименован: { $old } → { $new }
cli-treaty-summary = новых подписаний: { $signatures }, новых участников: { $parties }, изменено: { $changed }, удалено: { $removed }, переименовано: { $renamed }, без изменений: { $unchanged }.
cli-treaty-nothing-recorded = Ничего не записано (те же данные).
cli-treaty-col-participant = участник
cli-treaty-col-iso3 = iso3
cli-treaty-col-instrument = докум.
cli-treaty-col-signature = подписание
cli-treaty-col-consent = согласие
cli-treaty-col-kind = вид
cli-treaty-col-party = участник
cli-yes = да
cli-no = нет
cli-treaty-rows =
    { $rows ->
        [one] { $rows } строка
        [few] { $rows } строки
        [many] { $rows } строк
       *[other] { $rows } строки
    }, участников: { $parties }.

## palermo db
cli-db-backend = СУБД: { $value }
cli-db-database = база данных: { $value }
cli-db-schema-version = версия схемы: { $value }
cli-db-schema-version-none = версия схемы: нет (новая база данных)
cli-db-binary = версия программы: { $value }
cli-db-pending-none = ожидают: нет
cli-db-pending = ожидают: { $count }
cli-db-orphan-cells = ячейки без набора данных: { $count } (статистические ячейки, набор данных которых не сохранён; ожидается 0)
cli-db-reading-schema = чтение схемы { $url }
cli-db-migrating = миграция { $url }
cli-db-migrated = { $location }: применено миграций: { $count }; версия схемы { $version }
cli-db-backup-written = резервная копия записана в { $file }
cli-db-pg-dump-found = pg_dump есть в PATH ({ $path })
cli-db-pg-dump-missing = pg_dump нет в PATH: установите клиентские программы PostgreSQL (Debian: postgresql-client)
cli-db-no-backup = резервная копия не записана: { $advice }; { $found }
cli-db-backing-up = резервное копирование в { $file }
cli-db-opening-target = открытие целевой базы { $url }
cli-db-migrating-target = миграция целевой базы { $url }
cli-db-copying = копирование { $source } в { $target }
cli-db-copied-table = { $table } строк: { $rows }  контрольная сумма { $checksum }  (совпадает в обеих)
cli-db-copied = { $source } скопирована в { $target }
cli-stats-read-sum-fits = читается как сумма строк (итоги страны и года сходятся только с суммой)
cli-stats-read-alternatives-fit = читается как альтернативные значения (итоги сходятся только с одним значением)
cli-stats-read-both-fit = читается как альтернативные значения (итоги сходятся с обоими прочтениями)
cli-stats-read-neither-fits = читается как альтернативные значения (итоги не сходятся ни с одним прочтением)
cli-stats-read-unchecked = читается как альтернативные значения (нет итога или разбивки для проверки)
cli-stats-readings = Прочитано как суммы: { $sum }; как альтернативные значения: { $alternatives } — сходятся только они, { $both } — сходятся оба прочтения, { $neither } — не сходится ни одно, { $unchecked } — проверить не с чем.
