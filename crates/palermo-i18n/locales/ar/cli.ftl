### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

## ما تعرضه كل الأوامر
cli-error = خطأ: { $message }
cli-warning = تحذير: { $message }
cli-left-out = … (حُذف { $bytes } بايت إضافية)
cli-audit-failed = تسجيل { $action } في سجل المراجعة (لا يُعرض شيء قبل تسجيله)
cli-opening-database = فتح قاعدة البيانات { $url }
cli-starting-runtime = بدء بيئة التشغيل غير المتزامنة
cli-opening-file = فتح { $file }
cli-dry-run = تشغيل تجريبي: لم يُكتب أي شيء.

## الصكوك
cli-instrument-untoc = اتفاقية الجريمة المنظمة (UNTOC)
cli-instrument-tip = بروتوكول الاتجار بالأشخاص
cli-instrument-som = بروتوكول تهريب المهاجرين
cli-instrument-firearms = بروتوكول الأسلحة النارية

## palermo treaty
cli-treaty-not-a-date = { $value } ليس تاريخًا بالصيغة YYYY-MM-DD
cli-treaty-unknown-region = منطقة غير معروفة { $region }: المتوقع Africa أو Americas أو Asia أو Europe أو Oceania
cli-treaty-status-as-at = { $instrument }: الحالة في { $date }
cli-treaty-status-as-at-after = { $instrument }: الحالة في { $date } (لا توجد بيانات بعده؛ التاريخ المطلوب { $asked })
cli-treaty-status-as-at-on = { $instrument }: الحالة في { $date }، معروضة كما كانت في { $asked }
cli-treaty-not-a-file = { $file }: ليس ملفًا (أعط مسار جدول حالة بصيغة CSV)
cli-treaty-rejected-errors =
    { $count ->
        [one] رُفض { $file }: خطأ واحد؛ لم يُستورد أي شيء
        [two] رُفض { $file }: خطآن؛ لم يُستورد أي شيء
        [few] رُفض { $file }: { $count } أخطاء؛ لم يُستورد أي شيء
        [many] رُفض { $file }: { $count } خطأً؛ لم يُستورد أي شيء
       *[other] رُفض { $file }: { $count } خطأ؛ لم يُستورد أي شيء
    }
cli-treaty-rejected = رُفض { $file }: { $reason }؛ لم يُستورد أي شيء
cli-treaty-read = { $instrument }: قُرئ { $count } من المشاركين من { $file }، الحالة في { $date }.
cli-treaty-no-changes = لا تغييرات مقارنة بالبيانات الحالية.
cli-treaty-new-signature = توقيع جديد: { $participant }
cli-treaty-new-party = طرف جديد: { $participant } ({ $kind }، { $date })
cli-treaty-changed = تغيّر: { $participant }
cli-treaty-removed = لم يعد مدرجًا: { $participant }
cli-treaty-renamed = تغيّر الاسم: { $old } → { $new }
cli-treaty-summary = توقيعات جديدة: { $signatures }، أطراف جديدة: { $parties }، تغيّر: { $changed }، أُزيل: { $removed }، تغيّر الاسم: { $renamed }، دون تغيير: { $unchanged }.
cli-treaty-nothing-recorded = لم يُسجَّل أي شيء (البيانات نفسها).
cli-treaty-col-participant = المشارك
cli-treaty-col-iso3 = iso3
cli-treaty-col-instrument = الصك
cli-treaty-col-signature = التوقيع
cli-treaty-col-consent = الموافقة
cli-treaty-col-kind = النوع
cli-treaty-col-party = طرف
cli-yes = نعم
cli-no = لا
cli-treaty-rows = عدد الصفوف: { $rows }، عدد الأطراف: { $parties }.

