//! Golden values from the reference implementation, SparseMSE 2.0.1 in R
//! 4.2.2 (see tests/data/README.md), and from Rcapture 1.4-4.

#![allow(clippy::unwrap_used)]

use palermo_mse::{
    check_model, fit_model, parse_table, select, wald_interval, CaptureTable, Selection,
};

fn data(name: &str) -> &'static str {
    match name {
        "UKdat.csv" => include_str!("data/UKdat.csv"),
        "NewOrl.csv" => include_str!("data/NewOrl.csv"),
        "NewOrl_5.csv" => include_str!("data/NewOrl_5.csv"),
        "NewOrl_SparseMSE2019.csv" => include_str!("data/NewOrl_SparseMSE2019.csv"),
        "NewOrl_5_SparseMSE2019.csv" => include_str!("data/NewOrl_5_SparseMSE2019.csv"),
        "Western.csv" => include_str!("data/Western.csv"),
        "Korea.csv" => include_str!("data/Korea.csv"),
        "Artificial_3.csv" => include_str!("data/Artificial_3.csv"),
        _ => panic!("unknown dataset {name}"),
    }
}

fn table(name: &str) -> CaptureTable {
    parse_table(data(name)).unwrap()
}

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs().max(1e-300)
}

struct Ref {
    dataset: String,
    stepwise: bool,
    lo: f64,
    est: f64,
    hi: f64,
    terms: Vec<String>,
    aic: Option<f64>,
    deviance: Option<f64>,
    df: Option<usize>,
}

/// Estimates and Wald limits of the maximum likelihood fits solved to 50
/// digits (tests/data/py/converged.py, mpmath), keyed by dataset and sorted terms. The
/// reference's glm stops on the relative deviance change (1e-8), which on
/// these sparse fits leaves its Wald limits up to 3e-5 (relative)
/// from the maximum likelihood fit's; this crate iterates to convergence
/// of the coefficients, so there its limits are tested against the
/// converged fit (1e-9) and against SparseMSE only to that stopping error.
fn converged(dataset: &str, terms: &[String]) -> Option<(f64, f64, f64)> {
    let mut terms = terms.to_vec();
    terms.sort();
    include_str!("data/mle_converged.csv")
        .lines()
        .skip(1)
        .find_map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            let mut t: Vec<String> = f[1]
                .split(' ')
                .filter(|t| !t.is_empty())
                .map(String::from)
                .collect();
            t.sort();
            (f[0] == dataset && t == terms).then(|| {
                (
                    f[2].parse().unwrap(),
                    f[3].parse().unwrap(),
                    f[4].parse().unwrap(),
                )
            })
        })
}

/// glm's stopping error on the Wald limits of the sparse fits (see [`converged`]).
const GLM_STOPPING_ERROR: f64 = 5e-5;

fn references() -> Vec<Ref> {
    include_str!("data/sparsemse_reference.csv")
        .lines()
        .skip(1)
        .map(|l| {
            let f: Vec<&str> = l.split(',').collect();
            Ref {
                dataset: f[0].into(),
                stepwise: f[1].starts_with("stepwise"),
                lo: f[2].parse().unwrap(),
                est: f[3].parse().unwrap(),
                hi: f[4].parse().unwrap(),
                terms: if f[5].starts_with('(') {
                    vec![]
                } else {
                    f[5].split(' ').map(String::from).collect()
                },
                aic: f[8].parse().ok(),
                deviance: f[9].parse().ok(),
                df: f[10].parse().ok(),
            }
        })
        .collect()
}

