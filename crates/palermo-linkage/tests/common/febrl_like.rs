//! FEBRL-like record lists, generated from a seed (for the blocking tests
//! and `examples/blocking_scale.rs`; nothing is written to the repository).
//!
//! As `bench/linkage/gen_records.py` does, each name and address field of a
//! record is drawn independently from the values that field takes in FEBRL4
//! files (so lengths, characters and missing values are realistic and the
//! FEBRL schemas apply unchanged); as the FEBRL generator does (Christen
//! 2008), the date of birth is a uniform date of 1900–2009 and the social
//! security number a uniform 7-digit number, so that they do not repeat
//! more than at random in lists far larger than FEBRL4. List A holds `n`
//! originals; list B holds a corrupted copy of the first half of A (1 or 2
//! fields, FEBRL's typing errors: a character deleted, replaced, inserted
//! or the two swapped, or the value dropped) and `n − n/2` fresh records,
//! shuffled. `truth[j]` is the record of A that record `j` of B copies.

/// A deterministic generator (SplitMix64).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

/// Two lists and the truth.
pub struct Lists {
    pub header: Vec<String>,
    pub a: Vec<Vec<String>>,
    pub b: Vec<Vec<String>>,
    /// For each record of B, the record of A it duplicates.
    pub truth: Vec<Option<usize>>,
}

const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyz0123456789";

fn corrupt(rng: &mut Rng, v: &str) -> String {
    let mut c: Vec<char> = v.chars().collect();
    if c.is_empty() {
        return String::new();
    }
    let i = rng.below(c.len());
    let ch = ALNUM[rng.below(ALNUM.len())] as char;
    match rng.below(10) {
        0..=2 => {
            c.remove(i);
        }
        3..=4 => c[i] = ch,
        5..=7 => c.insert(i, ch),
        8 if c.len() > 1 => {
            let j = i.min(c.len() - 2);
            c.swap(j, j + 1);
        }
        _ => return String::new(),
    }
    c.into_iter().collect()
}

/// Reads FEBRL CSV files (header, then records) into per-field pools.
pub fn pools(files: &[&std::path::Path]) -> (Vec<String>, Vec<Vec<String>>) {
    let mut header = Vec::new();
    let mut pools: Vec<Vec<String>> = Vec::new();
    for f in files {
        let mut rdr = csv::Reader::from_path(f).unwrap();
        header = rdr.headers().unwrap().iter().map(str::to_owned).collect();
        pools.resize(header.len(), Vec::new());
        for r in rdr.records() {
            for (k, v) in r.unwrap().iter().enumerate() {
                pools[k].push(v.to_owned());
            }
        }
    }
    (header, pools)
}

/// Generates the two lists of `n` records each (FEBRL4's columns).
pub fn generate(header: &[String], pools: &[Vec<String>], n: usize, seed: u64) -> Lists {
    let mut rng = Rng(seed);
    let text = [1usize, 2, 4, 5, 6];
    let ints = [3usize, 7, 9, 10];
    let fresh = |rng: &mut Rng, id: String| -> Vec<String> {
        let mut r: Vec<String> = (0..header.len())
            .map(|k| pools[k][rng.below(pools[k].len())].clone())
            .collect();
        r[0] = id;
        r[9] = format!(
            "{:04}{:02}{:02}",
            1900 + rng.below(110),
            1 + rng.below(12),
            1 + rng.below(28)
        );
        r[10] = format!("{}", 1_000_000 + rng.below(9_000_000));
        r
    };
    let a: Vec<Vec<String>> = (0..n)
        .map(|i| fresh(&mut rng, format!("rec-{i}-org")))
        .collect();
    let mut b: Vec<(Vec<String>, Option<usize>)> = Vec::with_capacity(n);
    for (i, orig) in a.iter().enumerate().take(n / 2) {
        let mut r = orig.clone();
        r[0] = format!("rec-{i}-dup-0");
        let fields: Vec<usize> = text.iter().chain(&ints).copied().collect();
        let k = 1 + rng.below(2);
        let mut chosen: Vec<usize> = Vec::new();
        while chosen.len() < k {
            let f = fields[rng.below(fields.len())];
            if !chosen.contains(&f) {
                chosen.push(f);
            }
        }
        for f in chosen {
            let mut v = corrupt(&mut rng, &r[f]);
            if ints.contains(&f) {
                v.retain(|c| c.is_ascii_digit());
                if (f == 7 || f == 9 || f == 10) && v.is_empty() {
                    // No missing-value sentinel for these in the schema.
                    v = r[f].clone();
                }
            }
            r[f] = v;
        }
        b.push((r, Some(i)));
    }
    for i in 0..n - n / 2 {
        b.push((fresh(&mut rng, format!("rec-{}-org", n + i)), None));
    }
    for i in (1..b.len()).rev() {
        let j = rng.below(i + 1);
        b.swap(i, j);
    }
    let (b, truth) = b.into_iter().unzip();
    Lists {
        header: header.to_vec(),
        a,
        b,
        truth,
    }
}
