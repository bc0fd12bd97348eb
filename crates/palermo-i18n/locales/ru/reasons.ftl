### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).
### The library crates' typed reasons (palermo_web::reasons).

## The audit chain (palermo_access::audit::ChainBreak)
reason-audit-gap = отсутствуют предшествующие ей записи (пропуск в последовательности)
reason-audit-out-of-order = ее порядковый номер повторяется или идет назад
reason-audit-previous-hash = она не содержит хеш предыдущей записи (одна из предыдущих записей была изменена, удалена или вставлена)
reason-audit-content = ее содержимое не соответствует ее хешу (она была изменена)
