//! Fuzzes the MSE capture-history / record parser: it must never panic,
//! and whatever it accepts must be a valid table on which the main-effects
//! fit either succeeds with a finite estimate ≥ n_obs or fails with a typed
//! error.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(t) = palermo_mse::parse_table(text) {
        assert!(t.k() >= 2 && t.k() <= palermo_mse::MAX_LISTS);
        assert!(t.observed() > 0);
        assert_eq!(t.counts()[0], 0);
        if t.k() <= 8 {
            if let Ok(f) = palermo_mse::fit_model(&t, &[], true) {
                assert!(f.estimate.is_finite() && f.estimate >= t.observed() as f64);
            }
        }
    }
});
