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
