### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

error-not-found = 未找到
error-bad-request = 请求有误
error-too-large = 请求过大
error-time-limit = 超出时间限制
error-busy = 服务器繁忙
error-too-many-requests = 请求过多
error-internal = 内部错误
error-internal-message = 我方出现错误；错误已记录。
error-no-page = { $path } 处没有页面。
error-back-to-dashboard = 返回概览
error-query-unreadable = 无法读取查询字符串（{ $detail }）；每个参数只给一次，且只给该路径接受的参数（见 /api/v1/openapi.json）
error-no-instrument = 没有名为 { $code } 的文书。
error-no-country = 没有代码为 { $code } 的国家。
error-as-of-not-a-date = as_of { $value } 不是 YYYY-MM-DD 格式的日期
error-unknown-value = 未知的 { $name }：{ $value }
error-format = 未知格式 { $value }：应为 json 或 csv
error-not-a-year = { $name }={ $value } 不是年份（四位数字，例如 2019）
error-not-a-number = { $name }={ $value } 不是数字
error-no-release = 没有第 { $id } 号发布
error-release-withdrawn = 第 { $id } 号发布已于 { $date } 被数据持有者撤回
error-no-release-yet = 尚未发布任何个案记录数据集；数据持有者用 `palermo cases release create` 发布
error-panel-by-year = panel=balanced 需要 by=year（面板是按年份的序列）

## 查询参数（palermo_model::query::ParamError）。
param-unknown-name = 未知参数 { $name }：此地址接受 { $expected }
param-unknown-name-suggest = 未知参数 { $name }：您是否指 { $suggestion }？此地址接受 { $expected }
param-repeated = 参数 { $name } 给出了不止一次；请只给一次
param-unknown-value = 未知的 { $name }“{ $value }”：可用值为 { $expected }
param-country-name = 国家“{ $value }”是名称：请给出其 ISO 3166-1 alpha-3 代码 { $iso3 }
param-unknown-country = 未知国家“{ $value }”：请给出 ISO 3166-1 alpha-3 代码，例如 MDA
param-unknown-region = 未知区域“{ $value }”：可用值为 { $expected }，或其分区域之一
param-not-a-year = { $name }={ $value } 不是年份（1900 至 2100 之间的四位数字，例如 2019）
param-not-a-number = { $name }={ $value } 不是 { $min } 至 { $max } 之间的整数
