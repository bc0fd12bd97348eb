//! Classic closed-population estimators for cross-checks: Lincoln–Petersen
//! and Chapman for two lists, and the log-linear forms of Otis et al.'s
//! models M0, Mt, Mh and Mth as Rcapture fits them (`closedp.t`).

use crate::error::MseError;
use crate::linalg::{chol_inverse, chol_solve, cholesky};
use crate::special::{ldpois, qnorm};
use crate::table::CaptureTable;
use serde::Serialize;

/// A two-list estimate.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct TwoList {
    /// Persons on list 1, n₁.
    pub n1: u64,
    /// Persons on list 2, n₂.
    pub n2: u64,
    /// Persons on both, m.
    pub m: u64,
    /// Lincoln–Petersen N̂ = n₁n₂/m (Petersen 1896; Lincoln 1930); `None` if m = 0.
    pub lincoln_petersen: Option<f64>,
    /// Chapman (1951) N̂ = (n₁+1)(n₂+1)/(m+1) − 1.
    pub chapman: f64,
    /// Seber (1970) variance of Chapman's estimator:
    /// (n₁+1)(n₂+1)(n₁−m)(n₂−m)/((m+1)²(m+2)).
    pub chapman_variance: f64,
    /// Chapman ± z·sd at 95% (normal approximation), lower limit floored at n_obs.
    pub chapman_interval: (f64, f64),
}

/// Lincoln–Petersen and Chapman estimates for lists `i` and `j` of
/// `table` (any other lists are ignored: a person counts as on list i when
/// on it, whatever else).
///
/// # Errors
/// [`MseError::BadArgument`] if i = j or an index is out of range.
pub fn two_list(table: &CaptureTable, i: usize, j: usize) -> Result<TwoList, MseError> {
    if i == j || i >= table.k() || j >= table.k() {
        return Err(MseError::BadArgument(format!(
            "lists {i} and {j}: need two distinct lists"
        )));
    }
    let n1 = table.superset_count(1 << i);
    let n2 = table.superset_count(1 << j);
    let m = table.superset_count((1 << i) | (1 << j));
    let (f1, f2, fm) = (n1 as f64, n2 as f64, m as f64);
    let chapman = (f1 + 1.0) * (f2 + 1.0) / (fm + 1.0) - 1.0;
    let var = (f1 + 1.0) * (f2 + 1.0) * (f1 - fm) * (f2 - fm) / ((fm + 1.0).powi(2) * (fm + 2.0));
    let z = qnorm(0.975);
    let nobs = (n1 + n2 - m) as f64;
    Ok(TwoList {
        n1,
        n2,
        m,
        lincoln_petersen: (m > 0).then(|| f1 * f2 / fm),
        chapman,
        chapman_variance: var,
        chapman_interval: (
            (chapman - z * var.sqrt()).max(nobs),
            chapman + z * var.sqrt(),
        ),
    })
}

/// One Rcapture model fit.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ClosedModel {
    /// Rcapture's name: "M0", "Mt", "Mh Chao (LB)", "Mh Poisson2", …
    pub model: String,
    /// N̂ = n + exp(β̂₀).
    pub abundance: f64,
    /// sqrt(exp(β̂₀) + exp(2β̂₀)·var(β̂₀)) (Rcapture `getN`).
    pub stderr: f64,
    /// Residual deviance.
    pub deviance: f64,
    /// Residual df (2^t − 1 − parameters).
    pub df: usize,
    /// AIC of the Poisson GLM.
    pub aic: f64,
    /// BIC = AIC + (log n − 2)·parameters.
    pub bic: f64,
}

/// Dense IRLS as R's `glm.fit` for a Poisson log-linear model; rows of `x`
/// are cells, `p` columns (the first is the intercept).
/// (coefficients, covariance, fitted means, deviance).
type DenseFit = (Vec<f64>, Vec<f64>, Vec<f64>, f64);

fn irls_dense(x: &[f64], y: &[f64], p: usize) -> Option<DenseFit> {
    let n = y.len();
    let mut mu: Vec<f64> = y.iter().map(|v| v + 0.1).collect();
    let mut eta: Vec<f64> = mu.iter().map(|m| m.ln()).collect();
    let dev_of = |mu: &[f64]| -> f64 {
        2.0 * (0..n)
            .map(|i| {
                if y[i] > 0.0 {
                    y[i] * (y[i] / mu[i]).ln() - (y[i] - mu[i])
                } else {
                    mu[i]
                }
            })
            .sum::<f64>()
    };
    let mut devold = dev_of(&mu);
    for _ in 0..100 {
        let mut g = vec![0.0; p * p];
        let mut b = vec![0.0; p];
        for i in 0..n {
            let row = &x[i * p..(i + 1) * p];
            let wz = mu[i] * eta[i] + (y[i] - mu[i]);
            for a in 0..p {
                b[a] += row[a] * wz;
                for c in 0..p {
                    g[a * p + c] += mu[i] * row[a] * row[c];
                }
            }
        }
        let l = cholesky(&g, p)?;
        chol_solve(&l, p, &mut b);
        for i in 0..n {
            eta[i] = (0..p).map(|a| x[i * p + a] * b[a]).sum();
            mu[i] = eta[i].exp();
        }
        let dev = dev_of(&mu);
        if !dev.is_finite() {
            return None;
        }
        if (dev - devold).abs() / (dev.abs() + 0.1) < 1e-8 {
            return Some((b, chol_inverse(&l, p), mu, dev));
        }
        devold = dev;
    }
    None
}

