//! The account feature (issue #12): `/login`, `/logout`, `/account`
//! (password change, TOTP enrolment, API tokens). Private: mounted
//! outside the response cache, every response `Cache-Control: no-store`.
//!
//! Sign-in: the address's rate limit ([`auth::SignInLimiter`], 429) →
//! the form's CSRF cookie → the account by e-mail (none: a dummy hash is
//! verified, so the answer takes as long) → disabled or locked: refused →
//! the password on the bounded pool ([`auth::HashPool`]) → the TOTP code
//! if enrolled (each code once) → a session; every failure counts towards
//! the lock-out and is audited, with one message for all of them (no
//! account enumeration).

pub mod activation;
pub mod auth;
pub mod pages;

use axum::extract::{Path, State};
use axum::http::Method;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post, MethodRouter};
use axum::Form;
use palermo_access::{Action, Resource};
use palermo_store::accounts::AuditContext;
use serde::Deserialize;

use self::auth::{cookie, set_cookie, Viewer, LOGIN_COOKIE, SESSION_COOKIE};
use self::pages::{render, AccountPage, LoginPage, TokenRow};
use crate::error::{tr, PageError, WebError};
use crate::layout::Layout;
use crate::private::PrivateState;
use crate::routes::PrivateRoute;
use crate::server::ClientAddr;

/// Largest form body of these routes, bytes.
pub const MAX_FORM_BYTES: usize = 16 * 1024;

/// A private route answering `methods`, with the forms' body limit.
pub(crate) fn private_route(
    path: &'static str,
    methods: &'static [Method],
    example: &'static str,
    handler: fn() -> MethodRouter<PrivateState>,
) -> PrivateRoute {
    PrivateRoute {
        path,
        methods,
        example,
        cached: false,
        handler,
    }
}

/// The account routes (private: never behind the response cache).
pub fn routes() -> Vec<PrivateRoute> {
    vec![
        private_route("/login", &[Method::GET, Method::POST], "/login", || {
            get(login_form)
                .post(login)
                .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
        }),
        private_route("/logout", &[Method::POST], "/logout", || {
            post(logout).layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
        }),
        private_route("/account", &[Method::GET], "/account", || get(account_page)),
        private_route(
            "/account/activate",
            &[Method::GET, Method::POST],
            "/account/activate",
            || {
                get(activation::form)
                    .post(activation::activate)
                    .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
            },
        ),
        private_route(
            "/account/password",
            &[Method::POST],
            "/account/password",
            || post(change_password).layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES)),
        ),
        private_route("/account/totp", &[Method::POST], "/account/totp", || {
            post(enrol_totp).layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
        }),
        private_route(
            "/account/tokens",
            &[Method::POST],
            "/account/tokens",
            || post(create_token).layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES)),
        ),
        private_route(
            "/account/tokens/{id}/revoke",
            &[Method::POST],
            "/account/tokens/1/revoke",
            || post(revoke_token).layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES)),
        ),
    ]
}

/// A store or web error as a page.
pub(crate) fn page_err(e: impl Into<WebError>) -> Response {
    PageError(e.into()).into_response()
}

/// The audit context of a request.
pub(crate) fn context(actor: String, addr: ClientAddr, at: i64) -> AuditContext {
    AuditContext {
        actor,
        source: addr.0.to_string(),
        at,
    }
}

/// The one answer to every failed sign-in (no account enumeration), in
/// the request's language.
fn sign_in_failed() -> String {
    tr("account-sign-in-failed", &[])
}

