//! Two-list estimators and the Rcapture models against Rcapture 1.4-4
//! (`closedp.t(UKdat, dfreq = TRUE)`, tests/data/rcapture_closedp_reference.csv).

#![allow(clippy::unwrap_used)]

use palermo_mse::classic::{closedp, two_list};
use palermo_mse::{fit_model, parse_table, select, Selection};

#[test]
fn two_lists_equal_lincoln_petersen() {
    for (a, b, m) in [
        (40u64, 30u64, 6u64),
        (907, 695, 69),
        (5, 3, 1),
        (100, 250, 17),
    ] {
        let csv = format!("A,B,count\n1,0,{}\n0,1,{}\n1,1,{m}\n", a - m, b - m);
        let t = parse_table(&csv).unwrap();
        let f = fit_model(&t, &[], true).unwrap();
        let lp = two_list(&t, 0, 1).unwrap();
        let want = (a * b) as f64 / m as f64;
        assert!(
            (f.estimate - want).abs() <= 1e-9 * want,
            "{} vs {want}",
            f.estimate
        );
        assert_eq!(lp.lincoln_petersen, Some(want));
        let ch = (a + 1) as f64 * (b + 1) as f64 / (m + 1) as f64 - 1.0;
        assert!((lp.chapman - ch).abs() < 1e-9);
        // stepwise on two lists has nothing to add: main effects = Lincoln–Petersen
        let s = select(&t, &Selection::Stepwise { threshold: 0.02 }, true).unwrap();
        assert!((s.fit.estimate - want).abs() <= 1e-9 * want);
    }
}

#[test]
fn rcapture_closedp_ukdat() {
    let t = parse_table(include_str!("data/UKdat.csv")).unwrap();
    let got = closedp(&t).unwrap();
    let mut checked = 0;
    for line in include_str!("data/rcapture_closedp_reference.csv")
        .lines()
        .skip(1)
    {
        let f: Vec<&str> = line.split(',').collect();
        let model = f[1];
        if model == "Mb" || model == "Mbh" {
            continue;
        }
        let g = got
            .iter()
            .find(|m| m.model == model)
            .unwrap_or_else(|| panic!("{model}"));
        let num = |i: usize| f[i].parse::<f64>().unwrap();
        let close = |a: f64, b: f64, tol: f64| (a - b).abs() <= tol * b.abs().max(1.0);
        eprintln!(
            "{model}: {} {} {} {} {}",
            g.abundance, g.stderr, g.deviance, g.aic, g.bic
        );
        assert!(
            close(g.abundance, num(2), 1e-6),
            "{model} abundance {} vs {}",
            g.abundance,
            num(2)
        );
        assert!(
            close(g.stderr, num(3), 1e-5),
            "{model} stderr {} vs {}",
            g.stderr,
            num(3)
        );
        assert!(close(g.deviance, num(4), 1e-6), "{model} deviance");
        assert_eq!(g.df, num(5) as usize, "{model} df");
        assert!(close(g.aic, num(6), 1e-6), "{model} aic");
        assert!(close(g.bic, num(7), 1e-6), "{model} bic");
        checked += 1;
    }
    assert_eq!(checked, 10);
}

/// The profile-likelihood interval of the main-effects model (= Rcapture's
/// Mt) against Rcapture's `closedpCI.t` (tests/data/rcapture_profile_reference.csv;
/// Rcapture locates its limits to about 1e-6).
#[test]
fn profile_interval_matches_rcapture_closedpci() {
    for line in include_str!("data/rcapture_profile_reference.csv")
        .lines()
        .skip(1)
    {
        let f: Vec<&str> = line.split(',').collect();
        let text = match f[0] {
            "UKdat.csv" => include_str!("data/UKdat.csv"),
            "Western.csv" => include_str!("data/Western.csv"),
            _ => unreachable!(),
        };
        let t = parse_table(text).unwrap();
        let fit = fit_model(&t, &[], true).unwrap();
        let p = palermo_mse::profile_interval(&t, &fit, 0.95).unwrap();
        let (lo, hi): (f64, f64) = (f[3].parse().unwrap(), f[4].parse().unwrap());
        assert!(
            (p.lower - lo).abs() < 2e-6 * lo,
            "{} lower {} vs {lo}",
            f[0],
            p.lower
        );
        assert!(
            (p.upper - hi).abs() < 2e-6 * hi,
            "{} upper {} vs {hi}",
            f[0],
            p.upper
        );
    }
}
