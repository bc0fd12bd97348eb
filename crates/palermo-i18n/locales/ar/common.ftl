### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

site-name = Palermo
skip-to-content = انتقل إلى المحتوى
nav-main = التنقل الرئيسي
language-switcher = اللغة
signed-in-as = تم تسجيل الدخول باسم { $name }
data-as-of = البيانات المعروضة بتاريخ { $date }.
footer-sources = حالة المعاهدات: مجموعة معاهدات الأمم المتحدة، الفصل الثامن عشر (جداول الحالة). البلدان: ISO 3166-1 والتصنيف M49 للأمم المتحدة. السكان: البنك الدولي، SP.POP.TOTL. تذكر كل صفحة تاريخ البيانات التي تعرضها.
footer-licence = Palermo برمجيات مفتوحة المصدر (MIT OR Apache-2.0).
records-count =
    { $count ->
        [zero] لا توجد سجلات
        [one] سجل واحد
        [two] سجلان
        [few] { $count } سجلات
        [many] { $count } سجلًا
       *[other] { $count } سجل
    }
signed-in-as-of = تم تسجيل الدخول باسم { $name } ({ $organisation })
nav-dashboard = لوحة المعلومات
nav-convention = الاتفاقية
nav-tip = بروتوكول الاتجار بالأشخاص
nav-som = بروتوكول تهريب المهاجرين
nav-firearms = بروتوكول الأسلحة النارية
nav-countries = البلدان
nav-data = بيانات الاتجار بالأشخاص
nav-mse = تقدير الضحايا غير المكتشفين
nav-api = API
show = عرض
yes = نعم
no = لا
no-data = لا توجد بيانات
date-unknown = غير معروف
as-at = في { $date }
status-as-at = الحالة في { $date }.
download-csv = تنزيل بصيغة CSV
col-year = السنة
col-date = التاريخ
col-country = البلد
col-region = المنطقة
col-instrument = الصك
col-participant = المشارك
col-kind = النوع
col-signature = التوقيع
col-consent = الموافقة على الالتزام
col-status = الحالة
col-status-as-at = الحالة في
col-un-member = دولة عضو في الأمم المتحدة
source-glotip = المصدر: مكتب الأمم المتحدة المعني بالمخدرات والجريمة، التقرير العالمي عن الاتجار بالأشخاص (بوابة البيانات، { $date }).
chart-table-summary = جدول الأرقام
chart-note = ملاحظة
map-not-in-selection = خارج الاختيار
map-no-data-key = لا توجد بيانات (ليست صفرًا)
map-col-figure = الرقم
map-col-class = الفئة
map-table-caption = { $title }: البلدان التي لها رقم، وعددها { $count } (البقية: لا توجد بيانات)
