### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

sdmx-cli-writing = جارٍ كتابة ملف SDMX { $file }
sdmx-cli-written = SDMX-CSV، تدفق البيانات IAEG-SDGs:DF_SDG_GLH. عدد المشاهدات المكتوبة: { $observations }. غير مدرجة: مجاميع إقليمية بلا رمز M49: { $aggregates }؛ الجنس أو العمر «آخر» أو «غير معروف»: { $uncoded }؛ مفاتيح نُشرت بقيم مختلفة: { $conflicting }.
sdmx-unknown-dataflow = ليس تدفق بيانات لهذه الخدمة؛ تدفق بيانات أهداف التنمية المستدامة هو IAEG-SDGs,DF_SDG_GLH,1.12
