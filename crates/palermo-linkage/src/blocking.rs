//! Blocking by locality-sensitive hashing: Hamming bit sampling on CLKs,
//! streamed one hash table at a time.
//!
//! The method is HLSH, the Hamming LSH blocking of Karapiperis and
//! Verykios ("An LSH-based blocking approach with a homomorphic matching
//! technique for privacy-preserving record linkage", IEEE TKDE 27(4),
//! 2015, 909–921), the family of Indyk and Motwani (STOC 1998): each of
//! `tables` (λ) hash tables samples `bits` (K) bit positions of the CLK
//! (chosen from a seed), and two records are compared only if they agree
//! on all K sampled bits of at least one table. Two CLKs that agree on a
//! share `q` of their bits collide in one table with probability about
//! `q^K`, in at least one of λ tables with `1 − (1 − q^K)^λ`. A pair at
//! Dice `s` with popcounts near `p` out of `l` bits differs on
//! `2p(1 − s)` bits, so `q = 1 − 2p(1 − s)/l`: with realistic 1,024-bit
//! CLKs (p ≈ 690) a pair at 0.85 agrees on 80 % of its bits, an unrelated
//! pair on about 56 %, and K = 24, λ = 100 keep 0.998 of the pairs above
//! 0.85 while comparing about 1.6 × 10⁻⁵ of all pairs per table
//! (BENCHMARKS.md, "Blocking at national scale").
//!
//! **Streaming.** Tables are processed one at a time per worker thread
//! (rayon, one task a table): the table's keys of both lists are computed,
//! sorted, and merged; every pair inside a shared bucket (and inside the
//! popcount window) is scored with the AND popcount compiled for the
//! run's [`Kernel`] and tested exactly against the threshold with
//! [`min_and_table`]. A pair that collides in several tables is kept only
//! by the first of them (its keys of the earlier tables are recomputed for
//! the few pairs that pass the threshold), so no set of seen pairs is held
//! and the output has each pair once. The working memory is therefore
//! bounded by [`LshParams::working_bytes`]: 16 bytes per record of both
//! lists per table in flight (one `(key, record)` entry, sorted), for as
//! many tables as there are worker threads, besides the input CLKs and the
//! output pairs (16 bytes each, as the exact scan's). The result does not
//! depend on the number of threads: it is a deterministic function of the
//! lists, the threshold and the parameters (the seed).

use rayon::prelude::*;

use crate::candidates::{sort_pairs, Pair, ScanStats};
use crate::clk::ClkSet;
use crate::similarity::{anonlink_max_delta, dice_from_counts, min_and_table, Kernel};

/// Parameters of the bit-sampling LSH.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LshParams {
    /// Number of hash tables (λ).
    pub tables: u32,
    /// Bits sampled per table (K, at most 64).
    pub bits: u32,
    /// Seed of the bit positions.
    pub seed: u64,
}

impl Default for LshParams {
    /// 100 tables of 24 bits: recall above 0.99 of the pairs above 0.85 on
    /// realistic 1,024-bit CLKs (see the module documentation).
    fn default() -> Self {
        LshParams {
            tables: 100,
            bits: 24,
            seed: 42,
        }
    }
}

/// Bytes of one table entry: a `(key, record)` pair, `u64` and `u32`,
/// padded to 16.
pub const ENTRY_BYTES: u64 = std::mem::size_of::<(u64, u32)>() as u64;

impl LshParams {
    /// The working memory of [`lsh_candidate_pairs`] in bytes, beyond its
    /// inputs and its output: `ENTRY_BYTES · (n + m)` for each table in
    /// flight, at most `min(threads, tables)` of them. For n = m = 10⁶ on
    /// two threads: 16 · 2 · 10⁶ · 2 = 64,000,000 bytes.
    pub fn working_bytes(&self, n: usize, m: usize, threads: usize) -> u64 {
        let in_flight = (threads.max(1) as u64).min(u64::from(self.tables.max(1)));
        ENTRY_BYTES * (n as u64 + m as u64) * in_flight
    }
}

fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The sampled positions of each table (distinct within a table, drawn
/// from `0..nbits` by SplitMix64 from the seed).
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

/// The key of a CLK in a table: its sampled bits, packed.
#[inline(always)]
fn key(words: &[u64], positions: &[usize]) -> u64 {
    positions.iter().enumerate().fold(0u64, |k, (i, &p)| {
        let w = words.get(p / 64).copied().unwrap_or(0);
        k | (((w >> (p % 64)) & 1) << i)
    })
}

/// Candidate pairs (Dice ≥ `threshold`) among records that share an LSH
/// bucket in at least one table, each once, sorted like
/// [`crate::candidates::candidate_pairs`]'s. `stats.computed` counts the
/// Dice coefficients computed (a pair sharing buckets of several tables
/// counts once per table). The CLK lengths must agree (checked by the
/// caller); `kernel` picks the CPU features of the AND popcount.
pub fn lsh_candidate_pairs(
    a: &ClkSet,
    b: &ClkSet,
    threshold: f64,
    params: &LshParams,
    kernel: Kernel,
) -> (Vec<Pair>, ScanStats) {
    let nbits = a.words() * 64;
    let tables = sample_positions(params, a.bits().min(nbits).max(1));
    let need = min_and_table(nbits, threshold);
    let apc = a.popcounts();
    let bpc = b.popcounts();
    let parts: Vec<(Vec<Pair>, u64)> = (0..tables.len())
        .into_par_iter()
        .map(|t| {
            kernel.run(TableJob {
                t,
                tables: &tables,
                a,
                b,
                apc,
                bpc,
                need: &need,
                threshold,
            })
        })
        .collect();
    let mut stats = ScanStats {
        pairs: a.len() as u64 * b.len() as u64,
        computed: 0,
    };
    let mut pairs = Vec::with_capacity(parts.iter().map(|p| p.0.len()).sum());
    for (p, c) in parts {
        pairs.extend(p);
        stats.computed += c;
    }
    sort_pairs(&mut pairs);
    (pairs, stats)
}

/// One table: keys, sort, merge, score. Its `call` is always inlined into
/// [`Kernel::run`] so that the popcounts use the kernel's CPU features.
struct TableJob<'a> {
    t: usize,
    tables: &'a [Vec<usize>],
    a: &'a ClkSet,
    b: &'a ClkSet,
    apc: &'a [u32],
    bpc: &'a [u32],
    need: &'a [u32],
    threshold: f64,
}

impl pulp::NullaryFnOnce for TableJob<'_> {
    type Output = (Vec<Pair>, u64);

    #[inline(always)]
    fn call(self) -> (Vec<Pair>, u64) {
        let TableJob {
            t,
            tables,
            a,
            b,
            apc,
            bpc,
            need,
            threshold,
        } = self;
        let Some(pos) = tables.get(t) else {
            return (Vec::new(), 0);
        };
        let keyed = |s: &ClkSet| {
            let mut v: Vec<(u64, u32)> = (0..s.len())
                .map(|i| (key(s.get(i), pos), i as u32))
                .collect();
            v.sort_unstable();
            v
        };
        let ka = keyed(a);
        let kb = keyed(b);
        let mut out = Vec::new();
        let mut computed = 0u64;
        let (mut i, mut j) = (0usize, 0usize);
        while i < ka.len() && j < kb.len() {
            let (x, y) = (ka[i].0, kb[j].0);
            if x < y {
                i += 1;
                continue;
            }
            if y < x {
                j += 1;
                continue;
            }
            let ie = i + ka[i..].partition_point(|e| e.0 == x);
            let je = j + kb[j..].partition_point(|e| e.0 == x);
            for &(_, ia) in &ka[i..ie] {
                let aw = a.get(ia as usize);
                let pa = apc[ia as usize];
                let max_delta = anonlink_max_delta(pa, threshold);
                for &(_, ib) in &kb[j..je] {
                    let pb = bpc[ib as usize];
                    if pa.abs_diff(pb) > max_delta {
                        continue;
                    }
                    computed += 1;
                    let bw = b.get(ib as usize);
                    let c: u32 = aw.iter().zip(bw).map(|(x, y)| (x & y).count_ones()).sum();
                    if c < need.get((pa + pb) as usize).copied().unwrap_or(u32::MAX) {
                        continue;
                    }
                    // Kept by the first table in which the two collide.
                    if tables[..t].iter().any(|p| key(aw, p) == key(bw, p)) {
                        continue;
                    }
                    out.push(Pair {
                        sim: dice_from_counts(c, pa, pb),
                        a: ia,
                        b: ib,
                    });
                }
            }
            i = ie;
            j = je;
        }
        (out, computed)
    }
}
