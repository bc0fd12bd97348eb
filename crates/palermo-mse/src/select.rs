//! Model selection: SparseMSE's stepwise rule, stepwise AIC and BIC over all
//! hierarchical models of order 2.

use crate::budget::Budget;
use crate::error::{MseError, TableError};
use crate::fit::{check_model, fit_inner, model_name, superset_sums, LoglinFit};
use crate::special::poisson_two_sided;
use crate::table::CaptureTable;
use rayon::prelude::*;
use serde::Serialize;

/// How to choose the log-linear model.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "method")]
pub enum Selection {
    /// SparseMSE's stepwise rule (Chan, Silverman & Vincent 2021, §3.2):
    /// from the main-effects model, add the pair whose observed overlap has
    /// the smallest two-sided Poisson p-value min(P(X ≤ n*), P(X ≥ n*)),
    /// X ~ Poisson(λ̂*) under the current model, while that p-value is
    /// below `threshold`; pairs whose model fails the existence or
    /// identifiability check are skipped.
    Stepwise {
        /// p-value threshold (SparseMSE default 0.02).
        threshold: f64,
    },
    /// Forward stepwise AIC (Bales, Hesketh & Silverman 2015, Significance
    /// 12(3):16–21): add the pair that lowers the AIC most, while it does.
    Aic,
    /// Lowest BIC over all hierarchical models with main effects and any set
    /// of pairwise interactions (Silverman, Chan & Vincent 2024, Stat.
    /// Comput. 34:44, §3); k ≤ 6 (2^15 models).
    Bic,
    /// Main effects only.
    Main,
    /// A fixed set of interaction terms (masks).
    Fixed {
        /// Interaction masks.
        terms: Vec<u32>,
    },
}

impl Selection {
    /// Short name: "stepwise", "aic", "bic", "main", "fixed".
    pub fn name(&self) -> &'static str {
        match self {
            Selection::Stepwise { .. } => "stepwise",
            Selection::Aic => "aic",
            Selection::Bic => "bic",
            Selection::Main => "main",
            Selection::Fixed { .. } => "fixed",
        }
    }
}

/// One model tried during selection.
#[derive(Debug, Clone, Serialize)]
pub struct ModelSummary {
    /// Interaction terms, "A:B".
    pub terms: Vec<String>,
    /// Terms fitted as −∞ (empty overlaps).
    pub empty_overlaps: Vec<String>,
    /// Residual deviance.
    pub deviance: f64,
    /// Residual degrees of freedom.
    pub df: usize,
    /// AIC (empty overlaps counted as parameters).
    pub aic: f64,
    /// BIC (log n_obs per parameter).
    pub bic: f64,
    /// Population estimate N̂.
    pub estimate: f64,
    /// For the stepwise rule: the p-value that admitted the last term.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub p_value: Option<f64>,
    /// Whether this is the selected model.
    pub selected: bool,
    /// Why the model could not be fitted although it passed the existence
    /// and identifiability check (the fit did not converge or gave a
    /// non-finite value); its figures are then NaN (`null` in JSON). Such
    /// a model is listed, never silently left out of a selection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub failure: Option<String>,
}

impl ModelSummary {
    pub(crate) fn of(f: &LoglinFit, p_value: Option<f64>) -> Self {
        Self {
            terms: f.terms.clone(),
            empty_overlaps: f.empty_overlaps.iter().map(|e| e.term.clone()).collect(),
            deviance: f.deviance,
            df: f.df,
            aic: f.aic,
            bic: f.bic,
            estimate: f.estimate,
            p_value,
            selected: false,
            failure: None,
        }
    }

    /// The row of a model whose fit failed after passing the check.
    pub(crate) fn failed(table: &CaptureTable, terms: &[u32], e: &MseError) -> Self {
        Self {
            terms: terms.iter().map(|&t| table.term_name(t)).collect(),
            empty_overlaps: terms
                .iter()
                .filter(|&&t| table.superset_count(t) == 0)
                .map(|&t| table.term_name(t))
                .collect(),
            deviance: f64::NAN,
            df: 0,
            aic: f64::NAN,
            bic: f64::NAN,
            estimate: f64::NAN,
            p_value: None,
            selected: false,
            failure: Some(failure_reason(e)),
        }
    }
}

/// A model that passed the existence and identifiability check but could
/// not be fitted, so that a selection was made without it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Unfitted {
    /// The model, "A:B + C:D" or "main effects".
    pub model: String,
    /// Why the fit failed.
    pub reason: String,
    /// The fit's error.
    #[serde(skip)]
    pub error: MseError,
}

/// Whether an error of a checked fit is a failure of the fit itself (not
/// converged, non-finite) rather than the check's verdict on the model.
fn is_fit_failure(e: &MseError) -> bool {
    matches!(e, MseError::NotConverged(_) | MseError::NonFinite(..))
}

