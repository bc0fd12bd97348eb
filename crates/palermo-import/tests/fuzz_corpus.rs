//! Replays the kept fuzz corpus of `fuzz/fuzz_targets/untc_status.rs` on
//! the stable toolchain, so that every input the fuzzer ever found
//! interesting is checked on every test run: no panic, and accepted rows
//! obey the model's rules.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use palermo_import::bundled::reference_data;
use palermo_import::untc::read_status;
use palermo_model::Instrument;

#[test]
fn untc_status_corpus_replays_without_panic() {
    let dir =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus/untc_status");
    let index = reference_data().unwrap().index();
    let as_of = time::macros::date!(2020 - 01 - 01);
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        if let Ok(t) = read_status("fuzz.csv", &bytes[..], Instrument::Tip, as_of, None, &index) {
            for r in &t.rows {
                assert!(r.validate(as_of).is_ok());
            }
        }
        n += 1;
    }
    assert!(n >= 2, "corpus missing at {}", dir.display());
}
