//! `POST /api/v1/mse` and its part of the OpenAPI document.

use axum::body::Bytes;
use axum::extract::rejection::BytesRejection;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::Json;
use palermo_mse::Analysis;
use serde_json::{json, Value};

use super::gate::Limits;
use super::request::{analyse_blocking, too_large, MseRequest};
use super::{MAX_BODY_BYTES, MAX_BOOTSTRAP, MAX_TABLE_BYTES, MAX_WEB_LISTS};
use crate::error::{tr, ApiError, WebError};
use crate::params::Params;
use crate::server::ClientAddr;
use crate::AppState;

/// Whether a `Content-Type` is JSON: `application/json` in any case, with
/// or without parameters (`; charset=utf-8`).
fn is_json(ctype: &str) -> bool {
    ctype
        .split(';')
        .next()
        .is_some_and(|m| m.trim().eq_ignore_ascii_case("application/json"))
}

/// `POST /api/v1/mse`: a JSON body ([`MseRequest`]), or the table itself as
/// `text/csv` with the options as query parameters. Answers the
/// [`Analysis`] (keys `estimate`, `observed`, `terms`, `empty_overlaps`,
/// `intervals`, `models`, `comparison`, …) or an error with a message: 400
/// (invalid input), 413 (body too large), 422 (time limit), 503 (busy).
pub(crate) async fn api(
    State(state): State<AppState>,
    client: ClientAddr,
    Params(q): Params<MseRequest>,
    headers: HeaderMap,
    body: Result<Bytes, BytesRejection>,
) -> Result<Json<Analysis>, ApiError> {
    let body = body.map_err(|e| {
        if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
            too_large()
        } else {
            WebError::BadRequest(tr("mse-err-body-unreadable", &[("detail", &e.body_text())]))
        }
    })?;
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let text = std::str::from_utf8(&body)
        .map_err(|_| WebError::BadRequest(tr("mse-err-not-utf8", &[])))?;
    let req = if is_json(ctype) {
        serde_json::from_str::<MseRequest>(text).map_err(|e| {
            WebError::BadRequest(tr("mse-err-json-body", &[("detail", &e.to_string())]))
        })?
    } else {
        MseRequest {
            table: text.to_string(),
            ..q
        }
    };
    let lang = crate::lang::Locale::current().lang;
    Ok(Json(
        analyse_blocking(&state.mse, &state.store, client, req)
            .await
            .map_err(|e| e.into_web(lang))?,
    ))
}

/// The OpenAPI description of `POST /api/v1/mse`, merged into the API's
/// document.
pub fn openapi_paths() -> Value {
    json!({"/mse": {"post": {
        "summary": "Multiple systems estimation: the hidden number of victims from overlapping lists",
        "description": format!("Body: JSON {{table, method, terms, threshold, bootstrap, seed, level}} (Content-Type application/json, any case, parameters allowed; threshold, bootstrap, seed and level as numbers or numeric strings), or the CSV table itself (text/csv) with the options as query parameters. The table has one 0/1 column per list and a count column (or one row per person). Answers the estimate, the selected interactions, empty overlaps, intervals (lognormal-Wald, profile likelihood, BCa), every model tried and the other methods' estimates. Limits: body at most {MAX_BODY_BYTES} bytes (table {MAX_TABLE_BYTES}), at most {MAX_WEB_LISTS} lists, at most {MAX_BOOTSTRAP} bootstrap replicates, {} s of computation per request (then 422), one estimation at a time, waiting clients taking turns (a request waits at most {} s, then 503 with Retry-After; a client with {} requests waiting or running gets 429).", Limits::default().timeout.as_secs(), Limits::default().wait.as_secs(), Limits::default().per_client),
        "requestBody": {"content": {
            "application/json": {"schema": {"type": "object", "required": ["table"], "properties": {
                "table": {"type": "string"}, "method": {"type": "string", "enum": ["stepwise", "aic", "bic", "main", "fixed"]},
                "terms": {"type": ["string", "array"]}, "threshold": {"type": ["number", "string"], "default": 0.02},
                "bootstrap": {"type": ["integer", "string"], "minimum": 0, "maximum": MAX_BOOTSTRAP, "default": 0},
                "seed": {"type": ["integer", "string"], "default": 1234},
                "level": {"type": ["number", "string"], "exclusiveMinimum": 0, "exclusiveMaximum": 1, "default": 0.95}}}},
            "text/csv": {"schema": {"type": "string"}}}},
        "responses": {"200": {"description": "The analysis", "content": {"application/json": {"schema": {"type": "object",
            "required": ["estimate", "observed", "terms", "empty_overlaps", "intervals", "models"],
            "properties": {"estimate": {"type": "number"}, "observed": {"type": "integer"},
                "terms": {"type": "array", "items": {"type": "string"}},
                "empty_overlaps": {"type": "array"},
                "intervals": {"type": "array", "items": {"type": "object", "properties": {
                    "method": {"type": "string", "enum": ["wald", "profile", "bca", "bounds"],
                        "description": "bounds: a list captures every observed person, no model can be fitted; lower is the observed total, upper null (unbounded)"},
                    "level": {"type": "number"}, "lower": {"type": "number"},
                    "upper": {"type": ["number", "null"], "description": "null when unbounded"}}}},
                "models": {"type": "array", "items": {"type": "object", "properties": {
                    "failure": {"type": "string", "description": "present when the model passed the existence check but could not be fitted (its figures are then null); the selection was made without it, and a warning says so"}}}},
                "fit": {"type": ["object", "null"], "description": "null when a list captures every observed person"},
                "warnings": {"type": "array", "items": {"type": "string"}, "description": "includes merged capture histories of the input, models that could not be fitted, and why a list that captures everybody gives no upper limit"},
                "comparison": {"type": "array"}}}}}},
            "400": {"description": "Invalid table or options; the message names every bad line (the first 20, then how many more) with its field and reason, or the model"},
            "413": {"description": "The body is larger than the limit (stated in the message)"},
            "422": {"description": "The estimation ran past the time limit and was stopped"},
            "429": {"description": "This client already has as many estimations waiting or running as one client may"},
            "503": {"description": "Busy with other estimations; retry after the Retry-After seconds"}}}}})
}
