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
use crate::error::{ApiError, WebError};
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
    state: &'static str,
    totp: bool,
}

#[derive(Template)]
#[template(
    ext = "html",
    source = r#"{% extends "layout/base.html" %}
{% block title %}Accounts{% endblock %}
{% block content %}
<h1>Accounts</h1>
<h2>{{ layout.t("users-create-heading") }}</h2>
<p>{{ layout.t("users-create-intro") }}</p>
<form method="post" action="/admin/users">
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
<thead><tr><th scope="col">Id</th><th scope="col">E-mail</th><th scope="col">Name</th><th scope="col">Role</th><th scope="col">Organisation</th><th scope="col">State</th><th scope="col">TOTP</th><th scope="col"></th></tr></thead>
<tbody>
{% for u in users %}<tr><td>{{ u.id }}</td><td>{{ u.email }}</td><td>{{ u.name }}</td><td>{{ u.role }}</td><td>{{ u.organisation }}</td><td>{{ u.state }}</td><td>{% if u.totp %}yes{% else %}no{% endif %}</td>
<td>{% if u.state != "disabled" %}<form method="post" action="/admin/users/{{ u.id }}/disable"><input type="hidden" name="csrf" value="{{ csrf }}"><button type="submit">Disable</button></form>
<form method="post" action="/admin/users/{{ u.id }}/reset-password"><input type="hidden" name="csrf" value="{{ csrf }}"><button type="submit">{{ layout.t("users-reset-button") }}</button></form>{% endif %}</td></tr>
{% endfor %}</tbody></table>
<p><a href="/admin/audit">Audit trail</a></p>
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
            state: if u.disabled_at.is_some() {
                "disabled"
            } else if palermo_access::session::LockoutPolicy::is_locked(u.locked_until, now) {
                "locked"
            } else {
                "active"
            },
            totp: u.totp_secret.is_some(),
            id: u.id,
            email: u.email,
            name: u.display_name,
            role: u.role,
            organisation: u.organisation.unwrap_or_else(|| "none".into()),
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
        return Err(web(WebError::BadRequest(
            "You cannot disable your own account here (use palermo user disable).".into(),
        )));
    }
    let ctx = context(viewer.actor(), addr, state.auth.now());
    if !state.app.store.disable_user(id, &ctx).await.map_err(web)? {
        return Err(web(WebError::NotFound(
            "There is no active account with this id.".into(),
        )));
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
{% block title %}Audit trail{% endblock %}
{% block content %}
<h1>Audit trail</h1>
<p role="status">{{ verdict }}</p>
<p><a href="/admin/audit.csv">Download the whole trail (CSV, with hashes)</a></p>
<table>
<caption>The {{ entries.len() }} most recent entries, newest first</caption>
<thead><tr><th scope="col">#</th><th scope="col">When</th><th scope="col">Who</th><th scope="col">What</th><th scope="col">On</th><th scope="col">From</th></tr></thead>
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

fn verdict_text(v: &AuditVerdict) -> String {
    match v {
        AuditVerdict::Intact(h) => format!(
            "The chain is intact: {} entries, the last one's hash is {}.",
            h.entries, h.last_hash
        ),
        AuditVerdict::Broken(b) => format!("The chain is broken at entry {}: {}.", b.seq, b.reason),
        AuditVerdict::Truncated { head, recorded_seq } => format!(
            "The chain is broken after entry {}: {recorded_seq} entries were recorded (entries removed from its end).",
            head.last_seq
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