/// The reason of a fit failure, without the model's name.
pub(crate) fn failure_reason(e: &MseError) -> String {
    match e {
        MseError::NotConverged(_) => "the Poisson fit did not converge".into(),
        MseError::NonFinite(_, what) => format!("the fit produced a non-finite value ({what})"),
        e => e.to_string(),
    }
}

impl Unfitted {
    fn new(table: &CaptureTable, terms: &[u32], e: &MseError) -> Self {
        Self {
            model: model_name(table, terms),
            reason: failure_reason(e),
            error: e.clone(),
        }
    }
}

/// The selected model and every model tried.
#[derive(Debug, Clone)]
pub struct Selected {
    /// The selected fit.
    pub fit: LoglinFit,
    /// Every model tried, in order (the selected one is flagged).
    pub models: Vec<ModelSummary>,
    /// Models that could not be used, for BIC/AIC searches: those failing
    /// the existence or identifiability check, and those in [`Selected::unfitted`].
    pub failed: usize,
    /// Models that passed the check but whose fit failed: the selection
    /// was made without them (also listed in `models`, with their reason,
    /// when the models are recorded). Kept even when they are not.
    pub unfitted: Vec<Unfitted>,
}

impl Selected {
    /// Warnings saying which models the selection `what` had to leave out
    /// although they passed the check (empty when none).
    pub fn unfitted_warnings(&self, stage: &crate::Stage) -> Vec<crate::Warning> {
        self.unfitted
            .iter()
            .map(|u| crate::Warning::Unfitted {
                stage: stage.clone(),
                model: u.model.clone(),
                error: u.error.clone(),
            })
            .collect()
    }
}

fn all_pairs(k: usize) -> Vec<u32> {
    let mut v = Vec::new();
    for i in 0..k {
        for j in i + 1..k {
            v.push((1u32 << i) | (1u32 << j));
        }
    }
    v
}

/// Runs the model selection `sel` on `table`.
///
/// `record` = false skips building the list of models tried and the
/// empty-overlap probabilities (used inside the bootstrap).
///
/// # Errors
/// [`MseError`] when the chosen or fixed model cannot be fitted,
/// [`TableError::ListCapturesEveryone`] when a list captures every observed
/// person, or [`MseError::Unsupported`] for BIC with k > 6.
pub fn select(table: &CaptureTable, sel: &Selection, record: bool) -> Result<Selected, MseError> {
    select_within(table, sel, record, &Budget::unlimited())
}

/// [`select`] within a [`Budget`]: the budget is checked for every model
/// and every IRLS iteration.
///
/// # Errors
/// As [`select`], and [`MseError::TimeLimit`] or [`MseError::Cancelled`]
/// when the budget runs out.
pub fn select_within(
    table: &CaptureTable,
    sel: &Selection,
    record: bool,
    budget: &Budget,
) -> Result<Selected, MseError> {
    if let Some(&i) = table.complete_lists().first() {
        return Err(TableError::ListCapturesEveryone(table.names()[i].clone()).into());
    }
    let mut out = match sel {
        Selection::Main => {
            let f = fit_inner(table, &[], true, record, budget)?;
            let models = if record {
                vec![ModelSummary::of(&f, None)]
            } else {
                vec![]
            };
            Selected {
                fit: f,
                models,
                failed: 0,
                unfitted: Vec::new(),
            }
        }
        Selection::Fixed { terms } => {
            let f = fit_inner(table, terms, true, record, budget)?;
            let models = if record {
                vec![ModelSummary::of(&f, None)]
            } else {
                vec![]
            };
            Selected {
                fit: f,
                models,
                failed: 0,
                unfitted: Vec::new(),
            }
        }
        Selection::Stepwise { threshold } => stepwise(table, *threshold, record, budget)?,
        Selection::Aic => stepwise_aic(table, record, budget)?,
        Selection::Bic => best_bic(table, record, budget)?,
    };
    if record {
        let sel_terms = out.fit.terms.clone();
        for m in &mut out.models {
            if m.terms == sel_terms {
                m.selected = true;
            }
        }
    }
    Ok(out)
}

