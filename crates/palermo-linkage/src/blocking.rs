//! Blocking by locality-sensitive hashing: Hamming bit sampling on CLKs.
//!
//! Each of `tables` hash tables samples `bits` bit positions (chosen from a
//! seed); two records are compared only if they agree on all sampled bits
//! of at least one table. Similar CLKs agree on most bits, so they collide
//! with high probability; unrelated ones rarely do. The work grows with the
//! collisions instead of n·m, at the price of missing some true pairs: the
//! recall cost is measured in the tests and in BENCHMARKS.md.

use std::collections::HashMap;

use rayon::prelude::*;

use crate::candidates::{sort_pairs, Pair, ScanStats};
use crate::clk::ClkSet;
use crate::similarity::{anonlink_max_delta, min_and_table};

/// Parameters of the bit-sampling LSH.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LshParams {
    /// Number of hash tables (λ).
    pub tables: u32,
    /// Bits sampled per table (at most 64).
    pub bits: u32,
    /// Seed of the bit positions.
    pub seed: u64,
}

impl Default for LshParams {
    fn default() -> Self {
        LshParams {
            tables: 24,
            bits: 24,
            seed: 42,
        }
    }
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The sampled positions of each table (distinct within a table).
pub fn sample_positions(p: &LshParams, nbits: usize) -> Vec<Vec<usize>> {
    let mut st = p.seed;
    let bits = (p.bits.min(64) as usize).min(nbits);
    (0..p.tables)
        .map(|_| {
            let mut v: Vec<usize> = Vec::with_capacity(bits);
            while v.len() < bits {
                let x = (splitmix(&mut st) % nbits as u64) as usize;
                if !v.contains(&x) {
                    v.push(x);
                }
            }
            v
        })
        .collect()
}

#[inline]
fn key(words: &[u64], positions: &[usize]) -> u64 {
    positions.iter().enumerate().fold(0u64, |k, (i, &p)| {
        k | (((words[p / 64] >> (p % 64)) & 1) << i)
    })
}

/// Candidate pairs (Dice ≥ `threshold`) among records that share an LSH
/// bucket, sorted like [`crate::candidates::candidate_pairs`]'s.
pub fn lsh_candidate_pairs(
    a: &ClkSet,
    b: &ClkSet,
    threshold: f64,
    params: &LshParams,
) -> (Vec<Pair>, ScanStats) {
    let nbits = a.words() * 64;
    let tables = sample_positions(params, a.bits().min(nbits).max(1));
    let index: Vec<HashMap<u64, Vec<u32>>> = tables
        .par_iter()
        .map(|pos| {
            let mut m: HashMap<u64, Vec<u32>> = HashMap::new();
            for j in 0..b.len() {
                m.entry(key(b.get(j), pos)).or_default().push(j as u32);
            }
            m
        })
        .collect();
    let table = min_and_table(nbits, threshold);
    let bpc = b.popcounts();
    let apc = a.popcounts();
    let parts: Vec<(Vec<Pair>, u64)> = (0..a.len() as u32)
        .collect::<Vec<_>>()
        .par_chunks(256)
        .map(|chunk| {
            let mut out = Vec::new();
            let mut computed = 0u64;
            let mut seen: Vec<u32> = Vec::new();
            for &ia in chunk {
                let aw = a.get(ia as usize);
                seen.clear();
                for (pos, m) in tables.iter().zip(&index) {
                    if let Some(v) = m.get(&key(aw, pos)) {
                        seen.extend_from_slice(v);
                    }
                }
                seen.sort_unstable();
                seen.dedup();
                let pa = apc[ia as usize];
                let max_delta = anonlink_max_delta(pa, threshold);
                for &ib in &seen {
                    let pb = bpc[ib as usize];
                    if pa.abs_diff(pb) > max_delta {
                        continue;
                    }
                    computed += 1;
                    let c: u32 = aw
                        .iter()
                        .zip(b.get(ib as usize))
                        .map(|(x, y)| (x & y).count_ones())
                        .sum();
                    if c >= table[(pa + pb) as usize] {
                        out.push(Pair {
                            sim: crate::similarity::dice_from_counts(c, pa, pb),
                            a: ia,
                            b: ib,
                        });
                    }
                }
            }
            (out, computed)
        })
        .collect();
    let mut stats = ScanStats {
        pairs: a.len() as u64 * b.len() as u64,
        computed: 0,
    };
    let mut pairs = Vec::new();
    for (p, c) in parts {
        pairs.extend(p);
        stats.computed += c;
    }
    sort_pairs(&mut pairs);
    (pairs, stats)
}
