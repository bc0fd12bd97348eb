//! Work limits: the time budget and cancel flag stop every loop, the
//! comparison stays cheap with many lists, and bootstrap replicates without
//! a finite estimate are dropped with a warning instead of counted as 1e15.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::atomic::AtomicBool;
use std::sync::Arc;
use std::time::{Duration, Instant};

use palermo_mse::interval::simulate_independent;
use palermo_mse::{estimate, parse_table, Budget, CaptureTable, MseError, Options, Selection};

/// A random k-list table as CSV (independent lists, capture probability 0.3).
fn random_table(k: usize, n: u64) -> CaptureTable {
    let counts = simulate_independent(n, &vec![0.3; k], 7, 0);
    let mut csv: String = (0..k).map(|i| format!("L{i},")).collect();
    csv.push_str("count\n");
    for (w, &c) in counts.iter().enumerate().skip(1) {
        if c > 0 {
            for i in 0..k {
                csv.push_str(if w >> i & 1 == 1 { "1," } else { "0," });
            }
            csv.push_str(&format!("{c}\n"));
        }
    }
    parse_table(&csv).unwrap()
}

#[test]
fn many_lists_main_effects_is_prompt_and_the_comparison_leaves_out_aic() {
    let t = random_table(15, 3000);
    let opts = Options {
        selection: Selection::Main,
        profile: false,
        ..Options::default()
    };
    let start = Instant::now();
    let a = estimate(&t, &opts).unwrap();
    // was minutes: the comparison ran forward stepwise AIC over 105 pairs
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "{:?}",
        start.elapsed()
    );
    assert!(a
        .comparison
        .iter()
        .all(|c| !c.method.starts_with("stepwise AIC")));
    assert!(a
        .comparison
        .iter()
        .any(|c| c.method.starts_with("main effects")));
    assert!(
        a.warnings
            .iter()
            .any(|w| w.to_string().contains("stepwise AIC is left out")),
        "{:?}",
        a.warnings
    );
}

#[test]
fn an_expired_budget_stops_with_a_typed_error() {
    let t = random_table(8, 2000);
    for selection in [
        Selection::Main,
        Selection::Stepwise { threshold: 0.02 },
        Selection::Aic,
    ] {
        let opts = Options {
            selection,
            budget: Budget::default().with_timeout(Duration::ZERO),
            ..Options::default()
        };
        assert_eq!(
            estimate(&t, &opts).unwrap_err(),
            MseError::TimeLimit(Duration::ZERO)
        );
    }
    let flag = Arc::new(AtomicBool::new(true));
    let opts = Options {
        budget: Budget::default().with_flag(flag),
        ..Options::default()
    };
    assert_eq!(estimate(&t, &opts).unwrap_err(), MseError::Cancelled);
}

#[test]
fn the_deadline_is_checked_inside_the_bootstrap() {
    // 12 lists and 100,000 replicates would take many minutes
    let t = random_table(12, 3000);
    let opts = Options {
        bootstrap: Some((100_000, 1)),
        profile: false,
        compare: false,
        budget: Budget::default().with_timeout(Duration::from_millis(300)),
        ..Options::default()
    };
    let start = Instant::now();
    let e = estimate(&t, &opts).unwrap_err();
    assert!(matches!(e, MseError::TimeLimit(_)), "{e}");
    assert!(e.to_string().contains("time limit"));
    assert!(
        start.elapsed() < Duration::from_secs(10),
        "{:?}",
        start.elapsed()
    );
}

#[test]
fn bootstrap_drops_replicates_without_a_finite_estimate_and_says_so() {
    // the QA case: the overlap (1 person) is empty in about 37% of resamples,
    // where the main-effects model has no finite MLE (the fit gave 4.99e15)
    let t = parse_table("A,B,count\n1,0,1000\n0,1,1000\n1,1,1\n").unwrap();
    let opts = Options {
        bootstrap: Some((200, 1234)),
        ..Options::default()
    };
    let a = estimate(&t, &opts).unwrap();
    let b = a.bootstrap.as_ref().unwrap();
    assert!(b.no_mle > 40 && b.no_mle < 120, "{}", b.no_mle);
    assert!(
        a.warnings.iter().any(|w| w
            .to_string()
            .contains(&format!("{} of 200 bootstrap replicates", b.no_mle))),
        "{:?}",
        a.warnings
    );
    // never a meaningless 1e15 as a limit: the 95% BCa interval is unbounded
    assert!(a.intervals.iter().all(|i| i.method != "bca"));
    assert!(a.warnings.iter().any(|w| w
        .to_string()
        .contains("BCa bootstrap interval not available")));
    for (q, v) in &b.quantiles {
        assert!(v.is_finite() && *v < 1e9, "{q}: {v}");
        assert!(*q <= 1.0 - b.no_mle as f64 / 200.0);
    }
}
