### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

admin-accounts = الحسابات
admin-accounts-help = تُنشأ الحسابات الجديدة على الخادم بالأمر
admin-col-state = الحالة
admin-state-active = نشط
admin-state-locked = مقفل
admin-state-disabled = معطَّل
admin-disable = تعطيل
admin-audit-trail = سجل المراجعة
admin-audit-download = تنزيل السجل كاملًا (CSV، مع قيم التجزئة)
admin-audit-caption = أحدث القيود ({ $count })، الأحدث أولًا
admin-col-when = متى
admin-col-who = من
admin-col-what = ماذا
admin-col-on = على
admin-col-from = من أين
admin-chain-intact = السلسلة سليمة: عدد القيود { $entries }، وقيمة تجزئة آخرها { $hash }.
admin-chain-broken = السلسلة منقطعة عند القيد { $seq }: { $reason }.
admin-chain-truncated = السلسلة منقطعة بعد القيد { $seq }: سُجِّل { $recorded } قيدًا (حُذفت قيود من نهايتها).
admin-not-yourself = لا يمكنك تعطيل حسابك هنا (استخدم palermo user disable).
admin-no-such-account = لا يوجد حساب نشط بهذا المعرّف.
