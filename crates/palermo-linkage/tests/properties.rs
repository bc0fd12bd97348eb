//! Invariants of similarity, candidate generation and solving (proptest).
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::{HashMap, HashSet};

use palermo_linkage::candidates::candidate_pairs_brute_force;
use palermo_linkage::solve::sort_candidates;
use palermo_linkage::{
    candidate_pairs, dice, greedy_solve, Candidate, ClkSet, Kernel, SolverOptions,
};
use proptest::prelude::*;

/// CLKs of `bytes` bytes with a per-record density, so that popcounts
/// spread and the popcount window actually prunes.
fn clk_set(n: std::ops::Range<usize>, bytes: usize) -> impl Strategy<Value = ClkSet> {
    prop::collection::vec((0u8..=8, prop::collection::vec(any::<u8>(), bytes)), n).prop_map(
        move |recs| {
            let mut set = ClkSet::with_bits(bytes * 8);
            for (i, (density, raw)) in recs.into_iter().enumerate() {
                // Keep each byte with probability ~density/8 by masking bits.
                let bytes: Vec<u8> = raw
                    .iter()
                    .enumerate()
                    .map(|(k, b)| {
                        let mut m = 0u8;
                        for bit in 0..8 {
                            if ((b.rotate_left(bit) ^ (k as u8)) & 7) < density {
                                m |= 1 << bit;
                            }
                        }
                        b & m | (m & (b >> 1))
                    })
                    .collect();
                set.push_bytes(&bytes, i).unwrap();
            }
            set
        },
    )
}

fn words(v: &[u8]) -> Vec<u64> {
    let mut s = ClkSet::with_bits(v.len() * 8);
    s.push_bytes(v, 0).unwrap();
    s.get(0).to_vec()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn dice_of_self_is_one(v in prop::collection::vec(any::<u8>(), 1..200)) {
        let w = words(&v);
        let d = dice(&w, &w);
        if v.iter().all(|&b| b == 0) {
            prop_assert_eq!(d, 0.0);
        } else {
            prop_assert_eq!(d, 1.0);
        }
    }

    #[test]
    fn dice_is_symmetric_and_bounded(
        (a, b) in (1usize..160).prop_flat_map(|n| (prop::collection::vec(any::<u8>(), n), prop::collection::vec(any::<u8>(), n)))
    ) {
        let (x, y) = (words(&a), words(&b));
        let d = dice(&x, &y);
        prop_assert_eq!(d, dice(&y, &x));
        prop_assert!((0.0..=1.0).contains(&d));
    }

    #[test]
    fn popcount_bound_never_drops_a_pair(
        a in clk_set(1..40, 16),
        b in clk_set(1..60, 16),
        t in 0.3f64..1.0,
    ) {
        let brute = candidate_pairs_brute_force(&a, &b, t);
        for k in [Kernel::detect(), Kernel::Portable] {
            let (fast, _) = candidate_pairs(&a, &b, t, k);
            prop_assert_eq!(&fast, &brute);
        }
    }

    #[test]
    fn solver_never_assigns_a_record_twice(
        raw in prop::collection::vec((0u32..3, 0u32..12, 0u32..3, 0u32..12, 0u8..=20), 0..120),
        merge in prop::sample::select(vec![1.0f64, 0.5]),
    ) {
        let mut cands: Vec<Candidate> = raw
            .into_iter()
            .filter(|(l0, _, l1, _, _)| l0 != l1)
            .map(|(l0, r0, l1, r1, s)| {
                let (x, y) = if l0 < l1 { ((l0, r0), (l1, r1)) } else { ((l1, r1), (l0, r0)) };
                Candidate { sim: 0.8 + f64::from(s) / 100.0, r0: x, r1: y }
            })
            .collect();
        // One similarity per pair.
        let mut seen_pairs = HashSet::new();
        cands.retain(|c| seen_pairs.insert((c.r0, c.r1)));
        sort_candidates(&mut cands);
        let groups = greedy_solve(&cands, SolverOptions { merge_threshold: merge, one_per_list: true });
        let mut seen = HashSet::new();
        let pairs: HashMap<_, _> = cands.iter().map(|c| ((c.r0, c.r1), c.sim)).collect();
        for g in &groups {
            prop_assert!(g.len() >= 2);
            let lists: HashSet<u32> = g.iter().map(|r| r.0).collect();
            prop_assert_eq!(lists.len(), g.len(), "at most one record per list");
            for r in g {
                prop_assert!(seen.insert(*r), "record {:?} in two clusters", r);
            }
            if merge == 1.0 {
                for (i, x) in g.iter().enumerate() {
                    for y in &g[i + 1..] {
                        prop_assert!(pairs.contains_key(&(*x, *y)), "greedy cluster pair {:?}-{:?} is no candidate", x, y);
                    }
                }
            }
        }
    }
}
