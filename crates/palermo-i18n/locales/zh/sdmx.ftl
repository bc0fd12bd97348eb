### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

sdmx-cli-writing = 正在写入 SDMX 文件 { $file }
sdmx-cli-written = SDMX-CSV，数据流 IAEG-SDGs:DF_SDG_GLH。已写入观测值：{ $observations }。未纳入：无 M49 代码的区域汇总：{ $aggregates }；性别或年龄为“其他”或“未知”：{ $uncoded }；以不同数值公布的键：{ $conflicting }。
sdmx-unknown-dataflow = 本服务没有该数据流；可持续发展目标数据流为 IAEG-SDGs,DF_SDG_GLH,1.12
