//! Linkage schemas (v1, v2, v3) must never panic; a schema that parses must
//! encode a record without panicking.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palermo_linkage::{Encoder, Schema};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let Ok(schema) = Schema::from_json_str(text) else { return };
    if schema.hash_bits() > 1 << 14 {
        return;
    }
    let n = schema.features.len();
    let Ok(enc) = Encoder::new(schema, b"fuzzing-secret-0123456789") else { return };
    let fields: Vec<&str> = (0..n).map(|i| ["", "a", "19990101", "42", "x y"][i % 5]).collect();
    let _ = enc.encode(&fields, 0, true);
    let _ = enc.encode(&fields, 0, false);
});
