//! Candidate generation: every pair of records from two lists whose Dice
//! coefficient reaches the threshold, found without comparing all n·m pairs.
//!
//! Both lists are sorted by popcount. A pair can reach T only if
//! `|b| ∈ [|a|·T/(2−T), |a|·(2−T)/T]` (which implies anonlink's
//! `||a|−|b|| ≤ 2|a|(1/T − 1)`), so each record of A is compared with one
//! contiguous window of B. B is stored in word-interleaved blocks of 8 and
//! scanned in cache-sized tiles; chunks of A run in parallel (rayon).

use rayon::prelude::*;

use crate::clk::ClkSet;
use crate::similarity::{
    anonlink_max_delta, block_and_counts, min_and_lower_bounds, min_and_table, popcount_window,
    Kernel, LANES,
};
use crate::vertical::{Avx512Vertical, CHECKPOINTS, WORDS};

/// A candidate pair: record `a` of the first list, record `b` of the second
/// (0-based positions in file order) and their Dice coefficient.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Pair {
    /// Dice coefficient.
    pub sim: f64,
    /// Record in the first list.
    pub a: u32,
    /// Record in the second list.
    pub b: u32,
}

/// Work done by a scan.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanStats {
    /// All pairs, n·m: what an exhaustive comparison would do.
    pub pairs: u64,
    /// Pairs whose Dice coefficient was computed (inside the popcount
    /// window, or sharing a block when blocking).
    pub computed: u64,
}

impl std::ops::AddAssign for ScanStats {
    fn add_assign(&mut self, o: ScanStats) {
        self.pairs += o.pairs;
        self.computed += o.computed;
    }
}

/// A list sorted by popcount and stored in interleaved blocks.
pub(crate) struct Prepared {
    /// Original index of each sorted position.
    pub order: Vec<u32>,
    /// Popcount of each sorted position.
    pub pops: Vec<u32>,
    /// The same, padded with zeros to whole blocks.
    pub pops_padded: Vec<u32>,
    /// Interleaved words: block `k` holds sorted records `8k .. 8k+8`.
    pub blocks: Vec<u64>,
    pub words: usize,
    /// For 16-word CLKs: per block, per early-exit checkpoint, the
    /// popcount of each lane's words from the checkpoint on (empty for
    /// other lengths).
    pub rest: Vec<u64>,
}

impl Prepared {
    pub fn new(set: &ClkSet) -> Prepared {
        let mut order: Vec<u32> = (0..set.len() as u32).collect();
        let pc = set.popcounts();
        order.sort_by_key(|&i| (pc[i as usize], i));
        let pops: Vec<u32> = order.iter().map(|&i| pc[i as usize]).collect();
        let words = set.words();
        let nblocks = set.len().div_ceil(LANES);
        let mut blocks = vec![0u64; nblocks * words * LANES];
        for (pos, &orig) in order.iter().enumerate() {
            let (blk, lane) = (pos / LANES, pos % LANES);
            let base = blk * words * LANES;
            for (w, &x) in set.get(orig as usize).iter().enumerate() {
                blocks[base + w * LANES + lane] = x;
            }
        }
        let mut pops_padded = pops.clone();
        pops_padded.resize(nblocks * LANES, 0);
        let mut rest = Vec::new();
        if words == WORDS {
            rest = vec![0u64; nblocks * CHECKPOINTS.len() * LANES];
            for (pos, &orig) in order.iter().enumerate() {
                let (blk, lane) = (pos / LANES, pos % LANES);
                let w = set.get(orig as usize);
                for (c, &from) in CHECKPOINTS.iter().enumerate() {
                    rest[(blk * CHECKPOINTS.len() + c) * LANES + lane] =
                        w[from..].iter().map(|x| u64::from(x.count_ones())).sum();
                }
            }
        }
        Prepared {
            order,
            pops,
            pops_padded,
            blocks,
            words,
            rest,
        }
    }

