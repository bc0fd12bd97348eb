//! Invariants (proptest), bad input, and a seeded coverage simulation.

#![allow(clippy::unwrap_used)]

use palermo_mse::interval::simulate_independent;
use palermo_mse::{
    estimate, fit_model, parse_table, select, wald_interval, CaptureTable, MseError, Options,
    Selection, TableError,
};
use proptest::prelude::*;

fn names(k: usize) -> Vec<String> {
    (0..k)
        .map(|i| ((b'A' + i as u8) as char).to_string())
        .collect()
}

#[test]
fn wald_interval_covers_the_truth_about_95_percent() {
    // Known population N = 2,000, three independent lists: the main-effects
    // model is true, so the 95% lognormal-Wald interval should cover N in
    // about 95% of 400 seeded replicates (binomial sd 1.1 points).
    let n = 2000;
    let probs = [0.15, 0.2, 0.1];
    let reps = 400;
    let mut covered = 0;
    for r in 0..reps {
        let c = simulate_independent(n, &probs, 20240601, r);
        let rows = c.iter().enumerate().skip(1).map(|(m, &v)| (m as u32, v));
        let t = CaptureTable::new(names(3), rows).unwrap();
        let f = fit_model(&t, &[], true).unwrap();
        let w = wald_interval(&f, 0.95);
        if w.lower <= n as f64 && n as f64 <= w.upper {
            covered += 1;
        }
    }
    let rate = covered as f64 / reps as f64;
    eprintln!("coverage {rate}");
    assert!((0.92..=0.98).contains(&rate), "coverage {rate}");
}

#[test]
fn bad_input_gives_typed_errors() {
    let e = parse_table("A,B,count\n1,0,-1\n0,1,3\n1,1,1\n").unwrap_err();
    assert!(e.to_string().contains("line 2"), "{e}");
    assert!(e.to_string().contains("count"), "{e}");
    let e = parse_table("A,B,count\n1,0,1.5\n").unwrap_err();
    assert!(e.to_string().contains("whole number"), "{e}");
    let many: Vec<String> = (0..16).map(|i| format!("L{i}")).collect();
    let e = parse_table(&format!("{},count\n", many.join(","))).unwrap_err();
    assert!(matches!(
        e.errors[0].kind,
        palermo_mse::ParseErrorKind::Table(TableError::TooManyLists { got: 16, .. })
    ));
    // a model with a non-existent MLE is an error, never a number
    let t = parse_table(include_str!("data/Artificial_3.csv")).unwrap();
    let ab = t.parse_term("A:B").unwrap();
    let r = select(&t, &Selection::Fixed { terms: vec![ab] }, true);
    assert!(matches!(r, Err(MseError::MleDoesNotExist(_))));
    assert!(matches!(t.parse_term("A:Z"), Err(MseError::BadTerm(..))));
    assert!(matches!(
        select(
            &parse_table(include_str!("data/NewOrl.csv")).unwrap(),
            &Selection::Bic,
            false
        ),
        Err(MseError::Unsupported(_))
    ));
}

#[test]
fn every_bad_row_is_reported_with_line_column_and_reason_never_the_value() {
    // three bad rows (lines 3, 5, 6) and one row with two bad fields (line 6)
    let text = "id,A,B\n1,1,0\n2,Maria Rossi,1\n3,0,1\n4,1\n5,2,-1\n6,1,1\n";
    let e = parse_table(text).unwrap_err();
    let got: Vec<(usize, Option<&str>)> = e
        .errors
        .iter()
        .map(|e| (e.line, e.column.as_deref()))
        .collect();
    assert_eq!(
        got,
        [(3, Some("A")), (5, None), (6, Some("A")), (6, Some("B"))]
    );
    let msg = e.to_string();
    assert!(
        msg.starts_with("4 errors: line 3, column \"A\": the capture indicator is not 0 or 1"),
        "{msg}"
    );
    assert!(msg.contains("line 5: 2 fields, the header has 3"), "{msg}");
    // never the value: a misread column may hold a name
    assert!(
        !msg.contains("Maria") && !msg.contains("-1") && !msg.contains("\"2\""),
        "{msg}"
    );
    // counts: every bad one named too
    let e = parse_table("A,B,count\n1,0,-3\n0,1,x\n1,1,2.5\n1,1,4\n").unwrap_err();
    let lines: Vec<usize> = e.errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, [2, 3, 4]);
    assert!(e
        .errors
        .iter()
        .all(|e| e.column.as_deref() == Some("count")));
}

#[test]
fn many_bad_rows_are_listed_up_to_the_limit_then_counted() {
    let mut text = String::from("A,B,count\n1,1,5\n1,0,5\n0,1,5\n");
    for _ in 0..57 {
        text.push_str("1,0,-1\n");
    }
    let e = parse_table(&text).unwrap_err();
    assert_eq!(e.errors.len(), palermo_mse::table::MAX_REPORTED_ERRORS);
    assert_eq!(e.more, 57 - palermo_mse::table::MAX_REPORTED_ERRORS);
    assert_eq!(e.errors[0].line, 5);
    let msg = e.to_string();
    assert!(msg.starts_with("57 errors: line 5,"), "{msg}");
    assert!(
        msg.ends_with(&format!(
            "; and {} more",
            57 - palermo_mse::table::MAX_REPORTED_ERRORS
        )),
        "{msg}"
    );
}

