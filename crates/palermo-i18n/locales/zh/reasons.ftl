### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).
### The library crates' typed reasons (palermo_web::reasons).

## The audit chain (palermo_access::audit::ChainBreak)
reason-audit-gap = 其之前的记录缺失（序列中有空缺）
reason-audit-out-of-order = 其序号重复或倒退
reason-audit-previous-hash = 其未带有上一条记录的哈希值（之前的某条记录被修改、删除或插入）
reason-audit-content = 其内容与其哈希值不符（已被修改）
