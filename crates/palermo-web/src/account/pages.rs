//! The account pages' models and templates (side by side: the templates
//! are inline, extending the site's `base.html`).

use askama::Template;
use axum::http::StatusCode;
use axum::response::{Html, IntoResponse, Response};

use crate::layout::Layout;

/// Renders `t` with `status` (a render failure is a 500 without detail).
pub fn render(status: StatusCode, t: &impl Template) -> Response {
    match t.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(e) => crate::error::PageError(e.into()).into_response(),
    }
}

/// A page with a title and one message.
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ title }}{% endblock %}
{% block content %}
<h1>{{ title }}</h1>
<p>{{ message }}</p>
<p><a href="{{ layout.base }}/account">{{ layout.t("account-your-account") }}</a> · <a href="{{ layout.base }}/">{{ layout.t("account-dashboard") }}</a></p>
{% endblock %}"#
)]
pub struct MessagePage<'a> {
    /// The page layout.
    pub layout: Layout,
    /// Title.
    pub title: &'a str,
    /// Message.
    pub message: &'a str,
}

/// A message page with `status`.
pub fn message(status: StatusCode, title: &str, message: &str) -> Response {
    render(
        status,
        &MessagePage {
            layout: Layout::public(&crate::lang::Locale::current()),
            title,
            message,
        },
    )
}

/// The sign-in form.
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ layout.t("account-sign-in") }}{% endblock %}
{% block content %}
<h1>{{ layout.t("account-sign-in") }}</h1>
{% if let Some(e) = error %}<p class="error" role="alert">{{ e }}</p>{% endif %}
<form method="post" action="/login">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><label for="email">{{ layout.t("account-email") }}</label><br><input id="email" name="email" type="email" autocomplete="username" required maxlength="254"></p>
  <p><label for="password">{{ layout.t("account-password") }}</label><br><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></p>
  <p><label for="code">{{ layout.t("account-code") }}</label><br><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6"></p>
  <p><button type="submit">{{ layout.t("account-sign-in") }}</button></p>
</form>
<p>{{ layout.t("account-created-by-admin") }}</p>
{% endblock %}"#
)]
pub struct LoginPage<'a> {
    /// The page layout.
    pub layout: Layout,
    /// The form's CSRF token.
    pub csrf: &'a str,
    /// Why the last attempt failed.
    pub error: Option<&'a str>,
}

/// One API token as listed on the account page.
pub struct TokenRow {
    /// Id.
    pub id: i64,
    /// Name.
    pub name: String,
    /// Scope: the message of its name (`account-scope-read`, …).
    pub scope_key: &'static str,
    /// Created (UTC date).
    pub created: String,
    /// Last used (UTC date) or `never`.
    pub last_used: String,
}

/// The account page: who, TOTP, password change, tokens.
#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ layout.t("account-your-account") }}{% endblock %}
{% block content %}
<h1>{{ layout.t("account-your-account") }}</h1>
{% if let Some(n) = notice %}<p class="notice" role="status">{{ n }}</p>{% endif %}
<dl>
  <dt>{{ layout.t("account-name") }}</dt><dd>{{ name }}</dd>
  <dt>{{ layout.t("account-email") }}</dt><dd>{{ email }}</dd>
  <dt>{{ layout.t("account-role") }}</dt><dd>{{ role }}</dd>
  <dt>{{ layout.t("account-organisation") }}</dt><dd>{{ organisation }}</dd>
  <dt>{{ layout.t("account-second-factor") }}</dt><dd>{% if totp_enrolled %}{{ layout.t("account-totp-enrolled") }}{% else %}{{ layout.t("account-none") }}{% endif %}</dd>
</dl>
{% if let Some(t) = new_token %}
<h2>{{ layout.t("account-new-token") }}</h2>
<p>{{ layout.t("account-new-token-help") }} <code>Authorization: Bearer TOKEN</code>.</p>
<p><code class="token">{{ t }}</code></p>
{% endif %}
{% if !totp_enrolled %}
<h2>{{ layout.t("account-enrol-heading") }}</h2>
<p>{{ layout.t("account-enrol-help") }}</p>
<p>{{ layout.t("account-key") }} <code>{{ totp_base32 }}</code> · <a href="{{ totp_uri }}">{{ layout.t("account-otpauth-link") }}</a></p>
<form method="post" action="/account/totp">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <input type="hidden" name="secret" value="{{ totp_hex }}">
  <p><label for="totp-code">{{ layout.t("account-totp-code") }}</label><br><input id="totp-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required></p>
  <p><button type="submit">{{ layout.t("account-enrol") }}</button></p>
