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
    .after =
        ВХОД: CSV (запятая, точка с запятой или табуляция) со столбцом 0/1 на каждый список и столбцом `count` (нулевые строки можно опустить, повторы суммируются, и отчёт называет их); или строка на человека со столбцами 0/1 без количества; или два столбца `id,list`, строка на каждое появление. `-` читает стандартный ввод.

        ПРИМЕРЫ:
          palermo mse UKdat.csv
          palermo mse UKdat.csv --bootstrap 1000 --seed 1234 --format json
          palermo mse UKdat.csv --method fixed --terms LA:NG,PF:NCA
help-linkage = Связывание записей с сохранением конфиденциальности, с CLK (фильтрами Блума)
help-db = База данных: статус, миграции, резервная копия
help-user = Учётные записи: добавление, список, отключение, сброс пароля (здесь создаётся первый администратор; пароля по умолчанию нет)
help-token = Токены API для скриптов: создание (показывается один раз), список, отзыв
help-audit = Журнал аудита: проверить цепочку хешей, выгрузить в CSV

## palermo treaty
help-treaty-status = Кто подписал, ратифицировал или присоединился, а кто ещё нет
    .long =
        Кто подписал, ратифицировал или присоединился, а кто ещё нет.

        Выводит по одной строке на участника и документ. Объекты JSON имеют ключи participant, iso3, instrument, signature_date (дата подписания), consent_date, consent_type и party; даты в формате ГГГГ-ММ-ДД или null.
help-treaty-status-instrument = Только этот документ: untoc, tip, som или firearms (по умолчанию: все четыре)
help-treaty-status-not_party = Только государства — члены ООН, не являющиеся участниками (включая не совершивших никаких действий)
help-treaty-status-region = Только участники из этого региона ООН (Africa, Americas, Asia, Europe, Oceania)
help-treaty-status-as_of = Статус на эту дату (ГГГГ-ММ-ДД), по датам действий
help-treaty-status-format = Формат вывода
help-treaty-status-format-table = Выровненные столбцы для чтения
help-treaty-status-format-csv = CSV со строкой заголовка
help-treaty-status-format-json = Массив JSON, по объекту на участника
help-treaty-import = Загрузить более новый снимок статуса одного документа (атомарно, идемпотентно) и показать изменения. Снимок старше текущих данных отклоняется
    .long =
        Загрузить более новый снимок статуса одного документа (атомарно, идемпотентно) и показать изменения. Снимок старше текущих данных отклоняется.

        FILE — это либо таблица статуса Собрания договоров ООН, сохранённая как CSV (столбцы Participant, Signature (подписание) и столбец согласия, даты которого несут пометки a/A/AA/d/c; номера сносок после названий удаляются), либо CSV Palermo: participant,iso3,signature_date,consent_date,consent_type с датами ГГГГ-ММ-ДД. Любая недопустимая строка отклоняет весь файл, и база данных не меняется.
help-treaty-import-file = Таблица статуса (CSV)
help-treaty-import-instrument = untoc, tip, som или firearms
help-treaty-import-as_of = Дата снимка «статус на» (ГГГГ-ММ-ДД)
help-treaty-import-format = Структура FILE
help-treaty-import-format-auto = Определить по заголовку
help-treaty-import-format-untc = Таблица статуса Собрания договоров ООН (Participant, Signature — подписание, Ratification — ратификация…)
help-treaty-import-format-palermo = CSV Palermo (participant, iso3, signature_date (дата подписания), consent_date, consent_type)
help-treaty-import-allow_removals = Принять снимок, в котором нет участников из текущих данных (по умолчанию отклоняется: таблицы статуса ООН никогда не исключают участника, поэтому такой файл обычно обрезан или относится к другому документу)
help-treaty-import-dry_run = Проверить файл и показать, что изменится, ничего не записывая
help-treaty-export = Записать текущий статус документа в CSV Palermo (пригоден для повторного импорта)
help-treaty-export-instrument = untoc, tip, som или firearms

