//! Multiple systems estimation on the web: a page where a table is pasted
//! or uploaded (`GET`/`POST /mse`) and the JSON endpoint `POST /api/v1/mse`.
//!
//! Both run [`palermo_mse::estimate`] on a blocking thread and show every
//! method side by side, never one number alone: model choice dominates the
//! uncertainty of these estimates. The page works without JavaScript (paste
//! the table); a few lines of script let a file be chosen instead.

use std::fmt::Write as _;

use askama::Template;
use axum::body::Bytes;
use axum::extract::Query;
use axum::http::{header, HeaderMap};
use axum::response::{Html, IntoResponse, Json, Response};
use axum::routing::{get, post};
use axum::Router;
use palermo_mse::estimate::Comparison;
use palermo_mse::{estimate, parse_table, Analysis, Options, Selection};
use serde::Deserialize;
use serde_json::{json, Value};

use crate::charts::{esc, PALETTE};
use crate::error::WebError;
use crate::AppState;

/// Largest table accepted (bytes of CSV).
pub const MAX_TABLE_BYTES: usize = 1 << 20;
/// Largest number of bootstrap replicates accepted from the web.
pub const MAX_BOOTSTRAP: usize = 2000;

/// Routes: the page and the API endpoint (not cached: they are POSTs or a
/// static form).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/mse", get(form_page).post(form_submit))
        .route("/api/v1/mse", post(api))
}

/// A request to estimate: the fields of the form and of the JSON body.
#[derive(Debug, Deserialize, Default, Clone)]
pub struct MseRequest {
    /// The table as CSV text (capture histories with `count`, or records).
    #[serde(default)]
    pub table: String,
    /// `stepwise` (default), `aic`, `bic`, `main` or `fixed`.
    pub method: Option<String>,
    /// Interactions for `fixed`, comma-separated `A:B` (a string or, in
    /// JSON, also an array).
    #[serde(default, deserialize_with = "terms_de")]
    pub terms: Option<String>,
    /// Stepwise threshold (default 0.02).
    pub threshold: Option<String>,
    /// BCa bootstrap replicates (0 or absent: none; at most 2,000).
    pub bootstrap: Option<String>,
    /// Seed of the bootstrap (default 1234).
    pub seed: Option<String>,
    /// Interval coverage (default 0.95).
    pub level: Option<String>,
}

fn terms_de<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let v = Option::<Value>::deserialize(d)?;
    Ok(match v {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(s),
        Some(Value::Array(a)) => Some(
            a.iter()
                .filter_map(|x| x.as_str())
                .collect::<Vec<_>>()
                .join(","),
        ),
        Some(other) => Some(other.to_string()),
    })
}

fn num_field<T: std::str::FromStr>(
    v: &Option<String>,
    name: &str,
    default: T,
) -> Result<T, WebError> {
    match v.as_deref().map(str::trim) {
        None | Some("") => Ok(default),
        Some(s) => s
            .parse()
            .map_err(|_| WebError::BadRequest(format!("{name}: {s:?} is not a valid number"))),
    }
}