async fn login_form() -> Result<Response, PageError> {
    let secret = palermo_access::token::new_session_token()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let csrf = palermo_access::token::csrf_token(&secret);
    let mut res = render(
        StatusCode::OK,
        &LoginPage {
            layout: Layout::public(&crate::lang::Locale::current()),
            csrf: &csrf,
            error: None,
        },
    );
    if let Ok(v) = set_cookie(LOGIN_COOKIE, &secret, false).parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

/// The sign-in form's fields.
#[derive(Deserialize)]
pub struct LoginForm {
    csrf: String,
    email: String,
    password: String,
    #[serde(default)]
    code: String,
}

fn login_failed(headers: &HeaderMap, status: StatusCode, msg: &str) -> Response {
    // The same CSRF cookie stays valid for another try.
    let csrf = cookie(headers, LOGIN_COOKIE)
        .map(palermo_access::token::csrf_token)
        .unwrap_or_default();
    render(
        status,
        &LoginPage {
            layout: Layout::public(&crate::lang::Locale::current()),
            csrf: &csrf,
            error: Some(msg),
        },
    )
}

async fn login(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    headers: HeaderMap,
    Form(form): Form<LoginForm>,
) -> Result<Response, PageError> {
    let auth = &state.auth;
    let store = &state.app.store;
    let now = auth.now();
    if let Err(wait) = auth.limiter.attempt(addr.0, now) {
        let mut res = login_failed(
            &headers,
            StatusCode::TOO_MANY_REQUESTS,
            &tr("account-too-many-attempts", &[]),
        );
        res.headers_mut()
            .insert(header::RETRY_AFTER, wait.max(1).into());
        return Ok(res);
    }
    let csrf_ok = cookie(&headers, LOGIN_COOKIE).is_some_and(|c| {
        palermo_access::token::secrets_equal(&palermo_access::token::csrf_token(c), &form.csrf)
    });
    if !csrf_ok {
        return Ok(pages::message(
            StatusCode::FORBIDDEN,
            &tr("account-forbidden", &[]),
            &tr("account-form-expired", &[]),
        ));
    }
    let ctx = context("anonymous".into(), addr, now);
    let user = if form.email.len() <= 254 {
        store.user_by_email(form.email.trim()).await?
    } else {
        None
    };
    let Some(user) = user else {
        spend_a_hash(auth, form.password).await?;
        store
            .record_failed_sign_in(None, "no such account", |_| None, &ctx)
            .await?;
        return Ok(login_failed(
            &headers,
            StatusCode::UNAUTHORIZED,
            &sign_in_failed(),
        ));
    };
    let lockout = auth.lockout;
    let lock = move |failures| lockout.lock_after(failures, now);
    if user.disabled_at.is_some() {
        spend_a_hash(auth, form.password).await?;
        store
            .record_failed_sign_in(Some(user.id), "disabled", |_| None, &ctx)
            .await?;
        return Ok(login_failed(
            &headers,
            StatusCode::UNAUTHORIZED,
            &sign_in_failed(),
        ));
    }
    if palermo_access::session::LockoutPolicy::is_locked(user.locked_until, now) {
        spend_a_hash(auth, form.password).await?;
        store
            .record_failed_sign_in(Some(user.id), "locked", |_| None, &ctx)
            .await?;
        return Ok(login_failed(
            &headers,
            StatusCode::UNAUTHORIZED,
            &sign_in_failed(),
        ));
    }
    let (password, phc) = (form.password, user.password_hash.clone());
    let ok = auth
        .pool
        .run(move || palermo_access::password::verify_password(&password, &phc))
        .await?
        .map_err(|e| WebError::Internal(format!("user {}: {e}", user.id)))?;
    if !ok {
        store
            .record_failed_sign_in(Some(user.id), "password", lock, &ctx)
            .await?;
        return Ok(login_failed(
            &headers,
            StatusCode::UNAUTHORIZED,
            &sign_in_failed(),
        ));
    }
    let second_factor = match &user.totp_secret {
        None => false,
        Some(secret) => {
            let last = user.totp_last_step.and_then(|s| u64::try_from(s).ok());
            let step = palermo_access::totp::verify(secret, &form.code, now, last)
                .and_then(|s| i64::try_from(s).ok());
            let used = match step {
                Some(step) => store.use_totp_step(user.id, step).await?,
                None => false,
            };
            if !used {
                store
                    .record_failed_sign_in(Some(user.id), "code", lock, &ctx)
                    .await?;
                return Ok(login_failed(
                    &headers,
                    StatusCode::UNAUTHORIZED,
                    &sign_in_failed(),
                ));
            }
            true
        }
    };
    let session = palermo_access::token::new_session_token()
        .map_err(|e| WebError::Internal(e.to_string()))?;
    let ctx = context(format!("user:{} <{}>", user.id, user.email), addr, now);
    store
        .sign_in(
            user.id,
            &palermo_access::token::secret_digest(&session),
            second_factor,
            &ctx,
        )
        .await?;
    let mut res = Redirect::to("/account").into_response();
    for c in [
        set_cookie(SESSION_COOKIE, &session, false),
        set_cookie(LOGIN_COOKIE, "", true),
    ] {
        if let Ok(v) = c.parse() {
            res.headers_mut().append(header::SET_COOKIE, v);
        }
    }
    Ok(res)
}

/// Verifies `password` against the dummy hash: a sign-in refused before
/// its password is checked (no account, disabled, locked) takes as long
/// as a wrong password, so that timing does not tell which it was.
async fn spend_a_hash(auth: &auth::Auth, password: String) -> Result<(), WebError> {
    let dummy = auth.dummy_hash().await?;
    auth.pool
        .run(move || palermo_access::password::verify_password(&password, &dummy))
        .await?
        .ok();
    Ok(())
}

/// A form with only its CSRF token.
#[derive(Deserialize)]
pub struct CsrfForm {
    pub(crate) csrf: String,
}

async fn logout(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Form(form): Form<CsrfForm>,
) -> Result<Response, Response> {
    viewer
        .check_csrf(&form.csrf)
        .map_err(IntoResponse::into_response)?;
    if let Some(s) = &viewer.session {
        let ctx = context(viewer.actor(), addr, state.auth.now());
        state
            .app
            .store
            .end_session(
                &palermo_access::token::secret_digest(s),
                Some((viewer.user.id, &ctx)),
            )
            .await
            .map_err(page_err)?;
    }
    let mut res = Redirect::to("/").into_response();
    if let Ok(v) = set_cookie(SESSION_COOKIE, "", true).parse() {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}

async fn account_response(
    state: &PrivateState,
    viewer: &Viewer,
    new_token: Option<String>,
    notice: Option<&str>,
) -> Result<Response, Response> {
    viewer
        .require(Action::Read, &viewer.own_account())
        .map_err(IntoResponse::into_response)?;
    let own_tokens = Resource::ApiTokens {
        user_id: viewer.user.id,
    };
    let tokens_allowed = viewer.may(Action::Write, &own_tokens);
    let listed = if viewer.may(Action::Read, &own_tokens) {
        state
            .app
            .store
            .tokens(Some(viewer.user.id))
            .await
            .map_err(page_err)?
    } else {
        Vec::new()
    };
    let tokens = listed
        .into_iter()
        .filter(|t| t.revoked_at.is_none())
        .map(|t| TokenRow {
            id: t.id,
            name: t.name,
            scope_key: if t.scope == "read" {
                "account-scope-read"
            } else {
                "account-scope-read-write"
            },
            created: pages::utc(t.created_at),
            last_used: t
                .last_used_at
                .map_or_else(|| tr("account-never", &[]), pages::utc),
        })
        .collect();
    let secret = palermo_access::totp::new_secret()
        .map_err(|e| page_err(WebError::Internal(e.to_string())))?;
    let u = &viewer.user;
    let page = AccountPage {
        layout: pages::private_layout(viewer),
        name: &u.display_name,
        email: &u.email,
        role: &pages::role_name(&u.role),
        organisation: &u
            .organisation
            .clone()
            .unwrap_or_else(|| tr("account-none", &[])),
        totp_enrolled: u.totp_secret.is_some(),
        totp_hex: palermo_access::random::hex(&secret),
        totp_base32: palermo_access::totp::base32(&secret),
        totp_uri: palermo_access::totp::otpauth_uri(&secret, &u.email),
        csrf: &viewer.csrf,
        tokens,
        tokens_allowed,
        new_token,
        notice,
    };
    Ok(render(StatusCode::OK, &page))
}

async fn account_page(
    State(state): State<PrivateState>,
    viewer: Viewer,
) -> Result<Response, Response> {
    account_response(&state, &viewer, None, None).await
}

/// The password change form.
#[derive(Deserialize)]
pub struct PasswordForm {
    csrf: String,
    current: String,
    new: String,
}

async fn change_password(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Form(form): Form<PasswordForm>,
) -> Result<Response, Response> {
    viewer.may_submit(&form.csrf, Action::Write, &viewer.own_account())?;
    let web = |e: WebError| page_err(e);
    if palermo_access::password::check_new_password(&form.new).is_err() {
        return Ok(pages::message(
            StatusCode::BAD_REQUEST,
            &tr("account-password-not-changed", &[]),
            &tr("account-password-too-short", &[]),
        ));
    }
    let (current, phc, new) = (form.current, viewer.user.password_hash.clone(), form.new);
    let hashed = state
        .auth
        .pool
        .run(
            move || match palermo_access::password::verify_password(&current, &phc) {
                Ok(true) => palermo_access::password::hash_password(&new).map(Some),
                Ok(false) => Ok(None),
                Err(e) => Err(e),
            },
        )
        .await
        .map_err(web)?
        .map_err(|e| web(WebError::Internal(e.to_string())))?;
    let Some(hash) = hashed else {
        return Ok(pages::message(
            StatusCode::BAD_REQUEST,
            &tr("account-password-not-changed", &[]),
            &tr("account-password-wrong", &[]),
        ));
    };
    let ctx = context(viewer.actor(), addr, state.auth.now());
    state
        .app
        .store
        .set_password(viewer.user.id, &hash, "user.change-password", &ctx)
        .await
        .map_err(|e| web(e.into()))?;
    // Every session ended, this one too: sign in with the new password.
    Ok(Redirect::to("/login").into_response())
}

/// The TOTP enrolment form.
#[derive(Deserialize)]
pub struct TotpForm {
    csrf: String,
    secret: String,
    code: String,
}

async fn enrol_totp(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Form(form): Form<TotpForm>,
) -> Result<Response, Response> {
    viewer.may_submit(&form.csrf, Action::Write, &viewer.own_account())?;
    let secret = parse_hex(&form.secret).filter(|s| s.len() == palermo_access::totp::SECRET_BYTES);
    let now = state.auth.now();
    let step = secret
        .as_ref()
        .and_then(|s| palermo_access::totp::verify(s, &form.code, now, None))
        .and_then(|s| i64::try_from(s).ok());
    let (Some(secret), Some(step)) = (secret, step) else {
        return Ok(pages::message(
            StatusCode::BAD_REQUEST,
            &tr("account-totp-not-enrolled", &[]),
            &tr("account-totp-mismatch", &[]),
        ));
    };
    let ctx = context(viewer.actor(), addr, now);
    state
        .app
        .store
        .set_totp(viewer.user.id, Some((&secret, step)), &ctx)
        .await
        .map_err(page_err)?;
    if let Some(s) = &viewer.session {
        let _ = state
            .app
            .store
            .end_session(&palermo_access::token::secret_digest(s), None)
            .await;
    }
    // Sign in again, now with a code: the new session has the second factor.
    Ok(Redirect::to("/login").into_response())
}

fn parse_hex(s: &str) -> Option<Vec<u8>> {
    if !s.len().is_multiple_of(2) || !s.is_ascii() {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok())
        .collect()
}

/// The token creation form.
#[derive(Deserialize)]
pub struct TokenForm {
    csrf: String,
    name: String,
    scope: String,
}

async fn create_token(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Form(form): Form<TokenForm>,
) -> Result<Response, Response> {
    viewer.may_submit(
        &form.csrf,
        Action::Write,
        &Resource::ApiTokens {
            user_id: viewer.user.id,
        },
    )?;
    let name = form.name.trim();
    let scope: Option<palermo_access::Scope> = form.scope.parse().ok();
    let (false, 1..=100, Some(scope)) = (name.is_empty(), name.chars().count(), scope) else {
        return Ok(pages::message(
            StatusCode::BAD_REQUEST,
            &tr("account-token-not-created", &[]),
            &tr("account-token-invalid", &[]),
        ));
    };
    let token = palermo_access::token::new_api_token()
        .map_err(|e| page_err(WebError::Internal(e.to_string())))?;
    let ctx = context(viewer.actor(), addr, state.auth.now());
    state
        .app
        .store
        .create_token(
            viewer.user.id,
            &palermo_access::token::secret_digest(&token),
            name,
            scope.as_str(),
            &ctx,
        )
        .await
        .map_err(page_err)?;
    account_response(
        &state,
        &viewer,
        Some(token),
        Some(&tr("account-token-created", &[])),
    )
    .await
}

async fn revoke_token(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, Response> {
    viewer
        .check_csrf(&form.csrf)
        .map_err(IntoResponse::into_response)?;
    let web = |e: WebError| page_err(e);
    let token = state.app.store.token(id).await.map_err(|e| web(e.into()))?;
    // Another account's token is answered as one that does not exist.
    let Some(token) = token.filter(|t| {
        t.revoked_at.is_none()
            && viewer.may(Action::Write, &Resource::ApiTokens { user_id: t.user_id })
    }) else {
        return Err(web(WebError::NotFound(tr("account-no-such-token", &[]))));
    };
    let ctx = context(viewer.actor(), addr, state.auth.now());
    state
        .app
        .store
        .revoke_token(token.id, Some(token.user_id), &ctx)
        .await
        .map_err(|e| web(e.into()))?;
    account_response(
        &state,
        &viewer,
        None,
        Some(&tr("account-token-revoked", &[])),
    )
    .await
}
