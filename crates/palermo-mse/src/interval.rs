//! Confidence intervals for the population size: lognormal-Wald, profile
//! likelihood and the BCa bootstrap that redoes model selection.

use crate::budget::Budget;
use crate::error::MseError;
use crate::fit::{check_model, irls, IrlsError, LoglinFit, Structure};
use crate::rng::{multinomial, Rng};
use crate::select::{select_within, Selection};
use crate::special::{lgamma, pnorm, qnorm};
use crate::table::CaptureTable;
use rayon::prelude::*;
use serde::Serialize;

/// A two-sided confidence interval for the population size N.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Interval {
    /// "wald" (lognormal-Wald), "profile" (profile likelihood) or "bca".
    pub method: String,
    /// Nominal coverage, e.g. 0.95.
    pub level: f64,
    /// Lower limit (persons).
    pub lower: f64,
    /// Upper limit (persons).
    pub upper: f64,
}

/// SparseMSE's lognormal-Wald limit at quantile `q`:
/// n_obs + exp(Φ⁻¹(q; θ̂₀, se(θ̂₀))) (SparseMSE `estimatepopulation.0`;
/// Chan, Silverman & Vincent 2021, §3.1). q = 0.5 gives N̂.
pub fn wald_quantile(fit: &LoglinFit, q: f64) -> f64 {
    fit.observed as f64 + (fit.coefficients[0] + qnorm(q) * fit.se_log_unobserved).exp()
}

/// Lognormal-Wald interval at coverage `level` (limits at (1 ∓ level)/2),
/// see [`wald_quantile`].
pub fn wald_interval(fit: &LoglinFit, level: f64) -> Interval {
    let a = (1.0 - level) / 2.0;
    Interval {
        method: "wald".into(),
        level,
        lower: wald_quantile(fit, a),
        upper: wald_quantile(fit, 1.0 - a),
    }
}

/// Multinomial profile log-likelihood of N (Cormack 1992, Biometrika 79:
/// 1–10, eq. 2.3): the unobserved cell enters the Poisson fit with count
/// f₀ = N − n_obs and ℓ(N) = log N! − log f₀! + Σ_ω n_ω log(μ̂_ω/N), the sum
/// over every cell including the unobserved one (constants dropped).
fn profile_loglik(
    table: &CaptureTable,
    s: &Structure,
    f0: f64,
    budget: &Budget,
) -> Result<Option<f64>, MseError> {
    let mut y: Vec<f64> = table.counts().iter().map(|&c| c as f64).collect();
    y[0] = f0;
    let r = match irls(s, &y, budget) {
        Ok(r) => r,
        Err(IrlsError::Stop(e)) => return Err(e),
        Err(IrlsError::Fail(_)) => return Ok(None),
    };
    let n = table.observed() as f64 + f0;
    let mut l = lgamma(n + 1.0) - lgamma(f0 + 1.0);
    for ((&yw, &mu), &act) in y.iter().zip(&r.mu).zip(&s.active) {
        if act && yw > 0.0 {
            l += yw * (mu / n).ln();
        }
    }
    Ok(l.is_finite().then_some(l))
}

/// Profile-likelihood interval for N under a fitted model (Cormack 1992;
/// as Rcapture's `closedpCI.t`): {N : 2[ℓ(N̂) − ℓ(N)] ≤ χ²₁(level)}, ℓ the
/// multinomial profile log-likelihood, found by golden-section search for
/// the maximum and bisection for the limits (relative precision 1e-9).
///
/// # Errors
/// [`MseError::NonFinite`] when the profile cannot be evaluated, or the
/// upper limit exceeds 10¹² (the likelihood is too flat to bound N).
pub fn profile_interval(
    table: &CaptureTable,
    fit: &LoglinFit,
    level: f64,
) -> Result<Interval, MseError> {
    profile_interval_within(table, fit, level, &Budget::unlimited())
}

