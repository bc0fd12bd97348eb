### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

site-name = Palermo
skip-to-content = Перейти к содержанию
nav-main = Основная навигация
language-switcher = Язык
signed-in-as = Вы вошли как { $name }
data-as-of = Данные по состоянию на { $date }.
footer-sources = Статус договоров: Собрание договоров ООН, глава XVIII (таблицы статуса). Страны: ISO 3166-1 и M49 ООН. Население: Всемирный банк, SP.POP.TOTL. На каждой странице указана дата показанных данных.
footer-licence = Palermo — программное обеспечение с открытым исходным кодом (MIT OR Apache-2.0).
records-count =
    { $count ->
        [one] { $count } запись
        [few] { $count } записи
        [many] { $count } записей
       *[other] { $count } записи
    }
signed-in-as-of = Вы вошли как { $name } ({ $organisation })
nav-dashboard = Обзор
nav-convention = Конвенция
nav-tip = Протокол о торговле людьми
nav-som = Протокол о незаконном ввозе мигрантов
nav-firearms = Протокол об огнестрельном оружии
nav-countries = Страны
nav-data = Данные о торговле людьми
nav-mse = Оценка скрытого числа жертв
nav-api = API
show = Показать
yes = да
no = нет
no-data = нет данных
date-unknown = неизвестно
as-at = по состоянию на { $date }
status-as-at = Статус по состоянию на { $date }.
download-csv = Скачать в формате CSV
col-year = Год
col-date = Дата
col-country = Страна
col-region = Регион
col-instrument = Документ
col-participant = Участник
col-kind = Вид
col-signature = Подписание
col-consent = Согласие на обязательность
col-status = Статус
col-status-as-at = Статус на дату
col-un-member = Государство — член ООН
source-glotip = Источник: ЮНОДК, Глобальный доклад о торговле людьми (портал данных, { $date }).
chart-table-summary = Таблица показателей
chart-note = Примечание
map-not-in-selection = вне выборки
map-no-data-key = нет данных (не ноль)
map-col-figure = Показатель
map-col-class = Класс
map-table-caption = { $title }: стран с показателем — { $count } (остальные: нет данных)