    #[inline(always)]
    fn block(&self, k: usize) -> &[u64] {
        let n = self.words * LANES;
        &self.blocks[k * n..(k + 1) * n]
    }
}

/// Records of A handled by one parallel task.
const CHUNK: usize = 64;
/// Blocks of B per cache tile (8 records each): 24 × 8 × 128 B = 24 KiB for
/// 1,024-bit CLKs, so that the tile, its early-exit counts and the chunk of
/// A stay in a 48 KiB L1 data cache.
const TILE_BYTES: usize = 24 * 1024;

/// Scans every pair `(a, b)` with `|b|` inside the popcount window of
/// `window_t`, calling `visit(acc, a, b, |a∧b|, |a|, |b|)` with original
/// record indices. One accumulator per task, returned in task order. With
/// `need` (the exact [`min_and_table`]), only pairs reaching it are
/// visited, and `lower` ([`min_and_lower_bounds`] of the same threshold)
/// lets the vertical AVX-512 kernel prune blocks early.
#[allow(clippy::too_many_arguments)]
pub(crate) fn scan<T, I, V>(
    a: &ClkSet,
    b: &Prepared,
    window_t: f64,
    need: Option<&[u32]>,
    lower: Option<&[u32]>,
    kernel: Kernel,
    init: I,
    visit: V,
) -> (Vec<T>, ScanStats)
where
    T: Send,
    I: Fn() -> T + Sync,
    V: Fn(&mut T, u32, u32, u32, u32, u32) + Sync,
{
    let mut a_order: Vec<u32> = (0..a.len() as u32).collect();
    let apc = a.popcounts();
    a_order.sort_by_key(|&i| (apc[i as usize], i));
    let tile_blocks = (TILE_BYTES / (b.words * 8 * LANES)).max(1);
    // The vertical kernel: AVX-512 VPOPCNTDQ present and asked for,
    // 1,024-bit CLKs, and a threshold to prune against.
    let vertical = match (kernel, need, lower) {
        (Kernel::Avx512, Some(_), Some(_)) if b.words == WORDS && a.words() == WORDS => {
            Avx512Vertical::detect()
        }
        _ => None,
    };
    let results: Vec<(T, u64)> = a_order
        .par_chunks(CHUNK)
        .map(|chunk| {
            let mut acc = init();
            let mut computed = 0u64;
            // Window of sorted B positions for each record of the chunk.
            let windows: Vec<(usize, usize)> = chunk
                .iter()
                .map(|&ia| {
                    let (lo, hi) = popcount_window(apc[ia as usize], window_t);
                    let s = b.pops.partition_point(|&p| p < lo);
                    let e = b.pops.partition_point(|&p| p <= hi);
                    (s, e.max(s))
                })
                .collect();
            let umin = windows.iter().map(|w| w.0).min().unwrap_or(0);
            let umax = windows.iter().map(|w| w.1).max().unwrap_or(0);
            if umin >= umax {
                return (acc, 0);
            }
            let (b0, b1) = (umin / LANES, umax.div_ceil(LANES));
            let mut t0 = b0;
            while t0 < b1 {
                let t1 = (t0 + tile_blocks).min(b1);
                kernel.run(TileJob {
                    chunk,
                    windows: &windows,
                    tile: (t0, t1),
                    a,
                    b,
                    acc: &mut acc,
                    computed: &mut computed,
                    need,
                    lower,
                    vertical,
                    visit: &visit,
                });
                t0 = t1;
            }
            (acc, computed)
        })
        .collect();
    let mut stats = ScanStats {
        pairs: a.len() as u64 * b.pops.len() as u64,
        computed: 0,
    };
    let accs = results
        .into_iter()
        .map(|(t, c)| {
            stats.computed += c;
            t
        })
        .collect();
    (accs, stats)
}

