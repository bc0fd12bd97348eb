//! The estimation page (`GET`/`POST /mse`): the form, and the results of an
//! analysis as the page shows them ([`results`]: a plain function of the
//! [`Analysis`]).

use askama::Template;
use axum::extract::rejection::FormRejection;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{Html, IntoResponse, Response};
use palermo_mse::Analysis;

use super::chart::{comparison_chart, ChartRow};
use super::gate::Limits;
use super::request::{analyse_blocking, too_large, MseRequest};
use crate::charts::Svg;
use palermo_i18n::{t, Lang};

use crate::error::{tr as tr_err, PageError, WebError};
use crate::lang::Locale;
use crate::layout::message;
use crate::params::{NoParams, Params};
use crate::server::ClientAddr;
use crate::AppState;

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
    chart: Svg,
    warnings: Vec<String>,
}

#[derive(Template)]
#[template(path = "estimation/mse.html")]
struct MsePage {
    layout: crate::layout::Layout,
    table: String,
    method: String,
    terms: String,
    threshold: String,
    bootstrap: String,
    seed: String,
    level: String,
    max_lists: usize,
    max_bootstrap: usize,
    timeout: u64,
    error: Option<String>,
    results: Option<Results>,
}

impl MsePage {
    fn new(
        locale: &Locale,
        form: &MseRequest,
        limits: &Limits,
        error: Option<String>,
        results: Option<Results>,
    ) -> Self {
        let or = |v: &Option<String>, d: &str| {
            v.clone()
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| d.into())
        };
        Self {
            layout: crate::layout::Layout::public(locale),
            table: form.table.clone(),
            method: or(&form.method, "stepwise"),
            terms: or(&form.terms, ""),
            threshold: or(&form.threshold, "0.02"),
            bootstrap: or(&form.bootstrap, "0"),
            seed: or(&form.seed, "1234"),
            level: or(&form.level, "0.95"),
            max_lists: limits.max_lists,
            max_bootstrap: limits.max_bootstrap,
            timeout: limits.timeout.as_secs(),
            error,
            results,
        }
    }
}

/// A whole number as `lang` writes it (grouping, digits); a dash for one
/// that is not finite.
pub(crate) fn int(lang: Lang, x: f64) -> String {
    if !x.is_finite() {
        return "–".into();
    }
    palermo_i18n::format::integer(lang, x.round() as i64)
}

/// Three decimals; a dash for a model that could not be fitted (NaN).
fn dec3(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.3}")
    } else {
        "–".into()
    }
}

fn results(a: &Analysis, lang: Lang) -> Results {
    let int = |x: f64| int(lang, x);
    let tr = |key: &str| t(lang, key);
    let intervals = a
        .intervals
        .iter()
        .map(|i| IntervalRow {
            method: match i.method.as_str() {
                "wald" => tr("mse-interval-wald"),
                "profile" => tr("mse-interval-profile"),
                "bounds" => tr("mse-interval-bounds"),
                "bca" => match &a.bootstrap {
                    Some(b) => message(
                        lang,
                        "mse-interval-bca-redone",
                        &[("replicates", &b.replicates), ("seed", &b.seed.to_string())],
                    ),
                    None => tr("mse-interval-bca"),
                },
                m => m.into(),
            },
            level: palermo_i18n::format::percent(lang, i.level, 0),
            lower: int(i.lower),
            upper: if i.upper.is_infinite() {
                tr("mse-no-upper-limit")
            } else {
                int(i.upper)
            },
        })
        .collect();
    let models = a
        .models
        .iter()
        .map(|m| ModelRow {
            terms: match (&m.failure, m.terms.is_empty()) {
                (Some(why), _) => message(
                    lang,
                    "mse-not-fitted",
                    &[("terms", &m.terms.join(" + ")), ("why", why)],
                ),
                (None, true) => tr("mse-main-effects-only"),
                (None, false) => m.terms.join(" + "),
            },
            deviance: dec3(m.deviance),
            df: m.df,
            aic: dec3(m.aic),
            bic: dec3(m.bic),
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
                comparison_method(lang, &c.method),
                int(c.estimate),
                match (c.lower, c.upper) {
                    (Some(l), Some(u)) => format!("{} – {}", int(l), int(u)),
                    _ => "–".into(),
                },
                interval_kind(lang, &c.interval),
            )
        })
        .collect();
    let wald = a.intervals.first();
    let mut rows: Vec<ChartRow> = vec![ChartRow {
        label: message(
            lang,
            "mse-chart-selected",
            &[
                ("method", &tr(&format!("mse-method-{}", a.method))),
                ("model", &model_label(lang, &a.terms)),
            ],
        ),
        estimate: a.estimate,
        lower: wald.map(|w| w.lower),
        upper: wald.map(|w| w.upper).filter(|u| u.is_finite()),
        note: tr("mse-interval-wald"),
        highlight: true,
    }];
    if let Some(b) = a.intervals.iter().find(|i| i.method == "bca") {
        rows.push(ChartRow {
            label: tr("mse-chart-selected-bca"),
            estimate: a.estimate,
            lower: Some(b.lower),
            upper: Some(b.upper),
            note: "BCa".into(),
            highlight: true,
        });
    }
    rows.extend(a.comparison.iter().map(|c| ChartRow {
        label: comparison_method(lang, &c.method),
        note: interval_kind(lang, &c.interval),
        ..ChartRow::from(c)
    }));
    Results {
        observed: int(a.observed as f64),
        lists: a.lists.join(", "),
        method: tr(&format!("mse-method-{}", a.method)),
        model: if a.terms.is_empty() {
            tr("mse-main-effects-only")
        } else {
            message(
                lang,
                "mse-main-effects-plus",
                &[("terms", &a.terms.join(" + "))],
            )
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
                        .map(|p| palermo_i18n::format::decimal(lang, p, 4))
                        .unwrap_or_else(|| tr("mse-not-applicable")),
                )
            })
            .collect(),
        models,
        models_note: if a.models_tried > a.models.len() {
            message(
                lang,
                "mse-models-shown",
                &[("shown", &a.models.len()), ("tried", &a.models_tried)],
            )
        } else {
            message(lang, "mse-models-all", &[("tried", &a.models_tried)])
        },
        comparison,
        chart: comparison_chart(
            lang,
            "mse-compare",
            &tr("mse-chart-title"),
            a.observed as f64,
            &rows,
        ),
        warnings: a
            .warnings
            .iter()
            .map(|w| super::messages::warning(lang, w))
            .collect(),
    }
}

