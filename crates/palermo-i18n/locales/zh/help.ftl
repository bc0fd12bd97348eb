### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## clap 的框架
help-heading-usage = 用法
help-heading-commands = 命令
help-heading-arguments = 参数
help-heading-options = 选项
help-usage-options = [选项]
help-usage-command = <命令>
help-usage-command-optional = [命令]
help-note-env = [环境变量：{ $name }]
help-note-default = [默认：{ $value }]
help-note-possible-values = [可选值：{ $values }]
help-note-possible-values-heading = 可选值：
help-flag-help = 显示帮助
    .summary-more = 显示帮助（用“--help”查看更多）
    .long-summary = 显示帮助（用“-h”查看摘要）
help-flag-version = 显示版本
help-cmd-help = 显示本消息或所给子命令的帮助
help-cmd-help-subcommand = 显示子命令的帮助

## clap 的拒绝
help-error-lang = 应为 ar、zh、en、fr、ru 或 es（联合国六种语言）
help-error-invalid-value = { $arg } 的值无效（可选值：{ $values }）
help-error-value-validation = { $arg } 的值无效：{ $reason }
help-error-unknown-argument = 意外的参数 { $arg }
help-error-invalid-subcommand = 无法识别的子命令 { $arg }
help-error-no-equals = { $arg } 的值须写在等号（=）之后
help-error-too-many-values = { $arg } 的值过多
help-error-wrong-number = { $arg } 的值个数不对
help-error-argument-conflict = { $arg } 不能与 { $other } 同时使用
help-error-missing-required = 缺少必需的参数：{ $arg }
help-error-missing-subcommand = 需要一个子命令
help-error-invalid-utf8 = 有参数不是有效的 UTF-8
help-error-other = 无法读取命令行
help-error-more = 了解更多信息，请尝试“--help”。

## palermo
help-palermo = Palermo：条约状况、贩运统计、记录关联和多系统估计，用于打击贩运人口
    .long =
        Palermo：条约状况、贩运统计、记录关联和多系统估计，用于打击贩运人口。

        所有命令使用同一个数据库：工作目录中的 SQLite 文件 `palermo.db`，除非 `--db` 或 `PALERMO_DB` 指定另一个文件（`路径` 或 `sqlite:路径`）或一个 PostgreSQL 数据库（`postgres://用户:密码@主机:端口/数据库`）。首个打开新数据库的命令会创建该数据库、执行迁移并载入随附的参考数据。
help-arg-db = 数据库：SQLite 文件（`路径` 或 `sqlite:路径`，首次使用时创建、迁移并载入数据）或 `postgres://用户:密码@主机:端口/数据库`（首次使用时迁移并载入数据）。含密码的 URL 宜用 `PALERMO_DB`：命令行对其他用户可见
help-arg-lang = 消息和本帮助的语言：ar、zh、en、fr、ru 或 es（默认：POSIX 区域设置 LC_ALL、LC_MESSAGES 或 LANG，如其指明六种之一；否则为英文）
help-serve = 提供网络平台和 JSON API（默认 http://127.0.0.1:8080）
help-serve-addr = 监听地址
help-treaty = 条约跟踪：公约及其议定书的状况
help-stats = 国家统计（联合国毒品和犯罪问题办公室 GLOTIP）：导入、指标、冲突
help-cases = 被害人案件记录（HTCDS / CTDC）：导入、受保护的指标
help-mse = 多系统估计：根据名单之间的重叠估计被害人的隐藏人数
help-linkage = 保护隐私的记录关联，使用 CLK（布隆过滤器）
help-db = 数据库：状态、迁移、备份
help-user = 账户：添加、列出、停用、重置密码（第一个管理员在此创建；没有默认密码）
help-token = 供脚本使用的 API 令牌：创建（只显示一次）、列出、吊销
help-audit = 审计跟踪：验证其哈希链，导出为 CSV
