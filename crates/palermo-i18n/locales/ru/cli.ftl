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

## palermo mse
cli-mse-reading-stdin = чтение стандартного ввода
cli-mse-reading = чтение { $file }
cli-mse-errors = { $file }: ошибок: { $count } (оценка не выполнена):
cli-mse-and-more = … и еще { $count }
cli-mse-terms-need-fixed = --terms требует --method fixed
cli-mse-time-limit-bad = --time-limit { $value }: не число секунд
cli-mse-header = { $file }: списков: { $count } ({ $lists }), наблюдалось: { $observed }
cli-mse-method = Метод:             { $method }
cli-mse-method-stepwise = пошаговый (добавляется пара с наименьшим p-значением Пуассона, пока p < { $threshold })
cli-mse-selected-model = Выбранная модель:  { $model }
cli-mse-estimate = Оценка:            { $estimate } чел. (никогда не наблюдались: { $unobserved })
cli-mse-interval-wald = логнормальный Вальда
cli-mse-interval-bounds = наблюдаемый итог, ни одна модель не подбирается
cli-mse-interval-bca-seed = бутстреп BCa (повторений: { $replicates }, зерно { $seed })
cli-mse-empty-overlaps = Пустые пересечения (θ = −∞):
cli-mse-p-empty = P(пусто случайно) = { $p }
cli-mse-models-tried = Опробованные модели (показано { $shown } из { $tried }):
cli-mse-col-interactions = взаимодействия
cli-mse-col-deviance = девианс
cli-mse-col-estimate = оценка
cli-mse-col-p-value = p-значение
cli-mse-not-fitted = не подобрана: { $why }
cli-mse-other-methods = Другие методы рядом (выбор модели определяет неопределенность):

## Отказы, общие для нескольких команд
cli-nothing-imported = { $reason }; ничего не импортировано
cli-nothing-changed = { $reason }; ничего не изменено

## palermo serve
cli-serve-serving = Palermo обслуживает http://{ $addr } (база данных { $database })
cli-serve-serving-on = обслуживание на { $addr }

## palermo cases
cli-cases-fewer-than = менее { $k }
cli-cases-footer = итого { $total }; ячеек ниже k={ $k } скрыто: { $primary }, дополнительно скрыто против вычитания: { $secondary }.
cli-cases-unknown-region = неизвестный регион «{ $region }»: ожидается Africa, Americas, Asia, Europe, Oceania или субрегион
cli-cases-col-victims = жертвы
cli-cases-withheld = скрыто
cli-cases-export-warning = далее следуют строки индивидуальных записей ({ $count }); храните их на этом компьютере (общедоступные данные: palermo cases indicators)
cli-cases-source-rows = прочитано { $read }, сохранено { $stored }, отклонено { $rejected }

## palermo cases release, budget
cli-release-about = около { $count } записей
cli-release-fewer-than = менее { $count } записей
cli-release-withdrawn-on = отозвана { $date }
cli-release-epsilon-not-dp = --epsilon используется с --method dp; ничего не опубликовано
cli-release-dp-needs-epsilon = --method dp требует --epsilon E (например, 1); ничего не опубликовано
cli-release-refused = { $reason }; ничего не опубликовано
cli-release-made = публикация { $id } создана: { $release }
cli-release-served = Веб-сайт и API теперь выдают ее; число записей публикуется с округлением.
cli-release-none = публикаций пока нет; создайте ее командой `palermo cases release create`
cli-release-withdrawn = публикация { $id } отозвана: { $release }

## palermo user, token, audit
cli-user-reading-password = чтение пароля со стандартного ввода
cli-user-password-stdin = пароль со стандартного ввода
cli-user-no-such-account = такой учетной записи нет (укажите ее id или адрес электронной почты, см. `palermo user list`)
cli-user-bad-email = --email: ожидается адрес электронной почты (один «@», без пробелов, не более 254 символов)
cli-user-bad-name = --name: ожидается от 1 до 200 символов
cli-user-public-role = --role: у общественности нет учетной записи
cli-user-needs-org = --org: учетная запись { $role } действует от имени организации (state:ISO3, un:ИМЯ, icat:ИМЯ или agency:ИМЯ)
cli-user-reviews-not-reviewer = --reviews: государства проверяет только эксперт по обзору
cli-user-bad-reviews = --reviews: ожидаются коды ISO 3166-1 alpha-3 через запятую
cli-user-created = создана учетная запись { $id } ({ $role })
cli-user-password-once = пароль (показывается один раз): { $password }
cli-user-enrol-totp = учетная запись { $role } подключает второй фактор TOTP на /account после первого входа
cli-user-already-disabled = учетная запись { $id } уже отключена
cli-user-disabled = учетная запись { $id } отключена: ее сеансы завершены, токены отозваны
cli-user-password-reset = для учетной записи { $id } установлен новый пароль; ее сеансы завершены
cli-token-bad-name = --name: ожидается от 1 до 100 символов
cli-token-account-disabled = учетная запись { $id } отключена
cli-token-created = создан токен { $id } ({ $scope }) для учетной записи { $account }
cli-token-once = токен (показывается один раз): { $token }
cli-token-no-live = нет действующего токена { $id } (см. `palermo token list`)
cli-token-revoked = токен { $id } отозван
cli-audit-intact = журнал аудита цел: записей: { $entries }, последняя запись { $last } с хешем { $hash }
cli-audit-broken = журнал аудита нарушен на записи { $seq }: { $reason }
cli-audit-truncated = журнал аудита нарушен после записи { $seq }: цепочка обрывается там, но было зарегистрировано записей: { $recorded } (записи удалены с ее конца)
cli-creating-file = создание { $file }

