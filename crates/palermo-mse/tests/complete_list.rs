//! A list that captures every observed person: the observed total, no
//! upper limit, and a warning that says why (the reference's behaviour:
//! SparseMSE's fit diverges to N̂ = n_obs with an infinite Wald upper
//! limit).

#![allow(clippy::unwrap_used)]

use palermo_mse::{estimate, parse_table, select, MseError, Options, Selection, TableError};

#[test]
fn two_lists_give_the_observed_total_as_lincoln_petersen_does() {
    // A holds all 42 observed, B 12 of them. Lincoln–Petersen:
    // n_A·n_B/m = 42·12/12 = 42; Chapman: 43·13/13 − 1 = 42.
    let t = parse_table("A,B,count\n1,0,30\n1,1,12\n").unwrap();
    assert_eq!(t.complete_lists(), vec![0]);
    let a = estimate(&t, &Options::default()).unwrap();
    assert_eq!(a.estimate, 42.0);
    assert_eq!(a.unobserved, 0.0);
    let i = &a.intervals[0];
    assert_eq!(
        (i.method.as_str(), i.lower, i.upper),
        ("bounds", 42.0, f64::INFINITY)
    );
    let w = a.warnings[0].to_string();
    assert!(
        w.contains("list \"A\" captures every observed person"),
        "{w}"
    );
    assert!(w.contains("no upper limit"), "{w}");
    assert!(a.fit.is_none() && a.models.is_empty());
    let lp = a
        .comparison
        .iter()
        .find(|c| c.method == "Lincoln–Petersen")
        .unwrap();
    assert_eq!(lp.estimate, 42.0);
    let ch = a.comparison.iter().find(|c| c.method == "Chapman").unwrap();
    assert!((ch.estimate - 42.0).abs() < 1e-12);
    // JSON: the unbounded limit is null
    let j = serde_json::to_value(&a).unwrap();
    assert!(j["intervals"][0]["upper"].is_null());
    assert_eq!(j["intervals"][0]["lower"], 42.0);
}

#[test]
fn three_lists_and_the_model_fits_say_why_they_cannot_fit() {
    // B captures all 96: every history has B = 1
    let t = parse_table("A,B,C,count\n0,1,0,40\n1,1,0,30\n0,1,1,20\n1,1,1,6\n").unwrap();
    let a = estimate(
        &t,
        &Options {
            bootstrap: Some((100, 1)),
            ..Options::default()
        },
    )
    .unwrap();
    assert_eq!(a.estimate, 96.0);
    assert_eq!(a.intervals.len(), 1);
    assert_eq!(a.intervals[0].upper, f64::INFINITY);
    assert!(
        a.warnings[0].to_string().contains("list \"B\""),
        "{:?}",
        a.warnings
    );
    assert!(a
        .warnings
        .iter()
        .any(|w| w.to_string().contains("no bootstrap")));
    assert!(a.comparison.is_empty());
    for sel in [
        Selection::Stepwise { threshold: 0.02 },
        Selection::Bic,
        Selection::Main,
    ] {
        assert!(matches!(
            select(&t, &sel, true),
            Err(MseError::Table(TableError::ListCapturesEveryone(ref n))) if n == "B"
        ));
    }
}
