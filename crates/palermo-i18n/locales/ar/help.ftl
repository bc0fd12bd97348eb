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
    .after =
        الإدخال: ملف CSV (فاصلة أو فاصلة منقوطة أو جدولة) فيه عمود 0/1 لكل قائمة وعمود `count` (يجوز حذف الصفوف الصفرية، وتُجمع الصفوف المكررة ويذكرها التقرير)؛ أو صف لكل شخص بأعمدة 0/1 دون عدد؛ أو عمودان `id,list`، صف لكل ظهور. `-` يقرأ الإدخال القياسي.

        أمثلة:
          palermo mse UKdat.csv
          palermo mse UKdat.csv --bootstrap 1000 --seed 1234 --format json
          palermo mse UKdat.csv --method fixed --terms LA:NG,PF:NCA
help-linkage = ربط السجلات مع حماية الخصوصية، بمفاتيح CLK (مرشحات بلوم)
help-db = قاعدة البيانات: الحالة والترحيلات والنسخ الاحتياطي
help-user = الحسابات: الإضافة والسرد والتعطيل وإعادة تعيين كلمة المرور (يُنشأ هنا أول مسؤول؛ لا توجد كلمة مرور افتراضية)
help-token = رموز API للبرامج النصية: الإنشاء (يُعرض مرة واحدة) والسرد والإلغاء
help-audit = سجل التدقيق: التحقق من سلسلة التجزئة فيه وتصديره بصيغة CSV

## palermo treaty
help-treaty-status = من وقّع أو صدّق أو انضم، ومن لم يفعل بعد
    .long =
        من وقّع أو صدّق أو انضم، ومن لم يفعل بعد.

        يطبع صفًا لكل مشارك وصك. لكائنات JSON المفاتيح participant وiso3 وinstrument وsignature_date (تاريخ التوقيع) وconsent_date وconsent_type وparty؛ والتواريخ بصيغة YYYY-MM-DD أو null.
help-treaty-status-instrument = هذا الصك فقط: untoc أو tip أو som أو firearms (الافتراضي: الأربعة)
help-treaty-status-not_party = الدول الأعضاء في الأمم المتحدة التي ليست أطرافًا فقط (ومنها التي لم تتخذ أي إجراء)
help-treaty-status-region = المشاركون في هذه المنطقة من مناطق الأمم المتحدة فقط (Africa وAmericas وAsia وEurope وOceania)
help-treaty-status-as_of = الحالة كما كانت في هذا التاريخ (YYYY-MM-DD)، من تواريخ الإجراءات
help-treaty-status-format = صيغة الإخراج
help-treaty-status-format-table = أعمدة مصفوفة للقراءة
help-treaty-status-format-csv = CSV بصف عناوين
help-treaty-status-format-json = مصفوفة JSON، كائن لكل مشارك
help-treaty-import = تحميل لقطة أحدث لحالة صك واحد (ذرية، متساوية الأثر) وطباعة ما تغيّر. تُرفض لقطة أقدم من البيانات الحالية
    .long =
        تحميل لقطة أحدث لحالة صك واحد (ذرية، متساوية الأثر) وطباعة ما تغيّر. تُرفض لقطة أقدم من البيانات الحالية.

        FILE إما جدول الحالة في مجموعة معاهدات الأمم المتحدة محفوظًا بصيغة CSV (الأعمدة Participant وSignature (التوقيع) وعمود الموافقة الذي تحمل تواريخه العلامات a/A/AA/d/c؛ تُحذف أرقام الحواشي بعد الأسماء) وإما ملف CSV الخاص بـ Palermo: participant,iso3,signature_date,consent_date,consent_type بتواريخ YYYY-MM-DD. أي صف غير صالح يرفض الملف كله وتبقى قاعدة البيانات دون تغيير.
