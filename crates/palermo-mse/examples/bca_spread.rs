//! Spread of the BCa limits over seeds (Monte Carlo error of 1,000 replicates).
#![allow(clippy::unwrap_used, clippy::expect_used)] // a developer tool: panics are its error messages
use palermo_mse::{bca_bootstrap, parse_table, Selection};
fn main() {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "crates/palermo-mse/tests/data/Western.csv".into());
    let text = std::fs::read_to_string(path).unwrap();
    let t = parse_table(&text).unwrap();
    let qs = [0.025, 0.05, 0.1, 0.16, 0.84, 0.9, 0.95, 0.975];
    for seed in 0..20u64 {
        let b = bca_bootstrap(
            &t,
            &Selection::Stepwise { threshold: 0.02 },
            1000,
            seed,
            &qs,
        )
        .unwrap();
        let v: Vec<String> = b.quantiles.iter().map(|(_, v)| format!("{v:.1}")).collect();
        println!(
            "failed {} seed {seed} z0 {:.3} a {:.5} {}",
            b.failed,
            b.z0,
            b.ahat,
            v.join(" ")
        );
    }
}
