### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

admin-accounts = 账户
admin-accounts-help = 新账户在服务器上通过以下命令创建：
admin-col-state = 状态
admin-state-active = 有效
admin-state-locked = 已锁定
admin-state-disabled = 已停用
admin-disable = 停用
admin-audit-trail = 审计记录
admin-audit-download = 下载全部审计记录（CSV，含哈希值）
admin-audit-caption = 最近的 { $count } 条记录，最新的在前
admin-col-when = 时间
admin-col-who = 操作者
admin-col-what = 操作
admin-col-on = 对象
admin-col-from = 来源
admin-chain-intact = 链完整：共 { $entries } 条记录，最后一条的哈希值为 { $hash }。
admin-chain-broken = 链在第 { $seq } 条记录处断裂：{ $reason }。
admin-chain-truncated = 链在第 { $seq } 条记录之后断裂：曾记录 { $recorded } 条（末尾的记录被删除）。
admin-not-yourself = 不能在此停用您自己的账户（请使用 palermo user disable）。
admin-no-such-account = 没有此编号的有效账户。
