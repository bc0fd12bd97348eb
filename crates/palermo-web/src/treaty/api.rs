//! The JSON API under `/api/v1/`: instruments, participants and countries,
//! described by an OpenAPI 3.1 document at `/api/v1/openapi.json`.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Json, Response};
use palermo_model::date::iso;
use palermo_model::treaty::{
    count, select_participants, status_csv_rows, StatusCounts, StatusRecord,
};
use palermo_model::{Country, Instrument, PopulationRecord};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};

use super::pages::parse_as_of;
use crate::error::{tr, ApiError, WebError};
use crate::params::{NoParams, Params};
use crate::AppState;

/// An instrument with its facts and current counts.
#[derive(Debug, Serialize)]
pub struct InstrumentJson {
    /// Short code.
    pub code: &'static str,
    /// Short name.
    pub short_name: &'static str,
    /// Official title.
    pub title: &'static str,
    /// MTDSG reference.
    pub mtdsg_no: &'static str,
    /// Adoption date.
    pub adopted: String,
    /// Entry into force.
    pub entry_into_force: String,
    /// UN Treaty Series volume.
    pub unts_volume: u32,
    /// UN Treaty Series registration number.
    pub unts_registration: u32,
    /// "Status as at" date of the data.
    pub as_of: Option<String>,
    /// Counts at that date.
    pub counts: StatusCounts,
}

async fn instrument_json(state: &AppState, i: Instrument) -> Result<InstrumentJson, WebError> {
    let info = i.info();
    let rows = state.store.treaty_status(Some(i)).await?;
    let snap = state.store.treaty_snapshot(i).await?;
    Ok(InstrumentJson {
        code: info.code,
        short_name: info.short_name,
        title: info.title,
        mtdsg_no: info.mtdsg_no,
        adopted: iso(info.adopted),
        entry_into_force: iso(info.entry_into_force),
        unts_volume: info.unts_volume,
        unts_registration: info.unts_registration,
        as_of: snap.map(|s| iso(s.as_of)),
        counts: count(&rows, None),
    })
}

pub(crate) async fn instruments(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Json<Vec<InstrumentJson>>, ApiError> {
    let mut out = Vec::new();
    for i in Instrument::ALL {
        out.push(instrument_json(&state, i).await?);
    }
    Ok(Json(out))
}

fn parse_instrument(code: &str) -> Result<Instrument, WebError> {
    code.parse::<Instrument>()
        .map_err(|_| WebError::NotFound(tr("error-no-instrument", &[("code", &code)])))
}

pub(crate) async fn instrument(
    State(state): State<AppState>,
    Path(code): Path<String>,
    _: Params<NoParams>,
) -> Result<Json<InstrumentJson>, ApiError> {
    let i = parse_instrument(&code)?;
    Ok(Json(instrument_json(&state, i).await?))
}

/// Filters of the participants endpoint.
#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct ParticipantsQuery {
    /// Status on this date (YYYY-MM-DD) instead of the snapshot's.
    pub as_of: Option<String>,
    /// `true`: only UN Member States that are not parties (signatories or not).
    pub not_party: Option<bool>,
    /// Only participants in this UN M49 region or sub-region (e.g.
    /// `Africa`), case-insensitive; another value is refused.
    pub region: Option<String>,
    /// `json` (the default) or `csv` (the columns of
    /// [`palermo_model::treaty::STATUS_CSV_HEADER`]).
    pub format: Option<String>,
}

