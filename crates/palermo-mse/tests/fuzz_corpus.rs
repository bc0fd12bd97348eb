//! Replays the kept fuzz corpus of `fuzz/fuzz_targets/mse_table.rs` on the
//! stable toolchain: no panic, and every accepted table obeys its invariants
//! and gives a finite main-effects estimate or a typed error.

#![allow(clippy::unwrap_used)]

#[test]
fn mse_table_corpus_replays_without_panic() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/mse_table");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        n += 1;
        let Ok(text) = std::str::from_utf8(&bytes) else {
            continue;
        };
        if let Ok(t) = palermo_mse::parse_table(text) {
            assert!(t.k() >= 2 && t.k() <= palermo_mse::MAX_LISTS);
            assert!(t.observed() > 0 && t.counts()[0] == 0);
            if t.k() <= 8 {
                if let Ok(f) = palermo_mse::fit_model(&t, &[], true) {
                    assert!(f.estimate.is_finite() && f.estimate >= t.observed() as f64);
                }
            }
        }
    }
    assert!(n >= 5, "corpus missing at {}", dir.display());
}