## palermo mse
help-mse-file = Таблица историй поимки или файл записей (CSV); `-` — стандартный ввод
help-mse-method = Метод выбора модели
help-mse-method-stepwise = Пошаговое правило SparseMSE: добавлять пару с наименьшим p-значением Пуассона, пока оно ниже --threshold
help-mse-method-aic = Прямой пошаговый AIC
help-mse-method-bic = Наименьший BIC среди всех иерархических моделей порядка 2 (k ≤ 6)
help-mse-method-main = Только главные эффекты (независимые списки)
help-mse-method-fixed = Взаимодействия, заданные через --terms
help-mse-terms = Взаимодействия для --method fixed, например `A:B,C:D` (имена списков из заголовка)
help-mse-threshold = Порог p-значения пошагового правила
help-mse-bootstrap = Бутстрэп BCa с этим числом повторений (выбор модели повторяется в каждом)
help-mse-seed = Начальное значение бутстрэпа (при одном значении результаты воспроизводимы)
help-mse-level = Уровень покрытия интервалов
help-mse-no_profile = Не вычислять интервал профильного правдоподобия
help-mse-time_limit = Остановиться с ошибкой через столько секунд (по умолчанию: без ограничения). Складной нож бутстрэпа повторяет выбор модели для каждой наблюдённой истории, что долго при многих списках
help-mse-format = Формат вывода
help-mse-format-table = Отчёт для чтения
help-mse-format-json = Один объект JSON (estimate, observed, terms, empty_overlaps, intervals, models, …)

## palermo db
help-db-status = Движок, версия схемы и ожидающие миграции (в базу данных ничего не записывается)
help-db-migrate = Применяет ожидающие миграции (это делает и любая команда при открытии)
help-db-backup = Записывает согласованную копию базы SQLite в FILE (в работе: `VACUUM INTO`). Для PostgreSQL объясняет, как это делает `pg_dump`
help-db-backup-file = Файл резервной копии (не должен существовать; создаётся доступным для чтения только владельцу)
help-db-copy = Копирует все таблицы в пустую базу любого из двух движков (переход с SQLite на PostgreSQL) с проверкой каждой таблицы по числу строк и контрольной сумме содержимого; целевая база сначала мигрирует и остаётся пустой при любом расхождении
help-db-copy-to = Цель: новый файл SQLite или `postgres://…` пустой базы (или `PALERMO_COPY_TO`, чтобы пароль не попал в командную строку)

## palermo audit
help-audit-verify = Проверить цепочку хешей журнала аудита: выводит его длину и последний хеш (запишите их вне базы данных, чтобы сравнить позже) или называет первую запись, которая не сходится, и завершается с кодом 1
help-audit-export = Записать журнал аудита (как он хранится, с хешами) в CSV на стандартный вывод или в --output
help-audit-export-format = Формат вывода (csv)
help-audit-export-format-csv = Значения, разделённые запятыми (RFC 4180)
help-audit-export-output = Записать в этот файл вместо стандартного вывода (создаётся с правами 0600)

## palermo user
help-user-add = Создать учётную запись. С --password-stdin пароль читается из первой строки стандартного ввода; иначе он генерируется и выводится один раз (хранится только его хеш Argon2id)
help-user-add-email = Адрес электронной почты (имя для входа; уникальный, сравнивается в нижнем регистре)
help-user-add-name = Отображаемое имя
help-user-add-role = public, data-provider, national-focal-point, reviewer, analyst или administrator
help-user-add-org = Организация, от имени которой действует учётная запись: state:ISO3, un:ИМЯ, icat:ИМЯ или agency:ИМЯ (обязательна для поставщиков данных, национальных координаторов и рецензентов)
help-user-add-reviews = Для рецензента: государства, ответы которых он читает (коды ISO 3166-1 alpha-3 через запятую)
help-user-add-password_stdin = Читать пароль из стандартного ввода вместо его генерации
help-user-list = Список учётных записей (без секретов)
help-user-disable = Отключить учётную запись: её сеансы завершаются, а её токены отзываются
help-user-disable-user = Идентификатор или адрес электронной почты учётной записи
help-user-reset-password = Задать новый пароль (из стандартного ввода с --password-stdin, иначе генерируется и выводится один раз); завершает сеансы учётной записи и снимает блокировку
help-user-reset-password-user = Идентификатор или адрес электронной почты учётной записи
help-user-reset-password-password_stdin = Читать пароль из стандартного ввода вместо его генерации
help-user-reset-password-remove_totp = Также удалить второй фактор TOTP учётной записи (утерянное устройство): она зарегистрирует его заново при следующем входе