## palermo db
cli-db-backend = نظام قاعدة البيانات: { $value }
cli-db-database = قاعدة البيانات: { $value }
cli-db-schema-version = إصدار المخطط: { $value }
cli-db-schema-version-none = إصدار المخطط: لا يوجد (قاعدة بيانات جديدة)
cli-db-binary = إصدار البرنامج: { $value }
cli-db-pending-none = المعلّقة: لا يوجد
cli-db-pending = المعلّقة: { $count }
cli-db-orphan-cells = الخلايا اليتيمة: { $count } (خلايا إحصائية مجموعة بياناتها غير مخزنة؛ المتوقع 0)
cli-db-reading-schema = قراءة مخطط { $url }
cli-db-migrating = ترحيل { $url }
cli-db-migrated = { $location }: عدد عمليات الترحيل المطبقة: { $count }؛ المخطط في الإصدار { $version }
cli-db-backup-written = كُتبت النسخة الاحتياطية في { $file }
cli-db-pg-dump-found = pg_dump موجود في PATH ({ $path })
cli-db-pg-dump-missing = pg_dump غير موجود في PATH: ثبّت أدوات عميل PostgreSQL (Debian: postgresql-client)
cli-db-no-backup = لم تُكتب أي نسخة احتياطية: { $advice }؛ { $found }
cli-db-backing-up = النسخ الاحتياطي إلى { $file }
cli-db-opening-target = فتح الهدف { $url }
cli-db-migrating-target = ترحيل الهدف { $url }
cli-db-copying = نسخ { $source } إلى { $target }
cli-db-copied-table = { $table } عدد الصفوف: { $rows }  المجموع الاختباري { $checksum }  (متطابق في الاثنين)
cli-db-copied = نُسخ { $source } إلى { $target }
cli-stats-read-sum-fits = يُقرأ مجموعًا لصفوفه (لا تتطابق مجاميع البلد والسنة إلا مع المجموع)
cli-stats-read-alternatives-fit = يُقرأ قيمًا بديلة (لا تتطابق المجاميع إلا مع قيمة واحدة)
cli-stats-read-both-fit = يُقرأ قيمًا بديلة (تتطابق المجاميع مع القراءتين)
cli-stats-read-neither-fits = يُقرأ قيمًا بديلة (لا تتطابق المجاميع مع أي من القراءتين)
cli-stats-read-unchecked = يُقرأ قيمًا بديلة (لا مجموع ولا تفصيل للمقارنة)
cli-stats-readings = قُرئت مجاميع: { $sum }؛ قيمًا بديلة: { $alternatives } حيث لا تتطابق إلا هي، و{ $both } حيث تتطابق القراءتان، و{ $neither } حيث لا تتطابق أي منهما، و{ $unchecked } دون ما يُقارن به.

## palermo mse
cli-mse-reading-stdin = قراءة الإدخال القياسي
cli-mse-reading = قراءة { $file }
cli-mse-errors = { $file }: عدد الأخطاء { $count } (لم يُقدَّر شيء):
cli-mse-and-more = … و{ $count } أخرى
cli-mse-terms-need-fixed = يتطلب --terms الخيار --method fixed
cli-mse-time-limit-bad = --time-limit { $value }: ليس عددًا من الثواني
cli-mse-header = { $file }: عدد القوائم { $count } ({ $lists })، والمرصودون { $observed }
cli-mse-method = الطريقة:          { $method }
cli-mse-method-stepwise = تدريجي (يضيف الزوج ذا أصغر قيمة p لبواسون ما دامت p < { $threshold })
cli-mse-selected-model = النموذج المختار:  { $model }
cli-mse-estimate = التقدير:           { $estimate } شخصًا ({ $unobserved } لم يُرصدوا قط)
cli-mse-interval-wald = لوغاريتمي طبيعي لوالد
cli-mse-interval-bounds = المجموع المرصود، لا يتوافق أي نموذج
cli-mse-interval-bca-seed = bootstrap من نوع BCa ({ $replicates } تكرار، البذرة { $seed })
cli-mse-empty-overlaps = التقاطعات الفارغة (θ = −∞):
cli-mse-p-empty = P(فارغ بالمصادفة) = { $p }
cli-mse-models-tried = النماذج المجرَّبة (معروض { $shown } من { $tried }):
cli-mse-col-interactions = التفاعلات
cli-mse-col-deviance = الانحراف
cli-mse-col-estimate = التقدير
cli-mse-col-p-value = قيمة p
cli-mse-not-fitted = لم يُوفَّق: { $why }
cli-mse-other-methods = طرق أخرى جنبًا إلى جنب (اختيار النموذج هو المصدر الأكبر لعدم اليقين):

## حالات رفض مشتركة بين عدة أوامر
cli-nothing-imported = { $reason }؛ لم يُستورد شيء
cli-nothing-changed = { $reason }؛ لم يُغيَّر شيء

## palermo serve
cli-serve-serving = يعمل Palermo على http://{ $addr } (قاعدة البيانات { $database })
cli-serve-serving-on = الخدمة على { $addr }

## palermo cases
cli-cases-fewer-than = أقل من { $k }
cli-cases-footer = المجموع { $total }؛ حُجبت { $primary } خلية دون k={ $k }، و{ $secondary } أخرى منعًا للاستنتاج بالطرح.
cli-cases-unknown-region = منطقة غير معروفة «{ $region }»: المتوقع Africa أو Americas أو Asia أو Europe أو Oceania أو منطقة فرعية
cli-cases-col-victims = الضحايا
cli-cases-withheld = محجوب
cli-cases-export-warning = تليها { $count } صفًا من السجلات الفردية؛ احتفظ بها على هذا الجهاز (الأرقام العامة: palermo cases indicators)
cli-cases-source-rows = قُرئ { $read }، وخُزّن { $stored }، ورُفض { $rejected }

