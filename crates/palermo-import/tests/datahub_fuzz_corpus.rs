//! Runs the kept fuzz corpus (`fuzz/corpus/<target>/`) through the same entry
//! points as the cargo-fuzz targets, so that a crash once found stays fixed
//! without a nightly toolchain.

use std::path::Path;

type Target = (&'static str, fn(&[u8]));

#[test]
fn kept_corpus_does_not_panic() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let targets: [Target; 5] = [
        ("glotip_csv", palermo_import::fuzzing::glotip_csv),
        ("glotip_xlsx", palermo_import::fuzzing::glotip_xlsx),
        ("ctdc_csv", palermo_import::fuzzing::ctdc_csv),
        ("htcds_csv", palermo_import::fuzzing::htcds_csv),
        ("htcds_json", palermo_import::fuzzing::htcds_json),
    ];
    let mut n = 0;
    for (name, f) in targets {
        let Ok(dir) = std::fs::read_dir(root.join(name)) else {
            panic!("no corpus for {name}")
        };
        for entry in dir.flatten() {
            if let Ok(bytes) = std::fs::read(entry.path()) {
                f(&bytes);
                n += 1;
            }
        }
    }
    assert!(n >= 8, "corpus has {n} files");
}