/// Runs the analysis for a request (on the calling thread).
///
/// # Errors
/// [`WebError::BadRequest`] naming the field, line or model at fault.
pub fn analyse(req: &MseRequest) -> Result<Analysis, WebError> {
    if req.table.trim().is_empty() {
        return Err(WebError::BadRequest(
            "table: paste or upload a capture-history table".into(),
        ));
    }
    if req.table.len() > MAX_TABLE_BYTES {
        return Err(WebError::BadRequest(format!(
            "table: {} bytes, at most {MAX_TABLE_BYTES} are accepted",
            req.table.len()
        )));
    }
    let table = parse_table(&req.table).map_err(|e| WebError::BadRequest(format!("table: {e}")))?;
    let threshold: f64 = num_field(&req.threshold, "threshold", 0.02)?;
    let bootstrap: usize = num_field(&req.bootstrap, "bootstrap", 0)?;
    let seed: u64 = num_field(&req.seed, "seed", 1234)?;
    let level: f64 = num_field(&req.level, "level", 0.95)?;
    if bootstrap > MAX_BOOTSTRAP {
        return Err(WebError::BadRequest(format!(
            "bootstrap: at most {MAX_BOOTSTRAP} replicates on the web (use `palermo mse` for more)"
        )));
    }
    let terms_text = req.terms.clone().unwrap_or_default();
    let method = req.method.as_deref().unwrap_or("stepwise");
    let method = if method.is_empty() {
        "stepwise"
    } else {
        method
    };
    if !terms_text.trim().is_empty() && method != "fixed" {
        return Err(WebError::BadRequest(
            "terms: interactions are only used with the method \"fixed\"".into(),
        ));
    }
    let selection = match method {
        "stepwise" => Selection::Stepwise { threshold },
        "aic" => Selection::Aic,
        "bic" => Selection::Bic,
        "main" => Selection::Main,
        "fixed" => Selection::Fixed {
            terms: terms_text
                .split(',')
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(|t| table.parse_term(t))
                .collect::<Result<_, _>>()
                .map_err(|e| WebError::BadRequest(format!("terms: {e}")))?,
        },
        other => {
            return Err(WebError::BadRequest(format!(
                "method: {other:?} is not one of stepwise, aic, bic, main, fixed"
            )))
        }
    };
    let opts = Options {
        selection,
        level,
        bootstrap: (bootstrap > 0).then_some((bootstrap, seed)),
        ..Options::default()
    };
    estimate(&table, &opts).map_err(|e| WebError::BadRequest(e.to_string()))
}

async fn analyse_blocking(req: MseRequest) -> Result<Analysis, WebError> {
    tokio::task::spawn_blocking(move || analyse(&req))
        .await
        .map_err(|e| WebError::Internal(e.to_string()))?
}

/// `POST /api/v1/mse`: a JSON body ([`MseRequest`]), or the table itself as
/// `text/csv` with the options as query parameters. Answers the
/// [`Analysis`] (keys `estimate`, `observed`, `terms`, `empty_overlaps`,
/// `intervals`, `models`, `comparison`, …) or 400 with a message.
async fn api(
    Query(q): Query<MseRequest>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Json<Analysis>, WebError> {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let text = std::str::from_utf8(&body)
        .map_err(|_| WebError::BadRequest("the body is not UTF-8".into()).api())?;
    let req = if ctype.starts_with("application/json") {
        serde_json::from_str::<MseRequest>(text)
            .map_err(|e| WebError::BadRequest(format!("JSON body: {e}")).api())?
    } else {
        MseRequest {
            table: text.to_string(),
            ..q
        }
    };
    Ok(Json(analyse_blocking(req).await.map_err(WebError::api)?))
}

/// One row of the results' interval table.
struct IntervalRow {
    method: String,
    level: String,
    lower: String,
    upper: String,
}

/// One row of the models table.
struct ModelRow {
    terms: String,
    deviance: String,
    df: usize,
    aic: String,
    bic: String,
    estimate: String,
    p_value: String,
    selected: bool,
}

/// What the page shows after a successful analysis.
struct Results {
    observed: String,
    lists: String,
    method: String,
    model: String,
    estimate: String,
    unobserved: String,
    intervals: Vec<IntervalRow>,
    empty: Vec<(String, String)>,
    models: Vec<ModelRow>,
    models_note: String,
    comparison: Vec<(String, String, String, String)>,
    chart: String,
    warnings: Vec<String>,
}

#[derive(Template)]
#[template(path = "mse.html")]
struct MsePage {
    table: String,
    method: String,
    terms: String,
    threshold: String,
    bootstrap: String,
    seed: String,
    error: Option<String>,
    results: Option<Results>,
}

impl MsePage {
    fn new(form: &MseRequest, error: Option<String>, results: Option<Results>) -> Self {
        let or = |v: &Option<String>, d: &str| {
            v.clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| d.into())
        };
        Self {
            table: form.table.clone(),
            method: or(&form.method, "stepwise"),
            terms: or(&form.terms, ""),
            threshold: or(&form.threshold, "0.02"),
            bootstrap: or(&form.bootstrap, "0"),
            seed: or(&form.seed, "1234"),
            error,
            results,
        }
    }
}

/// Thousands separators, no decimals.
fn int(x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    let r = x.round().abs() as u64;
    let s = r.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 {
        out.insert(0, '-');
    }
    out
}

