//! `/account/activate` (issue #12): the owner of an account made or reset
//! on `/admin/users` sets a password with the one-time code an
//! administrator gave them ([`crate::admin::users`]). No session: the form
//! is protected as the sign-in form is (a CSRF cookie of its own, the
//! address's rate limit before any hashing); a code that is unknown, used,
//! expired or of a disabled account is answered with one message, and the
//! attempt is audited without what was typed.

use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::Form;
use serde::Deserialize;

use super::auth::{cookie, set_cookie, LOGIN_COOKIE};
use super::pages::{message, render};
use super::{context, page_err};
use crate::error::WebError;
use crate::layout::Layout;
use crate::private::PrivateState;
use crate::server::ClientAddr;

/// The activation form.
#[derive(askama::Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ layout.t("activate-title") }}{% endblock %}
{% block content %}
<h1>{{ layout.t("activate-title") }}</h1>
{% if let Some(e) = error %}<p class="error" role="alert">{{ e }}</p>{% endif %}
<p>{{ layout.t("activate-intro") }}</p>
<form method="post" action="/account/activate">
<input type="hidden" name="csrf" value="{{ csrf }}">
<p><label for="code">{{ layout.t("activate-code") }}</label>
<input id="code" name="code" type="text" required autocomplete="off" size="50"></p>
<p><label for="password">{{ layout.t("activate-password") }}</label>
<input id="password" name="password" type="password" required minlength="12" autocomplete="new-password"></p>
<p><button type="submit">{{ layout.t("activate-submit") }}</button></p>
</form>
{% endblock %}"#
)]
struct ActivatePage<'a> {
    layout: Layout,
    csrf: &'a str,
    error: Option<String>,
}

fn t(key: &str) -> String {
    palermo_i18n::t(crate::lang::Locale::current().lang, key)
}

fn page(status: StatusCode, csrf: &str, error: Option<String>) -> Response {
    render(
        status,
        &ActivatePage {
            layout: Layout::public(&crate::lang::Locale::current()),
            csrf,
            error,
        },
    )
}

/// `GET /account/activate`: the form, with a fresh CSRF cookie.
pub(crate) async fn form() -> Result<Response, Response> {
    let secret = palermo_access::token::new_session_token()
        .map_err(|e| page_err(WebError::Internal(e.to_string())))?;
    let csrf = palermo_access::token::csrf_token(&secret);
    let mut res = page(StatusCode::OK, &csrf, None);
    if let Ok(v) = set_cookie(LOGIN_COOKIE, &secret, false).parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// The activation form's fields.
#[derive(Deserialize)]
pub struct ActivateForm {
    csrf: String,
    code: String,
    password: String,
}

/// `POST /account/activate`: sets the password if the code holds.
pub(crate) async fn activate(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    headers: HeaderMap,
    Form(form): Form<ActivateForm>,
) -> Result<Response, Response> {
    let now = state.auth.now();
    let csrf = cookie(&headers, LOGIN_COOKIE)
        .map(palermo_access::token::csrf_token)
        .unwrap_or_default();
    if let Err(wait) = state.auth.limiter.attempt(addr.0, now) {
        let mut res = page(
            StatusCode::TOO_MANY_REQUESTS,
            &csrf,
            Some(t("activate-too-many")),
        );
        res.headers_mut()
            .insert(header::RETRY_AFTER, wait.max(1).into());
        return Ok(res);
    }
    if csrf.is_empty() || !palermo_access::token::secrets_equal(&csrf, &form.csrf) {
        return Ok(message(
            StatusCode::FORBIDDEN,
            &t("activate-title"),
            &t("activate-form-expired"),
        ));
    }
    if palermo_access::password::check_new_password(&form.password).is_err()
        || form.code.len() > 100
    {
        return Ok(page(
            StatusCode::BAD_REQUEST,
            &csrf,
            Some(t("activate-failed")),
        ));
    }
    let password = form.password;
    let hash = state
        .auth
        .pool
        .run(move || palermo_access::password::hash_password(&password))
        .await
        .map_err(page_err)?
        .map_err(|e| page_err(WebError::Internal(e.to_string())))?;
    let digest = palermo_access::token::secret_digest(form.code.trim());
    let ctx = context("anonymous".into(), addr, now);
    let store = &state.app.store;
    if store
        .activate(&digest, &hash, &ctx)
        .await
        .map_err(page_err)?
        .is_none()
    {
        store
            .audit(ctx.event("user.activate.failed", "unknown-code"))
            .await
            .map_err(page_err)?;
        return Ok(page(
            StatusCode::BAD_REQUEST,
            &csrf,
            Some(t("activate-failed")),
        ));
    }
    let mut res = Redirect::to("/login").into_response();
    if let Ok(v) = set_cookie(LOGIN_COOKIE, "", true).parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}
