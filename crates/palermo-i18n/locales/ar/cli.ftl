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
