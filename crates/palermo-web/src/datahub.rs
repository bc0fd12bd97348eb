//! The data hub on the web: the data page (`/data`, filters as query
//! parameters, no JavaScript needed), the country page's series, and the
//! API under `/api/v1/statistics/…` and `/api/v1/cases/…` (JSON, or CSV with
//! `format=csv`).
//!
//! Case records reach these outputs only as releases made by
//! `palermo-disclosure` and stored ([`crate::case_release`]); raw records
//! are never loaded or served here.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, Mutex};

use askama::Template;
use axum::extract::State;
use axum::http::header;
use axum::response::{Html, IntoResponse, Json, Response};
use axum::routing::get;
use axum::Router;
use palermo_disclosure::DEFAULT_K;
use palermo_model::indicator::{
    corridors, csv_header, key_columns, stat_indicators, Filter, GroupBy, IndicatorRow,
    PopulationTable,
};
use palermo_model::stats::{AgeGroup, Count, FormOfExploitation, Indicator, Sex, StatRecord};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::datahub_charts::{choropleth, range_bars, RangeBar};
use crate::error::WebError;
use crate::pages::thousands;
use crate::params::{NoParams, Params};
use crate::AppState;

/// Statistics loaded from the store, reloaded when an import changes them.
/// (Case records are never loaded here: public case tables come from
/// stored releases, [`crate::case_release`].)
///
/// **Readers never wait for a reload.** After an import, requests are
/// answered from the copy in hand while one reload, in the background,
/// reads the next one (readers wait only for the very first load, when
/// there is no copy yet). So an import loop beside the server costs the
/// readers nothing but the reload's share of the cores, and the memory held
/// is at most two copies (the one served and the one loading) plus what
/// requests still running on an older copy hold. A response built from a
/// copy that is not current is kept by the response cache only while that
/// copy is in hand ([`crate::cache::not_current`]).
#[derive(Debug, Default)]
pub struct DatahubCache {
    /// The copy in hand and the statistics generation it was read at.
    stats: Mutex<Option<(i64, Arc<Vec<StatRecord>>)>>,
    /// Held by the one load under way (the first one, waited for, or a
    /// reload in the background).
    loading: Arc<tokio::sync::Mutex<()>>,
    /// Loads of the statistics from the store so far.
    stat_loads: std::sync::atomic::AtomicU64,
    /// Copies put in hand so far (see [`DatahubCache::copies`]).
    copies: std::sync::atomic::AtomicU64,
    /// The statistics generation last read, and the data version it was
    /// read at (see [`DatahubCache::snapshot_at`]).
    known: Mutex<Option<(i64, i64)>>,
    population: Mutex<Option<Arc<PopulationTable>>>,
}

/// The statistics a request is answered from.
#[derive(Debug, Clone)]
pub struct StatsSnapshot {
    /// Every statistics cell (all datasets).
    pub records: Arc<Vec<StatRecord>>,
    /// Whether these are the stored cells now (false while the copy of a
    /// newer import loads).
    pub current: bool,
}

fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
}

impl DatahubCache {
    /// Every statistics cell (all datasets): the copy in hand, see
    /// [`DatahubCache::snapshot`]. A response built from it while it is
    /// not current is marked so that the response cache keeps it only
    /// while this copy is in hand.
    ///
    /// # Errors
    /// Database errors, as [`WebError::Internal`].
    pub async fn stats(
        self: &Arc<Self>,
        store: &palermo_store::Store,
    ) -> Result<Arc<Vec<StatRecord>>, WebError> {
        let s = self.snapshot(store).await?;
        crate::cache::reads_statistics();
        if !s.current {
            crate::cache::not_current();
        }
        Ok(s.records)
    }

    /// The copy in hand and whether it is current. When an import has
    /// changed the statistics since it was read, a reload starts in the
    /// background (one at a time: a request that finds one under way does
    /// not start another) and the copy in hand is returned at once. Only
    /// when there is no copy yet does the request wait, for the one first
    /// load that every waiting request shares.
    ///
    /// # Errors
    /// Database errors, as [`WebError::Internal`].
    pub async fn snapshot(
        self: &Arc<Self>,
        store: &palermo_store::Store,
    ) -> Result<StatsSnapshot, WebError> {
        self.snapshot_at(store, crate::cache::data_version()).await
    }

    /// [`DatahubCache::snapshot`] as of the database's data `version` as
    /// the response cache saw it last ([`crate::cache::data_version`]):
    /// while it is the version the statistics generation was last read
    /// at, the generation is not read again (the statistics cannot have
    /// changed without the data version changing), so that a render asks
    /// the database nothing about the statistics. `None`: read it.
    ///
    /// # Errors
    /// Database errors, as [`WebError::Internal`].
    pub async fn snapshot_at(
        self: &Arc<Self>,
        store: &palermo_store::Store,
        version: Option<i64>,
    ) -> Result<StatsSnapshot, WebError> {
        let g = self.generation(store, version).await?;
        if let Some(s) = self.held(g) {
            if !s.current {
                self.start_reload(store);
            }
            return Ok(s);
        }
        let _loading = self.loading.lock().await;
        // Loaded by another waiter meanwhile?
        if let Some(s) = self.held(g) {
            return Ok(s);
        }
        let (_, records) = self.load(store).await?;
        // Current as of `g` at least; a newer import is seen next time.
        Ok(StatsSnapshot {
            records,
            current: true,
        })
    }

