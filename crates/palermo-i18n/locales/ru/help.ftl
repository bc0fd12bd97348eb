### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## Рамка clap
help-heading-usage = Использование
help-heading-commands = Команды
help-heading-arguments = Аргументы
help-heading-options = Параметры
help-usage-options = [ПАРАМЕТРЫ]
help-usage-command = <КОМАНДА>
help-usage-command-optional = [КОМАНДА]
help-note-env = [переменная окружения: { $name }]
help-note-default = [по умолчанию: { $value }]
help-note-possible-values = [возможные значения: { $values }]
help-note-possible-values-heading = Возможные значения:
help-flag-help = Показать справку
    .summary-more = Показать справку (подробнее: «--help»)
    .long-summary = Показать справку (кратко: «-h»)
help-flag-version = Показать версию
help-cmd-help = Показать это сообщение или справку по указанным подкомандам
help-cmd-help-subcommand = Показать справку по подкоманде или подкомандам

## Отказы clap
help-error-lang = ожидается ar, zh, en, fr, ru или es (шесть языков ООН)
help-error-invalid-value = недопустимое значение для { $arg } (возможные значения: { $values })
help-error-value-validation = недопустимое значение для { $arg }: { $reason }
help-error-unknown-argument = неожиданный аргумент { $arg }
help-error-invalid-subcommand = неизвестная подкоманда { $arg }
help-error-no-equals = { $arg } ожидает значение после знака равенства (=)
help-error-too-many-values = слишком много значений для { $arg }
help-error-wrong-number = неверное число значений для { $arg }
help-error-argument-conflict = { $arg } нельзя использовать вместе с { $other }
help-error-missing-required = не указан обязательный аргумент: { $arg }
help-error-missing-subcommand = требуется подкоманда
help-error-invalid-utf8 = аргумент не является допустимым UTF-8
help-error-other = не удалось прочитать командную строку
help-error-more = Подробнее: «--help».

## palermo
help-palermo = Palermo: статус договоров, статистика торговли людьми, связывание записей и оценка по методу множественных систем для борьбы с торговлей людьми
    .long =
        Palermo: статус договоров, статистика торговли людьми, связывание записей и оценка по методу множественных систем для борьбы с торговлей людьми.

        Все команды используют одну базу данных: файл SQLite `palermo.db` в рабочем каталоге, если `--db` или `PALERMO_DB` не указывает другой файл (`ПУТЬ` или `sqlite:ПУТЬ`) или базу PostgreSQL (`postgres://пользователь:пароль@хост:порт/база`). Первая команда, открывающая новую базу, создаёт её, применяет миграции и загружает в неё прилагаемые справочные данные.
help-arg-db = База данных: файл SQLite (`ПУТЬ` или `sqlite:ПУТЬ`; создаётся, мигрирует и заполняется при первом использовании) или `postgres://пользователь:пароль@хост:порт/база` (мигрирует и заполняется при первом использовании). Для URL с паролем лучше `PALERMO_DB`: командная строка видна другим пользователям
help-arg-lang = Язык сообщений и этой справки: ar, zh, en, fr, ru или es (по умолчанию: локаль POSIX, LC_ALL, LC_MESSAGES или LANG, если она указывает один из шести, иначе английский)
help-serve = Запустить веб-платформу и JSON API (по умолчанию http://127.0.0.1:8080)
help-serve-addr = Адрес для приёма соединений
help-treaty = Отслеживание договоров: статус Конвенции и протоколов к ней
help-stats = Национальная статистика (GLOTIP УНП ООН): импорт, показатели, конфликты
help-cases = Дела жертв (HTCDS / CTDC): импорт, защищённые показатели
help-mse = Оценка по методу множественных систем: оценить скрытое число жертв по пересечениям списков
help-linkage = Связывание записей с сохранением конфиденциальности, с CLK (фильтрами Блума)
help-db = База данных: статус, миграции, резервная копия
help-user = Учётные записи: добавление, список, отключение, сброс пароля (здесь создаётся первый администратор; пароля по умолчанию нет)
help-token = Токены API для скриптов: создание (показывается один раз), список, отзыв
help-audit = Журнал аудита: проверить цепочку хешей, выгрузить в CSV
