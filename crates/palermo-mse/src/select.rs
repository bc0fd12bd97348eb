//! Model selection: SparseMSE's stepwise rule, stepwise AIC and BIC over all
//! hierarchical models of order 2.

use crate::error::MseError;
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
    /// Models that failed the check (name and reason), for BIC/AIC searches.
    pub failed: usize,
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
/// [`MseError`] when the chosen or fixed model cannot be fitted, or
/// [`MseError::Unsupported`] for BIC with k > 6.
pub fn select(table: &CaptureTable, sel: &Selection, record: bool) -> Result<Selected, MseError> {
    let mut out = match sel {
        Selection::Main => {
            let f = fit_inner(table, &[], true, record)?;
            let models = if record {
                vec![ModelSummary::of(&f, None)]
            } else {
                vec![]
            };
            Selected {
                fit: f,
                models,
                failed: 0,
            }
        }
        Selection::Fixed { terms } => {
            let f = fit_inner(table, terms, true, record)?;
            let models = if record {
                vec![ModelSummary::of(&f, None)]
            } else {
                vec![]
            };
            Selected {
                fit: f,
                models,
                failed: 0,
            }
        }
        Selection::Stepwise { threshold } => stepwise(table, *threshold, record)?,
        Selection::Aic => stepwise_aic(table, record)?,
        Selection::Bic => best_bic(table, record)?,
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
fn stepwise(table: &CaptureTable, threshold: f64, record: bool) -> Result<Selected, MseError> {
    if !(0.0..=1.0).contains(&threshold) || threshold.is_nan() {
        return Err(MseError::BadArgument(format!(
            "threshold {threshold} is not a probability"
        )));
    }
    let k = table.k();
    let pairs = all_pairs(k);
    // the reference: with threshold 1, the model with every pair if it passes the check
    if threshold == 1.0 && check_model(table, &pairs).ok() {
        let fit = fit_inner(table, &pairs, false, record)?;
        let models = if record {
            vec![ModelSummary::of(&fit, None)]
        } else {
            vec![]
        };
        return Ok(Selected {
            fit,
            models,
            failed: 0,
        });
    }
    let nstar: Vec<u64> = pairs.iter().map(|&p| table.superset_count(p)).collect();
    let mut terms: Vec<u32> = Vec::new();
    let mut fit = fit_inner(table, &terms, false, record)?;
    let mut models = Vec::new();
    if record {
        models.push(ModelSummary::of(&fit, None));
    }
    let mut included = vec![false; pairs.len()];
    if threshold == 0.0 {
        return Ok(Selected {
            fit,
            models,
            failed: 0,
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
            let mut t1 = terms.clone();
            t1.push(pairs[j]);
            if check_model(table, &t1).ok() {
                chosen = Some((p, j));
                break;
            }
        }
        let Some((p, j)) = chosen else { break };
        terms.push(pairs[j]);
        included[j] = true;
        fit = fit_inner(table, &terms, false, record)?;
        if record {
            models.push(ModelSummary::of(&fit, Some(p)));
        }
    }
    Ok(Selected {
        fit,
        models,
        failed: 0,
    })
}

/// Forward stepwise AIC (see [`Selection::Aic`]).
fn stepwise_aic(table: &CaptureTable, record: bool) -> Result<Selected, MseError> {
    let pairs = all_pairs(table.k());
    let mut terms: Vec<u32> = Vec::new();
    let mut fit = fit_inner(table, &terms, true, record)?;
    let mut models = Vec::new();
    let mut failed = 0;
    if record {
        models.push(ModelSummary::of(&fit, None));
    }
    loop {
        let mut best: Option<LoglinFit> = None;
        for &p in &pairs {
            if terms.contains(&p) {
                continue;
            }
            let mut t1 = terms.clone();
            t1.push(p);
            match fit_inner(table, &t1, true, record) {
                Ok(f) => {
                    if record {
                        models.push(ModelSummary::of(&f, None));
                    }
                    if best.as_ref().is_none_or(|b| f.aic < b.aic) {
                        best = Some(f);
                    }
                }
                Err(_) => failed += 1,
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
    })
}

/// Lowest BIC over all 2^{k(k−1)/2} order-2 hierarchical models
/// (see [`Selection::Bic`]); models failing the check are skipped.
fn best_bic(table: &CaptureTable, record: bool) -> Result<Selected, MseError> {
    let k = table.k();
    if k > 6 {
        return Err(MseError::Unsupported(format!(
            "BIC over all order-2 models is limited to 6 lists (2^15 models); this table has {k}: use stepwise or aic"
        )));
    }
    let pairs = all_pairs(k);
    let n = 1usize << pairs.len();
    let results: Vec<Option<LoglinFit>> = (0..n)
        .into_par_iter()
        .map(|sub| {
            let terms: Vec<u32> = (0..pairs.len())
                .filter(|b| sub & (1 << b) != 0)
                .map(|b| pairs[b])
                .collect();
            fit_inner(table, &terms, true, false).ok()
        })
        .collect();
    let failed = results.iter().filter(|r| r.is_none()).count();
    let best = results
        .iter()
        .flatten()
        .min_by(|a, b| a.bic.total_cmp(&b.bic))
        .ok_or_else(|| MseError::MleDoesNotExist("every order-2 model".into()))?;
    let fit = fit_inner(table, &best.term_masks, true, record)?;
    let models = if record {
        let mut m: Vec<ModelSummary> = results
            .iter()
            .flatten()
            .map(|f| ModelSummary::of(f, None))
            .collect();
        m.sort_by(|a, b| a.bic.total_cmp(&b.bic));
        m
    } else {
        Vec::new()
    };
    let _ = model_name;
    Ok(Selected {
        fit,
        models,
        failed,
    })
}
