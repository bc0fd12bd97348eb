### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## 每个命令都会显示的内容
cli-error = 错误：{ $message }
cli-warning = 警告：{ $message }
cli-left-out = …（另有 { $bytes } 字节被省略）
cli-audit-failed = 在审计记录中登记 { $action }（登记之前不显示任何结果）
cli-opening-database = 正在打开数据库 { $url }
cli-starting-runtime = 正在启动异步运行环境
cli-opening-file = 正在打开 { $file }
cli-dry-run = 试运行：未写入任何内容。

## 文书
cli-instrument-untoc = 有组织犯罪公约（UNTOC）
cli-instrument-tip = 贩运人口议定书
cli-instrument-som = 偷运移民议定书
cli-instrument-firearms = 枪支议定书

## palermo treaty
cli-treaty-not-a-date = { $value } 不是 YYYY-MM-DD 格式的日期
cli-treaty-unknown-region = 未知区域 { $region }：应为 Africa、Americas、Asia、Europe 或 Oceania
cli-treaty-status-as-at = { $instrument }：截至 { $date } 的状况
cli-treaty-status-as-at-after = { $instrument }：截至 { $date } 的状况（此后无数据；所查询日期为 { $asked }）
cli-treaty-status-as-at-on = { $instrument }：截至 { $date } 的状况，按 { $asked } 的情况显示
cli-treaty-not-a-file = { $file }：不是文件（请给出 CSV 格式状况表的路径）
cli-treaty-rejected-errors = { $file } 被拒绝：{ $count } 个错误；未导入任何内容
cli-treaty-rejected = { $file } 被拒绝：{ $reason }；未导入任何内容
cli-treaty-read = { $instrument }：从 { $file } 读取 { $count } 个参与方，截至 { $date } 的状况。
cli-treaty-no-changes = 与现有数据相比没有变化。
cli-treaty-new-signature = 新签署：{ $participant }
cli-treaty-new-party = 新缔约方：{ $participant }（{ $kind }，{ $date }）
cli-treaty-changed = 已变更：{ $participant }
cli-treaty-removed = 不再列出：{ $participant }
cli-treaty-renamed = 已更名：{ $old } → { $new }
cli-treaty-summary = 新签署 { $signatures } 个，新缔约方 { $parties } 个，变更 { $changed } 个，删除 { $removed } 个，更名 { $renamed } 个，未变 { $unchanged } 个。
cli-treaty-nothing-recorded = 未记录任何内容（数据相同）。
cli-treaty-col-participant = 参与方
cli-treaty-col-iso3 = iso3
cli-treaty-col-instrument = 文书
cli-treaty-col-signature = 签署
cli-treaty-col-consent = 同意
cli-treaty-col-kind = 方式
cli-treaty-col-party = 缔约方
cli-yes = 是
cli-no = 否
cli-treaty-rows = { $rows } 行，缔约方 { $parties } 个。

## palermo db
cli-db-backend = 后端：{ $value }
cli-db-database = 数据库：{ $value }
cli-db-schema-version = 模式版本：{ $value }
cli-db-schema-version-none = 模式版本：无（新数据库）
cli-db-binary = 程序版本：{ $value }
cli-db-pending-none = 待执行：无
cli-db-pending = 待执行：{ $count }
cli-db-orphan-cells = 孤立单元格：{ $count }（其数据集未存储的统计单元格；应为 0）
cli-db-reading-schema = 正在读取 { $url } 的模式
cli-db-migrating = 正在迁移 { $url }
cli-db-migrated = { $location }：已执行 { $count } 项迁移；模式版本为 { $version }
cli-db-backup-written = 备份已写入 { $file }
cli-db-pg-dump-found = PATH 中有 pg_dump（{ $path }）
cli-db-pg-dump-missing = PATH 中没有 pg_dump：请安装 PostgreSQL 客户端工具（Debian：postgresql-client）
cli-db-no-backup = 未写入备份：{ $advice }；{ $found }
cli-db-backing-up = 正在备份到 { $file }
cli-db-opening-target = 正在打开目标 { $url }
cli-db-migrating-target = 正在迁移目标 { $url }
cli-db-copying = 正在将 { $source } 复制到 { $target }
cli-db-copied-table = { $table } { $rows } 行  校验和 { $checksum }  （两端相同）
cli-db-copied = 已将 { $source } 复制到 { $target }
cli-stats-read-sum-fits = 按其各行之和读取（该国家和年份的合计只与总和相符）
cli-stats-read-alternatives-fit = 按备选值读取（合计只与单一数值相符）
cli-stats-read-both-fit = 按备选值读取（合计与两种读法都相符）
cli-stats-read-neither-fits = 按备选值读取（合计与两种读法都不相符）
cli-stats-read-unchecked = 按备选值读取（没有可供核对的合计或分类）
cli-stats-readings = 按总和读取：{ $sum }；按备选值读取：{ $alternatives } 个只有备选值相符，{ $both } 个两种读法都相符，{ $neither } 个都不相符，{ $unchecked } 个无可核对。

