//! Where the time of a 10-list stepwise fit goes (LP check vs IRLS fit).
use palermo_mse::interval::simulate_independent;
use palermo_mse::{check_model, fit_model, select, CaptureTable, Selection};
use std::time::Instant;
fn main() {
    let names: Vec<String> = (0..10).map(|i| format!("L{i}")).collect();
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
    let t = CaptureTable::new(
        names,
        c.iter().enumerate().skip(1).map(|(m, &v)| (m as u32, v)),
    )
    .unwrap();
    println!(
        "zero cells: {}",
        c.iter().skip(1).filter(|&&v| v == 0).count()
    );
    let s = select(&t, &Selection::Stepwise { threshold: 0.02 }, true).unwrap();
    let terms = s.fit.term_masks.clone();
    let now = Instant::now();
    for _ in 0..10 {
        let _ = check_model(&t, &terms);
    }
    println!("check: {:.3} ms", now.elapsed().as_secs_f64() * 100.0);
    let now = Instant::now();
    for _ in 0..10 {
        let _ = fit_model(&t, &terms, false);
    }
    println!("fit: {:.3} ms", now.elapsed().as_secs_f64() * 100.0);
    println!(
        "iterations {}",
        fit_model(&t, &terms, false).unwrap().iterations
    );
    let now = Instant::now();
    let mut nchecks = 0;
    for i in 0..terms.len() {
        let _ = check_model(&t, &terms[..i]);
        nchecks += 1;
    }
    println!(
        "{} checks along the path: {:.3} ms",
        nchecks,
        now.elapsed().as_secs_f64() * 1e3
    );
    let now = Instant::now();
    for i in 0..terms.len() {
        let _ = fit_model(&t, &terms[..i], false);
    }
    println!(
        "fits along the path: {:.3} ms",
        now.elapsed().as_secs_f64() * 1e3
    );
}