    /// The statistics generation: the one last read at data `version`, or
    /// read now.
    async fn generation(
        &self,
        store: &palermo_store::Store,
        version: Option<i64>,
    ) -> Result<i64, WebError> {
        if let (Some(v), Some((kv, g))) = (version, *lock(&self.known)) {
            if kv == v {
                return Ok(g);
            }
        }
        let g = store.statistics_generation().await?;
        if let Some(v) = version {
            *lock(&self.known) = Some((v, g));
        }
        Ok(g)
    }

    /// The copy in hand, current or not with respect to `generation`.
    fn held(&self, generation: i64) -> Option<StatsSnapshot> {
        lock(&self.stats).as_ref().map(|(g, v)| StatsSnapshot {
            records: Arc::clone(v),
            current: *g == generation,
        })
    }

    /// Starts a reload in the background unless one is under way.
    fn start_reload(self: &Arc<Self>, store: &palermo_store::Store) {
        let Ok(guard) = Arc::clone(&self.loading).try_lock_owned() else {
            return;
        };
        let (this, store) = (Arc::clone(self), store.clone());
        tokio::spawn(async move {
            let _loading = guard;
            if let Err(e) = this.load(&store).await {
                // Served from the copy in hand; the next request retries.
                tracing::warn!("reloading the statistics failed: {e:?}");
            }
        });
    }

    /// Reads the stored cells (the caller holds `loading`) and puts them in
    /// hand, replacing (and so releasing) the previous copy. The generation
    /// is read first: cells of an import committed meanwhile are then
    /// labelled older than they are, and read again, never the reverse.
    async fn load(
        &self,
        store: &palermo_store::Store,
    ) -> Result<(i64, Arc<Vec<StatRecord>>), WebError> {
        let g = store.statistics_generation().await?;
        if let Some(s) = self.held(g).filter(|s| s.current) {
            return Ok((g, s.records));
        }
        self.stat_loads
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let v = Arc::new(store.stat_records(None).await?);
        *lock(&self.stats) = Some((g, Arc::clone(&v)));
        self.copies
            .fetch_add(1, std::sync::atomic::Ordering::Release);
        Ok((g, v))
    }

    /// Waits until no load of the statistics is under way (tests, and
    /// measurements that must see the copy of the last import).
    pub async fn reloaded(&self) {
        drop(self.loading.lock().await);
    }

    /// Keeps any load of the statistics from starting while the guard
    /// lives (waiting for one under way first): readers are answered from
    /// the copy in hand meanwhile. For tests of exactly that.
    pub async fn hold_reloads(&self) -> tokio::sync::MutexGuard<'_, ()> {
        self.loading.lock().await
    }

    /// The number of the copy in hand: it changes whenever a load puts a
    /// new copy in hand (the response cache keeps what was rendered from a
    /// copy not current only while that copy is in hand).
    pub fn copies(&self) -> u64 {
        self.copies.load(std::sync::atomic::Ordering::Acquire)
    }

    /// How many times the statistics were read from the store (once per
    /// import seen; for tests and load measurements).
    pub fn stat_loads(&self) -> u64 {
        self.stat_loads.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The population table.
    pub async fn population(
        &self,
        store: &palermo_store::Store,
    ) -> Result<Arc<PopulationTable>, WebError> {
        if let Some(p) = lock(&self.population).as_ref() {
            return Ok(Arc::clone(p));
        }
        let p = Arc::new(store.population_table().await?);
        *lock(&self.population) = Some(Arc::clone(&p));
        Ok(p)
    }
}

/// Page routes of the data hub.
pub fn page_routes() -> Router<AppState> {
    Router::new().route("/data", get(data_page))
}

/// API routes of the data hub (mounted under `/api/v1`).
pub fn api_routes() -> Router<AppState> {
    Router::new()
        .route("/statistics/indicators", get(api_indicators))
        .route("/statistics/corridors", get(api_corridors))
        .route("/statistics/conflicts", get(api_conflicts))
        .route("/statistics/datasets", get(api_datasets))
        .route(
            "/cases/indicators",
            get(crate::case_release::api_case_indicators),
        )
        .route(
            "/cases/releases",
            get(crate::case_release::api_case_releases),
        )
        .route(
            "/cases/releases/{id}",
            get(crate::case_release::api_case_release),
        )
}

/// Query parameters shared by the data page and the API. Every field is
/// optional; invalid values and unknown names answer 400 with the reason.
#[derive(Debug, Default, Deserialize, Clone)]
#[serde(deny_unknown_fields)]
pub struct DataQuery {
    /// `detected-victims` (default), `prosecuted`, `convicted`, `formal-contact`, `offences`.
    pub indicator: Option<String>,
    /// First year.
    pub from: Option<String>,
    /// Last year.
    pub to: Option<String>,
    /// Country, ISO3.
    pub country: Option<String>,
    /// Region or sub-region.
    pub region: Option<String>,
    /// Sex.
    pub sex: Option<String>,
    /// Age group.
    pub age: Option<String>,
    /// Form of exploitation.
    pub form: Option<String>,
    /// Grouping, comma-separated.
    pub by: Option<String>,
    /// `json` (default) or `csv` (API only).
    pub format: Option<String>,
    /// Number of corridors.
    pub top: Option<String>,
    /// Refused when present: public case tables use the fixed threshold
    /// [`DEFAULT_K`] (see [`check_no_k`]).
    pub k: Option<String>,
    /// Case tables: a release number (default: the latest release not
    /// withdrawn).
    pub release: Option<String>,
}

