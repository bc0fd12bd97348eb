//! Blocking at scale: generates two FEBRL-like lists of N records
//! (`tests/common/febrl_like.rs`, field values from the FEBRL4 files),
//! encodes them with the FEBRL blake schema, then times the LSH-blocked
//! candidate generation of A × B and measures its recall against the exact
//! scan on the first SAMPLE records of A against all of B.
//!
//! usage: `cargo run --release -p palermo-linkage --example blocking_scale --
//! DIR N SAMPLE THRESHOLD [TABLES BITS]` (DIR: the shared linkage data,
//! `febrl4_A.csv`, `febrl4_B.csv`, `schema_febrl_blake.json`,
//! `secret_demo.txt`). Threads: `RAYON_NUM_THREADS`. Peak memory:
//! run it under `/usr/bin/time -v`.

#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

#[allow(dead_code)]
#[path = "../tests/common/febrl_like.rs"]
mod febrl_like;

use std::collections::HashSet;
use std::path::Path;
use std::time::Instant;

use palermo_linkage::blocking::lsh_candidate_pairs;
use palermo_linkage::{candidate_pairs, ClkSet, Encoder, Kernel, LshParams, Schema};
use rayon::prelude::*;

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let dir = Path::new(&a[1]);
    let n: usize = a[2].parse().unwrap();
    let sample: usize = a[3].parse().unwrap();
    let t: f64 = a[4].parse().unwrap();
    let mut p = LshParams::default();
    if let (Some(l), Some(k)) = (a.get(5), a.get(6)) {
        p.tables = l.parse().unwrap();
        p.bits = k.parse().unwrap();
    }
    let start = Instant::now();
    let (header, pools) =
        febrl_like::pools(&[&dir.join("febrl4_A.csv"), &dir.join("febrl4_B.csv")]);
    let lists = febrl_like::generate(&header, &pools, n, 5);
    let schema = Schema::from_json_str(
        &std::fs::read_to_string(dir.join("schema_febrl_blake.json")).unwrap(),
    )
    .unwrap();
    let mut secret = std::fs::read(dir.join("secret_demo.txt")).unwrap();
    while secret.last().is_some_and(|c| *c == b'\n' || *c == b'\r') {
        secret.pop();
    }
    let enc = Encoder::new(schema, &secret).unwrap();
    let encode = |rs: &[Vec<String>]| {
        let clks: Vec<_> = rs
            .par_iter()
            .enumerate()
            .map(|(i, r)| enc.encode(r, i, true).unwrap())
            .collect();
        ClkSet::from_clks(&clks).unwrap()
    };
    let (ca, cb) = (encode(&lists.a), encode(&lists.b));
    // Recall on a sample: the first SAMPLE records of A against all of B.
    let sa = encode(&lists.a[..sample.min(n)]);
    drop(lists);
    println!(
        "generated and encoded 2 x {n} records in {:.1} s",
        start.elapsed().as_secs_f64()
    );

    let s0 = Instant::now();
    let (exact, es) = candidate_pairs(&sa, &cb, t, Kernel::detect());
    let te = s0.elapsed().as_secs_f64();
    let s1 = Instant::now();
    let (blocked, bs) = lsh_candidate_pairs(&sa, &cb, t, &p, Kernel::detect());
    let tb = s1.elapsed().as_secs_f64();
    let set: HashSet<(u32, u32)> = blocked.iter().map(|x| (x.a, x.b)).collect();
    let hit = exact.iter().filter(|x| set.contains(&(x.a, x.b))).count();
    println!(
        "sample {sample} x {n} at {t}: exact {} pairs in {te:.2} s ({:.0} M pairs/s); LSH {}x{} found {hit} of them (recall {:.4}) in {tb:.2} s, {} Dice computed ({:.5} of pairs)",
        exact.len(),
        es.pairs as f64 / te / 1e6,
        p.tables,
        p.bits,
        hit as f64 / exact.len().max(1) as f64,
        bs.computed,
        bs.computed as f64 / bs.pairs as f64
    );
    let s2 = Instant::now();
    let (all, st) = lsh_candidate_pairs(&ca, &cb, t, &p, Kernel::detect());
    let tf = s2.elapsed().as_secs_f64();
    println!(
        "full {n} x {n}, {} threads: {} pairs in {tf:.1} s; {} Dice computed ({:.5} of {} pairs); exact scan at the sample's rate: {:.0} s; working memory bound {} bytes",
        rayon::current_num_threads(),
        all.len(),
        st.computed,
        st.computed as f64 / st.pairs as f64,
        st.pairs,
        st.pairs as f64 / (es.pairs as f64 / te),
        p.working_bytes(n, n, rayon::current_num_threads())
    );
}
