#![allow(clippy::unwrap_used, clippy::expect_used)]
//! LSH blocking (`palermo_linkage::blocking`) against brute-force Dice on
//! generated FEBRL-like lists: recall, exactness of what it finds,
//! determinism, and the arithmetic of its memory bound.

mod common;

use std::collections::HashSet;

use palermo_linkage::blocking::{lsh_candidate_pairs, ENTRY_BYTES};
use palermo_linkage::candidates::candidate_pairs_brute_force;
use palermo_linkage::{ClkSet, Encoder, Kernel, LshParams, Schema};

use common::febrl_like;

/// Two lists of `n` FEBRL-like records, encoded with the FEBRL blake
/// schema: field values drawn from the bundled FEBRL4 subsets.
fn lists(n: usize, seed: u64) -> (ClkSet, ClkSet) {
    let (header, pools) = febrl_like::pools(&[
        &common::data("febrl4_A_150.csv"),
        &common::data("febrl4_B_sub.csv"),
    ]);
    let l = febrl_like::generate(&header, &pools, n, seed);
    let schema = Schema::from_json_str(
        &std::fs::read_to_string(common::data("schema_febrl_blake.json")).unwrap(),
    )
    .unwrap();
    let enc = Encoder::new(
        schema,
        &common::read_secret(&common::data("secret_demo.txt")),
    )
    .unwrap();
    let encode = |rs: &[Vec<String>]| {
        let clks: Vec<_> = rs
            .iter()
            .enumerate()
            .map(|(i, r)| enc.encode(r, i, true).unwrap())
            .collect();
        ClkSet::from_clks(&clks).unwrap()
    };
    (encode(&l.a), encode(&l.b))
}

#[test]
fn recall_against_brute_force_dice() {
    let (a, b) = lists(3000, 7);
    // 0.85: the threshold a project of this size takes from the similarity
    // histogram (BENCHMARKS.md, "Blocking at national scale").
    for t in [0.85] {
        let exact = candidate_pairs_brute_force(&a, &b, t);
        let (found, stats) =
            lsh_candidate_pairs(&a, &b, t, &LshParams::default(), Kernel::detect());
        let exact_set: HashSet<(u32, u32)> = exact.iter().map(|p| (p.a, p.b)).collect();
        // Every pair found is a true candidate, once, with its exact Dice.
        let mut seen = HashSet::new();
        for p in &found {
            assert!(
                exact_set.contains(&(p.a, p.b)),
                "({}, {}) is below {t}",
                p.a,
                p.b
            );
            assert!(seen.insert((p.a, p.b)), "({}, {}) found twice", p.a, p.b);
            let e = exact.iter().find(|e| (e.a, e.b) == (p.a, p.b)).unwrap();
            assert_eq!(e.sim, p.sim);
        }
        let recall = found.len() as f64 / exact.len() as f64;
        let share = stats.computed as f64 / stats.pairs as f64;
        eprintln!(
            "t={t}: exact {} pairs, LSH {} (recall {recall:.4}), {} of {} Dice computed ({share:.4})",
            exact.len(),
            found.len(),
            stats.computed,
            stats.pairs
        );
        assert!(exact.len() > 1400, "{} exact pairs", exact.len());
        assert!(recall >= 0.99, "recall {recall} at {t}");
        // Blocking must cut the work by well over an order of magnitude.
        assert!(share < 0.05, "{share} of the pairs computed");
    }
}

#[test]
fn deterministic_whatever_the_threads() {
    let (a, b) = lists(1200, 11);
    let p = LshParams {
        tables: 40,
        bits: 20,
        seed: 3,
    };
    let run = |threads: usize| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .unwrap()
            .install(|| lsh_candidate_pairs(&a, &b, 0.8, &p, Kernel::detect()))
    };
    let (one, s1) = run(1);
    let (two, s2) = run(2);
    let (again, s3) = run(2);
    assert!(!one.is_empty());
    assert_eq!(one, two);
    assert_eq!(two, again);
    assert_eq!(s1, s2);
    assert_eq!(s2, s3);
    // The portable kernel gives the same pairs.
    let (portable, _) = lsh_candidate_pairs(&a, &b, 0.8, &p, Kernel::Portable);
    assert_eq!(one, portable);
    // Another seed samples other bits, so it compares other pairs.
    let (_, other) =
        lsh_candidate_pairs(&a, &b, 0.8, &LshParams { seed: 4, ..p }, Kernel::detect());
    assert_ne!(other.computed, s1.computed);
}

#[test]
fn memory_bound_arithmetic() {
    // One `(u64 key, u32 record)` entry per record and table in flight,
    // padded to 16 bytes by the u64's alignment.
    assert_eq!(ENTRY_BYTES, 16);
    let p = LshParams::default();
    // 10^6 × 10^6 on the two cores: 16 B × 2·10^6 records × 2 tables.
    assert_eq!(p.working_bytes(1_000_000, 1_000_000, 2), 64_000_000);
    // Never more tables in flight than there are tables.
    let one = LshParams { tables: 1, ..p };
    assert_eq!(one.working_bytes(1_000_000, 1_000_000, 8), 32_000_000);
    // 10^7 per list on 32 threads: 16 × 2·10^7 × 32 = 10.24 GB.
    assert_eq!(p.working_bytes(10_000_000, 10_000_000, 32), 10_240_000_000);
}
