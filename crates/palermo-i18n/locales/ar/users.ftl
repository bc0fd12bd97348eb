### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

users-create-heading = إنشاء حساب
users-create-intro = لا يحصل الحساب الجديد على كلمة مرور: يُعرض عليك رمز تفعيل لمرة واحدة، يضع به صاحب الحساب كلمة مروره الخاصة.
users-email = البريد الإلكتروني
users-name = الاسم المعروض
users-role = الدور
users-organisation = المنظمة (state:ISO3 أو un:NAME أو icat:NAME أو agency:NAME)
users-create = إنشاء الحساب
users-reset-button = إعادة تعيين كلمة المرور
users-role-data-provider = مقدّم بيانات (جهة)
users-role-national-focal-point = جهة الوصل الوطنية (دولة)
users-role-reviewer = خبير استعراض (خبير من دولة مستعرِضة)
users-role-analyst = محلل (الأمانة)
users-role-administrator = مدير النظام
users-created = أُنشئ الحساب
users-reset = أُعيد تعيين كلمة المرور
users-code-for = رمز التفعيل لـ { $email }:
users-code = رمز التفعيل
users-code-once = يُعرض هذا الرمز مرة واحدة، هنا فقط، وهو صالح لمدة 72 ساعة. سلّمه إلى صاحب الحساب شخصياً أو بوسيلة غير هذه الصفحة؛ وبه يضع كلمة مروره الخاصة في { $link }. لا يعرف كلمة المرور أحد غيره، ولا أنت؛ وقد انتهت جلسات الحساب.
users-back = العودة إلى الحسابات
users-not-created = لم يُنشأ الحساب
users-bad-email = يجب أن يحتوي عنوان البريد الإلكتروني على @ واحدة وألا يتجاوز 254 حرفاً.
users-bad-name = يجب أن يتكون الاسم المعروض من 1 إلى 100 حرف.
users-bad-role = يجب أن يكون الدور أحد الأدوار الواردة في القائمة.
users-bad-organisation = تُكتب المنظمة بالشكل state:ISO3 أو un:NAME أو icat:NAME أو agency:NAME (من 1 إلى 64 حرفاً لاتينياً أو رقماً أو - أو _ أو . بعد النقطتين).
users-needs-organisation = يعمل هذا الدور باسم منظمة: أدخلها.
users-exists = يوجد حساب بعنوان البريد الإلكتروني هذا.
users-no-account = لا يوجد حساب نشط بهذا المعرّف.

activate-title = وضع كلمة المرور
activate-intro = اكتب رمز التفعيل الذي أعطاك إياه مدير النظام واختر كلمة مرور من 12 حرفاً على الأقل.
activate-code = رمز التفعيل
activate-password = كلمة المرور الجديدة
activate-submit = حفظ كلمة المرور
activate-too-many = محاولات كثيرة جداً من عنوانك: انتظر دقيقة ثم أعد المحاولة.
activate-form-expired = انتهت صلاحية النموذج أو لم يأتِ من هذا الموقع: افتح /account/activate من جديد.
activate-failed = لم تُحفظ كلمة المرور: الرمز خاطئ أو مستخدم أو منتهي الصلاحية، أو كلمة المرور أقل من 12 حرفاً. إن انتهت صلاحية الرمز فاطلب رمزاً جديداً من مدير النظام.