## palermo token
help-token-create = Создать токен API для учётной записи, выводится один раз (хранится только его SHA-256). Скрипты передают его как `Authorization: Bearer TOKEN`
help-token-create-user = Идентификатор или адрес электронной почты учётной записи
help-token-create-name = Имя, по которому его можно узнать
help-token-create-scope = read (по умолчанию) или read-write
help-token-list = Список токенов (никогда не их секреты)
help-token-revoke = Отозвать токен: он сразу перестаёт действовать
help-token-revoke-id = Идентификатор токена (из `token list`)

## palermo linkage
help-linkage-encode = Закодировать CSV с идентификаторами в CLK (совместимо с clkhash 0.18)
    .long =
        Закодировать CSV с идентификаторами в CLK (совместимо с clkhash 0.18).

        Выполняется без сети на машине держателя данных. Заголовок CSV должен называть признаки схемы по порядку. Записывает JSON clkhash ({"{"}"clks": [base64, …]{"}"}), один CLK на запись в порядке файла.
help-linkage-encode-identifiers = Идентификаторы: CSV со строкой заголовка, соответствующей признакам схемы
help-linkage-encode-schema = Схема связывания (JSON clkhash, версия 1, 2 или 3)
help-linkage-encode-secret_file = Файл с общим секретом (не менее 16 байт; один завершающий перевод строки игнорируется). Никогда не выводится
help-linkage-encode-output = Выходной файл для CLK
help-linkage-encode-no_validate = Не проверять значения по форматам схемы (--no-validate в clkhash)
help-linkage-encode-threads = Рабочие потоки (по умолчанию: все ядра)
help-linkage-encode-quiet = Без индикатора выполнения
help-linkage-match = Сопоставить файлы CLK: пары-кандидаты по коэффициенту Дайса, жадное взаимно однозначное сопоставление, кластеры по k спискам
    .long =
        Сопоставить файлы CLK: пары-кандидаты по коэффициенту Дайса, жадное взаимно однозначное сопоставление, кластеры по k спискам.

        Записывает одну строку CSV на сопоставленную пару (file_a, index_a, file_b, index_b, similarity; позиции записей с 0) и, с --capture-histories, таблицу, которую читает `palermo mse`.
help-linkage-match-clks = Файлы CLK, по одному на список (JSON clkhash). Два или больше
help-linkage-match-threshold = Коэффициент Дайса, нужный паре, чтобы стать кандидатом (0 < T ≤ 1)
help-linkage-match-names = Названия списков через запятую (по умолчанию: имена файлов без расширения). Используются как имена столбцов историй поимок
help-linkage-match-solver = Решатель: `greedy` (greedy_solve из anonlink) или `probabilistic` (probabilistic_greedy_solve из anonlink с --merge-threshold)
help-linkage-match-merge_threshold = Доля пар между двумя кластерами, которые должны быть кандидатами, чтобы кластеры объединились (только вероятностный решатель)
help-linkage-match-blocking = Порождение кандидатов: `none` (точно: каждая пара в пределах границы popcount) или `lsh` (выборка битов LSH по Хэммингу: быстрее на больших списках, пропускает некоторые пары)
help-linkage-match-lsh_tables = LSH: число хеш-таблиц
help-linkage-match-lsh_bits = LSH: число битов, выбираемых на таблицу
help-linkage-match-lsh_seed = LSH: начальное значение выбираемых позиций
help-linkage-match-threads = Рабочие потоки (по умолчанию: все ядра)
help-linkage-match-kernel = Ядро popcount: auto, avx512, avx2, popcnt или portable
help-linkage-match-output = CSV сопоставленных пар (по умолчанию: стандартный вывод)
help-linkage-match-capture_histories = Также записать сюда истории поимок во входном формате `palermo mse`
help-linkage-report = Число пересечений для каждой пары списков и гистограмма сходства, чтобы выбрать порог
help-linkage-report-clks = Файлы CLK, по одному на список (JSON clkhash). Два или больше
help-linkage-report-threshold = Коэффициент Дайса, нужный паре, чтобы стать кандидатом (0 < T ≤ 1)
help-linkage-report-names = Названия списков через запятую (по умолчанию: имена файлов без расширения). Используются как имена столбцов историй поимок
help-linkage-report-solver = Решатель: `greedy` (greedy_solve из anonlink) или `probabilistic` (probabilistic_greedy_solve из anonlink с --merge-threshold)
help-linkage-report-merge_threshold = Доля пар между двумя кластерами, которые должны быть кандидатами, чтобы кластеры объединились (только вероятностный решатель)
help-linkage-report-blocking = Порождение кандидатов: `none` (точно: каждая пара в пределах границы popcount) или `lsh` (выборка битов LSH по Хэммингу: быстрее на больших списках, пропускает некоторые пары)
help-linkage-report-lsh_tables = LSH: число хеш-таблиц
help-linkage-report-lsh_bits = LSH: число битов, выбираемых на таблицу
help-linkage-report-lsh_seed = LSH: начальное значение выбираемых позиций
help-linkage-report-threads = Рабочие потоки (по умолчанию: все ядра)
help-linkage-report-kernel = Ядро popcount: auto, avx512, avx2, popcnt или portable
help-linkage-report-bins = Интервалы гистограммы на [0, 1]
help-linkage-report-floor = Нижняя граница гистограммы: пары ниже неё считаются, но не распределяются по интервалам (0 распределяет каждую пару; более высокая граница позволяет границе popcount пропускать работу)

