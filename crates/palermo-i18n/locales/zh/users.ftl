### Machine-drafted: every message of this file awaits review by a translator
### (palermo-i18n README, "Translations"; terms from the terminology file).

users-create-heading = 创建账户
users-create-intro = 新账户没有密码：系统会向您显示一个一次性激活码，账户持有人用它设置自己的密码。
users-email = 电子邮件
users-name = 显示名称
users-role = 角色
users-organisation = 组织（state:ISO3、un:名称、icat:名称或 agency:名称）
users-create = 创建账户
users-reset-button = 重置密码
users-role-data-provider = 数据提供方（机构）
users-role-national-focal-point = 国家联络人（国家）
users-role-reviewer = 审议专家（审议国的专家）
users-role-analyst = 分析员（秘书处）
users-role-administrator = 管理员
users-created = 账户已创建
users-reset = 密码已重置
users-code-for = { $email } 的激活码：
users-code = 激活码
users-code-once = 此激活码只在此处显示一次，有效期 72 小时。请当面或通过本页面以外的渠道交给账户持有人；持有人凭此码在 { $link } 设置自己的密码。包括您在内，其他任何人都不会知道该密码；该账户的会话已结束。
users-back = 返回账户列表
users-not-created = 账户未创建
users-bad-email = 电子邮件地址必须包含一个 @，且不超过 254 个字符。
users-bad-name = 显示名称须为 1 至 100 个字符。
users-bad-role = 角色必须是列表中的一项。
users-bad-organisation = 组织的写法为 state:ISO3、un:名称、icat:名称或 agency:名称（冒号后为 1 至 64 个字母、数字、-、_ 或 .）。
users-needs-organisation = 此角色代表一个组织行事：请填写组织。
users-exists = 使用此电子邮件地址的账户已存在。
users-no-account = 没有此编号的有效账户。

activate-title = 设置密码
activate-intro = 请输入管理员给您的激活码，并选择一个至少 12 个字符的密码。
activate-code = 激活码
activate-password = 新密码
activate-submit = 设置密码
activate-too-many = 来自您地址的尝试次数过多：请等待一分钟后重试。
activate-form-expired = 表单已过期或并非来自本网站：请重新打开 /account/activate。
activate-failed = 密码未设置：激活码错误、已使用或已过期，或密码少于 12 个字符。如激活码已过期，请向管理员索取新的激活码。
