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
    .after =
        输入：CSV（逗号、分号或制表符分隔），每个名单一列 0/1，另有一列 `count`（可省略为零的行，重复行相加，报告会指出哪些）；或每人一行，列为 0/1，不含计数；或两列 `id,list`，每次出现一行。`-` 读取标准输入。

        示例：
          palermo mse UKdat.csv
          palermo mse UKdat.csv --bootstrap 1000 --seed 1234 --format json
          palermo mse UKdat.csv --method fixed --terms LA:NG,PF:NCA
help-linkage = 保护隐私的记录关联，使用 CLK（布隆过滤器）
help-db = 数据库：状态、迁移、备份
help-user = 账户：添加、列出、停用、重置密码（第一个管理员在此创建；没有默认密码）
help-token = 供脚本使用的 API 令牌：创建（只显示一次）、列出、吊销
help-audit = 审计跟踪：验证其哈希链，导出为 CSV

## palermo treaty
help-treaty-status = 谁已签署、批准或加入，谁尚未
    .long =
        谁已签署、批准或加入，谁尚未。

        每个参加方和文书输出一行。JSON 对象的键为 participant、iso3、instrument、signature_date、consent_date、consent_type 和 party；日期为 YYYY-MM-DD 或 null。
help-treaty-status-instrument = 仅此文书：untoc、tip、som 或 firearms（默认：全部四项）
help-treaty-status-not_party = 仅尚未成为缔约方的联合国会员国（包括未采取任何行动者）
help-treaty-status-region = 仅此联合国区域的参加方（Africa、Americas、Asia、Europe、Oceania）
help-treaty-status-as_of = 按行动日期得出的截至此日期（YYYY-MM-DD）的状况
help-treaty-status-format = 输出格式
help-treaty-status-format-table = 对齐的列，便于阅读
help-treaty-status-format-csv = 带标题行的 CSV
help-treaty-status-format-json = JSON 数组，每个参加方一个对象
help-treaty-import = 载入一项文书较新的状况快照（原子、幂等）并输出变化。早于当前数据的快照会被拒绝
    .long =
        载入一项文书较新的状况快照（原子、幂等）并输出变化。早于当前数据的快照会被拒绝。

        FILE 可以是另存为 CSV 的联合国条约集状况表（列 Participant、Signature（签署）以及日期带 a/A/AA/d/c 标记的同意列；名称后的脚注编号会被删除），也可以是 Palermo 的 CSV：participant,iso3,signature_date,consent_date,consent_type，日期为 YYYY-MM-DD。任何无效行都会使整个文件被拒绝，数据库保持不变。
help-treaty-import-file = 状况表（CSV）
help-treaty-import-instrument = untoc、tip、som 或 firearms
help-treaty-import-as_of = 快照的“截至”日期（YYYY-MM-DD）
help-treaty-import-format = FILE 的格式
help-treaty-import-format-auto = 根据标题行判断
help-treaty-import-format-untc = 联合国条约集状况表（Participant、Signature（签署）、Ratification（批准）…）
help-treaty-import-format-palermo = Palermo 的 CSV（participant、iso3、signature_date（签署日期）、consent_date、consent_type）
help-treaty-import-allow_removals = 接受缺少当前数据中某些参加方的快照（默认拒绝：联合国状况表从不删除参加方，因此这样的文件通常是被截断的或属于另一项文书）
help-treaty-import-dry_run = 检查文件并输出将会发生的变化，不写入任何内容
help-treaty-export = 将一项文书的当前状况写成 Palermo 的 CSV（可重新导入）
help-treaty-export-instrument = untoc、tip、som 或 firearms