/// The one spelling of a value of the data hub's query parameters, for the
/// response cache's key (and the request the handler then reads): what the
/// handler parses the value to, written back in its canonical form: the
/// country's ISO3 code in upper case, the slugs of the indicator, sex, age
/// group, form of exploitation (its GLOTIP group, which is what is
/// filtered on) and groupings, the number of corridors in decimal without
/// leading zeros. `None` when `name` is not one of these, the value is
/// empty or does not parse (the handler refuses it with 400, so it is never
/// kept). A parameter name means the same on every route that takes it.
pub fn canonical_value(name: &str, value: &str) -> Option<String> {
    let t = value.trim();
    if t.is_empty() {
        return None;
    }
    Some(match name {
        "country" => t.to_ascii_uppercase(),
        "indicator" => Indicator::parse(t)?.slug().to_owned(),
        "sex" => Sex::parse(t)?.slug().to_owned(),
        "age" => AgeGroup::parse(t)?.slug().to_owned(),
        "form" => FormOfExploitation::parse(t)?
            .glotip_group()
            .slug()
            .to_owned(),
        "by" => t
            .split(',')
            .map(|p| GroupBy::parse(p).map(GroupBy::slug))
            .collect::<Option<Vec<_>>>()?
            .join(","),
        "top" => t.parse::<usize>().ok()?.to_string(),
        _ => return None,
    })
}