pub(crate) async fn participants(
    State(state): State<AppState>,
    Path(code): Path<String>,
    Params(q): Params<ParticipantsQuery>,
) -> Result<Response, ApiError> {
    let i = parse_instrument(&code)?;
    let csv = match q.format.as_deref() {
        None | Some("json") => false,
        Some("csv") => true,
        Some(t) => {
            return Err(
                WebError::from(palermo_model::query::ParamError::UnknownValue {
                    name: "format".into(),
                    value: palermo_model::query::echo(t),
                    expected: "json, csv".into(),
                })
                .into(),
            )
        }
    };
    let as_of = parse_as_of(q.as_of.as_deref())?;
    let rows = state.store.treaty_status(Some(i)).await?;
    let countries = super::pages::countries_by_iso3(&state.store).await?;
    let region = match q.region.as_deref().map(str::trim).filter(|r| !r.is_empty()) {
        None => None,
        Some(r) => Some(palermo_model::query::parse_region(
            r,
            countries.values().map(|c| c.region.as_str()),
            countries.values().map(|c| c.sub_region.as_str()),
        )?),
    };
    let snapshot = state.store.treaty_snapshot(i).await?;
    // With no snapshot there are no rows; any date will do.
    let snapshot_as_of = snapshot.map_or(i.info().adopted, |s| s.as_of);
    let records = select_participants(
        &rows,
        i,
        &countries,
        snapshot_as_of,
        as_of,
        q.not_party.unwrap_or(false),
        region.as_deref(),
    );
    if csv {
        let body = palermo_model::csv_out::to_string(status_csv_rows(&records));
        let disposition = format!("attachment; filename=\"{}-participants.csv\"", i.code());
        return Ok((
            [
                (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
                (header::CONTENT_DISPOSITION, disposition),
            ],
            body,
        )
            .into_response());
    }
    Ok(Json(records).into_response())
}

pub(crate) async fn countries(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Json<Vec<Country>>, ApiError> {
    Ok(Json(state.store.countries().await?))
}

/// One country with its population series and treaty status.
#[derive(Debug, Serialize)]
pub struct CountryJson {
    /// The country.
    #[serde(flatten)]
    pub country: Country,
    /// Population by year (World Bank SP.POP.TOTL).
    pub population: Vec<PopulationRecord>,
    /// Status under each instrument it acted on.
    pub treaty_status: Vec<StatusRecord>,
}

pub(crate) async fn country(
    State(state): State<AppState>,
    Path(code): Path<String>,
    _: Params<NoParams>,
) -> Result<Json<CountryJson>, ApiError> {
    let iso3 = code.to_ascii_uppercase();
    let country = state
        .store
        .country(&iso3)
        .await?
        .ok_or_else(|| WebError::NotFound(tr("error-no-country", &[("code", &code)])))?;
    let population = state.store.population(&iso3).await?;
    let mut treaty_status = Vec::new();
    for r in state.store.treaty_status_of_country(&iso3).await? {
        let snapshot = state.store.treaty_snapshot(r.instrument).await?;
        let as_of = snapshot.map_or(r.instrument.info().adopted, |s| s.as_of);
        treaty_status.push(StatusRecord::new(&r, as_of));
    }
    Ok(Json(CountryJson {
        country,
        population,
        treaty_status,
    }))
}

/// The OpenAPI 3.1 description of this API.
pub fn openapi_document() -> Value {
    let instrument_param = json!({"name": "code", "in": "path", "required": true,
        "schema": {"type": "string", "enum": ["untoc", "tip", "som", "firearms"]}, "example": "tip"});
    let date = json!({"type": ["string", "null"], "format": "date"});
    json!({
        "openapi": "3.1.0",
        "info": {
            "title": "Palermo API",
            "version": "1",
            "description": "Treaty status of the UN Convention against Transnational Organized Crime and its Protocols, countries and population. Every response states or implies the as-of date of its data.",
            "license": {"name": "MIT OR Apache-2.0"}
        },
        "servers": [{"url": "/api/v1"}],
        "paths": {
            "/openapi.json": {"get": {"summary": "This description",
                "responses": {"200": {"description": "OpenAPI 3.1", "content": {"application/json": {}}}}}},
            "/instruments": {"get": {"summary": "The four instruments with their facts and counts",
                "responses": {"200": {"description": "Instruments", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Instrument"}}}}}}}},
            "/instruments/{code}": {"get": {"summary": "One instrument", "parameters": [instrument_param],
                "responses": {"200": {"description": "The instrument", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Instrument"}}}}, "404": {"description": "Unknown instrument"}}}},
            "/instruments/{code}/participants": {"get": {"summary": "Participants and their actions",
                "parameters": [instrument_param,
                    {"name": "as_of", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Who was a party on this date", "example": "2010-01-01"},
                    {"name": "not_party", "in": "query", "schema": {"type": "boolean"}, "description": "Only UN Member States not (yet) party", "example": "true"},
                    {"name": "region", "in": "query", "schema": {"type": "string"}, "description": "UN M49 region or sub-region (Africa, Eastern Europe), any case; any other value is refused with 400 listing the regions", "example": "Africa"},
                    {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"], "default": "json"}, "description": "json, or csv with the columns participant, iso3, instrument, signature_date, consent_date, consent_type, party, as_of", "example": "csv"}],
                "responses": {"200": {"description": "Participants", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Participant"}}}, "text/csv": {"schema": {"type": "string"}}}}, "400": {"description": "Invalid date or format"}, "404": {"description": "Unknown instrument"}}}},
            "/countries": {"get": {"summary": "Countries and territories (ISO 3166-1, UN M49)",
                "responses": {"200": {"description": "Countries", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Country"}}}}}}}},
            "/mse": crate::estimation::api::openapi_paths()["/mse"],
            "/countries/{iso3}": {"get": {"summary": "One country: population and treaty status",
                "parameters": [{"name": "iso3", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[A-Za-z]{3}$"}, "example": "ITA"}],
                "responses": {"200": {"description": "The country"}, "404": {"description": "Unknown country"}}}}
        },
        "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer",
                "description": "An API token (plm_…) made on /account; its scope limits what it may do"}},
            "schemas": {
            "Instrument": {"type": "object", "properties": {
                "code": {"type": "string"}, "short_name": {"type": "string"}, "title": {"type": "string"},
                "mtdsg_no": {"type": "string"}, "adopted": {"type": "string", "format": "date"},
                "entry_into_force": {"type": "string", "format": "date"}, "unts_volume": {"type": "integer"},
                "unts_registration": {"type": "integer"}, "as_of": date,
                "counts": {"type": "object", "properties": {"participants": {"type": "integer"}, "parties": {"type": "integer"}, "signatories": {"type": "integer"}, "signatories_not_party": {"type": "integer"}, "un_member_parties": {"type": "integer"}}}}},
            "Participant": {"type": "object", "required": ["participant", "iso3", "instrument", "signature_date", "consent_date", "consent_type", "party", "as_of"], "properties": {
                "participant": {"type": "string"}, "iso3": {"type": ["string", "null"]},
                "instrument": {"type": "string"}, "signature_date": date, "consent_date": date,
                "consent_type": {"type": ["string", "null"], "enum": ["ratification", "acceptance", "approval", "accession", "succession", "formal_confirmation", null]},
                "party": {"type": "boolean"},
                "as_of": {"type": "string", "format": "date", "description": "The date this status stands at: the date asked for, or the snapshot's status-as-at date, whichever is earlier"}}},
            "Country": {"type": "object", "properties": {
                "iso3": {"type": "string"}, "iso2": {"type": "string"}, "m49": {"type": "integer"},
                "name": {"type": "string"}, "region": {"type": "string"}, "sub_region": {"type": "string"},
                "intermediate_region": {"type": "string"}, "un_member": {"type": "boolean"}}}
        }}
    })
}

/// The whole OpenAPI document: the treaty tracker's paths, the data hub's
/// ([`crate::data::api::extend_openapi`]) and the private API's (tokens:
/// audit trail, data providers). `tests/openapi.rs` checks that it names
/// every `/api/v1` route of the registry and nothing else, and calls every
/// parameter it documents with its example and with a value it refuses.
pub fn full_document() -> Value {
    let mut doc = openapi_document();
    crate::data::api::extend_openapi(&mut doc);
    let private = private_paths();
    if let (Some(obj), Some(new)) = (
        doc.get_mut("paths").and_then(Value::as_object_mut),
        private.as_object(),
    ) {
        for (k, v) in new {
            obj.insert(k.clone(), v.clone());
        }
    }
    doc
}

/// The private API (signed-in users and API tokens; never cached).
fn private_paths() -> Value {
    let auth = json!([{"bearer": []}]);
    let id = json!({"name": "id", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[0-9a-f]{32}$"}, "description": "128 random bits in hex; another organisation's id answers 404", "example": "00000000000000000000000000000000"});
    let denied = json!({"401": {"description": "No session or token"}, "403": {"description": "Not allowed by the policy"}});
    let with = |extra: Value| {
        let mut r = denied.clone();
        if let (Some(o), Some(e)) = (r.as_object_mut(), extra.as_object()) {
            for (k, v) in e {
                o.insert(k.clone(), v.clone());
            }
        }
        r
    };
    json!({
        "/audit": {"get": {"summary": "The audit trail, newest first (administrators)", "security": auth,
            "parameters": [{"name": "offset", "in": "query", "schema": {"type": "integer", "minimum": 0}, "description": "Entries to skip", "example": "0"}],
            "responses": with(json!({"200": {"description": "Entries with their hash chain"}}))}},
        "/provider/sources": {
            "get": {"summary": "The case-record sources of the caller's organisation", "security": auth,
                "responses": with(json!({"200": {"description": "Sources"}}))},
            "post": {"summary": "Import a case-record file (CTDC or HTCDS) as a source of the caller's organisation", "security": auth,
                "parameters": [
                    {"name": "name", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 100}, "description": "The source's name (no /)", "example": "shelter-2024"},
                    {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["ctdc", "htcds-csv", "htcds-json"], "default": "ctdc"}, "example": "ctdc"},
                    {"name": "file", "in": "query", "schema": {"type": "string"}, "description": "The file's name, stored (its base name)", "example": "records.csv"}],
                "requestBody": {"content": {"text/csv": {}, "application/json": {}}},
                "responses": with(json!({"200": {"description": "The import's summary: rows read, stored, rejected with line, field and reason"}, "400": {"description": "Invalid file or parameter"}, "413": {"description": "Larger than 16 MiB"}}))}},
        "/provider/sources/{id}/records": {"get": {"summary": "The records of one of the caller's sources", "security": auth,
            "parameters": [id.clone()], "responses": with(json!({"200": {"description": "Records"}, "404": {"description": "No such source of this organisation"}}))}},
        "/provider/uploads": {
            "get": {"summary": "The CLK uploads of the caller's organisation", "security": auth,
                "responses": with(json!({"200": {"description": "Uploads"}}))},
            "post": {"summary": "Upload a CLK file (palermo linkage encode's output) as one list", "security": auth,
                "parameters": [
                    {"name": "name", "in": "query", "required": true, "schema": {"type": "string", "maxLength": 100}, "description": "The list's name (no /)", "example": "police"},
                    {"name": "file", "in": "query", "schema": {"type": "string"}, "example": "police.clk.json"}],
                "requestBody": {"content": {"application/json": {}}},
                "responses": with(json!({"200": {"description": "The upload"}, "400": {"description": "Invalid file or parameter"}, "413": {"description": "Larger than 16 MiB"}}))}},
        "/provider/uploads/{id}": {"get": {"summary": "One of the caller's uploads", "security": auth,
            "parameters": [id], "responses": with(json!({"200": {"description": "The upload"}, "404": {"description": "No such upload of this organisation"}}))}}
    })
}

pub(crate) async fn openapi(_: Params<NoParams>) -> Json<Value> {
    Json(full_document())
}
