//! The administration feature (issue #12): `/admin/users` (the accounts,
//! disabling one), `/admin/audit` (the audit trail and its verification,
//! `/admin/audit.csv`), and `/api/v1/audit` for scripts with a token.
//! Creating an account and resetting a password: [`users`].
//! Private: outside the response cache, `Cache-Control: no-store`; every
//! permission is asked of the policy (accounts: `Resource::Accounts`, the
//! trail: `Resource::AuditLog`).

pub mod users;

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{header, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Form, Json};
use palermo_access::{Action, Resource};
use palermo_store::accounts::AuditVerdict;
use serde::Deserialize;

use crate::account::auth::Viewer;
use crate::account::pages::{private_layout, render, utc};
use crate::account::{context, page_err, private_route, CsrfForm, MAX_FORM_BYTES};
use crate::error::{tr, ApiError, WebError};
use crate::layout::Layout;
use crate::private::PrivateState;
use crate::routes::PrivateRoute;
use crate::server::ClientAddr;

/// Entries on one page of `/admin/audit`.
pub const AUDIT_PAGE: i64 = 200;

/// The administration routes (private: never behind the response cache).
pub fn routes() -> Vec<PrivateRoute> {
    vec![
        private_route(
            "/admin/users",
            &[Method::GET, Method::POST],
            "/admin/users",
            || {
                get(users_page)
                    .post(users::create_account)
                    .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
            },
        ),
        private_route(
            "/admin/users/{id}/reset-password",
            &[Method::POST],
            "/admin/users/1/reset-password",
            || {
                post(users::reset_password)
                    .layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES))
            },
        ),
        private_route(
            "/admin/users/{id}/disable",
            &[Method::POST],
            "/admin/users/1/disable",
            || post(disable_user).layer(axum::extract::DefaultBodyLimit::max(MAX_FORM_BYTES)),
        ),
        private_route("/admin/audit", &[Method::GET], "/admin/audit", || {
            get(audit_page)
        }),
        private_route(
            "/admin/audit.csv",
            &[Method::GET],
            "/admin/audit.csv",
            || get(audit_csv),
        ),
        private_route("/api/v1/audit", &[Method::GET], "/api/v1/audit", || {
            get(audit_api)
        }),
    ]
}

/// One account on `/admin/users`.
pub struct UserRow {
    id: i64,
    email: String,
    name: String,
    role: String,
    organisation: String,
    /// The message of its state (`admin-state-active`, …).
    state_key: &'static str,
    disabled: bool,
    totp: bool,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ layout.t("admin-accounts") }}{% endblock %}
{% block content %}
<h1>{{ layout.t("admin-accounts") }}</h1>
<h2>{{ layout.t("users-create-heading") }}</h2>
<p>{{ layout.t("users-create-intro") }}</p>
<form method="post" action="{{ layout.base }}/admin/users">
<input type="hidden" name="csrf" value="{{ csrf }}">
<p><label for="new-email">{{ layout.t("users-email") }}</label> <input id="new-email" name="email" type="email" required maxlength="254"></p>
<p><label for="new-name">{{ layout.t("users-name") }}</label> <input id="new-name" name="name" type="text" required maxlength="100"></p>
<p><label for="new-role">{{ layout.t("users-role") }}</label> <select id="new-role" name="role">
{% for (value, label) in roles %}<option value="{{ value }}">{{ label }}</option>
{% endfor %}</select></p>
<p><label for="new-organisation">{{ layout.t("users-organisation") }}</label> <input id="new-organisation" name="organisation" type="text" maxlength="80"></p>
<p><button type="submit">{{ layout.t("users-create") }}</button></p>
</form>
<table>
<thead><tr><th scope="col">{{ layout.t("account-col-id") }}</th><th scope="col">{{ layout.t("account-email") }}</th><th scope="col">{{ layout.t("account-name") }}</th><th scope="col">{{ layout.t("account-role") }}</th><th scope="col">{{ layout.t("account-organisation") }}</th><th scope="col">{{ layout.t("admin-col-state") }}</th><th scope="col">TOTP</th><th scope="col"></th></tr></thead>
<tbody>
{% for u in users %}<tr><td>{{ u.id }}</td><td>{{ u.email }}</td><td>{{ u.name }}</td><td>{{ u.role }}</td><td>{{ u.organisation }}</td><td>{{ layout.t(u.state_key) }}</td><td>{% if u.totp %}{{ layout.t("yes") }}{% else %}{{ layout.t("no") }}{% endif %}</td>
<td>{% if !u.disabled %}<form method="post" action="{{ layout.base }}/admin/users/{{ u.id }}/disable"><input type="hidden" name="csrf" value="{{ csrf }}"><button type="submit">{{ layout.t("admin-disable") }}</button></form>
<form method="post" action="{{ layout.base }}/admin/users/{{ u.id }}/reset-password"><input type="hidden" name="csrf" value="{{ csrf }}"><button type="submit">{{ layout.t("users-reset-button") }}</button></form>{% endif %}</td></tr>
{% endfor %}</tbody></table>
<p><a href="{{ layout.base }}/admin/audit">{{ layout.t("admin-audit-trail") }}</a></p>
{% endblock %}"#
)]
struct UsersPage<'a> {
    layout: Layout,
    users: Vec<UserRow>,
    csrf: &'a str,
    /// The roles an account may be given: `Role::as_str` and its name in
    /// the page's language.
    roles: Vec<(&'static str, String)>,
}