## palermo cases
help-cases-import = Импортировать дела жертв из файла одного ведомства в одной транзакции
    .long =
        Импортировать дела жертв из файла одного ведомства в одной транзакции.

        Каждая строка проверяется; верные строки сохраняются, отклонённые попадают в отчёт (имя FILE + `.rejected.csv` или --report) со строкой, полем и причиной. Повторный импорт того же --source заменяет его дела, но никогда не сокращает их молча: повторный импорт, отклоняющий более 1 % строк или сохраняющий меньше половины хранимых дел, без --force отклоняется. Код выхода как у `stats import` (0 — всё сохранено, 3 — строки отклонены, 1 — ничего не импортировано). Файлы со столбцом, идентифицирующим человека (имена, даты рождения, номера документов, контактные данные, адреса, координаты), отклоняются целиком.
help-cases-import-file = Файл (UTF-8)
help-cases-import-source = Название ведомства или набора данных (повторный импорт источника заменяет его)
help-cases-import-format = Структура FILE
help-cases-import-format-ctdc = Микроданные CTDC: структура Global Synthetic Dataset 2024 (запятая) или прежнего k-анонимизированного Global Dataset (точка с запятой), по именам столбцов
help-cases-import-format-htcds-csv = Поля HTCDS 2.0 как столбцы CSV (`prs_Gender`, `vic_TypeOfExploitation` …)
help-cases-import-format-htcds-json = Поля HTCDS 2.0 как массив объектов JSON или JSON Lines
help-cases-import-strict = Отклонить весь файл при первой неверной строке
help-cases-import-force = Заменить источник, даже если отклонено более 1 % строк или в новой версии меньше половины хранимых дел (иначе отказ)
help-cases-import-report = Куда записать отклонённые строки (CSV)
help-cases-indicators = Число жертв по делам, для держателя данных на файле базы данных: точные числа, ячейки ниже k скрыты (и достаточно других, чтобы ни одну нельзя было восстановить из итога). Те же фильтры, что у `stats indicators`, для сравнения с национальной статистикой. Никогда не публикуйте их: публика получает выпуски (`cases release create`)
help-cases-indicators-from = Первый год (включительно): четыре цифры, от 1900 до 2100
help-cases-indicators-to = Последний год (включительно): четыре цифры, от 1900 до 2100
help-cases-indicators-country = Страна: код ISO 3166-1 alpha-3, например MDA (название отклоняется с указанием кода)
help-cases-indicators-region = Регион или субрегион УНП ООН ("Europe", "Sub-Saharan Africa")
help-cases-indicators-sex = Пол: female, male, other, unknown (по умолчанию: все)
help-cases-indicators-age = Возрастная группа: child (0-17), adult (18+), unknown (по умолчанию: все)
help-cases-indicators-form = Форма эксплуатации: sexual, forced-labour, other
help-cases-indicators-by = Группировать по: year, sex, age, form, country, citizenship, region (через запятую для нескольких)
help-cases-indicators-format = Формат вывода
help-cases-indicators-format-table = Выровненные столбцы для чтения
help-cases-indicators-format-csv = CSV со строкой заголовка
help-cases-indicators-format-json = Массив строк JSON
help-cases-indicators-source = Только дела этого источника
help-cases-indicators-k = Порог малых ячеек k (не менее 3)
help-cases-sources = Хранимые источники
help-cases-release = Выпуски: единственная публичная форма таблиц дел жертв (create, list, withdraw)
help-cases-release-create = Сделать выпуск: вычислить сейчас публичные одномерные таблицы (итог; по году, полу, возрасту, форме, стране, гражданству) по всем объединённым делам, защитить их и сохранить неизменными. Затем их отдают веб и API; импорт ничего публичного не меняет до следующего выпуска
help-cases-release-create-method = cell-key (по умолчанию) или dp
help-cases-release-create-method-cell-key = Подавление малых ячеек и шум по ключу ячейки (±2), одинаковый для одних и тех же дел
help-cases-release-create-method-dp = Дифференциальная приватность (дискретный Лаплас OpenDP) с --epsilon, списывается с бюджета приватности каждого источника
help-cases-release-create-epsilon = Потеря приватности выпуска --method dp (положительное число, например 0.5, 1 или 2), списывается с бюджета каждого источника
help-cases-release-create-note = Примечание для читателей (показывается с выпуском)
help-cases-release-list = Список выпусков, сначала новые
help-cases-release-withdraw = Отозвать выпуск: он больше не отдаётся (его ε остаётся израсходованным)
help-cases-release-withdraw-id = Номер выпуска
help-cases-budget = Бюджет приватности, который расходуют дифференциально приватные выпуски
help-cases-budget-set = Задать бюджет приватности (общий ε на все выпуски) источника или каждого хранимого источника
help-cases-budget-set-epsilon = Общий ε (положительное число)
help-cases-budget-set-source = Только этот источник
help-cases-budget-show = Показать бюджет каждого источника, израсходованный и оставшийся ε
help-cases-export = Записать исходные дела (одна строка на жертву) в CSV на стандартный вывод. Данные уровня записей: только для держателя данных на его собственном файле базы данных; никогда не публикуйте их (используйте `cases indicators`, который защищает малые ячейки)
help-cases-export-source = Только дела этого источника

