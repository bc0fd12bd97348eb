//! The data provider feature (issue #12, item 7): an agency's account
//! imports its case records and uploads CLKs for its own organisation, by
//! the upload page (`multipart/form-data`, CSRF token) or by the API with a
//! Bearer token (the file as the request body), and sees its own raw
//! records, never another's.
//!
//! * `/provider` (page): the organisation's sources and CLK uploads, and
//!   the two upload forms; `POST /provider/cases`, `POST /provider/clks`.
//! * `/provider/sources/{id}`, `/provider/uploads/{id}` (pages) and
//!   `/api/v1/provider/sources[/{id}/records]`,
//!   `/api/v1/provider/uploads[/{id}]` (JSON; `POST` to the two lists
//!   imports or uploads).
//!
//! Every permission is `palermo_access::decide` on
//! `Resource::CaseRecords` / `Resource::Clks` owned by the viewer's
//! organisation. Ids in URLs are 128 random bits, and the store looks a
//! source or an upload up by id *and* the viewer's organisation: another
//! organisation's id, like an id that does not exist, is a 404 (existence
//! does not leak). Reading raw records or CLKs is audited (`cases.read`,
//! `clks.read`), as are imports and uploads (in their transactions).
//! Private routes: never cached, `Cache-Control: no-store`. Bodies are
//! limited to [`upload::MAX_UPLOAD_BYTES`] (413).

pub mod pages;
pub mod upload;

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, Multipart, Path, Query, State};
use axum::http::{HeaderMap, Method, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::Json;
use palermo_access::{Action, Organisation, Resource};
use palermo_i18n::{t, Lang};
use serde::Deserialize;

use self::pages::{ProviderPage, RecordRow, RecordsPage, SourceRow, Tr, UploadPage, UploadRow};
use self::upload::{t1, tn, Rejection, MAX_UPLOAD_BYTES};
use crate::account::auth::Viewer;
use crate::account::pages::{private_layout, render};
use crate::account::{context, private_route};
use crate::error::{ApiError, PageError, WebError};
use crate::private::PrivateState;
use crate::routes::PrivateRoute;
use crate::server::ClientAddr;

/// The body limit of the upload pages: the file and the form's few
/// small fields (the API's body is the file alone:
/// [`MAX_UPLOAD_BYTES`]).
const BODY_LIMIT: usize = MAX_UPLOAD_BYTES + 64 * 1024;

/// Records shown on a source's page (the JSON route gives them all).
pub const RECORDS_SHOWN: usize = 1000;

/// The header an API request signed in by a session cookie (not a token)
/// carries its CSRF token in, for a `POST`.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The data provider's routes (private: never behind the response cache).
pub fn routes() -> Vec<PrivateRoute> {
    vec![
        private_route("/provider", &[Method::GET], "/provider", || {
            get(provider_page)
        }),
        private_route(
            "/provider/cases",
            &[Method::POST],
            "/provider/cases",
            || post(import_page).layer(DefaultBodyLimit::max(BODY_LIMIT)),
        ),
        private_route("/provider/clks", &[Method::POST], "/provider/clks", || {
            post(clks_page).layer(DefaultBodyLimit::max(BODY_LIMIT))
        }),
        private_route(
            "/provider/sources/{id}",
            &[Method::GET],
            "/provider/sources/00000000000000000000000000000000",
            || get(source_page),
        ),
        private_route(
            "/provider/uploads/{id}",
            &[Method::GET],
            "/provider/uploads/00000000000000000000000000000000",
            || get(upload_page),
        ),
        private_route(
            "/api/v1/provider/sources",
            &[Method::GET, Method::POST],
            "/api/v1/provider/sources",
            || {
                get(sources_api)
                    .post(import_api)
                    .layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES))
            },
        ),
        private_route(
            "/api/v1/provider/sources/{id}/records",
            &[Method::GET],
            "/api/v1/provider/sources/00000000000000000000000000000000/records",
            || get(records_api),
        ),
        private_route(
            "/api/v1/provider/uploads",
            &[Method::GET, Method::POST],
            "/api/v1/provider/uploads",
            || {
                get(uploads_api)
                    .post(clks_api)
                    .layer(DefaultBodyLimit::max(MAX_UPLOAD_BYTES))
            },
        ),
        private_route(
            "/api/v1/provider/uploads/{id}",
            &[Method::GET],
            "/api/v1/provider/uploads/00000000000000000000000000000000",
            || get(upload_api),
        ),
    ]
}

