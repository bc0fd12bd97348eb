### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).
### The library crates' typed reasons (palermo_web::reasons).

## The audit chain (palermo_access::audit::ChainBreak)
reason-audit-gap = entries before it are missing (a gap in the sequence)
reason-audit-out-of-order = its sequence number repeats or goes back
reason-audit-previous-hash = it does not carry the previous entry’s hash (an entry before it was changed, removed or inserted)
reason-audit-content = its content does not match its hash (it was changed)
