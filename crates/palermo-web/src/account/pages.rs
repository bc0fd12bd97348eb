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
<p><a href="/account">Your account</a> · <a href="/">Dashboard</a></p>
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
{% block title %}Sign in{% endblock %}
{% block content %}
<h1>Sign in</h1>
{% if let Some(e) = error %}<p class="error" role="alert">{{ e }}</p>{% endif %}
<form method="post" action="/login">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><label for="email">E-mail</label><br><input id="email" name="email" type="email" autocomplete="username" required maxlength="254"></p>
  <p><label for="password">Password</label><br><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="1024"></p>
  <p><label for="code">Authenticator code (if you enrolled one)</label><br><input id="code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6"></p>
  <p><button type="submit">Sign in</button></p>
</form>
<p>Accounts are created by an administrator. The public pages need none.</p>
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
    /// Scope.
    pub scope: String,
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
{% block title %}Your account{% endblock %}
{% block content %}
<h1>Your account</h1>
{% if let Some(n) = notice %}<p class="notice" role="status">{{ n }}</p>{% endif %}
<dl>
  <dt>Name</dt><dd>{{ name }}</dd>
  <dt>E-mail</dt><dd>{{ email }}</dd>
  <dt>Role</dt><dd>{{ role }}</dd>
  <dt>Organisation</dt><dd>{{ organisation }}</dd>
  <dt>Second factor</dt><dd>{% if totp_enrolled %}TOTP enrolled{% else %}none{% endif %}</dd>
</dl>
{% if let Some(t) = new_token %}
<h2>Your new API token</h2>
<p>Copy it now: it is shown only once. Scripts send it as <code>Authorization: Bearer TOKEN</code>.</p>
<p><code class="token">{{ t }}</code></p>
{% endif %}
{% if !totp_enrolled %}
<h2>Enrol a second factor (TOTP)</h2>
<p>Add this key to an authenticator app (or open the link on your phone), then type the 6-digit code it shows.
Administrators and analysts need it for everything but this page.</p>
<p>Key: <code>{{ totp_base32 }}</code> · <a href="{{ totp_uri }}">otpauth link</a></p>
<form method="post" action="/account/totp">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <input type="hidden" name="secret" value="{{ totp_hex }}">
  <p><label for="totp-code">Code</label><br><input id="totp-code" name="code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9]{6}" maxlength="6" required></p>
  <p><button type="submit">Enrol</button></p>
</form>
{% endif %}
<h2>Change your password</h2>
<form method="post" action="/account/password">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><label for="current">Current password</label><br><input id="current" name="current" type="password" autocomplete="current-password" required maxlength="1024"></p>
  <p><label for="new">New password (at least 12 characters)</label><br><input id="new" name="new" type="password" autocomplete="new-password" required minlength="12" maxlength="1024"></p>
  <p><button type="submit">Change password</button></p>
</form>
<h2>API tokens</h2>
{% if !tokens_allowed %}<p>Enrol a second factor and sign in with it to make API tokens.</p>{% else %}
{% if tokens.is_empty() %}<p>None.</p>{% else %}
<table>
<thead><tr><th scope="col">Id</th><th scope="col">Name</th><th scope="col">Scope</th><th scope="col">Created</th><th scope="col">Last used</th><th scope="col"></th></tr></thead>
<tbody>
{% for t in tokens %}<tr><td>{{ t.id }}</td><td>{{ t.name }}</td><td>{{ t.scope }}</td><td>{{ t.created }}</td><td>{{ t.last_used }}</td>
<td><form method="post" action="/account/tokens/{{ t.id }}/revoke"><input type="hidden" name="csrf" value="{{ csrf }}"><button type="submit">Revoke</button></form></td></tr>
{% endfor %}</tbody></table>{% endif %}
<form method="post" action="/account/tokens">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><label for="token-name">Name</label><br><input id="token-name" name="name" required maxlength="100"></p>
  <p><label for="scope">Scope</label><br><select id="scope" name="scope"><option value="read">read</option><option value="read-write">read-write</option></select></p>
  <p><button type="submit">Create a token</button></p>
</form>
{% endif %}
<form method="post" action="/logout">
  <input type="hidden" name="csrf" value="{{ csrf }}">
  <p><button type="submit">Sign out</button></p>
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

/// A UTC date (YYYY-MM-DD HH:MM) of unix seconds.
pub fn utc(t: i64) -> String {
    let f = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute] UTC");
    time::OffsetDateTime::from_unix_timestamp(t)
        .ok()
        .and_then(|d| d.format(&f).ok())
        .unwrap_or_else(|| t.to_string())
}
