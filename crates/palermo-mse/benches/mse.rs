//! Benchmark binary (no criterion, to keep the dependency tree lean):
//! `cargo bench -p palermo-mse --bench mse`.
//!
//! 1. UK six-list data: one stepwise fit (SparseMSE `estimatepopulation.0`).
//! 2. UK: stepwise + 1,000-replicate BCa bootstrap with jackknife
//!    (SparseMSE `estimatepopulation(nboot = 1000, iseed = 1234)`).
//! 3. One stepwise fit on 10 lists (simulated, 1,023 cells).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a developer tool: panics are its error messages

use std::time::Instant;

use palermo_mse::interval::simulate_independent;
use palermo_mse::{bca_bootstrap, parse_table, select, CaptureTable, Selection};

fn time<T>(reps: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    let mut best = f64::INFINITY;
    let mut out = None;
    for _ in 0..reps {
        let t = Instant::now();
        let v = f();
        best = best.min(t.elapsed().as_secs_f64());
        out = Some(v);
    }
    (best, out.unwrap())
}

fn main() {
    let uk = parse_table(include_str!("../tests/data/UKdat.csv")).unwrap();
    let sel = Selection::Stepwise { threshold: 0.02 };
    let (t1, s) = time(50, || select(&uk, &sel, true).unwrap());
    println!(
        "uk_stepwise_fit: {:.3} ms (best of 50), estimate {:.3}, terms {}",
        t1 * 1e3,
        s.fit.estimate,
        s.fit.terms.join(" ")
    );
    let qs = [0.025, 0.05, 0.1, 0.16, 0.84, 0.9, 0.95, 0.975];
    let (t2, b) = time(3, || bca_bootstrap(&uk, &sel, 1000, 1234, &qs).unwrap());
    println!(
        "uk_stepwise_bca1000: {:.3} s (best of 3, {} threads), ahat {:.8}, BCa 95% [{:.1}, {:.1}]",
        t2,
        rayon::current_num_threads(),
        b.ahat,
        b.quantiles[0].1,
        b.quantiles[7].1
    );
    let names: Vec<String> = (0..10).map(|i| format!("L{i}")).collect();
    // two sub-populations with different catchability: every pair of lists
    // is positively dependent, so the stepwise rule adds several terms
    let lo = simulate_independent(
        6000,
        &[0.04, 0.05, 0.06, 0.03, 0.07, 0.05, 0.04, 0.05, 0.06, 0.03],
        42,
        0,
    );
    let hi = simulate_independent(
        1500,
        &[0.2, 0.25, 0.3, 0.15, 0.35, 0.25, 0.2, 0.25, 0.3, 0.15],
        42,
        1,
    );
    let c: Vec<u64> = lo.iter().zip(&hi).map(|(a, b)| a + b).collect();
    let t10 = CaptureTable::new(
        names,
        c.iter().enumerate().skip(1).map(|(m, &v)| (m as u32, v)),
    )
    .unwrap();
    let (t3, s10) = time(20, || select(&t10, &sel, false).unwrap());
    println!(
        "ten_list_stepwise_fit: {:.3} ms (best of 20), n_obs {}, estimate {:.1}, terms {}",
        t3 * 1e3,
        t10.observed(),
        s10.fit.estimate,
        s10.fit.terms.len()
    );
}