/// The name of another method of the comparison in `lang`: the engine
/// names each `name [model]` (`stepwise p<0.02 [A:B]`, `best BIC [main
/// effects]`) or by its author or Rcapture's code (`Chapman`, `Rcapture
/// Mt`), in English; the names of selection rules are messages, the
/// models (list names) and the authors' and Rcapture's names are kept.
pub fn comparison_method(lang: Lang, method: &str) -> String {
    let (name, model) = match method.split_once(" [") {
        Some((n, m)) => (n, m.strip_suffix(']')),
        None => (method, None),
    };
    let key = match name {
        "stepwise p<0.02" => Some("mse-cmp-stepwise"),
        "stepwise AIC" => Some("mse-cmp-aic"),
        "best BIC" => Some("mse-cmp-bic"),
        "main effects" => Some("mse-cmp-main"),
        _ => None,
    };
    let name = key.map_or_else(|| name.to_owned(), |k| t(lang, k));
    match model {
        Some("main effects") => format!("{name} [{}]", t(lang, "mse-main-effects")),
        Some(m) => format!("{name} [{m}]"),
        None => name,
    }
}

/// How a comparison's interval was made, in `lang` (the engine's English
/// names: `lognormal-Wald`, `normal (Rcapture stderr)`, …).
pub fn interval_kind(lang: Lang, kind: &str) -> String {
    match kind {
        "lognormal-Wald" => t(lang, "mse-interval-wald"),
        "normal (Rcapture stderr)" => t(lang, "mse-interval-rcapture"),
        "normal, Seber variance (95%)" => t(lang, "mse-interval-seber"),
        "none" => t(lang, "mse-interval-none"),
        other => other.to_owned(),
    }
}

fn model_label(lang: Lang, terms: &[String]) -> String {
    if terms.is_empty() {
        t(lang, "mse-main-effects")
    } else {
        terms.join(" + ")
    }
}

pub(crate) async fn form_page(
    State(state): State<AppState>,
    locale: Locale,
    _: Params<NoParams>,
) -> Result<Html<String>, PageError> {
    let form = MseRequest {
        table: include_str!("../../../palermo-mse/tests/data/Western.csv").into(),
        ..MseRequest::default()
    };
    Ok(Html(
        MsePage::new(&locale, &form, state.mse.limits(), None, None).render()?,
    ))
}

pub(crate) async fn form_submit(
    State(state): State<AppState>,
    locale: Locale,
    client: ClientAddr,
    _: Params<NoParams>,
    form: Result<axum::Form<MseRequest>, FormRejection>,
) -> Result<Response, PageError> {
    let (form, outcome) = match form {
        Ok(axum::Form(form)) => {
            let outcome = analyse_blocking(&state.mse, &state.store, client, form.clone())
                .await
                .map_err(|e| e.into_web(locale.lang));
            (form, outcome)
        }
        Err(e) if e.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            (MseRequest::default(), Err(too_large()))
        }
        Err(e) => (
            MseRequest::default(),
            Err(WebError::BadRequest(tr_err(
                "mse-form-unreadable",
                &[("detail", &e.body_text())],
            ))),
        ),
    };
    let (status, error, results) = match outcome {
        Ok(a) => (StatusCode::OK, None, Some(results(&a, locale.lang))),
        Err(e @ WebError::Internal(_)) => return Err(e.into()),
        Err(e) => {
            let (status, _, message) = e.parts();
            (status, Some(message), None)
        }
    };
    let page = MsePage::new(&locale, &form, state.mse.limits(), error, results).render()?;
    let mut res = (status, Html(page)).into_response();
    if status == StatusCode::SERVICE_UNAVAILABLE {
        res.headers_mut().insert(header::RETRY_AFTER, 5.into());
    }
    Ok(res)
}
