# The account pages (palermo-web/src/account): sign-in, the account page
# (password, second factor, API tokens) and the refusals of the policy.

account-your-account = Your account
account-dashboard = Dashboard
account-sign-in = Sign in
account-email = E-mail
account-password = Password
account-code = Authenticator code (if you enrolled one)
account-created-by-admin = Accounts are created by an administrator. The public pages need none.
account-name = Name
account-role = Role
account-organisation = Organisation
account-second-factor = Second factor
account-totp-enrolled = TOTP enrolled
account-none = none
account-new-token = Your new API token
account-new-token-help = Copy it now: it is shown only once. Scripts send it as
account-enrol-heading = Enrol a second factor (TOTP)
account-enrol-help = Add this key to an authenticator app (or open the link on your phone), then type the 6-digit code it shows. Administrators and analysts need it for everything but this page.
account-key = Key:
account-otpauth-link = otpauth link
account-totp-code = Code
account-enrol = Enrol
account-change-password = Change your password
account-current-password = Current password
account-new-password = New password (at least 12 characters)
account-change-password-button = Change password
account-tokens-heading = API tokens
account-tokens-need-totp = Enrol a second factor and sign in with it to make API tokens.
account-tokens-none = None.
account-col-id = Id
account-col-name = Name
account-col-scope = Scope
account-col-created = Created
account-col-last-used = Last used
account-revoke = Revoke
account-token-name = Name
account-token-scope = Scope
account-scope-read = read
account-scope-read-write = read-write
account-create-token = Create a token
account-sign-out = Sign out
account-never = never
account-utc = { $date } UTC
account-token-created = Token created.
account-token-revoked = Token revoked.

## Roles, as the pages name them (the CLI and the database keep the codes)
account-role-public = public
account-role-data-provider = data provider
account-role-national-focal-point = national focal point
account-role-reviewer = reviewer
account-role-analyst = analyst
account-role-administrator = administrator

## Refusals and failures
account-forbidden = Forbidden
account-unauthorized = Unauthorized
account-not-permitted = You are not permitted to do this.
account-needs-second-factor = This needs a second factor: enrol TOTP on your account page (/account), then sign in again with its code.
account-needs-token = Send a valid API token as Authorization: Bearer TOKEN.
account-sign-in-failed = Sign-in failed: the e-mail, password or code is wrong, or the account is disabled or locked after repeated failures (then try again in 15 minutes).
account-too-many-attempts = Too many sign-in attempts from your address: wait a minute and try again.
account-form-expired = The sign-in form has expired or did not come from this site: open /login again.
account-hashing-busy = Too many sign-ins are being checked; try again in a few seconds.
account-password-not-changed = Password not changed
account-password-too-short = The new password must have at least 12 characters (and at most 1024 bytes).
account-password-wrong = The current password is wrong.
account-totp-not-enrolled = Second factor not enrolled
account-totp-mismatch = The code does not match the key: check the app's clock and type the code it shows now.
account-token-not-created = Token not created
account-token-invalid = A token needs a name of 1-100 characters and the scope read or read-write.
account-no-such-token = You have no live token with this id.
