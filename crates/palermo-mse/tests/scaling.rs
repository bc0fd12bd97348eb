//! Exact scaling: multiplying every count by c multiplies the maximum
//! likelihood fit's means by c (the Poisson log-linear likelihood's score
//! equations Xᵀ(y − μ) = 0 are linear in (y, μ)), so θ̂₀ shifts by ln c and
//! N̂ = n_obs + exp(θ̂₀) scales by c exactly, whatever the scale of the
//! counts. The information XᵀWX scales by c, so se(θ̂₀) scales by 1/√c.

#![allow(clippy::unwrap_used)]

use palermo_mse::{estimate, fit_model, wald_interval, CaptureTable, Options, Selection};

fn names() -> Vec<String> {
    ["A", "B", "C"].iter().map(|s| (*s).to_string()).collect()
}

/// A three-list table (cells 100, 010, 001, 110, 101, 011, 111), every
/// count multiplied by `c`.
fn table(c: u64) -> CaptureTable {
    let base = [
        (1u32, 1200u64),
        (2, 900),
        (4, 700),
        (3, 300),
        (5, 150),
        (6, 120),
        (7, 40),
    ];
    CaptureTable::new(names(), base.iter().map(|&(m, n)| (m, n * c))).unwrap()
}

fn rel(a: f64, b: f64) -> f64 {
    (a - b).abs() / b.abs()
}

#[test]
fn the_saturated_model_gives_the_closed_form_at_every_scale() {
    // With all three pairwise interactions the model fits the seven
    // observed cells exactly and the unobserved cell is
    // n₁₀₀·n₀₁₀·n₀₀₁·n₁₁₁ / (n₁₁₀·n₁₀₁·n₀₁₁) (no three-list interaction;
    // Bishop, Fienberg & Holland 1975, §6.4; Fienberg 1972).
    for k in 0..=9 {
        let c = 10u64.pow(k);
        let t = table(c);
        let pairs = vec![0b011, 0b101, 0b110];
        let f = fit_model(&t, &pairs, true).unwrap_or_else(|e| panic!("×10^{k}: {e}"));
        let cf = c as f64;
        let want = (1200.0 * 900.0 * 700.0 * 40.0) / (300.0 * 150.0 * 120.0) * cf;
        assert!(
            rel(f.unobserved, want) < 1e-9,
            "×10^{k}: {} vs {want}",
            f.unobserved
        );
    }
}

/// The selection methods fit every model at every scale: none is left out
/// because its fit failed (the table: the saturated model was
/// dropped from AIC and BIC at counts in the hundreds of millions).
#[test]
fn no_model_is_left_out_at_any_scale() {
    for k in 0..=9 {
        let t = table(10u64.pow(k));
        for sel in [Selection::Bic, Selection::Aic] {
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
                a.models.iter().all(|m| m.failure.is_none()),
                "×10^{k} {sel:?}: {:?}",
                a.warnings
            );
            assert!(
                !a.warnings
                    .iter()
                    .any(|w| w.to_string().contains("could not be fitted")),
                "×10^{k} {sel:?}: {:?}",
                a.warnings
            );
            if sel == Selection::Bic {
                assert_eq!(a.models_tried, 8, "×10^{k}");
            }
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig { cases: 48, .. Default::default() })]

    /// Over random three-list tables and every scaling factor 10^0 … 10^9:
    /// N̂(c) = c·N̂(1), se(c)·√c = se(1), the Wald limits are
    /// c·n_obs + c·exp(θ̂₀ ± z·se(1)/√c) with θ̂₀ of the unscaled fit, and
    /// the deviance scales by c, all to 1e-9 relative, for the main-effects
    /// model, each one-pair model and the saturated model.
    #[test]
    fn estimates_and_limits_scale_exactly(
        counts in proptest::collection::vec(1u64..300, 7),
    ) {
        let rows: Vec<(u32, u64)> = counts.iter().enumerate().map(|(i, &c)| (i as u32 + 1, c)).collect();
        let t1 = CaptureTable::new(names(), rows.clone()).unwrap();
        let models: [&[u32]; 5] = [&[], &[0b011], &[0b101], &[0b110], &[0b011, 0b101, 0b110]];
        for terms in models {
            let f1 = fit_model(&t1, terms, true).unwrap();
            let w1 = wald_interval(&f1, 0.95);
            proptest::prop_assert!(w1.lower <= f1.estimate && f1.estimate <= w1.upper);
            for k in 0..=9 {
                let c = 10u64.pow(k);
                let cf = c as f64;
                let t = CaptureTable::new(names(), rows.iter().map(|&(m, n)| (m, n * c))).unwrap();
                let f = fit_model(&t, terms, true)
                    .map_err(|e| proptest::test_runner::TestCaseError::fail(format!("×10^{k} {terms:?}: {e}")))?;
                proptest::prop_assert!(rel(f.estimate, cf * f1.estimate) < 1e-9,
                    "×10^{} {:?}: N̂ {} vs {}", k, terms, f.estimate, cf * f1.estimate);
                proptest::prop_assert!(rel(f.se_log_unobserved * cf.sqrt(), f1.se_log_unobserved) < 1e-9,
                    "×10^{} {:?}: se", k, terms);
                let z = 1.959963984540054;
                let n = cf * f1.observed as f64;
                let u = cf * f1.unobserved;
                let se = f1.se_log_unobserved / cf.sqrt();
                let w = wald_interval(&f, 0.95);
                proptest::prop_assert!(rel(w.lower, n + u * (-z * se).exp()) < 1e-9, "×10^{} {:?}: lower", k, terms);
                proptest::prop_assert!(rel(w.upper, n + u * (z * se).exp()) < 1e-9, "×10^{} {:?}: upper", k, terms);
                proptest::prop_assert!((f.deviance - cf * f1.deviance).abs() <= 1e-9 * cf * f1.deviance.max(1.0),
                    "×10^{} {:?}: deviance {} vs {}", k, terms, f.deviance, cf * f1.deviance);
            }
        }
    }
}