help-treaty-import-file = جدول الحالة (CSV)
help-treaty-import-instrument = untoc أو tip أو som أو firearms
help-treaty-import-as_of = تاريخ «الحالة في» للقطة (YYYY-MM-DD)
help-treaty-import-format = تخطيط FILE
help-treaty-import-format-auto = يُستدل عليه من صف العناوين
help-treaty-import-format-untc = جدول الحالة في مجموعة معاهدات الأمم المتحدة (Participant وSignature (التوقيع) وRatification (التصديق)…)
help-treaty-import-format-palermo = ملف CSV الخاص بـ Palermo ‏(participant وiso3 وsignature_date (تاريخ التوقيع) وconsent_date وconsent_type)
help-treaty-import-allow_removals = قبول لقطة تُسقط مشاركين من البيانات الحالية (مرفوض افتراضيًا: جداول الحالة في الأمم المتحدة لا تُسقط مشاركًا أبدًا، فمثل هذا الملف مبتور عادة أو لصك آخر)
help-treaty-import-dry_run = فحص الملف وطباعة ما سيتغيّر، دون كتابة أي شيء
help-treaty-export = كتابة الحالة الحالية لصك بصيغة CSV الخاصة بـ Palermo (قابلة لإعادة الاستيراد)
help-treaty-export-instrument = untoc أو tip أو som أو firearms

## palermo mse
help-mse-file = جدول تواريخ الالتقاط أو ملف السجلات (CSV)؛ `-` للإدخال القياسي
help-mse-method = طريقة اختيار النموذج
help-mse-method-stepwise = قاعدة SparseMSE التدريجية: إضافة الزوج ذي أصغر قيمة p لبواسون ما دامت دون --threshold
help-mse-method-aic = AIC التدريجي الأمامي
help-mse-method-bic = أدنى BIC بين جميع النماذج الهرمية من الرتبة 2 (k ≤ 6)
help-mse-method-main = التأثيرات الرئيسية فقط (قوائم مستقلة)
help-mse-method-fixed = التفاعلات المعطاة بـ --terms
help-mse-terms = التفاعلات لـ --method fixed، مثل `A:B,C:D` (أسماء القوائم من صف العناوين)
help-mse-threshold = عتبة قيمة p للقاعدة التدريجية
help-mse-bootstrap = إعادة المعاينة BCa بهذا العدد من التكرارات (يُعاد اختيار النموذج في كل منها)
help-mse-seed = بذرة إعادة المعاينة (النتائج قابلة للتكرار لبذرة معيّنة)
help-mse-level = تغطية الفترات
help-mse-no_profile = تخطي فترة الأرجحية الجانبية
help-mse-time_limit = التوقف بخطأ بعد هذا العدد من الثواني (الافتراضي: بلا حد). يعيد الجاكنايف في إعادة المعاينة اختيار النموذج مرة لكل تاريخ مرصود، وهذا يطول مع كثرة القوائم
help-mse-format = صيغة الإخراج
help-mse-format-table = تقرير مقروء
help-mse-format-json = كائن JSON واحد (estimate وobserved وterms وempty_overlaps وintervals وmodels …)

## palermo db
help-db-status = الخلفية وإصدار المخطط والترحيلات المعلقة (لا يُكتب شيء في قاعدة البيانات)
help-db-migrate = يطبق الترحيلات المعلقة (يفعل ذلك أيضًا كل أمر عند الفتح)
help-db-backup = يكتب نسخة متسقة من قاعدة بيانات SQLite في FILE (أثناء التشغيل: `VACUUM INTO`). ولـ PostgreSQL يبيّن كيف يفعل ذلك `pg_dump`
help-db-backup-file = ملف النسخة الاحتياطية (يجب ألا يكون موجودًا؛ يُنشأ مقروءًا لمالكه وحده)
help-db-copy = ينسخ كل الجداول إلى قاعدة بيانات فارغة لأي من الخلفيتين (طريقة الانتقال من SQLite إلى PostgreSQL)، مع التحقق جدولًا جدولًا بعدد الصفوف ومجموع تدقيق للمحتوى؛ تُرحَّل الوجهة أولًا وتبقى فارغة إن اختلف أي شيء
help-db-copy-to = الوجهة: ملف SQLite جديد أو `postgres://…` لقاعدة بيانات فارغة (أو `PALERMO_COPY_TO`، لإبقاء كلمة المرور خارج سطر الأوامر)

