//! BCa bootstrap against SparseMSE's `estimatepopulation(nboot = 1000,
//! pthresh = 0.02, iseed = 1234)` (tests/data/sparsemse_bca_reference.csv).
//! The random streams differ, so the limits agree only within Monte Carlo
//! error; the point estimate agrees exactly and the acceleration â (a
//! deterministic jackknife) to 1e-4 relative.

use palermo_mse::{bca_bootstrap, parse_table, Selection};

const QS: [f64; 8] = [0.025, 0.05, 0.1, 0.16, 0.84, 0.9, 0.95, 0.975];

fn check(name: &str, text: &str) {
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
    let (popest, ahat, limits) = (f[0], f[1], &f[2..10]);
    let t = parse_table(text).unwrap();
    let sel = Selection::Stepwise { threshold: 0.02 };
    let b = bca_bootstrap(&t, &sel, 1000, 1234, &QS).unwrap();
    assert!((b.estimate - popest).abs() < 1e-6 * popest, "{name} popest");
    assert!(
        (b.ahat - ahat).abs() < 1e-4 * ahat.abs(),
        "{name} ahat {} vs {ahat}",
        b.ahat
    );
    // Monte Carlo error: the spread of the replicates near each quantile;
    // allow 4 standard errors of a sample quantile from 1,000 replicates,
    // se ≈ sqrt(q(1−q)/B)/f(x_q), f estimated from the replicates.
    let mut s = b.replicates.clone();
    s.sort_by(f64::total_cmp);
    let n = s.len() as f64;
    for (i, (q, got)) in b.quantiles.iter().enumerate() {
        let want = limits[i];
        let qq = q.clamp(0.02, 0.98);
        let lo = s[((qq - 0.02) * n) as usize];
        let hi = s[(((qq + 0.02) * n) as usize).min(s.len() - 1)];
        let density = 0.04 / (hi - lo).max(1e-9);
        let se = (qq * (1.0 - qq) / n).sqrt() / density;
        eprintln!("{name} q={q}: got {got:.1} want {want:.1} se {se:.1}");
        assert!(
            (got - want).abs() < 4.0 * se + 0.02 * want,
            "{name} q={q}: {got} vs {want} (MC se {se})"
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