#[test]
fn sparsemse_point_estimates_wald_limits_terms_aic() {
    let refs = references();
    assert_eq!(refs.len(), 16);
    for r in refs {
        let t = table(&r.dataset);
        let sel = if r.stepwise {
            Selection::Stepwise { threshold: 0.02 }
        } else {
            Selection::Main
        };
        let s = select(&t, &sel, true).unwrap();
        let f = &s.fit;
        let mut got = f.terms.clone();
        let mut want = r.terms.clone();
        got.sort();
        want.sort();
        assert_eq!(got, want, "{} terms", r.dataset);
        if r.stepwise {
            // the same order of entry as the reference prints
            assert_eq!(f.terms, r.terms, "{} order", r.dataset);
        }
        let w = wald_interval(f, 0.95);
        eprintln!(
            "{} {}: est {} (ref {}) lo {} ({}) hi {} ({}) aic {} dev {} df {}",
            r.dataset,
            r.stepwise,
            f.estimate,
            r.est,
            w.lower,
            r.lo,
            w.upper,
            r.hi,
            f.aic,
            f.deviance,
            f.df
        );
        assert!(rel(f.estimate, r.est) < 1e-6, "{} estimate", r.dataset);
        let (c_est, c_lo, c_hi) = converged(&r.dataset, &f.terms).unwrap();
        assert!(
            rel(f.estimate, c_est) < 1e-9,
            "{} estimate (converged)",
            r.dataset
        );
        assert!(rel(w.lower, c_lo) < 1e-9, "{} lower (converged)", r.dataset);
        assert!(rel(w.upper, c_hi) < 1e-9, "{} upper (converged)", r.dataset);
        assert!(
            rel(w.lower, r.lo) < GLM_STOPPING_ERROR,
            "{} lower",
            r.dataset
        );
        assert!(
            rel(w.upper, r.hi) < GLM_STOPPING_ERROR,
            "{} upper",
            r.dataset
        );
        if let Some(a) = r.aic {
            assert!(rel(f.aic, a) < 1e-6, "{} aic {} vs {}", r.dataset, f.aic, a);
        }
        if let Some(d) = r.deviance {
            assert!(rel(f.deviance, d) < 1e-6, "{} deviance", r.dataset);
        }
        if let Some(df) = r.df {
            assert_eq!(f.df, df, "{} df", r.dataset);
        }
        assert!(f.empty_overlaps.is_empty());
    }
}

#[test]
fn checkident_codes_on_artificial_3() {
    let t = table("Artificial_3.csv");
    let ab = t.parse_term("A:B").unwrap();
    let ac = t.parse_term("A:C").unwrap();
    let bc = t.parse_term("B:C").unwrap();
    assert_eq!(check_model(&t, &[ab, ac, bc]).code(), 2);
    assert_eq!(check_model(&t, &[ab]).code(), 1);
    assert_eq!(check_model(&t, &[ac, bc]).code(), 0);
    assert!(matches!(
        fit_model(&t, &[ab], true),
        Err(palermo_mse::MseError::MleDoesNotExist(_))
    ));
    assert!(matches!(
        fit_model(&t, &[ab, ac, bc], true),
        Err(palermo_mse::MseError::NotIdentifiable(_, _))
    ));
    let f = fit_model(&t, &[ac, bc], true).unwrap();
    assert_eq!(f.empty_overlaps.len(), 2);
    assert!(f.estimate.is_finite());
}

/// Published BIC selections (Silverman, Chan & Vincent 2024, Stat. Comput.
/// 34:44, Table 6 and Table 3; tests/data/published_estimates.csv): UK
/// "maxorder 2: 12350"; Korea model [12,23] with 157.1667.
#[test]
fn bic_selection_matches_the_published_models() {
    let uk = table("UKdat.csv");
    let s = select(&uk, &Selection::Bic, true).unwrap();
    assert_eq!(s.fit.estimate.round(), 12350.0, "{}", s.fit.estimate);
    let korea = table("Korea.csv");
    let s = select(&korea, &Selection::Bic, true).unwrap();
    let mut terms = s.fit.terms.clone();
    terms.sort();
    assert_eq!(terms, ["b:c", "c:d"]);
    assert!(rel(s.fit.estimate, 157.1667) < 1e-6, "{}", s.fit.estimate);
    // all 2^3 Korea models were tried, the best first
    assert_eq!(s.models.len() + s.failed, 8);
    assert!(s.models[0].selected);
}

