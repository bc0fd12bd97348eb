### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

instrument-untoc = Конвенция против организованной преступности (UNTOC)
instrument-tip = Протокол о торговле людьми
instrument-som = Протокол о незаконном ввозе мигрантов
instrument-firearms = Протокол об огнестрельном оружии
consent-ratification = ратификация
consent-acceptance = принятие
consent-approval = утверждение
consent-accession = присоединение
consent-succession = правопреемство
consent-formal-confirmation = официальное подтверждение
regional-organisation = Региональная организация
parties-word =
    { $count ->
        [one] участник
        [few] участника
       *[many] участников
    }
parties-count =
    { $count ->
        [one] { $count } участник
        [few] { $count } участника
       *[many] { $count } участников
    }
mark-party = участник
mark-signatory = подписавшее государство
mark-none = —

home-title = Конвенция против транснациональной организованной преступности и протоколы к ней
home-lead = Кто подписал, ратифицировал или присоединился, а кто ещё нет. Генеральная Ассамблея и Комиссия по предупреждению преступности и уголовному правосудию предлагают государствам-членам, которые ещё не сделали этого, ратифицировать Конвенцию и протоколы к ней или присоединиться к ним.
home-parties-per-instrument = Участники каждого документа
home-card-members = { $parties } из { $members } государств — членов ООН ({ $percent });
home-card-signatories = подписавших государств: { $signatories }, из них ещё не участники: { $not_party }.
home-card-meter = { $parties } из { $members } государств — членов ООН являются участниками
home-recent = Последние новые участники в показанном статусе
home-recent-caption = Последние согласия на обязательность в показанных выгрузках, по всем документам (статус на указанные выше даты; более поздние согласия в эти выгрузки не вошли).

notice-title = Этот статус договоров устарел
notice-snapshot-as-at = показан статус по выгрузке на
notice-years-old =
    ({ $years ->
        [one] { $years } год назад
        [few] { $years } года назад
       *[many] { $years } лет назад
    })
notice-newest-count = Последние известные официальные данные:
notice-newest-rest = и подписавших государств: { $signatories }, на { $date }
notice-untc-page-of-that-date = страница Собрания договоров ООН на эту дату
notice-current-status = Текущий статус:
notice-at-untc = { $instrument } в Собрании договоров ООН
notice-how-to-load = Чтобы показать более новый статус, скачайте таблицу статуса из Собрания договоров ООН и загрузите её:

instrument-adopted = Принят
instrument-entry-into-force = Вступление в силу
instrument-unts = Серия договоров ООН
instrument-unts-ref = т. { $volume }, № { $number }
instrument-depositary = Ссылка депозитария
instrument-mtdsg = MTDSG, глава XVIII, { $number }
instrument-status-at-untc = статус в Собрании договоров ООН
instrument-status-shown = Показанный статус
instrument-asked-beyond = (вы запросили { $asked }, но последние данные — на { $latest }: более поздние действия неизвестны)
instrument-source = Источник
instrument-latest-snapshot = (последняя выгрузка: { $date })
instrument-status-on-date = Статус на дату
instrument-counts = подписавших государств: { $signatories } (ещё не участники: { $not_party }),
instrument-members-then = { $parties } из { $members } государств — членов ООН на эту дату.
instrument-parties-by-year = Участники по годам
instrument-participants = Участники
instrument-participants-caption = Участников на { $date }: { $count }. Выберите заголовок столбца для сортировки.
instrument-not-party-title = Государства — члены ООН, ещё не являющиеся участниками ({ $count }, на { $date })
instrument-not-party-lead = По регионам ООН. Государства с пометкой «подписано» подписали, но ещё не ратифицировали.
instrument-signed-mark = (подписано)
chart-parties-title = Участники: { $instrument }, по годам (нарастающим итогом)
chart-parties-desc = Число участников на конец каждого года (нарастающим итогом) по датам ратификации, принятия, утверждения, присоединения или правопреемства.
chart-parties-tip = { $year }: участников — { $total } (новых — { $new })
chart-parties-unit = участники

countries-title = Страны и территории
countries-lead = Статус по каждому документу на дату в заголовке столбца: «участник», «подписавшее государство» (подписало, ещё не участник) или «—» (никаких действий).
countries-caption = Стран и территорий: { $count } (ISO 3166-1).
countries-as-at = (на { $date })

country-codes = Коды
country-population = Население
country-population-value = { $population } ({ $year }, Всемирный банк)
country-population-none = нет данных Всемирного банка
country-status-title = Статус по Конвенции и протоколам к ней
country-status-caption = Статус по каждому документу на дату его последней выгрузки (Собрание договоров ООН).
country-party-since = Участник с { $date } ({ $kind })
country-signatory-since = Подписало { $date }, ещё не участник
country-neither = Не участник и не подписавшее государство
country-statistics-title = Статистика торговли людьми
country-conflicts = Значений, опубликованных более одного раза с разными цифрами: { $count }; на графике показан их диапазон
country-conflicts-link = расхождения
country-all-figures = Все показатели по этой стране
instrument-adopted-by = резолюция { $resolution } Генеральной Ассамблеи
