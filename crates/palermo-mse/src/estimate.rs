//! The whole analysis in one call: select a model, estimate N, compute the
//! intervals and the estimates of the other methods for comparison.

use crate::budget::Budget;
use crate::classic::{closedp, two_list};
use crate::error::MseError;
use crate::fit::{EmptyOverlap, LoglinFit};
use crate::interval::{bca_bootstrap_within, profile_interval_within, wald_interval, Interval};
use crate::select::{select_within, ModelSummary, Selection};
use crate::special::qnorm;
use crate::table::CaptureTable;
use crate::warning::{Stage, Warning};
use serde::Serialize;

/// What to compute.
#[derive(Debug, Clone)]
pub struct Options {
    /// Model selection.
    pub selection: Selection,
    /// Coverage of the intervals (default 0.95).
    pub level: f64,
    /// Compute the profile-likelihood interval (default true).
    pub profile: bool,
    /// BCa bootstrap: number of replicates and seed (default none).
    pub bootstrap: Option<(usize, u64)>,
    /// Compute the other methods' estimates for comparison (default true).
    pub compare: bool,
    /// At most this many models in [`Analysis::models`] (default 200; the
    /// BIC search tries up to 32,768).
    pub max_models: usize,
    /// Time limit and cancel flag (default unlimited).
    pub budget: Budget,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            selection: Selection::Stepwise { threshold: 0.02 },
            level: 0.95,
            profile: true,
            bootstrap: None,
            compare: true,
            max_models: 200,
            budget: Budget::unlimited(),
        }
    }
}

/// One estimate of another method, for the side-by-side comparison.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// Method and model, e.g. `stepwise p<0.02 [A:B]` or `Rcapture Mt`.
    pub method: String,
    /// Population estimate.
    pub estimate: f64,
    /// Lower limit of its interval at the analysis level (if any).
    pub lower: Option<f64>,
    /// Upper limit.
    pub upper: Option<f64>,
    /// How the interval was made.
    pub interval: String,
}

/// Summary of the BCa bootstrap.
#[derive(Debug, Clone, Serialize)]
pub struct BootstrapSummary {
    /// Replicates requested.
    pub replicates: usize,
    /// Replicates that failed and were dropped.
    pub failed: usize,
    /// Replicates whose selected model has no finite MLE (an overlap empty
    /// in the resample), dropped.
    pub no_mle: usize,
    /// Seed.
    pub seed: u64,
    /// Bias correction z₀.
    pub z0: f64,
    /// Jackknife acceleration â.
    pub ahat: f64,
    /// BCa limits at the quantiles 0.025, 0.05, 0.1, 0.16, 0.84, 0.9, 0.95, 0.975.
    pub quantiles: Vec<(f64, f64)>,
}

/// Result of [`estimate`]: what `palermo mse --format json` prints.
#[derive(Debug, Clone, Serialize)]
pub struct Analysis {
    /// List names.
    pub lists: Vec<String>,
    /// Persons observed, n_obs.
    pub observed: u64,
    /// Selection method name.
    pub method: String,
    /// The stepwise threshold, if stepwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
    /// Population estimate N̂ of the selected model.
    pub estimate: f64,
    /// Estimated number never observed, exp(θ̂₀).
    pub unobserved: f64,
    /// Selected interactions, "A:B".
    pub terms: Vec<String>,
    /// Selected interactions whose overlap is empty (θ = −∞), with P(empty).
    pub empty_overlaps: Vec<EmptyOverlap>,
    /// Intervals (Wald always; profile and BCa when asked).
    pub intervals: Vec<Interval>,
    /// Every model tried (capped at `max_models`, best first for BIC).
    pub models: Vec<ModelSummary>,
    /// Models tried in all (before the cap) and models that failed the check.
    pub models_tried: usize,
    /// The selected fit in full (`None` when a list captures every observed
    /// person: no model can be fitted, see [`estimate`]).
    pub fit: Option<LoglinFit>,
    /// BCa details.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bootstrap: Option<BootstrapSummary>,
    /// The estimates of the other methods, side by side.
    pub comparison: Vec<Comparison>,
    /// Warnings for the reader.
    pub warnings: Vec<crate::Warning>,
}

/// BCa quantiles reported (SparseMSE `estimatepopulation` defaults).
pub const BCA_QUANTILES: [f64; 8] = [0.025, 0.05, 0.1, 0.16, 0.84, 0.9, 0.95, 0.975];