## palermo cases release, budget
cli-release-about = نحو { $count } سجل
cli-release-fewer-than = أقل من { $count } سجلات
cli-release-withdrawn-on = سُحب في { $date }
cli-release-epsilon-not-dp = الخيار --epsilon خاص بـ --method dp؛ لم يُنشر شيء
cli-release-dp-needs-epsilon = يتطلب --method dp الخيار --epsilon E (مثل 1)؛ لم يُنشر شيء
cli-release-refused = { $reason }؛ لم يُنشر شيء
cli-release-made = أُعدّ الإصدار { $id }: { $release }
cli-release-served = يعرضه الآن الموقع وواجهة API؛ ويُنشر عدد السجلات مقرّبًا.
cli-release-none = لا إصدارات بعد؛ أعدّ واحدًا بالأمر `palermo cases release create`
cli-release-withdrawn = سُحب الإصدار { $id }: { $release }

## palermo user, token, audit
cli-user-reading-password = قراءة كلمة المرور من الإدخال القياسي
cli-user-password-stdin = كلمة المرور في الإدخال القياسي
cli-user-no-such-account = لا يوجد هذا الحساب (أعط معرّفه أو بريده الإلكتروني، انظر `palermo user list`)
cli-user-bad-email = --email: المتوقع عنوان بريد إلكتروني (علامة «@» واحدة، بلا مسافات، 254 حرفًا على الأكثر)
cli-user-bad-name = --name: المتوقع من 1 إلى 200 حرف
cli-user-public-role = --role: ليس للجمهور حساب
cli-user-needs-org = --org: يعمل حساب { $role } باسم منظمة (state:ISO3 أو un:الاسم أو icat:الاسم أو agency:الاسم)
cli-user-reviews-not-reviewer = --reviews: لا يستعرض الدول إلا خبير الاستعراض
cli-user-bad-reviews = --reviews: المتوقع رموز ISO 3166-1 alpha-3 مفصولة بفواصل
cli-user-created = أُنشئ الحساب { $id } ({ $role })
cli-user-password-once = كلمة المرور (تُعرض مرة واحدة): { $password }
cli-user-enrol-totp = يسجّل حساب { $role } عامل TOTP ثانيًا في /account بعد أول تسجيل دخول
cli-user-already-disabled = الحساب { $id } معطَّل بالفعل
cli-user-disabled = عُطّل الحساب { $id }: انتهت جلساته وأُلغيت رموزه
cli-user-password-reset = عُيّنت كلمة مرور جديدة للحساب { $id }؛ وانتهت جلساته
cli-token-bad-name = --name: المتوقع من 1 إلى 100 حرف
cli-token-account-disabled = الحساب { $id } معطَّل
cli-token-created = أُنشئ الرمز { $id } ({ $scope }) للحساب { $account }
cli-token-once = الرمز (يُعرض مرة واحدة): { $token }
cli-token-no-live = لا يوجد رمز سارٍ { $id } (انظر `palermo token list`)
cli-token-revoked = أُلغي الرمز { $id }
cli-audit-intact = سجل المراجعة سليم: { $entries } قيدًا، آخرها القيد { $last } بقيمة التجزئة { $hash }
cli-audit-broken = سجل المراجعة منقطع عند القيد { $seq }: { $reason }
cli-audit-truncated = سجل المراجعة منقطع بعد القيد { $seq }: تنتهي السلسلة هناك لكن سُجّل { $recorded } قيدًا (حُذفت قيود من نهايتها)
cli-creating-file = إنشاء { $file }

