//! Every popcount kernel gives exactly the candidates of the portable one
//! and of the brute-force definition of the Dice coefficient
//! (`2|a∧b| / (|a| + |b|)`, Sørensen 1948, Dice 1945), on 1,024-bit CLKs
//! (the length the vertical AVX-512 kernel and its early exit handle):
//! random densities, noisy copies (so that candidates exist), thresholds,
//! and pairs built to sit exactly at the threshold or one bit below it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_linkage::candidates::candidate_pairs_brute_force;
use palermo_linkage::{candidate_pairs, link, ClkSet, Kernel, LinkOptions};
use proptest::prelude::*;

const KERNELS: [Kernel; 4] = [
    Kernel::Avx512,
    Kernel::Avx2,
    Kernel::Popcnt,
    Kernel::Portable,
];

struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        // splitmix64
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// A word whose bits are set with probability ~density/16.
    fn word(&mut self, density: u32) -> u64 {
        let mut w = 0u64;
        for bit in 0..64 {
            if (self.next() & 15) < u64::from(density) {
                w |= 1 << bit;
            }
        }
        w
    }
}

fn set_of(clks: &[[u64; 16]]) -> ClkSet {
    let mut s = ClkSet::with_bits(1024);
    for (i, c) in clks.iter().enumerate() {
        let bytes: Vec<u8> = c.iter().flat_map(|w| w.to_be_bytes()).collect();
        s.push_bytes(&bytes, i).unwrap();
    }
    s
}

/// List A of random CLKs (one density per record), list B of noisy copies
/// of some of them plus fresh ones.
fn lists(seed: u64, n: usize, m: usize, noise: u32) -> (ClkSet, ClkSet) {
    let mut r = Rng(seed);
    let a: Vec<[u64; 16]> = (0..n)
        .map(|_| {
            let d = 2 + (r.next() % 13) as u32;
            std::array::from_fn(|_| r.word(d))
        })
        .collect();
    let b: Vec<[u64; 16]> = (0..m)
        .map(|j| {
            if j % 2 == 0 && j / 2 < n {
                let src = a[j / 2];
                std::array::from_fn(|w| {
                    let flip = r.word(noise) & r.word(noise);
                    src[w] ^ flip
                })
            } else {
                let d = 2 + (r.next() % 13) as u32;
                std::array::from_fn(|_| r.word(d))
            }
        })
        .collect();
    (set_of(&a), set_of(&b))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn every_kernel_gives_the_brute_force_candidates(
        seed in any::<u64>(),
        n in 1usize..70,
        m in 1usize..90,
        noise in 0u32..8,
        t in 0.3f64..1.0,
    ) {
        let (a, b) = lists(seed, n, m, noise);
        let brute = candidate_pairs_brute_force(&a, &b, t);
        for k in KERNELS {
            let (fast, _) = candidate_pairs(&a, &b, t, k);
            prop_assert_eq!(&fast, &brute, "kernel {:?}", k);
        }
    }
}

/// A pair of 1,024-bit CLKs with `|a| = pa`, `|b| = pb` and `|a∧b| = c`,
/// the common bits placed in the *last* words (so that the early exit's
/// bound after words 8 and 12 is as tight as it can be) or spread.
fn pair(pa: usize, pb: usize, c: usize, common_last: bool) -> ([u64; 16], [u64; 16]) {
    assert!(c <= pa && c <= pb && pa + pb - c <= 1024);
    let order: Vec<usize> = if common_last {
        (0..1024).rev().collect()
    } else {
        (0..1024).map(|i| (i * 389) % 1024).collect()
    };
    let (mut a, mut b) = ([0u64; 16], [0u64; 16]);
    let set = |x: &mut [u64; 16], bit: usize| x[bit / 64] |= 1 << (bit % 64);
    let mut it = order.into_iter();
    for _ in 0..c {
        let bit = it.next().unwrap();
        set(&mut a, bit);
        set(&mut b, bit);
    }
    for _ in c..pa {
        set(&mut a, it.next().unwrap());
    }
    for _ in c..pb {
        set(&mut b, it.next().unwrap());
    }
    (a, b)
}

#[test]
fn pairs_exactly_at_the_threshold_are_kept_and_one_bit_below_dropped() {
    // (threshold, |a|, |b|, |a∧b| at exactly the threshold):
    // 2·400/1000 = 0.8, 2·300/800 = 0.75, 2·450/1000 = 0.9, 2·512/1024 = 1.0,
    // 2·300/1200 = 0.5, 2·560/1400 = 0.8 with dense CLKs.
    let cases = [
        (0.8, 500, 500, 400),
        (0.75, 400, 400, 300),
        (0.9, 500, 500, 450),
        (1.0, 512, 512, 512),
        (0.5, 600, 600, 300),
        (0.8, 690, 710, 560),
    ];
    for (t, pa, pb, c) in cases {
        assert_eq!(2.0 * c as f64 / (pa + pb) as f64, t);
        for common_last in [true, false] {
            // Record 0 of B at the threshold, record 1 one common bit short;
            // B padded with records of other popcounts to fill blocks.
            let (a0, b_at) = pair(pa, pb, c, common_last);
            let (_, b_below) = pair(pa, pb, c - 1, common_last);
            let mut b_list = vec![b_at, b_below];
            let mut r = Rng(t.to_bits());
            for _ in 0..21 {
                b_list.push(std::array::from_fn(|_| r.word(8)));
            }
            let a = set_of(&[a0]);
            let b = set_of(&b_list);
            let brute = candidate_pairs_brute_force(&a, &b, t);
            assert!(brute.iter().any(|p| p.b == 0 && p.sim == t), "t={t}");
            assert!(!brute.iter().any(|p| p.b == 1), "t={t}");
            for k in KERNELS {
                let (fast, _) = candidate_pairs(&a, &b, t, k);
                assert_eq!(fast, brute, "t={t} kernel {k:?} common_last={common_last}");
            }
        }
    }
}

#[test]
fn link_is_the_same_on_every_kernel() {
    let (a, b) = lists(17, 400, 500, 3);
    let want = link(
        &[a.clone(), b.clone()],
        &LinkOptions {
            kernel: Kernel::Portable,
            ..LinkOptions::new(0.8)
        },
    )
    .unwrap();
    assert!(want.matched_pairs.len() > 100);
    for k in KERNELS {
        let got = link(
            &[a.clone(), b.clone()],
            &LinkOptions {
                kernel: k,
                ..LinkOptions::new(0.8)
            },
        )
        .unwrap();
        assert_eq!(got, want, "kernel {k:?}");
    }
}
