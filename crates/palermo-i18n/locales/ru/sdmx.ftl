### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

sdmx-cli-writing = запись файла SDMX { $file }
sdmx-cli-written = SDMX-CSV, поток данных IAEG-SDGs:DF_SDG_GLH. Записано наблюдений: { $observations }. Не включены: региональные агрегаты без кода M49: { $aggregates }; пол или возраст «другой» или «неизвестен»: { $uncoded }; ключи, опубликованные с разными значениями: { $conflicting }.
sdmx-unknown-dataflow = такого потока данных нет; поток данных ЦУР — IAEG-SDGs,DF_SDG_GLH,1.12
