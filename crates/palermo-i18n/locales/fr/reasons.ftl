### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).
### The library crates' typed reasons (palermo_web::reasons).

## The audit chain (palermo_access::audit::ChainBreak)
reason-audit-gap = des entrées la précédant manquent (une lacune dans la séquence)
reason-audit-out-of-order = son numéro de séquence se répète ou recule
reason-audit-previous-hash = elle ne porte pas l’empreinte de l’entrée précédente (une entrée antérieure a été modifiée, supprimée ou insérée)
reason-audit-content = son contenu ne correspond pas à son empreinte (elle a été modifiée)