/// The language of these pages: the request's ([`crate::lang::Locale`]).
fn lang() -> Lang {
    crate::lang::Locale::current().lang
}

/// The refusal of a viewer whose account acts for no organisation (403:
/// such an account holds no data here).
#[derive(Debug, Clone, Copy)]
struct NoOrganisation {
    api: bool,
}

impl From<NoOrganisation> for Response {
    fn from(n: NoOrganisation) -> Self {
        let msg = t(lang(), "provider-err-no-org");
        if n.api {
            (
                StatusCode::FORBIDDEN,
                Json(serde_json::json!({
                    "code": "forbidden",
                    "error": t(lang(), "account-forbidden"),
                    "message": msg
                })),
            )
                .into_response()
        } else {
            crate::account::pages::message(
                StatusCode::FORBIDDEN,
                &t(lang(), "account-forbidden"),
                &msg,
            )
        }
    }
}

/// The viewer's organisation.
fn organisation(viewer: &Viewer, api: bool) -> Result<Organisation, NoOrganisation> {
    viewer
        .subject
        .organisation
        .clone()
        .ok_or(NoOrganisation { api })
}

fn records_of(owner: &Organisation) -> Resource {
    Resource::CaseRecords {
        owner: owner.clone(),
    }
}

fn clks_of(owner: &Organisation) -> Resource {
    Resource::Clks {
        owner: owner.clone(),
    }
}

fn page(e: impl Into<WebError>) -> Response {
    PageError(e.into()).into_response()
}

fn api(e: impl Into<WebError>) -> Response {
    ApiError(e.into()).into_response()
}

fn not_found() -> WebError {
    WebError::NotFound(t(lang(), "provider-err-not-found"))
}

/// The provider's page, with what the last upload did.
async fn provider_response(
    state: &PrivateState,
    viewer: &Viewer,
    notice: Option<String>,
    rejections: Vec<Rejection>,
) -> Result<Response, Response> {
    let org = organisation(viewer, false)?;
    viewer.require(Action::Read, &records_of(&org))?;
    let o = org.to_string();
    let store = &state.app.store;
    let sources = store
        .case_sources_of(&o)
        .await
        .map_err(page)?
        .into_iter()
        .map(|s| SourceRow::of(&o, s))
        .collect();
    let uploads = if viewer.may(Action::Read, &clks_of(&org)) {
        store
            .clk_uploads_of(&o)
            .await
            .map_err(page)?
            .into_iter()
            .map(UploadRow::from)
            .collect()
    } else {
        Vec::new()
    };
    let l = lang();
    let mib = (MAX_UPLOAD_BYTES >> 20).to_string();
    Ok(render(
        StatusCode::OK,
        &ProviderPage {
            layout: private_layout(viewer),
            tr: Tr(l),
            intro: t1(l, "provider-intro", "organisation", o),
            sources,
            uploads,
            csrf: &viewer.csrf,
            cases_help: t1(l, "provider-cases-help", "mib", mib.clone()),
            clks_help: t1(l, "provider-clks-help", "mib", mib),
            notice,
            rejections,
        },
    ))
}

async fn provider_page(
    State(state): State<PrivateState>,
    viewer: Viewer,
) -> Result<Response, Response> {
    provider_response(&state, &viewer, None, Vec::new()).await
}

/// The fields of an upload form.
#[derive(Default)]
struct UploadForm {
    csrf: String,
    name: String,
    format: String,
    file_name: Option<String>,
    file: Option<Bytes>,
}

/// Reads an upload form: `csrf`, `name`, `format` (short text fields) and
/// `file`; any other field, a field twice, a text field over 1 KiB or a
/// malformed body is a 400; a body over the limit a 413.
async fn read_form(mut mp: Multipart) -> Result<UploadForm, WebError> {
    let l = lang();
    let malformed = || WebError::BadRequest(t(l, "provider-err-form"));
    let too_large = || {
        WebError::TooLarge(t1(
            l,
            "provider-err-too-large",
            "mib",
            (MAX_UPLOAD_BYTES >> 20).to_string(),
        ))
    };
    let failed = |e: axum::extract::multipart::MultipartError| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large()
        } else {
            malformed()
        }
    };
    let mut f = UploadForm::default();
    let mut seen = std::collections::BTreeSet::new();
    while let Some(field) = mp.next_field().await.map_err(failed)? {
        let name = field.name().unwrap_or_default().to_owned();
        if !seen.insert(name.clone()) {
            return Err(malformed());
        }
        if name == "file" {
            f.file_name = field.file_name().map(str::to_owned);
            let bytes = field.bytes().await.map_err(failed)?;
            if bytes.len() > MAX_UPLOAD_BYTES {
                return Err(too_large());
            }
            f.file = Some(bytes);
            continue;
        }
        let text = field.text().await.map_err(failed)?;
        if text.len() > 1024 {
            return Err(malformed());
        }
        match name.as_str() {
            "csrf" => f.csrf = text,
            "name" => f.name = text,
            "format" => f.format = text,
            _ => return Err(malformed()),
        }
    }
    Ok(f)
}