/// [`profile_interval`] within a [`Budget`] (checked at every evaluation of
/// the profile likelihood).
///
/// # Errors
/// As [`profile_interval`], and [`MseError::TimeLimit`] or
/// [`MseError::Cancelled`] when the budget runs out.
pub fn profile_interval_within(
    table: &CaptureTable,
    fit: &LoglinFit,
    level: f64,
    budget: &Budget,
) -> Result<Interval, MseError> {
    let name = || crate::fit::model_name(table, &fit.term_masks);
    let mut s = Structure::new(table, &fit.term_masks);
    s.active[0] = true;
    let crit = qnorm(0.5 + level / 2.0).powi(2);
    // a stop (time limit, cancellation) is remembered and reported as such
    let stop = std::cell::RefCell::new(None);
    let ll = |u: f64| match profile_loglik(table, &s, u.exp_m1(), budget) {
        Ok(v) => v,
        Err(e) => {
            *stop.borrow_mut() = Some(e);
            None
        }
    };
    let err = || {
        stop.borrow()
            .clone()
            .unwrap_or_else(|| MseError::NonFinite(name(), "profile likelihood"))
    };
    // maximise over u = ln(1 + f0) by golden section
    let (mut a, mut b) = (0.0, (1.0 + 100.0 * (fit.unobserved + 1.0)).ln());
    let g = (5f64.sqrt() - 1.0) / 2.0;
    let mut c = b - g * (b - a);
    let mut d = a + g * (b - a);
    let mut fc = ll(c).ok_or_else(err)?;
    let mut fd = ll(d).ok_or_else(err)?;
    while b - a > 1e-10 * b.max(1.0) {
        if fc > fd {
            b = d;
            d = c;
            fd = fc;
            c = b - g * (b - a);
            fc = ll(c).ok_or_else(err)?;
        } else {
            a = c;
            c = d;
            fc = fd;
            d = a + g * (b - a);
            fd = ll(d).ok_or_else(err)?;
        }
    }
    let umax = (a + b) / 2.0;
    let lmax = ll(umax).ok_or_else(err)?.max(fc).max(fd);
    let drop = |u: f64| ll(u).map(|l| 2.0 * (lmax - l) - crit);
    let bisect = |mut lo: f64, mut hi: f64| -> Result<f64, MseError> {
        // drop(lo) < 0 ≤ drop(hi) or the reverse; find the crossing
        let slo = drop(lo).ok_or_else(err)? < 0.0;
        for _ in 0..200 {
            let mid = 0.5 * (lo + hi);
            if (hi - lo).abs() <= 1e-12 * mid.abs().max(1e-12) {
                break;
            }
            if (drop(mid).ok_or_else(err)? < 0.0) == slo {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        Ok(0.5 * (lo + hi))
    };
    let lower_u = if drop(0.0).ok_or_else(err)? <= 0.0 {
        0.0
    } else {
        bisect(umax, 0.0)?
    };
    let mut hi = umax.max(1.0);
    let mut found = false;
    for _ in 0..80 {
        hi += 1.0;
        if hi > (1e12f64).ln() {
            break;
        }
        if drop(hi).ok_or_else(err)? > 0.0 {
            found = true;
            break;
        }
    }
    if !found {
        return Err(MseError::NonFinite(
            name(),
            "profile upper limit (unbounded)",
        ));
    }
    let upper_u = bisect(umax, hi)?;
    let n = table.observed() as f64;
    Ok(Interval {
        method: "profile".into(),
        level,
        lower: n + lower_u.exp_m1(),
        upper: n + upper_u.exp_m1(),
    })
}

/// R's `quantile(x, p, type = 8)` (Hyndman & Fan 1996, Am. Stat. 50:361,
/// definition 8: m = (p + 1)/3) on sorted `x`, including R's clamping to
/// the extreme order statistics when p·n lies outside [2/3, n − 1/3]
/// (the second value is true when clamped).
pub fn quantile_type8(sorted: &[f64], p: f64) -> (f64, bool) {
    let n = sorted.len();
    if n == 0 {
        return (f64::NAN, true);
    }
    let fuzz = 4.0 * f64::EPSILON;
    let a = 1.0 / 3.0;
    let nppm = a + p * (n as f64 + 1.0 - 2.0 * a);
    let j = (nppm + fuzz).floor();
    let mut h = nppm - j;
    if h.abs() < fuzz {
        h = 0.0;
    }
    let j = j as i64;
    // padded x: x1, x1, x1..xn, xn, xn (1-based); qs = x[j+2], x[j+3]
    let at = |i: i64| -> f64 {
        // 1-based index into padded vector
        let idx = (i - 2).clamp(1, n as i64) as usize; // padded[i] = x[i-2] clamped
        sorted[idx - 1]
    };
    let lo = at(j + 2);
    let hi = at(j + 3);
    let clamped = j < 1 || j >= n as i64;
    let q = if h == 0.0 {
        lo
    } else if h == 1.0 {
        hi
    } else if lo != hi {
        (1.0 - h) * lo + h * hi
    } else {
        lo
    };
    (q, clamped)
}

/// BCa limits computed from bootstrap replicates (see [`bca_limits`]).
#[derive(Debug, Clone, PartialEq)]
pub struct BcaLimits {
    /// z₀ = Φ⁻¹(#{N̂* < N̂}/B).
    pub z0: f64,
    /// (q, limit) for each requested quantile.
    pub quantiles: Vec<(f64, f64)>,
    /// Clamping and infinite-bias warnings.
    pub warnings: Vec<crate::Warning>,
}

/// BCa limits from replicates, the point estimate and the acceleration, as
/// SparseMSE's `bcaconfvalues` (DiCiccio & Efron 1996, Stat. Sci. 11:189,
/// eq. 2.3): z₀ = Φ⁻¹(mean(N̂* < N̂)); for each q, z = z₀ + Φ⁻¹(q),
/// level Φ(z₀ + z/(1 − â z)), then R's `quantile(…, type = 8)` of the
/// replicates, clamped at the extreme replicate (with a warning). When every
/// replicate lies on one side of N̂ (z₀ = ±∞) the levels are 0 or 1 and the
/// limits the extreme replicates, with a warning.
pub fn bca_limits(replicates: &[f64], estimate: f64, ahat: f64, quantiles: &[f64]) -> BcaLimits {
    let mut warnings = Vec::new();
    let below = replicates.iter().filter(|&&r| r < estimate).count() as f64;
    let z0 = qnorm(below / replicates.len().max(1) as f64);
    let mut sorted = replicates.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mut out = Vec::new();
    let mut clamped_any = Vec::new();
    for &q in quantiles {
        let za = qnorm(q);
        let za0 = za + z0;
        let zq = if z0.is_finite() {
            pnorm(z0 + za0 / (1.0 - ahat * za0))
        } else if z0 < 0.0 {
            0.0
        } else {
            1.0
        };
        let zq = if zq.is_nan() { q } else { zq };
        let (v, clamped) = quantile_type8(&sorted, zq);
        if clamped {
            clamped_any.push(q);
        }
        out.push((q, v));
    }
    if !clamped_any.is_empty() {
        warnings.push(crate::Warning::BcaClamped {
            quantiles: clamped_any,
        });
    }
    if !z0.is_finite() {
        warnings.push(crate::Warning::BcaInfiniteBias);
    }
    BcaLimits {
        z0,
        quantiles: out,
        warnings,
    }
}

/// Result of the BCa bootstrap.
#[derive(Debug, Clone, Serialize)]
pub struct Bootstrap {
    /// Point estimate on the data.
    pub estimate: f64,
    /// Bootstrap replicates of N̂, in replicate order (failed and
    /// non-existent ones omitted).
    pub replicates: Vec<f64>,
    /// Replicates whose model selection failed (dropped).
    pub failed: usize,
    /// Replicates in which the selected model has no finite maximum
    /// likelihood estimate (an overlap the model needs is empty in the
    /// resample: Fienberg–Rinaldo existence check), so N̂* is not a number
    /// of people; dropped, never counted as a (huge) estimate.
    pub no_mle: usize,
    /// Bias correction z₀ = Φ⁻¹(#{N̂* < N̂}/B).
    pub z0: f64,
    /// Jackknife acceleration â.
    pub ahat: f64,
    /// BCa limits at the requested quantiles: (q, limit). Upper quantiles q
    /// with 1 − q below the share of replicates without a finite estimate
    /// are left out: those limits are unbounded.
    pub quantiles: Vec<(f64, f64)>,
    /// Seed used.
    pub seed: u64,
    /// Warnings (clamping at the extreme replicate, failed or dropped replicates).
    pub warnings: Vec<crate::Warning>,
}

impl Bootstrap {
    /// The BCa interval at coverage `level`, if both its quantiles were
    /// computed (not when too many replicates have no finite estimate for
    /// the upper limit to be bounded; see [`Bootstrap::unbounded_at`]).
    pub fn interval(&self, level: f64) -> Option<Interval> {
        let a = (1.0 - level) / 2.0;
        let find = |q: f64| {
            self.quantiles
                .iter()
                .find(|(x, _)| (x - q).abs() < 1e-12)
                .map(|(_, v)| *v)
        };
        Some(Interval {
            method: "bca".into(),
            level,
            lower: find(a)?,
            upper: find(1.0 - a)?,
        })
    }

    /// Whether the upper limit at quantile `q` is unbounded: more than a
    /// share 1 − q of the replicates have no finite estimate.
    pub fn unbounded_at(&self, q: f64) -> bool {
        let total = self.replicates.len() + self.no_mle;
        total == 0 || self.no_mle as f64 > (1.0 - q) * total as f64
    }
}

/// One bootstrap or jackknife estimate.
enum Rep {
    /// The estimate, and whether the selection had to leave out a model
    /// whose fit failed after passing the check.
    Ok(f64, bool),
    Failed,
    NoMle,
}

/// N̂ on a resampled table, with the existence check of the selected model
/// (the stepwise rule fits the main-effects model unchecked, as the
/// reference does; on a resample with an empty overlap its "estimate" is a
/// meaningless 1e15, and the coefficients diverge so that the fit does not
/// converge). Every hierarchical model contains the main effects, and a
/// larger model's MLE exists only if its submodels' do (its sufficient
/// statistics include theirs), so a resample whose main-effects MLE does
/// not exist has no finite estimate under any model.
fn replicate(t: &CaptureTable, sel: &Selection, budget: &Budget) -> Rep {
    if !check_model(t, &[]).mle_exists {
        return Rep::NoMle;
    }
    match select_within(t, sel, false, budget) {
        Ok(s) if !check_model(t, &s.fit.term_masks).mle_exists => Rep::NoMle,
        Ok(s) if s.fit.estimate.is_finite() => Rep::Ok(s.fit.estimate, !s.unfitted.is_empty()),
        _ => Rep::Failed,
    }
}

/// BCa bootstrap of N̂ with model selection redone in every replicate
/// (SparseMSE `estimatepopulation` and `bcaconfvalues`; Chan, Silverman &
/// Vincent 2021, §3.3; DiCiccio & Efron 1996, Stat. Sci. 11:189, eqs.
/// 2.3–2.4 and 6.6).
///
/// * Replicates: the n_obs observed individuals resampled with replacement
///   (a multinomial draw over the observed cells), then `sel` is run; B =
///   `nboot` replicates in parallel, replicate b drawing from stream b of
///   `seed`, so results are reproducible whatever the thread count.
///   A replicate whose selected model has no finite MLE (existence check)
///   is dropped and counted in [`Bootstrap::no_mle`], with a warning; the
///   upper limits it would make unbounded are not reported.
/// * Acceleration: jackknife deleting one individual from each observed
///   cell, residuals weighted by the cell counts:
///   â = Σ n_ω r_ω³ / (6 (Σ n_ω r_ω²)^{3/2}), r_ω = (Σ n_ω N̂₍ω₎)/n_obs − N̂₍ω₎.
/// * Limits: z₀ = Φ⁻¹(mean(N̂* < N̂)), for each q: z_q = Φ⁻¹(q),
///   level Φ(z₀ + (z₀ + z_q)/(1 − â(z₀ + z_q))), then R's quantile type 8
///   of the replicates, clamped at the extreme replicate (with a warning).
///
/// # Errors
/// The selection's error on the data themselves; [`MseError::BadArgument`]
/// for `nboot` < 10 or quantiles outside (0, 1);
/// [`MseError::NonFinite`] if fewer than half the replicates succeed.
pub fn bca_bootstrap(
    table: &CaptureTable,
    sel: &Selection,
    nboot: usize,
    seed: u64,
    quantiles: &[f64],
) -> Result<Bootstrap, MseError> {
    bca_bootstrap_within(table, sel, nboot, seed, quantiles, &Budget::unlimited())
}

/// [`bca_bootstrap`] within a [`Budget`] (checked per replicate, per model
/// and per IRLS iteration).
///
/// # Errors
/// As [`bca_bootstrap`], and [`MseError::TimeLimit`] or
/// [`MseError::Cancelled`] when the budget runs out.
pub fn bca_bootstrap_within(
    table: &CaptureTable,
    sel: &Selection,
    nboot: usize,
    seed: u64,
    quantiles: &[f64],
    budget: &Budget,
) -> Result<Bootstrap, MseError> {
    if nboot < 10 {
        return Err(MseError::BadArgument(format!(
            "{nboot} bootstrap replicates: at least 10 are needed"
        )));
    }
    if quantiles.iter().any(|q| !(*q > 0.0 && *q < 1.0)) {
        return Err(MseError::BadArgument(
            "bootstrap quantiles must lie strictly between 0 and 1".into(),
        ));
    }
    let estimate = select_within(table, sel, false, budget)?.fit.estimate;
    let counts = table.counts().to_vec();
    let nobs = table.observed();
    let names = table.names().to_vec();
    let reps: Vec<Rep> = (0..nboot as u64)
        .into_par_iter()
        .map(|b| {
            if budget.check().is_err() {
                return Rep::Failed;
            }
            let mut rng = Rng::new(seed, b);
            let c = multinomial(&mut rng, &counts, nobs);
            let t = CaptureTable::from_counts_unchecked(names.clone(), c);
            replicate(&t, sel, budget)
        })
        .collect();
    budget.check()?;
    let replicates: Vec<f64> = reps
        .iter()
        .filter_map(|r| match r {
            Rep::Ok(v, _) => Some(*v),
            _ => None,
        })
        .collect();
    let with_unfitted = reps
        .iter()
        .filter(|r| matches!(r, Rep::Ok(_, true)))
        .count();
    let no_mle = reps.iter().filter(|r| matches!(r, Rep::NoMle)).count();
    let failed = nboot - replicates.len() - no_mle;
    let mut warnings = Vec::new();
    if failed * 2 > nboot {
        return Err(MseError::NonFinite(
            format!("{failed} of {nboot} bootstrap replicates"),
            "model selection failed in most replicates",
        ));
    }
    if failed > 0 {
        warnings.push(crate::Warning::ReplicatesFailed {
            failed,
            replicates: nboot,
        });
    }
    if with_unfitted > 0 {
        warnings.push(crate::Warning::ReplicatesUnfitted {
            count: with_unfitted,
            replicates: nboot,
        });
    }
    if no_mle > 0 {
        warnings.push(crate::Warning::ReplicatesNoMle {
            no_mle,
            replicates: nboot,
        });
    }
    // jackknife
    let cells: Vec<usize> = (0..counts.len()).filter(|&w| counts[w] > 0).collect();
    let jack: Vec<Option<f64>> = cells
        .par_iter()
        .map(|&w| {
            let mut c = counts.clone();
            c[w] -= 1;
            let t = CaptureTable::from_counts_unchecked(names.clone(), c);
            match replicate(&t, sel, budget) {
                Rep::Ok(v, _) => Some(v),
                _ => None,
            }
        })
        .collect();
    budget.check()?;
    let mut wsum = 0.0;
    let mut jmean = 0.0;
    for (i, &w) in cells.iter().enumerate() {
        if let Some(j) = jack[i] {
            wsum += counts[w] as f64;
            jmean += counts[w] as f64 * j;
        } else {
            warnings.push(crate::Warning::JackknifeCell { cell: w });
        }
    }
    jmean /= wsum.max(1.0);
    let (mut s2, mut s3) = (0.0, 0.0);
    for (i, &w) in cells.iter().enumerate() {
        if let Some(j) = jack[i] {
            let r = jmean - j;
            s2 += counts[w] as f64 * r * r;
            s3 += counts[w] as f64 * r * r * r;
        }
    }
    let ahat = if s2 > 0.0 {
        s3 / (6.0 * s2.powf(1.5))
    } else {
        0.0
    };
    let mut out = Bootstrap {
        estimate,
        replicates,
        failed,
        no_mle,
        z0: f64::NAN,
        ahat,
        quantiles: Vec::new(),
        seed,
        warnings,
    };
    if out.replicates.len() < 2 {
        out.warnings.push(crate::Warning::TooFewFinite);
        return Ok(out);
    }
    let bounded: Vec<f64> = quantiles
        .iter()
        .copied()
        .filter(|&q| !out.unbounded_at(q))
        .collect();
    let lim = bca_limits(&out.replicates, estimate, ahat, &bounded);
    out.warnings.extend(lim.warnings);
    out.z0 = lim.z0;
    out.quantiles = lim.quantiles;
    Ok(out)
}

/// Simulates a closed population of `n` people caught independently by
/// lists with capture probabilities `probs` (the main-effects log-linear
/// model; Chan, Silverman & Vincent 2021, §3.4): returns the 2^k cell counts
/// (cell 0 holds the unobserved). Deterministic in (`seed`, `stream`).
pub fn simulate_independent(n: u64, probs: &[f64], seed: u64, stream: u64) -> Vec<u64> {
    let mut rng = Rng::new(seed, stream);
    let mut counts = vec![0u64; 1 << probs.len()];
    for _ in 0..n {
        let mut m = 0usize;
        for (i, &p) in probs.iter().enumerate() {
            if rng.uniform() < p {
                m |= 1 << i;
            }
        }
        counts[m] += 1;
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantile8_matches_r() {
        // R: quantile(1:10, c(0.01, 0.25, 0.5, 0.99), type = 8)
        //   (R 4.2.2) 1.0 2.9166666666666665 5.4999999999999991 10.0
        let x: Vec<f64> = (1..=10).map(f64::from).collect();
        let (q, c) = quantile_type8(&x, 0.01);
        assert_eq!((q, c), (1.0, true));
        assert!((quantile_type8(&x, 0.25).0 - 2.916_666_666_666_666_5).abs() < 1e-12);
        assert!((quantile_type8(&x, 0.5).0 - 5.5).abs() < 1e-12);
        assert_eq!(quantile_type8(&x, 0.99), (10.0, true));
    }
}
