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