## palermo audit
help-audit-verify = التحقق من سلسلة التجزئة في سجل التدقيق: يطبع طوله وآخر تجزئة (دوّنهما خارج قاعدة البيانات للمقارنة لاحقًا)، أو يسمّي أول مُدخل لا يصح وينتهي بالرمز 1
help-audit-export = كتابة سجل التدقيق (كما هو مخزن، مع تجزئاته) بصيغة CSV إلى الإخراج القياسي أو إلى --output
help-audit-export-format = صيغة الإخراج (csv)
help-audit-export-format-csv = قيم مفصولة بفواصل (RFC 4180)
help-audit-export-output = الكتابة في هذا الملف بدلًا من الإخراج القياسي (يُنشأ بالأذونات 0600)

## palermo user
help-user-add = إنشاء حساب. تُقرأ كلمة المرور من السطر الأول من الدخل القياسي مع --password-stdin؛ وإلا تُولَّد كلمة مرور وتُعرض مرة واحدة (ولا تُخزَّن إلا بصيغة بصمتها Argon2id)
help-user-add-email = عنوان البريد الإلكتروني (اسم تسجيل الدخول؛ فريد، ويُقارَن بالأحرف الصغيرة)
help-user-add-name = الاسم المعروض
help-user-add-role = public أو data-provider أو national-focal-point أو reviewer أو analyst أو administrator
help-user-add-org = المنظمة التي يعمل الحساب باسمها: state:ISO3 أو un:NAME أو icat:NAME أو agency:NAME (مطلوبة لمقدمي البيانات وجهات الوصل والمراجعين)
help-user-add-reviews = للمراجع: الدول التي يقرأ إجاباتها (رموز ISO 3166-1 alpha-3، مفصولة بفواصل)
help-user-add-password_stdin = قراءة كلمة المرور من الدخل القياسي بدلًا من توليدها
help-user-list = سرد الحسابات (دون أي أسرار)
help-user-disable = تعطيل حساب: تنتهي جلساته وتُلغى رموزه
help-user-disable-user = معرّف الحساب أو بريده الإلكتروني
help-user-reset-password = تعيين كلمة مرور جديدة (من الدخل القياسي مع --password-stdin، وإلا تُولَّد وتُعرض مرة واحدة)؛ ينهي جلسات الحساب ويرفع القفل عنه
help-user-reset-password-user = معرّف الحساب أو بريده الإلكتروني
help-user-reset-password-password_stdin = قراءة كلمة المرور من الدخل القياسي بدلًا من توليدها
help-user-reset-password-remove_totp = إزالة عامل التحقق الثاني TOTP للحساب أيضًا (جهاز مفقود): يُسجَّل من جديد عند تسجيل الدخول التالي

## palermo token
help-token-create = إنشاء رمز API لحساب، يُعرض مرة واحدة (ولا يُخزَّن إلا بصيغة SHA-256). ترسله البرامج النصية بصيغة `Authorization: Bearer TOKEN`
help-token-create-user = معرّف الحساب أو بريده الإلكتروني
help-token-create-name = اسم يُعرف به
help-token-create-scope = read (افتراضي) أو read-write
help-token-list = سرد الرموز (دون أسرارها أبدًا)
help-token-revoke = إلغاء رمز: يتوقف عن العمل فورًا
help-token-revoke-id = معرّف الرمز (من `token list`)

## palermo linkage
help-linkage-encode = ترميز ملف CSV للمعرّفات إلى مفاتيح CLK (متوافق مع clkhash 0.18)
    .long =
        ترميز ملف CSV للمعرّفات إلى مفاتيح CLK (متوافق مع clkhash 0.18).

        يعمل دون اتصال على جهاز حائز البيانات. يجب أن يسمّي رأس ملف CSV سمات المخطط بالترتيب. يكتب JSON الخاص بـ clkhash ({"{"}"clks": [base64, …]{"}"})، مفتاح CLK واحد لكل سجل بترتيب الملف.
