//! The data hub's API under `/api/v1/statistics/…` (JSON, or CSV with
//! `format=csv`) and its part of the OpenAPI document.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Json, Response};
use palermo_model::indicator::{csv_header, key_columns, GroupBy, IndicatorRow};
use serde_json::{json, Value};

use palermo_model::indicator::panel::panel_years;
use serde::Deserialize;

use super::query::{nonempty, parse_request, query_err, DataQuery};
use crate::error::{tr, ApiError, WebError};
use crate::params::{NoParams, Params};
use crate::AppState;

pub(crate) fn csv_response(body: String) -> Response {
    ([(header::CONTENT_TYPE, "text/csv; charset=utf-8")], body).into_response()
}

/// Indicator rows as CSV, with a column per grouping key asked for
/// (the shape of [`palermo_model::indicator::csv_header`]), written by
/// [`palermo_model::csv_out`] (quoting and formula neutralising).
pub fn rows_csv(rows: &[IndicatorRow], by: &[GroupBy]) -> String {
    let cols = key_columns(by);
    palermo_model::csv_out::to_string(
        std::iter::once(csv_header(&cols)).chain(rows.iter().map(|r| r.csv_record(&cols))),
    )
}

pub(crate) async fn api_indicators(
    State(state): State<AppState>,
    Params(q): Params<DataQuery>,
) -> Result<Response, ApiError> {
    let mut p = parse_request(&state, &q).await?;
    let recs = state.datahub.stats(&state.store).await?;
    let pop = state.datahub.population(&state.store).await?;
    if p.balanced && p.by.is_empty() {
        // The panel is a series by year: `by=year` is implied.
        p.by = vec![GroupBy::Year];
    }
    let rows = if p.balanced {
        if p.by != [GroupBy::Year] {
            return Err(WebError::BadRequest(tr("error-panel-by-year", &[])).into());
        }
        let by_year = recs
            .indicators(p.indicator, &p.filter, &[GroupBy::Year], None)
            .map_err(query_err)?;
        let years = by_year.iter().filter_map(|r| r.keys.year).collect();
        match panel_years(&years, p.filter.from, p.filter.to) {
            Some(range) => {
                recs.balanced_panel(p.indicator, &p.filter, range, Some(&pop))
                    .map_err(query_err)?
                    .rows
            }
            None => Vec::new(),
        }
    } else {
        recs.indicators(p.indicator, &p.filter, &p.by, Some(&pop))
            .map_err(query_err)?
    };
    if p.csv {
        return Ok(csv_response(rows_csv(&rows, &p.by)));
    }
    Ok(Json(rows.iter().map(IndicatorRow::published).collect::<Vec<_>>()).into_response())
}

/// The parameters of `/api/v1/statistics/corridors`: the data hub's
/// filters and `top`, but no grouping (a corridor is always citizenship →
/// country of detection, so `by` is refused rather than ignored) and
/// nothing of case releases.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct CorridorsQuery {
    /// As [`DataQuery::indicator`].
    pub indicator: Option<String>,
    /// As [`DataQuery::from`].
    pub from: Option<String>,
    /// As [`DataQuery::to`].
    pub to: Option<String>,
    /// As [`DataQuery::country`].
    pub country: Option<String>,
    /// As [`DataQuery::region`].
    pub region: Option<String>,
    /// As [`DataQuery::sex`].
    pub sex: Option<String>,
    /// As [`DataQuery::age`].
    pub age: Option<String>,
    /// As [`DataQuery::format`].
    pub format: Option<String>,
    /// Number of corridors, 1 to [`palermo_model::query::MAX_TOP`] (default 20).
    pub top: Option<String>,
}

impl From<CorridorsQuery> for DataQuery {
    fn from(c: CorridorsQuery) -> Self {
        Self {
            indicator: c.indicator,
            from: c.from,
            to: c.to,
            country: c.country,
            region: c.region,
            sex: c.sex,
            age: c.age,
            format: c.format,
            top: c.top,
            ..Self::default()
        }
    }
}

