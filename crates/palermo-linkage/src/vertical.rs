//! The explicit AVX-512 VPOPCNTDQ kernel for 1,024-bit CLKs (16 words):
//! one probe CLK against interleaved blocks of 8 records, the 8 lanes kept
//! vertical, with an early exit.
//!
//! Per word `w` of a block: one 512-bit load of word `w` of the 8 records,
//! AND with the broadcast word `w` of the probe, `VPOPCNTQ`, vertical
//! `VPADDQ` into the 8 lane counts (no horizontal sum per pair, no
//! gathers). After words 8 and 12 the block stops if no lane can still
//! reach the threshold: lane `j` ends with at most
//! `partial_j + min(rest_a, rest_b_j)` common bits (`rest` = popcount of
//! the words still to come, from prefix popcounts computed once per CLK),
//! and it needs at least `need(|a| + |b_min|)`, the smallest AND popcount
//! reaching the threshold for the block's smallest popcount (the table is
//! monotone in `|a| + |b|` and the block is sorted by popcount, so this
//! lower-bounds every lane's need). Lanes whose final count reaches that
//! bound are returned as hits; the caller applies the exact per-lane test.
//!
//! `unsafe`: the only `unsafe` of the crate is the call of the
//! `#[target_feature]` function in [`Avx512Vertical::scan16`], reachable
//! only through a token that run-time feature detection constructs. The
//! intrinsics themselves are safe inside the `#[target_feature]` function
//! (Rust ≥ 1.87) and loads are safe casts of `[u64; 8]` (bytemuck).

use crate::similarity::LANES;

/// Words of the CLKs this kernel handles (1,024 bits).
pub const WORDS: usize = 16;
/// Words after which the early-exit bound is tested.
pub const CHECKPOINTS: [usize; 2] = [8, 12];

/// Proof that the CPU has AVX-512F and AVX-512 VPOPCNTDQ (constructed
/// only by run-time detection).
#[derive(Debug, Clone, Copy)]
pub struct Avx512Vertical(());

impl Avx512Vertical {
    /// `Some` when this CPU has AVX-512F and VPOPCNTDQ.
    pub fn detect() -> Option<Avx512Vertical> {
        #[cfg(target_arch = "x86_64")]
        {
            if std::arch::is_x86_feature_detected!("avx512f")
                && std::arch::is_x86_feature_detected!("avx512vpopcntdq")
            {
                return Some(Avx512Vertical(()));
            }
        }
        None
    }

    /// Scans blocks `k0..k1` of `blocks` (16 words × 8 lanes each,
    /// word-interleaved) against the probe `aw` of popcount `pa`, pushing
    /// `(sorted position, |a∧b|)` for every lane whose count reaches
    /// `lower[pa + pops[8k]]` (see the module documentation). `rest_a[i]`
    /// is the popcount of `aw[CHECKPOINTS[i]..]`; `rest_b` holds, per block
    /// and checkpoint, the same for the 8 lanes. Out-of-range blocks are
    /// skipped, never read out of bounds.
    #[allow(clippy::too_many_arguments, unsafe_code)]
    #[inline]
    pub fn scan16(
        self,
        aw: &[u64; WORDS],
        pa: u32,
        rest_a: [u64; 2],
        blocks: &[u64],
        rest_b: &[u64],
        pops: &[u32],
        lower: &[u32],
        (k0, k1): (usize, usize),
        hits: &mut Vec<(u32, u32)>,
    ) {
        #[cfg(target_arch = "x86_64")]
        {
            // SAFETY: `self` exists only if `detect` found AVX-512F and
            // AVX-512 VPOPCNTDQ on this CPU, the features `scan16_avx512`
            // is compiled for; the function itself is safe Rust.
            unsafe { x86::scan16_avx512(aw, pa, rest_a, blocks, rest_b, pops, lower, k0, k1, hits) }
        }
        #[cfg(not(target_arch = "x86_64"))]
        {
            let _ = (aw, pa, rest_a, blocks, rest_b, pops, lower, k0, k1, hits);
        }
    }
}

