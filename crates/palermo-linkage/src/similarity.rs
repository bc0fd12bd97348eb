//! Sørensen–Dice coefficient on bit vectors, and the popcount kernel that
//! candidate generation runs.
//!
//! The kernel compares one CLK with a *block* of 8 CLKs stored word-
//! interleaved (word `i` of the 8 records side by side), so that the AND
//! and popcount run vertically over 8 lanes and no horizontal sum is needed
//! per pair. CPU features are detected at run time (through `pulp`, with no
//! `unsafe`): AVX-512 VPOPCNTDQ, then AVX2, then the POPCNT instruction,
//! then portable code (the reference). At a threshold, `Kernel::Avx512` on
//! 1,024-bit CLKs runs the explicit kernel of [`crate::vertical`] instead,
//! with its early exit (the crate's one `unsafe` call, after detection).

/// Records per interleaved block.
pub const LANES: usize = 8;

/// Dice coefficient of two CLKs given as words: `2|a∧b| / (|a| + |b|)`,
/// 0 when both are empty. Computed exactly as anonlink does, in `f64`.
pub fn dice(a: &[u64], b: &[u64]) -> f64 {
    let pa: u32 = a.iter().map(|w| w.count_ones()).sum();
    let pb: u32 = b.iter().map(|w| w.count_ones()).sum();
    let c: u32 = a.iter().zip(b).map(|(x, y)| (x & y).count_ones()).sum();
    dice_from_counts(c, pa, pb)
}

/// Dice coefficient from the popcount of the AND and the two popcounts.
#[inline]
pub fn dice_from_counts(and: u32, pa: u32, pb: u32) -> f64 {
    let s = pa + pb;
    if s == 0 {
        0.0
    } else {
        f64::from(2 * and) / f64::from(s)
    }
}

/// For every popcount sum `s = |a| + |b|` (0 ..= 2·bits), the smallest
/// `|a∧b|` whose Dice coefficient, computed in `f64` as anonlink computes
/// it, reaches `threshold`; `u32::MAX` when none does. Turns the threshold
/// test into one integer comparison that agrees exactly with the division.
pub fn min_and_table(bits: usize, threshold: f64) -> Vec<u32> {
    min_and(bits, threshold, true)
}

/// The same without the cap `|a∧b| ≤ s/2`: for every `s`, the smallest
/// count `c` with `2c/s ≥ threshold` in `f64` (`u32::MAX` only for s = 0).
/// Unlike [`min_and_table`] it is non-decreasing in `s` (the division is
/// correctly rounded, hence monotone), so the entry for the smallest
/// `|a| + |b|` of a block lower-bounds the need of every lane; for real
/// counts (`c ≤ s/2`) both tables give the same decisions.
pub fn min_and_lower_bounds(bits: usize, threshold: f64) -> Vec<u32> {
    min_and(bits, threshold, false)
}

fn min_and(bits: usize, threshold: f64, cap: bool) -> Vec<u32> {
    (0..=2 * bits as u32)
        .map(|s| {
            if s == 0 {
                return if threshold <= 0.0 { 0 } else { u32::MAX };
            }
            // Start from the real-number bound and fix up rounding.
            let mut c = ((threshold * f64::from(s)) / 2.0).ceil().max(0.0) as u32;
            while c > 0 && f64::from(2 * (c - 1)) / f64::from(s) >= threshold {
                c -= 1;
            }
            while c <= s && f64::from(2 * c) / f64::from(s) < threshold {
                c += 1;
            }
            if cap && c > s / 2 {
                u32::MAX
            } else {
                c
            }
        })
        .collect()
}

/// The range of popcounts `|b|` that can reach `threshold` with a CLK of
/// popcount `pa`: `|b| ∈ [pa·T/(2−T), pa·(2−T)/T]`, widened by one on each
/// side against rounding (the exact test comes later).
pub fn popcount_window(pa: u32, threshold: f64) -> (u32, u32) {
    if threshold <= 0.0 {
        return (0, u32::MAX);
    }
    let pa_f = f64::from(pa);
    let lo = (pa_f * threshold / (2.0 - threshold)).floor() - 1.0;
    let hi = (pa_f * (2.0 - threshold) / threshold).ceil() + 1.0;
    (lo.max(0.0) as u32, hi.min(f64::from(u32::MAX)) as u32)
}

/// anonlink's own pruning bound, `|pa − pb| ≤ ⌊2·pa·(1/T − 1)⌋`, kept so
/// that floating-point edge cases agree with it.
#[inline]
pub fn anonlink_max_delta(pa: u32, threshold: f64) -> u32 {
    if threshold <= 0.0 {
        return u32::MAX;
    }
    let d = f64::from(2 * pa) * (1.0 / threshold - 1.0);
    if d >= f64::from(u32::MAX) {
        u32::MAX
    } else {
        d as u32
    }
}

