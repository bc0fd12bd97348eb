### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

instrument-untoc = اتفاقية الجريمة المنظمة (UNTOC)
instrument-tip = بروتوكول الاتجار بالأشخاص
instrument-som = بروتوكول تهريب المهاجرين
instrument-firearms = بروتوكول الأسلحة النارية
consent-ratification = تصديق
consent-acceptance = قبول
consent-approval = موافقة
consent-accession = انضمام
consent-succession = خلافة
consent-formal-confirmation = إقرار رسمي
regional-organisation = منظمة إقليمية
parties-word =
    { $count ->
        [zero] دولة طرف
        [one] دولة طرف
        [two] دولتان طرفان
        [few] دول أطراف
        [many] دولة طرفًا
       *[other] دولة طرف
    }
parties-count =
    { $count ->
        [one] دولة طرف واحدة
        [two] دولتان طرفان
        [few] { $count } دول أطراف
        [many] { $count } دولة طرفًا
       *[other] { $count } دولة طرف
    }
mark-party = طرف
mark-signatory = موقِّع
mark-none = —

home-title = اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية والبروتوكولات الملحقة بها
home-lead = من وقّع أو صدّق أو انضم، ومن لم يفعل بعد. تدعو الجمعية العامة ولجنة منع الجريمة والعدالة الجنائية الدول الأعضاء التي لم تفعل ذلك بعد إلى التصديق على الاتفاقية وبروتوكولاتها أو الانضمام إليها.
home-parties-per-instrument = الدول الأطراف في كل صك
home-card-members = { $parties } من أصل { $members } دولة عضوًا في الأمم المتحدة ({ $percent })؛
home-card-signatories = عدد الموقِّعين { $signatories }، منهم { $not_party } ليسوا أطرافًا بعد.
home-card-meter = { $parties } من أصل { $members } دولة عضوًا في الأمم المتحدة أطراف
home-recent = أحدث الدول الأطراف الجديدة في الحالة المعروضة
home-recent-caption = آخر حالات الموافقة على الالتزام في اللقطات المعروضة، لجميع الصكوك (الحالة في التواريخ أعلاه؛ حالات الموافقة اللاحقة ليست في هذه اللقطات).

notice-title = حالة المعاهدات هذه ليست محدَّثة
notice-snapshot-as-at = الحالة المعروضة لقطة في
notice-years-old = (منذ { $years } سنة)
notice-newest-count = أحدث عدد رسمي معروف هو
notice-newest-rest = و{ $signatories } موقِّعًا في { $date }
notice-untc-page-of-that-date = صفحة الحالة في مجموعة معاهدات الأمم المتحدة في ذلك التاريخ
notice-current-status = الحالة الراهنة:
notice-at-untc = { $instrument } في مجموعة معاهدات الأمم المتحدة
notice-how-to-load = لعرض حالة أحدث، نزّل جدول الحالة من مجموعة معاهدات الأمم المتحدة وحمّله:

instrument-adopted = الاعتماد
instrument-entry-into-force = بدء النفاذ
instrument-unts = مجموعة معاهدات الأمم المتحدة (UNTS)
instrument-unts-ref = المجلد { $volume }، الرقم { $number }
instrument-depositary = مرجع الوديع
instrument-mtdsg = MTDSG، الفصل الثامن عشر، { $number }
instrument-status-at-untc = الحالة في مجموعة معاهدات الأمم المتحدة
instrument-status-shown = الحالة المعروضة
instrument-asked-beyond = (طلبتَ { $asked }، لكن أحدث البيانات في { $latest }: الإجراءات اللاحقة غير معروفة)
instrument-source = المصدر
instrument-latest-snapshot = (أحدث لقطة: { $date })
instrument-status-on-date = الحالة في تاريخ
instrument-counts = عدد الموقِّعين { $signatories } ({ $not_party } ليسوا أطرافًا بعد)،
instrument-members-then = { $parties } من أصل { $members } دولة عضوًا في الأمم المتحدة في ذلك التاريخ.
instrument-parties-by-year = الدول الأطراف حسب السنة
instrument-participants = المشاركون
instrument-participants-caption = عدد المشاركين في { $date }: { $count }. اختر عنوان عمود للفرز.
instrument-not-party-title = الدول الأعضاء في الأمم المتحدة التي ليست أطرافًا بعد ({ $count }، في { $date })
instrument-not-party-lead = مجمّعة حسب مناطق الأمم المتحدة. الدول الموسومة «موقَّع» وقّعت ولم تصدّق بعد.
instrument-signed-mark = (موقَّع)
chart-parties-title = الدول الأطراف في { $instrument } حسب السنة (تراكميًا)
chart-parties-desc = عدد الدول الأطراف في نهاية كل سنة (تراكميًا)، محسوبًا من تواريخ التصديق أو القبول أو الموافقة أو الانضمام أو الخلافة.
chart-parties-tip = { $year }: { $total } دولة طرف ({ $new } جديدة)
chart-parties-unit = الدول الأطراف

countries-title = البلدان والأقاليم
countries-lead = الحالة في إطار كل صك، في التاريخ المذكور في عنوان عموده: «طرف» أو «موقِّع» (وقّع ولم يصبح طرفًا بعد) أو «—» (لا إجراء).
countries-caption = عدد البلدان والأقاليم: { $count } (ISO 3166-1).
countries-as-at = (في { $date })

country-codes = الرموز
country-population = السكان
country-population-value = { $population } ({ $year }، البنك الدولي)
country-population-none = لا يوجد رقم للبنك الدولي
country-status-title = الحالة في إطار الاتفاقية وبروتوكولاتها
country-status-caption = الحالة في إطار كل صك في تاريخ أحدث لقطة له (مجموعة معاهدات الأمم المتحدة).
country-party-since = طرف منذ { $date } ({ $kind })
country-signatory-since = موقِّع منذ { $date }، وليس طرفًا بعد
country-neither = ليس طرفًا ولا موقِّعًا
country-statistics-title = إحصاءات الاتجار بالأشخاص
country-conflicts = عدد القيم المنشورة أكثر من مرة بأرقام مختلفة: { $count }؛ يبيّن الرسم البياني مداها
country-conflicts-link = التعارضات
country-all-figures = جميع أرقام هذا البلد
instrument-adopted-by = قرار الجمعية العامة { $resolution }
