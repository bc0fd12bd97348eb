### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

admin-accounts = Учетные записи
admin-accounts-help = Новые учетные записи создаются на сервере командой
admin-col-state = Состояние
admin-state-active = активна
admin-state-locked = заблокирована
admin-state-disabled = отключена
admin-disable = Отключить
admin-audit-trail = Журнал аудита
admin-audit-download = Скачать весь журнал (CSV, с хешами)
admin-audit-caption = Последние записи ({ $count }), сначала новые
admin-col-when = Когда
admin-col-who = Кто
admin-col-what = Что
admin-col-on = Объект
admin-col-from = Откуда
admin-chain-intact = Цепочка цела: записей: { $entries }, хеш последней: { $hash }.
admin-chain-broken = Цепочка нарушена на записи { $seq }: { $reason }.
admin-chain-truncated = Цепочка нарушена после записи { $seq }: было зарегистрировано записей: { $recorded } (записи удалены с ее конца).
admin-not-yourself = Здесь нельзя отключить собственную учетную запись (используйте palermo user disable).
admin-no-such-account = Нет активной учетной записи с этим идентификатором.