#[cfg(target_arch = "x86_64")]
mod x86 {
    use super::{LANES, WORDS};
    use core::arch::x86_64::*;
    use pulp::bytemuck::cast;

    #[inline(always)]
    fn row(blk: &[u64; WORDS * LANES], w: usize) -> [u64; LANES] {
        let mut r = [0u64; LANES];
        r.copy_from_slice(&blk[w * LANES..(w + 1) * LANES]);
        r
    }

    #[target_feature(enable = "avx512f,avx512vpopcntdq")]
    // `w` indexes both the block's rows and the broadcast probe words.
    #[allow(clippy::too_many_arguments, clippy::needless_range_loop)]
    pub(super) fn scan16_avx512(
        aw: &[u64; WORDS],
        pa: u32,
        rest_a: [u64; 2],
        blocks: &[u64],
        rest_b: &[u64],
        pops: &[u32],
        lower: &[u32],
        k0: usize,
        k1: usize,
        hits: &mut Vec<(u32, u32)>,
    ) {
        let bcast: [__m512i; WORDS] = core::array::from_fn(|w| _mm512_set1_epi64(aw[w] as i64));
        let ra0 = _mm512_set1_epi64(rest_a[0] as i64);
        let ra1 = _mm512_set1_epi64(rest_a[1] as i64);
        for k in k0..k1 {
            let Some(blk) = blocks.get(k * WORDS * LANES..(k + 1) * WORDS * LANES) else {
                continue;
            };
            let Ok(blk) = <&[u64; WORDS * LANES]>::try_from(blk) else {
                continue;
            };
            let (Some(&pb0), Some(rb)) = (
                pops.get(k * LANES),
                rest_b.get(k * 2 * LANES..(k + 1) * 2 * LANES),
            ) else {
                continue;
            };
            let need = lower.get((pa + pb0) as usize).copied().unwrap_or(u32::MAX);
            if need == u32::MAX {
                // No AND popcount reaches the threshold even for the
                // smallest popcount of the block, hence for none.
                continue;
            }
            let needv = _mm512_set1_epi64(i64::from(need));
            let mut acc = _mm512_setzero_si512();
            for w in 0..8 {
                let x = _mm512_and_si512(cast(row(blk, w)), bcast[w]);
                acc = _mm512_add_epi64(acc, _mm512_popcnt_epi64(x));
            }
            let mut rb0 = [0u64; LANES];
            rb0.copy_from_slice(&rb[..LANES]);
            let bound = _mm512_add_epi64(acc, _mm512_min_epu64(ra0, cast(rb0)));
            if _mm512_cmpge_epu64_mask(bound, needv) == 0 {
                continue;
            }
            for w in 8..12 {
                let x = _mm512_and_si512(cast(row(blk, w)), bcast[w]);
                acc = _mm512_add_epi64(acc, _mm512_popcnt_epi64(x));
            }
            let mut rb1 = [0u64; LANES];
            rb1.copy_from_slice(&rb[LANES..]);
            let bound = _mm512_add_epi64(acc, _mm512_min_epu64(ra1, cast(rb1)));
            if _mm512_cmpge_epu64_mask(bound, needv) == 0 {
                continue;
            }
            for w in 12..16 {
                let x = _mm512_and_si512(cast(row(blk, w)), bcast[w]);
                acc = _mm512_add_epi64(acc, _mm512_popcnt_epi64(x));
            }
            let mut mask = _mm512_cmpge_epu64_mask(acc, needv);
            if mask != 0 {
                let counts: [u64; LANES] = cast(acc);
                while mask != 0 {
                    let lane = mask.trailing_zeros() as usize;
                    mask &= mask - 1;
                    hits.push(((k * LANES + lane) as u32, counts[lane] as u32));
                }
            }
        }
    }
}