/// One tile of B against one chunk of A, as a job for [`Kernel::run`]: its
/// `call` is always inlined, so the loop is compiled with the CPU features
/// of the kernel that runs it (a closure would not be inlined reliably).
struct TileJob<'a, T, V> {
    chunk: &'a [u32],
    windows: &'a [(usize, usize)],
    tile: (usize, usize),
    a: &'a ClkSet,
    b: &'a Prepared,
    acc: &'a mut T,
    computed: &'a mut u64,
    /// Smallest AND popcount worth visiting for each |a| + |b|, if any.
    need: Option<&'a [u32]>,
    /// [`min_and_lower_bounds`], for the vertical kernel's block bound.
    lower: Option<&'a [u32]>,
    /// The vertical AVX-512 kernel, when it applies.
    vertical: Option<Avx512Vertical>,
    visit: &'a V,
}

impl<T, V> pulp::NullaryFnOnce for TileJob<'_, T, V>
where
    V: Fn(&mut T, u32, u32, u32, u32, u32),
{
    type Output = ();

    #[inline(always)]
    fn call(self) {
        let TileJob {
            chunk,
            windows,
            tile: (t0, t1),
            a,
            b,
            acc,
            computed,
            need,
            lower,
            vertical,
            visit,
        } = self;
        let apc = a.popcounts();
        let nb = b.pops.len();
        let mut hits: Vec<(u32, u32)> = Vec::new();
        for (&ia, &(s, e)) in chunk.iter().zip(windows) {
            let k0 = (s / LANES).max(t0);
            let k1 = e.div_ceil(LANES).min(t1);
            if k0 >= k1 {
                continue;
            }
            let aw = a.get(ia as usize);
            let pa = apc[ia as usize];
            if let (Some(v), Some(need), Some(lower), Ok(aw16)) =
                (vertical, need, lower, <&[u64; WORDS]>::try_from(aw))
            {
                let rest_a = CHECKPOINTS
                    .map(|from| aw16[from..].iter().map(|x| u64::from(x.count_ones())).sum());
                hits.clear();
                v.scan16(
                    aw16,
                    pa,
                    rest_a,
                    &b.blocks,
                    &b.rest,
                    &b.pops_padded,
                    lower,
                    (k0, k1),
                    &mut hits,
                );
                for &(pos, c) in &hits {
                    let pos = pos as usize;
                    if pos < s || pos >= e || pos >= nb {
                        continue;
                    }
                    let pb = b.pops[pos];
                    if c >= need.get((pa + pb) as usize).copied().unwrap_or(u32::MAX) {
                        visit(acc, ia, b.order[pos], c, pa, pb);
                    }
                }
                *computed += (e.min(k1 * LANES) - s.max(k0 * LANES)) as u64;
                continue;
            }
            for k in k0..k1 {
                let counts = block_and_counts(aw, b.block(k));
                let base = k * LANES;
                let mut mask: u32 = match need {
                    Some(need) => {
                        let pops = &b.pops_padded[base..base + LANES];
                        let mut m = 0u32;
                        for (lane, (&c, &pb)) in counts.iter().zip(pops).enumerate() {
                            let t = need.get((pa + pb) as usize).copied().unwrap_or(u32::MAX);
                            m |= u32::from(c as u32 >= t) << lane;
                        }
                        m
                    }
                    None => (1 << LANES) - 1,
                };
                while mask != 0 {
                    let lane = mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    let pos = base + lane;
                    if pos < s || pos >= e || pos >= nb {
                        continue;
                    }
                    visit(acc, ia, b.order[pos], counts[lane] as u32, pa, b.pops[pos]);
                }
            }
            *computed += (e.min(k1 * LANES) - s.max(k0 * LANES)) as u64;
        }
    }
}