pub(crate) async fn api_corridors(
    State(state): State<AppState>,
    Params(c): Params<CorridorsQuery>,
) -> Result<Response, ApiError> {
    let q = DataQuery::from(c);
    let p = parse_request(&state, &q).await?;
    let top = nonempty(&q.top)
        .map(palermo_model::query::parse_top)
        .transpose()?
        .unwrap_or(20);
    let recs = state.datahub.stats(&state.store).await?;
    let rows = recs
        .corridors(p.indicator, &p.filter, top)
        .map_err(query_err)?;
    if p.csv {
        return Ok(csv_response(rows_csv(
            &rows,
            &[GroupBy::Citizenship, GroupBy::Country],
        )));
    }
    Ok(Json(rows.iter().map(IndicatorRow::published).collect::<Vec<_>>()).into_response())
}

pub(crate) async fn api_conflicts(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Json<Value>, ApiError> {
    let c = state
        .store
        .stat_conflicts(palermo_store::stats::GLOTIP_DATASET)
        .await?;
    let recs = state.datahub.stats(&state.store).await?;
    let readings = recs.readings();
    let conflicts: Vec<Value> = c
        .iter()
        .map(|c| {
            let j = readings.get(&c.key);
            json!({
                "key": c.key,
                "occurrences": c.occurrences,
                "values_differ": c.values_differ,
                "reading": j.map_or("alternatives", |j| j.reading.slug()),
                "basis": j.map_or("unchecked", |j| j.basis.slug()),
                "checks": j.map(|j| j.checks.clone()).unwrap_or_default(),
            })
        })
        .collect();
    let counts: serde_json::Map<String, Value> = readings
        .counts()
        .iter()
        .map(|(b, n)| (b.slug().to_owned(), json!(n)))
        .collect();
    Ok(Json(json!({
        "dataset": palermo_store::stats::GLOTIP_DATASET,
        "note": "Keys published more than once; every row is kept. Each is read as the sum of its rows (`reading: sum`) when the country-year's published totals and breakdowns fit the sum and not single values (`basis: sum-fits`); otherwise as alternatives, counted as the range of their values (`alternatives-fit`, `both-fit`, `neither-fits`, `unchecked`). `checks` lists the identities tested.",
        "bases": counts,
        "conflicts": conflicts,
    })))
}

/// `/api/v1/sdmx/data/{flow}`: SDG indicator 16.2.2 (detected victims,
/// GLOTIP) in SDMX-CSV 1.0 for the SDG global database
/// ([`palermo_model::sdmx`]); `flow` is an SDMX 2.1 REST `flowRef` of
/// `IAEG-SDGs:DF_SDG_GLH`, any other answers 404. Published statistics only.
pub(crate) async fn api_sdmx_data(
    State(state): State<AppState>,
    axum::extract::Path(flow): axum::extract::Path<String>,
    _: Params<NoParams>,
) -> Result<Response, ApiError> {
    if !palermo_model::sdmx::is_dataflow(&flow) {
        return Err(WebError::NotFound(tr("sdmx-unknown-dataflow", &[])).into());
    }
    let recs = state.datahub.stats(&state.store).await?;
    let pop = state.datahub.population(&state.store).await?;
    let countries = state.store.countries().await?;
    let (obs, _) = palermo_model::sdmx::detected_victims(recs.records(), &countries, Some(&pop));
    let body = palermo_model::sdmx::write_sdmx_csv(&obs, Vec::new())
        .map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [(
            header::CONTENT_TYPE,
            "application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8",
        )],
        body,
    )
        .into_response())
}