## palermo mse
help-mse-file = 捕获历史表或记录文件（CSV）；`-` 表示标准输入
help-mse-method = 模型选择方法
help-mse-method-stepwise = SparseMSE 的逐步规则：只要泊松 p 值最小的一对低于 --threshold，就加入该对
help-mse-method-aic = 向前逐步 AIC
help-mse-method-bic = 所有二阶层次模型中 BIC 最低者（k ≤ 6）
help-mse-method-main = 仅主效应（名单相互独立）
help-mse-method-fixed = 由 --terms 给出的交互作用
help-mse-terms = --method fixed 的交互作用，例如 `A:B,C:D`（名单名称取自标题行）
help-mse-threshold = 逐步规则的 p 值阈值
help-mse-bootstrap = 以此重复次数进行 BCa 自助法（每次重复都重新选择模型）
help-mse-seed = 自助法的种子（给定种子时结果可重现）
help-mse-level = 区间的覆盖率
help-mse-no_profile = 跳过剖面似然区间
help-mse-time_limit = 超过此秒数即报错停止（默认：不限）。自助法的刀切法对每个观测到的历史重做一次模型选择，名单多时耗时较长
help-mse-format = 输出格式
help-mse-format-table = 便于阅读的报告
help-mse-format-json = 一个 JSON 对象（estimate、observed、terms、empty_overlaps、intervals、models 等）

## palermo db
help-db-status = 后端、模式版本和待执行的迁移（不向数据库写入任何内容）
help-db-migrate = 执行待执行的迁移（每个命令在打开数据库时也会执行）
help-db-backup = 将 SQLite 数据库的一致副本写入 FILE（在线：`VACUUM INTO`）。对 PostgreSQL，说明 `pg_dump` 如何备份
help-db-backup-file = 备份文件（不得已存在；创建后仅所有者可读）
help-db-copy = 将每个表复制到任一后端的空数据库中（从 SQLite 迁至 PostgreSQL 的方式），逐表按行数和内容校验和核对；目标先执行迁移，如有任何不同则保持为空
help-db-copy-to = 目标：新的 SQLite 文件或空数据库的 `postgres://…`（或用 `PALERMO_COPY_TO`，使密码不出现在命令行上）

## palermo audit
help-audit-verify = 检查审计跟踪的哈希链：输出其长度和最后一个哈希（请在数据库之外记下，以便日后比较），或指出第一个不成立的条目并以 1 退出
help-audit-export = 将审计跟踪（按存储原样，含哈希）以 CSV 写到标准输出或 --output
help-audit-export-format = 输出格式（csv）
help-audit-export-format-csv = 逗号分隔值（RFC 4180）
help-audit-export-output = 写入此文件而非标准输出（以 0600 权限创建）

## palermo user
help-user-add = 创建账户。使用 --password-stdin 时，从标准输入的第一行读取密码；否则生成一个密码并只显示一次（只存储其 Argon2id 哈希）
help-user-add-email = 电子邮件地址（登录名；唯一，按小写比较）
help-user-add-name = 显示名称
help-user-add-role = public、data-provider、national-focal-point、reviewer、analyst 或 administrator
help-user-add-org = 账户代表的组织：state:ISO3、un:名称、icat:名称或 agency:名称（数据提供方、联络人和审阅人必填）
help-user-add-reviews = 审阅人：其阅读答复的国家（ISO 3166-1 alpha-3 代码，以逗号分隔）
help-user-add-password_stdin = 从标准输入读取密码，而不生成密码
help-user-list = 列出账户（不含任何机密）
help-user-disable = 停用账户：其会话结束，其令牌被吊销
help-user-disable-user = 账户的编号或电子邮件
help-user-reset-password = 设置新密码（使用 --password-stdin 时从标准输入读取，否则生成并只显示一次）；结束该账户的会话并解除锁定
help-user-reset-password-user = 账户的编号或电子邮件
help-user-reset-password-password_stdin = 从标准输入读取密码，而不生成密码
help-user-reset-password-remove_totp = 同时删除账户的 TOTP 第二因素（设备丢失）：下次登录时重新注册