help-linkage-encode-identifiers = المعرّفات: ملف CSV بسطر رأس يطابق سمات المخطط
help-linkage-encode-schema = مخطط الربط (JSON الخاص بـ clkhash، الإصدار 1 أو 2 أو 3)
help-linkage-encode-secret_file = ملف يحوي السر المشترك (16 بايت على الأقل؛ يُتجاهل سطر جديد واحد في آخره). لا يُطبع أبدًا
help-linkage-encode-output = ملف الإخراج لمفاتيح CLK
help-linkage-encode-no_validate = تخطي التحقق من القيم وفق صيغ المخطط (--no-validate في clkhash)
help-linkage-encode-threads = خيوط العمل (الافتراضي: كل الأنوية)
help-linkage-encode-quiet = دون شريط تقدم
help-linkage-match = مطابقة ملفات CLK: أزواج مرشحة بمعامل دايس، ومطابقة جشعة واحد لواحد، وعناقيد عبر k قوائم
    .long =
        مطابقة ملفات CLK: أزواج مرشحة بمعامل دايس، ومطابقة جشعة واحد لواحد، وعناقيد عبر k قوائم.

        يكتب سطر CSV واحدًا لكل زوج مطابق (file_a وindex_a وfile_b وindex_b وsimilarity؛ مواضع السجلات بدءًا من 0)، ومع --capture-histories الجدول الذي يقرؤه `palermo mse`.
help-linkage-match-clks = ملفات CLK، ملف لكل قائمة (JSON الخاص بـ clkhash). اثنان أو أكثر
help-linkage-match-threshold = معامل دايس الذي يحتاجه زوج ليكون مرشحًا (0 < T ≤ 1)
help-linkage-match-names = أسماء القوائم مفصولة بفواصل (الافتراضي: أسماء الملفات دون امتداد). تُستخدم أسماءً لأعمدة تواريخ الالتقاط
help-linkage-match-solver = أداة الحل: `greedy` (greedy_solve في anonlink) أو `probabilistic` (probabilistic_greedy_solve في anonlink مع --merge-threshold)
help-linkage-match-merge_threshold = نسبة الأزواج بين عنقودين التي يجب أن تكون مرشحة ليندمجا (أداة الحل الاحتمالية فقط)
help-linkage-match-blocking = توليد المرشحين: `none` (دقيق: كل زوج ضمن حد popcount) أو `lsh` (أخذ عينات من البتات بطريقة LSH لهامينغ: أسرع على القوائم الكبيرة، ويفوّت بعض الأزواج)
help-linkage-match-lsh_tables = LSH: عدد جداول التجزئة
help-linkage-match-lsh_bits = LSH: عدد البتات المأخوذة لكل جدول
help-linkage-match-lsh_seed = LSH: بذرة المواضع المأخوذة
help-linkage-match-threads = خيوط العمل (الافتراضي: كل الأنوية)
help-linkage-match-kernel = نواة popcount: auto أو avx512 أو avx2 أو popcnt أو portable
help-linkage-match-output = ملف CSV للأزواج المطابقة (الافتراضي: الإخراج القياسي)
help-linkage-match-capture_histories = كتابة تواريخ الالتقاط هنا أيضًا، بصيغة إدخال `palermo mse`
help-linkage-report = أعداد التداخل لكل زوج من القوائم ومدرج التشابه، لاختيار العتبة
help-linkage-report-clks = ملفات CLK، ملف لكل قائمة (JSON الخاص بـ clkhash). اثنان أو أكثر
help-linkage-report-threshold = معامل دايس الذي يحتاجه زوج ليكون مرشحًا (0 < T ≤ 1)
help-linkage-report-names = أسماء القوائم مفصولة بفواصل (الافتراضي: أسماء الملفات دون امتداد). تُستخدم أسماءً لأعمدة تواريخ الالتقاط
help-linkage-report-solver = أداة الحل: `greedy` (greedy_solve في anonlink) أو `probabilistic` (probabilistic_greedy_solve في anonlink مع --merge-threshold)
help-linkage-report-merge_threshold = نسبة الأزواج بين عنقودين التي يجب أن تكون مرشحة ليندمجا (أداة الحل الاحتمالية فقط)
help-linkage-report-blocking = توليد المرشحين: `none` (دقيق: كل زوج ضمن حد popcount) أو `lsh` (أخذ عينات من البتات بطريقة LSH لهامينغ: أسرع على القوائم الكبيرة، ويفوّت بعض الأزواج)
help-linkage-report-lsh_tables = LSH: عدد جداول التجزئة
help-linkage-report-lsh_bits = LSH: عدد البتات المأخوذة لكل جدول
help-linkage-report-lsh_seed = LSH: بذرة المواضع المأخوذة
help-linkage-report-threads = خيوط العمل (الافتراضي: كل الأنوية)
help-linkage-report-kernel = نواة popcount: auto أو avx512 أو avx2 أو popcnt أو portable
help-linkage-report-bins = فئات المدرج على [0, 1]
help-linkage-report-floor = أرضية المدرج: الأزواج التي تحتها تُعدّ ولا تُوزَّع على الفئات (0 يوزّع كل زوج؛ وأرضية أعلى تتيح لحد popcount تخطي بعض العمل)