fn results(a: &Analysis) -> Results {
    let intervals = a
        .intervals
        .iter()
        .map(|i| IntervalRow {
            method: match i.method.as_str() {
                "wald" => "lognormal-Wald (SparseMSE)".into(),
                "profile" => "profile likelihood".into(),
                "bca" => match &a.bootstrap {
                    Some(b) => format!(
                        "BCa bootstrap, model selection redone ({} replicates, seed {})",
                        b.replicates, b.seed
                    ),
                    None => "BCa bootstrap".into(),
                },
                m => m.into(),
            },
            level: format!("{}%", (i.level * 100.0).round()),
            lower: int(i.lower),
            upper: int(i.upper),
        })
        .collect();
    let models = a
        .models
        .iter()
        .map(|m| ModelRow {
            terms: if m.terms.is_empty() {
                "main effects only".into()
            } else {
                m.terms.join(" + ")
            },
            deviance: format!("{:.3}", m.deviance),
            df: m.df,
            aic: format!("{:.3}", m.aic),
            bic: format!("{:.3}", m.bic),
            estimate: int(m.estimate),
            p_value: m.p_value.map(|p| format!("{p:.2e}")).unwrap_or_default(),
            selected: m.selected,
        })
        .collect();
    let comparison = a
        .comparison
        .iter()
        .map(|c| {
            (
                c.method.clone(),
                int(c.estimate),
                match (c.lower, c.upper) {
                    (Some(l), Some(u)) => format!("{} – {}", int(l), int(u)),
                    _ => "–".into(),
                },
                c.interval.clone(),
            )
        })
        .collect();
    let wald = a.intervals.first();
    let mut rows: Vec<ChartRow> = vec![ChartRow {
        label: format!("selected: {} [{}]", a.method, model_label(&a.terms)),
        estimate: a.estimate,
        lower: wald.map(|w| w.lower),
        upper: wald.map(|w| w.upper),
        note: "lognormal-Wald".into(),
        highlight: true,
    }];
    if let Some(b) = a.intervals.iter().find(|i| i.method == "bca") {
        rows.push(ChartRow {
            label: "selected, BCa bootstrap".into(),
            estimate: a.estimate,
            lower: Some(b.lower),
            upper: Some(b.upper),
            note: "BCa".into(),
            highlight: true,
        });
    }
    rows.extend(a.comparison.iter().map(ChartRow::from));
    Results {
        observed: int(a.observed as f64),
        lists: a.lists.join(", "),
        method: a.method.clone(),
        model: if a.terms.is_empty() {
            "main effects only".into()
        } else {
            format!("main effects + {}", a.terms.join(" + "))
        },
        estimate: int(a.estimate),
        unobserved: int(a.unobserved),
        intervals,
        empty: a
            .empty_overlaps
            .iter()
            .map(|e| {
                (
                    e.term.clone(),
                    e.p_empty
                        .map(|p| format!("{p:.4}"))
                        .unwrap_or_else(|| "n/a".into()),
                )
            })
            .collect(),
        models,
        models_note: if a.models_tried > a.models.len() {
            format!(
                "{} of {} models shown (lowest BIC first).",
                a.models.len(),
                a.models_tried
            )
        } else {
            format!("{} models tried, in the order tried.", a.models_tried)
        },
        comparison,
        chart: comparison_chart(
            "mse-compare",
            "Population estimates by method",
            a.observed as f64,
            &rows,
        ),
        warnings: a.warnings.clone(),
    }
}

fn model_label(terms: &[String]) -> String {
    if terms.is_empty() {
        "main effects".into()
    } else {
        terms.join(" + ")
    }
}

/// One row of the comparison chart.
#[derive(Debug, Clone)]
pub struct ChartRow {
    /// Method and model.
    pub label: String,
    /// Point estimate.
    pub estimate: f64,
    /// Interval, if any.
    pub lower: Option<f64>,
    /// Interval, if any.
    pub upper: Option<f64>,
    /// How the interval was made.
    pub note: String,
    /// Drawn in the accent colour (the selected model).
    pub highlight: bool,
}

impl From<&Comparison> for ChartRow {
    fn from(c: &Comparison) -> Self {
        Self {
            label: c.method.clone(),
            estimate: c.estimate,
            lower: c.lower,
            upper: c.upper,
            note: c.interval.clone(),
            highlight: false,
        }
    }
}

