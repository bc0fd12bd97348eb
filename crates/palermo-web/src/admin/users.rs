//! Account administration on `/admin/users` (issue #12): an administrator
//! creates an account and resets an account's password; disabling one is
//! in [`super`]. Every form carries the session's CSRF token and is asked
//! of the policy (`Action::Write` on `Resource::Accounts`: administrators,
//! signed in with their second factor; deny by default), and every change
//! is audited in the transaction that makes it.
//!
//! **No administrator learns a password.** A new account (and an account
//! whose password is reset) gets a password nobody knows and a one-time
//! activation code, shown once on the answer to the administrator's form,
//! kept by the store as its SHA-256 only, valid for [`ACTIVATION_SECONDS`]
//! and used at most once: the owner types it at `/account/activate`
//! ([`crate::account::activation`]) with a password of their own. A
//! generated password shown to the administrator would be one the
//! administrator knows and the owner may keep; a code that the owner
//! finds already used says that someone else used it.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Form;
use palermo_access::{Action, Organisation, Resource, Role};
use palermo_store::accounts::NewUser;
use palermo_store::StoreError;
use serde::Deserialize;

use crate::account::auth::Viewer;
use crate::account::pages::{message, private_layout, render};
use crate::account::{context, page_err, CsrfForm};
use crate::error::WebError;
use crate::layout::Layout;
use crate::private::PrivateState;
use crate::server::ClientAddr;

/// How long an activation code is valid: 72 hours, in seconds.
pub const ACTIVATION_SECONDS: i64 = 72 * 3600;

/// The form that creates an account.
#[derive(Deserialize)]
pub struct NewAccountForm {
    csrf: String,
    email: String,
    name: String,
    role: String,
    #[serde(default)]
    organisation: String,
}

/// The page that shows a new activation code, once.
#[derive(askama::Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ title }}{% endblock %}
{% block content %}
<h1>{{ title }}</h1>
<p>{{ layout.t1("users-code-for", "email", email) }}</p>
<p><label for="activation-code">{{ layout.t("users-code") }}</label>
<input id="activation-code" type="text" readonly value="{{ code }}" size="50"></p>
<p>{{ layout.t1("users-code-once", "link", "/account/activate") }}</p>
<p><a href="/admin/users">{{ layout.t("users-back") }}</a></p>
{% endblock %}"#
)]
struct CodePage<'a> {
    layout: Layout,
    title: &'a str,
    email: &'a str,
    code: &'a str,
}

fn t(key: &str) -> String {
    palermo_i18n::t(crate::lang::Locale::current().lang, key)
}

fn refused(key: &str) -> Response {
    message(StatusCode::BAD_REQUEST, &t("users-not-created"), &t(key))
}

/// A new activation code: the code and its SHA-256 (what the store keeps),
/// and a password hash nobody knows (the account's until the code is used).
async fn new_code(state: &PrivateState) -> Result<(String, String, String), Response> {
    let code = palermo_access::token::new_session_token()
        .map_err(|e| page_err(WebError::Internal(e.to_string())))?;
    let digest = palermo_access::token::secret_digest(&code);
    let unknown = palermo_access::token::random_password()
        .map_err(|e| page_err(WebError::Internal(e.to_string())))?;
    let hash = state
        .auth
        .pool
        .run(move || palermo_access::password::hash_password(&unknown))
        .await
        .map_err(page_err)?
        .map_err(|e| page_err(WebError::Internal(e.to_string())))?;
    Ok((code, digest, hash))
}

/// `POST /admin/users`: creates an account with an activation code.
pub(crate) async fn create_account(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Form(form): Form<NewAccountForm>,
) -> Result<Response, Response> {
    viewer.may_submit(&form.csrf, Action::Write, &Resource::Accounts)?;
    let email = form.email.trim();
    if email.len() > 254 || email.matches('@').count() != 1 || email.starts_with('@') {
        return Ok(refused("users-bad-email"));
    }
    let name = form.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Ok(refused("users-bad-name"));
    }
    let Ok(role) = form.role.parse::<Role>() else {
        return Ok(refused("users-bad-role"));
    };
    if role == Role::Public {
        return Ok(refused("users-bad-role"));
    }
    let organisation = match form.organisation.trim() {
        "" => None,
        o => match o.parse::<Organisation>() {
            Ok(o) => Some(o),
            Err(_) => return Ok(refused("users-bad-organisation")),
        },
    };
    if role.requires_organisation() && organisation.is_none() {
        return Ok(refused("users-needs-organisation"));
    }
    let (code, digest, hash) = new_code(&state).await?;
    let ctx = context(viewer.actor(), addr, state.auth.now());
    let user = NewUser {
        email: email.to_owned(),
        display_name: name.to_owned(),
        role: role.as_str().to_owned(),
        organisation: organisation.map(|o| o.to_string()),
        reviews: Vec::new(),
        password_hash: hash,
    };
    match state
        .app
        .store
        .create_user_with_activation(&user, &digest, ctx.at + ACTIVATION_SECONDS, &ctx)
        .await
    {
        Ok(_) => {}
        Err(StoreError::Rejected(_)) => return Ok(refused("users-exists")),
        Err(e) => return Err(page_err(e)),
    }
    Ok(render(
        StatusCode::OK,
        &CodePage {
            layout: private_layout(&viewer),
            title: &t("users-created"),
            email: &user.email.to_lowercase(),
            code: &code,
        },
    ))
}

/// `POST /admin/users/{id}/reset-password`: the password is void, the
/// sessions end, a new activation code is shown once.
pub(crate) async fn reset_password(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, Response> {
    viewer.may_submit(&form.csrf, Action::Write, &Resource::Accounts)?;
    let no_account = || page_err(WebError::NotFound(t("users-no-account")));
    let Some(user) = state.app.store.user(id).await.map_err(page_err)? else {
        return Err(no_account());
    };
    let (code, digest, hash) = new_code(&state).await?;
    let ctx = context(viewer.actor(), addr, state.auth.now());
    let done = state
        .app
        .store
        .reset_with_activation(id, &hash, &digest, ctx.at + ACTIVATION_SECONDS, &ctx)
        .await
        .map_err(page_err)?;
    if !done {
        return Err(no_account());
    }
    Ok(render(
        StatusCode::OK,
        &CodePage {
            layout: private_layout(&viewer),
            title: &t("users-reset"),
            email: &user.email,
            code: &code,
        },
    )
    .into_response())
}