## palermo cases
help-cases-import = استيراد سجلات حالات الضحايا من ملف جهة واحدة، في معاملة واحدة
    .long =
        استيراد سجلات حالات الضحايا من ملف جهة واحدة، في معاملة واحدة.

        يُتحقق من كل صف؛ تُخزَّن الصفوف الصحيحة، وتذهب الصفوف المرفوضة إلى تقرير (اسم FILE مع `.rejected.csv`، أو --report) مع السطر والحقل والسبب. إعادة استيراد --source نفسه تستبدل سجلاته، لكنها لا تقلّصها أبدًا دون تنبيه: تُرفض دون --force إعادة الاستيراد التي ترفض أكثر من 1% من صفوفها أو تُبقي أقل من نصف السجلات المخزنة. رمز الخروج كما في `stats import` (0 خُزّن الكل، 3 رُفضت صفوف، 1 لم يُستورد شيء). تُرفض بأكملها الملفات التي فيها عمود يحدد هوية شخص (الأسماء، تواريخ الميلاد، أرقام الوثائق، بيانات الاتصال، العناوين، الإحداثيات).
help-cases-import-file = الملف (UTF-8)
help-cases-import-source = اسم الجهة أو مجموعة البيانات (إعادة استيراد مصدر تستبدله)
help-cases-import-format = بنية FILE
help-cases-import-format-ctdc = البيانات الجزئية لـ CTDC: بنية Global Synthetic Dataset لعام 2024 (فاصلة) أو Global Dataset الأقدم المجهول الهوية بدرجة k (فاصلة منقوطة)، حسب أسماء الأعمدة
help-cases-import-format-htcds-csv = حقول HTCDS 2.0 أعمدةً في CSV (`prs_Gender`، `vic_TypeOfExploitation` …)
help-cases-import-format-htcds-json = حقول HTCDS 2.0 مصفوفةَ كائنات JSON أو JSON Lines
help-cases-import-strict = رفض الملف كله عند أول صف غير صالح
help-cases-import-force = استبدال المصدر حتى إن رُفض أكثر من 1% من الصفوف أو كان في النسخة الجديدة أقل من نصف السجلات المخزنة (وإلا يُرفض)
help-cases-import-report = أين تُكتب الصفوف المرفوضة (CSV)
help-cases-indicators = أعداد الضحايا من سجلات الحالات، لحائز البيانات على ملف قاعدة البيانات: أعداد دقيقة، والخلايا التي دون k محجوبة (ومعها ما يكفي من غيرها كي لا يمكن استنتاج أي منها من المجموع). المرشحات نفسها كما في `stats indicators`، للمقارنة مع الإحصاءات الوطنية. لا تنشرها أبدًا: يحصل الجمهور على الإصدارات (`cases release create`)
help-cases-indicators-from = السنة الأولى (شاملة): أربعة أرقام، من 1900 إلى 2100
help-cases-indicators-to = السنة الأخيرة (شاملة): أربعة أرقام، من 1900 إلى 2100
help-cases-indicators-country = البلد: رمز ISO 3166-1 alpha-3، مثل MDA (يُرفض الاسم مع ذكر رمزه)
help-cases-indicators-region = منطقة أو منطقة فرعية لمكتب الأمم المتحدة المعني بالمخدرات والجريمة ("Europe"، "Sub-Saharan Africa")
help-cases-indicators-sex = الجنس: female أو male أو other أو unknown (الافتراضي: الكل)
help-cases-indicators-age = الفئة العمرية: child (0-17) أو adult (18+) أو unknown (الافتراضي: الكل)
help-cases-indicators-form = شكل الاستغلال: sexual أو forced-labour أو other
help-cases-indicators-by = التجميع حسب: year أو sex أو age أو form أو country أو citizenship أو region (مفصولة بفواصل لأكثر من واحد)
help-cases-indicators-format = صيغة الإخراج
help-cases-indicators-format-table = أعمدة مصفوفة للقراءة
help-cases-indicators-format-csv = CSV بصف عناوين
help-cases-indicators-format-json = مصفوفة JSON من الصفوف
help-cases-indicators-source = سجلات هذا المصدر فقط
help-cases-indicators-k = عتبة الخلايا الصغيرة k (3 على الأقل)
help-cases-sources = المصادر المخزنة
help-cases-release = الإصدارات: الشكل العلني الوحيد لجداول سجلات حالات الضحايا (create، list، withdraw)
help-cases-release-create = إعداد إصدار: حساب الجداول العلنية أحادية البعد الآن (المجموع؛ حسب السنة والجنس والعمر والشكل والبلد والجنسية) من كل سجلات الحالات المجمّعة، وحمايتها، وتخزينها مجمّدة. ثم يقدّمه الموقع وواجهة API؛ ولا تغيّر عمليات الاستيراد شيئًا علنيًا حتى الإصدار التالي
help-cases-release-create-method = cell-key (افتراضي) أو dp
help-cases-release-create-method-cell-key = حجب الخلايا الصغيرة وضوضاء مفتاح الخلية (±2)، نفسها للسجلات نفسها
help-cases-release-create-method-dp = الخصوصية التفاضلية (توزيع لابلاس المتقطع في OpenDP) بقيمة --epsilon، تُخصم من ميزانية الخصوصية لكل مصدر
help-cases-release-create-epsilon = فقدان الخصوصية لإصدار --method dp (عدد موجب، مثل 0.5 أو 1 أو 2)، يُخصم من ميزانية كل مصدر
help-cases-release-create-note = ملاحظة للقراء (تُعرض مع الإصدار)
help-cases-release-list = سرد الإصدارات، الأحدث أولًا
help-cases-release-withdraw = سحب إصدار: لا يعود يُقدَّم (ويبقى ε الخاص به مستهلكًا)
help-cases-release-withdraw-id = رقم الإصدار
help-cases-budget = ميزانية الخصوصية التي تستهلكها الإصدارات ذات الخصوصية التفاضلية
help-cases-budget-set = تحديد ميزانية الخصوصية (مجموع ε عبر كل الإصدارات) لمصدر، أو لكل مصدر مخزن
help-cases-budget-set-epsilon = مجموع ε (عدد موجب)
help-cases-budget-set-source = هذا المصدر فقط
help-cases-budget-show = عرض ميزانية كل مصدر وε المستهلك وε المتبقي
help-cases-export = كتابة سجلات الحالات الخام (صف لكل ضحية) بصيغة CSV إلى الإخراج القياسي. بيانات على مستوى السجل: لحائز البيانات على ملف قاعدة بياناته فقط؛ لا تنشرها أبدًا (استخدم `cases indicators` الذي يحمي الخلايا الصغيرة)
help-cases-export-source = سجلات هذا المصدر فقط

