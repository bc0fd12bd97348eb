//! CLK files (`{"clks": [base64, …]}`) must never panic, whatever the bytes;
//! what parses must round-trip.
#![no_main]

use libfuzzer_sys::fuzz_target;
use palermo_linkage::ClkSet;

fuzz_target!(|data: &[u8]| {
    if let Ok(set) = ClkSet::from_json_slice(data) {
        assert!(!set.is_empty());
        for i in 0..set.len() {
            let w = set.get(i);
            assert_eq!(w.iter().map(|x| x.count_ones()).sum::<u32>(), set.popcounts()[i]);
            assert!(palermo_linkage::dice(w, w) <= 1.0);
        }
    }
});
