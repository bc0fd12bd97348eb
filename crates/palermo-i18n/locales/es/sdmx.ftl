### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

sdmx-cli-writing = escribiendo el archivo SDMX { $file }
sdmx-cli-written = SDMX-CSV, flujo de datos IAEG-SDGs:DF_SDG_GLH. Observaciones escritas: { $observations }. Omitidas: agregados regionales sin código M49: { $aggregates }; sexo o edad «otro» o «desconocido»: { $uncoded }; claves publicadas con valores distintos: { $conflicting }.
sdmx-unknown-dataflow = este servicio no tiene ese flujo de datos; el flujo de los ODS es IAEG-SDGs,DF_SDG_GLH,1.12