## palermo stats import, palermo cases import
cli-import-rows-rejected = отклонено и не сохранено строк: { $count } (код завершения 3); остальные сохранены
cli-import-writing-report = запись отчёта { $file }
cli-import-field = , поле { $field }
cli-import-rejected-row = отклонено: { $file }: { $location }{ $field }: { $reason }
cli-import-progress-rows = строк: { $rows }
cli-import-rejected-rows-at = (отклонённые строки: { $file })
cli-import-strict = { $error }; --strict: весь файл отклонён, ничего не импортировано
cli-import-file-rejected = { $error }; файл отклонён, ничего не импортировано
cli-import-failed = импорт не удался; ничего не импортировано
cli-import-shrink = { $error } (проверьте файл и отчёт; --force всё равно заменяет набор)
cli-import-nothing = { $error }; ничего не импортировано
cli-import-reading = чтение { $file }
cli-import-what-cells = ячеек
cli-import-what-case-records = записей о случаях
cli-import-summary = { $file }: прочитано строк: { $read }; сохранено { $what }: { $stored }; отклонено: { $rejected }; сохранено с предупреждением: { $warnings }{ $replaced }.
cli-import-replaced = ; заменено строк предыдущего импорта { $name }: { $count }
cli-import-report-at = Отклонённые строки и предупреждения (строка, поле, причина): { $file }
cli-import-conflicts = Ключей, опубликованных более одного раза: { $count } (с разными значениями: { $differ }); все строки сохранены, ни одна не суммируется и не выбирается:
cli-import-conflicts-at-least = Ключей, опубликованных более одного раза: не менее { $count } (с разными значениями: { $differ }); все строки сохранены, ни одна не суммируется и не выбирается:
cli-import-more-conflicts = … и ещё { $count } (palermo stats conflicts --dataset { $dataset })
cli-import-more-conflicts-at-least = … и ещё не менее { $count } (palermo stats conflicts --dataset { $dataset })
cli-import-line-value = строка { $line }: { $value }

## palermo stats
cli-stats-empty-name = пустое имя; укажите короткое имя, например police-2024
cli-stats-bad-name = имя не длиннее 100 символов, без управляющих символов
cli-stats-loading-bundled = загрузка встроенной статистики GLOTIP
cli-stats-conflicts-count = Ключей, опубликованных более одного раза в { $dataset }: { $count }.
cli-stats-years-span = { $first }-{ $last } (лет: { $count })
cli-stats-col-value = значение
cli-stats-col-per-100k = на 100 000
cli-stats-col-countries = страны
cli-stats-col-years = годы
cli-stats-no-data = (нет данных для этой выборки: отсутствие данных — не ноль)
cli-stats-note-range = * диапазон: ЮНОДК публикует малые числа как «<5» (от 1 до 4 каждое), и они не угадываются.
cli-stats-note-conflict = ! ключ, опубликованный более одного раза с разными значениями, вносит свой диапазон (palermo stats conflicts).