/// A dot-and-whisker chart of population estimates, one row per method,
/// with a dashed line at the number observed (the floor of every estimate).
/// Accessible like the other charts: `role="img"`, `<title>`, `<desc>` and a
/// tooltip per row. Non-finite values are left out.
pub fn comparison_chart(id: &str, title: &str, observed: f64, rows: &[ChartRow]) -> String {
    let rows: Vec<&ChartRow> = rows.iter().filter(|r| r.estimate.is_finite()).collect();
    let (w, row_h) = (760.0, 26.0);
    let (left, right, top, bottom) = (330.0, 24.0, 16.0, 40.0);
    let h = top + bottom + row_h * rows.len().max(1) as f64;
    let pw = w - left - right;
    let hi = rows
        .iter()
        .flat_map(|r| [Some(r.estimate), r.upper])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(observed, f64::max);
    let lo = rows
        .iter()
        .flat_map(|r| [Some(r.estimate), r.lower])
        .flatten()
        .filter(|v| v.is_finite())
        .fold(observed, f64::min)
        .max(0.0);
    // a round axis from lo to hi
    let span = (hi - lo).max(1.0);
    let step = {
        let raw = span / 5.0;
        let mag = 10f64.powf(raw.log10().floor());
        [1.0, 2.0, 2.5, 5.0, 10.0]
            .iter()
            .map(|m| m * mag)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * mag)
    };
    let x0 = (lo / step).floor() * step;
    let x1 = (hi / step).ceil() * step;
    let sx = |v: f64| left + pw * (v - x0) / (x1 - x0).max(1e-9);
    let mut s = String::new();
    let desc = format!(
        "Point estimates and intervals of the number of victims from {} methods; the dashed line marks the {} people observed.",
        rows.len(),
        int(observed)
    );
    let _ = write!(
        s,
        r#"<figure class="chart"><svg viewBox="0 0 {w} {h}" role="img" aria-labelledby="{id}-t {id}-d" xmlns="http://www.w3.org/2000/svg"><title id="{id}-t">{t}</title><desc id="{id}-d">{d}</desc>"#,
        t = esc(title),
        d = esc(&desc)
    );
    let mut v = x0;
    while v <= x1 + step * 0.5 {
        let x = sx(v);
        let _ = write!(
            s,
            r##"<line x1="{x:.1}" x2="{x:.1}" y1="{top}" y2="{y2}" stroke="#ddd"/><text x="{x:.1}" y="{ty}" font-size="11" text-anchor="middle">{l}</text>"##,
            y2 = h - bottom,
            ty = h - bottom + 16.0,
            l = int(v)
        );
        v += step;
    }
    let ox = sx(observed);
    let _ = write!(
        s,
        r##"<line x1="{ox:.1}" x2="{ox:.1}" y1="{top}" y2="{y2}" stroke="#555" stroke-dasharray="4 3"><title>{n} observed</title></line><text x="{ox:.1}" y="{ty}" font-size="11" text-anchor="middle">observed</text>"##,
        y2 = h - bottom,
        ty = h - bottom + 30.0,
        n = int(observed)
    );
    for (i, r) in rows.iter().enumerate() {
        let y = top + row_h * (i as f64 + 0.5);
        let colour = if r.highlight { PALETTE[5] } else { PALETTE[0] };
        let mut label = r.label.clone();
        if label.chars().count() > 44 {
            label = label.chars().take(43).collect::<String>() + "…";
        }
        let tip = match (r.lower, r.upper) {
            (Some(l), Some(u)) => format!(
                "{}: {} ({} – {}, {})",
                r.label,
                int(r.estimate),
                int(l),
                int(u),
                r.note
            ),
            _ => format!("{}: {}", r.label, int(r.estimate)),
        };
        let _ = write!(
            s,
            r#"<g><title>{tip}</title><text x="{lx}" y="{ty:.1}" font-size="11" text-anchor="end"{bold}>{l}</text>"#,
            tip = esc(&tip),
            lx = left - 8.0,
            ty = y + 4.0,
            bold = if r.highlight {
                r#" font-weight="700""#
            } else {
                ""
            },
            l = esc(&label)
        );
        if let (Some(l), Some(u)) = (r.lower, r.upper) {
            if l.is_finite() && u.is_finite() {
                let _ = write!(
                    s,
                    r#"<line x1="{a:.1}" x2="{b:.1}" y1="{y:.1}" y2="{y:.1}" stroke="{colour}" stroke-width="2"/>"#,
                    a = sx(l),
                    b = sx(u)
                );
            }
        }
        let _ = write!(
            s,
            r#"<circle cx="{cx:.1}" cy="{y:.1}" r="5" fill="{colour}"/></g>"#,
            cx = sx(r.estimate)
        );
    }
    let _ = write!(
        s,
        r#"</svg><figcaption>{}: every method side by side (dot: estimate; line: interval). Model choice dominates the uncertainty.</figcaption></figure>"#,
        esc(title)
    );
    s
}