## palermo stats
help-stats-import = Импортировать национальную статистику (данные по странам GLOTIP УНП ООН) в одной транзакции
    .long =
        Импортировать национальную статистику (данные по странам GLOTIP УНП ООН) в одной транзакции.

        Каждая строка проверяется; верные строки сохраняются, отклонённые записываются со строкой, полем и причиной в отчёт (имя FILE + `.rejected.csv` в рабочем каталоге или --report). Повторный импорт набора данных заменяет его (без дубликатов), но никогда не сокращает его молча: повторный импорт, отклоняющий более 1 % строк или сохраняющий меньше половины хранимых строк, без --force отклоняется. Ключи, опубликованные более одного раза, сохраняются все и перечисляются как конфликты.

        Код выхода: 0, если сохранены все строки; 3, если строки отклонены (остальные сохранены; см. отчёт); 1, если ничего не импортировано.
help-stats-import-file = Файл (CSV, UTF-8)
help-stats-import-format = Структура FILE (по умолчанию: glotip-xlsx для файла `.xlsx`, иначе glotip-csv)
help-stats-import-format-glotip-csv = CSV портала данных GLOTIP УНП ООН (13 столбцов, `txtVALUE` с "<5")
help-stats-import-format-glotip-xlsx = Книга Excel портала данных (`data_glotip.xlsx`): первый лист, те же столбцы, что в CSV; строки нумеруются как на листе
help-stats-import-dataset = Название набора данных (повторный импорт названия заменяет его; встроенная таблица — `glotip`)
help-stats-import-force = Заменить набор данных, даже если отклонено более 1 % строк или в новой версии меньше половины хранимых строк (иначе отказ)
help-stats-import-report = Куда записать отклонённые строки и предупреждения (CSV)
help-stats-import-as_of = Дата данных (ГГГГ-ММ-ДД: публикация или последнее обновление источника), хранится с набором данных и показывается с его цифрами
help-stats-indicators = Выявленные жертвы, уголовные преследования, осуждения …: итоги с охватом, цензурированными диапазонами и показателями на 100 000
    .long =
        Выявленные жертвы, уголовные преследования, осуждения …: итоги с охватом, цензурированными диапазонами и показателями на 100 000.

        Итоги складывают одну ячейку на страну и год; ячейки "<5" считаются как 1–4, поэтому итоги являются диапазонами, когда такая ячейка входит в них (JSON: "censored": true с "value_min" и "value_max", "value" null). Отсутствующие данные — не ноль: каждая строка перечисляет страны и годы, которые она охватывает. Региональные агрегаты УНП ООН не суммируются.