## palermo token
help-token-create = 为账户创建 API 令牌，只显示一次（只存储其 SHA-256）。脚本以 `Authorization: Bearer TOKEN` 的形式发送
help-token-create-user = 账户的编号或电子邮件
help-token-create-name = 用于识别它的名称
help-token-create-scope = read（默认）或 read-write
help-token-list = 列出令牌（从不显示其机密）
help-token-revoke = 吊销令牌：立即失效
help-token-revoke-id = 令牌的编号（来自 `token list`）

## palermo linkage
help-linkage-encode = 将标识符 CSV 编码为 CLK（与 clkhash 0.18 兼容）
    .long =
        将标识符 CSV 编码为 CLK（与 clkhash 0.18 兼容）。

        在数据持有者的机器上离线运行。CSV 的表头必须按顺序列出模式的特征。写出 clkhash 的 JSON（{"{"}"clks": [base64, …]{"}"}），按文件顺序每条记录一个 CLK。
help-linkage-encode-identifiers = 标识符：带表头行的 CSV，表头与模式的特征一致
help-linkage-encode-schema = 关联模式（clkhash JSON，版本 1、2 或 3）
help-linkage-encode-secret_file = 存放共享密钥的文件（至少 16 字节；忽略末尾的一个换行符）。从不打印
help-linkage-encode-output = CLK 的输出文件
help-linkage-encode-no_validate = 跳过按模式格式验证值（clkhash 的 --no-validate）
help-linkage-encode-threads = 工作线程数（默认：所有核心）
help-linkage-encode-quiet = 不显示进度条
help-linkage-match = 匹配 CLK 文件：按 Dice 系数产生候选对，贪心一对一匹配，跨 k 个名单聚类
    .long =
        匹配 CLK 文件：按 Dice 系数产生候选对，贪心一对一匹配，跨 k 个名单聚类。

        每个匹配对写一行 CSV（file_a、index_a、file_b、index_b、similarity；记录位置从 0 起），使用 --capture-histories 时还写出 `palermo mse` 读取的表。
help-linkage-match-clks = CLK 文件，每个名单一个（clkhash JSON）。两个或更多
help-linkage-match-threshold = 一对成为候选所需的 Dice 系数（0 < T ≤ 1）
help-linkage-match-names = 名单的名称，以逗号分隔（默认：不含扩展名的文件名）。用作捕获历史的列名
help-linkage-match-solver = 求解器：`greedy`（anonlink 的 greedy_solve）或 `probabilistic`（anonlink 的 probabilistic_greedy_solve，配合 --merge-threshold）
help-linkage-match-merge_threshold = 两个聚类之间须为候选的对所占比例，达到后二者合并（仅限概率求解器）
help-linkage-match-blocking = 候选生成：`none`（精确：popcount 界限内的每一对）或 `lsh`（汉明 LSH 位抽样：大名单上更快，会遗漏一些对）
help-linkage-match-lsh_tables = LSH：哈希表数量
help-linkage-match-lsh_bits = LSH：每个表抽样的位数
help-linkage-match-lsh_seed = LSH：抽样位置的种子
help-linkage-match-threads = 工作线程数（默认：所有核心）
help-linkage-match-kernel = popcount 内核：auto、avx512、avx2、popcnt 或 portable
help-linkage-match-output = 匹配对的 CSV（默认：标准输出）
help-linkage-match-capture_histories = 同时在此写出捕获历史，采用 `palermo mse` 的输入格式
help-linkage-report = 每对名单的重叠计数和相似度直方图，用于选择阈值
help-linkage-report-clks = CLK 文件，每个名单一个（clkhash JSON）。两个或更多
help-linkage-report-threshold = 一对成为候选所需的 Dice 系数（0 < T ≤ 1）
help-linkage-report-names = 名单的名称，以逗号分隔（默认：不含扩展名的文件名）。用作捕获历史的列名
help-linkage-report-solver = 求解器：`greedy`（anonlink 的 greedy_solve）或 `probabilistic`（anonlink 的 probabilistic_greedy_solve，配合 --merge-threshold）
help-linkage-report-merge_threshold = 两个聚类之间须为候选的对所占比例，达到后二者合并（仅限概率求解器）
help-linkage-report-blocking = 候选生成：`none`（精确：popcount 界限内的每一对）或 `lsh`（汉明 LSH 位抽样：大名单上更快，会遗漏一些对）
help-linkage-report-lsh_tables = LSH：哈希表数量
help-linkage-report-lsh_bits = LSH：每个表抽样的位数
help-linkage-report-lsh_seed = LSH：抽样位置的种子
help-linkage-report-threads = 工作线程数（默认：所有核心）
help-linkage-report-kernel = popcount 内核：auto、avx512、avx2、popcnt 或 portable
help-linkage-report-bins = 直方图在 [0, 1] 上的分箱数
help-linkage-report-floor = 直方图下限：低于它的对只计数、不分箱（0 表示每一对都分箱；更高的下限让 popcount 界限省去一些工作）