async fn form_page() -> Result<Html<String>, WebError> {
    let form = MseRequest {
        table: include_str!("../../palermo-mse/tests/data/Western.csv").into(),
        ..MseRequest::default()
    };
    Ok(Html(MsePage::new(&form, None, None).render()?))
}

async fn form_submit(axum::Form(form): axum::Form<MseRequest>) -> Result<Response, WebError> {
    let outcome = analyse_blocking(form.clone()).await;
    let (status, error, results) = match outcome {
        Ok(a) => (axum::http::StatusCode::OK, None, Some(results(&a))),
        Err(WebError::BadRequest(m)) => (axum::http::StatusCode::BAD_REQUEST, Some(m), None),
        Err(e) => return Err(e),
    };
    let page = MsePage::new(&form, error, results).render()?;
    Ok((status, Html(page)).into_response())
}

/// The OpenAPI description of `POST /api/v1/mse`, merged into the API's
/// document.
pub fn openapi_paths() -> Value {
    json!({"/mse": {"post": {
        "summary": "Multiple systems estimation: the hidden number of victims from overlapping lists",
        "description": "Body: JSON {table, method, terms, threshold, bootstrap, seed, level}, or the CSV table itself (text/csv) with the options as query parameters. The table has one 0/1 column per list and a count column (or one row per person). Answers the estimate, the selected interactions, empty overlaps, intervals (lognormal-Wald, profile likelihood, BCa), every model tried and the other methods' estimates.",
        "requestBody": {"content": {
            "application/json": {"schema": {"type": "object", "required": ["table"], "properties": {
                "table": {"type": "string"}, "method": {"type": "string", "enum": ["stepwise", "aic", "bic", "main", "fixed"]},
                "terms": {"type": ["string", "array"]}, "threshold": {"type": "string"}, "bootstrap": {"type": "string"},
                "seed": {"type": "string"}, "level": {"type": "string"}}}},
            "text/csv": {"schema": {"type": "string"}}}},
        "responses": {"200": {"description": "The analysis", "content": {"application/json": {"schema": {"type": "object",
            "required": ["estimate", "observed", "terms", "empty_overlaps", "intervals", "models"],
            "properties": {"estimate": {"type": "number"}, "observed": {"type": "integer"},
                "terms": {"type": "array", "items": {"type": "string"}},
                "empty_overlaps": {"type": "array"},
                "intervals": {"type": "array", "items": {"type": "object", "properties": {
                    "method": {"type": "string"}, "level": {"type": "number"}, "lower": {"type": "number"}, "upper": {"type": "number"}}}},
                "models": {"type": "array"}, "comparison": {"type": "array"}}}}}},
            "400": {"description": "Invalid table or options; the message names the line, field or model"}}}}})
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_is_accessible_and_drops_non_finite() {
        let rows = vec![
            ChartRow {
                label: "a <b>".into(),
                estimate: 100.0,
                lower: Some(80.0),
                upper: Some(130.0),
                note: "x".into(),
                highlight: true,
            },
            ChartRow {
                label: "nan".into(),
                estimate: f64::NAN,
                lower: None,
                upper: None,
                note: "x".into(),
                highlight: false,
            },
        ];
        let svg = comparison_chart("c", "T", 60.0, &rows);
        assert!(svg.contains(r#"role="img""#));
        assert!(svg.contains("a &lt;b&gt;"));
        assert_eq!(svg.matches("<circle").count(), 1);
        assert!(!svg.contains("NaN"));
    }
}