## palermo linkage
cli-linkage-threads = не удаётся запустить рабочие потоки
cli-linkage-secret-unreadable = { $file }: не удаётся прочитать файл секрета
cli-linkage-secret-short = { $file }: длина секрета { $bytes } байт; нужно не менее { $min }
cli-linkage-schema-unreadable = { $file }: не удаётся прочитать схему
cli-linkage-schema-invalid = { $file }: недопустимая схема связывания
cli-linkage-progress = записей ({ $rate }, осталось { $eta })
cli-linkage-encoding = кодирование
cli-linkage-matching = сопоставление
cli-linkage-histogram = гистограмма
cli-linkage-no-keys = { $file }: не удаётся вывести ключи
cli-linkage-identifiers-unreadable = { $file }: не удаётся открыть файл идентификаторов
cli-linkage-header-unreadable = { $file }: не удаётся прочитать строку заголовка
cli-linkage-header-mismatch = { $file }: заголовок не соответствует { $schema }
cli-linkage-line = строка { $line }
cli-linkage-record-unreadable = { $file }{ $line }: не удаётся прочитать запись ({ $reason })
cli-linkage-empty-list = { $file }: список пуст (заголовок без записей)
cli-linkage-bad-records = { $file }: ошибочных записей: { $count }; ни один CLK не записан
cli-linkage-bad-value = { $file }{ $line }, столбец «{ $column }»: { $reason }
cli-linkage-field-count = { $file }{ $line }: полей { $found }, в схеме { $expected }
cli-linkage-clks-unwritable = { $file }: не удаётся записать CLK
cli-linkage-no-clk = нет CLK для записи
cli-linkage-encoded = закодировано записей из { $file }: { $count }, в { $output } за { $seconds } с ({ $rate } записей/с); средняя плотность { $density }
cli-linkage-dense = в CLK в среднем установлено { $percent } % битов. Выше примерно половины CLK на основе фильтров Блума легче атаковать (анализ частот и шаблонов), а несвязанные записи уже выглядят похожими; рассмотрите меньшие bitsPerFeature/bitsPerToken, большее l или xor_folds (см. README, Privacy-preserving record linkage).
cli-linkage-more-bad-records = { $file }: … и ещё ошибочных записей: { $count }
cli-linkage-not-utf8 = поле { $field } не является корректным UTF-8
cli-linkage-input-error = ошибка ввода
cli-linkage-malformed-csv = некорректный CSV
cli-linkage-identical = { $file }: { $shared } из { $records } записей имеют тот же CLK, что и другая запись (групп одинаковых CLK: { $groups }). Одинаковые CLK означают одинаковые идентификаторы: один и тот же человек внесён дважды или заполнитель вроде «unknown» в поле имени или даты, из-за которого все такие записи выглядят для `linkage match` как один человек. Оставляйте неизвестные значения пустыми (missingValue схемы) или удалите дубликаты перед кодированием.
cli-linkage-more = … ещё { $count }
cli-linkage-one-clk = { $file }: записей с одним CLK: { $count }: { $lines }
cli-linkage-more-groups = { $file }: … и ещё групп: { $count }
cli-linkage-clks-unreadable = { $file }: не удаётся прочитать файл CLK
cli-linkage-clks-invalid = { $file }: недопустимый файл CLK
cli-linkage-bits-differ = { $file }: CLK длиной { $bits } бит, но { $first } содержит CLK длиной { $first_bits } бит: закодированы ли они по одной схеме?
cli-linkage-names-count = --names даёт имён: { $names }, а списков: { $lists }
cli-linkage-bad-list-name = имя списка { $name } не может быть именем столбца: выберите другие с помощью --names
cli-linkage-same-list-name = два списка называются { $name }: назовите их с помощью --names a,b,…
cli-linkage-bad-threshold = --threshold должен быть больше 0 и не больше 1, а не { $value }
cli-linkage-cannot-link = не удаётся связать эти списки
cli-linkage-matches-unwritable = { $file }: не удаётся записать сопоставления
cli-linkage-histories-unwritable = { $file }: не удаётся записать истории поимки
cli-linkage-matched = списков: { $lists }, кластеров: { $clusters }, сопоставленных пар: { $pairs }, лиц: { $individuals }; рассмотрено пар: { $considered }, вычислено коэффициентов Дайса: { $computed } за { $seconds } с ({ $rate } млн пар/с, ядро { $kernel }, потоков: { $threads })
cli-linkage-bad-floor = --floor должен быть от 0 до 1, а не { $value }
cli-linkage-report-lists = Списки
cli-linkage-report-list = { $name }: CLK: { $clks }, длиной { $bits } бит, средняя плотность { $density }
cli-linkage-report-matches = Сопоставления при пороге { $threshold } (решатель { $solver }, блокирование { $blocking })
cli-linkage-report-pair = пара списков
cli-linkage-report-candidates = кандидаты
cli-linkage-report-matched = сопоставлены
cli-linkage-report-clusters = кластеров: { $clusters }; наблюдаемых лиц: { $individuals }
cli-linkage-report-histories = Истории поимки (вход palermo mse)
cli-linkage-report-dice = Коэффициенты Дайса всех пар, { $a } × { $b }
cli-linkage-report-dice-floor = Коэффициенты Дайса всех пар, { $a } × { $b } (пар ниже { $floor } не распределено по интервалам: { $below })
cli-linkage-report-threshold = порог
