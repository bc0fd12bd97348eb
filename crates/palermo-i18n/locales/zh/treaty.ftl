### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

instrument-untoc = 有组织犯罪公约（UNTOC）
instrument-tip = 贩运人口议定书
instrument-som = 偷运移民议定书
instrument-firearms = 枪支议定书
consent-ratification = 批准
consent-acceptance = 接受
consent-approval = 核准
consent-accession = 加入
consent-succession = 继承
consent-formal-confirmation = 正式确认
regional-organisation = 区域组织
parties-word = 个缔约方
parties-count = { $count } 个缔约方
mark-party = 缔约方
mark-signatory = 签署方
mark-none = —

home-title = 联合国打击跨国有组织犯罪公约及其议定书
home-lead = 哪些国家已经签署、批准或加入，哪些尚未这样做。大会和预防犯罪和刑事司法委员会请尚未批准或加入公约及其议定书的会员国批准或加入。
home-parties-per-instrument = 各文书的缔约方
home-card-members = { $members } 个联合国会员国中的 { $parties } 个（{ $percent }）；
home-card-signatories = { $signatories } 个签署方，其中 { $not_party } 个尚未成为缔约方。
home-card-meter = { $members } 个联合国会员国中有 { $parties } 个是缔约方
home-recent = 所示状况中最近的新缔约方
home-recent-caption = 所示快照中最近的同意受约束行为，涵盖所有文书（状况截至上述日期；之后的同意不在这些快照中）。

notice-title = 此条约状况不是最新的
notice-snapshot-as-at = 所示状况为以下日期的快照：
notice-years-old = （已过 { $years } 年）
notice-newest-count = 已知最新的官方统计为
notice-newest-rest = 和 { $signatories } 个签署方（{ $date }）
notice-untc-page-of-that-date = 该日期的联合国条约集状况页面
notice-current-status = 当前状况：
notice-at-untc = 联合国条约集中的{ $instrument }
notice-how-to-load = 要显示更新的状况，请从联合国条约集下载状况表并导入：

instrument-adopted = 通过
instrument-entry-into-force = 生效
instrument-unts = 联合国条约汇编
instrument-unts-ref = 第 { $volume } 卷，第 { $number } 号
instrument-depositary = 保存人参考
instrument-mtdsg = MTDSG 第十八章，{ $number }
instrument-status-at-untc = 联合国条约集中的状况
instrument-status-shown = 所示状况
instrument-asked-beyond = （您要求的是 { $asked }，但最新数据截至 { $latest }：之后的行为不详）
instrument-source = 来源
instrument-latest-snapshot = （最新快照：{ $date }）
instrument-status-on-date = 某日的状况
instrument-counts = { $signatories } 个签署方（{ $not_party } 个尚未成为缔约方），
instrument-members-then = 当日 { $members } 个联合国会员国中的 { $parties } 个。
instrument-parties-by-year = 各年缔约方
instrument-participants = 参与方
instrument-participants-caption = 截至 { $date } 共 { $count } 个参与方。选择列标题可排序。
instrument-not-party-title = 尚未成为缔约方的联合国会员国（{ $count } 个，截至 { $date }）
instrument-not-party-lead = 按联合国区域分组。标有“已签署”的国家已签署但尚未批准。
instrument-signed-mark = （已签署）
chart-parties-title = { $instrument }各年缔约方（累计）
chart-parties-desc = 各年年底的缔约方数目（累计），按批准、接受、核准、加入或继承的日期计算。
chart-parties-tip = { $year }：{ $total } 个缔约方（新增 { $new } 个）
chart-parties-unit = 缔约方

countries-title = 国家和领土
countries-lead = 截至列标题所示日期，在各文书下的状况：“缔约方”、“签署方”（已签署，尚未成为缔约方）或“—”（无行为）。
countries-caption = { $count } 个国家和领土（ISO 3166-1）。
countries-as-at = （截至 { $date }）

country-codes = 代码
country-population = 人口
country-population-value = { $population }（{ $year } 年，世界银行）
country-population-none = 无世界银行数字
country-status-title = 在公约及其议定书下的状况
country-status-caption = 截至各文书最新快照日期的状况（联合国条约集）。
country-party-since = 自 { $date } 起为缔约方（{ $kind }）
country-signatory-since = 自 { $date } 起为签署方，尚未成为缔约方
country-neither = 既非缔约方也非签署方
country-statistics-title = 贩运人口统计
country-conflicts = 有 { $count } 个数值以不同数字多次公布；图表显示其范围
country-conflicts-link = 冲突
country-all-figures = 该国全部数字
instrument-adopted-by = 大会第 { $resolution } 号决议