/// Sorts pairs as anonlink does: similarity descending, then `a`, then `b`.
pub fn sort_pairs(pairs: &mut [Pair]) {
    pairs.sort_unstable_by(|x, y| {
        y.sim
            .total_cmp(&x.sim)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
}

/// All pairs of `a` × `b` with Dice ≥ `threshold` (0 < T ≤ 1), sorted as
/// anonlink sorts them. The CLK lengths must agree (checked by the caller).
pub fn candidate_pairs(
    a: &ClkSet,
    b: &ClkSet,
    threshold: f64,
    kernel: Kernel,
) -> (Vec<Pair>, ScanStats) {
    let prepared = Prepared::new(b);
    candidate_pairs_prepared(a, &prepared, threshold, kernel)
}

pub(crate) fn candidate_pairs_prepared(
    a: &ClkSet,
    b: &Prepared,
    threshold: f64,
    kernel: Kernel,
) -> (Vec<Pair>, ScanStats) {
    let bits = a.bits().max(b.words * 64);
    let table = min_and_table(bits, threshold);
    let lower = min_and_lower_bounds(bits, threshold);
    let (parts, stats) = scan(
        a,
        b,
        threshold,
        Some(&table),
        Some(&lower),
        kernel,
        Vec::new,
        |acc: &mut Vec<Pair>, ia, ib, c, pa, pb| {
            if c >= table[(pa + pb) as usize]
                && pa.abs_diff(pb) <= anonlink_max_delta(pa, threshold)
            {
                acc.push(Pair {
                    sim: crate::similarity::dice_from_counts(c, pa, pb),
                    a: ia,
                    b: ib,
                });
            }
        },
    );
    let mut pairs: Vec<Pair> = parts.into_iter().flatten().collect();
    sort_pairs(&mut pairs);
    (pairs, stats)
}

/// Brute force: every pair compared, for tests and for checking the bound.
pub fn candidate_pairs_brute_force(a: &ClkSet, b: &ClkSet, threshold: f64) -> Vec<Pair> {
    let mut out = Vec::new();
    for i in 0..a.len() {
        for j in 0..b.len() {
            let sim = crate::similarity::dice(a.get(i), b.get(j));
            if sim >= threshold {
                out.push(Pair {
                    sim,
                    a: i as u32,
                    b: j as u32,
                });
            }
        }
    }
    sort_pairs(&mut out);
    out
}

/// Counts of pair similarities in equal-width bins over [0, 1].
#[derive(Debug, Clone, PartialEq)]
pub struct Histogram {
    /// Pairs per bin; bin `i` covers `[i/n, (i+1)/n)`, the last one
    /// includes 1.
    pub counts: Vec<u64>,
    /// Pairs below `floor`, not binned (most are never compared: the
    /// popcount bound proves them below it).
    pub below_floor: u64,
    /// The floor used.
    pub floor: f64,
}

impl Histogram {
    /// Lower edge of bin `i`.
    pub fn bin_start(&self, i: usize) -> f64 {
        i as f64 / self.counts.len() as f64
    }
}

/// Histogram of the Dice coefficients of all pairs of `a` × `b`. Pairs the
/// popcount bound places below `floor` are counted in `below_floor` without
/// being compared (`floor` = 0 compares every pair).
pub fn similarity_histogram(
    a: &ClkSet,
    b: &ClkSet,
    floor: f64,
    bins: usize,
    kernel: Kernel,
) -> Histogram {
    let bins = bins.max(1);
    let prepared = Prepared::new(b);
    let (parts, stats) = scan(
        a,
        &prepared,
        floor,
        None,
        None,
        kernel,
        || vec![0u64; bins + 1],
        |acc: &mut Vec<u64>, _, _, c, pa, pb| {
            let sim = crate::similarity::dice_from_counts(c, pa, pb);
            let i = if sim < floor {
                bins
            } else {
                ((sim * bins as f64) as usize).min(bins - 1)
            };
            acc[i] += 1;
        },
    );
    let mut counts = vec![0u64; bins + 1];
    for p in parts {
        for (c, x) in counts.iter_mut().zip(p) {
            *c += x;
        }
    }
    let below = counts.pop().unwrap_or(0);
    Histogram {
        counts,
        below_floor: stats.pairs - stats.computed + below,
        floor,
    }
}