## palermo cases
help-cases-import = 从一个机构的文件导入被害人案件记录，在一个事务中完成
    .long =
        从一个机构的文件导入被害人案件记录，在一个事务中完成。

        每一行都经过验证；有效的行被存储，被拒绝的行连同行号、字段和原因写入报告（FILE 的名称加 `.rejected.csv`，或 --report）。重新导入同一 --source 会替换其记录，但绝不会悄然减少记录：拒绝超过 1% 的行、或保留不到已存储记录一半的重新导入，没有 --force 时被拒绝。退出状态同 `stats import`（0 全部存储，3 有行被拒绝，1 未导入任何内容）。含有识别个人身份的列（姓名、出生日期、证件号码、联系方式、地址、坐标）的文件被整体拒绝。
help-cases-import-file = 文件（UTF-8）
help-cases-import-source = 机构或数据集的名称（重新导入一个来源会替换它）
help-cases-import-format = FILE 的布局
help-cases-import-format-ctdc = CTDC 微观数据：2024 年 Global Synthetic Dataset 的布局（逗号）或较早的 k-匿名 Global Dataset（分号），按列名识别
help-cases-import-format-htcds-csv = 以 CSV 列表示的 HTCDS 2.0 字段（`prs_Gender`、`vic_TypeOfExploitation` …）
help-cases-import-format-htcds-json = 以 JSON 对象数组或 JSON Lines 表示的 HTCDS 2.0 字段
help-cases-import-strict = 遇到第一行无效数据时拒绝整个文件
help-cases-import-force = 即使超过 1% 的行被拒绝、或新版本不到已存储记录的一半，也替换该来源（否则拒绝）
help-cases-import-report = 被拒绝的行写到何处（CSV）
help-cases-indicators = 来自案件记录的被害人人数，供数据持有者在数据库文件上使用：精确计数，低于 k 的单元格被隐去（并隐去足够多的其他单元格，使任何单元格都无法从总数推算出来）。筛选条件与 `stats indicators` 相同，便于与国家统计并列比较。切勿公布：公众得到的是发布（`cases release create`）
help-cases-indicators-from = 起始年份（含）：四位数字，1900 至 2100
help-cases-indicators-to = 终止年份（含）：四位数字，1900 至 2100
help-cases-indicators-country = 国家：ISO 3166-1 alpha-3 代码，例如 MDA（名称会被拒绝并给出其代码）
help-cases-indicators-region = 联合国毒品和犯罪问题办公室的区域或次区域（"Europe"、"Sub-Saharan Africa"）
help-cases-indicators-sex = 性别：female、male、other、unknown（默认：全部）
help-cases-indicators-age = 年龄组：child（0-17）、adult（18+）、unknown（默认：全部）
help-cases-indicators-form = 剥削形式：sexual、forced-labour、other
help-cases-indicators-by = 分组依据：year、sex、age、form、country、citizenship、region（多个时以逗号分隔）
help-cases-indicators-format = 输出格式
help-cases-indicators-format-table = 对齐的列，便于阅读
help-cases-indicators-format-csv = 带标题行的 CSV
help-cases-indicators-format-json = 由行组成的 JSON 数组
help-cases-indicators-source = 仅此来源的记录
help-cases-indicators-k = 小单元格阈值 k（至少为 3）
help-cases-sources = 已存储的来源
help-cases-release = 发布：案件记录表唯一的公开形式（create、list、withdraw）
help-cases-release-create = 进行一次发布：现在根据所有汇集的案件记录计算公开的一维表（总数；按年份、性别、年龄、形式、国家、国籍），加以保护并冻结存储。随后由网站和 API 提供；在下一次发布之前，导入不会改变任何公开内容
help-cases-release-create-method = cell-key（默认）或 dp
help-cases-release-create-method-cell-key = 小单元格抑制和单元格键噪声（±2），相同记录得到相同结果
help-cases-release-create-method-dp = 差分隐私（OpenDP 的离散拉普拉斯机制），使用 --epsilon，计入每个来源的隐私预算
help-cases-release-create-epsilon = --method dp 发布的隐私损失（正数，例如 0.5、1 或 2），计入每个来源的预算
help-cases-release-create-note = 给读者的说明（随发布显示）
help-cases-release-list = 列出发布，最新的在前
help-cases-release-withdraw = 撤回一次发布：不再提供（其 ε 仍算作已花费）
help-cases-release-withdraw-id = 发布编号
help-cases-budget = 差分隐私发布所花费的隐私预算
help-cases-budget-set = 设置一个来源或每个已存储来源的隐私预算（所有发布的 ε 总量）
help-cases-budget-set-epsilon = ε 总量（正数）
help-cases-budget-set-source = 仅此来源
help-cases-budget-show = 显示每个来源的预算、已花费的 ε 和剩余的 ε
help-cases-export = 将原始案件记录（每名被害人一行）以 CSV 写到标准输出。记录级数据：仅供数据持有者在其自己的数据库文件上使用；切勿公布（请使用 `cases indicators`，它会保护小单元格）
help-cases-export-source = 仅此来源的记录

