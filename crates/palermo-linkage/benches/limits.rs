//! Hardware limits for the linkage benchmarks (run with `cargo bench -p
//! palermo-linkage --bench limits`; plain `main`, no criterion):
//!
//! * hash-bound limit of encoding: keyed BLAKE2b calls per record (counted
//!   on the FEBRL4 records and the blake schema) × the measured cost of one
//!   call (one compression of a ≤128-byte token after the precomputed key
//!   block), and the same for HMAC-SHA1 + HMAC-MD5 with the doubleHash
//!   schema;
//! * popcount limit of matching: the Dice kernel on cache-resident data
//!   (AND + popcount of two 1,024-bit CLKs), per kernel, one core.
//!
//! Reads `$PALERMO_LINKAGE_DATA` (or ../shared/data/linkage) for the
//! FEBRL4 records; falls back to the bundled subset.

#![allow(clippy::expect_used, missing_docs)]

use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::Instant;

use blake2::digest::core_api::{Buffer, UpdateCore, VariableOutputCore};
use blake2::digest::generic_array::GenericArray;
use blake2::Blake2bVarCore;
use hmac::{Hmac, Mac};
use palermo_linkage::schema::{HashKind, Strategy};
use palermo_linkage::similarity::{block_and_counts, Kernel, LANES};
use palermo_linkage::tokenize::tokenize;
use palermo_linkage::vertical::{Avx512Vertical, CHECKPOINTS};
use palermo_linkage::Schema;

fn data_dir() -> PathBuf {
    let shared = std::env::var_os("PALERMO_LINKAGE_DATA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/data/linkage"),
        PathBuf::from,
    );
    if shared.join("febrl4_A.csv").exists() {
        shared
    } else {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
    }
}

/// (keyed BLAKE2b calls, HMAC pairs, records) for a CSV under a schema.
fn count_calls(csv_path: &Path, schema: &Schema) -> (u64, u64, u64) {
    let mut rdr = csv::Reader::from_path(csv_path).expect("csv");
    let (mut blake, mut hmac, mut n) = (0u64, 0u64, 0u64);
    let mut toks = Vec::new();
    for r in rdr.records() {
        let r = r.expect("record");
        n += 1;
        for (v, f) in r.iter().zip(&schema.features) {
            let Some(h) = &f.hashing else { continue };
            let formatted = match &h.missing {
                Some(m) if m.sentinel == v => m.replace_with.clone(),
                _ => h.format.normalise(v).expect("valid").into_owned(),
            };
            tokenize(&h.comparison, &formatted, &mut toks).expect("tokens");
            let ks: Vec<u32> = h.strategy.bits_per_token(toks.len()).collect();
            for k in ks {
                match h.hash {
                    HashKind::Blake => blake += u64::from(k.div_ceil(32)),
                    HashKind::DoubleHash { .. } => hmac += u64::from(k > 0),
                }
            }
            let _ = Strategy::BitsPerToken(1);
        }
    }
    (blake, hmac, n)
}

fn time_per_call(mut f: impl FnMut(u64), iters: u64) -> f64 {
    f(1000);
    let t = Instant::now();
    f(iters);
    t.elapsed().as_secs_f64() / iters as f64
}

