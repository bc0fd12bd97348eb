//! Matching: candidate generation against brute force, the greedy solver,
//! and precision/recall on FEBRL4 (anchor: anonlink 0.15.3 greedy).
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;
use common::*;

use palermo_linkage::candidates::candidate_pairs_brute_force;
use palermo_linkage::{candidate_pairs, link, Blocking, ClkSet, Kernel, LinkOptions, LshParams};

fn load(p: &std::path::Path) -> ClkSet {
    ClkSet::from_json_slice(&std::fs::read(p).unwrap()).unwrap()
}

fn rec_ids(p: &std::path::Path) -> Vec<String> {
    let mut r = csv::Reader::from_path(p).unwrap();
    r.records()
        .map(|x| {
            x.unwrap()[0]
                .split("-dup")
                .next()
                .unwrap()
                .replace("-org", "")
        })
        .collect()
}

/// (true pairs found, matches, true pairs in the data)
fn score(
    ids_a: &[String],
    ids_b: &[String],
    linkage: &palermo_linkage::Linkage,
) -> (usize, usize, usize) {
    let truth = ids_a.iter().filter(|a| ids_b.contains(a)).count();
    let tp = linkage
        .matched_pairs
        .iter()
        .filter(|m| ids_a[m.r0.1 as usize] == ids_b[m.r1.1 as usize])
        .count();
    (tp, linkage.matched_pairs.len(), truth)
}

#[test]
fn subset_candidates_equal_brute_force_on_every_kernel() {
    let a = load(&data("clks_febrl4_A_150_blake.json"));
    let b = load(&data("clks_febrl4_B_sub_blake.json"));
    for t in [0.5, 0.67, 0.8, 0.9, 1.0] {
        let brute = candidate_pairs_brute_force(&a, &b, t);
        for k in [Kernel::detect(), Kernel::Popcnt, Kernel::Portable] {
            let (fast, stats) = candidate_pairs(&a, &b, t, k);
            assert_eq!(fast, brute, "threshold {t}, kernel {k:?}");
            assert_eq!(stats.pairs, 150 * 200);
        }
    }
}

#[test]
fn subset_precision_and_recall() {
    let a = load(&data("clks_febrl4_A_150_blake.json"));
    let b = load(&data("clks_febrl4_B_sub_blake.json"));
    let ids_a = rec_ids(&data("febrl4_A_150.csv"));
    let ids_b = rec_ids(&data("febrl4_B_sub.csv"));
    let l = link(&[a, b], &LinkOptions::new(0.8)).unwrap();
    let (tp, m, truth) = score(&ids_a, &ids_b, &l);
    assert_eq!(truth, 150);
    assert_eq!(tp, m, "precision must be 1 on this subset");
    assert!(tp >= 147, "recall {tp}/150");
    // One record per list, no record twice.
    let mut seen = std::collections::HashSet::new();
    for c in &l.clusters {
        assert_eq!(c.len(), 2);
        for r in c {
            assert!(seen.insert(*r));
        }
    }
    // Capture histories add up.
    let ch = l.capture_histories();
    let both = ch.iter().find(|(p, _)| p == &vec![true, true]).unwrap().1;
    assert_eq!(both as usize, m);
    assert_eq!(l.individuals() as usize, 150 + 200 - m);
}

fn full_link(
    threshold: f64,
    hash: &str,
    blocking: Blocking,
) -> (usize, usize, usize, palermo_linkage::Linkage) {
    let a = load(&shared(&format!("clks_febrl4_A_{hash}.json")));
    let b = load(&shared(&format!("clks_febrl4_B_{hash}.json")));
    let mut o = LinkOptions::new(threshold);
    o.blocking = blocking;
    let l = link(&[a, b], &o).unwrap();
    let (tp, m, truth) = score(
        &rec_ids(&shared("febrl4_A.csv")),
        &rec_ids(&shared("febrl4_B.csv")),
        &l,
    );
    (tp, m, truth, l)
}

/// The anchor: anonlink 0.15.3 greedy at 0.80 on the blake CLKs gets 5,322
/// candidate pairs, 4,964 matches, precision 1.0000, recall 0.9928.
#[test]
#[ignore = "reads ../shared/data/linkage"]
fn febrl4_blake_at_080_matches_anonlink() {
    let (tp, m, truth, l) = full_link(0.8, "blake", Blocking::None);
    assert_eq!(truth, 5000);
    assert_eq!(l.pair_counts[0].candidates, 5322);
    assert_eq!(m, 4964);
    assert_eq!(tp, 4964, "precision 1.0000");
    assert_eq!(format!("{:.4}", tp as f64 / 5000.0), "0.9928");
    let (tp, m, _, _) = full_link(0.78, "blake", Blocking::None);
    assert_eq!(tp, m);
    assert_eq!(format!("{:.4}", tp as f64 / 5000.0), "0.9974");
    let (tp, _, _, _) = full_link(0.85, "blake", Blocking::None);
    assert_eq!(format!("{:.4}", tp as f64 / 5000.0), "0.9306");
    let (tp, m, _, _) = full_link(0.8, "doublehash", Blocking::None);
    assert_eq!(tp, m);
    assert_eq!(format!("{:.4}", tp as f64 / 5000.0), "0.9930");
}

/// LSH blocking: what it costs in recall and saves in comparisons.
#[test]
#[ignore = "reads ../shared/data/linkage"]
fn febrl4_lsh_recall_cost() {
    let (exact_tp, _, _, exact) = full_link(0.8, "blake", Blocking::None);
    for (tables, bits) in [(64, 12), (128, 16), (32, 8)] {
        let p = LshParams {
            tables,
            bits,
            seed: 42,
        };
        let (tp, m, _, l) = full_link(0.8, "blake", Blocking::Lsh(p));
        eprintln!(
            "LSH tables={tables} bits={bits}: {tp} true of {m} matches (exact {exact_tp}); recall {:.4}; Dice computed {} of {} pairs ({:.2}%), exact scan computed {}",
            tp as f64 / 5000.0,
            l.stats.computed,
            l.stats.pairs,
            100.0 * l.stats.computed as f64 / l.stats.pairs as f64,
            exact.stats.computed
        );
        assert_eq!(tp, m, "blocking never adds false matches here");
    }
}