fn web(e: impl Into<WebError>) -> Response {
    page_err(e)
}

async fn users_page(
    State(state): State<PrivateState>,
    viewer: Viewer,
) -> Result<Response, Response> {
    viewer
        .require(Action::Read, &Resource::Accounts)
        .map_err(IntoResponse::into_response)?;
    let now = state.auth.now();
    let users = state
        .app
        .store
        .users()
        .await
        .map_err(web)?
        .into_iter()
        .map(|u| UserRow {
            state_key: if u.disabled_at.is_some() {
                "admin-state-disabled"
            } else if palermo_access::session::LockoutPolicy::is_locked(u.locked_until, now) {
                "admin-state-locked"
            } else {
                "admin-state-active"
            },
            disabled: u.disabled_at.is_some(),
            totp: u.totp_secret.is_some(),
            id: u.id,
            email: u.email,
            name: u.display_name,
            role: crate::account::pages::role_name(&u.role),
            organisation: u.organisation.unwrap_or_else(|| tr("account-none", &[])),
        })
        .collect();
    Ok(render(
        StatusCode::OK,
        &UsersPage {
            layout: private_layout(&viewer),
            users,
            csrf: &viewer.csrf,
            roles: palermo_access::Role::ALL
                .iter()
                .filter(|r| **r != palermo_access::Role::Public)
                .map(|r| {
                    let lang = crate::lang::Locale::current().lang;
                    (
                        r.as_str(),
                        palermo_i18n::t(lang, &format!("users-role-{}", r.as_str())),
                    )
                })
                .collect(),
        },
    ))
}

async fn disable_user(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Path(id): Path<i64>,
    Form(form): Form<CsrfForm>,
) -> Result<Response, Response> {
    viewer.may_submit(&form.csrf, Action::Write, &Resource::Accounts)?;
    if id == viewer.user.id {
        return Err(web(WebError::BadRequest(tr("admin-not-yourself", &[]))));
    }
    let ctx = context(viewer.actor(), addr, state.auth.now());
    if !state.app.store.disable_user(id, &ctx).await.map_err(web)? {
        return Err(web(WebError::NotFound(tr("admin-no-such-account", &[]))));
    }
    Ok(axum::response::Redirect::to("/admin/users").into_response())
}

/// One entry on `/admin/audit`.
pub struct EntryRow {
    seq: i64,
    at: String,
    actor: String,
    action: String,
    target: String,
    source: String,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}{{ layout.t("admin-audit-trail") }}{% endblock %}
{% block content %}
<h1>{{ layout.t("admin-audit-trail") }}</h1>
<p role="status">{{ verdict }}</p>
<p><a href="/admin/audit.csv">{{ layout.t("admin-audit-download") }}</a></p>
<table>
<caption>{{ layout.t1("admin-audit-caption", "count", entries.len()) }}</caption>
<thead><tr><th scope="col">#</th><th scope="col">{{ layout.t("admin-col-when") }}</th><th scope="col">{{ layout.t("admin-col-who") }}</th><th scope="col">{{ layout.t("admin-col-what") }}</th><th scope="col">{{ layout.t("admin-col-on") }}</th><th scope="col">{{ layout.t("admin-col-from") }}</th></tr></thead>
<tbody>
{% for e in entries %}<tr><td>{{ e.seq }}</td><td>{{ e.at }}</td><td>{{ e.actor }}</td><td>{{ e.action }}</td><td>{{ e.target }}</td><td>{{ e.source }}</td></tr>
{% endfor %}</tbody></table>
{% endblock %}"#
)]
struct AuditPage {
    layout: Layout,
    verdict: String,
    entries: Vec<EntryRow>,
}