#[test]
fn merged_histories_and_repeated_appearances_are_reported() {
    let r = palermo_mse::read_table("A,B,count\n1,0,5\n1,1,2\n0,1,3\n1,1,1\n1,0,0\n").unwrap();
    assert_eq!(r.table.counts(), &[0, 5, 3, 3]);
    let notes = |r: &palermo_mse::ReadTable| -> Vec<String> {
        r.notes.iter().map(ToString::to_string).collect()
    };
    assert_eq!(
        notes(&r),
        [
            "lines 2, 6 give the same capture history; their counts were summed",
            "lines 3, 5 give the same capture history; their counts were summed"
        ]
    );
    // one row per person: repeated histories are people, not merges
    let r = palermo_mse::read_table("id,A,B\n1,1,0\n2,1,0\n3,1,1\n4,0,1\n").unwrap();
    assert!(r.notes.is_empty(), "{:?}", r.notes);
    // long records: the same person twice on one list counts once
    let r = palermo_mse::read_table("id,list\np1,A\np2,A\np2,B\np1,A\np3,B\n").unwrap();
    assert_eq!(r.table.counts(), &[0, 1, 1, 1]);
    assert_eq!(
        notes(&r),
        ["line 5 repeats line 2 (the same identifier on list \"A\"): counted once"]
    );
}

#[test]
fn twelve_lists_stepwise_runs() {
    // 12 lists, a sparse random table: the engine handles k = 12.
    let c = simulate_independent(3000, &[0.1; 12], 5, 0);
    let rows = c.iter().enumerate().skip(1).map(|(m, &v)| (m as u32, v));
    let t = CaptureTable::new(names(12), rows).unwrap();
    let a = estimate(
        &t,
        &Options {
            profile: false,
            compare: false,
            ..Options::default()
        },
    )
    .unwrap();
    assert!(a.estimate.is_finite() && a.estimate > a.observed as f64);
    // the truth is 3,000 and the lists are independent
    assert!((a.estimate - 3000.0).abs() < 600.0, "{}", a.estimate);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, .. ProptestConfig::default() })]

    #[test]
    fn parser_never_panics(s in "\\PC{0,200}") {
        let _ = parse_table(&s);
    }

    #[test]
    fn estimates_are_finite_and_at_least_observed(
        counts in proptest::collection::vec(0u64..40, 7),
    ) {
        let rows: Vec<(u32, u64)> = counts.iter().enumerate().map(|(i, &c)| (i as u32 + 1, c)).collect();
        if let Ok(t) = CaptureTable::new(names(3), rows) {
            for sel in [Selection::Stepwise { threshold: 0.02 }, Selection::Main, Selection::Aic, Selection::Bic] {
                match select(&t, &sel, true) {
                    Ok(s) => {
                        prop_assert!(s.fit.estimate.is_finite());
                        prop_assert!(s.fit.estimate >= t.observed() as f64);
                        let w = wald_interval(&s.fit, 0.95);
                        prop_assert!(w.lower.is_finite() && w.upper.is_finite());
                        prop_assert!(w.lower <= s.fit.estimate && s.fit.estimate <= w.upper);
                    }
                    Err(e) => {
                        // only typed model errors, never a panic
                        prop_assert!(!e.to_string().is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn list_order_does_not_change_the_main_effects_estimate(
        counts in proptest::collection::vec(1u64..30, 7),
    ) {
        let rows: Vec<(u32, u64)> = counts.iter().enumerate().map(|(i, &c)| (i as u32 + 1, c)).collect();
        let t = CaptureTable::new(names(3), rows.clone()).unwrap();
        // reverse the bit order of the lists
        let rev = |m: u32| ((m & 1) << 2) | (m & 2) | ((m & 4) >> 2);
        let t2 = CaptureTable::new(names(3), rows.iter().map(|&(m, c)| (rev(m), c))).unwrap();
        let a = fit_model(&t, &[], true).unwrap().estimate;
        let b = fit_model(&t2, &[], true).unwrap().estimate;
        prop_assert!((a - b).abs() <= 1e-8 * a);
    }

    #[test]
    fn existence_check_agrees_with_the_reference_lp(
        counts in proptest::collection::vec(prop_oneof![3 => Just(0u64), 2 => 1u64..5], 15),
        subset in 0u32..64,
    ) {
        // 4 lists, sparse counts, any set of pairwise terms: the reduced
        // (Haberman/Gordan) test and the reference's LP (s* > 0) agree.
        let rows: Vec<(u32, u64)> = counts.iter().enumerate().map(|(i, &c)| (i as u32 + 1, c)).collect();
        if let Ok(t) = CaptureTable::new(names(4), rows) {
            let pairs = [0b0011u32, 0b0101, 0b1001, 0b0110, 0b1010, 0b1100];
            let terms: Vec<u32> = (0..6).filter(|b| subset & (1 << b) != 0).map(|b| pairs[b]).collect();
            let c = palermo_mse::check_model(&t, &terms);
            let s = palermo_mse::fit::fienberg_rinaldo_objective(&t, &terms);
            prop_assert_eq!(c.mle_exists, s > 1e-9, "terms {:?} s* {}", terms, s);
        }
    }

    #[test]
    fn duplicate_rows_are_summed(c1 in 1u64..50, c2 in 1u64..50, c3 in 1u64..50, c4 in 1u64..50) {
        let a = parse_table(&format!("A,B,count\n1,0,{c1}\n0,1,{c2}\n1,1,{c3}\n1,1,{c4}\n")).unwrap();
        let b = parse_table(&format!("A,B,count\n1,0,{c1}\n0,1,{c2}\n1,1,{}\n", c3 + c4)).unwrap();
        prop_assert_eq!(a, b);
    }
}