## palermo stats import, palermo cases import
cli-import-rows-rejected = عدد الصفوف المرفوضة وغير المخزنة: { $count } (حالة الخروج 3)؛ خُزنت الصفوف الأخرى
cli-import-writing-report = كتابة التقرير { $file }
cli-import-field = ، الحقل { $field }
cli-import-rejected-row = مرفوض: { $file }: { $location }{ $field }: { $reason }
cli-import-progress-rows = عدد الصفوف: { $rows }
cli-import-rejected-rows-at = (الصفوف المرفوضة: { $file })
cli-import-strict = { $error }؛ ‎--strict: رُفض الملف كله، ولم يُستورد شيء
cli-import-file-rejected = { $error }؛ رُفض الملف، ولم يُستورد شيء
cli-import-failed = فشل الاستيراد؛ لم يُستورد شيء
cli-import-shrink = { $error } (تحقق من الملف والتقرير؛ ‎--force يستبدلها مع ذلك)
cli-import-nothing = { $error }؛ لم يُستورد شيء
cli-import-reading = قراءة { $file }
cli-import-what-cells = الخلايا
cli-import-what-case-records = سجلات الحالات
cli-import-summary = { $file }: عدد الصفوف المقروءة: { $read }، عدد { $what } المخزنة: { $stored }، عدد المرفوضة: { $rejected }، عدد المخزنة مع تحذير: { $warnings }{ $replaced }.
cli-import-replaced = ؛ استُبدل { $count } صفًا من الاستيراد السابق لـ { $name }
cli-import-report-at = الصفوف المرفوضة والتحذيرات (السطر، الحقل، السبب): { $file }
cli-import-conflicts = عدد المفاتيح المنشورة أكثر من مرة: { $count } (منها { $differ } بقيم مختلفة)؛ تُحفظ كل الصفوف، ولا يُجمع أي منها ولا يُختار:
cli-import-conflicts-at-least = عدد المفاتيح المنشورة أكثر من مرة: { $count } على الأقل (منها { $differ } بقيم مختلفة)؛ تُحفظ كل الصفوف، ولا يُجمع أي منها ولا يُختار:
cli-import-more-conflicts = … و{ $count } أخرى (palermo stats conflicts --dataset { $dataset })
cli-import-more-conflicts-at-least = … و{ $count } أخرى على الأقل (palermo stats conflicts --dataset { $dataset })
cli-import-line-value = السطر { $line }: { $value }

## palermo stats
cli-stats-empty-name = اسم فارغ؛ أعط اسمًا قصيرًا مثل police-2024
cli-stats-bad-name = اسم من 100 حرف على الأكثر، بلا محارف تحكم
cli-stats-loading-bundled = تحميل إحصاءات GLOTIP المرفقة
cli-stats-conflicts-count = عدد المفاتيح المنشورة أكثر من مرة في { $dataset }: { $count }.
cli-stats-years-span = { $first }-{ $last } (عدد السنوات: { $count })
cli-stats-col-value = القيمة
cli-stats-col-per-100k = لكل 100 ألف
cli-stats-col-countries = البلدان
cli-stats-col-years = السنوات
cli-stats-no-data = (لا بيانات لهذا الاختيار: البيانات الناقصة ليست صفرًا)
cli-stats-note-range = * نطاق: ينشر مكتب الأمم المتحدة المعني بالمخدرات والجريمة الأعداد الصغيرة بصيغة "<5" (من 1 إلى 4 لكل منها) ولا تُخمَّن.
cli-stats-note-conflict = ! المفتاح المنشور أكثر من مرة بقيم مختلفة يُسهم بنطاقه (palermo stats conflicts).

