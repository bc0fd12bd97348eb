### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

site-name = Palermo
skip-to-content = 跳到内容
nav-main = 主导航
language-switcher = 语言
signed-in-as = 已登录：{ $name }
data-as-of = 所示数据截至 { $date }。
footer-sources = 条约状况：联合国条约集，第十八章（状况表）。国家：ISO 3166-1 和联合国 M49。人口：世界银行 SP.POP.TOTL。每个页面都注明其所示数据的日期。
footer-licence = Palermo 是开源软件（MIT OR Apache-2.0）。
records-count = { $count } 条记录
signed-in-as-of = 已登录：{ $name }（{ $organisation }）
nav-dashboard = 概览
nav-convention = 公约
nav-tip = 贩运人口议定书
nav-som = 偷运移民议定书
nav-firearms = 枪支议定书
nav-countries = 国家
nav-data = 贩运人口数据
nav-mse = 估计未被发现的被害人
nav-api = API