/// SparseMSE `stepwisefit` (see [`Selection::Stepwise`]). The main-effects
/// model is fitted without the check, as the reference does. Candidates are
/// examined in increasing p-value (ties: pair order (1,2), (1,3), …, as the
/// reference's first-minimum rule) and the LP check is run only until the
/// first passing candidate, which yields the same choice as checking all.
fn stepwise(
    table: &CaptureTable,
    threshold: f64,
    record: bool,
    budget: &Budget,
) -> Result<Selected, MseError> {
    if !(0.0..=1.0).contains(&threshold) || threshold.is_nan() {
        return Err(MseError::BadArgument(format!(
            "threshold {threshold} is not a probability"
        )));
    }
    let k = table.k();
    let pairs = all_pairs(k);
    // the reference: with threshold 1, the model with every pair if it passes the check
    if threshold == 1.0 && check_model(table, &pairs).ok() {
        let fit = fit_inner(table, &pairs, false, record, budget)?;
        let models = if record {
            vec![ModelSummary::of(&fit, None)]
        } else {
            vec![]
        };
        return Ok(Selected {
            fit,
            models,
            failed: 0,
            unfitted: Vec::new(),
        });
    }
    let nstar: Vec<u64> = pairs.iter().map(|&p| table.superset_count(p)).collect();
    let mut terms: Vec<u32> = Vec::new();
    let mut fit = fit_inner(table, &terms, false, record, budget)?;
    let mut models = Vec::new();
    if record {
        models.push(ModelSummary::of(&fit, None));
    }
    let mut included = vec![false; pairs.len()];
    let mut unfitted = Vec::new();
    if threshold == 0.0 {
        return Ok(Selected {
            fit,
            models,
            failed: 0,
            unfitted,
        });
    }
    loop {
        let mut s = fit.fitted.clone();
        superset_sums(&mut s, k);
        let mut cand: Vec<(f64, usize)> = (0..pairs.len())
            .filter(|&j| !included[j])
            .map(|j| (poisson_two_sided(nstar[j], s[pairs[j] as usize]), j))
            .filter(|(p, _)| *p < threshold)
            .collect();
        cand.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
        let mut chosen = None;
        for (p, j) in cand {
            budget.check()?;
            let mut t1 = terms.clone();
            t1.push(pairs[j]);
            if !check_model(table, &t1).ok() {
                continue;
            }
            // a candidate that passes the check but cannot be fitted is
            // skipped like one that fails it, and reported
            match fit_inner(table, &t1, false, record, budget) {
                Ok(f) => {
                    chosen = Some((p, j, f));
                    break;
                }
                Err(e) if is_fit_failure(&e) => {
                    if record {
                        models.push(ModelSummary::failed(table, &t1, &e));
                    }
                    unfitted.push(Unfitted::new(table, &t1, &e));
                    included[j] = true;
                }
                Err(e) => return Err(e),
            }
        }
        let Some((p, j, f)) = chosen else { break };
        terms.push(pairs[j]);
        included[j] = true;
        fit = f;
        if record {
            models.push(ModelSummary::of(&fit, Some(p)));
        }
    }
    let failed = unfitted.len();
    Ok(Selected {
        fit,
        models,
        failed,
        unfitted,
    })
}

/// Forward stepwise AIC (see [`Selection::Aic`]). The candidates of one
/// step are fitted in parallel and compared in pair order, so the choice is
/// the sequential one (first minimum).
fn stepwise_aic(table: &CaptureTable, record: bool, budget: &Budget) -> Result<Selected, MseError> {
    let pairs = all_pairs(table.k());
    let mut terms: Vec<u32> = Vec::new();
    let mut fit = fit_inner(table, &terms, true, record, budget)?;
    let mut models = Vec::new();
    let mut failed = 0;
    let mut unfitted = Vec::new();
    if record {
        models.push(ModelSummary::of(&fit, None));
    }
    loop {
        let mut best: Option<LoglinFit> = None;
        let fits: Vec<(Vec<u32>, Result<LoglinFit, MseError>)> = pairs
            .par_iter()
            .filter(|p| !terms.contains(p))
            .map(|&p| {
                let mut t1 = terms.clone();
                t1.push(p);
                let r = fit_inner(table, &t1, true, record, budget);
                (t1, r)
            })
            .collect();
        budget.check()?;
        for (t1, r) in fits {
            match r {
                Ok(f) => {
                    if record {
                        models.push(ModelSummary::of(&f, None));
                    }
                    if best.as_ref().is_none_or(|b| f.aic < b.aic) {
                        best = Some(f);
                    }
                }
                Err(e) => {
                    failed += 1;
                    if is_fit_failure(&e) {
                        if record {
                            models.push(ModelSummary::failed(table, &t1, &e));
                        }
                        unfitted.push(Unfitted::new(table, &t1, &e));
                    }
                }
            }
        }
        match best {
            Some(b) if b.aic < fit.aic - 1e-12 => {
                terms = b.term_masks.clone();
                fit = b;
            }
            _ => break,
        }
    }
    Ok(Selected {
        fit,
        models,
        failed,
        unfitted,
    })
}