pub(crate) async fn api_datasets(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Json<Value>, ApiError> {
    let ds = state.store.stat_datasets().await?;
    let cases = super::releases::datasets_entry(&state).await?;
    Ok(Json(json!({
        "statistics": ds.iter().map(|d| json!({
            "dataset": d.dataset, "file": file_name(&d.file), "rows_read": d.rows.0, "rows_stored": d.rows.1,
            "rows_rejected": d.rows.2, "imported_at": d.imported_at, "as_of": d.as_of,
        })).collect::<Vec<_>>(),
        "case_records": cases,
    })))
}

/// The last component of a stored file name: imports record names only,
/// and a path stored by an older version is not published either.
pub(crate) fn file_name(stored: &str) -> &str {
    stored.rsplit(['/', '\\']).next().unwrap_or(stored)
}

/// A query parameter of the OpenAPI document, with the example value the
/// description's test (`tests/openapi.rs`) calls it with.
pub(crate) fn query_param(name: &str, schema: Value, description: &str, example: &str) -> Value {
    json!({"name": name, "in": "query", "schema": schema, "description": description, "example": example})
}

/// The filters of the statistics routes (`/data` takes the same).
fn filter_params() -> Vec<Value> {
    let slugs = |v: &[&str]| json!({"type": "string", "enum": v});
    vec![
        query_param("indicator", slugs(&["detected-victims", "prosecuted", "convicted", "formal-contact", "offences"]), "What is counted (default detected-victims)", "convicted"),
        query_param("from", json!({"type": "integer", "minimum": 1900, "maximum": 2100}), "First year, four digits", "2015"),
        query_param("to", json!({"type": "integer", "minimum": 1900, "maximum": 2100}), "Last year, four digits", "2020"),
        query_param("country", json!({"type": "string", "pattern": "^[A-Za-z]{3}$"}), "ISO 3166-1 alpha-3 code of a country or territory, any case; a name (Italy) or an unknown code (ZZZ) is refused with 400, a name with its code", "ITA"),
        query_param("region", json!({"type": "string"}), "A region or sub-region of the data (UNODC's, as published: Europe, Sub-Saharan Africa), any case; any other value is refused with 400 listing the regions", "Europe"),
        query_param("sex", slugs(&["female", "male", "other", "unknown", "total"]), "Sex (default: both, the Total cell)", "female"),
        query_param("age", slugs(&["child", "adult", "unknown", "total"]), "Age group: child 0-17, adult 18+ (default: all)", "child"),
        query_param("form", slugs(&["sexual", "forced-labour", "other"]), "Form of exploitation, as GLOTIP's three groups", "sexual"),
    ]
}

fn format_param(csv: &str) -> Value {
    query_param(
        "format",
        json!({"type": "string", "enum": ["json", "csv"], "default": "json"}),
        &format!("json, or csv ({csv})"),
        "csv",
    )
}

/// Adds the data hub's paths to the OpenAPI document.
pub fn extend_openapi(doc: &mut Value) {
    let mut indicator_params = filter_params();
    indicator_params.push(query_param(
        "by",
        json!({"type": "string"}),
        "Groupings, comma-separated: year, sex, age, form, country, citizenship, region",
        "year,sex",
    ));
    indicator_params.push(format_param(
        "a column per grouping, then the value, its range and coverage",
    ));
    indicator_params.push(query_param(
        "panel",
        json!({"type": "string", "enum": ["balanced"]}),
        "A series by year (by=year is implied; any other by is refused): the countries reporting in every year of from–to (default: the last five years with data), their totals by year",
        "balanced",
    ));
    let mut corridor_params = filter_params();
    corridor_params.retain(|p| p["name"] != "form");
    corridor_params.push(query_param("top", json!({"type": "integer", "minimum": 1, "maximum": palermo_model::query::MAX_TOP, "default": 20}), "Number of corridors", "5"));
    corridor_params.push(format_param("columns citizenship, country, then the value"));
    let case_params = json!([
        query_param(
            "by",
            json!({"type": "string", "enum": ["year", "sex", "age", "form", "country", "citizenship"]}),
            "The one table of the release to answer (default: the total)",
            "sex"
        ),
        format_param("the grouping column, value, suppressed"),
        query_param(
            "release",
            json!({"type": "integer", "minimum": 1}),
            "Release number (default: the latest not withdrawn)",
            "1"
        ),
    ]);
    let row = json!({"type": "object", "description": "Grouping keys (year, country, …), value (null when a range), censored with value_min/value_max when a \"<5\" cell or a conflicting duplicate contributes, coverage (countries, country_codes, years), conflicts, summed (repeated keys read as the sum of their rows), derived with derived_country_codes (country-years with no published total, derived from a complete breakdown by form of exploitation), population, rate_per_100k (or _min/_max).",
        "properties": {"value": {"type": ["integer", "null"]}, "censored": {"type": "boolean"}, "value_min": {"type": "integer"}, "value_max": {"type": "integer"}, "countries": {"type": "integer"}, "years": {"type": "array", "items": {"type": "integer"}}}});
    let paths = json!({
        "/statistics/indicators": {"get": {"summary": "GLOTIP indicators with coverage, censored ranges and rates per 100,000", "parameters": indicator_params,
            "responses": {"200": {"description": "Rows", "content": {"application/json": {"schema": {"type": "array", "items": row}}, "text/csv": {}}}, "400": {"description": "Invalid parameter"}}}},
        "/statistics/corridors": {"get": {"summary": "Top corridors: citizenship → country of detection",
            "description": "Always grouped by citizenship and country of detection: `by` is refused (400), as is `form` (GLOTIP does not cross form of exploitation with citizenship).",
            "parameters": corridor_params,
            "responses": {"200": {"description": "Rows with keys citizenship and country", "content": {"application/json": {}, "text/csv": {}}}, "400": {"description": "Invalid parameter"}}}},
        "/statistics/conflicts": {"get": {"summary": "GLOTIP keys published more than once, with source lines, values and how each is read (sum or alternatives, and why)", "responses": {"200": {"description": "Conflicts"}}}},
        "/sdmx/data/{flow}": {"get": {"summary": "SDG indicator 16.2.2 (detected victims, UNODC GLOTIP) in SDMX-CSV 1.0 for the UN SDG global database: dataflow IAEG-SDGs:DF_SDG_GLH, the SDG DSD's dimensions in order, series VC_HTF_DETV, VC_HTF_DETVSX, VC_HTF_DETVFL, VC_HTF_DETVOP and their per-100,000 series (R); a \"<5\" cell has no OBS_VALUE and OBS_STATUS Q",
            "parameters": [{"name": "flow", "in": "path", "required": true, "schema": {"type": "string"}, "description": "SDMX 2.1 REST flowRef: DF_SDG_GLH, IAEG-SDGs,DF_SDG_GLH or IAEG-SDGs,DF_SDG_GLH,1.12", "example": "IAEG-SDGs,DF_SDG_GLH,1.12"}],
            "responses": {"200": {"description": "Observations", "content": {"application/vnd.sdmx.data+csv; version=1.0.0": {}}}, "404": {"description": "Not the SDG dataflow"}}}},
        "/statistics/datasets": {"get": {"summary": "Statistics datasets stored (file names, never paths) and the number of case records of the latest release, rounded",
            "description": "Case-record sources are not listed: neither their names (an agency's or shelter's name can itself endanger) nor their counts. `case_records` describes the latest case-record release: `total` is its protected total rounded to the nearest 10 (never the exact number of records), null with `text` \"fewer than 10\" when that total is withheld; `rounding` says so. Until a release is made, `total` is null.",
            "responses": {"200": {"description": "Datasets"}}}},
        "/cases/indicators": {"get": {"summary": "Victim counts from case records: one table of a frozen release",
            "description": "Public case tables come only from releases the data holder made (`palermo cases release create`): frozen one-way tables over all pooled case records, protected once, by cell-key noise (cells below k = 10 withheld, a fixed noise of at most ±2, `max_noise`) or by differential privacy (`release.epsilon`, `release.delta`, discrete Laplace noise from OpenDP). `release` (default: the latest not withdrawn) picks a release by number; a withdrawn one answers 404. Filters (from, to, country, region, sex, age, form) and a second grouping are refused with 400. The threshold k is fixed at 10 on public outputs: a `k` parameter is refused with 400 (choosing k would let a visitor bracket withheld cells). Every answer carries `release` with its method, parameters and rounded record count. 404 until a release exists.",
            "parameters": case_params,
            "responses": {"200": {"description": "A protected table: k, cells (value null when suppressed), total, release", "content": {"application/json": {}, "text/csv": {}}},
                "400": {"description": "Invalid parameter, or a `k` parameter"}, "404": {"description": "No release yet, or an unknown or withdrawn release"}}}},
        "/cases/releases": {"get": {"summary": "Every case-record release, newest first: number, date, note, method and parameters (ε, δ), rounded record count, withdrawal",
            "responses": {"200": {"description": "Releases"}}}},
        "/cases/releases/{id}": {"get": {"summary": "One release with all its tables, as stored",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}, "example": "1"}],
            "responses": {"200": {"description": "The release"}, "404": {"description": "Unknown or withdrawn release"}}}}
    });
    if let (Some(obj), Some(new)) = (
        doc.get_mut("paths").and_then(Value::as_object_mut),
        paths.as_object(),
    ) {
        for (k, v) in new {
            obj.insert(k.clone(), v.clone());
        }
    }
}
