//! BCa bootstrap against SparseMSE's `estimatepopulation(nboot = 1000,
//! pthresh = 0.02, iseed = 1234)` (tests/data/sparsemse_bca_reference.csv).
//! The random streams differ, so the limits agree only within Monte Carlo
//! error; the point estimate agrees exactly and the acceleration â (a
//! deterministic jackknife) to 1e-4 relative.

#![allow(clippy::unwrap_used)]

use palermo_mse::{bca_bootstrap, parse_table, Selection};

const QS: [f64; 8] = [0.025, 0.05, 0.1, 0.16, 0.84, 0.9, 0.95, 0.975];

/// (popest, ahat, eight BCa limits) of the reference for a dataset.
fn reference(name: &str) -> (f64, f64, Vec<f64>) {
    let line = include_str!("data/sparsemse_bca_reference.csv")
        .lines()
        .find(|l| l.starts_with(name))
        .unwrap();
    // the call field is quoted and contains commas
    let after = line.rsplit('"').next().unwrap();
    let f: Vec<f64> = after
        .split(',')
        .filter(|s| !s.is_empty())
        .map(|s| s.parse().unwrap())
        .collect();
    (f[0], f[1], f[2..10].to_vec())
}

/// Point estimate exactly, jackknife acceleration to 1e-6 (both are
/// deterministic), and the BCa limits of our own seeded bootstrap within
/// Monte Carlo error of the reference's: the error is measured as the
/// standard deviation of our limits over 6 further seeds, and the
/// reference must lie within 4 such deviations (plus 1%).
fn check(name: &str, text: &str) {
    let (popest, ahat, limits) = reference(name);
    let t = parse_table(text).unwrap();
    let sel = Selection::Stepwise { threshold: 0.02 };
    let b = bca_bootstrap(&t, &sel, 1000, 1234, &QS).unwrap();
    assert!((b.estimate - popest).abs() < 1e-6 * popest, "{name} popest");
    assert!(
        (b.ahat - ahat).abs() < 1e-6 * ahat.abs(),
        "{name} ahat {} vs {ahat}",
        b.ahat
    );
    let runs: Vec<Vec<f64>> = (1..=6u64)
        .map(|seed| {
            bca_bootstrap(&t, &sel, 1000, seed, &QS)
                .unwrap()
                .quantiles
                .iter()
                .map(|x| x.1)
                .collect()
        })
        .collect();
    for (i, (q, got)) in b.quantiles.iter().enumerate() {
        let xs: Vec<f64> = runs.iter().map(|r| r[i]).chain([*got]).collect();
        let mean = xs.iter().sum::<f64>() / xs.len() as f64;
        let sd =
            (xs.iter().map(|x| (x - mean).powi(2)).sum::<f64>() / (xs.len() - 1) as f64).sqrt();
        let want = limits[i];
        eprintln!("{name} q={q}: seed 1234 {got:.1}, mean of 7 seeds {mean:.1} (sd {sd:.1}), reference {want:.1}");
        assert!(
            (mean - want).abs() < 4.0 * sd + 0.01 * want,
            "{name} q={q}: ours {mean} ± {sd} vs reference {want}"
        );
    }
}

#[test]
fn bca_western() {
    check("Western.csv", include_str!("data/Western.csv"));
}

#[test]
fn bca_neworl_5() {
    check(
        "NewOrl_5_SparseMSE2019.csv",
        include_str!("data/NewOrl_5_SparseMSE2019.csv"),
    );
}

#[test]
fn bca_ukdat() {
    check("UKdat.csv", include_str!("data/UKdat.csv"));
}

/// Fed the reference's own replicates (regenerated with SparseMSE and its
/// seed 1234), our BCa computation reproduces its limits exactly.
#[test]
fn bca_limits_from_the_reference_replicates_are_exact() {
    for (name, reps) in [
        (
            "Western.csv",
            include_str!("data/sparsemse_bootreps_Western.csv"),
        ),
        (
            "NewOrl_5_SparseMSE2019.csv",
            include_str!("data/sparsemse_bootreps_NewOrl_5_SparseMSE2019.csv"),
        ),
    ] {
        let (popest, ahat, limits) = reference(name);
        let r: Vec<f64> = reps
            .lines()
            .skip(1)
            .map(|l| l.rsplit(',').next().unwrap().parse().unwrap())
            .collect();
        let got = palermo_mse::bca_limits(&r, popest, ahat, &QS);
        for (i, (q, v)) in got.quantiles.iter().enumerate() {
            // the reference CSV prints one decimal
            assert!(
                (v - limits[i]).abs() <= 0.05 + 1e-9 * v,
                "{name} q={q}: {v} vs {}",
                limits[i]
            );
        }
        // both datasets clamp their lowest limits at the smallest replicate
        assert!(
            !got.warnings.is_empty(),
            "{name}: clamping warning expected"
        );
    }
}

#[test]
fn bootstrap_is_reproducible() {
    let t = parse_table(include_str!("data/Western.csv")).unwrap();
    let sel = Selection::Stepwise { threshold: 0.02 };
    let a = bca_bootstrap(&t, &sel, 50, 7, &QS).unwrap();
    let b = bca_bootstrap(&t, &sel, 50, 7, &QS).unwrap();
    assert_eq!(a.replicates, b.replicates);
    let c = bca_bootstrap(&t, &sel, 50, 8, &QS).unwrap();
    assert_ne!(a.replicates, c.replicates);
}

/// Replays the reference's own bootstrap samples: our stepwise estimate on
/// each of SparseMSE's 1,000 resampled tables, against SparseMSE's.
fn replay(data: &str, reps: &str) -> (usize, Vec<String>) {
    let mut lines = data.lines();
    let header: Vec<String> = lines.next().unwrap().split(',').map(String::from).collect();
    let k = header.len() - 1;
    let masks: Vec<u32> = lines
        .map(|l| {
            let f: Vec<u32> = l.split(',').map(|x| x.parse().unwrap()).collect();
            (0..k).filter(|&i| f[i] == 1).map(|i| 1u32 << i).sum()
        })
        .collect();
    let sel = Selection::Stepwise { threshold: 0.02 };
    let mut bad = Vec::new();
    let mut n = 0;
    for (j, l) in reps.lines().skip(1).enumerate() {
        let f: Vec<f64> = l.split(',').map(|x| x.parse().unwrap()).collect();
        let want = f[masks.len()];
        let rows = masks.iter().zip(&f).map(|(&m, &c)| (m, c as u64));
        let t = palermo_mse::CaptureTable::new(header[..k].to_vec(), rows).unwrap();
        let got = palermo_mse::select(&t, &sel, false).unwrap().fit.estimate;
        if (got - want).abs() > 1e-6 * want {
            bad.push(format!("replicate {}: ours {got} reference {want}", j + 1));
        }
        n += 1;
    }
    (n, bad)
}

#[test]
fn reference_bootstrap_samples_give_the_reference_estimates() {
    for (data, reps) in [
        (
            include_str!("data/Western.csv"),
            include_str!("data/sparsemse_bootreps_Western.csv"),
        ),
        (
            include_str!("data/NewOrl_5_SparseMSE2019.csv"),
            include_str!("data/sparsemse_bootreps_NewOrl_5_SparseMSE2019.csv"),
        ),
    ] {
        let (n, bad) = replay(data, reps);
        assert_eq!(n, 1000);
        for b in bad.iter().take(10) {
            eprintln!("{b}");
        }
        assert!(bad.is_empty(), "{} of {n} replicates differ", bad.len());
    }
}
