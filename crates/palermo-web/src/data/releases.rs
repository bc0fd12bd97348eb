//! Public case-record tables: served only from stored releases (issue #9).
//!
//! The web never counts case records. It reads a release that the data
//! holder made with `palermo cases release create` (frozen tables, noise
//! drawn once by `palermo-disclosure`) and shows it as stored: the latest
//! release not withdrawn, or an older one by `?release=ID`, unchanged. An
//! import changes nothing here until the next release.

use axum::extract::{Path, State};
use axum::response::{IntoResponse, Json, Response};
use palermo_disclosure::public::{PublicCaseQuery, PublicDimension, ReleaseChoice};
use palermo_disclosure::release::{fmt_eps, Method};
use palermo_disclosure::ProtectedTable;
use palermo_model::indicator::{GroupKeys, KEY_COLUMNS};
use palermo_store::releases::{ReleaseInfo, StoredRelease};
use serde_json::{json, Value};

use super::api::csv_response;
use super::query::{parse_request, public_case_query, DataQuery};
use crate::error::{tr, ApiError, WebError};
use crate::params::{NoParams, Params};
use crate::AppState;

/// The stored release `choice` names: the latest not withdrawn, or one by
/// number. `Ok(None)` when no release has been made.
///
/// # Errors
/// 404 for an unknown or withdrawn release.
pub async fn chosen_release(
    state: &AppState,
    choice: ReleaseChoice,
) -> Result<Option<StoredRelease>, WebError> {
    match choice {
        ReleaseChoice::Latest => Ok(state.store.latest_case_release().await?),
        ReleaseChoice::Number(id) => {
            let r = state
                .store
                .case_release(id)
                .await?
                .ok_or_else(|| WebError::NotFound(tr("error-no-release", &[("id", &id)])))?;
            if let Some(at) = &r.info.withdrawn_at {
                return Err(WebError::NotFound(tr(
                    "error-release-withdrawn",
                    &[("id", &id), ("date", &at.as_str())],
                )));
            }
            Ok(Some(r))
        }
    }
}

/// A release's facts as the API gives them: number, date, note, method and
/// its parameters, the record count (rounded) and whether it is withdrawn.
/// A withdrawn release's note is not given (the holder may have withdrawn
/// it for what the note said).
pub fn release_json(info: &ReleaseInfo, method: Option<&Method>) -> Value {
    let note = if info.withdrawn_at.is_some() {
        None
    } else {
        info.note.as_deref()
    };
    json!({
        "id": info.id,
        "created_at": info.created_at,
        "note": note,
        "method": info.method,
        "k": info.k,
        "epsilon": info.epsilon,
        "delta": info.delta,
        "description": method.map(Method::describe),
        "parameters": method,
        "records": info.records_published,
        "records_text": match info.records_published {
            Some(n) => format!("about {}", crate::format::thousands(n)),
            None => format!("fewer than {}", info.k),
        },
        "records_rounding": "rounded to the nearest 10 from the release's protected total; never the exact count",
        "withdrawn_at": info.withdrawn_at,
    })
}

/// The table `q` asks for, of the release `r`.
fn table_of<'r>(
    r: &'r StoredRelease,
    q: &PublicCaseQuery,
) -> Result<&'r ProtectedTable<GroupKeys>, WebError> {
    q.table_of(&r.tables)
        .ok_or_else(|| WebError::Internal(format!("release {} lacks a public table", r.info.id)))
}

fn no_release() -> WebError {
    WebError::NotFound(tr("error-no-release-yet", &[]))
}

/// `GET /api/v1/cases/indicators`: one table of a release.
pub async fn api_case_indicators(
    State(state): State<AppState>,
    Params(q): Params<DataQuery>,
) -> Result<Response, ApiError> {
    let p = parse_request(&state, &q).await?;
    let query = public_case_query(&q, &p)?;
    let r = chosen_release(&state, query.release)
        .await?
        .ok_or_else(no_release)?;
    let t = table_of(&r, &query)?;
    if p.csv {
        let cols: Vec<&str> = KEY_COLUMNS
            .iter()
            .map(|(_, c)| *c)
            .filter(|c| t.cells.iter().any(|r| !r.keys.value_of(c).is_empty()))
            .collect();
        let header: Vec<String> = cols
            .iter()
            .map(|c| (*c).to_owned())
            .chain(["value".to_owned(), "suppressed".to_owned()])
            .collect();
        let records = t.cells.iter().map(|c| {
            let mut f: Vec<String> = cols.iter().map(|col| c.keys.value_of(col)).collect();
            f.push(c.value.map(|v| v.to_string()).unwrap_or_default());
            f.push(c.suppressed.to_string());
            f
        });
        let out = palermo_model::csv_out::to_string(std::iter::once(header).chain(records));
        return Ok(csv_response(out));
    }
    let mut v = serde_json::to_value(t).map_err(|e| WebError::Internal(e.to_string()))?;
    if let Some(o) = v.as_object_mut() {
        o.insert(
            "release".into(),
            release_json(&r.info, Some(&r.tables.method)),
        );
    }
    Ok(Json(v).into_response())
}

