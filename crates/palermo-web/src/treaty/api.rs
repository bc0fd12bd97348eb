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
    /// Only participants in this UN region (e.g. `Africa`), case-insensitive.
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
        Some(_) => {
            return Err(WebError::BadRequest(tr(
                "error-format",
                &[("value", &q.format.as_deref().unwrap_or(""))],
            ))
            .into())
        }
    };
    let as_of = parse_as_of(q.as_of.as_deref())?;
    let rows = state.store.treaty_status(Some(i)).await?;
    let countries = super::pages::countries_by_iso3(&state.store).await?;
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
        q.region.as_deref(),
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
        "schema": {"type": "string", "enum": ["untoc", "tip", "som", "firearms"]}});
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
            "/instruments": {"get": {"summary": "The four instruments with their facts and counts",
                "responses": {"200": {"description": "Instruments", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Instrument"}}}}}}}},
            "/instruments/{code}": {"get": {"summary": "One instrument", "parameters": [instrument_param],
                "responses": {"200": {"description": "The instrument", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Instrument"}}}}, "404": {"description": "Unknown instrument"}}}},
            "/instruments/{code}/participants": {"get": {"summary": "Participants and their actions",
                "parameters": [instrument_param,
                    {"name": "as_of", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "Who was a party on this date"},
                    {"name": "not_party", "in": "query", "schema": {"type": "boolean"}, "description": "Only UN Member States not (yet) party"},
                    {"name": "region", "in": "query", "schema": {"type": "string"}, "description": "UN region, e.g. Africa"},
                    {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"], "default": "json"}, "description": "json, or csv with the columns participant, iso3, instrument, signature_date, consent_date, consent_type, party, as_of"}],
                "responses": {"200": {"description": "Participants", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Participant"}}}, "text/csv": {"schema": {"type": "string"}}}}, "400": {"description": "Invalid date or format"}, "404": {"description": "Unknown instrument"}}}},
            "/countries": {"get": {"summary": "Countries and territories (ISO 3166-1, UN M49)",
                "responses": {"200": {"description": "Countries", "content": {"application/json": {"schema": {"type": "array", "items": {"$ref": "#/components/schemas/Country"}}}}}}}},
            "/mse": crate::estimation::api::openapi_paths()["/mse"],
            "/countries/{iso3}": {"get": {"summary": "One country: population and treaty status",
                "parameters": [{"name": "iso3", "in": "path", "required": true, "schema": {"type": "string", "pattern": "^[A-Za-z]{3}$"}}],
                "responses": {"200": {"description": "The country"}, "404": {"description": "Unknown country"}}}}
        },
        "components": {"schemas": {
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

pub(crate) async fn openapi(_: Params<NoParams>) -> Json<Value> {
    let mut doc = openapi_document();
    crate::data::api::extend_openapi(&mut doc);
    Json(doc)
}