## palermo stats
help-stats-import = استيراد الإحصاءات الوطنية (البيانات القطرية لـ GLOTIP لمكتب الأمم المتحدة المعني بالمخدرات والجريمة) في معاملة واحدة
    .long =
        استيراد الإحصاءات الوطنية (البيانات القطرية لـ GLOTIP لمكتب الأمم المتحدة المعني بالمخدرات والجريمة) في معاملة واحدة.

        يُتحقق من كل صف؛ تُخزَّن الصفوف الصحيحة، وتُكتب الصفوف المرفوضة مع سطرها وحقلها وسببها في تقرير (اسم FILE مع `.rejected.csv` في دليل العمل، أو --report). إعادة استيراد مجموعة بيانات تستبدلها (دون تكرار)، لكنها لا تقلّصها أبدًا دون تنبيه: تُرفض دون --force إعادة الاستيراد التي ترفض أكثر من 1% من صفوفها أو تُبقي أقل من نصف الصفوف المخزنة. المفاتيح المنشورة أكثر من مرة تُحفظ كلها وتُسرد بوصفها تعارضات.

        رمز الخروج: 0 إذا خُزّن كل صف؛ 3 إذا رُفضت صفوف (تُخزَّن الأخرى؛ انظر التقرير)؛ 1 إذا لم يُستورد شيء.
