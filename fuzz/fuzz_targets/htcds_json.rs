//! Fuzz target: arbitrary bytes through the htcds json row parser must never
//! panic (errors are fine). Run: `cargo +nightly fuzz run htcds_json`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    palermo_import::fuzzing::htcds_json(data);
});