fn main() {
    let dir = data_dir();
    let csv_a = if dir.join("febrl4_A.csv").exists() {
        dir.join("febrl4_A.csv")
    } else {
        dir.join("febrl4_A_150.csv")
    };
    println!("data: {}", csv_a.display());

    // --- hash-bound limit -------------------------------------------------
    let blake_schema = Schema::from_json_str(
        &std::fs::read_to_string(dir.join("schema_febrl_blake.json")).expect("schema"),
    )
    .expect("schema");
    let dh_schema = Schema::from_json_str(
        &std::fs::read_to_string(dir.join("schema_febrl_doublehash.json")).expect("schema"),
    )
    .expect("schema");
    let (blake_calls, _, n) = count_calls(&csv_a, &blake_schema);
    let (_, hmac_pairs, _) = count_calls(&csv_a, &dh_schema);

    let key = [7u8; 64];
    let mut core = Blake2bVarCore::new_with_params(b"0", &[], 64, 64);
    let mut block = GenericArray::<u8, blake2::digest::consts::U128>::default();
    block[..64].copy_from_slice(&key);
    core.update_blocks(std::slice::from_ref(&block));
    let token = b"ab";
    let blake_cost = time_per_call(
        |iters| {
            for _ in 0..iters {
                let mut c = core.clone();
                let mut buf = Buffer::<Blake2bVarCore>::default();
                buf.digest_blocks(black_box(token), |b| c.update_blocks(b));
                let mut out = GenericArray::default();
                c.finalize_variable_core(&mut buf, &mut out);
                black_box(out);
            }
        },
        2_000_000,
    );
    let sha1 = <Hmac<sha1::Sha1> as Mac>::new_from_slice(&key).expect("key");
    let md5 = <Hmac<md5::Md5> as Mac>::new_from_slice(&key).expect("key");
    let hmac_cost = time_per_call(
        |iters| {
            for _ in 0..iters {
                let mut a = sha1.clone();
                a.update(black_box(token));
                black_box(a.finalize().into_bytes());
                let mut b = md5.clone();
                b.update(black_box(token));
                black_box(b.finalize().into_bytes());
            }
        },
        1_000_000,
    );
    let per_rec_blake = blake_calls as f64 / n as f64;
    let per_rec_hmac = hmac_pairs as f64 / n as f64;
    println!(
        "blakeHash: {per_rec_blake:.1} keyed BLAKE2b calls per record × {:.0} ns per call = {:.2} µs/record → hash-bound limit {:.0} records/s per core",
        blake_cost * 1e9,
        per_rec_blake * blake_cost * 1e6,
        1.0 / (per_rec_blake * blake_cost)
    );
    println!(
        "doubleHash: {per_rec_hmac:.1} (HMAC-SHA1 + HMAC-MD5) per record × {:.0} ns = {:.2} µs/record → hash-bound limit {:.0} records/s per core",
        hmac_cost * 1e9,
        per_rec_hmac * hmac_cost * 1e6,
        1.0 / (per_rec_hmac * hmac_cost)
    );

    // --- popcount limit ---------------------------------------------------
    let words = 16; // 1,024 bits
    let blocks = 48; // 384 records, 48 KiB: L1/L2 resident
    let mut x = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        x
    };
    let data: Vec<u64> = (0..blocks * words * LANES).map(|_| next()).collect();
    let a: Vec<u64> = (0..words).map(|_| next()).collect();
    for k in [
        Kernel::detect(),
        Kernel::Avx2,
        Kernel::Popcnt,
        Kernel::Portable,
    ] {
        let reps = 20_000u64;
        let t = Instant::now();
        let mut sink = 0u64;
        for _ in 0..reps {
            sink = sink.wrapping_add(k.run(Job {
                a: black_box(&a),
                data: &data,
                words,
            }));
        }
        black_box(sink);
        let pairs = reps * (blocks * LANES) as u64;
        println!(
            "popcount kernel {k:?}: {:.0} M pairs/s on one core (1,024-bit CLKs, cache-resident)",
            pairs as f64 / t.elapsed().as_secs_f64() / 1e6
        );
    }

    // The vertical AVX-512 kernel the matcher runs at a threshold, on the
    // same 50%-density blocks, with a bound (290 common bits) that no
    // pair reaches (|a∧b| ≈ 256 ± 11) and that the early exit almost never
    // proves out of reach (after 12 words ≈ 192 + 128 = 320 ± 12): all 16
    // words of every block, the two early-exit tests included, no hit.
    if let Some(v) = Avx512Vertical::detect() {
        let aw: [u64; 16] = a.clone().try_into().expect("16 words");
        let pa: u32 = aw.iter().map(|w| w.count_ones()).sum();
        let rest_a = CHECKPOINTS.map(|c| aw[c..].iter().map(|w| u64::from(w.count_ones())).sum());
        let mut rest_b = vec![0u64; blocks * CHECKPOINTS.len() * LANES];
        let mut pops = vec![0u32; blocks * LANES];
        for k in 0..blocks {
            for lane in 0..LANES {
                let word = |w: usize| data[k * words * LANES + w * LANES + lane].count_ones();
                pops[k * LANES + lane] = (0..words).map(word).sum();
                for (c, &from) in CHECKPOINTS.iter().enumerate() {
                    rest_b[(k * CHECKPOINTS.len() + c) * LANES + lane] =
                        (from..words).map(|w| u64::from(word(w))).sum();
                }
            }
        }
        let lower = vec![290u32; 2 * 1024 + 1];
        let mut hits = Vec::new();
        let reps = 20_000u64;
        let t = Instant::now();
        for _ in 0..reps {
            hits.clear();
            v.scan16(
                black_box(&aw),
                pa,
                rest_a,
                &data,
                &rest_b,
                &pops,
                &lower,
                (0, blocks),
                &mut hits,
            );
        }
        black_box(&hits);
        let pairs = reps * (blocks * LANES) as u64;
        println!(
            "vertical AVX-512 kernel (all 16 words, early-exit tests included, {} hits): {:.0} M pairs/s on one core (cache-resident)",
            hits.len(),
            pairs as f64 / t.elapsed().as_secs_f64() / 1e6
        );
    }
}

/// One pass over the blocks, as a job whose `call` is inlined into the
/// kernel's CPU-feature context (like the matcher's own tile job; a closure
/// would not be inlined reliably and would run portable code).
struct Job<'a> {
    a: &'a [u64],
    data: &'a [u64],
    words: usize,
}

impl pulp::NullaryFnOnce for Job<'_> {
    type Output = u64;

    #[inline(always)]
    fn call(self) -> u64 {
        let mut sink = 0u64;
        for blk in self.data.chunks_exact(self.words * LANES) {
            let c = block_and_counts(self.a, blk);
            sink = sink.wrapping_add(c.iter().sum::<u64>());
        }
        sink
    }
}