/// Runs the analysis: model selection ([`select_within`]), N̂ (Chan, Silverman &
/// Vincent 2021, eq. 2), the lognormal-Wald interval, optionally the
/// profile-likelihood and BCa intervals, and the comparison with the
/// other selection methods, the main-effects model, the two-list
/// estimators (k = 2) and the Rcapture models (k ≤ 10).
///
/// A list that captures every observed person ([`CaptureTable::complete_lists`])
/// is not an error: the estimate is the observed total n_obs and the
/// interval [n_obs, ∞) (method `"bounds"`, upper limit +∞, `null` in
/// JSON), with a warning that says why. That is the limit the reference
/// reports (SparseMSE's glm fit diverges to N̂ = n_obs with an infinite
/// Wald upper limit), and for two lists it is the Lincoln–Petersen and
/// Chapman estimate (n₁ = n_obs and m = n₂ give n₁n₂/m = n_obs), shown
/// beside it.
///
/// # Errors
/// The selection's [`MseError`] (the comparison and the profile interval
/// only add warnings when they fail); [`MseError::BadArgument`] for a level
/// outside (0, 1); [`MseError::TimeLimit`] or [`MseError::Cancelled`] when
/// the budget of [`Options::budget`] runs out.
pub fn estimate(table: &CaptureTable, opts: &Options) -> Result<Analysis, MseError> {
    if !(opts.level > 0.0 && opts.level < 1.0) {
        return Err(MseError::BadArgument(format!(
            "level {} is not in (0, 1)",
            opts.level
        )));
    }
    let complete = table.complete_lists();
    if !complete.is_empty() {
        return Ok(complete_list_analysis(table, opts, &complete));
    }
    let budget = &opts.budget;
    let sel = select_within(table, &opts.selection, true, budget)?;
    let mut warnings = sel.unfitted_warnings(&Stage::Selection(opts.selection.name()));
    let fit = sel.fit;
    let mut intervals = vec![wald_interval(&fit, opts.level)];
    if opts.profile {
        match profile_interval_within(table, &fit, opts.level, budget) {
            Ok(i) => intervals.push(i),
            Err(e) if e.is_stop() => return Err(e),
            Err(e) => warnings.push(Warning::ProfileFailed(e)),
        }
    }
    let mut bootstrap = None;
    if let Some((nboot, seed)) = opts.bootstrap {
        let mut qs = BCA_QUANTILES.to_vec();
        let a = (1.0 - opts.level) / 2.0;
        for q in [a, 1.0 - a] {
            if !qs.iter().any(|x| (x - q).abs() < 1e-12) {
                qs.push(q);
            }
        }
        let b = bca_bootstrap_within(table, &opts.selection, nboot, seed, &qs, budget)?;
        warnings.extend(b.warnings.iter().cloned());
        match b.interval(opts.level) {
            Some(i) => intervals.push(i),
            None if b.unbounded_at(1.0 - (1.0 - opts.level) / 2.0) => {
                warnings.push(Warning::BcaUnbounded {
                    no_mle: b.no_mle,
                    replicates: nboot,
                    tail: 50.0 * (1.0 - opts.level),
                    level: 100.0 * opts.level,
                });
            }
            None => warnings.push(Warning::BcaUnavailable),
        }
        bootstrap = Some(BootstrapSummary {
            replicates: nboot,
            failed: b.failed,
            no_mle: b.no_mle,
            seed,
            z0: b.z0,
            ahat: b.ahat,
            quantiles: b.quantiles,
        });
    }
    for e in &fit.empty_overlaps {
        if let Some(p) = e.p_empty {
            if p < 0.05 {
                warnings.push(Warning::EmptyOverlap {
                    term: e.term.clone(),
                    expected: -p.ln(),
                    p,
                });
            }
        }
    }
    let comparison = if opts.compare {
        compare_within(table, opts.level, &mut warnings, budget)?
    } else {
        Vec::new()
    };
    let models_tried = sel.models.iter().filter(|m| m.failure.is_none()).count() + sel.failed;
    let mut models = sel.models;
    models.truncate(opts.max_models);
    Ok(Analysis {
        lists: table.names().to_vec(),
        observed: table.observed(),
        method: opts.selection.name().into(),
        threshold: match opts.selection {
            Selection::Stepwise { threshold } => Some(threshold),
            _ => None,
        },
        estimate: fit.estimate,
        unobserved: fit.unobserved,
        terms: fit.terms.clone(),
        empty_overlaps: fit.empty_overlaps.clone(),
        intervals,
        models,
        models_tried,
        fit: Some(fit),
        bootstrap,
        comparison,
        warnings,
    })
}

/// The analysis of a table in which the lists `complete` capture every
/// observed person (see [`estimate`]).
fn complete_list_analysis(table: &CaptureTable, opts: &Options, complete: &[usize]) -> Analysis {
    let n = table.observed();
    let names: Vec<&str> = complete
        .iter()
        .map(|&i| table.names()[i].as_str())
        .collect();
    let mut warnings = vec![Warning::CompleteLists {
        lists: names.iter().map(|n| (*n).to_owned()).collect(),
        observed: n,
        two_lists: table.k() == 2,
    }];
    let mut comparison = Vec::new();
    if table.k() == 2 {
        two_list_comparisons(table, &mut comparison);
        // Chapman's variance is 0 here (n₂ − m = 0): no interval to show
        for c in &mut comparison {
            c.lower = None;
            c.upper = None;
            c.interval = "none".into();
        }
    }
    if opts.bootstrap.is_some() {
        warnings.push(Warning::NoBootstrap);
    }
    Analysis {
        lists: table.names().to_vec(),
        observed: n,
        method: opts.selection.name().into(),
        threshold: match opts.selection {
            Selection::Stepwise { threshold } => Some(threshold),
            _ => None,
        },
        estimate: n as f64,
        unobserved: 0.0,
        terms: Vec::new(),
        empty_overlaps: Vec::new(),
        intervals: vec![Interval {
            method: "bounds".into(),
            level: opts.level,
            lower: n as f64,
            upper: f64::INFINITY,
        }],
        models: Vec::new(),
        models_tried: 0,
        fit: None,
        bootstrap: None,
        comparison,
        warnings,
    }
}