help-stats-import-file = الملف (CSV، UTF-8)
help-stats-import-format = بنية FILE (الافتراضي: glotip-xlsx لملف `.xlsx`، وإلا glotip-csv)
help-stats-import-format-glotip-csv = ملف CSV لبوابة بيانات GLOTIP لمكتب الأمم المتحدة المعني بالمخدرات والجريمة (13 عمودًا، `txtVALUE` مع "<5")
help-stats-import-format-glotip-xlsx = مصنف Excel لبوابة البيانات (`data_glotip.xlsx`): ورقة العمل الأولى، بالأعمدة نفسها كما في CSV؛ تُرقَّم الصفوف كما في الورقة
help-stats-import-dataset = اسم مجموعة البيانات (إعادة استيراد اسم تستبدله؛ الجدول المرفق هو `glotip`)
help-stats-import-force = استبدال مجموعة البيانات حتى إن رُفض أكثر من 1% من الصفوف أو كان في النسخة الجديدة أقل من نصف الصفوف المخزنة (وإلا يُرفض)
help-stats-import-report = أين تُكتب الصفوف المرفوضة والتحذيرات (CSV)
help-stats-import-as_of = تاريخ البيانات (YYYY-MM-DD: نشر المصدر أو آخر تحديث له)، يُخزَّن مع مجموعة البيانات ويُعرض مع أرقامها
help-stats-indicators = الضحايا المكتشفون، والملاحقات القضائية، والإدانات …: مجاميع مع التغطية والنطاقات المراقَبة والمعدلات لكل 100000
    .long =
        الضحايا المكتشفون، والملاحقات القضائية، والإدانات …: مجاميع مع التغطية والنطاقات المراقَبة والمعدلات لكل 100000.

        تجمع المجاميع خلية واحدة لكل بلد وسنة؛ تُحسب خلايا "<5" من 1 إلى 4، فتكون المجاميع نطاقات حين تسهم إحداها (JSON: "censored": true مع "value_min" و"value_max"، و"value" قيمته null). البيانات الناقصة ليست صفرًا: كل صف يسرد البلدان والسنوات التي يغطيها. لا تُجمع المجاميع الإقليمية لمكتب الأمم المتحدة المعني بالمخدرات والجريمة.
