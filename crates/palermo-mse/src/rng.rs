//! A small seeded generator: xoshiro256++ (Blackman & Vigna 2021, ACM TOMS
//! 47(4):36) seeded through SplitMix64 (Steele, Lea & Flood 2014). Each
//! bootstrap replicate gets its own stream from (seed, replicate index), so
//! results do not depend on thread scheduling.

pub(crate) struct Rng {
    s: [u64; 4],
}

fn splitmix(x: &mut u64) -> u64 {
    *x = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    let mut z = *x;
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

impl Rng {
    /// Stream `stream` of seed `seed`.
    pub(crate) fn new(seed: u64, stream: u64) -> Self {
        let mut x = seed ^ stream.wrapping_mul(0xD1B5_4A32_D192_ED03);
        let mut s = [0u64; 4];
        for v in &mut s {
            *v = splitmix(&mut x);
        }
        Self { s }
    }

    pub(crate) fn next_u64(&mut self) -> u64 {
        let r = self.s[0]
            .wrapping_add(self.s[3])
            .rotate_left(23)
            .wrapping_add(self.s[0]);
        let t = self.s[1] << 17;
        self.s[2] ^= self.s[0];
        self.s[3] ^= self.s[1];
        self.s[1] ^= self.s[2];
        self.s[0] ^= self.s[3];
        self.s[2] ^= t;
        self.s[3] = self.s[3].rotate_left(45);
        r
    }

    /// Uniform integer in [0, n), n > 0 (Lemire 2019, unbiased).
    pub(crate) fn below(&mut self, n: u64) -> u64 {
        let mut m = u128::from(self.next_u64()) * u128::from(n);
        if (m as u64) < n {
            let t = n.wrapping_neg() % n;
            while (m as u64) < t {
                m = u128::from(self.next_u64()) * u128::from(n);
            }
        }
        (m >> 64) as u64
    }

    /// Uniform in [0, 1).
    pub(crate) fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }
}

/// Multinomial(n; counts/Σcounts) draw: `n` individuals resampled with
/// replacement from the observed cells.
pub(crate) fn multinomial(rng: &mut Rng, counts: &[u64], n: u64) -> Vec<u64> {
    let mut cum = Vec::with_capacity(counts.len());
    let mut t = 0u64;
    for &c in counts {
        t += c;
        cum.push(t);
    }
    let mut out = vec![0u64; counts.len()];
    if t == 0 {
        return out;
    }
    for _ in 0..n {
        let u = rng.below(t);
        let i = cum.partition_point(|&c| c <= u);
        out[i] += 1;
    }
    out
}