/// Lincoln–Petersen and Chapman, for two lists.
fn two_list_comparisons(table: &CaptureTable, out: &mut Vec<Comparison>) {
    if let Ok(t) = two_list(table, 0, 1) {
        if let Some(lp) = t.lincoln_petersen {
            out.push(Comparison {
                method: "Lincoln–Petersen".into(),
                estimate: lp,
                lower: None,
                upper: None,
                interval: "none".into(),
            });
        }
        out.push(Comparison {
            method: "Chapman".into(),
            estimate: t.chapman,
            lower: Some(t.chapman_interval.0),
            upper: Some(t.chapman_interval.1),
            interval: "normal, Seber variance (95%)".into(),
        });
    }
}

fn label(f: &LoglinFit) -> String {
    if f.terms.is_empty() {
        "main effects".into()
    } else {
        f.terms.join(" + ")
    }
}

/// The comparison runs stepwise AIC only up to this many lists: it fits up
/// to k(k−1)/2 models per step for up to k(k−1)/2 steps, each over 2^k
/// cells (about 10⁷ cell updates per IRLS iteration and step at k = 15,
/// minutes in all), which would dwarf the selected model's own fit.
pub const COMPARE_AIC_MAX_LISTS: usize = 10;

/// Estimates of the other methods for the side-by-side chart.
pub fn compare(table: &CaptureTable, level: f64, warnings: &mut Vec<Warning>) -> Vec<Comparison> {
    compare_within(table, level, warnings, &Budget::unlimited()).unwrap_or_default()
}

/// [`compare`] within a [`Budget`].
///
/// # Errors
/// [`MseError::TimeLimit`] or [`MseError::Cancelled`] when the budget runs
/// out (other failures only add warnings).
pub fn compare_within(
    table: &CaptureTable,
    level: f64,
    warnings: &mut Vec<Warning>,
    budget: &Budget,
) -> Result<Vec<Comparison>, MseError> {
    let mut out = Vec::new();
    let mut stop = None;
    let mut aic_note = None;
    let mut push_fit = |name: &'static str, r: Result<crate::select::Selected, MseError>| match r {
        Err(e) if e.is_stop() => stop = Some(e),
        Ok(s) => {
            warnings.extend(s.unfitted_warnings(&Stage::Comparison(name)));
            let w = wald_interval(&s.fit, level);
            out.push(Comparison {
                method: format!("{name} [{}]", label(&s.fit)),
                estimate: s.fit.estimate,
                lower: Some(w.lower),
                upper: Some(w.upper),
                interval: "lognormal-Wald".into(),
            });
        }
        Err(e) => warnings.push(Warning::ComparisonFailed(name, e)),
    };
    let sel = |s: &Selection| select_within(table, s, false, budget);
    push_fit(
        "stepwise p<0.02",
        sel(&Selection::Stepwise { threshold: 0.02 }),
    );
    if table.k() <= COMPARE_AIC_MAX_LISTS {
        push_fit("stepwise AIC", sel(&Selection::Aic));
    } else {
        aic_note = Some(Warning::AicLeftOut {
            max_lists: COMPARE_AIC_MAX_LISTS,
            models: {
                let p = table.k() * (table.k() - 1) / 2;
                p * (p + 1) / 2
            },
        });
    }
    if table.k() <= 6 {
        push_fit("best BIC", sel(&Selection::Bic));
    }
    push_fit("main effects", sel(&Selection::Main));
    warnings.extend(aic_note);
    if let Some(e) = stop {
        return Err(e);
    }
    budget.check()?;
    if table.k() == 2 {
        two_list_comparisons(table, &mut out);
    }
    if table.k() <= 10 {
        match closedp(table) {
            Ok(ms) => {
                let z = qnorm(0.5 + level / 2.0);
                let n = table.observed() as f64;
                for m in ms {
                    out.push(Comparison {
                        method: format!("Rcapture {}", m.model),
                        estimate: m.abundance,
                        lower: Some((m.abundance - z * m.stderr).max(n)),
                        upper: Some(m.abundance + z * m.stderr),
                        interval: "normal (Rcapture stderr)".into(),
                    });
                }
            }
            Err(e) => warnings.push(Warning::ComparisonFailed("Rcapture models", e)),
        }
    }
    budget.check()?;
    Ok(out)
}
