### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## إطار clap
help-heading-usage = الاستخدام
help-heading-commands = الأوامر
help-heading-arguments = الوسائط
help-heading-options = الخيارات
help-usage-options = [خيارات]
help-usage-command = <أمر>
help-usage-command-optional = [أمر]
help-note-env = [متغير البيئة: { $name }]
help-note-default = [الافتراضي: { $value }]
help-note-possible-values = [القيم الممكنة: { $values }]
help-note-possible-values-heading = القيم الممكنة:
help-flag-help = عرض التعليمات
    .summary-more = عرض التعليمات (المزيد مع «--help»)
    .long-summary = عرض التعليمات (ملخص مع «-h»)
help-flag-version = عرض الإصدار
help-cmd-help = عرض هذه الرسالة أو تعليمات الأوامر الفرعية المذكورة
help-cmd-help-subcommand = عرض تعليمات الأمر الفرعي أو الأوامر الفرعية

## رفض clap
help-error-lang = المتوقع أحد ar أو zh أو en أو fr أو ru أو es (لغات الأمم المتحدة الست)
help-error-invalid-value = قيمة غير صالحة لـ { $arg } (القيم الممكنة: { $values })
help-error-value-validation = قيمة غير صالحة لـ { $arg }: { $reason }
help-error-unknown-argument = وسيط غير متوقع { $arg }
help-error-invalid-subcommand = أمر فرعي غير معروف { $arg }
help-error-no-equals = ينتظر { $arg } قيمته بعد علامة التساوي (=)
help-error-too-many-values = قيم أكثر من اللازم لـ { $arg }
help-error-wrong-number = عدد قيم غير صحيح لـ { $arg }
help-error-argument-conflict = لا يمكن استخدام { $arg } مع { $other }
help-error-missing-required = لم يُعطَ وسيط مطلوب: { $arg }
help-error-missing-subcommand = يلزم أمر فرعي
help-error-invalid-utf8 = أحد الوسائط ليس UTF-8 صالحًا
help-error-other = تعذرت قراءة سطر الأوامر
help-error-more = لمزيد من المعلومات، جرّب «--help».

## palermo
help-palermo = Palermo: حالة المعاهدات وإحصاءات الاتجار وربط السجلات والتقدير بالنظم المتعددة لمكافحة الاتجار بالأشخاص
    .long =
        Palermo: حالة المعاهدات وإحصاءات الاتجار وربط السجلات والتقدير بالنظم المتعددة لمكافحة الاتجار بالأشخاص.

        تستخدم كل الأوامر قاعدة البيانات نفسها: ملف SQLite ‏`palermo.db` في دليل العمل، ما لم يحدد `--db` أو `PALERMO_DB` ملفًا آخر (`مسار` أو `sqlite:مسار`) أو قاعدة بيانات PostgreSQL ‏(`postgres://مستخدم:كلمة-مرور@مضيف:منفذ/قاعدة`). أول أمر يفتح قاعدة بيانات جديدة ينشئها ويطبق عليها الترحيلات ويحمّل فيها البيانات المرجعية المرفقة.
help-arg-db = قاعدة البيانات: ملف SQLite ‏(`مسار` أو `sqlite:مسار`، يُنشأ ويُرحَّل ويُحمَّل عند أول استخدام) أو `postgres://مستخدم:كلمة-مرور@مضيف:منفذ/قاعدة` (تُرحَّل وتُحمَّل عند أول استخدام). يُفضَّل `PALERMO_DB` لعنوان URL فيه كلمة مرور: سطر الأوامر مرئي للمستخدمين الآخرين
help-arg-lang = لغة الرسائل وهذه التعليمات: ar أو zh أو en أو fr أو ru أو es (الافتراضي: إعدادات POSIX المحلية LC_ALL أو LC_MESSAGES أو LANG إن سمّت إحدى الست، وإلا فالإنكليزية)
help-serve = تشغيل المنصة الشبكية وواجهة JSON البرمجية (http://127.0.0.1:8080 افتراضيًا)
help-serve-addr = العنوان الذي يُستمع عليه
help-treaty = متابعة المعاهدات: حالة الاتفاقية وبروتوكولاتها
help-stats = الإحصاءات الوطنية (GLOTIP لمكتب الأمم المتحدة المعني بالمخدرات والجريمة): الاستيراد والمؤشرات والتعارضات
help-cases = سجلات حالات الضحايا (HTCDS / CTDC): الاستيراد والمؤشرات المحمية
help-mse = التقدير بالنظم المتعددة: تقدير العدد الخفي للضحايا من التداخلات بين القوائم
help-linkage = ربط السجلات مع حماية الخصوصية، بمفاتيح CLK (مرشحات بلوم)
help-db = قاعدة البيانات: الحالة والترحيلات والنسخ الاحتياطي
help-user = الحسابات: الإضافة والسرد والتعطيل وإعادة تعيين كلمة المرور (يُنشأ هنا أول مسؤول؛ لا توجد كلمة مرور افتراضية)
help-token = رموز API للبرامج النصية: الإنشاء (يُعرض مرة واحدة) والسرد والإلغاء
help-audit = سجل التدقيق: التحقق من سلسلة التجزئة فيه وتصديره بصيغة CSV
