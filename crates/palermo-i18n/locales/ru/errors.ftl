### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

error-not-found = Не найдено
error-bad-request = Неверный запрос
error-too-large = Слишком большой запрос
error-time-limit = Превышен лимит времени
error-busy = Сервер занят
error-too-many-requests = Слишком много запросов
error-internal = Внутренняя ошибка
error-internal-message = На нашей стороне произошла ошибка; она записана в журнал.
error-no-page = По адресу { $path } страницы нет.
error-back-to-dashboard = Вернуться к обзору
error-query-unreadable = строку запроса невозможно прочитать ({ $detail }); укажите каждый параметр один раз и только те, что принимает маршрут (см. /api/v1/openapi.json)
error-no-instrument = Документа { $code } нет.
error-no-country = Страны с кодом { $code } нет.
error-as-of-not-a-date = as_of { $value } — не дата в формате ГГГГ-ММ-ДД
error-unknown-value = неизвестное значение { $name }: { $value }
error-format = неизвестный формат { $value }: json или csv
error-not-a-year = { $name }={ $value } — не год (четыре цифры, например 2019)
error-not-a-number = { $name }={ $value } — не число
error-no-release = выпуска { $id } нет
error-release-withdrawn = выпуск { $id } отозван держателем данных { $date }
error-no-release-yet = ни одного выпуска записей о случаях ещё не опубликовано; держатель данных публикует его командой `palermo cases release create`
error-panel-by-year = panel=balanced требует by=year (панель — это ряд по годам)

## Параметры запроса (palermo_model::query::ParamError).
param-unknown-name = неизвестный параметр { $name }: этот адрес принимает { $expected }
param-unknown-name-suggest = неизвестный параметр { $name }: возможно, имелось в виду { $suggestion }? Этот адрес принимает { $expected }
param-repeated = параметр { $name } указан более одного раза; укажите его один раз
param-unknown-value = неизвестное значение { $name } «{ $value }»: допустимые значения { $expected }
param-country-name = страна «{ $value }» указана названием: укажите её код ISO 3166-1 alpha-3, { $iso3 }
param-unknown-country = неизвестная страна «{ $value }»: укажите код ISO 3166-1 alpha-3, например MDA
param-unknown-region = неизвестный регион «{ $value }»: допустимые значения { $expected } или один из их субрегионов
param-not-a-year = { $name }={ $value } — не год (четыре цифры от 1900 до 2100, например 2019)
param-not-a-number = { $name }={ $value } — не целое число от { $min } до { $max }