## palermo stats
help-stats-import = 在一个事务中导入国家统计（联合国毒品和犯罪问题办公室 GLOTIP 国别数据）
    .long =
        在一个事务中导入国家统计（联合国毒品和犯罪问题办公室 GLOTIP 国别数据）。

        每一行都经过验证；有效的行被存储，被拒绝的行连同行号、字段和原因写入报告（工作目录中 FILE 的名称加 `.rejected.csv`，或 --report）。重新导入一个数据集会替换它（无重复），但绝不会悄然缩减：拒绝超过 1% 的行、或保留不到已存储行一半的重新导入，没有 --force 时被拒绝。多次发布的键全部保留，并作为冲突列出。

        退出状态：每一行都已存储时为 0；有行被拒绝时为 3（其余已存储；见报告）；未导入任何内容时为 1。
help-stats-import-file = 文件（CSV，UTF-8）
help-stats-import-format = FILE 的布局（默认：`.xlsx` 文件为 glotip-xlsx，否则为 glotip-csv）
help-stats-import-format-glotip-csv = 联合国毒品和犯罪问题办公室 GLOTIP 数据门户的 CSV（13 列，`txtVALUE` 含 "<5"）
help-stats-import-format-glotip-xlsx = 数据门户的 Excel 工作簿（`data_glotip.xlsx`）：第一个工作表，列与 CSV 相同；行号与工作表中一致
help-stats-import-dataset = 数据集名称（重新导入同一名称会替换它；随附的表为 `glotip`）
help-stats-import-force = 即使超过 1% 的行被拒绝、或新版本不到已存储行的一半，也替换该数据集（否则拒绝）
help-stats-import-report = 被拒绝的行和警告写到何处（CSV）
help-stats-import-as_of = 数据的日期（YYYY-MM-DD：来源的发布或最后更新日期），与数据集一同存储并随其数字显示
help-stats-indicators = 被发现的被害人、起诉、定罪 …：含覆盖范围、删失区间和每 10 万人比率的总数
    .long =
        被发现的被害人、起诉、定罪 …：含覆盖范围、删失区间和每 10 万人比率的总数。

        总数对每个国家和年份加一个单元格；"<5" 单元格按 1–4 计，因此有此类单元格参与时总数为区间（JSON："censored": true，并有 "value_min" 和 "value_max"，"value" 为 null）。缺失数据不是零：每一行列出其覆盖的国家和年份。不加总联合国毒品和犯罪问题办公室的区域汇总。