pulp::simd_type! {
    /// AVX-512 with the vector popcount.
    struct Avx512Popcnt {
        f: "avx512f",
        vl: "avx512vl",
        bw: "avx512bw",
        vpopcntdq: "avx512vpopcntdq",
        popcnt: "popcnt",
    }
}
pulp::simd_type! {
    /// AVX2 with the scalar popcount.
    struct Avx2Popcnt {
        avx2: "avx2",
        popcnt: "popcnt",
    }
}
pulp::simd_type! {
    /// The scalar popcount instruction.
    struct Popcnt {
        popcnt: "popcnt",
    }
}

/// The instruction set the kernel runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kernel {
    /// AVX-512 VPOPCNTDQ.
    Avx512,
    /// AVX2 + POPCNT.
    Avx2,
    /// POPCNT.
    Popcnt,
    /// Portable Rust, no CPU feature assumed.
    Portable,
}

impl Kernel {
    /// The best kernel this CPU supports.
    pub fn detect() -> Kernel {
        if Avx512Popcnt::try_new().is_some() {
            Kernel::Avx512
        } else if Avx2Popcnt::try_new().is_some() {
            Kernel::Avx2
        } else if Popcnt::try_new().is_some() {
            Kernel::Popcnt
        } else {
            Kernel::Portable
        }
    }

    /// Runs `f` compiled for this kernel's CPU features (falls back to
    /// portable code if they are missing). For the features to apply, `f`
    /// must be inlined: pass a small closure, or a type whose
    /// `NullaryFnOnce::call` is `#[inline(always)]`.
    #[inline(always)]
    pub fn run<F: pulp::NullaryFnOnce>(self, f: F) -> F::Output {
        match self {
            Kernel::Avx512 => match Avx512Popcnt::try_new() {
                Some(s) => s.vectorize(f),
                None => f.call(),
            },
            Kernel::Avx2 => match Avx2Popcnt::try_new() {
                Some(s) => s.vectorize(f),
                None => f.call(),
            },
            Kernel::Popcnt => match Popcnt::try_new() {
                Some(s) => s.vectorize(f),
                None => f.call(),
            },
            Kernel::Portable => f.call(),
        }
    }
}

/// Popcounts of `a ∧ b` for the 8 records of one interleaved block
/// (`block[i * 8 + j]` = word `i` of record `j`).
#[inline(always)]
pub fn block_and_counts(a: &[u64], block: &[u64]) -> [u64; LANES] {
    // Fixed sizes let the compiler keep the 8 lanes vertical (one vector
    // AND + popcount per word) instead of gathering across words.
    match a.len() {
        16 => fixed::<16>(a, block),
        8 => fixed::<8>(a, block),
        32 => fixed::<32>(a, block),
        _ => {
            let mut acc = [0u64; LANES];
            for (&ai, row) in a.iter().zip(block.chunks_exact(LANES)) {
                if let Ok(row) = <&[u64; LANES]>::try_from(row) {
                    lane_step(&mut acc, ai, row);
                }
            }
            acc
        }
    }
}

#[inline(always)]
fn fixed<const W: usize>(a: &[u64], block: &[u64]) -> [u64; LANES] {
    let mut acc = [0u64; LANES];
    let (Ok(a), Some(block)) = (<&[u64; W]>::try_from(a), block.get(..W * LANES)) else {
        return acc;
    };
    for (i, &ai) in a.iter().enumerate() {
        // Broadcast the word first: with `a` itself contiguous, the
        // compiler would rather vectorise across words with gathers.
        let wide = [ai; LANES];
        if let Ok(row) = <&[u64; LANES]>::try_from(&block[i * LANES..(i + 1) * LANES]) {
            for j in 0..LANES {
                acc[j] += u64::from((wide[j] & row[j]).count_ones());
            }
        }
    }
    acc
}

/// One word of `a` against the same word of 8 records: 8 vertical lanes
/// (one AVX-512 AND + VPOPCNTQ + ADD when available).
#[inline(always)]
fn lane_step(acc: &mut [u64; LANES], ai: u64, row: &[u64; LANES]) {
    for j in 0..LANES {
        acc[j] += u64::from((ai & row[j]).count_ones());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_agrees_with_division() {
        for &t in &[0.5, 0.67, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 1.0, 0.123456] {
            let tab = min_and_table(256, t);
            for s in 1..=512u32 {
                for c in 0..=s / 2 {
                    let pass = f64::from(2 * c) / f64::from(s) >= t;
                    assert_eq!(pass, c >= tab[s as usize], "t={t} s={s} c={c}");
                }
            }
        }
    }

    #[test]
    fn block_counts() {
        let a = [u64::MAX, 1];
        let mut block = vec![0u64; 2 * LANES];
        block[3] = 0xff; // word 0 of record 3
        block[LANES + 3] = 1; // word 1 of record 3
        block[LANES + 5] = 3; // word 1 of record 5
        let c = Kernel::detect().run(|| block_and_counts(&a, &block));
        assert_eq!(c, [0, 0, 0, 9, 0, 1, 0, 0]);
    }
}