/// The verdict of the chain's verification, in the request's language.
/// The reason of a break is the typed [`palermo_access::audit::ChainBreak`]
/// in the same language ([`crate::reasons::chain_break`]).
fn verdict_text(v: &AuditVerdict) -> String {
    match v {
        AuditVerdict::Intact(h) => tr(
            "admin-chain-intact",
            &[("entries", &h.entries), ("hash", &h.last_hash)],
        ),
        AuditVerdict::Broken(b) => tr(
            "admin-chain-broken",
            &[
                ("seq", &b.seq.to_string()),
                (
                    "reason",
                    &crate::reasons::chain_break(crate::lang::Locale::current().lang, b.reason),
                ),
            ],
        ),
        AuditVerdict::Truncated { head, recorded_seq } => tr(
            "admin-chain-truncated",
            &[
                ("seq", &head.last_seq.to_string()),
                ("recorded", recorded_seq),
            ],
        ),
    }
}

async fn audit_page(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
) -> Result<Response, Response> {
    viewer
        .require(Action::Read, &Resource::AuditLog)
        .map_err(IntoResponse::into_response)?;
    let verdict = state.app.store.verify_audit().await.map_err(web)?;
    let entries = state
        .app
        .store
        .audit_recent(AUDIT_PAGE, 0)
        .await
        .map_err(web)?
        .into_iter()
        .map(|e| EntryRow {
            seq: e.seq,
            at: utc(e.event.at),
            actor: e.event.actor,
            action: e.event.action,
            target: e.event.target,
            source: e.event.source,
        })
        .collect();
    let ctx = context(viewer.actor(), addr, state.auth.now());
    state
        .app
        .store
        .audit(ctx.event("audit.read", "audit"))
        .await
        .map_err(web)?;
    Ok(render(
        StatusCode::OK,
        &AuditPage {
            layout: private_layout(&viewer),
            verdict: verdict_text(&verdict),
            entries,
        },
    ))
}

async fn audit_csv(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
) -> Result<Response, Response> {
    viewer
        .require(Action::Export, &Resource::AuditLog)
        .map_err(IntoResponse::into_response)?;
    let entries = state.app.store.audit_entries().await.map_err(web)?;
    let mut w = palermo_model::csv_out::CsvWriter::new(Vec::new());
    let csv_err = |e: String| web(WebError::Internal(e));
    w.write_record(palermo_access::audit::CSV_HEADER)
        .map_err(|e| csv_err(e.to_string()))?;
    for e in &entries {
        w.write_record(palermo_access::audit::csv_fields(e))
            .map_err(|e| csv_err(e.to_string()))?;
    }
    let body = w.into_inner().map_err(|e| csv_err(e.to_string()))?;
    let ctx = context(viewer.actor(), addr, state.auth.now());
    state
        .app
        .store
        .audit(ctx.event("audit.export", "audit"))
        .await
        .map_err(web)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"palermo-audit.csv\"",
            ),
        ],
        body,
    )
        .into_response())
}

/// Query of `/api/v1/audit`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    /// Entries to skip (newest first).
    #[serde(default)]
    offset: i64,
}

async fn audit_api(
    State(state): State<PrivateState>,
    viewer: Viewer,
    axum::extract::Query(q): axum::extract::Query<AuditQuery>,
) -> Result<Response, Response> {
    viewer
        .require(Action::Read, &Resource::AuditLog)
        .map_err(IntoResponse::into_response)?;
    let entries = state
        .app
        .store
        .audit_recent(AUDIT_PAGE, q.offset.max(0))
        .await
        .map_err(|e| ApiError(e.into()).into_response())?;
    let json: Vec<_> = entries
        .into_iter()
        .map(|e| {
            serde_json::json!({
                "seq": e.seq, "at": e.event.at, "actor": e.event.actor,
                "action": e.event.action, "target": e.event.target,
                "source": e.event.source, "prev_hash": e.prev_hash, "hash": e.hash,
            })
        })
        .collect();
    Ok(Json(serde_json::json!({ "entries": json })).into_response())
}
