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