</form>
{% endif %}
<h2>{{ layout.t("account-change-password") }}</h2>
<form method="post" action="/account/password">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><label for="current">{{ layout.t("account-current-password") }}</label><br><input id="current" name="current" type="password" autocomplete="current-password" required maxlength="1024"></p>
  <p><label for="new">{{ layout.t("account-new-password") }}</label><br><input id="new" name="new" type="password" autocomplete="new-password" required minlength="12" maxlength="1024"></p>
  <p><button type="submit">{{ layout.t("account-change-password-button") }}</button></p>
</form>
<h2>{{ layout.t("account-tokens-heading") }}</h2>
{% if !tokens_allowed %}<p>{{ layout.t("account-tokens-need-totp") }}</p>{% else %}
{% if tokens.is_empty() %}<p>{{ layout.t("account-tokens-none") }}</p>{% else %}
<table>
<thead><tr><th scope="col">{{ layout.t("account-col-id") }}</th><th scope="col">{{ layout.t("account-col-name") }}</th><th scope="col">{{ layout.t("account-col-scope") }}</th><th scope="col">{{ layout.t("account-col-created") }}</th><th scope="col">{{ layout.t("account-col-last-used") }}</th><th scope="col"></th></tr></thead>
<tbody>
{% for t in tokens %}<tr><td>{{ t.id }}</td><td>{{ t.name }}</td><td>{{ layout.t(t.scope_key) }}</td><td>{{ t.created }}</td><td>{{ t.last_used }}</td>
<td><form method="post" action="/account/tokens/{{ t.id }}/revoke"><input type="hidden" name="csrf" value="{{ csrf }}"><button type="submit">{{ layout.t("account-revoke") }}</button></form></td></tr>
{% endfor %}</tbody></table>{% endif %}
<form method="post" action="/account/tokens">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><label for="token-name">{{ layout.t("account-token-name") }}</label><br><input id="token-name" name="name" required maxlength="100"></p>
  <p><label for="scope">{{ layout.t("account-token-scope") }}</label><br><select id="scope" name="scope"><option value="read">{{ layout.t("account-scope-read") }}</option><option value="read-write">{{ layout.t("account-scope-read-write") }}</option></select></p>
  <p><button type="submit">{{ layout.t("account-create-token") }}</button></p>
</form>
{% endif %}
<form method="post" action="/logout">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><button type="submit">{{ layout.t("account-sign-out") }}</button></p>
</form>
{% endblock %}"#
)]
pub struct AccountPage<'a> {
    /// The page layout (the user and the CSRF token).
    pub layout: Layout,
    /// Display name.
    pub name: &'a str,
    /// E-mail.
    pub email: &'a str,
    /// Role name.
    pub role: &'a str,
    /// Organisation or `none`.
    pub organisation: &'a str,
    /// Whether TOTP is enrolled.
    pub totp_enrolled: bool,
    /// A fresh secret to enrol (hex, for the form).
    pub totp_hex: String,
    /// The same in base32 (for the app).
    pub totp_base32: String,
    /// Its `otpauth://` URI.
    pub totp_uri: String,
    /// The session's CSRF token.
    pub csrf: &'a str,
    /// The account's live tokens.
    pub tokens: Vec<TokenRow>,
    /// Whether the policy lets this session make and revoke tokens.
    pub tokens_allowed: bool,
    /// A token just created (shown once).
    pub new_token: Option<String>,
    /// A notice (what just happened).
    pub notice: Option<&'a str>,
}

/// The layout of a private page for `viewer`: the user shown, the
/// session's CSRF token.
pub fn private_layout(viewer: &super::auth::Viewer) -> Layout {
    Layout {
        user: Some(crate::layout::User {
            name: viewer.user.display_name.clone(),
            organisation: viewer.user.organisation.clone(),
        }),
        csrf_token: (!viewer.csrf.is_empty()).then(|| viewer.csrf.clone()),
        ..Layout::public(&crate::lang::Locale::current())
    }
}

/// A UTC time of unix seconds, `YYYY-MM-DD HH:MM UTC` in the request's
/// language (the digits stay ISO 8601's; "UTC" as the language writes it).
pub fn utc(t: i64) -> String {
    let f = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    let date = time::OffsetDateTime::from_unix_timestamp(t)
        .ok()
        .and_then(|d| d.format(&f).ok())
        .unwrap_or_else(|| t.to_string());
    crate::error::tr("account-utc", &[("date", &date)])
}

/// The message of a role's name on the pages (`administrator` →
/// `account-role-administrator`); a role the policy does not know is shown
/// as stored.
pub fn role_name(role: &str) -> String {
    let lang = crate::lang::Locale::current().lang;
    palermo_access::Role::ALL
        .into_iter()
        .find(|r| r.as_str() == role)
        .map_or_else(
            || role.to_owned(),
            |r| palermo_i18n::t(lang, &format!("account-role-{}", r.as_str())),
        )
}
