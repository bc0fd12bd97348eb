//! Fuzz target: arbitrary bytes through the glotip xlsx (Excel workbook) row parser must never
//! panic (errors are fine). Run: `cargo +nightly fuzz run glotip_xlsx`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    palermo_import::fuzzing::glotip_xlsx(data);
});
