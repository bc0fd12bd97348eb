//! Times `palermo_linkage::link` on two clkhash CLK files and writes the
//! matches CSV exactly as `palermo linkage match` does, without building
//! the whole command line (a light harness for the kernel; the full
//! comparison is `bench/linkage/run.sh`).
//!
//! usage: `cargo run --release -p palermo-linkage --example match_timing --
//! A.json B.json THRESHOLD OUT.csv [KERNEL]` (KERNEL: avx512, avx2, popcnt,
//! portable; default the fastest). Threads: `RAYON_NUM_THREADS`.

#![allow(clippy::expect_used, clippy::unwrap_used, missing_docs)]

use std::fmt::Write as _;
use std::time::Instant;

use palermo_linkage::{link, ClkSet, Kernel, LinkOptions};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (pa, pb, t, out) = (
        &args[1],
        &args[2],
        args[3].parse::<f64>().expect("threshold"),
        &args[4],
    );
    let kernel = match args.get(5).map(String::as_str) {
        Some("avx512") => Kernel::Avx512,
        Some("avx2") => Kernel::Avx2,
        Some("popcnt") => Kernel::Popcnt,
        Some("portable") => Kernel::Portable,
        _ => Kernel::detect(),
    };
    let a = ClkSet::from_json_slice(&std::fs::read(pa).expect("read A")).expect("A");
    let b = ClkSet::from_json_slice(&std::fs::read(pb).expect("read B")).expect("B");
    let opts = LinkOptions {
        kernel,
        ..LinkOptions::new(t)
    };
    let lists = [a, b];
    let start = Instant::now();
    let l = link(&lists, &opts).expect("link");
    let secs = start.elapsed().as_secs_f64();
    let mut s = String::from("file_a,index_a,file_b,index_b,similarity\n");
    for m in &l.matched_pairs {
        let sim = m.sim.map(|x| format!("{x:?}")).unwrap_or_default();
        writeln!(s, "{pa},{},{pb},{},{sim}", m.r0.1, m.r1.1).unwrap();
    }
    std::fs::write(out, s).expect("write");
    println!(
        "palermo {kernel:?}, {} threads: {} matches; {:.3} s, {:.1} M pairs/s ({} of {} pairs in the popcount window)",
        rayon::current_num_threads(),
        l.matched_pairs.len(),
        secs,
        l.stats.pairs as f64 / secs / 1e6,
        l.stats.computed,
        l.stats.pairs
    );
}
