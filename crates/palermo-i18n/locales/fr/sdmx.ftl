### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

sdmx-cli-writing = écriture du fichier SDMX { $file }
sdmx-cli-written = SDMX-CSV, flux de données IAEG-SDGs:DF_SDG_GLH. Observations écrites : { $observations }. Non retenues : agrégats régionaux sans code M49 : { $aggregates } ; sexe ou âge « autre » ou « inconnu » : { $uncoded } ; clés publiées avec des valeurs différentes : { $conflicting }.
sdmx-unknown-dataflow = ce service ne connaît pas ce flux de données ; le flux des ODD est IAEG-SDGs,DF_SDG_GLH,1.12