async fn import_page(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    mp: Multipart,
) -> Result<Response, Response> {
    let org = organisation(&viewer, false)?;
    let form = read_form(mp).await.map_err(page)?;
    viewer.may_submit(&form.csrf, Action::Write, &records_of(&org))?;
    let l = lang();
    let name = upload::check_name(l, &form.name).map_err(page)?;
    let format = upload::check_format(l, &form.format).map_err(page)?;
    let bytes = form
        .file
        .ok_or_else(|| page(WebError::BadRequest(t(l, "provider-err-file"))))?;
    let file = upload::base_file_name(form.file_name.as_deref());
    let ctx = context(viewer.actor(), addr, state.auth.now());
    let o = org.to_string();
    let out = upload::import_cases(&state.app.store, l, &o, &name, &file, format, &bytes, &ctx)
        .await
        .map_err(page)?;
    let notice = imported_notice(l, &out);
    provider_response(&state, &viewer, Some(notice), out.rejections).await
}

fn imported_notice(l: Lang, out: &upload::ImportOutcome) -> String {
    tn(
        l,
        "provider-imported",
        &[
            ("stored", out.stored.to_string()),
            ("rejected", out.rejected.to_string()),
            ("replaced", out.replaced.to_string()),
            ("source", out.source.clone()),
        ],
    )
}

async fn clks_page(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    mp: Multipart,
) -> Result<Response, Response> {
    let org = organisation(&viewer, false)?;
    let form = read_form(mp).await.map_err(page)?;
    viewer.may_submit(&form.csrf, Action::Write, &clks_of(&org))?;
    let l = lang();
    let list = upload::check_name(l, &form.name).map_err(page)?;
    let bytes = form
        .file
        .ok_or_else(|| page(WebError::BadRequest(t(l, "provider-err-file"))))?;
    let file = upload::base_file_name(form.file_name.as_deref());
    let ctx = context(viewer.actor(), addr, state.auth.now());
    let out = upload::upload_clks(
        &state.app.store,
        l,
        &org.to_string(),
        &list,
        &file,
        &bytes,
        viewer.user.id,
        &ctx,
    )
    .await
    .map_err(page)?;
    let notice = uploaded_notice(l, &out);
    provider_response(&state, &viewer, Some(notice), Vec::new()).await
}

fn uploaded_notice(l: Lang, out: &upload::ClkOutcome) -> String {
    tn(
        l,
        "provider-uploaded",
        &[
            ("clks", out.clks.to_string()),
            ("bits", out.bits.to_string()),
            ("list", out.list.clone()),
        ],
    )
}

/// A public id as the URL gives it: 32 lower-case hex digits, else no
/// lookup at all (a 404 like any unknown id).
fn checked_id(id: &str) -> Result<&str, WebError> {
    if id.len() == 32
        && id
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
    {
        Ok(id)
    } else {
        Err(not_found())
    }
}

/// The source `id` of the viewer's organisation with its records, after
/// the policy allows `action` on them and the read is audited; 404 when
/// the organisation holds no such source.
async fn own_source(
    state: &PrivateState,
    viewer: &Viewer,
    addr: ClientAddr,
    id: &str,
    api: bool,
) -> Result<
    (
        Organisation,
        palermo_store::cases::CaseSource,
        Vec<palermo_model::case::CaseRecord>,
    ),
    Response,
> {
    let fail = |e: WebError| if api { self::api(e) } else { page(e) };
    let org = organisation(viewer, api)?;
    let id = checked_id(id).map_err(fail)?;
    let found = state
        .app
        .store
        .case_source_of(id, &org.to_string())
        .await
        .map_err(|e| fail(e.into()))?;
    let (source, records) = found.ok_or_else(|| fail(not_found()))?;
    viewer.require(Action::Read, &records_of(&org))?;
    let ctx = context(viewer.actor(), addr, state.auth.now());
    state
        .app
        .store
        .audit(ctx.event(
            "cases.read",
            &format!("case-source:{id} ({} records)", records.len()),
        ))
        .await
        .map_err(|e| fail(e.into()))?;
    Ok((org, source, records))
}

