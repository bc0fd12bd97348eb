//! Fuzzes the treaty status-table reader (both layouts, detected from the
//! header): it must never panic, and whatever it accepts must obey the rules.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use palermo_model::{CountryIndex, Instrument};

fn index() -> &'static CountryIndex {
    static INDEX: OnceLock<CountryIndex> = OnceLock::new();
    INDEX.get_or_init(|| palermo_import::bundled::reference_data().map(|r| r.index()).unwrap_or_default())
}

fuzz_target!(|data: &[u8]| {
    let as_of = time::macros::date!(2020 - 01 - 01);
    if let Ok(t) = palermo_import::untc::read_status("fuzz.csv", data, Instrument::Tip, as_of, None, index()) {
        for r in &t.rows {
            assert!(r.validate(as_of).is_ok());
        }
    }
});
