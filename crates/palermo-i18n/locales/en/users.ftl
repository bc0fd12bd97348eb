# Account administration (/admin/users: creating an account, resetting a
# password) and the owner's activation (/account/activate). Issue #12.

users-create-heading = Create an account
users-create-intro = The new account gets no password: you are shown a one-time activation code, with which its owner sets a password of their own.
users-email = E-mail
users-name = Display name
users-role = Role
users-organisation = Organisation (state:ISO3, un:NAME, icat:NAME or agency:NAME)
users-create = Create the account
users-reset-button = Reset the password
users-role-data-provider = Data provider (an agency)
users-role-national-focal-point = National focal point (a State)
users-role-reviewer = Reviewer (an expert of a reviewing State)
users-role-analyst = Analyst (the secretariat)
users-role-administrator = Administrator
users-created = Account created
users-reset = Password reset
users-code-for = Activation code for { $email }:
users-code = Activation code
users-code-once = This code is shown once, here only, and is valid for 72 hours. Give it to the account's owner in person or by another channel than this page; with it they set their own password at { $link }. Nobody else, you included, learns the password; the account's sessions have ended.
users-back = Back to the accounts
users-not-created = Account not created
users-bad-email = The e-mail address must contain one @ and have at most 254 characters.
users-bad-name = The display name must have 1 to 100 characters.
users-bad-role = The role must be one of those in the list.
users-bad-organisation = The organisation must be written state:ISO3, un:NAME, icat:NAME or agency:NAME (1 to 64 letters, digits, -, _ or . after the colon).
users-needs-organisation = This role acts for an organisation: give one.
users-exists = An account with this e-mail address exists.
users-no-account = There is no active account with this id.

activate-title = Set your password
activate-intro = Type the activation code an administrator gave you and choose a password of at least 12 characters.
activate-code = Activation code
activate-password = New password
activate-submit = Set the password
activate-too-many = Too many attempts from your address: wait a minute and try again.
activate-form-expired = The form has expired or did not come from this site: open /account/activate again.
activate-failed = The password was not set: the code is wrong, used or expired, or the password has fewer than 12 characters. If the code has expired, ask an administrator for a new one.