/// The models of Rcapture's `closedp.t` (Rivest & Baillargeon 2007;
/// Baillargeon & Rivest 2007, J. Stat. Softw. 19(5), Table 1): log-linear
/// Poisson models on the 2^t − 1 observable histories with columns
/// * M0: number of captures c(ω);
/// * Mt: the t list indicators;
/// * Mh/Mth with heterogeneity column h(c): Poisson2 2^c − 1, Darroch c²/2,
///   Gamma3.5 −log(3.5 + c) + log 3.5, or Chao's lower bound, t − 2 columns
///   max(c − j + 1, 0) for j = 3..t, whose negative coefficients are
///   removed one at a time and the model refitted (Rcapture `Chao.neg`).
///
/// Mb and Mbh (behavioural models, which depend on list order) are not
/// computed. Models that fail to converge are omitted.
///
/// # Errors
/// [`MseError::Unsupported`] for more than 10 lists (dense fits).
pub fn closedp(table: &CaptureTable) -> Result<Vec<ClosedModel>, MseError> {
    let t = table.k();
    if t > 10 {
        return Err(MseError::Unsupported(
            "the Rcapture models are computed for at most 10 lists".into(),
        ));
    }
    let cells: Vec<usize> = (1..1usize << t).collect();
    let y: Vec<f64> = cells.iter().map(|&w| table.counts()[w] as f64).collect();
    let nbcap: Vec<f64> = cells.iter().map(|&w| f64::from(w.count_ones())).collect();
    let n = table.observed() as f64;
    let mut out = Vec::new();
    type H = Option<(&'static str, fn(f64) -> f64)>;
    let hets: [(&str, H); 5] = [
        ("", None),
        ("Chao (LB)", None),
        ("Poisson2", Some(("Poisson2", |c| 2f64.powf(c) - 1.0))),
        ("Darroch", Some(("Darroch", |c| c * c / 2.0))),
        (
            "Gamma3.5",
            Some(("Gamma3.5", |c| -(3.5 + c).ln() + 3.5f64.ln())),
        ),
    ];
    for timevar in [false, true] {
        for (hname, h) in &hets {
            if t < 3 && !hname.is_empty() {
                continue;
            }
            let model = match (timevar, hname.is_empty()) {
                (false, true) => "M0".to_string(),
                (true, true) => "Mt".to_string(),
                (false, false) => format!("Mh {hname}"),
                (true, false) => format!("Mth {hname}"),
            };
            // columns
            let mut cols: Vec<Vec<f64>> = vec![vec![1.0; cells.len()]];
            if timevar {
                for i in 0..t {
                    cols.push(
                        cells
                            .iter()
                            .map(|&w| f64::from(u8::from(w & (1 << i) != 0)))
                            .collect(),
                    );
                }
            } else {
                cols.push(nbcap.clone());
            }
            let nca = cols.len();
            if *hname == "Chao (LB)" {
                for j in 3..=t {
                    cols.push(
                        nbcap
                            .iter()
                            .map(|&c| (c - j as f64 + 1.0).max(0.0))
                            .collect(),
                    );
                }
            } else if let Some((_, f)) = h {
                cols.push(nbcap.iter().map(|&c| f(c)).collect());
            }
            let mut fitted = None;
            loop {
                let p = cols.len();
                let x: Vec<f64> = (0..cells.len())
                    .flat_map(|i| cols.iter().map(move |c| c[i]))
                    .collect();
                let Some(r) = irls_dense(&x, &y, p) else {
                    break;
                };
                let neg = if *hname == "Chao (LB)" {
                    (nca..p).find(|&a| r.0[a] < 0.0)
                } else {
                    None
                };
                fitted = Some((r, p));
                match neg {
                    Some(pos) => {
                        cols.remove(pos);
                    }
                    None => break,
                }
            }
            let Some(((beta, cov, mu, dev), p)) = fitted else {
                continue;
            };
            let f0 = beta[0].exp();
            let loglik: f64 = y.iter().zip(&mu).map(|(a, b)| ldpois(*a, *b)).sum();
            let aic = -2.0 * loglik + 2.0 * p as f64;
            out.push(ClosedModel {
                model,
                abundance: n + f0,
                stderr: (f0 + f0 * f0 * cov[0]).sqrt(),
                deviance: dev,
                df: cells.len() - p,
                aic,
                bic: aic + (n.ln() - 2.0) * p as f64,
            });
        }
    }
    Ok(out)
}