help-stats-indicators-dataset = Только этот набор данных (по умолчанию: все; встроенный — `glotip`)
help-stats-export = Экспортировать выявленных жертв для глобальной базы данных ЦУР ООН (показатель 16.2.2) в SDMX-CSV 1.0: поток данных IAEG-SDGs:DF_SDG_GLH, измерения DSD ЦУР по порядку, ряды VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP и их ряды на 100 000 (оканчиваются на R), коды районов M49, коды SEX и AGE из кодовых списков ЦУР
    .long =
        Экспортировать выявленных жертв для глобальной базы данных ЦУР ООН (показатель 16.2.2) в SDMX-CSV 1.0: поток данных IAEG-SDGs:DF_SDG_GLH, измерения DSD ЦУР по порядку, ряды VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP и их ряды на 100 000 (оканчиваются на R), коды районов M49, коды SEX и AGE из кодовых списков ЦУР.

        У ячейки "<5" пустое OBS_VALUE и OBS_STATUS Q (скрыто). Только опубликованная статистика.
help-stats-export-format = Формат вывода
help-stats-export-format-sdmx-csv = SDMX-CSV 1.0 для глобальной базы данных ЦУР (поток данных IAEG-SDGs:DF_SDG_GLH)
help-stats-export-output = Записать в FILE вместо стандартного вывода
help-stats-export-country = Страна: код ISO 3166-1 alpha-3, например MDA
help-stats-export-dataset = Только этот набор данных (по умолчанию: все; встроенный — `glotip`)
help-stats-conflicts = Ключи, опубликованные более одного раза, с их строками источника и значениями
help-stats-conflicts-dataset = Набор данных
help-stats-indicators-from = Первый год (включительно): четыре цифры, от 1900 до 2100
help-stats-indicators-to = Последний год (включительно): четыре цифры, от 1900 до 2100
help-stats-indicators-country = Страна: код ISO 3166-1 alpha-3, например MDA (название отклоняется с указанием кода)
help-stats-indicators-region = Регион или субрегион УНП ООН ("Europe", "Sub-Saharan Africa")
help-stats-indicators-sex = Пол: female, male, other, unknown (по умолчанию: все)
help-stats-indicators-age = Возрастная группа: child (0-17), adult (18+), unknown (по умолчанию: все)
help-stats-indicators-form = Форма эксплуатации: sexual, forced-labour, other
help-stats-indicators-by = Группировать по: year, sex, age, form, country, citizenship, region (через запятую для нескольких)
help-stats-indicators-format = Формат вывода
help-stats-indicators-format-table = Выровненные столбцы для чтения
help-stats-indicators-format-csv = CSV со строкой заголовка
help-stats-indicators-format-json = Массив строк JSON
help-stats-export-from = Первый год (включительно): четыре цифры, от 1900 до 2100
help-stats-export-to = Последний год (включительно): четыре цифры, от 1900 до 2100
help-stats-import-strict = Отклонить весь файл при первой неверной строке
help-stats-indicators-indicator = detected-victims (выявленные жертвы; по умолчанию), prosecuted, convicted, formal-contact, offences