/// Empty overlaps fitted as −∞, their P(empty) and the AIC penalty, against
/// SparseMSE 2.0.1 `modelfit` (values printed by R 4.2.2 for this test:
/// `modelfit(Artificial_3, mX = cbind(c(1,3), c(2,3)))` and
/// `modelfit(Western, mX = cbind(c(1,5), c(2,3), c(2,5)))`).
#[test]
fn empty_overlaps_match_sparsemse_modelfit() {
    let t = table("Artificial_3.csv");
    let terms = [t.parse_term("A:C").unwrap(), t.parse_term("B:C").unwrap()];
    let f = fit_model(&t, &terms, true).unwrap();
    let p: Vec<(String, f64)> = f
        .empty_overlaps
        .iter()
        .map(|e| (e.term.clone(), e.p_empty.unwrap()))
        .collect();
    assert_eq!(p[0].0, "A:C");
    assert!(rel(p[0].1, 0.117319166091391) < 1e-6, "{p:?}");
    assert_eq!(p[1].0, "B:C");
    assert!(rel(p[1].1, 0.162320611181781) < 1e-6, "{p:?}");
    assert!(rel(f.aic, 31.2748836709618) < 1e-6, "{}", f.aic);
    assert!(rel(f.coefficients[0], 5.29831736654804) < 1e-6);

    let w = table("Western.csv");
    let terms: Vec<u32> = ["A:E", "B:C", "B:E"]
        .iter()
        .map(|s| w.parse_term(s).unwrap())
        .collect();
    let f = fit_model(&w, &terms, true).unwrap();
    assert_eq!(f.empty_overlaps.len(), 1);
    assert_eq!(f.empty_overlaps[0].term, "B:E");
    assert!(rel(f.empty_overlaps[0].p_empty.unwrap(), 0.360844658344767) < 1e-6);
    assert!(rel(f.aic, 92.5299963723919) < 1e-6, "{}", f.aic);
    assert!(rel(f.estimate, 2657.8812498381) < 1e-6, "{}", f.estimate);
}

/// Higher-order terms where identifiable; the saturated model is rejected.
#[test]
fn higher_order_terms() {
    let uk = table("UKdat.csv");
    let t3 = uk.parse_term("NG:PF:GO").unwrap();
    let pairs: Vec<u32> = ["NG:PF", "NG:GO", "PF:GO"]
        .iter()
        .map(|s| uk.parse_term(s).unwrap())
        .collect();
    let mut terms = pairs.clone();
    terms.push(t3);
    let f = fit_model(&uk, &terms, true).unwrap();
    assert!(f.estimate.is_finite() && f.df == 63 - 11);
    let k = table("Korea.csv");
    let all: Vec<u32> = ["b:c", "b:d", "c:d", "b:c:d"]
        .iter()
        .map(|s| k.parse_term(s).unwrap())
        .collect();
    assert!(matches!(
        fit_model(&k, &all, true),
        Err(palermo_mse::MseError::NotIdentifiable(..))
    ));
}

/// Other thresholds of the stepwise rule, against SparseMSE 2.0.1
/// (`estimatepopulation.0(Western, pthresh = 0.2)` and `pthresh = 1`, the
/// latter fitting every pair at once; values printed by R 4.2.2).
#[test]
fn stepwise_thresholds_0_2_and_1() {
    let w = table("Western.csv");
    for (th, lo, est, hi) in [
        (0.2, 1584.17183171, 2449.70087773, 3919.77927706),
        (1.0, 1181.96498216, 7874.34992870, 68079.14845003),
    ] {
        let s = select(&w, &Selection::Stepwise { threshold: th }, true).unwrap();
        let wi = wald_interval(&s.fit, 0.95);
        assert!(rel(s.fit.estimate, est) < 1e-6, "{th}: {}", s.fit.estimate);
        let (c_est, c_lo, c_hi) = converged("Western.csv", &s.fit.terms).unwrap();
        assert!(
            rel(s.fit.estimate, c_est) < 1e-9
                && rel(wi.lower, c_lo) < 1e-9
                && rel(wi.upper, c_hi) < 1e-9,
            "{th}: {wi:?} vs the converged fit"
        );
        assert!(
            rel(wi.lower, lo) < GLM_STOPPING_ERROR && rel(wi.upper, hi) < GLM_STOPPING_ERROR,
            "{th}: {wi:?}"
        );
    }
}
