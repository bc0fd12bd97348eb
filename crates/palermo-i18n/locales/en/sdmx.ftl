### SDMX export for the SDG global database (indicator 16.2.2): palermo stats export.
sdmx-cli-writing = writing the SDMX file { $file }
sdmx-cli-written = SDMX-CSV, dataflow IAEG-SDGs:DF_SDG_GLH. Observations written: { $observations }. Left out: regional aggregates without an M49 code: { $aggregates }; sex or age "other" or "unknown": { $uncoded }; keys published with different values: { $conflicting }.
sdmx-unknown-dataflow = not a dataflow of this service; the SDG dataflow is IAEG-SDGs,DF_SDG_GLH,1.12