## palermo linkage
cli-linkage-threads = تعذر بدء خيوط العمل
cli-linkage-secret-unreadable = { $file }: تعذرت قراءة ملف السر
cli-linkage-secret-short = { $file }: طول السر { $bytes } بايت؛ يلزم { $min } على الأقل
cli-linkage-schema-unreadable = { $file }: تعذرت قراءة المخطط
cli-linkage-schema-invalid = { $file }: مخطط ربط غير صالح
cli-linkage-progress = سجلات ({ $rate }، الوقت المتبقي { $eta })
cli-linkage-encoding = الترميز
cli-linkage-matching = المطابقة
cli-linkage-histogram = المدرج التكراري
cli-linkage-no-keys = { $file }: تعذر اشتقاق المفاتيح
cli-linkage-identifiers-unreadable = { $file }: تعذر فتح ملف المعرّفات
cli-linkage-header-unreadable = { $file }: تعذرت قراءة سطر العناوين
cli-linkage-header-mismatch = { $file }: العناوين لا تطابق { $schema }
cli-linkage-line = السطر { $line }
cli-linkage-record-unreadable = { $file }{ $line }: تعذرت قراءة السجل ({ $reason })
cli-linkage-empty-list = { $file }: القائمة فارغة (سطر عناوين بلا سجلات)
cli-linkage-bad-records = { $file }: عدد السجلات الخاطئة: { $count }؛ لم يُكتب أي CLK
cli-linkage-bad-value = { $file }{ $line }، العمود '{ $column }': { $reason }
cli-linkage-field-count = { $file }{ $line }: فيه { $found } حقول، وفي المخطط { $expected }
cli-linkage-clks-unwritable = { $file }: تعذرت كتابة رموز CLK
cli-linkage-no-clk = لا يوجد CLK للكتابة
cli-linkage-encoded = رُمّز { $count } سجلًا من { $file } في { $output } خلال { $seconds } ث ({ $rate } سجل/ث)؛ متوسط الكثافة { $density }
cli-linkage-dense = تضبط رموز CLK في المتوسط { $percent }% من بتاتها. فوق النصف تقريبًا تصبح رموز CLK القائمة على مرشحات بلوم أسهل للهجوم (تنقيب التكرارات والأنماط) وتبدو السجلات غير المترابطة متشابهة؛ فكّر في تقليل bitsPerFeature/bitsPerToken، أو إطالة l، أو استخدام xor_folds (انظر README، Privacy-preserving record linkage).
cli-linkage-more-bad-records = { $file }: … و{ $count } سجلات خاطئة أخرى
cli-linkage-not-utf8 = الحقل { $field } ليس UTF-8 صالحًا
cli-linkage-input-error = خطأ في الإدخال
cli-linkage-malformed-csv = CSV مشوّه
cli-linkage-identical = { $file }: { $shared } من { $records } سجلات تشترك في CLK مع سجل آخر (عدد مجموعات رموز CLK المتطابقة: { $groups }). تعني رموز CLK المتطابقة معرّفات متطابقة: الشخص نفسه مدرج مرتين، أو قيمة بديلة مثل "unknown" في حقل اسم أو تاريخ، مما يجعل كل هذه السجلات تبدو شخصًا واحدًا لـ `linkage match`. اترك القيم المجهولة فارغة (missingValue في المخطط) أو احذف التكرارات قبل الترميز.
cli-linkage-more = … و{ $count } أخرى
cli-linkage-one-clk = { $file }: عدد السجلات ذات CLK واحد: { $count }: { $lines }
cli-linkage-more-groups = { $file }: … و{ $count } مجموعات أخرى
cli-linkage-clks-unreadable = { $file }: تعذرت قراءة ملف CLK
cli-linkage-clks-invalid = { $file }: ملف CLK غير صالح
cli-linkage-bits-differ = { $file }: رموز CLK من { $bits } بت، لكن { $first } يحوي رموز CLK من { $first_bits } بت: هل رُمّزت بالمخطط نفسه؟
cli-linkage-names-count = يعطي ‎--names عدد { $names } من الأسماء لعدد { $lists } من القوائم
cli-linkage-bad-list-name = لا يمكن أن يكون اسم القائمة { $name } اسم عمود: اختر غيره باستخدام ‎--names
cli-linkage-same-list-name = قائمتان باسم { $name }: سمّهما باستخدام ‎--names a,b,…
cli-linkage-bad-threshold = يجب أن يكون ‎--threshold أكبر من 0 وألا يتجاوز 1، لا { $value }
cli-linkage-cannot-link = تعذر ربط هذه القوائم
cli-linkage-matches-unwritable = { $file }: تعذرت كتابة المطابقات
cli-linkage-histories-unwritable = { $file }: تعذرت كتابة تواريخ الالتقاط
cli-linkage-matched = القوائم: { $lists }، العناقيد: { $clusters }، الأزواج المتطابقة: { $pairs }، الأفراد: { $individuals }؛ الأزواج المدروسة: { $considered }، معاملات Dice المحسوبة: { $computed } خلال { $seconds } ث ({ $rate } مليون زوج/ث، النواة { $kernel }، الخيوط: { $threads })
cli-linkage-bad-floor = يجب أن يكون ‎--floor بين 0 و1، لا { $value }
cli-linkage-report-lists = القوائم
cli-linkage-report-list = { $name }: عدد رموز CLK: { $clks } من { $bits } بت، متوسط الكثافة { $density }
cli-linkage-report-matches = المطابقات عند العتبة { $threshold } (المحلّل { $solver }، التجزئة { $blocking })
cli-linkage-report-pair = زوج القوائم
cli-linkage-report-candidates = المرشحة
cli-linkage-report-matched = المطابقة
cli-linkage-report-clusters = العناقيد: { $clusters }؛ الأفراد المرصودون: { $individuals }
cli-linkage-report-histories = تواريخ الالتقاط (مدخلات palermo mse)
cli-linkage-report-dice = معاملات Dice لكل الأزواج، { $a } × { $b }
cli-linkage-report-dice-floor = معاملات Dice لكل الأزواج، { $a } × { $b } ({ $below } زوجًا دون { $floor } غير مصنفة)
cli-linkage-report-threshold = العتبة
