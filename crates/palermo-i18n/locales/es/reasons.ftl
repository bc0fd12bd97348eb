### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).
### The library crates' typed reasons (palermo_web::reasons).

## The audit chain (palermo_access::audit::ChainBreak)
reason-audit-gap = faltan entradas anteriores a ella (un hueco en la secuencia)
reason-audit-out-of-order = su número de secuencia se repite o retrocede
reason-audit-previous-hash = no lleva el hash de la entrada anterior (se modificó, eliminó o insertó una entrada anterior)
reason-audit-content = su contenido no coincide con su hash (fue modificada)
