### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

error-not-found = غير موجود
error-bad-request = طلب غير صحيح
error-too-large = الطلب كبير جدًا
error-time-limit = تم تجاوز الحد الزمني
error-busy = الخادم مشغول
error-too-many-requests = طلبات كثيرة جدًا
error-internal = خطأ داخلي
error-internal-message = حدث خطأ من جانبنا؛ وقد سُجِّل الخطأ.
error-no-page = لا توجد صفحة في { $path }.
error-back-to-dashboard = العودة إلى لوحة المعلومات
error-query-unreadable = تتعذر قراءة سلسلة الاستعلام ({ $detail })؛ أعط كل معلمة مرة واحدة، وفقط المعلمات التي يقبلها المسار (انظر /api/v1/openapi.json)
error-no-instrument = لا يوجد صك باسم { $code }.
error-no-country = لا يوجد بلد بالرمز { $code }.
error-as-of-not-a-date = as_of { $value } ليس تاريخًا بصيغة YYYY-MM-DD
error-unknown-value = قيمة { $name } غير معروفة: { $value }
error-format = صيغة غير معروفة { $value }: json أو csv
error-not-a-year = { $name }={ $value } ليست سنة (أربعة أرقام، مثل 2019)
error-not-a-number = { $name }={ $value } ليس رقمًا
error-no-release = لا يوجد الإصدار { $id }
error-release-withdrawn = سحب حائز البيانات الإصدار { $id } في { $date }
error-no-release-yet = لم يُنشر أي إصدار لسجلات الحالات بعد؛ ينشره حائز البيانات باستخدام `palermo cases release create`
error-panel-by-year = يتطلب panel=balanced المعلمة by=year (اللوحة سلسلة حسب السنة)

## معلمات الاستعلام (palermo_model::query::ParamError).
param-unknown-name = معلمة غير معروفة { $name }: يقبل هذا العنوان { $expected }
param-unknown-name-suggest = معلمة غير معروفة { $name }: هل تقصد { $suggestion }؟ يقبل هذا العنوان { $expected }
param-repeated = المعلمة { $name } مذكورة أكثر من مرة؛ اذكرها مرة واحدة
param-unknown-value = قيمة { $name } غير معروفة «{ $value }»: القيم الممكنة { $expected }
param-country-name = البلد «{ $value }» اسم: أعطِ رمزه وفق ISO 3166-1 alpha-3، { $iso3 }
param-unknown-country = بلد غير معروف «{ $value }»: أعطِ رمزًا وفق ISO 3166-1 alpha-3 مثل MDA
param-unknown-region = منطقة غير معروفة «{ $value }»: القيم الممكنة { $expected }، أو إحدى مناطقها الفرعية
param-not-a-year = { $name }={ $value } ليست سنة (أربعة أرقام من 1900 إلى 2100، مثل 2019)
param-not-a-number = { $name }={ $value } ليس عددًا صحيحًا من { $min } إلى { $max }
