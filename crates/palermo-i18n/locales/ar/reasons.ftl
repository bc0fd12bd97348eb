### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).
### The library crates' typed reasons (palermo_web::reasons).

## The audit chain (palermo_access::audit::ChainBreak)
reason-audit-gap = قيود سابقة له مفقودة (فجوة في التسلسل)
reason-audit-out-of-order = رقمه التسلسلي مكرر أو متراجع
reason-audit-previous-hash = لا يحمل بصمة القيد السابق (عُدّل قيد سابق أو حُذف أو أُدرج)
reason-audit-content = محتواه لا يطابق بصمته (لقد عُدّل)