/// `GET /api/v1/cases/releases`: every release, newest first, withdrawn
/// ones marked.
pub async fn api_case_releases(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Json<Value>, ApiError> {
    let all = state.store.case_releases().await?;
    Ok(Json(json!({
        "releases": all.iter().map(|i| release_json(i, None)).collect::<Vec<_>>(),
    })))
}

/// `GET /api/v1/cases/releases/{id}`: a release with all its tables.
pub async fn api_case_release(
    State(state): State<AppState>,
    Path(id): Path<String>,
    _: Params<NoParams>,
) -> Result<Json<Value>, ApiError> {
    let id: i64 = id.trim().parse().map_err(|_| {
        WebError::BadRequest(palermo_disclosure::public::PublicQueryError::BadRelease.to_string())
    })?;
    let r = chosen_release(&state, ReleaseChoice::Number(id))
        .await?
        .ok_or_else(no_release)?;
    Ok(Json(json!({
        "release": release_json(&r.info, Some(&r.tables.method)),
        "total": r.tables.total,
        "tables": r.tables.tables,
    })))
}

/// The `case_records` entry of `/api/v1/statistics/datasets`: the latest
/// release's record count, rounded, never the exact number.
pub async fn datasets_entry(state: &AppState) -> Result<Value, WebError> {
    let r = state.store.latest_case_release().await?;
    Ok(match r {
        None => json!({
            "release": null, "total": null,
            "text": "no release published yet",
            "rounding": "case-record counts are published only from releases, rounded",
        }),
        Some(r) => json!({
            "release": r.info.id,
            "k": r.info.k,
            "total": r.tables.records.value,
            "text": r.tables.records.text,
            "rounding": r.tables.records.rounding,
            "method": r.info.method,
        }),
    })
}

/// The `/data` page's case-record section: the year table of the latest
/// release, with what protects it.
#[derive(Debug, Clone)]
pub struct CaseSection {
    /// A release exists.
    pub has_release: bool,
    /// "Release 3 of 2026-12-01 (note)".
    pub release_text: String,
    /// The records, as published ("about 2,000").
    pub records_text: String,
    /// The method, for readers.
    pub method_text: String,
    /// (year, value) rows; the value as shown.
    pub rows: Vec<(Option<i32>, String)>,
}

/// The page's case-record section from the latest release (`None`: no
/// release yet).
///
/// # Errors
/// A stored release without its year table, as [`WebError::BadRequest`]
/// (not produced by `palermo-disclosure`).
pub fn case_section(
    release: Option<&StoredRelease>,
    lang: palermo_i18n::Lang,
) -> Result<CaseSection, WebError> {
    let count = |n: u64| super::view::count(lang, n);
    let Some(r) = release else {
        return Ok(CaseSection {
            has_release: false,
            release_text: String::new(),
            records_text: String::new(),
            method_text: String::new(),
            rows: Vec::new(),
        });
    };
    let t = table_of(
        r,
        &PublicCaseQuery {
            table: Some(PublicDimension::Year),
            release: ReleaseChoice::Latest,
        },
    )?;
    let rows = t
        .cells
        .iter()
        .map(|c| {
            (
                c.keys.year,
                c.value.map(count).unwrap_or_else(|| {
                    crate::layout::message(lang, "data-case-withheld", &[("k", &t.k)])
                }),
            )
        })
        .collect();
    let date = r.info.created_at.get(..10).unwrap_or(&r.info.created_at);
    let eps = r
        .info
        .epsilon
        .map(|e| format!(", ε = {}", fmt_eps(e)))
        .unwrap_or_default();
    Ok(CaseSection {
        has_release: true,
        release_text: crate::layout::message(
            lang,
            "data-case-release",
            &[
                ("id", &r.info.id),
                (
                    "date",
                    &palermo_i18n::format::date_iso(lang, date).unwrap_or_else(|_| date.to_owned()),
                ),
                ("method", &format!("{}{eps}", r.info.method)),
                (
                    "note",
                    &r.info
                        .note
                        .as_deref()
                        .map(|n| format!(": {n}"))
                        .unwrap_or_default(),
                ),
            ],
        ),
        records_text: match r.tables.records.value {
            Some(n) => crate::layout::message(lang, "data-case-about", &[("count", &count(n))]),
            None => r.tables.records.text.clone(),
        },
        method_text: r.tables.method.describe(),
        rows,
    })
}
