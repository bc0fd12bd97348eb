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

## palermo stats import, palermo cases import
cli-import-rows-rejected = 已拒绝且未存储 { $count } 行（退出状态 3）；其余行已存储
cli-import-writing-report = 写入报告 { $file }
cli-import-field = ，字段 { $field }
cli-import-rejected-row = 已拒绝：{ $file }：{ $location }{ $field }：{ $reason }
cli-import-progress-rows = { $rows } 行
cli-import-rejected-rows-at = （被拒绝的行：{ $file }）
cli-import-strict = { $error }；--strict：整个文件被拒绝，未导入任何内容
cli-import-file-rejected = { $error }；文件被拒绝，未导入任何内容
cli-import-failed = 导入失败；未导入任何内容
cli-import-shrink = { $error }（请检查文件和报告；--force 仍会替换）
cli-import-nothing = { $error }；未导入任何内容
cli-import-reading = 读取 { $file }
cli-import-what-cells = 单元格
cli-import-what-case-records = 案件记录
cli-import-summary = { $file }：读取 { $read } 行，存储{ $what } { $stored } 个，拒绝 { $rejected } 个，带警告存储 { $warnings } 个{ $replaced }。
cli-import-replaced = ；替换了 { $name } 上次导入的 { $count } 行
cli-import-report-at = 被拒绝的行和警告（行、字段、原因）：{ $file }
cli-import-conflicts = { $count } 个键被多次公布（其中 { $differ } 个数值不同）；所有行均保留，不求和也不取舍：
cli-import-conflicts-at-least = 至少 { $count } 个键被多次公布（其中 { $differ } 个数值不同）；所有行均保留，不求和也不取舍：
cli-import-more-conflicts = … 另有 { $count } 个（palermo stats conflicts --dataset { $dataset }）
cli-import-more-conflicts-at-least = … 另有至少 { $count } 个（palermo stats conflicts --dataset { $dataset }）
cli-import-line-value = 第 { $line } 行：{ $value }

## palermo stats
cli-stats-empty-name = 名称为空；请给出简短名称，例如 police-2024
cli-stats-bad-name = 名称最多 100 个字符，且不含控制字符
cli-stats-loading-bundled = 加载内置的 GLOTIP 统计数据
cli-stats-conflicts-count = { $dataset } 中有 { $count } 个键被多次公布。
cli-stats-years-span = { $first }-{ $last }（{ $count } 年）
cli-stats-col-value = 数值
cli-stats-col-per-100k = 每 10 万人
cli-stats-col-countries = 国家
cli-stats-col-years = 年份
cli-stats-no-data = （此选择没有数据：缺失不等于零）
cli-stats-note-range = * 区间：毒品和犯罪问题办公室将小的计数公布为“<5”（每个为 1–4），且不作猜测。
cli-stats-note-conflict = ! 以不同数值多次公布的键贡献其区间（palermo stats conflicts）。