fn nonempty(s: &Option<String>) -> Option<&str> {
    s.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn parse_year(name: &str, s: &Option<String>) -> Result<Option<i32>, WebError> {
    match nonempty(s) {
        None => Ok(None),
        // Four digits only: `02010` or `+2010` would be the same year under
        // another spelling, hence another cache entry and render (QA).
        Some(t) => Some(t)
            .filter(|t| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.parse::<i32>().ok())
            .filter(|y| (1900..=2100).contains(y))
            .map(Some)
            .ok_or_else(|| {
                WebError::BadRequest(format!(
                    "{name}={t:?} is not a year (four digits, such as 2019)"
                ))
            }),
    }
}

/// A validated query.
pub(crate) struct Parsed {
    pub(crate) indicator: Indicator,
    pub(crate) filter: Filter,
    pub(crate) by: Vec<GroupBy>,
    pub(crate) csv: bool,
}

pub(crate) fn parse_query(q: &DataQuery) -> Result<Parsed, WebError> {
    let bad = |m: String| WebError::BadRequest(m);
    let indicator = match nonempty(&q.indicator) {
        None => Indicator::DetectedVictims,
        Some(t) => Indicator::parse(t).ok_or_else(|| bad(format!("unknown indicator {t:?}")))?,
    };
    let sex = nonempty(&q.sex)
        .map(|t| Sex::parse(t).ok_or_else(|| bad(format!("unknown sex {t:?}"))))
        .transpose()?;
    let age = nonempty(&q.age)
        .map(|t| AgeGroup::parse(t).ok_or_else(|| bad(format!("unknown age group {t:?}"))))
        .transpose()?;
    let form = nonempty(&q.form)
        .map(|t| {
            FormOfExploitation::parse(t)
                .map(FormOfExploitation::glotip_group)
                .ok_or_else(|| bad(format!("unknown form of exploitation {t:?}")))
        })
        .transpose()?;
    let by = match nonempty(&q.by) {
        None => Vec::new(),
        Some(t) => t
            .split(',')
            .map(|p| GroupBy::parse(p).ok_or_else(|| bad(format!("unknown grouping {p:?}"))))
            .collect::<Result<_, _>>()?,
    };
    let csv = match nonempty(&q.format) {
        None | Some("json") => false,
        Some("csv") => true,
        Some(t) => return Err(bad(format!("unknown format {t:?}: json or csv"))),
    };
    Ok(Parsed {
        indicator,
        filter: Filter {
            from: parse_year("from", &q.from)?,
            to: parse_year("to", &q.to)?,
            country: nonempty(&q.country).map(str::to_ascii_uppercase),
            region: nonempty(&q.region).map(str::to_owned),
            sex,
            age,
            form,
        },
        by,
        csv,
    })
}

fn query_err(e: palermo_model::indicator::QueryError) -> WebError {
    WebError::BadRequest(e.to_string())
}

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

async fn api_indicators(
    State(state): State<AppState>,
    Params(q): Params<DataQuery>,
) -> Result<Response, WebError> {
    let p = parse_query(&q).map_err(WebError::api)?;
    let recs = state
        .datahub
        .stats(&state.store)
        .await
        .map_err(WebError::api)?;
    let pop = state
        .datahub
        .population(&state.store)
        .await
        .map_err(WebError::api)?;
    let rows = stat_indicators(recs.iter(), p.indicator, &p.filter, &p.by, Some(&pop))
        .map_err(|e| query_err(e).api())?;
    if p.csv {
        return Ok(csv_response(rows_csv(&rows, &p.by)));
    }
    Ok(Json(rows.iter().map(IndicatorRow::published).collect::<Vec<_>>()).into_response())
}

async fn api_corridors(
    State(state): State<AppState>,
    Params(q): Params<DataQuery>,
) -> Result<Response, WebError> {
    let p = parse_query(&q).map_err(WebError::api)?;
    let top = match nonempty(&q.top) {
        None => 20,
        Some(t) => t
            .parse::<usize>()
            .map_err(|_| WebError::BadRequest(format!("top={t:?} is not a number")).api())?,
    };
    let recs = state
        .datahub
        .stats(&state.store)
        .await
        .map_err(WebError::api)?;
    let rows =
        corridors(recs.iter(), p.indicator, &p.filter, top).map_err(|e| query_err(e).api())?;
    if p.csv {
        return Ok(csv_response(rows_csv(
            &rows,
            &[GroupBy::Citizenship, GroupBy::Country],
        )));
    }
    Ok(Json(rows.iter().map(IndicatorRow::published).collect::<Vec<_>>()).into_response())
}

async fn api_conflicts(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Json<Value>, WebError> {
    let c = state
        .store
        .stat_conflicts(palermo_store::stats::GLOTIP_DATASET)
        .await
        .map_err(|e| WebError::from(e).api())?;
    Ok(Json(json!({
        "dataset": palermo_store::stats::GLOTIP_DATASET,
        "note": "Keys published more than once; every row is kept, none is summed or chosen. Totals that include one show its range.",
        "conflicts": c,
    })))
}

async fn api_datasets(
    State(state): State<AppState>,
    _: Params<NoParams>,
) -> Result<Json<Value>, WebError> {
    let ds = state
        .store
        .stat_datasets()
        .await
        .map_err(|e| WebError::from(e).api())?;
    let cases = crate::case_release::datasets_entry(&state)
        .await
        .map_err(WebError::api)?;
    Ok(Json(json!({
        "statistics": ds.iter().map(|d| json!({
            "dataset": d.dataset, "file": file_name(&d.file), "rows_read": d.rows.0, "rows_stored": d.rows.1,
            "rows_rejected": d.rows.2, "imported_at": d.imported_at,
        })).collect::<Vec<_>>(),
        "case_records": cases,
    })))
}

/// The last component of a stored file name: imports record names only,
/// and a path stored by an older version is not published either.
fn file_name(stored: &str) -> &str {
    stored.rsplit(['/', '\\']).next().unwrap_or(stored)
}

/// Public case tables use the fixed threshold [`DEFAULT_K`]: a `k`
/// parameter is refused (400). Letting a visitor choose k, even only
/// upwards, leaks withheld cells: raising k step by step and watching which
/// cells become withheld brackets each cell's value (a total of 78 with two
/// cells withheld, the second withheld from k=76 on, gives 75 and 3). The
/// data holder chooses k with `palermo cases indicators --k` on the
/// database file.
pub(crate) fn check_no_k(q: &DataQuery) -> Result<(), WebError> {
    if q.k.is_some() {
        return Err(WebError::BadRequest(format!(
            "k is fixed at {DEFAULT_K} on public outputs and cannot be chosen; the data holder can choose k with `palermo cases indicators --k` on the database file"
        )));
    }
    Ok(())
}

/// Public case tables are one-way tables over all pooled records: a filter
/// or a second grouping would not be applied, so asking for one is an
/// error, not a silent no-op.
pub(crate) fn check_no_case_filters(p: &Parsed) -> Result<(), WebError> {
    let f = &p.filter;
    let filtered = f.from.is_some()
        || f.to.is_some()
        || f.country.is_some()
        || f.region.is_some()
        || f.sex.is_some()
        || f.age.is_some()
        || f.form.is_some();
    if filtered || p.by.len() > 1 {
        return Err(WebError::BadRequest(
            "public case tables are one-way tables over all pooled case records: filters \
             (from, to, country, region, sex, age, form) and a second grouping are not \
             applied, since filtered tables could be subtracted from one another to reveal \
             small cells; give one `by` only. The data holder gets filtered tables with \
             `palermo cases indicators` on the database file"
                .into(),
        ));
    }
    Ok(())
}

/// Adds the data hub's paths to the OpenAPI document.
pub fn extend_openapi(doc: &mut Value) {
    let params = json!([
        {"name": "indicator", "in": "query", "schema": {"type": "string", "enum": ["detected-victims", "prosecuted", "convicted", "formal-contact", "offences"]}},
        {"name": "from", "in": "query", "schema": {"type": "integer"}},
        {"name": "to", "in": "query", "schema": {"type": "integer"}},
        {"name": "country", "in": "query", "schema": {"type": "string"}, "description": "ISO 3166-1 alpha-3"},
        {"name": "region", "in": "query", "schema": {"type": "string"}, "description": "UNODC region or sub-region"},
        {"name": "sex", "in": "query", "schema": {"type": "string", "enum": ["female", "male", "other", "unknown"]}},
        {"name": "age", "in": "query", "schema": {"type": "string", "enum": ["child", "adult", "unknown"]}},
        {"name": "form", "in": "query", "schema": {"type": "string", "enum": ["sexual", "forced-labour", "other"]}},
        {"name": "by", "in": "query", "schema": {"type": "string"}, "description": "comma-separated: year, sex, age, form, country, citizenship, region"},
        {"name": "format", "in": "query", "schema": {"type": "string", "enum": ["json", "csv"]}}
    ]);
    let row = json!({"type": "object", "description": "Grouping keys (year, country, …), value (null when a range), censored with value_min/value_max when a \"<5\" cell or a conflicting duplicate contributes, coverage (countries, country_codes, years), conflicts, population, rate_per_100k (or _min/_max).",
        "properties": {"value": {"type": ["integer", "null"]}, "censored": {"type": "boolean"}, "value_min": {"type": "integer"}, "value_max": {"type": "integer"}, "countries": {"type": "integer"}, "years": {"type": "array", "items": {"type": "integer"}}}});
    let paths = json!({
        "/statistics/indicators": {"get": {"summary": "GLOTIP indicators with coverage, censored ranges and rates per 100,000", "parameters": params,
            "responses": {"200": {"description": "Rows", "content": {"application/json": {"schema": {"type": "array", "items": row}}, "text/csv": {}}}, "400": {"description": "Invalid parameter"}}}},
        "/statistics/corridors": {"get": {"summary": "Top corridors: citizenship → country of detection", "parameters": params,
            "responses": {"200": {"description": "Rows with keys citizenship and country", "content": {"application/json": {}, "text/csv": {}}}}}},
        "/statistics/conflicts": {"get": {"summary": "GLOTIP keys published more than once, with source lines and values", "responses": {"200": {"description": "Conflicts"}}}},
        "/statistics/datasets": {"get": {"summary": "Statistics datasets stored (file names, never paths) and the number of case records of the latest release, rounded",
            "description": "Case-record sources are not listed: neither their names (an agency's or shelter's name can itself endanger) nor their counts. `case_records` describes the latest case-record release: `total` is its protected total rounded to the nearest 10 (never the exact number of records), null with `text` \"fewer than 10\" when that total is withheld; `rounding` says so. Until a release is made, `total` is null.",
            "responses": {"200": {"description": "Datasets"}}}},
        "/cases/indicators": {"get": {"summary": "Victim counts from case records: one table of a frozen release",
            "description": "Public case tables come only from releases the data holder made (`palermo cases release create`): frozen one-way tables over all pooled case records, protected once, by cell-key noise (cells below k = 10 withheld, a fixed noise of at most ±2, `max_noise`) or by differential privacy (`release.epsilon`, `release.delta`, discrete Laplace noise from OpenDP). `release` (default: the latest not withdrawn) picks a release by number; a withdrawn one answers 404. Filters (from, to, country, region, sex, age, form) and a second grouping are refused with 400. The threshold k is fixed at 10 on public outputs: a `k` parameter is refused with 400 (choosing k would let a visitor bracket withheld cells). Every answer carries `release` with its method, parameters and rounded record count. 404 until a release exists.",
            "parameters": params.as_array().map(|a| { let mut a = a.clone(); a.push(json!({"name": "release", "in": "query", "schema": {"type": "integer"}, "description": "release number (default: the latest not withdrawn)"})); a }),
            "responses": {"200": {"description": "A protected table: k, cells (value null when suppressed), total, release", "content": {"application/json": {}, "text/csv": {}}},
                "400": {"description": "Invalid parameter, or a `k` parameter"}, "404": {"description": "No release yet, or an unknown or withdrawn release"}}}},
        "/cases/releases": {"get": {"summary": "Every case-record release, newest first: number, date, note, method and parameters (ε, δ), rounded record count, withdrawal",
            "responses": {"200": {"description": "Releases"}}}},
        "/cases/releases/{id}": {"get": {"summary": "One release with all its tables, as stored",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
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

// ---------------------------------------------------------------- pages

struct Opt {
    value: String,
    label: String,
    selected: bool,
}

fn options(items: impl IntoIterator<Item = (String, String)>, current: Option<&str>) -> Vec<Opt> {
    items
        .into_iter()
        .map(|(value, label)| Opt {
            selected: current.is_some_and(|c| c.eq_ignore_ascii_case(&value)),
            value,
            label,
        })
        .collect()
}

struct CorridorRow {
    citizenship: String,
    country: String,
    value: String,
    years: String,
}

struct CaseRow {
    year: String,
    glotip: String,
    cases: String,
}

#[derive(Template)]
#[template(path = "data.html")]
struct DataPage {
    indicators: Vec<Opt>,
    regions: Vec<Opt>,
    countries: Vec<Opt>,
    sexes: Vec<Opt>,
    ages: Vec<Opt>,
    forms: Vec<Opt>,
    from: String,
    to: String,
    indicator_label: String,
    headline: String,
    coverage: String,
    censored_note: bool,
    conflict_lines: Vec<u64>,
    chart_years: String,
    chart_forms: String,
    chart_sex: String,
    chart_age: String,
    chart_conv: String,
    map: String,
    corridors: Vec<CorridorRow>,
    case_rows: Vec<CaseRow>,
    has_cases: bool,
    case_total: String,
    case_release: String,
    case_method: String,
    api_query: String,
    datasets: String,
    loading: bool,
}

fn range_text(r: &IndicatorRow) -> String {
    if r.is_exact() {
        thousands(r.value.min)
    } else {
        format!("{}–{}", thousands(r.value.min), thousands(r.value.max))
    }
}

/// A citizenship as shown: the ISO code, or for a group or name that
/// Palermo does not resolve (`other:` + the published label) the label as
/// UNODC published it, marked as such.
fn citizenship_text(c: Option<&str>) -> String {
    match c {
        Some(c) => match c.strip_prefix("other:") {
            Some(label) if label.trim().is_empty() => "not stated (empty in the source)".to_owned(),
            Some(label) => format!("{label} (as published, not a country code)"),
            None => c.to_owned(),
        },
        None => String::new(),
    }
}

/// "1 country", "2 countries".
fn countries_text(n: usize) -> String {
    if n == 1 {
        "1 country".to_owned()
    } else {
        format!("{} countries", thousands(n as u64))
    }
}

fn bar_of(r: &IndicatorRow, what: &str) -> RangeBar {
    RangeBar {
        min: r.value.min as f64,
        max: r.value.max as f64,
        tip: format!(
            "{what}: {}{} ({}{})",
            range_text(r),
            if r.is_exact() {
                ""
            } else {
                " (range: \"<5\" cells)"
            },
            countries_text(r.areas.len()),
            if r.conflicts > 0 {
                format!(", {} conflicting duplicates", r.conflicts)
            } else {
                String::new()
            }
        ),
    }
}

fn years_text(y: &BTreeSet<i32>) -> String {
    match (y.first(), y.last()) {
        (Some(a), Some(b)) if a == b => a.to_string(),
        (Some(a), Some(b)) => format!("{a}–{b}"),
        _ => "none".into(),
    }
}

/// Query string of a filter (for links to the API).
fn query_string(q: &DataQuery) -> String {
    let mut parts = Vec::new();
    for (k, v) in [
        ("indicator", &q.indicator),
        ("from", &q.from),
        ("to", &q.to),
        ("country", &q.country),
        ("region", &q.region),
        ("sex", &q.sex),
        ("age", &q.age),
        ("form", &q.form),
    ] {
        if let Some(v) = nonempty(v) {
            let enc: String = v
                .bytes()
                .map(|b| {
                    if b.is_ascii_alphanumeric() || b == b'-' {
                        (b as char).to_string()
                    } else {
                        format!("%{b:02X}")
                    }
                })
                .collect();
            parts.push(format!("{k}={enc}"));
        }
    }
    parts.join("&")
}

async fn data_page(
    State(state): State<AppState>,
    Params(q): Params<DataQuery>,
) -> Result<Html<String>, WebError> {
    let p = parse_query(&q)?;
    let recs = state.datahub.stats(&state.store).await?;
    let pop = state.datahub.population(&state.store).await?;
    let f = &p.filter;
    let ind = p.indicator;
    let label = ind.label();
    let run = |ind: Indicator, f: &Filter, by: &[GroupBy]| {
        stat_indicators(recs.iter(), ind, f, by, Some(&pop)).map_err(query_err)
    };

    let total = run(ind, f, &[])?;
    let by_year = run(ind, f, &[GroupBy::Year])?;
    let (headline, coverage, censored_note, conflict_lines) = match total.first() {
        Some(t) => (
            range_text(t),
            format!(
                "{}, years {}; {} cells added",
                if t.areas.len() == 1 {
                    "1 country or territory".to_owned()
                } else {
                    format!(
                        "{} countries or territories",
                        thousands(t.areas.len() as u64)
                    )
                },
                years_text(&t.years),
                t.cells
            ),
            !t.is_exact(),
            t.conflict_lines.clone(),
        ),
        None => (
            "no data".into(),
            "no country reported for this selection".into(),
            false,
            Vec::new(),
        ),
    };
    let chart_years = range_bars(
        "by-year",
        &format!("{label} by year"),
        "One bar per year: the certain part solid, the range added by \"<5\" cells hatched. Countries that reported nothing are not counted as zero.",
        &[label],
        &by_year
            .iter()
            .map(|r| (r.keys.year.map(|y| y.to_string()).unwrap_or_default(), vec![Some(bar_of(r, label))]))
            .collect::<Vec<_>>(),
        "persons",
    );
    let mut ff = f.clone();
    ff.form = None;
    let chart_forms = match run(ind, &ff, &[GroupBy::Form]) {
        Ok(rows) if !rows.is_empty() => range_bars(
            "by-form",
            &format!("{label} by form of exploitation"),
            "Totals over the selected years for each form of exploitation, from the countries that report the breakdown.",
            &[label],
            &rows
                .iter()
                .map(|r| {
                    let l = r.keys.form.map(|f| f.label().to_owned()).unwrap_or_default();
                    (l.clone(), vec![Some(bar_of(r, &l))])
                })
                .collect::<Vec<_>>(),
            "persons",
        ),
        _ => "<p>No breakdown by form of exploitation for this selection.</p>".into(),
    };
    let mut fs = f.clone();
    fs.sex = None;
    let sex_rows = run(ind, &fs, &[GroupBy::Sex])?;
    let chart_sex = range_bars(
        "by-sex",
        &format!("{label} by sex"),
        "Totals over the selected years by sex, from the countries that report the breakdown.",
        &[label],
        &sex_rows
            .iter()
            .map(|r| {
                let l = r.keys.sex.map(|s| s.label().to_owned()).unwrap_or_default();
                (l.clone(), vec![Some(bar_of(r, &l))])
            })
            .collect::<Vec<_>>(),
        "persons",
    );
    let mut fa = f.clone();
    fa.age = None;
    let age_rows = run(ind, &fa, &[GroupBy::Age, GroupBy::Sex])?;
    let ages = [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Unknown];
    let sexes = [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown];
    let chart_age = range_bars(
        "by-age-sex",
        &format!("{label} by age group and sex"),
        "Totals over the selected years for children (0–17) and adults (18+), one bar per sex.",
        &sexes.iter().map(|s| s.label()).collect::<Vec<_>>(),
        &ages
            .iter()
            .map(|a| {
                (
                    a.label().to_owned(),
                    sexes
                        .iter()
                        .map(|s| {
                            age_rows
                                .iter()
                                .find(|r| r.keys.age == Some(*a) && r.keys.sex == Some(*s))
                                .map(|r| bar_of(r, &format!("{}, {}", a.label(), s.label())))
                        })
                        .collect(),
                )
            })
            .collect::<Vec<_>>(),
        "persons",
    );
    let mut fc = f.clone();
    fc.form = None;
    let det = run(Indicator::DetectedVictims, &fc, &[GroupBy::Year])?;
    let conv = run(Indicator::Convicted, &fc, &[GroupBy::Year])?;
    let years: BTreeSet<i32> = det
        .iter()
        .chain(&conv)
        .filter_map(|r| r.keys.year)
        .collect();
    let chart_conv = range_bars(
        "conv-det",
        "Convictions against detected victims, by year",
        "For each year, the number of detected victims and of persons convicted, each from the countries that report it.",
        &["Detected trafficking victims", "Persons convicted"],
        &years
            .iter()
            .map(|y| {
                let pick = |rows: &[IndicatorRow], what: &str| {
                    rows.iter().find(|r| r.keys.year == Some(*y)).map(|r| bar_of(r, what))
                };
                (y.to_string(), vec![pick(&det, "Detected victims"), pick(&conv, "Convicted")])
            })
            .collect::<Vec<_>>(),
        "persons",
    );
    // The map follows the filter like every other figure: only countries
    // inside the country or region filter are shaded; others are drawn as
    // outside the selection.
    let by_country = run(ind, f, &[GroupBy::Country])?;
    let selection: Option<BTreeSet<String>> =
        (f.country.is_some() || f.region.is_some()).then(|| {
            let mut s: BTreeSet<String> = recs
                .iter()
                .filter(|r| f.selects_area(r))
                .filter_map(|r| r.iso3.clone())
                .collect();
            if let (Some(c), None) = (&f.country, &f.region) {
                s.insert(c.clone());
            }
            s
        });
    let map_values: HashMap<String, (Count, String)> = by_country
        .iter()
        .filter_map(|r| {
            let c = r.keys.country.clone()?;
            let rate = r
                .rate_per_100k
                .map(|(a, b)| {
                    if (a - b).abs() < 1e-9 {
                        format!("; {a:.2} per 100,000")
                    } else {
                        format!("; {a:.2}–{b:.2} per 100,000")
                    }
                })
                .unwrap_or_default();
            Some((
                c,
                (
                    r.value,
                    format!("{} ({}){rate}", range_text(r), years_text(&r.years)),
                ),
            ))
        })
        .collect();
    let map = choropleth(
        "map",
        &format!("{label}, total over the selected years, by country"),
        "World map; each country in the selection is shaded by its total (up to five classes holding about equal numbers of countries; a class is a range when \"<5\" cells make totals ranges). Light grey: no data (not zero). White: outside the country or region filter.",
        &map_values,
        selection.as_ref(),
        Some("/countries/"),
    );
    let mut fcor = f.clone();
    fcor.form = None;
    let corridors_rows = corridors(recs.iter(), Indicator::DetectedVictims, &fcor, 20)
        .map_err(query_err)?
        .into_iter()
        .map(|r| CorridorRow {
            citizenship: citizenship_text(r.keys.citizenship.as_deref()),
            country: r.keys.country.clone().unwrap_or_default(),
            value: range_text(&r),
            years: years_text(&r.years),
        })
        .collect();

    // Case records, side by side with the national figures (protected).
    check_no_k(&q)?;
    let cases = crate::case_release::page_section(&state).await?;
    let case_rows: Vec<CaseRow> = cases
        .rows
        .iter()
        .map(|(y, value)| CaseRow {
            year: y.map(|y| y.to_string()).unwrap_or_else(|| "unknown".into()),
            glotip: by_year
                .iter()
                .find(|r| r.keys.year.is_some() && r.keys.year == *y)
                .map(range_text)
                .unwrap_or_else(|| "no data".into()),
            cases: value.clone(),
        })
        .collect();

    // Filter options.
    let regions: BTreeSet<&str> = recs
        .iter()
        .map(|r| r.region.as_str())
        .filter(|r| !r.is_empty())
        .collect();
    let subregions: BTreeSet<&str> = recs
        .iter()
        .map(|r| r.subregion.as_str())
        .filter(|r| !r.is_empty())
        .collect();
    let names: BTreeSet<(String, String)> = recs
        .iter()
        .filter_map(|r| Some((r.iso3.clone()?, r.area_name.clone())))
        .map(|(c, n)| (n, c))
        .collect();
    let stored = state.store.stat_datasets().await?;
    let loading = stored.is_empty();
    let datasets = stored
        .iter()
        .map(|d| {
            format!(
                "{} ({} rows, imported {})",
                file_name(&d.file),
                d.rows.1,
                d.imported_at
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let page = DataPage {
        indicators: options(
            Indicator::ALL
                .iter()
                .map(|i| (i.slug().to_owned(), i.label().to_owned())),
            Some(ind.slug()),
        ),
        regions: options(
            regions
                .iter()
                .chain(&subregions)
                .map(|r| ((*r).to_owned(), (*r).to_owned())),
            f.region.as_deref(),
        ),
        countries: options(names.into_iter().map(|(n, c)| (c, n)), f.country.as_deref()),
        sexes: options(
            [Sex::Female, Sex::Male, Sex::Other, Sex::Unknown]
                .iter()
                .map(|s| (s.slug().to_owned(), s.label().to_owned())),
            f.sex.map(Sex::slug),
        ),
        ages: options(
            [AgeGroup::Child, AgeGroup::Adult, AgeGroup::Unknown]
                .iter()
                .map(|a| (a.slug().to_owned(), a.label().to_owned())),
            f.age.map(AgeGroup::slug),
        ),
        forms: options(
            [
                FormOfExploitation::Sexual,
                FormOfExploitation::ForcedLabour,
                FormOfExploitation::Other,
            ]
            .iter()
            .map(|x| (x.slug().to_owned(), x.label().to_owned())),
            f.form.map(FormOfExploitation::slug),
        ),
        from: f.from.map(|y| y.to_string()).unwrap_or_default(),
        to: f.to.map(|y| y.to_string()).unwrap_or_default(),
        indicator_label: label.to_owned(),
        headline,
        coverage,
        censored_note,
        conflict_lines,
        chart_years,
        chart_forms,
        chart_sex,
        chart_age,
        chart_conv,
        map,
        corridors: corridors_rows,
        case_rows,
        has_cases: cases.has_release,
        case_total: cases.records_text,
        case_release: cases.release_text,
        case_method: cases.method_text,
        api_query: query_string(&q),
        datasets,
        loading,
    };
    Ok(Html(page.render()?))
}

/// The country page's data series: detected victims and convictions by
/// year, as an SVG chart with a link to the data page (empty when the
/// country has no statistics).
pub async fn country_series(state: &AppState, iso3: &str) -> Result<String, WebError> {
    let recs = state.datahub.stats(&state.store).await?;
    let f = Filter {
        country: Some(iso3.to_owned()),
        ..Filter::default()
    };
    let run =
        |ind| stat_indicators(recs.iter(), ind, &f, &[GroupBy::Year], None).map_err(query_err);
    let det = run(Indicator::DetectedVictims)?;
    let pros = run(Indicator::Prosecuted)?;
    let conv = run(Indicator::Convicted)?;
    if det.is_empty() && conv.is_empty() && pros.is_empty() {
        return Ok(String::new());
    }
    let years: BTreeSet<i32> = det
        .iter()
        .chain(&pros)
        .chain(&conv)
        .filter_map(|r| r.keys.year)
        .collect();
    let chart = range_bars(
        "country-series",
        "Detected victims, persons prosecuted and convicted, by year (UNODC GLOTIP)",
        "For each year the country reported: detected trafficking victims, persons prosecuted and persons convicted. Hatched: range from \"<5\" cells.",
        &["Detected victims", "Prosecuted", "Convicted"],
        &years
            .iter()
            .map(|y| {
                let pick = |rows: &[IndicatorRow], what: &str| {
                    rows.iter().find(|r| r.keys.year == Some(*y)).map(|r| bar_of(r, &format!("{y} {what}")))
                };
                (y.to_string(), vec![pick(&det, "detected victims"), pick(&pros, "prosecuted"), pick(&conv, "convicted")])
            })
            .collect::<Vec<_>>(),
        "persons",
    );
    let conflicts: usize = det
        .iter()
        .chain(&pros)
        .chain(&conv)
        .map(|r| r.conflicts)
        .sum();
    let note = if conflicts > 0 {
        format!(
            "<p class=\"asof\">{conflicts} value(s) are published more than once with different figures; the chart shows their range (<a href=\"/api/v1/statistics/conflicts\">conflicts</a>).</p>"
        )
    } else {
        String::new()
    };
    Ok(format!(
        "<section aria-labelledby=\"series-h\"><h2 id=\"series-h\">Trafficking statistics</h2>{chart}{note}\
         <p><a href=\"/data?country={iso3}\">All figures for this country</a> · \
         <a href=\"/api/v1/statistics/indicators?country={iso3}&amp;by=year\">JSON</a> · \
         <a href=\"/api/v1/statistics/indicators?country={iso3}&amp;by=year&amp;format=csv\">CSV</a>. \
         Source: UNODC, Global Report on Trafficking in Persons (data portal, 2023-01-24).</p></section>"
    ))
}