help-stats-indicators-dataset = 仅此数据集（默认：全部；随附的是 `glotip`）
help-stats-export = 为联合国可持续发展目标全球数据库（指标 16.2.2）以 SDMX-CSV 1.0 导出被发现的被害人：数据流 IAEG-SDGs:DF_SDG_GLH，按顺序排列的可持续发展目标 DSD 维度，系列 VC_HTF_DETV、VC_HTF_DETVSX、VC_HTF_DETVFL、VC_HTF_DETVOP 及其每 10 万人系列（以 R 结尾），M49 地区代码，可持续发展目标代码表中的 SEX 和 AGE 代码
    .long =
        为联合国可持续发展目标全球数据库（指标 16.2.2）以 SDMX-CSV 1.0 导出被发现的被害人：数据流 IAEG-SDGs:DF_SDG_GLH，按顺序排列的可持续发展目标 DSD 维度，系列 VC_HTF_DETV、VC_HTF_DETVSX、VC_HTF_DETVFL、VC_HTF_DETVOP 及其每 10 万人系列（以 R 结尾），M49 地区代码，可持续发展目标代码表中的 SEX 和 AGE 代码。

        "<5" 单元格的 OBS_VALUE 为空，OBS_STATUS 为 Q（已抑制）。仅限已公布的统计。
help-stats-export-format = 输出格式
help-stats-export-format-sdmx-csv = 供可持续发展目标全球数据库使用的 SDMX-CSV 1.0（数据流 IAEG-SDGs:DF_SDG_GLH）
help-stats-export-output = 写入 FILE 而不是标准输出
help-stats-export-country = 国家：ISO 3166-1 alpha-3 代码，例如 MDA
help-stats-export-dataset = 仅此数据集（默认：全部；随附的是 `glotip`）
help-stats-conflicts = 多次发布的键，及其来源行和值
help-stats-conflicts-dataset = 数据集
help-stats-indicators-from = 起始年份（含）：四位数字，1900 至 2100
help-stats-indicators-to = 终止年份（含）：四位数字，1900 至 2100
help-stats-indicators-country = 国家：ISO 3166-1 alpha-3 代码，例如 MDA（名称会被拒绝并给出其代码）
help-stats-indicators-region = 联合国毒品和犯罪问题办公室的区域或次区域（"Europe"、"Sub-Saharan Africa"）
help-stats-indicators-sex = 性别：female、male、other、unknown（默认：全部）
help-stats-indicators-age = 年龄组：child（0-17）、adult（18+）、unknown（默认：全部）
help-stats-indicators-form = 剥削形式：sexual、forced-labour、other
help-stats-indicators-by = 分组依据：year、sex、age、form、country、citizenship、region（多个时以逗号分隔）
help-stats-indicators-format = 输出格式
help-stats-indicators-format-table = 对齐的列，便于阅读
help-stats-indicators-format-csv = 带标题行的 CSV
help-stats-indicators-format-json = 由行组成的 JSON 数组
help-stats-export-from = 起始年份（含）：四位数字，1900 至 2100
help-stats-export-to = 终止年份（含）：四位数字，1900 至 2100
help-stats-import-strict = 遇到第一行无效数据时拒绝整个文件
help-stats-indicators-indicator = detected-victims（被发现的被害人；默认）、prosecuted、convicted、formal-contact、offences