help-stats-indicators-dataset = مجموعة البيانات هذه فقط (الافتراضي: الكل؛ المرفقة هي `glotip`)
help-stats-export = تصدير الضحايا المكتشفين لقاعدة البيانات العالمية لأهداف التنمية المستدامة في الأمم المتحدة (المؤشر 16.2.2) بصيغة SDMX-CSV 1.0: تدفق البيانات IAEG-SDGs:DF_SDG_GLH، وأبعاد DSD لأهداف التنمية المستدامة بالترتيب، والسلاسل VC_HTF_DETV وVC_HTF_DETVSX وVC_HTF_DETVFL وVC_HTF_DETVOP وسلاسلها لكل 100000 (المنتهية بـ R)، ورموز المناطق M49، ورموز SEX وAGE من قوائم رموز أهداف التنمية المستدامة
    .long =
        تصدير الضحايا المكتشفين لقاعدة البيانات العالمية لأهداف التنمية المستدامة في الأمم المتحدة (المؤشر 16.2.2) بصيغة SDMX-CSV 1.0: تدفق البيانات IAEG-SDGs:DF_SDG_GLH، وأبعاد DSD لأهداف التنمية المستدامة بالترتيب، والسلاسل VC_HTF_DETV وVC_HTF_DETVSX وVC_HTF_DETVFL وVC_HTF_DETVOP وسلاسلها لكل 100000 (المنتهية بـ R)، ورموز المناطق M49، ورموز SEX وAGE من قوائم رموز أهداف التنمية المستدامة.

        لخلية "<5" قيمة OBS_VALUE فارغة وOBS_STATUS هو Q (محجوب). الإحصاءات المنشورة فقط.
help-stats-export-format = صيغة الإخراج
help-stats-export-format-sdmx-csv = SDMX-CSV 1.0 لقاعدة البيانات العالمية لأهداف التنمية المستدامة (تدفق البيانات IAEG-SDGs:DF_SDG_GLH)
help-stats-export-output = الكتابة إلى FILE بدلًا من الإخراج القياسي
help-stats-export-country = البلد: رمز ISO 3166-1 alpha-3، مثل MDA
help-stats-export-dataset = مجموعة البيانات هذه فقط (الافتراضي: الكل؛ المرفقة هي `glotip`)
help-stats-conflicts = المفاتيح المنشورة أكثر من مرة مع أسطر مصدرها وقيمها
help-stats-conflicts-dataset = مجموعة البيانات
help-stats-indicators-from = السنة الأولى (شاملة): أربعة أرقام، من 1900 إلى 2100
help-stats-indicators-to = السنة الأخيرة (شاملة): أربعة أرقام، من 1900 إلى 2100
help-stats-indicators-country = البلد: رمز ISO 3166-1 alpha-3، مثل MDA (يُرفض الاسم مع ذكر رمزه)
help-stats-indicators-region = منطقة أو منطقة فرعية لمكتب الأمم المتحدة المعني بالمخدرات والجريمة ("Europe"، "Sub-Saharan Africa")
help-stats-indicators-sex = الجنس: female أو male أو other أو unknown (الافتراضي: الكل)
help-stats-indicators-age = الفئة العمرية: child (0-17) أو adult (18+) أو unknown (الافتراضي: الكل)
help-stats-indicators-form = شكل الاستغلال: sexual أو forced-labour أو other
help-stats-indicators-by = التجميع حسب: year أو sex أو age أو form أو country أو citizenship أو region (مفصولة بفواصل لأكثر من واحد)
help-stats-indicators-format = صيغة الإخراج
help-stats-indicators-format-table = أعمدة مصفوفة للقراءة
help-stats-indicators-format-csv = CSV بصف عناوين
help-stats-indicators-format-json = مصفوفة JSON من الصفوف
help-stats-export-from = السنة الأولى (شاملة): أربعة أرقام، من 1900 إلى 2100
help-stats-export-to = السنة الأخيرة (شاملة): أربعة أرقام، من 1900 إلى 2100
help-stats-import-strict = رفض الملف كله عند أول صف غير صالح
help-stats-indicators-indicator = detected-victims (الضحايا المكتشفون؛ افتراضي) أو prosecuted أو convicted أو formal-contact أو offences