/// Lowest BIC over all 2^{k(k−1)/2} order-2 hierarchical models
/// (see [`Selection::Bic`]); models failing the check are skipped.
fn best_bic(table: &CaptureTable, record: bool, budget: &Budget) -> Result<Selected, MseError> {
    let k = table.k();
    if k > 6 {
        return Err(MseError::Unsupported(format!(
            "BIC over all order-2 models is limited to 6 lists (2^15 models); this table has {k}: use stepwise or aic"
        )));
    }
    let pairs = all_pairs(k);
    let n = 1usize << pairs.len();
    let subset = |sub: usize| -> Vec<u32> {
        (0..pairs.len())
            .filter(|b| sub & (1 << b) != 0)
            .map(|b| pairs[b])
            .collect()
    };
    let outcomes: Vec<Result<LoglinFit, MseError>> = (0..n)
        .into_par_iter()
        .map(|sub| fit_inner(table, &subset(sub), true, false, budget))
        .collect();
    budget.check()?;
    let mut unfitted_rows = Vec::new();
    let mut unfitted = Vec::new();
    let results: Vec<Option<LoglinFit>> = outcomes
        .into_iter()
        .enumerate()
        .map(|(sub, r)| match r {
            Ok(f) => Some(f),
            Err(e) => {
                if is_fit_failure(&e) {
                    let terms = subset(sub);
                    if record {
                        unfitted_rows.push(ModelSummary::failed(table, &terms, &e));
                    }
                    unfitted.push(Unfitted::new(table, &terms, &e));
                }
                None
            }
        })
        .collect();
    let failed = results.iter().filter(|r| r.is_none()).count();
    let best = results
        .iter()
        .flatten()
        .min_by(|a, b| a.bic.total_cmp(&b.bic))
        .ok_or_else(|| MseError::MleDoesNotExist("every order-2 model".into()))?;
    let fit = fit_inner(table, &best.term_masks, true, record, budget)?;
    let models = if record {
        let mut m: Vec<ModelSummary> = results
            .iter()
            .flatten()
            .map(|f| ModelSummary::of(f, None))
            .collect();
        m.sort_by(|a, b| a.bic.total_cmp(&b.bic));
        // the models that could not be fitted first: a cap on the rows
        // shown must not hide them
        unfitted_rows.extend(m);
        unfitted_rows
    } else {
        Vec::new()
    };
    Ok(Selected {
        fit,
        models,
        failed,
        unfitted,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::estimate::{estimate, Options};
    use crate::fit::FAIL_TO_CONVERGE;

    /// A model that passes the check but whose fit fails is listed with its
    /// reason and warned about; the selection never changes silently.
    #[test]
    fn a_model_that_cannot_be_fitted_is_reported_not_dropped() {
        let names = ["A", "B", "C"].map(String::from).to_vec();
        // counts in the hundreds of thousands: every interaction is clear,
        // so stepwise AIC too reaches the saturated model
        let cells = [
            (1, 1200),
            (2, 900),
            (4, 700),
            (3, 300),
            (5, 150),
            (6, 120),
            (7, 40),
        ];
        let t = CaptureTable::new(names, cells.map(|(m, c)| (m, c * 1000))).unwrap();
        // the saturated model's parameters (sorted masks): intercept, main
        // effects, pairs
        FAIL_TO_CONVERGE
            .lock()
            .unwrap()
            .push(vec![0, 1, 2, 3, 4, 5, 6]);
        for sel in [Selection::Bic, Selection::Aic] {
            let s = select(&t, &sel, true).unwrap();
            assert_eq!(s.unfitted.len(), 1, "{sel:?}");
            let mut parts: Vec<&str> = s.unfitted[0].model.split(" + ").collect();
            parts.sort_unstable();
            assert_eq!(parts, ["A:B", "A:C", "B:C"]);
            let row = s.models.iter().find(|m| m.failure.is_some()).unwrap();
            let mut terms = row.terms.clone();
            terms.sort();
            assert_eq!(terms, ["A:B", "A:C", "B:C"]);
            assert!(row.estimate.is_nan() && !row.selected);
            let a = estimate(
                &t,
                &Options {
                    selection: sel.clone(),
                    profile: false,
                    ..Options::default()
                },
            )
            .unwrap();
            assert!(
                a.warnings
                    .iter()
                    .map(ToString::to_string)
                    .any(|w| w.contains(&format!("[{}]", s.unfitted[0].model))
                        && w.contains("could not be fitted")
                        && w.contains(&format!("model selection ({})", sel.name()))),
                "{:?}",
                a.warnings
            );
            // the comparison's BIC search met it too and says so
            assert!(a.warnings.iter().map(ToString::to_string).any(|w| w
                .starts_with("comparison, best BIC")
                && w.contains("could not be fitted")));
            // counted once among the models tried: 8 order-2 models for BIC
            if sel == Selection::Bic {
                assert_eq!(a.models_tried, 8);
            }
        }
        FAIL_TO_CONVERGE.lock().unwrap().clear();
    }
}