## palermo linkage
cli-linkage-threads = 无法启动工作线程
cli-linkage-secret-unreadable = { $file }：无法读取密钥文件
cli-linkage-secret-short = { $file }：密钥长 { $bytes } 字节；至少需要 { $min } 字节
cli-linkage-schema-unreadable = { $file }：无法读取模式
cli-linkage-schema-invalid = { $file }：链接模式无效
cli-linkage-progress = 条记录（{ $rate }，剩余 { $eta }）
cli-linkage-encoding = 编码
cli-linkage-matching = 匹配
cli-linkage-histogram = 直方图
cli-linkage-no-keys = { $file }：无法派生密钥
cli-linkage-identifiers-unreadable = { $file }：无法打开标识符文件
cli-linkage-header-unreadable = { $file }：无法读取标题行
cli-linkage-header-mismatch = { $file }：标题与 { $schema } 不符
cli-linkage-line = 第 { $line } 行
cli-linkage-record-unreadable = { $file }{ $line }：无法读取记录（{ $reason }）
cli-linkage-empty-list = { $file }：列表为空（只有标题，没有记录）
cli-linkage-bad-records = { $file }：{ $count } 条错误记录；未写入任何 CLK
cli-linkage-bad-value = { $file }{ $line }，列“{ $column }”：{ $reason }
cli-linkage-field-count = { $file }{ $line }：有 { $found } 个字段，模式有 { $expected } 个
cli-linkage-clks-unwritable = { $file }：无法写入 CLK
cli-linkage-no-clk = 没有可写入的 CLK
cli-linkage-encoded = 已将 { $file } 的 { $count } 条记录编码到 { $output }，用时 { $seconds } 秒（每秒 { $rate } 条记录）；平均密度 { $density }
cli-linkage-dense = CLK 平均置位了 { $percent }% 的比特。超过约一半时，布隆过滤器 CLK 更容易受到攻击（频率和模式挖掘），无关记录也已显得相似；请考虑减少 bitsPerFeature/bitsPerToken、加长 l 或使用 xor_folds（见 README，Privacy-preserving record linkage）。
cli-linkage-more-bad-records = { $file }：… 另有 { $count } 条错误记录
cli-linkage-not-utf8 = 第 { $field } 个字段不是有效的 UTF-8
cli-linkage-input-error = 输入错误
cli-linkage-malformed-csv = CSV 格式错误
cli-linkage-identical = { $file }：{ $records } 条记录中有 { $shared } 条与另一条记录的 CLK 相同（{ $groups } 组相同的 CLK）。相同的 CLK 意味着相同的标识符：同一人被列入两次，或姓名或日期字段中有“unknown”之类的占位值，这会使 `linkage match` 把所有此类记录视为同一人。请将未知值留空（模式的 missingValue）或在编码前删除重复项。
cli-linkage-more = … 另有 { $count } 个
cli-linkage-one-clk = { $file }：{ $count } 条记录共用一个 CLK：{ $lines }
cli-linkage-more-groups = { $file }：… 另有 { $count } 组
cli-linkage-clks-unreadable = { $file }：无法读取 CLK 文件
cli-linkage-clks-invalid = { $file }：CLK 文件无效
cli-linkage-bits-differ = { $file }：CLK 为 { $bits } 位，但 { $first } 中的 CLK 为 { $first_bits } 位：它们是否用同一模式编码？
cli-linkage-names-count = --names 为 { $lists } 个列表给出了 { $names } 个名称
cli-linkage-bad-list-name = 列表名称 { $name } 不能作为列名：请用 --names 另选名称
cli-linkage-same-list-name = 两个列表都名为 { $name }：请用 --names a,b,… 命名
cli-linkage-bad-threshold = --threshold 必须大于 0 且不超过 1，而不是 { $value }
cli-linkage-cannot-link = 无法链接这些列表
cli-linkage-matches-unwritable = { $file }：无法写入匹配结果
cli-linkage-histories-unwritable = { $file }：无法写入捕获历史
cli-linkage-matched = { $lists } 个列表，{ $clusters } 个簇，{ $pairs } 对匹配，{ $individuals } 个个体；考察 { $considered } 对，计算 { $computed } 个 Dice 系数，用时 { $seconds } 秒（每秒 { $rate } 百万对，内核 { $kernel }，{ $threads } 个线程）
cli-linkage-bad-floor = --floor 必须介于 0 和 1 之间，而不是 { $value }
cli-linkage-report-lists = 列表
cli-linkage-report-list = { $name }：{ $clks } 个 { $bits } 位的 CLK，平均密度 { $density }
cli-linkage-report-matches = 阈值 { $threshold } 下的匹配（求解器 { $solver }，分块 { $blocking }）
cli-linkage-report-pair = 列表对
cli-linkage-report-candidates = 候选
cli-linkage-report-matched = 匹配
cli-linkage-report-clusters = 簇：{ $clusters }；观察到的个体：{ $individuals }
cli-linkage-report-histories = 捕获历史（palermo mse 的输入）
cli-linkage-report-dice = 所有对的 Dice 系数，{ $a } × { $b }
cli-linkage-report-dice-floor = 所有对的 Dice 系数，{ $a } × { $b }（低于 { $floor } 的 { $below } 对未分箱）
cli-linkage-report-threshold = 阈值