async fn source_page(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, Response> {
    let (org, source, records) = own_source(&state, &viewer, addr, &id, false).await?;
    let l = lang();
    let name = upload::shown_source(&org.to_string(), &source.source).to_owned();
    let shown: Vec<RecordRow> = records
        .iter()
        .take(RECORDS_SHOWN)
        .map(|r| RecordRow::of(lang(), r))
        .collect();
    let note = tn(
        l,
        "provider-records-note",
        &[
            ("shown", shown.len().to_string()),
            ("total", records.len().to_string()),
        ],
    );
    Ok(render(
        StatusCode::OK,
        &RecordsPage {
            layout: private_layout(&viewer),
            tr: Tr(l),
            id: source.public_id.unwrap_or_default(),
            heading: t1(l, "provider-records-heading", "source", name),
            note,
            records: shown,
        },
    ))
}

async fn records_api(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, Response> {
    let (org, source, records) = own_source(&state, &viewer, addr, &id, true).await?;
    Ok(Json(serde_json::json!({
        "id": source.public_id,
        "source": upload::shown_source(&org.to_string(), &source.source),
        "file": source.file,
        "format": source.format,
        "imported_at": source.imported_at,
        "records": records,
    }))
    .into_response())
}

/// The upload `id` of the viewer's organisation, after the policy allows
/// reading it; 404 when the organisation holds no such upload.
async fn own_upload(
    state: &PrivateState,
    viewer: &Viewer,
    id: &str,
    api: bool,
) -> Result<(palermo_store::clks::ClkUpload, String), Response> {
    let fail = |e: WebError| if api { self::api(e) } else { page(e) };
    let org = organisation(viewer, api)?;
    let id = checked_id(id).map_err(fail)?;
    let found = state
        .app
        .store
        .clk_upload_of(id, &org.to_string())
        .await
        .map_err(|e| fail(e.into()))?;
    let found = found.ok_or_else(|| fail(not_found()))?;
    viewer.require(Action::Read, &clks_of(&org))?;
    Ok(found)
}

async fn upload_page(
    State(state): State<PrivateState>,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, Response> {
    let (upload, _) = own_upload(&state, &viewer, &id, false).await?;
    Ok(render(
        StatusCode::OK,
        &UploadPage {
            layout: private_layout(&viewer),
            tr: Tr(lang()),
            upload: upload.into(),
        },
    ))
}

async fn upload_api(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    Path(id): Path<String>,
) -> Result<Response, Response> {
    let (upload, data) = own_upload(&state, &viewer, &id, true).await?;
    let ctx = context(viewer.actor(), addr, state.auth.now());
    state
        .app
        .store
        .audit(ctx.event(
            "clks.read",
            &format!("clk-upload:{} ({} CLKs)", upload.public_id, upload.clks),
        ))
        .await
        .map_err(api)?;
    let clks: serde_json::Value =
        serde_json::from_str(&data).map_err(|e| api(WebError::Internal(e.to_string())))?;
    Ok(Json(serde_json::json!({
        "id": upload.public_id,
        "list": upload.list,
        "file": upload.file,
        "clks_count": upload.clks,
        "bits": upload.bits,
        "uploaded_at": upload.uploaded_at,
        "clks": clks.get("clks"),
    }))
    .into_response())
}

async fn sources_api(
    State(state): State<PrivateState>,
    viewer: Viewer,
) -> Result<Response, Response> {
    let org = organisation(&viewer, true)?;
    viewer.require(Action::Read, &records_of(&org))?;
    let o = org.to_string();
    let sources: Vec<_> = state
        .app
        .store
        .case_sources_of(&o)
        .await
        .map_err(api)?
        .into_iter()
        .map(|s| {
            serde_json::json!({
                "id": s.public_id,
                "source": upload::shown_source(&o, &s.source),
                "file": s.file,
                "format": s.format,
                "rows_read": s.rows.0,
                "stored": s.rows.1,
                "rejected": s.rows.2,
                "imported_at": s.imported_at,
            })
        })
        .collect();
    Ok(Json(serde_json::json!({ "sources": sources })).into_response())
}

async fn uploads_api(
    State(state): State<PrivateState>,
    viewer: Viewer,
) -> Result<Response, Response> {
    let org = organisation(&viewer, true)?;
    viewer.require(Action::Read, &clks_of(&org))?;
    let uploads: Vec<_> = state
        .app
        .store
        .clk_uploads_of(&org.to_string())
        .await
        .map_err(api)?
        .into_iter()
        .map(|u| {
            serde_json::json!({
                "id": u.public_id, "list": u.list, "file": u.file,
                "clks_count": u.clks, "bits": u.bits, "uploaded_at": u.uploaded_at,
            })
        })
        .collect();
    Ok(Json(serde_json::json!({ "uploads": uploads })).into_response())
}

/// Query of the API's `POST /api/v1/provider/sources`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ImportQuery {
    /// The source's name (1–100 characters, no `/`).
    name: String,
    /// `ctdc` (the default), `htcds-csv` or `htcds-json`.
    #[serde(default)]
    format: Option<String>,
    /// The file's name, to be stored with the source (its base name).
    #[serde(default)]
    file: Option<String>,
}

/// A `POST` to the API by a session (not a token) needs the session's
/// CSRF token in [`CSRF_HEADER`]; a token needs none (no browser sends it
/// by itself).
fn api_csrf(viewer: &Viewer, headers: &HeaderMap) -> Result<(), crate::account::auth::Forbidden> {
    if viewer.session.is_none() {
        return Ok(());
    }
    let token = headers
        .get(CSRF_HEADER)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    viewer.check_csrf(token)
}

fn body_limit(e: axum::extract::rejection::BytesRejection) -> Response {
    if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
        api(WebError::TooLarge(t1(
            lang(),
            "provider-err-too-large",
            "mib",
            (MAX_UPLOAD_BYTES >> 20).to_string(),
        )))
    } else {
        api(WebError::BadRequest(t(lang(), "provider-err-form")))
    }
}

fn bad_query(e: axum::extract::rejection::QueryRejection) -> Response {
    api(WebError::BadRequest(e.body_text()))
}

async fn import_api(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    headers: HeaderMap,
    query: Result<Query<ImportQuery>, axum::extract::rejection::QueryRejection>,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, Response> {
    let org = organisation(&viewer, true)?;
    api_csrf(&viewer, &headers)?;
    viewer.require(Action::Write, &records_of(&org))?;
    let Query(q) = query.map_err(bad_query)?;
    let body = body.map_err(body_limit)?;
    let l = lang();
    let name = upload::check_name(l, &q.name).map_err(api)?;
    let format = upload::check_format(l, q.format.as_deref().unwrap_or("ctdc")).map_err(api)?;
    let file = upload::base_file_name(q.file.as_deref());
    let ctx = context(viewer.actor(), addr, state.auth.now());
    let out = upload::import_cases(
        &state.app.store,
        l,
        &org.to_string(),
        &name,
        &file,
        format,
        &body,
        &ctx,
    )
    .await
    .map_err(api)?;
    Ok((StatusCode::CREATED, Json(out)).into_response())
}

/// Query of the API's `POST /api/v1/provider/uploads`.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClkQuery {
    /// The list's name (1–100 characters, no `/`).
    name: String,
    /// The file's name, to be stored with the upload (its base name).
    #[serde(default)]
    file: Option<String>,
}

async fn clks_api(
    State(state): State<PrivateState>,
    addr: ClientAddr,
    viewer: Viewer,
    headers: HeaderMap,
    query: Result<Query<ClkQuery>, axum::extract::rejection::QueryRejection>,
    body: Result<Bytes, axum::extract::rejection::BytesRejection>,
) -> Result<Response, Response> {
    let org = organisation(&viewer, true)?;
    api_csrf(&viewer, &headers)?;
    viewer.require(Action::Write, &clks_of(&org))?;
    let Query(q) = query.map_err(bad_query)?;
    let body = body.map_err(body_limit)?;
    let l = lang();
    let list = upload::check_name(l, &q.name).map_err(api)?;
    let file = upload::base_file_name(q.file.as_deref());
    let ctx = context(viewer.actor(), addr, state.auth.now());
    let out = upload::upload_clks(
        &state.app.store,
        l,
        &org.to_string(),
        &list,
        &file,
        &body,
        viewer.user.id,
        &ctx,
    )
    .await
    .map_err(api)?;
    Ok((StatusCode::CREATED, Json(out)).into_response())
}
