//! The fuzz seeds (`fuzz/corpus/`) run through the same code as the fuzz
//! targets, on stable, so that CI keeps them passing.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use palermo_linkage::{ClkSet, Encoder, Schema};

fn seeds(target: &str) -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fuzz/corpus")
        .join(target);
    let mut v: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| {
            let p = e.unwrap().path();
            (p.display().to_string(), std::fs::read(&p).unwrap())
        })
        .collect();
    v.sort();
    assert!(!v.is_empty(), "no seeds in {}", dir.display());
    v
}

#[test]
fn clk_json_seeds() {
    let mut ok = 0;
    for (_, data) in seeds("clk_json") {
        if let Ok(set) = ClkSet::from_json_slice(&data) {
            ok += 1;
            for i in 0..set.len() {
                let w = set.get(i);
                assert_eq!(
                    w.iter().map(|x| x.count_ones()).sum::<u32>(),
                    set.popcounts()[i]
                );
            }
        }
    }
    assert!(ok >= 2);
}

#[test]
fn linkage_schema_seeds() {
    let mut parsed = 0;
    for (name, data) in seeds("linkage_schema") {
        // The hand-written seeds (*.json) must parse; the fuzzer's must not panic.
        let Ok(text) = std::str::from_utf8(&data) else {
            continue;
        };
        let schema = match Schema::from_json_str(text) {
            Ok(s) => s,
            Err(e) => {
                assert!(!name.ends_with(".json"), "{name}: {e}");
                continue;
            }
        };
        parsed += 1;
        if schema.hash_bits() > 1 << 14 {
            continue;
        }
        let n = schema.features.len();
        let Ok(enc) = Encoder::new(schema, b"fuzzing-secret-0123456789") else {
            continue;
        };
        let fields: Vec<&str> = (0..n)
            .map(|i| ["", "a", "19990101", "42", "x y"][i % 5])
            .collect();
        let _ = enc.encode(&fields, 0, true);
        let _ = enc.encode(&fields, 0, false);
    }
    assert!(parsed >= 5);
}