## palermo mse
cli-mse-reading-stdin = 正在读取标准输入
cli-mse-reading = 正在读取 { $file }
cli-mse-errors = { $file }：{ $count } 个错误（未作任何估计）：
cli-mse-and-more = …… 另有 { $count } 个
cli-mse-terms-need-fixed = --terms 需要 --method fixed
cli-mse-time-limit-bad = --time-limit { $value }：不是秒数
cli-mse-header = { $file }：{ $count } 个名单（{ $lists }），观察到 { $observed } 人
cli-mse-method = 方法：      { $method }
cli-mse-method-stepwise = 逐步（在 p < { $threshold } 时加入泊松 p 值最小的一对）
cli-mse-selected-model = 所选模型：  { $model }
cli-mse-estimate = 估计值：    { $estimate } 人（{ $unobserved } 人从未被观察到）
cli-mse-interval-wald = 对数正态 Wald
cli-mse-interval-bounds = 观察总数，无模型可拟合
cli-mse-interval-bca-seed = BCa 自助法（{ $replicates } 次重复，种子 { $seed }）
cli-mse-empty-overlaps = 空重叠（θ = −∞）：
cli-mse-p-empty = P（偶然为空）= { $p }
cli-mse-models-tried = 尝试的模型（显示 { $tried } 个中的 { $shown } 个）：
cli-mse-col-interactions = 交互项
cli-mse-col-deviance = 偏差
cli-mse-col-estimate = 估计值
cli-mse-col-p-value = p 值
cli-mse-not-fitted = 未拟合：{ $why }
cli-mse-other-methods = 其他方法并列（模型选择主导不确定性）：

## 多个命令共用的拒绝信息
cli-nothing-imported = { $reason }；未导入任何内容
cli-nothing-changed = { $reason }；未作任何更改

## palermo serve
cli-serve-serving = Palermo 正在 http://{ $addr } 提供服务（数据库 { $database }）
cli-serve-serving-on = 在 { $addr } 提供服务

## palermo cases
cli-cases-fewer-than = 少于 { $k }
cli-cases-footer = 总计 { $total }；{ $primary } 个低于 k={ $k } 的单元格被隐去，另有 { $secondary } 个为防止相减推算而隐去。
cli-cases-unknown-region = 未知区域“{ $region }”：应为 Africa、Americas、Asia、Europe、Oceania 或某一次区域
cli-cases-col-victims = 被害人
cli-cases-withheld = 已隐去
cli-cases-export-warning = 以下为 { $count } 行个案级记录；请将其保留在本机（公开数据：palermo cases indicators）
cli-cases-source-rows = 读取 { $read }，存储 { $stored }，拒绝 { $rejected }

## palermo cases release, budget
cli-release-about = 约 { $count } 条记录
cli-release-fewer-than = 少于 { $count } 条记录
cli-release-withdrawn-on = 于 { $date } 撤回
cli-release-epsilon-not-dp = --epsilon 用于 --method dp；未发布任何内容
cli-release-dp-needs-epsilon = --method dp 需要 --epsilon E（例如 1）；未发布任何内容
cli-release-refused = { $reason }；未发布任何内容
cli-release-made = 已生成发布 { $id }：{ $release }
cli-release-served = 网站和 API 现已提供该发布；记录数经四舍五入后公布。
cli-release-none = 尚无发布；请使用 `palermo cases release create` 生成
cli-release-withdrawn = 发布 { $id } 已撤回：{ $release }

## palermo user, token, audit
cli-user-reading-password = 正在从标准输入读取密码
cli-user-password-stdin = 标准输入中的密码
cli-user-no-such-account = 没有此账户（请给出其编号或电子邮件，参见 `palermo user list`）
cli-user-bad-email = --email：应为电子邮件地址（一个“@”，无空格，最多 254 个字符）
cli-user-bad-name = --name：应为 1 至 200 个字符
cli-user-public-role = --role：公众没有账户
cli-user-needs-org = --org：{ $role } 账户代表一个组织（state:ISO3、un:名称、icat:名称或 agency:名称）
cli-user-reviews-not-reviewer = --reviews：只有审议专家审议国家
cli-user-bad-reviews = --reviews：应为以逗号分隔的 ISO 3166-1 alpha-3 代码
cli-user-created = 已创建账户 { $id }（{ $role }）
cli-user-password-once = 密码（只显示一次）：{ $password }
cli-user-enrol-totp = { $role } 账户在首次登录后于 /account 注册 TOTP 第二因素
cli-user-already-disabled = 账户 { $id } 已停用
cli-user-disabled = 已停用账户 { $id }：其会话已结束，其令牌已撤销
cli-user-password-reset = 已为账户 { $id } 设置新密码；其会话已结束
cli-token-bad-name = --name：应为 1 至 100 个字符
cli-token-account-disabled = 账户 { $id } 已停用
cli-token-created = 已为账户 { $account } 创建令牌 { $id }（{ $scope }）
cli-token-once = 令牌（只显示一次）：{ $token }
cli-token-no-live = 没有有效令牌 { $id }（参见 `palermo token list`）
cli-token-revoked = 已撤销令牌 { $id }
cli-audit-intact = 审计记录完整：共 { $entries } 条，最后一条 { $last } 的哈希值为 { $hash }
cli-audit-broken = 审计记录在第 { $seq } 条处断裂：{ $reason }
cli-audit-truncated = 审计记录在第 { $seq } 条之后断裂：链在此结束，但曾记录 { $recorded } 条（末尾的记录被删除）
cli-creating-file = 正在创建 { $file }
